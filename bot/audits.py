"""Audit returns: S11 per agency, S175 per school or as counts, CSE, multi-agency and participation audits."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.directory import Person
from bot.errors import NotAllowed
from bot.events import record_event
from bot.interpretation import AuditReading
from store.models import Agency, AuditCycle, AuditReturn, AuditStatus, AuditType, Role, Sector

COUNTS_SUBJECT = "all returns"  # the row that holds a cycle's totals when the board tracks counts only
_STATUS = {
    "not_started": AuditStatus.NOT_STARTED,
    "in_progress": AuditStatus.IN_PROGRESS,
    "complete": AuditStatus.COMPLETE,
    "submitted": AuditStatus.SUBMITTED,
}


@dataclass(frozen=True, slots=True)
class AuditUpdate:
    cycle: AuditCycle
    row: AuditReturn
    opened_cycle: bool


def open_cycle(session: Session, board_id: int, kind: AuditType, today: dt.date) -> tuple[AuditCycle, bool]:
    """The type's newest open cycle, or a new one for the current year (and say it was opened)."""
    cycle = session.scalar(
        select(AuditCycle)
        .where(AuditCycle.board_id == board_id, AuditCycle.type == kind, AuditCycle.closed.is_(False))
        .order_by(AuditCycle.id.desc())
    )
    if cycle is not None:
        return cycle, False
    cycle = AuditCycle(board_id=board_id, type=kind, name=str(today.year), issued=today, closed=False)
    session.add(cycle)
    session.flush()
    record_event(session, board_id, "audit_cycle", cycle.id, "opened", new={"type": kind.value, "name": cycle.name})
    return cycle, True


def may_update(by: Person, reading: AuditReading, sector_of_writer: Sector | None) -> bool:
    """Members update their own agency's return; the manager and chair update any; school reps the S175 counts."""
    if by.role in (Role.MANAGER, Role.CHAIR):
        return True
    if reading.subject_id is not None:
        return reading.subject_id == by.agency_id
    return reading.type in ("S175", "participation") and sector_of_writer is Sector.EDUCATION


def update_return(
    session: Session, board_id: int, reading: AuditReading, *, by: Person, today: dt.date, due: dt.date | None
) -> AuditUpdate:
    """Apply an update from chat to the return it is about, keeping the change in the event log."""
    writer_sector = session.scalar(select(Agency.sector).where(Agency.id == by.agency_id)) if by.agency_id else None
    if not may_update(by, reading, writer_sector):
        if reading.subject:
            who = f"members of {reading.subject}, the business manager or the chair"
        else:
            who = "the business manager, the chair or a schools' representative"
        raise NotAllowed(f"Only {who} can update the {reading.type} return; nothing has changed.")
    cycle, opened = open_cycle(session, board_id, AuditType(reading.type), today)
    subject = reading.subject or COUNTS_SUBJECT
    row = session.scalar(select(AuditReturn).where(AuditReturn.cycle_id == cycle.id, AuditReturn.subject == subject))
    if row is None:
        row = AuditReturn(
            cycle_id=cycle.id, subject=subject, agency_id=reading.subject_id, status=AuditStatus.NOT_STARTED
        )
        session.add(row)
        session.flush()
    old = _snapshot(row)
    if reading.status in _STATUS:
        row.status = _STATUS[reading.status]
    for name in ("completed", "total", "not_started"):
        value = getattr(reading, name)
        if value is not None:
            setattr(row, name, value)
    if row.completed is not None and row.total and row.completed >= row.total:
        row.status = AuditStatus.COMPLETE
    elif row.completed and reading.status is None and row.status is AuditStatus.NOT_STARTED:
        row.status = AuditStatus.IN_PROGRESS
    if due is not None:
        row.due = due
    row.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    row.updated_by_id = by.id
    session.flush()
    record_event(
        session,
        board_id,
        "audit_return",
        row.id,
        "updated",
        actor_id=by.id,
        actor=by.name,
        old=old,
        new=_snapshot(row),
    )
    return AuditUpdate(cycle, row, opened)


def _snapshot(row: AuditReturn) -> dict[str, object]:
    return {
        "subject": row.subject,
        "status": row.status.value if row.status else None,
        "completed": row.completed,
        "total": row.total,
        "not_started": row.not_started,
        "due": row.due.isoformat() if row.due else None,
    }


def is_overdue(row: AuditReturn, today: dt.date) -> bool:
    due = row.due or row.cycle.due
    return due is not None and due < today and row.status is not AuditStatus.COMPLETE


def returns_for(session: Session, board_id: int, kind: AuditType) -> tuple[AuditCycle | None, list[AuditReturn]]:
    """The newest cycle of a type and its returns."""
    cycle = session.scalar(
        select(AuditCycle)
        .where(AuditCycle.board_id == board_id, AuditCycle.type == kind)
        .order_by(AuditCycle.id.desc())
    )
    if cycle is None:
        return None, []
    rows = session.scalars(select(AuditReturn).where(AuditReturn.cycle_id == cycle.id).order_by(AuditReturn.subject))
    return cycle, list(rows)


def describe_counts(kind: str, cycle: AuditCycle, row: AuditReturn) -> str:
    """'S175 2015: 70 of 114 complete (61%), 15 not started (13%), 29 in progress (25%); due 31 July'."""
    parts: list[str] = []
    total = row.total
    if row.completed is not None:
        parts.append(
            f"{row.completed} of {total} complete" + _share(row.completed, total)
            if total
            else f"{row.completed} complete"
        )
    if row.not_started is not None:
        parts.append(f"{row.not_started} not started" + _share(row.not_started, total))
    if total and row.completed is not None and row.not_started is not None:
        in_progress = total - row.completed - row.not_started
        if in_progress >= 0:
            parts.append(f"{in_progress} in progress" + _share(in_progress, total))
    text = f"{kind} {cycle.name}: " + (", ".join(parts) if parts else row.status.value.replace("_", " "))
    due = row.due or cycle.due
    return text + (f"; due {due.day} {due:%B}" if due else "")


def _share(part: int, total: int | None) -> str:
    return f" ({round(100 * part / total)}%)" if total else ""
