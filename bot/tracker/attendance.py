"""Attendance: who is coming, quoracy, withdrawing apologies, and how partners have engaged over time.

One reading of a meeting, its *roll*, serves every view (`dscb meeting attendance`, `dscb attendance`, the quorum
alert and the digests), so the quorum line always agrees with the list under it:

- Before the meeting (or on its day) a member is "expected" unless they sent apologies; once it has taken place a
  member with nothing recorded is "absent". Withdrawn apologies leave no row, so the member is expected again.
- The roll of a meeting to come is the board's current members; a meeting held keeps everyone recorded at it,
  including members who have since left (they show under the name erasure gave them, "former member (NPS)").
- Each person in the room counts once: a named representative who is a member in their own right (and there
  anyway) adds no one, and a member named as someone's representative is there even when the minutes list them
  only as that representative.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.directory import Person
from bot.errors import InvalidInput, NotAllowed, NotFound
from bot.events import record_event
from bot.tracker.apologies import attendance_of
from bot.understanding.text import fold
from store.models import Agency, Attendance, AttendanceStatus, Board, Meeting, MeetingKind, Member, Sector

EXPECTED = "expected"
ABSENT = "absent"
# How a sector reads in "police, health and the local authority represented", in that order.
_SECTOR_WORDS = {Sector.POLICE.value: "police", Sector.HEALTH.value: "health",
                 Sector.LOCAL_AUTHORITY.value: "the local authority"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class AttendanceLine:
    member: str
    agency: str | None
    status: str  # present, apologies or absent once the meeting has taken place; expected or apologies before
    representative: str | None  # who attends in the member's place (with apologies)
    representing: tuple[str, ...] = ()  # the members this member attends for as their named representative


@dataclass(frozen=True, slots=True)
class Quorum:
    meeting: dt.date
    members: int
    attending: int  # people there (or expected) for members, each once, named representatives included
    needed: int
    missing_sectors: tuple[str, ...]
    held: bool = False  # the meeting has taken place: "attended", not "expected"
    recorded: bool = True  # False for a meeting held with no attendance recorded
    representatives: int = 0  # of ``attending``, named representatives who are not members themselves
    sectors: tuple[str, ...] = ()  # the sectors the rule requires

    @property
    def quorate(self) -> bool:
        return self.recorded and self.attending >= self.needed and not self.missing_sectors

    def describe(self) -> str:
        """'quorate: 27 of 30 expected, police, health and the local authority represented'."""
        if not self.recorded:
            return f"no attendance was recorded for this meeting ({self.members} members)"
        count = f"{self.attending} of {self.members} {'attended' if self.held else EXPECTED}"
        if self.representatives:
            plural = "s" if self.representatives > 1 else ""
            count += f" (including {self.representatives} named representative{plural})"
        if self.quorate:
            sectors = _and_list([_SECTOR_WORDS.get(s, s) for s in _in_order(self.sectors)])
            return f"quorate: {count}, {sectors} represented" if sectors else f"quorate: {count}, {self.needed} needed"
        said = f"only {count}, {self.needed} needed" if self.attending < self.needed else count
        if self.missing_sectors:
            nobody = _and_list([_SECTOR_WORDS.get(s, s) for s in self.missing_sectors])
            said += f"{';' if self.attending < self.needed else ', but'} no one from {nobody}"
        return ("inquorate: " if self.held else "at risk of being inquorate: ") + said


@dataclass(frozen=True, slots=True)
class Roll:
    """A meeting's list and its quorum, read together."""

    lines: list[AttendanceLine]
    quorum: Quorum
    member_ids: tuple[int, ...] = ()  # each line's member


@dataclass(frozen=True, slots=True)
class _Seat:
    member_id: int
    name: str
    aliases: tuple[str, ...]
    agency_id: int | None
    agency: str | None
    sector: str | None
    on_roll: bool  # a current member of the board (active and on it)


def meeting_roll(session: Session, board_id: int, meeting: Meeting, today: dt.date | None = None) -> Roll:
    """The meeting's roll and quorum (three queries). Without ``today``, a meeting with presence or absence
    recorded counts as held."""
    board = session.get_one(Board, board_id)
    rows = list(session.scalars(select(Attendance).where(Attendance.meeting_id == meeting.id)))
    seats = _seats(session, board_id)
    return _roll(board, meeting, rows, seats, _held(meeting, rows, today))


def attendance_list(session: Session, board_id: int, meeting: Meeting, today: dt.date) -> list[AttendanceLine]:
    """Every member on the meeting's roll with their status."""
    return meeting_roll(session, board_id, meeting, today).lines


def check_quorum(session: Session, board_id: int, meeting: Meeting, today: dt.date | None = None) -> Quorum:
    """The board's rule: enough members attending, and each statutory sector represented."""
    return meeting_roll(session, board_id, meeting, today).quorum


def withdraw_apologies(
    session: Session, board_id: int, member_id: int, meeting: Meeting, *, by: Person, today: dt.date | None = None
) -> bool:
    """The member will attend after all (expected again everywhere); False when no apologies were recorded."""
    if not by.may_act_for(member_id):
        raise NotAllowed("Members withdraw their own apologies; the business manager can do it for others.")
    if today is not None and meeting.date < today:
        raise InvalidInput(f"The meeting on {meeting.date:%a} {meeting.date.day} {meeting.date:%B} has already "
                           "taken place; its attendance is the record.")  # fmt: skip
    row = attendance_of(session, meeting.id, member_id)
    if row is None or row.status is not AttendanceStatus.APOLOGIES:
        return False
    old = {"status": row.status.value, "representative": row.representative}
    session.delete(row)
    session.flush()
    record_event(session, board_id, "attendance", row.id, "apologies withdrawn", actor_id=by.id, actor=by.name,
                 old=old, new={"meeting": meeting.date.isoformat()})  # fmt: skip
    return True


@dataclass(frozen=True, slots=True)
class HistoryLine:
    meeting: dt.date
    name: str  # the member, or the agency
    present: int
    apologies: int  # apologies with no one attending in the member's place
    represented: int  # apologies with a named representative
    absent: int
    expected: int = 0  # a meeting to come
    held: bool = True
    recorded: bool = True  # False for a meeting held with no attendance recorded
    status: str | None = None  # a member's own status (None for an agency)
    representative: str | None = None  # a member's named representative


def attendance_history(
    session: Session,
    board_id: int,
    *,
    member_id: int | None = None,
    agency_id: int | None = None,
    today: dt.date | None = None,
) -> list[HistoryLine]:
    """Per board meeting, held or to come: how a member (or an agency's members) attended, for the inspectorate.
    The same roll as `meeting_roll`, so the counts agree with each meeting's list (five queries)."""
    if member_id is None and agency_id is None:
        raise NotFound("Say whose attendance: a member or an agency.")
    name = (session.get_one(Member, member_id).name if member_id is not None
            else session.get_one(Agency, agency_id).name)  # fmt: skip
    board = session.get_one(Board, board_id)
    meetings = session.scalars(
        select(Meeting).where(Meeting.board_id == board_id, Meeting.kind == MeetingKind.BOARD).order_by(Meeting.date)
    ).all()
    rows = session.scalars(select(Attendance).where(Attendance.meeting_id.in_([m.id for m in meetings]))).all()
    by_meeting: dict[int, list[Attendance]] = {}
    for row in rows:
        by_meeting.setdefault(row.meeting_id, []).append(row)
    seats = _seats(session, board_id)
    wanted = {member_id} if member_id is not None else {s.member_id for s in seats if s.agency_id == agency_id}
    lines = []
    for meeting in meetings:
        recorded = by_meeting.get(meeting.id, [])
        roll = _roll(board, meeting, recorded, seats, _held(meeting, recorded, today))
        mine = [line for who, line in zip(roll.member_ids, roll.lines, strict=True) if who in wanted]
        if not mine:
            continue
        statuses = [line.status for line in mine]
        represented = sum(line.status == "apologies" and bool(line.representative) for line in mine)
        own = mine[0] if member_id is not None else None
        lines.append(HistoryLine(
            meeting.date, name, statuses.count("present"), statuses.count("apologies") - represented, represented,
            statuses.count(ABSENT), statuses.count(EXPECTED), roll.quorum.held, roll.quorum.recorded,
            own.status if own else None, own.representative if own else None,
        ))  # fmt: skip
    return lines


# The roll -----------------------------------------------------------------------------------------------------
def _held(meeting: Meeting, rows: Sequence[Attendance], today: dt.date | None) -> bool:
    if today is not None:
        return meeting.date < today
    return any(r.status is not AttendanceStatus.APOLOGIES for r in rows)


def _seats(session: Session, board_id: int) -> list[_Seat]:
    """Everyone who is or was a member of the board, by name (a meeting's roll is chosen from them)."""
    found = session.execute(
        select(Member, Agency.name, Agency.sector)
        .outerjoin(Agency, Agency.id == Member.agency_id)
        .where(Member.board_id == board_id)
    ).all()
    seats = [_seat(m, agency, sector) for m, agency, sector in found]
    return sorted(seats, key=lambda s: (s.name.casefold(), s.member_id))


def _seat(member: Member, agency: str | None, sector: Sector | None) -> _Seat:
    on_roll = member.active and member.on_board
    return _Seat(member.id, member.name, tuple(member.aliases or ()), member.agency_id, agency,
                 sector.value if sector else None, on_roll)  # fmt: skip


def _roll(board: Board, meeting: Meeting, rows: Sequence[Attendance], seats: list[_Seat], held: bool) -> Roll:
    by_member = {r.member_id: r for r in rows}
    named = {fold(r.representative) for r in rows if r.status is AttendanceStatus.APOLOGIES and r.representative}

    def on_this_roll(seat: _Seat) -> bool:  # a member now, recorded at it, or there as a representative
        if seat.on_roll or seat.member_id in by_member:
            return True
        return held and any(fold(written) in named for written in (seat.name, *seat.aliases))

    roll = [s for s in seats if on_this_roll(s)]
    by_name: dict[str, _Seat] = {}
    for seat in roll:
        for written in (seat.name, *seat.aliases):
            by_name.setdefault(fold(written), seat)
    # Who attends for whom: a representative who is a member is there themselves.
    stands_in: dict[int, list[str]] = {}
    for seat in roll:
        row = by_member.get(seat.member_id)
        if row is not None and row.status is AttendanceStatus.APOLOGIES and row.representative:
            rep = by_name.get(fold(row.representative))
            if rep is not None and rep.member_id != seat.member_id:
                stands_in.setdefault(rep.member_id, []).append(seat.name)
    status_of: dict[int, str] = {}
    for seat in roll:
        row = by_member.get(seat.member_id)
        status = row.status.value if row is not None else (ABSENT if held else EXPECTED)
        if seat.member_id in stands_in and status in (ABSENT, EXPECTED):
            status = AttendanceStatus.PRESENT.value if held else EXPECTED  # there as someone's representative
        status_of[seat.member_id] = status
    lines: list[AttendanceLine] = []
    there: set[object] = set()  # each person once: a member's id, or a representative's folded name
    sectors: set[str] = set()
    outsiders = 0
    for seat in roll:
        row, status = by_member.get(seat.member_id), status_of[seat.member_id]
        representative = row.representative if row is not None else None
        lines.append(AttendanceLine(seat.name, seat.agency, status, representative,
                                    tuple(stands_in.get(seat.member_id, ()))))  # fmt: skip
        if status in (AttendanceStatus.PRESENT.value, EXPECTED):
            there.add(seat.member_id)
        elif status == AttendanceStatus.APOLOGIES.value and representative:
            rep = by_name.get(fold(representative))
            if rep is not None and status_of[rep.member_id] not in (AttendanceStatus.PRESENT.value, EXPECTED):
                continue  # named a member who is not there either: no one attends in their place
            key: object = rep.member_id if rep is not None else fold(representative)
            if rep is None and key not in there:
                outsiders += 1
            there.add(key)
        else:
            continue
        if seat.sector:
            sectors.add(seat.sector)
    for seat in roll:
        if seat.member_id in there and seat.sector:
            sectors.add(seat.sector)
    required = tuple(board.quorum_sectors or ())
    missing = tuple(s for s in _in_order(required) if s not in sectors)
    recorded = not held or any(r.status is not AttendanceStatus.APOLOGIES for r in rows)
    quorum = Quorum(meeting.date, len(roll), len(there), math.ceil(board.quorum_fraction * len(roll)), missing,
                    held, recorded, outsiders, required)  # fmt: skip
    return Roll(lines, quorum, tuple(s.member_id for s in roll))


def _in_order(sectors: Iterable[str]) -> list[str]:
    order = list(_SECTOR_WORDS)
    return sorted(sectors, key=lambda s: order.index(s) if s in order else len(order))


def _and_list(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1] if words else ""
