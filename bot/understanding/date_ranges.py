"""Day ranges written month first: "July 13-15", "from July 13 to 15", "Aug 8 - Aug 12", "August 27th - 29th";
and with no month at all: "on leave 18th-29th" (the next such days).

A range gives two candidates, its first day and its last, like a list of days ("13-15 July", read by
:mod:`~bot.understanding.absolute_dates`): :func:`~bot.understanding.dates.find_due` takes the last, which is
when the work is due. They are ranked above the other readings of the same words ("8 - Aug" as 8 August).
Part of :mod:`bot.understanding.dates`.
"""

from __future__ import annotations

import datetime
import re

from bot.understanding.date_arithmetic import _date, _next_on_or_after
from bot.understanding.date_patterns import _W_DATE
from bot.understanding.date_scan import _Cand, _Scan
from bot.understanding.date_words import _FLAGS, _YEAR, MONTH_WORDS, _is_lower_may, month_of
from bot.understanding.patterns import guarded

_DIGITS = tuple("0123456789")
_RANGE_RE = guarded(
    rf"""(?<![\w\u00a3$/.:-])(?P<from>from\s+(?:the\s+)?)?
        (?P<first>(?P<mon>{MONTH_WORDS})\b\.?\s*(?:the\s+)?(?P<d1>\d{{1,2}})(?:\s?(?:st|nd|rd|th))?)
        \s*(?:-|\u2013|\u2014|to|through|thru|till|until)\s*
        (?P<last>(?:(?P<mon2>{MONTH_WORDS})\b\.?\s*)?(?:the\s+)?(?P<d2>\d{{1,2}})(?:\s?(?:st|nd|rd|th))?\b
          (?:,?\s+(?P<y>{_YEAR}))?)
        (?![.:/]\d|\s*%|\s*(?:of\s+)?{MONTH_WORDS}\b|\s*(?:am|pm|hrs?|h)\b)""",
    _FLAGS,
)


def _on_range(m: re.Match[str], sc: _Scan) -> None:
    if sc.counted(m.start("first")) or (_is_lower_may(m["mon"]) and m["y"] is None):
        return
    mon = month_of(m["mon"])
    mon2 = month_of(m["mon2"]) if m["mon2"] else mon
    d1, d2 = int(m["d1"]), int(m["d2"])
    first = _date(int(m["y"]), mon, d1) if m["y"] else _next_on_or_after(sc.today, mon, d1)
    if first is None:
        return
    last = _date(first.year, mon2, d2)
    if last is not None and last < first and mon2 < mon:
        last = _date(first.year + 1, mon2, d2)  # "Dec 28 - Jan 3"
    if last is None or not 0 < (last - first).days <= 92:
        return
    start = m.start("from") if m["from"] else m.start("first")
    cue_start, cue = sc.cue(start, _W_DATE)
    sc.out.append(_Cand(start, m.end("first"), first, 3, cue_start, cue, rank=1))
    sc.out.append(_Cand(m.start("last"), m.end("last"), last, 3, m.start("last"), cue, rank=1))


# "on leave 18th-29th", "the 1st to the 5th": days of the month alone, both written as ordinals, no month after
_ORDINAL_RANGE_RE = guarded(
    rf"""(?<![\w\u00a3$/.:-])(?P<first>(?:the\s+)?(?P<d1>\d{{1,2}})\s?(?:st|nd|rd|th))
        \s*(?:-|\u2013|\u2014|to|through|thru|till|until)\s*
        (?P<last>(?:the\s+)?(?P<d2>\d{{1,2}})\s?(?:st|nd|rd|th))\b
        (?!\s*(?:of\s+)?(?:{MONTH_WORDS})\b|[.:/]\d)""",
    _FLAGS,
)


def _on_ordinal_range(m: re.Match[str], sc: _Scan) -> None:
    if sc.counted(m.start("first")):
        return
    d1, d2 = int(m["d1"]), int(m["d2"])
    first = next(
        (day for ahead in range(3) if (day := _in_month(sc.today, ahead, d1)) is not None and day >= sc.today), None
    )
    if first is None or not 1 <= d2 <= 31 or d1 == d2:
        return
    last = _date(first.year, first.month, d2) if d2 > d1 else _in_month(first, 1, d2)  # "28th-3rd": into the next
    if last is None or not 0 < (last - first).days <= 31:
        return
    cue_start, cue = sc.cue(m.start("first"), _W_DATE)
    sc.out.append(_Cand(m.start("first"), m.end("first"), first, 3, cue_start, cue, rank=1))
    sc.out.append(_Cand(m.start("last"), m.end("last"), last, 3, m.start("last"), cue, rank=1))


def _in_month(day: datetime.date, ahead: int, d: int) -> datetime.date | None:
    """Day ``d`` of the month ``ahead`` months after ``day``'s."""
    months = day.year * 12 + day.month - 1 + ahead
    return _date(months // 12, months % 12 + 1, d)
