"""The forty-fifth round's readings as the board sees them, on both databases: "all of Jassi's actions to Pam Smith
while he's off" asks which action (never lists Jassi's, never moves any); a thread reply "yep the police will cover
it" to "> Can someone take the leaflet reprint?" records the police's action (never the writer's); "sending Pam
Smith's apologies for the July board" records Pam's apologies (never the manager's with Pam attending for her); a
lower-case sentence "pam to confirm who's attending by monday please. I'll email them as well" records Pam's action
(never the manager's "email them as well")."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.conversation.assistant import Assistant
from store import db
from store.models import Action
from tests.board_reads import apologies_with_stand_ins, assignments
from tests.test_assistant import count, say, with_two_actions

M = "Martine McFadden"


def _due(assistant: Assistant, number: int) -> str | None:
    with db.transaction(assistant.database_url) as session:
        day = session.scalar(select(Action.due).where(Action.number == number))
    return day.isoformat() if day else None


@pytest.fixture
def assistant(database_url: str, board_id: int) -> Assistant:
    return with_two_actions(database_url, board_id)


def test_all_of_a_members_actions_given_to_another_asks_which(assistant: Assistant) -> None:
    before = assignments(assistant)
    reply = say(assistant, M, "all of jassi's actions to pam smith while he's off pls")
    assert reply.text.startswith("Which action do you mean?")  # had listed Jassi's actions
    assert assignments(assistant) == before


def test_work_the_police_take_on_in_a_thread_is_theirs(assistant: Assistant) -> None:
    reply = say(
        assistant, "Su Vincent", "> Can someone take the leaflet reprint?\n\nyep the police will cover it. end of June?"
    )
    assert reply.text == "Recorded A-3 for West Midlands Police, due Tue 30 June: Take the leaflet reprint"
    assert assignments(assistant)[2] == ("West Midlands Police", "open")  # had been Su Vincent's


def test_apologies_sent_for_a_named_member_are_hers(assistant: Assistant) -> None:
    say(assistant, M, "sending Pam Smith's apologies for the July board")
    assert apologies_with_stand_ins(assistant) == [("Pam Smith", None)]  # had been the manager's, Pam attending


def test_an_action_in_a_lower_case_sentence_is_its_owners(assistant: Assistant) -> None:
    text = (
        "they want a named lead for the panel. pam to confirm who's attending by monday please. I'll email them as well"
    )
    reply = say(assistant, M, text)
    assert reply.text == "Recorded A-3 for Pam Smith, due Mon 18 May: Confirm who's attending"  # had been the manager's
    assert count(assistant, Action) == 3


def test_a_question_whether_an_action_is_live_closes_nothing(assistant: Assistant) -> None:
    reply = say(
        assistant, "Jassi Broadmeadow", "quick q – is A-2 still live? Pam thought it was closed at the March board."
    )
    assert reply.text.startswith("A-2")  # the action shown
    assert assignments(assistant)[1] == ("Jassi Broadmeadow", "open")  # had been closed


def test_all_of_ones_actions_moved_at_once_asks_which_and_moves_none(assistant: Assistant) -> None:
    reply = say(assistant, "Jassi Broadmeadow", "can all my actions be pushed back a fortnight? sorry, family stuff")
    assert reply.text.startswith("Which action do you mean?")  # had listed his actions
    assert _due(assistant, 2) == "2015-06-26"


def test_a_survey_closed_is_news_and_closes_nothing(assistant: Assistant) -> None:
    reply = say(assistant, M, "On behalf of Jassi – A-2: the survey closed yesterday, 40 responses received.")
    assert "add this update to A-2" in reply.text  # asked to confirm; had closed A-2
    assert assignments(assistant)[1] == ("Jassi Broadmeadow", "open")


def test_a_stand_in_no_longer_needed_withdraws_the_writers_apologies(assistant: Assistant) -> None:
    say(assistant, "Roger Clayton", "apologies for the workshop, Merlin will cover for me")
    assert [name for name, _ in apologies_with_stand_ins(assistant)] == ["Roger Clayton"]
    say(assistant, "Roger Clayton", "Merlin no longer needs to cover for me at the workshop")
    assert apologies_with_stand_ins(assistant) == []  # had recorded Merlin's apologies
