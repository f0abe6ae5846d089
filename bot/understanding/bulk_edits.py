"""Edits of several actions at once: "can you tick them all off?", "move everything I've got due monday to fri",
"scrap all my actions about the old website", "all of Jo's actions to Sue while she's off".

The tracker changes one action at a time, so such a message is read as the edit it asks for with no reference: the
conversation then asks which action (listing the writer's), never guessing one, and never reading the message as a
request for the list or as a new action.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.understanding.interpretation import Intent
from bot.understanding.patterns import guarded

__all__ = ["BulkEdit", "bulk_edit"]

# Several actions named at once: "all my actions", "all of Jo's open ones", "everything on my list", "them all".
_SEVERAL = guarded(
    r"\b(?:all\s+(?:of\s+)?(?:my|his|her|their|our|the|(?-i:[A-Za-z])[\w'’-]*['’]s|\w+s)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:actions|action\s+points|items|ones|stuff|things)|"
    r"every(?:thing|\s+one\s+of\s+(?:my|his|her|their|(?-i:[A-Za-z])[\w'’-]*['’]s)\s+actions)"
    r"(?:\s+(?:on|from)\s+(?:my|his|her|their|(?-i:[A-Za-z])[\w'’-]*['’]s)\s+(?:list|plate)|"
    r"\s+(?:i['’]?ve|ive|i|he['’]?s|she['’]?s|they['’]?ve)\s+(?:got|have|has)|\s+of\s+(?:[\w'’-]+['’]s|mine|his|hers)|"
    r"\s+(?:that['’]?s\s+)?(?:assigned\s+to|for)\s+me)|"
    r"(?:them|those|these)\s+all|all\s+of\s+(?:them|those|these)|(?:my|his|her|their)\s+(?:open\s+)?actions|"
    r"(?-i:[A-Za-z])[\w'’-]*['’]s\s+(?:open\s+)?actions\s+all)\b",  # "can Pam's actions all go to Zala?"
    re.I,
)
# What is asked of them, by its verb (the first that fits, in this order).
_CLOSED = guarded(
    r"\b(?:tick(?:ed|ing)?\b[^.?!]{0,40}?\boff|close(?:d)?|mark(?:ed)?\b[^.?!]{0,40}?\b(?:done|complete[d]?|closed)|"
    r"sign(?:ed)?\b[^.?!]{0,40}?\boff|(?:are|is)\s+(?:all\s+)?(?:done|complete[d]?|finished))\b",
    re.I,
)
_DROPPED = guarded(
    r"\b(?:scrap(?:ped)?|drop(?:ped)?|remove[d]?|delete[d]?|bin(?:ned)?|cancel(?:l?ed)?|withdraw[n]?|get\s+rid\s+of|"
    r"take[n]?\s+off)\b",
    re.I,
)
_MOVED = guarded(
    r"\b(?:move[d]?|push(?:ed)?|shift(?:ed)?|slid(?:e)?|put\s+back|(?:bring|brought)\s+forward|extend(?:ed)?|"
    r"defer(?:red)?)\b",
    re.I,
)
_GIVEN = guarded(
    r"\b(?:give|given|pass(?:ed)?|hand(?:ed)?(?:\s+over)?|transfer(?:red)?|re-?assign(?:ed)?|assign(?:ed)?|"
    r"re-?allocate[d]?|move[d]?)\b",
    re.I,
)
# Whom to, after the actions: "… to Sue", "… to sue h", "… over to the police" (never "to fri", "to June").
_TO_WHOM = guarded(
    r"\s(?:over\s+|across\s+)?to\s+(?!(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
    r"next|end|mid|early|late|w/c|tomorrow|today|tonight|this|after|before)\w*\b)"
    r"(?P<who>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}|the\s+[\w&' -]{2,40}?|"
    r"[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)(?=\s*(?:[,.;!?]|$|\s+(?:please|pls|as|instead|now|while|whilst|until|till|during|"
    r"for\s+now)\b))",
    re.I,
)
# "can everything on my list go to karen": the actions going to someone, with no verb of giving before them
_GOES = guarded(r"\s+(?:all\s+)?(?:go|goes|move|pass)(?=\s+(?:over\s+|across\s+)?to\s)", re.I)
# Only "can", "could" or "please" before the actions: "can all my actions be moved …?"
_MODAL = guarded(r"^\W*(?:can|could|would|will|shall|please|pls)\s*$", re.I)
# The verb after them: "… be moved back", "… get closed off"
_PASSIVE = guarded(r"\s+(?:all\s+)?(?:be|get)\s+(?P<verb>\w+(?:\s+(?:off|back|forward|over))?)", re.I)
# Where the clause with the actions starts: the verb asking the edit is in the same clause
_CLAUSE = guarded(r"[.!?;]\s+|\s[-–—]\s")
_OPENING = guarded(r"\W*(?:(?:hi|hiya|morning|martine|roger)\b[\s,!]*)?")  # nothing but a greeting before them
_OPENING_VERB = guarded(
    r"^\W*(?:(?:hi|hiya|morning)\b[\s,!]*)?(?:tick|close|mark|sign|scrap|drop|remove|delete|bin|cancel|move|push|"
    r"shift|slide|put|bring|extend|defer|give|pass|hand|transfer|re-?assign|assign)\b",
    re.I,
)
_DONE_NOW = guarded(r"^\W*(?:\w+\s+){0,2}?(?:are|is)\s+(?:all\s+)?(?:now\s+)?(?:done|complete[d]?|finished)\b", re.I)
_ASKED = guarded(r"\b(?:can|could|would|will)\s+(?:you|u|someone|we)\b|\b(?:please|pls|plz)\b", re.I)
_WHY = guarded(r"(?:\s[-–—]\s|[;:]\s*|,\s+(?:as|because|since)\s+|\.\s+)(?:as\s+|because\s+|since\s+)?(?P<why>\S.*)$")
_MINE = guarded(r"\b(?:my|mine|i['’]?ve|ive|me)\b|^\W*(?:can|could)\s+(?:you|u)\s+(?:close|tick)\s+them", re.I)


@dataclass(frozen=True)
class BulkEdit:
    """The edit asked of several actions: its intent, to whom (a reassignment), where the new date is written (a
    change of date), why (a drop), and whether they are the writer's own."""

    intent: Intent
    who: str | None = None
    rest: str = ""
    why: str | None = None
    mine: bool = False


def bulk_edit(text: str) -> BulkEdit | None:
    """The edit a message asks of several actions at once, or None (one action, a list asked for, news of others'
    work, or no edit)."""
    several = _SEVERAL.search(text)
    if several is None:
        return None
    before, after = _CLAUSE.split(text[: several.start()])[-1], text[several.end() :]
    passive = _PASSIVE.match(after) if _MODAL.match(before) else None  # "can all my actions be moved back a week?"
    goes = _GOES.match(after) if _MODAL.match(before) else None  # "can all of Pam's actions go to Zala?"
    if passive is goes is None and text.rstrip().endswith("?") and not _ASKED.search(text) and not _CLOSED.search(text):
        return None  # "are all my actions on the tracker?": asked about, not edited
    before = f"{before} {passive['verb']}" if passive else before
    asked = bool(_ASKED.search(text) or _OPENING_VERB.match(text) or passive)  # "can you …", "… pls", "move all …"
    mine = bool(_MINE.search(text))
    to_whom = _TO_WHOM.match(after) or _TO_WHOM.search(after)
    if goes is not None:  # "can everything on my list go to karen while im off"
        to_whom = _TO_WHOM.match(after, goes.end())
        before = f"{before} give" if to_whom is not None else before
    if to_whom is not None and (_GIVEN.search(before) or (to_whom.start() == 0 and _OPENING.fullmatch(before))):
        return BulkEdit(Intent.REASSIGN, who=to_whom["who"], mine=mine)  # "all of jo's actions to sue h"
    if not asked and not (mine and _DONE_NOW.search(after)):
        return None  # "Karen P has closed loads of her actions": news of others' work
    if _DROPPED.search(before):
        why = _WHY.search(after)
        return BulkEdit(Intent.DROP_ACTION, why=why["why"].strip() if why else None, mine=mine)
    if _MOVED.search(before):  # "… due monday to fri": the new day, after "to"
        to = [m.end() for m in re.finditer(r"\b(?:to|till|until)\s+", after, re.I)]
        return BulkEdit(Intent.CHANGE_DUE, rest=after[to[-1] :] if to else after, mine=mine)
    if _CLOSED.search(text) and not re.search(r"\b(?:not|n['’]?t)\b", text, re.I):
        return BulkEdit(Intent.COMPLETE_ACTION, mine=mine)
    return None
