"""Answers kept for one message: asked again within it, the earlier answer; in the next message, afresh."""

from __future__ import annotations

import threading

from bot.understanding.agency_typos import agency_words, typo_fixed
from bot.understanding.memo import kept, one_message


class _Counting:
    """A lookup that counts how often it really works something out."""

    def __init__(self) -> None:
        self.worked: list[str] = []

    @kept
    def upper(self, written: str) -> str:
        self.worked.append(written)
        return written.upper()


def test_outside_a_message_every_question_is_worked_out() -> None:
    lookup = _Counting()
    assert [lookup.upper("police"), lookup.upper("police")] == ["POLICE", "POLICE"]
    assert lookup.worked == ["police", "police"]


def test_within_a_message_a_question_asked_again_is_answered_from_before() -> None:
    lookup, other = _Counting(), _Counting()

    @one_message
    def read(text: str) -> list[str]:
        words = text.split()
        return [lookup.upper(w) for w in words] + [other.upper(words[0])] + [inner(words[0])]

    @one_message
    def inner(word: str) -> str:  # a reading inside the reading (a quoted note) shares its answers
        return lookup.upper(word)

    assert read("police health police") == ["POLICE", "HEALTH", "POLICE", "POLICE", "POLICE"]
    assert lookup.worked == ["police", "health"]  # each distinct question once
    assert other.worked == ["police"]  # another object's answers are its own
    read("police")
    assert lookup.worked == ["police", "health", "police"]  # the next message: afresh


def test_a_message_read_on_another_thread_never_sees_this_ones_answers() -> None:
    lookup = _Counting()
    seen: list[str] = []

    @one_message
    def read(word: str) -> None:
        lookup.upper(word)
        worker = threading.Thread(target=lambda: seen.append(lookup.upper(word)))
        worker.start()
        worker.join()
        lookup.upper(word)

    read("cafcass")
    assert seen == ["CAFCASS"]
    assert lookup.worked == ["cafcass", "cafcass"]  # once here, once on the other thread, none again here


def test_an_agency_word_one_slip_out_is_put_right_only_when_one_word_fits() -> None:
    words = agency_words(
        ["west midlands police", "dudley council", "public health", "housing", "dvcs", "dcsv"], ["richard", "polly"]
    )
    assert typo_fixed("west mids polce", words) == "west mids police"  # a letter missed
    assert typo_fixed("dudley counsil", words) == "dudley council"  # a letter changed
    assert typo_fixed("hosuing", words) == "housing"  # two swapped
    assert typo_fixed("richard polise", words) is None  # a member named: asked about, never corrected
    assert typo_fixed("polices", words) is None  # the police's, its apostrophe left out
    assert typo_fixed("dcvs", words) is None  # two short names one swap away: neither
    assert typo_fixed("health", words) is None  # nothing to put right


def test_an_agency_word_is_read_once_and_asked_again_gives_the_same_answer() -> None:
    words = agency_words(["west midlands police", "housing"], ["richard"])
    first = [typo_fixed(text, words) for text in ("west mids polce", "hosuing", "housing", "richard polise")]
    assert words.read == {"west": None, "mids": None, "polce": "police", "hosuing": "housing", "housing": None,
                          "richard": None, "polise": "police"}  # fmt: skip
    assert [typo_fixed(text, words) for text in ("west mids polce", "hosuing", "housing", "richard polise")] == first
    assert first == ["west mids police", "housing", None, None]
