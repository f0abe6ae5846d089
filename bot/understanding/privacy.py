"""The privacy guard: the tracker holds agencies' work, never details that identify a child.

Before an action, an update, a note or minutes are stored, the text is read as
:func:`bot.understanding.text.normalise` reads it (NFKC, look-alike letters and format characters dealt with,
control characters as spaces), then with digits of any script as ASCII, accents dropped and small capitals or
Cyrillic/Greek look-alikes as Latin letters; and checked for:

- an NHS number: digit groups joined by short runs of spaces, dots, slashes, underscores, dashes or brackets, any
  consecutive run of which totals ten digits and passes the modulus 11 check; or ten digits after "NHS" / "NHS
  no" / "NHS number" whatever the check digit, after "NHS number" even with words between the groups on the same
  line. An unbroken run of 11+ digits (a phone number), an international phone number (+44 ...) and calendar dates
  or year ranges (15.05.2015, 2015-16) are never part of one.
- a date of birth: a keyword ("DOB" with or without dots, slashes, dashes or spaces between its letters, "date of
  birth", "birth date", "birthday", "bday", "born", any of them plural; "birth" also as typed in a hurry, "brith")
  then a date (numeric, ISO, with a month name, month and year; or compact 20160403, 03042016, 030416 right after
  the keyword), perhaps after up to six short words ("DOB of the eldest is ...") that do not give the date another
  role ("due", "by", "dated", "not" ...); "b." and a date; a lowercase "b" and a date at a line's start or after
  ( , ; or a dash; "born (in) 2010"; "YOB" / "year of birth" and a year; a date and then "born". "Born (out) of"
  is the idiom, not a birth. With a full name nearby, that is said too.

Such text is refused, privately, with advice on how to phrase it instead.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from itertools import accumulate, count
from operator import mul

from bot.errors import PrivacyRefused
from bot.understanding import text as _text
from bot.understanding.patterns import guarded

_WEIGHTS = range(10, 1, -1)
_SEP = r"[^\S\r\n]|[._/()\-\u2010-\u2015\u2212]"  # a space (NFKC makes NBSP one), . _ / ( ) or a dash
_CHAIN = guarded(rf"\+?\d+(?:(?:{_SEP}){{1,3}}\d+)*")
_GROUP = guarded(r"\d+")
_DATE_OR_YEARS = guarded(  # 15.05.2015, 15/5/15, 2015-05-15, 2015-2016, 2015/16
    r"(?<![\d./-])(?:\d{1,2}([./-])\d{1,2}\1(?:(?:19|20)\d\d|\d\d)|(?:19|20)\d\d([./-])\d{1,2}\2\d{1,2}"
    r"|(?:19|20)\d\d ?[-\u2013/] ?(?:(?:19|20)\d\d|\d\d))(?![./-]?\d)"
)
# "NHS number is 353 799 then 0758": after these words, digits on the same line make one even with words between.
_NHS_NUMBER_WORDS = guarded(r"(?<![a-z])nhs\s*(?:no\b\.?|num(?:ber)?\b|#)[^\n]{0,60}", re.I)
_NHS_KEY = guarded(r"(?<![a-z])nhs(?:\s*(?:no\b\.?|num(?:ber)?\b|#))?(?:\s*(?:is\b|[:=#.\-\u2013\u2014]))*\s*", re.I)

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
_YEAR = r"(?:\d{4}|'?\d{2})\b"
_NUM_SEP = r"(?:\s*[/.\-\u2013]\s*|\s)"
_DATE = (
    r"(?=\d|the\s|jan|feb|ma[ry]|apr|ju[nl]|aug|sep|oct|nov|dec)"
    rf"(?:\d{{1,2}}{_NUM_SEP}\d{{1,2}}{_NUM_SEP}{_YEAR}"  # 01/02/2010, 1.2.10, 01-02-2010, 01 02 2010
    rf"|\d{{4}}{_NUM_SEP}\d{{1,2}}{_NUM_SEP}\d{{1,2}}\b"  # 2010-02-01
    rf"|(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\b(?:\s+of)?[\s\-/.,]*{_MONTH}[\s\-/.,]*{_YEAR}"  # the 1st of Feb 2010
    rf"|{_MONTH}[\s\-/.,]*(?:\d{{1,2}}(?:st|nd|rd|th)?\b[\s,]*)?{_YEAR})"  # February 1, 2010; Feb 2010
)
_H = r"[^\S\r\n]"  # a space on the same line
_LETTER_SEP = rf"{_H}*[./\-_\u2010-\u2015]{_H}*|{_H}+"  # D.O.B, D-O-B, D O B, d. o. b.
_PLURAL = r"(?:['\u2019]?s)?"
_MARK = r"[./\-_\u2010-\u2015]"
_BIRTH = r"b(?:ir|ri|i)(?:th|ht)"  # birth, and the typos brith, birht, bith
_KEYWORD = (
    rf"(?<![a-z])(?:d(?:(?:{_LETTER_SEP})o(?:{_LETTER_SEP})b|(?:{_MARK}{_H}*)?o(?:{_MARK}{_H}*)?b)\.?{_PLURAL}"
    rf"|dates?[\s\-_]*of[\s\-_]*{_BIRTH}|{_BIRTH}[\s\-_]*(?:date|day){_PLURAL}|{_BIRTH}(?={_H}*[:=])"
    rf"|b[\-'\u2019]?day{_PLURAL}|born(?!{_H}+(?:out{_H}+)?of\b))(?![a-z])\.?"
)
_YOB = rf"(?<![a-z])(?:y(?:(?:{_LETTER_SEP})o(?:{_LETTER_SEP})b|ob)\.?|years?[\s\-_]*of[\s\-_]*birth){_PLURAL}(?![a-z])"
_PUNCT = r"[\s:=\-\u2013\u2014,;.()\[\]'\"\u2018-\u201d]"
_INNER = rf"{_H}|[:=\-\u2013\u2014,()\[\]'\"\u2018-\u201d]"  # between words: no full stop, semicolon or new line
_STOP = r"(?:due|by|until|till|before|after|from|dated|deadline|not|no|never|unknown|meeting|next|review)\b"
# A few short words between keyword and date ("DOB of the eldest is"), none that gives the date another role.
_WORDS = rf"(?:(?!{_STOP}|{_MONTH})[a-z]{{1,12}}(?:['\u2019][a-z]{{1,2}})?(?:{_INNER}){{1,4}}){{0,6}}+"
_DOB = guarded(
    rf"{_KEYWORD}{_PUNCT}{{0,6}}+{_WORDS}{_DATE}|(?-i:\bb\.){_H}?{_DATE}"
    rf"|(?-i:(?<![^\n(,;\-\u2013\u2014]){_H}*b(?:\.{_H}*|{_H}+)){_DATE}"  # b 14/06/2018; child (b 01/02/2016)
    rf"|\bborn{_H}+(?:in{_H}+)?(?:19|20)\d\d\b|{_YOB}{_PUNCT}{{0,6}}+{_WORDS}(?:{_DATE}|(?:19|20)\d\d\b)"
    rf"|{_DATE}{_PUNCT}{{0,4}}born(?![a-z])(?!{_H}+(?:out{_H}+)?of\b)",  # 17/08/2009 born
    re.I,
)
_COMPACT = guarded(rf"{_KEYWORD}{_PUNCT}{{0,6}}(\d{{8}}|\d{{6}})(?!\d)", re.I)  # DOB 20160403 / 03042016 / 030416
_NAME_NEAR = guarded(r"\b[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?\s+[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?\b")
# Cyrillic and Greek letters that look like Latin ones (regexes do not equate them).
_LOOK_ALIKES = dict(
    zip("АВЕКМНОРСТХаеорсхуіјѕԁһвьΑΒΕΖΗΙΚΜΝΟΡΤΥΧοι", "ABEKMHOPCTXaeopcxyijsdhbbABEZHIKMNOPTYXoi", strict=True)
)

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


def _ascii(char: str) -> str:
    """A digit of any script as ASCII; a look-alike or small capital as its letter; accents and marks dropped."""
    if unicodedata.category(char) == "Nd":
        return str(unicodedata.digit(char))
    if char in _LOOK_ALIKES:
        return _LOOK_ALIKES[char]
    name = unicodedata.name(char, "")
    if name.startswith("LATIN LETTER SMALL CAPITAL ") and len(name) == 28:
        return name[-1].lower()
    base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
    return base if base.isascii() else char


class _Chars(dict[int, str]):
    """A ``str.translate`` table of :func:`_ascii`, filled as characters are met (at most 65,536 kept)."""

    def __missing__(self, code: int) -> str:
        out = _ascii(chr(code))
        if len(self) < 1 << 16:
            self[code] = out
        return out


_CHARS = _Chars()


def normalise(text: str) -> str:
    """:func:`bot.understanding.text.normalise`, then the non-ASCII left through :func:`_ascii` (for checking only)."""
    text = _text.normalise(text)
    return text if text.isascii() else text.translate(_CHARS)


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
    if any(chain and _nhs_number(_GROUP.findall(chain[0]), after_keyword=True) for chain in after):
        return True
    return any(_nhs_number(_GROUP.findall(near[0]), after_keyword=True) for near in _NHS_NUMBER_WORDS.finditer(text))


def _real_date(day: str, month: str, year: str) -> bool:
    try:
        return bool(dt.date(int(year), int(month), int(day)))
    except ValueError:
        return False


def _compact_date(digits: str) -> bool:
    """Eight digits as ddmmyyyy or yyyymmdd (years 1900-2099), six as ddmmyy, that make a real date."""
    if len(digits) == 6:
        return _real_date(digits[:2], digits[2:4], "20" + digits[4:])
    return any(
        year[:2] in ("19", "20") and _real_date(day, month, year)
        for day, month, year in ((digits[:2], digits[2:4], digits[4:]), (digits[6:], digits[4:6], digits[:4]))
    )


def _date_of_birth(text: str) -> re.Match[str] | None:
    found = _DOB.search(text)
    return found or next((m for m in _COMPACT.finditer(text) if _compact_date(m[1])), None)


def identifying_details(text: str) -> str | None:
    """What in the text identifies a child (words for the refusal), or None when it is safe to store."""
    text = normalise(text)
    if _has_nhs_number(text):
        return "an NHS number"
    dob = _date_of_birth(text)
    if dob:
        nearby = text[max(0, dob.start() - 60) : dob.end() + 60]
        return "a name and a date of birth" if _NAME_NEAR.search(nearby) else "a date of birth"
    return None


def guard(text: str) -> None:
    """Refuse text that identifies a child (raises PrivacyRefused with the advice)."""
    found = identifying_details(text[:50_000])
    if found:
        raise PrivacyRefused(ADVICE.format(what=found))
