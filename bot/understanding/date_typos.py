"""Day and month names typed in a hurry: "apols for monady", "by end of jnue", "before the 10 Jly board",
"thrusday". A word one slip from exactly one day or month name is read as that name: two letters swapped, one
letter left out (never the first, and never a word that is already a short form such as "jul" or "weds"), or, in a
long name, one letter wrong. Everything else stays as written.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import OSA

from bot.understanding.patterns import guarded

__all__ = ["with_day_names_mended"]

_NAMES = (
    "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)  # fmt: skip
# Words one slip from a name that mean something else (the rules above already keep "Mandy", "jury", "fridge" …).
_WORDS = frozenset({"mach", "sundae"})
_WORD = guarded(r"(?<![\w'’-])[A-Za-z]{3,9}(?![\w'’-])")


def with_day_names_mended(text: str) -> str:
    """The text with each mistyped day or month name written right (capital kept)."""
    return _WORD.sub(_mended, text)


def _mended(found: re.Match[str]) -> str:
    word = found.group(0)
    name = _name_meant(word.lower())
    if name is None:
        return word
    return name.capitalize() if word[:1].isupper() else name


@lru_cache(maxsize=4096)
def _name_meant(word: str) -> str | None:
    if word in _WORDS or any(name.startswith(word) for name in _NAMES):
        return None  # a short form ("jul", "weds" is not one but "wed" is) or a name written right
    meant = {name for name in _NAMES if name[0] == word[0] and _one_slip(word, name)}
    return meant.pop() if len(meant) == 1 else None


def _one_slip(word: str, name: str) -> bool:
    if OSA.distance(word, name) != 1:
        return False
    if len(word) == len(name) - 1:
        return len(name) >= 4  # a letter left out: "jly", "wednsday"
    if len(word) == len(name):
        swapped = sorted(word) == sorted(name)
        late = word[:3] == name[:3] and len(name) >= 6  # "fridsy": a wrong letter after the first three
        return swapped or len(name) >= 7 or late  # "monady"; a wrong letter only in a long name ("tuesdsy")
    return False  # a letter too many is a different word as often as not ("junee" is rare; "mondays" is right)
