"""Sending the assistant's replies to Slack, and telling new owners about their actions."""

from __future__ import annotations

import datetime as dt
import logging
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.replies import Reply
from bot.tracker.identity import chat_users
from handlers.slack.blocks import action_blocks, fallback_text, reply_blocks, section
from handlers.slack.markup import escape
from handlers.slack.who import SlackAccounts

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


def after_reply(client: WebClient, database_url: str, reply: Reply, writer_id: int, today: dt.date) -> None:
    """After the ack: one DM to each newly assigned owner on Slack, and any alerts for the business manager."""
    if not reply.stored:
        return
    member_ids = [m for m in reply.extra.get("owner_member_ids", []) if m != writer_id]
    if member_ids and reply.actions:
        _background.submit(_send_owner_dms, client, database_url, reply, member_ids, today)
    alerts = reply.extra.get("alerts") or []
    if alerts:
        _background.submit(_send_alerts, client, database_url, alerts)
    owed = reply.extra.get("owner_actions") or {}
    if owed:
        _background.submit(_send_owner_lists, client, database_url, owed, today)


def _send_owner_lists(client: WebClient, database_url: str, owed: dict[int, list[Any]], today: dt.date) -> None:
    """After a minutes import: one DM per owner listing all their new actions."""
    users = slack_users(client, database_url, list(owed))
    for member_id, views in owed.items():
        blocks = [section(f"The minutes have been imported; you have {len(views)} new action(s):")]
        for view in views[: (50 - 1) // 2]:
            blocks.extend(action_blocks(view, today))
        if user := users.get(member_id):
            try:
                client.chat_postMessage(channel=user, text=f"You have {len(views)} new action(s) from the minutes.",
                                        blocks=blocks)  # fmt: skip
            except SlackApiError as error:
                log.error("could not tell %s about their actions: %s", user, error.response.get("error"))


def _send_alerts(client: WebClient, database_url: str, alerts: list[tuple[int, str]]) -> None:
    users = slack_users(client, database_url, [member_id for member_id, _ in alerts])
    for member_id, text in alerts:
        if user := users.get(member_id):
            try:
                client.chat_postMessage(channel=user, text=escape(text))
            except SlackApiError as error:
                log.error("could not alert %s: %s", user, error.response.get("error"))


def _send_owner_dms(client: WebClient, database_url: str, reply: Reply, member_ids: list[int], today: dt.date) -> None:
    view = reply.actions[0]
    blocks = [section(f"You have a new action, *{view.ref}*:"), *action_blocks(view, today)]
    text = f"You have a new action, {view.ref}: {escape(view.text)}"
    for user in slack_users(client, database_url, member_ids).values():
        try:
            client.chat_postMessage(channel=user, text=text, blocks=blocks)
        except SlackApiError as error:
            log.error("could not tell %s about %s: %s", user, view.ref, error.response.get("error"))


def slack_users(client: WebClient, database_url: str, member_ids: list[int]) -> dict[int, str]:
    """The Slack accounts of members, by member id; members not linked yet are found by their roster email."""
    return chat_users(database_url, member_ids, SlackAccounts(client))
