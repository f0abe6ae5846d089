"""A board's whole record: export (restorable with import_board) and erasure of one person's personal data."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import Date, DateTime, Enum, Table, Time, insert, select
from sqlalchemy.orm import Session

from bot.errors import InvalidInput
from bot.events import record_event
from bot.tracker.stored_text import cleaned
from store.clock import utcnow
from store.models import Base

FORMAT = "board-assistant export"
VERSION = 1
# Rows that belong to a board through a parent rather than a board_id column.
_THROUGH = {"group_membership": ("group_id", "group"), "attendance": ("meeting_id", "meeting"),
            "assignment": ("action_id", "action"), "audit_return": ("cycle_id", "audit_cycle")}  # fmt: skip
_TRANSIENT = {"processed_event", "delivery", "open_question", "chat_address"}  # bookkeeping, not the record


def _tables() -> list[Table]:
    return [t for t in Base.metadata.sorted_tables if t.name not in _TRANSIENT]


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return value


def export_board(session: Session, board_id: int) -> dict[str, Any]:
    """Every row of the board, table by table in dependency order (one query a table)."""
    ids: dict[str, set[int]] = {}
    tables: dict[str, list[dict[str, Any]]] = {}
    for table in _tables():
        if table.name == "board":
            query = select(table).where(table.c.id == board_id)
        elif "board_id" in table.c:
            query = select(table).where(table.c.board_id == board_id)
        elif table.name in _THROUGH:
            column, parent = _THROUGH[table.name]
            query = select(table).where(table.c[column].in_(ids.get(parent, set())))
        else:
            continue
        rows = [dict(r._mapping) for r in session.execute(query)]
        if "id" in table.c:
            ids[table.name] = {r["id"] for r in rows}
        tables[table.name] = [{k: _plain(v) for k, v in r.items()} for r in rows]
    return {"format": FORMAT, "version": VERSION, "exported_at": utcnow().isoformat() + "+00:00", "tables": tables}


def _typed(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key, value in row.items():
        if key not in table.c:
            raise InvalidInput(f"The export has an unknown column {table.name}.{key}.")
        kind = table.c[key].type
        if value is not None and isinstance(kind, DateTime):
            value = dt.datetime.fromisoformat(value)
        elif value is not None and isinstance(kind, Date):
            value = dt.date.fromisoformat(value)
        elif value is not None and isinstance(kind, Time):
            value = dt.time.fromisoformat(value)
        elif value is not None and isinstance(kind, Enum) and kind.enum_class is not None:
            value = kind.enum_class(value)
        out[key] = value
    return out


def import_board(session: Session, data: dict[str, Any], *, slack_team_id: str | None = None) -> int:
    """Restore an export as a new board (new ids, every reference remapped); returns the board's id."""
    if data.get("format") != FORMAT or data.get("version") != VERSION:
        raise InvalidInput("This is not a board assistant export (or it is from an unknown version).")
    tables = data.get("tables") or {}
    if len(tables.get("board", [])) != 1:
        raise InvalidInput("The export must hold exactly one board.")
    new_ids: dict[str, dict[int, int]] = {}
    for table in _tables():
        rows = tables.get(table.name, [])
        mapping = new_ids.setdefault(table.name, {})
        for raw in rows:
            row = cleaned(_typed(table, raw))
            for column in table.c:
                for fk in column.foreign_keys:
                    target = fk.column.table.name
                    if row.get(column.name) is not None:
                        if row[column.name] not in new_ids.get(target, {}):
                            raise InvalidInput(f"{table.name}.{column.name} refers to a missing {target} row.")
                        row[column.name] = new_ids[target][row[column.name]]
            if table.name == "board":
                row["slack_team_id"] = slack_team_id
            old_id = row.pop("id", None)
            result = session.execute(insert(table).values(**row))
            if old_id is not None:
                mapping[old_id] = result.inserted_primary_key[0]  # type: ignore[attr-defined]
    board_id = next(iter(new_ids["board"].values()))
    record_event(session, board_id, "board", board_id, "imported", new={"rows": sum(len(r) for r in tables.values())})
    return int(board_id)


# Erasure and leaving live in bot/tracker/leaving.py (they keep the past's counts true).
