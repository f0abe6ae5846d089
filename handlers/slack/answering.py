"""Every Slack request answered in time and politely, whatever the database or the payload does.

``answered(kind)`` wraps a Bolt listener. The listener runs on a worker thread while the request's thread waits at
most ``ANSWER_WITHIN`` seconds (Slack gives up after 3). An event (a message) is answered by a message of its
own, not by the HTTP response, so its work may go on after the acknowledgement, up to ``EVENT_WITHIN`` seconds,
before the person is told it failed: a message queued behind many others is saved, not refused. A listener that
fails, or a database that is down or hung, gets a short apology in the way that kind of request is answered (the
acknowledgement of a command, an error on a form, an ephemeral message after a button) instead of an HTTP 500.
The work it leaves behind may not commit after the apology (``bot.runtime.commit_by``), and the apology says what
is known: not saved, saved, or (a commit sent to a database that stopped answering) not known yet. Never "not
saved" about something saved. Logs name the request kind and ids, never what anybody wrote.
"""

from __future__ import annotations

import contextvars
import inspect
import logging
import os
import threading
import time
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from pathlib import Path
from typing import Any

from slack_bolt import Ack, BoltContext, BoltRequest, Respond
from slack_sdk import WebClient

from bot.errors import BoardError
from bot.replies import Reply
from bot.runtime import DATABASE_ERRORS, CommitWatch, commit_by
from handlers.slack.markup import escape
from handlers.slack.replying import post_reply
from handlers.slack.settings import local_now

log = logging.getLogger(__name__)

ANSWER_WITHIN = float(os.environ.get("DSCB_ANSWER_WITHIN") or 2.5)
EVENT_WITHIN = float(os.environ.get("DSCB_EVENT_WITHIN") or 10.0)
DATABASE_DOWN = "I couldn't save that, please try again in a minute. Nothing was changed."
DATABASE_SLOW = "I couldn't save that: the database isn't answering. Please try again in a minute; nothing was changed."
OUTCOME_UNKNOWN = (
    "The database is answering very slowly, so I can't tell yet whether that was saved. Please check in a minute "
    '(for example "what do I owe?") before trying again.'
)
SAVED_SLOWLY = "That was saved, but it took longer than it should; my full answer may follow."
COMMIT_MARGIN = 0.25  # seconds before the answer's deadline after which no unit of work of the request may commit
SOMETHING_WRONG = "Sorry, something went wrong on my side; nothing was changed. The problem has been logged."
_workers = ThreadPoolExecutor(max_workers=32, thread_name_prefix="slack-request")
_apologies = ThreadPoolExecutor(max_workers=2, thread_name_prefix="slack-apology")
_late = ThreadPoolExecutor(max_workers=32, thread_name_prefix="slack-late-event")
Listener = Callable[..., None]


class _Ack:
    """The listener's ``ack``: after the request has been answered without it, later calls do nothing."""

    def __init__(self, ack: Ack) -> None:
        self._ack = ack
        self._lock = threading.Lock()
        self.closed = False

    def __call__(self, *args: Any, **kwargs: Any) -> None:
        with self._lock:
            if not self.closed:
                self._ack(*args, **kwargs)

    def close(self) -> bool:
        """Stop the listener acknowledging; True when it had not acknowledged yet."""
        with self._lock:
            self.closed = True
            return self._ack.response is None


def answered(kind: str) -> Callable[[Listener], Listener]:
    """Wrap a listener of ``kind`` ("event", "command", "action", "shortcut", "view" or "options")."""

    def wrap(listener: Listener) -> Listener:
        wanted = inspect.getfullargspec(listener).args

        def run(ack: Ack, body: dict[str, Any], payload: dict[str, Any], client: WebClient, context: BoltContext,
                request: BoltRequest, respond: Respond | None = None) -> None:  # fmt: skip
            once = _Ack(ack)
            offered = {"ack": once, "body": body, "client": client, "context": context, "respond": respond,
                       "request": request, kind: payload}  # fmt: skip
            started = time.monotonic()
            window = max(EVENT_WITHIN, ANSWER_WITHIN) if kind == "event" else ANSWER_WITHIN
            watch = CommitWatch(started + window - COMMIT_MARGIN)
            work = contextvars.copy_context().run
            future = _workers.submit(work, _run_watched, watch, listener, {name: offered.get(name) for name in wanted})
            wait([future], timeout=ANSWER_WITHIN)
            if kind == "event" and not future.done():  # acknowledged now; the work goes on and answers by message
                _late.submit(_finish_late, future, started + window, watch, once, body, client)
                return
            _settle(kind, future, watch, window, once, body, client, respond)

        run.__name__ = run.__qualname__ = listener.__name__
        return run

    return wrap


def _settle(kind: str, future: Future[None], watch: CommitWatch, window: float, ack: _Ack, body: dict[str, Any],
            client: WebClient, respond: Respond | None) -> None:  # fmt: skip
    """Apologise for the listener's work unless it finished well: the kind of failure decides the words."""
    if not future.done():
        log.error("%s %s not answered within %.1f s (database hung?)", kind, _name(body), window)
        problem = {"committing": OUTCOME_UNKNOWN, "committed": SAVED_SLOWLY}.get(watch.state, DATABASE_SLOW)
    elif (error := future.exception()) is None:
        return
    elif isinstance(error, DATABASE_ERRORS):
        log.error("%s %s: database unavailable: %s", kind, _name(body), describe(error))
        problem = DATABASE_DOWN
    elif isinstance(error, BoardError):  # e.g. a workspace that is not set up with a board
        problem = str(error)
    else:
        log.error("%s %s failed: %s", kind, _name(body), describe(error))
        problem = SOMETHING_WRONG
    _apologise(kind, problem, ack, body, client, respond)


def _finish_late(future: Future[None], deadline: float, watch: CommitWatch, ack: _Ack, body: dict[str, Any],
                 client: WebClient) -> None:  # fmt: skip
    """Wait for an event's work past its acknowledgement, to its own deadline, then apologise if it failed."""
    wait([future], timeout=max(0.0, deadline - time.monotonic()))
    _settle("event", future, watch, EVENT_WITHIN, ack, body, client, None)


def describe(error: BaseException) -> str:
    """An exception for the log without its message (which may quote what somebody wrote, or a statement's
    values): its type, PostgreSQL's error code, and where it was raised and caught, innermost last."""
    frames = traceback.extract_tb(error.__traceback__)[-3:]
    where = " < ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames))
    code = getattr(getattr(error, "orig", None), "sqlstate", None)
    return f"{type(error).__name__}{f' ({code})' if code else ''} at {where or 'unknown'}"


def _run_watched(watch: CommitWatch, listener: Listener, kwargs: dict[str, Any]) -> None:
    with commit_by(watch):
        listener(**kwargs)


def _name(body: dict[str, Any]) -> str:
    """What a log line may say of a request: its kind and callback or action id, never its text."""
    if not isinstance(body, dict):
        return "(malformed)"
    name = body.get("command") or (body.get("view") or {}).get("callback_id") or body.get("callback_id")
    actions = body.get("actions")
    if isinstance(actions, list) and actions and isinstance(actions[0], dict):
        name = actions[0].get("action_id")
    event = body.get("event")
    if isinstance(event, dict):
        name = event.get("type")
    return str(name or body.get("type") or "request")[:60]


def _apologise(kind: str, problem: str, ack: _Ack, body: dict[str, Any], client: WebClient,
               respond: Respond | None) -> None:  # fmt: skip
    """Tell the person, in the way this kind of request is answered (a message after the acknowledgement goes out
    in the background, so a slow Slack never delays it); Slack's own failures are only logged."""
    text = escape(problem)
    try:
        if ack.close():
            if kind == "command":
                ack._ack(text=text)
                return
            if kind == "view" and problem != SAVED_SLOWLY and (block := _first_input(body)):  # saved: close it
                ack._ack(response_action="errors", errors={block: problem[:150]})
                return
            if kind == "options":
                ack._ack(options=[])
            else:
                ack._ack()
    except Exception:
        log.warning("could not acknowledge a failed %s", kind)
    if kind != "options":  # the rest goes through Slack's Web API, after the acknowledgement
        _apologies.submit(_tell, kind, text, problem, body, client, respond)


def _tell(kind: str, text: str, problem: str, body: dict[str, Any], client: WebClient, respond: Respond | None) -> None:
    try:
        if respond is not None and isinstance(body, dict) and body.get("response_url"):
            respond(text=text, response_type="ephemeral", replace_original=False)
            return
        user = _user_of(body)
        if user:
            post_reply(client, user, Reply(problem, private=True), local_now().date())
    except Exception:
        log.warning("could not tell the person about a failed %s", kind)


def _first_input(body: dict[str, Any]) -> str | None:
    values = ((body.get("view") or {}).get("state") or {}).get("values") if isinstance(body, dict) else None
    return next(iter(values), None) if isinstance(values, dict) and values else None


def _user_of(body: dict[str, Any]) -> str | None:
    if not isinstance(body, dict):
        return None
    event = body.get("event")
    user = event.get("user") if isinstance(event, dict) else body.get("user") or body.get("user_id")
    if isinstance(user, dict):
        user = user.get("id")
    return user if isinstance(user, str) else None
