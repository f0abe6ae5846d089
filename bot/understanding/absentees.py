"""Whose apologies a message sends when it names them in a list: "apologies for Monday from me and Anne Harris",
"please record apologies for Rachael Doyle and Marie Hunter for the workshop", "apologies from both Richard and
myself", "tony oakmen's apologies for july", "Zala will be at the July board after all" (read by the apology rules).

Every name in the list must be a member (or a name the roster nearly holds, to be asked about); a list with anything
else in it ("apologies for Monday") is not one, so the rules read the message another way.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.directory import AgencyInfo, Directory, Person
from bot.understanding.absence_words import INSTEAD_OF, NOBODY_SENT, TAKES_THEIR_PLACE
from bot.understanding.interpretation import Intent, Interpretation, Owner
from bot.understanding.owners import OwnerResolver, Resolution
from bot.understanding.patterns import guarded
from bot.understanding.person_words import BOTH_OF_US
from bot.understanding.resolution import each

__all__ = [
    "JOINT",
    "UNREPRESENTED",
    "agency_away",
    "agency_people_named",
    "named_absentees",
    "named_attending",
    "nobody_from",
    "own_agency_attends",
    "politely_of_another",
]

_NAME = (
    r"[A-Za-z][\w'’-]*(?:\s+(?!(?:and|for|from|at|on|to|both|are|is|will|can|as|in|down)\b)[A-Za-z][\w'’-]*)?"
    r"(?:\s+(?:from|in|at)\s+(?:the\s+)?(?-i:[A-Z])[\w&'’-]+(?=\s+for\b))?"  # "apologies for Sue from the VCSG for …"
    r"(?:\s*\([^()\n]{1,30}\))?"  # "from Nicola (Cafcass) and Viv (NPS)": an aside after each name
)
_LIST = rf"(?:both\s+)?{_NAME}(?:\s*(?:,|\band\b(?:\s+from\b)?|&|\+)\s*{_NAME}){{0,4}}"  # "from me and from Viv"
_AFTER = r"(?=\s*(?:for\b|at\b|on\b|to\b|[-–—,.;:!?(]|$|\s+(?:as|because|so|both|who|they|she|he|are|is)\b))"
# "apologies for Monday from me and Anne Harris", "apols for Zala and Pam for Monday", "apologies from WMP": the list.
_LISTED = guarded(
    r"\bapol\w*\s+(?:(?:for|on)\s+(?:the\s+)?(?:[\w'’]+\s+){0,3}?(?:board|panel|workshop|meeting|mon(?:day)?|tue(?:s|sday)?|"
    r"wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|\d{1,2}(?:st|nd|rd|th)?(?:\s+\w+)?)\s+(?:\([^)]{1,20}\)\s+)?|"
    r"(?:(?:for|on)\s+)?\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\s+)?"  # "apols 10/7 for remley": the day as figures
    rf"(?:for|from|of|on\s+behalf\s+of)\s+(?P<who>{_LIST}){_AFTER}",
    re.I,
)
# "tony oakmen's apologies for july pls", "Kate and Viv's apologies for Monday", "mike g and helen both apols for
# monday": whose, before the word.
_POSSESSED = guarded(
    rf"^(?:(?:please|pls|can you|could you)\s+(?:note|log|record|add)\s+)?(?P<who>{_LIST})"
    r"(?<!\bmy)(?<!\bour)(?<!\bhis)(?<!\bher)(?<!\btheir)(?<!\byour)(?<!\bthe)(?:['’]s?)?\s+(?:both\s+)?apol",
    re.I,
)
# "I'm afraid both Zala and I will be unable to attend the July board", "Kate and I can't make Monday": who is not.
_NOT_COMING = guarded(
    rf"(?:^|[-–—:,.;]\s+|\b(?:so|afraid|unfortunately|sadly)\s+)(?P<who>(?:both\s+)?{_NAME}(?:\s*(?:,|\band\b|&|\+)\s*"
    rf"{_NAME}){{1,4}})\s+(?:will\s+(?:both\s+)?"  # two or more: one alone is read as the writer's apology is
    r"(?:be\s+unable|not\s+be\s+able)\s+to\s+(?:attend|make|come)|(?:both\s+)?(?:can['’]?t|cannot|won['’]?t)\s+(?:both\s+)?"
    r"(?:attend|make|come|be\s+there)|(?:are|will)\s+both\s+(?:be\s+)?(?:away|off|unable)|"
    # "viv + kate mc both out for sept board", "both Mike and I will need to send apologies"
    r"(?:are\s+)?both\s+(?:out|off|away)\s+(?:for|on|at)|(?:will\s+)?(?:both\s+)?(?:need|have)\s+to\s+send\s+(?:our\s+)?apol\w*|"
    r"(?:are\s+)?(?:both\s+)?sending\s+(?:our\s+)?apol\w*)\b",
    re.I,
)
# "neither rich nor sally can make it", "Police apols for the wkshop - neither Richard nor Sally is able to attend"
_NEITHER = guarded(
    rf"\bneither\s+(?P<who>{_NAME}\s+nor\s+{_NAME})\s+(?:can|could|(?:is|are|will\s+be)\s+able\s+to)\s+"
    r"(?:make|attend|come|do|be\s+there|go)\b",
    re.I,
)
# "Pam asked me to send apologies from both of us": the one who asked and the writer.
_BOTH_OF_US = guarded(
    rf"(?:^|[,.;:]\s+|\b(?:hi|hello|morning)\b[^,.]*,\s*)(?P<who>{_NAME})\s+(?:has\s+)?asked\s+me\s+to\s+(?:send|pass\s+on|give)\s+"
    rf"(?:apolog\w*|apols)\s+(?:from|for)\s+{BOTH_OF_US}\b",
    re.I,
)
# "I shall not be at the September board, and neither will Tony": the writer, then the one named as away too
_NOR_THEY = guarded(
    rf"\bI\b[^.!?]{{3,80}}?[,;]?\s+(?:and\s+)?(?:neither|nor)\s+(?:will|can|could|is|does|shall)\s+(?!I\b)(?P<who>{_NAME})"
    r"(?=\s*(?:[,.;:!?–—-]|$|\s+(?:be|make|attend|come|go|as|because|since|cos|who)\b))",
    re.I,
)
# "Helen's asked me to send apols for the july board", "Tony has asked me to send his apologies": the one who asked
# (never "… apologies from both of us", read above, nor "… to send apologies from me").
_ASKED_TO_SEND = guarded(
    rf"(?:^|[,.;:]\s+|\b(?:hi|hello|morning)\b[^,.]*,\s*)(?P<who>{_NAME}?)(?:['’]s|\s+has|\s+had)?\s+asked\s+me\s+to\s+"
    r"(?:send|pass\s+on|give|forward)\s+(?:(?:her|his|their)\s+)?(?:apolog\w*|apols)\b"
    r"(?!\s+(?:from|for)\s+(?:both|the\s+two|us|me|myself)\b)",
    re.I,
)
# "Tony's asked me to go to monday's panel instead of him", "I've been asked to cover for Pam at …": whose place
_THEIR_PLACE = guarded(TAKES_THEIR_PLACE, re.I)
# "I'll go to the panel instead of Zala": the one whose place the writer takes
_IN_PLACE_OF = guarded(rf"{INSTEAD_OF}(?P<who>{_NAME})", re.I)
# "could you put Zala down as apologies for the July board?", "mark Pam and Jo as absent on Monday"
_PUT_DOWN = guarded(
    rf"\b(?:put|mark|record|log|note|have)\s+(?P<who>{_LIST})\s+(?:down\s+)?as\s+(?:an?\s+)?(?:apolog|apols|absent|"
    r"sending\s+apolog)",
    re.I,
)
_WRITER = {"me", "myself", "i"}


def named_absentees(text: str, owners: OwnerResolver, writer_owners: Resolution) -> Resolution | None:
    """The members a list of names in an apology means (the writer where it says "me"), or None."""
    for together in (_BOTH_OF_US.search(text), _NOR_THEY.search(text)):
        named = _resolved(f"{together['who']} and me", owners, writer_owners) if together else None
        if named is not None:
            return named
    for pattern in (_POSSESSED, _LISTED, _NOT_COMING, _NEITHER, _PUT_DOWN, _ASKED_TO_SEND, _IN_PLACE_OF, _THEIR_PLACE):
        found = pattern.search(text)
        if found and pattern is _IN_PLACE_OF and re.search(r"\bmy\s+(?:apolog|apols)", text, re.I):
            continue  # "small change to my apols … - Remley will cover instead of Annette": the stand-in changed
        written = (found["who"] or found.groupdict().get("for") or found.groupdict().get("asker")) if found else ""
        who = re.sub(r"['’]s$", "", written or "")  # "Pam asked me to sit in for Jo at the panel": Jo's
        named = _resolved(who, owners, writer_owners) if found else None
        if named is not None:
            return named
    return None


# "Zala will be at the July board after all", "Both Rachael and Marie can come to the workshop now", "Sue H and Jo F
# are both coming on Monday after all", "Pam and I will both be there": who is coming after all.
_ATTENDING = guarded(
    rf"(?:^|[-–—:,.;]\s+(?:so\s+)?|\bso\s+)(?P<who>{_LIST})\s+(?:(?:are|is|will|can|have)\s+)?(?:both\s+|now\s+|also\s+|all\s+)*"
    r"(?:can\s+(?:now\s+|both\s+|all\s+)?(?:make|attend|come|do)(?=\s+(?:to\s+|on\s+)?(?:it\b|the\s+(?:\w+\s+)?"
    r"(?:board|meeting|panel|workshop|development\s+day)|"
    r"mon|tue|wed|thu|fri|\d|the\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:$|[,.!?]|now\b|after\b|of\b|jun|jul|sep)|jun|jul|sep|after\s+all|now\s*(?:[,.!-]|$))|\s*(?:[,.!]|$)|\s+-)|"
    r"(?:is|are|(?:will|['’]ll)\s+(?:both\s+|now\s+|also\s+|all\s+)*be)\s+(?:now\s+|both\s+)*"
    r"(?:coming|attending|able\s+to\s+(?:make|attend|come)|there|at\s+(?:the|it|(?:mon|tue|wed|thu|fri)\w*))\b|"
    r"(?:coming|attending)\b|will\s+(?:come|attend)\b|be\s+(?:there|attending|coming)\b|"
    # "Tony and I will both attend the September board after all", "Chris and I are now free for the workshop"
    r"attend\b(?=\s+(?:the|it|mon|tue|wed|thu|fri))|free\s+(?:for|to\s+(?:come|attend))\b|"
    r"(?:(?:is|are|['’]s|['’]re)\s+)?back\s+(?:in|on)\s+for\b)",  # "su v back in for the sept board"
    re.I,
)


def named_attending(text: str, owners: OwnerResolver, writer_owners: Resolution) -> Resolution | None:
    """The members a message says are coming after all (the writer where it says "I"), or None."""
    for found in _ATTENDING.finditer(text):
        parts = found["who"].split(",")
        for start in range(len(parts)):  # "scrap that, marie and I can do …": the names after what is said first
            named = _resolved(",".join(parts[start:]), owners, writer_owners)
            if named is not None:
                return named
    return None


def _resolved(listed: str, owners: OwnerResolver, writer_owners: Resolution) -> Resolution | None:
    """Each name of a list as a member (or asked about); None when any part is not one."""
    listed = re.sub(r"^both\s+", "", listed, flags=re.I)
    named = Resolution()
    for part in filter(
        None, (p.strip() for p in re.split(r"\s*(?:,|\band\b(?:\s+from\b)?|\bnor\b|&|\+)\s*", listed, flags=re.I))
    ):
        if part.lower() in _WRITER:
            named.add(writer_owners)
            continue
        resolved = _aside_resolved(part, owners)
        if (
            resolved is None
            or not (resolved.owners or resolved.ambiguous)
            or not all(o.kind == "member" or (o.kind == "unknown" and o.suggestions) for o in resolved.owners)
        ):
            return None
        named.add(resolved)
    return named if named.owners or named.ambiguous else None


def _aside_resolved(part: str, owners: OwnerResolver) -> Resolution | None:
    """One name of a list, with the agency an aside gives ("Nicola (Cafcass)": Nicola from Cafcass); the name alone
    when the aside is something else ("Nicola (in court)")."""
    aside = re.search(r"\s*\(([^()]*)\)\s*$", part)
    if aside is None:
        return owners.phrase(part, subject=True)
    name = part[: aside.start()].strip()
    return owners.phrase(f"{name} from {aside[1].strip()}", allow_unknown=False, subject=True) or owners.phrase(
        name, subject=True
    )


# "no one from fire can do the workshop sorry", "nobody from the trust will be at the workshop": that agency is away
_NOBODY_FROM = guarded(
    # "just had a call - nobody from probation can get to the sept board": what is said after how it was heard
    # "cant do 10th July, no one else from crc is free either", "nobody from YOS, Housing or Comm Safety at the July
    # board": the agencies, each
    # "the crews are on exercise so nobody from the fire service will be at the July board": why, then who is not
    r"^(?:[^.!?\n]{0,40}?(?:\s[-–—:]|,)\s+|[^.!?\n]{0,100}?\b(?:so|which\s+means|meaning)\s+)?"
    r"(?:(?:sorry|apols|apologies|unfortunately|afraid|fyi|(?:I['’]ve\s+|"
    r"I\s+have\s+)?(?:just\s+)?(?:heard|been\s+told)(?:\s+that)?)\W+)*(?:no\s*one|no-one|nobody)\s+(?:else\s+)?"
    r"(?:from|at|in)\s+"
    r"(?P<who>(?:the\s+)?[\w&'’-]+(?:(?:\s+|\s*,\s*|\s+(?:or|and|nor)\s+)[\w&'’-]+){0,5}?)\s+(?:(?:can|could|will|"
    r"is\s+able\s+to|['’]ll)\s+(?:be\s+(?:at|there|attending|able\s+to\s+(?:attend|make|come|do))|make|do|attend|"
    r"come(?:\s+to)?|get\s+to)|(?:is|['’]s|are)\s+(?:free|available)(?!\s+to\s+(?:cover|stand|deputi[sz]e))|"
    r"at\s+(?:the|mon|tue|wed|thu|fri)\w*)\b|"  # "no one from housing at the workshop sorry"
    # "no early years rep at monday's panel I'm afraid", "Annette is poorly so no early years rep at the panel"
    r"^(?:.{0,60}?\bso\s+)?no\s+(?P<rep_of>(?:the\s+)?[\w&'’-]+(?:\s+[\w&'’-]+){0,2}?)\s+(?:rep|representative|"
    r"representation|cover)\s+(?:at|for|on)\b",
    re.I,
)


# "the trust wont have anyone at the audit panel on monday", "the hospital can't send anyone to monday's panel"
_NOBODY_SENT = guarded(
    # never "probation won't have anyone at the july board — I'm on a course": the writer's own
    # (but "… im afraid", "sorry, I'm afraid …": only politeness)
    rf"^(?!.*\b(?:I['’]m|I\s+am|I['’]ll|I\s+will|I\s+can['’]?t|I\s+won['’]?t)\b(?!\s+(?:afraid|sorry)\b)).*{NOBODY_SENT}",
    re.I | re.S,
)


# "apols 11/9, nobody from adult safeguarding available that day": said with no "is", and only when the writer says
# nothing of their own absence ("cant do the workshop, sorry. nobody else from probation free" is the writer's)
_NOBODY_AVAILABLE = guarded(
    r"^(?:apols|apologies)\b[^.!?\n]{0,40}?(?:,|\s[-–—:])\s+(?:no\s*one|no-one|nobody)\s+from\s+"
    r"(?P<who>(?:the\s+)?[\w&'’-]+(?:\s+[\w&'’-]+){0,3}?)\s+(?:free|available)(?=\s+(?:that|on|for)\b|\s*[.!]|\s*$)",
    re.I,
)
_OWN_ABSENCE = guarded(r"\b(?:I|I['’]m|Im|cant|can['’]t|cannot|my|me)\b", re.I)


def _nobody_from(text: str) -> re.Match[str] | None:
    """The words saying nobody from an agency will be at a meeting, or None."""
    found = _NOBODY_FROM.match(text)
    return found or (None if _OWN_ABSENCE.search(text) else _NOBODY_AVAILABLE.match(text))


def nobody_from(text: str) -> bool:
    """Whether a message says nobody from some agency will be at a meeting (the agency's apologies, not only the
    writer's, even from one of its members)."""
    return _nobody_from(text) is not None or _NOBODY_SENT.search(text) is not None


def agency_away(text: str, owners: OwnerResolver) -> Resolution | None:
    """The agency nobody from will be at a meeting ("no one from fire can do the workshop"), else None."""
    found = _nobody_from(text)
    written = (found["who"] or found.groupdict().get("rep_of")) if found else None
    parts = re.split(r"\s*,\s*|\s+(?:or|and|nor|&)\s+", written) if written else []
    resolved = each(parts, lambda part: owners.phrase(part, allow_unknown=False)) if parts else None  # "YOS or fire"
    if not resolved or any(o.kind == "member" for o in resolved.owners):
        return None
    return resolved


def own_agency_attends(
    found: Interpretation, writer: Person | None, directory: Directory | None = None, text: str = ""
) -> Interpretation:
    """ "cafcass sends apologies for monday", "probation can attend now" written by that agency's member, "I can't make
    the July board. Helen Ellis will attend on behalf of the VCSG" by its chair: people attend meetings, so the
    apology (or its withdrawal) is the writer's own; but "NPS will have someone at the September board after all,
    please take our apologies off" is the agency's."""
    groups = directory.groups if directory is not None else ()
    if found.intent not in (Intent.APOLOGY, Intent.WITHDRAW_APOLOGY) or writer is None or len(found.owners) != 1:
        return found
    nobody = _NOBODY_CAN.search(text) or _NOBODY_FROM_IT.search(text)  # "nobody from the CRC is able to attend"
    if found.representative == writer.name or nobody:  # "… - mayada on leave, karen j will come",
        return found  # from Karen: she goes; "the trust's apologies for the next board, no one can make it": all of it
    if UNREPRESENTED.search(text) and (not _WRITER_AWAY.search(text) or _DEPUTY_AWAY_TOO.search(text)):
        return found  # "housing won't be represented on monday": the agency (but "…, I'm away that day": the writer)
    if _REPRESENTED.search(text):  # "housing will be represented on monday after all": the agency, as its absence was
        units = (*directory.agencies, *directory.departments) if directory is not None else ()
        unit = next((u for u in units if u.id == writer.agency_id and u.department == writer.department), None)
        mine = found.owners[0].kind == "member" and found.owners[0].id == writer.id
        return replace(found, owners=(Owner.of_agency(unit),)) if unit and mine and _OURS.search(text) else found
    owner = found.owners[0]
    ours = owner.kind == "agency" and owner.id == writer.agency_id and owner.department in (None, writer.department)
    ours = ours or (  # a sub-group the writer chairs or sits on, when they say they are away ("I can't make …")
        owner.kind == "group"
        and _WRITER_AWAY.search(text) is not None
        and any(g.id == owner.id and g.kind == "sub-group" and writer.id in {g.chair_id, *g.member_ids} for g in groups)
    )
    return replace(found, owners=(Owner("member", writer.name, writer.id),)) if ours else found


_NO_REP_FIRST = guarded(r"^\W*no\s+[\w&'’ -]{2,40}?\s+(?:rep|representative)s?\s+(?:at|for|on)\b", re.I)
# "… no one can make it", "none of us can get there", "nobody free that day", "cancel our apols": the whole agency
# (never "no one available to cover": nobody stands in)
_NOBODY_CAN = guarded(
    r"\b(?:no\s*one|no-one|nobody|none\s+of\s+(?:us|them|the\s+team))\s+(?:(?:else\s+)?(?:from\s+(?:us|here|our\s+side)\s+)?)"
    r"(?:can|could|will|is\s+able\s+to|are\s+able\s+to)\s+(?:make|attend|come|be\s+there|go|get\s+there|"
    r"be\s+(?:released|spared))\b|"
    # "whole team is at the inspection feedback", "we're all tied up with the CQC visit": everyone from the agency
    r"\b(?:(?:the|our)\s+)?(?:whole|entire)\s+(?:team|service|department|dept)\s+(?:is|are|['’]s|will\s+be)\s+"
    r"(?:at|away|off|out|in|on|tied\s+up)\b|\b(?:we\s+are|we['’]re|we\s+will\s+(?:all\s+)?be)\s+all\s+"
    r"(?:at|away|off|out|tied\s+up)\b|\ball\s+of\s+us\s+(?:are|will\s+be)\s+(?:at|away|off|out|tied\s+up)\b|"
    # "everyone busy that day", "everybody's tied up with the inspection": the whole agency
    r"\bevery(?:one|body)(?:['’]s|\s+is|\s+will\s+be)?\s+(?:busy|away|off|out|tied\s+up|at|booked|committed)\b|"
    # "nobody else is available", "nobody will be free", "nobody senior enough available"
    r"\b(?:no\s*one|no-one|nobody|none\s+of\s+us)(?:['’]s)?\s+(?!(?:to|who|that|can|could|else)\b)(?:[\w'’-]+\s+){0,3}?"
    r"(?:free|available)\b"  # "nobody's free that day"
    r"(?!\s+to\s+(?:cover|stand|deputi[sz]e|go\s+in|come\s+in|sub))|"
    r"\b(?:cancel|withdraw|remove|scrap|drop|pull|ignore)\s+our\s+(?:apolog\w*|apols)\b",
    re.I,
)
# "CRC apologies for Monday's panel, nobody from the CRC is able to attend": the agency, not its member writing
_NOBODY_FROM_IT = guarded(
    r"\b(?:no\s*one|no-one|nobody)\s+(?:else\s+)?from\s+(?:the\s+)?[\w&'’-]+(?:\s+[\w&'’-]+){0,2}\s+(?:(?:can|could|will|"
    r"is\s+able\s+to)\s+(?:make|attend|come|be\s+there|go)|(?:(?:is|['’]s|are)\s+)?(?:free|available)"
    r"(?!\s+to\s+(?:cover|stand|deputi[sz]e)))\b",  # "trust apols for July - no one from our team free that day"
    re.I,
)
# "me and richard both at court", "Helen and I are both away", "Mayada and myself will both be at …", "neither myself
# nor Zala can attend": the writer and another, absent together.
_ME = r"(?:me|I|myself)"
_OTHER = r"(?!(?:she|he|they|we|you|it|both)\b)[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)??"
_LEAD = r"(?:(?:sorry|unfortunately|afraid|sadly)[,\s–—-]*)?(?:both\s+|neither\s+)?"
_AND = r"\s+(?:and|&|\+|nor)\s+"
JOINT = guarded(
    rf"^{_LEAD}{_ME}{_AND}(?P<who>{_OTHER})\s*(?::|\s(?:are\s+|will\s+be\s+|['’]re\s+)?(?:both|are|will|can['’]?t|cannot|"
    r"won['’]?t|have|out|off|away|send)\b)|"
    rf"^{_LEAD}(?P<who2>{_OTHER}){_AND}{_ME}\s*(?::|\s(?:are\s+|will\s+be\s+|['’]re\s+)?(?:both|are|will|can['’]?t|cannot|"
    r"won['’]?t|have|can|send)\b)|"
    # "police apols for the workshop - rich and me both on the firearms refresher": said after the apologies
    rf"[-–—,:;.]\s+{_LEAD}(?:{_ME}{_AND}(?P<who3>{_OTHER})|(?P<who4>{_OTHER}){_AND}{_ME}),?\s+(?:are\s+|['’]re\s+)?(?:both|"
    r"can['’]?t|cannot|won['’]?t|can\s+(?:attend|make|come)|have\s+(?:got\s+)?a\s+clash|(?:are\s+|['’]re\s+)?(?:at|away|off|out))\b",
    re.I,
)
UNREPRESENTED = guarded(
    r"\b(?:won['’]?t|wont|will\s+not|can['’]?t|cant|cannot|(?:un|not\s+)able\s+to)\s+be\s+represented\b", re.I
)
# "I'm afraid I can't make the July board", "I'm at a conference": the writer away (never "they're at a conference")
_WRITER_AWAY = guarded(
    r"\bI(?:['’]m|\s+am)?\s+(?:afraid\s+I\s+)?(?:can['’]?t|cannot|won['’]?t|will\s+not|unable|not\s+able)\b|"
    r"\bI(?:['’]m|\s+am)\s+(?:at|away|off|on\s+leave|in\s+court|on\s+a\s+course)\b",
    re.I,
)
# "… – I'm on leave and our service manager is at court": whoever might have stood in is away too
_DEPUTY_AWAY_TOO = guarded(
    r"\band\s+(?:our|my|her|his|their)\s+(?:[\w-]+\s+){0,2}?(?:deputy|manager|colleague|lead|rep|representative|head|director)s?\s+"
    r"(?:is|are|['’]s|will\s+be)\b",
    re.I,
)
# "The trust sends apologies for Monday – neither of us can make it, Pam is on leave and I'm at …": the writer too.
_WRITER_TOO = guarded(
    r"\b(?:neither|both)\s+of\s+us\b|\bwe\s+(?:are\s+|['’]re\s+)?both\b|\b(?:nor|or)\s+(?:can\s+|am\s+)?I\b|"
    r"\b(?:and|&)\s+I\s+(?:are|['’]re|will)\s+(?:both\s+|also\s+)?\b|"  # "Zala and I are both at the CQC feedback …"
    r"\b(?:and|but)\s+I['’]m\s+(?:also\s+)?(?:at|away|off|on\s+leave|in\s+court|on\s+a\s+course)\b",
    re.I,
)


_POLITE_I = guarded(r"\b(?:I['’]?m|I\s+am)\s+(?:afraid|sorry)\b", re.I)  # "the trust won't have anyone … im afraid"
# "… so BCPFT apols for monday I'm afraid": the writer there only as politeness (never "I'm afraid I can't …"); who
# else the message is about, and a message opening with an absence that names nobody (the writer's own)
_AFRAID = guarded(r"\b(?:I['’]?m|I\s+am)\s+afraid\b(?!\s+(?:to|that|I)\b)", re.I)
_SELF = guarded(r"\b(?:my|mine|I|I['’]m|I['’]ve|me)\b", re.I)
_UNSAID_WHO = guarded(
    r"^\W*(?:(?:hi|hey|hello|morning|afternoon)\b[^-–—,:]{0,20}[-–—,:]\s*)?(?:can['’]?t|cannot|won['’]?t|unable|not\s+able|"
    r"apolog|apols|sorry|regrets|no\s+can\s+do)",
    re.I,
)


def politely_of_another(text: str, named_in: Callable[[str], Resolution]) -> bool:
    """Whether the writer is in the message only as politeness and another member is named: "Tabetha is off sick so
    BCPFT apols for monday I'm afraid" (hers), never "apols for monday I'm afraid, I'm at court" (the writer's)."""
    if not _AFRAID.search(text) or _SELF.search(_AFRAID.sub(" ", text)) or _UNSAID_WHO.match(text):
        return False  # "Can't do Monday I'm afraid. Mayada's on leave too …": the writer's, said first
    named = named_in(text)
    return bool(named.ambiguous) or any(o.kind == "member" for o in named.owners)


# "the CRC won't be represented on monday, Kate let me know", "…, according to Julie": who told, never who is away
_TELLER = r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?"
_TOLD = (
    r"(?:let\s+(?:me|us)\s+know|told\s+(?:me|us)|said(?:\s+so)?|mentioned(?:\s+it)?|confirmed(?:\s+it)?|says|"
    r"(?:emailed|rang|phoned|messaged|texted)(?:\s+(?:me|us))?)"
)
_TOLD_BY = guarded(
    rf"(?:[,;–—-]\s*{_TELLER}(?:\s+(?:has|just|kindly))?\s+{_TOLD}|\s(?:as|according\s+to)\s+{_TELLER}(?:\s+{_TOLD})?)"
    r"(?:\s+(?:this\s+morning|earlier|yesterday|today|just\s+now))?\s*[.!]*\s*$",
    re.I,
)


def agency_people_named(
    found: Interpretation,
    directory: Directory,
    named_in: Callable[[str], Resolution],
    text: str,
    writer: Person | None = None,
) -> Interpretation:
    """ "cafcass apols for monday - nicola is in court", "the council can make monday after all - chris says pull
    his apols", "The trust's apologies for Monday - Tabetha is tied up": people attend meetings, so an agency's
    apologies are those of its members the message names (``named_in``; never the one standing in, nor the writer for
    "I'm afraid" alone), even when the agency's word fits two ("the trust") or the member's name two people ("Su");
    the caller reads only apologies and their withdrawals this way."""
    if any(o.kind != "agency" for o in found.owners) or any(d.candidates for d in found.ambiguous):
        return found
    said_whole = _nobody_from(text) or UNREPRESENTED.search(text) or _REPRESENTED.search(text)
    if _NO_REP_FIRST.match(text) or _NOBODY_CAN.search(text) or (said_whole and _DEPUTY_AWAY_TOO.search(text)):
        return _as_whole(found)  # "no early years rep at monday's panel", "no one from the CCG … – Su and her deputy
        # are both at …", "… cancel our apologies": the agency, all of it
    told = _TOLD_BY.search(text)
    named = named_in(_POLITE_I.sub(" ", text[: told.start()] if told else text))  # most name a member
    units: list[Owner | AgencyInfo] = [*found.owners, *(a for d in found.ambiguous for a in d.agencies)]
    people = {p.id: p for p in directory.members}
    written = _long_words(text)  # "Probation apologies …, Viv is on leave": NPS or CRC
    kin = {b.id for a in units for b in directory.agencies if _long_words(a.name or "") & _long_words(b.name) & written}

    def of_theirs(person: Person) -> bool:
        return (
            any(a.id == person.agency_id and a.department in (None, person.department) for a in units)
            or person.agency_id in kin
        )

    theirs = [
        o
        for o in named.owners
        if o.kind == "member"
        and o.name != found.representative
        and (person := people.get(o.id or 0)) is not None
        and of_theirs(person)
    ]
    for doubt in (d for d in named.ambiguous if d.candidates):  # "the CCG sends apols - Su is …": the CCG's Su
        if any(p.name == found.representative for p in doubt.candidates):
            continue  # "…, karen j will come": the one standing in
        fits = [p for p in doubt.candidates if of_theirs(p) and p.name != found.representative]
        if len(fits) != 1:
            return found
        theirs.append(Owner("member", fits[0].name, fits[0].id))
    standing_in = writer is not None and found.representative == writer.name  # "I'll cover for both of us"
    mine = writer is not None and of_theirs(writer) and _WRITER_TOO.search(text) is not None and not standing_in
    if theirs and mine and writer is not None and all(o.id != writer.id for o in theirs):
        theirs.append(Owner("member", writer.name, writer.id))  # "… neither of us can make it": the writer's too
    if theirs:
        return replace(found, owners=tuple(theirs), ambiguous=())
    return _as_whole(found) if said_whole else found  # "no one from the police can make …": every one of them


_OURS = guarded(r"\bour\s+(?:apolog\w*|apols)\b", re.I)  # "please take our apologies off": the agency's
_REPRESENTED = guarded(
    r"\b(?:will|can)\s+(?:now\s+)?be\s+represented\b|"
    # "one of us can make the panel monday now", "NPS will have someone at the September board after all"
    r"\b(?:someone|somebody|one\s+of\s+us|one\s+of\s+the\s+team)\s+(?:(?:can|will|is\s+able\s+to)\s+(?:now\s+)?|['’]ll\s+)"
    r"(?:make|attend|come|be\s+(?:there|at))\b|\bwill\s+(?:now\s+)?have\s+(?:someone|somebody|a\s+rep\w*)\s+(?:at|there)\b",
    re.I,
)


def _as_whole(found: Interpretation) -> Interpretation:
    """An agency's apologies (or their withdrawal) meant for all its members: the conversation needs no choice."""
    return replace(found, extra={**found.extra, "whole_agency": True})


def _long_words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]{4,}", text.lower()))
