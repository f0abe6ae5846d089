"""The use cases behind every message, button and command: a Turn answers one of them inside the caller's
transaction (``Assistant`` opens it), for one writer at one moment."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy.orm import Session

from bot.conversation.audit_turns import AuditTurns
from bot.conversation.edit_turns import EditTurns, edit_handlers
from bot.conversation.guesses import confirm_guess
from bot.conversation.leave_turns import LeaveTurns
from bot.conversation.meeting_turns import MeetingTurns
from bot.conversation.payloads import (
    PAYLOAD_TEXT_LIMIT,
    STALE_CHOICE,
    date_of,
    flag_of,
    link_of,
    list_of,
    owner_json,
    text_of,
    whole_number,
)
from bot.conversation.wording import (
    NOT_UNDERSTOOD,
    joined,
    listing_query,
    member_ids,
    minutes_preview,
    whose,
)
from bot.directory import MANAGERS, AgencyInfo, GroupInfo, Person
from bot.errors import InvalidInput, NotAllowed
from bot.minutes.agenda import record_minutes_agenda
from bot.minutes.importer import import_minutes
from bot.minutes.reader import minutes_text, parse_minutes
from bot.minutes.review import apply_corrections
from bot.replies import ActionView, Listing, Option, Reply
from bot.reports.history import event_words
from bot.tracker import actions, audits
from bot.understanding.dates import find_dates
from bot.understanding.interpretation import Ambiguity, Intent, Interpretation, Owner
from bot.understanding.meeting_words import meeting_meant
from bot.understanding.owners import OwnerResolver, looks_like_a_name
from bot.understanding.privacy import guard
from bot.understanding.snapshot import Snapshot
from bot.understanding.text import fold
from store.models import (
    AuditType,
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


@dataclass(frozen=True, slots=True)
class ActionForm:
    """An action as a form collects it: text, owners picked from the roster, an optional due date."""

    task: str
    member_ids: tuple[int, ...] = ()
    due: dt.date | None = None
    source_link: str | None = None


@dataclass(frozen=True, slots=True)
class Paging:
    page: int = 0
    size: int | None = None  # None: the whole listing


class Turn(AuditTurns, EditTurns, LeaveTurns, MeetingTurns):
    """One answer: the use case for the message's intent, inside the caller's transaction."""

    def __init__(
        self, session: Session, board_id: int, snapshot: Snapshot, writer: Person, now: dt.datetime,
        paging: Paging = Paging(),
    ) -> None:  # fmt: skip
        self.session = session
        self.paging = paging
        self.board_id = board_id
        self.snapshot = snapshot
        self.writer = writer
        self.now = now
        self.today = now.date()

    def answer(self, meaning: Interpretation, said: str | None = None) -> Reply:
        """The use case for what a message means; ``said`` (the message) lets a question about a name offer the
        message again with the name in full."""
        if meaning.guessed:  # read by the learned model, not a rule: the writer confirms it first
            return (
                Reply(NOT_UNDERSTOOD, private=True)
                if not said
                else confirm_guess(meaning, said, self.writer, self.today)
            )
        if meaning.intent is not Intent.RECORD_ACTION:  # recording asks its own questions (external owners)
            question = self.unsure(meaning, said)
            if question is not None:
                return question
        if meaning.intent in _BY_REFERENCE and not meaning.refs:  # "tick off the escalation policy action"
            return self.which_action(meaning, said)
        handler: Callable[[Interpretation], Reply] | None = {
            Intent.RECORD_ACTION: self._record,
            Intent.LIST_ACTIONS: self._list,
            Intent.COMPLETE_ACTION: self._complete,
            Intent.APOLOGY: self._apology,
            Intent.AUDIT_UPDATE: self._audit_update,
            Intent.AUDIT_STATUS: self._audit_status,
            Intent.MEETING_INFO: self._meeting_info,
            Intent.LEAVE: self._leave,
            Intent.SHOW_ACTION: self._show,
            Intent.HELP: self._help,
            **edit_handlers(self),
        }.get(meaning.intent)
        if handler is None:
            return Reply(NOT_UNDERSTOOD, private=True)
        return handler(meaning)

    def _show(self, meaning: Interpretation) -> Reply:
        """One action and its life: "A-4", "what's A-7 about?"."""
        view, entries = actions.history(self.session, self.board_id, meaning.refs[0], self.today)
        lines = [f"{view.ref} and its history:"]
        for entry in entries[-8:]:  # "recorded by Martine McFadden for Pam Smith, …", "Jo Forbes: data requested"
            lines.append(
                f"• {entry.at:%d %b}: {event_words(entry.change, entry.who, entry.old, entry.new, self.today)}"
            )
        return Reply("\n".join(lines), actions=(view,), private=True)

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
        return self.answer(self.snapshot.interpret(words, self.writer, self.now), said=words)

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
            "owners": [owner_json(o) for o in owners], "pending": [], "source_link": form.source_link,
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

    def minutes(
        self, data: bytes, filename: str, *, source: str | None, corrections: dict[str, str] | None = None
    ) -> Reply:
        if self.writer.role not in MANAGERS:
            raise NotAllowed("Only the business manager or the chair can import minutes.")
        names = self.snapshot.names
        text = minutes_text(data, filename)
        found = parse_minutes(text, names, self.snapshot.directory.board_dates)
        if source is not None:
            representatives = {fold(p.representative) for p in found.apologies if p.representative}
            new = [p.name for p in (*found.attendees, *found.apologies)
                   if names.person(p.name).member is None and fold(p.name) not in representatives]  # fmt: skip
            members = [m for m in self.snapshot.directory.members if m.id > 0]
            return minutes_preview(found, self.writer.id, source, self.today, new, members)
        if corrections:
            found = apply_corrections(found, corrections, self.snapshot.directory)
        summary = import_minutes(self.session, self.board_id, found, names, by=self.writer)
        record_minutes_agenda(self.session, self.board_id, found.meeting.date, text, actor=self.writer.name)
        owed: dict[int, list[ActionView]] = {}
        for ref in summary.actions:
            action = actions.find_action(self.session, self.board_id, int(ref[2:]))
            view = actions.action_view(action, self.today)
            for member_id in member_ids(action):
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
            return self.close(whole_number(payload.get("number")))
        if op == "say":  # the writer's message again, a name now written in full
            said = text_of(payload.get("text"), PAYLOAD_TEXT_LIMIT)
            if not said or not said.strip():
                raise InvalidInput(STALE_CHOICE)
            guard(said)
            meaning = self.snapshot.interpret(said, self.writer, self.now)
            if flag_of(payload.get("sure")):  # "Yes" to "Do you want me to …?": the guessed reading, confirmed
                meaning = replace(meaning, guessed=False)
            return self.answer(meaning, said=said)
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
            "owners": [owner_json(o) for o in meaning.owners if o.kind != "unknown"],
            "pending": [{"text": a.text, "candidates": _choices(a)} for a in meaning.ambiguous]
            + [
                {"text": o.name, "candidates": [[p.id, p.name] for p in o.suggestions], "misspelt": bool(o.suggestions)}
                for o in meaning.owners
                if o.kind == "unknown"
            ],
            "audit_plan": meaning.extra.get("audit_plan"),
        }
        return self._record_from_payload(payload)

    def _record_from_payload(self, payload: dict[str, Any]) -> Reply:
        """Record from a payload the assistant built, which came back through the client: every value is checked
        again (ids against this board's roster, names from the roster, dates parsed strictly)."""
        pending = list_of(payload.get("pending"))
        if pending:
            return self._ask_about(payload, pending)
        owners = tuple(self._owner_from_json(o) for o in list_of(payload.get("owners")))
        question = self._check_before_recording(payload, owners)
        if question is not None:
            return question
        new = actions.NewAction(
            task=text_of(payload.get("task"), PAYLOAD_TEXT_LIMIT) or "",
            owners=owners,
            due=date_of(payload.get("due")),
            asap=flag_of(payload.get("asap")),
            due_wording=text_of(payload.get("due_wording"), 200),
            source_link=link_of(payload.get("source_link")),
        )
        plan = payload.get("audit_plan")
        agency_id = whole_number(plan.get("agency_id")) if isinstance(plan, dict) else None
        if isinstance(plan, dict) and (
            plan.get("type") not in {t.value for t in AuditType}
            or not any(a.id == agency_id for a in self.snapshot.directory.agencies)
        ):
            raise InvalidInput(STALE_CHOICE)
        action = actions.record_action(self.session, self.board_id, new, by=self.writer)
        if isinstance(plan, dict) and agency_id is not None:
            action.audit_return_id = audits.plan_return(
                self.session, self.board_id, AuditType(plan["type"]), agency_id, self.today
            ).id
        view = actions.action_view(action, self.today)
        who = joined([o.name for o in owners])
        return Reply(
            f"Recorded {view.ref} for {who}, {view.due_words(self.today)}: {view.text}",
            actions=(view,),
            stored=True,
            extra={"ref": view.ref, "owner_member_ids": member_ids(action)},
        )

    def _owner_from_json(self, data: object) -> Owner:
        """An owner carried by a payload: roster owners by id, named as the roster names them; an outsider by a
        name checked like any text that is stored."""
        if not isinstance(data, dict):
            raise InvalidInput(STALE_CHOICE)
        kind, directory = data.get("kind"), self.snapshot.directory
        if kind == "unknown":
            name = text_of(data.get("name"), 200)
            if not name or not name.strip():
                raise InvalidInput(STALE_CHOICE)
            guard(name)
            return Owner("unknown", name.strip(), None)
        number = whole_number(data.get("id"))
        found: Person | AgencyInfo | GroupInfo | None = None
        if kind == "member":
            found = directory.member(number)
        elif kind == "agency":
            department = data.get("department")
            units = directory.departments if department else directory.agencies
            found = next((a for a in units if a.id == number and a.department == department), None)
        elif kind == "group":
            found = next((g for g in directory.groups if g.id == number), None)
        if found is None or kind not in ("member", "agency", "group"):
            raise InvalidInput(STALE_CHOICE)
        if isinstance(found, AgencyInfo):
            return Owner.of_agency(found)
        return Owner(kind, found.name, found.id)

    # Listing and closing ----------------------------------------------------------------------------------
    def _list(self, meaning: Interpretation) -> Reply:
        unknown = [o.name for o in meaning.owners if o.kind == "unknown"]
        verb = "isn't" if len(unknown) == 1 else "aren't"
        if unknown and (meaning.ambiguous or all(o.kind == "unknown" for o in meaning.owners)):
            # never the writer's or the whole board's list instead: that would be a confident wrong answer
            return Reply(f"{joined(unknown)} {verb} on the board's roster, so I have no actions to show for "
                         f"{'them' if len(unknown) > 1 else 'that name'}.", private=True)  # fmt: skip
        if unknown:  # "what's open for me, viv and the Stourbridge nursery forum": the others' list, and why not theirs
            listed = self._list(replace(meaning, owners=tuple(o for o in meaning.owners if o.kind != "unknown")))
            said = f"{joined(unknown)} {verb} on the board's roster, so {'they have' if len(unknown) > 1 else 'it has'}"
            return replace(listed, text=f"{said[:1].upper()}{said[1:]} no actions here. {listed.text}")
        if meaning.ambiguous:
            names = joined([f'"{a.text}"' for a in meaning.ambiguous])
            candidates = joined([n for a in meaning.ambiguous for n in a.as_json()["candidates"]], "or")
            return Reply(f"{names} could be {candidates}; please give the full name.", private=True)
        size = self.paging.size
        found = actions.owed_page(
            self.session, self.board_id, owners=meaning.owners, directory=self.snapshot.directory,
            overdue_only=meaning.overdue_only, today=self.today, offset=self.paging.page * (size or 0), limit=size,
        )  # fmt: skip
        owners_have = whose(meaning.owners, self.writer)
        kind = "overdue" if meaning.overdue_only else "open"
        if not found.total:
            return Reply(f"{owners_have} no {kind} actions.", private=True)
        summary = f"{owners_have} {found.total} {kind} action{'s' if found.total != 1 else ''}"
        if found.overdue and not meaning.overdue_only:
            summary += f", {found.overdue} overdue"
        listing = None
        if size is not None:
            listing = Listing(found.total, found.offset, size, listing_query(meaning, self.writer))
        return Reply(summary + ":", actions=found.views, private=True, listing=listing)

    def _complete(self, meaning: Interpretation) -> Reply:
        if meaning.on_behalf_of is not None and len(meaning.refs) == 1:
            return self.close_for(meaning.refs[0], meaning.on_behalf_of)
        if meaning.refs:
            replies = [self.close(number) for number in meaning.refs]
            return Reply("\n".join(r.text for r in replies), actions=tuple(v for r in replies for v in r.actions),
                         stored=any(r.stored for r in replies))  # fmt: skip
        matches = actions.match_open_action(
            self.session, self.board_id, meaning.task or "", by=self.writer, directory=self.snapshot.directory,
            today=self.today,
        )  # fmt: skip
        if len(matches) == 1:
            return self.close(int(matches[0].ref.split("-")[1]))
        if not matches and meaning.task and self.writer.role in MANAGERS:  # "CSE problem profile is done", from the
            matches = actions.match_described_action(  # business manager: someone's action it may mean, asked
                self.session, self.board_id, meaning.task, directory=self.snapshot.directory, today=self.today
            )
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

    def close(self, number: int) -> Reply:
        done = actions.complete_action(self.session, self.board_id, number, by=self.writer, today=self.today)
        view = done.view
        if done.whole_action:
            return Reply(f"{view.ref} is closed: {view.text}", actions=(view,), stored=True)
        return Reply(f"Marked your part of {view.ref} as done ({view.progress}).", actions=(view,), stored=True)


# Edits that need the action's reference: without one, the action the message describes is asked about.
_BY_REFERENCE = frozenset(
    {Intent.CHANGE_DUE, Intent.ADD_UPDATE, Intent.REASSIGN, Intent.DROP_ACTION, Intent.SHOW_ACTION}
)


def _choices(ambiguity: Ambiguity) -> list[list[Any]]:
    """A question's candidates as a payload carries them: [id, name] for a member, [id, name, "agency"] for an
    agency and [id, name, "agency", department] for one department of it."""
    members: list[list[Any]] = [[p.id, p.name] for p in ambiguity.candidates]
    return members + [[g.id, g.name, "agency", *([g.department] if g.department else [])] for g in ambiguity.agencies]
