"""The state of one scan of a text for dates: the candidates found so far and the checks of their context.

A reader (:mod:`~bot.understanding.absolute_dates`, :mod:`~bot.understanding.relative_dates`) resolves a match
to a date and adds a candidate here, with the cue before it; :mod:`bot.understanding.dates` then keeps the
longest non-overlapping candidates.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from bot.understanding.date_arithmetic import _monday
from bot.understanding.date_patterns import (
    _AGENDA_RE,
    _BOARD_AFTER_RE,
    _COUNTER_RE,
    _CUE_RE,
    _END_AFTER_RE,
    _NAME_AFTER_RE,
    _W_DATE,
    _WC_RE,
    _WEAK_CUES,
)

# --------------------------------------------------------------------------------------------------------
# Candidates


@dataclass(slots=True)
class _Cand:
    start: int  # of the date words (after any cue)
    end: int
    date: datetime.date | None
    spec: int  # specificity: 3 a day, 2 a week or a month, 1 a year end, 0 asap
    cue_start: int  # start including the cue
    cue: int  # 2 a due cue ("by", "before", a duration, asap), 1 a weak one ("on", "in", "for"), 0 none
    meeting: bool = False
    asap: bool = False
    rank: int = 0  # 1 for the days of a range: they win over other readings of the same words


@dataclass(slots=True)
class _Scan:
    text: str
    today: datetime.date
    boards: tuple[datetime.date, ...]
    out: list[_Cand]
    loose_left: int = 3  # dateparser calls allowed for this text

    def cue(self, pos: int, weak: frozenset[str]) -> tuple[int, int]:
        """(start of the cue, its strength) for words starting at `pos`; (pos, 0) without a cue."""
        m = _CUE_RE.search(self.text, max(0, pos - 40), pos)
        if m is None:
            return pos, 0
        word = " ".join(m.group("cue").lower().split())
        if word in _WEAK_CUES:
            return (m.start(), 1) if word in weak else (pos, 0)
        return m.start(), 2

    def lead(self, pos: int) -> int:
        """Start of the date words at `pos`, including a "w/c" before them."""
        wc = self.wc(pos)
        return pos if wc is None else wc

    def wc(self, pos: int) -> int | None:
        """Start of a "w/c" / "week commencing" right before `pos`, if any."""
        m = _WC_RE.search(self.text, max(0, pos - 24), pos)
        return None if m is None else m.start()

    def counted(self, pos: int) -> bool:
        """True when the number at `pos` follows "item", "page", "section", ... (and not "agenda item")."""
        lo = max(0, pos - 16)
        return (
            _COUNTER_RE.search(self.text, lo, pos) is not None
            and _AGENDA_RE.search(self.text, max(0, pos - 24), pos) is None
        )

    def name_follows(self, pos: int) -> bool:
        return _NAME_AFTER_RE.match(self.text, pos) is not None

    def ends_phrase(self, pos: int) -> bool:
        return _END_AFTER_RE.match(self.text, pos) is not None

    def next_board(self, after: int = 0) -> datetime.date | None:
        """The next board meeting; with ``after``, that many later ("the board after next": 1)."""
        later = [b for b in self.boards if b > self.today]
        return later[after] if len(later) > after else None

    def board_in(self, m: int, y: int | None) -> datetime.date | None:
        for b in self.boards:
            if b.month == m and (b.year == y if y is not None else b >= self.today):
                return b
        return None

    def board_context(self, start: int, end: int, day: datetime.date | None) -> bool:
        """A plain date that is a board date and is written as one ("agenda item 10th July")."""
        if day is None or day not in self.boards:
            return False
        return (
            _AGENDA_RE.search(self.text, max(0, start - 24), start) is not None
            or _BOARD_AFTER_RE.match(self.text, end) is not None
        )

    def add_day(self, m: re.Match[str], day: datetime.date | None) -> _Cand | None:
        """Add a day-level date, with a "w/c" prefix turning it into that week's Monday ("end of w/c 6 July": its
        Friday)."""
        s = m.start()
        wc = self.wc(s)
        if day is not None and wc is not None:
            ends = re.search(r"\bend\s+of\s+(?:the\s+)?$", self.text[max(0, wc - 16) : wc], re.I) is not None
            monday = _monday(day)
            day = monday + datetime.timedelta(days=4) if ends and monday is not None else monday
            s = wc
        if day is None:
            return None
        cue_start, cue = self.cue(s, _W_DATE)
        meeting = self.board_context(s, m.end(), day)
        cand = _Cand(s, m.end(), day, 3, cue_start, cue, meeting=meeting)
        self.out.append(cand)
        return cand
