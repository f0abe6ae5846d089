"""Who got in touch, as a message passing on their request opens: "Pam rang - action for the hospital to …", "Had a
call from Sally - A-53 can be closed …", "Email in from Tabetha: could we log an action for PPP …", "Richard caught
me after the SCR sub. Update for A-18: …", "Tony's PA rang: A-36 to move to …". The edit or the new action is made
for them (``on_behalf_of``), never by the one who typed it on its own account.
"""

from __future__ import annotations

import re

from bot.directory import Person
from bot.understanding.interpretation import Owner
from bot.understanding.names import NameIndex
from bot.understanding.patterns import guarded

__all__ = ["relayed_by"]

_VERBS = r"rang|rung|called|phoned|emailed|texted|messaged|caught|asks|has|just|PA|EA|assistant|office|secretary"
_NAME = rf"[A-Za-z][\w'’-]*(?:\s+(?!(?:{_VERBS})\b)[A-Za-z][\w'’-]*)?"
_RELAY = guarded(
    r"^(?:(?:hi|hello|morning|afternoon)\b[^,.!:;–—-]{0,20}[,.!:;–—-]+\s*)?"
    # "Had a call from Sally -", "Email in from Tabetha:", "had a word with Merlin after VCSG;", "note from Jo:"
    r"(?:(?:I\s+)?(?:(?:have\s+|['’]ve\s+)?had|got)\s+(?:a|an)\s+|just\s+)?(?:quick\s+)?(?:phone\s+)?"
    rf"(?:call|word|chat|email|e-mail|message|text|note|voicemail)\s+(?:in\s+)?(?:from|with)\s+(?P<who>{_NAME})"
    r"(?=\s*[:,;.!(–—-]|\s+(?:re|about|after|at|on|this|earlier|yesterday|today|just)\b)|"
    # "Pam rang -", "Tony's PA rang:", "Richard caught me after the SCR sub.", "Pam asks for A-27 to move …"
    rf"^(?P<who2>{_NAME})(?:['’]s\s+(?:PA|EA|assistant|office|secretary))?\s+(?:has\s+|just\s+)?"
    r"(?:rang|rung|called|phoned|emailed|e-mailed|texted|messaged|caught\s+me|grabbed\s+me|collared\s+me|"
    r"asks\s+(?=for|if|whether|that|can|could))\b",
    re.I,
)


def relayed_by(text: str, writer: Person | None, names: NameIndex) -> Owner | None:
    """The one member (not the writer) who got in touch, as the message opens, or None."""
    found = _RELAY.match(text)
    who = (found["who"] or found["who2"]) if found else None
    member = names.person(re.sub(r"['’]s$", "", who)).member if who else None
    if member is None or (writer is not None and member.id == writer.id):
        return None
    return Owner("member", member.name, member.id)
