"""Agencies typed with one slip: "West Mids Polce", "Dudley Counsil", "public helth", "BCFPT", "hosuing".

A word no agency's name holds is read as the one agency word it is a single slip from (a letter missed, added,
changed or two swapped), only when exactly one such word exists, the word is not an everyday one and the words name
no member. Anything looser is left unmatched (then offered or asked about, never guessed).
"""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz.distance import OSA

from bot.understanding.name_words import is_everyday_word

__all__ = ["agency_words", "typo_fixed"]


def agency_words(keys: Iterable[str], people: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The words of the agencies' names and short names, and the words of the members' names (never corrected)."""
    return frozenset(w for key in keys for w in key.split() if len(w) >= 4 and w.isalpha()), frozenset(people)


def _fixed(word: str, vocabulary: frozenset[str]) -> str | None:
    """The one agency word ``word`` is a single slip from, or None."""
    if word in vocabulary or not word.isalpha() or is_everyday_word(word) or word[:-1] in vocabulary:
        return None  # (never "polices": the police's, its apostrophe left out)
    if len(word) >= 5:
        near = [v for v in vocabulary if abs(len(v) - len(word)) <= 1 and OSA.distance(word, v) == 1]
    else:  # a short name only with two letters swapped ("dvcs"): one letter off fits too many
        near = [
            v for v in vocabulary if len(v) == len(word) and sorted(v) == sorted(word) and OSA.distance(word, v) == 1
        ]
    return near[0] if len(near) == 1 else None


def typo_fixed(key: str, words: tuple[frozenset[str], frozenset[str]]) -> str | None:
    """``key`` (folded) with each slipped agency word put right, or None when no word needed it."""
    vocabulary, people = words
    parts = key.split()
    fixed = [_fixed(w, vocabulary) for w in parts]
    if not any(fixed) or any(w in people for w in parts):  # "Richard from the polise": a person, asked about
        return None
    return " ".join(f or w for f, w in zip(fixed, parts, strict=True))
