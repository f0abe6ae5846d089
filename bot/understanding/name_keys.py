"""How names are keyed for lookup: an agency's or a group's name as it is typed loosely ("the kids safeguarding
sub group", "childrens services", "QA & comms"), reduced to the form the board's own names are filed under."""

from __future__ import annotations

import re

from bot.understanding.patterns import guarded

__all__ = ["POSSESSIVE_WORD", "joined_possessive", "loose_key", "without_article", "without_suffix"]

# A possessive "s" in a folded agency name, typed with the apostrophe ("children s") or without ("childrens").
POSSESSIVE_WORD = guarded(r"(?<=\w) s\b|(?<=\bchildren)s\b|(?<=\bpeople)s\b")
_KIDS = re.compile(r"\bkids\b")
_SPACED_POSSESSIVE = re.compile(r"(?<=\w) s\b")


def without_article(key: str) -> str:
    """The key without a leading "the "."""
    return key[4:] if key.startswith("the ") else key


def loose_key(key: str) -> str:
    """A folded group name as it is typed loosely: "and"/"&" dropped, "kids" for "children", a possessive bare."""
    key = _KIDS.sub("children", key) if "kids" in key else key
    key = POSSESSIVE_WORD.sub("", joined_possessive(key))
    return " ".join(w for w in key.split() if w not in ("&", "and"))


def without_suffix(key: str) -> str:
    """The key without a trailing group word ("the QA sub group": "the QA")."""
    for suffix in (" sub group", " subgroup", " group", " panel", " sub"):
        if key.endswith(suffix):
            return key[: -len(suffix)]
    return key


def joined_possessive(key: str) -> str:
    """A folded name with its possessive joined ("children s" to "childrens"), as it is typed without "'"."""
    return _SPACED_POSSESSIVE.sub("s", key) if " s" in key else key
