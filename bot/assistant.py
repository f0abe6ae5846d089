"""The assistant: one entry point that every front end (console, Slack, later Teams) talks to.

``Assistant.reply`` takes who wrote, what they wrote and when, and returns a platform-free Reply.
Each call is one database transaction.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.directory import Directory, Person, load_directory
from bot.errors import NotFound
from bot.names import NameIndex
from bot.replies import Reply
from store.db import transaction
from store.models import Board, Member

HELP = """I keep the board's action tracker. Write to me the way minutes are written, for example:
• Record an action: "Viv Townsend to circulate the presentation by end June"
• What you owe: "what do I owe?" — or someone else's: "what does Tony owe?", "show police actions"
• Close one: "A-12 done" or "I've circulated the presentation"
• Apologies: "can't make 10 July, Claire Hill will come instead"
• Audit returns: "S175: 64 of 114 complete, 24 not started", "WMP S11 submitted",
  "how are the S175 audits going?"
• Meetings: "when is the next board?"
Names can be full names, first names, agencies ("Police", "Public Health") or groups ("all members")."""


@dataclass(frozen=True, slots=True)
class Snapshot:
    directory: Directory
    names: NameIndex


class Assistant:
    """The board assistant for one board in one database."""

    def __init__(self, database_url: str, board_id: int) -> None:
        self.database_url = database_url
        self.board_id = board_id
        self._snapshot: Snapshot | None = None
        self._lock = threading.Lock()

    def snapshot(self, session: Session) -> Snapshot:
        """The board's directory and name index, reloaded only when the roster version moves on."""
        version = session.scalar(select(Board.roster_version).where(Board.id == self.board_id))
        if version is None:
            raise NotFound("This board no longer exists.")
        current = self._snapshot
        if current is not None and current.directory.version == version:
            return current
        with self._lock:
            directory = load_directory(session, self.board_id)
            self._snapshot = Snapshot(directory, NameIndex(directory))
            return self._snapshot

    def writer(self, session: Session, name: str) -> Person:
        """The member a console user or script speaks as."""
        match = self.snapshot(session).names.person(name)
        if match.member is not None:
            return match.member
        if match.candidates:
            names = ", ".join(p.name for p in match.candidates)
            raise NotFound(f"{name!r} could be {names}; give the full name.")
        raise NotFound(f"{name!r} is not a member of this board.")

    def reply(self, writer: Person, text: str, now: dt.datetime) -> Reply:
        """Answer one message from a member."""
        with transaction(self.database_url) as session:
            self.snapshot(session)
            words = text.strip().lower().rstrip("?!. ")
            if words in {"help", "what can you do", "commands", "?"}:
                return Reply(HELP, private=True)
            return Reply('I did not understand that. Write "help" to see what I can do.', private=True)

    def resolve(self, writer: Person, payload: dict[str, object], now: dt.datetime) -> Reply:
        """Carry on after the writer picked one of a reply's options."""
        return Reply("That choice is no longer open; please write your message again.", private=True)


def member_id_for_slack_user(session: Session, board_id: int, slack_user_id: str) -> int | None:
    return session.scalar(
        select(Member.id).where(Member.board_id == board_id, Member.slack_user_id == slack_user_id)
    )
