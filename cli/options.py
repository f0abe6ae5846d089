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
from typing import Annotated, Any

import typer
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from bot.errors import BoardError
from bot.tracker.boards import find_board
from store import db
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
            db.upgrade(self.database_url)
            self._migrated = True
        return self.database_url

    @contextmanager
    def board_session(self, *, create: bool = False) -> Iterator[tuple[Session, Board]]:
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
) -> None:
    ctx.obj = Options(db.database_url(database_url), board)


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
    """The clock for a `--now` option: the real one, or fixed at that ISO date-time."""
    if now is None:
        return dt.datetime.now
    try:
        fixed = dt.datetime.fromisoformat(now)
    except ValueError:
        raise BoardError(f"--now {now!r} is not an ISO date-time such as 2015-05-15T09:30.") from None
    return lambda: fixed


def parse_day(text: str) -> dt.date:
    """A date as people type it: YYYY-MM-DD, DD/MM/YYYY, DD/MM/YY or DD.MM.YYYY."""
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
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
    raise BoardError(f"{text!r} is not a time; write it as HH:MM.")


def run_app(app: typer.Typer) -> None:
    """Run the command line: domain errors and unreachable databases become one clear line."""
    try:
        app()
    except BoardError as exc:
        print(f"dscb: {exc}", file=sys.stderr)
        sys.exit(2)
    except db.DatabaseUnavailable as exc:
        print(f"dscb: {exc}", file=sys.stderr)
        sys.exit(3)
    except OperationalError as exc:
        print(f"dscb: {db.describe_error(exc)}", file=sys.stderr)
        sys.exit(3)
