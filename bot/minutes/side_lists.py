"""Attendance tables whose lists sit side by side: the lists as column heads with their entries one or more to a
cell, wrapped as text pasted from a PDF has them ("Present | Apologies"), as row heads ("Present | Jane Roe
(Police); ...", "Apologies | A; B | Police; CCG"), or as columns of ticks beside one column of names.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.minutes.entries import _person, _split_entries, _starts_with_name, _with_cells
from bot.minutes.lines import _Line
from bot.minutes.lists import _kind_of_head
from bot.minutes.markers import _LABEL, label_kind
from bot.minutes.roll import Roll


def _name_columns(lines: list[_Line], index: int, roles: dict[int, str], roll: Roll) -> int:
    """A table of lists side by side ("Present | Apologies"), its entries one or more to a cell or wrapped over
    several lines as text pasted from a PDF has them: a cell that starts with a name starts an entry, anything
    else continues the entry above it in its column."""
    columns = sorted(roles)
    current: dict[int, list[list[str]]] = {column: [] for column in columns}  # [kind, entry]
    kinds = dict(roles)
    row = index + 1
    while row < len(lines) and lines[row].text.strip() and not _LABEL.match(lines[row].text.strip()):
        for position, cell in enumerate(c.strip() for c in lines[row].text.split("\t")):
            if not cell:
                continue
            column = max((c for c in columns if c <= position), default=columns[0])
            entries = current[column]
            head = _LABEL.match(cell)
            if head is not None and not head["rest"].strip():  # "Not present:" further down the column
                kinds[column] = label_kind(head["label"])
                entries.append([kinds[column], ""])
            elif not entries or (_starts_with_name(cell) and not cell.startswith("(")):
                entries.append([kinds[column], cell])
            else:
                joiner = "" if entries[-1][1].endswith("-") else " "  # "Co-" + "ordinator"
                entries[-1][1] = f"{entries[-1][1]}{joiner}{cell}".strip()
        row += 1
    for column in columns:
        for kind, entry in current[column]:
            parts: list[str] = []
            for part in _split_entries(entry, inline=False) if ";" in entry else [entry]:
                if parts and part and not _starts_with_name(part):  # "Name (XX); Role, Agency; (for Y)": one person
                    parts[-1] = f"{parts[-1]}{' ' if part.startswith('(') else ', '}{part}"
                elif part:
                    parts.append(part)
            people = [_with_cells(part, "", "") for part in parts]
            roll.add(kind, [p for p in people if p is not None])
    return row


def _row_table(lines: list[_Line], index: int, roll: Roll) -> int | None:
    """A table whose first column names the lists ("Present | Jane Roe (Police); Tom Smith (CCG)"), a row per
    list or per person; a row with an empty first cell continues the list above."""
    kind = _kind_of_head(lines[index].text.split("\t")[0])
    if kind is None or not any(c.strip() for c in lines[index].text.split("\t")[1:]):
        return None
    row = index
    while row < len(lines) and "\t" in lines[row].text:
        cells = [c.strip() for c in lines[row].text.split("\t")]
        head = _kind_of_head(cells[0]) if cells[0] else None
        if cells[0] and head is None:
            break
        kind = head or kind
        rest = [c for c in cells[1:] if c]
        names, places = (rest[0].split("; "), rest[1].split("; ")) if len(rest) == 2 else ([], [])
        if len(rest) >= 2 and _person(rest[0]) is not None and _person(rest[1]) is None:
            people = [_with_cells(rest[0], rest[1], "")]  # a person a row: name | agency
        elif len(names) > 1 and len(names) == len(places) and _person(places[0]) is None:
            people = [_with_cells(n, a, "") for n, a in zip(names, places, strict=True)]  # "A; B | Police; CCG"
        else:
            people = [_person(e) for cell in rest for e in _split_entries(cell, inline=True)]
        roll.add(kind, [p for p in people if p is not None])
        row += 1
    return row


_TICK = re.compile(r"^(?:[✓✔√☑✗✘xX•*]|yes|y)$", re.I)
_TICK_NOTED = re.compile(  # "X; (rep. by HF)": a tick, and who came for the member
    r"^(?P<tick>[✓✔√☑✗✘xX•*]|yes|y)\s*[;,:–—-]?\s*(?P<note>\(?\s*(?:rep|represented|deputy|deputised|sub)\b.*)$", re.I
)


def _tick(cell: str) -> tuple[bool, str]:
    """Whether a list column's cell holds a tick, and the note of a deputy written beside it ("X; (rep. by HF)")."""
    if _TICK.match(cell):
        return True, ""
    noted = _TICK_NOTED.match(cell)
    return (True, noted["note"]) if noted else (False, "")


def _tick_table(
    lines: list[_Line],
    index: int,
    heads: list[str],
    roles: dict[int, str],
    agency_of: dict[int, int],
    roll: Roll,
    deputy_at: int | None = None,
    name_of: Callable[[list[str], int], str] | None = None,
) -> int | None:
    """Everyone in one table with a column of names and a column per list ("Present | Apols") holding a tick in the
    row's list, and perhaps a "Deputy" column (or a note beside the tick) naming who came for a member who sent
    apologies; a row with no tick is a member not present. A row holding only a list's label ("IN ATTENDANCE")
    puts the rows under it in that list. ``name_of`` gives a row's name cell (with its initials cell). None when
    the list columns hold no ticks."""
    names = [c for c in roles if heads[c].lower() in {"name", "names", "member", "members"}]
    marks = {c: kind for c, kind in roles.items() if c not in names}
    if len(names) != 1 or not marks:
        return None
    rows: list[tuple[list[str], str | None]] = []  # each row's cells, and the list a label row above puts it in
    section: str | None = None
    row = index + 1
    while row < len(lines) and "\t" in lines[row].text:
        label = _LABEL.match(lines[row].text.strip())
        if label and label["rest"].strip():
            break
        if label:  # "<tab>IN ATTENDANCE<tab><tab>": a label row inside the table
            section = label_kind(label["label"])
        else:
            rows.append(([c.strip() for c in lines[row].text.split("\t")], section))
        row += 1
    marked = [cells[c] for cells, _ in rows for c in marks if c < len(cells) and cells[c]]
    if not marked or not all(_tick(m)[0] for m in marked):
        return None
    name_at = names[0]
    for cells, under in rows:
        name = (name_of(cells, name_at) if name_of else cells[name_at]) if name_at < len(cells) else ""
        ticks = [(kind, _tick(cells[c])[1]) for c, kind in marks.items() if c < len(cells) and _tick(cells[c])[0]]
        agency = cells[agency_of[name_at]] if name_at in agency_of and agency_of[name_at] < len(cells) else ""
        kind, note = ticks[0] if ticks else ("absent", "")
        deputy = cells[deputy_at] if deputy_at is not None and deputy_at < len(cells) and kind == "apologies" else ""
        person = _with_cells(name, f"{agency} {note}".strip(), deputy.strip(" –—-")) if name else None
        if person is not None:
            roll.add(under or kind, [person])
    return row
