"""One benchmark figure, with its target, and the table and JSON file they make."""

from __future__ import annotations

import json
import math
import platform
import sqlite3
from dataclasses import asdict, dataclass
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results.json"


@dataclass(frozen=True, slots=True)
class Result:
    group: str
    name: str
    value: float  # NaN when the figure could not be measured here (see ``note``)
    unit: str
    target: float | None  # the value must be at most this (at least, with ``at_least``); None: for information
    note: str = ""
    at_least: bool = False  # a score to reach (accuracy), not a cost to stay under

    @property
    def met(self) -> str:
        if math.isnan(self.value):
            return "not run"
        if self.target is None:
            return ""
        met = self.value >= self.target if self.at_least else self.value <= self.target
        return "met" if met else "MISSED"


def not_run(group: str, name: str, unit: str, target: float | None, why: str) -> Result:
    """A figure that could not be measured on this machine (say, no PostgreSQL server)."""
    return Result(group, name, math.nan, unit, target, why)


def table(results: list[Result]) -> str:
    lines = [f"{'benchmark':<66} {'value':>11}  {'target':>13}  result"]
    for r in results:
        target = f"{'>=' if r.at_least else '<='} {r.target:g} {r.unit}" if r.target is not None else ""
        value = "-" if math.isnan(r.value) else f"{r.value:.3f}" if r.value < 100 else f"{r.value:,.0f}"
        if r.unit == "stmts" and not math.isnan(r.value):
            value = f"{r.value:.0f}"
        line = f"{r.group + ': ' + r.name:<66} {value:>8} {r.unit:<2}  {target:>13}  {r.met}"
        lines.append(line + (f"  ({r.note})" if r.note else ""))
    return "\n".join(lines)


def save(results: list[Result]) -> None:
    machine = {
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "machine": platform.machine(),
        "system": platform.platform(),
    }
    rows = [asdict(r) | {"value": None if math.isnan(r.value) else r.value, "met": r.met} for r in results]
    RESULTS.write_text(json.dumps({"machine": machine, "results": rows}, indent=2) + "\n")
