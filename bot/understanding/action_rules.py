"""The rules that record an action: who owns it ("X to do Y", "action for X:", "I'll ...", "... – X"), the task,
and its due date ("by end June"; a bare date counts only at the end of the message).

Part of the message reader (:mod:`bot.understanding.interpret`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property

from bot.understanding.audit_reading import audit_type
from bot.understanding.dates import DateMention, find_due
from bot.understanding.interpretation import Intent, Interpretation, Owner
from bot.understanding.meeting_words import meeting_deadline, meeting_on_day
from bot.understanding.message_reader import WHOLE_LIST, _ReaderBase
from bot.understanding.owners import Resolution

_MARKER = re.compile(r"\baction(?:s)?\s*(?::|–|-|—)\s*|\baction (?:for|on)\b", re.I)
_ACTION_FOR = re.compile(r"^\s*action (?:for|on)\s+(?P<who>[^:]+?)(?:\s*:|\s+[–—-])\s+(?P<task>.+)$", re.I)
# "action: me. CSE pathway, police bit": the owners, then the task after a stop.
_OWNER_FIRST = re.compile(r"^(?P<who>[^.:;–—]{1,60}?)\s*[.:;–—]\s+(?P<task>.+)$")
# "... can we log it as an action for them": the owners are the subject before the request.
_BACK_REFERENCE = re.compile(r"^(?:them|him|her|it)\b", re.I)
_LINKS = re.compile(
    r"\s+(?:(?:still|also|now|then|both|each|jointly|really|definitely|actually)\s+)?"
    r"(?:to|will|shall|should|must|needs? to|is to|are to|agreed to|has agreed to|have agreed to|"
    r"to be asked to|is going to|are going to|was to|were to)\s+",
    re.I,
)
_SELF_ACTION = re.compile(
    r"^(?:ok,?\s+|sure,?\s+)?(?:i'll|i will|i shall|i'm going to|i am going to|i can|i'd like to|let me)\s+"
    r"(?P<task>.+)$",
    re.I,
)
# Work done with a partner ("lead on X with Jo Forbes"), unlike work done for or to someone ("share X with Jo").
_JOINT_WORK = re.compile(
    r"^(?:(?:co-?)?lead|work|draft|write|develop|produce|prepare|present|deliver|scope|plan|design|run|organi[sz]e"
    r"|pull together|put together|co-?ordinate|co-?write|pick up|take on|review|look (?:at|into))\b",
    re.I,
)
_WITH = re.compile(
    r"\b(?:(?P<joint>jointly|together|along)\s+)?with\s+(?P<who>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)\b(?!['’])"
)
_OWN_ACTION = re.compile(r"^(?:i'll|i will|i shall|i'm going to|i am going to)\s+(?P<task>.+)$", re.I)
_DEADLINE_WORDING = re.compile(r"(?:the\s+)?(?:end|mid|middle|start|beginning|w/?c|week commencing|within)\b", re.I)
# A date followed by words that make it a limit: "first week of june at the latest", "september board is fine".
_LIMIT_AFTER = re.compile(
    r"\s*[,-]?\s*(?:at the (?:very )?latest|latest|tops|max(?:imum)?|or (?:earlier|sooner|before)|if possible|"
    r"ideally|(?:is|would be|should be|will be) (?:fine|ok|okay|good|great|plenty)|will do|works|is the deadline)\b",
    re.I,
)
_SPAN_LIMIT = re.compile(
    r"\b(?P<span>(?:(?:a|one|two|three|four|six|\d{1,2})\s+)?(?:fortnight|weeks?|days?|months?))\s+"
    r"(?:tops|max(?:imum)?|at (?:the )?(?:most|latest|outside))\b",
    re.I,
)
_MEETING_NAMED_BEFORE = re.compile(r"\b(?:workshop|panel|board|meeting)\s*$", re.I)
_NOT_A_DEADLINE = re.compile(r"\b(?:from|since|of|at|on|during|after)\s+(?:the\s+)?$", re.I)
_PLAN = re.compile(
    r"^(?:the\s+)?(?P<subject>[\w &'’-]{2,60}?)(?:'s)?\s+(?P<kind>S\.?\s?11|S\.?\s?175|section\s*11|section\s*175)\s+"
    r"action\s+plan\s*[:–—-]\s*(?P<task>.+)$",
    re.I,
)
_REQUEST = re.compile(
    r"^@?(?P<who>[\w&' +.-]{1,60}?)[,:]?\s+(?:can|could|would|will) you (?:please |pls )?(?P<task>.+?)[?!.]*"
    r"(?:\s*(?:thanks|thank you|ta|cheers)!*)?$",
    re.I,
)
_AS_MINE = re.compile(
    r"\b(?:that|it|this)\s+(?:go|be put|be logged|be added|be noted|be recorded)\s+(?:down\s+|on\s+|in\s+)?"
    r"(?:as|against|under)\s+"
    r"(?:mine|me|my name)\b|\b(?:put|log|note|record|add|pop|stick)\s+(?:that|it|this)\s+(?:down\s+)?"
    r"(?:as|against|under)\s+(?:mine|me|my name)\b",
    re.I,
)
_REMIND_ME = re.compile(
    r"^(?:please |pls )?(?:remind me to|note to self|reminder to self|to ?do)\s*[:–—-]?\s*(?P<task>.+)$", re.I
)
_LOG_THAT = re.compile(
    r"^(?:@?[A-Za-z]+,?\s+(?=can |could ))?(?:(?:can|could) (?:you|we) |please |pls )?(?:log|record|note|add)"
    r"(?: (?:that|an action|action))?(?: that)?\s*[:–—-]?\s+",
    re.I,
)
# "put me down for the audit plan", "can you put me down to look at the leaflet": the writer's action.
_PUT_ME_DOWN = re.compile(
    r"^(?:(?:can|could|would) you\s+)?(?:please\s+)?(?:put|pop|stick|add|sign|mark) me (?:down|up)?\s*(?:for|to)\s+"
    r"(?P<task>.+?)\??$",
    re.I,
)
# "... can you add that I'll draft the agreement": what follows is the action, wherever the request starts.
_LOG_THAT_WITHIN = re.compile(r"\b(?:can|could|would) you (?:please )?(?:log|record|note|add)(?: it)? that\s+", re.I)
_DASHED = re.compile(r"^(?P<who>[^–—:-]{1,80}?)\s*[–—:-]\s+(?P<task>.+)$")
_NOT_A_TASK = re.compile(r"^(?:be|have|see|try|let you know|get back to you)\b", re.I)
_DEFERRED_TO = re.compile(
    r"\b(?:deferred|delegated|referred|passed|allocated|assigned|given)\s+to\s+(?P<who>.+?)(?:\s+[–—-]\s+|[.;,]|$)",
    re.I,
)
# "Sally will attend instead", "Jo to cover for me": someone standing in at a meeting, not an action.
_ATTENDING = re.compile(
    r"(?!come back\b)(?:come|attend|represent|deputise|deputize|stand in|be there|go|cover|sit in)\b"
    r"(?:\s*(?:instead|for|in|on)\b|\s*[.,;!]|\s*$|.*\b(?:instead|in (?:my|his|her|their) place|"
    r"on (?:my|his|her|their) behalf)\b)",
    re.I,
)
_TRAILING_OWNER = re.compile(r"^(?P<task>.+?)\s+[–—-]\s+(?P<who>[^–—-]+)$")
# A request to record an action, however it is worded: "can u stick one on the tracker for Tony to ...", "can we
# get an action down for housing to ...", "log this one for Richard - ...", "pls add, police to ...", "can we put
# Karen down to look at ...", "new one for me: ...". What follows the request is read as "<owners> to <task>".
_RECORD_VERB = (
    r"(?:(?:can|could|would|will)\s+(?:you|we|I|someone)\s+(?:please\s+)?|please\s+|just\s+)*"
    r"(?:log|record|note|add|put|stick|pop|get|raise|create|open|make|set up|chuck|bung|whack)\b"
)
_RECORD_OBJECT = (
    r"(?:\s+(?:on(?:to)? (?:the|my) (?:tracker|list|log)|to (?:the|my) (?:tracker|list|log)|in the (?:tracker|log)|"
    r"as (?:an? )?(?:new )?(?:action|one)|this one|that one|down|up|in|on|it|this|that|these|one|another|a|an|new|"
    r"action|actions|item|task)\b)*"
)
_RECORD_REQUEST = re.compile(
    rf"^(?:@?[A-Za-z]+,?\s+(?=(?:can|could|would|will|please)\b))?{_RECORD_VERB}(?P<object>{_RECORD_OBJECT})"
    r"(?:\s+(?:for|on|against)\s+(?P<who>[^:;,–—]+?)(?:\s+(?:please|pls))?(?=\s*[:;,–—-]|\s+(?:to|that|who|re|regarding|about|around|on|concerning)\s)"
    r"|\s+(?P<down>[^:;,–—]+?)\s+down\s+(?:for|to|as)\b)?\s*(?:[:;,–—-]+\s*)?(?P<rest>.+)$",
    re.I,
)
_NEW_ONE = re.compile(r"^(?:(?:a|another|new|one more)\s+)+(?:one|action|item)\s+(?:for|on)\s+(?P<who>[^:;,–—-]+?)\s*"
                      r"[:;,–—-]+\s*(?P<rest>.+)$", re.I)  # fmt: skip
_NOT_A_VERB = re.compile(r"^(?:the|a|an|my|this|that|these|those|his|her|their|our|list|tracker)\b", re.I)
_REST_LEAD = re.compile(
    r"^(?:to|that|who|which|should|will|is to|needs to|for|re|regarding|about|around|on|concerning)\s+", re.I
)
# "can i have an action to ...", "is it ok if I take an action to ...", "could the fire service rep take an action
# on ...", "please give Martine an action to ...", "could an action be recorded against the WDG: ...".
_TAKE_ACTION = re.compile(
    r"^(?:(?:is it|would it be|would that be) (?:ok|okay|alright|fine) if\s+|(?:please|pls)\s+)?"
    r"(?:(?:can|could|may|shall|will|would|should)\s+)?(?P<who>I|we|[\w'’ &+-]{2,60}?)\s+(?:please\s+)?"
    r"(?:have|take|get|take on|pick up)\s+(?:an?|the|another|this)\s+(?:new\s+)?action\s+(?:to|on|for|re|about)\s+"
    r"(?P<task>.+)$|"
    r"^(?:(?:can|could|would)\s+you\s+)?(?:please\s+|pls\s+)?(?:give|assign|allocate|set)\s+(?P<who2>.+?)\s+"
    r"(?:an?|another|the)\s+(?:new\s+)?action\s+(?:to|on|for|re|about)\s+(?P<task2>.+)$|"
    r"^(?:(?:can|could|would|should|please)\s+)?(?:an?|this|that)\s+(?:new\s+)?action\s+be\s+(?:recorded|logged|added|"
    r"put|set|noted)\s+(?:against|for|to|on)\s+(?P<who3>[^:;–—]+?)\s*[:;–—-]+\s*(?P<task3>.+)$|"
    r"^(?:(?:can|could|would)\s+you\s+)?(?:please\s+|pls\s+)?(?:ask|get)\s+(?P<who4>.+?)\s+to\s+(?P<task4>.+)$",
    re.I,
)
# "can Pam pull together the figures for the July board?", "pls can Sue pick up the review with me by Friday".
_CAN_OWNER = re.compile(r"^(?:(?:please|pls)\s+)?(?:can|could|would|will)\s+(?P<rest>.+?)[?!.]*$", re.I)
_NOT_WORK = re.compile(
    r"^(?:be|have|see|view|make it|make the|come|attend|join|get to|get there|do we|do you|you|we|I|it|this|that|"
    r"there|the|a|an|my|me|someone|anyone|somebody|anybody|send (?:her |his |their |my )?apolog\w*|make)\b",
    re.I,
)
_DOING = re.compile(r"^(?P<who>.+?)\s+(?:is|are)\s+(?:now\s+|already\s+)?(?P<task>[a-z]+ing\b.*)$", re.I)
_ALL_RETURNS = re.compile(
    r"^all (?:outstanding |remaining )?[\w\s&'-]+? to be (?:returned|submitted|completed|sent)\b", re.I
)


class _ActionRules(_ReaderBase):
    """Actions: owners, task and due date."""

    def _marked_action(self) -> Interpretation | None:
        markers = list(_MARKER.finditer(self.text))
        if not markers:
            return None
        marker = markers[-1]
        head = self.text[: marker.start()].strip(" .;:–—-")
        rest = self.text[marker.start() :]
        found = _ACTION_FOR.match(rest)
        if found:
            owners = self.owners.phrase(found["who"])
            if owners:
                return self._action(owners, found["task"])
        rest = self.text[marker.end() :].strip()
        owners = self.owners.phrase(rest)
        if owners and head:
            return self._action(owners, head)
        if head and _BACK_REFERENCE.match(rest):
            structured = self._owner_and_task(head)
            if structured is not None:
                return self._action(*structured)
        first = _OWNER_FIRST.match(rest)
        owners = self.owners.phrase(first["who"], allow_unknown=False) if first else None
        if first and owners:
            return self._action(owners, first["task"])
        structured = self._owner_and_task(rest)
        if structured is not None:
            return self._action(*structured)
        requested = self._recording_request() or self._taken_action()  # "can u log an action for Sue re ..."
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
        action = self._action(Resolution([Owner("agency", agency.name, agency.id)]), found["task"])
        return replace(action, extra={"audit_plan": {"type": kind, "agency_id": agency.id}})

    def _recording_request(self) -> Interpretation | None:
        """A request to record an action, with its owners named after "for" or before "down", or in the rest."""
        request = _RECORD_REQUEST.match(self.text)
        found = _NEW_ONE.match(self.text)
        if request is None and found is None:
            return None
        match = found or request
        assert match is not None
        who = match.groupdict().get("who") or match.groupdict().get("down")
        rest = match["rest"].strip()
        doing = _DOING.match(rest) if not who and match["object"].strip() in {"that", "this"} else None
        if doing:  # "could someone log that Tony is pulling together the MASH timeline"
            owners = self.owners.phrase(doing["who"], subject=True)
            return self._action(owners, doing["task"]) if owners else None
        if who:
            owners = self.owners.phrase(who, subject=True)
            if owners:
                return self._action(owners, _REST_LEAD.sub("", rest, count=1))
            return None
        if request is not None and not request["object"].strip() and self.question and rest[:1].isupper():
            return None  # "can you add Sally?" names nobody's action
        if re.search(r"\b(?:action|one)\b", match["object"], re.I) and re.match(r"to\s+[a-z]", rest):
            return self._action(Resolution(), rest[3:])  # "can we log an action to send Roger the paper": whose?
        structured = self._owner_and_task(rest.rstrip("?")) or self._owner_clause(rest)
        if structured is None or (not match["object"].strip() and _NOT_A_VERB.match(structured[1])):
            return None  # "add Helen to the list": a person added to something, not an action
        return self._action(*structured)

    def _owner_clause(self, rest: str) -> tuple[Resolution, str] | None:
        """ "neglect toolkit guidance; annette + helen e; no date yet": a clause of only owners, and the task."""
        clauses = [c.strip() for c in re.split(r"\s*;\s*", rest) if c.strip()]
        if len(clauses) < 2:
            return None
        for index, clause in enumerate(clauses):
            owners = self.owners.phrase(clause, allow_unknown=False, subject=True)
            if owners:
                return owners, "; ".join(clauses[:index] + clauses[index + 1 :])
        return None

    def _taken_action(self) -> Interpretation | None:
        """ "can i have an action to ...", "give Martine an action to ...", "can Pam pull together ... by Friday"."""
        taken = _TAKE_ACTION.match(self.text)
        if taken:
            groups = taken.groupdict()
            who = groups["who"] or groups["who2"] or groups["who3"] or groups["who4"]
            owners = self.owners.phrase(who, subject=True)
            if owners:
                return self._action(owners, groups["task"] or groups["task2"] or groups["task3"] or groups["task4"])
        asked = _CAN_OWNER.match(self.text)
        if asked is None or self._deadline is None:
            return None
        words = re.sub(r"\bbe able to\s+", "", asked["rest"], count=1).split()  # "would Richard be able to send"
        for size in range(min(5, len(words) - 1), 0, -1):
            task = " ".join(words[size:])
            if not task[:1].islower() or _NOT_WORK.match(task) or _ATTENDING.match(task):
                continue
            owners = self.owners.phrase(" ".join(words[:size]), allow_unknown=False, subject=True)
            if owners and owners.owners != self._writer_owners_list():
                return self._action(owners, task)
        return None

    def _structured_action(self) -> Interpretation | None:
        requested = self._recording_request() or self._taken_action()
        if requested is not None:
            return requested
        if WHOLE_LIST.search(self.text):
            return None  # "I'd like to look over the whole tracker": a list, not an action
        mine = _AS_MINE.search(self.text)
        if mine and self.writer:  # "... can that go down as mine, due end of July?"
            return self._action(Resolution(self._writer_owners_list()), self.text[: mine.start()])
        put_me = _PUT_ME_DOWN.match(self.text)
        if put_me and self.writer:
            return self._action(Resolution(self._writer_owners_list()), put_me["task"])
        logged = _LOG_THAT.match(self.text) or _LOG_THAT_WITHIN.search(self.text)
        if logged:
            found = self._owner_and_task(self.text[logged.end() :].rstrip("?"))
            if found is not None and not _NOT_A_VERB.match(found[1]):  # not "add Sally to the list"
                return self._action(*found)
        request = _REQUEST.match(self.text)
        if request and self._deadline is not None:
            owners = self.owners.phrase(request["who"], allow_unknown=False)
            if owners:
                return self._action(owners, request["task"])
        if self.question:
            return None
        remind = _REMIND_ME.match(self.text)
        if remind and self.writer:
            return self._action(Resolution(self._writer_owners_list()), remind["task"])
        found = self._owner_and_task(self.text)
        if found is not None:
            return self._action(*found)
        dashed = _DASHED.match(self.text)
        if dashed and self._deadline is not None:
            owners = self.owners.phrase(dashed["who"], allow_unknown=False)
            if owners:
                return self._action(owners, dashed["task"])
        return None

    def _owner_and_task(self, text: str) -> tuple[Resolution, str] | None:
        """Find "<owners> to <task>" (or "will", "I'll ...", "... – <owner>", "deferred to <group>")."""
        self_action = _SELF_ACTION.match(text)
        if self_action and self.writer and not _NOT_A_TASK.match(self_action["task"]):
            return Resolution(self._writer_owners_list()), self_action["task"]
        for start, strict in _segment_starts(text):
            segment = text[start:]
            own = _OWN_ACTION.match(segment) if start else None
            if own and self.writer and not _NOT_A_TASK.match(own["task"]):  # "urgent one - I'll circulate ..."
                return Resolution(self._writer_owners_list()), own["task"]
            if _ALL_RETURNS.match(segment):
                everyone = self.owners.single("everyone")
                if everyone:
                    return everyone, segment
            for link in _LINKS.finditer(segment):
                subject = segment[: link.start()]
                if len(subject) > 120:
                    break
                if strict and not link[0].strip().lower().endswith("to"):
                    continue  # "Thanks all, Roger will be pleased": only "X to do Y" starts after a comma
                if _ATTENDING.match(segment[link.end() :]):
                    continue
                # A lowercase stranger is an owner only at the start, before a verb: "anthea jones to send ..."
                opening = (start == 0 or text[:start].rstrip().endswith(":")) and segment[link.end() :][:1].islower()
                owners = self.owners.phrase(subject, subject=opening, allow_unknown=not strict)
                if owners:
                    return owners, segment[link.end() :]
        trailing = _TRAILING_OWNER.match(text)
        if trailing:
            owners = self.owners.phrase(trailing["who"])
            if owners:
                return owners, trailing["task"]
        deferred = _DEFERRED_TO.search(text)
        if deferred:
            owners = self.owners.phrase(deferred["who"], allow_unknown=False)
            if owners:
                return owners, text
        return None

    @cached_property
    def _deadline(self) -> DateMention | None:
        """The due date: wording with a cue ("by", "before", "in", "w/c"), or a bare date ending the message.

        A bare date inside the task ("the notes from the 19 June workshop") is not a deadline.
        """
        due = self._due
        if due is not None and not due.asap and _MEETING_NAMED_BEFORE.search(self.text, 0, due.span[0]):
            due = meeting_on_day(due, self.text, self.names.directory)  # "ahead of the workshop on the 19th"
        if due is not None and (due.asap or due.cue >= 1 or _DEADLINE_WORDING.match(due.wording)):
            return due
        if due is not None and _LIMIT_AFTER.match(self.text, due.span[1]):
            return due  # "first week of june at the latest", "september board is fine"
        ends_the_message = due is not None and not self.text[due.span[1] :].strip(" .!?)")
        if due is not None and ends_the_message and not _NOT_A_DEADLINE.search(self.text, 0, due.span[0]):
            return due
        limit = _SPAN_LIMIT.search(self.text)  # "fortnight tops", "two weeks max": within that time
        if due is None and limit is not None:
            amount = limit["span"] if " " in limit["span"] else f"a {limit['span']}"
            within = find_due(f"within {amount}", self.now, self.names.directory.board_dates)
            if within is not None and within.date is not None:
                return DateMention(within.date, False, limit[0], limit.span(), meeting=False, cue=2)
        return meeting_deadline(self.text, self.now, self.names.directory)

    def _action(self, owners: Resolution, task: str) -> Interpretation:
        if owners:
            owners.add(self._partners(task))
        due = self._deadline
        task_text = _clean_task(task, due.wording if due else None)
        return Interpretation(
            Intent.RECORD_ACTION,
            owners=tuple(owners.owners),
            ambiguous=tuple(owners.ambiguous),
            task=task_text or None,
            due=due.date if due else None,
            due_wording=due.wording if due else None,
            asap=bool(due and due.asap),
        )

    def _partners(self, task: str) -> Resolution:
        """Members who share the work: "to lead on the protocol with Jo Forbes", "jointly with Sally"."""
        found = Resolution()
        joint_verb = _JOINT_WORK.match(task) is not None
        for partner in _WITH.finditer(task):
            if not (joint_verb or partner["joint"]):
                continue
            words = partner["who"].split()
            for size in range(len(words), 0, -1):
                named = self.owners.single(" ".join(words[:size]), allow_unknown=False)
                if named is not None:
                    if all(o.kind == "member" for o in named.owners):
                        found.add(named)
                    break
        return found


def _segment_starts(text: str) -> list[tuple[int, bool]]:
    """Where an owner phrase may begin, and whether only the board's own names count there: the start, after a
    topic ("Page 9 of the constitution: ..."), or after a comma ("Following the March board, Merlin to ...")."""
    starts = [(0, False)]
    starts.extend((m.end(), m[0][0] == ",") for m in re.finditer(r"[:;]\s+|\s[–—-]\s+|[.!]\s+(?=[A-Z])|,\s+", text))
    return starts


def _clean_task(task: str, due_wording: str | None) -> str:
    """The action text without the due wording, politeness and trailing punctuation, capitalised."""
    if due_wording:
        task = task.replace(due_wording, " ")
    task = re.sub(r"\b(?:please|pls|thanks|thank you)\b[.!]?", " ", task, flags=re.I)
    task = re.sub(r"\s+", " ", task).strip(" ,;:–—-")
    task = re.sub(r"\s+(?:by|before|due|for|no later than|within)$", "", task, flags=re.I).strip(" ,;:–—-.")
    task = re.sub(r"[\s,]+(?:ok|okay|yeah)\s*\?*$", "", task, flags=re.I)
    return task[:1].upper() + task[1:] if task else task
