"""What the assistant says, independent of any chat platform.

Front ends (the console, Slack, later Teams) render a Reply: plain text they must escape, a list of
actions, and optionally a question with options whose payloads come back through ``Assistant.resolve``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class ActionView:
    """One action as a person sees it."""

    ref: str
    text: str
    owners: tuple[str, ...]
    due: dt.date | None
    asap: bool
    status: str
    overdue: bool = False
    progress: str | None = None  # "21 of 30 done" for group actions

    def due_words(self, today: dt.date) -> str:
        if self.due:
            return f"due {format_day(self.due, today)}"
        return "as soon as possible" if self.asap else "no due date"


@dataclass(frozen=True, slots=True)
class Listing:
    """Where a reply's actions sit in a longer listing: one page, from ``offset``, of ``total`` actions.

    ``query`` asks for the same listing again (``Assistant.query(writer, query, now, page=n)``), so a
    front end can offer the next page.
    """

    total: int
    offset: int
    page_size: int
    query: str = ""

    @property
    def page(self) -> int:
        return self.offset // self.page_size

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.page_size))


@dataclass(frozen=True, slots=True)
class Option:
    """One answer to a question; ``payload`` is plain JSON so a button can carry it."""

    label: str
    payload: dict[str, Any]
    answers: tuple[str, ...] = ()  # typed words that also pick it ("yes" for a lone "did you mean …?")


@dataclass(frozen=True, slots=True)
class Correction:
    """A field of a preview the person may correct before confirming: one action's owner or its due date.

    ``key`` is what the confirmation carries back ("owner:3", "due:3"); ``choices`` are (value, label) pairs for
    an owner (the board's members), ``current`` the value as read (a member id or an ISO date), if any."""

    key: str
    label: str
    kind: str  # "owner" or "due"
    current: str | None = None
    choices: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Reply:
    text: str
    actions: tuple[ActionView, ...] = ()
    options: tuple[Option, ...] = ()
    private: bool = False
    stored: bool = False  # whether this reply confirms a change to the tracker
    duplicate: bool = False  # a redelivery of a message already answered: say nothing
    listing: Listing | None = None  # set when ``actions`` is one page of a longer list
    extra: dict[str, Any] = field(default_factory=dict)
    corrections: tuple[Correction, ...] = ()  # fields to correct before confirming (a minutes preview)


def format_day(day: dt.date, today: dt.date) -> str:
    """'Tue 30 June', with the year when it is not this year."""
    return f"{day:%a} {day.day} {day:%B}" + (f" {day.year}" if day.year != today.year else "")
