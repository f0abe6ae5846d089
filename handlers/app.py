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

from slack_bolt import Ack, App, BoltContext, Respond
from slack_bolt.oauth.oauth_settings import OAuthSettings
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler
from sqlalchemy.exc import OperationalError

from bot import tracker_report
from bot.errors import BoardError
from bot.replies import Reply
from bot.turn import ActionForm
from handlers import blocks
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
DATABASE_DOWN = "I couldn't save that, please try again in a minute. Nothing was changed."
SOMETHING_WRONG = "Sorry, something went wrong on my side; nothing was changed. The problem has been logged."
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
    app = App(**options)
    register(app, Directory(database_url), database_url, clock)
    return app


def _oauth_settings(settings: SlackSettings, database_url: str) -> OAuthSettings:
    from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
    from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore

    from store.db import engine_for

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
    from bot.minutes import MAX_MINUTES_BYTES

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

    def writer_for(client: WebClient, context: BoltContext, user_id: str) -> Writer | str:
        return directory.writer(client, context.team_id or context.enterprise_id or "", user_id)

    # Conversation --------------------------------------------------------------------------------------------
    def converse(event: dict[str, Any], body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        user = event.get("user")
        if event.get("subtype") == "file_share" and user and not event.get("bot_id"):
            minutes_shared(event, body, client, context)
            return
        if not user or event.get("bot_id") or event.get("subtype"):
            return  # other bots, edits, deletions, joins: not addressed to the assistant
        thread = event.get("thread_ts") or event.get("ts")
        channel = event["channel"]
        in_channel = event.get("channel_type") != "im"
        now = clock()
        try:
            who = writer_for(client, context, user)
        except OperationalError:
            log.exception("database unavailable")
            post_reply(client, channel, Reply(DATABASE_DOWN, private=True), now.date(), thread)
            return
        if isinstance(who, str):
            post_reply(client, channel, Reply(who, private=True), now.date(), thread)
            return
        linking = _LINK_REQUEST.match(event.get("text") or "")
        try:
            if linking:
                reply = who.assistant.link_account(who.person, linking["user"], linking["name"], now)
            else:
                text = plain_text(event.get("text") or "", who)
                reply = who.assistant.reply(who.person, text, now, delivery=body.get("event_id"))
        except OperationalError:
            log.exception("database unavailable")
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
                log.warning("could not read a shared file: %s", error)
                reply = Reply("I couldn't download that file from Slack; please send it again.", private=True)
            post_reply(client, channel, reply, now.date(), thread)

    @app.event("message")
    def on_direct_message(event: dict[str, Any], body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        if event.get("channel_type") == "im":
            converse(event, body, client, context)

    @app.event("app_mention")
    def on_mention(event: dict[str, Any], body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        converse(event, body, client, context)

    @app.event("app_home_opened")
    def on_home_opened(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        if event.get("tab", "home") == "home":
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
    def command(run: Any) -> Any:
        """Answer a slash command in the acknowledgement itself (ephemeral), with the same error handling."""

        def listener(ack: Ack, command: dict[str, Any], client: WebClient, context: BoltContext) -> None:
            now = clock()
            try:
                who = writer_for(client, context, command["user_id"])
                if isinstance(who, str):
                    ack(text=escape(who))
                    return
                reply: Reply = run(who, (command.get("text") or "").strip(), now)
            except OperationalError:
                log.exception("database unavailable")
                ack(text=DATABASE_DOWN)
                return
            except Exception:
                log.exception("slash command %s failed", command.get("command"))
                ack(text=SOMETHING_WRONG)
                return
            ack(response_type="ephemeral", **message_kwargs(reply, now.date()))
            after_reply(client, database_url, reply, who.person.id, now.date())

        return listener

    app.command("/dscb-actions")(command(lambda who, text, now: who.assistant.query(who.person, text, now)))
    app.command("/dscb-apologies")(command(lambda who, text, now: who.assistant.apology_command(who.person, text, now)))
    app.command("/dscb-audit")(command(lambda who, text, now: who.assistant.audit_command(who.person, text, now)))
    app.command("/dscb")(command(lambda who, text, now: who.assistant.reply(who.person, "help", now)))
    app.command("/dscb-minutes")(command(lambda who, text, now: Reply(MINUTES_HOW_TO, private=True)))

    @app.command("/dscb-report")
    def on_report(ack: Ack, command: dict[str, Any], client: WebClient, context: BoltContext,
                  respond: Respond) -> None:  # fmt: skip
        """The tracker report for the next meeting pack, as a file in the member's DM: acknowledged at once, then
        built and uploaded in the background (a large board's tracker takes longer than Slack's 3 seconds)."""
        wanted = (command.get("text") or "xlsx").strip().lower() or "xlsx"
        if wanted not in tracker_report.FORMATS:
            ack(text=f"Which format? `/dscb-report xlsx`, `csv`, `md` or `html`, not {escape(wanted)!r}.")
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
        except OperationalError:
            log.exception("database unavailable for the tracker report")
            problem = REPORT_DATABASE_DOWN
        except Exception:
            log.exception("the tracker report failed")
            problem = REPORT_FAILED
        try:
            respond(text=escape(problem), response_type="ephemeral", replace_original=False)
        except Exception:
            log.warning("could not tell %s that their tracker report failed", user)

    # Buttons ------------------------------------------------------------------------------------------------
    def from_button(body: dict[str, Any], client: WebClient, context: BoltContext) -> Writer | None:
        who = writer_for(client, context, body["user"]["id"])
        return None if isinstance(who, str) else who

    def answer_button(reply: Reply, body: dict[str, Any], respond: Respond, client: WebClient, context: BoltContext,
                      *, replace: bool = False) -> None:  # fmt: skip
        today = clock().date()
        if body.get("view", {}).get("type") == "home" or not body.get("response_url"):
            post_reply(client, body["user"]["id"], reply, today)
            publish_home(client, context, body["user"]["id"])
        else:
            respond(replace_original=replace, response_type="ephemeral", **message_kwargs(reply, today))

    def number_of(action: dict[str, Any]) -> int | None:
        raw = action.get("value") or (action.get("block_id") or "").removeprefix("action-")
        return int(raw) if str(raw).isdigit() else None

    @app.action(blocks.DONE)
    def on_done(ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Respond, client: WebClient,
                context: BoltContext) -> None:  # fmt: skip
        ack()
        who, number = from_button(body, client, context), number_of(action)
        if who is None or number is None:
            return
        answer_button(who.assistant.close(who.person, number, clock()), body, respond, client, context)

    @app.action(blocks.CHANGE_DATE)
    def on_change_date(ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Respond, client: WebClient,
                       context: BoltContext) -> None:  # fmt: skip
        ack()
        who, number = from_button(body, client, context), number_of(action)
        if who is None or number is None:
            return
        try:
            due = dt.date.fromisoformat(action.get("selected_date") or "")
        except ValueError:
            return
        reply = who.assistant.change_due(who.person, number, due, clock())
        answer_button(reply, body, respond, client, context)

    @app.action(blocks.ADD_UPDATE)
    def on_add_update(ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient) -> None:
        ack()
        number = number_of(action)
        if number is not None:
            client.views_open(trigger_id=body["trigger_id"], view=blocks.update_modal(number))

    @app.action(re.compile(rf"^{blocks.CHOOSE}_\d+$"))
    def on_choice(ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Respond, client: WebClient,
                  context: BoltContext) -> None:  # fmt: skip
        ack()
        who = from_button(body, client, context)
        try:
            payload = json.loads(action.get("value") or "")
        except ValueError:
            return
        if who is None or not isinstance(payload, dict):
            return
        if payload.get("op") == "import_minutes" and payload.get("writer") == who.person.id:
            try:
                name, data = download(client, str(payload.get("source")))
                reply = who.assistant.import_minutes(who.person, data, name, clock())
            except (SlackApiError, OSError, KeyError):
                reply = Reply("I couldn't download the minutes again; please send the file again.", private=True)
        else:
            reply = who.assistant.resolve(who.person, payload, clock())
        answer_button(reply, body, respond, client, context, replace=True)
        after_reply(client, database_url, reply, who.person.id, clock().date())

    @app.action(blocks.PAGE)
    def on_page(ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Respond, client: WebClient,
                context: BoltContext) -> None:  # fmt: skip
        ack()
        who = from_button(body, client, context)
        try:
            wanted = json.loads(action.get("value") or "")
            page, query = int(wanted["page"]), str(wanted.get("q", ""))
        except (ValueError, KeyError, TypeError):
            return
        if who is None:
            return
        now = clock()
        reply = who.assistant.query(who.person, query, now, page=max(0, page))
        respond(replace_original=True, text=blocks.fallback_text(reply),
                blocks=blocks.reply_blocks(reply, now.date(), page=page, query=query))  # fmt: skip

    @app.action(blocks.CANT_ATTEND)
    def on_cant_attend(ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Respond, client: WebClient,
                       context: BoltContext) -> None:  # fmt: skip
        ack()
        who = from_button(body, client, context)
        try:
            day = dt.date.fromisoformat(action.get("value") or "")
        except ValueError:
            return
        if who is not None:
            reply = who.assistant.apologise(who.person, clock(), day=day)
            answer_button(reply, body, respond, client, context)
            after_reply(client, database_url, reply, who.person.id, clock().date())

    @app.action(blocks.AUDIT_STATUS)
    def on_audit_status(ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Respond, client: WebClient,
                        context: BoltContext) -> None:  # fmt: skip
        ack()
        who = from_button(body, client, context)
        raw = (action.get("block_id") or "").removeprefix("audit-")
        status = (action.get("selected_option") or {}).get("value", "")
        if who is not None and raw.isdigit():
            reply = who.assistant.set_audit_status(who.person, int(raw), status, clock())
            answer_button(reply, body, respond, client, context)

    # Shortcuts and modals -----------------------------------------------------------------------------------
    def roster_of(who: Writer) -> list[tuple[int, str]]:
        return [(p.id, p.name) for p in who.assistant.snapshot_now().directory.members]

    @app.shortcut("new_action")
    def on_new_action(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        ack()
        who = from_button(body, client, context)
        if who is not None:
            client.views_open(trigger_id=body["trigger_id"], view=blocks.record_modal(roster_of(who)))

    @app.shortcut("record_as_action")
    def on_record_as_action(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        ack()
        who = from_button(body, client, context)
        if who is None:
            return
        message = body.get("message") or {}
        text = plain_text(message.get("text") or "", who)
        meaning = who.assistant.understand(who.person, text, clock())
        link = None
        try:
            link = client.chat_getPermalink(channel=body["channel"]["id"], message_ts=message["ts"])["permalink"]
        except (SlackApiError, KeyError):
            log.warning("no permalink for a recorded message")
        owner_ids = [o.id for o in meaning.owners if o.kind == "member" and o.id is not None]
        view = blocks.record_modal(roster_of(who), text=meaning.task or text, owner_ids=owner_ids, due=meaning.due,
                                   source_link=link)  # fmt: skip
        client.views_open(trigger_id=body["trigger_id"], view=view)

    @app.options("owners")
    def on_owner_options(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext) -> None:
        who = from_button(body, client, context)
        ack(options=blocks.roster_options(roster_of(who), body.get("value", "")) if who else [])

    @app.view(blocks.RECORD_MODAL)
    def on_record_submitted(ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient,
                            context: BoltContext) -> None:  # fmt: skip
        who = from_button(body, client, context)
        values = view.get("state", {}).get("values", {})
        task = (values.get("task", {}).get("task", {}).get("value") or "").strip()
        chosen = values.get("owners", {}).get("owners", {}).get("selected_options") or []
        due_text = values.get("due", {}).get("due", {}).get("selected_date")
        errors = {}
        if not task:
            errors["task"] = "Describe the action."
        if not chosen:
            errors["owners"] = "Choose at least one owner."
        if errors or who is None:
            ack(response_action="errors", errors=errors or {"task": "You are not on this board's roster."})
            return
        try:
            metadata = json.loads(view.get("private_metadata") or "{}")
        except ValueError:
            metadata = {}
        form = ActionForm(
            task=task,
            member_ids=tuple(int(o["value"]) for o in chosen if str(o.get("value", "")).isdigit()),
            due=dt.date.fromisoformat(due_text) if due_text else None,
            source_link=metadata.get("source_link") if isinstance(metadata, dict) else None,
        )
        now = clock()
        reply = who.assistant.record(who.person, form, now)
        if not reply.stored:
            ack(response_action="errors", errors={"task": reply.text[:150]})
            return
        ack()
        post_reply(client, body["user"]["id"], reply, now.date())
        after_reply(client, database_url, reply, who.person.id, now.date())

    @app.view(blocks.UPDATE_MODAL)
    def on_update_submitted(ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient,
                            context: BoltContext) -> None:  # fmt: skip
        who = from_button(body, client, context)
        note = view.get("state", {}).get("values", {}).get("note", {}).get("note", {}).get("value") or ""
        try:
            number = int(json.loads(view.get("private_metadata") or "{}")["number"])
        except (ValueError, KeyError, TypeError):
            ack(response_action="errors", errors={"note": "This form has expired; open it again."})
            return
        if who is None:
            ack(response_action="errors", errors={"note": "You are not on this board's roster."})
            return
        now = clock()
        reply = who.assistant.add_note(who.person, number, note, now)
        if not reply.stored:
            ack(response_action="errors", errors={"note": reply.text[:150]})
            return
        ack()
        post_reply(client, body["user"]["id"], reply, now.date())

    @app.error
    def on_error(error: Exception, body: dict[str, Any], respond: Respond | None = None) -> None:
        log.exception("unhandled error in a Slack listener", exc_info=error)
        if respond is not None and body.get("response_url"):
            message = (
                DATABASE_DOWN
                if isinstance(error, OperationalError)
                else "Sorry, something went wrong; nothing was changed."
            )
            try:
                respond(text=message, response_type="ephemeral", replace_original=False)
            except Exception:
                log.warning("could not tell the user about an error")
