"""The tracker review's formats: Markdown, CSV, XLSX (XlsxWriter, constant memory) and a printable HTML page.

Each ``render_*`` turns a ``TrackerReport`` into what a business manager circulates; ``csv_safe`` and ``md_escape``
make text safe for a spreadsheet and for Markdown. When the report carries the partner engagement summary, the html
ends with it (the four charts, each with its caption, from a new printed page) and the xlsx has a second sheet,
"Engagement", with its figures, captions and native Excel charts of them; Markdown and CSV leave it out. The charts'
modules (matplotlib) are imported only then.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import xlsxwriter
from xlsxwriter.workbook import Workbook

from bot.reports.engagement_model import Engagement
from bot.reports.tracker_model import TrackerReport, TrackerRow, _day
from bot.tracker.stored_text import without_controls

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


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


def _extras(row: TrackerRow, *, folded: bool = False) -> list[str]:
    """What is shown under an action's text: a group's progress (its outstanding people cut short when
    ``folded``), and why it was dropped."""
    return [extra for extra in (row.short_progress if folded else row.progress, row.note) if extra]


NO_OWNER = "no owner yet"


def _owner_words(row: TrackerRow, separator: str = ", ") -> str:
    return separator.join(row.owners) or NO_OWNER


def _update_words(row: TrackerRow, day: str | None = None) -> str:
    """'2 Jun 2015: data requested from BI' (the newest progress note), or ''."""
    if not row.update:
        return ""
    when = day or (_short_day(row.update_on) if row.update_on else "")
    return f"{when}: {row.update}" if when else row.update


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
            "| Ref | Action | Owners | Due | Status | Latest update |",
            "|---|---|---|---|---|---|",
        ]
        for row in rows:
            action = md_escape(row.text) + "".join(f"<br>*{md_escape(extra)}*" for extra in _extras(row, folded=True))
            status = f"**{_status_words(row)}**" if row.overdue else _status_words(row)
            update = md_escape(_update_words(row)) or "—"
            cells = (row.ref, action, md_escape(_owner_words(row)), _due_words(row), status, update)
            lines.append("| " + " | ".join(cells) + " |")
    lines.append("")  # the final newline, without copying the whole text once more to add it
    return "\n".join(lines)


# CSV --------------------------------------------------------------------------------------------------------
CSV_HEADER = (
    "Board", "Meeting", "Section", "Ref", "Agenda item", "Action", "Owners", "Due", "ASAP", "Status", "Overdue",
    "Progress", "Closed on", "Origin", "Note", "Latest update",
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
                    _owner_words(row, "; "), row.due.isoformat() if row.due else "", "yes" if row.asap else "",
                    row.status, "yes" if row.overdue else "", row.progress or "",
                    row.closed_on.isoformat() if row.closed_on else "", row.origin, row.note or "",
                    _update_words(row, row.update_on.isoformat() if row.update_on else None),
                )
            )  # fmt: skip
    return out.getvalue()


# XLSX -------------------------------------------------------------------------------------------------------
XLSX_COLUMNS: tuple[tuple[str, int], ...] = (  # header, maximum width in characters
    ("Section", 28), ("Ref", 8), ("Action", 60), ("Owners", 30), ("Due", 13), ("Status", 11), ("Overdue", 9),
    ("Progress and notes", 50), ("Latest update", 40), ("Closed on", 13), ("Origin", 28),
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
        if report.engagement is not None:
            _engagement_sheet(workbook, report.engagement)
    return buffer.getvalue()


def _xlsx_values(section: str, row: TrackerRow) -> tuple[_XlsxValue, ...]:
    return (
        section, row.ref, row.text, _owner_words(row), row.due or ("asap" if row.asap else None), row.status,
        "yes" if row.overdue else "", "\n".join(_extras(row)) or None, _update_words(row) or None, row.closed_on,
        row.origin,
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
col.ref { width: 8%; } col.action { width: 36%; } col.owners { width: 17%; } col.due { width: 10%; }
col.status { width: 11%; } col.update { width: 18%; }
.progress { display: block; margin-top: 1mm; font-size: 8.5pt; color: #444; }
tr.overdue td { color: #c00000; }
tr.overdue td.status { font-weight: bold; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
section.engagement { break-before: page; page-break-before: always; }
section.engagement h2 { font-weight: bold; }
figure.chart { margin: 4mm 0 0 0; break-inside: avoid; page-break-inside: avoid; }
figure.chart img { display: block; width: 137mm; max-width: 100%; height: auto; }
figure.chart figcaption { margin-top: 1mm; font-size: 9pt; line-height: 1.3; overflow-wrap: anywhere; }
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
    if report.engagement is not None:
        parts += _html_engagement(report.engagement)
    parts += ["</body>", "</html>", ""]  # "" for the final newline, without copying the whole page to add it
    return "\n".join(parts)


def _html_table(rows: Iterable[TrackerRow]) -> list[str]:
    out = [
        '<colgroup><col class="ref"><col class="action"><col class="owners"><col class="due"><col class="status">'
        '<col class="update"></colgroup>',
        "<thead><tr><th>Ref</th><th>Action</th><th>Owners</th><th>Due</th><th>Status</th><th>Latest update</th>"
        "</tr></thead>",
        "<tbody>",
    ]
    for row in rows:
        progress = "".join(f'<span class="progress">{_h(extra)}</span>' for extra in _extras(row, folded=True))
        css = ' class="overdue"' if row.overdue else ""
        out.append(
            f"<tr{css}><td>{_h(row.ref)}</td><td>{_h(row.text)}{progress}</td>"
            f"<td>{_h(_owner_words(row))}</td><td>{_h(_due_words(row))}</td>"
            f'<td class="status">{_h(_status_words(row))}</td><td>{_h(_update_words(row)) or "—"}</td></tr>'
        )
    out.append("</tbody>")
    return out


ENGAGEMENT_HEADING = "Partner engagement"
_CHART_DPI = 200  # the charts in the html: crisp in print at their own size (5.4 × 3 in, 137 × 76 mm)


def _engagement_words(e: Engagement) -> str:
    """'The 12 months from 2 July 2014 to 1 July 2015: 3 board meetings held.'"""
    held = len(e.meetings)
    return (f"The 12 months from {_day(e.start)} to {_day(e.end)}: {held} board meeting{'' if held == 1 else 's'} "
            "held.")  # fmt: skip


def _html_engagement(e: Engagement) -> list[str]:
    """The engagement summary after the tracker, from a new printed page: the four charts as inline PNGs, each kept
    whole on its page with its caption under it (two to a page of A4 portrait)."""
    from bot.reports.engagement_charts import NAMES, TITLES, chart_pngs, why_empty
    from bot.reports.engagement_render import NOTHING, chart_figure

    parts = [
        '<section class="engagement" aria-labelledby="engagement-heading">',
        f'<h2 id="engagement-heading">{_h(ENGAGEMENT_HEADING)}</h2>',
        f'<p class="meta">{_h(_engagement_words(e))}</p>',
    ]
    if e.empty:
        return [*parts, f"<p>{_h(NOTHING)}</p>", "</section>"]
    charts = chart_pngs(e, dpi=_CHART_DPI)
    for name in NAMES:
        empty = why_empty(name, e)
        alt = f"{TITLES[name]}: {empty}" if empty else f"{TITLES[name]}, a chart; its caption says what it shows."
        parts += chart_figure(charts[name], alt, getattr(e.captions, name), "chart")
    return [*parts, "</section>"]


# XLSX: the engagement sheet -----------------------------------------------------------------------------------------
ENGAGEMENT_SHEET = "Engagement"
_SHEET_COLUMNS = 6  # A (agency, audit or meeting) and up to five figures
_CHART_COLUMN = 8  # I: each chart beside its table
_CHART_WIDTH = 640  # pixels
_ROW_PIXELS = 20  # a default row: 15 points
_CAPTION_CHARACTERS = 120  # about what one line of the caption (A:F merged) holds
_Cell = str | int | float | dt.date | None
_EXCEL_EPOCH = dt.date(1899, 12, 30)  # day 0 of Excel's serial dates (1900 system, as XlsxWriter writes)
_Table = tuple[tuple[str, ...], list[tuple[_Cell, ...]]]  # a header and its rows


def _engagement_tables(e: Engagement) -> dict[str, _Table]:
    """Each chart's figures as a table (its header, its rows): agencies in ``e.agencies`` order (as the figures come),
    the audits as the report lists them, the board meetings in date order."""
    return {
        "attendance": (("Agency", "Attended", "Represented", "Apologies sent", "Absent", "Meetings"),
                       [(a.agency, a.attended, a.represented, a.apologies, a.absent, a.meetings)
                        for a in e.attendance]),
        "actions": (("Agency", "Done on time", "Done late", "Open, not yet due", "Overdue", "Median days to complete"),
                    [(a.agency, a.on_time, a.late, a.open, a.overdue, a.median_days) for a in e.actions]),
        "audits": (("Audit", "Due", "Complete", "Of", "Complete (%)"),
                   [(f"{a.type} {a.cycle}", a.due, a.complete, a.total, a.percent) for a in e.audits]),
        "trend": (("Board meeting", "Open (overdue included)", "Overdue"),
                  [(p.day, p.open, p.overdue) for p in sorted(e.trend, key=lambda p: p.day)]),
    }  # fmt: skip


def _engagement_sheet(workbook: Workbook, e: Engagement) -> None:
    """The sheet "Engagement": the board and period, then for each chart its title, its caption, its table and, when
    it has figures, a native Excel chart of the table's cells beside it. Written top to bottom (constant memory)."""
    from bot.reports.engagement_charts import TITLES, why_empty
    from bot.reports.engagement_render import NOTHING

    sheet = workbook.add_worksheet(ENGAGEMENT_SHEET)
    sheet.set_column(0, 0, 36)
    sheet.set_column(1, _SHEET_COLUMNS - 1, 15)
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 0)
    bold, wrap = workbook.add_format({"bold": True}), workbook.add_format({"text_wrap": True, "valign": "top"})
    head = workbook.add_format({"bold": True, "text_wrap": True, "valign": "top", "pattern": 1, "bg_color": "#DDDDDD"})
    formats = {"day": workbook.add_format({"num_format": "d mmm yyyy", "align": "left"}),
               "one": workbook.add_format({"num_format": "0.0"})}  # fmt: skip
    sheet.write_string(0, 0, _xl_text(f"{e.board} – {ENGAGEMENT_HEADING.lower()}"),
                       workbook.add_format({"bold": True, "font_size": 14}))  # fmt: skip
    sheet.write_string(1, 0, _engagement_words(e), workbook.add_format({"italic": True}))
    if e.empty:
        sheet.write_string(3, 0, NOTHING)
        return
    row = 3
    for name, (header, rows) in _engagement_tables(e).items():
        caption = _xl_text(getattr(e.captions, name))
        sheet.write_string(row, 0, TITLES[name], bold)
        lines = max(1, math.ceil(len(caption) / _CAPTION_CHARACTERS))
        sheet.set_row(row + 1, min(15 * lines, 409))  # Excel's tallest row
        sheet.merge_range(row + 1, 0, row + 1, _SHEET_COLUMNS - 1, "", wrap)
        sheet.write_string(row + 1, 0, caption, wrap)  # as text, never a formula (merge_range would guess)
        top = row + 2
        for column, words in enumerate(header):
            sheet.write_string(top, column, words, head)
        for number, values in enumerate(rows, start=top + 1):
            for column, value in enumerate(values):
                if isinstance(value, dt.date):
                    sheet.write_datetime(number, column, value, formats["day"])
                elif isinstance(value, str):
                    sheet.write_string(number, column, _xl_text(value))
                elif value is not None:
                    sheet.write_number(number, column, value, formats["one"] if isinstance(value, float) else None)
        if rows and why_empty(name, e) is None:
            sheet.insert_chart(top, _CHART_COLUMN, _chart(workbook, e, name, _Block(top, header, rows)))
        row = max(top + len(rows) + 2, top + math.ceil(_chart_height(name, len(rows)) / _ROW_PIXELS) + 1)


def _chart_height(name: str, rows: int) -> int:
    """Pixels: room for each agency's or audit's bar, never less than a plain chart's."""
    per_row = {"attendance": 22, "actions": 22, "audits": 30}.get(name)
    return max(320, 120 + per_row * rows) if per_row else 320


@dataclass(frozen=True, slots=True)
class _Block:
    """A table of the engagement sheet: its header's row, its header and its rows (the first cell names the row)."""

    top: int
    header: tuple[str, ...]
    rows: list[tuple[_Cell, ...]]

    def series(self, column: int, **style: Any) -> dict[str, Any]:
        """Column ``column`` as a chart series of the sheet's cells: named by its header cell, over the rows' first
        cells. The figures are cached in the chart too, as Excel would (constant memory keeps no cells to read)."""
        last = self.top + len(self.rows)
        return {
            "name": [ENGAGEMENT_SHEET, self.top, column], "name_data": [self.header[column]],
            "categories": [ENGAGEMENT_SHEET, self.top + 1, 0, last, 0],
            "categories_data": [_cached(row[0]) for row in self.rows],
            "values": [ENGAGEMENT_SHEET, self.top + 1, column, last, column],
            "values_data": [_cached(row[column]) for row in self.rows], **style,
        }  # fmt: skip


def _cached(value: _Cell) -> _Cell:
    """A cell's value as a chart caches it: a date as Excel's serial number, text as the cell holds it."""
    if isinstance(value, dt.date):
        return (value - _EXCEL_EPOCH).days
    return _xl_text(value) if isinstance(value, str) else value


def _chart(workbook: Workbook, e: Engagement, name: str, block: _Block) -> Any:
    """The native chart of a table: stacked bars by agency (attendance, actions; the first agency at the top, as in
    the table), bars of the audits' percentages, lines of the open and overdue actions at each meeting."""
    from bot.reports.engagement_charts import ACTIONS, ATTENDANCE, BLUE, TITLES, VERMILLION

    if name in ("attendance", "actions"):
        chart = workbook.add_chart({"type": "bar", "subtype": "stacked"})
        for column, series in enumerate(ATTENDANCE if name == "attendance" else ACTIONS, start=1):
            chart.add_series(block.series(column, fill={"color": series.colour}, border={"color": "#FFFFFF"}, gap=60))
        axis = f"Board meetings ({len(e.meetings)} held)" if name == "attendance" else "Actions"
        chart.set_x_axis({"name": axis, "min": 0, "major_gridlines": {"visible": True, "line": {"color": "#DDDDDD"}}})
        chart.set_y_axis({"reverse": True, "crossing": "max"})
        chart.set_legend({"position": "top"})
    elif name == "audits":
        chart = workbook.add_chart({"type": "bar"})
        chart.add_series(block.series(len(block.header) - 1, fill={"color": BLUE}, gap=60,
                                      data_labels={"value": True, "num_format": "0.0"}))  # fmt: skip
        chart.set_x_axis({"name": "Returns complete (%)", "min": 0, "max": 100, "major_unit": 25})
        chart.set_y_axis({"reverse": True, "crossing": "max"})
        chart.set_legend({"none": True})
    else:
        chart = workbook.add_chart({"type": "line"})
        for column, colour, dash, marker in ((1, BLUE, "solid", "circle"), (2, VERMILLION, "dash", "square")):
            chart.add_series(block.series(column, line={"color": colour, "width": 2, "dash_type": dash},
                                          marker={"type": marker, "size": 5, "fill": {"color": colour},
                                                  "border": {"color": colour}}))  # fmt: skip
        chart.set_x_axis({"name": "Board meeting", "text_axis": True, "num_format": "d mmm yyyy"})
        chart.set_y_axis({"name": "Actions", "min": 0})
        chart.set_legend({"position": "top"})
    chart.set_title({"name": TITLES[name], "name_font": {"size": 11}})
    chart.set_size({"width": _CHART_WIDTH, "height": _chart_height(name, len(block.rows))})
    return chart
