"""What a message means: the result of understanding one message, and its JSON contract form."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field
from typing import Any, Literal

from bot.directory import AgencyInfo, Person

OwnerKind = Literal["member", "agency", "group", "unknown"]


class Intent(enum.StrEnum):
    RECORD_ACTION = "record_action"
    LIST_ACTIONS = "list_actions"
    COMPLETE_ACTION = "complete_action"
    APOLOGY = "apology"
    AUDIT_UPDATE = "audit_update"
    AUDIT_STATUS = "audit_status"
    MEETING_INFO = "meeting_info"
    SHOW_ACTION = "show_action"  # one action and its history: "A-4", "what's A-7 about?"
    CHANGE_DUE = "change_due"  # "move A-14 to 26/06" (due), "push A-14 back two weeks" (shift_days)
    ADD_UPDATE = "add_update"  # "A-14: data requested from BI" (note)
    REASSIGN = "reassign"  # "assign A-9 to Jo": owners are the new owners
    DROP_ACTION = "drop_action"  # "drop A-12, superseded by the new protocol" (note: the reason)
    WITHDRAW_APOLOGY = "withdraw_apology"  # "actually I can make the 10th" (meeting)
    LEAVE = "leave"  # the writer is away until ``away_until``: no digests or reminders till then
    HELP = "help"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class Owner:
    """Someone an action belongs to: a member, an agency, a group, or a person not on the roster."""

    kind: OwnerKind
    name: str
    id: int | None = None
    suggestions: tuple[Person, ...] = field(default=(), compare=False)  # unknown: the roster names it is near
    department: str | None = None  # an agency owner that is one department of it ("DMBC – YOS")

    @classmethod
    def of_agency(cls, agency: AgencyInfo) -> Owner:
        """The agency, or its department, as an owner."""
        return cls("agency", agency.name, agency.id, department=agency.department)

    def as_json(self) -> dict[str, Any]:
        if self.kind == "unknown":
            return {"kind": self.kind, "name": self.name, "suggestions": [p.name for p in self.suggestions]}
        return {"kind": self.kind, "name": self.name}


@dataclass(frozen=True, slots=True)
class Ambiguity:
    """A written name that fits several members (or several agencies)."""

    text: str
    candidates: tuple[Person, ...]
    agencies: tuple[AgencyInfo, ...] = ()  # a written agency word that fits several agencies ("Probation")

    def as_json(self) -> dict[str, Any]:
        return {"text": self.text, "candidates": [p.name for p in self.candidates] + [a.name for a in self.agencies]}


@dataclass(frozen=True, slots=True)
class AuditReading:
    """An audit return as a message describes it."""

    type: str
    subject: str | None = None
    subject_id: int | None = None
    status: str | None = None
    completed: int | None = None
    total: int | None = None
    not_started: int | None = None
    submitted: bool = False  # "submitted", "sent", "returned": complete for the contract, awaiting the board's review

    def as_json(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "subject": self.subject,
            "status": self.status,
            "completed": self.completed,
            "total": self.total,
            "not_started": self.not_started,
        }


@dataclass(frozen=True, slots=True)
class Interpretation:
    intent: Intent
    owners: tuple[Owner, ...] = ()
    ambiguous: tuple[Ambiguity, ...] = ()
    task: str | None = None
    due: dt.date | None = None
    due_wording: str | None = None
    asap: bool = False
    meeting: dt.date | None = None
    representative: str | None = None
    audit: AuditReading | None = None
    refs: tuple[int, ...] = ()  # action numbers named in the message ("A-12")
    overdue_only: bool = False
    away_until: dt.date | None = None  # LEAVE: the last day away
    on_behalf_of: Owner | None = None  # COMPLETE_ACTION: the member whose part the manager ticks off
    note: str | None = None  # ADD_UPDATE: the update; DROP_ACTION: the reason
    shift_days: int | None = None  # CHANGE_DUE: days the due date moves by (negative: earlier)
    due_passed: bool = False  # an explicit due date already past when written ("by 22 May 2026" in November)
    guessed: bool = False  # read by the learned model, not a rule: confirmed with the writer before it is used
    extra: dict[str, Any] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        """The `dscb parse` contract."""
        return {
            "intent": self.intent.value,
            "owners": [o.as_json() for o in self.owners],
            "ambiguous": [a.as_json() for a in self.ambiguous],
            "task": self.task,
            "due": self.due.isoformat() if self.due else None,
            "asap": self.asap,
            "meeting": self.meeting.isoformat() if self.meeting else None,
            "representative": self.representative,
            "audit": self.audit.as_json() if self.audit else None,
            "away_until": self.away_until.isoformat() if self.away_until else None,
            "ref": f"A-{self.refs[0]}" if self.refs else None,
            "on_behalf_of": self.on_behalf_of.name if self.on_behalf_of else None,
            "note": self.note,
            "shift_days": self.shift_days,
            "guessed": self.guessed,
        }
