"""The Slack front end's configuration, read from the environment."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from zoneinfo import ZoneInfo

DEFAULT_SCOPES = (
    "app_mentions:read,chat:write,commands,im:history,im:read,im:write,users:read,users:read.email,files:read,"
    "files:write"
)


@dataclass(frozen=True, slots=True)
class SlackSettings:
    bot_token: str | None
    app_token: str | None
    signing_secret: str | None
    api_url: str | None
    client_id: str | None
    client_secret: str | None
    scopes: tuple[str, ...]

    @property
    def oauth(self) -> bool:
        """Multi-workspace install: each workspace that installs the app gets its own board."""
        return bool(self.client_id and self.client_secret)

    @classmethod
    def from_env(cls) -> SlackSettings:
        env = os.environ
        api_url = env.get("SLACK_API_URL") or None
        if api_url and not api_url.endswith("/"):
            api_url += "/"
        return cls(
            bot_token=env.get("SLACK_BOT_TOKEN") or None,
            app_token=env.get("SLACK_APP_TOKEN") or None,
            signing_secret=env.get("SLACK_SIGNING_SECRET") or None,
            api_url=api_url,
            client_id=env.get("SLACK_CLIENT_ID") or None,
            client_secret=env.get("SLACK_CLIENT_SECRET") or None,
            scopes=tuple(s.strip() for s in (env.get("SLACK_SCOPES") or DEFAULT_SCOPES).split(",") if s.strip()),
        )


def local_now() -> dt.datetime:
    """Board time: the wall clock in the UK (boards meet in England and Wales), without a zone attached."""
    return dt.datetime.now(ZoneInfo("Europe/London")).replace(tzinfo=None)
