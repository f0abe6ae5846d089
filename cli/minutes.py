"""`dscb import-minutes`: a meeting's minutes into the tracker (attendance, apologies, next meeting, actions)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from bot.errors import BoardError
from cli.options import clock_for, emit_json, options_of

if TYPE_CHECKING:
    from bot.minutes.reader import Minutes


def import_minutes_command(
    ctx: typer.Context,
    path: Annotated[Path, typer.Argument(help="Minutes as .txt, .md, .html or .docx.")],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would be imported; write nothing.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print what was found as JSON.")] = False,
    now: Annotated[str | None, typer.Option(help="When it is imported, e.g. 2015-05-15T13:00 (stored times).")] = None,
) -> None:
    """Import minutes: the meeting, attendance and apologies, the next meeting, every action, and the agenda
    items' titles (the tracker report's section headings)."""
    from bot.minutes.agenda import record_minutes_agenda
    from bot.minutes.importer import group_warnings, import_minutes
    from bot.minutes.reader import minutes_as_json, minutes_text, parse_minutes

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BoardError(f"Cannot read {path}: {exc.strerror}.") from exc
    text = minutes_text(data, path.name)
    clock_for(now)  # fixes the clock for what is stored, when given
    options = options_of(ctx)
    with options.board_session() as (session, board):
        from bot.conversation.assistant import Assistant  # the understanding rules: loaded when used

        snapshot = Assistant(options.url(), board.id).snapshot(session)
        minutes = parse_minutes(text, snapshot.names, snapshot.directory.board_dates)
        summary = None if dry_run else import_minutes(session, board.id, minutes, snapshot.names, by=None)
        if dry_run:  # what importing would warn about, before anything is stored
            minutes = replace(minutes, warnings=(*minutes.warnings, *group_warnings(session, board.id, minutes)))
        if summary is not None:
            record_minutes_agenda(session, board.id, minutes.meeting.date, text, actor="minutes import")
    if as_json:
        emit_json(minutes_as_json(minutes))
    else:
        found = minutes_as_json(minutes)
        typer.echo(
            f"Meeting {found['meeting']['date']}: {len(found['attendees'])} attendees, {len(found['apologies'])} "
            f"apologies, {len(found['actions'])} actions, {len(found['decisions'])} decisions."
        )
        if dry_run:
            for line in action_lines(minutes):
                typer.echo(line)
        for warning in found["warnings"]:
            typer.echo(f"  warning: {warning}")
    if summary is not None:
        typer.echo(f"Imported {summary}.", err=as_json)
    elif dry_run and not as_json:
        typer.echo("Dry run: nothing was stored.")


def action_lines(minutes: Minutes) -> list[str]:
    """Each action found, as it would be recorded: '  Item 2: Website report – Anthea Jones; no due date'."""
    lines = []
    for action in minutes.actions:
        owners = ", ".join(o.name for o in action.owners)
        if action.ambiguous:
            unclear = "; ".join(f"'{a.text}' could be {' or '.join(p.name for p in a.candidates)}"
                                for a in action.ambiguous)  # fmt: skip
            owners = f"{owners}; {unclear}" if owners else unclear
        due = action.due.isoformat() if action.due else "asap" if action.asap else "no due date"
        where = f"Item {action.item}" if action.item else "No agenda item"
        lines.append(f"  {where}: {action.text} – {owners or 'no owner yet'}; {due}")
    return lines
