"""The forty-second round's readings as the board sees them, on both databases: "apols pls for Monday from Jassi -
her email below" over Jassi's email records Jassi's apologies (never a question about the writer's own); "list for
Jassi pls - she's emailed below" over her quoted request shows Jassi's list (never the writer's); "a-2 not mine and
not needed - the training audit moved to the CCG in April" drops A-2 (never moves it to April 2016); "… should be
signed off next week" asks about adding news (never closes the action); "Pam asked me whether the police S11 has
been logged as complete" answers about the return (never refuses an update nobody asked for); "richard f - paternity
leave from today, back 29 june" pauses Richard (never records an action for him)."""

from __future__ import annotations

import pytest

from bot.conversation.assistant import Assistant
from store.models import Action
from tests.board_reads import apologies, assignments, away
from tests.test_assistant import count, say, with_two_actions

M = "Martine McFadden"


@pytest.fixture
def assistant(database_url: str, board_id: int) -> Assistant:
    return with_two_actions(database_url, board_id)


def test_apologies_passed_on_above_an_email_are_the_senders(assistant: Assistant) -> None:
    reply = say(
        assistant,
        M,
        "apols pls for Monday from Jassi - her email below\n\n-----Original Message-----\nFrom: Jassi Broadmeadow\n"
        "Sent: 14 May 2015 17:55\n\nMartine, sorry, I'm stuck at a case conference on Monday. Jassi",
    )
    assert reply.text == "Apologies recorded for Jassi Broadmeadow for the audit panel meeting on Monday 18 May."
    assert apologies(assistant) == ["Jassi Broadmeadow"]  # had asked whether to send the writer's own


def test_a_list_asked_above_a_quoted_request_is_the_named_members(assistant: Assistant) -> None:
    reply = say(assistant, M, "list for Jassi pls - she's emailed below\n\n> Martine can u send me my actions. J")
    assert reply.text.startswith("Jassi Broadmeadow has 1 open action")  # had been "You have no open actions."


def test_not_needed_with_why_is_a_drop_never_a_new_date(assistant: Assistant) -> None:
    reply = say(
        assistant, "Jassi Broadmeadow", "a-2 not mine and not needed - the training audit moved to the CCG in April"
    )
    assert reply.text == "A-2 is dropped (the training audit moved to the CCG in April): Run the training numbers audit"
    assert assignments(assistant)[1] == ("Jassi Broadmeadow", "dropped")  # had been due Sat 30 April 2016


def test_work_to_be_signed_off_next_week_never_closes_the_action(assistant: Assistant) -> None:
    reply = say(
        assistant, M, "Jassi's PA emailed re A-2: the audit report is with finance and should be signed off next week"
    )
    assert "A-2 is closed" not in reply.text
    assert assignments(assistant)[1] == ("Jassi Broadmeadow", "open")  # had been closed


def test_a_question_passed_on_about_a_return_is_answered(assistant: Assistant) -> None:
    reply = say(assistant, "Tony Oakman", "Pam asked me whether the police S11 has been logged as complete.")
    assert reply.text == "No S11 returns are recorded yet."  # had refused to record the police's return


def test_leave_written_after_a_name_and_a_dash_pauses_them(assistant: Assistant) -> None:
    reply = say(assistant, M, "richard f - paternity leave from today, back 29 june")
    assert reply.text == "Noted: no digests or reminders for Richard Fisher until back after Sun 28 June."
    assert away(assistant) == {"Richard Fisher": "2015-06-28"}
    assert count(assistant, Action) == 2  # had recorded "Paternity leave from today, back" as his action
