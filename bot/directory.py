"""A read-only snapshot of one board's people, agencies, groups and meeting dates.

Understanding a message needs the roster on every call; the snapshot is loaded once and reused until the
board's ``roster_version`` changes, so a warm parse touches no database.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

from sqlalchemy import select
from sqlalchemy.orm import Session

from store.models import Agency, Board, Group, GroupMembership, Meeting, MeetingKind, Member, Role

MANAGERS = (Role.MANAGER, Role.CHAIR)  # who runs the board: may act for any member


@dataclass(frozen=True, slots=True)
class Person:
    id: int
    name: str
    aliases: tuple[str, ...] = ()
    agency_id: int | None = None
    agency: str | None = None
    role: Role = Role.MEMBER
    slack_user_id: str | None = None
    teams_user_id: str | None = None
    department: str | None = None  # of the agency ("Housing" of DMBC)

    @property
    def first_name(self) -> str:
        return self.name.split()[0]

    def may_act_for(self, member_id: int) -> bool:
        """Members act for themselves; the business manager and the chair for anyone."""
        return member_id == self.id or self.role in MANAGERS


@dataclass(frozen=True, slots=True)
class AgencyInfo:
    """An agency, or one department of it ("DMBC – Housing": the council's id, ``department`` "Housing")."""

    id: int
    name: str
    short_names: tuple[str, ...] = ()
    department: str | None = None

    def holds(self, person: Person) -> bool:
        """Whether the member sits for this agency (for a department, for that department of it)."""
        return person.agency_id == self.id and self.department in (None, person.department)


@dataclass(frozen=True, slots=True)
class GroupInfo:
    id: int
    name: str
    aliases: tuple[str, ...] = ()
    kind: str = "sub-group"
    chair_id: int | None = None  # the member who chairs it ("chair:CDOP" on the roster)
    member_ids: frozenset[int] = frozenset()  # its members on the roster (the chair among them)


@dataclass(frozen=True, slots=True)
class MeetingInfo:
    id: int
    date: dt.date
    kind: MeetingKind
    start: dt.time | None = None
    end: dt.time | None = None
    venue: str | None = None
    title: str = ""


@dataclass(frozen=True)
class Directory:
    board_id: int
    board_name: str
    version: int
    time_zone: str = "Europe/London"
    members: tuple[Person, ...] = ()
    agencies: tuple[AgencyInfo, ...] = ()
    groups: tuple[GroupInfo, ...] = ()
    meetings: tuple[MeetingInfo, ...] = ()
    departments: tuple[AgencyInfo, ...] = ()  # the agencies' departments members belong to, each as its own unit
    _by_id: dict[int, Person] = field(default_factory=dict, repr=False, compare=False)
    _by_chat_user: dict[tuple[str, str], Person] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_id.update({m.id: m for m in self.members})
        self._by_chat_user.update({("slack", m.slack_user_id): m for m in self.members if m.slack_user_id})
        self._by_chat_user.update({("teams", m.teams_user_id): m for m in self.members if m.teams_user_id})

    def member(self, member_id: int) -> Person | None:
        return self._by_id.get(member_id)

    def member_for_chat_user(self, user_id: str, platform: str = "slack") -> Person | None:
        """The member linked to a chat account (a Slack user id; in Teams, the user's Entra object id)."""
        return self._by_chat_user.get((platform, user_id))

    @cached_property
    def board_dates(self) -> tuple[dt.date, ...]:
        """The board meetings' dates, in the order of ``meetings`` (worked out once: the snapshot is frozen)."""
        return tuple(m.date for m in self.meetings if m.kind is MeetingKind.BOARD)

    def next_board(self, after: dt.date) -> MeetingInfo | None:
        """The first board meeting on or after ``after``."""
        return next((m for m in self.meetings if m.kind is MeetingKind.BOARD and m.date >= after), None)

    def meeting_on(self, day: dt.date) -> MeetingInfo | None:
        boards = [m for m in self.meetings if m.date == day]
        boards.sort(key=lambda m: m.kind is not MeetingKind.BOARD)
        return boards[0] if boards else None


def department_name(agency: str, department: str | None) -> str:
    """How a department is shown: "DMBC – Housing"; the agency alone when there is none."""
    return f"{agency} – {department}" if department else agency


def without_qualifier(department: str) -> set[str]:
    """ "Integrated Youth Services": "Youth Services" and "Youth Service", the words people use without the
    council's own qualifier."""
    words = department.split()
    if len(words) < 3 or words[1].lower() in {"of", "the", "and", "for"} or not all(w[:1].isupper() for w in words):
        return set()
    rest = " ".join(words[1:])
    return {rest, rest[:-1]} if rest.endswith("Services") else {rest}


def _department_names(department: str) -> set[str]:
    """What a department is called: "YOS", "Housing", "Adult Safeguarding", the initials of three or more
    words ("IYS" for Integrated Youth Services) and its name without the qualifier ("Youth Services")."""
    words = [w for w in department.split() if w[:1].isupper() and w.lower() not in {"of", "the", "and", "for"}]
    initials = {"".join(w[0] for w in words)} if len(words) >= 3 else set()
    capitals = {w for w in department.split() if len(w) >= 3 and w.isupper()}
    adults = {"Adult Services", "Adults Services", "Adult Social Care", "Adult Safeguarding"}
    if department in adults:  # safeguarding adults sits with adult social care: one department, however named
        return {department} | adults
    return {department} | capitals | initials | without_qualifier(department)


def load_directory(session: Session, board_id: int) -> Directory:
    """Read one board's snapshot (five queries)."""
    board = session.get_one(Board, board_id)
    agencies = session.scalars(select(Agency).where(Agency.board_id == board_id).order_by(Agency.name)).all()
    members = session.scalars(
        select(Member).where(Member.board_id == board_id, Member.active.is_(True)).order_by(Member.name)
    ).all()
    agency_infos = tuple(AgencyInfo(a.id, a.name, tuple(a.short_names or ())) for a in agencies)
    agency_names = {a.id: a.name for a in agencies}
    units = sorted({(m.agency_id, m.department) for m in members if m.agency_id and m.department})
    departments = tuple(
        AgencyInfo(agency_id, department_name(agency_names[agency_id], department),
                   tuple(sorted(_department_names(department) | {f"{department} {agency_names[agency_id]}"})),
                   department)
        for agency_id, department in units
    )  # fmt: skip
    people = tuple(
        Person(
            m.id,
            m.name,
            tuple(m.aliases or ()),
            m.agency_id,
            agency_names.get(m.agency_id) if m.agency_id else None,
            m.role,
            m.slack_user_id,
            m.teams_user_id,
            m.department,
        )
        for m in members
        if m.on_board
    )
    groups = session.scalars(select(Group).where(Group.board_id == board_id).order_by(Group.name)).all()
    joined = session.execute(
        select(GroupMembership.group_id, GroupMembership.member_id)
        .join(Group, Group.id == GroupMembership.group_id)
        .where(Group.board_id == board_id)
    ).all()
    members_of: dict[int, set[int]] = {}
    for group_id, member_id in joined:
        members_of.setdefault(group_id, set()).add(member_id)
    group_infos = tuple(
        GroupInfo(g.id, g.name, tuple(g.aliases or ()), g.kind.value, g.chair_id,
                  frozenset(members_of.get(g.id, set()) | ({g.chair_id} if g.chair_id else set())))
        for g in groups
    )  # fmt: skip
    meetings = session.scalars(
        select(Meeting).where(Meeting.board_id == board_id).order_by(Meeting.date, Meeting.start)
    )
    meeting_infos = tuple(MeetingInfo(m.id, m.date, m.kind, m.start, m.end, m.venue, m.title) for m in meetings)
    return Directory(
        board.id,
        board.name,
        board.roster_version,
        board.time_zone,
        people,
        agency_infos,
        group_infos,
        meeting_infos,
        departments,
    )
