"""Serve the Teams front end: ``python -m handlers.teams`` (or ``python app.py --teams``) on ``DSCB_TEAMS_PORT``."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
import sys
import threading

from bot import runtime
from bot.clock import local_now
from bot.delivery.outbox import SendReport
from bot.errors import BoardError, InvalidInput
from handlers.teams.settings import DEFAULT_PORT, SettingsError, TeamsSettings


def serve(host: str = "127.0.0.1", port: int | None = None, *, dev: bool = False) -> int:
    """Run until stopped; a configuration that cannot work is refused at once with what to change. ``dev``: a local
    trial (no token check; with no tenant list, any tenant is the only board's)."""
    from aiohttp import web

    from handlers.teams.app import TeamsApp, web_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        settings = TeamsSettings.from_env(dev=dev)
    except SettingsError as error:
        print(f"Teams: {error}", file=sys.stderr)
        return 2
    port = port or int(os.environ.get("DSCB_TEAMS_PORT") or DEFAULT_PORT)
    url = runtime.database_url()
    runtime.upgrade(url)
    teams = TeamsApp(settings, url, local_now)
    try:
        teams.tenants.board_ids()  # every tenant's board exists (or the database is new): found now, not at a request
    except BoardError as error:
        print(f"Teams: {error} DSCB_TEAMS_TENANTS says which tenant is which board's (`dscb board list`).",
              file=sys.stderr)  # fmt: skip
        return 2
    if settings.any_tenant:
        print("Teams: local trial (--dev): no token check, any tenant.", file=sys.stderr)
    web.run_app(web_app(teams, digests=True), host=host, port=port, print=None)
    return 0


def send_digests_now(
    database_url: str, board_id: int, now: dt.datetime, *, pace_seconds: float = 1.0, dev: bool = False
) -> SendReport:
    """`dscb digest send --teams`: today's digests of one board, sent now through the kept conversations (each
    at most once a day, whichever process sends them). The adapter runs on an event loop of its own."""
    from bot.delivery import outbox
    from handlers.teams.app import TeamsApp
    from handlers.teams.outbox import TeamsSender

    try:
        settings = TeamsSettings.from_env(dev=dev)
    except SettingsError as error:
        raise InvalidInput(f"Teams: {error}") from error
    teams = TeamsApp(settings, database_url, local_now)
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, name="teams-digests", daemon=True)
    thread.start()
    try:
        sender = TeamsSender(teams.adapter, settings.app_id, loop)
        return outbox.send_digests(sender, database_url, board_id, now, pace_seconds=pace_seconds)
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
