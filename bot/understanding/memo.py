"""Answers kept for the length of one message.

The rules ask the board's names the same question many times while reading one message ("is 'the CCG' an
agency?", "a group?"): a few thousand lookups a message, a third of them distinct. :func:`one_message` wraps the
reading of a message; inside it, a method marked :func:`kept` answers a question it was asked before from its own
earlier answer. Outside a message (tests, the directory's own use) it simply answers. The kept answers live in a
context variable, so concurrent messages (threads, tasks) never see each other's, and they go when the message is
read: a question about the same words in the next message is answered afresh.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any, ParamSpec, TypeVar

__all__ = ["kept", "message_kept", "one_message"]

_P = ParamSpec("_P")
_R = TypeVar("_R")
_ANSWERS: ContextVar[dict[tuple[Any, ...], Any] | None] = ContextVar("answers", default=None)


def one_message(read: Callable[_P, _R]) -> Callable[_P, _R]:
    """``read`` (a function reading one message) with the answers of :func:`kept` methods kept while it runs; a
    reading inside another (a quoted note read on its own) shares the outer one's answers."""

    @functools.wraps(read)
    def reading(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        if _ANSWERS.get() is not None:
            return read(*args, **kwargs)
        token = _ANSWERS.set({})
        try:
            return read(*args, **kwargs)
        finally:
            _ANSWERS.reset(token)

    return reading


def message_kept() -> dict[tuple[Any, ...], Any] | None:
    """What is kept for the message being read (keys of the keeper's own making), or None outside a message."""
    return _ANSWERS.get()


def kept(method: Callable[[Any, str], _R]) -> Callable[[Any, str], _R]:
    """A method of an object that never changes, answering from one string: its answer kept for the message."""

    @functools.wraps(method)
    def answer(self: Any, written: str) -> _R:
        answers = _ANSWERS.get()
        if answers is None:
            return method(self, written)
        key = (method, self, written)
        if key not in answers:
            answers[key] = method(self, written)
        return answers[key]  # type: ignore[no-any-return]

    return answer
