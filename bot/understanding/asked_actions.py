"""Actions asked for around a statement or a quote: "<statement>. Could that go on as an action for me / for her / for
the two of us?", "could an action be noted for X to ...", "Pasting from Roger's email: "..." - can you add that
one". The statement or quote is read by the action rules; the request says whose it is.

Part of the message reader (:mod:`bot.understanding.interpret`); the action rules extend it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.understanding.absence_words import APOLOGY_SAID
from bot.understanding.interpretation import Intent, Interpretation, Owner
from bot.understanding.owners import Resolution
from bot.understanding.patterns import guarded
from bot.understanding.person_words import FIRST_PERSON
from bot.understanding.pointed_back import _PointedBack
from bot.understanding.recording_asks import RecordFor, named_request, record_for, who_prefixes
from bot.understanding.relayed import pasted_message
from bot.understanding.requested import as_requested

__all__ = ["_AskedActions"]

# Someone going in the sender's place: "Richard should be able to go instead", "… cover for me", "… in my place"
_STANDS_IN = guarded(
    r"\b(?:(?:should|will|may|might)\s+be\s+able\s+to|(?:will|can|could)|['’]ll)\s+(?:cover|go|attend|come|stand\s+in|"
    r"deputi[sz]e|sit\s+in)\b(?=\s+(?:instead|for\s+\w|in\s+my\s+place|and\s+(?:will\s+)?(?:bring|give|present|take|do)\b)"
    r"|\s*[,.;!]|\s*$)",  # "… cover for the police", "… go instead and give the police update"
    re.I,
)


class _AskedActions(_PointedBack):
    """Requests to record a statement or a quote, for the owners the request names."""

    def _action(self, owners: Resolution, task: str) -> Interpretation:
        """An action of these owners (the action rules make it)."""
        raise NotImplementedError

    def _marked_action(self) -> Interpretation | None:
        """The action rules' reading of an action marked "action: ..." (the action rules define it)."""
        raise NotImplementedError

    def _structured_action(self) -> Interpretation | None:
        """The action rules' reading of "<owners> to <task>" and its kin (the action rules define it)."""
        raise NotImplementedError

    def _pasted_action(self) -> Interpretation | None:
        """ "Pasting from Roger's email: "Could we ask all sub group chairs to ..." - can you add that one": the
        quote read as its sender's words; its "I" is the sender (asked about when not one member), never the writer."""
        pasted = pasted_message(self.text)
        if pasted is None or (_STANDS_IN.search(pasted.quote) and APOLOGY_SAID.search(self.text)):
            return None  # "FW: apologies … I'm on a course that day - Richard should be able to go instead": apologies
        named = self.owners.phrase(pasted.sender, subject=True) if pasted.sender else None
        ids = {o.id for o in named.owners if o.kind == "member"} if named and not named.ambiguous else set()
        sender = next((p for p in self.names.directory.members if p.id in ids), None) if len(ids) == 1 else None
        quote = type(self)(pasted.quote, sender or self.writer, self.now, self.names)
        found = quote._marked_action() or quote._structured_action()
        if (
            found is None
            or found.intent is not Intent.RECORD_ACTION
            or sender is not None
            or not FIRST_PERSON.search(pasted.quote)  # the quote's sender speaking
        ):
            return found if found is not None and found.intent is Intent.RECORD_ACTION else None
        writer = set(self._writer_owners_list())
        owners = Resolution([o for o in found.owners if o not in writer], list(found.ambiguous))
        if writer & set(found.owners) and named:  # "I" in the quote of "Karen" (which one?) or of a stranger
            owners.add(named)
        return replace(found, owners=tuple(owners.owners), ambiguous=tuple(owners.ambiguous))

    def _recorded_for(self) -> Interpretation | None:
        """ "<statement>. Could that go on as an action for me / for her / for the two of us?", "could an action be
        noted for X to ...": the owners the request names, or the statement's people when it points back at them."""
        named = named_request(self.text)  # "could an action go on for Viv and Kate to …": named in the ask itself
        owners = self.owners.phrase(named.who, subject=True) if named else None
        if named and owners:
            return self._action(owners, named.task)
        asked = record_for(self.text)
        if asked is None:
            return None
        stated = type(self)(asked.statement, self.writer, self.now, self.names)
        said = stated._marked_action() or stated._structured_action()  # "An action for Sally: …. Put it against her"
        if said is None and asked.back is not None:  # "Further to …, I've asked Dave to …. Log it as his action"
            clause = _asked_clause(asked.statement)  # "I've asked Dave to send …": Dave to send …
            said = type(self)(clause, self.writer, self.now, self.names)._structured_action() if clause else None
        said = said if said is not None and said.intent is Intent.RECORD_ACTION else None
        owners = self._owners_asked_for(asked, said)
        if owners is None:
            return None  # "could you add it to the papers?": nobody named
        return self._action(owners, said.task if said and said.task else asked.statement)

    def _owners_asked_for(self, asked: RecordFor, said: Interpretation | None) -> Resolution | None:
        """The owners a closing request names; "her", "both of them": the statement's people (one, for "her");
        "the two of us": those and the writer."""
        if asked.back is None:
            for words in who_prefixes(asked.who):
                found = self.owners.phrase(words, allow_unknown=False, subject=True)
                if found:
                    return _as_stated(found, said.owners if said else self._owners_named_in(asked.statement).owners)
            return self.owners.phrase(asked.who)
        writer = self._writer_owners_list()
        others = Resolution([o for o in said.owners if o not in writer], list(said.ambiguous)) if said else None
        others = others or self._owners_named_in(asked.statement)
        if asked.back == "us":
            if others.owners and not others.ambiguous and all(o.kind in {"agency", "group"} for o in others.owners):
                return others  # "DCVS will send the survey. Could you log that for us?": the organisation, not me
            owners = Resolution(writer)
            owners.add(others)
            return owners
        request = self.text.split(asked.statement, 1)[-1]  # "for both services": the agencies named before, not people
        kind = _KIND_NAMED.search(request)
        if kind is not None and others is not None:
            wanted = "agency" if kind["agency"] else "group" if kind["group"] else "member"
            others = Resolution([o for o in others.owners if o.kind == wanted], list(others.ambiguous))
        if asked.singular:  # "him", "her": one person named before, never an agency or a group
            people = [o for o in others.owners if o.kind in {"member", "unknown"}]
            stated = said is not None and len(people) == 1 and not others.ambiguous  # the one the statement's owner
            pointed = None if stated else self._person_pointed(asked.statement, asked.who)
            others = pointed or Resolution(people, list(others.ambiguous))
            stranger = self._stranger_named(asked.statement)  # "Rachael wants … I've put Liz Carter forward …"
            nearest = max((asked.statement.rfind(o.name.split()[0]) for o in others.owners), default=-1)
            later = stranger is not None and asked.statement.rfind(stranger) > nearest  # nearer the pronoun
            if stranger and later and all(o.name != stranger for o in others.owners):
                others = Resolution([*others.owners, Owner("unknown", stranger)], list(others.ambiguous))
        if asked.singular and len(others.owners) + len(others.ambiguous) != 1:
            return Resolution()  # "her" after a statement naming two people: ask rather than guess
        return others


# What kind of owner a request pointing back names: "both services", "the two groups", "both of the people".
_KIND_NAMED = guarded(
    r"\b(?:both|all|the|these|those|each\s+of\s+the)\s+(?:(?:two|three|four)\s+)?"
    r"(?:(?P<agency>services|agencies|teams|organisations|organizations|departments|trusts)|"
    r"(?P<group>groups|sub-?groups|panels)|(?P<member>people|colleagues|members))\b",
    re.I,
)


def _asked_clause(statement: str) -> str | None:
    """Of a statement's clauses, the last that tells of work asked of someone ("Further to the March board, I've
    asked Dave to send …. She thinks June is fine": "Dave to send …"), as that work; None when none does."""
    clauses = re.split(r"(?<=[,;.])\s+|\s[–—-]+\s+", statement.strip())
    if len(clauses) < 2:
        return None
    return next(filter(None, (as_requested(c) for c in reversed(clauses[-3:]))), None)


def _as_stated(found: Resolution, said: Sequence[Owner]) -> Resolution:
    """ "The mental health trust will look at ... Can we log that for the trust?": a name the request leaves open
    ("the trust": which one?) is the one owner of that name the statement gave; otherwise still asked."""
    if found.owners or len(found.ambiguous) != 1:
        return found
    open_ = found.ambiguous[0]
    fits = {("member", p.id, None) for p in open_.candidates} | {("agency", a.id, a.department) for a in open_.agencies}
    stated = [o for o in said if (o.kind, o.id, o.department if o.kind == "agency" else None) in fits]
    return Resolution([stated[0]]) if len(stated) == 1 else found
