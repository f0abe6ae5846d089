"""The one clock every stored timestamp reads: the real time, unless the caller has fixed it.

A command run with ``--now`` (and a simulated week in the console) fixes the clock for its own context, so the
times it stores (events, records, done dates, apologies) are the simulated ones, not the machine's. The store keeps
times as naive UTC; ``bot.clock`` converts to and from the board's local time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar, Token

_fixed: ContextVar[dt.datetime | None] = ContextVar("dscb_fixed_clock", default=None)


def utcnow() -> dt.datetime:
    """The time now in UTC, without a zone attached, as the store keeps times: fixed, or the real time."""
    fixed = _fixed.get()
    return fixed if fixed is not None else dt.datetime.now(dt.UTC).replace(tzinfo=None)


def fixed_utc() -> dt.datetime | None:
    """The instant the clock is fixed at (naive UTC), or None when it is the real clock."""
    return _fixed.get()


def fix_clock(at_utc: dt.datetime | None) -> Token[dt.datetime | None]:
    """Fix the clock at ``at_utc`` (naive UTC; None: the real clock) in this context; undo with ``unfix_clock``."""
    if at_utc is not None and at_utc.tzinfo is not None:
        at_utc = at_utc.astimezone(dt.UTC).replace(tzinfo=None)
    return _fixed.set(at_utc)


def unfix_clock(token: Token[dt.datetime | None]) -> None:
    """Put the clock back as it was before ``fix_clock`` returned ``token``."""
    _fixed.reset(token)


@contextmanager
def clock_fixed_at(at_utc: dt.datetime | None) -> Iterator[None]:
    """The clock fixed at ``at_utc`` (naive UTC) inside the block, as it was after it."""
    token = fix_clock(at_utc)
    try:
        yield
    finally:
        unfix_clock(token)
