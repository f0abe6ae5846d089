"""Who is who: linking chat accounts (Slack user ids) to board members."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.boards import bump_roster_version
from bot.errors import InvalidInput, NotFound
from bot.events import record_event
from bot.names import NameIndex
from store.models import Member, Role


@dataclass(frozen=True, slots=True)
class Profile:
    """What a chat platform tells us about an account."""

    user_id: str
    real_name: str | None = None
    email: str | None = None


def member_for_user(session: Session, board_id: int, user_id: str) -> Member | None:
    return session.scalar(select(Member).where(Member.board_id == board_id, Member.slack_user_id == user_id))


def match_profile(session: Session, board_id: int, profile: Profile, names: NameIndex) -> Member | None:
    """The unlinked member whose email matches, or whose name matches clearly (one candidate, no guessing)."""
    unlinked = (
        Member.board_id == board_id,
        (Member.slack_user_id.is_(None)) | (Member.slack_user_id == profile.user_id),
        Member.active.is_(True),
    )
    if profile.email:
        by_email = session.scalars(
            select(Member).where(*unlinked, func.lower(Member.email) == profile.email.strip().lower())
        ).all()
        if len(by_email) == 1:
            return by_email[0]
    if profile.real_name:
        match = names.person(profile.real_name)
        if match.member is not None and len(profile.real_name.split()) >= 2:
            member = session.get(Member, match.member.id)
            if member is not None and member.slack_user_id in (None, profile.user_id):
                return member
    return None


def link(session: Session, board_id: int, user_id: str, member: Member, *, actor: str) -> Member:
    """Tie a chat account to a member (one account per member and one member per account)."""
    if not user_id or len(user_id) > 32 or not user_id.replace("_", "").isalnum():
        raise InvalidInput(f"{user_id!r} is not a Slack user id (they look like U0123ABCD).")
    holder = member_for_user(session, board_id, user_id)
    if holder is not None and holder.id != member.id:
        raise InvalidInput(f"{user_id} is already linked to {holder.name}.")
    old = member.slack_user_id
    if old == user_id:
        return member
    # The board row first, then the member: the same lock order as recording an action (which takes the board's
    # action counter, then refers to members), so the two never deadlock on PostgreSQL.
    bump_roster_version(session, board_id)
    member.slack_user_id = user_id
    session.flush()
    record_event(session, board_id, "member", member.id, "linked", actor=actor, old={"slack_user_id": old},
                 new={"slack_user_id": user_id})  # fmt: skip
    return member


def link_by_name(session: Session, board_id: int, user_id: str, name: str, names: NameIndex, *, actor: str) -> Member:
    """`dscb link U0123 "Member Name"`: the manager's way to link someone the assistant could not match."""
    match = names.person(name)
    if match.member is None:
        if match.candidates:
            raise InvalidInput(f"{name!r} could be {', '.join(p.name for p in match.candidates)}; give the full name.")
        raise NotFound(f"{name!r} is not a member of this board.")
    member = session.get_one(Member, match.member.id)
    return link(session, board_id, user_id, member, actor=actor)


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
