"""An "Action" column that holds only the owner, beside the minute's numbered paragraphs, with no ruled heading row.

A borderless minute table read from a PDF comes as its heading ("Action", "Action by", "Lead") on a line of its
own, then paragraphs, those with something in the column as rows of two cells ("3.3 It was agreed that GT and PS
would prepare a paper ...<tab>GT/PS"). Each such row is an action: its owner is the cell, what is to be done the
sentence of the paragraph that names them (else the paragraph's first). Paragraphs with nothing in the column, or
"Noted", are left to be read as text.
"""

from __future__ import annotations

import re

from bot.minutes.action_tables import _columns, _item_of
from bot.minutes.lines import _Line
from bot.minutes.table_rows import TableAction, _Columns, _derived

_HEAD = re.compile(r"^(?:actions?|action\s+by|by\s+whom|who|lead|owner|responsible|responsibility)\s*:?$", re.I)
_OWNER_CELL = re.compile(r"^[A-Z][^.;:!?]{0,39}$|^(?:noted|none|n/?a|-|–|—)\.?$", re.I)
_LINES = _Columns(-1, 1, None, None)
_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,2}){0,2}\.?\s+(?=\S)")  # "3.3 It was agreed ...": the paragraph's number


def owner_column(lines: list[_Line], index: int, skip: set[int]) -> tuple[list[TableAction], set[int]] | None:
    """The actions of the owner column headed at ``index`` and the lines they take; None unless at least two
    paragraphs below have an owner cell."""
    if not _HEAD.match(lines[index].text.strip()):
        return None
    actions: list[TableAction] = []
    used = {index}
    rows = 0
    item = lines[index].item
    for row in range(index + 1, len(lines)):
        text = lines[row].text
        if row in skip or "\t" not in text:
            continue  # the minute's other paragraphs: read as text
        cells = [c.strip() for c in text.split("\t")]
        if _columns(cells) is not None or (_HEAD.match(cells[-1]) and len(cells) > 2):
            break  # another table
        if len(cells) != 2 or len(cells[0].split()) < 6 or len(cells[1].split()) > 6 or not _OWNER_CELL.match(cells[1]):
            continue
        rows += 1
        used.add(row)
        item = _item_of(cells, _Columns(-1, 1, None, 0), lines[row].item or item)
        actions.extend(_derived([_NUMBER.sub("", cells[0]), cells[1]], _LINES, item))
    return (actions, used) if rows >= 2 else None
