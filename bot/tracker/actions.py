"""Actions and their owners: recording, listing what someone owes, and closing them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

from rapidfuzz import fuzz
from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Date,
    Integer,
    Select,
    and_,
    bindparam,
    case,
    func,
    or_,
    select,
    true,
    union,
    update,
)
from sqlalchemy.orm import QueryableAttribute, Session, selectinload
from sqlalchemy.sql.elements import BindParameter

from bot.directory import MANAGERS, Directory, Person
from bot.errors import InvalidInput, NotAllowed, NotFound
from bot.events import record_event
from bot.replies import ActionView
from bot.understanding.interpretation import Owner
from bot.understanding.privacy import guard
from store.models import (
    Action,
    Agency,
    Assignment,
    AssignmentStatus,
    Board,
    Group,
    GroupKind,
    GroupMembership,
    Member,
    utcnow,
)

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
    for assignment in _assignments(session, board_id, new.owners):
        action.assignments.append(assignment)
    session.flush()
    record_event(
        session, board_id, "action", action.id, "recorded",
        actor_id=by.id if by else None, actor=by.name if by else None,
        new={"ref": action.ref, "text": task, "due": new.due.isoformat() if new.due else None, "asap": new.asap,
             "owners": [o.name for o in new.owners]},
    )  # fmt: skip
    return action


def _assignments(session: Session, board_id: int, owners: Iterable[Owner]) -> list[Assignment]:
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
            result.append(Assignment(agency_id=owner.id))
        elif owner.kind == "group" and owner.id is not None:
            people = group_member_ids(session, board_id, owner.id)
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


def group_member_ids(session: Session, board_id: int, group_id: int) -> list[int]:
    """Who a group means today: every active member, the sub-group chairs, or a sub-group's members."""
    group = session.get(Group, group_id)
    if group is None or group.board_id != board_id:
        raise NotFound("That group is not on this board.")
    active = and_(Member.board_id == board_id, Member.active.is_(True), Member.on_board.is_(True))
    if group.kind is GroupKind.ALL_MEMBERS:
        query = select(Member.id).where(active)
    elif group.kind is GroupKind.SUB_GROUP_CHAIRS:
        query = select(Member.id).join(Group, Group.chair_id == Member.id).where(active, Group.board_id == board_id)
    else:
        query = (
            select(Member.id)
            .join(GroupMembership, GroupMembership.member_id == Member.id)
            .where(active, GroupMembership.group_id == group_id)
        )
    return sorted(set(session.scalars(query)))


# Listing --------------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ActionPage:
    """One page of a listing, and the counts for the whole of it."""

    views: tuple[ActionView, ...]
    total: int
    overdue: int
    offset: int = 0


def open_actions(
    session: Session,
    board_id: int,
    *,
    owners: Sequence[Owner] = (),
    directory: Directory | None = None,
    overdue_only: bool = False,
    today: dt.date,
    include_closed: bool = False,
) -> list[ActionView]:
    """Every open action owed by the owners (all when none), overdue first, then by due date."""
    found = owed_page(session, board_id, owners=owners, directory=directory, overdue_only=overdue_only, today=today,
                      include_closed=include_closed)  # fmt: skip
    return list(found.views)


def owed_page(
    session: Session,
    board_id: int,
    *,
    owners: Sequence[Owner] = (),
    directory: Directory | None = None,
    overdue_only: bool = False,
    today: dt.date,
    offset: int = 0,
    limit: int | None = None,
    include_closed: bool = False,
) -> ActionPage:
    """A page of the actions owed by the owners (all when none), overdue first, then by due date.

    One statement whatever the board's size: the page's actions, a row per owner, each with the counts for the
    whole listing (a second one only for an empty listing or a page past its end).
    """
    shape, params = _shape(owners, directory)
    statements = _listing(shape, overdue_only, include_closed, limit is not None)
    params |= {"board_id": board_id, "today": today}
    if limit is not None:
        params |= {"offset": offset, "limit": limit}
    rows = session.execute(statements.page, params).all()
    if not rows:
        total = session.scalar(statements.total, params) or 0
        if not total or not offset:
            return ActionPage((), 0, 0)
        last = (total - 1) // limit * limit if limit else 0  # a page that no longer exists (actions closed since)
        return owed_page(session, board_id, owners=owners, directory=directory, overdue_only=overdue_only,
                         today=today, offset=last, limit=limit, include_closed=include_closed)  # fmt: skip
    views: list[ActionView] = []
    shares: list[Share] = []
    for i, row in enumerate(rows):
        share = share_from(row[7:])  # after the action's five columns and the two counts
        if share is not None:
            shares.append(share)
        if i + 1 == len(rows) or rows[i + 1].id != row.id:
            views.append(view_of(row.number, row.text, row.due, row.asap, shares, today))
            shares = []
    return ActionPage(tuple(views), int(rows[0].total), int(rows[0].overdue or 0), offset)


_Shape = tuple[tuple[str, bool], ...]  # per owner: its kind, and for a member whether they have an agency


def _shape(owners: Sequence[Owner], directory: Directory | None) -> tuple[_Shape, dict[str, object]]:
    """What a listing's statement depends on, and the values to bind in it."""
    shape: list[tuple[str, bool]] = []
    params: dict[str, object] = {}
    for i, owner in enumerate(owners):
        if owner.id is None or owner.kind not in ("member", "agency", "group"):
            shape.append(("name", False))
            params[f"owner{i}"] = owner.name
            continue
        person = directory.member(owner.id) if directory and owner.kind == "member" else None
        agency_id = person.agency_id if person else None
        shape.append((owner.kind, agency_id is not None))
        params[f"owner{i}"] = owner.id
        if agency_id is not None:
            params[f"agency{i}"] = agency_id
    return tuple(shape), params


class _Statements(NamedTuple):
    page: Select[Any]
    total: Select[Any]


@lru_cache(maxsize=64)
def _listing(shape: _Shape, overdue_only: bool, include_closed: bool, paged: bool) -> _Statements:
    """A listing's statements, built once per shape with bound parameters: building them costs more than
    running them.

    The ids owed are found once (a common table expression used twice); the counts and the page are read
    from them, and the page is joined to its owners. Window functions for the counts took twice as long on
    SQLite (bench/growth.py)."""
    wanted: list[ColumnElement[bool]] = [] if include_closed else [Assignment.status == AssignmentStatus.OPEN]
    board = Action.board_id == bindparam("board_id", type_=Integer)
    owed_ids: Select[Any] | CompoundSelect[Any]
    if shape:
        owed_ids = union(*(ids for i, (kind, agency) in enumerate(shape) for ids in _owed_by(kind, agency, i, wanted)))
    else:  # the whole board; unowned actions count as open: the manager must see them on the tracker
        owed_ids = select(Action.id.label("action_id")).where(
            board, or_(Action.id.in_(select(Assignment.action_id).where(*wanted)),
                       ~Action.id.in_(select(Assignment.action_id))),
        )  # fmt: skip
    owed = owed_ids.cte("owed")  # used twice, so both databases compute it once
    today = bindparam("today", type_=Date)
    where = [board]
    if overdue_only:
        where.append(Action.due < today)
    late = case((Action.due < today, 1), else_=0)
    counts = (
        select(func.count().label("total"), func.coalesce(func.sum(late), 0).label("overdue"))
        .select_from(Action)
        .join(owed, owed.c.action_id == Action.id)
        .where(*where)
        .cte("counts")
    )
    ordered = (
        select(Action.id, Action.number, Action.text, Action.due, Action.asap)
        .join(owed, owed.c.action_id == Action.id)
        .where(*where)
        .order_by(Action.due.is_(None), Action.due, Action.number)
    )
    if paged:
        ordered = ordered.offset(bindparam("offset", type_=Integer)).limit(bindparam("limit", type_=Integer))
    page = ordered.subquery("page")
    # Plain rows, not ORM objects: a member can owe hundreds of actions, and this runs on every request.
    rows = with_shares(select(page, counts.c.total, counts.c.overdue).select_from(page).join(counts, true()), page.c.id)
    rows = rows.order_by(page.c.due.is_(None), page.c.due, page.c.number, Assignment.id)
    return _Statements(rows, select(counts.c.total))


def _owed_by(kind: str, has_agency: bool, i: int, status: Sequence[ColumnElement[bool]]) -> list[Select[int]]:
    """The ids of the actions owner ``i`` answers for: for a member, their own shares, their agency's, and those
    held by one of their groups as a whole. Separate selects, so that each can use an index."""
    owner: BindParameter[Any] = bindparam(f"owner{i}")

    def ids(*where: ColumnElement[bool]) -> Select[int]:
        return select(Assignment.action_id).where(*where, *status)

    if kind == "member":
        found = [ids(Assignment.member_id == owner)]
        if has_agency:
            found.append(ids(Assignment.agency_id == bindparam(f"agency{i}")))
        groups = select(GroupMembership.group_id).where(GroupMembership.member_id == owner)
        found.append(ids(Assignment.group_id.in_(groups), Assignment.member_id.is_(None)))
        return found
    if kind == "agency":
        members = select(Member.id).where(Member.agency_id == owner)
        return [ids(Assignment.agency_id == owner), ids(Assignment.member_id.in_(members))]
    if kind == "group":
        return [ids(Assignment.group_id == owner)]
    return [ids(Assignment.external_name == owner)]


@dataclass(frozen=True, slots=True)
class Share:
    """One assignment as a view needs it."""

    status: AssignmentStatus
    member_id: int | None
    group_id: int | None
    name: str  # the member, agency or outsider; the group itself for a share held by a whole group
    group: str | None


SHARE_COLUMNS = (Assignment.status, Assignment.member_id, Assignment.group_id, Member.name, Agency.name, Group.name,
                 Assignment.external_name)  # fmt: skip


def with_shares(
    query: Select[*tuple[Any, ...]], action_id: ColumnElement[int] | QueryableAttribute[int]
) -> Select[*tuple[Any, ...]]:
    """``query`` with a row per assignment of the action ``action_id`` names, its SHARE_COLUMNS added (all None
    for an action without assignments): plain rows for ``share_from``, no ORM objects."""
    return (
        query.add_columns(*SHARE_COLUMNS)
        .outerjoin(Assignment, Assignment.action_id == action_id)
        .outerjoin(Member, Member.id == Assignment.member_id)
        .outerjoin(Agency, Agency.id == Assignment.agency_id)
        .outerjoin(Group, Group.id == Assignment.group_id)
    )


def share_from(columns: Sequence[Any]) -> Share | None:
    """The share a row's SHARE_COLUMNS describe (None when the action has none), named as ``action_view`` names
    it: the member, agency or outsider, or the group itself for a share held by a whole group."""
    status, member_id, group_id, member, agency, group, outsider = columns
    if status is None:
        return None
    name = group if member_id is None and group is not None else member or agency or outsider or "?"
    return Share(status, member_id, group_id, name, group)


def action_view(action: Action, today: dt.date) -> ActionView:
    """How an action reads (from ORM objects: one action, e.g. just recorded or closed)."""
    shares = [
        Share(a.status, a.member_id, a.group_id,
              a.group.name if a.group is not None and a.member_id is None else a.owner_name,
              a.group.name if a.group is not None else None)
        for a in action.assignments
    ]  # fmt: skip
    return view_of(action.number, action.text, action.due, action.asap, shares, today)


def view_of(
    number: int, text: str, due: dt.date | None, asap: bool, shares: Sequence[Share], today: dt.date
) -> ActionView:
    """Owners collapsed by group, with per-person progress for group actions; dropped shares left out."""
    owners: list[str] = []
    progress: list[str] = []
    by_group: dict[int, list[Share]] = {}
    live = [s for s in shares if s.status is not AssignmentStatus.DROPPED] or list(shares)
    for share in live:
        if share.group_id is not None and share.member_id is not None:
            by_group.setdefault(share.group_id, []).append(share)
        elif share.name not in owners:
            owners.append(share.name)
    for rows in by_group.values():
        group_name = rows[0].group or "group"
        owners.append(group_name)
        done = sum(r.status is AssignmentStatus.DONE for r in rows)
        progress.append(f"{group_name}: {done} of {len(rows)} done")
    statuses = {s.status for s in shares}
    if AssignmentStatus.OPEN in statuses or not statuses:
        status = "open"
    elif statuses == {AssignmentStatus.DROPPED}:
        status = "dropped"
    else:
        status = "done"
    overdue = status == "open" and due is not None and due < today
    return ActionView(f"A-{number}", text, tuple(owners), due, asap, status, overdue, "; ".join(progress) or None)


# Closing --------------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Completion:
    view: ActionView
    whole_action: bool  # False when only the writer's share of a group action closed


def find_action(session: Session, board_id: int, number: int) -> Action:
    action = session.scalar(
        select(Action)
        .where(Action.board_id == board_id, Action.number == number)
        .options(selectinload(Action.assignments))
    )
    if action is None:
        raise NotFound(f"There is no action A-{number} on this board.")
    return action


def complete_action(
    session: Session,
    board_id: int,
    number: int,
    *,
    by: Person,
    today: dt.date,
    status: AssignmentStatus = AssignmentStatus.DONE,
) -> Completion:
    """Close the writer's share of an action; the manager and chair may close it for everyone."""
    action = find_action(session, board_id, number)
    if not action.assignments:
        raise InvalidInput(f"{action.ref} has no owner yet, so there is nothing to close; the business manager "
                           "can give it an owner (or record it again with one).")  # fmt: skip
    mine = [a for a in action.assignments if _answers_for(a, by) and a.status is AssignmentStatus.OPEN]
    if not mine and by.role in MANAGERS:
        mine = [a for a in action.assignments if a.status is AssignmentStatus.OPEN]
    if not mine:
        if any(_answers_for(a, by) for a in action.assignments) or all(
            a.status is not AssignmentStatus.OPEN for a in action.assignments
        ):
            return Completion(action_view(action, today), whole_action=True)
        owners = ", ".join(action_view(action, today).owners) or "nobody yet"
        raise NotAllowed(
            f"{action.ref} belongs to {owners}. Only its owners, the business manager or the chair can close it."
        )
    old = {a.id: a.status.value for a in mine}
    for assignment in mine:
        assignment.status = status
        assignment.updated_at = utcnow()
    session.flush()
    record_event(
        session, board_id, "action", action.id, status.value, actor_id=by.id, actor=by.name,
        old={"assignments": old}, new={"assignments": {a.id: status.value for a in mine}},
    )  # fmt: skip
    whole = all(a.status is not AssignmentStatus.OPEN for a in action.assignments)
    return Completion(action_view(action, today), whole)


def _answers_for(assignment: Assignment, person: Person) -> bool:
    if assignment.member_id is not None:
        return assignment.member_id == person.id
    return assignment.agency_id is not None and assignment.agency_id == person.agency_id


def match_open_action(
    session: Session, board_id: int, text: str, *, by: Person, directory: Directory, today: dt.date
) -> list[ActionView]:
    """The writer's open actions that a sentence like "I've circulated the presentation" may mean, best first."""
    owner = Owner("member", by.name, by.id)
    candidates = open_actions(session, board_id, owners=[owner], directory=directory, today=today)
    scored = sorted(
        ((fuzz.token_set_ratio(text.lower(), view.text.lower()), view) for view in candidates),
        key=lambda item: -item[0],
    )
    good = [(score, view) for score, view in scored if score >= 55]
    if not good:
        return []
    if len(good) == 1 or good[0][0] - good[1][0] >= 15:
        return [good[0][1]]
    return [view for score, view in good[:5] if score >= good[0][0] - 15]


def _may_change(action: Action, by: Person) -> bool:
    """Owners change their own actions; the manager and chair change any."""
    return by.role in MANAGERS or any(_answers_for(a, by) for a in action.assignments)


def change_due(
    session: Session, board_id: int, number: int, due: dt.date | None, *, by: Person, today: dt.date
) -> ActionView:
    """Re-date an action (its owners, the manager or the chair)."""
    action = find_action(session, board_id, number)
    if not _may_change(action, by):
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


def add_note(session: Session, board_id: int, number: int, text: str, *, by: Person, today: dt.date) -> ActionView:
    """An update on progress, kept in the action's history."""
    note = " ".join(text.split())
    guard(note)
    if not note:
        raise InvalidInput("The update is empty.")
    if len(note) > MAX_TASK_LENGTH:
        raise InvalidInput(f"Please keep an update under {MAX_TASK_LENGTH} characters.")
    action = find_action(session, board_id, number)
    if not _may_change(action, by):
        raise NotAllowed(f"Only the owners of {action.ref}, the business manager or the chair can add updates.")
    record_event(session, board_id, "action", action.id, "update", actor_id=by.id, actor=by.name, new={"note": note})
    return action_view(action, today)


def show_action(session: Session, board_id: int, number: int, today: dt.date) -> ActionView:
    return action_view(find_action(session, board_id, number), today)


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    at: dt.datetime
    who: str | None
    change: str
    old: dict[str, object] | None
    new: dict[str, object] | None


def history(session: Session, board_id: int, number: int) -> tuple[ActionView, list[HistoryEntry]]:
    """An action's life from the event log: recorded, re-dated, updates, done (for `dscb history A-12`)."""
    from store.models import Event

    action = find_action(session, board_id, number)
    events = session.scalars(
        select(Event)
        .where(Event.board_id == board_id, Event.entity == "action", Event.entity_id == action.id)
        .order_by(Event.at, Event.id)
    )
    entries = [HistoryEntry(e.at, e.actor, e.change, e.old, e.new) for e in events]
    return action_view(action, dt.date.today()), entries


def reassign(
    session: Session, board_id: int, number: int, owners: Sequence[Owner], *, by: Person, today: dt.date
) -> ActionView:
    """Give an action new owners: its current owners, the manager or the chair may; the old shares are dropped."""
    action = find_action(session, board_id, number)
    if not _may_change(action, by) and action.assignments:
        raise NotAllowed(f"Only the owners of {action.ref}, the business manager or the chair can reassign it.")
    if not owners:
        raise InvalidInput("Who should own it instead?")
    old = [a.owner_name for a in action.assignments if a.status is AssignmentStatus.OPEN]
    for assignment in action.assignments:
        if assignment.status is AssignmentStatus.OPEN:
            assignment.status = AssignmentStatus.DROPPED
    for assignment in _assignments(session, board_id, owners):
        action.assignments.append(assignment)
    session.flush()
    record_event(session, board_id, "action", action.id, "reassigned", actor_id=by.id, actor=by.name,
                 old={"owners": old}, new={"owners": [o.name for o in owners]})  # fmt: skip
    return action_view(action, today)
