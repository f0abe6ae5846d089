"""What the engagement tests share: a year of board life written through the product itself, at given times."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from bot import clock
from bot.conversation.assistant import Assistant
from bot.tracker.audits import set_status
from store import db
from store.models import AuditReturn, AuditStatus

MANAGER = "Martine McFadden"


def say(url: str, board_id: int, who: str, text: str, when: str) -> str:
    """A message in chat at a given time (the clock fixed then, so that what it stores carries that time)."""
    at = dt.datetime.fromisoformat(when)
    assistant = Assistant(url, board_id)
    with clock.fixed_at(at):
        with db.transaction(url) as session:
            writer = assistant.writer(session, who)
        return assistant.reply(writer, text, at).text


def recorded(reply: str) -> str:
    """'Recorded A-14: …' -> 'A-14'."""
    assert reply.startswith("Recorded A-"), reply
    return reply.split()[1].rstrip(":.,")


def s11(url: str, board_id: int, agency: str, status: AuditStatus, when: str) -> None:
    """The business manager sets an agency's S11 return at a given time."""
    at = dt.datetime.fromisoformat(when)
    with clock.fixed_at(at), db.transaction(url) as session:
        manager = Assistant(url, board_id).writer(session, MANAGER)
        row = session.scalars(select(AuditReturn).where(AuditReturn.subject == agency)).one()
        set_status(session, board_id, row.id, status, by=manager)
