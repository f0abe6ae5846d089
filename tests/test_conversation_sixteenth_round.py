"""The sixteenth round's readings as the board sees them, on both databases: asking whether apologies were recorded
records none; a short form a letter short of a member's name asks with both names and stores nothing; a stand-in not
on the roster is kept by name with the apology; the business manager can note a member's leave and a member cannot;
the owner a recording request's task names owns it; a wish about an action changes nothing; a bare number asked
about is shown."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from bot.conversation.assistant import Assistant
from store import db
from store.models import Action, Attendance, Event, Member
from tests.test_assistant import count, say


@pytest.fixture
def assistant(database_url: str, board_id: int) -> Assistant:
    return Assistant(database_url, board_id)


def test_asking_whether_apologies_were_recorded_records_none(assistant: Assistant) -> None:
    reply = say(assistant, "Kate McConnell", "did the March minutes record my apologies? I was off sick")
    assert reply.text.startswith("The board meeting: Friday 13 March 2015")
    assert not reply.stored
    assert count(assistant, Attendance) == 0


def test_a_name_a_letter_short_offers_both_members_and_stores_nothing(assistant: Assistant) -> None:
    reply = say(assistant, "Martine McFadden", "ann to update the early years leaflet by 3/7")
    assert reply.text == "I don't know an ann on the board's roster — did you mean Anne Harris or Annette Callear?"
    assert [o.label.split(" (")[0] for o in reply.options][:2] == ["Anne Harris", "Annette Callear"]
    assert count(assistant, Action) == 0


def test_a_stand_in_not_on_the_roster_is_kept_by_name(assistant: Assistant) -> None:
    reply = say(assistant, "Jo Forbes", "apols for monday - Dan Rowe from our safeguarding team will come instead")
    assert reply.text == (
        "Apologies recorded for Jo Forbes for the audit panel meeting on Monday 18 May; "
        "Dan Rowe will attend as named representative."
    )
    with db.transaction(assistant.database_url) as session:
        assert session.scalars(select(Attendance.representative)).all() == ["Dan Rowe"]


def test_the_manager_notes_a_members_leave_and_a_member_cannot(assistant: Assistant) -> None:
    refused = say(assistant, "Pam Smith", "can you log leave for Zala - she's off 1-5 June")
    assert not refused.stored
    noted = say(assistant, "Martine McFadden", "can you log leave for Zala - she's off 1-5 June")
    assert noted.text == "Noted: no digests or reminders for Zala Ibrahim until back after Fri 5 June."
    with db.transaction(assistant.database_url) as session:
        zala = session.scalars(select(Member).where(Member.name == "Zala Ibrahim")).one()
        assert zala.away_until == dt.date(2015, 6, 5)


def test_the_owner_a_recording_request_names_owns_it(assistant: Assistant) -> None:
    reply = say(assistant, "Richard Fisher", "can you log one for me - the police to share the CSE profile by 12 June")
    assert reply.text == "Recorded A-1 for West Midlands Police, due Fri 12 June: Share the CSE profile"


def test_a_wish_about_an_action_changes_nothing_and_a_bare_number_is_shown(assistant: Assistant) -> None:
    say(assistant, "Martine McFadden", "Jo Forbes to map the refuges by 22 May")
    events = count(assistant, Event)
    wish = say(assistant, "Jo Forbes", "A-1 was a great piece of work, wish we'd done it sooner")
    assert not wish.stored
    assert count(assistant, Event) == events
    shown = say(assistant, "Jo Forbes", "is 1 still open")
    assert [v.ref for v in shown.actions] == ["A-1"]
    assert shown.actions[0].status == "open"
