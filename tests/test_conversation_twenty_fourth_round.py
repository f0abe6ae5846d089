"""The twenty-fourth round's readings as the board sees them, on both databases: a word nobody on the roster answers
to in "what does X owe" gets no list at all; a remark that someone else closed an action closes nothing; a new date
at a meeting on a day moves the action to that meeting, never to that day of this month; the manager asked for
another member's list sends that list and records no action for herself; an agency nobody from will attend sends
its member's apologies (of several, it asks whose), and another agency's are theirs to send;
the chair's note of the manager's leave with cover words after it is the manager's leave."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from bot.conversation.assistant import Assistant
from store import db
from store.models import Action, Assignment
from tests.board_reads import apologies
from tests.test_assistant import say

M = "Martine McFadden"


@pytest.fixture
def assistant(database_url: str, board_id: int) -> Assistant:
    return Assistant(database_url, board_id)


def _actions(assistant: Assistant) -> list[tuple[int, dt.date | None]]:
    """Every action's number and due day, in the order recorded."""
    with db.transaction(assistant.database_url) as session:
        return [(a.number, a.due) for a in session.scalars(select(Action).order_by(Action.number))]


def test_a_word_nobody_answers_to_gets_no_list(assistant: Assistant) -> None:
    say(assistant, M, "Viv Townsend to send the chart by 22 May")
    reply = say(assistant, "Viv Townsend", "what does zebra owe")
    assert reply.actions == ()  # never the whole board's list
    assert "zebra" in reply.text


def test_a_remark_that_someone_closed_an_action_closes_nothing(assistant: Assistant) -> None:
    say(assistant, M, "Zala Ibrahim to send the safe sleep audit by 29 May")
    reply = say(assistant, "Pam Smith", "just saw A-1 got marked done, nice one zala")
    assert not reply.stored
    listed = say(assistant, "Zala Ibrahim", "what do I owe?")
    assert [view.ref for view in listed.actions] == ["A-1"]  # still open


def test_a_new_date_at_a_meeting_on_a_day_is_that_meeting(assistant: Assistant) -> None:
    say(assistant, M, "Tony Oakman to draft the neglect strategy by 29 May")
    reply = say(assistant, "Tony Oakman", "Could action 1 be extended to the workshop on the 19th?")
    assert reply.stored
    assert _actions(assistant) == [(1, dt.date(2015, 6, 19))]  # the workshop, never 19 May


def test_the_manager_asked_for_a_members_list_records_nothing_for_herself(assistant: Assistant) -> None:
    say(assistant, M, "Tony Oakman to draft the neglect strategy by 29 May")
    reply = say(
        assistant,
        "Roger Clayton",
        "Martine, could you let me have Tony's outstanding actions ahead of my one-to-one with him on Tuesday?",
    )
    assert [view.ref for view in reply.actions] == ["A-1"]
    assert _actions(assistant) == [(1, dt.date(2015, 5, 29))]  # no action recorded for Martine


def test_an_agency_nobody_from_will_attend_sends_its_membersapologies(assistant: Assistant) -> None:
    text = "no one from fire can do the workshop sorry, all watch managers on training"
    reply = say(assistant, "Julie Winpenny", text)
    assert reply.stored
    assert "Julie Winpenny" in reply.text
    assert apologies(assistant) == ["Julie Winpenny"]  # the fire service's one member, the writer


def test_an_agency_with_several_members_is_asked_whoseapologies(assistant: Assistant) -> None:
    reply = say(assistant, M, "apologies from the police for the July board")
    assert not reply.stored
    assert "Richard Fisher or Sally Holmes" in reply.text
    assert apologies(assistant) == []


def test_another_agencys_apologies_are_theirs_to_send(assistant: Assistant) -> None:
    reply = say(assistant, "Pam Smith", "nobody from the police will be at the workshop")
    assert not reply.stored
    assert "Members send their own apologies" in reply.text
    assert apologies(assistant) == []


def test_the_chairs_note_of_the_managers_leave_with_cover_words_is_her_leave(assistant: Assistant) -> None:
    reply = say(assistant, "Roger Clayton", "Martine is off all next week - please direct any queries to me.")
    assert reply.stored
    assert "Martine McFadden" in reply.text
    with db.transaction(assistant.database_url) as session:
        assert session.scalars(select(Assignment)).all() == []  # never an action
