"""Tables pasted as text whose columns are runs of spaces, made into rows of tab-separated cells again.

Copied out of a PDF, a minute table ("No. | Item | Action | By whom | By when") arrives as lines of text aligned
in columns, each row spread over several lines. The heading line gives the columns (two or more spaces apart,
naming an action or owner column); each later line is cut where its runs of spaces fall nearest those columns;
a line with something in the first column starts a row, the others add to the cells above. The table ends at a
line that starts at the margin with nothing in the other columns that is not a row number ("Date of next
meeting: ...").
"""

from __future__ import annotations

import re

from bot.minutes.log_rows import earlier_section
from bot.minutes.markers import ROW_REFERENCE
from bot.minutes.owner_margin import date_heading, margin_heading, owner_margin

_HEAD = re.compile(
    r"^(?:no\.?|ref\.?|item|minute|discussion|notes?|agenda item|actions?(?: required| agreed)?|by whom|who|lead|"
    r"owner|responsible|responsibility|by when|when|due(?: date| by)?|date due|deadline|timescales?|target(?: date)?|"
    r"date|status|name|"
    r"agency|meeting|raised|date raised|update|progress|rag|comments?)$",
    re.I,
)
_ACTION_ONLY = re.compile(r"^actions?(?: required| agreed)?$", re.I)
_OWNER_HEAD = re.compile(
    r"^(?:actions?(?: required| agreed)?|by whom|who|lead|owner|responsible|responsibility)$", re.I
)
# The heading of an attendance table pasted as space columns: "Name  Title  Organisation  Initials".
_PEOPLE_FIRST = re.compile(r"^(?:names?|members?|attendees?)$", re.I)
_PEOPLE_HEAD = re.compile(
    r"^(?:names?|members?|attendees?|(?:job\s+)?title|role|position|post|designation|organi[sz]ation|agency|"
    r"service|representing|initials|inits?\.?|attended|apologies|present|attendance|notes?|deputy|"
    r"[A-Z](?:\s*/\s*[A-Z]){1,5}|"
    r"\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}(?:\s+\d{2,4})?)$",  # "23.01.14", "17 Nov"
    re.I,
)
_AGENCY_FIRST = re.compile(r"^(?:sector|organi[sz]ation|agency)(?:\s*/\s*(?:sector|organi[sz]ation|agency))?$", re.I)
_LIST_HEAD = re.compile(r"^(?:present|attended|attending|apologies|in attendance)$", re.I)
_NAME_ENTRY = re.compile(r"^(?:[A-Z][a-z]{1,4}\.?\s+)?[A-Z][a-z]+(?:[-' ’][A-Z][A-Za-z'’-]+)+\s*\([A-Z][A-Za-z]{1,3}\)")
_LEADS_ON = re.compile(
    r"(?:\b(?:DI|DS|DCI|Dr|Cllr|Supt|Insp|Prof|Mr|Mrs|Ms|by|for)|:)\s*$"
)  # "deputy: DI" / "Aisha ..."
_CHUNK = re.compile(r"\S(?:.*?\S)??(?=\s{2,}|\s*$)")
_ROW_NUMBER = re.compile(rf"^(?:{ROW_REFERENCE}|Item\s+\d{{1,3}}[.:]?)$")
_TOLERANCE = 3


def _chunks(line: str) -> list[tuple[int, str]]:
    """The line's pieces of text with where they start, split at runs of two or more spaces."""
    return [(m.start(), m.group()) for m in _CHUNK.finditer(line.expandtabs(8))]


def _heads(text: str, head: re.Pattern[str]) -> bool:
    """Whether a heading cell is ``head``'s, or names one column over another ("Action / Lead / Date"); "Status /"
    is a heading wrapped onto the next line."""
    text = text.rstrip(" /") or text
    return (
        bool(head.match(text))
        or (head is _HEAD and all(_HEAD.match(part.strip()) for part in text.split("/")))
        or any(head.match(part.strip()) for part in text.split("/")[:1] if "/" in text)
    )


def _heading(line: str) -> list[int] | None:
    """The column starts of a heading line, or None when the line is not one ."""
    if "\t" in line or len(line) > 300:
        return None
    chunks = _chunks(line)
    pair = len(chunks) == 2 and chunks[0][0] <= 8 and _ACTION_ONLY.match(chunks[0][1]) is not None  # "Action  Who"
    if (len(chunks) < 3 and not pair) or not all(_heads(text, _HEAD) for _, text in chunks):
        return None
    if not any(_heads(text, _OWNER_HEAD) for _, text in chunks):
        return None
    return [start for start, _ in chunks]


def _people_heading(line: str) -> list[int] | None:
    """The column starts of an attendance table's heading line ("Name  Title  Organisation  Initials", "Sector /
    organisation  Present  Apologies (and deputy, where sent)")."""
    if "\t" in line or len(line) > 300:
        return None
    chunks = [(start, re.sub(r"\s*\([^()]*\)$", "", text)) for start, text in _chunks(line)]
    first = chunks[0][1] if chunks else ""
    by_agency = _AGENCY_FIRST.match(first) is not None and any(
        _LIST_HEAD.match(t) or _PEOPLE_FIRST.match(t) for _, t in chunks[1:]
    )  # "Sector / organisation  Present  Apologies", "Agency  Name  Designation  Initials"
    if len(chunks) < 2 or not (_PEOPLE_FIRST.match(first) or by_agency):
        return None
    if not all(_people_head(t) or _AGENCY_FIRST.match(t) for _, t in chunks):
        return None
    return [start for start, _ in chunks]


def _people_head(text: str) -> bool:
    """Whether an attendance table's heading cell names its column, or two ("Organisation / Role", "Role & agency")."""
    parts = re.split(r"\s*(?:/|&|\band\b)\s*", text)
    return bool(_PEOPLE_HEAD.match(text)) or all(_PEOPLE_HEAD.match(part) for part in parts)


def table_heading(line: str) -> bool:
    """Whether a line is the heading of a table pasted as space columns (an action or an attendance table)."""
    return _heading(line) is not None or _people_heading(line) is not None


def aligned_tables(raw: list[str]) -> list[str]:
    """``raw`` with every space-aligned table turned into one tab-separated line per row (heading included), and
    the owners of a narrow action column tagged after their actions (:func:`~bot.minutes.owner_margin.owner_margin`)."""
    return owner_margin(_tables(raw))


def _tables(raw: list[str]) -> list[str]:
    out: list[str] = []
    index = 0
    while index < len(raw):
        columns = _heading(raw[index])
        if columns is not None and (_titles_beside(raw, index, columns) or _owner_and_date(raw[index])):
            columns = None  # a narrow owner column (and its date): the owner margin's, paragraph by paragraph
        if columns is None and (people := _people_heading(raw[index])) is not None:
            spaced, heading = raw[index], "\t".join(text for _, text in _chunks(raw[index]))
            rows, index = _people_rows(raw, index + 1, people)
            out.extend([heading, *("\t".join(_joined(cell, people=True) for cell in row) for row in rows), ""])
            while index < len(raw) and _SECTION.match(raw[index]) and _a_row_follows(raw, index + 1, people):
                rows, after = _people_rows(raw, index + 1, people, spaced)  # "IN ATTENDANCE" over more rows
                out.extend([raw[index].strip(), heading])
                out.extend([*("\t".join(_joined(cell, people=True) for cell in row) for row in rows), ""])
                index = after
            continue
        if columns is None:
            out.append(raw[index])
            index += 1
            continue
        heads = _chunks(raw[index])
        index += 1
        while index < len(raw) and (more := _heading_goes_on(raw[index], columns)):  # "Date" / "raised"
            heads = [(start, f"{text} {more[n]}".strip()) for n, (start, text) in enumerate(heads)]
            index += 1
        out.append("\t".join(text for _, text in heads))
        owner = next(n for n, (_, text) in enumerate(heads) if _heads(text, _OWNER_HEAD))
        rows, index = _rows(raw, index, columns, owner)
        out.extend("\t".join(_joined(cell) for cell in row) for row in rows)
        out.append("")
    return out


def _owner_and_date(line: str) -> bool:
    """Whether a heading ends with a narrow owner column and its date ("Item  Discussion / Decision  Action / Lead
    By when"): owners and dates beside each action's paragraph, an item holding several."""
    return margin_heading(line) is not None and date_heading(line) is not None


def _titles_beside(raw: list[str], index: int, columns: list[int]) -> bool:
    """Whether a three-column minute table ("ITEM  DISCUSSION  ACTION") has each item's title beside its first
    paragraph and wrapped at the margin ("2. Minutes of the last   The minutes were ..." / "meeting (10.12.08)
    and"): its narrow action column is read as an owner margin, paragraph by paragraph, not as rows."""
    if len(columns) != 3:
        return False
    beside = wrapped = 0
    for line in raw[index + 1 : index + 60]:
        chunks = _chunks(line)
        if not chunks or chunks[0][0] > _TOLERANCE or "\t" in line:
            continue
        if (
            len(chunks) >= 2
            and abs(chunks[1][0] - columns[1]) <= _TOLERANCE
            and _ROW_NUMBER.match(chunks[0][1].split()[0])
        ):
            beside += 1
        elif re.match(r"[a-z–—(-]", chunks[0][1]):
            wrapped += 1
    return beside >= 2 and wrapped >= 2


_HEAD_TAIL = re.compile(r"^(?:raised|date|by|when|whom|no\.?|ref\.?|status|update|lead|officer|due)$", re.I)


def _heading_goes_on(line: str, columns: list[int]) -> list[str] | None:
    """The words a heading wrapped onto the line under it ("Date" / "raised"), each under its column, or None."""
    chunks = _chunks(line)
    if not chunks or "\t" in line or not all(_HEAD_TAIL.match(text) for _, text in chunks):
        return None
    words = [""] * len(columns)
    for start, text in chunks:
        near = min(range(len(columns)), key=lambda n: abs(columns[n] - start))
        if abs(columns[near] - start) > _TOLERANCE:
            return None
        words[near] = text
    return words


def _joined(pieces: list[str], *, people: bool = False) -> str:
    """A cell's lines as one text: "sub-" and "group" make "sub-group"; in an attendance table a line that starts
    another person ("Priya Sandhu-Welsh (PSW) – Head of") starts an entry of its own ("; ")."""
    text = ""
    for piece in pieces:
        if text.endswith("-") and piece[:1].islower():
            text = f"{text}{piece}"
        elif people and text and _NAME_ENTRY.match(piece) and not _LEADS_ON.search(text):
            text = f"{text}; {piece}"
        else:
            text = f"{text} {piece}".strip()
    return text


def _placed(chunks: list[tuple[int, str]], columns: list[int]) -> list[tuple[int, str]]:
    """Each piece of a line with the column it falls in (the last column starting at or before it)."""
    return [(max((n for n, c in enumerate(columns) if c <= start + _TOLERANCE), default=0), text)
            for start, text in chunks]  # fmt: skip


def _people_rows(
    raw: list[str], index: int, columns: list[int], heading: str | None = None
) -> tuple[list[list[list[str]]], int]:
    """The rows of an attendance table under its heading: a line with a name in the first column starts a row,
    a line indented past it adds to the row's cells (a role or organisation wrapped onto the next line). The
    table ends at the next line at the margin that is no row: a heading ("IN ATTENDANCE", "Apologies:"), or
    text with nothing in the other columns and no row after it."""
    rows: list[list[list[str]]] = []
    heads = [text for _, text in _chunks(heading if heading is not None else raw[index - 1])] if index > 0 else []
    named_at = (  # "Agency  Name  …": a row under the agency above it starts where its name does
        next((n for n, head in enumerate(heads) if _PEOPLE_FIRST.match(head)), None)
        if heads and _AGENCY_FIRST.match(heads[0])
        else None
    )
    while index < len(raw):
        line = raw[index]
        if not line.strip() or _people_heading(line) is not None:
            index += 1
            continue
        if rows and _SECTION.match(line):
            break  # "IN ATTENDANCE" at the margin: the next list's rows, in the same columns
        chunks = _chunks(line)
        at_margin = chunks[0][0] <= columns[0] + _TOLERANCE and (len(columns) < 2 or chunks[0][0] < columns[1] - 1)
        if rows and _DEPUTY_LINE.match(line.strip()):  # "   Deputy: Dawn Kitching, ..." under the member's row
            rows[-1][-1].append(line.strip())
            index += 1
            continue
        if at_margin and (_heading(line) is not None or _ENDS_PEOPLE.match(line)):
            break  # "Key: P = present ...", "In attendance (non-members):", the minutes' own table
        if at_margin and len(chunks) == 1 and (stacked := _stacked_row(raw, index, columns)) is not None:
            rows.append([[cell] for cell in stacked[0]])  # a row whose cells came out on lines of their own
            index = stacked[1]
            continue
        if at_margin and len(chunks) == 1 and not _a_row_follows(raw, index + 1, columns):
            break
        placed = _placed(chunks, columns)
        named = (
            named_at is not None
            and rows
            and rows[-1][named_at]
            and any(column == named_at and _NAME_START.match(text) for column, text in placed)
        )
        if (at_margin and named_at is None) or not rows or named:  # under "Agency  Name": a name starts a row
            rows.append([[] for _ in columns])
        for column, text in placed:
            rows[-1][column].append(text)
        index += 1
    return rows, index


_SECTION = re.compile(
    r"^\s*(?:present|(?:also\s+)?in\s+attendance|apolog(?:y|ies)|not\s+present|absent|members\s+present)\s*:?\s*$",
    re.I,
)
_NAME_START = re.compile(r"^(?:(?:Dr|Mr|Mrs|Ms|Cllr|DCI|DI|DS|Supt|Prof)\.?\s+)?[A-Z][a-z'’-]+\s+[A-Z]")
_ENDS_PEOPLE = re.compile(
    r"^\s*(?:key\b|(?:also\s+)?(?:in\s+attendance|present|apologies|not\s+present)\b[^:]{0,30}:)", re.I
)
_DEPUTY_LINE = re.compile(r"^(?:deputy|deputised\s+by|represented\s+by|substitute|sub)\s*:\s*\S", re.I)


def _stacked_row(raw: list[str], index: int, columns: list[int]) -> tuple[list[str], int] | None:
    """A row whose cells are each on a line of their own at the margin, one line for each column, with another row
    (or the table's end) after them: the cells and the line after them; None for any other line."""
    cells: list[str] = []
    at = index
    while at < len(raw) and len(cells) < len(columns):
        chunks = _chunks(raw[at])
        if len(chunks) != 1 or chunks[0][0] > columns[0] + _TOLERANCE:
            return None
        cells.append(chunks[0][1])
        at += 1
    following = next((line for line in raw[at : at + 2] if line.strip()), "")
    aligned = len(_chunks(following)) >= 2 and _chunks(following)[0][0] <= columns[0] + _TOLERANCE
    return (cells, at) if len(cells) == len(columns) and (aligned or not following) else None


def _a_row_follows(raw: list[str], index: int, columns: list[int]) -> bool:
    """Whether the next line with text is one of the table's (a name alone on its line is a row when the table
    goes on after it; "IN ATTENDANCE" is followed by a heading or by nothing aligned)."""
    following = next((line for line in raw[index : index + 3] if line.strip()), "")
    if not following or _people_heading(following) is not None or _heading(following) is not None:
        return False
    chunks = _chunks(following)
    return len(chunks) >= 2 and any(abs(chunks[1][0] - column) <= _TOLERANCE for column in columns[1:])


def _rows(raw: list[str], index: int, columns: list[int], owner: int) -> tuple[list[list[list[str]]], int]:
    """The rows under a heading; ``owner`` is the first action or owner column: a second action written lower
    down in the same item (after lines with nothing in those columns) is a row of its own."""
    rows: list[list[list[str]]] = []
    gap = False  # the lines since the row's last action or owner text had none
    while index < len(raw):
        line = raw[index]
        if not line.strip():
            gap = gap or bool(rows and any(rows[-1][owner:]))
            index += 1
            continue
        if _heading(line) is not None:  # the heading again, on a new page
            index += 1
            continue
        chunks = _chunks(line)
        first_start, first_text = chunks[0]
        at_margin = first_start <= columns[0] + _TOLERANCE and (len(columns) < 2 or first_start < columns[1] - 1)
        if at_margin and _ROW_NUMBER.match(first_text) and (stacked := _stacked_row(raw, index, columns)):
            rows.append([[cell] for cell in stacked[0]])  # "4" / the action / "LM" / "December meeting"
            index, gap = stacked[1], False
            continue
        earlier = at_margin and len(chunks) == 1 and earlier_section(first_text)
        following = next((line for line in raw[index + 1 : index + 4] if line.strip()), "")
        numbered = "\t" not in following and bool(_ROW_NUMBER.match((_chunks(following) or [(0, "")])[0][1]))
        if earlier and numbered and _a_row_follows(raw, index + 1, columns):
            rows.append([[first_text]])  # "ACTIONS CARRIED FORWARD FROM PREVIOUS MEETINGS": a heading across the rows
            index += 1
            continue
        if at_margin and not _ROW_NUMBER.match(first_text) and len(chunks) == 1:
            break  # a line of its own at the margin: the table is over
        placed = _placed(chunks, columns)
        right = any(column >= owner for column, _ in placed)
        if (at_margin and _ROW_NUMBER.match(first_text)) or not rows or len(rows[-1]) < len(columns):
            rows.append([[] for _ in columns])  # (after a heading across the rows, always a row of its own)
        elif right and gap and any(rows[-1][owner:]):
            rows.append([[] for _ in columns])  # another action further down the same item
        for column, text in placed:
            rows[-1][column].append(text)
        gap = (gap or not right) if any(rows[-1][owner:]) else False
        if right:
            gap = False
        index += 1
    return rows, index
