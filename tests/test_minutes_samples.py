"""Other boards' minutes (tests/fixtures/boards: PDFs and Word documents rendered from their sources, and text
pasted out of PDFs and web pages), each read with no roster and scored against the answer key its writer wrote
before the reader saw it. The blind samples (bench/corpus/minutes-blind*) are only measured
(`make bench`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.minutes_samples.samples import BLIND_ROOTS, sample_dirs
from tests.minutes_samples.score import explain, score_sample, totals

DEVELOPMENT = ROOT / "tests" / "fixtures" / "boards"
SAMPLES = sample_dirs([DEVELOPMENT])


@pytest.fixture(scope="module")
def scores() -> list[dict[str, Any]]:
    return [score_sample(path) for path in SAMPLES]


def test_there_are_samples_of_every_kind() -> None:
    kinds = {next(p.glob("minutes.*")).name for p in SAMPLES}
    assert len(SAMPLES) >= 346 and kinds == {"minutes.source.json", "minutes.txt"}


@pytest.mark.parametrize("path", SAMPLES, ids=[p.name for p in SAMPLES])
def test_each_sample_is_read_and_invents_nobody(path: Path) -> None:
    score = score_sample(path)
    assert not score.get("refused"), score
    assert score["invented"] == 0, score
    people = score["attendees"]["right"] + score["apologies"]["right"]
    assert people >= 0.9 * (score["attendees"]["expected"] + score["apologies"]["expected"]), score
    assert score["dates"]["meeting"] == 1, score  # a meeting filed under the wrong date misleads everyone after


def test_the_development_set_holds_its_floors(scores: list[dict[str, Any]]) -> None:
    """Attendance at the issue's target; representatives and actions at the level the development set has reached
    (496 of 532 and 90.0 % of 3,554 on 346 documents, 56 of them written this round in layouts the reader had
    not met), so that no change loses ground."""
    total = totals(scores)
    listed = total["attendees"]["expected"] + total["apologies"]["expected"]
    right = total["attendees"]["right"] + total["apologies"]["right"]
    wrong = total["attendees"]["wrong"] + total["apologies"]["wrong"]
    assert right >= 0.95 * listed and wrong <= 0.02 * listed, total
    assert total["representatives"]["right"] >= 0.92 * total["representatives"]["expected"], total
    assert total["actions"]["right"] >= 0.89 * total["actions"]["expected"], total
    assert total["refused"] == 0 and total["invented"] == 0, total
    assert total["dates"]["next"] >= total["samples"] - 1, total  # the next meeting's date: what "next meeting" means


@pytest.mark.parametrize("root", BLIND_ROOTS, ids=lambda p: p.name)
def test_a_blind_sample_is_never_explained(root: Path) -> None:
    """Explaining shows a sample's text; every measured-only set is refused, not only the first."""
    blind = sample_dirs([root])
    assert blind, root
    with pytest.raises(ValueError, match="never explained"):
        explain(blind[0])
