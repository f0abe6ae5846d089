"""Who is who: linking chat accounts (Slack user ids, Microsoft Entra object ids in Teams) to board members, on
verified signals only.

A chat account is linked to a member only when the platform's verified email for the account equals the member's
roster email, or when the business manager or chair links it explicitly (`dscb link`, "link @x to Name").
Display names are chosen by their users: a name that matches the roster only produces a suggestion to the
managers, never a link. A member linked to one account is never silently linked to another: a second claim is
refused and the managers told; an explicit relink is recorded in the event log.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from bot.errors import InvalidInput, NotFound
from bot.events import first_delivery, record_event
from bot.tracker.boards import bump_roster_version
from bot.understanding.names import NameIndex
from store.db import transaction
from store.models import Member, Role

Platform = Literal["slack", "teams"]
NOT_ON_ROSTER = (
    "Hello! I keep the action tracker for {board}. I can't find you on the board's roster, so I can't share "
    "board business with you. I've let the business manager know you were in touch; they can add or link you."
)  # what someone not on the roster is told, on every platform
_GUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@dataclass(frozen=True, slots=True)
class Profile:
    """What a chat platform tells us about an account: ``email`` only when the platform has verified it."""

    user_id: str
    real_name: str | None = None
    email: str | None = None


class Accounts(Protocol):
    """The port a chat front end provides: what its platform says about its accounts."""

    def profile(self, user_id: str) -> Profile | None:
        """The account's name and verified email (None when the platform does not know it, or it is a bot)."""

    def user_for_email(self, email: str) -> str | None:
        """The account whose verified email this is, if the platform has one."""


@dataclass(frozen=True, slots=True)
class FirstContact:
    """The outcome of an unknown account's first message: the member it was linked to (a verified email), or
    a notice for the managers (plain text, about ``user_id``), sent once per account."""

    member: Member | None
    notice: str | None = None
    manager_user_ids: tuple[str, ...] = ()  # the managers' accounts on the same platform
    manager_ids: tuple[int, ...] = ()  # the managers, for a platform that reaches them through kept addresses


def valid_chat_id(value: str) -> bool:
    """A user, team or channel id of the shape chat platforms use (no markup, no unbounded length)."""
    return bool(value) and len(value) <= 32 and value.isascii() and value.replace("_", "").isalnum()


def valid_account_id(platform: Platform, value: str) -> bool:
    """An account id of the platform's shape: a Slack user id, or a Teams user's Entra object id (a GUID)."""
    return bool(_GUID.fullmatch(value)) if platform == "teams" else valid_chat_id(value)


def account_of(member: Member, platform: Platform) -> str | None:
    """The member's linked account on a platform."""
    return member.teams_user_id if platform == "teams" else member.slack_user_id


def _account_column(platform: Platform) -> InstrumentedAttribute[str | None]:
    return Member.teams_user_id if platform == "teams" else Member.slack_user_id


def member_for_user(session: Session, board_id: int, user_id: str, platform: Platform = "slack") -> Member | None:
    return session.scalar(select(Member).where(Member.board_id == board_id, _account_column(platform) == user_id))


def member_by_email(session: Session, board_id: int, email: str | None) -> Member | None:
    """The one active member whose roster email is ``email`` (compared without case), if exactly one."""
    address = (email or "").strip().lower()
    if "@" not in address:
        return None
    found = session.scalars(
        select(Member).where(Member.board_id == board_id, Member.active.is_(True), func.lower(Member.email) == address)
    ).all()
    return found[0] if len(found) == 1 else None


def first_contact(
    session: Session, board_id: int, profile: Profile | None, user_id: str, names: NameIndex,
    platform: Platform = "slack",
) -> FirstContact:  # fmt: skip
    """Link an unknown account by its verified email, or say what the managers should be told (once per account,
    in their accounts on the same platform)."""
    by_email = member_by_email(session, board_id, profile.email) if profile else None
    if by_email is not None and account_of(by_email, platform) in (None, user_id):
        link(session, board_id, user_id, by_email, actor="verified email", platform=platform)
        return FirstContact(by_email)
    if not first_delivery(session, board_id, f"unlinked:{user_id}"):
        return FirstContact(None)
    board_managers = managers(session, board_id)
    told = tuple(a for m in board_managers if (a := account_of(m, platform)))
    manager_ids = tuple(m.id for m in board_managers)
    who = _describe(user_id, profile)
    command = "dscb link --teams" if platform == "teams" else "dscb link"
    if by_email is not None:
        record_event(session, board_id, "member", by_email.id, "link refused", actor="verified email",
                     new={"claimed_by": user_id, "linked_to": account_of(by_email, platform)})  # fmt: skip
        notice = (
            f"{who} has the roster email of {by_email.name}, who is already linked to another account "
            f"({account_of(by_email, platform)}). I have not linked them. If the account has changed, relink it with "
            f'`{command} {user_id} "{by_email.name}"`.'
        )
        return FirstContact(None, notice, told, manager_ids)
    suggested = names.person(profile.real_name).member if profile and profile.real_name else None
    if suggested is not None:
        notice = (
            f"{who} wrote to me. Their display name matches {suggested.name} on the roster, but their email does "
            f"not, so I have not linked them (display names can be set by anyone). If this is {suggested.name}, "
            f'link them with `{command} {user_id} "{suggested.name}"`'
            + (f' or "link @them to {suggested.name}".' if platform == "slack" else ".")
        )
    else:
        notice = (
            f"{who} wrote to me but is not on the board's roster. If they are a member, link them with "
            f'`{command} {user_id} "Member Name"` or add them to the roster.'
        )
    return FirstContact(None, notice, told, manager_ids)


def _describe(user_id: str, profile: Profile | None) -> str:
    details = [f'"{profile.real_name}"' if profile and profile.real_name else "", profile.email if profile else ""]
    shown = ", ".join(d for d in details if d)
    return f"{user_id} ({shown})" if shown else user_id


def link(
    session: Session, board_id: int, user_id: str, member: Member, *, actor: str, platform: Platform = "slack"
) -> Member:
    """Tie a chat account to a member (one account per member and platform, one member per account). Replacing a
    member's account is the managers' explicit act and is recorded as a relink."""
    if not valid_account_id(platform, user_id):
        shape = (
            "a Teams user's Microsoft Entra object id (a GUID)"
            if platform == "teams"
            else ("a Slack user id (they look like U0123ABCD)")
        )
        raise InvalidInput(f"{user_id[:40]!r} is not {shape}.")
    holder = member_for_user(session, board_id, user_id, platform)
    if holder is not None and holder.id != member.id:
        raise InvalidInput(f"{user_id} is already linked to {holder.name}.")
    old = account_of(member, platform)
    if old == user_id:
        return member
    # The board row first, then the member: the same lock order as recording an action (which takes the board's
    # action counter, then refers to members), so the two never deadlock on PostgreSQL.
    bump_roster_version(session, board_id)
    field = "teams_user_id" if platform == "teams" else "slack_user_id"
    setattr(member, field, user_id)
    session.flush()
    record_event(session, board_id, "member", member.id, "relinked" if old else "linked", actor=actor,
                 old={field: old}, new={field: user_id})  # fmt: skip
    return member


def link_by_name(
    session: Session, board_id: int, user_id: str, name: str, names: NameIndex, *, actor: str,
    platform: Platform = "slack",
) -> Member:  # fmt: skip
    """`dscb link U0123 "Member Name"`: the manager's way to link someone the assistant could not match."""
    match = names.person(name)
    if match.member is None:
        if match.candidates:
            raise InvalidInput(f"{name!r} could be {', '.join(p.name for p in match.candidates)}; give the full name.")
        raise NotFound(f"{name!r} is not a member of this board.")
    member = session.get_one(Member, match.member.id)
    return link(session, board_id, user_id, member, actor=actor, platform=platform)


def managers(session: Session, board_id: int) -> list[Member]:
    """The board's active business managers: told about quorum, about people the assistant could not link, and
    sent the manager's digest."""
    return list(
        session.scalars(
            select(Member)
            .where(Member.board_id == board_id, Member.role == Role.MANAGER, Member.active.is_(True))
            .order_by(Member.id)
        )
    )


def chat_users(database_url: str, member_ids: list[int], accounts: Accounts) -> dict[int, str]:
    """The chat accounts of members, by member id (one read for them all). A member not linked yet is looked up
    by their roster email (a verified signal) and linked; members with no account are left out."""
    with transaction(database_url) as session:
        members = session.scalars(select(Member).where(Member.id.in_(member_ids))).all()
        found = {m.id: m.slack_user_id for m in members}
        to_find = {m.id: (m.board_id, m.email) for m in members if not m.slack_user_id and m.email}
    for member_id, (board_id, email) in to_find.items():
        user_id = accounts.user_for_email(email)
        if not user_id or not valid_chat_id(user_id):
            continue  # not on the platform: the member sees the action on their next visit
        with transaction(database_url) as session:
            member = session.get(Member, member_id)
            if member is not None and not member.slack_user_id and member_for_user(session, board_id, user_id) is None:
                link(session, board_id, user_id, member, actor="verified email")
                found[member_id] = user_id
    return {member_id: user for member_id, user in found.items() if user}
