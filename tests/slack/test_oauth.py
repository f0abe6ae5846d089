"""Multi-workspace installs: OAuth through /slack/install and /slack/oauth_redirect; each workspace is a board."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from handlers.slack.app import create_app
from handlers.slack.server import wsgi_for
from handlers.slack.settings import SlackSettings
from store import db
from store.models import Board
from tests.conftest import SEED_NOW
from tests.slack import requests as slack
from tests.slack.conftest import SECRET
from tests.slack.mock_web_api import MockSlack


@pytest.fixture
def oauth_app(sqlite_url: str, mock_slack: MockSlack) -> Iterator[tuple[str, slack.HttpApp]]:
    settings = SlackSettings(
        bot_token=None, app_token=None, signing_secret=SECRET, api_url=mock_slack.url, client_id="111.222",
        client_secret="shh", scopes=("chat:write", "commands", "im:history"),
    )  # fmt: skip
    app = create_app(settings, sqlite_url, clock=lambda: SEED_NOW)
    with slack.BoltServer(wsgi_for(app)) as server:
        yield server.url, server.client(SECRET)


def test_install_then_a_message_from_the_new_workspace_gets_its_own_board(
    oauth_app: tuple[str, slack.HttpApp], mock_slack: MockSlack, sqlite_url: str
) -> None:
    base, http = oauth_app
    with urllib.request.urlopen(f"{base}/slack/install") as page:
        html = page.read().decode()
        cookie = page.headers["Set-Cookie"].split(";")[0]  # a Secure cookie: a browser sends it back over HTTPS
    authorize = re.search(r'href="(https://slack.com/oauth/v2/authorize\?[^"]+)"', html)
    assert authorize is not None
    state = re.search(r"state=([\w-]+)", authorize.group(1).replace("&amp;", "&"))
    assert state is not None
    callback = urllib.request.Request(
        f"{base}/slack/oauth_redirect?code=the-code&state={state.group(1)}", headers={"Cookie": cookie}
    )
    try:
        with urllib.request.urlopen(callback) as done:
            assert done.status == 200
    except urllib.error.HTTPError as error:
        raise AssertionError(error.read().decode()[:2000]) from error
    assert mock_slack.calls("oauth.v2.access")
    mock_slack.add_token("xoxb-installed", team_id="T0000OAUTH", team="OAuth Board")
    mock_slack.add_user("UOTHER", "Someone Else", "someone@oauth.example", team_id="T0000OAUTH")
    http.send(slack.dm("UOTHER", "what do I owe?", team_id="T0000OAUTH"))
    reply = mock_slack.wait_for("chat.postMessage")[-1]
    assert reply.token == "xoxb-installed"
    assert "can't find you on the board's roster" in reply.params["text"]
    with db.transaction(sqlite_url) as session:
        assert session.scalars(select(Board.slack_team_id)).all() == ["T0000OAUTH"]


def test_a_request_from_a_workspace_that_never_installed_is_refused(
    oauth_app: tuple[str, slack.HttpApp], mock_slack: MockSlack, sqlite_url: str
) -> None:
    _, http = oauth_app
    http.send(slack.dm("UINTRUDER", "what do I owe?", team_id="T0000NOPE"))
    assert mock_slack.calls("chat.postMessage") == []
    with db.transaction(sqlite_url) as session:
        assert session.scalars(select(Board)).all() == []
