"""Apologies from a body rather than a person: "apologies from the police safeguarding team", "pls send fire
apologies for monday", "Please send the fire service's apologies", "housing will have to send apologies". The body's
own member writing them is read as sending their own by the board's convention
(:func:`bot.understanding.absentees.own_agency_attends`); a team no agency's words name is asked about, never taken
for the writer."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.understanding.apology_lists import someone_from
from bot.understanding.interpretation import Owner
from bot.understanding.owners import OwnerResolver, Resolution
from bot.understanding.patterns import guarded

__all__ = ["body_apologies", "from_whom"]

# "the police safeguarding team", "our DGFT midwifery colleagues": a team, unit or staff of some body
_A_TEAM = guarded(r"\b(?:team|teams|unit|service|department|dept|colleagues|staff|lot|office|hub)$", re.I)
# "pls send fire apologies for monday", "Please send the fire service's apologies": a body's, named before the word
_BODY_APOLOGIES = guarded(
    r"\b(?:send|sending|pass\s+on|passing\s+on|record|log|note|add)\s+(?:the\s+)?"
    r"(?P<body>(?:[\w&'’-]+\s+){0,2}?[\w&'’-]+?)(?:['’]s?)?\s+(?:apolog(?:y|ies)|apols|regrets)\b",
    re.I,
)

# "the fire service will have to send apologies for monday", "i'm afraid housing has to send its apologies"
_BODY_SENDS = guarded(
    r"(?:^|[,;:.!?–—-]\s*|\b(?:afraid|sadly|unfortunately|so)\s+)(?:the\s+)?"
    r"(?P<body>(?!(?:I|I['’]m|im|we|afraid|sadly|unfortunately|so|sorry|but|and)\b)(?:[\w&'’-]+\s+){0,2}?[\w&'’-]+)\s+"
    r"(?:will\s+have\s+to|(?:has|have|need|needs)\s+to|will|(?:is|are)\s+going\s+to|must)\s+send\s+"
    r"(?:(?:its|their|our)\s+)?(?:apolog(?:y|ies)|apols|regrets)\b",
    re.I,
)


def from_whom(who: str, named_in: Callable[[str], Resolution], owners: OwnerResolver) -> Resolution | None:
    """Whose apologies "apologies from <who>" are, when the roster's names did not say: someone not on it ("from
    tabbie": an unknown owner, asked about), the one agency a team's words name ("from the police safeguarding team"),
    or nobody understood (an empty resolution, asked about) for a team naming none or more; None for anything else."""
    if someone_from(who):
        return Resolution([Owner("unknown", who, suggestions=owners.names.near(who))])
    if not _A_TEAM.search(who.strip()):
        return None
    named = named_in(who)
    agencies = [o for o in named.owners if o.kind == "agency"]
    return Resolution(agencies) if len(agencies) == len(named.owners) == 1 and not named.ambiguous else Resolution()


def body_apologies(text: str, owners: OwnerResolver) -> Resolution | None:
    """The agency whose apologies are sent by name ("send fire apologies for monday", "the fire service will have to
    send apologies …"), or None."""
    for pattern in (_BODY_APOLOGIES, _BODY_SENDS):
        found = pattern.search(text)
        named = owners.phrase(found["body"], allow_unknown=False) if found else None
        if named and named.owners and all(o.kind == "agency" for o in named.owners):
            return named
    return None
