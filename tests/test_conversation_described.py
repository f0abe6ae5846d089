"""Edits to an action named by what it is about ("tick off the escalation policy action") are asked about, each
choice the message again with its reference, and nothing changes until one is picked; updates passed on from a
member are kept as theirs in the history. Both databases."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.conversation.assistant import Assistant
from store.models import Event
from tests.conftest import SEED_NOW
from tests.test_assistant import count, person, say

LATER = SEED_NOW + dt.timedelta(minutes=1)
M = "Martine McFadden"


@pytest.fixture
def assistant(database_url: str, board_id: int) -> Assistant:
    board = Assistant(database_url, board_id)
    say(board, M, "Tabetha Darman to refresh the escalation policy by 26 June")
    say(board, M, "Pam Smith to update the maternity flowchart by 12 June")
    say(board, M, "Jo Forbes to send the housing figures to Merlin by 5 June")
    return board


def test_a_described_edit_asks_which_action_and_changes_nothing(assistant: Assistant) -> None:
    before = count(assistant, Event)
    asked = say(assistant, M, "Could you transfer the escalation policy action to Nicki Burrows, please?")
    assert asked.text == "Do you mean A-1: Refresh the escalation policy?"
    assert [o.label for o in asked.options] == ["A-1: Refresh the escalation policy", "Cancel"]
    assert not asked.stored and count(assistant, Event) == before
    moved = say(assistant, M, "yes", LATER)  # a lone choice is taken by "yes", as a button would
    assert moved.text == "A-1 now belongs to Nicki Burrows."


def test_each_kind_of_described_edit_reaches_its_use_case(assistant: Assistant) -> None:
    redated = say(
        assistant, "Pam Smith", "Can we change the deadline on the maternity flowchart action to end of July?"
    )
    assert redated.options and redated.options[0].label.startswith("A-2")
    done = assistant.resolve(person(assistant, "Pam Smith"), redated.options[0].payload, LATER)
    assert done.text == "A-2 is now due Fri 31 July."
    dropped = say(assistant, M, "I would like to withdraw the action about the housing figures; Merlin has them now.")
    picked = assistant.resolve(person(assistant, M), dropped.options[0].payload, LATER)
    assert picked.text.startswith("A-3 is dropped (Merlin has them now)")


def test_a_description_that_fits_nothing_asks_for_the_reference(assistant: Assistant) -> None:
    reply = say(assistant, M, "please tick off the bus timetable action")
    assert "A-" not in reply.text.split("Please give")[0] or reply.text.startswith("I couldn't tell")
    assert not reply.stored


def test_an_update_passed_on_from_a_member_is_kept_as_theirs(assistant: Assistant) -> None:
    added = say(assistant, M, "update on A-3 from Jo: figures are with the analyst")
    assert added.text == "Update added to A-3 from Jo Forbes: figures are with the analyst"
    shown = say(assistant, M, "show A-3", LATER)
    assert "Martine McFadden (from Jo Forbes): figures are with the analyst" in shown.text
