"""An action asked for "him" or "her" after the context named that person: "Richard Fletcher from the police
mentioned the profile is nearly ready. Can we get an action for him to circulate it?", "the police DI – I think
it's DI Hargreaves – is going to present at the workshop. Can you log it against him?".

The pronoun is the one person the words before it name (a member, or a name the roster does not have, asked
about); when they name none or several, nobody is guessed and the assistant asks.

Part of the message reader (:mod:`bot.understanding.interpret`); the action rules extend it.
"""

from __future__ import annotations

import re

from bot.understanding.action_deadline import _DeadlineReading
from bot.understanding.interpretation import Interpretation
from bot.understanding.owners import Resolution
from bot.understanding.patterns import guarded

__all__ = ["_PointedBack"]

_ONE_PERSON = guarded(r"^(?:him|her|himself|herself)\b", re.I)
# "… can that be an action for her, asap?": the pronoun and nothing more (the work is the sentence before)
_PRONOUN_ONLY = guarded(r"^(?:him|her)(?:self)?\W*(?:(?:asap|urgently|please|pls|thanks|ta)\W*)*$", re.I)
_TO_WORK = guarded(r"^\w+\s+to\s+[a-z]")  # "him to circulate it", "herself to chase …"
# "We need nicola from cafcass on the panel - can that be …": the request after the work, not part of it
_ASKED_AFTER = guarded(
    r"[\s,;–—-]+(?:so\s+)?(?:can|could|would|will|shall)\s+(?:that|this|it|we|you)\b.*$", re.I | re.S
)
# A name given with a hedge: "I think it's DI Hargreaves", "I believe it's Sam Lowe".
_NAMED_AS = guarded(
    r"\b(?:I\s+think|I\s+believe|I'm\s+told|apparently)\s+(?:it['’]s|it\s+is|that['’]s)\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
)

# "On behalf of Anne Harris, who can't log in: she and Helen will ...", "posting for Jo: I'll send ...", "on behalf of
# Sally - shes taking an action to …": the writer
# passes on someone's words; "she" and "I" in them are that person, never the writer.
_ON_BEHALF = guarded(
    r"^(?i:(?:(?:posting|writing|messaging|adding|logging|typing|this\s+is)\s+)?(?:(?P<behalf>on\s+behalf\s+of)|for)\s+)"
    r"(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)(?:\s*,[^:]{0,100})?(?:\s*:|(?P<dash>\s+[-–—]))\s*(?P<said>.+)$"
)
_THEIR_SUBJECT = guarded(
    r"^(?:(?P<is>s?he['’]?s|s?he\s+is)\b|she|he|I(?=['’]ll|\s+will|\s+shall|\s+and\b|\s+to\b))(?:['’]ll)?", re.I
)


class _PointedBack(_DeadlineReading):
    """ "<context naming one person>. <request> for him / her": that person."""

    def _action(self, owners: Resolution, task: str) -> Interpretation:
        """An action of these owners (the action rules make it)."""
        raise NotImplementedError

    def _pointed_action(self, before: str, rest: str) -> Interpretation | None:
        """ "… an action for him to circulate it", "Jo rang - she wants an action on herself to chase …", "We need
        nicola from cafcass on the panel - can that be an action for her, asap?": the one person named before, with the
        work after the pronoun or, when nothing follows it, before it."""
        to = _TO_WORK.match(rest)
        pointed = self._person_pointed(before, rest) if to or _PRONOUN_ONLY.match(rest) else None
        if pointed is None:
            return None
        return self._action(pointed, rest.split(None, 2)[2] if to else _ASKED_AFTER.sub("", before))

    def _person_pointed(self, before: str, pronoun: str) -> Resolution | None:
        """The one person ``before`` names, when ``pronoun`` ("him", "her") points back at one; else None."""
        if not _ONE_PERSON.match(pronoun):
            return None
        hedged = _NAMED_AS.search(before)
        if hedged:  # "the police DI – I think it's DI Hargreaves –": the name given, not the post or the agency
            named = self.owners.phrase(hedged["name"], subject=True)
            return named if named and len(named.owners) == 1 and named.owners[0].kind in {"member", "unknown"} else None
        found = self._owners_named_in(before)
        people = [o for o in found.owners if o.kind in {"member", "unknown"}]
        if len(people) + len(found.ambiguous) != 1:
            return None
        return Resolution(people, list(found.ambiguous))

    def _passed_on(self) -> Interpretation | None:
        """ "On behalf of Anne Harris: she and Helen Ellis will draft ...": the words passed on, their "she" or "I"
        read as the one they are from."""
        found = _ON_BEHALF.match(self.text)
        found = None if found and found["dash"] and not found["behalf"] else found  # "For Mayada - I'll …": to her
        named = self.owners.phrase(found["who"], subject=True) if found else None
        if found is None or not named or len(named.owners) != 1 or named.owners[0].kind not in {"member", "unknown"}:
            return None
        subject = _THEIR_SUBJECT.match(found["said"])
        said = found["said"]
        if subject is not None:
            modal = " will" if subject[0].lower().endswith("ll") else " is" if subject["is"] else ""
            said = f"{named.owners[0].name}{modal}{said[subject.end() :]}"
        passed_on = type(self)(said, self.writer, self.now, self.names)
        reading = passed_on._structured_action()
        return reading if reading is not None and reading.owners != tuple(self._writer_owners_list()) else None

    def _structured_action(self) -> Interpretation | None:
        """The action rules' reading of "<owners> to <task>" and its kin (the action rules define it)."""
        raise NotImplementedError
