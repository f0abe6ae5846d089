"""A board's week, end to end through the real `dscb` command on both databases: the seed roster with groups and
the seed minutes imported, then recording, reassigning, apologies and their withdrawal, closing an action, erasing
a member and re-importing an export. Afterwards `dscb actions`, `dscb meeting attendance`, `dscb history` and the
tracker report in every format agree with each other and with what happened (issue 16's acceptance)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from tests.conftest import dscb, shared_fixture

GROUPS = {  # the seed roster's groups column for this week: member -> groups cell
    "Pam Smith": "chair:QA & Comms",
    "Zala Ibrahim": "QA & Comms",
    "Sally Holmes": "QA & Comms",
    "Jayne Sargeant": "QA & Comms",
}


def _roster_with_groups(folder: Path) -> Path:
    rows = list(csv.DictReader(shared_fixture("dscb-roster.csv").read_text(encoding="utf-8").splitlines()))
    out = io.StringIO()
    writer = csv.DictWriter(out, [*rows[0].keys(), "groups"])
    writer.writeheader()
    for row in rows:
        writer.writerow({**row, "groups": GROUPS.get(row["name"], "")})
    path = folder / "roster.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def _ok(*args: str, url: str, stdin: str = "") -> str:
    done = dscb(*args, url=url, stdin=stdin)
    assert done.returncode == 0, f"dscb {' '.join(args)}: {done.stderr}"
    assert "Traceback" not in done.stderr
    return done.stdout


def _say(url: str, who: str, when: str, *messages: str) -> str:
    return _ok("console", "--as", who, "--now", when, url=url, stdin="".join(m + "\n" for m in messages))


def _actions(url: str, now: str) -> dict[str, dict[str, Any]]:
    rows = json.loads(_ok("actions", "--status", "all", "--json", "--now", now, url=url))
    return {row["ref"]: row for row in rows}


def _attendance(url: str, day: str, now: str) -> dict[str, Any]:
    found: dict[str, Any] = json.loads(_ok("meeting", "attendance", day, "--json", "--now", now, url=url))
    return found


def _statuses(attendance: dict[str, Any]) -> dict[str, str]:
    return {row["member"]: row["status"] for row in attendance["members"]}


@pytest.fixture
def week(database_url: str, tmp_path: Path) -> str:
    """The board after its week: what each step did is asserted as it happens."""
    url = database_url
    _ok("roster", "import", str(_roster_with_groups(tmp_path)), url=url)
    _ok("import-minutes", str(shared_fixture("dscb-minutes-2015-05-15.txt")), "--now", "2015-05-15T13:00", url=url)
    before = _actions(url, "2015-05-18T09:00")
    said = _say(
        url,
        "Martine McFadden",
        "2015-05-18T09:00",
        "Richard Fisher to send the CSE problem profile to QA & Comms by 5 June",
    )
    new_ref = f"A-{len(before) + 1}"
    assert new_ref in said and "Richard Fisher" in said
    said = _say(url, "Martine McFadden", "2015-05-18T09:05", f"reassign {new_ref} to Sally Holmes")
    assert "Sally Holmes" in said
    _say(url, "Pam Smith", "2015-05-19T10:00", "apologies for the July board, Zala Ibrahim will come for me")
    _say(url, "Viv Townsend", "2015-05-19T11:00", "sorry cant make 10 july")
    _say(url, "Pam Smith", "2015-05-20T08:30", "actually I can make the July board after all")
    _say(url, "Sally Holmes", "2015-05-20T16:00", f"{new_ref} done")
    _ok("erase-member", "Jayne Sargeant", "--now", "2015-05-21T09:00", url=url)
    return url


def test_the_week_is_one_story_in_every_view(week: str, tmp_path: Path) -> None:
    url, now = week, "2015-05-22T09:00"
    actions = _actions(url, now)
    ref = max(actions, key=lambda r: int(r.split("-")[1]))
    assert actions[ref]["owners"] == ["Sally Holmes"] and actions[ref]["status"] == "done"

    history = json.loads(_ok("history", ref, "--json", url=url))["history"]
    kinds = [event["change"] for event in history]
    assert kinds[0] == "recorded" and "reassigned" in kinds
    prose = _ok("history", ref, url=url)
    assert "18 May" in prose and "Richard Fisher" in prose and "Sally Holmes" in prose and "20 May" in prose

    july = _statuses(_attendance(url, "2015-07-10", now))
    assert july["Pam Smith"] == "expected"  # withdrawn apologies are expected again
    assert july["Viv Townsend"] == "apologies"
    assert not any("Jayne" in name for name in july)

    may = _attendance(url, "2015-05-15", now)
    assert sum(s == "present" for s in _statuses(may).values()) == 25  # erasure keeps the past's counts
    assert any(name.startswith("former member") for name in _statuses(may))

    markdown = _ok("report", "tracker", "--format", "md", "--now", now, url=url)
    row = next(line for line in markdown.splitlines() if ref in line)
    assert "Sally Holmes" in row and "Richard Fisher" not in row
    table = list(csv.DictReader(io.StringIO(_ok("report", "tracker", "--format", "csv", "--now", now, url=url))))
    by_ref = {r[next(k for k in r if k.lower() in ("ref", "action", "reference"))]: r for r in table}
    assert "Sally Holmes" in " ".join(by_ref[ref].values()) and "Richard Fisher" not in " ".join(by_ref[ref].values())
    assert "2015-05-20" in " ".join(by_ref[ref].values()) or "20 May 2015" in " ".join(by_ref[ref].values())
    html = _ok("report", "tracker", "--format", "html", "--now", now, url=url)
    assert "Sally Holmes" in html and "Former member" not in html
    workbook = tmp_path / "tracker.xlsx"
    _ok("report", "tracker", "--format", "xlsx", "--output", str(workbook), "--now", now, url=url)
    cells = [str(c) for row in load_workbook(workbook).worksheets[0].iter_rows(values_only=True) for c in row if c]
    assert any(ref == c or c.startswith(ref) for c in cells) and "Sally Holmes" in " ".join(cells)


def test_an_export_comes_back_the_same_and_is_not_imported_twice(week: str, tmp_path: Path) -> None:
    url, now = week, "2015-05-22T09:00"
    export = tmp_path / "board.json"
    _ok("export", "--output", str(export), url=url)
    refused = dscb("import-board", str(export), url=url)
    assert refused.returncode != 0 and "already" in refused.stderr and "Traceback" not in refused.stderr
    again = tmp_path / "again.db"
    copy = f"sqlite:///{again}"
    _ok("import-board", str(export), url=copy)
    assert _actions(copy, now) == _actions(url, now)
    assert _attendance(copy, "2015-07-10", now) == _attendance(url, "2015-07-10", now)
    assert _attendance(copy, "2015-05-15", now) == _attendance(url, "2015-05-15", now)
    report = ("report", "tracker", "--format", "md", "--now", now)
    assert _ok(*report, url=copy) == _ok(*report, url=url)
