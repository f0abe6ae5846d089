"""The append-only event log: every change with who made it, when, and old -> new values."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from store.models import Event


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
