"""Run the benchmarks: `python -m bench` (or `make bench`) runs them all; `python -m bench growth memory` some;
`python -m bench national` (or `make bench-national`) the national-scale one, which is run only when named.

Each benchmark's table is printed as it finishes; at the end, every figure with its target and whether it was met,
written to bench/results.json with the machine's details.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from bench import (
    accuracy,
    cli_startup,
    digest_scale,
    engagement,
    growth,
    imports,
    memory,
    minutes_accuracy,
    minutes_pdf,
    national,
    round_trip,
    teams_round_trip,
    understanding,
)
from bench.report import RESULTS, Result, save, table

BENCHMARKS: dict[str, Callable[[], list[Result]]] = {
    "understanding": understanding.run,
    "accuracy": accuracy.run,
    "round_trip": round_trip.run,
    "teams_round_trip": teams_round_trip.run,
    "growth": growth.run,
    "digest": digest_scale.run,
    "imports": imports.run,
    "minutes_accuracy": minutes_accuracy.run,
    "minutes_pdf": minutes_pdf.run,
    "memory": memory.run,
    "cli": cli_startup.run,
    "engagement": engagement.run,
}
SEPARATE: dict[str, Callable[[], list[Result]]] = {"national": national.run}  # about 10 minutes: only when named


def main(names: list[str]) -> int:
    chosen = BENCHMARKS | SEPARATE
    unknown = [n for n in names if n not in chosen]
    if unknown:
        print(f"unknown benchmark {', '.join(unknown)}; choose from {', '.join(chosen)}", file=sys.stderr)
        return 2
    results: list[Result] = []
    for name in names or list(BENCHMARKS):
        start = time.perf_counter()
        found = chosen[name]()
        print(f"\n{name} ({time.perf_counter() - start:.0f} s)\n{table(found)}", flush=True)
        results += found
    print(f"\nevery figure\n{table(results)}")
    save(results)
    missed = sum(r.met == "MISSED" for r in results)
    print(f"\n{len(results)} figures, {missed} missed; written to {RESULTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
