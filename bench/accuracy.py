"""How well the assistant understands wording it was never tuned on: every blind everyday-chat set (issue 15's
targets: intent, owners and due dates at least 95 %, no wrong member owner), the older blind set, and the third-party
Duckling day expressions (at least 200 of 220)."""

from __future__ import annotations

import tempfile
from typing import Any

from bench.report import Result
from tests.corpus.duckling import duckling_score
from tests.corpus.score import FINAL_BLIND, everyday_blind_sets, load_corpus, prepare_board, run_parse, score

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
        figures: list[Result] = []
        for number, path in everyday_blind_sets():
            cases = load_corpus(path)
            figures += _scored(f"blind everyday set {number}, {len(cases)} messages", cases, url, targets=True)
        older = load_corpus(FINAL_BLIND)
        figures += _scored(f"blind minutes-style set, {len(older)} messages", older, url, targets=False)
    right, total, _ = duckling_score()
    figures.append(Result("accuracy", f"Duckling day expressions (of {total})", right, "", 200, at_least=True))
    return figures
