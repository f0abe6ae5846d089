"""Ordinal day phrases: "the last Friday of October", "first Tuesday in October 2014", "the 20th of next month",
"the fifth last day of May", "the last working day of June", "the closest Monday to 5 October",
"3 Fridays from now", "March first", "on the first".

Each reader takes one match of its pattern and adds the candidate, if valid, to the scan.
Part of :mod:`bot.understanding.dates`.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

from bot.understanding.date_arithmetic import _date, _month_end, _next_on_or_after, _plus_days, _plus_months
from bot.understanding.date_patterns import _W_DATE
from bot.understanding.date_scan import _Scan
from bot.understanding.date_words import (
    _FLAGS,
    _NAME_MONTHS,
    _NUMBER_RE,
    _ORDINAL_RE,
    _WEEKDAY,
    _YEAR,
    MONTH_WORDS,
    _is_lower_may,
    _number,
    _ordinal,
    _weekday_of,
    month_of,
)
from bot.understanding.holiday_dates import _nth_weekday, bank_holidays
from bot.understanding.patterns import guarded

# Words one of which a text must hold for these patterns to be tried (see dates._RULES).
_WEEKDAY_WORDS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_ORDINAL_WORDS_GATE = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
    "twelfth", "teenth", "tieth",
)  # fmt: skip
_W_ON = frozenset({"on"})
_NTH = rf"(?:{_ORDINAL_RE}|\d{{1,2}}\s?(?:st|nd|rd|th))"
# "of October", "in October 2014", "of next month", "of the current month", "of the month"
_WHICH_MONTH = (
    r"(?:the\s+(?:(?:next|current|coming|following)\s+)?|(?:this|next|current|coming|following)\s+)month\b(?!['’])"
)
_OF_MONTH = rf"""\s+(?:(?:of|in)\s+
    (?:the\s+)?(?P<mon>{MONTH_WORDS})\b\.?(?:,?\s+(?P<y>{_YEAR}))?|(?:(?:of|in)\s+)?(?P<which>{_WHICH_MONTH}))"""

_NTH_WEEKDAY_RE = guarded(
    rf"""\b(?:the\s+)?(?P<nth>{_NTH}|last|final)\s+(?P<wd>{_WEEKDAY})\b\.?{_OF_MONTH}""",
    _FLAGS,
)
_NTH_DAY_RE = guarded(
    rf"""(?<![\w\u00a3$\u20ac%/.:,-])(?:the\s+)?
        (?:(?P<nth>{_NTH})(?P<last>\s+last)?\s+(?P<work>working\s+|business\s+)?day
          |(?P<final>last|final)\s+(?P<work2>working\s+|business\s+)?day
          |(?P<d>\d{{1,2}})(?:\s?(?:st|nd|rd|th))?(?=\s+(?:of\s+)?{_WHICH_MONTH}))
        {_OF_MONTH}""",
    _FLAGS,
)
_CLOSEST_RE = guarded(
    rf"""\b(?:the\s+)?(?:(?P<nth>{_NTH})\s+)?(?:closest|nearest)\s+(?P<wd>{_WEEKDAY})\b\.?\s+to\s+(?:the\s+)?
        (?:(?P<d>\d{{1,2}})(?:\s?(?:st|nd|rd|th))?(?:\s+of)?\s+(?P<mon>{MONTH_WORDS})\b\.?
          |(?P<mon2>{MONTH_WORDS})\b\.?\s+(?:the\s+)?(?P<d2>{_NTH}|\d{{1,2}})\b)
        (?:,?\s+(?P<y>{_YEAR}))?""",
    _FLAGS,
)
_WEEKDAYS_FROM_NOW_RE = guarded(
    rf"""\b(?P<n>{_NUMBER_RE})\s+(?P<wd>mon|tues|wednes|thurs|fri|satur|sun)days
        \s+(?:from\s+(?:now|today)|hence)\b""",
    _FLAGS,
)
_MONTH_ORDINAL_RE = guarded(
    rf"""(?<![\w\u00a3$])(?P<mon>{MONTH_WORDS})\b\.?\s+(?:the\s+)?(?P<dw>{_ORDINAL_RE})\b
        (?:,?\s+(?P<y>{_YEAR}))?""",
    _FLAGS,
)
_NTH_WEEK_RE = guarded(
    rf"""\b(?:(?:by|before|in|during|within|for)\s+)?(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?
        (?P<nth>first|1st|second|2nd|third|3rd|fourth|4th|last|final)\s+week{_OF_MONTH}""",
    _FLAGS,
)
_LONE_ORDINAL_WORD_RE = guarded(rf"\bthe\s+(?P<dw>{_ORDINAL_RE})\b", _FLAGS)


def _month_of_phrase(m: re.Match[str], sc: _Scan) -> tuple[int, int, int] | None:
    """(year, month, months to move on when its day is past) of an "of October" / "of next month" phrase."""
    which = m["which"]
    if which is not None:
        words = which.lower().split()
        ahead = 1 if words[-2] in ("next", "coming", "following") else 0
        first = _plus_months(sc.today.replace(day=1), ahead)
        return None if first is None else (first.year, first.month, 1 if words == ["the", "month"] else 0)
    word = m["mon"]
    if m["y"] is not None:
        return int(m["y"]), month_of(word), 0
    if _is_lower_may(word) or (word.lower() in _NAME_MONTHS and sc.name_follows(m.end("mon"))):
        return None  # "the first Monday in May Smith's diary"
    return sc.today.year, month_of(word), 12


def _in_month(m: re.Match[str], sc: _Scan, rule: Callable[[int, int], datetime.date | None]) -> datetime.date | None:
    """The day a rule picks in the phrase's month; a year-less month whose day is past moves on a year, and
    "the month" moves on a month."""
    got = _month_of_phrase(m, sc)
    if got is None:
        return None
    y, mon, roll = got
    day = rule(y, mon)
    if day is not None and day < sc.today and roll:
        later = _plus_months(datetime.date(y, mon, 1), roll)
        day = None if later is None else rule(later.year, later.month)
    return day


def _nth_day(y: int, mon: int, n: int) -> datetime.date | None:
    """The n-th day of a month; n < 0 counts back from its last day (-1 the last day)."""
    end = _month_end(y, mon)
    if end is None or abs(n) > end.day:
        return None
    return end.replace(day=n) if n > 0 else end.replace(day=end.day + n + 1)


def _nth_working_day(y: int, mon: int, n: int) -> datetime.date | None:
    """The n-th working day (Monday to Friday, not a bank holiday) of a month; n < 0 counts back."""
    end = _month_end(y, mon)
    if end is None:
        return None
    holidays = bank_holidays(y)
    working = [d for d in (end.replace(day=k) for k in range(1, end.day + 1)) if d.weekday() < 5 and d not in holidays]
    index = n - 1 if n > 0 else n
    return working[index] if -len(working) <= index < len(working) else None


def _on_nth_weekday(m: re.Match[str], sc: _Scan) -> None:
    word = m["nth"].lower()
    n = -1 if word in ("last", "final") else _ordinal(word)
    if n is None or not 1 <= abs(n) <= 5:
        return
    wd = _weekday_of(m["wd"])
    sc.add_day(m, _in_month(m, sc, lambda y, mon: _nth_weekday(y, mon, wd, n)))


def _week_friday(y: int, mon: int, n: int) -> datetime.date | None:
    """The Friday that ends the n-th working week of a month (the first week is the one holding the 1st, or the
    next if the 1st falls at a weekend); n = -1 is the month's last Friday."""
    if n < 0:
        return _nth_weekday(y, mon, 4, -1)
    first = _date(y, mon, 1)
    if first is None:
        return None
    monday = _plus_days(first, 7 - first.weekday() if first.weekday() >= 5 else -first.weekday())
    return None if monday is None else _plus_days(monday, 4 + 7 * (n - 1))


def _on_nth_week(m: re.Match[str], sc: _Scan) -> None:
    """ "the first week of June": done by the Friday that ends it."""
    word = m["nth"].lower()
    n = -1 if word in ("last", "final") else _ordinal(word)
    if n is None:
        return
    sc.add_day(m, _in_month(m, sc, lambda y, mon: _week_friday(y, mon, n)))


def _on_nth_day(m: re.Match[str], sc: _Scan) -> None:
    if m["d"] is not None and sc.counted(m.start("d")):
        return  # "page 20 of this month"
    if m["final"] is not None:
        n: int | None = -1
    else:
        n = _ordinal(m["nth"] or m["d"])
        if n is not None and m["last"] is not None:
            n = -n
    if n is None or not 1 <= abs(n) <= 31:
        return
    nth = n
    pick = _nth_working_day if m["work"] or m["work2"] else _nth_day
    sc.add_day(m, _in_month(m, sc, lambda y, mon: pick(y, mon, nth)))


def _on_closest(m: re.Match[str], sc: _Scan) -> None:
    """ "the closest Monday to Oct 5th"; "the second closest Mon to October fifth" (ties: the earlier)."""
    n = 1 if m["nth"] is None else _ordinal(m["nth"])
    d = _ordinal(m["d"] or m["d2"])
    if n is None or d is None or not 1 <= n <= 5:
        return
    mon = month_of(m["mon"] or m["mon2"])
    anchor = _date(int(m["y"]), mon, d) if m["y"] else _next_on_or_after(sc.today, mon, d)
    if anchor is None:
        return
    wd = _weekday_of(m["wd"])
    after = (wd - anchor.weekday()) % 7
    near = sorted((after + 7 * k for k in range(-n - 1, n + 1)), key=lambda off: (abs(off), off))
    sc.add_day(m, _plus_days(anchor, near[n - 1]))


def _on_weekdays_from_now(m: re.Match[str], sc: _Scan) -> None:
    """ "3 Fridays from now": the third Friday after today."""
    n = _number(m["n"])
    if n is None or not 1 <= n <= 520:
        return
    ahead = (_weekday_of(m["wd"]) - sc.today.weekday()) % 7 or 7
    day = _plus_days(sc.today, ahead + 7 * (n - 1))
    sc.add_day(m, day)


def _on_month_ordinal(m: re.Match[str], sc: _Scan) -> None:
    """ "March first", "march third 2015": only after a cue or with a year, and ending the phrase."""
    d = _ordinal(m["dw"])
    if d is None or (_is_lower_may(m["mon"]) and m["y"] is None):
        return
    if m["y"] is None and (not sc.ends_phrase(m.end()) or sc.cue(m.start(), _W_DATE)[1] == 0):
        return
    mon = month_of(m["mon"])
    sc.add_day(m, _date(int(m["y"]), mon, d) if m["y"] else _next_on_or_after(sc.today, mon, d))


def _on_lone_ordinal_word(m: re.Match[str], sc: _Scan) -> None:
    """ "by the first", "on the second": the next such day of a month, after a cue and ending the phrase."""
    d = _ordinal(m["dw"])
    if d is None or not sc.ends_phrase(m.end()) or sc.cue(m.start(), _W_ON)[1] == 0:
        return
    first = sc.today.replace(day=1)
    for k in range(13):
        month = _plus_months(first, k)
        day = None if month is None else _date(month.year, month.month, d)
        if day is not None and day >= sc.today:
            sc.add_day(m, day)
            return
