"""Requests as Slack sends them: signed HTTP bodies, Socket Mode envelopes, and a loopback server for a Bolt app.

Builders return a `Payload` (a `(body, content_type)` tuple) ready for `HttpApp.post(*payload)`; `to_socket_payload`
and `socket_mode_request_from` turn the same payload into what Socket Mode delivers.
"""

from __future__ import annotations

import itertools
import json
import logging
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from queue import Queue
from socketserver import ThreadingMixIn
from typing import Any, NamedTuple
from urllib.parse import parse_qsl, urlencode, urlsplit
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_bolt.adapter.socket_mode.base_handler import BaseSocketModeHandler
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_sdk import WebClient
from slack_sdk.signature import SignatureVerifier
from slack_sdk.socket_mode.client import BaseSocketModeClient
from slack_sdk.socket_mode.request import SocketModeRequest
from slack_sdk.socket_mode.response import SocketModeResponse

DEFAULT_TEAM_ID = "T0000BOARD"
TEAM_DOMAIN = "testboard"
API_APP_ID = "A1"
BOT_USER_ID = "UBOT"
VERIFICATION_TOKEN = "verification-token"
DEFAULT_RESPONSE_URL_BASE = "http://127.0.0.1:9/response/"
"""Response URLs point here unless told otherwise: loopback's discard port, so a stray `respond()` fails fast and
never leaves the machine. Pass `response_url_base=mock.response_url_base` to have the mock record them."""

FORM = "application/x-www-form-urlencoded"
JSON = "application/json"
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})

_serial = itertools.count(1)
_serial_lock = threading.Lock()


class Payload(NamedTuple):
    """A request body and its Content-Type."""

    body: str
    content_type: str


class HttpResult(NamedTuple):
    """Status, lower-cased headers and text of an HTTP response."""

    status: int
    headers: dict[str, str]
    text: str

    def json(self) -> Any:
        """The body parsed as JSON."""
        return json.loads(self.text)


def _next() -> int:
    with _serial_lock:
        return next(_serial)


def new_ts() -> str:
    """A fresh, increasing message timestamp such as "1700000000.000100"."""
    micros = _next() * 100
    return f"{1_700_000_000 + micros // 1_000_000}.{micros % 1_000_000:06d}"


def new_trigger_id() -> str:
    """A fresh, trigger-id-shaped string."""
    return f"{_next()}.{1_000_000 + _next()}.{uuid.uuid4().hex}"


def _response_url(base: str, kind: str, team_id: str) -> str:
    return f"{base.rstrip('/')}/{kind}/{team_id}/{_next()}/{uuid.uuid4().hex[:24]}"


def _user(user_id: str, team_id: str) -> dict[str, Any]:
    return {"id": user_id, "username": user_id.lower(), "name": user_id.lower(), "team_id": team_id}


def _team(team_id: str) -> dict[str, Any]:
    return {"id": team_id, "domain": TEAM_DOMAIN}


def _form_payload(payload: dict[str, Any]) -> Payload:
    return Payload(urlencode({"payload": json.dumps(payload)}), FORM)


# -- signing ---------------------------------------------------------------------------------------------------------


def sign(body: str, secret: str, timestamp: int | None = None, content_type: str | None = None) -> dict[str, str]:
    """The headers Slack sends with `body`: timestamp, v0 signature and Content-Type (guessed from the body if None)."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    signature = SignatureVerifier(secret).generate_signature(timestamp=ts, body=body)
    assert signature is not None
    if content_type is None:
        content_type = JSON if body.lstrip().startswith("{") else FORM
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": signature, "Content-Type": content_type}


# -- builders ----------------------------------------------------------------------------------------------------------


def slash_command(
    command: str,
    text: str,
    user_id: str,
    team_id: str = DEFAULT_TEAM_ID,
    channel_id: str = "C0001",
    trigger_id: str | None = None,
    *,
    channel_name: str | None = None,
    response_url_base: str = DEFAULT_RESPONSE_URL_BASE,
) -> Payload:
    """A slash command invocation (form-encoded)."""
    fields = {
        "token": VERIFICATION_TOKEN,
        "team_id": team_id,
        "team_domain": TEAM_DOMAIN,
        "channel_id": channel_id,
        "channel_name": channel_name or ("directmessage" if channel_id.startswith("D") else "board"),
        "user_id": user_id,
        "user_name": user_id.lower(),
        "command": command,
        "text": text,
        "api_app_id": API_APP_ID,
        "is_enterprise_install": "false",
        "response_url": _response_url(response_url_base, "commands", team_id),
        "trigger_id": trigger_id or new_trigger_id(),
    }
    return Payload(urlencode(fields), FORM)


def event(
    event: dict[str, Any], team_id: str = DEFAULT_TEAM_ID, event_id: str | None = None, *, event_time: int | None = None
) -> Payload:
    """An Events API `event_callback` envelope around `event` (JSON)."""
    body = {
        "token": VERIFICATION_TOKEN,
        "team_id": team_id,
        "context_team_id": team_id,
        "context_enterprise_id": None,
        "api_app_id": API_APP_ID,
        "event": event,
        "type": "event_callback",
        "event_id": event_id or f"Ev{uuid.uuid4().hex[:10].upper()}",
        "event_time": int(time.time()) if event_time is None else event_time,
        "authorizations": [
            {
                "enterprise_id": None,
                "team_id": team_id,
                "user_id": BOT_USER_ID,
                "is_bot": True,
                "is_enterprise_install": False,
            }
        ],
        "is_ext_shared_channel": False,
        "event_context": f"4-{uuid.uuid4().hex}",
    }
    return Payload(json.dumps(body), JSON)


def dm(
    user_id: str,
    text: str,
    ts: str | None = None,
    team_id: str = DEFAULT_TEAM_ID,
    channel: str | None = None,
    *,
    thread_ts: str | None = None,
) -> Payload:
    """A `message.im` event: `user_id` writes `text` in their DM with the bot (channel "D" + user id by default)."""
    ts = ts or new_ts()
    message: dict[str, Any] = {
        "type": "message",
        "channel": channel or f"D{user_id}",
        "channel_type": "im",
        "user": user_id,
        "text": text,
        "ts": ts,
        "event_ts": ts,
        "team": team_id,
        "client_msg_id": str(uuid.uuid4()),
    }
    if thread_ts:
        message["thread_ts"] = thread_ts
    return event(message, team_id)


def mention(
    user_id: str, text: str, channel: str = "C0001", ts: str | None = None, team_id: str = DEFAULT_TEAM_ID
) -> Payload:
    """An `app_mention` event; `text` is used as given, so include "<@UBOT>" as Slack does."""
    ts = ts or new_ts()
    return event(
        {
            "type": "app_mention",
            "user": user_id,
            "text": text,
            "ts": ts,
            "event_ts": ts,
            "channel": channel,
            "team": team_id,
            "client_msg_id": str(uuid.uuid4()),
        },
        team_id,
    )


def app_home_opened(
    user_id: str, team_id: str = DEFAULT_TEAM_ID, *, tab: str = "home", view: dict[str, Any] | None = None
) -> Payload:
    """An `app_home_opened` event."""
    body: dict[str, Any] = {
        "type": "app_home_opened",
        "user": user_id,
        "channel": f"D{user_id}",
        "tab": tab,
        "event_ts": new_ts(),
    }
    if view is not None:
        body["view"] = view
    return event(body, team_id)


def block_action(
    user_id: str,
    action_id: str,
    value: str | None = None,
    selected_date: str | None = None,
    block_id: str | None = None,
    trigger_id: str | None = None,
    view: dict[str, Any] | None = None,
    message: dict[str, Any] | None = None,
    channel: str | None = None,
    *,
    team_id: str = DEFAULT_TEAM_ID,
    selected_option: dict[str, Any] | None = None,
    action_type: str | None = None,
    response_url_base: str = DEFAULT_RESPONSE_URL_BASE,
    state: dict[str, Any] | None = None,
) -> Payload:
    """A `block_actions` payload for one action, from a message (`message` + `channel`) or a view (`view`);
    ``state`` is the message's input state Slack sends along (the values chosen in its selects and pickers).

    The action type is "datepicker" with `selected_date`, "static_select" with `selected_option`, else "button".
    """
    action: dict[str, Any] = {
        "action_id": action_id,
        "block_id": block_id or f"b-{action_id}",
        "action_ts": new_ts(),
    }
    if selected_date is not None:
        action.update(type="datepicker", selected_date=selected_date)
    elif selected_option is not None:
        action.update(type="static_select", selected_option=selected_option)
    else:
        action["type"] = "button"
    if value is not None:
        action["value"] = value
    if action_type is not None:
        action["type"] = action_type
    payload: dict[str, Any] = {
        "type": "block_actions",
        "user": _user(user_id, team_id),
        "api_app_id": API_APP_ID,
        "token": VERIFICATION_TOKEN,
        "trigger_id": trigger_id or new_trigger_id(),
        "team": _team(team_id),
        "enterprise": None,
        "is_enterprise_install": False,
        "actions": [action],
        "state": state or {"values": {}},
    }
    if view is not None:
        payload["view"] = view
        payload["container"] = {"type": "view", "view_id": view.get("id", "")}
        payload["state"] = view.get("state", {"values": {}})
    if message is not None:
        channel_id = channel or "C0001"
        payload["message"] = message
        payload["container"] = {
            "type": "message",
            "message_ts": message.get("ts", ""),
            "channel_id": channel_id,
            "is_ephemeral": False,
        }
        payload["response_url"] = _response_url(response_url_base, "actions", team_id)
    if channel is not None or message is not None:
        payload["channel"] = {"id": channel or "C0001", "name": "board"}
    return _form_payload(payload)


def view_submission(
    user_id: str,
    callback_id: str,
    state_values: dict[str, Any],
    private_metadata: str = "",
    *,
    team_id: str = DEFAULT_TEAM_ID,
    view_id: str | None = None,
    blocks: list[dict[str, Any]] | None = None,
) -> Payload:
    """A `view_submission` payload; `state_values` is view.state.values ({block_id: {action_id: {...}}})."""
    vid = view_id or f"V{_next():08d}"
    payload = {
        "type": "view_submission",
        "team": _team(team_id),
        "user": _user(user_id, team_id),
        "api_app_id": API_APP_ID,
        "token": VERIFICATION_TOKEN,
        "trigger_id": new_trigger_id(),
        "view": {
            "id": vid,
            "team_id": team_id,
            "type": "modal",
            "blocks": blocks or [],
            "private_metadata": private_metadata,
            "callback_id": callback_id,
            "state": {"values": state_values},
            "hash": f"{new_ts()}.hash",
            "title": {"type": "plain_text", "text": "Board"},
            "clear_on_close": False,
            "notify_on_close": False,
            "close": None,
            "submit": {"type": "plain_text", "text": "Save"},
            "previous_view_id": None,
            "root_view_id": vid,
            "app_id": API_APP_ID,
            "external_id": "",
            "app_installed_team_id": team_id,
            "bot_id": "BBOT",
        },
        "response_urls": [],
        "is_enterprise_install": False,
        "enterprise": None,
    }
    return _form_payload(payload)


def message_shortcut(
    user_id: str,
    callback_id: str,
    message: dict[str, Any],
    channel: str,
    *,
    team_id: str = DEFAULT_TEAM_ID,
    response_url_base: str = DEFAULT_RESPONSE_URL_BASE,
) -> Payload:
    """A message shortcut (`message_action`) on `message` in `channel`."""
    payload = {
        "type": "message_action",
        "token": VERIFICATION_TOKEN,
        "action_ts": new_ts(),
        "team": _team(team_id),
        "user": _user(user_id, team_id),
        "channel": {"id": channel, "name": "board"},
        "is_enterprise_install": False,
        "enterprise": None,
        "callback_id": callback_id,
        "trigger_id": new_trigger_id(),
        "response_url": _response_url(response_url_base, "actions", team_id),
        "message_ts": message.get("ts", ""),
        "message": message,
    }
    return _form_payload(payload)


def global_shortcut(user_id: str, callback_id: str, *, team_id: str = DEFAULT_TEAM_ID) -> Payload:
    """A global shortcut (`shortcut`)."""
    payload = {
        "type": "shortcut",
        "token": VERIFICATION_TOKEN,
        "action_ts": new_ts(),
        "team": _team(team_id),
        "user": _user(user_id, team_id),
        "is_enterprise_install": False,
        "enterprise": None,
        "callback_id": callback_id,
        "trigger_id": new_trigger_id(),
    }
    return _form_payload(payload)


def url_verification(challenge: str) -> Payload:
    """The Events API URL verification handshake."""
    return Payload(json.dumps({"token": VERIFICATION_TOKEN, "challenge": challenge, "type": "url_verification"}), JSON)


# -- HTTP ------------------------------------------------------------------------------------------------------------


def _require_loopback(url: str) -> None:
    host = urlsplit(url).hostname or ""
    if host not in LOOPBACK_HOSTS:
        raise ValueError(f"refusing to contact {url!r}: only loopback is allowed in tests")


_opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # ignore *_proxy variables


class HttpApp:
    """Posts Slack-style requests to a running app over HTTP (loopback only)."""

    def __init__(self, base_url: str, signing_secret: str, path: str = "/slack/events", timeout: float = 10.0) -> None:
        _require_loopback(base_url)
        self.base_url = base_url.rstrip("/")
        self.signing_secret = signing_secret
        self.path = path
        self.timeout = timeout

    def post(
        self,
        body: str,
        content_type: str,
        *,
        headers: dict[str, str] | None = None,
        signed: bool = True,
        timestamp: int | None = None,
        retry_num: int | None = None,
        retry_reason: str = "http_timeout",
    ) -> HttpResult:
        """POST `body`; signed unless `signed=False`; `headers` are applied last, so they can spoil a signature."""
        sent = {"Content-Type": content_type}
        if signed:
            sent.update(sign(body, self.signing_secret, timestamp, content_type))
        elif timestamp is not None:
            sent["X-Slack-Request-Timestamp"] = str(timestamp)
        if retry_num is not None:
            sent["X-Slack-Retry-Num"] = str(retry_num)
            sent["X-Slack-Retry-Reason"] = retry_reason
        sent.update(headers or {})
        request = urllib.request.Request(
            self.base_url + self.path, data=body.encode("utf-8"), headers=sent, method="POST"
        )
        try:
            with _opener.open(request, timeout=self.timeout) as response:
                return HttpResult(response.status, _lower(response.headers.items()), response.read().decode("utf-8"))
        except urllib.error.HTTPError as error:
            with error:
                return HttpResult(error.code, _lower(error.headers.items()), error.read().decode("utf-8"))

    def send(self, payload: tuple[str, str], **kwargs: Any) -> HttpResult:
        """`post(*payload, **kwargs)`."""
        return self.post(payload[0], payload[1], **kwargs)


def _lower(items: Any) -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in items}


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet."""


class BoltServer:
    """Serves a Bolt `App` over HTTP on 127.0.0.1 (ephemeral port) through its WSGI adapter, in a daemon thread."""

    def __init__(self, app: App | Callable[..., Any], path: str = "/slack/events") -> None:
        """Serve a Bolt `App` through Bolt's WSGI adapter, or any WSGI application as it is."""
        self.path = path
        self._server = make_server(
            "127.0.0.1",
            0,
            SlackRequestHandler(app, path) if isinstance(app, App) else app,
            server_class=_ThreadingWSGIServer,
            handler_class=_QuietHandler,
        )
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="bolt-http", daemon=True
        )
        self._thread.start()

    @property
    def url(self) -> str:
        """The server's origin, e.g. "http://127.0.0.1:54321"."""
        return f"http://127.0.0.1:{self._server.server_port}"

    def client(self, signing_secret: str) -> HttpApp:
        """An `HttpApp` posting to this server."""
        return HttpApp(self.url, signing_secret, self.path)

    def stop(self) -> None:
        """Stop serving and release the port."""
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> BoltServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


# -- Socket Mode -------------------------------------------------------------------------------------------------------

ENVELOPE_TYPES = frozenset({"events_api", "slash_commands", "interactive"})


def socket_mode_request(
    envelope_type: str,
    payload: dict[str, Any],
    envelope_id: str | None = None,
    *,
    retry_attempt: int | None = None,
    retry_reason: str | None = None,
) -> SocketModeRequest:
    """A Socket Mode envelope: events_api (the event_callback body), slash_commands (the command fields as a dict)
    or interactive (the payload dict)."""
    if envelope_type not in ENVELOPE_TYPES:
        raise ValueError(f"unknown envelope type {envelope_type!r}")
    return SocketModeRequest(
        type=envelope_type,
        envelope_id=envelope_id or str(uuid.uuid4()),
        payload=payload,
        accepts_response_payload=envelope_type != "events_api",
        retry_attempt=retry_attempt,
        retry_reason=retry_reason,
    )


def to_socket_payload(body: str, content_type: str) -> dict[str, Any]:
    """The dict Socket Mode delivers for an HTTP body built above (JSON, `payload=` form, or command form)."""
    if content_type.split(";", 1)[0].strip() == JSON:
        loaded: dict[str, Any] = json.loads(body)
        return loaded
    fields = dict(parse_qsl(body, keep_blank_values=True))
    if set(fields) == {"payload"}:
        inner: dict[str, Any] = json.loads(fields["payload"])
        return inner
    return fields


def socket_mode_request_from(
    payload: tuple[str, str], envelope_id: str | None = None, *, retry_attempt: int | None = None
) -> SocketModeRequest:
    """The Socket Mode envelope carrying the same request as an HTTP `Payload` from a builder above."""
    data = to_socket_payload(*payload)
    if data.get("type") == "event_callback":
        kind = "events_api"
    elif "command" in data and "type" not in data:
        kind = "slash_commands"
    else:
        kind = "interactive"
    return socket_mode_request(
        kind,
        data,
        envelope_id,
        retry_attempt=retry_attempt,
        retry_reason="timeout" if retry_attempt else None,
    )


@contextmanager
def socket_mode_handler(app: App, app_token: str = "xapp-test") -> Iterator[SocketModeHandler]:
    """Bolt's built-in `SocketModeHandler` for `app`, never connected, closed on exit.

    Constructing it opens no connection but starts the client's background threads; closing stops them.
    """
    handler = SocketModeHandler(app, app_token=app_token)
    try:
        yield handler
    finally:
        handler.client.closed = True
        handler.client.message_queue.put(None)  # wake the message processor now rather than after its 1 s poll
        handler.client.close()


class RecordingSocketClient(BaseSocketModeClient):
    """A Socket Mode client that never connects and records the acknowledgements a handler sends back.

    Bolt's `SocketModeHandler.handle(client, request)` dispatches synchronously, then calls
    `client.send_socket_mode_response(...)` (only when the app answered 200) and reads `client.logger`.
    """

    def __init__(self, logger: logging.Logger | None = None, web_client: WebClient | None = None) -> None:
        self.logger = logger or logging.getLogger(__name__)
        # Never used by handle(); pointed at loopback's discard port so nothing can leave the machine.
        self.web_client = web_client or WebClient(base_url="http://127.0.0.1:9/api/")
        self.app_token = "xapp-test"
        self.wss_uri = ""
        self.message_queue = Queue()
        self.message_listeners = []
        self.socket_mode_request_listeners = []
        self.closed = False
        self.connect_operation_lock = threading.Lock()
        self._lock = threading.Lock()
        self.responses: list[SocketModeResponse] = []
        self.messages: list[str] = []

    def is_connected(self) -> bool:
        return not self.closed

    def connect(self) -> None:
        """Nothing to connect to."""

    def disconnect(self) -> None:
        """Nothing to disconnect."""

    def send_message(self, message: str) -> None:
        with self._lock:
            self.messages.append(message)

    def send_socket_mode_response(self, response: dict[str, Any] | SocketModeResponse) -> None:
        if isinstance(response, dict):
            response = SocketModeResponse(envelope_id=response["envelope_id"], payload=response.get("payload"))
        with self._lock:
            self.responses.append(response)
        self.send_message(json.dumps(response.to_dict()))

    def deliver(self, handler: BaseSocketModeHandler, request: SocketModeRequest) -> SocketModeResponse | None:
        """Run `handler.handle(self, request)`; return the acknowledgement for this envelope (None if none was sent)."""
        handler.handle(self, request)
        return self.response_for(request.envelope_id)

    def response_for(self, envelope_id: str) -> SocketModeResponse | None:
        """The latest acknowledgement sent for `envelope_id`, if any."""
        with self._lock:
            matches = [r for r in self.responses if r.envelope_id == envelope_id]
        return matches[-1] if matches else None
