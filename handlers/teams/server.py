"""Serve the Teams front end: ``python -m handlers.teams`` (or ``python app.py --teams``) on ``DSCB_TEAMS_PORT``."""

from __future__ import annotations

import logging
import os
import sys

from bot import runtime
from bot.clock import local_now
from handlers.teams.settings import DEFAULT_PORT, SettingsError, TeamsSettings


def serve(host: str = "0.0.0.0", port: int | None = None) -> int:
    """Run until stopped; a configuration that cannot work is refused at once with what to change."""
    from aiohttp import web

    from handlers.teams.app import TeamsApp, web_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        settings = TeamsSettings.from_env()
    except SettingsError as error:
        print(f"Teams: {error}", file=sys.stderr)
        return 2
    port = port or int(os.environ.get("DSCB_TEAMS_PORT") or DEFAULT_PORT)
    url = runtime.database_url()
    runtime.upgrade(url)
    web.run_app(web_app(TeamsApp(settings, url, local_now)), host=host, port=port, print=None)
    return 0
