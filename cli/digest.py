"""`dscb digest`: preview the daily digests, or send them now (Slack, or Microsoft Teams)."""

from __future__ import annotations

import datetime as dt
import os
from typing import TYPE_CHECKING, Annotated, Any

import typer

from bot.errors import BoardError

if TYPE_CHECKING:
    from cli.options import Options

digest_app = typer.Typer(help="Daily digests and reminders.", no_args_is_help=True)

NowOption = Annotated[
    str | None, typer.Option(help="Board time to act as, e.g. 2015-06-29T08:30 (default: now, UK time).")
]


def _options_of(ctx: typer.Context) -> Options:
    """The `dscb` global options; when run on its own, the same from DATABASE_URL and DSCB_BOARD."""
    from cli.options import Options, options_of
    from store import db

    if isinstance(ctx.find_root().obj, Options):
        return options_of(ctx)
    return Options(db.database_url(None), os.environ.get("DSCB_BOARD") or None)


def _now(now: str | None) -> dt.datetime:
    from cli.options import clock_for

    if now is None:
        from handlers.slack.settings import local_now

        return local_now()
    return clock_for(now)()


@digest_app.command("preview")
def preview(
    ctx: typer.Context,
    now: NowOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON: one entry per member who gets a message.")] = (
        False
    ),
) -> None:
    """What the digests would say (one per member with something to say); writes nothing, sends nothing."""
    from bot.reports.digest import compute_digests, compute_manager_digest, digest_as_json, manager_digest_as_json
    from cli.options import emit_json

    when = _now(now)
    with _options_of(ctx).board_session() as (session, board):
        digests = compute_digests(session, board.id, when.date())
        manager = compute_manager_digest(session, board.id, when)
    if as_json:
        emit_json([digest_as_json(d) for d in digests])
        return
    for d in digests:
        typer.echo(_describe(digest_as_json(d)))
    typer.echo(f"{len(digests)} member digest{'s' if len(digests) != 1 else ''} on {when:%a %d %b %Y}.")
    if manager is not None:
        m = manager_digest_as_json(manager)
        typer.echo(
            f"Manager's digest: {len(m['new'])} new, {len(m['closed'])} closed, {m['overdue_actions']} overdue, "
            f"{m['audits_outstanding']} audit returns outstanding, {len(m['away'])} away."
        )


def _describe(entry: dict[str, Any]) -> str:
    parts = [f"{name.replace('_', ' ')}: {', '.join(item['ref'] for item in entry[name])}"
             for name in ("overdue", "due_soon", "asap") if entry[name]]  # fmt: skip
    if entry["meeting"]:
        parts.append(f"meeting notice: {entry['meeting']['date']}")
    return f"{entry['member']:<24} " + "; ".join(parts)


@digest_app.command("send")
def send(
    ctx: typer.Context,
    now: NowOption = None,
    pace: Annotated[
        float, typer.Option(envvar="DSCB_DIGEST_PACE", min=0, help="Seconds between two messages (Slack's limit).")
    ] = 1.0,
    teams: Annotated[
        bool, typer.Option("--teams", help="Send through Microsoft Teams (to members who have opened a chat).")
    ] = False,
    dev: Annotated[bool, typer.Option("--dev", help="With --teams: a local trial's settings (no token).")] = False,
) -> None:
    """Send today's digests now (each member's at most once a day; safe to run again). Slack needs SLACK_BOT_TOKEN;
    Teams (--teams) the bot's app id and secret, as `dscb run --teams` does."""
    when = _now(now)
    options = _options_of(ctx)
    url = options.url()
    with options.board_session() as (_session, board):
        board_id = board.id
    if teams:
        from handlers.teams.server import send_digests_now

        report = send_digests_now(url, board_id, when, pace_seconds=pace, dev=dev)
    else:
        from handlers.slack.app import web_client
        from handlers.slack.outbox import send_digests
        from handlers.slack.settings import SlackSettings

        settings = SlackSettings.from_env()
        if not settings.bot_token:
            raise BoardError("SLACK_BOT_TOKEN is not set: the digests go out through the Slack app's bot token "
                             "(or send them through Teams with --teams).")  # fmt: skip
        report = send_digests(web_client(settings, settings.bot_token), url, board_id, when, pace_seconds=pace)
    typer.echo(str(report))
    if report.failed:
        raise typer.Exit(1)
