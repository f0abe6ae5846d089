"""What a member sees on their home page: their actions, the next meeting, their agency's audit returns,
and for the manager and chair, the board's counts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from bot.directory import MANAGERS, Directory, Person
from bot.replies import ActionView
from bot.tracker import actions, audits
from bot.tracker.apologies import attendance_of
from bot.understanding.interpretation import Owner
from store.models import (
    Action,
    Agency,
    Assignment,
    AssignmentStatus,
    AuditCycle,
    AuditReturn,
    Meeting,
    MeetingKind,
    Member,
)


@dataclass(frozen=True, slots=True)
class NextMeeting:
    date: dt.date
    kind: str
    start: dt.time | None
    end: dt.time | None
    venue: str | None
    my_status: str | None  # "apologies" when the member has sent them
    representative: str | None

    @property
    def day_words(self) -> str:
        """'Friday 10 July 2015'."""
        return f"{self.date:%A} {self.date.day} {self.date:%B %Y}"

    @property
    def time_and_place(self) -> str:
        """', 10:00–14:00, Saltwells EDC' (the venue as written: escape it for markup), or ''."""
        words = f", {self.start:%H:%M}" + (f"–{self.end:%H:%M}" if self.end else "") if self.start else ""
        return words + (f", {self.venue}" if self.venue else "")


@dataclass(frozen=True, slots=True)
class AuditLine:
    id: int
    type: str
    cycle: str
    subject: str
    status: str
    due: dt.date | None
    overdue: bool


@dataclass(frozen=True, slots=True)
class BoardCounts:
    open_actions: int
    overdue_actions: int
    overdue_by_agency: tuple[tuple[str, int], ...]
    audits_outstanding: int


@dataclass(frozen=True, slots=True)
class Home:
    member: str
    actions: tuple[ActionView, ...]  # the first of the member's open actions, overdue first
    next_meeting: NextMeeting | None
    audits: tuple[AuditLine, ...] = ()
    board: BoardCounts | None = None
    open_total: int | None = None  # all the member's open actions (None: ``actions`` holds every one)
    overdue_total: int = 0


def home_for(
    session: Session, board_id: int, member: Person, directory: Directory, today: dt.date, *, limit: int | None = None
) -> Home:
    """A member's home page; ``limit`` caps the actions listed, the totals count them all."""
    mine = actions.owed_page(
        session, board_id, owners=[Owner("member", member.name, member.id)], directory=directory, today=today,
        limit=limit,
    )  # fmt: skip
    return Home(
        member.name,
        mine.views,
        _next_meeting(session, board_id, member, today),
        tuple(_agency_audits(session, board_id, member, today)),
        _board_counts(session, board_id, today) if member.role in MANAGERS else None,
        open_total=mine.total,
        overdue_total=mine.overdue,
    )


def _next_meeting(session: Session, board_id: int, member: Person, today: dt.date) -> NextMeeting | None:
    meeting = session.scalar(
        select(Meeting)
        .where(Meeting.board_id == board_id, Meeting.kind == MeetingKind.BOARD, Meeting.date >= today)
        .order_by(Meeting.date)
    )
    if meeting is None:
        return None
    attendance = attendance_of(session, meeting.id, member.id)
    return NextMeeting(
        meeting.date, meeting.kind.value, meeting.start, meeting.end, meeting.venue,
        attendance.status.value if attendance else None, attendance.representative if attendance else None,
    )  # fmt: skip


def _agency_audits(session: Session, board_id: int, member: Person, today: dt.date) -> list[AuditLine]:
    if member.agency_id is None:
        return []
    rows = session.execute(
        select(AuditReturn, AuditCycle)
        .join(AuditCycle, AuditCycle.id == AuditReturn.cycle_id)
        .where(AuditCycle.board_id == board_id, AuditReturn.agency_id == member.agency_id)
        .order_by(AuditCycle.type, AuditCycle.name)
    ).all()
    lines = []
    for row, cycle in rows:
        overdue = audits.is_overdue(row, today)
        lines.append(AuditLine(row.id, cycle.type.value, cycle.name, row.subject, row.status.value,
                               row.due or cycle.due, overdue))  # fmt: skip
    return lines


def _board_counts(session: Session, board_id: int, today: dt.date) -> BoardCounts:
    open_ids = (
        select(Assignment.action_id)
        .join(Action, Action.id == Assignment.action_id)
        .where(Action.board_id == board_id, Assignment.status == AssignmentStatus.OPEN)
        .distinct()
    )
    late = case((Action.due < today, 1), else_=0)
    open_count, overdue_count = session.execute(
        select(func.count(), func.coalesce(func.sum(late), 0)).where(Action.id.in_(open_ids))
    ).one()
    by_agency = session.execute(
        select(Agency.name, func.count(func.distinct(Action.id)))
        .select_from(Assignment)
        .join(Action, Action.id == Assignment.action_id)
        .outerjoin(Member, Member.id == Assignment.member_id)
        .outerjoin(Agency, Agency.id == func.coalesce(Assignment.agency_id, Member.agency_id))
        .where(Action.board_id == board_id, Assignment.status == AssignmentStatus.OPEN, Action.due < today)
        .group_by(Agency.name)
        .order_by(func.count(func.distinct(Action.id)).desc())
    ).all()
    outstanding = (
        session.scalar(
            select(func.count())
            .select_from(AuditReturn)
            .join(AuditCycle, AuditCycle.id == AuditReturn.cycle_id)
            .where(AuditCycle.board_id == board_id, AuditCycle.closed.is_(False))
            .where(AuditReturn.status.not_in(audits.DONE))
        )
        or 0
    )
    overdue_by_agency = tuple((name or "no agency", int(n)) for name, n in by_agency)
    return BoardCounts(int(open_count), int(overdue_count), overdue_by_agency, outstanding)
