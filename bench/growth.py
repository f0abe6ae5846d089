"""How the cost of a request grows with the board: 100, 1,000, 10,000 and 100,000 actions.

Each size gets a database of its own (SQLite file; scratch PostgreSQL database when reachable) with bench.data's
board: 30 members; the member asking, Viv Townsend, owes 30 of the actions whatever the board's size, and the
other 29 share the rest. Measured in process through the core, as every front end calls it, on TODAY (a quarter
overdue):

- `/dscb-actions`: Viv's first page of 20 (``Assistant.query``), the use case Slack runs;
- App Home: Viv's home page, 35 actions shown (``Assistant.home``);
- digest preview: every member's digest and the manager's (what `dscb digest preview` computes);
- tracker report: the whole tracker for the next meeting, built and rendered as CSV.

Figures: median milliseconds and SQL statements per request. Statements must not grow with the board (target:
the count at 100 actions). Viv's page and home page must not grow with the board either: their time at 100,000
actions is compared with their time at 100 (target 2x). The digest preview and the report cover every open
action, so they grow with the board; their statements do not.
"""

from __future__ import annotations

import datetime as dt
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.data import TODAY, build_board, databases
from bench.report import Result, not_run
from bot.conversation.assistant import Assistant
from bot.reports.digest import compute_digests, compute_manager_digest
from bot.reports.tracker import build_report, render_csv
from store import db

SIZES = (100, 1_000, 10_000, 100_000)
NOW = dt.datetime.combine(TODAY, dt.time(8, 30))
PAGE = 20
HOME = 35
OWNS = 30  # Viv's open actions at every size
GROWTH_TARGET = 2.0  # her page at 100,000 actions against 100


def _measure(url: str, work: Callable[[], object], runs: int) -> tuple[float, int]:
    """Median milliseconds of ``runs`` calls after a warm-up, and the statements one call runs."""
    work()
    with db.recorded_statements(url) as seen:
        work()
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings), len(seen)


def _requests(url: str, size: int) -> dict[str, tuple[float, int]]:
    board = build_board(url, actions=size, asking_owns=OWNS)
    assistant = Assistant(url, board.board_id, page_size=PAGE)
    viv = assistant.snapshot_now().directory.member(board.asking_id)
    assert viv is not None

    def listing() -> None:
        reply = assistant.query(viv, "", NOW)
        assert len(reply.actions) == PAGE and reply.listing is not None and reply.listing.total == OWNS, reply.text

    def home() -> None:
        assert assistant.home(viv, NOW, actions_shown=HOME).open_total == OWNS

    def digests() -> None:
        with db.transaction(url) as session:
            assert compute_digests(session, board.board_id, TODAY)
            compute_manager_digest(session, board.board_id, NOW)

    def report() -> None:
        with db.transaction(url) as session:
            render_csv(build_report(session, board.board_id, meeting=None, today=TODAY))

    light = 50 if size <= 10_000 else 20
    heavy = 5 if size <= 10_000 else 3
    return {
        "/dscb-actions": _measure(url, listing, light),
        "App Home": _measure(url, home, light),
        "digest preview": _measure(url, digests, heavy),
        "tracker report": _measure(url, report, heavy),
    }


def _figures(backend: str, by_size: dict[int, dict[str, tuple[float, int]]]) -> list[Result]:
    group = f"growth ({backend})"
    results = []
    for request in by_size[SIZES[0]]:
        base_statements = by_size[SIZES[0]][request][1]
        for size in SIZES:
            ms, statements = by_size[size][request]
            results.append(Result(group, f"{request}, {size:,} actions", ms, "ms", None))
            name = f"{request}, {size:,} actions: statements"
            results.append(Result(group, name, statements, "stmts", base_statements))
        if request in ("/dscb-actions", "App Home"):
            ratio = by_size[SIZES[-1]][request][0] / by_size[SIZES[0]][request][0]
            results.append(Result(group, f"{request}: time at 100,000 / at 100 actions", ratio, "x", GROWTH_TARGET))
    return results


def run() -> list[Result]:
    measured: dict[str, dict[int, dict[str, tuple[float, int]]]] = {"sqlite": {}, "postgres": {}}
    for size in SIZES:
        with tempfile.TemporaryDirectory() as folder, databases(Path(folder)) as urls:
            for backend, url in urls.items():
                measured[backend][size] = _requests(url, size)
    results = _figures("SQLite", measured["sqlite"])
    if measured["postgres"]:
        return results + _figures("PostgreSQL", measured["postgres"])
    return [*results, not_run("growth (PostgreSQL)", "every request and size", "ms", None, "no PostgreSQL server")]
