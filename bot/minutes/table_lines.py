"""Which lines belong to an attendance table pasted or extracted as text: its rows, a heading across them ("LOCAL
AUTHORITY"), a cell's words wrapped onto a line of their own ("Foundation Trust"), a deputy's note under its row
("(for Supt G Rowntree)"), and a row that lost its empty first cell.
"""

from __future__ import annotations

import re

from bot.minutes.entries import _starts_with_name
from bot.minutes.lines import _Line
from bot.minutes.markers import _LABEL
from bot.minutes.people import person_name

INITIALS = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z'’]{1,3}")  # "JW", "JAl", "KO'R": two capitals at least
INITIALS_HEAD = re.compile(r"^(?:initials?|init\.?|inits?\.?)$", re.I)


def short_of_agency(values: list[str], heads: list[str]) -> bool:
    """Whether a row of a table with the agency first has lost its empty agency cell: a name first, its initials
    last under the initials' heading."""
    return (
        _starts_with_name(values[0])
        and INITIALS_HEAD.match(heads[-1]) is not None
        and INITIALS.fullmatch(values[-1]) is not None
    )


NOTE_BELOW = re.compile(r"^\s*\((?:for|on behalf of|deputising|representing|rep\.?)\b[^()]*\)\s*$", re.I)


def wrapped_row(lines: list[_Line], row: int) -> bool:
    """A line of a table pasted as text holding only the words of a cell wrapped under its row ("Foundation
    Trust"), the table's rows going on after it."""
    text = lines[row].text.strip()
    if not text or len(text) > 40 or _LABEL.match(text) or _starts_with_name(text):
        return False
    behind = next((n for n in range(row - 1, max(row - 4, -1), -1) if "\t" in lines[n].text), None)
    ahead = next((n for n in range(row + 1, min(row + 4, len(lines))) if "\t" in lines[n].text), None)
    return (
        behind is not None
        and ahead is not None
        and all(0 < len(lines[n].text.strip()) <= 40 for n in range(behind + 1, ahead))
    )


def first_cell_only(lines: list[_Line], row: int) -> bool:
    """A row after a table's rows whose only cell is its first, a name (its empty cells after it lost)."""
    if "\t" in lines[row].text or not _starts_with_name(lines[row].text):
        return False
    above = row - 1
    while above > max(row - 40, 0) and "\t" not in lines[above].text and _starts_with_name(lines[above].text):
        above -= 1  # rows like it above, up to the table's last full row
    return "\t" in lines[above].text


def sector_row(lines: list[_Line], row: int) -> bool:
    """A short line of its own between an attendance table's rows, the next line a row: a heading across them."""
    text = lines[row].text.strip()
    following = lines[row + 1].text if row + 1 < len(lines) else ""
    return 0 < len(text) <= 60 and "\t" in following and not _LABEL.match(text) and person_name(text) is None


def section_row(lines: list[_Line], row: int) -> bool:
    """A short line without cells between a table's rows ("Relevant Agencies", "Members", its empty cells lost): a
    heading over the rows after it."""
    text = lines[row].text.strip()
    label = _LABEL.match(text)
    return (
        0 < len(text) <= 60
        and row + 1 < len(lines)
        and lines[row + 1].text.count("\t") >= 2
        and not (label and label["rest"].strip())
        and person_name(text) is None
    )
