"""What the minutes tests share: an empty board's name index (minutes read with no roster), and the reading's
people and actions in a form to compare."""

from __future__ import annotations

from bot.directory import Directory
from bot.minutes.reader import Minutes
from bot.understanding.names import NameIndex

EMPTY = NameIndex(Directory(board_id=0, board_name="", version=0))


def names(people: tuple[object, ...]) -> list[str]:
    return [p.name for p in people]  # type: ignore[attr-defined]


def owners(minutes: Minutes) -> dict[str, tuple[list[str], str | None]]:
    """Each action's text: its owners' names and its due date (ISO), or None."""
    return {a.text: ([o.name for o in a.owners], a.due.isoformat() if a.due else None) for a in minutes.actions}
