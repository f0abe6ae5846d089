"""Members who leave the board, made inactive or erased on request, without rewriting the past.

From the day a member leaves they are off the open shares of group actions (the group's other members still owe
theirs, and lists of who is outstanding no longer name them) and off the rolls of meetings after that day; what
they did (their done and dropped shares, their own actions, their attendance at meetings held) stays on the record.

Erasure (`dscb erase-member`) also removes the person's personal data: their name becomes "former member (NPS)"
(their agency's short name), wherever the record wrote it, and their email, chat account, aliases, named
representative and leave go, so past meetings keep their counts and agency histories still add up.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from bot.errors import NotFound
from bot.events import record_event
from bot.tracker.boards import bump_roster_version
from bot.understanding.text import fold
from store.models import (
    Action,
    Agency,
    Assignment,
    AssignmentStatus,
    Attendance,
    ChatAddress,
    Event,
    Group,
    GroupMembership,
    Meeting,
    Member,
    OpenQuestion,
    utcnow,
)

LEFT = "left the board"


def agency_short_name(agency: Agency | None) -> str:
    """How the board abbreviates an agency: its shortest acronym ("NPS", "WMP", "DMBC"), else its shortest name."""
    if agency is None:
        return "no agency"
    names = [agency.name, *(agency.short_names or [])]
    acronyms = [n for n in names if n.isupper() and " " not in n]
    return min(acronyms or names, key=len)


def member_left(session: Session, board_id: int, member_id: int, *, day: dt.date, actor: str) -> int:
    """The member leaves on ``day``: made inactive, taken off the open shares of group actions and off meetings
    after that day. Returns how many group shares were dropped; leaving twice changes nothing more."""
    member = _member(session, board_id, member_id)
    stamp = utcnow()
    shares = session.scalars(
        select(Assignment).where(
            Assignment.member_id == member_id,
            Assignment.group_id.is_not(None),
            Assignment.status == AssignmentStatus.OPEN,
        )
    ).all()
    for share in shares:
        share.status, share.updated_at = AssignmentStatus.DROPPED, stamp
    session.flush()
    for share in shares:
        _keep_with_group(session, share)
        record_event(session, board_id, "action", share.action_id, "share dropped", actor=actor,
                     old={"assignments": {str(share.id): AssignmentStatus.OPEN.value}},
                     new={"for": member.name, "reason": LEFT})  # fmt: skip
    later = select(Meeting.id).where(Meeting.board_id == board_id, Meeting.date > day)
    cancelled = session.execute(
        delete(Attendance).where(Attendance.member_id == member_id, Attendance.meeting_id.in_(later))
    ).rowcount  # type: ignore[attr-defined]
    if member.active or shares or cancelled:
        member.active = False
        session.flush()
        record_event(session, board_id, "member", member_id, "left", actor=actor,
                     new={"day": day.isoformat(), "group_shares_dropped": len(shares),
                          "later_attendance_removed": cancelled})  # fmt: skip
        bump_roster_version(session, board_id)
    return len(shares)


def _keep_with_group(session: Session, dropped: Assignment) -> None:
    """An action whose last open share was the leaver's stays open with the group when no one in it has done it."""
    shares = session.scalars(select(Assignment).where(Assignment.action_id == dropped.action_id)).all()
    if any(s.status is AssignmentStatus.OPEN for s in shares):
        return
    if any(s.group_id == dropped.group_id and s.status is AssignmentStatus.DONE for s in shares):
        return
    session.add(Assignment(action_id=dropped.action_id, group_id=dropped.group_id))
    session.flush()


def erase_member(session: Session, board_id: int, member_id: int, *, actor: str, day: dt.date) -> str:
    """Remove a person's personal data, keeping the record true: their actions stay attributable to their agency,
    past meetings keep their counts. Returns the name they now appear under."""
    member = _member(session, board_id, member_id)
    old_name = member.name
    variants = [old_name, *(a for a in member.aliases or [] if len(a.split()) > 1)]  # "Sue Vincent", never "Sue"
    details = [x for x in (member.email, member.slack_user_id, member.teams_user_id) if x]
    pseudonym = _pseudonym(session, board_id, member)
    member.name, member.email, member.slack_user_id, member.teams_user_id = pseudonym, None, None, None
    session.execute(delete(ChatAddress).where(ChatAddress.member_id == member_id))  # where they could be messaged
    member.aliases, member.representative, member.away_until = [], None, None
    member.on_board = False
    session.flush()
    member_left(session, board_id, member_id, day=day, actor=actor)
    session.execute(delete(GroupMembership).where(GroupMembership.member_id == member_id))
    session.execute(update(Group).where(Group.chair_id == member_id).values(chair_id=None))
    replace, erased = _replacer(variants, pseudonym), _replacer(details, "(erased)")
    written = {fold(v) for v in variants}  # as the minutes or a message wrote them: "mayada abuaffan"
    meetings = select(Meeting.id).where(Meeting.board_id == board_id)
    for row in session.scalars(select(Attendance).where(Attendance.meeting_id.in_(meetings),
                                                        Attendance.representative.is_not(None))):  # fmt: skip
        if fold(row.representative or "") in written:
            row.representative = pseudonym
    actions = select(Action.id).where(Action.board_id == board_id)
    for share in session.scalars(select(Assignment).where(Assignment.action_id.in_(actions),
                                                          Assignment.external_name.is_not(None))):  # fmt: skip
        if fold(share.external_name or "") in written:
            share.external_name = pseudonym
    for event in session.scalars(select(Event).where(Event.board_id == board_id)):
        if event.actor in variants:
            event.actor = pseudonym
        event.old = _scrub(_scrub(event.old, replace), erased)
        event.new = _scrub(_scrub(event.new, replace), erased)
    named = or_(*(Action.text.contains(v) for v in variants))
    for action in session.scalars(select(Action).where(Action.board_id == board_id, named)):
        text = replace(action.text)
        if text != action.text:
            action.text = text
    # Open questions are transient and may name the person (as a choice, or in a message said again): all go.
    session.execute(delete(OpenQuestion).where(OpenQuestion.board_id == board_id))
    bump_roster_version(session, board_id)
    record_event(session, board_id, "member", member_id, "erased", actor=actor, new={"name": pseudonym})
    return pseudonym


def _member(session: Session, board_id: int, member_id: int) -> Member:
    member = session.get(Member, member_id)
    if member is None or member.board_id != board_id:
        raise NotFound("That member is not on this board.")
    return member


def _pseudonym(session: Session, board_id: int, member: Member) -> str:
    """'former member (NPS)', numbered when the board already has one: 'former member 2 (NPS)'."""
    short = agency_short_name(member.agency)
    taken = set(session.scalars(select(Member.name).where(Member.board_id == board_id, Member.id != member.id)))
    number = 1
    while (name := f"former member{f' {number}' if number > 1 else ''} ({short})") in taken:
        number += 1
    return name


def _replacer(words: list[str], by: str) -> Callable[[str], str]:
    """Replace whole words only ("Viv Townsend", not part of "Viv Townsendson"), longest first."""
    if not words:
        return lambda text: text
    either = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)(?:{either})(?!\w)")
    return lambda text: pattern.sub(by, text)


def _scrub(value: Any, replace: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return replace(value)
    if isinstance(value, dict):
        return {k: _scrub(v, replace) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v, replace) for v in value]
    return value
