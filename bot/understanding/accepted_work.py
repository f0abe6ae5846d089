"""A member taking in good part an action that has come to them: "a-15 was handed to me at the board, not really
YOS territory but it's fine, I'll do it", "just to say I've seen that action 31 is now with me … happy to pick it up",
"ok, a-35's mine then. wasn't expecting it but no complaints". Nothing to change: the action is theirs already, so
the message is a remark about it (never a new action, never a reassignment that would drop a co-owner). Also what the
writer only heard or concedes about whose an action is (``BELIEVED``: "i thought A-22 moved to Sue H", "even though it
sits better with QA"), never a request to move it."""

from __future__ import annotations

import re

from bot.understanding.patterns import guarded

__all__ = ["BELIEVED", "accepted_as_given", "given_before"]

# "i thought A-22 moved to Sue H", "someone said it's been given to early years": heard, not asked; "I'll keep it even
# though it sits better with QA": conceded, not asked
BELIEVED = guarded(
    r"(?:\bI\s+(?:thought|believed|assumed|was\s+told|heard)|"
    r"\b(?:some(?:one|body)|people|they)\s+(?:said|told\s+me|mentioned)|"
    r"\bI['’]ve\s+(?:been\s+told|heard)|\bapparently|\beven\s+(?:though|tho)|\balthough)\b[^.!?]{0,40}$",
    re.I,
)

# The action come to the writer, as a fact: given, handed, passed, now with them, theirs.
_COME_TO_ME = guarded(
    r"\b(?:(?:was|were|been|got|has\s+been|['’]s\s+been|is\s+being)\s+(?:given|handed|passed|assigned|allocated|moved|"
    r"put|transferred|reassigned)\s+(?:over\s+|across\s+)?(?:to|on|with)\s+me|"
    r"(?:is|['’]s)\s+(?:now\s+)?(?:with|on|down\s+to)\s+me\b(?!\s+(?:and|or|to)\b)|"
    r"(?:coming|came|come|gone|went|moved)\s+(?:over\s+|across\s+)?to\s+me|(?:is|['’]s)\s+(?:now\s+)?mine(?:\s+then)?|"
    r"landed\s+(?:on|with)\s+me)\b",
    re.I,
)
# Taken on without complaint: "it's fine", "no problem", "happy to pick it up", "leave it with me", "I'll do it".
_TAKEN_ON = guarded(
    r"\b(?:(?:it|that)['’]?s\s+(?:fine|ok|okay|no\s+problem)|thats\s+(?:fine|ok)|no\s+(?:problem|probs|worries|"
    r"complaints)(?:\s+at\s+all)?|happy\s+to\s+(?:pick\s+it\s+up|take\s+it(?:\s+on)?|do\s+it|keep\s+it|help)|"
    r"leave\s+it\s+with\s+me|I['’]?ll\s+(?:do|sort|take|pick\s+up|get\s+on\s+with|crack\s+on\s+with)\s+"
    r"(?:it|this|that)\b|"
    r"fine\s+by\s+me|fair\s+enough)",
    re.I,
)
# Anything else asked or told: a date, an update, a change, done.
_MORE_SAID = guarded(
    r"\b(?:update|progress|done|finished|completed|closed?|drop|remove|reassign|move|push|extend|date|deadline|by|"
    r"until|till|before|but\s+(?:can|could|would)|can\s+(?:you|we|it)|could\s+(?:you|we|it)|please|pls)\b|\?",
    re.I,
)


def accepted_as_given(text: str) -> bool:
    """Whether the message only takes on an action that came to the writer (no date, update or change asked)."""
    come = _COME_TO_ME.search(text)
    return (
        come is not None
        and _TAKEN_ON.search(text) is not None
        and _MORE_SAID.search(re.sub(r"\b(?:pick\s+it\s+up|take\s+it\s+on)\b", " ", text)) is None
    )


def given_before(text: str, start: int) -> bool:
    """Whether the assignment found at ``start`` is told as done, to the writer ("a-15 was handed to me, …"): a fact
    about the action, never a request to move it."""
    if _TAKEN_ON.search(text) is None:
        return False  # "A-30 was given to me by mistake, it's Helen's": whose it should be
    return bool(re.search(r"\b(?:was|were|been|got)\s+(?:\w+\s+)?$", text[:start], re.I)) and bool(
        re.match(r"\w+\s+(?:over\s+|across\s+)?(?:to|on|with)\s+me\b", text[start:], re.I)
    )
