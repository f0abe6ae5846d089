"""No input gets a 500: malformed bodies, wrongly typed fields, control characters and look-alike letters get a 4xx
or a polite answer, the app keeps serving, and nothing is half written. A Hypothesis fuzz throws generated payloads
of every request kind at the running app."""

from __future__ import annotations

import http.client
import json
import time
from collections.abc import Callable
from functools import partial
from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from store import db
from store.models import Action, Assignment, Attendance, AuditCycle, Event, Member
from tests.conftest import count_rows
from tests.slack import requests as slack
from tests.slack.conftest import SlackBoard

FORM, JSON = slack.FORM, slack.JSON


def served(board: SlackBoard) -> None:
    """The app still answers a plain request."""
    assert board.send(slack.slash_command("/dscb", "", "UMARTINE")).status == 200


def rows(board: SlackBoard) -> tuple[int, ...]:
    return count_rows(board.database_url, Action, Assignment, Attendance, AuditCycle)


MALFORMED: list[tuple[str, str]] = [
    ("null", JSON),
    ("[1,2]", JSON),
    ("123", JSON),
    ('"text"', JSON),
    ("{", JSON),
    ('{"type": "event_callback", "event": null}', JSON),
    ('{"type": "event_callback", "event": [1]}', JSON),
    ('{"type": "event_callback", "event": {"type": "message", "channel_type": "im", "user": 5, "text": 7}}', JSON),
    ('{"type": "event_callback", "team_id": ["T"], "event": {"type": "app_mention", "user": "UMARTINE"}}', JSON),
    ('{"type": "event_callback", "event": {"type": "app_home_opened", "user": {"id": "U"}}}', JSON),
    ('{"type": "url_verification"}', JSON),
    ("payload=[]", FORM),
    ("payload=null", FORM),
    ("payload=5", FORM),
    ("payload=%7B", FORM),
    ("payload=" + json.dumps({"type": "block_actions"}), FORM),
    ("payload=" + json.dumps({"type": "block_actions", "actions": None, "user": None}), FORM),
    ("payload=" + json.dumps({"type": "block_actions", "actions": [None], "user": {"id": "UVIV"}}), FORM),
    (
        "payload="
        + json.dumps(
            {
                "type": "block_actions",
                "actions": [{"action_id": "action_done", "value": 1}],
                "user": "UVIV",
                "team": {"id": "T0000BOARD"},
            }
        ),
        FORM,
    ),
    ("payload=" + json.dumps({"type": "view_submission", "view": None, "user": {"id": "UVIV"}}), FORM),
    (
        "payload="
        + json.dumps(
            {
                "type": "view_submission",
                "user": {"id": "UVIV"},
                "team": {"id": "T0000BOARD"},
                "view": {"callback_id": "record_action_modal", "state": []},
            }
        ),
        FORM,
    ),
    (
        "payload="
        + json.dumps(
            {
                "type": "view_submission",
                "user": {"id": "UVIV"},
                "team": {"id": "T0000BOARD"},
                "view": {"callback_id": "add_update_modal", "private_metadata": 5},
            }
        ),
        FORM,
    ),
    ("payload=" + json.dumps({"type": "shortcut", "callback_id": "new_action", "user": {"id": "UVIV"}}), FORM),
    (
        "payload="
        + json.dumps(
            {
                "type": "message_action",
                "callback_id": "record_as_action",
                "user": {"id": "UVIV"},
                "team": {"id": "T0000BOARD"},
                "message": "x",
            }
        ),
        FORM,
    ),
    (
        "payload="
        + json.dumps(
            {
                "type": "block_suggestion",
                "action_id": "owners",
                "value": 5,
                "user": {"id": "UVIV"},
                "team": {"id": "T0000BOARD"},
            }
        ),
        FORM,
    ),
    ("command=/dscb-actions&user_id=UMARTINE&team_id=T0000BOARD", FORM),
    ("command=/dscb-actions&text=all", FORM),
    ("command=/dscb-report&user_id=UMARTINE&team_id=T0000BOARD&text=%00", FORM),
    ("command=/dscb-actions&user_id=UMARTINE&team_id=T0000BOARD&text=%FF%FE", FORM),
    ("%FF%FE=%00&payload=%FF", FORM),
]


@pytest.mark.parametrize(("body", "content_type"), MALFORMED)
def test_malformed_signed_bodies_get_no_server_error(slack_board: SlackBoard, body: str, content_type: str) -> None:
    served(slack_board)
    before = rows(slack_board)
    result = slack_board.http.post(body, content_type)
    assert result.status < 500, result.text
    assert rows(slack_board) == before
    served(slack_board)


@pytest.mark.parametrize("stamp", ["abc", "", "1e99", "-1", "99999999999999999999"])
def test_strange_timestamps_on_unsigned_requests_get_a_4xx(slack_board: SlackBoard, stamp: str) -> None:
    command = slack.slash_command("/dscb-actions", "Tony to book the room", "UMARTINE")
    result = slack_board.http.send(
        command, signed=False, headers={"X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": "v0=abc"}
    )
    assert 400 <= result.status < 500
    assert rows(slack_board)[0] == 0
    served(slack_board)


CONTROL = "".join(chr(c) for c in range(32) if chr(c) not in "\t\n\r") + "\x7f\x85"


def test_control_characters_are_stripped_from_everything_stored(slack_board: SlackBoard) -> None:
    slack_board.dm("UMARTINE", f"Viv Townsend to send the\x00 chart{CONTROL} by 22 May")
    slack_board.send(slack.slash_command("/dscb-actions", "Tony to book\x00 the room\x07 by 1 June", "UMARTINE"))
    slack_board.send(slack.slash_command("/dscb-apologies", "Claire\x00 Hill", "UVIV"))
    values = {"note": {"note": {"type": "plain_text_input", "value": "Draft\x00 sent\x1b to Martine"}}}
    slack_board.send(slack.view_submission("UVIV", "add_update_modal", values, json.dumps({"number": 1})))
    with db.transaction(slack_board.database_url) as session:
        texts = session.scalars(select(Action.text).order_by(Action.number)).all()
        assert texts == ["Send the chart", "Book the room"]
        assert session.scalars(select(Attendance.representative)).one() == "Claire Hill"
        logged = json.dumps([e.new for e in session.scalars(select(Event))])
        assert "Draft sent to Martine" in logged
        assert not any(ch in logged for ch in ("\\u0000", "\\u0007", "\\u001b"))
    report = slack_board.send(slack.slash_command("/dscb-report", "csv", "UMARTINE"))
    assert report.status == 200


@pytest.mark.parametrize(
    "text",
    [
        "Viv Townsend to send the chart by 1 ſeptember",
        "Viv Townsend to send the chart fıve days before the next board",
        "Viv Townsend to send the chart by ＦＲＩＤＡＹ",
        "Viv Townsend to send the chart by the 1\u200bst of June",
        "wh\u0430t do I owe?",  # Cyrillic a
        "Viv Townsend to send the chart by 2\u0338 June",
        "\u202eViv Townsend to send the chart by 22 May",
    ],
)
def test_look_alike_letters_get_an_answer(slack_board: SlackBoard, text: str) -> None:
    for payload in (
        slack.dm("UMARTINE", text),
        slack.slash_command("/dscb-actions", text, "UMARTINE"),
        slack.slash_command("/dscb-apologies", text, "UMARTINE"),
        slack.slash_command("/dscb-audit", text, "UMARTINE"),
    ):
        assert slack_board.send(payload).status == 200
    assert slack_board.mock.wait_for("chat.postMessage")


# -- the fuzz ----------------------------------------------------------------------------------------------------------

_users = st.sampled_from(["UMARTINE", "UVIV", "UTONY", "USTRANGER", "U" + "X" * 40, "", "UNKNOWN1"])
_odd_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)) | st.sampled_from(list("ſıİK\u200b\x00A-1 ")),
    max_size=120,
)
_words = st.sampled_from(
    [
        "Viv Townsend to send the chart by 22 May",
        "what do I owe?",
        "A-1 done",
        "can't make 10 July",
        "WMP S11 submitted",
        "link <@UVIV> to Viv Townsend",
        "all",
        "overdue",
        "cycle S11 2026",
        "help",
        "DOB 01/02/2010",
        "943 476 5919",
    ]
)
_text = st.one_of(_words, _odd_text, st.builds(lambda a, b: a + " " + b, _words, _odd_text))
_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | _text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
_number = st.one_of(st.sampled_from(["1", "²", "10**30", "1e309", "-1", "", "A-1"]), st.integers(), _json)


@st.composite
def requests(draw: st.DrawFn) -> Callable[[], tuple[str, str]]:
    """One request of a kind the app serves, with generated fields (built when the test runs: the builders take
    fresh ids and timestamps)."""
    user = draw(_users)
    kind = draw(st.sampled_from(["dm", "mention", "home", "command", "action", "view", "shortcut", "options"]))
    if kind == "dm":
        return partial(slack.dm, user, draw(_text))
    if kind == "mention":
        return partial(slack.mention, user, draw(_text))
    if kind == "home":
        return partial(slack.app_home_opened, user)
    if kind == "command":
        name = draw(st.sampled_from(["/dscb-actions", "/dscb-apologies", "/dscb-audit", "/dscb", "/dscb-report"]))
        return partial(slack.slash_command, name, draw(_text), user)
    if kind == "action":
        action_id = draw(
            st.sampled_from(
                [
                    "action_done",
                    "action_change_date",
                    "action_add_update",
                    "list_page",
                    "cant_attend",
                    "audit_status",
                    "choose_option_0",
                ]
            )
        )
        value = draw(_number)
        return partial(
            slack.block_action,
            user,
            action_id,
            value=value if isinstance(value, str) else json.dumps(value),
            selected_date=draw(st.none() | st.sampled_from(["2030-01-01", "31-02-2015", "x"])),
            block_id=draw(st.sampled_from(["action-1", "audit-1", "action-²", "b"])),
            message={"ts": slack.new_ts(), "text": "x"},
            channel=f"D{user}" if user else "D1",
        )
    if kind == "view":
        callback = draw(st.sampled_from(["record_action_modal", "add_update_modal"]))
        values = {
            "task": {"task": {"value": draw(_json)}},
            "owners": {"owners": {"selected_options": draw(_json)}},
            "due": {"due": {"selected_date": draw(_json)}},
            "note": {"note": {"value": draw(_json)}},
        }
        metadata = draw(st.sampled_from(['{"number": 1}', "{}", "[", '{"number": "²"}', json.dumps({"number": 1e30})]))
        return partial(slack.view_submission, user, callback, values, metadata)
    if kind == "shortcut":
        return partial(slack.global_shortcut, user, "new_action")
    payload = {
        "type": "block_suggestion",
        "action_id": "owners",
        "block_id": "owners",
        "value": draw(_json),
        "user": {"id": user},
        "team": {"id": "T0000BOARD"},
    }
    return partial(slack.Payload, urlencode({"payload": json.dumps(payload)}), FORM)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(request=requests())
def test_fuzzed_requests_never_get_a_server_error_or_a_half_write(
    slack_board: SlackBoard, request: Callable[[], tuple[str, str]]
) -> None:
    with db.transaction(slack_board.database_url) as session:
        before_members = session.scalars(select(Member.id).order_by(Member.id)).all()
    result = slack_board.http.post(*request(), timestamp=int(time.time()))
    assert result.status < 500, (request, result.text)
    with db.transaction(slack_board.database_url) as session:
        assert session.scalars(select(Member.id).order_by(Member.id)).all() == before_members
        for action in session.scalars(select(Action)):  # an action is whole: it has its owners and its event
            assert action.assignments, action.text
            assert session.scalar(select(func.count()).select_from(Event).where(Event.entity_id == action.id))


@pytest.mark.parametrize(
    ("method", "path", "body", "content_type", "signed"),
    [
        ("GET", "/slack/events", b"", None, False),
        ("OPTIONS", "/slack/events", b"", None, False),
        ("POST", "/elsewhere", b"{}", JSON, False),
        ("POST", "/slack/events", b"payload=\xff\xfe", FORM, True),  # not UTF-8
        ("POST", "/slack/events", b'{"type": "\xff"}', JSON, True),
        ("POST", "/slack/events", b'{"type": "event_callback"}', FORM, True),  # JSON sent as a form
        ("POST", "/slack/events", b"payload=%7B%7D", JSON, True),  # a form sent as JSON
        ("POST", "/slack/events", b"[" * 5000 + b"]" * 5000, JSON, True),  # nested past Python's recursion limit
    ],
)
def test_raw_http_oddities_get_a_4xx(
    slack_board: SlackBoard, method: str, path: str, body: bytes, content_type: str | None, signed: bool
) -> None:
    host, port = slack_board.http.base_url.removeprefix("http://").split(":")
    headers = {"Content-Type": content_type} if content_type else {}
    if signed:
        headers |= slack.sign(body.decode("latin-1"), slack_board.http.signing_secret, content_type=content_type)
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    connection.request(method, path, body=body, headers=headers)
    assert 400 <= connection.getresponse().status < 500
    served(slack_board)
