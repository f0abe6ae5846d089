"""The daily digest: what each member owes the board, and the business manager's morning summary.

Rules (``today`` is the board's date):

- Digests go out on working days only: no weekends, no bank holidays in England and Wales.
- A member's digest holds their open actions that are overdue, due in the next 7 days (today included, the
  ones due today stand out), and "as soon as possible" actions asked for a week ago or more, plus a notice a
  week before a board meeting asking for apologies and updates. Nothing to say: no digest.
- Members choose daily, weekly (the first working day of the week: Monday, or Tuesday after a bank holiday
  Monday) or off; members on leave (``away_until`` on or after today) get nothing; only active board members.
- What a member owes is what "what do I owe?" lists: their own assignments, their agency's, and their groups'
  shared ones.
- Computing every member's digest takes a fixed number of queries, however many members and actions.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

import holidays
from sqlalchemy import Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from bot.replies import ActionView
from bot.reports.home import BoardCounts, _board_counts
from bot.tracker.actions import Share, share_from, view_of, with_shares
from bot.tracker.attendance import Quorum, check_quorum
from store.models import (
    Action,
    Agency,
    Assignment,
    AssignmentStatus,
    Attendance,
    AttendanceStatus,
    Board,
    Delivery,
    DeliveryStatus,
    DigestFrequency,
    Group,
    GroupMembership,
    Meeting,
    MeetingKind,
    Member,
)

__all__ = [
    "Digest",
    "ManagerDigest",
    "MeetingNotice",
    "compute_digests",
    "compute_manager_digest",
    "digest_as_json",
    "is_working_day",
    "manager_digest_as_json",
    "next_send_day",
    "sends_on",
]

DUE_SOON_DAYS = 7  # "due in the next 7 days", today included
ASAP_AFTER_DAYS = 7  # an "as soon as possible" action is chased once it is a week old
MEETING_NOTICE_DAYS = 7  # the board meeting notice goes out a week before
MANAGER_KIND = "manager_digest"
MEMBER_KIND = "digest"


# Working days ---------------------------------------------------------------------------------------------
@lru_cache(maxsize=64)
def _bank_holidays(year: int) -> frozenset[dt.date]:
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year))


def is_working_day(day: dt.date) -> bool:
    """Monday to Friday, except bank holidays in England and Wales."""
    return day.weekday() < 5 and day not in _bank_holidays(day.year)


def _first_working_day_of_week(day: dt.date) -> dt.date | None:
    monday = day - dt.timedelta(days=day.weekday())
    for offset in range(5):
        candidate = monday + dt.timedelta(days=offset)
        if is_working_day(candidate):
            return candidate
    return None


def sends_on(frequency: DigestFrequency, day: dt.date) -> bool:
    """Whether a member with this preference gets a digest on ``day``."""
    if frequency is DigestFrequency.OFF or not is_working_day(day):
        return False
    if frequency is DigestFrequency.WEEKLY:
        return _first_working_day_of_week(day) == day
    return True


def next_send_day(frequency: DigestFrequency, day: dt.date) -> dt.date:
    """The next day after ``day`` a member with this preference gets a digest (OFF behaves like daily)."""
    wanted = DigestFrequency.DAILY if frequency is DigestFrequency.OFF else frequency
    candidate = day + dt.timedelta(days=1)
    while not sends_on(wanted, candidate):
        candidate += dt.timedelta(days=1)
    return candidate


# What a digest holds --------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class MeetingNotice:
    """A board meeting a week away: the member is asked for apologies and for updates on their actions."""

    date: dt.date
    start: dt.time | None
    end: dt.time | None
    venue: str | None
    apologies_sent: bool = False
    representative: str | None = None
    open_actions: int = 0  # all the member's open actions, to update before the meeting


@dataclass(frozen=True)
class Digest:
    member_id: int
    member: str
    overdue: list[ActionView]
    due_soon: list[ActionView]  # due today up to 6 days ahead; see ``due_today``
    asap: list[ActionView]
    meeting: MeetingNotice | None
    today: dt.date | None = None
    slack_user_id: str | None = None
    email: str | None = None

    @property
    def due_today(self) -> list[ActionView]:
        return [v for v in self.due_soon if v.due is not None and v.due == self.today]

    @property
    def empty(self) -> bool:
        return not (self.overdue or self.due_soon or self.asap or self.meeting)


def compute_digests(session: Session, board_id: int, today: dt.date) -> list[Digest]:
    """Every member's digest for ``today`` (only those with something to say), in a fixed number of queries.

    Plain rows, not ORM objects: a board may hold tens of thousands of open actions. Views are built only for
    the actions a digest shows (overdue, due in the window, old "as soon as possible" ones); every open action
    is still counted, for the meeting notice.
    """
    if not is_working_day(today):
        return []
    members = session.execute(
        select(Member.id, Member.name, Member.agency_id, Member.digest, Member.away_until, Member.slack_user_id,
               Member.email)
        .where(Member.board_id == board_id, Member.on_board.is_(True), Member.active.is_(True))
        .order_by(Member.name, Member.id)
    ).all()  # fmt: skip
    getting = [m for m in members if _gets_digest(m.away_until, m.digest, today)]
    if not getting:
        return []
    wanted = {m.id for m in getting}
    by_agency: dict[int, list[int]] = defaultdict(list)
    for m in members:
        if m.agency_id is not None and m.id in wanted:
            by_agency[m.agency_id].append(m.id)
    memberships: dict[int, list[int]] = defaultdict(list)
    for in_group, group_member in session.execute(
        select(GroupMembership.group_id, GroupMembership.member_id)
        .join(Group, Group.id == GroupMembership.group_id)
        .where(Group.board_id == board_id)
    ):
        if group_member in wanted:
            memberships[in_group].append(group_member)
    first_notice = today + dt.timedelta(days=MEETING_NOTICE_DAYS)
    window_end = first_notice + dt.timedelta(days=21)  # covers the longest gap between two send days
    meetings = session.execute(
        select(Meeting.id, Meeting.date, Meeting.start, Meeting.end, Meeting.venue)
        .where(Meeting.board_id == board_id, Meeting.kind == MeetingKind.BOARD)
        .where(Meeting.date >= first_notice, Meeting.date < window_end)
        .order_by(Meeting.date, Meeting.start)
    ).all()
    attendance = {
        (meeting_id, member_id): (status, representative)
        for meeting_id, member_id, status, representative in session.execute(
            select(Attendance.meeting_id, Attendance.member_id, Attendance.status, Attendance.representative)
            .join(Meeting, Meeting.id == Attendance.meeting_id)
            .where(Meeting.board_id == board_id, Meeting.kind == MeetingKind.BOARD)
            .where(Meeting.date >= first_notice, Meeting.date < window_end)
        )
    }

    # Who owes each open action: one row per open assignment, four integers each. The large reads below go
    # through the session's connection: the same transaction, without the ORM's result handling (a third faster).
    connection = session.connection()
    owed_ids: dict[int, set[int]] = defaultdict(set)  # member -> the open actions they owe
    for action_id, owner_id, agency_id, group_id in connection.execute(
        select(Assignment.action_id, Assignment.member_id, Assignment.agency_id, Assignment.group_id)
        .join(Action, Action.id == Assignment.action_id)
        .where(Action.board_id == board_id, Assignment.status == AssignmentStatus.OPEN)
    ):
        if owner_id is not None:
            if owner_id in wanted:
                owed_ids[owner_id].add(action_id)
            continue
        if agency_id is not None:
            reached = by_agency.get(agency_id, [])
        elif group_id is not None:
            reached = memberships.get(group_id, [])
        else:
            continue  # an outsider's share
        for reached_id in reached:
            owed_ids[reached_id].add(action_id)

    # The actions a digest may show, with their owners: overdue or due soon, or "as soon as possible" (old
    # enough ones are kept below). No join in this filter: PostgreSQL plans it well even before ANALYZE.
    soon_end = today + dt.timedelta(days=DUE_SOON_DAYS)
    asap_by = today - dt.timedelta(days=ASAP_AFTER_DAYS)
    shown = select(Action.id).where(
        Action.board_id == board_id,
        Action.id.in_(select(Assignment.action_id).where(Assignment.status == AssignmentStatus.OPEN)),
        or_(Action.due < soon_end, and_(Action.asap.is_(True), Action.due.is_(None))),
    )
    rows = connection.execute(
        select(Action.id, Action.number, Action.text, Action.due, Action.asap, Action.created_at, Meeting.date)
        .outerjoin(Meeting, Meeting.id == Action.meeting_id)
        .where(Action.id.in_(shown))
    ).all()
    shares = _shares(session, shown)
    views: dict[int, tuple[int, ActionView, dt.date]] = {}  # action -> (number, view, asked on)
    for action_id, number, text, due, asap, created_at, origin in rows:
        asked_on = created_at.date()
        if origin is not None and origin < asked_on:
            asked_on = origin  # recorded from the minutes of that meeting: asked for on the meeting's day
        views[action_id] = (number, view_of(number, text, due, asap, shares.get(action_id, ()), today), asked_on)

    digests = []
    for m in getting:
        mine = owed_ids.get(m.id, set())
        listed = sorted(views[i] for i in mine if i in views)  # by number: numbers are unique
        overdue = [v for _, v, _ in listed if v.due is not None and v.due < today]
        due_soon = [v for _, v, _ in listed if v.due is not None and today <= v.due < soon_end]
        old_asap = [v for _, v, asked in listed if v.asap and v.due is None and asked <= asap_by]
        overdue.sort(key=lambda v: v.due or dt.date.max)  # stable: by number within a day
        due_soon.sort(key=lambda v: v.due or dt.date.max)
        notice = None
        last_notice = next_send_day(m.digest, today) + dt.timedelta(days=MEETING_NOTICE_DAYS)
        for meeting in meetings:
            if first_notice <= meeting.date < last_notice:
                status, representative = attendance.get((meeting.id, m.id), (None, None))
                notice = MeetingNotice(
                    meeting.date, meeting.start, meeting.end, meeting.venue,
                    apologies_sent=status is AttendanceStatus.APOLOGIES, representative=representative,
                    open_actions=len(mine),
                )  # fmt: skip
                break
        digest = Digest(
            m.id, m.name, overdue, due_soon, old_asap, notice,
            today=today, slack_user_id=m.slack_user_id, email=m.email,
        )  # fmt: skip
        if not digest.empty:
            digests.append(digest)
    return digests


def _shares(session: Session, action_ids: Select[Any]) -> dict[int, list[Share]]:
    """The assignments of the actions ``action_ids`` selects, as views need them (one query, by assignment id)."""
    shares: dict[int, list[Share]] = defaultdict(list)
    query = with_shares(select(Action.id), Action.id).where(Action.id.in_(action_ids))
    for row in session.connection().execute(query.order_by(Action.id, Assignment.id)):
        share = share_from(row[1:])
        if share is not None:
            shares[row[0]].append(share)
    return shares


def _views(session: Session, action_ids: Select[Any], today: dt.date) -> list[ActionView]:
    """Views of the actions ``action_ids`` selects, by number, from plain rows (one query: a row per share)."""
    views: list[ActionView] = []
    current: tuple[int, str, dt.date | None, bool] | None = None
    shares: list[Share] = []
    query = with_shares(select(Action.number, Action.text, Action.due, Action.asap), Action.id)
    for row in session.connection().execute(
        query.where(Action.id.in_(action_ids)).order_by(Action.number, Assignment.id)
    ):
        if current is None or current[0] != row[0]:
            if current is not None:
                views.append(view_of(*current, shares, today))
            current, shares = (row[0], row[1], row[2], row[3]), []
        share = share_from(row[4:])
        if share is not None:
            shares.append(share)
    if current is not None:
        views.append(view_of(*current, shares, today))
    return views


def _gets_digest(away_until: dt.date | None, frequency: DigestFrequency | None, today: dt.date) -> bool:
    if away_until is not None and away_until >= today:
        return False
    return sends_on(frequency or DigestFrequency.DAILY, today)


def digest_as_json(d: Digest) -> dict[str, Any]:
    def items(views: list[ActionView]) -> list[dict[str, Any]]:
        return [{"ref": v.ref, "text": v.text, "due": v.due.isoformat() if v.due else None} for v in views]

    meeting = None
    if d.meeting is not None:
        meeting = {
            "date": d.meeting.date.isoformat(),
            "start": d.meeting.start.strftime("%H:%M") if d.meeting.start else None,
            "end": d.meeting.end.strftime("%H:%M") if d.meeting.end else None,
            "venue": d.meeting.venue,
        }
    return {
        "member": d.member,
        "overdue": items(d.overdue),
        "due_soon": items(d.due_soon),
        "asap": items(d.asap),
        "meeting": meeting,
    }


# The business manager's digest ----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ApologyLine:
    member: str
    agency: str | None
    representative: str | None


@dataclass(frozen=True, slots=True)
class AwayLine:
    member: str
    until: dt.date


@dataclass(frozen=True)
class ManagerDigest:
    day: dt.date
    since: dt.datetime  # board time: changes after this are "new" and "closed"
    new_actions: list[ActionView]
    closed_actions: list[ActionView]
    counts: BoardCounts
    next_meeting: MeetingNotice | None
    apologies: list[ApologyLine] = field(default_factory=list)
    quorum: Quorum | None = None
    away: list[AwayLine] = field(default_factory=list)
    unreachable: list[str] = field(default_factory=list)  # members the platform cannot reach: never contacted

    @property
    def empty(self) -> bool:
        return not (
            self.new_actions
            or self.closed_actions
            or self.counts.overdue_actions
            or self.counts.audits_outstanding
            or self.apologies
            or self.away
            or (self.quorum is not None and not self.quorum.quorate)
        )


def manager_digest_since(session: Session, board_id: int, now: dt.datetime, time_zone: str) -> dt.datetime:
    """When the last manager digest went out before today (UTC, as stored), else 24 hours before ``now``."""
    last = session.scalar(
        select(func.max(Delivery.sent_at)).where(
            Delivery.board_id == board_id,
            Delivery.kind == MANAGER_KIND,
            Delivery.status == DeliveryStatus.SENT,
            Delivery.key.not_like(f"{MANAGER_KIND}:{now.date().isoformat()}:%"),
        )
    )
    if last is not None:
        return last
    return _to_utc(now - dt.timedelta(hours=24), time_zone)


def compute_manager_digest(session: Session, board_id: int, now: dt.datetime) -> ManagerDigest | None:
    """The business manager's morning summary (None on days off, or when there is nothing to say).

    ``now`` is board time. New and closed actions are those since the last manager digest sent (or 24 hours).
    """
    today = now.date()
    if not is_working_day(today):
        return None
    board = session.get_one(Board, board_id)
    since_utc = manager_digest_since(session, board_id, now, board.time_zone)
    new = _views(session, select(Action.id).where(Action.board_id == board_id, Action.created_at >= since_utc), today)
    # The shares changed since then, by their own index (a day's changes, across every board, are few), narrowed to
    # the board's actions; NOT EXISTS, not NOT IN, so that the open check is an anti-join.
    closed_recently = select(Assignment.action_id).where(
        Assignment.updated_at >= since_utc, Assignment.status != AssignmentStatus.OPEN
    )
    still_open = exists().where(Assignment.action_id == Action.id, Assignment.status == AssignmentStatus.OPEN)
    closed_ids = select(Action.id).where(Action.board_id == board_id, Action.id.in_(closed_recently), ~still_open)
    closed = _views(session, closed_ids, today)
    counts = _board_counts(session, board_id, today)
    meeting = session.scalar(
        select(Meeting)
        .where(Meeting.board_id == board_id, Meeting.kind == MeetingKind.BOARD, Meeting.date >= today)
        .order_by(Meeting.date, Meeting.start)
        .limit(1)
    )
    notice = apologies = quorum = None
    if meeting is not None:
        notice = MeetingNotice(meeting.date, meeting.start, meeting.end, meeting.venue)
        apologies = [
            ApologyLine(name, agency, representative)
            for name, agency, representative in session.execute(
                select(Member.name, Agency.name, Attendance.representative)
                .join(Member, Member.id == Attendance.member_id)
                .outerjoin(Agency, Agency.id == Member.agency_id)
                .where(Attendance.meeting_id == meeting.id, Attendance.status == AttendanceStatus.APOLOGIES)
                .order_by(Member.name)
            )
        ]
        quorum = check_quorum(session, board_id, meeting)
    away = [
        AwayLine(name, until)
        for name, until in session.execute(
            select(Member.name, Member.away_until)
            .where(Member.board_id == board_id, Member.active.is_(True), Member.on_board.is_(True))
            .where(and_(Member.away_until.is_not(None), Member.away_until >= today))
            .order_by(Member.away_until, Member.name)
        )
        if until is not None
    ]
    digest = ManagerDigest(
        today, _from_utc(since_utc, board.time_zone), new, closed, counts, notice, apologies or [], quorum, away,
    )  # fmt: skip
    return None if digest.empty else digest


def manager_digest_as_json(d: ManagerDigest) -> dict[str, Any]:
    def items(views: list[ActionView]) -> list[dict[str, Any]]:
        return [{"ref": v.ref, "text": v.text, "owners": list(v.owners), "due": v.due.isoformat() if v.due else None}
                for v in views]  # fmt: skip

    meeting = None
    if d.next_meeting is not None:
        meeting = {
            "date": d.next_meeting.date.isoformat(),
            "apologies": [
                {"member": a.member, "agency": a.agency, "representative": a.representative} for a in d.apologies
            ],
            "quorate": d.quorum.quorate if d.quorum else None,
            "quorum": d.quorum.describe() if d.quorum else None,
        }
    return {
        "day": d.day.isoformat(),
        "since": d.since.isoformat(timespec="minutes"),
        "new": items(d.new_actions),
        "closed": items(d.closed_actions),
        "open_actions": d.counts.open_actions,
        "overdue_actions": d.counts.overdue_actions,
        "overdue_by_agency": [{"agency": name, "overdue": n} for name, n in d.counts.overdue_by_agency],
        "audits_outstanding": d.counts.audits_outstanding,
        "next_meeting": meeting,
        "away": [{"member": a.member, "until": a.until.isoformat()} for a in d.away],
    }


def _to_utc(local: dt.datetime, time_zone: str) -> dt.datetime:
    return local.replace(tzinfo=ZoneInfo(time_zone)).astimezone(dt.UTC).replace(tzinfo=None)


def _from_utc(utc: dt.datetime, time_zone: str) -> dt.datetime:
    return utc.replace(tzinfo=dt.UTC).astimezone(ZoneInfo(time_zone)).replace(tzinfo=None)
