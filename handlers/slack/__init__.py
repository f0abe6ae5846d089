"""The Slack front end (Bolt).

- ``app``: the Bolt app for one database (a bot token, or OAuth installs) with every listener attached;
  ``server``: running it (Socket Mode, or HTTP with gunicorn workers); ``settings``: its environment.
- The listeners, grouped by kind as Slack's own Bolt starter template does, each module with
  ``register(app, wiring)``: ``events`` (DMs, mentions, App Home), ``commands`` (slash commands), ``actions``
  (buttons and selects), ``shortcuts`` (and the owners select's options), ``views`` (modal submissions);
  ``wiring`` holds what they share and reads payload fields strictly.
- ``answering``: every request answered in time and politely, whatever fails.
- ``who``: the workspace's board and the writer; Slack's side of the core's ``Accounts`` port.
- ``blocks``, ``markup``, ``replying``: Block Kit rendering, escaping, sending replies and owners' notices.
- ``digest``: rendering digests and Slack's side of the core's outbox ``Sender`` port, and the scheduler.
"""
