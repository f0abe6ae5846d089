"""Owners named first, then their work: "mike g look at …", "Sally to draft …", "can Su from the CCG write to the GP
practices about …" (the verb ends the owner), "Jo leads …" (as a proposal tells it).

Part of the message reader (:mod:`bot.understanding.interpret`); the action rules and the requests spoken to someone
read through it.
"""

from __future__ import annotations

import re

from bot.understanding import action_requests as asks
from bot.understanding.action_deadline import _DeadlineReading
from bot.understanding.interpretation import Interpretation
from bot.understanding.owners import Resolution
from bot.understanding.patterns import guarded
from bot.understanding.units_of import someone_from

__all__ = ["ATTENDING", "HOW_HELD", "_OwnerThenTask"]

# "Tony will come instead", "Jo to attend for me": someone going to a meeting, no work taken on.
ATTENDING = guarded(
    r"(?!come back\b)(?:come|attend|represent|deputise|deputize|stand in|be there|go|cover|sit in)\b"
    r"(?:\s*(?:instead|for|in|on)\b|\s*[.,;!]|\s*$|.*\b(?:instead|in (?:my|his|her|their) place|"
    r"on (?:my|his|her|their) behalf)\b)|"
    r"miss\s+(?:the|this|that|its|our|my|their|her|his)\b|"  # "Sally will miss the deadline for a-4": no work
    # "Chris Ballinger will be deputising", "Zala will be covering while Pam is away": standing in, no work
    r"(?:be )?(?:deputi[sz]ing|covering|standing in|holding the fort|in charge)"
    r"(?=\s*(?:[.,;!]|$|for\b|while\b|until\b|when\b|during\b))",
    re.I,
)
_ONE_OF = guarded(r"^(?:one|ones|action|actions)\b", re.I)
# "X and Y jointly prepare ...", "can Pam now take them ...": how the work is held, before its verb.
HOW_HELD = guarded(r"^(?:jointly|together|both|also|kindly|now|then|please|pls)\s+", re.I)


class _OwnerThenTask(_DeadlineReading):
    """The owners in the first few words of a clause, then the task."""

    def _action(self, owners: Resolution, task: str) -> Interpretation:
        """An action of these owners (the action rules make it)."""
        raise NotImplementedError

    def _owner_then_task(self, rest: str, *, to: bool, verb_first: bool, told: bool = False) -> Interpretation | None:
        """The owners in the first few words, then the task ("mike g look at ...", "Sally to draft ..."; ``told``:
        "Jo leads ...", as a proposal tells it)."""
        words = rest.split()
        if not verb_first:  # "can Su from the CCG write to the GP practices about …": the verb ends the owner
            found = self._owners_before(words, to=to, verb_first=False, need_verb=True, told=told)
            if found is not None:
                return found
        return self._owners_before(words, to=to, verb_first=verb_first, need_verb=verb_first, told=told)

    def _owners_before(
        self, words: list[str], *, to: bool, verb_first: bool, need_verb: bool, told: bool
    ) -> Interpretation | None:
        """The longest owner phrase in the first few words that is followed by the task."""
        for size in range(min(9, len(words) - 1), 0, -1):  # "the CDOP chair and the SCR sub chair jointly ..."
            task = " ".join(words[size:])
            if told and re.match(r"^[a-z]{3,}[^s\W]s\b", task):
                task = task[: len(words[size]) - 1] + task[len(words[size]) :]  # "leads a review": lead a review
            if to:
                if not task.lower().startswith("to "):
                    continue
                task = task[3:]
            if not task[:1].islower() or asks.NOT_WORK.match(task) or ATTENDING.match(task) or _ONE_OF.match(task):
                continue  # "could the fire one be pushed back": an action described, not its owner
            if need_verb and not asks.WORK_VERB.match(HOW_HELD.sub("", task)):
                continue
            who = " ".join(words[:size])
            last = words[size - 1]
            bare = size == 1 and not self.names.is_known_word(last) and self.names.is_known_word(last[:-1])
            if (re.search(r"['’]s$", last) or bare) and someone_from(who) is None:  # not "someone from Barnardo's"
                continue  # "could we have Sally's report", "sallys notes": a thing, not a person doing
            owners = self.owners.phrase(who, allow_unknown=who[:1].isupper() and verb_first, subject=True)
            stranger = owners is not None and any(o.kind == "unknown" for o in owners.owners)
            if stranger and size > 1 and asks.WORK_VERB.fullmatch(last):
                continue  # "can rachel doyle pick up ...": the verb is not part of a stranger's name
            if owners and owners.owners != self._writer_owners_list():
                return self._action(owners, task)
        return None
