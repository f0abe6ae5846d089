"""Actions and their owners: recording, closing (a share, or one member's share for them), re-dating, notes,
reassigning and dropping.

Listing what someone owes, showing an action and its history live in ``bot.tracker.actions_read``; their names
are re-exported here, so ``bot.tracker.actions`` remains the one place to import actions from.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bot.directory import MANAGERS, Person
from bot.errors import InvalidInput, NotAllowed, NotFound
from bot.events import record_event
from bot.replies import ActionView
from bot.tracker.actions_read import (
    SHARE_COLUMNS,
    ActionPage,
    HistoryEntry,
    Share,
    action_view,
    find_action,
    history,
    match_described_action,
    match_open_action,
    open_actions,
    owed_page,
    share_from,
    show_action,
    view_of,
    with_shares,
)
from bot.tracker.groups import group_member_ids, not_sharing
from bot.understanding.interpretation import Owner
from bot.understanding.privacy import guard
from store.models import (
    Action,
    Agency,
    Assignment,
    AssignmentStatus,
    Board,
    Member,
    utcnow,
)

__all__ = [
    "MAX_TASK_LENGTH",
    "SHARE_COLUMNS",
    "ActionPage",
    "Completion",
    "HistoryEntry",
    "NewAction",
    "Share",
    "action_view",
    "add_note",
    "change_due",
    "complete_action",
    "drop_action",
    "find_action",
    "group_member_ids",
    "history",
    "match_described_action",
    "match_open_action",
    "next_reference",
    "open_actions",
    "owed_page",
    "reassign",
    "record_action",
    "share_from",
    "show_action",
    "view_of",
    "with_shares",
]

MAX_TASK_LENGTH = 1_000


@dataclass(frozen=True, slots=True)
class NewAction:
    """What is needed to record an action."""

    task: str
    owners: tuple[Owner, ...]
    due: dt.date | None = None
    asap: bool = False
    due_wording: str | None = None
    meeting_id: int | None = None
    agenda_item: str | None = None
    source_link: str | None = None


def next_reference(session: Session, board_id: int) -> int:
    """Take the board's next action number; the row lock makes it unique under concurrency."""
    number = session.execute(
        update(Board)
        .where(Board.id == board_id)
        .values(next_action_number=Board.next_action_number + 1)
        .returning(Board.next_action_number)
    ).scalar_one()
    return int(number) - 1


def record_action(session: Session, board_id: int, new: NewAction, *, by: Person | None) -> Action:
    """Store an action with one assignment per owner (each member of a group gets their own)."""
    task = " ".join(new.task.split())
    guard(task)
    if not task:
        raise InvalidInput("What is the action? I need a few words describing it.")
    if len(task) > MAX_TASK_LENGTH:
        raise InvalidInput(f"That action is {len(task)} characters long; please keep it under {MAX_TASK_LENGTH}.")
    action = Action(
        board_id=board_id,
        number=next_reference(session, board_id),
        text=task,
        due=new.due,
        asap=new.asap,
        due_wording=new.due_wording,
        meeting_id=new.meeting_id,
        agenda_item=new.agenda_item,
        source_link=new.source_link,
        created_by_id=by.id if by else None,
    )
    session.add(action)
    for assignment in _assignments(session, board_id, new.owners, task):
        action.assignments.append(assignment)
    session.flush()
    record_event(
        session, board_id, "action", action.id, "recorded",
        actor_id=by.id if by else None, actor=by.name if by else None,
        new={"ref": action.ref, "text": task, "due": new.due.isoformat() if new.due else None, "asap": new.asap,
             "owners": [o.name for o in new.owners]},
    )  # fmt: skip
    return action


def _assignments(session: Session, board_id: int, owners: Iterable[Owner], task: str) -> list[Assignment]:
    """One share per owner; a group's current members each get their own, except anyone the task goes *to*
    ("all members to return the form to Martine": Martine gets no share)."""
    result: list[Assignment] = []
    seen_members: set[int] = set()

    def add_member(member_id: int, group_id: int | None = None) -> None:
        if member_id not in seen_members:
            seen_members.add(member_id)
            result.append(Assignment(member_id=member_id, group_id=group_id))

    for owner in owners:
        if owner.kind == "member" and owner.id is not None:
            _check_member(session, board_id, owner.id)
            add_member(owner.id)
        elif owner.kind == "agency" and owner.id is not None:
            if session.scalar(select(Agency.id).where(Agency.id == owner.id, Agency.board_id == board_id)) is None:
                raise NotFound("That agency is not on this board.")
            result.append(Assignment(agency_id=owner.id, department=owner.department))
        elif owner.kind == "group" and owner.id is not None:
            people = group_member_ids(session, board_id, owner.id)
            excluded = not_sharing(session, board_id, task, people)
            people = [m for m in people if m not in excluded]
            if not people:
                result.append(Assignment(group_id=owner.id))
            for member_id in people:
                add_member(member_id, owner.id)
        else:
            guard(owner.name)
            result.append(Assignment(external_name=owner.name[:200]))
    return result


def _check_member(session: Session, board_id: int, member_id: int) -> None:
    if session.scalar(select(Member.id).where(Member.id == member_id, Member.board_id == board_id)) is None:
        raise NotFound("That member is not on this board.")


# Closing --------------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Completion:
    view: ActionView
    whole_action: bool  # False when only the writer's share of a group action closed
    changed: bool = True  # False when there was nothing open to close (said, not refused)


def complete_action(
    session: Session,
    board_id: int,
    number: int,
    *,
    by: Person,
    today: dt.date,
    status: AssignmentStatus = AssignmentStatus.DONE,
    for_member: Person | None = None,
) -> Completion:
    """Close the writer's share of an action; the manager and chair may close it for everyone, or close one
    member's share on their behalf (``for_member``: that member's open shares only, recorded as done for them)."""
    action = find_action(session, board_id, number)
    if for_member is not None and by.role not in MANAGERS:
        if for_member.id != by.id:
            raise NotAllowed(f"Only the business manager or the chair can mark someone else's part of {action.ref} "
                             f"as done; {for_member.first_name} can mark it themselves.")  # fmt: skip
        for_member = None  # a member naming themselves closes their own share, as without it
    if not action.assignments:
        raise InvalidInput(f"{action.ref} has no owner yet, so there is nothing to close; the business manager "
                           "can give it an owner (or record it again with one).")  # fmt: skip
    if for_member is not None:
        mine = [a for a in action.assignments if _answers_for(a, for_member) and a.status is AssignmentStatus.OPEN]
        if not mine:
            raise InvalidInput(f"{for_member.name} has no open part in {action.ref}.")
        return _close(session, board_id, action, mine, status, by=by, today=today, extra={"for": for_member.name})
    mine = [a for a in action.assignments if _answers_for(a, by) and a.status is AssignmentStatus.OPEN]
    if not mine and by.role in MANAGERS:
        mine = [a for a in action.assignments if a.status is AssignmentStatus.OPEN]
    if not mine:
        if any(_answers_for(a, by) for a in _holders(action)) or all(
            a.status is not AssignmentStatus.OPEN for a in action.assignments
        ):
            return Completion(action_view(action, today), whole_action=True, changed=False)
        owners = ", ".join(action_view(action, today).owners) or "nobody yet"
        raise NotAllowed(
            f"{action.ref} belongs to {owners}. Only its owners, the business manager or the chair can close it."
        )
    return _close(session, board_id, action, mine, status, by=by, today=today)


def _close(
    session: Session,
    board_id: int,
    action: Action,
    shares: Sequence[Assignment],
    status: AssignmentStatus,
    *,
    by: Person,
    today: dt.date,
    extra: dict[str, object] | None = None,
) -> Completion:
    old = {a.id: a.status.value for a in shares}
    for assignment in shares:
        assignment.status = status
        assignment.updated_at = utcnow()
    session.flush()
    record_event(
        session, board_id, "action", action.id, status.value, actor_id=by.id, actor=by.name,
        old={"assignments": old}, new={"assignments": {a.id: status.value for a in shares}, **(extra or {})},
    )  # fmt: skip
    whole = all(a.status is not AssignmentStatus.OPEN for a in action.assignments)
    return Completion(action_view(action, today), whole)


def _answers_for(assignment: Assignment, person: Person) -> bool:
    if assignment.member_id is not None:
        return assignment.member_id == person.id
    return assignment.agency_id is not None and assignment.agency_id == person.agency_id


def _holders(action: Action) -> list[Assignment]:
    """The shares of its owners: not those dropped when it was reassigned (unless it was dropped as a whole)."""
    return [a for a in action.assignments if a.status is not AssignmentStatus.DROPPED] or list(action.assignments)


def _may_change(action: Action, by: Person, *, whole: bool = False) -> bool:
    """Owners change their own actions (not former owners, whose shares were dropped when it was reassigned); the
    manager and chair change any. A change to the whole action (its date, owners, or dropping it) is not for one
    member of a group it is shared with: one of thirty "all members" does not re-date it for the other 29."""
    if by.role in MANAGERS:
        return True
    return any(_answers_for(a, by) and not (whole and a.group_id is not None) for a in _holders(action))


def change_due(
    session: Session, board_id: int, number: int, due: dt.date | None, *, by: Person, today: dt.date
) -> ActionView:
    """Re-date an action (its owners, the manager or the chair)."""
    action = find_action(session, board_id, number)
    if not _may_change(action, by, whole=True):
        raise NotAllowed(f"Only the owners of {action.ref}, the business manager or the chair can change its date.")
    old = action.due.isoformat() if action.due else None
    if action.due != due:
        action.due = due
        action.due_wording = None
        action.asap = False if due else action.asap
        session.flush()
        record_event(session, board_id, "action", action.id, "re-dated", actor_id=by.id, actor=by.name,
                     old={"due": old}, new={"due": due.isoformat() if due else None})  # fmt: skip
    return action_view(action, today)


def add_note(
    session: Session,
    board_id: int,
    number: int,
    text: str,
    *,
    by: Person,
    today: dt.date,
    for_member: Person | None = None,
) -> ActionView:
    """An update on progress, kept in the action's history; ``for_member`` is the member whose news the writer
    passes on ("update on A-22 from Jo: …"), kept beside the writer's name."""
    note = " ".join(text.split())
    guard(note)
    if not note:
        raise InvalidInput("The update is empty.")
    if len(note) > MAX_TASK_LENGTH:
        raise InvalidInput(f"Please keep an update under {MAX_TASK_LENGTH} characters.")
    action = find_action(session, board_id, number)
    if not _may_change(action, by):
        raise NotAllowed(f"Only the owners of {action.ref}, the business manager or the chair can add updates.")
    source = {"for": for_member.name} if for_member is not None and for_member.id != by.id else {}
    record_event(session, board_id, "action", action.id, "update", actor_id=by.id, actor=by.name,
                 new={"note": note, **source})  # fmt: skip
    return action_view(action, today)


def reassign(
    session: Session, board_id: int, number: int, owners: Sequence[Owner], *, by: Person, today: dt.date
) -> ActionView:
    """Give an action new owners: its current owners, the manager or the chair may; the old shares are dropped."""
    action = find_action(session, board_id, number)
    if not _may_change(action, by, whole=True) and action.assignments:
        raise NotAllowed(f"Only the owners of {action.ref}, the business manager or the chair can reassign it.")
    if not owners:
        raise InvalidInput("Who should own it instead?")
    old = [a.owner_name for a in action.assignments if a.status is AssignmentStatus.OPEN]
    for assignment in action.assignments:
        if assignment.status is AssignmentStatus.OPEN:
            assignment.status = AssignmentStatus.DROPPED
    for assignment in _assignments(session, board_id, owners, action.text):
        action.assignments.append(assignment)
    session.flush()
    record_event(session, board_id, "action", action.id, "reassigned", actor_id=by.id, actor=by.name,
                 old={"owners": old}, new={"owners": [o.name for o in owners]})  # fmt: skip
    return action_view(action, today)


def drop_action(session: Session, board_id: int, number: int, reason: str, *, by: Person, today: dt.date) -> ActionView:
    """Drop an action with a reason (its owners, the manager or the chair): every open share becomes dropped,
    and the reason is kept in the event log, where the history and the tracker report read it."""
    action = find_action(session, board_id, number)
    if not _may_change(action, by, whole=True):
        raise NotAllowed(f"Only the owners of {action.ref}, the business manager or the chair can drop it.")
    why = " ".join(reason.split())
    guard(why)
    if not why:
        raise InvalidInput(f"Why is {action.ref} being dropped? Please give the reason; it stays in the action's "
                           "history.")  # fmt: skip
    if len(why) > MAX_TASK_LENGTH:
        raise InvalidInput(f"Please keep the reason under {MAX_TASK_LENGTH} characters.")
    if not action.assignments:
        raise InvalidInput(f"{action.ref} has no owner yet, so there is nothing to drop; give it an owner first.")
    shares = [a for a in action.assignments if a.status is AssignmentStatus.OPEN]
    if not shares:
        raise InvalidInput(f"{action.ref} is already {action_view(action, today).status}, so it cannot be dropped.")
    old = {a.id: a.status.value for a in shares}
    for assignment in shares:
        assignment.status = AssignmentStatus.DROPPED
        assignment.updated_at = utcnow()
    session.flush()
    record_event(session, board_id, "action", action.id, "dropped", actor_id=by.id, actor=by.name,
                 old={"assignments": old}, new={"reason": why})  # fmt: skip
    return action_view(action, today)
