"""Readers of dates written out: numeric ("30/06", "2015-06-30"), worded ("10th July", "July 10"), lists of days
("18th and 22nd May"), a month on its own ("by end June") and odd spellings left to dateparser ("Jul.10").

Each reader takes one match of its pattern and adds the candidate, if valid, to the scan.
Part of :mod:`bot.understanding.dates`.
"""

from __future__ import annotations

import datetime
import re

from bot.understanding.date_arithmetic import _date, _month_end, _month_year, _next_on_or_after, _two_digit_year
from bot.understanding.date_fallback import _dateparser_day_month, _with_year
from bot.understanding.date_patterns import _NUM_UNIT_AFTER_RE, _TIME_AFTER_RE, _W_DATE, _W_MONTH
from bot.understanding.date_scan import _Cand, _Scan
from bot.understanding.date_words import (
    _FLAGS,
    _LONE_MONTHS,
    _NAME_MONTHS,
    _POS_DAY,
    _is_lower_may,
    _ordinal,
    month_of,
)
from bot.understanding.patterns import guarded

_SHARE_AFTER = guarded(r"\s+(?:done|complete[d]?|finished|through|of\s+the\s+way)\b", re.I)


def _resolve_dm(sc: _Scan, d: int, mon: int, year: int | None) -> datetime.date | None:
    if year is not None:
        return _date(year, mon, d)
    return _next_on_or_after(sc.today, mon, d)


def _on_iso(m: re.Match[str], sc: _Scan) -> None:
    sc.add_day(m, _date(int(m["y"]), int(m["m"]), int(m["d"])))


def _on_num(m: re.Match[str], sc: _Scan) -> None:
    d, mon, y, sep = int(m["d"]), int(m["m"]), m["y"], m["sep"]
    if not (1 <= d <= 31 and 1 <= mon <= 12) or sc.counted(m.start()):
        return
    if y is None:
        always = (d, mon) == (24, 7) and sc.cue(m.start(), _W_DATE)[1] < 2  # "a 24/7 service", not "due 24/7"
        if sep == "-" or always or _NUM_UNIT_AFTER_RE.match(sc.text, m.end()):
            return
        if sep == "/" and _SHARE_AFTER.match(sc.text, m.end()) and sc.cue(m.start(), _W_DATE)[1] == 0:
            return  # "about 2/3 done": a share of the work, never 2 March
        if sep == ".":
            # "10.06" only after a cue and with a two-digit month: "by 1.5" is a number, "10.30" a time.
            if len(m["m"]) != 2 or _TIME_AFTER_RE.match(sc.text, m.end()):
                return
            lead = sc.lead(m.start())
            if lead == m.start() and sc.cue(lead, _W_DATE)[1] == 0:
                return
    day = _resolve_dm(sc, d, mon, None if y is None else _two_digit_year(y))
    sc.add_day(m, day)


def _on_dm(m: re.Match[str], sc: _Scan) -> None:
    mon = month_of(m["mon"])
    if m["d"] is not None:
        d = int(m["d"])
        if m["suf"] is None and sc.counted(m.start("d")) and m["wd"] is None:
            return
        ends = re.match(r"\s*(?:[,.;!?)]|pls\b|please\b|$)", sc.text[m.end() :]) is not None  # "move #2 to 26 may"
        if _is_lower_may(m["mon"]) and not (m["suf"] or m["y"] or m["wd"] or sc.cue(m.start(), _W_DATE)[1] or ends):
            return  # "all 5 may attend"
    else:
        d = _ordinal(m["dw"]) or 0
    ys = m["y"] or m["y2"] or m["y3"] or m["y4"]
    year = None if ys is None else _two_digit_year(ys)
    if not 1 <= d <= 31:
        return
    main = sc.add_day(m, _resolve_dm(sc, d, mon, year))
    if main is not None and m["d"] is not None and m["wd"] is None:
        _list_items(m, main, sc, mon, year)


_LIST_ITEM_RE = guarded(
    r"""(?<![\w\u00a3$/.:-])(?P<d>\d{1,2})(?:\s?(?P<suf>st|nd|rd|th))?
        \s*(?:,|and|&|or|-|\u2013|\u2014|to|until|till)\s*\Z""",
    _FLAGS,
)


def _list_items(m: re.Match[str], main: _Cand, sc: _Scan, mon: int, year: int | None) -> None:
    """Earlier days sharing the month: "18th and 22nd May", "1-3 June", "8th, 15th and 22nd May"."""
    pos = m.start()
    for _ in range(6):
        item = _LIST_ITEM_RE.search(sc.text, max(0, pos - 16), pos)
        if item is None:
            return
        d = int(item["d"])
        if not 1 <= d <= 31 or sc.counted(item.start()):
            return
        day = _resolve_dm(sc, d, mon, year)
        if day is None:
            return
        end = item.end("suf") if item["suf"] else item.end("d")
        cue_start, cue = sc.cue(item.start(), _W_DATE)
        sc.out.append(_Cand(item.start(), end, day, 3, cue_start, cue))
        main.cue = max(main.cue, cue)  # "by 18th and 22nd May": the cue is the whole list's
        pos = item.start()


def _on_md(m: re.Match[str], sc: _Scan) -> None:
    word = m["mon"]
    if m["d"] is None:
        return
    d = int(m["d"])
    start = m.start()
    _, cue = sc.cue(sc.lead(start), _W_DATE)
    if not (m["suf"] or m["y"] or m["wd"] or cue or sc.ends_phrase(m.end())):
        return
    if _is_lower_may(word) and not (m["suf"] or m["y"]):
        return
    year = None if m["y"] is None else int(m["y"])
    sc.add_day(m, _resolve_dm(sc, d, month_of(word), year))


def _on_month(m: re.Match[str], sc: _Scan) -> None:
    word = m["mon"]
    mon = month_of(word)
    ys = m["y"] or m["y2"]
    pos = m["p"].lower() if m["p"] else None
    if _is_lower_may(word) and ys is None and pos is None:
        return  # "all 5 may attend"; "by end of may", "mid may" are the month
    if ys is None and pos is None and word.lower() in _NAME_MONTHS and sc.name_follows(m.end()):
        return
    if pos is None and ys is None and word.lower().rstrip(".") not in _LONE_MONTHS:
        return
    cue_start, cue = sc.cue(m.start(), _W_MONTH)
    if pos is None and ys is None and cue == 0:
        return
    if ys is None and pos is None and len(word) <= 3 and word.lower() != "may" and cue < 2:
        return  # "in Dec" is too thin; "by Dec" will do
    year = _two_digit_year(ys) if ys is not None else _month_year(sc.today, mon)
    want = _POS_DAY.get(pos or "end", 0)
    day = _month_end(year, mon) if want == 0 else _date(year, mon, want)
    if day is not None and pos is None and re.match(r"(?:before|prior\s+to)\b", sc.text[cue_start : m.start()], re.I):
        day = _date(year, mon, 1)  # "before July": by the last day of June
        day = day - datetime.timedelta(days=1) if day is not None else None
    if day is None:
        return
    spec = 3 if pos is not None else 2
    sc.out.append(_Cand(m.start(), m.end(), day, spec, cue_start, cue))


def _on_loose(m: re.Match[str], sc: _Scan) -> None:
    if sc.loose_left <= 0:
        return
    sc.loose_left -= 1
    got = _dateparser_day_month(m.group(0))
    if got is not None:
        sc.add_day(m, _with_year(sc.today, got))
