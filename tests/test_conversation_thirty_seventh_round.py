"""The thirty-seventh round's readings as the board sees them, on both databases: "log pam as on leave till the
29th" from the business manager is Pam's leave, never hers; "<name> is off sick so <agency> apols for monday I'm
afraid" from the chair is that member's apology, never the chair's; "Zala will be going to the panel on monday instead
of me" is the writer's apology with Zala standing in, never an action of Zala's; a task pasted in quotation marks
after "Roger asked me to add this one for him:" is recorded for the owner it names, for Roger; "I'll not be at the
September board" is an apology, never an action "Not be"; "I sent my apologies … please could you remove them?"
withdraws them."""

from __future__ import annotations

import pytest

from bot.conversation.assistant import Assistant
from store.models import Action, Attendance
from tests.board_reads import apologies, apologies_with_stand_ins, assignments, away
from tests.conftest import SEED_NOW
from tests.test_assistant import count, person, say, with_two_actions

M = "Martine McFadden"


@pytest.fixture
def assistant(database_url: str, board_id: int) -> Assistant:
    return with_two_actions(database_url, board_id)


def test_leave_logged_for_someone_is_theirs(assistant: Assistant) -> None:
    reply = say(assistant, M, "log pam as on leave till the 29th")
    assert reply.text == "Noted: no digests or reminders for Pam Smith until back after Fri 29 May."
    assert away(assistant) == {"Pam Smith": "2015-05-29"}  # had been the business manager's own leave


def test_im_afraid_beside_someone_elses_absence_is_only_politeness(assistant: Assistant) -> None:
    reply = say(assistant, "Roger Clayton", "hi martine - Tabetha is off sick so BCPFT apols for monday I'm afraid")
    assert reply.text == "Apologies recorded for Tabetha Darman for the audit panel meeting on Monday 18 May."
    assert apologies(assistant) == ["Tabetha Darman"]  # had been the chair's own apologies
    own = say(assistant, "Roger Clayton", "Can't do the July board I'm afraid. Tabetha's on leave too")
    assert own.text == "Apologies recorded for Roger Clayton for the board meeting on Friday 10 July."


def test_someone_going_instead_of_the_writer_stands_in(assistant: Assistant) -> None:
    reply = say(assistant, "Pam Smith", "Zala will be going to the panel on monday instead of me, I'm at a CQC session")
    assert reply.text == (
        "Apologies recorded for Pam Smith for the audit panel meeting on Monday 18 May; Zala Ibrahim will attend as "
        "named representative."
    )
    assert apologies_with_stand_ins(assistant) == [("Pam Smith", "Zala Ibrahim")]
    assert count(assistant, Action) == 2  # had been an action of Zala's: "Be going to the panel instead of me"


def test_a_quoted_task_pasted_for_someone_is_recorded_for_its_owner(assistant: Assistant) -> None:
    pasted = 'Roger asked me to add this one for him:\n\n"Pam to send the CSE contacts list by Friday"'
    reply = say(assistant, M, pasted)
    assert reply.text == "Recorded A-3 for Pam Smith, due Fri 22 May: Send the CSE contacts list", reply.text
    assert assignments(assistant)[2:] == [("Pam Smith", "open")]  # had been the chair's, the quote marks kept


def test_ill_not_be_at_is_an_apology_and_sent_then_removed_withdraws(assistant: Assistant) -> None:
    sent = say(assistant, "Merlin Joseph", "I'll not be at the September board")
    assert sent.text == "Apologies recorded for Merlin Joseph for the board meeting on Friday 11 September."
    assert count(assistant, Action) == 2 and count(assistant, Attendance) == 1  # had been an action "Not be"
    back = say(assistant, "Merlin Joseph", "I sent my apologies for the September board last week, but my diary "
               "has changed and I am now free. Please could you remove them?")  # fmt: skip
    assert back.text.startswith("Apologies withdrawn"), back.text
    assert apologies(assistant) == []


def test_news_written_to_the_chair_is_never_the_chairs(assistant: Assistant) -> None:
    asked = say(assistant, "Jayne Sargeant", "Roger, Nic can't make the July board - she asked me to let you know")
    assert asked.text == "Which Nic do you mean: Nicki Burrows or Nicola Campbell?"
    assert not asked.stored and count(assistant, Attendance) == 0
    chosen = assistant.resolve(person(assistant, "Jayne Sargeant"), asked.options[0].payload, SEED_NOW)
    assert chosen.text == "Members send their own apologies: ask Nicki Burrows, or the business manager."
    assert count(assistant, Attendance) == 0  # had been Roger's apologies ("ask Roger Clayton, …")


def test_leave_told_politely_is_the_one_named(assistant: Assistant) -> None:
    reply = say(assistant, M, "I'm afraid Jo Forbes is off sick until the end of the month")
    assert reply.text == "Noted: no digests or reminders for Jo Forbes until back after Sun 31 May."
    assert away(assistant) == {"Jo Forbes": "2015-05-31"}  # had been the business manager's own leave
