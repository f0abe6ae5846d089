"""The twenty-third round's readings as the board sees them, on both databases: the manager spoken to before a
subject of its own is never given the action; "sorry martine wont be at …" sends the writer's apologies, never the
manager's; apologies for a kind of meeting the board's calendar does not hold ask which meeting, never the next
board; a surname cut to another name is asked about and moves nothing; "the vol sector" lists its agencies'
actions and no one else's; a joke about an action that will never close closes nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, select

from bot.conversation.assistant import Assistant
from store import db
from store.models import Agency, Assignment, Attendance, AttendanceStatus, Meeting, MeetingKind, Member
from tests.test_assistant import say

M = "Martine McFadden"


@pytest.fixture
def assistant(database_url: str, board_id: int) -> Assistant:
    return Assistant(database_url, board_id)


def _owners(assistant: Assistant) -> list[str]:
    """Every assignment's owner by name (member, or agency), in the order recorded."""
    with db.transaction(assistant.database_url) as session:
        rows = session.execute(
            select(Member.name, Agency.name)
            .select_from(Assignment)
            .outerjoin(Member, Member.id == Assignment.member_id)
            .outerjoin(Agency, Agency.id == Assignment.agency_id)
            .order_by(Assignment.id)
        ).all()
    return [member or agency for member, agency in rows]


def test_the_manager_spoken_to_before_a_subject_of_its_own_is_not_given_the_action(assistant: Assistant) -> None:
    text = "Martine, police will refresh the missing children profile by end of June."
    reply = say(assistant, "Richard Fisher", text)
    assert reply.stored
    assert _owners(assistant) == ["West Midlands Police"]


def test_sorry_martine_sends_the_writers_apologies(assistant: Assistant) -> None:
    reply = say(assistant, "Helen Ellis", "sorry martine wont be at the workshop, training the new youth workers")
    assert reply.stored
    with db.transaction(assistant.database_url) as session:
        away = session.scalars(
            select(Member.name)
            .join(Attendance, Attendance.member_id == Member.id)
            .where(Attendance.status == AttendanceStatus.APOLOGIES)
        ).all()
    assert away == ["Helen Ellis"]


def test_a_surname_cut_to_another_name_is_asked_about_and_moves_nothing(assistant: Assistant) -> None:
    say(assistant, M, "Annette Callear to send the early years audit by 29 May")
    reply = say(assistant, "Annette Callear", "could A-1 be passed to Marie Hunt?")
    assert not reply.stored
    assert "Marie Hunter" in reply.text
    assert _owners(assistant) == ["Annette Callear"]


def test_the_voluntary_sector_lists_its_agencies_actions_only(assistant: Assistant) -> None:
    say(assistant, M, "DCVS to survey member organisations on safer recruitment by 29 May")
    say(assistant, M, "Phase Trust to run the parent sessions by 5 June")
    say(assistant, M, "Jo Forbes to send the refuge map by 29 May")
    reply = say(assistant, "Nicki Burrows", "what does the vol sector owe?")
    assert sorted(view.ref for view in reply.actions) == ["A-1", "A-2"]  # never Jo's A-3


def test_a_joke_about_an_action_never_closing_closes_nothing(assistant: Assistant) -> None:
    say(assistant, M, "Richard Fisher to refresh the CSE problem profile by 29 May")
    reply = say(assistant, "Richard Fisher", "lol a-1 is never getting closed is it")
    assert not reply.stored
    listed = say(assistant, "Richard Fisher", "what do I owe?")
    assert [view.ref for view in listed.actions] == ["A-1"]  # still open


def test_apologies_for_a_meeting_the_calendar_does_not_hold_ask_which(assistant: Assistant) -> None:
    with db.transaction(assistant.database_url) as session:
        session.execute(delete(Meeting).where(Meeting.kind == MeetingKind.WORKSHOP))
    reply = say(assistant, "Helen Ellis", "apols for the workshop, training the new youth workers that day")
    assert not reply.stored
    assert "Which meeting" in reply.text
    with db.transaction(assistant.database_url) as session:
        assert session.scalars(select(Attendance)).all() == []
