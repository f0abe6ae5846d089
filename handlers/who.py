"""Who is writing: the board of the Slack workspace and the member behind the Slack user.

On first contact the user is looked up (users.info) and linked to the member whose email matches, or whose
name matches clearly; otherwise the business manager is told once, and the user gets a polite answer and no
board data.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from sqlalchemy.orm import Session

from bot.assistant import Assistant, first_delivery
from bot.boards import board_for_team
from bot.directory import Person
from bot.identity import Profile, link, managers, match_profile
from handlers.blocks import PAGE_SIZE
from handlers.markup import escape
from store.db import run_in_transaction, transaction

log = logging.getLogger(__name__)

NOT_ON_ROSTER = (
    "Hello! I keep the action tracker for {board}. I can't find you on the board's roster, so I can't share "
    "board business with you. I've let the business manager know you were in touch; they can add or link you."
)


@dataclass(frozen=True, slots=True)
class Writer:
    assistant: Assistant
    person: Person


class Directory:
    """One Assistant per board, shared by every request in this process."""

    def __init__(self, database_url: str) -> None:
        self.database_url = database_url
        self._assistants: dict[int, Assistant] = {}
        self._boards: dict[str, int] = {}
        self._lock = threading.Lock()

    def assistant(self, board_id: int) -> Assistant:
        with self._lock:
            if board_id not in self._assistants:
                self._assistants[board_id] = Assistant(self.database_url, board_id, page_size=PAGE_SIZE)
            return self._assistants[board_id]

    def board_id(self, team_id: str) -> int:
        """The workspace's board (set up on first contact); remembered, since a workspace's board never changes."""
        known = self._boards.get(team_id)
        if known is not None:
            return known
        board_id = run_in_transaction(self.database_url, lambda session: board_for_team(session, team_id).id)
        self._boards[team_id] = board_id
        return board_id

    def writer(self, client: WebClient, team_id: str, user_id: str) -> Writer | str:
        """The writer, or the polite refusal to send someone who is not on the roster."""
        assistant = self.assistant(self.board_id(team_id))
        person = assistant.member_for_chat_user(user_id)
        if person is not None:
            return Writer(assistant, person)
        profile = _profile(client, user_id)
        with transaction(self.database_url) as session:
            snapshot = assistant.snapshot(session)
            member = match_profile(session, assistant.board_id, profile, snapshot.names) if profile else None
            if member is not None:
                link(session, assistant.board_id, user_id, member, actor="Slack: matched on first contact")
            else:
                to_tell = self._unlinked(session, assistant.board_id, user_id)
        person = assistant.member_for_chat_user(user_id)  # linked by us, or meanwhile by another request
        if person is not None:
            return Writer(assistant, person)
        if member is not None:
            to_tell = []
        _tell_managers(client, to_tell, user_id, profile)
        return NOT_ON_ROSTER.format(board=snapshot.directory.board_name)

    def _unlinked(self, session: Session, board_id: int, user_id: str) -> list[str]:
        """The managers to tell about an unknown user, once per user."""
        if not first_delivery(session, board_id, f"unlinked:{user_id}"):
            return []
        return [m.slack_user_id for m in managers(session, board_id) if m.slack_user_id]


def _profile(client: WebClient, user_id: str) -> Profile | None:
    try:
        user: dict[str, Any] = client.users_info(user=user_id)["user"]
    except SlackApiError as error:
        log.warning("users.info failed for %s: %s", user_id, error.response.get("error"))
        return None
    if user.get("is_bot") or user.get("deleted"):
        return None
    profile = user.get("profile") or {}
    return Profile(user_id, profile.get("real_name") or user.get("real_name"), profile.get("email"))


def _tell_managers(client: WebClient, manager_ids: list[str], user_id: str, profile: Profile | None) -> None:
    who = f"<@{user_id}>"
    if profile and (profile.real_name or profile.email):
        details = ", ".join(x for x in (profile.real_name, profile.email) if x)
        who += f" ({escape(details)})"
    text = (
        f"{who} wrote to me but is not linked to anyone on the board's roster. If they are a member, link them "
        f'with `dscb link {user_id} "Member Name"` or add them to the roster.'
    )
    for manager in manager_ids:
        try:
            client.chat_postMessage(channel=manager, text=text)
        except SlackApiError as error:
            log.warning("could not tell the manager about %s: %s", user_id, error.response.get("error"))
