"""Owners of work pasted from other meetings' minutes: members' initials written out, and an owner stated outright.

Minutes name owners by initials: "ACTION: PS & ZI to liaise with the coroner", "Owner: RF", "Joint transitions
protocol – AH and MJ – Sept Board", "7.1 | Review neglect toolkit | TD | Sept Board". Where initials stand in an
owner's place and exactly one member of the board has them, they are written out ("Pam Smith & Zala Ibrahim to
liaise …") so the rules read them as names. Initials are a weak signal (the other meeting's "RD" may be someone
else), so the reading that names such a member is confirmed by the writer before anything is stored: it is marked
``guessed``. Initials two members share ("SH"), or that are an agency's or a group's short name ("YOS"), are left
as written.

The writer may also say whose the pasted work is to be: "add this from the VCSG minutes but change the owner to mike
g: '6.4 HE to review the youth offer …'", "… 'CB to report …' - owner should be Tony Oakmen tho, not me". That is
its owner (a name not on the roster is asked about, as anywhere). A message that names an action by its reference
asks for a reassignment instead, read by the edit rules.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass, replace

from bot.directory import Person
from bot.understanding.edit_words import REF
from bot.understanding.interpretation import Intent, Interpretation
from bot.understanding.names import NameIndex
from bot.understanding.owners import OwnerResolver
from bot.understanding.patterns import guarded

__all__ = ["Initialled", "with_initials_written_out", "with_owner_stated"]

_ONE = r"[A-Z]{2,3}"
_SEVERAL = rf"{_ONE}(?:\s*(?:/|&|\+|,|and)\s*{_ONE})*"
# Where initials stand for an owner: after "ACTION:", before "to <verb>", after "Owner:", or in a column of their own
_OWNER_SLOT = guarded(
    rf"(?<=ACTION)(?:\s*\([^)]{{1,40}}\))?\s*[:–—-]?\s*(?P<action>{_SEVERAL})(?=\s+(?:to|by)\b)|"
    rf"(?:^|(?<=[\s'\"“‘:>]))(?P<doer>{_SEVERAL})(?=\s+to\s+[a-z])|"
    rf"\b(?:[Oo]wner|[Ll]ead|[Bb]y\s+whom)\s*[:–—-]?\s*(?P<owner>{_SEVERAL})\b|"
    rf"(?<=[–—|])\s*(?P<column>{_SEVERAL})\s*(?=[–—|,.]|$)|(?<=\s-)\s*(?P<dashed>{_SEVERAL})\s*(?=\s-\s|[,.]|$)|"
    # chat: "TD sends her apols", "KJ has completed action 47", "ignore TD's apols"
    rf"(?:^|(?<=[.!?]\s)|(?<=\bignore\s))(?P<subject>{_SEVERAL})(?=(?:['’]s)?\s+(?:sends?|sent|has|had|is|was|did|"
    r"completed|finished|apols|apologies|can['’]?t|won['’]?t)\b)|"
    # "action for KJ - …", "a-43 to KP please", "what actions has MG got"
    rf"(?:(?<=\bfor\s)|(?<=\bto\s)|(?<=\bhas\s)|(?<=\bwith\s))(?P<named>{_SEVERAL})"
    r"(?=\s*(?:[–—,.?!;:-]|$)|\s+(?:please|pls|got|too|instead|now)\b)"
)
_SPLIT = guarded(r"(\s*(?:/|&|\+|,|and)\s*)")


@dataclass(frozen=True, slots=True)
class Initialled:
    """The text with initials written out, and each written out as whom ("PS as Pam Smith")."""

    text: str
    read_as: tuple[str, ...] = ()

    def confirmed(self, found: Interpretation) -> Interpretation:
        """The reading, marked ``guessed`` (for the writer to confirm) when it names a member read from initials."""
        read = {said.split(" as ", 1)[1] for said in self.read_as}
        behalf = found.on_behalf_of is not None and found.on_behalf_of.name in read  # "KJ has completed action 47"
        if not behalf and not any(o.kind == "member" and o.name in read for o in found.owners):
            return found
        return replace(found, guessed=True, extra={**found.extra, "initials": self.read_as})


def _initials(name: str) -> str:
    return "".join(part[0] for part in re.split(r"[\s-]+", name) if part).upper()


_BY_INITIALS: weakref.WeakKeyDictionary[NameIndex, dict[str, list[str]]] = weakref.WeakKeyDictionary()


def _members_by_initials(names: NameIndex) -> dict[str, list[str]]:
    """The board's members by their initials, worked out once for each roster's name index."""
    found = _BY_INITIALS.get(names)
    if found is None:
        found = {}
        for person in names.directory.members:
            found.setdefault(_initials(person.name), []).append(person.name)
        _BY_INITIALS[names] = found
    return found


def with_initials_written_out(text: str, names: NameIndex) -> Initialled:
    """``text`` with the initials in an owner's place written out as the one member each can be."""
    if not re.search(r"\b[A-Z]{2,3}\b", text):
        return Initialled(text)
    read_as: list[str] = []

    def written_out(found: re.Match[str]) -> str:
        group = next(g for g in found.groups() if g)
        parts = _SPLIT.split(group)  # initials at even places, what joins them at odd ones
        by_initials = _members_by_initials(names)
        people = {part: by_initials.get(part, []) for part in parts[::2]}
        if any(len(fits) != 1 or names.agency(part).agency or names.group(part) for part, fits in people.items()):
            return found[0]  # "SH" (two members), "YOS" (a service): as written
        read_as.extend(f"{part} as {fits[0]}" for part, fits in people.items())
        joined = "".join(people[part][0] if i % 2 == 0 else part for i, part in enumerate(parts))
        return found[0].replace(group, joined, 1)

    return Initialled(_OWNER_SLOT.sub(written_out, text), tuple(dict.fromkeys(read_as)))


_STATED = guarded(
    r"\b(?:(?:change|switch|make|put)\s+the\s+(?:owner|lead)\s+(?:to|as)|(?:the\s+)?(?:owner|lead)\s+should\s+be|"
    r"with\s+(?P<first>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?)\s+as\s+(?:the\s+)?(?:owner|lead)\b|"
    r"\bowner\s*[:=–—-]|\bowner(?=\s+[A-Za-z])|"  # "Owner: RF", "— owner sue h, mid june"
    # "that should be me rather than Viv", "it'll be Jo not me": the owner instead of the one the pasted work names
    r"\b(?:that|it|this)(?:\s+should|['’]ll|\s+will)\s+be\s+(?P<instead>me|[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?)"
    r"(?=\s+(?:rather\s+than|instead\s+of|not)\b))"
    r"(?:\s*(?P<who>[A-Za-z][\w'’&-]*(?:\s+[A-Za-z][\w'’&-]*){0,3}?))?"
    r"(?=\s+(?:tho(?:ugh)?|not|instead|please|pls|rather|for|by|due)\b|\s*[,.;:!?'\"–—)-]|\s*$)",
    re.I,
)


def with_owner_stated(
    found: Interpretation, texts: tuple[str, ...], names: NameIndex, writer: Person | None
) -> Interpretation:
    """The reading of a new action with the owner the message states outright, when it states one (``texts``: the
    message as written, then as read with initials written out)."""
    if found.intent is not Intent.RECORD_ACTION or REF.search(texts[0]):
        return found
    for text in texts:
        stated = _STATED.search(text)
        who = (stated["first"] or stated["instead"] or stated["who"]) if stated else None
        who = re.sub(r"^the\s+", "", who, flags=re.I) if who else None
        # a name not on the roster only when written as one ("owner should be Tony Oakmen"): never "owner is away"
        named = OwnerResolver(names, writer).phrase(who, subject=True, allow_unknown=who[:1].isupper()) if who else None
        if named:
            return replace(found, owners=tuple(named.owners), ambiguous=tuple(named.ambiguous))
    return found
