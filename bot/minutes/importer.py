"""Storing imported minutes: the meeting, who attended or sent apologies, the next meeting and the actions.

One transaction. People in the attendance lists are matched to the roster (no second member for "Sue Vincent"
when "Su Vincent" exists) and new ones are added as members of their agency; people only named as owners are
not made board members. Importing the same minutes again adds nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.directory import Person, load_directory
from bot.events import record_event
from bot.minutes.reader import Minutes
from bot.minutes.reader import Person as ListedPerson
from bot.tracker.actions import NewAction, record_action
from bot.tracker.boards import bump_roster_version
from bot.tracker.groups import group_member_ids, sync_group_shares
from bot.tracker.meetings import add_meeting
from bot.tracker.roster import refresh_short_names
from bot.understanding.agencies import is_statutory, sector_of, split_department
from bot.understanding.interpretation import Owner
from bot.understanding.names import NameIndex
from bot.understanding.privacy import guard
from bot.understanding.text import fold
from store.models import (
    Action,
    Agency,
    AssignmentStatus,
    Attendance,
    AttendanceStatus,
    Meeting,
    MeetingKind,
    Member,
    Role,
)


@dataclass
class ImportSummary:
    meeting: str
    attendance: int = 0
    new_members: list[str] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)
    skipped_actions: int = 0
    next_meeting: str | None = None
    warnings: list[str] = field(default_factory=list)  # found only when storing: e.g. a group with no members

    def __str__(self) -> str:
        parts = [f"{self.meeting}: {self.attendance} attendance records", f"{len(self.actions)} new actions"]
        if self.skipped_actions:
            parts.append(f"{self.skipped_actions} already imported")
        if self.new_members:
            parts.append(f"new members: {', '.join(self.new_members)}")
        if self.next_meeting:
            parts.append(f"next meeting {self.next_meeting}")
        parts.extend(f"warning: {w}" for w in self.warnings)
        return "; ".join(parts)


def import_minutes(
    session: Session, board_id: int, minutes: Minutes, names: NameIndex, *, by: Person | None
) -> ImportSummary:
    """Store minutes in the caller's transaction; safe to repeat."""
    actor = by.name if by else "minutes import"
    for action in minutes.actions:
        guard(action.text)
    meeting, _ = add_meeting(
        session, board_id, minutes.meeting.date, kind=MeetingKind.BOARD, start=minutes.meeting.start,
        end=minutes.meeting.end, venue=minutes.meeting.venue, actor=actor,
    )  # fmt: skip
    summary = ImportSummary(f"{meeting.date:%A} {meeting.date.day} {meeting.date:%B %Y}")
    if minutes.next_meeting is not None:
        nxt = minutes.next_meeting
        add_meeting(session, board_id, nxt.date, start=nxt.start, end=nxt.end, venue=nxt.venue, actor=actor)
        summary.next_meeting = nxt.date.isoformat()
    recorded = {a.member_id: a for a in session.scalars(select(Attendance).where(Attendance.meeting_id == meeting.id))}
    # Once a meeting's attendance is on record (only minutes record who was present), importing its minutes again
    # adds nobody to the board: a member erased since then is not brought back by their old minutes.
    adding = not any(row.status is AttendanceStatus.PRESENT for row in recorded.values())
    people = _People(session, board_id, names, actor, adding=adding)
    # A named representative listed as present attends in a member's place: recorded on that apology, not added.
    representatives = {fold(p.representative) for p in minutes.apologies if p.representative}
    present = [p for p in minutes.attendees if fold(p.name) not in representatives]
    for listed, status in [(p, AttendanceStatus.PRESENT) for p in present] + [
        (p, AttendanceStatus.APOLOGIES) for p in minutes.apologies
    ]:
        member = people.member_for(listed)
        if member is None:
            summary.warnings.append(
                f"{listed.name} is listed in the attendance but is not on the roster; this meeting's attendance was "
                "imported before, so they were not added (add them to the roster CSV and `dscb roster import` it "
                "if they should be)"
            )
        elif _attend(session, meeting, member, status, listed.representative, recorded):
            summary.attendance += 1
    summary.new_members = people.added
    existing = {
        (a.agenda_item or "", fold(a.text))
        for a in session.scalars(select(Action).where(Action.board_id == board_id, Action.meeting_id == meeting.id))
    }
    for action in minutes.actions:
        key = (action.item or "", fold(action.text))
        if key in existing:
            summary.skipped_actions += 1
            continue
        existing.add(key)
        stored = record_action(  # owners not on the roster are kept as named outsiders, not made members
            session, board_id,
            NewAction(task=action.text, owners=tuple(people.owner(o) for o in action.owners), due=action.due,
                      asap=action.asap,
                      due_wording=action.due_wording, meeting_id=meeting.id, agenda_item=action.item),
            by=by,
        )  # fmt: skip
        summary.actions.append(stored.ref)
        summary.warnings.extend(_empty_groups(stored))
    for decision in minutes.decisions:
        record_event(session, board_id, "meeting", meeting.id, "decision", actor=actor,
                     new={"item": decision.item, "text": decision.text})  # fmt: skip
    if people.added:
        refresh_short_names(session, board_id)  # "Police" for an agency the attendance brought in
        bump_roster_version(session, board_id)
        sync_group_shares(session, board_id, actor=actor)  # new members are in "all members" too
    return summary


def add_listed_people(
    session: Session, board_id: int, people: list[tuple[ListedPerson, Role]], *, actor: str
) -> list[str]:
    """Add people the minutes list to the board as members with the given roles; the names added."""
    added = _People(session, board_id, NameIndex(load_directory(session, board_id)), actor)
    for listed, role in people:
        if (member := added.member_for(listed)) is not None:
            member.role = role
    if added.added:
        refresh_short_names(session, board_id)
        bump_roster_version(session, board_id)
        sync_group_shares(session, board_id, actor=actor)
    return added.added


def _empty_groups(action: Action) -> list[str]:
    """A warning for each group that holds a new action as a whole: it has nobody in it to share it with."""
    where = f"{action.ref} (item {action.agenda_item})" if action.agenda_item else action.ref
    return [
        _no_members(where, share.group.name)
        for share in action.assignments
        if share.member_id is None and share.group is not None and share.status is AssignmentStatus.OPEN
    ]


def group_warnings(session: Session, board_id: int, minutes: Minutes) -> list[str]:
    """Before anything is stored (a dry run, a preview): the actions whose group has nobody in it yet."""
    empty: dict[int, bool] = {}
    found: list[str] = []
    for action in minutes.actions:
        for owner in action.owners:
            if owner.kind != "group" or owner.id is None:
                continue
            if owner.id not in empty:
                empty[owner.id] = not group_member_ids(session, board_id, owner.id)
            if empty[owner.id]:
                found.append(_no_members(f"item {action.item}" if action.item else "an action", owner.name))
    return found


def _no_members(where: str, group: str) -> str:
    return (f"{where}: {group} has no members yet, so nobody is asked to do it; add them with "
            f'`dscb group members "{group}" --add NAME` (or a groups column in the roster)')  # fmt: skip


def _attend(
    session: Session, meeting: Meeting, member: Member, status: AttendanceStatus, rep: str | None,
    recorded: dict[int, Attendance],
) -> bool:  # fmt: skip
    """Record one listed person's attendance (``recorded``: the meeting's rows so far, kept up to date)."""
    row = recorded.get(member.id)
    if row is not None and row.status == status and row.representative == rep:
        return False
    if row is None:
        row = recorded[member.id] = Attendance(meeting_id=meeting.id, member_id=member.id, status=status)
        session.add(row)
    row.status, row.representative = status, rep
    session.flush()
    record_event(session, meeting.board_id, "attendance", row.id, status.value, actor="minutes import",
                 new={"member": member.name, "meeting": meeting.date.isoformat(), "representative": rep})  # fmt: skip
    return True


class _People:
    """Roster matching for attendance lists, adding people who are new to the board."""

    def __init__(self, session: Session, board_id: int, names: NameIndex, actor: str, *, adding: bool = True) -> None:
        self.session, self.board_id, self.names, self.actor = session, board_id, names, actor
        self.adding = adding
        self.added: list[str] = []
        self._new: dict[str, Member] = {}

    def member_for(self, listed: ListedPerson) -> Member | None:
        """The member a listed person is; someone new is added, unless adding is off (then None)."""
        match = self.names.person(listed.name)
        if match.member is not None:
            return self.session.get_one(Member, match.member.id)
        key = fold(listed.name)
        if key in self._new:
            return self._new[key]
        existing = self.session.scalar(
            select(Member).where(Member.board_id == self.board_id, Member.name == listed.name)
        )
        if existing is not None:  # known, e.g. as a former member or an external owner
            existing.on_board = True
            return existing
        if not self.adding:
            return None
        agency = self._agency(listed.agency) if listed.agency else None
        department = split_department(listed.agency)[1] if listed.agency else None
        member = Member(board_id=self.board_id, name=listed.name, aliases=[], agency_id=agency.id if agency else None,
                        department=department, role=Role.MEMBER, on_board=True, active=True)  # fmt: skip
        self.session.add(member)
        self.session.flush()
        record_event(self.session, self.board_id, "member", member.id, "added", actor=self.actor,
                     new={"name": listed.name, "agency": listed.agency, "source": "minutes"})  # fmt: skip
        self._new[key] = member
        self.added.append(listed.name)
        return member

    def owner(self, owner: Owner) -> Owner:
        """An owner the minutes name who has just been added from the attendance is that member, not an outsider;
        an agency or group named only in these minutes is the board's, found or made by name."""
        if owner.kind == "unknown" and (member := self._new.get(fold(owner.name))) is not None:
            return Owner("member", member.name, member.id)
        if owner.kind == "agency" and owner.id is None:
            agency = self._agency(owner.name)
            return Owner("agency", agency.name, agency.id)
        if owner.kind == "group" and owner.id is None:
            group = self.names.group(owner.name)
            return Owner("group", group.name, group.id) if group else Owner("unknown", owner.name)
        return owner

    def _agency(self, written: str) -> Agency:
        name, _ = split_department(written)
        found = self.names.agency(name).agency
        if found is not None:
            return self.session.get_one(Agency, found.id)
        agency = self.session.scalar(select(Agency).where(Agency.board_id == self.board_id, Agency.name == name))
        if agency is None:
            agency = Agency(board_id=self.board_id, name=name, short_names=[], sector=sector_of(name),
                            statutory=is_statutory(name))  # fmt: skip
            self.session.add(agency)
            self.session.flush()
        return agency
