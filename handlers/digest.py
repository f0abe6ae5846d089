"""Sending the daily digests to Slack: exactly once per member per day, across restarts and app processes.

Each message has a delivery key ("digest:2015-06-29:member:5"). Before sending, a process inserts the
delivery as pending; the unique (board, key) constraint lets only one process win, the others skip it. After
chat.postMessage the delivery is marked sent; a Slack error marks it failed. A later run retries failed ones
(up to ``MAX_ATTEMPTS`` tries) and pending ones left behind by a crash (older than ``STALE_AFTER``), and never
repeats a sent one. The scheduler calls :func:`send_digests` every minute once a board's digest time has
passed, in every app process: the keys make that safe.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast
from zoneinfo import ZoneInfo

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from sqlalchemy import CursorResult, and_, delete, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.digest import (
    MANAGER_KIND,
    MEMBER_KIND,
    Digest,
    ManagerDigest,
    compute_digests,
    compute_manager_digest,
    is_working_day,
)
from bot.directory import Person
from bot.identity import managers
from bot.leave import set_leave, status_means_leave
from bot.replies import ActionView, format_day
from handlers.blocks import (
    CANT_ATTEND,
    MESSAGE_BLOCK_LIMIT,
    Block,
    action_blocks,
    action_line,
    board_counts_section,
    button,
    section,
)
from handlers.markup import SECTION_LIMIT, clip, escape
from handlers.replying import slack_users
from handlers.settings import local_now
from store.db import transaction
from store.models import Board, Delivery, DeliveryStatus, Member, utcnow

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
STALE_AFTER = dt.timedelta(minutes=10)
LIST_LIMIT = 15  # lines per list in the manager's digest
NOT_ON_SLACK = "no Slack account found for this member"


@dataclass
class SendReport:
    sent: int = 0
    skipped: int = 0  # already sent or being sent by another process, or paused (on leave per Slack status)
    failed: int = 0  # Slack refused; retried on a later run
    not_on_slack: int = 0  # no Slack account linked or found by email; not retried today

    def __str__(self) -> str:
        text = f"sent {self.sent}, skipped {self.skipped}, failed {self.failed}"
        return text + (f", not on Slack {self.not_on_slack}" if self.not_on_slack else "")


@dataclass(frozen=True)
class _Outgoing:
    key: str
    kind: str
    member_id: int | None
    channel: str | None  # a channel id, or a member's Slack user id (their DM), or None to look them up
    text: str
    blocks: list[Block]
    check_leave: bool = False


def member_key(day: dt.date, member_id: int) -> str:
    return f"{MEMBER_KIND}:{day.isoformat()}:member:{member_id}"


def manager_key(day: dt.date, member_id: int | None) -> str:
    who = f"member:{member_id}" if member_id is not None else "channel"
    return f"{MANAGER_KIND}:{day.isoformat()}:{who}"


# Sending ---------------------------------------------------------------------------------------------------
def send_digests(
    client: WebClient, database_url: str, board_id: int, now: dt.datetime, *, pace_seconds: float = 1.0
) -> SendReport:
    """Send today's digests that have not gone out yet (members', then the manager's); safe to call repeatedly.

    ``now`` is board time. ``pace_seconds`` is the pause between two messages (Slack allows about one message
    a second per channel); rate limits are also retried after Retry-After by the client.
    """
    today = now.date()
    with transaction(database_url) as session:
        board = session.get_one(Board, board_id)
        digests = compute_digests(session, board_id, today)
        manager = compute_manager_digest(session, board_id, now)
        outbox = [_member_message(d, today) for d in digests]
        if manager is not None:
            outbox.extend(_manager_messages(session, board, manager))
        settled = _settled(session, board_id, [o.key for o in outbox])
        time_zone = board.time_zone
    report = SendReport()
    posted = False
    for item in outbox:
        if item.key in settled or not claim(database_url, board_id, item.key, item.kind, item.member_id):
            report.skipped += 1
            continue
        channel = item.channel
        if channel is None and item.member_id is not None:
            channel = slack_users(client, database_url, [item.member_id]).get(item.member_id)
        if channel is None:
            finish(database_url, board_id, item.key, error=NOT_ON_SLACK, give_up=True)
            report.not_on_slack += 1
            continue
        if (
            item.check_leave
            and item.member_id is not None
            and _on_leave(client, database_url, board_id, item.member_id, channel, today, time_zone)
        ):
            release(database_url, board_id, item.key)
            report.skipped += 1
            continue
        if posted and pace_seconds > 0:
            time.sleep(pace_seconds)
        try:
            client.chat_postMessage(channel=channel, text=item.text, blocks=item.blocks, unfurl_links=False)
        except SlackApiError as error:
            reason = str(error.response.get("error") or error)
            log.error("digest %s not sent: %s", item.key, reason)
            finish(database_url, board_id, item.key, error=reason)
            report.failed += 1
        except Exception as error:  # a dropped connection: retried on the next run
            log.exception("digest %s not sent", item.key)
            finish(database_url, board_id, item.key, error=f"{type(error).__name__}: {error}")
            report.failed += 1
        else:
            finish(database_url, board_id, item.key)
            report.sent += 1
        posted = True
    return report


def _settled(session: Session, board_id: int, keys: list[str]) -> set[str]:
    """Keys that need no attempt now: sent, given up on, or being sent by another process (one query)."""
    if not keys:
        return set()
    fresh = utcnow() - STALE_AFTER
    rows = session.execute(
        select(Delivery.key, Delivery.status, Delivery.attempts, Delivery.created_at).where(
            Delivery.board_id == board_id, Delivery.key.in_(keys)
        )
    ).all()
    return {
        key
        for key, status, attempts, created_at in rows
        if status is DeliveryStatus.SENT
        or attempts >= MAX_ATTEMPTS
        or (status is DeliveryStatus.PENDING and created_at >= fresh)
    }


def claim(database_url: str, board_id: int, key: str, kind: str, member_id: int | None) -> bool:
    """Take the right to send ``key`` now, in its own short transaction; False when another process has it,
    it was sent already, or it has failed too often."""
    now = utcnow()
    with transaction(database_url) as session:
        try:
            with session.begin_nested():
                session.add(Delivery(board_id=board_id, key=key, kind=kind, member_id=member_id,
                                     status=DeliveryStatus.PENDING, attempts=1, created_at=now))  # fmt: skip
                session.flush()
            return True
        except IntegrityError:
            pass  # recorded before (by this process or another): retake it only if it failed or was abandoned
        retry = or_(
            Delivery.status == DeliveryStatus.FAILED,
            and_(Delivery.status == DeliveryStatus.PENDING, Delivery.created_at < now - STALE_AFTER),
        )
        result = session.execute(
            update(Delivery)
            .where(Delivery.board_id == board_id, Delivery.key == key, Delivery.attempts < MAX_ATTEMPTS, retry)
            .values(status=DeliveryStatus.PENDING, attempts=Delivery.attempts + 1, created_at=now)
            .execution_options(synchronize_session=False)
        )
        return cast("CursorResult[Any]", result).rowcount == 1


def finish(database_url: str, board_id: int, key: str, *, error: str | None = None, give_up: bool = False) -> None:
    """Record the outcome of a claimed delivery: sent, or failed with Slack's error (retried while tries last)."""
    values: dict[str, Any] = {"status": DeliveryStatus.SENT, "sent_at": utcnow(), "error": None}
    if error is not None:
        values = {"status": DeliveryStatus.FAILED, "error": error[:300]}
        if give_up:
            values["attempts"] = MAX_ATTEMPTS
    with transaction(database_url) as session:
        session.execute(
            update(Delivery)
            .where(Delivery.board_id == board_id, Delivery.key == key)
            .values(**values)
            .execution_options(synchronize_session=False)
        )


def release(database_url: str, board_id: int, key: str) -> None:
    """Forget a claimed delivery that is not to be sent (the member turned out to be on leave)."""
    with transaction(database_url) as session:
        session.execute(
            delete(Delivery)
            .where(Delivery.board_id == board_id, Delivery.key == key)
            .execution_options(synchronize_session=False)
        )


def _on_leave(
    client: WebClient, database_url: str, board_id: int, member_id: int, user: str, today: dt.date, time_zone: str
) -> bool:
    """Whether the member's Slack status says they are on leave; if so their leave is recorded (and logged)."""
    try:
        profile = client.users_info(user=user)["user"]["profile"]
    except (SlackApiError, KeyError, TypeError):
        return False  # no status to go by: send as usual
    until = status_means_leave(
        str(profile.get("status_text") or ""),
        str(profile.get("status_emoji") or ""),
        int(profile.get("status_expiration") or 0) or None,
        today,
        time_zone=time_zone,
    )
    if until is None:
        return False
    with transaction(database_url) as session:
        member = session.get(Member, member_id)
        if member is not None and (member.away_until is None or member.away_until < until):
            me = Person(member.id, member.name, role=member.role)
            set_leave(session, board_id, member_id, until, by=me, via="Slack status")
    return True


# Messages ---------------------------------------------------------------------------------------------------
def _member_message(digest: Digest, today: dt.date) -> _Outgoing:
    return _Outgoing(
        member_key(today, digest.member_id), MEMBER_KIND, digest.member_id, digest.slack_user_id,
        digest_text(digest), digest_blocks(digest, today), check_leave=True,
    )  # fmt: skip


def _manager_messages(session: Session, board: Board, digest: ManagerDigest) -> list[_Outgoing]:
    text, blocks = manager_text(digest), manager_blocks(digest)
    if board.manager_channel:
        key = manager_key(digest.day, None)
        return [_Outgoing(key, MANAGER_KIND, None, board.manager_channel, text, blocks)]
    return [
        _Outgoing(manager_key(digest.day, m.id), MANAGER_KIND, m.id, m.slack_user_id, text, blocks)
        for m in managers(session, board.id)
        if m.away_until is None or m.away_until < digest.day
    ]


def digest_text(digest: Digest) -> str:
    """The notification line: '2 overdue, 3 due in the next 7 days (1 today), the board meets on Fri 10 July'."""
    parts = []
    if digest.overdue:
        parts.append(f"{len(digest.overdue)} overdue")
    if digest.due_soon:
        today = len(digest.due_today)
        parts.append(f"{len(digest.due_soon)} due in the next 7 days" + (f" ({today} today)" if today else ""))
    if digest.asap:
        parts.append(f"{len(digest.asap)} asked for as soon as possible")
    if digest.meeting is not None and digest.today is not None:
        parts.append(f"the board meets on {format_day(digest.meeting.date, digest.today)}")
    return "Your board actions: " + ", ".join(parts) + "."


def digest_blocks(digest: Digest, today: dt.date) -> list[Block]:
    """The member's digest: the lists with Done / Change date / Add update on each action, then the meeting."""
    first = escape(digest.member.split()[0]) if digest.member.split() else ""
    blocks: list[Block] = [section(f"Hello {first}, here is what you owe the board today.")]
    due_today = [v for v in digest.due_soon if v.due == today]
    later = [v for v in digest.due_soon if v.due != today]
    lists = [
        (":warning: *Overdue*", digest.overdue),
        (":bell: *Due today*", due_today),
        ("*Due in the next 7 days*", later),
        ("*Asked for as soon as possible, over a week ago*", digest.asap),
    ]
    reserved = 3 if digest.meeting is not None else 1  # the meeting notice, and a "more" line
    shown = 0
    total = sum(len(views) for _, views in lists)
    for heading, views in lists:
        if not views:
            continue
        if len(blocks) + 1 + 2 > MESSAGE_BLOCK_LIMIT - reserved:
            break
        blocks.append(section(heading))
        for view in views:
            if len(blocks) + 2 > MESSAGE_BLOCK_LIMIT - reserved:
                break
            blocks.extend(action_blocks(view, today))
            shown += 1
    if shown < total:
        blocks.append(section(f"…and {total - shown} more: use `/dscb-actions` to see them all."))
    if digest.meeting is not None:
        blocks.append({"type": "divider"})
        blocks.append(_meeting_notice(digest, today))
    return blocks[:MESSAGE_BLOCK_LIMIT]


def _meeting_notice(digest: Digest, today: dt.date) -> Block:
    meeting = digest.meeting
    assert meeting is not None
    when = f"{meeting.date:%A} {meeting.date.day} {meeting.date:%B}"
    if meeting.start:
        when += f", {meeting.start:%H:%M}" + (f"–{meeting.end:%H:%M}" if meeting.end else "")
    if meeting.venue:
        when += f", {escape(meeting.venue)}"
    updates = (
        f" Please add an update to each of your {meeting.open_actions} open actions before then (the *Add update* "
        "button, or `/dscb-actions`)."
        if meeting.open_actions
        else ""
    )
    if meeting.apologies_sent:
        rep = f"; {escape(meeting.representative)} will attend for you" if meeting.representative else ""
        return section(f"*The board meets in a week:* {when}.\nYou have sent apologies{rep}.{updates}")
    block = section(
        f"*The board meets in a week:* {when}.\nIf you can't attend, please send apologies and name your "
        f"representative.{updates}"
    )
    block["accessory"] = button("I can't attend", CANT_ATTEND, meeting.date.isoformat())
    return block


def manager_text(digest: ManagerDigest) -> str:
    return (
        f"Board digest: {len(digest.new_actions)} new, {len(digest.closed_actions)} closed, "
        f"{digest.counts.overdue_actions} overdue, {digest.counts.audits_outstanding} audit returns outstanding."
    )


def manager_blocks(digest: ManagerDigest) -> list[Block]:
    """The business manager's digest: changes since the last one, overdue by agency, audits, apologies, who is away."""
    today = digest.day
    since = f"{digest.since:%a} {digest.since.day} {digest.since:%B} {digest.since:%H:%M}"
    blocks: list[Block] = [
        {"type": "header", "text": {"type": "plain_text", "text": f"Board digest, {today:%A} {today.day} {today:%B}"}}
    ]
    blocks.append(section(_listing(f"*New since {since}:* {len(digest.new_actions)}", digest.new_actions, today)))
    blocks.append(section(_listing(f"*Closed since {since}:* {len(digest.closed_actions)}", digest.closed_actions,
                                   today)))  # fmt: skip
    blocks.append(board_counts_section(digest.counts, LIST_LIMIT))
    if digest.next_meeting is not None:
        meeting = digest.next_meeting
        lines = [f"*Next board meeting: {meeting.date:%A} {meeting.date.day} {meeting.date:%B}*"]
        if digest.apologies:
            lines.append(f"Apologies so far ({len(digest.apologies)}):")
            for a in digest.apologies[: LIST_LIMIT * 2]:
                agency = f" ({escape(a.agency)})" if a.agency else ""
                rep = f", represented by {escape(a.representative)}" if a.representative else ""
                lines.append(f"• {escape(a.member)}{agency}{rep}")
        else:
            lines.append("No apologies so far.")
        if digest.quorum is not None:
            flag = "" if digest.quorum.quorate else ":warning: "
            lines.append(f"{flag}{escape(digest.quorum.describe()).capitalize()}.")
        blocks.append(section("\n".join(lines)))
    if digest.away:
        away = "\n".join(f"• {escape(a.member)} until {format_day(a.until, today)}" for a in digest.away[:LIST_LIMIT])
        more = f"\n…and {len(digest.away) - LIST_LIMIT} more" if len(digest.away) > LIST_LIMIT else ""
        blocks.append(section(f"*Away ({len(digest.away)}):*\n{away}{more}"))
    return blocks[:MESSAGE_BLOCK_LIMIT]


def _listing(heading: str, views: list[ActionView], today: dt.date) -> str:
    lines = [heading]
    for view in views[:LIST_LIMIT]:
        lines.append("• " + clip(action_line(view, today), 300))
    if len(views) > LIST_LIMIT:
        lines.append(f"…and {len(views) - LIST_LIMIT} more")
    return clip("\n".join(lines), SECTION_LIMIT)


# Scheduling ---------------------------------------------------------------------------------------------------
def run_due_digests(
    client: WebClient,
    database_url: str,
    clock: Callable[[], dt.datetime] = local_now,
    *,
    pace_seconds: float = 1.0,
) -> dict[int, SendReport]:
    """One scheduler tick: send for every board whose digest time has passed today, on a working day.

    ``clock`` gives UK time (naive), as the app's clock does; each board's own time zone is applied.
    """
    now = clock()
    with transaction(database_url) as session:
        boards = session.execute(select(Board.id, Board.time_zone, Board.digest_time)).all()
    reports: dict[int, SendReport] = {}
    for board_id, time_zone, digest_time in boards:
        local = _board_time(now, time_zone)
        if not is_working_day(local.date()) or local.time() < (digest_time or dt.time(8, 30)):
            continue
        try:
            reports[board_id] = send_digests(client, database_url, board_id, local, pace_seconds=pace_seconds)
        except Exception:  # one board's trouble must not stop the others, nor the scheduler
            log.exception("digests for board %s failed", board_id)
    return reports


def _board_time(uk: dt.datetime, time_zone: str) -> dt.datetime:
    if not time_zone or time_zone == "Europe/London":
        return uk
    aware = uk.replace(tzinfo=ZoneInfo("Europe/London")).astimezone(ZoneInfo(time_zone))
    return aware.replace(tzinfo=None)


def start_scheduler(
    app_client: WebClient,
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
        args=(app_client, database_url, clock),
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
