"""Agencies typed with one slip: "West Mids Polce", "Dudley Counsil", "public helth", "BCFPT", "hosuing".

A word no agency's name holds is read as the one agency word it is a single slip from (a letter missed, added,
changed or two swapped), only when exactly one such word exists, the word is not an everyday one and the words name
no member. Anything looser is left unmatched (then offered or asked about, never guessed).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.understanding.name_words import is_everyday_word

__all__ = ["AgencyWords", "agency_words", "typo_fixed"]


_MOST_KEPT = 20_000  # words whose reading is kept (beyond, the list starts afresh)
_UNREAD = "\x00unread"  # no word: the words are letters only


@dataclass(frozen=True)
class AgencyWords:
    """The words of the agencies' names (as a set, a list for the fuzzy search, and the short ones by their letters)
    and the words of the members' names (never corrected); each word read, with the agency word it is a slip from
    (they never change, and messages use the same words again)."""

    vocabulary: frozenset[str]
    people: frozenset[str]
    listed: tuple[str, ...] = field(init=False)
    by_letters: dict[str, tuple[str, ...]] = field(init=False)
    read: dict[str, str | None] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "listed", tuple(sorted(self.vocabulary)))
        by_letters: dict[str, list[str]] = {}
        for word in self.listed:
            by_letters.setdefault("".join(sorted(word)), []).append(word)
        object.__setattr__(self, "by_letters", {key: tuple(words) for key, words in by_letters.items()})
        object.__setattr__(self, "read", {})


def agency_words(keys: Iterable[str], people: Iterable[str]) -> AgencyWords:
    """The words of the agencies' names and short names, and the words of the members' names."""
    return AgencyWords(
        frozenset(w for key in keys for w in key.split() if len(w) >= 4 and w.isalpha()), frozenset(people)
    )


def _kept(word: str, words: AgencyWords) -> str | None:
    """:func:`_fixed`, kept with the words (two threads reading one word store the same answer)."""
    fixed = words.read.get(word, _UNREAD)
    if fixed is _UNREAD:
        if len(words.read) >= _MOST_KEPT:
            words.read.clear()
        fixed = words.read[word] = _fixed(word, words)
    return fixed


def _fixed(word: str, words: AgencyWords) -> str | None:
    """The one agency word ``word`` is a single slip from, or None."""
    vocabulary = words.vocabulary
    if word in vocabulary or not word.isalpha() or is_everyday_word(word) or word[:-1] in vocabulary:
        return None  # (never "polices": the police's, its apostrophe left out)
    if len(word) >= 5:  # one letter missed, added, changed, or two swapped: distance 1 (0 is the word itself)
        near = [v for v, _, _ in process.extract(word, words.listed, scorer=OSA.distance, score_cutoff=1, limit=None)]
    else:  # a short name only with two letters swapped ("dvcs"): one letter off fits too many
        near = [v for v in words.by_letters.get("".join(sorted(word)), ()) if OSA.distance(word, v) == 1]
    return near[0] if len(near) == 1 else None


def typo_fixed(key: str, words: AgencyWords) -> str | None:
    """``key`` (folded) with each slipped agency word put right, or None when no word needed it."""
    parts = key.split()
    fixed = [_kept(w, words) for w in parts]
    if not any(fixed) or any(w in words.people for w in parts):  # "Richard from the polise": a person, asked about
        return None
    return " ".join(f or w for f, w in zip(fixed, parts, strict=True))
