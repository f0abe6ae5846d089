"""Audit returns: S11 per agency, S175 per school or as counts, CSE, multi-agency and participation audits.

A cycle (type and name, e.g. S11 "2015") holds one return per subject: the statutory agencies for S11, the
board's schools for S175, or a single "all returns" row when the board tracks only counts ("70 of 114").
Every change is in the event log with who and when.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.directory import MANAGERS, Person
from bot.errors import InvalidInput, NotAllowed, NotFound
from bot.events import record_event
from bot.understanding.interpretation import AuditReading
from store.models import Agency, AuditCycle, AuditReturn, AuditStatus, AuditType, Member, School, Sector, utcnow

COUNTS_SUBJECT = "all returns"  # the row that holds a cycle's totals when the board tracks counts only
_STATUS = {
    "not_started": AuditStatus.NOT_STARTED,
    "in_progress": AuditStatus.IN_PROGRESS,
    "complete": AuditStatus.COMPLETE,
    "submitted": AuditStatus.SUBMITTED,
}
DONE = (AuditStatus.COMPLETE, AuditStatus.SUBMITTED)  # a return submitted is no longer outstanding


def parse_type(text: str) -> AuditType:
    wanted = text.strip().lower().replace("section ", "s").replace("_", "-")
    for kind in AuditType:
        if kind.value.lower() == wanted:
            return kind
    raise InvalidInput(f"Unknown audit type {text!r}; use one of {', '.join(k.value for k in AuditType)}.")


def parse_status(text: str) -> AuditStatus:
    wanted = text.strip().lower().replace(" ", "_")
    if wanted not in _STATUS:
        raise InvalidInput(f"Unknown audit status {text!r}; use not_started, in_progress, submitted or complete.")
    return _STATUS[wanted]


# Cycles and subjects -------------------------------------------------------------------------------------
def current_cycle(session: Session, board_id: int, kind: AuditType) -> AuditCycle | None:
    return session.scalar(
        select(AuditCycle)
        .where(AuditCycle.board_id == board_id, AuditCycle.type == kind, AuditCycle.closed.is_(False))
        .order_by(AuditCycle.id.desc())
    )


def add_cycle(
    session: Session, board_id: int, kind: AuditType, name: str, *, issued: dt.date | None, due: dt.date | None,
    by: Person | None,
) -> AuditCycle:  # fmt: skip
    """Open a cycle (closing the type's previous one) with a return per subject: statutory agencies or schools."""
    if by is not None and by.role not in MANAGERS:
        raise NotAllowed("Only the business manager or the chair can open an audit cycle.")
    name = " ".join(name.split())[:100]
    if not name:
        raise InvalidInput("Give the cycle a name, such as the year: 2015.")
    if session.scalar(select(AuditCycle.id).where(AuditCycle.board_id == board_id, AuditCycle.type == kind,
                                                  AuditCycle.name == name)):  # fmt: skip
        raise InvalidInput(f"There is already a {kind.value} cycle called {name!r}.")
    if issued and due and due < issued:
        raise InvalidInput("The cycle is due before it is issued.")
    previous = current_cycle(session, board_id, kind)
    if previous is not None:
        previous.closed = True
    cycle = AuditCycle(board_id=board_id, type=kind, name=name, issued=issued, due=due, closed=False)
    session.add(cycle)
    session.flush()
    for subject, agency_id in default_subjects(session, board_id, kind):
        session.add(AuditReturn(cycle_id=cycle.id, subject=subject, agency_id=agency_id, due=due))
    session.flush()
    record_event(session, board_id, "audit_cycle", cycle.id, "opened", actor_id=by.id if by else None,
                 actor=by.name if by else None, new={"type": kind.value, "name": name,
                                                     "due": due.isoformat() if due else None})  # fmt: skip
    return cycle


def default_subjects(session: Session, board_id: int, kind: AuditType) -> list[tuple[str, int | None]]:
    """Who returns an audit of this type: the statutory agencies with members (S11), or the schools (S175)."""
    if kind is AuditType.S11:
        with_members = select(Member.agency_id).where(Member.board_id == board_id, Member.active.is_(True))
        agencies = session.scalars(
            select(Agency).where(Agency.board_id == board_id, Agency.statutory.is_(True), Agency.id.in_(with_members))
            .order_by(Agency.name)
        )  # fmt: skip
        return [(a.name, a.id) for a in agencies]
    if kind is AuditType.S175:
        schools = session.scalars(
            select(School.name).where(School.board_id == board_id, School.active.is_(True)).order_by(School.name)
        )
        return [(name, None) for name in schools]
    return []


def open_cycle(session: Session, board_id: int, kind: AuditType, today: dt.date) -> tuple[AuditCycle, bool]:
    """The type's open cycle, or a new one for the current year (and say it was opened)."""
    cycle = current_cycle(session, board_id, kind)
    if cycle is not None:
        return cycle, False
    return add_cycle(session, board_id, kind, str(today.year), issued=today, due=None, by=None), True


def import_schools(session: Session, board_id: int, data: bytes | str) -> tuple[int, int]:
    """`dscb audit schools import FILE.csv` (columns: name, optional phase); returns (added, unchanged)."""
    text = data.decode("utf-8-sig") if isinstance(data, bytes) else data
    reader = csv.DictReader(io.StringIO(text))
    if "name" not in [c.strip().lower() for c in reader.fieldnames or []]:
        raise InvalidInput("Line 1: the schools file needs a 'name' column.")
    rows = []
    for record in reader:
        values = {k.strip().lower(): (v or "").strip() for k, v in record.items() if k}
        if not values.get("name"):
            raise InvalidInput(f"Line {reader.line_num}: the school has no name.")
        rows.append((" ".join(values["name"].split())[:200], values.get("phase") or None))
    known = set(session.scalars(select(School.name).where(School.board_id == board_id)))
    cycle = current_cycle(session, board_id, AuditType.S175)
    added = 0
    for name, phase in rows:
        if name in known:
            continue
        known.add(name)
        session.add(School(board_id=board_id, name=name, phase=phase, active=True))
        if cycle is not None:
            session.add(AuditReturn(cycle_id=cycle.id, subject=name, due=cycle.due))
        added += 1
    session.flush()
    if added:
        record_event(session, board_id, "school", None, "imported", new={"added": added})
    return added, len(rows) - added


# Updates --------------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class AuditUpdate:
    cycle: AuditCycle
    row: AuditReturn
    opened_cycle: bool


def may_update(by: Person, reading: AuditReading, sector_of_writer: Sector | None) -> bool:
    """Members update their own agency's return; the manager and chair any; schools' representatives S175 counts."""
    if by.role in MANAGERS:
        return True
    if reading.subject_id is not None:
        return reading.subject_id == by.agency_id
    return reading.type in ("S175", "participation") and sector_of_writer is Sector.EDUCATION


def update_return(
    session: Session, board_id: int, reading: AuditReading, *, by: Person, today: dt.date, due: dt.date | None
) -> AuditUpdate:
    """Apply an update from chat to the return it is about."""
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
        row = AuditReturn(cycle_id=cycle.id, subject=subject, agency_id=reading.subject_id, due=cycle.due,
                          status=AuditStatus.NOT_STARTED)  # fmt: skip
        session.add(row)
        session.flush()
    old = _snapshot(row)
    if reading.status in _STATUS:
        row.status = AuditStatus.SUBMITTED if reading.submitted else _STATUS[reading.status]
    for name in ("completed", "total", "not_started"):
        value = getattr(reading, name)
        if value is not None:
            setattr(row, name, value)
    if row.total is not None and row.completed is not None and row.completed > row.total:
        raise InvalidInput(f"{row.completed} complete is more than the {row.total} in total; nothing has changed.")
    if row.completed is not None and row.total and row.completed >= row.total:
        row.status = AuditStatus.COMPLETE
    elif row.completed and reading.status is None and row.status is AuditStatus.NOT_STARTED:
        row.status = AuditStatus.IN_PROGRESS
    if due is not None:
        row.due = due
    _touch(session, board_id, row, old, by)
    return AuditUpdate(cycle, row, opened)


def set_status(session: Session, board_id: int, return_id: int, status: AuditStatus, *, by: Person) -> AuditReturn:
    """A button on the App Home: a member sets their own agency's return."""
    row = session.get(AuditReturn, return_id)
    if row is None or row.cycle.board_id != board_id:
        raise NotFound("That audit return is not on this board.")
    if by.role not in MANAGERS and (row.agency_id is None or row.agency_id != by.agency_id):
        raise NotAllowed(f"Only members of {row.subject}, the business manager or the chair can update that return.")
    old = _snapshot(row)
    row.status = status
    _touch(session, board_id, row, old, by)
    return row


def _touch(session: Session, board_id: int, row: AuditReturn, old: dict[str, object], by: Person) -> None:
    row.updated_at = utcnow()
    row.updated_by_id = by.id
    session.flush()
    record_event(session, board_id, "audit_return", row.id, "updated", actor_id=by.id, actor=by.name, old=old,
                 new=_snapshot(row))  # fmt: skip


def _snapshot(row: AuditReturn) -> dict[str, object]:
    return {
        "subject": row.subject,
        "status": row.status.value if row.status else None,
        "completed": row.completed,
        "total": row.total,
        "not_started": row.not_started,
        "due": row.due.isoformat() if row.due else None,
    }


def plan_return(session: Session, board_id: int, kind: AuditType, agency_id: int, today: dt.date) -> AuditReturn:
    """The agency's return in the open cycle, for linking its action plan (created, not started, if new)."""
    agency = session.get(Agency, agency_id)
    if agency is None or agency.board_id != board_id:
        raise NotFound("That agency is not on this board.")
    cycle, _ = open_cycle(session, board_id, kind, today)
    row = session.scalar(
        select(AuditReturn).where(AuditReturn.cycle_id == cycle.id, AuditReturn.agency_id == agency_id)
    )
    if row is None:
        row = AuditReturn(cycle_id=cycle.id, subject=agency.name, agency_id=agency_id, due=cycle.due)
        session.add(row)
        session.flush()
    return row


# Answers --------------------------------------------------------------------------------------------------
def is_overdue(row: AuditReturn, today: dt.date) -> bool:
    due = row.due or row.cycle.due
    return due is not None and due < today and row.status not in DONE


def days_overdue(row: AuditReturn, today: dt.date) -> int:
    due = row.due or row.cycle.due
    return (today - due).days if due is not None and is_overdue(row, today) else 0


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


@dataclass(frozen=True, slots=True)
class Counts:
    completed: int | None
    total: int | None
    not_started: int | None

    @property
    def in_progress(self) -> int | None:
        if self.total is None or self.completed is None or self.not_started is None:
            return None
        rest = self.total - self.completed - self.not_started
        return rest if rest >= 0 else None


def counts_of(rows: list[AuditReturn]) -> Counts:
    """The cycle's figures: the counts row when the board tracks totals, else counted from the subjects' returns."""
    totals = next((r for r in rows if r.subject == COUNTS_SUBJECT), None)
    subjects = [r for r in rows if r.subject != COUNTS_SUBJECT]
    if totals is not None and not subjects:
        return Counts(totals.completed, totals.total, totals.not_started)
    done = sum(r.status in DONE for r in subjects)
    return Counts(done, len(subjects), sum(r.status is AuditStatus.NOT_STARTED for r in subjects))


def describe_counts(kind: str, cycle: AuditCycle, rows: list[AuditReturn]) -> str:
    """'S175 2015: 70 of 114 complete (61%), 15 not started (13%), 29 in progress (25%); due 31 July'."""
    figures = counts_of(rows)
    total = figures.total
    parts: list[str] = []
    if figures.completed is not None:
        share = _share(figures.completed, total)
        parts.append(f"{figures.completed} of {total} complete{share}" if total else f"{figures.completed} complete")
    if figures.not_started is not None:
        parts.append(f"{figures.not_started} not started{_share(figures.not_started, total)}")
    if figures.in_progress is not None:
        parts.append(f"{figures.in_progress} in progress{_share(figures.in_progress, total)}")
    text = f"{kind} {cycle.name}: " + (", ".join(parts) if parts else "no figures yet")
    return text + (f"; due {cycle.due.day} {cycle.due:%B}" if cycle.due else "")


def _share(part: int, total: int | None) -> str:
    """A percentage of the total, rounded; the parts may add up to 99 or 101, as rounded shares do."""
    return f" ({round(100 * part / total)}%)" if total else ""


def outstanding(rows: list[AuditReturn], today: dt.date) -> list[str]:
    """'West Midlands Police: not started, 12 days overdue' for each return not yet in, most overdue first."""
    pending = [r for r in rows if r.subject != COUNTS_SUBJECT and r.status not in DONE]
    pending.sort(key=lambda r: (-days_overdue(r, today), r.subject))
    lines = []
    for row in pending:
        late = days_overdue(row, today)
        lateness = f", {late} day{'s' if late != 1 else ''} overdue" if late else ""
        lines.append(f"{row.subject}: {row.status.value.replace('_', ' ')}{lateness}")
    return lines


@dataclass(frozen=True, slots=True)
class AuditRow:
    type: str
    cycle: str
    subject: str
    status: str
    completed: int | None
    total: int | None
    not_started: int | None
    due: str | None
    overdue: bool
    updated_at: str | None
    updated_by: str | None


def audit_rows(session: Session, board_id: int, today: dt.date) -> list[AuditRow]:
    """Every return in every open cycle (two queries), for `dscb report audits`."""
    found = session.execute(
        select(AuditReturn, AuditCycle, Member.name)
        .join(AuditCycle, AuditCycle.id == AuditReturn.cycle_id)
        .outerjoin(Member, Member.id == AuditReturn.updated_by_id)
        .where(AuditCycle.board_id == board_id, AuditCycle.closed.is_(False))
        .order_by(AuditCycle.type, AuditCycle.name, AuditReturn.subject)
    ).all()
    rows = []
    for row, cycle, who in found:
        due = row.due or cycle.due
        updated = row.updated_at.isoformat(timespec="minutes") if row.updated_at else None
        rows.append(
            AuditRow(cycle.type.value, cycle.name, row.subject, row.status.value, row.completed, row.total,
                     row.not_started, due.isoformat() if due else None, is_overdue(row, today), updated, who)
        )  # fmt: skip
    return rows
