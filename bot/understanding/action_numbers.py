"""Actions written out by their number ("action 44", "act. 5", "status of action no. 33") as references (A-44), and
what follows such a number: news of the action ("action 44: first draft is done", "action 29 - waiting on 2 more
areas …") or a numbered new action ("Action 3 - Tony to circulate …"). Read by :mod:`bot.understanding.chat`.
"""

from __future__ import annotations

import re

from bot.understanding.edit_words import REF
from bot.understanding.patterns import guarded

__all__ = ["refs_named", "with_action_numbers"]

# "finished action 14", "status of action no. 33": an action's reference written out.
# "Action 3 - owner should be the police": after a dash, only a word about the action itself (not "Action 3 - Tony to
# ...", a numbered list of new actions).
# "action 13: I met the heads", "action 10 - Cafcass have sent their comments": news of it, in the writer's words
# (not "Action 1: I'll circulate …", a numbered new action).
_NEWS = (
    r"(?:(?:(?-i:I)|i(?=['’])|[Ww]e)\b(?!'ll|\s+will|\s+shall)|"
    r"(?-i:[A-Z][\w&]+)(?:\s+\w+){0,2}\s+(?:have|has)\s+(?!to\b))"
)
_ACTION_NUMBER = guarded(
    rf"(?:\baction|^act\.?)\s+(?:no\.?\s*|number\s+|#\s*)?(\d{{1,4}})\b(?!\s*(?:/|of\b|%|[.:](?!\s+{_NEWS}|\s*$)|[-–—]\s(?!\s*(?:{_NEWS}|owner|lead|done|"
    r"complete[d]?|closed|finished|sorted|should|can|could|needs?|please|pls|new (?:due )?date|due|update|progress|"
    r"move|push|drop|remove|delete|cancel|reassign|give|pass|withdraw|"
    # "action 29 - spoke to the service manager": news of it
    r"spoke|met|sent|had|got|heard|rang|still|nearly|almost|waiting|awaiting|(?-i:[a-z]{3,}ed))\b)))",
    re.I,
)
# "action 44: first draft is done, going to QA & Comms", "action 5 - publication slipped at the printers": after the
# colon or dash, news of the action in any words, as long as nothing in them sets someone a task ("Action 3 - Tony to
# circulate …", "Action 2: all members to return …", "Action 1 – Tony Oakman – circulate …" stay a numbered new one).
_ACTION_THEN = guarded(r"\baction\s+(?:no\.?\s*|number\s+)?(\d{1,4})\s*(?:[:.]|\s[-–—])\s+(?P<rest>[^\n]+)", re.I)
_REF_THEN_SAYS = guarded(
    r"^(?P<ref>\W*A-\d{1,4})\s+(?=[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?\s+(?:says|said|reports|reckons|tells\s+me|"
    r"confirms|confirmed|has\s+confirmed)\b)",
    re.I,
)
_SETS_A_TASK = guarded(
    r"(?:(?:^|(?<![,;])\s)(?:to|will|shall|must|need(?:s)?\s+to)|['’]ll)\s+(?!(?:the|a|an|our|their|his|her|my|its|this|that|"
    r"be\s+(?:done|sent|complete|completed|closed|signed|finished|ready)|date|day|end|plan|schedule|track)\b)[a-z]{2,}|"
    r"^(?-i:[A-Z][\w'’&.-]*)(?:\s+(?-i:[A-Z][\w'’&.-]*)){0,3}\s*[-–—:,(]",
    re.I,
)
_NOT_A_TASK_TO = guarded(
    r"\b(?:(?!need\b)\w+ed|sent|gone|going|given|taken|back|up|out|forward|due|next|close|closer|down|over|off|across|"
    r"according|prior|way|reply|response|responded)\s+to\s+\S+$",
    re.I,
)


_NEWS_OPENING = guarded(
    r"^\W*(?:(?:still\s+)?(?:waiting|awaiting)|chased|chasing|spoke|met|heard|rang|nearly|almost|(?:now\s+)?in\s+hand|"
    r"on\s+track|delayed|slipped|progressing|underway|under\s+way)\b",
    re.I,
)


_FINITE = guarded(r"\b(?:is|are|was|were|has|have|had|meets|met|goes|went|sits|starts|began|begins|comes|came)\b", re.I)


# "housing, comm safety and YOS", "Pam, Zala & Jo": a list of short names, its last one after "and"
_LISTED_FIRST = guarded(
    r"^(?:[\w&'’-]+\s+){0,2}?[\w&'’-]+(?:\s*,\s*(?:[\w&'’-]+\s+){0,2}?[\w&'’-]+)+\s*,?\s+(?:and|&)\s+", re.I
)


def _news_of_action(found: re.Match[str]) -> str:
    """ "action 44: first draft is done": the reference written as A-44, when what follows is news of it."""
    rest = found["rest"]
    if _NEWS_OPENING.match(rest):
        return f"A-{found[1]} - {rest}"  # "waiting on 2 more areas to send their data": news, whatever follows
    listed = _LISTED_FIRST.match(rest)  # "housing, comm safety and YOS to map …": the owners listed, then the task
    start = listed.end() if listed else 0
    first = start + len(re.split(r"[,;]\s+", rest[start:], maxsplit=1)[0])  # "DI Jones now in post, she'll …": news
    for task in _SETS_A_TASK.finditer(rest):
        said = _FINITE.search(rest[: task.start()])  # "phase youth forum meets on the 3rd to look at …": why
        if task.start() <= first and not said and not _NOT_A_TASK_TO.search(rest[: task.end()]):
            return found[0]
    return f"A-{found[1]} - {rest}"


# "new date for action 12 - fri 5 june", "the deadline on action 9: end of june": a reference, whatever follows.
_ACTION_EDITED = guarded(
    r"\b((?:new\s+|due\s+)?(?:date|deadline|owner|lead|update|progress|status|note|notes|comment)\s+(?:for|on|of|to)\s+)"
    r"action\s+"
    r"(?:no\.?\s*|number\s+|#\s*)?(\d{1,4})\b(?!\s*(?:/|of\b|%))",
    re.I,
)


# "MAPPA SMB action 3", "CDOP action 4": another body's numbered action, never the board's own A-3 ("DSCB action 3" is)
_ANOTHER_BODYS = guarded(r"\b(?!(?:DSCB|LSCB|SCB|LSCP)\b)[A-Z][A-Z&]{1,5}(?:\s+[A-Z][A-Z&]{1,5})*\s+$")


def _ours(found: re.Match[str]) -> bool:
    return _ANOTHER_BODYS.search(found.string, 0, found.start()) is None


def with_action_numbers(text: str) -> str:
    """The message with each action written out by its number as its reference, where that is what it names."""
    text = _ACTION_NUMBER.sub(lambda m: f"A-{m[1]}" if _ours(m) else m[0], _ACTION_EDITED.sub(r"\1A-\2", text))
    text = _ACTION_THEN.sub(lambda m: _news_of_action(m) if _ours(m) else m[0], text)
    return _REF_THEN_SAYS.sub(r"\g<ref> - ", text)  # "a-57 karen p says the adverts went out": news of A-57


def refs_named(text: str) -> tuple[int, ...]:
    """The actions a message names ("thanks for chasing A-7"), whatever it asks."""
    return tuple(dict.fromkeys(int(n) for n in REF.findall(text)))
