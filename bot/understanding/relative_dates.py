"""Readers of dates relative to today or to the board's meetings.

"the July board", "before the next meeting", "the 3rd", "by next Wednesday", "tomorrow", "end of next week",
"end of the month", "year end", "within 10 working days", "asap". Each reader takes one match of its pattern
and adds the candidate, if valid, to the scan. Part of :mod:`bot.understanding.dates`.
"""

from __future__ import annotations

import datetime
import re

from bot.understanding.date_arithmetic import _date, _monday, _month_end, _plus_days, _plus_months, _plus_working_days
from bot.understanding.date_patterns import _OTHER_BODY_RE, _W_DATE, _W_MEETING, _W_MONTH
from bot.understanding.date_scan import _Cand, _Scan
from bot.understanding.date_words import (
    _FLAGS,
    _POS_DAY,
    _WEEKDAY,
    MONTH_WORDS,
    _is_lower_may,
    _number,
    _weekday_of,
    month_of,
)
from bot.understanding.patterns import guarded

_W_END = _W_MONTH | {"at"}  # "at the EOM", "at the EOY"

# A day of the month right after "close of play (on Monday)": "… on Monday 1 June", "… wednesday 27th".
_DATED_AFTER = guarded(rf"\s*(?:on\s+)?(?:{_WEEKDAY}\s*,?\s*)?(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\b", _FLAGS)


_SEASONS = {"spring": (3, 4, 5), "summer": (6, 7, 8), "autumn": (9, 10, 11), "winter": (12, 1, 2)}


def _on_month_meeting(m: re.Match[str], sc: _Scan) -> None:
    word = m["mon"] or m["mon2"]
    if word and _is_lower_may(word) and not m.group(0).lower().startswith("the"):
        return
    ys = m["y"] or m["y2"]
    year = None if ys is None else int(ys)
    day = _season_board(m["season"], sc) if m["season"] else sc.board_in(month_of(word), year)  # "the summer board"
    cue_start, cue = sc.cue(m.start(), _W_MEETING)
    sc.out.append(_Cand(m.start(), m.end(), day, 3, cue_start, cue, meeting=True))


def _season_board(season: str, sc: _Scan) -> datetime.date | None:
    """ "the summer board": the one board meeting of that season in the coming year; None when it holds none or
    several (which one is asked)."""
    year_on = sc.today + datetime.timedelta(days=365)
    held = [b for b in sc.boards if sc.today <= b < year_on and b.month in _SEASONS[season.lower()]]
    return held[0] if len(held) == 1 else None


def _on_next_meeting(m: re.Match[str], sc: _Scan) -> None:
    if _OTHER_BODY_RE.search(sc.text, 0, m.start()):
        return  # "its next meeting", "the CCG's next meeting": another body's calendar
    cue_start, cue = sc.cue(m.start(), _W_MEETING)
    later = 1 if m["after"] or m["but"] else 0  # "the board after next", "the next board but one"
    sc.out.append(_Cand(m.start(), m.end(), sc.next_board(later), 3, cue_start, cue, meeting=True))


# A month named just before "the 17th" ("Target mid July, call it the 17th"), with nothing but a few words between.
_MONTH_BEFORE = guarded(rf"\b(?P<mon>{MONTH_WORDS})\b(?![^.?!]*\b{MONTH_WORDS}\b)[^.?!\d]{{0,30}}$", re.I)
_FOR_THE = guarded(r"\bfor\s+$", re.I)  # "for the 10th": for the meeting that day, when one is
_BOARD_SOON = 92  # days ahead a board meeting on that day of the month is the one meant


def _on_the_nth(m: re.Match[str], sc: _Scan) -> None:
    d = int(m["d"] or m["d2"])
    if not 1 <= d <= 31:
        return
    which = m["which"].lower() if m["which"] else None
    start = m.start()
    _, cue = sc.cue(sc.lead(start), _W_DATE)
    if not (which or m["wd"] or cue or sc.ends_phrase(m.end())):
        return
    today = sc.today
    day: datetime.date | None = None
    if which == "next":
        first = _plus_months(today.replace(day=1), 1)
        day = None if first is None else _date(first.year, first.month, d)
    elif which is not None:
        day = _date(today.year, today.month, d)
    else:
        first = today.replace(day=1)
        named = _MONTH_BEFORE.search(sc.text, max(0, start - 40), start)
        if named is not None and not m["wd"]:  # "sometime in June - say the 30th": that month's 30th
            wanted = month_of(named["mon"])
            first = today.replace(day=1, month=wanted) if wanted >= today.month else today.replace(
                year=today.year + 1, day=1, month=wanted)  # fmt: skip
        for k in range(13):
            month = _plus_months(first, k)
            got = None if month is None else _date(month.year, month.month, d)
            if got is not None and got >= today and (not m["wd"] or got.weekday() == _weekday_of(m["wd"].rstrip("."))):
                day = got  # "Friday 19th": the next 19th that is a Friday (19 June, not Tuesday 19 May)
                break
        if not m["wd"] and named is None and _FOR_THE.search(sc.text, max(0, start - 8), start):
            day = _board_on(sc, d) or day  # "bring the figures for the 10th": the board on the 10th of July
    sc.add_day(m, day)


def _board_on(sc: _Scan, d: int) -> datetime.date | None:
    """The next board meeting on day ``d`` of a month within three months, if one is."""
    return next((b for b in sc.boards if b >= sc.today and b.day == d and (b - sc.today).days <= _BOARD_SOON), None)


# Short forms of a weekday that are no other word.
_UNMISTAKABLE = frozenset({"fri", "thur", "thurs", "tue", "tues", "weds"})


def _on_weekday(m: re.Match[str], sc: _Scan) -> None:
    word = m["wd"].rstrip(".")
    mod = " ".join(m["mod"].lower().split()) if m["mod"] else None
    cue_start, cue = sc.cue(m.start(), _W_DATE)
    ofwk = m["ofwk"].lower().split()[-1] if m["ofwk"] else None
    if len(word) < 6 and word.lower() not in _UNMISTAKABLE and mod is None and ofwk is None and cue == 0:
        return  # "Su", "Sat", "Mon" only as dates after "by"/"on"/"next"/... ("fri", "thurs" are only days)
    if len(word) < 6 and mod == "last":
        return
    wd = _weekday_of(word)
    today = sc.today
    ahead = (wd - today.weekday()) % 7
    if ofwk is not None:  # "Wednesday of next week", "Tuesday this week": that week's day
        monday = _monday(today)
        day = None if monday is None else _plus_days(monday, wd + (0 if ofwk in ("this", "current") else 7))
    elif mod == "next" or mod == "following":
        monday = _monday(today)
        day = None if monday is None else _plus_days(monday, 7 + wd)
    elif mod == "this":
        day = _plus_days(today, ahead)
    elif mod == "last":
        day = _plus_days(today, -((today.weekday() - wd) % 7 or 7))
    else:
        day = _plus_days(today, ahead or 7)
    if day is not None and m["wk"]:
        day = _plus_days(day, 7)
    if day is not None and m["on"]:  # "a week on Monday": the Monday after next; "two weeks on Friday"
        day = _plus_days(day, 14 if m["on"].lower() in ("two", "2") else 7)
    elif day is not None and "fortnight" in m[0].lower():  # "a fortnight on Monday": two weeks after it
        day = _plus_days(day, 14)
    if day is None:
        return
    sc.out.append(_Cand(m.start(), m.end(), day, 3, cue_start, cue))


def _on_rel_day(m: re.Match[str], sc: _Scan) -> None:
    today = sc.today
    if m["eod"] and _DATED_AFTER.match(sc.text, m.end()):
        return  # "close of play on Monday 1 June": the day is the date written after it
    if m["dat"]:
        day = _plus_days(today, 2)
    elif m["tom"] or m["eodtom"]:  # "tomorrow", "eod tomorrow", "cob tmrw"
        day = _plus_days(today, 1)
    elif m["yes"]:
        day = _plus_days(today, -1)
    elif m["wd"]:  # "cob friday" written on a Friday: next Friday, as "by Friday" is (today is "cob today")
        day = _plus_days(today, (_weekday_of(m["wd"]) - today.weekday()) % 7 or 7)
    else:
        day = today
    if day is None:
        return
    cue_start, cue = sc.cue(m.start(), _W_DATE)
    sc.out.append(_Cand(m.start(), m.end(), day, 3, cue_start, cue))


def _on_week(m: re.Match[str], sc: _Scan) -> None:
    which = (m["w1"] or m["w2"] or "this").lower()
    text = m.group(0).lower()
    weeks = 1 if which.split()[-1] in ("next", "coming", "following") else 0
    if m["eon"]:  # "eow next wk": the end of next week
        weeks = 1
    if m["a1"] or m["a2"] or text.endswith("after next"):
        weeks = 2
    # Calendar weeks (Monday to Sunday): "the end of the week" is this week's Friday (today, said on a
    # Friday), "the end of next week" the Friday of the following week, as a board manager would read it.
    day = _plus_days(sc.today, 4 - sc.today.weekday() + 7 * weeks)
    if day is not None and day < sc.today:  # said at the weekend: this week's Friday has gone
        day = _plus_days(day, 7)
    if day is None:
        return
    cue_start, cue = sc.cue(m.start(), _W_MONTH)
    spec = 3 if "end" in text or m["eow"] else 2
    sc.out.append(_Cand(m.start(), m.end(), day, spec, cue_start, cue))


def _on_month_rel(m: re.Match[str], sc: _Scan) -> None:
    text = m.group(0).lower()
    which = (m["which"] or "this").lower()
    if which == "the" and m["pos"] is None:
        return  # "the month" alone
    first = sc.today.replace(day=1)
    month = _plus_months(first, 1) if which in ("next", "following") else first
    if month is None:
        return
    want = _POS_DAY.get(m["p"].lower() if m["p"] else "end", 0)
    day = _month_end(month.year, month.month) if want == 0 else _date(month.year, month.month, want)
    if day is None:
        return
    cue_start, cue = sc.cue(m.start(), _W_END if m["eom"] else _W_MONTH)
    spec = 3 if m["pos"] or "end" in text or m["eom"] else 2
    sc.out.append(_Cand(m.start(), m.end(), day, spec, cue_start, cue))


def _on_year_end(m: re.Match[str], sc: _Scan) -> None:
    today = sc.today
    if m["fin"] or m["fin2"]:
        day = _date(today.year, 3, 31)
        if day is not None and day < today:
            day = _date(today.year + 1, 3, 31)
    else:
        day = _date(today.year, 12, 31)
    if day is None:
        return
    cue_start, cue = sc.cue(m.start(), _W_END if m["eoy"] else _W_MONTH)
    sc.out.append(_Cand(m.start(), m.end(), day, 1, cue_start, cue))


_UNIT_LIMIT = {"day": 3660, "week": 520, "fortnight": 260, "month": 120, "year": 10}


def _on_duration(m: re.Match[str], sc: _Scan) -> None:
    unit = m["unit"].lower()
    n = _number(m["n"] or m["n3"])
    n2 = _number(m["n2"])
    if m["pre"] and m["pre"].lower() == "over" and not m["next"]:
        return  # "over 5 years" is "more than"; "over the next 2 weeks" is a time
    if n is None:
        if not (m["next"] or unit == "fortnight"):  # "fortnight today": one
            return
        n = 1
    if n2 is not None and n2 > n:
        n = n2
    if n <= 0 or n > _UNIT_LIMIT[unit]:
        return
    if m["bare"] is not None and not re.search(r"(?:[,;:]|\s[-–—])\s*$", m.string[: m.start()]):
        return  # "…, 2 weeks pls" is a deadline; "the referrals from the last 2 weeks" is not
    today = sc.today
    work = m["work"].lower().strip() if m["work"] else ""
    day: datetime.date | None
    if unit == "day":
        day = _plus_working_days(today, n) if work and work != "calendar" else _plus_days(today, n)
    elif unit in ("week", "fortnight"):
        day = _plus_days(today, n * (7 if unit == "week" else 14))
    else:
        day = _plus_months(today, n * (12 if unit == "year" else 1))
    if day is None:
        return
    spec = 2 if unit in ("month", "year") else 3
    sc.out.append(_Cand(m.start(), m.end(), day, spec, m.start(), 2))


def _on_asap(m: re.Match[str], sc: _Scan) -> None:
    sc.out.append(_Cand(m.start(), m.end(), None, 0, m.start(), 2, asap=True))
