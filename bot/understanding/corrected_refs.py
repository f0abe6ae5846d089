"""A correction of an action's reference ("Sorry, I meant A-41, not A-14, for that last update.", "I meant to drop
A-16, not A-61 – A-61 doesn't exist!"): the message as it would read with the right one. Read by
:mod:`bot.understanding.edit_rules`.
"""

from __future__ import annotations

import re

from bot.understanding.patterns import guarded

__all__ = ["as_meant"]

# "Sorry, I meant A-41, not A-14, for that last update.", "I meant to drop A-16, not doesn't exist!": a
# correction of the reference; what is asked of the right one is in the rest of the message.
_CORRECTED = guarded(
    r"^(?:(?:sorry|oops|apologies|my mistake|correction)\W+)*I\s+meant\s+"
    r"(?:to\s+(?P<verb>[a-z]+(?:\s+(?:up|off))?)\s+)?"
    r"(?:action\s+)?(?P<meant>A-?\d{1,4}),?\s+(?:not|rather than|instead of)\s+(?:action\s+)?(?P<wrong>A-?\d{1,4})\b,?",
    re.I,
)
_FILLER_SENTENCE = guarded(
    r"^\W*(?:for|in|on)\s+(?:that|the|my)\s+(?:last|previous|earlier)\s+(?:update|message|one|request)\W*$|^\W*$", re.I
)


def as_meant(text: str) -> str | None:
    """The message as it would read without the mistaken reference: what the correction asks, then the rest."""
    found = _CORRECTED.match(text)
    if found is None:
        return None
    wrong = found["wrong"].replace("-", "")
    wrong = rf"{wrong[0]}-?{wrong[1:]}"
    rest = re.sub(
        rf"\s*[–—-]?\s*\b{wrong}\b[^.!?]*[.!?]", ".", text[found.end() :], flags=re.I
    )  # "– A-61 doesn't exist!"
    first = re.match(r"([^.!?]*)[.!?]+\s*(.+)$", rest, re.S)
    if first and not found["verb"] and _FILLER_SENTENCE.match(first[1]):
        return first[2].strip()  # "for that last update. A-41: the venue ...": the rest is the message
    asked = f"{found['verb']} {found['meant']}" if found["verb"] else found["meant"]
    return f"{asked}{rest}".strip()
