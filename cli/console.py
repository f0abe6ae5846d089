"""`dscb console`, `dscb run` and `dscb db`: chat in the terminal, start the product, and the database schema."""

from __future__ import annotations

import datetime as dt
import os
from typing import Annotated

import typer
from sqlalchemy.orm import Session

from bot.errors import BoardError
from bot.tracker.boards import find_board
from cli.options import clock_for, options_of
from store import db
from store.models import Board, Member

db_app = typer.Typer(help="The database.", no_args_is_help=True)


@db_app.command("upgrade")
def db_upgrade(ctx: typer.Context) -> None:
    """Create or migrate the database schema to the latest version."""
    options = options_of(ctx)
    options.url()
    typer.echo("Database is up to date.")


def console(
    ctx: typer.Context,
    as_: Annotated[str | None, typer.Option("--as", help="The member you speak as.")] = None,
    now: Annotated[str | None, typer.Option(help="Fix the clock, e.g. 2015-05-15T09:30.")] = None,
    demo: Annotated[bool, typer.Option(help="Set up the demo board when the database has no board.")] = False,
) -> None:
    """Chat with the assistant in the terminal (works piped: one message a line)."""
    from bot.conversation.console import run_console

    clock = clock_for(now)
    options = options_of(ctx)
    url = options.url()
    with db.transaction(url) as session:
        board = _board_or_demo(session, options.board, demo, clock().date())
        from bot.conversation.assistant import Assistant  # the understanding rules: loaded when used

        assistant = Assistant(url, board.id)
        writer = assistant.writer(session, as_ or _default_speaker(session, board))
    raise typer.Exit(run_console(assistant, writer, clock))


def _board_or_demo(session: Session, name: str | None, demo: bool, today: dt.date) -> Board:
    from bot.conversation.demo import create_demo_board
    from bot.tracker.boards import count_boards

    if demo and not name and count_boards(session) == 0:
        return create_demo_board(session, today)
    return find_board(session, name)


def _default_speaker(session: Session, board: Board) -> str:
    """The console speaks as DSCB_CONSOLE_AS, else as the board's manager."""
    from sqlalchemy import select

    from store.models import Role

    named = os.environ.get("DSCB_CONSOLE_AS")
    if named:
        return named
    manager = session.scalar(
        select(Member.name).where(Member.board_id == board.id, Member.role == Role.MANAGER).order_by(Member.id)
    )
    if manager is None:
        raise BoardError('Say who you are with --as "Member Name".')
    return manager


def run(
    http: Annotated[
        bool, typer.Option("--http", help="Serve the Events API over HTTP instead of Socket Mode.")
    ] = False,
    port: Annotated[
        int | None,
        typer.Option(help="Port for --http (default 3000), or for --teams (default 3978 or DSCB_TEAMS_PORT)."),
    ] = None,
    host: Annotated[str, typer.Option(envvar="DSCB_HOST", help="Address for --http (0.0.0.0 behind a proxy).")] = (
        "127.0.0.1"
    ),
    workers: Annotated[int, typer.Option(min=1, max=32, help="Worker processes for --http (PostgreSQL for >1).")] = 1,
    teams: Annotated[
        bool, typer.Option("--teams", help="Serve the Microsoft Teams front end at /api/messages (port 3978).")
    ] = False,
    dev: Annotated[
        bool, typer.Option("--dev", help="With --teams: a local trial (no token check; any tenant, one board).")
    ] = False,
) -> None:
    """Start the product: the Slack app when Slack is configured (--teams: the Microsoft Teams front end), else the
    console on the demo board."""
    if teams:
        from handlers.teams.server import serve

        raise typer.Exit(serve(host=host, port=port, dev=dev))
    if dev:
        raise BoardError("--dev is for the Teams front end: dscb run --teams --dev.")
    import app as application

    raise typer.Exit(application.main(http=http, port=port or 3000, host=host, workers=workers))
