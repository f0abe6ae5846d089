"""Attendance tables whose lists sit side by side: the lists as column heads with their entries one or more to a
cell, wrapped as text pasted from a PDF has them ("Present | Apologies"), or as row heads ("Present | Jane Roe
(Police); ...", "Apologies | A; B | Police; CCG").
"""

from __future__ import annotations

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
