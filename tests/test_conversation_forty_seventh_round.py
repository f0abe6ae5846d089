"""The forty-seventh round's readings as the board sees them, on both databases: 'Jo said: "I will pull together the
figures by mid June"' records Jo's action (never the writer's); "apols 10/7 for remley and annette" records both
apologies (had asked whose); a passed-on "Text from Pam: 'I am on leave until 8 June' - pls note" puts Pam on leave
(never the writer); "> anyone able to …? / yep, Jo's on it" records Jo's action; "a list of all open actions
currently with DMBC" lists DMBC's actions only; "I'm off from 1 June. Please reassign A-2 to Karen so …" asks which
Karen and moves nothing."""

from __future__ import annotations

import pytest

from bot.conversation.assistant import Assistant
from tests.board_reads import apologies, assignments, away
from tests.test_assistant import say, with_two_actions

M = "Martine McFadden"


@pytest.fixture
def assistant(database_url: str, board_id: int) -> Assistant:
    return with_two_actions(database_url, board_id)


def test_a_members_quoted_words_are_theirs(assistant: Assistant) -> None:
    reply = say(assistant, M, 'Jo said: "I will pull together the temporary accommodation figures by mid June"')
    assert reply.text.startswith("Recorded A-3 for Jo Forbes, due Mon 15 June")
    assert assignments(assistant)[2] == ("Jo Forbes", "open")  # had been Martine's


def test_apologies_dated_in_figures_for_two_members_are_both_recorded(assistant: Assistant) -> None:
    say(assistant, M, "apols 10/7 for remley and annette")
    assert sorted(apologies(assistant)) == ["Annette Callear", "Remley Mann"]  # had asked whose


def test_a_passed_on_out_of_office_is_the_senders_leave(assistant: Assistant) -> None:
    say(assistant, M, 'Text from Pam: "I am on leave until 8 June" - pls note')
    assert away(assistant) == {"Pam Smith": "2015-06-08"}  # had been Martine's own leave


def test_a_reply_naming_who_is_on_it_records_their_action(assistant: Assistant) -> None:
    reply = say(assistant, "Merlin Joseph", "> anyone able to look at the escalation policy wording?\nyep, Jo's on it")
    assert reply.text.startswith("Recorded A-3 for Jo Forbes")
    assert assignments(assistant)[2] == ("Jo Forbes", "open")  # had been Merlin's


def test_all_actions_with_one_agency_lists_only_theirs(assistant: Assistant) -> None:
    say(assistant, M, "Jassi Broadmeadow to check the LADO figures by 26 June")  # A-3, Children Safeguarding
    asked = "could you send me a list of all open actions currently with Public Health?"
    reply = say(assistant, "Roger Clayton", asked)
    assert [a.ref for a in reply.actions] == ["A-1"]  # Mayada's, never the whole board's three


def test_a_reassignment_to_a_first_name_two_members_share_asks_and_moves_nothing(assistant: Assistant) -> None:
    before = assignments(assistant)
    reply = say(assistant, M, "I'm off from 1 June. Please reassign A-2 to Karen so the audit isn't held up.")
    assert "Karen Jackson" in reply.text and "Karen Palk" in reply.text  # which Karen, asked
    assert assignments(assistant) == before
