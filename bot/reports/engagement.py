"""`dscb report engagement`: how each partner agency engaged with the board over a period, computed from the record
and the event log (``compute_engagement``); the figures are defined in ``bot.reports.engagement_model``.

Nine statements at most whatever the board's size: the board, its agencies, the period's board meetings, their
attendance and the roster (each meeting read as ``meeting_roll`` reads it, so the counts agree with `dscb meeting
attendance`), the actions' shares as plain rows, the log's reassignments and drops, the audit cycles with their
returns, and the changes made to returns since the period's end. The past is reconstructed, not assumed:

- An action is *recorded* on the day it was stored, or on its meeting's day when it came from minutes imported later.
- A share closes when it was done or dropped (its ``updated_at``); a share dropped by a reassignment keeps no time
  of its own, so the log's reassignment gives it. A share a reassignment gave counts from then; any other share
  (one given to a member who joined a group later, too) from the action's recording.
- An agency's part of an action is its shares and its members' (erased members' too): open while one is open,
  completed when the last closed if one was done; a part only dropped is not counted.
- Open "on" a day means as the record stood at the end of that day; overdue when due before that day.
- Audit returns stand as they did at the period's end: a return changed since reads as the first change's old value.
- Only board meetings with attendance on record count for attendance; the others are named in its caption.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from bot.clock import local_day, utc_midnight, zone_of
from bot.errors import InvalidInput, NotFound
from bot.reports.engagement_model import AgencyActions, AgencyAttendance, AuditProgress, Engagement, TrendPoint
from bot.reports.engagement_words import captions
from bot.tracker.attendance import _held, _roll, _seats
from bot.tracker.audits import COUNTS_SUBJECT, DONE
from store.models import (
    Action,
    Agency,
    Assignment,
    AssignmentStatus,
    Attendance,
    AttendanceStatus,
    AuditCycle,
    AuditReturn,
    AuditStatus,
    AuditType,
    Board,
    Event,
    Group,
    Meeting,
    MeetingKind,
    Member,
    Sector,
)

_ATTENDED, _REPRESENTED, _APOLOGIES, _ABSENT = range(4)  # an agency's best showing at one meeting, best first
_STATUTORY = (Sector.LOCAL_AUTHORITY.value, Sector.POLICE.value, Sector.HEALTH.value)  # the partners listed first


@dataclass(frozen=True, slots=True)
class _Part:
    """One owner's part of an action (an agency's, or the whole board's): the day the action was recorded, each
    share's days (given, closed; None while open), whether a share was done, and the action's due date."""

    recorded: dt.date
    spans: tuple[tuple[dt.date, dt.date | None], ...]
    done: bool
    due: dt.date | None

    @property
    def closed(self) -> dt.date | None:
        """The day its last share closed; None while one is open."""
        ends = [end for _, end in self.spans]
        return None if any(end is None for end in ends) else max(e for e in ends if e is not None)

    def open_on(self, day: dt.date) -> bool:
        """Open as the record stood at the end of ``day``."""
        return any(given <= day and (end is None or end > day) for given, end in self.spans)


def compute_engagement(session: Session, board_id: int, start: dt.date, end: dt.date, today: dt.date) -> Engagement:
    """Every figure of the engagement report for ``start``..``end`` (both included), as things stand on ``today``:
    meetings after ``today`` (or on it) are not yet held, and what is open is counted at ``min(end, today)``."""
    if end < start:
        raise InvalidInput(f"The period ends ({end:%d/%m/%Y}) before it starts ({start:%d/%m/%Y}).")
    board = session.get(Board, board_id)
    if board is None:
        raise NotFound("There is no such board.")
    zone = zone_of(board.time_zone)
    as_of = min(end, today)
    agencies = {a.id: (a.name, a.sector.value) for a in session.execute(
        select(Agency.id, Agency.name, Agency.sector).where(Agency.board_id == board_id))}  # fmt: skip
    held = list(session.scalars(
        select(Meeting).where(Meeting.board_id == board_id, Meeting.kind == MeetingKind.BOARD,
                              Meeting.date.between(start, end), Meeting.date < today).order_by(Meeting.date)
    ))  # fmt: skip
    seats, unrecorded = _attendance(session, board, held, today)
    whole, by_agency = _parts(session, board_id, zone, start, end, agencies)
    actions = {agency: _action_figures(parts, start, end, as_of) for agency, parts in by_agency.items()}
    ids = sorted({*seats, *(a for a, row in actions.items() if sum(row[:4]))}, key=lambda a: sort_key(*agencies[a]))
    attendance = tuple(AgencyAttendance(agencies[a][0], *seats.get(a, (0, 0, 0, 0))) for a in ids)
    by_agency_actions = tuple(AgencyActions(agencies[a][0], *actions.get(a, (0, 0, 0, 0, None))) for a in ids)
    audits = _audits(session, board_id, zone, start, end, as_of, agencies)
    trend = tuple(_trend_point(whole, m.date) for m in held)
    meetings = tuple(m.date for m in held)
    words = captions(start, end, today, meetings, unrecorded, attendance, by_agency_actions, audits, trend)
    return Engagement(board.name, start, end, meetings, tuple(agencies[a][0] for a in ids), attendance,
                      by_agency_actions, audits, trend, words)  # fmt: skip


def engagement_period(day: dt.date) -> tuple[dt.date, dt.date]:
    """The 12 months up to ``day``, both ends included: (2 July 2014, 1 July 2015) for 1 July 2015."""
    try:
        year_ago = day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        year_ago = day.replace(year=day.year - 1, day=28)
    return year_ago + dt.timedelta(days=1), day


def sort_key(name: str, sector: str) -> tuple[int, str, str]:
    """The report's order of agencies: the statutory partners (local authority, police, health), then the others;
    each by name."""
    rank = _STATUTORY.index(sector) if sector in _STATUTORY else len(_STATUTORY)
    return rank, name.casefold(), name


# Attendance -------------------------------------------------------------------------------------------------------
def _attendance(
    session: Session, board: Board, held: Sequence[Meeting], today: dt.date
) -> tuple[dict[int, tuple[int, int, int, int]], list[dt.date]]:
    """Per agency, its meetings attended, represented, with apologies and absent (each meeting once, its best
    showing), over the held meetings whose attendance was recorded; and the dates of those with none recorded."""
    rows = session.scalars(select(Attendance).where(Attendance.meeting_id.in_([m.id for m in held]))).all() \
        if held else []  # fmt: skip
    by_meeting: dict[int, list[Attendance]] = defaultdict(list)
    for row in rows:
        by_meeting[row.meeting_id].append(row)
    seats = _seats(session, board.id) if held else []
    agency_of = {seat.member_id: seat.agency_id for seat in seats}
    counts: dict[int, list[int]] = {}
    unrecorded: list[dt.date] = []
    for meeting in held:
        recorded = by_meeting.get(meeting.id, [])
        roll = _roll(board, meeting, recorded, seats, _held(meeting, recorded, today))
        if not roll.quorum.recorded:
            unrecorded.append(meeting.date)
            continue
        best: dict[int, int] = {}
        for member_id, line in zip(roll.member_ids, roll.lines, strict=True):
            agency_id = agency_of[member_id]
            if agency_id is None:
                continue
            if line.status == AttendanceStatus.PRESENT.value:
                showing = _ATTENDED
            elif line.status == AttendanceStatus.APOLOGIES.value:
                showing = _REPRESENTED if line.representative else _APOLOGIES
            else:
                showing = _ABSENT
            best[agency_id] = min(best.get(agency_id, _ABSENT), showing)
        for agency_id, showing in best.items():
            counts.setdefault(agency_id, [0, 0, 0, 0])[showing] += 1
    return {a: (c[0], c[1], c[2], c[3]) for a, c in counts.items()}, unrecorded


# Actions ----------------------------------------------------------------------------------------------------------
_Span = tuple[dt.datetime | None, dt.datetime | None]  # a share given (None: when its action was recorded), closed


def _parts(
    session: Session, board_id: int, zone: dt.tzinfo, start: dt.date, end: dt.date, agencies: dict[int, tuple[str, str]]
) -> tuple[list[_Part], dict[int, list[_Part]]]:
    """Each action not closed before the period and recorded by its end: as a whole, and each agency's part."""
    since, until = utc_midnight(start, zone), utc_midnight(end + dt.timedelta(days=1), zone)
    live = select(Assignment.action_id).where(or_(Assignment.status == AssignmentStatus.OPEN,
                                                  Assignment.updated_at >= since))  # fmt: skip
    rows = session.execute(
        select(Action.id.label("action_id"), Action.created_at, Action.due, Meeting.date.label("meeting_day"),
               Assignment.id.label("share_id"), Assignment.status, Assignment.updated_at, Assignment.agency_id,
               Assignment.group_id, Assignment.external_name, Member.agency_id.label("member_agency_id"),
               Member.name.label("member"), Group.name.label("group"))
        .outerjoin(Meeting, Meeting.id == Action.meeting_id)
        .outerjoin(Assignment, Assignment.action_id == Action.id)
        .outerjoin(Member, Member.id == Assignment.member_id)
        .outerjoin(Group, Group.id == Assignment.group_id)
        .where(Action.board_id == board_id, or_(Action.created_at < until, Meeting.date <= end),
               or_(Action.id.in_(live), ~Action.assignments.any()))
        .order_by(Action.id, Assignment.id)
    ).all()  # fmt: skip
    reassigned, by_drop = _changes(session, board_id, since)
    whole: list[_Part] = []
    by_agency: dict[int, list[_Part]] = defaultdict(list)
    for shares in _by_action(rows):
        head = shares[0]
        recorded = local_day(head.created_at, zone)
        if head.meeting_day is not None:
            recorded = min(recorded, head.meeting_day)
        if recorded > end:
            continue
        real = [s for s in shares if s.share_id is not None]
        spans = {s.share_id: _span(s, reassigned.get(s.action_id, ()), by_drop, agencies) for s in real}
        whole.append(_part(recorded, head.due, real, spans, zone))
        mine: dict[int, list[Any]] = defaultdict(list)
        for share in real:
            agency_id = share.agency_id if share.agency_id is not None else share.member_agency_id
            if agency_id is not None:
                mine[agency_id].append(share)
        for agency_id, own in mine.items():
            by_agency[agency_id].append(_part(recorded, head.due, own, spans, zone))
    return whole, by_agency


def _part(recorded: dt.date, due: dt.date | None, shares: Sequence[Any], spans: dict[int, _Span],
          zone: dt.tzinfo) -> _Part:  # fmt: skip
    """A part from its shares (an action with no owner yet is open from its recording)."""
    days = tuple((max(recorded, local_day(given, zone)) if given else recorded,
                  local_day(closed, zone) if closed else None)
                 for given, closed in (spans[s.share_id] for s in shares))  # fmt: skip
    done = any(s.status is AssignmentStatus.DONE for s in shares)
    return _Part(recorded, days or ((recorded, None),), done, due)


def _by_action(rows: Iterable[Any]) -> Iterator[list[Any]]:
    """The rows (ordered by action) of each action in turn."""
    shares: list[Any] = []
    for row in rows:
        if shares and row.action_id != shares[0].action_id:
            yield shares
            shares = []
        shares.append(row)
    if shares:
        yield shares


_Reassignment = tuple[dt.datetime, frozenset[str], frozenset[str]]  # when, the old owners' names, the new ones'


def _changes(session: Session, board_id: int, since: dt.datetime) -> tuple[dict[int, list[_Reassignment]], set[int]]:
    """The log since ``since``: each action's reassignments in order, and the shares dropped by a drop (with a reason,
    or when a member left) rather than by a reassignment."""
    events = session.execute(
        select(Event.entity_id, Event.at, Event.change, Event.old, Event.new)
        .where(Event.board_id == board_id, Event.entity == "action", Event.at >= since,
               Event.change.in_(("reassigned", "dropped", "share dropped")))
        .order_by(Event.at, Event.id)
    )  # fmt: skip
    reassigned: dict[int, list[_Reassignment]] = defaultdict(list)
    by_drop: set[int] = set()
    for action_id, at, change, old, new in events:
        before: dict[str, Any] = old if isinstance(old, dict) else {}
        after: dict[str, Any] = new if isinstance(new, dict) else {}
        if change == "reassigned" and action_id is not None:
            reassigned[action_id].append((at, _names(before.get("owners")), _names(after.get("owners"))))
        elif isinstance(before.get("assignments"), dict):
            by_drop.update(int(key) for key in before["assignments"] if str(key).isdigit())
    return reassigned, by_drop


def _names(value: Any) -> frozenset[str]:
    return frozenset(str(name) for name in value) if isinstance(value, list) else frozenset()


def _span(share: Any, reassigned: Sequence[_Reassignment], by_drop: set[int],
          agencies: dict[int, tuple[str, str]]) -> _Span:  # fmt: skip
    """When a share was given and closed. Done and dropped shares closed at their ``updated_at``, except one dropped
    by a reassignment (it keeps the time it was given): the first reassignment since then that named its owner
    among the old ones (else the first since then). A share a reassignment named among the new owners was given by
    it, unless it had closed by then (the owner had it before too); others count from the action's recording."""
    agency = agencies[share.agency_id][0] if share.agency_id in agencies else None
    owner = share.member or agency or share.external_name or "?"  # as the log names owners
    closed = None if share.status is AssignmentStatus.OPEN else share.updated_at
    if share.status is AssignmentStatus.DROPPED and share.share_id not in by_drop:
        later = [(at, old) for at, old, _ in reassigned if at >= share.updated_at]
        if later:
            closed = next((at for at, old in later if owner in old), later[0][0])
    named = share.group if share.group_id is not None and share.group else owner
    giver = next((at for at, _, new in reassigned if named in new), None)
    given = giver if giver is not None and (closed is None or closed > giver) else None
    return given, closed


def _action_figures(parts: Sequence[_Part], start: dt.date, end: dt.date,
                    as_of: dt.date) -> tuple[int, int, int, int, float | None]:  # fmt: skip
    """(on time, late, open, overdue, median days to done) of an agency's parts."""
    on_time = late = still_open = overdue = 0
    days: list[int] = []
    for part in parts:
        closed = part.closed
        if closed is not None and start <= closed <= end:
            if part.done:
                days.append((closed - part.recorded).days)
                if part.due is None or closed <= part.due:
                    on_time += 1
                else:
                    late += 1
        elif part.open_on(as_of):
            if part.due is not None and part.due < as_of:
                overdue += 1
            else:
                still_open += 1
    return on_time, late, still_open, overdue, float(statistics.median(days)) if days else None


def _trend_point(parts: Sequence[_Part], day: dt.date) -> TrendPoint:
    showing = [p for p in parts if p.open_on(day)]
    return TrendPoint(day, len(showing), sum(p.due is not None and p.due < day for p in showing))


# Audits -----------------------------------------------------------------------------------------------------------
def _audits(session: Session, board_id: int, zone: dt.tzinfo, start: dt.date, end: dt.date, as_of: dt.date,
            agencies: dict[int, tuple[str, str]]) -> tuple[AuditProgress, ...]:  # fmt: skip
    """Each cycle open or due in the period, its returns as they stood at ``as_of``."""
    rows = session.execute(
        select(AuditCycle, AuditReturn.id, AuditReturn.subject, AuditReturn.agency_id, AuditReturn.status,
               AuditReturn.completed, AuditReturn.total)
        .outerjoin(AuditReturn, AuditReturn.cycle_id == AuditCycle.id)
        .where(AuditCycle.board_id == board_id)
        .order_by(AuditCycle.id, AuditReturn.id)
    ).all()  # fmt: skip
    cycles: dict[int, AuditCycle] = {}
    returns: dict[int, list[list[Any]]] = defaultdict(list)
    for cycle, *values in rows:
        cycles[cycle.id] = cycle
        if values[0] is not None:
            returns[cycle.id].append(values)
    wanted = [c for c in cycles.values() if _in_period(c, start, end)]
    if not wanted:
        return ()
    first_change: dict[int, dict[str, Any]] = {}
    for return_id, old in session.execute(
        select(Event.entity_id, Event.old)
        .where(Event.board_id == board_id, Event.entity == "audit_return", Event.change == "updated",
               Event.at >= utc_midnight(as_of + dt.timedelta(days=1), zone))
        .order_by(Event.at, Event.id)
    ):  # fmt: skip
        if return_id is not None and isinstance(old, dict):
            first_change.setdefault(return_id, old)
    found = []
    for cycle in sorted(wanted, key=lambda c: (c.due or dt.date.max, c.type.value, c.name)):
        stood = [_as_it_stood(values, first_change.get(values[0])) for values in returns[cycle.id]]
        found.append(_progress(cycle, stood, agencies))
    return tuple(found)


def _in_period(cycle: AuditCycle, start: dt.date, end: dt.date) -> bool:
    """Due in the period, or open during it: issued by its end, and still open, due after its start or (with no due
    date) issued in it."""
    if cycle.due is not None and start <= cycle.due <= end:
        return True
    begins = cycle.issued or cycle.due
    if begins is not None and begins > end:
        return False
    if not cycle.closed:
        return True
    if cycle.due is not None:
        return cycle.due >= start
    return cycle.issued is not None and cycle.issued >= start


def _as_it_stood(values: list[Any], old: dict[str, Any] | None) -> tuple[str, int | None, str, int | None, int | None]:
    """(subject, agency id, status, completed, total) of a return at the period's end."""
    _, subject, agency_id, status, completed, total = values
    if old is None:
        return subject, agency_id, status.value, completed, total
    before = old.get("status")
    return (subject, agency_id, str(before) if before in {s.value for s in AuditStatus} else status.value,
            old.get("completed"), old.get("total"))  # fmt: skip


def _progress(cycle: AuditCycle, stood: Sequence[tuple[str, int | None, str, int | None, int | None]],
              agencies: dict[int, tuple[str, str]]) -> AuditProgress:  # fmt: skip
    done = {s.value for s in DONE}
    counts = next((s for s in stood if s[0] == COUNTS_SUBJECT), None)
    subjects = [s for s in stood if s[0] != COUNTS_SUBJECT]
    if counts is not None and not subjects:
        return AuditProgress(cycle.type.value, cycle.name, cycle.due, counts[4] or 0, counts[3] or 0)
    listed: tuple[tuple[str, str], ...] = ()
    if cycle.type is not AuditType.S175:
        ordered = sorted(subjects, key=lambda s: (0, *sort_key(*agencies[s[1]])) if s[1] in agencies
                         else (1, 0, s[0].casefold()))  # fmt: skip
        listed = tuple((s[0], s[2]) for s in ordered)
    return AuditProgress(cycle.type.value, cycle.name, cycle.due, len(subjects), sum(s[2] in done for s in subjects),
                         listed)  # fmt: skip
