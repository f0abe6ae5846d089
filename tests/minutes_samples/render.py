"""Rendering a sample's ``minutes.source.json`` into a real PDF (fpdf2) or Word document (python-docx).

The source format is described in ``tests/minutes_samples/FORMAT.md`` (blocks: heading, paragraph, table,
page_break; optional header, footer with {page}/{pages}, orientation). Output is deterministic: fixed creation
dates, and for Word a zip written with fixed timestamps.
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
import zipfile
from collections.abc import Sequence
from typing import Any

FIXED_DATE = dt.datetime(2015, 1, 1, 9, 0, tzinfo=dt.UTC)
_FONT = "Helvetica"
_PAGES_ALIAS = "{nb}"


def render(source: dict[str, Any]) -> tuple[bytes, str]:
    """The file's bytes and name (``minutes.pdf`` or ``minutes.docx``) for a minutes source."""
    kind = str(source.get("file", "pdf")).lower()
    if kind == "pdf":
        return render_pdf(source), "minutes.pdf"
    if kind == "docx":
        return render_docx(source), "minutes.docx"
    raise ValueError(f"unknown file kind {kind!r} (pdf or docx)")


def _rows(block: dict[str, Any]) -> list[list[str]]:
    """A table's rows, padded to the same number of cells."""
    rows = [[str(cell) for cell in row] for row in block.get("rows", [])]
    width = max((len(row) for row in rows), default=0)
    return [row + [""] * (width - len(row)) for row in rows]


def _widths(block: dict[str, Any], columns: int) -> list[float]:
    widths = [float(w) for w in block.get("widths") or []]
    return widths if len(widths) == columns else [100.0 / columns] * columns


# ------------------------------------------------------------------------------------------------------------
# PDF


_CP1252_FALLBACK = str.maketrans(
    {"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2015": "-", "\u2212": "-", "\u2192": "->", "\u2713": "x",
     "\u2714": "x", "\u00a0": " ", "\u200b": ""}
)  # fmt: skip


def _pdf_safe(text: str) -> str:
    """Text the core fonts (Windows-1252) can print: unknown characters decomposed or dropped."""
    text = text.translate(_CP1252_FALLBACK)
    out: list[str] = []
    for char in text:
        try:
            char.encode("cp1252")
            out.append(char)
        except UnicodeEncodeError:
            plain = unicodedata.normalize("NFKD", char).encode("cp1252", "ignore").decode("cp1252")
            out.append(plain or "?")
    return "".join(out)


def render_pdf(source: dict[str, Any]) -> bytes:
    """A PDF of the source, with real tables (fpdf2's ``table()``), as a council's word processor would print it."""
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    header = _pdf_safe(str(source.get("header") or ""))
    footer = _pdf_safe(str(source.get("footer") or ""))

    class _Document(FPDF):
        def header(self) -> None:
            if header:
                self.set_font(_FONT, "", 8)
                self.cell(0, 5, _page_text(header, self.page_no()), align="R", new_x="LMARGIN", new_y="NEXT")
                self.ln(3)

        def footer(self) -> None:
            if footer:
                self.set_y(-14)
                self.set_font(_FONT, "", 8)
                self.cell(0, 5, _page_text(footer, self.page_no()), align="C")

    orientation = "L" if str(source.get("orientation", "portrait")).lower().startswith("l") else "P"
    pdf = _Document(orientation=orientation, unit="mm", format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_margins(18, 15, 18)
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages(_PAGES_ALIAS)
    pdf.add_page()
    for block in source.get("blocks", []):
        kind = block.get("type")
        if kind == "page_break":
            pdf.add_page()
        elif kind == "heading":
            pdf.set_font(_FONT, "B", 12)
            pdf.multi_cell(0, 6, _pdf_safe(str(block.get("text", ""))), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "paragraph":
            pdf.set_font(_FONT, "B" if block.get("bold") else "", 10)
            pdf.multi_cell(0, 5, _pdf_safe(str(block.get("text", ""))), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "table":
            rows = _rows(block)
            if not rows:
                continue
            heading_rows = min(len(rows), max(0, int(block.get("header_rows", 0) or 0)))
            pdf.set_font(_FONT, "", 9)
            borders = "ALL" if block.get("borders", True) else "NONE"
            with pdf.table(
                col_widths=_widths(block, len(rows[0])),
                borders_layout=borders,
                first_row_as_headings=heading_rows > 0,
                num_heading_rows=max(1, heading_rows),
                repeat_headings=1,
                headings_style=FontFace(emphasis="BOLD"),
                text_align="LEFT",
                v_align="TOP",
                line_height=4.5,
                padding=1.5,
            ) as table:
                for cells in rows:
                    row = table.row()
                    for cell in cells:
                        row.cell(_pdf_safe(cell))
            pdf.ln(3)
        else:
            raise ValueError(f"unknown block type {kind!r}")
    return bytes(pdf.output())


def _page_text(text: str, page: int) -> str:
    return text.replace("{page}", str(page)).replace("{pages}", _PAGES_ALIAS)


# ------------------------------------------------------------------------------------------------------------
# Word


def render_docx(source: dict[str, Any]) -> bytes:
    """A Word document of the source: headings, paragraphs, real tables, page breaks, header and footer."""
    from docx import Document
    from docx.enum.section import WD_ORIENT

    document = Document()
    section = document.sections[0]
    if str(source.get("orientation", "portrait")).lower().startswith("l"):
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    if source.get("header"):
        _field_paragraph(section.header.paragraphs[0], str(source["header"]))
    if source.get("footer"):
        _field_paragraph(section.footer.paragraphs[0], str(source["footer"]))
    for block in source.get("blocks", []):
        kind = block.get("type")
        if kind == "page_break":
            document.add_page_break()  # type: ignore[no-untyped-call]
        elif kind == "heading":
            document.add_heading(str(block.get("text", "")), level=2)
        elif kind == "paragraph":
            paragraph = document.add_paragraph()
            for number, part in enumerate(str(block.get("text", "")).split("\n")):
                run = paragraph.add_run()
                if number:  # "\n": a line break in the paragraph (Shift+Enter)
                    run.add_break()
                run.add_text(part)
                run.bold = bool(block.get("bold"))
        elif kind == "table":
            _docx_table(document, block)
        else:
            raise ValueError(f"unknown block type {kind!r}")
    properties = document.core_properties
    properties.created = properties.modified = properties.last_printed = FIXED_DATE.replace(tzinfo=None)
    properties.revision = 1
    properties.author = properties.last_modified_by = "Board business unit"
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip(buffer.getvalue())


def _docx_table(document: Any, block: dict[str, Any]) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Emu

    rows = _rows(block)
    if not rows:
        return
    columns = len(rows[0])
    table = document.add_table(rows=len(rows), cols=columns)
    if block.get("borders", True):
        table.style = "Table Grid"
    section = document.sections[-1]
    usable = int(section.page_width - section.left_margin - section.right_margin)
    widths = _widths(block, columns)
    total = sum(widths) or 1.0
    heading_rows = max(0, int(block.get("header_rows", 0) or 0))
    for index, (row, cells) in enumerate(zip(table.rows, rows, strict=True)):
        if index < heading_rows:
            properties = row._tr.get_or_add_trPr()
            properties.append(OxmlElement("w:tblHeader"))
        for column, (cell, text) in enumerate(zip(row.cells, cells, strict=True)):
            cell.width = Emu(int(usable * widths[column] / total))
            parts = text.split("\n")
            cell.paragraphs[0].text = ""
            for number, part in enumerate(parts):
                paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
                run = paragraph.add_run(part)
                run.bold = index < heading_rows
    table._tbl.tblPr.append(_element("w:tblLayout", {qn("w:type"): "fixed"}))
    document.add_paragraph()


def _element(tag: str, attributes: dict[str, str]) -> Any:
    from docx.oxml import OxmlElement

    element = OxmlElement(tag)
    for key, value in attributes.items():
        element.set(key, value)
    return element


def _field_paragraph(paragraph: Any, text: str) -> None:
    """Header or footer text with {page} and {pages} as Word's PAGE and NUMPAGES fields."""
    from docx.oxml.ns import qn

    paragraph.text = ""
    for part in _split_fields(text):
        if part in {"{page}", "{pages}"}:
            field = _element("w:fldSimple", {qn("w:instr"): "PAGE" if part == "{page}" else "NUMPAGES"})
            run = _element("w:r", {})
            shown = _element("w:t", {})
            shown.text = "1"
            run.append(shown)
            field.append(run)
            paragraph._p.append(field)
        elif part:
            paragraph.add_run(part)


def _split_fields(text: str) -> Sequence[str]:
    import re

    return re.split(r"(\{pages\}|\{page\})", text)


def _fixed_zip(data: bytes) -> bytes:
    """The same zip with every entry's timestamp fixed, so the same source gives the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2015, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()
