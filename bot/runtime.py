"""What a front end needs of the running system, through the core rather than from the store itself.

- start-up: the database URL in force, migrating it, and fresh engines after a fork (``database_url``,
  ``upgrade``, ``forget_engines``); the engine a platform SDK's own tables live on (``engine_for``);
- a request's deadline (``CommitWatch``, ``commit_by``): work that would commit after the person was answered
  is refused (``TooLate``);
- ``DATABASE_ERRORS``: what a database that is down, hung or out of connections raises, to answer "try again".
"""

from __future__ import annotations

from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from store.db import (
    CommitWatch,
    DatabaseUnavailable,
    TooLate,
    commit_by,
    database_url,
    engine_for,
    forget_engines,
    upgrade,
)

DATABASE_ERRORS: tuple[type[Exception], ...] = (OperationalError, PoolTimeout, DatabaseUnavailable, TooLate)

__all__ = [
    "DATABASE_ERRORS",
    "CommitWatch",
    "DatabaseUnavailable",
    "TooLate",
    "commit_by",
    "database_url",
    "engine_for",
    "forget_engines",
    "upgrade",
]
