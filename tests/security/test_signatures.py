"""Requests Slack did not sign, or signed too long ago, get 401 and change nothing."""

from __future__ import annotations

import time

from sqlalchemy import func, select

from store import db
from store.models import Action
from tests.slack import requests as slack
from tests.slack.conftest import SlackBoard


def actions(board: SlackBoard) -> int:
    with db.transaction(board.database_url) as session:
        return session.scalar(select(func.count()).select_from(Action)) or 0


def test_unsigned_forged_and_stale_requests_get_401(slack_board: SlackBoard) -> None:
    body, kind = slack.dm("UMARTINE", "Viv Townsend to send the chart by 22 May")
    assert slack_board.http.post(body, kind, signed=False).status == 401
    forged = slack.sign(body, "not-the-secret")
    assert slack_board.http.post(body, kind, signed=False, headers=forged).status == 401
    stale = int(time.time()) - 6 * 60
    assert slack_board.http.post(body, kind, timestamp=stale).status == 401
    future = int(time.time()) + 6 * 60
    assert slack_board.http.post(body, kind, timestamp=future).status == 401
    tampered = slack.sign(body, "test-signing-secret")
    assert slack_board.http.post(body.replace("chart", "cheque"), kind, signed=False, headers=tampered).status == 401
    assert actions(slack_board) == 0
    assert slack_board.posted() == []
    assert slack_board.http.post(body, kind).status == 200
    assert actions(slack_board) == 1


def test_garbage_bodies_get_a_quiet_4xx(slack_board: SlackBoard) -> None:
    for body, kind in (("{not json", "application/json"), ("payload=%7Bbroken", "application/x-www-form-urlencoded"),
                       ("", "application/json"), ("\x00\xff" * 100, "application/octet-stream")):  # fmt: skip
        status = slack_board.http.post(body, kind).status
        assert 400 <= status < 500, (body[:20], status)
    assert actions(slack_board) == 0


def test_url_verification_answers_the_challenge(slack_board: SlackBoard) -> None:
    result = slack_board.send(slack.url_verification("abc123"))
    assert result.status == 200 and "abc123" in result.text
