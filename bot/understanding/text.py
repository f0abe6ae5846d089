"""Small text helpers shared by the understanding code, and the one normalisation of text read from people.

Python's case-insensitive regexes are Unicode-aware: "ſ" (long s) matches ``s``, "ı" and "İ" match ``i``, the
Kelvin sign matches ``k``, so a matched word's ``lower()`` can be a key no table holds ("ſep", "fıve").
:func:`normalise` is applied once where text enters understanding (a message, minutes, a leave note): NFKC,
those look-alikes as ASCII, format characters (zero-width, direction marks) dropped, control characters other
than line breaks and tabs as spaces, lone surrogates as U+FFFD. :func:`ascii_twins` is its length-keeping
cousin for readers that return positions in the text they were given (the date reader).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from bot.understanding.patterns import guarded

_SPACES = guarded(r"\s+")
# A possessive ending ("Sue's", "WMP’s"), cut from a phrase before it is looked up.
POSSESSIVE = guarded(r"(?:'s|’s)$")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})
# Letters that Unicode case folding equates with an ASCII letter although they are another letter.
_LOOK_ALIKES = {"\u017f": "s", "\u0131": "i", "\u0130": "I", "\u212a": "K"}
_FOLD_LETTERS = str.maketrans({"\u0131": "i"})  # NFKD turns the other look-alikes into ASCII already
_LINE_CONTROLS = frozenset("\n\t\r\x0b\x0c")  # kept: the minutes reader and white space handle them
_ASCII_CONTROLS = guarded(r"[\x00-\x08\x0e-\x1f\x7f]")
_KEPT = "\u2026"  # "…" stays one character: NFKC would make it "...", which ends a sentence
_TABLE_LIMIT = 1 << 16  # distinct characters remembered per table


def _plain(char: str) -> str:
    if char in _LOOK_ALIKES:
        return _LOOK_ALIKES[char]
    category = unicodedata.category(char)
    if category == "Cf":
        return ""
    if category == "Cc":
        return char if char in _LINE_CONTROLS else " "
    return "\ufffd" if category == "Cs" else char


def _twin(char: str) -> str:
    if char in _LOOK_ALIKES:
        return _LOOK_ALIKES[char]
    compatible = unicodedata.normalize("NFKC", char)
    return compatible if len(compatible) == 1 and compatible.isascii() else char


class _Table(dict[int, str]):
    """A ``str.translate`` table filled on demand by a function of one character."""

    def __init__(self, of: Callable[[str], str]) -> None:
        super().__init__()
        self.of = of

    def __missing__(self, code: int) -> str:
        out = self.of(chr(code))
        if len(self) < _TABLE_LIMIT:
            self[code] = out
        return out


_PLAIN = _Table(_plain)
_TWINS = _Table(_twin)


def _nfkc(text: str) -> str:
    return _KEPT.join(unicodedata.normalize("NFKC", part) for part in text.split(_KEPT))


def normalise(text: str) -> str:
    """Text as understanding reads it (see the module's docstring); idempotent, ASCII text only loses controls."""
    if text.isascii():
        return text if text.isprintable() else _ASCII_CONTROLS.sub(" ", text)  # printable: no control to replace
    for _ in range(4):  # NFKC can compose a look-alike again ("I" + U+0307 is "İ"): repeat until stable
        again = _nfkc(text.translate(_PLAIN))
        if again == text:
            break
        text = again
    return text


def ascii_twins(text: str) -> str:
    """The text with each look-alike or compatibility character ("ſ", "ı", "１", "Ｓ") as its ASCII twin.

    Same length as ``text``, character for character, so positions found in the result hold in ``text``.
    """
    return text if text.isascii() else text.translate(_TWINS)


def tidy(text: str) -> str:
    """Straighten quotes and dashes and collapse white space; keeps case and length order of words."""
    return _SPACES.sub(" ", text.translate(_QUOTES)).strip()


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """A comparison key: lower case, no accents, no punctuation but '&', single spaces, 'and' as '&'."""
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES).translate(_FOLD_LETTERS))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[^\w&]+", " ", text)
    text = re.sub(r"\band\b|\s*&\s*", " & ", text)  # "qa&comms" is "QA & Comms"
    return _SPACES.sub(" ", text).strip()
