"""The thirty-third round's readings as the board sees them, on both databases: a list asked for several owners at
once shows all of theirs, and names the one the board does not hold rather than dropping it or showing nothing; "mine
n jassis?" is both lists; an action named with "thing" moves only once picked; "Please pass on Rob Keane's apologies"
records nobody's (he is not on the roster), never the writer's; "add one for Roger – he wants Mayada and Jassi to …"
is theirs, never Roger's; a leave note "for the tracker" about someone else never pauses the writer's reminders; a
plan said in passing is recorded only once the writer says yes, and "no need to log it" records nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.conversation.assistant import Assistant
from store.models import Action, Attendance, Event
from tests.board_reads import assignments
from tests.conftest import SEED_NOW
from tests.test_assistant import count, person, say, with_two_actions

LATER = SEED_NOW + dt.timedelta(minutes=1)
M = "Martine McFadden"


@pytest.fixture
def assistant(database_url: str, board_id: int) -> Assistant:
    return with_two_actions(database_url, board_id)


def test_a_row_of_owners_lists_every_one_and_names_the_one_not_held(assistant: Assistant) -> None:
    reply = say(assistant, M, "what's open for mayada, jassi and the Stourbridge nursery forum")
    assert sorted(a.ref for a in reply.actions) == ["A-1", "A-2"]  # had been nothing shown at all
    said = "The Stourbridge nursery forum isn't on the board's roster, so it has no actions here."
    assert reply.text.startswith(said)
    both = say(assistant, M, "mine n jassis?")  # had been nothing understood
    assert [a.ref for a in both.actions] == ["A-2"]
    assert both.text.startswith("Martine McFadden and Jassi Broadmeadow have 1 open action")


def test_a_row_of_bodies_not_held_shows_nothing_else(assistant: Assistant) -> None:
    reply = say(assistant, M, "whats open for the stourbridge nursery forum and the halesowen college")
    assert reply.actions == () and "aren't on the board's roster" in reply.text  # never the FE representative's


def test_an_action_named_with_thing_moves_only_once_picked(assistant: Assistant) -> None:
    before = count(assistant, Event)
    asked = say(assistant, M, "the training numbers thing - make it end of july")
    assert asked.options and asked.options[0].label.startswith("A-2") and not asked.stored
    assert count(assistant, Event) == before  # had been nothing understood
    moved = assistant.resolve(person(assistant, M), asked.options[0].payload, LATER)
    assert moved.text == "A-2 is now due Fri 31 July."


def test_apologies_passed_on_for_someone_not_on_the_roster_are_never_the_writers(assistant: Assistant) -> None:
    reply = say(assistant, M, "Please pass on Rob Keane's apologies for the workshop, he's just joined Cafcass")
    assert reply.text == "Rob Keane is not a board member, so I can't record apologies for them."
    assert count(assistant, Attendance) == 0  # had been the writer's apologies
    passed = say(assistant, M, "Please pass on Sally's apologies for the workshop")
    assert passed.text == "Apologies recorded for Sally Holmes for the workshop meeting on Friday 19 June."


def test_an_action_asked_for_someone_is_owned_by_those_it_names(assistant: Assistant) -> None:
    reply = say(assistant, M, "Can you add one for Roger pls – he wants Mayada and Jassi to present the audit at the "
                "September board")  # fmt: skip
    assert reply.stored and reply.text.startswith("Recorded A-3 for Mayada AbuAffan and Jassi Broadmeadow")
    assert assignments(assistant)[2:] == [("Mayada AbuAffan", "open"), ("Jassi Broadmeadow", "open")]  # not Roger's
    assert count(assistant, Action) == 3


def test_a_leave_note_for_the_tracker_is_the_named_members(assistant: Assistant) -> None:
    reply = say(assistant, M, "A quick note for the tracker: Jassi is on leave until 29 May, so any audit queries "
                "should go to Martine.")  # fmt: skip
    assert reply.text == "Noted: no digests or reminders for Jassi Broadmeadow until back after Fri 29 May."


def test_a_plan_said_in_passing_is_recorded_only_once_confirmed(assistant: Assistant) -> None:
    asked = say(assistant, "Sally Holmes", "Back from the regional CSE conference. I'll circulate the slides once they "
                "arrive.")  # fmt: skip
    assert asked.text.startswith("I'm not sure I've understood. Do you want me to record an action for you")
    assert not asked.stored and count(assistant, Action) == 2  # had been recorded at once
    confirmed = assistant.resolve(person(assistant, "Sally Holmes"), asked.options[0].payload, LATER)
    assert confirmed.stored and count(assistant, Action) == 3
    told = say(assistant, "Tony Oakman", "The DCS wants a note on the peer review – I'll sort it with Jassi myself, no "
               "need to log it.")  # fmt: skip
    assert not told.stored and count(assistant, Action) == 3
