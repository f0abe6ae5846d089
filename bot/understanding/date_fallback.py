"""dateparser, for the odd spellings of an absolute date only ("Jul.10", "10/Jul/2015", "2015 July 10").

Set up once, lazily, with a fixed base and only the absolute-date parser; the year of a year-less answer is
chosen here. Part of :mod:`bot.understanding.dates`.
"""

from __future__ import annotations

import datetime
import threading
from typing import Any

from bot.understanding.date_arithmetic import _next_on_or_after

_PARSER: Any = None
_PARSER_LOCK = threading.Lock()
_PARSER_BASE = datetime.datetime(2000, 1, 1)  # a leap year: a year-less answer comes back as 2000


def _dateparser_day_month(wording: str) -> datetime.date | None:
    """Day and month (and the year if written) of an absolute date in odd spelling, via dateparser."""
    global _PARSER
    with _PARSER_LOCK:
        if _PARSER is None:
            from dateparser.date import DateDataParser

            _PARSER = DateDataParser(
                languages=["en"],
                settings={
                    "DATE_ORDER": "DMY",
                    "PREFER_DAY_OF_MONTH": "first",
                    "REQUIRE_PARTS": ["day", "month"],
                    "PARSERS": ["absolute-time"],
                    "RELATIVE_BASE": _PARSER_BASE,
                },
            )
        parser = _PARSER
        try:
            data = parser.get_date_data(wording)
        except Exception:  # dateparser is a fallback: whatever it trips on, the answer is "no date"
            return None
    got = data.date_obj
    return got.date() if isinstance(got, datetime.datetime) else None


def _with_year(today: datetime.date, got: datetime.date) -> datetime.date | None:
    """A dateparser answer, with the year chosen here when none was written (it comes back as 2000)."""
    if got.year != _PARSER_BASE.year:
        return got
    return _next_on_or_after(today, got.month, got.day)
