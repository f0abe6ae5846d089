"""The eighteenth round's readings as the board sees them, on both databases: the calendar asked for lists the coming
meetings; an email forwarded with its header block records its sender's apologies, never the business manager's; a
PA's request for "his list" lists the member's own; an apology from a name not on the roster asks and records
nothing; an action named as "the … one" is asked about with its reference; closing an action without doing it drops
it, never completes it."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from bot.conversation.assistant import Assistant
from store import db
from store.models import Assignment, Attendance, Event, Member
from tests.conftest import SEED_NOW
from tests.test_assistant import count, person, say

LATER = SEED_NOW + dt.timedelta(minutes=1)
M = "Martine McFadden"


@pytest.fixture
def assistant(database_url: str, board_id: int) -> Assistant:
    return Assistant(database_url, board_id)


def _absent(assistant: Assistant) -> list[str]:
    with db.transaction(assistant.database_url) as session:
        return list(session.scalars(select(Member.name).join(Attendance, Attendance.member_id == Member.id)))


def test_the_calendar_asked_for_lists_the_coming_meetings(assistant: Assistant) -> None:
    reply = say(assistant, "Kate McConnell", "what meetings have we got coming up?")
    lines = reply.text.split("\n")
    assert lines[0] == "Coming up in the board's calendar:"
    assert len(lines) > 2 and all(line.startswith("• the ") for line in lines[1:])
    assert "Monday 18 May" in lines[1]  # the soonest first: the audit panel
    assert not reply.stored


def test_a_forwarded_email_sends_its_senders_apologies(assistant: Assistant) -> None:
    text = (
        "Logging apologies – see below.\n\n---------- Forwarded message ----------\nFrom: Nicola Campbell\n"
        "Sent: 14 May 2015 18:20\nTo: DSCB Business Unit\nSubject: Apologies\n\nDear all,\nI'm sorry, I won't be "
        "able to attend the workshop on 19 June as I'm on a training course.\n\nKind regards,\nNicola Campbell"
    )
    reply = say(assistant, M, text)
    assert reply.stored
    assert reply.text.startswith("Apologies recorded for Nicola Campbell for the workshop meeting on Friday 19 June")
    assert _absent(assistant) == ["Nicola Campbell"]


def test_a_pa_asking_for_his_list_gets_the_members_own(assistant: Assistant) -> None:
    say(assistant, M, "Tony Oakman to brief the Lead Member by 5 June")
    say(assistant, M, "Jo Forbes to map the refuges by 22 May")
    reply = say(assistant, "Tony Oakman", "Hi, Tony would like a list of his outstanding actions please. Thanks, Lisa")
    assert reply.text == "You have 1 open action:"
    assert [(v.ref, v.text) for v in reply.actions] == [("A-1", "Brief the Lead Member")]


def test_an_apology_from_a_name_not_on_the_roster_asks_and_records_nothing(assistant: Assistant) -> None:
    reply = say(assistant, M, "Sue Haywod apologies for the audit panel")
    assert "Sue Haywood" in reply.text and not reply.stored
    assert count(assistant, Attendance) == 0


def test_an_action_named_as_the_one_about_it_is_asked_about(assistant: Assistant) -> None:
    say(assistant, M, "Nicki Burrows to refresh the neglect toolkit by 26 June")
    before = count(assistant, Event)
    asked = say(assistant, "Nicki Burrows", "push the neglect toolkit one to end of july")
    assert asked.text == "Do you mean A-1: Refresh the neglect toolkit?"
    assert not asked.stored and count(assistant, Event) == before
    moved = assistant.resolve(person(assistant, "Nicki Burrows"), asked.options[0].payload, LATER)
    assert moved.text == "A-1 is now due Fri 31 July."


def test_closing_an_action_without_doing_it_drops_it(assistant: Assistant) -> None:
    say(assistant, M, "Richard Fisher to run the force-wide review by 30 June")
    reply = say(assistant, "Richard Fisher", "please close 1 without doing it - the funding was withdrawn")
    assert reply.text.startswith("A-1 is dropped (the funding was withdrawn)")
    with db.transaction(assistant.database_url) as session:
        assert [s.value for s in session.scalars(select(Assignment.status))] == ["dropped"]
