"""The words of messages about one action by its reference: the reference itself ("A-14", "a11"), moving its date
("push A-14 back two weeks", "can A-33 be for the July board"), giving it to someone ("A-28 should be on the
police"), dropping it ("A-10 isn't needed anymore"), updating it ("A-6 note: ...") and closing it ("for him").

Read by :mod:`bot.understanding.edit_rules`.
"""

from __future__ import annotations

import re

# An action's reference: "A-14", "A - 14", or "a14" (the letter right before at most four digits).
_PAPER = r"(?!\s*(?:paper|size|sheets?|format|posters?|landscape|portrait|pages?|envelopes?)\b)"  # "print on A4"
REF_WORDING = rf"A(?:\s?-\s?(?=\d)|(?=\d{{1,4}}\b{_PAPER}))\d{{1,6}}\b"
REF_NUMBER = rf"A(?:\s?-\s?(?=\d)|(?=\d{{1,4}}\b{_PAPER}))(\d{{1,6}})\b"  # the same, capturing the number
REF = re.compile(rf"\b{REF_NUMBER}", re.I)
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "couple of": 2}
_UNITS = {"day": 1, "week": 7, "fortnight": 14, "month": 30}
_AMOUNT = r"(?P<n>\d{1,2}|an?|one|two|three|four|five|six|couple of)\s+(?:more\s+|extra\s+|further\s+)?"
_UNIT = r"(?P<unit>days?|weeks?|fortnights?|months?)"
_SHIFT = (
    re.compile(
        r"\b(?:push(?:ed)?|move[ds]?|put|shift(?:ed)?|slip(?:ped)?|defer(?:red)?|delay(?:ed)?|extend(?:ed)?|kick(?:ed)?"
        r"|bring|brought|pull(?:ed)?|go(?:es)?|went)\b[^.?!]{0,40}?\b(?P<way>back|on|out|forward|forwards|in)?\s*"
        r"(?:by\s+)?"
        + _AMOUNT + _UNIT,
        re.I,
    ),
    re.compile(r"\b(?:another|extra|a further|further)\s+(?:(?P<n>\d{1,2}|two|three|four|couple of)\s+)?" + _UNIT,
               re.I),
    re.compile(r"\b(?P<n>\d{1,2}|an?|one|two|three|four|five|six|couple of)\s+(?:more|extra|further)\s+" + _UNIT,
               re.I),
)  # fmt: skip
_FORWARD = re.compile(r"\b(?:forward|forwards|bring|brought|earlier|sooner|pull(?:ed)?)\b", re.I)
REDATE = re.compile(
    r"\b(?:push(?:ed)?|move[ds]?|put|shift(?:ed)?|change[ds]?|extend(?:ed)?|defer(?:red)?|delay(?:ed)?|re-?date[ds]?"
    r"|reschedule[ds]?|bring|brought|amend(?:ed)?|slip(?:ped)?)\b|\bnew (?:due |target )?date\b|"
    r"\b(?:due date|deadline|target date)\b|\bnow due\b|\bto be due\b|\bdue (?:on|by)?\b|"
    r"\bbe (?:for|due|done by|ready by|ready for)\b|"  # "can A-33 be for the July board instead"
    rf"^\W*{REF_WORDING}\s+(?:to|till|until)\b",  # "A-25 to first week of June"
    re.I,
)
ASSIGN = re.compile(
    r"\b(?:re-?assign(?:ed)?|assign(?:ed)?|allocate[ds]?|give|pass|hand(?:\s+over)?|transfer|move|switch|put)\b"
    rf"(?:\s+(?:{REF_WORDING}|it|this|that|this one|that one))?\s+(?:over\s+)?(?:on\s+to|onto|to|on)\s+(?P<who>.+?)"
    r"(?:\s+(?:instead|please|pls|thanks|now|from now on|going forward)|[.!?,;]|\s+as\b|$)",
    re.I,
)
ASSIGN_GO = re.compile(
    r"\b(?:go|goes|belong|belongs|sit|sits|transfer|switch)\s+(?:over\s+)?(?:to|with)\s+(?P<who>.+?)"
    r"(?:\s+(?:instead|please|pls|thanks|now)|[.!?,;]|$)|"
    r"\b(?:owner|lead)\s+(?:is\s+now|now|should be|:|->|→)\s*(?P<who2>.+?)(?:[.!?,;]|$)|"
    r"\bis\s+now\s+(?P<who3>[A-Za-z][\w'’ -]+?)(?:'s|’s)\b|"
    r"\b(?:should|could|can|must|needs? to)\s+(?:be|sit|go)\s+(?:on|with)\s+(?P<who4>.+?)"
    r"(?:\s+(?:not|rather than|instead|please|pls|now)\b|[.!?,;]|$)|"  # "A-28 should be on the police not the CCG"
    rf"\b(?:can|could|should)\s+(?:it|{REF_WORDING})\s+be\s+(?P<who5>[^,.;!?]+?)"
    r"(?:\s+(?:jointly|together|instead|now|please|pls))*\s*[.!?]*$",  # "can a-32 be zala and me jointly"
    re.I,
)
TAKES = re.compile(
    r"^(?:(?:please\s+)?(?:can|could)\s+)?(?P<who>[A-Za-z][\w'’ &-]{0,40}?)\s+(?:to|will|can|should|is going to)\s+"
    rf"(?:take over|pick up|take on|own|lead on|take)\s+{REF_WORDING}",
    re.I,
)
DROP = re.compile(
    r"\b(?:drop|dropped|delete|deleted|remove|removed|scrap|scrapped|cancel|cancelled|canceled|withdraw|withdrawn|"
    r"bin|binned|ditch|ditched|no longer (?:needed|required|relevant|applicable|necessary)|not needed|not required|"
    r"superseded|overtaken by events|redundant|obsolete|(?:is|are)n't (?:needed|required))\b",
    re.I,
)
# "take A-5 off the tracker", "can it come off?": a drop unless the message says the work is done.
TAKE_OFF = re.compile(
    rf"\btake\s+(?:it|this|that|this one|that one|{REF_WORDING})\s+(?:off|of)\b(?:\s+the\s+(?:tracker|list))?|"
    r"\bcome off\b(?:\s+the\s+(?:tracker|list))?",
    re.I,
)
REASON = re.compile(
    r"\b(?:because|as|since|reason\s*:?|due to|given|it'?s|it is|its|now|has been|was)\s+|^[\s,;:.–—()-]+",
    re.I,
)
DONE = re.compile(
    r"\b(?:done|complete[d]?|closed?|finished|tick(?:ed)?(?: it| her| him| them)?(?: off)?|sorted|signed off|"
    r"can be closed|returned|submitted|sent|circulated)\b|✅|✔",
    re.I,
)
FOR = re.compile(r"\b(?:for|on behalf of)\s+(?P<who>[A-Za-z][\w'’ -]{0,40}?)\s*(?:[.!?,;]|please|pls|thanks|$)", re.I)
# "mark A-17 complete for him", "can be closed on her behalf": the member who did it, named earlier.
FOR_THEM = re.compile(r"\bfor (?:him|her|them)\b|\bon (?:his|her|their) behalf\b", re.I)
DOER = re.compile(
    r"^(?P<who>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)??)\s+(?:has|have|had|'s|sent|did|finished|completed|"
    r"circulated|emailed|returned|submitted|confirmed|says|said|told)\b",
    re.I,
)
# "A-10 isn't needed, so can it come off?", "... can you close it?": a request, though it ends with "?".
POLITE_REQUEST = re.compile(r"(?:^|[.!?,;]\s*|\bso\s+)(?:can|could|would) (?:you|it|we|this|that)\b|^please\b", re.I)
# Refs named in a drop's reason or an update ("duplicate of A-17", "superseded by A-3"), not being edited.
OTHER_REF = re.compile(rf"\b(?:of|by|with|into|as|see|than|from)\s+{REF_WORDING}", re.I)
THEIR_PART = re.compile(
    r"(?P<who>[A-Za-z][\w'’ -]{0,40}?)(?:'s|’s|s')\s+(?:part|bit|share|return|one)\b|"
    r"^(?P<who2>[A-Za-z][\w'’ -]{0,40}?)\s+(?:has|have|'s)\s+(?:now\s+|just\s+|already\s+)?"
    r"(?:done|completed|returned|sent|submitted|finished)\b",
    re.I,
)
NEGATED_DONE = re.compile(r"\b(?:not|n't|yet to|still waiting|nearly|almost|partly|half)\b", re.I)
UPDATE_LEAD = re.compile(
    r"^\W*(?:(?:an?\s+)?(?:(?:quick|brief|short|small|latest|progress)\s+)?(?:update|progress|news|note)\s+"
    r"(?:on|for|re|to|about)\s+|re:?\s+|ref:?\s+)?"
    rf"{REF_WORDING}\s*(?:(?:update|progress|note|news)\b)?\s*(?:[:\-–—,;>]|->|→)\s*(?P<note>.+)$",
    re.I,
)
UPDATE_VERB = re.compile(
    r"^\W*(?:please\s+)?(?:add\s+(?:an?\s+)?(?:update|note)\s+(?:to|on)|update\s+(?:on\s+)?|note\s+(?:on|against))\s+"
    rf"{REF_WORDING}\s*(?:please\b|pls\b)?\s*(?:[:\-–—,;]|->|→|saying|that)?\s*(?P<note>.+)$",
    re.I,
)
ASKING = re.compile(
    r"\b(?:what(?:'s|s| is)?\s+(?:happening|happened|going on|the (?:latest|status|position|story))|"
    r"where (?:are|is|'re) (?:we|it)|any (?:news|update|progress)|status of|how(?:'s| is) .{0,20}going|"
    r"is .{0,12}done|remind me|what (?:was|is|'s))\b",
    re.I,
)


def shift_days(text: str) -> int | None:
    """Days a message moves a due date by ("push back two weeks": 14, "bring forward a week": -7), or None."""
    for pattern in _SHIFT:
        found = pattern.search(text)
        if not found:
            continue
        n_text = (found.groupdict().get("n") or "1").lower()
        n = int(n_text) if n_text.isdigit() else _NUMBERS.get(n_text, 1)
        unit = found["unit"].lower().rstrip("s")
        days = n * _UNITS[unit]
        way = (found.groupdict().get("way") or "").lower()
        forward = way in {"forward", "forwards", "in"} or (not way and _FORWARD.search(found.group(0)) is not None)
        return -days if forward else days
    return None
