"""A message pasted or forwarded from someone else: "Pasting from Anne's email: "I can't attend ..."", "Fwd from
Tabetha: '...'", "pasted from email: '...' - pls add". The quoted words are their sender's, so its "I" and "we" are
the sender's, not the writer's; what follows the quote may ask to record it ("- can you add that one").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Pasted", "pasted_message"]

# "Pasting from Roger's email:", "Fwd from Tabetha:", "copied from an email from Jo:", "pasted from email:".
_LEAD = re.compile(
    r"^(?:fwd?\s*:?\s*|(?:(?:i'm|i am|just)\s+)?(?:pasting|pasted|copying|copied|forwarding|forwarded|quoting|"
    r"passing on)(?:\s+(?:in|this|below|on))?\s*)"
    r"(?:(?:from|of)\s+(?P<source>[^:\"“]{1,60}?))?\s*:\s*",
    re.I,
)
# "Roger's email", "an email from Roger", "Anne", "email", "Sally's message to me": the sender in the source.
_SOURCE = re.compile(
    r"^(?:(?:an?|the|her|his|their)\s+)?(?:(?:email|e-mail|message|msg|text|note|reply)\s+(?:from|by)\s+)?"
    r"(?P<who>.*?)(?:['’]s?)?(?:\s+(?:email|e-mail|message|msg|text|note|reply)(?:\s+to\s+\w+)?)?$",
    re.I,
)
_NOT_A_SENDER = re.compile(r"^(?:email|e-mail|message|msg|text|note|reply|an?|the|)$", re.I)
# The quote and what follows it: "'...' - pls add", "“...” can you add that one".
_QUOTED = re.compile(
    r"^(?:[\"“](?P<double>.+?)[\"”]|['‘](?P<single>.+?)['’](?=[\s\-–—,.!?]|$))(?P<after>.*)$",
    re.S,
)
# What follows the quote when it asks for an action to be recorded: "- can you add that one", "pls log".
# The letter around the quoted words: "Hi Martine, as agreed", "Dear all -", "Regards, Richard", "Thanks, Jo x".
_GREETING = re.compile(
    r"^(?:(?:hi|hello|hiya|dear|morning|good morning|afternoon)(?:\s+[A-Za-z]+)?\s*[,!.–—-]?\s+)?"
    r"(?:(?:as (?:agreed|discussed|promised|requested)|further to (?:our|the|my) [\w' ]{1,30}?)\s*[,.–—-]?\s+)?",
    re.I,
)
_SIGN_OFF = re.compile(
    r"[\s.,!]*(?:(?:kind |best |warm )?regards|thanks|many thanks|best wishes|cheers|best)\s*,?\s*[A-Za-z]*\W*$", re.I
)
_RECORD_ASKED = re.compile(r"\b(?:add|log|record|note|put|pop|stick|action)\b", re.I)


@dataclass(frozen=True, slots=True)
class Pasted:
    """A pasted message: who sent it (as written; "" when not said), the quoted words, and whether the writer
    asks for it to be recorded as an action."""

    sender: str
    quote: str
    record_asked: bool


def pasted_message(text: str) -> Pasted | None:
    """The pasted message in ``text``, or None when the text does not open as one."""
    lead = _LEAD.match(text)
    if lead is None:
        return None
    rest = text[lead.end() :].strip()
    quoted = _QUOTED.match(rest)
    quote, after = ((quoted["double"] or quoted["single"]), quoted["after"]) if quoted else (rest, "")
    if not quote.strip():
        return None
    source = (lead["source"] or "").strip()
    who = _SOURCE.match(source)
    sender = who["who"].strip() if who else ""
    sender = "" if _NOT_A_SENDER.match(sender) else sender
    quote = _SIGN_OFF.sub("", _GREETING.sub("", quote.strip()))
    return Pasted(sender, quote.strip(), _RECORD_ASKED.search(after) is not None)
