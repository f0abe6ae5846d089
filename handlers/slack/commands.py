"""Slash commands, each answered in its acknowledgement: /dscb-actions, /dscb-apologies, /dscb-audit, /dscb,
/dscb-minutes, and /dscb-report (acknowledged at once, the file built and uploaded after)."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.replies import Reply
from bot.reports import tracker as tracker_report
from bot.runtime import DATABASE_ERRORS
from handlers.slack.answering import answered, describe
from handlers.slack.markup import escape
from handlers.slack.replying import message_kwargs
from handlers.slack.who import Writer
from handlers.slack.wiring import (
    Wiring,
    delivery_key,
    dm_channel,
    payload_text,
)

log = logging.getLogger(__name__)

MINUTES_HOW_TO = (
    "To import minutes, send me the minutes file (.pdf, .docx, .txt, .md or .html) in a direct message. I'll show you "
    "what I found (the meeting, attendance and apologies, every action with its owners and due date) and import "
    "it when you press Confirm. Then each owner gets one message listing their new actions."
)
# /dscb-report builds and uploads its file after the acknowledgement, one report at a time: a board's whole
# tracker is the largest thing the app builds, and one at a time keeps the worker's memory bounded.
_reports = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tracker-report")
REPORT_FAILED = "Sorry, I couldn't prepare the action tracker; the problem has been logged. Please try again later."
REPORT_DATABASE_DOWN = "I couldn't read the action tracker: the database is unavailable. Please try again in a minute."
REPORT_NOT_UPLOADED = "Sorry, Slack didn't accept the action tracker file ({error}). Please try again in a few minutes."


def register(app: App, wiring: Wiring) -> None:
    """Attach the commands listeners."""

    def command(run: Callable[[Writer, str, dt.datetime, str | None], Reply]) -> Any:
        """Answer a slash command in the acknowledgement itself (ephemeral); a replay of one that stored
        something (the same trigger id) is answered without storing it again."""

        @answered("command")
        def listener(ack: Ack, command: dict[str, Any], client: WebClient, context: BoltContext) -> None:
            now = wiring.clock()
            who = wiring.writer_for(client, context, command["user_id"])
            if isinstance(who, str):
                ack(text=escape(who))
                return
            reply = run(who, payload_text(command.get("text")).strip(), now, delivery_key(command))
            ack(response_type="ephemeral", **message_kwargs(reply, now.date()))
            wiring.tell_others(client, who, reply)

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
        wanted = payload_text(command.get("text") or "xlsx").strip().lower() or "xlsx"
        if wanted not in tracker_report.FORMATS:
            ack(text=f"Which format? `/dscb-report xlsx`, `csv`, `md` or `html`, not {escape(wanted[:40])!r}.")
            return
        who = wiring.writer_for(client, context, command["user_id"])
        if isinstance(who, str):
            ack(text=escape(who))
            return
        ack(text=f"Preparing the action tracker ({wanted}); it will arrive in our direct messages.")
        _reports.submit(send_report, who, wanted, wiring.clock(), client, command["user_id"], respond)

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
