"""What the board's record holds after a conversation, read straight from the store: the end-to-end conversation
tests assert on these, never on the reply's wording alone."""

from __future__ import annotations

from sqlalchemy import select

from bot.conversation.assistant import Assistant
from store import db
from store.models import Assignment, Attendance, AttendanceStatus, Member


def assignments(assistant: Assistant) -> list[tuple[str, str]]:
    """Every owner's part of every action, in the order recorded: (owner, status)."""
    with db.transaction(assistant.database_url) as session:
        rows = session.scalars(select(Assignment).order_by(Assignment.id))
        return [(a.owner_name, a.status.value) for a in rows]


def apologies_with_stand_ins(assistant: Assistant) -> list[tuple[str, str | None]]:
    """The members whose apologies are recorded, by name, with who stands in for them."""
    with db.transaction(assistant.database_url) as session:
        rows = session.execute(
            select(Member.name, Attendance.representative)
            .join(Attendance, Attendance.member_id == Member.id)
            .where(Attendance.status == AttendanceStatus.APOLOGIES)
        )
        return sorted((name, representative) for name, representative in rows)


def apologies(assistant: Assistant) -> list[str]:
    """The members whose apologies are recorded, by name."""
    return [name for name, _ in apologies_with_stand_ins(assistant)]


def away(assistant: Assistant) -> dict[str, str]:
    """Every member on leave, by name, with their last day away."""
    with db.transaction(assistant.database_url) as session:
        rows = session.execute(select(Member.name, Member.away_until).where(Member.away_until.is_not(None)))
        return {name: day.isoformat() for name, day in rows}
