"""Turning a minutes file into text: .txt and Markdown decoded, HTML and Word (.docx) flattened.

Paragraph, list-item and table-row breaks are kept and table cells are tab-separated, so that the parts of the
reader can find agenda items, attendance tables and actions. Files that are too large, empty, binary or of
another kind are refused with :class:`~bot.errors.InvalidInput`.
"""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser
from pathlib import PurePath

from bot.errors import InvalidInput

MAX_MINUTES_BYTES = 2_000_000

_TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
_HTML_SUFFIXES = frozenset({".html", ".htm"})
_SUFFIXES = "a .txt, .md, .html or .docx file"


def minutes_text(data: bytes, filename: str) -> str:
    """The text of a minutes file: paragraphs and list items on their own lines, table cells tab-separated."""
    name = PurePath(filename.strip() or "the file").name or "the file"
    suffix = PurePath(name).suffix.lower()
    if suffix not in _TEXT_SUFFIXES | _HTML_SUFFIXES | {".docx"}:
        hint = " (save it from Word as .docx)" if suffix in {".doc", ".rtf", ".odt", ".pdf"} else ""
        raise InvalidInput(f"I can't read {name}: minutes must be {_SUFFIXES}{hint}.")
    if len(data) > MAX_MINUTES_BYTES:
        raise InvalidInput(
            f"{name} is {len(data) / 1_000_000:.1f} MB; minutes files can be at most "
            f"{MAX_MINUTES_BYTES / 1_000_000:.0f} MB."
        )
    if not data.strip():
        raise InvalidInput(f"{name} is empty.")
    if suffix == ".docx":
        text = _docx_text(data, name)
    else:
        decoded = _decode(data, name)
        text = _html_text(decoded) if suffix in _HTML_SUFFIXES else decoded
    text = _NEWLINES.sub("\n\n", text.replace("\r\n", "\n").replace("\r", "\n")).strip("\n")
    if not text.strip():
        raise InvalidInput(f"{name} has no text in it.")
    return text + "\n"


_NEWLINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data:
        raise InvalidInput(f"{name} is not a text file (it holds binary data).")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as error:
        raise InvalidInput(f"{name} is not readable text: save it as UTF-8.") from error


class _HtmlText(HTMLParser):
    """Text of an HTML document with block, list-item and table-cell breaks kept."""

    _BLOCKS = frozenset(
        {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "section", "article",
         "header", "footer", "pre", "dl", "dt", "dd", "hr", "main", "nav", "aside", "figure", "caption"}
    )  # fmt: skip
    _SKIP = frozenset({"script", "style", "head", "template", "noscript"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.cells = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self.skipping += 1
        elif tag == "tr":
            self.parts.append("\n")
            self.cells = 0
        elif tag in {"td", "th"}:
            if self.cells:
                self.parts.append("\t")
            self.cells += 1
        elif tag == "li":
            self.parts.append("\n• ")
        elif tag == "br" or tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"br", "hr"}:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(re.sub(r"\s+", " ", data))


def _html_text(markup: str) -> str:
    parser = _HtmlText()
    parser.feed(markup)
    parser.close()
    lines = (line.strip(" ") for line in "".join(parser.parts).split("\n"))
    return "\n".join(lines)


def _docx_text(data: bytes, name: str) -> str:
    try:
        from docx import Document
        from docx.table import Table

        document = Document(io.BytesIO(data))
        lines: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                lines.append("")
                for row in block.rows:
                    cells: list[str] = []
                    previous: object = None
                    for cell in row.cells:
                        if cell._tc is previous:  # a merged cell is listed once per column it spans
                            continue
                        previous = cell._tc
                        cells.append(" ".join(p.text.strip() for p in cell.paragraphs if p.text.strip()))
                    lines.append("\t".join(cells))
                lines.append("")
                continue
            style = block.style.name if block.style is not None else ""
            if style and style.lower().startswith("list"):
                lines.append(f"• {block.text}")
            else:
                lines.extend(("", block.text))
    except Exception as error:  # python-docx raises many kinds of error for a damaged or foreign file
        raise InvalidInput(f"{name} is not a readable Word (.docx) document.") from error
    return "\n".join(lines)
