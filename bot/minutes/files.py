"""Turning a minutes file into text: .txt and Markdown decoded, HTML, Word (.docx) and PDF flattened.

Paragraph, list-item and table-row breaks are kept and table cells are tab-separated, so that the parts of the
reader can find agenda items, attendance tables and actions. Files that are too large, empty, binary or of
another kind are refused with :class:`~bot.errors.InvalidInput`. PDFs are read by :mod:`bot.minutes.pdf`.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import PurePath

from bot.errors import InvalidInput

MAX_MINUTES_BYTES = 2_000_000  # text, HTML and Word files
MAX_PDF_BYTES = 20_000_000  # PDFs carry fonts and images: a long set of minutes is easily several MB

_TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
_HTML_SUFFIXES = frozenset({".html", ".htm"})
_SUFFIXES = "a .txt, .md, .html, .docx or .pdf file"


def minutes_text(data: bytes, filename: str) -> str:
    """The text of a minutes file: paragraphs and list items on their own lines, table cells tab-separated."""
    name = PurePath(filename.strip() or "the file").name or "the file"
    suffix = PurePath(name).suffix.lower()
    if suffix not in _TEXT_SUFFIXES | _HTML_SUFFIXES | {".docx", ".pdf"}:
        hint = " (save it from Word as .docx)" if suffix in {".doc", ".rtf", ".odt"} else ""
        raise InvalidInput(f"I can't read {name}: minutes must be {_SUFFIXES}{hint}.")
    limit = max_bytes(name)
    if len(data) > limit:
        raise InvalidInput(
            f"{name} is {len(data) / 1_000_000:.1f} MB; {'PDF' if suffix == '.pdf' else 'minutes'} files can be "
            f"at most {limit / 1_000_000:.0f} MB."
        )
    if not data.strip():
        raise InvalidInput(f"{name} is empty.")
    if suffix == ".docx":
        from bot.minutes.docx import docx_text

        text = docx_text(data, name)
    elif suffix == ".pdf":
        from bot.minutes.pdf import pdf_text

        text = pdf_text(data, name)
    else:
        decoded = _decode(data, name)
        text = _html_text(decoded) if suffix in _HTML_SUFFIXES else decoded
    text = _NEWLINES.sub("\n\n", text.replace("\r\n", "\n").replace("\r", "\n")).strip("\n")
    if not text.strip():
        raise InvalidInput(f"{name} has no text in it.")
    return text + "\n"


def max_bytes(filename: str) -> int:
    """The largest minutes file read, by its kind: PDFs may be larger than text and Word files."""
    return MAX_PDF_BYTES if PurePath(filename.strip()).suffix.lower() == ".pdf" else MAX_MINUTES_BYTES


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
