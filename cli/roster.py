"""`dscb roster`, `dscb link` and `dscb erase-member`: the board's members, their Slack accounts and erasure."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from bot.errors import BoardError
from bot.tracker.roster import import_roster, read_roster
from cli.options import emit_json, options_of
from store.models import Member

roster_app = typer.Typer(help="The board's members.", invoke_without_command=True)


@roster_app.callback()
def roster_list(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List the board's members (or import them: `dscb roster import FILE.csv`)."""
    if ctx.invoked_subcommand is not None:
        return
    from sqlalchemy import select

    with options_of(ctx).board_session() as (session, board):
        members = session.scalars(
            select(Member).where(Member.board_id == board.id, Member.on_board.is_(True)).order_by(Member.name)
        ).all()
        rows = [
            {
                "name": m.name,
                "agency": m.agency.name if m.agency else None,
                "department": m.department,
                "role": m.role.value,
                "email": m.email,
                "slack_user_id": m.slack_user_id,
            }
            for m in members
        ]
    if as_json:
        emit_json(rows)
        return
    for row in rows:
        agency = row["agency"] + (f" – {row['department']}" if row["department"] else "") if row["agency"] else ""
        typer.echo(f"{row['name']:<24} {row['role']:<12} {agency}")
    typer.echo(f"{len(rows)} members")


@roster_app.command("import")
def roster_import(
    ctx: typer.Context,
    path: Annotated[Path, typer.Argument(help="CSV with columns name, agency, role, email (aliases optional).")],
) -> None:
    """Import members from a CSV file; importing the same file again changes nothing."""
    rows = read_roster(path)
    with options_of(ctx).board_session(create=True) as (session, board):
        summary = import_roster(session, board.id, rows, actor="roster import")
        name = board.name
    typer.echo(f"{name}: {summary}.")


def link(
    ctx: typer.Context,
    user_id: Annotated[
        str, typer.Argument(help="The Slack member ID (U0123ABCD), or with --teams the user's Entra object id.")
    ],
    member: Annotated[str, typer.Argument(help="The member's name on the roster.")],
    teams: Annotated[bool, typer.Option("--teams", help="A Microsoft Teams account (its Entra object id).")] = False,
) -> None:
    """Link a Slack or Teams account to a board member (for people not matched by their roster email)."""
    from bot.tracker.identity import link_by_name

    options = options_of(ctx)
    account = user_id.strip().lower() if teams else user_id
    with options.board_session() as (session, board):
        from bot.conversation.assistant import Assistant  # the understanding rules: loaded when used

        names = Assistant(options.url(), board.id).snapshot(session).names
        linked = link_by_name(session, board.id, account, member, names, actor="command line",
                              platform="teams" if teams else "slack").name  # fmt: skip
    typer.echo(f"Linked {account} to {linked}.")


def erase_member_command(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The member's name on the roster.")],
    now: Annotated[str | None, typer.Option(help="When, e.g. 2015-05-20T10:00 (they leave on that day).")] = None,
) -> None:
    """Remove a person's personal data on request; their actions stay attributable to their agency, and past
    meetings keep their counts. From that day they owe no share of a group action."""
    from bot.tracker.leaving import erase_member
    from cli.options import clock_for

    when = clock_for(now)()  # fixes the clock: what erasure stores carries that time
    options = options_of(ctx)
    with options.board_session() as (session, board):
        from bot.conversation.assistant import Assistant  # the understanding rules: loaded when used

        match = Assistant(options.url(), board.id).snapshot(session).names.person(name)
        if match.member is None:
            raise BoardError(f"{name!r} is not one member of this board.")
        pseudonym = erase_member(session, board.id, match.member.id, actor="command line", day=when.date())
    typer.echo(f"Erased {name}'s personal data; they now appear as {pseudonym}.")
