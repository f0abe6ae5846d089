"""``python -m handlers.teams``: serve the Teams front end."""

import sys

from handlers.teams.server import serve

sys.exit(serve())
