"""The board's data: SQLAlchemy 2 typed models.

Every row belongs to one board (a tenant); queries always filter by ``board_id``.
Names follow the board's own words: member, agency, action, assignment (one owner of an action),
attendance, audit return, event (the append-only change log).
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from store.clock import utcnow as utcnow  # every default time reads the one clock (fixed by --now), as naive UTC

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _enum(cls: type[enum.Enum]) -> Enum:
    """Store enums by value as plain strings (portable, readable in SQL)."""
    return Enum(
        cls,
        native_enum=False,
        length=20,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


class Role(enum.StrEnum):
    CHAIR = "chair"
    MANAGER = "manager"
    MEMBER = "member"
    LAY_ADVISOR = "lay advisor"
    OBSERVER = "observer"


class DigestFrequency(enum.StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"  # Mondays
    OFF = "off"


class DeliveryStatus(enum.StrEnum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"


class Sector(enum.StrEnum):
    """What part of the partnership an agency is; the statutory partners matter for quoracy and S11."""

    LOCAL_AUTHORITY = "local authority"
    POLICE = "police"
    HEALTH = "health"
    PROBATION = "probation"
    EDUCATION = "education"
    VOLUNTARY = "voluntary"
    OTHER = "other"


class GroupKind(enum.StrEnum):
    ALL_MEMBERS = "all members"
    SUB_GROUP_CHAIRS = "sub group chairs"
    SUB_GROUP = "sub-group"


class MeetingKind(enum.StrEnum):
    BOARD = "board"
    WORKSHOP = "workshop"
    SUB_GROUP = "sub-group"
    AUDIT_PANEL = "audit panel"


class AttendanceStatus(enum.StrEnum):
    PRESENT = "present"
    APOLOGIES = "apologies"
    ABSENT = "absent"


class AssignmentStatus(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class AuditType(enum.StrEnum):
    S11 = "S11"
    S175 = "S175"
    CSE = "CSE"
    MULTI_AGENCY = "multi-agency"
    PARTICIPATION = "participation"


class AuditStatus(enum.StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    SUBMITTED = "submitted"
    COMPLETE = "complete"


class Board(Base):
    """A tenant: one safeguarding board (children's or adults'), optionally tied to a Slack workspace."""

    __tablename__ = "board"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str] = mapped_column(String(40), default="")
    slack_team_id: Mapped[str | None] = mapped_column(String(32), unique=True)
    time_zone: Mapped[str] = mapped_column(String(64), default="Europe/London")
    quorum_fraction: Mapped[float] = mapped_column(default=1 / 3)
    quorum_sectors: Mapped[list[str]] = mapped_column(
        JSON, default=lambda: [Sector.LOCAL_AUTHORITY.value, Sector.POLICE.value, Sector.HEALTH.value]
    )
    next_action_number: Mapped[int] = mapped_column(Integer, default=1)
    roster_version: Mapped[int] = mapped_column(Integer, default=1)
    digest_time: Mapped[dt.time] = mapped_column(Time, default=dt.time(8, 30), server_default="08:30:00")
    manager_channel: Mapped[str | None] = mapped_column(String(32))  # where the manager's digest goes
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Agency(Base):
    __tablename__ = "agency"
    __table_args__ = (UniqueConstraint("board_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("board.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    short_names: Mapped[list[str]] = mapped_column(JSON, default=list)
    sector: Mapped[Sector] = mapped_column(_enum(Sector), default=Sector.OTHER)
    statutory: Mapped[bool] = mapped_column(Boolean, default=False)


class Member(Base):
    __tablename__ = "member"
    __table_args__ = (
        UniqueConstraint("board_id", "name"),
        UniqueConstraint("board_id", "slack_user_id"),
        UniqueConstraint("board_id", "teams_user_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("board.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id"), index=True)
    department: Mapped[str | None] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(_enum(Role), default=Role.MEMBER)
    email: Mapped[str | None] = mapped_column(String(320))
    slack_user_id: Mapped[str | None] = mapped_column(String(32))
    teams_user_id: Mapped[str | None] = mapped_column(String(64))  # the Microsoft Entra object id (a GUID)
    representative: Mapped[str | None] = mapped_column(String(200))
    digest: Mapped[DigestFrequency] = mapped_column(
        _enum(DigestFrequency), default=DigestFrequency.DAILY, server_default=DigestFrequency.DAILY.value
    )
    away_until: Mapped[dt.date | None] = mapped_column(Date)  # on leave: no digests or reminders until then
    on_board: Mapped[bool] = mapped_column(Boolean, default=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    agency: Mapped[Agency | None] = relationship(lazy="joined")


class Group(Base):
    """A named set of members: the built-in "all members" and "sub group chairs", or a sub-group."""

    __tablename__ = "group"
    __table_args__ = (UniqueConstraint("board_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("board.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)
    kind: Mapped[GroupKind] = mapped_column(_enum(GroupKind), default=GroupKind.SUB_GROUP)
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))


class GroupMembership(Base):
    __tablename__ = "group_membership"

    group_id: Mapped[int] = mapped_column(ForeignKey("group.id", ondelete="CASCADE"), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), primary_key=True)


class Meeting(Base):
    __tablename__ = "meeting"
    __table_args__ = (UniqueConstraint("board_id", "kind", "date", "title"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("board.id", ondelete="CASCADE"), index=True)
    kind: Mapped[MeetingKind] = mapped_column(_enum(MeetingKind), default=MeetingKind.BOARD)
    title: Mapped[str] = mapped_column(String(200), default="")
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    start: Mapped[dt.time | None] = mapped_column(Time)
    end: Mapped[dt.time | None] = mapped_column(Time)
    venue: Mapped[str | None] = mapped_column(String(300))


class Attendance(Base):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("meeting_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    status: Mapped[AttendanceStatus] = mapped_column(_enum(AttendanceStatus))
    representative: Mapped[str | None] = mapped_column(String(200))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Action(Base):
    """A task from a meeting or a conversation. ``number`` gives the reference A-<number>, never reused."""

    __tablename__ = "action"
    __table_args__ = (
        UniqueConstraint("board_id", "number"),
        # A board's actions by due date and by when they were recorded: the digests' overdue and new actions read
        # only their own rows, however many boards share the table (their rows lie scattered over its pages).
        Index("ix_action_board_due", "board_id", "due"),
        Index("ix_action_board_created", "board_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("board.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    due: Mapped[dt.date | None] = mapped_column(Date)
    asap: Mapped[bool] = mapped_column(Boolean, default=False)
    due_wording: Mapped[str | None] = mapped_column(String(200))
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id"), index=True)
    agenda_item: Mapped[str | None] = mapped_column(String(20))
    audit_return_id: Mapped[int | None] = mapped_column(ForeignKey("audit_return.id"), index=True)
    source_link: Mapped[str | None] = mapped_column(String(500))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    assignments: Mapped[list[Assignment]] = relationship(
        back_populates="action", cascade="all, delete-orphan", order_by="Assignment.id"
    )

    @property
    def ref(self) -> str:
        return f"A-{self.number}"


class Assignment(Base):
    """One owner of an action: a member (possibly reached through a group), an agency or a named outsider."""

    __tablename__ = "assignment"
    __table_args__ = (
        Index("ix_assignment_member_status", "member_id", "status"),
        Index("ix_assignment_group_status", "group_id", "status"),
        Index("ix_assignment_updated_at", "updated_at"),  # shares closed since the last manager's digest
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("action.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id"), index=True)
    department: Mapped[str | None] = mapped_column(String(200))  # of the agency, when one department owns it
    group_id: Mapped[int | None] = mapped_column(ForeignKey("group.id"))
    external_name: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[AssignmentStatus] = mapped_column(_enum(AssignmentStatus), default=AssignmentStatus.OPEN, index=True)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    action: Mapped[Action] = relationship(back_populates="assignments")
    member: Mapped[Member | None] = relationship(lazy="joined")
    agency: Mapped[Agency | None] = relationship(lazy="joined")
    group: Mapped[Group | None] = relationship(lazy="joined")

    @property
    def owner_name(self) -> str:
        if self.member is not None:
            return self.member.name
        if self.agency is not None:
            return f"{self.agency.name} – {self.department}" if self.department else self.agency.name
        return self.external_name or "?"


class AuditCycle(Base):
    __tablename__ = "audit_cycle"
    __table_args__ = (UniqueConstraint("board_id", "type", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("board.id", ondelete="CASCADE"), index=True)
    type: Mapped[AuditType] = mapped_column(_enum(AuditType))
    name: Mapped[str] = mapped_column(String(100))
    issued: Mapped[dt.date | None] = mapped_column(Date)
    due: Mapped[dt.date | None] = mapped_column(Date)
    closed: Mapped[bool] = mapped_column(Boolean, default=False)


class AuditReturn(Base):
    """One subject's return in a cycle (an agency's S11, a school's S175), or a cycle's counts only."""

    __tablename__ = "audit_return"
    __table_args__ = (UniqueConstraint("cycle_id", "subject"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("audit_cycle.id", ondelete="CASCADE"), index=True)
    subject: Mapped[str] = mapped_column(String(200))
    agency_id: Mapped[int | None] = mapped_column(ForeignKey("agency.id"))
    status: Mapped[AuditStatus] = mapped_column(_enum(AuditStatus), default=AuditStatus.NOT_STARTED)
    completed: Mapped[int | None] = mapped_column(Integer)
    total: Mapped[int | None] = mapped_column(Integer)
    not_started: Mapped[int | None] = mapped_column(Integer)
    due: Mapped[dt.date | None] = mapped_column(Date)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))

    cycle: Mapped[AuditCycle] = relationship(lazy="joined")


class Event(Base):
    """The append-only log: who changed what, when, from what to what."""

    __tablename__ = "event"
    __table_args__ = (Index("ix_event_entity", "board_id", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("board.id", ondelete="CASCADE"))
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    actor: Mapped[str | None] = mapped_column(String(200))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    change: Mapped[str] = mapped_column(String(40))
    old: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    new: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class ProcessedEvent(Base):
    """A chat platform delivery already handled (Slack's event_id): redeliveries are ignored."""

    __tablename__ = "processed_event"
    __table_args__ = (UniqueConstraint("board_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("board.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(100))
    received_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ChatAddress(Base):
    """Where a member can be sent a message the assistant starts itself, on a platform that needs one stored (a
    Teams conversation reference, kept from their first contact or the app's installation). Deleted on erasure."""

    __tablename__ = "chat_address"
    __table_args__ = (UniqueConstraint("board_id", "member_id", "platform"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("board.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), index=True)
    platform: Mapped[str] = mapped_column(String(16))
    address: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class OpenQuestion(Base):
    """The question the assistant last asked a member ("Which Karen?"), so that a typed answer ("Karen Palk",
    "2", "yes") can settle it on any front end. One per member; a newer question or message replaces it."""

    __tablename__ = "open_question"
    __table_args__ = (UniqueConstraint("board_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("board.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"))
    asked_at: Mapped[dt.datetime] = mapped_column(DateTime)
    options: Mapped[list[dict[str, Any]]] = mapped_column(JSON)  # [{"label", "payload", "answers"}]


class School(Base):
    """A school whose Section 175 return the board tracks."""

    __tablename__ = "school"
    __table_args__ = (UniqueConstraint("board_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("board.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    phase: Mapped[str | None] = mapped_column(String(40))  # primary, secondary, special, FE, early years
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Delivery(Base):
    """A message the assistant sends on its own (a digest, a new owner's notice, an alert), recorded under a unique
    key before sending, so it goes out exactly once across restarts and processes (see bot.delivery.outbox)."""

    __tablename__ = "delivery"
    __table_args__ = (UniqueConstraint("board_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    board_id: Mapped[int] = mapped_column(ForeignKey("board.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(120))  # e.g. "digest:2015-06-29:member:5"
    kind: Mapped[str] = mapped_column(String(30))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"))
    status: Mapped[DeliveryStatus] = mapped_column(_enum(DeliveryStatus), default=DeliveryStatus.PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
