"""The forty-third round's readings as the board sees them, on both databases: "A-1 wrongly assigned to Mayada, it's
Zala's" moves A-1 to Zala (never back to Mayada); "A-2 isn't going ahead - the college pulled out on 3 April" drops
A-2 with its reason (never asks again why); "our head of service Gail Price has asked me to send her apologies"
answers that Gail Price is not a board member (never records the writer's own apologies); "back from leave today"
pauses nobody (never the writer until mid June); "the housing S11 is in draft" records it in progress (never
complete); "what has the hospital got outstanding? think a couple are mine" shows the trust's list (never the
writer's)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.conversation.assistant import Assistant
from store import db
from store.models import AuditReturn, AuditStatus
from tests.board_reads import apologies, assignments, away
from tests.test_assistant import say, with_two_actions

M = "Martine McFadden"


@pytest.fixture
def assistant(database_url: str, board_id: int) -> Assistant:
    return with_two_actions(database_url, board_id)


def test_an_action_given_in_error_goes_to_whose_it_is(assistant: Assistant) -> None:
    reply = say(assistant, M, "A-1 wrongly assigned to Mayada, it's Zala's")
    assert reply.text == "A-1 now belongs to Zala Ibrahim."  # had been "now belongs to Mayada AbuAffan"
    assert assignments(assistant)[-1] == ("Zala Ibrahim", "open")


def test_not_going_ahead_with_a_dated_reason_is_dropped(assistant: Assistant) -> None:
    reply = say(
        assistant, "Jassi Broadmeadow", "A-2 isn't going ahead - the college pulled out on 3 April. Please take it off."
    )
    assert reply.text == "A-2 is dropped (the college pulled out on 3 April): Run the training numbers audit"
    assert assignments(assistant)[1] == ("Jassi Broadmeadow", "dropped")  # had asked why, though told


def test_apologies_for_a_post_holder_named_are_never_the_writers(assistant: Assistant) -> None:
    reply = say(
        assistant,
        M,
        "Hi, our head of service Gail Price has asked me to send her apologies for the workshop - Jo Forbes will "
        "attend instead",
    )
    assert reply.text == "Gail Price is not a board member, so I can't record apologies for them."
    assert apologies(assistant) == []  # had recorded the business manager's own apologies


def test_back_from_leave_today_pauses_nobody(assistant: Assistant) -> None:
    say(assistant, "Tabetha Darman", "back from leave today - so many emails")
    assert away(assistant) == {}  # had paused Tabetha's digests until 14 June


def test_a_return_in_draft_is_in_progress(assistant: Assistant) -> None:
    reply = say(assistant, "Jo Forbes", "the housing s11 is in draft")
    assert reply.text.endswith("Updated S11 2015 for DMBC – Housing: in progress.")  # had been "complete"
    with db.transaction(assistant.database_url) as session:
        status = session.scalar(select(AuditReturn.status).where(AuditReturn.subject == "DMBC – Housing"))
    assert status is AuditStatus.IN_PROGRESS


def test_a_list_asked_of_an_agency_stays_the_agencys(assistant: Assistant) -> None:
    reply = say(assistant, "Zala Ibrahim", "what has the hospital got outstanding? think a couple are mine")
    assert reply.text.startswith("Dudley Group NHS Foundation Trust has")  # had been "You have no open actions."
