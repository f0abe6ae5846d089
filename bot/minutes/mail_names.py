"""Notes e-mailed after a meeting that name people by first name only ("Who was there: Karen (chairing), Dev, Jo
(Housing) and me"): each is the one person the e-mail itself names in full with that first name, in its "To:" or
"Cc:" line ("me": its sender). A first name the e-mail's header does not name once exactly is left out."""

from __future__ import annotations

import re

from bot.minutes.entries import _split_entries
from bot.minutes.lines import _Line
from bot.minutes.people import person_name
from bot.minutes.results import Person
from bot.understanding.text import fold

_HEADER = re.compile(r"^\s*(?P<key>from|to|cc)\s*:\s*(?P<value>.+)$", re.I)
_CAME_FOR = re.compile(
    r"\b(?P<deputy>[A-Z][a-z'’-]+)\s+(?:came(?:\s+along)?|attended|sat\s+in|stood\s+in|covered)\s+"
    r"(?:for|on\s+behalf\s+of|instead\s+of)\s+(?P<member>[A-Z][a-z'’-]+)\b"
)
_ENTRY = re.compile(r"^(?P<first>[A-Z][a-z'’-]+|me)\b\s*(?:\((?P<note>[^()]*)\))?\.?$", re.I)


def mail_names(lines: list[_Line]) -> dict[str, str]:
    """First name (folded) -> full name, for each first name the e-mail's header gives one person; "me" -> the
    sender. Empty unless the text starts as an e-mail ("From:" and "To:" lines)."""
    found: dict[str, list[str]] = {}
    keys: set[str] = set()
    for line in lines[:12]:
        header = _HEADER.match(line.text)
        if header is None:
            continue
        keys.add(header["key"].lower())
        for part in re.split(r"[;,]", re.sub(r"<[^<>]*>", "", header["value"])):
            named = person_name(part.strip())
            if named is not None and len(named.name.split()) >= 2:
                found.setdefault(fold(named.name.split()[0]), []).append(named.name)
                if header["key"].lower() == "from":
                    found.setdefault("me", []).append(named.name)
    if not {"from", "to"} <= keys:
        return {}
    return {first: names[0] for first, names in found.items() if len(set(names)) == 1}


def first_named(text: str, mail: dict[str, str]) -> list[Person] | None:
    """The people a list of first names names ("Karen (chairing), Dev, Jo (Housing) and me"), or None unless every
    entry is a first name the e-mail names once in full."""
    entries = [e.strip() for e in _split_entries(text, inline=True) if e.strip()]
    people = []
    for entry in entries:
        found = _ENTRY.match(entry)
        if found is None or fold(found["first"]) not in mail:
            return None
        mine = fold(found["first"]) == "me"  # the notes' writer: there to take them
        people.append(Person(mail[fold(found["first"])], role="notes" if mine else None))
    return people or None


def came_for(lines: list[_Line], mail: dict[str, str]) -> list[Person]:
    """Those the notes say came for someone, both named by first name ("Mandy came along for Isla"), each with
    whom they came for."""
    found = []
    for line in lines[:40]:
        for said in _CAME_FOR.finditer(line.text):
            deputy, member = mail.get(fold(said["deputy"])), mail.get(fold(said["member"]))
            if deputy is not None and member is not None:
                found.append(Person(deputy, representing=member))
    return found
