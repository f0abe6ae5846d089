"""What a regular expression needs of any text it matches, read from the pattern's own parse: the sets of literal
pieces every match contains one of each ("is there a way": "is", "there", "way"; "update on 14": "update", and a
digit), and its top-level alternatives, each of which can be checked and tried alone. Used by
:mod:`bot.understanding.patterns` for its quick checks.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["DIGIT", "SHORTEST_PIECE", "alternatives", "is_word_piece", "needed_all", "needed_pieces"]

SHORTEST_PIECE = 2  # a one-character piece is in almost every message: no use as a check, except a rare one (a
# mark such as "?", or a digit: "4" in "anything 4 me")
_COMMON_MARKS = frozenset(".,'-")  # marks in almost every message; other marks ("?", "(", "’", "–") are telling
# Beyond this many pieces looked for in the text one by one ("is there", "?") the check costs about what it saves; word
# pieces ("can", "update") cost one set operation together, however many (bot.understanding.patterns)
_MOST_PIECES = 48
_MOST_WORD_PIECES = 1_000
_MOST_NEEDS = 4  # the sets of pieces checked for one pattern, the most telling first
# The piece of a pattern that needs a digit ("\d", "[0-9]"), among a text's pieces when the text holds one (no other
# piece holds a NUL).
DIGIT = "\x00digit"
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


def is_word_piece(piece: str) -> bool:
    """Whether a (lower-cased) piece is ASCII letters and digits only, so found only inside a run of them."""
    return len(piece) >= SHORTEST_PIECE and piece.isascii() and piece.isalnum()


def _usable(pieces: set[str]) -> bool:
    """Whether a set of pieces is worth checking: not too many, and each longer than a character, a digit or a rare
    mark."""
    words = sum(1 for p in pieces if is_word_piece(p))
    return (
        words <= _MOST_WORD_PIECES
        and len(pieces) - words <= _MOST_PIECES
        and all(
            len(p) >= SHORTEST_PIECE or p.isdigit() or not (p.isalnum() or p.isspace() or p in _COMMON_MARKS)
            for p in pieces
        )
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
            if len(kept) == _MOST_NEEDS:
                break
    return tuple(kept)


class _Needs:
    """Walks a parsed pattern: for a sequence, the best of the pieces its required parts need."""

    def __init__(self, constants: Any) -> None:
        self.c = constants
        self.repeats = {
            getattr(constants, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(constants, n)
        }
        self.digits = ([(constants.CATEGORY, constants.CATEGORY_DIGIT)], [(constants.RANGE, (48, 57))])

    def of(self, sequence: Any, *, lookarounds: bool = False) -> set[str] | None:
        """The most telling of the sets of pieces the sequence needs (lookarounds and digits aside unless told)."""
        best: set[str] | None = None
        for pieces in self.all_of(sequence, lookarounds=lookarounds):
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
                alternatives = [self.of(a, lookarounds=lookarounds) for a in av[1]]  # "\d+|one|two": a digit or a word
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
