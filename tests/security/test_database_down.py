"""The database stopped or hung: every kind of request is answered politely within Slack's 3 seconds, never a 500,
and work left waiting on a hung database does not commit after the person was told it was not saved.

PostgreSQL is reached through the loopback proxy of test_faults (cut: connections refused and reset; frozen:
connections held open with no byte passed, as a hung server does). SQLite hangs when another process holds its
write lock.
"""

from __future__ import annotations

import json
import sqlite3
import time

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from handlers.slack import answering
from handlers.slack.answering import DATABASE_DOWN, DATABASE_SLOW, SAVED_SLOWLY
from handlers.slack.app import create_app
from handlers.slack.server import wsgi_for
from store import db
from store.models import Action, Assignment, AssignmentStatus, Event
from tests.conftest import SEED_NOW, add_board_meetings, make_board
from tests.security.proxy import Proxy
from tests.slack import requests as slack
from tests.slack.conftest import SECRET, SlackBoard, settings_for
from tests.slack.mock_web_api import MockSlack

SLACKS_WAIT = 3.0


@pytest.fixture
def proxied(via_proxy: tuple[Proxy, str, slack.HttpApp]) -> tuple[Proxy, str, slack.HttpApp]:
    """test_faults' app behind the proxy, with a client that gives up after Slack's 3 seconds."""
    proxy, direct, http = via_proxy
    return proxy, direct, slack.HttpApp(http.base_url, SECRET, http.path, timeout=SLACKS_WAIT)


def every_kind(mock: MockSlack) -> list[tuple[str, tuple[str, str]]]:
    """One request of each kind that reads or writes the board."""
    message = {"ts": slack.new_ts(), "text": "x"}
    owners = {"owners": {"type": "multi_external_select", "selected_options": [{"value": "1"}]}}
    record = {
        "task": {"task": {"type": "plain_text_input", "value": "Book the room"}},
        "owners": owners,
        "due": {"due": {"type": "datepicker", "selected_date": "2015-06-01"}},
    }
    base = mock.response_url_base
    return [
        (
            "slash command",
            slack.slash_command("/dscb-actions", "Tony to book the room by 1 June", "UMARTINE", response_url_base=base),
        ),
        ("dm", slack.dm("UVIV", "Viv Townsend to send the chart by 22 May")),
        (
            "done button",
            slack.block_action(
                "UVIV", "action_done", value="1", message=message, channel="DUVIV", response_url_base=base
            ),
        ),
        ("app home", slack.app_home_opened("UVIV")),
        ("record modal", slack.view_submission("UMARTINE", "record_action_modal", record, "{}")),
        (
            "update modal",
            slack.view_submission(
                "UVIV", "add_update_modal", {"note": {"note": {"value": "Sent"}}}, json.dumps({"number": 1})
            ),
        ),
        ("apologies", slack.slash_command("/dscb-apologies", "", "UVIV", response_url_base=base)),
    ]


def told(mock: MockSlack, since: int, text: str) -> bool:
    """Whether the apology reached the person by any of Slack's ways (a message, an ephemeral, a response_url)."""
    seen = json.dumps([c.params for c in mock.calls()[since:]])
    return text.replace("'", "\\u2019") in seen or text in seen or json.dumps(text)[1:-1] in seen


def answered_politely(result: slack.HttpResult, mock: MockSlack, since: int, text: str) -> bool:
    if result.status != 200:
        return False
    if text in result.text or json.dumps(text)[1:-1] in result.text:
        return True
    deadline = time.monotonic() + answering.EVENT_WITHIN + 2  # a message's work may run past Slack's acknowledgement
    while time.monotonic() < deadline:  # the apology after an acknowledgement goes out on Slack's Web API
        if told(mock, since, text):
            return True
        time.sleep(0.05)
    return False


def each_answered(http: slack.HttpApp, mock: MockSlack, *texts: str, skip: tuple[str, ...] = ()) -> None:
    """Every kind of request gets one of ``texts`` in time, by any of Slack's ways."""
    for kind, payload in every_kind(mock):
        if kind in skip:
            continue
        since = len(mock.calls())
        result = http.send(payload)  # the client gives up after Slack's 3 seconds
        assert any(answered_politely(result, mock, since, text) for text in texts), (kind, result)


def warm(http: slack.HttpApp) -> None:
    """Link the writers and record A-1 while the database is up."""
    for user in ("UMARTINE", "UVIV"):
        assert http.send(slack.slash_command("/dscb", "", user)).status == 200
    assert http.send(slack.slash_command("/dscb-actions", "Viv Townsend to send the chart by 22 May", "UMARTINE"))


def actions(url: str) -> list[tuple[str, AssignmentStatus]]:
    with db.reading(url) as session:
        return [(a.text, s) for a, s in session.execute(select(Action, Assignment.status).join(Assignment))]


@pytest.mark.postgres
def test_every_request_is_answered_politely_while_postgresql_is_stopped(
    proxied: tuple[Proxy, str, slack.HttpApp], mock_slack: MockSlack
) -> None:
    proxy, direct, http = proxied
    warm(http)
    before = actions(direct)
    proxy.cut()
    each_answered(http, mock_slack, DATABASE_DOWN)
    proxy.restore()
    assert actions(direct) == before
    assert http.send(slack.slash_command("/dscb-actions", "", "UVIV")).status == 200


@pytest.mark.postgres
def test_every_request_is_answered_in_time_while_postgresql_hangs_and_nothing_commits_late(
    proxied: tuple[Proxy, str, slack.HttpApp], mock_slack: MockSlack, short_event_window: None
) -> None:
    proxy, direct, http = proxied
    warm(http)
    before = actions(direct)
    proxy.freeze()
    each_answered(http, mock_slack, DATABASE_SLOW, DATABASE_DOWN)
    proxy.thaw()
    time.sleep(4)  # the abandoned work reaches its commit and is refused
    assert actions(direct) == before
    with db.reading(direct) as session:
        assert session.scalar(select(func.count()).select_from(Event).where(Event.change == "update")) == 0
    again = http.send(slack.slash_command("/dscb-actions", "Tony to book the room by 1 June", "UMARTINE"))
    assert again.json()["text"].startswith("Recorded A-2 for Tony Oakman")


def test_a_hung_sqlite_database_is_answered_in_time_and_nothing_commits_late(
    sqlite_url: str, mock_slack: MockSlack, short_event_window: None
) -> None:
    add_board_meetings(sqlite_url, make_board(sqlite_url))
    app = create_app(settings_for(mock_slack), sqlite_url, clock=lambda: SEED_NOW)
    with slack.BoltServer(wsgi_for(app)) as server:
        http = slack.HttpApp(server.url, SECRET, timeout=SLACKS_WAIT)
        warm(http)
        before = actions(sqlite_url)
        holder = sqlite3.connect(make_url(sqlite_url).database or "", isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")  # another process holds the write lock
        try:  # reads take no lock in WAL mode: the home page is answered as usual
            each_answered(http, mock_slack, DATABASE_SLOW, skip=("app home",))
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        time.sleep(1.5)
        assert actions(sqlite_url) == before
        again = http.send(slack.slash_command("/dscb-actions", "Tony to book the room by 1 June", "UMARTINE"))
        assert again.json()["text"].startswith("Recorded A-2 for Tony Oakman")
    db.engine_for(sqlite_url).dispose()


@pytest.fixture
def short_event_window(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message's work may run no longer than a command's (the tests of apologies then take seconds, not ten)."""
    monkeypatch.setattr(answering, "EVENT_WITHIN", answering.ANSWER_WITHIN)


def test_a_slow_slack_after_a_save_is_never_told_as_nothing_saved(
    slack_board: SlackBoard, short_event_window: None
) -> None:
    """The action is stored, then Slack's Web API takes longer than the request may wait: the answer says it was
    saved (never "nothing was changed"), and it was stored once."""
    slack_board.dm("UMARTINE", "what do I owe?")
    slack_board.mock.wait_for("chat.postMessage")
    slack_board.mock.delay("chat.postMessage", 3.0)
    started = time.monotonic()
    result = slack_board.send(slack.dm("UMARTINE", "Viv Townsend to send the chart by 22 May"))
    assert result.status == 200 and time.monotonic() - started < SLACKS_WAIT
    said = [c.params["text"] for c in slack_board.mock.wait_for("chat.postMessage", 3, timeout=10)]
    assert SAVED_SLOWLY in said and not any("nothing was changed" in text for text in said)
    assert actions(slack_board.database_url) == [("Send the chart", AssignmentStatus.OPEN)]


def test_a_message_slower_than_slacks_wait_is_acknowledged_then_answered_in_full(slack_board: SlackBoard) -> None:
    """A message whose work outlasts Slack's three seconds is acknowledged in time, then saved and answered by its
    own reply (no apology): the person gets the ordinary answer, late."""
    slack_board.dm("UMARTINE", "what do I owe?")
    slack_board.mock.wait_for("chat.postMessage")
    slack_board.mock.reset()
    slack_board.mock.delay("chat.postMessage", 3.0)
    started = time.monotonic()
    result = slack_board.send(slack.dm("UMARTINE", "Viv Townsend to send the chart by 22 May"))
    assert result.status == 200 and time.monotonic() - started < SLACKS_WAIT
    said = [c.params["text"] for c in slack_board.mock.wait_for("chat.postMessage", 1, timeout=10)]
    assert any("Viv Townsend" in text and "A-1" in text for text in said), said
    assert not any(text in (SAVED_SLOWLY, DATABASE_SLOW) or "nothing was changed" in text for text in said)
    assert actions(slack_board.database_url) == [("Send the chart", AssignmentStatus.OPEN)]
