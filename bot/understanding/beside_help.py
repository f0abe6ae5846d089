"""What a newcomer asks to be done beside a how-to question: "how do i change a due date? need a-53 to be the 1st
not today" moves A-53, "is this where i send apols? cant make monday's panel" sends the apologies, while "What can you
do? Martine said to ask you about my actions but I'm not sure how" stays a question about the assistant. Read by
:mod:`bot.understanding.interpret` once a message reads as help.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.understanding.help_words import message_parts
from bot.understanding.interpretation import Intent, Interpretation
from bot.understanding.patterns import guarded

__all__ = ["done_beside_help"]

_EDITS = frozenset({Intent.COMPLETE_ACTION, Intent.DROP_ACTION, Intent.ADD_UPDATE, Intent.CHANGE_DUE, Intent.REASSIGN})


def done_beside_help(message: str, read: Callable[[str], Interpretation]) -> Interpretation | None:
    """What a message asks to be done beside its how-to questions ("a-60's finished - can I just mark it done myself
    or does martine have to do it?": A-60 closed), when that says exactly what; else None (the help is the answer).
    ``read`` reads a piece of text as the writer's."""
    parts = message_parts(message)
    rest = [p for p in parts if read(p).intent is not Intent.HELP] if len(parts) > 1 else []
    said = ". ".join(rest)
    done = read(said) if rest and len(rest) < len(parts) else None
    asked_if_so = re.search(r"\bif\s+(?:so|yes)\b[^.?!]*$", message, re.I) is not None  # "… if so whats open for X"
    return done if done is not None and _done_as_asked(done, said, asked_if_so) else None


def _done_as_asked(found: Interpretation, said: str, asked_if_so: bool = False) -> bool:
    """Whether a reading says exactly what to do: an edit of one action, apologies for a meeting, leave to a day, a
    new action with its owners and date, a list asked in a question of its own ("do i actually have anything yet?";
    never "Martine said to ask you about my actions but I'm not sure how")."""
    if found.intent in _EDITS:
        return len(found.refs) == 1
    if found.intent is Intent.RECORD_ACTION:  # never "I need to log things for Tony": what they want to learn to do
        return bool(found.task) and bool(found.owners or found.ambiguous) and (found.due is not None or found.asap)
    if found.intent is Intent.LIST_ACTIONS:
        asked = (said.rstrip().endswith("?") or asked_if_so) and not re.search(r"\bhow\b", said, re.I)
        asked = asked and not _HANDED_ON.search(said)  # "can my actions go to my deputy automatically?": how, asked
        return asked and bool(found.owners or found.ambiguous)  # whose, never the whole board's by the way
    if found.intent is Intent.AUDIT_UPDATE:  # "Can I update S11s here? Housing's is about 70% done"
        return found.audit is not None and found.audit.subject is not None and found.audit.status is not None
    meeting_said = _MEETING_SAID.search(said) is not None  # never "Martine tells me I can record apologies here"
    return (found.intent is Intent.APOLOGY and found.meeting is not None and meeting_said) or (
        found.intent is Intent.LEAVE and found.away_until is not None
    )


_HANDED_ON = guarded(r"\b(?:go|move|pass|transfer|be\s+(?:given|passed|moved|transferred))\s+(?:over\s+)?to\b", re.I)
# A meeting or its day written: "cant make monday's panel", "apols for the 10th", "not at the July board".
_MEETING_SAID = guarded(
    r"\b(?:board|panel|workshop|meeting|(?:mon|tues?|wed|weds|thu|thur|thurs|fri)(?:day)?(?:['’]s)?|jan|feb|march|mar|"
    r"april|apr|may|june?|july?|aug|sept?|oct|nov|dec)\b|\d",
    re.I,
)
