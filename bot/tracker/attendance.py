"""Attendance: who is coming, quoracy, withdrawing apologies, and how partners have engaged over time."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.directory import Person
from bot.errors import NotAllowed, NotFound
from bot.events import record_event
from bot.tracker.apologies import attendance_of
from store.models import Agency, Attendance, AttendanceStatus, Board, Meeting, MeetingKind, Member


@dataclass(frozen=True, slots=True)
class AttendanceLine:
    member: str
    agency: str | None
    status: str  # present, apologies, absent, or "expected" before the meeting
    representative: str | None


@dataclass(frozen=True, slots=True)
class Quorum:
    meeting: dt.date
    members: int
    attending: int  # members expected (or recorded) present, counting named representatives
    needed: int
    missing_sectors: tuple[str, ...]

    @property
    def quorate(self) -> bool:
        return self.attending >= self.needed and not self.missing_sectors

    def describe(self) -> str:
        if self.quorate:
            return f"quorate: {self.attending} of {self.members} attending (at least {self.needed} needed)"
        reasons = []
        if self.attending < self.needed:
            reasons.append(f"only {self.attending} of {self.members} attending, {self.needed} needed")
        if self.missing_sectors:
            reasons.append(f"no one from {', '.join(self.missing_sectors)}")
        return "at risk of being inquorate: " + "; ".join(reasons)


def attendance_list(session: Session, board_id: int, meeting: Meeting, today: dt.date) -> list[AttendanceLine]:
    """Every board member with their status for the meeting (two queries)."""
    rows = {a.member_id: a for a in session.scalars(select(Attendance).where(Attendance.meeting_id == meeting.id))}
    members = session.execute(
        select(Member, Agency.name)
        .outerjoin(Agency, Agency.id == Member.agency_id)
        .where(Member.board_id == board_id, Member.on_board.is_(True), Member.active.is_(True))
        .order_by(Member.name)
    ).all()
    lines = []
    for member, agency in members:
        row = rows.get(member.id)
        status = row.status.value if row else ("absent" if meeting.date < today else "expected")
        lines.append(AttendanceLine(member.name, agency, status, row.representative if row else None))
    return lines


def check_quorum(session: Session, board_id: int, meeting: Meeting) -> Quorum:
    """The board's rule: enough members attending, and each statutory sector represented."""
    board = session.get_one(Board, board_id)
    members = session.execute(
        select(Member.id, Agency.sector)
        .outerjoin(Agency, Agency.id == Member.agency_id)
        .where(Member.board_id == board_id, Member.on_board.is_(True), Member.active.is_(True))
    ).all()
    away = {
        a.member_id
        for a in session.scalars(select(Attendance).where(Attendance.meeting_id == meeting.id))
        if a.status is not AttendanceStatus.PRESENT and not a.representative
    }
    attending = [sector for member_id, sector in members if member_id not in away]
    needed = math.ceil(board.quorum_fraction * len(members))
    present_sectors = {s.value for s in attending if s is not None}
    missing = tuple(s for s in board.quorum_sectors or () if s not in present_sectors)
    return Quorum(meeting.date, len(members), len(attending), needed, missing)


def withdraw_apologies(session: Session, board_id: int, member_id: int, meeting: Meeting, *, by: Person) -> bool:
    """The member will attend after all; False when no apologies were recorded."""
    if not by.may_act_for(member_id):
        raise NotAllowed("Members withdraw their own apologies; the business manager can do it for others.")
    row = attendance_of(session, meeting.id, member_id)
    if row is None or row.status is not AttendanceStatus.APOLOGIES:
        return False
    old = {"status": row.status.value, "representative": row.representative}
    session.delete(row)
    session.flush()
    record_event(session, board_id, "attendance", row.id, "apologies withdrawn", actor_id=by.id, actor=by.name,
                 old=old, new={"meeting": meeting.date.isoformat()})  # fmt: skip
    return True


@dataclass(frozen=True, slots=True)
class HistoryLine:
    meeting: dt.date
    name: str  # the member, or the agency
    present: int
    apologies: int
    represented: int
    absent: int


def attendance_history(
    session: Session, board_id: int, *, member_id: int | None = None, agency_id: int | None = None
) -> list[HistoryLine]:
    """Per board meeting held: how a member (or an agency's members) attended, for the inspectorate."""
    if member_id is None and agency_id is None:
        raise NotFound("Say whose attendance: a member or an agency.")
    meetings = session.scalars(
        select(Meeting).where(Meeting.board_id == board_id, Meeting.kind == MeetingKind.BOARD).order_by(Meeting.date)
    ).all()
    who = select(Member.id).where(Member.board_id == board_id)
    who = who.where(Member.id == member_id) if member_id is not None else who.where(Member.agency_id == agency_id)
    people = set(session.scalars(who))
    name = (session.get_one(Member, member_id).name if member_id is not None
            else session.get_one(Agency, agency_id).name)  # fmt: skip
    rows = session.scalars(
        select(Attendance).where(Attendance.meeting_id.in_([m.id for m in meetings]), Attendance.member_id.in_(people))
    ).all()
    by_meeting: dict[int, list[Attendance]] = {}
    for row in rows:
        by_meeting.setdefault(row.meeting_id, []).append(row)
    lines = []
    for meeting in meetings:
        records = by_meeting.get(meeting.id, [])
        if not records:
            continue
        present = sum(r.status is AttendanceStatus.PRESENT for r in records)
        represented = sum(r.status is AttendanceStatus.APOLOGIES and bool(r.representative) for r in records)
        apologies = sum(r.status is AttendanceStatus.APOLOGIES for r in records) - represented
        absent = sum(r.status is AttendanceStatus.ABSENT for r in records)
        lines.append(HistoryLine(meeting.date, name, present, apologies, represented, absent))
    return lines
