"""Sending the assistant's replies to Slack (what it sends on its own goes through the outbox)."""

from __future__ import annotations

import datetime as dt
import logging
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.replies import Reply
from handlers.slack.blocks import fallback_text, reply_blocks

log = logging.getLogger(__name__)
_background = ThreadPoolExecutor(max_workers=4, thread_name_prefix="slack-notify")


def post_reply(client: WebClient, channel: str, reply: Reply, today: dt.date, thread_ts: str | None = None) -> None:
    """Post a reply; a Web API failure is logged and never undoes what was stored."""
    try:
        client.chat_postMessage(
            channel=channel, text=fallback_text(reply), blocks=reply_blocks(reply, today), thread_ts=thread_ts
        )
    except SlackApiError as error:
        log.error("chat.postMessage to %s failed: %s", channel, error.response.get("error"))


def message_kwargs(reply: Reply, today: dt.date) -> dict[str, Any]:
    """Arguments for ack()/respond() with a reply."""
    return {"text": fallback_text(reply), "blocks": reply_blocks(reply, today)}
