"""The thirty-eighth round's readings as the board sees them, on both databases: "apols for mon: Tabetha (BCPFT),
Nicki (DCVS)" records both, never the first alone; "Tony's asked me to go to monday's panel instead of him" is Tony's
apology, which only he or the business manager sends (never "not understood"); "Mayada and myself will both be at …"
records the writer's and asks Mayada for hers; "overdue ones for all members please, I'll do the chasing" is the list,
never an action "Do the chasing"; "a-2 went past its date, sign off meeting got cancelled - end of the month ok?"
moves the date, never drops the action; "Mayada's finished action 1 - she asked me to let you know" closes her part;
"… for my meeting with Merlin" from the chair is the board's list, never the chair's own."""

from __future__ import annotations

import pytest

from bot.conversation.assistant import Assistant
from store.models import Action, Attendance
from tests.board_reads import apologies, assignments
from tests.test_assistant import count, say, with_two_actions

M = "Martine McFadden"


@pytest.fixture
def assistant(database_url: str, board_id: int) -> Assistant:
    return with_two_actions(database_url, board_id)


def test_a_list_of_apologies_records_each_one(assistant: Assistant) -> None:
    reply = say(assistant, M, "apols for mon: Tabetha (BCPFT), Nicki (DCVS)")
    assert reply.text == (
        "Apologies recorded for Tabetha Darman for the audit panel meeting on Monday 18 May.\n"
        "Apologies recorded for Nicki Burrows for the audit panel meeting on Monday 18 May."
    )
    assert apologies(assistant) == ["Nicki Burrows", "Tabetha Darman"]  # had been Tabetha's alone


def test_a_stand_in_asked_by_the_one_away_is_their_apology_sent_by_them(assistant: Assistant) -> None:
    reply = say(
        assistant,
        "Chris Ballinger",
        "Tony's asked me to go to monday's panel instead of him, he's got the Ofsted feedback",
    )
    assert reply.text == "Members send their own apologies: ask Tony Oakman, or the business manager."
    assert count(assistant, Attendance) == 0  # had been "not understood"; nobody's apology is recorded for Tony


def test_two_people_away_together_is_both_of_theirs(assistant: Assistant) -> None:
    reply = say(
        assistant,
        "Karen Jackson",
        "Mayada and myself will both be at the regional CDOP on Monday so apologies for the panel",
    )
    assert reply.text == (
        "Apologies recorded for Karen Jackson for the audit panel meeting on Monday 18 May.\n"
        "Members send their own apologies: ask Mayada AbuAffan, or the business manager."
    )
    assert apologies(assistant) == ["Karen Jackson"]  # had asked whose they were


def test_a_list_asked_before_the_writers_plan_is_the_list(assistant: Assistant) -> None:
    reply = say(assistant, M, "overdue ones for all members please, i'll do the chasing")
    assert reply.text == "all members has no overdue actions."
    assert count(assistant, Action) == 2  # had been an action of the business manager's: "Do the chasing"


def test_an_event_called_off_is_why_a_date_moves_never_a_drop(assistant: Assistant) -> None:
    reply = say(assistant, M, "a-2 went past its 30 april date, sign off meeting got cancelled - end of the month ok?")
    assert reply.text == "A-2 is now due Sun 31 May."
    assert assignments(assistant)[1] == ("Jassi Broadmeadow", "open")  # had been dropped


def test_someone_elses_work_finished_is_closed_for_them(assistant: Assistant) -> None:
    reply = say(assistant, M, "Mayada's finished action 1 - she asked me to let you know")
    assert reply.text == "Marked Mayada AbuAffan's part of A-1 as done; the action is now closed."
    assert assignments(assistant)[0] == ("Mayada AbuAffan", "done")  # had been Mayada's list


def test_a_board_list_for_the_chairs_meeting_is_the_boards(assistant: Assistant) -> None:
    reply = say(
        assistant,
        "Roger Clayton",
        "send list of open actions across the whole board please, for my meeting with Merlin",
    )
    assert reply.text.startswith(
        "The board has 2 open actions"
    )  # had been the chair's own: "You have no open actions."


def test_apologies_withdrawn_for_several_at_once_each_one_the_writer_may_act_for(assistant: Assistant) -> None:
    say(assistant, M, "apologies for monday from Anne Harris, Mayada AbuAffan and Remley Mann")
    reply = say(assistant, M, "remove apols for anne h, mayada and remley for monday - all three are coming now")
    assert reply.text == (
        "Apologies withdrawn: Anne Harris is expected at the audit panel meeting on Monday 18 May.\n"
        "Apologies withdrawn: Mayada AbuAffan is expected at the audit panel meeting on Monday 18 May.\n"
        "Apologies withdrawn: Remley Mann is expected at the audit panel meeting on Monday 18 May."
    )
    assert apologies(assistant) == []  # had been Anne's alone
    say(assistant, M, "apologies for the workshop from Tony Oakman and Chris Ballinger")
    mixed = say(
        assistant, "Tony Oakman", "Chris and I are now free for the workshop on the 19th, so our apologies can go"
    )
    assert mixed.text == (
        "Members withdraw their own apologies: ask Chris Ballinger, or the business manager.\n"
        "Apologies withdrawn: you're expected at the workshop meeting on Friday 19 June."
    )
    assert apologies(assistant) == ["Chris Ballinger"]  # his to withdraw, never the writer's
