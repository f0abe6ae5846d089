"""Statutory audits: cycles, returns per agency and school, counts, permissions, overdue, plans and reports."""

from __future__ import annotations

import datetime as dt
import io
import json
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from bot.conversation.assistant import Assistant
from bot.errors import InvalidInput, NotAllowed
from bot.tracker.audits import add_cycle, import_schools, returns_for
from store import db
from store.models import Action, AuditReturn, AuditStatus, AuditType, Event
from tests.conftest import SEED_NOW, make_board
from tests.test_cli import dscb

LATE = dt.datetime(2015, 8, 5, 9, 0)


@pytest.fixture
def assistant(database_url: str, board_id: int) -> Assistant:
    return Assistant(database_url, board_id)


def say(assistant: Assistant, who: str, text: str, now: dt.datetime = SEED_NOW) -> Any:
    with db.transaction(assistant.database_url) as session:
        person = assistant.writer(session, who)
    return assistant.reply(person, text, now)


def open_s11(assistant: Assistant, due: dt.date = dt.date(2015, 7, 31)) -> None:
    with db.transaction(assistant.database_url) as session:
        add_cycle(session, assistant.board_id, AuditType.S11, "2015", issued=dt.date(2015, 4, 1), due=due, by=None)


def statuses(assistant: Assistant) -> dict[str, str]:
    with db.transaction(assistant.database_url) as session:
        return {r.subject: r.status.value for r in session.scalars(select(AuditReturn))}


def test_an_s11_cycle_has_a_return_for_each_statutory_agency(assistant: Assistant) -> None:
    open_s11(assistant)
    subjects = set(statuses(assistant))
    assert {"West Midlands Police", "National Probation Service", "Probation – CRC", "Cafcass", "DMBC",
            "Dudley CCG", "BCPFT"} <= subjects  # fmt: skip
    assert not {"Lay Advisor", "Independent Chair", "DCVS", "Early Years"} & subjects
    assert set(statuses(assistant).values()) == {"not_started"}


def test_members_update_their_own_agency_and_nobody_else_does(assistant: Assistant) -> None:
    open_s11(assistant)
    assert say(assistant, "Sally Holmes", "Police S11 audit is complete").text == (
        "Updated S11 2015 for West Midlands Police: complete."
    )
    assert say(assistant, "Richard Fisher", "WMP S11 submitted").text.endswith("West Midlands Police: submitted.")
    assert say(assistant, "Richard Fisher", "WMP S11 complete").stored
    refused = say(assistant, "Viv Townsend", "Police S11 audit not started")
    assert refused.text.startswith("Only members of West Midlands Police") and not refused.stored
    assert say(assistant, "Viv Townsend", "NPS section 11 in progress").stored
    assert say(assistant, "Martine McFadden", "Cafcass S11 submitted").stored  # the manager updates any
    assert say(assistant, "Roger Clayton", "BCPFT Section 11 in progress").stored  # and so does the chair
    assert statuses(assistant)["West Midlands Police"] == "complete"
    assert statuses(assistant)["National Probation Service"] == "in_progress"
    assert statuses(assistant)["Cafcass"] == "submitted"


def test_s175_counts_by_the_manager_or_a_schools_representative_only(assistant: Assistant) -> None:
    refused = say(assistant, "Viv Townsend", "S175: 70 of 114 complete, 15 not started")
    assert refused.text.startswith("Only the business manager, the chair or a schools' representative")
    first = say(assistant, "Marie Hunter", "S175 update: 60 of 114 schools complete")  # Primary & Special rep
    assert first.stored and "There was no open S175 cycle, so I opened 2015" in first.text
    assert say(assistant, "Martine McFadden", "S175 update: 70 of 114 schools complete, 15 not started").stored
    answer = say(assistant, "Roger Clayton", "How are the S175 audits going?")
    assert answer.text == "S175 2015: 70 of 114 complete (61%), 15 not started (13%), 29 in progress (25%)"
    too_many = say(assistant, "Martine McFadden", "S175: 120 of 114 complete")
    assert too_many.text.startswith("120 complete is more than the 114") and not too_many.stored


def test_outstanding_returns_say_how_overdue(assistant: Assistant) -> None:
    open_s11(assistant)
    say(assistant, "Sally Holmes", "Police S11 audit is complete", LATE)
    answer = say(assistant, "Tony Oakman", "which S11 audits are outstanding?", LATE).text
    assert answer.startswith("S11 2015: 1 of 10 complete (10%), 9 not started (90%), 0 in progress (0%); due 31 July")
    assert "• Cafcass: not started, 5 days overdue" in answer
    assert "West Midlands Police" not in answer
    on_time = say(assistant, "Tony Oakman", "which S11 audits are outstanding?", SEED_NOW).text
    assert "overdue" not in on_time


def test_every_change_is_kept_with_who_and_when(assistant: Assistant) -> None:
    open_s11(assistant)
    say(assistant, "Sally Holmes", "WMP S11 in progress")
    say(assistant, "Sally Holmes", "WMP S11 submitted")
    with db.transaction(assistant.database_url) as session:
        changes = session.scalars(select(Event).where(Event.entity == "audit_return").order_by(Event.id)).all()
    assert [(e.actor, e.old["status"] if e.old else None, e.new["status"] if e.new else None) for e in changes] == [
        ("Sally Holmes", "not_started", "in_progress"),
        ("Sally Holmes", "in_progress", "submitted"),
    ]


def test_an_action_plan_is_linked_to_its_return(assistant: Assistant) -> None:
    open_s11(assistant)
    recorded = say(assistant, "Martine McFadden", "WMP S11 action plan: provide a Dudley-specific analysis by end June")
    assert recorded.text.startswith("Recorded A-1 for West Midlands Police, due Tue 30 June")
    with db.transaction(assistant.database_url) as session:
        linked = session.scalar(select(AuditReturn.subject).join(Action, Action.audit_return_id == AuditReturn.id))
    assert linked == "West Midlands Police"
    assert "Action plan: A-1 (open)" in say(assistant, "Tony Oakman", "What's the status of the police S11?").text


def test_members_open_no_cycles_and_cycles_are_checked(assistant: Assistant) -> None:
    with db.transaction(assistant.database_url) as session:
        viv = assistant.writer(session, "Viv Townsend")
    with pytest.raises(NotAllowed), db.transaction(assistant.database_url) as session:
        add_cycle(session, assistant.board_id, AuditType.S11, "2016", issued=None, due=None, by=viv)
    open_s11(assistant)
    with pytest.raises(InvalidInput, match="already a S11 cycle called '2015'"):
        open_s11(assistant)
    with pytest.raises(InvalidInput, match="due before it is issued"), db.transaction(assistant.database_url) as s:
        add_cycle(s, assistant.board_id, AuditType.CSE, "x", issued=dt.date(2015, 5, 1), due=dt.date(2015, 4, 1),
                  by=None)  # fmt: skip


def test_schools_make_s175_returns(assistant: Assistant) -> None:
    with db.transaction(assistant.database_url) as session:
        assert import_schools(
            session, assistant.board_id, "name,phase\nAshwood Primary,primary\nBeacon High,secondary\n"
        ) == (2, 0)
        add_cycle(session, assistant.board_id, AuditType.S175, "2015", issued=None, due=dt.date(2015, 7, 31), by=None)
        assert import_schools(session, assistant.board_id, "name\nAshwood Primary\nCastle Special\n") == (1, 1)
        cycle, rows = returns_for(session, assistant.board_id, AuditType.S175)
        assert cycle is not None and sorted(r.subject for r in rows) == ["Ashwood Primary", "Beacon High",
                                                                         "Castle Special"]  # fmt: skip
        rows[0].status = AuditStatus.COMPLETE
    answer = say(assistant, "Roger Clayton", "which schools haven't started their S175?", LATE).text
    assert answer.splitlines()[0].startswith("S175 2015: 1 of 3 complete (33%), 2 not started (67%)")
    assert "• Beacon High: not started, 5 days overdue" in answer
    with pytest.raises(InvalidInput, match="needs a 'name' column"), db.transaction(assistant.database_url) as s:
        import_schools(s, assistant.board_id, "school\nX\n")


def test_report_audits_in_every_format(sqlite_url: str, tmp_path: Any) -> None:
    make_board(sqlite_url)
    assert dscb("audit", "cycle", "add", "S11", "2015", "--due", "2015-07-31", url=sqlite_url).returncode == 0
    rows = json.loads(dscb("report", "audits", "--format", "json", "--now", "2015-08-05T09:00", url=sqlite_url).stdout)
    assert set(rows[0]) >= {"type", "cycle", "subject", "status", "completed", "total", "not_started", "due",
                            "updated_at", "updated_by"}  # fmt: skip
    assert all(r["overdue"] for r in rows)
    out = tmp_path / "audits.xlsx"
    assert dscb("report", "audits", "--format", "xlsx", "--output", str(out), url=sqlite_url).returncode == 0
    sheet = load_workbook(io.BytesIO(out.read_bytes())).active
    assert sheet is not None and sheet.freeze_panes == "A3"
    assert "| S11 |" in dscb("report", "audits", "--format", "md", url=sqlite_url).stdout
    assert dscb("report", "audits", "--format", "csv", url=sqlite_url).stdout.startswith("type,cycle,subject")


def test_console_acceptance(sqlite_url: str) -> None:
    """The issue's acceptance, through the piped console."""
    make_board(sqlite_url)
    manager = dscb(
        "console",
        "--as",
        "Martine McFadden",
        "--now",
        "2015-05-15T09:30",
        url=sqlite_url,
        stdin="S175 update: 70 of 114 schools complete, 15 not started\nHow are the S175 audits going?\n",
    )
    assert "(61%)" in manager.stdout.splitlines()[-1] and "(13%)" in manager.stdout.splitlines()[-1]
    sally = dscb("console", "--as", "Sally Holmes", url=sqlite_url, stdin="Police S11 audit is complete\n")
    assert "West Midlands Police: complete" in sally.stdout
    viv = dscb("console", "--as", "Viv Townsend", url=sqlite_url, stdin="Police S11 audit not started\n")
    assert viv.stdout.startswith("Only members of West Midlands Police")
    report = json.loads(dscb("report", "audits", "--format", "json", url=sqlite_url).stdout)
    assert [r["status"] for r in report if r["subject"] == "West Midlands Police"] == ["complete"]


def test_the_home_page_counts_a_submitted_return_as_done_like_the_reports(assistant: Assistant) -> None:
    open_s11(assistant)
    say(assistant, "Sally Holmes", "WMP S11 submitted")
    with db.transaction(assistant.database_url) as session:
        sally, martine = assistant.writer(session, "Sally Holmes"), assistant.writer(session, "Martine McFadden")
    police = assistant.home(sally, LATE).audits
    assert [(line.subject, line.status, line.overdue) for line in police] == [
        ("West Midlands Police", "submitted", False)
    ]
    board = assistant.home(martine, LATE).board
    assert board is not None and board.audits_outstanding == len(statuses(assistant)) - 1
