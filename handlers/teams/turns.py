"""One Teams turn, from an activity to the core and back: who is writing (tenant, verified account), what they
said (a command word from the app's command list, or anything else), and the reply as a plain message or a card.

The core is synchronous (one database transaction a call), so each call runs in a worker thread and the event loop
stays free for other turns.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import re
from collections.abc import Callable
from typing import Any

from microsoft_agents.activity import Activity, ActivityTypes, Attachment, TextFormatTypes
from microsoft_agents.hosting.core import TurnContext

from bot.conversation.assistant import Assistant
from bot.delivery.addresses import remember_address
from bot.directory import Person
from bot.replies import Reply
from bot.reports.home_chart import home_chart_png
from bot.tracker.identity import FirstContact, Profile
from handlers.teams import cards, report
from handlers.teams.files import NotFetched, SharedFile, fetch, shared_files
from handlers.teams.outbox import TeamsSender, after_reply, tell_managers
from handlers.teams.who import Tenants, Writer, account_id, tenant_from

log = logging.getLogger(__name__)

PLATFORM = "teams"
MINUTES_HOW_TO = (
    "To import minutes, send me the minutes file (.pdf, .docx, .txt, .md or .html) in this personal chat. I'll show "
    "you what I found (the meeting, attendance and apologies, every action with its owner and due date, which you "
    "can correct) and import it when you press Confirm. Then each owner hears about their new actions."
)
DATABASE_DOWN = "I couldn't reach the board's records just now, so nothing was changed. Please try again in a minute."
IN_PERSONAL_CHAT = "I've answered you in our personal chat, {name}."
ASK_IN_PERSONAL_CHAT = "That answer is for you alone: please ask me in a personal chat with the board assistant."
_COMMAND = re.compile(r"^(actions|apologies|audit|report|minutes|help|home)\b[\s:]*(.*)$", re.I | re.S)


def tenant_of(activity: Activity) -> str:
    """The Microsoft 365 tenant an activity comes from."""
    return tenant_from(activity.channel_data, activity.conversation.tenant_id if activity.conversation else None)


def personal(activity: Activity) -> bool:
    return activity.conversation is not None and activity.conversation.conversation_type in (None, "personal")


def address_of(activity: Activity) -> dict[str, Any]:
    """Where to message this person first later: the personal conversation's reference, as plain JSON."""
    reference = activity.get_conversation_reference()
    return reference.model_dump(mode="json", by_alias=True, exclude_none=True, exclude={"activity_id"})


class Turns:
    """Identity and replies for every turn, shared by the message, card and installation handlers."""

    def __init__(self, tenants: Tenants, database_url: str, clock: Callable[[], dt.datetime],
                 sender: Callable[[], TeamsSender], *, local: bool = False) -> None:  # fmt: skip
        """``local``: a local trial, where files may come from a loopback address."""
        self.tenants, self.database_url, self.clock, self.sender = tenants, database_url, clock, sender
        self.local = local
        self._remembered: set[tuple[int, int]] = set()  # (board, member) whose personal address this process kept
        self._later: set[asyncio.Task[None]] = set()  # notices being sent after their reply
        self._charts: dict[str, bytes] = {}  # home charts drawn, by their figures' key

    async def writer(self, context: TurnContext) -> Writer | str | None:
        """The member behind the activity, or what to tell someone who is not on the roster; None when the activity
        has no user account to answer (another bot, a system event)."""
        activity = context.activity
        tenant = tenant_of(activity)
        user = activity.from_property
        aad = account_id(user.aad_object_id if user is not None else None)
        if aad is None or not self.tenants.allowed(tenant):
            return None
        known = self.tenants.in_memory(tenant, aad) or await asyncio.to_thread(self.tenants.known, tenant, aad)
        if known is None:
            profile = await self._profile(context, aad)
            found = await asyncio.to_thread(self.tenants.first_contact, tenant, aad, profile)
            if isinstance(found, FirstContact):
                if found.notice:  # once per account: the core decides
                    board_id = self.tenants.board_id(tenant)
                    self.later(tell_managers, self.sender(), self.database_url, board_id, found.manager_ids,
                               found.notice, f"unlinked:{aad}", self.clock().date())  # fmt: skip
                return await asyncio.to_thread(self.tenants.refusal, tenant)
            known = found
        await self._remember(known, activity)
        return known

    async def _profile(self, context: TurnContext, aad: str) -> Profile | None:
        """What the tenant's directory says about the account, through the Bot Connector's member look-up."""
        activity = context.activity
        client: Any = context.turn_state.get("ConnectorClient")
        if client is None or activity.conversation is None or activity.from_property is None:
            return None
        try:
            member = await client.conversations.get_conversation_member(activity.conversation.id,
                                                                        activity.from_property.id)  # fmt: skip
        except Exception as error:  # the connector is another service: any failure means "not verified"
            log.warning("Teams member look-up failed: %s", type(error).__name__)
            return None
        extra = member.model_extra or {}
        if account_id(member.aad_object_id) != aad:
            return None
        email = extra.get("email") or extra.get("userPrincipalName")
        return Profile(aad, member.name, email if isinstance(email, str) else None)

    async def _remember(self, writer: Writer, activity: Activity) -> None:
        """Keep the personal chat's reference, once per member and process, for messages started later."""
        key = (writer.assistant.board_id, writer.person.id)
        if key in self._remembered or not personal(activity):
            return
        await asyncio.to_thread(remember_address, self.database_url, key[0], key[1], PLATFORM, address_of(activity))
        self._remembered.add(key)

    def later(self, work: Callable[..., None], *args: Any) -> None:
        """Run outbox work in a worker thread once the reply is on its way (it sends on this event loop)."""
        task = asyncio.get_running_loop().create_task(asyncio.to_thread(work, *args))
        self._later.add(task)
        task.add_done_callback(self._done)

    async def drain(self, within: float = 10.0) -> None:
        """At shutdown: let notices already on their way finish (they are retried later if cut short)."""
        if self._later:
            await asyncio.wait(list(self._later), timeout=within)

    def _done(self, task: asyncio.Task[None]) -> None:
        self._later.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("Teams notices not sent: %s", type(task.exception()).__name__)

    def tell_others(self, who: Writer, reply: Reply) -> None:
        """The notices a stored reply asks for (new owners, minutes owners, alerts), through the outbox."""
        if reply.stored and not reply.duplicate:
            self.later(after_reply, self.sender(), self.database_url, who.assistant.board_id, reply, who.person.id,
                       self.clock().date())  # fmt: skip

    # Messages ------------------------------------------------------------------------------------------------
    async def answer(self, context: TurnContext) -> None:
        activity = context.activity
        who = await self.writer(context)
        if who is None:
            return
        if isinstance(who, str):
            await send_text(context, who)
            return
        now = self.clock()
        files = shared_files(activity) if personal(activity) else []
        if files:
            await self.minutes_shared(context, who, files[0], now)
            return
        text = ((activity.remove_recipient_mention() if not personal(activity) else activity.text) or "").strip()
        command = _COMMAND.match(text)
        kind = report.wanted_format(command[2]) if command is not None and command[1].lower() == "report" else None
        if kind is not None:  # "report" or "report html"; "report back on …" is a message like any other
            await self.tracker_report(context, who, kind, now)
            return
        if text.lower() == "home":
            await send_card(context, await asyncio.to_thread(self.home_card, who, now))
            return
        reply = await asyncio.to_thread(self.said, who.assistant, who.person, text, now, activity.id)
        if reply.duplicate:
            return
        await self.send_reply(context, who, reply, now)
        self.tell_others(who, reply)

    async def tracker_report(self, context: TurnContext, who: Writer, kind: str, now: dt.datetime) -> None:
        """`report [xlsx|csv|md|html]`: the tracker report offered as a file, in the personal chat only."""
        if not personal(context.activity):
            await send_text(context, ASK_IN_PERSONAL_CHAT)
        else:
            await report.offer(context, who, kind, now)

    async def minutes_shared(self, context: TurnContext, who: Writer, shared: SharedFile, now: dt.datetime) -> None:
        """A file sent in the personal chat: minutes to preview, with Confirm to import them."""
        try:
            data = await fetch(shared, local=self.local)
        except NotFetched as error:
            await send_text(context, str(error))
            return
        reply = await asyncio.to_thread(who.assistant.preview_minutes, who.person, data, shared.name, now,
                                        shared.source)  # fmt: skip
        await send_reply(context, reply, now.date())

    def home_card(self, who: Writer, now: dt.datetime) -> cards.Card:
        """The member's home card with its chart (drawn again only when its figures change)."""
        home = who.assistant.home(who.person, now, actions_shown=cards.HOME_ACTIONS)
        chart = who.assistant.home_chart(who.person, now)
        if chart is None or not chart.rows:
            return cards.home_card(home, now.date())
        png = self._charts.get(chart.key)
        if png is None:
            png = home_chart_png(chart, compact=True)
            if len(self._charts) >= 64:
                self._charts.clear()
            self._charts[chart.key] = png
        return cards.home_card(home, now.date(), (png, chart.alt_text))

    def said(self, assistant: Assistant, person: Person, text: str, now: dt.datetime, key: str | None) -> Reply:
        """A message: a command word from the app's command list, or anything a member would say."""
        delivery = f"teams:{key}" if key else None
        command = _COMMAND.match(text)
        if command is None:
            return assistant.reply(person, text, now, delivery=delivery)
        word, rest = command[1].lower(), command[2].strip()
        if word == "actions":
            return assistant.query(person, rest, now, delivery=delivery)
        if word == "apologies" and (not rest or rest[0].isdigit()):
            return assistant.apology_command(person, rest, now, delivery=delivery)
        if word == "audit" and (not rest or rest.lower() == "status"):
            return assistant.audit_command(person, rest, now, delivery=delivery)
        if word == "minutes" and not rest:
            return Reply(MINUTES_HOW_TO, private=True)
        if word == "help" and not rest:
            return assistant.reply(person, "help", now)
        return assistant.reply(person, text, now, delivery=delivery)

    async def send_reply(self, context: TurnContext, who: Writer, reply: Reply, now: dt.datetime) -> None:
        """Said where it was asked; an answer for the writer alone, asked in a channel or group chat, goes to
        their personal chat when there is one (else they are asked to use it)."""
        activity = context.activity
        if reply.private and not personal(activity):
            sent = await self.to_personal_chat(context, who, reply, now)
            await send_text(context, IN_PERSONAL_CHAT.format(name=who.person.first_name) if sent
                            else ASK_IN_PERSONAL_CHAT)  # fmt: skip
            return
        await send_reply(context, reply, now.date())

    async def to_personal_chat(self, context: TurnContext, who: Writer, reply: Reply, now: dt.datetime) -> bool:
        from bot.delivery.addresses import addresses

        kept = await asyncio.to_thread(addresses, self.database_url, who.assistant.board_id, [who.person.id], PLATFORM)
        reference = kept.get(who.person.id)
        if reference is None:
            return False
        return await send_proactive(context, reference, reply, now.date())


async def send_text(context: TurnContext, text: str) -> None:
    """A plain message: shown exactly as written (no Markdown, no mentions)."""
    await context.send_activity(Activity(type=ActivityTypes.message, text=text, text_format=TextFormatTypes.plain))


async def send_card(context: TurnContext, card: cards.Card, summary: str = "") -> None:
    attachment = Attachment(content_type=cards.CONTENT_TYPE, content=card)
    activity = Activity(type=ActivityTypes.message, attachments=[attachment])
    if summary:
        activity.summary = summary
    await context.send_activity(activity)


async def send_reply(context: TurnContext, reply: Reply, today: dt.date) -> None:
    if cards.needs_card(reply):
        await send_card(context, cards.reply_card(reply, today), reply.text[:200])
    elif reply.text:
        await send_text(context, reply.text)


async def send_proactive(context: TurnContext, reference: dict[str, Any], reply: Reply, today: dt.date) -> bool:
    """Send a reply into a kept conversation (the member's personal chat) from within another turn."""
    from microsoft_agents.activity import ConversationReference

    try:
        ref = ConversationReference.model_validate(reference)
    except ValueError:
        return False
    adapter = context.adapter

    async def deliver(proactive: TurnContext) -> None:
        await send_reply(proactive, reply, today)

    try:
        claims = context.identity
        await adapter.continue_conversation_with_claims(claims, ref.get_continuation_activity(), deliver)
    except Exception as error:
        log.warning("could not reach a personal chat in Teams: %s", type(error).__name__)
        return False
    return True
