"""A stand-in for the Slack Web API, served on loopback for `slack_sdk.WebClient(base_url=mock.url)`.

    with MockSlack() as mock:
        client = WebClient(token="xoxb-test", base_url=mock.url)
        client.chat_postMessage(channel="C1", text="hi")
        assert mock.wait_for("chat.postMessage")[0].params["text"] == "hi"

Every request is recorded as a `Call`; the server only ever listens on 127.0.0.1 and never calls out.
"""

from __future__ import annotations

import contextlib
import email.parser
import email.policy
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, cast
from urllib.parse import parse_qsl, urlsplit

JSON_FIELDS = frozenset({"blocks", "view", "attachments", "files", "metadata"})
"""Parameter names whose JSON-looking string values are decoded into Python objects."""

DEFAULT_TEAM_ID = "T0000BOARD"
BOT_USER_ID = "UBOT"
BOT_ID = "BBOT"
APP_ID = "A1"

Responder = Callable[["Call"], dict[str, Any]]


@dataclass(frozen=True)
class Call:
    """One request the mock received.

    `method` is the Web API method ("chat.postMessage"), or "upload" for a file upload to an upload URL,
    or "response_url" for a post to a response URL. `headers` keys are lower-case. `body` is the raw body.
    `at` is when the request arrived (`time.monotonic()`), to check pacing; it takes no part in comparisons.
    """

    method: str
    params: dict[str, Any]
    headers: dict[str, str]
    path: str = ""
    body: bytes = field(default=b"", repr=False)
    at: float = field(default_factory=time.monotonic, repr=False, compare=False)

    @property
    def token(self) -> str | None:
        """The token sent with the call, from the Authorization header or the `token` parameter."""
        auth = self.headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            return auth[7:].strip()
        token = self.params.get("token")
        return token if isinstance(token, str) else None


@dataclass
class _Fault:
    times: int
    status: int
    error: str
    retry_after: int | None


class MockSlack:
    """A recording, scriptable Slack Web API on 127.0.0.1 (an ephemeral port), run in a daemon thread."""

    def __init__(self, team_id: str = DEFAULT_TEAM_ID, team_name: str = "Test Board") -> None:
        self.team_id = team_id
        self.team_name = team_name
        self.users: dict[str, dict[str, Any]] = {}
        self._tokens: dict[str, dict[str, Any]] = {}
        self._responses: dict[str, dict[str, Any] | Responder] = {}
        self._calls: list[Call] = []
        self._faults: dict[str, list[_Fault]] = {}
        self._delays: dict[str, float] = {}
        self._uploads: dict[str, bytes] = {}
        self._hosted: dict[str, tuple[str, bytes]] = {}  # file id -> (name, bytes), downloadable with a bot token
        self._filenames: dict[str, str] = {}
        self._serial = 0
        self._cond = threading.Condition()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self.start()

    # -- lifecycle -------------------------------------------------------------------------------------------------

    def start(self) -> MockSlack:
        """Start serving (the constructor already does); a no-op when running."""
        if self._server is None:
            self._server = _Server(self)
            self._thread = threading.Thread(
                target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="mock-slack", daemon=True
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and release the port."""
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is not None:
            server.shutdown()
            server.server_close()
        if thread is not None:
            thread.join(timeout=5)

    def __enter__(self) -> MockSlack:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def root(self) -> str:
        """The server's origin, e.g. "http://127.0.0.1:54321" (no trailing slash)."""
        if self._server is None:
            raise RuntimeError("MockSlack is not running")
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def url(self) -> str:
        """The Web API base URL for `WebClient(base_url=...)`, ending with "/api/"."""
        return f"{self.root}/api/"

    @property
    def response_url_base(self) -> str:
        """A base for response URLs (see `requests.slash_command`); posts to it are recorded as "response_url"."""
        return f"{self.root}/response/"

    # -- recorded calls --------------------------------------------------------------------------------------------

    def calls(self, method: str | None = None) -> list[Call]:
        """The calls received so far, oldest first, optionally only those of one method."""
        with self._cond:
            return [c for c in self._calls if method is None or c.method == method]

    def wait_for(self, method: str, count: int = 1, timeout: float = 5.0) -> list[Call]:
        """Wait until at least `count` calls of `method` arrived and return them; AssertionError on timeout."""
        with self._cond:
            done = self._cond.wait_for(lambda: sum(c.method == method for c in self._calls) >= count, timeout)
            seen = list(self._calls)
        if not done:
            summary = "\n".join(f"  {c.method} {c.params!r}" for c in seen) or "  (none)"
            raise AssertionError(f"expected {count} {method} call(s) within {timeout}s; calls seen:\n{summary}")
        return [c for c in seen if c.method == method]

    def reset(self) -> None:
        """Forget recorded calls, uploads, pending faults and delays (users, tokens and set responses stay)."""
        with self._cond:
            self._calls.clear()
            self._faults.clear()
            self._delays.clear()
            self._uploads.clear()

    @property
    def uploads(self) -> dict[str, bytes]:
        """Bytes posted to upload URLs, by file id."""
        with self._cond:
            return dict(self._uploads)

    # -- scripting -------------------------------------------------------------------------------------------------

    def add_user(
        self,
        user_id: str,
        real_name: str,
        email: str,
        team_id: str | None = None,
        *,
        display_name: str = "",
        name: str | None = None,
    ) -> dict[str, Any]:
        """Register a user for users.info / users.lookupByEmail and return the user object."""
        team = team_id or self.team_id
        user = {
            "id": user_id,
            "team_id": team,
            "name": name or email.split("@", 1)[0],
            "real_name": real_name,
            "profile": {"real_name": real_name, "display_name": display_name, "email": email, "team": team},
            "is_bot": False,
            "deleted": False,
        }
        with self._cond:
            self.users[user_id] = user
        return user

    def add_token(
        self, token: str, *, team_id: str, team: str = "", user_id: str = BOT_USER_ID, bot_id: str = BOT_ID
    ) -> None:
        """Make auth.test answer for `token` with this team and bot (other tokens get the default team)."""
        with self._cond:
            self._tokens[token] = {"team_id": team_id, "team": team or team_id, "user_id": user_id, "bot_id": bot_id}

    def host_file(self, file_id: str, name: str, content: bytes) -> dict[str, Any]:
        """A file a user shared: files.info describes it and its url_private_download serves it (bot token only)."""
        self._hosted[file_id] = (name, content)
        return self._file_object(file_id)

    def _file_object(self, file_id: str) -> dict[str, Any]:
        name, content = self._hosted[file_id]
        return {
            "id": file_id, "name": name, "title": name, "size": len(content), "filetype": name.rsplit(".", 1)[-1],
            "url_private": f"{self.root}/files-pri/{file_id}",
            "url_private_download": f"{self.root}/files-pri/{file_id}",
        }  # fmt: skip

    def _files_info(self, call: Call) -> dict[str, Any]:
        file_id = str(call.params.get("file", ""))
        if file_id not in self._hosted:
            return {"ok": False, "error": "file_not_found"}
        return {"ok": True, "file": self._file_object(file_id)}

    def set_response(self, method: str, response: dict[str, Any] | Responder | None) -> None:
        """Answer `method` with a fixed JSON body, or with `response(call)`; None restores the canned answer."""
        with self._cond:
            if response is None:
                self._responses.pop(method, None)
            else:
                self._responses[method] = response

    def fail(
        self,
        method: str,
        *,
        times: int = 1,
        status: int = 200,
        error: str | None = None,
        retry_after: int | None = None,
    ) -> None:
        """Make the next `times` calls of `method` answer {"ok": false, "error": error} with HTTP `status`.

        `error` defaults to "ratelimited" for status 429, else "internal_error". A 429 carries a Retry-After header
        (`retry_after`, default 1 second); other statuses carry it only when `retry_after` is given.
        """
        if error is None:
            error = "ratelimited" if status == 429 else "internal_error"
        if status == 429 and retry_after is None:
            retry_after = 1
        with self._cond:
            self._faults.setdefault(method, []).append(_Fault(times, status, error, retry_after))

    def delay(self, method: str, seconds: float) -> None:
        """Answer every later call of `method` only after `seconds` (0 removes the delay)."""
        with self._cond:
            if seconds > 0:
                self._delays[method] = seconds
            else:
                self._delays.pop(method, None)

    # -- request handling (called from server threads) ---------------------------------------------------------------

    def _record(self, call: Call) -> None:
        with self._cond:
            self._calls.append(call)
            self._cond.notify_all()

    def _next(self) -> int:
        with self._cond:
            self._serial += 1
            return self._serial

    def _ts(self) -> str:
        micros = self._next() * 100
        return f"{1_700_000_000 + micros // 1_000_000}.{micros % 1_000_000:06d}"

    def _take_fault(self, method: str) -> _Fault | None:
        with self._cond:
            queue = self._faults.get(method)
            if not queue:
                return None
            fault = queue[0]
            fault.times -= 1
            if fault.times <= 0:
                queue.pop(0)
            return fault

    def _handle_api(self, call: Call) -> tuple[int, dict[str, str], dict[str, Any]]:
        self._record(call)
        with self._cond:
            pause = self._delays.get(call.method, 0.0)
        if pause:
            time.sleep(pause)
        fault = self._take_fault(call.method)
        if fault is not None:
            headers = {} if fault.retry_after is None else {"Retry-After": str(fault.retry_after)}
            return fault.status, headers, {"ok": False, "error": fault.error}
        with self._cond:
            custom = self._responses.get(call.method)
        if custom is not None:
            return 200, {}, custom(call) if callable(custom) else dict(custom)
        canned = _CANNED.get(call.method)
        return 200, {}, canned(self, call) if canned else {"ok": True}

    def _handle_upload(self, file_id: str, call: Call) -> None:
        with self._cond:
            self._uploads[file_id] = call.body
        self._record(call)

    # -- canned answers --------------------------------------------------------------------------------------------

    def _auth_test(self, call: Call) -> dict[str, Any]:
        with self._cond:
            known = self._tokens.get(call.token or "")
        info = known or {"team_id": self.team_id, "team": self.team_name, "user_id": BOT_USER_ID, "bot_id": BOT_ID}
        return {
            "ok": True,
            "url": "https://t1.slack.com/",
            "team": info["team"],
            "user": "boardbot",
            "team_id": info["team_id"],
            "user_id": info["user_id"],
            "bot_id": info["bot_id"],
            "is_enterprise_install": False,
        }

    def _users_info(self, call: Call) -> dict[str, Any]:
        with self._cond:
            user = self.users.get(str(call.params.get("user", "")))
        return {"ok": True, "user": user} if user else {"ok": False, "error": "user_not_found"}

    def _users_lookup_by_email(self, call: Call) -> dict[str, Any]:
        email = str(call.params.get("email", "")).lower()
        with self._cond:
            found = [u for u in self.users.values() if u["profile"]["email"].lower() == email]
        return {"ok": True, "user": found[0]} if found else {"ok": False, "error": "users_not_found"}

    def _conversations_open(self, call: Call) -> dict[str, Any]:
        users = str(call.params.get("users", "")).split(",")[0].strip()
        channel = call.params.get("channel") or f"D{users}"
        return {"ok": True, "channel": {"id": channel}}

    def _post(self, call: Call) -> dict[str, Any]:
        channel = str(call.params.get("channel", ""))
        if channel[:1] in ("U", "W"):  # posting to a user id lands in the DM with them
            channel = f"D{channel}"
        ts = str(call.params["ts"]) if call.method == "chat.update" and "ts" in call.params else self._ts()
        message: dict[str, Any] = {
            "type": "message",
            "text": call.params.get("text", ""),
            "user": BOT_USER_ID,
            "bot_id": BOT_ID,
            "app_id": APP_ID,
            "team": self.team_id,
            "ts": ts,
        }
        for key in ("blocks", "attachments", "thread_ts", "metadata"):
            if key in call.params:
                message[key] = call.params[key]
        answer: dict[str, Any] = {"ok": True, "channel": channel, "ts": ts, "message": message}
        if call.method == "chat.postEphemeral":
            answer["message_ts"] = ts
        return answer

    def _views(self, call: Call) -> dict[str, Any]:
        raw = call.params.get("view")
        view: dict[str, Any] = dict(raw) if isinstance(raw, dict) else {}
        view_id = str(call.params.get("view_id") or f"V{self._next():08d}")
        view.update(
            {
                "id": view_id,
                "team_id": self.team_id,
                "app_id": APP_ID,
                "bot_id": BOT_ID,
                "hash": f"{self._ts()}.hash",
                "state": {"values": {}},
                "private_metadata": view.get("private_metadata", ""),
                "callback_id": view.get("callback_id", ""),
                "external_id": view.get("external_id", call.params.get("external_id", "")),
                "root_view_id": view_id,
                "previous_view_id": None,
            }
        )
        return {"ok": True, "view": view}

    def _permalink(self, call: Call) -> dict[str, Any]:
        channel = call.params.get("channel", "")
        ts = str(call.params.get("message_ts", "")).replace(".", "")
        return {"ok": True, "channel": channel, "permalink": f"https://t1.slack.com/archives/{channel}/p{ts}"}

    def _upload_url(self, call: Call) -> dict[str, Any]:
        file_id = f"F{self._next():08d}"
        with self._cond:
            self._filenames[file_id] = str(call.params.get("filename", "file"))
        return {"ok": True, "upload_url": f"{self.root}/upload/{file_id}", "file_id": file_id}

    def _complete_upload(self, call: Call) -> dict[str, Any]:
        raw = call.params.get("files")
        items = raw if isinstance(raw, list) else []
        files = []
        for item in items:
            file_id = str(item.get("id", ""))
            with self._cond:
                name = self._filenames.get(file_id, "file")
            files.append({"id": file_id, "name": name, "title": item.get("title") or name})
        return {"ok": True, "files": files}

    def _oauth_access(self, call: Call) -> dict[str, Any]:
        return {
            "ok": True,
            "app_id": APP_ID,
            "authed_user": {"id": "UINSTALLER"},
            "scope": "app_mentions:read,chat:write,commands,im:history,im:read,im:write,users:read,users:read.email",
            "token_type": "bot",
            "access_token": "xoxb-installed",
            "bot_user_id": BOT_USER_ID,
            "team": {"id": "T0000OAUTH", "name": "OAuth Board"},
            "enterprise": None,
            "is_enterprise_install": False,
        }


_CANNED: dict[str, Callable[[MockSlack, Call], dict[str, Any]]] = {
    "auth.test": MockSlack._auth_test,
    "users.info": MockSlack._users_info,
    "users.lookupByEmail": MockSlack._users_lookup_by_email,
    "conversations.open": MockSlack._conversations_open,
    "chat.postMessage": MockSlack._post,
    "chat.postEphemeral": MockSlack._post,
    "chat.update": MockSlack._post,
    "views.publish": MockSlack._views,
    "views.open": MockSlack._views,
    "views.update": MockSlack._views,
    "views.push": MockSlack._views,
    "chat.getPermalink": MockSlack._permalink,
    "files.getUploadURLExternal": MockSlack._upload_url,
    "files.info": MockSlack._files_info,
    "files.completeUploadExternal": MockSlack._complete_upload,
    "oauth.v2.access": MockSlack._oauth_access,
}


def parse_params(body: bytes, content_type: str, query: str = "") -> dict[str, Any]:
    """Parameters from a query string plus a form, multipart or JSON body; JSON strings in JSON_FIELDS decoded."""
    params: dict[str, Any] = dict(parse_qsl(query, keep_blank_values=True))
    kind = content_type.split(";", 1)[0].strip().lower()
    if body:
        if kind == "application/json" or (not kind and body.lstrip().startswith(b"{")):
            loaded = json.loads(body)
            if isinstance(loaded, dict):
                params.update(loaded)
        elif kind == "multipart/form-data":
            params.update(_parse_multipart(body, content_type))
        else:
            params.update(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
    for key in JSON_FIELDS & params.keys():
        value = params[key]
        if isinstance(value, str) and value.strip()[:1] in ("{", "["):
            with contextlib.suppress(ValueError):
                params[key] = json.loads(value)
    return params


def _parse_multipart(body: bytes, content_type: str) -> dict[str, Any]:
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body
    )
    fields: dict[str, Any] = {}
    for part in message.iter_parts() if message.is_multipart() else []:
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        data = part.get_payload(decode=True)
        raw = data if isinstance(data, bytes) else b""
        fields[name] = raw if part.get_filename() else raw.decode("utf-8")
    return fields


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, mock: MockSlack) -> None:
        self.mock = mock
        super().__init__(("127.0.0.1", 0), _Handler)


class _Handler(BaseHTTPRequestHandler):
    server_version = "MockSlack/1.0"

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet."""

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def _serve(self) -> None:
        mock = cast(_Server, self.server).mock
        split = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        content_type = headers.get("content-type", "")
        try:
            if split.path.startswith("/api/"):
                params = parse_params(body, content_type, split.query)
                call = Call(split.path[5:], params, headers, split.path, body)
                status, extra, answer = mock._handle_api(call)
                self._send(status, json.dumps(answer).encode(), "application/json; charset=utf-8", extra)
            elif split.path.startswith("/upload/"):
                file_id = split.path[len("/upload/") :]
                mock._handle_upload(file_id, Call("upload", {"file_id": file_id}, headers, split.path, body))
                self._send(200, b"OK", "text/plain; charset=utf-8")
            elif split.path.startswith("/files-pri/"):
                content = mock._hosted.get(split.path[len("/files-pri/") :])
                authorised = headers.get("authorization", "").startswith("Bearer xoxb-")
                if content is None or not authorised:
                    self._send(404 if content is None else 403, b"no", "text/plain; charset=utf-8")
                else:
                    self._send(200, content[1], "application/octet-stream")
            elif split.path.startswith("/response/"):
                params = parse_params(body, content_type or "application/json", split.query)
                mock._record(Call("response_url", params, headers, split.path, body))
                self._send(200, b"ok", "text/html; charset=utf-8")
            else:
                self._send(404, b"Not Found", "text/plain; charset=utf-8")
        except Exception as exc:  # a broken request must not hang the client
            self._send(500, f"mock error: {exc!r}".encode(), "text/plain; charset=utf-8")

    def _send(self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)
