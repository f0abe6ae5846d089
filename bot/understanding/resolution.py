"""The owners an owner phrase resolves to, as a set being built: members, agencies and groups, and the names that fit
several (asked about, never guessed). Part of :mod:`bot.understanding.owners`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bot.understanding.interpretation import Ambiguity, Intent, Interpretation, Owner

__all__ = ["Resolution", "each", "the_other_one"]


@dataclass
class Resolution:
    """Owners found so far and the written names that fit several (each asked about, never guessed)."""

    owners: list[Owner] = field(default_factory=list)
    ambiguous: list[Ambiguity] = field(default_factory=list)

    def add(self, other: Resolution) -> None:
        for owner in other.owners:
            if owner not in self.owners:
                self.owners.append(owner)
        self.ambiguous.extend(a for a in other.ambiguous if a.text not in {x.text for x in self.ambiguous})

    def __bool__(self) -> bool:
        return bool(self.owners or self.ambiguous)

    def reading(self, intent: Intent, **fields: Any) -> Interpretation:
        """A reading whose owners, and the names in it asked about, are these."""
        return Interpretation(intent, owners=tuple(self.owners), ambiguous=tuple(self.ambiguous), **fields)


def each(parts: list[str], read: Callable[[str], Resolution | None]) -> Resolution | None:
    """The owners of every part together, or None when any part names nobody."""
    combined = Resolution()
    for part in parts:
        found = read(part)
        if found is None:
            return None
        combined.add(found)
    return the_other_one(combined)


def the_other_one(found: Resolution) -> Resolution:
    """ "the trust and BCPFT", "Karen and Karen Palk": a shared name beside one of its bearers named in full is the
    other bearer."""
    for doubt in list(found.ambiguous):
        if doubt.agencies:
            named = {o.id for o in found.owners if o.kind == "agency"}
            left = [a for a in doubt.agencies if a.id not in named]
            if len(left) == 1 and len(doubt.agencies) - len(left) == 1:
                found.owners.append(Owner.of_agency(left[0]))
                found.ambiguous.remove(doubt)
            continue
        named = {o.id for o in found.owners if o.kind == "member"}
        people = [p for p in doubt.candidates if p.id not in named]
        if len(people) == 1 and len(doubt.candidates) - len(people) == 1:
            found.owners.append(Owner("member", people[0].name, people[0].id))
            found.ambiguous.remove(doubt)
    return found
