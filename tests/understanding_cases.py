"""What the understanding tests share: reading a message as a writer, the owner forms of the parse contract, and
comparing a reading with the fields a case expects (owners as a set, ambiguities by their candidates)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.understanding.snapshot import Snapshot
from tests.conftest import SEED_NOW

M = "Martine McFadden"  # the business manager, who writes most of the cases
Case = tuple[str, str | None, dict[str, Any]]  # text, writer, the fields expected


def parse(snapshot: Snapshot, text: str, writer: str | None = None, now: dt.datetime = SEED_NOW) -> dict[str, Any]:
    person = snapshot.person(writer) if writer else None
    return snapshot.interpret(text, person, now).as_json()


def member(name: str) -> dict[str, str]:
    return {"kind": "member", "name": name}


def agency(name: str) -> dict[str, str]:
    return {"kind": "agency", "name": name}


def group(name: str) -> dict[str, str]:
    return {"kind": "group", "name": name}


def unknown(name: str, *suggestions: str) -> dict[str, Any]:
    return {"kind": "unknown", "name": name, "suggestions": list(suggestions)}


def check(got: dict[str, Any], expected: dict[str, Any]) -> None:
    """Every expected field as read: owners in any order, an ambiguity as (text, sorted candidates), an audit by
    the keys given."""
    for key, value in expected.items():
        if key == "audit":
            assert {k: got["audit"][k] for k in value} == value, got
        elif key == "owners":
            assert sorted(got["owners"], key=lambda o: o["name"]) == sorted(value, key=lambda o: o["name"]), got
        elif key == "ambiguous":
            assert [(a["text"], sorted(a["candidates"])) for a in got["ambiguous"]] == value, got
        else:
            assert got[key] == value, (key, got)
