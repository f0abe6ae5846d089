"""A reply in a thread that takes on work the quoted message offers to anyone.

"> Roger: who can get me the YOS numbers?" answered "will do, today if poss" is the writer's offer ("I'll get Roger
the YOS numbers, today if poss"); answered "yep CRC will cover it", "Sally can take this one", "chris b said he'd do
it", "yep, Jo's on it", "not me but Zala's happy to do it" or "I'd say the trust – put them down for end of June?" it
is that one's action ("CRC to get Roger the YOS numbers"); "me and annette, end of june?" is both of theirs. "> A-34
needs a new owner – any takers?" answered "Sally can have it" or "I'll take it" gives A-34 to Sally or to the writer.
A reply that declines ("sorry, I can't", "yes, but not me – ask Jo") takes nothing on.
"""

from __future__ import annotations

import re

from bot.understanding.patterns import guarded

__all__ = ["taken_on"]

# The verbs of work offered ("can someone from probation take the briefing?": "take", after who is asked)
_OFFERED_WORK = (
    r"(?:take|pull|do|lead|own|pick|send|write|draft|get|look|chair|cover|present|run|organi[sz]e|arrange|circulate|"
    r"share|update|prepare|put|sort|check|contact|liaise|speak|attend|review|collate|produce|provide|follow|find|"
    r"email|ring|call|bring|deliver)\b"
)
# "> who can get me the YOS numbers?", "> Does anyone want to own the leaflet?", "> Any volunteers to draft …?",
# "> Need a volunteer to update the escalation policy before the July board": work offered to whoever takes it
_WHO_WILL = guarded(
    r"(?:^|[.!?:]\s*)(?:who\s+(?:can|could|will|is\s+able\s+to|wants\s+to)|who['’]ll|who['’]s\s+(?:able\s+to|up\s+for)|"
    r"(?:can|could)\s+(?:anyone|someone|somebody)(?:\s+(?:from|in|at)\s+(?:the\s+)?[\w&'’-]+(?:\s+[\w&'’-]+)?(?=\s+"
    rf"{_OFFERED_WORK}))?|any(?:one|body)\s+(?:able|free|willing)\s+to|any\s+volunteers?\s+(?:to|for)|"
    # "> Roger Clayton: Could the police lead on the missing-from-home audit?": asked of the writer's side
    rf"(?:can|could|would)\s+(?P<asked>(?:the\s+)?(?!(?:you|u|we|I|they|it|this|that|the|every\w*|any\w*|some\w*|all|members|colleagues|people)\b)[\w&'’-]+(?:\s+[\w&'’-]+)?)"
    rf"(?=\s+{_OFFERED_WORK})|"
    r"(?:need|looking\s+for)\s+(?:a\s+)?volunteers?\s+to|"
    r"(?:does|would|do)\s+any(?:one|body)\s+(?:want|like|wish|have\s+time)\s+to)\s+(?P<work>[^?\n]{3,120}?)\s*(?:\?|$)",
    re.I,
)
# "> A-34 needs a new owner - any takers?", "> who can take over A-9 now that Chris has moved on?": an owner wanted
_OWNER_WANTED = guarded(
    r"\b(?:needs?\s+(?:a\s+)?new\s+owner|any\s+takers|who\s+(?:can|could|will|wants\s+to)\s+(?:take\s+over|have|"
    r"pick\s+up|own)\b)",
    re.I,
)
# "will do, today if poss", "yeah go on, me. w/c 8 June ok?", "me! will get it done in two weeks": the writer
_TAKES_IT = guarded(
    r"^\W*(?:(?:will\s+do|yes|yep|yeah|sure|ok|okay|go\s+on|happy\s+to|me|I['’]ll\s+(?:take|do|have)\s+(?:it|that|this)|"
    r"I['’]?m\s+(?:already\s+)?on\s+(?:it|that|this)|I['’]?ve\s+got\s+(?:it|that|this)|"
    r"that['’]?(?:ll|s)\s+be\s+me|"  # "that'll be me 😅"
    r"I\s+(?:can|will)\s+(?:take|do|have)\s+(?:it|that|this))\b[\s,.!]*)+(?:(?:me|I\s+will|I['’]ll|I\s+can)\b[\s,.!]*)?",
    re.I,
)
# "yes, but not me – ask Jo", "yes I can't", "ok sorry, no capacity": taken back in the same breath
_NOT_TAKEN = guarded(
    r"\b(?:not|no|never|can['’]?t|cannot|won['’]?t|unable|sorry|but|someone\s+else|ask)\b|^['’]?t\b", re.I
)
# Someone else taking it: "yep CRC will cover it", "Sally can take this one", "PPP can pick that up", "chris b said
# he'd do it", "Zala has said shes happy to do it", "I'd say the trust, …"; after "not me, but" when written.
_THEY_TAKE_IT = guarded(
    r"^\W*(?:(?:yes|yep|yeah|sure|ok|okay)\b[\s,.!–—-]*)?(?:not\s+(?:me|us)\b[^,.;!?–—]*?[\s,–—-]+but\s+)?"
    r"(?:I['’]?d\s+say\s+)?"
    r"(?P<who>(?!(?:I|we|you|someone|somebody|anyone|who|it|that|this|they|he|she|not|happy)\b)"
    r"(?:the\s+)?[A-Za-z][\w&'’-]*(?:\s+(?!(?:will|can|could|is|are|has|have|said|says)\b)[A-Za-z][\w&'’-]*){0,3}?)"
    r"(?:\s+(?:will|can|could|['’]ll|(?:is|are)\s+(?:happy|able)\s+to)\s+(?:cover|do|take|pick|lead\s+on|own|handle|"
    r"sort|have)\s+(?:that\s+one|this\s+one|it|that|this)\b(?:\s+(?:on|up)\b)?|"
    r"(?:['’]s|\s+is|\s+are|['’]re)\s+(?:already\s+)?(?:on\s+(?:it|that|this)|got\s+(?:it|that|this))\b|"
    r"\s+(?:said|says|has\s+said|have\s+said)\s+(?:that\s+)?(?:he|she|they)(?:['’]d|\s+would|['’]ll|\s+will|['’]?s\s+happy\s+to|"
    r"\s+is\s+happy\s+to|\s+can)\s+(?:do|take|have\s+a\s+look\s+at|look\s+at|pick\s+up|cover|sort)\s+(?:it|that|this)\b|"
    r"(?=\s*,\s*(?:they|he|she)['’]ve\s+got\b))"  # "I'd say the trust, they've got the named nurses"
    r"(?P<rest>.*)$",
    re.I | re.S,
)
# The work given to more than the writer, or put down to someone, after the yes: read whole, never as the writer's
_OTHERS_NAMED = guarded(
    r"\b(?:we|we['’]ll|we['’]re|us|our)\b|\bdown\s+(?:to|for|against|as)\b|\b(?:sit|stay|rest|go)\s+with\b", re.I
)
_SITS_WITH = guarded(
    r"^\W*(?:(?:yes|yep|yeah|sure|ok|okay)\b[\s,.!]*)?(?:(?:happy|fine|ok|content)\s+for\s+(?:that|it|this)\s+to\s+"
    r"(?:sit|stay|go|rest)\s+with|(?:that|it|this)\s+(?:should|can|could)\s+(?:sit|go)\s+with)\s+"
    r"(?P<who>(?:the\s+)?[A-Za-z][\w&'’-]*(?:\s+(?!(?:by|for|as|from)\b)[A-Za-z][\w&'’-]*){0,2})(?P<rest>(?:[\s,.;!–—-].*)?)$",
    re.I | re.S,
)
_GETS_SOMEONE = guarded(
    r"^\W*(?:(?:yes|yep|yeah|sure|ok|okay|will\s+do)\b[\s,.!]*)?I['’]?ll\s+(?:get|ask)\s+"
    r"(?P<who>(?!(?:it|that|this|them|someone|somebody|one)\b)[A-Za-z][\w'’-]*(?:\s+(?!to\b)[A-Za-z][\w'’-]*)?)\s+to\s+\w+"
    r"(?:\s+(?:it|that|this|them))?(?:\s+(?:round|over|out|across|on|up))?(?P<rest>(?:[\s,.;!–—-].*)?)$",
    re.I | re.S,
)
# The writer and one other: "me and annette 🙋 end of june?", "yes - Jo and me"
_WITH_ME = guarded(
    r"^\W*(?:(?:yes|yep|yeah|sure|ok|okay|happy\s+to)\b[\s,.!–—-]*)?(?:me\s+(?:and|&|\+)\s+"
    r"(?P<who>(?!(?:I|we|you|it|that|this|they|he|she)\b)[A-Za-z][\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*|\s+[a-z]\b)?)|"
    r"(?P<who2>(?!(?:I|we|you|it|that|this|they|he|she|not)\b)[A-Za-z][\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*|\s+[a-z]\b)?)"
    r"\s+(?:and|&|\+)\s+(?:me|I|myself))(?=\W|$)(?:\s+(?:will|can|could)\s+(?:do|take|have|lead\s+on)\s+(?:it|that|this))?"
    r"(?P<rest>.*)$",
    re.I | re.S,
)
# The one who will do it, named after the yes: "happy to - Sally will lead for us"
_DOER_NAMED = guarded(
    r"^\W*(?P<who>(?!(?:I|we|you|it|that|this|they|he|she|someone|somebody)\b)(?:the\s+)?[A-Za-z][\w'’-]*"
    r"(?:\s+(?!(?:will|can)\b)[A-Za-z][\w'’-]*){0,2})\s+"
    r"(?:will|can|['’]ll|is\s+going\s+to)\s+(?:lead|do|take|pick|cover|handle|sort|own|run|draft|present|chair)\b"
    r"(?:\s+(?:it|that|this|on\s+it|on\s+this|up|on))?",
    re.I,
)
# Someone else said first after the yes: "yep, Jo's off today though" is news of Jo, never the writer taking it on
_SOMEONE_FIRST = guarded(
    r"^(?!(?:I|I['’]\w+|Will|Can|Today|Tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|End|By|Asap|ASAP)\b)"
    r"(?-i:[A-Z])[\w&'’-]*(?:\s+(?-i:[A-Z])[\w&'’-]*)?(?:['’]s\b|\s+(?:is|are|has|have|will|can|could|would|said|says)\b)"
)
_ASKS_BACK = guarded(r"\b(?:what|which|who|how|where)\b[^?]*\?", re.I)  # "will do - what have i got?": a question
_ASKER = guarded(r"\s*(?P<who>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)(?:\s+wrote)?\s*:")
_REF = guarded(r"\b(?:A\s?-\s?|action\s+|#)(\d{1,4})\b", re.I)


def taken_on(quote: str, reply: str) -> str | None:
    """The reply as the offer or the action it makes of the work the quote offers to anyone ("I'll get Roger the
    figures, today if poss", "CRC to take the briefing", "give A-34 to Sally"); None when it takes nothing on."""
    refs = {m[1] for m in _REF.finditer(quote)}
    if len(refs) == 1 and _OWNER_WANTED.search(quote):  # "> A-34 needs a new owner – any takers?"
        taker = _taker(reply)
        return f"give A-{refs.pop()} to {taker[0]}" if taker is not None else None
    offered = _WHO_WILL.search(quote)
    if offered is None:
        return None
    work = offered["work"].strip()
    asker = _ASKER.match(quote)
    work = re.sub(r"\bme\b", asker["who"], work) if asker else work  # "get me the figures", asked by Roger
    taker = _taker(reply)
    if taker is None:
        return None
    who, rest = taker
    if who == "me" and offered["asked"]:  # "> Can housing look at …?" / "yep, by end of June": housing's
        return f"{offered['asked']} to {work}{', ' + rest if rest else ''}"
    if who == "me":
        return f"I'll {work}{', ' + rest if rest else ''}"
    if who.endswith(" and I"):  # "me and annette, end of june?": "annette and I will lead on …, end of june?"
        rest = rest.strip(" ,.!-–—")
        return f"{who} will {work}{', ' + rest if rest else ''}"
    return f"{who} to {work}{rest}"


def _taker(reply: str) -> tuple[str, str] | None:
    """Who the reply says takes the work ("me" for the writer) and the rest of it, or None."""
    sits = _SITS_WITH.match(reply) or _GETS_SOMEONE.match(reply)  # "yep happy for that to sit with housing"
    if sits is not None and not _NOT_TAKEN.search(sits["who"]):  # "I'll get Chris to send it round tomorrow"
        return sits["who"], sits["rest"]
    both = _WITH_ME.match(reply)  # "me and annette, end of june?": the two of them
    if both is not None and not _NOT_TAKEN.search(both["who"] or both["who2"]):
        return f"{both['who'] or both['who2']} and I", both["rest"]
    they = _THEY_TAKE_IT.match(reply)
    if they is not None and not _NOT_TAKEN.search(they["who"]):
        return they["who"], they["rest"]
    took = _TAKES_IT.match(reply)
    if took is None:
        return None
    rest = reply[took.end() :].strip(" ,.!-–—")
    doer = _DOER_NAMED.match(rest)  # "happy to - Sally will lead for us, done by the workshop": Sally
    if doer is not None and not _NOT_TAKEN.search(doer["who"]):
        return doer["who"], rest[doer.end() :]
    if _NOT_TAKEN.search(rest) or _OTHERS_NAMED.search(rest) or _ASKS_BACK.search(rest) or _SOMEONE_FIRST.match(rest):
        return None  # "yep we'll take that, put it down to the trust": whose it is, said after
    return "me", rest
