"""Reading a typed answer to a numbered question: its number ("2", "option 2", "the second"), a yes or no, or the
option's name or a clear part of it ("Karen Palk", "palk", "karen p"). Anything else answers nothing, and the
message is read as a new one."""

from __future__ import annotations

import re
from typing import Any

from bot.understanding.text import fold

_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5}
_NUMBER = re.compile(r"^(?:option|number|no\.?|#)?\s*(\d{1,2})\.?$|^(?:the\s+)?(\w+)(?:\s+one)?$")
_NO = {"no", "nope", "cancel", "none", "neither", "none of these", "none of them", "never mind", "nevermind", "stop"}
_YES = {"yes", "yep", "yeah", "yes please", "correct", "that's right", "thats right", "right", "y", "ok", "okay"}
_CANCEL_LABELS = {"cancel", "none of these", "no"}


def picked(options: list[dict[str, Any]], text: str) -> dict[str, Any] | None:
    """The payload of the option a typed answer picks, or None when it picks none (or several)."""
    words = " ".join(text.lower().strip(" .!?").split())
    if not words or not options:
        return None
    number = _NUMBER.match(words)
    if number:
        index = int(number[1]) if number[1] else _ORDINALS.get(number[2] or "", 0)
        if 1 <= index <= len(options):
            return _payload(options[index - 1])
    if words in _NO:
        return next((_payload(o) for o in options if fold(str(o.get("label", ""))) in _CANCEL_LABELS), None)
    if words in _YES:
        return next((_payload(o) for o in options if "yes" in (o.get("answers") or [])), None)
    wanted = fold(re.sub(r"^(?:i mean|i meant|it's|its|it is|the one (?:at|from))\s+", "", words)).split()
    if not wanted:
        return None
    matches = [o for o in options if _names(str(o.get("label", "")), wanted)]
    return _payload(matches[0]) if len(matches) == 1 else None


def _names(label: str, wanted: list[str]) -> bool:
    """Every written word starts a word of the label ("palk", "karen p", "Karen Palk (Lay Advisor)")."""
    words = fold(label).split()
    return all(any(w.startswith(x) for w in words) for x in wanted) and not (len(wanted) == 1 and len(wanted[0]) < 2)


def _payload(option: dict[str, Any]) -> dict[str, Any] | None:
    payload = option.get("payload")
    return payload if isinstance(payload, dict) else None
