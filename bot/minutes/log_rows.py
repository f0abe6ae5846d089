"""Rows of an action log that are not actions of their own: a heading row across the log ("Open actions from previous
meetings"), a page's footer pasted among the rows, and a pasted line that carries on the row above.
"""

from __future__ import annotations

import re

# A heading row across a log over its older actions: "Open actions from previous meetings", "Carried forward".
EARLIER_SECTION = re.compile(
    r"\b(?:previous|earlier|last|prior)\s*(?:meetings?|boards?)|\b(?:carried|brought)\s*forward|\boutstanding\b|"
    r"\b(?:open|ongoing|existing|older)\s*actions?\b(?!\s*(?:–|-|—)?\s*\d)",
    re.I,
)

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
