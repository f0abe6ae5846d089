"""The rules for messages about one action by its reference: "A-14 done", "A-3 done for Pam Smith", "push A-14
back two weeks", "move A-14 to 26/06", "A-14: data requested from BI", "assign A-9 to Jo", "drop A-12, superseded
by the new protocol", "what's happening with A-7?".

Part of the message reader (:mod:`bot.understanding.interpret`). A reference with nothing the rules recognise is
left to the other rules (and, at worst, understood as nothing): an edit is never guessed.
"""

from __future__ import annotations

import re

from bot.understanding.dates import DateMention, find_dates
from bot.understanding.edit_words import (
    ADD_OWNER,
    ASKING,
    ASSIGN,
    ASSIGN_BY,
    ASSIGN_GO,
    DOER,
    DONE,
    DROP,
    FOR,
    FOR_THEM,
    NEGATED_DONE,
    OTHER_REF,
    POLITE_REQUEST,
    REASON,
    REDATE,
    REF,
    TAKE_OFF,
    TAKES,
    THEIR_PART,
    UPDATE_LEAD,
    UPDATE_NEWS,
    UPDATE_VERB,
    shift_days,
)
from bot.understanding.interpretation import Intent, Interpretation, Owner
from bot.understanding.message_reader import _ReaderBase
from bot.understanding.owners import Resolution

_OLD_DATE = re.compile(
    r"\b(?:was|were|originally|previously|currently|from|old date|instead of|rather than)\s+(?:(?:due|set|for)\s+)?"
    r"(?:(?:on|by|the)\s+)?$",
    re.I,
)
_NOTE_LEAD = re.compile(
    r"^(?:(?:a\s+)?(?:bit of an?|quick|brief|short|small|little)\s+)?(?:progress\s+)?(?:update|news)\s*[:;,–—-]+\s*",
    re.I,
)
_LOOKING_BACK = re.compile(r"\b(?:yesterday|last (?:week|month|time)|this morning|earlier)\b", re.I)
_APPOSITION = re.compile(r"\s*(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s*[.!?]*\s*$")


class _EditRules(_ReaderBase):
    """Messages about one action named by its reference."""

    def _edit_by_reference(self) -> Interpretation | None:
        refs = tuple(dict.fromkeys(int(n) for n in REF.findall(self.text)))
        if not refs:
            return None
        edited = refs
        if len(refs) > 1 and len(OTHER_REF.findall(self.text)) == len(refs) - 1:
            edited = refs[:1]  # "scrap A-23 - duplicate of A-17": A-17 is only named in the reason
        if len(edited) == 1:
            for rule in (self._reassigned, self._redated, self._dropped, self._updated):
                found = rule(edited)
                if found is not None:
                    return found
        return self._closed(refs) or self._asked(refs)

    # One rule each -----------------------------------------------------------------------------------------
    def _reassigned(self, refs: tuple[int, ...]) -> Interpretation | None:
        added = ADD_OWNER.search(self.text)
        if added:
            new, sharing = self.owners.phrase(added["who"], subject=True), self.owners.phrase(added["also"])
            if new and sharing:
                sharing.add(new)
                return Interpretation(Intent.REASSIGN, owners=tuple(sharing.owners),
                                      ambiguous=tuple(sharing.ambiguous), refs=refs)  # fmt: skip
        for pattern in (ASSIGN_BY, ASSIGN, ASSIGN_GO, TAKES):
            found = pattern.search(self.text)
            if not found:
                continue
            who = next(v for k, v in found.groupdict().items() if k.startswith("who") and v)
            if self._dated(who):
                continue  # "move A-14 to 26/06": a new date, not a new owner
            owners = self.owners.phrase(who, subject=True) or self._apposition(found.end())
            if owners:
                return Interpretation(Intent.REASSIGN, owners=tuple(owners.owners), ambiguous=tuple(owners.ambiguous),
                                      refs=refs)  # fmt: skip
        return None

    def _redated(self, refs: tuple[int, ...]) -> Interpretation | None:
        shift = shift_days(self.text)
        if shift is not None:
            return Interpretation(Intent.CHANGE_DUE, refs=refs, shift_days=shift)
        due = self._due
        dropped = DROP.search(self.text)
        if due is None or not REDATE.search(self.text) or (dropped and dropped.start() < due.span[0]):
            return None  # "can A-33 go to 03/07 - the forum got cancelled": the drop word is only the reason
        due = self._new_date(due)
        if _LOOKING_BACK.search(due.wording):
            return None  # "following a conversation yesterday, ... A-24 to move across": no new date
        return Interpretation(Intent.CHANGE_DUE, refs=refs, due=due.date, due_wording=due.wording, asap=due.asap)

    def _dropped(self, refs: tuple[int, ...]) -> Interpretation | None:
        verb = DROP.search(self.text)
        if verb is None and not DONE.search(self.text):
            verb = TAKE_OFF.search(self.text)
        if verb is None or (self.question and not POLITE_REQUEST.search(self.text)):
            return None
        rest = REF.sub(lambda ref: " " if int(ref[1]) == refs[0] else ref[0], self.text[verb.end() :])
        rest = re.sub(r"^\W*(?:it(?!['’]s|s\b)|this|that|this one|that one|action|from the (?:tracker|list)|"
                      r"off the (?:tracker|list)|please|pls|any ?more|now)\b", " ", rest, flags=re.I)  # fmt: skip
        imperative = re.match(r"(?:drop|delete|remove|scrap|cancel|withdraw|bin|ditch|take|come|kill)", verb[0], re.I)
        continued = None if imperative else re.match(r"\s+(?!any ?more\b|now\b|either\b|too\b|so\b|and\b)[a-z]",
                                                     self.text[verb.end() :])  # fmt: skip
        reason = rest.strip() if continued else REASON.sub("", rest.strip(), count=1)
        reason = reason.strip(" .,;:–—-!")
        reason = re.sub(r"[\s,]*(?:(?:so|and)\s+)?(?:(?:can|could|would)\s+(?:you|it|we)|please|pls)\b[^.!]*$", "",
                        reason, flags=re.I)  # fmt: skip
        reason = re.sub(r"\s*(?:please|pls|thanks|thank you|cheers|ta)\W*$", "", reason, flags=re.I).strip(" .,;")
        if not imperative and (not reason or re.match(r"(?:withdraw|drop|remove|delete|close|scrap|bin)\b", reason)):
            reason = verb[0]  # "A-12 no longer needed", "A-35 overtaken by events, please withdraw it": the reason
        elif not imperative and continued is not None:
            reason = f"{verb[0]} {reason}"  # "no longer relevant to Cafcass following the restructure"
        return Interpretation(Intent.DROP_ACTION, refs=refs, note=reason or None)

    def _updated(self, refs: tuple[int, ...]) -> Interpretation | None:
        found = UPDATE_VERB.match(self.text) or UPDATE_LEAD.match(self.text) or UPDATE_NEWS.match(self.text)
        if not found:
            return None
        note = _NOTE_LEAD.sub("", found["note"].strip())  # "bit of an update - had a meeting ...": the news
        if ASKING.search(note) or note.endswith("?"):
            return None  # "A-22 - what's the latest?": a question about it
        if DONE.fullmatch(note.strip(" .!👍✅")) or re.fullmatch(r"[\W_]*", note):
            return None  # "A-14: done" closes it
        if DONE.match(note) and not NEGATED_DONE.search(note) and len(note.split()) <= 4:
            return None
        return Interpretation(Intent.ADD_UPDATE, refs=refs, note=note)

    def _closed(self, refs: tuple[int, ...]) -> Interpretation | None:
        if self._negated or not DONE.search(self.text):
            return None
        if self.question and not POLITE_REQUEST.search(self.text):
            return None
        behalf = self._on_behalf(refs)
        return Interpretation(Intent.COMPLETE_ACTION, owners=self._writer_owners(), refs=refs, on_behalf_of=behalf)

    def _asked(self, refs: tuple[int, ...]) -> Interpretation | None:
        if len(refs) == 1 and (self.question or ASKING.search(self.text)):
            return Interpretation(Intent.SHOW_ACTION, refs=refs)
        return Interpretation(Intent.NONE, refs=refs) if self._negated else None

    # Helpers -----------------------------------------------------------------------------------------------
    def _new_date(self, due: DateMention) -> DateMention:
        """Of an old and a new date ("A-14 was due 22/05, can we make it 12/06"), the new one: the last date not
        written as the old one ("was", "originally", "from", "currently")."""
        mentions = [m for m in find_dates(self.text, self.now, self.names.directory.board_dates) if m.date or m.asap]
        if len(mentions) < 2:
            return due
        new = [m for m in mentions if not _OLD_DATE.search(self.text, 0, m.span[0])]
        return new[-1] if new and new[-1].span != due.span and _OLD_DATE.search(self.text, 0, due.span[0]) else due

    def _apposition(self, end: int) -> Resolution | None:
        """ "... to our new named nurse, Gemma Price": the name that follows a description of the new owner."""
        found = _APPOSITION.match(self.text, end)
        return self.owners.phrase(found["who"], subject=True) if found else None

    def _dated(self, words: str) -> bool:
        due = self._due
        return due is not None and due.wording.lower() in words.lower()

    def _on_behalf(self, refs: tuple[int, ...]) -> Owner | None:
        """The member whose part is ticked off: "A-3 done for Pam Smith", "Pam's part of A-3 is done", "richard
        sent me the figures so mark A-17 complete for him"."""
        doer = DOER.match(self.text)
        if doer and FOR_THEM.search(self.text):
            named = self.owners.single(doer["who"], allow_unknown=False)
            if named and len(named.owners) == 1 and not named.ambiguous and named.owners[0].kind == "member":
                owner = named.owners[0]
                return owner if self.writer is None or owner.id != self.writer.id else None
        for pattern in (FOR, THEIR_PART):
            for found in pattern.finditer(REF.sub("the action", self.text)):
                who = next((v for k, v in found.groupdict().items() if k.startswith("who") and v), "")
                who = re.split(r"\s[-–—]\s", who)[-1]  # "A-25 - Sally's part is done"
                owners = self.owners.single(who.strip(), allow_unknown=True)
                if owners is None or len(owners.owners) != 1 or owners.ambiguous:
                    continue
                owner = owners.owners[0]
                if owner.kind == "member" and self.writer is not None and owner.id == self.writer.id:
                    return None
                if owner.kind in {"member", "unknown"}:
                    return owner
        return None
