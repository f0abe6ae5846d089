"""Export and restore a whole board; erase one person's personal data on request."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import func, select

from store import db
from store.models import Action, Assignment, Attendance, Board, Event, Member
from tests.conftest import DEMO_ROSTER
from tests.test_cli import dscb

SCRIPT = (
    "Viv Townsend to send the chart by 22 May\nall members to return the appraisal to Martine by end June\n"
    "can't make 10 July, Claire Hill will come instead\n"
)


def board_with_history(url: str) -> None:
    dscb("roster", "import", str(DEMO_ROSTER), url=url)
    dscb("meeting", "add", "2015-07-10", url=url)
    dscb("console", "--as", "Tony Oakman", "--now", "2015-05-15T09:30", url=url, stdin=SCRIPT)
    dscb("audit", "cycle", "add", "S11", "2015", url=url)


def test_export_then_import_board_restores_everything(database_url: str, tmp_path: Path) -> None:
    board_with_history(database_url)
    exported = tmp_path / "board.json"
    assert dscb("export", "--output", str(exported), url=database_url).returncode == 0
    data = json.loads(exported.read_text())
    assert {"board", "member", "action", "assignment", "attendance", "event", "audit_return"} <= set(data["tables"])
    target = f"sqlite:///{tmp_path / 'restored.db'}"
    restored = dscb("import-board", str(exported), url=target)
    assert restored.returncode == 0, restored.stderr
    with db.transaction(database_url) as a, db.transaction(target) as b:
        for model in (Member, Action, Assignment, Attendance, Event):
            assert b.scalar(select(func.count()).select_from(model)) == (a.scalar(
                select(func.count()).select_from(model)) or 0) + (1 if model is Event else 0)  # fmt: skip
    before = json.loads(dscb("actions", "--json", "--status", "all", url=database_url).stdout)
    after = json.loads(dscb("actions", "--json", "--status", "all", url=target).stdout)
    assert after == before
    db.engine_for(target).dispose()


def test_import_refuses_what_is_not_an_export(sqlite_url: str, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"tables": {}}')
    result = dscb("import-board", str(bad), url=sqlite_url)
    assert result.returncode == 2 and "not a board assistant export" in result.stderr
    with db.transaction(sqlite_url) as session:
        assert session.scalar(select(func.count()).select_from(Board)) == 0


def test_erasing_a_member_keeps_their_actions_with_their_agency(sqlite_url: str) -> None:
    board_with_history(sqlite_url)
    result = dscb("erase-member", "Viv Townsend", url=sqlite_url)
    assert result.returncode == 0, result.stderr
    assert "former member (NPS)" in result.stdout
    everything = dscb("export", url=sqlite_url).stdout
    assert "Viv Townsend" not in everything and "viv.townsend@example.org" not in everything
    actions = json.loads(dscb("actions", "--json", url=sqlite_url).stdout)
    chart = next(a for a in actions if a["text"] == "Send the chart")
    assert chart["owners"] == ["former member (NPS)"]
    assert "Viv Townsend" not in dscb("roster", url=sqlite_url).stdout
