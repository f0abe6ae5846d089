"""The fifteenth round's readings as the board sees them, on both databases: apologies from a first name nobody on
the roster has, or for another body's meeting, are never recorded against a member or the board's meetings; a list
for two people is theirs; a question whether an action was moved moves nothing; a deputy standing in records no
action; a reassignment to whoever is taking over asks about someone not on the roster."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.conversation.assistant import Assistant
from store.models import Action, Attendance, Event
from tests.test_assistant import count, say


@pytest.fixture
def assistant(database_url: str, board_id: int) -> Assistant:
    return Assistant(database_url, board_id)


def test_apologies_from_someone_not_on_the_roster_are_never_the_writers(assistant: Assistant) -> None:
    reply = say(assistant, "Martine McFadden", "Dave can't make Monday's panel")
    assert reply.text == "Dave is not a board member, so I can't record apologies for them."
    assert not reply.stored
    assert count(assistant, Attendance) == 0


def test_apologies_for_another_bodys_meeting_name_the_boards_own(assistant: Assistant) -> None:
    reply = say(assistant, "Pam Smith", "apologies - I'll miss the CDOP meeting on Thursday")
    assert reply.text.startswith("Which meeting are the apologies for? I keep apologies for the board's own meetings:")
    assert "the audit panel meeting on Monday 18 May" in reply.text
    assert count(assistant, Attendance) == 0


def test_leave_that_misses_the_board_is_an_apology_for_it(assistant: Assistant) -> None:
    reply = say(assistant, "Pam Smith", "I'm on leave 6-17 July so won't make the board")
    assert reply.text == "Apologies recorded for Pam Smith for the board meeting on Friday 10 July."
    assert count(assistant, Attendance) == 1


def test_a_list_for_two_people_is_theirs_not_the_boards(assistant: Assistant) -> None:
    say(assistant, "Martine McFadden", "Viv Townsend to send the chart by 22 May")
    say(assistant, "Martine McFadden", "Pam Smith to check the audit by 29 May")
    both = say(assistant, "Martine McFadden", "what do Pam and Zala have open between them")
    assert both.text.startswith("Pam Smith and Zala Ibrahim have 1 open action")
    assert [v.ref for v in both.actions] == ["A-2"]


def test_asking_whether_an_action_moved_moves_nothing(assistant: Assistant) -> None:
    say(assistant, "Martine McFadden", "Viv Townsend to send the chart by 22 May")
    events = count(assistant, Event)
    shown = say(assistant, "Viv Townsend", "has A-1 been moved to July?")
    assert shown.actions and shown.actions[0].ref == "A-1"
    assert shown.actions[0].due == dt.date(2015, 5, 22)
    assert count(assistant, Event) == events


def test_a_deputy_standing_in_records_no_action(assistant: Assistant) -> None:
    say(assistant, "Martine McFadden", "Tony is on leave until 1 June. Chris Ballinger will be deputising.")
    assert count(assistant, Action) == 0


def test_whoever_takes_over_is_asked_about_when_not_on_the_roster(assistant: Assistant) -> None:
    say(assistant, "Martine McFadden", "Helen Ellis to run the CSE awareness sessions by 10 July")
    reply = say(
        assistant,
        "Helen Ellis",
        "I'm moving to the MASH so can't carry on with A-1. Tracey Bennett is taking over my post – can it go to her?",
    )
    assert "Tracey Bennett" in reply.text
    assert "not on the board's roster" in reply.text or reply.options
