"""Work the writer hands over, or records for someone else: never the writer's own action.

"I'll leave it with the QA group to draft", "I'm passing this one to Jo", "I'll hand it over to the police",
"happy to give that to Sally", "X's PA has asked me to put this on for him: the department will ...". The writer
who says so is never the owner: the one it is left with or passed to is, or the action written after the colon;
when neither can be read, nobody is (the assistant asks), never the writer.

Part of the message reader (:mod:`bot.understanding.interpret`); the action rules extend it and apply
:func:`handed_over` to every action they would give the writer.
"""

from __future__ import annotations

import re

from bot.understanding.action_deadline import _DeadlineReading
from bot.understanding.owners import Resolution
from bot.understanding.patterns import guarded

__all__ = ["_HandedOver", "handed_over"]

_IT = r"(?:it|this|that|them|these|those|this\s+one|that\s+one|the\s+action|this\s+action|that\s+action)"
# "leave it with", "pass this one to", "hand it over to", "give that to", "delegate it to", "handing it on to".
_HAND = guarded(
    rf"^(?:just\s+)?(?:leave|leaving|pass|passing|hand|handing|give|giving|delegate|delegating|allocate|allocating|"
    rf"assign|assigning|refer|referring)\s+{_IT}\s+(?:(?:over|on|across)\s+)?(?:with|to)\s+"
    r"(?P<who>.+?)(?:\s+(?P<rest>to\s+[a-z].*)|\s*[,;:–—-]\s*(?P<after>.*))?$",
    re.I,
)
# "put this on for him: ...", "log it for Tony", "add this on behalf of the CCG - ...": recorded for someone.
_FOR = guarded(
    rf"^(?:put|log|add|record|note|pop|stick|enter|raise)\s+{_IT}\s+(?:(?:on|down|in|up)\s+)?"
    r"(?:(?:on\s+the\s+(?:tracker|list|log)\s+)?(?:for|on\s+behalf\s+of)\s+)"
    r"(?P<who>[^:;,–—]+?)\s*(?:(?:[:;,–—-]+\s*)(?P<after>.*))?$",
    re.I,
)


def handed_over(task: str) -> tuple[str, str] | None:
    """(whom the work goes to as written, what follows) when the writer's "task" is handing it over or recording
    it for someone; None when it is work of the writer's own."""
    text = task.strip().rstrip(".!")
    found = _HAND.match(text) or _FOR.match(text)
    if found is None:
        return None
    groups = found.groupdict()
    rest = groups.get("rest") or groups.get("after") or ""
    who = re.sub(r"\s+(?:then|now|instead|please|pls|for now)$", "", found["who"].strip(), flags=re.I)
    return who, rest.strip()


class _HandedOver(_DeadlineReading):
    """Whose work it is when the writer hands it over."""

    def _owner_and_task(self, text: str) -> tuple[Resolution, str] | None:
        """ "<owners> to <task>" (the action rules read it)."""
        raise NotImplementedError

    def _handed_to(self, who: str, rest: str, task: str) -> tuple[Resolution, str]:
        """The action written after the hand-over ("put this on for him: housing will ..."), else the one it goes
        to; never the writer, and nobody (the assistant asks) when neither is read."""
        written = self._owner_and_task(rest) if rest and not rest.lower().startswith("to ") else None
        mine = self._writer_owners_list()
        if written is not None and written[0].owners != mine:
            return written
        owners = self.owners.phrase(who, subject=True) or Resolution()
        return (Resolution() if owners.owners == mine else owners), task
