"""The cells of an attendance table that say who was there, besides names: a list column of names under a
status-like head ("Attended"), a note that someone was not there ("Not represented – X: did not attend"), and the
status codes a key above the table explains ("D = apologies, deputy attended (named in Notes)") with the deputy
the notes name.
"""

from __future__ import annotations

import re

from bot.minutes.entries import _person, _starts_with_name
from bot.minutes.lines import _Line

_NOT_THERE = re.compile(
    r"^(?:not\s+represented|not\s+present|no\s+representative|did\s+not\s+attend)\s*[–—:-]?\s*"
    r"|[:;,–—-]?\s*\b(?:did\s+not\s+attend|no\s+apologies(?:\s+received)?|dna)\b[^()]*$",
    re.I,
)


def absent_note(entry: str) -> tuple[str, bool]:
    """An entry of a list column that says its person was not there and sent no apologies ("Not represented –
    Gareth Mellor (GM), Group Manager: did not attend, no apologies received"): the entry without the note."""
    cut = _NOT_THERE.sub("", entry).strip(" ,;:–—-")
    return (cut, True) if cut != entry.strip(" ,;:–—-") else (entry, False)


def holds_names(lines: list[_Line], index: int, column: int) -> bool:
    """Whether a column headed like a status ("Attended") holds people's names, not marks: the list of those who
    came, beside "Apologies" and "Deputised by" columns."""
    cells = []
    for line in lines[index + 1 : index + 12]:
        if "\t" not in line.text:
            break
        values = line.text.split("\t")
        if column < len(values) and values[column].strip(" –—-"):
            cells.append(values[column].strip())
    named = [c for c in cells if _starts_with_name(c)]
    return len(named) >= 2 and 2 * len(named) > len(cells)


_KEY_PAIR = re.compile(r"\b(?P<code>[A-Z]{1,3})\s*=\s*(?P<meaning>.+?)(?=\s+\S{1,3}\s*=|$)")


def key_codes(lines: list[_Line], index: int) -> dict[str, str]:
    """The status codes a key line above an attendance table explains ("Key: P = present  A = apologies  D =
    apologies, deputy attended  X = did not attend"), each as its list ("deputy": apologies, a deputy came)."""
    codes: dict[str, str] = {}
    for line in lines[max(0, index - 4) : index]:
        text = re.sub(r"^\s*key\s*[:–—-]?\s*", "", line.text.strip(), flags=re.I)
        for pair in _KEY_PAIR.finditer(text):
            meaning = pair["meaning"].lower()
            kind = (
                "deputy" if re.search(r"deput|substitut|represent", meaning)
                else "absent" if re.search(r"did not attend|not present|absent|no apolog", meaning)
                else "apologies" if "apolog" in meaning
                else "others" if re.search(r"in attendance|officer|guest|observer", meaning)
                else "present" if re.search(r"present|attended", meaning)
                else None
            )  # fmt: skip
            if kind is not None:
                codes[pair["code"]] = kind
    return codes


def deputy_in(cells: list[str], notes: int | None) -> str:
    """The deputy a row's notes name ("Represented by MACKIE, Owen (OM), Head of Service", "DI Lewis PRYCE (LP)")."""
    text = cells[notes] if notes is not None and notes < len(cells) else ""
    text = re.sub(r"^(?:represented\s+by|deputy\s*:?|deputised\s+by|substitute\s*:?)\s*", "", text.strip(), flags=re.I)
    person = _person(text)
    return person.name if person is not None else ""
