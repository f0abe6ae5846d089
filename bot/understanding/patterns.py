"""Compiled patterns that skip, cheaply, texts they cannot match.

Most of the understanding's patterns are long alternations of words ("can|could|would …"); Python's regular
expression engine tries every alternative at every word of a message, even when none of the words is there. A
``Pattern`` knows, from the pattern's own parse, sets of literal pieces every match must contain one of each
("is there a way": "there", "way", "is"; "update on 14": "update" or "news", and a digit), and answers "no match" at
once when the lower-cased message lacks every piece of one set. A piece is an ASCII word part, a digit, a rare mark
("?", "(", "’") or "a digit"; letters with a case beyond ASCII are never pieces. Results are exactly those of the
compiled pattern; only the time differs. A pattern made again inside a function is the one made before, read once.

The check is made cheap by reading each text once: a word piece (letters and digits only) can only sit inside a run
of letters and digits, so the pieces a text holds are those of its words, each word's pieces found once and kept
(the lexicon of every pattern's word pieces only grows); "a digit" is one of them when the text holds one, and a
piece with a word part in it ("lay adviser", "e-mail") is checked by its longest part. A pattern then asks, of each
set it needs, whether the text's pieces and the set's share one (one set operation), and looks for its other pieces
("?", "’s") in the text itself. The commonest answer, "no" for the text just read, is given by the pattern's methods
without a further call; a pattern needing only a digit looks for one without reading the text.

A pattern that is a long list of alternatives ("a|b|c …", the help and edit wordings) has no piece every match
needs, but each alternative has its own. Such a pattern also keeps its alternatives, compiled one by one when first
needed: a text holding the pieces of none is no match, and one whose possible alternatives are all absent from it
is no match without the whole list being tried at every word; otherwise the whole pattern answers, starting where
the first possible alternative matches, so every answer (groups and all) is still the compiled pattern's own.
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

from bot.understanding.memo import message_kept
from bot.understanding.pattern_needs import (
    DIGIT,
    SHORTEST_PIECE,
    alternatives,
    is_word_piece,
    needed_all,
    needed_pieces,
)

__all__ = ["DIGIT", "FOLDED_TO_ASCII", "Pattern", "alternatives", "guarded", "needed_all", "needed_pieces"]

# Characters the engine matches, ignoring case, to an ASCII letter though they are not ASCII: the Turkish dotted
# capital I and dotless i, the long s and the Kelvin sign (tests/test_patterns.py derives the list afresh).
FOLDED_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_A_DIGIT = re.compile(r"\d")


_WORD_RUN = re.compile(r"[a-z0-9]{2,}")  # where a word piece can be in a folded text
_MOST_WORDS = 20_000  # words whose pieces are kept (beyond, the list starts afresh)


class _Lexicon:
    """The word pieces ("can", "update") the quick checks know, and which of them each word seen holds. The pieces
    only grow, and a lexicon is made anew (with no words read) each time they do: what a word holds, as an older
    lexicon read it, may lack a newer piece, and is never used once a pattern needs one."""

    __slots__ = ("longest", "pieces", "words")

    def __init__(self, pieces: set[str], longest: int) -> None:
        self.pieces = pieces  # shared by every lexicon, grown (under _GROWING) before a new one is made
        self.longest = longest
        self.words: dict[str, frozenset[str]] = {}

    def read_word(self, word: str) -> frozenset[str]:
        """The pieces in one run of letters and digits not read before, kept in ``words``."""
        size, longest, known = len(word), self.longest, self.pieces
        found = frozenset(
            part
            for start in range(size - 1)
            for end in range(start + SHORTEST_PIECE, min(size, start + longest) + 1)
            if (part := word[start:end]) in known
        )
        if len(self.words) >= _MOST_WORDS:
            self.words = {}
        self.words[word] = found
        return found


_LEXICON = _Lexicon(set(), 0)
_GROWING = threading.Lock()  # two patterns read at once never lose each other's pieces

Checks = tuple[tuple[frozenset[str], tuple[str, ...]], ...]


def _as_words(pieces: tuple[str, ...]) -> tuple[str, ...]:
    """The pieces, each holding a word part of two or more letters or digits ("lay adviser", "e-mail", "what's") as
    its longest: a text holding the piece holds that part inside one of its words, so it is as sure a check, one set
    operation rather than a search of the text ("?", "’s" and a digit stay as they are)."""
    return tuple(
        max(runs, key=len) if piece != DIGIT and (runs := _WORD_RUN.findall(piece)) else piece for piece in pieces
    )


def _checks(needs: tuple[tuple[str, ...], ...]) -> Checks:
    """Each set of pieces as its word pieces (made known to the lexicon; :data:`DIGIT`, among a text's word pieces
    when it holds a digit, with them) and its other pieces ("?", "’s")."""
    global _LEXICON
    needs = tuple(_as_words(pieces) for pieces in needs)
    words = {p for pieces in needs for p in pieces if is_word_piece(p)}
    with _GROWING:  # once for each pattern, when first used; never a piece known before its lexicon is made
        if not words.issubset(_LEXICON.pieces):
            _LEXICON.pieces.update(words)
            _LEXICON = _Lexicon(_LEXICON.pieces, max(_LEXICON.longest, *map(len, words)))
    words.add(DIGIT)
    return tuple(
        (frozenset(p for p in pieces if p in words), tuple(p for p in pieces if p not in words)) for pieces in needs
    )


Seen = tuple[_Lexicon, str, set[str]]  # a text as the quick checks read it: the lexicon, its fold, its word pieces
# (and DIGIT when it holds a digit)


def _looked_at(string: str) -> Seen:
    """The text's fold (lower case ASCII, as the pieces are written) and the word pieces in it, by the lexicon as it
    stands, with :data:`DIGIT` when it holds a digit; kept while the message is read (bot.understanding.memo: the rules
    test one message, and a few forms of it, against many patterns in turn), then forgotten."""
    lexicon = _LEXICON
    folded = string.lower() if string.isascii() else string.translate(FOLDED_TO_ASCII).lower()
    words = _WORD_RUN.findall(folded)
    try:  # every word read before, as most are: their pieces at once
        present: set[str] = set().union(*map(lexicon.words.__getitem__, words))
    except KeyError:
        known = lexicon.words
        present = set().union(*(known[word] if word in known else lexicon.read_word(word) for word in words))
    if _A_DIGIT.search(string):
        present.add(DIGIT)
    seen = (lexicon, folded, present)
    if (kept := message_kept()) is not None:
        kept[(_looked_at, string)] = seen
    return seen


# The last text checked, as _looked_at read it (a tuple, replaced whole, so that threads never see one text with
# another's reading)
_LAST: tuple[str | None, _Lexicon, str, set[str]] = (None, _LEXICON, "", set())
_UNREAD: frozenset[str] = frozenset({DIGIT + " unread"})  # a pattern's first set before its needs are read
_EVERY_TEXT: frozenset[str] = frozenset({DIGIT + " every text"})  # a pattern's first set when it has no check
_ANY_DIGIT: frozenset[str] = frozenset({DIGIT})  # the first set of a pattern that needs only a digit ("\d{1,2}/\d")


def _seen(string: str) -> Seen:
    """The text as :func:`_looked_at` read it: the last text checked, or earlier in the message, or read now (again
    when new pieces came since)."""
    last = _LAST
    if last[0] is string and last[1] is _LEXICON:
        return last[1], last[2], last[3]
    kept = message_kept()
    seen: Seen | None = kept.get((_looked_at, string)) if kept is not None else None
    return seen if seen is not None and seen[0] is _LEXICON else _looked_at(string)


def _holds(folded: str, present: set[str], checks: Checks) -> bool:
    """Whether a text (its fold and the word pieces in it) holds one piece of each set."""
    for words, others in checks:
        if present.isdisjoint(words):
            for piece in others:
                if piece in folded:
                    break
            else:
                return False
    return True


class _Way:
    """One top-level alternative of a pattern: the sets of pieces it needs (none known: ()) and, once needed, its own
    compiled pattern."""

    __slots__ = ("checks", "compiled", "needs", "rest", "source")

    def __init__(self, source: str, flags: int) -> None:
        self.source = source
        self.needs = needed_all(source, flags)
        self.checks = _checks(self.needs)
        self.rest = self.checks[1:]  # the sets after the first, which picks the alternatives to check
        self.compiled: re.Pattern[str] | None = None


class Pattern:
    """A compiled pattern with a quick check for the pieces every match needs; the methods the code uses."""

    __slots__ = (
        "_always",
        "_by_piece",
        "_first",
        "_first_others",
        "_first_pieces",
        "_last_ways",
        "_needs",
        "_others",
        "_plain",
        "_rest",
        "_ways",
        "compiled",
        "flags",
        "groupindex",
        "groups",
        "pattern",
    )

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self.compiled = compiled
        self._needs: tuple[tuple[str, ...], ...] | None = None  # None until first used: reading costs at import
        # The needs, read on first use, as word pieces and other pieces: the first set's (_UNREAD: unread), the rest
        self._first = _UNREAD
        self._first_others: tuple[str, ...] = ()
        self._rest: Checks = ()
        # Whether the check is the first set's word pieces alone (read, with no other pieces): then the text just read
        # (_LAST) answers the commonest question, "no", in the hottest methods themselves (a call costs as much)
        self._plain = False
        self._ways: tuple[_Way, ...] | None = None  # a long list of alternatives, read with the pieces
        self._by_piece: dict[str, tuple[int, ...]] = {}  # each word piece an alternative needs first, and which do
        self._first_pieces: frozenset[str] = frozenset()  # those pieces
        self._others: tuple[tuple[str, tuple[int, ...]], ...] = ()  # each other piece, and which need it first
        self._always: tuple[int, ...] = ()  # the alternatives with no pieces: always possible
        # The last text asked about and its possible alternatives: a rule often asks twice (search, then finditer).
        # One tuple, replaced whole, so that threads never see one text with another's answer.
        self._last_ways: tuple[str | None, list[re.Pattern[str]]] = (None, [])
        self.pattern = compiled.pattern
        self.flags = compiled.flags
        self.groups = compiled.groups
        self.groupindex = compiled.groupindex

    def __repr__(self) -> str:
        return f"guarded({self.compiled!r})"

    @property
    def needs(self) -> tuple[tuple[str, ...], ...]:
        """The sets of pieces every match contains one of each (none: no quick check), read on first use."""
        if self._needs is None:
            needs = needed_all(self.pattern, self.flags)
            self._read_ways()
            if needs and all(pieces == (DIGIT,) for pieces in needs):  # a digit alone is looked for, not folded for:
                self._needs, self._first = needs, _ANY_DIGIT  # such patterns ("\d+") also run on short strings
                return needs
            checks = _checks(needs)
            self._first_others, self._rest = checks[0][1] if checks else (), checks[1:]
            self._needs, self._first = needs, checks[0][0] if checks else _EVERY_TEXT
            self._plain = bool(checks) and not self._first_others
        return self._needs

    def _read_ways(self) -> None:
        """Keep the top-level alternatives when there are several and at least one has pieces of its own."""
        if self.flags & re.VERBOSE:
            return
        ways = tuple(_Way(source, self.flags) for source in alternatives(self.pattern))
        if len(ways) < 2 or not any(way.needs for way in ways):
            return
        by_piece: dict[str, list[int]] = {}
        others: dict[str, list[int]] = {}
        for index, way in enumerate(ways):
            words, other = way.checks[0] if way.checks else (frozenset(), ())
            for piece in words:
                by_piece.setdefault(piece, []).append(index)
            for piece in other:
                others.setdefault(piece, []).append(index)
        self._by_piece = {piece: tuple(indices) for piece, indices in by_piece.items()}
        self._first_pieces = frozenset(by_piece)
        self._others = tuple((piece, tuple(indices)) for piece, indices in others.items())
        self._always = tuple(index for index, way in enumerate(ways) if not way.needs)
        self._ways = ways

    def _first_start(self, string: str, ways: tuple[_Way, ...], pos: int, endpos: int) -> int | None:
        """Where the leftmost match of the whole pattern starts, as its possible alternatives alone tell (-1: they
        cannot, the whole pattern must be tried from ``pos``), or None when none of them matches."""
        asked = self._last_ways  # a rule often asks twice (search, then finditer)
        possible = asked[1] if asked[0] is string else self._possible_ways(string, ways)
        if possible is None:
            return -1
        starts = [found.start() for way in possible if (found := way.search(string, pos, endpos))]
        return min(starts) if starts else None

    def _possible_ways(self, string: str, ways: tuple[_Way, ...]) -> list[re.Pattern[str]] | None:
        """The compiled alternatives that may match ``string``, in order (None: one cannot stand alone)."""
        _, folded, present = _seen(string)  # as a rule, the text may_match has just read
        possible = set(self._always)
        by_piece = self._by_piece
        for piece in present & self._first_pieces:
            possible.update(by_piece[piece])
        for piece, indices in self._others:
            if piece in folded:
                possible.update(indices)
        found = []
        for index in sorted(possible):
            way = ways[index]
            if way.rest and not _holds(folded, present, way.rest):
                continue  # one of the pieces it needs, but not one of each
            if way.compiled is None:
                try:
                    way.compiled = re.compile(way.source, self.flags)
                except re.error:  # an alternative that cannot stand alone: the whole pattern, always
                    self._ways = None
                    return None
            found.append(way.compiled)
        self._last_ways = (string, found)
        return found

    def may_match(self, string: str) -> bool:
        """False only when no match is possible (the text lacks every piece of a set the pattern needs)."""
        first = self._first
        if first is _UNREAD:
            self.needs  # noqa: B018  # read now
            first = self._first
        if first is _EVERY_TEXT:
            return True
        if first is _ANY_DIGIT:
            return _A_DIGIT.search(string) is not None
        global _LAST
        last = _LAST  # no calls, no loops in the common case: this is the hottest code of a parse
        if last[0] is not string or last[1] is not _LEXICON:
            last = _LAST = (string, *_seen(string))
        if last[3].isdisjoint(first):  # none of the first set's word pieces: perhaps one of its others
            folded = last[2]
            for piece in self._first_others:
                if piece in folded:
                    break
            else:
                return False
        rest = self._rest
        return not rest or _holds(last[2], last[3], rest)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._plain and (last := _LAST)[0] is string and last[1] is _LEXICON and last[3].isdisjoint(self._first):
            return None  # the commonest answer, without a call (see _plain)
        if not self.may_match(string):
            return None
        if (ways := self._ways) is None:
            return self.compiled.search(string, pos, endpos)
        start = self._first_start(string, ways, pos, endpos)
        return None if start is None else self.compiled.search(string, max(pos, start), endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._plain and (last := _LAST)[0] is string and last[1] is _LEXICON and last[3].isdisjoint(self._first):
            return None  # the commonest answer, without a call (see _plain)
        return self.compiled.match(string, pos, endpos) if self.may_match(string) else None

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos) if self.may_match(string) else None

    def _any(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """False only when no match is possible (the quick checks, then the possible alternatives alone)."""
        if not self.may_match(string):
            return False
        return (ways := self._ways) is None or self._first_start(string, ways, pos, endpos) is not None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if self._plain and (last := _LAST)[0] is string and last[1] is _LEXICON and last[3].isdisjoint(self._first):
            return iter(())  # the commonest answer, without a call (see _plain)
        return self.compiled.finditer(string, pos, endpos) if self._any(string, pos, endpos) else iter(())

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled.findall(string, pos, endpos) if self._any(string, pos, endpos) else []

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        if self._plain and (last := _LAST)[0] is string and last[1] is _LEXICON and last[3].isdisjoint(self._first):
            return string  # the commonest answer, without a call (see _plain)
        return self.compiled.sub(repl, string, count) if self._any(string) else string

    def subn(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> tuple[str, int]:
        return self.compiled.subn(repl, string, count) if self._any(string) else (string, 0)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled.split(string, maxsplit) if self._any(string) else [string]


def guarded(pattern: str, flags: int | re.RegexFlag = 0) -> Pattern:
    """``re.compile(pattern, flags)`` with the quick check for the pieces every match needs; a pattern made again
    (inside a function, or from a name) is the one made before, its pieces read once."""
    return _made(pattern, int(flags))


@lru_cache(maxsize=4096)
def _made(pattern: str, flags: int) -> Pattern:
    return Pattern(re.compile(pattern, flags))
