"""The Action Tracker Review: standing item 2 of every board meeting, built from the store for the meeting pack.

``build_report`` gathers every action open at the meeting, or closed since the previous board meeting, grouped
by the agenda item it came from; ``render_markdown``, ``render_csv``, ``render_xlsx`` and ``render_html`` turn the
report into the formats a business manager circulates. Statuses are as they stand when the report is generated.
The data is read with a fixed number of SQL statements however many actions the board has.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import xlsxwriter
from sqlalchemy import Row, or_, select
from sqlalchemy.orm import Session

from bot.errors import InvalidInput, NotFound
from bot.tracker.stored_text import without_controls
from store.models import Action, Agency, Assignment, AssignmentStatus, Board, Group, Meeting, MeetingKind, Member

BETWEEN_MEETINGS = "Raised between meetings"
MAX_OUTSTANDING_NAMES = 15
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_SectionKey = tuple[int, dt.date, bool, int, tuple[tuple[int, int, str], ...]]
_Fetched = Row[*tuple[Any, ...]]  # a plain row of the actions' statement


@dataclass(frozen=True, slots=True)
class TrackerRow:
    """One action as the tracker review shows it."""

    ref: str
    item: str | None  # the agenda item it came from, e.g. "2"
    text: str
    owners: tuple[str, ...]
    due: dt.date | None
    asap: bool
    status: str  # open / done / dropped
    overdue: bool
    progress: str | None  # "all members: 21 of 30 done; outstanding: Anne Harris, Jo Forbes"
    closed_on: dt.date | None
    origin: str  # "Board 15 May 2015, item 2", "Slack" or "chat"


@dataclass(frozen=True)
class TrackerReport:
    """The review for one board meeting: sections of rows, grouped by agenda item of origin."""

    board: str
    meeting: dt.date
    previous: dt.date | None
    generated: dt.date
    sections: tuple[tuple[str, tuple[TrackerRow, ...]], ...]

    @property
    def rows(self) -> tuple[TrackerRow, ...]:
        return tuple(row for _, rows in self.sections for row in rows)

    @property
    def title(self) -> str:
        return f"Action Tracker Review – board meeting of {_day(self.meeting)}"

    def summary(self) -> str:
        """'7 actions: 5 open (2 overdue), 2 closed since 15 May 2015.'"""
        rows = self.rows
        open_rows = [r for r in rows if r.status == "open"]
        overdue = sum(r.overdue for r in open_rows)
        closed = len(rows) - len(open_rows)
        since = f"since {_day(self.previous)}" if self.previous else "so far"
        noun = "action" if len(rows) == 1 else "actions"
        return f"{len(rows)} {noun}: {len(open_rows)} open ({overdue} overdue), {closed} closed {since}."


# Building ---------------------------------------------------------------------------------------------------
_BATCH = 2_000  # rows fetched at a time: the actions stream from the database (a server-side cursor on PostgreSQL)


@dataclass(frozen=True, slots=True)
class _Meeting:
    """What the report needs of a meeting an action came from."""

    id: int
    kind: MeetingKind
    title: str
    date: dt.date


def build_report(session: Session, board_id: int, *, meeting: dt.date | None, today: dt.date) -> TrackerReport:
    """The tracker review for ``meeting`` (default: the next board meeting on or after today, else today).

    Three statements whatever the board's size: the board, its meetings, and the actions with their owners as
    plain rows (no ORM objects), read in batches and turned into report rows one action at a time.
    """
    board = session.execute(select(Board.name, Board.time_zone).where(Board.id == board_id)).first()
    if board is None:
        raise NotFound("There is no such board.")
    zone = _zone(board.time_zone)
    listed = session.execute(
        select(Meeting.id, Meeting.kind, Meeting.title, Meeting.date).where(Meeting.board_id == board_id)
    )
    meetings = {m.id: _Meeting(*m) for m in listed}
    board_dates = sorted({m.date for m in meetings.values() if m.kind is MeetingKind.BOARD})
    if meeting is None:
        meeting = next((d for d in board_dates if d >= today), today)
    previous = max((d for d in board_dates if d < meeting), default=None)

    recent = [Assignment.status == AssignmentStatus.OPEN]
    if previous is not None:
        recent.append(Assignment.updated_at >= _utc_midnight(previous, zone))
    else:
        recent.append(Assignment.status != AssignmentStatus.OPEN)
    # One row per assignment (one for an action with none), in action then assignment order.
    rows = session.execute(
        select(Action.id, Action.number, Action.text, Action.due, Action.asap, Action.meeting_id,
               Action.agenda_item, Action.source_link, Assignment.status, Assignment.member_id,
               Assignment.agency_id, Assignment.group_id, Assignment.updated_at, Member.name.label("member"),
               Agency.name.label("agency"), Group.name.label("group"), Assignment.external_name)
        .outerjoin(Assignment, Assignment.action_id == Action.id)
        .outerjoin(Member, Member.id == Assignment.member_id)
        .outerjoin(Agency, Agency.id == Assignment.agency_id)
        .outerjoin(Group, Group.id == Assignment.group_id)
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
        owners: list[str] = []
        by_group: dict[int, list[_Fetched]] = {}
        for a in shares:
            if a.group_id is not None and a.member_id is not None:
                if a.group_id not in by_group:
                    by_group[a.group_id] = []
                    _add(owners, a.group if a.group is not None else "group")
                by_group[a.group_id].append(a)
            elif a.group is not None and a.member_id is None and a.agency_id is None:
                _add(owners, a.group)
            else:
                _add(owners, _owner_name(a))
        progress = [_progress(rows[0].group if rows[0].group is not None else "group", rows)
                    for rows in by_group.values()]  # fmt: skip
        statuses = {a.status for a in shares}
        if not statuses or AssignmentStatus.OPEN in statuses:
            status = "open"
        elif statuses == {AssignmentStatus.DROPPED}:
            status = "dropped"
        else:
            status = "done"
        closed_on = None
        if status != "open":
            latest: dt.datetime = max(a.updated_at for a in shares)
            closed_on = self._date(latest.replace(tzinfo=dt.UTC).astimezone(self.zone).date())
        if head.agenda_item not in self.items:
            self.items[head.agenda_item] = _item(head.agenda_item)
        item = self.items[head.agenda_item]
        due = self._date(head.due) if head.due is not None else None
        named = tuple(owners)
        return TrackerRow(
            ref=f"A-{head.number}",
            item=item,
            text=head.text,
            owners=self.owners.setdefault(named, named),
            due=due,
            asap=head.asap,
            status=status,
            overdue=status == "open" and due is not None and due < self.meeting,
            progress=" / ".join(progress) or None,
            closed_on=closed_on,
            origin=self._origin(origin, item, bool(head.source_link)),
        )

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
        return str(share.agency)
    return str(share.external_name or "?")


def _progress(group: str, rows: Sequence[_Fetched]) -> str:
    """'all members: 21 of 30 done; outstanding: Anne Harris, Jo Forbes' (dropped shares are not counted)."""
    counted = [r for r in rows if r.status is not AssignmentStatus.DROPPED]
    if not counted:
        return f"{group}: dropped"
    done = sum(r.status is AssignmentStatus.DONE for r in counted)
    text = f"{group}: {done} of {len(counted)} done"
    waiting = sorted((_owner_name(r) for r in counted if r.status is AssignmentStatus.OPEN), key=str.casefold)
    if waiting:
        shown = ", ".join(waiting[:MAX_OUTSTANDING_NAMES])
        more = len(waiting) - MAX_OUTSTANDING_NAMES
        text += f"; outstanding: {shown}" + (f" and {more} more" if more > 0 else "")
    return text


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
    """'Item 2 – from 15 May 2015', or 'Item 3 – from the Workshop of 19 June 2015'."""
    source = _day(meeting.date)
    if meeting.kind is not MeetingKind.BOARD:
        source = f"the {_meeting_name(meeting)} of {source}"
    return f"Item {item} – from {source}" if item else f"From {source}"


def _zone(name: str) -> dt.tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return dt.UTC


def _utc_midnight(day: dt.date, zone: dt.tzinfo) -> dt.datetime:
    """The start of ``day`` in the board's time zone, as the naive UTC the store keeps."""
    return dt.datetime.combine(day, dt.time(), zone).astimezone(dt.UTC).replace(tzinfo=None)


def _day(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def _short_day(day: dt.date) -> str:
    return f"{day.day} {day:%b %Y}"


def _due_words(row: TrackerRow) -> str:
    if row.due:
        return _short_day(row.due)
    return "asap" if row.asap else "—"


def _status_words(row: TrackerRow) -> str:
    if row.status == "open":
        return "Overdue" if row.overdue else "Open"
    closed = f" {_short_day(row.closed_on)}" if row.closed_on else ""
    return f"{row.status.capitalize()}{closed}"


# Markdown ---------------------------------------------------------------------------------------------------
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")


def md_escape(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def render_markdown(report: TrackerReport) -> str:
    """The review as Markdown: a heading, a summary, and one table per section."""
    lines = [f"# {md_escape(report.board)}", "", f"## {md_escape(report.title)}", ""]
    since = f"closed since {_day(report.previous)}" if report.previous else "closed"
    lines += [f"Actions open at the meeting or {since}. Generated {_day(report.generated)}.", "", report.summary()]
    if not report.sections:
        lines += ["", "There are no actions to review."]
    for title, rows in report.sections:
        lines += [
            "",
            f"### {md_escape(title)}",
            "",
            "| Ref | Action | Owners | Due | Status |",
            "|---|---|---|---|---|",
        ]
        for row in rows:
            action = md_escape(row.text) + (f"<br>*{md_escape(row.progress)}*" if row.progress else "")
            status = f"**{_status_words(row)}**" if row.overdue else _status_words(row)
            cells = (row.ref, action, md_escape(", ".join(row.owners)) or "—", _due_words(row), status)
            lines.append("| " + " | ".join(cells) + " |")
    lines.append("")  # the final newline, without copying the whole text once more to add it
    return "\n".join(lines)


# CSV --------------------------------------------------------------------------------------------------------
CSV_HEADER = (
    "Board", "Meeting", "Section", "Ref", "Agenda item", "Action", "Owners", "Due", "ASAP", "Status", "Overdue",
    "Progress", "Closed on", "Origin",
)  # fmt: skip


def csv_safe(value: str) -> str:
    """Text a spreadsheet will not run as a formula (a leading = + - @ tab or CR gets a ' in front), without
    control characters (text stored before they were refused may hold them)."""
    value = without_controls(value)
    return "'" + value if value.startswith(_FORMULA_START) else value


def render_csv(report: TrackerReport) -> str:
    """One row per action, with a header; dates are ISO. Write it as UTF-8 with a BOM ("utf-8-sig") for Excel."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for section, rows in report.sections:
        for row in rows:
            writer.writerow(
                csv_safe(str(v))
                for v in (
                    report.board, report.meeting.isoformat(), section, row.ref, row.item or "", row.text,
                    "; ".join(row.owners), row.due.isoformat() if row.due else "", "yes" if row.asap else "",
                    row.status, "yes" if row.overdue else "", row.progress or "",
                    row.closed_on.isoformat() if row.closed_on else "", row.origin,
                )
            )  # fmt: skip
    return out.getvalue()


# XLSX -------------------------------------------------------------------------------------------------------
XLSX_COLUMNS: tuple[tuple[str, int], ...] = (  # header, maximum width in characters
    ("Section", 28), ("Ref", 8), ("Action", 60), ("Owners", 30), ("Due", 13), ("Status", 11), ("Overdue", 9),
    ("Progress", 50), ("Closed on", 13), ("Origin", 28),
)  # fmt: skip
RED = "FF0000"
_XLSX_HEADER_ROW = 3  # as Excel numbers rows; XlsxWriter counts from 0
_XLSX_MAX_TEXT = 32_767  # Excel's limit for a cell (XlsxWriter cuts there too, counting an emoji as 2)
# Control characters, and what XML 1.0 cannot carry at all: removed, not escaped.
_XL_ILLEGAL = re.compile(r"[\000-\010\013\014\016-\037\ud800-\udfff\ufffe\uffff]")
_XlsxValue = str | dt.date | None


def _xl_text(value: str) -> str:
    return _XL_ILLEGAL.sub("", value)


def render_xlsx(report: TrackerReport) -> bytes:
    """A workbook: a title row with the board and meeting, a bold frozen header with a filter, overdue rows in red.

    XlsxWriter in ``constant_memory`` mode writes it: each row goes to a temporary file as soon as the next one
    starts, so memory stays flat however many actions there are. Rows must therefore be written in order, top to
    bottom; column widths, the frozen header, the filter and the print setup may be set at any time before close.
    Text is always written with ``write_string``, so text starting with "=" stays text, never a formula.
    """
    buffer = io.BytesIO()
    with xlsxwriter.Workbook(buffer, {"constant_memory": True}) as workbook:  # closing writes it
        sheet = workbook.add_worksheet(f"Tracker {_short_day(report.meeting)}"[:31])
        header = _XLSX_HEADER_ROW - 1
        last = header + sum(len(rows) for _, rows in report.sections)
        for column, width in enumerate(_xlsx_widths(report)):
            sheet.set_column(column, column, width)
        sheet.freeze_panes(header + 1, 0)
        sheet.autofilter(header, 0, last, len(XLSX_COLUMNS) - 1)
        sheet.repeat_rows(header)
        sheet.set_landscape()
        sheet.set_paper(9)  # A4
        sheet.fit_to_pages(1, 0)  # one page wide, as many long as it takes

        since = f"; previous board {_day(report.previous)}" if report.previous else ""
        sheet.write_string(0, 0, _xl_text(f"{report.board} – {report.title}"),
                           workbook.add_format({"bold": True, "font_size": 14}))  # fmt: skip
        sheet.write_string(1, 0, f"{report.summary()} Generated {_day(report.generated)}{since}.",
                           workbook.add_format({"italic": True}))  # fmt: skip
        wrap = {"text_wrap": True, "valign": "top"}
        head = workbook.add_format(wrap | {"bold": True, "pattern": 1, "bg_color": "#DDDDDD"})  # solid grey
        for column, (name, _) in enumerate(XLSX_COLUMNS):
            sheet.write_string(header, column, name, head)

        # Every action cell is wrapped at the top, dates read '1 May 2015', and an overdue row is red throughout.
        day, red = {"num_format": "d mmm yyyy"}, {"font_color": f"#{RED}"}
        plain = workbook.add_format(wrap), workbook.add_format(wrap | day)  # (text, date)
        overdue = workbook.add_format(wrap | red), workbook.add_format(wrap | day | red)
        number = header
        for section, rows in report.sections:
            for row in rows:
                number += 1
                text_format, date_format = overdue if row.overdue else plain
                for column, value in enumerate(_xlsx_values(section, row)):
                    if isinstance(value, dt.date):
                        sheet.write_datetime(number, column, value, date_format)
                    elif value and (cut := _xl_text(value)[:_XLSX_MAX_TEXT]):
                        sheet.write_string(number, column, cut, text_format)
                    else:
                        sheet.write_blank(number, column, None, text_format)  # styled, as the rest of the row
    return buffer.getvalue()


def _xlsx_values(section: str, row: TrackerRow) -> tuple[_XlsxValue, ...]:
    return (
        section, row.ref, row.text, ", ".join(row.owners), row.due or ("asap" if row.asap else None), row.status,
        "yes" if row.overdue else "", row.progress, row.closed_on, row.origin,
    )  # fmt: skip


def _xlsx_widths(report: TrackerReport) -> list[int]:
    """Each column as wide as its longest line (a date counts 11), within the column's cap, plus a margin."""
    widths = [len(name) for name, _ in XLSX_COLUMNS]
    for section, rows in report.sections:
        for row in rows:
            for column, value in enumerate(_xlsx_values(section, row)):
                if isinstance(value, dt.date):
                    width = 11
                elif value:
                    width = max(len(line) for line in value.splitlines() or [""])
                else:
                    continue
                if width > widths[column]:
                    widths[column] = width
    return [min(max(width, 6), cap) + 2 for (_, cap), width in zip(XLSX_COLUMNS, widths, strict=True)]


# HTML -------------------------------------------------------------------------------------------------------
_CSS = """
@page { size: A4 portrait; margin: 15mm 12mm 18mm 12mm; }
body { font-family: Arial, Helvetica, sans-serif; font-size: 10pt; color: #111; margin: 0; }
h1 { font-size: 16pt; margin: 0 0 2mm 0; }
h2 { font-size: 13pt; margin: 0 0 3mm 0; font-weight: normal; }
h3 { font-size: 11pt; margin: 6mm 0 2mm 0; break-after: avoid; page-break-after: avoid; }
p.meta { margin: 0 0 2mm 0; color: #333; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.5pt solid #888; padding: 1.5mm 2mm; text-align: left; vertical-align: top;
         overflow-wrap: anywhere; }
th { background: #e6e6e6; }
col.ref { width: 9%; } col.action { width: 45%; } col.owners { width: 22%; } col.due { width: 11%; }
col.status { width: 13%; }
.progress { display: block; margin-top: 1mm; font-size: 8.5pt; color: #444; }
tr.overdue td { color: #c00000; }
tr.overdue td.status { font-weight: bold; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
"""


def _h(text: str) -> str:
    return html.escape(text, quote=True)


def render_html(report: TrackerReport) -> str:
    """A complete page that prints on A4: the header row repeats on each page and rows are not split."""
    title = f"{report.board} – {report.title}"
    since = f"closed since {_day(report.previous)}" if report.previous else "closed"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en-GB">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{_h(title)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        f"<h1>{_h(report.board)}</h1>",
        f"<h2>{_h(report.title)}</h2>",
        f'<p class="meta">Actions open at the meeting or {_h(since)}. Generated {_h(_day(report.generated))}.</p>',
        f'<p class="meta">{_h(report.summary())}</p>',
    ]
    if not report.sections:
        parts.append("<p>There are no actions to review.</p>")
    for section, rows in report.sections:
        parts += [f"<h3>{_h(section)}</h3>", "<table>", *_html_table(rows), "</table>"]
    parts += ["</body>", "</html>", ""]  # "" for the final newline, without copying the whole page to add it
    return "\n".join(parts)


def _html_table(rows: Iterable[TrackerRow]) -> list[str]:
    out = [
        '<colgroup><col class="ref"><col class="action"><col class="owners"><col class="due"><col class="status">'
        "</colgroup>",
        "<thead><tr><th>Ref</th><th>Action</th><th>Owners</th><th>Due</th><th>Status</th></tr></thead>",
        "<tbody>",
    ]
    for row in rows:
        progress = f'<span class="progress">{_h(row.progress)}</span>' if row.progress else ""
        css = ' class="overdue"' if row.overdue else ""
        out.append(
            f"<tr{css}><td>{_h(row.ref)}</td><td>{_h(row.text)}{progress}</td>"
            f"<td>{_h(', '.join(row.owners)) or '—'}</td><td>{_h(_due_words(row))}</td>"
            f'<td class="status">{_h(_status_words(row))}</td></tr>'
        )
    out.append("</tbody>")
    return out


FORMATS = ("xlsx", "csv", "md", "html")  # what `render` makes


def render(report: TrackerReport, kind: str) -> str | bytes:
    """The report in one of FORMATS: text for csv, md and html; the workbook's bytes for xlsx."""
    renderers: dict[str, Callable[[TrackerReport], str | bytes]] = {
        "xlsx": render_xlsx, "csv": render_csv, "md": render_markdown, "html": render_html,
    }  # fmt: skip
    if kind not in renderers:
        raise InvalidInput(f"{kind!r} is not a report format: use {', '.join(FORMATS)}.")
    return renderers[kind](report)
