"""A team named by whose it is: "Tony's directorate", "Jo's team", "my lot", "Mayada's group", "the hospital's
named nurse team", "the police safeguarding team".

A member's team, service or directorate is their agency (or its department), never the member: "what has Tony's
directorate got outstanding" asks about the Directorate of People's actions, not Tony's own. A member's group or
panel is the sub-group they chair; when they chair none, or several, nobody is assumed and the writer is asked.
A team or post of an agency ("the council's comms team", "the CCG's designated nurse", "the hospital midwifery
team") is that agency: the board records actions against its members, agencies and groups, never a team it does
not list. Part of the owner rules (:mod:`bot.understanding.owners`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.directory import AgencyInfo, Person
from bot.understanding.interpretation import Owner
from bot.understanding.names import NameIndex
from bot.understanding.patterns import guarded
from bot.understanding.resolution import Resolution

__all__ = ["agency_unit", "someone_from", "someone_there", "unit_of", "unlisted_team"]

_UNIT = guarded(
    r"^(?:(?P<mine>my|our)|(?P<who>[A-Za-z][\w’'-]*(?:\s+[A-Za-z][\w’'-]*)?)(?:['’]s|(?<=s)['’]))\s+(?:own\s+)?"
    r"(?:(?P<team>(?:[a-z][a-z-]*\s+){0,2}(?:team|directorate|department|dept|unit)|service|services|agency|"
    r"organi[sz]ation|lot|people|colleagues|staff)|(?P<group>group|sub[\s-]?group|panel|committee))$",
    re.I,
)

_UNIT_HEAD = (
    r"(?:team|teams|unit|services?|department|dept|directorate|hub|office|staff|colleagues|nurses?|doctors?|"
    r"midwi(?:fe|ves)|officers?|workers?|professionals|leads?)"
)
# "the hospital's named nurse team", "the CCG's designated nurse", "Directorate of People's commissioning team"
_AGENCY_POSSESSIVE = guarded(
    rf"^(?:the\s+)?(?P<place>[\w&][\w&' -]*?)(?:['’]s|(?<=s)['’])\s+(?:[a-z][\w-]*\s+){{0,3}}{_UNIT_HEAD}$",
    re.I,
)
# Several of an agency's people ("CCG designated nurses"); one ("the CCG designated nurse, Jenny Cole") is a person
_UNITS = r"(?:teams|services|staff|colleagues|nurses|doctors|midwives|officers|workers|professionals|leads)"
_WHAT_IT_DOES = r"(?!(?:and|or|plus|with|nor)\b)(?-i:[a-z][a-z-]*|[A-Z]{2,5})"  # never "housing and youth services"
# "the police safeguarding team", "the hospital midwifery team", "the police CSE team", "CCG designated nurses": the
# agency, then what the team does
_AGENCY_TEAM = guarded(
    rf"^(?:the\s+)?(?P<place>(?:(?!\s(?:and|or|plus)\s)[^+&,/])+?)\s+(?:{_WHAT_IT_DOES}(?:\s+{_WHAT_IT_DOES})?\s+(?:team|unit|department|dept|hub)|"
    rf"(?:{_WHAT_IT_DOES}\s+){{0,2}}{_UNITS})$",
    re.I,
)

# "someone from Dudley Group and the CCG", "a rep from the police": the agencies themselves.
_SOMEONE_FROM = guarded(
    r"^(?:someone|somebody|anyone|a rep(?:resentative)?|a colleague|one of the team|a manager)\s+(?:from|at|in)\s+",
    re.I,
)
# "Barnardo's", "the NSPCC", "Women's Aid": a body named with capitals (one the board does not list is asked about)
_NAMED_BODY = guarded(r"^(?:the\s+)?(?-i:[A-Z][\w&'’-]*)(?:\s+(?:of\s+)?(?-i:[A-Z][\w&'’-]*)){0,3}$", re.I)

# "the MASH team", "the Early Help team manager": a team the roster does not list (one it lists is its agency)
_NAMED_TEAM = guarded(
    r"^(?:the\s+)?(?P<team>(?-i:[A-Z][\w&'’-]*)(?:\s+(?-i:[A-Z][\w&'’-]*)){0,3}\s+(?:team|unit|hub)"
    r"(?:\s+(?:manager|lead|leader))?)$",
    re.I,
)


def unlisted_team(text: str, names: NameIndex) -> list[Owner] | None:
    """A team named with capitals that the roster does not hold, as an unknown owner (asked about, by its name
    without "the"); None when the phrase is not one, or starts with a member's name ("Sally team")."""
    found = _NAMED_TEAM.match(text.strip())
    if found is None or names.person(found["team"].split()[0]).candidates:
        return None
    return [Owner("unknown", found["team"])]


def someone_from(text: str) -> str | None:
    """Where "someone from …" is from ("the police" in "someone from the police"), or None when not so written."""
    found = _SOMEONE_FROM.match(text)
    return text[found.end() :] if found else None


def someone_there(place: str, owners: Resolution | None) -> Resolution | None:
    """Someone from a place: its agencies ("someone from the police"), a body written with capitals that the
    board does not list ("someone from Barnardo's": asked about), else None (no person is guessed)."""
    if owners and all(o.kind == "agency" for o in owners.owners):
        return owners
    named_body = owners is None and _NAMED_BODY.match(place.strip()) is not None
    return Resolution([Owner("unknown", re.sub(r"^the\s+", "", place.strip(), flags=re.I))]) if named_body else None


def agency_unit(text: str, owners: Callable[..., Resolution | None]) -> list[Owner] | None:
    """The agency whose team or post the phrase names, or None when it names none (``owners`` reads a place:
    "the hospital", "the trust" written by a trust's member)."""
    found = _AGENCY_POSSESSIVE.match(text.strip()) or _AGENCY_TEAM.match(text.strip())
    place = owners(found["place"], allow_unknown=False) if found else None
    kinds = [o.kind for o in place.owners] if place and not place.ambiguous else []
    return list(place.owners) if place and kinds == ["agency"] else None


def unit_of(text: str, names: NameIndex, writer: Person | None) -> list[Owner] | None:
    """The owners a team named by whose it is means (one agency, or one group), ``[]`` when whose it is cannot be
    told (a name that fits several members, a member who chairs no group or several: the writer is asked), or None
    when the phrase is not one."""
    found = _UNIT.match(text.strip())
    if found is None:
        return None
    if found["mine"]:
        if found["group"] or writer is None:
            return None  # "our group": the owner rules' own reading (the group the writer chairs)
        person = writer
    else:
        match = names.person(found["who"])
        if match.member is None:
            return [] if match.candidates else None
        person = match.member
    if found["group"]:
        chaired = [g for g in names.directory.groups if g.chair_id == person.id]
        return [Owner("group", chaired[0].name, chaired[0].id)] if len(chaired) == 1 else []
    unit = _unit_of(person, names)
    return [Owner.of_agency(unit)] if unit is not None else []


def _unit_of(person: Person, names: NameIndex) -> AgencyInfo | None:
    """The member's department when they belong to one, else their agency."""
    units = names.directory.departments if person.department else names.directory.agencies
    return next(
        (u for u in units if u.id == person.agency_id and (u.department or None) == (person.department or None)), None
    )
