"""Which date a change of due date moves an action to, of the dates a message holds: the new one, not the old ("A-14
was due 22/05, can we make it 12/06", "the deadline of 22 May isn't going to happen. Can we make it 5 June?"), the
one in the sentence that moves it (the others are the reason), a month moved to ("can a 11 move to september").

Part of the message reader (:mod:`bot.understanding.interpret`); the edit rules extend it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.understanding.dates import DATE_CORRECTED, DateMention, find_dates, find_due, said_not
from bot.understanding.edit_cues import MOVED_TO
from bot.understanding.edit_words import MISSED, REDATE, REF
from bot.understanding.meeting_words import meeting_deadline, meeting_on_day
from bot.understanding.message_reader import _ReaderBase
from bot.understanding.patterns import guarded

__all__ = ["SENTENCE_END", "WAS_DUE", "_NewDates"]

_MEETING_BEFORE = guarded(r"\b(?:workshop|board|meeting|panel)\s*$", re.I)  # "the workshop on the 19th"

_OLD_DATE = guarded(
    r"\b(?:was|were|originally|previously|currently|from|old date|instead of|rather than|"
    r"(?<!new\s)(?<!revised\s)(?:deadline|date)\s+of|its|"
    r"(?:is\s+)?(?:showing|shows|listed|down|set)\s+(?:as|for)|says|said|"  # "a-8 is showing as due 13/03??": wrong now
    r"(?:won['’]?t|will\s+not|isn['’]?t\s+going\s+to|can['’]?t|cannot)\s+(?:be\s+(?:ready|done|finished|complete)|"
    r"make\s+it|hit\s+it|meet\s+it)"
    r"(?:\s+(?:for|by))?)\s+"
    r"(?:(?:due|set|for)\s+)?(?:(?:on|by|the)\s+)?$",
    re.I,
)
# "it was due 30 april", "was meant to be done by christmas", "originally set for …": when it was due, history only
_WAS_DUE_ON = guarded(
    r"\b(?:was|were|originally|previously)\s+(?:meant\s+to\s+(?:be|have\s+been)(?:\s+(?:done|finished|ready|completed?|in))?"
    r"\s+|due\s+|set\s+for\s+)?(?:(?:on|by|the)\s+)?$",  # "due" may be the date's own word ("was due 30 april")
    re.I,
)
_TO_MONTH = guarded(
    r"\b(?:move[ds]?|moving|push(?:ed)?(?:\s+back)?|put|shift(?:ed)?|go|goes|slip(?:ped)?|change[ds]?|defer(?:red)?)\b"
    r"[^.?!]{0,30}?\bto(?=\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b(?!\s+\d))",
    re.I,
)
# The action's own move, to the day said ("could action 44 be moved to w/c 8 June")
_MOVED_VERB_TO = guarded(
    r"\b(?:mov(?:e|ed|ing)|push(?:ed|ing)?(?:\s+back)?|put\s+back|chang(?:e|ed|ing)|shift(?:ed|ing)?|extend(?:ed|ing)?|"
    r"go|slip(?:ped)?)\s+(?:it\s+|back\s+)?(?:to|till|until)\s+$",
    re.I,
)
_LATE = guarded(rf"\b{MISSED}(?:\s+(?:for|by|before))?\s*$", re.I)
_MOVED_TO_CUE = guarded(r"^(?:to|till|until|til)\b", re.I)
WAS_DUE = guarded(r"\b(?:was|is|currently|it's|its)\s+(?:due|set\s+for)\s+(?:on\s+|for\s+)?[^,.;:!?–—-]{3,20}", re.I)
_REASON_JOIN = guarded(r"\b(?:as|because|since|given|due\s+to)\b", re.I)
SENTENCE_END = guarded(r"[.!?;]+(?=\s)|\s[–—-]\s")  # "move A-38 to 31 July - she's waiting on …": the reason


def _moved_to(text: str, mention: DateMention) -> bool:
    """Whether a date is written as the one moved to ("to the 3rd", "to the September board")."""
    return bool(MOVED_TO.search(text, 0, mention.span[0]) or re.match(r"(?:to|till|until)\b", mention.wording, re.I))


class _NewDates(_ReaderBase):
    """Mixed into the reader: the date an action is moved to."""

    def _date_moved_to(self, due: DateMention) -> DateMention:
        """The new date of the ones written: not the old one, named as such or said to be due already."""
        due = self._in_cue_sentence(self._new_date(due))
        named_old = re.match(r"(?:deadline|(?:due\s+)?date)\s+of\b", due.wording, re.I) and not re.search(
            r"\b(?:new|revised)\s+$", self.text[: due.span[0]], re.I
        )  # "the deadline of 22 May isn't going to happen. Can we make it 5 June?": the old date, then the new
        if named_old or _OLD_DATE.search(self.text, 0, due.span[0]):
            later = [m for m in find_dates(self.text, self.now, self.names.directory.board_dates)
                     if (m.date or m.asap) and m.span[0] >= due.span[1]]  # fmt: skip
            due = later[-1] if later else due
        was = WAS_DUE.search(self.text)
        if was is not None and was.start() <= due.span[0] < was.end():  # "A-35 was due today – could it move to …"
            later = [m for m in find_dates(self.text, self.now, self.names.directory.board_dates)
                     if (m.date or m.asap) and m.span[0] >= was.end()]  # fmt: skip
            due = later[0] if later else due
        if not due.asap and _MEETING_BEFORE.search(self.text, 0, due.span[0]):
            due = meeting_on_day(due, self.text, self.names.directory)  # "to the workshop on the 19th": 19 June
        if _WAS_DUE_ON.search(self.text, 0, due.span[0]):
            # "move 56 to the workshop pls, it was due 30 april so it's overdue already": the meeting moved to
            return meeting_deadline(self.text, self.now, self.names.directory) or due
        return due

    def _missed(self, due: DateMention) -> bool:
        """Whether the one date left is written as the one missed ("won't be done by the 29th") or as the old one
        ("it was due 30 april so it's overdue already", "remember when a-12 was meant to be done by christmas"), no
        new one given."""
        before = self.text[: due.span[0]]
        missed = _LATE.search(before) or _WAS_DUE_ON.search(before)
        return missed is not None and not _MOVED_TO_CUE.search(due.wording)

    def _new_date(self, due: DateMention) -> DateMention:
        """Of an old and a new date ("A-14 was due 22/05, can we make it 12/06"), the new one: the last date not
        written as the old one ("was", "originally", "from", "currently")."""
        mentions = [m for m in find_dates(self.text, self.now, self.names.directory.board_dates)
                    if (m.date or m.asap) and not said_not(self.text, m)]  # fmt: skip
        if len(mentions) < 2:
            return due
        new = [m for m in mentions if not _OLD_DATE.search(self.text, 0, m.span[0])]
        return new[-1] if new and new[-1].span != due.span and _OLD_DATE.search(self.text, 0, due.span[0]) else due

    def _in_cue_sentence(self, due: DateMention) -> DateMention:
        """Of dates in several sentences ("change A-17 to the July board. the data isn't ready till 1 July"), the
        one in the sentence that moves the date; the other sentence is the reason."""
        corrected = DATE_CORRECTED.search(self.text.lower())
        if corrected is not None and due.span[0] >= corrected.end():
            return due  # "A-36 move to end of july. sorry, end of JUNE not july": the date put right
        cue = REDATE.search(self.text)
        if cue is None:
            return due
        board_dates = self.names.directory.board_dates
        ref = REF.search(self.text)
        targets = [
            m
            for m in find_dates(self.text, self.now, board_dates)
            if (m.date or m.asap)
            and ref is not None
            and m.span[0] > ref.end()
            and _MOVED_VERB_TO.search(self.text, max(0, m.span[0] - 40), m.span[0])
        ]
        if len(targets) == 1:  # "… delayed until the end of the month, so could action 44 be moved to w/c 8 June?"
            return targets[0]
        after = SENTENCE_END.search(self.text, cue.end())
        further = REDATE.search(self.text, after.end()) if after else None
        if (
            further is not None
            and after is not None
            and (
                not any(  # "we'll need more time on A-41 – can we make it 26 June?": the date asked
                    cue.end() <= m.span[0] < after.start()
                    for m in find_dates(self.text, self.now, board_dates)
                    if m.date
                )
                or (ref is not None and ref.start() >= after.end())  # "Our meeting has moved to 2 June … Could A-60 …"
            )
        ):
            cue, after = further, SENTENCE_END.search(self.text, further.end())
        start = max((b.end() for b in SENTENCE_END.finditer(self.text, 0, cue.start())), default=0)
        end = after.start() if after else len(self.text)
        if start <= due.span[0] < end:
            if due.span[0] >= cue.start():
                # "extend #19 to the 3rd please, the GP leads meeting is on the 2nd": the date the cue moves it to
                moved = [m for m in find_dates(self.text, self.now, board_dates) if (m.date or m.asap)
                         and cue.start() <= m.span[0] < due.span[0] and m.span[1] > cue.end()
                         and _moved_to(self.text, m)]  # fmt: skip
                between = self.text[moved[0].span[1] : due.span[0]] if moved else ""  # "to the September board as …"
                return moved[0] if moved and ("," in between or _REASON_JOIN.search(between)) else due
            # "we won't have the data until mid june, so can a-33 go back to the 10th": the date after the cue
            later = [m for m in find_dates(self.text, self.now, board_dates) if (m.date or m.asap) and
                     cue.end() <= m.span[0] < end and not said_not(self.text, m)]  # fmt: skip
            return later[0] if later else due
        inside = [m for m in find_dates(self.text, self.now, board_dates) if (m.date or m.asap) and
                  start <= m.span[0] < end and not said_not(self.text, m)]  # fmt: skip
        if not inside:  # "can it be due for the workshop instead? the audit panel on monday won't …": the meeting asked
            meeting = meeting_deadline(self.text[start:end], self.now, self.names.directory)
            inside = [replace(meeting, span=(meeting.span[0] + start, meeting.span[1] + start))] if meeting else []
        return inside[-1] if inside else due

    def _moved_to_month(self) -> DateMention | None:
        """ "can a 11 move to september": a month after "move ... to" is the end of that month, as "by september"."""
        found = _TO_MONTH.search(self.text)
        if found is None:
            return None
        at = found.end() - 2
        return find_due(f"{self.text[:at]}by{self.text[at + 2 :]}", self.now, self.names.directory.board_dates)
