"""Which Slack client reaches a board on its own (digests): the bot token of a single-workspace install, or, with
OAuth, the token the board's workspace was installed with, looked up in the installation store for each tick."""

from __future__ import annotations

import logging

from slack_bolt import App
from slack_sdk import WebClient

from bot.delivery.outbox import slack_workspaces
from handlers.slack.app import web_client
from handlers.slack.outbox import Clients, one_workspace
from handlers.slack.settings import SlackSettings

log = logging.getLogger(__name__)


def digest_clients(app: App, settings: SlackSettings, database_url: str) -> Clients | None:
    """The clients the digest scheduler sends through, or None when this app cannot send on its own."""
    if settings.bot_token:
        return one_workspace(app.client)
    if settings.oauth and app.installation_store is not None:
        return installed_workspaces(app, settings, database_url)
    return None


def installed_workspaces(app: App, settings: SlackSettings, database_url: str) -> Clients:
    """Each board through the bot token its workspace installed the app with; a board tied to no workspace, or to
    one that has uninstalled the app, gets None (nothing is sent, nothing is claimed)."""
    store = app.installation_store
    assert store is not None

    def client_for(board_id: int) -> WebClient | None:
        team = slack_workspaces(database_url).get(board_id)
        if team is None:
            return None
        bot = store.find_bot(enterprise_id=None, team_id=team)
        if bot is None or not bot.bot_token:
            log.info("board %s: no installation for its workspace; digests not sent", board_id)
            return None
        return web_client(settings, bot.bot_token)

    return client_for
