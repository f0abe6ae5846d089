"""Delivery: the outbox that sends what the assistant sends on its own (the daily digests) exactly once, through a
``Sender`` port each front end implements.

May use: ``bot.reports`` and every layer below it.
"""
