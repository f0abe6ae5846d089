"""Loose ways of asking for an edit or offering work, written the way the rules read them: "can the date on a-16 be
w/c 8 june" is "can a-16 be w/c 8 june"; "can you put Anne and Su V on a-47 jointly" is "a-47 to Anne and Su V
jointly"; "is a.40 still open" names A-40; "leave it with me and Sally, we'll get the data to the SCR sub by monday" is
"Sally and I will get the data to the SCR sub by monday". Applied by :func:`bot.understanding.interpret.as_read` before
the chat is made plain, so every rule reads the usual wording.
"""

from __future__ import annotations

import re

from bot.understanding.patterns import guarded

__all__ = ["as_usually_worded"]

# "a-16", "action 16", "no. 16", "#16", or the number alone where only an action can be meant
_REF = r"(?:A\s?-\s?|action\s+|no\.?\s*|#)?(?P<n>\d{1,4})\b"
# "can the date on a-16 be w/c 8 june", "could the due date for action 9 be the 30th": the action's date
_DATE_ON = guarded(
    rf"\bthe\s+(?:due\s+|end\s+|target\s+)?date\s+(?:on|for|of)\s+{_REF}(?=\s+be\s+(?:w/?c\b|the\s|\d|end|mid|early|"
    r"start|first|last|next|mon|tue|wed|thu|fri|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))",
    re.I,
)  # never "could the due date for action 41 be revised to …": read as written
# "can you put Anne and Su V on a-47 jointly", "put Jo on A-3 instead please": who holds it from now
_PUT_ON = guarded(
    r"^\W*(?:(?:can|could|would)\s+(?:you|u)\s+(?:please\s+|pls\s+)?|please\s+|pls\s+)?put\s+"
    rf"(?P<who>(?!(?:it|this|that|them|me|us)\b)[A-Za-z][\w'’ &]{{0,40}}?)\s+on\s+{_REF}"
    r"(?P<how>\s+(?:jointly|together|instead))?(?:\s+(?:please|pls))?\s*[?.!]*\s*$",
    re.I,
)
# "is a.40 still open", "a.12 done": a reference written with a full stop
_DOTTED = guarded(r"\b[Aa]\.(\d{1,3})\b(?!\.\d)")
# "leave it with me and Sally, we'll …": the writer and the colleague named take it on together
_LEAVE_IT_WITH_US = guarded(
    r"^\W*leave\s+it\s+with\s+(?:me\s+and\s+(?P<who>[A-Za-z][\w'’]*(?:\s+[A-Za-z][\w'’]*)?)|"
    r"(?P<who2>[A-Za-z][\w'’]*(?:\s+[A-Za-z][\w'’]*)?)\s+and\s+me)\s*[,;:–—-]+\s*we(?:['’]ll|\s+will)\s+",
    re.I,
)


def as_usually_worded(text: str) -> str:
    """The text with its loose edit or offer written the usual way (unchanged when it has none)."""
    text = _DOTTED.sub(r"A-\1", text)
    text = _DATE_ON.sub(r"A-\g<n>", text)
    put = _PUT_ON.match(text)
    bare = put is not None and re.search(rf"\bon\s+{put['n']}\b", put[0]) is not None  # "… on 47": the number alone
    if put is not None and (put["how"] or not bare):  # "put Jo on 47 jointly", never "put the report on 2"
        text = f"A-{put['n']} to {put['who']}{put['how'] or ''}"
    together = _LEAVE_IT_WITH_US.match(text)
    if together is not None:
        text = f"{together['who'] or together['who2']} and I will {text[together.end() :]}"
    return text
