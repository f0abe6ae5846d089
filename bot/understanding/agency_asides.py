"""A member's agency written in brackets after their name ("Nicola Campbell (Cafcass)", "zala (hospital)", "me (CRC)").

The aside only says who the member is, so the name is read whole in its place: the one member of that name in that
agency (the roster's agency is a verified signal), or the writer for "me (CRC)". An aside that is not one agency, or a
name that is no member of it, or several, is left as written for the rules to read (and ask about).
"""

from __future__ import annotations

import re

from bot.understanding.names import NameIndex
from bot.understanding.patterns import guarded

__all__ = ["with_agency_asides_read"]

# Up to three words before a bracketed aside of a few words: "Viv T (NPS)", "pam and zala (hospital)"
_ASIDE = guarded(r"(?P<words>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’.-]*){0,2})\s*\((?P<aside>[A-Za-z][^()\n]{1,38})\)")
_SELF = frozenset({"me", "myself", "i"})


def with_agency_asides_read(text: str, names: NameIndex) -> str:
    """The text with each "name (agency)" read as the member's full name, and "me (agency)" as "me"."""
    if "(" not in text:
        return text
    return _ASIDE.sub(lambda found: _read(found, names), text)


def _read(found: re.Match[str], names: NameIndex) -> str:
    agency = names.agency(found["aside"].strip()).agency
    if agency is None:
        return found[0]
    words = found["words"].split()
    for size in range(len(words), 0, -1):
        phrase = " ".join(words[-size:])
        kept = " ".join(words[:-size])
        if phrase.lower() in _SELF:
            return f"{kept} {phrase}".strip()
        match = names.person(phrase)
        people = match.candidates or ((match.member,) if match.member else ())
        if not people:
            continue
        theirs = [p for p in people if p.agency_id == agency.id and agency.department in (None, p.department)]
        if len(theirs) != 1:
            return found[0]  # of another agency, or several of this one: as written, for the rules to ask about
        return f"{kept} {theirs[0].name}".strip()
    return found[0]
