"""The privacy guard: the tracker holds agencies' work, never details that identify a child.

Before an action, an update, a note or minutes are stored, the text is normalised (Unicode NFKC, format characters
such as zero-width spaces and soft hyphens dropped, digits of any script made ASCII) and checked for:

- an NHS number: digit groups joined by short runs of spaces, dots, slashes, underscores, dashes or brackets, any
  consecutive run of which totals ten digits and passes the modulus 11 check (or follows "NHS" / "NHS no" / "NHS
  number", whatever its check digit). An unbroken run of 11+ digits (a phone number), an international phone
  number (+44 ...) and calendar dates or year ranges (15.05.2015, 2015-16) are never part of one.
- a date of birth: "DOB", "D.O.B.", "d/o/b", "date of birth", "birth date", "birthday", "born" or "b." shortly
  followed by a date (numeric, ISO, with a month name, or month and year), or "born in" and a year;
  with a full name nearby, that is said too.

Such text is refused, privately, with advice on how to phrase it instead.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import accumulate, count
from operator import mul

from bot.errors import PrivacyRefused

_WEIGHTS = range(10, 1, -1)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_SEP = r"[^\S\r\n]|[._/()\-\u2010-\u2015\u2212]"  # a space (NFKC makes NBSP one), . _ / ( ) or a dash
_CHAIN = re.compile(rf"\+?\d+(?:(?:{_SEP}){{1,3}}\d+)*")
_GROUP = re.compile(r"\d+")
_DATE_OR_YEARS = re.compile(  # 15.05.2015, 15/5/15, 2015-05-15, 2015-2016, 2015/16
    r"(?<![\d./-])(?:\d{1,2}([./-])\d{1,2}\1(?:(?:19|20)\d\d|\d\d)|(?:19|20)\d\d([./-])\d{1,2}\2\d{1,2}"
    r"|(?:19|20)\d\d ?[-\u2013/] ?(?:(?:19|20)\d\d|\d\d))(?![./-]?\d)"
)
_NHS_KEY = re.compile(r"(?<![a-z])nhs(?:\s*(?:no\b\.?|num(?:ber)?\b|#))?(?:\s*(?:is\b|[:=#.\-\u2013\u2014]))*\s*", re.I)

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
_YEAR = r"(?:\d{4}|'?\d{2})\b"
_NUM_SEP = r"(?:\s*[/.\-\u2013]\s*|\s)"
_DATE = (
    rf"(?:\d{{1,2}}{_NUM_SEP}\d{{1,2}}{_NUM_SEP}{_YEAR}"  # 01/02/2010, 1.2.10, 01-02-2010, 01 02 2010
    rf"|\d{{4}}{_NUM_SEP}\d{{1,2}}{_NUM_SEP}\d{{1,2}}\b"  # 2010-02-01
    rf"|(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\b(?:\s+of)?[\s\-/.,]*{_MONTH}[\s\-/.,]*{_YEAR}"  # the 1st of Feb 2010
    rf"|{_MONTH}[\s\-/.,]*(?:\d{{1,2}}(?:st|nd|rd|th)?\b[\s,]*)?{_YEAR})"  # February 1, 2010; Feb 2010
)
_KEYWORD = r"\b(?:d\s*[./]?\s*o\s*[./]?\s*b|date[\s\-]+of[\s\-]+birth|birth[\s\-]?(?:date|day)|born)(?![a-z])\.?"
_GAP = r"(?:[\s:=\-\u2013\u2014,;.()\[\]'\"]|\b(?:is|was|on|in|the|about|around|circa|approx|\w+day)\b){0,8}"
_DOB = re.compile(rf"{_KEYWORD}{_GAP}{_DATE}|(?-i:\bb\.)\s?{_DATE}|\bborn\s+in\s+(?:19|20)\d\d\b", re.I)
_NAME_NEAR = re.compile(r"\b[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?\s+[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?\b")

ADVICE = (
    "I haven't stored that: it looks like it contains {what}. The tracker must never hold details that identify "
    "a child. Please write it again without them, and refer to the case by its reference (for example "
    '"case 2015/123") or by the agency that holds it.'
)


def valid_nhs_number(digits: str) -> bool:
    """The NHS modulus 11 check: weights 10 down to 2 on the first nine digits give the tenth."""
    if len(digits) != 10 or not digits.isdigit() or digits == digits[0] * 10:
        return False
    check: int = -sum(map(mul, map(int, digits[:9]), _WEIGHTS)) % 11
    return check != 10 and check == int(digits[9])


def _plain(match: re.Match[str]) -> str:
    kind = unicodedata.category(match[0])
    return "" if kind == "Cf" else str(unicodedata.digit(match[0])) if kind == "Nd" else match[0]


def normalise(text: str) -> str:
    """NFKC; format characters (category Cf: zero-width spaces and joiners, soft hyphens) dropped; ASCII digits."""
    return text if text.isascii() else _NON_ASCII.sub(_plain, unicodedata.normalize("NFKC", text))


def _nhs_number(groups: list[str], after_keyword: bool = False) -> str | None:
    """The first run of consecutive digit groups totalling ten digits with a valid check digit (after "NHS": the
    run from the first group, whatever its check digit). Prefix sums score each run in constant time."""
    digits, ends = "".join(groups), set(accumulate(map(len, groups)))
    if after_keyword:
        return digits[:10] if 10 in ends else None
    values = [int(d) for d in digits]
    sums, weighted = [0, *accumulate(values)], [0, *accumulate(map(mul, values, count()))]
    for s in (0, *ends):
        if s + 10 in ends:  # the check digit is minus the sum of each digit times (10 + s - its position), mod 11
            check = (weighted[s + 9] - weighted[s] - (s + 10) * (sums[s + 9] - sums[s])) % 11
            if check == values[s + 9] and valid_nhs_number(digits[s : s + 10]):
                return digits[s : s + 10]
    return None


def _has_nhs_number(text: str) -> bool:
    text = _DATE_OR_YEARS.sub("#", text)  # "15.05.2015 10.00" is a date and a time
    chains = (chain[0] for chain in _CHAIN.finditer(text) if not chain[0].startswith("+"))  # +44 1384 816000
    if any(_nhs_number(_GROUP.findall(chain)) for chain in chains):
        return True
    after = (_CHAIN.match(text, key.end()) for key in _NHS_KEY.finditer(text))
    return any(chain and _nhs_number(_GROUP.findall(chain[0]), after_keyword=True) for chain in after)


def identifying_details(text: str) -> str | None:
    """What in the text identifies a child (words for the refusal), or None when it is safe to store."""
    text = normalise(text)
    if _has_nhs_number(text):
        return "an NHS number"
    dob = _DOB.search(text)
    if dob:
        nearby = text[max(0, dob.start() - 60) : dob.end() + 60]
        return "a name and a date of birth" if _NAME_NEAR.search(nearby) else "a date of birth"
    return None


def guard(text: str) -> None:
    """Refuse text that identifies a child (raises PrivacyRefused with the advice)."""
    found = identifying_details(text[:50_000])
    if found:
        raise PrivacyRefused(ADVICE.format(what=found))
