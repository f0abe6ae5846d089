"""The append-only event log: every change with who made it, when, and old -> new values."""

from __future__ import annotations

from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from store.models import Event, ProcessedEvent


def record_event(
    session: Session,
    board_id: int,
    entity: str,
    entity_id: int | None,
    change: str,
    *,
    actor_id: int | None = None,
    actor: str | None = None,
    old: dict[str, Any] | None = None,
    new: dict[str, Any] | None = None,
) -> None:
    """Add one event to the log in the caller's transaction."""
    session.add(
        Event(
            board_id=board_id,
            entity=entity,
            entity_id=entity_id,
            change=change,
            actor_id=actor_id,
            actor=actor,
            old=old,
            new=new,
        )
    )


def first_delivery(session: Session, board_id: int, key: str) -> bool:
    """Record a delivery key (a platform's event id, a request's trigger id); False when it was recorded before
    (a redelivery or a replay)."""
    try:
        with session.begin_nested():
            session.add(ProcessedEvent(board_id=board_id, key=key[:100]))
            session.flush()
    except IntegrityError:
        return False
    return True
