"""Teams round trip of a DM, "what do I owe?", against the floor of an empty `AgentApplication` handler measured in
the same run: a DM answered (activity in, reply POSTed to the connector) within 2x the empty handler served the same
way.

Both are served in this process by aiohttp on loopback, as in tests/teams: the SDK's `jwt_authorization_middleware`
and `start_agent_process`, with `ANONYMOUS_ALLOWED=true` (no token), each replying to the same fake Bot Connector
(tests.teams.connector). The product is `web_app(TeamsApp(...))` on a SQLite file with the demo board (30 members,
its meetings); Viv Townsend records ACTIONS actions of her own in chat and is linked by that first contact, so every
timed DM is a linked member's question and each answer is checked to list all of her actions. The floor is an
`AgentApplication[TurnState]` built with the product's settings whose message handler only sends "ok".

Each sample: the activity POSTed to /api/messages over HTTP (a new connection, as the Bot Connector makes), timed
until the fake connector has recorded the reply. WARM_UP samples of each, then SAMPLES timed ones, the floor's and
the product's alternating; figures are medians (p50) and 99th percentiles (p99) in milliseconds. Target: p50 within
2x the floor p50.
"""

from __future__ import annotations

import logging
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from aiohttp import web
from microsoft_agents.authentication.msal import MsalConnectionManager
from microsoft_agents.hosting.aiohttp import CloudAdapter, jwt_authorization_middleware, start_agent_process
from microsoft_agents.hosting.core import AgentApplication, Authorization, MemoryStorage, TurnContext, TurnState

from bench.report import Result
from handlers.teams.settings import TeamsSettings
from store import db
from tests.conftest import add_board_meetings, make_board
from tests.teams.conftest import ANONYMOUS, USERS, TeamsBoard, said, serve
from tests.teams.connector import FakeConnector, Served

GROUP = "Teams round trip (HTTP, SQLite)"
ASKING = "viv"  # Viv Townsend, in tests.teams.conftest.USERS
ACTIONS = ("circulate the presentation by 30 June", "send the audit by 12 June", "book the venue by 5 June",
           "chase the school returns by 19 June", "draft the annual report by 3 July")  # fmt: skip
QUESTION = "what do I owe?"
WARM_UP = 20
SAMPLES = 500
WAIT = 10.0  # seconds a reply may take before the sample fails
QUIET = "microsoft_agents.hosting.core.connector.client.user_token_client"  # warns on every turn without an app id

Sample = Callable[[], None]


def floor_app(settings: TeamsSettings) -> web.Application:
    """An `AgentApplication` with the product's SDK settings whose message handler only replies "ok", served by the
    same aiohttp setup (the SDK's token check, then `start_agent_process`)."""
    storage = MemoryStorage()
    connections = MsalConnectionManager(**settings.sdk)
    adapter = CloudAdapter(connection_manager=connections)
    agent = AgentApplication[TurnState](
        storage=storage, adapter=adapter, authorization=Authorization(storage, connections, **settings.sdk),
        **settings.sdk,
    )  # fmt: skip

    @agent.activity("message")
    async def on_message(context: TurnContext, state: TurnState) -> None:
        await context.send_activity("ok")

    async def messages(request: web.Request) -> web.StreamResponse:
        response = await start_agent_process(request, agent, adapter)
        return response if response is not None else web.Response(status=202)

    app = web.Application(middlewares=[jwt_authorization_middleware])
    app.router.add_post("/api/messages", messages)
    app["agent_configuration"] = connections.get_default_connection_configuration()
    app["agent_app"] = agent
    app["adapter"] = adapter
    return app


def _sample(board: TeamsBoard, answered: Callable[[str], bool]) -> Sample:
    """One DM from ASKING, timed by the caller until the connector has recorded its reply, which is then checked."""
    connector = board.connector

    def send() -> None:
        before = len(connector.calls)
        posted = board.say(ASKING, QUESTION)
        assert posted.status in (200, 202), posted
        deadline = time.perf_counter() + WAIT
        while len(connector.calls) == before:
            assert time.perf_counter() < deadline, "no reply reached the connector"
            time.sleep(0)  # let the servers' threads run
        [call] = connector.calls[before:]
        assert call.method == "POST" and call.path.endswith("/activities/" + call.body["replyToId"]), call.path
        assert answered(said(call.body)), said(call.body)[:500]

    return send


def _timings(floor: Sample, product: Sample) -> tuple[list[float], list[float]]:
    """Milliseconds per sample for SAMPLES samples of each after WARM_UP, alternating, so that a change in the
    machine's load falls on both alike."""

    def timed(send: Sample) -> float:
        start = time.perf_counter()
        send()
        return (time.perf_counter() - start) * 1000

    for _ in range(WARM_UP):
        timed(floor), timed(product)
    pairs = [(timed(floor), timed(product)) for _ in range(SAMPLES)]
    return [f for f, _ in pairs], [p for _, p in pairs]


def _lists_every_action(text: str) -> bool:
    """The answer to QUESTION: her ACTIONS, recorded as A-1 to A-5, and no others."""
    listed = all(f"A-{n} " in text or f"A-{n}*" in text for n in range(1, len(ACTIONS) + 1))
    return text.startswith(f"You have {len(ACTIONS)} open actions") and listed


@contextmanager
def _quiet() -> Iterator[None]:
    """The SDK's per-turn warning about the missing app id (a local trial has none) kept out of the tables."""
    logger = logging.getLogger(QUIET)
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as folder, FakeConnector() as connector, _quiet():
        connector.add_user(USERS[ASKING])
        url = f"sqlite:///{Path(folder) / 'teams-bench.db'}"
        db.upgrade(url)
        board_id = make_board(url)
        add_board_meetings(url, board_id)
        product, teams = serve(url, ANONYMOUS)
        floor = Served(floor_app(teams.settings))
        try:
            real = TeamsBoard(connector, product.url, url, board_id, product, teams)
            for action in ACTIONS:  # the first links her by her directory email
                assert real.say(ASKING, f"Viv Townsend to {action}").status in (200, 202)
                assert real.last_text().startswith("Recorded A-"), real.last_text()
            time.sleep(0.5)  # any notices the recording sent are out of the way
            empty_board = TeamsBoard(connector, floor.url, url, board_id)
            empty, owed = _timings(_sample(empty_board, lambda text: text == "ok"), _sample(real, _lists_every_action))
        finally:
            floor.stop()
            product.stop()
            db.forget_engines()
    floor_p50, p50 = statistics.median(empty), statistics.median(owed)
    return [
        Result(GROUP, "floor p50, empty handler", floor_p50, "ms", None),
        Result(GROUP, "floor p99, empty handler", statistics.quantiles(empty, n=100)[98], "ms", None),
        Result(GROUP, '"what do I owe?" DM p50', p50, "ms", None),
        Result(GROUP, '"what do I owe?" DM p99', statistics.quantiles(owed, n=100)[98], "ms", None),
        Result(GROUP, "ratio p50 / floor p50", p50 / floor_p50, "x", 2.0),
    ]
