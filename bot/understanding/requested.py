"""Work someone else asked for, passed on by the writer: "Roger's asked me to log one for Richard Fisher - pull
the data …", "Mike G asked me to flag this one - the YOS needs to send …", "Tony asked that Merlin pick up the
response by 30 June", "Roger's asked that everyone reviews the plan by 5th June", "Roger would like Jo to …",
"Can someone log: Chris B to produce … cc Merlin".

Who asked is never the owner, and neither is the writer who passes it on: the message says who the work is for.
``as_requested`` rewrites such a message as the request itself ("Richard Fisher: pull the data …", "Merlin to pick
up …"), for the reader to try before the whole message; None when the message is not one.
"""

from __future__ import annotations

import re

__all__ = ["as_requested"]

_WHO = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
_ASKER = rf"(?:{_WHO}|the\s+chair|our\s+chair|the\s+board|Martine)(?:['’]s|\s+has|\s+had)?"
_RECORD = (
    r"(?:log|add|record|note|flag|raise|enter|put\s+(?:in|on|down)|pass\s+on|put)"
    r"(?:\s+(?:this|that|it|one|an?\s+(?:new\s+)?action|the\s+following|something))?(?:\s+(?:one|in|on|up|down))?"
)
# "Roger's asked me to log one for Richard Fisher - …", "Mike G asked me to flag this one - …"
_ASKED_ME_TO_RECORD = re.compile(
    rf"^{_ASKER}\s+(?:asked|requested|wants|wanted|would\s+like)\s+(?:me|us)\s+to\s+{_RECORD}"
    r"(?:\s+(?:for|against)\s+(?P<who>[^.!?:;–—-]{1,60}?))?\s*(?:[:–—-]+|\.)\s*(?P<rest>\S.*)$",
    re.I | re.S,
)
# "Tony asked that Merlin pick up …", "Roger's asked for Jo to …", "Roger would like everyone to review …"
_ASKED_THAT = re.compile(
    rf"^{_ASKER}\s+(?:asked|requested|suggested|wants|wanted|would\s+like|would\s+prefer)\s+"
    r"(?:(?:that|for|if)\s+)?(?P<who>(?!(?:me|us|you|I|we|to|it|this|that)\b)[^.!?:;,]{1,60}?)\s+(?:to\s+|(?:could|would|can|will)\s+)?"
    r"(?P<verb>pick|take|lead|send|share|review|draft|write|circulate|update|prepare|produce|present|bring|look|"
    r"check|chase|confirm|complete|do|provide|arrange|contact|liaise|meet|report|agree|ask|set|map|audit|run|"
    r"develop|deliver|feed|get|give|organise|organize|refresh|revise|read|respond|collate|compile|attend|"
    r"consider|explore|identify|ensure|make|include|add|invite|follow|co-ordinate|coordinate)(?P<ending>s|es)?\b"
    r"(?P<rest>.*)$",
    re.I | re.S,
)
# "Can someone log:", "could somebody add this:", "someone pls record:"
_SOMEONE_LOG = re.compile(
    rf"^(?:(?:can|could|would)\s+)?(?:some\s?one|some\s?body|any\s?one)\s+(?:please\s+|pls\s+)?{_RECORD}"
    r"\s*(?:please|pls)?\s*[:–—-]+\s*(?P<rest>\S.*)$",
    re.I | re.S,
)
# "could I get an action logged: FE policies to be shared with QA & Comms": an action the writer asks for themself.
_MINE_LOGGED = re.compile(
    r"^(?:(?:can|could|may)\s+I\s+(?:get|have|please\s+have)|I['’]?d\s+like)\s+(?:an?\s+|one\s+|another\s+)?"
    r"(?:new\s+)?action\s+(?:logged|added|recorded|noted|put\s+(?:on|down|in)|set\s+up)(?:\s+(?:please|pls))?"
    r"\s*[:–—-]+\s*(?P<rest>\S.*)$",
    re.I | re.S,
)
# "Martine - can you log an action for yourself to …": "yourself" is the one the message is addressed to.
_YOURSELF = re.compile(
    r"^(?:(?i:hi|hello|hiya|morning|dear)\s+)?(?P<to>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s*[,:–—-]+\s*"
    r"(?P<rest>.*\byourself\b.*)$",
    re.S,
)
_OWNER_FIRST = re.compile(r"^[\w&'’ -]{1,40}?\s+(?:to|will|is going to|are going to|'ll)\s+(?!be\b)", re.I)
# "… by Fri 5 June. cc Merlin", "(cc Jo and Sally)": who is copied in is never an owner.
_COPIED = re.compile(
    r"[\s.;,]*\(?\s*cc(?:['’]?(?:ing|d|ed))?\s*:?\s+[A-Z][\w'’-]*(?:\s*(?:,|and|&)?\s*[A-Z][\w'’-]*){0,3}\s*\)?[.!]?\s*$",
    re.I,
)


def as_requested(message: str) -> str | None:
    """The request a message passes on, as if asked directly; None when it passes none on."""
    text = _COPIED.sub("", message)
    found = _ASKED_ME_TO_RECORD.match(text)
    if found is not None:
        who = (found["who"] or "").strip()
        return f"An action for {who}: {found['rest']}" if who else found["rest"]
    found = _ASKED_THAT.match(text)
    if found is not None:
        return f"{found['who']} to {found['verb']}{found['rest']}"
    found = _YOURSELF.match(text)
    if found is not None:
        return re.sub(r"\byourself\b", found["to"], found["rest"])
    found = _MINE_LOGGED.match(text)
    if found is not None:  # the work's owners when it names them ("Jo to …"), else the writer's
        return found["rest"] if _OWNER_FIRST.match(found["rest"]) else f"An action for me: {found['rest']}"
    found = _SOMEONE_LOG.match(text)
    if found is not None:
        return found["rest"]
    return text if text != message else None
