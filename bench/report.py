"""One benchmark figure, with its target, and the table and JSON file they make."""

from __future__ import annotations

import json
import platform
from dataclasses import asdict, dataclass
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results.json"


@dataclass(frozen=True, slots=True)
class Result:
    group: str
    name: str
    value: float
    unit: str
    target: float | None  # the value must be at most this; None when the figure is for information

    @property
    def met(self) -> str:
        if self.target is None:
            return ""
        return "met" if self.value <= self.target else "MISSED"


def table(results: list[Result]) -> str:
    lines = [f"{'benchmark':<58} {'median':>10}  {'target':>10}  result"]
    for r in results:
        target = f"<= {r.target:g} {r.unit}" if r.target is not None else ""
        lines.append(f"{r.group + ': ' + r.name:<58} {r.value:>7.3f} {r.unit:<2}  {target:>10}  {r.met}")
    return "\n".join(lines)


def save(results: list[Result]) -> None:
    machine = {"python": platform.python_version(), "machine": platform.machine(), "system": platform.platform()}
    RESULTS.write_text(json.dumps({"machine": machine, "results": [asdict(r) for r in results]}, indent=2) + "\n")
