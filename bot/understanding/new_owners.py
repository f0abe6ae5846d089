"""Who a reassignment names as the new owner: the names, agencies and groups written ("to my colleague Sally
Holmes", "Jonny Price the new DCVS manager"), a name set after a description ("to our new named nurse, Gemma
Price"), and the member named after the kind of work ("a-9 is really a CRC one - kate mc")."""

from __future__ import annotations

import re

from bot.understanding.assign_words import TAKEN_BY_PRONOUN
from bot.understanding.edit_cues import KIND_THEN_NAME
from bot.understanding.interpretation import Ambiguity, Intent, Interpretation, Owner
from bot.understanding.message_reader import _ReaderBase
from bot.understanding.names import names_someone
from bot.understanding.owners import Resolution
from bot.understanding.patterns import guarded

_NAMED_AS = guarded(r"^(?P<who>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?),?\s+(?:the|our|their)\s+\S.*$")
_EXCLUDING = guarded(r"\b(?:rather\s+than|instead\s+of|not|than|as\s+opposed\s+to|other\s+than|except)\s*$", re.I)
_APPOSITION = guarded(r"\s*(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s*(?:[.!?;,]|$)")
# "… to the cafcass service manager rather than me – its Lisa Tranter": the post, then who holds it
_NAMED_AFTER = guarded(
    r"(?:\s*(?:rather\s+than|instead\s+of|not)\s+(?:me|us|myself))?\s*[,;–—-]+\s*(?:it['’]?s|its|namely|i\.?e\.?|"
    r"that['’]?s|thats|who\s+is)\s+(?P<who>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})\s*(?:[.!?;,]|$)",
    re.I,
)
_COLLEAGUE = guarded(r"^(?:my|our|her|his|their)\s+(?:colleague|deputy|manager|opposite\s+number)\s+", re.I)
_PRONOUN = guarded(r"(?:her|him|them)", re.I)
_TO_PRONOUN = guarded(r"\b(?:over\s+)?to\s+(?P<who>her|him)\b", re.I)
ONE_NAMED = ("her", "him", "she", "he")  # the one person the message names, offered for confirmation
# "reassign A-3", "A-3 needs a new owner", "can A-3 go to someone else", "could A-11 be put in his name", "give A-3 to
# her": a new owner asked for, none named (the assistant asks whom)
_OWNER_UNSAID = guarded(
    r"^\W*(?:please\s+|pls\s+|can\s+you\s+|could\s+you\s+)?(?:re-?assign|re-?allocate|transfer|hand\s+over)\s+"
    r"(?:action\s+)?A-\d{1,4}(?:\s+(?:please|pls))?\s*[.!?]*$|"
    r"\bA-\d{1,4}\s+(?:needs|wants|will\s+need)\s+(?:a\s+)?(?:new|different)\s+(?:owner|lead|home)\b|"
    r"\bA-\d{1,4}\s+(?:go|be\s+(?:given|passed|moved|handed|reassigned))\s+(?:over\s+)?to\s+(?:someone|somebody)\s+else\b|"
    r"\bA-\d{1,4}\s+be\s+(?:put|moved)\s+(?:in|into|under)\s+(?:his|her|their)\s+name\b|"
    r"^\W*(?:please\s+|pls\s+)?(?:give|pass|hand|move)\s+A-\d{1,4}\s+(?:over\s+)?to\s+(?:him|her|them)\s*[.!?]*$",
    re.I,
)
_TAKES_OVER = guarded(
    r"(?P<who>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)\s+(?:is|will\s+be|['’]s|has)\s+(?:now\s+)?(?:taking\s+over|"
    r"replacing\s+me|stepping\s+in|picking\s+(?:this|it|my\s+\w+)\s+up|picked\s+(?:this|it)\s+up|leading\s+on|"
    r"(?:happy|keen|willing)\s+to\s+take\s+(?:it|this|that|A-\d+)\s+on|(?:happy|keen|willing)\s+to\s+take\s+on)\b"
)

_NOT_US = guarded(r"\b(?:not|rather\s+than|instead\s+of)\s+(?:us|ours)\b", re.I)


# A person named in full, as written in a sentence: "Claire Bates", "Linda Marsh" (never "Early Help").
_FULL_NAME = guarded(r"(?<![\w'’-])(?-i:[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+)(?![\w'’-])")


class _NewOwners(_ReaderBase):
    """The new owner of an action, as a reassignment writes it."""

    def _taking_over(self, who: str) -> Resolution | None:
        """ "Tracey Bennett is taking over my post – please can it go to her?": the one named as taking over."""
        found = _TAKES_OVER.search(self.text) if _PRONOUN.fullmatch(who.strip()) else None
        return self.owners.phrase(found["who"], subject=True) if found else None

    def _new_owners(self, who: str) -> Resolution | None:
        """The owners a reassignment names: names, agencies and groups, or every member of a first name ("the two
        Karens") when the roster has several."""
        who = _COLLEAGUE.sub("", who)  # "to my colleague Sally Holmes": Sally Holmes
        if who.strip().lower() in ONE_NAMED:  # "Linda Marsh is leading it now so please move A-26 to her"
            return self._the_one_named()
        found = self.owners.phrase(who, subject=True)
        if found is None and re.search(r"[a-z]['’]?s$", who):  # "a-9 should be sallys now": Sally's
            found = self.owners.phrase(re.sub(r"['’]?s$", "", who), subject=True)
        named = _NAMED_AS.match(who) if found is None else None  # "Jonny Price the new DCVS manager": the person
        own = getattr(self.writer, "agency_id", None)
        written = self.names.agency(re.sub(r"^the\s+", "", who.strip())).candidates  # "probation": NPS or the CRC
        if found and _NOT_US.search(self.text) and len(written) > 1 and any(a.id == own for a in written):
            others = [a for a in written if a.id != own]  # "probation, not us" by the CRC: the NPS
            return Resolution([Owner.of_agency(others[0])]) if len(others) == 1 else None
        return self.owners.phrase(named["who"], subject=True) if named else found

    def _the_one_named(self) -> Resolution | None:
        """The one person the message names, other than the writer: a member ("Helen's leading on it now, move
        a-14 to her") or someone not on the roster named in full ("Louise Grant joined last month. Please give A-13
        to her"); None when nobody or several are."""
        named = self._owners_named_in(self.text)
        members = [o for o in named.owners if o.kind == "member"] + [None] * len(named.ambiguous)  # "Sue": one more
        writer = getattr(self.writer, "name", "").lower()
        strangers = set()
        for found in _FULL_NAME.finditer(self.text):
            person = names_someone(found[0]) and found[0].lower() != writer  # "Louise Grant", never "Early Help"
            read = self.owners.phrase(found[0], subject=True) if person else None
            if read and all(o.kind == "unknown" for o in read.owners):
                strangers.add(found[0])
        if len(members) + len(strangers) != 1:
            return None
        return Resolution([m for m in members if m]) if members else self.owners.phrase(strangers.pop(), subject=True)

    def _which(self) -> Resolution | None:
        """ "Jo and Sue are free - can she have A-33?": which of the members named "she" (or "her") means, asked;
        None when no pronoun is the new owner, or the message names anyone else (or nobody)."""
        pronoun = TAKEN_BY_PRONOUN.search(self.text) or _TO_PRONOUN.search(self.text)
        if pronoun is None:
            return None
        who = next(v for k, v in pronoun.groupdict().items() if k.startswith("who") and v)
        named = self._owners_named_in(self.text)
        people = [self.names.directory.member(o.id) for o in named.owners if o.kind == "member" and o.id is not None]
        people += [p for doubt in named.ambiguous for p in doubt.candidates]
        if len(people) < 2 or any(p is None for p in people) or any(o.kind != "member" for o in named.owners):
            return None
        return Resolution(ambiguous=[Ambiguity(who.strip(), tuple(dict.fromkeys(p for p in people if p)))])

    def _apposition(self, end: int) -> Resolution | None:
        """ "... to our new named nurse, Gemma Price": the name that follows a description of the new owner."""
        excluding = _EXCLUDING.search(self.text, 0, end)
        if excluding:  # "A-2 to the fire service as a whole rather than Julie": Julie is the one it leaves
            found = _NAMED_AFTER.match(self.text, excluding.start())  # "… rather than me – its Lisa Tranter"
            return self.owners.phrase(found["who"], subject=True) if found else None
        found = _APPOSITION.match(self.text, end) or _NAMED_AFTER.match(self.text, end)
        return self.owners.phrase(found["who"], subject=True) if found else None

    def _member_after_kind(self, end: int) -> Resolution | None:
        """The members named after a kind of work ("a CRC one - kate mc"), or None."""
        after = KIND_THEN_NAME.match(self.text, end)
        named = self.owners.phrase(after["who"], subject=True, allow_unknown=False) if after else None
        return named if named and all(o.kind == "member" for o in named.owners) else None

    def _owner_unsaid(self, refs: tuple[int, ...]) -> Interpretation | None:
        """ "reassign A-3", "could A-11 be put in his name": a reassignment naming nobody, for the assistant to ask
        whom (never the action shown, nor the writer's)."""
        return Interpretation(Intent.REASSIGN, refs=refs) if _OWNER_UNSAID.search(self.text) else None
