"""Who came, who sent apologies, who was there as an officer or guest, and who was absent, as the minutes write it.

Read from attendance tables with the lists as column heads ("Attendees / Agency / Apologies / Agency") or as row
heads ("Present | Jane Roe (Police); ..."), and from "Present:", "In attendance:", "Apologies:" and "Not
present:" lists, on one line ("A, B and C", "C SMITH,   R JONES,") or one person a line, where an entry's role or
agency may wrap onto the next line. "In attendance" (officers, minute takers, guests) and "Not present" are
neither members present nor apologies. Only text that looks like a person's name makes a person
(:func:`bot.minutes.people.person_name`). Matching people to the roster is the importer's job.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from bot.minutes.lines import _BULLET, _Line
from bot.minutes.markers import _ACTION_MARK, _FIELD, _LABEL, _NEXT_MEETING, APOLOGIES_SENTENCE, label_kind
from bot.minutes.people import person_name
from bot.minutes.results import Person
from bot.understanding.text import fold

_HEAD_WORDS = re.compile(
    r"^(?:(?P<present>attendees|attendance|present|members present|those present|name|members)|"
    r"(?P<others>in attendance|also in attendance|also present|officers|guests?|observers?)|"
    r"(?P<absent>not present|absent|members not present)|"
    r"(?P<apologies>apolog(?:y|ies)(?:\s+(?:received|for absence|from))*))\s*:?$",
    re.I,
)
_AGENCY_WORDS = re.compile(
    r"^(?:agency|organi[sz]ation|role|representing|service|agency/role|role/agency|title|designation|job title|"
    r"position|organi[sz]ation/role)$",
    re.I,
)
_REP_WORDS = re.compile(r"^(?:represented by|representative|rep|deputy|substitute|named representative)$", re.I)
_REPRESENTED = re.compile(
    r"(?:[,;]\s*)?(?:[–—-]\s*)?(?:\(\s*)?(?:represented\s+by|deputised\s+by|deputized\s+by|"
    r"rep(?:resentative)?\s*[:–—-]|representative\s+(?=[A-Z])|rep\.?\s+by|deputy\s*[:–—-]|substitute\s*[:–—-]|"
    r"[–—-]\s*(?=[^()\n]{1,80}?\s+(?:attended|attending|deputised|deputising)\b))"
    r"\s*(?P<rep>[^()\n]{1,80}?)(?:\s+(?:attended|attending|deputised|deputising)(?: instead)?)?\s*\)?\s*[.;,]?\s*$",
    re.I,
)
_REPRESENTING = re.compile(
    r"(?:\(\s*(?:also\s+)?(?:representing|on behalf of|for)\s+|\b(?:also\s+)?(?:representing|on behalf of)\s+)"
    r"(?!(?:item|items|minute|agenda|part)\b)(?P<whom>[^()\n]{2,100}?)\s*\)?$",
    re.I,
)
_REPRESENTING_BRACKETED = re.compile(
    r"\(\s*(?:also\s+)?(?:representing|on behalf of|for)\s+(?!(?:item|items|minute|agenda|part)\b)"
    r"(?P<whom>[^()\n]{2,100}?)\s*\)",
    re.I,
)
_MINUTE_TAKER = re.compile(r"^(?:minutes?|notes|clerk)$|\(minutes\)|\bminute[- ]?taker\b|\bnote[- ]?taker\b", re.I)
_ROLE_WORDS = re.compile(
    r"\b(?:chair|chairman|chairperson|manager|director|officer|head|lead|nurse|doctor|designated|named|advis[eo]r|"
    r"governor|inspector|superintendent|consultant|principal|co-?ordinator|commissioner|administrator|secretary|"
    r"minute taker|minutes|clerk|practitioner|specialist|member|representative|headteacher|dci|detective|"
    r"paediatrician|lado|cabinet|portfolio|vice|commander|constable|sergeant|councillor|executive|matron|midwife|"
    r"worker|deputy|assistant|associate|gp|adviser|coordinator|minute-taker|ceo|dcs|das|dass)\b",
    re.I,
)
_ITEM_NOTE = re.compile(
    r"\s*(?:\(\s*|[–—-]\s*|,\s*)?(?:for\s+|attending\s+for\s+)?(?:agenda\s+)?(?:items?|minutes?|min\.?)\s+"
    r"\d[\d.,&\s]*(?:and\s+\d+\s*)?(?:only)?\s*\)?",
    re.I,
)
_INITIAL_SURNAME = re.compile(r"^\s*(?:[A-Z][a-z]{0,4}\.?\s+)?[A-Z]\.?\s+[A-Z][A-Z'’-]+\b")  # "C SMITH", "Dr Y NAIDOO"
_COMMA_LIST = re.compile(r"[,;]")
_AND_LIST = re.compile(r"[,;]|\s+and\s+|\s{3,}")
_NOT_PEOPLE = frozenset({"none", "nil", "n/a", "na", "no apologies", "none received", "nobody", "-"})


@dataclass
class Roll:
    """The attendance of one meeting as written: members present, apologies, others there, members absent."""

    present: list[Person] = field(default_factory=list)
    apologies: list[Person] = field(default_factory=list)
    others: list[Person] = field(default_factory=list)
    absent: list[Person] = field(default_factory=list)

    def add(self, kind: str, people: list[Person]) -> None:
        getattr(self, kind).extend(people)

    def everyone(self) -> list[Person]:
        return [*self.present, *self.apologies, *self.others, *self.absent]


def _person(entry: str, representative: str | None = None) -> Person | None:
    """ "Name (Agency)", "Name – Role, Agency", "Name, Agency", "Name (JR)" or "Name", with a representative note;
    None unless the name is a person's."""
    entry = _BULLET.sub("", entry.strip()).strip(" ;,.")
    rep = _REPRESENTED.search(entry)
    if rep:
        representative = rep["rep"].strip(" .;,()–—-") or None
        entry = entry[: rep.start()].strip(" ;,.–—-")
        if entry.count("(") > entry.count(")"):
            entry += ")"
    on_behalf = None
    inside = _REPRESENTING_BRACKETED.search(entry)
    representing = inside or _REPRESENTING.search(entry)
    if representing and representing.start() > 0:
        on_behalf = representing["whom"].strip(" .;,")
        if inside:  # "(on behalf of DCI Lorraine Hext), Hertfordshire Constabulary": the rest stays
            entry = f"{entry[: inside.start()]} {entry[inside.end() :]}".strip(" ;,.–—-")
        else:
            entry = entry[: representing.start()].strip(" ;,.–—-(")
    name, rest = _name_and_rest(entry)
    found = person_name(name)
    if found is None or fold(found.name) in _NOT_PEOPLE:
        return None
    role, agency = _role_and_agency(rest)
    whom = person_name(re.split(r",|\s[–—-]\s", on_behalf)[0]) if on_behalf else None  # "Carol Jenner, Head of X"
    if on_behalf and whom is None:
        agency = agency or on_behalf  # "(representing Probation)": the agency they came for
    if representative:
        named = person_name(representative)
        representative = named.name if named else None  # "represented by the CCG" names no one
    return Person(found.name, agency, representative, role=role, initials=found.initials,
                  representing=whom.name if whom else None)  # fmt: skip


def _name_and_rest(entry: str) -> tuple[str, str]:
    """Split an entry into the name and what follows it (agency, role), by brackets, a dash or a comma."""
    initials = re.match(r"^(?P<n>[^()]{1,80}?\s*\(\s*[A-Z][A-Za-z]{1,3}\s*\))\s*(?P<rest>.*)$", entry)
    found = person_name(initials["n"]) if initials else None
    if initials and found is not None and found.initials:  # "(JR)" fits Jane Roe; "(DSCB)" is her agency
        rest = initials["rest"].strip(" ,;–—-")
        return initials["n"], rest.strip("()") if rest.startswith("(") and rest.endswith(")") else rest
    bracket = re.match(r"^(?P<n>[^()]{1,80}?)\s*\((?P<rest>[^\n]{0,160})\)\s*[.;,]?$", entry)
    if bracket and not re.search(r",\s|\s[–—-]\s|\t", bracket["n"]):
        return bracket["n"], bracket["rest"]
    dash = re.search(r"\s[–—-]\s|\t|,\s", entry)
    if dash and dash[0].startswith(","):
        return entry[: dash.start()], entry[dash.end() :]
    if dash:
        head, tail = entry[: dash.start()], entry[dash.end() :]
        initials_tail = re.match(r"^(?P<i>[A-Z]{2,4})\b\s*(?:[,–—-]\s*)?(?P<rest>.*)$", tail)
        fits = person_name(f"{head} ({initials_tail['i']})") if initials_tail else None
        if initials_tail and fits is not None and fits.initials:  # "Jane Roe – JR, Police"
            return f"{head} ({initials_tail['i']})", initials_tail["rest"]
        return head, tail
    return entry, ""


def _role_and_agency(rest: str) -> tuple[str | None, str | None]:
    """ "Designated Nurse, Northshire CCG" -> (role, agency): the leading parts that name a job are the role
    ("Chair, Cabinet Member for Adult Services"), the rest the agency ("DMBC – Directorate of People")."""
    rest = _ITEM_NOTE.sub("", rest).strip(" ;,.–—-")  # "(item 5 only)", "– for item 3": when, not who
    if rest.startswith("(") and rest.endswith(")") and rest.count("(") == 1:
        rest = rest[1:-1]
    if not rest:
        return None, None
    cuts = [0, *(m.end() for m in re.finditer(r",\s*|\s[–—-]\s", rest)), len(rest) + 1]
    parts = [rest[a:b].strip(" ,;–—-") for a, b in itertools.pairwise(cuts)]
    roles = 0
    while roles < len(parts) and _is_role(parts[roles]):
        roles += 1
    if roles == 0:
        trailing = [p for p in parts if _is_role(p)]
        if len(parts) == 2 and trailing == parts[1:]:  # "Northshire CCG, Designated Nurse"
            return parts[1], parts[0]
        pieces = [p.strip() for p in rest.split(",")]
        bodies = [p for p in pieces if _ORGANISATION.search(p)]
        if len(pieces) > 1 and len(bodies) == 1:  # "West Midlands Police, Public Protection": the police
            return None, bodies[0]
        return None, rest
    role = rest[: cuts[roles] if roles < len(parts) else len(rest)].strip(" ,;–—-")
    agency = rest[cuts[roles] :].strip(" ,;–—-") if roles < len(parts) else ""
    return role or None, agency or None


_ORGANISATION = re.compile(
    r"\b(?:police|constabulary|council|trust|ccg|nhs|pct|cafcass|probation|service|commission|authority|college|"
    r"school|homes|association|hospital|university)\b",
    re.I,
)


def _is_role(part: str) -> bool:
    """A job: it ends with what the person is ("Safeguarding Adults Board Manager"), or names one and no
    organisation ("Head of Safeguarding", "Cabinet Member for Adult Services")."""
    words = re.sub(r"\s*\([^()]*\)$", "", part).split()
    if not words:
        return False
    if _ROLE_WORDS.fullmatch(words[-1]) or _ROLE_WORDS.match(part):
        return True
    return bool(_ROLE_WORDS.search(part)) and not re.search(
        r"\b(?:trust|council|police|ccg|nhs|constabulary|commission|cafcass|probation service)\b", part, re.I
    )


def _split_entries(text: str, inline: bool) -> list[str]:
    """Entries of a list on one line: "A (X), B (Y) and C (Z)", "A, X; B, Y", "C SMITH,   R JONES," or "A, B and
    C" after a label."""
    if ";" in text:  # "A, Agency; B, Agency": the semicolons part people
        pieces = _split_outside_parentheses(text, re.compile(";"))
    elif "(" in text:
        pieces = _split_outside_parentheses(text, _AND_LIST if inline else _COMMA_LIST)
    elif inline or re.search(r",\s*\S[^,]*,", text) or re.search(r"\S\s{3,}\S", text):
        pieces = _AND_LIST.split(text)
    else:
        pieces = [text]
    named = [p for p in pieces if p.strip()]
    if (
        not inline
        and ";" not in text
        and len(named) > 1
        and not (
            all(_starts_with_name(p) for p in named)
            and (len(named) >= 3 or all(_INITIAL_SURNAME.match(p) for p in named))
        )
    ):
        pieces = [text]  # "Jane Roe (JR), Harwood Homes": one person and where they are from
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


def _attendance(lines: list[_Line], used: set[int]) -> Roll:
    """The attendance from tables and labelled lists; a person listed twice is kept once, where first listed."""
    roll = Roll()
    index = 0
    while index < len(lines):
        text = lines[index].text
        if "\t" in text and index not in used:
            table = _column_table(lines, index, roll) or _row_table(lines, index, roll)
            if table is not None:
                index = table
                continue
        said = APOLOGIES_SENTENCE.search(text) if len(text) < 10_000 else None
        if said:  # "Apologies for absence were received from R HENSHAW, L O'NEILL and W YATES."
            sent = [_person(e) for e in _split_entries(said["rest"], inline=True)]
            roll.add("apologies", [p for p in sent if p is not None])
        label = _LABEL.match(text.strip()) if len(text) < 10_000 and index not in used else None
        if label:
            listed, index = _list(lines, index, label["rest"])
            roll.add(label_kind(label["label"]), listed)
            continue
        index += 1
    takers = [p for p in roll.present if p.role and _MINUTE_TAKER.search(p.role.strip())]
    roll.present = [p for p in roll.present if p not in takers]  # the minute taker is there, not a member
    roll.others = [*roll.others, *takers]
    _link_representing(roll)
    seen: set[str] = set()
    for kind in ("present", "apologies", "others", "absent"):
        kept = []
        for person in getattr(roll, kind):
            if fold(person.name) not in seen:
                seen.add(fold(person.name))
                kept.append(person)
        setattr(roll, kind, kept)
    return roll


def _link_representing(roll: Roll) -> None:
    """ "Tom Smith (representing Jane Roe)" present: Tom is Jane's named representative on her apology."""
    for person in roll.present:
        if person.representing is None:
            continue
        for number, absent in enumerate(roll.apologies):
            if fold(absent.name) == fold(person.representing) and absent.representative is None:
                roll.apologies[number] = Person(absent.name, absent.agency, person.name, absent.role, absent.initials)


def _kind_of_head(cell: str) -> str | None:
    found = _HEAD_WORDS.match(cell.strip())
    if not found:
        return None
    return next(kind for kind in ("present", "others", "absent", "apologies") if found[kind])


def _column_table(lines: list[_Line], index: int, roll: Roll) -> int | None:
    """A table whose heading row names the lists ("Attendees | Agency | Apologies | Agency")."""
    cells = [c.strip() for c in lines[index].text.split("\t")]
    roles: dict[int, str] = {}
    agency_of: dict[int, int] = {}
    rep_of: dict[int, int] = {}
    last_name: int | None = None
    for column, cell in enumerate(cells):
        kind = _kind_of_head(cell)
        if kind is not None:
            roles[column] = kind
            last_name = column
        elif last_name is not None and _AGENCY_WORDS.match(cell):
            agency_of.setdefault(last_name, column)
        elif last_name is not None and _REP_WORDS.match(cell):
            rep_of[last_name] = column
    if not roles or (len(roles) == 1 and cells[next(iter(roles))].lower() in {"name", "members"} and not agency_of):
        return None
    headings = {*roles, *agency_of.values(), *rep_of.values()}
    if any(cell and column not in headings for column, cell in enumerate(cells)):
        return None  # "Present | Jane Roe (Police); ...": the lists are row heads
    if not agency_of and not rep_of:
        return _name_columns(lines, index, roles, roll)
    row = index + 1
    while row < len(lines) and "\t" in lines[row].text and not _LABEL.match(lines[row].text.strip()):
        values = [c.strip() for c in lines[row].text.split("\t")]
        for column, kind in roles.items():
            name = values[column] if column < len(values) else ""
            if not name:
                continue
            agency = values[agency_of[column]] if column in agency_of and agency_of[column] < len(values) else ""
            rep = values[rep_of[column]] if column in rep_of and rep_of[column] < len(values) else ""
            for entry in _split_entries(name, inline=False) if ";" in name else [name]:
                person = _with_cells(entry, agency, rep)
                if person is not None:
                    roll.add(kind, [person])
        row += 1
    return row


def _name_columns(lines: list[_Line], index: int, roles: dict[int, str], roll: Roll) -> int:
    """A table of lists side by side ("Present | Apologies"), its entries one or more to a cell or wrapped over
    several lines as text pasted from a PDF has them: a cell that starts with a name starts an entry, anything
    else continues the entry above it in its column."""
    columns = sorted(roles)
    current: dict[int, list[str]] = {column: [] for column in columns}
    row = index + 1
    while row < len(lines) and lines[row].text.strip() and not _LABEL.match(lines[row].text.strip()):
        for position, cell in enumerate(c.strip() for c in lines[row].text.split("\t")):
            if not cell:
                continue
            column = max((c for c in columns if c <= position), default=columns[0])
            entries = current[column]
            if not entries or (_starts_with_name(cell) and not cell.startswith("(")):
                entries.append(cell)
            else:
                joiner = "" if entries[-1].endswith("-") else " "  # "Co-" + "ordinator"
                entries[-1] = f"{entries[-1]}{joiner}{cell}"
        row += 1
    for column in columns:
        for entry in current[column]:
            parts = _split_entries(entry, inline=False) if ";" in entry else [entry]
            people = [_with_cells(part, "", "") for part in parts]
            roll.add(roles[column], [p for p in people if p is not None])
    return row


def _with_cells(name: str, agency: str, rep: str) -> Person | None:
    behalf = _REPRESENTING_BRACKETED.search(agency)
    if behalf:  # "Head of Early Help (for Anne Fairclough)" in the role cell
        name, agency = f"{name} {behalf[0]}", f"{agency[: behalf.start()]} {agency[behalf.end() :]}".strip()
    representative = rep.strip(" .") or None
    note = _REPRESENTED.search(agency)
    if note:
        representative = representative or note["rep"].strip(" .;,()–—-") or None
        agency = agency[: note.start()]
    person = _person(name, representative)
    if person is not None and agency.strip(" ;,.") and person.agency is None and person.role is None:
        role, written = _role_and_agency(agency)
        person = Person(person.name, written, person.representative, role, person.initials, person.representing)
    return person


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
        if len(rest) >= 2 and _person(rest[0]) is not None and _person(rest[1]) is None:
            people = [_with_cells(rest[0], rest[1], "")]  # a person a row: name | agency
        else:
            people = [_person(e) for cell in rest for e in _split_entries(cell, inline=True)]
        roll.add(kind, [p for p in people if p is not None])
        row += 1
    return row


def _list(lines: list[_Line], index: int, rest: str) -> tuple[list[Person], int]:
    """The people of a labelled list: on the label's line, or one (or a few) a line until the list ends; a line
    that starts with no name continues the entry above ("Foundation Trust" wrapped from the line before)."""
    if rest.strip():
        row = index + 1
        while row < len(lines) and _wraps_on(lines, index, row, rest):  # the list goes on over the next lines
            rest = f"{rest} {lines[row].text.strip()}"
            row += 1
        people = [_person(e) for e in _split_entries(rest, inline=True)]
        return [p for p in people if p is not None], row
    entries: list[str] = []
    row = index + 1
    while row < len(lines):
        line = lines[row]
        text = line.text.strip()
        if not text:
            upcoming = next((later for later in lines[row + 1 : row + 4] if later.text.strip()), None)
            if entries and not (upcoming is not None and (upcoming.bulleted or _starts_with_name(upcoming.text))):
                break
            if not entries and row - index > 3:
                break
            row += 1
            continue
        if len(text) > 160 and _is_name_list(text):  # the whole list as one paragraph under its label
            entries.extend(_split_entries(text, inline=True))
            row += 1
            continue
        if "\t" in text and _is_heading_row(text):  # "Name | Designation | Agency" under the label
            row += 1
            continue
        if "\t" in text and _starts_with_name(text.split("\t")[0]):  # a row of a two-column list: name | agency
            raw = _balanced([c.strip() for c in text.split("\t") if c.strip(" ,;")])
            cells = [re.sub(r"^and\s+", "", c.strip(" ,;.")) for c in raw]
            listed = len(cells) >= 3 or any(c.endswith(",") for c in raw) or len(cells) == 1
            if listed and all(_starts_with_name(c) for c in cells):  # names in columns: "C SMITH,<tab>R JONES,"
                entries.extend(cells)
            else:
                entries.append(f"{cells[0]} – {', '.join(cells[1:])}" if len(cells) > 1 else cells[0])
            row += 1
            continue
        if (
            ("\t" in text and not entries)
            or _LABEL.match(text)
            or _NEXT_MEETING.match(text)
            or _FIELD.match(text)
            or (lines[row].item != lines[index].item)
            or len(text) > 160
            or _ACTION_MARK.search(text)
        ):
            break
        if not line.bulleted and re.search(r"[.!?]$", text) and len(text.split()) > 10 and not _is_name_list(text):
            break
        if entries and not line.bulleted and (line.text.startswith("\t") or not _starts_with_name(text)):
            wrapped = ", ".join(c.strip() for c in text.split("\t") if c.strip())
            entries[-1] = f"{entries[-1]} {wrapped}"  # a wrapped role, agency or "(representing ...)"
        else:
            entries.extend(_split_entries(text, inline=False))
        row += 1
    people = [_person(e) for e in entries]
    return [p for p in people if p is not None], row


def _balanced(cells: list[str]) -> list[str]:
    """Cells with a bracket opened in one and closed in the next joined again: "A COOKE (representing | D PARRY),"."""
    out: list[str] = []
    for cell in cells:
        if out and out[-1].count("(") > out[-1].count(")"):
            out[-1] = f"{out[-1]} {cell}"
        else:
            out.append(cell)
    return out


def _wraps_on(lines: list[_Line], index: int, row: int, rest: str) -> bool:
    """Whether line ``row`` continues a list written after its label ("Apologies: A (X), B (Y, represented" ...)."""
    text = lines[row].text.strip()
    if not text or "\t" in text or lines[row].item != lines[index].item or lines[row].bulleted:
        return False
    if _LABEL.match(text) or _FIELD.match(text) or _NEXT_MEETING.match(text) or _ACTION_MARK.search(text):
        return False
    return rest.rstrip().endswith((",", ";", "(", " and")) or rest.count("(") > rest.count(")") or text[:1].islower()


def _is_name_list(text: str) -> bool:
    """A paragraph that lists people: at least three entries, nearly all starting with a name."""
    pieces = _split_entries(text, inline=True)
    return len(pieces) >= 3 and sum(_starts_with_name(p) for p in pieces) >= 0.7 * len(pieces)


def _is_heading_row(text: str) -> bool:
    cells = [c.strip() for c in text.split("\t") if c.strip()]
    return bool(cells) and all(_kind_of_head(c) or _AGENCY_WORDS.match(c) or _REP_WORDS.match(c) for c in cells)


def _starts_with_name(text: str) -> bool:
    """Whether a line begins with a person's name (before a bracket, dash, comma or tab)."""
    head = re.split(r"\s*[(\t,]|\s[–—-]\s", text.strip(), maxsplit=1)[0]
    return person_name(head) is not None or bool(re.match(r"^[A-Z]\.?\s+[A-Z]{2,}", text.strip()))
