"""More owners a list question adds after the first: "the CDOP actions and anything assigned to Karen Jackson", "the
actions allocated to Cafcass, and to me personally", "… And could you include anything that's just mine?", "everything
Karen J and I still have", "my list + the WDG's". Read by :mod:`bot.understanding.interpret` once a list question has
owners, so that none of those it names is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.understanding.patterns import guarded

__all__ = ["AlsoListed", "also_listed"]

_AND = r"(?:,\s*)?(?:\band\b|\bplus\b|\+|&)\s+(?:also\s+|then\s+)?"
# "… and anything assigned to Karen Jackson", "plus whatever's allocated to the police"
_ASSIGNED_TO = guarded(
    rf"{_AND}(?:anything|everything|whatever|what(?:['’]s|\s+is)|the\s+ones?|any(?:\s+actions?)?)\s+(?:that['’]s\s+|that\s+is\s+|"
    r"is\s+|are\s+|still\s+)?(?:(?:assigned|allocated|given|down)\s+(?:to|for)|sitting\s+with|held\s+by|left\s+with)\s+"
    r"(?P<who>[A-Za-z][\w&'’ -]{1,40}?)"
    r"(?=\s*(?:,|\.|\?|!|;|$|\s+(?:please|pls|too|as\s+well)\b))",
    re.I,
)
# "… my list + the WDG's pls", "mine and the CCG's": another owner's list after the writer's
_THEIRS_TOO = guarded(
    rf"\b(?:my\s+(?:list|actions|ones)|mine)\s*{_AND}(?:the\s+)?(?P<who>[A-Za-z][\w&'’ -]{{1,30}}?)(?:['’]s|s['’])"
    r"(?=\s*(?:list|actions|ones)?\s*(?:,|\.|\?|!|$|\s+(?:please|pls|thanks|too)\b))",
    re.I,
)
# "list the hospital's open actions and mine please": another owner's list before the writer's
_THEIRS_FIRST = guarded(
    r"\b(?P<who>[A-Za-z][\w&'’-]*(?:\s+[A-Za-z][\w&'’-]*){0,2}?)(?:['’]s|s['’])\s+"
    rf"(?:(?:open|outstanding|overdue|current|live)\s+)*(?:list|actions|ones)\s*{_AND}(?:mine|my\s+own|me)\b",
    re.I,
)
# "a list of all the actions assigned to me and to the CCG": another owner after the writer
_ME_AND_THEM = guarded(
    r"\b(?:assigned|allocated|given|down)\s+(?:to|for)\s+(?:me|myself)\s+(?:and|&|\+)\s+(?:to\s+|for\s+)?"
    r"(?P<who>(?:the\s+)?[A-Za-z][\w&'’-]*(?:\s+[A-Za-z][\w&'’-]*){0,2}?)(?=\s*(?:[,.?!;]|$|\s+(?:please|pls|thanks|too)\b))",
    re.I,
)
# "… and to me personally", "And could you include anything that's just mine?", "everything Karen J and I still have"
_MINE_TOO = guarded(
    rf"{_AND}(?:to\s+|for\s+)?(?:me|myself)(?:\s+personally)?\s*(?:[,.?!;]|$)|"
    rf"{_AND}(?:mine|my\s+own)\s*(?:too\s*|as\s+well\s*|please\s*|pls\s*)?(?:[,.?!;]|$)|"  # "Karen J's list and mine?"
    r"\b(?:include|add|and)\s+(?:anything|everything|whatever|the\s+ones?)\s+(?:that['’]s\s+|that\s+is\s+|is\s+)?"
    r"(?:just\s+|only\s+)?mine\b|"
    r"\b(?:and|&|\+)\s+I\s+(?:still\s+)?(?:have|owe|hold|got)\b",
    re.I,
)
# "what's open for YOS? oh and housing while you're at it", "…, and comm safety? ta": an owner added as an afterthought
_AFTERTHOUGHT = guarded(
    r"(?:\?|\.{3}|…|,)\s*(?:oh\s+|and\s+oh\s+)?(?:and|also|plus|\+)\s+(?:(?:anything|what(?:['’]s|\s+about)?)\s+"
    r"(?:on|for|with)\s+)?(?P<who>(?!(?:is|are|was|were|can|could|will|would|do|does|did|what|when|where|who|how|why|flag|"
    r"anything|any|everything|let|tell|send|show|give|please|pls|i|we|you|me|mine|my|their|its|his|her|our|your|them|it|"
    r"this|that|these|those|due|dates?|deadlines?|status|progress|updates?|details|history|the\s+(?:dates?|deadlines?|"
    r"status|progress|details|history))\b)[A-Za-z][\w&'’ -]{1,40}?)"
    r"(?:\s+(?:herself|himself|themselves|too|as\s+well))?"
    r"(?=\s*(?:[?.!,]|$|\s+(?:while\s+you['’]?re\s+at\s+it|if\s+(?:they|it|he|she)\S*\s+(?:are\s+|is\s+)?on\s+there|"
    r"please|pls|ta|thanks)\b))",
    re.I,
)

_NAME = r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?"
# "the list of actions currently allocated to Helen Ellis, Jo Forbes and Mike Galikowski": names listed with commas
_NAMES_LISTED = guarded(
    rf"\b(?:allocated|assigned|given|down|sitting\s+with|held\s+by)\s+(?:to\s+|for\s+)?(?P<list>{_NAME}(?:\s*,\s*{_NAME})+"
    rf"\s*,?\s*(?:and|&)\s+{_NAME})",
    re.I,
)


@dataclass(frozen=True, slots=True)
class AlsoListed:
    """Names written for more lists (as written) and whether the writer's own is asked for too."""

    names: tuple[str, ...]
    writer: bool


def also_listed(text: str) -> AlsoListed:
    """The further owners a list question asks about, after its first."""
    found = (_ASSIGNED_TO, _THEIRS_TOO, _ME_AND_THEM, _AFTERTHOUGHT)
    names = [m["who"].strip() for pattern in found for m in pattern.finditer(text)]
    names += [_owner_words(m["who"]) for m in _THEIRS_FIRST.finditer(text)]
    names += [n.strip() for m in _NAMES_LISTED.finditer(text) for n in re.split(r",|\band\b|&", m["list"]) if n.strip()]
    return AlsoListed(tuple(names), _MINE_TOO.search(text) is not None)


def _owner_words(words: str) -> str:
    """The owner's words at the end of a few ("list the hospital" is "the hospital", "can i see Karen J" is "Karen
    J", "see tony" is "tony"): from the last "the", else from the first capital (not "I"), else the last word."""
    parts = words.split()
    lowered = [p.lower() for p in parts]
    if "the" in lowered:
        return " ".join(parts[len(lowered) - 1 - lowered[::-1].index("the") :])
    capitals = [i for i, p in enumerate(parts) if p[:1].isupper() and p != "I"]
    return " ".join(parts[capitals[0] :]) if capitals else parts[-1]
