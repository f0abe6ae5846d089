"""News passed on for someone in the writer's own words: "Remley asked me to let you know he'll pull together the FE
leads list by the end of next week", "Viv asked me to let you know she's on leave, back on 1 June", "Kate asked me
to pass on that she'll send the figures to Sue by 12 June". The "he", "she" or "they" of what follows is the one
who asked, so the message reads as "Remley will pull together …", said by the writer (whose rights still apply: only
the chair and the manager record someone else's leave).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.understanding.patterns import guarded

__all__ = ["RELAYED_NEWS", "Relayed", "told_for"]

_NAME = r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?"
_HELLO = r"^(?:(?:hi|hello|morning|good\s+morning|afternoon|dear)\b[^,.!]{0,20}[,.!–—-]+\s*)?"
_RELAYED_FOR = guarded(
    # "On behalf of Richard – he has asked me to let you know …": the one named first is the one who asked
    rf"{_HELLO}(?:on\s+behalf\s+of\s+(?P<named>{_NAME})\s*[,:;–—-]+\s*(?:he|she|they)|(?P<who>{_NAME}))"
    r"(?:\s+(?:at|from)\s+(?:the\s+)?[\w&]+)?"  # "Kate at CRC asked me to mention …"
    r"\s+(?:has\s+|have\s+|had\s+|['’]s\s+)?asked\s+me\s+to\s+(?:(?:let\s+(?:you|you\s+all|everyone|all|the\s+"
    r"(?:bot|board|group|team))\s+know|say|mention(?!\s+(?:it|this)\b)|tell\s+(?:you|everyone)|post\s+(?:here|this)|"
    # "Pam asked me to pop on here that she'll bring …", "… to put on here that …"
    r"(?:pop|put|post|stick|mention)\s+(?:it\s+|this\s+)?(?:on\s+|in\s+)?(?:here|the\s+(?:chat|channel|tracker))(?=\s+that\b))"
    r"\s*(?:that\s+)?[:,–—-]?|"
    r"pass\s+(?:it\s+)?on\s*(?:that\b|[:–—-])|"
    # "Pam asked me to get this on the tracker - she'll circulate …", "… to add this: she'll …": what they will do
    r"(?:get|put|add|log|pop|stick|record)\s+(?:this|it|that)(?:\s+(?:on|onto|in|into|to)\s+(?:the\s+)?(?:tracker|list|log|"
    r"system|board['’]?s?\s+actions?))?(?:\s+(?:as|because|since)\s+[^:–—]{1,60}?)?\s*[:–—-]+\s*(?=(?:she|he|they)\b)|"
    # "Roger's asked me to note that Jassi and Tony will co-present …": what they asked to be noted
    r"(?:note|record|log|minute)\s+(?:down\s+)?that\b)\s*(?P<rest>\S.*)$",
    re.I,
)
# "I'm writing on behalf of Zala, who is on a study day today. Please record that she will draft …": for Zala.
_WRITING_FOR = guarded(
    rf"{_HELLO}(?:I['’]m|I\s+am)\s+(?:writing|emailing|messaging|posting|getting\s+in\s+touch)\s+on\s+behalf\s+of\s+"
    rf"(?P<who>{_NAME})\b[^.!?]{{0,80}}[.!?]\s+(?P<rest>\S.*)$",
    re.I,
)
# "Sally asked me to add an action for herself: …", "Pam has asked me to raise one for her about …": the one who
# asked is the one the action is for.
_FOR_THEMSELVES = guarded(
    rf"{_HELLO}(?P<who>{_NAME})\s+(?:has\s+|had\s+|"
    r"['’]s\s+)?asked\s+me\s+to\s+(?:add|log|record|raise|put\s+(?:down|in|on)|(?:pop|stick)\s+(?:on|in))\s+"
    r"(?:an?\s+)?(?:new\s+)?(?:action|one)(?:\s+(?:on|in|down))?\s+for\s+"
    # "… asked me to raise one for her about …": theirs (not "… one for her - CDOP to review …": CDOP's, for her)
    r"(?P<self>herself|himself|themselves|(?:her|him|them)(?=\s+(?:to|about|re|on)\b))\b",
    re.I,
)
# "she'll", "he is", "they have": the one who asked, as the subject of what they asked to be passed on.
_THEY = guarded(
    r"\b(?:she|he|they)(?=['’](?:ll|s|d|ve|re)\b|\s+(?:will|is|are|has|have|can|would|shall|won['’]?t|can['’]?t|"
    r"and\s+(?-i:[A-Z])))",
    re.I,
)
_DONE_AFTER = guarded(r"\s+(?:got|been|done|sent|written|taken|given|gone|\w+ed)\b", re.I)
_CONTRACTED = {"ll": " will", "s": " is", "d": " would", "ve": " have", "re": " are"}


@dataclass(frozen=True, slots=True)
class Relayed:
    """Who passed the news on through the writer ("" when the news is about others it names), and the news as they
    would have said it."""

    who: str
    text: str


def told_for(message: str) -> Relayed | None:
    """The news passed on for someone ("Jassi asked me to let you know she'll redraft the ToR by 12 June"), with
    its pronoun as their name; None when the message passes nothing on."""
    themselves = _FOR_THEMSELVES.match(message)
    if themselves is not None:
        return Relayed(themselves["who"], f"Please add an action for {themselves['who']}{message[themselves.end() :]}")
    found = _RELAYED_FOR.match(message) or _WRITING_FOR.match(message)
    if found is None:
        return _told_after_news(message)
    rest = found["rest"]
    subject = _THEY.search(rest)
    if subject is None:  # "Richard has asked me to let you know that Sally will provide …": news naming its own people
        return Relayed("", rest)
    after = rest[subject.end() :]
    contracted = re.match(r"['’](ll|s|d|ve|re)\b", after)
    if contracted:
        done = contracted[1].lower() == "s" and _DONE_AFTER.match(after, contracted.end())  # "she's completed A-29"
        after = (" has" if done else _CONTRACTED[contracted[1].lower()]) + after[contracted.end() :]
    who = found["who"] or found.groupdict().get("named") or ""
    return Relayed(who, rest[: subject.start()] + who + after)


# "Pam's on leave from Tues so she's asked me to tell you she's away till the 1st": news passed on for another
RELAYED_NEWS = guarded(
    r"\b(?:(?:asked|wants|told)\s+me\s+to\s+(?:tell|let|pass|say)|says?\s+to\s+tell)\b(?![^.!?]{0,25}\bI\b)", re.I
)


# "Viv's conference has been cancelled – she asked me to let you know she will be at the September board": news of
# one person first, then what they asked the writer to pass on
_NEWS_FIRST = guarded(r"^(?P<news>[^.!?;:–—\n]{3,100}?)(?:[.!?;:]+|\s[–—-]+|[–—])\s*(?P<she>(?:she|he)\b\s*)?", re.I)
_ASKED_ME = guarded(r"\basked\s+me\s+to\b", re.I)
_CAPITALISED = guarded(r"\b(?-i:[A-Z])[a-z'’-]+")
_NOT_NAMES = frozenset(
    re.findall(
        r"\w+",
        "i hi hello dear morning afternoon the a an just fyi so and but sorry thanks please pls monday tuesday "
        "wednesday thursday friday january february march april may june july august september october november "
        "december",
    )
)


def _told_after_news(message: str) -> Relayed | None:
    """What someone asked the writer to pass on, after news of them ("Viv's conference has been cancelled – she asked
    me to let you know …"): "she" is the one person the news names; None when it names none, or several."""
    news = _NEWS_FIRST.match(message) if _ASKED_ME.search(message) else None
    if news is None:
        return None
    named = {re.sub(r"['’]s$", "", w) for w in _CAPITALISED.findall(news["news"]) if w.lower() not in _NOT_NAMES}
    rest = message[news.end() :]
    if news["she"]:
        if len(named) != 1:
            return None
        rest = f"{next(iter(named))} {rest}"
    found = _RELAYED_FOR.match(rest)
    return told_for(rest) if found is not None and found["who"] else None
