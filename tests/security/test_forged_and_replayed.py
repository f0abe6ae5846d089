"""Forged payloads and replays: button and form values are the client's data, checked against the request's board
and the writer's rights; a signed request replayed within Slack's five minutes writes once; a workspace the app is
not installed in gets no board; ids that are not Slack-shaped get a 4xx."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.tracker.boards import create_board
from store import db
from store.models import Action, Agency, Assignment, AssignmentStatus, Attendance, Base, Board, Event, Member
from tests.conftest import count_rows
from tests.slack import requests as slack
from tests.slack.conftest import SlackBoard


def count(board: SlackBoard, model: type[Base]) -> int:
    return count_rows(board.database_url, model)[0]


def question(board: SlackBoard, text: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The message asking about an unknown owner, and its buttons' values."""
    board.dm("UMARTINE", text)
    asked = board.mock.wait_for("chat.postMessage")[-1].params
    blocks = asked["blocks"] if isinstance(asked["blocks"], list) else json.loads(asked["blocks"])
    buttons = [e for b in blocks if b["type"] == "actions" for e in b["elements"]]
    return {"ts": slack.new_ts(), "text": asked["text"]}, [json.loads(b["value"]) for b in buttons]


def choose(board: SlackBoard, message: dict[str, Any], value: object, user: str = "UMARTINE", **kw: Any) -> int:
    raw = value if isinstance(value, str) else json.dumps(value)
    payload = slack.block_action(user, "choose_option_0", value=raw, message=message, channel=f"D{user}",
                                 response_url_base=board.mock.response_url_base, **kw)  # fmt: skip
    return board.send(payload).status


def other_agency(board: SlackBoard) -> int:
    with db.transaction(board.database_url) as session:
        adults = create_board(session, "Safeguarding Adults Board", slack_team_id="T0000ADULTS")
        agency = Agency(board_id=adults.id, name="Secret Adults Agency", short_names=[])
        session.add(agency)
        session.flush()
        return agency.id


def test_a_forged_agency_of_another_board_is_refused_and_never_named(slack_board: SlackBoard) -> None:
    message, values = question(slack_board, "Anthea Jones to send the chart by 22 May")
    forged = {**values[0], "owners": [{"kind": "agency", "name": "Police", "id": other_agency(slack_board)}]}
    assert choose(slack_board, message, forged) == 200
    answer = slack_board.mock.wait_for("response_url")[-1].params["text"]
    assert "no longer valid" in answer and "Secret Adults Agency" not in answer
    assert count(slack_board, Action) == 0


@pytest.mark.parametrize(
    "owner",
    [
        {"kind": "member", "id": 999_999, "name": "Nobody"},
        {"kind": "agency", "id": "²", "name": "x"},
        {"kind": "group", "id": 10**30, "name": "x"},
        {"kind": "member", "id": 1e309, "name": "x"},
        {"kind": "member", "id": [1], "name": "x"},
        {"kind": "member", "id": True, "name": "x"},
        {"kind": "wizard", "id": 1, "name": "x"},
        {"kind": "unknown", "name": {"a": 1}},
        {"kind": "unknown", "name": "Child NHS 943 476 5919"},
        "not an owner",
    ],
)
def test_forged_owners_get_a_polite_answer_and_store_nothing(slack_board: SlackBoard, owner: object) -> None:
    message, values = question(slack_board, "Anthea Jones to send the chart by 22 May")
    assert choose(slack_board, message, {**values[0], "pending": [], "owners": [owner]}) == 200
    slack_board.mock.wait_for("response_url")
    assert count(slack_board, Action) == 0


@pytest.mark.parametrize(
    "change",
    [
        {"due": "not a date"},
        {"due": 20150522},
        {"asap": "yes please"},
        {"task": ["a", "list"]},
        {"pending": [{"text": "Anthea", "candidates": [["²", "x"]]}]},
        {"pending": [{"text": "Anthea", "candidates": [[999_999, "Ghost"]]}]},
        {"pending": "everyone"},
        {"audit_plan": {"type": "S11", "agency_id": 999_999}},
        {"audit_plan": {"type": "S999", "agency_id": 1}},
        {"source_link": "javascript:alert(1)"},
        {"writer": "1"},
        {"op": "complete", "number": "1e309"},
    ],
)
def test_forged_payload_fields_are_refused(slack_board: SlackBoard, change: dict[str, Any]) -> None:
    message, values = question(slack_board, "Anthea Jones to send the chart by 22 May")
    assert choose(slack_board, message, {**values[0], **change}) == 200
    assert count(slack_board, Action) == 0


@pytest.mark.parametrize("value", ["²", "10**30", "1e309", "-1", "0x1", " 1", "١", "9" * 40, ""])
def test_button_numbers_that_do_not_parse_change_nothing(slack_board: SlackBoard, value: str) -> None:
    slack_board.dm("UMARTINE", "Viv Townsend to send the chart by 22 May")
    slack_board.mock.wait_for("chat.postMessage", 2)
    message = {"ts": slack.new_ts(), "text": "x"}
    for action_id, extra in (
        ("action_done", {"value": value}),
        ("action_change_date", {"selected_date": "2030-01-01", "block_id": f"action-{value}"}),
        ("action_add_update", {"value": value}),
        ("list_page", {"value": json.dumps({"page": value, "q": ""})}),
        ("cant_attend", {"value": value}),
        ("audit_status", {"block_id": f"audit-{value}", "selected_option": {"value": "submitted"}}),
    ):
        payload = slack.block_action("UVIV", action_id, message=message, channel="DUVIV", **extra)
        assert slack_board.send(payload).status == 200, action_id
    with db.transaction(slack_board.database_url) as session:
        action = session.scalars(select(Action)).one()
        assert action.due is not None and action.due.isoformat() == "2015-05-22"
        assert session.scalars(select(Assignment.status)).one() is AssignmentStatus.OPEN


def replay(board: SlackBoard, payload: tuple[str, str], times: int = 3) -> list[slack.HttpResult]:
    """The same signed bytes sent again within Slack's five minutes, as an attacker who captured them would."""
    stamp = int(time.time())
    return [board.http.post(*payload, timestamp=stamp) for _ in range(times)]


def test_a_replayed_slash_command_records_once(slack_board: SlackBoard) -> None:
    command = slack.slash_command("/dscb-actions", "Tony to book the room by 1 June", "UMARTINE")
    first, *again = replay(slack_board, command)
    assert first.json()["text"].startswith("Recorded A-1 for Tony Oakman")
    assert all(r.status == 200 and "already done" in r.json()["text"] for r in again)
    assert count(slack_board, Action) == 1


def test_a_replayed_apology_and_audit_update_write_once(slack_board: SlackBoard) -> None:
    replay(slack_board, slack.slash_command("/dscb-apologies", "Claire Hill", "UVIV"))
    replay(slack_board, slack.slash_command("/dscb-audit", "cycle S11 2026", "UMARTINE"))
    with db.transaction(slack_board.database_url) as session:
        assert session.scalar(select(func.count()).select_from(Attendance)) == 1
        opened = session.scalars(select(Event).where(Event.entity == "audit_cycle")).all()
        assert len(opened) == 1


def test_replayed_modal_submissions_and_clicks_write_once(slack_board: SlackBoard) -> None:
    slack_board.dm("UMARTINE", "Viv Townsend to send the chart by 22 May")
    slack_board.mock.wait_for("chat.postMessage", 2)
    values = {"note": {"note": {"type": "plain_text_input", "value": "Draft sent to Martine"}}}
    replay(slack_board, slack.view_submission("UVIV", "add_update_modal", values, json.dumps({"number": 1})))
    with db.transaction(slack_board.database_url) as session:
        tony = session.scalars(select(Member.id).where(Member.name == "Tony Oakman")).one()
    record = {
        "task": {"task": {"type": "plain_text_input", "value": "Book the room"}},
        "owners": {"owners": {"type": "multi_external_select", "selected_options": [{"value": str(tony)}]}},
        "due": {"due": {"type": "datepicker", "selected_date": "2015-06-01"}},
    }
    replay(slack_board, slack.view_submission("UMARTINE", "record_action_modal", record, "{}"))
    message = {"ts": slack.new_ts(), "text": "x"}
    replay(slack_board, slack.block_action("UVIV", "action_done", value="1", message=message, channel="DUVIV"))
    with db.transaction(slack_board.database_url) as session:
        assert len(session.scalars(select(Event).where(Event.change == "update")).all()) == 1
        assert session.scalar(select(func.count()).select_from(Action)) == 2
        assert len(session.scalars(select(Event).where(Event.change == "done")).all()) == 1


def test_a_workspace_that_is_not_installed_gets_no_board(slack_board: SlackBoard) -> None:
    slack_board.dm("UMARTINE", "what do I owe?")  # the installed workspace takes the board on first contact
    for payload in (
        slack.dm("UINTRUDER", "what do I owe?", team_id="T0000EVIL"),
        slack.slash_command("/dscb-actions", "all", "UINTRUDER", team_id="T0000EVIL"),
        slack.app_home_opened("UINTRUDER", team_id="T0000EVIL"),
    ):
        assert slack_board.send(payload).status < 500
    with db.transaction(slack_board.database_url) as session:
        assert session.scalars(select(Board.slack_team_id)).all() == ["T0000BOARD"]


@pytest.mark.parametrize("field", ["team_id", "user_id", "channel_id"])
def test_over_long_or_strange_ids_get_a_4xx(slack_board: SlackBoard, field: str) -> None:
    ids = {"team_id": "T0000BOARD", "user_id": "UMARTINE", "channel_id": "C0001"}
    for bad in ("T" * 5000, "U<!channel>", "U\x00X", "Ü1234"):
        ids[field] = bad
        command = slack.slash_command("/dscb-actions", "Tony to book the room", ids["user_id"],
                                      team_id=ids["team_id"], channel_id=ids["channel_id"])  # fmt: skip
        assert 400 <= slack_board.send(command).status < 500
    assert count(slack_board, Action) == 0 and count(slack_board, Board) == 1
