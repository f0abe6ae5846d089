"""`dscb group`: the board's groups (sub-groups, their chairs and members, and the built-in ones)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from bot.errors import InvalidInput
from cli.options import emit_json, options_of

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from bot.directory import Person

group_app = typer.Typer(help="The board's groups: sub-groups, their chairs and members.", no_args_is_help=True)


@group_app.command("list")
def group_list(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List the groups with their chairs and current members."""
    from bot.tracker.groups import list_groups

    with options_of(ctx).board_session() as (session, board):
        groups = list_groups(session, board.id)
    if as_json:
        emit_json([{"name": g.name, "kind": g.kind, "aliases": list(g.aliases), "chair": g.chair,
                    "members": list(g.members)} for g in groups])  # fmt: skip
        return
    for g in groups:
        kind = "built in" if g.kind != "sub-group" else "sub-group"
        chair = f"; chair {g.chair}" if g.chair else ""
        count = f"{len(g.members)} member{'s' if len(g.members) != 1 else ''}"
        listed = "" if g.kind == "all members" or not g.members else ": " + ", ".join(g.members)
        typer.echo(f"{g.name} ({kind}{chair}) – {count}{listed}")
    typer.echo(f"{len(groups)} groups")


@group_app.command("add")
def group_add(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The group's name, e.g. 'CSE Sub'.")],
    alias: Annotated[list[str] | None, typer.Option("--alias", help="Another name it goes by (repeatable).")] = None,
    chair: Annotated[str | None, typer.Option(help="Its chair, a member on the roster.")] = None,
    member: Annotated[list[str] | None, typer.Option("--member", help="A member of it (repeatable).")] = None,
) -> None:
    """Add a sub-group, optionally with its chair and members."""
    from bot.tracker.groups import add_group, change_members

    with options_of(ctx).board_session() as (session, board):
        people = _members(session, board.id, member or [])
        head = _members(session, board.id, [chair])[0] if chair else None
        group = add_group(session, board.id, name, aliases=alias or [], actor="command line")
        change = change_members(session, board.id, group, add=people, chair=head, actor="command line")
        name = group.name
    typer.echo(f"Added the group {name}" + (f" with {', '.join(change.added)}" if change.added else "") + ".")
    if change.chair:
        typer.echo(f"Chair: {change.chair}.")


@group_app.command("members")
def group_members(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="The group, e.g. 'QA & Comms'.")],
    add: Annotated[
        list[str] | None, typer.Option("--add", help="Members to add (repeatable, or several separated by ';').")
    ] = None,
    remove: Annotated[
        list[str] | None, typer.Option("--remove", help="Members to remove (repeatable, or separated by ';').")
    ] = None,
    chair: Annotated[str | None, typer.Option(help="Make this member its chair (and a member).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Show a group's members, or add and remove them.

    Open group actions follow: members who join get their share, members who leave lose their open share."""
    from bot.tracker.groups import change_members, find_group, list_groups

    with options_of(ctx).board_session() as (session, board):
        group = find_group(session, board.id, name)
        change = None
        if add or remove or chair:
            change = change_members(
                session, board.id, group, add=_members(session, board.id, add or []),
                remove=_members(session, board.id, remove or []),
                chair=_members(session, board.id, [chair])[0] if chair else None, actor="command line",
            )  # fmt: skip
        listing = next(g for g in list_groups(session, board.id) if g.name == group.name)
    if as_json:
        emit_json({"name": listing.name, "chair": listing.chair, "members": list(listing.members),
                   "added": change.added if change else [], "removed": change.removed if change else [],
                   "shares": {"given": change.shares.given, "taken": change.shares.taken,
                              "actions": change.shares.actions} if change and change.shares else None})  # fmt: skip
        return
    if change is not None:
        said = [f"added {', '.join(change.added)}" if change.added else "",
                f"removed {', '.join(change.removed)}" if change.removed else ""]  # fmt: skip
        unchanged = f" ({', '.join(change.unchanged)}: no change)" if change.unchanged else ""
        typer.echo(f"{listing.name}: {'; '.join(s for s in said if s) or 'nothing changed'}{unchanged}.")
        if change.shares is not None:
            typer.echo(f"Open group actions: {change.shares}" + (f": {', '.join(change.shares.actions)}"
                                                                 if change.shares.actions else "") + ".")  # fmt: skip
    chair_words = f"; chair {listing.chair}" if listing.chair else ""
    count = len(listing.members)
    typer.echo(f"{listing.name}{chair_words}: {count} member{'s' if count != 1 else ''}"
               + (f": {', '.join(listing.members)}" if listing.members else ""))  # fmt: skip


def _members(session: Session, board_id: int, written: list[str]) -> list[Person]:
    """The members named (each option may hold several, separated by ';'): exactly or unambiguously."""
    from bot.directory import load_directory
    from bot.understanding.names import NameIndex

    wanted = [" ".join(w.split()) for item in written for w in item.split(";") if w.strip()]
    if not wanted:
        return []
    names = NameIndex(load_directory(session, board_id))
    found: list[Person] = []
    for text in wanted:
        match = names.person(text)
        if match.member is not None:
            if match.member not in found:
                found.append(match.member)
            continue
        if match.ambiguous:
            options = " or ".join(p.name for p in match.candidates)
            raise InvalidInput(f"{text!r} could be {options}; write the full name. Nothing was changed.")
        near = f" Did you mean {' or '.join(p.name for p in match.suggestions[:3])}?" if match.suggestions else ""
        raise InvalidInput(f"{text!r} is not a member of this board.{near} Nothing was changed.")
    return found
