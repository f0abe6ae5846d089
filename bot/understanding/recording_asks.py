"""A statement of work, then a request to record it for someone named in the request.

"I'll chase the schools by 12 June. Could that go down as an action for me, please?", "Jo Forbes has kindly
agreed to review the pathway. Would it be possible to record that as an action for her?", "The Office of Public
Health is happy to lead. Would you record that against the Office of Public Health?", "Sally and I will review the
protocol. Could you log that as a joint action for the two of us?". The owners are those the request names; a
pronoun ("her", "both of them", "the two of us") points back at the statement. Also a request that names the
owners and the task in one breath: "could an action be noted for Nicola Campbell to share ...", "I would like an
action recorded for me to ...". The action rules resolve the owners.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.understanding.patterns import guarded

__all__ = ["NamedRequest", "RecordFor", "named_request", "record_for", "who_prefixes"]

# "that ... as an action for <who>", "that go on as a joint action for <who>", "record that against <who>".
_ASK = guarded(
    r"\b(?:that|this|it|these)\b(?:\s+[\w'’]+){0,4}?\s+as\s+(?:an?|the|one|another)\s+"
    r"(?:(?:new|joint|shared|separate|single|further)\s+)?(?:action|one|item|task)s?\s+(?:for|against|on|with)\s+|"
    # never "… please don't put it under me": who must not own it
    r"(?<!\bdon['’]t\s)(?<!\bdont\s)(?<!\bnot\s)(?<!\bnever\s)\b(?:record|log|note|add|put|pop|stick|set|enter|list)\w*\s+(?:that|this|it)\s+(?:down\s+|up\s+|on\s+)?"
    r"(?:against|under)\s+|\b(?:assign|allocate)\w*\s+(?:that|this|it)\s+to\s+|"
    # "log that one for Jassi", "log it for me", "log it jointly against them", "put that down to the group",
    # "put that on her": the owners straight after the thing to record
    r"(?<!\bdon['’]t\s)(?<!\bdont\s)(?<!\bnot\s)(?<!\bnever\s)\b(?:record|log|note|put|pop|stick)\w*\s+(?:that|this|it|one)(?:\s+one)?\s+(?:down\s+|up\s+)?"
    r"(?:(?:jointly|together|as\s+a\s+joint\s+(?:one|action))\s+)?(?:for|against|to|on)\s+"
    r"(?!(?:as|an?|the\s+(?:tracker|list|log|agenda|system))\b)(?=\S)|"
    # "can you add that for her?", "add it for the CCG please": "add ... for", never "add it to the papers"
    r"\badd\s+(?:that|this|it)(?:\s+one)?\s+(?:on\s+|in\s+)?for\s+(?!(?:now|the\s+(?:tracker|list|log|agenda))\b)(?=\S)",
    re.I,
)
# "Can I be down as owner along with Mike?", "could you put me down as the lead with Sally": the writer owns what
# came before, with whoever they name.
_ME_AS_OWNER = guarded(
    r"\b(?:can|could|may)\s+(?:I|you\s+(?:put|have)\s+me)\s+(?:be\s+)?(?:put\s+)?down\s+as\s+(?:the\s+)?(?:owner|lead)"
    r"(?:\s+(?:along\s+with|together\s+with|with|and|alongside)\s+(?P<who>[^.!?;:,()]{1,60}?))?\s*(?=[.!?,;]|$)",
    re.I,
)
# Words before the request that make it one: "could", "would you mind", "I would be grateful if", "is it possible".
_REQUEST_CUE = guarded(
    r"\b(?:can|could|would|will|please|pls|grateful|wonder|wondering|possible|mind|able|like|want|happy|ok|okay)\b",
    re.I,
)
_VERB_ONLY = guarded(r"^\s*(?:log|record|note|add|put|pop|stick|enter|set up)\s*$", re.I)
_SENTENCE = guarded(r"[.!?]+\s+|\n+")
# "..., could that go on as an action": a request after a comma or a dash in the same sentence.
_CLAUSE_ASK = guarded(
    r"(?:,\s+|\s[–—-]+\s+)(?:(?:so|and)\s+)?(?=(?:can|could|would|will|please|pls|is it|would it|i'd|i would)\b)",
    re.I,
)
_WHO_END = guarded(r"[.!?;:,(]|\s[–—-]+\s")
_TASK_FOLLOWS = guarded(
    r"\s*(?::|\s[–—-]+)\s*(?!(?:thanks?|thank\s+you|cheers|ta|please|pls|many|kind|best|regards)\b)(?:to\s+)?[a-z]+\s+\S",
    re.I,
)
# Pronouns that point back at the statement: the people it names ("her", "both of them"), or them and the writer.
_THEM = guarded(
    r"^(?:her|him|them|they|(?:the\s+)?(?:two|three|pair|both|all)\s+of\s+them|both|them\s+both|them\s+all)$", re.I
)
_US = guarded(r"^(?:us|(?:the\s+)?(?:two|three|pair|both|all)\s+of\s+us|us\s+(?:both|two|all))$", re.I)
_SINGULAR = guarded(r"^(?:her|him)$", re.I)
# "could an action be noted for Nicola Campbell to share ...", "I would like an action recorded for me to ...",
# "Could I ask that an action is recorded for Rachel Doyle to update ...".
_NAMED = guarded(
    r"\ban?\s+(?:new\s+)?action\s+(?:please\s+|pls\s+)?(?:(?:is|be|to\s+be|being)\s+)?(?:recorded|logged|added|noted|put|set\s+up|raised|"
    r"created|made|entered|go\s+on)\s+(?:down\s+)?(?:for|against)\s+(?P<who>[^.!?;:,]{1,60}?)\s+to\s+(?P<task>[a-z].*)$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class RecordFor:
    """A request to record the statement before it: the statement, the words naming the owners, and whether
    they point back at the statement's people (``back``: "them") or those and the writer ("us")."""

    statement: str
    who: str
    back: str | None
    singular: bool


@dataclass(frozen=True, slots=True)
class NamedRequest:
    """A request naming the owners and then the task: "an action be noted for <who> to <task>"."""

    who: str
    task: str


# "log it as his action", "can that go on the tracker as hers": the owner as a possessive.
_AS_THEIRS = guarded(
    r"\bas\s+(?:(?P<pronoun>his|her|their|my|our)\s+(?:own\s+)?(?:action|one)|(?P<alone>his|hers|theirs|mine|ours))\b",
    re.I,
)
_OBJECT = {"his": "him", "her": "her", "hers": "her", "their": "them", "theirs": "them", "my": "me", "mine": "me",
           "our": "us", "ours": "us"}  # fmt: skip


def record_for(text: str) -> RecordFor | None:
    """The statement and the owners' words of a closing request to record it, or None."""
    text = _AS_THEIRS.sub(lambda m: f"as an action for {_OBJECT[(m['pronoun'] or m['alone']).lower()]}", text)
    mine = _ME_AS_OWNER.search(text)
    if mine is not None:
        breaks = [m.end() for m in _SENTENCE.finditer(text, 0, mine.start())]
        statement = text[: breaks[-1] if breaks else 0].strip(" ,;:–—-")
        who = f"me and {mine['who']}" if mine["who"] else "me"
        return RecordFor(statement, who, None, False) if statement else None
    asks = list(_ASK.finditer(text))
    if not asks:
        return None
    found = asks[-1]
    breaks = [m.end() for m in _SENTENCE.finditer(text, 0, found.start())]
    start = breaks[-1] if breaks else 0
    clauses = [m.start() for m in _CLAUSE_ASK.finditer(text, start, found.start())]
    cut = clauses[-1] if clauses else start
    asked = text[cut : found.start()]
    if asked.strip() and not _REQUEST_CUE.search(text, cut, found.end()) and not _VERB_ONLY.match(asked):
        return None  # "has it been logged as an action for me?": a question, not a request
    statement = text[:cut].strip(" ,;:–—-")
    end = _WHO_END.search(text, found.end())
    if end and _TASK_FOLLOWS.match(text, end.start()):
        return None  # "Martine - pls log one for me: draft the letter …": the work follows the request
    who = re.sub(
        r"\s+(?:please|pls|thanks|thank you)\b.*$", "", text[found.end() : end.start() if end else None], flags=re.I
    )
    who = who.strip()
    if not statement or not who:
        return None
    first = who.split()
    for pattern, back in ((_US, "us"), (_THEM, "them")):
        for size in range(min(4, len(first)), 0, -1):
            if pattern.match(" ".join(first[:size])):
                return RecordFor(statement, " ".join(first[:size]), back, bool(_SINGULAR.match(first[0])))
    return RecordFor(statement, who, None, False)


def who_prefixes(who: str, longest: int = 6) -> list[str]:
    """The owners' words and their shorter starts, longest first ("CDOP for the September board", ..., "CDOP")."""
    words = who.split()[:longest]
    return [" ".join(words[:size]) for size in range(len(words), 0, -1)]


def named_request(text: str) -> NamedRequest | None:
    """ "could an action be noted for <who> to <task>": the owners' words and the task, or None."""
    found = _NAMED.search(text)
    return NamedRequest(found["who"], re.split(r"[.!?]+(?:\s|$)", found["task"])[0]) if found else None
