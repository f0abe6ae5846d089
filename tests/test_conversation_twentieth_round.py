"""The twentieth round's readings as the board sees them, on both databases: an email pasted under the manager's
note ("can you log this one please") records the action for the email's sender, never the manager, even when the
sender is written surname first; a forwarded "isn't needed now" drops the action on the sender's behalf; "can't make
it" with no meeting named asks which meeting and records nothing yet; cover while away is no action."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from bot.conversation.assistant import Assistant
from store import db
from store.models import Action, Assignment, AssignmentStatus, Attendance, Member
from tests.test_assistant import say

M = "Martine McFadden"


@pytest.fixture
def assistant(database_url: str, board_id: int) -> Assistant:
    return Assistant(database_url, board_id)


def _owners(assistant: Assistant) -> list[str]:
    with db.transaction(assistant.database_url) as session:
        query = select(Member.name).join(Assignment, Assignment.member_id == Member.id).order_by(Member.name)
        return list(session.scalars(query))


def test_an_email_pasted_under_the_managers_note_is_its_senders_action(assistant: Assistant) -> None:
    text = (
        "FYI - see below from Pam, can you log this one please\n\n-----Original Message-----\nFrom: Smith Pam\n"
        "Sent: 14 May 2015 16:42\nTo: McFadden Martine\nSubject: RE: CP medicals\n\nHi Martine,\n\nI will draft the "
        "revised CP medicals pathway and circulate it before the July board.\n\nThanks\nPam"
    )
    reply = say(assistant, M, text)
    assert reply.stored
    assert _owners(assistant) == ["Pam Smith"]  # never the manager who pasted it


def test_a_forwarded_not_needed_drops_the_action_for_its_sender(assistant: Assistant) -> None:
    say(assistant, M, "Sally Holmes to refresh the missing persons protocol by 30 June")
    text = (
        "see below from Sally, can we drop this one?\n\nFrom: Holmes Sally\nTo: McFadden Martine\nSubject: A-1\n\n"
        "Martine, A-1 isn't needed now - the force has a new missing persons policy that covers it. Sally"
    )
    reply = say(assistant, M, text)
    assert reply.stored
    with db.transaction(assistant.database_url) as session:
        statuses = session.scalars(select(Assignment.status).join(Action).where(Action.number == 1)).all()
        assert statuses == [AssignmentStatus.DROPPED]


def test_cant_make_it_with_no_meeting_named_asks_which(assistant: Assistant) -> None:
    reply = say(assistant, "Jo Forbes", "cant make it sorry, clashes w the ofsted feedback")
    assert reply.text.startswith("Which meeting are the apologies for?")
    assert not reply.stored
    with db.transaction(assistant.database_url) as session:
        assert session.scalars(select(Attendance)).all() == []


def test_cover_while_away_is_no_action(assistant: Assistant) -> None:
    say(
        assistant, "Richard Fisher", "Hi all, I'm on annual leave next week. Sally Holmes will pick up anything urgent."
    )
    with db.transaction(assistant.database_url) as session:
        assert session.scalar(select(func.count(Action.id))) == 0
