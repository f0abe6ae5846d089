"""The figures behind the partner engagement report (``dscb report engagement``): how each agency engages with the
board over a period, as plain frozen data. ``bot.reports.engagement`` computes them from the record and the event
log; ``bot.reports.engagement_render`` draws them (charts, the one-page html and pdf, the png); ``as_json`` gives
the numbers behind every chart.

Conventions every part keeps:
- ``agencies`` is the one order of agencies used by every chart and table (statutory partners first: local
  authority, police, health; then the others, each group by name). Every per-agency tuple follows it.
- Counts are of board meetings *held* in the period (``meetings``): a meeting in the future is not counted.
- An erased member still counts for their agency (erasure keeps the record's counts).
- Each chart has a caption in plain words, made here once, so the html, pdf and json say the same thing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class AgencyAttendance:
    """One agency across the period's held board meetings, each meeting counted once for the agency:
    ``attended`` (a member of the agency was present), else ``represented`` (a named representative attended for
    one of its members), else ``apologies`` (apologies sent, no representative), else ``absent``."""

    agency: str
    attended: int
    represented: int
    apologies: int
    absent: int

    @property
    def meetings(self) -> int:
        return self.attended + self.represented + self.apologies + self.absent


@dataclass(frozen=True, slots=True)
class AgencyActions:
    """One agency's actions (an action counts for each agency that owns a share of it): of those completed in the
    period, ``on_time`` (done on or before the due date, or with none) and ``late``; of those still open at the
    period's end, ``open`` (not yet due) and ``overdue``; ``median_days`` from recorded to done, over those
    completed in the period (None when none were)."""

    agency: str
    on_time: int
    late: int
    open: int
    overdue: int
    median_days: float | None

    @property
    def total(self) -> int:
        return self.on_time + self.late + self.open + self.overdue


@dataclass(frozen=True, slots=True)
class AuditProgress:
    """One audit cycle due or open in the period: S11 by agency (``subjects``: each agency's status), S175 as
    counts of schools. ``complete`` counts returns submitted or complete; ``percent`` is of ``total``."""

    type: str  # "S11", "S175", …
    cycle: str
    due: dt.date | None
    total: int
    complete: int
    subjects: tuple[tuple[str, str], ...] = ()  # (subject, status) for S11; empty for S175

    @property
    def percent(self) -> float:
        return round(100 * self.complete / self.total, 1) if self.total else 0.0


@dataclass(frozen=True, slots=True)
class TrendPoint:
    """Actions as they stood on a board meeting's date (from the record and the event log): ``open`` counts every
    open action, overdue ones included (unlike ``AgencyActions.open``); ``overdue`` those of them past due."""

    day: dt.date
    open: int
    overdue: int


@dataclass(frozen=True, slots=True)
class Captions:
    """One plain-language sentence under each chart ("Police attended 5 of 6 meetings; 2 of 9 actions overdue")."""

    attendance: str
    actions: str
    audits: str
    trend: str


@dataclass(frozen=True, slots=True)
class Engagement:
    board: str
    start: dt.date
    end: dt.date
    meetings: tuple[dt.date, ...]  # board meetings held in the period, in order
    agencies: tuple[str, ...]  # the one order of agencies for every chart
    attendance: tuple[AgencyAttendance, ...]
    actions: tuple[AgencyActions, ...]
    audits: tuple[AuditProgress, ...]
    trend: tuple[TrendPoint, ...]
    captions: Captions

    @property
    def empty(self) -> bool:
        """Nothing to draw: no meeting held and no action in the period (the report says so)."""
        return not self.meetings and not any(a.total for a in self.actions) and not self.audits


def as_json(engagement: Engagement) -> dict[str, Any]:
    """The numbers behind every chart, as plain JSON (dates as ISO strings)."""

    def plain(value: Any) -> Any:
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items()}
        if isinstance(value, list | tuple):
            return [plain(v) for v in value]
        return value

    data: dict[str, Any] = plain(asdict(engagement))
    data["attendance"] = [{**row, "meetings": a.meetings} for row, a in zip(data["attendance"], engagement.attendance,
                                                                          strict=True)]  # fmt: skip
    data["audits"] = [{**row, "percent": a.percent} for row, a in zip(data["audits"], engagement.audits, strict=True)]
    data["empty"] = engagement.empty
    return data
