"""The twenty-sixth round's readings as the board sees them, on both databases: a member's leave told by the business
manager with a cover note, and an out-of-office reply pasted into chat, are that member's leave, never the writer's
own (no digests for the one who typed it); work posted for a member that names its own owner is that owner's; a short
list question headed by a group's name lists that group, never the whole board; and a member who is away for a
meeting with a colleague standing in sends apologies, never a new action for the colleague."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.conversation.assistant import Assistant
from store import db
from store.models import Action, Assignment, Attendance, AttendanceStatus, Member
from tests.board_reads import away
from tests.test_assistant import count, say

M = "Martine McFadden"


@pytest.fixture
def assistant(database_url: str, board_id: int) -> Assistant:
    return Assistant(database_url, board_id)


def test_a_members_leave_told_with_a_cover_note_is_theirs_never_the_writers(assistant: Assistant) -> None:
    reply = say(
        assistant, M, "Sally Holmes is on maternity leave until the end of Sept - Richard is covering police actions"
    )
    assert reply.stored
    assert away(assistant) == {"Sally Holmes": "2015-09-30"}  # had been the business manager's own leave


def test_a_pasted_out_of_office_reply_is_its_senders_leave(assistant: Assistant) -> None:
    pasted = (
        "Auto-reply from Pam below, FYI for the tracker:\n\n"
        "> Thank you for your email. I am out of the office, returning on Monday 8 June."
    )
    say(assistant, "Jo Forbes", pasted)
    assert away(assistant) == {}  # another member's leave is the business manager's to note, never Jo's own
    assert say(assistant, M, pasted).stored
    assert away(assistant) == {"Pam Smith": "2015-06-07"}


def test_work_posted_for_a_member_that_names_its_owner_is_that_owners(assistant: Assistant) -> None:
    reply = say(
        assistant,
        M,
        "please record for Helen: integrated youth services to review the detached work procedures by 30 June",
    )
    assert reply.stored
    with db.transaction(assistant.database_url) as session:
        names = [a.owner_name for a in session.scalars(select(Assignment))]
    assert len(names) == 1 and "Helen Ellis" not in names  # the service's, posted for Helen


def test_a_list_headed_by_a_group_is_that_groups(assistant: Assistant) -> None:
    say(assistant, M, "Jo Forbes to send the void list by 29 May")
    say(assistant, M, "the Workforce Development Group to refresh the training calendar by 30 June")
    reply = say(assistant, "Marie Hunter", "workforce dev group - what's open?")
    assert [view.ref for view in reply.actions] == ["A-2"]  # never the whole board's list


def test_away_for_a_meeting_with_a_colleague_standing_in_is_an_apology(assistant: Assistant) -> None:
    reply = say(assistant, "Helen Ellis", "i'm on leave for the july board, mike g has said he'll cover IYS too")
    assert reply.stored
    assert count(assistant, Action) == 0  # had been a new action for Mike
    with db.transaction(assistant.database_url) as session:
        rows = session.execute(
            select(Member.name, Attendance.representative)
            .join(Attendance, Attendance.member_id == Member.id)
            .where(Attendance.status == AttendanceStatus.APOLOGIES)
        )
        assert sorted(rows) == [("Helen Ellis", "Mike Galikowski")]
