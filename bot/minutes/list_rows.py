"""What a row of a list of people pasted as text holds: names in columns (a surname that is also a post's word,
"Mark Senior"; a second column of titled names), two people a row whose posts read like names ("Bereavement
Nurse"), and the rows that go on below a label's own cell past a gap."""

from __future__ import annotations

import re

from bot.minutes.entries import _is_role, _starts_with_name
from bot.minutes.lines import _Line
from bot.minutes.markers import _LABEL
from bot.minutes.people import person_name


def rows_below(lines: list[_Line], row: int) -> bool:
    """Whether the next line with text (past a wrapped cell and an empty line) is a row that starts with a name."""
    following = [line.text for line in lines[row : row + 4] if line.text.strip()]
    return any("\t" in text and _starts_with_name(text) for text in following[:2])


_TITLED = re.compile(r"^(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Prof|Rev|Revd|Fr|DCI|DI|DS|Supt|Det\s+Supt)\.?\s+[A-Z]")


def titled_column(lines: list[_Line], row: int) -> bool:
    """Whether the rows from ``row`` to the list's end hold two names a row, a second column's name written with
    its title ("Dr Jonathan Lister<tab>Cllr Pamela Rigby"): names in columns, not a name and an agency."""
    rows = []
    for line in lines[row : row + 12]:
        if not line.text.strip() or _LABEL.match(line.text.strip()):
            break
        rows.append([c.strip() for c in line.text.split("\t") if c.strip()])
    return all(len(r) <= 2 and all(person_name(c) is not None for c in r) for r in rows) and any(
        len(r) == 2 and _TITLED.match(r[1]) for r in rows
    )


def plain_name(cell: str) -> bool:
    """Whether a cell among names in columns is a name, its surname a word that is also a post's ("Mark Senior")."""
    return bool(re.fullmatch(r"(?:[A-Z][a-z]+\s+){1,2}[A-Z][a-z'’-]+", cell)) and not _is_role(cell)


def named_not_post(cell: str) -> bool:
    """Whether a cell starts with someone's name, not a post that reads like one ("Bereavement Nurse, Trust")."""
    return _starts_with_name(cell) and not _is_role(re.split(r"[,(]|\s[–—-]\s", cell, maxsplit=1)[0].strip())
