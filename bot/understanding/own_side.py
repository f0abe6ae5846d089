"""The writer's own agency named as the side doing the work, beside "we".

"probation - we'll take the MAPPA review", "we'll pick that up for police – CSE profile refresh", "cafcass can pick
up the data request – we'll get it to Martine in two weeks", "we'll take that one – early years will run the
session": the board records work an agency takes on against the agency, so the owner is the writer's agency, not
the writer. Only the writer's own agency counts ("we'll send it to the police" gives the police nothing), and only
where the message says "we"; "probation" or "the trust" naming two agencies is the writer's one.
"""

from __future__ import annotations

import re

from bot.directory import Person
from bot.understanding.action_requests import WORK_VERB
from bot.understanding.interpretation import Owner
from bot.understanding.owners import OwnerResolver, Resolution
from bot.understanding.patterns import guarded

_WE = r"we(?:['’]ll|\s+will|\s+can|\s+shall|['’]re\s+going\s+to|\s+are\s+going\s+to)"
_SIDE = r"(?P<who>[\w&'’ ]{2,40}?)"
_IT = guarded(r"^\w+(?:\s+\w+)?\s+(?:that|this|it)(?:\s+(?:one|on|up))?$", re.I)  # "pick that up", "take it on"
_FORMS = (
    # "probation - we'll take the MAPPA review", "Cafcass: yes we can do the data request"
    guarded(rf"^{_SIDE}\s*[-–—:]\s*(?:(?:yes|yep|ok|sure)[,!.]?\s+)?{_WE}\s+(?P<task>.+)$", re.I),
    # "we'll pick that up for police – CSE problem profile refresh, by end of july"
    guarded(
        rf"^(?:(?:ok|sure|yes|yep)[,!.]?\s+)?{_WE}\s+(?P<task>.+?)\s+for\s+(?:the\s+)?{_SIDE}(?:\s*[-–—,.;:]\s*|$)(?P<after>.*)$",
        re.I,
    ),
    # "we'll take that one – early years will run the ofsted readiness session"
    guarded(
        rf"^{_WE}\s+take\s+(?:that|this|it)(?:\s+one|\s+on)?\s*[-–—:,]\s*{_SIDE}\s+(?:will|can|to|could)\s+"
        r"(?P<task>.+)$",
        re.I,
    ),
    # "we'll do the child death data summary for the next board – public health that is, not CDOP", "we'll pull
    # together the missing from home figures for july - police action pls"
    guarded(
        rf"^{_WE}\s+(?P<task>.+?)\s*[-–—]\s*(?:(?:for|it['’]?s|that['’]?s)\s+)?(?:the\s+)?{_SIDE}"
        r"(?:\s+(?:that\s+is|action|one|please|pls|to\s+own|to\s+lead))*(?:\s*[,;]\s*not\s+[^,.;!?]+)?\s*[.!]?$",
        re.I,
    ),
    # "cafcass can pick up the private law data request – we'll get it to Martine in two weeks"
    guarded(
        rf"^{_SIDE}\s+(?:can|will|could)\s+(?P<task>.+?)\s*(?:[-–—,.;]\s*|\s+(?:and|so)\s+)(?:{_WE}\s|put\s+us\s+down\b)",
        re.I,
    ),
)


def own_side(text: str, writer: Person | None, owners: OwnerResolver) -> tuple[Resolution, str] | None:
    """The writer's agency and the work, when the message names that agency as "we" taking the work on."""
    if writer is None or writer.agency_id is None:
        return None
    for form in _FORMS:
        found = form.match(text.strip())
        if found is None or not WORK_VERB.match(found["task"]):
            continue
        side = _writers_agency(owners.phrase(found["who"], allow_unknown=False), writer)
        after = found.groupdict().get("after")
        if side is not None:  # "we'll pick that up for police – CSE profile refresh": the work after the dash
            return Resolution([side]), after if after and _IT.match(found["task"]) else found["task"]
    return None


def _writers_agency(found: Resolution | None, writer: Person) -> Owner | None:
    """The one agency named, when it is the writer's (of two an agency word names, the writer's one)."""
    if found is None:
        return None
    if len(found.owners) == 1 and not found.ambiguous:
        owner = found.owners[0]
        same_unit = owner.department is None or writer.department in (None, owner.department)
        return owner if owner.kind == "agency" and owner.id == writer.agency_id and same_unit else None
    if found.owners or len(found.ambiguous) != 1:
        return None
    mine = [a for a in found.ambiguous[0].agencies if a.id == writer.agency_id]
    return Owner("agency", mine[0].name, mine[0].id) if len(mine) == 1 and not found.ambiguous[0].candidates else None
