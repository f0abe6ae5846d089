"""`dscb audit`: the statutory audit cycles and the schools that return S175 audits."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from bot.errors import BoardError
from cli.options import options_of, parse_day

audit_app = typer.Typer(help="Statutory audits: S11, S175, CSE, multi-agency and participation.", no_args_is_help=True)
audit_cycle_app = typer.Typer(help="Audit cycles.", no_args_is_help=True)
audit_schools_app = typer.Typer(help="The schools that return S175 audits.", no_args_is_help=True)
audit_app.add_typer(audit_cycle_app, name="cycle")
audit_app.add_typer(audit_schools_app, name="schools")


@audit_cycle_app.command("add")
def audit_cycle_add(
    ctx: typer.Context,
    kind: Annotated[str, typer.Argument(help="S11, S175, CSE, multi-agency or participation")],
    name: Annotated[str, typer.Argument(help="The cycle's name, e.g. 2015")],
    issued: Annotated[str | None, typer.Option(help="Date issued")] = None,
    due: Annotated[str | None, typer.Option(help="Date returns are due")] = None,
) -> None:
    """Open an audit cycle: a return for each statutory agency (S11) or school (S175), not started."""
    from bot.tracker.audits import add_cycle, parse_type, returns_for

    audit_type = parse_type(kind)
    issued_day, due_day = (parse_day(issued) if issued else None), (parse_day(due) if due else None)
    with options_of(ctx).board_session() as (session, board):
        cycle = add_cycle(session, board.id, audit_type, name, issued=issued_day, due=due_day, by=None)
        count = len(returns_for(session, board.id, audit_type)[1])
        words = f"Opened {audit_type.value} {cycle.name} with {count} returns to make"
    typer.echo(words + (f", due {due_day:%d %B %Y}." if due_day else "."))


@audit_schools_app.command("import")
def audit_schools_import(
    ctx: typer.Context, path: Annotated[Path, typer.Argument(help="CSV with a name column (phase optional).")]
) -> None:
    """Import the board's schools; new ones join the open S175 cycle."""
    from bot.tracker.audits import import_schools

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BoardError(f"Cannot read {path}: {exc.strerror}.") from exc
    with options_of(ctx).board_session() as (session, board):
        added, unchanged = import_schools(session, board.id, data)
    typer.echo(f"{added} schools added, {unchanged} already known.")
