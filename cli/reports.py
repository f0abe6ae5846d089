"""`dscb report`, `dscb export` and `dscb import-board`: the meeting pack's reports; a board's export and restore."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from bot.errors import BoardError
from cli.options import clock_for, options_of, parse_day, write_output
from store import db

report_app = typer.Typer(help="Reports for the meeting pack.", no_args_is_help=True)


@report_app.command("tracker")
def report_tracker(
    ctx: typer.Context,
    meeting: Annotated[str | None, typer.Option(help="The meeting the pack is for (default: the next board).")] = None,
    format_: Annotated[str, typer.Option("--format", help="md, csv, xlsx or html")] = "md",
    output: Annotated[Path | None, typer.Option(help="Write to this file instead of the terminal.")] = None,
    now: Annotated[str | None, typer.Option(help="Today, for overdue (ISO date-time).")] = None,
) -> None:
    """The Action Tracker Review for the next meeting pack."""
    from bot.reports.tracker import ENGAGED_FORMATS, FORMATS, build_report, render

    if format_ not in FORMATS:
        raise BoardError(f"--format {format_!r}: use md, csv, xlsx or html.")
    if format_ == "xlsx" and output is None:
        raise BoardError("An xlsx report needs --output FILE.xlsx.")
    day = parse_day(meeting) if meeting else None
    with options_of(ctx).board_session() as (session, board):
        report = build_report(session, board.id, meeting=day, today=clock_for(now)().date(),
                              engagement=format_ in ENGAGED_FORMATS)  # fmt: skip
    content = render(report, format_)
    if output is None:
        typer.echo(content)
        return
    write_output(output, content)
    typer.echo(f"Wrote {output}.")


@report_app.command("audits")
def report_audits(
    ctx: typer.Context,
    format_: Annotated[str, typer.Option("--format", help="md, csv, xlsx or json")] = "md",
    output: Annotated[Path | None, typer.Option(help="Write to this file instead of the terminal.")] = None,
    now: Annotated[str | None, typer.Option(help="Today, for overdue (ISO date-time).")] = None,
) -> None:
    """Every return in the open audit cycles, with who updated it and when."""
    from bot.reports import audits as audit_report
    from bot.tracker.audits import audit_rows

    if format_ not in ("md", "csv", "xlsx", "json"):
        raise BoardError(f"--format {format_!r}: use md, csv, xlsx or json.")
    if format_ == "xlsx" and output is None:
        raise BoardError("An xlsx report needs --output FILE.xlsx.")
    with options_of(ctx).board_session() as (session, board):
        rows = audit_rows(session, board.id, clock_for(now)().date())
        name = board.name
    content: str | bytes
    if format_ == "json":
        content = audit_report.render_json(rows)
    elif format_ == "csv":
        content = audit_report.render_csv(rows)
    elif format_ == "md":
        content = audit_report.render_markdown(name, rows)
    else:
        content = audit_report.render_xlsx(name, rows)
    if output is None:
        typer.echo(content)
    else:
        write_output(output, content)


@report_app.command("engagement")
def report_engagement(
    ctx: typer.Context,
    from_: Annotated[str | None, typer.Option("--from", help="The first day (default: a year before --to).")] = None,
    to: Annotated[str | None, typer.Option("--to", help="The last day (default: today).")] = None,
    format_: Annotated[str, typer.Option("--format", help="html, pdf, png or json")] = "html",
    output: Annotated[Path | None, typer.Option(help="Write to this file instead of the terminal.")] = None,
    now: Annotated[str | None, typer.Option(help="Today, for meetings held and overdue (ISO date-time).")] = None,
) -> None:
    """How each partner agency engaged over a period: attendance, actions, audit returns and the open actions' trend."""
    from bot.reports.engagement import compute_engagement, engagement_period
    from bot.reports.engagement_model import as_json

    if format_ not in ("html", "pdf", "png", "json"):
        raise BoardError(f"--format {format_!r}: use html, pdf, png or json.")
    if format_ in ("pdf", "png") and output is None:
        raise BoardError(f"A {format_} report needs --output FILE.{format_}.")
    today = clock_for(now)().date()
    end = parse_day(to) if to else today
    start = parse_day(from_) if from_ else engagement_period(end)[0]
    if end < start:
        raise BoardError(f"--from {start.isoformat()} is after --to {end.isoformat()}.")
    with options_of(ctx).board_session() as (session, board):
        engagement = compute_engagement(session, board.id, start, end, today)
    content: str | bytes
    if format_ == "json":
        content = json.dumps(as_json(engagement), indent=2, ensure_ascii=False)
    else:
        from bot.reports.engagement_render import page_html, page_pdf, page_png

        content = {"html": page_html, "pdf": page_pdf, "png": page_png}[format_](engagement)
    if output is None:
        typer.echo(content)
        return
    write_output(output, content)
    typer.echo(f"Wrote {output}.")


def export_command(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="JSON (the only format).")] = True,
    output: Annotated[Path | None, typer.Option(help="Write to this file instead of the terminal.")] = None,
) -> None:
    """The whole board as JSON (members, meetings, actions, audits and the event log); restorable."""
    from bot.tracker.records import export_board

    with options_of(ctx).board_session() as (session, board):
        text = json.dumps(export_board(session, board.id), indent=1, ensure_ascii=False)
    if output is None:
        typer.echo(text)
    else:
        write_output(output, text)
        typer.echo(f"Wrote {output}.")


def import_board_command(
    ctx: typer.Context,
    path: Annotated[Path, typer.Argument(help="A file written by `dscb export`.")],
    merge: Annotated[
        bool, typer.Option("--merge", help="Into the board already here: add what it lacks, nothing twice.")
    ] = False,
    board_name: Annotated[
        str | None, typer.Option("--board-name", help="The board's display name, at its first import.")
    ] = None,
) -> None:
    """Restore an export as a new board in this database; one that holds the board already refuses, unless
    --merge adds what the export has and the board lacks (nothing twice)."""
    from bot.tracker.board_import import restore_board

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BoardError(f"Cannot read {path} as an export: {exc}.") from exc
    with db.transaction(options_of(ctx).url()) as session:
        done = restore_board(session, data, merge=merge, name=board_name)
    if not done.merged:
        typer.echo(f"Restored {done.name} as board {done.board_id}.")
        return
    added = ", ".join(f"{count} {table.replace('_', ' ')} rows" for table, count in sorted(done.added.items()))
    typer.echo(f"Merged into {done.name}: {'added ' + added if added else 'nothing new to add'}; "
               f"{done.kept} rows were there already.")  # fmt: skip
    for old, new in done.renumbered.items():
        typer.echo(f"  {old} of the export is {new} here ({old} here is another action).")
