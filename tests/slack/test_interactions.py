"""Buttons, modals, shortcuts and the App Home."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from store import db
from store.models import Action, Assignment, AssignmentStatus, Attendance, Event
from tests.slack import requests as slack
from tests.slack.conftest import SlackBoard


def record(board: SlackBoard, text: str = "Viv Townsend to send the chart by 22 May") -> dict[str, Any]:
    board.dm("UMARTINE", text)
    return next(p for p in board.posted() if p["channel"] == "DUMARTINE" and p["text"].startswith("Recorded"))


def click(board: SlackBoard, user: str, message: dict[str, Any], action_id: str, **kw: Any) -> None:
    payload = slack.block_action(user, action_id, message=message, channel=f"D{user}",
                                 response_url_base=board.mock.response_url_base, **kw)  # fmt: skip
    assert board.send(payload).status == 200


def test_done_closes_and_change_date_re_dates(slack_board: SlackBoard) -> None:
    message = record(slack_board)
    click(slack_board, "UVIV", message, "action_change_date", selected_date="2015-06-05", block_id="action-1")
    assert slack_board.mock.wait_for("response_url")[-1].params["text"] == "A-1 is now due Fri 5 June."
    click(slack_board, "UTONY", message, "action_done", value="1")
    refused = slack_board.mock.wait_for("response_url", 2)[-1].params["text"]
    assert refused.startswith("A-1 belongs to Viv Townsend")
    click(slack_board, "UVIV", message, "action_done", value="1")
    assert slack_board.mock.wait_for("response_url", 3)[-1].params["text"] == "A-1 is closed: Send the chart"
    with db.transaction(slack_board.database_url) as session:
        action = session.scalars(select(Action)).one()
        assert action.due is not None and action.due.isoformat() == "2015-06-05"
        assert session.scalars(select(Assignment.status)).one() is AssignmentStatus.DONE


def test_unknown_buttons_and_garbage_values_change_nothing(slack_board: SlackBoard) -> None:
    message = record(slack_board)
    click(slack_board, "UVIV", message, "action_done", value="999")
    assert slack_board.mock.wait_for("response_url")[-1].params["text"] == "There is no action A-999 on this board."
    click(slack_board, "UVIV", message, "choose_option_0", value="{not json")
    click(slack_board, "UVIV", message, "action_change_date", selected_date="31-02-2015", block_id="action-1")
    unknown = slack.block_action("UVIV", "no_such_button", value="1", message=message, channel="DUVIV")
    assert slack_board.send(unknown).status == 404  # a quiet 4xx: Bolt has no listener for it
    with db.transaction(slack_board.database_url) as session:
        assert session.scalars(select(Assignment.status)).one() is AssignmentStatus.OPEN


def test_add_update_opens_a_modal_and_stores_the_note(slack_board: SlackBoard) -> None:
    message = record(slack_board)
    click(slack_board, "UVIV", message, "action_add_update", value="1")
    modal = slack_board.mock.wait_for("views.open")[-1].params["view"]
    assert modal["callback_id"] == "add_update_modal"
    values = {"note": {"note": {"type": "plain_text_input", "value": "Draft sent to Martine"}}}
    result = slack_board.send(slack.view_submission("UVIV", "add_update_modal", values, modal["private_metadata"]))
    assert result.status == 200
    with db.transaction(slack_board.database_url) as session:
        notes = session.scalars(select(Event.new).where(Event.change == "update")).all()
    assert notes == [{"note": "Draft sent to Martine"}]


def test_record_as_action_shortcut_prefills_the_modal_and_its_submission_records(slack_board: SlackBoard) -> None:
    slack_board.dm("UVIV", "hi")  # Viv is linked
    message = {"type": "message", "user": "UTONY", "ts": slack.new_ts(),
               "text": "Viv Townsend to send the chart by 22 May"}  # fmt: skip
    slack_board.send(slack.message_shortcut("UMARTINE", "record_as_action", message, "C0042"))
    modal = slack_board.mock.wait_for("views.open")[-1].params["view"]
    elements = {b["block_id"]: b["element"] for b in modal["blocks"]}
    assert elements["task"]["initial_value"] == "Send the chart"
    viv_id = elements["owners"]["initial_options"][0]["value"]
    assert elements["owners"]["initial_options"][0]["text"]["text"] == "Viv Townsend"
    assert elements["due"]["initial_date"] == "2015-05-22"
    assert "archives/C0042" in json.loads(modal["private_metadata"])["source_link"]
    values = {
        "task": {"task": {"type": "plain_text_input", "value": "Send the chart"}},
        "owners": {"owners": {"type": "multi_static_select", "selected_options": [{"value": viv_id}]}},
        "due": {"due": {"type": "datepicker", "selected_date": "2015-05-22"}},
    }
    result = slack_board.send(slack.view_submission("UMARTINE", "record_action_modal", values,
                                                    modal["private_metadata"]))  # fmt: skip
    assert result.status == 200 and not result.text.strip()
    to_viv = slack_board.mock.wait_for("chat.postMessage", 3)
    assert any(c.params["channel"] == "UVIV" and "A-1" in c.params["text"] for c in to_viv)
    with db.transaction(slack_board.database_url) as session:
        assert session.scalars(select(Action.source_link)).one().startswith("https://")


def test_an_empty_form_is_refused_field_by_field(slack_board: SlackBoard) -> None:
    values = {"task": {"task": {"value": ""}}, "owners": {"owners": {"selected_options": []}}}
    result = slack_board.send(slack.view_submission("UMARTINE", "record_action_modal", values, "{}"))
    assert result.json() == {
        "response_action": "errors",
        "errors": {"task": "Describe the action.", "owners": "Choose at least one owner."},
    }


def test_new_action_global_shortcut_opens_an_empty_form(slack_board: SlackBoard) -> None:
    slack_board.send(slack.global_shortcut("UMARTINE", "new_action"))
    modal = slack_board.mock.wait_for("views.open")[-1].params["view"]
    assert modal["callback_id"] == "record_action_modal"
    owners = modal["blocks"][1]["element"]
    assert len(owners["options"]) == 30 and "initial_options" not in owners


def test_home_shows_my_actions_the_next_meeting_and_takes_apologies(slack_board: SlackBoard) -> None:
    record(slack_board)
    slack_board.send(slack.app_home_opened("UVIV"))
    home = slack_board.mock.wait_for("views.publish")[-1].params
    assert home["user_id"] == "UVIV"
    text = json.dumps(home["view"])
    assert "*A-1* Send the chart" in text and "Friday 10 July 2015" in text and "cant_attend" in text
    assert "The board" not in text  # board-wide figures are for the manager and chair
    button = {"type": "home", "id": "VHOME"}
    slack_board.send(slack.block_action("UVIV", "cant_attend", value="2015-07-10", view=button))
    republished = slack_board.mock.wait_for("views.publish", 2)[-1].params
    assert "You have sent apologies" in json.dumps(republished["view"])
    with db.transaction(slack_board.database_url) as session:
        assert session.scalars(select(Attendance.status)).one().value == "apologies"
    slack_board.send(slack.app_home_opened("UMARTINE"))
    manager = json.dumps(slack_board.mock.wait_for("views.publish", 3)[-1].params["view"])
    assert "*1* open actions, *0* overdue" in manager


def test_home_audit_buttons_update_my_agencys_return_only(slack_board: SlackBoard) -> None:
    from bot.tracker.audits import add_cycle
    from store.models import AuditReturn, AuditType

    with db.transaction(slack_board.database_url) as session:
        add_cycle(session, slack_board.board_id, AuditType.S11, "2015", issued=None, due=None, by=None)
        police = session.scalars(select(AuditReturn).where(AuditReturn.subject == "West Midlands Police")).one().id
    slack_board.send(slack.app_home_opened("USALLY"))
    home = json.dumps(slack_board.mock.wait_for("views.publish")[-1].params["view"])
    assert f"audit-{police}" in home and "West Midlands Police" in home
    view = {"type": "home", "id": "VHOME"}
    choice = {"text": {"type": "plain_text", "text": "In progress"}, "value": "in_progress"}
    slack_board.send(slack.block_action("USALLY", "audit_status", block_id=f"audit-{police}", view=view,
                                        selected_option=choice))  # fmt: skip
    slack_board.send(slack.block_action("UVIV", "audit_status", block_id=f"audit-{police}", view=view,
                                        selected_option={**choice, "value": "complete"}))  # fmt: skip
    told = [c.params["text"] for c in slack_board.mock.wait_for("chat.postMessage", 2)]
    assert "S11 2015 for West Midlands Police: in progress." in told
    assert any(t.startswith("Only members of West Midlands Police") for t in told)
    with db.transaction(slack_board.database_url) as session:
        assert session.get_one(AuditReturn, police).status.value == "in_progress"
