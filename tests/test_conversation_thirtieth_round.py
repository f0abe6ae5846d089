"""The thirtieth round's readings as the board sees them, on both databases: leave with no last day asks for it and
pauses nobody; a due day just past is asked about, never stored as next year's; a body not on the roster is asked
about, never recorded and never answered with the whole board's list; the business manager spoken to first never owns
the action; asking what has been done on an action closes nothing; someone covering a meeting's items is a stand-in,
not an action; news of an action named by what it is about asks which one."""

from __future__ import annotations

import pytest

from bot.conversation.assistant import Assistant
from store.models import Action
from tests.board_reads import apologies, assignments, away
from tests.test_assistant import count, say

M = "Martine McFadden"


@pytest.fixture
def assistant(database_url: str, board_id: int) -> Assistant:
    return Assistant(database_url, board_id)


def test_leave_from_a_day_asks_until_when(assistant: Assistant) -> None:
    reply = say(assistant, "Jo Forbes", "I'm on leave from 1 June")
    assert "Until when are you away?" in reply.text and not reply.stored
    assert away(assistant) == {}  # had been away until 1 June, from today
    say(assistant, "Jo Forbes", "I'm on leave from 1 June until 12 June")
    assert away(assistant) == {"Jo Forbes": "2015-06-12"}


def test_leave_until_further_notice_noted_by_the_manager_asks_the_day(assistant: Assistant) -> None:
    reply = say(
        assistant,
        M,
        "Please note Jo Forbes is on maternity leave from the end of May until further notice; Sue Haywood will cover "
        "housing items.",
    )
    assert "Until when is Jo Forbes away?" in reply.text and not reply.stored
    assert away(assistant) == {}
    assert count(assistant, Action) == 0  # had been an action for Sue Haywood


def test_a_due_day_just_past_is_asked_about(assistant: Assistant) -> None:
    reply = say(assistant, M, "Viv Townsend to circulate the MAPPA briefing note by 8 May (I know that's gone)")
    assert "has passed" in reply.text and not reply.stored  # had been stored as due 8 May 2016
    assert count(assistant, Action) == 0


def test_a_body_not_on_the_roster_is_asked_about(assistant: Assistant) -> None:
    reply = say(assistant, M, "the Health Visiting service will produce the safer sleep leaflet by end of June")
    assert "Health Visiting service" in reply.text and not reply.stored
    assert count(assistant, Action) == 0


def test_a_list_for_a_body_not_on_the_roster_is_never_everyones(assistant: Assistant) -> None:
    say(assistant, M, "Viv Townsend to send the MAPPA figures by 30 June")
    reply = say(assistant, M, "which actions are with the NSPCC?")
    assert "NSPCC" in reply.text
    assert "MAPPA" not in reply.text  # had listed the whole board's actions


def test_the_manager_spoken_to_first_is_never_the_owner(assistant: Assistant) -> None:
    reply = say(
        assistant,
        "Roger Clayton",
        "Martine, one for Jassi please – the quarterly performance report to come to QA & Comms by the 1st.",
    )
    assert reply.stored
    assert assignments(assistant) == [("Jassi Broadmeadow", "open")]  # had been Martine's


def test_asking_what_has_been_done_closes_nothing(assistant: Assistant) -> None:
    say(assistant, M, "Anne Harris to find funding for the transitions worker by 31 July")
    say(assistant, M, "Hi, could you tell me who holds A-1 now and what's been done on it? Thanks")
    say(assistant, M, "show me the history of A-1 – Roger wants to know who's done what")
    assert assignments(assistant) == [("Anne Harris", "open")]  # had been ticked off twice


def test_cover_for_a_meetings_items_is_a_stand_in(assistant: Assistant) -> None:
    say(
        assistant,
        M,
        "FW: apologies\n\n-----\nFrom: Galikowski Mike\nSent: 14 May 2015 17:42\nTo: McFadden Martine\nSubject: Sept "
        "board\n\nMartine, I'm on leave for the September board so please send my apols. Helen Ellis has kindly "
        "agreed to cover the YOS items. Mike",
    )
    assert apologies(assistant) == ["Mike Galikowski"]
    assert count(assistant, Action) == 0  # had been an action for Helen Ellis


def test_news_of_an_action_named_by_what_it_is_about_asks_which(assistant: Assistant) -> None:
    say(assistant, M, "Mayada AbuAffan to reprint the safe sleep leaflet by 30 June")
    reply = say(assistant, "Mayada AbuAffan", "re the safe sleep leaflet, printer says it'll be ready tuesday")
    assert "A-1" in reply.text and not reply.stored  # had been nothing understood


def test_leave_labelled_with_a_members_name_is_theirs(assistant: Assistant) -> None:
    say(assistant, M, "Annual leave: Jo Forbes until 5 June")
    assert away(assistant) == {"Jo Forbes": "2015-06-05"}  # had paused the business manager's digests instead
