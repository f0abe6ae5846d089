"""The Teams front end: an Agents SDK ``AgentApplication`` served by aiohttp at ``POST /api/messages``.

Every request passes the SDK's token check (a Bot Framework token, or none when ``ANONYMOUS_ALLOWED`` is set for a
local trial) and then the tenant allow-list (403 for any tenant not in ``DSCB_TEAMS_TENANTS``: nothing is read or
created). Messages in a personal chat, and @mentions in channels and group chats, are understood by the core;
card buttons are ``Action.Execute`` invokes answered with the card refreshed in place.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
from collections.abc import Awaitable, Callable
from http import HTTPStatus
from typing import Any

from aiohttp import web
from microsoft_agents.activity import AdaptiveCardInvokeResponse
from microsoft_agents.authentication.msal import MsalConnectionManager
from microsoft_agents.hosting.aiohttp import CloudAdapter, jwt_authorization_middleware, start_agent_process
from microsoft_agents.hosting.core import AgentApplication, Authorization, MemoryStorage, TurnContext, TurnState

from bot.replies import Reply
from bot.runtime import DATABASE_ERRORS
from handlers.teams import cards, report
from handlers.teams.files import NotFetched, SharedFile, fetch
from handlers.teams.outbox import TeamsSender, start_scheduler
from handlers.teams.settings import TeamsSettings
from handlers.teams.turns import DATABASE_DOWN, Turns, send_card, send_text
from handlers.teams.who import Tenants, Writer, tenant_from

log = logging.getLogger(__name__)
ALREADY_CLICKED = "I've already done that: this click was handled before, so nothing was changed."
BODY_LIMIT = 256 * 1024  # an activity is a few kilobytes; anything larger is refused before it is parsed


class TeamsApp:
    """The SDK's application, its adapter, and the board's core behind them."""

    def __init__(self, settings: TeamsSettings, database_url: str, clock: Callable[[], dt.datetime]) -> None:
        self.settings, self.clock = settings, clock
        self.tenants = Tenants(database_url, settings.tenants, any_tenant=settings.any_tenant)
        self.database_url = database_url
        self.turns = Turns(self.tenants, database_url, clock, self.sender, local=settings.anonymous)
        self._sender: TeamsSender | None = None
        storage = MemoryStorage()
        self.connections = MsalConnectionManager(**settings.sdk)
        self.adapter = CloudAdapter(connection_manager=self.connections)
        self.agent = AgentApplication[TurnState](
            storage=storage, adapter=self.adapter, authorization=Authorization(storage, self.connections,
                                                                               **settings.sdk), **settings.sdk,
        )  # fmt: skip
        self._register()

    def sender(self) -> TeamsSender:
        """The outbox's sender, on the event loop serving this application (made on first use, in that loop)."""
        if self._sender is None:
            self._sender = TeamsSender(self.adapter, self.settings.app_id, asyncio.get_running_loop())
        return self._sender

    def _register(self) -> None:
        agent = self.agent

        @agent.activity("message")
        async def on_message(context: TurnContext, state: TurnState) -> None:
            await self._guarded(context, self.turns.answer)

        @agent.conversation_update("membersAdded")
        async def on_installed(context: TurnContext, state: TurnState) -> None:
            """Installed in a personal chat: keep the address, and greet a member with their home card."""
            activity = context.activity
            recipient = activity.recipient.id if activity.recipient else None
            if not any(m.id == recipient for m in activity.members_added or []):
                return  # someone else joined a team: not for the assistant
            await self._guarded(context, self._welcome)

        def consent(context: TurnContext) -> bool:
            return context.activity.type == "invoke" and context.activity.name == report.INVOKE

        async def on_consent(context: TurnContext, state: TurnState) -> None:
            """Accept or Decline on the tracker report's file consent card."""
            who = await self.turns.writer(context)
            if not isinstance(who, Writer):
                await report.respond(context, HTTPStatus.FORBIDDEN)
                return
            status = await report.answered(context, who, self.clock(), local=self.settings.anonymous)
            await report.respond(context, status)

        agent.add_route(consent, on_consent, is_invoke=True)

        for verb in cards.VERBS:
            agent.adaptive_card.action_execute(verb)(self._clicked(verb))

        @agent.error
        async def on_error(context: TurnContext, error: Exception) -> None:
            log.error("Teams turn failed: %s", type(error).__name__, exc_info=error)

    async def _guarded(self, context: TurnContext, step: Callable[[TurnContext], Awaitable[None]]) -> None:
        try:
            await step(context)
        except DATABASE_ERRORS as error:
            log.error("database unavailable: %s", type(error).__name__)
            await send_text(context, DATABASE_DOWN)

    async def _welcome(self, context: TurnContext) -> None:
        who = await self.turns.writer(context)
        if isinstance(who, str):
            await send_text(context, who)
        elif who is not None:
            card = await asyncio.to_thread(self.turns.home_card, who, self.clock())
            await send_card(context, card, "Your board assistant")

    def _clicked(self, verb: str) -> Callable[[TurnContext, TurnState, Any], Awaitable[AdaptiveCardInvokeResponse]]:
        async def on_click(context: TurnContext, state: TurnState, data: Any) -> AdaptiveCardInvokeResponse:
            try:
                who = await self.turns.writer(context)
                if not isinstance(who, Writer):
                    return _invoke(HTTPStatus.FORBIDDEN, who or "I can't act on that for you.")
                if not isinstance(data, dict):
                    return _invoke(HTTPStatus.BAD_REQUEST, "That button's data is not what I sent.")
                key = f"teams:{context.activity.id}" if context.activity.id else None
                if verb == cards.CHOOSE and _importing(data, who):
                    card, reply = await self._import_minutes(who, data, key)
                else:
                    card, reply = await asyncio.to_thread(self.click, who, verb, data, key)
            except DATABASE_ERRORS as error:
                log.error("database unavailable: %s", type(error).__name__)
                return _invoke(HTTPStatus.SERVICE_UNAVAILABLE, DATABASE_DOWN)
            if card is None:
                return _invoke(HTTPStatus.BAD_REQUEST, "That button's data is not what I sent.")
            if reply is not None:
                self.turns.tell_others(who, reply)
            return AdaptiveCardInvokeResponse(status_code=HTTPStatus.OK, type=cards.CONTENT_TYPE, value=card)

        return on_click

    async def _import_minutes(
        self, who: Writer, data: dict[str, Any], key: str | None
    ) -> tuple[cards.Card | None, Reply | None]:
        """Confirm on a minutes preview: the file fetched again and imported with the owners and dates chosen."""
        now = self.clock()
        shared = SharedFile.from_source(data["payload"].get("source"))
        if shared is None:
            return None, None
        try:
            content = await fetch(shared, local=self.settings.anonymous)
        except NotFetched as error:
            return cards.reply_card(Reply(str(error), private=True), now.date()), None
        chosen = cards.corrections_in(data)
        reply = await asyncio.to_thread(who.assistant.import_minutes, who.person, content, shared.name, now,
                                        delivery=key, corrections=chosen)  # fmt: skip
        if reply.duplicate:
            return cards.reply_card(Reply(ALREADY_CLICKED), now.date()), None
        return cards.reply_card(reply, now.date()), reply

    def click(
        self, who: Writer, verb: str, data: dict[str, Any], key: str | None
    ) -> tuple[cards.Card | None, Reply | None]:
        """A card button's work in the core (one transaction): the card that replaces the one clicked (None when the
        data is not what the card carried: nothing is changed), and the reply whose notices are to be sent."""
        now, assistant, person = self.clock(), who.assistant, who.person
        number = _number(data.get("n"))
        reply: Reply
        if verb == cards.HOME:
            return self.turns.home_card(who, now), None
        if verb == cards.PAGE:
            page, query = _number(data.get("page")), data.get("q", "")
            if page is None or not isinstance(query, str):
                return None, None
            reply = assistant.query(person, query[:500], now, page=page)
            return cards.reply_card(reply, now.date(), page=page, query=query[:500]), None
        if verb == cards.CHOOSE:
            payload = data.get("payload")
            if not isinstance(payload, dict) or len(json.dumps(payload)) > 4000:
                return None, None
            reply = assistant.resolve(person, payload, now, delivery=key)
        elif verb == cards.AUDIT_STATUS:
            status = data.get("status")
            if number is None or status not in {value for value, _ in cards.AUDIT_STATUSES}:
                return None, None
            reply = assistant.set_audit_status(person, number, str(status), now, delivery=key)
        elif verb == cards.CANT_ATTEND:
            day = _day(data.get("day"))
            if day is None:
                return None, None
            reply = assistant.apologise(person, now, day=day, delivery=key)
        elif number is None:
            return None, None
        elif verb == cards.DONE:
            reply = assistant.close(person, number, now, delivery=key)
        elif verb == cards.CHANGE_DATE:
            due = _day(data.get("due"))
            if due is None:
                return None, None
            reply = assistant.change_due(person, number, due, now, delivery=key)
        elif verb == cards.ADD_UPDATE:
            note = data.get("note")
            if not isinstance(note, str) or not note.strip() or len(note) > 1000:
                return None, None
            reply = assistant.add_note(person, number, note.strip(), now, delivery=key)
        else:
            return None, None
        if reply.duplicate:
            return cards.reply_card(Reply(ALREADY_CLICKED), now.date()), None
        return cards.reply_card(reply, now.date()), reply


def _importing(data: object, who: Writer) -> bool:
    """A minutes preview's Confirm, by the person who sent the minutes."""
    payload = data.get("payload") if isinstance(data, dict) else None
    return (
        isinstance(payload, dict) and payload.get("op") == "import_minutes" and payload.get("writer") == who.person.id
    )


def _invoke(status: HTTPStatus, text: str) -> AdaptiveCardInvokeResponse:
    """An invoke answer that is a message (Teams shows it by the card), with the status it deserves."""
    return AdaptiveCardInvokeResponse(status_code=status, type="application/vnd.microsoft.activity.message",
                                      value=text)  # fmt: skip


def _number(value: object) -> int | None:
    """A number a card carries: an int, or plain ASCII digits (at most nine)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value if 0 <= value < 10**9 else None
    return int(value) if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 9 else None


def _day(value: object) -> dt.date | None:
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def web_app(teams: TeamsApp, *, digests: bool = False) -> web.Application:
    """The HTTP side: the SDK's token check first, then the tenant allow-list, then the agent; with ``digests``,
    the daily digests of the tenants' boards are sent from this process too."""

    @web.middleware
    async def tenants_only(request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
                           ) -> web.StreamResponse:  # fmt: skip
        if request.path != "/api/messages":
            return await handler(request)
        if request.content_length is not None and request.content_length > BODY_LIMIT:
            return web.json_response({"error": "request too large"}, status=413)
        try:
            body = json.loads(await request.read())
        except ValueError:
            return web.json_response({"error": "not JSON"}, status=400)
        if not isinstance(body, dict) or not isinstance(body.get("type"), str):
            return web.json_response({"error": "not an activity"}, status=400)
        conversation = body.get("conversation")
        tenant = tenant_from(
            body.get("channelData"), conversation.get("tenantId") if isinstance(conversation, dict) else None
        )
        if not teams.tenants.allowed(tenant):
            return web.json_response({"error": "this tenant is not served here"}, status=403)
        return await handler(request)

    async def messages(request: web.Request) -> web.StreamResponse:
        try:
            response = await start_agent_process(request, teams.agent, teams.adapter)
        except (ValueError, TypeError) as error:  # an activity the SDK cannot read
            log.warning("unreadable activity: %s", type(error).__name__)
            return web.json_response({"error": "not a valid activity"}, status=400)
        except Exception as error:  # e.g. Microsoft's sign-in or the Bot Connector unreachable: retried by Teams
            log.error("Teams turn not completed: %s", type(error).__name__, exc_info=error)
            return web.json_response({"error": "temporarily unavailable"}, status=503)
        return response if response is not None else web.Response(status=202)

    async def health(request: web.Request) -> web.StreamResponse:
        return web.json_response({"ok": True})

    @web.middleware
    async def token_checked(request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
                            ) -> web.StreamResponse:  # fmt: skip
        """The SDK's token check on the messaging endpoint (the health check needs none)."""
        if request.path == "/healthz":
            return await handler(request)
        return await jwt_authorization_middleware(request, handler)  # type: ignore[no-any-return]

    app = web.Application(middlewares=[token_checked, tenants_only], client_max_size=BODY_LIMIT)
    app.router.add_post("/api/messages", messages)
    app.router.add_get("/healthz", health)

    async def drain(app: web.Application) -> None:
        await teams.turns.drain()

    app.on_shutdown.append(drain)
    if digests:

        async def start_digests(app: web.Application) -> None:
            scheduler = start_scheduler(teams.sender(), teams.database_url, teams.tenants.board_ids, teams.clock)
            if scheduler is not None:
                app.on_cleanup.append(lambda _: asyncio.to_thread(scheduler.shutdown, False))

        app.on_startup.append(start_digests)
    app["agent_configuration"] = teams.connections.get_default_connection_configuration()
    app["agent_app"] = teams.agent
    app["adapter"] = teams.adapter
    return app
