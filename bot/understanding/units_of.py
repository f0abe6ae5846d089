"""A team named by whose it is: "Tony's directorate", "Jo's team", "my lot", "Mayada's group".

A member's team, service or directorate is their agency (or its department), never the member: "what has Tony's
directorate got outstanding" asks about the Directorate of People's actions, not Tony's own. A member's group or
panel is the sub-group they chair; when they chair none, or several, nobody is assumed and the writer is asked.
Part of the owner rules (:mod:`bot.understanding.owners`).
"""

from __future__ import annotations

import re

from bot.directory import AgencyInfo, Person
from bot.understanding.interpretation import Owner
from bot.understanding.names import NameIndex
from bot.understanding.patterns import guarded

__all__ = ["unit_of"]

_UNIT = guarded(
    r"^(?:(?P<mine>my|our)|(?P<who>[A-Za-z][\w’'-]*(?:\s+[A-Za-z][\w’'-]*)?)(?:['’]s|(?<=s)['’]))\s+(?:own\s+)?"
    r"(?:(?P<team>team|directorate|department|dept|service|services|agency|organi[sz]ation|lot|people|colleagues|"
    r"unit|staff)|(?P<group>group|sub[\s-]?group|panel|committee))$",
    re.I,
)


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
