"""The names an action may use for people the minutes list but the roster does not hold yet.

Minutes name owners as the attendance introduced them: a full name, a surname, initials ("AJ to circulate"), or a
role ("the Chair", "Business Manager"). Reading actions against the roster alone would lose all of these for a
board started from its minutes, or a new member. :func:`names_with_minutes` adds each listed person who is not on
the roster to a copy of the board's directory (a negative id marks them), with the initials the minutes give
them (or their own initials when no one else listed shares them) and a role that only they hold as aliases.
:func:`as_written` turns an owner found that way back into a person not on the roster, by full name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from dataclasses import replace

from bot.directory import AgencyInfo, GroupInfo, Person
from bot.minutes.people import _initials_fit, initials_forms, initials_of, words_of
from bot.minutes.results import Person as Listed
from bot.understanding.agencies import candidate_short_names, split_department
from bot.understanding.interpretation import Owner
from bot.understanding.names import NameIndex
from bot.understanding.text import fold
from store.models import Role

# Two-letter words and acronyms that are not someone's initials even when they fit.
_NOT_INITIALS = words_of(
    "AM PM GP HR IT SW CP LA CE DV FE HE OK NA UK EU TV ID QA PR RE CC BC MP AO ICB CCG NHS LSCB DBS SEN GCSE SCR CSE"
    " DCS DSL LAC MASH YOT CIN CAF TAC"
)
# The board's chair: "Chair", "Independent Chair, WSCB", "Co-Chair", "Chairman of the Board"; not "Chair of CDOP",
# "Vice Chair" or a sub-group's chair.
_CHAIR = re.compile(
    r"^(?:independent\s+|co-?)?chair(?:man|person)?\b(?!\s+of\s+(?!the\s+(?:board|partnership)\b))"
    r"(?!\s*,\s*(?:(?!director|member|manager|head|lead|officer|councillor|cabinet).)*\b(?:association|committee|"
    r"forum|federation|network|alliance|society|providers)\b)"  # "Chair, Care Providers' Association": not the board's
    r"(?!.*\b(?:sub-?group|group|panel|committee|forum|cdop)\b)|\bindependent\s+chair\b",
    re.I,
)


def names_with_minutes(names: NameIndex, listed: list[Listed], away: Collection[str] = ()) -> NameIndex:
    """``names`` with every listed person who is not on the roster (findable by name, initials and a role only
    they hold), the agencies they came for that the board does not know, and "all members". ``away``: the names
    of those listed who were not there (apologies, absent)."""
    directory = names.directory
    listed = [_initials_not_agency(p) for p in listed]
    agencies = _new_agencies(names, listed)
    groups = () if names.group("all members") else (GroupInfo(-1, "all members", ("everyone", "all"), "all"),)
    if not listed and not groups:
        return names
    extra: dict[int, list[str]] = {}  # roster members' names in these minutes (their initials, their role)
    members: list[Person] = []
    for person, (sure, guessed) in zip(listed, _aliases(listed, away), strict=True):
        aliases = [*sure, *guessed]
        known = names.person(person.name).member
        if known is not None:
            extra.setdefault(known.id, []).extend(aliases)
            continue
        agency = agencies.get(fold(person.agency or "")) or names.agency(person.agency or "").agency
        members.append(Person(id=-1 - len(members), name=person.name, aliases=tuple(dict.fromkeys(aliases)),
                              agency_id=agency.id if agency else None, agency=person.agency,
                              role=board_role(_role_of(person))))  # fmt: skip
    roster = tuple(
        replace(m, aliases=tuple(dict.fromkeys((*m.aliases, *extra[m.id])))) if m.id in extra else m
        for m in directory.members
    )
    return NameIndex(
        replace(directory, members=(*roster, *members), agencies=(*directory.agencies, *agencies.values()),
                groups=(*directory.groups, *groups), _by_id={}, _by_chat_user={})
    )  # fmt: skip


def guessed_names(listed: list[Listed], away: Collection[str] = ()) -> dict[str, str]:
    """The names only worked out, not written in the attendance ("FW" for Fran Whiteley where no initials were
    given, "LADO" from "Local Authority Designated Officer"): folded name -> the person's name. An owner read
    through one of these is named in the preview's warnings, for the manager to check."""
    listed = [_initials_not_agency(p) for p in listed]
    return {fold(alias): person.name for person, (_, guessed) in zip(listed, _aliases(listed, away), strict=True)
            for alias in guessed}  # fmt: skip


def _initials_not_agency(person: Listed) -> Listed:
    """A listed person whose "agency" is their own initials ("Fiona Rudd", "FR": a table's initials column read as
    the agency): the initials, not an agency named "FR"."""
    written = (person.agency or "").strip()
    if person.initials or not re.fullmatch(r"[A-Z]{2,4}", written) or not _initials_fit(written, person.name):
        return person
    return replace(person, agency=None, initials=written)


def _aliases(listed: list[Listed], away: Collection[str] = ()) -> list[tuple[list[str], list[str]]]:
    """For each listed person, the names the minutes give them (initials in brackets, "T Whelan") and the names
    only worked out (their own initials when no one else listed shares them, or no one else who was there; a role
    only they hold)."""
    everyone_initials = Counter(i for p in listed for i in initials_forms(p.name))
    there_initials = Counter(i for p in listed if p.name not in away for i in initials_forms(p.name))
    roles = Counter(fold(p.role) for p in listed if p.role)
    out: list[tuple[list[str], list[str]]] = []
    for person in listed:
        sure: list[str] = []
        guessed: list[str] = []
        if person.initials:
            sure.append(person.initials)
        else:  # "RC" for Rashid Chowdhury, who came, not Raymond Cole, who sent apologies; "KOM" for K Osei-Mensah
            guessed.extend(
                own
                for own in initials_forms(person.name)
                if len(own) >= 2
                and own not in _NOT_INITIALS
                and (everyone_initials[own] == 1 or (person.name not in away and there_initials[own] == 1))
            )
        words = person.name.split()
        if len(words) >= 2 and len(words[0]) > 1:
            sure.append(f"{words[0][0]} {words[-1]}")  # "T Whelan" in an action sheet
        role = _role_of(person)
        if role and roles[fold(person.role or "")] == 1:
            role_names = _role_names(role)
            sure.append(role_names[0])
            guessed.extend(role_names[1:])
        out.append((sure, guessed))
    return out


def _new_agencies(names: NameIndex, listed: list[Listed]) -> dict[str, AgencyInfo]:
    """The agencies the attendance names that the board does not know, by folded name (negative ids)."""
    found: dict[str, AgencyInfo] = {}
    initials = {fold(i) for p in listed for i in (p.initials, initials_of(p.name)) if i}  # "KL" is a person's
    places = {p.agency.split()[0] for p in listed if p.agency and len(p.agency.split()) >= 2}
    for person in listed:
        if person.agency and names.agency(person.agency).agency is None and fold(person.agency) not in found:
            written = split_department(person.agency)[0]
            unit = re.match(r"^[^,]{3,40}\b(?:unit|team|department|division),\s+(?P<org>[^,]{3,60})$", written, re.I)
            written = unit["org"] if unit else written  # "Public Protection Unit, Northshire Police": the police
            short = {
                s for s in (*candidate_short_names(written), *_place_and_letters(written)) if fold(s) not in initials
            }
            rest, _, last = written.rpartition(" ")
            if last in places and rest[:1].isupper() and not rest.isupper():
                short.add(rest)  # "Healthwatch Harrowdale" is "Healthwatch" where other agencies start "Harrowdale"
            found[fold(person.agency)] = AgencyInfo(-1 - len(found), written, tuple(sorted(short)))
    return found


def _role_of(person: Listed) -> str | None:
    """A listed person's role as it names them: "Chair" of an organisation that is not the board (a committee, an
    association) is that organisation's chair, "Chair, Health Scrutiny Committee", not the board's."""
    role, agency = person.role, person.agency
    board = re.compile(r"\b(?:board|partnership|lscb|lscp|sab|scb|scp|sapb)\b", re.I)
    if (
        role
        and agency
        and re.fullmatch(r"(?:co-?)?chair(?:man|person)?", role.strip(), re.I)
        and not board.search(agency)
    ):
        return f"{role.strip()}, {agency}"
    return role


def _place_and_letters(agency: str) -> list[str]:
    """ "Westshire Community Rehabilitation Company" -> "Westshire CRC" and "CRC": a place, then a name of three
    or more capitalised words written as their initials."""
    words = agency.split()
    rest = words[1:]
    if len(rest) < 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return []
    letters = "".join(w[0] for w in rest)
    return [f"{words[0]} {letters}", letters]


def board_role(role: str | None) -> Role:
    """The chair, the business manager and lay members are found by their role ("the Chair to write ...")."""
    if role and _CHAIR.search(role):
        return Role.CHAIR
    if role and re.search(r"\bbusiness manager\b|\bboard manager\b", role, re.I):
        return Role.MANAGER
    if role and re.search(r"\blay (?:member|advis[eo]r)\b", role, re.I):
        return Role.LAY_ADVISOR
    return Role.MEMBER


def _role_names(role: str) -> list[str]:
    """ "Local Authority Designated Officer (LADO) – item 5" -> the role, "LADO", and the role without its notes."""
    plain = re.split(r"\s[–—-]\s|\s*\(", role)[0].strip()
    bare = re.sub(r"^(?:[A-Z]{2,6}\s+)+(?=[A-Z][a-z])", "", plain)  # "LSCB Training Co-ordinator": the job
    words = [w for w in bare.split() if w.lower() not in {"of", "for", "and", "the", "&"}]
    capitals = [w[0] for w in words if w[:1].isupper()]
    acronym = ["".join(capitals)] if len(capitals) >= 3 and len(capitals) == len(words) else []  # "DASS"
    short = [re.sub(r"\bBusiness\s+(?=Manager\b)", "", plain)] if len(plain.split()) >= 3 else []  # "SAB Manager"
    board = re.fullmatch(r"(?P<board>(?:SAB|LSCB|SCB|LSCP|SCP|SAPB|SSAB))\s+[A-Z][a-z]+\s+Manager", plain)
    short += [f"{board['board']} Manager"] if board else []  # "SAB Development Manager" is the "SAB Manager"
    written = [re.sub(r"\bManager\b", "Mgr", n) for n in (plain, bare, *short) if re.search(r"\bManager\b", n)]
    ending = re.search(r"(?:&|\band)\s+(?P<words>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})$", plain)  # "... & Quality
    if ending:  # Assurance" is also written "... & QA"
        written.append(plain[: ending.start("words")] + "".join(w[0] for w in ending["words"].split()))
    tail = re.search(r"\s+(?:&|and)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?$", plain)  # "Head of Adult Safeguarding and
    if tail and len(plain[: tail.start()].split()) >= 3:  # Quality" is also the "Head of Adult Safeguarding"
        written.append(plain[: tail.start()])
    joined = re.fullmatch(r"(?P<a>[A-Z][\w]+)\s+(?:and|&)\s+(?P<b>[A-Z][\w]+)\s+(?P<job>[A-Z][a-z]+)", plain)
    if joined:  # "MCA and DoLS Lead" written "MCA/DoLS Lead"
        written.append(f"{joined['a']}/{joined['b']} {joined['job']}")
    return list(dict.fromkeys([role, plain, bare, *acronym, *re.findall(r"\(([A-Z]{2,6})\)", role), *short, *written]))


def as_written(owner: Owner) -> Owner:
    """An owner found among what only the minutes list: a person not on the roster by full name; an agency or
    "all members" by name, with no id (the importer finds or makes them on the board)."""
    if owner.id is not None and owner.id < 0:
        return Owner("unknown" if owner.kind == "member" else owner.kind, owner.name)
    return owner
