"""The token check in front of the Teams front end, as production runs it (no ``ANONYMOUS_ALLOWED``): the Agents
SDK's own validator, with the Bot Framework's signing keys served by the fake connector on loopback. A request
without a token, with a forged, expired or someone else's token is refused with 401 before anything is read."""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Iterator
from typing import Any

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm
from microsoft_agents.authentication.msal import MsalAuth
from microsoft_agents.hosting.core.authorization.authentication_constants import AuthenticationConstants
from microsoft_agents.hosting.core.authorization.jwt import jwt_token_validator

from store.models import Action, ChatAddress, Member
from tests.conftest import count_rows, make_board
from tests.teams.conftest import TeamsBoard, serve
from tests.teams.connector import FakeConnector

APP_ID = "5b1c6f0e-2d3a-4c4b-9e8f-7a6b5c4d3e2f"
ISSUER = "https://api.botframework.com"
PRODUCTION = {
    "CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTID": APP_ID,
    "CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTSECRET": "not-used-here",
    "CONNECTIONS__SERVICE_CONNECTION__SETTINGS__TENANTID": "3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b",
}
KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
OUTBOUND = "outbound-test-token"
STRANGER_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)


def token(*, key: Any = KEY, audience: str = APP_ID, expires: int = 600, kid: str = "board-test") -> str:
    now = int(dt.datetime.now(dt.UTC).timestamp())
    claims = {"iss": ISSUER, "aud": audience, "iat": now, "nbf": now - 5, "exp": now + expires,
              "serviceurl": "http://127.0.0.1/"}  # fmt: skip
    return jwt.encode(claims, key, algorithm="RS256", headers={"kid": kid})


@pytest.fixture
def guarded(sqlite_url: str, connector: FakeConnector, monkeypatch: pytest.MonkeyPatch) -> Iterator[TeamsBoard]:
    """The front end with token checking on; the Bot Framework's key set comes from the fake connector."""
    public = json.loads(RSAAlgorithm.to_jwk(KEY.public_key()))
    connector.keys = {"keys": [{**public, "kid": "board-test", "use": "sig", "alg": "RS256"}]}
    manager = jwt_token_validator._JwkClientManager()  # type: ignore[no-untyped-call]
    manager._cache[AuthenticationConstants.PUBLIC_ABS_JWKS_URL] = jwt_token_validator._JwkClientCacheEntry(
        jwt.PyJWKClient(connector.url + "/keys"), threading.Lock()
    )
    monkeypatch.setattr(jwt_token_validator.JwtTokenValidator, "_jwk_client_manager", manager)

    async def access_token(*args: object, **kwargs: object) -> str:  # the bot's own token for the connector
        return OUTBOUND

    monkeypatch.setattr(MsalAuth, "get_access_token", access_token)
    board_id = make_board(sqlite_url)
    served, _ = serve(sqlite_url, PRODUCTION)
    try:
        yield TeamsBoard(connector, served.url, sqlite_url, board_id)
    finally:
        served.stop()


def joined(board: TeamsBoard) -> dict[str, Any]:
    """Someone else joining a team the assistant is in: accepted, and nothing to answer."""
    return board.activity("viv", kind="conversationUpdate", membersAdded=[{"id": "29:someone"}])


def test_a_bot_framework_token_is_accepted_and_the_reply_carries_the_bots_own(guarded: TeamsBoard) -> None:
    assert guarded.post(joined(guarded), token=token()).status in (200, 202)
    assert guarded.connector.sent() == []  # someone else joining: nothing to say
    assert guarded.say("viv", "what do I owe?", token=token()).status in (200, 202)
    [reply] = guarded.connector.sent()
    assert reply.headers.get("Authorization") == f"Bearer {OUTBOUND}"
    assert guarded.replies()[0]["conversation"]["id"] == "a:personal-viv"


@pytest.mark.parametrize(
    "bearer",
    [
        None,
        "not-a-jwt",
        token(key=STRANGER_KEY),  # signed by someone else with the same key id
        token(audience="another-bot"),
        token(expires=-3600),
    ],
    ids=["no token", "garbage", "forged", "other audience", "expired"],
)
def test_anything_else_is_refused_before_it_is_read(guarded: TeamsBoard, bearer: str | None) -> None:
    before = count_rows(guarded.database_url, Member, Action, ChatAddress)
    posted = guarded.post(guarded.activity("viv", text="Viv Townsend to send the chart by 30 June"), token=bearer)
    assert posted.status == 401
    assert guarded.connector.calls == [] or all(c.path == "/keys" for c in guarded.connector.calls)
    assert count_rows(guarded.database_url, Member, Action, ChatAddress) == before
