"""Who is writing in Teams: the board of the Microsoft 365 tenant and the member behind the Teams account.

Only tenants listed in ``DSCB_TEAMS_TENANTS`` have a board. A Teams account is known by the user's Microsoft Entra
object id (``from.aadObjectId``), never by a display name. On first contact the Bot Connector is asked for the
member's profile (``GET /v3/conversations/{id}/members/{user}``): its email or user principal name comes from the
tenant's own directory, so it is a verified signal and links the account to the member with that roster email.
Anyone else gets a polite answer and no board data, and the business managers are told once.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from bot.conversation.assistant import Assistant, board_by_name
from bot.directory import Person
from bot.tracker.identity import NOT_ON_ROSTER, FirstContact, Profile, valid_account_id
from handlers.teams.cards import PAGE_SIZE

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Writer:
    assistant: Assistant
    person: Person


class KnownProfile:
    """The core's ``Accounts`` port for one account whose profile the Bot Connector has already given (the
    connector is asynchronous; the core asks synchronously, so the profile is fetched first)."""

    def __init__(self, profile: Profile | None) -> None:
        self._profile = profile

    def profile(self, user_id: str) -> Profile | None:
        return self._profile if self._profile is not None and self._profile.user_id == user_id else None

    def user_for_email(self, email: str) -> str | None:
        return None  # Teams has no look-up by email without Microsoft Graph


class Tenants:
    """The boards of the allowed tenants, and one Assistant per board, shared by every request in this process."""

    def __init__(self, database_url: str, tenants: dict[str, str | None], *, any_tenant: bool = False) -> None:
        """``any_tenant``: a local trial, where every tenant is the database's only board's."""
        self.database_url, self.any_tenant = database_url, any_tenant
        self._named = dict(tenants)
        self._boards: dict[str, int] = {}
        self._assistants: dict[int, Assistant] = {}
        self._lock = threading.Lock()

    def allowed(self, tenant_id: str) -> bool:
        return bool(tenant_id) and (self.any_tenant or tenant_id.lower() in self._named)

    def board_id(self, tenant_id: str) -> int:
        """The tenant's board: the one named for it, or the database's only board (set up on first use)."""
        tenant = "" if self.any_tenant else tenant_id.lower()
        with self._lock:
            if tenant not in self._boards:
                self._boards[tenant] = board_by_name(self.database_url, self._named.get(tenant))
            return self._boards[tenant]

    def board_ids(self) -> set[int]:
        """Every board served here (each tenant's)."""
        return {self.board_id(tenant) for tenant in self._named} | ({self.board_id("")} if self.any_tenant else set())

    def assistant(self, tenant_id: str) -> Assistant:
        board_id = self.board_id(tenant_id)
        with self._lock:
            if board_id not in self._assistants:
                self._assistants[board_id] = Assistant(self.database_url, board_id, page_size=PAGE_SIZE)
            return self._assistants[board_id]

    def in_memory(self, tenant_id: str, aad_id: str) -> Writer | None:
        """The member linked to this account, when this process already holds the tenant's board and roster (no
        database, so it is called on the event loop); None otherwise, and ``known`` asks the database."""
        board_id = self._boards.get("" if self.any_tenant else tenant_id.lower())
        assistant = self._assistants.get(board_id) if board_id is not None else None
        person = assistant.member_in_memory(aad_id.lower(), "teams") if assistant is not None else None
        return Writer(assistant, person) if assistant is not None and person is not None else None

    def known(self, tenant_id: str, aad_id: str) -> Writer | None:
        """The member already linked to this account, if any (no platform call)."""
        assistant = self.assistant(tenant_id)
        person = assistant.member_for_chat_user(aad_id.lower(), "teams")
        return Writer(assistant, person) if person is not None else None

    def first_contact(self, tenant_id: str, aad_id: str, profile: Profile | None) -> Writer | FirstContact:
        """Link the account by its verified email, or what the managers should be told about it."""
        assistant = self.assistant(tenant_id)
        found = assistant.chat_account(aad_id.lower(), KnownProfile(profile), "teams")
        return Writer(assistant, found) if isinstance(found, Person) else found

    def refusal(self, tenant_id: str) -> str:
        return NOT_ON_ROSTER.format(board=self.assistant(tenant_id).snapshot_now().directory.board_name)


def account_id(value: object) -> str | None:
    """A Teams user's Entra object id from an activity, when it has the right shape."""
    return value.lower() if isinstance(value, str) and valid_account_id("teams", value.lower()) else None


def tenant_from(channel_data: object, conversation_tenant: object) -> str:
    """The Microsoft 365 tenant of an activity: ``channelData.tenant.id``, else the conversation's ``tenantId``."""
    held = channel_data.get("tenant") if isinstance(channel_data, dict) else None
    tenant = held.get("id") if isinstance(held, dict) else None
    tenant = tenant or conversation_tenant
    return tenant.lower() if isinstance(tenant, str) else ""
