"""Work put against its owners, the thing first: "stick it against Tony and the directorate", "the health
chronologies - put it down to Lisa Ward", "can u put the joint training plan down to me and Rachael D"; and a reply
that asks for the same again for someone else ("same for housing pls", "and the same for the YOS").

The owners follow "against", "down to" or "under"; "it", "that" or "this" is the work written before the request.
"Put it down for the July board" names a meeting, not an owner, so "for" is left to the other rules.

Part of the message reader (:mod:`bot.understanding.interpret`); the action rules extend it.
"""

from __future__ import annotations

import re

from bot.understanding.action_deadline import _DeadlineReading
from bot.understanding.interpretation import Intent, Interpretation
from bot.understanding.owners import Resolution
from bot.understanding.patterns import guarded

__all__ = ["_PutAgainst"]

_PUT_AGAINST = guarded(
    r"(?:^|[.!?;:]\s+|\s[–—-]+\s+|,\s+)(?:(?:so|then|and|just)\s+)?(?:(?:can|could|would)\s+(?:you|u|we|someone)\s+)?"
    r"(?:please\s+|pls\s+|just\s+)*(?:put|stick|pop|log|add|record|note|chuck|bung|whack|mark)\s+"
    r"(?P<thing>[^,;:.!?]{1,80}?)\s+(?:down\s+(?:to|against|under)|against|under|(?:down\s+)?in\s+the\s+name\s+of)\s+"
    r"(?P<who>[^,;.!?–—]+?)(?:\s+(?:please|pls|thanks|too|as well))*\s*(?:(?:[,;.!?]|\s[–—-]+\s).*)?$",
    re.I,
)
_PRONOUN = guarded(r"^(?:it|that|this|them|these|those|this one|that one)$", re.I)
# "fine with me - stick it against ...", "yes ok, put it down to Jo": agreeing with work written earlier, unseen.
_AGREEING = guarded(
    r"^(?:(?:that['’]?s|thats|sounds|all)\s+)?"
    r"(?:fine|ok|okay|yes|yep|yeah|sure|great|good|agreed|happy|perfect|no problem)"
    r"(?:\W+(?:with\s+me|by\s+me|then|ok|thanks|from\s+me))*\W*$",
    re.I,
)
# "same for housing pls", "and the same for the YOS please", "ditto for Jo": what was asked before, for them too.
_SAME_FOR = guarded(
    r"^(?:(?:and|ok|okay|yes|yep)\W+)?(?:the\s+)?(?:same|ditto)(?:\s+again)?\s+(?:for|with)\s+(?P<who>[^,;.!?]+?)"
    r"(?:\s+(?:please|pls|too|as well|then|thanks))*\W*$",
    re.I,
)


_BARE_NUMBER = guarded(r"(?:#|no\.?\s*|action\s+|A-?)?(?P<n>\d{1,4})", re.I)


class _PutAgainst(_DeadlineReading):
    """ "<request> <work> against <owners>", and "same for <owners>"."""

    def _action(self, owners: Resolution, task: str) -> Interpretation:
        """An action of these owners (the action rules make it)."""
        raise NotImplementedError

    def _put_against(self) -> Interpretation | None:
        found = _PUT_AGAINST.search(self.text)
        if found is None:
            return None
        owners = self.owners.phrase(found["who"], subject=True)
        if not owners:
            return None
        thing = found["thing"].strip()
        number = _BARE_NUMBER.fullmatch(thing)
        if number is not None:  # "put 9 under the WDG chair": action 9 given to them, no new work
            return owners.reading(Intent.REASSIGN, refs=(int(number["n"]),))
        if _PRONOUN.match(thing):  # "the health chronologies - put it down to Lisa Ward": the work came before
            thing = self.text[: found.start()].strip(" ,.;:–—-")
            thing = "" if _AGREEING.match(thing) else thing
        return self._action(owners, thing)

    def _same_for(self) -> Interpretation | None:
        found = _SAME_FOR.match(self.text)
        owners = self.owners.phrase(found["who"], subject=True) if found else None
        return self._action(owners, "") if owners else None  # the work is the one asked before: the reply asks
