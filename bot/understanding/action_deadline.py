"""An action's due date: wording with a cue ("by", "before", "in", "w/c"), a date judged a limit ("first week of
june at the latest"), a span ("fortnight tops"), a meeting ("for the July board"), or a bare date ending the
message (and nothing after it but thanks).

Part of the message reader (:mod:`bot.understanding.interpret`); the action rules extend it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property

from bot.understanding import deadline_words as limits
from bot.understanding.dates import DateMention, find_dates, find_due
from bot.understanding.meeting_words import meeting_deadline, meeting_on_day
from bot.understanding.message_reader import _ReaderBase
from bot.understanding.patterns import guarded

__all__ = ["_DeadlineReading"]

_DEADLINE_WORDING = guarded(
    # "…, first week of June. Ive spoken to Sue H about it but its ours": a period of a month, a deadline by its shape
    r"(?:by\s+|in\s+)?(?:the\s+)?(?:end|mid|middle|start|beginning|early|late|w/?c|week commencing|within|"
    r"(?:first|second|last|1st|2nd)\s+(?:week|fortnight|half)\s+of)\b",
    re.I,
)
# A date followed by words that make it a limit: "first week of june at the latest", "september board is fine".
_LIMIT_AFTER = guarded(
    r"\s*[,-]?\s*(?:at the (?:very )?latest|latest|tops|max(?:imum)?|or (?:earlier|sooner|before)|if poss(?:ible)?|"
    r"if (?:you|u|they|we) can|if (?:that['’]?s|that is) (?:ok|okay|alright)|"
    r"ideally|(?:is|be|would be|should be|will be) (?:fine|ok|okay|good|great|plenty|ideal|perfect|best)|will do|works|"
    r"is the deadline)\b",
    re.I,
)
_LATEST_WORD = guarded(r"\b(?:latest|tops|max|maximum|deadline)\b", re.I)
_LATEST = guarded(r"\s*[,-]?\s*(?:at\s+the\s+(?:very\s+)?latest|latest|tops|max(?:imum)?|is\s+the\s+deadline)\b", re.I)
_SPAN_LIMIT = guarded(
    r"\b(?P<span>(?:(?:a|one|two|three|four|six|\d{1,2})\s+)?(?:fortnight|weeks?|days?|months?))\s+"
    r"(?:tops|max(?:imum)?|at (?:the )?(?:most|latest|outside))\b",
    re.I,
)
# "No fixed date yet", "no deadline", "date tbc": the writer says the action has no due date.
_NO_DATE = guarded(
    r"\bno\s+(?:fixed\s+|set\s+|firm\s+|particular\s+|real\s+|specific\s+)?(?:due\s+)?(?:date|deadline)\b|"
    r"\b(?:date|deadline)\s+(?:is\s+)?(?:tbc|tba|to\s+be\s+(?:confirmed|agreed|decided|set))\b",
    re.I,
)
_WITH_AS_DATE = guarded(
    r"\bwith\s+(?P<day>[\w/ ]{3,30}?)\s+as\s+(?:the\s+|a\s+)?(?:due\s+|target\s+|end\s+)?(?:date|deadline)\b", re.I
)
_ASAP_SO = guarded(
    r"\b(?:asap|as\s+soon\s+as\s+possible|urgently|straight\s+away|right\s+away)\b\s*,?\s*"
    r"(?P<why>(?:so|so\s+that|in\s+order\s+to|to\s+give|to\s+allow)\b)",
    re.I,
)
# "… due end of June, I'm on a course til Tues", "she's off until the 1st": when someone is back (never "sign off by")
_AWAY_TILL = guarded(
    r"\b(?:I['’]m|I\s+am|I['’]ll\s+be|I\s+will\s+be|[A-Za-z]+(?:['’](?:s|re)|\s+(?:is|are|will\s+be)))\s+"
    r"(?:on\s+(?:a\s+)?(?:course|leave|holiday|training|annual\s+leave|a/l|secondment)|off(?:\s+sick)?|away|"
    r"out\s+of\s+(?:the\s+)?office|ooo)(?:\s+(?:till|til|until|up\s+to|through))?\s+$",
    re.I,
)
_MEETING_NAMED_BEFORE = guarded(r"\b(?:workshop|board|meeting|panel)\s*$", re.I)
_NOT_A_DEADLINE = guarded(r"\b(?:from|since|of|at|on|during|after)\s+(?:the\s+)?$", re.I)
# "Following our chat on Tuesday, ...", "after the call last Monday": when the writer talked, not a deadline.
# "check whether the family had any call-outs before March": a time in what is asked about, never the deadline
_HAPPENED_BEFORE = guarded(
    r"\b(?:whether|if)\b[^.?!]{0,60}?\b(?:had|were|was|did|happened|occurred)\b[^.?!,;]{0,40}?\s(?P<when>before|since|"
    r"prior\s+to)\s",
    re.I,
)
_TALKED_ON = guarded(
    r"\b(?:following|after|further to|since|as discussed (?:at|in|on)|as agreed (?:at|in|on))\s+"
    r"(?:our|the|my|your|yesterday['’]s|today['’]s)?\s*(?:chat|call|conversation|discussion|email|e-mail|catch[- ]?up|"
    r"phone call|teams call|meeting|convo)\s+(?:on|last|this|from)\s+[^,.;!?]{1,25}?(?=[,.;!?]|$)|"
    # "PP&P went through the threshold document on Wednesday": a day something was done, past
    r"\b(?:went\s+through|discussed|met|talked|spoke|looked\s+at|reviewed|considered|agreed)\s+[^.!?,;]{0,60}?"
    r"\bon\s+(?:last\s+)?(?:mon|tues|wednes|thurs|fri)day\b",
    re.I,
)

# "… mayada is chairing the sign off mtg on 3 june" (a later sentence), "after the commissioning mtg on 3 june": when
# some other meeting is held, not the action's deadline (never "run the session on 18th June": the work's own day).
_HELD_ON = guarded(
    r"(?:\b(?P<after>after)\s+|\b)(?:the|a|an|our|my|their|his|her)\s+(?:(?!(?:by|before|for|of|at|to|the|a|an)\b)[\w-]+\s+){0,3}?"
    r"(?:meeting|mtg|conference|session|call|event|visit|hearing|course)\s+(?:is\s+)?(?=on\s+\S+)",
    re.I,
)

# "tomorrow morning", "today re the allegation": the day itself, when no more than the time of day or what it is
# about follows (not "today's panel", "tomorrow's meeting").
_SOON = guarded(r"(?:tomorrow|tmrw|today|tonight)$", re.I)
_SOON_AFTER = guarded(
    r"(?P<time>\s+(?:morning|afternoon|am|pm|first\s+thing|lunchtime))?(?:\s*$|\s*[,.;!?]|\s+(?:re|about|regarding|if|and|so|"
    r"as|because|before|after|to|for|with)\b)",
    re.I,
)
# "mid-July (Fri 17th)", "mid-June - Fri 12th": the exact day after a loose one.
_EXACT_AFTER = guarded(
    r"\s*(?:\(|[-–—,]\s*|i\.e\.?\s*)(?P<day>(?:(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri)[a-z]*\.?\s+)?(?:the\s+)?"
    r"\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?[A-Za-z]{3,9})?)\s*\)?",
    re.I,
)
# "… so say 3 July", "let's call it the 26th": the date the writer settles on, whatever came before.
_SETTLED_ON = guarded(r"\b(?:so\s+)?(?:let['’]?s\s+|I['’]?d\s+|shall\s+we\s+)?(?:say|call\s+it|make\s+it)\s+", re.I)
# "…, 31 July. Roger will check in with her in June.": a later sentence dating someone else's part, when the
# action's own sentence ends with its date.
_WORK_SAID = guarded(r"\b(?:to|will|shall|should|must|needs?\s+to)\s+[a-z]{2,}|['’]ll\s+[a-z]{2,}", re.I)
_SOMEONE_ELSES = guarded(
    r"[.!?]\s+(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:will|'ll|’ll|is going to|can|could|would|plans to)\b"
)


class _DeadlineReading(_ReaderBase):
    """The due date of an action in the message being read."""

    @cached_property
    def _deadline(self) -> DateMention | None:
        """The due date: wording with a cue ("by", "before", "in", "w/c"), or a bare date ending the message.

        A bare date inside the task ("the notes from the 19 June workshop") is not a deadline.
        """
        due = self._precise(self._due)
        board_dates = self.names.directory.board_dates
        if (
            due is not None and due.meeting and due.date is None
        ):  # "… she promised at the march board, end of the month"
            blank = self.text[: due.span[0]] + " " * (due.span[1] - due.span[0]) + self.text[due.span[1] :]
            due = find_due(blank, self.now, board_dates) or due
        dates = find_dates(self.text, self.now, board_dates) if _LATEST_WORD.search(self.text) else []  # cheap gate
        latest = [m for m in dates if m.date and _LATEST.match(self.text, m.span[1])]
        if due is not None and len(latest) == 1 and latest[0].span != due.span:  # "… for the july board, need it 1
            return replace(latest[0], cue=2)  # july at the latest": the limit said as one, whatever else is dated
        why = _ASAP_SO.search(self.text)  # "asap so people have time to comment before July": asap, not July
        if why is not None and due is not None and not due.asap and due.span[0] >= why.start("why"):
            blank = self.text[: why.start("why")] + " " * (len(self.text) - why.start("why"))
            sooner = find_due(blank, self.now, self.names.directory.board_dates)
            if sooner is not None and sooner.asap:
                return sooner
        given = _WITH_AS_DATE.search(self.text)  # "log it for me with 12 June as the date"
        said = find_due(f"by {given['day']}", self.now, self.names.directory.board_dates) if given else None
        if given is not None and said is not None and said.date is not None:
            return replace(said, span=given.span("day"), cue=2)
        for settled in _SETTLED_ON.finditer(self.text):
            said = find_due(self.text[settled.end() :], self.now, self.names.directory.board_dates)
            if said is not None and said.date is not None and said.span[0] == 0:
                return replace(said, span=(said.span[0] + settled.end(), said.span[1] + settled.end()), cue=2)
        later = _SOMEONE_ELSES.search(self.text)
        ends = guarded(r"[.!?](?:\s|$)").search(self.text, later.end()) if later is not None else None
        in_their_sentence = later is not None and later.start() < (due.span[0] if due else -1) < (
            ends.start() if ends else len(self.text)
        )
        if due is not None and later is not None and in_their_sentence and self._someone_else(later["who"]):
            head = self.text[: later.start() + 1]  # (work said before: never "Pam and I discussed it this morning.")
            own = find_due(head, self.now, self.names.directory.board_dates) if _WORK_SAID.search(head) else None
            if own is not None and limits.ENDS_MESSAGE.match(head, own.span[1]):
                return own  # "Rachael Doyle to lead the review, 31 July. Roger will check in with her in June."
        held = due is not None and any(
            m.end() == due.span[0] and (m["after"] or re.search(r"[.!?]\s", self.text[: m.start()]))
            for m in _HELD_ON.finditer(self.text)
        )
        if due is not None and held:  # "… mayada is chairing the sign off mtg on 3 june", "after the mtg on 3 june"
            blank = " " * (due.span[1] - due.span[0])  # when another meeting is held, not the action's deadline
            due = find_due(self.text[: due.span[0]] + blank + self.text[due.span[1] :], self.now,
                           self.names.directory.board_dates)  # fmt: skip
        talked = _TALKED_ON.search(self.text)
        if due is not None and talked is not None and talked.start() <= due.span[0] < talked.end():
            blank = " " * (talked.end() - talked.start())  # the same offsets, without the day they talked
            text = self.text[: talked.start()] + blank + self.text[talked.end() :]
            due = find_due(text, self.now, self.names.directory.board_dates)
        happened = _HAPPENED_BEFORE.search(self.text)  # "whether the family had any call-outs before March": when
        if due is not None and happened is not None and happened.start("when") == due.span[0]:  # it happened
            blank = " " * (due.span[1] - due.span[0])
            text = self.text[: due.span[0]] + blank + self.text[due.span[1] :]
            due = find_due(text, self.now, self.names.directory.board_dates)
        if due is not None and _AWAY_TILL.search(self.text, 0, due.span[0]):  # "…, I'm on a course til Tues": back
            blank = " " * (due.span[1] - due.span[0])  # when someone is back, never the deadline
            text = self.text[: due.span[0]] + blank + self.text[due.span[1] :]
            due = find_due(text, self.now, self.names.directory.board_dates)
        if due is not None and not due.asap and due.cue < 2 and _NO_DATE.search(self.text):
            return None  # "We met on Tuesday ... Could that go down as an action on me? No fixed date yet."
        if due is not None and not due.asap and _MEETING_NAMED_BEFORE.search(self.text, 0, due.span[0]):
            due = meeting_on_day(due, self.text, self.names.directory)  # "ahead of the workshop on the 19th"
        if due is not None and (due.asap or due.cue >= 1 or _DEADLINE_WORDING.match(due.wording)):
            return due
        if due is not None and (
            _LIMIT_AFTER.match(self.text, due.span[1])
            or limits.VERDICT_AFTER.match(self.text, due.span[1])
            or limits.PROPOSED_BEFORE.search(self.text, 0, due.span[0])
            or (
                limits.DELIVERED_AT.search(self.text, 0, due.span[0])
                and limits.MEETING_AFTER.match(self.text, due.span[1])
            )
        ):
            return due  # "first week of june at the latest", "september board is fine"
        soon = _SOON_AFTER.match(self.text, due.span[1]) if due is not None and _SOON.match(due.wording) else None
        if due is not None and soon and not _NOT_A_DEADLINE.search(self.text, 0, due.span[0]):
            end = due.span[1] + len(soon["time"] or "")  # "I'll send the figures over tmrw morning": the morning too
            return replace(due, span=(due.span[0], end), wording=self.text[due.span[0] : end])
        ends_the_message = due is not None and limits.ENDS_MESSAGE.match(self.text, due.span[1]) is not None
        if due is not None and ends_the_message and not _NOT_A_DEADLINE.search(self.text, 0, due.span[0]):
            return due
        limit = _SPAN_LIMIT.search(self.text) or limits.SPAN_ENDING.search(self.text)  # "fortnight tops", ". 3 wks"
        if due is None and limit is not None:
            amount = limit["span"] if " " in limit["span"] else f"a {limit['span']}"
            within = find_due(f"within {amount}", self.now, self.names.directory.board_dates)
            if within is not None and within.date is not None:
                return DateMention(within.date, False, limit["span"], limit.span("span"), meeting=False, cue=2)
        meeting = meeting_deadline(self.text, self.now, self.names.directory)
        return None if meeting is not None and limits.PAST_MEETING.search(self.text) else meeting

    def _precise(self, due: DateMention | None) -> DateMention | None:
        """ "by mid-July (Fri 17th)", "end of June - Tues 30th": the day written after a loose date, when it is near."""
        exact = _EXACT_AFTER.match(self.text, due.span[1]) if due is not None and due.date is not None else None
        said = find_due(f"by {exact['day']}", self.now, self.names.directory.board_dates) if exact else None
        if due is None or due.date is None or exact is None or said is None or said.date is None:
            return due
        loose = not re.search(r"\d", due.wording) or re.search(r"\b(?:mid|end|early|late|w/?c)\b", due.wording, re.I)
        if not loose or abs((said.date - due.date).days) > 10:
            return due
        return replace(said, wording=self.text[due.span[0] : exact.end()], span=(due.span[0], exact.end()), cue=2)

    def _someone_else(self, who: str) -> bool:
        """Whether a name is a member or agency other than the writer (whose own later plans may date the work)."""
        named = self.owners.single(who, allow_unknown=False)
        writer = getattr(self.writer, "id", None)
        return named is not None and bool(named.owners) and all(o.id != writer for o in named.owners)
