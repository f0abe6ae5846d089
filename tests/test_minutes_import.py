"""Importing minutes into the tracker: one transaction, roster matching, idempotence, the acceptance figures."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from bot.conversation.assistant import Assistant
from bot.minutes.importer import import_minutes
from bot.minutes.reader import minutes_text, parse_minutes
from bot.understanding.text import fold
from store import db
from store.models import Action, Assignment, Attendance, AttendanceStatus, Meeting, Member
from tests.conftest import ROOT, make_board, shared_fixture
from tests.test_cli import dscb

SECOND_LAYOUT = ROOT / "tests" / "fixtures" / "minutes" / "dudley-2015-07-10.md"


def counts(url: str) -> dict[str, int]:
    with db.transaction(url) as session:
        return {
            model.__name__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Member, Meeting, Attendance, Action, Assignment)
        }


def run_import(url: str, board_id: int, path: Path) -> Any:
    assistant = Assistant(url, board_id)
    with db.transaction(url) as session:
        snapshot = assistant.snapshot(session)
        minutes = parse_minutes(minutes_text(path.read_bytes(), path.name), snapshot.names,
                                snapshot.directory.board_dates)  # fmt: skip
        return import_minutes(session, board_id, minutes, snapshot.names, by=None)


def test_the_seed_minutes_import_once(database_url: str) -> None:
    board_id = make_board(database_url)
    summary = run_import(database_url, board_id, shared_fixture("dscb-minutes-2015-05-15.txt"))
    assert len(summary.actions) == 12 and summary.new_members == []
    after_first = counts(database_url)
    assert after_first["Member"] == 30  # "Sue Vincent" and "Nicky Campbell" are members already; Anthea Jones is not
    assert after_first["Attendance"] == 30
    again = run_import(database_url, board_id, shared_fixture("dscb-minutes-2015-05-15.txt"))
    assert (again.actions, again.attendance, again.skipped_actions) == ([], 0, 12)
    assert counts(database_url) == after_first
    with db.transaction(database_url) as session:
        meetings = {m.date.isoformat(): m for m in session.scalars(select(Meeting))}
        assert set(meetings) == {"2015-05-15", "2015-07-10"}
        nxt = meetings["2015-07-10"]
        assert (f"{nxt.start:%H:%M}", f"{nxt.end:%H:%M}", nxt.venue) == ("10:00", "14:00", "Saltwells EDC")
        apologies = session.scalars(
            select(Member.name).join(Attendance).where(Attendance.status == AttendanceStatus.APOLOGIES)
        ).all()
        assert sorted(apologies) == ["Annette Callear", "Jayne Sargeant", "Karen Jackson", "Kate McConnell",
                                     "Remley Mann"]  # fmt: skip
        outsiders = session.scalars(select(Assignment.external_name).where(Assignment.external_name.is_not(None)))
        assert list(outsiders) == ["Anthea Jones"]
        items = session.scalars(select(Action.agenda_item).order_by(Action.number)).all()
        assert items == ["2", "2", "2", "2", "3", "3", "12", "5", "5", "7", "7", "10"]


def test_a_second_layout_adds_new_people_to_their_agency_but_not_representatives(database_url: str) -> None:
    board_id = make_board(database_url)
    summary = run_import(database_url, board_id, SECOND_LAYOUT)
    assert summary.actions
    with db.transaction(database_url) as session:
        names = set(session.scalars(select(Member.name)))
        reps = dict(session.execute(select(Member.name, Attendance.representative).join(Attendance)).all())
    assert "Lisa Grant" not in names  # she attended as Kate McConnell's named representative
    assert reps["Kate McConnell"] == "Lisa Grant"
    assert "Nicky Campbell" not in names and "Nicola Campbell" in names


def test_bad_minutes_change_nothing(database_url: str, tmp_path: Path) -> None:
    make_board(database_url)
    before = counts(database_url)
    for name, content in (("empty.txt", b""), ("list.txt", b"eggs\nmilk\nbread\n"),
                          ("bad-date.md", b"Date: 31st February 2015\nPresent:\n- Viv Townsend (NPS)\n")):  # fmt: skip
        path = tmp_path / name
        path.write_bytes(content)
        result = dscb("import-minutes", str(path), url=database_url)
        assert result.returncode == 2, (name, result.stdout, result.stderr)
        assert result.stderr.startswith("dscb: ") and "Traceback" not in result.stderr
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 5_000_000)
    assert "at most 2 MB" in dscb("import-minutes", str(big), url=database_url).stderr
    assert counts(database_url) == before


def test_acceptance_dry_run_json_matches_the_expected_file(sqlite_url: str) -> None:
    """`dscb import-minutes ... --dry-run --json` against the expected file; nothing is stored."""
    expected = json.loads(shared_fixture("dscb-minutes-2015-05-15.expected.json").read_text())
    dscb("roster", "import", str(shared_fixture("dscb-roster.csv")), url=sqlite_url)
    before = counts(sqlite_url)
    result = dscb("import-minutes", str(shared_fixture("dscb-minutes-2015-05-15.txt")), "--dry-run", "--json",
                  url=sqlite_url)  # fmt: skip
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert counts(sqlite_url) == before
    assert [a["name"] for a in found["attendees"]] == expected["attendees"]
    assert [a["name"] for a in found["apologies"]] == expected["apologies"]
    assert found["meeting"]["date"] == expected["meeting"]["date"]
    assert {k: found["next_meeting"][k] for k in ("date", "start", "end")} == expected["next_meeting"]
    matched = 0
    for want in expected["actions"]:
        got = [a for a in found["actions"] if fold(want["text"])[:30] in fold(a["text"])]
        names = {o["name"] for o in got[0]["owners"]} if got else None
        owners_ok = names is not None and all(names & set(alternatives) for alternatives in want["owners"])
        owners_ok = owners_ok and (bool(want["owners"]) or names == set())
        if got and owners_ok and got[0]["due"] == want["due"] and want.get("not_owner") not in (names or set()):
            matched += 1
    assert matched >= 11, matched


def test_tracker_report_in_every_format_from_the_command_line(sqlite_url: str, tmp_path: Path) -> None:
    dscb("roster", "import", str(ROOT / "bot" / "data" / "demo-roster.csv"), url=sqlite_url)
    if not (ROOT.parent / "shared").exists():
        pytest.skip("the seed minutes are in ../shared")
    dscb("import-minutes", str(shared_fixture("dscb-minutes-2015-05-15.txt")), url=sqlite_url)
    now = ["--now", "2015-07-01T09:00"]
    for fmt in ("md", "csv", "html", "xlsx"):
        out = tmp_path / f"tracker.{fmt}"
        result = dscb("report", "tracker", "--format", fmt, "--output", str(out), *now, url=sqlite_url)
        assert result.returncode == 0, result.stderr
        assert out.stat().st_size > 500
    assert "A-12" in (tmp_path / "tracker.md").read_text()
    assert "@page" in (tmp_path / "tracker.html").read_text()
    sheet = load_workbook(io.BytesIO((tmp_path / "tracker.xlsx").read_bytes())).active
    assert sheet is not None
    refs = [row[1] for row in sheet.iter_rows(min_row=4, values_only=True) if str(row[1]).startswith("A-")]
    assert len(refs) == 12
