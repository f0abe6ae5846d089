"""The Teams listeners, driven through the Agents SDK's own test tools (``microsoft-agents-testing``): each activity
goes through ``AgentApplication.on_turn`` (its routes, turn state and error handler) on a ``TestAdapter``, which
keeps the replies in memory, and a ``TestFlow`` checks them. Beneath the HTTP middleware, the listeners guard
themselves: no Teams user, no reply; a tenant not served, no reply; someone else joining, nothing said.

The test adapter has no Bot Connector, so no member look-up: a first contact is not verified, and members are
linked first, as ``dscb link --teams`` does."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from microsoft_agents.activity import (
    Activity,
    ActivityTypes,
    ChannelAccount,
    ChannelId,
    ConversationAccount,
    ConversationReference,
    InvokeResponse,
    ResourceResponse,
)
from microsoft_agents.hosting.core import TurnContext
from microsoft_agents.testing import TestAdapter, TestFlow
from sqlalchemy import select

from bot.conversation.assistant import Assistant
from bot.tracker.identity import link
from handlers.teams import cards
from handlers.teams.app import TeamsApp
from handlers.teams.settings import ANONYMOUS, TeamsSettings
from handlers.teams.who import NOT_ON_ROSTER
from store import db
from store.models import Action, AssignmentStatus, ChatAddress, Member
from tests.conftest import SEED_NOW, add_board_meetings, count_rows, make_board
from tests.teams.conftest import BOT, OTHER_TENANT, TENANT, USERS, buttons, card_text

BOARD = "Dudley Safeguarding Children Board"
Check = Callable[[Activity], None]


@dataclass
class Board:
    app: TeamsApp
    url: str
    board_id: int

    def link(self, who: str) -> None:
        """Tie a Teams account to its member, as the business manager's ``dscb link --teams`` does."""
        user = USERS[who]
        with db.transaction(self.url) as session:
            member = session.scalars(select(Member).where(Member.board_id == self.board_id,
                                                          Member.name == user.name)).one()  # fmt: skip
            link(session, self.board_id, user.aad, member, actor="test", platform="teams")

    def record(self, who: str, text: str) -> int:
        """An action recorded in the core by a linked member; its number."""
        assistant = Assistant(self.url, self.board_id)
        person = assistant.member_for_chat_user(USERS[who].aad, "teams")
        assert person is not None
        reply = assistant.reply(person, text, SEED_NOW)
        assert reply.stored, reply.text
        return int(reply.actions[0].ref.split("-")[1])

    def linked(self, who: str) -> str | None:
        """The Teams account linked to ``who``'s member, if any."""
        with db.reading(self.url) as session:
            return session.scalars(select(Member.teams_user_id).where(Member.name == USERS[who].name)).one()


@pytest.fixture
def board(sqlite_url: str) -> Iterator[Board]:
    """The demo board and its meetings behind the real Teams application, for a local trial (no token check)."""
    board_id = make_board(sqlite_url)
    add_board_meetings(sqlite_url, board_id)
    settings = TeamsSettings.from_env({"DSCB_TEAMS_TENANTS": f"{TENANT}={BOARD}", ANONYMOUS: "true"}, dev=True)
    yield Board(TeamsApp(settings, sqlite_url, lambda: SEED_NOW), sqlite_url, board_id)
    db.engine_for(sqlite_url).dispose()


@pytest.fixture
def turn_errors(caplog: pytest.LogCaptureFixture) -> Callable[[], list[str]]:
    """What the application's error handler logged: a turn that failed says nothing, like a turn that was refused,
    so a test expecting silence checks this too."""
    caplog.set_level(logging.WARNING)
    return lambda: [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]


class _Replies(TestAdapter):
    """A TestAdapter that keeps the replies, not the typing indicators the SDK sends by itself when a turn takes
    longer than 250 ms (on a loaded machine one came before an installation's greeting and failed a test)."""

    async def send_activities(self, context: TurnContext, activities: list[Activity]) -> list[ResourceResponse]:
        replies = [a for a in activities if a.type != ActivityTypes.typing]
        if not replies:
            return [ResourceResponse(id="") for _ in activities]
        return await super().send_activities(context, replies)


def chat(who: str = "viv", *, tenant: str = TENANT, aad: str | None = "", kind: str = "personal",
         conversation: str | None = None) -> TestAdapter:  # fmt: skip
    """A test adapter whose conversation is ``who``'s (their personal chat unless told otherwise); ``aad`` replaces
    the account's Entra object id (None: an activity without one)."""
    user = USERS[who]
    return _Replies(conversation=ConversationReference(
        channel_id=ChannelId("msteams"), service_url="https://smba.trafficmanager.example/emea/",
        user=ChannelAccount(id=user.teams_id, name=user.name, aad_object_id=user.aad if aad == "" else aad),
        agent=ChannelAccount(id=BOT, name="Board assistant"),
        conversation=ConversationAccount(id=conversation or f"a:personal-{who}", conversation_type=kind,
                                         tenant_id=tenant or None),
    ))  # fmt: skip


def writer(adapter: TestAdapter) -> ChannelAccount:
    """The account writing in the adapter's conversation."""
    user = adapter.conversation.user
    assert user is not None
    return user


def message(adapter: TestAdapter, text: str, *, tenant: str | None = None) -> Activity:
    """A message as Teams sends it, the tenant in ``channelData`` (the conversation's own unless told otherwise;
    "" for none)."""
    conversation = adapter.conversation.conversation
    tenant = tenant if tenant is not None else conversation.tenant_id if conversation is not None else None
    return Activity(type=ActivityTypes.message, text=text, from_property=writer(adapter),
                    channel_data={"tenant": {"id": tenant}} if tenant else {})  # fmt: skip


def click(adapter: TestAdapter, verb: str, data: dict[str, Any]) -> Activity:
    """An ``Action.Execute`` on a card the assistant sent."""
    conversation = adapter.conversation.conversation
    tenant = conversation.tenant_id if conversation is not None else None
    value = {"action": {"type": "Action.Execute", "verb": verb, "data": data}, "trigger": "manual"}
    return Activity(type=ActivityTypes.invoke, name="adaptiveCard/action", value=value,
                    from_property=writer(adapter), channel_data={"tenant": {"id": tenant}})  # fmt: skip


def run(board: Board, adapter: TestAdapter, steps: Callable[[TestFlow], TestFlow]) -> None:
    """Play a flow against the Teams application (a TestFlow schedules its steps on a running event loop)."""

    async def play() -> None:
        await steps(TestFlow(adapter, board.app.agent.on_turn)).start_test()

    asyncio.run(play())


def a_card(check: Callable[[dict[str, Any]], None]) -> Check:
    """A reply that is one Adaptive Card, checked by ``check``."""

    def validate(reply: Activity) -> None:
        assert reply.type == ActivityTypes.message and reply.attachments and len(reply.attachments) == 1
        content = reply.attachments[0].content
        assert reply.attachments[0].content_type == cards.CONTENT_TYPE and isinstance(content, dict)
        check(content)

    return validate


def invoked(status: int, check: Callable[[dict[str, Any]], None]) -> Check:
    """The answer to a card click: an invoke response whose body has ``status`` and a value checked by ``check``."""

    def validate(reply: Activity) -> None:
        assert reply.type == ActivityTypes.invoke_response and isinstance(reply.value, InvokeResponse)
        assert reply.value.status == 200  # Teams reads the outcome from the body
        body = reply.value.body
        assert isinstance(body, dict) and body["statusCode"] == status, body
        check(body)

    return validate


# Silence where the listeners must say nothing ---------------------------------------------------------------------
@pytest.mark.parametrize("aad", [None, "not-an-entra-object-id"], ids=["no aadObjectId", "malformed aadObjectId"])
def test_a_message_without_a_teams_user_gets_no_reply(
    board: Board, turn_errors: Callable[[], list[str]], aad: str | None
) -> None:
    board.link("viv")  # even a linked member's conversation: the account, not the chat, is who writes
    adapter = chat("viv", aad=aad)
    run(board, adapter, lambda flow: flow.send(message(adapter, "what do I owe?")).assert_no_more_replies())
    assert turn_errors() == []
    assert count_rows(board.url, ChatAddress) == (0,)


@pytest.mark.parametrize(
    ("conversation_tenant", "said_tenant"),
    [(OTHER_TENANT, OTHER_TENANT), (TENANT, OTHER_TENANT), (OTHER_TENANT, ""), ("", "")],
    ids=["other tenant", "other tenant in channelData", "other tenant in the conversation", "no tenant"],
)
def test_a_message_from_a_tenant_not_served_gets_no_reply(
    board: Board, turn_errors: Callable[[], list[str]], conversation_tenant: str, said_tenant: str
) -> None:
    board.link("viv")  # the same account is a member of the board served here
    adapter = chat("viv", tenant=conversation_tenant)
    activity = message(adapter, "what do I owe?", tenant=said_tenant)
    run(board, adapter, lambda flow: flow.send(activity).assert_no_more_replies())
    assert turn_errors() == []
    assert count_rows(board.url, ChatAddress) == (0,)


def test_a_click_from_a_tenant_not_served_is_refused_and_changes_nothing(
    board: Board, turn_errors: Callable[[], list[str]]
) -> None:
    board.link("viv")
    number = board.record("viv", "Viv Townsend to send the chart by 30 June")
    adapter = chat("viv", tenant=OTHER_TENANT)
    refused = invoked(403, lambda body: None)
    run(board, adapter, lambda flow: flow.send(click(adapter, cards.DONE, {"n": number})).assert_reply(refused))
    with db.reading(board.url) as session:
        action = session.scalars(select(Action).where(Action.number == number)).one()
        assert [a.status for a in action.assignments] == [AssignmentStatus.OPEN]
    assert turn_errors() == []


def test_someone_else_joining_says_nothing(board: Board, turn_errors: Callable[[], list[str]]) -> None:
    board.link("viv")
    adapter = chat("viv", kind="channel", conversation="19:board-channel@thread.tacv2")
    joined = [ChannelAccount(id="29:new-person", name="New Person")]
    run(board, adapter, lambda flow: flow.send_conversation_update(joined).assert_no_more_replies())
    assert turn_errors() == []
    assert count_rows(board.url, ChatAddress) == (0,)


# Replies ---------------------------------------------------------------------------------------------------------
def test_an_account_not_linked_is_told_it_is_not_on_the_roster(
    board: Board, turn_errors: Callable[[], list[str]]
) -> None:
    """Without the Bot Connector's member look-up the account cannot be verified, so it is not linked."""
    adapter = chat("viv")

    def refusal(reply: Activity) -> None:
        assert reply.text == NOT_ON_ROSTER.format(board=BOARD) and reply.text_format == "plain"

    run(board, adapter, lambda flow: flow.send(message(adapter, "what do I owe?")).assert_reply(refusal)
        .assert_no_more_replies())  # fmt: skip
    assert board.linked("viv") is None
    assert turn_errors() == []


def test_a_linked_member_asking_what_they_owe_gets_their_actions(
    board: Board, turn_errors: Callable[[], list[str]]
) -> None:
    board.link("viv")
    number = board.record("viv", "Viv Townsend to circulate the presentation by 30 June")
    adapter = chat("viv")

    def owed(card: dict[str, Any]) -> None:
        assert "Circulate the presentation" in card_text(card)
        assert {(cards.DONE, number), (cards.CHANGE_DATE, number), (cards.ADD_UPDATE, number)} <= {
            (b["verb"], b["data"].get("n")) for b in buttons(card)}  # fmt: skip

    run(board, adapter, lambda flow: flow.send(message(adapter, "what do I owe?")).assert_reply(a_card(owed))
        .assert_no_more_replies())  # fmt: skip
    assert turn_errors() == []
    assert count_rows(board.url, ChatAddress) == (1,)  # the personal chat is kept for messages started later


def test_a_linked_member_with_nothing_open_is_told_so_in_plain_text(
    board: Board, turn_errors: Callable[[], list[str]]
) -> None:
    board.link("tony")
    adapter = chat("tony")

    def plain(reply: Activity) -> None:
        assert reply.attachments in (None, []) and reply.text_format == "plain"
        assert reply.text and "no open actions" in reply.text.lower()

    run(board, adapter, lambda flow: flow.send(message(adapter, "what do I owe?")).assert_reply(plain)
        .assert_no_more_replies())  # fmt: skip
    assert turn_errors() == []


def test_installing_greets_a_linked_member_with_their_home_card(
    board: Board, turn_errors: Callable[[], list[str]]
) -> None:
    board.link("martine")
    adapter = chat("martine")

    def home(card: dict[str, Any]) -> None:
        text = card_text(card)
        assert "Your actions" in text and "Friday 10 July 2015" in text and "The board" in text
        assert {b["verb"] for b in buttons(card)} >= {cards.CANT_ATTEND, cards.HOME}

    bot = [ChannelAccount(id=BOT, name="Board assistant")]
    run(board, adapter, lambda flow: flow.send_conversation_update(bot).assert_reply(a_card(home))
        .assert_no_more_replies())  # fmt: skip
    assert turn_errors() == []
    assert count_rows(board.url, ChatAddress) == (1,)


def test_a_click_is_answered_with_the_card_replaced_in_place(
    board: Board, turn_errors: Callable[[], list[str]]
) -> None:
    board.link("viv")
    number = board.record("viv", "Viv Townsend to send the chart by 30 June")
    adapter = chat("viv")

    def closed(body: dict[str, Any]) -> None:
        assert body["type"] == cards.CONTENT_TYPE and f"A-{number} is closed" in card_text(body["value"])

    def forged(body: dict[str, Any]) -> None:
        assert body["value"] == "That button's data is not what I sent."

    run(board, adapter, lambda flow: flow.send(click(adapter, cards.DONE, {"n": "A-1; drop"}))
        .assert_reply(invoked(400, forged)).send(click(adapter, cards.DONE, {"n": number}))
        .assert_reply(invoked(200, closed)).assert_no_more_replies())  # fmt: skip
    with db.reading(board.url) as session:
        action = session.scalars(select(Action).where(Action.number == number)).one()
        assert [a.status for a in action.assignments] == [AssignmentStatus.DONE]
    assert turn_errors() == []
