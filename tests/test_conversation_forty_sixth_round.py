"""The forty-sixth round's readings as the board sees them, on both databases: "I'll get Chris to send the report round
by Friday" records Chris's action (never the writer's); "log this for Helen please, she caught me at the panel:
Police to circulate …" records the police's action (never Helen's); "Jo and Viv are free now - can she have A-2?" asks
which of them (nothing moves); "can all of Mayada's actions go to Zala?" asks which action (nothing moves); "a-2 should
be Kate's - sorry, Karen's. Karen Jackson." gives A-2 to Karen Jackson (never Kate); "Mike G to bring the YOS
figures for the 10th" is due at the board on 10 July."""

from __future__ import annotations

import pytest

from bot.conversation.assistant import Assistant
from tests.board_reads import assignments
from tests.test_assistant import say, with_two_actions
from tests.test_conversation_forty_fifth_round import _due

M = "Martine McFadden"


@pytest.fixture
def assistant(database_url: str, board_id: int) -> Assistant:
    return with_two_actions(database_url, board_id)


def test_work_the_writer_gets_someone_to_do_is_theirs(assistant: Assistant) -> None:
    reply = say(assistant, "Tony Oakman", "I'll get Chris to send the LADO annual report round by Friday")
    assert reply.text == "Recorded A-3 for Chris Ballinger, due Fri 22 May: Send the LADO annual report round"
    assert assignments(assistant)[2] == ("Chris Ballinger", "open")  # had been Tony's "Get Chris to send …"


def test_an_action_logged_for_someone_after_what_they_said_is_its_owners(assistant: Assistant) -> None:
    text = "Log this for Helen please, she caught me at the panel: Police to circulate the new pathway by end of June"
    reply = say(assistant, M, text)
    assert reply.text.startswith("Recorded A-3 for West Midlands Police, due Tue 30 June")
    assert assignments(assistant)[2] == ("West Midlands Police", "open")  # had been Helen Ellis's


def test_she_with_two_people_named_asks_which_and_moves_nothing(assistant: Assistant) -> None:
    before = assignments(assistant)
    reply = say(assistant, M, "Jo and Viv are free now - can she have A-2?")
    assert "Jo Forbes" in reply.text and "Viv Townsend" in reply.text  # which of them, asked
    assert assignments(assistant) == before


def test_one_members_actions_given_to_another_asks_which_and_moves_none(assistant: Assistant) -> None:
    before = assignments(assistant)
    reply = say(assistant, M, "can all of Mayada's actions go to Zala while she's away?")
    assert reply.text.startswith("Which action do you mean?")  # had listed Mayada's and Zala's actions
    assert assignments(assistant) == before


def test_a_name_put_right_after_sorry_is_the_new_owner(assistant: Assistant) -> None:
    reply = say(assistant, M, "a-2 should be Kate's - sorry, Karen's. Karen Jackson.")
    assert reply.text == "A-2 now belongs to Karen Jackson."  # had gone to Kate McConnell
    assert assignments(assistant)[1:] == [("Jassi Broadmeadow", "dropped"), ("Karen Jackson", "open")]


def test_work_for_the_tenth_is_due_at_the_board_that_day(assistant: Assistant) -> None:
    say(assistant, M, "Mike G to bring the YOS reoffending figures for the 10th")
    assert _due(assistant, 3) == "2015-07-10"  # had been 10 June
