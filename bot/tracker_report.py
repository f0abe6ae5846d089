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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from sqlalchemy import or_, select
from sqlalchemy.orm import Session, joinedload, selectinload

from bot.errors import NotFound
from store.models import Action, Assignment, AssignmentStatus, Board, Meeting, MeetingKind

BETWEEN_MEETINGS = "Raised between meetings"
MAX_OUTSTANDING_NAMES = 15
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_SectionKey = tuple[int, dt.date, bool, int, tuple[tuple[int, int, str], ...]]


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
def build_report(session: Session, board_id: int, *, meeting: dt.date | None, today: dt.date) -> TrackerReport:
    """The tracker review for ``meeting`` (default: the next board meeting on or after today, else today)."""
    board = session.get(Board, board_id)
    if board is None:
        raise NotFound("There is no such board.")
    zone = _zone(board.time_zone)
    meetings = {m.id: m for m in session.scalars(select(Meeting).where(Meeting.board_id == board_id))}
    board_dates = sorted({m.date for m in meetings.values() if m.kind is MeetingKind.BOARD})
    if meeting is None:
        meeting = next((d for d in board_dates if d >= today), today)
    previous = max((d for d in board_dates if d < meeting), default=None)

    recent = [Assignment.status == AssignmentStatus.OPEN]
    if previous is not None:
        recent.append(Assignment.updated_at >= _utc_midnight(previous, zone))
    else:
        recent.append(Assignment.status != AssignmentStatus.OPEN)
    actions = session.scalars(
        select(Action)
        .where(
            Action.board_id == board_id,
            or_(Action.id.in_(select(Assignment.action_id).where(or_(*recent))), ~Action.assignments.any()),
        )
        .options(
            selectinload(Action.assignments).options(
                joinedload(Assignment.member), joinedload(Assignment.agency), joinedload(Assignment.group)
            )
        )
        .order_by(Action.number)
    ).all()

    groups: dict[tuple[int | None, str | None], list[TrackerRow]] = {}
    for action in actions:
        origin = meetings.get(action.meeting_id) if action.meeting_id is not None else None
        row = _row(action, origin, meeting, zone)
        if row.status != "open" and previous is not None and row.closed_on is not None and row.closed_on < previous:
            continue
        groups.setdefault((origin.id, row.item) if origin else (None, None), []).append(row)

    keyed: list[tuple[_SectionKey, str, tuple[TrackerRow, ...]]] = []
    for (meeting_id, item), rows in groups.items():
        ordered = tuple(sorted(rows, key=lambda r: _ref_number(r.ref)))
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
        sections=tuple((title, rows) for _, title, rows in keyed),
    )


def _row(action: Action, origin: Meeting | None, meeting: dt.date, zone: dt.tzinfo) -> TrackerRow:
    owners: list[str] = []
    by_group: dict[int, list[Assignment]] = {}
    for a in action.assignments:
        if a.group_id is not None and a.member_id is not None:
            if a.group_id not in by_group:
                by_group[a.group_id] = []
                _add(owners, a.group.name if a.group else "group")
            by_group[a.group_id].append(a)
        elif a.group is not None and a.member_id is None and a.agency_id is None:
            _add(owners, a.group.name)
        else:
            _add(owners, a.owner_name)
    progress = [_progress(rows[0].group.name if rows[0].group else "group", rows) for rows in by_group.values()]
    statuses = {a.status for a in action.assignments}
    if not statuses or AssignmentStatus.OPEN in statuses:
        status = "open"
    elif statuses == {AssignmentStatus.DROPPED}:
        status = "dropped"
    else:
        status = "done"
    closed_on = None
    if status != "open":
        latest = max(a.updated_at for a in action.assignments)
        closed_on = latest.replace(tzinfo=dt.UTC).astimezone(zone).date()
    item = _item(action.agenda_item)
    return TrackerRow(
        ref=action.ref,
        item=item,
        text=action.text,
        owners=tuple(owners),
        due=action.due,
        asap=action.asap,
        status=status,
        overdue=status == "open" and action.due is not None and action.due < meeting,
        progress=" / ".join(progress) or None,
        closed_on=closed_on,
        origin=_origin(origin, item) if origin else ("Slack" if action.source_link else "chat"),
    )


def _progress(group: str, rows: Sequence[Assignment]) -> str:
    """'all members: 21 of 30 done; outstanding: Anne Harris, Jo Forbes' (dropped shares are not counted)."""
    counted = [r for r in rows if r.status is not AssignmentStatus.DROPPED]
    if not counted:
        return f"{group}: dropped"
    done = sum(r.status is AssignmentStatus.DONE for r in counted)
    text = f"{group}: {done} of {len(counted)} done"
    waiting = sorted((r.owner_name for r in counted if r.status is AssignmentStatus.OPEN), key=str.casefold)
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


def _ref_number(ref: str) -> int:
    return int(ref.rsplit("-", 1)[1])


def _meeting_name(meeting: Meeting) -> str:
    if meeting.kind is MeetingKind.BOARD:
        return "Board"
    return meeting.title or meeting.kind.value.capitalize()


def _origin(meeting: Meeting, item: str | None) -> str:
    """'Board 15 May 2015, item 2'."""
    return f"{_meeting_name(meeting)} {_day(meeting.date)}" + (f", item {item}" if item else "")


def _section_title(meeting: Meeting, item: str | None) -> str:
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
    return "\n".join(lines) + "\n"


# CSV --------------------------------------------------------------------------------------------------------
CSV_HEADER = (
    "Board", "Meeting", "Section", "Ref", "Agenda item", "Action", "Owners", "Due", "ASAP", "Status", "Overdue",
    "Progress", "Closed on", "Origin",
)  # fmt: skip


def csv_safe(value: str) -> str:
    """Text a spreadsheet will not run as a formula: a leading = + - @ tab or CR gets a ' in front."""
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


def _xl_text(value: str) -> str:
    return ILLEGAL_CHARACTERS_RE.sub("", value)


def render_xlsx(report: TrackerReport) -> bytes:
    """A workbook: a title row with the board and meeting, a bold frozen header with a filter, overdue rows in red."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = f"Tracker {_short_day(report.meeting)}"[:31]
    sheet["A1"] = _xl_text(f"{report.board} – {report.title}")
    sheet["A1"].font = Font(bold=True, size=14)
    since = f"; previous board {_day(report.previous)}" if report.previous else ""
    sheet["A2"] = f"{report.summary()} Generated {_day(report.generated)}{since}."
    sheet["A2"].font = Font(italic=True)
    header_row = 3
    bold = Font(bold=True)
    grey = PatternFill("solid", fgColor="DDDDDD")
    for column, (name, _) in enumerate(XLSX_COLUMNS, start=1):
        head = sheet.cell(row=header_row, column=column, value=name)
        head.font = bold
        head.fill = grey
        head.alignment = Alignment(wrap_text=True, vertical="top")
    widths = [len(name) for name, _ in XLSX_COLUMNS]
    wrap = Alignment(wrap_text=True, vertical="top")
    red = Font(color=RED)
    row_number = header_row
    for section, rows in report.sections:
        for row in rows:
            row_number += 1
            values: tuple[str | dt.date | None, ...] = (
                section, row.ref, row.text, ", ".join(row.owners), row.due or ("asap" if row.asap else None),
                row.status, "yes" if row.overdue else "", row.progress, row.closed_on, row.origin,
            )  # fmt: skip
            for column, value in enumerate(values, start=1):
                cell = sheet.cell(row=row_number, column=column)
                if isinstance(value, dt.date):
                    cell.value = value
                    cell.number_format = "d mmm yyyy"
                    width = 11
                elif value:
                    cell.value = _xl_text(value)
                    cell.data_type = "s"  # never a formula, whatever the text starts with
                    width = max(len(line) for line in value.splitlines() or [""])
                else:
                    width = 0
                cell.alignment = wrap
                if row.overdue:
                    cell.font = red
                widths[column - 1] = max(widths[column - 1], width)
    for column, ((_, cap), width) in enumerate(zip(XLSX_COLUMNS, widths, strict=True), start=1):
        sheet.column_dimensions[get_column_letter(column)].width = min(max(width, 6), cap) + 2
    last = get_column_letter(len(XLSX_COLUMNS))
    sheet.auto_filter.ref = f"A{header_row}:{last}{row_number}"
    sheet.freeze_panes = f"A{header_row + 1}"
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True  # type: ignore[union-attr]
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


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
    parts += ["</body>", "</html>"]
    return "\n".join(parts) + "\n"


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
