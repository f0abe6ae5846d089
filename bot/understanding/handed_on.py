"""Work the writer hands on as they take it: "I'll get Chris to send it round", "I'll have Jo look into it".

The one named does the work, so the action is theirs, not the writer's. A name the board knows (a member, an agency
or a group, none of them the writer) is taken, and a first name two members share is asked about; "I'll get the
figures to Rachael", "I'll get it sent round", "I'll get my team to …", "I'll get Chris's team to …" and a name the
board does not know stay the writer's own work, as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.directory import Person
from bot.understanding.action_requests import WORK_VERB
from bot.understanding.owners import OwnerResolver
from bot.understanding.patterns import guarded
from bot.understanding.record_requests import told_after
from bot.understanding.resolution import Resolution

__all__ = ["handed_on", "taken_as"]

# "get Chris to send …", "have Jo look into …": the writer's words after "I'll"
_HANDED_ON = guarded(
    r"^(?P<how>get|have)\s+(?P<who>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’.-]*)?)\s+(?P<rest>.+)$", re.I | re.S
)
# Words that start a thing handed over, or nobody in particular: "get it sent", "get the figures to …", "get someone"
_NOBODY_NAMED = guarded(
    r"^(?:it|that|this|these|those|them|him|her|us|me|you|someone|somebody|anyone|one|my|our|your|their|his|its|"
    r"the|a|an|on|in|round|back|over|out|some|any|all|every|each|more|together|started|going|hold|sight)\b",
    re.I,
)
_TO = guarded(r"^to\s+(?=[a-z])", re.I)
_WHOSE = guarded(r"['’]s\b")
_KINDS = frozenset({"member", "agency", "group"})
_TAKE_ONE = guarded(r"^take\s+(?:one|that|this|it|an\s+action|the\s+action)\s*(?::|[–—-]\s)", re.I)


def handed_on(task: str, writer: Person | None, owners: OwnerResolver) -> tuple[Resolution, str] | None:
    """The owners named and their work when the writer's own task hands it on ("get Chris to send the report
    round": Chris, "send the report round"); None when it does not."""
    found = _HANDED_ON.match(task)
    if found is None or _NOBODY_NAMED.match(found["who"]) or _WHOSE.search(found["who"]):
        return None  # "get Chris's team to …": a team, not the one named
    words = found["who"].split()
    for size in sorted({len(words), 1}, reverse=True):  # "Chris Ballinger to …", then "Chris" with "Ballinger …"
        rest = " ".join([*words[size:], found["rest"]])
        to = _TO.match(rest)
        if (found["how"].lower() == "get") != (to is not None):
            continue  # "get Chris to send …", "have Jo look …"; never "get Chris the figures"
        work = rest[to.end() :] if to else rest
        named = owners.single(" ".join(words[:size]), allow_unknown=False) if WORK_VERB.match(work) else None
        if named is not None and named.ambiguous and not named.owners:
            return named, work  # "I'll get Karen to check it": which Karen, asked
        if named is None or named.ambiguous or not named.owners:
            continue
        if all(o.kind in _KINDS for o in named.owners) and not any(
            writer is not None and o.kind == "member" and o.id == writer.id for o in named.owners
        ):
            return named, work
    return None


def taken_as(
    task: str, owner_and_task: Callable[[str], tuple[Resolution, str] | None]
) -> tuple[Resolution, str] | None:
    """The action the writer's side takes, as written after it ("we'll take one - the trust to review …": the
    trust's, never the writer's alone); None when nothing is written after it."""
    return told_after(task, owner_and_task) if _TAKE_ONE.match(task) else None
