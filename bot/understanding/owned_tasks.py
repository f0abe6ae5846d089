"""A new action asked for someone whose words name their own owners: "Can you add one for Roger pls – he wants Merlin
and Tony to present the MASH evaluation", "an action for Tony: Jo and Sue to draft the protocol". The owners are those
the words name; the one it was asked for is whom it is for, never its owner. Read by
:mod:`bot.understanding.interpret`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.directory import Person
from bot.understanding.interpretation import Intent, Interpretation
from bot.understanding.patterns import guarded

__all__ = ["owners_in_task"]

# "he wants Merlin and Tony to present …", "Merlin and Tony to present …": owners, then "to" and what they are to do
_OWNED = guarded(
    r"^(?:(?:s?he|they)\s+(?:wants?|would\s+like|(?:has|have)\s+asked\s+(?:for\s+)?)\s+)?"
    r"(?P<task>(?!(?:ask|get|chase|remind|tell|check|find|make|invite|write|e-?mail|send|speak|contact|arrange|liaise|"
    r"meet|request|help|support|let|encourage|work|go|come|bring|take|report|present|share|circulate|agree|confirm)\b)"
    r"(?:[\w'’&-]+\s+){1,6}?to\s+[a-z]+\b.*)$",
    re.I,
)


def owners_in_task(
    found: Interpretation, writer: Person | None, read: Callable[[str], Interpretation]
) -> Interpretation:
    """``found`` with the owners its task names ("… for Roger – he wants Merlin and Tony to present …": Merlin's and
    Tony's, for Roger), when the task read on its own is a new action for other members (agencies or groups beside
    them) on the roster; else ``found`` ("action for jo f - housing to map …" stays hers: she answers for housing)."""
    if found.intent is not Intent.RECORD_ACTION or not found.task or len(found.owners) != 1:
        return found
    asked_for = found.owners[0]
    owned = _OWNED.match(found.task) if asked_for.kind == "member" else None
    again = read(owned["task"]) if owned else None
    if (
        again is None
        or again.intent is not Intent.RECORD_ACTION
        or not again.owners
        or again.ambiguous
        or asked_for in again.owners
        or any(o.kind == "unknown" for o in again.owners)
        or all(o.kind != "member" for o in again.owners)  # "action for jo f - housing to …": hers, for her service
    ):
        return found
    mine = writer is not None and asked_for.id == writer.id
    return replace(found, owners=again.owners, task=again.task, on_behalf_of=None if mine else asked_for)
