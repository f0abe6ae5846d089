"""More bare numbers read as actions' references, where the words around a number leave only an action: "item 18",
"is 37 still open", "17 finished too", "karen says 43's done", "cancel 51, public health have dropped it", "slip 24
to the september board", "put 46 with the fire service", "has anyone updated 58 since march?", "Kate's part of 38",
"finished 56 yesterday", "swap 18 from me to sally".

Read by :func:`bot.understanding.chat.plain_chat` after the readings of :mod:`bot.understanding.chat`; a number
that counts something ("part of 10 schools", "item 5: Jo to …" in minutes) is left alone.
"""

from __future__ import annotations

import re

_DONE_WORD = r"(?:done|finished|complete|completed|closed|sorted|signed\s+off)"
_COUNTED = (
    r"(?!\s*(?:/|%|[.:,]\d|-\d|(?:hours?|hrs?|minutes?|mins?|days?|weeks?|wks?|months?|years?|yrs?|pages?|people|"
    r"schools?|agencies|members|cases|children|families|times?|of)\b))"
)
_MORE_NUMBERS = re.compile(
    # "item 18 can we move it", "item 64?" (not an agenda's "Item 5: Jo to circulate …")
    rf"\b(item\s+(?:no\.?\s*)?)(\d{{1,3}})\b{_COUNTED}(?!\s*[:.]\s+[A-Z])|"
    # "is 37 still open", "was 12 closed?"
    rf"^((?:is|was)\s+)(\d{{1,3}})(?=\s+(?:still\s+)?(?:open|live|outstanding|overdue|on\s+the\s+tracker|{_DONE_WORD})\b)|"
    # "17 finished too btw", "thats 9 finished too"
    rf"^((?:that['’]?s\s+|thats\s+)?)(\d{{1,3}})(?=\s+(?:is\s+|now\s+)?{_DONE_WORD}\s+(?:too|as\s+well|also|now|btw)\b)|"
    # "karen says 43's done", "and 17's finished"
    rf"(?<![\w/.£$-])(?<!\bthe\s)()(\d{{1,3}})(?=['’]s\s+(?:now\s+|all\s+)?{_DONE_WORD}\b)|"
    # "can we cancel 51, public health have dropped the campaign"
    r"\b((?:cancel|drop|delete|remove|scrap|withdraw|bin|close)\s+)(\d{1,3})(?=\s*,\s+[A-Za-z])|"
    # "can we slip 24 to the september board"
    r"\b(slip\s+)(\d{1,3})(?=\s+(?:to|back|till|until|by|into)\b)|"
    # "put 46 with the fire service", "put 48 on fire please" (not "put 5 on the agenda")
    r"\b(put\s+)(\d{1,3})(?=\s+(?:with|under|against|onto)\s|\s+on\s+(?!(?:the\s+|a\s+|an\s+)?(?:agenda|hold|ice|list|"
    r"tracker|back\s*burner|record|file|system|website|table)\b)[A-Za-z])|"
    # "has anyone updated 58 since march?", "Did Kate ever update 38?"
    r"\b((?:updated?|updating)\s+)(\d{1,3})(?=\s*(?:\?|$)|\s+(?:since|recently|lately|yet|at\s+all)\b)|"
    # "Please close Kate's part of 38 – she sent the CRC figures"
    r"\b((?:part|bit|element|share|side)\s+of\s+)(\d{1,3})(?=\s*(?:[-–—,;.!?]|$)|\s+(?:as|for|please|pls|too)\b)|"
    # "finished 56 yesterday", "closed 12 this morning"
    rf"^({_DONE_WORD}\s+)(\d{{1,3}})(?=\s+(?:yesterday|today|this\s+(?:morning|afternoon|week)|last\s+week|earlier|"
    r"now|too)\b)|"
    # "mike g says 35 is done", "karen says 17 can be closed"
    rf"\b((?:says?|said|reckons|confirmed)\s+(?:that\s+)?)(\d{{1,3}})(?=\s+(?:is\s+|can\s+(?:now\s+)?be\s+|has\s+been\s+)?"
    rf"(?:{_DONE_WORD}|ticked\s+off)\b)|"
    # "what's 14 say again", "thx rich for sorting 22", "the update on 33 was v helpful"
    r"\b(what(?:['’]s|\s+does)\s+)(\d{1,3})(?=\s+say\b)|\b((?:for\s+)?sorting\s+)(\d{1,3})(?=\W*$|\s*[,.!👍])|"
    r"\b((?:update|news|progress)\s+on\s+)(\d{1,3})(?=\s+(?:was|is)\b)|"
    # "swap 18 from me to sally", "move 12 over from Jo to housing"
    r"\b((?:swap|switch|move|transfer|hand)\s+)(\d{1,3})(?=\s+(?:over\s+)?from\s+[A-Za-z])",
    re.I,
)


def as_reference(found: re.Match[str]) -> str:
    """A bare number read as an action's reference, its lead kept ("drop 17" is "drop A-17", "item 18" is "A-18"):
    of a pattern whose groups come in pairs, the lead and the number, one pair matched."""
    lead, number = next((found[n] or "", found[n + 1]) for n in range(1, found.re.groups, 2) if found[n + 1])
    return f"{'' if lead.lower().startswith('item') else lead}A-{number}"


def more_references(text: str) -> str:
    """The text with each bare number that can only be an action written as its reference ("item 18" is A-18)."""
    return _MORE_NUMBERS.sub(as_reference, text)
