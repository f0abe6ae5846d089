"""`dscb`: the board assistant's command line."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import typer
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from bot.conversation.assistant import Assistant
from bot.errors import BoardError
from bot.tracker.boards import find_board
from bot.tracker.meetings import add_meeting, describe_meeting, list_meetings, meeting_as_dict, parse_kind
from bot.tracker.roster import import_roster, read_roster
from cli.digest import digest_app
from store import db
from store.models import Board, Member

app = typer.Typer(
    help="The board assistant: the action tracker of a multi-agency safeguarding board.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
roster_app = typer.Typer(help="The board's members.", invoke_without_command=True)
meeting_app = typer.Typer(help="Board meetings, workshops, sub-group meetings and audit panels.", no_args_is_help=True)
db_app = typer.Typer(help="The database.", no_args_is_help=True)
app.add_typer(roster_app, name="roster")
app.add_typer(meeting_app, name="meeting")
app.add_typer(db_app, name="db")
app.add_typer(digest_app, name="digest")


@dataclass
class Options:
    database_url: str
    board: str | None

    _migrated: bool = False

    def url(self) -> str:
        """The database URL, migrated to the latest schema on first use in this process."""
        if not self._migrated:
            db.upgrade(self.database_url)
            self._migrated = True
        return self.database_url

    @contextmanager
    def board_session(self, *, create: bool = False) -> Iterator[tuple[Session, Board]]:
        with db.transaction(self.url()) as session:
            yield session, find_board(session, self.board, create=create)


def _options(ctx: typer.Context) -> Options:
    options = ctx.find_root().obj
    assert isinstance(options, Options)
    return options


@app.callback()
def main_options(
    ctx: typer.Context,
    database_url: Annotated[
        str | None,
        typer.Option("--database-url", envvar="DATABASE_URL", help="SQLAlchemy URL; default: sqlite:///dscb.db"),
    ] = None,
    board: Annotated[
        str | None,
        typer.Option("--board", envvar="DSCB_BOARD", help="Board name, when the database holds several."),
    ] = None,
) -> None:
    ctx.obj = Options(db.database_url(database_url), board)


def _emit_json(data: Any) -> None:
    typer.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))


# Database -------------------------------------------------------------------------------------------------
@db_app.command("upgrade")
def db_upgrade(ctx: typer.Context) -> None:
    """Create or migrate the database schema to the latest version."""
    options = _options(ctx)
    options.url()
    typer.echo("Database is up to date.")


# Roster ---------------------------------------------------------------------------------------------------
@roster_app.callback()
def roster_list(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List the board's members (or import them: `dscb roster import FILE.csv`)."""
    if ctx.invoked_subcommand is not None:
        return
    from sqlalchemy import select

    with _options(ctx).board_session() as (session, board):
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
        _emit_json(rows)
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
    with _options(ctx).board_session(create=True) as (session, board):
        summary = import_roster(session, board.id, rows, actor="roster import")
        name = board.name
    typer.echo(f"{name}: {summary}.")


# Meetings -------------------------------------------------------------------------------------------------
def _parse_day(text: str) -> dt.date:
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise BoardError(f"{text!r} is not a date; write it as YYYY-MM-DD or DD/MM/YYYY.")


def _parse_time(text: str | None) -> dt.time | None:
    if not text:
        return None
    for fmt in ("%H:%M", "%H.%M", "%H%M"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).time()
        except ValueError:
            continue
    raise BoardError(f"{text!r} is not a time; write it as HH:MM.")


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
        _parse_day(date),
        _parse_time(start),
        _parse_time(end),
        parse_kind(kind),
    )
    with _options(ctx).board_session(create=True) as (session, board):
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
    with _options(ctx).board_session() as (session, board):
        meetings = list_meetings(session, board.id)
        rows = [meeting_as_dict(m) for m in meetings]
        lines = [f"{m.kind.value:<12} {describe_meeting(m)}" for m in meetings]
    if as_json:
        _emit_json(rows)
        return
    typer.echo("\n".join(lines) if lines else "No meetings yet: add one with `dscb meeting add DATE`.")


# Understanding --------------------------------------------------------------------------------------------
@app.command()
def parse(
    ctx: typer.Context,
    text: Annotated[str | None, typer.Argument(help="The message to understand.")] = None,
    as_: Annotated[str | None, typer.Option("--as", help="Who wrote it (for I, me, my).")] = None,
    now: Annotated[str | None, typer.Option(help="When it was written, e.g. 2015-05-15T09:30.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the interpretation as JSON.")] = False,
    jsonl: Annotated[
        bool,
        typer.Option("--jsonl", help='Read JSON lines {"text", "as", "now"} from stdin; write one JSON each.'),
    ] = False,
) -> None:
    """Show what the assistant understands from a message; writes nothing."""
    options = _options(ctx)
    url = options.url()
    with db.transaction(url) as session:
        board = find_board(session, options.board)
        assistant = Assistant(url, board.id)
        snapshot = assistant.snapshot(session)
    default_clock = _clock(now)
    if not jsonl:
        if text is None:
            raise BoardError("Give the message to parse, or --jsonl to read JSON lines from stdin.")
        writer = snapshot.person(as_) if as_ else None
        result = snapshot.interpret(text, writer, default_clock())
        typer.echo(json.dumps(result.as_json(), ensure_ascii=False, indent=None if as_json else 2))
        return
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            request = json.loads(line)
            message = str(request["text"])
            writer = snapshot.person(request["as"]) if request.get("as") else None
            when = _clock(request.get("now") or now)()
        except (ValueError, KeyError, TypeError, BoardError) as exc:
            typer.echo(json.dumps({"error": f"line {number}: {exc}"}))
            continue
        typer.echo(json.dumps(snapshot.interpret(message, writer, when).as_json(), ensure_ascii=False))


# Actions and links ----------------------------------------------------------------------------------------
@app.command("actions")
def actions_list(
    ctx: typer.Context,
    owner: Annotated[str | None, typer.Option(help="A member, agency or group, as people write it.")] = None,
    status: Annotated[str, typer.Option(help="open, done or all")] = "open",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    now: Annotated[str | None, typer.Option(help="Today, for overdue (ISO date-time).")] = None,
) -> None:
    """The action tracker: who owes what, overdue first."""
    from bot.tracker import actions as tracker
    from bot.understanding.owners import OwnerResolver

    if status not in {"open", "done", "all"}:
        raise BoardError(f"--status {status!r}: use open, done or all.")
    today = _clock(now)().date()
    options = _options(ctx)
    with options.board_session() as (session, board):
        snapshot = Assistant(options.url(), board.id).snapshot(session)
        owners = []
        if owner:
            found = OwnerResolver(snapshot.names, None).phrase(owner, allow_unknown=False)
            if not found or found.ambiguous:
                raise BoardError(f"{owner!r} is not one member, agency or group of this board.")
            owners = found.owners
        views = tracker.open_actions(
            session, board.id, owners=owners, directory=snapshot.directory, today=today, include_closed=status != "open"
        )
    views = [v for v in views if status == "all" or v.status == status]
    if as_json:
        _emit_json(
            [
                {"ref": v.ref, "text": v.text, "owners": list(v.owners), "due": v.due.isoformat() if v.due else None,
                 "asap": v.asap, "status": v.status, "overdue": v.overdue}
                for v in views
            ]
        )  # fmt: skip
        return
    for v in views:
        flag = " OVERDUE" if v.overdue else ""
        typer.echo(f"{v.ref:<6} {v.status:<5} {v.due_words(today):<24} {', '.join(v.owners)}: {v.text}{flag}")
    typer.echo(f"{len(views)} action{'s' if len(views) != 1 else ''}")


@app.command()
def link(
    ctx: typer.Context,
    slack_user_id: Annotated[str, typer.Argument(help="The Slack member ID, e.g. U0123ABCD.")],
    member: Annotated[str, typer.Argument(help="The member's name on the roster.")],
) -> None:
    """Link a Slack user to a board member (for people not matched by email)."""
    from bot.tracker.identity import link_by_name

    options = _options(ctx)
    with options.board_session() as (session, board):
        names = Assistant(options.url(), board.id).snapshot(session).names
        linked = link_by_name(session, board.id, slack_user_id, member, names, actor="command line").name
    typer.echo(f"Linked {slack_user_id} to {linked}.")


# Minutes, attendance and reports ---------------------------------------------------------------------------
report_app = typer.Typer(help="Reports for the meeting pack.", no_args_is_help=True)
app.add_typer(report_app, name="report")


@app.command("import-minutes")
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
    options = _options(ctx)
    with options.board_session() as (session, board):
        snapshot = Assistant(options.url(), board.id).snapshot(session)
        minutes = parse_minutes(text, snapshot.names, snapshot.directory.board_dates)
        summary = None if dry_run else import_minutes(session, board.id, minutes, snapshot.names, by=None)
    if as_json:
        _emit_json(minutes_as_json(minutes))
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


@meeting_app.command("attendance")
def meeting_attendance(
    ctx: typer.Context,
    date: Annotated[str, typer.Argument(help="The meeting's date, YYYY-MM-DD or DD/MM/YYYY.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Who attended (or is expected), sent apologies and representatives, and whether it is quorate."""
    from bot.tracker.apologies import meeting_on
    from bot.tracker.attendance import attendance_list, check_quorum

    day = _parse_day(date)
    with _options(ctx).board_session() as (session, board):
        meeting = meeting_on(session, board.id, day)
        lines = attendance_list(session, board.id, meeting, dt.date.today())
        quorum = check_quorum(session, board.id, meeting)
    if as_json:
        _emit_json({"meeting": day.isoformat(), "quorate": quorum.quorate, "quorum": quorum.describe(),
                    "members": [vars_of(line) for line in lines]})  # fmt: skip
        return
    for line in lines:
        rep = f" (represented by {line.representative})" if line.representative else ""
        typer.echo(f"{line.member:<24} {line.status:<10} {line.agency or ''}{rep}")
    typer.echo(f"{day:%A} {day.day} {day:%B %Y}: {quorum.describe()}")


@app.command()
def attendance(
    ctx: typer.Context,
    member: Annotated[str | None, typer.Option(help="A member's name.")] = None,
    agency: Annotated[str | None, typer.Option(help="An agency's name or short name.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Attendance history across board meetings, for a member or an agency (how partners engage)."""
    from bot.tracker.attendance import attendance_history

    options = _options(ctx)
    with options.board_session() as (session, board):
        names = Assistant(options.url(), board.id).snapshot(session).names
        if member:
            found = names.person(member).member
            if found is None:
                raise BoardError(f"{member!r} is not one member of this board.")
            history = attendance_history(session, board.id, member_id=found.id)
        elif agency:
            agency_found = names.agency(agency).agency
            if agency_found is None:
                raise BoardError(f"{agency!r} is not one agency of this board.")
            history = attendance_history(session, board.id, agency_id=agency_found.id)
        else:
            raise BoardError("Give --member NAME or --agency NAME.")
    if as_json:
        _emit_json([vars_of(line) for line in history])
        return
    for line in history:
        typer.echo(f"{line.meeting:%d %b %Y}  present {line.present}  represented {line.represented}  "
                   f"apologies {line.apologies}  absent {line.absent}")  # fmt: skip
    typer.echo(f"{len(history)} meetings")


@report_app.command("tracker")
def report_tracker(
    ctx: typer.Context,
    meeting: Annotated[str | None, typer.Option(help="The meeting the pack is for (default: the next board).")] = None,
    format_: Annotated[str, typer.Option("--format", help="md, csv, xlsx or html")] = "md",
    output: Annotated[Path | None, typer.Option(help="Write to this file instead of the terminal.")] = None,
    now: Annotated[str | None, typer.Option(help="Today, for overdue (ISO date-time).")] = None,
) -> None:
    """The Action Tracker Review for the next meeting pack."""
    from bot.reports.tracker import FORMATS, build_report, render

    if format_ not in FORMATS:
        raise BoardError(f"--format {format_!r}: use md, csv, xlsx or html.")
    if format_ == "xlsx" and output is None:
        raise BoardError("An xlsx report needs --output FILE.xlsx.")
    day = _parse_day(meeting) if meeting else None
    with _options(ctx).board_session() as (session, board):
        report = build_report(session, board.id, meeting=day, today=_clock(now)().date())
    content = render(report, format_)
    if output is None:
        typer.echo(content)
        return
    _write(output, content)
    typer.echo(f"Wrote {output}.")


audit_app = typer.Typer(help="Statutory audits: S11, S175, CSE, multi-agency and participation.", no_args_is_help=True)
audit_cycle_app = typer.Typer(help="Audit cycles.", no_args_is_help=True)
audit_schools_app = typer.Typer(help="The schools that return S175 audits.", no_args_is_help=True)
app.add_typer(audit_app, name="audit")
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
    issued_day, due_day = (_parse_day(issued) if issued else None), (_parse_day(due) if due else None)
    with _options(ctx).board_session() as (session, board):
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
    with _options(ctx).board_session() as (session, board):
        added, unchanged = import_schools(session, board.id, data)
    typer.echo(f"{added} schools added, {unchanged} already known.")


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
    with _options(ctx).board_session() as (session, board):
        rows = audit_rows(session, board.id, _clock(now)().date())
        name = board.name
    content: str | bytes = {
        "json": lambda: audit_report.render_json(rows),
        "csv": lambda: audit_report.render_csv(rows),
        "md": lambda: audit_report.render_markdown(name, rows),
        "xlsx": lambda: audit_report.render_xlsx(name, rows),
    }[format_]()
    if output is None:
        typer.echo(content)
    else:
        _write(output, content)


@app.command()
def history(
    ctx: typer.Context,
    ref: Annotated[str, typer.Argument(help="The action's reference, e.g. A-12.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """An action's life from the audit trail: who recorded it, re-dated it, updated it and closed it, and when."""
    import re as regex

    from bot.tracker.actions import history as action_history

    found = regex.fullmatch(r"\s*[aA]\s*-?\s*(\d{1,6})\s*", ref)
    if not found:
        raise BoardError(f"{ref!r} is not an action reference such as A-12.")
    with _options(ctx).board_session() as (session, board):
        view, entries = action_history(session, board.id, int(found.group(1)))
    if as_json:
        _emit_json({"ref": view.ref, "text": view.text, "status": view.status,
                    "history": [vars_of(e) for e in entries]})  # fmt: skip
        return
    typer.echo(f"{view.ref}: {view.text} ({view.status})")
    for entry in entries:
        detail = ", ".join(f"{k}: {v}" for k, v in (entry.new or {}).items() if v not in (None, [], {}))
        typer.echo(f"  {entry.at:%Y-%m-%d %H:%M}  {entry.change:<10} {entry.who or 'system':<20} {detail}")


@app.command("export")
def export_command(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="JSON (the only format).")] = True,
    output: Annotated[Path | None, typer.Option(help="Write to this file instead of the terminal.")] = None,
) -> None:
    """The whole board as JSON (members, meetings, actions, audits and the event log); restorable."""
    from bot.tracker.records import export_board

    with _options(ctx).board_session() as (session, board):
        text = json.dumps(export_board(session, board.id), indent=1, ensure_ascii=False)
    if output is None:
        typer.echo(text)
    else:
        _write(output, text)
        typer.echo(f"Wrote {output}.")


@app.command("import-board")
def import_board_command(
    ctx: typer.Context, path: Annotated[Path, typer.Argument(help="A file written by `dscb export`.")]
) -> None:
    """Restore an export as a new board in this database."""
    from bot.tracker.records import import_board

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BoardError(f"Cannot read {path} as an export: {exc}.") from exc
    with db.transaction(_options(ctx).url()) as session:
        board_id = import_board(session, data)
        name = session.get_one(Board, board_id).name
    typer.echo(f"Restored {name} as board {board_id}.")


@app.command("erase-member")
def erase_member_command(
    ctx: typer.Context, name: Annotated[str, typer.Argument(help="The member's name on the roster.")]
) -> None:
    """Remove a person's personal data on request; their actions stay attributable to their agency."""
    from bot.tracker.records import erase_member

    options = _options(ctx)
    with options.board_session() as (session, board):
        match = Assistant(options.url(), board.id).snapshot(session).names.person(name)
        if match.member is None:
            raise BoardError(f"{name!r} is not one member of this board.")
        pseudonym = erase_member(session, board.id, match.member.id, actor="command line")
    typer.echo(f"Erased {name}'s personal data; they now appear as {pseudonym}.")


def _write(output: Path, content: str | bytes) -> None:
    """A report or export to a file: text as UTF-8, a workbook as it is."""
    if isinstance(content, bytes):
        output.write_bytes(content)
    else:
        output.write_text(content, encoding="utf-8")


def vars_of(item: Any) -> dict[str, Any]:
    """A dataclass with slots as a JSON-ready dict."""
    return {name: getattr(item, name) for name in item.__slots__}


# Console and app ------------------------------------------------------------------------------------------
def _clock(now: str | None) -> Callable[[], dt.datetime]:
    if now is None:
        return dt.datetime.now
    try:
        fixed = dt.datetime.fromisoformat(now)
    except ValueError:
        raise BoardError(f"--now {now!r} is not an ISO date-time such as 2015-05-15T09:30.") from None
    return lambda: fixed


@app.command()
def console(
    ctx: typer.Context,
    as_: Annotated[str | None, typer.Option("--as", help="The member you speak as.")] = None,
    now: Annotated[str | None, typer.Option(help="Fix the clock, e.g. 2015-05-15T09:30.")] = None,
    demo: Annotated[bool, typer.Option(help="Set up the demo board when the database has no board.")] = False,
) -> None:
    """Chat with the assistant in the terminal (works piped: one message a line)."""
    from bot.conversation.console import run_console

    clock = _clock(now)
    options = _options(ctx)
    url = options.url()
    with db.transaction(url) as session:
        board = _board_or_demo(session, options.board, demo, clock().date())
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


@app.command()
def run(
    http: Annotated[
        bool, typer.Option("--http", help="Serve the Events API over HTTP instead of Socket Mode.")
    ] = False,
    port: Annotated[int, typer.Option(help="Port for --http.")] = 3000,
    host: Annotated[str, typer.Option(envvar="DSCB_HOST", help="Address for --http (0.0.0.0 behind a proxy).")] = (
        "127.0.0.1"
    ),
    workers: Annotated[int, typer.Option(min=1, max=32, help="Worker processes for --http (PostgreSQL for >1).")] = 1,
) -> None:
    """Start the product: the Slack app when Slack is configured, else the console on the demo board."""
    import app as application

    raise typer.Exit(application.main(http=http, port=port, host=host, workers=workers))


def main() -> None:
    """Console-script entry point: domain errors and unreachable databases become one clear line."""
    try:
        app()
    except BoardError as exc:
        print(f"dscb: {exc}", file=sys.stderr)
        sys.exit(2)
    except db.DatabaseUnavailable as exc:
        print(f"dscb: {exc}", file=sys.stderr)
        sys.exit(3)
    except OperationalError as exc:
        print(f"dscb: {db.describe_error(exc)}", file=sys.stderr)
        sys.exit(3)
