"""Shortcuts ("New action", "Record as action" on a message) and the owners select's options."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from handlers.slack import blocks
from handlers.slack.answering import answered
from handlers.slack.wiring import (
    Wiring,
    payload_text,
    plain_text,
)

log = logging.getLogger(__name__)


def register(app: App, wiring: Wiring) -> None:
    """Attach the shortcuts listeners."""

    @app.shortcut("new_action")
    @answered("shortcut")
    def on_new_action(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        ack()
        who = wiring.from_button(body, client, context) if payload_text(body.get("trigger_id")) else None
        if who is not None:
            client.views_open(trigger_id=body["trigger_id"], view=blocks.record_modal(wiring.roster_of(who)))

    @app.shortcut("record_as_action")
    @answered("shortcut")
    def on_record_as_action(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        ack()
        who = wiring.from_button(body, client, context) if payload_text(body.get("trigger_id")) else None
        if who is None:
            return
        shared = body.get("message")
        message: dict[str, Any] = shared if isinstance(shared, dict) else {}
        text = plain_text(payload_text(message.get("text")), who)
        meaning = who.assistant.understand(who.person, text, wiring.clock())
        link = None
        try:
            link = client.chat_getPermalink(channel=body["channel"]["id"], message_ts=message["ts"])["permalink"]
        except (SlackApiError, KeyError, TypeError):
            log.warning("no permalink for a recorded message")
        owner_ids = [o.id for o in meaning.owners if o.kind == "member" and o.id is not None]
        view = blocks.record_modal(
            wiring.roster_of(who), text=meaning.task or text, owner_ids=owner_ids, due=meaning.due, source_link=link
        )
        client.views_open(trigger_id=body["trigger_id"], view=view)

    @app.options("owners")
    @answered("options")
    def on_owner_options(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        who = wiring.from_button(body, client, context)
        ack(options=blocks.roster_options(wiring.roster_of(who), payload_text(body.get("value"))) if who else [])
