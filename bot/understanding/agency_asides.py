"""A member's agency, or a few words about them, in brackets after their name ("Nicola Campbell (Cafcass)", "zala
(hospital)", "me (CRC)", "Nicola (at court today)").

The aside only says who the member is, or why, so the name is read whole in its place: the one member of that name in
that agency (the roster's agency is a verified signal), the writer for "me (CRC)", or the name alone when the aside
says something else. A name of no member of that agency, or of several, or of nobody on the roster, is read "from"
the agency, for the rules to ask about; an aside naming someone ("(Zala attending)") is left as written.
"""

from __future__ import annotations

import re

from bot.understanding.name_words import is_everyday_word
from bot.understanding.names import NameIndex
from bot.understanding.patterns import guarded

__all__ = ["with_agency_asides_read"]

# Up to three words before a bracketed aside of a few words: "Viv T (NPS)", "pam and zala (hospital)"
_ASIDE = guarded(r"(?P<words>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’.-]*){0,2})\s*\((?P<aside>[A-Za-z][^()\n]{1,38})\)")
_SELF = frozenset({"me", "myself", "i"})
_NAME = guarded(r"(?-i:[A-Z])[a-z'’-]+")
# What a name is said to be after its aside when the aside is no agency: away ("… off until 12/6", "… both away")
_AWAY_NEXT = guarded(
    r"\s*(?:and\s+[^.;:!?()]{1,40}?\s+)?(?:(?:is|are|both|will\s+be|['’]s)\s+)*(?:away|off|on\s+(?:annual\s+)?leave|"
    r"out\s+of\s+(?:the\s+)?office)\b",
    re.I,
)
# An aside that says more than who or why: a person named in it, a stand-in, a date or an action
_SAYS_MORE = guarded(
    r"(?-i:[A-Z])[a-z]|\d|\b(?:attend\w*|rep\w*|deput\w*|instead|cover\w*|stand\w*|sub|sending|going|coming|"
    r"action|actions)\b",
    re.I,
)


def with_agency_asides_read(text: str, names: NameIndex) -> str:
    """The text with each "name (agency)" read as the member's full name, "me (agency)" as "me", "name (aside)" as
    the name, and "stranger (agency)" as "stranger from agency"."""
    if "(" not in text:
        return text
    return _ASIDE.sub(lambda found: _read(found, names), text)


def _read(found: re.Match[str], names: NameIndex) -> str:
    aside = found["aside"].strip()
    match = names.agency(aside)
    agencies = (match.agency,) if match.agency else match.candidates
    words = found["words"].split()
    for size in range(len(words), 0, -1):
        phrase, kept = " ".join(words[-size:]), " ".join(words[:-size])
        person = names.person(phrase)
        people = person.candidates or ((person.member,) if person.member else ())
        if phrase.lower() in _SELF and agencies:
            return f"{kept} {phrase}".strip()  # "me (CRC)": the writer
        if not people:
            continue
        if not agencies:  # "Nicola (at court today) off until …": the one member, away
            away = _AWAY_NEXT.match(found.string, found.end())
            alone = person.member is not None and away is not None and not _SAYS_MORE.search(aside)
            return f"{kept} {person.member.name}".strip() if alone and person.member else found[0]
        theirs = [p for p in people if any(a.holds(p) for a in agencies)]
        if len(theirs) == 1:
            return f"{kept} {theirs[0].name}".strip()
        return f"{kept} {phrase} from {aside}".strip()  # "Karen (police)": no Karen there, asked about
    last = words[-1]
    stranger = _NAME.fullmatch(last) and not is_everyday_word(last.lower()) and names.agency(last).agency is None
    return f"{found['words']} from {aside}" if agencies and stranger else found[0]  # "Bob (police)": asked about
