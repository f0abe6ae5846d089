"""`dscb report audits`: every return in the open audit cycles, as markdown, CSV, a spreadsheet or JSON."""

from __future__ import annotations

import csv
import dataclasses
import io
import json

from openpyxl import Workbook
from openpyxl.styles import Font

from bot.reports.tracker import csv_safe, md_escape
from bot.tracker.audits import AuditRow

COLUMNS = ("type", "cycle", "subject", "status", "completed", "total", "not_started", "due", "overdue",
           "updated_at", "updated_by")  # fmt: skip


def _values(row: AuditRow) -> list[object]:
    return [getattr(row, name) for name in COLUMNS]


def render_json(rows: list[AuditRow]) -> str:
    return json.dumps([dataclasses.asdict(r) for r in rows], indent=2, ensure_ascii=False)


def render_csv(rows: list[AuditRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([csv_safe(str(v)) if isinstance(v, str) else ("" if v is None else v) for v in _values(row)])
    return out.getvalue()


def render_markdown(board: str, rows: list[AuditRow]) -> str:
    lines = [f"# {md_escape(board)}: audit returns", "", "| " + " | ".join(COLUMNS) + " |",
             "|" + "---|" * len(COLUMNS)]  # fmt: skip
    for row in rows:
        cells = ["" if v is None else md_escape(str(v)) for v in _values(row)]
        if row.overdue:
            cells[3] = f"**{cells[3]} (overdue)**"
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def render_xlsx(board: str, rows: list[AuditRow]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Audit returns"
    sheet.append([f"{board}: audit returns"])
    sheet.append(list(COLUMNS))
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([csv_safe(v) if isinstance(v, str) else v for v in _values(row)])
        if row.overdue:
            for cell in sheet[sheet.max_row]:
                cell.font = Font(color="FF0000")
    for column, width in zip("ABCDEFGHIJK", (14, 10, 36, 13, 10, 8, 11, 12, 9, 17, 20), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A3"
    sheet.auto_filter.ref = f"A2:K{max(sheet.max_row, 2)}"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
