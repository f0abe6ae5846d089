"""Understanding one message: intent, owners, task, due date, apologies and audit updates.

A pipeline of board-aware rules, tried in order, each cheap: what people write to a board's tracker is a
small language ("X to do Y by Z", "apologies for July", "S11 submitted"), and a wrong owner is the worst
mistake, so every owner comes from the roster or is left as an unresolved name.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cached_property

from bot.directory import Person
from bot.understanding.audit_reading import audit_type, is_update, read_audit
from bot.understanding.dates import DateMention, find_due
from bot.understanding.interpretation import Intent, Interpretation, Owner
from bot.understanding.meeting_words import meeting_meant
from bot.understanding.names import NameIndex
from bot.understanding.owners import OwnerResolver, Resolution
from bot.understanding.text import POSSESSIVE, normalise, tidy

MAX_UNDERSTOOD = 2_000  # longer messages are read up to here; nobody writes an action that long

_HELP = re.compile(
    r"^(?:help|\?|commands|usage|what can you do|what do you do|what commands do you (?:understand|know)|"
    r"how do (?:i|you) .+|how does this work|what can i (?:ask|say))\W*$",
    re.I,
)
_CLOSE_CUES = re.compile(
    r"\bclose (?:off )?(?:my|this|that|the|it)\b|\baction (?:complete|completed|done|closed)\b|"
    r"\b(?:can|could) be closed\b|\bcome off the (?:tracker|list)\b|"
    r"\bmark(?:ed)? (?:the |my |it |that |this )?.{0,80}?\bas (?:done|complete|completed|closed)\b|"
    r"\b(?:closing|closed)[.!]?\s*$|\baction(?:'s| is) (?:now )?(?:complete|done|closed)\b|"
    r"\btick (?:it|that|this)(?: one)? off\b|"
    r"\btake (?:it|that|this) off the (?:tracker|list)\b",
    re.I,
)
_HELP_ANYWHERE = re.compile(
    r"\bhow (?:do|can|should) (?:i|we) (?:use|record|send|add|mark|close|log|see|ask|update|tell)\b|"
    r"\bwhat can you do\b|\bhow does (?:this|it|the bot) work\b",
    re.I,
)
_REASSIGN = re.compile(
    r"\b(?:reassign|re-assign|move|pass|give|hand over)\b.*?\bto\s+(?P<who>.+?)(?:\s+instead)?[.!]?$", re.I
)
_DROP = re.compile(r"\b(?:drop|dropped|cancel|cancelled|canceled|withdrawn|no longer needed|not needed)\b", re.I)
_REF = re.compile(r"\bA\s?-\s?(\d{1,6})\b", re.I)
_DONE_WORDS = re.compile(
    r"\b(?:done|complete[d]?|closed?|finished|tick(?:ed)?(?: it)? off|sorted|signed off|can be closed)\b",
    re.I,
)
_NEGATED = re.compile(
    r"\b(?:isn't|is not|not yet|not been|hasn't|has not|haven't|have not|yet to|still waiting|not done)\b",
    re.I,
)
_MARKER = re.compile(r"\baction(?:s)?\s*(?::|–|-|—)\s*|\baction for\b", re.I)
_ACTION_FOR = re.compile(r"^\s*action for\s+(?P<who>[^:]+?)(?:\s*:|\s+[–—-])\s+(?P<task>.+)$", re.I)
_LINKS = re.compile(
    r"\s+(?:to|will|shall|should|must|needs? to|is to|are to|agreed to|has agreed to|have agreed to|"
    r"to be asked to|is going to|are going to)\s+",
    re.I,
)
_SELF_ACTION = re.compile(
    r"^(?:ok,?\s+|sure,?\s+)?(?:i'll|i will|i shall|i'm going to|i am going to|i can|i'd like to|let me)\s+"
    r"(?P<task>.+)$",
    re.I,
)
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
    r"^(?:(?:can|could) (?:you|we) |please |pls )?(?:log|record|note|add)"
    r"(?: (?:that|an action|action))?(?: that)?\s*[:–—-]?\s+",
    re.I,
)
_DASHED = re.compile(r"^(?P<who>[^–—:-]{1,80}?)\s*[–—:-]\s+(?P<task>.+)$")
_NOT_A_TASK = re.compile(r"^(?:be|have|see|try|let you know|get back to you)\b", re.I)
_DEFERRED_TO = re.compile(
    r"\b(?:deferred|delegated|referred|passed|allocated|assigned|given)\s+to\s+(?P<who>.+?)(?:\s+[–—-]\s+|[.;,]|$)",
    re.I,
)
_ATTENDING = re.compile(
    r"(?:come|attend|represent|deputise|deputize|stand in|be there|go|cover|sit in) ?(?:instead|for|in)?\b", re.I
)
_TRAILING_OWNER = re.compile(r"^(?P<task>.+?)\s+[–—-]\s+(?P<who>[^–—-]+)$")
_ALL_RETURNS = re.compile(
    r"^all (?:outstanding |remaining )?[\w\s&'-]+? to be (?:returned|submitted|completed|sent)\b", re.I
)

_WITHDRAW = re.compile(
    r"\b(?:withdraw|cancel|scrap|ignore)\s+my\s+apolog|\bcan (?:now )?(?:make|attend|come)(?: it)? after all\b|"
    r"\bwill be (?:there|attending) after all\b",
    re.I,
)
_APOLOGY = re.compile(
    r"\bapolog(?:y|ies|ise|ize)\b|\bapols?\b|\bcan(?:'t|not| not) (?:make|attend|come|be there|join|be at|do)\b|"
    r"\bunable to (?:attend|make|come|be)\b|\bwon't (?:be (?:at|there|attending|able)|make)\b|"
    r"\bwill not be (?:at|there|attending|able)\b|\bnot (?:be )?able to (?:attend|make|come)\b|"
    r"\b(?:will|going to|have to|'ll) miss (?:the|this|next|[A-Z]\w+)\b",
    re.I,
)
_MEETING_WORDS = re.compile(
    r"\b(?:board|meeting|workshop|panel|dscb|lscb|today|tomorrow|there|next|jan|feb|mar|apr|may|jun|jul|aug|sep|"
    r"oct|nov|dec)\w*|\d",
    re.I,
)
_REPRESENTATIVE = re.compile(
    r"(?:(?:my |her |his |their )?(?:deputy|colleague|named representative|representative)\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
    r"(?:\s+(?:from|of)\s+(?:the\s+)?[\w&]+)?\s+"
    r"(?:will|is going to|can|to)\s+(?:come|attend|represent|deputise|deputize|stand in|cover|be there|go|sit in)\b",
)
_WRITER_STANDS_IN = re.compile(
    r"[,;]?\s*(?:(?:s?he|they)(?:'s| has| have|'ve) )?asked me to (?:cover|attend|represent|go|stand in|deputise)\b"
    r"(?: for (?:her|him|them))?",
    re.I,
)
_REPRESENTED_BY = re.compile(
    r"\b(?:represented by|rep(?:resentative)?:|deputy:|will send|sending)\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
)
_NO_REPRESENTATIVE = {
    "nobody",
    "no one",
    "noone",
    "none",
    "i",
    "she",
    "he",
    "they",
    "we",
    "someone",
    "somebody",
}
_APOLOGY_FROM = re.compile(
    r"\b(?:apolog(?:y|ies)\s+(?:from|–|-|—|:)|on behalf of)\s*(?P<who>.+?)(?:\s+for\b|\s*[,;.]|$)", re.I
)
_ADDRESSEE = re.compile(r"^@\w+(?:\s+\w+)?[,:]?\s+|^(?:hi|dear)\s+\w+[,:]\s*", re.I)
_APOLOGY_SUBJECT = re.compile(
    r"^(?:sorry,?\s+)?(?P<who>.+?)\s+(?:[–—-]\s+apolog|sends?\s+(?:(?:her|his|their)\s+)?apologies|"
    r"can(?:'t|not| not)\s|"
    r"won't\s|will not\s|is unable\s|are unable\s|unable\s|is not able\s|isn't able\s)",
    re.I,
)

_AUDIT_QUESTION = re.compile(
    r"^(?:how|which|what|what's|whats|where|is|are|has|have|any|who|when|can|could|would|do|does)\b(?!['’]t)", re.I
)
_LIST_WHO = (
    re.compile(r"\bwhat do(?:es)?\s+(?P<who>.+?)\s+owe\b", re.I),
    re.compile(r"\bwhat(?:'s| is| has)\s+(?P<who>.+?)\s+(?:still\s+)?got\s+(?:open|outstanding|on|left|due)\b", re.I),
    re.compile(
        r"\bwhat (?:open |outstanding |overdue )?actions (?:does|do|has|have) (?P<who>.+?) (?:have|got)\b",
        re.I,
    ),
    re.compile(r"\bhas (?P<who>.+?) got any (?:open |outstanding )?actions\b", re.I),
    re.compile(
        r"\b(?:actions?|anything|what's|what is|whats|any(?:thing)?|any actions)\s+(?:(?:still\s+)?(?:open|outstanding|"
        r"overdue|due|on the tracker|left)\s+)?for\s+(?P<who>.+?)(?:\s+(?:please|pls|thanks))?\s*\??$",
        re.I,
    ),
    re.compile(r"\b(?:show|list|see)(?: me)?(?: all)? (?P<who>.+?)(?:'s|’s)? (?:open |outstanding )?actions\b", re.I),
)
_LIST_SELF = re.compile(
    r"\bwhat do i owe\b|\bmy (?:open |outstanding |overdue )?actions\b|\bdo i have\b|\bfor me\b|\bi owe\b|"
    r"\bhave i got\b|\bwhat(?:'s| is) on my\b",
    re.I,
)
_LIST_ANY = re.compile(
    r"\boverdue actions\b|\baction tracker\b|\bactions? (?:are |is )?(?:due|open|outstanding|overdue)\b|"
    r"\bwho (?:hasn't|has not|haven't|have not|still owes?)\b|\ball (?:open |outstanding )?actions\b|"
    r"^(?:show|list)(?: me)? (?:the )?(?:open |outstanding |overdue )?actions\b",
    re.I,
)
_LIST_CUE = re.compile(
    r"\bowes?\b|\bactions?\b|\btracker\b|\boutstanding\b|\boverdue\b|\bdown for\b|\bon my\b|\bleft (?:for|to)\b|"
    r"\bto do\b|\bstill (?:got|open)\b|\bassigned to\b",
    re.I,
)
_SELF_WORDS = re.compile(r"\b(?:my|mine|I|I'm|am I|I've|have I)\b", re.I)
_QUESTION_WORDS = {
    "i",
    "me",
    "my",
    "what",
    "who",
    "which",
    "show",
    "list",
    "all",
    "any",
    "the",
    "for",
    "board",
}
_MEETING_QUESTION = re.compile(
    r"^(?!.*\bwhere are we\b)(?!.*\b(?:are|were|will) you\b)(?=.*\b(?:board|meeting|workshop|panel|dscb|lscb)\b)"
    r"(?=.*\b(?:when|where|what time|date|venue|room|start|"
    r"finish|end|am or pm|at \w+|still on|on the \d+\w*)\b)|"
    r"^(?:venue|location|room|start time|time|date|address)\s+(?:for|of)\b",
    re.I,
)
_FIRST_PERSON_DONE = re.compile(
    r"^(?:i've|i have|we've|we have)\s+(?:now\s+|just\s+|already\s+)?(?:sent|circulated|submitted|forwarded|"
    r"shared|returned|completed|finished|done|cascaded|drafted|written|emailed|distributed|posted|provided|"
    r"raised|uploaded|published|delivered|presented|closed)\b",
    re.I,
)
_COMPLETED_STATEMENT = re.compile(
    r"^(?:finished|done|completed|sent|circulated|submitted|returned|forwarded)\b|"
    r"^(?:i've|i have|we've|we have|that's|that is|this is|it's|all)\b.*\b(?:done|circulated|submitted|sent|"
    r"forwarded|shared|returned|completed|finished|gone|cascaded|drafted|written|emailed|distributed|posted|"
    r"provided|raised|uploaded|published|delivered|presented|closed)\b|"
    r"\b(?:circulated|submitted|forwarded|shared|returned|completed|finished|cascaded|distributed|uploaded|"
    r"published|delivered|signed and returned)\b(?:\s+(?:to|with)\s+[\w\s&'’-]+)?"
    r"(?:[\s,.!]*(?:please\s+tick\s+it\s+off|"
    r"✅|👍|✔️?|done)?)*[\s.!]*$|\bhas gone (?:to|out)\b|\bhave gone (?:to|out)\b|\bplease tick it off\b",
    re.I,
)


def is_question(text: str) -> bool:
    return text.rstrip().endswith("?") or bool(_AUDIT_QUESTION.match(text))


def interpret(text: str, writer: Person | None, now: dt.datetime, names: NameIndex) -> Interpretation:
    """What one message from ``writer`` means at ``now`` for the board whose names are ``names``."""
    message = tidy(normalise(text[: MAX_UNDERSTOOD * 2]))[:MAX_UNDERSTOOD]
    if not any(ch.isalnum() for ch in message):
        return Interpretation(Intent.NONE)
    return _Reader(message, writer, now, names).read()


class _Reader:
    """The rules, in the order a board manager would apply them."""

    def __init__(self, text: str, writer: Person | None, now: dt.datetime, names: NameIndex) -> None:
        self.text = text
        self.writer = writer
        self.now = now
        self.names = names
        self.owners = OwnerResolver(names, writer)
        self.question = is_question(text)

    def read(self) -> Interpretation:
        for rule in (
            self._help,
            self._completion_by_reference,
            self._closing_request,
            self._marked_action,
            self._apology,
            self._audit_plan,
            self._structured_action,
            self._first_person_completion,
            self._meeting_info,
            self._audit,
            self._list_actions,
            self._completion_by_statement,
        ):
            found = rule()
            if found is not None:
                return found
        return Interpretation(Intent.NONE)

    # Simple intents ---------------------------------------------------------------------------------------
    def _help(self) -> Interpretation | None:
        if _HELP.match(self.text) or _HELP_ANYWHERE.search(self.text):
            return Interpretation(Intent.HELP)
        return None

    def _closing_request(self) -> Interpretation | None:
        """Requests to close: "please close my action", "that can come off the tracker", "mark X as done"."""
        polite = re.match(r"^(?:can|could|would) you\b", self.text, re.I)
        if (self.question and not polite) or self._negated or not _CLOSE_CUES.search(self.text):
            return None
        return Interpretation(Intent.COMPLETE_ACTION, owners=self._writer_owners(), task=self.text)

    def _completion_by_reference(self) -> Interpretation | None:
        refs = tuple(int(n) for n in _REF.findall(self.text))
        if not refs:
            return None
        moved = _REASSIGN.search(self.text)
        if moved and len(refs) == 1:
            owners = self.owners.phrase(moved["who"])
            if owners:
                return Interpretation(
                    Intent.COMPLETE_ACTION, owners=tuple(owners.owners), ambiguous=tuple(owners.ambiguous),
                    refs=refs, extra={"reassign": True},
                )  # fmt: skip
        if _DROP.search(self.text) and not self._negated:
            return Interpretation(Intent.COMPLETE_ACTION, owners=self._writer_owners(), refs=refs, extra={"drop": True})
        if self._negated:
            return Interpretation(Intent.NONE, refs=refs)
        if _DONE_WORDS.search(self.text):
            return Interpretation(Intent.COMPLETE_ACTION, owners=self._writer_owners(), refs=refs)
        return None

    def _first_person_completion(self) -> Interpretation | None:
        if self.question or self._negated or not _FIRST_PERSON_DONE.search(self.text):
            return None
        return Interpretation(Intent.COMPLETE_ACTION, owners=self._writer_owners(), task=self.text)

    def _completion_by_statement(self) -> Interpretation | None:
        if self.question or self._negated or audit_type(self.text):
            return None
        if _COMPLETED_STATEMENT.search(self.text):
            return Interpretation(Intent.COMPLETE_ACTION, owners=self._writer_owners(), task=self.text)
        return None

    # Actions ----------------------------------------------------------------------------------------------
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
        logged = _LOG_THAT.match(self.text)
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
                owners = self.owners.phrase(subject)
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
    def _due(self) -> DateMention | None:
        """The due-date wording in the message (read once: several rules ask)."""
        return find_due(self.text, self.now, self.names.directory.board_dates)

    @cached_property
    def _deadline(self) -> DateMention | None:
        """The due date: wording with a cue ("by", "before", "in", "w/c"), or a bare date ending the message.

        A bare date inside the task ("the notes from the 19 June workshop") is not a deadline.
        """
        due = self._due
        if due is None or due.asap or due.cue >= 1 or _DEADLINE_WORDING.match(due.wording):
            return due
        if _NOT_A_DEADLINE.search(self.text, 0, due.span[0]):
            return None
        return due if not self.text[due.span[1] :].strip(" .!?)") else None

    def _action(self, owners: Resolution, task: str) -> Interpretation:
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

    # Apologies --------------------------------------------------------------------------------------------
    def _apology(self) -> Interpretation | None:
        if _WITHDRAW.search(self.text):
            return Interpretation(
                Intent.APOLOGY,
                owners=self._writer_owners(),
                meeting=meeting_meant(self.text, self.now, self.names.directory),
                extra={"withdraw": True},
            )
        if not _APOLOGY.search(self.text) or not _MEETING_WORDS.search(self.text):
            return None
        if self.question and re.match(r"^(?:how|can|could|who|what)\b(?!['’]t)", self.text, re.I):
            return None
        representative, text = self._representative()
        owners = self._absentees(text)
        meeting = meeting_meant(text, self.now, self.names.directory)
        return Interpretation(
            Intent.APOLOGY,
            owners=tuple(owners.owners),
            ambiguous=tuple(owners.ambiguous),
            meeting=meeting,
            representative=representative,
        )

    def _representative(self) -> tuple[str | None, str]:
        """The named representative, and the text without that clause."""
        standing_in = _WRITER_STANDS_IN.search(self.text)
        if standing_in and self.writer:
            return self.writer.name, (self.text[: standing_in.start()] + self.text[standing_in.end() :]).strip(" ,;")
        text = re.sub(r"\s*\([^)]{0,60}\)", "", self.text)
        for pattern in (_REPRESENTED_BY, _REPRESENTATIVE):
            for found in pattern.finditer(text):
                name = found["name"].strip()
                if name.lower() in _NO_REPRESENTATIVE or name.split()[0].lower() in _NO_REPRESENTATIVE:
                    continue
                if self.writer and name in {"I", self.writer.first_name}:
                    continue
                member = self.names.person(name).member
                if member is not None:
                    name = member.name
                elif len(name.split()) < 2:
                    continue  # a lone word that is nobody on the roster ("Unable", "Cafcass")
                return name, (text[: found.start()] + text[found.end() :]).strip(" ,;–—-")
        return None, self.text

    def _absentees(self, text: str) -> Resolution:
        for pattern in (_APOLOGY_FROM, _APOLOGY_SUBJECT):
            found = pattern.search(text)
            if not found:
                continue
            who = re.sub(r"\s+(?:both|all|also|too|each)$", "", found["who"].strip(), flags=re.I)
            if who.lower() in {"me", "i", "my", "sorry", ""}:
                break
            owners = self.owners.phrase(who)
            if owners:
                return owners
            if pattern is _APOLOGY_SUBJECT and self.owners.single(who.split()[0]) is not None:
                return Resolution()  # someone named but not understood: ask rather than guess the writer
        unaddressed = _ADDRESSEE.sub("", text)
        if _SELF_WORDS.search(unaddressed):
            return Resolution(self._writer_owners_list())
        others = self._owners_named_in(unaddressed)
        if any(o.kind == "member" for o in others.owners) or others.ambiguous:
            return Resolution()  # another member is named: ask whose apologies these are rather than guess
        return Resolution(self._writer_owners_list())

    # Audits -----------------------------------------------------------------------------------------------
    def _audit(self) -> Interpretation | None:
        reading = read_audit(self.text, self.names, self.writer, question=self.question)
        if reading is None:
            return None
        if self.question:
            return Interpretation(Intent.AUDIT_STATUS, audit=reading)
        if not is_update(reading) and not re.search(
            r"\bpanels?\b.*\b(?:set|booked|arranged|planned)\b", self.text, re.I
        ):
            return None
        due = self._due
        return Interpretation(
            Intent.AUDIT_UPDATE,
            audit=reading,
            due=due.date if due else None,
            due_wording=due.wording if due else None,
        )

    # Questions about actions and meetings -----------------------------------------------------------------
    def _list_actions(self) -> Interpretation | None:
        overdue = bool(re.search(r"\boverdue\b", self.text, re.I))
        owners = Resolution()
        if _LIST_SELF.search(self.text):
            owners.add(Resolution(self._writer_owners_list()))
            also = re.search(r"\band (?P<who>[\w\s'’-]+?)(?:'s|’s)\s*\??$", self.text)
            if also:
                extra = self.owners.phrase(also["who"])
                if extra:
                    owners.add(extra)
            return Interpretation(
                Intent.LIST_ACTIONS,
                owners=tuple(owners.owners),
                ambiguous=tuple(owners.ambiguous),
                overdue_only=overdue,
            )
        for pattern in _LIST_WHO:
            found = pattern.search(self.text)
            if not found:
                continue
            who = re.sub(r"^(?:the\s+)?(?:actions?\s+(?:for|of)\s+)", "", found["who"].strip())
            resolved = self.owners.phrase(who)
            if resolved:
                return Interpretation(
                    Intent.LIST_ACTIONS,
                    owners=tuple(resolved.owners),
                    ambiguous=tuple(resolved.ambiguous),
                    overdue_only=overdue,
                )
        imperative = re.match(
            r"^(?:(?:can|could|would) you (?:please |pls )?)?"
            r"(?:show|list|see|give|send|display|remind|pull up|bring up)\b",
            self.text,
            re.I,
        )
        asking = self.question or imperative or len(self.text.split()) <= 4
        if _LIST_ANY.search(self.text) and asking:
            return Interpretation(Intent.LIST_ACTIONS, overdue_only=overdue)
        if not asking or not _LIST_CUE.search(self.text):
            return None
        named = self._owners_named_in(self.text)
        if named:
            return Interpretation(
                Intent.LIST_ACTIONS,
                owners=tuple(named.owners),
                ambiguous=tuple(named.ambiguous),
                overdue_only=overdue,
            )
        if _SELF_WORDS.search(self.text):
            return Interpretation(Intent.LIST_ACTIONS, owners=self._writer_owners(), overdue_only=overdue)
        return Interpretation(Intent.LIST_ACTIONS, overdue_only=overdue)

    def _owners_named_in(self, text: str) -> Resolution:
        """Members, agencies and groups named anywhere in a question, longest names first."""
        words = re.findall(r"[\w&][\w&'’-]*", text)
        taken = [False] * len(words)
        found = Resolution()
        for size in (4, 3, 2, 1):
            for start in range(len(words) - size + 1):
                if any(taken[start : start + size]):
                    continue
                phrase = POSSESSIVE.sub("", " ".join(words[start : start + size]))
                if phrase.lower() in _QUESTION_WORDS:
                    continue
                owner = self.owners.single(phrase, allow_unknown=False)
                if owner is not None and not any(o.id == getattr(self.writer, "id", None) for o in owner.owners):
                    found.add(owner)
                    taken[start : start + size] = [True] * size
        return found

    def _meeting_info(self) -> Interpretation | None:
        short = len(self.text.split()) <= 5
        if not (self.question or short) or not _MEETING_QUESTION.search(self.text):
            return None
        return Interpretation(Intent.MEETING_INFO, meeting=meeting_meant(self.text, self.now, self.names.directory))

    # Helpers ----------------------------------------------------------------------------------------------
    @cached_property
    def _negated(self) -> bool:
        """Whether the message says something is not (yet) done ("not yet", "hasn't", "still waiting")."""
        return _NEGATED.search(self.text) is not None

    def _writer_owners_list(self) -> list[Owner]:
        return [Owner("member", self.writer.name, self.writer.id)] if self.writer else []

    def _writer_owners(self) -> tuple[Owner, ...]:
        return tuple(self._writer_owners_list())


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
    return task[:1].upper() + task[1:] if task else task
