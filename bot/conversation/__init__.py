"""The conversation: the ``Assistant`` every front end calls (one use case, one transaction), the use cases behind
each message, button and command (``turn``), the terminal console and the demo board.

May use: every other part of the core. Never a chat platform: front ends live in ``handlers/``.
"""
