"""A board's roster at one version, as understanding needs it, with no database."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.directory import Directory, Person
from bot.errors import NotFound
from bot.understanding.interpret import interpret
from bot.understanding.interpretation import Interpretation
from bot.understanding.names import NameIndex


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A board's names at one roster version: everything understanding needs, with no database."""

    directory: Directory
    names: NameIndex

    def person(self, name: str) -> Person:
        """The member a console user or script speaks as."""
        match = self.names.person(name)
        if match.member is not None:
            return match.member
        if match.candidates:
            names = ", ".join(p.name for p in match.candidates)
            raise NotFound(f"{name!r} could be {names}; give the full name.")
        raise NotFound(f"{name!r} is not a member of this board.")

    def interpret(self, text: str, writer: Person | None, now: dt.datetime) -> Interpretation:
        return interpret(text, writer, now, self.names)
