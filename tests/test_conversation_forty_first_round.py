"""The forty-first round's readings as the board sees them, on both databases: "can we drop action 2, the audit has
been put on hold nationally" drops A-2 (never gives it to "hold nationally"); "move A-1 to Tony and close A-2" is
asked again (never both closed); "a-2 housing options have sent half the figures, rest next week" adds news (never
closes A-2); "Helen has let me know Mike G is off sick …" pauses Mike (never the writer); "new action for the
hospital's named nurse team - …" is the hospital's; "action: MASH team to …" asks about a team the board does not
list; "Mayada asked me to put on A-1 that …" adds her news (never closes her part); "apologies Monday, Sue" by Sue is
hers; "The VCSG met yesterday. The group agreed that it will commission …" is the group's (never the writer's
"I will circulate … separately")."""

from __future__ import annotations

import pytest

from bot.conversation.assistant import Assistant
from store.models import Action, Attendance
from tests.board_reads import apologies, assignments, away
from tests.test_assistant import count, say, with_two_actions

M = "Martine McFadden"


@pytest.fixture
def assistant(database_url: str, board_id: int) -> Assistant:
    return with_two_actions(database_url, board_id)


def test_work_put_on_hold_is_a_reason_to_drop_never_an_owner(assistant: Assistant) -> None:
    reply = say(assistant, "Jassi Broadmeadow", "can we drop action 2, the audit has been put on hold nationally")
    assert reply.text == "A-2 is dropped (the audit has been put on hold nationally): Run the training numbers audit"
    assert assignments(assistant)[1] == ("Jassi Broadmeadow", "dropped")  # had been "hold nationally" asked about


def test_two_edits_of_two_actions_are_asked_again_never_both_closed(assistant: Assistant) -> None:
    reply = say(assistant, M, "move A-1 to Tony and close A-2")
    assert reply.text.startswith("I'm not sure what you'd like me to do with that, so I've not recorded anything.")
    assert assignments(assistant) == [("Mayada AbuAffan", "open"), ("Jassi Broadmeadow", "open")]  # had both closed


def test_half_of_the_work_sent_is_news_never_the_action_done(assistant: Assistant) -> None:
    reply = say(assistant, "Jassi Broadmeadow", "a-2 housing options have sent half the figures, rest next week")
    assert reply.text == "Update added to A-2: housing options have sent half the figures, rest next week"
    assert assignments(assistant)[1] == ("Jassi Broadmeadow", "open")  # had been closed


def test_leave_passed_on_by_someone_is_the_named_members(assistant: Assistant) -> None:
    reply = say(assistant, M, "Helen has let me know Mike G is off sick until the end of the month")
    assert reply.text == "Noted: no digests or reminders for Mike Galikowski until back after Sun 31 May."
    assert set(away(assistant)) == {"Mike Galikowski"}  # had been the writer's own leave


def test_an_agencys_team_is_that_agency(assistant: Assistant) -> None:
    reply = say(
        assistant,
        "Pam Smith",
        "new action for the hospital's named nurse team - refresh the bruising guidance by end of june",
    )
    assert reply.text == (
        "Recorded A-3 for Dudley Group NHS Foundation Trust, due Tue 30 June: Refresh the bruising guidance"
    )  # had been an external owner offered


def test_a_team_the_board_does_not_list_is_asked_about(assistant: Assistant) -> None:
    reply = say(assistant, "Jassi Broadmeadow", "action: MASH team to produce a thresholds guide, asap")
    assert reply.text == "MASH team is not on the board's roster. Shall I record them as an external owner?"
    assert count(assistant, Action) == 2  # nothing stored before the answer (had been "who should own that?")


def test_news_passed_on_for_an_action_is_added_never_closing_it(assistant: Assistant) -> None:
    reply = say(assistant, M, "Mayada asked me to put on A-1 that the CDOP data has been sent to the region")
    assert reply.text == "Update added to A-1 from Mayada AbuAffan: the CDOP data has been sent to the region"
    assert assignments(assistant)[0] == ("Mayada AbuAffan", "open")  # had been asked to close Mayada's part


def test_the_writers_own_name_signed_after_a_comma_is_theirs(assistant: Assistant) -> None:
    reply = say(assistant, "Sue Haywood", "apologies Monday, Sue")
    assert reply.text == "Apologies recorded for Sue Haywood for the audit panel meeting on Monday 18 May."
    assert apologies(assistant) == ["Sue Haywood"]  # had been "whose apologies are these?"
    assert count(assistant, Attendance) == 1


def test_what_a_group_agreed_to_do_is_the_groups_action(assistant: Assistant) -> None:
    reply = say(
        assistant,
        "Merlin Joseph",
        "The VCSG met yesterday. The group agreed that it will commission a deep-dive and report back to the board in "
        "September. I will circulate draft terms of reference separately.",
    )
    assert reply.text == (
        "Recorded A-3 for Vulnerable Children's Strategic Group, due Fri 11 September: Commission a deep-dive and "
        "report back"
    )  # had been Merlin's "Circulate draft terms of reference separately"
