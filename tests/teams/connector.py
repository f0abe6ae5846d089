"""A fake Bot Connector on loopback: records every activity the assistant sends (replies, proactive messages) and
answers the conversation-member look-up from its own directory of Teams users, the way the Slack tests use a mock
Web API. It also serves a JSON Web Key Set, so tests can sign Bot Framework tokens with a key of their own."""

from __future__ import annotations

import asyncio
import json
import threading
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


@dataclass
class Call:
    method: str
    path: str
    body: Any
    headers: dict[str, str] = field(default_factory=dict)
    refused: bool = False


@dataclass
class TeamsUser:
    """A Teams account as the tenant's directory has it."""

    teams_id: str  # "29:…", the id in activities
    aad: str  # the Entra object id
    name: str
    email: str | None


@dataclass
class FakeConnector:
    users: dict[str, TeamsUser] = field(default_factory=dict)
    keys: dict[str, Any] = field(default_factory=lambda: {"keys": []})
    calls: list[Call] = field(default_factory=list)
    url: str = ""
    refuse: int = 0  # the next this many messages are refused with 429 (a rate limit), Retry-After: 0
    files: dict[str, bytes] = field(default_factory=dict)  # served at /files/NAME, as SharePoint serves a download
    uploaded: dict[str, bytes] = field(default_factory=dict)  # PUT to /upload/NAME, as to a OneDrive upload link

    def add_user(self, user: TeamsUser) -> None:
        self.users[user.teams_id] = user

    def sent(self) -> list[Call]:
        """Activities the assistant posted (replies and messages it started); not the typing indicators the SDK
        posts on its own when a turn takes longer than a quarter of a second, so a loaded machine adds none."""
        return [c for c in self.calls if c.method == "POST" and "/activities" in c.path and not c.refused
                and not (isinstance(c.body, dict) and c.body.get("type") == "typing")]  # fmt: skip

    def lookups(self) -> list[Call]:
        return [c for c in self.calls if c.method == "GET" and "/members/" in c.path]

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        raw = await request.read()
        if request.method == "PUT" and request.path.startswith("/upload/"):
            self.calls.append(Call(request.method, request.path, None, dict(request.headers)))
            self.uploaded[request.path.removeprefix("/upload/")] = raw
            return web.json_response({"id": "drive-item"}, status=201)
        body = json.loads(raw) if raw else None
        self.calls.append(Call(request.method, request.path, body, dict(request.headers)))
        if request.path == "/keys":
            return web.json_response(self.keys)
        if request.method == "GET" and request.path.startswith("/files/"):
            held = self.files.get(request.path.removeprefix("/files/"))
            return web.Response(body=held) if held is not None else web.Response(status=404)
        if request.method == "GET" and "/members/" in request.path:
            user = self.users.get(request.path.rsplit("/", 1)[1])
            if user is None:
                return web.json_response({"error": {"code": "MemberNotFoundInConversation"}}, status=404)
            member: dict[str, Any] = {"id": user.teams_id, "name": user.name, "aadObjectId": user.aad,
                                      "tenantId": "t", "userRole": "user"}  # fmt: skip
            if user.email:
                member |= {"email": user.email, "userPrincipalName": user.email}
            return web.json_response(member)
        if request.method == "POST" and request.path.startswith("/v3/conversations"):
            if self.refuse > 0:
                self.refuse -= 1
                self.calls[-1].refused = True
                return web.json_response({"error": {"code": "Throttled"}}, status=429, headers={"Retry-After": "0"})
            return web.json_response({"id": f"sent-{len(self.calls)}"})
        return web.json_response({"error": "not found"}, status=404)

    def __enter__(self) -> FakeConnector:
        self._server = Served(self._app())
        self.url = self._server.url
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.stop()

    def _app(self) -> web.Application:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._handle)
        return app


class Served:
    """An aiohttp application served on a free loopback port by an event loop in a thread of its own."""

    def __init__(self, app: web.Application) -> None:
        self.loop = asyncio.new_event_loop()
        # Nothing a test serves needs a graceful wait at shutdown: a connection the client left open (a refused
        # upload it was still sending) is closed after a second rather than holding teardown for aiohttp's 60.
        self.runner = web.AppRunner(app, shutdown_timeout=1.0)
        started = threading.Event()

        def run() -> None:
            asyncio.set_event_loop(self.loop)
            self.loop.run_until_complete(self.runner.setup())
            site = web.TCPSite(self.runner, "127.0.0.1", 0)
            self.loop.run_until_complete(site.start())
            self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
            started.set()
            self.loop.run_forever()

        self.thread = threading.Thread(target=run, daemon=True)
        self.thread.start()
        started.wait(10)
        self.url = f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self.runner.cleanup(), self.loop).result(30)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
