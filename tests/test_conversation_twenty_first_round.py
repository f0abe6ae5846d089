"""The twenty-first round's readings as the board sees them, on both databases: a member spoken to first is never the
owner of the action the message records; an action's reference followed only by whom reassigns it; "please reinstate
Merlin for Monday's panel" takes Merlin's apologies off, never the chair's; a reply under a quoted question about a
bare number updates that action."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.conversation.assistant import Assistant
from store import db
from store.models import Action, Agency, Assignment, AssignmentStatus, Attendance, AttendanceStatus, Event, Member
from tests.test_assistant import say

M = "Martine McFadden"


@pytest.fixture
def assistant(database_url: str, board_id: int) -> Assistant:
    return Assistant(database_url, board_id)


def _owners(assistant: Assistant, number: int) -> list[str]:
    with db.transaction(assistant.database_url) as session:
        query = (
            select(Member.name, Agency.name, Assignment.department)
            .select_from(Assignment)
            .join(Action, Assignment.action_id == Action.id)
            .outerjoin(Member, Assignment.member_id == Member.id)
            .outerjoin(Agency, Assignment.agency_id == Agency.id)
            .where(Action.number == number, Assignment.status == AssignmentStatus.OPEN)
        )
        rows = session.execute(query)
        return sorted(
            member or (f"{agency} – {department}" if department else agency) for member, agency, department in rows
        )


def test_the_member_spoken_to_first_never_owns_the_action(assistant: Assistant) -> None:
    text = "Martine – Jo and I spoke after the panel prep. mike g to share the yos data with VCSG before the july board"
    reply = say(assistant, "Roger Clayton", text)
    assert reply.stored
    assert _owners(assistant, 1) == ["Mike Galikowski"]  # never Martine, spoken to


def test_a_reference_followed_by_whom_reassigns_it(assistant: Assistant) -> None:
    say(assistant, M, "Jo Forbes to map the ASB hotspots by 30 June")
    reply = say(assistant, M, "a-1: police plus YOS please")
    assert reply.stored
    assert _owners(assistant, 1) == ["DMBC – YOS", "West Midlands Police"]


def test_reinstating_a_member_withdraws_their_apologies_not_the_writers(assistant: Assistant) -> None:
    say(assistant, "Merlin Joseph", "apologies for Monday's panel please")
    say(assistant, "Roger Clayton", "apologies for Monday's panel, Jassi will chair")
    reply = say(assistant, "Roger Clayton", "Please reinstate Merlin for Monday's panel, his other meeting moved")
    assert reply.stored
    with db.transaction(assistant.database_url) as session:
        rows = session.execute(
            select(Member.name, Attendance.status).join(Attendance, Attendance.member_id == Member.id)
        ).all()
    statuses = dict(rows)
    assert statuses.get("Roger Clayton") == AttendanceStatus.APOLOGIES  # the chair's own apologies stand
    assert statuses.get("Merlin Joseph") != AttendanceStatus.APOLOGIES


def test_a_reply_under_a_quoted_question_updates_the_action_it_names(assistant: Assistant) -> None:
    say(assistant, M, "Sally Holmes to refresh the missing persons protocol by 30 June")
    reply = say(assistant, "Sally Holmes", "> any news on 1?\nstill waiting on the force policy team, chased today")
    assert reply.stored
    with db.transaction(assistant.database_url) as session:
        changes = session.scalars(select(Event.change).where(Event.entity == "action")).all()
    assert "update" in changes or "updated" in changes, changes
