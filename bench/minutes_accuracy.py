"""Reading other boards' minutes, blind: the sets named in ``samples.BLIND_SETS`` (bench/corpus/minutes-blind and
minutes-blind-N, written by people who never saw the reader: PDFs and Word files rendered from their sources, and
pasted text), read with no roster and scored against their writers' answer keys, each set on its own. Only the
totals are printed, never a sample's text."""

from __future__ import annotations

from pathlib import Path

from bench.report import Result
from tests.minutes_samples.samples import BLIND_SETS, sample_dirs
from tests.minutes_samples.score import score_sample, totals


def run() -> list[Result]:
    return [result for name, root in BLIND_SETS for result in _measured(f"minutes accuracy, {name} blind set", root)]


def _measured(group: str, root: Path) -> list[Result]:
    samples = sample_dirs([root])
    total = totals([score_sample(path) for path in samples])
    listed = total["attendees"]["expected"] + total["apologies"]["expected"]
    right = total["attendees"]["right"] + total["apologies"]["right"]
    actions = total["actions"]
    return [
        Result(group, f"blind documents refused (of {len(samples)})", total["refused"], "", 0),
        Result(group, "people invented", total["invented"], "", 0),
        Result(group, f"attendance right (of {listed})", 100 * right / max(listed, 1), "%", 95, at_least=True),
        Result(
            group,
            f"actions fully right (of {actions['expected']})",
            100 * actions["right"] / max(actions["expected"], 1),
            "%",
            90,
            at_least=True,
        ),
    ]
