"""Where dates are found: the compiled, bounded regular expressions of the date reader.

Context patterns look at the few characters before or after a candidate (a cue such as "by", "w/c", a counter
such as "item 12", a board name after a date); candidate patterns find one family of date wording each.
Part of :mod:`bot.understanding.dates`.
"""

from __future__ import annotations

import re

from bot.understanding.date_words import (
    _BOARD_ACRONYM,
    _BOARD_WORD,
    _FLAGS,
    _NUMBER_RE,
    _ORDINAL_RE,
    _WEEKDAY,
    _YEAR,
    MONTH_WORDS,
)
from bot.understanding.patterns import guarded

# --------------------------------------------------------------------------------------------------------
# Context regexes (matched on the few characters before or after a candidate)

_CUE_RE = guarded(
    r"""(?:\b|(?=[-=]>|\u2192))(?P<cue>
        (?:no|not)\s+later\s+than
      | [-=]>|\u2192
      | due(?:\s+(?:by|on|before|for|back(?:\s+by)?|date(?:\s+of)?))?
      | deadline(?:\s+(?:of|is|for))?
      | (?:a|the)\s+(?:target\s+|completion\s+)?date\s+of | target\s+(?:date\s+)?(?:of|is)
      | by | before | until | till | til | prior\s+to | ahead\s+of | in\s+time\s+for
      | (?:end|close)\s+of\s+(?:play|business|(?:the\s+)?day)(?:\s+on)?
      | (?<!for\s)first\s+thing(?:\s+on)?
      | on | for | in | during | throughout | at | to
    )\s*[:\-\u2013]?\s*(?:the\s+)?\Z""",
    _FLAGS,
)
_WEAK_CUES = frozenset({"on", "for", "in", "during", "throughout", "at", "to"})
_W_DATE = frozenset({"on", "for"})
_W_MONTH = frozenset({"in", "during", "throughout", "for"})
_W_MEETING = frozenset({"at", "to", "for", "in"})

_WC_RE = guarded(
    r"""\b(?:w\s?/\s?c|w\.c\.?|w/b|wc|wk\.?\s+comm(?:encing|\.)?|(?:the\s+)?week\s+(?:commencing|beginning|starting|of))
        \s*[:\-]?\s*(?:the\s+)?\Z""",
    _FLAGS,
)
_COUNTER_RE = guarded(
    r"""\b(?:items?|pages?|pp?|sections?|s|paras?|paragraphs?|points?|no|nos|numbers?|appendix|annex|chapter
        |table|figure|fig|question|q|version|v|step|stage|phase|level|tier|room|priority|year|aged?|ages)
        \.?\s*\Z""",
    _FLAGS,
)
_AGENDA_RE = guarded(r"\bagenda(?:\s+item)?(?:\s+(?:for|at|on))?\s*[:\-]?\s*\Z", _FLAGS)
_BOARD_AFTER_RE = guarded(rf"\s+(?:full\s+)?(?:{_BOARD_WORD}|meeting)\b", _FLAGS)
_NAME_AFTER_RE = guarded(
    r"\s+(?-i:[A-Z][a-z])(?!(?:oard|eeting|ull)\b)(?!(?:onday|uesday|ednesday|hursday|riday|aturday|unday)\b)",
    _FLAGS,
)
_END_AFTER_RE = guarded(
    r"\s*(?:\Z|[.,;:!?)\]\u2013\u2014-]|(?:at|and|or|to|please|pls|latest|if|so|then|for|with|instead|now|ok|not|rather|"
    r"thanks)\b)",
    _FLAGS,
)
_NUM_UNIT_AFTER_RE = guarded(
    r"""\s*(?:%|(?:of|per|days?|hours?|hrs?|h|mins?|minutes?|times?|terms?|weeks?|months?|years?|yrs?|am|pm
        |miles?|pupils?|people|staff|schools?|cases?|children|families)\b)""",
    _FLAGS,
)
_TIME_AFTER_RE = guarded(r"\s*(?:am|pm|hrs?|h)\b", _FLAGS)

# --------------------------------------------------------------------------------------------------------
# Candidate regexes

_ISO_RE = guarded(
    r"(?<![\w/.-])(?P<y>(?:19|20)\d{2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?![\d/]|[.-]\d)",
    _FLAGS,
)
_NUM_RE = guarded(
    r"""(?<![\w/.:\u00a3$\u20ac#-])
        (?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?:(?P=sep)(?P<y>\d{4}|\d{2}))?
        (?![\w/]|[.:-]\d)""",
    _FLAGS,
)
_DM_RE = guarded(
    rf"""(?<![\w\u00a3$\u20ac%/.:#])
        (?:(?P<wd>{_WEEKDAY})\b\.?,?\s+(?:the\s+)?)?
        (?:(?P<d>\d{{1,2}})(?:\s?(?P<suf>st|nd|rd|th))?(?:\s+of\s+|\s*-\s*|\s*)
          |(?P<dw>{_ORDINAL_RE})\s+of\s+)
        (?P<mon>{MONTH_WORDS})\b\.?
        (?:,?\s+(?P<y>{_YEAR})|\s*'(?P<y2>\d{{2}})\b|-(?P<y3>\d{{2}})\b(?![-/.]\d)
          |\s+(?P<y4>\d{{2}})(?=\s*(?:\Z|[,;!?)]|\.(?!\d))))?""",
    _FLAGS,
)
_MD_RE = guarded(
    rf"""(?<![\w\u00a3$\u20ac])
        (?:(?P<wd>{_WEEKDAY})\b\.?,?\s+)?
        (?P<mon>{MONTH_WORDS})\b\.?\s*(?:the\s+)?
        (?P<d>\d{{1,2}})(?:\s?(?P<suf>st|nd|rd|th))?\b
        (?:,?\s+(?P<y>{_YEAR}))?
        (?![.:/]\d|\s*%)""",
    _FLAGS,
)
_MONTH_RE = guarded(
    rf"""(?<![\w\u00a3$/])
        (?P<pos>(?:the\s+)?(?:very\s+)?(?P<p>end|close|beginning|start|middle|mid|early|late)
           (?:\s+of(?:\s+the\s+month\s+of)?\s+|\s*-\s*|\s+))?
        (?:the\s+month\s+of\s+)?
        (?P<mon>{MONTH_WORDS})\b\.?
        (?:,?\s+(?P<y>{_YEAR})|\s*'(?P<y2>\d{{2}})\b)?""",
    _FLAGS,
)
_MONTH_MEETING_RE = guarded(
    rf"""\b(?:the\s+)?(?P<mon>{MONTH_WORDS})\b\.?(?:'s|\s+(?P<y>{_YEAR}))?\s+(?:full\s+)?(?:{_BOARD_WORD}|meeting|mtg)
           (?:\s+meeting)?\b
       |\b(?:the\s+)?(?:next\s+)?(?:full\s+)?{_BOARD_WORD}(?:\s+meeting)?\s+(?:in|on|for)\s+
           (?P<mon2>{MONTH_WORDS})\b(?:\s+(?P<y2>{_YEAR}))?
       |\b(?:the\s+)?(?P<season>spring|summer|autumn|winter)(?:'s)?\s+(?:full\s+)?{_BOARD_WORD}(?:\s+meeting)?\b""",
    _FLAGS,
)
_NEXT_MEETING_RE = guarded(
    rf"""\b(?:the\s+)?(?:next|following)\s+(?:(?:full|joint|ordinary|scheduled)\s+)?
        (?:board(?:\s+meeting)?|meeting(?:\s+of\s+the\s+(?:full\s+)?board)?|mtg|partnership\s+(?:board|meeting)
          |exec(?:utive)?(?:\s+group)?(?:\s+(?:meeting|mtg))?
          |{_BOARD_ACRONYM}(?:\s+(?:board\s+)?(?:meeting|mtg)|\s+board)?)\b(?P<but>\s+but\s+one\b)?
        |\b(?:the\s+)?(?:board(?:\s+meeting)?|{_BOARD_ACRONYM}(?:\s+board)?)\s+(?P<after>after\s+next)\b""",
    _FLAGS,
)
_OTHER_BODY_RE = guarded(r"(?:\b(?:its|their|his|her)|\w['’]s)\s+$", re.IGNORECASE)
_OFFSET_RE = guarded(
    r"\b(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|the)\s+(?P<unit>days?|weeks?|fortnights?|months?)\s+"
    r"(?P<after>after\s+)?$",
    _FLAGS,
)  # "two weeks before the July board" (the "before" is the date's own cue), "a month after the workshop"
_THE_NTH_RE = guarded(
    # "tues 26": after a day's name the number needs no "th" (never "tues 26 may", "fri 10/7", "mon 10am")
    rf"""\b(?:(?P<wd>{_WEEKDAY})\b\.?,?\s+(?:the\s+)?|the\s+)(?P<d>\d{{1,2}})
        (?(wd)(?:\s?(?:st|nd|rd|th)\b|(?=\s*(?:[,;!?)]|\.(?!\d)|$|[-\u2013\u2014]|\s(?:please|pls|at|if|so|and|but|then|latest|or
            |as|thanks|ta|ok|x|is|for|to|in|instead|would|will|works?)\b)))
            |\s?(?:st|nd|rd|th)\b)
        (?:\s+of\s+(?P<which>next|this|the)\s+month\b)?
      # "by 22nd", "due 3rd pls": a deadline word, then the day alone (not "on 2nd floor", "for 1st time")
      |(?:(?<=\bby\s)|(?<=\bdue\s)|(?<=\bon\s)|(?<=\bfor\s)|(?<=\bbefore\s)|(?<=\buntil\s)|(?<=\btill\s)
         |(?<=\bthe\s)|(?<=\bdeadline\s))
       (?P<d2>\d{{1,2}})(?:st|nd|rd|th)\b
       (?=\s*(?:[,.;!?)]|$|[-\u2013\u2014]|\s(?:please|pls|at|if|so|and|but|then|latest|or|as|thanks|ta|ok|x|if)\b))""",
    _FLAGS,
)
_WEEKDAY_RE = guarded(
    rf"""\b(?:(?P<on>a|one|two|2)\s+weeks?\s+on\s+|(?:a\s+)?fortnight\s+on\s+)?(?:(?P<mod>next|this\s+coming|this|coming|following|last)\s+)?
        (?P<wd>{_WEEKDAY})\b\.?
        (?:(?P<wk>\s+week\b(?!\s+(?:commencing|beginning|starting)))
          |\s+(?:of\s+)?(?P<ofwk>this|next|current|(?:the\s+)?(?:following|coming|current))\s+week\b
           (?!\s+(?:commencing|beginning|starting)))?""",
    _FLAGS,
)
_REL_DAY_RE = guarded(
    rf"""\b(?:(?P<dat>(?:the\s+)?day\s+after\s+tomorrow)
          |(?P<tod>today|tonight|this\s+(?:morning|afternoon|evening))
          |(?P<tom>tomorrow|tmrw)
          |(?P<yes>yesterday)
          |(?P<eod>(?:the\s+)?(?:end\s+of\s+(?:the\s+)?(?:working\s+)?day|close\s+of\s+(?:play|business))
             |(?-i:EOD|COB|COP|eod|cob))
           (?:\s+(?:on\s+)?(?P<wd>{_WEEKDAY})\b\.?|\s+(?P<eodtom>tomorrow|tmrw))?
        )\b""",
    _FLAGS,
)
_WEEK_RE = guarded(
    r"""\b(?:(?:the\s+)?end\s+of\s+(?:(?P<w1>this|the|next|current|(?:the\s+)?(?:coming|following|current))\s+)?week
             (?P<a1>\s+after\s+next)?
          |(?P<w2>this|next)\s+week(?P<a2>\s+after\s+next)?
          |(?:the\s+)?week\s+after\s+next
          |(?P<eow>(?-i:EOW|eow))(?P<eon>\s+next\s+week)?)\b
        (?!\s*(?:commencing|beginning|starting))""",
    _FLAGS,
)
_MONTH_REL_RE = guarded(
    r"""\b(?:(?P<pos>(?:the\s+)?(?:very\s+)?(?P<p>end|close|beginning|start|middle|mid)(?:\s+of|\s*-)?\s*)?
           (?P<which>this|next|the|following)\s+month
         |month[\s-]?end|(?:the\s+)?end\s+of\s+month|(?P<eom>(?-i:EOM|eom)))\b""",
    _FLAGS,
)
_YEAR_END_RE = guarded(
    r"""\b(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(?:calendar\s+|(?P<fin>financial\s+|business\s+))?year
         |(?P<fin2>financial\s+)?year[\s-]end|(?P<eoy>(?-i:EOY|eoy)))\b""",
    _FLAGS,
)
_DURATION_RE = guarded(
    rf"""\b(?:(?P<pre>within|in|over|give\s+(?:it|them|her|him|this|that|us|me))\s+(?P<next>(?:the\s+)?(?:next|coming)\s+)?
            (?:(?P<n>{_NUMBER_RE})(?:\s*(?:-|\u2013|to|or)\s*(?P<n2>\d{{1,3}}|{_NUMBER_RE}))?\s+)?
          |(?P<n3>{_NUMBER_RE})\s+(?=(?:(?:working|business|school|calendar)\s+)?
             (?:day|week|fortnight|month|year)s?(?:'?s?\s+time|\s+from\s+(?:right\s+)?(?:now|today)|\s+hence|\s+today\b
               |(?P<bare>\s*(?:pls|please|max|tops|latest)?\s*[.!]?\s*$)))
          |(?=fortnight\s+(?:today|from\s+(?:now|today)|hence)\b))
        (?P<work>(?:working|business|school)\s+|calendar\s+)?
        (?P<unit>day|week|fortnight|month|year)s?\b
        (?:'?s?\s+time\b|\s+from\s+(?:right\s+)?(?:now|today)\b|\s+hence\b|\s+today\b)?""",
    _FLAGS,
)
_ASAP_RE = guarded(
    r"""(?:^|(?<=[,;:(]\s)|(?<=[-–—]\s)|(?<=[,;:(]))\s*urgent(?:\s+(?:one|action|request|item|pls|please))?
         (?=\s*(?:[:)!.,;]|\s[-–—]\s|$)|\s+(?:for|on)\s)|\b(?:it['’]?s|this\s+is|very)\s+urgent\b|\ban\s+urgent\s+(?:one|action|request)\b
       |(?<!\bnot\s)(?<!\bno\s)(?<!\bnon-)(?<!\bless\s)(?<!\bnothing\s)\burgent(?:\s+(?:pls|please|thanks))?[\s!.]*$
       |\b(?:a\.s\.a\.p\.?(?!\w)|(?:asap|as\s+soon\s+as\s+(?:possible|practicable|practical|we\s+can|you\s+can)
         |urgently|immediately|straight\s+away|right\s+away|without\s+delay|as\s+a\s+matter\s+of\s+urgency
         |at\s+the\s+earliest\s+opportunity
         |today\s+if\s+(?:poss|possible|at\s+all\s+possible|you\s+can|we\s+can)|(?:ideally|hopefully)\s+today)\b)""",
    _FLAGS,
)
# Odd spellings left to dateparser: "Jul.10", "10/Jul/2015", "July, 10", "2015 July 10".
_LOOSE_RE = guarded(
    rf"""(?<![\w\u00a3$])
        (?:\d{{1,2}}(?:st|nd|rd|th)?[./]{MONTH_WORDS}\b\.?(?:[./]\d{{2,4}})?
          |{MONTH_WORDS}\b\.?[.,/]\s?\d{{1,2}}(?:st|nd|rd|th)?(?:[.,/\s]\s?(?:19|20)\d{{2}})?
          |(?:19|20)\d{{2}}[\s./-]{MONTH_WORDS}\b\.?[\s./-]\d{{1,2}}(?:st|nd|rd|th)?)
        (?![\w/]|[.-]\d)""",
    _FLAGS,
)
_FULL_WORD_DOT_RE = guarded(
    r"""(?:\d|\b(?:january|february|march|april|may|june|july|august|september|october|november|december
        |monday|tuesday|wednesday|thursday|friday|saturday|sunday|st|nd|rd|th|board|meeting|mtg|week|month
        |year|end|time|tomorrow|today|tonight|asap|possible|urgently|immediately|[A-Z]{3,6}))\.\Z""",
    _FLAGS,
)
_DIGIT_AND_MONTH_RE = guarded(rf"(?=.*\d)(?=.*\b{MONTH_WORDS}\b)", _FLAGS | re.DOTALL)
_LONE_ORDINAL_RE = guarded(r"\d{1,2}\s?(?:st|nd|rd|th)", _FLAGS)
_TRIM_RE = guarded(r"[\s.,;:!?()\[\]'\"\u2013\u2014-]*", re.ASCII)
_PHRASE_TIME_RE = guarded(
    r"""\s*(?:,\s*)?(?:at\s+|from\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|hrs?|h)?
        (?:\s*(?:-|\u2013|to)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|hrs?|h)?)?\s*\Z""",
    _FLAGS,
)
