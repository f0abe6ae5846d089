"""A member's surname as a phone's speech-to-text writes it, in pieces: "mayada abu a fan" for Mayada AbuAffan. The
name is near a member's but not theirs as written, so it is asked about, never assumed (nor read as the first name
alone, which would drop the rest)."""

from __future__ import annotations

from rapidfuzz import fuzz

from bot.directory import Person
from bot.understanding.names import NameIndex
from bot.understanding.text import fold

__all__ = ["surname_misheard"]

_NEAR = 85  # how close the pieces, joined, must be to the surname
_AFTER_A_NAME = frozenset({"at", "in", "from", "for", "of", "to", "on", "with", "and", "or", "is", "has"})


def surname_misheard(words: list[str], names: NameIndex) -> Person | None:
    """The one member whose first name is ``words[0]`` and whose surname the later words (two or more) nearly spell
    when joined; None otherwise."""
    if not 3 <= len(words) <= 5 or fold(words[-1]) in _AFTER_A_NAME:
        return None  # "Viv Townsend at NPS", "Jo Forbes in housing": the name, then where they work
    first, joined = fold(words[0]), fold("".join(words[1:]))
    found = [
        person
        for person in names.directory.members
        if len(parts := fold(person.name).split()) > 1
        and parts[0] == first
        and joined != parts[-1]
        and parts[-1] not in (fold(word) for word in words[1:])
        and fuzz.ratio(joined, parts[-1]) >= _NEAR
    ]
    return found[0] if len(found) == 1 else None
