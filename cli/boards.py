"""`dscb board list` and `dscb board rename`: the boards a database holds, and the name every report carries."""

from __future__ import annotations

from typing import Annotated

import typer

from cli.options import emit_json, options_of

board_app = typer.Typer(help="The boards in this database: list them, rename one.", no_args_is_help=True)


@board_app.command("list")
def board_list(
    ctx: typer.Context, as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False
) -> None:
    """Every board in this database: its name, short name, Slack workspace, members and open actions."""
    from bot.tracker.boards import list_boards
    from store import db

    with db.reading(options_of(ctx).url()) as session:
        boards = list_boards(session)
    if as_json:
        emit_json([{"id": b.id, "name": b.name, "short_name": b.short_name, "slack_team_id": b.slack_team_id,
                    "members": b.members, "open_actions": b.open_actions, "created_at": b.created_at.isoformat()}
                   for b in boards])  # fmt: skip
        return
    for b in boards:
        short = f" ({b.short_name})" if b.short_name else ""
        workspace = f", Slack workspace {b.slack_team_id}" if b.slack_team_id else ""
        typer.echo(f"{b.id:>3}  {b.name}{short}: {b.members} members, {b.open_actions} open actions{workspace}")
    typer.echo(f"{len(boards)} board{'s' if len(boards) != 1 else ''}")


@board_app.command("rename")
def board_rename(
    ctx: typer.Context,
    old: Annotated[str, typer.Argument(help="The board's name (or short name) now.")],
    new: Annotated[str, typer.Argument(help="Its new name, as every report will show it.")],
) -> None:
    """Rename a board: the name its reports and messages carry (kept in the event log)."""
    from bot.tracker.boards import find_board, rename_board
    from store import db

    with db.transaction(options_of(ctx).url()) as session:
        before = find_board(session, old).name
        after = rename_board(session, before, new, actor="dscb board rename").name
    typer.echo(f"Renamed {before} to {after}." if before != after else f"{after}: unchanged.")
