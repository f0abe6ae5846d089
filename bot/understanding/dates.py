"""Due dates and meeting dates in free text written by UK board members.

Board members write dates day first and loosely: "by end June 2015", "30/06", "w/c 1 June", "in a
fortnight", "by next Wednesday", "before the next meeting", "by the July board", "asap". This module turns
such wording into a :class:`DateMention` (the date, the words and their span, so that a caller can cut the
due date out of an action's text). It is pure: board meeting dates are passed in, nothing is stored.

Approach
--------
Every common form is read by a small set of compiled, bounded regular expressions (one per family of
wording: numeric dates, day-month, month-day, month phrases, weekdays, relative days, weeks, months and
durations, board meetings, "asap"). Each match is resolved and validated by a small function, then the
longest non-overlapping matches win, and a leading cue ("by", "before", "due", "no later than", "for",
"on", ...) is added to the span. dateparser is only asked about odd spellings that a loose regex flags as a
date but the strict ones do not read ("Jul.10", "10/Jul/2015", "2015 July 10"): it is set up once, lazily,
with a fixed base and only the absolute-date parser, and the year of a year-less answer is then chosen here.
dateparser is not used for the rest because it reads "by end of June" as 15 June, misses "the next
meeting", and reads "Su" as Sunday, "56%" as a year and "S11" as a date.

Rules (``today`` is ``now.date()``)
-----------------------------------
- Day first: "10/07" is 10 July; "1/6" is 1 June; "15.06.15" is 15 June 2015; ISO "2015-06-30" is read too.
  Two-digit years are 20xx. An explicit year is kept even when the date is past.
- A year-less day and month is the next occurrence on or after today; "the 3rd" is the next 3rd of a month.
- A month on its own ("by September", "in September", "end of June", "late June") means the last day of
  that month, because a task due "by/in September" is on time until 30 September. "mid June" is the 15th;
  "early/beginning of/start of June" is the 1st. A year-less month is this year's unless that month has
  already ended, then next year's. A month on its own needs a cue ("by", "in", "for", "during", ...),
  "May" must be capitalised and not followed by a surname ("May Smith"), so a name is not a month.
- "w/c 1 June" / "week commencing 1 June" is the Monday of the week that holds the date.
- "within 2 weeks", "in a fortnight", "in 6 weeks' time", "in 3 days", "within a month", "in two weeks",
  "within 10 working days": today plus that (working days skip weekends).
- "by Wednesday" is the next Wednesday after today; "next Wednesday" is the Wednesday of next week (Monday
  first); "this Wednesday" is the one on or after today. Weekday abbreviations ("Wed", "Thurs", "Sun") count
  only after "by"/"on"/"before"/"until"/"due"/"next"/"this", so "Su" or "Sat on the panel" are not dates.
- "today", "tomorrow"; "end of (the) week"/"this week" is the first Friday after today (like "by Friday",
  so on a Friday it is the coming Friday), "end of next week"/"next week" the Friday a week later;
  "end of the month"/"this month", "next month"/"end of next month" (last day of next month).
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
import calendar
import datetime
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from bot.errors import InvalidInput
from bot.understanding.text import ascii_twins

__all__ = ["MONTH_NUMBERS", "MONTH_WORDS", "DateMention", "find_dates", "find_due", "month_of", "parse_date"]


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
# Vocabulary

_FLAGS = re.IGNORECASE | re.ASCII | re.VERBOSE

# The month words people write ("Jan", "Sept", "September"), as a non-capturing group; used case-insensitively,
# with ASCII case rules whatever the enclosing pattern's flags, so that "ſept" (long s) is not a month word.
MONTH_WORDS = (
    r"(?a:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WEEKDAY = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?)"
)
# A month's number by the first three letters of its name.
MONTH_NUMBERS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAY_NUM = {"mo": 0, "tu": 1, "we": 2, "th": 3, "fr": 4, "sa": 5, "su": 6}


def _words(spaced: str) -> list[str]:
    return spaced.split()


# Month words that may stand alone after a cue ("by Sept"); "jan"/"mar" are too often something else.
_LONE_MONTHS = frozenset(
    _words(
        "january february march april may june july august september sept october november december"
        " feb apr jun jul aug sep oct nov dec"
    )
)
# Months that are also first names: not a month when a capitalised word follows ("May Smith").
_NAME_MONTHS = frozenset({"may", "june", "april", "jun", "apr"})

_ORDINALS = _words(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth"
    " fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
)
_ORDINAL_WORDS = {w: i + 1 for i, w in enumerate(_ORDINALS)}
_ORDINAL_WORDS.update({f"twenty{w}": 21 + i for i, w in enumerate(_ORDINALS[:9])})
_ORDINAL_WORDS.update({"thirtieth": 30, "thirtyfirst": 31})
_ORDINAL_RE = (
    r"(?:(?:twenty|thirty)[\s-]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth"
    r"|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)"
)

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "couple of": 2, "a couple of": 2,
}  # fmt: skip
_NUMBER_RE = (
    r"(?:a\s+couple\s+of|couple\s+of|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|\d{1,3})"
)

# A board's own name: LSCB, DSCB, DSAB, SAB, LSCP, ... (case-sensitive), or "board"/"meeting".
_BOARD_ACRONYM = r"(?-i:[A-Z]{0,3}S[A-Z]?[BP])"
_BOARD_WORD = rf"(?:board|{_BOARD_ACRONYM})"
_YEAR = r"(?:19|20)\d{2}(?![\d:])"

# --------------------------------------------------------------------------------------------------------
# Context regexes (matched on the few characters before or after a candidate)

_CUE_RE = re.compile(
    r"""\b(?P<cue>
        (?:no|not)\s+later\s+than
      | due(?:\s+(?:by|on|before|for|back(?:\s+by)?|date(?:\s+of)?))?
      | deadline(?:\s+(?:of|is|for))?
      | by | before | until | till | til | prior\s+to | ahead\s+of | in\s+time\s+for
      | (?:end|close)\s+of\s+(?:play|business|(?:the\s+)?day)(?:\s+on)?
      | on | for | in | during | throughout | at | to
    )\s*[:\-\u2013]?\s*(?:the\s+)?\Z""",
    _FLAGS,
)
_WEAK_CUES = frozenset({"on", "for", "in", "during", "throughout", "at", "to"})
_W_DATE = frozenset({"on", "for"})
_W_MONTH = frozenset({"in", "during", "throughout", "for"})
_W_MEETING = frozenset({"at", "to", "for", "in"})

_WC_RE = re.compile(
    r"""\b(?:w\s?/\s?c|w\.c\.?|w/b|wc|wk\.?\s+comm(?:encing|\.)?|(?:the\s+)?week\s+(?:commencing|beginning|starting|of))
        \s*[:\-]?\s*(?:the\s+)?\Z""",
    _FLAGS,
)
_COUNTER_RE = re.compile(
    r"""\b(?:items?|pages?|pp?|sections?|s|paras?|paragraphs?|points?|no|nos|numbers?|appendix|annex|chapter
        |table|figure|fig|question|q|version|v|step|stage|phase|level|tier|room|priority|year|aged?|ages)
        \.?\s*\Z""",
    _FLAGS,
)
_AGENDA_RE = re.compile(r"\bagenda(?:\s+item)?(?:\s+(?:for|at|on))?\s*[:\-]?\s*\Z", _FLAGS)
_BOARD_AFTER_RE = re.compile(rf"\s+(?:full\s+)?(?:{_BOARD_WORD}|meeting)\b", _FLAGS)
_NAME_AFTER_RE = re.compile(
    r"\s+(?-i:[A-Z][a-z])(?!(?:oard|eeting|ull)\b)(?!(?:onday|uesday|ednesday|hursday|riday|aturday|unday)\b)",
    _FLAGS,
)
_END_AFTER_RE = re.compile(
    r"\s*(?:\Z|[.,;:!?)\]\u2013\u2014-]|(?:at|and|or|to|please|latest|if|so|then|for|with)\b)", _FLAGS
)
_NUM_UNIT_AFTER_RE = re.compile(
    r"""\s*(?:%|(?:of|per|days?|hours?|hrs?|h|mins?|minutes?|times?|terms?|weeks?|months?|years?|yrs?|am|pm
        |miles?|pupils?|people|staff|schools?|cases?|children|families)\b)""",
    _FLAGS,
)
_TIME_AFTER_RE = re.compile(r"\s*(?:am|pm|hrs?|h)\b", _FLAGS)

# --------------------------------------------------------------------------------------------------------
# Candidate regexes

_ISO_RE = re.compile(
    r"(?<![\w/.-])(?P<y>(?:19|20)\d{2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d/]|[.-]\d)",
    _FLAGS,
)
_NUM_RE = re.compile(
    r"""(?<![\w/.:\u00a3$\u20ac#-])
        (?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?:(?P=sep)(?P<y>\d{4}|\d{2}))?
        (?![\w/]|[.:-]\d)""",
    _FLAGS,
)
_DM_RE = re.compile(
    rf"""(?<![\w\u00a3$\u20ac%/.:#])
        (?:(?P<wd>{_WEEKDAY})\b\.?,?\s+(?:the\s+)?)?
        (?:(?P<d>\d{{1,2}})(?:\s?(?P<suf>st|nd|rd|th))?(?:\s+of\s+|\s*-\s*|\s*)
          |(?P<dw>{_ORDINAL_RE})\s+of\s+)
        (?P<mon>{MONTH_WORDS})\b\.?
        (?:,?\s+(?P<y>{_YEAR})|\s*'(?P<y2>\d{{2}})\b|-(?P<y3>\d{{2}})\b(?![-/.]\d))?""",
    _FLAGS,
)
_MD_RE = re.compile(
    rf"""(?<![\w\u00a3$\u20ac])
        (?:(?P<wd>{_WEEKDAY})\b\.?,?\s+)?
        (?P<mon>{MONTH_WORDS})\b\.?\s*(?:the\s+)?
        (?P<d>\d{{1,2}})(?:\s?(?P<suf>st|nd|rd|th))?\b
        (?:,?\s+(?P<y>{_YEAR}))?
        (?![.:/]\d|\s*%)""",
    _FLAGS,
)
_MONTH_RE = re.compile(
    rf"""(?<![\w\u00a3$/])
        (?P<pos>(?:the\s+)?(?:very\s+)?(?P<p>end|close|beginning|start|middle|mid|early|late)
           (?:\s+of(?:\s+the\s+month\s+of)?\s+|\s*-\s*|\s+))?
        (?:the\s+month\s+of\s+)?
        (?P<mon>{MONTH_WORDS})\b\.?
        (?:,?\s+(?P<y>{_YEAR})|\s*'(?P<y2>\d{{2}})\b)?""",
    _FLAGS,
)
_MONTH_MEETING_RE = re.compile(
    rf"""\b(?:the\s+)?(?P<mon>{MONTH_WORDS})\b\.?(?:'s|\s+(?P<y>{_YEAR}))?\s+(?:full\s+)?(?:{_BOARD_WORD}|meeting|mtg)
           (?:\s+meeting)?\b
       |\b(?:the\s+)?(?:next\s+)?(?:full\s+)?{_BOARD_WORD}(?:\s+meeting)?\s+(?:in|on|for)\s+
           (?P<mon2>{MONTH_WORDS})\b(?:\s+(?P<y2>{_YEAR}))?""",
    _FLAGS,
)
_NEXT_MEETING_RE = re.compile(
    rf"""\b(?:the\s+)?(?:next|following)\s+(?:full\s+)?
        (?:board(?:\s+meeting)?|meeting(?:\s+of\s+the\s+(?:full\s+)?board)?|mtg|partnership\s+(?:board|meeting)
          |{_BOARD_ACRONYM}(?:\s+(?:board\s+)?(?:meeting|mtg)|\s+board)?)\b""",
    _FLAGS,
)
_OTHER_BODY_RE = re.compile(r"(?:\b(?:its|their|his|her)|\w['’]s)\s+$", re.IGNORECASE)
_OFFSET_RE = re.compile(r"\b(?P<n>\d{1,2}|a|an|one|two|three|four|five|six)\s+(?P<unit>days?|weeks?)\s+$", _FLAGS)
_THE_NTH_RE = re.compile(
    rf"""\b(?:(?P<wd>{_WEEKDAY})\b\.?,?\s+(?:the\s+)?|the\s+)(?P<d>\d{{1,2}})\s?(?:st|nd|rd|th)\b
        (?:\s+of\s+(?P<which>next|this|the)\s+month\b)?""",
    _FLAGS,
)
_WEEKDAY_RE = re.compile(
    rf"""\b(?:(?P<mod>next|this\s+coming|this|coming|following|last)\s+)?(?P<wd>{_WEEKDAY})\b\.?
        (?P<wk>\s+week\b(?!\s+(?:commencing|beginning|starting)))?""",
    _FLAGS,
)
_REL_DAY_RE = re.compile(
    rf"""\b(?:(?P<dat>(?:the\s+)?day\s+after\s+tomorrow)
          |(?P<tod>today|tonight|this\s+(?:morning|afternoon|evening))
          |(?P<tom>tomorrow|tmrw)
          |(?P<yes>yesterday)
          |(?P<eod>(?:the\s+)?(?:end\s+of\s+(?:the\s+)?(?:working\s+)?day|close\s+of\s+(?:play|business))
             |(?-i:EOD|COB|COP|eod|cob))
           (?:\s+(?:on\s+)?(?P<wd>{_WEEKDAY})\b\.?)?
        )\b""",
    _FLAGS,
)
_WEEK_RE = re.compile(
    r"""\b(?:(?:the\s+)?end\s+of\s+(?:(?P<w1>this|the|next)\s+)?week(?P<a1>\s+after\s+next)?
          |(?P<w2>this|next)\s+week(?P<a2>\s+after\s+next)?
          |(?:the\s+)?week\s+after\s+next
          |(?P<eow>(?-i:EOW|eow)))\b
        (?!\s*(?:commencing|beginning|starting))""",
    _FLAGS,
)
_MONTH_REL_RE = re.compile(
    r"""\b(?:(?P<pos>(?:the\s+)?(?:very\s+)?(?P<p>end|close|beginning|start|middle|mid)(?:\s+of|\s*-)?\s*)?
           (?P<which>this|next|the|following)\s+month
         |month[\s-]?end|(?:the\s+)?end\s+of\s+month)\b""",
    _FLAGS,
)
_YEAR_END_RE = re.compile(
    r"""\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?P<fin>financial\s+|business\s+)?year
         |(?P<fin2>financial\s+)?year[\s-]end)\b""",
    _FLAGS,
)
_DURATION_RE = re.compile(
    rf"""\b(?:(?P<pre>within|in|over)\s+(?P<next>(?:the\s+)?(?:next|coming)\s+)?
            (?:(?P<n>{_NUMBER_RE})(?:\s*(?:-|\u2013|to|or)\s*(?P<n2>\d{{1,3}}|{_NUMBER_RE}))?\s+)?
          |(?P<n3>{_NUMBER_RE})\s+(?=(?:(?:working|business|school|calendar)\s+)?
             (?:day|week|fortnight|month|year)s?(?:'?s?\s+time|\s+from\s+(?:now|today))))
        (?P<work>(?:working|business|school)\s+|calendar\s+)?
        (?P<unit>day|week|fortnight|month|year)s?\b
        (?:'?s?\s+time\b|\s+from\s+(?:now|today)\b)?""",
    _FLAGS,
)
_ASAP_RE = re.compile(
    r"""\b(?:a\.s\.a\.p\.?(?!\w)|(?:asap|as\s+soon\s+as\s+(?:possible|practicable|practical|we\s+can|you\s+can)
         |urgently|immediately|straight\s+away|right\s+away|without\s+delay|as\s+a\s+matter\s+of\s+urgency
         |at\s+the\s+earliest\s+opportunity)\b)""",
    _FLAGS,
)
# Odd spellings left to dateparser: "Jul.10", "10/Jul/2015", "July, 10", "2015 July 10".
_LOOSE_RE = re.compile(
    rf"""(?<![\w\u00a3$])
        (?:\d{{1,2}}(?:st|nd|rd|th)?[./]{MONTH_WORDS}\b\.?(?:[./]\d{{2,4}})?
          |{MONTH_WORDS}\b\.?[.,/]\s?\d{{1,2}}(?:st|nd|rd|th)?(?:[.,/\s]\s?(?:19|20)\d{{2}})?
          |(?:19|20)\d{{2}}[\s./-]{MONTH_WORDS}\b\.?[\s./-]\d{{1,2}}(?:st|nd|rd|th)?)
        (?![\w/]|[.-]\d)""",
    _FLAGS,
)
_FULL_WORD_DOT_RE = re.compile(
    r"""(?:\d|\b(?:january|february|march|april|may|june|july|august|september|october|november|december
        |monday|tuesday|wednesday|thursday|friday|saturday|sunday|st|nd|rd|th|board|meeting|mtg|week|month
        |year|end|time|tomorrow|today|tonight|asap|possible|urgently|immediately|[A-Z]{3,6}))\.\Z""",
    _FLAGS,
)
_DIGIT_AND_MONTH_RE = re.compile(rf"(?=.*\d)(?=.*\b{MONTH_WORDS}\b)", _FLAGS | re.DOTALL)
_LONE_ORDINAL_RE = re.compile(r"\d{1,2}\s?(?:st|nd|rd|th)", _FLAGS)
_TRIM_RE = re.compile(r"[\s.,;:!?()\[\]'\"\u2013\u2014-]*", re.ASCII)
_PHRASE_TIME_RE = re.compile(
    r"""\s*(?:,\s*)?(?:at\s+|from\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|hrs?|h)?
        (?:\s*(?:-|\u2013|to)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|hrs?|h)?)?\s*\Z""",
    _FLAGS,
)

# --------------------------------------------------------------------------------------------------------
# Date arithmetic (never raises: out-of-range results are None)

_FAR = 8  # years searched ahead for a year-less date (29 February)


def _date(y: int, m: int, d: int) -> datetime.date | None:
    try:
        return datetime.date(y, m, d)
    except (ValueError, OverflowError):
        return None


def _plus_days(day: datetime.date, n: int) -> datetime.date | None:
    try:
        return day + datetime.timedelta(days=n)
    except (ValueError, OverflowError):
        return None


def _month_end(y: int, m: int) -> datetime.date | None:
    if not 1 <= y <= 9999 or not 1 <= m <= 12:
        return None
    return datetime.date(y, m, calendar.monthrange(y, m)[1])


def _plus_months(day: datetime.date, n: int) -> datetime.date | None:
    total = day.year * 12 + day.month - 1 + n
    y, m = divmod(total, 12)
    end = _month_end(y, m + 1)
    return None if end is None else end.replace(day=min(day.day, end.day))


def _plus_working_days(day: datetime.date, n: int) -> datetime.date | None:
    """The n-th working day (Monday to Friday) after `day`."""
    weeks, rest = divmod(n, 5)
    anchor = _plus_days(day, -max(0, day.weekday() - 4))  # a weekend counts from its Friday
    out = None if anchor is None else _plus_days(anchor, weeks * 7)
    while out is not None and rest > 0:
        out = _plus_days(out, 1)
        if out is not None and out.weekday() < 5:
            rest -= 1
    return out


def _next_on_or_after(today: datetime.date, m: int, d: int) -> datetime.date | None:
    """The first `d` of month `m` on or after today."""
    for y in range(today.year, today.year + _FAR + 1):
        got = _date(y, m, d)
        if got is not None and got >= today:
            return got
    return None


def _month_year(today: datetime.date, m: int) -> int:
    """This year for a month not yet ended, otherwise next year."""
    return today.year if m >= today.month else today.year + 1


def _monday(day: datetime.date) -> datetime.date | None:
    return _plus_days(day, -day.weekday())


def _two_digit_year(s: str) -> int:
    return 2000 + int(s) if len(s) == 2 else int(s)


# --------------------------------------------------------------------------------------------------------
# Candidates


@dataclass(slots=True)
class _Cand:
    start: int  # of the date words (after any cue)
    end: int
    date: datetime.date | None
    spec: int  # specificity: 3 a day, 2 a week or a month, 1 a year end, 0 asap
    cue_start: int  # start including the cue
    cue: int  # 2 a due cue ("by", "before", a duration, asap), 1 a weak one ("on", "in", "for"), 0 none
    meeting: bool = False
    asap: bool = False


@dataclass(slots=True)
class _Scan:
    text: str
    today: datetime.date
    boards: tuple[datetime.date, ...]
    out: list[_Cand]
    loose_left: int = 3  # dateparser calls allowed for this text

    def cue(self, pos: int, weak: frozenset[str]) -> tuple[int, int]:
        """(start of the cue, its strength) for words starting at `pos`; (pos, 0) without a cue."""
        m = _CUE_RE.search(self.text, max(0, pos - 40), pos)
        if m is None:
            return pos, 0
        word = " ".join(m.group("cue").lower().split())
        if word in _WEAK_CUES:
            return (m.start(), 1) if word in weak else (pos, 0)
        return m.start(), 2

    def lead(self, pos: int) -> int:
        """Start of the date words at `pos`, including a "w/c" before them."""
        wc = self.wc(pos)
        return pos if wc is None else wc

    def wc(self, pos: int) -> int | None:
        """Start of a "w/c" / "week commencing" right before `pos`, if any."""
        m = _WC_RE.search(self.text, max(0, pos - 24), pos)
        return None if m is None else m.start()

    def counted(self, pos: int) -> bool:
        """True when the number at `pos` follows "item", "page", "section", ... (and not "agenda item")."""
        lo = max(0, pos - 16)
        return (
            _COUNTER_RE.search(self.text, lo, pos) is not None
            and _AGENDA_RE.search(self.text, max(0, pos - 24), pos) is None
        )

    def name_follows(self, pos: int) -> bool:
        return _NAME_AFTER_RE.match(self.text, pos) is not None

    def ends_phrase(self, pos: int) -> bool:
        return _END_AFTER_RE.match(self.text, pos) is not None

    def next_board(self) -> datetime.date | None:
        for b in self.boards:
            if b > self.today:
                return b
        return None

    def board_in(self, m: int, y: int | None) -> datetime.date | None:
        for b in self.boards:
            if b.month == m and (b.year == y if y is not None else b >= self.today):
                return b
        return None

    def board_context(self, start: int, end: int, day: datetime.date | None) -> bool:
        """A plain date that is a board date and is written as one ("agenda item 10th July")."""
        if day is None or day not in self.boards:
            return False
        return (
            _AGENDA_RE.search(self.text, max(0, start - 24), start) is not None
            or _BOARD_AFTER_RE.match(self.text, end) is not None
        )

    def add_day(self, m: re.Match[str], day: datetime.date | None) -> _Cand | None:
        """Add a day-level date, with a "w/c" prefix turning it into that week's Monday."""
        s = m.start()
        wc = self.wc(s)
        if day is not None and wc is not None:
            day = _monday(day)
            s = wc
        if day is None:
            return None
        cue_start, cue = self.cue(s, _W_DATE)
        meeting = self.board_context(s, m.end(), day)
        cand = _Cand(s, m.end(), day, 3, cue_start, cue, meeting=meeting)
        self.out.append(cand)
        return cand


def month_of(word: str) -> int:
    """The number of a month word matched by :data:`MONTH_WORDS` ("Sept" -> 9); InvalidInput for other words."""
    number = MONTH_NUMBERS.get(ascii_twins(word[:3]).lower())
    if number is None:
        raise InvalidInput(f"{word[:20]!r} is not a month.")
    return number


def _weekday_of(word: str) -> int:
    return _WEEKDAY_NUM.get(word[:2].lower(), 0)


def _is_lower_may(word: str) -> bool:
    return word.lower() == "may" and word[0] == "m"


def _resolve_dm(sc: _Scan, d: int, mon: int, year: int | None) -> datetime.date | None:
    if year is not None:
        return _date(year, mon, d)
    return _next_on_or_after(sc.today, mon, d)


def _on_iso(m: re.Match[str], sc: _Scan) -> None:
    sc.add_day(m, _date(int(m["y"]), int(m["m"]), int(m["d"])))


def _on_num(m: re.Match[str], sc: _Scan) -> None:
    d, mon, y, sep = int(m["d"]), int(m["m"]), m["y"], m["sep"]
    if not (1 <= d <= 31 and 1 <= mon <= 12) or sc.counted(m.start()):
        return
    if y is None:
        if sep == "-" or (d, mon) == (24, 7) or _NUM_UNIT_AFTER_RE.match(sc.text, m.end()):
            return
        if sep == ".":
            # "10.06" only after a cue and with a two-digit month: "by 1.5" is a number, "10.30" a time.
            if len(m["m"]) != 2 or _TIME_AFTER_RE.match(sc.text, m.end()):
                return
            lead = sc.lead(m.start())
            if lead == m.start() and sc.cue(lead, _W_DATE)[1] == 0:
                return
    day = _resolve_dm(sc, d, mon, None if y is None else _two_digit_year(y))
    sc.add_day(m, day)


def _on_dm(m: re.Match[str], sc: _Scan) -> None:
    mon = month_of(m["mon"])
    if m["d"] is not None:
        d = int(m["d"])
        if m["suf"] is None and sc.counted(m.start("d")) and m["wd"] is None:
            return
        if _is_lower_may(m["mon"]) and not (m["suf"] or m["y"] or m["wd"] or sc.cue(m.start(), _W_DATE)[1]):
            return  # "all 5 may attend"
    else:
        d = _ORDINAL_WORDS.get(_SPACE_DASH_RE.sub("", m["dw"].lower()), 0)
    ys = m["y"] or m["y2"] or m["y3"]
    year = None if ys is None else _two_digit_year(ys)
    if not 1 <= d <= 31:
        return
    main = sc.add_day(m, _resolve_dm(sc, d, mon, year))
    if main is not None and m["d"] is not None and m["wd"] is None:
        _list_items(m, main, sc, mon, year)


_LIST_ITEM_RE = re.compile(
    r"""(?<![\w\u00a3$/.:-])(?P<d>\d{1,2})(?:\s?(?P<suf>st|nd|rd|th))?
        \s*(?:,|and|&|or|-|\u2013|\u2014|to|until|till)\s*\Z""",
    _FLAGS,
)
_SPACE_DASH_RE = re.compile(r"[\s-]+", re.ASCII)


def _list_items(m: re.Match[str], main: _Cand, sc: _Scan, mon: int, year: int | None) -> None:
    """Earlier days sharing the month: "18th and 22nd May", "1-3 June", "8th, 15th and 22nd May"."""
    pos = m.start()
    for _ in range(6):
        item = _LIST_ITEM_RE.search(sc.text, max(0, pos - 16), pos)
        if item is None:
            return
        d = int(item["d"])
        if not 1 <= d <= 31 or sc.counted(item.start()):
            return
        day = _resolve_dm(sc, d, mon, year)
        if day is None:
            return
        end = item.end("suf") if item["suf"] else item.end("d")
        cue_start, cue = sc.cue(item.start(), _W_DATE)
        sc.out.append(_Cand(item.start(), end, day, 3, cue_start, cue))
        main.cue = max(main.cue, cue)  # "by 18th and 22nd May": the cue is the whole list's
        pos = item.start()


def _on_md(m: re.Match[str], sc: _Scan) -> None:
    word = m["mon"]
    if m["d"] is None:
        return
    d = int(m["d"])
    start = m.start()
    _, cue = sc.cue(sc.lead(start), _W_DATE)
    if not (m["suf"] or m["y"] or m["wd"] or cue or sc.ends_phrase(m.end())):
        return
    if _is_lower_may(word) and not (m["suf"] or m["y"]):
        return
    year = None if m["y"] is None else int(m["y"])
    sc.add_day(m, _resolve_dm(sc, d, month_of(word), year))


_POS_DAY = {"end": 0, "close": 0, "late": 0, "beginning": 1, "start": 1, "early": 1, "middle": 15, "mid": 15}


def _on_month(m: re.Match[str], sc: _Scan) -> None:
    word = m["mon"]
    mon = month_of(word)
    ys = m["y"] or m["y2"]
    pos = m["p"].lower() if m["p"] else None
    if _is_lower_may(word) and ys is None:
        return
    if ys is None and pos is None and word.lower() in _NAME_MONTHS and sc.name_follows(m.end()):
        return
    if pos is None and ys is None and word.lower().rstrip(".") not in _LONE_MONTHS:
        return
    cue_start, cue = sc.cue(m.start(), _W_MONTH)
    if pos is None and ys is None and cue == 0:
        return
    if ys is None and pos is None and len(word) <= 3 and word.lower() != "may" and cue < 2:
        return  # "in Dec" is too thin; "by Dec" will do
    year = _two_digit_year(ys) if ys is not None else _month_year(sc.today, mon)
    want = _POS_DAY.get(pos or "end", 0)
    day = _month_end(year, mon) if want == 0 else _date(year, mon, want)
    if day is None:
        return
    spec = 3 if pos is not None else 2
    sc.out.append(_Cand(m.start(), m.end(), day, spec, cue_start, cue))


def _on_month_meeting(m: re.Match[str], sc: _Scan) -> None:
    word = m["mon"] or m["mon2"]
    if _is_lower_may(word) and not m.group(0).lower().startswith("the"):
        return
    ys = m["y"] or m["y2"]
    day = sc.board_in(month_of(word), None if ys is None else int(ys))
    cue_start, cue = sc.cue(m.start(), _W_MEETING)
    sc.out.append(_Cand(m.start(), m.end(), day, 3, cue_start, cue, meeting=True))


def _on_next_meeting(m: re.Match[str], sc: _Scan) -> None:
    if _OTHER_BODY_RE.search(sc.text, 0, m.start()):
        return  # "its next meeting", "the CCG's next meeting": another body's calendar
    cue_start, cue = sc.cue(m.start(), _W_MEETING)
    sc.out.append(_Cand(m.start(), m.end(), sc.next_board(), 3, cue_start, cue, meeting=True))


def _on_the_nth(m: re.Match[str], sc: _Scan) -> None:
    d = int(m["d"])
    if not 1 <= d <= 31:
        return
    which = m["which"].lower() if m["which"] else None
    start = m.start()
    _, cue = sc.cue(sc.lead(start), _W_DATE)
    if not (which or m["wd"] or cue or sc.ends_phrase(m.end())):
        return
    today = sc.today
    day: datetime.date | None = None
    if which == "next":
        first = _plus_months(today.replace(day=1), 1)
        day = None if first is None else _date(first.year, first.month, d)
    elif which is not None:
        day = _date(today.year, today.month, d)
    else:
        first = today.replace(day=1)
        for k in range(13):
            month = _plus_months(first, k)
            got = None if month is None else _date(month.year, month.month, d)
            if got is not None and got >= today:
                day = got
                break
    sc.add_day(m, day)


def _on_weekday(m: re.Match[str], sc: _Scan) -> None:
    word = m["wd"].rstrip(".")
    mod = " ".join(m["mod"].lower().split()) if m["mod"] else None
    cue_start, cue = sc.cue(m.start(), _W_DATE)
    if len(word) < 6 and mod is None and cue == 0:
        return  # "Su", "Sat", "Mon" only as dates after "by"/"on"/"next"/...
    if len(word) < 6 and mod == "last":
        return
    wd = _weekday_of(word)
    today = sc.today
    ahead = (wd - today.weekday()) % 7
    if mod == "next" or mod == "following":
        monday = _monday(today)
        day = None if monday is None else _plus_days(monday, 7 + wd)
    elif mod == "this":
        day = _plus_days(today, ahead)
    elif mod == "last":
        day = _plus_days(today, -((today.weekday() - wd) % 7 or 7))
    else:
        day = _plus_days(today, ahead or 7)
    if day is not None and m["wk"]:
        day = _plus_days(day, 7)
    if day is None:
        return
    sc.out.append(_Cand(m.start(), m.end(), day, 3, cue_start, cue))


def _on_rel_day(m: re.Match[str], sc: _Scan) -> None:
    today = sc.today
    if m["dat"]:
        day = _plus_days(today, 2)
    elif m["tom"]:
        day = _plus_days(today, 1)
    elif m["yes"]:
        day = _plus_days(today, -1)
    elif m["wd"]:
        day = _plus_days(today, (_weekday_of(m["wd"]) - today.weekday()) % 7)
    else:
        day = today
    if day is None:
        return
    cue_start, cue = sc.cue(m.start(), _W_DATE)
    sc.out.append(_Cand(m.start(), m.end(), day, 3, cue_start, cue))


def _on_week(m: re.Match[str], sc: _Scan) -> None:
    which = (m["w1"] or m["w2"] or "this").lower()
    text = m.group(0).lower()
    weeks = 1 if which == "next" else 0
    if m["a1"] or m["a2"] or text.endswith("after next"):
        weeks = 2
    # Calendar weeks (Monday to Sunday): "the end of the week" is this week's Friday (today, said on a
    # Friday), "the end of next week" the Friday of the following week, as a board manager would read it.
    day = _plus_days(sc.today, 4 - sc.today.weekday() + 7 * weeks)
    if day is not None and day < sc.today:  # said at the weekend: this week's Friday has gone
        day = _plus_days(day, 7)
    if day is None:
        return
    cue_start, cue = sc.cue(m.start(), _W_MONTH)
    spec = 3 if "end" in text or m["eow"] else 2
    sc.out.append(_Cand(m.start(), m.end(), day, spec, cue_start, cue))


def _on_month_rel(m: re.Match[str], sc: _Scan) -> None:
    text = m.group(0).lower()
    which = (m["which"] or "this").lower()
    if which == "the" and m["pos"] is None:
        return  # "the month" alone
    first = sc.today.replace(day=1)
    month = _plus_months(first, 1) if which in ("next", "following") else first
    if month is None:
        return
    want = _POS_DAY.get(m["p"].lower() if m["p"] else "end", 0)
    day = _month_end(month.year, month.month) if want == 0 else _date(month.year, month.month, want)
    if day is None:
        return
    cue_start, cue = sc.cue(m.start(), _W_MONTH)
    spec = 3 if m["pos"] or "end" in text else 2
    sc.out.append(_Cand(m.start(), m.end(), day, spec, cue_start, cue))


def _on_year_end(m: re.Match[str], sc: _Scan) -> None:
    today = sc.today
    if m["fin"] or m["fin2"]:
        day = _date(today.year, 3, 31)
        if day is not None and day < today:
            day = _date(today.year + 1, 3, 31)
    else:
        day = _date(today.year, 12, 31)
    if day is None:
        return
    cue_start, cue = sc.cue(m.start(), _W_MONTH)
    sc.out.append(_Cand(m.start(), m.end(), day, 1, cue_start, cue))


_UNIT_LIMIT = {"day": 3660, "week": 520, "fortnight": 260, "month": 120, "year": 10}


def _number(word: str | None) -> int | None:
    if word is None:
        return None
    w = " ".join(word.lower().split())
    return int(w) if w.isdigit() else _NUMBER_WORDS.get(w)


def _on_duration(m: re.Match[str], sc: _Scan) -> None:
    unit = m["unit"].lower()
    n = _number(m["n"] or m["n3"])
    n2 = _number(m["n2"])
    if m["pre"] and m["pre"].lower() == "over" and not m["next"]:
        return  # "over 5 years" is "more than"; "over the next 2 weeks" is a time
    if n is None:
        if not m["next"]:
            return
        n = 1
    if n2 is not None and n2 > n:
        n = n2
    if n <= 0 or n > _UNIT_LIMIT[unit]:
        return
    today = sc.today
    work = m["work"].lower().strip() if m["work"] else ""
    day: datetime.date | None
    if unit == "day":
        day = _plus_working_days(today, n) if work and work != "calendar" else _plus_days(today, n)
    elif unit in ("week", "fortnight"):
        day = _plus_days(today, n * (7 if unit == "week" else 14))
    else:
        day = _plus_months(today, n * (12 if unit == "year" else 1))
    if day is None:
        return
    spec = 2 if unit in ("month", "year") else 3
    sc.out.append(_Cand(m.start(), m.end(), day, spec, m.start(), 2))


def _on_asap(m: re.Match[str], sc: _Scan) -> None:
    sc.out.append(_Cand(m.start(), m.end(), None, 0, m.start(), 2, asap=True))


def _on_loose(m: re.Match[str], sc: _Scan) -> None:
    if sc.loose_left <= 0:
        return
    sc.loose_left -= 1
    got = _dateparser_day_month(m.group(0))
    if got is not None:
        sc.add_day(m, _with_year(sc.today, got))


_RULES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str], _Scan], None]], ...] = (
    (_ISO_RE, _on_iso),
    (_NUM_RE, _on_num),
    (_DM_RE, _on_dm),
    (_MD_RE, _on_md),
    (_MONTH_RE, _on_month),
    (_MONTH_MEETING_RE, _on_month_meeting),
    (_NEXT_MEETING_RE, _on_next_meeting),
    (_THE_NTH_RE, _on_the_nth),
    (_WEEKDAY_RE, _on_weekday),
    (_REL_DAY_RE, _on_rel_day),
    (_WEEK_RE, _on_week),
    (_MONTH_REL_RE, _on_month_rel),
    (_YEAR_END_RE, _on_year_end),
    (_DURATION_RE, _on_duration),
    (_ASAP_RE, _on_asap),
    (_LOOSE_RE, _on_loose),
)

# --------------------------------------------------------------------------------------------------------
# dateparser, for the odd spellings only

_PARSER: Any = None
_PARSER_LOCK = threading.Lock()
_PARSER_BASE = datetime.datetime(2000, 1, 1)  # a leap year: a year-less answer comes back as 2000


def _dateparser_day_month(wording: str) -> datetime.date | None:
    """Day and month (and the year if written) of an absolute date in odd spelling, via dateparser."""
    global _PARSER
    with _PARSER_LOCK:
        if _PARSER is None:
            from dateparser.date import DateDataParser

            _PARSER = DateDataParser(
                languages=["en"],
                settings={
                    "DATE_ORDER": "DMY",
                    "PREFER_DAY_OF_MONTH": "first",
                    "REQUIRE_PARTS": ["day", "month"],
                    "PARSERS": ["absolute-time"],
                    "RELATIVE_BASE": _PARSER_BASE,
                },
            )
        parser = _PARSER
        try:
            data = parser.get_date_data(wording)
        except Exception:  # dateparser is a fallback: whatever it trips on, the answer is "no date"
            return None
    got = data.date_obj
    return got.date() if isinstance(got, datetime.datetime) else None


def _with_year(today: datetime.date, got: datetime.date) -> datetime.date | None:
    """A dateparser answer, with the year chosen here when none was written (it comes back as 2000)."""
    if got.year != _PARSER_BASE.year:
        return got
    return _next_on_or_after(today, got.month, got.day)


# --------------------------------------------------------------------------------------------------------
# Scanning


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
    for pattern, handler in _RULES:
        for m in pattern.finditer(text):
            handler(m, sc)
    if not sc.out:
        return []
    # The longest wording wins; then the earlier one.
    sc.out.sort(key=lambda c: (c.start - c.end, c.start))
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
    return DateMention(
        date=c.date,
        asap=c.asap,
        wording=text[c.cue_start : c.end],
        span=(c.cue_start, c.end),
        meeting=c.meeting,
        cue=c.cue,
    )


def find_dates(text: str, now: datetime.datetime, board_dates: Sequence[datetime.date] = ()) -> list[DateMention]:
    """Every date mention in `text`, in order (e.g. "can't make 10 July" gives 10 July)."""
    return [_mention(text, c) for c in _scan(text, now, board_dates)]


def find_due(text: str, now: datetime.datetime, board_dates: Sequence[datetime.date] = ()) -> DateMention | None:
    """The due-date wording in a message, or None if it has none ("tbc" and "when available" are none).

    Of several mentions the one with the strongest cue wins ("by", "before", "due", a duration or "asap"
    over "on"/"in"/"for" over none), then one not in the past, then the most specific (a day over a month
    over "asap"), then the last.
    """
    cands = _scan(text, now, board_dates)
    if not cands:
        return None
    today = _today(now)
    best = max(cands, key=lambda c: (c.cue, c.date is None or c.date >= today, c.spec, c.start))
    return _with_offset(text, _mention(text, best))


def _with_offset(text: str, mention: DateMention) -> DateMention:
    """ "two weeks before the July board": move the date back and take the offset into the wording."""
    if mention.date is None or not ascii_twins(mention.wording).lower().startswith("before"):
        return mention
    offset = _OFFSET_RE.search(ascii_twins(text), 0, mention.span[0])
    n = None if offset is None else _number(offset["n"])  # never a KeyError: "fıve" is no number word
    if offset is None or n is None:
        return mention
    day = _plus_days(mention.date, -n * (7 if offset["unit"].lower().startswith("week") else 1))
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
