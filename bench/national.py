"""National scale: 150 boards, 1.5 million actions and 3.3 million events in one PostgreSQL database.

bench.national_data builds the national database and, for comparison, a database of one board of the same shape
(10,000 actions). On TODAY, 08:30 (a Monday, a third of the actions open and overdue) it measures:

- flatness: a member's page of 20 (``Assistant.query``) and App Home (35 shown) for Viv Townsend on the board in
  the middle of the national database against the same member alone in hers: medians, statements per request
  and the ratio national/single (target 1.5);
- the morning's digests: every board's member digests and manager's digest computed and each one's pending
  delivery claimed (``bot.delivery.outbox.claim``), for all 150 boards (target 60 s); the claims are then removed;
- sending: every member of every board a user on one MockSlack (found by email); two worker processes run the
  Slack scheduler's tick at once through a 429 storm (the first STORM chat.postMessage calls refused, Retry-After
  1 s); then ticks until nothing is left to retry. Messages lost and sent twice (target 0), how the work split;
- one board unaffected by the other 149: the tracker report (CSV) and a minutes import of the seed minutes in a
  transaction rolled back (nothing stored), national against single (target 1.5);
- the database: its size, the biggest tables and indexes, and EXPLAIN (ANALYZE, BUFFERS) of the statements the
  member's page, App Home and the digests run, written to bench/national-explain.txt: which scan a big table.
"""

from __future__ import annotations

import datetime as dt
import logging
import multiprocessing
import re
import statistics
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from slack_sdk import WebClient
from sqlalchemy import event, text

from bench.data import TODAY, scratch_postgres
from bench.national_data import ACTIONS, Built, asking, build, log, members
from bench.report import Result, not_run
from bot.conversation.assistant import Assistant
from bot.delivery.outbox import SendReport, claim, manager_key, member_key
from bot.minutes.files import minutes_text
from bot.minutes.importer import import_minutes
from bot.minutes.reader import parse_minutes
from bot.reports.digest import MANAGER_KIND, MEMBER_KIND, compute_digests, compute_manager_digest
from bot.reports.tracker import build_report, render_csv
from bot.tracker.identity import managers
from handlers.slack import outbox as slack_outbox
from handlers.slack.app import web_client
from handlers.slack.settings import SlackSettings
from store import db
from tests.slack.mock_web_api import Call, MockSlack

GROUP = "national"
BOARDS = 150
NOW = dt.datetime.combine(TODAY, dt.time(8, 30))
RUNS, HEAVY_RUNS = 40, 9  # timed calls after a warm-up: page and home; report and minutes import
FLAT_TARGET = 1.5  # national / single
DIGESTS_TARGET_S = 60.0
PACE = 0.05  # seconds between two messages of a board (Slack's real pace: about 1 a second per workspace)
BOARDS_AT_ONCE = 4  # boards each worker sends at once
STORM = 200  # chat.postMessage calls answered 429
ROOT = Path(__file__).resolve().parent
MINUTES = ROOT.parent.parent / "shared" / "fixtures" / "dscb-minutes-2015-05-15.txt"
EXPLAIN = ROOT / "national-explain.txt"
SCANNED = ("action", "assignment", "event", "delivery")  # tables too big to read whole per request


def run() -> list[Result]:
    with scratch_postgres() as national_url, scratch_postgres() as single_url:
        if national_url is None or single_url is None:
            return [not_run(GROUP, "every figure", "", None, "no PostgreSQL server")]
        national = build(national_url, BOARDS)
        single = build(single_url, 1)
        results = [_built(national, "national"), _built(single, "single board")]
        results.append(Result(GROUP, "events in the national database", national.counts["event"], "rows", 3e6,
                              at_least=True))  # fmt: skip
        log("databases built")
        results += _flatness(national, single)
        results += _one_board(national, single)
        results += _explain(national)
        queued, expected = _queue_digests(national)
        results += queued
        results += _sending(national, expected)
        results += _size(national_url)
        return results


def _built(built: Built, name: str) -> Result:
    c = built.counts
    note = (f"{len(built.board_ids)} boards, {c['member']:,} members, {c['action']:,} actions, {c['event']:,} events, "
            f"{c['overdue']:,} open and overdue; open per member {c['open min']}-{c['open max']}")  # fmt: skip
    return Result(GROUP, f"build, {name}", built.seconds, "s", None, note)


def _median(work: Callable[[], object], runs: int) -> float:
    work()  # warm-up: connections, compiled statements, the board's snapshot
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def _compare(request: str, national: tuple[float, int], single: tuple[float, int]) -> list[Result]:
    ratio = national[0] / single[0]
    return [
        Result(GROUP, f"{request}, national", national[0], "ms", None, f"{national[1]} statements"),
        Result(GROUP, f"{request}, single board", single[0], "ms", None, f"{single[1]} statements"),
        Result(GROUP, f"{request}: national / single board", ratio, "x", FLAT_TARGET),
    ]


# Flatness ---------------------------------------------------------------------------------------------------
def _member_requests(url: str, board_id: int) -> dict[str, Callable[[], object]]:
    assistant = Assistant(url, board_id, page_size=20)
    viv = assistant.snapshot_now().directory.member(asking(url, board_id))
    assert viv is not None

    def page() -> None:
        reply = assistant.query(viv, "", NOW)
        assert len(reply.actions) == 20 and reply.listing is not None and reply.listing.total > 100, reply.text

    def home() -> None:
        assert assistant.home(viv, NOW, actions_shown=35).open_total > 100

    return {"member's page of 20": page, "App Home, 35 shown": home}


def _flatness(national: Built, single: Built) -> list[Result]:
    measured: dict[str, dict[str, tuple[float, int]]] = {}
    for built in (national, single):
        board_id = built.middle
        for request, work in _member_requests(built.url, board_id).items():
            with db.recorded_statements(built.url) as seen:
                work()
            measured.setdefault(request, {})[built.url] = (_median(work, RUNS), len(seen))
    log("member's page and App Home measured")
    return [r for req, by in measured.items() for r in _compare(req, by[national.url], by[single.url])]


# One board among many ---------------------------------------------------------------------------------------
class _Rollback(Exception):
    """Leaves the minutes import's transaction without storing anything."""


def _one_board(national: Built, single: Built) -> list[Result]:
    source = minutes_text(MINUTES.read_bytes(), MINUTES.name)
    figures: dict[str, dict[str, tuple[float, int]]] = {}
    for built in (national, single):
        url, board_id = built.url, built.middle
        assistant = Assistant(url, board_id)

        def report(url: str = url, board_id: int = board_id) -> None:
            with db.reading(url) as session:
                assert render_csv(build_report(session, board_id, meeting=None, today=TODAY))

        def minutes(url: str = url, board_id: int = board_id, assistant: Assistant = assistant) -> None:
            try:
                with db.transaction(url) as session:
                    snapshot = assistant.snapshot(session)
                    parsed = parse_minutes(source, snapshot.names, snapshot.directory.board_dates)
                    summary = import_minutes(session, board_id, parsed, snapshot.names, by=None)
                    assert summary.actions, summary
                    session.flush()
                    raise _Rollback
            except _Rollback:
                pass

        for name, work in (("tracker report (CSV)", report), ("minutes import, rolled back", minutes)):
            with db.recorded_statements(url) as seen:
                work()
            figures.setdefault(name, {})[url] = (_median(work, HEAVY_RUNS), len(seen))
    log("tracker report and minutes import measured")
    return [r for req, by in figures.items() for r in _compare(req, by[national.url], by[single.url])]


# EXPLAIN ----------------------------------------------------------------------------------------------------
@contextmanager
def _captured(url: str) -> Iterator[list[tuple[str, Any]]]:
    """Every statement run in the block with its parameters (db.recorded_statements keeps the text only)."""
    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_args: Any) -> None:
        seen.append((statement, parameters))

    engine = db.engine_for(url)
    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def _explain(national: Built) -> list[Result]:
    url, board_id = national.url, national.middle
    requests = _member_requests(url, board_id)

    def digests() -> None:
        with db.reading(url) as session:
            compute_digests(session, board_id, TODAY)
            compute_manager_digest(session, board_id, NOW)

    requests["digests (members' and manager's)"] = digests
    lines: list[str] = []
    results = []
    with db.engine_for(url).connect() as conn:
        for request, work in requests.items():
            with _captured(url) as seen:
                work()
            selects: dict[str, dict[str, Any]] = {}  # each statement once, with the parameters it first ran with
            for statement, params in seen:
                if statement.lstrip().upper().startswith(("SELECT", "WITH")) and isinstance(params, dict):
                    selects.setdefault(statement, params)
            scanning = []
            for number, (statement, params) in enumerate(selects.items(), 1):
                plan = [r[0] for r in conn.exec_driver_sql(f"EXPLAIN (ANALYZE, BUFFERS) {statement}", params)]
                conn.rollback()
                seq = sorted({m for m in re.findall(r"Seq Scan on (\w+)", "\n".join(plan)) if m in SCANNED})
                if seq:
                    scanning.append(f"#{number} {'/'.join(seq)}")
                lines += [f"== {request} #{number}", statement.strip(), "", *plan, ""]
                print(f"  {request} #{number}: {plan[0].strip()[:100]} | {plan[-1].strip()}", flush=True)
            note = "every statement by index" if not scanning else "Seq Scan of a big table: " + ", ".join(scanning)
            results.append(Result(GROUP, f"{request}: statements scanning a big table", len(scanning), "stmts", None,
                                  f"of {len(selects)} distinct reads; {note}"))  # fmt: skip
    EXPLAIN.write_text("\n".join(lines) + "\n")
    return results


# The morning's digests, queued ------------------------------------------------------------------------------
def _queue_digests(national: Built) -> tuple[list[Result], set[tuple[int, str]]]:
    url, expected = national.url, set()
    started = time.perf_counter()
    members_digests = 0
    for board_id in national.board_ids:
        with db.transaction(url) as session:
            digests = compute_digests(session, board_id, TODAY)
            manager = compute_manager_digest(session, board_id, NOW)
            to_managers = [m.id for m in managers(session, board_id)] if manager is not None else []
        members_digests += len(digests)
        for d in digests:
            expected.add((board_id, member_key(TODAY, d.member_id)))
            assert claim(url, board_id, member_key(TODAY, d.member_id), MEMBER_KIND, d.member_id)
        for member_id in to_managers:
            expected.add((board_id, manager_key(TODAY, member_id)))
            assert claim(url, board_id, manager_key(TODAY, member_id), MANAGER_KIND, member_id)
    took = time.perf_counter() - started
    with db.transaction(url) as session:  # the sending below starts from an empty outbox
        session.execute(text("DELETE FROM delivery"))
    log(f"digests computed and queued: {took:.0f} s")
    note = f"{members_digests:,} member digests + {len(expected) - members_digests} manager digests, each claimed"
    return [Result(GROUP, f"morning digests computed and queued, {BOARDS} boards", took, "s", DIGESTS_TARGET_S,
                   note)], expected  # fmt: skip


# Sending ----------------------------------------------------------------------------------------------------
def _tick(clients: Callable[[int], WebClient], url: str, clock: Callable[[], dt.datetime]) -> dict[int, SendReport]:
    """One scheduler tick: the product's run_due_digests over every board, BOARDS_AT_ONCE boards at once."""
    return slack_outbox.run_due_digests(clients, url, clock, pace_seconds=PACE, boards_at_once=BOARDS_AT_ONCE)


def _clients(api_url: str, worker: str) -> Callable[[int], WebClient]:
    settings = SlackSettings(None, None, "bench-secret", api_url, None, None, ())
    made: dict[int, WebClient] = {}
    lock = threading.Lock()

    def client(board_id: int) -> WebClient:
        with lock:
            if board_id not in made:
                made[board_id] = web_client(settings, f"xoxb-board-{board_id}")
                made[board_id].headers["X-Bench-Worker"] = worker  # who sent each message, for the split
            return made[board_id]

    return client


def _quiet() -> None:
    """No log line for each message refused by the storm: the figures count them."""
    for name in ("bot.delivery.outbox", "handlers.slack.outbox"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def _worker(url: str, api_url: str, worker: str, start_at: float) -> dict[str, int]:
    """A worker process: one scheduler tick, started with the other at ``start_at``."""
    db.forget_engines()
    _quiet()
    time.sleep(max(0.0, start_at - time.time()))
    reports = _tick(_clients(api_url, worker), url, lambda: NOW)
    return {k: sum(getattr(r, k) for r in reports.values()) for k in ("sent", "skipped", "failed", "no_account")}


def _sending(national: Built, expected: set[tuple[int, str]]) -> list[Result]:
    url = national.url
    answered: list[Call] = []
    lock = threading.Lock()

    def post(call: Call) -> dict[str, Any]:  # called only for calls not refused by the storm
        with lock:
            answered.append(call)
            return {"ok": True, "channel": call.params.get("channel"), "ts": f"1433145600.{len(answered):06d}"}

    with MockSlack() as mock:
        for member_id, _board, name, email in members(url):
            mock.add_user(f"UM{member_id}", name, email)
        mock.set_response("chat.postMessage", post)
        mock.fail("chat.postMessage", status=429, times=STORM, retry_after=1)
        started = time.time()
        with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("spawn")) as pool:
            start_at = started + 8.0  # both workers imported and ready
            futures = [pool.submit(_worker, url, mock.url, str(w), start_at) for w in (1, 2)]
            workers = [f.result() for f in futures]
        log(f"two workers done: {workers}")
        ticks = 0
        _quiet()
        while _unsettled(url) and ticks < 5:  # the scheduler's next minutes: failed deliveries are retried
            ticks += 1
            _tick(_clients(mock.url, "later tick"), url, lambda: NOW)
        took = time.time() - start_at
        refused = len(mock.calls("chat.postMessage")) - len(answered)
    messages = [(c.params.get("channel"), c.params.get("text")) for c in answered]
    with db.reading(url) as session:
        sent = session.execute(text("SELECT board_id, key FROM delivery WHERE status = 'sent'"))
        sent_keys = {(board_id, key) for board_id, key in sent}
    lost = len(expected - sent_keys)
    by_worker = {w: sum(c.headers.get("x-bench-worker") == w for c in answered) for w in ("1", "2", "later tick")}
    split = ", ".join(f"worker {w}: {n}" for w, n in by_worker.items())
    log(f"sending: {took:.0f} s")
    return [
        Result(GROUP, "messages expected (member digests + managers')", len(expected), "", None,
               f"{BOARDS} boards; {len(mock.users)} Slack users found by email"),
        Result(GROUP, "chat.postMessage calls answered 200", len(answered), "", None,
               f"{refused} answered 429 (storm of {STORM}, Retry-After 1 s)"),
        Result(GROUP, "distinct messages delivered (channel + text)", len(set(messages)), "", None,
               f"{len(sent_keys & expected)} delivery keys recorded sent"),
        Result(GROUP, "messages lost", max(lost, len(expected) - len(set(messages))), "", 0.0),
        Result(GROUP, "messages sent twice", len(messages) - len(set(messages)), "", 0.0),
        Result(GROUP, "sending time, two workers + retry ticks", took, "s", None,
               f"pace {PACE:g} s per board, {BOARDS_AT_ONCE} boards at once per worker; Slack's real pace is about "
               f"1 message a second per workspace; {ticks} later tick(s) for the failed"),
        Result(GROUP, "share of messages sent by worker 1", 100 * by_worker["1"] / max(1, len(answered)), "%", None,
               f"{split}; reports {workers}"),
    ]  # fmt: skip


def _unsettled(url: str) -> int:
    with db.reading(url) as session:
        return int(session.execute(text("SELECT count(*) FROM delivery WHERE status <> 'sent'")).scalar_one())


# Size -------------------------------------------------------------------------------------------------------
def _size(url: str) -> list[Result]:
    mb = 1024 * 1024
    with db.engine_for(url).connect() as conn:
        size = conn.execute(text("SELECT pg_database_size(current_database())")).scalar_one()
        rows = conn.execute(text(
            "SELECT c.relname, c.relkind, pg_relation_size(c.oid) FROM pg_class c JOIN pg_namespace n "
            "ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'i') ORDER BY 3 DESC"
        )).all()  # fmt: skip
    tables = [(n, s) for n, k, s in rows if k == "r"][:4]
    indexes = [(n, s) for n, k, s in rows if k == "i"][:6]
    results = [Result(GROUP, "database size", size / mb, "MB", None, f"{BOARDS} boards, {BOARDS * ACTIONS:,} actions")]
    results += [Result(GROUP, f"table {n}", s / mb, "MB", None) for n, s in tables]
    results += [Result(GROUP, f"index {n}", s / mb, "MB", None) for n, s in indexes]
    return results


if __name__ == "__main__":
    from bench.report import table

    print(table(run()))
