"""The core's clock: what "now" and "today" are for everything the core stores and answers.

It is ``store.clock`` seen in the board's local time. A caller (a `dscb` command with ``--now``, a console session,
a test) fixes it with ``fixed_at`` or ``fix``; every timestamp stored meanwhile (events, records, done dates,
apologies) is then the simulated one, and the real clock is used otherwise.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import Token
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from store.clock import fix_clock, fixed_utc, unfix_clock, utcnow

LOCAL_ZONE = "Europe/London"

__all__ = [
    "LOCAL_ZONE",
    "fix",
    "fixed_at",
    "is_fixed",
    "local_day",
    "local_now",
    "to_local",
    "to_utc",
    "today",
    "unfix",
    "utc_midnight",
    "utcnow",
    "zone_of",
]  # fmt: skip


def utc_midnight(day: dt.date, zone: dt.tzinfo) -> dt.datetime:
    """The start of ``day`` in a board's time zone, as the naive UTC the store keeps."""
    return dt.datetime.combine(day, dt.time(), zone).astimezone(dt.UTC).replace(tzinfo=None)


def local_day(at: dt.datetime, zone: dt.tzinfo) -> dt.date:
    """The board's day of a naive UTC time from the store."""
    return at.replace(tzinfo=dt.UTC).astimezone(zone).date()


def zone_of(name: str) -> dt.tzinfo:
    """A board's time zone by name; UTC when the name is not one (a board's setting is data, not trusted)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return dt.UTC


def to_utc(local: dt.datetime, zone: str = LOCAL_ZONE) -> dt.datetime:
    """A local date-time (naive: in ``zone``; aware: as it says) as the naive UTC the store keeps."""
    aware = local if local.tzinfo is not None else local.replace(tzinfo=ZoneInfo(zone))
    return aware.astimezone(dt.UTC).replace(tzinfo=None)


def to_local(utc: dt.datetime, zone: str = LOCAL_ZONE) -> dt.datetime:
    """A stored (naive UTC) time as the naive local time in ``zone``."""
    return utc.replace(tzinfo=dt.UTC).astimezone(ZoneInfo(zone)).replace(tzinfo=None)


def local_now(zone: str = LOCAL_ZONE) -> dt.datetime:
    """Now in the board's local time (naive): the fixed clock's time, else the real time."""
    return to_local(utcnow(), zone)


def today(zone: str = LOCAL_ZONE) -> dt.date:
    """Today in the board's local time, by the same clock."""
    return local_now(zone).date()


def is_fixed() -> bool:
    """Whether a caller has fixed the clock (a simulated time) in this context."""
    return fixed_utc() is not None


def fix(local: dt.datetime | None, zone: str = LOCAL_ZONE) -> Token[dt.datetime | None]:
    """Fix the clock at a local date-time (None: the real clock) until ``unfix`` with the token returned."""
    return fix_clock(to_utc(local, zone) if local is not None else None)


def unfix(token: Token[dt.datetime | None]) -> None:
    """Put the clock back as it was before ``fix``."""
    unfix_clock(token)


@contextmanager
def fixed_at(local: dt.datetime | None, zone: str = LOCAL_ZONE) -> Iterator[None]:
    """The clock fixed at a local date-time inside the block (None: the real clock), as it was after it."""
    token = fix(local, zone)
    try:
        yield
    finally:
        unfix(token)
