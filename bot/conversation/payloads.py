"""Reading what comes back through the client: a question's payload rides in a button's value, so every value
is checked again (types, lengths, dates, links) before a use case acts on it; anything off is a stale choice."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.errors import InvalidInput
from bot.understanding.interpretation import Owner

STALE_CHOICE = "That choice is no longer valid; please write your message again."
PAYLOAD_TEXT_LIMIT = 1_500  # the longest text (a task, a message said again) a question's payload carries


def owner_json(owner: Owner) -> dict[str, Any]:
    found = {"kind": owner.kind, "name": owner.name, "id": owner.id}
    return {**found, "department": owner.department} if owner.department else found


def whole_number(value: object) -> int:
    """A count or id from a client's payload: a whole number of at most nine digits, else InvalidInput."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 10**9:
        return value
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 9:
        return int(value)
    raise InvalidInput(STALE_CHOICE)


def flag_of(value: object) -> bool:
    if value is None or isinstance(value, bool):
        return bool(value)
    raise InvalidInput(STALE_CHOICE)


def list_of(value: object) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise InvalidInput(STALE_CHOICE)
    return value


def text_of(value: object, limit: int) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > limit:
        raise InvalidInput(STALE_CHOICE)
    return value


def date_of(value: object) -> dt.date | None:
    if value is None:
        return None
    try:
        if isinstance(value, str) and len(value) == 10:
            return dt.date.fromisoformat(value)
    except ValueError:
        pass
    raise InvalidInput(STALE_CHOICE)


def link_of(value: object) -> str | None:
    link = text_of(value, 1_000)
    if link is not None and not link.startswith(("https://", "http://")):
        raise InvalidInput(STALE_CHOICE)
    return link
