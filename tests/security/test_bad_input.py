"""Bad input of every kind: a clear answer or a quiet 4xx, never a crash, never a half write."""

from __future__ import annotations

import json

from sqlalchemy import func, select

from store import db
from store.models import Action, Event
from tests.slack import requests as slack
from tests.slack.conftest import SlackBoard


def rows(board: SlackBoard) -> tuple[int, int]:
    with db.transaction(board.database_url) as session:
        return (session.scalar(select(func.count()).select_from(Action)) or 0,
                session.scalar(select(func.count()).select_from(Event)) or 0)  # fmt: skip


def test_huge_empty_and_strange_messages_get_answers(slack_board: SlackBoard) -> None:
    slack_board.dm("UMARTINE", "hello")  # linked
    before = rows(slack_board)
    for text in (
        "x" * 40_000,
        "",
        "   ",
        "\u202e\u0000\ufeff🤷‍♀️" * 50,
        "Ａｃｔｉｏｎ： ｔｅｓｔ",
        "<!channel> <@U1> &amp;",
    ):
        assert slack_board.dm("UMARTINE", text).status == 200
    answers = [p["text"] for p in slack_board.posted() if p["channel"] == "DUMARTINE"]
    assert len(answers) >= 6
    assert all("Traceback" not in a for a in answers)
    assert rows(slack_board) == before  # none of it was an action


def test_a_forty_thousand_character_action_is_refused_clearly(slack_board: SlackBoard) -> None:
    slack_board.dm("UMARTINE", "Viv Townsend to " + "send the chart " * 3000)
    answer = slack_board.posted()[-1]["text"]
    assert "please keep it under 1000" in answer
    assert rows(slack_board)[0] == 0


def test_a_stale_form_is_refused(slack_board: SlackBoard) -> None:
    values = {"note": {"note": {"type": "plain_text_input", "value": "done"}}}
    expired = slack_board.send(slack.view_submission("UVIV", "add_update_modal", values, "not json"))
    assert expired.json() == {"response_action": "errors", "errors": {"note": "This form has expired; open it again."}}
    missing = slack_board.send(slack.view_submission("UVIV", "add_update_modal", values, json.dumps({"number": 99})))
    assert missing.json()["errors"]["note"] == "There is no action A-99 on this board."
    assert rows(slack_board)[0] == 0
