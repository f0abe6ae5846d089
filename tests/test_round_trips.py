"""PostgreSQL round trips per request, counted on the wire (tests/pg_wire.py): no ping on a healthy pool, a page
and a listing read without BEGIN and COMMIT, a listing that writes run again in a transaction, and a connection
that died while pooled replaced without the request failing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from bot.conversation.assistant import Assistant
from bot.directory import Person
from store import db
from tests.conftest import SEED_NOW, add_board_meetings, make_board
from tests.pg_wire import RoundTrips

pytestmark = pytest.mark.postgres


@pytest.fixture
def wire(postgres_database: str) -> Iterator[RoundTrips]:
    """The test database behind a counting proxy, with the seed board on it."""
    db.engine_for(postgres_database).dispose()
    with db.engine_for(postgres_database).begin() as conn:
        conn.execute(text("TRUNCATE board RESTART IDENTITY CASCADE"))
    proxy = RoundTrips(postgres_database)
    try:
        yield proxy
    finally:
        proxy.close()
        db.forget_engines()  # no engine is left pointing at the closed proxy


@pytest.fixture
def board(wire: RoundTrips) -> tuple[Assistant, Person]:
    board_id = make_board(wire.url)
    add_board_meetings(wire.url, board_id)
    assistant = Assistant(wire.url, board_id)
    viv = assistant.snapshot_now().person("Viv Townsend")
    assistant.reply(viv, "Viv Townsend to circulate the slides by end June", SEED_NOW)
    return assistant, viv


def _warm(assistant: Assistant, viv: Person) -> None:
    for _ in range(6):  # psycopg prepares a statement on its fifth use: count after that
        assistant.query(viv, "me", SEED_NOW)
        assistant.home(viv, SEED_NOW)


def test_a_listing_makes_two_round_trips_the_roster_and_the_page(
    wire: RoundTrips, board: tuple[Assistant, Person]
) -> None:
    assistant, viv = board
    _warm(assistant, viv)
    for _ in range(3):
        with wire.counting() as trips:
            reply = assistant.query(viv, "me", SEED_NOW)
        assert reply.text.startswith("You have 1 open action")
        assert trips[0] == 2  # no pre-ping, no BEGIN, no COMMIT: the roster version, the page


def test_a_listing_that_turns_out_to_write_is_run_again_in_a_transaction(
    wire: RoundTrips, board: tuple[Assistant, Person]
) -> None:
    """`/dscb-actions` with a new action in it is tried as a read, stopped before its first write, and recorded
    once in a transaction of its own: BEGIN and COMMIT are on the wire, and the action is stored once."""
    assistant, viv = board
    _warm(assistant, viv)
    with db.recorded_statements(wire.url) as statements:
        reply = assistant.query(viv, "Viv Townsend to send the minutes by 22 May", SEED_NOW)
    assert reply.text.startswith("Recorded A-2 for Viv Townsend"), reply.text
    assert sum(s.lstrip().upper().startswith("INSERT INTO ACTION ") for s in statements) == 1
    listed = assistant.query(viv, "me", SEED_NOW)
    assert listed.text.startswith("You have 2 open actions"), listed.text


def test_a_home_page_is_read_without_begin_or_commit(wire: RoundTrips, board: tuple[Assistant, Person]) -> None:
    assistant, viv = board
    _warm(assistant, viv)
    with db.recorded_statements(wire.url) as statements, wire.counting() as trips:
        home = assistant.home(viv, SEED_NOW)
    assert len(home.actions) == 1
    assert trips[0] == len(statements)  # one round trip per statement, none for the transaction


def test_a_connection_that_died_in_the_pool_is_replaced_and_the_request_answered(
    wire: RoundTrips, board: tuple[Assistant, Person], postgres_database: str
) -> None:
    assistant, viv = board
    _warm(assistant, viv)
    with db.engine_for(postgres_database).begin() as conn:  # as a server restart or a firewall would
        killed = conn.execute(text(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid() AND application_name = '' AND state = 'idle'"
        )).scalars().all()  # fmt: skip
    assert killed and all(killed)
    assert assistant.query(viv, "me", SEED_NOW).text.startswith("You have 1 open action")  # retried once
    recorded = assistant.reply(viv, "Viv Townsend to send the chart by Friday", SEED_NOW + dt.timedelta(minutes=1))
    assert recorded.text.startswith("Recorded A-2")


def test_a_home_page_is_read_again_when_its_pooled_connection_died(
    wire: RoundTrips, board: tuple[Assistant, Person], postgres_database: str
) -> None:
    assistant, viv = board
    _warm(assistant, viv)
    with db.engine_for(postgres_database).begin() as conn:
        killed = conn.execute(text(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid() AND application_name = '' AND state = 'idle'"
        )).scalars().all()  # fmt: skip
    assert killed and all(killed)
    assert len(assistant.home(viv, SEED_NOW).actions) == 1


def test_a_connection_idle_for_long_is_checked_before_use(
    wire: RoundTrips, board: tuple[Assistant, Person], monkeypatch: pytest.MonkeyPatch
) -> None:
    assistant, viv = board
    _warm(assistant, viv)
    monkeypatch.setattr(db, "IDLE_CHECK", 0.0)
    with wire.counting() as trips:
        assistant.query(viv, "me", SEED_NOW)
    assert trips[0] == 3  # the check, then the two of a listing


def test_a_page_read_after_an_idle_check_still_reads_in_autocommit(
    wire: RoundTrips, board: tuple[Assistant, Person], monkeypatch: pytest.MonkeyPatch
) -> None:
    assistant, viv = board
    _warm(assistant, viv)
    monkeypatch.setattr(db, "IDLE_CHECK", 0.0)
    for _ in range(3):  # the check must leave no transaction open behind it
        assert len(assistant.home(viv, SEED_NOW).actions) == 1
        assert assistant.query(viv, "me", SEED_NOW).text.startswith("You have 1 open action")
