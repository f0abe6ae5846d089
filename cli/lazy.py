"""Commands loaded when they run: `dscb --help` lists every command from a table, and a command's module (with
the core, SQLAlchemy and the understanding rules it needs) is imported only when that command is used.

Each entry names the command, where it lives ("module:attribute", a function or a Typer sub-app) and its one-line
help; `tests/test_cli_startup.py` checks that each line matches the command's own help, so the table cannot
drift from the commands.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import click
import typer
import typer.core
import typer.main


@dataclass(frozen=True, slots=True)
class LazyEntry:
    """One command of the table: its name, where it lives and the line `dscb --help` shows for it."""

    name: str
    target: str
    help: str

    def load(self) -> click.Command:
        """The real command (a click command or group), importing its module now."""
        module_name, _, attribute = self.target.partition(":")
        found = getattr(importlib.import_module(module_name), attribute)
        if isinstance(found, typer.Typer):
            group = typer.main.get_group(found)
            group.name = self.name
            return group
        single = typer.Typer(add_completion=False)
        single.command(self.name)(found)
        return typer.main.get_command(single)


class LazyCommand(click.Command):
    """A placeholder that shows the table's help line and hands over to the real command when it is run."""

    def __init__(self, entry: LazyEntry) -> None:
        super().__init__(name=entry.name, help=entry.help, short_help=entry.help)
        self.entry = entry
        self._real: click.Command | None = None

    def real(self) -> click.Command:
        if self._real is None:
            self._real = self.entry.load()
        return self._real

    def make_context(
        self, info_name: str | None, args: list[str], parent: click.Context | None = None, **extra: Any
    ) -> click.Context:
        return self.real().make_context(info_name, args, parent=parent, **extra)

    def invoke(self, ctx: click.Context) -> Any:  # pragma: no cover - make_context hands over to the real command
        return self.real().invoke(ctx)


class LazyGroup(typer.core.TyperGroup):
    """The top-level `dscb` group: its commands come from a table of `LazyEntry`, loaded one at a time."""

    entries: Sequence[LazyEntry] = ()

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        for entry in self.entries:
            self.add_command(LazyCommand(entry), entry.name)


def lazy_app(entries: Sequence[LazyEntry], **settings: Any) -> typer.Typer:
    """A Typer app whose commands are the table's, each imported only when it runs."""
    group = type("DscbGroup", (LazyGroup,), {"entries": tuple(entries)})
    return typer.Typer(cls=group, **settings)
