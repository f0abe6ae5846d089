"""The thirty-ninth round's readings as the board sees them, on both databases: "Round-up of apologies for the
September board: Pam is on annual leave, Julie has …" records each of theirs (never the writer's); "apologies from me
… Helen also can't make it" records the writer's and asks Helen for hers; "would the 29th be ok for a-1?" moves A-1
(never only shows it); "Pam asked if I could put an action in for her – …" records Pam's action (never the writer's
list); "apols from tabbie …" says tabbie is not on the board (never the writer's apology); "… was due 30 april so asap
now" is as soon as possible (never a date already past); "lol no worries, I'll chase him" records nothing; "Martine,
could you pull off Jassi's open actions before I see her on Thursday?" is Jassi's list (never an action of
Martine's)."""

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


def test_apologies_told_as_a_story_record_each_one_named(assistant: Assistant) -> None:
    reply = say(
        assistant,
        M,
        "Round-up of apologies for the September board: Pam is on annual leave, Julie has an inspection and Remley "
        "is at a college event.",
    )
    assert reply.text == (
        "Apologies recorded for Pam Smith for the board meeting on Friday 11 September.\n"
        "Apologies recorded for Julie Winpenny for the board meeting on Friday 11 September.\n"
        "Apologies recorded for Remley Mann for the board meeting on Friday 11 September."
    )
    assert apologies(assistant) == ["Julie Winpenny", "Pam Smith", "Remley Mann"]  # had been the writer's


def test_someone_away_too_is_asked_to_send_their_own(assistant: Assistant) -> None:
    reply = say(
        assistant,
        "Annette Callear",
        "cant do monday. ditto remley, hes at an open evening",
    )
    assert reply.text == (
        "Members send their own apologies: ask Remley Mann, or the business manager.\n"
        "Apologies recorded for Annette Callear for the audit panel meeting on Monday 18 May."
    )
    assert apologies(assistant) == ["Annette Callear"]  # had asked whose they were


def test_a_new_date_asked_before_the_reference_moves_the_action(assistant: Assistant) -> None:
    reply = say(assistant, "Mayada AbuAffan", "would the 29th be ok for a-1?")
    assert reply.text == "A-1 is now due Fri 29 May."  # had been a look at A-1


def test_an_action_put_in_for_someone_who_asked_is_theirs(assistant: Assistant) -> None:
    reply = say(
        assistant,
        "Zala Ibrahim",
        "Pam asked if I could put an action in for her - chase the GP leads for the audit by end of June",
    )
    assert reply.text == "Recorded A-3 for Pam Smith, due Tue 30 June: Chase the GP leads for the audit"
    assert assignments(assistant)[2] == ("Pam Smith", "open")  # had been the writer's own list


def test_apologies_from_a_name_nobody_holds_are_never_the_writers(assistant: Assistant) -> None:
    reply = say(
        assistant,
        "Jassi Broadmeadow",
        "apols from tabbie for the july board, she's sending her deputy Lisa Grainger",
    )
    assert reply.text == "tabbie is not a board member, so I can't record apologies for them."
    assert count(assistant, Attendance) == 0  # had been the writer's apology


def test_a_date_it_was_due_is_never_the_new_one(assistant: Assistant) -> None:
    reply = say(assistant, M, "Jo to send the housing data - was due 30 april so asap now please")
    assert reply.text == "Recorded A-3 for Jo Forbes, as soon as possible: Send the housing data"


def test_a_reply_with_only_a_pronoun_to_chase_records_nothing(assistant: Assistant) -> None:
    reply = say(assistant, "Marie Hunter", "lol no worries, I'll chase him")
    assert reply.text.startswith("I'm not sure what you'd like me to do with that")
    assert count(assistant, Action) == 2  # had been an action "Chase him"


def test_a_list_pulled_off_for_the_chair_is_the_list(assistant: Assistant) -> None:
    reply = say(
        assistant,
        "Roger Clayton",
        "Martine, could you pull off Mayada's open actions before I see her on Thursday? Roger",
    )
    assert reply.text.startswith("Mayada AbuAffan has 1 open action")
    assert count(assistant, Action) == 2  # had been an action of the business manager's
