"""Running the Slack app: Socket Mode when an app-level token is set, else the Events API over HTTP.

HTTP mode serves `/slack/events` (events, commands, interactivity), `/slack/install` and `/slack/oauth_redirect`
(multi-workspace installs) and `/healthz`, with gunicorn: several worker processes, each with its own Bolt app,
sharing the database (use PostgreSQL for more than one worker).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from gunicorn.app.base import BaseApplication
from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

from bot import runtime

if TYPE_CHECKING:
    from handlers.slack.settings import SlackSettings

log = logging.getLogger(__name__)

WsgiApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


MAX_BODY_BYTES = 1_000_000  # Slack's payloads are a few kilobytes


def wsgi_app(database_url: str) -> WsgiApp:
    """The WSGI application for HTTP mode, configured from the environment."""
    from handlers.slack.app import create_app
    from handlers.slack.settings import SlackSettings

    settings = SlackSettings.from_env()
    app = create_app(settings, database_url, process_before_response=True)
    _start_digests(app, settings, database_url)  # each worker after the fork; delivery keys keep it once
    return wsgi_for(app)


def _start_digests(app: App, settings: SlackSettings, database_url: str) -> None:
    """The digest scheduler, through the bot token or each workspace's installation (OAuth)."""
    from handlers.slack.outbox import start_scheduler
    from handlers.slack.workspaces import digest_clients

    clients = digest_clients(app, settings, database_url)
    if clients is not None:
        start_scheduler(clients, database_url)


def wsgi_for(app: App) -> WsgiApp:
    """Bolt's request handler behind a health check and a guard: malformed or oversized bodies get a quiet 4xx."""
    bolt = SlackRequestHandler(app)

    def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == "/healthz":
            return _plain(start_response, "200 OK", "ok")
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return _plain(start_response, "400 Bad Request", "bad request")
        if length > MAX_BODY_BYTES:
            return _plain(start_response, "413 Payload Too Large", "too large")
        try:
            return bolt(environ, start_response)
        except Exception as error:  # Bolt could not read the body as a Slack request (JSON that is not an object...)
            log.warning("malformed request to %s: %s", environ.get("PATH_INFO"), type(error).__name__)
            return _plain(start_response, "400 Bad Request", "bad request")

    return application


def _plain(start_response: Callable[..., Any], status: str, text: str) -> list[bytes]:
    start_response(status, [("Content-Type", "text/plain; charset=utf-8")])
    return [text.encode()]


def serve(*, http: bool = False, port: int = 3000, host: str = "127.0.0.1", workers: int = 1) -> int:
    """Start the Slack app in the foreground; returns the exit status."""
    logging.basicConfig(
        level=os.environ.get("LOG_LEVEL", "INFO"), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    database_url = runtime.database_url()
    runtime.upgrade(database_url)
    if not http and os.environ.get("SLACK_APP_TOKEN"):
        from slack_bolt.adapter.socket_mode import SocketModeHandler

        from handlers.slack.app import create_app
        from handlers.slack.settings import SlackSettings

        settings = SlackSettings.from_env()
        app = create_app(settings, database_url, process_before_response=True)
        _start_digests(app, settings, database_url)
        log.info("Socket Mode: connecting to Slack")
        SocketModeHandler(app, settings.app_token).start()  # type: ignore[no-untyped-call]
        return 0
    if not os.environ.get("SLACK_SIGNING_SECRET"):
        log.error("HTTP mode needs SLACK_SIGNING_SECRET (or set SLACK_APP_TOKEN for Socket Mode)")
        return 2
    runtime.forget_engines()  # the workers are forked: none may share the master's database connections
    _Gunicorn(lambda: wsgi_app(database_url), host, port, workers).run()
    return 0


class _Gunicorn(BaseApplication):  # type: ignore[misc]
    """gunicorn run from code: each worker process builds its own app after the fork."""

    def __init__(self, factory: Callable[[], WsgiApp], host: str, port: int, workers: int) -> None:
        self.factory = factory
        self.options = {
            "bind": f"{host}:{port}",
            "workers": workers,
            "worker_class": "gthread",
            "threads": 8,
            "timeout": 30,
            "graceful_timeout": 10,
            "keepalive": 5,
            "accesslog": None,
            "errorlog": "-",
            "loglevel": os.environ.get("LOG_LEVEL", "info").lower(),
        }
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> WsgiApp:
        return self.factory()
