"""Importing the roster: validation with line numbers, one transaction, idempotence."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.errors import InvalidInput
from bot.tracker.boards import create_board
from bot.tracker.roster import import_roster, read_roster
from store import db
from store.models import Agency, Event, Member, Role, Sector
from tests.conftest import DEMO_ROSTER, make_board, shared_fixture

HEADER = "name,agency,role,email\n"


def _count_members(url: str) -> int:
    with db.transaction(url) as session:
        return session.scalar(select(func.count()).select_from(Member)) or 0


def test_the_seed_roster_imports_thirty_members(database_url: str) -> None:
    rows = read_roster(shared_fixture("dscb-roster.csv"))
    with db.transaction(database_url) as session:
        board = create_board(session, "DSCB")
        summary = import_roster(session, board.id, rows)
    assert len(summary.added) == 30
    assert _count_members(database_url) == 30
    with db.transaction(database_url) as session:
        martine = session.scalar(select(Member).where(Member.name == "Martine McFadden"))
        assert martine is not None and martine.role is Role.MANAGER
        housing = session.scalar(select(Member).where(Member.name == "Jo Forbes"))
        assert housing is not None and housing.agency is not None
        assert (housing.agency.name, housing.department) == ("DMBC", "Housing")
        police = session.scalar(select(Agency).where(Agency.name == "West Midlands Police"))
        assert police is not None and police.sector is Sector.POLICE and police.statutory
        assert {"WMP", "Police"} <= set(police.short_names)


def test_importing_twice_changes_nothing(database_url: str) -> None:
    board_id = make_board(database_url)
    with db.transaction(database_url) as session:
        events_before = session.scalar(select(func.count()).select_from(Event))
        summary = import_roster(session, board_id, read_roster(DEMO_ROSTER))
    assert (summary.added, summary.updated, summary.unchanged) == ([], [], 30)
    with db.transaction(database_url) as session:
        assert session.scalar(select(func.count()).select_from(Event)) == events_before
    assert _count_members(database_url) == 30


def test_a_changed_row_updates_the_member_and_logs_it(database_url: str) -> None:
    board_id = make_board(database_url)
    text = DEMO_ROSTER.read_text().replace("viv.townsend@example.org", "viv.t@example.org")
    with db.transaction(database_url) as session:
        summary = import_roster(session, board_id, read_roster(text))
    assert summary.updated == ["Viv Townsend"]
    with db.transaction(database_url) as session:
        event = session.scalars(select(Event).where(Event.change == "updated")).one()
        assert event.old == {"email": "viv.townsend@example.org"}
        assert event.new == {"email": "viv.t@example.org"}


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("name,agency,email\nA B,X,a@b.org\n", "Line 1: missing column(s) role"),
        (
            HEADER + "Ann Lee,Police,member,ann@x.org\nBob Roe,Police,boss,bob@x.org\n",
            "Line 3: unknown role 'boss'",
        ),
        (
            HEADER + "Ann Lee,Police,member,ann@x.org\nann lee,Cafcass,member,a2@x.org\n",
            "Line 3: ann lee is already",
        ),
        (HEADER + "Ann Lee,,member,ann@x.org\n", "Line 2: Ann Lee has no agency"),
        (HEADER + "Ann Lee,Police,member,not-an-email\n", "Line 2: 'not-an-email' is not an email"),
        (HEADER + ",Police,member,x@x.org\n", "Line 2: the name is empty"),
        (HEADER, "The roster has no members"),
    ],
)
def test_bad_rosters_are_refused_with_the_line(content: str, expected: str) -> None:
    with pytest.raises(InvalidInput, match=expected.replace("(", r"\(").replace(")", r"\)")):
        read_roster(content)


def test_bad_encoding_names_the_line() -> None:
    data = (HEADER + "Ann Lee,Police,member,ann@x.org\nZo\xeb Lee,Police,member,zoe@x.org\n").encode("latin-1")
    with pytest.raises(InvalidInput, match="Line 3: the file is not UTF-8"):
        read_roster(data)


def test_a_bad_row_imports_nothing_at_all(database_url: str, tmp_path: Path) -> None:
    """The CLI reads and validates the whole file before one transaction writes it."""
    from typer.testing import CliRunner

    from cli.main import app

    bad = tmp_path / "roster.csv"
    bad.write_text(HEADER + "Ann Lee,Police,member,ann@x.org\nBob Roe,Police,boss,bob@x.org\n")
    result = CliRunner().invoke(app, ["--database-url", database_url, "roster", "import", str(bad)])
    assert result.exit_code != 0
    assert isinstance(result.exception, InvalidInput)
    assert _count_members(database_url) == 0


def test_aliases_and_extra_columns_are_kept(database_url: str) -> None:
    content = (
        "name,agency,role,email,aliases,representative\n"
        "Su Vincent,Dudley CCG,member,su@x.org,Sue Vincent;Susan Vincent,Claire Hill\n"
    )
    with db.transaction(database_url) as session:
        board = create_board(session, "B")
        import_roster(session, board.id, read_roster(content))
    with db.transaction(database_url) as session:
        su = session.scalars(select(Member)).one()
        assert su.aliases == ["Sue Vincent", "Susan Vincent"]
        assert su.representative == "Claire Hill"
