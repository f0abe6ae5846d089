"""Actions kept in tables: an action log ("No. | Action | By whom | By when", columns in any order), a numbered
action sheet, or an Action column inside the minute table ("Item | Discussion | Action | Lead | Date").

A table is an action table when its heading row names an action column and a column for who or for when. Each
row with something in its action cell is one action (a cell holding several actions, "A; B", with as many leads
and dates, is several); a row with nothing in its first cell continues the item above. Cells that say there is
nothing to do ("None", "Noted", "-") are not actions. The heading row may repeat where a table crosses a page.
A log that also tracks older actions marks them: a row carried forward, closed or completed (its status, update or
reference says so) or raised at an earlier meeting ("Date raised") is not one of this meeting's actions.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.minutes.lines import _Line
from bot.minutes.log_rows import PAGE_CELL, earlier_section, goes_on, other_minutes
from bot.minutes.markers import CARRIED_FORWARD, ROW_REFERENCE
from bot.minutes.table_rows import (
    MONTHISH,
    TableAction,
    _Columns,
    _month_years,
    _or_none,
    _row_actions,
    clean,
    looks_like_when,
)

# An action column whose cells name the owner themselves: "Action / Responsibility", "Action – owner – due",
# "Action (who / by when)".
_WITH_OWNER = (
    r"^(?:agreed\s+)?actions?\s*(?:/|,|and|&|[–—-])\s*(?:responsibility|leads?|owners?|by whom|who)"
    r"(?:\s*(?:/|,|and|&|[–—-])\s*(?:date|by when|when|deadline|timescale|due(?: date)?|by))?$"
    r"|^actions?\s*\((?:owner|lead|who|responsible)(?:\s*(?:/|,|and|&)\s*(?:by\s+when|when|date|due|deadline))?\)$"
)
_ACTION_WITH_OWNER = re.compile(_WITH_OWNER, re.I)
_ACTION_HEAD = re.compile(
    r"^(?:agreed\s+)?(?:actions?|action\(s\))(?:\s+(?:required|agreed|points?|to be taken|arising))?$|^task$|^what$|"
    r"^action(?:s)?\s*/\s*decisions?$|^(?:summary|discussion|notes?)?[\s,/]*(?:decisions?|information)?"
    rf"(?:\s*(?:/|,|or|and|&)\s*)(?:decisions?\s*(?:/|,|or|and|&)\s*)?actions?$|{_WITH_OWNER}",
    re.I,
)
_WHO_HEAD = re.compile(
    r"^(?:by\s+whom|who|lead(?:\s+(?:officer|agency|person|member|partner))?|leads?|lead\(s\)|owners?|owner\(s\)|"
    r"lead\s*(?:/|and|&)\s*support|"
    r"responsibility|responsible(?:\s+(?:officer|"
    r"person|agency|lead))?|action\s+by(?:\s*/\s*(?:date|when|by\s+when|deadline|due))?|person\s+responsible|"
    r"named\s+lead|officer|resp\.?)$",
    re.I,
)
_WHEN_HEAD = re.compile(
    r"^(?:by\s+when|when|due(?:\s+(?:date|by))?|date(?:\s+due)?|deadline|time\s*scales?|target(?:\s+date)?|"
    r"completion(?:\s+date)?|date\s+for\s+completion|by)$",
    re.I,
)
_KIND_HEAD = re.compile(r"^(?:d\s*/\s*a|a\s*/\s*d|type|decision\s*/\s*action)$", re.I)  # a row's "D" or "A"
_NUMBER_HEAD = re.compile(
    r"^(?:no\.?|(?:min(?:ute)?\.?\s+)?ref\.?|number|#|item(?:\s+no\.?)?|action\s+no\.?|minute(?:\s+no\.?)?|agenda)$",
    re.I,
)
_REFERENCE = re.compile(ROW_REFERENCE)
_SPACED_REFERENCE = re.compile(rf"(?:[A-Z]{{1,5}}\s)?{ROW_REFERENCE}")  # "J1", "SLG 22-06-01"
_NOTES_HEAD = re.compile(r"^(?:items?|notes|minutes?|discussion|summary)\b", re.I)  # a minute table's text column
_MINUTE_HEAD = re.compile(r"\b(?:notes|minutes?|discussion)\b", re.I)  # the minute's own text beside its actions
_ITEM_NUMBER = re.compile(r"^\s*(?:item\s+)?(?P<n>\d{1,3})(?:\.\d{1,2})?\b[.):]?")


def _columns(cells: list[str]) -> _Columns | None:
    """The heading row's action, who, when and number columns; None unless it names an action column and who or
    when."""
    found: dict[str, int] = {}
    kinds = [n for n, c in enumerate(cells) if _KIND_HEAD.match(c.strip(" :*"))]
    for column, cell in enumerate(c.strip(" :*") for c in cells):
        if kinds and "action" not in found and re.fullmatch(r"summary|description|detail", cell, re.I):
            found["action"] = column  # "# | D / A | Summary | Owner | Due"
            continue
        for name, pattern in (("action", _ACTION_HEAD), ("who", _WHO_HEAD), ("when", _WHEN_HEAD),
                              ("number", _NUMBER_HEAD)):  # fmt: skip
            if name not in found and pattern.match(cell):
                found[name] = column
                break
    if "action" not in found and "who" in found and re.match(r"action\s+by", cells[found["who"]].strip(), re.I):
        minute = any(_MINUTE_HEAD.search(c) for n, c in enumerate(cells) if n != found["who"])
        return _Columns(-1, found["who"], found.get("when"), found.get("number"), minute=minute)  # "Minute | Action by"
    with_owner = "action" in found and _ACTION_WITH_OWNER.match(cells[found["action"]].strip(" :*"))
    if "action" in found and "who" not in found and "when" not in found and not with_owner:
        notes = [c for n, c in enumerate(cells) if n != found["action"] and _NOTES_HEAD.match(c.strip(" :*"))]
        number = found.get("number")
        if not notes and number is not None and found["action"] - number == 2 and not cells[number + 1].strip():
            notes = [""]  # "Item | | Action": the minute's column has no heading of its own
        if notes and re.fullmatch(
            r"actions?|action\(s\)|actions?\s*/\s*decisions?|decisions?\s*/\s*actions?",
            cells[found["action"]].strip(" :*"),
            re.I,
        ):
            return _Columns(found["action"], None, None, found.get("number"))  # "No. | Item / Notes | Action"
    if "action" not in found or ("who" not in found and "when" not in found and not with_owner):
        return None  # "Action / Responsibility" alone: the owner is written in the action's cell
    status = tuple(n for n, c in enumerate(cells) if _status_head(c))
    raised = next((n for n, c in enumerate(cells) if _RAISED_HEAD.match(c.strip(" :*"))), None)
    number = found.get("number")
    minute = any(_MINUTE_HEAD.search(c) for n, c in enumerate(cells) if n != found["action"])
    kind = next((n for n in kinds if n != found["action"]), None)  # "Decision / Action" holding the text: no kind
    return _Columns(found["action"], found.get("who"), found.get("when"), number, kind,
                    (*status, *([number] if number is not None else [])), raised, bool(with_owner),
                    minute)  # fmt: skip


def _owners_by_agency(lines: list[_Line]) -> list[_Line]:
    """The lines with a log's owners written in a column per agency ("Action | LVC Adults | CCG | Police | Other |
    Due", initials in each agency's column, several for a shared action) put in one "Owner" column."""
    out, spread = list(lines), range(0)
    for index, line in enumerate(lines):
        cells = line.text.split("\t")
        columns = _columns(cells) if "\t" in line.text and len(cells) >= 5 else None
        if columns is not None and columns.who is None and columns.when is not None and columns.action >= 0:
            between = range(columns.action + 1, columns.when)
            spread = between if len(between) >= 2 and not set(between) & {*columns.status, columns.raised} else range(0)
            cells = [*cells[: between.start], "Owner", *cells[between.stop :]] if spread else cells
        elif "\t" not in line.text and len(line.text.strip()) > 80:  # a paragraph: the log is over
            spread = range(0)
        elif spread and "\t" in line.text and len(cells) >= spread.stop:
            who = " / ".join(c.strip() for c in cells[spread.start : spread.stop] if c.strip())
            cells = [*cells[: spread.start], who, *cells[spread.stop :]]
        if spread:
            out[index] = replace(line, text="\t".join(cells))
    return out


def _spanning(lines: list[_Line], index: int) -> list[str]:
    """A heading row's cells, with an empty one after the first when the rows below have one cell more ("Minute |
    Action" over "10/26 | SCR – Adult C; ... | KA; 7th May": the minute's number and its text under one heading;
    rows with nothing in the last column end a cell sooner)."""
    cells = lines[index].text.split("\t")
    below: list[int] = []
    for line in lines[index + 1 : index + 16]:
        if "\t" in line.text and _columns(line.text.split("\t")) is not None:
            break  # the next table's heading
        below += [len(line.text.split("\t"))] if "\t" in line.text else []
    below, wider = below[:6], [n for n in below[:6] if n > len(cells)]
    if wider and set(wider) == {len(cells) + 1} and len(below) >= 2 and _NUMBER_HEAD.match(cells[0].strip()):
        return [cells[0], "", *cells[1:]]
    return cells


def action_tables(lines: list[_Line]) -> tuple[list[TableAction], set[int]]:
    """Every action in the document's action tables, and the indexes of the lines the tables take."""
    actions: list[TableAction] = []
    taken: set[int] = set()
    lines = _owners_by_agency(lines)
    index = 0
    while index < len(lines):
        text = lines[index].text
        columns = _columns(_spanning(lines, index)) if "\t" in text else None
        if columns is None:
            vertical = _vertical(lines, index)
            if vertical is not None:  # each cell on a line of its own
                found, end = vertical
                actions.extend(found)
                taken.update(range(index, end))
                index = end
                continue
            index += 1
            continue
        width = len(text.split("\t"))
        stacked = _stacked(lines, index + 1, columns, width)
        if stacked is not None:  # each row's cells on lines of their own, wrapped
            found, used = stacked
            actions.extend(found)
            taken.update({index, *used})
            index += 1
            continue
        taken.add(index)
        item = lines[index].item
        rows: list[tuple[list[str], list[TableAction]]] = []  # each row's cells and actions
        older: set[int] = set()  # rows under a heading row such as "Open actions from previous meetings"
        above = next(
            (lines[n].text.strip() for n in range(index - 1, max(index - 3, -1), -1) if lines[n].text.strip()), ""
        )
        earlier = "\t" not in above and len(above) <= 80 and earlier_section(above)  # under its heading
        pending: list[str] | None = None  # a row whose cells are not all read yet (a table pasted as text)
        row = index + 1
        while row < len(lines):
            line = lines[row]
            cells = [c.strip() for c in line.text.split("\t")]
            numbered = bool(_ITEM_NUMBER.match(cells[0]) or _SPACED_REFERENCE.fullmatch(cells[0]))  # "SPE 23/02"
            starts_row = not cells[0] or (numbered and "\t" in line.text)  # "22/09-01 Neglect ...": a cell's line
            starts_row = starts_row or len(cells) >= width
            if pending is not None and len(pending) < width and line.text.strip() and not starts_row:
                owners = len(pending) - 1 == columns.who and bool(pending[-1])  # owners a line each: "SH" / "KT"
                joiner = "; " if owners and _INITIALS_PIECE.search(f"{pending[-1]}\n{cells[0]}") else " "
                pending[-1] = f"{pending[-1]}{joiner}{cells[0]}".strip("; ")  # the cell wrapped onto this line
                pending.extend(cells[1:])
                taken.add(row)
                row += 1
                continue
            if not line.text.strip() and (_continues(lines, row, columns) or _resumes(lines, row, pending, width)):
                taken.add(row)
                row += 1
                continue
            if pending is not None and _cell_line(lines, row, pending):  # "Nov Board", "All agencies": the owner cell's
                pending[-1] = f"{pending[-1]}; {line.text.strip()}"  # second line, alone under the row
                taken.add(row)
                row += 1
                continue
            if "\t" not in line.text and not _section_row(lines, row, width):
                break
            taken.add(row)
            if any(PAGE_CELL.match(c) for c in cells):  # a page's footer pasted with the table's rows
                row += 1
                continue
            if pending is not None and goes_on(
                cells, pending, columns.action, columns.who, width
            ):  # "<tab><tab>and re-circulate"
                for column, text in ((n, c) for n, c in enumerate(cells) if c):
                    pending.extend([""] * (column + 1 - len(pending)))
                    pending[column] = f"{pending[column]} {text}".strip()
                row += 1
                continue
            if pending is not None:
                item = _item_of(pending, columns, item)
                rows.append((pending, _row_actions(pending, columns, item)))
                older.update([len(rows) - 1] if earlier else [])
                pending = None
            if "\t" not in line.text:  # a heading row across the table: "New actions", "Open actions from ..."
                earlier = earlier_section(line.text)
                row += 1
                continue
            other = _columns(cells)
            if other is not None and other != columns:  # another table's heading: "Ref | Action | Lead | Status"
                taken.discard(row)
                break
            if other is None:  # not the heading repeated on a new page
                item = item if line.item is None else line.item
                pending = _aligned_to_action(cells, columns, width)
            row += 1
        if pending is not None:
            rows.append((pending, _row_actions(pending, columns, _item_of(pending, columns, item))))
            older.update([len(rows) - 1] if earlier else [])
        older |= other_minutes([line.text for line in lines[:index]], rows, columns.number)
        actions.extend(
            _month_years(
                _new_only([r for n, r in enumerate(rows) if n not in older], columns),
                [r[0][columns.when] for r in rows if columns.when is not None and columns.when < len(r[0])]
                or [a.when for _, found in rows for a in found if a.when],
            )
        )
        index = row
    return actions, taken


def _cell_line(lines: list[_Line], row: int, pending: list[str]) -> bool:
    """Whether a short line without cells under a row is its last cell's next line ("JH" / "All agencies"): the
    row's last cell holds text, and the line after starts the next row."""
    text = lines[row].text.strip()
    if "\t" in lines[row].text or not text or len(text.split()) > 4 or not pending[-1].strip():
        return False
    if earlier_section(text) or re.search(r"\bactions?\b", text, re.I):  # "Open actions from ...": a heading
        return False
    following = next((line.text for line in lines[row + 1 : row + 3] if line.text.strip()), "")
    first = following.split("\t")[0].strip()
    return "\t" in following and bool(_ITEM_NUMBER.match(first) or _REFERENCE.fullmatch(first))


def _section_row(lines: list[_Line], row: int, width: int) -> bool:
    """Whether a line without cells inside an action log is a heading row across it ("New actions – 16 January
    2018", "Open actions from previous meetings"): short, and the next line is a row of the table."""
    text = lines[row].text.strip()
    if not text or len(text) > 80 or row + 1 >= len(lines):
        return False
    following = lines[row + 1].text
    return "\t" in following and len(following.split("\t")) >= min(width, 3) and _columns(following.split("\t")) is None


_STATUS_HEAD = re.compile(
    r"^(?:(?:current\s+)?status|rag(?:\s+status)?|updates?|progress(?:\s+update)?|position|comments?)"
    r"(?:\s+(?:as\s+at\s+|at\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{2,4})?)?$",
    re.I,
)


def _status_head(cell: str) -> bool:
    """Whether a log's heading cell is its status column: "Status", "RAG", "Status / update", "Progress and
    comments"."""
    parts = re.split(r"\s*(?:/|&|\band\b)\s*", cell.strip(" :*"))
    return all(_STATUS_HEAD.match(p) for p in parts if p) and any(parts)


_RAISED_HEAD = re.compile(
    r"^(?:date\s+(?:raised|opened|added|agreed|set)|(?:meeting\s+)?raised(?:\s+on)?|date\s+of\s+meeting|"
    r"(?:from\s+|originating\s+)?meeting(?:\s+date)?)$",
    re.I,
)
_OLD_MARK = re.compile(rf"\b(?:{CARRIED_FORWARD}|closed?|completed?|done)\b", re.I)
_NEW_MARK = re.compile(r"^new\b", re.I)
_STATUS_WORD = re.compile(
    rf"^(?:new|open|ongoing|on\s+track|in\s+progress|overdue|delayed|{CARRIED_FORWARD}|closed?|complete[d]?|done|"
    r"superseded|withdrawn|outstanding|pending|awaiting|deferred|partially|not\s+(?:yet\s+)?(?:received|started|done|"
    r"complete[d]?|met)|green|amber|red|[RAG])\b",
    re.I,
)


def _new_only(rows: list[tuple[list[str], list[TableAction]]], columns: _Columns) -> list[TableAction]:
    """The actions of a log's rows that are this meeting's: a row whose status, update or reference says it was
    carried forward, closed or completed is an older action, and so is one not marked "New" where others are (a row
    raised at an earlier meeting is left to the
    reader, which knows the meeting's date)."""
    kept: list[TableAction] = []

    def cell(cells: list[str], n: int) -> str:
        return cells[n].strip() if n < len(cells) else ""

    # A status column that marks this meeting's rows "New" and every other row with a status word: those are older
    marking = [n for n in columns.status if any(_NEW_MARK.match(cell(c, n)) for c, _ in rows)
               and all(_STATUS_WORD.match(cell(c, n)) for c, _ in rows if cell(c, n))]  # fmt: skip

    def new(cells: list[str]) -> bool:
        return any(_NEW_MARK.match(cell(cells, n)) for n in marking)

    marked_new = bool(marking)
    for cells, actions in rows:
        if any(n < len(cells) and _OLD_MARK.search(cells[n]) for n in columns.status):
            continue
        if marked_new and not new(cells):
            continue
        raised = cells[columns.raised].strip() if columns.raised is not None and columns.raised < len(cells) else ""
        kept.extend(replace(a, raised=raised or None) for a in actions)
    return kept


def _resumes(lines: list[_Line], row: int, pending: list[str] | None, width: int) -> bool:
    """Whether an unfinished row goes on after a blank line (a page break in text pasted from a PDF)."""
    if pending is None or len(pending) >= width:
        return False
    following = next((line.text.strip() for line in lines[row + 1 : row + 4] if line.text.strip()), "")
    return following[:1].islower()  # "commissioned an external review ...": the sentence goes on


_REPORTED = re.compile(r"\b(?:was|were|had|has|have|is|are|noted|reported|agreed|confirmed)\b", re.I)


def _aligned_to_action(cells: list[str], columns: _Columns, width: int) -> list[str]:
    """A pasted row that goes on an item ("<tab>Progress report to every"): its first text is the next action,
    not more discussion, when the copy dropped the empty cells before it (a table file keeps them)."""
    if cells[0] or len(cells) >= width or columns.action <= 1:
        return cells
    first = next((n for n, c in enumerate(cells) if c), None)
    if first is None or first >= columns.action:
        return cells
    if len(cells) - first == 1 and _REPORTED.search(cells[first]) and not re.search(r"\bto\s+[a-z]", cells[first]):
        return cells  # "All other actions were complete ...": the discussion, its empty cells after it dropped
    return [""] * columns.action + cells[first:]


_ANY_HEAD = re.compile(  # "Update January 2018", "Progress as at 12 March": a log's update column
    r"^(?:status|rag|update|progress|comments?|notes?)(?:\s+(?:as\s+at\s+|at\s+|to\s+|for\s+)?[\w/.]+(?:\s+\d{2,4})?)?$",
    re.I,
)


def _vertical(lines: list[_Line], index: int) -> tuple[list[TableAction], int] | None:
    """A table pasted with every cell on a line of its own: its heading cells one a line ("Ref", "Action",
    "Owner", "Due"), then each row's cells in the same order, each row starting with its reference ("J1", "SLG
    22-06-01"); a page's break between rows is passed over."""
    heads: list[str] = []
    row = index
    while row < len(lines) and len(heads) < 8:
        text = lines[row].text.strip()
        if not text or "\t" in text or len(text) > 30:
            break
        if not any(p.match(text) for p in (_ACTION_HEAD, _WHO_HEAD, _WHEN_HEAD, _NUMBER_HEAD, _ANY_HEAD)):
            break
        heads.append(text)
        row += 1
    columns = _columns(heads) if len(heads) >= 3 else None
    if columns is None or columns.number != 0:
        return None
    width = len(heads)
    actions: list[TableAction] = []
    while True:
        at = next((n for n in range(row, min(row + 3, len(lines))) if lines[n].text.strip()), row)  # a page broke
        if at + width > len(lines) or not _SPACED_REFERENCE.fullmatch(lines[at].text.strip()):
            break
        cells, taken = _vertical_row([line.text.strip() for line in lines[at : at + width + 2]], columns, width)
        if _SPACED_REFERENCE.fullmatch(cells[1]) and not _NUMBER_HEAD.match(heads[1]):
            break  # out of step: a cell missing (unless the second column is a number too: "Ref | Item | ...")
        actions.extend(_row_actions(cells, columns, lines[at].item))
        row = at + taken
    return (actions, row) if actions else None


def _vertical_row(texts: list[str], columns: _Columns, width: int) -> tuple[list[str], int]:
    """One row of a table pasted a cell a line, and the lines it takes: the action's cell may wrap onto a line or
    two more ("... return to the Business" / "Manager"), which the owner and date cells after it then show."""
    for extra in range(3):
        if columns.action < 0 or len(texts) < width + extra:
            break
        end = columns.action + 1 + extra
        cells = [*texts[: columns.action], " ".join(texts[columns.action : end]), *texts[end : width + extra]]
        who = cells[columns.who] if columns.who is not None and columns.who < len(cells) else ""
        when = cells[columns.when] if columns.when is not None and columns.when < len(cells) else ""
        if (not when or looks_like_when(when)) and len(who.split()) <= 6 and not looks_like_when(who):
            return cells, width + extra
    return texts[:width], width


_NARROW = 34  # characters: a line of a narrow action cell, wrapped (a discussion's lines run to the page's width)
_ROW_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,2})?\.?")
_NEXT_MEETING_LINE = re.compile(r"^(?:date\s+(?:and\s+time\s+)?of\s+(?:the\s+)?next|next\s+meeting\s*:)", re.I)


def _stacked(lines: list[_Line], row: int, columns: _Columns, width: int) -> tuple[list[TableAction], set[int]] | None:
    """A minute table pasted with each row's cells on lines of their own, wrapped ("2." / its title / the discussion
    / the action's short lines / the lead / the date), when the action, who and when columns are its last three:
    a row has an action when its last line is a date or a month, the line before is the lead, and the lines before
    that are short and end no sentence. The lines read, so the rest of the text is still read as text."""
    if columns.action < 0 or (columns.action, columns.who, columns.when) != (width - 3, width - 2, width - 1):
        return None
    first = next((n for n in range(row, min(row + 5, len(lines))) if lines[n].text.strip()), None)
    if first is None or "\t" in lines[first].text or not _ROW_NUMBER.fullmatch(lines[first].text.strip()):
        return None
    blocks: list[list[int]] = []
    for n in range(first, len(lines)):
        text = lines[n].text.strip()
        if "\t" in lines[n].text:
            break  # a table of another shape
        if _NEXT_MEETING_LINE.match(text):
            break  # the table has ended
        if _ROW_NUMBER.fullmatch(text):
            blocks.append([n])
        elif text:
            blocks[-1].append(n)
    actions: list[TableAction] = []
    used: set[int] = set()
    for block in blocks:
        texts = [lines[n].text.strip() for n in block]
        found = _stacked_row(texts)
        if found is not None:
            start, task, who, when = found
            actions.append(TableAction(texts[0].rstrip("."), clean(task), _or_none(who), when))
            used.update(block[start:])
    return (actions, used) if actions else None


def _stacked_row(texts: list[str]) -> tuple[int, str, str, str | None] | None:
    """One stacked row's action: (where its cells start, the task, the lead as written, the date or None when the
    row gives none), read from its end; None when the row records no action."""
    if len(texts) < 5:
        return None
    dated = bool(MONTHISH.match(texts[-1]))
    who_end = len(texts) - 1 if dated else len(texts)
    who_start = who_end - 1
    if texts[who_start - 1].endswith(("/", ",", "&", " and")):  # a lead wrapped: "Supt Northcott /"
        who_start -= 1
    who = " ".join(texts[who_start:who_end])
    if len(who) > 60 or who.endswith((".", ":")):
        return None
    start = who_start
    while start > 3 and len(texts[start - 1]) <= _NARROW and not texts[start - 1].endswith((".", ":")):
        start -= 1
    if who_start - start < (1 if dated else 2):  # undated: the lead could be the action's last line otherwise
        return None
    return start, " ".join(texts[start:who_start]), who, texts[-1] if dated else None


def _continues(lines: list[_Line], row: int, columns: _Columns) -> bool:
    """Whether the table goes on after a blank line (a page break): the next non-blank line is a row of as many
    cells, or the heading again."""
    following = next((line for line in lines[row + 1 : row + 4] if line.text.strip()), None)
    if following is None or "\t" not in following.text:
        return False
    width = max(c for c in (columns.action, columns.who, columns.when, columns.number) if c is not None) + 1
    return len(following.text.split("\t")) >= width


def _item_of(cells: list[str], columns: _Columns, current: str | None) -> str | None:
    """The row's agenda item: its number cell ("3", "3.2", "Item 4 – Ofsted") or the first cell's number, else the
    item above (a continuation row)."""
    for column in (columns.number, 0):
        if column is None or column >= len(cells) or column == columns.action:
            continue
        found = _ITEM_NUMBER.match(cells[column])
        if found:
            return str(int(found["n"]))
    return current


_INITIALS_PIECE = re.compile(r"(?:^|[\s(/])[A-Z]{2,4}\)?\n|\n[A-Z]{2,4}$")  # initials either side of a wrap
