"""Starting a board from its first minutes: the board, and its members from the attendance and the apologies.

With no roster yet, a board's minutes are its best list of members: everyone present or sending apologies, each
with the agency and role the minutes give, and the business manager from "In attendance". The chair, the business
manager and lay members get those roles (the preview names them before anything is stored); everyone else is a
member. Guests, minute takers and people "not present" are not made members.
"""

from __future__ import annotations

import re

from sqlalchemy.orm import Session

from bot.minutes.importer import add_listed_people
from bot.minutes.known import board_role
from bot.minutes.results import Minutes, Person
from bot.tracker.boards import DEFAULT_BOARD_NAME, create_board
from store.models import Board, Role

_BOARD_NAME = re.compile(  # "Northshire Safeguarding Children Board", "Wyldon Fen Joint Safeguarding Board"
    r"\b(?P<name>(?:[A-Z][\w'’-]+[ \t]+){1,4}(?:(?:Local|Joint)\s+)?Safeguarding\s+"
    r"(?:(?:Children(?:'s)?|Adults(?:'s)?)(?:\s+(?:and|&)\s+Adults)?\s+)?(?:Board|Partnership(?:\s+Board)?))",
)


def board_name_in(text: str) -> str:
    """The board's name as the minutes' first lines write it ("Northshire Safeguarding Children Board")."""
    head = "\n".join(text.splitlines()[:40])
    found = _BOARD_NAME.search(head) or _BOARD_NAME.search(_title_case(head))
    if found is None:
        return DEFAULT_BOARD_NAME
    name = " ".join(found["name"].split())
    return re.sub(r"^(?:(?:Minutes|Meeting|The|Of|OFFICIAL(?:[-–\s]+SENSITIVE)?)\s+)+", "", name, flags=re.I)


def _title_case(text: str) -> str:
    """ "NORTHSHIRE SAFEGUARDING CHILDREN BOARD" read as "Northshire Safeguarding Children Board"."""
    return re.sub(r"\b[A-Z][A-Z'’-]+\b", lambda m: m[0].capitalize(), text)


def first_members(minutes: Minutes) -> list[tuple[Person, Role]]:
    """Who a board started from these minutes holds, with the role each gets."""
    people = [*minutes.attendees, *minutes.apologies]
    people += [p for p in minutes.in_attendance if board_role(p.role) is Role.MANAGER]
    return [(person, _role_here(person)) for person in people]


def _role_here(person: Person) -> Role:
    """The board role a listed person gets: a plain "Chair" written beside another organisation ("Chair", "Fernley
    Care Providers' Association") chairs that organisation, not the board; "Independent Chair" and the chair of a
    safeguarding board or partnership chair this one."""
    role = board_role(person.role)
    elsewhere = person.agency and not _BOARD_BODY.search(person.agency)
    if role is Role.CHAIR and elsewhere and not re.search(r"\bindependent\b|\bof\s+the\s+(?:board|partnership)\b",
                                                            person.role or "", re.I):  # fmt: skip
        return Role.MEMBER
    return role


_BOARD_BODY = re.compile(r"safeguarding|\bboard\b|\bpartnership\b|\b(?:lscb|lscp|scb|scp|sab|lsab|sapb|ssab)\b", re.I)


def start_board(session: Session, name: str, minutes: Minutes) -> Board:
    """Create the board and its first members from ``minutes`` (in the caller's transaction)."""
    board = create_board(session, name)
    add_listed_people(session, board.id, first_members(minutes), actor="minutes import")
    return board
