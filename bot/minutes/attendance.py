"""Who came and who sent apologies, with agencies and named representatives, as the minutes write them.

Read from attendance tables ("Attendees / Agency / Apologies / Agency") and from "Present:" and "Apologies:" lists,
on one line or one person a line. Matching people to the roster is the importer's job.
"""

from __future__ import annotations

import re

from bot.minutes.lines import _BULLET, _Line
from bot.minutes.markers import _ACTION_MARK, _FIELD, _LABEL, _NEXT_MEETING
from bot.minutes.results import Person
from bot.understanding.text import fold

_PRESENT_WORDS = re.compile(r"^(?:attendees|attendance|present|in attendance|members present|also present|name)$", re.I)
_APOLOGY_WORDS = re.compile(r"^apolog(?:y|ies)(?:\s+(?:received|for absence|from))*$", re.I)
_AGENCY_WORDS = re.compile(r"^(?:agency|organi[sz]ation|role|representing|service|agency/role|title)$", re.I)
_REP_WORDS = re.compile(r"^(?:represented by|representative|rep|deputy|substitute|named representative)$", re.I)
_REPRESENTED = re.compile(
    r"(?:[,;]\s*)?(?:[–—-]\s*)?(?:\(\s*)?(?:represented by|deputised by|deputized by|rep(?:resentative)?\s*[:–—-]|"
    r"rep\.?\s+by|deputy\s*[:–—-]|substitute\s*[:–—-])\s*(?P<rep>[^()\n]{1,80}?)\s*\)?\s*[.;,]?\s*$",
    re.I,
)
_NAME_AND_AGENCY = re.compile(r"^(?P<name>[^()]{1,80}?)\s*\((?P<agency>[^\n]{0,120})\)\s*[.;,]?$")
_COMMA_LIST = re.compile(r"[,;]")
_AND_LIST = re.compile(r"[,;]|\s+and\s+")
_NOT_PEOPLE = frozenset({"none", "nil", "n/a", "na", "no apologies", "none received", "nobody", "-"})


def _person(entry: str, representative: str | None = None) -> Person | None:
    """ "Name (Agency)", "Name – Agency", "Name, Agency" or "Name", with a representative note."""
    entry = _BULLET.sub("", entry.strip()).strip(" ;,.")
    rep = _REPRESENTED.search(entry)
    if rep:
        representative = rep["rep"].strip(" .;,()–—-") or None
        entry = entry[: rep.start()].strip(" ;,.–—-")
        if entry.count("(") > entry.count(")"):
            entry += ")"
    name, agency = entry, None
    paired = _NAME_AND_AGENCY.match(entry)
    dashed = re.search(r"\s[–—-]\s", entry)
    if paired:
        name, agency = paired["name"], paired["agency"]
    elif dashed:
        name, agency = entry[: dashed.start()], entry[dashed.end() :]
    elif ", " in entry:
        name, agency = entry.split(", ", 1)
    name = name.strip(" ;,.–—-")
    agency = agency.strip(" ;,.") if agency else None
    if not name or name.lower() in _NOT_PEOPLE or len(name) > 80 or not any(c.isalpha() for c in name):
        return None
    if len(name.split()) > 6:
        return None
    return Person(name, agency or None, representative)


def _split_entries(text: str, inline: bool) -> list[str]:
    """Entries of a list on one line: "A (X), B (Y) and C (Z)", "A, X; B, Y", or "A, B and C" after a label."""
    if "(" in text:
        pieces = _split_outside_parentheses(text, _AND_LIST if inline else _COMMA_LIST)
    elif ";" in text:
        pieces = text.split(";")
    elif inline:
        pieces = _AND_LIST.split(text)
    else:
        pieces = [text]
    merged: list[str] = []
    for piece in (p.strip() for p in pieces):
        if not piece:
            continue
        if merged and _REPRESENTED.match(", " + piece):
            merged[-1] += ", " + piece
        else:
            merged.append(piece)
    return merged


def _split_outside_parentheses(text: str, separator: re.Pattern[str]) -> list[str]:
    depth, depths = 0, []
    for char in text:
        depths.append(depth)
        depth = max(0, depth + (char == "(") - (char == ")"))
    pieces, begin = [], 0
    for found in separator.finditer(text):
        if depths[found.start()] == 0:
            pieces.append(text[begin : found.start()])
            begin = found.end()
    pieces.append(text[begin:])
    return pieces


def _attendance(lines: list[_Line], used: set[int]) -> tuple[list[Person], list[Person]]:
    """Attendees and apologies from attendance tables and "Present:" / "Apologies:" lists."""
    present: list[Person] = []
    apologies: list[Person] = []
    index = 0
    while index < len(lines):
        text = lines[index].text
        if "\t" in text and index not in used:
            table = _table(lines, index)
            if table is not None:
                rows_present, rows_apologies, index = table
                present.extend(rows_present)
                apologies.extend(rows_apologies)
                continue
        label = _LABEL.match(text.strip()) if len(text) < 10_000 and index not in used else None
        if label:
            target = apologies if label["label"].lower().startswith("apolog") else present
            people, index = _list(lines, index, label["rest"])
            target.extend(people)
            continue
        index += 1
    return _unique(present), _unique(apologies)


def _table(lines: list[_Line], index: int) -> tuple[list[Person], list[Person], int] | None:
    cells = [c.strip() for c in lines[index].text.split("\t")]
    roles: dict[int, tuple[str, int]] = {}  # name column -> (present|apologies, column)
    agency_of: dict[int, int] = {}
    rep_of: dict[int, int] = {}
    last_name: int | None = None
    for column, cell in enumerate(cells):
        if _PRESENT_WORDS.match(cell):
            roles[column] = ("present", column)
            last_name = column
        elif _APOLOGY_WORDS.match(cell):
            roles[column] = ("apologies", column)
            last_name = column
        elif last_name is not None and _AGENCY_WORDS.match(cell):
            agency_of[last_name] = column
        elif last_name is not None and _REP_WORDS.match(cell):
            rep_of[last_name] = column
    if not roles or all(kind == "present" and cells[c].lower() == "name" for c, (kind, _) in roles.items()):
        return None
    present: list[Person] = []
    apologies: list[Person] = []
    row = index + 1
    while row < len(lines) and "\t" in lines[row].text and not _LABEL.match(lines[row].text.strip()):
        values = [c.strip() for c in lines[row].text.split("\t")]
        for column, (kind, _) in roles.items():
            name = values[column] if column < len(values) else ""
            if not name:
                continue
            agency = values[agency_of[column]] if column in agency_of and agency_of[column] < len(values) else ""
            rep = values[rep_of[column]] if column in rep_of and rep_of[column] < len(values) else ""
            representative = rep.strip(" .") or None
            note = _REPRESENTED.search(agency)
            if note:
                representative = representative or note["rep"].strip(" .;,()–—-") or None
                agency = agency[: note.start()]
            person = _person(name, representative)
            if person is not None:
                if agency and person.agency is None:
                    person = Person(person.name, agency.strip(" ;,."), person.representative)
                (present if kind == "present" else apologies).append(person)
        row += 1
    return present, apologies, row


def _list(lines: list[_Line], index: int, rest: str) -> tuple[list[Person], int]:
    people: list[Person] = []
    if rest.strip():
        people.extend(p for p in (_person(e) for e in _split_entries(rest, inline=True)) if p is not None)
        return people, index + 1
    row = index + 1
    while row < len(lines):
        line = lines[row]
        text = line.text.strip()
        if not text:
            upcoming = next((later for later in lines[row + 1 : row + 4] if later.text.strip()), None)
            if people and not (upcoming is not None and upcoming.bulleted):
                break
            if not people and row - index > 3:
                break
            row += 1
            continue
        if (
            "\t" in text
            or _LABEL.match(text)
            or _NEXT_MEETING.match(text)
            or _FIELD.match(text)
            or (lines[row].item != lines[index].item)
            or len(text) > 160
            or _ACTION_MARK.search(text)
        ):
            break
        if not line.bulleted and re.search(r"[.!?]$", text) and len(text.split()) > 10:
            break
        people.extend(p for p in (_person(e) for e in _split_entries(text, inline=False)) if p is not None)
        row += 1
    return people, row


def _unique(people: list[Person]) -> list[Person]:
    seen: set[str] = set()
    out = []
    for person in people:
        key = fold(person.name)
        if key not in seen:
            seen.add(key)
            out.append(person)
    return out
