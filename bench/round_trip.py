"""`/dscb-actions` over HTTP with signed requests on loopback, against an empty Bolt handler (the floor).

Board: 30 members, 10,000 open actions, the member asking owns about 330 of them. Both apps are served by the
same WSGI server in this process, with the same Bolt settings (process_before_response=True); only the listener
differs. Figures are medians and 99th percentiles of sequential requests.
"""

from __future__ import annotations

import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path

from slack_bolt import Ack, App
from slack_sdk import WebClient
from sqlalchemy import insert, select

from bench.report import Result
from bot.boards import create_board
from bot.roster import import_roster, read_roster
from handlers.app import create_app
from handlers.server import wsgi_for
from handlers.settings import SlackSettings
from store import db
from store.models import Action, Assignment, Member
from tests.slack import requests as slack
from tests.slack.mock_web_api import MockSlack

ROSTER = Path(__file__).resolve().parent.parent / "bot" / "data" / "demo-roster.csv"
SECRET = "bench-secret"
ACTIONS = 10_000
REQUESTS = 300


def _board(url: str) -> None:
    with db.transaction(url) as session:
        board = create_board(session, "Benchmark Board")
        import_roster(session, board.id, read_roster(ROSTER))
        members = list(session.scalars(select(Member.id).where(Member.board_id == board.id).order_by(Member.id)))
        board.next_action_number = ACTIONS + 1
        session.flush()
        session.execute(insert(Action), [
            {"board_id": board.id, "number": n, "text": f"Benchmark action {n}", "asap": False,
             "due": dt.date(2015, 5, 1) + dt.timedelta(days=n % 120)}
            for n in range(1, ACTIONS + 1)
        ])  # fmt: skip
        ids = session.scalars(select(Action.id).where(Action.board_id == board.id).order_by(Action.number)).all()
        session.execute(insert(Assignment), [
            {"action_id": action_id, "member_id": members[i % len(members)], "status": "open"}
            for i, action_id in enumerate(ids)
        ])  # fmt: skip


def _floor_app(mock: MockSlack) -> App:
    app = App(signing_secret=SECRET, client=WebClient(token="xoxb-bench", base_url=mock.url),
              process_before_response=True)  # fmt: skip

    @app.command("/dscb-actions")
    def empty(ack: Ack) -> None:
        ack()

    return app


def _timings(http: slack.HttpApp, user: str) -> list[float]:
    payload = slack.slash_command("/dscb-actions", "", user)
    for _ in range(20):  # warm up: links the member, loads the roster, fills caches
        http.send(payload)
    out = []
    for _ in range(REQUESTS):
        start = time.perf_counter()
        result = http.send(payload)
        out.append((time.perf_counter() - start) * 1000)
        assert result.status == 200, result.text
    return out


def _p(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1]


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as folder, MockSlack() as mock:
        mock.add_user("UVIV", "Viv Townsend", "viv.townsend@example.org")
        url = f"sqlite:///{folder}/bench.db"
        db.upgrade(url)
        _board(url)
        settings = SlackSettings("xoxb-bench", None, SECRET, mock.url, None, None, ())
        ours = create_app(settings, url, clock=lambda: dt.datetime(2015, 6, 1, 9, 0))
        with slack.BoltServer(wsgi_for(_floor_app(mock))) as floor, slack.BoltServer(wsgi_for(ours)) as real:
            empty = _timings(floor.client(SECRET), "UVIV")
            actions = _timings(real.client(SECRET), "UVIV")
        db.engine_for(url).dispose()
    floor_p50 = statistics.median(empty)
    p50 = statistics.median(actions)
    return [
        Result("round trip", "empty Bolt handler (floor), p50", floor_p50, "ms", None),
        Result("round trip", "/dscb-actions, 333 of 10,000 actions, p50", p50, "ms", 2 * floor_p50),
        Result("round trip", "/dscb-actions, p99", _p(actions, 99), "ms", 50.0),
        Result("round trip", "ratio p50 / floor p50", p50 / floor_p50, "x", 2.0),
    ]
