"""The assistant: one entry point that every front end (console, Slack, later Teams) talks to.

``Assistant.reply`` takes who wrote, what they wrote and when, and returns a platform-free Reply.
Each call is one database transaction. Questions back to the writer (which Sue? record Anthea Jones as an
external owner?) carry plain-JSON payloads; ``Assistant.resolve`` continues from the one picked.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot import actions, apologies, attendance, audits, tracker_report
from bot.dates import find_dates, parse_date
from bot.directory import Directory, Person, load_directory
from bot.errors import BoardError, InvalidInput, NotAllowed, NotFound
from bot.home import Home, home_for
from bot.identity import link_by_name, managers
from bot.interpret import interpret
from bot.interpretation import AuditReading, Intent, Interpretation, Owner
from bot.leave import parse_leave, set_leave
from bot.meeting_words import meeting_meant
from bot.meetings import describe_meeting
from bot.minutes import Minutes, minutes_text, parse_minutes
from bot.minutes_import import import_minutes
from bot.names import NameIndex
from bot.owners import OwnerResolver, looks_like_a_name
from bot.privacy import guard
from bot.replies import ActionView, Listing, Option, Reply, format_day
from store.db import reading, run_in_transaction, transaction
from store.models import (
    Action,
    AssignmentStatus,
    AuditReturn,
    AuditType,
    Board,
    Meeting,
    MeetingKind,
    ProcessedEvent,
)

HELP = """I keep the board's action tracker. Write to me the way minutes are written, for example:
• Record an action: "Viv Townsend to circulate the presentation by end June"
• What you owe: "what do I owe?" — or someone else's: "what does Tony owe?", "show police actions"
• Close one: "A-12 done" or "I've circulated the presentation"
• Apologies: "can't make 10 July, Claire Hill will come instead"
• Audit returns: "S175: 64 of 114 complete, 24 not started", "WMP S11 submitted",
  "how are the S175 audits going?"
• Meetings: "when is the next board?"
Names can be full names, first names, agencies ("Police", "Public Health") or groups ("all members")."""

NOT_UNDERSTOOD = (
    "I'm not sure what you'd like me to do with that, so I've not recorded anything. "
    'Write "help" to see what I understand.'
)
ROSTER_CHANGED = (
    "Your entry on the board's roster has just changed, so I've done nothing; please ask the business manager."
)
PAYLOAD_TEXT_LIMIT = 1_500
_NEW_CYCLE = re.compile(
    r"^(?:open|new|add|start)?\s*cycle\s+(?P<type>\S+)\s+(?P<name>\S+)(?:\s+due\s+(?P<due>.+))?$", re.I
)
_LEAVE_WORDS = re.compile(
    r"\b(?:on (?:annual )?leave|away|off|out of (?:the )?office|ooo|holiday)\b.*\b(?:until|till|til|back)\b", re.I
)


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A board's names at one roster version: everything understanding needs, with no database."""

    directory: Directory
    names: NameIndex

    def person(self, name: str) -> Person:
        """The member a console user or script speaks as."""
        match = self.names.person(name)
        if match.member is not None:
            return match.member
        if match.candidates:
            names = ", ".join(p.name for p in match.candidates)
            raise NotFound(f"{name!r} could be {names}; give the full name.")
        raise NotFound(f"{name!r} is not a member of this board.")

    def interpret(self, text: str, writer: Person | None, now: dt.datetime) -> Interpretation:
        return interpret(text, writer, now, self.names)


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
        with self._lock:
            directory = load_directory(session, self.board_id)
            self._snapshot = Snapshot(directory, NameIndex(directory))
            return self._snapshot

    @property
    def cached_snapshot(self) -> Snapshot | None:
        """The snapshot last loaded, without asking the database whether the roster has moved on since."""
        return self._snapshot

    def snapshot_now(self) -> Snapshot:
        """The board's current snapshot, read in a transaction of its own."""
        with transaction(self.database_url) as session:
            return self.snapshot(session)

    def understand(self, writer: Person | None, text: str, now: dt.datetime) -> Interpretation:
        """What a message means, without acting on it (to prefill a form)."""
        return self.snapshot_now().interpret(text, writer, now)

    def writer(self, session: Session, name: str) -> Person:
        """The member a console user or script speaks as."""
        return self.snapshot(session).person(name)

    # Messages ---------------------------------------------------------------------------------------------
    def reply(self, writer: Person, text: str, now: dt.datetime, *, delivery: str | None = None) -> Reply:
        """Answer one message from a member.

        ``delivery`` identifies the platform's delivery (Slack's event_id): a redelivery of one already
        answered changes nothing and returns a Reply marked ``duplicate``.
        """

        def answer(turn: _Turn) -> Reply:
            if delivery is not None and not first_delivery(turn.session, self.board_id, delivery):
                return Reply("", duplicate=True)
            guard(text)  # nothing that identifies a child is acted on, whatever the message means
            away = parse_leave(text, now) if _LEAVE_WORDS.search(text) else None
            if away is not None:
                set_leave(turn.session, self.board_id, writer.id, away, by=writer)
                return Reply(f"Noted: no digests or reminders until you're back after {format_day(away, now.date())}. "
                             "Enjoy the break.", stored=True)  # fmt: skip
            return turn.answer(turn.snapshot.interpret(text, writer, now))

        return self._run(writer, now, answer)

    def resolve(self, writer: Person, payload: dict[str, Any], now: dt.datetime) -> Reply:
        """Carry on after the writer picked one of a reply's options."""
        return self._run(writer, now, lambda turn: turn.resume(payload))

    def query(self, writer: Person, text: str, now: dt.datetime, *, page: int = 0) -> Reply:
        """`/dscb-actions [text]`: my actions; "all", "overdue", "A-12", a name or agency; or a new action.

        ``page`` picks a page of a listing (see ``page_size`` and ``Reply.listing``)."""
        return self._run(writer, now, lambda turn: turn.query(text), page=page)

    def close(self, writer: Person, number: int, now: dt.datetime) -> Reply:
        return self._run(writer, now, lambda turn: turn._close(number))

    def change_due(self, writer: Person, number: int, due: dt.date | None, now: dt.datetime) -> Reply:
        return self._run(writer, now, lambda turn: turn.change_due(number, due))

    def add_note(self, writer: Person, number: int, note: str, now: dt.datetime) -> Reply:
        return self._run(writer, now, lambda turn: turn.add_note(number, note))

    def record(self, writer: Person, form: ActionForm, now: dt.datetime) -> Reply:
        """Record an action from a form (a modal): owners already chosen from the roster."""
        return self._run(writer, now, lambda turn: turn.record_form(form))

    def apologise(
        self, writer: Person, now: dt.datetime, *, day: dt.date | None = None, representative: str | None = None
    ) -> Reply:
        """Apologies for the meeting on ``day`` (by default the next board meeting)."""
        return self._run(writer, now, lambda turn: turn.apologise(day, representative))

    def apology_command(self, writer: Person, text: str, now: dt.datetime) -> Reply:
        """`/dscb-apologies [meeting] [named representative]`, e.g. "10 July Claire Hill"."""
        return self._run(writer, now, lambda turn: turn.apology_command(text))

    def audit_command(self, writer: Person, text: str, now: dt.datetime) -> Reply:
        """`/dscb-audit [update | status]`: no text or "status" gives every audit type's position."""
        return self._run(writer, now, lambda turn: turn.audit_command(text))

    def link_account(self, writer: Person, user_id: str, name: str, now: dt.datetime) -> Reply:
        """The manager or chair links a chat account to a member ("link @someone to Viv Townsend")."""

        def step(turn: _Turn) -> Reply:
            if writer.role not in actions.MANAGERS:
                raise NotAllowed("Only the business manager or the chair can link people to the roster.")
            member = link_by_name(turn.session, self.board_id, user_id, name, turn.snapshot.names, actor=writer.name)
            return Reply(f"Linked that account to {member.name}.", stored=True)

        return self._run(writer, now, step)

    def preview_minutes(self, writer: Person, data: bytes, filename: str, now: dt.datetime, source: str) -> Reply:
        """What importing minutes would store, with Confirm / Cancel; ``source`` lets the front end refetch them."""
        return self._run(writer, now, lambda turn: turn.minutes(data, filename, source=source))

    def import_minutes(self, writer: Person, data: bytes, filename: str, now: dt.datetime) -> Reply:
        """Store minutes (the business manager or the chair); each owner's new actions are in ``extra``."""
        return self._run(writer, now, lambda turn: turn.minutes(data, filename, source=None))

    def tracker_file(self, writer: Person, kind: str, now: dt.datetime) -> tuple[str, bytes]:
        """The tracker report for the next meeting pack as a file: (file name, content)."""
        with reading(self.database_url) as session:
            report = tracker_report.build_report(session, self.board_id, meeting=None, today=now.date())
        stem = f"action-tracker-{report.meeting.isoformat()}"
        if kind == "xlsx":
            return f"{stem}.xlsx", tracker_report.render_xlsx(report)
        render = {"csv": tracker_report.render_csv, "md": tracker_report.render_markdown,
                  "html": tracker_report.render_html}[kind]  # fmt: skip
        return f"{stem}.{kind}", render(report).encode("utf-8")

    def set_audit_status(self, writer: Person, return_id: int, status: str, now: dt.datetime) -> Reply:
        """An App Home button: a member sets their own agency's return (the manager and chair any)."""

        def step(turn: _Turn) -> Reply:
            row = audits.set_status(turn.session, self.board_id, return_id, audits.parse_status(status), by=writer)
            return Reply(f"{row.cycle.type.value} {row.cycle.name} for {row.subject}: "
                         f"{row.status.value.replace('_', ' ')}.", stored=True)  # fmt: skip

        return self._run(writer, now, step)

    def home(self, writer: Person, now: dt.datetime, *, actions_shown: int | None = None) -> Home:
        """The member's home page; ``actions_shown`` caps the actions listed (the counts cover all of them)."""
        with reading(self.database_url) as session:
            snapshot = self.snapshot(session)
            current = _current(writer, snapshot)
            if current is None:
                raise NotFound(ROSTER_CHANGED)
            return home_for(session, self.board_id, current, snapshot.directory, now.date(), limit=actions_shown)

    def _run(self, writer: Person, now: dt.datetime, step: Callable[[_Turn], Reply], *, page: int = 0) -> Reply:
        """One use case in one transaction (retried if the database aborts it to break a deadlock); domain
        errors become a polite private reply and change nothing."""
        paging = _Paging(page, self.page_size)

        def turn(session: Session) -> Reply:
            snapshot = self.snapshot(session)
            current = _current(writer, snapshot)
            if current is None:
                return Reply(ROSTER_CHANGED, private=True)
            return step(_Turn(session, self.board_id, snapshot, current, now, paging))

        try:
            return run_in_transaction(self.database_url, turn)
        except BoardError as error:
            return Reply(str(error), private=True)


@dataclass(frozen=True, slots=True)
class ActionForm:
    """An action as a form collects it: text, owners picked from the roster, an optional due date."""

    task: str
    member_ids: tuple[int, ...] = ()
    due: dt.date | None = None
    source_link: str | None = None


def first_delivery(session: Session, board_id: int, key: str) -> bool:
    """Record a delivery key; False when it was recorded before (a redelivery)."""
    try:
        with session.begin_nested():
            session.add(ProcessedEvent(board_id=board_id, key=key[:100]))
            session.flush()
    except IntegrityError:
        return False
    return True


def _current(writer: Person, snapshot: Snapshot) -> Person | None:
    """The writer as the current roster has them: a front end may have found them in an older one."""
    current = snapshot.directory.member(writer.id)
    if current is not None and current.slack_user_id == writer.slack_user_id:
        return current
    return snapshot.directory.member_for_chat_user(writer.slack_user_id) if writer.slack_user_id else None


@dataclass(frozen=True, slots=True)
class _Paging:
    page: int = 0
    size: int | None = None  # None: the whole listing


class _Turn:
    """One answer: the use case for the message's intent, inside the caller's transaction."""

    def __init__(
        self, session: Session, board_id: int, snapshot: Snapshot, writer: Person, now: dt.datetime,
        paging: _Paging = _Paging(),
    ) -> None:  # fmt: skip
        self.session = session
        self.paging = paging
        self.board_id = board_id
        self.snapshot = snapshot
        self.writer = writer
        self.now = now
        self.today = now.date()

    def answer(self, meaning: Interpretation) -> Reply:
        handler: Callable[[Interpretation], Reply] | None = {
            Intent.RECORD_ACTION: self._record,
            Intent.LIST_ACTIONS: self._list,
            Intent.COMPLETE_ACTION: self._complete,
            Intent.APOLOGY: self._apology,
            Intent.AUDIT_UPDATE: self._audit_update,
            Intent.AUDIT_STATUS: self._audit_status,
            Intent.MEETING_INFO: self._meeting_info,
            Intent.HELP: self._help,
        }.get(meaning.intent)
        if handler is None:
            return Reply(NOT_UNDERSTOOD, private=True)
        return handler(meaning)

    def _help(self, _: Interpretation) -> Reply:
        return Reply(HELP, private=True)

    # Operations behind buttons, forms and slash commands ---------------------------------------------------
    def query(self, text: str) -> Reply:
        words = " ".join(text.split())
        lowered = words.lower()
        me = Owner("member", self.writer.name, self.writer.id)
        if not words or lowered in {"me", "mine", "my actions"}:
            return self._list(Interpretation(Intent.LIST_ACTIONS, owners=(me,)))
        if lowered in {"all", "everything", "board", "tracker"}:
            return self._list(Interpretation(Intent.LIST_ACTIONS))
        if lowered in {"overdue", "late"}:
            return self._list(Interpretation(Intent.LIST_ACTIONS, overdue_only=True))
        if lowered.startswith("overdue "):  # what a listing's "Next" button asks again: "overdue Sally Holmes"
            found = OwnerResolver(self.snapshot.names, self.writer).phrase(words[8:], allow_unknown=False)
            if found:
                return self._list(Interpretation(Intent.LIST_ACTIONS, owners=tuple(found.owners),
                                                 ambiguous=tuple(found.ambiguous), overdue_only=True))  # fmt: skip
        ref = re.fullmatch(r"a\s?-?\s?(\d{1,6})", lowered)
        if ref:
            view = actions.show_action(self.session, self.board_id, int(ref.group(1)), self.today)
            return Reply(f"{view.ref}: {view.text}", actions=(view,), private=True)
        owners = OwnerResolver(self.snapshot.names, self.writer).phrase(words, allow_unknown=False)
        if owners:
            return self._list(
                Interpretation(Intent.LIST_ACTIONS, owners=tuple(owners.owners), ambiguous=tuple(owners.ambiguous))
            )
        return self.answer(self.snapshot.interpret(words, self.writer, self.now))

    def change_due(self, number: int, due: dt.date | None) -> Reply:
        view = actions.change_due(self.session, self.board_id, number, due, by=self.writer, today=self.today)
        return Reply(f"{view.ref} is now {view.due_words(self.today)}.", actions=(view,), stored=True)

    def add_note(self, number: int, note: str) -> Reply:
        view = actions.add_note(self.session, self.board_id, number, note, by=self.writer, today=self.today)
        return Reply(f"Update added to {view.ref}.", actions=(view,), stored=True)

    def record_form(self, form: ActionForm) -> Reply:
        directory = self.snapshot.directory
        owners = []
        for member_id in dict.fromkeys(form.member_ids):
            person = directory.member(member_id)
            if person is None:
                raise InvalidInput("One of the chosen owners is not on this board's roster.")
            owners.append(Owner("member", person.name, person.id))
        if not owners:
            raise InvalidInput("Choose at least one owner.")
        payload = {
            "op": "record", "writer": self.writer.id, "task": form.task,
            "due": form.due.isoformat() if form.due else None, "asap": False, "due_wording": None,
            "owners": [_owner_json(o) for o in owners], "pending": [], "source_link": form.source_link,
        }  # fmt: skip
        return self._record_from_payload(payload)

    def apologise(self, day: dt.date | None, representative: str | None) -> Reply:
        if day is None:
            upcoming = self.snapshot.directory.next_board(self.today + dt.timedelta(days=1))
            day = upcoming.date if upcoming else None
        me = Owner("member", self.writer.name, self.writer.id)
        return self._apology(Interpretation(Intent.APOLOGY, owners=(me,), meeting=day, representative=representative))

    def apology_command(self, text: str) -> Reply:
        directory = self.snapshot.directory
        words = " ".join(text.split())
        day = meeting_meant(words, self.now, directory) if words else None
        mentions = find_dates(words, self.now, directory.board_dates)
        rest = words
        for mention in mentions:
            rest = rest.replace(mention.wording, " ")
        rest = re.sub(r"\b(?:the|next|board|meeting|for|apologies|rep(?:resentative)?:?|with)\b", " ", rest, flags=re.I)
        rest = " ".join(rest.split()).strip(" ,;:-")
        representative = None
        if rest:
            member = self.snapshot.names.person(rest).member
            representative = member.name if member else rest if looks_like_a_name(rest) else None
            if representative is None:
                raise InvalidInput(
                    f"I couldn't read {rest!r} as a representative's name. "
                    "Try `/dscb-apologies 10 July Claire Hill`, or `/dscb-apologies` for the next board."
                )
        return self.apologise(day, representative)

    def audit_command(self, text: str) -> Reply:
        words = " ".join(text.split())
        opening = _NEW_CYCLE.match(words)
        if opening:
            due = parse_date(opening["due"], self.now) if opening["due"] else None
            if opening["due"] and due is None:
                raise InvalidInput(f"I couldn't read {opening['due']!r} as a date.")
            kind = audits.parse_type(opening["type"])
            cycle = audits.add_cycle(self.session, self.board_id, kind, opening["name"], issued=self.today, due=due,
                                     by=self.writer)  # fmt: skip
            count = len(audits.returns_for(self.session, self.board_id, kind)[1])
            when = f", due {format_day(due, self.today)}" if due else ""
            return Reply(f"Opened {kind.value} {cycle.name} with {count} returns to make{when}.", stored=True)
        if words.lower() in {"", "status", "all"}:
            lines = [self._audit_status(Interpretation(Intent.AUDIT_STATUS, audit=AuditReading(kind.value))).text
                     for kind in AuditType]  # fmt: skip
            known = [line for line in lines if not line.startswith("No ")]
            return Reply("\n".join(known) or "No audit returns are recorded yet.", private=True)
        if words.lower().startswith("status "):
            words = f"how are the {words[7:]} audits going?"
        meaning = self.snapshot.interpret(words, self.writer, self.now)
        if meaning.intent not in (Intent.AUDIT_UPDATE, Intent.AUDIT_STATUS):
            return Reply(
                "Tell me an audit update or ask for a status, for example `/dscb-audit WMP S11 submitted`, "
                "`/dscb-audit S175: 70 of 114 complete, 15 not started` or `/dscb-audit status S11`.",
                private=True,
            )
        return self.answer(meaning)

    def minutes(self, data: bytes, filename: str, *, source: str | None) -> Reply:
        if self.writer.role not in actions.MANAGERS:
            raise NotAllowed("Only the business manager or the chair can import minutes.")
        names = self.snapshot.names
        found = parse_minutes(minutes_text(data, filename), names, self.snapshot.directory.board_dates)
        if source is not None:
            return _minutes_preview(found, self.writer.id, source, self.today)
        summary = import_minutes(self.session, self.board_id, found, names, by=self.writer)
        owed: dict[int, list[ActionView]] = {}
        for ref in summary.actions:
            view = actions.show_action(self.session, self.board_id, int(ref[2:]), self.today)
            for member_id in _member_ids(self.session, actions.find_action(self.session, self.board_id, int(ref[2:]))):
                owed.setdefault(member_id, []).append(view)
        return Reply(f"Imported {summary}.", stored=True, extra={"owner_actions": owed})

    def resume(self, payload: dict[str, Any]) -> Reply:
        if payload.get("writer") != self.writer.id:
            raise InvalidInput("That question was asked of someone else.")
        op = payload.get("op")
        if op == "cancel":
            return Reply("OK, I've not recorded anything.", private=True)
        if op == "record":
            return self._record_from_payload(payload)
        if op == "complete":
            return self._close(int(payload["number"]))
        if op == "import_minutes":
            raise InvalidInput("Send the minutes file again to import it.")  # the front end refetches the file
        raise InvalidInput("That choice is no longer open; please write your message again.")

    # Recording ----------------------------------------------------------------------------------------------
    def _record(self, meaning: Interpretation) -> Reply:
        if not meaning.owners and not meaning.ambiguous:
            return Reply(
                "Who should own that action? Write it again with a name, an agency or a group, for example "
                '"Viv Townsend to circulate the presentation by end June".',
                private=True,
            )
        payload: dict[str, Any] = {
            "op": "record",
            "writer": self.writer.id,
            "task": (meaning.task or "")[:PAYLOAD_TEXT_LIMIT],
            "due": meaning.due.isoformat() if meaning.due else None,
            "asap": meaning.asap,
            "due_wording": meaning.due_wording,
            "owners": [_owner_json(o) for o in meaning.owners if o.kind != "unknown"],
            "pending": [
                {"text": a.text, "candidates": [[p.id, p.name] for p in a.candidates]} for a in meaning.ambiguous
            ]
            + [{"text": o.name, "candidates": []} for o in meaning.owners if o.kind == "unknown"],
            "audit_plan": meaning.extra.get("audit_plan"),
        }
        return self._record_from_payload(payload)

    def _record_from_payload(self, payload: dict[str, Any]) -> Reply:
        pending = list(payload.get("pending") or [])
        if pending:
            return self._ask_about(payload, pending)
        owners = tuple(_owner_from_json(o) for o in payload.get("owners") or [])
        new = actions.NewAction(
            task=str(payload.get("task") or ""),
            owners=owners,
            due=dt.date.fromisoformat(payload["due"]) if payload.get("due") else None,
            asap=bool(payload.get("asap")),
            due_wording=payload.get("due_wording"),
            source_link=payload.get("source_link"),
        )
        action = actions.record_action(self.session, self.board_id, new, by=self.writer)
        plan = payload.get("audit_plan")
        if isinstance(plan, dict):
            action.audit_return_id = audits.plan_return(
                self.session, self.board_id, AuditType(str(plan["type"])), int(plan["agency_id"]), self.today
            ).id
        view = actions.action_view(action, self.today)
        who = _join([o.name for o in owners])
        return Reply(
            f"Recorded {view.ref} for {who}, {view.due_words(self.today)}: {view.text}",
            actions=(view,),
            stored=True,
            extra={"ref": view.ref, "owner_member_ids": _member_ids(self.session, action)},
        )

    def _ask_about(self, payload: dict[str, Any], pending: list[dict[str, Any]]) -> Reply:
        """Ask about the first unresolved name; each option carries the payload with that name settled."""
        first, rest = pending[0], pending[1:]
        options: list[Option] = []
        for member_id, name in first["candidates"]:
            person = self.snapshot.directory.member(int(member_id))
            label = f"{name} ({person.agency})" if person and person.agency else name
            settled = {
                **payload,
                "owners": [*payload["owners"], {"kind": "member", "name": name, "id": member_id}],
            }
            options.append(Option(label, {**settled, "pending": rest}))
        if not first["candidates"]:
            outsider = {"kind": "unknown", "name": first["text"], "id": None}
            settled = {**payload, "owners": [*payload["owners"], outsider], "pending": rest}
            options.append(Option(f"Record {first['text']} as an external owner", settled))
            question = f"{first['text']} is not on the board's roster. Shall I record them as an external owner?"
        else:
            question = f'Which "{first["text"]}" do you mean?'
        options.append(Option("Cancel", {"op": "cancel", "writer": self.writer.id}))
        return Reply(question, options=tuple(options), private=True)

    # Listing and closing ----------------------------------------------------------------------------------
    def _list(self, meaning: Interpretation) -> Reply:
        if meaning.ambiguous:
            names = _join([f'"{a.text}"' for a in meaning.ambiguous])
            candidates = _join([p.name for a in meaning.ambiguous for p in a.candidates], "or")
            return Reply(f"{names} could be {candidates}; please give the full name.", private=True)
        size = self.paging.size
        found = actions.owed_page(
            self.session, self.board_id, owners=meaning.owners, directory=self.snapshot.directory,
            overdue_only=meaning.overdue_only, today=self.today, offset=self.paging.page * (size or 0), limit=size,
        )  # fmt: skip
        whose = _whose(meaning.owners, self.writer)
        kind = "overdue" if meaning.overdue_only else "open"
        if not found.total:
            return Reply(f"{whose} no {kind} actions.", private=True)
        summary = f"{whose} {found.total} {kind} action{'s' if found.total != 1 else ''}"
        if found.overdue and not meaning.overdue_only:
            summary += f", {found.overdue} overdue"
        listing = None
        if size is not None:
            listing = Listing(found.total, found.offset, size, _listing_query(meaning, self.writer))
        return Reply(summary + ":", actions=found.views, private=True, listing=listing)

    def _complete(self, meaning: Interpretation) -> Reply:
        if meaning.extra.get("reassign"):
            if meaning.ambiguous:
                candidates = _join([p.name for a in meaning.ambiguous for p in a.candidates], "or")
                return Reply(f"Who should own it: {candidates}? Please give the full name.", private=True)
            view = actions.reassign(self.session, self.board_id, meaning.refs[0], meaning.owners, by=self.writer,
                                    today=self.today)  # fmt: skip
            return Reply(f"{view.ref} now belongs to {_join(list(view.owners))}.", actions=(view,), stored=True,
                         extra={"owner_member_ids": [o.id for o in meaning.owners if o.kind == "member"]})  # fmt: skip
        if meaning.extra.get("drop"):
            done = actions.complete_action(self.session, self.board_id, meaning.refs[0], by=self.writer,
                                           today=self.today, status=AssignmentStatus.DROPPED)  # fmt: skip
            return Reply(f"{done.view.ref} is dropped: {done.view.text}", actions=(done.view,), stored=True)
        if meaning.refs:
            replies = [self._close(number) for number in meaning.refs]
            return Reply("\n".join(r.text for r in replies), actions=tuple(v for r in replies for v in r.actions),
                         stored=any(r.stored for r in replies))  # fmt: skip
        matches = actions.match_open_action(
            self.session, self.board_id, meaning.task or "", by=self.writer, directory=self.snapshot.directory,
            today=self.today,
        )  # fmt: skip
        if len(matches) == 1:
            return self._close(int(matches[0].ref.split("-")[1]))
        if not matches:
            return Reply(
                'I couldn\'t tell which of your actions that closes. Say its reference, for example "A-12 done" '
                '(write "what do I owe?" to see them).',
                private=True,
            )
        options = [
            Option(
                f"{v.ref}: {v.text[:60]}",
                {"op": "complete", "writer": self.writer.id, "number": int(v.ref[2:])},
            )
            for v in matches
        ]
        options.append(Option("None of these", {"op": "cancel", "writer": self.writer.id}))
        return Reply("Which action is done?", options=tuple(options), private=True)

    def _close(self, number: int) -> Reply:
        done = actions.complete_action(self.session, self.board_id, number, by=self.writer, today=self.today)
        view = done.view
        if done.whole_action:
            return Reply(f"{view.ref} is closed: {view.text}", actions=(view,), stored=True)
        return Reply(f"Marked your part of {view.ref} as done ({view.progress}).", actions=(view,), stored=True)

    # Apologies, audits and meetings -----------------------------------------------------------------------
    def _apology(self, meaning: Interpretation) -> Reply:
        if meaning.ambiguous:
            candidates = _join([p.name for a in meaning.ambiguous for p in a.candidates], "or")
            return Reply(f"Who is sending apologies: {candidates}? Please give the full name.", private=True)
        if meaning.meeting is None:
            return Reply("Which meeting are the apologies for? There is no upcoming meeting in the calendar.",
                         private=True)  # fmt: skip
        if not meaning.owners:
            return Reply(
                'Whose apologies are these? Write it again with their full name, for example "apologies from '
                'Kate McConnell for the July board".',
                private=True,
            )
        if meaning.extra.get("withdraw"):
            meeting = apologies.meeting_on(self.session, self.board_id, meaning.meeting)
            if attendance.withdraw_apologies(self.session, self.board_id, self.writer.id, meeting, by=self.writer):
                return Reply(f"Apologies withdrawn: you're expected at the {_meeting_words(meeting)}.", stored=True)
            return Reply(f"You had not sent apologies for the {_meeting_words(meeting)}.", private=True)
        lines: list[str] = []
        recorded: Meeting | None = None
        for owner in meaning.owners:
            if owner.kind != "member" or owner.id is None:
                lines.append(f"{owner.name} is not a board member, so I can't record apologies for them.")
                continue
            done = apologies.send_apologies(
                self.session, self.board_id, owner.id, meaning.meeting, representative=meaning.representative,
                by=self.writer, today=self.today,
            )  # fmt: skip
            rep = f"; {done.representative} will attend as named representative" if done.representative else ""
            lines.append(f"Apologies recorded for {done.member} for the {_meeting_words(done.meeting)}{rep}.")
            recorded = done.meeting
        return Reply("\n".join(lines), stored=recorded is not None,
                     extra=self._quorum_alert(recorded) if recorded else {})  # fmt: skip

    def _quorum_alert(self, meeting: Meeting) -> dict[str, Any]:
        """When apologies put a board meeting at risk, a message for the business manager(s)."""
        if meeting.kind is not MeetingKind.BOARD:
            return {}
        quorum = attendance.check_quorum(self.session, self.board_id, meeting)
        if quorum.quorate:
            return {}
        text = f"The {_meeting_words(meeting)} is {quorum.describe()}."
        return {"alerts": [(m.id, text) for m in managers(self.session, self.board_id)], "quorum": quorum}

    def _audit_update(self, meaning: Interpretation) -> Reply:
        assert meaning.audit is not None
        done = audits.update_return(
            self.session, self.board_id, meaning.audit, by=self.writer, today=self.today, due=meaning.due
        )
        kind = meaning.audit.type
        opened = f"(There was no open {kind} cycle, so I opened {done.cycle.name}.) " if done.opened_cycle else ""
        if done.row.subject == audits.COUNTS_SUBJECT:
            state = audits.describe_counts(kind, done.cycle, [done.row])
        else:
            state = f"{kind} {done.cycle.name} for {done.row.subject}: {done.row.status.value.replace('_', ' ')}"
            if meaning.audit.status == "overdue" or audits.is_overdue(done.row, self.today):
                state += " (overdue)"
        return Reply(f"{opened}Updated {state}.", stored=True)

    def _audit_status(self, meaning: Interpretation) -> Reply:
        assert meaning.audit is not None
        kind = AuditType(meaning.audit.type)
        cycle, rows = audits.returns_for(self.session, self.board_id, kind)
        if cycle is None or not rows:
            return Reply(f"No {kind.value} returns are recorded yet.", private=True)
        if meaning.audit.subject_id is not None:
            mine = [r for r in rows if r.agency_id == meaning.audit.subject_id]
            if not mine:
                return Reply(f"No {kind.value} {cycle.name} return is recorded for {meaning.audit.subject}.",
                             private=True)  # fmt: skip
            row = mine[0]
            late = audits.days_overdue(row, self.today)
            lateness = f", {late} days overdue" if late else ""
            plans = self._plans(row)
            return Reply(f"{kind.value} {cycle.name} for {row.subject}: {row.status.value.replace('_', ' ')}"
                         f"{lateness}.{plans}", private=True)  # fmt: skip
        lines = [audits.describe_counts(kind.value, cycle, rows)]
        pending = audits.outstanding(rows, self.today)
        if meaning.audit.status == "not_started":
            pending = [line for line in pending if ": not started" in line]
        if pending:
            lines.append("Not started:" if meaning.audit.status == "not_started" else "Outstanding:")
            lines.extend(f"• {line}" for line in pending)
        return Reply("\n".join(lines), private=True)

    def _plans(self, row: AuditReturn) -> str:
        """The return's action plan, as references: ' Action plan: A-3 (open), A-5 (done).'"""
        plan = self.session.scalars(select(Action).where(Action.audit_return_id == row.id).order_by(Action.number))
        views = [actions.action_view(a, self.today) for a in plan]
        return (" Action plan: " + ", ".join(f"{v.ref} ({v.status})" for v in views) + ".") if views else ""

    def _meeting_info(self, meaning: Interpretation) -> Reply:
        if meaning.meeting is None:
            return Reply("There is no such meeting in the board's calendar.", private=True)
        meeting = apologies.meeting_on(self.session, self.board_id, meaning.meeting)
        text = f"The {meeting.kind.value} meeting: {describe_meeting(meeting)}."
        attendance = apologies.attendance_of(self.session, meeting.id, self.writer.id)
        if attendance is not None and attendance.status.value == "apologies":
            rep = f", with {attendance.representative} attending for you" if attendance.representative else ""
            text += f" You have sent apologies{rep}."
        return Reply(text, private=True)


def _minutes_preview(found: Minutes, writer_id: int, source: str, today: dt.date) -> Reply:
    lines = [
        f"Minutes of the meeting on {found.meeting.date:%A} {found.meeting.date.day} {found.meeting.date:%B %Y}: "
        f"{len(found.attendees)} attendees, {len(found.apologies)} apologies, {len(found.actions)} actions, "
        f"{len(found.decisions)} decisions."
    ]
    if found.next_meeting is not None:
        lines.append(
            f"Next meeting: {found.next_meeting.date:%A} {found.next_meeting.date.day} {found.next_meeting.date:%B %Y}."
        )
    for action in found.actions:
        owners = ", ".join(o.name for o in action.owners) or "no owner"
        due = f"due {format_day(action.due, today)}" if action.due else ("asap" if action.asap else "no date")
        lines.append(f"• item {action.item or '?'}: {action.text} — {owners}; {due}")
    lines.extend(f"⚠ {warning}" for warning in found.warnings)
    lines.append("Unknown owners will be recorded as external owners; ambiguous names are left for you to assign.")
    options = (
        Option("Confirm import", {"op": "import_minutes", "writer": writer_id, "source": source}),
        Option("Cancel", {"op": "cancel", "writer": writer_id}),
    )
    return Reply("\n".join(lines), options=options, private=True)


def _listing_query(meaning: Interpretation, writer: Person) -> str:
    """Words that make ``_Turn.query`` list the same actions again (for a listing's other pages)."""
    if not meaning.owners:
        return "overdue" if meaning.overdue_only else "all"
    mine = meaning.owners == (Owner("member", writer.name, writer.id),)
    names = "" if mine else ", ".join(owner.name for owner in meaning.owners)
    return f"overdue {names or writer.name}" if meaning.overdue_only else names


def _owner_json(owner: Owner) -> dict[str, Any]:
    return {"kind": owner.kind, "name": owner.name, "id": owner.id}


def _owner_from_json(data: dict[str, Any]) -> Owner:
    kind = data.get("kind")
    if kind not in ("member", "agency", "group", "unknown"):
        raise InvalidInput("That choice is no longer valid; please write your message again.")
    return Owner(kind, str(data.get("name", ""))[:200], int(data["id"]) if data.get("id") is not None else None)


def _member_ids(session: Session, action: Any) -> list[int]:
    return sorted({a.member_id for a in action.assignments if a.member_id is not None})


def _join(items: list[str], word: str = "and") -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {word} " + items[-1]


def _whose(owners: tuple[Owner, ...], writer: Person) -> str:
    if not owners:
        return "The board has"
    if len(owners) == 1 and owners[0].kind == "member" and owners[0].id == writer.id:
        return "You have"
    return _join([o.name for o in owners]) + (" has" if len(owners) == 1 else " have")


def _meeting_words(meeting: Meeting) -> str:
    return f"{meeting.kind.value} meeting on {meeting.date:%A} {meeting.date.day} {meeting.date:%B}"
