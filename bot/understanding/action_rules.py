"""The rules that record an action: who owns it ("X to do Y", "action for X:", "I'll ...", "... – X"), the task,
and its due date ("by end June"; a bare date counts only at the end of the message). Part of the message reader
(:mod:`bot.understanding.interpret`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property

from bot.understanding import action_requests as asks
from bot.understanding.action_text import clean_task, first_listed, lead_named, partners, segment_starts
from bot.understanding.asked_actions import _AskedActions
from bot.understanding.audit_reading import audit_type
from bot.understanding.edit_words import REF_FIRST
from bot.understanding.fragment_actions import DASHED, _FragmentActions
from bot.understanding.handed_on import handed_on, taken_as
from bot.understanding.handed_over import _HandedOver, handed_over
from bot.understanding.interpretation import Intent, Interpretation, Owner
from bot.understanding.meeting_words import DETAILS_ASKED
from bot.understanding.message_reader import SHOWN, WHOLE_LIST
from bot.understanding.names import stranger_named
from bot.understanding.note_fragments import OWNERS_LEAD
from bot.understanding.opening_owners import OPENS_WITH, opening_owners
from bot.understanding.own_side import both_of_us, own_side, us_named
from bot.understanding.owner_then_task import ATTENDING, HOW_HELD
from bot.understanding.owners import Resolution
from bot.understanding.patterns import guarded
from bot.understanding.phone_asks import _PhoneAsks, state_asked
from bot.understanding.put_against import _PutAgainst
from bot.understanding.record_requests import (
    AS_MINE,
    FOR_ME_ASKED,
    LOG_THAT,
    LOG_THAT_WITHIN,
    NEW_ONE,
    NO_ACTION_FOR,
    OWN_ACTIONS_WORKED,
    RECORD_REQUEST,
    WANTS_TO_KNOW,
    told_after,
)
from bot.understanding.reported_speech import asked_before, own_commitment, passive_assignment, reported_assignment
from bot.understanding.spoken_to import _SpokenTo
from bot.understanding.strangers import bodies_named, stranger_body
from bot.understanding.taken_on import _TakenOn

# ". Anne and Richard to be consulted.", "Anne and Tony to be copied in, but Pam to …": told, never the work's owners
_KEPT_INFORMED = guarded(r"be\s+(?:consulted|copied|cc['’]?d|kept\s+|informed|told|updated|sighted)", re.I)
# "new action: Dave from housing options to send …": the owner and the work both after the marker.
_OWNER_THEN_WORK = guarded(r"\s(?:to|will|is\s+to|are\s+to)\s+[a-z]{2,}\s+\S", re.I)
_MARKER = guarded(
    r"(?<!\bown )(?<!\bher )(?<!\bhis )(?<!\btheir )(?<!\banother )(?<!\bseparate )"  # "Kate has her own action"
    # "send me every open action for the police", "the overdue action on Jo": actions held, not one to record
    r"(?<!\bmy )(?<!\bour )(?<!\bevery )(?<!\bopen )(?<!\boverdue )(?<!\boutstanding )(?<!\blive )"
    r"(?<!\bcurrent )(?<!\bexisting )"
    r"(?:\baction(?:s)?\s*(?::|–|-|—)\s*|\baction (?:for|on|against)\b)",
    re.I,
)
_ACTION_FOR = guarded(r"^\s*action (?:for|on|against)\s+(?P<who>[^:]+?)(?:\s*:|\s+[–—-])\s+(?P<task>.+)$", re.I)
# "action: me. CSE pathway, police bit": the owners, then the task after a stop.
_OWNER_FIRST = guarded(r"^(?P<who>[^.:;–—]{1,60}?)(?:\s*[.:;–—]|\s-)\s+(?P<task>.+)$")
# "... can we log it as an action for them": the owners are the subject before the request.
# "… for the group to …", "… for the two of us - …": owners the message points back to, asked for when unnamed
_POINTED_BACK = guarded(
    r"^\s*(?:them|the\s+(?:group|sub[\s-]?group|panel|team|partnership)|the\s+two\s+of\s+us|both\s+of\s+us|us\s+both)\s*$",
    re.I,
)
_BACK_REFERENCE = guarded(r"^(?:them|him|her|it|himself|herself|themselves)\b", re.I)
_LINKS = guarded(
    r"['’](?:s|re)\s+(?:still\s+|also\s+|now\s+)?going\s+to\s+|"  # "Zala's going to do the survey by friday"
    r"\s+(?:(?:still|also|now|then|both|each|all|jointly|really|definitely|actually|between (?:them|us|themselves|you)"
    r"|together)\s+)?(?:to|will|shall|should|must|needs? to|is to|are to|to be asked to|is going to|are going to|"
    r"was to|were to|(?:has |have )?agreed (?:to|(?:that )?(?:it|they) w(?:ill|ould))|(?:(?:is|are)\s+)?(?:happy|keen|"
    r"willing|glad)\s+to)\s+",
    re.I,
)
_SELF_ACTION = guarded(
    # "Martine, I will write to …", "Jo I'll send it": the one spoken to, then the writer's own work
    r"^(?:(?-i:[A-Z])[a-z]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s*,?\s+(?=(?-i:I)\b))?"
    r"(?:ok,?\s+|sure,?\s+)?(?:i'll|i will|i shall|i'm going to|i am going to|i can|"
    rf"i(?:'d|\s+would)\s+like\s+to(?!\s+(?:propose|suggest|recommend|ask)\s+that)|let me|{asks.AGREED_TO})\s+"
    r"(?P<task>.+)$",
    re.I,
)
_OWN_ACTION = guarded(rf"^(?:i'll|i will|i shall|i'm going to|i am going to|{asks.AGREED_TO})\s+(?P<task>.+)$", re.I)
_PLAN = guarded(
    r"^(?:the\s+)?(?P<subject>[\w &'’-]{2,60}?)(?:'s)?\s+(?P<kind>S\.?\s?11|S\.?\s?175|section\s*11|section\s*175)\s+"
    r"action\s+plan\s*[:–—-]\s*(?P<task>.+)$",
    re.I,
)
_REQUEST = guarded(
    r"^@?(?P<who>[\w&' +.-]{1,60}?)(?:[,:]|\s[-–—])?\s+(?:please\s+|pls\s+)?(?:can|could|would|will) you"
    r"(?:\s+(?:two|both|all))? (?:please |pls )?(?P<task>.+?)[?!.]*"
    r"(?:\s*\b(?:thanks|thank you|ta|cheers)!*)?$",
    re.I,
)
_EDITED_ONE = guarded(
    r"\b(?:one|action)\s+(?:dropped|closed|removed|moved|taken\s+off|scrapped|withdrawn|reassigned|ticked\s+off)\b",
    re.I,
)
# Not work taken on: "be there", "let you know", "check what's outstanding for the police" (a look at the tracker).
_DEFERRED_TO = guarded(
    r"\b(?:deferred|delegated|referred|passed|allocated|assigned|given)\s+to\s+(?P<who>.+?)(?:\s+[–—-]\s+|[.;,]|$)",
    re.I,
)
_TRAILING_OWNER = guarded(r"^(?P<task>.+?)\s+[–—-]\s+(?P<who>[^–—-]+)$")
_NOT_A_VERB = guarded(r"^(?:the|a|an|my|this|that|these|those|his|her|their|our|list|tracker)\b", re.I)
_DO_IT = guarded(r"^(?:do|sort|take|handle|deal with|pick)\s+(?:it|that|this|them)(?:\s+(?:on|up))?\W*$", re.I)
_ONLY_WHO = guarded(r"^(?:me|you|us|him|her|them|do)\W*$", re.I)  # "… stuff to me", "cheers tony, will do"
_DOING = guarded(r"^(?P<who>.+?)\s+(?:is|are)\s+(?:now\s+|already\s+)?(?P<task>[a-z]+ing\b.*)$", re.I)
_ALL_RETURNS = guarded(
    r"^all (?:outstanding |remaining )?[\w\s&'-]+? to be (?:returned|submitted|completed|sent)\b", re.I
)


class _ActionRules(_AskedActions, _FragmentActions, _SpokenTo, _TakenOn, _PhoneAsks, _PutAgainst, _HandedOver):
    """Actions: owners, task and due date."""

    def _marked_action(self) -> Interpretation | None:
        if NO_ACTION_FOR.search(self.text):  # "no action for us, just fyi"
            return None
        recorded = self._pasted_action() or self._recorded_for()
        if recorded is not None:
            return recorded
        stated = asks.ACTION_IS_FOR.search(self.text) or asks.ACTION_IS_THEIRS.search(self.text)
        owners = self.owners.phrase(stated["who"], allow_unknown=False, subject=True) if stated else None
        if stated and owners:  # "... but the action is Sally's - check ...", "The action is for Jo Forbes to ..."
            return self._action(owners, stated["task"])
        lead = OWNERS_LEAD.match(self.text)  # "new action me + Sally, CSE profile refresh, w/c 8 June"
        owners = self.owners.phrase(lead["who"], allow_unknown=False, subject=True) if lead else None
        if lead and owners and self._whole_owner_and_task is None:  # not "Action: Jassi, Anne H and Jo to ..."
            return self._action(owners, lead["task"])
        markers = list(_MARKER.finditer(self.text))
        if not markers:
            return None
        marker = markers[-1]
        if state_asked(self.text[marker.end() :]):
            return None  # "scr sub actions - whats outstanding?": a question, nothing to record
        head = self.text[: marker.start()].strip(" .;:–—-")
        rest = self.text[marker.start() :]
        found = _ACTION_FOR.match(rest) or asks.ACTION_FOR_ABOUT.match(rest)
        if found:  # "action for me from fridays board: ...": the owners without where the action came from
            owners = (
                self.owners.phrase(found["who"], subject=True)
                or self.owners.phrase(asks.OWNER_OCCASION.sub("", found["who"]), allow_unknown=False)
                or us_named(found["who"], self.writer, self.owners)  # "action for us at the trust - …"
            )
            first = re.split(r"(?<=[.!?])\s+", found["task"], maxsplit=1)[0]  # not "… . Richard to sign off."
            named = self._owner_and_task(first)  # "Action for the police: Sally to lead ...": the members
            named = None if re.match(r"\s*we\b", first, re.I) else named  # "… for Cafcass: we will …": Cafcass's
            if owners and named and named[0].owners and all(o.kind == "member" for o in named[0].owners):
                return self._action(*named)
            if owners:
                return self._action(owners, found["task"])
        rest = re.sub(r"^that\s+(?=\S)", "", self.text[marker.end() :].strip(), flags=re.I)  # "put on that the CRC …"
        if self.question and asks.ASKED_HEAD.match(head):
            return None  # "any action for Jo?", "is there an action against the police?": a list asked for
        added = asks.added_as(self.text[: marker.start()], rest)  # "can you add the CSE profile as an action for me"
        if added and (owners := self.owners.phrase(added[1], subject=True)):
            return self._action(owners, added[0])
        owners = None if _OWNER_THEN_WORK.search(rest) else self.owners.phrase(rest)
        if owners and head:  # "the CSE audit - action Pam": the work before, its owner after
            return self._action(owners, head)
        if head and _BACK_REFERENCE.match(rest):
            told = reported_assignment(head)  # "Pam said at QA that the hospital would audit … for them": the hospital
            structured = self._owner_and_task(told[0] if told else head)
            if structured is not None:
                return self._action(*structured)
            pointed = self._pointed_action(head, rest)  # "Richard Fletcher … Can we get an action for him to …?"
            if pointed is not None:
                return pointed
        first = _OWNER_FIRST.match(rest)
        owners = self.owners.phrase(first["who"], allow_unknown=False) if first else None
        if first and owners:
            return self._action(owners, first["task"])
        structured = self._owner_and_task(rest)
        if structured is not None:
            return self._action(*structured)
        requested = self._recording_request() or self._taken_action() or self._meant_then_asked()
        if requested is None and rest:  # "new action: Pam get the data to me by Friday": the one told to do it
            requested = type(self)(rest, self.writer, self.now, self.names)._asked_please()
        if requested is None and rest and marker[0].lower().endswith(("for", "on", "against")):
            requested = self._owner_then_task(rest, to=False, verb_first=True)  # "action for the CCG get … sorted"
            mine = re.match(r"(?i:me)\s+(?=\S)", rest) if requested is None and self.writer else None
            if mine and asks.WORK_VERB.match(rest[mine.end() :]):  # "action for me look into …"
                requested = self._action(Resolution(self._writer_owners_list()), rest[mine.end() :])
        if requested is None and self.question and asks.SHOWN_ASKED.search(rest):
            return None  # "… about the CSE actions — can you show me what Richard has open?": a list asked for
        return requested if requested is not None else self._action(Resolution(), rest or head)

    def _audit_plan(self) -> Interpretation | None:
        """ "WMP S11 action plan: provide a Dudley analysis by end July": an action of that agency's return."""
        found = _PLAN.match(self.text)
        if not found:
            return None
        agency = self.names.agency(found["subject"]).agency
        kind = audit_type(found["kind"])
        if agency is None or kind is None:
            return None
        action = self._action(Resolution([Owner.of_agency(agency)]), found["task"])
        return replace(action, extra={"audit_plan": {"type": kind, "agency_id": agency.id}})

    def _recording_request(self) -> Interpretation | None:
        """A request to record an action, with its owners named after "for" or before "down", or in the rest."""
        request = RECORD_REQUEST.match(self.text)
        found = NEW_ONE.match(self.text)
        if (request is None and found is None) or asks.LIST_SIGNED.match(self.text):
            return None  # "open actions? - Jo": a list asked for, not one to open
        match = found or request
        assert match is not None
        who = match.groupdict().get("who") or match.groupdict().get("down")
        rest = match["rest"].strip()
        doing = _DOING.match(rest) if not who and match["object"].strip() in {"that", "this"} else None
        if doing:  # "could someone log that Tony is pulling together the MASH timeline"
            owners = self.owners.phrase(doing["who"], subject=True)
            return self._action(owners, doing["task"]) if owners else None
        if who:
            owners, task = self.owners.phrase(who, subject=True), asks.REST_LEAD.sub("", rest, count=1)
            owners = owners or both_of_us(who, self.text, self.writer, self.owners)  # "… for the two of us - …"
            opening = OPENS_WITH.match(task) if who.strip().lower() in {"me", "myself", "us"} else None
            named = opening_owners(opening["who"], task[opening.end() :], self.owners, self.writer) if opening else None
            if named and opening:  # "log one for me pls - the CCG to confirm …": the CCG's, logged for the writer
                return self._action(named, task[opening.end() :])
            told = told_after(task, self._owner_and_task) if "against" not in match[0][: match.start("who")] else None
            own = self._owner_and_task(task) if match.groupdict().get("asked") else None  # "… at her request - QA to …"
            told = told or (own if own and own[0] and all(o.kind != "unknown" for o in own[0].owners) else None)
            if told is not None:  # "… for Helen please, she caught me at the panel: Police to …": the police's
                return self._action(*told)
            written = match.groupdict().get("object")  # None: "new one for …", which asks for one
            asked = written is None or re.search(r"\b(?:action|one)\b", written, re.I)
            if not owners and (_POINTED_BACK.match(who) or (asked and self._owner_and_task(task) is None)):
                return self._action(Resolution(), task)  # "… for the group to …": whose, asked
            return self._action(owners, task) if owners else None
        if request is not None and FOR_ME_ASKED.match(self.text) and self.writer:  # "can i have one pls - …"
            task = rest[3:] if re.match(r"to\s+[a-z]", rest) else asks.ASIDE_FIRST.sub("", rest)  # "… please — Dave …"
            opening = OPENS_WITH.match(task)
            named = opening_owners(opening["who"], task[opening.end() :], self.owners, self.writer) if opening else None
            if named and opening:  # "can I have an action - the CCG to confirm …": the CCG's
                return self._action(named, task[opening.end() :])
            return self._action(Resolution(self._writer_owners_list()), task)
        if request is not None and not request["object"].strip() and self.question and rest[:1].isupper():
            return None  # "can you add Sally?" names nobody's action
        if re.search(r"\b(?:action|one)\b", match["object"], re.I) and re.match(r"to\s+[a-z]", rest):
            return self._action(Resolution(), rest[3:])  # "can we log an action to send Roger the paper": whose?
        structured = self._owner_and_task(rest.rstrip("?")) or self._owner_clause(rest)
        if structured is None or (not match["object"].strip() and _NOT_A_VERB.match(structured[1])):
            return None  # "add Helen to the list": a person added to something, not an action
        return self._action(*structured)

    def _taken_action(self) -> Interpretation | None:
        """ "can i have an action to ...", "give Martine an action to ...", "can Pam pull together ... by Friday"."""
        taken = asks.TAKE_ACTION.match(self.text)
        if taken:
            groups = taken.groupdict()
            who = next((v for k, v in groups.items() if k.startswith("who") and v), "")
            owners = self.owners.phrase(who, subject=True)
            if owners:
                task = next((v for k, v in groups.items() if k.startswith("task") and v), "")
                return self._action(owners, task)
        wonder = asks.WONDERING.search(self.text) or asks.GRATEFUL_IF.search(self.text)  # "... could pick up ...?"
        if wonder and asks.WORK_VERB.match(wonder["task"]):
            owners = self.owners.phrase(wonder["who"], allow_unknown=False, subject=True)
            if owners and owners.owners != self._writer_owners_list():
                return self._action(owners, wonder["task"])
        need = asks.NEED_SOMEONE.search(self.text)  # "i think we need Tony Oakman to bring a paper to ..."
        needed = self._owner_then_task(need["rest"], to=True, verb_first=True) if need else None
        asked = asks.ASKED_THAT.search(self.text)  # "… that Ms Darman leads …", "… that Jo should update …"
        said = asks.MODAL.sub(" ", asked["rest"], count=1) if asked else ""
        needed = needed or (self._owner_then_task(said, to=False, verb_first=True, told=True) if asked else None)
        if needed is not None:
            return needed
        mine = asks.ME_AN_ACTION.match(self.text)
        if mine and self.writer:  # "can u add me an action to update the profile"
            return self._action(Resolution(self._writer_owners_list()), mine["task"] or mine["task2"])
        for index, clause in enumerate(asks.clause_starts(self.text)):
            found = self._asked_of(clause, first=index == 0)
            if found is not None:
                return found
        return None

    def _structured_action(self) -> Interpretation | None:
        if WANTS_TO_KNOW.search(self.text) or DETAILS_ASKED.search(self.text) or NO_ACTION_FOR.search(self.text):
            return None  # "I'd like to know whether every agency has returned its Section 11": a question
        if OWN_ACTIONS_WORKED.search(self.text):
            return None
        requested = self._recording_request() or self._taken_action() or self._phone_request()
        requested = requested or self._passed_on() or self._put_against() or self._same_for()
        if requested is not None:
            return requested
        if WHOLE_LIST.search(self.text) or SHOWN.match(self.text):
            return None  # "I'd like to look over the whole tracker": a list, not an action
        mine = AS_MINE.search(self.text) or asks.ME_FOR_THAT.search(self.text)
        if mine and self.writer:  # "... can that go down as mine, due end of July?"
            task = re.sub(r"(?:[\s,;–—-]+(?:but|and|so|please|pls))+\W*$", "", self.text[: mine.start()], flags=re.I)
            return self._action(Resolution(self._writer_owners_list()), task)  # "…, but the action is mine": "…"
        mine = asks.MINE_THEN_TASK.search(self.text)  # "Annette and Marie said they'd help but it's mine: the template"
        if mine and self.writer:
            return self._action(Resolution(self._writer_owners_list()), mine["task"] or mine["task2"])
        put_me = asks.PUT_ME_DOWN.match(self.text)
        if put_me and self.writer:
            return self._action(Resolution(self._writer_owners_list()), put_me["task"])
        logged = LOG_THAT.match(self.text) or LOG_THAT_WITHIN.search(self.text)
        if logged:
            rest = self.text[logged.end() :].rstrip("?")
            told = reported_assignment(rest)  # "could someone note that Helen offered to run ..."
            found = self._owner_and_task(rest) or (self._owner_and_task(told[0]) if told else None)
            if found is not None and not _NOT_A_VERB.match(found[1]):  # not "add Sally to the list"
                return self._action(*found)
        last = re.split(r"(?<=[.!?])\s+", self.text)[-1]  # "<why, first>. Jo, could you pull ... please?"
        for request in (_REQUEST.match(self.text), _REQUEST.match(last) if last.endswith("?") else None):
            owners = self.owners.phrase(request["who"], allow_unknown=False) if request and self._deadline else None
            personal = request is not None and any(p.match(request["task"]) for p in (asks.BEING, asks.TELL_ME))
            if request and owners and not personal and not asks.LIST_ASKED.search(request["task"]):  # "what I owe"
                return self._asked_of_you(owners, request["task"])  # "@Remley could you (and Annette) sort ..."
        pleased = self._asked_please()
        if pleased is not None:
            return pleased
        if self.question and not self._statement_with_request():
            return None
        reported = self._reported_action()
        if reported is not None:
            return reported
        remind = asks.REMIND_ME.match(self.text)
        if remind and self.writer:
            return self._action(Resolution(self._writer_owners_list()), remind["task"])
        noted = self._dashed_note()
        if noted is not None:
            return noted
        offered = asks.OFFERED_THEN_ASKED.match(self.text)  # "Dave … is happy to speak … - Jassi to invite him …"
        asked = self._owner_and_task(offered["rest"]) if offered else None
        found = asked if asked and all(o.kind == "member" for o in asked[0].owners) else self._whole_owner_and_task
        if found is not None and not _EDITED_ONE.search(self.text):  # "… wants the SUDI review one dropped": an edit
            dated = self._own_sentence_dated(found)
            return self._action(*((Resolution(self._writer_owners_list()), dated) if dated else self._led_by(*found)))
        dashed = DASHED.match(self.text)
        if (
            dashed
            and self._deadline is not None
            and not (asks.SPOKEN_TO.match(dashed["task"]) or asks.SOCIAL.search(dashed["task"]))
            and "?" not in dashed["task"]  # "Martine - what's overdue …? I'd like to raise it on Monday": asked of her
        ):
            who = re.sub(r"^(?i:for)\s+(?=[A-Z])", "", dashed["who"])  # "for Kate McConnel - CRC data …"
            owners = self.owners.phrase(who, allow_unknown=who != dashed["who"], subject=who != dashed["who"])
            if owners:
                return self._action(owners, dashed["task"])
        return self._fragment_action() or self._noted_action() or self._taken_on()

    def _own_sentence_dated(self, found: tuple[Resolution, str]) -> str | None:
        """ "Rachael asked FE colleagues to look at uptake. I'll collate the figures … before the workshop": a later
        sentence in which the writer takes on dated work is the action, when the first names others undated."""
        owners, task = found
        wording = self._deadline.wording if self._deadline is not None else ""
        sentences = re.split(r"(?<=[.!?])\s+", task)
        if (
            not wording
            or not self.writer
            or wording in sentences[0]
            or set(owners.owners) & set(self._writer_owners_list())
        ):
            return None
        later = next((t for t in sentences[1:] if wording in t), None)
        own = _OWN_ACTION.match(later) if later else None
        if own and asks.SAME_WORK.match(own["task"]):
            return None  # "… for Health & Wellbeing to produce a paper. I will aim to have this with you by …": theirs
        return own["task"] if own and not asks.NOT_A_TASK.match(own["task"]) else None

    def _led_by(self, owners: Resolution, task: str) -> tuple[Resolution, str]:
        """ "CDOP needs to pull together ... . Mayada will coordinate it.": the member named to lead an agency's or
        a group's work owns it."""
        lead = lead_named(task) if owners.owners and all(o.kind != "member" for o in owners.owners) else None
        members = self.owners.phrase(lead[0], allow_unknown=False) if lead else None
        if lead and members and not members.ambiguous and all(o.kind == "member" for o in members.owners):
            return members, task[: lead[1]]
        return owners, task

    def _statement_with_request(self) -> bool:
        """A statement asked only in its last words: "..., could that go on as an action?", ". tuesday 30th june?"."""
        if asks.RECORD_TAIL.search(self.text) or LOG_THAT_WITHIN.search(self.text):
            return True
        last = re.split(r"[.!;]\s+|,\s+", self.text.rstrip(" ?!"))[-1]
        wording = self._deadline.wording.lower() if self._deadline is not None else None
        return wording is not None and asks.DATE_ASKED.match(last.strip().lower().replace(wording, "", 1)) is not None

    def _reported_action(self) -> Interpretation | None:
        """ "I said I would ...", "the report will be presented by X", "pam said shed send ...", "X offered to ..."."""
        own = own_commitment(self.text)
        if own and self.writer and not asks.NOT_A_TASK.match(own):
            return self._action(Resolution(self._writer_owners_list()), own)
        passive = passive_assignment(self.text)
        owners = self.owners.phrase(passive[0], allow_unknown=False) if passive else None
        if passive and owners:
            return self._action(owners, passive[1])
        reported = reported_assignment(self.text)
        if reported is None:
            return None
        text, who_ends = reported
        found = self._owner_and_task(text)
        if found is not None:  # "the police need to agree ... . Richard and Viv said they'd sort it": the members
            return self._action(*self._led_by(*found))
        subject = re.split(r"[.!:;]\s+|\s[–—-]\s+|,\s+", text[:who_ends])[-1]  # "X kindly offered to sit in on ..."
        owners = self.owners.phrase(subject, allow_unknown=False)
        task = text[who_ends:].removeprefix(" to ")
        return self._action(owners, task) if owners and not asks.BEING.match(task) else None  # not "cover the items"

    @cached_property
    def _whole_owner_and_task(self) -> tuple[Resolution, str] | None:
        """The owners and task the whole message writes (read once: several rules ask)."""
        return self._owner_and_task(self.text)

    def _owner_and_task(self, text: str) -> tuple[Resolution, str] | None:
        """Find "<owners> to <task>" (or "will", "I'll ...", "... – <owner>", "deferred to <group>")."""
        if side := own_side(text, self.writer, self.owners):  # "probation - we'll take …": the writer's agency's
            return side
        self_action = _SELF_ACTION.match(text) or self._we_will(text)
        if self_action and self.writer and not asks.NOT_A_TASK.match(self_action["task"]):
            handed = handed_on(self_action["task"], self.writer, self.owners)  # "I'll get Chris to send it": his
            handed = handed or taken_as(self_action["task"], self._owner_and_task)  # "we'll take one - the trust to …"
            return handed or (Resolution(self._writer_owners_list()), self_action["task"])
        for start, strict in segment_starts(text, lambda word: bool(self.owners.single(word, allow_unknown=False))):
            segment = text[start:]
            own = _OWN_ACTION.match(segment) if start else None
            own = None if own and asked_before(text, start, own["task"]) else own  # "… I'll mention it too"
            if own and self.writer and not asks.NOT_A_TASK.match(own["task"]):  # "urgent one - I'll circulate ..."
                it = _DO_IT.match(own["task"])  # "the leaflet needs reprinting, I'll sort it": the work is before
                return Resolution(self._writer_owners_list()), text[:start] if it else own["task"]
            if _ALL_RETURNS.match(segment) and (everyone := self.owners.single("everyone")):
                return everyone, segment
            for link in _LINKS.finditer(segment):
                subject = segment[: link.start()]
                if len(subject) > 120:
                    break
                if asks.INVITED_THEN_OWNER.match(segment[link.end() :]):
                    break  # "Linda Shaw … to be invited to the board – Martine to send the invite": the later owner's
                if strict and not link[0].strip().lower().endswith("to"):
                    continue  # "Thanks all, Roger will be pleased": only "X to do Y" starts after a comma
                if (
                    ATTENDING.match(segment[link.end() :])
                    or asks.BEING.match(segment[link.end() :])
                    or (
                        (start or _KEPT_INFORMED.match(segment, link.end()))
                        and asks.SUPPORTING.match(segment[link.end() :])
                    )
                    or asks.WANTING.match(segment[link.end() :])
                    or asks.KNOW_WHAT.match(segment[link.end() :])
                    or _ONLY_WHO.match(segment[link.end() :])
                    or ("agreed" in link[0] and _NOT_A_VERB.match(segment[link.end() :]))
                ):
                    continue  # "Tony will come instead", "I agreed to the minutes": no work taken on
                # A stranger is an owner only at the start, before a verb: "anthea jones to send ...", "Bev to run …"
                after = segment[link.end() :]  # (not "Welcome to the board")
                opening = (start == 0 or text[:start].rstrip().endswith(":")) and after[:1].islower()
                work = asks.WORK_VERB.match(asks.COME_AND.sub("", after))  # "NSPCC to come and present …"
                opening = opening and (" " in subject.strip() or work is not None)
                owners = self.owners.phrase(subject, subject=opening, allow_unknown=not strict)
                bare = re.sub(r"\s*\([^)]*\)", "", subject).strip()  # "Bev (our named GP) to run a session …"
                if not owners and opening and (stranger_named(bare) or stranger_body(bare, after)):
                    owners = Resolution([Owner("unknown", bare)])
                elif (
                    not owners and opening and asks.WORK_VERB.match(HOW_HELD.sub("", after))
                ):  # "fire and trading standards to …"
                    owners = bodies_named(bare, after, self.owners)
                if owners and strict and (first := first_listed(text[:start], subject, self.owners)):
                    first.add(owners)  # "Hope Allen from Cafcass, the police and pam s to …": all three
                    return first, segment[link.end() :]
                if owners:
                    return owners, segment[link.end() :]
        trailing = _TRAILING_OWNER.match(text)
        if trailing and not (
            asks.NOT_AN_OWNER.match(trailing["who"])
            or asks.LIST_SIGNED.match(trailing["task"])
            or REF_FIRST.match(trailing["task"])  # "a-9 is really a CRC one - kate mc": about A-9, no new work
            or self._signed(trailing["who"])  # "ccg s11 complete - su" from Su: signed, not given to her
        ):
            owners = self.owners.phrase(trailing["who"])
            if owners:
                return owners, trailing["task"]
        deferred = _DEFERRED_TO.search(text)
        if deferred:
            owners = self.owners.phrase(deferred["who"], allow_unknown=False)
            if owners:
                return owners, text
        return None

    def _action(self, owners: Resolution, task: str) -> Interpretation:
        handed = handed_over(task) if owners.owners and owners.owners == self._writer_owners_list() else None
        if handed is not None:  # "I'll leave it with the QA group to draft": the writer hands it over
            owners, task = self._handed_to(*handed, task)
        if owners:
            owners.add(partners(task, self.owners, owners))
        due = self._deadline
        task_text = clean_task(task, due.wording if due else None)
        return owners.reading(
            Intent.RECORD_ACTION,
            task=task_text or None,
            due=due.date if due else None,
            due_wording=due.wording if due else None,
            asap=bool(due and due.asap),
        )
