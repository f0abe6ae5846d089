"""The sample minutes (tests/fixtures/boards): each renders into a real file with a complete answer key; and the
scorer's rules (names, one-to-one matching of actions, owners)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.minutes_samples.render import render
from tests.minutes_samples.samples import DEV, REQUIRED_KEYS, SOURCE, load_sample, sample_dirs
from tests.minutes_samples.score import assignment, name_key, owners_right, score_result, score_sample, totals

SAMPLES = sample_dirs([DEV])


@pytest.mark.parametrize("path", SAMPLES, ids=[p.name for p in SAMPLES])
def test_a_sample_renders_and_has_an_answer_key(path: Path) -> None:
    data, filename, expected = load_sample(path)
    assert filename in {"minutes.pdf", "minutes.docx", "minutes.txt"}
    assert data.startswith(b"%PDF" if filename.endswith(".pdf") else b"PK" if filename.endswith(".docx") else b"")
    assert len(data) > 500
    assert set(expected) >= REQUIRED_KEYS, sorted(REQUIRED_KEYS - set(expected))
    assert expected["meeting"]["date"]
    for action in expected["actions"]:
        assert {"text", "owners", "due"} <= set(action)
        assert all(isinstance(owner, list) for owner in action["owners"])


def test_the_dev_folder_holds_samples() -> None:
    assert DEV.is_dir()
    if not SAMPLES:
        pytest.skip("no samples written yet")


def test_rendering_is_deterministic() -> None:
    sources = [p / SOURCE for p in SAMPLES if (p / SOURCE).is_file()][:2]
    if not sources:
        pytest.skip("no rendered samples yet")
    for source in sources:
        document = json.loads(source.read_text(encoding="utf-8"))
        assert render(document) == render(document)


def test_a_sample_is_scored_without_crashing() -> None:
    if not SAMPLES:
        pytest.skip("no samples written yet")
    score = score_sample(SAMPLES[0])
    assert score["sample"] == SAMPLES[0].name
    assert score.get("refused") or {"attendees", "apologies", "representatives", "actions", "invented"} <= set(score)


def test_names_compare_without_case_titles_or_punctuation() -> None:
    assert name_key("Dr. C SMITH") == name_key("C Smith") == "c smith"
    assert name_key("Det Supt Gareth Lloyd") == name_key("DS Gareth Lloyd") == "gareth lloyd"
    assert name_key("DS") == "ds" and name_key("Di Smith") == "di smith"


def test_actions_are_matched_one_to_one_for_the_best_total() -> None:
    # greedy would take (0, 0) at 90 and leave row 1 with 10; the best total pairs (0, 1) and (1, 0)
    assert assignment([[90, 80], [85, 10]]) == [(0, 1), (1, 0)]
    assert assignment([[50], [60], [10]]) == [(1, 0)]
    assert assignment([]) == []


def test_owners_are_right_when_each_expected_owner_is_one_found_owner() -> None:
    assert owners_right(["WMP", "Jane Roe"], [["Jane Roe"], ["West Midlands Police", "WMP", "Police"]])
    assert not owners_right(["Jane Roe"], [["Jane Roe"], ["Police"]])
    assert not owners_right(["Jane Roe", "Amy Long"], [["Jane Roe"]])
    assert not owners_right(["Jane Roe", "Jane Roe"], [["Jane Roe"], ["Amy Long"]])
    assert owners_right(["Jane Roe", "Amy Long"], [["Amy Long", "Jane Roe"], ["Jane Roe"]])  # needs the best pairing
    assert owners_right([], [])


def _expected() -> dict[str, Any]:
    return {
        "attendees": ["Jane Roe", "Amy Long", "Bob Stone"],
        "apologies": ["Peter Pan"],
        "representatives": {"Peter Pan": "Wendy Darling"},
        "people": {n: {"initials": None} for n in ("Jane Roe", "Amy Long", "Bob Stone", "Peter Pan", "Wendy Darling")},
        "actions": [
            {"text": "circulate the audit report to partners", "owners": [["Jane Roe"]], "due": "2015-06-30"},
            {"text": "book the training venue", "owners": [["all members"]], "due": None},
        ],
    }


def test_a_reading_is_scored_against_its_answer_key() -> None:
    result = {
        "attendees": [{"name": "JANE ROE"}, {"name": "Cllr Amy Long"}, {"name": "Apologies Received"}],
        "apologies": [{"name": "Peter Pan", "representative": "Wendy Darling"}],
        "actions": [
            {"text": "Book the training venue", "owners": [{"kind": "group", "name": "all members"}], "due": None},
            {"text": "Circulate the audit report", "owners": [{"kind": "unknown", "name": "Jane Roe"}], "due": None},
            {"text": "Something else entirely", "owners": [{"kind": "unknown", "name": "Zed Zebra"}], "due": None},
        ],
    }
    score = score_result(result, _expected())
    assert score["attendees"] == {"right": 2, "expected": 3, "wrong": 1}
    assert score["apologies"] == {"right": 1, "expected": 1, "wrong": 0}
    assert score["representatives"] == {"right": 1, "expected": 1, "wrong": 0}
    assert score["actions"] == {"right": 1, "expected": 2, "found": 3, "matched": 2}  # the due date was missed
    assert score["invented"] == 2  # "Apologies Received" and "Zed Zebra"
    total = totals([score, {"sample": "x", "refused": "no date"}])
    assert total["refused"] == 1 and total["attendees"]["expected"] == 3
