"""Check a writer's labelled set against the parse contract: ``python -m tests.corpus.writers.check FILE.jsonl``.

It checks the shape (keys each intent may carry, ISO days, roster spellings), never whether a label is right.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import sys
from pathlib import Path
from typing import Any

ROSTER = Path(__file__).resolve().parents[3] / "bot" / "data" / "demo-roster.csv"
GROUPS = {"all members", "sub group chairs"}
COMMON = {"intent", "ambiguous", "ref"}
KEYS: dict[str, set[str]] = {
    "record_action": {"owners", "due", "asap", "on_behalf_of"},
    "list_actions": {"owners"},
    "apology": {"owners", "meeting", "representative"},
    "withdraw_apology": {"owners", "meeting", "representative"},
    "leave": {"away_until", "owners"},
    "meeting_info": {"meeting"},
    "change_due": {"due", "shift_days", "on_behalf_of"},
    "add_update": {"note", "on_behalf_of"},
    "complete_action": {"on_behalf_of", "owners"},
    "reassign": {"owners", "on_behalf_of"},
    "show_action": set(),
    "drop_action": {"note", "on_behalf_of"},
    "audit_update": {"audit"},
    "audit_status": {"audit"},
    "help": set(),
    "none": set(),
}
REQUIRED: dict[str, set[str]] = {
    "record_action": {"owners", "due", "asap"},
    "list_actions": {"owners"},
    "apology": {"owners", "meeting", "representative"},
    "withdraw_apology": {"owners", "meeting"},
    "leave": {"away_until"},
    "change_due": {"ref", "due"},
    "add_update": {"ref", "note"},
    "complete_action": {"ref"},
    "reassign": {"ref", "owners"},
    "show_action": {"ref"},
    "drop_action": {"ref"},
    "audit_update": {"audit"},
    "audit_status": {"audit"},
}
STATUSES = {"complete", "in_progress", "not_started"}
REF = re.compile(r"^A-\d+$")


def _roster() -> tuple[set[str], set[str]]:
    with ROSTER.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    people = {row["name"] for row in rows}
    groups = set(GROUPS) | {g.removeprefix("chair:") for row in rows for g in row["groups"].split(";") if g}
    return people, groups | {"agency:" + row["agency"] for row in rows}


def _day(value: object) -> bool:
    try:
        dt.date.fromisoformat(str(value))
    except ValueError:
        return False
    return True


def problems(case: dict[str, Any], people: set[str], known: set[str]) -> list[str]:
    """What is wrong with one labelled line's shape (empty when nothing)."""
    found = []
    if set(case) != {"id", "text", "as", "now", "tags", "expect"}:
        found.append(f"keys {sorted(case)}")
    if case.get("as") not in people:
        found.append(f"writer {case.get('as')!r} not on the roster")
    if case.get("now") != "2015-05-15T09:30":
        found.append("now must be 2015-05-15T09:30")
    expect = case.get("expect", {})
    intent = expect.get("intent")
    if intent not in KEYS:
        return [*found, f"intent {intent!r}"]
    extra = set(expect) - COMMON - KEYS[intent]
    missing = REQUIRED.get(intent, set()) - set(expect)
    found += [f"{intent} has no key {k!r}" for k in sorted(extra)] + [f"{intent} needs {k!r}" for k in sorted(missing)]
    for owner in expect.get("owners") or []:
        kind, name = owner.get("kind"), owner.get("name")
        if kind == "member" and name not in people:
            found.append(f"member {name!r} not on the roster")
        elif kind == "agency" and "agency:" + str(name) not in known:
            found.append(f"agency {name!r} not spelled as the roster's")
        elif kind == "group" and name not in known:
            found.append(f"group {name!r} not spelled as the roster's")
        elif kind not in {"member", "agency", "group", "unknown"}:
            found.append(f"owner kind {kind!r}")
    for key in ("due", "meeting", "away_until"):
        if expect.get(key) is not None and not _day(expect[key]):
            found.append(f"{key} {expect[key]!r} is not YYYY-MM-DD")
    if expect.get("ref") is not None and not REF.match(str(expect["ref"])):  # null: the message names no action
        found.append(f"ref {expect['ref']!r} is not A-<number>")
    if "shift_days" in expect and (isinstance(expect["shift_days"], bool) or not isinstance(expect["shift_days"], int)):
        found.append("shift_days must be a whole number of days (who asked goes in on_behalf_of)")
    behalf = expect.get("on_behalf_of")
    behalf = behalf.get("name") if isinstance(behalf, dict) else behalf  # the earliest sets wrote an owner object
    if behalf is not None and behalf not in people:
        found.append(f"on_behalf_of {behalf!r} not on the roster")
    if intent == "record_action" and not isinstance(expect.get("asap"), bool):
        found.append("asap must be true or false")
    audit = expect.get("audit")
    status = (audit or {}).get("status", "complete")
    if audit is not None and (audit.get("type") not in {"S11", "S175"} or status not in STATUSES):
        found.append(f"audit {audit!r}")
    for item in expect.get("ambiguous") or []:
        if not item.get("text") or len(item.get("candidates") or []) < 2:
            found.append(f"ambiguous {item!r} needs text and two or more candidates")
    return found


def main() -> int:
    people, known = _roster()
    total, ids = 0, set()
    for number, line in enumerate(Path(sys.argv[1]).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            case = json.loads(line)
        except json.JSONDecodeError as error:
            print(f"line {number}: not JSON ({error})")
            total += 1
            continue
        found = problems(case, people, known)
        if case.get("id") in ids:
            found.append(f"id {case.get('id')} repeated")
        ids.add(case.get("id"))
        for problem in found:
            print(f"line {number} ({case.get('id')}): {problem}")
        total += len(found)
    print(f"{len(ids)} messages, {total} problems")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
