"""The twenty-seventh round's readings as the board sees them, on both databases: the chair asking the business manager
to pull up the overdue list gets the list, never an action recorded for her; a member's "I'm on leave" quoted by the
business manager is that member's leave, never hers; an owner whose action "won't be done today" asks for a new
date and keeps the action open; an agency's apologies that say "neither of us can make it" are the writer's too (the
colleague's are theirs to send); and closing an action because what it was for is gone drops it with that reason,
never ticks it off as done; a list asked for words that name nobody is asked about before the whole board's is
shown; and a reassignment that names nobody asks whom, changing nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from bot.conversation.assistant import Assistant
from store import db
from store.models import Action, Assignment, AssignmentStatus, Attendance, AttendanceStatus, Member
from tests.test_assistant import count, say

M = "Martine McFadden"


@pytest.fixture
def assistant(database_url: str, board_id: int) -> Assistant:
    return Assistant(database_url, board_id)


def _statuses(assistant: Assistant) -> list[str]:
    with db.transaction(assistant.database_url) as session:
        return [a.status.value for a in session.scalars(select(Assignment).order_by(Assignment.id))]


def test_the_manager_asked_to_pull_up_the_overdue_list_shows_it(assistant: Assistant) -> None:
    say(assistant, M, "Jo Forbes to send the void list by 12 May", now=dt.datetime(2015, 5, 1, 9, 30))
    reply = say(
        assistant,
        "Roger Clayton",
        "Martine, can you pull up everything overdue on the tracker before I meet the DCS this afternoon?",
    )
    assert [view.ref for view in reply.actions] == ["A-1"]
    assert count(assistant, Action) == 1  # had been a new action for the business manager


def test_a_quoted_leave_is_its_senders_never_the_writers(assistant: Assistant) -> None:
    assert say(assistant, M, 'from Kate: "I\'m off from 3rd june for two weeks"').stored
    with db.transaction(assistant.database_url) as session:
        rows = session.execute(select(Member.name, Member.away_until).where(Member.away_until.is_not(None)))
        away = {name: day for name, day in rows}
    assert away == {"Kate McConnell": dt.date(2015, 6, 16)}  # had been the business manager's own leave


def test_wont_be_done_today_moves_the_date_and_keeps_the_action_open(assistant: Assistant) -> None:
    say(assistant, M, "Zala Ibrahim to send the ED figures by 15 May")
    reply = say(assistant, "Zala Ibrahim", "hi, a1 wont be done today, can we say tues 19th")
    assert reply.stored
    with db.transaction(assistant.database_url) as session:
        assert session.scalars(select(Action.due)).one() == dt.date(2015, 5, 19)
    assert _statuses(assistant) == ["open"]  # had been dropped


def test_neither_of_us_sends_the_writers_apologies_too(assistant: Assistant) -> None:
    reply = say(
        assistant,
        "Zala Ibrahim",
        "The trust sends apologies for the July board – neither of us can make it, Pam is on leave and I'm at the "
        "regional CDOP meeting.",
    )
    assert reply.stored
    with db.transaction(assistant.database_url) as session:
        rows = session.scalars(
            select(Member.name)
            .join(Attendance, Attendance.member_id == Member.id)
            .where(Attendance.status == AttendanceStatus.APOLOGIES)
        )
        assert sorted(rows) == ["Zala Ibrahim"]  # had been Pam's alone (not stored: members send their own)
    assert "Pam Smith" in reply.text  # hers are hers to send, or the business manager's


def test_closing_an_action_whose_purpose_is_gone_drops_it(assistant: Assistant) -> None:
    say(assistant, M, "Jo Forbes to review the hostel placement protocol by 30 June")
    reply = say(assistant, "Jo Forbes", "can we close #1 off, the hostel it related to has shut")
    assert reply.stored
    assert _statuses(assistant) == [AssignmentStatus.DROPPED.value]  # had been ticked off as done


def test_a_list_for_a_name_nobody_answers_to_asks_first(assistant: Assistant) -> None:
    say(assistant, M, "Jo Forbes to send the void list by 29 May")
    reply = say(assistant, M, "whats outstanding for dudley womens aid")
    assert reply.text.startswith('I don\'t know "dudley womens aid"')  # had been the whole board's list
    assert not reply.actions and [o.label for o in reply.options] == ["Yes", "No"]


def test_a_reassignment_naming_nobody_asks_whom(assistant: Assistant) -> None:
    say(assistant, M, "Jo Forbes to send the void list by 29 May")
    reply = say(assistant, M, "could A-1 be put in his name")
    assert reply.text == 'Who should A-1 go to? Write "give A-1 to" and their name.'  # had shown A-1
    assert not reply.stored
    with db.transaction(assistant.database_url) as session:
        assert [a.owner_name for a in session.scalars(select(Assignment))] == ["Jo Forbes"]
