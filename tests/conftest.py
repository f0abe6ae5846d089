"""Shared fixtures: a migrated database on SQLite and on PostgreSQL, and a board with the demo roster.

PostgreSQL tests use DSCB_TEST_POSTGRES_URL (set by .ci/run). Without it they skip, except under CI=true,
where a missing PostgreSQL is a failure.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from bot.conversation.assistant import Assistant
from bot.tracker.boards import create_board
from bot.tracker.meetings import add_meeting
from bot.tracker.roster import import_roster, read_roster
from bot.understanding.snapshot import Snapshot
from store import db
from store.clock import fix_clock, unfix_clock
from store.models import Base, MeetingKind

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = SHARED / "fixtures"
DEMO_ROSTER = ROOT / "bot" / "data" / "demo-roster.csv"
POSTGRES_URL = os.environ.get("DSCB_TEST_POSTGRES_URL")


def shared_fixture(name: str) -> Path:
    """A file from ../shared/fixtures, or a skip when the shared folder is absent."""
    path = FIXTURES / name
    if not path.exists():
        pytest.skip(f"{path} is absent (the shared folder is not beside this checkout)")
    return path


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated once; each test copies it."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    url = f"sqlite:///{path}"
    db.upgrade(url)
    db.engine_for(url).dispose()
    return path


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[str]:
    """A fresh PostgreSQL database for this test process, migrated once and dropped at the end."""
    if not POSTGRES_URL:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but DSCB_TEST_POSTGRES_URL is not set: PostgreSQL tests must run in CI")
        pytest.skip("PostgreSQL not configured (set DSCB_TEST_POSTGRES_URL to run these tests)")
    admin_url = db.database_url(POSTGRES_URL)
    name = f"dscb_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    db.upgrade(url)
    try:
        yield url
    finally:
        db.engine_for(url).dispose()
        db.engine_for.cache_clear()
        db.session_factory.cache_clear()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


statements = db.recorded_statements  # every SQL statement run inside the block, to show a fixed number of queries


def _truncate(url: str) -> None:
    """Empty every table, after ending transactions that a previous test's background threads left open."""
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with db.engine_for(url).begin() as conn:
        conn.execute(text(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid() AND state LIKE 'idle in transaction%'"
        ))  # fmt: skip
    with db.engine_for(url).begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path) -> Iterator[str]:
    """An empty, migrated database: a SQLite file per test, or the PostgreSQL test database emptied."""
    if request.param == "sqlite":
        path = tmp_path / "board.db"
        shutil.copy(sqlite_template, path)
        url = f"sqlite:///{path}"
        yield url
        db.engine_for(url).dispose()
        return
    url = request.getfixturevalue("postgres_database")
    _truncate(url)
    yield url


@pytest.fixture
def sqlite_url(tmp_path: Path, sqlite_template: Path) -> str:
    """An empty, migrated SQLite database, for tests that are about behaviour, not the backend."""
    path = tmp_path / "board.db"
    shutil.copy(sqlite_template, path)
    return f"sqlite:///{path}"


def make_board(url: str, name: str = "Dudley Safeguarding Children Board") -> int:
    """A board with the demo roster (the 30 members of the seed minutes); returns its id."""
    with db.transaction(url) as session:
        board = create_board(session, name)
        import_roster(session, board.id, read_roster(DEMO_ROSTER), actor="test")
        return board.id


BOARD_MEETINGS = (dt.date(2015, 3, 13), dt.date(2015, 7, 10), dt.date(2015, 9, 11))
SEED_NOW = dt.datetime(2015, 5, 15, 9, 30)  # the seed minutes' meeting: Friday 15 May 2015


def add_board_meetings(url: str, board_id: int) -> None:
    """The seed minutes' calendar: the previous board, the next (10 July, 10:00-14:00) and September's."""
    with db.transaction(url) as session:
        for day in BOARD_MEETINGS:
            add_meeting(session, board_id, day, start=dt.time(10), end=dt.time(14), venue="Saltwells EDC")
        add_meeting(session, board_id, dt.date(2015, 6, 19), kind=MeetingKind.WORKSHOP, start=dt.time(13, 30))
        add_meeting(session, board_id, dt.date(2015, 5, 18), kind=MeetingKind.AUDIT_PANEL, title="CSE audit panel")


def seed_snapshot(folder: Path) -> Snapshot:
    """The seed board's roster snapshot (30 members, its meetings), in a new SQLite file under ``folder``: for
    tests of understanding, which touch no database once it is loaded."""
    url = f"sqlite:///{folder / 'board.db'}"
    db.upgrade(url)
    board_id = make_board(url)
    add_board_meetings(url, board_id)
    with db.transaction(url) as session:
        return Assistant(url, board_id).snapshot(session)


@pytest.fixture
def board_id(database_url: str) -> int:
    """The seed minutes' board on either database: 30 members and three board meetings."""
    board = make_board(database_url)
    add_board_meetings(database_url, board)
    return board


DSCB = [sys.executable, "-c", "from cli.main import main; main()"]  # the `dscb` command, from this checkout


def dscb(
    *args: str | bytes, url: str, stdin: str = "", cwd: Path | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run `dscb` as a new user would, in a subprocess on ``url`` (no Slack settings); output decoded as UTF-8."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    env.update(DATABASE_URL=url, PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
    done = subprocess.run(
        [*DSCB, *args], input=stdin.encode(), capture_output=True, env=env, cwd=cwd or ROOT, timeout=timeout
    )
    out, err = (stream.decode("utf-8", "replace") for stream in (done.stdout, done.stderr))
    return subprocess.CompletedProcess(done.args, done.returncode, out, err)


def count_rows(url: str, *models: type[Base]) -> tuple[int, ...]:
    """How many rows each model's table holds, read in one unit of work."""
    with db.reading(url) as session:
        return tuple(session.scalar(select(func.count()).select_from(model)) or 0 for model in models)


@pytest.fixture(autouse=True)
def _real_clock() -> Iterator[None]:
    """Each test starts on the real clock and leaves it so, whatever a command it ran in-process fixed."""
    token = fix_clock(None)
    yield
    unfix_clock(token)
