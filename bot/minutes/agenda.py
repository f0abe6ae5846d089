"""The agenda items' titles of a set of minutes ("4" -> "Section 11 audit"), kept with the meeting for the tracker.

``agenda_titles`` reads them from the item headings ``bot.minutes.lines`` finds; ``record_agenda`` keeps them as a
meeting's "agenda" event (no schema of their own: the latest such event is the meeting's agenda), and
``agenda_of`` reads one back, for the tracker report's section headings ("Item 4 – Section 11 audit").
"""

from __future__ import annotations

import datetime as dt
import html
import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.events import record_event
from bot.minutes.lines import _INVISIBLE, _item_starts, _markdown_row
from store.models import Event, Meeting, MeetingKind

AGENDA_CHANGE = "agenda"  # the meeting event that holds its items' titles
MAX_TITLE = 80  # characters; a longer heading is cut at a word, with "…"

_BLOCK = re.compile(r"</?(?:p|div|br|li|ul|ol|tr|td|th|table|h[1-6]|blockquote|section|hr)\b[^<>\n]{0,300}>", re.I)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,20}\b[^<>\n]{0,300}>")
_LEAD = re.compile(r"^[\s.:)–—*_#-]+")
_TRAIL = re.compile(r"[\s*_:.–—-]+$")


def agenda_titles(text: str) -> dict[str, str]:
    """Each agenda item's title, by item number as the actions keep it ("4"), from the text on its heading's line:
    "4.<tab><u>Section 11 audit</u> …", "## 4. Section 11 audit", "Item 4 – Section 11 audit"."""
    raw = text.replace("\r\n", "\n").replace("\r", "\n").translate(_INVISIBLE).split("\n")
    raw = [row for row in (_markdown_row(line) for line in raw) if row is not None]
    titles: dict[str, str] = {}
    for index, number, cut in _item_starts(raw):
        if number is None or number in titles:
            continue
        title = _title(raw[index][cut:])
        if title:
            titles[number] = title
    return titles


def _title(heading: str) -> str:
    """The first block of a heading line, without markup: the title, not the item's text that follows it."""
    first = next((part for part in _BLOCK.split(heading) if _TAG.sub("", part).strip()), "")
    words = " ".join(html.unescape(_TAG.sub("", first)).split())
    words = _TRAIL.sub("", _LEAD.sub("", words.split("\t")[0].replace("**", "").replace("__", "")))
    if len(words) > MAX_TITLE:
        words = words[:MAX_TITLE].rsplit(" ", 1)[0].rstrip(" ,;:–-") + "…"
    return words


def record_minutes_agenda(session: Session, board_id: int, day: dt.date, text: str, *, actor: str) -> bool:
    """Keep the titles of the items of the minutes ``text`` with the board meeting of ``day`` (just imported)."""
    meeting_id = session.scalar(
        select(Meeting.id)
        .where(Meeting.board_id == board_id, Meeting.date == day, Meeting.kind == MeetingKind.BOARD)
        .order_by(Meeting.id)
        .limit(1)
    )
    if meeting_id is None:
        return False
    return record_agenda(session, board_id, meeting_id, agenda_titles(text), actor=actor)


def record_agenda(session: Session, board_id: int, meeting_id: int, titles: dict[str, str], *, actor: str) -> bool:
    """Keep a meeting's items' titles (in the caller's transaction); nothing when they are already kept."""
    if not titles or titles == latest_agenda(session, board_id, meeting_id):
        return False
    record_event(session, board_id, "meeting", meeting_id, AGENDA_CHANGE, actor=actor, new={"items": titles})
    return True


def latest_agenda(session: Session, board_id: int, meeting_id: int) -> dict[str, str]:
    """The titles last kept for a meeting's items (empty when none were)."""
    new = session.scalar(
        select(Event.new)
        .where(Event.board_id == board_id, Event.entity == "meeting", Event.entity_id == meeting_id,
               Event.change == AGENDA_CHANGE)
        .order_by(Event.id.desc())
        .limit(1)
    )  # fmt: skip
    return agenda_of(new)


def agenda_of(new: Any) -> dict[str, str]:
    """The titles an "agenda" event's ``new`` holds, by item number (empty for anything else)."""
    items = new.get("items") if isinstance(new, dict) else None
    if not isinstance(items, dict):
        return {}
    return {str(number): str(title) for number, title in items.items() if title}
