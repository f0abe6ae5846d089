"""Edits to an action named by what it is about rather than its reference: "Please tick off the escalation policy
action", "my action on the S175 reminders is done", "Can we change the due date on the maternity flowchart action to
end of July?", "Could you transfer the escalation policy action to Nicki Burrows?", "I would like to withdraw the
action about the lay advisor newsletter column; the newsletter has been discontinued."

The reading carries the description as ``task`` and no reference: the conversation finds the open actions it may
mean and asks which one (the message again with the reference in place of the description), never guessing.
"""

from __future__ import annotations

import re

from bot.understanding.interpretation import Intent, Interpretation
from bot.understanding.message_reader import _ReaderBase
from bot.understanding.patterns import guarded

__all__ = ["DESCRIBED", "_DescribedEdits"]

# "the escalation policy action", "my action on the S175 reminders", "the action about the lay advisor newsletter".
_WORDS = r"(?:(?!(?:I|we|you|an?|would|like|to|is|are|be|please|pls|can|could|that|this)\b)[\w'’&/-]+\s+){0,5}?"
DESCRIBED = guarded(
    r"\b(?:the|my|our|that|this)\s+(?!(?:new|one|following|open|overdue|last|next|first|same|whole|other|above|"
    rf"below|only|full|original|agreed|outstanding)\b)(?P<desc>{_WORDS}[\w'’&/-]+)\s+action\b"
    r"(?!\s+(?:for|on|about|re|recorded|logged|added|plans?|log|logs|tracker|sheet|points?|notes?|list|learning)\b)|"
    r"\b(?:my|the|our)\s+action\s+(?:on|about|re|regarding|around|to|for)\s+(?P<desc2>[^,;.!?]{3,60}?)"
    r"(?=\s+(?:is|has|to|as|can|could|should|please|pls|now|off|at)\b|[,;.!?]|$)|"
    # "the neglect toolkit one", "the one about the old threshold leaflet"
    r"\b(?:the|my|our)\s+(?!(?:new|one|following|open|overdue|last|next|first|second|third|same|whole|other|above|below|"
    rf"only|right|wrong|latest|earlier|later|original|agreed|outstanding|board|july|june|may|september)\b)(?P<desc3>{_WORDS}"
    r"[\w'’&/-]+)\s+one\b(?!\s+(?:of|more|less|day|week|month|off|on\s+(?:my|the)\s+list)\b)|"
    r"\b(?:the|my|our)\s+one\s+(?:about|on|re|regarding|around|for)\s+(?P<desc4>[^,;.!?]{3,60}?)"
    r"(?=\s+(?:is|has|to|as|can|could|should|please|pls|now|off|at)\b|[,;.!?]|$)",
    re.I,
)
# "Please tick off the escalation policy action" (the ask just before it), "my action on X is done" (just after).
_DONE_BEFORE = guarded(r"\b(?:tick|mark|close|sign|cross)\s+(?:it\s+)?off\s+$|\b(?:close|complete)\s+$", re.I)
_DONE_AFTER = guarded(
    r"^\s*(?:is|has\s+been|are|can\s+(?:now\s+)?be)\s+(?:now\s+)?(?:all\s+)?(?:done|complete[d]?|finished|sorted|"
    r"closed|ticked\s+off|signed\s+off)\b",
    re.I,
)
_DROPPED = guarded(r"\b(?:withdraw|drop|remove|delete|cancel|scrap|take\s+off)\b", re.I)
_REDATED = guarded(
    r"\b(?:change[d]?|move[d]?|push(?:ed)?|extend(?:ed)?|amend(?:ed)?|put\s+back|defer(?:red)?)\b[^.?!]{0,40}?\b(?:due\s+date|deadline|date)?\b",
    re.I,
)
_SHOWN = guarded(
    r"\b(?:show|pull\s+up|bring\s+up|look\s+up|details\s+(?:of|on|for)|remind\s+me\s+(?:about|of))\b", re.I
)
_DATE_WORD = guarded(r"\b(?:due\s+date|deadline|date|to|till|until|back)\b", re.I)
_GIVEN = guarded(
    r"\b(?:transfer|reassign|re-assign|give|pass|hand(?:\s+over)?|move)\b[^.?!]{0,80}?\bto\s+"
    r"(?P<who>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}|the\s+[\w&' -]{2,40}?|"
    r"(?!(?:end|the|next|mid|early|late|w/c)\b)[a-z][\w'’-]*(?:\s+[a-z]\b)?)"  # "… to sally", "… to mike g"
    r"(?=\s*(?:[,.;!?]|$|\s+(?:please|pls|as|instead|now|while|whilst|until|till|during|for\s+now)\b))",
    re.I,
)
# "can you hand all my actions to Sally while I'm on secondment", "reassign 3 of Jo's actions to Pam": several at once.
_ALL_GIVEN = guarded(
    r"\b(?:transfer|reassign|re-assign|give|pass|hand(?:\s+over)?|move)\s+(?:all\s+(?:of\s+)?|both\s+(?:of\s+)?|"
    r"\d{1,2}\s+(?:of\s+)?)?(?:my|his|her|their|our|these|those|the|[A-Z][\w'’-]*['’]s)\s+(?:open\s+|outstanding\s+)?"
    r"actions\s+(?:over\s+|across\s+)?to\s+",
    re.I,
)
_ASKED_OF_YOU = guarded(r"^\W*(?:can|could|would|will)\s+(?:you|we|the|my|our)\b", re.I)  # "Could the date … be moved?"
_FIELD_OF = guarded(r"^(?:due\s+date|deadline|date|owner|lead)\s+(?:on|for|of)\s+(?:the\s+)?", re.I)
_REASON = guarded(
    r"(?:[;:–—]|\s-\s|,\s+(?:as|because|since)|\.\s+|,\s+(?=(?:it['’]?s|its|we['’]ve|we\s+have|they['’]ve|the|no\s+longer)\b))"
    r"\s*(?:as\s+|because\s+|since\s+)?(?P<why>\S.*)$"
)


class _DescribedEdits(_ReaderBase):
    """Mixed into the reader: an edit of an action described in words."""

    def _described_edit(self) -> Interpretation | None:
        bulk = _ALL_GIVEN.search(self.text)
        given = _GIVEN.search(self.text, bulk.start()) if bulk else None
        owners = self.owners.phrase(given["who"], subject=True) if given else None
        if owners:  # which of them is asked about (the conversation lists them)
            return Interpretation(Intent.REASSIGN, owners=tuple(owners.owners), ambiguous=tuple(owners.ambiguous))
        found = DESCRIBED.search(self.text)
        if found is None or (self.question and not _ASKED_OF_YOU.match(self.text)):
            return None
        written = found["desc"] or found["desc2"] or found["desc3"] or found["desc4"]
        desc = _FIELD_OF.sub("", written.strip())  # "due date on the maternity flowchart"
        rest = self.text[found.end() :]
        given = _GIVEN.search(self.text)
        if given is not None:
            owners = self.owners.phrase(given["who"], subject=True)
            if owners:
                return Interpretation(Intent.REASSIGN, owners=tuple(owners.owners), ambiguous=tuple(owners.ambiguous),
                                      task=desc)  # fmt: skip
        if _DROPPED.search(self.text[: found.start()]):
            why = _REASON.search(rest)
            return Interpretation(Intent.DROP_ACTION, task=desc, note=why["why"].strip() if why else None)
        due = self._due
        if due is not None and _REDATED.search(self.text) and _DATE_WORD.search(self.text):
            return Interpretation(Intent.CHANGE_DUE, task=desc, due=due.date, due_wording=due.wording, asap=due.asap)
        if _SHOWN.search(self.text[: found.start()]):
            return Interpretation(Intent.SHOW_ACTION, task=desc)  # "can u show me the neglect toolkit action"
        done = _DONE_BEFORE.search(self.text[: found.start()]) or _DONE_AFTER.match(rest)
        if done and not self._negated:
            return Interpretation(Intent.COMPLETE_ACTION, owners=self._writer_owners(), task=desc)
        return None
