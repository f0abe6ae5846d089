"""Buttons and selects on listed actions, questions, pages, the meeting notice and the App Home: Done, Change
date, Add update, a numbered choice, Next/Previous, I can't attend, an audit return's status."""

from __future__ import annotations

import json
import logging
import re
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.replies import Reply
from handlers.slack import blocks
from handlers.slack.answering import answered
from handlers.slack.wiring import (
    Wiring,
    delivery_key,
    download,
    payload_day,
    payload_number,
    payload_text,
)

log = logging.getLogger(__name__)


def register(app: App, wiring: Wiring) -> None:
    """Attach the actions listeners."""

    def number_of(action: dict[str, Any]) -> int | None:
        raw = action.get("value") or payload_text(action.get("block_id")).removeprefix("action-")
        return payload_number(raw)

    @app.action(blocks.DONE)
    @answered("action")
    def on_done(ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Respond, client: WebClient,
                context: BoltContext) -> None:  # fmt: skip
        ack()
        number = number_of(action)
        who = wiring.from_button(body, client, context) if number is not None else None
        if who is None or number is None:
            return
        reply = who.assistant.close(who.person, number, wiring.clock(), delivery=delivery_key(body))
        wiring.answer_button(reply, body, respond, client, context)

    @app.action(blocks.CHANGE_DATE)
    @answered("action")
    def on_change_date(ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Respond, client: WebClient,
                       context: BoltContext) -> None:  # fmt: skip
        ack()
        number, due = number_of(action), payload_day(action.get("selected_date"))
        who = wiring.from_button(body, client, context) if number is not None and due is not None else None
        if who is None or number is None or due is None:
            return
        reply = who.assistant.change_due(who.person, number, due, wiring.clock(), delivery=delivery_key(body))
        wiring.answer_button(reply, body, respond, client, context)

    @app.action(blocks.ADD_UPDATE)
    @answered("action")
    def on_add_update(ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient) -> None:
        ack()
        number = number_of(action)
        if number is not None and isinstance(body.get("trigger_id"), str):
            client.views_open(trigger_id=body["trigger_id"], view=blocks.update_modal(number))

    @app.action(re.compile(rf"^{blocks.CHOOSE}_\d+$"))
    @answered("action")
    def on_choice(ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Respond, client: WebClient,
                  context: BoltContext) -> None:  # fmt: skip
        ack()
        try:
            payload = json.loads(payload_text(action.get("value")))
        except ValueError:
            return
        who = wiring.from_button(body, client, context) if isinstance(payload, dict) else None
        if who is None or not isinstance(payload, dict):
            return
        if payload.get("op") == "import_minutes" and payload.get("writer") == who.person.id:
            try:
                name, data = download(client, str(payload.get("source")))
                reply = who.assistant.import_minutes(
                    who.person, data, name, wiring.clock(), delivery=delivery_key(body),
                    corrections=blocks.corrections_in(body.get("state")),
                )  # fmt: skip
            except (SlackApiError, OSError, KeyError):
                reply = Reply("I couldn't download the minutes again; please send the file again.", private=True)
        else:
            reply = who.assistant.resolve(who.person, payload, wiring.clock(), delivery=delivery_key(body))
        wiring.answer_button(reply, body, respond, client, context, replace=True)
        wiring.tell_others(client, who, reply)

    @app.action(re.compile(rf"^{blocks.FIX}_(?:owner|due)_\d+$"))
    def on_fix(ack: Ack) -> None:
        """A preview's owner or date chosen: nothing to do until Confirm, which carries the choice."""
        ack()

    @app.action(blocks.PAGE)
    @answered("action")
    def on_page(ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Respond, client: WebClient,
                context: BoltContext) -> None:  # fmt: skip
        ack()
        try:
            wanted = json.loads(payload_text(action.get("value")))
            page, query = payload_number(wanted["page"]), str(wanted.get("q", ""))[:200]
        except (ValueError, KeyError, TypeError):
            return
        who = wiring.from_button(body, client, context) if page is not None else None
        if who is None or page is None:
            return
        now = wiring.clock()
        reply = who.assistant.query(who.person, query, now, page=page)
        respond(replace_original=True, text=blocks.fallback_text(reply),
                blocks=blocks.reply_blocks(reply, now.date(), page=page, query=query))  # fmt: skip

    @app.action(blocks.CANT_ATTEND)
    @answered("action")
    def on_cant_attend(ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Respond, client: WebClient,
                       context: BoltContext) -> None:  # fmt: skip
        ack()
        day = payload_day(action.get("value"))
        who = wiring.from_button(body, client, context) if day is not None else None
        if who is not None and day is not None:
            reply = who.assistant.apologise(who.person, wiring.clock(), day=day, delivery=delivery_key(body))
            wiring.answer_button(reply, body, respond, client, context)
            wiring.tell_others(client, who, reply)

    @app.action(blocks.AUDIT_STATUS)
    @answered("action")
    def on_audit_status(ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Respond, client: WebClient,
                        context: BoltContext) -> None:  # fmt: skip
        ack()
        number = payload_number(payload_text(action.get("block_id")).removeprefix("audit-"))
        status = payload_text((action.get("selected_option") or {}).get("value"))
        who = wiring.from_button(body, client, context) if number is not None else None
        if who is not None and number is not None:
            reply = who.assistant.set_audit_status(
                who.person, number, status, wiring.clock(), delivery=delivery_key(body)
            )
            wiring.answer_button(reply, body, respond, client, context)
