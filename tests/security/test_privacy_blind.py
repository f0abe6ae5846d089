"""Two sets of chat messages written by someone who had not seen the code, each measured once before it was used
here (README, "Reliability and security", gives those first figures); now they hold what was fixed: every
identifier refused, every ordinary message stored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.understanding.privacy import identifying_details

DATA = Path(__file__).parent / "data"


def lines(name: str) -> list[tuple[str, str]]:
    rows = [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(row["text"], row["expect"]) for row in rows]


@pytest.mark.parametrize("name", ["privacy_blind.jsonl", "privacy_blind_final.jsonl"])
def test_the_written_sets_are_read_right(name: str) -> None:
    wrong = [
        (expect, text) for text, expect in lines(name) if (identifying_details(text) is None) != (expect == "none")
    ]
    assert wrong == []
