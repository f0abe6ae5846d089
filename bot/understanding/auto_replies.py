"""An out-of-office reply pasted into chat ("Auto-reply from Pam below, FYI for the tracker: > Thank you for your
email. I am out of the office, returning on Monday 8 June …"): its "I" is the member who set it, never the one who
pasted it. Their leave is recorded for them (by the business manager or the chair, as any other member's leave);
when it names someone the rules cannot find, nothing is recorded; a reply that names no sender is the writer's own.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.directory import MANAGERS, Person
from bot.understanding.interpretation import Intent, Interpretation
from bot.understanding.leave import writer_away_until
from bot.understanding.owners import OwnerResolver
from bot.understanding.patterns import guarded

__all__ = ["auto_reply_leave", "someone_elses_reply"]

_NAME = r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?"
_AUTO_REPLY = guarded(
    r"\b(?:auto(?:matic)?[\s-]?repl(?:y|ied)|out[\s-]of[\s-](?:the[\s-])?office\s+(?:reply|message|response|came\s+back)|"
    r"ooo\s+(?:reply|message))\b",
    re.I,
)
# Who set it: "Auto-reply from Pam below", "out of office came back from Jo", a quoted signature ("> Karen Jackson"),
# or the note about it ("Karen J's out – just so it's on the tracker")
_SENDER = (
    guarded(rf"\b(?:repl(?:y|ied)|message|response|came\s+back)\s+from\s+(?P<who>{_NAME})", re.I),
    guarded(r"(?:^|\s)>\s*(?P<who>(?-i:[A-Z])[a-z'’-]+\s+(?-i:[A-Z])[\w'’-]+)(?=\s*(?:$|>|[–—-]|\s(?-i:[A-Z])))"),
    guarded(rf"\b(?P<who>{_NAME})(?:['’]s|\s+is)\s+(?:out|away|off)\b"),
)


def auto_reply_leave(
    text: str, now: dt.datetime, owners: OwnerResolver, writer: Person | None
) -> Interpretation | None:
    """The leave an out-of-office reply pasted in ``text`` tells of, as its sender's; nothing (never the writer's
    leave) when the sender named is not one member or the writer may not record others' leave; None when ``text``
    holds no such reply or names no sender ("Automatic reply: I am out of the office …": the writer's own)."""
    if not _AUTO_REPLY.search(text):
        return None
    away = writer_away_until(text, now)
    if away is None:
        return None
    for pattern in _SENDER:
        found = pattern.search(text)
        named = owners.phrase(found["who"], allow_unknown=False, subject=True) if found else None
        if named and len(named.owners) == 1 and not named.ambiguous and named.owners[0].kind == "member":
            mine = writer is not None and named.owners[0].id == writer.id
            if mine or (writer is not None and writer.role in MANAGERS):
                return Interpretation(Intent.LEAVE, owners=tuple(named.owners), away_until=away)
            return Interpretation(Intent.NONE)
        if found:
            return Interpretation(Intent.NONE)  # "Auto-reply from Zebra below": someone, but nobody on the board
    return None


def someone_elses_reply(text: str) -> bool:
    """Whether ``text`` holds an out-of-office reply that says who set it ("Auto-reply from Zebra below: …"): never
    the writer's leave, whoever it names."""
    return _AUTO_REPLY.search(text) is not None and any(pattern.search(text) for pattern in _SENDER)
