"""Turning an owner phrase ("Sue and Tony", "the chair", "WMP", "all sub group chairs", "I") into owners."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.directory import Person
from bot.understanding.interpretation import Ambiguity, Owner
from bot.understanding.names import NameIndex
from bot.understanding.text import POSSESSIVE
from store.models import Role

_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*/\s*|\s*\+\s*|\s+plus\s+")
_QUALIFIED = re.compile(r"^(?P<name>.+?)\s+(?:from|in|at|of)\s+(?:the\s+)?[\w&' -]+$")
_PARENTHESES = re.compile(r"\s*\([^)]*\)")
_SELF = {"i", "me", "myself", "i'll", "i will", "i'd"}
_EVERYONE = re.compile(r"^(?:any ?one|every ?one|all members?|any members?) who\b|^(?:everyone|everybody)$", re.I)
_ROLES: tuple[tuple[re.Pattern[str], Role], ...] = (
    (re.compile(r"^(?:the )?(?:independent )?chair(?:man|person)?(?: of the board)?$", re.I), Role.CHAIR),
    (re.compile(r"^(?:the )?(?:board |business )?manager$", re.I), Role.MANAGER),
    (re.compile(r"^(?:the )?lay (?:advisor|adviser|member)$", re.I), Role.LAY_ADVISOR),
)
# Words that start a phrase that is not a name, however it is capitalised.
_NOT_NAMES = {
    "the",
    "a",
    "an",
    "this",
    "that",
    "action",
    "actions",
    "website",
    "page",
    "item",
    "agenda",
    "report",
    "all",
    "any",
    "each",
    "every",
    "some",
    "our",
    "my",
    "your",
    "their",
    "his",
    "her",
    "its",
    "it",
    "we",
    "they",
    "he",
    "she",
    "you",
    "presentation",
    "minutes",
    "board",
    "dudley",
    "please",
    "thanks",
    "update",
    "s11",
    "s175",
    "section",
    "risk",
    "cse",
    "mash",
    "camhs",
    "terms",
    "notes",
    "apologies",
    "nobody",
}
_NAME_WORD = re.compile(r"^(?:(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z]+(?:[A-Z][a-z]+)*(?:['’-][A-Z]?[a-z]+)*|[A-Z]\.?)$")


@dataclass
class Resolution:
    owners: list[Owner] = field(default_factory=list)
    ambiguous: list[Ambiguity] = field(default_factory=list)

    def add(self, other: Resolution) -> None:
        for owner in other.owners:
            if owner not in self.owners:
                self.owners.append(owner)
        self.ambiguous.extend(a for a in other.ambiguous if a.text not in {x.text for x in self.ambiguous})

    def __bool__(self) -> bool:
        return bool(self.owners or self.ambiguous)


def looks_like_a_name(text: str) -> bool:
    """'Anne-Marie Carey', 'Anthea Jones': two to four capitalised words that are not board vocabulary."""
    words = text.split()
    if not 2 <= len(words) <= 4 or words[0].lower() in _NOT_NAMES:
        return False
    return all(_NAME_WORD.match(w) for w in words) and not any(w.isupper() and len(w) > 1 for w in words)


class OwnerResolver:
    """Resolves owner phrases against one board's names, with the writer standing for 'I' and 'me'."""

    def __init__(self, names: NameIndex, writer: Person | None) -> None:
        self.names = names
        self.writer = writer

    def phrase(self, text: str, *, allow_unknown: bool = True) -> Resolution | None:
        """All owners in a phrase, or None when the phrase is not (entirely) owners."""
        text = _PARENTHESES.sub("", text).strip(" ,.;:–-\"'")
        if not text or len(text) > 120:
            return None
        whole = self.single(text, allow_unknown=allow_unknown)
        if whole is not None:
            return whole
        parts = [p for p in _SPLIT.split(text) if p]
        if len(parts) < 2:
            return None
        combined = Resolution()
        for part in parts:
            found = self.single(part, allow_unknown=allow_unknown)
            if found is None:
                return None
            combined.add(found)
        return combined

    def single(self, text: str, *, allow_unknown: bool = True) -> Resolution | None:
        """One owner: the writer, a group, an agency, a role, a member or candidates, or an unknown person."""
        text = POSSESSIVE.sub("", text.strip(" ,.;:–-\"'"))
        lowered = text.lower()
        if not text.split():  # nothing, or only white space such as U+3000 that strip(" ") keeps
            return None
        if lowered in _SELF:
            return Resolution([self._writer_owner()]) if self.writer else None
        if _EVERYONE.search(text):
            group = self.names.group("all members")
            return Resolution([Owner("group", group.name, group.id)]) if group else None
        for pattern, role in _ROLES:
            if pattern.match(text):
                holders = [p for p in self.names.directory.members if p.role is role]
                if len(holders) == 1:
                    return Resolution([Owner("member", holders[0].name, holders[0].id)])
                return Resolution(ambiguous=[Ambiguity(text, tuple(holders))]) if holders else None
        group = self.names.group(text)
        if group is not None:
            return Resolution([Owner("group", group.name, group.id)])
        agency = self.names.agency(text).agency
        if agency is not None:
            return Resolution([Owner("agency", agency.name, agency.id)])
        words = text.split()
        if lowered.split()[0] in _NOT_NAMES:
            return None
        if len(words) > 4 or not all(_NAME_WORD.match(w) or self.names.is_known_word(w) for w in words):
            return self._qualified(text) if allow_unknown else None
        match = self.names.person(text)
        if match.member is not None:
            return Resolution([Owner("member", match.member.name, match.member.id)])
        if match.ambiguous:
            return Resolution(ambiguous=[Ambiguity(text, match.candidates)])
        if allow_unknown and looks_like_a_name(text):
            return Resolution([Owner("unknown", text)])
        return None

    def _qualified(self, text: str) -> Resolution | None:
        """ "Dave in comms", "Sam from the MASH project team": a person named with where they work."""
        found = _QUALIFIED.match(text)
        if not found or not found["name"].split() or not _NAME_WORD.match(found["name"].split()[0]):
            return None
        name = found["name"]
        known = self.single(name, allow_unknown=False)
        if known is not None:
            return known
        words = name.split()
        if 1 <= len(words) <= 3 and all(_NAME_WORD.match(w) for w in words):
            return Resolution([Owner("unknown", name)])
        return None

    def _writer_owner(self) -> Owner:
        assert self.writer is not None
        return Owner("member", self.writer.name, self.writer.id)
