"""Engines, sessions and migrations for SQLite (embedded default) and PostgreSQL (production)."""

from __future__ import annotations

import os
import random
import re
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, DisconnectionError, OperationalError
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

DEFAULT_URL = "sqlite:///dscb.db"
T = TypeVar("T")
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class DatabaseUnavailable(RuntimeError):
    """The database could not be reached or opened."""


class TooLate(RuntimeError):
    """The request this unit of work serves has already been answered (the database was too slow): it must not
    commit, or the person would have been told one thing while another was stored."""


@dataclass
class CommitWatch:
    """What the units of work of one request have done with their writes, for the answer given when it times out:
    ``"none"`` (nothing written, or refused as TooLate), ``"committing"`` (a commit was sent and has not come back:
    its outcome is unknown) or ``"committed"``."""

    deadline: float
    state: str = "none"


_watch: ContextVar[CommitWatch | None] = ContextVar("dscb_commit_watch", default=None)


@contextmanager
def commit_by(watch: CommitWatch) -> Iterator[None]:
    """Units of work begun inside the block that write commit only before ``watch.deadline`` (a
    ``time.monotonic()`` value); after it they roll back with TooLate. A front end that answers a request in time
    whatever the database does runs the request's work inside this, and words its answer by ``watch.state``."""
    token = _watch.set(watch)
    try:
        yield
    finally:
        _watch.reset(token)


def _note_write(session: Session, *_args: Any) -> None:
    session.info["wrote"] = True


def _note_statement(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        state.session.info["wrote"] = True


def _before_commit(session: Session) -> None:
    watch = _watch.get()
    if watch is None or not session.info.get("wrote"):
        return
    if time.monotonic() > watch.deadline:
        raise TooLate("the request was answered before this unit of work could commit")
    watch.state = "committing"


def _after_commit(session: Session) -> None:
    watch = _watch.get()
    if watch is not None and session.info.pop("wrote", False):
        watch.state = "committed"


def database_url(explicit: str | None = None) -> str:
    """The URL to use: an explicit one, else ``DATABASE_URL``, else a SQLite file in the working directory."""
    url = explicit or os.environ.get("DATABASE_URL") or DEFAULT_URL
    # Accept the plain forms hosting platforms hand out and use psycopg 3 for them.
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy's "begin" event below starts the transactions
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")  # readers never wait for the writer
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


READ_ONLY = "dscb_read_only"  # an execution option: the transaction only reads


def _begin_sqlite(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get(READ_ONLY) else "BEGIN IMMEDIATE")


def make_engine(url: str) -> Engine:
    """An engine with what each backend needs: WAL and a busy timeout on SQLite, pre-ping on PostgreSQL. Errors
    and logs never show a statement's values (they hold what people wrote)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, hide_parameters=True, connect_args={"timeout": 10, "check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        # BEGIN IMMEDIATE: a transaction takes the write lock up front (waiting up to the busy timeout), so two
        # concurrent writers queue instead of one failing with "database is locked" when it upgrades its lock.
        event.listen(engine, "begin", _begin_sqlite)
        return engine
    # A transaction left open (a stuck thread, a killed worker) must not hold its row locks for ever. The board's
    # tables are small enough to sit in memory (or on SSD), where an index lookup costs about as much as a
    # sequential read: PostgreSQL's default (4.0, for spinning disks) made it scan every action to list one
    # member's page on large boards (bench/growth.py: 4.2 ms -> 2.6 ms at 100,000 actions).
    # A statement that runs (or waits for a lock) far longer than any request should is cancelled by the server,
    # so a hung statement frees its connection; DSCB_STATEMENT_TIMEOUT_MS=0 lifts it for bulk jobs.
    statement_ms = int(os.environ.get("DSCB_STATEMENT_TIMEOUT_MS") or 10_000)
    options = (
        f"-c idle_in_transaction_session_timeout=30000 -c random_page_cost=1.1 -c statement_timeout={statement_ms}"
        f" -c lock_timeout={min(statement_ms, 5_000)}"
    )
    # connect_timeout and pool_timeout bound how long a request waits for a connection when the server is down
    # or every pooled connection is stuck; requests still answer in time (see commit_by), these free the threads.
    # No ping on every checkout (a round trip per request): connections are replaced after POOL_RECYCLE seconds,
    # one idle longer than IDLE_CHECK is checked before use, and a unit of work that meets a dead connection
    # before it wrote anything runs again on a new one (run_in_transaction).
    engine = create_engine(
        url, pool_pre_ping=False, pool_recycle=POOL_RECYCLE, pool_timeout=2, hide_parameters=True,
        connect_args={"connect_timeout": 3, "options": options},
    )  # fmt: skip
    event.listen(engine, "checkin", _note_idle)
    event.listen(engine, "checkout", _check_if_idle)
    return engine


POOL_RECYCLE = 1_800  # seconds a pooled PostgreSQL connection is used before it is replaced
IDLE_CHECK = 30.0  # seconds idle after which a pooled connection is checked (one round trip) before use


def _note_idle(_dbapi: Any, record: Any) -> None:
    record.info["idle_since"] = time.monotonic()


def _check_if_idle(dbapi: Any, record: Any, _proxy: Any) -> None:
    """A connection that sat idle long enough for the server or a firewall to have dropped it is checked first; a
    dead one is replaced (the pool retries the checkout on DisconnectionError)."""
    since = record.info.get("idle_since")
    if since is None or time.monotonic() - since < IDLE_CHECK:
        return
    was = dbapi.autocommit
    try:
        dbapi.autocommit = True  # a check outside any transaction: one round trip, and the connection stays idle
        dbapi.execute("SELECT 1")
        dbapi.autocommit = was
    except Exception as error:
        raise DisconnectionError("a pooled connection had gone away while idle") from error


_engines_seen: set[str] = set()


@lru_cache(maxsize=8)
def engine_for(url: str) -> Engine:
    """One engine per URL per process."""
    _engines_seen.add(url)
    return make_engine(url)


@lru_cache(maxsize=8)
def session_factory(url: str) -> sessionmaker[Session]:
    factory = sessionmaker(bind=engine_for(url), expire_on_commit=False)
    event.listen(factory, "after_flush", _note_write)
    event.listen(factory, "do_orm_execute", _note_statement)
    event.listen(factory, "before_commit", _before_commit)
    event.listen(factory, "after_commit", _after_commit)
    return factory


@contextmanager
def recorded_statements(url: str) -> Iterator[list[str]]:
    """Every SQL statement the engine for ``url`` runs inside the block (tests and benchmarks count them)."""
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    engine = engine_for(url)
    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


@lru_cache(maxsize=8)
def _reading_factory(url: str) -> sessionmaker[Session]:
    return sessionmaker(bind=engine_for(url).execution_options(**{READ_ONLY: True}), expire_on_commit=False)


@contextmanager
def reading(url: str) -> Iterator[Session]:
    """A unit of work that only reads (a report, a home page): on SQLite it takes no write lock, so a long read
    never holds up a writer."""
    with _reading_factory(url).begin() as session:
        yield session


@lru_cache(maxsize=8)
def _glance_factory(url: str) -> sessionmaker[Session]:
    engine = engine_for(url)
    if engine.dialect.name != "postgresql":
        return _reading_factory(url)
    return sessionmaker(bind=engine.execution_options(isolation_level="AUTOCOMMIT"), expire_on_commit=False)


@contextmanager
def glance(url: str) -> Iterator[Session]:
    """A page read in a few statements (a home page, its chart): on PostgreSQL each statement runs on its own,
    without BEGIN and COMMIT (two round trips saved); on SQLite as ``reading``. Not for reports, whose figures
    must come from one snapshot."""
    with _glance_factory(url).begin() as session:
        yield session


class WriteNeeded(Exception):
    """Work tried as a read was about to write: nothing was written, and it runs again in a transaction."""


def _refuse_flush(*_args: Any) -> None:
    raise WriteNeeded


def _refuse_change(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        raise WriteNeeded


def read_or_write(url: str, work: Callable[[Session], T]) -> T:
    """``work`` tried as a read (``glance``: on PostgreSQL no BEGIN and no COMMIT, two round trips saved), and
    only when it turns out to write (an ORM flush or an insert, update or delete, which are stopped before they
    reach the database) run again from the start in its own transaction (``run_in_transaction``); so is a read
    whose pooled connection turned out to be dead. For requests that usually only read: a listing, a page.
    ``work`` must act on the database only through the session."""
    try:
        with glance(url) as session:
            event.listen(session, "before_flush", _refuse_flush)
            event.listen(session, "do_orm_execute", _refuse_change)
            result = work(session)
            if session.new or session.dirty or session.deleted:
                raise WriteNeeded
            return result
    except WriteNeeded:
        pass
    except DBAPIError as error:
        if not error.connection_invalidated:
            raise
    return run_in_transaction(url, work)


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
    _reading_factory.cache_clear()
    _glance_factory.cache_clear()
    _engines_seen.clear()


RETRYABLE = frozenset({"40P01", "40001"})  # PostgreSQL: deadlock detected, serialization failure


def run_in_transaction(url: str, work: Callable[[Session], T], *, attempts: int = 4) -> T:
    """Run one unit of work in its own transaction, retrying it when PostgreSQL resolves a deadlock by aborting
    it, or when its pooled connection turns out to be dead before it wrote anything (safe: the failed attempt left
    nothing behind)."""
    for attempt in range(attempts):
        wrote = False
        try:
            with transaction(url) as session:
                try:
                    return work(session)
                finally:
                    wrote = bool(session.info.get("wrote"))
        except DBAPIError as error:
            if attempt == attempts - 1:
                raise
            if error.connection_invalidated and not wrote:  # a dead pooled connection: nothing was sent, go again
                continue
            if not isinstance(error, OperationalError) or getattr(error.orig, "sqlstate", None) not in RETRYABLE:
                raise
            time.sleep(0.02 * 2**attempt + random.random() * 0.02)
    raise AssertionError("unreachable")


_REVISION = re.compile(r'^(down_revision|revision)\b[^=]*=\s*"?([0-9a-f]+|None)"?', re.M)


def head_revision() -> str:
    """The newest migration's id, read from the migration files (no Alembic import: a quick command stays quick)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        found = {m.group(1): m.group(2) for m in _REVISION.finditer(path.read_text(encoding="utf-8"))}
        revisions.add(found["revision"])
        parents.add(found.get("down_revision", "None"))
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"the migrations have {len(heads)} heads; merge them")
    return heads.pop()


def is_current(url: str) -> bool:
    """Whether the database is already at the newest migration (one cheap query)."""
    try:
        with engine_for(url).connect() as connection:
            stored = connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalars().all()
    except Exception:  # no table yet, or unreachable: the full upgrade decides (and reports it)
        return False
    return stored == [head_revision()]


def upgrade(url: str, revision: str = "head") -> None:
    """Run the Alembic migrations up to ``revision`` (idempotent; at the head already, nothing is imported)."""
    if revision == "head" and is_current(url):
        return
    from alembic import command
    from alembic.config import Config

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
