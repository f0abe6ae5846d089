"""Dictated chat: what a phone's speech-to-text writes for the board's own references, as a member would type it.

- An action's number spoken: "action twenty two" is "action 22"; "a twenty three is now complete", "can a thirty
  go to pam", "update on a twenty two ..." are A-23, A-30 and A-22 (only where a reference can stand: at the start
  of a clause with a state or an edit after it, or after a word that edits or names an action; never "a twenty
  minute slot" or "a thirty to forty page report"); "a 21", "who has a 56" as a phone writes them.
- An audit's number: "section eleven" is "section 11"; "s one seven five", "s eleven" are S175 and S11.
- Initials spelt out letter by letter: "the c c g", "the l m c", "the s c r sub group" are CCG, LMC, SCR.
- Agency names speech-to-text mishears as everyday words: "carcass", "cafe cass" for Cafcass.
- A day spoken before its month: "the eleventh of september" is "the 11th of september" (as meetings are named).
- Punctuation spoken: "comma", "full stop", "colon", "question mark", "new line"; "action a dash nine" is A-9.

Other numbers and words are left alone (dates read their own number words).
"""

from __future__ import annotations

import re

from bot.understanding.date_words import _ORDINAL_RE, MONTH_WORDS, _ordinal
from bot.understanding.patterns import guarded

__all__ = ["as_typed"]

_UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_VALUES = {w: i for i, w in enumerate(_UNITS)} | {w: 10 + i for i, w in enumerate(_TEENS)}
_VALUES |= {w: 20 + 10 * i for i, w in enumerate(_TENS)}
_UNIT = "|".join(_UNITS)
_TWO_DIGITS = rf"(?:(?:{'|'.join(_TENS)})(?:[\s-]+(?:{'|'.join(_UNITS[1:])}))?|{'|'.join(_TEENS)})"
# "forty one", "eleven", "one seven five", "one seventy five", "one hundred and five": a number spoken.
_SPOKEN = (
    rf"(?:(?:{_UNIT})\s+hundred(?:\s+and)?(?:\s+(?:{_TWO_DIGITS}|{_UNIT}))?|{_TWO_DIGITS}|"
    rf"(?:{_UNIT})(?:\s+(?:{_UNIT})){{0,3}}(?:\s+{_TWO_DIGITS})?)"
)
# Words after a spoken number that make it a quantity ("a twenty minute call", "a thirty to forty page report").
_QUANTITY = (
    r"(?!\s*(?:-|/|%|(?:to|or|and)\s+(?:\d|" + _UNIT + "|" + _TWO_DIGITS + r")\b|(?:minutes?|mins?|hours?|hrs?|"
    r"days?|weeks?|wks?|months?|years?|yrs?|year[\s-]olds?|pages?|people|percent|per|times?|miles?|pounds?|"
    r"quid|k|odd|strong|something|plus|more|extra|point|page|slides?|schools?|agencies|places?|cases?|children|"
    r"kids|families|staff|members?|referrals?|of|out)\b))"
)
# "action twenty two": the number after "action" (the reader's own rules take "action 22" as A-22).
_ACTION_SPOKEN = guarded(
    rf"\b(action\s+(?:no\.?\s*|number\s+)?)(?!one\b(?!\s+(?:{_UNIT})\b))({_SPOKEN})\b{_QUANTITY}", re.I
)
# Words that name or edit the action whose reference follows them ("update on a twenty two", "can a thirty ...").
_BEFORE_REF = (
    r"(?:update|news|progress)\s+(?:on|for|re|about)|re|ref|about|(?:due\s+)?date\s+(?:for|on)|deadline\s+(?:for|on)|"
    r"remove|drop|delete|cancel|scrap|withdraw|bin|ditch|strike|close|close\s+off|tick\s+off|tick|mark|sign\s+off|"
    r"push|move|extend|shift|reassign|give|can|could|should|would|pull\s+up|bring\s+up|look\s+up|show\s+me|"
    r"show|see|view|finished|completed|done|(?:asked|time|longer|more\s+time)\s+for|who\s+has|who['’]?s\s+got|what\s+is|whats"
)
# What may follow a reference at the start of a clause: a state, an edit, a dash ("a twenty is done", "a 31 - ...").
_AFTER_REF = (
    r"(?=\s*(?:$|[,.;:!?–—-]|(?:is|has|was|now|done|complete|completed|finished|closed|sorted|can|could|should|"
    r"needs?|to|go|goes|be|will|please|pls|over|update|progress|news|still|nearly|not|by|all|bring|push|move|back|"
    r"the|we|weve|we['’]ve|I|I['’]ve|ive)\b))"
)
_A_SPOKEN = guarded(
    rf"(?P<lead>^|[.!?;:,–—-]\s+|\b(?:{_BEFORE_REF})\s+)(a\s+)(?!one\b(?!\s+(?:{_UNIT})\b))({_SPOKEN}|\d{{1,3}})\b"
    rf"{_QUANTITY}(?P<after>{_AFTER_REF})?",
    re.I,
)
# "section eleven", "section one seven five", "s one seven five", "s eleven": an audit's number spoken.
_SECTION_SPOKEN = guarded(rf"\b(section|sec)\s+({_SPOKEN})\b", re.I)
_S_SPOKEN = guarded(rf"(?<![\w'’-])s\s+({_SPOKEN})\b", re.I)
_AUDIT_NUMBERS = frozenset({11, 175})
# "c c g", "l m c", "s c r": three or more letters spoken one by one ("a b" and "i n" are words, so three).
_MISHEARD = guarded(r"\b(?:carcass|caf(?:e|f)?\s+cass|calf\s+cass|kaf\s?cass)\b", re.I)
_SPOKEN_DAY = guarded(rf"\b({_ORDINAL_RE})(?=\s+(?:of\s+)?{MONTH_WORDS}\b)", re.I)
# "… review the pathway comma by the end of the month full stop": punctuation spoken and written out as words.
_SPOKEN_MARKS = (
    (guarded(r"\s*\b(?:full\s+stop|new\s+(?:line|paragraph))\b\s*", re.I), ". "),
    (guarded(r"\s*\bquestion\s+mark\b\s*", re.I), "? "),
    (guarded(r"(?<=\w)\s+comma\b\s*", re.I), ", "),
    (guarded(r"(?<=\w)\s+colon\s+(?=\w)", re.I), ": "),
)
_ANY_MARK = guarded(r"\b(?:full\s+stop|new\s+(?:line|paragraph)|question\s+mark|comma|colon|dash|hyphen)\b", re.I)
_A_DASH = guarded(rf"\ba\s+(?:dash|hyphen)\s+(\d{{1,4}}\b|{_SPOKEN}\b)", re.I)  # "action a dash 31", "a dash nine"
_SPELT = guarded(r"(?<![\w'’-])((?:[a-z]\s+){2,}[a-z])(?![\w'’-])", re.I)


def as_typed(text: str) -> str:
    """The message with spoken references, audit numbers and spelt-out initials as a member would type them."""
    if _ANY_MARK.search(text):  # most messages speak no punctuation: one search, not five substitutions
        for mark, written in _SPOKEN_MARKS:
            text = mark.sub(written, text)
        text = _A_DASH.sub(lambda m: f"A-{m[1] if m[1].isdigit() else _number(m[1])}", text.strip())
    text = _MISHEARD.sub("Cafcass", text)
    text = _SPELT.sub(_initials, text)
    text = _SPOKEN_DAY.sub(_day, text)
    text = _ACTION_SPOKEN.sub(lambda m: f"{m[1]}{_number(m[2])}", text)
    text = _A_SPOKEN.sub(_reference, text)
    text = _SECTION_SPOKEN.sub(lambda m: f"{m[1]} {_number(m[2])}", text)
    return _S_SPOKEN.sub(lambda m: f"S{n}" if (n := _number(m[1])) in _AUDIT_NUMBERS else m[0], text)


def _reference(found: re.Match[str]) -> str:
    if not found["lead"].strip(" .!?;:,–—-") and found["after"] is None:
        return found[0]  # "a twenty page report" at the start of a clause: a quantity, not a reference
    return f"{found['lead']}A-{found[3] if found[3].isdigit() else _number(found[3])}"


def _day(found: re.Match[str]) -> str:
    day = _ordinal(found[1])
    if day is None:
        return found[0]
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _initials(found: re.Match[str]) -> str:
    letters = found[1].split()
    if {letter.lower() for letter in letters} <= {"x"}:
        return found[0]  # kisses
    if letters[0].lower() in {"a", "i"}:  # "a c c g" is "a CCG"; "i a m" stays
        return f"{letters[0]} {''.join(letters[1:]).upper()}" if len(letters) > 3 else found[0]
    return "".join(letters).upper()


def _number(spoken: str) -> int:
    """The value of a spoken number: "forty one" 41, "one seven five" 175, "one seventy five" 175."""
    words = re.findall(r"[a-z]+", spoken.lower())
    if "hundred" in words:
        at = words.index("hundred")
        rest = [w for w in words[at + 1 :] if w != "and"]
        return _VALUES[words[0]] * 100 + (_number(" ".join(rest)) if rest else 0)
    digits, pending = "", 0
    for word in words:
        value = _VALUES[word]
        if value >= 20 and value % 10 == 0:  # "twenty", then perhaps "two"
            if pending:
                digits += str(pending)
            pending = value
        elif pending and value < 10:
            digits, pending = digits + str(pending + value), 0
        else:
            if pending:
                digits, pending = digits + str(pending), 0
            digits += str(value)
    return int(digits + (str(pending) if pending else ""))
