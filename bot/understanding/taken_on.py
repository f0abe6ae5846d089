"""Work someone is said to be doing, with a deadline: "Sharon from the school nursing team is doing the briefing for
heads, by 12 June", "Jo's pulling the figures together for the July board". The one doing it owns the action; a
statement with no deadline ("Sally is doing the briefing today") is news, not an action.

Part of the message reader (:mod:`bot.understanding.interpret`); the action rules extend it.
"""

from __future__ import annotations

import re

from bot.understanding.action_deadline import _DeadlineReading
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


class _TakenOn(_DeadlineReading):
    """ "<someone> is doing <work>, by <date>": an action of the one doing it."""

    def _action(self, owners: Resolution, task: str) -> Interpretation:
        """An action of these owners (the action rules make it)."""
        raise NotImplementedError

    def _taken_on(self) -> Interpretation | None:
        found = _TAKEN_ON.match(self.text)
        due = self._deadline
        if found is None or due is None or self.question or not (due.cue >= 2 or due.meeting or due.asap):
            return None  # "Sally is doing the briefing today": news, not an action with a deadline
        who = found["who"]
        owners = self.owners.phrase(who, allow_unknown=who[:1].isupper(), subject=True)
        if not owners:
            return None
        return self._action(owners, _DOING[found["verb"].lower()] + found["rest"])
