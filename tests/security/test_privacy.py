"""The privacy guard: nothing that identifies a child is stored, and the writer is told privately why."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from bot.conversation.assistant import Assistant
from bot.understanding.privacy import identifying_details, valid_nhs_number
from store import db
from store.models import Action, Event
from tests.conftest import SEED_NOW, make_board

# Valid by the modulus 11 check (the last digit is the check digit).
VALID = ["9434765919", "943 476 5919", "943-476-5919", "4010232137", "401 023 2137"]
INVALID = ["9434765918", "1234567890", "0000000000", "4010232138", "12345", "94347659190"]


@pytest.mark.parametrize("number", VALID)
def test_valid_nhs_numbers_are_found(number: str) -> None:
    assert valid_nhs_number(number.replace(" ", "").replace("-", ""))
    assert identifying_details(f"Viv to chase the referral for {number} by Friday") == "an NHS number"


@pytest.mark.parametrize("number", INVALID)
def test_numbers_failing_the_check_digit_are_not_nhs_numbers(number: str) -> None:
    assert identifying_details(f"Viv to chase the referral for {number} by Friday") is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Child DOB 03/04/2012 to be discussed at MASH", "a date of birth"),
        ("Jayden Smith, born 3 March 2012, needs a strategy meeting", "a name and a date of birth"),
        ("Date of birth: 2012-03-04 – Tony to check", "a date of birth"),
        ("Viv to send the chart by 22/05/2015", None),
        ("S175: 64 of 114 complete", None),
        ("Call 0121 496 0000 about the venue", None),
    ],
)
def test_dates_of_birth_and_names(text: str, found: str | None) -> None:
    assert identifying_details(text) == found


def test_a_message_with_an_nhs_number_stores_nothing(sqlite_url: str) -> None:
    board_id = make_board(sqlite_url)
    assistant = Assistant(sqlite_url, board_id)
    with db.transaction(sqlite_url) as session:
        martine = assistant.writer(session, "Martine McFadden")
        events = session.scalar(select(func.count()).select_from(Event))
    reply = assistant.reply(martine, "Viv Townsend to chase the referral for 943 476 5919 by Friday", SEED_NOW)
    assert reply.private and not reply.stored
    assert reply.text.startswith("I haven't stored that: it looks like it contains an NHS number.")
    assert "refer to the case by its reference" in reply.text
    with db.transaction(sqlite_url) as session:
        assert session.scalar(select(func.count()).select_from(Action)) == 0
        assert session.scalar(select(func.count()).select_from(Event)) == events
