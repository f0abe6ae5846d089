"""`dscb history A-N`: an action's life as prose a person understands, the raw events with --json, and a change
repeated as it stands stored once; on SQLite and PostgreSQL. The life is lived in the core with the clock fixed
at each moment (as `--now` fixes it), then read through the real command."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import clock
from bot.conversation.assistant import Assistant
from bot.directory import Person
from bot.events import record_event
from bot.reports.history import action_history, event_words
from bot.tracker import actions as tracker
from bot.understanding.interpretation import Owner
from store import db
from store.models import Event
from tests.conftest import dscb


def _at(url: str, board_id: int, when: str, step: Callable[[Session, Callable[[str], Person]], Any]) -> None:
    """One change in its own transaction, with the clock fixed at ``when`` (London time)."""
    with clock.fixed_at(dt.datetime.fromisoformat(when)), db.transaction(url) as session:
        snapshot = Assistant(url, board_id).snapshot(session)
        step(session, snapshot.person)


@pytest.fixture
def url(database_url: str, board_id: int) -> str:
    """A-1, recorded on 15 May by the manager for Pam Smith, updated twice alike on 2 June, re-dated on 3 June,
    reassigned twice alike to Viv Townsend on 4 June, and done by him on 20 June."""
    today = dt.date(2015, 6, 20)

    def record(s: Session, who: Callable[[str], Person]) -> None:
        pam = who("Pam Smith")
        new = tracker.NewAction(
            "Send the CAMHS waiting times", (Owner("member", pam.name, pam.id),), dt.date(2015, 6, 30)
        )
        tracker.record_action(s, board_id, new, by=who("Martine McFadden"))

    def viv(who: Callable[[str], Person]) -> tuple[Owner]:
        return (Owner("member", "Viv Townsend", who("Viv Townsend").id),)

    _at(database_url, board_id, "2015-05-15T09:30", record)
    for when in ("2015-06-02T11:00", "2015-06-02T11:05"):
        _at(database_url, board_id, when, lambda s, who: tracker.add_note(
            s, board_id, 1, "data requested from BI", by=who("Pam Smith"), today=today))  # fmt: skip
    _at(database_url, board_id, "2015-06-03T10:00", lambda s, who: tracker.change_due(
        s, board_id, 1, dt.date(2015, 7, 10), by=who("Martine McFadden"), today=today))  # fmt: skip
    for when in ("2015-06-04T10:00", "2015-06-04T10:01"):
        _at(database_url, board_id, when, lambda s, who: tracker.reassign(
            s, board_id, 1, viv(who), by=who("Martine McFadden"), today=today))  # fmt: skip
    _at(database_url, board_id, "2015-06-20T16:00", lambda s, who: tracker.complete_action(
        s, board_id, 1, by=who("Viv Townsend"), today=today))  # fmt: skip
    return database_url


def test_history_reads_as_prose_and_json_gives_the_raw_events(url: str) -> None:
    shown = dscb("history", "A-1", "--now", "2015-06-21T09:00", url=url)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.splitlines() == [
        "A-1: Send the CAMHS waiting times (done) – Viv Townsend; due Fri 10 July",
        "  15 May: recorded by Martine McFadden for Pam Smith, due 30 June",
        "  2 June: Pam Smith: data requested from BI",
        "  3 June: Martine McFadden moved the due date from 30 June to 10 July",
        "  4 June: Martine McFadden reassigned it from Pam Smith to Viv Townsend",
        "  20 June: marked done by Viv Townsend",
    ]
    raw = json.loads(dscb("history", "a1", "--json", url=url).stdout)
    assert [(h["change"], h["who"]) for h in raw["history"]] == [
        ("recorded", "Martine McFadden"), ("update", "Pam Smith"), ("re-dated", "Martine McFadden"),
        ("reassigned", "Martine McFadden"), ("done", "Viv Townsend"),
    ]  # fmt: skip
    assert raw["history"][1]["new"] == {"note": "data requested from BI"}
    assert (raw["history"][3]["old"], raw["history"][3]["new"]) == (
        {"owners": ["Pam Smith"]},
        {"owners": ["Viv Townsend"]},
    )
    assert raw["history"][0]["at"].startswith("2015-05-15 08:30")  # 09:30 in London, kept as UTC


def test_a_repeat_is_one_event_but_another_change_or_writer_is_new(url: str, board_id: int) -> None:
    def notes(s: Session, who: Callable[[str], Person]) -> None:
        for writer in ("Martine McFadden", "Martine McFadden", "Roger Clayton"):
            tracker.add_note(s, board_id, 1, "chased BI", by=who(writer), today=dt.date(2015, 6, 22))
        manager = who("Martine McFadden")
        tracker.add_note(s, board_id, 1, "data requested from BI", by=manager, today=dt.date(2015, 6, 22))

    _at(url, board_id, "2015-06-22T09:00", notes)
    with db.transaction(url) as session:
        lines = action_history(session, board_id, 1, dt.date(2015, 6, 23)).lines
        events = session.scalars(select(Event.change).where(Event.board_id == board_id, Event.entity == "action"))
        assert list(events).count("reassigned") == 1  # the same reassignment twice is one event
    assert lines[-3:] == ("22 June: Martine McFadden: chased BI", "22 June: Roger Clayton: chased BI",
                          "22 June: Martine McFadden: data requested from BI")  # fmt: skip
    with db.transaction(url) as session:  # an event not yet stored is seen too: the same change twice in a unit
        for _ in range(2):
            record_event(session, board_id, "action", 1, "update", actor="Pam Smith", new={"note": "sent"})
        record_event(
            session, board_id, "action", 1, "re-dated", actor="Pam Smith", old={"due": None}, new={"due": None}
        )
    with db.reading(url) as session:
        notes_now = session.scalars(select(Event.new).where(Event.board_id == board_id, Event.change == "update"))
        assert [n["note"] for n in notes_now].count("sent") == 1
        assert session.scalars(select(Event).where(Event.change == "re-dated")).all()[-1].new == {"due": "2015-07-10"}


def test_dates_carry_the_year_when_it_is_not_this_one(url: str, board_id: int) -> None:
    with db.reading(url) as session:
        lines = action_history(session, board_id, 1, dt.date(2016, 1, 4)).lines
    assert lines[0] == "15 May 2015: recorded by Martine McFadden for Pam Smith, due 30 June 2015"


def test_each_kind_of_event_in_words() -> None:
    today = dt.date(2015, 7, 1)
    assert event_words("done", "Martine McFadden", {"assignments": {"3": "open"}},
                       {"assignments": {"3": "done"}, "for": "Pam Smith"}, today) == (
        "Martine McFadden marked Pam Smith's part done")  # fmt: skip
    assert event_words("done", "Martine McFadden", None, {"assignments": {"1": "done", "2": "done"}}, today) == (
        "marked done by Martine McFadden (2 parts)"
    )
    assert event_words("dropped", "Tony Oakman", {"assignments": {"1": "open"}}, {"reason": "superseded by A-20"},
                       today) == "dropped by Tony Oakman: superseded by A-20"  # fmt: skip
    assert event_words("re-dated", "Pam Smith", {"due": "2015-06-30"}, {"due": None}, today) == (
        "Pam Smith took the due date off (it was 30 June)"
    )
    assert event_words("re-dated", "Pam Smith", {"due": None}, {"due": "2015-06-30"}, today) == (
        "Pam Smith set the due date: 30 June"
    )
    assert event_words("recorded", None, None, {"owners": [], "asap": True}, today, "at the meeting of 15 May") == (
        "recorded at the meeting of 15 May with no owner yet, due as soon as possible"
    )
    assert event_words("reassigned", "Tony Oakman", {"owners": []}, {"owners": ["WMP", "Pam Smith"]}, today) == (
        "Tony Oakman gave it to WMP and Pam Smith"
    )
    assert event_words("share dropped", "roster", None, {"for": "Viv Townsend", "reason": "left the board"},
                       today) == "Viv Townsend's part dropped (left the board)"  # fmt: skip
