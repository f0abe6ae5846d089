"""The Action Tracker Review: standing item 2 of every board meeting, built from the store for the meeting pack.

``build_report`` gathers every action open at the meeting, or closed since the previous board meeting, grouped
by the agenda item it came from; ``render_markdown``, ``render_csv``, ``render_xlsx`` and ``render_html`` (in
``bot.reports.tracker_render``, re-exported here) turn the report into the formats a business manager circulates,
and ``render`` picks one of ``FORMATS``. Statuses are as they stand when the report is generated.
The data is read with a fixed number of SQL statements however many actions the board has.

The html and xlsx also carry the partner engagement summary for the 12 months up to the report's day
(``engagement_period``) when it is asked for (``build_report(..., engagement=True)``, for ``ENGAGED_FORMATS``):
``compute_engagement``'s own statements, a fixed number too, on top of the tracker's three.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, ScalarSelect, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from bot.clock import utc_midnight, zone_of
from bot.directory import department_name
from bot.errors import InvalidInput, NotFound
from bot.minutes.agenda import AGENDA_CHANGE, agenda_of
from bot.reports.engagement import compute_engagement, engagement_period
from bot.reports.tracker_model import TrackerReport, TrackerRow, _day
from bot.reports.tracker_render import (
    CSV_HEADER,
    RED,
    XLSX_COLUMNS,
    csv_safe,
    md_escape,
    render_csv,
    render_html,
    render_markdown,
    render_xlsx,
)
from store.models import (
    Action,
    Agency,
    Assignment,
    AssignmentStatus,
    Board,
    Event,
    Group,
    Meeting,
    MeetingKind,
    Member,
)

__all__ = [
    "BETWEEN_MEETINGS",
    "CSV_HEADER",
    "ENGAGED_FORMATS",
    "FORMATS",
    "MAX_OUTSTANDING_NAMES",
    "RED",
    "XLSX_COLUMNS",
    "TrackerReport",
    "TrackerRow",
    "build_report",
    "csv_safe",
    "engagement_period",
    "md_escape",
    "render",
    "render_csv",
    "render_html",
    "render_markdown",
    "render_xlsx",
]

BETWEEN_MEETINGS = "Raised between meetings"
MAX_OUTSTANDING_NAMES = 15
_SectionKey = tuple[int, dt.date, bool, int, tuple[tuple[int, int, str], ...]]
_Fetched = Row[*tuple[Any, ...]]  # a plain row of the actions' statement


# Building ---------------------------------------------------------------------------------------------------
_BATCH = 2_000  # rows fetched at a time: the actions stream from the database (a server-side cursor on PostgreSQL)


@dataclass(frozen=True, slots=True)
class _Meeting:
    """What the report needs of a meeting an action came from."""

    id: int
    kind: MeetingKind
    title: str
    date: dt.date
    items: dict[str, str]  # the agenda items' titles, when its minutes were imported: "4" -> "Section 11 audit"


def build_report(
    session: Session, board_id: int, *, meeting: dt.date | None, today: dt.date, engagement: bool = False
) -> TrackerReport:
    """The tracker review for ``meeting`` (default: the next board meeting on or after today, else today).

    Three statements whatever the board's size: the board, its meetings (with their agenda items' titles), and
    the actions with their owners and newest progress note as plain rows (no ORM objects), read in batches and
    turned into report rows one action at a time. A dropped share's row carries the reason the action was dropped
    and the owners it was last reassigned to, read from the event log inside the same statement: only the current
    owners are shown. With ``engagement``, the partner engagement summary of the 12 months up to ``today`` too
    (``compute_engagement``: its own few statements, as many for any size of board).
    """
    board = session.execute(select(Board.name, Board.time_zone).where(Board.id == board_id)).first()
    if board is None:
        raise NotFound("There is no such board.")
    zone = zone_of(board.time_zone)
    agenda = (  # the items' titles, kept when the meeting's minutes were imported
        select(Event.new)
        .where(Event.board_id == board_id, Event.entity == "meeting", Event.entity_id == Meeting.id,
               Event.change == AGENDA_CHANGE)
        .order_by(Event.id.desc())
        .limit(1)
        .correlate(Meeting)
        .scalar_subquery()
    )  # fmt: skip
    listed = session.execute(
        select(Meeting.id, Meeting.kind, Meeting.title, Meeting.date, agenda).where(Meeting.board_id == board_id)
    )
    meetings = {m.id: _Meeting(m.id, m.kind, m.title, m.date, agenda_of(m[4])) for m in listed}
    board_dates = sorted({m.date for m in meetings.values() if m.kind is MeetingKind.BOARD})
    if meeting is None:
        meeting = next((d for d in board_dates if d >= today), today)
    previous = max((d for d in board_dates if d < meeting), default=None)

    recent = [Assignment.status == AssignmentStatus.OPEN]
    if previous is not None:
        recent.append(Assignment.updated_at >= utc_midnight(previous, zone))
    else:
        recent.append(Assignment.status != AssignmentStatus.OPEN)
    # The newest progress note of each action: its event, found once for the board (not once per row).
    newest = (
        select(Event.entity_id.label("action_id"), func.max(Event.id).label("event_id"))
        .where(Event.board_id == board_id, Event.entity == "action", Event.change == "update")
        .group_by(Event.entity_id)
        .subquery("newest")
    )
    note = aliased(Event, name="note")
    # One row per assignment (one for an action with none), in action then assignment order.
    rows = session.execute(
        select(Action.id, Action.number, Action.text, Action.due, Action.asap, Action.meeting_id,
               Action.agenda_item, Action.source_link, Assignment.status, Assignment.member_id,
               Assignment.agency_id, Assignment.group_id, Assignment.updated_at, Member.name.label("member"),
               Agency.name.label("agency"), Assignment.department, Group.name.label("group"),
               Assignment.external_name, *_dropped_columns(board_id), note.new.label("update"),
               note.at.label("update_at"))
        .outerjoin(Assignment, Assignment.action_id == Action.id)
        .outerjoin(Member, Member.id == Assignment.member_id)
        .outerjoin(Agency, Agency.id == Assignment.agency_id)
        .outerjoin(Group, Group.id == Assignment.group_id)
        .outerjoin(newest, newest.c.action_id == Action.id)
        .outerjoin(note, note.id == newest.c.event_id)
        .where(
            Action.board_id == board_id,
            or_(Action.id.in_(select(Assignment.action_id).where(or_(*recent))), ~Action.assignments.any()),
        )
        .order_by(Action.number, Assignment.id)
        .execution_options(yield_per=_BATCH)
    )  # fmt: skip

    builder = _Builder(meeting, zone)
    groups: dict[tuple[int | None, str | None], list[TrackerRow]] = {}
    for head, shares in _by_action(rows):
        origin = meetings.get(head.meeting_id) if head.meeting_id is not None else None
        row = builder.row(head, shares, origin)
        if row.status != "open" and previous is not None and row.closed_on is not None and row.closed_on < previous:
            continue
        groups.setdefault((origin.id, row.item) if origin else (None, None), []).append(row)

    keyed: list[tuple[_SectionKey, str, tuple[TrackerRow, ...]]] = []
    for (meeting_id, item), found in groups.items():
        ordered = tuple(found)  # already in reference order: the rows come ordered by action number
        origin = meetings[meeting_id] if meeting_id is not None else None
        if origin is None:
            keyed.append(((1, dt.date.max, False, 0, ()), BETWEEN_MEETINGS, ordered))
        else:
            key = (0, origin.date, origin.kind is not MeetingKind.BOARD, origin.id, _natural(item))
            keyed.append((key, _section_title(origin, item), ordered))
    keyed.sort(key=lambda entry: entry[0])
    return TrackerReport(
        board=board.name,
        meeting=meeting,
        previous=previous,
        generated=today,
        sections=tuple((title, found) for _, title, found in keyed),
        engagement=compute_engagement(session, board_id, *engagement_period(today), today) if engagement else None,
    )


def _dropped_columns(board_id: int) -> tuple[Any, ...]:
    """For a dropped share only (an index lookup each; open and done shares never run them): the reason given
    when the action was last closed, if that was a drop with a reason (`dscb action A-12 --drop REASON`), and
    the owners it was last reassigned to."""

    def latest(value: Any, *changes: str) -> ScalarSelect[Any]:
        return (
            select(value)
            .where(Event.board_id == board_id, Event.entity == "action", Event.entity_id == Action.id,
                   Event.change.in_(changes))
            .order_by(Event.id.desc())
            .limit(1)
            .correlate(Action)
            .scalar_subquery()
        )  # fmt: skip

    def dropped(value: ScalarSelect[Any], name: str) -> Any:
        return case((Assignment.status == AssignmentStatus.DROPPED, value), else_=None).label(name)

    return (
        dropped(latest(Event.new["reason"].as_string(), "done", "dropped"), "drop_reason"),
        dropped(latest(Event.new, "reassigned"), "reassigned"),
    )


def _by_action(rows: Iterable[_Fetched]) -> Iterator[tuple[_Fetched, list[_Fetched]]]:
    """Consecutive rows of one action: (its first row, the rows of its assignments)."""
    head: _Fetched | None = None
    shares: list[_Fetched] = []
    for row in rows:
        if head is None or row.id != head.id:
            if head is not None:
                yield head, shares
            head, shares = row, []
        if row.status is not None:
            shares.append(row)
    if head is not None:
        yield head, shares


class _Builder:
    """Turns an action's rows into a TrackerRow; repeated values (owners, dates, origins) are shared, not copied,
    so that a report of 100,000 actions stays small."""

    def __init__(self, meeting: dt.date, zone: dt.tzinfo) -> None:
        self.meeting = meeting
        self.zone = zone
        self.items: dict[str | None, str | None] = {}
        self.owners: dict[tuple[str, ...], tuple[str, ...]] = {}
        self.dates: dict[dt.date, dt.date] = {}
        self.origins: dict[tuple[int, str | None], str] = {}

    def row(self, head: _Fetched, shares: Sequence[_Fetched], origin: _Meeting | None) -> TrackerRow:
        live = _current(shares)
        owners: list[str] = []
        by_group: dict[int, list[_Fetched]] = {}
        for a in live:  # a group's members' shares count in its progress, dropped ones too
            if a.group_id is not None and a.member_id is not None:
                if a.group_id not in by_group:
                    by_group[a.group_id] = []
                    _add(owners, a.group if a.group is not None else "group")
                by_group[a.group_id].append(a)
            else:
                _add(owners, a.group if a.group is not None and a.agency_id is None else _owner_name(a))
        progress = [_progress(rows[0].group if rows[0].group is not None else "group", rows)
                    for rows in by_group.values()]  # fmt: skip
        statuses = {a.status for a in live}
        if not statuses or AssignmentStatus.OPEN in statuses:
            status = "open"
        elif statuses == {AssignmentStatus.DROPPED}:
            status = "dropped"
        else:
            status = "done"
        closed_on = note = None
        if status != "open":
            latest: dt.datetime = max(a.updated_at for a in shares)
            closed_on = self._date(self._local(latest))
            reason = next((a.drop_reason for a in shares if a.drop_reason), None)
            if reason:  # dropped with a reason; "done" when some shares were done before the rest were dropped
                note = f"Dropped: {reason}" if status == "dropped" else f"The rest dropped: {reason}"
        if head.agenda_item not in self.items:
            self.items[head.agenda_item] = _item(head.agenda_item)
        item = self.items[head.agenda_item]
        due = self._date(head.due) if head.due is not None else None
        named = tuple(owners)
        update = head.update.get("note") if isinstance(head.update, dict) else None
        full = " / ".join(text for text, _ in progress) or None
        folded = " / ".join(short for _, short in progress) or None
        return TrackerRow(
            ref=f"A-{head.number}",
            item=item,
            text=head.text,
            owners=self.owners.setdefault(named, named),
            due=due,
            asap=head.asap,
            status=status,
            overdue=status == "open" and due is not None and due < self.meeting,
            progress=full,
            closed_on=closed_on,
            origin=self._origin(origin, item, bool(head.source_link)),
            note=note,
            update=str(update) if update else None,
            update_on=self._date(self._local(head.update_at)) if update and head.update_at else None,
            folded=folded if folded != full else None,
        )

    def _local(self, at: dt.datetime) -> dt.date:
        """The board's day of a naive UTC time from the store."""
        return at.replace(tzinfo=dt.UTC).astimezone(self.zone).date()

    def _date(self, day: dt.date) -> dt.date:
        return self.dates.setdefault(day, day)

    def _origin(self, origin: _Meeting | None, item: str | None, from_slack: bool) -> str:
        if origin is None:
            return "Slack" if from_slack else "chat"
        if (origin.id, item) not in self.origins:
            self.origins[origin.id, item] = _origin(origin, item)
        return self.origins[origin.id, item]


def _owner_name(share: _Fetched) -> str:
    """The member, else the agency, else the named outsider (as Assignment.owner_name)."""
    if share.member is not None:
        return str(share.member)
    if share.agency is not None:
        return department_name(str(share.agency), share.department)
    return str(share.external_name or "?")


def _current(shares: Sequence[_Fetched]) -> Sequence[_Fetched]:
    """The shares of the action's current owners (as ``current_shares``): after a reassign, those of the owners it
    was reassigned to, even once dropped or done since (those not dropped when they cannot be told apart)."""
    reassigned = next((a.reassigned for a in shares if a.reassigned is not None), None)
    if reassigned is None:
        return shares
    names = reassigned.get("owners") if isinstance(reassigned, dict) else None
    wanted = {str(name) for name in names} if isinstance(names, list) else set()
    mine = [a for a in shares if (a.group if a.group_id is not None and a.group else _owner_name(a)) in wanted]
    return mine or [a for a in shares if a.status is not AssignmentStatus.DROPPED] or shares


def _progress(group: str, rows: Sequence[_Fetched]) -> tuple[str, str]:
    """'all members: 21 of 30 done; outstanding: Anne Harris, Jo Forbes' (dropped shares are not counted, only said:
    'all members: 21 of 21 done (9 dropped)'): in full, and with the outstanding folded after
    MAX_OUTSTANDING_NAMES ('… and 15 more')."""
    counted = [r for r in rows if r.status is not AssignmentStatus.DROPPED]
    if not counted:
        return f"{group}: dropped", f"{group}: dropped"
    done = sum(r.status is AssignmentStatus.DONE for r in counted)
    dropped = len(rows) - len(counted)
    text = f"{group}: {done} of {len(counted)} done" + (f" ({dropped} dropped)" if dropped else "")
    waiting = sorted((_owner_name(r) for r in counted if r.status is AssignmentStatus.OPEN), key=str.casefold)
    if not waiting:
        return text, text
    more = len(waiting) - MAX_OUTSTANDING_NAMES
    folded = ", ".join(waiting[:MAX_OUTSTANDING_NAMES]) + (f" and {more} more" if more > 0 else "")
    return f"{text}; outstanding: {', '.join(waiting)}", f"{text}; outstanding: {folded}"


def _add(names: list[str], name: str) -> None:
    if name not in names:
        names.append(name)


def _item(agenda_item: str | None) -> str | None:
    """'Item 2' and ' 2 ' both mean '2'."""
    if agenda_item is None:
        return None
    item = re.sub(r"^\s*(agenda\s+)?item\s*", "", agenda_item, flags=re.IGNORECASE).strip()
    return item or None


def _natural(item: str | None) -> tuple[tuple[int, int, str], ...]:
    """Sort key: '2' < '5a' < '12' < 'AOB'; no item comes last."""
    if item is None:
        return ((2, 0, ""),)
    parts = [p for p in re.split(r"(\d+)", item.casefold()) if p]
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts)


def _meeting_name(meeting: _Meeting) -> str:
    if meeting.kind is MeetingKind.BOARD:
        return "Board"
    return meeting.title or meeting.kind.value.capitalize()


def _origin(meeting: _Meeting, item: str | None) -> str:
    """'Board 15 May 2015, item 2'."""
    return f"{_meeting_name(meeting)} {_day(meeting.date)}" + (f", item {item}" if item else "")


def _section_title(meeting: _Meeting, item: str | None) -> str:
    """'Item 4 – Section 11 audit (15 May 2015)' when the item's title is known, else 'Item 2 – from 15 May 2015';
    'Item 3 – from the Workshop of 19 June 2015'."""
    source = _day(meeting.date)
    if meeting.kind is not MeetingKind.BOARD:
        source = f"the {_meeting_name(meeting)} of {source}"
    title = meeting.items.get(item) if item else None
    if title:
        return f"Item {item} – {title} (from {source})"
    return f"Item {item} – from {source}" if item else f"From {source}"


FORMATS = ("xlsx", "csv", "md", "html")  # what `render` makes
ENGAGED_FORMATS = ("xlsx", "html")  # those that show the engagement summary, when the report carries it


def render(report: TrackerReport, kind: str) -> str | bytes:
    """The report in one of FORMATS: text for csv, md and html; the workbook's bytes for xlsx."""
    renderers: dict[str, Callable[[TrackerReport], str | bytes]] = {
        "xlsx": render_xlsx, "csv": render_csv, "md": render_markdown, "html": render_html,
    }  # fmt: skip
    if kind not in renderers:
        raise InvalidInput(f"{kind!r} is not a report format: use {', '.join(FORMATS)}.")
    return renderers[kind](report)
