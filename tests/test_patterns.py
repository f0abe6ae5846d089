"""The understanding's quick-check patterns: the same answers as the compiled patterns, for any text."""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import bot.understanding as understanding
from bot.understanding.chat import plain_chat
from bot.understanding.patterns import (
    DIGIT,
    FOLDED_TO_ASCII,
    Pattern,
    alternatives,
    guarded,
    needed_all,
    needed_pieces,
)

CORPUS = Path(__file__).resolve().parent / "corpus"


def test_the_folding_table_holds_every_character_matched_to_an_ascii_letter_ignoring_case() -> None:
    letter = re.compile("[a-z]", re.I)
    found = {chr(c) for c in range(0x80, 0x110000) if letter.fullmatch(chr(c))}
    assert found == {chr(c) for c in FOLDED_TO_ASCII}
    assert guarded(r"\bsection\b", re.I).search("SECTION 11")
    assert guarded(r"\bsend\b", re.I).search("\u017fend it")  # a long s matches "s", ignoring case


@pytest.mark.parametrize(
    ("pattern", "pieces"),
    [
        (r"\b(?:can|could)\s+\d", ("can", "could")),
        (r"\b(?:can|could)\s+you\b", ("you",)),  # one piece telling as much as two
        (r"^(?:please\s+)?send\b", ("send",)),  # an optional word is not needed
        (r"\b(?:reassign|give)\s+(?:a-?)?\d+", ("give", "reassign")),
        (r"(?:ab)+cde", ("cde",)),  # the longer of two needed pieces
        (r"(?-i:Martine)\s+says", ("martine",)),
        (r"\b(?:cab|x)\b", None),  # a one-letter way in: no quick check
        (r"(?:can|\d+)\s", None),  # a way in that is not literal
        (r"(?=foo)\w+", None),  # what a lookahead asks is not counted
        (r"caf\u00e9", ("caf",)),  # only ASCII letters are pieces
    ],
)
def test_the_needed_pieces_of_a_pattern(pattern: str, pieces: tuple[str, ...] | None) -> None:
    assert needed_pieces(pattern, re.I) == pieces


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        (r"\bis\s+there\s+(?:a|any)\s+way\b", (("there",), ("way",), ("is",))),  # one of each, the most telling first
        (r"\b(?:update|news)\s+on\s+(\d{1,3})\b", (("news", "update"), (DIGIT,), ("on",))),  # a digit is needed
        (r"[0-9]+\s*(?:am|pm)", ((DIGIT,), ("am", "pm"))),
        (r"\ba\s+(?:twenty|one|\d{1,3})\b", ((DIGIT, "one", "twenty"),)),  # each alternative: a word or a digit
        (r"(?:^|x)(?:one|(?=\d)\w+)", ((DIGIT, "one"),)),  # an alternative's lookahead too
        (r"(?:\?|!)\s*$", (("!", "?"),)),  # a rare mark is a piece of its own
        (r"[?!]\s+thanks", (("thanks",), ("!", "?"))),
        (r"(?:'s|\u2019s)$", (("'s", "\u2019s"),)),  # a character with no case is matched as written
        (r"(?<=\bchildren)s\b", (("children",),)),  # what a lookbehind or lookahead must find is in the text
        (r"(?!never)\w+\s+ok", (("ok",),)),  # what must not be there is no piece
        (r"\b(?:cab|x)\b", ()),  # a one-letter way in: no quick check
        (r"[-.]\s", ()),  # common marks are no check
        (r"caf\u00e9", (("caf",),)),  # a letter with a case is not a piece
    ],
)
def test_every_set_of_pieces_a_pattern_needs(pattern: str, needs: tuple[tuple[str, ...], ...]) -> None:
    assert needed_all(pattern, re.I) == needs


def test_a_text_with_a_digit_of_any_script_passes_the_check_of_a_pattern_needing_one() -> None:
    pattern = guarded(r"\bupdate\s+on\s+A-?\d+\b", re.I)
    assert pattern.search("update on a-\u0663") and pattern.search("UPDATE ON A12")  # an Arabic-Indic three is \d
    assert pattern.search("update on a-three") is None
    assert not pattern.may_match("an update on A-three") and pattern.may_match("update on A-7")
    digits = guarded(r"(?<![\w/])\d{1,2}/\d{1,2}\b")  # a digit alone is a check too, looked for without a fold
    assert not digits.may_match("no digit") and digits.may_match("on \u0663/4") and digits.search("by 3/4")


def test_a_list_of_alternatives_answers_each_text_afresh_whatever_was_asked_before() -> None:
    """The possible alternatives of the last text are kept for the next question about it; another text, the empty
    one or an equal one made anew, is answered for itself."""
    pattern = guarded(r"\bcan\s+you\b|\bshow\s+me\b|^$", re.I)
    texts = ["can you", "", "show me", "nothing", "".join(["can", " you"]), ""]
    for _ in range(2):
        assert [pattern.search(t) is not None for t in texts] == [True, True, True, False, True, True]
        assert [len(pattern.findall(t)) for t in texts] == [1, 1, 1, 0, 1, 1]


_PIECES = ["a", "b", "ab", "ba", "can", "CAN", "s", "x", "1", "9", r"\s", r"\w", r"\d+", ".", r"\b", "^", "$", "k", "i"]
_PIECES += [r"\?", "[?!]", "\u2019", "[0-9]", "(?=ab)", "(?<=ab)", "(?!a)", "[-.]", " ", "-", "can ", "\u2019s"]
_TEXTS = "abcsnkiKSAB \u0130\u0131\u017f\u212a1-?!\u2019 9\u0663\x00."


@st.composite
def _patterns(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["piece", "piece", "group", "branch"] if depth < 2 else ["piece"]))
        if kind == "piece":
            parts.append(draw(st.sampled_from(_PIECES)))
        elif kind == "group":
            inner = draw(_patterns(depth + 1))
            parts.append(f"(?:{inner}){draw(st.sampled_from(['', '?', '*', '+', '{2}', '{0,2}']))}")
        else:
            options = draw(st.lists(_patterns(depth + 1), min_size=2, max_size=3))
            parts.append("(?:" + "|".join(options) + ")")
    return "".join(parts)


@settings(max_examples=400, deadline=None)
@given(
    pattern=_patterns(),
    text=st.text(alphabet=_TEXTS, max_size=20),
    ignore_case=st.booleans(),
)
def test_a_guarded_pattern_answers_as_the_compiled_one(pattern: str, text: str, ignore_case: bool) -> None:
    flags = re.I if ignore_case else 0
    plain, quick = re.compile(pattern, flags), guarded(pattern, flags)
    assert (m.span() if (m := quick.search(text)) else None) == (m.span() if (m := plain.search(text)) else None)
    assert quick.sub("_", text) == plain.sub("_", text)
    assert [m.span() for m in quick.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert quick.split(text) == plain.split(text)


def _same(found: re.Match[str] | None) -> object:
    return (found.span(), found.groups(), found.groupdict()) if found else None


@settings(max_examples=400, deadline=None)
@given(
    ways=st.lists(_patterns(), min_size=2, max_size=5),
    text=st.text(alphabet=_TEXTS, max_size=24),
    ignore_case=st.booleans(),
    start=st.integers(0, 6),
)
def test_a_list_of_alternatives_answers_as_the_compiled_one(
    ways: list[str], text: str, ignore_case: bool, start: int
) -> None:
    """A top-level list of alternatives, some capturing: each answer (where, which groups) is the compiled one's."""
    pattern = "|".join(f"({way})" if n % 2 else way for n, way in enumerate(ways))
    flags = re.I if ignore_case else 0
    plain, quick = re.compile(pattern, flags), guarded(pattern, flags)
    assert _same(quick.search(text)) == _same(plain.search(text))
    assert _same(quick.search(text, start)) == _same(plain.search(text, start))
    assert _same(quick.match(text)) == _same(plain.match(text))
    assert quick.sub("_", text) == plain.sub("_", text)
    assert quick.subn(lambda m: m[0].upper(), text) == plain.subn(lambda m: m[0].upper(), text)
    assert [_same(m) for m in quick.finditer(text, start)] == [_same(m) for m in plain.finditer(text, start)]
    assert quick.findall(text) == plain.findall(text)
    assert quick.split(text) == plain.split(text)


@pytest.mark.parametrize(
    ("pattern", "ways"),
    [
        ("a|(?:b|c)|d", ["a", "(?:b|c)", "d"]),  # only the top level is split
        (r"[|]|x|\|y", ["[|]", "x", r"\|y"]),  # a bar in a set or escaped is a character
        ("[]|]|y", ["[]|]", "y"]),  # "]" first in a set is a member
        ("[^]|]|y", ["[^]|]", "y"]),
        ("(?i:a)|b", ["(?i:a)", "b"]),  # flags for a group stay with it
        ("plain", ["plain"]),
        ("(?i)a|b", []),  # flags for the whole pattern: not split
        ("(?x: a )|b", []),  # verbose text reads otherwise
        (r"(a)|\1", []),  # a back reference needs its group
        ("(?P<n>a)|(?P=n)", []),
        ("(?(1)a|b)|c", []),  # a conditional names a group
    ],
)
def test_the_top_level_alternatives_of_a_pattern(pattern: str, ways: list[str]) -> None:
    assert alternatives(pattern) == ways


def test_a_long_list_of_alternatives_is_tried_only_where_one_may_match() -> None:
    """Two alternatives of thirty are possible in the text: only they are tried alone, and the answer, groups and
    all, is the whole pattern's (the one that starts first, then the first listed)."""
    words = [f"word{n:02d}" for n in range(28)]
    pattern = "|".join([*(rf"\b{w}\b" for w in words), r"(?P<late>\blate\s+\w+)", r"\b(?P<soon>soon)\b"])
    quick, plain = guarded(pattern, re.I), re.compile(pattern, re.I)
    for text in ("we are late again, soon", "Soon, LATE ONES", "nothing here", "word07 then late now", "latest"):
        assert _same(quick.search(text)) == _same(plain.search(text)), text
        assert [_same(m) for m in quick.finditer(text)] == [_same(m) for m in plain.finditer(text)], text
    assert quick.search("we are late again, soon")["late"] == "late again"


def _package_patterns() -> list[tuple[str, Pattern]]:
    found: dict[int, tuple[str, Pattern]] = {}
    for module in pkgutil.iter_modules(understanding.__path__):
        loaded = importlib.import_module(f"bot.understanding.{module.name}")
        for name, value in vars(loaded).items():
            if isinstance(value, Pattern):
                found.setdefault(id(value), (f"{module.name}.{name}", value))
    return list(found.values())


def test_every_pattern_of_the_understanding_answers_as_compiled_on_real_messages() -> None:
    texts = [
        json.loads(line)["text"]
        for name in ("messages.jsonl", "everyday.jsonl")
        for line in (CORPUS / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    texts += [plain_chat(text) for text in texts]
    patterns = _package_patterns()
    assert len(patterns) > 500
    checked = 0
    for name, pattern in patterns:
        for text in texts:
            if pattern.compiled.search(text):
                checked += 1
                assert pattern.may_match(text), (name, text)
                assert _same(pattern.search(text)) == _same(pattern.compiled.search(text)), (name, text)
    assert checked > 1000
    assert sum(p._ways is not None for _, p in patterns) > 100  # lists of alternatives, each with its own pieces


def test_the_quick_check_folds_each_text_afresh_whatever_was_checked_before() -> None:
    """The fold of the last text is kept for the next pattern; another text, even an equal one made anew, or one
    with accents, is never answered with the fold of the one before."""
    pattern = guarded(r"\bcaf\w\b", re.I)  # "Café" matches as "é" is a word character
    texts = ["see the CAFE", "nothing here", "Café at ten", "nothing here", "".join(["see the ", "cafe"])]
    for _ in range(3):
        assert [pattern.search(text) is not None for text in texts] == [True, False, True, False, True]


def test_a_text_read_before_a_pattern_with_new_pieces_is_read_again_for_it() -> None:
    """The pieces a text holds are read once and kept; a pattern read later with a piece no pattern had before (so the
    kept reading cannot know it) finds it in that same text."""
    text = "the qwzkvj review is due friday"
    assert guarded(r"\breview\b").search(text)  # the text read, with the pieces known so far
    late = guarded(r"\bqwzkvj\s+review\b", re.I)  # a piece no pattern had
    assert late.may_match(text) and late.search(text)
    assert not late.may_match("the other review is due friday")


def test_a_long_list_of_words_is_one_check_and_a_digit_is_a_piece() -> None:
    """Sixty alternative words need one of them (however many, one check); "4" in "anything 4 me" is a piece."""
    words = [f"wordpiece{n:02d}" for n in range(60)]
    pattern = guarded(r"\b(?:" + "|".join(words) + r")\s+now\b", re.I)
    assert any(set(words) <= set(pieces) for pieces in pattern.needs)
    assert not pattern.may_match("nothing here now") and pattern.search("WordPiece42 now")
    four = guarded(r"(?<=[a-z] )4(?= me\b)")
    assert ("4",) in four.needs
    assert not four.may_match("anything for me") and four.search("anything 4 me")


def test_a_piece_of_several_words_is_checked_by_its_longest_word_part() -> None:
    """ "lay adviser", "e-mail", "what's": a text holding the piece holds its longest word part in one of its words."""
    pattern = guarded(r"^(?:the\s+)?(?:lay adviser|lay member)$|\be-mail\b|what['’]s\b", re.I)
    for text in ("the LAY adviser", "Lay Member", "by E-mail", "what’s new", "WHAT'S new"):
        assert pattern.may_match(text) and pattern.search(text)
    for text in ("the lay advisers", "the adviser", "email", "whats new"):
        assert pattern.search(text) is None
    assert not guarded(r"\blay adviser\b", re.I).may_match("the lay advisor")  # no "adviser" in it: no match
