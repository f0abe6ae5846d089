"""What every group of Slack listeners shares: the ``Wiring`` (the boards' assistants, the database, the clock, and
the few steps several listeners take: who is writing, answering a button, publishing the home tab), the guard
middleware on every request's ids, and reading a payload's fields strictly (they are the client's data).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from slack_bolt import App, BoltContext, BoltResponse, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.errors import BoardError
from bot.replies import Reply
from bot.tracker.identity import valid_chat_id
from handlers.slack import blocks
from handlers.slack.charts import HomeCharts
from handlers.slack.markup import escape
from handlers.slack.outbox import after_reply
from handlers.slack.replying import message_kwargs, post_reply
from handlers.slack.who import Directory, Writer

log = logging.getLogger(__name__)
_MENTION = re.compile(r"<@([UW][A-Z0-9]+)(?:\|[^>]*)?>")
_LINK = re.compile(r"<(?:https?|mailto):[^|>]*\|([^>]*)>|<((?:https?|mailto):[^>]*)>")
_SPECIAL = re.compile(r"<!(\w+)(?:\|[^>]*)?>")


@dataclass(frozen=True)
class Wiring:
    """The boards' assistants in this process, the database and the clock, for every listener."""

    directory: Directory
    database_url: str
    clock: Callable[[], dt.datetime]
    charts: HomeCharts = field(default_factory=HomeCharts)

    def writer_for(self, client: WebClient, context: BoltContext, user_id: str) -> Writer | str:
        """The member writing, or the polite answer for someone who is not on the board's roster."""
        team = context.team_id or context.enterprise_id or ""
        return self.directory.writer(client, team, user_id, installed=bool(context.get("installed")))

    def from_button(self, body: dict[str, Any], client: WebClient, context: BoltContext) -> Writer | None:
        """The member who clicked or submitted, or None (not on the roster, or no user in the payload)."""
        user = (body.get("user") or {}).get("id") if isinstance(body.get("user"), dict) else None
        if not isinstance(user, str):
            return None
        who = self.writer_for(client, context, user)
        return None if isinstance(who, str) else who

    def answer_button(self, reply: Reply, body: dict[str, Any], respond: Respond, client: WebClient,
                      context: BoltContext, *, replace: bool = False) -> None:  # fmt: skip
        """A click's answer: in place of the message clicked, or as a DM and a fresh home tab for App Home."""
        today = self.clock().date()
        if (body.get("view") or {}).get("type") == "home" or not body.get("response_url"):
            post_reply(client, body["user"]["id"], reply, today)
            self.publish_home(client, context, body["user"]["id"])
        else:
            respond(replace_original=replace, response_type="ephemeral", **message_kwargs(reply, today))

    def publish_home(self, client: WebClient, context: BoltContext, user: str) -> None:
        who = self.writer_for(client, context, user)
        if isinstance(who, str):
            view = {"type": "home", "blocks": [blocks.section(escape(who))]}
        else:
            now = self.clock()
            try:
                home = who.assistant.home(who.person, now, actions_shown=blocks.HOME_ACTIONS)
                chart = who.assistant.home_chart(who.person, now)
                shown = self.charts.file_id(client, chart) if chart is not None and chart.rows else None
                view = blocks.home_view(home, now.date(), (shown, chart.alt_text) if shown and chart else None)
            except BoardError as error:  # e.g. the member was erased since this process last read the roster
                view = {"type": "home", "blocks": [blocks.section(escape(str(error)))]}
        try:
            client.views_publish(user_id=user, view=view)
        except SlackApiError as error:
            log.error("views.publish failed for %s: %s", user, error.response.get("error"))

    def tell_others(self, client: WebClient, who: Writer, reply: Reply) -> None:
        """After the answer: the notices a stored reply asks for (new owners, minutes owners, alerts), through the
        outbox; a replayed request's reply asks for none."""
        if not reply.duplicate:
            after_reply(client, self.database_url, who.assistant.board_id, reply, who.person.id, self.clock().date())

    def roster_of(self, who: Writer) -> list[tuple[int, str]]:
        return [(p.id, p.name) for p in who.assistant.snapshot_now().directory.members]


def guard_ids(app: App) -> None:
    """Ids are Slack-shaped (anything else is a forged or broken request: 400), and only a workspace the app is
    installed in (the token's workspace, or an OAuth installation) may be given a board."""

    @app.middleware
    def checked_ids(context: BoltContext, next: Callable[[], None]) -> BoltResponse | None:
        for value in (context.team_id, context.enterprise_id, context.user_id, context.channel_id):
            if value is not None and not valid_chat_id(value):
                return BoltResponse(status=400, body="bad request")
        authorised = context.authorize_result
        context["installed"] = authorised is not None and (
            authorised.team_id == context.team_id
            or bool(authorised.enterprise_id and authorised.enterprise_id == context.enterprise_id)
        )
        next()
        return None


def payload_text(value: object) -> str:
    """A string field of a payload, or "" when it is missing or of another type."""
    return value if isinstance(value, str) else ""


def payload_number(value: object) -> int | None:
    """A number a button carries: plain ASCII digits, at most nine of them ("²", "1e309" and "10**30" are not)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value if 0 <= value < 10**9 else None
    raw = payload_text(value)
    return int(raw) if raw.isascii() and raw.isdigit() and len(raw) <= 9 else None


def payload_day(value: object) -> dt.date | None:
    raw = payload_text(value)
    try:
        return dt.date.fromisoformat(raw) if len(raw) == 10 else None
    except ValueError:
        return None


def delivery_key(body: dict[str, Any]) -> str | None:
    """What makes a request unique, for writing once: Slack's trigger id (a replay carries the same one)."""
    trigger = body.get("trigger_id") if isinstance(body, dict) else None
    return f"trigger:{trigger}" if isinstance(trigger, str) and 0 < len(trigger) <= 90 else None


def plain_text(text: str, writer: Writer) -> str:
    """Slack's message text as a person wrote it: mentions become names, links their labels, entities unescaped."""

    def person(match: re.Match[str]) -> str:
        member = writer.assistant.member_for_chat_user(match.group(1))
        return member.name if member else ""

    text = _MENTION.sub(person, text)
    text = _LINK.sub(lambda m: m.group(1) or m.group(2), text)
    text = _SPECIAL.sub(lambda m: f"@{m.group(1)}", text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip()


def download(client: WebClient, file_id: str) -> tuple[str, bytes]:
    """A shared file's name and bytes, fetched with the bot token (never more than the minutes' size limit)."""
    from bot.minutes.files import max_bytes

    info = client.files_info(file=file_id)["file"]
    name = str(info.get("name") or "minutes.txt")
    url = info.get("url_private_download") or info["url_private"]
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {client.token}"})
    with urllib.request.urlopen(request, timeout=20) as answer:
        data = answer.read(max_bytes(name) + 1)  # one byte over: a file too large is refused as such
    return name, data


def dm_channel(client: WebClient, user_id: str) -> str:
    channel = client.conversations_open(users=user_id)["channel"]["id"]
    return str(channel)
