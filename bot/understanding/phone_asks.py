"""Requests typed on a phone that name the owners straight after the verb: "pls add me and pam smith - review of
the protocol, by end of june", "hi all, sally from wmp, pls add me and richard f for reviewing the protocol by 30/6".

Part of the message reader (:mod:`bot.understanding.interpret`); the action rules extend it.
"""

from __future__ import annotations

import re

from bot.understanding import action_requests as asks
from bot.understanding.action_deadline import _DeadlineReading
from bot.understanding.interpretation import Interpretation
from bot.understanding.owners import Resolution
from bot.understanding.patterns import guarded

__all__ = ["_PhoneAsks", "state_asked"]

# "pls add me and Pam - review of ...", "can u log jo + mike g: housing panel tor": the owners, a stop, the task;
# "pls add me and richard f for reviewing ...": the owners, then "for" and the work as a verb in -ing.
_ADD_OWNERS = guarded(
    r"^(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:please\s+|pls\s+|plz\s+)?(?:add|log|put|pop|stick)\s+"
    r"(?!(?:an?|the|this|that|it|one|another|new|action|actions)\b)"
    r"(?:(?P<who>[^:;,–—]+?)\s*(?:[:;–—]+|\s-+)\s*"
    r"(?P<task>(?!(?:she|he|they|it|this|that|who|as|to|on|onto|into|in|i|we|you|u|thanks|thank|cheers|pls|please)\b)"
    r"[a-z].+)|"
    r"(?P<who2>[^:;,–—]+?)\s+(?:down\s+)?for\s+(?P<task2>(?!(?:attending|coming|joining|being|going)\b)[a-z]+ing\b.+))$",
    re.I,
)


# "scr sub actions - whats outstanding?", "QA actions: anything overdue?": a question about the actions marked.
_STATE_ASKED = guarded(
    r"^\W*(?:what(?:'s|\s+is|\s+are|s)?|which|any|anything|is\s+anything|are\s+any)\s+(?:ones?\s+|of\s+them\s+)?"
    r"(?:still\s+)?(?:outstanding|open|overdue|due|left|late|live|pending)\b[^.!]*\?\W*$|"
    # "Jo's actions - where are we?", "CDOP actions - any update?": where they stand, asked
    r"^\W*(?:where\s+are\s+we(?:\s+up\s+to)?|how\s+are\s+(?:we|they)\s+(?:doing|getting\s+on)|any\s+updates?|"
    r"status|progress)\b[^.!]*\??\W*$|"
    # "… housing actions - what's Jo got open?", "- has the CCG got anything left?": someone's list asked for
    r"^\W*(?:what(?:'s|\s+is|\s+has|\s+have|s)|has|have|does|do)\s+[^.!?]{1,40}?\s+(?:still\s+)?(?:got|have|owe)\b"
    r"[^.!]*\?\W*$",
    re.I,
)


def state_asked(text: str) -> bool:
    """Whether ``text`` (the words after "actions -") asks which of them are open, not what to record."""
    return _STATE_ASKED.match(text) is not None


# "tony oakmen was meant to be sending the figures to me": whose work the statement before a record request says.
_MEANT_TO = guarded(
    r"^(?P<who>[A-Za-z][\w'’ &+-]{1,60}?)\s+(?:was|were|is|are)\s+(?:meant|supposed|due)\s+to\s+(?:be\s+)?"
    r"(?P<task>[a-z].+)$",
    re.I,
)


class _PhoneAsks(_DeadlineReading):
    """Owners named right after "add", in any clause of the message."""

    def _action(self, owners: Resolution, task: str) -> Interpretation:
        """An action of these owners (the action rules make it)."""
        raise NotImplementedError

    def _phone_request(self) -> Interpretation | None:
        """A request these rules read: owners right after "add", or a statement of someone's work then "log that"."""
        return self._added_owners() or self._meant_then_asked()

    def _added_owners(self) -> Interpretation | None:
        """ "pls add me and pam smith - review of ...": every name before the stop is an owner, or no reading."""
        for clause in asks.clause_starts(self.text):
            added = _ADD_OWNERS.match(clause)
            if added is None:
                continue
            who, task = (added["who"], added["task"]) if added["who"] else (added["who2"], added["task2"])
            owners = self.owners.phrase(who, allow_unknown=False, subject=True)
            if owners:
                return self._action(owners, task)
        return None

    def _meant_then_asked(self) -> Interpretation | None:
        """ "tony o was meant to be sending the figures to me, can that go on as an action for end of next week":
        the one the statement names owns what it says, once the writer asks for it to be recorded."""
        tail = asks.RECORD_TAIL.search(self.text)
        said = _MEANT_TO.match(self.text[: tail.start()].strip(" ,;.–—-")) if tail and tail.start() else None
        owners = self.owners.phrase(said["who"], subject=True) if said else None
        return self._action(owners, said["task"]) if said and owners else None
