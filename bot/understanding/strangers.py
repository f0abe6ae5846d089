"""A body not on the roster named first, before the work: "barnardos to send …", "Safe and Sound to send …", "the
Healthy Child Programme team to update …", "Public Health and the Health Visiting service will produce …". Asked about
by name (an unknown owner), never read as nobody's and never as a member."""

from __future__ import annotations

import re

from bot.understanding.interpretation import Owner
from bot.understanding.name_words import NAME_WORD, NOT_NAMES, OPENING_WORDS, is_everyday_word
from bot.understanding.names import is_first_name
from bot.understanding.owners import OwnerResolver, Resolution

__all__ = ["bodies_named", "stranger_body", "unlisted_body", "written_body"]

_JOINING = frozenset({"and", "&", "of", "the", "for"})
_NOT_A_NAME_ENDING = ("tion", "ment", "ness", "ful", "ous", "able", "ible")


def stranger_body(subject: str, work: str) -> bool:
    """Whether the words before "to <work>" at a message's start name a body not on the roster: one lowercase word
    that is no everyday word nor a first name, before work written out ("barnardos to send their screening tool …";
    "dave to send …" is a person, read as one; "mars to do it" is no body), or
    capitalised words joined by "and" none of which is an everyday word ("Safe and Sound to …"; never "Fire and
    Housing", two agencies a board without a roster does not know yet)."""
    words = subject.split()
    if len(words) == 1:
        word = words[0]
        everyday = word in OPENING_WORDS or is_everyday_word(word) or word.endswith(_NOT_A_NAME_ENDING)
        written_out = len(work.split()) >= 3
        return (
            word.isalpha()
            and word.islower()
            and len(word) >= 4
            and not everyday
            and not is_first_name(word)
            and written_out
        )
    joined = any(w.lower() in ("and", "&") for w in words[1:-1])
    parts = [w for w in words if w.lower() not in _JOINING]
    named = NAME_WORD.match(words[0]) is not None and all(NAME_WORD.match(w) for w in parts)
    plain = not any(is_everyday_word(w) or is_first_name(w) for w in parts)
    return 3 <= len(words) <= 5 and joined and named and plain


# What kind of body a name ends in: "the Health Visiting service", "the PCC's office", "dudley college".
_BODY_KINDS = frozenset((
    "service", "services", "team", "programme", "office", "forum", "centre", "centres", "center", "college", "colleges",
    "academy", "charity", "unit", "network", "partnership", "commissioner", "standards", "practice", "practices",
    "clinic", "society", "foundation", "association", "school", "primary", "infants", "juniors", "ccg", "hospice",
    "housing", "trust", "council",
))  # fmt: skip
_NOT_QUALIFYING = frozenset((
    "my", "our", "your", "their", "his", "her", "whole", "same", "other", "new", "this", "that", "each", "every", "all",
    "the", "a", "an", "and", "of", "to", "for", "from", "with", "said", "says", "told", "will", "would", "is", "are",
    "was", "has", "have", "can", "could", "urgent", "please", "pls", "action",
))  # fmt: skip
_NAME_PART = re.compile(r"[A-Za-z][\w'’&.]*$|&$")  # never "-" or "urgent:" ("Sandwell & West Birmingham CCG")


def unlisted_body(phrase: str, work: str = "the work asked about") -> str | None:
    """The name of a body not on the roster a phrase is, as written without "the" (the caller has found no roster
    owner in it): words ending in what kind of body it is, one of them no everyday word ("the Health Visiting
    service", "the PCC's office", "dudley college"; never "the safeguarding team" or "our team"), an acronym
    ("NSPCC") or one uncommon lowercase word before work written out (``stranger_body``: "barnardos", never "mars to
    do it"); else None."""
    words = phrase.strip(" .,;:!?").split()
    words = words[1:] if words and words[0].lower() == "the" else words
    titled = len(words) > 2 and all(w[:1].isupper() for w in words)  # "Dudley Youth Council": a place's body, named
    if not words or len(words) > 5 or (words[0].lower() in NOT_NAMES and not titled):
        return None
    if len(words) == 1:
        word = words[0]
        acronym = word.isalpha() and word.isupper() and 3 <= len(word) <= 8
        return word if acronym or stranger_body(word.lower(), work) else None
    *qualifiers, kind = words
    if kind.lower() not in _BODY_KINDS or any(
        q.lower() in _NOT_QUALIFYING or not _NAME_PART.match(q) for q in qualifiers
    ):
        return None  # "our team", "Urgent - fire service", "Mike said the YOS team"
    plain = [re.sub(r"['’]s$", "", q) for q in qualifiers]
    capitalised = all(w[:1].isupper() for w in words)  # "the Children's Centres": a name, written as one
    return " ".join(words) if capitalised or any(not is_everyday_word(q) for q in plain) else None


_NAME_PART_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")  # "Prince's"
# Words that never name a body asked about: times, meetings, the tracker itself ("what's open for this week?")
_NOT_A_BODY = re.compile(
    r"\b(?:today|tomorrow|week|month|year|board|meeting|panel|workshop|me|us|you|him|her|them|it|this|that|these|those|"
    r"everyone|everybody|anyone|all|now|then|jan\w*|feb\w*|march|april|may|june?|july?|aug\w*|sept?\w*|oct\w*|"
    r"nov\w*|dec\w*|mon\w*|tue\w*|wed\w*|thu\w*|fri\w*|tracker|list|members?|agenda)\b",
    re.I,
)


def written_body(phrase: str) -> str | None:
    """A name in an owner's place in a list question that is none of the board's, nor a time or a pronoun
    ("healthwatch dudley", "barnardos", "the Prince's Trust"): looser than ``unlisted_body``, for the one place a list
    question gives an owner (the reply says it is not on the roster); else None."""
    words = phrase.strip(" .,;:!?").split()
    words = words[1:] if words and words[0].lower() == "the" else words
    if not 1 <= len(words) <= 3 or _NOT_A_BODY.search(phrase) or not all(_NAME_PART_WORD.fullmatch(w) for w in words):
        return None
    if all(w.lower() in NOT_NAMES or is_everyday_word(w.lower()) for w in words):
        return None
    return " ".join(words)


_AND = re.compile(r"\s*(?:,|\band\b|&)\s*", re.I)


def bodies_named(subject: str, work: str, owners: OwnerResolver) -> Resolution | None:
    """The owners a subject of several parts names when some are bodies not on the roster ("Public Health and the
    Health Visiting service", "fire and trading standards", "dudley college and halesowen college"): each part a
    roster owner or such a body (unknown), else None."""
    found = Resolution()
    whole = unlisted_body(subject, work) if "&" in subject and not re.search(r"[.,]", subject) else None
    if whole is not None and not owners.phrase(subject, allow_unknown=False, subject=True):
        return Resolution([Owner("unknown", whole)])  # "Sandwell & West Birmingham CCG to confirm …": one body
    parts = [p for p in _AND.split(subject.strip()) if p]
    for part in parts:
        known = owners.phrase(part, allow_unknown=False, subject=True)
        body = None if known else unlisted_body(part, work)
        if not known and body is None:
            return None
        found.add(known or Resolution([Owner("unknown", body or part)]))
    unknown = any(o.kind == "unknown" for o in found.owners)
    return found if unknown and (len(parts) > 1 or found.owners) else None
