"""`dscb`: the board assistant's command line. The commands live in the modules beside this one; here they are
assembled into one app, and `main` is the console script's entry point."""

from __future__ import annotations

import typer

from cli.actions import action_edit, actions_list, history, parse
from cli.audits import audit_app
from cli.console import console, db_app, run
from cli.digest import digest_app
from cli.meetings import attendance, meeting_app
from cli.minutes import import_minutes_command
from cli.options import main_options, run_app
from cli.reports import export_command, import_board_command, report_app
from cli.roster import erase_member_command, link, roster_app

app = typer.Typer(
    help="The board assistant: the action tracker of a multi-agency safeguarding board.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.callback()(main_options)

# `dscb --help` lists the commands in the order they are registered, then the groups: keep both orders.
app.command()(parse)
app.command("actions")(actions_list)
app.command("action")(action_edit)
app.command()(link)
app.command("import-minutes")(import_minutes_command)
app.command()(attendance)
app.command()(history)
app.command("export")(export_command)
app.command("import-board")(import_board_command)
app.command("erase-member")(erase_member_command)
app.command()(console)
app.command()(run)

app.add_typer(roster_app, name="roster")
app.add_typer(meeting_app, name="meeting")
app.add_typer(db_app, name="db")
app.add_typer(digest_app, name="digest")
app.add_typer(report_app, name="report")
app.add_typer(audit_app, name="audit")


def main() -> None:
    """Console-script entry point: domain errors and unreachable databases become one clear line."""
    run_app(app)
