"""Engines, sessions and migrations for SQLite (embedded default) and PostgreSQL (production)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

DEFAULT_URL = "sqlite:///dscb.db"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class DatabaseUnavailable(RuntimeError):
    """The database could not be reached or opened."""


def database_url(explicit: str | None = None) -> str:
    """The URL to use: an explicit one, else ``DATABASE_URL``, else a SQLite file in the working directory."""
    url = explicit or os.environ.get("DATABASE_URL") or DEFAULT_URL
    # Accept the plain forms hosting platforms hand out and use psycopg 3 for them.
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine with what each backend needs: WAL and a busy timeout on SQLite, pre-ping on PostgreSQL."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": 10, "check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        if parsed.database and parsed.database != ":memory:":
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA journal_mode=WAL")
        return engine
    return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 5})


_engines_seen: set[str] = set()


@lru_cache(maxsize=8)
def engine_for(url: str) -> Engine:
    """One engine per URL per process."""
    _engines_seen.add(url)
    return make_engine(url)


@lru_cache(maxsize=8)
def session_factory(url: str) -> sessionmaker[Session]:
    return sessionmaker(bind=engine_for(url), expire_on_commit=False)


@contextmanager
def transaction(url: str) -> Iterator[Session]:
    """One unit of work: commits on success, rolls back on any error."""
    with session_factory(url).begin() as session:
        yield session


def forget_engines() -> None:
    """Close every pooled connection and forget the engines: a forked worker must open its own connections."""
    for url in list(_engines_seen):
        engine_for(url).dispose()
    engine_for.cache_clear()
    session_factory.cache_clear()
    _engines_seen.clear()


def upgrade(url: str, revision: str = "head") -> None:
    """Run the Alembic migrations up to ``revision`` (idempotent)."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy.exc import OperationalError

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    try:
        with engine_for(url).begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    except OperationalError as exc:
        raise DatabaseUnavailable(describe_error(exc, url)) from exc


def describe_error(exc: Exception, url: str | None = None) -> str:
    """One line for a database that cannot be reached, without the password."""
    detail = str(getattr(exc, "orig", exc)).strip()
    first = detail.splitlines()[0] if detail else type(exc).__name__
    where = f" at {make_url(url).render_as_string(hide_password=True)}" if url else ""
    return f"cannot reach the database{where}: {first}"
