"""Turning a Word (.docx) document of minutes into text (python-docx), paragraphs and tables in document order.

Table rows become tab-separated lines. A cell's paragraphs join with "; " (each was a line the writer ended);
a cell merged across columns is read once, one merged down several rows only in its first row. A table nested in
a cell is read inline ("a, b; c, d"), and a one-column table used as a frame is read as the blocks it holds.
Headers and footers are not read (they are page furniture).
"""

from __future__ import annotations

import io
from typing import Any

from bot.errors import InvalidInput


def docx_text(data: bytes, name: str) -> str:
    """The text of a .docx file: paragraphs on their own lines, list items bulleted, table cells tab-separated."""
    try:
        from docx import Document

        document = Document(io.BytesIO(data))
        lines: list[str] = []
        _blocks(document.iter_inner_content(), lines)
    except Exception as error:  # python-docx raises many kinds of error for a damaged or foreign file
        raise InvalidInput(f"{name} is not a readable Word (.docx) document.") from error
    return "\n".join(lines)


def _blocks(blocks: Any, lines: list[str], depth: int = 0) -> None:
    from docx.table import Table

    for block in blocks:
        if isinstance(block, Table):
            _table(block, lines, depth)
            continue
        style = block.style.name if block.style is not None else ""
        if style and style.lower().startswith("list"):
            lines.append(f"• {block.text}")
        else:
            lines.extend(("", block.text))


def _table(table: Any, lines: list[str], depth: int) -> None:
    rows = list(table.rows)
    if depth < 3 and rows and all(len({id(c._tc) for c in row.cells}) <= 1 for row in rows):
        for row in rows:  # a one-column table: a frame around paragraphs and tables, read as they are
            for cell in _unique(row.cells):
                _blocks(cell.iter_inner_content(), lines, depth + 1)
        lines.append("")
        return
    lines.append("")
    lines.extend("\t".join(cells) for cells in _cell_texts(table) if any(cells))
    lines.append("")


def _unique(cells: Any) -> list[Any]:
    out: list[Any] = []
    for cell in cells:
        if not out or out[-1]._tc is not cell._tc:
            out.append(cell)
    return out


def _cell_texts(table: Any) -> list[list[str]]:
    """Each row's cell texts: a merged cell once (a vertical merge in its first row, then empty)."""
    seen: dict[int, Any] = {}  # the cells' elements kept alive, so that their ids stay theirs
    rows: list[list[str]] = []
    for row in table.rows:
        cells: list[str] = []
        in_row: dict[int, Any] = {}
        for cell in _unique(row.cells):
            key = id(cell._tc)
            cells.append("" if key in seen else _cell_text(cell))
            in_row[key] = cell._tc
        seen.update(in_row)
        rows.append(cells)
    return rows


def _cell_text(cell: Any) -> str:
    """A cell's paragraphs joined with "; ", a nested table inline (cells with ", ", rows with "; ")."""
    from docx.table import Table

    parts: list[str] = []
    for block in cell.iter_inner_content():
        if isinstance(block, Table):
            nested = (", ".join(c for c in row if c) for row in _cell_texts(block))
            parts.extend(text for text in nested if text)
        else:
            parts.extend(line.strip() for line in block.text.split("\n") if line.strip())
    return "; ".join(parts)
