"""Apologies written as sentences in the minutes' text: "Apologies for absence were received from A (Police), for
whom B attended; from C (Council), with D attending for her; and from E." over the lines the page wrapped it
onto, and "F (Healthwatch) sent apologies"."""

from __future__ import annotations

import re

from bot.minutes.entries import _person, _split_entries
from bot.minutes.lines import _Line
from bot.minutes.markers import APOLOGIES_SENTENCE, SENT_APOLOGIES, SENTENCE_STOP
from bot.minutes.results import Person


def apologies_said(lines: list[_Line], index: int, used: set[int]) -> list[Person]:
    """The people a line's sentences of apologies name (each with the deputy the sentence names, if any)."""
    text = lines[index].text
    if len(text) >= 10_000:
        return []
    found: list[Person | None] = []
    for said in APOLOGIES_SENTENCE.finditer(text):  # "Apologies were received from R HENSHAW and W YATES."
        said_text = _WITH_DEPUTY.sub(_represented, _sentence(lines, index, said))
        found += [_person(e) for e in _split_entries(_FROM_AGAIN.sub("; ", said_text), inline=True)]
    if index not in used:
        found += [_person(one["who"]) for one in SENT_APOLOGIES.finditer(text)]  # "Mrs Pryce (MHT) sent apologies"
    return [p for p in found if p is not None]


_FROM_AGAIN = re.compile(r"[;,]\s*(?:and\s+)?from\s+")  # "A (X); from B (Y), and from C": each one
_WITH_DEPUTY = re.compile(  # "A (X), with Dr Anil Patel attending for her": A's representative
    r",\s+with\s+(?P<rep>[A-Z][^,;()]{2,60}?)\s+(?:attending|deputising)(?:\s+(?:for\s+(?:her|him|them)|on\s+(?:her|his|"
    r"their)\s+behalf|in\s+(?:her|his|their)\s+place))?(?=\s*(?:[;,]|$))"
    r"|,\s+who\s+was\s+(?:represented|deputised)\s+by\s+(?P<by>[A-Z][^,;()]{2,60}?)(?=\s*(?:[;,.]|$))"
)


def _represented(found: re.Match[str]) -> str:
    return f" (represented by {found['rep'] or found['by']})"


_SAID_ENDS = re.compile(rf"{SENTENCE_STOP}(?:\s*$|\s+[A-Z])")


def _sentence(lines: list[_Line], index: int, said: re.Match[str]) -> str:
    """Who a sentence of apologies names, the sentence read to its end over the lines the page wrapped it onto
    ("... from A (Police), for whom B attended; C (Council)" / "and D (Healthwatch).")."""
    text, after = lines[index].text[said.start("rest") :], index + 1
    while not _SAID_ENDS.search(text) and after < len(lines) and lines[after].text.strip():
        text, after = f"{text} {lines[after].text.strip()}", after + 1
    return re.split(r"(?<=[a-z)])\.(?:\s+(?=[A-Z])|\s*$)", text, maxsplit=1)[0]
