"""Never a confident wrong answer: unknown and misspelt names are asked about, typed answers settle questions,
edits by reference work with the buttons' rights, duplicates and past dates are questioned. Both databases."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.conversation.assistant import Assistant
from store.models import Action, Assignment, AssignmentStatus, Attendance, Event
from tests.conftest import SEED_NOW
from tests.test_assistant import count, say

LATER = SEED_NOW + dt.timedelta(minutes=1)


@pytest.fixture
def assistant(database_url: str, board_id: int) -> Assistant:
    return Assistant(database_url, board_id)


def test_a_misspelt_name_is_asked_about_and_yes_settles_it(assistant: Assistant) -> None:
    asked = say(assistant, "Martine McFadden", "what does Tony Oakmen owe?")
    assert asked.text == "I don't know a Tony Oakmen on the board's roster — did you mean Tony Oakman?"
    assert [o.label for o in asked.options] == ["Tony Oakman (DMBC)", "Cancel"]
    answered = say(assistant, "Martine McFadden", "yes", LATER)
    assert answered.text == "Tony Oakman has no open actions."


def test_a_misspelt_owner_is_never_recorded_until_chosen(assistant: Assistant) -> None:
    asked = say(assistant, "Martine McFadden", "Richard Fischer to send the CSE profile by end of June")
    assert asked.text == "I don't know a Richard Fischer on the board's roster — did you mean Richard Fisher?"
    assert [o.label for o in asked.options][1:] == ["Record Richard Fischer as an external owner", "Cancel"]
    assert count(assistant, Action) == 0
    recorded = say(assistant, "Martine McFadden", "richard fisher", LATER)
    assert recorded.text == "Recorded A-1 for Richard Fisher, due Tue 30 June: Send the CSE profile"


def test_a_name_nobody_has_is_reported_unknown_not_the_writers_list(assistant: Assistant) -> None:
    reply = say(assistant, "Martine McFadden", "what does Joe Nobody owe")
    assert reply.text.startswith("Joe Nobody isn't on the board's roster")
    assert reply.actions == ()


def test_which_karen_is_answered_by_name_or_part_of_it(assistant: Assistant) -> None:
    asked = say(assistant, "Martine McFadden", "Karen to send the public health figures by Friday")
    assert asked.text == "Which Karen do you mean: Karen Palk or Karen Jackson?" or asked.text == (
        "Which Karen do you mean: Karen Jackson or Karen Palk?"
    )
    recorded = say(assistant, "Martine McFadden", "jackson", LATER)
    assert recorded.text.startswith("Recorded A-1 for Karen Jackson")


def test_an_answer_that_picks_nothing_is_read_as_a_new_message(assistant: Assistant) -> None:
    say(assistant, "Martine McFadden", "Karen to send the figures by Friday")
    reply = say(assistant, "Martine McFadden", "what do I owe?", LATER)
    assert reply.text == "You have no open actions."
    assert say(assistant, "Martine McFadden", "2", LATER).text.startswith("I'm not sure")  # the question is gone
    assert count(assistant, Action) == 0


def test_edits_by_reference(assistant: Assistant) -> None:
    say(assistant, "Martine McFadden", "Viv Townsend to send the chart by 22 May")
    assert say(assistant, "Viv Townsend", "push A-1 back two weeks").text == "A-1 is now due Fri 5 June."
    assert say(assistant, "Viv Townsend", "move A-1 to 26/06").text == "A-1 is now due Fri 26 June."
    added = say(assistant, "Viv Townsend", "A-1: data requested from BI")
    assert added.text == "Update added to A-1: data requested from BI"
    moved = say(assistant, "Martine McFadden", "assign A-1 to Sally Holmes")
    assert moved.text == "A-1 now belongs to Sally Holmes."
    dropped = say(assistant, "Martine McFadden", "drop A-1, superseded by the new protocol")
    assert dropped.text == "A-1 is dropped (superseded by the new protocol): Send the chart"
    changes = [e.change for e in _events(assistant)]
    assert changes[-4:] == ["re-dated", "update", "reassigned", "dropped"]


def test_a_member_cannot_edit_someone_elses_action(assistant: Assistant) -> None:
    say(assistant, "Martine McFadden", "Viv Townsend to send the chart by 22 May")
    before = count(assistant, Event)
    for text in ("push A-1 back a week", "assign A-1 to Jo Forbes", "drop A-1, not needed", "A-1 done for Viv"):
        reply = say(assistant, "Tony Oakman", text)
        assert not reply.stored, text
    assert count(assistant, Event) == before


def test_one_member_of_a_group_does_not_change_the_whole_groups_action(assistant: Assistant) -> None:
    say(assistant, "Martine McFadden", "all members to return the appraisal form to Martine by end June")
    before = count(assistant, Event)
    for text in ("push A-1 back a week", "drop A-1, done it already", "assign A-1 to Jo Forbes"):
        assert say(assistant, "Tony Oakman", text).text.startswith("Only the owners of A-1"), text
    assert count(assistant, Event) == before
    assert say(assistant, "Tony Oakman", "A-1 done").text.startswith("Marked your part of A-1 as done")


def test_the_manager_ticks_off_one_persons_part(assistant: Assistant) -> None:
    say(assistant, "Martine McFadden", "Pam Smith and Zala Ibrahim to send the admissions data by end June")
    done = say(assistant, "Martine McFadden", "A-1 done for Pam Smith")
    assert done.text == "Marked Pam Smith's part of A-1 as done."
    with _session(assistant) as session:
        statuses = sorted(a.status for a in session.query(Assignment))
    assert statuses == [AssignmentStatus.DONE, AssignmentStatus.OPEN]


def test_the_same_action_twice_is_questioned(assistant: Assistant) -> None:
    say(assistant, "Martine McFadden", "Viv Townsend to circulate the probation presentation by end June")
    again = say(assistant, "Martine McFadden", "viv townsend to circulate the Probation presentation by end of June")
    assert again.text.startswith("That looks like an open action already: A-1")
    assert count(assistant, Action) == 1
    recorded = say(assistant, "Martine McFadden", "yes", LATER)
    assert recorded.text.startswith("Recorded A-2 for Viv Townsend")


def test_a_due_date_already_past_is_questioned(assistant: Assistant) -> None:
    asked = say(assistant, "Martine McFadden", "Viv Townsend to send the chart by 1 May 2015")
    assert asked.text == "Fri 1 May has passed — did you mean Sun 1 May 2016?"
    assert count(assistant, Action) == 0
    recorded = say(assistant, "Martine McFadden", "1", LATER)
    assert recorded.text == "Recorded A-1 for Viv Townsend, due Sun 1 May 2016: Send the chart"


def test_withdrawing_apologies_in_everyday_words(assistant: Assistant) -> None:
    say(assistant, "Viv Townsend", "apologies for the July board")
    reply = say(assistant, "Viv Townsend", "actually I can make the 10th")
    assert reply.text == "Apologies withdrawn: you're expected at the board meeting on Friday 10 July."
    assert count(assistant, Attendance) == 0 or reply.stored


def _events(assistant: Assistant) -> list[Event]:
    with _session(assistant) as session:
        return list(session.query(Event).order_by(Event.id))


def _session(assistant: Assistant):  # type: ignore[no-untyped-def]
    from store import db

    return db.transaction(assistant.database_url)


def test_an_agency_word_that_fits_two_agencies_is_asked_about(assistant: Assistant) -> None:
    asked = say(assistant, "Martine McFadden", "Probation to send the S11 return by 31/07")
    assert asked.text == "Which Probation do you mean: National Probation Service or Probation – CRC?"
    assert count(assistant, Action) == 0
    recorded = say(assistant, "Martine McFadden", "crc", LATER)
    assert recorded.text == "Recorded A-1 for Probation – CRC, due Fri 31 July: Send the S11 return"


def test_a_meeting_not_in_the_calendar_says_what_is(assistant: Assistant) -> None:
    reply = say(assistant, "Viv Townsend", "when is the december board?")
    assert reply.text.startswith("I can't find that meeting in the board's calendar.")


def test_open_questions_are_not_exported_and_go_when_a_member_is_erased(assistant: Assistant) -> None:
    from bot.tracker.leaving import erase_member
    from bot.tracker.records import export_board
    from store import db
    from store.models import Member, OpenQuestion

    say(assistant, "Martine McFadden", "what does Tony Oakmen owe?")
    assert count(assistant, OpenQuestion) == 1
    with db.transaction(assistant.database_url) as session:
        assert "open_question" not in export_board(session, assistant.board_id)["tables"]
        tony = session.query(Member).filter(Member.name == "Tony Oakman").one()
        erase_member(session, assistant.board_id, tony.id, actor="test", day=dt.date(2015, 5, 20))
    assert count(assistant, OpenQuestion) == 0
