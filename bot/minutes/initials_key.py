"""Minutes that list who came by initials only ("Present: EB (Chair), JC, SA (for KG)"), with a table that keys
each set of initials to a name ("Initials | Name | Role | Organisation", above the lists or at the document's end).

The key table names everyone the notes use, whether they came or not, so it is not itself an attendance list:
each person comes from the list that names their initials, with the key's name, role and organisation.
"""

from __future__ import annotations

import re

from bot.minutes.entries import _split_entries
from bot.minutes.lines import _Line
from bot.minutes.markers import _LABEL
from bot.minutes.people import person_name
from bot.minutes.results import Person
from bot.minutes.table_lines import INITIALS, INITIALS_HEAD

_NAME_HEAD = re.compile(r"^(?:full\s+)?names?$", re.I)
_ROLE_HEAD = re.compile(r"^(?:(?:job\s+)?title|role|designation|position|post)$", re.I)
_BODY_HEAD = re.compile(r"^(?:agency|organi[sz]ation|service|representing)$", re.I)
_ENTRY = re.compile(r"^(?P<initials>[A-Z][A-Za-z'’-]{1,4})\s*(?:\((?P<note>[^()]*)\))?\.?$")
_FOR = re.compile(r"\b(?:for|deputising\s+for|on\s+behalf\s+of|representing)\s+(?P<whom>[A-Z][A-Za-z'’-]{1,4})\b")


def initials_key(lines: list[_Line]) -> tuple[dict[str, Person], set[int]]:
    """The people a key table names by their initials, and the key's lines (its heading and rows), when the
    minutes' lists of who came name people by those initials; nothing otherwise."""
    for index, line in enumerate(lines):
        heads = [c.strip() for c in line.text.split("\t")]
        at = next((n for n, h in enumerate(heads) if INITIALS_HEAD.match(h)), None)
        named = next((n for n, h in enumerate(heads) if _NAME_HEAD.match(h)), None)
        if at is None or named is None:
            continue
        key: dict[str, Person] = {}
        row = index + 1
        while row < len(lines) and "\t" in lines[row].text:
            cells = [c.strip() for c in lines[row].text.split("\t")]
            person = _keyed(cells, heads, at, named)
            if person is not None and person.initials:
                key[person.initials] = person
            row += 1
        if len(key) >= 3 and _listed_by_initials(lines, key):
            return key, set(range(index, row))
    return {}, set()


def _keyed(cells: list[str], heads: list[str], at: int, named: int) -> Person | None:
    def cell(pattern: re.Pattern[str]) -> str | None:
        column = next((n for n, h in enumerate(heads) if pattern.match(h)), None)
        return cells[column] or None if column is not None and column < len(cells) else None

    if max(at, named) >= len(cells) or not INITIALS.fullmatch(cells[at]):
        return None
    name = person_name(cells[named])
    if name is None:
        return None
    return Person(name.name, agency=cell(_BODY_HEAD), role=cell(_ROLE_HEAD), initials=cells[at])


def _listed_by_initials(lines: list[_Line], key: dict[str, Person]) -> bool:
    """Whether a labelled list of who came names people by the key's initials."""
    return any(
        (label := _LABEL.match(line.text.strip())) is not None and initials_listed(label["rest"], key) is not None
        for line in lines
        if len(line.text) < 2_000
    )


def initials_listed(text: str, key: dict[str, Person]) -> list[Person] | None:
    """The people a list of initials names ("EB (Chair), JC, SA (for KG)"), each as the key has them and a deputy
    with whom they came for; None unless the list is of the key's initials (most of its entries)."""
    entries = [e.strip() for e in _split_entries(text, inline=True) if e.strip()]
    found = [(_ENTRY.match(e), e) for e in entries]
    people: list[Person] = []
    for match, _ in found:
        if match is None or match["initials"] not in key:
            continue
        person = key[match["initials"]]
        whom = _FOR.search(match["note"] or "")
        if whom is not None and whom["whom"] in key:
            person = Person(person.name, person.agency, None, person.role, person.initials, key[whom["whom"]].name)
        people.append(person)
    return people if entries and len(people) * 5 >= len(entries) * 3 else None
