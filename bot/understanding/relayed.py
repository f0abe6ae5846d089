"""Messages relayed from someone else: "From Viv: '...'", "Fwd from Tabetha: "..."", "Pasting from Anne's email:
"..."", "here's Richard's message: ...". The "I" and "my" of the pasted words are its sender's, not the writer's.

Read by :mod:`bot.understanding.apology_rules` (whose apologies a pasted message sends) and
:mod:`bot.understanding.edit_rules` (whose part of an action a forwarded message says is done).
"""

from __future__ import annotations

import re

__all__ = ["relayed_from"]

_RELAY_VERB = (
    r"(?:fwd?|forwarded|forwarding|pasting|pasted|copying|copied|passing on|relaying|here(?:['’]s|\s+is)|"
    r"this is|just had|just got|got|received)"
)
_MESSAGE = r"(?:message|msg|email|e-mail|text|note|reply|teams message|slack message)"
_NAME = r"[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2}?"
_RELAYED = re.compile(
    # "From Viv:", "Fwd from Tabetha:", "pasting from Anne's email:", "message from Tony Oakman:"
    rf"^(?:{_RELAY_VERB}\s*:?\s*(?:in\s+|on\s+|an?\s+|the\s+)?)?(?:{_MESSAGE}\s+)?"
    r"(?:from|forwarded from|on behalf of)\s+"
    rf"(?P<who>{_NAME})(?:['’]s|s['’])?(?:\s+{_MESSAGE})?\s*:\s*\S|"
    # "Anne's email:", "here's Richard's message:", "fwd Tabetha's email:"
    rf"^(?:{_RELAY_VERB}\s*:?\s*(?:in\s+|on\s+)?)?(?P<who2>{_NAME})(?:['’]s|s['’])\s+{_MESSAGE}\s*:\s*\S",
    re.I,
)
_NOT_A_NAME = frozenset({"me", "my", "the", "a", "an", "our", "your", "his", "her", "their", "them", "him", "us",
                         "yesterday", "today", "earlier", "last", "this", "monday", "tuesday", "wednesday",
                         "thursday", "friday"})  # fmt: skip
_POSSESSIVE_END = re.compile(r"(?:['’]s|s['’])$", re.I)


def relayed_from(text: str) -> str | None:
    """The name (as written) of the person whose message ``text`` pastes or forwards, or None."""
    found = _RELAYED.match(text)
    who = found and (found["who"] or found["who2"])
    if not who or who.split()[0].lower() in _NOT_A_NAME:
        return None
    return _POSSESSIVE_END.sub("", who)
