"""Words a list question puts where an owner goes that the rules could not find ("anything overdue for Bob Smith?",
"barnardos open actions?"): a name the writer is told is not on the board, never answered with the whole board's list;
the words that say when or what, never whose ("for the July board", "for me"); and the short list question that
names only whose list it is ("CDOP list pls", "workforce dev group - what's open?"). Read by
:mod:`bot.understanding.intent_rules`.
"""

from __future__ import annotations

import re

from bot.understanding.names import is_first_name, names_someone
from bot.understanding.patterns import guarded

__all__ = ["OWNER_LIST", "names_an_owner", "someone_unnamed", "unread_whom"]

# "CDOP list pls", "Jim Patel's actions?", "police ones please": one owner's list asked for in two or three words.
OWNER_LIST = guarded(
    r"^(?:and\s+|what\s+about\s+|how\s+about\s+)?(?:the\s+)?"
    r"(?!(?:list|show|see|give|send|pull|display|what|whats|which|any|all|my|full|whole|new|add|log|record)\b)"
    r"(?P<who>[\w&'’ +-]{2,40}?)(?:'s|’s|s')?\s+"
    r"(?:(?:open|outstanding|overdue|current|live)\s+)?(?:list|actions|action\s+list|ones|lot)"
    # "vcsg actions due this month?", "cdop actions overdue?"
    r"(?:\s+(?:still\s+)?(?:due|overdue|outstanding|open|left|late)(?:\s+(?:this|next)\s+(?:week|month))?)?"
    r"(?:\s+(?:please|pls|plz|thanks|thx|ta|again|now|then))*"
    # "VCSG open actions pls, chairing on tuesday": why, after it
    r"(?:\s*[,–—-]\s*(?:chairing|prepping|preparing|meeting|seeing|for|ahead\s+of|before|need(?:ed)?\s+(?:them|it)|"
    r"going\s+(?:in|to))\b[^?.!]{0,50})?\s*[?.!]*$|"
    # "list for Dave Whitehouse please", "open actions for jayne sargant pls": whose list, after it
    r"^(?:the\s+)?(?:(?:open|outstanding|overdue|current)\s+)?(?:list|actions|action\s+list)\s+(?:for|of)\s+"
    r"(?!(?:me|us|the\s+(?:board|whole|next|july|september|panel|workshop)|everyone|all|today|this|next)\b)"
    r"(?P<who2>[A-Za-z][\w&'’ -]{1,40}?)(?:\s+(?:please|pls|plz|thanks|thx|ta))*\s*[?.!]*$|"
    # "workforce dev group - what's open?", "Jo Forbes: anything overdue?": whose, as the heading of the question
    r"^(?:the\s+)?(?!(?:me|us|everyone|all|today|this|next|so|ok|right|quick\s+one)\b)"
    r"(?P<who3>[A-Za-z][\w&'’ +]{1,40}?)\s*(?:[:–—]|\s-)\s*(?:what(?:['’]s|s|\s+is)|anything|any)\s+(?:still\s+)?"
    r"(?:open|outstanding|overdue|left|live|late)\b(?:\s+(?:please|pls|thanks|now))*\s*[?.!]*$",
    re.I,
)

# Words that say when or what, never whose: "for the July board", "for this week", "for me", "for the S11s".
_NOT_WHOM = guarded(
    r"\b(?:board|meeting|panel|workshop|weeks?|months?|fortnight|today|tomorrow|now|year|summer|me|us|myself|ourselves|"
    r"everyone|everybody|all|them|him|her|it|this|that|next|s11s?|s175s?|section|audits?|tracker|list|actions?|"
    r"jan\w*|feb\w*|mar\w*|apr\w*|may|june?|july?|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|mon\w*|tue\w*|wed\w*|"
    r"thu\w*|fri\w*|overall|anyone|anybody|someone|you|we|my|our|your|their|of|and|or|does|do|did|just|still|open|"
    r"outstanding|overdue|due|to|which|what|who|plate|lot|left|please|pls|review|sign|signing|approval|comments?|"
    r"information|info|discussion|decision|agenda|papers|minutes|partnership|dscb|lscb|end|start|mid|close|"
    r"asap|soon|urgent|later|then|here|there|everything|anything|quarter|q[1-4]|term|period|spring|autumn|winter|"
    r"christmas|easter|half|holidays?|break|recess|deadline|latest|recent|current|other|remaining|pending|priority|key|"
    r"main|important|top|these|those|new|old|closed|done|completed?|attendance|mailing|distribution|contact|"
    r"circulation|email|reading|wish|shopping|waiting|apologies|invite|guest|could|can|would|will|shall|should|i|"
    r"see|show|send|give|get|list|so|many|lots?|loads|few|several|some|more|most|his|hers|theirs|"
    r"wants?|wanted|needs?|needed|asked|asks|asking|likes?|is|are|was|has|have|had|"  # "roger wants his list": who asks
    # the board's people as a whole: "what's outstanding for partners?", "anything overdue for the others?"
    r"people|folks?|colleagues|partners?|agenc(?:y|ies)|members?|rest|others?|teams?|(?:sub[\s-]?)?groups?|various|"
    r"multiple|each|every)\b|^the$",
    re.I,
)


def someone_unnamed(who: str, asked: str = "") -> str | None:
    """The name, when words a list question puts where an owner goes ("anything overdue for Bob Smith?", "anything on
    bob's list that's overdue?", "what does zebra owe") name someone the rules could not find, however written: then
    the writer is told so, never shown the whole board's list; else None. ``asked`` is the question's words that
    found them: "does zebra owe" puts them where only whose can go, whatever their case."""
    whose = _WHOSE_LIST.match(who)
    who = whose["who"] if whose else who.strip()
    words = who.split()
    if not words:
        return None
    subject = re.search(rf"\b(?:does|has)\s+{re.escape(who)}\s+(?:still\s+)?(?:owe|have|got|hold)\b", asked, re.I)
    # "Bob Smith", "Early Help", "bob's list", or a first name written in lower case ("gill", "bob smith")
    named = whose is not None or any(w[:1].isupper() for w in words) or (is_first_name(words[0]) and names_someone(who))
    named = named or subject is not None
    unnamed = named and 0 < len(words) <= 4 and _NOT_WHOM.search(who) is None and not any(ch.isdigit() for ch in who)
    return who if unnamed else None


_WHOSE_LIST = guarded(r"^\s*(?P<who>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?)['’]s?\s+(?:list|actions|ones)\b", re.I)


def names_an_owner(who: str) -> bool:
    """Whether the words before "actions" in a terse list question ("barnardos open actions?") name an owner the
    rules could not find, however written: then the writer is told so, never shown the whole board's list."""
    return 0 < len(who.split()) <= 4 and _NOT_WHOM.search(who) is None and not any(ch.isdigit() for ch in who)


# "whats outstanding for dudley womens aid", "anything open from barnardos?": whose, last, in lower case
_FOR_WHOM_LAST = guarded(
    r"\b(?:for|from)\s+(?:the\s+)?(?P<who>[a-z][\w'’&-]*(?:\s+[a-z][\w'’&-]*){0,3}?)"
    r"(?:\s+(?:please|pls|at\s+the\s+moment|atm|now|then))?\s*[?.!]*\s*$"
)


def unread_whom(asked: str) -> str | None:
    """The lower-case words a list question ends with where its owner goes ("whats outstanding for dudley womens
    aid"), when they are no word of when or what: the caller, finding nobody of that name, asks before it answers
    with the whole board's list."""
    found = _FOR_WHOM_LAST.search(asked)
    return found["who"] if found is not None and names_an_owner(found["who"]) else None
