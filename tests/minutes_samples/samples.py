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
BLIND_3 = BLIND.with_name("minutes-blind-3")  # a later writer's four boards, measured only (the second became dev)
BLIND_4 = BLIND.with_name("minutes-blind-4")  # four more boards by two writers, measured only
BLIND_5 = BLIND.with_name("minutes-blind-5")  # four more, written while the fourth was measured; measured only
BLIND_6 = BLIND.with_name("minutes-blind-6")  # four more, written at the start of the next round; measured only
BLIND_7 = BLIND.with_name("minutes-blind-7")  # four more, written during that round; measured only
BLIND_8 = BLIND.with_name("minutes-blind-8")  # four more, written at the start of the round after; measured only
BLIND_9 = BLIND.with_name("minutes-blind-9")  # four more, written during that round; measured only
BLIND_10 = BLIND.with_name("minutes-blind-10")  # four more, written late in that round; measured only
BLIND_ROOTS = (
    BLIND,
    BLIND_3,
    BLIND_4,
    BLIND_5,
    BLIND_6,
    BLIND_7,
    BLIND_8,
    BLIND_9,
    BLIND_10,
)  # measured only, never explained
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
