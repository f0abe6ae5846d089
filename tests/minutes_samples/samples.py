"""Loading sample minutes: a directory holding one source (``minutes.source.json`` or ``minutes.txt``) and
``expected.json`` (the answer key; formats in ``tests/minutes_samples/FORMAT.md``)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from tests.minutes_samples.render import render

ROOT = Path(__file__).resolve().parent.parent.parent
DEV = ROOT / "tests" / "fixtures" / "boards"
BLIND = ROOT / "bench" / "corpus" / "minutes-blind"
BLIND_SETS: tuple[tuple[str, Path], ...] = (
    ("first", BLIND),  # the first writer's boards, kept blind from the start (the second set became dev)
    ("third", BLIND.with_name("minutes-blind-3")),  # a later writer's four boards
    ("fourth", BLIND.with_name("minutes-blind-4")),  # four more boards by two writers
    ("fifth", BLIND.with_name("minutes-blind-5")),  # written while the fourth was measured
    ("sixth", BLIND.with_name("minutes-blind-6")),  # written at the start of the next round
    ("seventh", BLIND.with_name("minutes-blind-7")),  # written during that round
    ("eighth", BLIND.with_name("minutes-blind-8")),  # written at the start of the round after
    ("ninth", BLIND.with_name("minutes-blind-9")),  # written during that round
    ("tenth", BLIND.with_name("minutes-blind-10")),  # written late in that round
    ("eleventh", BLIND.with_name("minutes-blind-11")),  # eight, by two writers, at the start of the round after
    ("twelfth", BLIND.with_name("minutes-blind-12")),  # eight more, written during that round
    ("thirteenth", BLIND.with_name("minutes-blind-13")),  # eight more, written late in that round, never worked on
    ("fourteenth", BLIND.with_name("minutes-blind-14")),  # eight, by two writers, at the start of the round after
    ("fifteenth", BLIND.with_name("minutes-blind-15")),  # eight more, written during that round
    ("sixteenth", BLIND.with_name("minutes-blind-16")),  # eight more, written late in that round, never worked on
)  # each set measured only, never explained; named as the benchmark reports them
BLIND_ROOTS = tuple(root for _, root in BLIND_SETS)
SOURCE = "minutes.source.json"
TEXT = "minutes.txt"
EXPECTED = "expected.json"
REQUIRED_KEYS = frozenset(
    {"about", "meeting", "attendees", "in_attendance", "not_present", "apologies", "representatives", "people",
     "next_meeting", "actions"}
)  # fmt: skip


def is_sample(path: Path) -> bool:
    return (path / EXPECTED).is_file() and ((path / SOURCE).is_file() or (path / TEXT).is_file())


def sample_dirs(roots: Iterable[Path]) -> list[Path]:
    """The samples in each root: the root itself when it is one, else its sample subdirectories, by name."""
    found: list[Path] = []
    for root in roots:
        if is_sample(root):
            found.append(root)
        elif root.is_dir():
            found.extend(sorted(p for p in root.iterdir() if p.is_dir() and is_sample(p)))
    return found


def load_source(path: Path) -> tuple[bytes, str]:
    """The sample's minutes file: rendered from ``minutes.source.json``, or ``minutes.txt`` as it is."""
    if (path / SOURCE).is_file():
        return render(json.loads((path / SOURCE).read_text(encoding="utf-8")))
    return (path / TEXT).read_bytes(), TEXT


def load_expected(path: Path) -> dict[str, Any]:
    expected: dict[str, Any] = json.loads((path / EXPECTED).read_text(encoding="utf-8"))
    return expected


def load_sample(path: Path) -> tuple[bytes, str, dict[str, Any]]:
    """(file bytes, file name, expected answer) for one sample directory."""
    data, filename = load_source(path)
    return data, filename, load_expected(path)
