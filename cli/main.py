"""`dscb`: the board assistant's command line. The commands live in the modules beside this one; here they are
listed in one table and loaded only when used (so `dscb --help` and a quick read start fast), and `main` is the
console script's entry point."""

from __future__ import annotations

from cli.lazy import LazyEntry, lazy_app
from cli.options import main_options, run_app

# `dscb --help` lists the commands in this order: single commands first, then the groups of commands.
COMMANDS = (
    LazyEntry("parse", "cli.actions:parse", "Show what the assistant understands from a message; writes nothing."),
    LazyEntry("actions", "cli.actions:actions_list", "The action tracker: who owes what, overdue first."),
    LazyEntry(
        "action",
        "cli.actions:action_edit",
        "Change one action: its due date, an update, its owners, done (for a member), or dropped with a reason.",
    ),
    LazyEntry(
        "link",
        "cli.roster:link",
        "Link a Slack or Teams account to a board member (for people not matched by their roster email).",
    ),
    LazyEntry(
        "import-minutes",
        "cli.minutes:import_minutes_command",
        "Import minutes: the meeting, attendance and apologies, the next meeting, every action, and the agenda items' "
        "titles (the tracker report's section headings).",
    ),
    LazyEntry(
        "attendance",
        "cli.meetings:attendance",
        "Attendance across board meetings, held and to come, for a member or an agency (how partners engage).",
    ),
    LazyEntry(
        "history",
        "cli.actions:history",
        "An action's life in words: who recorded it, re-dated it, updated it, reassigned, closed or dropped it (and "
        "why), and when; --json gives the raw events.",
    ),
    LazyEntry(
        "export",
        "cli.reports:export_command",
        "The whole board as JSON (members, meetings, actions, audits and the event log); restorable.",
    ),
    LazyEntry(
        "import-board",
        "cli.reports:import_board_command",
        "Restore an export as a new board in this database; one that holds the board already refuses, unless --merge "
        "adds what the export has and the board lacks (nothing twice).",
    ),
    LazyEntry(
        "erase-member",
        "cli.roster:erase_member_command",
        "Remove a person's personal data on request; their actions stay attributable to their agency, and past "
        "meetings keep their counts.",
    ),
    LazyEntry(
        "console", "cli.console:console", "Chat with the assistant in the terminal (works piped: one message a line)."
    ),
    LazyEntry(
        "run",
        "cli.console:run",
        "Start the product: the Slack app when Slack is configured (--teams: the Microsoft Teams front end), else the "
        "console on the demo board.",
    ),
    LazyEntry("roster", "cli.roster:roster_app", "The board's members."),
    LazyEntry("meeting", "cli.meetings:meeting_app", "Board meetings, workshops, sub-group meetings and audit panels."),
    LazyEntry("group", "cli.groups:group_app", "The board's groups: sub-groups, their chairs and members."),
    LazyEntry("board", "cli.boards:board_app", "The boards in this database: list them, rename one."),
    LazyEntry("db", "cli.console:db_app", "The database."),
    LazyEntry("digest", "cli.digest:digest_app", "Daily digests and reminders."),
    LazyEntry("report", "cli.reports:report_app", "Reports for the meeting pack."),
    LazyEntry("teams", "cli.teams:teams_app", "The Microsoft Teams app package."),
    LazyEntry("audit", "cli.audits:audit_app", "Statutory audits: S11, S175, CSE, multi-agency and participation."),
)

app = lazy_app(
    COMMANDS,
    help="The board assistant: the action tracker of a multi-agency safeguarding board.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.callback()(main_options)


def main() -> None:
    """Console-script entry point: domain errors and unreachable databases become one clear line."""
    run_app(app)
