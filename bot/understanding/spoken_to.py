"""Actions asked of the person a message speaks to: "@Pam pls take the bruising audit – Zala's tied up. 31/7",
"@Remley could you and Annette sort the analysis? end of Sept is fine". The one spoken to (and whoever the request
joins to them) owns the work; a name in the sentence that says why is never an owner.

Part of the message reader (:mod:`bot.understanding.interpret`); the action rules extend it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.understanding import action_requests as asks
from bot.understanding.interpretation import Interpretation
from bot.understanding.owner_then_task import _OwnerThenTask
from bot.understanding.owners import Resolution
from bot.understanding.patterns import guarded

__all__ = ["_SpokenTo"]

# "@Pam pls take the audit ...", "Jo, please send ...", "Urgent: Martine please get ...": the person spoken to is
# asked to do it (with a date or without: "please" and a verb of work make it a request, not a question).
_SPOKEN_TO = (
    r"^(?:(?:urgent|action|new action|quick one|reminder)\s*[:–—-]\s*)?@?(?P<who>[A-Za-z][\w'’-]*(?:\s+[A-Za-z]"
    r"[\w'’-]*)?)\s*[,:]?\s+"
)
_PLEASE_ASK = guarded(
    rf"{_SPOKEN_TO}(?:please|pls|plz)\s+(?:(?:can|could)\s+(?:someone|somebody|one\s+of\s+you)\s+(?:there\s+)?"
    r"(?:please\s+|pls\s+)?)?(?P<task>.+)$",  # "police pls can someone get the number to Martine asap"
    re.I,
)
# "Pam, get the data to me by Friday", "new action: Mike do the audit by end of June": told, not asked; only with a
# date, and never "Jo do you have ...?" (a question to Jo).
_TOLD = guarded(
    rf"{_SPOKEN_TO}(?P<task>(?!(?:do|can|could|will|would)\s+(?:you|u|we|they|I)\b)"
    rf"(?={asks.WORK_VERB.pattern.removeprefix('^')}).+)$",
    re.I,
)
_POST_THEN_TO = guarded(r"(?:lead|leads|chair|rep|reps|team|manager|officer|lot)\s+to\s", re.I)
_AND_OTHERS = guarded(r"^(?:and|&|\+)\s+(?P<rest>.+)$", re.I)  # "could you and Annette sort ...": the other one
_REASON_AFTER = guarded(r"\s+[–—-]+\s+|[.;!?]\s+")  # "take the audit – Zala's tied up ...": the why after

_ONLY_RECORDING = guarded(
    r"(?:add|log|record|note|put\s+(?:it|this|that)\s+(?:on|in|down))(?:\s+(?:it|this|that|one))?(?:\s+(?:please|pls|on|in|for\s+me))*\W*",
    re.I,
)

# "Martine, could you let me have a list of everything outstanding …": the tracker asked for, no work of theirs
_TRACKER_ASKED = guarded(
    r"(?:let\s+me\s+(?:have|see)|send\s+(?:me|us)|give\s+(?:me|us)|get\s+(?:me|us)|show\s+(?:me|us))\s+(?:a|the)\s+"
    r"(?:full\s+|quick\s+|current\s+|latest\s+|up[\s-]to[\s-]date\s+)?(?:list|rundown|run[\s-]through|summary|overview)\s+"
    r"of\s+(?:everything|all\s+(?:the\s+)?(?:open\s+|outstanding\s+|overdue\s+)?(?:board\s+)?actions|(?:the\s+)?(?:open|"
    r"outstanding|overdue)\s+(?:board\s+)?actions|what['’]?s\s+(?:still\s+)?(?:open|outstanding|overdue))\b"
    r"(?![^.?!]*\b(?:schools?|returns?)\b)|"
    # "Martine, can you send me what actions are due before the July board?"
    r"(?:send|give|show|tell)\s+(?:me|us)\s+(?:what|which)(?:\s+actions?\s+(?:are|is)|\s+(?:of\s+)?(?:mine|ours)\s+(?:are|is)|"
    r"['’]s|\s+is)\s+(?:still\s+)?(?:due|open|outstanding|overdue|left)\b",
    re.I,
)


class _SpokenTo(_OwnerThenTask):
    """Work asked of the one spoken to, alone or with others the request names."""

    def _asked_of(self, clause: str, *, first: bool) -> Interpretation | None:
        """ "can we action housing to ...", "could we have mike g look at ...", "could Jayne pick up ... by Friday"."""
        verb = asks.ACTION_AS_VERB.match(clause)
        owners = self.owners.phrase(verb["who"], subject=True) if verb else None
        if verb and owners:
            return self._action(owners, verb["task"])
        have = asks.HAVE_SOMEONE.match(clause)
        if have and (first or self._deadline is not None):
            found = self._owner_then_task(have["rest"], to=have["verb"].lower() != "have", verb_first=True)
            if found is not None:
                return found
        asked = asks.CAN_OWNER.match(clause)
        if asked is None or (self._deadline is None and not first):
            return None
        rest = re.sub(r"\bbe able to\s+", "", asked["rest"], count=1)  # "would Richard be able to send"
        return self._owner_then_task(rest, to=False, verb_first=not first or self._deadline is None)

    def _asked_please(self) -> Interpretation | None:
        """ "@Pam pls take the bruising audit – Zala's tied up. 31/7", "Pam, get the data to me by Friday": the one
        spoken to, for the first sentence."""
        asked = _PLEASE_ASK.match(self.text)
        if asked is None and not self.question:  # told, not asked: only with a date
            told = _TOLD.match(self.text)
            asked = told if told is not None and self._deadline is not None else None
        if asked is None or not asks.WORK_VERB.match(asked["task"]) or _POST_THEN_TO.match(asked["task"]):
            return None  # "the WDG lead to set up …": the lead, not the WDG told to lead
        if _TRACKER_ASKED.match(asked["task"]):
            return None  # "Martine, please send me the full list of open board actions …": the list, asked of her
        owners = self.owners.phrase(asked["who"], allow_unknown=False)
        if not owners or owners.owners == self._writer_owners_list():
            return None
        return self._action(owners, _REASON_AFTER.split(asked["task"], maxsplit=1)[0])

    def _asked_of_you(self, owners: Resolution, task: str) -> Interpretation | None:
        """ "@Remley could you and Annette sort ...": the one spoken to and the others named; None when the others
        are not understood (never the one spoken to alone)."""
        if _ONLY_RECORDING.fullmatch(task.strip()) or _TRACKER_ASKED.match(task.strip()):
            return None  # "… report to QA & Comms in two weeks. Martine can you add?": asked to record it, no work
        joint = _AND_OTHERS.match(task)
        if joint is None:
            return self._action(owners, task)
        together = self._owner_then_task(joint["rest"], to=False, verb_first=True)
        if together is None:
            return None
        owners.add(Resolution(list(together.owners), list(together.ambiguous)))
        return replace(together, owners=tuple(owners.owners), ambiguous=tuple(owners.ambiguous))
