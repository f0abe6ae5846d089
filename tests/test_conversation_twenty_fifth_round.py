"""The twenty-fifth round's readings as the board sees them, on both databases: the chair's absence told by the
member who will chair in his place is the chair's to send, never the writer's own apologies (the business manager
records it, with that member standing in); work relayed for a member that names its own owner is recorded for that
owner; an agency's apologies naming its member by a first name two members share are that member's; a request sent
and awaiting a reply is news on the action, which stays open; a question whether an action was handed over moves
nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from bot.conversation.assistant import Assistant
from store import db
from store.models import Action, Assignment, AssignmentStatus
from tests.board_reads import apologies_with_stand_ins
from tests.test_assistant import say

M = "Martine McFadden"


@pytest.fixture
def assistant(database_url: str, board_id: int) -> Assistant:
    return Assistant(database_url, board_id)


def _owners(assistant: Assistant) -> list[tuple[int, list[str]]]:
    """Every action's number and the names its owners are recorded under."""
    with db.transaction(assistant.database_url) as session:
        result = []
        for action in session.scalars(select(Action).order_by(Action.number)):
            names = session.scalars(select(Assignment).where(Assignment.action_id == action.id))
            result.append((action.number, sorted(a.owner_name for a in names)))
        return result


def test_the_chairs_absence_told_by_his_stand_in_is_the_chairs(assistant: Assistant) -> None:
    reply = say(assistant, "Merlin Joseph", "Roger won't be able to make Monday's audit panel so I'll chair it")
    assert apologies_with_stand_ins(assistant) == []  # had recorded the writer's own apologies
    assert "Roger Clayton" in reply.text and not reply.stored  # his to send, or the business manager's
    said = say(assistant, M, "Roger won't be able to make Monday's audit panel so Merlin will chair it")
    assert said.stored
    assert apologies_with_stand_ins(assistant) == [("Roger Clayton", "Merlin Joseph")]


def test_relayed_work_naming_its_owner_is_that_owners(assistant: Assistant) -> None:
    reply = say(
        assistant, M, "Jo asked me to log this for her: housing to review temporary accommodation placements by 30 June"
    )
    assert reply.stored
    with db.transaction(assistant.database_url) as session:
        action = session.scalars(select(Action)).one()
        assert action.due == dt.date(2015, 6, 30)
    owners = _owners(assistant)
    assert len(owners) == 1 and "Jo Forbes" not in owners[0][1]  # housing's, never Jo's


def test_an_agency_apology_by_a_shared_first_name_is_its_members(assistant: Assistant) -> None:
    say(assistant, M, "the CCG sends apols for the July board - Su is on a course that day")
    assert [name for name, _ in apologies_with_stand_ins(assistant)] == ["Su Vincent"]  # never Sue Haywood


def test_a_request_awaiting_a_reply_is_news_and_the_action_stays_open(assistant: Assistant) -> None:
    say(assistant, M, "Karen Jackson to request the regional CDOP data by 29 May")
    reply = say(assistant, "Karen Jackson", "a-1 cdop data request sent to the region, awaiting reply")
    assert reply.stored
    with db.transaction(assistant.database_url) as session:
        assert [a.status for a in session.scalars(select(Assignment))] == [AssignmentStatus.OPEN]
    shown = say(assistant, "Karen Jackson", "A-1")
    assert "awaiting reply" in shown.text  # the news, in the action's history
    listed = say(assistant, "Karen Jackson", "what do I owe?")
    assert [view.ref for view in listed.actions] == ["A-1"]


def test_asking_whether_an_action_was_handed_over_moves_nothing(assistant: Assistant) -> None:
    say(assistant, M, "Richard Fisher to share the missing episodes data by 29 May")
    say(assistant, M, "did rich ever hand a-1 over to the PPU? show me pls")
    assert _owners(assistant) == [(1, ["Richard Fisher"])]
