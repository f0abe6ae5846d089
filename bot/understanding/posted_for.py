"""Whom a new action is posted for: the member who asked for it to go on the tracker, said in so many words ("on
behalf of Anne Harris", "on Zala's behalf", "Jassi asked me to log one for her", "Logging this at Jo's request: …") or
by opening the message ("for remley: college to run a prevent session …, he asked me to pop it on"). Never the writer.
"""

from __future__ import annotations

import re

from bot.directory import Person
from bot.understanding.action_requests import POSTED_FOR
from bot.understanding.chat import without_greeting
from bot.understanding.edit_cues import ASKED_BY, ASKED_TO_RECORD
from bot.understanding.interpretation import Interpretation, Owner
from bot.understanding.names import NameIndex
from bot.understanding.patterns import guarded

__all__ = ["posted_for"]


def posted_for(message: str, text: str, found: Interpretation, writer: Person | None, names: NameIndex) -> Owner | None:
    """The member a new action (``found``, read from ``message``; ``text`` as written) is posted for, or None."""
    return (
        _on_behalf_of(message, writer, names)
        or _on_behalf_of(text, writer, names)  # "Logging this at Jo's request: …", its lead read away
        or _written_for(without_greeting(text), found, writer, names)
    )


def _on_behalf_of(message: str, writer: Person | None, names: NameIndex) -> Owner | None:
    """The member a new action is posted for, in so many words ("on behalf of Anne Harris", "on Zala's behalf",
    "Jassi asked me to log one for her")."""
    found = ASKED_BY.search(message)
    who = (found["who2"] or found["who3"] or found["who5"] or found["who6"]) if found else None
    asked = ASKED_TO_RECORD.search(message) if who is None else None
    who = re.sub(r"['’]s$", "", asked["who"]) if asked else who  # "Roger's asked me to log this one: …"
    member = names.person(who).member if who else None
    if member is None or (writer is not None and member.id == writer.id):
        return None
    return Owner("member", member.name, member.id)


def _written_for(message: str, found: Interpretation, writer: Person | None, names: NameIndex) -> Owner | None:
    """The member a new action opens by being written for, when the action is someone else's ("for remley: college
    to run a prevent session …, he asked me to pop it on": the college's, posted for Remley)."""
    lead = _FOR_LEAD.match(message)
    member = names.person(lead["who"] or lead["who2"] or lead["who3"] or lead["who4"]).member if lead else None
    mine = writer is not None and member is not None and member.id == writer.id
    if member is None or mine:
        return None
    if lead is not None and (lead["who"] or lead["who4"]) and any(o.id == member.id for o in found.owners):
        return None  # "for zala: pull the ED data …": hers, as said; "Viv rang … an action for her": asked by her
    return Owner("member", member.name, member.id)


# "for remley: …"; "Viv rang this morning - can you add an action for her to …": the one it was posted for
_FOR_LEAD = guarded(
    rf"^\s*(?:action\s+|{POSTED_FOR})for\s+(?P<who>[A-Za-z][\w'’-]*(?:\s+(?!please\b|pls\b|as\b|at\b)[A-Za-z][\w'’-]*)?)"
    r"(?:\s+(?:please|pls))?(?:,?\s+(?:as\s+(?:she|he|they)\s+asked|at\s+(?:her|his|their)\s+request))?"
    r"\s*(?:[,–—-]\s*(?:she|he|they)\b[^:.!?]{0,120})?:|"  # "…, she asked me at VCSG: …", "… at her request: …"
    r"^(?P<who2>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:rang|called|phoned|emailed|messaged|texted)\b[^.!?]{0,30}?"
    r"\s[–—:,-]\s*[^.!?]*?\b(?:for|on)\s+(?:her|him)\b|"
    r"^(?P<who3>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:would\s+like|wants|wanted|(?:has\s+)?asked\s+for)\s+an?\s+"
    r"(?:new\s+)?action\b|"  # "Roger would like an action logged for public health: …"
    # "Adding for Roger – Merlin to bring …": posted for Roger, the work someone else's
    r"^\s*(?:adding|logging|recording|posting)\s+(?:this\s+|one\s+)?for\s+(?P<who4>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)"
    r"\s*(?:[–—]|\s-)\s*(?=(?:(?:he|she|they)(?:['’]s|\s+has|\s+have)?\s+asked\s+)?"
    r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+to\s+[a-z])",
    re.I,
)
