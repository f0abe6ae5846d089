"""Work someone is said to be doing, with a deadline: "Sharon from the school nursing team is doing the briefing for
heads, by 12 June", "Jo's pulling the figures together for the July board". The one doing it owns the action; a
statement with no deadline ("Sally is doing the briefing today") is news, not an action. Work the writer offers ("i
dont mind pulling together the CSE numbers … if nobody else is keen", "marie and i can pick up the exclusions question
between us …") is the writer's, with whoever they name beside "I".

Part of the message reader (:mod:`bot.understanding.interpret`); the action rules extend it.
"""

from __future__ import annotations

import re

from bot.understanding.action_deadline import _DeadlineReading
from bot.understanding.action_requests import WORK_VERB
from bot.understanding.interpretation import Interpretation
from bot.understanding.owners import Resolution
from bot.understanding.patterns import guarded

__all__ = ["_TakenOn"]

# The work verbs a progressive names, and their plain form for the task ("is doing" -> "do").
_DOING = {
    "doing": "do", "leading": "lead", "running": "run", "handling": "handle", "taking": "take", "picking": "pick",
    "drafting": "draft", "preparing": "prepare", "writing": "write", "sorting": "sort", "pulling": "pull",
    "putting": "put", "delivering": "deliver", "presenting": "present", "organising": "organise",
    "organizing": "organize", "arranging": "arrange", "chasing": "chase", "updating": "update", "reviewing": "review",
    "producing": "produce", "compiling": "compile", "looking": "look", "sending": "send", "circulating": "circulate",
    "pulling together": "pull together", "putting together": "put together", "picking up": "pick up",
}  # fmt: skip
_TAKEN_ON = guarded(
    r"^(?P<who>[^,.;:!?]{1,80}?)\s*(?:\s(?:is|are)|['’]s|['’]re)\s+(?:now\s+|also\s+|kindly\s+)?"
    rf"(?P<verb>{'|'.join(sorted(_DOING, key=len, reverse=True))})\b(?P<rest>.+)$",
    re.I,
)


_GERUNDS = "|".join(sorted(_DOING, key=len, reverse=True))
# "i dont mind pulling together the CSE numbers for the july board if nobody else is keen"
_OFFERED = guarded(
    rf"^(?:I\s+)?(?:don['’]?t|do\s+not)\s+mind\s+(?P<verb>{_GERUNDS})\b(?P<rest>.+?)"
    r"(?:,?\s+if\s+(?:nobody|no\s*-?\s*one|noone|none\s+of\s+you)\s+else\b.*)?$",
    re.I,
)
# "marie and i can pick up the school exclusions question between us if helens team cant"
_WITH_ME = guarded(
    r"^(?P<who>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?)\s+(?:and|&|n)\s+(?:I|me)\s+(?:can|could|will|['’]ll|are\s+happy\s+to)\s+"
    r"(?P<task>[a-z].+?)(?:\s+between\s+us)?(?:,?\s+if\s+.*)?$",
    re.I,
)


class _TakenOn(_DeadlineReading):
    """ "<someone> is doing <work>, by <date>": an action of the one doing it."""

    def _action(self, owners: Resolution, task: str) -> Interpretation:
        """An action of these owners (the action rules make it)."""
        raise NotImplementedError

    def _offered(self) -> Interpretation | None:
        """Work the writer offers to do, alone or with one member named beside "I"."""
        if self.writer is None or self.question:
            return None
        mine = Resolution(self._writer_owners_list())
        offered = _OFFERED.match(self.text)
        if offered is not None:
            return self._action(mine, _DOING[offered["verb"].lower()] + offered["rest"])
        shared = _WITH_ME.match(self.text)
        other = self.owners.phrase(shared["who"], allow_unknown=False, subject=True) if shared else None
        if shared and other and WORK_VERB.match(shared["task"]):
            other.add(mine)
            return self._action(other, shared["task"])
        return None

    def _taken_on(self) -> Interpretation | None:
        offered = self._offered()
        if offered is not None:
            return offered
        found = _TAKEN_ON.match(self.text)
        due = self._deadline
        if found is None or due is None or self.question or not (due.cue >= 2 or due.meeting or due.asap):
            return None  # "Sally is doing the briefing today": news, not an action with a deadline
        who = found["who"]
        owners = self.owners.phrase(who, allow_unknown=who[:1].isupper(), subject=True)
        if not owners:
            return None
        return self._action(owners, _DOING[found["verb"].lower()] + found["rest"])
