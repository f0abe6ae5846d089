"""The rule for an agency's audit reported under way or not begun, whatever else the message says: "Cafcass need
to finish their S11 - they're about half way through", "the police S11, which they've not yet begun, is due back";
and the writer's own agency's return sent ("we've sent our s11 back to Martine"), which is not an action done.

Part of the message reader (:mod:`bot.understanding.interpret`), tried before the rules for new actions, so that
news of an audit is not taken for an action to finish it. A request with a due date ("Cafcass to finish their S11
by June") stays an action.
"""

from __future__ import annotations

import re

from bot.understanding.audit_reading import progress_status, read_audit
from bot.understanding.interpretation import Intent, Interpretation
from bot.understanding.message_reader import _ReaderBase

# A clause that states how things are ("they're about half way through", "it is still being worked on").
_STATE = re.compile(r"\b(?:is|are|was|were|has|have|they're|it's|we're|she's|he's|'s|'re|been|still)\b", re.I)
# "we've sent our s11 back to Martine", "I have now submitted our S11": the writer's agency's return, sent.
_WE_SENT = re.compile(
    r"\b(?:we|I)(?:['’]ve|\s+have|\s+had)?\s+(?:now\s+|just\s+|finally\s+|already\s+)?(?:sent|submitted|returned|"
    r"completed|finished|done|handed in)\b",
    re.I,
)
_CLAUSES = re.compile(r"\s*(?:[,;:–—]|\s-\s|\bbut\b|\band\b)\s*", re.I)


class _AuditProgressRules(_ReaderBase):
    """An agency's audit reported under way or not begun."""

    def _audit_progress(self) -> Interpretation | None:
        if self.question:
            return None
        reading = read_audit(self.text, self.names, self.writer, question=False)
        if reading is None or reading.subject is None:
            return None
        own = self.writer is not None and reading.subject_id == self.writer.agency_id
        if reading.status == "complete" and own and _WE_SENT.search(self.text):
            return Interpretation(Intent.AUDIT_UPDATE, audit=reading)  # not the writer's action done
        if self._due is not None or reading.status not in {"in_progress", "not_started"}:
            return None
        if not any(_STATE.search(c) and progress_status(c) for c in _CLAUSES.split(self.text)):
            return None  # "Cafcass to get their S11 started": an action, not news
        return Interpretation(Intent.AUDIT_UPDATE, audit=reading)
