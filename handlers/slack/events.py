"""Slack events: direct messages and @mentions (the conversation, and minutes sent as a file) and the App
Home tab opening."""

from __future__ import annotations

import logging
import re
from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.replies import Reply
from bot.runtime import DATABASE_ERRORS
from bot.tracker.identity import valid_chat_id
from handlers.slack.answering import DATABASE_DOWN, answered, describe
from handlers.slack.replying import message_kwargs, post_reply
from handlers.slack.wiring import (
    Wiring,
    download,
    payload_text,
    plain_text,
)

log = logging.getLogger(__name__)

_LINK_REQUEST = re.compile(
    r"^(?:<@[UW][A-Z0-9]+>\s+)?link\s+<@(?P<user>[UW][A-Z0-9]+)(?:\|[^>]*)?>\s+(?:to|as)\s+(?P<name>.+)$", re.I
)


def register(app: App, wiring: Wiring) -> None:
    """Attach the events listeners."""

    def converse(event: dict[str, Any], body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        user = event.get("user")
        if event.get("subtype") == "file_share" and user and not event.get("bot_id"):
            minutes_shared(event, body, client, context)
            return
        if not isinstance(user, str) or event.get("bot_id") or event.get("subtype"):
            return  # other bots, edits, deletions, joins: not addressed to the assistant
        channel = event.get("channel")
        if not isinstance(channel, str) or not valid_chat_id(channel):
            return
        thread = payload_text(event.get("thread_ts")) or payload_text(event.get("ts"))
        in_channel = event.get("channel_type") != "im"
        now = wiring.clock()
        try:
            who = wiring.writer_for(client, context, user)
        except DATABASE_ERRORS as error:
            log.error("database unavailable: %s", describe(error))
            post_reply(client, channel, Reply(DATABASE_DOWN, private=True), now.date(), thread)
            return
        if isinstance(who, str):
            post_reply(client, channel, Reply(who, private=True), now.date(), thread)
            return
        message = payload_text(event.get("text"))
        linking = _LINK_REQUEST.match(message)
        event_id = body.get("event_id")
        try:
            if linking:
                reply = who.assistant.link_account(who.person, linking["user"], linking["name"], now,
                                                   delivery=payload_text(event_id) or None)  # fmt: skip
            else:
                text = plain_text(message, who)
                reply = who.assistant.reply(who.person, text, now, delivery=payload_text(event_id) or None)
        except DATABASE_ERRORS as error:
            log.error("database unavailable: %s", describe(error))
            reply = Reply(DATABASE_DOWN, private=True)
        if reply.duplicate:
            return
        if in_channel and reply.private:
            try:
                client.chat_postEphemeral(
                    channel=channel, user=user, thread_ts=thread, **message_kwargs(reply, now.date())
                )
            except SlackApiError as error:
                log.error("chat.postEphemeral failed: %s", error.response.get("error"))
        else:
            post_reply(client, channel, reply, now.date(), thread)
        wiring.tell_others(client, who, reply)

    def minutes_shared(event: dict[str, Any], body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        """A file sent in a DM: minutes to preview, with Confirm to import them."""
        who = wiring.writer_for(client, context, event["user"])
        now = wiring.clock()
        channel, thread = event["channel"], event.get("ts")
        if isinstance(who, str):
            post_reply(client, channel, Reply(who, private=True), now.date(), thread)
            return
        for shared in (event.get("files") or [])[:1]:
            try:
                name, data = download(client, shared["id"])
                reply = who.assistant.preview_minutes(who.person, data, name, now, source=shared["id"])
            except (SlackApiError, OSError, KeyError) as error:
                log.warning("could not read a shared file: %s", type(error).__name__)
                reply = Reply("I couldn't download that file from Slack; please send it again.", private=True)
            post_reply(client, channel, reply, now.date(), thread)

    @app.event("message")
    @answered("event")
    def on_direct_message(event: dict[str, Any], body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        if event.get("channel_type") == "im":
            converse(event, body, client, context)

    @app.event("app_mention")
    @answered("event")
    def on_mention(event: dict[str, Any], body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        converse(event, body, client, context)

    @app.event("app_home_opened")
    @answered("event")
    def on_home_opened(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        if event.get("tab", "home") == "home" and isinstance(event.get("user"), str):
            wiring.publish_home(client, context, event["user"])
