"""Modal submissions: the record-an-action form and the add-an-update form."""

from __future__ import annotations

import json
import logging
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot.conversation.turn import ActionForm
from handlers.slack import blocks
from handlers.slack.answering import answered
from handlers.slack.replying import post_reply
from handlers.slack.wiring import (
    Wiring,
    delivery_key,
    payload_day,
    payload_number,
    payload_text,
)

log = logging.getLogger(__name__)


def register(app: App, wiring: Wiring) -> None:
    """Attach the views listeners."""

    @app.view(blocks.RECORD_MODAL)
    @answered("view")
    def on_record_submitted(ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient,
                            context: BoltContext) -> None:  # fmt: skip
        values = view.get("state", {}).get("values", {})
        task = payload_text(values.get("task", {}).get("task", {}).get("value")).strip()
        chosen = values.get("owners", {}).get("owners", {}).get("selected_options") or []
        due_text = values.get("due", {}).get("due", {}).get("selected_date")
        errors = {}
        if not task:
            errors["task"] = "Describe the action."
        if not isinstance(chosen, list) or not chosen:
            errors["owners"] = "Choose at least one owner."
        member_ids = tuple(payload_number(o.get("value")) if isinstance(o, dict) else None for o in chosen or [])
        due = payload_day(due_text) if due_text else None
        if None in member_ids:
            errors["owners"] = "One of the chosen owners is not on this board's roster."
        if due_text and due is None:
            errors["due"] = "That is not a date."
        who = None if errors else wiring.from_button(body, client, context)
        if errors or who is None:
            ack(response_action="errors", errors=errors or {"task": "You are not on this board's roster."})
            return
        try:
            metadata = json.loads(payload_text(view.get("private_metadata")) or "{}")
        except ValueError:
            metadata = {}
        link = metadata.get("source_link") if isinstance(metadata, dict) else None
        form = ActionForm(
            task=task,
            member_ids=tuple(m for m in member_ids if m is not None),
            due=due,
            source_link=link if isinstance(link, str) else None,
        )
        now = wiring.clock()
        reply = who.assistant.record(who.person, form, now, delivery=delivery_key(body))
        if not reply.stored and not reply.duplicate:
            ack(response_action="errors", errors={"task": reply.text[:150]})
            return
        ack()
        if not reply.duplicate:
            post_reply(client, body["user"]["id"], reply, now.date())
            wiring.tell_others(client, who, reply)

    @app.view(blocks.UPDATE_MODAL)
    @answered("view")
    def on_update_submitted(ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient,
                            context: BoltContext) -> None:  # fmt: skip
        note = payload_text(view.get("state", {}).get("values", {}).get("note", {}).get("note", {}).get("value"))
        try:
            number = payload_number(json.loads(payload_text(view.get("private_metadata")) or "{}")["number"])
        except (ValueError, KeyError, TypeError):
            number = None
        if number is None:
            ack(response_action="errors", errors={"note": "This form has expired; open it again."})
            return
        who = wiring.from_button(body, client, context)
        if who is None:
            ack(response_action="errors", errors={"note": "You are not on this board's roster."})
            return
        now = wiring.clock()
        reply = who.assistant.add_note(who.person, number, note, now, delivery=delivery_key(body))
        if not reply.stored and not reply.duplicate:
            ack(response_action="errors", errors={"note": reply.text[:150]})
            return
        ack()
        if not reply.duplicate:
            post_reply(client, body["user"]["id"], reply, now.date())
