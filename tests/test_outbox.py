"""The core's outbox with a plain fake Sender (no chat platform): new owners, minutes owners and managers' alerts
are each told once, however often a reply's notices are handed over; the writer is not told about their own."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pytest

from bot.conversation.assistant import Assistant
from bot.delivery import outbox
from bot.delivery.outbox import Alert, NewActions, NotDelivered, Notice, notices_after, send_notices
from bot.directory import Person
from bot.replies import Reply
from bot.tracker.identity import Profile
from tests.conftest import SEED_NOW, make_board
from tests.test_assistant import say


@dataclass
class Sender:
    """Accounts by roster email; every notice it is given, in order."""

    sent: list[tuple[str, Notice]] = field(default_factory=list)
    platform: str = "slack"

    def profile(self, user_id: str) -> Profile | None:
        return None

    def user_for_email(self, email: str) -> str | None:
        return "U" + email.split("@")[0].replace(".", "").upper()[:20]

    def send(self, to: str, notice: Notice) -> None:
        self.sent.append((to, notice))

    def away_until(self, account: str, today: dt.date, time_zone: str) -> dt.date | None:
        return None


def test_a_new_owner_is_told_once_and_the_writer_not_at_all(database_url: str) -> None:
    assistant = Assistant(database_url, make_board(database_url))
    reply = say(assistant, "Martine McFadden", "Viv Townsend and Martine McFadden to send the chart by 22 May")
    assert reply.stored
    writer = assistant.snapshot_now().names.person("Martine McFadden").member
    assert isinstance(writer, Person)
    sender = Sender()
    notices = notices_after(reply, writer.id, SEED_NOW.date())
    for _ in range(3):  # a retry, a second process: the delivery keys keep it to one send
        send_notices(sender, database_url, assistant.board_id, notices, SEED_NOW.date())
    assert [(to, type(n.content)) for to, n in sender.sent] == [("UVIVTOWNSEND", NewActions)]


def test_alerts_are_sent_once_per_manager(database_url: str) -> None:
    assistant = Assistant(database_url, make_board(database_url))
    manager = assistant.snapshot_now().names.person("Martine McFadden").member
    assert isinstance(manager, Person)
    reply = Reply("x", stored=True, extra={"alerts": [(manager.id, "The board meeting is not quorate.")]})
    sender = Sender()
    for _ in range(2):
        send_notices(
            sender, database_url, assistant.board_id, notices_after(reply, 0, SEED_NOW.date()), SEED_NOW.date()
        )
    assert [(to, n.content) for to, n in sender.sent] == [
        ("UMARTINEMCFADDEN", Alert("The board meeting is not quorate."))
    ]


def test_a_rate_limited_notice_waits_as_asked_and_is_sent_on_the_next_run(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assistant = Assistant(database_url, make_board(database_url))
    manager = assistant.snapshot_now().names.person("Martine McFadden").member
    assert isinstance(manager, Person)
    reply = Reply("x", stored=True, extra={"alerts": [(manager.id, "At risk.")]})
    waits: list[float] = []
    monkeypatch.setattr(outbox.time, "sleep", waits.append)

    class Limited(Sender):
        def send(self, to: str, notice: Notice) -> None:
            raise NotDelivered("ratelimited", retry_after=7)

    today = SEED_NOW.date()
    first = send_notices(Limited(), database_url, assistant.board_id, notices_after(reply, 0, today), today)
    assert (first.sent, first.failed, waits) == (0, 1, [7])
    sender = Sender()
    second = send_notices(sender, database_url, assistant.board_id, notices_after(reply, 0, today), today)
    assert second.sent == 1 and [to for to, _ in sender.sent] == ["UMARTINEMCFADDEN"]
