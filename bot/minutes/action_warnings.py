"""What the preview says about an action read from minutes that it could not read with confidence: no owner, an
owner not on the roster, a name that could be several people, a due date it could not place or read."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from rapidfuzz import fuzz

from bot.minutes.action_owners import MONTH_NAMES, UNREAD_DUE
from bot.minutes.results import MinutesAction
from bot.understanding.dates import find_dates
from bot.understanding.names import NameIndex
from bot.understanding.text import fold


def shorten(text: str, limit: int = 60) -> str:
    """``text`` cut at a word to about ``limit`` characters, with "..." when cut."""
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:–—-") + "..."


def action_warnings(
    action: MinutesAction, quote: str, joining: set[str], unread: Callable[[], str | None]
) -> list[str]:
    """The warnings for one action, each naming its item and quoting it; ``joining`` holds the folded names of
    those the minutes' attendance adds to the board, ``unread`` finds due wording that is not a date."""
    where = f"Item {action.item}" if action.item else "No agenda item"  # no reference yet: named by its item
    said: list[str] = []
    if not action.owners and not action.ambiguous:
        said.append(f"{where}: no owner: {quote}")
    for owner in action.owners:
        if owner.kind == "unknown" and fold(owner.name) not in joining:
            said.append(f"{where}: {owner.name} is not on the roster: {quote}")
    for unclear in action.ambiguous:
        candidates = " or ".join([p.name for p in unclear.candidates] + [a.name for a in unclear.agencies])
        said.append(f"{where}: '{unclear.text}' could be {candidates}: {quote}")
    if action.due is None and not action.asap:
        if action.due_wording:
            said.append(f"{where}: no date known for '{action.due_wording}': {quote}")
        elif (written := unread()) is not None:
            said.append(f"{where}: could not read the due date '{written}': {quote}")
    return said


def unread_due(text: str, now: dt.datetime, board_dates: Sequence[dt.date], names: NameIndex) -> str | None:
    """Due wording that looks like a date but is not one ("by 31/02/2015", "by Septembr")."""
    spans = [m.span for m in find_dates(text, now, board_dates)]
    for found in UNREAD_DUE.finditer(text):
        if any(a < found.end() and found.start() < b for a, b in spans):
            continue
        word = found["w"].split()[0].lower()
        if any(c.isdigit() for c in word):
            return found[0].strip()
        if names.is_known_word(word) or found["w"][:1].islower():
            continue
        if any(fuzz.ratio(word, month) >= 80 for month in MONTH_NAMES):
            return found[0].strip()
    return None
