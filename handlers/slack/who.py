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

from bot.conversation.assistant import Assistant, board_for_workspace
from bot.directory import Person
from bot.tracker.identity import NOT_ON_ROSTER, FirstContact, Profile
from handlers.slack.blocks import PAGE_SIZE
from handlers.slack.markup import escape

log = logging.getLogger(__name__)


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
        if known is None:
            known = self._boards[team_id] = board_for_workspace(self.database_url, team_id, installed=installed)
        return known

    def writer(self, client: WebClient, team_id: str, user_id: str, *, installed: bool = True) -> Writer | str:
        """The writer, or the polite refusal to send someone who is not on the roster."""
        assistant = self.assistant(self.board_id(team_id, installed=installed))
        found = assistant.chat_account(user_id, SlackAccounts(client))
        if isinstance(found, Person):
            return Writer(assistant, found)
        _tell_managers(client, found, user_id)
        return NOT_ON_ROSTER.format(board=assistant.snapshot_now().directory.board_name)


class SlackAccounts:
    """The core's ``Accounts`` port on Slack's Web API: users.info and users.lookupByEmail (Slack verifies the
    emails it gives)."""

    def __init__(self, client: WebClient) -> None:
        self.client = client

    def profile(self, user_id: str) -> Profile | None:
        try:
            user: dict[str, Any] = self.client.users_info(user=user_id)["user"]
        except SlackApiError as error:
            log.warning("users.info failed for %s: %s", user_id, error.response.get("error"))
            return None
        if user.get("is_bot") or user.get("deleted"):
            return None
        profile = user.get("profile") or {}
        return Profile(user_id, profile.get("real_name") or user.get("real_name"), profile.get("email"))

    def user_for_email(self, email: str) -> str | None:
        try:
            found = self.client.users_lookupByEmail(email=email)["user"]["id"]
        except (SlackApiError, KeyError, TypeError):
            return None
        return found if isinstance(found, str) else None


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
