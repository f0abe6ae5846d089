"""A new action asked for someone whose words name their own owners: "Can you add one for Roger pls – he wants Merlin
and Tony to present the MASH evaluation", "an action for Tony: Jo and Sue to draft the protocol". The owners are those
the words name; the one it was asked for is whom it is for, never its owner. Read by
:mod:`bot.understanding.interpret`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.directory import Person
from bot.understanding.interpretation import Intent, Interpretation, Owner
from bot.understanding.owners import OwnerResolver
from bot.understanding.patterns import guarded
from bot.understanding.resolution import Resolution

__all__ = ["owners_in_task"]

# "he wants Merlin and Tony to present …", "Merlin and Tony to present …": owners, then "to" and what they are to do
_OWNED = guarded(
    r"^(?:(?:s?he|they)\s+(?:wants?|would\s+like|(?:has|have)\s+asked\s+(?:for\s+)?)\s+)?"
    r"(?P<who>(?!(?:ask|get|chase|remind|tell|check|find|make|invite|write|e-?mail|send|speak|contact|arrange|liaise|"
    r"meet|request|help|support|let|encourage|work|go|come|bring|take|report|present|share|circulate|agree|confirm)\b)"
    r"[\w'’&-]+(?:\s+[\w'’&-]+){0,5}?)\s+to\s+(?P<task>[a-z]+\b.*)$",
    re.I,
)


def owners_in_task(found: Interpretation, writer: Person | None, owners: OwnerResolver) -> Interpretation:
    """``found`` with the owners its task names ("… for Roger – he wants Merlin and Tony to present …": Merlin's and
    Tony's, for Roger; "add this one for Roger: housing to check …": housing's, for Roger), when those words are
    owners on the roster, other members or another agency than the one asked for's among them; else ``found``
    ("action for jo f - housing to map …" stays hers: she answers for housing)."""
    if found.intent is not Intent.RECORD_ACTION or not found.task or len(found.owners) != 1:
        return found
    asked_for = found.owners[0]
    owned = _OWNED.match(found.task) if asked_for.kind == "member" else None
    named = owners.phrase(owned["who"], allow_unknown=False, subject=True) if owned else None
    member = owners.names.directory.member(asked_for.id) if asked_for.id is not None else None
    mine = writer is not None and asked_for.id == writer.id
    if owned and named and named.ambiguous and not named.owners and asked_for.id not in _candidate_ids(named):
        task = owned["task"][:1].upper() + owned["task"][1:]  # "for Roger: 'Su to confirm …'": which Su is asked
        return replace(
            found, owners=(), ambiguous=tuple(named.ambiguous), task=task, on_behalf_of=None if mine else asked_for
        )
    if (
        owned is None
        or named is None
        or not named.owners
        or named.ambiguous
        or asked_for in named.owners
        or all(o.kind == "group" or (o.kind == "agency" and _answers_for(member, o)) for o in named.owners)
    ):  # "action for jo f - housing to …": hers, for her service
        return found
    task = owned["task"][:1].upper() + owned["task"][1:]
    return replace(found, owners=tuple(named.owners), task=task, on_behalf_of=None if mine else asked_for)


def _answers_for(member: Person | None, agency: Owner) -> bool:
    """Whether the member is of that agency (or of that department of it), or not known to be of another."""
    if member is None or member.agency_id is None:
        return True
    return member.agency_id == agency.id and (agency.department or member.department) == (
        member.department or agency.department
    )


def _candidate_ids(named: Resolution) -> set[int]:
    return {p.id for a in named.ambiguous for p in a.candidates}
