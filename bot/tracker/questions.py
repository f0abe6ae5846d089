"""The assistant's open question to a member: kept so that a typed answer ("Karen Palk", "2", "yes") settles it
on any front end, however many processes serve the board. One per member; it lapses after ``LAPSES_AFTER``."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bot.replies import Option
from store.models import OpenQuestion

LAPSES_AFTER = dt.timedelta(hours=2)


def ask(session: Session, board_id: int, member_id: int, options: tuple[Option, ...], now: dt.datetime) -> None:
    """Remember the options the member was just offered (replacing any earlier question)."""
    close(session, board_id, member_id)
    kept = [{"label": o.label, "payload": o.payload, "answers": list(o.answers)} for o in options]
    session.add(OpenQuestion(board_id=board_id, member_id=member_id, asked_at=now, options=kept))


def take(session: Session, board_id: int, member_id: int, now: dt.datetime) -> list[dict[str, Any]]:
    """The options of the member's open question (none when it has lapsed); the question is closed either way."""
    row = session.scalar(
        select(OpenQuestion).where(OpenQuestion.board_id == board_id, OpenQuestion.member_id == member_id)
    )
    if row is None:
        return []
    options, asked = row.options, row.asked_at
    session.delete(row)
    return options if now - asked <= LAPSES_AFTER and isinstance(options, list) else []


def close(session: Session, board_id: int, member_id: int) -> None:
    session.execute(delete(OpenQuestion).where(OpenQuestion.board_id == board_id, OpenQuestion.member_id == member_id))
