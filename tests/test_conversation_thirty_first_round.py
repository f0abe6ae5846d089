"""The thirty-first round's readings as the board sees them, on both databases: an action named only by its subject
("safe sleep leaflet is done!!", "can the training numbers audit slip a fortnight?") is asked about and changes
nothing until one is picked, the choice being the message again with its reference; doubt that an action is done
and counts of the way close nothing; "drop-ins" drop nothing; "show me what's assigned to Jo" records nothing; a list
wanted by someone named first is never theirs."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.conversation.assistant import Assistant
from store.models import Action, Event
from tests.board_reads import assignments
from tests.conftest import SEED_NOW
from tests.test_assistant import count, person, say, with_two_actions

LATER = SEED_NOW + dt.timedelta(minutes=1)
M = "Martine McFadden"


@pytest.fixture
def assistant(database_url: str, board_id: int) -> Assistant:
    return with_two_actions(database_url, board_id)


def test_an_action_named_by_its_subject_alone_closes_the_writers_own(assistant: Assistant) -> None:
    done = say(assistant, "Mayada AbuAffan", "safe sleep leaflet is done!! went to print this morning")
    assert done.text == "A-1 is closed: Reprint the safe sleep leaflet"  # had been nothing understood
    assert assignments(assistant) == [("Mayada AbuAffan", "done"), ("Jassi Broadmeadow", "open")]


def test_an_action_named_by_its_subject_alone_is_asked_about_then_moved(assistant: Assistant) -> None:
    before = count(assistant, Event)
    asked = say(assistant, M, "who holds the training numbers audit now?")
    assert asked.text == "Do you mean A-2: Run the training numbers audit?"  # had been nothing understood
    assert not asked.stored and count(assistant, Event) == before
    given = say(assistant, M, "please reassign the training numbers audit to Pam Smith", LATER)
    assert given.options and given.options[0].label.startswith("A-2") and not given.stored
    moved = assistant.resolve(person(assistant, M), given.options[0].payload, LATER)
    assert moved.text == "A-2 now belongs to Pam Smith."


def test_the_manager_closing_someones_action_by_its_subject_is_asked_which(assistant: Assistant) -> None:
    asked = say(assistant, M, "training numbers audit is finished, Jassi confirmed")
    assert asked.text == "Which action is done?" and not asked.stored  # had been "which of your actions"
    assert [o.label for o in asked.options] == ["A-2: Run the training numbers audit", "None of these"]
    done = assistant.resolve(person(assistant, M), asked.options[0].payload, LATER)
    assert done.stored and done.text.startswith("A-2 is closed")
    assert assignments(assistant) == [("Mayada AbuAffan", "open"), ("Jassi Broadmeadow", "done")]


def test_a_member_naming_someone_elses_action_by_its_subject_closes_nothing(assistant: Assistant) -> None:
    reply = say(assistant, "Jo Forbes", "training numbers audit is finished")
    assert not reply.stored and not reply.options
    assert assignments(assistant) == [("Mayada AbuAffan", "open"), ("Jassi Broadmeadow", "open")]


def test_a_subject_slipped_by_a_fortnight_moves_only_once_picked(assistant: Assistant) -> None:
    asked = say(assistant, "Jassi Broadmeadow", "can the training numbers audit slip a fortnight?")
    assert asked.options and asked.options[0].label.startswith("A-2") and not asked.stored
    moved = assistant.resolve(person(assistant, "Jassi Broadmeadow"), asked.options[0].payload, LATER)
    assert moved.text == "A-2 is now due Fri 10 July."


def test_a_subject_that_fits_no_open_action_is_said_so(assistant: Assistant) -> None:
    reply = say(assistant, "Jassi Broadmeadow", "can the bus timetable review slip a week?")
    assert reply.text.startswith("I couldn't find an open action about bus timetable review")
    assert not reply.stored


def test_doubt_and_counts_of_the_way_close_nothing(assistant: Assistant) -> None:
    say(assistant, "Mayada AbuAffan", "I've had a reminder about A-1 but I thought we'd sorted it? Can you show me")
    say(assistant, "Jassi Broadmeadow", "Thanks for chasing! A-2 - 14 of the 20 agencies have returned figures so far")
    say(assistant, "Mayada AbuAffan", "A-1 - the health visitors are handing them out at the drop ins")
    assert assignments(assistant) == [("Mayada AbuAffan", "open"), ("Jassi Broadmeadow", "open")]  # had been closed


def test_a_list_asked_for_by_name_records_nothing(assistant: Assistant) -> None:
    reply = say(assistant, M, "show me what's assigned to Mayada")
    assert [a.ref for a in reply.actions] == ["A-1"] and not reply.stored
    assert count(assistant, Action) == 2  # had been a new action "Show me what's assigned to Mayada"


def test_the_one_who_wants_the_list_is_never_whose_it_is(assistant: Assistant) -> None:
    reply = say(assistant, M, "Roger wants the overdue list before his 1:1 on Tuesday, can you pull it")
    assert "Roger" not in reply.text  # had been someone called "Roger wants the"
