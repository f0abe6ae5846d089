"""The rules that record an action: who owns it ("X to do Y", "action for X:", "I'll ...", "... – X"), the task,
and its due date ("by end June"; a bare date counts only at the end of the message).

Part of the message reader (:mod:`bot.understanding.interpret`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property

from bot.understanding.audit_reading import audit_type
from bot.understanding.dates import DateMention
from bot.understanding.interpretation import Intent, Interpretation, Owner
from bot.understanding.meeting_words import meeting_deadline
from bot.understanding.message_reader import _ReaderBase
from bot.understanding.owners import Resolution

_MARKER = re.compile(r"\baction(?:s)?\s*(?::|–|-|—)\s*|\baction for\b", re.I)
_ACTION_FOR = re.compile(r"^\s*action for\s+(?P<who>[^:]+?)(?:\s*:|\s+[–—-])\s+(?P<task>.+)$", re.I)
_LINKS = re.compile(
    r"\s+(?:to|will|shall|should|must|needs? to|is to|are to|agreed to|has agreed to|have agreed to|"
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
    r"|pull together|put together|co-?ordinate)\b",
    re.I,
)
_WITH = re.compile(
    r"\b(?:(?P<joint>jointly|together|along)\s+)?with\s+(?P<who>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)\b(?!['’])"
)
_OWN_ACTION = re.compile(r"^(?:i'll|i will|i shall|i'm going to|i am going to)\s+(?P<task>.+)$", re.I)
_DEADLINE_WORDING = re.compile(r"(?:the\s+)?(?:end|mid|middle|start|beginning|w/?c|week commencing|within)\b", re.I)
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
        structured = self._owner_and_task(rest)
        if structured is not None:
            return self._action(*structured)
        return self._action(Resolution(), rest or head)

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

    def _structured_action(self) -> Interpretation | None:
        put_me = _PUT_ME_DOWN.match(self.text)
        if put_me and self.writer:
            return self._action(Resolution(self._writer_owners_list()), put_me["task"])
        logged = _LOG_THAT.match(self.text) or _LOG_THAT_WITHIN.search(self.text)
        if logged:
            found = self._owner_and_task(self.text[logged.end() :].rstrip("?"))
            if found is not None:
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
        for start in _segment_starts(text):
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
                if _ATTENDING.match(segment[link.end() :]):
                    continue
                # A lowercase stranger is an owner only at the start, before a verb: "anthea jones to send ..."
                opening = (start == 0 or text[:start].rstrip().endswith(":")) and segment[link.end() :][:1].islower()
                owners = self.owners.phrase(subject, subject=opening)
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
        if due is not None and (due.asap or due.cue >= 1 or _DEADLINE_WORDING.match(due.wording)):
            return due
        ends_the_message = due is not None and not self.text[due.span[1] :].strip(" .!?)")
        if due is not None and ends_the_message and not _NOT_A_DEADLINE.search(self.text, 0, due.span[0]):
            return due
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


def _segment_starts(text: str) -> list[int]:
    """Where an owner phrase may begin: the start, or after a topic ("Page 9 of the constitution: ...")."""
    starts = [0]
    starts.extend(m.end() for m in re.finditer(r"[:;]\s+|\s[–—-]\s+|[.!]\s+(?=[A-Z])", text))
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
