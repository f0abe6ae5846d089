"""The floor for the round-trip benchmark: a Bolt app whose `/dscb-actions` listener only acknowledges.

It has the product's Bolt settings (signing secret, process_before_response=True, the same Web API client) and,
over HTTP, the product's WSGI guard (handlers.slack.server.wsgi_for). Run as a module it is served the way
`dscb run --http` serves the product, by the same gunicorn settings, configured from the same environment:

    SLACK_SIGNING_SECRET=... SLACK_BOT_TOKEN=... SLACK_API_URL=... python -m bench.floor_app --port 3001 --workers 2
"""

from __future__ import annotations

import argparse

from slack_bolt import Ack, App

from handlers.slack.app import web_client
from handlers.slack.server import _Gunicorn, wsgi_for
from handlers.slack.settings import SlackSettings


def floor_app(settings: SlackSettings) -> App:
    """An app that answers `/dscb-actions` with an empty acknowledgement and does nothing else."""
    app = App(signing_secret=settings.signing_secret or "", process_before_response=True,
              client=web_client(settings, settings.bot_token))  # fmt: skip

    @app.command("/dscb-actions")
    def empty(ack: Ack) -> None:
        ack()

    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--port", type=int, default=3001)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    _Gunicorn(lambda: wsgi_for(floor_app(SlackSettings.from_env())), args.host, args.port, args.workers).run()


if __name__ == "__main__":
    main()
