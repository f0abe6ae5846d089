"""A plan said in passing: "Just back from the conference … I'll share the slides when they come through", "heads
up – the board might clash with the inspection. I'll confirm once I know more", "I'll bring cakes". The writer's own
words of what they will do, among news or chat, with nothing asking for them to be recorded: recorded as an action
only once the writer says so, never at once; "no need to log it" is nothing to record. Read by
:mod:`bot.understanding.interpret`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.directory import Person
from bot.understanding.interpretation import Intent, Interpretation
from bot.understanding.leave_cover import COVER_ARRANGED
from bot.understanding.patterns import guarded

__all__ = ["PERSONAL_ASK", "in_passing"]

# "Jassi can you call me about the strategy meeting", "ring me when you're free": asked of a colleague, not the board
PERSONAL_ASK = guarded(
    r"\b(?:can|could|would)\s+(?:you|u)\s+(?:please\s+|pls\s+)?(?:call|ring|phone|text|message|give\s+me\s+a\s+(?:call|ring))"
    r"(?:\s+me)?\b|^\W*(?:please\s+|pls\s+)?(?:call|ring|phone|text)\s+me\b",
    re.I,
)
_NOT_TO_LOG = guarded(
    # "Thanks Roger, I'll pick that up with Merlin offline"
    r"\b(?:pick|sort|take)\s+(?:that|this|it)\s+up\s+(?:with\s+[\w ]{1,30}?\s+)?offline\b|"
    r"\b(?:no\s+need\s+to|(?:please\s+)?don['’]?t|do\s+not|not\s+going\s+to|won['’]?t)\s+(?:log|record|add|track)\s+"
    r"(?:it|this|that|them|anything)\b|\bnot\s+(?:one\s+)?for\s+the\s+tracker\b|\bno\s+action\s+needed\b|"
    r"\bnothing\s+(?:needed|required|to\s+(?:add|do|log|record))\s+(?:on|for|in)\s+the\s+(?:tracker|log)\b|"
    # "I'll chase the schools myself, no need to put anything on the tracker"
    r"\b(?:no\s+need\s+to|(?:please\s+)?don['’]?t|do\s+not)\s+(?:put|add|log)\s+(?:it|this|that|them|anything)\s+"
    r"(?:on|to|in)(?:to)?\s+the\s+(?:tracker|log|action\s+log)\b",
    re.I,
)
_RECORD_CUE = guarded(
    r"\b(?:actions?|log|record|add|tracker|note\s+(?:that|down|it)|put\s+(?:me|it|this)\s+down|minute)\b", re.I
)
# Someone taking a role ("has agreed to chair the panel", "to be the SCR Sub rep") told as good news, asking nothing
_ROLE_NEWS = guarded(
    r"\b(?:has|have|'s)\s+(?:kindly\s+)?(?:agreed|offered|volunteered|stepped\s+up)\s+to\s+(?:chair|host|be\s+(?:the|our|a)\b|"
    r"lead\s+(?:for|on)|represent|sit\s+on|join|present\s+at|speak\s+at|open)\b",
    re.I,
)
_GLAD = guarded(
    r"\b(?:great|good|lovely|brilliant|fab(?:ulous)?|fantastic|exciting)\s+news\b|\bgood\s+to\s+have\s+(?:her|him|them)\b|"
    r"\b(?:delighted|pleased|thrilled)\s+(?:to\s+(?:say|report|share)|that)\b|🎉|👏",
    re.I,
)
# Who has offered to help with a meeting, told as the background to what is asked (a list, then read alone)
_OFFERED_ASIDE = guarded(
    r"\b(?:has|have|had)\s+(?:kindly\s+)?(?:offered|agreed|volunteered)\s+to\b|\bwill\s+bring\b", re.I
)
_LIST_ASKED_SENTENCE = guarded(
    r"(?:^|(?<=[.!?])\s+)(?:could|can|would|will)\s+(?:you|u)\b[^.!?]*\b(?:list|everything|all\s+the\s+actions)\b[^.!?]*\?",
    re.I,
)
_LATER = guarded(r"\bI(?:['’]ll|\s+will|\s+shall|['’]m\s+going\s+to)\b", re.I)
# what the writer says before their plan: news or chat ("Just back from …. I'll …", "heads up – …. I'll …")
_SAID_BEFORE = guarded(r"[.!?;:–—]\s*$|\s-\s*$")
_ASKED_BEFORE = guarded(r"[.!?;:,–—]\s*$|\s-\s*$")
_LIST_WORD = guarded(r"\b(?:open|outstanding|overdue|list|ones|owe|owes|owing)\b", re.I)
# "fyi the new coordinator starts monday, I'll introduce her at the panel", "Hi all, … I'll send details separately":
# news first, then what the writer will do about it
_NEWS_OPENING = guarded(
    r"^\W*(?:fyi|heads\s+up|(?:hi|hello|(?:good\s+)?(?:morning|afternoon))\s+(?:all|everyone|everybody|team)|"
    r"just\s+so\s+you\s+know|just\s+to\s+let|(?:a\s+|just\s+a\s+)?(?:quick\s+|gentle\s+)?reminder\s+that)\b",
    re.I,
)
_ABOUT_THE_NEWS = guarded(
    r"\bI(?:['’]ll|\s+will)\s+(?:introduce|welcome|bring)\s+(?:her|him|them)\b|"
    r"\bI(?:['’]ll|\s+will)\s+(?:send|circulate|share)\s+(?:the\s+)?details\s+(?:separately|later|nearer\s+the\s+time)\b|"
    r"\bI(?:['’]ll|\s+will)\s+(?:say|talk|speak)\s+(?:a\s+(?:bit|little)\s+)?more\b",  # "I will say more about it at …"
    re.I,
)
# "I'll chase him", "I'll ring her tomorrow", "I'll sort it": work that names nothing but a pronoun
_ONLY_A_PRONOUN = guarded(
    r"\w+(?:\s+(?:up|on|down|round|out))?\s+(?:him|her|them|it|that|this)(?:\s+(?:up|again|now|later|then|out))?", re.I
)
# "Roger has asked me to remind everyone that papers for the July board go out on 26 June": news for everyone
_TOLD_TO_ALL = guarded(
    r"\b(?:remind|tell|let)\s+(?:everyone|everybody|all\s+members|members|people)\s+(?:know\s+)?that\b", re.I
)
# "same for me and annette re monday", "ditto for the CCG": a reply to what the message does not show
_SAME_AS_ABOVE = guarded(
    r"^\W*(?:(?:same|ditto)\s+(?:(?:for|with|goes\s+for)\s+)?me\b|same\s+here|me\s+too|likewise|ditto\W*$)", re.I
)
_SOCIAL = guarded(
    r"\b(?:cakes?|biscuits?|doughnuts?|donuts?|sandwiches|lunch|coffee|tea|snacks|treats|chocolates?|drinks|"
    r"mince\s+pies)\b",
    re.I,
)


# "Be represented", "be there": being at a meeting is attendance, never work to track
_ONLY_THERE = guarded(r"^\W*be\s+(?:represented|there)\b(?!\s+(?:to|for)\b)", re.I)


def in_passing(
    found: Interpretation, message: str, writer: Person | None, read: Callable[[str], Interpretation]
) -> Interpretation:
    """``found``, a new action, as nothing when the message says not to log it or tells who covers for someone
    away; as the list asked for before the writer's own plan ("overdue ones for all members please, I'll do the
    chasing": what the plan is for; ``read`` reads that request alone); as a reading for the writer to confirm when
    it is only the writer's own plan said among news or chat ("Just back from … I'll share the slides"), or about
    refreshments; else unchanged."""
    if found.intent is not Intent.RECORD_ACTION:
        return found
    if _NOT_TO_LOG.search(message) or _SAME_AS_ABOVE.match(message) or _TOLD_TO_ALL.search(message):
        return Interpretation(Intent.NONE)  # "… no need to log it"; "same for me and annette re monday": a reply
    if COVER_ARRANGED.search(message) and not _RECORD_CUE.search(message):
        return Interpretation(Intent.NONE)  # "Tabetha's off. Jassi will pick up PPP in the meantime": news of cover
    if _ROLE_NEWS.search(message) and _GLAD.search(message) and not _RECORD_CUE.search(message):
        return Interpretation(Intent.NONE)  # "great news - Merlin has agreed to chair the panel discussion 🎉"
    if _ONLY_THERE.match(found.task or ""):
        return Interpretation(Intent.NONE)  # "the college will be represented on the 19th": who comes, never work
    list_asked = _LIST_ASKED_SENTENCE.search(message) if _OFFERED_ASIDE.search(message) else None
    the_list = read(list_asked[0].strip()) if list_asked is not None else None  # "Helen has offered to take notes.
    if the_list is not None and the_list.intent is Intent.LIST_ACTIONS:  # Could you pull off a list of everything …?"
        return the_list
    later = _LATER.search(message)
    mine = writer is not None and [o.id for o in found.owners] == [writer.id]
    if found.guessed or not mine or later is None:
        return found
    before = message[: later.start()]  # "overdue ones for all members please, I'll …" (never "for the tracker: I'll …")
    listed = _ASKED_BEFORE.search(before) and _LIST_WORD.search(before) and not _RECORD_CUE.search(before)
    asked = read(before) if listed else None
    if asked is not None and asked.intent is Intent.LIST_ACTIONS:
        return asked
    if _ONLY_A_PRONOUN.fullmatch(found.task or "") and not _RECORD_CUE.search(message):  # "lol no worries, I'll chase
        return Interpretation(Intent.NONE) if found.due is None else replace(found, guessed=True)  # him": a reply
    if _RECORD_CUE.search(message):
        return found
    among_news = (
        (_SAID_BEFORE.search(message, 0, later.start()) is not None and found.due is None)
        or _NEWS_OPENING.search(message) is not None
        or _ABOUT_THE_NEWS.search(message) is not None
    )
    return replace(found, guessed=True) if among_news or _SOCIAL.search(found.task or "") else found
