"""The people of a labelled attendance list ("Present:", "Apologies", "In attendance") and the words that head
attendance lists and columns.

A list is written on the label's line ("Apologies: A (X), B (Y) and C"), as a paragraph run on under it that the
page wraps anywhere ("Members: A – Chair, X; B – Director, Y; ..."), one (or a few) a line where an entry's role or
agency may wrap onto the next line, in rows led by initials, in columns of names, or grouped under headings that
name an agency or a sector ("Westmere Police: DI Claire Hebden (Head of Public Protection)", "Relevant agencies").
Only text that looks like a person's name makes a person (:func:`bot.minutes.people.person_name`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.minutes.entries import (
    _ORGANISATION,
    _balanced,
    _is_name_list,
    _is_role,
    _person,
    _role_and_agency,
    _split_entries,
    _starts_with_name,
    _with_cells,
    ends_with_name,
)
from bot.minutes.lines import _Line
from bot.minutes.list_rows import named_not_post, plain_name, rows_below, titled_column
from bot.minutes.markers import _ACTION_MARK, _FIELD, _LABEL, _NEXT_MEETING, APOLOGIES_SENTENCE, SENTENCE_STOP
from bot.minutes.people import person_name
from bot.minutes.results import Person
from bot.minutes.table_lines import INITIALS_HEAD

_HEAD_WORDS = re.compile(
    r"^(?:(?P<present>attendees?|attendance|attended|attending|present|members present|those present|name|members|"
    r"member|board members?|representatives?|members?\s+and\s+representatives|post\s*-?holder|"
    r"name\s*(?:/|and|&)\s*(?:role|designation|title|position))|"
    r"(?P<others>in attendance|also in attendance|also present|also attending|officers|guests?|observers?)|"
    r"(?P<absent>not present|absent|members not present)|"
    r"(?P<apologies>apols?|apolog(?:y|ies)(?:\s+(?:received|for absence|from))*"
    r"(?:\s*(?:/|&|and|or)\s*(?:not present|absent|non-attendance|representation|deputies|substitutes))?))"
    r"\s*:?$",  # "Apologies / not present", "Apologies / representation"
    re.I,
)
_AGENCY_WORD = (
    r"(?:(?:statutory|safeguarding|relevant|lead)\s+)?"  # "Safeguarding partner | Attending | Apologies"
    r"(?:(?:partner\s+|member\s+)?(?:agency|agencies|organi[sz]ation)|partners?|(?:board\s+)?role|representing|service|initials?|init\.?|"
    r"title|designation|job title|position|sector|membership|post|seat)"
)
_AGENCY_WORDS = re.compile(rf"^{_AGENCY_WORD}(?:\s*(?:/|&|and)\s*{_AGENCY_WORD})*$", re.I)  # "Designation / Agency"
_REP_WORDS = re.compile(
    r"^(?:represented by|representative|rep|deputy|deputies|substitute|named representative|deputised by|"
    r"(?:nominated|named|designated)\s+(?:deputy|substitute)|"
    r"deputising|deputy attending|substituted by|attended by|in (?:their )?place)$",
    re.I,
)

_INITIALLED = re.compile(
    r"^[^();,–—\t]{3,60}\([A-Z][A-Za-z'’]{1,3}\)"
)  # "DS Owen Greatorex (OG)…": a name, its initials
_INITIALS_ONLY = re.compile(r"^[A-Z]{2,4}\t[A-Z(]")  # "JW<tab>Independent Scrutineer (Chair)"
_INITIALS_CELL = re.compile(r"[A-Z][A-Za-z]{0,2}[A-Z]?")  # "BM", "SKi", "DLa": a row's initials, first


def _agency_first(text: str) -> bool:
    """Whether a heading row puts the agency before the names ("Agency | Name | Designation | Initials")."""
    cells = [c.strip() for c in text.split("\t") if c.strip()]
    return len(cells) >= 2 and bool(_AGENCY_WORDS.match(cells[0])) and _kind_of_head(cells[1]) == "present"


def _kind_of_head(cell: str) -> str | None:
    """The list a heading cell names ("Attendees", "Apologies", "In attendance"), or None."""
    found = _HEAD_WORDS.match(re.sub(r"\s*\([^()]*\)$", "", cell.strip()))  # "Member (surname, forename)"
    if not found:
        return None
    return next(kind for kind in ("present", "others", "absent", "apologies") if found[kind])


def _post_then_name(text: str) -> str | None:
    """A row of a two-column list written post first ("Board Manager<tab>Lucy Barr") as an entry written name
    first ("Lucy Barr – Board Manager"); None for any other line."""
    cells = [c.strip() for c in text.split("\t") if c.strip()]
    if len(cells) != 2 or _starts_with_name(cells[0]) or person_name(cells[0]) is not None:
        return None
    if person_name(cells[1]) is None:
        return None
    return f"{cells[1]} – {cells[0]}"


def _list(lines: list[_Line], index: int, rest: str) -> tuple[list[Person], int]:
    """The people of a labelled list: on the label's line, or one (or a few) a line until the list ends; a line
    that starts with no name continues the entry above ("Foundation Trust" wrapped from the line before)."""
    start = index + 1 + (index + 1 < len(lines) and not lines[index + 1].text.strip())
    if not rest.strip() and start < len(lines) and _paragraph_list(lines, index, start):
        index, rest = start, lines[start].text.strip()  # "Apologies:" over a paragraph of entries that wraps
    entries: list[str] = []
    if rest.strip():
        row, own = index + 1, rest
        while row < len(lines) and _wraps_on(lines, index, row, rest):  # the list goes on over the next lines
            rest = f"{rest} {lines[row].text.strip()}"
            row += 1
        inline = _split_entries(rest, inline=True)
        celled = "\t" in own and _starts_with_name(own) and rows_below(lines, row)  # "Present:<tab>Name<tab>Role"
        if not (celled or (len(inline) == 1 and _one_a_line_below(lines, index, row))):
            people = [_person(e) for e in inline]
            return [p for p in people if p is not None], row
        entries = [own.replace("\t", " – ", 1).replace("\t", ", ")] if celled else inline  # one a line below it
    groups: dict[int, str] = {}  # an entry's agency or post, from the heading it is listed under
    period = 0  # columns per person when a table lists people side by side
    in_columns = False  # the rows so far held names in columns
    rep_at: int | None = None  # the column of a heading row naming each one's representative
    heads: list[str] = []  # the heading row's cells
    made: dict[int, Person | None] = {}  # entries read from their cells ("Name | Title | Organisation")
    keyed: set[int] = set()  # entries of a person known only by their initials
    row = opened = index + 1
    while row < len(lines):
        line = lines[row]
        text = line.text.strip()
        if not text:
            ahead = next((later for later in range(row + 1, min(row + 4, len(lines))) if lines[later].text.strip()), 0)
            upcoming = lines[ahead] if ahead else None
            if entries and not (upcoming is not None and (upcoming.bulleted or _starts_with_name(upcoming.text)
                                                          or _initials_then_name(upcoming.text)
                                                          or ends_with_name(upcoming.text)
                                                          or _grouped(upcoming.text) is not None
                                                          or _group_heading(lines, index, ahead))):  # fmt: skip
                break
            if not entries and row - opened > 2:
                break
            row += 1
            continue
        label = _LABEL.match(text)
        if label is not None and entries and not label["rest"].strip():
            break  # "NOT PRESENT" on a line of its own: the next list
        if label is not None and not entries and label["rest"].strip():
            break  # "Attendance" over "Present: A; B; ...", "Apologies: C": lists of their own
        if _group_heading(lines, index, row):  # "Statutory safeguarding partners", "Northshire Police<tab>"
            row = opened = row + 1
            continue
        # The whole list as one paragraph under its label; "PLSCB members: A (AB), ...; B ..." is a group's paragraph.
        if len(text) > 160 and _is_name_list(text) and (line.bulleted or _grouped(text) is None):
            entries.extend(_split_entries(text, inline=True))
            row += 1
            continue
        if not entries and "\t" in text and _is_heading_row(text) and (_names_lists(text) or _agency_first(text)):
            break  # "Name | Designation | Present | Apols", "Agency | Name | Initials": a table, read as one
        if _is_heading_row(text) and (not entries or _is_heading_row(lines[row - 1].text)):
            period = _repeats(text) or period  # "Name | Organisation | Name | Organisation": two to a row
            heads = [c.strip() for c in text.split("\t")] if "\t" in text else heads
            rep_at = next((n for n, c in enumerate(heads) if _REP_WORDS.match(c)), None) if "\t" in text else rep_at
            row += 1  # "Name | Designation | Agency" under the label, on one line or a line each
            continue
        if period and "\t" in text:
            cells = [c.strip() for c in text.split("\t")]
            for start in range(0, len(cells), period):
                chunk = [c for c in cells[start : start + period] if c]
                if chunk and _starts_with_name(chunk[0]):
                    entries.append(f"{chunk[0]} – {', '.join(chunk[1:])}" if len(chunk) > 1 else chunk[0])
            row += 1
            continue
        grouped = _grouped(text) if not line.bulleted else None
        if grouped is not None:  # "Sallowfield Borough Council: Cllr Derek Amos (Cabinet Member); Angela Forde ..."
            group, rest = grouped
            row += 1
            while row < len(lines) and _continues_group(lines, index, row):
                rest = f"{rest} {lines[row].text.strip()}"
                row += 1
            for entry in _split_entries(rest, inline=True):
                groups[len(entries)] = group
                entries.append(entry)
            continue
        if _INITIALS_ONLY.match(text) and not _starts_with_name(text.split("\t")[1]) and not _spelt_out(text):
            keyed.add(len(entries))  # "JW<tab>Independent Scrutineer (Chair)": minutes naming people by initials only
            entries.append(text.replace("\t", " – ", 1).replace("\t", ", "))
            row += 1
            continue
        initialled = _INITIALS_CELL.fullmatch(text.split("\t")[0].strip()) and len(text.split("\t")) >= 2
        if initialled and _starts_with_name(text.split("\t")[1]):  # "BM<tab>Bernard Mayhew<tab>Independent Chair"
            first, name, *cells = (c.strip() for c in text.split("\t"))
            cut = re.search(r"[,;]\s|\s[–—-]\s|\s\(", name)  # "Julia Mercer - DCS, …": the initials after the name
            name = f"{name[: cut.start()]} ({first}){name[cut.start() :]}" if cut else f"{name} ({first})"
            entries.append(name + (f" – {', '.join(c for c in cells if c)}" if any(cells) else ""))
            row += 1
            continue
        titled = _titled_row(text, heads)
        if titled is not None:  # "Name | Title | Organisation | Initials": the title is the role, commas and all
            entries.append(text.split("\t")[0].strip())
            made[len(entries) - 1] = titled
            row += 1
            continue
        if "\t" in text and _starts_with_name(text.split("\t")[0]):  # a row of a two-column list: name | agency
            deputy = ""
            if rep_at is not None and rep_at < len(text.split("\t")):  # "Name | Organisation | Represented by"
                *before, deputy = (c.strip() for c in text.split("\t")[: rep_at + 1])
                text = "\t".join([*before, *text.split("\t")[rep_at + 1 :]])
                named = person_name(deputy) or _person(deputy)  # "Louise Copley, Named Nurse"
                deputy = f" (represented by {named.name})" if named is not None else ""
            raw = [c.strip() for c in text.split("\t") if c.strip(" ,;")]
            closing = lines[row + 1].text.strip() if row + 1 < len(lines) else ""
            unclosed = next((n for n, c in enumerate(raw) if c.count("(") > c.count(")")), None)
            if unclosed is not None and "\t" not in closing and re.fullmatch(r"[^()]{2,40}\)", closing):
                raw[unclosed] = f"{raw[unclosed]} {closing}"  # "Jo Pike (for<tab>Lee Dent" / "Peter Gale)"
                row += 1
            raw = _balanced(raw)
            cells = [re.sub(r"^and\s+", "", c.strip(" ,;.")) for c in raw]
            listed = len(cells) >= 3 or any(c.endswith(",") for c in raw) or len(cells) == 1 or in_columns
            listed = listed or (len(cells) == 2 and titled_column(lines, row))  # "Tracey Marsh<tab>Neil Oldroyd"
            paired = len(cells) >= 4 and len(cells) % 2 == 0 and all(_starts_with_name(c) for c in cells[::2])
            if listed and all(
                _starts_with_name(c) or (in_columns and plain_name(c)) for c in cells
            ):  # "C SMITH,<tab>R JONES,"
                in_columns = len(cells) >= 2  # the last row of three names a row may hold only two
                made.update({len(entries) + n: Person(c) for n, c in enumerate(cells) if not _starts_with_name(c)})
                entries.extend(cells)
            elif len(cells) >= 2 and all(_INITIALLED.match(c) and _starts_with_name(c) for c in cells):
                entries.extend(cells)  # "Jo Bell (JB) – Chair; …<tab>DS Tom Ash (TA); Police": two people a row
            elif paired and not any(named_not_post(c) for c in cells[1::2]):  # two people a row: "A; post | org |
                entries.extend(f"{n} – {a}" for n, a in zip(cells[::2], cells[1::2], strict=True))  # B; post | org"
            else:
                if len(cells) > 1 and "(" not in cells[0] and _INITIALS_CELL.fullmatch(cells[-1]):
                    noted = person_name(f"{cells[0]} ({cells[-1]})")  # "Jo Bell | Chair | JB": her initials last
                    cells = [f"{cells[0]} ({cells.pop()})", *cells[1:]] if noted and noted.initials else cells
                entries.append(f"{cells[0]} – {', '.join(cells[1:])}" if len(cells) > 1 else cells[0])
            entries[-1] += deputy
            row += 1
            continue
        posted = _post_then_name(text)
        if posted is not None:  # "Head of Housing Needs, Harrowdale Council<tab>Graham Poole": the post first
            entries.append(posted)
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
            or (not entries and APOLOGIES_SENTENCE.search(text))  # "Apologies were received from …": the sentence's
        ):
            break
        run = _wrapped_run(lines, row)
        wrapped_list = _split_entries(" ".join(lines[r].text.strip() for r in range(row, run)), inline=True)
        broken = any(not _starts_with_name(lines[r].text) or _open(lines[r - 1].text) for r in range(row + 1, run))
        if broken and len(wrapped_list) >= 3 and all(_starts_with_name(e) for e in wrapped_list):
            entries.extend(wrapped_list)  # "A (Director of Adult" / "Social Services, X), B (…), C (…)": one list
            row = run
            continue
        sentence = re.search(r"[.!?]$", text) and len(text.split()) > 10 and not _is_name_list(text)
        listed = ";" in text and all(_starts_with_name(e) for e in _split_entries(text, inline=True))
        if not line.bulleted and sentence and not listed:  # "A (Business Manager); B (Public Health, Council).": a list
            break
        starts = _starts_with_name(text) or ends_with_name(text)  # "Designated Nurse, X – Tom Ash": a new entry
        if entries and not line.bulleted and (line.text.startswith("\t") or not starts or _open(entries[-1])):
            wrapped = ", ".join(c.strip() for c in text.split("\t") if c.strip())
            alone = person_name(entries[-1]) is not None  # a name with its cells on the lines below it
            parted = lines[row - 1].text.rstrip().endswith(",") and not entries[-1].endswith(",")  # "Services,"
            joiner = " – " if alone else ", " if parted else " "
            entries[-1] = f"{entries[-1]}{joiner}{wrapped}"  # a wrapped role, agency or note
        else:
            entries.extend(_split_entries(text, inline=False))
        row += 1
    made.update({n: _initials_person(entries[n]) for n in keyed})
    people = [_in_group(made[n] if n in made else _person(e), groups.get(n)) for n, e in enumerate(entries)]
    return _mostly_people(people), row


def _wrapped_run(lines: list[_Line], row: int) -> int:
    """The end of a list written as one paragraph and wrapped at the page's width from ``row``: lines of plain text
    (no cells, no bullets), each but the last long and not ending a sentence."""
    end = row
    while end < len(lines) and lines[end].text.strip() and "\t" not in lines[end].text and not lines[end].bulleted:
        text = lines[end].text.strip()
        end += 1
        if len(text) < 60 or text.endswith((".", ":", ";")):
            break
    return end


_POST_HEAD = re.compile(r"^(?:(?:job\s+)?title|role|designation|position|post)$", re.I)
_BODY_HEAD = re.compile(r"^(?:agency|organi[sz]ation|service|representing|sector)$", re.I)


def _titled_row(text: str, heads: list[str]) -> Person | None:
    """The person of a row under a heading that names the name first, then a post column and an organisation
    column (and perhaps initials), cell for cell; None for any other row."""
    cells = [c.strip() for c in text.split("\t")]
    if len(heads) < 3 or len(cells) != len(heads) or not _starts_with_name(cells[0]):
        return None
    posts = [n for n, h in enumerate(heads) if _POST_HEAD.match(h)]
    bodies = [n for n, h in enumerate(heads) if _BODY_HEAD.match(h)]
    marks = [n for n, h in enumerate(heads) if INITIALS_HEAD.match(h)]
    if _kind_of_head(heads[0]) is None or len(posts) != 1 or not bodies:
        return None
    if len(posts) + len(bodies) + len(marks) != len(heads) - 1:
        return None
    initials = cells[marks[0]] if marks and _INITIALS_CELL.fullmatch(cells[marks[0]]) else ""
    name = f"{cells[0]} ({initials})" if initials and "(" not in cells[0] else cells[0]
    return _with_cells(name, ", ".join(cells[n] for n in bodies if cells[n].strip(" –—-")), "", cells[posts[0]])


def _spelt_out(row: str) -> bool:
    """Whether a row is an abbreviation and its words ("CCG<tab>Clinical Commissioning Group"), not a person."""
    short, words = row.split("\t")[:2]
    return short.strip() == "".join(w[0] for w in re.findall(r"[A-Z][a-z]+", words))[: len(short.strip())]


def _initials_person(entry: str) -> Person | None:
    """The person of "JW – Independent Scrutineer (Chair)" in minutes that name people by their initials alone: the
    initials are the name; "(for RH)" the member they came for."""
    found = re.match(r"^(?P<initials>[A-Z]{2,4}) – (?P<rest>.+)$", entry)
    if found is None:
        return None
    rest = found["rest"]
    behalf = re.search(r"\(\s*(?:for|on behalf of|deputising for)\s+(?P<whom>[A-Z][A-Za-z]{1,3})\s*\)", rest)
    rest = (rest[: behalf.start()] + rest[behalf.end() :]).strip(" ,") if behalf else rest
    role, agency = _role_and_agency(rest)
    initials = found["initials"]
    return Person(initials, agency, None, role, initials, behalf["whom"] if behalf else None)


def _mostly_people(read: list[Person | None]) -> list[Person]:
    """The people of a list a line or more each. When most of its entries (three or more) are no one, it is a list
    of other things under a label ("Attendance" heading a page's contents, the agenda's titles after it): a bare
    name among them (no initials, role or agency: "Liberty Protection Safeguards") is a title, not a person."""
    people = [p for p in read if p is not None]
    if len(read) < 3 or 2 * len(people) >= len(read):
        return people
    return [p for p in people if p.initials or p.role or p.agency or p.representative or p.representing]


_GROUPED = re.compile(r"^(?P<group>[A-Z][^:;()\t\d]{2,80}?)\s*:\s+(?P<rest>\S.*)$")
_GROUPED_DASH = re.compile(r"^(?P<group>[A-Z][^:;()\t\d–—]{2,80}?)\s+[–—-]\s+(?P<rest>\S.*)$")


_KEY_HEAD = re.compile(r"^(?:initials(?:\s+used)?|abbreviations?|key|glossary|acronyms?)\b", re.I)


def _grouped(text: str) -> tuple[str, str] | None:
    """ "Westmere Police: DI Claire Hebden (Head of Public Protection)", "Fernley Council – A (Director), B (Head of
    Service)": the agency or post the people after the colon (or the dash, when more than one) are listed under, and
    the people; None unless a person's name follows."""
    found = _GROUPED.match(text.strip())
    if found is None:  # "Independent Chair – Gwen Lacey (GL)", one person written role first, is an entry
        found = _GROUPED_DASH.match(text.strip())
        named = [e for e in _split_entries(found["rest"], inline=True) if _starts_with_name(e)] if found else []
        found = found if len(named) >= 2 else None
    if found is None or len(found["group"].split()) > 8 or person_name(found["group"]) is not None:
        return None
    if _KEY_HEAD.match(found["group"]):  # "Initials used in these minutes: MT – Margaret Thewlis; ...": a key
        return None
    if _LABEL.match(text.strip()) or _FIELD.match(text.strip()) or _NEXT_MEETING.match(text.strip()):
        return None
    rest = found["rest"]
    return (found["group"], rest) if _starts_with_name(rest) or _person(rest.split(";")[0]) is not None else None


def _continues_group(lines: list[_Line], index: int, row: int) -> bool:
    """Whether line ``row`` is the next line of a grouped paragraph wrapped by the page."""
    line = lines[row]
    text = line.text.strip()
    if not text or "\t" in text or line.bulleted or line.item != lines[index].item or _grouped(text) is not None:
        return False
    if _LABEL.match(text) or _FIELD.match(text) or _NEXT_MEETING.match(text) or _ACTION_MARK.search(text):
        return False
    before = lines[row - 1].text.rstrip()
    open_end = before.endswith((",", ";", "(", "–")) or before.count("(") > before.count(")")
    return open_end or not (_starts_with_name(text) or ends_with_name(text))  # a new entry of its own


def _in_group(person: Person | None, group: str | None) -> Person | None:
    """A person listed under a heading: the heading is their agency ("NHS Sallowfield CCG") or their post
    ("Independent Chair") when the entry gives none."""
    if person is None or group is None:
        return person
    if _is_role(group) and person.role is None:
        return replace(person, role=group)
    if _is_role(group):
        return person
    if person.agency and not _ORGANISATION.search(person.agency):  # "(Designated Nurse, Adult Safeguarding)"
        role = ", ".join(p for p in (person.role, person.agency) if p)
        return replace(person, role=role, agency=group)
    return replace(person, agency=group) if person.agency is None else person


def _open(entry: str) -> bool:
    """Whether an entry stops short and goes on over the next line ("... (representing", "..., represented by")."""
    return entry.count("(") > entry.count(")") or bool(
        re.search(r"\b(?:by|for|of|and|representing|on behalf of)$|\($", entry.rstrip())
    )


def _group_heading(lines: list[_Line], index: int, row: int) -> bool:
    """Whether line ``row`` of a list is a heading that groups the people under it (a sector, an agency: "Relevant
    agencies", "Northshire Police<tab>"), followed by a person's row or another such heading."""
    alone = "\t" in lines[row].text or row - 1 == index or not lines[row - 1].text.strip()
    if not alone or lines[row].text.strip()[:1].islower():
        return False  # "Trust (representing Peter Llewellyn)": an entry wrapped onto its own line
    for at in range(row, min(row + 8, len(lines))):
        line = lines[at]
        text = line.text.strip()
        if not text:
            continue
        if line.item != lines[index].item:
            return False
        cells = [c.strip() for c in text.split("\t") if c.strip()]
        if at > row and (_starts_with_name(cells[0]) or ends_with_name(cells[0])):
            return True
        if len(cells) != 1 or len(text) > 100 or len(text.split()) > 12 or text.endswith((".", ";", ",")):
            return False
        if len(text.split()) > 8 and re.search(r"[:,;]\s", text):  # "Key partners: the council, the police ...":
            return False  # a sentence, not a long agency's name
        if line.bulleted or _starts_with_name(text) or ends_with_name(text) or person_name(text) is not None:
            return False
        if _LABEL.match(text) or _FIELD.match(text) or _NEXT_MEETING.match(text) or _ACTION_MARK.search(text):
            return False
    return False


def _wraps_on(lines: list[_Line], index: int, row: int, rest: str) -> bool:
    """Whether line ``row`` continues a list written after its label ("Apologies: A (X), B (Y, represented" ...)."""
    text = lines[row].text.strip()
    if not text or "\t" in text or lines[row].item != lines[index].item or lines[row].bulleted:
        return False
    if _LABEL.match(text) or _FIELD.match(text) or _NEXT_MEETING.match(text) or _ACTION_MARK.search(text):
        return False
    if rest.count("(") > rest.count(")") or text[:1].islower():
        return True
    before = lines[row - 1].text.strip()
    sentence = len(text.split()) >= 6 and not re.search(r"[,;(]|\s[–—-]\s", text)  # "The Chair welcomed all."
    if len(before) >= 60 and re.search(r"[\w,;–—-]$", before) and (_runs_on(before) or _runs_on(text)) and not sentence:
        return True  # "Members: A – Chair, Fendale County" / "Council; B – Director, ...; Pauline": wrapped anywhere
    ended = re.search(rf"{SENTENCE_STOP}$", rest.rstrip())  # not "… Mr B." / "Lund"
    return not ended and _is_name_list(f"{rest} {text}")  # a long list wrapped by the page


def _runs_on(text: str) -> bool:
    """Whether a line holds entries run on as a paragraph: "A (X); B (Y)", "A (X), B (Y", or ends mid-list."""
    depth, parted = 0, False
    for char in text:
        depth = max(0, depth + (char == "(") - (char == ")"))
        parted = parted or (char == ";" and depth == 0)
    return parted or depth > 0 or text.endswith((",", ";")) or bool(re.search(r"\),\s+\S", text))


def _paragraph_list(lines: list[_Line], index: int, start: int) -> bool:
    """Whether the list under a label on its own is one paragraph of entries wrapped by the page."""
    first = lines[start]
    text = first.text.strip()
    if "\t" in text or first.bulleted or first.item != lines[index].item or len(text) < 60 or text.endswith("."):
        return False
    if _LABEL.match(text):
        return False  # "Attendance" over "Present: A; B; ...": that line is a list of its own
    return _runs_on(text) and start + 1 < len(lines) and _wraps_on(lines, start, start + 1, text)


def _one_a_line_below(lines: list[_Line], index: int, row: int) -> bool:
    """Whether the lines after a label's own entry go on with one person a line ("Maxine Threlfall – Director ...")."""
    following = [line.text for line in lines[row : row + 4] if line.text.strip()][:2]
    entries = [t for t in following if "\t" not in t and _starts_with_name(t) and not _LABEL.match(t.strip())]
    return len(entries) == 2 or (len(entries) == 1 and following[0] == entries[0] and " – " in entries[0])


def _initials_then_name(text: str) -> bool:
    """Whether a row starts with initials and then a name ("NA<tab>Neil Ashdown<tab>Associate Director ...")."""
    cells = text.split("\t")
    return len(cells) >= 2 and bool(_INITIALS_CELL.fullmatch(cells[0].strip())) and _starts_with_name(cells[1])


def _repeats(text: str) -> int:
    """The columns per person of a heading that repeats ("Name | Organisation | Name | Organisation": 2), or 0."""
    cells = [c.strip().lower() for c in text.split("\t") if c.strip()]
    for period in (2, 3):
        if len(cells) >= 2 * period and len(cells) % period == 0 and cells == cells[:period] * (len(cells) // period):
            return period
    return 0


def _names_lists(text: str) -> bool:
    """Whether a heading row names a list besides the names' column ("Present", "Apols")."""
    cells = [c.strip() for c in text.split("\t") if c.strip()]
    return any(_kind_of_head(c) and c.lower() not in {"name", "names", "member", "members"} for c in cells)


def _is_heading_row(text: str) -> bool:
    cells = [c.strip() for c in text.split("\t") if c.strip()]
    return bool(cells) and all(_kind_of_head(c) or _AGENCY_WORDS.match(c) or _REP_WORDS.match(c) for c in cells)
