"""Slack's side of the core's outbox (``bot.delivery.outbox``): ``SlackSender`` sends one notice (rendered by
``handlers.slack.digest``) with chat.postMessage and reads leave from a member's Slack status; ``after_reply``
hands the notices a stored reply asks for to the outbox, after the acknowledgement; and the scheduler calls the
outbox every minute once a board's digest time has passed, in every app process (the delivery keys keep each
message to one send).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.delivery import outbox
from bot.delivery.outbox import Alert, NewActions, NotDelivered, Notice, SendReport
from bot.replies import Reply
from bot.reports.digest import Digest
from bot.understanding.leave_status import status_means_leave
from handlers.slack.digest import (
    alert_message,
    digest_blocks,
    digest_text,
    manager_blocks,
    manager_text,
    new_actions_message,
)
from handlers.slack.settings import local_now
from handlers.slack.who import SlackAccounts

log = logging.getLogger(__name__)
_background = ThreadPoolExecutor(max_workers=4, thread_name_prefix="slack-notify")


class SlackSender(SlackAccounts):
    """The outbox's ``Sender`` on Slack: chat.postMessage, and leave read from a member's Slack status."""

    platform = "slack"

    def send(self, to: str, notice: Notice) -> None:
        content = notice.content
        if isinstance(content, Digest):
            text, blocks = digest_text(content), digest_blocks(content, notice.day)
        elif isinstance(content, NewActions):
            text, blocks = new_actions_message(content, notice.day)
        elif isinstance(content, Alert):
            text, blocks = alert_message(content)
        else:
            text, blocks = manager_text(content), manager_blocks(content)
        try:
            self.client.chat_postMessage(channel=to, text=text, blocks=blocks or None, unfurl_links=False)
        except SlackApiError as error:  # the client has already retried rate limits after Retry-After
            wait = error.response.headers.get("Retry-After") if error.response.status_code == 429 else None
            reason = str(error.response.get("error") or error)
            raise NotDelivered(reason, retry_after=float(wait) if wait else None) from error

    def away_until(self, account: str, today: dt.date, time_zone: str) -> dt.date | None:
        try:
            profile = self.client.users_info(user=account)["user"]["profile"]
        except (SlackApiError, KeyError, TypeError):
            return None  # no status to go by: send as usual
        return status_means_leave(
            str(profile.get("status_text") or ""),
            str(profile.get("status_emoji") or ""),
            int(profile.get("status_expiration") or 0) or None,
            today,
            time_zone=time_zone,
        )


def send_digests(
    client: WebClient, database_url: str, board_id: int, now: dt.datetime, *, pace_seconds: float = 1.0
) -> SendReport:
    """Send today's digests of a board that have not gone out yet (see ``bot.delivery.outbox.send_digests``)."""
    return outbox.send_digests(SlackSender(client), database_url, board_id, now, pace_seconds=pace_seconds)


# Messages ---------------------------------------------------------------------------------------------------


def after_reply(client: WebClient, database_url: str, board_id: int, reply: Reply, writer_id: int,
                today: dt.date) -> None:  # fmt: skip
    """After the acknowledgement: the notices the reply asks for (new owners, minutes, alerts), each sent once."""
    notices = outbox.notices_after(reply, writer_id, today)
    if notices:
        _background.submit(outbox.send_notices, SlackSender(client), database_url, board_id, notices, today)


Clients = Callable[[int], WebClient | None]
"""The Web API client for a board's workspace (None: the board is not reachable on Slack from here)."""


def one_workspace(client: WebClient) -> Clients:
    """Every board through one client: a single-workspace install with its bot token."""
    return lambda _board_id: client


def run_due_digests(
    clients: WebClient | Clients,
    database_url: str,
    clock: Callable[[], dt.datetime] = local_now,
    *,
    pace_seconds: float = 1.0,
    boards_at_once: int = outbox.BOARDS_AT_ONCE,
) -> dict[int, SendReport]:
    """One scheduler tick: send for every board whose digest time has passed today, on a working day, several
    boards at once (``bot.delivery.outbox.each_board``), each through its own workspace's client.

    ``clock`` gives UK time (naive), as the app's clock does; each board's own time zone is applied.
    """
    client_for = one_workspace(clients) if isinstance(clients, WebClient) else clients

    def send(board_id: int, local: dt.datetime) -> SendReport | None:
        client = client_for(board_id)
        if client is None:
            return None
        return send_digests(client, database_url, board_id, local, pace_seconds=pace_seconds)

    return outbox.each_board(outbox.boards_due(database_url, clock()), send, boards_at_once=boards_at_once)


def start_scheduler(
    clients: WebClient | Clients,
    database_url: str,
    clock: Callable[[], dt.datetime] = local_now,
    *,
    pace_seconds: float = 1.0,
    interval_seconds: int = 60,
) -> Any:
    """Start a background scheduler that runs :func:`run_due_digests` every minute; returns it (call
    ``.shutdown()`` to stop). Every app process may run one: delivery keys keep each message to one send.

    ``DSCB_DIGESTS=off`` in the environment turns digests off (nothing is started; None is returned).
    """
    if os.environ.get("DSCB_DIGESTS", "").strip().lower() in {"off", "0", "false", "no"}:
        log.info("digests are off (DSCB_DIGESTS=off)")
        return None
    from apscheduler.schedulers.background import BackgroundScheduler

    scheduler = BackgroundScheduler(timezone="UTC")
    scheduler.add_job(
        run_due_digests,
        "interval",
        seconds=interval_seconds,
        args=(clients, database_url, clock),
        kwargs={"pace_seconds": pace_seconds},
        id="board-digests",
        max_instances=1,
        coalesce=True,
        misfire_grace_time=interval_seconds,
        next_run_time=dt.datetime.now(dt.UTC),
    )
    scheduler.start()
    log.info("digests: checking every %s s for boards whose digest time has passed", interval_seconds)
    return scheduler
