"""A running Teams front end for end-to-end tests: the real Agents SDK application over HTTP on loopback, a fake
Bot Connector it replies to, and a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from handlers.teams.app import TeamsApp, web_app
from handlers.teams.outbox import TeamsSender
from handlers.teams.settings import TeamsSettings
from store import db
from tests.conftest import SEED_NOW, add_board_meetings, make_board
from tests.teams.connector import FakeConnector, Served, TeamsUser

TENANT = "3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b"
OTHER_TENANT = "0d9e8f7a-6b5c-4d3e-2f1a-0b9c8d7e6f5a"
BOT = "28:board-assistant"
ANONYMOUS = {"CONNECTIONS__SERVICE_CONNECTION__SETTINGS__ANONYMOUS_ALLOWED": "true"}
# Teams accounts: the tenant's directory gives each an email; only a roster email links an account to a member.
USERS = {
    "martine": TeamsUser("29:martine", "a1a1a1a1-0000-4000-8000-000000000001", "Martine McFadden",
                         "martine.mcfadden@example.org"),
    "viv": TeamsUser("29:viv", "a1a1a1a1-0000-4000-8000-000000000002", "Viv Townsend", "viv.townsend@example.org"),
    "tony": TeamsUser("29:tony", "a1a1a1a1-0000-4000-8000-000000000003", "Tony Oakman", "tony.oakman@example.org"),
    "sally": TeamsUser("29:sally", "a1a1a1a1-0000-4000-8000-000000000004", "Sally Holmes",
                       "sally.holmes@example.org"),
    # A display name anyone could set: it matches a member, the directory's email does not.
    "impostor": TeamsUser("29:impostor", "a1a1a1a1-0000-4000-8000-000000000009", "Sally Holmes",
                          "sally.h@elsewhere.example"),
}  # fmt: skip


@dataclass
class Posted:
    status: int
    body: Any


@dataclass
class TeamsBoard:
    connector: FakeConnector
    url: str
    database_url: str
    board_id: int
    served: Served | None = None
    app: TeamsApp | None = None
    _count: int = 0

    def sender(self) -> TeamsSender:
        """The outbox's sender on the served application's event loop (for digests and notices run by a test)."""
        assert self.app is not None and self.served is not None
        return TeamsSender(self.app.adapter, self.app.settings.app_id, self.served.loop)

    def post(self, activity: dict[str, Any], *, raw: bytes | None = None, token: str | None = None) -> Posted:
        """POST an activity to the assistant, as the Bot Connector does."""
        data = raw if raw is not None else json.dumps(activity).encode()
        headers = {"Content-Type": "application/json"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        request = urllib.request.Request(f"{self.url}/api/messages", data=data, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                text = response.read().decode()
                return Posted(response.status, json.loads(text) if text else None)
        except urllib.error.HTTPError as error:
            text = error.read().decode()
            return Posted(error.code, json.loads(text) if text.startswith("{") else text)

    def activity(
        self, who: str, *, kind: str = "message", conversation: str | None = None,
        conversation_type: str = "personal", tenant: str = TENANT, **fields: Any,
    ) -> dict[str, Any]:  # fmt: skip
        """An activity from one of ``USERS`` in their personal chat (or the conversation given)."""
        user = USERS[who]
        self._count += 1
        return {
            "type": kind, "id": f"act-{self._count}", "channelId": "msteams", "serviceUrl": self.connector.url + "/",
            "from": {"id": user.teams_id, "name": user.name, "aadObjectId": user.aad},
            "recipient": {"id": BOT, "name": "Board assistant"},
            "conversation": {"id": conversation or f"a:personal-{who}", "conversationType": conversation_type,
                             "tenantId": tenant},
            "channelData": {"tenant": {"id": tenant}},
            **fields,
        }  # fmt: skip

    def say(self, who: str, text: str, *, token: str | None = None, **fields: Any) -> Posted:
        return self.post(self.activity(who, text=text, **fields), token=token)

    def click(self, who: str, verb: str, data: dict[str, Any], **fields: Any) -> Posted:
        """An ``Action.Execute`` on a card the assistant sent."""
        value = {"action": {"type": "Action.Execute", "verb": verb, "data": data}, "trigger": "manual"}
        return self.post(self.activity(who, kind="invoke", name="adaptiveCard/action", value=value, **fields))

    def replies(self, conversation: str | None = None) -> list[dict[str, Any]]:
        sent = [c.body for c in self.connector.sent()]
        return [b for b in sent if conversation is None or b["conversation"]["id"] == conversation]

    def last_text(self) -> str:
        """What the last reply said: its text, or its card's text blocks joined."""
        return said(self.replies()[-1])


def said(activity: dict[str, Any]) -> str:
    if activity.get("text"):
        return str(activity["text"])
    return card_text(activity["attachments"][0]["content"])


def card_text(card: dict[str, Any]) -> str:
    """Every TextBlock's text in a card, in order (cards shown inside actions too)."""
    out: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "TextBlock":
                out.append(str(node.get("text", "")))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(card)
    return "\n".join(out)


def buttons(card: dict[str, Any]) -> list[dict[str, Any]]:
    """Every Action.Execute in a card, nested ones included."""
    found: list[dict[str, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") == "Action.Execute":
                found.append(node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(card)
    return found


@pytest.fixture
def connector() -> Iterator[FakeConnector]:
    with FakeConnector() as fake:
        for user in USERS.values():
            fake.add_user(user)
        yield fake


def serve(database_url: str, env: dict[str, str]) -> tuple[Served, TeamsApp]:
    tenants = {"DSCB_TEAMS_TENANTS": f"{TENANT}=Dudley Safeguarding Children Board"}
    settings = TeamsSettings.from_env({**tenants, **env}, dev=env == ANONYMOUS)
    app = TeamsApp(settings, database_url, lambda: SEED_NOW)
    return Served(web_app(app)), app


@pytest.fixture
def teams_board(database_url: str, connector: FakeConnector) -> Iterator[TeamsBoard]:
    """The seed board (30 members, its meetings) behind the running Teams front end, on both databases."""
    board_id = make_board(database_url)
    add_board_meetings(database_url, board_id)
    served, app = serve(database_url, ANONYMOUS)
    try:
        yield TeamsBoard(connector, served.url, database_url, board_id, served, app)
    finally:
        served.stop()
        db.engine_for(database_url).dispose()
