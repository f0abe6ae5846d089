"""Logs hold ids, never what anybody wrote: not for a request that failed its signature check, not for one no
listener handles, not when a listener fails or the database refuses a statement."""

from __future__ import annotations

import json
import logging

import pytest

from tests.slack import requests as slack
from tests.slack.conftest import SlackBoard

WORDS = "Quentin Blackwood"  # stands for anything a member wrote


@pytest.fixture
def everything_logged(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.INFO)
    return caplog


def test_no_request_text_reaches_the_logs(slack_board: SlackBoard, everything_logged: pytest.LogCaptureFixture) -> None:
    http = slack_board.http
    # A bad signature (Bolt logs such requests itself), and a stale one.
    http.send(slack.dm("UVIV", f"{WORDS} to send the chart"), headers={"X-Slack-Signature": "v0=" + "0" * 64})
    http.send(slack.slash_command("/dscb-actions", WORDS, "UVIV"), timestamp=1)
    # Requests no listener handles, and malformed ones.
    http.send(slack.block_action("UVIV", "no_such_button", value=WORDS, message={"ts": "1", "text": WORDS}))
    http.post("payload=" + json.dumps({"type": "block_suggestion", "action_id": "nothing", "value": WORDS}), slack.FORM)
    http.post(json.dumps([WORDS]), slack.JSON)
    # A listener that fails on a value it cannot read, and a form with a value of the wrong type.
    http.send(slack.block_action("UVIV", "list_page", value=json.dumps({"page": WORDS}), message={"ts": "1"}))
    http.send(slack.view_submission("UVIV", "add_update_modal", {"note": {"note": {"value": [WORDS]}}}, "{}"))
    http.send(slack.message_shortcut("UVIV", "record_as_action", {"ts": "1", "text": WORDS}, "C0001"))
    # Ordinary use.
    slack_board.dm("UMARTINE", f"{WORDS} to send the chart by 22 May")
    slack_board.mock.wait_for("chat.postMessage")
    assert everything_logged.records, "the app logs something"
    assert WORDS not in everything_logged.text
    assert not any(WORDS in str(r.args) or WORDS in str(r.exc_info) for r in everything_logged.records)
