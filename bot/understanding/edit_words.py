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
        r"\b(?:push(?:ed|ing)?|move[ds]?|moving|put|shift(?:ed|ing)?|slip(?:ped|ping|s)?|defer(?:red)?|delay(?:ed|ing)?|"
        r"extend(?:ed|ing)?|kick(?:ed)?"
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
    r"\bbe (?:for|due|done by|ready by|ready for)\b|\b(?:go|goes|slip|slide)\s+(?:back\s+)?(?:to|till|until)\b|"
    r"\bmake it\b|\b(?:can|could|shall) we say\b|\bslipp(?:ing|ed)\b|"  # "can A-33 be for the July board instead"
    rf"^\W*{REF_WORDING}\s+(?:to|till|until)\b",  # "A-25 to first week of June"
    re.I,
)
ASSIGN = re.compile(
    r"\b(?:re-?assign(?:ed)?|assign(?:ed)?|allocate[ds]?|give|given|pass(?:ed)?|hand(?:ed)?(?:\s+over)?|"
    r"transfer(?:red)?|move[d]?|switch(?:ed)?|put)\b"
    rf"(?:\s+(?:{REF_WORDING}|it|this|that|this one|that one))?\s+(?:over\s+)?(?:on\s+to|onto|to|on)\s+(?P<who>.+?)"
    r"(?:\s+(?:instead|please|pls|thanks|now|from now on|going forward)|[.!?,;]|\s+as\b|$)",
    re.I,
)
# "A-24 to be picked up by Karen rather than Mayada", "A-3 is now being led by the CCG": the new owner, passively.
ASSIGN_BY = re.compile(
    r"\b(?:be|been|being|is|are|now)\s+(?:now\s+)?(?:picked up|taken (?:on|over)|owned|led(?: on)?|handled|covered|"
    r"looked after|reassigned|re-assigned)\s+by\s+(?P<who>.+?)"
    r"(?:\s+(?:instead|rather than|not|please|pls|thanks|now|from now on|going forward)\b|[.!?,;]|$)",
    re.I,
)
ASSIGN_GO = re.compile(
    r"\b(?:go|goes|belong|belongs|sit|sits|transfer|switch)\s+(?:over\s+)?(?:to|with)\s+(?P<who>.+?)"
    r"(?:\s+(?:instead|please|pls|thanks|now)|[.!?,;]|$)|"
    r"\b(?:owner|lead)\s+(?:is\s+now|now|should be|:|->|→)\s*(?P<who2>.+?)(?:[.!?,;]|$)|"
    r"\bis\s+now\s+(?P<who3>[A-Za-z][\w'’ -]+?)(?:'s|’s)\b|"
    r"\b(?:is\s+(?:now\s+)?(?:sitting\s+)?|(?:now\s+)?sits\s+|sitting\s+)with\s+(?P<who7>[^,.;!?]+?)(?:\s+(?:now|instead))?(?:[.!?,;]|$)|"
    r"\b(?:put|have|add)\s+(?P<who8>[\w'’ ]+?)\s+(?:both\s+|all\s+|jointly\s+)?on\s+(?:it|this|that)(?: one)?\b|"
    r"\b(?:should|could|can|must|needs? to)\s+(?:really\s+|probably\s+|now\s+|actually\s+)?(?:be|sit|go)\s+"
    r"(?:on|with)\s+(?P<who4>.+?)"
    r"(?:\s+(?:not|rather than|instead|please|pls|now)\b|[.!?,;]|$)|"  # "A-28 should be on the police not the CCG"
    rf"\b(?:can|could|should)\s+(?:it|{REF_WORDING})\s+be\s+(?P<who5>[^,.;!?]+?)"
    r"(?:\s+(?:jointly|together|instead|now|please|pls))*\s*[.!?]*$|"  # "can a-32 be zala and me jointly"
    rf"^(?:can|could|shall)\s+(?P<who9>[^?]+?)\s+(?:both\s+|all\s+)?(?:go|be put|be added)\s+(?:on|onto|to)\s+"
    rf"{REF_WORDING}|"  # "can kate and me both go on A-5"
    rf"^\W*{REF_WORDING}\s*(?:(?:over\s+)?to|->|→|>)\s+(?P<who6>.+?)"  # "a-31 to YOS rather than me", "A-6 -> Mayada"
    r"(?:\s+(?:generally|instead|rather than|not|please|pls|now)\b|[.!?,;]|$)",
    re.I,
)
# "A-26: please add Helen alongside Jassi": a new owner who shares the action with one named as owning it.
ADD_OWNER = re.compile(
    r"\b(?:add|include|put)\s+(?P<who>[A-Za-z][\w'’ -]{0,40}?)\s+(?:on\s+)?(?:alongside|as well as|together with|"
    r"in addition to)\s+(?P<also>[A-Za-z][\w'’ -]{0,40}?)\s*(?:[.!?,;]|please|pls|thanks|$)",
    re.I,
)
TAKES = re.compile(
    r"^(?:(?:please\s+)?(?:can|could)\s+)?(?P<who>[A-Za-z][\w'’ &-]{0,40}?)\s+(?:to|will|can|should|is going to)\s+"
    rf"(?:take over|pick up|take on|own|lead on|take)\s+{REF_WORDING}",
    re.I,
)
DROP = re.compile(
    r"\b(?:drop|dropped|delete|deleted|remove|removed|scrap|scrapped|kill|killed|cancel|cancelled|canceled|withdraw|withdrawn|"
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
    r"^(?:[\s,;:.?!–—()-]+|(?:because|as|since|reason\s*:?|due to|given|now|has been|was)\s+)+",
    re.I,
)
DONE = re.compile(
    r"\b(?:done|complete[d]?|closed?|finished|tick(?:ed)?(?: it| her| him| them)?(?: off)?|sorted|signed off|"
    r"can be closed|returned|submitted|sent|circulated)\b|✅|✔",
    re.I,
)
FOR = re.compile(
    r"\b(?:for|on behalf of)\s+(?P<who>[A-Za-z][\w'’ -]{0,40}?)\s*(?:[.!?,;]|please|pls|thanks|$)|"
    r"\bon\s+(?P<who2>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?)\s+behalf\b",  # "on Pam's behalf", "on Pams behalf"
    re.I,
)
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
    r"(?P<who3>\b[A-Za-z][\w-]{1,30}s)\s+(?:part|bit|share)\b|"  # "Jassis part of A-26": no apostrophe
    r"^(?P<who2>[A-Za-z][\w'’ -]{0,40}?)(?:\s+(?:has|have|'s)|['’]s)\s+(?:now\s+|just\s+|already\s+)?"
    r"(?:done|completed|returned|sent|submitted|finished|circulated|shared|emailed|provided|delivered)\b",
    re.I,
)
NEGATED_DONE = re.compile(r"\b(?:not|n't|yet to|still waiting|nearly|almost|partly|half)\b", re.I)
UPDATE_LEAD = re.compile(
    r"^\W*(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*[-–—:]\s*)?"  # "15/05 - A-11: ..."
    r"(?:(?:an?\s+)?(?:(?:quick|brief|short|small|latest|progress)\s+)?(?:update|progress|news|note)\s+"
    r"(?:on|for|re|to|about)\s+|re:?\s+|ref:?\s+|(?:for|on|about)\s+)?"
    rf"{REF_WORDING}\s*(?:(?:update|progress|note|news)\b)?\s*(?:[:\-–—,;>]|->|→)\s*(?P<note>.+)$",
    re.I,
)
UPDATE_VERB = re.compile(
    r"^\W*(?:(?:can|could|would) (?:you|I|we)\s+)?(?:please\s+)?"
    r"(?:add\s+(?:(?:an?\s+)?(?:update|note|comment)\s+)?(?:to|on)|"
    r"update\s+(?:on\s+)?|note\s+(?:on|against))\s+"
    rf"{REF_WORDING}\s*(?:please\b|pls\b)?\s*(?:[?:\-–—,;]|->|→|saying|that)?\s*(?P<note>.+)$",
    re.I,
)
# "A-14 colleges have been emailed, 3 replies so far": news of the action written straight after its reference.
UPDATE_NEWS = re.compile(
    rf"^\W*{REF_WORDING}\s+(?P<note>[a-z][^?]*?\b(?:(?:has|have|had|is|are|was|were)\s+(?:now\s+|just\s+|all\s+)?"
    r"(?:been\s+)?\w+(?:ed|en)\b|so far|under ?way|in progress)[^?]*)$",
    re.I,
)
ASKING = re.compile(
    r"\b(?:what(?:'s|s| is)?\s+(?:happening|happened|going on|the (?:latest|status|position|story))|"
    r"where (?:are|is|'re) (?:we|it)|any (?:news|update|progress)|status of|how(?:'s| is) .{0,20}going|"
    r"is .{0,12}done|remind me|what(?: was| is|'s|s) (?:that|this|it)(?: one)?|what (?:was|is|'s)|status|"
    r"what(?:'s| is) the (?:due )?date|due date|when(?:'s| is) (?:it|that|this) due)\b",
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
