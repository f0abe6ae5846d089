"""Attendance that adds up: expected before a meeting, absent only after it, withdrawn apologies expected again
everywhere, and each person in the room counted once, so the quorum line agrees with the list under it."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import select
from typer.testing import CliRunner

from bot.conversation.assistant import Assistant
from bot.directory import Person
from bot.reports.digest import compute_manager_digest
from bot.tracker.apologies import meeting_on, send_apologies
from bot.tracker.attendance import meeting_roll
from cli.main import app
from store import db
from store.models import Attendance, AttendanceStatus, Member
from tests.conftest import DEMO_ROSTER, dscb, shared_fixture

JULY = dt.date(2015, 7, 10)
MAY_20 = "2015-05-20T10:00"
SECTORS = "police, health and the local authority represented"


def run(url: str, *args: str) -> Any:
    """The `dscb` command line in this process (JSON output read back)."""
    result = CliRunner().invoke(app, list(args), env={"DATABASE_URL": url, "DSCB_BOARD": ""})
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout) if "--json" in args else result.stdout


def ids(url: str) -> dict[str, int]:
    with db.transaction(url) as session:
        return {m.name: m.id for m in session.scalars(select(Member))}


def apologise(url: str, board_id: int, name: str, representative: str | None = None, day: dt.date = JULY) -> None:
    who = ids(url)[name]
    with db.transaction(url) as session:
        send_apologies(session, board_id, who, day, representative=representative, by=Person(who, name),
                       today=dt.date(2015, 5, 20))  # fmt: skip


def statuses(roll: dict[str, Any]) -> dict[str, str]:
    return {m["member"]: m["status"] for m in roll["members"]}


def agrees(roll: dict[str, Any]) -> int:
    """How many people the list shows there: each member there in person, and each representative who is not a
    member (a member who represents someone is there in their own right)."""
    names = {m["member"] for m in roll["members"]}
    there = {m["member"] for m in roll["members"] if m["status"] in ("present", "expected")}
    there |= {m["representative"] for m in roll["members"]
              if m["status"] == "apologies" and m["representative"] and m["representative"] not in names}  # fmt: skip
    return len(there)


def test_before_a_meeting_people_are_expected_and_after_it_absent(database_url: str, board_id: int) -> None:
    apologise(database_url, board_id, "Sally Holmes")
    before = run(database_url, "meeting", "attendance", "2015-07-10", "--now", MAY_20, "--json")
    assert statuses(before)["Sally Holmes"] == "apologies"
    assert set(statuses(before).values()) == {"expected", "apologies"}
    assert before["quorum"] == f"quorate: 29 of 30 expected, {SECTORS}"
    assert before["held"] is False and before["quorate"] is True
    on_the_day = run(database_url, "meeting", "attendance", "10/07/2015", "--now", "2015-07-10T09:00", "--json")
    assert on_the_day["members"] == before["members"]  # the meeting has not taken place yet
    after = run(database_url, "meeting", "attendance", "2015-07-10", "--now", "2015-07-11T09:00", "--json")
    assert statuses(after)["Sally Holmes"] == "apologies"
    assert list(statuses(after).values()).count("absent") == 29  # nothing else recorded for a meeting held
    assert after["held"] is True and after["quorate"] is False
    assert after["quorum"] == "no attendance was recorded for this meeting (30 members)"


def test_withdrawn_apologies_are_expected_again_everywhere(database_url: str, board_id: int) -> None:
    assistant = Assistant(database_url, board_id)
    now = dt.datetime(2015, 5, 20, 10)
    with db.transaction(database_url) as session:
        richard = assistant.writer(session, "Richard Fisher")
    assert assistant.reply(richard, "apologies for the July board", now).stored
    history = run(database_url, "attendance", "--member", "Richard Fisher", "--now", MAY_20, "--json")
    assert [(h["meeting"], h["status"], h["recorded"]) for h in history] == [
        ("2015-03-13", "absent", False),
        ("2015-07-10", "apologies", True),
        ("2015-09-11", "expected", True),
    ]
    withdrawn = assistant.reply(richard, "I can make the July board after all", now)
    assert withdrawn.text == "Apologies withdrawn: you're expected at the board meeting on Friday 10 July."
    roll = run(database_url, "meeting", "attendance", "2015-07-10", "--now", MAY_20, "--json")
    assert set(statuses(roll).values()) == {"expected"}
    assert roll["quorum"] == f"quorate: 30 of 30 expected, {SECTORS}"
    history = run(database_url, "attendance", "--member", "Richard Fisher", "--now", MAY_20)
    assert history.splitlines() == [
        "13 Mar 2015  no attendance recorded", "10 Jul 2015  expected", "11 Sep 2015  expected",
        "1 meeting held, 2 to come",
    ]  # fmt: skip
    police = run(database_url, "attendance", "--agency", "WMP", "--now", MAY_20, "--json")
    assert [(h["meeting"], h["expected"], h["apologies"]) for h in police][1:] == [("2015-07-10", 2, 0),
                                                                                   ("2015-09-11", 2, 0)]  # fmt: skip
    asked = assistant.reply(richard, "when is the July board?", now)
    assert "You have sent apologies" not in asked.text and "No apologies so far" in asked.text
    apologise(database_url, board_id, "Sally Holmes")
    with db.transaction(database_url) as session:
        digest = compute_manager_digest(session, board_id, dt.datetime(2015, 7, 3, 8, 30))
    assert digest is not None and [a.member for a in digest.apologies] == ["Sally Holmes"]
    assert digest.quorum is not None and digest.quorum.describe() == f"quorate: 29 of 30 expected, {SECTORS}"


def test_a_representative_who_is_a_member_is_counted_once(database_url: str, board_id: int) -> None:
    apologise(database_url, board_id, "Karen Jackson", "Mayada AbuAffan")  # a member in her own right
    apologise(database_url, board_id, "Merlin Joseph", "Claire Hill")  # not a member
    apologise(database_url, board_id, "Richard Fisher")
    roll = run(database_url, "meeting", "attendance", "2015-07-10", "--now", MAY_20, "--json")
    assert roll["quorum"] == f"quorate: 28 of 30 expected (including 1 named representative), {SECTORS}"
    assert agrees(roll) == 28
    mayada = next(m for m in roll["members"] if m["member"] == "Mayada AbuAffan")
    assert mayada["status"] == "expected" and mayada["representing"] == ["Karen Jackson"]
    text = run(database_url, "meeting", "attendance", "2015-07-10", "--now", MAY_20)
    assert "Office of Public Health (represented by Mayada AbuAffan)" in text
    assert "Office of Public Health (also for Karen Jackson)" in text
    apologise(database_url, board_id, "Sally Holmes")  # the police now absent: the line says so, with the count
    roll = run(database_url, "meeting", "attendance", "2015-07-10", "--now", MAY_20, "--json")
    assert roll["quorum"] == (
        "at risk of being inquorate: 27 of 30 expected (including 1 named representative), but no one from police"
    )
    assert agrees(roll) == 27
    apologise(database_url, board_id, "Mayada AbuAffan")  # Karen's representative cannot come either
    roll = run(database_url, "meeting", "attendance", "2015-07-10", "--now", MAY_20, "--json")
    assert roll["quorum"].startswith("at risk of being inquorate: 26 of 30 expected (including 1 named")
    assert agrees(roll) == 26


def test_a_member_listed_only_as_a_representative_attended_once(database_url: str, board_id: int) -> None:
    """Minutes list a member present who came as a colleague's representative: she is present, and one person."""
    people = ids(database_url)
    with db.transaction(database_url) as session:
        meeting = meeting_on(session, board_id, dt.date(2015, 3, 13))
        for name, member_id in people.items():
            if name == "Karen Jackson":
                row = Attendance(meeting_id=meeting.id, member_id=member_id, status=AttendanceStatus.APOLOGIES,
                                 representative="mayada abuaffan")  # fmt: skip
            elif name in ("Mayada AbuAffan", "Tony Oakman"):
                continue  # Tony: absent, nothing recorded
            else:
                row = Attendance(meeting_id=meeting.id, member_id=member_id, status=AttendanceStatus.PRESENT)
            session.add(row)
    with db.transaction(database_url) as session:
        meeting = meeting_on(session, board_id, dt.date(2015, 3, 13))
        roll = meeting_roll(session, board_id, meeting, dt.date(2015, 5, 20))
    found = {line.member: line.status for line in roll.lines}
    assert found["Mayada AbuAffan"] == "present" and found["Tony Oakman"] == "absent"
    assert roll.quorum.describe() == f"quorate: 28 of 30 attended, {SECTORS}"
    health = run(database_url, "attendance", "--agency", "Public Health", "--now", MAY_20, "--json")
    assert (health[0]["meeting"], health[0]["present"], health[0]["represented"]) == ("2015-03-13", 1, 1)


def test_the_attendance_commands_on_the_seed_minutes(database_url: str) -> None:
    minutes = shared_fixture("dscb-minutes-2015-05-15.txt")
    for args in (("roster", "import", str(DEMO_ROSTER)), ("import-minutes", str(minutes))):
        assert dscb(*args, url=database_url).returncode == 0
    held = dscb("meeting", "attendance", "2015-05-15", "--now", MAY_20, url=database_url)
    assert held.returncode == 0, held.stderr
    lines = held.stdout.splitlines()
    assert len(lines) == 31 and sum(" present " in line for line in lines) == 25
    assert lines[-1] == f"Friday 15 May 2015: quorate: 25 of 30 attended, {SECTORS}"
    coming = dscb("meeting", "attendance", "2015-07-10", "--now", MAY_20, url=database_url).stdout.splitlines()
    assert sum(" expected " in line for line in coming) == 30
    assert coming[-1] == f"Friday 10 July 2015: quorate: 30 of 30 expected, {SECTORS}"
    bad = dscb("meeting", "attendance", "2015-07-10", "--now", "next week", url=database_url)
    assert bad.returncode == 2 and "not an ISO date-time" in bad.stderr


def test_apologies_for_a_meeting_already_held_cannot_be_withdrawn_in_chat(database_url: str) -> None:
    """After the meeting its attendance is the record: "actually I can make it" changes nothing, and says why."""
    minutes = shared_fixture("dscb-minutes-2015-05-15.txt")
    for args in (("roster", "import", str(DEMO_ROSTER)), ("import-minutes", str(minutes))):
        assert dscb(*args, url=database_url).returncode == 0
    before = dscb("meeting", "attendance", "2015-05-15", "--now", MAY_20, url=database_url).stdout
    said = dscb("console", "--as", "Annette Callear", "--now", MAY_20, url=database_url,
                stdin="actually I can make the 15 May meeting after all\n")  # fmt: skip
    assert said.returncode == 0, said.stderr
    assert "already taken place" in said.stdout
    after = dscb("meeting", "attendance", "2015-05-15", "--now", MAY_20, url=database_url).stdout
    assert after == before and "Annette Callear          apologies" in after
