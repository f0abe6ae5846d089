"""The rules that tell an intent from its cue words: help, closing and completing actions, audit returns, and
questions about actions ("what does Viv owe?") and meetings ("where is the July board?").

Part of the message reader (:mod:`bot.understanding.interpret`).
"""

from __future__ import annotations

import re

from bot.understanding.audit_reading import AUDIT_SUMMARY, MARK_AUDIT, audit_type, is_update, read_audit
from bot.understanding.context import question_sentence, the_question
from bot.understanding.edit_cues import ACTION_UPDATE, COMPLETED_STATEMENT, NOT_WORK_SENT
from bot.understanding.edit_words import PART_DONE, REF, REF_NUMBER
from bot.understanding.help_words import HELP_ANYWHERE
from bot.understanding.interpretation import Intent, Interpretation, Owner
from bot.understanding.list_asides import (
    CLAUSE_JOINED,
    MET_WITH,
    MY_OCCASION,
    POINTED_BACK,
    REPORTED_BY,
    THEIR_MEETING_WITH,
    WANTED_FIRST,
    WHAT_THEY_HAVE,
    WHO_WAS_ASKING,
)
from bot.understanding.list_holders import LIST_WHO_MORE
from bot.understanding.list_owners import _ListOwners
from bot.understanding.list_words import (
    ADDRESSED,
    ALSO_BEFORE_ME,
    ALSO_MINE,
    ASIDE,
    DONE_FOR_ME,
    EVERYTHING,
    FOLLOW_UP,
    FOR_WHOM,
    HEADED_ASK,
    LIST_ANY,
    LIST_CUE,
    LIST_OF,
    LIST_SELF,
    LIST_WHO,
    MINE_AND_MORE,
    MINE_SAID,
    PRONOUN_LIST,
    WANT_TO_SEE,
    YOURS,
    list_focus,
)
from bot.understanding.meeting_words import (
    CALENDAR_ASKED,
    LIST_NOT_MEETING,
    MEETING_NAMED,
    MEETING_QUESTION,
    MEETING_REMARK,
    meeting_meant,
)
from bot.understanding.message_reader import _SELF_WORDS, WHOLE_LIST
from bot.understanding.names import stranger_named
from bot.understanding.owners import Resolution
from bot.understanding.patterns import guarded
from bot.understanding.question_words import (
    ACTION_TALK,
    ACTIONS_HELD,
    ALSO_ASKED,
    AND_I,
    ANY_OPENING,
    APOLOGIES_LISTED,
    ASKER_I,
    ATTENDANCE_ASKED,
    BOARD_WIDE,
    CLOSE_CUES,
    COMMITTED,
    CONTEXT_AFTER,
    EDIT_ASKED,
    FOR_A_MEETING,
    GLAD_REMARK,
    HELP,
    HELP_ASKED,
    HELP_HOW,
    LIST_CHASED,
    LIST_SELF_ASKED,
    MEETING_ASKED,
    MY_LIST,
    MY_ONES,
    NAMED_LIST,
    NOT_JUST_MINE,
    NOTHING_ASKED,
    ONE_ACTION_NAMED,
    OPEN_STATE,
    PAPERS_ASKED,
    PAPERS_OPENING,
    PROPOSED,
    REPORTED_ASKER,
    SERVICE_ASKED,
    SHOW_DETAILS,
    SHOW_SPACED,
    SHOW_SPACED_ASKED,
    SHOW_WHAT_IT_IS,
    STANDING_ASKED,
    THANKS,
    THEM_FOR_ME,
    WHO_TAIL,
    WRITER_AND,
    asks_indirectly,
    unsure,
)
from bot.understanding.record_requests import NO_ACTION_FOR, RECORD_ASKED, WANTS_TO_KNOW
from bot.understanding.their_list import list_context
from bot.understanding.unnamed_owners import OWNER_LIST, names_an_owner, someone_unnamed

# A message that only names an action, perhaps asking about it: "A-4", "show A-4", "what's A-7 about?".
_SHOW = guarded(
    r"^\W*(?:(?:please\s+|can\s+i\s+see\s+)?(?:show(?:\s+me)?|see|open|display|details?(?:\s+(?:of|for|on))?"
    r"|pull\s+up|bring\s+up|look\s+up|find"
    r"|tell\s+me\s+about|what(?:['’]?s|\s+is|s)(?:\s+in)?)\s+)?"
    + REF_NUMBER
    + r"(?:\s+(?:about|details|history|status|again|please|thanks|for me))*[^\w✅✔☑👍]*$",  # "A-3 ✅": done
    re.I,
)
_EITHER = guarded(r"\s+or\s+(?:for\s+|with\s+|on\s+)?(?=\S)", re.I)
_NAMES_LISTED = guarded(r"^[^,]+(?:,\s*[^,]+)*,\s*[^,]+?\s+(?:and|&)\s+\S", re.I)  # "Remley, Marie and Annette"
_SO_THAT = guarded(r",?\s+(?:so|so that|because|as|since)\s+(?:I|we)\b", re.I)
_FIRST_ASKS = guarded(r"^[^.?!]{3,80}\?\s")  # "anything due this month? nothing urgent, just planning"
_FIRST_SENTENCE = guarded(r"^[^.?!]{3,120}[.?!]\s")  # "... open actions? I'd like to go through them with Jo"
_MORE_ASKED = guarded(r"\?|\b(?:actions?|ones|list|tracker|mine)\b", re.I)  # "... I mean the police ones"
# "can i see the police ones, mine and sallys": the writer's actions (and someone else's), when asked for.
_LIST_MINE = guarded(r"\b(?:mine|my ones)\b", re.I)
_WHATS_MINE = guarded(r"^\W*(?:what(?:['’]?s|\s+is|\s+are)|which(?:\s+ones)?\s+are)\s+(?:still\s+)?mine\b", re.I)
_ASKED_THEN_MORE = guarded(r"\?\s+\S")
# "Before Monday's panel, can you tell me …", "ahead of the July board, …": what the question is for, not about.
_BY_A_MEETING = guarded(
    r"\b(?:before|ahead\s+of|in\s+time\s+for|for|by)\s+(?:the\s+|next\s+|this\s+)?(?:[\w'’]+\s+)?"
    r"(?:board|panel|meeting|workshop)(?:\s+meeting)?\b",
    re.I,
)
# "audit panel monday - is it morning or afternoon": a question after a dash or a comma.
_ASKED_AFTER = guarded(r"[-–—:,]\s+(?:is|are|when|where|what|which|how|does|do|will)\b(?!['’]t)", re.I)
_MEETING_DETAIL = guarded(
    r"\b(?:full day|half day|all day|how long|what time|start|finish|venue|where is|where's|room|lunch|parking|"
    r"am or pm|morning or afternoon|agenda|happening|link|dial[\s-]?in|invite|in person|teams|online|virtual|hybrid|"
    r"chairing)\b",
    re.I,
)
_FIRST_PERSON_DONE = guarded(
    r"^(?:(?:I think|I believe|so|ok|okay|right|good news)\W*\s+)?"  # "I think I've finished my bit on ..."
    r"(?:i've|i have|we've|we have)\s+(?:now\s+|just\s+|already\s+)?(?:sent|circulated|submitted|forwarded|"
    r"shared|returned|completed|finished|done|cascaded|drafted|written|emailed|distributed|posted|provided|"
    rf"raised|uploaded|published|delivered|presented|closed)\b{NOT_WORK_SENT}",
    re.I,
)
_ONE_SHOWN = guarded(r"\b(?:(?:pull|bring|look|call|dig)\s+up|show\s+me|send\s+me|open)\s+(?:action\s+)?A-\d", re.I)


class _IntentRules(_ListOwners):
    """Help, completions, audits and questions."""

    def _help(self) -> Interpretation | None:
        if HELP.match(self.text) or HELP_ANYWHERE.search(self.text) or HELP_ASKED.search(self.text):
            return Interpretation(Intent.HELP)
        how = HELP_HOW.search(self.text)
        if how and not RECORD_ASKED.search(self.text[: how.start()] + " " + self.text[how.end() :]):
            return Interpretation(Intent.HELP)  # "how does one record a new action here?", not "log that I'll ..."
        return None

    def _closing_request(self) -> Interpretation | None:
        """Requests to close: "please close my action", "that can come off the tracker", "mark X as done"."""
        polite = re.match(r"^(?:can|could|would) you\b", self.text, re.I)
        if (self.question and not polite) or self._negated or not CLOSE_CUES.search(self.text):
            return None
        news = read_audit(self.text, self.names, self.writer, question=False)
        if news is not None and news.subject is not None and is_update(news):
            return None  # "Cafcass have sent their S11 back, can you tick that off": the audit's news
        return Interpretation(Intent.COMPLETE_ACTION, owners=self._writer_owners(), task=self.text)

    def _show_action(self) -> Interpretation | None:
        found = _SHOW.match(self.text) or SHOW_SPACED.match(self.text)
        if found:
            return Interpretation(Intent.SHOW_ACTION, refs=(int(found[1]),))
        spaced = SHOW_SPACED_ASKED.search(self.text) if self.question and not REF.search(self.text) else None
        if spaced:  # "what's the status of a 8?"
            return Interpretation(Intent.SHOW_ACTION, refs=(int(spaced[1] or spaced[2]),))
        refs = {int(n) for n in REF.findall(self.text)}
        opened = _ONE_SHOWN.search(self.text, 0, 40)  # "pull up A-3 for me please, Rich says it's done but …": shown
        if opened and len(refs) == 1 and len(self.text[: opened.start()].split()) <= 4:
            return Interpretation(Intent.SHOW_ACTION, refs=(refs.pop(),))
        asked = self.question or asks_indirectly(self.text) or unsure(self.text)
        shown = SHOW_DETAILS.search(self.text) or STANDING_ASKED.search(self.text)
        if len(refs) == 1 and (shown or (asked and SHOW_WHAT_IT_IS.search(self.text))):
            return Interpretation(Intent.SHOW_ACTION, refs=(refs.pop(),))  # "could you let me see the details?"
        return None

    def _first_person_completion(self) -> Interpretation | None:
        if self.question or self._negated or not _FIRST_PERSON_DONE.search(self.text):
            return None
        return Interpretation(Intent.COMPLETE_ACTION, owners=self._writer_owners(), task=self.text)

    def _completion_by_statement(self) -> Interpretation | None:
        if self.question or self._negated or audit_type(self.text) or asks_indirectly(self.text):
            return None  # "Roger would like to know … whether the papers have gone out": asked, not said
        if not COMPLETED_STATEMENT.search(self.text) or PROPOSED.search(self.text) or PART_DONE.search(self.text):
            return None  # "… has been delivered to 3 of the 4 response teams": part of the way
        return Interpretation(Intent.COMPLETE_ACTION, owners=self._writer_owners(), task=self.text)

    def _joined_to_mine(self) -> Resolution | None:
        """The owner named straight after a join ("+ the police", "and Jaynes") to the writer's own list; not one met
        ("before my meeting with Jo and Pam")."""
        for join in MINE_AND_MORE.finditer(self.text):
            met = re.search(r"\bwith\s+\S+\s*$", self.text[: join.start()], re.I)
            if met or CLAUSE_JOINED.match(self.text, join.end()):  # not "… and Tony will ask - which of mine …"
                continue
            named = self._owners_named_in(self.text[join.end() : join.end() + 50])
            if named.owners or named.ambiguous:
                return named
        return None

    def _audit(self) -> Interpretation | None:
        if ACTION_UPDATE.match(self.text):
            return None  # "Update on the S11 toolkit action — 11 agencies have logged in": news of the action
        audit_asked = any(  # "… Has the Directorate of People completed its S11 yet? Tony is meeting Roger …"
            s.endswith("?") and audit_type(s) and not RECORD_ASKED.search(s)
            for s in re.split(r"(?<=[.!?])\s+", self.text)
        )
        asking = (
            (
                self.question
                or audit_asked
                or asks_indirectly(self.text, opening=True)
                or WANTS_TO_KNOW.search(self.text)
            )
            and not MARK_AUDIT.match(self.text)
            and not RECORD_ASKED.search(self.text)  # "can you add one for me to chase the S175 returns …?": a request
        ) or bool(AUDIT_SUMMARY.match(self.text) or REPORTED_ASKER.match(self.text))
        reading = read_audit(self.text, self.names, self.writer, question=asking)
        if reading is None:
            return None
        if asking:
            return Interpretation(Intent.AUDIT_STATUS, audit=reading)
        if not is_update(reading) and not re.search(
            r"\bpanels?\b.*\b(?:set|booked|arranged|planned)\b", self.text, re.I
        ):
            return None
        due = self._due if reading.status != "complete" else None  # "CCG S11 went in yesterday": when, not due
        return Interpretation(
            Intent.AUDIT_UPDATE,
            audit=reading,
            due=due.date if due else None,
            due_wording=due.wording if due else None,
        )

    def _list_actions(self) -> Interpretation | None:
        overdue = bool(
            re.search(r"\boverdue\b|\b(?:anything|what(?:'s| is)|actions?)\s+(?:\w+\s+){0,2}late\b", self.text, re.I)
        )
        if THANKS.match(self.text) or NOTHING_ASKED.search(self.text) or NO_ACTION_FOR.search(self.text):
            return None  # "I've already sent him the list, no need to do anything": nothing asked
        if (GLAD_REMARK.match(self.text) and "?" not in self.text) or _ONE_SHOWN.search(self.text):
            return None  # "Great to see so many of the police actions closed …", "pull up a-60 for me …": no list
        if (their_own := self._their_list(overdue)) is not None:
            return their_own  # "nicki wants her list b4 PPP": hers
        after = list_context(self.text)  # "… before Monday's panel", "…, I'm meeting her and Jo about …"
        if after is not None and not ONE_ACTION_NAMED.search(self.text, 0, after[0]):  # "Sally's finished action 14"
            short = type(self)(self.text[: after[0]] + "?" * self.question, self.writer, self.now, self.names)
            listed = short._list_actions()
            if listed is not None and (listed.owners or listed.ambiguous or after[1]):  # "… his 1:1 with roger"
                return listed
        addressed = ADDRESSED.match(self.text)  # "@Martine whats overdue?": asked of Martine, not about her
        if addressed and addressed["called"] and not self.names.person(addressed["called"]).candidates:
            addressed = None  # "Cafcass whats overdue": an agency is asked about, not spoken to
        if addressed:  # "@Jo what have you got outstanding?": the one spoken to is the one asked about
            spoken_to = addressed["who"] or addressed["named"] or addressed["called"]
            whose = self.owners.phrase(spoken_to, allow_unknown=False) if YOURS.search(self.text) else None
            asked = type(self)(self.text[addressed.end() :], self.writer, self.now, self.names)._list_actions()
            return self._listing(whose, overdue) if whose and asked else asked
        pointed = PRONOUN_LIST.search(self.text)  # "I'm covering for Sue Haywood … what she has outstanding?"
        if pointed and not self._owners_named_in(THEIR_MEETING_WITH.sub(" ", self.text[pointed.end() :])):
            before = self._owners_named_in(THEIR_MEETING_WITH.sub(" ", self.text[: pointed.start()]))  # "1:1 with X"
            they = re.search(r"\bthey\b", pointed[0], re.I)  # "the police - what have they got": any owner
            kinds = {"member", "agency", "group"} if they else {"member"}
            one = len(before.owners) + len(before.ambiguous) == 1 and all(o.kind in kinds for o in before.owners)
            return self._listing(before, overdue) if one else None  # else nobody's list is guessed
        follow = FOLLOW_UP.match(self.text)  # "and Tabetha?", "what about the fire service": the next list asked
        more = self.owners.phrase(follow["who"], allow_unknown=False, subject=True) if follow else None
        if more:
            return self._listing(more, overdue)
        opening = self.text.split("?", 1)[0] if _ASKED_THEN_MORE.search(self.text) else self.text  # the question itself
        if RECORD_ASKED.search(opening) or (ONE_ACTION_NAMED.search(opening) and EDIT_ASKED.search(opening)):
            return None  # "can u log one for me", "can we remove action 22": a request, not a question
        focus = list_focus(self.text) if LIST_CUE.search(self.text) or self.question else None
        if focus is not None:  # "what's Anne waiting on from Tony?": Tony's list; "… for Helen?": not Helen's
            focused = type(self)(focus, self.writer, self.now, self.names)
            focused.question = True
            listed = focused._list_actions()
            if self._focus_kept(listed, focus):
                return listed
        them = THEM_FOR_ME.search(self.text)  # "… what our group still has open – can you list them for me?"
        if them and them.start() > 0:
            head = type(self)(self.text[: them.start()], self.writer, self.now, self.names)
            head.question = True
            listed = head._list_actions()
            if listed is not None and (listed.owners or listed.ambiguous):
                return listed
        asker = REPORTED_ASKER.match(self.text) or WANTED_FIRST.match(self.text)  # "roger wants the list …"
        if asker and asker.end() < len(self.text):  # "Martine asked me to check - what is overdue?"
            rest = type(self)(self.text[asker.end() :], self.writer, self.now, self.names)
            rest.question = True
            listed, by = rest._list_actions(), self._owners_named_in(self.text[: asker.end()])
            for_them = asker.re is not WANTED_FIRST.compiled and bool(  # never "roger wants the list before his 1:1"
                listed is not None and not (listed.owners or listed.ambiguous) and POINTED_BACK.search(rest.text)
            )
            one = len(by.owners) == 1 and not by.ambiguous and by.owners[0].kind == "member"
            one = one or (not by.owners and len(by.ambiguous) == 1)  # "sue asked me to check her actions": which Sue
            return self._listing(by, overdue) if for_them and one else listed  # "Tony's asked what he owes": his
        question = the_question(self.text)  # "Could you pull up what WMP owe us? Richard has asked and ..."
        alone = type(self)(question, self.writer, self.now, self.names)._list_actions() if question else None
        alone = alone or self._asked_first_names_others()  # "… got outstanding? think a couple are mine"
        why = self.text.replace(question, " ") if question else ""  # "Roger wants it for his catch-up": only why
        if alone is not None and (alone.owners or alone.ambiguous or not _SELF_WORDS.search(why)):
            return alone
        first = _FIRST_ASKS.match(self.text)
        sentence = _FIRST_SENTENCE.match(self.text)
        context = self.text[sentence.end() :] if sentence else ""
        if sentence and CONTEXT_AFTER.match(context) and not _MORE_ASKED.search(context):
            asked = type(self)(sentence[0].strip(), self.writer, self.now, self.names)._list_actions()
            if asked is not None:  # "can you pull together the open actions? I'd like to go through them with Jo"
                return asked
        owners = Resolution()
        imperative = re.match(
            r"^(?:please |pls )?(?:(?:can|could|would) you (?:please |pls )?|(?:can|could|may) i )?"
            r"(?:show|list|see|give|send|display|remind|pull up|bring up|have|get|pull together|print)\b",
            self.text,
            re.I,
        )
        asking = bool(
            self.question
            or _ASKED_THEN_MORE.search(self.text)  # "which ones are still mine? I thought …": a question, then more
            or imperative
            or len(self.text.split()) <= 4
            or first is not None
            or NAMED_LIST.match(self.text)
            or HEADED_ASK.match(self.text)
            or ANY_OPENING.match(self.text)
            or EVERYTHING.match(self.text)
            or WHOLE_LIST.search(self.text)
            or asks_indirectly(self.text)
            or WANT_TO_SEE.search(self.text)  # "I'd like to see every overdue action, whoever owns it"
        )
        mine = asking and (
            MY_ONES.search(self.text)
            or (_LIST_MINE.search(self.text) and (imperative or LIST_CUE.search(self.text) or "ones" in self.text))
            or _WHATS_MINE.match(self.text)  # "what's mine"
        )
        chased = LIST_CHASED.search(self.text) if asking else None
        resolved = self.owners.phrase(chased["who"], subject=True) if chased else None
        if resolved:  # "anything I should be chasing Su about?": the one chased owns the actions
            return self._listing(resolved, overdue)
        own_list = LIST_SELF_ASKED.search(self.text) or MY_LIST.search(self.text) or COMMITTED.search(self.text)
        self_asked = LIST_SELF.search(DONE_FOR_ME.sub(" ", self.text)) and (asking or LIST_CUE.search(self.text))
        unmine = NOT_JUST_MINE.sub(" ", self.text)  # "the whole board, not just mine": never the writer's alone
        everyone = BOARD_WIDE.search(self.text) and not MINE_SAID.search(MY_OCCASION.sub(" ", unmine))  # "for me"
        others = not BOARD_WIDE.search(unmine) and NOT_JUST_MINE.search(self.text) and self._named_not_met()
        everyone = everyone and not others  # "Sally's and Jo's, not just mine": theirs
        if (self_asked or mine or (asking and own_list)) and not everyone:
            owners.add(Resolution(self._writer_owners_list()))
            also = ALSO_MINE.search(self.text) or ALSO_ASKED.search(self.text) or AND_I.search(self.text)
            also = also or ALSO_BEFORE_ME.search(self.text)
            extra = self.owners.phrase(also["who"]) if also else None
            if not also:  # "my list + whatever the police have outstanding", "… n karen j's while ur at it"
                extra = self._joined_to_mine()
            if extra:
                owners.add(extra)
            return self._listing(owners, overdue)
        state = LIST_CUE.search(self.text) or LIST_ANY.search(self.text) or OPEN_STATE.search(self.text)
        if asking and state and everyone:  # "what's everyone still got open?"
            tail = FOR_WHOM.search(BOARD_WIDE.sub(" ", MY_OCCASION.sub(" ", MET_WITH.sub(" ", self.text))))  # "my 1:1"
            recipient = tail and re.fullmatch(r"(?:me|us|myself)(?:\s+\w+)?|my", tail["who"].strip(), re.I)
            named = self.owners.phrase(tail["who"], allow_unknown=False) if tail and not recipient else None
            if named and all(o.kind != "group" for o in named.owners):
                return self._listing(named, overdue)  # "what's open across the board for the police"
            return Interpretation(Intent.LIST_ACTIONS, overdue_only=overdue)
        plural = self._members_named_plural() if asking else None
        if plural:
            return self._listing(plural, overdue)
        asked_own = self._own_list_asked()
        if asked_own is not None:  # "Can you tell me what I have outstanding? Anne thought some of the SCR sub ones …"
            return self._listing(asked_own, overdue)
        unnamed = None
        for pattern in LIST_WHO + ((*LIST_WHO_MORE, ACTIONS_HELD) if asking else ()):
            found = pattern.search(self.text)
            if not found:
                continue
            who = re.sub(
                r"^(?:the\s+)?(?:actions?\s+(?:for|of)\s+)",
                "",
                next(v for k, v in found.groupdict().items() if k.startswith("who") and v).strip(),
            )
            who = WHO_TAIL.sub("", who)  # "what does Dave Simmons still owe us": Dave Simmons
            if re.search(rf"\b{re.escape(who)}s['’]", self.text) and self.names.exact_member(who + "s") is not None:
                who += "s"  # "Jo Forbes' list": the possessive's apostrophe after the name's own s
            several = _NAMES_LISTED.search(who) and self.owners.phrase(who, allow_unknown=False, subject=True)
            who = who if several else ASIDE.split(who, maxsplit=1)[0]  # "dudley group as a whole, not just me"
            who = _EITHER.sub(" and ", who)  # "anything open for Jo or for Sue H?": both lists asked for
            who = re.sub(r"\s+and\s+for\s+", " and ", who, flags=re.I)  # "open for adult safeguarding and for Viv"
            if who.endswith("s") and self.names.exact_member(who[:-1]) is not None and LIST_OF.search(found[0]):
                who = who[:-1]  # "whats on marie hunters list": Marie Hunter's
            resolved = self._with_writer(who) or self.owners.phrase(who, subject=True)
            if resolved:
                return self._listing(self._for_us(resolved), overdue)
            unnamed = unnamed or someone_unnamed(who, found[0])  # "… for Bob Smith?", "anything on bob's list …?"
        terse = OWNER_LIST.match(self.text)  # "CDOP list pls", "Jim Patel's actions?", "list for Dave Whitehouse"
        terse_who = (terse["who"] or terse["who2"] or terse["who3"]) if terse else ""
        resolved = self.owners.phrase(terse_who, subject=True) if terse else None
        if resolved:
            return self._listing(resolved, overdue)
        if terse and names_an_owner(terse_who):  # "barnardos open actions?": not the whole board's
            who = terse_who.strip()
            return self._listing(Resolution([Owner("unknown", who, suggestions=self.names.near(who))]), overdue)
        mine = _SELF_WORDS.search(ASKER_I.sub(" ", self.text))  # "what have I got left for QA?": the writer's
        theirs = unnamed and WHAT_THEY_HAVE.search(self._list_asked())  # "… what Andy has open so I'm not caught …?"
        if unnamed and (not mine or theirs) and not (WHOLE_LIST.search(self.text) or self._owners_named_in(self.text)):
            return self._listing(self._unnamed_owner(unnamed), overdue)  # "… for Bob Smith?": not everyone's
        if WHOLE_LIST.search(self.text):  # "… all open actions currently with DMBC?": DMBC's
            return self._whole_list(overdue)
        if LIST_ANY.search(self.text) and asking:  # everyone's, unless someone is named: then theirs
            named = self._named_not_met()  # "all the actions Dave Hughes has": a stranger named, asked about
            stranger = None if named else self._stranger_named(MET_WITH.sub(" ", self._list_asked()))
            if stranger:
                named = Resolution([Owner("unknown", stranger, suggestions=self.names.near(stranger))])
            return self._listing(named, overdue) if named else self._whole_list(overdue)
        sentences = [t for t in re.split(r"(?<=[.!?])\s+", self.text) if t.endswith("?")] if "?" in self.text else []
        asked_in = next((t for t in sentences if LIST_CUE.search(t)), None) if sentences else self.text
        if not asking or asked_in is None or not LIST_CUE.search(asked_in):
            return None  # "… the action itself should sit with us. Say 26 June?": no list asked for
        aside = " ".join(re.findall(r"\(([^()]{2,60})\)", self.text))  # "What do we still owe? (the trust, I mean)"
        asked_in = _SO_THAT.split(asked_in, maxsplit=1)[0]  # "what I still owe, so I can hand things over to Sally"
        asked_in = WHO_WAS_ASKING.sub("", asked_in)  # "what does karen have outstanding - pam was asking"
        met = MET_WITH.sub(" ", asked_in)  # "a one-to-one with Tony … what's overdue?": Tony is met, not asked about
        reported = REPORTED_BY.sub(" ", met)  # "Sally mentioned that Rich … what's on his list?": Rich's, not Sally's
        named = self._owners_named_in(reported) or self._owners_named_in(met) or self._owners_named_in(aside)
        named = named or self._their_unit_met(asked_in, met)  # "before my 1:1 with Tony … his directorate": its list
        if met != asked_in and not named and not (LIST_SELF.search(met) or LIST_SELF_ASKED.search(met)):
            return None  # whose list is not certain: asked, never guessed
        if named:
            if WRITER_AND.search(self.text):  # "what have me and zala got outstanding"
                named.add(Resolution(self._writer_owners_list()))
            return self._listing(named, overdue)
        held = WHAT_THEY_HAVE.search(asked_in)  # "… what Andy has on the tracker so I'm not caught out?": Andy's
        who = (held["who"] or held["who2"]) if held else ""  # "what Andy has", "which actions are with Gareth Evans?"
        if who and (stranger_named(who) or self._stranger_named(who) == who):
            return self._listing(Resolution([Owner("unknown", who)]), overdue)
        if _SELF_WORDS.search(ASKER_I.sub(" ", MY_OCCASION.sub(" ", self.text))):  # "what have I got": owned
            return Interpretation(Intent.LIST_ACTIONS, owners=self._writer_owners(), overdue_only=overdue)
        return self._whole_list(overdue)

    def _meeting_day_question(self) -> bool:
        """ "is the 19th june thing a full day?": a question about the day of a meeting, named by its date."""
        if not _MEETING_DETAIL.search(self.text):
            return False
        day = meeting_meant(self.text, self.now, self.names.directory, default_next=False)
        return day is not None and any(m.date == day for m in self.names.directory.meetings)

    def _meeting_info(self) -> Interpretation | None:
        asked = re.sub(r"\bboard\s+(?=actions)", "", FOR_A_MEETING.sub("", question_sentence(self.text) or self.text))
        listed = LIST_CUE.search(asked) or audit_type(asked) or re.search(r"\bgot\s+(?:open|outstanding)\b", asked)
        if asked != self.text and not MEETING_NAMED.search(asked) and listed:
            return None  # "Pulling the July board papers together. What has WMP got outstanding?": not the meeting
        short, papers = len(self.text.split()) <= 5, PAPERS_ASKED.search(self.text) is not None
        indirect = asks_indirectly(self.text) and (MEETING_ASKED.search(self.text) is not None or papers)
        opening = PAPERS_OPENING.match(self.text) is not None or APOLOGIES_LISTED.match(self.text) is not None
        if not (self.question or short or _ASKED_AFTER.search(self.text) or indirect or opening):
            return None
        if not self.question and MEETING_REMARK.search(self.text):  # "Monday's panel agenda looks busy!"
            return None
        if COMMITTED.search(self.text) or ACTION_TALK.search(self.text) or LIST_NOT_MEETING.search(self.text):
            return None  # "what did I sign up for at the board?", "who owes what for the july board?"
        if re.search(r"\bacross\s+the\s+(?:whole\s+)?board\b", self.text, re.I) and not MEETING_NAMED.search(self.text):
            return None  # "a list of everything that's overdue across the board": the whole tracker, no meeting
        if audit_type(self.text) and not MEETING_NAMED.search(_BY_A_MEETING.sub(" ", self.text)):
            return None  # "where are we with the S11 audits before Monday's panel?": the audits asked about
        if SERVICE_ASKED.search(self.text):  # "can you book me a room for the team meeting?": not the assistant's job
            return None
        attendance = ATTENDANCE_ASKED.search(self.text) is not None or papers or opening  # "who's on the list …"
        if not (
            MEETING_QUESTION.search(self.text) or self._meeting_day_question() or (attendance and self._meeting_named())
        ):
            return None
        if CALENDAR_ASKED.search(self.text):  # "what meetings have we got coming up?": the calendar, not one meeting
            return Interpretation(Intent.MEETING_INFO, extra={"calendar": True})
        return Interpretation(Intent.MEETING_INFO, meeting=meeting_meant(self.text, self.now, self.names.directory))

    def _meeting_named(self) -> bool:
        """Whether the message names a meeting: "the board", "the workshop", "july", "the 18th" (a meeting's day),
        or asks whether one is quorate."""
        if MEETING_NAMED.search(self.text):
            return True
        day = meeting_meant(self.text, self.now, self.names.directory, default_next=False)
        return day is not None and any(m.date == day for m in self.names.directory.meetings)
