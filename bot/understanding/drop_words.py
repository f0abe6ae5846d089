"""The words of dropping an action: "drop A-12", "A-35 no longer needed", "can we close a16 without doing it", "take
A-5 off the tracker", "…, the hostel it related to has shut"; and the words that lead into a drop's reason. Read by
:mod:`bot.understanding.edit_rules`."""

from __future__ import annotations

import re

from bot.understanding.edit_words import REF_WORDING
from bot.understanding.patterns import guarded

__all__ = ["DROP", "REASON", "TAKE_OFF", "asked_drop", "gone_unasked"]

# "…, the hostel it related to has shut": what the action was for is gone (a drop only when closing is asked)
_GONE = (
    r"(?<=[,;:–—-]\s)(?:the|its|their|our)\s+(?:[\w'’]+\s+){0,6}?(?:(?:has|have|had)\s+(?:now\s+)?(?:shut(?:\s+down)?|"
    r"closed\s+down|folded|ceased\s+(?:operating|trading|to\s+exist)|been\s+(?:decommissioned|disbanded|abolished|"
    r"shut(?:\s+down)?|closed\s+down))|"
    # "- the operation it related to has closed": what the action was for has ended
    r"(?:it|this|that)\s+(?:related|relates|was\s+for|is\s+for|was\s+about)\s+(?:to\s+)?(?:has|have|had)\s+(?:now\s+)?"
    r"(?:closed|ended|finished|stopped))(?=\s*(?:[,.;!?]|$))"
)
# "the sign off meeting got cancelled", "the college inset day was cancelled": something else called off, news of why,
# not a drop (never "it was scrapped", "A-14 got cancelled")
_EVENT_CALLED_OFF = guarded(
    r"\b(?!(?:it|this|that|action|one|which|all|both|to|for|of|with|about|on|in)\b)(?![\w-]*\d)[a-z][\w'’-]*\s+"
    r"(?:has\s+|have\s+|had\s+)?(?:got|was|were|been|is|are|['’]s)\s+(?:been\s+|now\s+)?$",
    re.I,
)


def _called_off(text: str, found: re.Match[str]) -> bool:
    """Whether the drop word is an event called off ("a-2 went past its date, sign off meeting got cancelled - end of
    the month ok?"): news of why, never the action dropped (unless closing it is asked)."""
    called_off = found[0].lower().startswith(("cancel", "scrap")) and _EVENT_CALLED_OFF.search(text, 0, found.start())
    return bool(called_off) and not _CLOSE_ASKED.search(text)  # "… the project was cancelled, close A-5": dropped


_CLOSE_ASKED = guarded(
    r"\b(?:close|closed|closing|drop|remove|delete|take\s+(?:it|this|that|A-\d+)\s+off|taken\s+off)\b", re.I
)


def gone_unasked(text: str, found: re.Match[str]) -> bool:
    """Whether a drop word found is only news that what the action was for is gone, with no closing asked before it
    ("A-12: the hostel has shut, residents moved" is news; "can we close #53 off, the hostel … has shut" a drop), or
    news in a sentence before the one that asks to see the action ("the VCSG meeting got cancelled … can you show me
    where A-35 is at?")."""
    ref = re.search(r"\bA-?\d{1,4}\b", text[found.end() :], re.I)
    asked_to_see = ref is not None and re.search(r"[.!?]\s", text[found.end() : found.end() + ref.start()])
    if asked_to_see and _SEE_ASKED.search(text, found.end()):
        return True
    return re.fullmatch(_GONE.removeprefix(r"(?<=[,;:–—-]\s)"), found[0], re.I) is not None and not _CLOSE_ASKED.search(
        text, 0, found.start()
    )


def asked_drop(text: str) -> tuple[re.Match[str] | None, str]:
    """The drop word that asks for the drop (never news that what the action was for is gone, when a drop is asked
    after it), and the sentence before the one asking, as the reason ("We've lost the funding. Can A-5 be dropped?":
    "We've lost the funding"; never a greeting, nor a sentence naming an action); (None, "") when none is found."""
    found = [v for v in DROP.finditer(text) if not _called_off(text, v)]
    asked = next((v for v in found if not gone_unasked(text, v)), found[0] if found else None)
    if asked is None:
        return None, ""
    *before, asking = re.split(r"(?<=[.!?])\s+", text[: asked.end()].strip())
    said = before[-1].rstrip(" .!") if before else ""
    why = len(said.split()) >= 3 and not _PLEASANTRY.match(said) and not re.search(r"\bA-?\d", said, re.I)
    return asked, said if why and re.match(r"(?:can|could|would|please|pls|is\s+it)\b", asking, re.I) else ""


# "Hope you had a good weekend", "Quick one", "Sorry to bother you": said before asking, never why
_PLEASANTRY = guarded(
    r"^\W*(?:hi|hiya|hello|hey|dear|morning|afternoon|evening|good\s+(?:morning|afternoon)|hope|thanks|thank\s+you|"
    r"quick\s+(?:one|q)|sorry\s+to\s+(?:bother|chase|trouble)|just\s+a\s+quick)\b",
    re.I,
)


_SEE_ASKED = guarded(r"\b(?:show|see|where|what['’]?s|pull\s+up|bring\s+up|look\s+up|remind\s+me|status)\b", re.I)


DROP = guarded(
    rf"\blose\s+(?={REF_WORDING}|it\b|this\b|that\b)|"  # "we can lose A-23"
    r"\b(?:it\s*)?(?:is|['’]s)\s+a\s+duplicate\b(?=\s+of\b)|"
    # "sally wants A-35 dropping, the work moved to …": dropped, asked for someone
    rf"\b(?:wants?|would\s+like)\s+(?:{REF_WORDING}|it|this|that)(?:\s+one)?\s+(?:dropping|removing|deleting|scrapping|"
    r"taking\s+off)\b|"
    # "close a-25 as it's duplicated by a-33", "a-25 can be closed, it duplicates a-33"
    r"\b(?:it\s*)?(?:is|['’]s|are)\s+(?:been\s+)?duplicated\s+(?:by|in|under)\b|"
    r"\b(?:it\s+)?duplicates\s+(?=A-?\d|action|another|the\s)|"
    # "can A-44 go, the service has been pulled", "can that one go now?" (never "go to the CCG", "go back a week")
    rf"\bcan\s+(?:{REF_WORDING}|it|this|that|this\s+one|that\s+one)\s+go(?=\s*(?:[,.!?;–—-]|$)|\s+(?:now|please|pls|"
    r"as|because|since|altogether|completely|entirely)\b)|"
    # "We no longer need A-32 — …", "don't need a-5 any more", "as it won't be taken forward", "not being progressed"
    rf"\b(?:no\s+longer|don['’]?t|do\s+not)\s+need\s+(?:{REF_WORDING}|it|this|that|this\s+one|that\s+one)\b"
    r"(?=(?:\s+any\s*(?:more|longer))?\s*(?:[,.!?;:–—-]|$))|"
    r"\b(?:won['’]?t|wont|will\s+not|isn['’]?t|is\s+not|not)\s+(?:be(?:ing)?\s+)?(?:taken\s+forward|progressed)\b|"
    # "the two colleges merged so it doesnt apply now", "no longer applies"
    r"\b(?:(?:doesn['’]?t|does\s+not)\s+apply|no\s+longer\s+appl(?:y|ies))(?=\s*(?:[,.!?;:–—-]|$|\s+(?:now|any\s*more|"
    r"any\s+longer|to\s+us|after\s+all)\b))|"
    # never "done the leaflet drop today": a drop of leaflets, done
    r"\b(?<!\bnot\s)(?<!\bnever\s)(?:(?<!leaflet\s)(?<!leaflets\s)(?<!poster\s)(?<!mail\s)drop(?![-‐\s]?ins?\b)|dropped(?!\s+(?:to|by|from|below|under|slightly|sharply|significantly|again|further)\b)|delete|deleted|remove|removed|scrap|scrapped|kill|killed|cancel|cancelled|canceled|withdraw|withdrawn|"
    r"strike|struck|get\s+rid\s+of|got\s+rid\s+of|"
    r"bin|binned|ditch|ditched|no longer (?:needed|required|relevant|applicable|necessary)|not needed|not required|"
    r"no\s+longer\s+needs?\s+to\s+be\s+(?:pursued|progressed|done|taken\s+forward)|"
    r"closed\s+without\s+(?:any\s+)?(?:further\s+)?(?:work|action|progress)|no\s+value\s+in\s+pursuing|"
    # "A-21 can be closed, the pilot was never funded", "the funding fell through": it will not happen
    r"\b(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:was|were|has\s+been|have\s+been|got)\s+never\s+(?:funded|commissioned|approved|"
    r"agreed|started|set\s+up)\b|\b(?:the\s+)?(?:funding|money)\s+(?:never\s+came\s+(?:through|in)|fell\s+through|"
    r"(?:was|has\s+been)\s+(?:pulled|withdrawn|cut))\b|"
    r"superseded|overtaken by|redundant|obsolete|(?:is|are)n['’]?t (?:needed|required|relevant)|"
    rf"(?:won['’]?t|wont|will not|not) be doing (?:it|this|that|{REF_WORDING})(?!\s+(?:by|until|till|before|in\s+time|"
    r"for|on|this|next|today|tomorrow)\b)|"  # "we wont be doing a-70 now, funding fell through"
    # never "a44 wont be done today, can we say tues 19th": late, not dropped
    r"(?<!realistically\s)(?<!realistically\sit\s)(?:won['’]?t|wont|will\s+not)\s+be\s+(?:done|happening)"
    r"(?!\s+(?:by|until|till|before|in\s+time|for|on|today|tomorrow|this|next|yet|in\s+time|on\s+time|until|till)\b)"
    # "a-27 won't be done, the team are stretched": late for want of time, not dropped
    r"(?![^.!?]{0,60}\b(?:stretched|capacity|short[- ]staffed|swamped|snowed\s+under|busy|waiting|behind)\b)|"
    r"(?:we['’]?re |we are )?not going ahead with (?:it|this|that)|"
    # "a-37 wont happen now - fundings gone", "the board decided not to go ahead with the pilot"
    r"(?:won['’]?t|wont|will\s+not|isn['’]?t|isnt|is\s+not|not)\s+(?:be\s+|going\s+to\s+)?happen(?:ing)?(?!\s+(?:by|until|till|before|in\s+time|"
    r"for|on)\b)|"
    # "a 5 not going ahead - college restructure", "no point keeping 37 open, the new guidance supersedes it"
    r"(?:(?<!\bis\s)(?<!\bare\s)(?<!['’]s\s)not\s+going|\bit(?:['’]s|\s+is)\s+not\s+going|(?:won['’]?t|wont|will\s+not)\s+go|"
    r"(?<=\d\s)(?:isn['’]?t|is\s+not)\s+going)"  # "A-45 isn't going ahead - …": the action itself
    r"\s+ahead(?=\s*(?:[-–—,;:.!?]|$|\s+(?:now|any\s*more|after\s+all|at\s+all|this\s+(?:year|time|term)|please|pls|"
    r"thanks)\b))|"
    r"no\s+point\s+(?:in\s+)?keeping\s+(?:it|this|that|A-?\d{1,4}|\d{1,3})\s+open|"
    r"(?:decided|agreed|chose|opted)\s+not\s+to\s+(?:go\s+ahead|proceed|pursue|continue|run)|"
    r"not (?:relevant|applicable|necessary|needed) any ?(?:more|longer)|no longer (?:an? )?(?:issue|priority))\b|"
    # "can we close #53 off, the hostel it related to has shut": what it was for is gone
    rf"{_GONE}|"
    # "can we close a16 without doing it": closed undone is dropped
    rf"\b(?:be\s+)?closed?\s+(?:off\s+|down\s+)?(?:(?:it|this|that|this one|that one|action|{REF_WORDING})\s+)?"
    r"(?:off\s+|down\s+)?(?:without\s+completion|"
    r"without\s+(?:any\s+|further\s+)?action|with\s+no\s+(?:further\s+)?action|"  # "can be closed without action"
    r"without\s+(?:doing|completing|finishing|actioning|delivering|(?:it\s+|them\s+)?being\s+(?:done|completed|"
    r"finished|actioned|delivered))(?:\s+(?:it|this|that|them))?|"
    r"as\s+(?:not\s+(?:needed|required|done)|no\s+longer\s+(?:needed|required)|undone))\b|"
    r"\b(?:can|could|should|may)\s+(?:now\s+|just\s+|safely\s+|probably\s+)?go\b(?=\s*(?:[,.;:!–—-]|$|now\b|as\b|"
    r"because\b|since\b|please\b|I think\b|off\b))",  # "A-13 can go, the CCG has merged it": not "can go to"
    re.I,
)
# "take A-5 off the tracker", "can it come off?": a drop unless the message says the work is done.
TAKE_OFF = guarded(
    rf"\btake\s+(?:it|this|that|this one|that one|{REF_WORDING})\s+(?:off|of)\b"
    r"(?!\s+(?:me|us|my|you|your|him|her|them|his|their)\b)(?:\s+the\s+(?:tracker|list))?|"  # "off me/you": not a drop
    rf"\btake\s+off\s+(?:{REF_WORDING}|it|this|that)\b|"  # "take off action 15 pls, it's duplicated by A-16"
    r"\bcome off\b(?:\s+the\s+(?:tracker|list))?|"
    r"\b(?:be|been)\s+(?:taken|removed)\s+off\b(?:\s+the\s+(?:tracker|list))?|"
    rf"\b(?:get|have)\s+(?:{REF_WORDING}|it|this|that)\s+(?:taken|removed)\s+off\b",  # "get a-11 taken off"
    re.I,
)
REASON = guarded(
    r"^(?:[\s,;:.?!–—()-]+|(?:because|as|since|reason\s*:?|due to|given|now|has been|was)(?:\s+|(?=[,;:.!–—-])))+",
    re.I,
)


# The drop asked first ("scrap no. 17, …"): a move or a new owner written after it is only why
DROP_FIRST = guarded(
    r"^\W*(?:(?:please|pls)\s+)?(?:scrap|drop|delete|remove|withdraw|cancel|bin|kill)\s+(?:off\s+)?A-\d|"
    # "a-27 can be dropped, the service moved over to the CCG": the drop first, where it went only why
    r"^\W*A-\d{1,4}\s+(?:can|could|should)\s+(?:now\s+)?(?:be\s+)?(?:dropped|deleted|removed|withdrawn|scrapped|cancelled|"
    r"closed\s+(?:without|as\s+not))\b|"
    # "a-59 not mine and not needed – commissioning moved to the CCG in April": why it is not needed
    r"^\W*A-\d{1,4}\s*[:,–—-]?\s*(?:not\s+(?:mine|ours)\s*(?:and|&|,)\s*)?"
    r"(?:(?:(?:is\s+)?(?:not|no\s+longer)|isn['’]t)\s+(?:needed|required|necessary)\b(?!\s+(?:by|for|from)\s+(?:us|me)\b)|"
    # "a-45 isn't going ahead - the contract changed on 1 May": why it is not going ahead, never a new date
    r"(?:(?:is|['’]s)\s+not|isn['’]?t|won['’]?t\s+be|will\s+not\s+be)\s+(?:going\s+ahead|happening)\b(?=\s*(?:[,;:.!–—-]|$)))",
    re.I,
)
