"""The words of dates: month and weekday names, ordinals, number words and board names.

The vocabulary tables and regex fragments the date patterns are built from, and the small functions that
turn a matched word into a number ("Sept" -> 9, "Wed" -> 2, "two" -> 2). Part of :mod:`bot.understanding.dates`.
"""

from __future__ import annotations

import re

from bot.errors import InvalidInput
from bot.understanding.patterns import guarded
from bot.understanding.text import ascii_twins

# --------------------------------------------------------------------------------------------------------
# Vocabulary

_FLAGS = re.IGNORECASE | re.ASCII | re.VERBOSE

# The month words people write ("Jan", "Sept", "September"), as a non-capturing group; used case-insensitively,
# with ASCII case rules whatever the enclosing pattern's flags, so that "ſept" (long s) is not a month word.
MONTH_WORDS = (
    r"(?a:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WEEKDAY = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?)"
)
# A month's number by the first three letters of its name.
MONTH_NUMBERS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAY_NUM = {"mo": 0, "tu": 1, "we": 2, "th": 3, "fr": 4, "sa": 5, "su": 6}


def _words(spaced: str) -> list[str]:
    return spaced.split()


# Month words that may stand alone after a cue ("by Sept"); "jan"/"mar" are too often something else.
_LONE_MONTHS = frozenset(
    _words(
        "january february march april may june july august september sept october november december"
        " feb apr jun jul aug sep oct nov dec"
    )
)
# Months that are also first names: not a month when a capitalised word follows ("May Smith").
_NAME_MONTHS = frozenset({"may", "june", "april", "jun", "apr"})

_ORDINALS = _words(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth"
    " fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
)
_ORDINAL_WORDS = {w: i + 1 for i, w in enumerate(_ORDINALS)}
_ORDINAL_WORDS.update({f"twenty{w}": 21 + i for i, w in enumerate(_ORDINALS[:9])})
_ORDINAL_WORDS.update({"thirtieth": 30, "thirtyfirst": 31})
_ORDINAL_RE = (
    r"(?:(?:twenty|thirty)[\s-]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth"
    r"|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)"
)

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "couple of": 2, "a couple of": 2,
}  # fmt: skip
_NUMBER_RE = (
    r"(?:a\s+couple\s+of|couple\s+of|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|\d{1,3})"
)

# A board's own name: LSCB, DSCB, DSAB, SAB, LSCP, ... (case-sensitive), or "board"/"meeting".
_BOARD_ACRONYM = r"(?-i:[A-Z]{0,3}S[A-Z]?[BP])"
_BOARD_WORD = rf"(?:board|{_BOARD_ACRONYM})"
_YEAR = r"(?:19|20)\d{2}(?![\d:])"


def month_of(word: str) -> int:
    """The number of a month word matched by :data:`MONTH_WORDS` ("Sept" -> 9); InvalidInput for other words."""
    number = MONTH_NUMBERS.get(ascii_twins(word[:3]).lower())
    if number is None:
        raise InvalidInput(f"{word[:20]!r} is not a month.")
    return number


def _weekday_of(word: str) -> int:
    return _WEEKDAY_NUM.get(word[:2].lower(), 0)


def _is_lower_may(word: str) -> bool:
    return word.lower() == "may" and word[0] == "m"


_POS_DAY = {"end": 0, "close": 0, "late": 0, "beginning": 1, "start": 1, "early": 1, "middle": 15, "mid": 15}


def _number(word: str | None) -> int | None:
    if word is None:
        return None
    w = " ".join(word.lower().split())
    return int(w) if w.isdigit() else _NUMBER_WORDS.get(w)


_SPACE_DASH_RE = guarded(r"[\s-]+", re.ASCII)


def _ordinal(word: str | None) -> int | None:
    """The number of an ordinal as written: "third" -> 3, "twenty-first" -> 21, "3rd" -> 3, "5" -> 5."""
    if word is None:
        return None
    w = _SPACE_DASH_RE.sub("", word.lower())
    digits = w.rstrip("stndrh")
    if digits.isdigit() and len(digits) <= 2:
        return int(digits)
    return _ORDINAL_WORDS.get(w)
