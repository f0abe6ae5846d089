"""Edits to an action named by what it is about rather than its reference: "Please tick off the escalation policy
action", "my action on the S175 reminders is done", "Can we change the due date on the maternity flowchart action to
end of July?", "Could you transfer the escalation policy action to Nicki Burrows?", "I would like to withdraw the
action about the lay advisor newsletter column; the newsletter has been discontinued."

The reading carries the description as ``task`` and no reference: the conversation finds the open actions it may
mean and asks which one (the message again with the reference in place of the description), never guessing.
"""

from __future__ import annotations

import re

from bot.understanding.absence_words import APOLOGY_SAID
from bot.understanding.bulk_edits import bulk_edit
from bot.understanding.dates import find_due
from bot.understanding.edit_words import shift_days
from bot.understanding.interpretation import Intent, Interpretation
from bot.understanding.message_reader import _ReaderBase
from bot.understanding.patterns import guarded
from bot.understanding.withdrawn_words import WILL_ATTEND, WITHDRAW

__all__ = ["DESCRIBED", "_DescribedEdits", "described_span"]

# "the escalation policy action", "my action on the S175 reminders", "the action about the lay advisor newsletter".
_WORDS = r"(?:(?!(?:I|we|you|an?|would|like|to|is|are|be|please|pls|can|could|that|this)\b)[\w'’&/-]+\s+){0,5}?"
_BARE_WORDS = (
    r"(?:(?!(?:the|my|our|I|we|you|an?|to|is|are|be|please|pls|can|could|will|for|that|this|me|it|he|she|they)\b)"
    r"[\w'’&/-]+\s+){0,4}?"
)
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
    r"(?=\s+(?:is|has|to|as|can|could|should|please|pls|now|off|at)\b|[,;.!?]|$)|"
    # "temp accommodation notification one is sorted", "the level 3 training one - 11 of our 19 staff done"
    r"^(?!(?:the|my|our|which|what|that|this|is|any|no|every|each|one|only|just|another|new|scrap|drop|remove|delete|"
    r"cancel|withdraw|close|tick|mark|show|move|push|change|give|pass|hand|transfer|reassign|can|could|please|pls|"
    r"urgent|quick|not|ignore|put|last|first|next)\b)"
    rf"(?P<desc5>{_BARE_WORDS}[\w'’&/-]+)\s+one\b(?=\s+(?:is|has|can|could|should)\b)",
    re.I,
)
# "re the safe sleep leaflet, printer says …", "update on the DV pathway map: first draft done, …", "on the parents
# under supervision briefing, slides done …": news of an action named by what it is about.
_NEWS_ON = guarded(
    r"^(?:re|on|about|(?:(?:a\s+)?quick\s+)?(?:update|progress)\s+(?:on|re|for))\s+(?:the|my|our)\s+"
    r"(?![^,:;–—?!]*\b(?:board|panel|workshop|meeting|agenda|minutes|conference|forum|day|week|month|s\.?\s?11s?|"
    r"s\.?\s?175s?|175s?|11s|section|returns?|schools?\s+audit)\b)"
    r"(?P<desc>[^,:;–—?!\s]+\s[^,:;–—?!]{1,60}?)(?:\s+(?:one|action|work))?\s*(?:[,:;–—]|\s-)\s*(?P<note>[^?]{5,}?)[\s.!]*$",
    re.I,
)
# "… one can go", "… can come off": dropped, said after the description
_DROPPED_AFTER = guarded(
    r"^\s*(?:can|could|should|needs?\s+to|is\s+to)\s+(?:now\s+)?(?:go(?!\s+(?:to|back|till|until|forward|over|across|ahead)\b)|"
    r"come\s+off|be\s+(?:dropped|removed|deleted|scrapped|taken\s+off|withdrawn))\b",  # never "… can go to end of June"
    re.I,
)
# "… can go, we're not doing a newsletter any more", "… can come off now - done elsewhere": why, after the drop
_REASON_AFTER = guarded(
    r"\s*(?:now\s*)?(?:[,;:–—-]\s*(?:as\s+|because\s+|since\s+)?|\s(?:as|because|since)\s+)(?P<why>\S.*)$"
)
_SO_BEFORE = guarded(r"\bso\s+$", re.I)  # "The briefing has gone out, so the early years action can come off": done
_NEWS_AFTER = guarded(r"^\s*(?:[-–—:]|,)\s*(?P<note>[^?]{5,}?)[\s.!]*$")  # "the Ofsted one: draft plan is with Tony"
# "Please tick off the escalation policy action" (the ask just before it), "my action on X is done" (just after).
_DONE_BEFORE = guarded(r"\b(?:tick|mark|close|sign|cross)\s+(?:it\s+)?off\s+$|\b(?:close|complete)\s+$", re.I)
_DONE_AFTER = guarded(
    r"^\s*(?:is|has\s+been|are|can\s+(?:now\s+)?be)\s+(?:now\s+)?(?:all\s+)?(?:done|complete[d]?|finished|sorted|"
    r"closed|ticked\s+off|signed\s+off)\b",
    re.I,
)
_DROPPED = guarded(r"\b(?:withdraw|drop|remove|delete|cancel|scrap|take\s+off)\b", re.I)
# "close the bruising protocol action without further work": closed undone, so dropped
_CLOSED_UNDONE = guarded(
    r"\bclose\b[^.?!]*\bwithout\s+(?:(?:any\s+)?(?:further|more)\s+(?:work|action)|doing\s+(?:it|this|that|anything)|it\s+being\s+"
    r"done)\b",  # "Can we close the DV perpetrator figures action without doing it?"
    re.I,
)
# "Can Sally take over the CSE profile action?", "Jo is going to take over the B&B one"
_TAKES_OVER = guarded(
    r"\b(?!(?:can|could|would|will|should|may|please|pls)\b)"
    r"(?P<who>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?|(?-i:[a-z])[\w'’-]*)\s+"
    r"(?:to\s+|is\s+going\s+to\s+|will\s+)?take\s+over\s+$",
    re.I,
)
# "who's got the GP training figures action and when is it due?", "Has the X action been moved before?", "what's the
# wording on the fire one again": asked about the action itself, shown
_ABOUT_IT_ASKED = guarded(
    r"^\W*(?:who(?:['’]s|\s+has|\s+is)|whose|has|have|was|is|did|when\s+is|what(?:['’]s|\s+is)\s+(?:the\s+)?"
    r"(?:wording|status|latest|deadline|due\s+date|date)\s+(?:on|of|for)|where\s+are\s+we\s+(?:on|with))\b",
    re.I,
)
# "… one go to NPS instead of us": a new owner said after the description
_GOES_TO = guarded(
    r"^\s+(?:(?:can|could|should|to)\s+)?(?:now\s+)?(?:go|move|pass)\s+(?:over\s+)?to\s+"
    r"(?P<who>(?:the\s+)?[\w&'’ -]{2,40}?)"
    r"(?=\s*(?:[,.;!?]|$|\s+(?:instead|now|rather|please|pls|as)\b))",
    re.I,
)
# "the annual report chasing one - put it with me from now on": a new owner said after the description
_PUT_WITH = guarded(
    r"^\s*[-–—,:]?\s*(?:(?:can|could)\s+(?:you|we)\s+)?(?:please\s+)?(?:put|leave)\s+it\s+with\s+"
    r"(?P<who>me|us|(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?|the\s+[\w&' -]{2,40}?)"
    r"(?=\s*(?:[,.;!?]|$|\s+(?:from|now|instead|please|pls|as|rather)\b))",
    re.I,
)
_NO_CHANGE = guarded(r"\b(?:nothing\s+to\s+change|no\s+change|no\s+need\s+to\s+(?:change|move))\b", re.I)
_REDATED = guarded(
    r"\b(?:change[d]?|move[d]?|push(?:ed)?|extend(?:ed)?|amend(?:ed)?|put\s+back|defer(?:red)?|be\s+due|go\s+(?:back\s+)?to)\b"
    r"[^.?!]{0,40}?"
    r"\b(?:due\s+date|deadline|date)?\b",  # "can my … action be due w/c 8 june instead"
    re.I,
)
_SHOWN = guarded(
    r"\b(?:show|pull\s+up|bring\s+up|look\s+up|details\s+(?:of|on|for)|remind\s+me\s+(?:about|of))\b|"
    r"\b(?:see|know|check|find\s+out)\s+(?:where|how\s+far\s+along)\s+$",
    re.I,  # "Tony wants to see where the … action is up to"
)
_DATE_WORD = guarded(r"\b(?:due\s+date|deadline|date|to|till|until|back|due)\b", re.I)
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
_FIELD_OF = guarded(
    r"^(?:due\s+date|deadline|date|owner|lead|wording|status|latest)\s+(?:on|for|of)\s+(?:the\s+)?", re.I
)
_REASON = guarded(
    r"(?:[;:–—]|\s-\s|,\s+(?:as|because|since)|\.\s+|,\s+(?=(?:it['’]?s|its|we['’]ve|we\s+have|they['’]ve|the|no\s+longer)\b))"
    r"\s*(?:as\s+|because\s+|since\s+)?(?P<why>\S.*)$"
)

# "remove the young carers research one for Jayne, Phase lost the funding": for whom, then why
_FOR_THEN_REASON = guarded(r"^\s*for\s+[\w'’]+(?:\s+[\w'’]+)?\s*[,;:–—]\s*(?P<why>\S.*)$")


def described_span(said: str, task: str) -> tuple[int, int] | None:
    """Where a message names the action it edits by what it is about ("the escalation policy action", or only
    "the training numbers audit"), so that the reference can be put in its place; None when it names none."""
    found = DESCRIBED.search(said)
    if found is not None:
        return found.span()
    named = re.search(rf"(?:\b(?:the|that|our|my)\s+)?{re.escape(task)}(?:\s+(?:action|one|work)\b)?", said, re.I)
    return named.span() if named is not None and task.strip() else None


class _DescribedEdits(_ReaderBase):
    """Mixed into the reader: an edit of an action described in words."""

    @property
    def _attending(self) -> bool:
        """Whether the message is about coming to a meeting or not (then never news of an action)."""
        return bool(WITHDRAW.search(self.text) or WILL_ATTEND.search(self.text) or APOLOGY_SAID.search(self.text))

    def _several_edited(self) -> Interpretation | None:
        """ "tick them all off", "all of Jo's actions to Sue": the edit, with no reference (which one is asked)."""
        bulk = bulk_edit(self.text)
        if bulk is None:
            return None
        owners = self._writer_owners() if bulk.mine else ()
        if bulk.intent is Intent.REASSIGN:
            given = self.owners.phrase(bulk.who or "", subject=True)
            return given.reading(Intent.REASSIGN) if given else None
        if bulk.intent is Intent.CHANGE_DUE:
            due = find_due(bulk.rest, self.now, self.names.directory.board_dates) or self._due
            if due is None:
                return Interpretation(Intent.CHANGE_DUE, owners=owners, shift_days=shift_days(self.text))
            return Interpretation(
                Intent.CHANGE_DUE, owners=owners, due=due.date, due_wording=due.wording, asap=due.asap
            )
        return Interpretation(bulk.intent, owners=owners, note=bulk.why)

    def _described_edit(self) -> Interpretation | None:
        several = self._several_edited()
        if several is not None:
            return several
        bulk = _ALL_GIVEN.search(self.text)
        given = _GIVEN.search(self.text, bulk.start()) if bulk else None
        owners = self.owners.phrase(given["who"], subject=True) if given else None
        if owners:  # which of them is asked about (the conversation lists them)
            return owners.reading(Intent.REASSIGN)
        news = _NEWS_ON.match(self.text)
        news = None if news is None or self._attending else news  # never "re Monday's panel, I can come after all"
        if news is not None and not self.question and not DESCRIBED.search(news["note"]):
            return Interpretation(Intent.ADD_UPDATE, task=news["desc"].strip(), note=news["note"].strip())
        found = DESCRIBED.search(self.text)
        if found is None:
            return None
        written = found["desc"] or found["desc2"] or found["desc3"] or found["desc4"] or found["desc5"]
        desc = _FIELD_OF.sub("", written.strip())  # "due date on the maternity flowchart"
        taker = _TAKES_OVER.search(self.text[: found.start()])  # "Can Sally take over the CSE profile action?"
        owners = self.owners.phrase(taker["who"], subject=True, allow_unknown=False) if taker else None
        if owners:
            return owners.reading(Intent.REASSIGN, task=desc)
        if self.question and not _ASKED_OF_YOU.match(self.text):
            asked = _ABOUT_IT_ASKED.search(self.text)  # "who's got the GP training figures action …?"
            numbered = re.search(r"\d", self.text)  # "whats the status of 24? the CSE one", "is the 10/07 one …?"
            return Interpretation(Intent.SHOW_ACTION, task=desc) if asked and not numbered else None
        rest = self.text[found.end() :]
        given = _GIVEN.search(self.text) or _GOES_TO.match(rest) or _PUT_WITH.match(rest)
        if given is not None:
            owners = self.owners.phrase(given["who"], subject=True)
            if owners:
                return owners.reading(Intent.REASSIGN, task=desc)
        dropped_after = _DROPPED_AFTER.match(rest)
        if dropped_after and _SO_BEFORE.search(self.text[: found.start()]) and not self._negated:
            return Interpretation(Intent.COMPLETE_ACTION, owners=self._writer_owners(), task=desc)  # "…, so … can go"
        if _DROPPED.search(self.text[: found.start()]) or dropped_after or _CLOSED_UNDONE.search(self.text):
            why = _REASON_AFTER.match(rest, dropped_after.end() if dropped_after else 0) or _FOR_THEN_REASON.match(rest)
            why = why or _REASON.search(rest)
            return Interpretation(Intent.DROP_ACTION, task=desc, note=why["why"].strip() if why else None)
        due = self._due
        if (
            due is not None
            and _REDATED.search(self.text)
            and _DATE_WORD.search(self.text)
            and not _NO_CHANGE.search(self.text)
        ):
            return Interpretation(Intent.CHANGE_DUE, task=desc, due=due.date, due_wording=due.wording, asap=due.asap)
        if _SHOWN.search(self.text[: found.start()]):
            return Interpretation(Intent.SHOW_ACTION, task=desc)  # "can u show me the neglect toolkit action"
        done = _DONE_BEFORE.search(self.text[: found.start()]) or _DONE_AFTER.match(rest)
        if done and not self._negated:
            return Interpretation(Intent.COMPLETE_ACTION, owners=self._writer_owners(), task=desc)
        shift = shift_days(self.text) if _ASKED_OF_YOU.match(self.text) else None
        if shift is not None:  # "can the threshold doc one slip a week?"
            return Interpretation(Intent.CHANGE_DUE, task=desc, shift_days=shift)
        newsy = not (self.question or found["desc5"]) and found.start() <= 4 and not self._attending
        told = _NEWS_AFTER.match(rest) if newsy else None
        return Interpretation(Intent.ADD_UPDATE, task=desc, note=told["note"].strip()) if told else None
