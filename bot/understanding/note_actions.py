"""Actions dictated or typed as one run-on note, without the stops the other action rules read by:

- "wdg action annette to map the early years training gaps end of july", "action zala ibrahim update the cdop
  flowchart by the 1st": the word "action" after at most a group's name, then a member (or agency) and the work;
- "e safety leaflet needs to go out to every head asap ill do it": the work, then the writer taking it on;
- "heads that havent done their s175 need chasing ill chase them all by the 12th": context, then "I'll" and the
  work.

Owners come only from the board's own names here (never a stranger read from lower-case words), so a note that
names nobody the board knows is left to the other rules or understood as nothing.

Part of the message reader (:mod:`bot.understanding.interpret`); the action rules extend it.
"""

from __future__ import annotations

import re

from bot.understanding import action_requests as asks
from bot.understanding.action_deadline import _DeadlineReading
from bot.understanding.interpretation import Interpretation
from bot.understanding.owners import Resolution
from bot.understanding.patterns import guarded

__all__ = ["_NoteActions"]

# "wdg action annette to ...", "action zala ibrahim update ...": at most two words of context before "action".
_ACTION_WORD = guarded(
    r"^(?P<head>(?:(?!(?:no|not|any|what|which|whose|who|is|was|did|does|do|the|that|this|each|every)\b)"
    r"[\w&]+\s+){0,2})action\s+(?!(?:for|on|to|is|was|has|plan|log|tracker|list|points?|items?|no|number)\b)"
    r"(?P<rest>[a-z].+)$",
    re.I,
)
# "... asap ill do it", "... I'll sort that": the writer taking on the work written before.
_TAKING_IT = guarded(
    r"^(?P<task>.{8,}?)[\s,.;:!–—-]+(?:so\s+|and\s+)?I['’]ll\s+(?:do|sort|take|handle|pick|deal with|action|own|"
    r"lead on|look after)\s+(?:it|that|this|them|that one|this one)(?:\s+(?:on|up))?(?:\s+(?:please|pls|then))?"
    r"(?P<after>.*)$",
    re.I,
)
# "... need chasing I'll chase them all by the 12th": context with no stop, then the writer's own work.
_MINE_AFTER = guarded(r"^(?P<context>[^.!?;:]{8,}?)\s+I['’]ll\s+(?P<task>.+)$")
# Not the writer's own work: apologies, a condition, a refusal, or someone else's words ("jo says ill chase them").
_NOT_MINE = guarded(
    r"\bapolog|\binstead\b|\b(?:if|unless|when)\b|\bcan['’]?t\b|\bwon['’]?t\b|[\x22“”‘]|"
    r"\b(?:says|said|told|tells|asked|asks|mentioned|wrote|writes|emailed|according)\b",
    re.I,
)


# "we'll get the stats over to Martine by wednesday": the writer's own work, for their agency.
_WE_WILL = guarded(
    r"^(?:ok,?\s+|sure,?\s+)?(?:we['’]ll|we will|we shall|we['’]re going to|we are going to)\s+(?P<task>.+)$", re.I
)
_LOG_ASKED = guarded(r"\b(?:log|record|note|add|put)\b", re.I)


class _NoteActions(_DeadlineReading):
    """Actions noted in one run: a marker and an owner without a stop, or the writer taking the work on."""

    def _action(self, owners: Resolution, task: str) -> Interpretation:
        """An action of these owners (the action rules make it)."""
        raise NotImplementedError

    def _owner_and_task(self, text: str) -> tuple[Resolution, str] | None:
        """ "<owners> to <task>" (the action rules read it)."""
        raise NotImplementedError

    def _noted_action(self) -> Interpretation | None:
        """The run-on notes above, in that order; None for anything else."""
        if self.question:
            return None
        marked = _ACTION_WORD.match(self.text)
        if marked is not None:
            found = self._owner_and_task(marked["rest"])
            known = found is not None and all(o.kind != "unknown" for o in found[0].owners)
            if found is not None and known and (found[0].owners or found[0].ambiguous):  # "new action karen to …"
                return self._action(*found)
            named = self._named_then_work(marked["rest"])
            if named is not None:
                return self._action(*named)
        if self.writer is None or _NOT_MINE.search(self.text):
            return None
        mine = Resolution(self._writer_owners_list())
        taking = _TAKING_IT.match(self.text)
        after = taking["after"].strip(" .!") if taking is not None else ""
        if taking is not None and (not after or (self._deadline is not None and self._deadline.wording in after)):
            return self._action(mine, taking["task"])
        later = _MINE_AFTER.match(self.text)
        work = later is not None and asks.WORK_VERB.match(later["task"]) and not asks.NOT_A_TASK.match(later["task"])
        if later is not None and work and self._deadline is not None:
            return self._action(mine, later["task"])
        return None

    def _we_will(self, text: str) -> re.Match[str] | None:
        """ "we'll send the stats to Martine by wednesday": work the writer's side takes on, with a date or a
        request to log it (else "we'll see" and "we will discuss it at the board" would be actions)."""
        found = _WE_WILL.match(text)
        if found is None or not asks.WORK_VERB.match(found["task"]):
            return None
        return found if self._deadline is not None or _LOG_ASKED.search(found["task"]) else None

    def _named_then_work(self, rest: str) -> tuple[Resolution, str] | None:
        """ "zala ibrahim update the flowchart": the board's own names in the first words, then a verb of work."""
        words = rest.split()
        for size in range(min(4, len(words) - 1), 0, -1):
            task = " ".join(words[size:])
            if not task[:1].islower() or not asks.WORK_VERB.match(task):
                continue
            owners = self.owners.phrase(" ".join(words[:size]), allow_unknown=False, subject=True)
            if owners and all(o.kind != "unknown" for o in owners.owners):
                return owners, task
        return None

    def _owner_clause(self, rest: str) -> tuple[Resolution, str] | None:
        """ "neglect toolkit guidance; annette + helen e; no date yet": a clause of only owners, and the task."""
        clauses = [c.strip() for c in re.split(r"\s*;\s*", rest) if c.strip()]
        if len(clauses) < 2:
            return None
        for index, clause in enumerate(clauses):
            owners = self.owners.phrase(clause, allow_unknown=False, subject=True)
            if owners:
                return owners, "; ".join(clauses[:index] + clauses[index + 1 :])
        return None
