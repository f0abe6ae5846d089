"""The schema: migrations run on both databases, are idempotent, and match the models."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, select
from sqlalchemy.exc import IntegrityError

from store import db
from store.models import Action, Base, Board


def test_migrations_create_every_table(database_url: str) -> None:
    tables = set(inspect(db.engine_for(database_url)).get_table_names())
    assert {t.name for t in Base.metadata.sorted_tables} <= tables
    assert "alembic_version" in tables


def test_migrations_match_the_models(database_url: str) -> None:
    with db.engine_for(database_url).connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_upgrade_twice_changes_nothing(database_url: str) -> None:
    db.upgrade(database_url)
    db.upgrade(database_url)
    with db.engine_for(database_url).connect() as conn:
        assert conn.exec_driver_sql("select count(*) from alembic_version").scalar() == 1


def test_action_numbers_are_unique_per_board(database_url: str) -> None:
    with db.transaction(database_url) as session:
        board = Board(name="B")
        session.add(board)
        session.flush()
        session.add(Action(board_id=board.id, number=1, text="one"))
    with pytest.raises(IntegrityError), db.transaction(database_url) as session:
        board_id = session.scalar(select(Board.id))
        session.add(Action(board_id=board_id, number=1, text="again"))


def test_a_failed_transaction_leaves_nothing(database_url: str) -> None:
    with pytest.raises(RuntimeError), db.transaction(database_url) as session:
        session.add(Board(name="half written"))
        session.flush()
        raise RuntimeError("boom")
    with db.transaction(database_url) as session:
        assert session.scalar(select(Board).where(Board.name == "half written")) is None


def test_unreachable_database_is_one_clear_error() -> None:
    url = "postgresql+psycopg://nobody:secret@127.0.0.1:1/nowhere"
    with pytest.raises(db.DatabaseUnavailable) as raised:
        db.upgrade(url)
    message = str(raised.value)
    assert "cannot reach the database" in message
    assert "secret" not in message
    assert "\n" not in message


def test_plain_postgres_urls_use_psycopg() -> None:
    assert db.database_url("postgres://u@h/d") == "postgresql+psycopg://u@h/d"
    assert db.database_url("postgresql://u@h/d") == "postgresql+psycopg://u@h/d"
    assert db.database_url("sqlite:///x.db") == "sqlite:///x.db"


def test_upgrading_a_board_in_use_keeps_its_rows(database_url: str) -> None:
    """Each migration runs on a database that already holds a board (new NOT NULL columns get defaults)."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import text

    config = Config()
    config.set_main_option("script_location", str(db.MIGRATIONS))
    with db.engine_for(database_url).begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "a34a56ef7c04")
    with db.engine_for(database_url).begin() as conn:
        conn.execute(text("insert into board (name, short_name, time_zone, quorum_fraction, quorum_sectors, "
                          "next_action_number, roster_version, created_at) values ('B', '', 'Europe/London', 0.34, "
                          "'[]', 1, 1, '2015-01-01')"))  # fmt: skip
    db.upgrade(database_url)
    with db.transaction(database_url) as session:
        board = session.scalars(select(Board)).one()
        assert board.name == "B" and board.digest_time.isoformat() == "08:30:00"


def test_a_reading_transaction_never_holds_up_a_writer_on_sqlite(sqlite_url: str) -> None:
    with db.transaction(sqlite_url) as session:
        session.add(Board(name="Board", next_action_number=1, roster_version=1))
    path = sqlite_url.removeprefix("sqlite:///")

    def writer_can_start() -> bool:
        other = sqlite3.connect(path, timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
            return True
        except sqlite3.OperationalError as error:
            assert "locked" in str(error)
            return False
        finally:
            other.close()

    with db.reading(sqlite_url) as session:
        assert session.scalars(select(Board.name)).all() == ["Board"]
        assert writer_can_start()
    with db.transaction(sqlite_url) as session:
        session.scalars(select(Board.name)).all()
        assert not writer_can_start()  # a read-write transaction takes the write lock up front
