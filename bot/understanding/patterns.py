"""Compiled patterns that skip, cheaply, texts they cannot match.

Most of the understanding's patterns are long alternations of words ("can|could|would …"); Python's regular
expression engine tries every alternative at every word of a message, even when none of the words is there. A
``Pattern`` knows, from the pattern's own parse, sets of literal pieces every match must contain one of each
("is there a way": "there", "way", "is"; "update on 14": "update" or "news", and a digit), and answers "no match" at
once when the lower-cased message lacks every piece of one set. A piece is an ASCII word part, a rare mark ("?",
"(", "’") or "a digit"; letters with a case beyond ASCII are never pieces. Results are exactly those of the compiled
pattern; only the time differs. A pattern made again inside a function is the one made before, read once.

A pattern that is a long list of alternatives ("a|b|c …", the help and edit wordings) has no piece every match
needs, but each alternative has its own. Such a pattern also keeps its alternatives, compiled one by one when first
needed: a text holding the pieces of none is no match, and one whose possible alternatives are all absent from it
is no match without the whole list being tried at every word; otherwise the whole pattern answers, starting where
the first possible alternative matches, so every answer (groups and all) is still the compiled pattern's own.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

__all__ = ["Pattern", "alternatives", "guarded", "needed_all", "needed_pieces"]

# Characters the engine matches, ignoring case, to an ASCII letter though they are not ASCII: the Turkish dotted
# capital I and dotless i, the long s and the Kelvin sign (tests/test_patterns.py derives the list afresh).
FOLDED_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_SHORTEST_PIECE = 2  # a one-character piece is in almost every message: no use as a check, except a rare one
_COMMON_MARKS = frozenset(".,'-")  # marks in almost every message; other marks ("?", "(", "’", "–") are telling
_MOST_PIECES = 48  # beyond this many pieces the check costs about what it saves
_MOST_NEEDS = 4  # the sets of pieces checked for one pattern, the most telling first
# In a text's fold when the text holds a digit: the piece of a pattern that needs one ("\d", "[0-9]"). No other
# piece holds a NUL; a text that does may pass a check it would fail, which costs time, never an answer.
DIGIT = "\x00digit"
_A_DIGIT = re.compile(r"\d")
_DIGIT_TELLS = 3


def needed_pieces(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Lower-cased ASCII pieces one of which any match of ``pattern`` contains, or None when no such set is known."""
    try:
        from re import _constants, _parser  # type: ignore[attr-defined]  # the standard library's own parser

        pieces = _Needs(_constants).of(_parser.parse(pattern, flags))
    except Exception:  # an unknown construct or another Python's parser: no check, never a wrong answer
        return None
    if not pieces or not _usable(pieces):
        return None
    return tuple(sorted(pieces))


def _usable(pieces: set[str]) -> bool:
    """Whether a set of pieces is worth checking: not too many, and each longer than a character or a rare mark."""
    return len(pieces) <= _MOST_PIECES and all(
        len(p) >= _SHORTEST_PIECE or not (p.isalnum() or p.isspace() or p in _COMMON_MARKS) for p in pieces
    )


def _plain(code: int) -> bool:
    """Whether a literal character is matched as written, in its lower case: an ASCII character, or one with no
    case ("’", "–"), which no other character matches whatever the flags."""
    if code < 128:
        return True
    char = chr(code)
    return char.lower() == char == char.upper()


def needed_all(pattern: str, flags: int = 0) -> tuple[tuple[str, ...], ...]:
    """Every set of pieces any match of ``pattern`` contains one of ("is there a way": "is", "there", "way"), the
    most telling first, at most four; :data:`DIGIT` stands for "a digit". None known: ()."""
    try:
        from re import _constants, _parser  # type: ignore[attr-defined]

        found = _Needs(_constants).all_of(_parser.parse(pattern, flags))
    except Exception:  # as needed_pieces: no check, never a wrong answer
        return ()
    kept: list[tuple[str, ...]] = []
    for pieces in sorted(found, key=_telling, reverse=True):
        if (pieces == {DIGIT} or _usable(pieces)) and (written := tuple(sorted(pieces))) not in kept:
            kept.append(written)
    return tuple(kept[:_MOST_NEEDS])


class _Needs:
    """Walks a parsed pattern: for a sequence, the best of the pieces its required parts need."""

    def __init__(self, constants: Any) -> None:
        self.c = constants
        self.repeats = {
            getattr(constants, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(constants, n)
        }
        self.digits = ([(constants.CATEGORY, constants.CATEGORY_DIGIT)], [(constants.RANGE, (48, 57))])

    def of(self, sequence: Any) -> set[str] | None:
        """The most telling of the sets of pieces the sequence needs (lookarounds and digits aside)."""
        best: set[str] | None = None
        for pieces in self.all_of(sequence, lookarounds=False):
            best = _better(best, pieces)
        return best

    def marks(self, members: Any) -> set[str] | None:
        """The characters of a class of rare marks ("[?!]"), or None when it holds anything else."""
        chars = {chr(av) for op, av in members if op is self.c.LITERAL and _plain(av)}
        if len(chars) != len(members) or not _usable(chars):
            return None
        return chars

    def all_of(self, sequence: Any, *, lookarounds: bool = True) -> list[set[str]]:
        """Each set of pieces the sequence needs one of: its literal runs, what its groups, lists of alternatives,
        repeats and (unless told not to) lookarounds need, and then a digit where a part matches only digits."""
        needs: list[set[str]] = []
        run = ""
        for op, av in [*sequence, (None, None)]:
            if op is self.c.LITERAL and _plain(av):
                run += chr(av).lower()
                continue
            if run:
                heads = self.heads([(op, av)]) if op is self.c.BRANCH or op is self.c.SUBPATTERN else None
                needs.append(_better({run}, {run + h for h in heads} if heads else None) or {run})
                run = ""
            if op is self.c.SUBPATTERN:
                needs += self.all_of(av[-1], lookarounds=lookarounds)
            elif op is self.c.BRANCH:
                alternatives = [self.of(a) for a in av[1]]
                if all(alternatives):
                    needs.append(set().union(*alternatives))  # type: ignore[arg-type]
            elif op in self.repeats and av[0] >= 1:
                needs += self.all_of(av[2], lookarounds=lookarounds)
            elif op is getattr(self.c, "ATOMIC_GROUP", object()):
                needs += self.all_of(av, lookarounds=lookarounds)
            elif op is self.c.ASSERT and lookarounds:  # a lookahead or lookbehind that must hold: its text is there
                needs += self.all_of(av[1])
            elif op is self.c.IN and av in self.digits and lookarounds:
                needs.append({DIGIT})
            elif op is self.c.IN and (chars := self.marks(av)):
                needs.append(chars)
        return needs

    def heads(self, sequence: Any) -> set[str] | None:
        """The literal text each way through the sequence starts with ("c" + "an"/"ould" after the parser took
        the shared "c" out of "can|could"), or None when some way starts otherwise."""
        run = ""
        for op, av in sequence:
            if op is self.c.AT:
                continue
            if op is self.c.LITERAL and _plain(av):
                run += chr(av).lower()
                continue
            if run:
                return {run}
            if op is self.c.SUBPATTERN:
                return self.heads(av[-1])
            if op is self.c.BRANCH:
                ways = [self.heads(a) for a in av[1]]
                return set().union(*ways) if all(ways) else None  # type: ignore[arg-type]
            return None
        return {run} if run else None


def _telling(pieces: set[str]) -> tuple[int, int]:
    """How telling a set of pieces is: the length of its shortest piece (a digit telling as much as three letters:
    rarer than "on", commoner than "chase"), then how few they are."""
    return min(_DIGIT_TELLS if p == DIGIT else len(p) for p in pieces), -len(pieces)


def _better(one: set[str] | None, other: set[str] | None) -> set[str] | None:
    """The more telling set of pieces: the one whose shortest piece is longer, then the smaller."""
    if not one or not other:
        return one or other
    return max(one, other, key=_telling)


# The last text folded for the quick check, and its fold: the rules test one message against many patterns in turn,
# so it is folded once (a tuple, replaced whole, so that threads never see one text with another's fold).
_LAST_FOLDED: tuple[str, str] = ("", "")


def _folded(string: str) -> str:
    """The text in lower case ASCII, as the needed pieces are written."""
    global _LAST_FOLDED
    last = _LAST_FOLDED
    if last[0] is string:
        return last[1]
    folded = string.lower() if string.isascii() else string.translate(FOLDED_TO_ASCII).lower()
    if _A_DIGIT.search(string):
        folded += DIGIT
    _LAST_FOLDED = (string, folded)
    return folded


def alternatives(pattern: str) -> list[str]:
    """The pattern's top-level alternatives as written ("a|(?:b|c)|d": "a", "(?:b|c)", "d"); one item when there is
    no top-level "|", and none when an alternative could not stand alone (a back reference or a conditional group
    names a group by number or name; verbose or inline global flags change how the text reads)."""
    if "(?P=" in pattern or "(?(" in pattern or re.search(r"\(\?[aiLmsux-]*(?:x|[aiLmsu]+\))", pattern):
        return []
    parts, depth, start, in_class, at = [], 0, 0, False, 0
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            if pattern[at + 1 : at + 2].isdigit() and pattern[at + 1] != "0":
                return []  # a back reference (or an octal escape): not split
            at += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            at += 1 + (pattern[at + 1 : at + 2] == "^")
            at += pattern[at : at + 1] == "]"  # "[]…]", "[^]…]": the first "]" is a member
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:at])
            start = at + 1
        at += 1
    return [*parts, pattern[start:]]


class _Way:
    """One top-level alternative of a pattern: the sets of pieces it needs (none known: ()) and, once needed, its own
    compiled pattern."""

    __slots__ = ("compiled", "needs", "source")

    def __init__(self, source: str, flags: int) -> None:
        self.source = source
        self.needs = needed_all(source, flags)
        self.compiled: re.Pattern[str] | None = None


def _holds(folded: str, needs: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the folded text holds one piece of each set."""
    for pieces in needs:  # loops, not generators: this is the hottest code of a parse
        for piece in pieces:
            if piece in folded:
                break
        else:
            return False
    return True


class Pattern:
    """A compiled pattern with a quick check for the pieces every match needs; the methods the code uses."""

    __slots__ = (
        "_always",
        "_by_piece",
        "_last_ways",
        "_needs",
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
        self._ways: tuple[_Way, ...] | None = None  # a long list of alternatives, read with the pieces
        self._by_piece: tuple[tuple[str, tuple[int, ...]], ...] = ()  # each piece, and which alternatives need it
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
            # A digit alone is no check worth a fold: such patterns ("\d+") run on many short strings of digits
            self._needs = () if all(pieces == (DIGIT,) for pieces in needs) else needs
            self._read_ways()
        return self._needs

    def _read_ways(self) -> None:
        """Keep the top-level alternatives when there are several and at least one has pieces of its own."""
        if self.flags & re.VERBOSE:
            return
        ways = tuple(_Way(source, self.flags) for source in alternatives(self.pattern))
        if len(ways) < 2 or not any(way.needs for way in ways):
            return
        by_piece: dict[str, list[int]] = {}
        for index, way in enumerate(ways):
            for piece in way.needs[0] if way.needs else ():
                by_piece.setdefault(piece, []).append(index)
        self._ways, self._by_piece = ways, tuple((piece, tuple(indices)) for piece, indices in by_piece.items())
        self._always = tuple(index for index, way in enumerate(ways) if not way.needs)

    def _possible_ways(self, string: str, ways: tuple[_Way, ...]) -> list[re.Pattern[str]] | None:
        """The compiled alternatives that may match ``string``, in order (None: one cannot stand alone)."""
        last = self._last_ways
        if last[0] is string:
            return last[1]
        folded = _folded(string)
        possible = {index for piece, indices in self._by_piece if piece in folded for index in indices}
        found = []
        for index in sorted(possible.union(self._always)) if self._always else sorted(possible):
            way = ways[index]
            if len(way.needs) > 1 and not _holds(folded, way.needs[1:]):
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

    def _first_start(self, string: str, ways: tuple[_Way, ...], pos: int, endpos: int) -> int | None:
        """Where the leftmost match of the whole pattern starts, as its possible alternatives alone tell (-1: they
        cannot, the whole pattern must be tried from ``pos``), or None when none of them matches."""
        possible = self._possible_ways(string, ways)
        if possible is None:
            return -1
        starts = [found.start() for way in possible if (found := way.search(string, pos, endpos))]
        return min(starts) if starts else None

    def may_match(self, string: str) -> bool:
        """False only when no match is possible (the text lacks every piece of a set the pattern needs)."""
        needs = self._needs
        if needs is None:  # not read yet
            needs = self.needs
        if not needs:
            return True
        last = _LAST_FOLDED
        return _holds(last[1] if last[0] is string else _folded(string), needs)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not self.may_match(string):
            return None
        if (ways := self._ways) is None:
            return self.compiled.search(string, pos, endpos)
        start = self._first_start(string, ways, pos, endpos)
        return None if start is None else self.compiled.search(string, max(pos, start), endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos) if self.may_match(string) else None

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos) if self.may_match(string) else None

    def _any(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """False only when no match is possible (the quick checks, then the possible alternatives alone)."""
        if not self.may_match(string):
            return False
        return (ways := self._ways) is None or self._first_start(string, ways, pos, endpos) is not None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos) if self._any(string, pos, endpos) else iter(())

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled.findall(string, pos, endpos) if self._any(string, pos, endpos) else []

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
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
