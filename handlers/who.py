"""Who is writing: the board of the Slack workspace and the member behind the Slack user.

On first contact the user is looked up (users.info) and linked to the member whose roster email is the
account's email (Slack verifies it); a display name is never an identity. Anyone else gets a polite answer and
no board data, and the business managers are told once (with a suggestion when the display name matches a
member). Only workspaces the app is installed in get a board.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.assistant import Assistant
from bot.boards import board_for_team
from bot.directory import Person
from bot.identity import FirstContact, Profile, first_contact
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

    def board_id(self, team_id: str, *, installed: bool = True) -> int:
        """The workspace's board; remembered, since a workspace's board never changes. A workspace the app is
        installed in gets one on first contact; any other gets NotFound and nothing is created."""
        known = self._boards.get(team_id)
        if known is not None:
            return known
        board_id = run_in_transaction(
            self.database_url, lambda session: board_for_team(session, team_id, installed=installed).id
        )
        self._boards[team_id] = board_id
        return board_id

    def writer(self, client: WebClient, team_id: str, user_id: str, *, installed: bool = True) -> Writer | str:
        """The writer, or the polite refusal to send someone who is not on the roster."""
        assistant = self.assistant(self.board_id(team_id, installed=installed))
        person = assistant.member_for_chat_user(user_id)
        if person is not None:
            return Writer(assistant, person)
        profile = _profile(client, user_id)
        with transaction(self.database_url) as session:
            snapshot = assistant.snapshot(session)
            contact = first_contact(session, assistant.board_id, profile, user_id, snapshot.names)
        person = assistant.member_for_chat_user(user_id)  # linked by us, or meanwhile by another request
        if person is not None:
            return Writer(assistant, person)
        _tell_managers(client, contact, user_id)
        return NOT_ON_ROSTER.format(board=snapshot.directory.board_name)


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


def _tell_managers(client: WebClient, contact: FirstContact, user_id: str) -> None:
    """The core's notice about an account it did not link, to each business manager (user text escaped)."""
    if not contact.notice:
        return
    text = f"<@{user_id}>: {escape(contact.notice)}"
    for manager in contact.manager_user_ids:
        try:
            client.chat_postMessage(channel=manager, text=text)
        except SlackApiError as error:
            log.warning("could not tell the manager about %s: %s", user_id, error.response.get("error"))
