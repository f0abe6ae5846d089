"""The Slack front end: Bolt listeners grouped by kind, each module with ``register(app, wiring)``."""
