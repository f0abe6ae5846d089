"""The writer's own agency named as the side doing the work, beside "we".

"probation - we'll take the MAPPA review", "we'll pick that up for police – CSE profile refresh", "cafcass can pick
up the data request – we'll get it to Martine in two weeks", "we'll take that one – early years will run the
session": the board records work an agency takes on against the agency, so the owner is the writer's agency, not
the writer. Only the writer's own agency counts ("we'll send it to the police" gives the police nothing), and only
where the message says "we"; "probation" or "the trust" naming two agencies is the writer's one.
"""

from __future__ import annotations

import re

from bot.directory import Person, department_name
from bot.understanding.action_requests import WORK_VERB
from bot.understanding.interpretation import Owner
from bot.understanding.owners import OwnerResolver, Resolution
from bot.understanding.patterns import guarded
from bot.understanding.person_words import BOTH_OF_US

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
        r"(?:\s+(?:that\s+is|action|one|please|pls|to\s+own|to\s+lead))*(?:\s*[,;]\s*not\s+[^,.;!?]+)?"
        # "… - housing, end of may": when, after whose
        r"(?:\s*[,;]\s*(?:by\s+|due\s+)?(?:end|mid|next|this|w/?c|early|late|\d|mon|tue|wed|thu|fri|jan|feb|mar|apr|may|jun|"
        r"jul|aug|sep|oct|nov|dec)[^,.;!?]{0,25})?\s*[.!]?$",
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
        side = writers_agency(owners.phrase(found["who"], allow_unknown=False), writer)
        after = found.groupdict().get("after")
        if side is not None:  # "we'll pick that up for police – CSE profile refresh": the work after the dash
            return Resolution([side]), after if after and _IT.match(found["task"]) else found["task"]
    return None


def writers_agency(found: Resolution | None, writer: Person | None) -> Owner | None:
    """The one agency named, when it is the writer's (of two an agency word names, the writer's one)."""
    if writer is None or writer.agency_id is None:
        return None
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


# "action for us: deep dive on CP plans …", "action for us at the trust - …", "new action for us (fire) - …"
_US = guarded(r"^(?:us|we)(?:\s+(?:at|in|from)\s+(?P<side>.+?)|\s*\((?P<side2>[^)]+)\))?\s*$", re.I)


def us_named(who: str, writer: Person | None, owners: OwnerResolver) -> Resolution | None:
    """ "us", "us at the trust", "us (fire)" as an action's owner: the writer's own agency (its department, where the
    writer has one); None when the agency named is not the writer's."""
    found = _US.match(who.strip())
    if found is None or writer is None or writer.agency_id is None or writer.agency is None:
        return None
    side = found["side"] or found["side2"]
    if side:
        named = writers_agency(owners.phrase(side, allow_unknown=False), writer)
        return Resolution([named]) if named is not None else None
    name = department_name(writer.agency, writer.department)
    return Resolution([Owner("agency", name, writer.agency_id, department=writer.department)])


_BOTH_OF_US = guarded(rf"^{BOTH_OF_US}\s*$", re.I)
_GREETED = guarded(r"^\W*(?:(?:hi|hiya|hello|dear|morning|afternoon)\s+)?(?-i:[A-Z])[a-z]+\s*[,:!–—-]", re.I)


def both_of_us(who: str, text: str, writer: Person | None, owners: OwnerResolver) -> Resolution | None:
    """ "Jo asked me to get an action down for the two of us - …": the writer and the one other member the message
    names (never the one it greets first); None when it names no other member, or several."""
    if writer is None or not _BOTH_OF_US.match(who.strip()):
        return None
    greeted = _GREETED.match(text)
    words = re.findall(r"[A-Za-z][\w'’-]*", text[greeted.end() if greeted else 0 :])
    others = {
        o
        for word in words
        if word[:1].isupper() and (found := owners.single(word, allow_unknown=False)) and not found.ambiguous
        for o in found.owners
        if o.kind == "member" and o.id != writer.id
    }
    if len(others) != 1:
        return None
    return Resolution([*others, Owner("member", writer.name, writer.id)])
