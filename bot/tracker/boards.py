"""Boards (tenants): finding the one a command is for, setting up a new one with its built-in groups, listing
and renaming them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.errors import InvalidInput, NotFound
from bot.events import record_event
from store.models import Action, Assignment, AssignmentStatus, Board, Group, GroupKind, Member

DEFAULT_BOARD_NAME = "Safeguarding Children Board"

BUILT_IN_GROUPS: tuple[tuple[str, GroupKind, tuple[str, ...]], ...] = (
    (
        "all members",
        GroupKind.ALL_MEMBERS,
        (
            "all board members",
            "all members of the board",
            "everyone",
            "all",
            "members",
            "board members",
            "all partners",
            "all agencies",
            "all partner agencies",
            "all DSCB members",
            "all LSCB members",
        ),
    ),
    (
        "sub group chairs",
        GroupKind.SUB_GROUP_CHAIRS,
        (
            "all sub group chairs",
            "sub-group chairs",
            "subgroup chairs",
            "chairs of the sub groups",
            "chairs of sub groups",
            "all subgroup chairs",
            "all sub-group chairs",
        ),
    ),
)

# The sub-groups most local safeguarding boards run; a board renames or removes them as it needs.
STANDARD_SUB_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("CDOP", ("Child Death Overview Panel",)),
    ("QA & Comms", ("Quality Assurance & Communications", "QA & Communications", "Quality Assurance")),
    ("SCR Sub", ("Serious Case Review", "SCR", "Serious Case Review Sub", "SCR Sub Group")),
    ("Policy, Procedures & Practice", ("Policy Procedures & Practice", "PPP", "Policy & Procedures")),
    ("Vulnerable Children's Strategic Group", ("VCSG", "Vulnerable Children")),
    ("Workforce Development Group", ("Workforce Development", "WDG", "Training Sub Group")),
)


def create_board(session: Session, name: str, *, slack_team_id: str | None = None) -> Board:
    """A new board with its built-in groups and the standard sub-groups."""
    board = Board(name=name, slack_team_id=slack_team_id, next_action_number=1, roster_version=1)
    session.add(board)
    session.flush()
    for group_name, kind, aliases in BUILT_IN_GROUPS:
        session.add(Group(board_id=board.id, name=group_name, kind=kind, aliases=list(aliases)))
    for group_name, aliases in STANDARD_SUB_GROUPS:
        session.add(Group(board_id=board.id, name=group_name, kind=GroupKind.SUB_GROUP, aliases=list(aliases)))
    record_event(session, board.id, "board", board.id, "created", new={"name": name})
    return board


def find_board(session: Session, name: str | None = None, *, create: bool = False) -> Board:
    """The board a command is for: by name, or the only one; ``create`` sets one up when there is none."""
    boards = list(session.scalars(select(Board).order_by(Board.id)))
    if name:
        wanted = name.casefold()
        for board in boards:
            if wanted in (board.name.casefold(), (board.short_name or "").casefold()):
                return board
        if create:
            return create_board(session, name)
        raise NotFound(f"There is no board called {name!r}.")
    if len(boards) == 1:
        return boards[0]
    if not boards:
        if create:
            return create_board(session, DEFAULT_BOARD_NAME)
        raise NotFound("There is no board yet: import a roster first (dscb roster import FILE.csv).")
    names = ", ".join(b.name for b in boards)
    raise NotFound(f"This database holds several boards ({names}); choose one with --board.")


def board_for_team(session: Session, team_id: str, team_name: str | None = None, *, installed: bool = True) -> Board:
    """The board of a Slack workspace (or another chat workspace), set up on first contact when the workspace is
    one the app is installed in (``installed``); any other workspace gets NotFound and nothing is created."""
    board = session.scalar(select(Board).where(Board.slack_team_id == team_id))
    if board is not None:
        return board
    if not installed:
        raise NotFound("This workspace is not set up with the board assistant.")
    unclaimed = session.scalars(select(Board).where(Board.slack_team_id.is_(None))).all()
    if len(unclaimed) == 1 and count_boards(session) == 1:
        # A single-workspace install: the board set up with `dscb roster import` belongs to this workspace.
        unclaimed[0].slack_team_id = team_id
        record_event(session, unclaimed[0].id, "board", unclaimed[0].id, "linked", new={"slack_team_id": team_id})
        return unclaimed[0]
    try:
        with session.begin_nested():
            return create_board(session, team_name or DEFAULT_BOARD_NAME, slack_team_id=team_id)
    except IntegrityError:  # another request set this workspace up at the same moment
        return session.scalars(select(Board).where(Board.slack_team_id == team_id)).one()


def bump_roster_version(session: Session, board_id: int) -> None:
    """Mark the board's people, groups or meetings as changed, so cached snapshots reload."""
    session.execute(update(Board).where(Board.id == board_id).values(roster_version=Board.roster_version + 1))


def count_boards(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Board)) or 0


MAX_NAME = 200


def check_board_name(name: str) -> str:
    """A board's display name as given, tidied; an empty or overlong one is refused."""
    tidy = " ".join(name.split())
    if not tidy:
        raise InvalidInput("A board needs a name, e.g. 'Dudley Safeguarding Children Board'.")
    if len(tidy) > MAX_NAME:
        raise InvalidInput(f"A board's name is at most {MAX_NAME} characters; that one has {len(tidy)}.")
    return tidy


@dataclass(frozen=True, slots=True)
class BoardListing:
    """One board of the database, as `dscb board list` shows it."""

    id: int
    name: str
    short_name: str
    slack_team_id: str | None
    members: int
    open_actions: int
    created_at: dt.datetime


def list_boards(session: Session) -> list[BoardListing]:
    """Every board in the database with its members (on the board) and open actions, in one query each."""
    members: dict[int, int] = {
        board: count
        for board, count in session.execute(
            select(Member.board_id, func.count()).where(Member.active.is_(True)).group_by(Member.board_id)
        )
    }
    open_ids = select(Assignment.action_id).where(Assignment.status == AssignmentStatus.OPEN)
    actions: dict[int, int] = {
        board: count
        for board, count in session.execute(
            select(Action.board_id, func.count()).where(Action.id.in_(open_ids)).group_by(Action.board_id)
        )
    }
    return [
        BoardListing(b.id, b.name, b.short_name or "", b.slack_team_id, members.get(b.id, 0), actions.get(b.id, 0),
                     b.created_at)
        for b in session.scalars(select(Board).order_by(Board.id))
    ]  # fmt: skip


def rename_board(session: Session, old: str, new: str, *, actor: str | None = None) -> Board:
    """Give a board (named by its name or short name) a new display name, which every report then carries; a name
    another board has is refused."""
    board = find_board(session, old)
    name = check_board_name(new)
    for other in session.scalars(select(Board).where(Board.id != board.id)):
        if name.casefold() in (other.name.casefold(), (other.short_name or "").casefold()):
            raise InvalidInput(f"Another board of this database is called {other.name}; choose another name.")
    if name != board.name:
        record_event(session, board.id, "board", board.id, "renamed", actor=actor,
                     old={"name": board.name}, new={"name": name})  # fmt: skip
        board.name = name
        bump_roster_version(session, board.id)  # the name is in every snapshot and report
    return board
