"""Boards in one database: `dscb import-board` refuses a board the database holds already, or with --merge adds
only what it lacks (nothing twice, matched on stable keys); --board-name names a board at its first import;
`dscb board list` and `dscb board rename`, and the name every report carries. On SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot import clock
from bot.conversation.assistant import Assistant
from bot.errors import InvalidInput, NotFound
from bot.reports.history import action_history
from bot.tracker import actions as tracker
from bot.tracker.board_import import restore_board
from bot.tracker.boards import find_board, rename_board
from bot.tracker.records import export_board
from bot.understanding.interpretation import Owner
from store import db
from store.models import Action, Assignment, Attendance, Board, Event, Member
from tests.conftest import count_rows, dscb, make_board

SANDWELL = "Sandwell Safeguarding Children Partnership"
MODELS = (Board, Member, Action, Assignment, Attendance, Event)


def _act(url: str, board_id: int, when: str, task: str, owner: str, note: str | None = None) -> None:
    """Record an action (and an update on it) as the manager, with the clock at ``when``."""
    with clock.fixed_at(dt.datetime.fromisoformat(when)), db.transaction(url) as session:
        snapshot = Assistant(url, board_id).snapshot(session)
        person, manager = snapshot.person(owner), snapshot.person("Martine McFadden")
        new = tracker.NewAction(task, (Owner("member", person.name, person.id),), dt.date(2015, 6, 30))
        number = tracker.record_action(session, board_id, new, by=manager).number
        if note:
            tracker.add_note(session, board_id, number, note, by=manager, today=dt.date(2015, 6, 1))


def _export(url: str, board_id: int, path: Path) -> Path:
    with db.reading(url) as session:
        path.write_text(json.dumps(export_board(session, board_id), ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def source(tmp_path: Path, sqlite_template: Path) -> tuple[str, int]:
    """Another database holding one board, Sandwell's, with two actions and their history."""
    shutil.copy(sqlite_template, tmp_path / "source.db")
    url = f"sqlite:///{tmp_path / 'source.db'}"
    board_id = make_board(url, SANDWELL)
    _act(url, board_id, "2015-05-15T09:30", "Send the CAMHS waiting times", "Pam Smith", "data requested from BI")
    _act(url, board_id, "2015-05-16T10:00", "Send the chart to the board", "Viv Townsend")
    yield url, board_id
    db.engine_for(url).dispose()


def _lines(url: str, board_id: int, number: int) -> tuple[str, ...]:
    with db.reading(url) as session:
        return action_history(session, board_id, number, dt.date(2015, 7, 1)).lines


def test_a_board_the_database_holds_is_refused_and_a_merge_adds_nothing_twice(
    database_url: str, board_id: int, tmp_path: Path
) -> None:
    _act(database_url, board_id, "2015-05-15T09:30", "Send the CAMHS waiting times", "Pam Smith", "asked BI")
    exported = _export(database_url, board_id, tmp_path / "board.json")
    before = count_rows(database_url, *MODELS)
    again = dscb("import-board", str(exported), url=database_url)
    assert again.returncode == 2 and "Traceback" not in again.stderr
    assert "already holds Dudley Safeguarding Children Board" in again.stderr and "--merge" in again.stderr
    assert count_rows(database_url, *MODELS) == before
    merged = dscb("import-board", str(exported), "--merge", url=database_url)
    assert merged.returncode == 0, merged.stderr
    assert "Merged into Dudley Safeguarding Children Board: nothing new to add" in merged.stdout
    boards, *rest = count_rows(database_url, *MODELS)
    assert (boards, *rest[:-1]) == before[:-1] and rest[-1] == before[-1] + 1  # only the merge's own event


def test_a_merge_adds_what_the_board_lacks_once_renumbering_a_taken_reference(
    database_url: str, source: tuple[str, int], tmp_path: Path
) -> None:
    src, src_board = source
    with db.transaction(database_url) as session:  # restored here from an early export
        with db.reading(src) as read:
            early = export_board(read, src_board)
        here = restore_board(session, early).board_id
    _act(database_url, here, "2015-05-20T09:00", "Book the September venue", "Tony Oakman")  # A-3 here
    _act(src, src_board, "2015-05-21T09:00", "Circulate the S11 template", "Su Vincent", "sent to partners")
    with db.transaction(src) as session:
        snapshot = Assistant(src, src_board).snapshot(session)
        tracker.add_note(
            session, src_board, 1, "BI replied", by=snapshot.person("Pam Smith"), today=dt.date(2015, 6, 2)
        )
    later = _export(src, src_board, tmp_path / "later.json")
    merged = dscb("import-board", str(later), "--merge", url=database_url)
    assert merged.returncode == 0, merged.stderr
    assert f"Merged into {SANDWELL}: added 1 action rows, 1 assignment rows, 3 event rows" in merged.stdout
    assert "A-3 of the export is A-4 here (A-3 here is another action)." in merged.stdout
    assert _lines(database_url, here, 1) == _lines(src, src_board, 1)  # the new update, once
    assert _lines(database_url, here, 4) == _lines(src, src_board, 3)
    assert _lines(database_url, here, 3)[0].startswith("20 May: recorded by Martine McFadden for Tony Oakman")
    with db.transaction(database_url) as session:
        again = restore_board(session, json.loads(later.read_text()), merge=True)
        assert not again.added and not again.renumbered
        assert session.get_one(Board, here).next_action_number == 5


def test_a_first_import_beside_another_board_is_named_and_its_history_is_its_own(
    database_url: str, board_id: int, source: tuple[str, int], tmp_path: Path
) -> None:
    _act(database_url, board_id, "2015-04-01T09:00", "Dudley's own first action", "Su Vincent")
    exported = _export(*source, tmp_path / "sandwell.json")
    restored = dscb("import-board", str(exported), "--board-name", "Sandwell SCP", url=database_url)
    assert restored.returncode == 0, restored.stderr
    listed = json.loads(dscb("board", "list", "--json", url=database_url).stdout)
    assert [(b["name"], b["members"], b["open_actions"]) for b in listed] == [
        ("Dudley Safeguarding Children Board", 30, 1), ("Sandwell SCP", 30, 2)
    ]  # fmt: skip
    sandwell = listed[1]["id"]
    assert _lines(database_url, sandwell, 1) == _lines(*source, 1)  # events follow their rows' new ids
    assert _lines(database_url, board_id, 1)[0].startswith("1 April: recorded by Martine McFadden for Su Vincent")
    report = dscb("--board", "Sandwell SCP", "report", "tracker", "--now", "2015-05-22T09:00", url=database_url)
    assert report.returncode == 0, report.stderr
    assert report.stdout.startswith("# Sandwell SCP")


def test_rename_a_board_and_the_reports_carry_the_new_name(database_url: str, board_id: int) -> None:
    renamed = dscb("board", "rename", "dudley safeguarding children board", "Dudley Safeguarding Partnership",
                   url=database_url)  # fmt: skip
    assert renamed.returncode == 0, renamed.stderr
    assert renamed.stdout.strip() == "Renamed Dudley Safeguarding Children Board to Dudley Safeguarding Partnership."
    report = dscb("report", "tracker", "--now", "2015-05-22T09:00", url=database_url)
    assert report.stdout.startswith("# Dudley Safeguarding Partnership"), report.stdout[:200]
    with db.reading(database_url) as session:
        event = session.scalars(select(Event).where(Event.change == "renamed")).one()
        assert (event.old, event.new) == ({"name": "Dudley Safeguarding Children Board"},
                                          {"name": "Dudley Safeguarding Partnership"})  # fmt: skip


def test_what_is_refused_changes_nothing(sqlite_url: str, source: tuple[str, int], tmp_path: Path) -> None:
    make_board(sqlite_url)
    exported = _export(*source, tmp_path / "sandwell.json")
    with db.transaction(sqlite_url) as session:
        restore_board(session, json.loads(exported.read_text()))
    before = count_rows(sqlite_url, *MODELS)
    with db.transaction(sqlite_url) as session:
        with pytest.raises(InvalidInput, match="Another board of this database is called"):
            rename_board(session, SANDWELL, "dudley safeguarding children board")
        with pytest.raises(NotFound, match="There is no board called"):
            rename_board(session, "Walsall", "Walsall SCP")
        with pytest.raises(InvalidInput, match="needs a name"):
            rename_board(session, SANDWELL, "   ")
        with pytest.raises(InvalidInput, match="--board-name names a board at its first import"):
            restore_board(session, json.loads(exported.read_text()), merge=True, name="Another name")
        with pytest.raises(InvalidInput, match="not a board assistant export"):
            restore_board(session, {"tables": {}})
        assert find_board(session, SANDWELL).name == SANDWELL
    assert count_rows(sqlite_url, *MODELS) == before
    refused = dscb("board", "rename", "Walsall", "Walsall SCP", url=sqlite_url)
    assert refused.returncode == 2 and refused.stderr.strip() == "dscb: There is no board called 'Walsall'."
    assert count_rows(sqlite_url, *MODELS) == before
    with db.reading(sqlite_url) as session:
        assert session.scalar(select(func.count()).select_from(Board)) == 2
