"""The Slack app: a Bolt app for one database (one workspace with a bot token, or many with OAuth installs), with
the listeners of ``handlers.slack`` (events, commands, actions, shortcuts, views) attached.

Listeners stay thin: they turn Slack's payload into plain values, call the assistant (bot/), and render its
Reply with handlers.slack.blocks. Every request is answered well inside Slack's 3 seconds; owners' DMs go out after.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable
from typing import Any

from slack_bolt import App, BoltResponse
from slack_bolt.oauth.oauth_settings import OAuthSettings
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler

from handlers.slack import actions, commands, events, shortcuts, views
from handlers.slack.settings import SlackSettings, local_now
from handlers.slack.who import Directory
from handlers.slack.wiring import Wiring, guard_ids

log = logging.getLogger(__name__)


def web_client(settings: SlackSettings, token: str | None = None) -> WebClient:
    """A Web API client with retries for rate limits (honouring Retry-After) and dropped connections."""
    kwargs: dict[str, Any] = {"token": token}
    if settings.api_url:
        kwargs["base_url"] = settings.api_url
    client = WebClient(**kwargs)
    client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=3))
    client.retry_handlers.append(ConnectionErrorRetryHandler(max_retry_count=2))
    return client


def create_app(
    settings: SlackSettings,
    database_url: str,
    *,
    process_before_response: bool = True,
    clock: Callable[[], dt.datetime] = local_now,
) -> App:
    """The Bolt app for one database; single workspace with a bot token, or multi-workspace with OAuth."""
    options: dict[str, Any] = {
        "signing_secret": settings.signing_secret or "",
        "process_before_response": process_before_response,
        "client": web_client(settings, settings.bot_token),
    }
    if settings.oauth:
        options["oauth_settings"] = _oauth_settings(settings, database_url)
        options["client"] = web_client(settings)
    app = App(logger=_quiet_logger(), **options)
    register(app, Directory(database_url), database_url, clock)
    return app


class _WithoutContent(logging.Filter):
    """Bolt's own log lines may quote a request's body (a bad signature's, an unhandled request's): keep the line,
    drop the body, so nothing anybody wrote reaches the logs."""

    _BODY = re.compile(r"\s*\((?:signature:|\{).*", re.S)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cut = self._BODY.sub(" (request details not logged)", message)
        if cut != message:
            record.msg, record.args = cut, ()
        return True


def _quiet_logger() -> logging.Logger:
    """The logger Bolt's middleware copies its filters from."""
    logger = logging.getLogger("handlers.bolt")
    if not any(isinstance(f, _WithoutContent) for f in logger.filters):
        logger.addFilter(_WithoutContent())
    return logger


def _oauth_settings(settings: SlackSettings, database_url: str) -> OAuthSettings:
    from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
    from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore

    from bot.runtime import engine_for

    engine = engine_for(database_url)
    installations = SQLAlchemyInstallationStore(client_id=settings.client_id or "", engine=engine)
    states = SQLAlchemyOAuthStateStore(expiration_seconds=600, engine=engine)
    installations.create_tables()  # type: ignore[no-untyped-call]  # slack_sdk's own tables, versioned by it
    states.create_tables()  # type: ignore[no-untyped-call]
    return OAuthSettings(
        client_id=settings.client_id,
        client_secret=settings.client_secret,
        scopes=list(settings.scopes),
        installation_store=installations,
        state_store=states,
    )


def register(app: App, directory: Directory, database_url: str, clock: Callable[[], dt.datetime]) -> None:
    """Attach the guard on every request's ids, then every group of listeners, then the last-resort error answer."""
    wiring = Wiring(directory, database_url, clock)
    guard_ids(app)
    for group in (events, commands, actions, shortcuts, views):
        group.register(app, wiring)

    @app.error
    def on_error(error: Exception, body: dict[str, Any]) -> BoltResponse:
        """What a listener's wrapper could not catch (Bolt's own middleware): logged without content, answered 400
        (a payload Bolt could not make sense of), never a 500."""
        log.error("request failed before reaching a listener: %s", type(error).__name__)
        return BoltResponse(status=400, body="bad request")
