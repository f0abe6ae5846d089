"""Restoring an export (`dscb import-board`): as a new board, or merged into the board it came from.

A database that already holds the export's board refuses a second copy; ``merge`` adds what the export has and
the board lacks, each row matched on a stable key (a member's name, email or chat id; a meeting's kind, date and
title; an action's number and creation time; an event's subject, change, time and author), so nothing is added
twice and merging the same export again adds nothing. Rows the board already has keep the board's values.
Every reference is remapped to the board's own ids, the event log's subjects included.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, UniqueConstraint, insert, select
from sqlalchemy.orm import Session

from bot.errors import InvalidInput
from bot.events import record_event
from bot.tracker.boards import bump_roster_version, check_board_name
from bot.tracker.records import FORMAT, VERSION, _tables, _typed, export_board
from bot.tracker.stored_text import cleaned
from store.models import Board, Event

# What makes a row the same row in another copy of the board, besides the tables' unique constraints.
_EXTRA_KEYS: dict[str, tuple[tuple[str, ...], ...]] = {
    "member": (("board_id", "email"), ("id", "created_at")),  # the same row of the same database (erased: renamed)
    "action": (("board_id", "created_at", "text"),),  # one renumbered by an earlier merge
    "group_membership": (("group_id", "member_id"),),
    "assignment": (("action_id", "member_id", "agency_id", "group_id", "external_name"),),
    "event": (("board_id", "entity", "entity_id", "change", "at", "actor"),),
}


# Tables whose keys match on an empty part too (a share with no agency, an event with no author).
_NONE_MATCHES = {"assignment", "event", "group_membership"}


@dataclass
class Restored:
    """What an import did: the board, whether it merged into one already here, and the rows it added."""

    board_id: int
    name: str
    merged: bool
    added: Counter[str] = field(default_factory=Counter)
    kept: int = 0  # rows of the export the board already had
    renumbered: dict[str, str] = field(default_factory=dict)  # an export's A-13 stored as A-20


def restore_board(session: Session, data: dict[str, Any], *, merge: bool = False, name: str | None = None) -> Restored:
    """Import an export: a new board (named ``name`` when given), or with ``merge`` into the board it came from;
    a database that already holds that board without ``merge`` is refused, and nothing is stored."""
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("version") != VERSION:
        raise InvalidInput("This is not a board assistant export (or it is from an unknown version).")
    tables = data.get("tables") or {}
    if len(tables.get("board", [])) != 1:
        raise InvalidInput("The export must hold exactly one board.")
    source = tables["board"][0]
    wanted = check_board_name(name) if name is not None else str(source.get("name") or "").strip()
    target = _same_board(session, source, _created_name(tables, source), wanted)
    if target is not None and not merge:
        raise InvalidInput(f"This database already holds {target.name} (the board this export is of), so nothing "
                           "was imported. Use --merge to add what the export has and the board lacks (nothing is "
                           "added twice), or import it into another database.")  # fmt: skip
    if target is not None and name is not None and name.strip().casefold() != target.name.casefold():
        raise InvalidInput(f"--board-name names a board at its first import; {target.name} is here already "
                           "(rename it with `dscb board rename`). Nothing was imported.")  # fmt: skip
    result = Restored(0, wanted, merged=target is not None)
    if target is None:
        row = cleaned(_typed(_table("board"), {k: v for k, v in source.items() if k != "id"}))
        row.update(name=wanted, slack_team_id=None)
        board_id = int(session.execute(insert(_table("board")).values(**row)).inserted_primary_key[0])  # type: ignore[attr-defined]
        target = session.get_one(Board, board_id)
    else:
        session.flush()
    result.board_id, result.name = target.id, target.name
    _Merge(session, target, tables, result).run(int(source["id"]))
    change = "merged" if result.merged else "imported"
    record_event(session, target.id, "board", target.id, change, new={"added": dict(sorted(result.added.items()))})
    bump_roster_version(session, target.id)
    return result


def _table(name: str) -> Table:
    return next(t for t in _tables() if t.name == name)


def _created_name(tables: dict[str, list[dict[str, Any]]], board: dict[str, Any]) -> str | None:
    """The name a board had when it was created, from its event log (a rename does not change it)."""
    for event in tables.get("event", []):
        if (event.get("entity"), event.get("entity_id"), event.get("change")) == ("board", board["id"], "created"):
            return str((event.get("new") or {}).get("name") or "") or None
    return None


def _same_board(session: Session, source: dict[str, Any], created_name: str | None, wanted: str) -> Board | None:
    """The board of this database that the export is of: the same creation time and first name (it was exported
    from here, or restored here before), or the name the import would give it."""
    boards = list(session.scalars(select(Board).order_by(Board.id)))
    created = {
        e.entity_id: (e.new or {}).get("name")
        for e in session.scalars(select(Event).where(Event.entity == "board", Event.change == "created"))
    }
    for board in boards:
        if board.created_at.isoformat() == source.get("created_at") and created.get(board.id) == created_name:
            return board
    folded = wanted.casefold()
    return next((b for b in boards if folded in (b.name.casefold(), (b.short_name or "").casefold())), None)


class _Merge:
    """One pass over the export's tables in dependency order (the event log last), each row matched to the
    board's own or added, and every reference remapped."""

    def __init__(self, session: Session, board: Board, tables: dict[str, list[dict[str, Any]]], out: Restored):
        self.session, self.board, self.tables, self.out = session, board, tables, out
        self.have = export_board(session, board.id)["tables"]  # the board as it stands, as plain rows
        self.ids: dict[str, dict[int, int]] = {}
        self.numbers = {int(r["number"]) for r in self.have.get("action", [])}  # action numbers taken

    def run(self, source_board_id: int) -> None:
        self.ids["board"] = {source_board_id: self.board.id}
        order = [t for t in _tables() if t.name not in ("board", "event")] + [_table("event")]
        for table in order:
            self._table(table)
        self.board.next_action_number = max([self.board.next_action_number, *(n + 1 for n in self.numbers)])

    def _table(self, table: Table) -> None:
        keys = [tuple(c.name for c in u.columns) for u in table.constraints if isinstance(u, UniqueConstraint)]
        keys += list(_EXTRA_KEYS.get(table.name, ()))
        index: dict[tuple[str, ...], dict[tuple[Any, ...], list[dict[str, Any]]]] = {k: {} for k in keys}
        for row in self.have.get(table.name, []):
            for key in keys:
                index[key].setdefault(tuple(row.get(c) for c in key), []).append(row)
        used: set[int] = set()
        mapping = self.ids.setdefault(table.name, {})
        for raw in self.tables.get(table.name, []):
            row = self._remapped(table, raw)
            old_id = row.pop("id", None)
            match = self._match(table.name, row, old_id, keys, index, used)
            if match is not None:
                used.add(id(match))
                self.out.kept += 1
                if old_id is not None and "id" in match:
                    mapping[old_id] = match["id"]
                continue
            if table.name == "action":
                self._number(row)
            result = self.session.execute(insert(table).values(**cleaned(_typed(table, row))))
            if old_id is not None:
                mapping[old_id] = int(result.inserted_primary_key[0])  # type: ignore[attr-defined]
            self.out.added[table.name] += 1

    def _number(self, row: dict[str, Any]) -> None:
        """An added action keeps its number unless the board has given it to another action: then the next free."""
        if int(row["number"]) in self.numbers:
            new_number = max(self.numbers) + 1
            self.out.renumbered[f"A-{row['number']}"] = f"A-{new_number}"
            row["number"] = new_number
        self.numbers.add(int(row["number"]))

    def _remapped(self, table: Table, raw: dict[str, Any]) -> dict[str, Any]:
        """The row with every reference to another row of the export turned into the board's own id."""
        row = dict(raw)
        for column in table.c:
            for fk in column.foreign_keys:
                target = fk.column.table.name
                if row.get(column.name) is not None:
                    if row[column.name] not in self.ids.get(target, {}):
                        raise InvalidInput(f"{table.name}.{column.name} refers to a missing {target} row.")
                    row[column.name] = self.ids[target][row[column.name]]
        if table.name == "event" and row.get("entity") in self.ids and row.get("entity_id") is not None:
            row["entity_id"] = self.ids[row["entity"]].get(row["entity_id"])  # a row no longer there: none
        return row

    def _match(
        self,
        table: str,
        row: dict[str, Any],
        old_id: int | None,
        keys: list[tuple[str, ...]],
        index: dict[tuple[str, ...], dict[tuple[Any, ...], list[dict[str, Any]]]],
        used: set[int],
    ) -> dict[str, Any] | None:
        """The board's row that is this one: found by a key whose values are all given, not matched before."""
        for key in keys:
            values = tuple(old_id if c == "id" else row.get(c) for c in key)
            if table not in _NONE_MATCHES and any(v is None for v in values):
                continue  # as in SQL, a key with a missing part is no key (two members without an email differ)
            for candidate in index[key].get(values, []):
                if id(candidate) in used:
                    continue
                if table == "action" and candidate.get("created_at") != row.get("created_at"):
                    continue  # the same number for another action: added under a new number
                return candidate
        return None
