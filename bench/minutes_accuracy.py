"""Reading other boards' minutes, blind: the samples in bench/corpus/minutes-blind (written by people who never saw
the reader, PDFs and Word files rendered from their sources and pasted text), read with no roster and scored
against their writers' answer keys. Only the totals are printed, never a sample's text."""

from __future__ import annotations

from bench.report import Result
from tests.minutes_samples.samples import BLIND, sample_dirs
from tests.minutes_samples.score import score_sample, totals

GROUP = "minutes accuracy"


def run() -> list[Result]:
    samples = sample_dirs([BLIND])
    total = totals([score_sample(path) for path in samples])
    listed = total["attendees"]["expected"] + total["apologies"]["expected"]
    right = total["attendees"]["right"] + total["apologies"]["right"]
    actions = total["actions"]
    return [
        Result(GROUP, f"blind documents refused (of {len(samples)})", total["refused"], "", 0),
        Result(GROUP, "people invented", total["invented"], "", 0),
        Result(GROUP, f"attendance right (of {listed})", 100 * right / max(listed, 1), "%", 95, at_least=True),
        Result(
            GROUP,
            f"actions fully right (of {actions['expected']})",
            100 * actions["right"] / max(actions["expected"], 1),
            "%",
            90,
            at_least=True,
        ),
    ]
