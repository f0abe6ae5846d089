"""Boards for benchmarks, built in memory: the seed roster, or a synthetic one of any size."""

from __future__ import annotations

import csv
import datetime as dt
import itertools
from pathlib import Path

from bot.directory import AgencyInfo, Directory, GroupInfo, MeetingInfo, Person
from bot.tracker.boards import BUILT_IN_GROUPS, STANDARD_SUB_GROUPS
from bot.understanding.agencies import short_names_for, split_department
from bot.understanding.names import NameIndex
from store.models import MeetingKind, Role

ROSTER = Path(__file__).resolve().parent.parent / "bot" / "data" / "demo-roster.csv"
BOARD_DATES = (dt.date(2015, 3, 13), dt.date(2015, 7, 10), dt.date(2015, 9, 11))
FIRST = (
    "Aisha Alan Amy Andrew Beth Brian Carla Colin Dawn Derek Eleanor Eric Fiona Frank Gemma Gary Hannah Harry "
    "Imogen Ian Jade Jack Kelly Keith Laura Leon Megan Martin Naomi Neil Olivia Oscar Priya Paul Qasim Rosa "
    "Robert Sana Simon Tara Trevor Uma Victor Wendy Wayne Yasmin Yusuf Zoe Zack Abdul Bridget Cerys Dominic "
    "Esther Farah Gordon Helena Isaac"
).split()
LAST = (
    "Ahmed Baker Clarke Davies Evans Fletcher Green Hughes Iqbal Jones Khan Lewis Morgan Nolan Owen Patel Quinn "
    "Roberts Singh Taylor Underwood Vaughan Walker Young Zaman Archer Booth Chapman Dixon Ellis Foster Grant "
    "Hussain Irwin Jenkins Kaur Lloyd Mason Noble Osborne Price Rahman Shaw Turner Usher Vernon Webb Wood Yates"
).split()


def _groups() -> tuple[GroupInfo, ...]:
    built_in = [GroupInfo(i, name, aliases, kind.value) for i, (name, kind, aliases) in enumerate(BUILT_IN_GROUPS)]
    subs = [GroupInfo(100 + i, name, aliases) for i, (name, aliases) in enumerate(STANDARD_SUB_GROUPS)]
    return tuple(built_in + subs)


def directory(members: int = 30) -> Directory:
    """The seed roster's 30 members, padded with synthetic members to ``members``."""
    rows = list(csv.DictReader(ROSTER.open(encoding="utf-8")))
    agency_names = sorted({split_department(r["agency"])[0] for r in rows})
    shorts = short_names_for(agency_names)
    agencies = tuple(AgencyInfo(i, name, tuple(shorts[name])) for i, name in enumerate(agency_names))
    by_name = {a.name: a for a in agencies}
    people = [
        Person(i, r["name"], (), by_name[split_department(r["agency"])[0]].id, split_department(r["agency"])[0],
               Role(r["role"]))
        for i, r in enumerate(rows)
    ]  # fmt: skip
    names = itertools.chain(
        (f"{f} {last}" for f, last in itertools.product(FIRST, LAST)),
        (f"{f} {a}-{b}" for f, a, b in itertools.product(FIRST, LAST, LAST) if a != b),
    )
    while len(people) < members:
        agency = agencies[len(people) % len(agencies)]
        people.append(Person(len(people), next(names), (), agency.id, agency.name))
    meetings = tuple(MeetingInfo(i, d, MeetingKind.BOARD) for i, d in enumerate(BOARD_DATES))
    return Directory(1, "Benchmark Board", 1, "Europe/London", tuple(people), agencies, _groups(), meetings)


def name_index(members: int = 30) -> NameIndex:
    return NameIndex(directory(members))
