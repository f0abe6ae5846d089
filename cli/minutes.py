"""`dscb import-minutes`: a meeting's minutes into the tracker (attendance, apologies, next meeting, actions)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from bot.errors import BoardError
from cli.options import Options, clock_for, emit_json, options_of

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from bot.minutes.reader import Minutes
    from store.models import Board


def import_minutes_command(
    ctx: typer.Context,
    path: Annotated[Path, typer.Argument(help="Minutes as .pdf, .docx, .txt, .md or .html.")],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would be imported; write nothing.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print what was found as JSON.")] = False,
    create_roster: Annotated[
        bool,
        typer.Option("--create-roster", help="With no board yet: start one, its members from the attendance."),
    ] = False,
    board_name: Annotated[
        str | None, typer.Option("--board-name", help="The new board's name (default: as the minutes write it).")
    ] = None,
    review: Annotated[
        Path | None,
        typer.Option(
            "--review",
            help="With --dry-run: write the actions to check as CSV; without: import them as the edited CSV has them.",
        ),
    ] = None,
    now: Annotated[str | None, typer.Option(help="When it is imported, e.g. 2015-05-15T13:00 (stored times).")] = None,
) -> None:
    """Import minutes: the meeting, attendance and apologies, the next meeting, every action, and the agenda
    items' titles (the tracker report's section headings). With no board yet, --create-roster starts one from
    the minutes' attendance (the dry run shows who it would hold)."""
    from bot.minutes.agenda import record_minutes_agenda
    from bot.minutes.importer import group_warnings, import_minutes
    from bot.minutes.reader import minutes_text, parse_minutes

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BoardError(f"Cannot read {path}: {exc.strerror}.") from exc
    text = minutes_text(data, path.name)
    clock_for(now)  # fixes the clock for what is stored, when given
    options = options_of(ctx)
    edited = None if dry_run or review is None else _read_review(review)
    start = None
    if not _has_board(options):
        start = _without_board(text, dry_run=dry_run, as_json=as_json, create=create_roster, name=board_name,
                               review=review)  # fmt: skip
        if start is None:
            return
    with _board_for_import(options, start) as (session, board):  # one transaction, the new board's too
        from bot.conversation.assistant import Assistant  # the understanding rules: loaded when used

        snapshot = Assistant(options.url(), board.id).snapshot(session)
        minutes = parse_minutes(text, snapshot.names, snapshot.directory.board_dates)
        if edited is not None:
            from bot.minutes.review import apply_review

            minutes = apply_review(minutes, edited, snapshot.names)
        elif dry_run and review is not None:
            _write_review(review, minutes)
        summary = None if dry_run else import_minutes(session, board.id, minutes, snapshot.names, by=None)
        if dry_run:  # what importing would warn about, before anything is stored
            minutes = replace(minutes, warnings=(*minutes.warnings, *group_warnings(session, board.id, minutes)))
        if summary is not None:
            record_minutes_agenda(session, board.id, minutes.meeting.date, text, actor="minutes import")
    _show(minutes, dry_run=dry_run, as_json=as_json)
    if summary is not None:
        typer.echo(f"Imported {summary}.", err=as_json)
    elif dry_run and not as_json:
        typer.echo("Dry run: nothing was stored.")


def _has_board(options: Options) -> bool:
    from sqlalchemy import func, select

    from store import db
    from store.models import Board

    with db.reading(options.url()) as session:
        return bool(session.scalar(select(func.count()).select_from(Board)))


def _read_review(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise BoardError(f"Cannot read the review file {path}: save it as UTF-8 CSV.") from exc


def _write_review(path: Path, minutes: Minutes) -> None:
    """The proposed actions as CSV for the manager to correct; an existing file (perhaps edited) is kept."""
    from bot.minutes.review import review_csv

    if path.exists():
        raise BoardError(f"{path} exists: import it without --dry-run, or remove it to write a new one.")
    try:
        path.write_text(review_csv(minutes), encoding="utf-8")
    except OSError as exc:
        raise BoardError(f"Cannot write {path}: {exc.strerror}.") from exc
    typer.echo(f"Wrote {len(minutes.actions)} actions to {path}: correct owners and dates, delete what is not an "
               "action, then run again without --dry-run and with --review.", err=True)  # fmt: skip


def _without_board(text: str, *, dry_run: bool, as_json: bool, create: bool, name: str | None,
                   review: Path | None) -> tuple[str, Minutes] | None:  # fmt: skip
    """With no board yet: show what the minutes hold and who a board started from them would have; with
    --create-roster, the board's name and the reading to start it from (it is created with the import)."""
    from bot.directory import Directory
    from bot.minutes.board_start import board_name_in, first_members
    from bot.minutes.reader import parse_minutes
    from bot.understanding.names import NameIndex

    minutes = parse_minutes(text, NameIndex(Directory(board_id=0, board_name="", version=0)))
    members = first_members(minutes)
    name = (name or "").strip() or board_name_in(text)
    if create and not dry_run:
        return name, minutes
    if review is not None:
        _write_review(review, minutes)
    if as_json:
        from bot.minutes.reader import minutes_as_json

        roster = [{"name": p.name, "agency": p.agency, "role": p.role, "board_role": role.value} for p, role in members]
        emit_json({**minutes_as_json(minutes), "new_board": {"name": name, "members": roster}})
        return None
    _show(minutes, dry_run=True, as_json=False)
    typer.echo(f"There is no board yet. --create-roster would start {name!r} with {len(members)} members:")
    for person, role in members:
        about = ", ".join(x for x in (person.role, person.agency) if x)
        marked = f" [{role.value}]" if role.value != "member" else ""
        typer.echo(f"  {person.name}{f' ({about})' if about else ''}{marked}")
    if not dry_run:
        raise BoardError("Nothing was imported: there is no board yet. Run again with --create-roster to start one.")
    typer.echo("Dry run: nothing was stored.")
    return None


@contextmanager
def _board_for_import(options: Options, start: tuple[str, Minutes] | None) -> Iterator[tuple[Session, Board]]:
    """The board to import into: the one there is, or (``start``) a new one made in the import's transaction."""
    if start is None:
        with options.board_session() as found:
            yield found
        return
    from bot.minutes.board_start import start_board
    from store import db

    name, minutes = start
    with db.transaction(options.url()) as session:
        yield session, start_board(session, name, minutes)
    typer.echo(f"Started the board {name!r} from the minutes' attendance.", err=True)


def _show(minutes: Minutes, *, dry_run: bool, as_json: bool) -> None:
    from bot.minutes.reader import minutes_as_json

    if as_json:
        emit_json(minutes_as_json(minutes))
        return
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
