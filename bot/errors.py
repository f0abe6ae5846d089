"""Domain errors: each carries a message fit to show the person who caused it."""

from __future__ import annotations


class BoardError(Exception):
    """Something the person asked for cannot be done; ``str(error)`` says why, politely."""


class InvalidInput(BoardError):
    """The input is malformed (a bad CSV line, a date that does not exist)."""


class NotFound(BoardError):
    """A member, action, meeting or board that does not exist."""


class NotAllowed(BoardError):
    """The person may not do this (their role or agency does not allow it)."""


class PrivacyRefused(BoardError):
    """The text holds details that identify a child; nothing was stored."""
