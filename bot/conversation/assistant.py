"""The assistant: one entry point that every front end (console, Slack, later Teams) talks to.

``Assistant.reply`` takes who wrote, what they wrote and when, and returns a platform-free Reply.
Each call is one database transaction. Questions back to the writer (which Sue? record Anthea Jones as an
external owner?) carry plain-JSON payloads; ``Assistant.resolve`` continues from the one picked.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.conversation.answers import picked
from bot.conversation.turn import ActionForm, Paging, Turn
from bot.directory import MANAGERS, Person, load_directory
from bot.errors import BoardError, NotAllowed, NotFound
from bot.events import first_delivery
from bot.replies import Reply
from bot.reports import tracker as tracker_report
from bot.reports.home import Home, home_for
from bot.reports.home_chart import HomeChart, home_chart
from bot.tracker import audits, questions
from bot.tracker.boards import board_for_team, count_boards, find_board
from bot.tracker.identity import Accounts, FirstContact, Platform, first_contact, link_by_name
from bot.tracker.stored_text import without_controls
from bot.understanding.interpretation import Interpretation
from bot.understanding.names import NameIndex
from bot.understanding.privacy import guard
from bot.understanding.snapshot import Snapshot
from store.db import read_or_write, reading, run_in_transaction, transaction
from store.models import Board

ALREADY_DONE = "I've already done that: this request was handled before, so nothing was changed."
ROSTER_CHANGED = (
    "Your entry on the board's roster has just changed, so I've done nothing; please ask the business manager."
)


class Assistant:
    """The board assistant for one board in one database."""

    def __init__(self, database_url: str, board_id: int, *, page_size: int | None = None) -> None:
        """``page_size``: how many actions a listing reply holds (None: all of them, as the console shows)."""
        self.database_url = database_url
        self.board_id = board_id
        self.page_size = page_size
        self._snapshot: Snapshot | None = None
        self._lock = threading.Lock()

    def snapshot(self, session: Session) -> Snapshot:
        """The board's directory and name index, reloaded only when the roster version moves on."""
        version = session.scalar(select(Board.roster_version).where(Board.id == self.board_id))
        if version is None:
            raise NotFound("This board no longer exists.")
        current = self._snapshot
        if current is not None and current.directory.version == version:
            return current
        with self._lock:  # requests arriving together after a roster change load it once
            current = self._snapshot
            if current is None or current.directory.version != version:
                directory = load_directory(session, self.board_id)
                current = self._snapshot = Snapshot(directory, NameIndex(directory))
            return current

    def member_for_chat_user(self, user_id: str, platform: Platform = "slack") -> Person | None:
        """The member linked to a chat account: from the roster in memory when it knows them (each use case checks
        the writer against the current roster), else from the current roster (a member linked since)."""
        member = self.member_in_memory(user_id, platform)
        return member or self.snapshot_now().directory.member_for_chat_user(user_id, platform)

    def member_in_memory(self, user_id: str, platform: Platform = "slack") -> Person | None:
        """The member linked to a chat account, from the roster already in memory only (no database: None when it
        is not there, and the caller asks ``member_for_chat_user``). Each use case checks the writer again."""
        cached = self._snapshot
        return cached.directory.member_for_chat_user(user_id, platform) if cached is not None else None

    def chat_account(self, user_id: str, accounts: Accounts, platform: Platform = "slack") -> Person | FirstContact:
        """The member behind a chat account: known already, or linked now by the account's verified email; else
        what the managers should be told (once) about an account that is not on the roster."""
        person = self.member_for_chat_user(user_id, platform)
        if person is not None:
            return person
        profile = accounts.profile(user_id)  # the platform is asked outside any transaction
        with transaction(self.database_url) as session:
            names = self.snapshot(session).names
            contact = first_contact(session, self.board_id, profile, user_id, names, platform)
        return self.member_for_chat_user(user_id, platform) or contact  # linked by us, or by another request now

    def snapshot_now(self) -> Snapshot:
        """The board's current snapshot (one statement when it is in memory already)."""
        return read_or_write(self.database_url, self.snapshot)

    def understand(self, writer: Person | None, text: str, now: dt.datetime) -> Interpretation:
        """What a message means, without acting on it (to prefill a form)."""
        return self.snapshot_now().interpret(without_controls(text), writer, now)

    def writer(self, session: Session, name: str) -> Person:
        """The member a console user or script speaks as."""
        return self.snapshot(session).person(name)

    # Messages ---------------------------------------------------------------------------------------------
    def reply(self, writer: Person, text: str, now: dt.datetime, *, delivery: str | None = None) -> Reply:
        """Answer one message from a member: one path for every message, the privacy guard, then understanding
        (leave is an intent like any other), then the use case.

        ``delivery`` identifies the platform's delivery (Slack's event_id): a redelivery of one already
        answered changes nothing and returns a Reply marked ``duplicate``.
        """

        def answer(turn: Turn) -> Reply:
            if delivery is not None and not first_delivery(turn.session, self.board_id, delivery):
                return Reply("", duplicate=True)
            said = _said(text)  # nothing that identifies a child is acted on, whatever the message means
            offered = questions.take(turn.session, self.board_id, turn.writer.id, now)
            choice = picked(offered, said) if offered else None
            if choice is not None:  # a typed answer to the last question: "2", "Karen Palk", "yes"
                return turn.resume(choice)
            return turn.answer(turn.snapshot.interpret(said, turn.writer, now), said=said)

        return self._run(writer, now, answer)

    def resolve(
        self, writer: Person, payload: dict[str, Any], now: dt.datetime, *, delivery: str | None = None
    ) -> Reply:
        """Carry on after the writer picked one of a reply's options."""

        def step(turn: Turn) -> Reply:
            questions.close(turn.session, self.board_id, turn.writer.id)
            return turn.resume(payload)

        return self._run(writer, now, step, delivery=delivery)

    def query(
        self, writer: Person, text: str, now: dt.datetime, *, page: int = 0, delivery: str | None = None
    ) -> Reply:
        """`/dscb-actions [text]`: my actions; "all", "overdue", "A-12", a name or agency; or a new action.

        ``page`` picks a page of a listing (see ``page_size`` and ``Reply.listing``)."""

        def step(turn: Turn) -> Reply:
            return turn.query(_said(text))

        return self._run(writer, now, step, page=page, delivery=delivery, read_first=True)

    def close(self, writer: Person, number: int, now: dt.datetime, *, delivery: str | None = None) -> Reply:
        return self._run(writer, now, lambda turn: turn.close(number), delivery=delivery)

    def change_due(
        self, writer: Person, number: int, due: dt.date | None, now: dt.datetime, *, delivery: str | None = None
    ) -> Reply:
        return self._run(writer, now, lambda turn: turn.change_due(number, due), delivery=delivery)

    def add_note(
        self, writer: Person, number: int, note: str, now: dt.datetime, *, delivery: str | None = None
    ) -> Reply:
        return self._run(writer, now, lambda turn: turn.add_note(number, _said(note)), delivery=delivery)

    def record(self, writer: Person, form: ActionForm, now: dt.datetime, *, delivery: str | None = None) -> Reply:
        """Record an action from a form (a modal): owners already chosen from the roster."""
        return self._run(
            writer,
            now,
            lambda turn: turn.record_form(replace(form, task=without_controls(form.task))),
            delivery=delivery,
        )

    def apologise(
        self, writer: Person, now: dt.datetime, *, day: dt.date | None = None, representative: str | None = None,
        delivery: str | None = None,
    ) -> Reply:  # fmt: skip
        """Apologies for the meeting on ``day`` (by default the next board meeting)."""
        return self._run(writer, now, lambda turn: turn.apologise(day, representative), delivery=delivery)

    def apology_command(self, writer: Person, text: str, now: dt.datetime, *, delivery: str | None = None) -> Reply:
        """`/dscb-apologies [meeting] [named representative]`, e.g. "10 July Claire Hill"."""
        return self._run(writer, now, lambda turn: turn.apology_command(_said(text)), delivery=delivery)

    def audit_command(self, writer: Person, text: str, now: dt.datetime, *, delivery: str | None = None) -> Reply:
        """`/dscb-audit [update | status]`: no text or "status" gives every audit type's position."""
        return self._run(writer, now, lambda turn: turn.audit_command(_said(text)), delivery=delivery)

    def link_account(
        self, writer: Person, user_id: str, name: str, now: dt.datetime, *, delivery: str | None = None
    ) -> Reply:
        """The manager or chair links a chat account to a member ("link @someone to Viv Townsend")."""

        def step(turn: Turn) -> Reply:
            if turn.writer.role not in MANAGERS:
                raise NotAllowed("Only the business manager or the chair can link people to the roster.")
            before = turn.snapshot.names.person(name).member
            member = link_by_name(turn.session, self.board_id, user_id, name, turn.snapshot.names, actor=writer.name)
            old = before.slack_user_id if before is not None and before.slack_user_id != user_id else None
            replaced = f" It replaces their previous account ({old}), which is no longer linked." if old else ""
            return Reply(f"Linked that account to {member.name}.{replaced}", stored=True)

        return self._run(writer, now, step, delivery=delivery)

    def preview_minutes(self, writer: Person, data: bytes, filename: str, now: dt.datetime, source: str) -> Reply:
        """What importing minutes would store, with Confirm / Cancel; ``source`` lets the front end refetch them."""
        return self._run(writer, now, lambda turn: turn.minutes(data, filename, source=source))

    def import_minutes(
        self, writer: Person, data: bytes, filename: str, now: dt.datetime, *, delivery: str | None = None,
        corrections: dict[str, str] | None = None,
    ) -> Reply:  # fmt: skip
        """Store minutes (the business manager or the chair), with the owners and dates corrected in the preview
        (``corrections``: "owner:N" -> member id, "due:N" -> ISO date); each owner's new actions are in ``extra``."""
        return self._run(writer, now, lambda turn: turn.minutes(data, filename, source=None, corrections=corrections),
                         delivery=delivery)  # fmt: skip

    def tracker_file(self, writer: Person, kind: str, now: dt.datetime) -> tuple[str, bytes]:
        """The tracker report for the next meeting pack as a file: (file name, content)."""
        with reading(self.database_url) as session:
            report = tracker_report.build_report(session, self.board_id, meeting=None, today=now.date(),
                                                 engagement=kind in tracker_report.ENGAGED_FORMATS)  # fmt: skip
        content = tracker_report.render(report, kind)
        name = f"action-tracker-{report.meeting.isoformat()}.{kind}"
        return name, content.encode("utf-8") if isinstance(content, str) else content

    def set_audit_status(
        self, writer: Person, return_id: int, status: str, now: dt.datetime, *, delivery: str | None = None
    ) -> Reply:
        """An App Home button: a member sets their own agency's return (the manager and chair any)."""

        def step(turn: Turn) -> Reply:
            row = audits.set_status(turn.session, self.board_id, return_id, audits.parse_status(status), by=writer)
            return Reply(f"{row.cycle.type.value} {row.cycle.name} for {row.subject}: "
                         f"{row.status.value.replace('_', ' ')}.", stored=True)  # fmt: skip

        return self._run(writer, now, step, delivery=delivery)

    def home(self, writer: Person, now: dt.datetime, *, actions_shown: int | None = None) -> Home:
        """The member's home page; ``actions_shown`` caps the actions listed (the counts cover all of them). Read
        without BEGIN and COMMIT on PostgreSQL, and read again on a new connection if the pooled one was dead."""

        def page(session: Session) -> Home:
            snapshot = self.snapshot(session)
            current = _current(writer, snapshot)
            if current is None:
                raise NotFound(ROSTER_CHANGED)
            return home_for(session, self.board_id, current, snapshot.directory, now.date(), limit=actions_shown)

        return read_or_write(self.database_url, page)

    def home_chart(self, writer: Person, now: dt.datetime) -> HomeChart | None:
        """The figures of the home page's chart: open and overdue actions by agency (every agency for the managers,
        the member's own for a member); None when there is no chart for them."""

        def chart(session: Session) -> HomeChart | None:
            current = _current(writer, self.snapshot(session))
            if current is None:
                raise NotFound(ROSTER_CHANGED)
            return home_chart(session, self.board_id, current, now.date())

        return read_or_write(self.database_url, chart)

    def _run(
        self, writer: Person, now: dt.datetime, step: Callable[[Turn], Reply], *, page: int = 0,
        delivery: str | None = None, read_first: bool = False,
    ) -> Reply:  # fmt: skip
        """One use case in one transaction (retried if the database aborts it to break a deadlock); domain
        errors become a polite private reply and change nothing. ``read_first``: a use case that usually only
        reads (a listing) is tried as a read, without BEGIN and COMMIT on PostgreSQL, and run again in a
        transaction only if it turns out to write (``store.db.read_or_write``).

        ``delivery`` identifies the request (Slack's trigger id): a replay of one that stored something is
        answered ALREADY_DONE and writes nothing, since its key is stored in the same transaction as the change."""
        paging = Paging(page, self.page_size)

        def turn(session: Session) -> Reply:
            snapshot = self.snapshot(session)
            current = _current(writer, snapshot)
            if current is None:
                return Reply(ROSTER_CHANGED, private=True)
            reply = step(Turn(session, self.board_id, snapshot, current, now, paging))
            if reply.options:  # kept, so that a typed answer can settle it from any front end
                questions.ask(session, self.board_id, current.id, reply.options, now)
            asked_or_stored = reply.stored or bool(reply.options)  # a replay must not ask again either
            if delivery is not None and asked_or_stored and not first_delivery(session, self.board_id, delivery):
                raise _Replayed
            return reply

        try:
            if read_first:
                return read_or_write(self.database_url, turn)
            return run_in_transaction(self.database_url, turn)
        except _Replayed:
            return Reply(ALREADY_DONE, private=True, duplicate=True)
        except BoardError as error:
            return Reply(str(error), private=True)


def _said(text: str) -> str:
    """What a person wrote, as a use case acts on it: without control characters, and refused whole when it
    identifies a child (its parts, such as a task and a due date, may each look harmless once read apart)."""
    text = without_controls(text)
    guard(text)
    return text


def board_for_workspace(database_url: str, workspace_id: str, *, installed: bool) -> int:
    """The board of a chat workspace (a Slack team, a Microsoft 365 tenant), set up on first contact when the app
    is installed there; any other workspace gets NotFound and nothing is created."""
    return run_in_transaction(database_url, lambda s: board_for_team(s, workspace_id, installed=installed).id)


def board_by_name(database_url: str, name: str | None) -> int:
    """The board a front end is configured for by name, or the database's only board; set up only in a database
    with no board yet (a misspelt name never makes a second, empty board: NotFound says so)."""
    return run_in_transaction(database_url, lambda s: find_board(s, name, create=count_boards(s) == 0).id)


class _Replayed(Exception):
    """A replayed request: its transaction is rolled back."""


def _current(writer: Person, snapshot: Snapshot) -> Person | None:
    """The writer as the current roster has them: a front end may have found them in an older one."""
    current = snapshot.directory.member(writer.id)
    if current is not None and (current.slack_user_id, current.teams_user_id) == (
        writer.slack_user_id, writer.teams_user_id
    ):  # fmt: skip
        return current
    if writer.slack_user_id:
        return snapshot.directory.member_for_chat_user(writer.slack_user_id)
    return snapshot.directory.member_for_chat_user(writer.teams_user_id, "teams") if writer.teams_user_id else None
