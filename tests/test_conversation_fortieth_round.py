"""The fortieth round's readings as the board sees them, on both databases: "Not able to be at the July board - Mayada
has very kindly agreed to chair the meeting in my place" records the chair's apology with Mayada standing in (never
an action of Mayada's); "Apologies from the police safeguarding team for Monday" asks the police's members (never the
writer's apology); "I'm coming on the 10th but Pam sends apologies" asks Pam (never the writer's); "fyi sally and
richard are both off all next week" pauses both; "Mayada's court case collapsed so she's back on for monday" takes her
apology back; "action 2: housing, comm safety and YOS to map …" records a new action (never a change to A-2);
"update: a-1 - …, public health still to comment" adds news (never closes A-1); "what's open for Dudley Counsil" is
the council's list; "a-2 fortnight more pls" moves A-2 two weeks (never four); "close a-2 as not going ahead pls"
drops A-2 (never marks it done)."""

from __future__ import annotations

import pytest

from bot.conversation.assistant import Assistant
from store.models import Action, Attendance
from tests.board_reads import apologies, apologies_with_stand_ins, assignments, away
from tests.test_assistant import count, say, with_two_actions

M = "Martine McFadden"


@pytest.fixture
def assistant(database_url: str, board_id: int) -> Assistant:
    return with_two_actions(database_url, board_id)


def test_the_chair_away_with_another_chairing_is_an_apology_with_a_stand_in(assistant: Assistant) -> None:
    reply = say(
        assistant,
        "Roger Clayton",
        "Not able to be at the July board - Mayada has very kindly agreed to chair the meeting in my place",
    )
    assert reply.text == (
        "Apologies recorded for Roger Clayton for the board meeting on Friday 10 July; Mayada AbuAffan will attend "
        "as named representative."
    )
    assert apologies_with_stand_ins(assistant) == [("Roger Clayton", "Mayada AbuAffan")]
    assert count(assistant, Action) == 2  # had been an action of Mayada's: "Chair the meeting in my place"


def test_apologies_from_another_agencys_team_are_never_the_writers(assistant: Assistant) -> None:
    reply = say(assistant, "Mike Galikowski", "Apologies from the police safeguarding team for Monday")
    assert (
        reply.text == "Members send their own apologies: ask Richard Fisher or Sally Holmes, or the business manager."
    )
    assert count(assistant, Attendance) == 0  # had been the writer's apology


def test_the_writer_coming_while_another_sends_apologies_is_only_theirs(assistant: Assistant) -> None:
    reply = say(assistant, "Jo Forbes", "I'm coming on the 10th but Pam sends apologies")
    assert reply.text == "Members send their own apologies: ask Pam Smith, or the business manager."
    assert count(assistant, Attendance) == 0  # had been the writer's apology
    said = say(assistant, M, "I'm coming on the 10th but Pam sends apologies")
    assert said.text == "Apologies recorded for Pam Smith for the board meeting on Friday 10 July."
    assert apologies(assistant) == ["Pam Smith"]


def test_leave_of_two_members_pauses_both(assistant: Assistant) -> None:
    reply = say(assistant, M, "fyi sally and richard are both off all next week")
    assert (
        reply.text == "Noted: no digests or reminders for Sally Holmes and Richard Fisher until back after Fri 22 May."
    )
    assert set(away(assistant)) == {"Sally Holmes", "Richard Fisher"}  # had been nothing


def test_someone_freed_from_what_kept_them_away_is_expected_again(assistant: Assistant) -> None:
    say(assistant, "Mayada AbuAffan", "apologies for monday")
    reply = say(assistant, M, "Mayada's court case collapsed so she's back on for monday")
    assert reply.text == "Apologies withdrawn: Mayada AbuAffan is expected at the audit panel meeting on Monday 18 May."
    assert apologies(assistant) == []  # had been nothing done


def test_a_numbered_minute_line_is_a_new_action_never_an_edit(assistant: Assistant) -> None:
    reply = say(
        assistant,
        "Merlin Joseph",
        "action 2: housing, comm safety and YOS to map where their gang data overlaps. Due 12th June",
    )
    assert reply.text == (
        "Recorded A-3 for DMBC – Housing, DMBC – Community Safety and DMBC – YOS, due Fri 12 June: Map where their "
        "gang data overlaps"
    )
    assert assignments(assistant)[1] == ("Jassi Broadmeadow", "open")  # A-2 untouched (had been moved to 12 June)
    shown = say(assistant, "Jassi Broadmeadow", "A-2").text
    assert "due 26 June" in shown and "12 June" not in shown, shown


def test_news_with_a_part_still_to_come_is_an_update(assistant: Assistant) -> None:
    reply = say(
        assistant, "Mayada AbuAffan", "update: a-1 - the police have done their bit, public health still to comment"
    )
    assert reply.text == "Update added to A-1: the police have done their bit, public health still to comment"
    assert assignments(assistant)[0] == ("Mayada AbuAffan", "open")  # had been closed


def test_an_agency_typed_with_a_slip_is_that_agency(assistant: Assistant) -> None:
    reply = say(assistant, "Chris Ballinger", "what's open for Dudley Counsil")
    assert reply.text.startswith("DMBC has 1 open action:")  # had been "not on the board's roster"


def test_a_bare_unit_after_the_reference_moves_by_that_unit(assistant: Assistant) -> None:
    reply = say(assistant, "Jassi Broadmeadow", "a-2 fortnight more pls")
    assert reply.text == "A-2 is now due Fri 10 July."  # had been four weeks on: the "2" of "a-2" read as fortnights


def test_closing_as_not_going_ahead_drops_the_action(assistant: Assistant) -> None:
    reply = say(assistant, "Jassi Broadmeadow", "close a-2 as not going ahead pls")
    assert reply.text == "A-2 is dropped (not going ahead): Run the training numbers audit"
    assert assignments(assistant)[1] == ("Jassi Broadmeadow", "dropped")  # had been done
