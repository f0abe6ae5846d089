"""Understanding one message: intent, owners, task, due date, apologies and audit updates.

A pipeline of board-aware rules, tried in order, each cheap: what people write to a board's tracker is a
small language ("X to do Y by Z", "apologies for July", "S11 submitted"), and a wrong owner is the worst
mistake, so every owner comes from the roster or is left as an unresolved name.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.audit_reading import audit_type, is_update, read_audit
from bot.dates import find_due
from bot.directory import Person
from bot.interpretation import Ambiguity, Intent, Interpretation, Owner
from bot.meeting_words import meeting_meant
from bot.names import NameIndex
from bot.owners import OwnerResolver, Resolution
from bot.text import tidy

MAX_UNDERSTOOD = 2_000  # longer messages are read up to here; nobody writes an action that long

_HELP = re.compile(
    r"^(?:help|\?|commands|usage|what can you do|what do you do|what commands do you (?:understand|know)|"
    r"how do (?:i|you) .+|how does this work|what can i (?:ask|say))\W*$",
    re.I,
)
_CHATTER = re.compile(
    r"^(?:thanks?|thank you|cheers|ta|ok(?:ay)?|noted|great|good|hi|hello|hey|morning|good (?:morning|afternoon)|"
    r"congratulations|congrats|well done|happy \w+|sorry|yes|no|sure|fine|lol)\b",
    re.I,
)
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
_ACTION_FOR = re.compile(r"^\s*action for\s+(?P<who>[^:–—]+?)\s*[:–—-]\s*(?P<task>.+)$", re.I)
_LINKS = re.compile(
    r"\s+(?:to|will|shall|should|must|needs? to|is to|are to|agreed to|has agreed to|have agreed to|"
    r"to be asked to|is going to|are going to)\s+",
    re.I,
)
_SELF_ACTION = re.compile(
    r"^(?:ok,?\s+|sure,?\s+)?(?:i'll|i will|i shall|i'm going to|i am going to|i can|i'd like to|let me)\s+(?P<task>.+)$",
    re.I,
)
_NOT_A_TASK = re.compile(r"^(?:be|have|see|try|let you know|get back to you)\b", re.I)
_DEFERRED_TO = re.compile(
    r"\b(?:deferred|delegated|referred|passed|allocated|assigned|given)\s+to\s+(?P<who>.+?)(?:\s+[–—-]\s+|[.;,]|$)",
    re.I,
)
_TRAILING_OWNER = re.compile(r"^(?P<task>.+?)\s+[–—-]\s+(?P<who>[^–—-]+)$")
_ALL_RETURNS = re.compile(
    r"^all (?:outstanding |remaining )?[\w\s&'-]+? to be (?:returned|submitted|completed|sent)\b", re.I
)

_APOLOGY = re.compile(
    r"\bapolog(?:y|ies|ise|ize)\b|\bcan(?:'t|not| not) (?:make|attend|come|be there|join|be at)\b|"
    r"\bunable to (?:attend|make|come|be)\b|\bwon't (?:be (?:at|there|attending|able)|make)\b|"
    r"\bwill not be (?:at|there|attending|able)\b|\bnot (?:be )?able to (?:attend|make|come)\b",
    re.I,
)
_MEETING_WORDS = re.compile(
    r"\b(?:board|meeting|workshop|panel|dscb|lscb|today|tomorrow|there|next|jan|feb|mar|apr|may|jun|jul|aug|sep|"
    r"oct|nov|dec)\w*|\d",
    re.I,
)
_REPRESENTATIVE = re.compile(
    r"(?:(?:my |her |his |their )?(?:deputy|colleague|named representative|representative)\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
    r"(?:\s+(?:from|of)\s+(?:the\s+)?[\w&]+)?\s+"
    r"(?:will|is going to|can|to)\s+(?:come|attend|represent|deputise|deputize|stand in|cover|be there|go)\b",
)
_REPRESENTED_BY = re.compile(r"\brepresented by\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})")
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
    r"\bapolog(?:y|ies)\s+(?:from|–|-|—|:)\s*(?P<who>.+?)(?:\s+for\b|\s*[,;.]|$)", re.I
)
_APOLOGY_SUBJECT = re.compile(
    r"^(?:sorry,?\s+)?(?P<who>.+?)\s+(?:sends?\s+(?:(?:her|his|their)\s+)?apologies|can(?:'t|not| not)\s|"
    r"won't\s|will not\s|is unable\s|are unable\s|unable\s|is not able\s|isn't able\s)",
    re.I,
)

_AUDIT_QUESTION = re.compile(r"^(?:how|which|what|what's|whats|where|is|are|has|have|any|who|when)\b", re.I)
_LIST_WHO = (
    re.compile(r"\bwhat do(?:es)?\s+(?P<who>.+?)\s+owe\b", re.I),
    re.compile(
        r"\bwhat(?:'s| is| has)\s+(?P<who>.+?)\s+(?:still\s+)?got\s+(?:open|outstanding|on|left|due)\b", re.I
    ),
    re.compile(
        r"\bwhat (?:open |outstanding |overdue )?actions (?:does|do|has|have) (?P<who>.+?) (?:have|got)\b",
        re.I,
    ),
    re.compile(r"\bhas (?P<who>.+?) got any (?:open |outstanding )?actions\b", re.I),
    re.compile(
        r"\b(?:actions?|anything|what's|what is|whats|any(?:thing)?|any actions)\s+(?:(?:still\s+)?(?:open|outstanding|"
        r"overdue|due|on the tracker|left)\s+)?for\s+(?P<who>.+?)(?:\s+please)?\s*\??$",
        re.I,
    ),
    re.compile(
        r"\b(?:show|list|see)(?: me)?(?: all)? (?P<who>.+?)(?:'s|’s)? (?:open |outstanding )?actions\b", re.I
    ),
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
_MEETING_QUESTION = re.compile(
    r"^(?:when|where|what time|what's the venue|which room|is|when's|where's)\b.*\b(?:board|meeting|workshop|"
    r"panel|dscb|lscb)\b",
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
    r"published|delivered|signed and returned)\b(?:\s+(?:to|with)\s+[\w\s&'’-]+)?(?:[\s,.!]*(?:please\s+tick\s+it\s+off|"
    r"✅|👍|✔️?|done)?)*[\s.!]*$|\bhas gone (?:to|out)\b|\bhave gone (?:to|out)\b|\bplease tick it off\b",
    re.I,
)


def is_question(text: str) -> bool:
    return text.rstrip().endswith("?") or bool(_AUDIT_QUESTION.match(text))


def interpret(text: str, writer: Person | None, now: dt.datetime, names: NameIndex) -> Interpretation:
    """What one message from ``writer`` means at ``now`` for the board whose names are ``names``."""
    message = tidy(text[: MAX_UNDERSTOOD * 2])[:MAX_UNDERSTOOD]
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
            self._chatter,
            self._completion_by_reference,
            self._marked_action,
            self._apology,
            self._structured_action,
            self._first_person_completion,
            self._audit,
            self._list_actions,
            self._meeting_info,
            self._completion_by_statement,
        ):
            found = rule()
            if found is not None:
                return found
        return Interpretation(Intent.NONE)

    # Simple intents ---------------------------------------------------------------------------------------
    def _help(self) -> Interpretation | None:
        return Interpretation(Intent.HELP) if _HELP.match(self.text) else None

    def _chatter(self) -> Interpretation | None:
        if _CHATTER.match(self.text) and not _MARKER.search(self.text) and not _REF.search(self.text):
            if not _APOLOGY.search(self.text) or not _MEETING_WORDS.search(self.text):
                return Interpretation(Intent.NONE)
        return None

    def _completion_by_reference(self) -> Interpretation | None:
        refs = tuple(int(n) for n in _REF.findall(self.text))
        if not refs:
            return None
        if _NEGATED.search(self.text):
            return Interpretation(Intent.NONE, refs=refs)
        if _DONE_WORDS.search(self.text):
            return Interpretation(Intent.COMPLETE_ACTION, owners=self._writer_owners(), refs=refs)
        return None

    def _first_person_completion(self) -> Interpretation | None:
        if self.question or _NEGATED.search(self.text) or not _FIRST_PERSON_DONE.search(self.text):
            return None
        return Interpretation(Intent.COMPLETE_ACTION, owners=self._writer_owners(), task=self.text)

    def _completion_by_statement(self) -> Interpretation | None:
        if self.question or _NEGATED.search(self.text) or audit_type(self.text):
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

    def _structured_action(self) -> Interpretation | None:
        if self.question:
            return None
        found = self._owner_and_task(self.text)
        return self._action(*found) if found is not None else None

    def _owner_and_task(self, text: str) -> tuple[Resolution, str] | None:
        """Find "<owners> to <task>" (or "will", "I'll ...", "... – <owner>", "deferred to <group>")."""
        self_action = _SELF_ACTION.match(text)
        if self_action and self.writer and not _NOT_A_TASK.match(self_action["task"]):
            return Resolution([Owner("member", self.writer.name, self.writer.id)]), self_action["task"]
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

    def _action(self, owners: Resolution, task: str) -> Interpretation:
        due = find_due(self.text, self.now, self.names.directory.board_dates)
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
        if not _APOLOGY.search(self.text) or not _MEETING_WORDS.search(self.text):
            return None
        if self.question and re.match(r"^(?:how|can|could|who|what)\b", self.text, re.I):
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
        for pattern in (_REPRESENTED_BY, _REPRESENTATIVE):
            for found in pattern.finditer(self.text):
                name = found["name"].strip()
                if name.lower() in _NO_REPRESENTATIVE or name.split()[0].lower() in _NO_REPRESENTATIVE:
                    continue
                if self.writer and name in {"I", self.writer.first_name}:
                    continue
                clause_start = found.start()
                return name, (self.text[:clause_start] + self.text[found.end() :]).strip(" ,;–—-")
        return None, self.text

    def _absentees(self, text: str) -> Resolution:
        for pattern in (_APOLOGY_FROM, _APOLOGY_SUBJECT):
            found = pattern.search(text)
            if not found:
                continue
            who = found["who"].strip()
            if who.lower() in {"me", "i", "my", ""}:
                break
            owners = self.owners.phrase(who)
            if owners:
                return owners
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
        due = find_due(self.text, self.now, self.names.directory.board_dates)
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
        imperative = re.match(r"^(?:show|list|see|give|send|what|which|who|any)\b", self.text, re.I)
        if _LIST_ANY.search(self.text) and (self.question or imperative or len(self.text.split()) <= 4):
            return Interpretation(Intent.LIST_ACTIONS, overdue_only=overdue)
        return None

    def _meeting_info(self) -> Interpretation | None:
        if not self.question or not _MEETING_QUESTION.search(self.text):
            return None
        return Interpretation(
            Intent.MEETING_INFO, meeting=meeting_meant(self.text, self.now, self.names.directory)
        )

    # Helpers ----------------------------------------------------------------------------------------------
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


def ambiguity_names(ambiguous: tuple[Ambiguity, ...]) -> list[str]:
    return [a.text for a in ambiguous]
