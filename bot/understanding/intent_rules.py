"""The rules that tell an intent from its cue words: help, closing and completing actions, audit returns, and
questions about actions ("what does Viv owe?") and meetings ("where is the July board?").

Part of the message reader (:mod:`bot.understanding.interpret`).
"""

from __future__ import annotations

import re

from bot.understanding.audit_reading import audit_type, is_update, read_audit
from bot.understanding.dates import MONTH_WORDS
from bot.understanding.edit_words import REF_NUMBER
from bot.understanding.interpretation import Intent, Interpretation
from bot.understanding.meeting_words import meeting_meant
from bot.understanding.message_reader import _SELF_WORDS, _ReaderBase
from bot.understanding.owners import Resolution

_HELP = re.compile(
    r"^(?:help|\?|commands|usage|what can you do|what do you do|what commands do you (?:understand|know)|"
    r"how do (?:i|you) .+|how does this work|what can i (?:ask|say)(?: you)?)\W*$",
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
    r"\bwhat (?:else )?can you (?:actually |really |even )?do\b|\bhow does (?:this|it|the bot) work\b|"
    r"\b(?:guide|instructions|manual|help page|documentation)\s+(?:to|for|on)\s+(?:using\s+)?(?:the\s+|this\s+)?"
    r"(?:tracker\s+|action\s+)?(?:bot|assistant|tracker|you)\b",
    re.I,
)
# A message that only names an action, perhaps asking about it: "A-4", "show A-4", "what's A-7 about?".
_SHOW = re.compile(
    r"^\W*(?:(?:please\s+|can\s+i\s+see\s+)?(?:show(?:\s+me)?|see|open|display|details?(?:\s+(?:of|for|on))?"
    r"|tell\s+me\s+about|what(?:['’]?s|\s+is|s)(?:\s+in)?)\s+)?"
    + REF_NUMBER
    + r"(?:\s+(?:about|details|history|please|thanks))*\W*$",
    re.I,
)
# "can you mark the fire service S11 as in": a request to record news, not a question about the audit.
_MARK_AUDIT = re.compile(r"^(?:can|could|would) you (?:please )?(?:mark|log|record|put|show|update)\b", re.I)
_LIST_WHO = (
    re.compile(r"\bwhat do(?:es)?\s+(?P<who>.+?)\s+owe\b", re.I),
    re.compile(
        r"\bwhat(?:'s| is| has)\s+(?P<who>.+?)\s+(?:still\s+)?got(?:\s+(?:open|outstanding|on|left|due)\b|\s*\??$)",
        re.I,
    ),
    re.compile(
        r"\bwhat(?:'s| is)\s+(?:still\s+)?(?:sitting|left|outstanding|open)\s+(?:with|on)\s+(?P<who>.+?)"
        r"(?:\s+(?:at the moment|now|currently|still))?\s*\??$",
        re.I,
    ),
    re.compile(
        r"\bwhat (?:open |outstanding |overdue )?actions (?:does|do|has|have) (?P<who>.+?) (?:have|got)\b",
        re.I,
    ),
    re.compile(r"\bhas (?P<who>.+?) got any (?:open |outstanding )?actions\b", re.I),
    re.compile(r"\bwhat(?:'s| is) on (?P<who>[\w'’ ]+?)(?:'s|’s)? (?:list|plate|to ?do list)\b", re.I),
    re.compile(
        r"\b(?:actions?|anything|what's|what is|whats|any(?:thing)?|any actions)\s+(?:(?:still\s+)?(?:open|outstanding|"
        r"overdue|due|on the tracker|left)\s+)?for\s+(?P<who>.+?)(?:\s+(?:please|pls|thanks))?\s*\??$",
        re.I,
    ),
    re.compile(r"\b(?:show|list|see)(?: me)?(?: all)? (?P<who>.+?)(?:'s|’s)? (?:open |outstanding )?actions\b", re.I),
)
_LIST_SELF = re.compile(
    r"\bwhat do i owe\b|\bmy (?:open |outstanding |overdue )?actions\b|\bdo i have\b|\bfor me\b|\bi owe\b|"
    r"\bhave i got\b|\bwhat(?:'s| is) on my\b|\b(?:anything|any actions?|what(?:'s| is)?)\s+(?:still\s+)?on me\b",
    re.I,
)
# "can i see the police ones, mine and sallys": the writer's actions (and someone else's), when asked for.
_LIST_MINE = re.compile(r"\b(?:mine|my ones)\b", re.I)
_ALSO = re.compile(r"\b(?:mine|me|my \w+) and (?P<who>[\w\s'’-]+?)\s*\??$", re.I)
_LIST_ANY = re.compile(
    r"^what(?:'s| is) (?:still )?(?:due|open|outstanding|overdue)\b|\boverdue actions\b|\baction tracker\b|"
    r"\bactions? (?:are |is )?(?:due|open|outstanding|overdue)\b|"
    r"\bwho (?:hasn't|has not|haven't|have not|still owes?)\b|\ball (?:open |outstanding )?actions\b|"
    r"^(?:show|list)(?: me)? (?:the )?(?:open |outstanding |overdue )?actions\b",
    re.I,
)
_LIST_CUE = re.compile(
    r"\bowes?\b|\bactions?\b|\btracker\b|\boutstanding\b|\boverdue\b|\bdown for\b|\bon my\b|\bleft (?:for|to)\b|"
    r"\bto do\b|\bstill (?:got|open)\b|\bassigned to\b",
    re.I,
)
_MEETING_QUESTION = re.compile(
    r"^(?!.*\bwhere are we\b)(?!.*\b(?:are|were|will) you\b)(?=.*\b(?:board|meeting|workshop|panel|dscb|lscb)\b)"
    r"(?=.*\b(?:when|where|what time|date|venue|room|start|agenda|minutes|papers|"
    r"finish|end|am or pm|morning or afternoon|at \w+|still on|going ahead|still happening|cancelled|postponed|"
    r"on the \d+\w*)\b)|"
    rf"^(?=.*\b(?:agenda|minutes|papers)\b)(?=.*\b(?:{MONTH_WORDS}|next one)\b)|"
    r"^(?:venue|location|room|start time|time|date|address|agenda|papers)\s+(?:for|of)\b|"
    rf"^(?:is|will|does)\s+(?:the\s+)?{MONTH_WORDS}(?:'s)?\s+(?:one\s+)?(?:be\s+)?"
    r"(?:at|in|still|on|going ahead|starting)\b",
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
    r"✅|👍|✔️?|done)?)*[\s.!]*$|\bhas gone (?:to|out)\b|\bhave gone (?:to|out)\b|\bplease tick it off\b|"
    r"\bthat's (?:one|another one|that one|this one|that|it) (?:done|sorted|complete|finished)\b",
    re.I,
)


class _IntentRules(_ReaderBase):
    """Help, completions, audits and questions."""

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

    def _show_action(self) -> Interpretation | None:
        found = _SHOW.match(self.text)
        return Interpretation(Intent.SHOW_ACTION, refs=(int(found[1]),)) if found else None

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

    # Audits -----------------------------------------------------------------------------------------------
    def _audit(self) -> Interpretation | None:
        asking = self.question and not _MARK_AUDIT.match(self.text)
        reading = read_audit(self.text, self.names, self.writer, question=asking)
        if reading is None:
            return None
        if asking:
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
        imperative = re.match(
            r"^(?:(?:can|could|would) you (?:please |pls )?|(?:can|could|may) i )?"
            r"(?:show|list|see|give|send|display|remind|pull up|bring up|have)\b",
            self.text,
            re.I,
        )
        asking = self.question or imperative or len(self.text.split()) <= 4
        if _LIST_SELF.search(self.text) or (asking and _LIST_MINE.search(self.text)):
            owners.add(Resolution(self._writer_owners_list()))
            also = _ALSO.search(self.text)
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
            resolved = self.owners.phrase(who, subject=True)
            if resolved:
                return Interpretation(
                    Intent.LIST_ACTIONS,
                    owners=tuple(resolved.owners),
                    ambiguous=tuple(resolved.ambiguous),
                    overdue_only=overdue,
                )
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

    def _meeting_info(self) -> Interpretation | None:
        short = len(self.text.split()) <= 5
        if not (self.question or short) or not _MEETING_QUESTION.search(self.text):
            return None
        return Interpretation(Intent.MEETING_INFO, meeting=meeting_meant(self.text, self.now, self.names.directory))
