"""The message as the writer meant it, before the rules read it: a forwarded message read as what it is for (the
writer's own question after it, or the quote as its sender's words; :mod:`bot.understanding.forwarded`), then the
writer's own corrections applied ("for Richard – sorry, not Richard, it's me – to chase ...";
:mod:`bot.understanding.corrections`)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from bot.directory import Person
from bot.understanding.context import with_group_named
from bot.understanding.corrections import corrected
from bot.understanding.forwarded import SENDERS_EDITS, Forwarded, as_forwarded
from bot.understanding.interpretation import Ambiguity, Intent, Interpretation, Owner
from bot.understanding.names import NameIndex
from bot.understanding.owners import OwnerResolver
from bot.understanding.patterns import guarded

__all__ = ["Meant", "as_meant"]


@dataclass(frozen=True, slots=True)
class Meant:
    """The words to read, whose words they are, who sent the message, and whether the owners they name are in
    doubt (then asked about, never guessed)."""

    text: str
    writer: Person | None
    sent_by: Person | None = None
    owner_doubt: bool = False
    not_mine: bool = False  # "pls log an action for me … actually wait, not me, helen's leading on it"
    sender_in_doubt: Ambiguity | None = None  # a forwarded message's sender, written as several members' name

    def settled(self, found: Interpretation) -> Interpretation:
        """The reading of these words as the sender's message: owners in doubt left to ask about; a forwarded
        "that's done" ticks off the forwarded member's part, and a forwarded edit ("isn't needed now", "can it move
        to 30 June") is made, on their behalf."""
        if self.owner_doubt:
            found = replace(found, owners=(), ambiguous=())
        own = found.intent in (Intent.APOLOGY, Intent.WITHDRAW_APOLOGY, Intent.LEAVE)
        if self.sender_in_doubt is not None and own and not (found.owners or found.ambiguous):
            found = replace(found, ambiguous=(self.sender_in_doubt,))  # "Text from nic: 'cant make …'": whose?
        if (
            self.not_mine
            and found.intent not in (Intent.APOLOGY, Intent.WITHDRAW_APOLOGY, Intent.LEAVE)  # "not me sorry – apols"
            and self.writer is not None
            and any(o.kind == "member" and o.id == self.writer.id for o in found.owners)
        ):
            found = replace(found, owners=(), ambiguous=())  # the writer said it is not theirs: asked whose
        relayed = self.writer is not None and self.sent_by is not None and self.writer.id != self.sent_by.id
        if relayed and found.intent in SENDERS_EDITS and found.on_behalf_of is None:
            assert self.writer is not None
            found = replace(found, owners=(), on_behalf_of=Owner("member", self.writer.name, self.writer.id))
        if relayed and found.intent is Intent.LEAVE and not (found.owners or found.ambiguous):
            assert self.writer is not None  # a forwarded "I am on annual leave until …": the sender's
            found = replace(found, owners=(Owner("member", self.writer.name, self.writer.id),))
        return found


def as_meant(
    message: str, writer: Person | None, now: dt.datetime, names: NameIndex, emailed: Forwarded | None = None
) -> Meant:
    """The message (as the rules read it) as meant, and whose words it is; ``emailed``, an email pasted with its
    header block, read as its sender's (its text as the rules read it)."""
    forwarded = emailed or as_forwarded(message, writer, names)
    text, reader = (forwarded.text, forwarded.writer) if forwarded else (message, writer)
    text = with_group_named(text, names)  # "... CDOP on Wednesday. Is anything open against the panel?"
    fixed = corrected(text, OwnerResolver(names, reader), now, names.directory.board_dates)
    doubt = forwarded.sender_in_doubt if forwarded else None
    return Meant(fixed.text, reader, writer, fixed.owner_doubt, _NOT_ME.search(fixed.text) is not None, doubt)


# "… actually wait, not me, helen's leading on it", "not me - it's sally who …": never the writer's (not "not me
# either", nor "why not me?")
_NOT_ME = guarded(
    r"(?:^|[.,;:!?–—-]\s*|\b(?:actually|wait|no|sorry|oops)\W*\s*)not\s+me\b(?!\s+(?:either|too|as\s+well)\b|\s*\?)",
    re.I,
)
