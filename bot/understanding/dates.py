"""Due dates and meeting dates in free text written by UK board members.

Board members write dates day first and loosely: "by end June 2015", "30/06", "w/c 1 June", "in a
fortnight", "by next Wednesday", "before the next meeting", "by the July board", "asap". This module turns
such wording into a :class:`DateMention` (the date, the words and their span, so that a caller can cut the
due date out of an action's text). It is pure: board meeting dates are passed in, nothing is stored.

Approach
--------
Every common form is read by a small set of compiled, bounded regular expressions (one per family of
wording: numeric dates, day-month, month-day, month phrases, weekdays, relative days, weeks, months and
durations, board meetings, "asap", day ranges, holidays, ordinal phrases; the rarer families are only tried on
a text holding one of their words). Each match is resolved and validated by a small function, then the
longest non-overlapping matches win (a range's days first), and a leading cue ("by", "before", "due", "no
later than", "for", "on", ...) is added to the span. dateparser is only asked about odd spellings that a loose
regex flags as a date but the strict ones do not read ("Jul.10", "10/Jul/2015", "2015 July 10"): it is set up
once, lazily, with a fixed base and only the absolute-date parser, and the year of a year-less answer is then
chosen here. dateparser is not used for the rest because it reads "by end of June" as 15 June, misses "the
next meeting", and reads "Su" as Sunday, "56%" as a year and "S11" as a date.

Rules (``today`` is ``now.date()``)
-----------------------------------
- Day first: "10/07" is 10 July; "1/6" is 1 June; "15.06.15" is 15 June 2015; ISO "2015-06-30" is read too.
  Two-digit years are 20xx ("14th April 15" only when the year ends the phrase). An explicit year is kept
  even when the date is past.
- A year-less day and month is the next occurrence on or after today (as a due date, one that fell in the last
  three weeks is that day, past, which the conversation asks about); "the 3rd" is the next 3rd of a month.
  "March first", "march third 2015": a month and an ordinal word, ending the phrase after a cue, or with a
  year. "on the first", "by the second": the next such day of a month, after a cue, ending the phrase.
- "the first week of June", "second week in July", "the last week of June": the Friday that ends that week
  (the first week holds the 1st, or is the next one when the 1st falls at a weekend; the last is the month's
  last Friday).
- Ranges ("13-15 July", "from the 13th to the 15th of July", "July 13-15", "Aug 8 - Aug 12") give both
  days; the due date is the last.
- A month on its own ("by September", "in September", "end of June", "late June") means the last day of
  that month, because a task due "by/in September" is on time until 30 September. "mid June" is the 15th;
  "early/beginning of/start of June" is the 1st. A year-less month is this year's unless that month has
  already ended, then next year's. A month on its own needs a cue ("by", "in", "for", "during", ...),
  "May" must be capitalised and not followed by a surname ("May Smith"), so a name is not a month.
- "w/c 1 June" / "week commencing 1 June" is the Monday of the week that holds the date.
- "within 2 weeks", "in a fortnight", "in 6 weeks' time", "in 3 days", "within a month", "in two weeks",
  "within 10 working days", "a fortnight hence", "three weeks hence": today plus that (working days skip
  weekends). "3 Fridays from now" is the third Friday after today.
- "by Wednesday" is the next Wednesday after today; "next Wednesday", "Wednesday next week" and "Wednesday
  of next week" are the Wednesday of next week (Monday first); "this Wednesday" is the one on or after
  today; "Tuesday of this week" is this week's, even if past. Weekday abbreviations ("Wed", "Thurs", "Sun")
  count only after "by"/"on"/"before"/"until"/"due"/"next"/"this", so "Su" or "Sat on the panel" are not dates.
- "today", "tomorrow", "EOD"; "end of (the/current) week"/"this week" is the first Friday after today (like
  "by Friday", so on a Friday it is the coming Friday), "end of next/the coming/the following week"/"next
  week" the Friday a week later; "end of the month"/"this month"/"EOM", "next month"/"end of next month"
  (last day of next month); "end of the year"/"EOY" is 31 December.
- Ordinal phrases: "the last Friday of October", "first Tuesday in October 2014", "the 20th of next month",
  "20 of this month", "the third day of October", "the fifth last day of May", "the last working day of
  June" (bank holidays are not working days), "the (second) closest Monday to 5 October". A year-less month
  whose day is past is next year's; in "of the month", next month's.
- Holidays in England and Wales (:mod:`~bot.understanding.holiday_dates`): "by Christmas", "Easter Monday",
  "the August bank holiday 2018", "the May bank holiday" (the next of the two), "the next bank holiday",
  Mothering Sunday (three weeks before Easter), Father's Day (third Sunday of June), pancake day, Guy
  Fawkes, Halloween, Valentine's, St Patrick's Day, Maundy Thursday, Palm/Trinity Sunday, Whitsun/Pentecost,
  Whit Monday, New Year's Eve/Day; "three days after Easter", "the third Tuesday after Christmas 2014".
  Without a year, the next one on or after today ("next Halloween": after today). A holiday needs a cue
  ("by", "before", "on", "for", "at", ...), "next"/"this" or a year, and must end the phrase, so "the
  Christmas safety campaign" and "the Easter holidays" are not dates.
- "before the next meeting", "to the next board", "for the next DSCB": the first board date after today.
  "the July board"/"the July meeting": the first board date in July on or after today. With no such board
  date known the mention is still returned, with ``date=None`` and ``meeting=True``.
- "asap", "as soon as possible", "urgently", "immediately": ``asap=True`` and ``date=None``.
- "tbc", "to be confirmed", "when available" are not dates: they give no mention at all, so
  :func:`find_due` returns None for them.
- Numbers that are not dates stay numbers: "S11", "S175", "114", "56%", "£250", "0 – 25", "105 years",
  "Page 9", "item 12", "10:00 – 14:00".
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from bot.understanding.absolute_dates import _on_dm, _on_iso, _on_loose, _on_md, _on_month, _on_num
from bot.understanding.date_arithmetic import _date, _plus_days, _plus_months
from bot.understanding.date_fallback import _dateparser_day_month, _with_year
from bot.understanding.date_patterns import (
    _ASAP_RE,
    _DIGIT_AND_MONTH_RE,
    _DM_RE,
    _DURATION_RE,
    _FULL_WORD_DOT_RE,
    _ISO_RE,
    _LONE_ORDINAL_RE,
    _LOOSE_RE,
    _MD_RE,
    _MONTH_MEETING_RE,
    _MONTH_RE,
    _MONTH_REL_RE,
    _NEXT_MEETING_RE,
    _NUM_RE,
    _OFFSET_RE,
    _PHRASE_TIME_RE,
    _REL_DAY_RE,
    _THE_NTH_RE,
    _TRIM_RE,
    _WEEK_RE,
    _WEEKDAY_RE,
    _YEAR_END_RE,
)
from bot.understanding.date_ranges import _DIGITS, _ORDINAL_RANGE_RE, _RANGE_RE, _on_ordinal_range, _on_range
from bot.understanding.date_scan import _Cand, _Scan
from bot.understanding.date_words import MONTH_NUMBERS, MONTH_WORDS, _number, month_of
from bot.understanding.holiday_dates import _HOLIDAY_RE, _HOLIDAY_WORDS, _on_holiday
from bot.understanding.ordinal_dates import (
    _CLOSEST_RE,
    _LONE_ORDINAL_WORD_RE,
    _MONTH_ORDINAL_RE,
    _NTH_DAY_RE,
    _NTH_WEEK_RE,
    _NTH_WEEKDAY_RE,
    _ORDINAL_WORDS_GATE,
    _WEEKDAY_WORDS,
    _WEEKDAYS_FROM_NOW_RE,
    _on_closest,
    _on_lone_ordinal_word,
    _on_month_ordinal,
    _on_nth_day,
    _on_nth_week,
    _on_nth_weekday,
    _on_weekdays_from_now,
)
from bot.understanding.patterns import Pattern, guarded
from bot.understanding.relative_dates import (
    _on_asap,
    _on_duration,
    _on_month_meeting,
    _on_month_rel,
    _on_next_meeting,
    _on_rel_day,
    _on_the_nth,
    _on_week,
    _on_weekday,
    _on_year_end,
)
from bot.understanding.text import ascii_twins

__all__ = [
    "DATE_CORRECTED",
    "MONTH_NUMBERS",
    "MONTH_WORDS",
    "DateMention",
    "find_dates",
    "find_due",
    "month_of",
    "parse_date",
    "with_offset",
]


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date wording found in a text."""

    date: datetime.date | None  # None for asap, or for a meeting whose date is not known
    asap: bool  # "asap", "as soon as possible", "urgently", "immediately"
    wording: str  # the text as written, including a leading "by"/"before"/"due"/... if present
    span: tuple[int, int]  # where `wording` is in the input
    meeting: bool  # the date was taken from a board meeting ("the July board", "next meeting")
    cue: int = 2  # 2 a due cue ("by", "before", a duration, asap), 1 a weak one ("on", "in", "for"), 0 none


# --------------------------------------------------------------------------------------------------------
# Scanning

_Handler = Callable[[re.Match[str], _Scan], None]
_ALWAYS: tuple[str, ...] = ()
# (pattern, reader, gate): the pattern is only run on a text holding one of the gate's words (lower case), so
# that the rarer wordings cost almost nothing on a long message that has none.
_RULES: tuple[tuple[Pattern, _Handler, tuple[str, ...]], ...] = (
    (_ISO_RE, _on_iso, _ALWAYS),
    (_NUM_RE, _on_num, _ALWAYS),
    (_DM_RE, _on_dm, _ALWAYS),
    (_MD_RE, _on_md, _ALWAYS),
    (_MONTH_RE, _on_month, _ALWAYS),
    (_MONTH_MEETING_RE, _on_month_meeting, _ALWAYS),
    (_NEXT_MEETING_RE, _on_next_meeting, _ALWAYS),
    (_THE_NTH_RE, _on_the_nth, _ALWAYS),
    (_WEEKDAY_RE, _on_weekday, _ALWAYS),
    (_REL_DAY_RE, _on_rel_day, _ALWAYS),
    (_WEEK_RE, _on_week, _ALWAYS),
    (_MONTH_REL_RE, _on_month_rel, _ALWAYS),
    (_YEAR_END_RE, _on_year_end, _ALWAYS),
    (_DURATION_RE, _on_duration, _ALWAYS),
    (_ASAP_RE, _on_asap, _ALWAYS),
    (_RANGE_RE, _on_range, _DIGITS),
    (_ORDINAL_RANGE_RE, _on_ordinal_range, _DIGITS),
    (_HOLIDAY_RE, _on_holiday, _HOLIDAY_WORDS),
    (_NTH_WEEKDAY_RE, _on_nth_weekday, _WEEKDAY_WORDS),
    (_NTH_DAY_RE, _on_nth_day, ("day", "month")),
    (_NTH_WEEK_RE, _on_nth_week, ("week of", "week in")),
    (_CLOSEST_RE, _on_closest, ("closest", "nearest")),
    (_WEEKDAYS_FROM_NOW_RE, _on_weekdays_from_now, ("days from", "days hence")),
    (_MONTH_ORDINAL_RE, _on_month_ordinal, _ORDINAL_WORDS_GATE),
    (_LONE_ORDINAL_WORD_RE, _on_lone_ordinal_word, _ORDINAL_WORDS_GATE),
    (_LOOSE_RE, _on_loose, _ALWAYS),
)


# "..., not today", "rather than 1 July", "instead of Friday": right before a date, the date it is not.
_NOT_THIS_DATE_RE = guarded(
    r"(?:\bnot|\brather\s+than|\binstead\s+of)\s+(?:(?:to|for|at|by)\s+)?(?:the\s+|on\s+)?"
    r"(?:(?:audit\s+)?(?:panel|board|workshop|meeting|session|one)\s+(?:on\s+)?)?$|"  # "… than to the panel on Monday"
    # "can it go to the sept board instead, the data won't be out til august": why, not when
    # (never "won't be done until 12 June": the work's own new date)
    r"(?:n['’]t|\bwont|\bcant|\bnot)\s+(?:be\s+)?(?:out|available|published|through|here)\s+(?:(?:un)?til+\s+|before\s+)?$|"
    # "I'm not going to make the end of May deadline on A-39. Could it move to mid June?": the date missed
    r"(?:n['’]t|\bwont|\bcant|\bnot(?:\s+going\s+to)?|\bunable\s+to)\s+(?:be\s+able\s+to\s+)?(?:make|meet|hit)\s+"
    r"(?:(?:the|our|my|that|its)\s+)?$|\bmiss(?:ing)?\s+(?:(?:the|our|my|that|its)\s+)?$"
)
# "the analyst is on leave until 22 June", "Jo's back from leave on 26 May", "the report was published on 11 May", "IT
# say the upgrade lands on 8 June", "the returns dont close till 12 june": the day of something else, never a due date
_OTHER_DAY_RE = guarded(
    r"(?:\b(?:is|are|am|was|were|be|been|['’]s|['’]m|['’]re)\s+(?:(?:on|off\s+on)\s+(?:annual\s+|maternity\s+|sick\s+|"
    r"study\s+)?leave|off(?:\s+sick)?|away|on\s+holiday|on\s+(?:a\s+)?course|out\s+of\s+(?:the\s+)?office|"
    r"back(?:\s+in)?)|"
    r"\bback\s+(?:from\s+(?:annual\s+|sick\s+)?(?:leave|holiday|a/l|the\s+course)|in\s+the\s+office|at\s+work))"
    r"\s+(?:on|from|until|till|til|up\s+to|through|in)?\s*(?:the\s+)?$|"
    r"\b(?:(?:was|were|got|been|is|are)\s+(?:published|released|launched|issued)|lands|landed|arrives|arrived|"
    r"goes\s+live|went\s+live)\s+(?:on\s+)?(?:the\s+)?$|"
    r"(?:\b(?:don|doesn|won|didn|isn|aren)['’]?t|\bnot)\s+(?:close|open|arrive|land|come\s+in|start|finish)\s+"
    r"(?:(?:un)?til+|before)\s+(?:the\s+)?$"
)
# "Ahead of Monday's panel, please record …": the occasion the message opens with, not the date of what it asks
_CONTEXT_OPENING_RE = guarded(
    r"^\W*(?:(?:good\s+)?(?:morning|afternoon)\W+|(?:hi|hello)\W+)?(?:ahead\s+of|in\s+preparation\s+for|following|"
    r"after|at)\s+[^,.;:!?]{1,50}[,.;:]"
)


def _today(now: datetime.datetime | datetime.date) -> datetime.date:
    return now.date() if isinstance(now, datetime.datetime) else now


def _boards(board_dates: Sequence[datetime.date]) -> tuple[datetime.date, ...]:
    return tuple(sorted({_today(b) for b in board_dates if isinstance(b, datetime.date)}))


def _scan(text: str, now: datetime.datetime, board_dates: Sequence[datetime.date]) -> list[_Cand]:
    """All accepted candidates, in text order, non-overlapping, with spans including their cue.

    The text is read as its ASCII twins (same length), so spans hold in the text as given.
    """
    text = ascii_twins(text)
    sc = _Scan(text, _today(now), _boards(board_dates), [])
    low = text.lower()
    for pattern, handler, gate in _RULES:
        if gate and not any(word in low for word in gate):
            continue
        for m in pattern.finditer(text):
            handler(m, sc)
    if not sc.out:
        return []
    # A range's days win; then the longest wording; then the earlier one.
    sc.out.sort(key=lambda c: (-c.rank, c.start - c.end, c.start))
    starts: list[int] = []
    kept: list[_Cand] = []
    for c in sc.out:
        i = bisect.bisect_right(starts, c.start)
        if i > 0 and kept[i - 1].end > c.start:
            continue
        if i < len(kept) and kept[i].start < c.end:
            continue
        starts.insert(i, c.start)
        kept.insert(i, c)
    prev_end = 0
    for c in kept:
        if c.cue_start < prev_end:
            c.cue_start = c.start
        if text[c.end - 1] == "." and _FULL_WORD_DOT_RE.search(text, max(0, c.end - 12), c.end):
            c.end -= 1  # "10th July." ends a sentence; "Sept." keeps its dot
        prev_end = c.end
    return kept


def _mention(text: str, c: _Cand) -> DateMention:
    start = c.cue_start
    if c.cue_start == c.start and re.search(r"(?:^|[,;:–—-]\s*)the\s$", text[max(0, start - 8) : start], re.I):
        start -= 4  # "…, the fourth of september": the article with the date, after a comma
    return DateMention(
        date=c.date,
        asap=c.asap,
        wording=text[start : c.end],
        span=(start, c.end),
        meeting=c.meeting,
        cue=c.cue,
    )


# A correction of what was just written: the dates after it are the ones meant.
DATE_CORRECTED = guarded(r"(?:^|[.!?,;–—-]\s*)(?:sorry|oops|correction|i\s+mean|i\s+meant|my\s+mistake)\b[,:]?\s*")


def find_dates(text: str, now: datetime.datetime, board_dates: Sequence[datetime.date] = ()) -> list[DateMention]:
    """Every date mention in `text`, in order (e.g. "can't make 10 July" gives 10 July)."""
    return [_mention(text, c) for c in _scan(text, now, board_dates)]


def said_not(text: str, mention: DateMention) -> bool:
    """Whether a date is written as the one it is not ("for the workshop, not the July board", "rather than 1 July")
    or as the day of something else ("the analyst is on leave until 22 June")."""
    low = ascii_twins(text).lower()
    return _NOT_THIS_DATE_RE.search(low, 0, mention.span[0]) is not None or _other_day(low, mention.span[0])


def _other_day(low: str, start: int) -> bool:
    """Whether the date at ``start`` is the day of something else: someone's leave, a report's publication (never
    "move a-3 to when I'm back on 12 June": the day asked for)."""
    before = low[max(0, start - 60) : start]
    found = _OTHER_DAY_RE.search(before)
    return found is not None and not re.search(r"\b(?:when|once|after)\s+(?:\w+\s*){0,2}$", before[: found.start()])


def find_due(
    text: str, now: datetime.datetime, board_dates: Sequence[datetime.date] = (), *, others_days: bool = False
) -> DateMention | None:
    """The due-date wording in a message, or None if it has none ("tbc" and "when available" are none).

    Of several mentions the one with the strongest cue wins ("by", "before", "due", a duration or "asap"
    over "on"/"in"/"for" over none), then one not in the past, then the most specific (a day over a month
    over "asap"), then the last; never the day of something else ("the analyst is on leave until 22 June") unless
    ``others_days`` (reading leave).
    """
    cands = _scan(text, now, board_dates)
    if not cands:
        return None
    if len(cands) > 1:  # "next fri not today", "1 june not 1 july": the date said not to be is never the due date
        low = ascii_twins(text).lower()
        cands = [c for c in cands if not _NOT_THIS_DATE_RE.search(low, 0, c.cue_start)] or cands
        corrected = DATE_CORRECTED.search(low)  # "end of july. sorry, end of JUNE not july": the date put right
        if corrected is not None:
            cands = [c for c in cands if c.start >= corrected.end()] or cands
        opening = _CONTEXT_OPENING_RE.match(low)  # "ahead of monday's panel, … for the july board": the july board
        if opening is not None:
            cands = [c for c in cands if c.start >= opening.end()] or cands
        cands = [c for c in cands if not _WAS_DUE_RE.search(low[max(0, c.cue_start - 40) : c.cue_start])] or cands
    cands = [c for c in cands if not _when_told(text, c)]  # "…, she asked me this morning": when, never the date
    if not others_days:  # "…, the analyst is on leave until 22 June": never the due date (but the day someone is back)
        folded = ascii_twins(text).lower()
        cands = [c for c in cands if not _other_day(folded, c.cue_start)]
    if not cands:
        return None
    today = _today(now)
    best = max(cands, key=lambda c: (c.cue, c.date is None or c.date >= today, c.spec, c.start))
    mention = with_offset(text, _mention(text, best))
    if best.date is not None and any(c.asap for c in cands) and _AT_THE_LATEST_RE.search(text):
        mention = replace(mention, asap=True)  # "asap and no later than the july board": both
    return mention if _NEXT_YEAR_RE.search(text) else _just_past(mention, today)  # "… so it feeds next year's plan"


# "was due 30 april so asap now", "it was meant to be by 30 April": the date it had, never the one it has now
_WAS_DUE_RE = re.compile(
    r"\b(?:was|were|had\s+been|originally|should\s+have\s+been(?:\s+(?:done|in|sent|back))?)\s+"
    r"(?:(?:meant|supposed)\s+to\s+be\s+)?$",
    re.I,
)
_AT_THE_LATEST_RE = re.compile(r"\bno\s+later\s+than\b|\bat\s+the\s+(?:very\s+)?latest\b|\blatest\s+by\b", re.I)
_YEAR_WRITTEN_RE = re.compile(r"\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2}|['’]\d{2}\b|\bnext\b|\byear\b|holiday|\bbank\b", re.I)
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
_DAY_MONTH_RE = re.compile(  # a day and a month as written: "8 May", "the 1st of May", "May 8th", "1/5"
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTHS}\b|\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}[/.]\d{{1,2}}\b",
    re.I,
)
_WHEN_ASKED_RE = re.compile(r"(?:earlier\s+)?(?:this\s+(?:morning|afternoon|evening)|today|yesterday)", re.I)
_TOLD_RE = re.compile(
    r"\b(?:asked|rang|phoned|called|emailed|e-mailed|said|told|mentioned|spoke|messaged|texted|offered|agreed)\b"
    r"[^.,;:!?]{0,20}$",
    re.I,
)


def _when_told(text: str, cand: _Cand) -> bool:
    """ "she asked me this morning", "Jo rang today", "she offered at SCR sub yesterday", "Viv agreed it on Monday":
    when something was said or offered, never a due date."""
    if cand.cue > 1:
        return False
    said = text[cand.start : cand.end]
    if not cand.cue and _GONE_BY_RE.fullmatch(said):
        return True  # "yesterday", "last night": a day gone, never a day work is due
    if not cand.cue:
        return bool(_WHEN_ASKED_RE.fullmatch(said)) and bool(_TOLD_RE.search(text, 0, cand.start))
    on = text[cand.cue_start : cand.start].strip().lower() == "on"  # "… agreed it on Monday": when (never "for …")
    return on and bool(_OFFERED_ON_RE.search(text, 0, cand.cue_start))


_GONE_BY_RE = re.compile(r"yesterday|last\s+night", re.I)
# Said, offered or agreed, then where, then the day ("she offered at SCR sub on Monday", "agreed it on Tuesday")
_OFFERED_ON_RE = re.compile(
    r"\b(?:asked|rang|phoned|called|emailed|said|told|mentioned|offered|agreed|volunteered|promised|raised|confirmed)"
    r"(?:\s+(?:it|this|that|me|us))?(?:\s+(?:at|in|during)\s+(?:the\s+)?[\w&'’-]+(?:\s+[\w&'’-]+){0,2}?)?\s+$",
    re.I,
)


_NEXT_YEAR_RE = re.compile(r"\bnext\s+year", re.I)
_JUST_PAST_DAYS = 21  # "by 8 May", written on 15 May: that day, already past (the conversation asks), not next May's


def _just_past(mention: DateMention, today: datetime.date) -> DateMention:
    """A year-less due day that fell in the last three weeks is that day, already past, not next year's: "send it by
    8 May (I know that's gone)" written on 15 May. The conversation asks about a past due date, so it is never
    stored as overdue unasked; a day further back stays next year's ("by 1 April", written in May)."""
    day = mention.date
    written = mention.wording
    if day is None or mention.meeting or day.year != today.year + 1 or _YEAR_WRITTEN_RE.search(written):
        return mention
    if not _DAY_MONTH_RE.search(written):
        return mention  # "by the early May bank holiday", "by the second": not a day and month written
    before = _date(day.year - 1, day.month, day.day)
    if before is None or not 0 < (today - before).days <= _JUST_PAST_DAYS:
        return mention
    return DateMention(before, mention.asap, mention.wording, mention.span, mention.meeting, mention.cue)


def with_offset(text: str, mention: DateMention) -> DateMention:
    """ "two weeks before the July board", "a month after the workshop", "the day before the panel": move the date
    by the offset and take it into the wording."""
    wording = ascii_twins(mention.wording).lower()
    before = wording.startswith("before")
    offset = _OFFSET_RE.search(ascii_twins(text), 0, mention.span[0]) if mention.date is not None else None
    if offset is None or before == bool(offset["after"] or wording.startswith("after")):
        return mention  # (never "a week after before …", nor a date with nothing before it)
    n = 1 if offset["n"].lower() == "the" else _number(offset["n"])  # never a KeyError: "fıve" is no number word
    unit = offset["unit"].lower()
    if n is None or (offset["n"].lower() == "the" and not unit.startswith("day")):
        return mention
    sign = -1 if before else 1
    if unit.startswith("month"):
        day = _plus_months(mention.date, sign * n)  # type: ignore[arg-type]
    else:
        day = _plus_days(mention.date, sign * n * {"w": 7, "f": 14}.get(unit[0], 1))  # type: ignore[arg-type]
    if day is None:
        return mention
    start = offset.start()
    return DateMention(
        day, False, text[start : mention.span[1]],
        (start, mention.span[1]), mention.meeting, mention.cue,
    )  # fmt: skip


def parse_date(text: str, now: datetime.datetime, board_dates: Sequence[datetime.date] = ()) -> datetime.date | None:
    """A phrase meant to be one date ("10/07", "next Friday", "the July board", "2015-07-10"), else None.

    The phrase may carry a cue ("by 10 July") and a time ("10 July at 10:00"); anything else around the
    date, or a second date, makes it None. "asap", "tbc" and an unknown meeting date are None too.
    """
    phrase = ascii_twins(text).strip()
    if not phrase or len(phrase) > 200:
        return None
    # The phrase is meant as a date, so read it as if it followed "by": a lone "July" or "Wed" counts,
    # and so does a lone ordinal ("3rd" as "the 3rd").
    prefix = "by the " if _LONE_ORDINAL_RE.fullmatch(phrase) else "by "
    cands = _scan(prefix + phrase, now, board_dates)
    if len(cands) == 1:
        c = cands[0]
        before = phrase[: max(0, c.cue_start - len(prefix))]
        after = phrase[max(0, c.end - len(prefix)) :]
        if (
            c.date is not None
            and _TRIM_RE.fullmatch(before) is not None
            and (_TRIM_RE.fullmatch(after) is not None or _PHRASE_TIME_RE.match(after) is not None)
        ):
            return c.date
        return None
    if not cands and len(phrase) <= 40 and _DIGIT_AND_MONTH_RE.match(phrase):
        got = _dateparser_day_month(phrase)
        return None if got is None else _with_year(_today(now), got)
    return None
