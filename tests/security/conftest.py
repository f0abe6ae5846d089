"""The security tests drive the same running app as tests/slack (its fixtures are shared here), and PostgreSQL
through a proxy they can cut or freeze."""

from collections.abc import Iterator

import pytest
from sqlalchemy.engine import make_url

from handlers.slack.app import create_app
from handlers.slack.server import wsgi_for
from store import db
from tests.conftest import SEED_NOW, _truncate, add_board_meetings, make_board
from tests.security.proxy import Proxy
from tests.slack import requests as slack
from tests.slack.conftest import SECRET, mock_slack, settings_for, slack_board  # noqa: F401 - pytest fixtures
from tests.slack.mock_web_api import MockSlack


@pytest.fixture
def via_proxy(
    postgres_database: str,
    mock_slack: MockSlack,  # noqa: F811 - the fixture imported above
) -> Iterator[tuple[Proxy, str, slack.HttpApp]]:
    """The seed board behind a running app that reaches PostgreSQL through a proxy the test controls."""
    url = make_url(postgres_database)
    proxy = Proxy((url.host or "127.0.0.1", url.port or 5432))
    proxied = url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
    _truncate(postgres_database)
    add_board_meetings(postgres_database, make_board(postgres_database))
    app = create_app(settings_for(mock_slack), proxied, clock=lambda: SEED_NOW)
    with slack.BoltServer(wsgi_for(app)) as server:
        yield proxy, postgres_database, server.client(SECRET)
    db.engine_for(proxied).dispose()
    proxy.close()
