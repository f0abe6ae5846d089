"""Whose list a question asks for, beyond the words in owner position: the people the question names (not those met,
nor who wanted it), the writer with another ("me or richard"), the writer's own when the one question asks for it,
every member of a shared first name ("the two Karens"), and of two agencies the writer's own ("waiting for us")."""

from __future__ import annotations

import re

from bot.directory import MANAGERS
from bot.understanding.interpretation import Intent, Interpretation, Owner
from bot.understanding.list_asides import MET_LATER, MET_WITH, POINTED_BACK, REPORTED_BY, WHO_WAS_ASKING
from bot.understanding.list_words import HELD_BY_ME, LIST_ANY, LIST_CUE
from bot.understanding.message_reader import _SELF_WORDS
from bot.understanding.own_side import writers_agency
from bot.understanding.owners import Resolution
from bot.understanding.patterns import guarded
from bot.understanding.person_words import FIRST_PERSON_OR_WE
from bot.understanding.question_words import ASKER_I, WITH_WRITER, asks_indirectly, speaks_for_us
from bot.understanding.strangers import unlisted_body, written_body
from bot.understanding.their_list import _TheirList

_UNIT = r"(?:directorate|team|service|department|dept|agency|organi[sz]ation|lot|people|unit)"
# "everything his directorate owns", "what does her team have open", "anything for their service": the unit's list
# (never "what's on Tony's list? his team want it": who asked)
_THEIR_UNIT = guarded(
    rf"\b(?:for|on|of|everything|all|anything|what|does|do|has|have)\s+(?:that\s+)?(?:his|her|their)\s+(?P<unit>{_UNIT})\b"
    rf"(?!\s+(?:want|wants|asked|are\s+asking|is\s+asking))",
    re.I,
)


# "which actions are with the NSPCC?", "whats barnardos got outstanding", "what has the Healthy Child team got on?"
_BODY_HOLDS = guarded(
    r"\b(?:are|is|sit|sits|sitting)\s+with\s+(?P<who>[\w'’&. ]{2,50}?)\s*(?:[?.!,]|$)|"
    r"\bwhat(?:['’]?s|\s+has|\s+have|\s+does)\s+(?P<who2>[\w'’&. ]{2,50}?)\s+(?:got|owe|owes|have|has)\b|"
    # "show me what barnardos have open", "what's open for healthwatch dudley?", "any actions with the NSPCC?"
    r"\bwhat\s+(?P<who3>[\w'’&. ]{2,50}?)\s+(?:have|has|hold|holds)\s+(?:got\s+)?(?:open|outstanding|overdue|on)\b|"
    r"\b(?P<frame>open|outstanding|overdue|pending|actions?)\s+(?:currently\s+|still\s+|now\s+)?(?:for|with|against)\s+"
    r"(?P<who4>[\w'’&. ]{2,40}?)(?:\s+(?:on\s+(?:there|here|the\s+tracker|it)|at\s+the\s+moment|atm|now|still|yet|"
    r"at\s+all|please|pls))?\s*(?:[?.!]|$)",
    re.I,
)
_US = guarded(r"(?:me|us|myself|ourselves|you|everyone|everybody|all|the\s+board)", re.I)
_OURS_ASKED = guarded(
    r"\b(?:(?:open|outstanding|overdue|due|actions?)\s+(?:for|with)\s+us|(?:see|have|get|got)\s+(?:ours|our\s+(?:list|lot)))\b(?=\s*(?:[?.!]|$|"
    r"\s+(?:please|pls|thanks|ta|at\s+the\s+moment|atm|now)\b))",
    re.I,
)


# "… – can you list police actions pls", "what's he got?": a further ask after the first question, not a remark
_ASKED_AGAIN = guarded(r"\?|\b(?:can|could|would|will)\s+(?:you|u)\b|\b(?:list|show|send|pull)\b", re.I)


class _ListOwners(_TheirList):
    """Mixed into the intent rules: the owners a list question means."""

    def _named_not_met(self) -> Resolution:
        """The members, agencies and groups the question names, but for one met or the one asking for the list (the
        sentences around a question only say why: "Sally asked for it ahead of the exec meeting")."""
        asked = REPORTED_BY.sub(" ", MET_WITH.sub(" ", WHO_WAS_ASKING.sub("", self._list_asked())))
        return self._owners_named_in(asked if POINTED_BACK.search(self.text) else MET_LATER.sub(" ", asked))

    def _list_asked(self) -> str:
        """The sentence that asks for the list, when one of several does; else the whole text."""
        asked = [t for t in re.split(r"(?<=[.!?])\s+", self.text) if t.endswith("?")]
        return next((t for t in asked if LIST_CUE.search(t) or LIST_ANY.search(t)), self.text)

    def _asked_first_names_others(self) -> Interpretation | None:
        """The list a first question asks for by naming its owners, when what follows only remarks on the writer's
        own part in it ("… got outstanding? think a couple are mine")."""
        first = re.match(r"[^?'\"‘“]+\?", self.text)  # never a question quoted ("Sally's text: 'what have we …?'")
        rest = self.text[first.end() :] if first is not None else ""
        if first is None or not rest.strip() or _SELF_WORDS.search(first[0]) or _ASKED_AGAIN.search(rest):
            return None
        reader = type(self)(first[0], self.writer, self.now, self.names)
        alone: Interpretation | None = reader._list_actions()  # type: ignore[attr-defined]
        me = self.writer.id if self.writer is not None else None
        if (
            alone is None
            or not (alone.owners or alone.ambiguous)
            or any(o.kind == "member" and o.id == me for o in alone.owners)
        ):
            return None
        return alone

    def _with_writer(self, who: str) -> Resolution | None:
        """ "me or richard", "Sally and me": the writer and the other one named, when that one resolves."""
        found = WITH_WRITER.match(who.strip())
        if found is None or not self.writer:
            return None
        other = self.owners.phrase(found["after"] or found["before"], subject=True)
        if not other:
            return None
        both = Resolution(self._writer_owners_list())
        both.add(other)
        return both

    def _own_list_asked(self) -> Resolution | None:
        """The writer, when the message's one question asks for their own list and names nobody else, whatever the
        sentences around it say ("Richard says some police actions moved onto my name - can you check what I've
        got?")."""
        parts = re.split(r"(?<=[.!?])\s+|\s[–—-]+\s", self.text)  # "just checking if I've got anything …": asked too
        questions = [t for t in parts if t.rstrip().endswith("?") or asks_indirectly(t, opening=True)]
        if len(questions) != 1 or not self.writer:
            return None
        asked = questions[0]  # "could I have a list of …" asks; "what have I got" owns
        if not HELD_BY_ME.search(ASKER_I.sub(" ", asked)) or self._owners_named_in(asked):
            return None
        return Resolution(self._writer_owners_list())

    def _focus_kept(self, listed: Interpretation | None, asked: str) -> bool:
        """Whether the list read from the question's focus names whose it is, and not only as the writer's own
        where the asking sentence says nothing of them ("I'm preparing a briefing. what actions are still open?", once
        "for Merlin Joseph" is set aside: not the writer's)."""
        if listed is None or not (listed.owners or listed.ambiguous):
            return False
        me = [("member", self.writer.id)] if self.writer is not None else []
        mine = bool(me) and [(o.kind, o.id) for o in listed.owners] == me and not listed.ambiguous
        question = re.split(r"(?<=[.!?])\s+", asked.strip())[-1]  # the asking sentence, not the why before it
        return not mine or FIRST_PERSON_OR_WE.search(ASKER_I.sub(" ", question)) is not None

    def _unnamed_owner(self, name: str) -> Resolution:
        """Whose list a name the question's wording hid means ("anything on jass's list …": Jassi's), else the name as
        someone not on the roster, with the nearest names."""
        found = self.owners.phrase(name, subject=True, allow_unknown=False)
        return found or Resolution([Owner("unknown", name, suggestions=self.names.near(name))])

    def _listing(self, owners: Resolution, overdue: bool) -> Interpretation:
        """The list of these owners; of one member's, their agency's when the question asks for "his directorate",
        "her team" ("before my 1:1 with Tony … everything his directorate owns": the directorate's, not Tony's)."""
        unit = _THEIR_UNIT.search(self.text)
        one = owners.owners[0] if len(owners.owners) == 1 and not owners.ambiguous else None
        if unit and one is not None and one.kind == "member":
            owners = self.owners.phrase(f"{one.name}'s {unit['unit']}", allow_unknown=False) or owners
        return owners.reading(Intent.LIST_ACTIONS, overdue_only=overdue)

    def _their_unit_met(self, asked: str, met: str) -> Resolution:
        """The one member a question meets ("before my 1:1 with Tony …"), when it asks for "his directorate" or "her
        team": their unit's list is then meant (``_listing`` reads it); else nobody."""
        if met == asked or not _THEIR_UNIT.search(asked):
            return Resolution()
        return self._one_named_in(asked)

    def _whole_list(self, overdue: bool) -> Interpretation:
        """The whole board's list, unless the question asks about a body not on the roster ("which actions are with
        the NSPCC?", "whats barnardos got outstanding"): then that body, asked about, never everyone's."""
        member = self.writer is not None and self.writer.role not in MANAGERS  # the manager's "us" is the board
        ours = self.owners.phrase("our agency", allow_unknown=False) if _OURS_ASKED.search(self._list_asked()) else None
        if member and ours:
            return self._listing(ours, overdue)  # "whats outstanding for us?", "can i see ours pls": the agency's
        held = _BODY_HOLDS.search(self._list_asked())
        who = next((held[k] for k in ("who", "who2", "who3", "who4") if held[k]), "") if held else ""
        # "any actions with healthwatch dudley?": a name; "what's open for dudley womens aid": asked (never the board's)
        frame = (held["frame"] or "action").lower() if held else ""
        written = held is not None and not frame.startswith(("open", "outst", "over", "pend"))
        roster = self.owners.phrase(who, allow_unknown=False) if who and not _US.fullmatch(who.strip()) else None
        if roster and all(o.kind in ("member", "agency") for o in roster.owners):
            return self._listing(roster, overdue)  # "a list of all open actions currently with DMBC": DMBC's
        body = (unlisted_body(who) or (written_body(who) if written else None)) if who else None
        if body is not None and not self._owners_named_in(who):
            return self._listing(Resolution([Owner("unknown", body, suggestions=self.names.near(body))]), overdue)
        return Interpretation(Intent.LIST_ACTIONS, overdue_only=overdue)

    def _members_named_plural(self) -> Resolution | None:
        """ "the two Karens", "both Sues": every member of that first name, when the roster has several."""
        return self.owners.namesakes_within(self.text)

    def _for_us(self, resolved: Resolution) -> Resolution:
        """ "whether probation has any actions waiting for us": of two agencies, the writer's own."""
        if resolved.owners or not speaks_for_us(self.text):
            return resolved
        ours = writers_agency(resolved, self.writer)
        return Resolution([ours]) if ours else resolved
