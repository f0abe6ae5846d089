"""Teams' side of the core's outbox (``bot.delivery.outbox``): ``TeamsSender`` sends one notice as a proactive
message into the member's personal chat, through the conversation reference kept at their first contact; the
notices a stored reply asks for (new owners, alerts) go out after the reply; and a scheduler sends the daily
digests of the tenants' boards once each board's digest time has passed (delivery keys keep each message to one
send, across restarts and app processes).

The outbox runs in worker threads; each message is sent on the server's event loop, where the SDK's adapter lives.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import os
from collections.abc import Callable, Iterable
from typing import Any

from aiohttp import ClientResponseError
from microsoft_agents.activity import Activity, ActivityTypes, Attachment, ConversationReference
from microsoft_agents.hosting.core import ChannelServiceAdapter, ClaimsIdentity, TurnContext

from bot.delivery import outbox
from bot.delivery.outbox import NotDelivered, Notice, SendReport
from bot.replies import Reply
from bot.tracker.identity import Profile
from handlers.teams.cards import CONTENT_TYPE
from handlers.teams.notices import notice_card

log = logging.getLogger(__name__)
SEND_WITHIN = 30.0  # seconds for one proactive message, connector included


class TeamsSender:
    """The outbox's ``Sender`` on Teams."""

    platform = "teams"

    def __init__(self, adapter: ChannelServiceAdapter, app_id: str, loop: asyncio.AbstractEventLoop) -> None:
        """``app_id``: the bot's Microsoft app id; empty only for a local trial with ``ANONYMOUS_ALLOWED``, where
        messages go out without a token, as replies do."""
        self.adapter, self.app_id, self.loop = adapter, app_id, loop

    def profile(self, user_id: str) -> Profile | None:
        return None  # accounts are linked at first contact, from the tenant's directory

    def user_for_email(self, email: str) -> str | None:
        return None

    def away_until(self, account: str, today: dt.date, time_zone: str) -> dt.date | None:
        return None  # Teams' presence is not read (it would need Microsoft Graph): members say when they are away

    def send(self, to: str, notice: Notice) -> None:
        try:
            reference = ConversationReference.model_validate(json.loads(to))
        except ValueError as error:
            raise NotDelivered("the kept conversation reference cannot be read") from error
        summary, content = notice_card(notice)
        activity = Activity(type=ActivityTypes.message, summary=summary,
                            attachments=[Attachment(content_type=CONTENT_TYPE, content=content)])  # fmt: skip
        future = asyncio.run_coroutine_threadsafe(self._send(reference, activity), self.loop)
        try:
            future.result(timeout=SEND_WITHIN)
        except ClientResponseError as error:
            wait = error.headers.get("Retry-After") if error.headers is not None and error.status == 429 else None
            raise NotDelivered(f"the Bot Connector answered {error.status}",
                               retry_after=float(wait) if wait else None) from error  # fmt: skip
        except TimeoutError as error:
            future.cancel()
            raise NotDelivered("the Bot Connector did not answer in time") from error

    async def _send(self, reference: ConversationReference, activity: Activity) -> None:
        refused: list[Exception] = []  # the adapter handles a turn's errors itself; the outbox must see them

        async def deliver(context: TurnContext) -> None:
            try:
                await context.send_activity(activity)
            except Exception as error:
                refused.append(error)

        continuation = reference.get_continuation_activity()
        if self.app_id:
            await self.adapter.continue_conversation(self.app_id, continuation, deliver)
        else:
            await self.adapter.continue_conversation_with_claims(ClaimsIdentity(), continuation, deliver)
        if refused:
            raise refused[0]


def after_reply(sender: TeamsSender, database_url: str, board_id: int, reply: Reply, writer_id: int,
                today: dt.date) -> None:  # fmt: skip
    """In a worker thread after the reply: the notices it asks for (new owners, minutes, alerts), each sent once."""
    notices = outbox.notices_after(reply, writer_id, today)
    if notices:
        outbox.send_notices(sender, database_url, board_id, notices, today)


def tell_managers(sender: TeamsSender, database_url: str, board_id: int, manager_ids: Iterable[int], text: str,
                  key: str, today: dt.date) -> None:  # fmt: skip
    """A notice for each business manager (someone not on the roster wrote in), each sent once."""
    notices = [Notice(f"{key}:member:{m}", "alert", today, m, None, outbox.Alert(text)) for m in manager_ids]
    outbox.send_notices(sender, database_url, board_id, notices, today)


def run_due_digests(
    sender: TeamsSender, database_url: str, boards: Callable[[], set[int]], clock: Callable[[], dt.datetime], *,
    pace_seconds: float = 1.0, boards_at_once: int = outbox.BOARDS_AT_ONCE,
) -> dict[int, SendReport]:  # fmt: skip
    """One scheduler tick: the digests of every board served here whose digest time has passed today, several
    boards at once (``bot.delivery.outbox.each_board``)."""
    served = boards()

    def send(board_id: int, local: dt.datetime) -> SendReport | None:
        if board_id not in served:
            return None
        return outbox.send_digests(sender, database_url, board_id, local, pace_seconds=pace_seconds)

    return outbox.each_board(outbox.boards_due(database_url, clock()), send, boards_at_once=boards_at_once)


def start_scheduler(sender: TeamsSender, database_url: str, boards: Callable[[], set[int]],
                    clock: Callable[[], dt.datetime], *, interval_seconds: int = 60) -> Any:  # fmt: skip
    """Check every minute for boards whose digest time has passed (``DSCB_DIGESTS=off`` turns this off)."""
    if os.environ.get("DSCB_DIGESTS", "").strip().lower() in {"off", "0", "false", "no"}:
        log.info("digests are off (DSCB_DIGESTS=off)")
        return None
    from apscheduler.schedulers.background import BackgroundScheduler

    scheduler = BackgroundScheduler(timezone="UTC")
    scheduler.add_job(run_due_digests, "interval", seconds=interval_seconds, args=(sender, database_url, boards, clock),
                      id="teams-digests", max_instances=1, coalesce=True, misfire_grace_time=interval_seconds,
                      next_run_time=dt.datetime.now(dt.UTC))  # fmt: skip
    scheduler.start()
    return scheduler
