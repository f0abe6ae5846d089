"""The daily digest at service scale: computing every member's digest (and the manager's) takes the same
statements for 100 or 3,000 actions and 30 or 300 members, and the plain-row digests hold exactly what each
member owes ("what do I owe?"); on SQLite and PostgreSQL. No timings here: see bench/digest_scale.py."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import select, update

from bench.data import TODAY, build_board
from bot.directory import Person, load_directory
from bot.replies import ActionView
from bot.reports.digest import Digest, compute_digests, compute_manager_digest
from bot.tracker.actions import NewAction, complete_action, open_actions, record_action
from bot.tracker.meetings import add_meeting
from bot.understanding.interpretation import Owner
from store import db
from store.models import Action, Group, GroupKind, GroupMembership, Member
from tests.conftest import statements

NOTICE_DAY = dt.date(2015, 7, 3)  # a week before the board meeting of Friday 10 July: everyone gets a notice
SOON_END = TODAY + dt.timedelta(days=7)
DIGEST_STATEMENTS = 7  # members, group memberships, meetings, attendance, who owes what, the actions shown, owners


@dataclass(frozen=True)
class Scaled:
    board_id: int
    members: int
    names: dict[str, int]
    refs: dict[str, str]  # the mixed actions recorded on top of the bulk ones, by a short name


def _scaled_board(url: str, *, actions: int, members: int) -> Scaled:
    """The benchmark board (``actions`` actions, one member each) plus actions owed every other way."""
    board = build_board(url, actions=actions, members=members)
    board_id = board.board_id
    refs: dict[str, str] = {}
    with db.transaction(url) as session:
        names = {name: member_id for name, member_id in session.execute(
            select(Member.name, Member.id).where(Member.board_id == board_id))}  # fmt: skip
        police = session.scalar(select(Member.agency_id).where(Member.id == names["Sally Holmes"]))
        everyone = session.scalar(select(Group.id).where(Group.board_id == board_id, Group.name == "all members"))
        empty = Group(board_id=board_id, name="Audit review group", kind=GroupKind.SUB_GROUP)
        session.add(empty)
        session.flush()
        minutes, _ = add_meeting(session, board_id, dt.date(2015, 5, 15), start=dt.time(10))
        viv = Owner("member", "Viv Townsend", names["Viv Townsend"])

        def record(
            key: str, task: str, *owners: Owner, due: dt.date | None = None, asap: bool = False,
            created: dt.date | None = None, meeting_id: int | None = None,
        ) -> None:  # fmt: skip
            new = NewAction(task, owners, due=due, asap=asap, meeting_id=meeting_id)
            action = record_action(session, board_id, new, by=None)
            action.created_at = dt.datetime.combine(created or TODAY, dt.time(9))
            refs[key] = action.ref

        record("appraisal", "Complete the annual appraisal", Owner("group", "all members", everyone),
               due=TODAY + dt.timedelta(days=2))  # fmt: skip
        record("s11", "Return the S11 audit", Owner("agency", "West Midlands Police", police), due=dt.date(2015, 5, 20))
        record("review", "Review the audit findings", Owner("group", "Audit review group", empty.id), due=TODAY)
        record("old asap", "Send the list", viv, asap=True, created=dt.date(2015, 5, 1))
        record("new asap", "Send the slides", viv, asap=True, created=TODAY - dt.timedelta(days=2))
        record("from minutes", "Share the minutes", viv, asap=True, meeting_id=minutes.id)  # asked on 15 May
        record("outsider", "Confirm the inspection date", Owner("unknown", "Ofsted"), due=dt.date(2015, 5, 10))
        record("closed", "Circulate the chart", viv, due=dt.date(2015, 5, 11))
        record("far", "Plan the conference", viv, due=SOON_END)  # a week off: not in today's digest
        session.flush()
        # Viv joins the group after its action was recorded: the group's share reaches her through the membership.
        session.add(GroupMembership(group_id=empty.id, member_id=names["Viv Townsend"]))
        for who, ref in (("Viv Townsend", "closed"), ("Sally Holmes", "appraisal")):
            complete_action(session, board_id, int(refs[ref][2:]), by=Person(names[who], who), today=TODAY)
    return Scaled(board_id, members, names, refs)


def _digests(url: str, board_id: int, day: dt.date) -> tuple[dict[str, Digest], int, int]:
    """Every member's digest on ``day`` by name, and the statements for those and for the manager's digest."""
    with db.transaction(url) as session:
        session.connection()  # begin first: SQLite's BEGIN IMMEDIATE is a statement too
        with statements(url) as seen:
            digests = compute_digests(session, board_id, day)
            member_statements = len(seen)
            assert compute_manager_digest(session, board_id, dt.datetime.combine(day, dt.time(8, 30))) is not None
    return {d.member: d for d in digests}, member_statements, len(seen) - member_statements


def refs(views: list[ActionView]) -> list[str]:
    return [v.ref for v in views]


@pytest.fixture
def small(database_url: str) -> Scaled:
    return _scaled_board(database_url, actions=100, members=30)


def test_digest_statements_do_not_grow_with_actions_or_members(database_url: str, small: Scaled) -> None:
    large = _scaled_board(database_url, actions=3_000, members=300)
    counts = {}
    for board in (small, large):
        for day in (TODAY, NOTICE_DAY):
            got, member_statements, manager_statements = _digests(database_url, board.board_id, day)
            assert len(got) == board.members  # everyone owes the appraisal (or has a meeting notice)
            counts[board.members, day] = (member_statements, manager_statements)
    assert counts[30, TODAY] == counts[300, TODAY], counts
    assert counts[30, NOTICE_DAY] == counts[300, NOTICE_DAY], counts
    assert {member for member, _ in counts.values()} == {DIGEST_STATEMENTS}, counts
    assert max(manager for _, manager in counts.values()) <= 15, counts


def test_the_plain_row_digests_hold_what_each_member_owes(database_url: str, small: Scaled) -> None:
    got, _, _ = _digests(database_url, small.board_id, TODAY)
    r = small.refs
    viv, sally, richard = got["Viv Townsend"], got["Sally Holmes"], got["Richard Fisher"]
    assert refs(viv.asap) == [r["old asap"], r["from minutes"]]  # asked a week ago or more (from the minutes)
    assert r["review"] in refs(viv.due_today) and r["appraisal"] in refs(viv.due_soon)
    assert r["far"] not in refs(viv.due_soon) and r["closed"] not in refs(viv.overdue)
    assert r["s11"] in refs(sally.overdue) and r["appraisal"] not in refs(sally.due_soon)  # she has done hers
    assert r["s11"] in refs(richard.overdue) and r["appraisal"] in refs(richard.due_soon)
    assert all(r["review"] not in refs(d.due_soon) for name, d in got.items() if name != "Viv Townsend")
    assert all(r["outsider"] not in refs(d.overdue) for d in got.values())
    appraisal = next(v for v in richard.due_soon if v.ref == r["appraisal"])
    assert appraisal.owners == ("all members",) and appraisal.progress == "all members: 1 of 30 done"
    review = next(v for v in viv.due_soon if v.ref == r["review"])
    assert review.owners == ("Audit review group",) and review.due == TODAY
    s11 = next(v for v in richard.overdue if v.ref == r["s11"])
    assert s11.owners == ("West Midlands Police",) and s11.overdue
    assert all(v.overdue for d in got.values() for v in d.overdue)

    # Every member's lists are exactly their open actions (as "what do I owe?" reads them) in the window.
    with db.transaction(database_url) as session:
        directory = load_directory(session, small.board_id)
        for name, member_id in small.names.items():
            owed = open_actions(session, small.board_id, owners=[Owner("member", name, member_id)],
                                directory=directory, today=TODAY)  # fmt: skip
            dated = sorted((v for v in owed if v.due is not None and v.due < SOON_END),
                           key=lambda v: (v.due or dt.date.max, int(v.ref[2:])))  # fmt: skip
            digest = got.get(name)
            assert (digest.overdue + digest.due_soon if digest else []) == dated, name
            assert set(refs(digest.asap) if digest else []) <= {v.ref for v in owed if v.asap and v.due is None}


def test_the_meeting_notice_counts_every_open_action(database_url: str, small: Scaled) -> None:
    later = dt.date(2015, 8, 3)
    with db.transaction(database_url) as session:  # nothing dated is left in the window: notices only
        dated = update(Action).where(Action.board_id == small.board_id, Action.due.is_not(None))
        session.execute(dated.values(due=later))
    got, _, _ = _digests(database_url, small.board_id, NOTICE_DAY)
    assert len(got) == small.members
    with db.transaction(database_url) as session:
        directory = load_directory(session, small.board_id)
        for name in ("Viv Townsend", "Sally Holmes", "Richard Fisher", "Roger Clayton"):
            notice = got[name].meeting
            assert notice is not None and notice.date == dt.date(2015, 7, 10)
            owed = open_actions(session, small.board_id, owners=[Owner("member", name, small.names[name])],
                                directory=directory, today=NOTICE_DAY)  # fmt: skip
            assert notice.open_actions == len(owed) > 0, name
            assert got[name].overdue == got[name].due_soon == []
    # Viv: 3 of the 100 bulk actions (1 in 30), the appraisal, the review, 3 "as soon as possible", the conference.
    assert got["Viv Townsend"].meeting is not None and got["Viv Townsend"].meeting.open_actions == 9
    assert refs(got["Viv Townsend"].asap) == [small.refs["old asap"], small.refs["new asap"],
                                              small.refs["from minutes"]]  # fmt: skip
