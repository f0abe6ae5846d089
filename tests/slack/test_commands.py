"""Slash commands: answered in the acknowledgement, privately."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from store import db
from store.models import Attendance
from tests.slack.conftest import SlackBoard


def ack_of(board: SlackBoard, user: str, command: str, text: str = "") -> dict[str, Any]:
    result = board.command(user, command, text)
    assert result.status == 200, result.text
    body: dict[str, Any] = result.json() if result.text.startswith("{") else {"text": result.text}
    assert body.get("response_type", "ephemeral") == "ephemeral"
    return body


def test_dscb_actions_lists_mine_records_and_answers_queries(slack_board: SlackBoard) -> None:
    recorded = ack_of(slack_board, "UMARTINE", "/dscb-actions", "Viv Townsend to send the chart by 22 May")
    assert recorded["text"].startswith("Recorded A-1 for Viv Townsend")
    slack_board.command("UMARTINE", "/dscb-actions", "Police to provide the S11 analysis by the July board")
    mine = ack_of(slack_board, "UVIV", "/dscb-actions")
    assert mine["text"] == "You have 1 open action:"
    assert "*A-1* Send the chart" in json.dumps(mine["blocks"])
    for query, expected in (("Viv", "Viv Townsend has 1 open action"), ("police", "West Midlands Police has 1"),
                            ("all", "The board has 2 open actions"), ("A-2", "A-2: Provide the S11 analysis"),
                            ("overdue", "The board has no overdue actions")):  # fmt: skip
        assert ack_of(slack_board, "UTONY", "/dscb-actions", query)["text"].startswith(expected), query


def test_dscb_apologies_with_a_date_and_a_representative(slack_board: SlackBoard) -> None:
    body = ack_of(slack_board, "UVIV", "/dscb-apologies", "10 July Claire Hill")
    assert body["text"] == (
        "Apologies recorded for Viv Townsend for the board meeting on Friday 10 July; "
        "Claire Hill will attend as named representative."
    )
    assert ack_of(slack_board, "UTONY", "/dscb-apologies")["text"].startswith("Apologies recorded for Tony Oakman")
    bad = ack_of(slack_board, "USALLY", "/dscb-apologies", "10 July 12345")
    assert bad["text"].startswith("I couldn't read '12345' as a representative's name")
    with db.transaction(slack_board.database_url) as session:
        assert len(session.scalars(select(Attendance)).all()) == 2


def test_dscb_audit_update_and_status(slack_board: SlackBoard) -> None:
    update = ack_of(slack_board, "USALLY", "/dscb-audit", "WMP S11 submitted")
    assert "S11 2015 for West Midlands Police: submitted" in update["text"]
    refused = ack_of(slack_board, "UVIV", "/dscb-audit", "Police S11 not started")
    assert refused["text"].startswith("Only members of West Midlands Police")
    status = ack_of(slack_board, "UROGER", "/dscb-audit", "status")
    assert "West Midlands Police" not in status["text"]  # submitted: no longer outstanding
    assert "• Cafcass: not started" in status["text"]
    usage = ack_of(slack_board, "UROGER", "/dscb-audit", "the weather is nice")
    assert usage["text"].startswith("Tell me an audit update or ask for a status")


def test_dscb_help(slack_board: SlackBoard) -> None:
    assert "Record an action" in ack_of(slack_board, "UVIV", "/dscb")["text"]


def test_a_stranger_gets_a_polite_refusal_from_commands(slack_board: SlackBoard) -> None:
    body = ack_of(slack_board, "USTRANGER", "/dscb-actions", "all")
    assert "can't find you on the board's roster" in body["text"]
    assert "blocks" not in body


def test_the_manager_opens_an_audit_cycle_from_slack(slack_board: SlackBoard) -> None:
    refused = ack_of(slack_board, "UVIV", "/dscb-audit", "cycle S11 2015 due 31 July")
    assert refused["text"] == "Only the business manager or the chair can open an audit cycle."
    opened = ack_of(slack_board, "UMARTINE", "/dscb-audit", "cycle S11 2015 due 31 July")
    assert opened["text"] == "Opened S11 2015 with 10 returns to make, due Fri 31 July."
