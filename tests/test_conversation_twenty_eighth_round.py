"""The twenty-eighth round's readings as the board sees them, on both databases: what someone phoned in is theirs
(their action, their apologies with their stand-in), never the business manager's; a record asked for someone "as
hers" is hers; work that "won't get done" for want of time stays open; a correction that leaves fewer owners than
written asks whose it is and records nothing; an action closed because it duplicates another is dropped with that
reason, never ticked off as done; apologies someone has seen, rather than sent, change nothing; and "it was due 30
april" is history, never a new date."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from bot.conversation.assistant import Assistant
from store import db
from store.models import Action, Assignment, AssignmentStatus
from tests.board_reads import apologies_with_stand_ins
from tests.test_assistant import count, say

M = "Martine McFadden"


@pytest.fixture
def assistant(database_url: str, board_id: int) -> Assistant:
    return Assistant(database_url, board_id)


def _owners(assistant: Assistant) -> list[str]:
    with db.transaction(assistant.database_url) as session:
        return [a.owner_name for a in session.scalars(select(Assignment).order_by(Assignment.id))]


def _statuses(assistant: Assistant) -> list[str]:
    with db.transaction(assistant.database_url) as session:
        return [a.status.value for a in session.scalars(select(Assignment).order_by(Assignment.id))]


def test_work_someone_phoned_in_is_theirs(assistant: Assistant) -> None:
    reply = say(assistant, M, "Richard rang this morning, he's agreed to pull together the police data for July")
    assert reply.stored
    assert _owners(assistant) == ["Richard Fisher"]  # had been read as nothing at all


def test_apologies_someone_phoned_in_are_theirs_with_their_stand_in(assistant: Assistant) -> None:
    reply = say(assistant, M, "Tony rang - he's stuck at a DfE thing on monday so sends apols. Chris B will go instead")
    assert reply.stored
    assert apologies_with_stand_ins(assistant) == [("Tony Oakman", "Chris Ballinger")]  # had named nobody


def test_a_record_asked_for_as_hers_is_hers(assistant: Assistant) -> None:
    reply = say(assistant, M, "Tabs has asked me to log the threshold document review as hers, end of June.")
    assert reply.stored
    assert _owners(assistant) == ["Tabetha Darman"]  # had been the business manager's own


def test_work_that_wont_get_done_stays_open(assistant: Assistant) -> None:
    say(assistant, M, "Pam Smith to audit the discharge letters by 29 May")
    say(assistant, "Pam Smith", "a-1 won't get done, we've no capacity")
    assert _statuses(assistant) == [AssignmentStatus.OPEN.value]  # had been ticked off as done


def test_fewer_owners_than_written_asks_whose_it_is(assistant: Assistant) -> None:
    reply = say(
        assistant,
        "Zala Ibrahim",
        "please add: Zala and Pam to reissue the ED flowchart by fri. not Pam actually, just me, she's off",
    )
    assert not reply.stored
    assert count(assistant, Action) == 0  # had been recorded for both


def test_closing_a_duplicate_drops_it_with_the_reason(assistant: Assistant) -> None:
    say(assistant, M, "Anne Harris to map the adult DV referrals by 30 June")
    say(assistant, M, "Anne Harris to map adult and child DV referrals by 30 June")
    reply = say(assistant, M, "Anne asked me to close a-1 as it's duplicated by a-2")
    assert reply.stored
    assert _statuses(assistant) == [AssignmentStatus.DROPPED.value, AssignmentStatus.OPEN.value]  # had been done


def test_apologies_seen_change_nothing(assistant: Assistant) -> None:
    reply = say(assistant, "Su Vincent", "I see Pam's put apologies in for July, shame as her item is on the agenda")
    assert not reply.stored
    assert apologies_with_stand_ins(assistant) == []  # had been Su's own apologies
    assert count(assistant, Action) == 0


def test_the_date_a_wedding_moved_to_is_not_the_meeting(assistant: Assistant) -> None:
    say(assistant, "Karen Palk", "apologies for the July board, family wedding")
    assert apologies_with_stand_ins(assistant) == [("Karen Palk", None)]
    reply = say(
        assistant,
        "Karen Palk",
        "wedding's been moved to the Saturday so I can come to the July board, please take my apols off",
    )
    assert reply.stored
    assert apologies_with_stand_ins(assistant) == []  # had looked for a meeting on Saturday 16 May


def test_a_phoned_in_action_keeps_its_own_date(assistant: Assistant) -> None:
    """The phoned-in action keeps its own date: the day it was phoned is no deadline."""
    say(assistant, M, "I spoke to Nicola this morning, Cafcass will send the private law case sample by the 1st")
    with db.transaction(assistant.database_url) as session:
        assert session.scalars(select(Action.due)).one() == dt.date(2015, 6, 1)


def test_when_it_was_due_is_history_not_a_new_date(assistant: Assistant) -> None:
    say(assistant, M, "Chris Ballinger to send the BI figures by 30 April", now=dt.datetime(2015, 4, 1, 9, 30))
    reply = say(assistant, "Chris Ballinger", "a-1 - it was due 30 april so it's overdue already, still waiting on BI")
    assert reply.stored  # the news is kept as an update
    with db.transaction(assistant.database_url) as session:
        assert session.scalars(select(Action.due)).one() == dt.date(2015, 4, 30)  # had moved to 30 April 2016
