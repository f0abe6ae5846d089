"""The first minute of use: `make run`'s demo board already holds actions, apologies and an audit, so the first
"what do I owe?" shows something, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import json

from store import db
from store.models import Action, Attendance, AttendanceStatus, AuditReturn, AuditStatus, Event
from tests.conftest import count_rows, dscb

NOW = "2015-05-15T09:30"


def test_the_demo_board_answers_the_first_questions(database_url: str) -> None:
    asked = "what do I owe?\nwhat is overdue?\nwho has sent apologies for the next board?\n"
    done = dscb("console", "--demo", "--now", NOW, url=database_url, stdin=asked)
    assert done.returncode == 0, done.stderr
    mine, _, rest = done.stdout.partition("\nThe board has")
    assert mine.startswith("You have 2 open actions")  # her own two: the form all members return *to* her is not hers
    assert "A-5" not in mine
    assert "Circulate the Section 11 audit toolkit" in done.stdout
    assert "OVERDUE" in rest and "Share the missing-from-home figures" in rest
    assert "Apologies so far: Julie Winpenny and Nicola Campbell (Claire Hill attending)" in rest
    assert "29 of 30 expected" in rest  # the answer reads the same roll as `dscb meeting attendance`
    attendance = dscb("meeting", "attendance", "2015-05-29", "--now", NOW, url=database_url)
    assert attendance.returncode == 0, attendance.stderr
    assert "Nicola Campbell" in attendance.stdout and "Claire Hill" in attendance.stdout


def test_the_demo_board_is_a_consistent_record(database_url: str) -> None:
    dscb("console", "--demo", "--now", NOW, url=database_url, stdin="")
    actions, apologies, events = count_rows(database_url, Action, Attendance, Event)
    assert actions == 6 and apologies == 2 and events > 10
    with db.reading(database_url) as session:
        statuses = sorted(r.status for r in session.query(AuditReturn) if r.status is not AuditStatus.NOT_STARTED)
        assert statuses == [AuditStatus.COMPLETE, AuditStatus.IN_PROGRESS]
        assert {a.status for a in session.query(Attendance)} == {AttendanceStatus.APOLOGIES}
    listed = dscb("actions", "--status", "all", "--json", url=database_url)
    assert listed.returncode == 0, listed.stderr
    rows = {row["ref"]: row for row in json.loads(listed.stdout)}
    assert rows["A-6"]["status"] == "done" and rows["A-3"]["overdue"] is True


def test_the_demo_is_made_only_on_an_empty_database(database_url: str) -> None:
    dscb("console", "--demo", "--now", NOW, url=database_url, stdin="")
    dscb("console", "--demo", "--now", NOW, url=database_url, stdin="")
    assert count_rows(database_url, Action) == (6,)
