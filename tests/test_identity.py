"""Account linking is the core's: any front end asks ``Assistant.chat_account`` through the ``Accounts`` port, and
only a verified email (or the manager) links an account. These tests use a plain fake port, no chat platform."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.conversation.assistant import Assistant
from bot.directory import Person
from bot.tracker.identity import FirstContact, Profile, chat_users
from tests.conftest import make_board


@dataclass
class Accounts:
    """What a platform would say: profiles by account id, accounts by verified email."""

    profiles: dict[str, Profile] = field(default_factory=dict)
    asked: list[str] = field(default_factory=list)

    def profile(self, user_id: str) -> Profile | None:
        self.asked.append(user_id)
        return self.profiles.get(user_id)

    def user_for_email(self, email: str) -> str | None:
        return next((p.user_id for p in self.profiles.values() if p.email == email), None)


def test_a_verified_email_links_and_a_display_name_only_suggests(database_url: str) -> None:
    assistant = Assistant(database_url, make_board(database_url))
    accounts = Accounts({
        "UMARTINE1": Profile("UMARTINE1", "M. McFadden", "martine.mcfadden@example.org"),
        "UFAKE1": Profile("UFAKE1", "Martine McFadden", "martine@elsewhere.example"),
    })  # fmt: skip
    manager = assistant.chat_account("UMARTINE1", accounts)
    assert isinstance(manager, Person) and manager.name == "Martine McFadden"
    impostor = assistant.chat_account("UFAKE1", accounts)
    assert isinstance(impostor, FirstContact) and impostor.member is None
    assert impostor.manager_user_ids == ("UMARTINE1",)
    assert impostor.notice is not None and "display name matches Martine McFadden" in impostor.notice
    again = assistant.chat_account("UFAKE1", accounts)
    assert isinstance(again, FirstContact) and again.notice is None  # the managers are told once
    assert isinstance(assistant.chat_account("UMARTINE1", accounts), Person)
    assert accounts.asked == ["UMARTINE1", "UFAKE1", "UFAKE1"]  # a linked account is known without asking


def test_members_given_actions_are_found_by_their_roster_email(database_url: str) -> None:
    assistant = Assistant(database_url, make_board(database_url))
    accounts = Accounts({"UVIV1": Profile("UVIV1", "Viv", "viv.townsend@example.org")})
    viv, tony = (assistant.snapshot_now().names.person(name).member for name in ("Viv Townsend", "Tony Oakman"))
    assert viv is not None and tony is not None
    assert chat_users(database_url, [viv.id, tony.id], accounts) == {viv.id: "UVIV1"}
    found = assistant.chat_account("UVIV1", Accounts())  # linked now: the platform need not be asked
    assert isinstance(found, Person) and found.id == viv.id
