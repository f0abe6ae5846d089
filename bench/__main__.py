"""Run every benchmark: `python -m bench` (or `make bench`)."""

from __future__ import annotations

from bench import round_trip, understanding
from bench.report import RESULTS, save, table


def main() -> None:
    results = understanding.run() + round_trip.run()
    print(table(results))
    save(results)
    print(f"\nwritten to {RESULTS}")


if __name__ == "__main__":
    main()
