"""The owners a logged note opens with, after the request ("log one for me - the CCG to confirm …", "can I have an
action - our safeguarding team to refresh …", "… - maternity services will audit the flags"): a roster owner, the
writer's agency for "our …", bodies not on the roster (asked about by name), never the writer by default when the
note names someone else first."""

from __future__ import annotations

import re

from bot.directory import Person
from bot.understanding.action_requests import WORK_VERB
from bot.understanding.interpretation import Owner
from bot.understanding.names import stranger_named
from bot.understanding.own_side import us_named
from bot.understanding.owners import OwnerResolver, Resolution
from bot.understanding.patterns import guarded
from bot.understanding.strangers import bodies_named, stranger_body

__all__ = ["OPENS_WITH", "opening_owners"]

OPENS_WITH = guarded(
    r"(?P<who>(?:the\s+)?[\w&'’ -]{2,40}?)\s+(?:to|will|(?:is|are)\s+going\s+to)\s+(?=(?-i:[a-z]))", re.I
)
_NAMED_FROM = guarded(r"^(?-i:[A-Z])[\w'’-]+\s+(?-i:[A-Z])[\w'’-]+\s+(?:from|at|of)\s+\S", re.I)
# Words that make the opening no name of anyone in particular ("someone to …", "I need to …", "we will …")
_NOT_AN_OWNER = frozenset((
    "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "all", "we", "i", "you", "they", "nobody",
    "it", "this", "that", "he", "she", "need", "needs", "want", "wants", "have", "has", "had", "am", "is", "are", "was",
    "were", "would", "could", "should", "must", "going", "asked", "also", "just", "then", "please", "pls",
))  # fmt: skip


def opening_owners(who: str, work: str, owners: OwnerResolver, writer: Person | None) -> Resolution | None:
    """The owners ``who`` names before ``work``, or None when it names no one in particular."""
    named = owners.phrase(who, allow_unknown=False, subject=True)
    bare = who.strip()
    if named:
        return named
    if not WORK_VERB.match(work) or any(w.lower() in _NOT_AN_OWNER for w in bare.split()):
        return None
    if stranger_named(bare) or stranger_body(bare, work):
        return Resolution([Owner("unknown", bare)])
    if _NAMED_FROM.match(bare):  # "Dave Lowe from the Police data team to send …": Dave Lowe, not on the roster
        person = owners.phrase(bare, subject=True)
        if person and all(o.kind in ("member", "unknown") for o in person.owners):
            return person
    ours = us_named("us", writer, owners) if re.match(r"our\s", bare, re.I) else None
    written = re.sub(r"^the\s+", "", bare, flags=re.I)  # "… - the trust's named nurses to …": asked about by name
    unknown = Resolution([Owner("unknown", written)]) if len(written.split()) <= 5 else None
    return ours or bodies_named(bare, work, owners) or unknown
