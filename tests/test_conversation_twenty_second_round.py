"""The twenty-second round's readings as the board sees them, on both databases: a meeting's details asked of the
manager record no action for her; leave a member passes on for a colleague is never recorded as the writer's; an
agency's apologies naming its member who is away are that member's (never the writer's own); a forwarded message
signed by its sender sends the sender's apologies, never the manager's."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from bot.conversation.assistant import Assistant
from store import db
from store.models import Action, Attendance, AttendanceStatus, Member
from tests.test_assistant import say

M = "Martine McFadden"


@pytest.fixture
def assistant(database_url: str, board_id: int) -> Assistant:
    return Assistant(database_url, board_id)


def _apologies(assistant: Assistant) -> dict[str, str | None]:
    with db.transaction(assistant.database_url) as session:
        rows = session.execute(
            select(Member.name, Attendance.representative)
            .join(Attendance, Attendance.member_id == Member.id)
            .where(Attendance.status == AttendanceStatus.APOLOGIES)
        ).all()
    return {name: representative for name, representative in rows}


def test_a_meetings_details_asked_of_the_manager_record_no_action(assistant: Assistant) -> None:
    reply = say(assistant, "Tony Oakman", "Martine – could you confirm what time the board starts on 10 July?")
    assert "10 July" in reply.text or "10 Jul" in reply.text
    with db.transaction(assistant.database_url) as session:
        assert session.scalar(select(func.count()).select_from(Action)) == 0


def test_leave_passed_on_by_a_member_is_never_the_writers(assistant: Assistant) -> None:
    say(assistant, "Richard Fisher", "sally asked me to tell u shes off till 1st june")
    with db.transaction(assistant.database_url) as session:
        away = dict(session.execute(select(Member.name, Member.away_until)).all())
    assert away["Richard Fisher"] is None
    assert away["Sally Holmes"] is None  # only the manager or the chair records someone else's leave


def test_an_agencys_apologies_naming_its_member_are_that_members(assistant: Assistant) -> None:
    text = "Police apologies for the July board - Sally's on annual leave. I'll attend myself."
    reply = say(assistant, "Richard Fisher", text)
    assert not reply.stored  # Sally's apologies, which only the manager records for her: never Richard's own
    assert "their own apologies" in reply.text
    assert _apologies(assistant) == {}
    reply = say(assistant, M, text.replace("I'll attend myself", "Richard will attend"))
    assert reply.stored
    assert _apologies(assistant) == {"Sally Holmes": "Richard Fisher"}


def test_a_forwarded_message_signed_by_its_sender_sends_the_senders_apologies(assistant: Assistant) -> None:
    text = "Fwd:\n> Please send my apologies for the September board, I'm at a conference. Kind regards, Anne"
    reply = say(assistant, M, text)
    assert reply.stored
    assert list(_apologies(assistant)) == ["Anne Harris"]
