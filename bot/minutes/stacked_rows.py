"""A table pasted out of a PDF with every cell on a line of its own: its heading a word a line ("Ref" / "Action" /
"Lead" / "Deadline" / "Status"), then each row from its reference ("14/01") to the next, the action's cell
wrapped over as many lines as it took and every other cell on one line. Each row is made a line of
tab-separated cells again; a row whose lines cannot be shared out so is left as it was.
"""

from __future__ import annotations

import re

from bot.minutes.aligned import _HEAD, _OWNER_HEAD
from bot.minutes.markers import ROW_REFERENCE

_REFERENCE_HEAD = re.compile(r"^(?:ref\.?|no\.?|number|action\s+no\.?|#)$", re.I)
_ACTION_HEAD = re.compile(r"^actions?(?:\s+(?:required|agreed))?$", re.I)
_ROW_START = re.compile(rf"^{ROW_REFERENCE}$")


def stacked_tables(raw: list[str]) -> list[str]:
    """``raw`` with each table written a cell a line made rows of tab-separated cells."""
    out: list[str] = []
    index = 0
    while index < len(raw):
        heads = _heading(raw, index)
        if heads is None:
            out.append(raw[index])
            index += 1
            continue
        start, index = index, index + len(heads)
        rows: list[str | None] = []
        shape = _shape(raw[index]) if index < len(raw) else None
        while index < len(raw) and shape is not None:
            if _heading(raw, index) == heads:  # the heading repeated on the next page
                index += len(heads)
                continue
            if not raw[index].strip():  # where a page's foot and head were (`lines` drops them before this)
                ahead = next((n for n in range(index, min(index + 6, len(raw))) if _shape(raw[n]) == shape), None)
                if ahead is not None and not any(line.strip() for line in raw[index:ahead]):
                    index = ahead
                    continue
            if _shape(raw[index]) != shape:
                break
            end = _row_end(raw, index, shape, heads)
            rows.append(_row([line.strip() for line in raw[index:end] if line.strip()], heads))
            index = end
        if rows and all(rows):
            out.extend(["\t".join(heads), *(r for r in rows if r), ""])
        else:  # a row whose lines cannot be shared out: the table as it was
            out.extend(raw[start:index])
    return out


def _row_end(raw: list[str], index: int, shape: str, heads: list[str]) -> int:
    """Where the row starting at ``index`` ends: at the next reference or an empty line, or past the empty lines
    of a page's foot and head when the row's cells go on after them."""
    end = index + 1
    while True:
        while end < len(raw) and raw[end].strip() and _shape(raw[end]) != shape:
            end += 1
        if end >= len(raw) or raw[end].strip() or _row([x.strip() for x in raw[index:end] if x.strip()], heads):
            return end
        following = next((n for n in range(end, min(end + 6, len(raw))) if raw[n].strip()), None)
        if following is None or _shape(raw[following]) == shape:
            return end
        end = following


def _shape(line: str) -> str | None:
    """A row reference's shape ("14/01" and "13/41" alike, not the date "14/03/14"), or None for no reference."""
    text = line.strip()
    return re.sub(r"[A-Za-z]", "A", re.sub(r"\d", "9", text)) if _ROW_START.match(text) else None


def _heading(raw: list[str], index: int) -> list[str] | None:
    """The heading's cells when a stacked heading starts at ``index``: a reference, an action and an owner column,
    a short heading a line, three or more."""
    heads: list[str] = []
    for line in raw[index : index + 8]:
        text = line.strip()
        if not text or "\t" in line or len(text) > 30 or not _HEAD.match(text):
            break
        heads.append(text)
    if len(heads) < 3 or not _REFERENCE_HEAD.match(heads[0]) or not any(_ACTION_HEAD.match(h) for h in heads):
        return None
    return heads if any(_OWNER_HEAD.match(h) and not _ACTION_HEAD.match(h) for h in heads) else None


def _row(lines: list[str], heads: list[str]) -> str | None:
    """One row's cells joined by tabs: a line for each column before the action, the action's lines joined, then
    the cells after it, one of which may go on over a line ("Dr P Nandakumar / Dr T" / "Wierzbicki"); None when
    the lines cannot be shared out so."""
    action = next(n for n, head in enumerate(heads) if _ACTION_HEAD.match(head))
    after = len(heads) - action - 1
    for wrapped in range(1, len(lines) - action - after + 1):  # the fewest lines for the action that fit
        cells = _joined(lines[action + wrapped :], after)
        if cells is not None:
            return "\t".join([*lines[:action], " ".join(lines[action : action + wrapped]), *cells])
    return None


def _joined(lines: list[str], count: int) -> list[str] | None:
    """``lines`` as ``count`` cells, a line that stops short ("… / Dr T", "Fire &", "sub-") joined to the next."""
    cells = list(lines)
    while len(cells) > count:
        short = next((n for n, cell in enumerate(cells[:-1]) if _GOES_ON.search(cell)), None)
        if short is None:
            return None
        cells[short : short + 2] = [f"{cells[short]} {cells[short + 1]}".replace("- ", "-")]
    return cells if len(cells) == count else None


_GOES_ON = re.compile(r"(?:[/&,-]|\band|\b[A-Z]\.?|\b(?:Dr|Mr|Mrs|Ms|DI|DS|DCI|Cllr))$")
