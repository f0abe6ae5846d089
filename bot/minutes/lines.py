"""The lines of a minutes text, each tagged with its agenda item, with Markdown, HTML fragments and bullets removed.

Agenda items are found by their headings ("2.<tab>", "Item 3 –", "## 4.", "1. Welcome"); every other part of the
reader works on these lines.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from bot.minutes.aligned import aligned_tables, table_heading
from bot.minutes.markers import _LABEL
from bot.minutes.spaced_tables import spaced_tables
from bot.minutes.stacked_rows import stacked_tables

_INVISIBLE = str.maketrans(
    {"\u00a0": " ", "\u200b": None, "\ufeff": None, "\u2028": "\n", "\u2029": "\n", "\x0b": "\n", "\x0c": "\n"}
)
# Page furniture left in text copied out of a PDF: page numbers and protective markings on lines of their own.
_FURNITURE = re.compile(
    r"^[ \t]*(?:[^\t\n]{0,120}[ \t])?page[ \t]+\d{1,3}(?:[ \t]+of[ \t]+\d{1,3})?[ \t]*$|"
    r"^[ \t]*(?:official(?:[ \t]*[-–][ \t]*sensitive)?|official sensitive|restricted|confidential|protect(?:ed)?|"
    r"not protectively marked|unclassified)[ \t]*$|^[ \t]*[_=—–-]{10,}[ \t]*$",
    re.I,
)
_PAGE_NUMBER = re.compile(  # "Page 3", "3 of 9", "... Page 3 of 9"; never a bare number (a row's, an item's)
    r"^\s*page\s+\d{1,3}\s*$|^\s*\d{1,3}\s+of\s+\d{1,3}\s*$|\bpage\s+\d{1,3}\s+of\s+\d{1,3}\s*$", re.I
)


_RUNNING_HEAD = re.compile(r"^(?=(?:\S+\s+){3}\S).*(?:\d|\bminutes\b)", re.I)  # four words or more; a date, "minutes"


def _without_running_heads(raw: list[str]) -> list[str]:
    """The lines without a page's running head or foot pasted between pages: a line written the same way at
    least twice, each time within three lines of a page number, of four words or more with a date or "minutes" in
    them ("Kimberworth LSCB – Board Minutes 23.01.14   FINAL – approved 27.03.14" under "Page 2 of 6"); a table's
    heading repeated on each page stays, and so does a head above the first page number (the document's title)."""
    pages = [n for n, line in enumerate(raw) if _PAGE_NUMBER.search(line)]
    if len(pages) < 2:
        return raw
    near: dict[str, int] = {}
    for page in pages:
        for line in {_key(raw[n]) for n in range(max(0, page - 3), min(len(raw), page + 4)) if n != page}:
            near[line] = near.get(line, 0) + 1
    heads = {line for line, count in near.items() if count >= 2 and _RUNNING_HEAD.search(line)}
    heads = {line for line in heads if not table_heading(line)}
    return [line for n, line in enumerate(raw) if n < pages[0] or _key(line) not in heads]  # page 1's head: the title


def _key(line: str) -> str:
    return " ".join(line.split())


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
_ITEM_MINUTE = re.compile(  # a committee's minute number: "LSCB/28 MINUTES", "SAB / 12 Budget"
    r"^[ \t]*[A-Z]{2,6}[ \t]?/[ \t]?(?P<n>\d{1,3})\.?[ \t]+(?=[A-Z])(?P<title>[^\t]{1,80})$"
)
_NUMBERED = re.compile(r"^[ \t]*\d{1,3}[.)][ \t]+\S")
_CELL_TAG = re.compile(r"<t[dh]\b[^<>\n]{0,300}>", re.I)
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|li|ul|ol|tr|table|h[1-6]|blockquote|section|hr)\b[^<>\n]{0,300}>|<br\s*/?>", re.I
)
_ANY_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,20}\b[^<>\n]{0,300}>|<!--[^\n]{0,500}?-->")
_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=[^\s*])|(?<=[^\s*])\*(?![\w*])")
_HEADING_HASHES = re.compile(r"^[ \t]*#{1,6}[ ]+")  # "## 4. Ofsted"; a table's "#<tab>" heading cell stays
_BULLET = re.compile(r"^(?:[•·▪◦‣●○■□➢➤►*]|[-–—](?=\s)|\d{1,2}[.)](?=\s))\s*")
_COLUMN_GAP = re.compile(
    r"(?<=[^\s.:;])[ \u00a0]{3,}(?=\S)|(?<=\))[ \u00a0]{2,}(?=[A-Z])"  # "(LD)  Fire &"
    r"|(?<=\.)[ \u00a0]{3,}(?=[A-Z][A-Za-z]{0,2}[A-Z](?:\s*/\s*[A-Z][A-Za-z]{0,2}[A-Z])*\s*$)"  # "… 2013.   TM"
)
_INITIALS_FIRST = re.compile(r"^(?P<initials>\s*[A-Z][A-Za-z]{0,2}[A-Z])[ \u00a0]{2,}(?=[A-Z][a-z]+\s+[A-Z])")
_NUMBER_GAP = re.compile(r"^(?P<number>\s*\d{1,3}(?:\.\d{1,2})*\.?) {3}(?=\S)")
_ARROW = re.compile(r"^\s*(?:-+>|=+>|[→➔➜⇒])\s*(?=\S)(?![Aa]ctions?\b|ACTIONS?\b)")
_SPACES = re.compile(r"[^\S\t\n]+")


@dataclass(frozen=True, slots=True)
class _Line:
    item: str | None
    text: str  # markup stripped; tabs kept (table cells)
    bulleted: bool


def _lines(text: str) -> list[_Line]:
    """The document's lines, each tagged with its agenda item, with markup and HTML fragments removed."""
    raw = text.replace("\r\n", "\n").replace("\r", "\n").translate(_INVISIBLE).split("\n")
    raw = [_ARROW.sub("Action: ", line) for line in raw]  # "-> Sarah to send round the plan": an action
    raw = aligned_tables(spaced_tables([line for line in _without_running_heads(raw) if not _FURNITURE.match(line)]))
    raw = stacked_tables(raw)
    raw = _lists_side_by_side(raw)
    raw = [row for row in (_markdown_row(line) for line in _piped_rows(raw)) if row is not None]
    starts = _item_starts(raw)
    out: list[_Line] = []
    bounds = [*starts, (len(raw), None, 0)]
    first = bounds[0][0]
    out.extend(_flatten("\n".join(raw[:first]), None))
    for (begin, number, cut), (finish, _, _) in itertools.pairwise(bounds):
        segment = "\n".join([raw[begin][cut:], *raw[begin + 1 : finish]])
        out.extend(_reflowed(list(_flatten(segment, number))))
    return out


_SENTENCE_DONE = re.compile(r"[.:;!?)\]”\"]$")
_STARTS_APART = re.compile(
    r"^(?:ACTIONS?\b|Actions?\s*[:–—-]|AGREED\b|Agreed\s*:|RESOLVED\b|Decision|Date|Time|Venue|A\d{1,3}\b|"
    r"(?:Lead|Owner|Responsible|By|Due|Deadline|Target|Timescale|Who|Action by)(?:\s+\w+)?\s*:)"
)


# A sentence's last line with its owner in the right-hand margin: "the SCR Sub-group by 30 June 2013.<tab>HQ".
_MARGIN_OWNER = re.compile(
    r"^[^\t]{15,}[.;]\t(?:[A-Z][A-Za-z]{0,2}[A-Z](?:\s*/\s*[A-Z][A-Za-z]{0,2}[A-Z])*|All(?:\s+agencies)?)\s*$"
)


def _reflowed(lines: list[_Line]) -> list[_Line]:
    """An agenda item's paragraphs with the lines a PDF (or a copy of one) wrapped joined again: a line that does
    not end a sentence runs on into the next when that one starts in lower case, or when it is a long line and
    the next does not start something of its own (a bullet, a table row, "ACTION", a heading)."""
    out: list[_Line] = []
    for number, line in enumerate(lines):
        previous = out[-1] if out else None
        after = next((later.text for later in lines[number + 1 : number + 3] if later.text.strip()), "")
        caption = "\t" in after and not _MARGIN_OWNER.search(after)  # a table's title stays a line of its own
        nxt = lines[number + 1].text.strip() if number + 1 < len(lines) else ""
        text = line.text.strip()
        cell = len(text) < 40 and bool(nxt) and len(nxt) < 40  # short lines in a run: cells, not a paragraph
        if (
            previous is not None
            and text
            and previous.text.strip()
            and "\t" not in previous.text
            and ("\t" not in line.text or _MARGIN_OWNER.search(line.text) is not None)
            and not line.bulleted
            and not caption
            and not (cell and not text[:1].islower())
            and not _SENTENCE_DONE.search(previous.text.rstrip())
            and len(previous.text) >= 40  # a wrapped line runs near the page's width
            and (text[:1].islower() or (len(previous.text) >= 60 and not _STARTS_APART.match(text)))
        ):
            out[-1] = _Line(previous.item, f"{previous.text.rstrip()} {text}", previous.bulleted)
            continue
        out.append(line)
    return out


_GAP_CHUNK = re.compile(r"\S(?:.*?\S)??(?=\s{2,}|\s*$)")


def _lists_side_by_side(raw: list[str]) -> list[str]:
    """Lists pasted side by side as columns of spaces ("PRESENT<spaces>APOLOGIES" over rows holding both) one
    after the other: each line cut where the heading's columns start, then each column's lines in turn under
    its heading. The block ends at the first blank line."""
    out: list[str] = []
    index = 0
    while index < len(raw):
        line = raw[index]
        chunks = list(_GAP_CHUNK.finditer(line)) if "\t" not in line and len(line) < 200 else []
        heads = len(chunks) >= 2 and all(
            (found := _LABEL.match(c[0].strip())) is not None and not found["rest"].strip() for c in chunks
        )
        if not heads:
            out.append(line)
            index += 1
            continue
        starts = [c.start() for c in chunks]
        columns: list[list[str]] = [[c[0]] for c in chunks]
        index += 1
        while index < len(raw) and raw[index].strip() and "\t" not in raw[index]:
            cuts = [_cut_at(raw[index], start) for start in starts[1:]]
            bounds = [0, *cuts, len(raw[index])]
            for column, (begin, end) in enumerate(itertools.pairwise(bounds)):
                if raw[index][begin:end].strip():
                    columns[column].append(raw[index][begin:end].rstrip())
            index += 1
        out.extend(text for column in columns for text in column)
    return out


def _cut_at(line: str, start: int) -> int:
    """Where a line's column that starts near ``start`` begins: at ``start``, or at the nearest run of two or more
    spaces within three characters when a word crosses it."""
    if start >= len(line) or line[start - 1 : start] == " " or line[start : start + 1] == " ":
        return min(start, len(line))
    gaps = [g.end() for g in re.finditer(r" {2,}", line) if abs(g.end() - start) <= 3]
    return min(gaps, key=lambda g: abs(g - start)) if gaps else start


def _piped_rows(raw: list[str]) -> list[str]:
    """``raw`` with each run of two lines or more whose cells are parted by the same number of " | " (a web page's
    table copied as text: "Name | Role | Agency") made into tab-separated cells."""
    out = list(raw)
    bars = [line.count("|") if " | " in line and not line.lstrip().startswith("|") else 0 for line in raw]
    start = 0
    while start < len(raw):
        end = start
        while end < len(raw) and bars[end] and bars[end] == bars[start]:
            end += 1
        if end - start >= 2:
            out[start:end] = ["\t".join(c.strip() for c in line.split("|")).rstrip("\t") for line in raw[start:end]]
        start = max(end, start + 1)
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
        if found and _closes_note(raw, index):
            continue  # "... Children's Social Care (for" / "item 6)": a note wrapped onto the next line
        if found:
            strong.append((index, str(int(found["n"])), found.end()))
            continue
        simple = _ITEM_PLAIN.match(line) or _ITEM_MINUTE.match(line)
        if simple and not simple["title"].rstrip().endswith((".", ",", ";")):
            plain.append((index, str(int(simple["n"])), simple.end("n") + 1))
    # "1. Welcome" is an item heading when it stands alone, not when it is one of a numbered list of lines
    numbered = {i for i, line in enumerate(raw) if _NUMBERED.match(line)}
    return strong or [start for start in plain if start[0] - 1 not in numbered and start[0] + 1 not in numbered]


def _closes_note(raw: list[str], index: int) -> bool:
    """Whether line ``index`` ends a bracket the line before it left open: "item 6)" under "... (for"."""
    line = raw[index]
    before = next((raw[n] for n in range(index - 1, max(index - 3, -1), -1) if raw[n].strip()), "")
    return line.count(")") > line.count("(") and before.count("(") > before.count(")")


def _flatten(segment: str, item: str | None) -> Iterator[_Line]:
    text = _CELL_TAG.sub("\t", segment)
    text = _BLOCK_TAG.sub("\n", text)
    text = html.unescape(_ANY_TAG.sub("", text))
    text = text.replace("•", "\n• ")
    before = ""
    last_column = -1  # where the previous line's last space-aligned column starts (-1: it has none)
    held: _Line | None = None
    for line in text.split("\n"):
        line = _HEADING_HASHES.sub("", _EMPHASIS.sub("", line))
        indent = len(line) - len(line.lstrip(" "))
        gaps = list(_COLUMN_GAP.finditer(line))
        if held is not None and line.strip() and not gaps and indent >= 8 and abs(indent - last_column) <= 1:
            held = _Line(item, f"{held.text} {line.strip()}", False)  # "Joyce Hebblethwaite   Head of Midwifery," /
            continue  # "                      Holmsworth General": the second column wrapped, under its start
        if held is not None:
            yield held
            held = None
        last_column = gaps[-1].end() if gaps else indent if last_column >= 0 and line.strip() else -1
        line = _INITIALS_FIRST.sub("\\g<initials>\t", line)  # "JM  Julia Mercer - DCS": the initials' own column
        line = _NUMBER_GAP.sub(r"\g<number> ", line)  # "5.1   ACTION RB: …": a paragraph's number, not a cell
        line = _COLUMN_GAP.sub("\t", line)  # "Mr Roger Tansley          Chair": columns pasted as spaces
        line = _SPACES.sub(" ", line).strip(" ")
        stripped = line.strip()
        bullet = _BULLET.match(stripped)
        if bullet and "\t" in stripped and stripped[:1].isdigit():
            bullet = None  # "2. Procedures<tab>...": a table row's item number, not a list bullet
        if bullet and stripped[:1] in "–—" and len(before) >= 60 and before[-1:].isalpha() and before[:1] not in "–—":
            bullet = None  # "...; Derek Ambler" / "– Area Manager, ...": a paragraph wrapped before its dash
        dashed = bullet is not None and stripped[:1] in "-–—"
        before = "" if dashed else stripped[bullet.end() :] if bullet else stripped  # "• ... action plan" / "– All"
        if bullet and stripped[bullet.end() :].strip():
            yield _Line(item, stripped[bullet.end() :].strip(), True)
        elif bullet:
            yield _Line(item, "", False)
        elif "\t" in line:
            held = _Line(item, line.rstrip(), False)  # a row of columns: its last cell may wrap onto the next lines
        else:
            yield _Line(item, line.rstrip(), False)
    if held is not None:
        yield held
