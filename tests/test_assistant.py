"""The assistant's use cases through its one entry point, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.conversation.assistant import Assistant
from bot.directory import Person
from bot.tracker.actions import NewAction, record_action
from store import db
from store.models import Action, Assignment, AssignmentStatus, Attendance, AuditReturn, Event, Member
from tests.conftest import SEED_NOW


@pytest.fixture
def assistant(database_url: str, board_id: int) -> Assistant:
    return Assistant(database_url, board_id)


def person(assistant: Assistant, name: str) -> Person:
    with db.transaction(assistant.database_url) as session:
        return assistant.writer(session, name)


def say(assistant: Assistant, who: str, text: str, now: dt.datetime = SEED_NOW) -> Any:
    return assistant.reply(person(assistant, who), text, now)


def with_two_actions(database_url: str, board_id: int) -> Assistant:
    """The seed board with two open actions: A-1, Mayada AbuAffan's safe sleep leaflet (30 June); A-2, Jassi
    Broadmeadow's training numbers audit (26 June)."""
    board = Assistant(database_url, board_id)
    say(board, "Martine McFadden", "Mayada AbuAffan to reprint the safe sleep leaflet by 30 June")
    say(board, "Martine McFadden", "Jassi Broadmeadow to run the training numbers audit by 26 June")
    return board


def count(assistant: Assistant, model: type) -> int:
    with db.transaction(assistant.database_url) as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_record_then_list_then_close(assistant: Assistant) -> None:
    recorded = say(assistant, "Martine McFadden", "Viv Townsend to send the chart by 22 May")
    assert recorded.stored
    assert recorded.text == "Recorded A-1 for Viv Townsend, due Fri 22 May: Send the chart"
    owed = say(assistant, "Viv Townsend", "what do I owe?")
    assert [a.ref for a in owed.actions] == ["A-1"]
    assert owed.text.startswith("You have 1 open action")
    closed = say(assistant, "Viv Townsend", "A-1 done")
    assert closed.text == "A-1 is closed: Send the chart"
    assert say(assistant, "Viv Townsend", "what do I owe?").actions == ()


def test_references_are_sequential_and_never_reused(assistant: Assistant) -> None:
    refs = [say(assistant, "Martine McFadden", f"Tony to check item {n} by end June").extra["ref"] for n in range(3)]
    assert refs == ["A-1", "A-2", "A-3"]
    with db.transaction(assistant.database_url) as session:
        session.delete(session.scalars(select(Action).where(Action.number == 3)).one())
    assert say(assistant, "Martine McFadden", "Tony to check again by end June").extra["ref"] == "A-4"


def test_overdue_first_then_by_due_date(assistant: Assistant) -> None:
    for text in (
        "Tony to write the letter by 30 June",
        "Tony to chase the CCG by 20 May",
        "Tony to book the room asap",
        "Tony to circulate the notes by 1 June",
    ):
        say(assistant, "Martine McFadden", text)
    later = dt.datetime(2015, 5, 25, 9, 0)
    listed = say(assistant, "Tony Oakman", "what do I owe?", later)
    assert [a.ref for a in listed.actions] == ["A-2", "A-4", "A-1", "A-3"]
    assert [a.overdue for a in listed.actions] == [True, False, False, False]
    assert "1 overdue" in listed.text


def test_group_action_is_tracked_per_person(assistant: Assistant) -> None:
    text = "all members to complete and return to Martine McFadden by end June 2015"
    recorded = say(assistant, "Martine McFadden", text)
    assert count(assistant, Assignment) == 29  # Martine, whom it is returned to, has no share
    assert recorded.actions[0].progress == "all members: 0 of 29 done"
    mine = say(assistant, "Pam Smith", "A-1 done")
    assert mine.text == "Marked your part of A-1 as done (all members: 1 of 29 done)."
    assert say(assistant, "Martine McFadden", "what do I owe?").actions == ()
    # Pam no longer owes it; Viv still does.
    assert say(assistant, "Pam Smith", "what do I owe?").actions == ()
    assert [a.ref for a in say(assistant, "Viv Townsend", "what do I owe?").actions] == ["A-1"]


def test_agency_actions_reach_the_agencys_members(assistant: Assistant) -> None:
    say(assistant, "Martine McFadden", "Police to provide a Dudley-specific S11 analysis by the July board")
    assert [a.ref for a in say(assistant, "Sally Holmes", "what do I owe?").actions] == ["A-1"]
    assert [a.ref for a in say(assistant, "Roger Clayton", "show police actions").actions] == ["A-1"]
    assert say(assistant, "Viv Townsend", "what do I owe?").actions == ()


def test_ambiguous_owner_is_asked_about_and_nothing_stored_until_chosen(assistant: Assistant) -> None:
    asked = say(assistant, "Roger Clayton", "Sue to update the board on the CAMHS letter")
    assert not asked.stored
    assert asked.text == "Which Sue do you mean: Su Vincent or Sue Haywood?"
    assert [o.label for o in asked.options] == ["Su Vincent (Dudley CCG)", "Sue Haywood (DMBC)", "Cancel"]
    assert count(assistant, Action) == 0
    chosen = assistant.resolve(person(assistant, "Roger Clayton"), asked.options[0].payload, SEED_NOW)
    assert chosen.text.startswith("Recorded A-1 for Su Vincent")
    assert count(assistant, Action) == 1


def test_unknown_owner_is_offered_as_external_and_cancel_stores_nothing(assistant: Assistant) -> None:
    asked = say(assistant, "Su Vincent", "Anne-Marie Carey to send the home treatment outcomes")
    assert asked.options[0].label == "Record Anne-Marie Carey as an external owner"
    cancelled = assistant.resolve(person(assistant, "Su Vincent"), asked.options[-1].payload, SEED_NOW)
    assert cancelled.text == "OK, I've not recorded anything."
    assert count(assistant, Action) == 0
    assistant.resolve(person(assistant, "Su Vincent"), asked.options[0].payload, SEED_NOW)
    with db.transaction(assistant.database_url) as session:
        assert session.scalars(select(Assignment.external_name)).all() == ["Anne-Marie Carey"]


def test_a_choice_made_by_someone_else_is_refused(assistant: Assistant) -> None:
    asked = say(assistant, "Roger Clayton", "Sue to update the board on the CAMHS letter")
    answer = assistant.resolve(person(assistant, "Viv Townsend"), asked.options[0].payload, SEED_NOW)
    assert answer.text == "That question was asked of someone else."
    assert count(assistant, Action) == 0


def test_members_cannot_close_other_peoples_actions(assistant: Assistant) -> None:
    say(assistant, "Martine McFadden", "Viv Townsend to send the chart by 22 May")
    refused = say(assistant, "Tony Oakman", "A-1 done")
    assert refused.text.startswith("A-1 belongs to Viv Townsend. Only its owners")
    assert not refused.stored
    assert say(assistant, "Martine McFadden", "A-1 done").text == "A-1 is closed: Send the chart"


def test_completion_by_text_matches_the_writers_action(assistant: Assistant) -> None:
    say(assistant, "Martine McFadden", "Viv Townsend to circulate the probation presentation")
    say(assistant, "Martine McFadden", "Viv Townsend to send the NPS structure chart to all members")
    done = say(assistant, "Viv Townsend", "I've circulated the presentation")
    assert done.text == "A-1 is closed: Circulate the probation presentation"
    with db.transaction(assistant.database_url) as session:
        statuses = dict(session.execute(select(Action.number, Assignment.status).join(Assignment)).all())
    assert statuses == {1: AssignmentStatus.DONE, 2: AssignmentStatus.OPEN}


def test_apology_with_named_representative(assistant: Assistant) -> None:
    reply = say(assistant, "Viv Townsend", "can't make 10 July, Claire Hill will come instead")
    assert reply.text == (
        "Apologies recorded for Viv Townsend for the board meeting on Friday 10 July; "
        "Claire Hill will attend as named representative."
    )
    with db.transaction(assistant.database_url) as session:
        row = session.scalars(select(Attendance)).one()
        assert (row.status.value, row.representative) == ("apologies", "Claire Hill")
    again = say(assistant, "Viv Townsend", "can't make 10 July, Claire Hill will come instead")
    assert again.stored and count(assistant, Attendance) == 1
    info = say(assistant, "Viv Townsend", "when is the next board?")
    assert info.text.startswith(
        "The board meeting: Friday 10 July 2015, 10:00–14:00, Saltwells EDC. "
        "You have sent apologies, with Claire Hill attending for you.\nApologies so far: Viv Townsend (Claire Hill "
        "attending)."
    )


def test_apologies_for_a_day_with_no_meeting_change_nothing(assistant: Assistant) -> None:
    reply = say(assistant, "Viv Townsend", "apologies, can't make 3 August")
    assert reply.text == "There is no meeting on Monday 3 August 2015 in the board's calendar."
    assert count(assistant, Attendance) == 0


def test_audit_counts_and_status(assistant: Assistant) -> None:
    update = say(assistant, "Martine McFadden", "S175: 70 of 114 complete, 15 not started")
    assert "There was no open S175 cycle, so I opened 2015" in update.text
    status = say(assistant, "Roger Clayton", "How are the S175 audits going?")
    assert status.text == "S175 2015: 70 of 114 complete (61%), 15 not started (13%), 29 in progress (25%)"


def test_audit_update_for_another_agency_is_refused(assistant: Assistant) -> None:
    assert say(assistant, "Sally Holmes", "Police S11 audit is complete").stored
    refused = say(assistant, "Viv Townsend", "Police S11 audit not started")
    assert refused.text.startswith("Only members of West Midlands Police, the business manager or the chair")
    with db.transaction(assistant.database_url) as session:
        police = select(AuditReturn.status).where(AuditReturn.subject == "West Midlands Police")
        assert session.scalars(police).one().value == "complete"


def test_chatter_is_never_recorded(assistant: Assistant) -> None:
    for text in ("thanks all", "thanks everyone, see you in July", "👍", "ok", "great meeting today"):
        reply = say(assistant, "Roger Clayton", text)
        assert not reply.stored
    assert count(assistant, Action) == 0


def test_every_change_is_in_the_event_log(assistant: Assistant) -> None:
    before = count(assistant, Event)
    say(assistant, "Martine McFadden", "Viv Townsend to send the chart by 22 May")
    say(assistant, "Viv Townsend", "A-1 done")
    say(assistant, "Viv Townsend", "apologies for the next board")
    with db.transaction(assistant.database_url) as session:
        changes = session.scalars(select(Event.change).order_by(Event.id).offset(before)).all()
    assert changes == ["recorded", "done", "apologies"]


def test_home_for_the_manager_counts_overdue_actions_by_agency(assistant: Assistant) -> None:
    say(assistant, "Martine McFadden", "Police to send the S11 analysis by 20 May")
    say(assistant, "Martine McFadden", "Sally Holmes to brief the MASH group by 21 May")
    say(assistant, "Martine McFadden", "Viv Townsend to circulate the slides by 22 May")
    say(assistant, "Martine McFadden", "Tony Oakman to book the room by 30 June")
    later = dt.datetime(2015, 6, 1, 9, 0)
    home = assistant.home(person(assistant, "Martine McFadden"), later)
    assert home.board is not None
    assert (home.board.open_actions, home.board.overdue_actions) == (4, 3)
    assert home.board.overdue_by_agency == (("West Midlands Police", 2), ("National Probation Service", 1))
    assert assistant.home(person(assistant, "Viv Townsend"), later).board is None
    assert [a.ref for a in assistant.home(person(assistant, "Sally Holmes"), later).actions] == ["A-1", "A-2"]


def test_apologies_that_put_the_board_at_risk_alert_the_manager(assistant: Assistant) -> None:
    # The police are the board's only police members: their apologies, unrepresented, lose a statutory sector.
    say(assistant, "Sally Holmes", "apologies for the next board")
    reply = say(assistant, "Richard Fisher", "apologies for the next board")
    assert reply.stored
    alerts = reply.extra["alerts"]
    with db.transaction(assistant.database_url) as session:
        manager = session.scalars(select(Member).where(Member.name == "Martine McFadden")).one()
    assert alerts == [
        (
            manager.id,
            "The board meeting on Friday 10 July is at risk of being inquorate: 28 of 30 expected, but no "
            "one from police.",
        )
    ]
    rep = say(assistant, "Richard Fisher", "apologies for the next board, Mark Evans will attend for WMP")
    assert "alerts" not in rep.extra  # represented: quorate again


def test_a_manager_who_has_left_gets_no_alerts(assistant: Assistant) -> None:
    with db.transaction(assistant.database_url) as session:
        session.scalars(select(Member).where(Member.name == "Martine McFadden")).one().active = False
    say(assistant, "Sally Holmes", "apologies for the next board")
    reply = say(assistant, "Richard Fisher", "apologies for the next board")
    assert reply.stored and reply.extra["alerts"] == []


def test_withdrawing_apologies(assistant: Assistant) -> None:
    say(assistant, "Viv Townsend", "apologies for the next board")
    assert say(assistant, "Viv Townsend", "I can make it after all").text == (
        "Apologies withdrawn: you're expected at the board meeting on Friday 10 July."
    )
    assert count(assistant, Attendance) == 0
    assert say(assistant, "Viv Townsend", "withdraw my apologies for the July board").text.startswith(
        "You had not sent"
    )


def test_actions_nobody_owns_yet_stay_on_the_tracker(assistant: Assistant) -> None:
    """Minutes can hold an action with no owner; it stays on the tracker (chat asks for an owner instead)."""
    asked = say(assistant, "Martine McFadden", "Action: agenda item for DSCB once the review is tabled")
    assert asked.text.startswith("Who should own that action?") and not asked.stored
    with db.transaction(assistant.database_url) as session:
        record_action(session, assistant.board_id, NewAction(task="Agenda item for DSCB", owners=()), by=None)
    board = say(assistant, "Martine McFadden", "show me the action tracker")
    assert [(a.ref, a.owners, a.status) for a in board.actions] == [("A-1", (), "open")]


def test_closing_an_action_with_no_owner_says_so(assistant: Assistant) -> None:
    with db.transaction(assistant.database_url) as session:
        record_action(session, assistant.board_id, NewAction(task="Agenda item 10 July", owners=()), by=None)
    reply = say(assistant, "Martine McFadden", "A-1 done")
    assert reply.text.startswith("A-1 has no owner yet") and not reply.stored


def test_leave_pauses_digests(assistant: Assistant) -> None:
    reply = say(assistant, "Viv Townsend", "I'm on leave until 1 June")
    assert reply.stored and reply.text.startswith("Noted: no digests or reminders until you're back after Mon 1 June")
    with db.transaction(assistant.database_url) as session:
        viv = session.scalars(select(Member).where(Member.name == "Viv Townsend")).one()
        assert viv.away_until is not None and viv.away_until.isoformat() == "2015-06-01"


def test_only_owners_the_manager_or_the_chair_drop_re_date_or_reassign(assistant: Assistant) -> None:
    say(assistant, "Martine McFadden", "Viv Townsend to send the chart by 22 May")
    assert say(assistant, "Tony Oakman", "reassign A-1 to Sally Holmes").text.startswith(
        "Only the owners of A-1, the business manager or the chair can reassign it"
    )
    assert say(assistant, "Tony Oakman", "drop A-1").text.startswith(
        "Only the owners of A-1, the business manager or the chair can drop it"
    )
    viv, tony = person(assistant, "Viv Townsend"), person(assistant, "Tony Oakman")
    assert assistant.change_due(tony, 1, dt.date(2015, 6, 1), SEED_NOW).text.startswith("Only the owners of A-1")
    assert assistant.change_due(viv, 1, dt.date(2015, 6, 1), SEED_NOW).text == "A-1 is now due Mon 1 June."
    moved = say(assistant, "Viv Townsend", "please reassign A-1 to Sally Holmes")
    assert moved.text == "A-1 now belongs to Sally Holmes."
    assert [a.ref for a in say(assistant, "Sally Holmes", "what do I owe?").actions] == ["A-1"]
    assert say(assistant, "Viv Townsend", "what do I owe?").actions == ()
    assert say(assistant, "Roger Clayton", "drop A-1").text.startswith("Why is A-1 being dropped?")
    assert say(assistant, "Roger Clayton", "drop A-1, no longer needed").text == (
        "A-1 is dropped (no longer needed): Send the chart"
    )
    assert say(assistant, "Sally Holmes", "what do I owe?").actions == ()


@pytest.mark.parametrize(
    ("text", "until"),
    [
        ("I'm on leave until 1 June", "2015-06-01"),
        ("a/l until 12/06", "2015-06-12"),
        ("OOO through Friday", "2015-05-22"),
        ("hi all, im away till 5 june, thanks", "2015-06-05"),
        ("I'm back on 8 June", "2015-06-07"),
    ],
)
def test_leave_is_understood_in_the_one_path_of_a_message(assistant: Assistant, text: str, until: str) -> None:
    reply = say(assistant, "Viv Townsend", text)
    assert reply.stored and reply.text.startswith("Noted: no digests or reminders")
    with db.transaction(assistant.database_url) as session:
        viv = session.scalars(select(Member).where(Member.name == "Viv Townsend")).one()
        assert viv.away_until is not None and viv.away_until.isoformat() == until


def test_someone_elses_return_is_not_the_writers_leave(assistant: Assistant) -> None:
    say(assistant, "Viv Townsend", "Tony will be back on 8 June")
    with db.transaction(assistant.database_url) as session:
        viv = session.scalars(select(Member).where(Member.name == "Viv Townsend")).one()
        assert viv.away_until is None


def _away(assistant: Assistant, name: str) -> str | None:
    with db.transaction(assistant.database_url) as session:
        member = session.scalars(select(Member).where(Member.name == name)).one()
        return member.away_until.isoformat() if member.away_until else None


def test_someone_elses_leave_is_theirs_and_only_the_manager_or_chair_notes_it(assistant: Assistant) -> None:
    """ "fyi roger is away till 29 may" is Roger's leave: noted when the business manager or the chair writes it,
    never the writer's own."""
    reply = say(assistant, "Martine McFadden", "fyi tony is away till 29 may")
    assert reply.stored and reply.text.startswith("Noted: no digests or reminders for Tony Oakman until back after")
    assert _away(assistant, "Tony Oakman") == "2015-05-29" and _away(assistant, "Martine McFadden") is None
    news = say(assistant, "Viv Townsend", "kate's on leave until the 12th of june")  # news to a member, never hers
    assert not news.stored
    assert _away(assistant, "Kate McConnell") is None and _away(assistant, "Viv Townsend") is None
    asked = say(assistant, "Martine McFadden", "karen's on leave until the 12th of june")
    assert not asked.stored and "Karen" in asked.text
    assert _away(assistant, "Karen Jackson") is None and _away(assistant, "Karen Palk") is None
    say(assistant, "Chris Ballinger", "merlin and I are both off, back on tues 9 june")  # Chris's own, not Merlin's
    assert _away(assistant, "Chris Ballinger") == "2015-06-08" and _away(assistant, "Merlin Joseph") is None


def test_a_group_listing_counts_actions_not_shares(assistant: Assistant) -> None:
    for task in ("return the appraisal", "complete page 9"):
        say(assistant, "Martine McFadden", f"All members to {task} by end June")
    reply = say(assistant, "Martine McFadden", "what does all members owe?")
    assert reply.text.startswith("all members has 2 open actions")
    assert [v.ref for v in reply.actions] == ["A-1", "A-2"]
    assert [v.progress for v in reply.actions] == ["all members: 0 of 30 done"] * 2


@pytest.mark.parametrize("text", ["what does Joe Nobody owe", "what does Joe Nobody owe?", "show Joe Nobody's actions"])
def test_a_name_not_on_the_roster_is_said_to_be_unknown(assistant: Assistant, text: str) -> None:
    say(assistant, "Martine McFadden", "Viv Townsend to send the chart by 22 May")
    reply = say(assistant, "Martine McFadden", text)
    assert reply.text.startswith("Joe Nobody isn't on the board's roster") and not reply.actions


@pytest.mark.parametrize("text", ["A-1", "show A-1", "what's A-1 about?", "whats A-1", "details of A-1 please"])
def test_one_action_is_shown_with_its_history(assistant: Assistant, text: str) -> None:
    say(assistant, "Martine McFadden", "Viv Townsend to send the chart by 22 May")
    say(assistant, "Viv Townsend", "A-1: draft sent to Martine")
    reply = say(assistant, "Tony Oakman", text)
    assert reply.text.startswith("A-1 and its history:") and "recorded by Martine McFadden" in reply.text
    assert [v.ref for v in reply.actions] == ["A-1"] and not reply.stored
    assert not reply.actions[0].overdue  # due 22 May, shown on 15 May: judged on the conversation's clock
