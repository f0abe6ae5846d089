"""Where a member can be sent a message the assistant starts itself, on platforms that need an address kept.

Microsoft Teams lets a bot message someone first only into a conversation it already has with them, so the front
end hands the core the conversation reference it saw at that member's first contact (the app's installation or
their first message). It is plain JSON owned by the front end; the core stores one per member and platform,
never exports it, and deletes it when the member is erased.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from store.db import reading, transaction
from store.models import ChatAddress, Member, utcnow

ADDRESS_LIMIT = 4000  # characters of JSON: a conversation reference is a few hundred


def remember_address(database_url: str, board_id: int, member_id: int, platform: str, address: dict[str, Any]) -> bool:
    """Keep a member's address on a platform (one transaction); False when it was already the one kept (or is not
    a plausible address: larger than ``ADDRESS_LIMIT``)."""
    if len(json.dumps(address, default=str)) > ADDRESS_LIMIT:
        return False
    with transaction(database_url) as session:
        member = session.get(Member, member_id)
        if member is None or member.board_id != board_id or not member.active:
            return False
        row = session.scalar(
            select(ChatAddress).where(ChatAddress.member_id == member_id, ChatAddress.platform == platform)
        )
        if row is not None and row.address == address:
            return False
        if row is None:
            row = ChatAddress(board_id=board_id, member_id=member_id, platform=platform, address=address)
            try:
                with session.begin_nested():
                    session.add(row)
            except IntegrityError:  # kept by another request at the same moment
                return False
        row.address, row.updated_at = address, utcnow()
        return True


def addresses(database_url: str, board_id: int, member_ids: list[int], platform: str) -> dict[int, dict[str, Any]]:
    """The kept addresses of these members on a platform, by member id (members never contacted are left out)."""
    if not member_ids:
        return {}
    with reading(database_url) as session:
        held = select(ChatAddress.member_id, ChatAddress.address).where(
            ChatAddress.board_id == board_id, ChatAddress.platform == platform, ChatAddress.member_id.in_(member_ids)
        )
        rows = session.execute(held)
        return {member_id: dict(address) for member_id, address in rows}
