"""Long listings in Slack: one page of 20 actions per message, read from the database page by page."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from bot.tracker.actions import NewAction, record_action
from bot.understanding.interpretation import Owner
from store import db
from store.models import Member
from tests.slack import requests as slack
from tests.slack.conftest import SlackBoard
from tests.slack.test_commands import ack_of


def _give_viv(board: SlackBoard, count: int) -> None:
    """``count`` actions for Viv Townsend, A-1 due 2 May, A-2 due 3 May, ... (13 overdue on 15 May)."""
    with db.transaction(board.database_url) as session:
        viv = session.query(Member).filter_by(board_id=board.board_id, name="Viv Townsend").one()
        for n in range(1, count + 1):
            due = dt.date(2015, 5, 1) + dt.timedelta(days=n)
            record_action(session, board.board_id, NewAction(f"Task {n}", (Owner("member", viv.name, viv.id),), due),
                          by=None)  # fmt: skip


def _refs(message: dict[str, Any]) -> list[str]:
    return [
        b["block_id"].removeprefix("action-") for b in message["blocks"] if b.get("block_id", "").startswith("action-")
    ]


def _pager(message: dict[str, Any]) -> dict[str, dict[str, Any]]:
    pager = next(b for b in message["blocks"] if b.get("block_id") == "pager")
    return {e["text"]["text"]: json.loads(e["value"]) for e in pager["elements"]}


def _turn(board: SlackBoard, user: str, message: dict[str, Any], value: dict[str, Any]) -> dict[str, Any]:
    before = len(board.mock.calls("response_url"))
    payload = slack.block_action(user, "list_page", value=json.dumps(value), message=message, channel=f"D{user}",
                                 response_url_base=board.mock.response_url_base)  # fmt: skip
    assert board.send(payload).status == 200
    answer = board.mock.wait_for("response_url", before + 1)[-1].params
    assert answer["replace_original"] in (True, "true")
    return answer


def test_the_first_page_then_next_previous_and_a_stale_page(slack_board: SlackBoard) -> None:
    _give_viv(slack_board, 45)
    first = ack_of(slack_board, "UVIV", "/dscb-actions")
    assert first["text"] == "You have 45 open actions, 13 overdue:"
    assert _refs(first) == [str(n) for n in range(1, 21)]
    assert _pager(first) == {"Next (2 of 3)": {"page": 1, "q": ""}}
    second = _turn(slack_board, "UVIV", first, {"page": 1, "q": ""})
    assert second["text"] == "You have 45 open actions, 13 overdue:"
    assert _refs(second) == [str(n) for n in range(21, 41)]
    assert _pager(second) == {"Previous": {"page": 0, "q": ""}, "Next (3 of 3)": {"page": 2, "q": ""}}
    stale = _turn(slack_board, "UVIV", second, {"page": 9, "q": ""})  # e.g. actions closed since: the last page
    assert _refs(stale) == [str(n) for n in range(41, 46)]
    assert _pager(stale) == {"Previous": {"page": 1, "q": ""}}


def test_next_lists_the_same_people_as_the_first_page(slack_board: SlackBoard) -> None:
    _give_viv(slack_board, 25)
    first = ack_of(slack_board, "UTONY", "/dscb-actions", "viv")
    assert first["text"] == "Viv Townsend has 25 open actions, 13 overdue:"
    value = _pager(first)["Next (2 of 2)"]
    assert value == {"page": 1, "q": "Viv Townsend"}
    assert _refs(_turn(slack_board, "UTONY", first, value)) == [str(n) for n in range(21, 26)]
    late = ack_of(slack_board, "UTONY", "/dscb-actions", "overdue Viv Townsend")
    assert late["text"] == "Viv Townsend has 13 overdue actions:" and "pager" not in json.dumps(late["blocks"])


def test_a_listing_by_message_pages_too(slack_board: SlackBoard) -> None:
    _give_viv(slack_board, 30)
    slack_board.dm("UTONY", "what does Viv owe?")
    posted = next(p for p in slack_board.posted() if p["channel"] == "DUTONY")
    assert posted["text"].startswith("Viv Townsend has 30 open actions")
    assert _pager(posted) == {"Next (2 of 2)": {"page": 1, "q": "Viv Townsend"}}


def test_the_home_page_shows_35_and_counts_the_rest(slack_board: SlackBoard) -> None:
    _give_viv(slack_board, 50)
    assert slack_board.send(slack.app_home_opened("UVIV")).status == 200
    view = slack_board.mock.wait_for("views.publish")[-1].params["view"]
    assert len(_refs(view)) == 35
    assert view["blocks"][1]["text"]["text"] == "You have *50* open actions, *13* overdue."
    assert any("…and 15 more" in b.get("text", {}).get("text", "") for b in view["blocks"])
