"""Messages the assistant starts in Teams, through the core's outbox: new owners told in their personal chat, the
daily digests (each sent once, whatever the connector's rate limits), the manager told who Teams cannot reach and
about accounts that are not on the roster. Only members who have opened a chat with the assistant are reached."""

from __future__ import annotations

import datetime as dt
import time

from sqlalchemy import select

from handlers.teams.outbox import run_due_digests
from store import db
from store.models import Delivery, DeliveryStatus
from tests.teams.conftest import TeamsBoard, card_text, said

MONDAY = dt.datetime(2015, 6, 29, 9, 0)  # a working day after the digest time, the board meeting 11 days ahead


def opened(board: TeamsBoard, *who: str) -> None:
    """Each member opens a personal chat with the assistant (their address is kept)."""
    for name in who:
        board.say(name, "hello")


def personal(board: TeamsBoard, who: str) -> list[str]:
    return [said(r) for r in board.replies(f"a:personal-{who}")]


def settle(board: TeamsBoard, deliveries: int) -> None:
    """Wait until the notices replies sent on in the background have gone (``deliveries`` settled in all)."""
    for _ in range(200):
        with db.reading(board.database_url) as session:
            done = session.scalars(select(Delivery).where(Delivery.status != DeliveryStatus.PENDING)).all()
        if len(done) >= deliveries:
            return
        time.sleep(0.05)
    raise AssertionError(f"{deliveries} notices did not settle")


def test_a_new_owner_who_has_opened_a_chat_is_told_and_one_who_has_not_is_not(teams_board: TeamsBoard) -> None:
    opened(teams_board, "viv", "tony")
    teams_board.say("viv", "Tony Oakman to circulate the presentation by 30 June")
    teams_board.say("viv", "Martine McFadden to book the room by 30 June")  # Martine never opened a chat
    settle(teams_board, 2)
    told = personal(teams_board, "tony")
    assert any("You have a new action" in text and "Circulate the presentation" in text for text in told)
    assert personal(teams_board, "martine") == []
    with db.reading(teams_board.database_url) as session:
        keys = {d.key: d.status for d in session.scalars(select(Delivery))}
    assert any(k.startswith("teams:new-action:") and v is DeliveryStatus.SENT for k, v in keys.items())


def test_the_daily_digests_go_once_to_those_reachable_and_the_manager_hears_of_the_rest(
    teams_board: TeamsBoard,
) -> None:
    opened(teams_board, "viv", "martine")
    teams_board.say("viv", "Viv Townsend to send the audit summary by 1 July")
    teams_board.say("viv", "Tony Oakman to send the training figures by 1 July")  # Tony never opened a chat
    settle(teams_board, 1)
    before = len(teams_board.connector.sent())
    teams_board.connector.refuse = 1  # the first message meets a rate limit: retried on the next run
    sender = teams_board.sender()
    boards = lambda: {teams_board.board_id}  # noqa: E731
    first = run_due_digests(sender, teams_board.database_url, boards, lambda: MONDAY, pace_seconds=0)
    second = run_due_digests(sender, teams_board.database_url, boards, lambda: MONDAY, pace_seconds=0)
    third = run_due_digests(sender, teams_board.database_url, boards, lambda: MONDAY, pace_seconds=0)
    report = first[teams_board.board_id]
    assert report.failed == 1 and report.no_account == 1
    assert second[teams_board.board_id].sent == 1 and third[teams_board.board_id].sent == 0
    digests = teams_board.connector.sent()[before:]
    to = sorted(c.body["conversation"]["id"] for c in digests)
    assert to == ["a:personal-martine", "a:personal-viv"]  # the manager's digest, and Viv's
    viv = card_text(next(c.body for c in digests if c.body["conversation"]["id"] == "a:personal-viv")
                    ["attachments"][0]["content"])  # fmt: skip
    assert "Hello Viv" in viv and "Send the audit summary" in viv
    manager = [card_text(c.body["attachments"][0]["content"]) for c in digests
               if c.body["conversation"]["id"] == "a:personal-martine"]  # fmt: skip
    unreachable = next(text for text in manager if "Not reachable in Teams yet" in text)
    assert "Tony Oakman" in unreachable and "Viv Townsend" not in unreachable.split("yet")[1]


def test_the_managers_hear_once_of_an_account_not_on_the_roster(teams_board: TeamsBoard) -> None:
    opened(teams_board, "martine")
    teams_board.say("impostor", "what do I owe?")
    settle(teams_board, 1)
    teams_board.say("impostor", "what about now?")
    time.sleep(0.3)  # a second notice, were there one, would have gone by now
    alerts = [text for text in personal(teams_board, "martine") if "not linked" in text or "display name" in text]
    assert len(alerts) == 1 and "Sally Holmes" in alerts[0] and "dscb link --teams" in alerts[0]
