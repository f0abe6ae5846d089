"""How well the assistant understands wording it was never tuned on: the blind everyday-chat set (issue 15's
targets: intent, owners and due dates at least 95 %, no wrong member owner), six more writers' sets, the older
blind set, and the third-party Duckling day expressions (at least 200 of 220)."""

from __future__ import annotations

import tempfile
from typing import Any

from bench.report import Result
from tests.corpus.duckling import duckling_score
from tests.corpus.score import (
    EVERYDAY_BLIND,
    EVERYDAY_BLIND_2,
    EVERYDAY_BLIND_3,
    EVERYDAY_BLIND_4,
    EVERYDAY_BLIND_5,
    EVERYDAY_BLIND_6,
    EVERYDAY_BLIND_7,
    FINAL_BLIND,
    load_corpus,
    prepare_board,
    run_parse,
    score,
)

TARGET = 95.0  # per cent, for intent, owners and due dates


def _scored(name: str, cases: list[dict[str, Any]], url: str, targets: bool) -> list[Result]:
    result = score(cases, run_parse(url, cases))
    figures = []
    for field in ("intent", "owners", "due"):
        figures.append(Result("accuracy", f"{name}: {field} ({result.right[field]}/{result.total[field]})",
                              100 * result.accuracy(field), "%", TARGET if targets else None,
                              at_least=True))  # fmt: skip
    wrong = len(result.wrong_member_owners)
    figures.append(Result("accuracy", f"{name}: wrong member owners", wrong, "", 0 if targets else None))
    return figures


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/corpus.db"
        prepare_board(url)
        everyday = load_corpus(EVERYDAY_BLIND)
        figures = _scored(f"blind everyday chat, {len(everyday)} messages", everyday, url, targets=True)
        second = load_corpus(EVERYDAY_BLIND_2)
        figures += _scored(f"second blind everyday set, {len(second)} messages", second, url, targets=True)
        third = load_corpus(EVERYDAY_BLIND_3)
        figures += _scored(f"third blind everyday set, {len(third)} messages", third, url, targets=True)
        fourth = load_corpus(EVERYDAY_BLIND_4)
        figures += _scored(f"fourth blind everyday set, {len(fourth)} messages", fourth, url, targets=True)
        fifth = load_corpus(EVERYDAY_BLIND_5)
        figures += _scored(f"fifth blind everyday set, {len(fifth)} messages", fifth, url, targets=True)
        sixth = load_corpus(EVERYDAY_BLIND_6)
        figures += _scored(f"sixth blind everyday set, {len(sixth)} messages", sixth, url, targets=True)
        seventh = load_corpus(EVERYDAY_BLIND_7)
        figures += _scored(f"seventh blind everyday set, {len(seventh)} messages", seventh, url, targets=True)
        older = load_corpus(FINAL_BLIND)
        figures += _scored(f"blind minutes-style set, {len(older)} messages", older, url, targets=False)
    right, total, _ = duckling_score()
    figures.append(Result("accuracy", f"Duckling day expressions (of {total})", right, "", 200, at_least=True))
    return figures
