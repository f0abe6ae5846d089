"""Reading actions: the paged listings of what owners owe, how an action reads, looking one up, and its history.

Listings are read as plain rows (``with_shares``, ``share_from``) in one statement per page; ``view_of`` and
``action_view`` turn an action and its shares into the ``ActionView`` replies show.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
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
    String,
    bindparam,
    case,
    func,
    or_,
    select,
    true,
    union,
)
from sqlalchemy.orm import QueryableAttribute, Session, aliased, object_session, selectinload
from sqlalchemy.sql.elements import BindParameter

from bot.directory import Directory, Person, department_name
from bot.errors import NotFound
from bot.replies import ActionView
from bot.understanding.interpretation import Owner
from store.models import Action, Agency, Assignment, AssignmentStatus, Event, Group, GroupMembership, Member


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


_Shape = tuple[tuple[str, bool], ...]  # per owner: its kind, and whether it has an agency (a member) or is one
# department of its agency (an agency)


def _shape(owners: Sequence[Owner], directory: Directory | None) -> tuple[_Shape, dict[str, object]]:
    """What a listing's statement depends on, and the values to bind in it."""
    shape: list[tuple[str, bool]] = []
    params: dict[str, object] = {}
    for i, owner in enumerate(owners):
        if owner.id is None or owner.kind not in ("member", "agency", "group"):
            shape.append(("name", False))
            params[f"owner{i}"] = owner.name
            continue
        params[f"owner{i}"] = owner.id
        if owner.kind == "agency":
            shape.append(("agency", owner.department is not None))
            params[f"department{i}"] = owner.department
            continue
        person = directory.member(owner.id) if directory and owner.kind == "member" else None
        agency_id = person.agency_id if person else None
        shape.append((owner.kind, agency_id is not None))
        if person is not None and agency_id is not None:
            params[f"agency{i}"] = agency_id
            params[f"department{i}"] = person.department
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
    if shape:  # each action once, however many of its shares the owners hold (a group's: one per member)
        parts = [ids for i, (kind, narrowed) in enumerate(shape) for ids in _owed_by(kind, narrowed, i, wanted)]
        owed_ids = union(*parts) if len(parts) > 1 else parts[0].distinct()
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


def _owed_by(kind: str, narrowed: bool, i: int, status: Sequence[ColumnElement[bool]]) -> list[Select[int]]:
    """The ids of the actions owner ``i`` answers for: for a member, their own shares, their agency's (the whole
    agency's or their own department's), and those held by one of their groups as a whole; for one department of
    an agency (``narrowed``), that department's and its members'. Separate selects, so that each can use an
    index."""
    owner: BindParameter[Any] = bindparam(f"owner{i}")
    department: BindParameter[Any] = bindparam(f"department{i}", type_=String)

    def ids(*where: ColumnElement[bool]) -> Select[int]:
        return select(Assignment.action_id).where(*where, *status)

    if kind == "member":
        found = [ids(Assignment.member_id == owner)]
        if narrowed:  # the member has an agency
            ours = or_(Assignment.department.is_(None), Assignment.department == department)
            found.append(ids(Assignment.agency_id == bindparam(f"agency{i}"), ours))
        groups = select(GroupMembership.group_id).where(GroupMembership.member_id == owner)
        found.append(ids(Assignment.group_id.in_(groups), Assignment.member_id.is_(None)))
        return found
    if kind == "agency" and narrowed:
        members = select(Member.id).where(Member.agency_id == owner, Member.department == department)
        return [ids(Assignment.agency_id == owner, Assignment.department == department),
                ids(Assignment.member_id.in_(members))]  # fmt: skip
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
    current: tuple[str, ...] | None = None  # a dropped share's: the owners the action was last reassigned to


def _latest_event(changes: tuple[str, ...], value: Any) -> Any:
    """The ``value`` of the share's action's latest event of one of ``changes``, for dropped shares only (an index
    lookup per dropped share; open and done shares never run it). Correlated with the outer query's assignment."""
    action = aliased(Action)
    board = select(action.board_id).where(action.id == Assignment.action_id).correlate(Assignment).scalar_subquery()
    latest = (
        select(value)
        .where(Event.board_id == board, Event.entity == "action", Event.entity_id == Assignment.action_id,
               Event.change.in_(changes))
        .order_by(Event.id.desc())
        .limit(1)
        .correlate(Assignment)
        .scalar_subquery()
    )  # fmt: skip
    return case((Assignment.status == AssignmentStatus.DROPPED, latest), else_=None)


SHARE_COLUMNS = (Assignment.status, Assignment.member_id, Assignment.group_id, Member.name, Agency.name,
                 Assignment.department, Group.name, Assignment.external_name,
                 _latest_event(("reassigned",), Event.new))  # fmt: skip


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
    status, member_id, group_id, member, agency, department, group, outsider, reassigned = columns
    if status is None:
        return None
    agency = department_name(agency, department) if agency else agency
    name = group if member_id is None and group is not None else member or agency or outsider or "?"
    return Share(status, member_id, group_id, name, group, _owner_names(reassigned))


def _owner_names(event_new: Any) -> tuple[str, ...] | None:
    """The owners a "reassigned" event's ``new`` names (None when there is none)."""
    if not isinstance(event_new, dict) or not isinstance(event_new.get("owners"), list):
        return None
    return tuple(str(name) for name in event_new["owners"])


def current_shares(shares: Sequence[Share]) -> list[Share]:
    """The shares of an action's current owners: after a reassign, those of the owners it was reassigned to, even
    when it was dropped or done since (those not dropped when they cannot be told apart); else all of them."""
    current = next((s.current for s in shares if s.current is not None), None)
    if current is None:
        return list(shares)
    wanted = set(current)
    mine = [s for s in shares if (s.group if s.group_id is not None and s.group else s.name) in wanted]
    return mine or [s for s in shares if s.status is not AssignmentStatus.DROPPED] or list(shares)


def closed_status(current: Sequence[Share]) -> str:
    """'open' while a current owner's share is open (or there is no owner yet); 'dropped' when every current share
    was dropped; else 'done' (some parts done, the rest dropped)."""
    statuses = {s.status for s in current}
    if not statuses or AssignmentStatus.OPEN in statuses:
        return "open"
    return "dropped" if statuses == {AssignmentStatus.DROPPED} else "done"


def action_view(action: Action, today: dt.date) -> ActionView:
    """How an action reads (from ORM objects: one action, e.g. just recorded or closed)."""
    current: tuple[str, ...] | None = None
    session = object_session(action)
    if session is not None and any(a.status is AssignmentStatus.DROPPED for a in action.assignments):
        reassigned = session.scalar(
            select(Event.new)
            .where(Event.board_id == action.board_id, Event.entity == "action", Event.entity_id == action.id,
                   Event.change == "reassigned")
            .order_by(Event.id.desc())
            .limit(1)
        )  # fmt: skip
        current = _owner_names(reassigned)
    shares = [
        Share(a.status, a.member_id, a.group_id,
              a.group.name if a.group is not None and a.member_id is None else a.owner_name,
              a.group.name if a.group is not None else None,
              current if a.status is AssignmentStatus.DROPPED else None)
        for a in action.assignments
    ]  # fmt: skip
    return view_of(action.number, action.text, action.due, action.asap, shares, today)


def view_of(
    number: int, text: str, due: dt.date | None, asap: bool, shares: Sequence[Share], today: dt.date
) -> ActionView:
    """The current owners (``current_shares``) collapsed by group, with per-person progress for group actions
    (dropped shares not counted)."""
    owners: list[str] = []
    progress: list[str] = []
    by_group: dict[int, list[Share]] = {}
    live = current_shares(shares)
    for share in live:
        if share.group_id is not None and share.member_id is not None:
            by_group.setdefault(share.group_id, []).append(share)
        elif share.name not in owners:
            owners.append(share.name)
    for rows in by_group.values():
        group_name = rows[0].group or "group"
        owners.append(group_name)
        counted = [r for r in rows if r.status is not AssignmentStatus.DROPPED] or rows  # members who left
        done = sum(r.status is AssignmentStatus.DONE for r in counted)
        progress.append(f"{group_name}: {done} of {len(counted)} done")
    status = closed_status(live)
    overdue = status == "open" and due is not None and due < today
    return ActionView(f"A-{number}", text, tuple(owners), due, asap, status, overdue, "; ".join(progress) or None)


# Looking up -----------------------------------------------------------------------------------------------
def find_action(session: Session, board_id: int, number: int) -> Action:
    action = session.scalar(
        select(Action)
        .where(Action.board_id == board_id, Action.number == number)
        .options(selectinload(Action.assignments))
    )
    if action is None:
        raise NotFound(f"There is no action A-{number} on this board.")
    return action


def match_open_action(
    session: Session, board_id: int, text: str, *, by: Person, directory: Directory, today: dt.date
) -> list[ActionView]:
    """The writer's open actions that a sentence like "I've circulated the presentation" may mean, best first."""
    owner = Owner("member", by.name, by.id)
    return _best_matches(text, open_actions(session, board_id, owners=[owner], directory=directory, today=today))


def match_described_action(
    session: Session, board_id: int, text: str, *, directory: Directory, today: dt.date
) -> list[ActionView]:
    """The board's open actions that a description ("the escalation policy action") may mean, best first."""
    return _best_matches(text, open_actions(session, board_id, directory=directory, today=today))


def _best_matches(text: str, candidates: list[ActionView]) -> list[ActionView]:
    """The actions whose text the words fit best: one when it stands out, else up to five close ones."""
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


def show_action(session: Session, board_id: int, number: int, today: dt.date) -> ActionView:
    return action_view(find_action(session, board_id, number), today)


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    at: dt.datetime
    who: str | None
    change: str
    old: dict[str, object] | None
    new: dict[str, object] | None


def history(session: Session, board_id: int, number: int, today: dt.date) -> tuple[ActionView, list[HistoryEntry]]:
    """An action's life from the event log: recorded, re-dated, updates, done; whether it is overdue is judged on
    ``today`` (the conversation's clock)."""
    from store.models import Event

    action = find_action(session, board_id, number)
    events = session.scalars(
        select(Event)
        .where(Event.board_id == board_id, Event.entity == "action", Event.entity_id == action.id)
        .order_by(Event.at, Event.id)
    )
    entries = [HistoryEntry(e.at, e.actor, e.change, e.old, e.new) for e in events]
    return action_view(action, today), entries
