"""How fast the assistant understands a message: warm parses at 30 and 3,000 members, and a fresh process."""

from __future__ import annotations

import datetime as dt
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.boards import name_index
from bench.report import Result
from bot.understanding.interpret import interpret

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "messages.jsonl"
NOW = dt.datetime(2015, 5, 15, 9, 30)


def _messages() -> list[tuple[str, str]]:
    cases = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(c["text"], c["as"]) for c in cases]


def warm_parse_ms(members: int, rounds: int = 5) -> float:
    """Median milliseconds per message over the corpus, after one warm-up pass."""
    names = name_index(members)
    messages = [(text, names.person(who).member) for text, who in _messages()]
    timings: list[float] = []
    for round_number in range(rounds + 1):
        for text, writer in messages:
            start = time.perf_counter()
            interpret(text, writer, NOW, names)
            if round_number:
                timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


_FRESH = """
import time, datetime as dt
start = time.perf_counter()
from bench.boards import name_index
from bot.understanding.interpret import interpret
imported = time.perf_counter()
names = name_index(30)
writer = names.person("Martine McFadden").member
interpret("Viv Townsend to circulate the presentation by end June", writer, dt.datetime(2015, 5, 15, 9, 30), names)
answered = time.perf_counter()
print(f"{(imported - start) * 1000:.1f} {(answered - imported) * 1000:.1f}")
"""


def fresh_process_ms(runs: int = 5) -> tuple[float, float]:
    """Median (import time, first answer after imports) in a new interpreter, in milliseconds."""
    samples = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", _FRESH], capture_output=True, text=True, check=True, cwd=ROOT)
        imports, first = (float(x) for x in out.stdout.split())
        samples.append((imports, first))
    return statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples)


def privacy_check_ms() -> float:
    """The slowest of three 50 kB texts (prose, figures, digit groups) through the privacy guard, best of 3."""
    from bot.understanding.privacy import identifying_details
    from tests.security.test_privacy_forms import fifty_kb_texts

    slowest = 0.0
    for text in fifty_kb_texts():
        timings = []
        for _ in range(3):
            start = time.perf_counter()
            identifying_details(text)
            timings.append((time.perf_counter() - start) * 1000)
        slowest = max(slowest, min(timings))
    return slowest


def run() -> list[Result]:
    small = warm_parse_ms(30)
    large = warm_parse_ms(3000)
    imports, first = fresh_process_ms()
    privacy = privacy_check_ms()
    messages = len(_messages())
    return [
        Result("understanding", f"warm parse, 30 members ({messages} messages)", small, "ms", 1.0),
        Result("understanding", "warm parse, 3,000 members", large, "ms", 5.0),
        Result("understanding", "fresh process: imports", imports, "ms", None),
        Result("understanding", "fresh process: first answer after imports", first, "ms", 1000.0),
        Result("understanding", "privacy check of a 50 kB message (slowest of three kinds)", privacy, "ms", 50.0),
    ]
