"""Which meeting a message means: "the next board", "the July meeting", "10/07", "today", "the board after next"."""

from __future__ import annotations

import datetime as dt
import re

from bot.dates import find_dates
from bot.directory import Directory, MeetingInfo
from store.models import MeetingKind

_MONTHS = "january february march april may june july august september october november december".split()
_MONTH = re.compile(
    r"\b(?:the\s+|in\s+|for\s+)(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b(?!\s+\d)",
    re.I,
)
_MONTH_BOARD = re.compile(
    r"\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\s+(?:board|meeting|dscb|lscb)\b",
    re.I,
)
_AFTER_NEXT = re.compile(r"\b(?:board|meeting) after next\b|\bafter the next (?:board|meeting)\b", re.I)
_LAST = re.compile(r"\b(?:last|previous) (?:board|meeting)\b|\blast time\b", re.I)
_TODAY = re.compile(r"\btoday(?:'s)?\b|\bthis morning\b|\bthis afternoon\b", re.I)
_NEXT = re.compile(r"\bnext (?:board|meeting|dscb|lscb)\b", re.I)


def month_number(word: str) -> int:
    return next(i for i, name in enumerate(_MONTHS, start=1) if name.startswith(word.lower()[:3]))


def boards(directory: Directory) -> list[MeetingInfo]:
    return [m for m in directory.meetings if m.kind is MeetingKind.BOARD]


def board_in_month(directory: Directory, month: int, today: dt.date) -> dt.date | None:
    """The first board meeting in that month, this year or the next (whichever comes first from today)."""
    for meeting in boards(directory):
        if meeting.date.month == month and meeting.date >= today - dt.timedelta(days=31):
            return meeting.date
    return None


def meeting_meant(
    text: str, now: dt.datetime, directory: Directory, *, default_next: bool = True
) -> dt.date | None:
    """The date of the meeting a message refers to; by default the next board meeting after today."""
    today = now.date()
    upcoming = [m.date for m in boards(directory) if m.date > today]
    if _AFTER_NEXT.search(text):
        return upcoming[1] if len(upcoming) > 1 else None
    if _LAST.search(text):
        past = [m.date for m in boards(directory) if m.date < today]
        return past[-1] if past else None
    for mention in find_dates(text, now, directory.board_dates):
        if mention.date is not None and any(ch.isdigit() for ch in mention.wording):
            return mention.date
    if _TODAY.search(text):
        return today
    month = _MONTH_BOARD.search(text) or _MONTH.search(text)
    if month:
        return board_in_month(directory, month_number(month.group(1)), today)
    if _NEXT.search(text) or default_next:
        return upcoming[0] if upcoming else None
    return None
