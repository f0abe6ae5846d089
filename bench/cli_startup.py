"""How quickly the `dscb` command answers, as a person at a terminal sees it: a new process each time.

`dscb --help` (answered from the command table, loading no command) and read commands on the demo board
(`dscb actions`, `dscb roster`, `dscb meeting list`), each the median wall time of RUNS fresh processes on a
SQLite file, after one run that creates the demo board. A bare interpreter start is shown for information: it is
the floor every command pays.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.report import Result

ROOT = Path(__file__).resolve().parent.parent
RUNS = 7
HELP_TARGET_S = 0.3
READ_TARGET_S = 0.6


def _dscb() -> list[str]:
    """The installed console script when there is one (what people run), else the same entry point."""
    script = Path(sys.executable).with_name("dscb")
    return [str(script)] if script.exists() else [sys.executable, "-c", "from cli.main import main; main()"]


def _median_seconds(command: list[str], env: dict[str, str]) -> float:
    timings = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, env=env, cwd=ROOT, capture_output=True, check=True)
        timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as folder:
        env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
        env["DATABASE_URL"] = f"sqlite:///{folder}/demo.db"
        dscb = _dscb()
        subprocess.run([*dscb, "console", "--demo"], input=b"", env=env, cwd=ROOT, capture_output=True, check=True)
        floor = _median_seconds([sys.executable, "-c", "pass"], env)
        results = [
            Result("cli", "a bare Python start (the floor)", floor, "s", None),
            Result("cli", "dscb --help", _median_seconds([*dscb, "--help"], env), "s", HELP_TARGET_S),
        ]
        for words in (["actions"], ["roster"], ["meeting", "list"]):
            seconds = _median_seconds([*dscb, *words], env)
            results.append(Result("cli", f"dscb {' '.join(words)} on the demo board", seconds, "s", READ_TARGET_S))
    return results
