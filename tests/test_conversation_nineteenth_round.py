"""The nineteenth round's readings as the board sees them, on both databases: a bare number where an action's
reference stands edits that action (a number that may be a day of the month is asked about first, and nothing moves
until the writer says yes); a date written as missed is news, never the new due date; a forwarded email signed by
its sender records the action for the agency it names, never the sender's own; apologies sent with no meeting named
ask which meeting and record nothing yet."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from bot.conversation.assistant import Assistant
from store import db
from store.models import Action, Assignment, Attendance
from tests.test_assistant import say

M = "Martine McFadden"


@pytest.fixture
def assistant(database_url: str, board_id: int) -> Assistant:
    return Assistant(database_url, board_id)


def _due(assistant: Assistant, ref: int) -> dt.date | None:
    with db.transaction(assistant.database_url) as session:
        return session.scalar(select(Action.due).where(Action.number == ref))


def _actions_from(assistant: Assistant, count: int) -> None:
    for n in range(count):
        say(assistant, M, f"Jo Forbes to draft section {n + 1} of the refuge map by 29 May")


def test_a_bare_number_beyond_any_day_of_the_month_edits_that_action(assistant: Assistant) -> None:
    _actions_from(assistant, 33)
    reply = say(assistant, "Jo Forbes", "can 33 slide a fortnight? still waiting on the TA figures")
    assert reply.stored
    assert _due(assistant, 33) == dt.date(2015, 6, 12)
    assert _due(assistant, 32) == dt.date(2015, 5, 29)  # no other action moved


def test_a_bare_number_that_may_be_a_day_is_asked_about_first(assistant: Assistant) -> None:
    _actions_from(assistant, 12)
    reply = say(assistant, "Jo Forbes", "12 can go to 3rd july")
    assert not reply.stored
    assert "A-12" in reply.text and "3 July" in reply.text and [o.label for o in reply.options] == ["Yes", "No"]
    assert _due(assistant, 12) == dt.date(2015, 5, 29)  # nothing moves until the writer says yes


def test_a_missed_date_is_news_never_the_new_due_date(assistant: Assistant) -> None:
    _actions_from(assistant, 1)
    reply = say(assistant, "Jo Forbes", "a-1 wont be done by the 22nd, still waiting on the police data")
    assert _due(assistant, 1) == dt.date(2015, 5, 29)
    assert reply.stored  # recorded as an update
    assert "update" in reply.text.lower()


def test_a_forwarded_email_records_the_agency_it_names_not_its_sender(assistant: Assistant) -> None:
    text = (
        "Fwd for the tracker pls\n\nFrom: Jo Forbes\nSent: 14 May 2015 17:02\nTo: Martine McFadden\nSubject: VCSG\n\n"
        "Martine - agreed at VCSG today that housing will refresh the homelessness protocol by the September board.\nJo"
    )
    reply = say(assistant, M, text)
    assert reply.stored
    with db.transaction(assistant.database_url) as session:
        assignments = session.scalars(select(Assignment)).all()
        assert [a.member_id for a in assignments] == [None]  # an agency's action, nobody's personally
        assert session.scalar(select(Action.due)) == dt.date(2015, 9, 11)


def test_apologies_with_no_meeting_named_ask_which_meeting(assistant: Assistant) -> None:
    reply = say(assistant, "Anne Harris", "Please send my apologies, I have a strategy meeting that can't be moved.")
    assert reply.text.startswith("Which meeting are the apologies for?")
    assert not reply.stored
    with db.transaction(assistant.database_url) as session:
        assert session.scalars(select(Attendance)).all() == []
