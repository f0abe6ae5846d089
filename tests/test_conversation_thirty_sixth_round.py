"""The thirty-sixth round's readings as the board sees them, on both databases: a line pasted from another meeting's
minutes with members' initials is read as those members but stored only once the writer confirms it; "no one from
the police can make …" sends every police member's apologies, and "Police will be represented … after all" withdraws
them; a drop asked after its reason keeps the reason; "can you let the board know I'm off …" is the writer's leave,
never an action for the one asked; "I'm afraid Tony Oakman won't make …" is Tony's apology, never the writer's;
"Sorry Martine - can't do …" is the writer's; another body's "action 2" is never the board's A-2; and "Martine could
you change the date on 2 …" changes A-2's date."""

from __future__ import annotations

import pytest

from bot.conversation.assistant import Assistant
from store.models import Action, Attendance
from tests.board_reads import assignments
from tests.conftest import SEED_NOW
from tests.test_assistant import count, person, say, with_two_actions

M = "Martine McFadden"


@pytest.fixture
def assistant(database_url: str, board_id: int) -> Assistant:
    return with_two_actions(database_url, board_id)


def test_initials_from_pasted_minutes_are_stored_only_once_confirmed(assistant: Assistant) -> None:
    asked = say(assistant, M, "pasting from the CDOP minutes:\nACTION: PS & ZI to liaise with the coroner on inquest "
                "timescales. Please add, due end of June")  # fmt: skip
    assert asked.text.startswith(
        "I've read PS as Pam Smith and ZI as Zala Ibrahim. Do you want me to record an action for Pam Smith and "
        "Zala Ibrahim:"
    ), asked.text
    assert not asked.stored and count(assistant, Action) == 2  # never stored on initials alone
    confirmed = assistant.resolve(person(assistant, M), asked.options[0].payload, SEED_NOW)
    assert confirmed.stored
    assert confirmed.text.startswith("Recorded A-3 for Pam Smith and Zala Ibrahim, due Tue 30 June"), confirmed.text
    assert [a[0] for a in assignments(assistant)[2:]] == ["Pam Smith", "Zala Ibrahim"]


def test_nobody_from_an_agency_is_every_member_and_represented_after_all_withdraws_them(assistant: Assistant) -> None:
    sent = say(assistant, M, "no one from the police can make the workshop")
    assert sent.text == (
        "Apologies recorded for Richard Fisher for the workshop meeting on Friday 19 June.\n"
        "Apologies recorded for Sally Holmes for the workshop meeting on Friday 19 June."
    )  # had asked which of them
    assert count(assistant, Attendance) == 2
    back = say(assistant, M, "Police will be represented at the workshop after all")
    assert back.text == (
        "Apologies withdrawn: Richard Fisher and Sally Holmes expected at the workshop meeting on Friday 19 June."
    )  # had been "West Midlands Police isn't on the board's roster"
    again = say(assistant, M, "Police will be represented at the workshop after all")
    assert not again.stored and again.text.startswith("Nobody from West Midlands Police had sent apologies")


def test_a_drop_asked_after_its_reason_keeps_the_reason(assistant: Assistant) -> None:
    reply = say(assistant, "Jassi Broadmeadow", "We've lost the funding. Can A-2 be dropped?")
    assert reply.text == "A-2 is dropped (We've lost the funding): Run the training numbers audit"  # had been shown
    assert assignments(assistant)[1] == ("Jassi Broadmeadow", "dropped")


def test_news_asked_to_be_passed_on_is_the_writers_own(assistant: Assistant) -> None:
    reply = say(assistant, "Kate McConnell", "Jassi can you let the board know I'm off from the 20th to the 29th")
    assert reply.text == "Noted: no digests or reminders until you're back after Fri 29 May. Enjoy the break."
    assert count(assistant, Action) == 2  # had been an action for Jassi


def test_someone_named_after_im_afraid_is_whose_apology_it_is(assistant: Assistant) -> None:
    told = say(assistant, "Chris Ballinger", "I'm afraid Tony Oakman won't make the July board")
    assert told.text == "Members send their own apologies: ask Tony Oakman, or the business manager."
    assert count(assistant, Attendance) == 0  # had been Chris's own apologies
    sent = say(assistant, M, "I'm afraid Tony Oakman won't make the July board")
    assert sent.text == "Apologies recorded for Tony Oakman for the board meeting on Friday 10 July."
    chair = say(assistant, "Roger Clayton", "Sorry Martine - can't do the July board, it clashes with the network")
    assert chair.text == "Apologies recorded for Roger Clayton for the board meeting on Friday 10 July."  # not Martine


def test_another_bodys_numbered_action_is_never_the_boards(assistant: Assistant) -> None:
    reply = say(assistant, "Viv Townsend", "MAPPA SMB action 2 – 'confirm the checks are completed on all cases' – log "
                "it against probation pls, end of June")  # fmt: skip
    assert reply.text.startswith("Recorded A-3 for National Probation Service, due Tue 30 June")
    assert assignments(assistant)[1] == ("Jassi Broadmeadow", "open")  # A-2 had been closed


def test_a_date_change_asked_of_the_manager_by_number(assistant: Assistant) -> None:
    reply = say(assistant, "Jassi Broadmeadow", "Martine could you change the date on 2 to the end of next month")
    assert reply.stored and "A-2" in reply.text and "30 June" in reply.text, reply.text
    assert count(assistant, Action) == 2  # had been an action for Martine
