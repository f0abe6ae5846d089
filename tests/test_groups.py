"""Groups that reach people: sub-groups and chairs from the roster's groups column and from `dscb group`, group
actions shared with the group's current members, and the person something goes *to* never given a share."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.conversation.assistant import Assistant
from bot.directory import Person
from bot.errors import InvalidInput
from bot.minutes.importer import group_warnings
from bot.minutes.reader import parse_minutes
from bot.reports.digest import compute_digests
from bot.tracker.actions import NewAction, complete_action, record_action
from bot.tracker.boards import create_board
from bot.tracker.groups import list_groups
from bot.tracker.leaving import erase_member
from bot.tracker.roster import import_roster, read_roster
from bot.understanding.interpretation import Owner
from store import db
from store.models import Action, Assignment, AssignmentStatus, Event, Group, GroupMembership, Member
from tests.conftest import DEMO_ROSTER, SEED_NOW, count_rows, dscb, shared_fixture

MONDAY = dt.date(2015, 6, 29)
HEADER = "name,agency,role,email,groups\n"
ROSTER = HEADER + (
    "Martine McFadden,DSCB,manager,martine@example.org,QA & Comms\n"
    'Pam Smith,Dudley Group,member,pam@example.org,"chair:QA & Comms; CDOP"\n'
    "Jo Forbes,DMBC – Housing,member,jo@example.org,chair:CSE Sub\n"
    "Viv Townsend,National Probation Service,member,viv@example.org,\n"
)


# Helpers -------------------------------------------------------------------------------------------------------
def new_board(url: str, roster: str = ROSTER) -> int:
    with db.transaction(url) as session:
        board = create_board(session, "Dudley Safeguarding Children Board")
        import_roster(session, board.id, read_roster(roster), actor="test")
        return board.id


def groups_of(url: str, board_id: int) -> dict[str, tuple[str | None, tuple[str, ...]]]:
    with db.reading(url) as session:
        return {g.name: (g.chair, g.members) for g in list_groups(session, board_id)}


def group_owner(url: str, board_id: int, name: str) -> Owner:
    with db.reading(url) as session:
        group_id = session.scalar(select(Group.id).where(Group.board_id == board_id, Group.name == name))
    assert group_id is not None
    return Owner("group", name, group_id)


def record(url: str, board_id: int, task: str, owner: Owner, due: dt.date | None = None) -> int:
    with db.transaction(url) as session:
        return record_action(session, board_id, NewAction(task, (owner,), due=due), by=None).number


def shares(url: str, board_id: int, number: int) -> dict[str | None, str]:
    """An action's shares: member name (None for the group's own) -> status."""
    with db.reading(url) as session:
        rows = session.execute(
            select(Member.name, Assignment.status)
            .select_from(Assignment)
            .join(Action, Action.id == Assignment.action_id)
            .outerjoin(Member, Member.id == Assignment.member_id)
            .where(Action.board_id == board_id, Action.number == number)
        ).all()
    return {name: status.value for name, status in rows}


def owes(url: str, board_id: int, who: str) -> list[str]:
    """What a member is told when they ask "what do I owe?"."""
    assistant = Assistant(url, board_id)
    with db.transaction(url) as session:
        writer = assistant.writer(session, who)
    return [a.ref for a in assistant.reply(writer, "what do I owe?", SEED_NOW).actions]


def person(url: str, board_id: int, name: str) -> Person:
    with db.reading(url) as session:
        member_id = session.scalar(select(Member.id).where(Member.board_id == board_id, Member.name == name))
    assert member_id is not None
    return Person(member_id, name)


def events(url: str) -> int:
    with db.reading(url) as session:
        return session.scalar(select(func.count()).select_from(Event)) or 0


# The roster's groups column ------------------------------------------------------------------------------------
def test_the_roster_defines_members_and_chairs_and_importing_again_changes_nothing(database_url: str) -> None:
    board_id = new_board(database_url)
    found = groups_of(database_url, board_id)
    assert found["QA & Comms"] == ("Pam Smith", ("Martine McFadden", "Pam Smith"))
    assert found["CDOP"] == (None, ("Pam Smith",))
    assert found["CSE Sub"] == ("Jo Forbes", ("Jo Forbes",))  # a group the board did not have yet
    assert found["sub group chairs"] == (None, ("Jo Forbes", "Pam Smith"))
    assert len(found["all members"][1]) == 4
    before = events(database_url)
    with db.transaction(database_url) as session:
        again = import_roster(session, board_id, read_roster(ROSTER))
    assert str(again) == "0 added, 0 updated, 4 unchanged"
    assert events(database_url) == before

    # A line is the member's groups: Pam leaves CDOP and hands the chair of QA & Comms to Martine.
    moved = ROSTER.replace("QA & Comms\n", "chair:QA & Comms\n").replace('"chair:QA & Comms; CDOP"', "QA & Comms")
    with db.transaction(database_url) as session:
        summary = import_roster(session, board_id, read_roster(moved))
    assert "groups changed: CDOP, QA & Comms" in str(summary)
    found = groups_of(database_url, board_id)
    assert found["QA & Comms"] == ("Martine McFadden", ("Martine McFadden", "Pam Smith"))
    assert found["CDOP"] == (None, ())


def test_a_roster_without_a_groups_column_leaves_memberships_alone(database_url: str) -> None:
    board_id = new_board(database_url)
    plain = (
        "name,agency,role,email\n"
        "Martine McFadden,DSCB,manager,martine@example.org\n"
        "Pam Smith,Dudley Group,member,pam@example.org\n"
    )
    with db.transaction(database_url) as session:
        import_roster(session, board_id, read_roster(plain))
    assert groups_of(database_url, board_id)["QA & Comms"] == ("Pam Smith", ("Martine McFadden", "Pam Smith"))


@pytest.mark.parametrize(
    ("cell", "problem"),
    [
        ("chair:", "Line 2: 'chair:' names no group"),
        ("all members", "Line 2: 'all members' is a built-in group"),
        ("sub group chairs", "Line 2: 'sub group chairs' is a built-in group"),
    ],
)
def test_a_bad_groups_cell_is_refused_with_its_line_and_nothing_is_stored(
    database_url: str, cell: str, problem: str
) -> None:
    roster = HEADER + f"Pam Smith,Dudley Group,member,pam@example.org,{cell}\n"
    with pytest.raises(InvalidInput, match=problem), db.transaction(database_url) as session:
        board = create_board(session, "DSCB")
        import_roster(session, board.id, read_roster(roster))
    with db.reading(database_url) as session:
        assert session.scalar(select(func.count()).select_from(Member)) == 0


def test_two_chairs_for_one_group_are_refused(database_url: str) -> None:
    roster = ROSTER.replace("QA & Comms\n", "chair:QA and Comms\n")  # the same group, as people write it
    board_id = new_board(database_url, HEADER + "Tony Oakman,DMBC,member,tony@example.org,\n")
    said = r"Line 3: QA & Comms already has a chair, Martine McFadden, on line 2"
    with pytest.raises(InvalidInput, match=said), db.transaction(database_url) as session:
        import_roster(session, board_id, read_roster(roster))
    with db.reading(database_url) as session:
        assert session.scalar(select(func.count()).select_from(GroupMembership)) == 0


def test_the_demo_roster_has_its_sub_groups_and_chairs(database_url: str) -> None:
    with db.transaction(database_url) as session:
        board = create_board(session, "Demo")
        import_roster(session, board.id, read_roster(DEMO_ROSTER))
        board_id = board.id
    found = groups_of(database_url, board_id)
    chairs = found["sub group chairs"][1]
    assert len(chairs) == 6 and "Jassi Broadmeadow" in chairs
    assert all(found[name][1] for name in found)  # every group reaches someone


# `dscb group` --------------------------------------------------------------------------------------------------
def test_group_commands(database_url: str) -> None:
    board_id = new_board(database_url)
    added = dscb("group", "add", "Workshop planning", "--alias", "WPG", "--chair", "Viv", "--member", "Jo Forbes",
                 url=database_url)  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert "Added the group Workshop planning with Jo Forbes, Viv Townsend." in added.stdout
    changed = dscb("group", "members", "wpg", "--add", "Pam Smith; Martine McFadden", "--remove", "Jo Forbes",
                   url=database_url)  # fmt: skip
    assert changed.returncode == 0, changed.stderr
    assert "added Pam Smith, Martine McFadden; removed Jo Forbes" in changed.stdout
    listed = json.loads(dscb("group", "list", "--json", url=database_url).stdout)
    wpg = next(g for g in listed if g["name"] == "Workshop planning")
    assert wpg == {"name": "Workshop planning", "kind": "sub-group", "aliases": ["WPG"], "chair": "Viv Townsend",
                   "members": ["Martine McFadden", "Pam Smith", "Viv Townsend"]}  # fmt: skip
    text = dscb("group", "list", url=database_url).stdout
    assert "Workshop planning (sub-group; chair Viv Townsend) – 3 members: Martine McFadden, Pam Smith" in text

    before = events(database_url)
    for args, said in [
        (("group", "add", "the QA and Comms group"), "'the QA and Comms group' is already the group 'QA & Comms'"),
        (("group", "members", "WPG", "--add", "Pam Smith", "--add", "Nobody Known"), "'Nobody Known' is not a member"),
        (("group", "members", "all members", "--add", "Pam Smith"), "is everyone on the board"),
        (("group", "members", "sub group chairs", "--remove", "Pam Smith"), "made of the sub-groups' chairs"),
        (("group", "members", "No Such Group"), "There is no group called 'No Such Group'"),
        (("group", "members", "WPG", "--add", "Pam Smith", "--remove", "Pam Smith"), "both added to and removed"),
    ]:
        refused = dscb(*args, url=database_url)
        assert refused.returncode == 2 and said in refused.stderr, (args, refused.stderr)
        assert "Traceback" not in refused.stderr
    assert events(database_url) == before
    assert groups_of(database_url, board_id)["Workshop planning"][1] == ("Martine McFadden", "Pam Smith",
                                                                         "Viv Townsend")  # fmt: skip


# Group actions follow the group's current members ---------------------------------------------------------------
def test_a_group_action_is_shared_with_the_groups_current_members(database_url: str) -> None:
    board_id = new_board(database_url)
    cse = record(database_url, board_id, "Review the CSE pathway", group_owner(database_url, board_id, "CSE Sub"),
                 due=dt.date(2015, 7, 1))  # fmt: skip
    assert shares(database_url, board_id, cse) == {"Jo Forbes": "open"}

    joined = dscb("group", "members", "CSE Sub", "--add", "Viv Townsend", "--add", "Pam Smith", url=database_url)
    assert joined.returncode == 0, joined.stderr
    assert f"Open group actions: 1 open group action updated (2 shares given, 0 taken): A-{cse}." in joined.stdout
    assert shares(database_url, board_id, cse) == {"Jo Forbes": "open", "Viv Townsend": "open", "Pam Smith": "open"}
    assert f"A-{cse}" in owes(database_url, board_id, "Viv Townsend")
    with db.reading(database_url) as session:  # and in Viv's digest
        digests = {d.member: d for d in compute_digests(session, board_id, MONDAY)}
    assert [v.ref for v in digests["Viv Townsend"].due_soon] == [f"A-{cse}"]

    with db.transaction(database_url) as session:  # Pam does her part, then leaves; Viv leaves with his open
        complete_action(session, board_id, cse, by=person(database_url, board_id, "Pam Smith"), today=MONDAY)
    left = dscb("group", "members", "CSE Sub", "--remove", "Viv Townsend;Pam Smith", url=database_url)
    assert left.returncode == 0, left.stderr
    assert shares(database_url, board_id, cse) == {"Jo Forbes": "open", "Pam Smith": "done"}  # history stays
    assert f"A-{cse}" not in owes(database_url, board_id, "Viv Townsend")
    history = dscb("history", f"A-{cse}", "--json", url=database_url)
    changes = [e["change"] for e in json.loads(history.stdout)["history"]]
    assert changes.count("shared") == 2

    with db.transaction(database_url) as session:  # once everyone in it has done it, it is done
        complete_action(session, board_id, cse, by=person(database_url, board_id, "Jo Forbes"), today=MONDAY)
    assert dscb("group", "members", "CSE Sub", "--add", "Viv Townsend", url=database_url).returncode == 0
    assert "Viv Townsend" not in shares(database_url, board_id, cse)  # a closed action is not shared again


def test_a_group_with_no_members_holds_the_action_until_it_has_some(database_url: str) -> None:
    board_id = new_board(database_url)
    policy = record(database_url, board_id, "Update the escalation policy",
                    group_owner(database_url, board_id, "Policy, Procedures & Practice"))  # fmt: skip
    assert shares(database_url, board_id, policy) == {None: "open"}
    with db.reading(database_url) as session:
        assert session.scalar(select(func.count()).select_from(Assignment)) == 1
    assert dscb("group", "members", "PPP", "--add", "Viv Townsend", url=database_url).returncode == 0
    assert shares(database_url, board_id, policy) == {"Viv Townsend": "open"}
    assert dscb("group", "members", "PPP", "--remove", "Viv Townsend", url=database_url).returncode == 0
    assert shares(database_url, board_id, policy) == {None: "open"}  # still the group's, not closed by accident
    listed = json.loads(dscb("actions", "--json", url=database_url).stdout)
    assert [(a["ref"], a["owners"], a["status"]) for a in listed] == [
        (f"A-{policy}", ["Policy, Procedures & Practice"], "open")
    ]


def test_new_members_of_the_board_get_their_share_of_open_all_members_actions(database_url: str) -> None:
    board_id = new_board(database_url)
    appraisal = record(database_url, board_id, "Complete the annual appraisal",
                       group_owner(database_url, board_id, "all members"))  # fmt: skip
    with db.transaction(database_url) as session:
        summary = import_roster(session, board_id, read_roster(ROSTER + "Tony Oakman,DMBC,member,tony@example.org,\n"))
    assert "1 open group action updated (1 shares given, 0 taken)" in str(summary)
    assert shares(database_url, board_id, appraisal)["Tony Oakman"] == "open"
    tony = person(database_url, board_id, "Tony Oakman")
    with db.transaction(database_url) as session:  # a member who leaves is taken off open group shares
        erase_member(session, board_id, tony.id, actor="test", day=dt.date(2015, 5, 20))
    left = shares(database_url, board_id, appraisal)  # the leaver's open share is dropped, the others stay open
    assert sorted(left.values()) == ["dropped", "open", "open", "open", "open"]
    assert groups_of(database_url, board_id)["QA & Comms"][1] == ("Martine McFadden", "Pam Smith")


# The person something goes to is not an owner ---------------------------------------------------------------------
def test_the_person_a_group_action_goes_to_gets_no_share(database_url: str) -> None:
    board_id = new_board(database_url)
    everyone = group_owner(database_url, board_id, "all members")
    form = record(database_url, board_id, "All members to return the form to Martine McFadden", everyone)
    emailed = record(database_url, board_id, "Send your distribution list to martine.mcfadden@dudley.gov.uk",
                     everyone)  # fmt: skip
    first_name = record(database_url, board_id, "Everyone to send their views to Pam", everyone)
    assert set(shares(database_url, board_id, form)) == {"Pam Smith", "Jo Forbes", "Viv Townsend"}
    assert set(shares(database_url, board_id, emailed)) == {"Pam Smith", "Jo Forbes", "Viv Townsend"}
    assert set(shares(database_url, board_id, first_name)) == {"Martine McFadden", "Jo Forbes", "Viv Townsend"}
    assert f"A-{form}" not in owes(database_url, board_id, "Martine McFadden")
    # Keeping the group's shares up to date does not give it back to her.
    with db.transaction(database_url) as session:
        import_roster(session, board_id, read_roster(ROSTER + "Tony Oakman,DMBC,member,tony@example.org,\n"))
    assert set(shares(database_url, board_id, form)) == {"Pam Smith", "Jo Forbes", "Viv Townsend", "Tony Oakman"}


def test_in_chat_too(database_url: str) -> None:
    board_id = new_board(database_url)
    assistant = Assistant(database_url, board_id)
    with db.transaction(database_url) as session:
        writer = assistant.writer(session, "Martine McFadden")
    reply = assistant.reply(writer, "All members to return the appraisal form to Martine by end June", SEED_NOW)
    assert reply.stored, reply.text
    number = int(reply.actions[0].ref[2:])
    assert set(shares(database_url, board_id, number)) == {"Pam Smith", "Jo Forbes", "Viv Townsend"}


# The minutes import ------------------------------------------------------------------------------------------------
def test_the_import_warns_when_an_actions_group_has_no_members(database_url: str, tmp_path: Path) -> None:
    assert dscb("roster", "import", str(shared_fixture("dscb-roster.csv")), url=database_url).returncode == 0
    done = dscb("import-minutes", str(shared_fixture("dscb-minutes-2015-05-15.txt")), url=database_url)
    assert done.returncode == 0, done.stderr
    assert "(item 3): QA & Comms has no members yet" in done.stdout
    assert "sub group chairs has no members yet" in done.stdout
    appraisal = next(a for a in json.loads(dscb("actions", "--json", url=database_url).stdout)
                     if "appraisal" in a["text"])  # fmt: skip
    with db.reading(database_url) as session:
        shared_with = session.scalars(
            select(Member.name)
            .join(Assignment, Assignment.member_id == Member.id)
            .join(Action, Action.id == Assignment.action_id)
            .where(Action.number == int(appraisal["ref"][2:]), Assignment.status == AssignmentStatus.OPEN)
        ).all()
    assert len(shared_with) == 29 and "Martine McFadden" not in shared_with

    # With the groups defined, the same import into a new board warns of none of them.
    other = f"sqlite:///{tmp_path / 'other.db'}"
    assert dscb("roster", "import", str(DEMO_ROSTER), url=other).returncode == 0
    again = dscb("import-minutes", str(shared_fixture("dscb-minutes-2015-05-15.txt")), url=other)
    assert "has no members yet" not in again.stdout, again.stdout


def test_the_warning_can_be_given_before_anything_is_stored(database_url: str) -> None:
    board_id = new_board(database_url, shared_fixture("dscb-roster.csv").read_text(encoding="utf-8"))  # no groups
    text = shared_fixture("dscb-minutes-2015-05-15.txt").read_text(encoding="utf-8")
    with db.transaction(database_url) as session:
        snapshot = Assistant(database_url, board_id).snapshot(session)
        minutes = parse_minutes(text, snapshot.names, snapshot.directory.board_dates)
        warnings = group_warnings(session, board_id, minutes)
    assert [w.split(" has no members yet")[0] for w in warnings] == ["item 2: sub group chairs", "item 3: QA & Comms"]
    assert warnings[1] == (
        "item 3: QA & Comms has no members yet, so nobody is asked to do it; add them with "
        '`dscb group members "QA & Comms" --add NAME` (or a groups column in the roster)'
    )
    with db.reading(database_url) as session:  # nothing was stored
        assert session.scalar(select(func.count()).select_from(Action)) == 0


def test_a_dry_run_warns_of_groups_with_nobody_in_them(database_url: str) -> None:
    """`import-minutes --dry-run` says which actions would reach nobody, before anything is stored."""
    assert dscb("roster", "import", str(shared_fixture("dscb-roster.csv")), url=database_url).returncode == 0
    minutes = shared_fixture("dscb-minutes-2015-05-15.txt")
    done = dscb("import-minutes", str(minutes), "--dry-run", url=database_url)
    assert done.returncode == 0, done.stderr
    assert "item 3: QA & Comms has no members yet" in done.stdout
    assert "Dry run: nothing was stored." in done.stdout
    assert count_rows(database_url, Action) == (0,)
