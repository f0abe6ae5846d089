"""Reading a board's minutes into a structure: the meeting, who came, who sent apologies, actions and decisions.

Minutes arrive as Word exports (.txt with tab-separated tables and HTML fragments), Markdown, HTML or .docx,
in several layouts: an "Attendees / Agency / Apologies / Agency" table or "Present:" and "Apologies:" lists;
agenda items numbered "2.<tab>", "Item 3 –" or "## 4."; actions marked "Action:", "ACTION –", "Action -" or
"Action for X:". :func:`minutes_text` turns a file into plain text (paragraph, list and table breaks kept,
table cells tab-separated); :func:`parse_minutes` reads that text. Each action is read through
:func:`bot.understanding.interpret.interpret`, so owners and due dates agree with what the chat assistant understands.
People are kept as the minutes write them: matching them to the roster is the importer's job.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import PurePath
from typing import Any

from rapidfuzz import fuzz

from bot.errors import InvalidInput
from bot.understanding.dates import MONTH_WORDS, find_dates, find_due, month_of
from bot.understanding.interpret import interpret
from bot.understanding.interpretation import Ambiguity, Owner
from bot.understanding.names import NameIndex
from bot.understanding.owners import OwnerResolver
from bot.understanding.text import fold, normalise

MAX_MINUTES_BYTES = 2_000_000

__all__ = [
    "MAX_MINUTES_BYTES",
    "Decision",
    "MeetingTime",
    "Minutes",
    "MinutesAction",
    "Person",
    "minutes_as_json",
    "minutes_text",
    "parse_minutes",
]


@dataclass(frozen=True, slots=True)
class MeetingTime:
    """When and where a meeting is held."""

    date: dt.date
    start: dt.time | None = None
    end: dt.time | None = None
    venue: str | None = None


@dataclass(frozen=True, slots=True)
class Person:
    """Someone in the attendance list, as written in the minutes (with a named representative for apologies)."""

    name: str
    agency: str | None = None
    representative: str | None = None


@dataclass(frozen=True, slots=True)
class MinutesAction:
    """An action recorded in an agenda item: its text as written, owners and due date as understood."""

    item: str | None
    text: str
    owners: tuple[Owner, ...]
    ambiguous: tuple[Ambiguity, ...]
    due: dt.date | None
    asap: bool
    due_wording: str | None


@dataclass(frozen=True, slots=True)
class Decision:
    """Something the board decided, approved, agreed or signed off: recorded, not tracked."""

    item: str | None
    text: str


@dataclass(frozen=True)
class Minutes:
    """What one set of minutes records, and what the board manager should check before importing it."""

    meeting: MeetingTime
    next_meeting: MeetingTime | None
    attendees: tuple[Person, ...]
    apologies: tuple[Person, ...]
    actions: tuple[MinutesAction, ...]
    decisions: tuple[Decision, ...]
    warnings: tuple[str, ...]
    title: str | None = None


# ----------------------------------------------------------------------------------------------------------
# Files to text

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


# ----------------------------------------------------------------------------------------------------------
# Lines, items and blocks

_INVISIBLE = str.maketrans(
    {"\u00a0": " ", "\u200b": None, "\ufeff": None, "\u2028": "\n", "\u2029": "\n", "\x0b": "\n", "\x0c": "\n"}
)
_MD_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_MD_RULE = re.compile(r"^\s*:?-{2,}:?\s*$")
_ITEM_WORD = re.compile(
    r"^[ \t]*(?:<[^<>\n]{0,80}>[ \t]*){0,4}(?:#{1,6}[ \t]*)?(?:(?:\*\*|__)[ \t]*)?(?:agenda[ \t]+)?item[ \t]+"
    r"(?P<n>\d{1,3})(?:\*\*|__)?(?:[ \t]*[.:)–—-]+|[ \t]*$)",
    re.I,
)
_ITEM_TAB = re.compile(r"^ *(?:<p\b[^<>\n]{0,80}> *)?(?P<n>\d{1,3})\. *(?:</p> *)?\t(?=[^\t]*$)")
_ITEM_HEADING = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]*(?:(?:\*\*|__)[ \t]*)?|(?:\*\*|__)[ \t]*)(?P<n>\d{1,3})[.):]?(?:\*\*|__)?[ \t]+(?=\S)"
)
_ITEM_PLAIN = re.compile(r"^[ \t]*(?P<n>\d{1,3})[.)][ \t]+(?=[A-Z])(?P<title>[^\t]{1,80})$")
_NUMBERED = re.compile(r"^[ \t]*\d{1,3}[.)][ \t]+\S")
_CELL_TAG = re.compile(r"<t[dh]\b[^<>\n]{0,300}>", re.I)
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|li|ul|ol|tr|table|h[1-6]|blockquote|section|hr)\b[^<>\n]{0,300}>|<br\s*/?>", re.I
)
_ANY_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,20}\b[^<>\n]{0,300}>|<!--[^\n]{0,500}?-->")
_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=[^\s*])|(?<=[^\s*])\*(?![\w*])")
_HEADING_HASHES = re.compile(r"^\s*#{1,6}\s+")
_BULLET = re.compile(r"^(?:[•·▪◦‣●○■□➢➤►*]|[-–—](?=\s)|\d{1,2}[.)](?=\s))\s*")
_SPACES = re.compile(r"[^\S\t\n]+")


@dataclass(frozen=True, slots=True)
class _Line:
    item: str | None
    text: str  # markup stripped; tabs kept (table cells)
    bulleted: bool


def _lines(text: str) -> list[_Line]:
    """The document's lines, each tagged with its agenda item, with markup and HTML fragments removed."""
    raw = text.replace("\r\n", "\n").replace("\r", "\n").translate(_INVISIBLE).split("\n")
    raw = [row for row in (_markdown_row(line) for line in raw) if row is not None]
    starts = _item_starts(raw)
    out: list[_Line] = []
    bounds = [*starts, (len(raw), None, 0)]
    first = bounds[0][0]
    out.extend(_flatten("\n".join(raw[:first]), None))
    for (begin, number, cut), (finish, _, _) in itertools.pairwise(bounds):
        segment = "\n".join([raw[begin][cut:], *raw[begin + 1 : finish]])
        out.extend(_flatten(segment, number))
    return out


def _markdown_row(line: str) -> str | None:
    """A Markdown table row as tab-separated cells; None for its rule line ("|---|---|")."""
    found = _MD_ROW.match(line)
    if not found:
        return line
    cells = [c.strip() for c in found[1].split("|")]
    if all(_MD_RULE.match(c) or not c for c in cells):
        return None
    return "\t".join(cells)


def _item_starts(raw: list[str]) -> list[tuple[int, str | None, int]]:
    """(line index, item number, where the item's own text starts) for each agenda item heading."""
    strong: list[tuple[int, str | None, int]] = []
    plain: list[tuple[int, str | None, int]] = []
    for index, line in enumerate(raw):
        if len(line) > 20_000:
            continue
        found = _ITEM_WORD.match(line) or _ITEM_TAB.match(line) or _ITEM_HEADING.match(line)
        if found:
            strong.append((index, str(int(found["n"])), found.end()))
            continue
        simple = _ITEM_PLAIN.match(line)
        if simple and not simple["title"].rstrip().endswith((".", ",", ";")):
            plain.append((index, str(int(simple["n"])), simple.end("n") + 1))
    # "1. Welcome" is an item heading when it stands alone, not when it is one of a numbered list of lines
    numbered = {i for i, line in enumerate(raw) if _NUMBERED.match(line)}
    return strong or [start for start in plain if start[0] - 1 not in numbered and start[0] + 1 not in numbered]


def _flatten(segment: str, item: str | None) -> Iterator[_Line]:
    text = _CELL_TAG.sub("\t", segment)
    text = _BLOCK_TAG.sub("\n", text)
    text = html.unescape(_ANY_TAG.sub("", text))
    text = text.replace("•", "\n• ")
    for line in text.split("\n"):
        line = _HEADING_HASHES.sub("", _EMPHASIS.sub("", line))
        line = _SPACES.sub(" ", line).strip(" ")
        stripped = line.strip()
        bullet = _BULLET.match(stripped)
        if bullet and stripped[bullet.end() :].strip():
            yield _Line(item, stripped[bullet.end() :].strip(), True)
        elif bullet:
            yield _Line(item, "", False)
        else:
            yield _Line(item, line.rstrip(), False)


# ----------------------------------------------------------------------------------------------------------
# Dates and times

_WEEKDAY_RE = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DATE_PATTERNS = (
    re.compile(rf"\b{_WEEKDAY_RE}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<m>{MONTH_WORDS})\b\.?,?"
               rf"(?:\s+(?P<y>\d{{4}})\b)?", re.I),
    re.compile(rf"\b{_WEEKDAY_RE}(?P<m>{MONTH_WORDS})\b\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b,?"
               rf"(?:\s+(?P<y>\d{{4}})\b)?", re.I),
    re.compile(r"(?<![\d.:/])(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>\d{4}|\d{2})(?![\d:/]|\.\d)"),
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"),
)  # fmt: skip
_TIME_RANGE = re.compile(
    r"(?<![\d.:/£])(?P<h1>\d{1,2})(?:[.:](?P<m1>\d{2}))?\s*(?P<a1>[ap]\.?m\b\.?)?\s*(?:–|—|-|to|until|till)\s*"
    r"(?P<h2>\d{1,2})(?:[.:](?P<m2>\d{2}))?\s*(?P<a2>[ap]\.?m\b\.?)?(?![\d%])",
    re.I,
)
_TIME_ONE = re.compile(
    r"(?<![\d.:/£])(?:(?P<h>\d{1,2})[.:](?P<m>\d{2})\s*(?P<a>[ap]\.?m\b\.?)?|(?P<h2>\d{1,2})\s*(?P<a2>[ap]\.?m\b\.?))"
    r"(?![\d%])",
    re.I,
)


@dataclass(frozen=True, slots=True)
class _FoundDate:
    date: dt.date | None  # None when the year is missing and cannot be inferred
    wording: str
    span: tuple[int, int]


def _find_date(text: str, what: str, base: dt.date | None = None) -> _FoundDate | None:
    """The first full date in a text; a year-less one is taken on or after ``base``.

    Raises InvalidInput naming a date that does not exist ("31st February 2015").
    """
    best: re.Match[str] | None = None
    for pattern in _DATE_PATTERNS:
        found = pattern.search(text)
        if found and (best is None or found.start() < best.start()):
            best = found
    if best is None:
        return None
    wording = best[0].strip(" ,.")
    day, month_word, year_text = int(best["d"]), best["m"], best["y"]
    month = int(month_word) if month_word.isdigit() else month_of(month_word)
    span = (best.start(), best.end())
    if year_text is None:
        if base is None:
            return _FoundDate(None, wording, span)
        for year in (base.year, base.year + 1):
            try:
                day_found = dt.date(year, month, day)
            except ValueError:
                continue
            if day_found >= base:
                return _FoundDate(day_found, wording, span)
        raise InvalidInput(f"The {what} '{wording}' does not exist.")
    year = int(year_text) + (2000 if len(year_text) == 2 else 0)
    try:
        found_date = dt.date(year, month, day)
    except ValueError:
        raise InvalidInput(f"The {what} '{wording}' does not exist.") from None
    if not 1900 <= year <= 2100:
        raise InvalidInput(f"The {what} '{wording}' is not a plausible date.")
    return _FoundDate(found_date, wording, span)


def _clock(hour: str, minute: str | None, meridiem: str | None) -> dt.time | None:
    h, m = int(hour), int(minute or 0)
    half = (meridiem or "").lower()[:1]
    if half == "p" and h < 12:
        h += 12
    elif half == "a" and h == 12:
        h = 0
    if h > 23 or m > 59 or (half and int(hour) > 12):
        return None
    return dt.time(h, m)


def _find_times(text: str) -> tuple[dt.time | None, dt.time | None, tuple[int, int] | None]:
    """A start and end time ("9.30 am – 12.30 pm", "10:00 – 14:00"), or a single start time."""
    for found in _TIME_RANGE.finditer(text):
        if not (found["m1"] or found["a1"] or found["m2"] or found["a2"]):
            continue  # "0 – 25" is not a time
        end = _clock(found["h2"], found["m2"], found["a2"])
        start_meridiem = found["a1"]
        if start_meridiem is None and found["a2"] and found["a2"].lower().startswith("p") and end is not None:
            start_meridiem = "pm" if int(found["h1"]) + 12 <= end.hour and int(found["h1"]) < 12 else None
        start = _clock(found["h1"], found["m1"], start_meridiem)
        if start is not None and end is not None:
            return start, end, (found.start(), found.end())
    one = _TIME_ONE.search(text)
    if one:
        start = _clock(one["h"] or one["h2"], one["m"], one["a"] or one["a2"])
        if start is not None:
            return start, None, (one.start(), one.end())
    return None, None, None


# ----------------------------------------------------------------------------------------------------------
# The meeting, the next meeting and the title

_FIELD = re.compile(
    r"^(?P<key>date(?:\s+(?:and|&)\s+time)?|meeting date|date of(?: the)? meeting|time|venue|location|place|where"
    r"|subject|title|meeting)\s*[:–—-]\s*(?P<value>\S.*)$",
    re.I,
)
_NEXT_MEETING = re.compile(
    r"^(?:(?:the\s+)?date\s+(?:(?:and|&)\s+time\s+)?of\s+(?:the\s+)?)?next\s+(?:board\s+|[A-Z]{3,5}\s+)?meeting\b"
    r"(?:\s+(?:date|will be(?: held)?(?: on)?|is))?\s*[:–—-]?\s*(?P<rest>.*)$",
    re.I,
)
_FIELD_KEYS = {
    "time": "time", "venue": "venue", "location": "venue", "place": "venue", "where": "venue",
    "subject": "title", "title": "title", "meeting": "title",
}  # fmt: skip
_VENUE_CUE = re.compile(
    r"^(?:(?:held\s+)?at|venue|location|place|where|in)\b\s*[:–—-]?\s*|^(?:date|time|from)\s*[:–—-]?\s*",
    re.I,
)


def _place(text: str) -> str | None:
    """What is left of a meeting line once its date and time are taken out: the venue."""
    pieces = []
    for piece in re.split(r"[,;\t]|\s[–—-]\s", text):
        piece = piece.strip(" .:–—-")
        while True:
            cut = _VENUE_CUE.sub("", piece, count=1).strip(" .:–—-")
            if cut == piece:
                break
            piece = cut
        if sum(c.isalpha() for c in piece) >= 3:
            pieces.append(piece)
    return ", ".join(pieces)[:200] or None


def _meeting_line(text: str, what: str, base: dt.date | None) -> tuple[_FoundDate | None, MeetingTime | None]:
    """A date, times and venue written on one line or a few joined lines."""
    found = _find_date(text, what, base)
    rest = text[: found.span[0]] + " , " + text[found.span[1] :] if found else text
    start, end, span = _find_times(rest)
    if span:
        rest = rest[: span[0]] + " , " + rest[span[1] :]
    if found is None or found.date is None:
        return found, None
    return found, MeetingTime(found.date, start, end, _place(rest))


def _next_meeting(lines: list[_Line], base: dt.date | None, used: set[int]) -> MeetingTime | None:
    """The "NEXT MEETING" block: a date line, a time line and "At <venue>", or all on one line."""
    for index, line in enumerate(lines):
        found = _NEXT_MEETING.match(line.text.strip()) if len(line.text) < 300 else None
        if not found:
            continue
        parts = [found["rest"].replace("\t", " , ")] if found["rest"].strip() else []
        taken = [index]
        blanks = 0
        for later in range(index + 1, min(index + 12, len(lines))):
            text = lines[later].text.strip()
            if not text:
                blanks += 1
                if blanks > 2 or (parts and blanks > 1):
                    break
                continue
            if len(text) > 100 or "\t" in text or not _meeting_part(text, base):
                break
            parts.append(text)
            taken.append(later)
            if len(parts) >= 4:
                break
        _, meeting = _meeting_line(" , ".join(parts), "next meeting date", base)
        if meeting is not None:
            used.update(taken)
            return meeting
    return None


def _meeting_part(text: str, base: dt.date | None) -> bool:
    if _VENUE_CUE.match(text):
        return True
    try:
        return _find_date(text, "next meeting date", base) is not None or _find_times(text)[2] is not None
    except InvalidInput:
        return True  # read it, so that the date that does not exist is named


def _meeting(lines: list[_Line], used: set[int]) -> tuple[MeetingTime | None, str | None]:
    """The meeting's date, time and venue from the lines before the first agenda item, and its title."""
    header = [(i, line) for i, line in enumerate(lines) if line.item is None and i not in used]
    fields: dict[str, str] = {}
    for _, line in header:
        for cell in line.text.split("\t"):
            field = _FIELD.match(cell.strip())
            if field:
                key = _FIELD_KEYS.get(field["key"].lower(), "date")
                fields.setdefault(key, field["value"].strip())
    title = fields.get("title") or _first_heading([line for _, line in header])
    date_text = fields.get("date")
    found: _FoundDate | None = None
    if date_text is not None:
        found = _find_date(date_text, "meeting date")
    if found is None:
        error: InvalidInput | None = None
        for _, line in header:
            if len(line.text) < 300 and not _FIELD.match(line.text.strip()):
                try:
                    found = _find_date(line.text, "meeting date")
                except InvalidInput as wrong:
                    error = error or wrong
                    continue
                if found is not None and found.date is not None:
                    date_text = line.text
                    break
        if (found is None or found.date is None) and error is not None:
            raise error
    if found is None or date_text is None:
        return None, title
    if found.date is None:
        raise InvalidInput(f"The meeting date '{found.wording}' has no year; write it in full, e.g. '15th May 2015'.")
    start, end, span = _find_times(fields.get("time", ""))
    if span is None:
        rest = date_text[: found.span[0]] + " " + date_text[found.span[1] :]
        start, end, _ = _find_times(rest)
    venue = fields.get("venue")
    return MeetingTime(found.date, start, end, venue.strip(" .")[:200] if venue else None), title


def _first_heading(lines: list[_Line]) -> str | None:
    for line in lines:
        text = line.text.strip()
        if not text or "\t" in text or len(text) > 120 or fold(text) in {"minutes", "draft minutes"}:
            continue
        if _FIELD.match(text) or _LABEL.match(text) or _NEXT_MEETING.match(text):
            continue
        return text
    return None


# ----------------------------------------------------------------------------------------------------------
# Attendance

_PRESENT_WORDS = re.compile(r"^(?:attendees|attendance|present|in attendance|members present|also present|name)$", re.I)
_APOLOGY_WORDS = re.compile(r"^apolog(?:y|ies)(?:\s+(?:received|for absence|from))*$", re.I)
_AGENCY_WORDS = re.compile(r"^(?:agency|organi[sz]ation|role|representing|service|agency/role|title)$", re.I)
_REP_WORDS = re.compile(r"^(?:represented by|representative|rep|deputy|substitute|named representative)$", re.I)
_LABEL = re.compile(
    r"^(?P<label>present|attendees|attendance|in attendance|members present|also present|"
    r"apolog(?:y|ies)(?:\s+(?:were\s+)?(?:received|for absence))?(?:\s+from)?)\s*(?::|[–—-]\s|$|(?<=from)\s)"
    r"\s*(?P<rest>.*)$",
    re.I,
)
_REPRESENTED = re.compile(
    r"(?:[,;]\s*)?(?:[–—-]\s*)?(?:\(\s*)?(?:represented by|deputised by|deputized by|rep(?:resentative)?\s*[:–—-]|"
    r"rep\.?\s+by|deputy\s*[:–—-]|substitute\s*[:–—-])\s*(?P<rep>[^()\n]{1,80}?)\s*\)?\s*[.;,]?\s*$",
    re.I,
)
_NAME_AND_AGENCY = re.compile(r"^(?P<name>[^()]{1,80}?)\s*\((?P<agency>[^\n]{0,120})\)\s*[.;,]?$")
_COMMA_LIST = re.compile(r"[,;]")
_AND_LIST = re.compile(r"[,;]|\s+and\s+")
_NOT_PEOPLE = frozenset({"none", "nil", "n/a", "na", "no apologies", "none received", "nobody", "-"})


def _person(entry: str, representative: str | None = None) -> Person | None:
    """ "Name (Agency)", "Name – Agency", "Name, Agency" or "Name", with a representative note."""
    entry = _BULLET.sub("", entry.strip()).strip(" ;,.")
    rep = _REPRESENTED.search(entry)
    if rep:
        representative = rep["rep"].strip(" .;,()–—-") or None
        entry = entry[: rep.start()].strip(" ;,.–—-")
        if entry.count("(") > entry.count(")"):
            entry += ")"
    name, agency = entry, None
    paired = _NAME_AND_AGENCY.match(entry)
    dashed = re.search(r"\s[–—-]\s", entry)
    if paired:
        name, agency = paired["name"], paired["agency"]
    elif dashed:
        name, agency = entry[: dashed.start()], entry[dashed.end() :]
    elif ", " in entry:
        name, agency = entry.split(", ", 1)
    name = name.strip(" ;,.–—-")
    agency = agency.strip(" ;,.") if agency else None
    if not name or name.lower() in _NOT_PEOPLE or len(name) > 80 or not any(c.isalpha() for c in name):
        return None
    if len(name.split()) > 6:
        return None
    return Person(name, agency or None, representative)


def _split_entries(text: str, inline: bool) -> list[str]:
    """Entries of a list on one line: "A (X), B (Y) and C (Z)", "A, X; B, Y", or "A, B and C" after a label."""
    if "(" in text:
        pieces = _split_outside_parentheses(text, _AND_LIST if inline else _COMMA_LIST)
    elif ";" in text:
        pieces = text.split(";")
    elif inline:
        pieces = _AND_LIST.split(text)
    else:
        pieces = [text]
    merged: list[str] = []
    for piece in (p.strip() for p in pieces):
        if not piece:
            continue
        if merged and _REPRESENTED.match(", " + piece):
            merged[-1] += ", " + piece
        else:
            merged.append(piece)
    return merged


def _split_outside_parentheses(text: str, separator: re.Pattern[str]) -> list[str]:
    depth, depths = 0, []
    for char in text:
        depths.append(depth)
        depth = max(0, depth + (char == "(") - (char == ")"))
    pieces, begin = [], 0
    for found in separator.finditer(text):
        if depths[found.start()] == 0:
            pieces.append(text[begin : found.start()])
            begin = found.end()
    pieces.append(text[begin:])
    return pieces


def _attendance(lines: list[_Line], used: set[int]) -> tuple[list[Person], list[Person]]:
    """Attendees and apologies from attendance tables and "Present:" / "Apologies:" lists."""
    present: list[Person] = []
    apologies: list[Person] = []
    index = 0
    while index < len(lines):
        text = lines[index].text
        if "\t" in text and index not in used:
            table = _table(lines, index)
            if table is not None:
                rows_present, rows_apologies, index = table
                present.extend(rows_present)
                apologies.extend(rows_apologies)
                continue
        label = _LABEL.match(text.strip()) if len(text) < 10_000 and index not in used else None
        if label:
            target = apologies if label["label"].lower().startswith("apolog") else present
            people, index = _list(lines, index, label["rest"])
            target.extend(people)
            continue
        index += 1
    return _unique(present), _unique(apologies)


def _table(lines: list[_Line], index: int) -> tuple[list[Person], list[Person], int] | None:
    cells = [c.strip() for c in lines[index].text.split("\t")]
    roles: dict[int, tuple[str, int]] = {}  # name column -> (present|apologies, column)
    agency_of: dict[int, int] = {}
    rep_of: dict[int, int] = {}
    last_name: int | None = None
    for column, cell in enumerate(cells):
        if _PRESENT_WORDS.match(cell):
            roles[column] = ("present", column)
            last_name = column
        elif _APOLOGY_WORDS.match(cell):
            roles[column] = ("apologies", column)
            last_name = column
        elif last_name is not None and _AGENCY_WORDS.match(cell):
            agency_of[last_name] = column
        elif last_name is not None and _REP_WORDS.match(cell):
            rep_of[last_name] = column
    if not roles or all(kind == "present" and cells[c].lower() == "name" for c, (kind, _) in roles.items()):
        return None
    present: list[Person] = []
    apologies: list[Person] = []
    row = index + 1
    while row < len(lines) and "\t" in lines[row].text and not _LABEL.match(lines[row].text.strip()):
        values = [c.strip() for c in lines[row].text.split("\t")]
        for column, (kind, _) in roles.items():
            name = values[column] if column < len(values) else ""
            if not name:
                continue
            agency = values[agency_of[column]] if column in agency_of and agency_of[column] < len(values) else ""
            rep = values[rep_of[column]] if column in rep_of and rep_of[column] < len(values) else ""
            representative = rep.strip(" .") or None
            note = _REPRESENTED.search(agency)
            if note:
                representative = representative or note["rep"].strip(" .;,()–—-") or None
                agency = agency[: note.start()]
            person = _person(name, representative)
            if person is not None:
                if agency and person.agency is None:
                    person = Person(person.name, agency.strip(" ;,."), person.representative)
                (present if kind == "present" else apologies).append(person)
        row += 1
    return present, apologies, row


def _list(lines: list[_Line], index: int, rest: str) -> tuple[list[Person], int]:
    people: list[Person] = []
    if rest.strip():
        people.extend(p for p in (_person(e) for e in _split_entries(rest, inline=True)) if p is not None)
        return people, index + 1
    row = index + 1
    while row < len(lines):
        line = lines[row]
        text = line.text.strip()
        if not text:
            upcoming = next((later for later in lines[row + 1 : row + 4] if later.text.strip()), None)
            if people and not (upcoming is not None and upcoming.bulleted):
                break
            if not people and row - index > 3:
                break
            row += 1
            continue
        if (
            "\t" in text
            or _LABEL.match(text)
            or _NEXT_MEETING.match(text)
            or _FIELD.match(text)
            or (lines[row].item != lines[index].item)
            or len(text) > 160
            or _ACTION_MARK.search(text)
        ):
            break
        if not line.bulleted and re.search(r"[.!?]$", text) and len(text.split()) > 10:
            break
        people.extend(p for p in (_person(e) for e in _split_entries(text, inline=False)) if p is not None)
        row += 1
    return people, row


def _unique(people: list[Person]) -> list[Person]:
    seen: set[str] = set()
    out = []
    for person in people:
        key = fold(person.name)
        if key not in seen:
            seen.add(key)
            out.append(person)
    return out


# ----------------------------------------------------------------------------------------------------------
# Actions and decisions

_ACTION_MARK = re.compile(
    r"(?<![\w@.])(?:ACTIONS?|Actions?)(?:\s+(?:for|FOR)\s+(?P<who>[^:\n]{1,80}?))?(?:\s*:|\s*[–—]|\s+-(?=\s))\s*"
)
_DECISION_MARK = re.compile(r"(?<![\w@.])(?:Agreed|AGREED|Decision|DECISION|Decided|DECIDED|Resolved|RESOLVED)\s*:\s*")
_ACTIONS_HEADING = re.compile(r"^(?:ACTIONS?|Actions?)(?:\s+agreed)?\s*:?\s*$")
_TOPIC = re.compile(r"^(?P<topic>[^:.!?\t]{2,60}?)\s*:\s+(?=\S)")
_NOT_TOPICS = frozenset({"q", "a", "action", "actions", "agreed", "decision", "note", "notes", "comments"})
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z\"“‘(])")
_ABBREVIATIONS = frozenset({"e.g.", "i.e.", "etc.", "st.", "dr.", "mr.", "mrs.", "ms.", "no.", "cllr.", "approx."})
_FOLLOW_ON = re.compile(
    r"^(?:deadline|due|by|before|no later than|to be (?:done|completed|returned|submitted))\b", re.I
)
_NOT_A_VERB_WORD = r"(?!(?:to|will|shall|should|must|needs?|is|are|be|can|could|would|may)\b)"
_DECISION = re.compile(
    r"^(?:it\s+was\s+|this\s+was\s+|these\s+were\s+)?(?:agreed|noted|approved|signed\s+off|endorsed|accepted|ratified"
    r"|decided|resolved|confirmed|supported)\b(?!\s+to\b)"
    rf"|^(?:{_NOT_A_VERB_WORD}[\w'’&.-]+\s+){{1,5}}(?:has\s+|have\s+|had\s+|was\s+|were\s+)?(?:formally\s+)?"
    r"(?:approved|agreed|signed\s+off|endorsed|accepted|ratified|decided|noted|resolved)\b(?!\s+to\b)",
    re.I,
)
_DECIDED_TASK = re.compile(
    r"\b(?:agreed|decided|resolved|noted)\s+that\b[^.]{0,200}?\b(?:will|to|should|must|shall)\s+\w", re.I
)
_AGREED_THAT = re.compile(r"^(?:it\s+was\s+|the\s+\w+\s+)?(?:agreed|decided|resolved|noted)\s+that\s+", re.I)
_RECIPIENT = re.compile(
    r"\b(?:return(?:ed|ing)?|submit(?:ted|ting)?|sen[dt]|sending|forward(?:ed|ing)?|e-?mail(?:ed)?|pass(?:ed)?"
    r"|give|given|report(?:ed)?|circulated?|copy|copied|provide[d]?)\b[^.;:\n]{0,80}?\bto\s+"
    r"(?P<who>[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:[A-Z][\w'’-]*\.?\s?){1,4})"
)
_UNREAD_DUE = re.compile(
    r"\b(?:by|before|due(?:\s+(?:by|on))?|no later than|deadline:?)\s+(?:the\s+)?(?:end\s+of\s+)?"
    r"(?P<w>\d{1,2}(?:st|nd|rd|th)?(?:[/.-]\d{1,4}){0,2}(?:\s+[A-Za-z]{3,12})?|[A-Za-z]{3,12}(?:\s+\d{2,4})?)",
    re.I,
)
_MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday",
)  # fmt: skip
_TASK_LIMIT = 240


def _sentences(text: str) -> list[str]:
    """Sentences of a paragraph, not broken after "e.g." or "St."."""
    out: list[str] = []
    begin = 0
    for found in _SENTENCE_END.finditer(text):
        words = text[begin : found.start()].split()
        if words and words[-1].lower() in _ABBREVIATIONS:
            continue
        out.append(text[begin : found.start()].strip())
        begin = found.end()
    out.append(text[begin:].strip())
    return [s for s in out if s]


def _tail(text: str, limit: int = _TASK_LIMIT) -> str:
    """The last sentences of a text, as many as fit in ``limit`` characters (at least one)."""
    sentences = _sentences(text)
    kept: list[str] = []
    for sentence in reversed(sentences):
        if kept and sum(len(s) + 1 for s in kept) + len(sentence) > limit:
            break
        kept.insert(0, sentence)
    return " ".join(kept)


def _shorten(text: str, limit: int = 60) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:–—-") + "..."


@dataclass(slots=True)
class _Found:
    """One "Action:" in the text, before it is understood."""

    item: str | None
    text: str  # the action as it will be listed: topic, task, owner
    said: str  # what is read through interpret
    body: str  # what follows the marker
    who: str | None = None  # "Action for <who>:"
    bare: bool = False  # "Action: Anthea Jones." after the sentence that says what


class _Reader:
    """Reads the actions and decisions of a set of minutes, against one board's names."""

    def __init__(self, names: NameIndex, now: dt.datetime, board_dates: Sequence[dt.date]) -> None:
        self.names = names
        self.now = now
        self.board_dates = board_dates
        self.resolver = OwnerResolver(names, None)
        self.found: list[_Found] = []
        self.decisions: list[Decision] = []
        self.warnings: list[str] = []

    # Finding ----------------------------------------------------------------------------------------------
    def read_items(self, lines: list[_Line]) -> None:
        previous: _Line | None = None
        listing: str | None = None  # the item of an "Actions:" heading whose bullets are actions
        heading = False  # the line just after "Action:" on a line of its own is an action, bulleted or not
        for line in lines:
            text = line.text.strip()
            if not text:
                continue
            if len(text) > 20_000:
                text = text[:20_000]
            if previous is not None and previous.item != line.item:
                previous = None
            if _ACTIONS_HEADING.match(text):
                listing, heading, previous = line.item or "", True, None
                continue
            if listing is not None and (listing != (line.item or "") or not (line.bulleted or heading)):
                listing = None
            heading = False
            if listing is not None and not _ACTION_MARK.search(text) and not _DECISION_MARK.search(text):
                self._marked(line.item, "", text.rstrip(" ."), "", None)
                continue
            self._block(line.item, text, previous)
            previous = line

    def _block(self, item: str | None, text: str, previous: _Line | None) -> None:
        marks = sorted([*_ACTION_MARK.finditer(text), *_DECISION_MARK.finditer(text)], key=lambda m: m.start())
        if not marks:
            return
        topic_match = _TOPIC.match(text)
        topic, topic_end = "", 0
        if topic_match and topic_match.end() <= marks[0].start() + 1:
            candidate = topic_match["topic"].strip()
            if candidate.lower() not in _NOT_TOPICS and len(candidate.split()) <= 8:
                topic, topic_end = candidate, topic_match.end()
        context = text[topic_end : marks[0].start()]
        if not context.strip() and previous is not None and not _ACTION_MARK.search(previous.text):
            context = previous.text.strip()
        for number, mark in enumerate(marks):
            end = marks[number + 1].start() if number + 1 < len(marks) else len(text)
            sentences = _sentences(text[mark.end() : end].strip())
            if not sentences:
                continue
            body_parts = [sentences[0]]
            rest = sentences[1:]
            while rest and _FOLLOW_ON.match(rest[0]):
                body_parts.append(rest.pop(0))
            body = " ".join(body_parts).strip().rstrip(".").strip()
            if body:
                if mark.re is _DECISION_MARK:
                    self.decisions.append(Decision(item, _with_topic(topic, body)))
                else:
                    self._marked(item, topic, body, context, mark["who"])
            context = " ".join(rest)

    def _marked(self, item: str | None, topic: str, body: str, context: str, who: str | None) -> None:
        if who is None and _DECISION.match(body) and not _DECIDED_TASK.search(body):
            self.decisions.append(Decision(item, _with_topic(topic, body)))
            return
        context = _tail(context.strip())
        if who is not None:
            self.found.append(_Found(item, _with_topic(topic, f"{body} – {who.strip()}"), f"Action: {body}", body, who))
        elif context and len(body.split()) <= 6 and self.resolver.phrase(body):
            said = f"{context.rstrip(' .')}. Action: {body}"
            task = _with_topic(topic, f"{context.rstrip(' .')} – {body}")
            self.found.append(_Found(item, task, said, body, bare=True))
        else:
            said = f"Action: {_AGREED_THAT.sub('', body)}"  # "it was agreed that X will ..." is X's action
            self.found.append(_Found(item, _with_topic(topic, body), said, body))

    # Understanding ----------------------------------------------------------------------------------------
    def understand(self, found: _Found) -> MinutesAction:
        meaning = interpret(found.said, None, self.now, self.names)
        owners = list(meaning.owners)
        ambiguous = list(meaning.ambiguous)
        if found.who is not None:
            resolved = self.resolver.phrase(found.who)
            owners = list(resolved.owners) if resolved else []
            ambiguous = list(resolved.ambiguous) if resolved else []
        owners = self._without_recipients(found, owners)
        due, wording, asap = meaning.due, meaning.due_wording, meaning.asap
        if wording and not asap:
            again = find_due(wording, self.now, self.board_dates)
            if again is not None and again.meeting and again.date is not None:
                due = again.date
        action = MinutesAction(found.item, found.text, tuple(owners), tuple(ambiguous), due, asap, wording)
        self._warn(found, action)
        return action

    def _without_recipients(self, found: _Found, owners: list[Owner]) -> list[Owner]:
        """The person things are returned or sent to is not an owner (unless the action starts with them)."""
        recipients: set[str] = set()
        for match in _RECIPIENT.finditer(found.body):
            written = match["who"].strip(" .")
            if "@" in written:
                written = re.sub(r"[._-]+", " ", written.split("@")[0])
            resolved = self.resolver.phrase(written, allow_unknown=False)
            if resolved and not fold(found.body).startswith(fold(written)):
                recipients.update(o.name for o in resolved.owners)
        return [o for o in owners if o.name not in recipients]

    def _warn(self, found: _Found, action: MinutesAction) -> None:
        where = f"A-? item {action.item or '?'}"
        quote = _shorten(found.text if found.bare else found.body)
        if not action.owners and not action.ambiguous:
            self.warnings.append(f"{where}: no owner: {quote}")
        for owner in action.owners:
            if owner.kind == "unknown":
                self.warnings.append(f"{where}: {owner.name} is not on the roster: {quote}")
        for unclear in action.ambiguous:
            candidates = " or ".join(p.name for p in unclear.candidates)
            self.warnings.append(f"{where}: '{unclear.text}' could be {candidates}: {quote}")
        if action.due is None and not action.asap:
            if action.due_wording:
                self.warnings.append(f"{where}: no date known for '{action.due_wording}': {quote}")
            else:
                unread = self._unread_due(found.body)
                if unread:
                    self.warnings.append(f"{where}: could not read the due date '{unread}': {quote}")

    def _unread_due(self, text: str) -> str | None:
        """Due wording that looks like a date but is not one ("by 31/02/2015", "by Septembr")."""
        spans = [m.span for m in find_dates(text, self.now, self.board_dates)]
        for found in _UNREAD_DUE.finditer(text):
            if any(a < found.end() and found.start() < b for a, b in spans):
                continue
            word = found["w"].split()[0].lower()
            if any(c.isdigit() for c in word):
                return found[0].strip()
            if self.names.is_known_word(word) or found["w"][:1].islower():
                continue
            if any(fuzz.ratio(word, month) >= 80 for month in _MONTH_NAMES):
                return found[0].strip()
        return None


def _with_topic(topic: str, text: str) -> str:
    text = text.strip()
    return f"{topic}: {text}" if topic else text


# ----------------------------------------------------------------------------------------------------------
# The whole document


def parse_minutes(text: str, names: NameIndex, board_dates: Sequence[dt.date] = ()) -> Minutes:
    """Read minutes: the meeting, the next meeting, attendance, actions (owners, due dates), decisions, warnings.

    The text is read normalised (:func:`bot.understanding.text.normalise`): look-alike letters ("ſeptember") read
    as ASCII.

    Raises InvalidInput when the text has no meeting date, or neither an attendance list nor actions, and when
    a meeting date does not exist.
    """
    lines = _lines(normalise(text))
    used: set[int] = set()
    first = _meeting(lines, used=set())  # its date is the base for a year-less next meeting date
    next_meeting = _next_meeting(lines, first[0].date if first[0] else None, used)
    # Read again without the next meeting's lines, unless none were taken (the same reading).
    meeting, title = _meeting(lines, used) if used else first
    if meeting is None:
        raise InvalidInput(
            "This doesn't look like board minutes: I couldn't find the meeting date "
            "(a line such as 'Date: 15th May 2015')."
        )
    present, apologies = _attendance(lines, used)
    now = dt.datetime.combine(meeting.date, dt.time(9))
    dates = sorted({*names.directory.board_dates, *board_dates, *([next_meeting.date] if next_meeting else [])})
    reader = _Reader(names, now, dates)
    reader.read_items([line for index, line in enumerate(lines) if index not in used])
    if not present and not apologies and not reader.found:
        raise InvalidInput(
            "This doesn't look like board minutes: I found no attendance list (Present / Apologies) and no actions."
        )
    actions = tuple(reader.understand(found) for found in reader.found)
    return Minutes(
        meeting=meeting,
        next_meeting=next_meeting,
        attendees=tuple(present),
        apologies=tuple(apologies),
        actions=actions,
        decisions=tuple(reader.decisions),
        warnings=tuple(reader.warnings),
        title=title,
    )


def _meeting_json(meeting: MeetingTime) -> dict[str, Any]:
    return {
        "date": meeting.date.isoformat(),
        "start": meeting.start.strftime("%H:%M") if meeting.start else None,
        "end": meeting.end.strftime("%H:%M") if meeting.end else None,
        "venue": meeting.venue,
    }


def minutes_as_json(minutes: Minutes) -> dict[str, Any]:
    """The import's JSON form: dates ISO, times "HH:MM"."""
    return {
        "meeting": _meeting_json(minutes.meeting),
        "attendees": [{"name": p.name, "agency": p.agency} for p in minutes.attendees],
        "apologies": [
            {"name": p.name, "agency": p.agency, "representative": p.representative} for p in minutes.apologies
        ],
        "next_meeting": _meeting_json(minutes.next_meeting) if minutes.next_meeting else None,
        "actions": [
            {
                "item": a.item,
                "text": a.text,
                "owners": [o.as_json() for o in a.owners],
                "due": a.due.isoformat() if a.due else None,
                "asap": a.asap,
            }
            for a in minutes.actions
        ],
        "decisions": [{"item": d.item, "text": d.text} for d in minutes.decisions],
        "warnings": list(minutes.warnings),
    }
