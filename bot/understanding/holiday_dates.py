"""Holidays as due dates: "by Christmas", "before Easter Monday", "the August bank holiday 2018",
"three days after Easter", "the third Tuesday after Christmas 2014".

The calendar is England and Wales's: bank holidays whose dates move (May Day, the spring and the late summer
bank holidays, Good Friday, Easter Monday) come from the ``holidays`` library, the rest are worked out here
(Easter Sunday with dateutil, Mothering Sunday three weeks before it, Father's Day the third Sunday of June).
Tables are built lazily and cached per year. A holiday needs a cue ("by", "before", "on", "for", "at", ...),
"next"/"this" or a year, and must end the phrase, so "the Christmas safety campaign" is not a date.
Part of :mod:`bot.understanding.dates`.
"""

from __future__ import annotations

import datetime
import re
from functools import lru_cache

from bot.understanding.date_arithmetic import _date, _plus_days
from bot.understanding.date_scan import _Cand, _Scan
from bot.understanding.date_words import (
    _FLAGS,
    _NUMBER_RE,
    _ORDINAL_RE,
    _WEEKDAY,
    _YEAR,
    _number,
    _ordinal,
    _weekday_of,
)
from bot.understanding.patterns import guarded

_FIRST_YEAR, _LAST_YEAR = 1900, 2199  # holidays outside these years are not read

# (group, pattern): longer wordings of one family before shorter ones ("easter monday" before "easter").
_NAMES: tuple[tuple[str, str], ...] = (
    ("xmas_eve", r"(?:christmas|x-?mas)\s+eve"),
    ("xmas", r"(?:christmas|x-?mas)(?:\s+day)?"),
    ("boxing", r"boxing\s+day"),
    ("nye", r"new\s+year'?s?\s+eve"),
    ("nyd", r"new\s+year'?s?(?:\s+day)?"),
    ("valentine", r"(?:st\.?\s+|saint\s+)?valentine(?:'?s(?:\s+day)?|\s+day)"),
    ("halloween", r"hallowe'?en"),
    ("guy_fawkes", r"guy\s+fawkes(?:'?s)?(?:\s+(?:day|night))?|bonfire\s+night"),
    ("patrick", r"(?:st\.?|saint)\s+(?:patrick|paddy)'?s?\s+day"),
    ("george", r"(?:st\.?|saint)\s+george'?s?\s+day"),
    ("david", r"(?:st\.?|saint)\s+david'?s?\s+day"),
    ("andrew", r"(?:st\.?|saint)\s+andrew'?s?\s+day"),
    ("ides", r"(?:the\s+)?ides\s+of\s+march"),
    ("remembrance_sunday", r"remembrance\s+sunday"),
    ("remembrance_day", r"(?:remembrance|armistice)\s+day"),
    ("summer_bh", r"(?:(?:late\s+)?summer|august)\s+bank\s+hol(?:iday|s)?(?:\s+monday|\s+weekend)?"),
    ("spring_bh", r"(?:spring|late\s+may|whitsun)\s+bank\s+hol(?:iday|s)?(?:\s+monday|\s+weekend)?"),
    ("may_bh", r"(?:early\s+may|may\s+day)\s+bank\s+hol(?:iday|s)?(?:\s+monday|\s+weekend)?|(?-i:May\s+Day)"),
    ("may_any", r"may\s+bank\s+hol(?:iday|s)?(?:\s+monday|\s+weekend)?"),
    ("next_bh", r"next\s+bank\s+hol(?:iday|s)?(?:\s+monday|\s+weekend)?"),
    ("easter_bh", r"easter\s+bank\s+hol(?:iday|s)?(?:\s+weekend)?|easter\s+(?:weekend|break|holidays?|hols)"),
    ("bh_weekend", r"bank\s+hol(?:iday|s)?(?:\s+(?:weekend|monday))?"),
    ("easter_monday", r"easter\s+mon(?:day)?"),
    ("good_friday", r"good\s+friday"),
    ("maundy", r"(?:maundy|holy)\s+thursday"),
    ("palm", r"palm\s+sunday"),
    ("ash", r"ash\s+wednesday"),
    ("shrove", r"shrove\s+tuesday|pancake\s+day"),
    ("mothering", r"mothering\s+sunday|mother'?s'?\s+day"),
    ("whit_monday", r"whit\s*monday"),
    ("pentecost", r"pentecost(?:\s+sunday)?|whit\s*sunday|whitsun(?:day)?"),
    ("trinity", r"trinity\s+sunday"),
    ("ascension", r"ascension\s+(?:day|thursday)"),
    ("easter", r"easter(?:\s+(?:sunday|day))?"),
    ("father", r"father'?s'?\s+day"),
    (
        "half_term",
        r"(?:(?:may|spring|summer|october|oct|autumn|february|feb)\s+)?half[\s-]?term(?:\s+(?:break|holidays?|hols))?",
    ),
)
_KEYS = tuple(key for key, _ in _NAMES)

_FIXED = {
    "xmas_eve": (12, 24), "xmas": (12, 25), "boxing": (12, 26), "nye": (12, 31), "nyd": (1, 1),
    "valentine": (2, 14), "halloween": (10, 31), "guy_fawkes": (11, 5), "patrick": (3, 17), "george": (4, 23),
    "david": (3, 1), "andrew": (11, 30), "ides": (3, 15), "remembrance_day": (11, 11),
}  # fmt: skip
_FROM_EASTER = {
    "easter": 0, "easter_monday": 1, "good_friday": -2, "maundy": -3, "palm": -7, "ash": -46, "shrove": -47,
    "mothering": -21, "easter_bh": -2, "pentecost": 49, "whit_monday": 50, "trinity": 56, "ascension": 39,
}  # fmt: skip
# (month, weekday, n): the n-th such weekday of the month; n = -1 the last.
_NTH_WEEKDAY = {
    "father": (6, 6, 3), "remembrance_sunday": (11, 6, 2),
    "may_bh": (5, 0, 1), "spring_bh": (5, 0, -1), "summer_bh": (8, 0, -1),
}  # fmt: skip
# The names the holidays library gives the bank holidays that it is asked for (its dates win over the rule).
_LIBRARY_NAMES = {
    "may_bh": "may day", "spring_bh": "spring bank holiday", "summer_bh": "late summer bank holiday",
    "good_friday": "good friday", "easter_monday": "easter monday",
}  # fmt: skip

# A word of every wording in _NAMES, lower case: a text holding none of them is not searched for holidays.
_HOLIDAY_WORDS = (
    "christmas", "xmas", "x-mas", "boxing", "new year", "valentine", "hallowe", "fawkes", "bonfire", "patrick",
    "paddy", "george", "david", "andrew", "ides", "remembrance", "armistice", "bank hol", "may day", "easter",
    "friday", "thursday", "sunday", "monday", "wednesday", "tuesday", "pancake", "mother", "pentecost", "whit",
    "father", "ascension", "half",
)  # fmt: skip
# The first letters of every wording in _NAMES: a cheap gate, so that the long alternation is tried rarely.
_STARTS = (
    "chr|x-?m|box|new|val|st|sai|hal|guy|bon|the|ide|rem|arm|lat|sum|aug|spr|whi|ear|may|nex|eas|goo|mau|hol|pal"
    "|ash|shr|pan|mot|pen|tri|asc|fat|ban|oct|feb|aut"
)
_HOLIDAY_RE = guarded(
    rf"""(?<![\w'])(?=(?:{_STARTS}))
        (?:{"|".join(f"(?P<{key}>{pattern})" for key, pattern in _NAMES)})
        (?![\w'])
        (?:,?\s+(?P<y>{_YEAR})|\s+(?P<ny>next\s+year))?""",
    _FLAGS,
)
# Read backwards from a holiday: "three days after", "the third Tuesday after", "next".
_PREFIX_RE = guarded(
    rf"""(?<![\w'])
        (?:(?P<off>(?P<n>{_NUMBER_RE})\s+(?P<unit>days?|weeks?)
             |(?:(?:the\s+)?(?P<ord>{_ORDINAL_RE}|[1-5](?:st|nd|rd|th)|last)\s+|the\s+)(?P<wd>{_WEEKDAY})\b)
           \s+(?P<dir>after|before)\s+(?:the\s+)?)?
        (?:(?P<mod>next|this)\s+)?\Z""",
    _FLAGS,
)
_W_HOLIDAY = frozenset({"on", "for", "at", "to"})
# "before the August bank hol", "ahead of the Easter break": the last working day before it
_BEFORE = guarded(r"\b(?:before|ahead\s+of|prior\s+to|in\s+time\s+for)\s+(?:the\s+)?\Z", re.I)


def _nth_weekday(y: int, month: int, wd: int, n: int) -> datetime.date | None:
    """The n-th weekday `wd` (Monday 0) of a month; n = -1 the last; None if there is no such day."""
    if n < 0:
        last = _date(y, month + 1, 1) if month < 12 else _date(y + 1, 1, 1)
        end = None if last is None else _plus_days(last, -1)
        return None if end is None else _plus_days(end, -((end.weekday() - wd) % 7))
    first = _date(y, month, 1)
    day = None if first is None else _plus_days(first, (wd - first.weekday()) % 7 + 7 * (n - 1))
    return day if day is not None and day.month == month else None


@lru_cache(maxsize=64)
def _easter(y: int) -> datetime.date:
    from dateutil.easter import easter

    day: datetime.date = easter(y)
    return day


@lru_cache(maxsize=64)
def bank_holidays(y: int) -> dict[datetime.date, str]:
    """England and Wales's bank holidays of a year (observed days included), by date, names lower case."""
    if not _FIRST_YEAR <= y <= _LAST_YEAR:
        return {}
    import holidays

    try:
        table = holidays.country_holidays("GB", subdiv="ENG", years=y)
    except Exception:  # a library fault must not stop a message being read: the rules below stand in
        return {}
    return {day: str(name).lower() for day, name in table.items()}


def _from_library(key: str, y: int) -> datetime.date | None:
    name = _LIBRARY_NAMES.get(key)
    if name is None:
        return None
    return next((day for day, got in sorted(bank_holidays(y).items()) if got == name), None)


def holiday_in(key: str, y: int) -> datetime.date | None:
    """The day of a holiday (a group name of :data:`_HOLIDAY_RE`) in a year; None outside 1900-2199."""
    if not _FIRST_YEAR <= y <= _LAST_YEAR:
        return None
    if key in _FIXED:
        return _date(y, *_FIXED[key])
    day = _from_library(key, y)
    if day is not None:
        return day
    if key in _FROM_EASTER:
        return _plus_days(_easter(y), _FROM_EASTER[key])
    if key in _NTH_WEEKDAY:
        return _nth_weekday(y, *_NTH_WEEKDAY[key])
    return None


def _next_bank_holiday(today: datetime.date) -> datetime.date | None:
    for y in (today.year, today.year + 1):
        later = [day for day, name in bank_holidays(y).items() if day > today and "observed" not in name]
        if later:
            return min(later)
    return None


def _holiday_day(m: re.Match[str], after_today: bool, sc: _Scan) -> datetime.date | None:
    key = next((k for k in _KEYS if m[k] is not None), "")
    today = sc.today
    if key in ("next_bh", "bh_weekend"):
        return _next_bank_holiday(today)
    if key == "half_term":
        return _next_half_term(today, m[key].split()[0].lower())
    if m["y"] is not None or m["ny"] is not None:  # "easter 2016", "good friday next year"
        year = int(m["y"]) if m["y"] is not None else today.year + 1
        return holiday_in("may_bh" if key == "may_any" else key, year)
    keys = ("may_bh", "spring_bh") if key == "may_any" else (key,)  # "the May bank holiday": the next of the two
    for y in (today.year, today.year + 1):
        for k in keys:
            day = holiday_in(k, y)
            if day is not None and (day > today or (day == today and not after_today)):
                return day
    return None


def _offset(m: re.Match[str], day: datetime.date) -> datetime.date | None:
    """ "three days after Easter", "two weeks before Christmas", "the third Tuesday after Christmas"."""
    sign = 1 if m["dir"].lower() == "after" else -1
    if m["unit"] is not None:
        n = _number(m["n"])
        if n is None or n > 366:
            return None
        return _plus_days(day, sign * n * (7 if m["unit"].lower().startswith("week") else 1))
    word = (m["ord"] or "1").lower()
    nth = -1 if word == "last" else _ordinal(word)
    if nth is None or not 1 <= abs(nth) <= 5 or (nth < 0 and sign > 0):
        return None
    wd = _weekday_of(m["wd"])
    first = _plus_days(day, sign * ((sign * (wd - day.weekday())) % 7 or 7))  # the first such weekday
    return None if first is None else _plus_days(first, sign * 7 * (abs(nth) - 1))


def _on_holiday(m: re.Match[str], sc: _Scan) -> None:
    pre = _PREFIX_RE.search(sc.text, max(0, m.start() - 48), m.start())
    start = m.start() if pre is None else pre.start()
    cue_start, cue = sc.cue(start, _W_HOLIDAY)
    if m["y"] is None and (not sc.ends_phrase(m.end()) or (cue == 0 and start == m.start())):
        return  # "the Christmas safety campaign", "over Easter"
    if m["nyd"] is not None and not m["nyd"].lower().endswith("day") and cue < 2:
        return  # "plans for the new year" is no deadline; "by the new year" is
    day = _holiday_day(m, pre is not None and (pre["mod"] or "").lower() == "next", sc)
    if day is not None and pre is not None and pre["off"] is not None:
        day = _offset(pre, day)
    if day is not None and (m["half_term"] or _BEFORE.search(sc.text, max(0, start - 24), start)):
        day = _working_day_before(day)  # "before the bank holiday weekend": the Friday before it
    if day is None:
        return
    sc.out.append(_Cand(start, m.end(), day, 3, cue_start, cue))


# England's usual school half terms, by the words that name one: the week of the late May bank holiday, the last week
# of October and the third week of February (a board whose schools break otherwise names the date)
_HALF_TERMS = {"may": (5, 0, -1), "spring": (5, 0, -1), "summer": (5, 0, -1), "october": (10, 0, -1),
               "oct": (10, 0, -1), "autumn": (10, 0, -1), "february": (2, 0, 3), "feb": (2, 0, 3)}  # fmt: skip


def _next_half_term(today: datetime.date, season: str) -> datetime.date | None:
    """The Monday the next half term (of that season, when named) begins; "by half term" is the Friday before."""
    rules = {_HALF_TERMS[season]} if season in _HALF_TERMS else set(_HALF_TERMS.values())
    starts = [_nth_weekday(y, *rule) for y in (today.year, today.year + 1) for rule in rules]
    return min((day for day in starts if day is not None and day > today), default=None)


def _working_day_before(day: datetime.date) -> datetime.date | None:
    """The last weekday before a holiday that is not a bank holiday itself (Easter Sunday: Maundy Thursday)."""
    for back in range(1, 8):
        earlier = _plus_days(day, -back)
        if earlier is not None and earlier.weekday() < 5 and earlier not in bank_holidays(earlier.year):
            return earlier
    return None
