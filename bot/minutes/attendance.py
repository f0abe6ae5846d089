"""Who came, who sent apologies, who was there as an officer or guest, and who was absent, as the minutes write it.

Read from attendance tables with the lists as column heads ("Attendees / Agency / Apologies / Agency", a list's
head further down its column: "Not present:") or as row heads ("Present | Jane Roe (Police); ...", "Apologies |
A; B | Police; CCG"), roster tables with the post first and a status ("Membership | Name | Attendance":
"Apologies – Ruth Ingham (RI) attended"), and from labelled lists (:mod:`bot.minutes.lists`). "In attendance"
(officers, minute takers, guests) and "Not present" are neither members present nor apologies; a deputy named
only on the apology they stand in for came to the meeting. Only text that looks like a person's name makes a
person (:func:`bot.minutes.people.person_name`). Matching people to the roster is the importer's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from bot.minutes.apology_sentences import apologies_said
from bot.minutes.entries import _person, _split_entries, _with_cells, name_first
from bot.minutes.initials_key import initials_key, initials_listed
from bot.minutes.lines import _Line
from bot.minutes.list_rows import rows_below
from bot.minutes.lists import _AGENCY_WORDS, _REP_WORDS, _kind_of_head, _list, _one_a_line_below
from bot.minutes.mail_names import came_for, first_named, mail_names
from bot.minutes.markers import _LABEL, SENTENCE_STOP, label_kind
from bot.minutes.people import person_name, strip_title
from bot.minutes.results import Person
from bot.minutes.roll import (
    Roll,
    _chair_present,
    _deputies,
    _deputies_present,
    _full_names,
    _initials_key,
    _link_representing,
    _substitutions,
)
from bot.minutes.side_lists import _name_columns, _row_table, _tick_table
from bot.minutes.status_cells import (
    STANDS_IN,
    STATUS_CODES,
    behalf_of,
    deputy_in,
    entry_status,
    holds_names,
    key_codes,
    stands_for,
    status_of,
)
from bot.minutes.table_lines import (
    INITIALS,
    INITIALS_HEAD,
    NOTE_BELOW,
    first_cell_only,
    section_row,
    sector_row,
    short_of_agency,
    wrapped_row,
)
from bot.understanding.dates import MONTH_WORDS, month_of
from bot.understanding.text import fold

_STATUS_HEAD = re.compile(  # "P/A", "✓ / A / D / X", "Attendance", "Status"
    r"^(?:[p✓✔]\s*/\s*a(?:\s*/\s*[a-z✗✘]{1,2}){0,4}|attendance|attended\??|att\.?|status|present\s*/\s*apologies)$",
    re.I,
)
_CODE_HEADS = frozenset({"p", "a", "dna", "apols"})  # status codes as the heads of tick columns
_DATE_HEAD = re.compile(r"^\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?$")  # "17.03.16", "21/10": a meeting's column
_MONTH_HEAD = re.compile(rf"^(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{MONTH_WORDS})\.?(?:\s+\d{{2,4}})?$", re.I)  # "17 Nov"
_CODES_NOTED = re.compile(r"\((?:[A-Za-z✓✗]{1,5}\s*/\s*){1,5}[A-Za-z✓✗]{1,5}\)\s*$")  # "(Y/N/Apols)"
_MINUTE_TAKER = re.compile(
    r"^(?:minutes?|notes|clerk)$|\((?:minutes|notes)\)|\bminute[- ]?taker\b|\bnote[- ]?taker\b", re.I
)


def _attendance(lines: list[_Line], used: set[int], month: int | None = None, text_of_all: str | None = None) -> Roll:
    """The attendance from tables and labelled lists; a person listed twice is kept once, where first listed."""
    roll = Roll()
    lines = _labels_joined(lines)
    key, keyed = initials_key(lines)  # "Initials | Name | Role" keying lists of initials: not itself who came
    mail = mail_names(lines)  # notes e-mailed naming people by first name: the e-mail's "To:" names them in full
    index = 0
    under: tuple[int, str] | None = None  # (the row, the list): a label over no entries, a table may follow it
    while index < len(lines):
        text = lines[index].text
        if index in keyed:
            index += 1
            continue
        labelled = _LABEL.match(text.strip()) if "\t" in text and len(text) < 300 else None
        broken = index + 1 < len(lines) and "\t" not in lines[index + 1].text and rows_below(lines, index + 1)
        below = labelled is not None and (_one_a_line_below(lines, index, index + 1) or broken)  # rows past a gap
        if labelled and labelled["rest"].strip() and below:
            pass  # "PRESENT:<tab>Jo Bell – Chair" over one person a line: a list, not a table's row
        elif "\t" in text and index not in used:
            kind = under[1] if under is not None and under[0] == index else None
            table = _column_table(lines, index, roll, month, kind) or _row_table(lines, index, roll)
            if table is not None:
                index = table
                continue
        roll.add("apologies", apologies_said(lines, index, used))  # "Apologies were received from A, B and C."
        label = _LABEL.match(text.strip()) if len(text) < 10_000 and index not in used else None
        said = re.split(rf"{SENTENCE_STOP}\s+(?=[A-Z])", label["rest"], maxsplit=1)[0] if label and mail else ""
        initialled = initials_listed(label["rest"], key) if label and key else first_named(said, mail) if said else None
        if label and initialled is not None:  # "Present: EB (Chair), JC, SA (for KG)"
            roll.add(label_kind(label["label"]), initialled)
            index += 1
            continue
        if label:
            start = index
            rest = label["rest"]
            if label["label"].lower().endswith("from"):  # "Apologies were received from A and B. C attended for B.":
                rest = re.split(rf"{SENTENCE_STOP}\s+(?=[A-Z])", rest, maxsplit=1)[0]  # the sentence's own list
            listed, index = _list(lines, index, rest)
            if _DEPUTIES_LABEL.match(label["label"]):
                listed = _deputies(label["rest"], lines[start + 1 : index], listed, roll)
            roll.add(label_kind(label["label"]), listed)
            under = (index, label_kind(label["label"])) if not listed else None
            continue
        titled = _titled_label(text) if index not in used else None
        if titled:  # "Supporting the Board / in attendance" over its list
            listed, index = _list(lines, index, "")
            roll.add(label_kind(titled), listed)
            continue
        index += 1
    _chair_present(roll, lines)
    _initials_key(roll, lines)
    takers = [p for p in roll.present if any(_MINUTE_TAKER.search(part.strip()) for part in (p.role, p.agency) if part)]
    roll.present = [p for p in roll.present if p not in takers]  # the minute taker is there, not a member
    roll.others = [*roll.others, *takers]
    _not_headings(roll, lines)
    roll.add(
        "present", [p for p in came_for(lines, mail) if fold(p.name) not in {fold(q.name) for q in roll.everyone()}]
    )
    _link_representing(roll)
    _substitutions(roll, lines)
    _deputies_present(roll)
    if text_of_all is not None:
        _full_names(roll, text_of_all)
    seen: set[str] = set()
    for kind in ("present", "apologies", "others", "absent"):
        kept = []
        for person in getattr(roll, kind):
            if fold(person.name) not in seen:
                seen.add(fold(person.name))
                kept.append(person)
        setattr(roll, kind, kept)
    return roll


def _labels_joined(lines: list[_Line]) -> list[_Line]:
    """The lines with a label wrapped in its column made whole: "OFFICERS IN<tab>Jo Bell – Manager" over
    "ATTENDANCE:" is "OFFICERS IN ATTENDANCE:<tab>Jo Bell – Manager" (the second line left empty)."""
    out = list(lines)
    for index, line in enumerate(lines[:-1]):
        head, tab, rest = line.text.partition("\t")
        below = lines[index + 1].text.strip()
        if tab and not head.rstrip().endswith(":") and re.fullmatch(r"[A-Za-z ]{2,24}:", below):
            joined = _LABEL.match(f"{head.strip()} {below}")
            if joined is not None and not joined["rest"].strip():
                out[index] = replace(line, text=f"{head.strip()} {below}\t{rest}")
                out[index + 1] = replace(lines[index + 1], text="")
    return out


def _not_headings(roll: Roll, lines: list[_Line]) -> None:
    """A name that is only written (no initials, role or agency) and is the title of one of the minutes' items
    ("5. Prevent Duty", listed again in a page's contents under "Attendance") is that heading, not a person."""
    titles: set[str] = set()
    item: str | None = None
    for line in lines:
        if line.item != item and line.item is not None and line.text.strip():
            item = line.item
            written = person_name(line.text)
            titles.add(fold(written.name if written else line.text.strip()))
    for kind in ("present", "apologies", "others", "absent"):
        people = getattr(roll, kind)
        setattr(roll, kind, [p for p in people if fold(p.name) not in titles or p.initials or p.role or p.agency])


def _titled_label(text: str) -> str | None:
    """The list a heading names in one of its parts ("Supporting the Board / in attendance"), or None."""
    if "\t" in text or len(text) > 60 or " / " not in text:
        return None
    for part in text.strip().split(" / "):
        found = _LABEL.match(part.strip())
        if found and not found["rest"].strip():
            return found["label"]
    return None


@dataclass
class _Details:
    """The cells that go with a name column: its initials ("Init."), and its role and agency columns in order."""

    initials: dict[int, int] = field(default_factory=dict)
    more: dict[int, list[int]] = field(default_factory=dict)  # after the first agency column: "Role | Organisation"
    posts: dict[int, int] = field(default_factory=dict)  # a "Title" column beside an "Organisation" one: the role
    notes: int | None = None  # a "Notes" column: who deputised, for a status that says a deputy came

    def find_posts(self, cells: list[str], agency_of: dict[int, int]) -> None:
        """The role column of each name whose heading names both a post ("Title") and an organisation: its cell is
        the role whole, commas and all ("Cabinet Member, Adult Social Care")."""
        for column, first in agency_of.items():
            heads = [c for c in (first, *self.more.get(column, [])) if c < len(cells)]
            posts = [c for c in heads if _POST_HEAD.match(cells[c])]
            if len(posts) == 1 and any(_BODY_HEAD.match(cells[c]) for c in heads if c != posts[0]):
                self.posts[column] = posts[0]

    def post(self, values: list[str], column: int) -> str | None:
        """The name's role cell when its table has one of its own."""
        at = self.posts.get(column)
        return values[at] if at is not None and at < len(values) else None

    def name(self, values: list[str], column: int) -> str:
        """The name cell, with the initials cell beside it as the name's note ("Janet Worsley (JW)")."""
        name = values[column] if column < len(values) else ""
        at = self.initials.get(column)
        initials = values[at].strip() if at is not None and at < len(values) else ""
        if not name or f"({initials})" in name or not INITIALS.fullmatch(initials):
            return name
        after = re.search(r"[,;]\s|\s[–—-]\s|\s\(", name)  # "Jane Roe; Director" -> "Jane Roe (JR); Director"
        at = after.start() if after else len(name)
        return f"{name[:at]} ({initials}){name[at:]}"

    def agency(self, values: list[str], column: int, first: int | None) -> str:
        """The name's role and agency cells joined ("Safeguarding Hub Manager, Sallowshire Police"); a dash is none."""
        at = [c for c in [*([first] if first is not None else []), *self.more.get(column, [])]
              if c < len(values) and c != self.posts.get(column)]  # fmt: skip
        return ", ".join(values[c] for c in at if values[c].strip(" –—-"))


_POST_HEAD = re.compile(r"^(?:(?:job\s+)?title|role|designation|position|post)$", re.I)
_BODY_HEAD = re.compile(r"^(?:agency|organi[sz]ation|service|representing|sector)$", re.I)
_SURNAME_HEAD = re.compile(r"\bsurname\s*(?:,|first)", re.I)  # "Member (surname, forename)"
_DEPUTIES_LABEL = re.compile(r"^(?:deputies|deputising|substitutes)\b", re.I)
_DEPUTIES_HEAD = re.compile(r"^(?:deput(?:y|ies)|substitutes?)(?:\s+(?:attending|present))?$", re.I)
_FOR_HEAD = re.compile(r"^(?:attending|deputising|substituting|standing\s+in)\s+for$|^(?:on\s+behalf\s+of|for)$", re.I)
_NOTES_HEAD = re.compile(  # "Notes", "Deputy / notes (07.12.15)"
    r"^(?:(?:deput(?:y|ies|ising)|substitutes?)\s*(?:/|&|and)\s*)?(?:notes?|comments?|remarks)(?:\s*\([^()]*\))?$", re.I
)
_ITEM_HEAD = re.compile(r"^(?:(?:for\s+|agenda\s+)?items?(?:\s+attended)?|attended\s+for)$", re.I)
_BOARD_HEAD = re.compile(r"^(?:boards?|member(?:ship)?\s+of|membership|sits?\s+on)$", re.I)  # "LSCB / SAB" cells


def _column_table(
    lines: list[_Line], index: int, roll: Roll, month: int | None = None, under: str | None = None
) -> int | None:
    """A table whose heading row names the lists ("Attendees | Agency | Apologies | Agency"); ``under`` is the list
    a label just above names ("In attendance" over "Name | Init. | Role | Item")."""
    cells = [c.strip() for c in lines[index].text.split("\t")]
    roles: dict[int, str] = {}
    agency_of: dict[int, int] = {}
    details = _Details()
    ignored: set[int] = set()
    rep_of: dict[int, int] = {}
    last_name: int | None = None
    status: int | None = None
    months = {column: cell for column, cell in enumerate(cells) if _MONTH_HEAD.match(cell) or _DATE_HEAD.match(cell)}
    before: int | None = None  # "Agency | Name / role | Init. | P / A": an agency column before the names
    stands: dict[int, int] = {}  # "Deputy | Role | Attending for": whom each deputy came for
    initials_first: int | None = None  # "Initials | Name | Designation": the initials before the names
    codes = {c.lower() for c in cells if c.lower() in _CODE_HEADS}
    for column, cell in enumerate(cells):
        kind = _kind_of_head(cell) or ("present" if last_name is None and _DEPUTIES_HEAD.match(cell) else None)
        if last_name is not None and _CODES_NOTED.search(cell) and status is None:
            status = column  # "Attended (Y/N/Apols)": a column of codes, its heading says which
        elif last_name is not None and _FOR_HEAD.match(cell):
            stands[last_name] = column
            ignored.add(column)
        elif last_name is None and kind is None and INITIALS_HEAD.match(cell) and initials_first is None:
            initials_first = column
        elif last_name is not None and len(codes) >= 2 and cell.lower() in codes:
            roles[column] = STATUS_CODES[cell.lower()]  # "Name | … | P | A | DNA": a column of ticks per list
        elif last_name is None and kind is None and _AGENCY_WORDS.match(cell) and before is None:
            before = column
        elif _STATUS_HEAD.match(cell) and not holds_names(lines, index, column):
            status = column
        elif column in months:  # "Name | Agency | Jan | Mar | May": this meeting's month, else the latest
            this = [c for c, m in months.items() if month is not None and _month_in(m) == month]
            status = this[-1] if this else max(months)  # the latest of that month: registers run in date order
        elif kind is not None or _STATUS_HEAD.match(cell):
            roles[column] = kind or "present"  # "Attended" over the names of those who came
            if initials_first is not None and not details.initials:
                details.initials[column] = initials_first
            if before is not None and not (last_name is not None and last_name in agency_of and
                                           agency_of[last_name] != before):  # fmt: skip
                agency_of[column] = before  # "Sector | Present | Apologies": each list's people in that sector
            last_name = column
        elif last_name is not None and INITIALS_HEAD.match(cell) and last_name not in details.initials:
            details.initials[last_name] = column
        elif last_name is not None and _AGENCY_WORDS.match(cell):
            if agency_of.setdefault(last_name, column) != column:
                details.more.setdefault(last_name, []).append(column)
        elif last_name is not None and (_ITEM_HEAD.match(cell) or _BOARD_HEAD.match(cell)):
            ignored.add(column)  # "Item", "Board": what they came for or sit on, not who they are
        elif last_name is not None and _NOTES_HEAD.match(cell):
            details.notes = column  # "Notes": "Represented by MACKIE, Owen (OM)"
            ignored.add(column)
        elif last_name is not None and _REP_WORDS.match(cell):
            rep_of[last_name] = column
        elif last_name is not None and not cell and column == last_name + 1 and last_name not in agency_of:
            agency_of[last_name] = column  # "Present | | Apologies |": each list's role and agency beside it
    if not roles or (len(roles) == 1 and cells[next(iter(roles))].lower() in {"name", "members"} and not agency_of):
        return None
    if agency_of and last_name == len(cells) - 1 and last_name not in agency_of and not cells[-2]:
        agency_of[last_name] = last_name + 1  # "Present | | Apologies |" with the last empty heading cell cut off
    details.find_posts(cells, agency_of)
    others = [c for c, cell in enumerate(cells) if c not in roles and c != before and _AGENCY_WORDS.match(cell)]
    headings = {*roles, *agency_of.values(), *rep_of.values(), *([status] if status is not None else []), *months,
                *others, *details.initials.values(), *ignored}  # fmt: skip
    if any(cell and column not in headings for column, cell in enumerate(cells)):
        return None  # "Present | Jane Roe (Police); ...": the lists are row heads
    if status is not None and len(roles) == 1:
        details.notes = details.notes if details.notes is not None else next(iter(rep_of.values()), None)
        return _status_table(lines, index, (next(iter(roles)), agency_of.get(next(iter(roles))), status), roll, details)
    ticked = _tick_table(lines, index, cells, roles, agency_of, roll, next(iter(rep_of.values()), None), details.name)
    if ticked is not None:  # "Name | Designation | Present | Apols" with a tick in one of the last two
        return ticked
    if not agency_of and not rep_of:
        return _name_columns(lines, index, roles, roll)
    generic = all(cells[c].lower() in {"name", "names", "members"} for c in roles)
    if generic and under is not None:
        roles = dict.fromkeys(roles, under)  # "In attendance" over "Name | Role": the label's list
    elif generic and (roll.present or roll.apologies):
        roll = Roll()  # "Name | Organisation" after the attendance: a membership key, not who came
    row = index + 1
    while row < len(lines) and (
        "\t" in lines[row].text or sector_row(lines, row) or first_cell_only(lines, row) or wrapped_row(lines, row)
    ):
        if _LABEL.match(lines[row].text.strip()):
            break
        if "\t" not in lines[row].text and not first_cell_only(lines, row):  # "LOCAL AUTHORITY": a sector's heading
            row += 1  # or a cell's words wrapped onto a line of their own ("Foundation Trust")
            continue
        values = [c.strip() for c in lines[row].text.split("\t")]
        if before == 0 and len(values) == len(cells) - 1 and short_of_agency(values, cells):
            values = ["", *values]  # "   Janet Rawcliffe | Director … | JR": the agency left blank under the one above
        while row + 1 < len(lines) and "\t" not in lines[row + 1].text and NOTE_BELOW.match(lines[row + 1].text):
            row += 1  # "(for Supt G Rowntree)" on the line below the row: the name's note
            first = min(roles)
            values[first] = f"{values[first]} {lines[row].text.strip()}" if first < len(values) else values[first]
        listed = _row_list(values[before]) if before is not None and before < len(values) else None
        if listed is not None and before is not None:  # "Guest | Dr Jo Roe", "Unit (in attendance) | ...": others
            values[before] = listed[1]
        for column, kind in roles.items():
            name = details.name(values, column)
            if not name:
                continue
            kind = listed[0] if listed is not None and kind == "present" else kind
            agency = details.agency(values, column, agency_of.get(column))
            rep = values[rep_of[column]] if column in rep_of and rep_of[column] < len(values) else ""
            rep = rep.split("; ")[0] if "; " in rep else rep  # "Amir Haddad (AH); Education Safeguarding Adviser"
            listed_here: list[tuple[str, Person]] = []
            name = name_first(name) if _SURNAME_HEAD.search(cells[column]) else name  # "Featherstone, DCI Gareth"
            for entry in _split_entries(name, inline=False) if ";" in name else [name]:
                deputy = behalf_of(entry)  # "Lorraine Abbott – apologies; Ruth Jessop attending on her behalf"
                if deputy is not None and listed_here and listed_here[-1][0] == "apologies":
                    sent = listed_here[-1][1]
                    listed_here[-1] = ("apologies", replace(sent, representative=sent.representative or deputy))
                    continue
                entry, noted_as = entry_status(entry)  # "Not represented – Gareth Mellor ...: did not attend"
                person = _with_cells(entry, agency, rep, details.post(values, column))
                if person is not None and column in stands and stands[column] < len(values) and values[stands[column]]:
                    person = replace(person, representing=strip_title(values[stands[column]].strip(" .")))
                if person is not None:  # a note in a list of those present: "– apologies", "– not present"
                    noted = noted_as if noted_as == "absent" or (kind == "present" and noted_as) else kind
                    listed_here.append((noted, person))
            for listed_kind, person in listed_here:
                roll.add(listed_kind, [person])
        row += 1
    return row


def _month_in(head: str) -> int | None:
    """The month a column heading names ("Nov", "17 Nov", "March 2015", "17.03.16")."""
    if _DATE_HEAD.match(head):
        return int(re.split(r"[./]", head)[1])
    for word in head.split():
        if re.fullmatch(rf"(?:{MONTH_WORDS})\.?", word, re.I):
            return month_of(word.rstrip("."))
    return None


def _row_list(cell: str) -> tuple[str, str] | None:
    """The list an agency cell puts its row's people in when it names one ("Guests", "Board Business Unit (in
    attendance)"), and the agency left; None for an agency only."""
    bracket = re.search(r"\s*\(([^()]+)\)\s*$", cell)
    dash = re.match(r"^(?P<head>[^–—]+?)\s+[–—-]\s+(?P<rest>.+)$", cell)  # "In attendance – Business Unit"
    candidates = [(cell, "")]
    if bracket:  # "Business Unit (in attendance)", "In attendance (not Board members)"
        candidates += [(bracket[1], cell[: bracket.start()]), (cell[: bracket.start()], "")]
    if dash:
        candidates.append((dash["head"], dash["rest"]))
    for text, left in candidates:
        kind = _kind_of_head(text.strip())
        if kind in {"others", "absent"}:
            return kind, left.strip()
    if re.search(r"\b(?:in\s+attendance|not\s+(?:board\s+)?members)\b", cell, re.I):
        return "others", ""  # "Boards' Business Unit and others in attendance (not Board members)"
    if re.fullmatch(r"(?:[\w’'&-]+\s+){0,4}business\s+(?:unit|support|team)|secretariat", cell.strip(), re.I):
        return "others", cell.strip()  # "Partnership Business Unit": the board's officers, there to support it
    return None


def _status_table(
    lines: list[_Line], index: int, columns: tuple[int, int | None, int], roll: Roll, details: _Details
) -> int:
    """One table of everyone with a column saying who came ("Name | Organisation | P/A": P, A, X); a row naming a
    list ("In attendance") puts the people under it in that list."""
    name_at, agency_at, status_at = columns
    heads = lines[index].text.split("\t")
    surname_first = name_at < len(heads) and _SURNAME_HEAD.search(heads[name_at]) is not None
    end = index + 1
    while end < len(lines) and ("\t" in lines[end].text or section_row(lines, end)):
        end += 1
    codes = key_codes(lines, index, below=end)  # "Key: P = present  A = apologies  D = apologies, deputy ..."
    named_deputies = {  # "A – DCI Cardew deputising", "A – rep. T Aspinall": surnames of those who came for others
        fold(status_of(cells[status_at])[1]).split()[-1]
        for cells in ([c.strip() for c in line.text.split("\t")] for line in lines[index + 1 : end])
        if status_at < len(cells) and status_of(cells[status_at])[1]
    }
    section: str | None = None
    last_agency = ""
    row = index + 1
    width = len(lines[index].text.split("\t"))
    while row < len(lines) and ("\t" in lines[row].text or section_row(lines, row)):
        cells = [c.strip() for c in lines[row].text.split("\t")]
        row += 1
        following = lines[row].text.split("\t") if row < len(lines) else []
        if 1 < len(cells) < width and len(cells) + len(following) - 1 == width:  # a cell wrapped onto the next line
            cells = [*cells[:-1], f"{cells[-1]} {following[0].strip()}", *(c.strip() for c in following[1:])]
            row += 1
        filled = [c for c in cells if c]
        if len(filled) == 1:
            section = _kind_of_head(filled[0]) or section  # "In attendance", as a row of its own
            continue
        name = details.name(cells, name_at)
        name = name_first(name) if surname_first else name  # "Featherstone, DCI Gareth" under "surname, forename"
        written = cells[status_at] if status_at < len(cells) else ""
        kind, rep = status_of(written)
        first = re.match(r"[^\s;,(–—-]+", written.strip())  # "D; sub: Rachel Dunn", "D (rep. by Kate Osei)"
        coded = codes.get(written.strip(" .").upper()) or codes.get(first[0].upper() if first else "")
        stand_for = None
        if coded == "deputy" and (deputising := _deputy_row(written, cells, name_at)) is not None:
            coded, stand_for = "present", deputising or None  # "D – for AP", "(for DCI Whitlow)": the row is the deputy
        elif coded == "deputy" and set(fold(re.sub(r"\([^()]*\)", "", name)).split()[-1:]) & named_deputies:
            coded = "present"  # "D" on DCI Cardew's own row, named as a deputy in the absent member's row
        if coded is not None:  # a code the table's key explains ("P – arrived 10.05am"); a deputy is in the notes
            deputy = deputy_in(cells, details.notes) if coded == "deputy" else ""
            after = written.strip().split(maxsplit=1)[1:]  # "D Diane Coverdale, AD", "D Deputy: Dawn Kitching"
            if coded == "deputy" and not deputy and after:
                deputy = deputy_in(after, 0)
            if coded == "deputy" and not deputy and row < len(lines) and "\t" not in lines[row].text:
                below = _person(lines[row].text.strip())  # "Fiona Tate (FT), Consultant in Public Health"
                deputy, row = (below.name, row + 1) if below is not None else ("", row)
            kind, rep = ("apologies", deputy) if coded == "deputy" else (coded, rep)
            kind = None if kind == "none" else kind  # "– not a member at that date"
            if kind == "apologies" and not rep:  # "Represented by FL", "Sarah Kemp (SK), ... attended in her place"
                rep = deputy_in(cells, details.notes)
        if not name or kind is None:
            continue
        if section in {"others", "absent"} and kind == "present":
            kind = section
        agency, post = details.agency(cells, name_at, agency_at), details.post(cells, name_at)
        agency = agency or ("" if (post or "").strip(" –—-") else last_agency)  # an agency's second member: blank
        last_agency = agency
        person = _with_cells(name.replace("; ", ", ", 1), agency, rep, post)
        if person is not None and person.representative is None and re.fullmatch(r"[A-Z][A-Za-z]{0,2}[A-Z]", rep):
            person = replace(person, representative=rep)  # "FL": the initials of a row below, linked later
        if person is not None and stand_for and person.representing is None:
            person = replace(person, representing=stand_for)
        standing = STANDS_IN.search(written) if kind == "present" else None
        if person is not None and standing is not None and person.representing is None:
            person = replace(person, representing=strip_title(standing["for"].strip(" .")))
        elif person is not None and kind == "present" and person.representing is None:
            person = replace(person, representing=stands_for(cells, details.notes))  # notes: "Deputising for HP"
        if person is not None:
            roll.add(kind, [person])
    return row


_FOR_NOTE = re.compile(r"^[\s(–—-]*(?i:for)\s+(?P<for>[A-Z][^()]{0,40}?)\s*\)?$")  # "D – for AP", "D (for AP)"


_DEPUTY_FOR = re.compile(r"\b(?:deputy|deputising|substitute|standing\s+in)\s+for\s+(?P<for>[A-Z][^()]{0,40}?)\s*\)?$")


def _deputy_row(written: str, cells: list[str], name_at: int) -> str | None:
    """Whom a row marked with the deputy code stands in for when the row is the deputy's own ("D – for AP", a
    "(for DCI Whitlow)" note in another cell): "" when the note is in another cell (read from there); None when
    the row is the absent member's."""
    note = _FOR_NOTE.search(written.strip()[1:])
    if note is not None:
        return note["for"].strip()
    for n, cell in enumerate(cells):
        found = (_FOR_NOTE.match(cell.strip()) or _DEPUTY_FOR.search(cell)) if n != name_at else None
        if found is not None:  # a notes cell "for S. Etherington": whom the row's deputy came for
            return found["for"].strip()
    return "" if any(re.search(r"\(\s*for\s+[A-Z]", c) for n, c in enumerate(cells) if n != name_at) else None
