"""The same app through Socket Mode envelopes: acknowledged on the socket, stored once."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from handlers.slack.app import create_app
from store import db
from store.models import Action
from tests.conftest import SEED_NOW, add_board_meetings, make_board
from tests.slack import requests as slack
from tests.slack.conftest import settings_for
from tests.slack.mock_web_api import MockSlack


@pytest.fixture
def socket_app(sqlite_url: str, mock_slack: MockSlack) -> Iterator[tuple[slack.BaseSocketModeHandler, str]]:
    board_id = make_board(sqlite_url)
    add_board_meetings(sqlite_url, board_id)
    app = create_app(settings_for(mock_slack), sqlite_url, clock=lambda: SEED_NOW)
    with slack.socket_mode_handler(app) as handler:
        yield handler, sqlite_url


def test_slash_command_envelope_is_answered_in_the_ack(socket_app: tuple[slack.BaseSocketModeHandler, str]) -> None:
    handler, _ = socket_app
    client = slack.RecordingSocketClient()
    request = slack.socket_mode_request_from(slack.slash_command("/dscb-actions", "", "UVIV"))
    response = client.deliver(handler, request)
    assert response is not None and response.envelope_id == request.envelope_id
    assert response.payload is not None and response.payload["text"] == "You have no open actions."


def test_event_envelopes_store_an_action_once(socket_app: tuple[slack.BaseSocketModeHandler, str],
                                              mock_slack: MockSlack) -> None:  # fmt: skip
    handler, url = socket_app
    client = slack.RecordingSocketClient()
    payload = slack.dm("UMARTINE", "Viv Townsend to send the chart by 22 May")
    first = slack.socket_mode_request_from(payload)
    client.deliver(handler, first)
    client.deliver(handler, slack.socket_mode_request_from(payload, retry_attempt=1))
    with db.transaction(url) as session:
        assert session.scalar(select(func.count()).select_from(Action)) == 1
    assert client.response_for(first.envelope_id) is not None
    reply = mock_slack.wait_for("chat.postMessage")[0].params
    assert reply["text"].startswith("Recorded A-1 for Viv Townsend")
    assert "*A-1*" in json.dumps(reply["blocks"])
