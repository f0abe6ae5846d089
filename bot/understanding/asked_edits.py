"""Edits asked for at the end of a message about one action, with "it" for the action: "I think action 49 is no
longer needed – please could you remove it?", "Could you change A-47 to Viv Townsend please?", "A-53 is down to me but
it's the NPS's lead really – could it go to them?". Read by :mod:`bot.understanding.edit_rules` before a question
about one action is taken as asking to see it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.understanding.interpretation import Intent, Interpretation
from bot.understanding.patterns import guarded
from bot.understanding.resolution import Resolution

__all__ = ["asked_edit"]

_ASKED = r"(?:(?:please|pls)\s+)?(?:(?:could|can|would)\s+(?:you|u)\s+(?:please\s+|pls\s+)?|(?:please|pls)\s+)"
# "… please could you remove it?", "could you take it off the tracker": the action dropped
_REMOVE_IT = guarded(
    rf"{_ASKED}(?:remove|delete|drop|close|withdraw|scrap|bin|cancel|take)\s+(?:it|this(?:\s+one)?|that(?:\s+one)?)"
    r"(?:\s+(?:off|down))?(?:\s+(?:the\s+)?(?:tracker|list|log))?\s*(?:please|pls|thanks)?[\s?.!]*$|"
    # "could action 37 be closed as no longer required?"
    r"\b(?:could|can)\s+(?:it|this|that|A-\d+)\s+be\s+(?:closed|removed|dropped|withdrawn|taken\s+off)\s+as\s+"
    r"(?:it['’]?s\s+|it\s+is\s+)?(?:no\s+longer|not)\s+(?:required|needed|relevant|necessary)\b",
    re.I,
)
# "Could you change A-47 to Viv Townsend please?", "can you switch it over to the police": whom it goes to
_CHANGE_TO = guarded(
    rf"{_ASKED}(?:change|switch|swap|put|move)\s+(?:it|this|that|A-\d+)\s+(?:over\s+)?(?:to|onto)\s+"
    r"(?P<who>[^?.!,;]+?)(?:\s+(?:for|on)\s+A-\d+)?(?:\s+(?:please|pls|instead|thanks))?(?:[?.!,;]|$)",
    re.I,
)
# "… it's the NPS's lead really – could it go to them?": to the ones named before
_GO_TO = guarded(
    r"\b(?:could|can)\s+(?:it|this|that|A-\d+)\s+(?:go|move|be\s+(?:moved|given|passed|reassigned|transferred|switched))\s+"
    r"(?:over\s+)?(?:from\s+me\s+)?to\s+"  # "could action 17 be transferred from me to her?"
    r"(?P<who>[^?.!,;]+?)(?:\s+(?:please|pls|instead))?[\s?.!]*$",
    re.I,
)
_THEM = guarded(r"^(?:them|him|her)$", re.I)
_PERSON = guarded(r"^(?:him|her)$", re.I)
_NOT_THEM = guarded(r"\b(?:me|my|I)\b|['’]s\b|\b(?:lead|leads|team|job|area|remit|thing|responsibility)\b", re.I)


def asked_edit(
    text: str,
    refs: tuple[int, ...],
    named_in: Callable[[str], Resolution],
    whom: Callable[[str], Resolution | None],
) -> Interpretation | None:
    """The edit the message's closing request asks for on its one action, or None (``named_in``: the owners a text
    names; ``whom``: the owners a phrase means, never an unknown one)."""
    if len(refs) != 1:
        return None
    if _REMOVE_IT.search(text):
        return Interpretation(Intent.DROP_ACTION, refs=refs)
    found = _CHANGE_TO.search(text) or _GO_TO.search(text)
    if found is None:
        return None
    who = found["who"].strip()
    if _THEM.match(who):
        before = named_in(_NOT_THEM.sub(" ", text[: found.start()]))  # "it's the NPS's lead really": the NPS
        kinds = ("member",) if _PERSON.match(who) else ("agency", "group")  # "Jo is picking it up - … go to her?"
        bodies = [o for o in before.owners if o.kind in kinds]
        meant = Resolution(bodies) if len(bodies) == 1 and not before.ambiguous else None
    else:
        meant = whom(who)
    if not meant:
        return None
    return meant.reading(Intent.REASSIGN, refs=refs)
