"""A forwarded or pasted message, read as what it is for.

"Fwd from Roger: "Martine, can you let me know what the fire service still owe?" – so, what's open for the fire
service?": the writer asks a question of their own after the quote, so only that question is read (the quote is
why they ask; its "Martine" and "me" own nothing). "Fwd from Viv: "Kate has agreed to pick up A-44 from me."",
"Fwd from Tabetha re A-10: "First two sections redrafted"": the quote alone, with nothing asked after it, is read
as its sender's message ("me" is Viv) when the sender is one member. A quote followed by a request to record or
close it ("– could you log that for her") is left to the action and edit rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.directory import Person
from bot.understanding.edit_words import REF
from bot.understanding.names import NameIndex
from bot.understanding.owners import OwnerResolver
from bot.understanding.relayed import pasted_message

__all__ = ["Forwarded", "as_forwarded"]

# "– so, ...", "- and ...": the joining words before the writer's own request.
_JOIN = re.compile(r"^[\s.,;:!–—-]*(?:(?:so|and|but|then|anyway|ok|okay)\b[\s,;:–—-]*)*", re.I)
# The writer's words point back at the quote: "log that for her", "is that right?", "can it be closed".
_POINTS_BACK = re.compile(
    r"\b(?:that|this|it|these|those|her|him|his|them|their|she|he|they|above|below)\b|\bdone\b|\bclosed?\b", re.I
)
# The writer's words ask something of their own: a question, or a request to the assistant.
_OWN_ASK = re.compile(
    r"\?\s*$|^(?:can|could|would|will|please|pls|show|list|what|when|where|who|which|how|is|are|any|anything)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Forwarded:
    """The words to read and whose they are (the forwarded message's sender, or the writer)."""

    text: str
    writer: Person | None


def as_forwarded(text: str, writer: Person | None, names: NameIndex) -> Forwarded | None:
    """What a forwarded message is read as (see the module), or None when the text is no forwarded message or
    the whole of it is to be read."""
    pasted = pasted_message(text)
    if pasted is None:
        return None
    joined = _JOIN.match(pasted.after)
    after = pasted.after[joined.end() :].strip() if joined else pasted.after
    if after:
        if pasted.record_asked or _POINTS_BACK.search(after) or not _OWN_ASK.search(after):
            return None  # "– could you log that for her please", "– pls add": the quote is what is asked about
        return Forwarded(after, writer)
    sender = _one_member(pasted.sender, writer, names)
    if sender is None or (writer is not None and sender.id == writer.id):
        return None
    quote = pasted.quote
    if pasted.about and not REF.search(quote):
        quote = f"{pasted.about}: {quote}"  # "Fwd from Tabetha re A-10: '...'": news of A-10
    return Forwarded(quote, sender)


def _one_member(written: str, writer: Person | None, names: NameIndex) -> Person | None:
    """The one member a sender's name means, or None (nobody, several, an agency)."""
    named = OwnerResolver(names, writer).phrase(written, allow_unknown=False, subject=True) if written else None
    if not named or named.ambiguous or len(named.owners) != 1 or named.owners[0].kind != "member":
        return None
    return next((p for p in names.directory.members if p.id == named.owners[0].id), None)
