"""The last check on every text the board's record stores, whatever path it came by.

Use cases check what people write as they read it (``bot.understanding.privacy.guard``), so the writer gets a
useful answer. This module is the backstop beneath them all: before any flush, every text value of every new or
changed row (JSON lists and dicts included, such as the event log's old and new values) has its control characters
removed (PostgreSQL refuses NUL; reports and spreadsheets break on the others) and is checked by the privacy
guard, which refuses the whole unit of work when a child could be identified. A path added later, a button's
forged value, a CSV or an imported board are covered without remembering to call anything.

``install()`` registers the check for every SQLAlchemy session in the process; importing ``bot`` does it.
"""

from __future__ import annotations

import re
from itertools import chain
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from bot.understanding.privacy import guard

# Values that are identifiers, not prose: platform ids, delivery keys, links and addresses (a Teams conversation
# reference: its ids and service URL). They hold digits in groups (a trigger id, a permalink's timestamp, a port)
# that could read as an NHS number, and no person writes them.
IDENTIFIERS = frozenset(
    {"key", "slack_user_id", "teams_user_id", "slack_team_id", "source_link", "email", "time_zone", "error",
     "claimed_by", "linked_to", "slack_user", "user_id", "team_id", "address"}
)  # fmt: skip
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def without_controls(text: str) -> str:
    """Text without control characters other than tab, newline and carriage return."""
    return _CONTROL.sub("", text) if _CONTROL.search(text) else text


def cleaned(value: Any) -> Any:
    """The value with every string in it cleaned and checked (dict keys named in IDENTIFIERS are left alone).
    Rows written with SQL expressions rather than ORM objects (restoring an export) pass through this."""
    if isinstance(value, str):
        text = without_controls(value)
        guard(text)
        return text
    if isinstance(value, list):
        return [cleaned(item) for item in value]
    if isinstance(value, dict):
        return {k: v if k in IDENTIFIERS else cleaned(v) for k, v in value.items()}
    return value


def _check_before_flush(session: Session, _context: Any, _instances: Any) -> None:
    for row in chain(session.new, session.dirty):
        state = inspect(row)
        changed_only = row in session.dirty
        for attribute in state.mapper.column_attrs:
            key = attribute.key
            if key in IDENTIFIERS or key not in state.dict:
                continue
            if changed_only and not state.attrs[key].history.has_changes():
                continue
            value = state.dict[key]
            if isinstance(value, str | list | dict):
                checked = cleaned(value)
                if checked != value:
                    setattr(row, key, checked)


def install() -> None:
    """Check every flush of every session in this process (idempotent)."""
    if not event.contains(Session, "before_flush", _check_before_flush):
        event.listen(Session, "before_flush", _check_before_flush)
