"""A bare number where an action's reference stands ("move 27 to mon", "need another week on 5", "9 complete",
"23 to the crc pls", "tony wants 36 taking off"), offered as that reference for a second reading.

The patterns of :mod:`bot.understanding.bare_numbers` read numbers whose words leave only an action. This is the
class behind them: one number, standing where a reference stands (opening the message, or after a verb or a
preposition that takes an action) and followed by what follows a reference (an edit's words, a separator, the end),
never by what a count, a date or a time takes ("3 practices", "29 may", "2pm", "9 of 14"). The caller keeps the
second reading only when it is an edit of that action, so a number that reads as nothing stays a number.
"""

from __future__ import annotations

import re

from bot.understanding.patterns import guarded

# Words before a number that make it a date, a time, a count or a limit ("by 29", "at 2", "the 5", "under 5s").
_DATE_OR_COUNT_WORDS = (
    "the by till til until at from since before after under over aged age top last next first every than about "
    "around approx approximately nearly almost only just least most of per between and or to year years yr yrs "
    "week weeks wk day days month months page pages section sections para paragraph item items £ $ no number "
    "nos minus plus a an another do did doing done make"
)
# A number naming something else: "room 3", "option 2", "year 9", "phase 2".
_LABEL_WORDS = (
    "room rooms floor level page table option options question q appendix slide step stage phase tier version v "
    "chapter line box bus ward unit block point points ext extension tel route cohort area zone score rating "
    "grade group team school class priority band bed bay gate door platform flat house"
)
_NOT_AFTER = frozenset(_DATE_OR_COUNT_WORDS.split()) | frozenset(_LABEL_WORDS.split())
# Words after a number that follow an action's reference: its state, an edit, whose it is, or a polite close.
_FOLLOWERS = (
    r"is|was|be|has|had|have|can|could|should|will|would|needs?|must|to|for|from|with|back|forward|off|on|"
    r"done|complete|completed|finished|closed|sorted|signed|ticked|dropped|moved|moving|taking|slid|slide|slip|"
    r"slipped|go|goes|going|come|update|updated|now|please|pls|plz|as|too|again|about|due|mine|yours|his|hers|"
    r"theirs|ours|still|yet|tbh|sorry|soz|ta|thanks|thx|cheers|asap|instead|being|isnt|isn't|wont|won't|cant|"
    r"can't|not|no|nearly|almost|also|pushed|put|extended|reassigned|given|handed|passed|pulled|cancelled|canceled|"
    r"and(?=\s+(?:when|who|what|whats|is|has)\b)|"  # "who owns 19 and when's it due?"
    r"if(?=\s+(?:that['’]?s|thats|that\s+is|ok|okay|poss(?:ible)?)\b)|"  # "need another month on 48 if thats ok"
    r"(?:say|says)(?=\s*\??$)"  # "whats 22 say"
)
_NUMBER = guarded(
    r"(?<![\w/.£$#:+-])(\d{1,3})(?![\w/%:.,]\d)(?!\s*(?:st|nd|rd|th|am|pm|k|%)\b)"
    r"(?!\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
    rf"(?=\s*(?:$|[:?!;,]|\.(?:\s|$)|[-–—]\s|-+>|→|=>|\s+(?:{_FOLLOWERS})\b|\s+[\U0001f300-\U0001faff\u2600-\u27bf]))",
    re.I,
)
_WORD_BEFORE = guarded(r"([\w£$'’]+)\W*$")
# "extend 13 by a week", "push 8 back", "police part of 14 complete": a verb or a part that takes an action, before
# a number its own reference's words would not follow ("by", "of").
_TAKES_AN_ACTION = guarded(
    r"\b(?:extend|push|move|shift|delay|defer|slip|bring)\s+(?P<moved>\d{1,3})\s+(?:by|back|forward)\b|"
    r"\b(?:part|bit|share|section)\s+of\s+(?P<part>\d{1,3})\s+(?:is\s+|now\s+)?(?:done|complete|completed|finished)\b|"
    # "can we give 48 another week?": more time for it
    r"\b(?:give|allow)\s+(?P<given>\d{1,3})\s+(?:another|an\s+extra|a\s+further|(?:a\s+)?few\s+more|one\s+more)\s+"
    r"(?:week|wk|fortnight|month|day|couple)|"
    # "Can we take 26 off the tracker?"
    r"\b(?:take|taking)\s+(?P<taken>\d{1,3})\s+off\s+(?:the\s+)?(?:tracker|list|log)\b",
    re.I,
)
# How long, never which: "need 2 more wks on 15" (the other number a duration, so the one left may be a reference).
_DURATION = guarded(r"\d{1,2}\s+(?:more\s+|extra\s+)?(?:wks?|weeks?|days?|months?|mths?)\b", re.I)
# The message's opening, before a reference that starts it: a greeting or a reply's first word.
_OPENING = guarded(r"^(?:(?:ok(?:ay)?|so|right|hi|hiya|morning|hello|yes|yep|and|also|oh|re|btw)\W+)*$", re.I)
_ANY_REFERENCE = guarded(r"\bA-\d", re.I)
# "Morning both, 50 is done": a greeting, then the reference
_GREETED = guarded(
    r"^(?:hi|hiya|hello|morning|afternoon|evening|good\s+(?:morning|afternoon))(?:\s+\w+){0,2}\s*,\s*$", re.I
)
# A month or a weekday, or a number: the word before a day of the month ("june 5", "fri 12"), never "Martine 38"
_MONTH_OR_DAY = guarded(
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:s|nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|"
    r"sat(?:urday)?|sun(?:day)?|\d+",
    re.I,
)
# Words of a tally: "12 done so far, 4 left", "3 to go", "28 done out of 40".
_COUNTING = guarded(
    r"\b(?:so\s+far|out\s+of\s+(?:the\s+)?\d|to\s+go|left|remaining|in\s+total|altogether|between\s+them)\b", re.I
)
# "put 5 on the agenda for July", "item 3 of the minutes": a number of something else the message is about.
_ELSEWHERE = guarded(r"\bagenda\b|\bminutes\b", re.I)
_DIGITS = guarded(r"(?<![\w/.-])\d[\d,.]*(?:\s*(?:st|nd|rd|th)\b|\s+[a-z]+|[/.-]\d+)?", re.I)
# A day of the month written with its ordinal, its month or a slash: "the 29th", "3 june", "5/6".
_DAY_OF_MONTH = guarded(
    r"\d{1,2}(?:\s*(?:st|nd|rd|th)\b|\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|[/.-]\d+)", re.I
)
# A look at an action is asked for: a question, or a word that asks to see one ("whos on 28", "show 14").
ASKS_TO_SEE = guarded(
    r"\?|\b(?:what|whats|wots|wot|who|whos|whose|when|whens|where|which|show|see|view|pull\s+up|bring\s+up|remind|"
    r"details?|history)\b",
    re.I,
)


def with_bare_reference(text: str) -> tuple[str, int] | None:
    """``text`` with its one bare number standing where a reference stands written as that reference, and the
    number; None when there is no such number, or more than one, or the message already names an action."""
    if _ANY_REFERENCE.search(text) or _COUNTING.search(text) or _ELSEWHERE.search(text):
        return None
    found = [m for m in _NUMBER.finditer(text) if _stands_as_reference(text, m.start())]
    taken = {
        next(m.start(k) for k in ("moved", "part", "given", "taken") if m[k]) for m in _TAKES_AN_ACTION.finditer(text)
    }
    found += [m for m in re.finditer(r"(\d{1,3})\b", text) if m.start() in taken]
    if len({m.start() for m in found}) != 1:
        return None
    number = found[0]
    others = (m for m in _DIGITS.finditer(text) if m.start() != number.start())
    if any(not _DAY_OF_MONTH.match(m[0]) and not _DURATION.match(text, m.start()) for m in others):
        return None  # "28 done out of 40": another number, so this one may count too
    return f"{text[: number.start()]}A-{number[1]}{text[number.end() :]}", int(number[1])


# "whats the status of 24?", "the history on 12": what only one action has, just before its number
_ABOUT_ONE = guarded(r"\b(?:status|history|details?|progress|owner)\s+(?:of|on|for)\s+$", re.I)


def _stands_as_reference(text: str, start: int) -> bool:
    before = text[:start]
    if _OPENING.match(before) or _GREETED.match(before) or _ABOUT_ONE.search(before):
        return True
    word = _WORD_BEFORE.search(before)
    if word is None or before.rstrip().endswith((",", "/", "(")):
        return False
    return word[1].lower() not in _NOT_AFTER and not _MONTH_OR_DAY.fullmatch(word[1])
