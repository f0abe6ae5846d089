"""Members on leave: ``Member.away_until`` is the last day a member is away (inclusive); digests and reminders
skip them until then, and the business manager's digest lists them as away. Reading leave wording is
``bot.understanding.leave``.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from bot.directory import Person
from bot.errors import NotAllowed, NotFound
from bot.events import record_event
from store.models import Member

__all__ = ["set_leave"]


def set_leave(
    session: Session,
    board_id: int,
    member_id: int,
    until: dt.date | None,
    *,
    by: Person,
    via: str | None = None,
) -> None:
    """Record that a member is away until a day (inclusive), or back (None); members set their own leave,
    the business manager and the chair anyone's. ``via`` says where it came from ("Slack status")."""
    if not by.may_act_for(member_id):
        raise NotAllowed("Members set their own leave; the business manager or the chair can set it for others.")
    member = session.get(Member, member_id)
    if member is None or member.board_id != board_id:
        raise NotFound("That member is not on this board.")
    if member.away_until == until:
        return
    old = {"away_until": member.away_until.isoformat() if member.away_until else None}
    member.away_until = until
    session.flush()
    new: dict[str, str | None] = {"away_until": until.isoformat() if until else None}
    if via:
        new["via"] = via
    record_event(session, board_id, "member", member_id, "leave" if until else "back", actor_id=by.id,
                 actor=by.name, old=old, new=new)  # fmt: skip
