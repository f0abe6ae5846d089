"""Faults: the database goes away and comes back; the user is told at once and the app recovers by itself.

PostgreSQL is reached through a TCP proxy on loopback that the test cuts and restores, so the server itself is
never stopped under the other tests running beside this one.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from handlers.app import DATABASE_DOWN, create_app
from handlers.server import wsgi_for
from store import db
from store.models import Action
from tests.conftest import SEED_NOW, add_board_meetings, make_board
from tests.slack import requests as slack
from tests.slack.conftest import SECRET, settings_for
from tests.slack.mock_web_api import MockSlack


class Proxy:
    """Forwards loopback connections to PostgreSQL until cut; restoring it accepts connections again. Frozen, it
    keeps every connection open and accepts new ones but passes no byte either way, as a hung server does."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.up = True
        self.frozen = threading.Event()
        self.links: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if not self.up:
                client.close()
                continue
            server = socket.create_connection(self.target)
            self.links += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    def _pipe(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                while self.frozen.is_set():
                    time.sleep(0.01)
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                with contextlib.suppress(OSError):
                    end.close()

    def cut(self) -> None:
        self.up = False
        for link in self.links:
            with contextlib.suppress(OSError):
                link.shutdown(socket.SHUT_RDWR)
        self.links.clear()

    def restore(self) -> None:
        self.up = True

    def freeze(self) -> None:
        self.frozen.set()

    def thaw(self) -> None:
        self.frozen.clear()

    def close(self) -> None:
        self.cut()
        self.listener.close()


@pytest.fixture
def via_proxy(postgres_database: str, mock_slack: MockSlack) -> Iterator[tuple[Proxy, str, slack.HttpApp]]:
    url = make_url(postgres_database)
    proxy = Proxy((url.host or "127.0.0.1", url.port or 5432))
    proxied = url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
    from tests.conftest import _truncate

    _truncate(postgres_database)
    add_board_meetings(postgres_database, make_board(postgres_database))
    app = create_app(settings_for(mock_slack), proxied, clock=lambda: SEED_NOW)
    with slack.BoltServer(wsgi_for(app)) as server:
        yield proxy, postgres_database, server.client(SECRET)
    db.engine_for(proxied).dispose()
    proxy.close()


@pytest.mark.postgres
def test_database_outage_is_reported_at_once_and_recovered_from(
    via_proxy: tuple[Proxy, str, slack.HttpApp], mock_slack: MockSlack
) -> None:
    proxy, direct_url, http = via_proxy
    assert http.send(slack.dm("UMARTINE", "Viv Townsend to send the chart by 22 May")).status == 200
    proxy.cut()
    within_slacks_wait = slack.HttpApp(http.base_url, SECRET, http.path, timeout=3)  # Slack waits 3 s: slower fails
    answer = within_slacks_wait.send(
        slack.slash_command("/dscb-actions", "Tony to book the room by 1 June", "UMARTINE")
    )
    assert answer.status == 200 and DATABASE_DOWN in answer.text
    proxy.restore()
    again = http.send(slack.slash_command("/dscb-actions", "Tony to book the room by 1 June", "UMARTINE"))
    assert again.json()["text"].startswith("Recorded A-2 for Tony Oakman")
    with db.transaction(direct_url) as session:
        assert session.scalar(select(func.count()).select_from(Action)) == 2  # nothing lost, nothing doubled
