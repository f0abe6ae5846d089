"""The Slack app: Bolt wiring for conversation, slash commands, buttons, modals, shortcuts and App Home.

Listeners stay thin: they turn Slack's payload into plain values, call the assistant (bot/), and render its
Reply with handlers.blocks. Every request is answered well inside Slack's 3 seconds; owners' DMs go out after.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import urllib.request
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from slack_bolt import Ack, App, BoltContext, BoltResponse, Respond
from slack_bolt.oauth.oauth_settings import OAuthSettings
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler

from bot.conversation.turn import ActionForm
from bot.errors import BoardError
from bot.replies import Reply
from bot.reports import tracker as tracker_report
from bot.runtime import DATABASE_ERRORS
from bot.tracker.identity import valid_chat_id
from handlers import blocks
from handlers.answering import DATABASE_DOWN, answered, describe
from handlers.markup import escape
from handlers.replying import after_reply, message_kwargs, post_reply
from handlers.settings import SlackSettings, local_now
from handlers.who import Directory, Writer

log = logging.getLogger(__name__)

MINUTES_HOW_TO = (
    "To import minutes, send me the minutes file (.docx, .txt, .md or .html) in a direct message. I'll show you "
    "what I found (the meeting, attendance and apologies, every action with its owners and due date) and import "
    "it when you press Confirm. Then each owner gets one message listing their new actions."
)
# /dscb-report builds and uploads its file after the acknowledgement, one report at a time: a board's whole
# tracker is the largest thing the app builds, and one at a time keeps the worker's memory bounded.
_reports = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tracker-report")
REPORT_FAILED = "Sorry, I couldn't prepare the action tracker; the problem has been logged. Please try again later."
REPORT_DATABASE_DOWN = "I couldn't read the action tracker: the database is unavailable. Please try again in a minute."
REPORT_NOT_UPLOADED = "Sorry, Slack didn't accept the action tracker file ({error}). Please try again in a few minutes."
_MENTION = re.compile(r"<@([UW][A-Z0-9]+)(?:\|[^>]*)?>")
_LINK = re.compile(r"<(?:https?|mailto):[^|>]*\|([^>]*)>|<((?:https?|mailto):[^>]*)>")
_LINK_REQUEST = re.compile(
    r"^(?:<@[UW][A-Z0-9]+>\s+)?link\s+<@(?P<user>[UW][A-Z0-9]+)(?:\|[^>]*)?>\s+(?:to|as)\s+(?P<name>.+)$", re.I
)
_SPECIAL = re.compile(r"<!(\w+)(?:\|[^>]*)?>")


def web_client(settings: SlackSettings, token: str | None = None) -> WebClient:
    """A Web API client with retries for rate limits (honouring Retry-After) and dropped connections."""
    kwargs: dict[str, Any] = {"token": token}
    if settings.api_url:
        kwargs["base_url"] = settings.api_url
    client = WebClient(**kwargs)
    client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=3))
    client.retry_handlers.append(ConnectionErrorRetryHandler(max_retry_count=2))
    return client


def create_app(
    settings: SlackSettings,
    database_url: str,
    *,
    process_before_response: bool = True,
    clock: Callable[[], dt.datetime] = local_now,
) -> App:
    """The Bolt app for one database; single workspace with a bot token, or multi-workspace with OAuth."""
    options: dict[str, Any] = {
        "signing_secret": settings.signing_secret or "",
        "process_before_response": process_before_response,
        "client": web_client(settings, settings.bot_token),
    }
    if settings.oauth:
        options["oauth_settings"] = _oauth_settings(settings, database_url)
        options["client"] = web_client(settings)
    app = App(logger=_quiet_logger(), **options)
    register(app, Directory(database_url), database_url, clock)
    return app


class _WithoutContent(logging.Filter):
    """Bolt's own log lines may quote a request's body (a bad signature's, an unhandled request's): keep the line,
    drop the body, so nothing anybody wrote reaches the logs."""

    _BODY = re.compile(r"\s*\((?:signature:|\{).*", re.S)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cut = self._BODY.sub(" (request details not logged)", message)
        if cut != message:
            record.msg, record.args = cut, ()
        return True


def _quiet_logger() -> logging.Logger:
    """The logger Bolt's middleware copies its filters from."""
    logger = logging.getLogger("handlers.bolt")
    if not any(isinstance(f, _WithoutContent) for f in logger.filters):
        logger.addFilter(_WithoutContent())
    return logger


def _oauth_settings(settings: SlackSettings, database_url: str) -> OAuthSettings:
    from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
    from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore

    from bot.runtime import engine_for

    engine = engine_for(database_url)
    installations = SQLAlchemyInstallationStore(client_id=settings.client_id or "", engine=engine)
    states = SQLAlchemyOAuthStateStore(expiration_seconds=600, engine=engine)
    installations.create_tables()  # type: ignore[no-untyped-call]  # slack_sdk's own tables, versioned by it
    states.create_tables()  # type: ignore[no-untyped-call]
    return OAuthSettings(
        client_id=settings.client_id,
        client_secret=settings.client_secret,
        scopes=list(settings.scopes),
        installation_store=installations,
        state_store=states,
    )


def download(client: WebClient, file_id: str) -> tuple[str, bytes]:
    """A shared file's name and bytes, fetched with the bot token (never more than the minutes' size limit)."""
    from bot.minutes.reader import MAX_MINUTES_BYTES

    info = client.files_info(file=file_id)["file"]
    url = info.get("url_private_download") or info["url_private"]
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {client.token}"})
    with urllib.request.urlopen(request, timeout=20) as answer:
        data = answer.read(MAX_MINUTES_BYTES + 1)
    return str(info.get("name") or "minutes.txt"), data


def dm_channel(client: WebClient, user_id: str) -> str:
    channel = client.conversations_open(users=user_id)["channel"]["id"]
    return str(channel)


def plain_text(text: str, writer: Writer) -> str:
    """Slack's message text as a person wrote it: mentions become names, links their labels, entities unescaped."""

    def person(match: re.Match[str]) -> str:
        member = writer.assistant.member_for_chat_user(match.group(1))
        return member.name if member else ""

    text = _MENTION.sub(person, text)
    text = _LINK.sub(lambda m: m.group(1) or m.group(2), text)
    text = _SPECIAL.sub(lambda m: f"@{m.group(1)}", text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip()


def register(app: App, directory: Directory, database_url: str, clock: Callable[[], dt.datetime]) -> None:
    """Attach every listener to the app."""

    @app.middleware
    def checked_ids(context: BoltContext, next: Callable[[], None]) -> BoltResponse | None:
        """Ids are Slack-shaped (anything else is a forged or broken request: 400), and only a workspace the app
        is installed in (the token's workspace, or an OAuth installation) may be given a board."""
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

    def writer_for(client: WebClient, context: BoltContext, user_id: str) -> Writer | str:
        team = context.team_id or context.enterprise_id or ""
        return directory.writer(client, team, user_id, installed=bool(context.get("installed")))

    # Conversation --------------------------------------------------------------------------------------------
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
        thread = _text(event.get("thread_ts")) or _text(event.get("ts"))
        in_channel = event.get("channel_type") != "im"
        now = clock()
        try:
            who = writer_for(client, context, user)
        except DATABASE_ERRORS as error:
            log.error("database unavailable: %s", describe(error))
            post_reply(client, channel, Reply(DATABASE_DOWN, private=True), now.date(), thread)
            return
        if isinstance(who, str):
            post_reply(client, channel, Reply(who, private=True), now.date(), thread)
            return
        message = _text(event.get("text"))
        linking = _LINK_REQUEST.match(message)
        event_id = body.get("event_id")
        try:
            if linking:
                reply = who.assistant.link_account(who.person, linking["user"], linking["name"], now,
                                                   delivery=_text(event_id) or None)  # fmt: skip
            else:
                text = plain_text(message, who)
                reply = who.assistant.reply(who.person, text, now, delivery=_text(event_id) or None)
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
        after_reply(client, database_url, reply, who.person.id, now.date())

    def minutes_shared(event: dict[str, Any], body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        """A file sent in a DM: minutes to preview, with Confirm to import them."""
        who = writer_for(client, context, event["user"])
        now = clock()
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
            publish_home(client, context, event["user"])

    def publish_home(client: WebClient, context: BoltContext, user: str) -> None:
        who = writer_for(client, context, user)
        if isinstance(who, str):
            view = {"type": "home", "blocks": [blocks.section(escape(who))]}
        else:
            now = clock()
            try:
                home = who.assistant.home(who.person, now, actions_shown=blocks.HOME_ACTIONS)
                view = blocks.home_view(home, now.date())
            except BoardError as error:  # e.g. the member was erased since this process last read the roster
                view = {"type": "home", "blocks": [blocks.section(escape(str(error)))]}
        try:
            client.views_publish(user_id=user, view=view)
        except SlackApiError as error:
            log.error("views.publish failed for %s: %s", user, error.response.get("error"))

    # Slash commands -----------------------------------------------------------------------------------------
    def command(run: Callable[[Writer, str, dt.datetime, str | None], Reply]) -> Any:
        """Answer a slash command in the acknowledgement itself (ephemeral); a replay of one that stored
        something (the same trigger id) is answered without storing it again."""

        @answered("command")
        def listener(ack: Ack, command: dict[str, Any], client: WebClient, context: BoltContext) -> None:
            now = clock()
            who = writer_for(client, context, command["user_id"])
            if isinstance(who, str):
                ack(text=escape(who))
                return
            reply = run(who, _text(command.get("text")).strip(), now, _delivery(command))
            ack(response_type="ephemeral", **message_kwargs(reply, now.date()))
            if not reply.duplicate:
                after_reply(client, database_url, reply, who.person.id, now.date())

        return listener

    app.command("/dscb-actions")(
        command(lambda who, text, now, key: who.assistant.query(who.person, text, now, delivery=key))
    )
    app.command("/dscb-apologies")(
        command(lambda who, text, now, key: who.assistant.apology_command(who.person, text, now, delivery=key))
    )
    app.command("/dscb-audit")(
        command(lambda who, text, now, key: who.assistant.audit_command(who.person, text, now, delivery=key))
    )
    app.command("/dscb")(command(lambda who, text, now, key: who.assistant.reply(who.person, "help", now)))
    app.command("/dscb-minutes")(command(lambda who, text, now, key: Reply(MINUTES_HOW_TO, private=True)))

    @app.command("/dscb-report")
    @answered("command")
    def on_report(ack: Ack, command: dict[str, Any], client: WebClient, context: BoltContext,
                  respond: Respond) -> None:  # fmt: skip
        """The tracker report for the next meeting pack, as a file in the member's DM: acknowledged at once, then
        built and uploaded in the background (a large board's tracker takes longer than Slack's 3 seconds)."""
        wanted = _text(command.get("text") or "xlsx").strip().lower() or "xlsx"
        if wanted not in tracker_report.FORMATS:
            ack(text=f"Which format? `/dscb-report xlsx`, `csv`, `md` or `html`, not {escape(wanted[:40])!r}.")
            return
        who = writer_for(client, context, command["user_id"])
        if isinstance(who, str):
            ack(text=escape(who))
            return
        ack(text=f"Preparing the action tracker ({wanted}); it will arrive in our direct messages.")
        _reports.submit(send_report, who, wanted, clock(), client, command["user_id"], respond)

    def send_report(who: Writer, kind: str, now: dt.datetime, client: WebClient, user: str, respond: Respond) -> None:
        """Build the tracker file and upload it to the member's DM; a failure is logged and told to the member
        where they typed the command."""
        try:
            name, content = who.assistant.tracker_file(who.person, kind, now)
            client.files_upload_v2(
                channel=dm_channel(client, user), filename=name, content=content, title=name,
                initial_comment="The Action Tracker Review for the meeting pack.",
            )  # fmt: skip
            return
        except SlackApiError as error:
            log.error("could not upload the tracker report: %s", error.response.get("error"))
            problem = REPORT_NOT_UPLOADED.format(error=error.response.get("error") or "no reason given")
        except DATABASE_ERRORS as error:
            log.error("database unavailable for the tracker report: %s", describe(error))
            problem = REPORT_DATABASE_DOWN
        except Exception as error:
            log.error("the tracker report failed: %s", describe(error))
            problem = REPORT_FAILED
        try:
            respond(text=escape(problem), response_type="ephemeral", replace_original=False)
        except Exception:
            log.warning("could not tell %s that their tracker report failed", user)

    # Buttons ------------------------------------------------------------------------------------------------
    def from_button(body: dict[str, Any], client: WebClient, context: BoltContext) -> Writer | None:
        user = (body.get("user") or {}).get("id") if isinstance(body.get("user"), dict) else None
        if not isinstance(user, str):
            return None
        who = writer_for(client, context, user)
        return None if isinstance(who, str) else who

    def answer_button(reply: Reply, body: dict[str, Any], respond: Respond, client: WebClient, context: BoltContext,
                      *, replace: bool = False) -> None:  # fmt: skip
        today = clock().date()
        if (body.get("view") or {}).get("type") == "home" or not body.get("response_url"):
            post_reply(client, body["user"]["id"], reply, today)
            publish_home(client, context, body["user"]["id"])
        else:
            respond(replace_original=replace, response_type="ephemeral", **message_kwargs(reply, today))

    def number_of(action: dict[str, Any]) -> int | None:
        raw = action.get("value") or _text(action.get("block_id")).removeprefix("action-")
        return _whole(raw)

    @app.action(blocks.DONE)
    @answered("action")
    def on_done(ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Respond, client: WebClient,
                context: BoltContext) -> None:  # fmt: skip
        ack()
        number = number_of(action)
        who = from_button(body, client, context) if number is not None else None
        if who is None or number is None:
            return
        reply = who.assistant.close(who.person, number, clock(), delivery=_delivery(body))
        answer_button(reply, body, respond, client, context)

    @app.action(blocks.CHANGE_DATE)
    @answered("action")
    def on_change_date(ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Respond, client: WebClient,
                       context: BoltContext) -> None:  # fmt: skip
        ack()
        number, due = number_of(action), _day(action.get("selected_date"))
        who = from_button(body, client, context) if number is not None and due is not None else None
        if who is None or number is None or due is None:
            return
        reply = who.assistant.change_due(who.person, number, due, clock(), delivery=_delivery(body))
        answer_button(reply, body, respond, client, context)

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
            payload = json.loads(_text(action.get("value")))
        except ValueError:
            return
        who = from_button(body, client, context) if isinstance(payload, dict) else None
        if who is None or not isinstance(payload, dict):
            return
        if payload.get("op") == "import_minutes" and payload.get("writer") == who.person.id:
            try:
                name, data = download(client, str(payload.get("source")))
                reply = who.assistant.import_minutes(who.person, data, name, clock(), delivery=_delivery(body))
            except (SlackApiError, OSError, KeyError):
                reply = Reply("I couldn't download the minutes again; please send the file again.", private=True)
        else:
            reply = who.assistant.resolve(who.person, payload, clock(), delivery=_delivery(body))
        answer_button(reply, body, respond, client, context, replace=True)
        if not reply.duplicate:
            after_reply(client, database_url, reply, who.person.id, clock().date())

    @app.action(blocks.PAGE)
    @answered("action")
    def on_page(ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Respond, client: WebClient,
                context: BoltContext) -> None:  # fmt: skip
        ack()
        try:
            wanted = json.loads(_text(action.get("value")))
            page, query = _whole(wanted["page"]), str(wanted.get("q", ""))[:200]
        except (ValueError, KeyError, TypeError):
            return
        who = from_button(body, client, context) if page is not None else None
        if who is None or page is None:
            return
        now = clock()
        reply = who.assistant.query(who.person, query, now, page=page)
        respond(replace_original=True, text=blocks.fallback_text(reply),
                blocks=blocks.reply_blocks(reply, now.date(), page=page, query=query))  # fmt: skip

    @app.action(blocks.CANT_ATTEND)
    @answered("action")
    def on_cant_attend(ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Respond, client: WebClient,
                       context: BoltContext) -> None:  # fmt: skip
        ack()
        day = _day(action.get("value"))
        who = from_button(body, client, context) if day is not None else None
        if who is not None and day is not None:
            reply = who.assistant.apologise(who.person, clock(), day=day, delivery=_delivery(body))
            answer_button(reply, body, respond, client, context)
            if not reply.duplicate:
                after_reply(client, database_url, reply, who.person.id, clock().date())

    @app.action(blocks.AUDIT_STATUS)
    @answered("action")
    def on_audit_status(ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Respond, client: WebClient,
                        context: BoltContext) -> None:  # fmt: skip
        ack()
        number = _whole(_text(action.get("block_id")).removeprefix("audit-"))
        status = _text((action.get("selected_option") or {}).get("value"))
        who = from_button(body, client, context) if number is not None else None
        if who is not None and number is not None:
            reply = who.assistant.set_audit_status(who.person, number, status, clock(), delivery=_delivery(body))
            answer_button(reply, body, respond, client, context)

    # Shortcuts and modals -----------------------------------------------------------------------------------
    def roster_of(who: Writer) -> list[tuple[int, str]]:
        return [(p.id, p.name) for p in who.assistant.snapshot_now().directory.members]

    @app.shortcut("new_action")
    @answered("shortcut")
    def on_new_action(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        ack()
        who = from_button(body, client, context) if _text(body.get("trigger_id")) else None
        if who is not None:
            client.views_open(trigger_id=body["trigger_id"], view=blocks.record_modal(roster_of(who)))

    @app.shortcut("record_as_action")
    @answered("shortcut")
    def on_record_as_action(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        ack()
        who = from_button(body, client, context) if _text(body.get("trigger_id")) else None
        if who is None:
            return
        shared = body.get("message")
        message: dict[str, Any] = shared if isinstance(shared, dict) else {}
        text = plain_text(_text(message.get("text")), who)
        meaning = who.assistant.understand(who.person, text, clock())
        link = None
        try:
            link = client.chat_getPermalink(channel=body["channel"]["id"], message_ts=message["ts"])["permalink"]
        except (SlackApiError, KeyError, TypeError):
            log.warning("no permalink for a recorded message")
        owner_ids = [o.id for o in meaning.owners if o.kind == "member" and o.id is not None]
        view = blocks.record_modal(roster_of(who), text=meaning.task or text, owner_ids=owner_ids, due=meaning.due,
                                   source_link=link)  # fmt: skip
        client.views_open(trigger_id=body["trigger_id"], view=view)

    @app.options("owners")
    @answered("options")
    def on_owner_options(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        who = from_button(body, client, context)
        ack(options=blocks.roster_options(roster_of(who), _text(body.get("value"))) if who else [])

    @app.view(blocks.RECORD_MODAL)
    @answered("view")
    def on_record_submitted(ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient,
                            context: BoltContext) -> None:  # fmt: skip
        values = view.get("state", {}).get("values", {})
        task = _text(values.get("task", {}).get("task", {}).get("value")).strip()
        chosen = values.get("owners", {}).get("owners", {}).get("selected_options") or []
        due_text = values.get("due", {}).get("due", {}).get("selected_date")
        errors = {}
        if not task:
            errors["task"] = "Describe the action."
        if not isinstance(chosen, list) or not chosen:
            errors["owners"] = "Choose at least one owner."
        member_ids = tuple(_whole(o.get("value")) if isinstance(o, dict) else None for o in chosen or [])
        due = _day(due_text) if due_text else None
        if None in member_ids:
            errors["owners"] = "One of the chosen owners is not on this board's roster."
        if due_text and due is None:
            errors["due"] = "That is not a date."
        who = None if errors else from_button(body, client, context)
        if errors or who is None:
            ack(response_action="errors", errors=errors or {"task": "You are not on this board's roster."})
            return
        try:
            metadata = json.loads(_text(view.get("private_metadata")) or "{}")
        except ValueError:
            metadata = {}
        link = metadata.get("source_link") if isinstance(metadata, dict) else None
        form = ActionForm(
            task=task,
            member_ids=tuple(m for m in member_ids if m is not None),
            due=due,
            source_link=link if isinstance(link, str) else None,
        )
        now = clock()
        reply = who.assistant.record(who.person, form, now, delivery=_delivery(body))
        if not reply.stored and not reply.duplicate:
            ack(response_action="errors", errors={"task": reply.text[:150]})
            return
        ack()
        if not reply.duplicate:
            post_reply(client, body["user"]["id"], reply, now.date())
            after_reply(client, database_url, reply, who.person.id, now.date())

    @app.view(blocks.UPDATE_MODAL)
    @answered("view")
    def on_update_submitted(ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient,
                            context: BoltContext) -> None:  # fmt: skip
        note = _text(view.get("state", {}).get("values", {}).get("note", {}).get("note", {}).get("value"))
        try:
            number = _whole(json.loads(_text(view.get("private_metadata")) or "{}")["number"])
        except (ValueError, KeyError, TypeError):
            number = None
        if number is None:
            ack(response_action="errors", errors={"note": "This form has expired; open it again."})
            return
        who = from_button(body, client, context)
        if who is None:
            ack(response_action="errors", errors={"note": "You are not on this board's roster."})
            return
        now = clock()
        reply = who.assistant.add_note(who.person, number, note, now, delivery=_delivery(body))
        if not reply.stored and not reply.duplicate:
            ack(response_action="errors", errors={"note": reply.text[:150]})
            return
        ack()
        if not reply.duplicate:
            post_reply(client, body["user"]["id"], reply, now.date())

    @app.error
    def on_error(error: Exception, body: dict[str, Any]) -> BoltResponse:
        """What a listener's wrapper could not catch (Bolt's own middleware): logged without content, answered 400
        (a payload Bolt could not make sense of), never a 500."""
        log.error("request failed before reaching a listener: %s", type(error).__name__)
        return BoltResponse(status=400, body="bad request")


def _text(value: object) -> str:
    """A string field of a payload, or "" when it is missing or of another type."""
    return value if isinstance(value, str) else ""


def _whole(value: object) -> int | None:
    """A number a button carries: plain ASCII digits, at most nine of them ("²", "1e309" and "10**30" are not)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value if 0 <= value < 10**9 else None
    raw = _text(value)
    return int(raw) if raw.isascii() and raw.isdigit() and len(raw) <= 9 else None


def _day(value: object) -> dt.date | None:
    raw = _text(value)
    try:
        return dt.date.fromisoformat(raw) if len(raw) == 10 else None
    except ValueError:
        return None


def _delivery(body: dict[str, Any]) -> str | None:
    """What makes a request unique, for writing once: Slack's trigger id (a replay carries the same one)."""
    trigger = body.get("trigger_id") if isinstance(body, dict) else None
    return f"trigger:{trigger}" if isinstance(trigger, str) and 0 < len(trigger) <= 90 else None
