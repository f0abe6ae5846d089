"""Front ends, side by side: each turns its platform's events into calls on the core (``bot``) and the core's
replies into its platform's messages, and nothing else. ``handlers.slack`` is Slack's (Bolt); a Microsoft Teams
front end goes beside it as ``handlers.teams``. Front ends never import the store (an import-linter contract).
"""
