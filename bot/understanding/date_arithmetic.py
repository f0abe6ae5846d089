"""Date arithmetic for the date reader: days, months and working days ahead, and the next such date.

Nothing here raises: a result out of range is None. Part of :mod:`bot.understanding.dates`.
"""

from __future__ import annotations

import calendar
import datetime

# --------------------------------------------------------------------------------------------------------
# Date arithmetic (never raises: out-of-range results are None)

_FAR = 8  # years searched ahead for a year-less date (29 February)


def _date(y: int, m: int, d: int) -> datetime.date | None:
    try:
        return datetime.date(y, m, d)
    except (ValueError, OverflowError):
        return None


def _plus_days(day: datetime.date, n: int) -> datetime.date | None:
    try:
        return day + datetime.timedelta(days=n)
    except (ValueError, OverflowError):
        return None


def _month_end(y: int, m: int) -> datetime.date | None:
    if not 1 <= y <= 9999 or not 1 <= m <= 12:
        return None
    return datetime.date(y, m, calendar.monthrange(y, m)[1])


def _plus_months(day: datetime.date, n: int) -> datetime.date | None:
    total = day.year * 12 + day.month - 1 + n
    y, m = divmod(total, 12)
    end = _month_end(y, m + 1)
    return None if end is None else end.replace(day=min(day.day, end.day))


def _plus_working_days(day: datetime.date, n: int) -> datetime.date | None:
    """The n-th working day (Monday to Friday) after `day`."""
    weeks, rest = divmod(n, 5)
    anchor = _plus_days(day, -max(0, day.weekday() - 4))  # a weekend counts from its Friday
    out = None if anchor is None else _plus_days(anchor, weeks * 7)
    while out is not None and rest > 0:
        out = _plus_days(out, 1)
        if out is not None and out.weekday() < 5:
            rest -= 1
    return out


def _next_on_or_after(today: datetime.date, m: int, d: int) -> datetime.date | None:
    """The first `d` of month `m` on or after today."""
    for y in range(today.year, today.year + _FAR + 1):
        got = _date(y, m, d)
        if got is not None and got >= today:
            return got
    return None


def _month_year(today: datetime.date, m: int) -> int:
    """This year for a month not yet ended, otherwise next year."""
    return today.year if m >= today.month else today.year + 1


def _monday(day: datetime.date) -> datetime.date | None:
    return _plus_days(day, -day.weekday())


def _two_digit_year(s: str) -> int:
    return 2000 + int(s) if len(s) == 2 else int(s)
