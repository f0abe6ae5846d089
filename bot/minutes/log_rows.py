"""Rows of an action log that are not actions of their own: a heading row across the log ("Open actions from previous
meetings"), a page's footer pasted among the rows, a pasted line that carries on the row above, and rows whose
minute reference is an earlier meeting's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A heading row across a log over its older actions: "Open actions from previous meetings", "Carried forward".
EARLIER_SECTION = re.compile(
    r"\b(?:previous|earlier|last|prior)\s*(?:meetings?|boards?)|\b(?:carried|brought)\s*forward|\boutstanding\b|"
    r"\b(?:open|ongoing|existing|older)\s*actions?\b(?!\s*(?:–|-|—)?\s*\d)",
    re.I,
)

_AS_WELL = re.compile(r"\bincluding\b|\bnew\s+and\b|\band\s+new\b|\bas\s+well\s+as\b", re.I)


def earlier_section(text: str) -> bool:
    """Whether a heading says the rows under it are older actions ("Open actions from previous meetings"), not
    also this meeting's ("Outstanding actions, including those carried forward", "New and carried forward")."""
    return EARLIER_SECTION.search(text) is not None and _AS_WELL.search(text) is None


PAGE_CELL = re.compile(r"^page\s+\d{1,3}\s+of\s+\d{1,3}$", re.I)


def goes_on(cells: list[str], pending: list[str], action: int, who: int | None, width: int) -> bool:
    """Whether a pasted line with nothing in its first cell carries on the row above (its action and owner cells
    wrapped: "<tab><tab>and re-circulate", "<tab>Sub-group<tab>satisfaction measures") rather than starting a row:
    the copy dropped its empty cells at the end, it has text only in the action and owner columns, and the
    action above ends no sentence or the text goes on in lower case."""
    filled = {n for n, c in enumerate(cells) if c}
    above = pending[action] if 0 <= action < len(pending) else ""
    first = next((c for c in cells if c), "")
    return (
        not cells[0]
        and len(cells) < width
        and bool(filled)
        and filled <= {action, *([who] if who is not None else [])}
        and bool(above)
        and (not re.search(r"[.!?]$", above) or first[:1].islower())
    )


_MINUTE_REF = re.compile(r"^[A-Z]{0,5}\d{1,3}/\d{1,3}$")  # "10/26": a minute numbered within the year's series
_STARTS_MINUTE = re.compile(r"^\s*(?P<ref>[A-Z]{0,5}\d{1,3}/\d{1,3})(?:\t|\s+(?=[A-Z(]))")


def other_minutes(before: Sequence[str], rows: Sequence[tuple[list[str], object]], number: int | None) -> set[int]:
    """The rows of a log whose minute reference ("Min. ref 10/07") is none of the minutes above it, where some rows'
    are ("10/26"): actions of earlier meetings, the only mark of a row carried forward."""
    if number is None:
        return set()
    here = {m["ref"] for text in before if (m := _STARTS_MINUTE.match(text))}
    refs = [cells[number].strip() if number < len(cells) else "" for cells, _ in rows]
    if len(here) < 3 or not any(ref in here for ref in refs):
        return set()
    return {n for n, ref in enumerate(refs) if _MINUTE_REF.match(ref) and ref not in here}
