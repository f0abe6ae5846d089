"""The append-only event log: every change with who made it, when, and old -> new values."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
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
    """Add one event to the log in the caller's transaction; a change repeated as it stands (the same change to the
    same thing, by the same person, to the same result as its last event) is one event, not stored again."""
    event = Event(
        board_id=board_id, entity=entity, entity_id=entity_id, change=change, actor_id=actor_id, actor=actor,
        old=old, new=new,
    )  # fmt: skip
    if old is not None and _plain(old) == _plain(new):
        return  # nothing changed
    if entity_id is not None and _same(event, _last_event(session, board_id, entity, entity_id)):
        return
    session.add(event)
    session.info.setdefault(_LAST, {})[(board_id, entity, entity_id)] = event


_LAST = "dscb_last_events"  # session.info: the newest event added about each thing in this session


def _last_event(session: Session, board_id: int, entity: str, entity_id: int) -> Event | None:
    """The newest event about one thing: one added in this session and not yet flushed, else the newest stored."""
    added = session.info.get(_LAST, {}).get((board_id, entity, entity_id))
    if added is not None and added in session.new:
        return added  # type: ignore[no-any-return]
    with session.no_autoflush:
        return session.scalar(
            select(Event)
            .where(Event.board_id == board_id, Event.entity == entity, Event.entity_id == entity_id)
            .order_by(Event.id.desc())
            .limit(1)
        )


def _same(event: Event, last: Event | None) -> bool:
    """Whether ``event`` repeats ``last``: the same change by the same person with the same result."""
    return (
        last is not None
        and (last.change, last.actor_id, last.actor) == (event.change, event.actor_id, event.actor)
        and _plain(last.new) == _plain(event.new)
    )


def _plain(value: dict[str, Any] | None) -> str:
    """A change's values as stored (JSON: keys as strings), to compare one not yet stored with one read back."""
    return json.dumps(value or None, sort_keys=True, default=str)


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
