"""History stays true when a member leaves: `dscb erase-member` removes personal data, not the past. Past meetings
keep their counts, the person shows as "former member (NPS)", agency histories agree, and from that day they are
off the open shares of group actions (their done shares stay)."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import func, select
from typer.testing import CliRunner

from bot.conversation.assistant import Assistant
from bot.tracker.actions_read import action_view, find_action
from bot.tracker.apologies import meeting_on
from bot.tracker.attendance import meeting_roll
from bot.tracker.leaving import erase_member, member_left
from cli.main import app
from store import db
from store.models import Action, Assignment, AssignmentStatus, Attendance, AttendanceStatus, Event, Member
from tests.conftest import DEMO_ROSTER, SEED_NOW, dscb, shared_fixture

MAY_20 = dt.datetime(2015, 5, 20, 10)
SECTORS = "police, health and the local authority represented"


def run(url: str, *args: str) -> str:
    result = CliRunner().invoke(app, list(args), env={"DATABASE_URL": url, "DSCB_BOARD": ""})
    assert result.exit_code == 0, result.output
    return result.stdout


def say(url: str, board_id: int, who: str, text: str, now: dt.datetime = MAY_20) -> str:
    assistant = Assistant(url, board_id)
    with db.transaction(url) as session:
        writer = assistant.writer(session, who)
    return assistant.reply(writer, text, now).text


def member_id(url: str, name: str) -> int:
    with db.transaction(url) as session:
        return session.scalars(select(Member.id).where(Member.name == name)).one()


def shares(url: str, number: int) -> list[tuple[str, str]]:
    """An action's member shares as (name, status), on the first board."""
    with db.transaction(url) as session:
        action = find_action(session, 1, number)
        return [(a.owner_name, a.status.value) for a in action.assignments if a.member_id is not None]


def progress(url: str, board_id: int, number: int) -> str | None:
    with db.transaction(url) as session:
        return action_view(find_action(session, board_id, number), MAY_20.date()).progress


def test_erasing_a_member_keeps_the_record_true(database_url: str) -> None:
    minutes = shared_fixture("dscb-minutes-2015-05-15.txt")
    for args in (("roster", "import", str(DEMO_ROSTER)), ("import-minutes", str(minutes))):
        assert dscb(*args, url=database_url).returncode == 0
    board_id = 1
    first = say(database_url, board_id, "Tony Oakman", "all members to complete the training survey by end June")
    second = say(database_url, board_id, "Tony Oakman", "all members to send their training figures by end June")
    assert first.startswith("Recorded A-13") and second.startswith("Recorded A-14")
    assert "A-13" in say(database_url, board_id, "Viv Townsend", "A-13 done")
    assert say(database_url, board_id, "Viv Townsend", "apologies for the July board").startswith("Apologies recorded")
    before = json.loads(run(database_url, "meeting", "attendance", "2015-05-15", "--json"))

    erased = dscb("erase-member", "Viv Townsend", "--now", "2015-05-21T10:00", url=database_url)
    assert erased.returncode == 0, erased.stderr
    assert erased.stdout.strip() == "Erased Viv Townsend's personal data; they now appear as former member (NPS)."

    held = dscb("meeting", "attendance", "2015-05-15", url=database_url).stdout.splitlines()
    assert held[-1] == f"Friday 15 May 2015: quorate: 25 of 30 attended, {SECTORS}"
    assert any(line.split() == ["former", "member", "(NPS)", "present", "National", "Probation", "Service"]
               for line in held)  # fmt: skip
    after = json.loads(run(database_url, "meeting", "attendance", "2015-05-15", "--json"))
    assert sorted(m["status"] for m in after["members"]) == sorted(m["status"] for m in before["members"])
    assert "Viv Townsend" not in held and len(after["members"]) == 30
    coming = run(database_url, "meeting", "attendance", "2015-07-10", "--now", "2015-05-21T10:00")
    assert "former member" not in coming and coming.splitlines()[-1].endswith(f"29 of 29 expected, {SECTORS}")
    nps = run(database_url, "attendance", "--agency", "NPS", "--now", "2015-05-21T10:00").splitlines()
    assert nps == ["15 May 2015  present 1", "1 meeting held, 0 to come"]

    # her part done stays done; A-14: her open part is dropped from that day, so she is owed nothing.
    assert ("former member (NPS)", "done") in shares(database_url, 13)
    assert ("former member (NPS)", "dropped") in shares(database_url, 14)
    assert not [s for s in shares(database_url, 14) if s[1] == "open" and "former" in s[0]]
    done_13, people_13 = _counts(progress(database_url, board_id, 13))
    done_14, people_14 = _counts(progress(database_url, board_id, 14))
    assert done_13 == 1 and done_14 == 0 and people_14 == people_13 - 1
    history = run(database_url, "history", "A-14")
    assert "former member (NPS)" in history and "left the board" in history

    everything = dscb("export", url=database_url).stdout
    assert "Viv Townsend" not in everything and "viv.townsend@example.org" not in everything

    # The same minutes imported again bring nobody back: the meeting's attendance is already on record.
    again = dscb("import-minutes", str(minutes), "--now", "2015-05-22T10:00", url=database_url)
    assert again.returncode == 0, again.stderr
    assert "0 attendance records" in again.stdout and "Viv Townsend is listed in the attendance" in again.stdout
    assert "new members" not in again.stdout
    assert "Viv Townsend" not in dscb("roster", url=database_url).stdout
    assert json.loads(run(database_url, "meeting", "attendance", "2015-05-15", "--json")) == after


def _counts(progress: str | None) -> tuple[int, int]:
    """'all members: 1 of 30 done' -> (1, 30)."""
    assert progress is not None
    words = progress.split(": ")[1].split()
    return int(words[0]), int(words[2])


def test_a_member_made_inactive_leaves_open_group_shares_and_later_meetings(database_url: str, board_id: int) -> None:
    say(database_url, board_id, "Tony Oakman", "all members to complete the training survey by end June", SEED_NOW)
    say(database_url, board_id, "Tony Oakman", "all members to send their training figures by end June", SEED_NOW)
    say(database_url, board_id, "Pam Smith", "A-1 done", SEED_NOW)
    say(database_url, board_id, "Pam Smith", "apologies for the July board", SEED_NOW)
    pam = member_id(database_url, "Pam Smith")
    with db.transaction(database_url) as session:
        assert member_left(session, board_id, pam, day=dt.date(2015, 5, 20), actor="test") == 1
    with db.transaction(database_url) as session:
        member = session.get_one(Member, pam)
        assert member.active is False and member.name == "Pam Smith"  # made inactive, not erased
        rows = session.execute(select(Action.number, Assignment.status).join(Action).where(Assignment.member_id == pam))
        statuses = {number: status for number, status in rows}
        assert statuses == {1: AssignmentStatus.DONE, 2: AssignmentStatus.DROPPED}
        assert session.scalar(select(func.count()).select_from(Attendance).where(Attendance.member_id == pam)) == 0
        assert member_left(session, board_id, pam, day=dt.date(2015, 5, 20), actor="test") == 0  # nothing more
        left = session.scalars(select(Event).where(Event.entity == "member", Event.change == "left")).all()
        assert len(left) == 1
    assert "Pam Smith" not in (progress(database_url, board_id, 2) or "")
    text = run(database_url, "meeting", "attendance", "2015-07-10", "--now", "2015-05-20T10:00")
    assert "Pam Smith" not in text and "29 of 29 expected" in text


def test_a_sole_member_leaving_leaves_the_action_with_the_group(database_url: str, board_id: int) -> None:
    """When the leaver held the last open share and no one had done it, the group keeps the action, open."""
    say(database_url, board_id, "Tony Oakman", "all members to complete the training survey by end June", SEED_NOW)
    pam = member_id(database_url, "Pam Smith")
    with db.transaction(database_url) as session:
        for other in session.scalars(select(Member).where(Member.id != pam)):
            other.active = False
        for share in find_action(session, board_id, 1).assignments:
            if share.member_id != pam:
                share.status = AssignmentStatus.DROPPED
    with db.transaction(database_url) as session:
        member_left(session, board_id, pam, day=dt.date(2015, 5, 20), actor="test")
    with db.transaction(database_url) as session:
        view = action_view(find_action(session, board_id, 1), MAY_20.date())
    assert view.status == "open" and set(view.owners) == {"all members"}


def test_pseudonyms_name_the_agency_and_never_collide(database_url: str, board_id: int) -> None:
    people = [member_id(database_url, who) for who in ("Jo Forbes", "Sue Haywood", "Richard Fisher")]
    with db.transaction(database_url) as session:
        names = [erase_member(session, board_id, who, actor="test", day=MAY_20.date()) for who in people]
    assert names == ["former member (DMBC)", "former member 2 (DMBC)", "former member (WMP)"]


def test_erasure_replaces_whole_names_only(database_url: str, board_id: int) -> None:
    """Su Vincent's short alias "Sue" must not rewrite Sue Haywood's record."""
    su_id = member_id(database_url, "Su Vincent")
    with db.transaction(database_url) as session:
        session.get_one(Member, su_id).aliases = ["Sue Vincent", "Sue"]
    say(database_url, board_id, "Tony Oakman", "Sue Haywood to brief Sue Vincent by end June", SEED_NOW)
    with db.transaction(database_url) as session:
        erase_member(session, board_id, su_id, actor="test", day=MAY_20.date())
    with db.transaction(database_url) as session:
        text = session.scalars(select(Action.text)).one()
        logged = json.dumps([e.new for e in session.scalars(select(Event))])
    assert "former member (CCG)" in text
    assert "Sue Vincent" not in text and "Sue Vincent" not in logged and "Sue Haywood" in logged


def test_erasing_someone_unknown_changes_nothing(sqlite_url: str) -> None:
    assert dscb("roster", "import", str(DEMO_ROSTER), url=sqlite_url).returncode == 0
    with db.transaction(sqlite_url) as session:
        before = session.scalar(select(func.count()).select_from(Event))
    result = dscb("erase-member", "Nobody Atall", url=sqlite_url)
    assert result.returncode == 2 and "is not one member of this board" in result.stderr
    with db.transaction(sqlite_url) as session:
        assert session.scalar(select(func.count()).select_from(Event)) == before


def test_erasing_a_representative_keeps_the_meeting_she_attended(database_url: str, board_id: int) -> None:
    """Minutes listed Mayada only as Karen Jackson's representative: erased, she still attended, once."""
    people = {name: member_id(database_url, name) for name in ("Karen Jackson", "Mayada AbuAffan", "Tony Oakman")}
    with db.transaction(database_url) as session:
        meeting = meeting_on(session, board_id, dt.date(2015, 3, 13))
        for member in session.scalars(select(Member)):
            if member.id == people["Karen Jackson"]:
                session.add(Attendance(meeting_id=meeting.id, member_id=member.id, status=AttendanceStatus.APOLOGIES,
                                       representative="mayada abuaffan"))  # fmt: skip
            elif member.id not in (people["Mayada AbuAffan"], people["Tony Oakman"]):
                session.add(Attendance(meeting_id=meeting.id, member_id=member.id, status=AttendanceStatus.PRESENT))

    def roll() -> tuple[str, dict[str, tuple[str, str | None, tuple[str, ...]]]]:
        with db.transaction(database_url) as session:
            found = meeting_roll(session, board_id, meeting_on(session, board_id, dt.date(2015, 3, 13)), MAY_20.date())
        return found.quorum.describe(), {x.member: (x.status, x.representative, x.representing) for x in found.lines}

    line, before = roll()
    assert line == f"quorate: 28 of 30 attended, {SECTORS}"
    assert before["Mayada AbuAffan"] == ("present", None, ("Karen Jackson",))
    with db.transaction(database_url) as session:
        assert erase_member(session, board_id, people["Mayada AbuAffan"], actor="test", day=MAY_20.date()) == (
            "former member (OPH)"
        )
    line, after = roll()
    assert line == f"quorate: 28 of 30 attended, {SECTORS}"
    assert after["former member (OPH)"] == ("present", None, ("Karen Jackson",))
    assert after["Karen Jackson"] == ("apologies", "former member (OPH)", ())
