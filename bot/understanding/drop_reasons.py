"""A drop's reason as the record keeps it: without the check after it ("Is that ok?"), the ask again ("Could it be
removed?"), a face typed after it or who agreed to it. Read by :mod:`bot.understanding.edit_rules`.
"""

from __future__ import annotations

import re

from bot.understanding.edit_cues import AGREED_AFTER
from bot.understanding.patterns import guarded

__all__ = ["tidy_reason"]

# "... no need for us to collect it locally. Is that ok?": a check after the reason, not part of it.
_REASON_CHECK = guarded(
    r"[\s.,;!–—-]*(?:is that|would that be|hope (?:that's|that is)|if (?:that's|that is))\s+"
    r"(?:ok|okay|alright|all right|fine|acceptable)\W*$",
    re.I,
)


def tidy_reason(reason: str) -> str | None:
    """A drop's reason as the record keeps it: without "is that ok?" after it, the quote it was pasted in, or who
    agreed to it."""
    reason = _ASKED_AGAIN.sub("", _EMOJI_AFTER.sub("", reason))
    reason = _LEFT_OVER.sub("", AGREED_AFTER.sub("", _REASON_CHECK.sub("", reason))).strip(" .,;'\"–—-")
    return None if not reason or _ASK_ONLY.fullmatch(reason) else reason


# "… Can it be taken off?": the ask's own words, never why
_ASK_ONLY = guarded(r"(?:be|been)\s+(?:taken|removed)\s+off(?:\s+the\s+(?:tracker|list))?|come\s+off", re.I)


# "we wont be doing a-70 now, funding … fell through": the "now" of the drop, not the reason's
_LEFT_OVER = guarded(r"^(?:now|then|any\s?more|after\s+all)\s*[,;:–—-]+\s*", re.I)


# "… was cancelled. Could it be removed?": the ask again after the reason; "… by the DfE 😞": a face after it
_ASKED_AGAIN = guarded(
    r"(?:(?<=[.!])\s+|[,;]?\s+(?=(?:pls|please)\s+(?:remove|drop|close|delete|bin|take)\b))"
    r"(?:(?:so\s+)?(?:could|can|would)\s+(?:it|this|that|you|we)\b|(?:please|pls)\s+(?:remove|drop|close|delete|bin|"
    r"take\s+(?:it|this|that)\s+off)\b)"
    r"[^.!?]*[.!?]*\s*$",
    re.I,
)
_EMOJI_AFTER = guarded(r"[\s\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+$")
