"""What every `dscb` command shares: the global options and the board session, reading dates, times and --now,
writing JSON or a file, and the errors that end a run with one clear line."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

if TYPE_CHECKING:  # the core, the store and SQLAlchemy are imported when a command needs them, not for --help
    from sqlalchemy.orm import Session

    from store.models import Board


@dataclass
class Options:
    """The global options, as `main_options` reads them: where the database is and which board."""

    database_url: str
    board: str | None

    _migrated: bool = False

    def url(self) -> str:
        """The database URL, migrated to the latest schema on first use in this process."""
        if not self._migrated:
            from store import db

            db.upgrade(self.database_url)
            self._migrated = True
        return self.database_url

    @contextmanager
    def board_session(self, *, create: bool = False) -> Iterator[tuple[Session, Board]]:
        from bot.tracker.boards import find_board
        from store import db

        with db.transaction(self.url()) as session:
            yield session, find_board(session, self.board, create=create)


def options_of(ctx: typer.Context) -> Options:
    """The global options of this run (set by `main_options`, the app's callback)."""
    options = ctx.find_root().obj
    assert isinstance(options, Options)
    return options


def main_options(
    ctx: typer.Context,
    database_url: Annotated[
        str | None,
        typer.Option("--database-url", envvar="DATABASE_URL", help="SQLAlchemy URL; default: sqlite:///dscb.db"),
    ] = None,
    board: Annotated[
        str | None,
        typer.Option("--board", envvar="DSCB_BOARD", help="Board name, when the database holds several."),
    ] = None,
    now: Annotated[
        str | None,
        typer.Option("--now", help="Fix the clock for any command, e.g. 2015-05-15T09:30 (its own --now wins)."),
    ] = None,
) -> None:
    from store.clock import fix_clock, unfix_clock
    from store.db import database_url as resolved

    ctx.obj = Options(resolved(database_url), board)
    # The clock is this run's: fixed by --now (here or a command's own) and put back as it was when the run ends.
    token = fix_clock(None)
    ctx.call_on_close(lambda: unfix_clock(token))
    if now is not None:
        clock_for(now)


def emit_json(data: Any) -> None:
    """Print `--json` output: indented, non-ASCII as it is, dates and the like as strings."""
    typer.echo(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def write_output(output: Path, content: str | bytes) -> None:
    """A report or export to a file: text as UTF-8, a workbook as it is."""
    if isinstance(content, bytes):
        output.write_bytes(content)
    else:
        output.write_text(content, encoding="utf-8")


def vars_of(item: Any) -> dict[str, Any]:
    """A dataclass with slots as a JSON-ready dict."""
    return {name: getattr(item, name) for name in item.__slots__}


def clock_for(now: str | None) -> Callable[[], dt.datetime]:
    """The clock for a `--now` option, in the board's local time. Given, it fixes the core's clock at that ISO
    date-time for everything the command stores (events, records, done dates), not only for "today"; not given,
    the clock as it is (the global `dscb --now`, else the real time)."""
    from bot import clock

    if now is None:
        return clock.local_now
    try:
        fixed = dt.datetime.fromisoformat(now.strip())
    except ValueError:
        from bot.errors import BoardError

        raise BoardError(f"--now {now!r} is not an ISO date-time such as 2015-05-15T09:30.") from None
    clock.fix(fixed)  # an aware time is converted; main_options puts the clock back when the run ends
    return clock.local_now


def parse_day(text: str) -> dt.date:
    """A date as people type it: YYYY-MM-DD, DD/MM/YYYY, DD/MM/YY or DD.MM.YYYY."""
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    from bot.errors import BoardError

    raise BoardError(f"{text!r} is not a date; write it as YYYY-MM-DD or DD/MM/YYYY.")


def parse_time(text: str | None) -> dt.time | None:
    """A time as people type it (HH:MM, HH.MM or HHMM); none when not given."""
    if not text:
        return None
    for fmt in ("%H:%M", "%H.%M", "%H%M"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).time()
        except ValueError:
            continue
    from bot.errors import BoardError

    raise BoardError(f"{text!r} is not a time; write it as HH:MM.")


def run_app(app: typer.Typer) -> None:
    """Run the command line: domain errors and unreachable databases become one clear line."""
    try:
        app()
    except Exception as exc:  # classified here, so that `dscb --help` never imports the core or the store
        code, message = _one_line(exc)
        if code is None:
            raise
        print(f"dscb: {message}", file=sys.stderr)
        sys.exit(code)


def _one_line(exc: Exception) -> tuple[int | None, str]:
    """The exit code and the line for an error a person can act on; no code for a bug (it keeps its traceback)."""
    from sqlalchemy.exc import OperationalError

    from bot.errors import BoardError
    from store import db

    if isinstance(exc, BoardError):
        return 2, str(exc)
    if isinstance(exc, db.DatabaseUnavailable):
        return 3, str(exc)
    if isinstance(exc, OperationalError):
        return 3, db.describe_error(exc)
    return None, ""
