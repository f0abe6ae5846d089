"""The daily digest at service scale: the preview for 1,000 members and 50,000 actions, and sending paced
within Slack's rate limits.

- Preview: `dscb digest preview` (every member's digest and the manager's, printed) run in this process on
  SQLite and PostgreSQL; median of a few runs after a warm-up, and the SQL statements one preview takes. The
  board is bench.data's, on its "today" (Monday 1 June 2015): about 950 members have something to say, 15,845
  actions are overdue or due that week, and all 50,000 count as new for the manager's digest (recorded by the
  real clock, after that "today"): its worst case.
- Pacing: `send_digests` against the mock Slack Web API at the real pace (one message a second) for a board of
  30 members of whom 10 are on Slack (found by their email), the business manager among them; the most
  chat.postMessage calls that arrived within any one second, and how long sending took.
- Rate limits: the next day's run, with Slack answering the first two chat.postMessage calls with HTTP 429 and
  Retry-After: 1; the client waits and sends again, so no message is lost and none is sent twice.
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import select
from typer.testing import CliRunner
from typer.testing import Result as Invocation

from bench.data import TODAY, build_board, databases
from bench.report import Result, not_run
from cli.main import app as dscb
from handlers.slack.app import web_client
from handlers.slack.outbox import send_digests
from handlers.slack.settings import SlackSettings
from store import db
from store.models import Member, Role
from tests.slack.mock_web_api import MockSlack

GROUP = "digest"
MEMBERS = 1_000
ACTIONS = 50_000
RUNS = 3  # timed previews per database, after one warm-up
PREVIEW_TARGET_MS = 2_000.0
ON_SLACK = 10  # members with a Slack account on the pacing board (the manager and nine others)
PACE_SECONDS = 1.0  # Slack: about one message a second
NOW = dt.datetime.combine(TODAY, dt.time(8, 30))


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as folder:
        results: list[Result] = []
        with databases(Path(folder)) as urls:
            for name in ("sqlite", "postgres"):
                url = urls.get(name)
                if url is None:
                    results += [
                        not_run(GROUP, f"preview, {MEMBERS:,} members, {ACTIONS:,} actions, {name}", "ms",
                                PREVIEW_TARGET_MS, "no PostgreSQL server"),
                        not_run(GROUP, f"statements per preview, {name}", "stmts", None, "no PostgreSQL server"),
                    ]  # fmt: skip
                    continue
                results += _preview(url, name)
        with databases(Path(folder), postgres=False) as urls:
            results += _sending(urls["sqlite"])
    return results


# Preview ----------------------------------------------------------------------------------------------------
def _preview(url: str, name: str) -> list[Result]:
    build_board(url, actions=ACTIONS, members=MEMBERS)
    args = ["--database-url", url, "digest", "preview", "--now", NOW.isoformat(timespec="minutes")]
    runner = CliRunner()
    with db.recorded_statements(url) as seen:
        _check(runner.invoke(dscb, args))  # warm-up: connections, compiled statements
    statements = len(seen)
    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        output = _check(runner.invoke(dscb, args))
        timings.append((time.perf_counter() - started) * 1000)
    digests = re.search(r"^(\d+) member digests? on ", output, re.MULTILINE)  # "950 member digests on Mon 01 Jun..."
    return [
        Result(GROUP, f"preview, {MEMBERS:,} members, {ACTIONS:,} actions, {name}", statistics.median(timings), "ms",
               PREVIEW_TARGET_MS, f"median of {RUNS}; {digests[1] if digests else '?'} member digests + the manager's"),
        Result(GROUP, f"statements per preview, {name}", statements, "stmts", None,
               "the same for any number of actions and members (tests/test_digest_scale.py)"),
    ]  # fmt: skip


def _check(result: Invocation) -> str:
    if result.exit_code != 0:
        raise RuntimeError(f"dscb digest preview failed ({result.exit_code}): {result.output[-500:]}") from (
            result.exception
        )
    return str(result.output)


# Sending ----------------------------------------------------------------------------------------------------
def _sending(url: str) -> list[Result]:
    board = build_board(url, actions=300, members=30)  # everyone owes overdue actions: 30 digests a day
    with db.transaction(url) as session:
        members = session.execute(
            select(Member.name, Member.email, Member.role).where(Member.board_id == board.board_id).order_by(Member.id)
        ).all()
    manager = [m for m in members if m.role is Role.MANAGER]
    linked = manager + [m for m in members if m.role is not Role.MANAGER][: ON_SLACK - len(manager)]
    with MockSlack() as mock:
        for index, member in enumerate(linked):
            mock.add_user(f"UBENCH{index:02d}", member.name, member.email or "")
        settings = SlackSettings("xoxb-bench", None, "bench-secret", mock.url, None, None, ())
        client = web_client(settings, "xoxb-bench")

        expected = len(linked) + len(manager)  # a digest for each, and the manager's digest by DM
        started = time.monotonic()
        report = send_digests(client, url, board.board_id, NOW, pace_seconds=PACE_SECONDS)
        took = time.monotonic() - started
        posts = [c.at for c in mock.calls("chat.postMessage")]
        if report.sent != expected or len(posts) != expected:
            raise RuntimeError(f"expected {expected} messages, got {report} ({len(posts)} posted)")

        mock.reset()
        mock.fail("chat.postMessage", status=429, times=2, retry_after=1)
        next_day = NOW + dt.timedelta(days=1)  # Tuesday: new digests, new delivery keys
        limited = send_digests(client, url, board.board_id, next_day, pace_seconds=PACE_SECONDS)
        calls = mock.calls("chat.postMessage")
    refused, delivered = calls[:2], calls[2:]  # the first two were answered 429; then the retry and the rest
    messages = [(c.params["channel"], c.params["text"]) for c in delivered]
    retry_wait = min(calls[1].at - calls[0].at, calls[2].at - calls[1].at)  # each 429 waited out
    lost = expected - len(set(messages))
    if refused[0].params["channel"] != refused[1].params["channel"] or limited.failed:
        raise RuntimeError(f"the refused message was not retried as expected: {limited}")
    return [
        Result(GROUP, f"chat.postMessage calls in any 1 s, {expected} messages at pace {PACE_SECONDS:g} s",
               _most_in_a_second(posts), "", 1.0, "Slack allows about one message a second"),
        Result(GROUP, f"sending time, {expected} messages", took, "s", None,
               f"{report}; {len(members) - len(linked)} members not on Slack looked up by email"),
        Result(GROUP, "messages lost after a 429 (Retry-After: 1, twice)", lost, "", 0.0, str(limited)),
        Result(GROUP, "messages sent twice after a 429", len(messages) - len(set(messages)), "", 0.0),
        Result(GROUP, "wait before retrying after a 429 (Retry-After: 1)", retry_wait, "s", None,
               "the WebClient's RateLimitErrorRetryHandler"),
    ]  # fmt: skip


def _most_in_a_second(times: list[float]) -> int:
    """The most calls that arrived within any one-second window [t, t + 1)."""
    times = sorted(times)
    most, first = 0, 0
    for last, at in enumerate(times):
        while at - times[first] >= 1.0:
            first += 1
        most = max(most, last - first + 1)
    return most


if __name__ == "__main__":
    from bench.report import table

    print(table(run()))
