"""The demo board the product ships, so it can be tried with no Slack workspace and no data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy.orm import Session

from bot.tracker.boards import create_board
from bot.tracker.meetings import add_meeting
from bot.tracker.roster import import_roster, read_roster
from store.models import Board

DEMO_ROSTER = Path(__file__).resolve().parent.parent / "data" / "demo-roster.csv"
DEMO_BOARD_NAME = "Demo Safeguarding Children Board"
DEMO_VENUE = "Saltwells Education Centre"


def create_demo_board(session: Session, today: dt.date) -> Board:
    """A board with the demo roster and its next three bi-monthly Friday board meetings."""
    board = create_board(session, DEMO_BOARD_NAME)
    board.short_name = "Demo"
    import_roster(session, board.id, read_roster(DEMO_ROSTER), actor="demo set-up")
    first = today + dt.timedelta(days=14 + (4 - today.weekday()) % 7)
    for n in range(3):
        add_meeting(
            session,
            board.id,
            first + dt.timedelta(weeks=8 * n),
            start=dt.time(10),
            end=dt.time(14),
            venue=DEMO_VENUE,
            actor="demo set-up",
        )
    return board
