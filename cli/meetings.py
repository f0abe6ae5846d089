"""`dscb meeting` and `dscb attendance`: the board's meetings, who attended them, and partners' attendance."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from bot.errors import BoardError
from bot.tracker.meetings import add_meeting, describe_meeting, list_meetings, meeting_as_dict, parse_kind
from cli.options import clock_for, emit_json, options_of, parse_day, parse_time, vars_of

if TYPE_CHECKING:
    from bot.tracker.attendance import HistoryLine

meeting_app = typer.Typer(help="Board meetings, workshops, sub-group meetings and audit panels.", no_args_is_help=True)


@meeting_app.command("add")
def meeting_add(
    ctx: typer.Context,
    date: Annotated[str, typer.Argument(help="YYYY-MM-DD or DD/MM/YYYY")],
    start: Annotated[str | None, typer.Option(help="HH:MM")] = None,
    end: Annotated[str | None, typer.Option(help="HH:MM")] = None,
    venue: Annotated[str | None, typer.Option()] = None,
    kind: Annotated[str, typer.Option(help="board, workshop, sub-group or audit panel")] = "board",
    title: Annotated[str, typer.Option(help="e.g. the sub-group's name")] = "",
) -> None:
    """Add a meeting (or fill in a known meeting's times and venue)."""
    day, start_time, end_time, meeting_kind = (
        parse_day(date),
        parse_time(start),
        parse_time(end),
        parse_kind(kind),
    )
    with options_of(ctx).board_session(create=True) as (session, board):
        meeting, created = add_meeting(
            session,
            board.id,
            day,
            kind=meeting_kind,
            start=start_time,
            end=end_time,
            venue=venue,
            title=title,
            actor="command line",
        )
        words = describe_meeting(meeting)
    typer.echo(f"{'Added' if created else 'Updated'} {meeting_kind.value} meeting: {words}.")


@meeting_app.command("list")
def meeting_list(
    ctx: typer.Context, as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False
) -> None:
    """List the board's meetings in date order."""
    with options_of(ctx).board_session() as (session, board):
        meetings = list_meetings(session, board.id)
        rows = [meeting_as_dict(m) for m in meetings]
        lines = [f"{m.kind.value:<12} {describe_meeting(m)}" for m in meetings]
    if as_json:
        emit_json(rows)
        return
    typer.echo("\n".join(lines) if lines else "No meetings yet: add one with `dscb meeting add DATE`.")


@meeting_app.command("attendance")
def meeting_attendance(
    ctx: typer.Context,
    date: Annotated[str, typer.Argument(help="The meeting's date, YYYY-MM-DD or DD/MM/YYYY.")],
    now: Annotated[str | None, typer.Option(help="Today, e.g. 2015-05-15T09:30: before it, people are expected.")] = (
        None
    ),
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Who attended (or is expected), sent apologies and representatives, and whether it is quorate."""
    from bot.tracker.apologies import meeting_on
    from bot.tracker.attendance import meeting_roll

    day, today = parse_day(date), clock_for(now)().date()
    with options_of(ctx).board_session() as (session, board):
        meeting = meeting_on(session, board.id, day)
        roll = meeting_roll(session, board.id, meeting, today)
    lines, quorum = roll.lines, roll.quorum
    if as_json:
        emit_json({"meeting": day.isoformat(), "held": quorum.held, "quorate": quorum.quorate,
                   "quorum": quorum.describe(), "members": [vars_of(line) for line in lines]})  # fmt: skip
        return
    for line in lines:
        notes = [f"represented by {line.representative}"] if line.representative else []
        notes += [f"also for {', '.join(line.representing)}"] if line.representing else []
        said = f" ({'; '.join(notes)})" if notes else ""
        typer.echo(f"{line.member:<24} {line.status:<10} {line.agency or ''}{said}")
    typer.echo(f"{day:%A} {day.day} {day:%B %Y}: {quorum.describe()}")


def attendance(
    ctx: typer.Context,
    member: Annotated[str | None, typer.Option(help="A member's name.")] = None,
    agency: Annotated[str | None, typer.Option(help="An agency's name or short name.")] = None,
    now: Annotated[str | None, typer.Option(help="Today, e.g. 2015-05-15T09:30 (meetings after it are to come).")] = (
        None
    ),
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Attendance across board meetings, held and to come, for a member or an agency (how partners engage)."""
    from bot.tracker.attendance import attendance_history

    options = options_of(ctx)
    today = clock_for(now)().date()
    with options.board_session() as (session, board):
        from bot.conversation.assistant import Assistant  # the understanding rules: loaded when used

        names = Assistant(options.url(), board.id).snapshot(session).names
        if member:
            found = names.person(member).member
            if found is None:
                raise BoardError(f"{member!r} is not one member of this board.")
            history = attendance_history(session, board.id, member_id=found.id, today=today)
        elif agency:
            agency_found = names.agency(agency).agency
            if agency_found is None:
                raise BoardError(f"{agency!r} is not one agency of this board.")
            history = attendance_history(session, board.id, agency_id=agency_found.id, today=today)
        else:
            raise BoardError("Give --member NAME or --agency NAME.")
    if as_json:
        emit_json([vars_of(line) for line in history])
        return
    for line in history:
        typer.echo(f"{line.meeting:%d %b %Y}  {_history_words(line)}")
    held = sum(line.held for line in history)
    typer.echo(f"{held} meeting{'s' if held != 1 else ''} held, {len(history) - held} to come")


def _history_words(line: HistoryLine) -> str:
    """'present', 'apologies (represented by Claire Hill)', or an agency's 'present 2, apologies 1'."""
    if not line.recorded:
        return "no attendance recorded"
    if line.status is not None:
        return line.status + (f" (represented by {line.representative})" if line.representative else "")
    counts = {"present": line.present, "expected": line.expected, "represented": line.represented,
              "apologies": line.apologies, "absent": line.absent}  # fmt: skip
    return ", ".join(f"{word} {n}" for word, n in counts.items() if n)
