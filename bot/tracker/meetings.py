"""Board meetings, workshops, sub-group meetings and audit panels."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.errors import InvalidInput
from bot.events import record_event
from bot.tracker.boards import bump_roster_version
from store.models import Meeting, MeetingKind


def parse_kind(text: str) -> MeetingKind:
    try:
        return MeetingKind(text.strip().lower().replace("_", " ").replace("subgroup", "sub-group"))
    except ValueError:
        allowed = ", ".join(k.value for k in MeetingKind)
        raise InvalidInput(f"Unknown meeting kind {text!r}; use one of {allowed}.") from None


def add_meeting(
    session: Session,
    board_id: int,
    date: dt.date,
    *,
    kind: MeetingKind = MeetingKind.BOARD,
    start: dt.time | None = None,
    end: dt.time | None = None,
    venue: str | None = None,
    title: str = "",
    actor: str | None = None,
) -> tuple[Meeting, bool]:
    """Add a meeting, or fill in a known one's times and venue; returns (meeting, created)."""
    if start and end and end <= start:
        raise InvalidInput(f"The meeting ends ({end:%H:%M}) before it starts ({start:%H:%M}).")
    meeting = session.scalar(
        select(Meeting).where(
            Meeting.board_id == board_id, Meeting.kind == kind, Meeting.date == date, Meeting.title == title
        )
    )
    created = meeting is None
    if meeting is None:
        meeting = Meeting(board_id=board_id, kind=kind, date=date, title=title)
        session.add(meeting)
    old = {"start": _hm(meeting.start), "end": _hm(meeting.end), "venue": meeting.venue}
    meeting.start = start or meeting.start
    meeting.end = end or meeting.end
    meeting.venue = venue or meeting.venue
    new = {"start": _hm(meeting.start), "end": _hm(meeting.end), "venue": meeting.venue}
    session.flush()
    if created or old != new:
        record_event(
            session,
            board_id,
            "meeting",
            meeting.id,
            "added" if created else "updated",
            actor=actor,
            old=None if created else old,
            new={"date": date.isoformat(), "kind": kind.value, **new},
        )
        bump_roster_version(session, board_id)
    return meeting, created


def list_meetings(session: Session, board_id: int, *, kind: MeetingKind | None = None) -> list[Meeting]:
    query = select(Meeting).where(Meeting.board_id == board_id)
    if kind is not None:
        query = query.where(Meeting.kind == kind)
    return list(session.scalars(query.order_by(Meeting.date, Meeting.start)))


def meeting_as_dict(meeting: Meeting) -> dict[str, str | None]:
    return {
        "date": meeting.date.isoformat(),
        "kind": meeting.kind.value,
        "title": meeting.title or None,
        "start": _hm(meeting.start),
        "end": _hm(meeting.end),
        "venue": meeting.venue,
    }


def describe_meeting(meeting: Meeting) -> str:
    """'Friday 10 July 2015, 10:00–14:00, Saltwells EDC'."""
    parts = [f"{meeting.date:%A} {meeting.date.day} {meeting.date:%B %Y}"]
    if meeting.start:
        parts.append(f"{meeting.start:%H:%M}" + (f"–{meeting.end:%H:%M}" if meeting.end else ""))
    if meeting.venue:
        parts.append(meeting.venue)
    return ", ".join(parts)


def _hm(value: dt.time | None) -> str | None:
    return value.strftime("%H:%M") if value else None
