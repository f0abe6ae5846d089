"""Groups: who a group means today, defining sub-groups and their members, and keeping group actions shared with
the group's current members.

A group action is one share per member (``Assignment.member_id`` with ``group_id``), or one share held by the group
as a whole while it has nobody in it. When a group's members change (``dscb group members``, a roster import with a
``groups`` column, a member who leaves), ``sync_group_shares`` brings every open group action up to date: members
who joined get an open share, members who left lose their open share (their done ones stay, as history). The
person something is returned or sent to is never given a share ("all members to return the form to Martine").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, delete, select
from sqlalchemy.orm import Session, selectinload

from bot.directory import Person
from bot.errors import InvalidInput, NotFound
from bot.events import record_event
from bot.tracker.boards import bump_roster_version
from bot.understanding.text import fold
from store.models import Action, Assignment, AssignmentStatus, Group, GroupKind, GroupMembership, Member

# "return ... to Martine McFadden", "send it to martine.mcfadden@dudley.gov.uk": who something goes to.
RECIPIENT = re.compile(
    r"\b(?i:return(?:ed|ing)?|submit(?:ted|ting)?|sen[dt]|sending|forward(?:ed|ing)?|e-?mail(?:ed)?|pass(?:ed)?"
    r"|give|given|report(?:ed)?|circulated?|copy|copied|provide[d]?)\b[^.;:\n]{0,80}?\bto\s+"
    r"(?P<who>[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:[A-Z][\w'’-]*\.?\s?){1,4})"
)
BUILT_IN = (GroupKind.ALL_MEMBERS, GroupKind.SUB_GROUP_CHAIRS)
MAX_GROUP_NAME = 200


# Who a group means -------------------------------------------------------------------------------------------
def group_member_ids(session: Session, board_id: int, group_id: int) -> list[int]:
    """Who a group means today: every active member, the sub-group chairs, or a sub-group's members."""
    group = session.get(Group, group_id)
    if group is None or group.board_id != board_id:
        raise NotFound("That group is not on this board.")
    return sorted(_current_members(session, board_id, [group])[group.id])


def _current_members(session: Session, board_id: int, groups: Sequence[Group]) -> dict[int, set[int]]:
    """Each group's current members, in three statements whatever the number of groups."""
    active = and_(Member.board_id == board_id, Member.active.is_(True), Member.on_board.is_(True))
    result: dict[int, set[int]] = {g.id: set() for g in groups}
    kinds = {g.kind for g in groups}
    if GroupKind.ALL_MEMBERS in kinds:
        everyone = set(session.scalars(select(Member.id).where(active)))
        for g in groups:
            if g.kind is GroupKind.ALL_MEMBERS:
                result[g.id] = set(everyone)
    if GroupKind.SUB_GROUP_CHAIRS in kinds:
        chairs = set(
            session.scalars(
                select(Member.id).join(Group, Group.chair_id == Member.id).where(active, Group.board_id == board_id)
            )
        )
        for g in groups:
            if g.kind is GroupKind.SUB_GROUP_CHAIRS:
                result[g.id] = set(chairs)
    sub = [g.id for g in groups if g.kind not in BUILT_IN]
    if sub:
        for group_id, member_id in session.execute(
            select(GroupMembership.group_id, GroupMembership.member_id)
            .join(Member, Member.id == GroupMembership.member_id)
            .where(active, GroupMembership.group_id.in_(sub))
        ):
            result[group_id].add(member_id)
    return result


def recipients_in(text: str) -> list[str]:
    """The people a task says something goes *to*, as written ("Martine McFadden", "martine mcfadden")."""
    found = []
    for match in RECIPIENT.finditer(text):
        written = match["who"].strip(" .")
        if "@" in written:
            written = re.sub(r"[._-]+", " ", written.split("@")[0])
        found.append(written)
    return found


def not_sharing(
    session: Session, board_id: int, text: str, candidates: Iterable[int], people: Sequence[Any] | None = None
) -> set[int]:
    """Of ``candidates`` (members a group action would reach), those the task says it goes *to*: a full name or
    alias, an email's name part, or a first name no other active member has. ``people``: ``_people``, when
    already read."""
    written = [fold(w) for w in recipients_in(text)]
    wanted = set(candidates)
    if not written or not wanted:
        return set()
    if people is None:
        people = _people(session, board_id)
    first_names: dict[str, list[int]] = defaultdict(list)
    for member_id, name, _ in people:
        first_names[fold(name).split()[0]].append(member_id)
    excluded: set[int] = set()
    for member_id, name, aliases in people:
        if member_id not in wanted:
            continue
        keys = [fold(n) for n in (name, *(aliases or ()))]
        first = fold(name).split()[0]
        for phrase in written:
            named = any(phrase == k or phrase.startswith(k + " ") for k in keys)
            if named or (phrase == first and len(first_names[first]) == 1):  # or "return it to Martine"
                excluded.add(member_id)
    return excluded


def _people(session: Session, board_id: int) -> Sequence[Any]:
    """The active members' ids, names and aliases."""
    return session.execute(
        select(Member.id, Member.name, Member.aliases).where(
            Member.board_id == board_id, Member.active.is_(True), Member.on_board.is_(True)
        )
    ).all()


# Finding, defining, listing ----------------------------------------------------------------------------------
def find_group(session: Session, board_id: int, written: str) -> Group:
    """The group a name means: its name or an alias, with or without "the" and "group"; NotFound lists them."""
    key = _key(written)
    groups = list(session.scalars(select(Group).where(Group.board_id == board_id).order_by(Group.name)))
    for group in groups:
        if key in {_key(n) for n in (group.name, *(group.aliases or ()))}:
            return group
    names = ", ".join(g.name for g in groups)
    raise NotFound(f"There is no group called {written!r}; the groups are: {names}. Add one with `dscb group add`.")


def _key(written: str) -> str:
    key = fold(written).replace(" and ", " & ")
    key = re.sub(r"^the\s+", "", key)
    key = re.sub(r"\s+(?:sub[- ]?group|group)$", "", key) or key
    return " ".join(key.split())


def add_group(
    session: Session, board_id: int, name: str, *, aliases: Sequence[str] = (), actor: str | None = None
) -> Group:
    """A new sub-group; a name (or alias) another group already answers to is refused."""
    name = " ".join(name.split())
    if not name or len(name) > MAX_GROUP_NAME or not re.search(r"[^\W_]", name):
        raise InvalidInput(f"{name[:40]!r} is not a group name.")
    wanted = [" ".join(a.split()) for a in aliases if a.strip()]
    for written in (name, *wanted):
        try:
            existing = find_group(session, board_id, written)
        except NotFound:
            continue
        raise InvalidInput(f"{written!r} is already the group {existing.name!r}.")
    group = Group(board_id=board_id, name=name, kind=GroupKind.SUB_GROUP, aliases=sorted(set(wanted)))
    session.add(group)
    session.flush()
    record_event(session, board_id, "group", group.id, "created", actor=actor, new={"name": name, "aliases": wanted})
    bump_roster_version(session, board_id)
    return group


@dataclass(frozen=True, slots=True)
class GroupListing:
    """A group as `dscb group list` shows it."""

    name: str
    kind: str
    aliases: tuple[str, ...]
    chair: str | None
    members: tuple[str, ...]


def list_groups(session: Session, board_id: int) -> list[GroupListing]:
    """Every group of the board with its chair and current members, by name."""
    groups = list(session.scalars(select(Group).where(Group.board_id == board_id).order_by(Group.name)))
    current = _current_members(session, board_id, groups)
    names = _member_names(session, board_id)
    return [
        GroupListing(
            g.name,
            g.kind.value,
            tuple(g.aliases or ()),
            names.get(g.chair_id) if g.chair_id is not None else None,
            tuple(sorted((names[m] for m in current[g.id]), key=str.casefold)),
        )
        for g in groups
    ]


# Changing members ------------------------------------------------------------------------------------------------
@dataclass
class MembersChange:
    """What a change to a group's members did, and what it did to open group actions."""

    group: str
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)  # already in (added) or not in (removed)
    chair: str | None = None
    chair_changed: bool = False
    shares: SharesChange | None = None


def _refuse_built_in(group: Group) -> None:
    if group.kind is GroupKind.ALL_MEMBERS:
        raise InvalidInput(f"{group.name!r} is everyone on the board: add or remove people with the roster "
                           "(`dscb roster import`).")  # fmt: skip
    if group.kind is GroupKind.SUB_GROUP_CHAIRS:
        raise InvalidInput(f"{group.name!r} is made of the sub-groups' chairs: set a chair with "
                           "`dscb group members GROUP --chair NAME`.")  # fmt: skip


def change_members(
    session: Session,
    board_id: int,
    group: Group,
    *,
    add: Sequence[Person] = (),
    remove: Sequence[Person] = (),
    chair: Person | None = None,
    actor: str | None = None,
) -> MembersChange:
    """Add and remove a sub-group's members (a chair is added as a member too), then share its open actions
    with its members as they are now. Removing the chair removes them as chair."""
    _refuse_built_in(group)
    change = MembersChange(group.name)
    inside = set(session.scalars(select(GroupMembership.member_id).where(GroupMembership.group_id == group.id)))
    both = {p.id for p in add} & {p.id for p in remove}
    if both or (chair is not None and chair.id in {p.id for p in remove}):
        raise InvalidInput("The same member cannot be both added to and removed from a group.")
    for person in [*add, *([chair] if chair is not None else [])]:
        if person.id in inside:
            if person in add and person.name not in change.unchanged:
                change.unchanged.append(person.name)
            continue
        session.add(GroupMembership(group_id=group.id, member_id=person.id))
        inside.add(person.id)
        change.added.append(person.name)
    for person in remove:
        if person.id not in inside:
            change.unchanged.append(person.name)
            continue
        session.execute(
            delete(GroupMembership).where(GroupMembership.group_id == group.id, GroupMembership.member_id == person.id)
        )
        inside.discard(person.id)
        change.removed.append(person.name)
        if group.chair_id == person.id:
            group.chair_id = None
            change.chair_changed = True
    if chair is not None and group.chair_id != chair.id:
        group.chair_id = chair.id
        change.chair_changed = True
    change.chair = _name(session, group.chair_id)
    if change.added or change.removed or change.chair_changed:
        session.flush()
        record_event(session, board_id, "group", group.id, "members", actor=actor,
                     new={"added": change.added, "removed": change.removed, "chair": change.chair})  # fmt: skip
        bump_roster_version(session, board_id)
        change.shares = sync_group_shares(session, board_id, actor=actor)
    return change


def _member_names(session: Session, board_id: int) -> dict[int, str]:
    return {i: n for i, n in session.execute(select(Member.id, Member.name).where(Member.board_id == board_id))}


def _name(session: Session, member_id: int | None) -> str | None:
    return session.scalar(select(Member.name).where(Member.id == member_id)) if member_id is not None else None


# Keeping group actions shared with the current members ----------------------------------------------------------
@dataclass
class SharesChange:
    """What ``sync_group_shares`` did: shares given to members who joined, and open shares taken from those who
    left, over how many actions."""

    given: int = 0
    taken: int = 0
    actions: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        if not self.actions:
            return "no open group action changed"
        n = len(self.actions)
        return f"{n} open group action{'s' if n != 1 else ''} updated ({self.given} shares given, {self.taken} taken)"


def sync_group_shares(session: Session, board_id: int, *, actor: str | None = None) -> SharesChange:
    """Share every open group action with its groups' current members: an open share for each member who has
    none (unless the task says it goes *to* them), no open share for anyone who is no longer in the group, and a
    share held by the group as a whole while it has nobody to share it with. A group's part of an action is open
    while one of its shares is; done and dropped shares are history and stay."""
    summary = SharesChange()
    open_parts = session.execute(
        select(Assignment.action_id, Assignment.group_id)
        .join(Action, Action.id == Assignment.action_id)
        .where(
            Action.board_id == board_id, Assignment.group_id.is_not(None), Assignment.status == AssignmentStatus.OPEN
        )
        .distinct()
    ).all()
    if not open_parts:
        return summary
    parts: dict[int, set[int]] = defaultdict(set)
    for action_id, group_id in open_parts:
        if group_id is not None:
            parts[action_id].add(group_id)
    groups = list(session.scalars(select(Group).where(Group.id.in_({g for _, g in open_parts}))))
    current = _current_members(session, board_id, groups)
    names = {g.id: g.name for g in groups}
    member_names = _member_names(session, board_id)
    people = _people(session, board_id)
    actions = session.scalars(
        select(Action).where(Action.id.in_(parts)).options(selectinload(Action.assignments)).order_by(Action.number)
    )
    for action in actions:
        open_groups = sorted(parts[action.id])
        reach = set().union(*(current[g] for g in open_groups))
        excluded = not_sharing(session, board_id, action.text, reach, people)
        given, taken = _sync_action(session, action, {g: current[g] - excluded for g in open_groups})
        if given or taken:
            summary.given += len(given)
            summary.taken += len(taken)
            summary.actions.append(action.ref)
            record_event(session, board_id, "action", action.id, "shared", actor=actor or "group change",
                         new={"groups": [names[g] for g in open_groups],
                              "added": [member_names.get(m, "?") for m in given],
                              "removed": [member_names.get(m, "?") if m else names[g] for m, g in taken]})  # fmt: skip
    session.flush()
    return summary


def _sync_action(
    session: Session, action: Action, wanted: dict[int, set[int]]
) -> tuple[list[int], list[tuple[int | None, int]]]:
    """One action's group shares brought to ``wanted`` (group -> the members to share with); returns the members
    given a share and the (member or None for the group's own share, group) shares taken."""
    given: list[int] = []
    taken: list[tuple[int | None, int]] = []
    for share in list(action.assignments):
        if share.status is not AssignmentStatus.OPEN or share.group_id not in wanted:
            continue
        if share.member_id is None:
            if wanted[share.group_id]:  # the group has people now: they hold it instead
                taken.append((None, share.group_id))
                action.assignments.remove(share)
            continue
        if share.member_id in wanted[share.group_id]:
            continue
        other = next((g for g, people in wanted.items() if share.member_id in people), None)
        if other is not None:  # left this group but is in another that owns the action: keep the share
            share.group_id = other
            continue
        taken.append((share.member_id, share.group_id))
        action.assignments.remove(share)
    # A member holds a share unless theirs were all dropped with an earlier set of owners (a reassignment).
    held = {
        a.member_id for a in action.assignments if a.member_id is not None and a.status is not AssignmentStatus.DROPPED
    }
    for group_id, people in wanted.items():
        dropped_here = {a.member_id for a in action.assignments if a.group_id == group_id and a.member_id is not None}
        for member_id in sorted(people - held - dropped_here):
            action.assignments.append(Assignment(member_id=member_id, group_id=group_id))
            held.add(member_id)
            given.append(member_id)
        has_open = any(a.group_id == group_id and a.status is AssignmentStatus.OPEN for a in action.assignments)
        if not people and not has_open and any(g == group_id for _, g in taken):
            action.assignments.append(Assignment(group_id=group_id))  # nobody left: the group holds it
    return given, taken


# The roster's groups column ---------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class RosterGroups:
    """One roster line's groups: ``groups`` it is a member of, ``chairs`` the ones it chairs (a member of too)."""

    line: int
    member_id: int
    member: str
    groups: tuple[str, ...]
    chairs: tuple[str, ...] = ()


@dataclass
class RosterGroupsSummary:
    created: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        parts = []
        if self.created:
            parts.append(f"new groups: {', '.join(self.created)}")
        if self.changed:
            parts.append(f"groups changed: {', '.join(self.changed)}")
        return "; ".join(parts)


def apply_roster_groups(
    session: Session, board_id: int, lines: Sequence[RosterGroups], *, actor: str | None = None
) -> RosterGroupsSummary:
    """Make each listed member's sub-groups and chairs exactly what their roster line says (a group the board
    does not have yet is created); members not listed are left as they are. Raises InvalidInput naming the line
    for a built-in group or a group given two chairs."""
    summary = RosterGroupsSummary()
    by_key: dict[str, Group] = {}
    for group in session.scalars(select(Group).where(Group.board_id == board_id).order_by(Group.id)):
        for written in (group.name, *(group.aliases or ())):
            by_key.setdefault(_key(written), group)
    wanted: dict[int, set[int]] = {}
    claimed: dict[int, RosterGroups] = {}
    for line in lines:
        ids: set[int] = set()
        for written in (*line.groups, *line.chairs):
            found = by_key.get(_key(written))
            if found is None:
                found = by_key[_key(written)] = add_group(session, board_id, written, actor=actor)
                summary.created.append(found.name)
            group = found
            if group.kind in BUILT_IN:
                raise InvalidInput(f"Line {line.line}: {written!r} is a built-in group ({group.kind.value}); it is "
                                   "worked out from the roster, so leave it out of the groups column.")  # fmt: skip
            ids.add(group.id)
            if written in line.chairs:
                other = claimed.get(group.id)
                if other is not None and other.member_id != line.member_id:
                    raise InvalidInput(f"Line {line.line}: {group.name} already has a chair, {other.member}, on "
                                       f"line {other.line}.")  # fmt: skip
                claimed[group.id] = line
        wanted[line.member_id] = ids
    groups = {g.id: g for g in session.scalars(select(Group).where(Group.board_id == board_id))}
    have: dict[int, set[int]] = defaultdict(set)
    for group_id, member_id in session.execute(
        select(GroupMembership.group_id, GroupMembership.member_id).where(
            GroupMembership.member_id.in_(wanted), GroupMembership.group_id.in_(groups)
        )
    ):
        have[member_id].add(group_id)
    changes: dict[int, dict[str, list[str]]] = defaultdict(lambda: {"added": [], "removed": []})
    names = {line.member_id: line.member for line in lines}
    for member_id, ids in wanted.items():
        for group_id in sorted(ids - have[member_id]):
            session.add(GroupMembership(group_id=group_id, member_id=member_id))
            changes[group_id]["added"].append(names[member_id])
        for group_id in sorted(have[member_id] - ids):
            if groups[group_id].kind in BUILT_IN:
                continue
            session.execute(
                delete(GroupMembership).where(
                    GroupMembership.group_id == group_id, GroupMembership.member_id == member_id
                )
            )
            changes[group_id]["removed"].append(names[member_id])
    chairs: dict[int, str | None] = {}
    for group in groups.values():
        chair = claimed.get(group.id)
        if chair is not None and group.chair_id != chair.member_id:
            group.chair_id = chair.member_id
            chairs[group.id] = chair.member
        elif chair is None and group.chair_id in wanted:  # the chair's line no longer says so
            group.chair_id = None
            chairs[group.id] = None
    for group_id in sorted({*changes, *chairs}, key=lambda g: groups[g].name.casefold()):
        new: dict[str, object] = dict(changes.get(group_id, {}))
        if group_id in chairs:
            new["chair"] = chairs[group_id]
        record_event(session, board_id, "group", group_id, "members", actor=actor, new=new)
        summary.changed.append(groups[group_id].name)
    if summary.changed:
        session.flush()
        bump_roster_version(session, board_id)
    return summary
