"""A list asked for on behalf of the one it belongs to, named first: "nicki wants her list b4 PPP", "can tony oakman
have his list ahead of the exec", "rich asked me to grab his outstanding actions, he's stuck in court all day", "Jo
wants her overdue ones before she has her catch up with Tony".

The list is theirs: a name not on the roster is asked about, never read as the writer's list or the board's. What
follows it (why, when, whom they will meet) names nobody whose list it is. Context after a list asked for by an
owner named in the request itself ("can u get me Sue Haywood's actions, I'm meeting her and Jo about …", "could you
pull Marie's actions, she's with the primary heads all day") is found by :func:`list_context`. A unit's list wanted
for someone ("can Kate have the NPS list?") is the unit's.
"""

from __future__ import annotations

import re

from bot.understanding.interpretation import Intent, Interpretation
from bot.understanding.list_asides import PREPARED_FOR, THEIR_MEETING_WITH
from bot.understanding.list_words import LIST_FILTER_TAIL
from bot.understanding.message_reader import _ReaderBase
from bot.understanding.patterns import guarded

__all__ = ["_TheirList", "list_context"]

_NOT_A_NAME = r"(?!(?:i|we|you|someone|somebody|they|it|this|that|the|can|could|he|she|my|our|please|pls)\b)"
_VERBS = r"wants|needs|would|is|has|had|asked|after|requested|was|s"
_NAME = rf"{_NOT_A_NAME}[A-Za-z][\w'’-]*(?:\s+(?!(?:{_VERBS})\b)[A-Za-z][\w'’-]*)?"
# "her list", "his outstanding actions", "a copy of her overdue ones": their own list
_THEIRS = (
    r"(?:all\s+)?(?:a\s+(?:copy|list)\s+of\s+)?(?:her|his)\s+(?:own\s+)?(?:(?P<overdue>overdue|late)\s+|open\s+|"
    r"outstanding\s+|current\s+|live\s+|remaining\s+)?(?:list|actions|ones|stuff|bits|items|tracker|to-?do(?:\s+list)?)"
    r"\b(?!\s+(?:on|for|from|about|with|of)\b)"
)
_THEIRS_TOO = _THEIRS.replace("(?P<overdue>", "(?P<late>")  # the same, in the pattern's second branch
_THEIR_LIST = guarded(
    r"^\W*(?:(?:hi|hiya|morning|hello)\b\W+)?(?:"
    rf"(?P<who>{_NAME})(?:['’]s|\s+is|\s+has)?\s+(?:wants|needs|would\s+like|after|asking\s+for|asked\s+for|"
    r"requested|asked\s+(?:me\s+)?(?:for|to\s+(?:see|have|get)|to\s+(?:get|grab|pull(?:\s+up|\s+out|\s+together)?|"
    rf"send|find|dig\s+(?:out|up)|print(?:\s+off)?|fetch)(?:\s+(?:her|him))?))\s+{_THEIRS}|"
    rf"(?:can|could|may)\s+(?P<who2>{_NAME})\s+(?:please\s+)?(?:have|get|see)\s+{_THEIRS_TOO})",
    re.I,
)
# "can Kate have the NPS list?", "Mayada asked me to get the CDOP list for her": the list named, for someone else
_UNITS_LIST_FOR = guarded(
    rf"^\W*(?:(?:can|could|may)\s+{_NAME}\s+(?:please\s+)?(?:have|get|see)|{_NAME}(?:['’]s|\s+has)?\s+asked\s+me\s+to\s+"
    r"(?:get|grab|pull|send|find|print)(?=\s+the\s+[^.?!]{2,30}?\s+list\s+for\s+(?:her|him)\b))\s+(?:a\s+copy\s+of\s+)?"
    r"the\s+(?P<unit>[\w&'’ -]{2,30}?)\s+(?:list|actions|ones)\b",
    re.I,
)
# Context after a list request: why it is wanted and whom its owner or the writer will see ("…, he's stuck in court
# all day", "…, I'm meeting her and Jo about …", "… before she sees Richard", "… b4 PPP", "… ahead of the exec")
_CONTEXT_TAIL = guarded(
    r"(?:\s*[-–—,;.!?]\s*|\s+(?:as|because|cos|since)\s+)(?:she|he|they|I)(?:['’]s|['’]m|['’]re|\s+is|\s+am|\s+are|"
    r"\s+has|\s+have|\s+was|\s+were|['’]ll|\s+will)?\s+(?:also\s+|just\s+)?(?:meeting|seeing|covering|with|in|at|off|"
    r"away|stuck|taking|going|chairing|doing|due|got|having|been|on|prepping|preparing|catching|asked|wants|needs|"
    r"meets|sees)\b[^?]*$|"
    r"\s+(?:before|b4|ahead\s+of|prior\s+to)\s+(?:she|he|they|I|we)\s+[^?]*$|"
    # "…, merlin's asking", "…? Nicki wants it before she meets Tabetha", "…, sally needs it for the SCR sub": who
    # asked for it (never "…, Jo wants hers")
    r"\s*[-–—,;.!?]\s*(?:(?:the|our|my|her|his|their)\s+(?:[\w&'’-]+\s+){0,3}?(?:chair|lead|manager|director|head|rep)|"
    r"(?!(?:she|he|they|I|we|it|that|this|and|or|but|so|please|pls|thanks)\b)[A-Za-z][\w'’-]*"
    r"(?:\s+(?-i:[A-Z])[\w'’-]*)?)(?:['’]s|\s+is|\s+has)?\s+(?:asking|asked|after\s+it|needs\s+(?:it|them)|wants\s+(?:it|them)|"
    r"wants\s+to\s+(?!know\b|see\b)[a-z]+)\b(?![^?]*\b(?:hers|theirs|his\s+own|her\s+own)\b)[^?]*\?*$|"
    r"\s+(?:before|b4|ahead\s+of|prior\s+to)\s+(?:(?:the|their|his|her|my|our|next|this)\s+)?[\w&'’:/-]+"
    r"(?:\s+[\w&'’:/-]+){0,3}\s*[?.!]*$",
    re.I,
)

# "before I meet Pam on Tuesday could you let me know which actions are with probation?", "ahead of my catch-up with
# Jo, what does the CCG owe?": why the list is wanted, said first; whose list it is follows (unless "her", "his")
_MET_FIRST = guarded(
    r"^\W*(?:(?:before|b4|ahead\s+of|after|when|once|as|since|for)\s+(?:I|we)(?:['’]m|\s+am|\s+are)?\s+(?:next\s+)?"
    r"(?:meet(?:ing)?(?:\s+with)?|see(?:ing)?|(?:speak|talk)(?:ing)?\s+(?:to|with)|catch(?:ing)?\s+up\s+with|call(?:ing)?|"
    r"ring(?:ing)?|chair(?:ing)?|cover(?:ing)?|(?:stand|sit)(?:ting|ing)?\s+in|deputi[sz](?:e|ing))|"
    r"(?:before|b4|ahead\s+of|for)\s+(?:my|our)\s+(?:meeting|catch[\s-]?up|1:1|121|call|chat|supervision)"
    r"\s+with)\s+[^,;?]*?(?:\s*[,;:–—-]\s*|\s+(?=(?:can|could|would|will)\s+(?:you|u|someone|somebody)\b|(?:pls|please)"
    r"\b|(?:what|which|who|how)\b))(?=\S)",
    re.I,
)
_FOR_A_GROUP = guarded(r"\s+for\s+(?:the\s+)?(?:[\w&'’]+\s+){0,2}?(?:sub|sub[- ]?group|group)\s*[?.!]*$", re.I)


def list_context(text: str) -> tuple[int, bool] | None:
    """Where what follows a list request starts (a filter, "… before Monday's panel", "… with dates"; whom it is got
    ready for; the context above), and whether it surely names nobody whose list it is; None when there is none."""
    tail = LIST_FILTER_TAIL.search(text) or PREPARED_FOR.search(text) or _CONTEXT_TAIL.search(text)
    if tail is None or tail.start() == 0:
        return None
    if _FOR_A_GROUP.match(tail[0]) and re.search(r"\band\s*$", text[: tail.start()], re.I):
        return None  # "… for Rachael and for the Workforce Development Group?": whose list, never a filter
    return tail.start(), tail.re is not LIST_FILTER_TAIL.compiled or THEIR_MEETING_WITH.search(tail[0]) is not None


class _TheirList(_ReaderBase):
    """Mixed into the list rules: a list wanted for the one named first, theirs."""

    def _their_list(self, overdue: bool) -> Interpretation | None:
        met = _MET_FIRST.match(self.text)  # "before I meet Pam, what does the CCG owe?": the CCG's, never Pam's
        if met and not re.search(r"\b(?:her|his|him|them|their|she|he|they)\b", self.text[met.end() :], re.I):
            rest = type(self)(self.text[met.end() :], self.writer, self.now, self.names)
            rest.question = self.question
            listed: Interpretation | None = rest._list_actions()  # type: ignore[attr-defined]
            if listed is not None and (listed.owners or listed.ambiguous):
                return listed
        found = _THEIR_LIST.match(self.text)
        whose = self.owners.phrase(found["who"] or found["who2"], subject=True) if found else None
        unit = _UNITS_LIST_FOR.match(self.text) if found is None else None
        units = self.owners.phrase(unit["unit"], allow_unknown=False) if unit else None
        if units and all(o.kind != "member" for o in units.owners):
            return units.reading(Intent.LIST_ACTIONS, overdue_only=overdue)  # "can Kate have the NPS list?": the NPS's
        if found is None or not whose:
            return None
        return whose.reading(Intent.LIST_ACTIONS, overdue_only=overdue or bool(found["overdue"] or found["late"]))
