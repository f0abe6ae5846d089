"""The rule for an agency's audit reported under way or not begun, whatever else the message says: "Cafcass need
to finish their S11 - they're about half way through", "the police S11, which they've not yet begun, is due back";
the writer's own agency's return sent ("we've sent our s11 back to Martine"), which is not an action done; news
with the plan of whoever does the return ("Cafcass S11 is in progress, Nicola says she'll finish it next week"), which
is no new action; and a terse ask for an audit's status ("status of the YOS section 11 pls").

Part of the message reader (:mod:`bot.understanding.interpret`), tried before the rules for new actions, so that
news of an audit is not taken for an action to finish it. A request with a due date ("Cafcass to finish their S11
by June") stays an action.
"""

from __future__ import annotations

import re

from bot.understanding.audit_reading import progress_status, read_audit
from bot.understanding.edit_cues import ACTION_UPDATE
from bot.understanding.interpretation import Intent, Interpretation
from bot.understanding.message_reader import _ReaderBase
from bot.understanding.patterns import guarded
from bot.understanding.question_words import REPORTED_ASKER
from bot.understanding.record_requests import WANTS_TO_KNOW

# A clause that states how things are ("they're about half way through", "it is still being worked on").
_STATE = guarded(r"\b(?:is|are|was|were|has|have|they're|it's|we're|she's|he's|'s|'re|been|still)\b", re.I)
# "we've sent our s11 back to Martine", "I have now submitted our S11": the writer's agency's return, sent.
_WE_SENT = guarded(
    r"\b(?:we|I)(?:['’]ve|\s+have|\s+had)?\s+(?:now\s+|just\s+|finally\s+|already\s+)?(?:sent|submitted|returned|"
    r"completed|finished|done|handed in)\b",
    re.I,
)
# "Nicola says she'll finish it next week", "Mike is going to get it back to us by June": the plan for the return.
_PLAN = guarded(
    r"\b(?:says?|said|reckons|tells me|told me|thinks|hopes|expects|promised|has promised|confirmed)\s+(?:that\s+)?"
    r"(?:she|he|they|it)\b|"
    r"\b(?:she|he|they|[A-Z][a-z]+)(?:['’]ll|['’]d|\s+will|\s+would|\s+(?:is|are)\s+going\s+to|\s+(?:hopes|plans|expects)"
    r"\s+to)\s+(?:(?:get|have)\s+)?(?:finish|complete|submit|return|send|do|get|have)\w*\s+(?:it|them|the\s+return)\b|"
    # "it's on my list for next week"
    r"(?i:\b(?:it['’]?s|that['’]?s)\s+on\s+(?:my|our)\s+(?:list|radar|to-?do\s+list)\b)",
)
# "status of the YOS section 11 pls", "update on the police S11 please": a terse ask, without a question mark.
_TERSE_ASK = guarded(
    r"^(?:(?:any|an|the|quick|latest)\s+)*(?:status|update|news|progress|latest)\s+(?:check\s+|update\s+)?"
    r"(?:on|of|for|re|with|about)\b|^where['’]?s\b[^.!]*\bat\W*$",
    re.I,
)
# "status of the Cafcass S11? Nicola said it was nearly there": a question first, then only why it is asked.
_ASKED_FIRST = guarded(
    r"^(?P<ask>[^?]{3,120}\?)\s*(?=[^?]*\b(?:said|says|reckons|tells\s+me|told\s+me|thinks|thought|heard|"
    r"apparently|mentioned)\b)[^?]*$",
    re.I,
)
# "I can confirm that Dudley College has now completed its Section 175 return": news told as a confirmation.
_CONFIRMED = guarded(
    r"^(?:(?:I\s+can|just\s+to|(?:I'm\s+)?(?:pleased|happy|glad)\s+to|I\s+(?:would|'d)\s+like\s+to)\s+)?"
    r"confirm(?:ing)?\s+(?:that\s+)?",
    re.I,
)
_CLAUSES = guarded(r"\s*(?:[,;:–—]|\s-\s|\bbut\b|\band\b)\s*", re.I)


# "Cafcass's section 11 is now complete and signed off", "the trust's S11 is done and submitted": news, said first.
_DONE_STATED = guarded(
    r"\b(?:is|are|has\s+been|have\s+been|was|were)\s+(?:now\s+|finally\s+|all\s+)?(?:complete[d]?|done|submitted|"
    r"finished|signed\s+off|sent\s+(?:in|off))\b",
    re.I,
)

# "… each to confirm their S11 plans have been signed off": a task in audit words, not news.
_TO_CONFIRM = guarded(
    r"\b(?:to|will|should|must|need\s+to)\s+(?:confirm|ensure|check|make\s+sure|show|evidence)\b", re.I
)


_WHETHER = guarded(r"\b(?:whether|if)\b", re.I)


class _AuditProgressRules(_ReaderBase):
    """An agency's audit reported under way or not begun."""

    def _audit_progress(self) -> Interpretation | None:
        if (
            self.question
            or WANTS_TO_KNOW.search(self.text)
            or ACTION_UPDATE.match(self.text)
            or (REPORTED_ASKER.match(self.text) and _WHETHER.search(self.text))  # "Tony asked us whether …"
        ):  # "I'd like to know whether the council's S11 is in"
            return None
        first = _ASKED_FIRST.match(self.text)
        asked = read_audit(first["ask"], self.names, self.writer, question=True) if first else None
        if asked is not None and asked.subject is not None:  # "status of the Cafcass S11? Nicola said ...": asked
            return Interpretation(Intent.AUDIT_STATUS, audit=asked)
        opening = re.split(r"(?<=[.!?])\s+", self.text)[0]
        if opening.rstrip().endswith("?"):  # "I was wondering whether Cafcass's S11 is showing as complete? I sent …"
            asked = read_audit(opening, self.names, self.writer, question=True)
            if asked is not None and asked.subject is not None:
                return Interpretation(Intent.AUDIT_STATUS, audit=asked)
        if _TERSE_ASK.search(self.text):
            asked = read_audit(self.text, self.names, self.writer, question=True)
            news = read_audit(self.text, self.names, self.writer, question=False)
            if asked is not None and news is not None and news.status is None and news.completed is None:
                return Interpretation(Intent.AUDIT_STATUS, audit=asked)
        reading = read_audit(self.text, self.names, self.writer, question=False)
        if reading is not None and reading.type == "S175" and reading.completed is not None and reading.total:
            return Interpretation(Intent.AUDIT_UPDATE, audit=reading)  # "we now have 60 of the 78 …; I'll chase …"
        if reading is None or reading.subject is None:
            return None
        own = self.writer is not None and reading.subject_id == self.writer.agency_id
        if reading.status == "complete" and _CONFIRMED.match(self.text):
            return Interpretation(Intent.AUDIT_UPDATE, audit=reading)  # "I can confirm that Dudley College has ..."
        if reading.status == "complete" and own and _WE_SENT.search(self.text):
            return Interpretation(Intent.AUDIT_UPDATE, audit=reading)  # not the writer's action done
        opening = re.split(r"(?<=[.!?])\s+", self.text)[0]
        if reading.status == "complete" and _DONE_STATED.search(opening) and not _TO_CONFIRM.search(opening):
            return Interpretation(Intent.AUDIT_UPDATE, audit=reading)  # "… is now complete. I'll email the evidence"
        if reading.status not in {"in_progress", "not_started"}:
            return None
        clauses = _CLAUSES.split(self.text)
        planned = [n for n, c in enumerate(clauses) if _PLAN.search(c)]  # "..., Nicola says she'll finish it"
        last_plan = max(planned, default=0)  # "Housing S11 in progress - Jo says ...": a state before a plan
        stated = next(
            (
                n
                for n, c in enumerate(clauses)
                if (status := progress_status(c)) and (_STATE.search(c) or n < last_plan or status == "not_started")
            ),
            None,  # "haven't started it yet, it's on my list for next week": not begun is a state in itself
        )
        if stated is None:
            return None  # "Cafcass to get their S11 started": an action, not news
        due = self._due
        if due is None:
            return Interpretation(Intent.AUDIT_UPDATE, audit=reading)
        if not any(n > stated for n in planned):
            return None  # "Cafcass to finish their S11 by June": an action
        return Interpretation(Intent.AUDIT_UPDATE, audit=reading, due=due.date, due_wording=due.wording)
