"""Apologies for absence, with the named representative who attends in the member's place."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.directory import Person
from bot.errors import InvalidInput, NotAllowed, NotFound
from bot.events import record_event
from store.models import Attendance, AttendanceStatus, Meeting, MeetingKind, Member


@dataclass(frozen=True, slots=True)
class ApologyRecorded:
    member: str
    meeting: Meeting
    representative: str | None


def meeting_on(session: Session, board_id: int, day: dt.date) -> Meeting:
    """The meeting on a day (a board meeting first, if there are several)."""
    meetings = session.scalars(select(Meeting).where(Meeting.board_id == board_id, Meeting.date == day)).all()
    if not meetings:
        raise NotFound(f"There is no meeting on {day:%A} {day.day} {day:%B %Y} in the board's calendar.")
    return sorted(meetings, key=lambda m: m.kind is not MeetingKind.BOARD)[0]


def send_apologies(
    session: Session,
    board_id: int,
    member_id: int,
    day: dt.date,
    *,
    representative: str | None,
    by: Person,
    today: dt.date,
) -> ApologyRecorded:
    """Record a member's apologies for the meeting on ``day`` (their standing representative by default)."""
    if not by.may_act_for(member_id):
        raise NotAllowed("Members send their own apologies; the business manager can record them for others.")
    if day < today:
        raise InvalidInput(f"The meeting on {day:%a} {day.day} {day:%B} has already taken place.")
    meeting = meeting_on(session, board_id, day)
    member = session.get(Member, member_id)
    if member is None or member.board_id != board_id:
        raise NotFound("That member is not on this board.")
    representative = (representative or member.representative or "").strip()[:200] or None
    row = attendance_of(session, meeting.id, member_id)
    old = {"status": row.status.value, "representative": row.representative} if row else None
    new = {"status": AttendanceStatus.APOLOGIES.value, "representative": representative}
    if old == new:
        return ApologyRecorded(member.name, meeting, representative)
    if row is None:
        row = Attendance(meeting_id=meeting.id, member_id=member_id, status=AttendanceStatus.APOLOGIES)
        session.add(row)
    row.status = AttendanceStatus.APOLOGIES
    row.representative = representative
    session.flush()
    record_event(
        session, board_id, "attendance", row.id, "apologies", actor_id=by.id, actor=by.name, old=old,
        new={**new, "meeting": meeting.date.isoformat(), "member": member.name},
    )  # fmt: skip
    return ApologyRecorded(member.name, meeting, representative)


def attendance_of(session: Session, meeting_id: int, member_id: int) -> Attendance | None:
    return session.scalar(
        select(Attendance).where(Attendance.meeting_id == meeting_id, Attendance.member_id == member_id)
    )
