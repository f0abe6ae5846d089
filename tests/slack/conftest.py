"""A running Slack app for end-to-end tests: the real Bolt app over HTTP, a mock Web API, a real database."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from handlers.slack.app import create_app
from handlers.slack.server import wsgi_for
from handlers.slack.settings import SlackSettings
from store import db
from tests.conftest import SEED_NOW, add_board_meetings, make_board
from tests.slack import requests as slack
from tests.slack.mock_web_api import MockSlack

SECRET = "test-signing-secret"
TEAM = "T0000BOARD"
# Slack accounts of some members; their emails match the roster, so they are linked on first contact.
USERS = {
    "UMARTINE": ("Martine McFadden", "martine.mcfadden@example.org"),
    "UVIV": ("Viv Townsend", "viv.townsend@example.org"),
    "UTONY": ("Tony Oakman", "tony.oakman@example.org"),
    "USALLY": ("Sally Holmes", "sally.holmes@example.org"),
    "UROGER": ("Roger Clayton", "roger.clayton@example.org"),
    "USUV": ("Su Vincent", "su.vincent@example.org"),
    "USUEH": ("Sue Haywood", "sue.haywood@example.org"),
    "USTRANGER": ("Pat Stranger", "pat@elsewhere.example"),
}


@dataclass
class SlackBoard:
    """The pieces of an end-to-end test: the mock Slack, the app's HTTP endpoint and its database."""

    mock: MockSlack
    http: slack.HttpApp
    database_url: str
    board_id: int

    def send(self, payload: tuple[str, str], **kwargs: Any) -> slack.HttpResult:
        return self.http.send(payload, **kwargs)

    def dm(self, user: str, text: str, **kwargs: Any) -> slack.HttpResult:
        return self.send(slack.dm(user, text, **kwargs))

    def command(self, user: str, command: str, text: str = "") -> slack.HttpResult:
        return self.send(slack.slash_command(command, text, user, response_url_base=self.mock.response_url_base))

    def posted(self, method: str = "chat.postMessage") -> list[dict[str, Any]]:
        return [c.params for c in self.mock.calls(method)]


def start_mock() -> MockSlack:
    mock = MockSlack(team_id=TEAM)
    for user_id, (name, email) in USERS.items():
        mock.add_user(user_id, name, email)
    return mock


@pytest.fixture
def mock_slack() -> Iterator[MockSlack]:
    with start_mock() as mock:
        yield mock


def settings_for(mock: MockSlack) -> SlackSettings:
    return SlackSettings(
        bot_token="xoxb-test", app_token=None, signing_secret=SECRET, api_url=mock.url, client_id=None,
        client_secret=None, scopes=(),
    )  # fmt: skip


@pytest.fixture
def slack_board(database_url: str, mock_slack: MockSlack) -> Iterator[SlackBoard]:
    """The seed board (30 members, its meetings) behind a running app, on SQLite and on PostgreSQL."""
    board_id = make_board(database_url)
    add_board_meetings(database_url, board_id)
    app = create_app(settings_for(mock_slack), database_url, clock=lambda: SEED_NOW)
    with slack.BoltServer(wsgi_for(app)) as server:  # the WSGI application production serves
        yield SlackBoard(mock_slack, server.client(SECRET), database_url, board_id)
    db.engine_for(database_url).dispose()
