"""A third-party check of due-date reading: Duckling's English and British day expressions, scored through
`dscb parse --jsonl` (see tests/corpus/duckling.py and ../shared/fixtures/third-party/duckling/README.md)."""

from __future__ import annotations

from tests.corpus.duckling import CORPUS, duckling_score, message

FLOOR = 200  # of 220 (the target); 214 when this was written


def test_the_message_rule() -> None:
    assert message("xmas") == "Action: Viv Townsend to send the report by xmas"
    assert message("at the end of April") == "Action: Viv Townsend to send the report at the end of April"
    assert message("Within 2 weeks") == "Action: Viv Townsend to send the report Within 2 weeks"


def test_duckling_day_expressions() -> None:
    assert CORPUS.exists(), f"{CORPUS} is missing: the shared folder must sit beside this checkout"
    right, total, misses = duckling_score()
    assert total == 220
    assert right >= FLOOR, f"{right}/{total} right; misses:\n" + "\n".join(misses)
