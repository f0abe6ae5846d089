"""Start the board assistant: the Slack app when Slack is configured, else the console on a demo board."""

from __future__ import annotations

import os
import sys


def main(http: bool = False, port: int = 3000, host: str = "127.0.0.1", workers: int = 1) -> int:
    if http or os.environ.get("SLACK_BOT_TOKEN") or os.environ.get("SLACK_CLIENT_ID"):
        from handlers.slack.server import serve

        return serve(http=http, port=port, host=host, workers=workers)
    from cli.main import app as cli

    print("No Slack tokens configured: starting the local console on the demo board.", file=sys.stderr)
    cli(["console", "--demo"], standalone_mode=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
