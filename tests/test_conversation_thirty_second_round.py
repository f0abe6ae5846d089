"""The thirty-second round's readings as the board sees them, on both databases: "he can't make Monday" with nobody
named sends nobody's apologies (the writer is asked whose); "Roger's PA here - he …" sends Roger's; an email
forwarded from someone not on the roster gives the member it names their apologies, never the writer; a list wanted
for someone named first is theirs, a name not on the roster asked about; an action named by its subject and passed
on for someone moves only once picked; "sorry, A-2 not A-1" closes A-2."""

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


def test_he_with_nobody_named_sends_nobodys_apologies(assistant: Assistant) -> None:
    reply = say(assistant, M, "he can't make Monday")
    assert reply.text.startswith("Whose apologies are these?")  # had been recorded as the writer's
    assert not reply.stored and count(assistant, Attendance) == 0


def test_a_pa_saying_he_sends_the_members_apologies(assistant: Assistant) -> None:
    reply = say(assistant, M, "Roger's PA here - he can't make the workshop")
    assert reply.text == "Apologies recorded for Roger Clayton for the workshop meeting on Friday 19 June."


def test_an_email_from_someone_not_on_the_roster_is_never_the_writers(assistant: Assistant) -> None:
    email = (
        "---------- Forwarded message ----------\nFrom: YOS admin\nSubject: July board\n\n"
        "Mike Galikowski is unable to attend the board on 10 July. No deputy is available."
    )
    reply = say(assistant, M, email)
    assert reply.text == "Apologies recorded for Mike Galikowski for the board meeting on Friday 10 July."
    before = count(assistant, Action)
    asked = say(assistant, M, "FYI below\n-----Original Message-----\nFrom: Dave Jones\nSent: Monday\nSubject: DSCB\n\n"
                "I will send the figures by Friday.")  # fmt: skip
    assert not asked.stored and count(assistant, Action) == before  # had been a new action for the writer


def test_a_list_wanted_for_a_name_not_on_the_roster_is_asked_about(assistant: Assistant) -> None:
    reply = say(assistant, M, "can mayada abuafan have her list before the CDOP")
    assert reply.text.startswith("I don't know a mayada abuafan on the board's roster — did you mean Mayada AbuAffan?")
    picked = assistant.resolve(person(assistant, M), reply.options[0].payload, LATER)
    assert [a.ref for a in picked.actions] == ["A-1"]  # hers, never the writer's or the board's


def test_a_list_with_context_after_it_is_only_the_named_owners(assistant: Assistant) -> None:
    reply = say(assistant, M, "can u pull Jassi's actions, I'm seeing her and Mayada tomorrow")
    assert [a.ref for a in reply.actions] == ["A-2"]  # had been Jassi's and Mayada's


def test_a_subject_moved_for_someone_moves_only_once_picked(assistant: Assistant) -> None:
    before = count(assistant, Event)
    asked = say(assistant, M, "Jassi's asked me to get the training numbers audit moved back a fortnight")
    assert asked.options and asked.options[0].label.startswith("A-2") and not asked.stored
    assert count(assistant, Event) == before  # had been nothing understood
    moved = assistant.resolve(person(assistant, M), asked.options[0].payload, LATER)
    assert moved.text == "A-2 is now due Fri 10 July."


def test_a_reference_put_right_closes_the_right_action(assistant: Assistant) -> None:
    say(assistant, "Jassi Broadmeadow", "a-1 done. sorry, A-2 not A-1!")
    assert assignments(assistant) == [("Mayada AbuAffan", "open"), ("Jassi Broadmeadow", "done")]  # had closed A-1
