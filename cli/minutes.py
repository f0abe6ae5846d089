"""`dscb import-minutes`: a meeting's minutes into the tracker (attendance, apologies, next meeting, actions)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from bot.conversation.assistant import Assistant
from bot.errors import BoardError
from cli.options import emit_json, options_of


def import_minutes_command(
    ctx: typer.Context,
    path: Annotated[Path, typer.Argument(help="Minutes as .txt, .md, .html or .docx.")],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would be imported; write nothing.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print what was found as JSON.")] = False,
) -> None:
    """Import minutes: the meeting, attendance and apologies, the next meeting, and every action."""
    from bot.minutes.importer import import_minutes
    from bot.minutes.reader import minutes_as_json, minutes_text, parse_minutes

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BoardError(f"Cannot read {path}: {exc.strerror}.") from exc
    text = minutes_text(data, path.name)
    options = options_of(ctx)
    with options.board_session() as (session, board):
        snapshot = Assistant(options.url(), board.id).snapshot(session)
        minutes = parse_minutes(text, snapshot.names, snapshot.directory.board_dates)
        summary = None if dry_run else import_minutes(session, board.id, minutes, snapshot.names, by=None)
    if as_json:
        emit_json(minutes_as_json(minutes))
    else:
        found = minutes_as_json(minutes)
        typer.echo(
            f"Meeting {found['meeting']['date']}: {len(found['attendees'])} attendees, {len(found['apologies'])} "
            f"apologies, {len(found['actions'])} actions, {len(found['decisions'])} decisions."
        )
        for warning in found["warnings"]:
            typer.echo(f"  warning: {warning}")
    if summary is not None:
        typer.echo(f"Imported {summary}.", err=as_json)
    elif dry_run and not as_json:
        typer.echo("Dry run: nothing was stored.")
