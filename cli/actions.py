"""`dscb parse`, `dscb actions` and `dscb history`: what the assistant understands, the tracker, an action's life."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from bot.conversation.assistant import Assistant
from bot.errors import BoardError
from bot.tracker.boards import find_board
from cli.options import clock_for, emit_json, options_of, vars_of
from store import db


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
    from bot.understanding.owners import OwnerResolver

    if status not in {"open", "done", "all"}:
        raise BoardError(f"--status {status!r}: use open, done or all.")
    today = clock_for(now)().date()
    options = options_of(ctx)
    with options.board_session() as (session, board):
        snapshot = Assistant(options.url(), board.id).snapshot(session)
        owners = []
        if owner:
            found = OwnerResolver(snapshot.names, None).phrase(owner, allow_unknown=False)
            if not found or found.ambiguous:
                raise BoardError(f"{owner!r} is not one member, agency or group of this board.")
            owners = found.owners
        views = tracker.open_actions(
            session, board.id, owners=owners, directory=snapshot.directory, today=today, include_closed=status != "open"
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
        typer.echo(f"{v.ref:<6} {v.status:<5} {v.due_words(today):<24} {', '.join(v.owners)}: {v.text}{flag}")
    typer.echo(f"{len(views)} action{'s' if len(views) != 1 else ''}")


def history(
    ctx: typer.Context,
    ref: Annotated[str, typer.Argument(help="The action's reference, e.g. A-12.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """An action's life from the audit trail: who recorded it, re-dated it, updated it and closed it, and when."""
    import re as regex

    from bot.tracker.actions import history as action_history

    found = regex.fullmatch(r"\s*[aA]\s*-?\s*(\d{1,6})\s*", ref)
    if not found:
        raise BoardError(f"{ref!r} is not an action reference such as A-12.")
    with options_of(ctx).board_session() as (session, board):
        view, entries = action_history(session, board.id, int(found.group(1)))
    if as_json:
        emit_json({"ref": view.ref, "text": view.text, "status": view.status,
                    "history": [vars_of(e) for e in entries]})  # fmt: skip
        return
    typer.echo(f"{view.ref}: {view.text} ({view.status})")
    for entry in entries:
        detail = ", ".join(f"{k}: {v}" for k, v in (entry.new or {}).items() if v not in (None, [], {}))
        typer.echo(f"  {entry.at:%Y-%m-%d %H:%M}  {entry.change:<10} {entry.who or 'system':<20} {detail}")
