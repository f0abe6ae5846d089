"""The thirty-fourth round's readings as the board sees them, on both databases: some of the work done is an update,
never the action closed; a figure that "dropped to 3" is news, never the action dropped; "no need to put anything on
the tracker" records nothing; the chair asking the manager for the list gets the list, never an action of hers; a
member's sickness passed on by the manager is noted as theirs; "no 2 all sorted" closes A-2; an action whose list
of owners opens with someone not on the roster asks about them, never recording it for the rest alone; someone not on
the roster described by their agency's post is asked about, never recorded for its one member; and "Regrets from me"
with a colleague to represent the agency is the writer's apology with a stand-in, never an action of the colleague's."""

from __future__ import annotations

import pytest

from bot.conversation.assistant import Assistant
from store.models import Action, Attendance, Event
from tests.board_reads import assignments
from tests.test_assistant import count, say, with_two_actions

M = "Martine McFadden"


@pytest.fixture
def assistant(database_url: str, board_id: int) -> Assistant:
    return with_two_actions(database_url, board_id)


def test_some_of_the_work_done_is_an_update_never_the_action_closed(assistant: Assistant) -> None:
    reply = say(assistant, "Jassi Broadmeadow", "a-2 half the GP practices have now done the training")
    assert reply.text == "Update added to A-2: half the GP practices have now done the training"  # had been closed
    assert assignments(assistant) == [("Mayada AbuAffan", "open"), ("Jassi Broadmeadow", "open")]


def test_a_figure_that_dropped_is_news_never_the_action_dropped(assistant: Assistant) -> None:
    reply = say(assistant, M, "Mayada asked me to update a-1: requests for the leaflet have dropped to 3 a week")
    assert reply.text == "Update added to A-1 from Mayada AbuAffan: requests for the leaflet have dropped to 3 a week"
    assert assignments(assistant)[0] == ("Mayada AbuAffan", "open")  # had been dropped


def test_no_need_to_put_it_on_the_tracker_records_nothing(assistant: Assistant) -> None:
    before = count(assistant, Event)
    reply = say(assistant, "Pam Smith", "I'll ring the schools myself, no need to put anything on the tracker")
    assert not reply.stored and count(assistant, Action) == 2 and count(assistant, Event) == before  # had been A-3


def test_the_list_asked_of_the_manager_is_the_list_never_her_action(assistant: Assistant) -> None:
    reply = say(assistant, "Roger Clayton", "Martine, could you let me have a list of everything outstanding before "
                "our catch-up on Monday? Thanks, Roger")  # fmt: skip
    assert reply.text == "The board has 2 open actions:" and [a.ref for a in reply.actions] == ["A-2", "A-1"]
    assert not reply.stored and count(assistant, Action) == 2  # had been A-3 for Martine


def test_a_members_sickness_passed_on_by_the_manager_is_noted_as_theirs(assistant: Assistant) -> None:
    reply = say(assistant, M, "I'm told Jassi is off sick, back on 1 June.")
    assert reply.text == "Noted: no digests or reminders for Jassi Broadmeadow until back after Sun 31 May."
    assert count(assistant, Attendance) == 0  # leave, never an apology


def test_an_action_number_written_no_2_is_that_action(assistant: Assistant) -> None:
    reply = say(assistant, "Jassi Broadmeadow", "no 2 all sorted")
    assert reply.text == "A-2 is closed: Run the training numbers audit"  # had been nothing understood
    assert assignments(assistant)[1] == ("Jassi Broadmeadow", "done")


def test_an_owner_not_on_the_roster_opening_a_list_is_asked_about(assistant: Assistant) -> None:
    reply = say(assistant, M, "new action - Hope Allen from Cafcass, the police and pam s to map private law cases, "
                "end of june pls")  # fmt: skip
    assert reply.text == "Hope Allen is not on the board's roster. Shall I record them as an external owner?"
    assert not reply.stored and count(assistant, Action) == 2  # had been recorded for the police and Pam alone


def test_someone_described_by_their_agencys_post_is_never_its_member(assistant: Assistant) -> None:
    reply = say(assistant, "Julie Winpenny", "Can we add an action for Dave Price (Fire Service rep) to attend the "
                "next VCSG and present the figures")  # fmt: skip
    assert reply.text == "Dave Price is not on the board's roster. Shall I record them as an external owner?"
    assert not reply.stored and count(assistant, Action) == 2  # had been recorded for Julie Winpenny


def test_regrets_with_a_colleague_to_represent_are_an_apology(assistant: Assistant) -> None:
    reply = say(assistant, "Nicola Campbell", "Regrets from me for the workshop – prior commitment. Pam Smith will "
                "represent Cafcass.")  # fmt: skip
    assert reply.text == (
        "Apologies recorded for Nicola Campbell for the workshop meeting on Friday 19 June; Pam Smith will attend as "
        "named representative."
    )
    assert count(assistant, Action) == 2 and count(assistant, Attendance) == 1  # had been A-3 for Pam Smith
