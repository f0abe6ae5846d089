"""Importing minutes, as `dscb import-minutes FILE` does it: read the file, parse it, store everything.

Each run imports into a fresh board (the demo roster of 30 members and board meetings on 13 March, 10 July and
11 September 2015) by calling the real command in this process (`cli.main.app`, with `--board`), so a run
includes the schema check, board lookup, roster snapshot, parsing, storing and the command's output. Documents:
the seed minutes (../shared/fixtures/dscb-minutes-2015-05-15.txt, 12 actions) and a synthetic 200-item document
`tests.samples.long_minutes(200)`, as tests/test_minutes.py parses it. Figures are medians of RUNS runs, on a SQLite
file and, when reachable, a scratch PostgreSQL database; plus the wall time of a fresh `dscb import-minutes`
process for the seed minutes (interpreter start and imports included), for information.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from bench.boards import BOARD_DATES
from bench.data import ROSTER, databases
from bench.report import Result, not_run
from bot.tracker.boards import create_board
from bot.tracker.meetings import add_meeting
from bot.tracker.roster import import_roster, read_roster
from store import db
from tests.samples import long_minutes

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "fixtures" / "dscb-minutes-2015-05-15.txt"
RUNS = 5
SEED_TARGET = 1.0
LONG_TARGET = 5.0
GROUP = "import"


def fresh_board(url: str) -> str:
    """A new board with the demo roster and the board's meetings; returns its name."""
    name = f"Import Board {uuid.uuid4().hex[:8]}"
    with db.transaction(url) as session:
        board = create_board(session, name)
        import_roster(session, board.id, read_roster(ROSTER), actor="bench")
        for day in BOARD_DATES:
            add_meeting(session, board.id, day, start=dt.time(10), end=dt.time(14), venue="Saltwells EDC")
    return name


def import_in_process(url: str, path: Path) -> float:
    """Seconds for one `dscb import-minutes` into a fresh board, run in this process."""
    from cli.main import app

    board = fresh_board(url)
    args = ["--database-url", url, "--board", board, "import-minutes", str(path)]
    out = io.StringIO()
    start = time.perf_counter()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        app(args, standalone_mode=False)
    seconds = time.perf_counter() - start
    if "Imported" not in out.getvalue():
        raise RuntimeError(f"import-minutes did not import {path.name}: {out.getvalue()}")
    return seconds


def import_subprocess(url: str, path: Path) -> float:
    """Wall seconds for a fresh `dscb import-minutes` process (the console script) into a fresh board."""
    board = fresh_board(url)
    script = Path(sys.executable).with_name("dscb")
    command = [str(script)] if script.exists() else [sys.executable, "-c", "from cli.main import main; main()"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    env |= {"DATABASE_URL": url, "DSCB_BOARD": board, "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    done = subprocess.run([*command, "import-minutes", str(path)], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=120)  # fmt: skip
    seconds = time.perf_counter() - start
    if done.returncode != 0 or "Imported" not in done.stdout + done.stderr:
        raise RuntimeError(f"dscb import-minutes failed: {done.stderr}")
    return seconds


def _median(runs: list[float]) -> tuple[float, str]:
    return statistics.median(runs), f"median of {len(runs)}; {min(runs):.3f}-{max(runs):.3f} s"


def run() -> list[Result]:
    seed_name = "seed minutes (12 actions)"
    long_name = "200-item minutes document"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        long_path = folder / "minutes-200-items.txt"
        long_path.write_text(long_minutes(200), encoding="utf-8")
        seed = folder / SEED.name if SEED.exists() else None
        if seed is not None:
            shutil.copy(SEED, seed)
        results: list[Result] = []
        with databases(folder) as urls:
            for backend in ("sqlite", "postgres"):
                url = urls.get(backend)
                for name, path, target in ((seed_name, seed, SEED_TARGET), (long_name, long_path, LONG_TARGET)):
                    label = f"{name}, {backend}"
                    if url is None:
                        results.append(not_run(GROUP, label, "s", target, "no PostgreSQL server"))
                    elif path is None:
                        results.append(not_run(GROUP, label, "s", target, f"{SEED} is absent"))
                    else:
                        value, note = _median([import_in_process(url, path) for _ in range(RUNS)])
                        results.append(Result(GROUP, label, value, "s", target, note))
            label = "seed minutes, fresh `dscb import-minutes` process, sqlite"
            if seed is None:
                results.append(not_run(GROUP, label, "s", None, f"{SEED} is absent"))
            else:
                value, note = _median([import_subprocess(urls["sqlite"], seed) for _ in range(3)])
                results.append(Result(GROUP, label, value, "s", None, note + ", wall time with interpreter start"))
        return results
