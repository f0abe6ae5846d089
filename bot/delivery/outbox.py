"""The outbox: messages the assistant sends on its own (the daily digests, new owners' notices, minutes notices
and quorum alerts), each delivered exactly once across restarts and app processes, whatever the chat platform.

Each message has a delivery key ("digest:2015-06-29:member:5"). Before sending, a process claims the key by
inserting the delivery as pending; the unique (board, key) constraint lets only one process win, the others skip
it. After the platform has taken the message the delivery is marked sent; a refusal marks it failed. A later run
retries failed ones (up to ``MAX_ATTEMPTS`` tries) and pending ones left behind by a crash (older than
``STALE_AFTER``), and never repeats a sent one. Deciding what goes out, in what order, how fast, and what is
recorded is the core's; a front end provides a :class:`Sender` that turns a notice into a platform message.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import random
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import Any, Protocol, cast
from zoneinfo import ZoneInfo

from sqlalchemy import CursorResult, and_, delete, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.delivery.addresses import addresses
from bot.directory import Person
from bot.replies import ActionView, Reply
from bot.reports.digest import (
    MANAGER_KIND,
    MEMBER_KIND,
    Digest,
    ManagerDigest,
    compute_digests,
    compute_manager_digest,
    is_working_day,
)
from bot.tracker.identity import Accounts, chat_users, managers
from bot.tracker.leave import set_leave
from store.db import transaction
from store.models import Board, ChatAddress, Delivery, DeliveryStatus, Member, utcnow

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
RUN_KIND = "digest-run"  # a board's digests for one day, claimed by one process at a time
STALE_AFTER = dt.timedelta(minutes=10)
NO_ACCOUNT = "no chat account found for this member"


@dataclass(frozen=True)
class NewActions:
    """New actions for one owner: one just recorded, or every one a minutes import gave them."""

    views: tuple[ActionView, ...]
    from_minutes: bool = False


@dataclass(frozen=True)
class Alert:
    """A line for the business manager, such as a board meeting at risk of not being quorate."""

    text: str


@dataclass(frozen=True)
class Notice:
    """One message to send: ``to`` is a channel or a member's account, or None to look the member up."""

    key: str
    kind: str
    day: dt.date
    member_id: int | None
    to: str | None
    content: Digest | ManagerDigest | NewActions | Alert
    check_leave: bool = False


class NotDelivered(Exception):
    """The platform refused a message (``str(error)`` says why); it is retried on a later run. ``retry_after``:
    the platform is rate-limiting and asked for that many seconds before the next message."""

    def __init__(self, reason: str, *, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


MAX_WAIT = 60.0  # the longest a run waits on a rate limit before going on with the next message


class Sender(Accounts, Protocol):
    """The port a front end provides for the outbox (with the ``Accounts`` port, to find members' accounts).

    ``platform`` says where a member is reached: on Slack, their linked account (found by roster email when not
    linked yet); on a platform that needs a kept address (Teams), the conversation reference kept at their first
    contact, given to ``send`` as JSON. A member with neither gets nothing, and the manager's digest says so."""

    platform: str

    def send(self, to: str, notice: Notice) -> None:
        """Deliver the notice to a channel or account; raise NotDelivered when the platform refuses it."""

    def away_until(self, account: str, today: dt.date, time_zone: str) -> dt.date | None:
        """The day the account's own status says its owner is back from leave, if it says they are away."""


@dataclass
class SendReport:
    sent: int = 0
    skipped: int = 0  # already sent or being sent by another process, or paused (on leave per their status)
    failed: int = 0  # the platform refused; retried on a later run
    no_account: int = 0  # no account linked or found by email; not retried today
    in_hand: bool = False  # the board's digests were all out today already, or another process is sending them

    def __str__(self) -> str:
        if self.in_hand:
            return "today's digests are already out (or being sent by another process)"
        text = f"sent {self.sent}, skipped {self.skipped}, failed {self.failed}"
        return text + (f", no chat account {self.no_account}" if self.no_account else "")


def member_key(day: dt.date, member_id: int) -> str:
    return f"{MEMBER_KIND}:{day.isoformat()}:member:{member_id}"


def manager_key(day: dt.date, member_id: int | None) -> str:
    who = f"member:{member_id}" if member_id is not None else "channel"
    return f"{MANAGER_KIND}:{day.isoformat()}:{who}"


def send_digests(
    sender: Sender, database_url: str, board_id: int, now: dt.datetime, *, pace_seconds: float = 1.0
) -> SendReport:
    """Send today's digests that have not gone out yet (members', then the manager's); safe to call repeatedly.

    ``now`` is board time. ``pace_seconds`` is the pause between two messages (Slack allows about one message a
    second per channel).

    The board's run for the day is claimed first, under its own delivery key, so that of the app processes whose
    schedulers tick at once only one computes and sends a board's digests; once every message is out (or given
    up on) the run is recorded as done and later ticks that day do nothing, else it is released for the next
    tick to retry what failed."""
    today = now.date()
    run = f"{RUN_KIND}:{today.isoformat()}" if sender.platform == "slack" else f"{sender.platform}:{RUN_KIND}:{today}"
    if not claim(database_url, board_id, run, RUN_KIND, None):
        return SendReport(in_hand=True)
    try:
        notices, report = _send_digests(sender, database_url, board_id, now, pace_seconds)
    except BaseException:
        release(database_url, board_id, run)
        raise
    if _all_out(database_url, board_id, [n.key for n in notices]):
        finish(database_url, board_id, run)
    else:
        release(database_url, board_id, run)
    return report


def _send_digests(
    sender: Sender, database_url: str, board_id: int, now: dt.datetime, pace_seconds: float
) -> tuple[list[Notice], SendReport]:
    today = now.date()
    slack = sender.platform == "slack"
    with transaction(database_url) as session:
        board = session.get_one(Board, board_id)
        notices = [_member_notice(d, today, slack) for d in compute_digests(session, board_id, today)]
        manager = compute_manager_digest(session, board_id, now)
        if manager is not None and not slack:
            manager = replace(manager, unreachable=_unreachable(session, board_id, sender.platform))
        if manager is not None:
            notices.extend(_manager_notices(session, board, manager, slack))
        notices = on_platform(notices, sender.platform)
        settled = _settled(session, board_id, [n.key for n in notices])
        time_zone = board.time_zone
    return notices, deliver(sender, database_url, board_id, notices, today, time_zone, settled, pace_seconds)


def _all_out(database_url: str, board_id: int, keys: list[str]) -> bool:
    """Whether every one of the messages was sent or given up on (nothing failed to retry, none in hand)."""
    if not keys:
        return True
    with transaction(database_url) as session:
        out = session.scalars(
            select(Delivery.key).where(
                Delivery.board_id == board_id,
                Delivery.key.in_(keys),
                or_(Delivery.status == DeliveryStatus.SENT, Delivery.attempts >= MAX_ATTEMPTS),
            )
        ).all()
    return len(set(out)) == len(set(keys))


def deliver(
    sender: Sender, database_url: str, board_id: int, notices: Iterable[Notice], today: dt.date, time_zone: str,
    settled: set[str], pace_seconds: float,
) -> SendReport:  # fmt: skip
    """Claim, send and record each notice in turn, pausing ``pace_seconds`` between two messages."""
    report, posted = SendReport(), False
    for notice in notices:
        if notice.key in settled or not claim(database_url, board_id, notice.key, notice.kind, notice.member_id):
            report.skipped += 1
            continue
        to = notice.to
        if to is None and notice.member_id is not None:
            to = _destination(sender, database_url, board_id, notice.member_id)
        if to is None:
            finish(database_url, board_id, notice.key, error=NO_ACCOUNT, give_up=True)
            report.no_account += 1
            continue
        if notice.check_leave and notice.member_id is not None:
            until = sender.away_until(to, today, time_zone)
            if until is not None:
                _record_leave(database_url, board_id, notice.member_id, until)
                release(database_url, board_id, notice.key)
                report.skipped += 1
                continue
        if posted and pace_seconds > 0:
            time.sleep(pace_seconds)
        posted = True
        try:
            sender.send(to, notice)
        except NotDelivered as error:
            log.error("%s not sent: %s", notice.key, error)
            finish(database_url, board_id, notice.key, error=str(error))
            report.failed += 1
            if error.retry_after:  # rate-limited: the next message waits as long as the platform asked
                time.sleep(min(error.retry_after, MAX_WAIT))
        except Exception as error:  # a dropped connection: retried on the next run
            log.error("%s not sent: %s", notice.key, type(error).__name__)
            finish(database_url, board_id, notice.key, error=type(error).__name__)
            report.failed += 1
        else:
            finish(database_url, board_id, notice.key)
            report.sent += 1
    return report


def notices_after(reply: Reply, writer_id: int, today: dt.date) -> list[Notice]:
    """What a stored reply asks to tell others: each new owner of an action (not the writer), each owner of the
    actions a minutes import created, and the managers about a meeting at risk. Each has its own delivery key."""
    if not reply.stored:
        return []
    notices: list[Notice] = []
    if reply.actions:
        view = reply.actions[0]
        for member_id in reply.extra.get("owner_member_ids", []):
            if member_id != writer_id:
                key = f"new-action:{view.ref}:member:{member_id}"
                notices.append(Notice(key, "new_action", today, member_id, None, NewActions((view,))))
    for member_id, views in (reply.extra.get("owner_actions") or {}).items():
        key = f"minutes:{views[0].ref}-{views[-1].ref}:{len(views)}:member:{member_id}"
        notices.append(Notice(key, "minutes", today, member_id, None, NewActions(tuple(views), from_minutes=True)))
    for member_id, text in reply.extra.get("alerts") or []:
        key = f"alert:{today.isoformat()}:{hashlib.sha1(text.encode()).hexdigest()[:16]}:member:{member_id}"
        notices.append(Notice(key, "alert", today, member_id, None, Alert(text)))
    return notices


def send_notices(sender: Sender, database_url: str, board_id: int, notices: list[Notice], today: dt.date) -> SendReport:
    """Deliver the notices a reply asked for (no pacing: a handful at a time), each exactly once."""
    if not notices:
        return SendReport()
    notices = on_platform(notices, sender.platform)
    with transaction(database_url) as session:
        settled = _settled(session, board_id, [n.key for n in notices])
    return deliver(sender, database_url, board_id, notices, today, "Europe/London", settled, 0)


def on_platform(notices: list[Notice], platform: str) -> list[Notice]:
    """The notices with delivery keys of the platform's own ("teams:digest:…"), so a board served on two platforms
    gets each message once on each; Slack's keys are kept as they have always been."""
    return notices if platform == "slack" else [replace(n, key=f"{platform}:{n.key}") for n in notices]


def boards_due(database_url: str, uk_now: dt.datetime) -> list[tuple[int, dt.datetime]]:
    """The boards whose digest time has passed today, on a working day, with each board's own time."""
    with transaction(database_url) as session:
        boards = session.execute(select(Board.id, Board.time_zone, Board.digest_time)).all()
    due = []
    for board_id, time_zone, digest_time in boards:
        local = _board_time(uk_now, time_zone)
        if is_working_day(local.date()) and local.time() >= (digest_time or dt.time(8, 30)):
            due.append((board_id, local))
    return due


BOARDS_AT_ONCE = 8  # boards whose digests one process sends at the same time, each at its own pace


def each_board(
    due: list[tuple[int, dt.datetime]], send: Callable[[int, dt.datetime], SendReport | None], *,
    boards_at_once: int = BOARDS_AT_ONCE,
) -> dict[int, SendReport]:  # fmt: skip
    """Run ``send`` for every due board, ``boards_at_once`` at a time, and collect the reports (None: skipped).

    The platforms' rate limits are per workspace or tenant, so boards go out side by side, each paced on its own.
    Boards are taken in a random order, so that the app's processes, which all run the scheduler, start on
    different boards and share the work (the delivery keys keep every message to one send whoever sends it). One
    board's trouble is logged and does not stop the others, nor the scheduler."""
    order = list(due)
    random.shuffle(order)

    def one(board_id: int, local: dt.datetime) -> tuple[int, SendReport | None]:
        try:
            return board_id, send(board_id, local)
        except Exception as error:
            log.error("digests for board %s failed: %s", board_id, type(error).__name__)
            return board_id, None

    with ThreadPoolExecutor(max_workers=max(1, boards_at_once), thread_name_prefix="digests") as pool:
        done = list(pool.map(lambda item: one(*item), order))
    return {board_id: report for board_id, report in sorted(done, key=lambda d: d[0]) if report is not None}


def slack_workspaces(database_url: str) -> dict[int, str]:
    """Each board's Slack workspace (team id), for the boards tied to one."""
    with transaction(database_url) as session:
        rows = session.execute(select(Board.id, Board.slack_team_id).where(Board.slack_team_id.is_not(None))).all()
    return {board_id: team for board_id, team in rows if team}


def _board_time(uk: dt.datetime, time_zone: str) -> dt.datetime:
    if not time_zone or time_zone == "Europe/London":
        return uk
    aware = uk.replace(tzinfo=ZoneInfo("Europe/London")).astimezone(ZoneInfo(time_zone))
    return aware.replace(tzinfo=None)


def _destination(sender: Sender, database_url: str, board_id: int, member_id: int) -> str | None:
    """Where a member is reached on the sender's platform (see ``Sender``), or None."""
    if sender.platform == "slack":
        return chat_users(database_url, [member_id], sender).get(member_id)
    kept = addresses(database_url, board_id, [member_id], sender.platform).get(member_id)
    return json.dumps(kept) if kept else None


def _unreachable(session: Session, board_id: int, platform: str) -> list[str]:
    """The board's members with no kept address on the platform: never contacted, so sent nothing (one query)."""
    kept = select(ChatAddress.member_id).where(ChatAddress.board_id == board_id, ChatAddress.platform == platform)
    return list(
        session.scalars(
            select(Member.name)
            .where(Member.board_id == board_id, Member.active.is_(True), Member.on_board.is_(True))
            .where(Member.id.not_in(kept))
            .order_by(Member.name)
        )
    )


def _member_notice(digest: Digest, today: dt.date, slack: bool = True) -> Notice:
    key = member_key(today, digest.member_id)
    to = digest.slack_user_id if slack else None
    return Notice(key, MEMBER_KIND, today, digest.member_id, to, digest, check_leave=True)


def _manager_notices(session: Session, board: Board, digest: ManagerDigest, slack: bool = True) -> list[Notice]:
    if board.manager_channel and slack:
        return [Notice(manager_key(digest.day, None), MANAGER_KIND, digest.day, None, board.manager_channel, digest)]
    return [
        Notice(
            manager_key(digest.day, m.id), MANAGER_KIND, digest.day, m.id, m.slack_user_id if slack else None, digest
        )
        for m in managers(session, board.id)
        if m.away_until is None or m.away_until < digest.day
    ]


def _record_leave(database_url: str, board_id: int, member_id: int, until: dt.date) -> None:
    with transaction(database_url) as session:
        member = session.get(Member, member_id)
        if member is not None and (member.away_until is None or member.away_until < until):
            me = Person(member.id, member.name, role=member.role)
            set_leave(session, board_id, member_id, until, by=me, via="Slack status")


# The ledger -------------------------------------------------------------------------------------------------
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
    """Record the outcome of a claimed delivery: sent, or failed with the platform's error (retried while tries
    last)."""
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
