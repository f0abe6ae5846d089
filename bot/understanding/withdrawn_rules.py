"""The rule for a withdrawn apology: "Please withdraw my apologies", "I can make the workshop after all", "tony o can
make july after all, can you remove his apologies", "Sally: apologies withdrawn, plans changed" (Sally's, never the
writer's when the message names another member and says nothing of "I"); and an apology no longer needed ("so Remley
doesnt need to go in my place").

Part of the message reader (:mod:`bot.understanding.interpret`), through the apology rules.
"""

from __future__ import annotations

from bot.understanding.absence_words import APOLOGY_SAID, IN_THEIR_PLACE
from bot.understanding.absentees import named_attending
from bot.understanding.edit_words import REF, REF_WORDING
from bot.understanding.interpretation import Intent, Interpretation
from bot.understanding.meeting_words import meeting_meant
from bot.understanding.message_reader import _ReaderBase
from bot.understanding.owners import Resolution
from bot.understanding.patterns import guarded
from bot.understanding.person_words import FIRST_PERSON_OR_WE
from bot.understanding.withdrawn_words import (
    AS_CAN_I,
    CAN_ATTEND,
    CHANGE_OF_PLAN,
    NAMED_THEN_PRONOUN,
    PLAN_CHANGED,
    PRONOUN_ATTENDS,
    STAND_IN_RELEASED,
    THIRD_PERSON_APOLOGY,
    WILL_ATTEND,
    WITHDRAW,
    WITHDRAW_FOR,
    WITHDRAW_OTHER,
    WITHDRAW_SUBJECT,
    now_attending,
    released,
)

__all__ = ["MEETING_WORDS", "WRITER_WORDS", "_WithdrawnRules"]

import re

MEETING_WORDS = guarded(
    r"\b(?:board|meeting|workshop|panel|dscb|lscb|today|tomorrow|there|next|jan|feb|mar|apr|may|jun|jul|aug|sep|"
    r"oct|nov|dec|monday|tuesday|wednesday|thursday|friday)\w*|\d",
    re.I,
)
WRITER_WORDS = {"me", "i", "my", "myself", "me too", "us", "ourselves", "my end", "this end", "our end", "my side",
                 "our side", "this side", "me personally"}  # fmt: skip
# "can make monday now, zala neednt come": the writer, left out
_I_LEFT_OUT = guarded(r"^\W*(?:actually\s+|good\s+news\W+)?(?:can|could|will|shall|am|should)\b", re.I)


# "I can no longer make the July board … Richard will attend", "Unfortunately I must send apologies …", "please
# accept my apologies": the writer's own apology (never "I sent apologies … but I'm free now")
_WRITER_APOLOGISES = guarded(
    r"\bI\s*(?:now\s+|still\s+|just\s+)?(?:can['’]?t|cannot|can\s+no\s+longer|won['’]?t\s+be\s+able|"
    r"will\s+not\s+be\s+able|am\s+unable|['’]m\s+unable|am\s+not\s+able|['’]m\s+not\s+able)\b|"
    r"\bI\s+(?:\w+\s+){0,2}?(?:send|give|offer|tender)\s+(?:my\s+)?apolog|\b(?:accept|take|note|record)\s+my\s+apolog|"
    r"\bI(?:['’]m|\s+am)\s+(?:very\s+|so\s+|really\s+)?sorry\b",
    re.I,
)


# "back on for 19th june", "I'm back in for Monday's panel": coming after all (never "back on 19th June": leave)
_BACK_ON_FOR = guarded(
    r"^\W*(?:(?:i['’]?m|i\s+am|i['’]ll\s+be|i\s+will\s+be|we['’]re|we\s+are)\s+)?(?:now\s+)?back\s+(?:on|in)\s+for\s+"
    r"(?:the\s+)?(?:\d|board|meeting|panel|workshop|mon|tue|wed|thu|fri|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.I,
)
# "as agreed, a-21 is coming back to the july board": the action's item returns to a meeting, nobody's attendance
_ACTION_RETURNS = guarded(
    rf"\b(?:{REF_WORDING}|it|this|that)\s+(?:is\s+|will\s+be\s+|['’]s\s+)?(?:coming|comes|going|goes|come|go)\s+back\s+"
    r"(?:to|on)\b",
    re.I,
)


_REPRESENTED_AFTER_ALL = guarded(
    r"^\W*(?:the\s+)?[\w&'’\s-]{2,40}?\s+(?:will|can)\s+(?:now\s+)?be\s+represented\b"
    r"(?=[^.!?]*\b(?:after\s+all|now|again)\b|.*\b(?:moved|cancelled|canceled|rearranged|postponed)\b)|"
    # "scratch that, the college will be represented on the 19th": taken back, said first
    r"^\W*(?:actually|(?:scrap|scratch|ignore|forget)\s+that)\W+(?:the\s+)?[\w&'’\s-]{2,40}?\s+(?:will|can)\s+(?:now\s+)?"
    r"be\s+represented\b",
    re.I | re.S,
)


class _WithdrawnRules(_ReaderBase):
    """Mixed into the apology rules: apologies taken back."""

    def _self_owners(self, text: str) -> Resolution:
        """Whom "I" and "my" mean (the apology rules read it)."""
        raise NotImplementedError

    def _possessor(self, written: str) -> Resolution | None:
        """Whose apologies a possessive names (the apology rules read it)."""
        raise NotImplementedError

    def _withdrawn(self) -> Interpretation | None:
        """ "Please withdraw my apologies", "I can make the workshop after all", "actually I can make the 11th",
        "tony o can make july after all": whose apologies are withdrawn, for which meeting."""
        if _ACTION_RETURNS.search(self.text) and REF.search(self.text) and not WITHDRAW.search(self.text):
            return None  # "a-21 is coming back to the july board so nothing to do on it for now": an agenda item
        if _WRITER_APOLOGISES.search(self.text) and APOLOGY_SAID.search(self.text) and not WITHDRAW.search(self.text):
            return None  # "I must send apologies … Richard Fisher will attend for the police": the writer's apology
        someone = now_attending(self.text)  # "Richard Fisher can make Monday now, so Sally won't need to stand in"
        coming = named_attending(
            self.text, self.owners, self._self_owners(self.text)
        )  # "I": a forwarded email's sender
        after_all = coming is not None and (CHANGE_OF_PLAN.search(self.text) or PLAN_CHANGED.search(self.text))
        stand_in = None if (released := STAND_IN_RELEASED.search(self.text)) else IN_THEIR_PLACE.search(self.text)
        if after_all and stand_in and APOLOGY_SAID.search(self.text):
            after_all = False  # "… send his apologies … Chris Ballinger will attend on his behalf": a stand-in
        if not WITHDRAW.search(self.text) and someone is None and not after_all:
            attending = CAN_ATTEND.search(self.text)
            changed = (WILL_ATTEND.search(self.text) or PRONOUN_ATTENDS.match(self.text)) and (
                PLAN_CHANGED.search(self.text) or released  # "I'll be at monday's panel now so sally doesnt need …"
            )
            attends = (attending and CHANGE_OF_PLAN.search(self.text)) or changed or _BACK_ON_FOR.match(self.text)
            attends = attends or _REPRESENTED_AFTER_ALL.match(self.text)  # "Police will be represented … after all"
            short = attending is not None and (len(self.text.split()) <= 8 or released is not None)  # "I can come"
            if not attends or not (MEETING_WORDS.search(self.text) or short):
                return self._released()
        owners = mine = self._self_owners(self.text)
        subject = WITHDRAW_SUBJECT.match(self.text)
        whose = [subject[k] for k in ("who", "who2", "who3", "who4", "who5") if subject and subject[k]]
        who = whose[0] if whose else someone
        named_back = NAMED_THEN_PRONOUN.match(who) if who else None
        who = (named_back["who"] or named_back["who2"]) if named_back else who
        if who and who.split()[-1].lower() in {"i", "we"}:
            who = who.split()[-1]  # "turns out I can make 10 July after all": the writer
        other = WITHDRAW_OTHER.search(self.text)
        named_for = WITHDRAW_FOR.search(self.text)
        named_who = next((w for w in named_for.groups() if w), "") if named_for else ""
        if named_for and not MEETING_WORDS.match(named_who) and named_who.lower() not in {"him", "her", "them"}:
            named = self.owners.phrase(named_who, subject=True)
            owners = named if named else Resolution()  # "withdraw apols for Tony Oakman": his, never the writer's
        elif other and other["who"].lower() not in WRITER_WORDS | {"his", "her", "their", "the", "those", "these"}:
            named = self._possessor(other["who"])
            owners = named if named else Resolution()  # someone's apologies, never the writer's by default
        elif coming is not None:  # "Zala will be at the July board after all", "Pam and I will both be there"
            owners = coming
            if AS_CAN_I.search(self.text):  # "Karen J can make 11 Sept after all, as can I"
                owners.add(Resolution(self._writer_owners_list()))
        elif who and who.lower() not in WRITER_WORDS | {"we"}:
            named = self.owners.phrase(who, subject=True)
            owners = named if named else Resolution()  # someone named but not understood: asked, never assumed
        elif pronoun := PRONOUN_ATTENDS.match(self.text):  # "Jo's course moved so she can come": Jo, or ask
            back = NAMED_THEN_PRONOUN.match(pronoun["lead"])
            named = self.owners.phrase(back["who"] or back["who2"], subject=True) if back else None
            owners = named or self._one_named_in(pronoun["lead"])  # "Tony's meeting with the CEO moved, so he …"
        elif theirs := THIRD_PERSON_APOLOGY.search(self.text):  # "Roger's diary has cleared … remove his apologies"
            owners = self._one_named_in(self.text[: theirs.start()])  # "Remley is better … remove their apols"
            if not owners and theirs["their"]:  # "Richard and Sally's court date … take their apols off": both
                named = self._owners_named_in(self.text[: theirs.start()])
                both = not named.ambiguous and len(named.owners) > 1 and all(o.kind == "member" for o in named.owners)
                owners = Resolution(list(named.owners)) if both else owners
        unsaid = not (FIRST_PERSON_OR_WE.search(self.text) or _I_LEFT_OUT.match(self.text))
        if owners is mine and unsaid:  # "Sally: apologies withdrawn, plans changed": Sally's
            named = self._owners_named_in(self.text)
            before = self.text[: released.start()] if released else ""
            clause = re.split(r"\b(?:so|and|but|as)\b|[,.;:–—-]", before)[-1]  # "… so Jo doesn't need to go": Jo
            freed = self._owners_named_in(clause) if released else None
            not_them = {o.id for o in freed.owners} if freed else set()  # "… so Jo doesn't need to go": the stand-in
            others = [
                o for o in named.owners if o.kind == "member" and o.id != getattr(self.writer, "id", None)
                and o.id not in not_them
            ]  # fmt: skip
            owners = (
                Resolution(others)
                if len(others) == 1 and not named.ambiguous
                else (owners if not others else Resolution())
            )
        return owners.reading(
            Intent.WITHDRAW_APOLOGY,
            meeting=meeting_meant(self.text, self.now, self.names.directory),
        )

    def _released(self) -> Interpretation | None:
        """ "so Remley doesnt need to go in my place", "Julie W doesnt need apols for July any more": the apology no
        longer needed, and whose it was (the writer's, the one named, or anyone named before; else not this)."""
        if (freed := released(self.text)) is None:
            return None
        whose = self.owners.phrase(freed.who, subject=True) if freed.who else None
        whose = whose or (None if freed.mine else self._owners_named_in(self.text[: freed.at]))
        owners = whose if whose and len(whose.owners) + len(whose.ambiguous) == 1 else None
        owners = owners or (self._self_owners(self.text) if freed.mine else None)  # a forwarded email's: its sender
        if owners is None and not freed.who:
            return None  # "Pam doesn't need to go to the workshop": nobody's apology named
        owners = owners or Resolution()
        meeting = meeting_meant(self.text, self.now, self.names.directory)
        return owners.reading(Intent.WITHDRAW_APOLOGY, meeting=meeting)
