"""Tables pasted as text whose heading line lost its gaps, made into rows of tab-separated cells again (before
`aligned.py` reads the tables whose heading kept them, with the same heading words).

Some copies out of a PDF keep the runs of spaces between a table's cells in its rows but not in its heading:
"Ref Item Action Lead Due Status" over "13/05/01 3 Circulate the tool to all   TM   31.05.13   New", the row's
reference and item number run into its action, and the cells the PDF wrapped on lines of their own ("partner
agencies", "Business Unit   agencies"). An attendance table's heading ("Agency Name Designation Initials") is given
its cells back; its rows are read where the attendance is. An action log's rows are rebuilt: the reference and item
number taken off the front, the dates, statuses and owners known by what they say, and each wrapped line added to
the cells it carries on.
"""

from __future__ import annotations

import re

from bot.minutes.aligned import _HEAD, _PEOPLE_FIRST, _PEOPLE_HEAD
from bot.minutes.log_rows import earlier_section
from bot.minutes.markers import ROW_REFERENCE

_CHUNK = re.compile(r"\S(?:.*?\S)??(?=\s{3,}|\s*$)")
_FRONT_HEAD = re.compile(r"^(?:no\.?|ref\.?|item|minute|date raised|raised)$", re.I)
_ACTION_HEAD = re.compile(r"^actions?$", re.I)
_OWNER_HEAD = re.compile(r"^(?:by whom|who|lead|owner|responsible)$", re.I)
_DATE_HEAD = re.compile(r"^(?:by when|when|due|due date|date due|deadline|timescales?|target date|target|date)$", re.I)
_STATUS_HEAD = re.compile(r"^(?:status|rag|update|progress|comments?)$", re.I)
_REFERENCE = re.compile(rf"^{ROW_REFERENCE}$")
_DATE = re.compile(
    r"^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{2,4})?|"
    r"[A-Z][a-z]{2,8}\.?\s+\d{2,4}|next\s+(?:meeting|board|mtg)|ongoing|asap|tbc)$",
    re.I,
)
_STATUS = re.compile(
    r"^(?:new|open|complete[d]?|closed|done|ongoing|in\s+progress|progress|carried|forward|carried\s+forward|c/f|"
    r"red|amber|green|blue|on\s+track|overdue)\b",
    re.I,
)
_OPEN_OWNER = re.compile(r"(?:^all|[/&,]|\band)$", re.I)  # "All" over "agencies", "AP /" over "JR"
_GROUP_WORD = re.compile(r"^(?:agencies|partners|members|partner agencies)$", re.I)


def _chunks(line: str) -> list[str]:
    return _CHUNK.findall(line.expandtabs(8).strip())


def _gapless(line: str) -> bool:
    return "\t" not in line and re.search(r"\S\s{2,}\S", line.strip()) is None


def _columns_below(raw: list[str], index: int) -> bool:
    """Whether one of the next two lines with text holds three cells or more."""
    following = [line for line in raw[index + 1 : index + 4] if line.strip()][:2]
    return any(len(_chunks(line)) >= 3 for line in following)


def people_heading(raw: list[str], index: int) -> bool:
    """Whether a line is an attendance table's heading whose gaps were lost ("Agency Name Designation Initials")."""
    words = raw[index].split()
    return (
        3 <= len(words) <= 6
        and _gapless(raw[index])
        and any(_PEOPLE_FIRST.match(w) for w in words)
        and all(_PEOPLE_HEAD.match(w) for w in words)
        and _columns_below(raw, index)
    )


def log_heads(line: str) -> list[str] | None:
    """An action log's headings from a heading line whose gaps were lost ("Ref Item Action Lead Due Status",
    "No. Action By whom By when"), or None."""
    if not _gapless(line) or len(line) > 80:
        return None
    words, heads = line.split(), []
    while words:
        pair = " ".join(words[:2])
        if len(words) > 1 and _HEAD.match(pair):
            heads.append(pair)
            words = words[2:]
        elif _HEAD.match(words[0]):
            heads.append(words[0])
            words = words[1:]
        else:
            return None
    actions = [h for h in heads if _ACTION_HEAD.match(h)]
    return heads if 4 <= len(heads) <= 8 and len(actions) == 1 and any(_OWNER_HEAD.match(h) for h in heads) else None


def spaced_tables(raw: list[str]) -> list[str]:
    """``raw`` with each table whose heading lost its gaps given tab-separated cells: an attendance table's heading,
    and an action log's heading and rows."""
    out: list[str] = []
    index = 0
    while index < len(raw):
        heads = log_heads(raw[index]) if _columns_below(raw, index) else None
        if heads is not None:
            out.append("\t".join(heads))
            rows, index = _log_rows(raw, index + 1, heads)
            out.extend(rows)
            continue
        out.append("\t".join(raw[index].split()) if people_heading(raw, index) else raw[index])
        index += 1
    return out


def _log_rows(raw: list[str], index: int, heads: list[str]) -> tuple[list[str], int]:
    """The log's rows from ``index`` (each a line of cells, a heading across the log a line of its own), and where
    the log ends."""
    rows: list[list[str] | str] = []
    action = next(n for n, h in enumerate(heads) if _ACTION_HEAD.match(h))
    repeated = " ".join(heads).lower()
    while index < len(raw):
        line = raw[index].strip()
        if not line:
            ahead = [text.strip() for text in raw[index + 1 : index + 5]]
            again = next((n for n, text in enumerate(ahead) if " ".join(text.split()).lower() == repeated), None)
            if again is not None:  # a page's foot and head between the log's rows, its heading repeated
                index += again + 2
                continue
            if not _row_start(ahead[0] if ahead else ""):
                break
            index += 1
            continue
        chunks = _chunks(line)
        across = len(chunks) == 1 and (earlier_section(line) or _section(line))
        if _row_start(line):
            rows.append(_row(chunks, heads, action))
        elif across:
            rows.append(line)  # "Outstanding actions from previous meetings": a heading across the log
        elif rows and isinstance(rows[-1], list):
            _carry_on(rows[-1], chunks, heads, action)
        else:
            break
        index += 1
    return [row if isinstance(row, str) else "\t".join(row) for row in rows], index


def _section(line: str) -> bool:
    return re.match(r"^(?:new\s+)?actions?\s+(?:arising|agreed|from)\b", line, re.I) is not None


def _row_start(line: str) -> bool:
    """Whether a line starts a row: a reference first ("13/05/01 3 Circulate …", "A4 …"), cells after it."""
    first = line.split(maxsplit=1)[0] if line.strip() else ""
    return bool(_REFERENCE.match(first)) and any(c.isdigit() for c in first) and len(_chunks(line)) >= 2


def _kind(chunk: str, heads: list[str]) -> int | None:
    """The column a cell belongs to by what it says: a date, a status, else an owner."""
    for pattern, head in ((_DATE, _DATE_HEAD), (_STATUS, _STATUS_HEAD), (None, _OWNER_HEAD)):
        if pattern is None or pattern.match(chunk):
            return next((n for n, h in enumerate(heads) if head.match(h)), None)
    return None


def _row(chunks: list[str], heads: list[str], action: int) -> list[str]:
    cells = [""] * len(heads)
    words = chunks[0].split()
    column = 0
    while column < action and words and _FRONT_HEAD.match(heads[column]):
        cells[column] = words.pop(0)  # "13/05/01 3 Circulate …": the reference and item number off the front
        column += 1
    cells[action] = " ".join(words)
    for chunk in chunks[1:]:
        at = _kind(chunk, heads)
        if at is not None and not cells[at]:
            cells[at] = chunk
        elif at is not None:
            cells[at] = f"{cells[at]} {chunk}"
    return cells


def _carry_on(cells: list[str], chunks: list[str], heads: list[str], action: int) -> None:
    """A wrapped line's words added to the cells they carry on: the first to the action, the rest by what they say
    ("Business Unit   agencies": the action's words, then the owner's)."""
    owner = next((n for n, h in enumerate(heads) if _OWNER_HEAD.match(h)), None)
    for n, chunk in enumerate(chunks):
        if owner is not None and _GROUP_WORD.match(chunk) and _OPEN_OWNER.search(cells[owner]):
            at: int | None = owner
        elif n == 0 and not (len(chunks) == 1 and len(chunk.split()) <= 2 and _STATUS.match(chunk)):
            at = action
        else:
            at = _kind(chunk, heads)
        if at is not None:
            cells[at] = f"{cells[at]} {chunk}".strip()
