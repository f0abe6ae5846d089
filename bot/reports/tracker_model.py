"""The tracker review's data: a row per action (``TrackerRow``) in sections of one report (``TrackerReport``), and,
for the html and xlsx, the partner engagement summary of the 12 months up to the report's day.

``bot.reports.tracker`` builds a report from the store; ``bot.reports.tracker_render`` renders it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.reports.engagement_model import Engagement


@dataclass(frozen=True, slots=True)
class TrackerRow:
    """One action as the tracker review shows it."""

    ref: str
    item: str | None  # the agenda item it came from, e.g. "2"
    text: str
    owners: tuple[str, ...]
    due: dt.date | None
    asap: bool
    status: str  # open / done / dropped
    overdue: bool
    progress: str | None  # "all members: 21 of 30 done; outstanding: Anne Harris, Jo Forbes"
    closed_on: dt.date | None
    origin: str  # "Board 15 May 2015, item 2", "Slack" or "chat"
    note: str | None = None  # "Dropped: superseded by the neglect strategy" (the reason given for dropping it)
    update: str | None = None  # the newest progress note: "data requested from BI"
    update_on: dt.date | None = None  # the day it was given
    folded: str | None = None  # ``progress`` with long lists of outstanding people cut short (None: the same)

    @property
    def short_progress(self) -> str | None:
        """The progress as the html and Markdown show it: long lists of outstanding people folded."""
        return self.folded or self.progress


@dataclass(frozen=True)
class TrackerReport:
    """The review for one board meeting: sections of rows, grouped by agenda item of origin."""

    board: str
    meeting: dt.date
    previous: dt.date | None
    generated: dt.date
    sections: tuple[tuple[str, tuple[TrackerRow, ...]], ...]
    engagement: Engagement | None = None  # the 12 months up to ``generated`` (html and xlsx); None: not asked for

    @property
    def rows(self) -> tuple[TrackerRow, ...]:
        return tuple(row for _, rows in self.sections for row in rows)

    @property
    def title(self) -> str:
        return f"Action Tracker Review – board meeting of {_day(self.meeting)}"

    def summary(self) -> str:
        """'7 actions: 5 open (2 overdue), 2 closed since 15 May 2015.'"""
        rows = self.rows
        open_rows = [r for r in rows if r.status == "open"]
        overdue = sum(r.overdue for r in open_rows)
        closed = len(rows) - len(open_rows)
        since = f"since {_day(self.previous)}" if self.previous else "so far"
        noun = "action" if len(rows) == 1 else "actions"
        return f"{len(rows)} {noun}: {len(open_rows)} open ({overdue} overdue), {closed} closed {since}."


def _day(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"
