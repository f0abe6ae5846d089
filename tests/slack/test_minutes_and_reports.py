"""The manager sends minutes in a DM, previews, confirms; owners hear once; the tracker arrives as a file."""

from __future__ import annotations

import io
import json
import logging
import threading

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

import bot.reports.tracker
from bot.minutes.agenda import AGENDA_CHANGE
from store import db
from store.models import Action, Event
from tests.conftest import ROOT
from tests.slack import requests as slack
from tests.slack.conftest import SlackBoard

MINUTES = ROOT / "tests" / "fixtures" / "minutes" / "dudley-2015-07-10.md"
OWNERS_ON_SLACK = sorted(["UMARTINE", "UROGER", "USALLY", "USUEH", "USUV", "UTONY", "UVIV"])  # owners in MINUTES


def shared_file(board: SlackBoard, user: str, file_id: str = "FMINUTES") -> None:
    board.mock.host_file(file_id, MINUTES.name, MINUTES.read_bytes())
    event = {"type": "message", "subtype": "file_share", "channel": f"D{user}", "channel_type": "im", "user": user,
             "text": "", "ts": slack.new_ts(), "files": [{"id": file_id, "name": MINUTES.name}]}  # fmt: skip
    assert board.send(slack.event(event)).status == 200


def stored_actions(board: SlackBoard) -> int:
    with db.transaction(board.database_url) as session:
        return session.scalar(select(func.count()).select_from(Action)) or 0


def test_minutes_preview_then_confirm_imports_and_tells_each_owner_once(slack_board: SlackBoard) -> None:
    shared_file(slack_board, "UMARTINE")
    preview = slack_board.posted()[-1]
    assert preview["text"].startswith("Minutes of the meeting on Friday 10 July 2015")
    assert stored_actions(slack_board) == 0
    confirm = preview["blocks"][-1]["elements"][0]
    assert confirm["text"]["text"] == "Confirm import"
    click = slack.block_action("UMARTINE", confirm["action_id"], value=confirm["value"], message=preview,
                               channel="DUMARTINE", response_url_base=slack_board.mock.response_url_base)  # fmt: skip
    slack_board.send(click)
    done = slack_board.mock.wait_for("response_url")[-1].params
    assert done["text"].startswith("Imported Friday 10 July 2015")
    imported = stored_actions(slack_board)
    assert imported > 0
    with db.transaction(slack_board.database_url) as session:  # the items' titles, for the report's headings
        agenda = session.scalars(select(Event.new).where(Event.change == AGENDA_CHANGE)).all()
    assert len(agenda) == 1 and agenda[0]["items"]
    slack_board.send(click)  # pressed twice: nothing more is stored
    assert stored_actions(slack_board) == imported
    posted = slack_board.mock.wait_for("chat.postMessage", 1 + len(OWNERS_ON_SLACK), timeout=10)  # the preview,
    # then the owners' DMs, which go out after the acknowledgement
    lists = [c.params["channel"] for c in posted if "from the minutes" in c.params["text"]]
    assert sorted(lists) == OWNERS_ON_SLACK  # one DM per owner, listing all their new actions


def test_only_the_manager_or_chair_imports_minutes(slack_board: SlackBoard) -> None:
    shared_file(slack_board, "UVIV")
    assert slack_board.posted()[-1]["text"] == "Only the business manager or the chair can import minutes."


def test_dscb_report_uploads_the_tracker_as_a_spreadsheet(slack_board: SlackBoard) -> None:
    slack_board.dm("UMARTINE", "Viv Townsend to send the chart by 22 May")
    answer = slack_board.command("UVIV", "/dscb-report", "xlsx")
    assert "Preparing the action tracker" in answer.text
    slack_board.mock.wait_for("files.completeUploadExternal")
    (content,) = slack_board.mock.uploads.values()
    sheet = load_workbook(io.BytesIO(content)).active
    assert sheet is not None
    assert any(row[1] == "A-1" for row in sheet.iter_rows(min_row=4, values_only=True))
    assert "not 'pdf'" in slack_board.command("UVIV", "/dscb-report", "pdf").text
    assert "send me the minutes file" in json.dumps(slack_board.command("UVIV", "/dscb-minutes").json())


def test_dscb_report_is_acknowledged_before_the_file_is_built(
    slack_board: SlackBoard, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The acknowledgement does not wait for the report: here the spreadsheet is held back until after it."""
    slack_board.dm("UMARTINE", "Viv Townsend to send the chart by 22 May")
    release, building = threading.Event(), threading.Event()
    render = bot.reports.tracker.render_xlsx

    def held_back(report: bot.reports.tracker.TrackerReport) -> bytes:
        building.set()
        assert release.wait(10), "the test never released the report"
        return render(report)

    monkeypatch.setattr(bot.reports.tracker, "render_xlsx", held_back)
    try:
        answer = slack_board.command("UVIV", "/dscb-report", "xlsx")
        assert answer.status == 200
        assert "Preparing the action tracker (xlsx)" in answer.text
        assert building.wait(10)  # the report is being built, after the answer went back
        assert not slack_board.mock.calls("files.getUploadURLExternal")
    finally:
        release.set()
    slack_board.mock.wait_for("files.completeUploadExternal")
    (content,) = slack_board.mock.uploads.values()
    sheet = load_workbook(io.BytesIO(content)).active
    assert sheet is not None
    assert [row[1] for row in sheet.iter_rows(min_row=4, values_only=True)] == ["A-1"]


def test_a_report_that_fails_in_the_background_is_logged_and_told(
    slack_board: SlackBoard, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(report: bot.reports.tracker.TrackerReport) -> str:
        raise RuntimeError("disk full")

    monkeypatch.setattr(bot.reports.tracker, "render_csv", broken)
    with caplog.at_level(logging.ERROR, logger="handlers.slack.app"):
        answer = slack_board.command("UVIV", "/dscb-report", "csv")
        assert "Preparing the action tracker (csv)" in answer.text
        told = slack_board.mock.wait_for("response_url")[-1].params
    assert told["text"].startswith("Sorry, I couldn't prepare the action tracker")
    assert told["response_type"] == "ephemeral"
    assert "the tracker report failed" in caplog.text
    assert "RuntimeError at" in caplog.text and "disk full" not in caplog.text  # where, never the message
    assert not slack_board.mock.calls("files.getUploadURLExternal")


def test_an_upload_slack_refuses_is_told(slack_board: SlackBoard) -> None:
    slack_board.mock.fail("files.getUploadURLExternal", error="not_allowed_token_type")
    answer = slack_board.command("UVIV", "/dscb-report", "md")
    assert "Preparing the action tracker (md)" in answer.text
    told = slack_board.mock.wait_for("response_url")[-1].params
    assert told["text"].startswith("Sorry, Slack didn't accept the action tracker file (not_allowed_token_type).")
    assert not slack_board.mock.uploads


def test_another_boards_pdf_minutes_preview_names_the_people_it_will_add(slack_board: SlackBoard) -> None:
    """A PDF of another board's minutes (tables and all): the preview says who from the attendance is new to the
    roster; Confirm adds them as members and gives the actions they own to them, not to named outsiders."""
    from tests.minutes_samples.samples import load_source

    data, name = load_source(ROOT / "tests" / "fixtures" / "boards" / "ashby-fields-lscb-2014-11")
    slack_board.mock.host_file("FPDF", name, data)
    event = {"type": "message", "subtype": "file_share", "channel": "DUMARTINE", "channel_type": "im",
             "user": "UMARTINE", "text": "", "ts": slack.new_ts(), "files": [{"id": "FPDF", "name": name}]}  # fmt: skip
    assert slack_board.send(slack.event(event)).status == 200
    preview = slack_board.posted()[-1]
    assert preview["text"].startswith("Minutes of the meeting on Thursday 27 November 2014: 16 attendees, 4 apologies")
    assert (
        "New to the roster, added as members from the attendance (20): Angela Jarvis, David Mensah" in preview["text"]
    )
    assert stored_actions(slack_board) == 0
    confirm = preview["blocks"][-1]["elements"][0]
    click = slack.block_action("UMARTINE", confirm["action_id"], value=confirm["value"], message=preview,
                               channel="DUMARTINE", response_url_base=slack_board.mock.response_url_base)  # fmt: skip
    slack_board.send(click)
    assert slack_board.mock.wait_for("response_url")[-1].params["text"].startswith("Imported Thursday 27 November")
    from store.models import Assignment, Member

    with db.transaction(slack_board.database_url) as session:
        owned = session.execute(
            select(Member.name, Action.text).join(Assignment, Assignment.member_id == Member.id).join(Action)
        ).all()
        outsiders = session.scalars(select(Assignment.external_name).where(Assignment.external_name.is_not(None)))
        assert ("Gareth Lloyd", "Present the CSE problem profile to the Board") in owned
        # named outsiders: officers "in attendance" and a sub-group, who are not members present or apologies
        assert set(outsiders) == {"Greg Palmer", "Lorna Pryce", "Communications sub-group"}


def test_owners_and_dates_corrected_in_the_preview_are_what_is_stored(slack_board: SlackBoard) -> None:
    """Each action in the preview has an owner select (the board's members) and a date picker; what the manager
    chooses travels with Confirm and is stored instead of what was read. A forged owner id stores nothing."""
    shared_file(slack_board, "UMARTINE")
    preview = slack_board.posted()[-1]
    fixes = [b for b in preview["blocks"] if b.get("block_id", "").startswith("fix_minutes_")]
    listed = preview["text"].count("\n• item ")  # one line per action found
    assert listed >= 8 and len(fixes) == listed and preview["text"].count("Correct an owner or a date below") == 1
    first_select = fixes[0]["elements"][0]
    assert first_select["type"] == "static_select" and first_select["placeholder"]["text"] == "Owner: as read"
    viv = next(o["value"] for o in first_select["options"] if o["text"]["text"] == "Viv Townsend")
    labels = [b["elements"][0]["text"] for b in preview["blocks"] if b["type"] == "context"]
    assert slack_board.send(slack.block_action("UMARTINE", "fix_minutes_owner_0", value=None, message=preview,
                                               channel="DUMARTINE")).status == 200  # fmt: skip
    confirm = preview["blocks"][-1]["elements"][0]

    def click(owner: str) -> dict[str, object]:
        state = {"values": {
            "fix_minutes_0": {"fix_minutes_owner_0": {"type": "static_select", "selected_option": {"value": owner}}},
            "fix_minutes_1": {"fix_minutes_due_1": {"type": "datepicker", "selected_date": "2015-08-14"}},
        }}  # fmt: skip
        payload = slack.block_action("UMARTINE", confirm["action_id"], value=confirm["value"], message=preview,
                                     channel="DUMARTINE", response_url_base=slack_board.mock.response_url_base,
                                     state=state)  # fmt: skip
        return payload

    slack_board.send(click("999999"))
    refused = slack_board.mock.wait_for("response_url")[-1].params
    assert "not a member of this board" in refused["text"] and stored_actions(slack_board) == 0
    slack_board.send(click(viv))
    assert slack_board.mock.wait_for("response_url", 2)[-1].params["text"].startswith("Imported Friday 10 July")
    first_text = labels[0].split(": ", 1)[1].rstrip(".")
    with db.transaction(slack_board.database_url) as session:
        from store.models import Assignment, Member

        stored = session.execute(select(Action.agenda_item, Action.text, Action.due).order_by(Action.number)).all()
        first_owners = session.scalars(
            select(Member.name).join(Assignment, Assignment.member_id == Member.id).where(Assignment.action_id == 1)
        ).all()
    assert first_text.startswith(stored[0].text[:40]) and first_owners == ["Viv Townsend"]
    assert str(stored[1].due) == "2015-08-14"
