"""The forty-eighth round's readings as the board sees them, on both databases: "Pam's asking if a-1 got closed"
shows A-1 and leaves it open (had closed it); "Nicola (at court today) off until 12/6" puts Nicola on leave (had been
the writer); "Karen (police) away until 12/6" asks which Karen and puts nobody on leave (had been the writer);
"forwarding for Pam: 'please send my apologies …'" records Pam's apologies (had been the writer's); "sue asked me to
check her actions" asks which Sue (had listed the writer's own); "log one for Anne and me - no, scrap that, Viv and
me - …" records the action for Viv and the writer only (had kept Anne); "take both their apols off" with nobody
named asks whose (had answered "they isn't on the board's roster")."""

from __future__ import annotations

import pytest

from bot.conversation.assistant import Assistant
from tests.board_reads import apologies, assignments, away
from tests.test_assistant import say, with_two_actions

M = "Martine McFadden"


@pytest.fixture
def assistant(database_url: str, board_id: int) -> Assistant:
    return with_two_actions(database_url, board_id)


def test_a_question_passed_on_about_an_action_closes_nothing(assistant: Assistant) -> None:
    before = assignments(assistant)
    reply = say(assistant, M, "Pam's asking if a-1 got closed")
    assert "A-1" in reply.text
    assert assignments(assistant) == before == [("Mayada AbuAffan", "open"), ("Jassi Broadmeadow", "open")]


def test_a_name_with_an_aside_is_the_one_away(assistant: Assistant) -> None:
    say(assistant, M, "Nicola (at court today) off until 12/6")
    assert away(assistant) == {"Nicola Campbell": "2015-06-12"}  # had been Martine's own leave


def test_a_name_no_member_of_the_agency_bears_is_asked_about(assistant: Assistant) -> None:
    reply = say(assistant, M, "Karen (police) away until 12/6")
    assert "Karen Jackson" in reply.text and "Karen Palk" in reply.text  # which Karen, asked
    assert away(assistant) == {}


def test_a_message_forwarded_for_a_member_is_theirs(assistant: Assistant) -> None:
    say(assistant, M, "forwarding for Pam: 'please send my apologies for the July board'")
    assert apologies(assistant) == ["Pam Smith"]  # had been Martine's


def test_a_list_asked_for_a_shared_first_name_asks_which(assistant: Assistant) -> None:
    reply = say(assistant, "Nicki Burrows", "sue asked me to check her actions, can you list them")
    assert "Su Vincent" in reply.text and "Sue Haywood" in reply.text  # which Sue, asked
    assert not reply.actions  # never Nicki's own list


def test_a_list_of_owners_put_right_replaces_the_whole_list(assistant: Assistant) -> None:
    reply = say(assistant, M, "log one for Anne and me - no, scrap that, Viv and me - to review the ToR by 12 June")
    assert reply.stored
    assert sorted(assignments(assistant)[2:]) == [(M, "open"), ("Viv Townsend", "open")]  # had kept Anne Harris


def test_apologies_withdrawn_with_nobody_named_asks_whose(assistant: Assistant) -> None:
    say(assistant, M, "apols 10/7 for remley and annette")
    reply = say(assistant, M, "take both their apols off for 10/7")
    assert reply.text.startswith("Whose apologies should I withdraw?")  # had said "they isn't on the board's roster"
    assert apologies(assistant) == ["Annette Callear", "Remley Mann"]
