"""Tests of the Slack test harness itself: the mock Web API, the request builders and a tiny Bolt app over both."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import pytest
from slack_bolt import Ack, App, BoltRequest, Respond, Say
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler
from slack_sdk.signature import SignatureVerifier

from tests.slack import requests as rq
from tests.slack.mock_web_api import MockSlack, parse_params

SECRET = "secret"


@pytest.fixture
def mock() -> Iterator[MockSlack]:
    with MockSlack() as server:
        yield server


@pytest.fixture
def app(mock: MockSlack) -> App:
    """A tiny Bolt app whose Web API calls go to the mock."""
    bolt = App(signing_secret=SECRET, client=WebClient(token="xoxb-test", base_url=mock.url))

    @bolt.command("/board")
    def board(ack: Ack, command: dict[str, Any], respond: Respond) -> None:
        ack(f"board: {command['text']}")
        if command["text"] == "later":
            respond("done later")

    @bolt.message()
    def on_dm(message: dict[str, Any], say: Say) -> None:
        say(f"you said {message['text']}")

    @bolt.event("app_mention")
    def on_mention(event: dict[str, Any], say: Say, request: BoltRequest) -> None:
        retry = request.headers.get("x-slack-retry-num", ["none"])[0]
        say(f"mentioned (retry {retry})")

    @bolt.action("pick_date")
    def pick(ack: Ack, action: dict[str, Any], client: WebClient) -> None:
        ack()
        client.chat_postMessage(channel="C0001", text=f"picked {action['selected_date']}")

    @bolt.view("add_action")
    def submit(ack: Ack, view: dict[str, Any]) -> None:
        title = view["state"]["values"]["title"]["title_input"]["value"]
        if not title:
            ack(response_action="errors", errors={"title": "Say what the action is"})
        else:
            ack()

    return bolt


@pytest.fixture
def http(app: App, mock: MockSlack) -> Iterator[rq.HttpApp]:
    mock.reset()  # forget the auth.test Bolt made while starting
    with rq.BoltServer(app) as server:
        yield server.client(SECRET)


# -- the brief's scenarios -----------------------------------------------------------------------------------------


def test_signed_slash_command_is_acknowledged_with_the_listener_text(http: rq.HttpApp) -> None:
    status, _headers, text = http.post(*rq.slash_command("/board", "list mine", "U1"))
    assert status == 200
    assert text == "board: list mine"


def test_bad_signature_is_rejected(http: rq.HttpApp) -> None:
    result = http.send(rq.slash_command("/board", "x", "U1"), headers={"X-Slack-Signature": "v0=" + "0" * 64})
    assert result.status == 401
    assert rq.HttpApp(http.base_url, "not-the-secret").send(rq.slash_command("/board", "x", "U1")).status == 401


def test_stale_timestamp_is_rejected(http: rq.HttpApp) -> None:
    result = http.send(rq.slash_command("/board", "x", "U1"), timestamp=int(time.time()) - 600)
    assert result.status == 401
    assert result.json() == {"error": "invalid request"}


def test_dm_event_makes_the_listener_post(http: rq.HttpApp, mock: MockSlack) -> None:
    result = http.send(rq.dm("U1", "hello"))
    assert result.status == 200
    (call,) = mock.wait_for("chat.postMessage")
    assert call.params["channel"] == "DU1"
    assert call.params["text"] == "you said hello"
    assert call.token == "xoxb-test"


def test_rate_limited_call_succeeds_on_retry(mock: MockSlack) -> None:
    mock.fail("chat.postMessage", status=429, retry_after=1)
    client = WebClient(token="xoxb-test", base_url=mock.url, retry_handlers=[RateLimitErrorRetryHandler()])
    response = client.chat_postMessage(channel="C1", text="hi")
    assert response["ok"] is True
    assert len(mock.calls("chat.postMessage")) == 2


def test_socket_mode_slash_command_is_acknowledged(app: App) -> None:
    with rq.socket_mode_handler(app) as handler:  # built, never connected
        client = rq.RecordingSocketClient()
        request = rq.socket_mode_request_from(rq.slash_command("/board", "from socket", "U1"), envelope_id="env-1")
        assert request.type == "slash_commands"
        response = client.deliver(handler, request)
        assert response is not None
        assert response.envelope_id == "env-1"
        assert response.payload == {"text": "board: from socket"}
        assert json.loads(client.messages[0]) == {"envelope_id": "env-1", "payload": {"text": "board: from socket"}}


# -- more of the harness ---------------------------------------------------------------------------------------------


def test_rate_limit_without_retry_handler_raises_with_retry_after(mock: MockSlack) -> None:
    mock.fail("chat.postMessage", status=429, retry_after=7)
    client = WebClient(token="xoxb-test", base_url=mock.url, retry_handlers=[])
    with pytest.raises(SlackApiError) as raised:
        client.chat_postMessage(channel="C1", text="hi")
    assert raised.value.response.status_code == 429
    assert raised.value.response["error"] == "ratelimited"
    assert raised.value.response.headers["Retry-After"] == "7"
    assert client.chat_postMessage(channel="C1", text="again")["ok"] is True


def test_fail_times_then_recovers(mock: MockSlack) -> None:
    mock.fail("users.info", times=2, status=500, error="fatal_error")
    client = WebClient(token="xoxb-test", base_url=mock.url, retry_handlers=[])
    mock.add_user("U1", "Ada Lovelace", "ada@example.org")
    for _ in range(2):
        with pytest.raises(SlackApiError) as raised:
            client.users_info(user="U1")
        assert (raised.value.response.status_code, raised.value.response["error"]) == (500, "fatal_error")
    assert client.users_info(user="U1")["user"]["profile"]["email"] == "ada@example.org"


def test_canned_answers(mock: MockSlack) -> None:
    client = WebClient(token="xoxb-test", base_url=mock.url)
    assert client.auth_test()["team_id"] == "T0000BOARD"
    mock.add_user("U1", "Ada Lovelace", "ada@example.org", display_name="ada")
    user = client.users_info(user="U1")["user"]
    assert user["real_name"] == "Ada Lovelace" and user["team_id"] == "T0000BOARD" and not user["is_bot"]
    with pytest.raises(SlackApiError) as raised:
        client.users_info(user="U404")
    assert raised.value.response["error"] == "user_not_found"
    assert client.users_lookupByEmail(email="ADA@example.org")["user"]["id"] == "U1"
    assert client.conversations_open(users="U1")["channel"]["id"] == "DU1"

    first = client.chat_postMessage(channel="C1", text="one")
    second = client.chat_postEphemeral(channel="C1", user="U1", text="two")
    assert float(second["ts"]) > float(first["ts"])
    assert client.chat_update(channel="C1", ts=first["ts"], text="uno")["ts"] == first["ts"]
    link = client.chat_getPermalink(channel="C1", message_ts="1700000000.000100")["permalink"]
    assert link == "https://t1.slack.com/archives/C1/p1700000000000100"

    opened = client.views_open(trigger_id="t", view={"type": "modal", "callback_id": "cb", "blocks": []})
    assert opened["view"]["id"].startswith("V") and opened["view"]["callback_id"] == "cb"
    updated = client.views_update(view_id=opened["view"]["id"], view={"type": "modal", "blocks": []})
    assert updated["view"]["id"] == opened["view"]["id"]
    home = client.views_publish(user_id="U1", view={"type": "home", "blocks": [{"type": "divider"}]})
    assert home["view"]["type"] == "home"
    assert mock.calls("views.publish")[0].params["view"]["blocks"] == [{"type": "divider"}]

    installed = client.oauth_v2_access(client_id="c", client_secret="s", code="code")
    assert installed["access_token"] == "xoxb-installed"
    assert installed["team"] == {"id": "T0000OAUTH", "name": "OAuth Board"}
    assert client.conversations_members(channel="C1")["ok"] is True


def test_auth_test_team_is_configurable(mock: MockSlack) -> None:
    mock.team_id = "T0000OTHER"
    mock.add_token("xoxb-installed", team_id="T0000OAUTH", team="OAuth Board")
    assert WebClient(token="xoxb-test", base_url=mock.url).auth_test()["team_id"] == "T0000OTHER"
    assert WebClient(token="xoxb-installed", base_url=mock.url).auth_test()["team_id"] == "T0000OAUTH"


def test_files_upload_v2(mock: MockSlack) -> None:
    client = WebClient(token="xoxb-test", base_url=mock.url)
    response = client.files_upload_v2(channel="C1", content="a,b\n1,2\n", filename="actions.csv", title="Actions")
    assert response["file"]["title"] == "Actions"
    file_id = response["file"]["id"]
    assert mock.uploads[file_id] == b"a,b\n1,2\n"
    assert [c.method for c in mock.calls()] == [
        "files.getUploadURLExternal",
        "upload",
        "files.completeUploadExternal",
    ]
    assert mock.calls("files.completeUploadExternal")[0].params["files"] == [{"id": file_id, "title": "Actions"}]


def test_form_encoded_blocks_are_decoded(mock: MockSlack) -> None:
    client = WebClient(token="xoxb-test", base_url=mock.url)
    client.api_call("chat.postMessage", params={"channel": "C1", "blocks": json.dumps([{"type": "divider"}])})
    client.api_call("chat.postMessage", json={"channel": "C1", "blocks": [{"type": "divider"}]})
    assert [c.params["blocks"] for c in mock.calls("chat.postMessage")] == [[{"type": "divider"}]] * 2
    assert parse_params(b"text=%5Bnot+json", "application/x-www-form-urlencoded", "a=1") == {
        "a": "1",
        "text": "[not json",
    }


def test_set_response_and_delay(mock: MockSlack) -> None:
    client = WebClient(token="xoxb-test", base_url=mock.url)
    mock.set_response("conversations.members", {"ok": True, "members": ["U1", "U2"]})
    mock.set_response("users.list", lambda call: {"ok": True, "members": [], "echo": call.params.get("limit")})
    assert client.conversations_members(channel="C1")["members"] == ["U1", "U2"]
    assert client.users_list(limit=5)["echo"] == "5"
    mock.delay("auth.test", 1.0)
    impatient = WebClient(token="xoxb-test", base_url=mock.url, timeout=0.25, retry_handlers=[])
    with pytest.raises(TimeoutError):  # the answer is held back: a client waiting less than the delay gives up
        impatient.auth_test()
    assert client.auth_test()["ok"] is True  # a patient client still gets it
    assert len(mock.calls("auth.test")) == 2  # both were received and recorded
    mock.delay("auth.test", 0)
    assert impatient.auth_test()["ok"] is True  # without the delay it is answered in time


def test_wait_for_times_out_with_the_calls_seen(mock: MockSlack) -> None:
    WebClient(token="xoxb-test", base_url=mock.url).auth_test()
    with pytest.raises(AssertionError, match=r"chat\.postMessage[\s\S]*auth\.test"):
        mock.wait_for("chat.postMessage", timeout=0.2)
    mock.reset()
    assert mock.calls() == []


def test_respond_reaches_the_mock_response_url(http: rq.HttpApp, mock: MockSlack) -> None:
    payload = rq.slash_command("/board", "later", "U1", response_url_base=mock.response_url_base)
    assert http.send(payload).text == "board: later"
    (call,) = mock.wait_for("response_url")
    assert call.params["text"] == "done later"
    assert call.path.startswith("/response/commands/T0000BOARD/")


def test_sign_matches_slack_sdk_verifier() -> None:
    body, content_type = rq.slash_command("/board", "x", "U1")
    headers = rq.sign(body, SECRET)
    assert headers["Content-Type"] == content_type
    assert SignatureVerifier(SECRET).is_valid_request(body, headers)
    assert not SignatureVerifier("other").is_valid_request(body, headers)
    assert rq.sign("{}", SECRET, timestamp=1)["X-Slack-Request-Timestamp"] == "1"


def test_url_verification(http: rq.HttpApp) -> None:
    result = http.send(rq.url_verification("abc123"))
    assert result.status == 200
    assert result.json() == {"challenge": "abc123"}


def test_mention_with_retry_headers(http: rq.HttpApp, mock: MockSlack) -> None:
    assert http.send(rq.mention("U1", "<@UBOT> hi", "C0002"), retry_num=1).status == 200
    (call,) = mock.wait_for("chat.postMessage")
    # Bolt's per-request WebClient adds the request's team_id to every Web API call it makes.
    assert call.params == {"channel": "C0002", "text": "mentioned (retry 1)", "team_id": "T0000BOARD"}


def test_block_action_and_view_submission(http: rq.HttpApp, mock: MockSlack) -> None:
    view = {"id": "V1", "type": "home", "state": {"values": {}}}
    assert http.send(rq.block_action("U1", "pick_date", selected_date="2026-12-01", view=view)).status == 200
    assert mock.wait_for("chat.postMessage")[0].params["text"] == "picked 2026-12-01"

    empty = {"title": {"title_input": {"type": "plain_text_input", "value": ""}}}
    result = http.send(rq.view_submission("U1", "add_action", empty))
    assert result.json() == {"response_action": "errors", "errors": {"title": "Say what the action is"}}
    filled = {"title": {"title_input": {"type": "plain_text_input", "value": "Audit"}}}
    assert http.send(rq.view_submission("U1", "add_action", filled)).text == ""


def test_socket_mode_event_and_interactive_envelopes(app: App, mock: MockSlack) -> None:
    with rq.socket_mode_handler(app) as handler:
        client = rq.RecordingSocketClient()
        mock.reset()
        event = rq.socket_mode_request_from(rq.dm("U2", "over socket"))
        assert (event.type, event.accepts_response_payload) == ("events_api", False)
        response = client.deliver(handler, event)
        assert response is not None and response.payload is None
        assert mock.wait_for("chat.postMessage")[0].params["text"] == "you said over socket"

        action = rq.socket_mode_request(
            "interactive",
            rq.to_socket_payload(*rq.block_action("U2", "pick_date", selected_date="2026-01-02", channel="C9")),
        )
        assert client.deliver(handler, action) is not None
        assert mock.wait_for("chat.postMessage", count=2)[1].params["text"] == "picked 2026-01-02"


def test_http_app_refuses_non_loopback() -> None:
    with pytest.raises(ValueError, match="loopback"):
        rq.HttpApp("https://example.com", SECRET)


@pytest.mark.xfail(strict=True, reason="Bolt parse_body: any form body containing 'payload' is read as payload=")
def test_slash_command_text_mentioning_payload(http: rq.HttpApp) -> None:
    """Bolt 1.30 parses an HTTP form body that contains the substring "payload" anywhere as an interactivity
    `payload=` form; a slash command like "/board payload review" then has no fields and is answered 404.
    Socket Mode is unaffected (its bodies arrive as dicts). Remove the xfail once Bolt fixes it."""
    result = http.send(rq.slash_command("/board", "payload review", "U1"))
    assert (result.status, result.text) == (200, "board: payload review")
