"""The forty-fourth round's readings as the board sees them, on both databases: "A-1 - new date of 10 July please, the
printers are on leave until 3 July" moves A-1 to 10 July (never to the printers' return); "A-2 was passed to me at the
panel, it's fine, I'll do it" records nothing and moves nothing (never a new action); "A-2 can be closed, the
project was never commissioned" drops A-2 (never closes it as done); "which actions has Gary Bowen got" says he is
not on the roster (never the board's list); "scratch Mayada's apologies for the workshop" takes them back (never
records them again); "Public health will send Karen J to the workshop in place of Mayada" records Mayada's
apologies with Karen Jackson standing in (never an action for public health); "jassi's on leave but a-2 is nearly
there, HR have sent the figures" adds Jassi's update (never closes A-2); "Dudley Youth Council to comment on …" names
a body not on the roster (never the council)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.conversation.assistant import Assistant
from store import db
from store.models import Action
from tests.board_reads import apologies, apologies_with_stand_ins, assignments
from tests.test_assistant import count, say, with_two_actions

M = "Martine McFadden"


@pytest.fixture
def assistant(database_url: str, board_id: int) -> Assistant:
    return with_two_actions(database_url, board_id)


def _due(assistant: Assistant, number: int) -> str | None:
    with db.transaction(assistant.database_url) as session:
        day = session.scalar(select(Action.due).where(Action.number == number))
    return day.isoformat() if day else None


def test_a_reason_dated_otherwise_never_moves_the_action_there(assistant: Assistant) -> None:
    say(assistant, "Mayada AbuAffan", "A-1 - new date of 10 July please, the printers are on leave until 3 July")
    assert _due(assistant, 1) == "2015-07-10"  # had been 3 July, the printers' return


def test_an_action_taken_on_in_good_part_changes_nothing(assistant: Assistant) -> None:
    before = assignments(assistant)
    say(assistant, "Jassi Broadmeadow", "A-2 was passed to me at the panel, not really ours but it's fine, I'll do it")
    assert count(assistant, Action) == 2  # had recorded a third action, "A-2 was passed to me …"
    assert assignments(assistant) == before


def test_an_action_never_commissioned_is_dropped(assistant: Assistant) -> None:
    reply = say(assistant, "Jassi Broadmeadow", "A-2 can be closed, the project was never commissioned")
    assert reply.text == "A-2 is dropped (the project was never commissioned): Run the training numbers audit"
    assert assignments(assistant)[1] == ("Jassi Broadmeadow", "dropped")  # had been "done"


def test_a_stranger_named_gets_no_list(assistant: Assistant) -> None:
    reply = say(assistant, M, "which actions has Gary Bowen got")
    assert "Gary Bowen" in reply.text and "isn't on the board's roster" in reply.text  # had listed
    assert reply.actions == ()


def test_apologies_scratched_are_withdrawn(assistant: Assistant) -> None:
    say(assistant, "Mayada AbuAffan", "apologies for the workshop")
    assert apologies(assistant) == ["Mayada AbuAffan"]
    say(assistant, "Mayada AbuAffan", "scratch the hospital's apologies for the workshop, I'll be there")
    assert apologies(assistant) == []  # had recorded them again


def test_someone_sent_in_place_of_a_member_records_the_members_apologies(assistant: Assistant) -> None:
    say(assistant, M, "Public health will send Karen J to the workshop in place of Mayada")
    assert apologies_with_stand_ins(assistant) == [("Mayada AbuAffan", "Karen Jackson")]
    assert count(assistant, Action) == 2  # had recorded an action for public health


def test_news_for_an_absent_colleague_is_theirs_and_closes_nothing(assistant: Assistant) -> None:
    reply = say(assistant, M, "jassi's on leave but a-2 is nearly there, HR have sent the figures")
    assert reply.text == "Update added to A-2 from Jassi Broadmeadow: nearly there, HR have sent the figures"
    assert assignments(assistant)[1] == ("Jassi Broadmeadow", "open")  # had been closed, "sent" read as done


def test_a_body_not_on_the_roster_is_asked_about_never_recorded_unowned(assistant: Assistant) -> None:
    reply = say(assistant, M, "Dudley Youth Council to comment on the draft annual report by end of June")
    assert reply.text.startswith("Dudley Youth Council is not on the board's roster.")
    assert "DMBC" not in reply.text  # had been offered as an action for the council
    assert count(assistant, Action) == 2
