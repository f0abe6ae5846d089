"""The demo board the product ships, so it can be tried with no Slack workspace and no data.

It holds what a board has after its first meeting on the assistant: a few realistic actions (one overdue, one
shared by all members, one done with an update), apologies for the next meeting and a Section 11 cycle with two
returns in, so the first "what do I owe?" shows something.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.directory import Person
from bot.tracker.actions import NewAction, add_note, complete_action, record_action
from bot.tracker.apologies import send_apologies
from bot.tracker.audits import add_cycle, set_status
from bot.tracker.boards import create_board
from bot.tracker.meetings import add_meeting
from bot.tracker.roster import import_roster, read_roster
from bot.understanding.interpretation import Owner
from store.models import AuditReturn, AuditStatus, AuditType, Board, Group, GroupKind, Member

DEMO_ROSTER = Path(__file__).resolve().parent.parent / "data" / "demo-roster.csv"
DEMO_BOARD_NAME = "Demo Safeguarding Children Board"
DEMO_VENUE = "Saltwells Education Centre"
SET_UP = "demo set-up"

# (owners, task, days from today to the due date, or None for "as soon as possible")
DEMO_ACTIONS: tuple[tuple[tuple[str, ...], str, int | None], ...] = (
    (("Martine McFadden",), "Circulate the Section 11 audit toolkit to all statutory partners", 7),
    (("Martine McFadden",), "Collate the sub-groups' contributions to the annual report", 35),
    (("Richard Fisher",), "Share the missing-from-home figures for Q4 with the CSE sub-group", -3),
    (("Pam Smith", "Zala Ibrahim"), "Review the neonatal audit findings and report back to the board", 28),
    (("all members",), "Return the board member appraisal form to Martine McFadden", 21),
    (("Viv Townsend",), "Circulate the probation presentation on the new supervision model", None),
)


def create_demo_board(session: Session, today: dt.date) -> Board:
    """A board with the demo roster, its next three bi-monthly Friday board meetings and a little history."""
    board = create_board(session, DEMO_BOARD_NAME)
    board.short_name = "Demo"
    import_roster(session, board.id, read_roster(DEMO_ROSTER), actor=SET_UP)
    first = today + dt.timedelta(days=14 + (4 - today.weekday()) % 7)
    for n in range(3):
        add_meeting(
            session,
            board.id,
            first + dt.timedelta(weeks=8 * n),
            start=dt.time(10),
            end=dt.time(14),
            venue=DEMO_VENUE,
            actor=SET_UP,
        )
    _add_history(session, board.id, today, first)
    return board


def _add_history(session: Session, board_id: int, today: dt.date, next_meeting: dt.date) -> None:
    """Actions, apologies and audit returns as the business manager and members would have recorded them."""
    people = {m.name: m for m in session.scalars(select(Member).where(Member.board_id == board_id))}
    manager = _person(people["Martine McFadden"])
    for names, task, days in DEMO_ACTIONS:
        owners = tuple(_owner(session, board_id, people, name) for name in names)
        due = today + dt.timedelta(days=days) if days is not None else None
        record_action(session, board_id, NewAction(task, owners, due=due, asap=due is None), by=manager)
    viv = _person(people["Viv Townsend"])
    add_note(session, board_id, 6, "Slides sent to Martine for circulation", by=viv, today=today)
    complete_action(session, board_id, 6, by=viv, today=today)
    for name, representative in (("Nicola Campbell", "Claire Hill"), ("Julie Winpenny", None)):
        member = people[name]
        send_apologies(
            session, board_id, member.id, next_meeting, representative=representative, by=manager, today=today
        )
    cycle = add_cycle(
        session, board_id, AuditType.S11, str(today.year), issued=today, due=today + dt.timedelta(days=60), by=manager
    )
    returns = {r.subject: r for r in session.scalars(select(AuditReturn).where(AuditReturn.cycle_id == cycle.id))}
    for subject, status in (("West Midlands Police", AuditStatus.COMPLETE), ("Dudley CCG", AuditStatus.IN_PROGRESS)):
        if subject in returns:
            set_status(session, board_id, returns[subject].id, status, by=manager)


def _person(member: Member) -> Person:
    return Person(member.id, member.name, agency_id=member.agency_id, role=member.role)


def _owner(session: Session, board_id: int, people: dict[str, Member], name: str) -> Owner:
    if name in people:
        return Owner("member", name, people[name].id)
    group = session.scalar(select(Group).where(Group.board_id == board_id, Group.kind == GroupKind.ALL_MEMBERS))
    assert group is not None, "every board has the built-in group of all members"
    return Owner("group", group.name, group.id)
