"""Kept addresses (a Teams conversation reference per member): stored once, replaced when it changes, never
exported, and deleted with the member's other personal data on erasure."""

from __future__ import annotations

import datetime as dt
import json

from bot.delivery.addresses import ADDRESS_LIMIT, addresses, remember_address
from bot.tracker.leaving import erase_member
from bot.tracker.records import export_board
from store import db
from store.models import ChatAddress
from tests.conftest import count_rows
from tests.test_erasure import member_id

ADDRESS = {
    "conversation": {"id": "a:1Xk9QvT0-9434765919", "tenantId": "3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b"},
    "serviceUrl": "https://smba.trafficmanager.net/uk/9434765919/",  # digits that read as an NHS number
    "user": {"id": "29:1abc", "aadObjectId": "a1a1a1a1-0000-4000-8000-000000000002"},
}


def test_an_address_is_kept_once_and_replaced_when_it_changes(database_url: str, board_id: int) -> None:
    viv = member_id(database_url, "Viv Townsend")
    assert remember_address(database_url, board_id, viv, "teams", ADDRESS) is True
    assert remember_address(database_url, board_id, viv, "teams", ADDRESS) is False
    moved = {**ADDRESS, "serviceUrl": "https://smba.trafficmanager.net/emea/"}
    assert remember_address(database_url, board_id, viv, "teams", moved) is True
    assert count_rows(database_url, ChatAddress) == (1,)
    assert addresses(database_url, board_id, [viv], "teams") == {viv: moved}
    assert addresses(database_url, board_id, [viv], "slack") == {}


def test_an_implausible_address_or_member_is_not_kept(database_url: str, board_id: int) -> None:
    viv = member_id(database_url, "Viv Townsend")
    assert remember_address(database_url, board_id, viv, "teams", {"x": "y" * ADDRESS_LIMIT}) is False
    assert remember_address(database_url, board_id + 1, viv, "teams", ADDRESS) is False  # another board's member
    assert remember_address(database_url, board_id, 10**6, "teams", ADDRESS) is False
    assert count_rows(database_url, ChatAddress) == (0,)


def test_addresses_are_not_exported_and_go_with_erasure(database_url: str, board_id: int) -> None:
    viv = member_id(database_url, "Viv Townsend")
    remember_address(database_url, board_id, viv, "teams", ADDRESS)
    with db.reading(database_url) as session:
        exported = export_board(session, board_id)
    assert "chat_address" not in exported["tables"] and "9434765919" not in json.dumps(exported)
    with db.transaction(database_url) as session:
        erase_member(session, board_id, viv, actor="test", day=dt.date(2015, 5, 21))
    assert count_rows(database_url, ChatAddress) == (0,)
