"""The twenty-ninth round's readings as the board sees them, on both databases: a part ticked off for a first name two
members share asks whose and ticks off nobody (never the writer's part); work the writer's agency takes on "we" is
the agency's; leave passed on for someone else is never the writer's; "apologies for the radio silence" sends no
apologies; "Sally will miss the deadline" records nothing; the work, then "can we give that to Su Vincent?", is Su's;
someone freed from what kept them away is taken off the apologies."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.conversation.assistant import Assistant
from store import db
from store.models import Action
from tests.board_reads import apologies, assignments, away
from tests.test_assistant import count, say

M = "Martine McFadden"


@pytest.fixture
def assistant(database_url: str, board_id: int) -> Assistant:
    return Assistant(database_url, board_id)


def test_a_part_done_for_a_name_two_members_share_asks_whose(assistant: Assistant) -> None:
    say(assistant, M, "Nicki Burrows, Nicola Campbell and Martine McFadden to refresh the DBS guidance by 30 June")
    reply = say(assistant, M, "Nicki's bit of a-1 is done - the guidance has gone out")
    assert "Nicki Burrows" in reply.text and "Nicola Campbell" in reply.text  # asked which Nicki
    assert assignments(assistant) == [  # had ticked off the business manager's own part
        ("Nicki Burrows", "open"),
        ("Nicola Campbell", "open"),
        ("Martine McFadden", "open"),
    ]


def test_work_the_writers_agency_takes_on_is_the_agencys(assistant: Assistant) -> None:
    reply = say(assistant, "Richard Fisher", "we'll pick that up for police – CSE problem profile refresh, end of july")
    assert reply.stored
    assert assignments(assistant) == [("West Midlands Police", "open")]  # had been Richard's alone


def test_leave_passed_on_for_someone_else_is_never_the_writers(assistant: Assistant) -> None:
    say(
        assistant,
        "Zala Ibrahim",
        "Heads up - Pam's on leave from Tues so she's asked me to tell you she's away till the 1st",
    )
    assert "Zala Ibrahim" not in away(assistant)  # had put the writer on leave until 1 June


def test_sorry_for_the_silence_sends_noapologies(assistant: Assistant) -> None:
    say(
        assistant,
        "Marie Hunter",
        "Hi all, apologies for the radio silence – Ofsted at one school! Good news though: Netherton Park Primary "
        "have now returned their S175. Marie",
    )
    assert apologies(assistant) == []  # had been her apologies for the July board


def test_missing_a_deadline_records_nothing_new(assistant: Assistant) -> None:
    say(assistant, M, "Sally Holmes to send the missing children figures by 29 May")
    say(assistant, M, "Sally will miss the deadline for a-1")
    assert count(assistant, Action) == 1  # never a new action "Miss the deadline", never her apologies
    assert apologies(assistant) == []


def test_the_work_then_who_to_give_it_to_is_theirs(assistant: Assistant) -> None:
    reply = say(
        assistant,
        M,
        "Sandra from the CCG says the GP audit tool needs piloting – can we give that to Su Vincent, end of June?",
    )
    assert reply.stored
    assert assignments(assistant) == [("Su Vincent", "open")]  # had asked about a "Sandra"


def test_someone_freed_from_what_kept_them_away_is_off_theapologies(assistant: Assistant) -> None:
    say(assistant, "Mike Galikowski", "apols for monday's panel, on a course")
    assert apologies(assistant) == ["Mike Galikowski"]
    say(assistant, M, "mike g is back from his course early so he'll be at the panel on mon")
    assert apologies(assistant) == []


def test_taking_an_apology_off_for_a_named_meeting_takes_it_off(assistant: Assistant) -> None:
    say(assistant, "Tabetha Darman", "apologies for the September board please")
    assert apologies(assistant) == ["Tabetha Darman"]
    say(assistant, "Tabetha Darman", "Please take my apology for the 11 Sept board off the list – I'll be there.")
    assert apologies(assistant) == []  # had been read as sending the apology again


def test_a_paper_that_wont_make_the_board_sends_noapologies(assistant: Assistant) -> None:
    say(assistant, "Jassi Broadmeadow", "the report won't make the July board")
    say(assistant, "Jassi Broadmeadow", "the report is not going to make the July board")
    assert apologies(assistant) == []  # had been the writer's apologies for July


def test_done_with_a_thanks_for_pushing_it_through_keeps_its_date(assistant: Assistant) -> None:
    say(assistant, M, "Jo Forbes to take the care leavers protocol to Cabinet by 30 June")
    say(
        assistant,
        "Jo Forbes",
        "Hi Martine, Just to confirm A-1 is complete - the care leavers protocol went to Cabinet on Tuesday and was "
        "approved (thanks to Tony for pushing it through!). Best, Jo",
    )
    with db.transaction(assistant.database_url) as session:
        action = session.scalars(select(Action)).one()
        assert action.due is not None and action.due.isoformat() == "2015-06-30"  # had been moved to Tuesday
    assert assignments(assistant) == [("Jo Forbes", "done")]


def test_news_said_of_an_action_is_an_update_not_a_new_action(assistant: Assistant) -> None:
    say(assistant, M, "Anne Harris to find funding for the transitions worker by 31 July")
    reply = say(assistant, M, "Anne says re A-1: adult safeguarding have agreed to co-fund the transitions worker")
    assert reply.stored
    assert count(assistant, Action) == 1  # had been a second action for Adult Safeguarding
