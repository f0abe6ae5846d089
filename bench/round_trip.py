"""Round trip of `/dscb-actions` against the floor of an empty Bolt handler measured in the same run (issue 9, 1 and 7).

Board (bench.data.build_board): 30 members, 10,000 open actions; the member asking, Viv Townsend, owns 333 of
them and is linked on first contact by her roster email, as in production. Every answer is checked to list her 333
actions, so an error reply cannot pass for a fast one. Each measurement: 20 warm-up requests, then 300 timed ones;
figures are medians (p50) and 99th percentiles (p99) in milliseconds. The floor app (bench.floor_app) has the same
Bolt settings and server; only its listener differs (it acknowledges and does nothing).

- HTTP, in process: signed requests on loopback to a threaded WSGI server in this process, through the product's
  WSGI guard (handlers.slack.server.wsgi_for); sequential requests; SQLite, and PostgreSQL when reachable.
- Socket Mode: the same command as a Socket Mode envelope handed to Bolt's SocketModeHandler (never connected),
  timed from delivery until the acknowledgement is produced (process_before_response=True, as `dscb run` uses).
- Deployed: `dscb run --http --workers 2` (gunicorn, gthread) in its own process on PostgreSQL against the floor
  served by `python -m bench.floor_app` with the same gunicorn settings; 2 client threads (one per worker) send at
  once. The subprocess runs on the wall clock rather than bench.data.TODAY, so all 333 actions are overdue there.

Targets: p50 within 2x the floor p50; p99 under 50 ms.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from pathlib import Path

from slack_bolt import App
from slack_bolt.adapter.socket_mode.base_handler import BaseSocketModeHandler

from bench.data import ASKING, TODAY, build_board, databases
from bench.floor_app import floor_app
from bench.report import Result, not_run
from handlers.slack.app import create_app
from handlers.slack.server import wsgi_for
from handlers.slack.settings import SlackSettings
from store import db
from tests.pg_wire import RoundTrips
from tests.slack import requests as slack
from tests.slack.mock_web_api import MockSlack
from tests.slack.served import serving

ROOT = Path(__file__).resolve().parent.parent
SECRET = "bench-secret"
TOKEN = "xoxb-bench"
USER = "UVIV"
EMAIL = "viv.townsend@example.org"  # Viv Townsend's email in bot/data/demo-roster.csv
OWNED = "333"  # how many actions she owns: every answer must say so
ACTIONS = 10_000
WARM_UP = 20
REQUESTS = 300
WORKERS = 2
CLIENTS = WORKERS  # one request per worker at a time; on 2 cores more clients only queue
COMMAND = slack.slash_command("/dscb-actions", "", USER)

Send = Callable[[], None]


def _timings(send: Send, clients: int = 1) -> list[float]:
    """Milliseconds per request for REQUESTS requests after WARM_UP, from ``clients`` threads at once."""

    def timed(_: int) -> float:
        start = time.perf_counter()
        send()
        return (time.perf_counter() - start) * 1000

    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(timed, range(WARM_UP)))  # links the member, loads the board's snapshot, fills caches
        return list(pool.map(timed, range(REQUESTS)))


def _figures(group: str, floor: list[float], actions: list[float], note: str = "") -> list[Result]:
    floor_p50, p50 = statistics.median(floor), statistics.median(actions)
    p99 = statistics.quantiles(actions, n=100)[98]
    return [
        Result(group, "floor p50, empty handler", floor_p50, "ms", None, note),
        Result(group, "/dscb-actions p50", p50, "ms", round(2 * floor_p50, 3)),
        Result(group, "/dscb-actions p99", p99, "ms", 50.0),
        Result(group, "ratio p50 / floor p50", p50 / floor_p50, "x", 2.0),
    ]


def _not_run(group: str, why: str) -> list[Result]:
    return [
        not_run(group, "floor p50, empty handler", "ms", None, why),
        not_run(group, "/dscb-actions p50", "ms", None, why),
        not_run(group, "/dscb-actions p99", "ms", 50.0, why),
        not_run(group, "ratio p50 / floor p50", "x", 2.0, why),
    ]


def _over_http(client: slack.HttpApp, listing: bool) -> Send:
    def send() -> None:
        answer = client.send(COMMAND)
        assert answer.status == 200, answer.text
        assert not listing or f"{OWNED} open actions" in answer.text, answer.text[:500]

    return send


def _in_process(group: str, url: str, settings: SlackSettings) -> list[Result]:
    """Both apps served by threaded WSGI servers in this process; requests one at a time."""
    ours = create_app(settings, url, clock=lambda: dt.datetime.combine(TODAY, dt.time(9)))
    with slack.BoltServer(wsgi_for(floor_app(settings))) as floor, slack.BoltServer(wsgi_for(ours)) as real:
        empty = _timings(_over_http(floor.client(SECRET), listing=False))
        actions = _timings(_over_http(real.client(SECRET), listing=True))
    return _figures(group, empty, actions)


ROUND_TRIPS_TARGET = 2  # issue 20: the roster check folded into the page's statement, no BEGIN and COMMIT


def _round_trips(url: str, settings: SlackSettings) -> list[Result]:
    """PostgreSQL round trips per `/dscb-actions`, counted on the wire by a proxy (tests/pg_wire.py)."""
    proxy = RoundTrips(url)
    try:
        ours = create_app(settings, proxy.url, clock=lambda: dt.datetime.combine(TODAY, dt.time(9)))
        with slack.BoltServer(wsgi_for(ours)) as real:
            send = _over_http(real.client(SECRET), listing=True)
            for _ in range(WARM_UP):
                send()
            with proxy.counting() as trips:
                for _ in range(50):
                    send()
    finally:
        db.engine_for(proxy.url).dispose()
        proxy.close()
    note = "the roster version and the page, read without BEGIN and COMMIT; no pre-ping (was 5 with it, 4 without)"
    return [Result("round trip (HTTP, PostgreSQL)", "database round trips per request", trips[0] / 50, "",
                   ROUND_TRIPS_TARGET, note)]  # fmt: skip


def _over_socket(app: App, listing: bool) -> list[float]:
    with slack.socket_mode_handler(app) as built:
        handler: BaseSocketModeHandler = built  # handle() as Bolt's base class types it: any client
        client = slack.RecordingSocketClient()
        envelopes = iter([slack.socket_mode_request_from(COMMAND) for _ in range(WARM_UP + REQUESTS)])

        def send() -> None:
            envelope = next(envelopes)
            handler.handle(client, envelope)
            ack = client.responses[-1]
            assert ack.envelope_id == envelope.envelope_id
            assert not listing or (ack.payload and f"{OWNED} open actions" in ack.payload["text"]), ack.payload

        return _timings(send)


def _socket_mode(group: str, url: str, settings: SlackSettings) -> list[Result]:
    ours = create_app(settings, url, clock=lambda: dt.datetime.combine(TODAY, dt.time(9)))
    return _figures(group, _over_socket(floor_app(settings), listing=False), _over_socket(ours, listing=True))


@contextmanager
def _served(argv: list[str], env: dict[str, str], log: Path) -> Iterator[slack.HttpApp]:
    """A server started as ``python ARGV --workers WORKERS`` on a free port, once its /healthz answers."""
    with serving([sys.executable, *argv, "--workers", str(WORKERS)], env, log, cwd=ROOT) as (_, base):
        yield slack.HttpApp(base, SECRET, timeout=60)


def _deployed(group: str, url: str, mock: MockSlack, folder: Path) -> list[Result]:
    """`dscb run --http --workers 2` and the floor under the same gunicorn settings, each in its own processes."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DSCB_"))}
    env |= {"DATABASE_URL": url, "SLACK_SIGNING_SECRET": SECRET, "SLACK_BOT_TOKEN": TOKEN, "SLACK_API_URL": mock.url,
            "PYTHONPATH": str(ROOT), "DSCB_DIGESTS": "off", "LOG_LEVEL": "WARNING"}  # fmt: skip
    product = ["-c", "from cli.main import main; main()", "run", "--http"]
    with _served(["-m", "bench.floor_app"], env, folder / "floor.log") as floor:
        empty = _timings(_over_http(floor, listing=False), CLIENTS)
    with _served(product, env, folder / "dscb.log") as real:
        actions = _timings(_over_http(real, listing=True), CLIENTS)
    return _figures(group, empty, actions, f"{CLIENTS} concurrent clients")


def run() -> list[Result]:
    deployed = f"round trip (HTTP, PostgreSQL, {WORKERS} workers)"
    with ExitStack() as stack:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        mock = stack.enter_context(MockSlack())
        mock.add_user(USER, ASKING, EMAIL)
        settings = SlackSettings(TOKEN, None, SECRET, mock.url, None, None, ())
        urls = stack.enter_context(databases(folder))
        build_board(urls["sqlite"], actions=ACTIONS)
        results = _in_process("round trip (HTTP, SQLite)", urls["sqlite"], settings)
        results += _socket_mode("round trip (Socket Mode, SQLite)", urls["sqlite"], settings)
        postgres = urls.get("postgres")
        if postgres is None:
            why = "no PostgreSQL server (set DSCB_BENCH_POSTGRES_URL)"
            return results + _not_run("round trip (HTTP, PostgreSQL)", why) + _not_run(deployed, why)
        build_board(postgres, actions=ACTIONS)
        results += _in_process("round trip (HTTP, PostgreSQL)", postgres, settings)
        results += _round_trips(postgres, settings)
        db.forget_engines()  # close this process's connections before the servers start theirs
        results += _deployed(deployed, postgres, mock, folder)
        return results
