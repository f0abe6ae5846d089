"""The rules for messages about one action by its reference: "A-14 done", "A-3 done for Pam Smith", "push A-14 back two
weeks", "move A-14 to 26/06", "A-14: data requested from BI", "assign A-9 to Jo", "drop A-12, superseded by the new
protocol", "what's happening with A-7?"; and actions named without it ("my action on GP leads is done").

Part of the message reader (:mod:`bot.understanding.interpret`). A reference with nothing the rules recognise is
left to the other rules (and, at worst, understood as nothing): an edit is never guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import partial

from bot.understanding.accepted_work import BELIEVED, given_before
from bot.understanding.asked_edits import asked_edit
from bot.understanding.assign_words import (
    ADD_OWNER,
    ALSO_OWNER,
    ASSIGN,
    ASSIGN_GO,
    ASSIGNING,
    NOT_THE_NAME,
    listed_owners,
)
from bot.understanding.audit_reading import audit_type
from bot.understanding.corrected_refs import as_meant
from bot.understanding.dates import find_dates, find_due, said_not
from bot.understanding.described_edits import _DescribedEdits
from bot.understanding.drop_reasons import tidy_reason
from bot.understanding.drop_words import DROP, DROP_FIRST, REASON, TAKE_OFF, asked_drop, gone_unasked
from bot.understanding.edit_cues import (
    ADD_NOTE_TO,
    AGREED_AFTER,
    ASKED_IF_EDITED,
    CLOSE_PROPOSED,
    DONE_FIRST,
    NEW_NOT_EDIT,
    NOT_YET_DONE,
    ON_ITS_WAY,
    REASON_BEFORE,
    SAID_DONE,
    STILL_ASKED,
    STILL_NEEDS,
    THING_CLOSED,
    TICK_ASKED,
    UPDATE_FOR,
    date_alone,
)
from bot.understanding.edit_sources import _EditSources
from bot.understanding.edit_words import (
    ASKING,
    CLOSE_MINE,
    CLOSING_NOTE,
    DONE,
    FIRST_PERSON,
    LATE_NEWS,
    NAMED_DID_IT,
    NEGATED_DONE,
    NEWS_DATE,
    OTHER_REF,
    PART_DONE,
    POLITE_REQUEST,
    REDATE,
    REF,
    REF_WORDING,
    STRONG_REDATE,
    THEIR_DUE,
    UPDATE_BRIEF,
    UPDATE_LEAD,
    UPDATE_NEWS,
    UPDATE_OPENING,
    UPDATE_STANDING,
    UPDATE_VERB,
    WRITER_DONE,
    dated_news,
    shift_days,
)
from bot.understanding.interpretation import Intent, Interpretation
from bot.understanding.meeting_words import meeting_deadline
from bot.understanding.new_dates import SENTENCE_END, WAS_DUE, _NewDates
from bot.understanding.new_owners import ONE_NAMED, _NewOwners
from bot.understanding.patterns import guarded
from bot.understanding.question_words import SEEN_EDITED, THANKS, THANKS_NOTED, asks_indirectly
from bot.understanding.subject_edits import _SubjectEdits
from bot.understanding.withdrawn_words import WITHDRAW

_NOTE_LEAD = guarded(
    r"^(?:(?:a\s+)?(?:bit of an?|quick|brief|short|small|little)\s+)?(?:progress\s+)?(?:update|news)\s*[:;,–—-]+\s*|"
    # "Update on A-20 from Merlin: …", "Update on A-40 from QA & Comms: …": whose news
    r"^(?:(?:update|news)\s+)?from\s+[A-Za-z][\w'’&-]*(?:\s+(?:&\s+)?[A-Z][\w'’-]*){0,2}\s*(?:\([^()]{1,60}\)\s*)?"
    r"[:;–—-]+\s*|"  # "A-12 update from Jassi (she's in court today): …"
    r"^on\s+behalf\s+of\s+[A-Za-z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*[:;–—-]+\s*|"  # "A-44, on behalf of Tabetha: …"
    r"^on\s+[A-Za-z][\w-]*['’]s\s+behalf\s*[:;,–—-]+\s*|"  # "For action 44, on Mayada's behalf: …"
    r"^(?:please\s+|pls\s+)?note\s+(?:that\s+)?(?=\w)|"  # "For action 16, please note that the VCSG discussed …"
    # "A-53 - Pam asked me to pass on that the named midwife post …": whose news, then the news
    r"^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:has\s+)?asked\s+me\s+to\s+(?:(?:pass\s+on|let\s+you\s+know|say|tell\s+you)"
    r"\s*(?:that\b|[:,–—-])|(?:add|post|note|put)(?:\s+(?:this|that))?\s*[:–—-])\s*(?=\w)",  # "… asked me to add: …"
    re.I,
)
_FIRST_ASKED, _REF_ASKED = guarded(r"[^.!?]*\?"), guarded(r"[^.!?]*\bA-\d+\b[^.!?]*\?")  # "how far along is it?"
_DUE_WITH = guarded(r"^\S+(?:\s+\S+){0,3}?\s+(?:soon|shortly|any\s+day\s+now)\b", re.I)  # "be with CDOP soon"
_LOOKING_BACK = guarded(r"\b(?:yesterday|last (?:week|month|time)|this morning|earlier)\b", re.I)
# What follows a drop verb before its reason: its object ("remove it"), written straight after it, and words that
# are not the reason ("from the tracker", "please", "now").
_NOTE_GIVEN = guarded(r"\bwith\s+(?:the|a)\s+(?:note|reason|comment)\s*(?:[:–—-]|of)\s*(?P<note>\S.*?)\s*$", re.I)
_DROP_OBJECT = guarded(r"^\s*(?:it(?!['’]s|s\b)|this one|that one|th(?:is|at)(?!\s+(?:year|time|term))|action)\b", re.I)
_DROP_FILLER = guarded(
    r"^\W*(?:(?:from|off) the (?:tracker|list|log|action log|register|system)|off|please|pls|any ?more|at all|now|"
    r"be\s+(?:taken\s+off|removed|dropped|deleted|withdrawn|closed|scrapped)|"  # "… Can it be taken off?": the ask
    r"for\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]*)?|on\s+[A-Za-z][\w-]*['’]s\s+behalf|"  # "for Mayada": whose
    r"for\s+[a-z][\w'’-]*(?=\s+(?:pls|please)\b|\s*,))\b|"  # "kill a-61 for sally pls, the op ended"
    # "drop a-65 (the taxi driver training one), licensing are …": which one, when the why follows
    r"^\s*\([^()]{1,80}\)(?=\s*[,;:–—-]?\s*\w)",
    re.I,
)
# "I'd like to see the full wording of action 41", "could you bring that one up": one action asked for.
_WH_OPENING = guarded(r"^(?:who|why|whose|how\s+come)\b", re.I)
_WANT_TO_SEE = guarded(
    r"\b(?:see|view|read|look at|have a look at|check|pull up|bring up|call up|look up|show me|send me|have)\s+"
    r"(?:(?:the|its)\s+)?(?:(?:full|exact|whole|complete|actual|original|latest)\s+)?(?:wording|details?|text|"
    r"description|entry|record|history|notes?)\s+(?:of|for|on)\b|"
    r"\b(?:bring|pull|call)\s+(?:(?:that|this|it)(?:\s+one)?|A-?\d{1,4})\s+up\b|\bshow\s+(?:me\s+)?(?:that|this|it)(?:\s+one)?\b|"
    r"\b(?:show|send|give)\s+(?:me|us)\s+the\s+(?:full\s+|whole\s+|complete\s+)?action\b(?!s)|"  # "… the full action"
    r"\b(?:show|tell)\s+(?:me|us)\s+what\s+(?:it|this|that)(?:['’]s|\s+is)\s+about\b",  # "show me what it's about"
    re.I,
)
_APOLOGY_WORD = guarded(r"\bapolog|\bapols?\b", re.I)
_REASON_LABEL = guarded(r"^(?:(?:the\s+)?reason(?:\s+(?:is|being))?|why)\s*[:–—-]\s*", re.I)
_REF_OPENS = guarded(rf"(?<=[.!?])\s+(?={REF_WORDING})", re.I)
_ASKED_TO_NOTE = guarded(r"^\W*(?:(?:can|could|would)\s+(?:you|I|we)|please)\b", re.I)


# "is action 36 due before the July board or after?", "when's A-4 due?": its date asked, not changed
_DUE_ASKED = guarded(
    r"\b(?:is|was|when['’]?s|when\s+is)\s+A-\d{1,4}\s+(?:actually\s+|still\s+)?due\b[^.!?]*\?|"
    # "who moved the date on A-19?", "action 29 — is the due date still 29 May?": the date asked about, not changed
    r"\b(?:who|when|why)\s+(?:moved|changed|pushed|extended)\b[^.!?]*\?|"
    r"\bis\s+(?:the\s+)?(?:due\s+)?date\s+(?:still|now)\b[^.!?]*\?|"
    r"\b(?:has|was)\s+(?:the\s+)?(?:due\s+)?date\s+(?:been\s+)?(?:moved|changed)\b[^.!?]*\?",
    re.I,
)
_NEWS_RELAYED = guarded(
    r"^\W*A-\d{1,4}\s*[:,–—-]?\s*[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?\s+(?:says|reports|reckons|tells\s+me)\b|"
    r"^\W*(?:passing|passed)\s+(?:this\s+)?on\s+from\s+[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?\s*[-–—:,]|"
    # "Passing on from Sally - a-14: …" (above), "Viv asked me to pass on for A-23: MAPPA figures are with the analyst"
    r"^\W*[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?\s+(?:has\s+)?asked\s+me\s+to\s+pass\s+(?:this\s+)?on\s+"
    r"(?:for|re|about|on)\s+A-\d{1,4}\s*[-–—:,]",
    re.I,
)
_PASSED_ON = guarded(
    r"\b(?:I['’]ll|I\s+will|will|I['’]m\s+going\s+to)\s+pass\s+(?:it|this|that|A-\d{1,4})\s+on\s+to\b", re.I
)
# "great to finally done", "good to hear 14 is finished": glad it is done, nothing asked
_GLAD_DONE = guarded(
    r"\b(?:great|good|nice|lovely|brilliant|fab|fantastic)\s+(?:to\s+(?:see|hear)\s+(?:that\s+)?|news\s+(?:about|on|that)\s+)A-\d{1,4}\b[^.?!]{0,30}?"
    r"\b(?:done|finished|complete[d]?|closed|sorted)\b",
    re.I,
)


# "did rich ever hand a-21 over to the PPU?", "has A-4 been passed to Zala yet?": whether it was handed over
_HANDED_ASKED = guarded(
    r"^\W*(?:did|has|have|had|was|were)\s+[^?.!]{0,60}?\b(?:hand|handed|pass|passed|give|given|gave|move|moved|"
    r"reassign|reassigned|transfer|transferred)\b[^?.!]{0,60}\?",
    re.I,
)


class _EditRules(_DescribedEdits, _SubjectEdits, _EditSources, _NewOwners, _NewDates):
    """Messages about one action named by its reference."""

    def _edit_by_reference(self) -> Interpretation | None:
        refs = tuple(dict.fromkeys(int(n) for n in REF.findall(self.text)))
        if not refs:
            return self._described_edit() or self._closed_mine() or self._subject_edit()
        if NEW_NOT_EDIT.search(self.text) or WITHDRAW.search(self.text):
            return None  # "new action for the trust, not a change to A-12: …", "take my apols off - I'll bring A-29"
        if SEEN_EDITED.search(self.text) or self._only_thanks():
            return Interpretation(Intent.NONE, refs=refs)  # "saw A-22 finally got closed": news, nothing to do
        if len(refs) == 1 and (
            ASKED_IF_EDITED.match(self.text) or STILL_ASKED.search(self.text) or _DUE_ASKED.search(self.text)
        ):
            return Interpretation(Intent.SHOW_ACTION, refs=refs)  # "has A-30 been moved to July?": shown, not moved
        meant = as_meant(self.text)
        if meant is not None:  # "Sorry, I meant A-27, not A-72 - could you bring that one up instead?"
            return type(self)(meant, self.writer, self.now, self.names)._edit_by_reference()
        edited = refs
        if len(refs) > 1 and len(OTHER_REF.findall(self.text)) == len(refs) - 1:
            edited = refs[:1]  # "scrap A-23 - duplicate of A-17": A-17 is only named in the reason
        if len(edited) == 1:
            for rule in (self._reassigned, self._redated, self._dropped, self._updated):
                found = rule(edited)
                if found is not None:
                    return self._asked_for(found)
        # "move A-4 to Tony and close A-5": two edits in one message are asked again, never both read as closed
        closed = None if refs[1:] and (ASSIGN.search(self.text) or REDATE.search(self.text)) else self._closed(refs)
        return (self._asked_for(closed) if closed else None) or self._after_context(edited) or self._asked(refs)

    def _only_thanks(self) -> bool:
        """ "thanks Jo and Sue for getting A-24 done so fast": thanks for the work, the action named in the thanks,
        nothing after it asked or said done ("thanks for the reminder about A-27, it's all done now" closes it)."""
        if not THANKS.match(self.text):
            return False
        first, *rest = re.split(r"(?<=[.!?])\s+|,\s+|\s[–—-]\s+", self.text)
        return bool(REF.search(first)) and not any(DONE.search(c) or TICK_ASKED.search(c) for c in rest)

    def _after_context(self, refs: tuple[int, ...]) -> Interpretation | None:
        """ "Busy week but wanted to get this down. A-11 – chased the analyst twice": the sentence that opens with
        the reference, read alone; the sentences before it only say why the writer is writing."""
        opening = _REF_OPENS.search(self.text)
        if len(refs) != 1 or opening is None:
            return None
        found = type(self)(self.text[opening.end() :], self.writer, self.now, self.names)._edit_by_reference()
        return found if found is not None and found.intent is not Intent.NONE else None

    # One rule each -----------------------------------------------------------------------------------------
    def _reassigned(self, refs: tuple[int, ...]) -> Interpretation | None:
        if WRITER_DONE.match(self.text) and not self._negated:
            return None  # "I've finished A-5, the report is with Roger now": done, not handed over
        if _HANDED_ASKED.match(self.text):
            return None  # "did rich ever hand a-21 over to the PPU?": asked whether it was, not to do it
        added = ADD_OWNER.search(self.text)
        if added:
            new, sharing = self.owners.phrase(added["who"], subject=True), self.owners.phrase(added["also"])
            if new and sharing:
                sharing.add(new)
                return sharing.reading(Intent.REASSIGN, refs=refs)
        for pattern in ASSIGNING:
            matches = [*pattern.finditer(self.text)]  # "A-55 was given to me but … Could it be reassigned to Kate?"
            for found in reversed(matches) if pattern is ASSIGN_GO else matches:  # ASSIGN_GO: the last is the ask
                read = self._assigned_in(found, refs)
                if read is not None:
                    return read if read.intent is Intent.REASSIGN else None
        listed = listed_owners(self.text)  # "a-43: police plus YOS please": whom, alone
        owners = self.owners.phrase(listed, allow_unknown=False, subject=True) if listed else None
        if owners and all(o.kind != "unknown" for o in owners.owners):
            return owners.reading(Intent.REASSIGN, refs=refs)
        which = self._which()  # "Jo and Sue are free - can she have A-33?": which of them, asked
        return which.reading(Intent.REASSIGN, refs=refs) if which else self._owner_unsaid(refs)

    def _assigned_in(self, found: re.Match[str], refs: tuple[int, ...]) -> Interpretation | None:
        """The new owners a wording names; None when none; nothing read when one is not understood (no more tried)."""
        if _PASSED_ON.search(self.text):
            return None  # "thanks debbie, will pass A-16 on to Roger": the news passed on, the action not moved
        if BELIEVED.search(self.text, 0, found.start()) or given_before(self.text, found.start()):
            return None  # "which ones are still mine? i thought A-22 moved to Sue H": what the writer believed
        key, who = next((k, v) for k, v in found.groupdict().items() if k.startswith("who") and v)
        who = NOT_THE_NAME.sub("", who)  # "should be against YOS", "go to my replacement Sarah Okafor"
        if ON_ITS_WAY.search(self.text, 0, found.start()) or _DUE_WITH.search(f"{who} {self.text[found.end(key) :]}"):
            return None  # "… before it goes to Viv", "should be with CDOP soon": where the work goes next
        dropped = asked_drop(self.text)[0]  # "… taken over by the council's comms team. So please remove A-4": why
        if self._dated(who) or DROP_FIRST.match(self.text) or (dropped and dropped.start() > found.end()):
            return None  # "move A-14 to 26/06": a new date; "scrap no. 17, … it would go to PPP": a drop's reason
        also = ALSO_OWNER.search(who) or ALSO_OWNER.match(self.text, found.end(key))
        if also and also.string is who:
            who = who[: also.start()]  # "go to Richard alongside Sally"
        owners = self._new_owners(who) or self._apposition(found.end()) or self._taking_over(who)
        if key == "who19":  # "a-9 is really a CRC one - kate mc": the member named after the kind of work
            owners = self._member_after_kind(found.end()) or owners
        if self.owners.is_unlisted_post(who):  # "to our new named nurse, Gemma Price": the person named
            owners = self._apposition(found.end()) or owners
        if not owners:
            return None
        more = self.owners.phrase(also["also"], subject=True) if also else None
        if also and not more:
            return Interpretation(Intent.NONE)  # "give A-26 to Annette as well as someone": an owner not understood
        if more:
            owners.add(more)
        return owners.reading(Intent.REASSIGN, refs=refs, guessed=who.strip().lower() in ONE_NAMED)  # confirmed

    def _redated(self, refs: tuple[int, ...]) -> Interpretation | None:
        shift = shift_days(self.text)
        if shift is not None:  # "A-19 was due 29 May - could we push it back two weeks?": the new date too
            was = WAS_DUE.search(self.text)
            old = find_due(was[0], self.now, self.names.directory.board_dates) if was else None
            new = old.date + dt.timedelta(days=shift) if old is not None and old.date is not None else None
            return Interpretation(Intent.CHANGE_DUE, refs=refs, shift_days=shift, due=new)
        due = self._due if self._due is None or not said_not(self.text, self._due) else None  # "…, not the July board"
        arrowed = re.sub(r"\s*(?:->|→|=>)\s*", " to ", self.text)  # "a27 due date → the workshop pls"
        due = due or self._moved_to_month() or meeting_deadline(arrowed, self.now, self.names.directory)
        alone = date_alone(self.text, due, self.now, self.names.directory)
        if alone is not None:  # "a-11 - by the 1st instead", "would the 26th be ok for a-31?"
            return Interpretation(
                Intent.CHANGE_DUE, refs=refs, due=alone.date, due_wording=alone.wording, asap=alone.asap
            )
        dropped = asked_drop(self.text)[0]  # never "the sign off meeting got cancelled": why it is late
        strong = STRONG_REDATE.search(self.text, dropped.end()) if dropped else None  # "… cancelled. New date …"
        if (
            due is None
            or not REDATE.search(self.text)
            or (dropped and dropped.start() < due.span[0] and strong is None)
            or DROP_FIRST.match(self.text)  # "a-59 not needed – commissioning moved to the CCG in April": why
            or ADD_NOTE_TO.search(self.text)
            or (TAKE_OFF.search(self.text) and not STRONG_REDATE.search(self.text))  # "… so A-9 can come off"
        ):
            return None  # "can A-33 go to 03/07 - the forum got cancelled": the drop word is only the reason
        # news of a date: "update on A-11 - …, draft due back end of month", "a-27 met X, leaflet draft due next week"
        news = UPDATE_OPENING.match(self.text) or UPDATE_FOR.search(self.text) or _NEWS_RELAYED.match(self.text)
        lead = UPDATE_LEAD.match(self.text)  # "A-22: met Carey, her report is due July" (never "…, can we reset …")
        dated = THEIR_DUE.search(self.text) or dated_news(lead["note"]) if lead else NEWS_DATE.search(self.text)
        told = bool(news or (dated and (lead or not (self.question or POLITE_REQUEST.search(self.text)))))
        if told and not STRONG_REDATE.search(self.text):
            return None  # news, never the action's new date
        due = self._date_moved_to(due)
        if self._missed(due):  # "won't be ready for Monday, can we aim for the workshop": a meeting, the new date
            meeting = meeting_deadline(self.text, self.now, self.names.directory)
            due = meeting if meeting is not None and meeting.span[0] > due.span[1] else None
        if due is None or _LOOKING_BACK.search(due.wording):
            return None  # "following a conversation yesterday, …", "wont be done by the 29th - … a new date once …"
        return Interpretation(Intent.CHANGE_DUE, refs=refs, due=due.date, due_wording=due.wording, asap=due.asap)

    def _dropped(self, refs: tuple[int, ...]) -> Interpretation | None:
        verb, news = asked_drop(self.text)  # "We've lost the funding. Can A-5 be dropped?": the ask; the news, why
        take = TAKE_OFF.search(self.text)
        done = DONE.search(self.text) and not NOT_YET_DONE.search(self.text)  # "… would be done by …": not done
        if take is not None and (verb is None or take.start() < verb.start()) and not done:
            verb = take  # "A-16 can come off the tracker. It has been superseded by ...": the ask comes first
        asked = verb is not None and verb[0].lower().startswith("can ")  # "can A-44 go now?": asked to drop it
        if verb is None or gone_unasked(self.text, verb):
            return None  # "A-12: the hostel has shut, residents moved": news of it, no drop asked
        if self.question and not POLITE_REQUEST.search(self.text) and not asked:
            return None
        given = _NOTE_GIVEN.search(self.text, verb.start())  # "... please drop it with the note: withdrawn by DfE"
        if given is not None:
            return Interpretation(Intent.DROP_ACTION, refs=refs, note=tidy_reason(given["note"]))
        following = self._reason_after(verb.end())
        if following is not None:
            return Interpretation(Intent.DROP_ACTION, refs=refs, note=tidy_reason(following))
        rest = REF.sub(lambda ref: " " if int(ref[1]) == refs[0] else ref[0], self.text[verb.end() :])
        for _ in range(3):  # "kill off a-10 please", "remove A-27 from the tracker; it duplicates A-18"
            rest = _DROP_OBJECT.sub(" ", rest)
            rest = _DROP_FILLER.sub(" ", rest)
        imperative = re.match(r"(?:drop|delete|remove|scrap|cancel|withdraw|bin|ditch|take|come|kill|strike|close|"
                              r"lose|can\s)", verb[0], re.I)  # fmt: skip
        continued = None if imperative else _CONTINUED.match(self.text[verb.end() :])
        reason = rest.strip() if continued else REASON.sub("", rest.strip(), count=1)
        reason = reason.strip(" .,;:–—-!?")
        reason = re.sub(r"[\s,]*(?:(?:so|and)\s+)?(?:(?:can|could|would)\s+(?:you|it|we)|please|pls)\b[^.!]*$", "",
                        reason, flags=re.I)  # fmt: skip
        reason = re.sub(r"\s*\b(?:please|pls|thanks|thank you|cheers|ta)\W*$", "", reason, flags=re.I).strip(" .,;")
        if reason.endswith(")") and "(" not in reason:
            reason = reason[:-1].rstrip(" .,;")  # "withdraw A-36 (Tony confirmed no longer relevant)"
        if not imperative and (not reason or _DROP_ASKED.match(reason)):
            tail = re.match(
                r"\s+(?:any ?more|at all|now)\b", self.text[verb.end() :]
            )  # "not needed anymore, cancel it"
            reason = verb[0] + (tail[0] if tail else "")  # "A-12 no longer needed", "A-35 overtaken by events, ...
            clause = re.split(r"[,.;:!?]\s+|\s[–—-]+\s", self.text[: verb.start()])[-1]
            if _WHY_SO.search(clause) and not REF.search(clause):  # "the two colleges merged so it doesnt apply now"
                reason = clause + reason
        elif imperative and not reason:
            before = REASON_BEFORE.match(self.text[: verb.start()])
            said = (before["reason"] or before["reason2"]) if before else ""
            reason = said if said and not REF.search(said) else news
        elif not imperative and continued is not None:
            reason = f"{verb[0]} {reason}"  # "no longer relevant to Cafcass following the restructure"
        return Interpretation(Intent.DROP_ACTION, refs=refs, note=tidy_reason(reason))

    def _updated(self, refs: tuple[int, ...]) -> Interpretation | None:
        found = UPDATE_VERB.match(self.text) or UPDATE_LEAD.match(self.text) or UPDATE_NEWS.match(self.text)
        found = found or UPDATE_STANDING.match(self.text)
        if not found:
            found = UPDATE_BRIEF.match(self.text)
            part = found is not None and bool(PART_DONE.search(found["note"]) or self._negated)  # "not finished"
            if not found or (DONE.search(found["note"]) and not part) or DROP.search(found["note"]):
                return None  # "A-5 letters sent to all heads": done, not news
        note = _NOTE_LEAD.sub("", found["note"].strip())  # "bit of an update - had a meeting ...": the news
        if (
            re.match(LATE_NEWS, note, re.I)
            and len(find_dates(self.text, self.now, self.names.directory.board_dates)) > 1
        ):
            return None  # "A-34 wont be done by the 29th, realistically the 12th June": a new date given
        if THANKS_NOTED.match(note):
            return Interpretation(Intent.NONE, refs=refs)  # "A-14 - thanks Richard, much appreciated": thanks
        if found.re is UPDATE_VERB.compiled and _ASKED_TO_NOTE.match(self.text):
            note = note.rstrip(" ?")  # "Could you note against A-41 that Walsall have agreed ...?": a request
        if TICK_ASKED.search(note) and DONE.search(note) and not self._negated:
            return None  # "A-52: Pam's done her part, tick her off": closed (for her)
        if ASKING.search(note) or _FIRST_ASKED.match(note) or _WANT_TO_SEE.search(note) or _WH_OPENING.match(note):
            return None  # "A-22 - what's the latest?", "A-60 - who added this one": a question about it
        if CLOSING_NOTE.search(note) and not self._negated and not PART_DONE.search(note):
            return None  # "Re a-27 - the summary has gone to CDOP, so I think that one's complete now": closed
        if DONE.fullmatch(note.strip(" .!👍✅")) or re.fullmatch(r"[\W_]*", note):
            return None  # "A-14: done" closes it
        closed = DONE_FIRST.match(note) or NAMED_DID_IT.match(note) or _DONE_PASSIVE.match(note)
        if closed and not NEGATED_DONE.search(note):
            return None  # "A-31 – done and dusted, …", "A-10: Su Vincent has completed this, …": closed, and how
        if DONE.match(note) and not NEGATED_DONE.search(note) and (len(note.split()) <= 4 or self._on_behalf(refs)):
            return None  # "A-9: complete, done on Karen Jackson's behalf": closed for them
        note = AGREED_AFTER.sub("", note)
        if self.writer is not None:  # "… Should have something by the end of the month. Jo": signed
            note = re.sub(rf"(?<=[.!?])\s+{re.escape(self.writer.first_name)}\W*$", "", note)
        return Interpretation(Intent.ADD_UPDATE, refs=refs, note=note, on_behalf_of=self.news_from())

    def _closed(self, refs: tuple[int, ...]) -> Interpretation | None:
        if self._negated or not DONE.search(THING_CLOSED.sub(" ", self.text)) or NOT_YET_DONE.search(self.text):
            return None  # "Before I complete A-39 …", "Nicola thinks it may already have been closed": not done
        if _GLAD_DONE.search(self.text):
            return Interpretation(Intent.NONE, refs=refs)  # "Thank you all – great to see #9 finally done": thanks
        if UPDATE_OPENING.match(self.text) and not SAID_DONE.search(self.text):
            return None  # "Just to update on action 10 - Karen has drafted it and sent it to me for comment": news
        if (asked := _REF_ASKED.search(self.text)) and not DONE.search(asked[0]):
            return None  # "can you show me where we are with A-37? Last I heard it was nearly finished": asked
        if (PART_DONE.search(self.text) or STILL_NEEDS.search(self.text)) and (ref := REF.search(self.text)):
            note = re.sub(r"^(?:is|are)\s+", "", self.text[ref.end() :].strip(" :,;–—-"))  # "A-61 is nearly done"
            note = _NOTE_LEAD.sub("", note)  # "A-12 update from Jassi (in court): signed off, just awaiting …"
            return Interpretation(Intent.ADD_UPDATE, refs=refs, note=note)
        if self.question and not POLITE_REQUEST.search(self.text) and not CLOSE_PROPOSED.search(self.text):
            return None  # "so I think A-57 can be ticked off?": asked, but to close it
        behalf = self._on_behalf(refs)
        unsure = () if behalf else self._doer_unsure()
        return Interpretation(Intent.COMPLETE_ACTION, owners=self._writer_owners(), refs=refs, on_behalf_of=behalf,
                              ambiguous=unsure)  # fmt: skip

    def _closed_mine(self) -> Interpretation | None:
        """ "I've done my action on GP leads, can that come off now", "figures sent - you can close mine off": the
        writer's own action done, and a request to close it, without its reference."""
        if _THIS_ONE_DONE.match(self.text) and not self._negated:  # a reply to a reminder: "this one's done now 👍"
            return Interpretation(Intent.COMPLETE_ACTION, owners=self._writer_owners())  # which one: asked
        if self._negated or not CLOSE_MINE.search(self.text) or not DONE.search(self.text):
            return None
        if not FIRST_PERSON.search(self.text) or audit_type(self.text) or _APOLOGY_WORD.search(self.text):
            return None  # someone else's work, an audit's news, or apologies
        return Interpretation(Intent.COMPLETE_ACTION, owners=self._writer_owners(), task=self.text)

    def _asked(self, refs: tuple[int, ...]) -> Interpretation | None:
        questions = [t for t in re.split(r"(?<=[.!?])\s+", self.text) if t.rstrip().endswith("?")]
        shown = _WANT_TO_SEE.search(" ".join(questions))  # "… about A-48 … Could you show me the full action?"
        if questions and not any(REF.search(t) for t in questions) and not ASKING.search(self.text) and not shown:
            return None  # "which ones are still mine? i thought A-22 moved to Sue H": the question is another
        about = any(REF.search(t) for t in questions)  # "Please could you show me A-39? Marie wants to know …."
        asked = self.question or about or ASKING.search(self.text) or _WANT_TO_SEE.search(self.text)
        if len(refs) == 1 and (asked or asks_indirectly(self.text)):  # "Tony wants to know whether A-47 has been …"
            whom = partial(self.owners.phrase, allow_unknown=False, subject=True)
            edit = asked_edit(self.text, refs, self._owners_named_in, whom)  # "… could it go to them?": an edit
            return edit or Interpretation(Intent.SHOW_ACTION, refs=refs)
        return Interpretation(Intent.NONE, refs=refs) if self._negated else None

    def _reason_after(self, end: int) -> str | None:
        """ "Can A-17 be withdrawn please? The contract changes mean it no longer applies.": when the sentence of
        the ask says nothing more, the sentences after it are the reason."""
        stop = SENTENCE_END.search(self.text, end)
        if stop is None:
            return None
        rest = REF.sub(" ", self.text[end : stop.start()])
        for _ in range(3):
            rest = _DROP_OBJECT.sub(" ", rest)
            rest = _DROP_FILLER.sub(" ", rest)
        if re.sub(
            r"\b(?:altogether|completely|entirely|now|then|I think|please|pls|thanks)\b|\W", "", rest, flags=re.I
        ):
            return None
        reason = _OWN_REF.sub("", self.text[stop.end() :].strip())  # "A-16 has been overtaken by ...": the reason
        reason = _REASON_LABEL.sub("", reason)  # "Reason: the system is being replaced anyway"
        reason = re.sub(
            r"\s*\b(?:(?:many\s+)?thanks|thank you|cheers|ta)\b[^.!?]*[.!?]*$", "", reason, flags=re.I
        ).strip()
        reason = reason.rstrip(" .!;")
        if re.match(r"(?:please|pls|(?:can|could|would)\s+(?:you|u|it|we))\b", reason, re.I):
            return None  # "A-54 is not going ahead - please take it off": the ask again, never why
        return reason if len(reason.split()) >= 3 and not ASKING.search(reason) else None

    def _dated(self, words: str) -> bool:
        due = self._due
        said, written = (due.wording.lower(), words.lower().strip()) if due is not None else ("", "")
        return due is not None and (said in written or (len(written) > 3 and written in said))  # "to the July board"


_THIS_ONE_DONE = guarded(
    r"^\W*(?:this|that)(?:\s+one)?(?:['’]s|\s+is|\s+has\s+been)\s+(?:now\s+|all\s+|finally\s+)?(?:done|complete[d]?|"
    r"finished|sorted)(?:\s+(?:now|thanks|thx|ta))*\W*$",
    re.I,
)
# "A-53 has been completed by Richard - the training was delivered …": closed, then how
_DONE_PASSIVE = guarded(
    r"^(?:has|have)\s+(?:now\s+|finally\s+)?been\s+(?:completed|done|finished|closed|signed\s+off)\b(?!\s+(?:in\s+)?part)",
    re.I,
)
_WHY_SO = guarded(r"\b(?:so|as|because|since)\s+(?:it|this|that)\s+$", re.I)
_CONTINUED = guarded(r"\s+(?!any ?more\b|now\b|either\b|too\b|so\b|and\b|at all\b|as\b|because\b|since\b)[a-z]")
_DROP_ASKED = guarded(r"(?:withdraw|drop|remove|delete|close|scrap|bin|cancel|kill|ditch|strike|take)\b", re.I)


_OWN_REF = guarded(r"^A-?\d{1,4}\s+(?:has\s+been|have\s+been|is|was|['’]s)\s+(?=\w)", re.I)
