"""The result of reading minutes: the meeting, the people listed, actions and decisions, and their JSON form.

These are the types :func:`bot.minutes.reader.parse_minutes` returns and :mod:`bot.minutes.importer` takes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from bot.understanding.interpretation import Ambiguity, Owner


@dataclass(frozen=True, slots=True)
class MeetingTime:
    """When and where a meeting is held."""

    date: dt.date
    start: dt.time | None = None
    end: dt.time | None = None
    venue: str | None = None


@dataclass(frozen=True, slots=True)
class Person:
    """Someone in the attendance list, as written in the minutes (with a named representative for apologies), with
    the role and initials the minutes give them and, for a representative, whom they came for."""

    name: str
    agency: str | None = None
    representative: str | None = None
    role: str | None = None
    initials: str | None = None
    representing: str | None = None


@dataclass(frozen=True, slots=True)
class MinutesAction:
    """An action recorded in an agenda item: its text as written, owners and due date as understood."""

    item: str | None
    text: str
    owners: tuple[Owner, ...]
    ambiguous: tuple[Ambiguity, ...]
    due: dt.date | None
    asap: bool
    due_wording: str | None


@dataclass(frozen=True, slots=True)
class Decision:
    """Something the board decided, approved, agreed or signed off: recorded, not tracked."""

    item: str | None
    text: str


@dataclass(frozen=True)
class Minutes:
    """What one set of minutes records, and what the board manager should check before importing it."""

    meeting: MeetingTime
    next_meeting: MeetingTime | None
    attendees: tuple[Person, ...]
    apologies: tuple[Person, ...]
    actions: tuple[MinutesAction, ...]
    decisions: tuple[Decision, ...]
    warnings: tuple[str, ...]
    title: str | None = None
    in_attendance: tuple[Person, ...] = ()  # officers, minute takers, guests: there, but not members present
    absent: tuple[Person, ...] = ()  # members listed as not present, without apologies


def _meeting_json(meeting: MeetingTime) -> dict[str, Any]:
    return {
        "date": meeting.date.isoformat(),
        "start": meeting.start.strftime("%H:%M") if meeting.start else None,
        "end": meeting.end.strftime("%H:%M") if meeting.end else None,
        "venue": meeting.venue,
    }


def _person_json(person: Person) -> dict[str, Any]:
    return {"name": person.name, "agency": person.agency, "role": person.role, "initials": person.initials}


def minutes_as_json(minutes: Minutes) -> dict[str, Any]:
    """The import's JSON form: dates ISO, times "HH:MM"."""
    return {
        "meeting": _meeting_json(minutes.meeting),
        "attendees": [_person_json(p) for p in minutes.attendees],
        "apologies": [{**_person_json(p), "representative": p.representative} for p in minutes.apologies],
        "in_attendance": [_person_json(p) for p in minutes.in_attendance],
        "not_present": [_person_json(p) for p in minutes.absent],
        "next_meeting": _meeting_json(minutes.next_meeting) if minutes.next_meeting else None,
        "actions": [
            {
                "item": a.item,
                "text": a.text,
                "owners": [o.as_json() for o in a.owners],
                "due": a.due.isoformat() if a.due else None,
                "asap": a.asap,
            }
            for a in minutes.actions
        ],
        "decisions": [{"item": d.item, "text": d.text} for d in minutes.decisions],
        "warnings": list(minutes.warnings),
    }
