"""Score due-date reading on Duckling's English and British day expressions, through `dscb parse --jsonl`.

The corpus and its rules are in ../shared/fixtures/third-party/duckling/README.md: 220 expressions, each sent as
"Action: Viv Townsend to send the report by <expr>" by Martine McFadden at 2013-02-12 04:30 (a Tuesday), with the
next board meeting on Friday 8 March 2013; right when the reply's due date is the expected day (or one of the
listed days). ``python -m tests.corpus.duckling [-v]`` prints the score (and the misses).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from typing import Any

from tests.corpus.score import ROOT, run_parse

CORPUS = ROOT.parent / "shared" / "fixtures" / "third-party" / "duckling" / "duckling-dates.jsonl"
NOW = "2013-02-12T04:30"
NEXT_BOARD = "2013-03-08"
PREPOSITIONS = frozenset(
    {"on", "in", "at", "by", "from", "within", "around", "during", "for", "before", "until", "through"}
)


def message(expr: str) -> str:
    """The README's message rule: "by <expr>", unless the expression starts with a preposition."""
    words = expr.split()
    lead = "" if words and words[0].lower() in PREPOSITIONS else "by "
    return f"Action: Viv Townsend to send the report {lead}{expr}"


def load() -> list[dict[str, Any]]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


def duckling_score() -> tuple[int, int, list[str]]:
    """(right, total, misses) for the whole corpus, on a scratch board with the demo roster."""
    cases = load()
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/duckling.db"
        env = {**os.environ, "DATABASE_URL": url, "PYTHONPATH": str(ROOT)}
        command = [sys.executable, "-c", "from cli.main import main; main()"]
        roster = ROOT / "bot" / "data" / "demo-roster.csv"
        subprocess.run([*command, "roster", "import", str(roster)], env=env, check=True, capture_output=True)
        subprocess.run([*command, "meeting", "add", NEXT_BOARD], env=env, check=True, capture_output=True)
        sent = [{"text": message(c["expr"]), "as": "Martine McFadden", "now": NOW} for c in cases]
        results = run_parse(url, sent)
    misses = []
    for case, got in zip(cases, results, strict=True):
        expected = case["due"] if isinstance(case["due"], list) else [case["due"]]
        if got["due"] not in expected:
            misses.append(f"{case['id']} {case['expr']!r}: expected {' or '.join(expected)}, got {got['due']}")
    return len(cases) - len(misses), len(cases), misses


if __name__ == "__main__":
    right, total, misses = duckling_score()
    if "-v" in sys.argv:
        print("\n".join(misses))
    print(f"Duckling day expressions: {right}/{total}")
