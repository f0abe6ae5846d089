"""Which meeting a message means: "the next board", "the July meeting", "10/07", "today", "the board after next"."""

from __future__ import annotations

import datetime as dt
import re

from bot.directory import Directory
from bot.understanding.dates import MONTH_WORDS, DateMention, find_dates, month_of, with_offset
from bot.understanding.patterns import guarded
from bot.understanding.text import normalise
from store.models import MeetingKind

# "Monday's panel agenda looks busy!", "minutes from the March board are up on the website now.": said of a
# meeting, not asked about it
MEETING_REMARK = guarded(
    r"\b(?:looks?|looking|seems?|sounds?)\s+(?:very\s+|really\s+|a\s+bit\s+)?(?:busy|full|long|packed|good|great|"
    r"interesting|heavy|light|hectic|mad|lively|fun)\b|\b(?:are|is)\s+(?:now\s+)?(?:up|out|live|available|published|"
    r"circulated)\s+(?:on|in)\s+(?:the\s+)?(?:website|site|intranet|portal|sharepoint|teams)\b",
    re.I,
)
_MONTH = guarded(
    r"\b(?:the\s+|in\s+|for\s+|make\s+|attend\s+|miss\s+|do\s+|about\s+|at\s+|from\s+|cover(?:ing)?\s+|chair(?:ing)?\s+|"
    r"(?:coming|come|going|go)\s+to\s+)"
    rf"({MONTH_WORDS})\b(?!\s+\d)|"
    rf"^(?:is|will|does)\s+({MONTH_WORDS})\b",
    re.I,
)
_MONTH_BOARD = guarded(rf"\b({MONTH_WORDS})\s+(?:board|meeting|dscb|lscb)\b", re.I)
_DAY_WORD = guarded(r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\btomorrow\b", re.I)
_AFTER_NEXT = guarded(r"\b(?:board|meeting) after next\b|\bafter the next (?:board|meeting)\b", re.I)
_AFTER_MONTH = guarded(rf"\b(?:board|meeting)\s+after\s+(?:the\s+)?({MONTH_WORDS})\b", re.I)
_AFTER_SUMMER = guarded(r"\b(?:board|meeting)\s+after\s+the\s+summer\b", re.I)
_LAST = guarded(
    # never "same room as last time"
    r"\b(?:last|previous) (?:board|meeting)\b|(?<!\bas )(?<!\blike )(?<!\bthan )\blast time\b|"
    r"\blast\s+(?:met|meet|sat)\b|"
    r"\blast\s+(?:have|had|held)\s+(?:a|the)\s+(?:board|meeting)\b",  # "when did we last have a board?"
    re.I,
)
# "what meetings have we got coming up?", "any mtgs I need to be at?", "the board's meeting dates for the rest of the
# year": the calendar asked for, not one meeting.
# A list asked for, whatever meeting it is for: "a list of the WDG's actions, I want to go through them at our
# meeting on 2 June" (a meeting of their own), "who owes what for the july board?" (everyone's list).
LIST_NOT_MEETING = guarded(
    r"\b(?:list|actions)\b.*\b(?:at|for|in|to|before|ahead\s+of)\s+(?:our|my|their|his|her|the\s+team['’]s)\s+"
    r"(?:\w+\s+){0,2}?(?:meeting|catch[- ]?up|1:1|one[- ]to[- ]one|session)\b|"
    r"\bwho\s+(?:still\s+)?(?:owes|has|is\s+behind\s+on)\s+what\b|"
    # "… Can it go on the tracker for the workshop?": a record asked for, due by the meeting
    r"\b(?:can|could)\s+(?:it|this|that)\s+(?:go|be\s+put|be\s+added|be\s+logged)\s+on(?:to)?\s+the\s+(?:tracker|list|log)\b|"
    # "what has Jo got open? I'm covering for her at the next board": her list, the meeting only why
    r"^\W*what\s+(?:has|have|does|do)\s+[^?.!]{1,40}?\s+(?:got|have)\s+(?:still\s+)?open\s*\?|"
    # "Ahead of my one-to-one meetings next week, could you provide the list of actions …": the meeting is the writer's
    r"\b(?:ahead\s+of|before|for)\s+(?:my|our|his|her|their)\s+(?:\w+\s+){0,2}?(?:meetings?|catch[- ]?ups?|1:1s?|"
    r"one[- ]to[- ]ones?|supervisions?)\b.*\b(?:list|actions)\b|"
    # "the list of actions currently allocated to …", "everything open for the whole board … doing the July papers"
    r"\blist\s+of\s+(?:the\s+|all\s+)?(?:open\s+|outstanding\s+|overdue\s+)?actions\b|"
    r"\b(?:everything|all\s+(?:the\s+)?actions)\s+(?:that['’]?s\s+|still\s+)?(?:open|outstanding|overdue)\b",
    re.I,
)
CALENDAR_ASKED = guarded(
    r"\b(?:meetings|mtgs|boards|meeting\s+dates|board\s+dates|dates\s+of\s+the\s+(?:board|meetings))\b"
    r"(?=[^?.!]*\b(?:coming\s+up|upcoming|for\s+the\s+rest\s+of\s+the\s+year|this\s+year|left|ahead|in\s+the\s+diary|"
    r"need\s+to\s+be\s+at|should\s+I\s+be\s+at|scheduled|planned)\b)",
    re.I,
)
_TODAY = guarded(r"\btoday(?:'s)?\b|\bthis morning\b|\bthis afternoon\b", re.I)
_BARE_ORDINAL = guarded(r"\b([12]?\d|3[01])(?:st|nd|rd|th)\b", re.I)
_NEXT = guarded(r"\bnext (?:board|meeting|dscb|lscb)\b", re.I)
# "one of the board meetings over the summer – she'll confirm which one", "when are the board meetings this year?":
# no one meeting is meant, so none is assumed.
_NOT_ONE = guarded(
    r"\b(?:one|some|any|all|each|both)\s+of\s+(?:the|our)\s+(?:\w+\s+)?(?:meetings|boards)\b|\bwhich\s+one\b|"
    r"\b(?:when|what\s+dates?)\s+(?:are|is)\s+(?:the|our)\s+(?:\w+\s+)?(?:meetings|boards)\b|"
    r"\b(?:meetings|boards)\s+(?:this|next)\s+year\b",
    re.I,
)
# "is the audit panel monday or tuesday?": the day asked about, not the day meant.
_DAY_CHOICE = guarded(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+or\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I
)


def board_in_month(directory: Directory, month: int, today: dt.date) -> dt.date | None:
    """The first board meeting in that month, this year or the next (whichever comes first from today); else the
    last one held in that month within the year ("were the minutes of the March board agreed?")."""
    for day in directory.board_dates:
        if day.month == month and day >= today - dt.timedelta(days=31):
            return day
    held = [day for day in directory.board_dates if day.month == month and day >= today - dt.timedelta(days=365)]
    return held[-1] if held else None


_KINDS = {"workshop": MeetingKind.WORKSHOP, "panel": MeetingKind.AUDIT_PANEL, "board": MeetingKind.BOARD}
# "by the workshop", "to the audit panel", "attend the panel": a task due at the next meeting of that kind.
_KIND_DEADLINE = guarded(
    # "at Monday's panel", "to monday's audit panel", "could it be the workshop instead?"
    # "A-48's due date should be the workshop", "A-14 new due date - the workshop please"
    r"(?:\b(?:by|before|for|to|into|at|attend|ahead of|in time for|until|till|(?<=\bit\s)be|(?<=\bthat\s)be|"
    r"(?<=(?:day|eek|ght|nth)\s)after|(?<=(?:days|eeks|ghts|nths)\s)after|"  # "a week after the workshop"
    r"(?<=\bshould\s)be|(?<=\bdate\sis\s)now|(?<=\bdeadline\s)of|(?<=\bdate\s)of|\bdeadline(?:\s+is|\s+being)?)|"
    r"(?<=\bdate)\s*[:–—-]|(?<=\bdate\s)[:–—-]|(?<=\bdeadline)\s*[:–—-])\s+"  # "with a deadline of the workshop"
    r"(?:the|(?:mon|tues|wednes|thurs|fri)day['’]?s)\s+"
    r"(?:next\s+)?(?:audit\s+|cse\s+)?"
    r"(?P<kind>workshop|panel)\b(?!['’]s|\s+(?:members?|chairs?|leads?|minutes|notes|papers|reports?|invites?|"
    r"list|agenda|slides|feedback|outcomes?|findings|cases?|organisers?|facilitators?|attendees|delegates)\b)",
    re.I,
)
# "I'll send Roger the draft by the board", "before the next board meeting": the next board (never "to the board",
# where the work goes, nor "by the board in July", which names its own).
_BOARD_DEADLINE = guarded(
    r"\b(?:by|before|ahead\s+of|in\s+time\s+for)\s+the\s+(?:next\s+)?(?:board|dscb|lscb)(?:\s+meeting)?"
    r"(?=\s*(?:[.,;!?)]|$|\s+(?:please|pls|thanks|if|so|and|as|at\s+the\s+latest)\b))",
    re.I,
)


# "in June", "during July": a month alone, just after a kind of meeting ("the workshop in June").
_MONTH_ONLY = guarded(rf"(?:in|during)\s+(?:the\s+month\s+of\s+)?{MONTH_WORDS}", re.I)
_KIND_BEFORE = guarded(r"\b(?P<kind>workshop|panel|board)s?\s*$", re.I)


def _kind_named(text: str) -> MeetingKind | None:
    """The kind of meeting a text names ("the workshop", "audit panel", "the board"), or None; never one of some
    other body's, named with "a" ("apols for the next board, she's at a DHR panel": the board)."""
    return next(
        (
            k
            for word, k in _KINDS.items()
            if any(not _SOME_OTHER.search(text, 0, m.start()) for m in re.finditer(rf"\b{word}s?\b", text, re.I))
        ),
        None,
    )


_SOME_OTHER = guarded(r"\b(?:a|an|another)\s+(?:[\w&'’-]+\s+){0,2}$", re.I)


def meeting_deadline(text: str, now: dt.datetime, directory: Directory) -> DateMention | None:
    """The next workshop or panel a task is due by ("bring the data to the workshop"), or None."""
    found = _KIND_DEADLINE.search(text) or _BOARD_DEADLINE.search(text)
    if found is None:
        return None
    kind = _KINDS[found["kind"].lower()] if found.re is _KIND_DEADLINE.compiled else MeetingKind.BOARD
    days = sorted(m.date for m in directory.meetings if m.kind is kind and m.date >= now.date())
    if not days:
        return None
    return with_offset(
        text, DateMention(days[0], False, found[0], found.span(), meeting=True, cue=2)
    )  # "a week before"


def meeting_on_day(due: DateMention, text: str, directory: Directory) -> DateMention:
    """A bare day written after a meeting ("the workshop on the 19th") as the date of that meeting."""
    if due.date is None:
        return due
    kind_before = _KIND_BEFORE.search(text, 0, due.span[0]) if _MONTH_ONLY.fullmatch(due.wording.strip()) else None
    if kind_before is not None:  # "at the workshop in June": that workshop, not the end of June
        kind = _KINDS[kind_before["kind"].lower()]
        month = (due.date.year, due.date.month)
        held = [m.date for m in directory.meetings if m.kind is kind and (m.date.year, m.date.month) == month]
        if len(held) == 1:
            return DateMention(held[0], False, due.wording, due.span, meeting=True, cue=due.cue)
    day = _meeting_near(directory, due.date, due.wording, text)
    if day == due.date or day not in {m.date for m in directory.meetings}:
        return due
    return DateMention(day, False, due.wording, due.span, meeting=True, cue=due.cue)


def _meeting_near(directory: Directory, day: dt.date, wording: str, text: str) -> dt.date:
    """The meeting a written date points at: that day, a week written "w/c", a day of the month of a named
    kind of meeting ("the workshop on the 19th"), or last year's date for a meeting that has passed."""
    dates = {m.date for m in directory.meetings}
    if day in dates:
        return day
    if re.search(r"\bw/?c\b|\bweek\b", wording, re.I):
        in_week = sorted(d for d in dates if day <= d < day + dt.timedelta(days=7))
        if in_week:
            return in_week[0]
    kind = _kind_named(text)
    if not re.search(r"[a-z]{3}", re.sub(r"\b(?:the|on|by|for|st|nd|rd|th)\b", "", wording)):
        # "the workshop on the 19th", "I can come on the 10th": the next meeting (of that kind) on that day
        same_day = sorted(
            m.date
            for m in directory.meetings
            if (kind is None or m.kind is kind) and m.date.day == day.day and m.date >= day
        )
        if same_day:
            return same_day[0]
    try:
        last_year = day.replace(year=day.year - 1)
    except ValueError:
        return day
    return last_year if last_year in dates else day


# "today's panel", "the workshop today": the meeting said to be today.
_MEETING_TODAY = guarded(
    r"\btoday['’]?s?\s+(?:\w+\s+)?(?:meeting|panel|board|workshop)\b|\b(?:meeting|panel|board|workshop)\s+today\b", re.I
)


# "the CDOP meeting", "our team meeting", "QA and Comms meeting": a meeting of another body, not the board's.
_OTHER_BODY_MEETING = guarded(
    r"\b(?:miss|make|attend|(?:apolog\w*|apols)\s+for)\s+(?:the\s+|our\s+|this\s+|next\s+|\w+day['’]?s\s+)?"
    r"(?:[\w&]+\s+){0,2}?"
    r"(?:CDOP|VCSG|WDG|PPP|QA(?:\s*(?:&|and)\s*Comms)?|SCR(?:\s+sub)?|sub[- ]?group|team|staff|network|forum|"
    r"safeguarding\s+committee|heads['’]?|governors['’]?|strategy|core\s+group|MAPPA|MARAC|CSP|LSAB|SAB)\s+meetings?\b|"
    # "apols for health & wellbeing board thurs", "the Adult Safeguarding Board on Wednesday", "the MASH steering group"
    r"\b(?:miss|make|attend|(?:apolog\w*|apols)\s+for)\s+(?:the\s+|our\s+|this\s+|next\s+|\w+day['’]?s\s+)?"
    r"(?P<body>(?:health\s*(?:&|and)\s*well-?being|adults?['’]?\s+safeguarding|HWB|community\s+safety)\s+"
    r"(?:board|partnership)|(?:[\w&]+\s+){0,2}?steering\s+(?:group|committee))\b|"
    # "my apologies for the regional CSE group on Wednesday", "apologies to the LSCB regional meeting"
    r"\b(?:apolog\w*|apols)\s+(?:for|to)\s+(?:the\s+|our\s+|this\s+|next\s+|\w+day['’]?s\s+)?"
    r"(?:[\w&]+\s+){0,2}?(?:(?:regional|national|west\s+midlands|LSCB|LSAB)\s+(?:[\w&]+\s+){0,2}?"
    r"(?:meeting|group|forum|network|conference|event)|[\w&]+\s+(?:group|forum|network|committee))\b",
    re.I,
)  # the meeting missed is another body's; "I'm at a MAPPA meeting on the 19th" is only why the board's is missed


# "I have a strategy meeting that can't be moved", "got a CP conference": the writer's clash, so no meeting is named
_CLASH = guarded(
    r"\b(?:have|got|in|at|chairing|attending)\s+(?:a|an|another)\s+(?:[\w-]+\s+){0,3}?(?:meeting|conference|hearing|course)\b",
    re.I,
)


def _meeting_spanned(directory: Directory, days: list[dt.date], text: str) -> dt.date | None:
    """The one meeting of the kind named that falls between the first and last days written (a range of leave)."""
    kind = _kind_named(text)
    if kind is None or len(days) < 2 or any(d in {m.date for m in directory.meetings} for d in days):
        return None
    within = [m.date for m in directory.meetings if m.kind is kind and min(days) <= m.date <= max(days)]
    return within[0] if len(within) == 1 else None


# "the Ofsted meeting has been moved to Tuesday": the day something else moved to, not the board's meeting
_MOVED_TO = guarded(
    r"\b(?:moved|rescheduled|changed|shifted|put\s+back|brought\s+forward)\s+(?:to|till|until)\s+$", re.I
)
_NOT_THAT = guarded(
    r"\b(?:not|rather\s+than|instead\s+of)\s+(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri)day(?:['’]?s)?(?:\s+(?:panel|one|"
    r"meeting))?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?:\s+(?:board|one|meeting))?|"
    r"\d{1,2}(?:st|nd|rd|th)(?:\s+(?:of\s+)?[a-z]{3,9})?|workshop|panel|board)\b",
    re.I,
)


def meeting_meant(text: str, now: dt.datetime, directory: Directory, *, default_next: bool = True) -> dt.date | None:
    """The date of the meeting a message refers to; by default the next board meeting after today."""
    text = normalise(text)
    kept = _NOT_THAT.sub(" ", text)  # "sorry, meant the July board not monday": the one meant, never the one not
    if kept != text and (day := meeting_meant(kept, now, directory, default_next=False)) is not None:
        return day
    if _kind_named(text) is not None:
        text = _DAY_CHOICE.sub(" ", text)
    today = now.date()
    upcoming = [day for day in directory.board_dates if day > today]
    if _AFTER_NEXT.search(text):
        return upcoming[1] if len(upcoming) > 1 else None
    after = _AFTER_MONTH.search(text)  # "the board after July": the first board after that month
    summer = _AFTER_SUMMER.search(text)  # "the board after the summer": after August
    if after is not None or summer is not None:
        number = month_of(after[1]) if after is not None else 8
        year = today.year if number >= today.month else today.year + 1
        later = [d for d in upcoming if (d.year, d.month) > (year, number)]
        return later[0] if later else None
    last = _LAST.search(text)
    if last and not (last[0].lower() == "last time" and (nxt := _NEXT.search(text)) and nxt.start() < last.start()):
        past = [day for day in directory.board_dates if day < today]  # never "the next board? … lost last time"
        return past[-1] if past else None
    other = _OTHER_BODY_MEETING.search(text)
    if other and (_kind_named(text) is None or other["body"]):
        return None  # "I'll miss the CDOP meeting on Tuesday": a meeting the board's calendar does not hold
    mentions = find_dates(text, now, directory.board_dates)
    spanned = _meeting_spanned(directory, [m.date for m in mentions if m.date is not None], text)
    if spanned is not None:  # "I'm on leave 6-17 July so won't make the board": the board in those days
        return spanned
    meeting_days = {m.date for m in directory.meetings}
    for mention in mentions:
        if mention.date is not None and (
            any(ch.isdigit() for ch in mention.wording) or _DAY_WORD.search(mention.wording)
        ):
            if mention.date not in meeting_days and _MONTH_BOARD.search(text):
                continue  # "the wedding's moved to the Saturday so I can come to the July board": the board
            if mention.date not in meeting_days and _MOVED_TO.search(text, 0, mention.span[0]):
                continue  # "the Ofsted meeting has been moved to Tuesday, so I can chair Monday's panel": Monday's
            return _meeting_near(directory, mention.date, mention.wording, text)
    ordinal = _BARE_ORDINAL.search(text)  # "apols 18th": the next meeting on that day of a month
    if ordinal is not None:
        on_day = sorted(m.date for m in directory.meetings if m.date.day == int(ordinal[1]) and m.date >= today)
        if on_day:
            return on_day[0]
    named = _MONTH_BOARD.search(text)  # "apologies for the september board - he emailed this morning"
    if named is not None:
        return board_in_month(directory, month_of(named.group(1)), today)
    kind = _kind_named(text)
    if _TODAY.search(text) and (kind is None or kind is MeetingKind.BOARD or _MEETING_TODAY.search(text)):
        return today  # not "can attend the workshop now … Mayada's not around today"
    month = _MONTH_BOARD.search(text) or _MONTH.search(text)
    if kind is not None and kind is not MeetingKind.BOARD:  # "the workshop", "mondays audit panel"
        of_kind = [m.date for m in directory.meetings if m.kind is kind and m.date >= today]
        if month is not None:
            of_kind = [d for d in of_kind if d.month == month_of(month.group(1) or month.group(2))]
        if of_kind:
            return min(of_kind)
        return None  # "the workshop" on a board whose calendar holds none: asked which, never the next board
    if month:  # "the July board"; "the one in june": the month's only meeting when it holds no board
        number = month_of(month.group(1) or month.group(2))
        in_month = sorted(m.date for m in directory.meetings if m.date.month == number and m.date >= today)
        return board_in_month(directory, number, today) or (in_month[0] if len(in_month) == 1 else None)
    if _NEXT.search(text) or (default_next and not _NOT_ONE.search(text) and not _CLASH.search(text)):
        return upcoming[0] if upcoming else None
    return None


# "Martine, could you remind me of the start time and venue for Monday's panel?", "Pam – could you confirm what time
# the board starts on 10 July?": a meeting's details asked of someone, never work for them
DETAILS_ASKED = guarded(
    r"\b(?:could|can|would)\s+(?:you|u)\s+(?:please\s+|kindly\s+|just\s+)?(?:confirm|remind\s+me|tell\s+me|"
    r"let\s+me\s+know|clarify|advise)(?:\s+(?:of|on|about|again))?\s+(?:what\s+time|when|where|whether|if|"
    r"which\s+(?:room|venue|day)|the\s+(?:start(?:ing)?\s+time|finish\s+time|time|venue|room|date|location|address|"
    r"timings?|dial[\s-]?in|link))\b(?=[^.!?]*\b(?:board|meeting|workshop|panel|development\s+day)\b)"
    # never work: "could you confirm the venue with the council by Friday"
    r"(?![^.!?]*\b(?:with\s+(?!me\b|us\b)|by\s+(?:the\s+)?(?:end|cob|close|mon|tue|wed|thu|fri|\d)))",
    re.I,
)


# A question about a meeting: when, where, what time, who is coming, its papers (not the board's own list)
MEETING_QUESTION = guarded(
    # "what's the workshop about exactly": what a meeting is for
    r"\bwhat(?:['’]s|s|\s+is|\s+was)\s+(?:the|this|that)\s+(?:\w+\s+)?(?:board|meeting|workshop|panel)\s+(?:\w+\s+)?about\b|"
    # "what meetings have we got coming up", "any board dates in the diary?": the calendar asked about
    r"^(?=.*\b(?:what|which|any|list)\b)(?=.*\b(?:meetings|board dates|meeting dates|dates of the \w+)\b)"
    r"(?=.*\b(?:coming up|upcoming|scheduled|planned|in the diary|booked|next few|left this year|ahead)\b)|"
    # "any more meetings before summer?", "any other mtgs this month?": the calendar asked about
    r"^\W*any\s+(?:more|other|further)\s+(?:board\s+)?(?:meetings|mtgs)\b[^?]*\?|"
    r"^(?!.*\bwhere are we\b)(?!.*\b(?:are|were|will) you\b)"  # never the board's list
    r"(?=.*\b(?:(?<!whole )board(?!['’]s\s+(?:list|actions))|meeting|workshop|panel|dscb|lscb)\b)"
    r"(?=.*\b(?:when|where|what time|(?<!due )dates?|venue|room|start|agenda|minutes|papers|"
    r"finish|end(?!\s+of\b)|am or pm|morning or afternoon|"
    r"(?<!\bcontact )at (?!the moment\b|present\b|all\b|least\b)\w+|"
    r"still on|going ahead|still happening|"
    r"cancelled|postponed|link|invite|bring|just for|open to|happening|dial[\s-]?in|"
    r"full day|half day|all day|how long|lunch|which day|what day|"
    r"(?:mon|tues|wednes|thurs|fri)day or (?:mon|tues|wednes|thurs|fri)day|"
    r"who(?:'s| is| are)? (?:coming|attending|going|invited|expected|sitting|on|chairing|presenting|speaking|"
    r"minuting|hosting)|who will be (?:there|at|coming|chairing)|who (?:attended|was at|came to|went to)|"
    r"meets?|(?:being )?held(?!\s+(?:by|with|against)\b)|on the \d+\w*)\b)|"
    rf"^(?=.*\b(?:agenda|minutes|papers)\b)(?=.*\b(?:{MONTH_WORDS}|next one|\d{{1,2}}(?:/\d{{1,2}}|st|nd|rd|th))\b)|"
    r"^(?:venue|location|room|start time|time|date|address|agenda|papers)\s+(?:for|of)\b|"
    # "when do we next meet?", "is there a board this month?", "who's chairing in july?"
    r"^(?:when|where|what time)\s+(?:do|does|will|are|shall)\s+(?:we|the\s+board|the\s+partnership|the\s+dscb)\s+"
    r"(?:next\s+)?meet(?:ing)?(?:\s+next)?\b|"
    r"^is\s+there\s+(?:a|an|another)\s+(?:board|meeting|panel|workshop)\s+(?:this|next|in|on)\b|"
    rf"^who(?:'s|\s+is|\s+will\s+be)\s+(?:chairing|minuting|hosting)\s+(?:in\s+|on\s+|the\s+)?(?:{MONTH_WORDS}|next)\b|"
    rf"^(?:is|will|does)\s+(?:the\s+)?{MONTH_WORDS}(?:'s)?\s+(?:one\s+)?(?:be\s+)?"
    r"(?:at|in|still|on|going ahead|starting)\b",
    re.I,
)

# A meeting named: "the July board", "Monday's panel", "quorate"
MEETING_NAMED = guarded(
    r"\b(?<!across the )(?<!across the whole )(?:board(?!\s+as\s+a\s+whole)|meeting|workshop|panel|dscb|lscb|quorate|"
    r"quorum)\b",
    re.I,
)  # not "what's overdue across the board?", "what's open for the board as a whole?"
