"""Databases and boards for benchmarks: a SQLite file or a scratch PostgreSQL database, filled in bulk.

    with databases(folder) as urls:           # {"sqlite": url, "postgres": url} (postgres when reachable)
        board = build_board(urls["sqlite"], actions=10_000)

PostgreSQL comes from DSCB_BENCH_POSTGRES_URL, else DSCB_TEST_POSTGRES_URL, else the local server
(postgresql+psycopg://postgres@127.0.0.1:5432/test); a scratch database is created and dropped around the run.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, insert, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from bench.boards import FIRST, LAST
from bot.tracker.boards import create_board
from bot.tracker.roster import import_roster, read_roster
from store import db
from store.models import Action, Agency, Assignment, Meeting, MeetingKind, Member

ROSTER = Path(__file__).resolve().parent.parent / "bot" / "data" / "demo-roster.csv"
LOCAL_POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
ASKING = "Viv Townsend"  # the member whose requests are measured; owns 1 in 30 of the actions
FIRST_DUE = dt.date(2015, 5, 1)
TODAY = dt.date(2015, 6, 1)  # the benchmarks' "today": a third of the actions are overdue


@dataclass(frozen=True, slots=True)
class Board:
    url: str
    board_id: int
    member_ids: tuple[int, ...]
    asking_id: int  # the member named ASKING


def postgres_admin_url() -> str:
    return os.environ.get("DSCB_BENCH_POSTGRES_URL") or os.environ.get("DSCB_TEST_POSTGRES_URL") or LOCAL_POSTGRES


@contextmanager
def scratch_postgres() -> Iterator[str | None]:
    """A new, migrated PostgreSQL database dropped afterwards; None when no server answers."""
    admin_url = db.database_url(postgres_admin_url())
    name = f"dscb_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except OperationalError:
        admin.dispose()
        yield None
        return
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    try:
        db.upgrade(url)
        yield url
    finally:
        db.forget_engines()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@contextmanager
def databases(folder: Path, *, postgres: bool = True) -> Iterator[dict[str, str]]:
    """A migrated SQLite file in ``folder`` and, when reachable, a scratch PostgreSQL database."""
    sqlite = f"sqlite:///{folder}/bench-{uuid.uuid4().hex[:6]}.db"
    db.upgrade(sqlite)
    if not postgres:
        yield {"sqlite": sqlite}
        db.forget_engines()
        return
    with scratch_postgres() as pg:
        yield {"sqlite": sqlite} | ({"postgres": pg} if pg else {})
        db.forget_engines()


def build_board(
    url: str, *, actions: int, members: int = 30, meetings: bool = True, asking_owns: int | None = None
) -> Board:
    """The demo roster (padded with synthetic members to ``members``) and ``actions`` open actions.

    Actions go to the members in turn, one owner each, due every day from 1 May 2015 over 120 days, so on
    TODAY about a quarter are overdue. With ``asking_owns``, the member named ASKING owns that many of them
    (spread evenly) and the others share the rest. With ``meetings``, board meetings on 10 July and
    11 September 2015.
    """
    with db.transaction(url) as session:
        board = create_board(session, f"Benchmark Board {uuid.uuid4().hex[:6]}")
        import_roster(session, board.id, read_roster(ROSTER))
        agencies = list(session.scalars(select(Agency.id).where(Agency.board_id == board.id).order_by(Agency.id)))
        extra = max(0, members - 30)
        if extra:
            names = (f"{f} {last}" for last in LAST for f in FIRST)
            session.execute(insert(Member), [
                {"board_id": board.id, "name": f"{next(names)} {i}", "agency_id": agencies[i % len(agencies)],
                 "email": f"member{i}@bench.example.org"}
                for i in range(extra)
            ])  # fmt: skip
        ids = tuple(session.scalars(select(Member.id).where(Member.board_id == board.id).order_by(Member.id)))
        asking = session.scalar(select(Member.id).where(Member.board_id == board.id, Member.name == ASKING))
        assert asking is not None
        if meetings:
            session.execute(insert(Meeting), [
                {"board_id": board.id, "kind": MeetingKind.BOARD, "date": day, "title": "",
                 "start": dt.time(10), "end": dt.time(14), "venue": "Saltwells EDC"}
                for day in (dt.date(2015, 7, 10), dt.date(2015, 9, 11))
            ])  # fmt: skip
        board_id = board.id
        board.next_action_number = actions + 1
        others = [i for i in ids if i != asking]
        step = max(1, actions // asking_owns) if asking_owns else 0

        def owner(number: int) -> int:
            if not asking_owns:
                return ids[number % len(ids)]
            return asking if number % step == 0 and number // step <= asking_owns else others[number % len(others)]

        session.flush()
        for start in range(0, actions, 20_000):  # batches keep memory flat at 100,000 actions
            numbers = range(start + 1, min(actions, start + 20_000) + 1)
            session.execute(insert(Action), [
                {"board_id": board.id, "number": n, "text": f"Benchmark action {n}: return the audit evidence",
                 "asap": False, "due": FIRST_DUE + dt.timedelta(days=n % 120)}
                for n in numbers
            ])  # fmt: skip
            action_ids = session.execute(
                select(Action.id, Action.number).where(Action.board_id == board.id, Action.number.in_(numbers))
            ).all()
            session.execute(insert(Assignment), [
                {"action_id": action_id, "member_id": owner(number), "status": "open"}
                for action_id, number in action_ids
            ])  # fmt: skip
    if url.startswith("postgresql"):
        with db.engine_for(url).connect() as conn:  # as autovacuum would soon after a bulk load
            conn.execute(text("ANALYZE"))
            conn.commit()
    return Board(url, board_id, ids, asking)
