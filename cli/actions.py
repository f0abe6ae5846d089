"""`dscb parse`, `dscb actions`, `dscb action` and `dscb history`: what the assistant understands, the tracker,
editing one action, and an action's life."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from bot.conversation.wording import joined
from bot.directory import Person
from bot.errors import BoardError
from bot.replies import ActionView
from bot.tracker.actions import Completion
from bot.tracker.boards import find_board
from cli.console import _default_speaker
from cli.options import clock_for, emit_json, options_of, vars_of
from store import db

if TYPE_CHECKING:
    from bot.understanding.interpretation import Owner
    from bot.understanding.snapshot import Snapshot


def parse(
    ctx: typer.Context,
    text: Annotated[str | None, typer.Argument(help="The message to understand.")] = None,
    as_: Annotated[str | None, typer.Option("--as", help="Who wrote it (for I, me, my).")] = None,
    now: Annotated[str | None, typer.Option(help="When it was written, e.g. 2015-05-15T09:30.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the interpretation as JSON.")] = False,
    jsonl: Annotated[
        bool,
        typer.Option("--jsonl", help='Read JSON lines {"text", "as", "now"} from stdin; write one JSON each.'),
    ] = False,
) -> None:
    """Show what the assistant understands from a message; writes nothing."""
    options = options_of(ctx)
    url = options.url()
    with db.transaction(url) as session:
        board = find_board(session, options.board)
        from bot.conversation.assistant import Assistant  # the understanding rules: loaded when used

        assistant = Assistant(url, board.id)
        snapshot = assistant.snapshot(session)
    default_clock = clock_for(now)
    if not jsonl:
        if text is None:
            raise BoardError("Give the message to parse, or --jsonl to read JSON lines from stdin.")
        writer = snapshot.person(as_) if as_ else None
        result = snapshot.interpret(text, writer, default_clock())
        typer.echo(json.dumps(result.as_json(), ensure_ascii=False, indent=None if as_json else 2))
        return
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            request = json.loads(line)
            message = str(request["text"])
            writer = snapshot.person(request["as"]) if request.get("as") else None
            when = clock_for(request.get("now") or now)()
        except (ValueError, KeyError, TypeError, BoardError) as exc:
            typer.echo(json.dumps({"error": f"line {number}: {exc}"}))
            continue
        typer.echo(json.dumps(snapshot.interpret(message, writer, when).as_json(), ensure_ascii=False))


def actions_list(
    ctx: typer.Context,
    owner: Annotated[str | None, typer.Option(help="A member, agency or group, as people write it.")] = None,
    status: Annotated[str, typer.Option(help="open, done or all")] = "open",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    now: Annotated[str | None, typer.Option(help="Today, for overdue (ISO date-time).")] = None,
) -> None:
    """The action tracker: who owes what, overdue first."""
    from bot.tracker import actions as tracker

    if status not in {"open", "done", "all"}:
        raise BoardError(f"--status {status!r}: use open, done or all.")
    today = clock_for(now)().date()
    options = options_of(ctx)
    with options.board_session() as (session, board):
        owners, directory = [], None
        if owner:  # the names index (and the understanding rules) only when a name is to be read
            from bot.conversation.assistant import Assistant
            from bot.understanding.owners import OwnerResolver

            snapshot = Assistant(options.url(), board.id).snapshot(session)
            found = OwnerResolver(snapshot.names, None).phrase(owner, allow_unknown=False)
            if not found or found.ambiguous:
                raise BoardError(f"{owner!r} is not one member, agency or group of this board.")
            owners, directory = list(found.owners), snapshot.directory
        views = tracker.open_actions(
            session, board.id, owners=owners, directory=directory, today=today, include_closed=status != "open"
        )
    views = [v for v in views if status == "all" or v.status == status]
    if as_json:
        emit_json(
            [
                {"ref": v.ref, "text": v.text, "owners": list(v.owners), "due": v.due.isoformat() if v.due else None,
                 "asap": v.asap, "status": v.status, "overdue": v.overdue}
                for v in views
            ]
        )  # fmt: skip
        return
    for v in views:
        flag = " OVERDUE" if v.overdue else ""
        whose = ", ".join(v.owners) or "no owner yet"
        typer.echo(f"{v.ref:<6} {v.status:<5} {v.due_words(today):<24} {whose}: {v.text}{flag}")
    typer.echo(f"{len(views)} action{'s' if len(views) != 1 else ''}")


def history(
    ctx: typer.Context,
    ref: Annotated[str, typer.Argument(help="The action's reference, e.g. A-12.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the raw events as JSON.")] = False,
    now: Annotated[str | None, typer.Option(help="Today, for its status and dates (ISO date-time).")] = None,
) -> None:
    """An action's life in words: who recorded it, re-dated it, updated it, reassigned, closed or dropped it (and
    why), and when; --json gives the raw events."""
    from bot.reports.history import action_history

    today = clock_for(now)().date()
    with options_of(ctx).board_session() as (session, board):
        life = action_history(session, board.id, action_number(ref), today)
    view = life.view
    if as_json:
        emit_json({"ref": view.ref, "text": view.text, "status": view.status,
                   "history": [vars_of(e) for e in life.entries]})  # fmt: skip
        return
    typer.echo(_head(view, today))
    for line in life.lines:
        typer.echo(f"  {line}")


# Editing one action -----------------------------------------------------------------------------------------
def action_number(ref: str) -> int:
    """An action's number from its reference as people type it: 'A-14', 'a14', 'A 14' or '14'."""
    found = re.fullmatch(r"\s*(?:[aA]\s*-?\s*)?(\d{1,6})\s*", ref)
    if not found:
        raise BoardError(f"{ref!r} is not an action reference such as A-12.")
    return int(found.group(1))


def action_edit(
    ctx: typer.Context,
    ref: Annotated[str, typer.Argument(help="The action: A-14, a14 or 14.")],
    due: Annotated[
        str | None, typer.Option(help="New due date: 2015-07-10, 26/06, 'next Friday', 'the July board'.")
    ] = None,
    update: Annotated[str | None, typer.Option(help="An update on progress, kept in its history.")] = None,
    assign: Annotated[
        list[str] | None,
        typer.Option(
            help="A new owner: a member on the roster, an agency or a group (repeat for several); "
            "replaces its open owners."
        ),
    ] = None,
    done: Annotated[
        bool, typer.Option("--done", help="Mark your part done (the manager or chair, with no part: all of it).")
    ] = (False),
    for_: Annotated[
        str | None,
        typer.Option(
            "--for",
            help="With --done: mark this member's part done (manager and chair). With --update: whose news it is.",
        ),
    ] = None,
    drop: Annotated[str | None, typer.Option(help="Drop the action; give the reason.")] = None,
    as_: Annotated[
        str | None, typer.Option("--as", help="Who makes the change (default: DSCB_CONSOLE_AS, else the manager).")
    ] = None,
    now: Annotated[str | None, typer.Option(help="When, e.g. 2015-05-15T09:30 (for dates such as 'next Friday').")] = (
        None
    ),
    as_json: Annotated[bool, typer.Option("--json", help="Print the action and what changed as JSON.")] = False,
) -> None:
    """Change one action: its due date, an update, its owners, done (for a member), or dropped with a reason.

    Several options are applied together, in that order, in one transaction: if any is refused, nothing changes.
    """
    from bot.tracker import actions as tracker

    number = action_number(ref)
    if for_ is not None and not (done or update is not None):
        raise BoardError("--for NAME goes with --done (that member's part is done) or --update (their news).")
    when = clock_for(now)()
    today = when.date()
    options = options_of(ctx)
    changes: list[str] = []
    with options.board_session() as (session, board):
        from bot.conversation.assistant import Assistant  # the understanding rules: loaded when used

        snapshot = Assistant(options.url(), board.id).snapshot(session)
        writer = snapshot.person(as_ or _default_speaker(session, board))
        view = tracker.show_action(session, board.id, number, today)  # an unknown action is refused first
        day = _due_date(due, when, snapshot) if due is not None else None
        owners = [_owner(snapshot, name) for name in assign or ()]
        member = _member(snapshot, for_) if for_ is not None else None
        if day is not None:
            before = view.due_words(today)
            view = tracker.change_due(session, board.id, number, day, by=writer, today=today)
            after = view.due_words(today)
            changes.append(f"{after[:1].upper()}{after[1:]} (was {before})." if after != before else
                           f"Still {after}.")  # fmt: skip
        if update is not None:
            view = tracker.add_note(session, board.id, number, update, by=writer, today=today, for_member=member)
            source = f" (from {member.name})" if member is not None and member.id != writer.id else ""
            changes.append(f"Update recorded{source}: {' '.join(update.split())}")
        if owners:
            was = joined(view.owners) or "nobody"
            view = tracker.reassign(session, board.id, number, owners, by=writer, today=today)
            changes.append(f"Now owned by {joined(view.owners)} (was {was}).")
        if done:
            completion = tracker.complete_action(session, board.id, number, by=writer, today=today,
                                                 for_member=member)  # fmt: skip
            view = completion.view
            changes.append(_done_words(completion, member, writer))
        if drop is not None:
            view = tracker.drop_action(session, board.id, number, drop, by=writer, today=today)
            changes.append(f"Dropped: {' '.join(drop.split())}")
        by = writer.name
    if as_json:
        emit_json({**_view_json(view), "by": by, "changes": changes})
        return
    typer.echo(_head(view, today))
    for change in changes or ["Nothing changed: give --due, --update, --assign, --done or --drop."]:
        typer.echo(f"  {change}")


def _due_date(text: str, when: dt.datetime, snapshot: Snapshot) -> dt.date:
    """A due date as the assistant reads one in a message ('26/06', 'next Friday', 'the July board')."""
    from bot.understanding.dates import parse_date

    day = parse_date(text, when, snapshot.directory.board_dates)
    if day is None:
        raise BoardError(f"--due {text!r} is not a date I can read; write e.g. 2015-07-10, 10/07/2015, 'next "
                         "Friday' or 'the July board'.")  # fmt: skip
    return day


def _owner(snapshot: Snapshot, name: str) -> Owner:
    """The member (exactly or unambiguously named), else the group or agency, that ``--assign NAME`` means."""
    from bot.understanding.interpretation import Owner

    match = snapshot.names.person(name)
    if match.member is not None:
        return Owner("member", match.member.name, match.member.id)
    if match.candidates:
        raise BoardError(f"--assign {name!r} could be {joined([p.name for p in match.candidates], 'or')}; "
                         "give the full name. Nothing was changed.")  # fmt: skip
    group = snapshot.names.group(name)
    if group is not None:
        return Owner("group", group.name, group.id)
    agency = snapshot.names.agency(name)
    if agency.agency is not None:
        return Owner.of_agency(agency.agency)
    if agency.candidates:
        raise BoardError(f"--assign {name!r} could be {joined([a.name for a in agency.candidates], 'or')}; "
                         "give the full name. Nothing was changed.")  # fmt: skip
    raise BoardError(f"--assign {name!r} isn't on the board's roster{_near(match)}. Nothing was changed.")


def _member(snapshot: Snapshot, name: str) -> Person:
    """The member ``--for NAME`` means, exactly or unambiguously."""
    match = snapshot.names.person(name)
    if match.member is not None:
        return match.member
    if match.candidates:
        raise BoardError(f"--for {name!r} could be {joined([p.name for p in match.candidates], 'or')}; give the "
                         "full name. Nothing was changed.")  # fmt: skip
    raise BoardError(f"--for {name!r} isn't on the board's roster{_near(match)}. Nothing was changed.")


def _near(match: Any) -> str:
    """'; did you mean Tony Oakman?' for a near spelling of a roster name."""
    near = [p.name for p in getattr(match, "suggestions", ())]
    return f" (did you mean {joined(near, 'or')}?)" if near else ""


def _done_words(done: Completion, member: Person | None, writer: Person) -> str:
    """What --done did: whose part was marked done, with a group's progress, and whether that closed it."""
    view = done.view
    if not done.changed:
        if view.status != "open":
            return f"Nothing to mark done: {view.ref} is already {view.status}."
        return f"Nothing to mark done: {writer.name}'s part of {view.ref} is already done."
    progress = f" ({view.progress})" if view.progress else ""
    closed = " The action is closed." if done.whole_action else ""
    if member is not None:
        return f"Marked {member.name}'s part done{progress}.{closed}"
    if done.whole_action:
        return f"Marked done{progress}.{closed}"
    return f"Marked {writer.name}'s part done{progress}."


def _head(view: ActionView, today: dt.date) -> str:
    """'A-14: Circulate the presentation (open) – Viv Townsend; due Friday 29 May; all members: 3 of 30 done'."""
    details = [joined(view.owners) or "no owner yet", view.due_words(today)]
    if view.progress:
        details.append(view.progress)
    overdue = " OVERDUE" if view.overdue else ""
    return f"{view.ref}: {view.text} ({view.status}{overdue}) – {'; '.join(details)}"


def _view_json(view: ActionView) -> dict[str, Any]:
    return {"ref": view.ref, "text": view.text, "owners": list(view.owners),
            "due": view.due.isoformat() if view.due else None, "asap": view.asap, "status": view.status,
            "overdue": view.overdue, "progress": view.progress}  # fmt: skip
