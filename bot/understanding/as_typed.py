"""A phrase the rules read from the plain chat, given back as the writer typed it: "we've agreed" back to "weve
agreed", "with CDOP" back to "with the panel"."""

from __future__ import annotations

import re

from bot.understanding.chat import CONTRACTIONS

__all__ = ["as_written"]

_RESTORED: dict[str, set[str]] = {}
for _short, _full in CONTRACTIONS.items():
    _RESTORED.setdefault(_full.lower(), {_full.lower()}).add(_short)
_ENDS = 3  # words matched at each end when a word between was read as another ("the panel" as "CDOP")


def as_written(phrase: str, original: str) -> str:
    """The words of ``phrase`` (read from the plain chat) as the writer typed them in ``original`` ("we've agreed"
    back to "weve agreed"), or ``phrase`` when they cannot be found there."""
    words = re.findall(r"[\w'’]+|[^\w\s]", phrase)
    if not words or len(words) > 200:
        return phrase
    parts = ["|".join(re.escape(w) for w in sorted(_RESTORED.get(word.lower(), {word}), key=len, reverse=True))
             + (r"|" + r"\s+".join(word) if len(word) > 2 and word.isalpha() and word.isupper() else "")
             for word in words]  # fmt: skip  # "LMC" was dictated "l m c"
    found = re.search(r"\s*".join(f"(?:{p})" for p in parts), original, re.I)
    if found is not None:
        return found[0]  # "... reply so far 😊": the words, without a face typed after them
    return _between_ends(parts, original) or phrase


def _between_ends(parts: list[str], original: str) -> str | None:
    """The typed text from the phrase's first words to its last, when only words between them were read as others
    ("… drafted and with the panel for comments", read "… with CDOP for comments"); None when the ends are not found
    once each, in order, about as far apart as in the phrase."""
    if len(parts) < 2 * _ENDS + 1:
        return None
    head = [*re.finditer(r"\s*".join(f"(?:{p})" for p in parts[:_ENDS]), original, re.I)]
    tail = [*re.finditer(r"\s*".join(f"(?:{p})" for p in parts[-_ENDS:]), original, re.I)]
    if len(head) != 1 or len(tail) != 1 or tail[0].start() < head[0].end():
        return None
    typed = original[head[0].start() : tail[0].end()]
    return typed if len(typed.split()) <= 2 * len(parts) else None
