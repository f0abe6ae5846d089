"""The board's roster: reading a CSV of members safely and importing it idempotently."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.errors import InvalidInput
from bot.events import record_event
from bot.tracker.boards import bump_roster_version
from bot.tracker.groups import MAX_GROUP_NAME, RosterGroups, RosterGroupsSummary, apply_roster_groups, sync_group_shares
from bot.understanding.agencies import is_statutory, sector_of, short_names_for, split_department
from bot.understanding.text import fold
from store.models import Agency, Member, Role

REQUIRED_COLUMNS = ("name", "agency", "role", "email")
_ROLES = {fold(r.value): r for r in Role} | {
    "lay advisor": Role.LAY_ADVISOR,
    "lay member": Role.LAY_ADVISOR,
    "business manager": Role.MANAGER,
    "independent chair": Role.CHAIR,
}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_ROSTER_BYTES = 2_000_000


@dataclass(frozen=True, slots=True)
class RosterRow:
    line: int
    name: str
    agency: str
    department: str | None
    role: Role
    email: str | None
    aliases: tuple[str, ...] = ()
    slack_user_id: str | None = None
    representative: str | None = None
    groups: tuple[str, ...] | None = None  # None: the file has no groups column, memberships are left as they are
    chairs: tuple[str, ...] = ()  # the groups this member chairs ("chair:CDOP" in the groups column)


@dataclass
class RosterSummary:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    groups: RosterGroupsSummary = field(default_factory=RosterGroupsSummary)
    shares: str | None = None  # what changed in open group actions, when something did

    def __str__(self) -> str:
        text = f"{len(self.added)} added, {len(self.updated)} updated, {self.unchanged} unchanged"
        return "; ".join(x for x in (text, str(self.groups), self.shares) if x)


def read_roster(data: bytes | str | Path) -> list[RosterRow]:
    """Parse and validate a roster CSV; raises InvalidInput naming the line and the problem."""
    if isinstance(data, Path):
        try:
            data = data.read_bytes()
        except OSError as exc:
            raise InvalidInput(f"Cannot read {exc.filename}: {exc.strerror}.") from exc
    if isinstance(data, bytes):
        if len(data) > MAX_ROSTER_BYTES:
            raise InvalidInput("The roster file is too large (over 2 MB); a board roster is a few kilobytes.")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise InvalidInput(f"Line {line}: the file is not UTF-8 text; save it as 'CSV UTF-8'.") from exc
    else:
        text = data
    if "\x00" in text:
        raise InvalidInput("The roster file is not a CSV text file.")
    reader = csv.DictReader(io.StringIO(text))
    columns = [fold(c) for c in (reader.fieldnames or [])]
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise InvalidInput(f"Line 1: missing column(s) {', '.join(missing)}; need {', '.join(REQUIRED_COLUMNS)}.")
    reader.fieldnames = columns
    rows: list[RosterRow] = []
    seen: dict[str, int] = {}
    for record in reader:
        line = reader.line_num
        if None in record:
            raise InvalidInput(f"Line {line}: more values than columns.")
        values = {k: (v or "").strip() for k, v in record.items() if k}
        if not any(values.values()):
            continue
        rows.append(_row(line, values, seen))
    if not rows:
        raise InvalidInput("The roster has no members.")
    return rows


def _row(line: int, values: dict[str, str], seen: dict[str, int]) -> RosterRow:
    name = " ".join(values["name"].split())
    if not name:
        raise InvalidInput(f"Line {line}: the name is empty.")
    if len(name) > 200 or not re.search(r"[^\W\d_]", name):
        raise InvalidInput(f"Line {line}: {name[:40]!r} is not a person's name.")
    key = fold(name)
    if key in seen:
        raise InvalidInput(f"Line {line}: {name} is already on line {seen[key]}.")
    seen[key] = line
    role_text = fold(values["role"]) or "member"
    if role_text not in _ROLES:
        allowed = ", ".join(r.value for r in Role)
        raise InvalidInput(f"Line {line}: unknown role {values['role']!r} for {name}; use one of {allowed}.")
    if not values["agency"]:
        raise InvalidInput(f"Line {line}: {name} has no agency.")
    email = values["email"] or None
    if email and not _EMAIL.match(email):
        raise InvalidInput(f"Line {line}: {email!r} is not an email address.")
    agency, department = split_department(values["agency"])
    department = values.get("department") or department
    aliases = tuple(a.strip() for a in re.split(r"[;|]", values.get("aliases", "")) if a.strip())
    groups: tuple[str, ...] | None = None
    chairs: tuple[str, ...] = ()
    if "groups" in values:
        groups, chairs = _groups(line, values["groups"])
    return RosterRow(
        line,
        name,
        agency,
        department,
        _ROLES[role_text],
        email,
        aliases,
        values.get("slack_user_id") or values.get("slack") or None,
        values.get("representative") or None,
        groups,
        chairs,
    )


def _groups(line: int, cell: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A groups cell: "QA & Comms; chair:CDOP" is a member of both and chairs CDOP."""
    groups: list[str] = []
    chairs: list[str] = []
    for part in cell.split(";"):
        written = " ".join(part.split())
        if not written:
            continue
        chair = re.match(r"(?i)chair\s*:\s*", written)
        name = written[chair.end() :] if chair else written
        if not name:
            raise InvalidInput(f"Line {line}: {written!r} names no group; write chair:GROUP, e.g. chair:CDOP.")
        if len(name) > MAX_GROUP_NAME or not re.search(r"[^\W_]", name):
            raise InvalidInput(f"Line {line}: {name[:40]!r} is not a group name.")
        if fold(name) not in {fold(g) for g in (*groups, *chairs)}:
            (chairs if chair else groups).append(name)
        elif chair and fold(name) not in {fold(c) for c in chairs}:
            groups[:] = [g for g in groups if fold(g) != fold(name)]
            chairs.append(name)
    return tuple(groups), tuple(chairs)


def import_roster(session: Session, board_id: int, rows: list[RosterRow], actor: str | None = None) -> RosterSummary:
    """Add new members and update changed ones; importing the same rows again changes nothing."""
    summary = RosterSummary()
    agencies = {a.name: a for a in session.scalars(select(Agency).where(Agency.board_id == board_id))}
    members = list(session.scalars(select(Member).where(Member.board_id == board_id)))
    by_name = {fold(m.name): m for m in members}
    by_email = {m.email.casefold(): m for m in members if m.email}
    listed: list[RosterGroups] = []
    for row in rows:
        agency = agencies.get(row.agency)
        if agency is None:
            agency = Agency(
                board_id=board_id,
                name=row.agency,
                sector=sector_of(row.agency),
                statutory=is_statutory(row.agency),
                short_names=[],
            )
            session.add(agency)
            session.flush()
            agencies[row.agency] = agency
            record_event(session, board_id, "agency", agency.id, "created", actor=actor, new={"name": row.agency})
        member = by_name.get(fold(row.name)) or (by_email.get(row.email.casefold()) if row.email else None)
        if member is not None and row.groups is not None:
            listed.append(RosterGroups(row.line, member.id, row.name, row.groups, row.chairs))
        wanted = {
            "name": row.name,
            "agency_id": agency.id,
            "department": row.department,
            "role": row.role,
            "email": row.email,
            "on_board": True,
            "active": True,
        }
        if row.aliases:
            wanted["aliases"] = sorted(set(row.aliases))
        if row.slack_user_id:
            wanted["slack_user_id"] = row.slack_user_id
        if row.representative:
            wanted["representative"] = row.representative
        if member is None:
            member = Member(board_id=board_id, **({"aliases": []} | wanted))
            session.add(member)
            session.flush()
            by_name[fold(row.name)] = member
            summary.added.append(row.name)
            record_event(session, board_id, "member", member.id, "added", actor=actor, new=_plain(wanted))
            if row.groups is not None:
                listed.append(RosterGroups(row.line, member.id, row.name, row.groups, row.chairs))
            continue
        old = {k: getattr(member, k) for k in wanted}
        if old == wanted:
            summary.unchanged += 1
            continue
        changed = {k for k in wanted if old[k] != wanted[k]}
        for k in changed:
            setattr(member, k, wanted[k])
        summary.updated.append(row.name)
        record_event(
            session,
            board_id,
            "member",
            member.id,
            "updated",
            actor=actor,
            old=_plain({k: old[k] for k in changed}),
            new=_plain({k: wanted[k] for k in changed}),
        )
    if summary.added or summary.updated:
        refresh_short_names(session, board_id)
        bump_roster_version(session, board_id)
    if listed:
        summary.groups = apply_roster_groups(session, board_id, listed, actor=actor)
    if summary.added or summary.updated or summary.groups.changed:
        shares = sync_group_shares(session, board_id, actor=actor)  # new members reach "all members" too
        summary.shares = str(shares) if shares.actions else None
    return summary


def refresh_short_names(session: Session, board_id: int) -> None:
    """Each agency's short names, kept to those that name only it on this board."""
    agencies = list(session.scalars(select(Agency).where(Agency.board_id == board_id)))
    shorts = short_names_for([a.name for a in agencies])
    for agency in agencies:
        if sorted(agency.short_names or []) != shorts[agency.name]:
            agency.short_names = shorts[agency.name]


def _plain(values: dict[str, object]) -> dict[str, object]:
    return {k: (v.value if isinstance(v, Role) else v) for k, v in values.items()}
