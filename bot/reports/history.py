"""An action's life in words (`dscb history A-12`): "15 May: recorded by Martine McFadden for Pam Smith, due
30 June", "2 June: Pam Smith: data requested from BI", read from the event log in the board's local time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import clock
from bot.replies import ActionView
from bot.tracker.actions import HistoryEntry, find_action, show_action
from store.models import Board, Event, Meeting


@dataclass(frozen=True, slots=True)
class ActionHistory:
    """An action as it stands, its events as stored, and each event in words."""

    view: ActionView
    entries: tuple[HistoryEntry, ...]
    lines: tuple[str, ...]
    today: dt.date


def action_history(session: Session, board_id: int, number: int, today: dt.date | None = None) -> ActionHistory:
    """The life of action A-``number``, each event worded with its local date ("15 May", with the year when it
    is not ``today``'s)."""
    zone = session.scalar(select(Board.time_zone).where(Board.id == board_id)) or clock.LOCAL_ZONE
    today = today or clock.today(zone)
    action = find_action(session, board_id, number)
    meeting = session.get(Meeting, action.meeting_id) if action.meeting_id else None
    origin = f"at the meeting of {_day(meeting.date, today)}" if meeting else ""
    if origin and action.agenda_item:
        origin += f" (item {action.agenda_item})"
    # In the order the log was written (its ids): a simulated clock and the real one may both have written it.
    events = session.scalars(
        select(Event)
        .where(Event.board_id == board_id, Event.entity == "action", Event.entity_id == action.id)
        .order_by(Event.id)
    )
    entries = [HistoryEntry(e.at, e.actor, e.change, e.old, e.new) for e in events]
    lines = tuple(
        f"{_day(clock.to_local(e.at, zone).date(), today)}: {event_words(e.change, e.who, e.old, e.new, today, origin)}"
        for e in entries
    )
    return ActionHistory(show_action(session, board_id, number, today), tuple(entries), lines, today)


def event_words(
    change: str,
    who: str | None,
    old: Mapping[str, Any] | None,
    new: Mapping[str, Any] | None,
    today: dt.date,
    origin: str = "",
) -> str:
    """One event in words: 'recorded by Martine McFadden for Pam Smith, due 30 June', 'Pam Smith: data requested
    from BI', 'Viv Townsend moved the due date from 29 May to 26 June', 'dropped by Martine McFadden: superseded'."""
    old, new = old or {}, new or {}
    by = who or "someone"
    if change == "recorded":
        owners = _names(new.get("owners"))
        said = " ".join(w for w in ("recorded", f"by {who}" if who else "", origin) if w)
        return f"{said} {f'for {owners}' if owners else 'with no owner yet'}, {_due(new, today)}"
    if change == "re-dated":
        before, after = _date(old.get("due"), today), _date(new.get("due"), today)
        if after is None:
            return f"{by} took the due date off (it was {before})" if before else f"{by} took the due date off"
        return f"{by} moved the due date from {before} to {after}" if before else f"{by} set the due date: {after}"
    if change == "update":
        return f"{by} (from {new['for']}): {new.get('note', '')}" if new.get("for") else f"{by}: {new.get('note', '')}"
    if change == "reassigned":
        before, after = _names(old.get("owners")), _names(new.get("owners")) or "nobody"
        return f"{by} reassigned it from {before} to {after}" if before else f"{by} gave it to {after}"
    if change == "share dropped":
        return f"{new.get('for') or 'a member'}'s part dropped ({new.get('reason') or 'no reason given'})"
    if change == "shared":
        parts = [f"now also with {_names(new.get('added'))}" if new.get("added") else "",
                 f"no longer with {_names(new.get('removed'))}" if new.get("removed") else ""]  # fmt: skip
        groups = _names(new.get("groups"))
        return f"shared{f' through {groups}' if groups else ''}: {'; '.join(p for p in parts if p) or 'unchanged'}"
    if change in ("done", "dropped"):
        return _closed(change, by, old, new)
    detail = ", ".join(f"{k}: {v}" for k, v in new.items() if v not in (None, [], {}))
    return f"{change} by {by}{f' ({detail})' if detail else ''}"


def _closed(change: str, by: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> str:
    """'marked done by Pam Smith', 'Martine McFadden marked Pam Smith's part done', 'dropped by …: reason'."""
    shares = len(new.get("assignments") or old.get("assignments") or {})
    parts = f" ({shares} parts)" if shares > 1 else ""
    if change == "done":
        if new.get("for"):
            return f"{by} marked {new['for']}'s part done"
        return f"marked done by {by}{parts}"
    reason = new.get("reason")
    return f"dropped by {by}{f': {reason}' if reason else ''}"


def _due(new: Mapping[str, Any], today: dt.date) -> str:
    day = _date(new.get("due"), today)
    if day:
        return f"due {day}"
    return "due as soon as possible" if new.get("asap") else "no due date"


def _date(value: Any, today: dt.date) -> str | None:
    if not value:
        return None
    try:
        return _day(dt.date.fromisoformat(str(value)), today)
    except ValueError:
        return str(value)


def _day(day: dt.date, today: dt.date) -> str:
    """'30 June', with the year when it is not this year: '30 June 2014'."""
    return f"{day.day} {day:%B}" + (f" {day.year}" if day.year != today.year else "")


def _names(value: Any) -> str:
    """'Pam Smith', 'Pam Smith and Viv Townsend', 'A, B and C' from a stored list of names."""
    items: Sequence[str] = [str(v) for v in value or ()] if not isinstance(value, str) else [value]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
