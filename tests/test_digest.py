"""Daily digests and leave: who gets what on which day, the manager's digest, fixed query counts, and the
`digest preview` command on the seed minutes; on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from sqlalchemy import select, update
from typer.testing import CliRunner

from bot.directory import Person
from bot.errors import NotAllowed
from bot.reports.digest import (
    Digest,
    compute_digests,
    compute_manager_digest,
    digest_as_json,
    is_working_day,
    manager_digest_as_json,
    next_send_day,
    sends_on,
)
from bot.tracker.actions import NewAction, complete_action, record_action
from bot.tracker.apologies import send_apologies
from bot.tracker.leave import set_leave
from bot.tracker.meetings import add_meeting
from bot.understanding.interpretation import Owner
from bot.understanding.leave import parse_leave
from bot.understanding.leave_status import status_means_leave
from cli.digest import digest_app
from store import db
from store.models import (
    Action,
    Assignment,
    Board,
    Delivery,
    DeliveryStatus,
    DigestFrequency,
    Event,
    Group,
    Member,
    Role,
)
from tests.conftest import add_board_meetings, dscb, make_board, shared_fixture, statements

MONDAY = dt.date(2015, 6, 29)  # the Monday before the appraisal is due (Tuesday 30 June)
SATURDAY = dt.date(2015, 6, 27)
SPRING_BANK_HOLIDAY = dt.date(2015, 5, 25)


# Helpers ---------------------------------------------------------------------------------------------------
def ids(url: str, board_id: int) -> dict[str, int]:
    with db.transaction(url) as session:
        rows = session.execute(select(Member.name, Member.id).where(Member.board_id == board_id))
        return {name: member_id for name, member_id in rows}


def record(
    url: str,
    board_id: int,
    task: str,
    *owners: Owner,
    due: dt.date | None = None,
    asap: bool = False,
    created: dt.date | None = None,
) -> int:
    """Record an action (optionally back-dated) and return its number."""
    with db.transaction(url) as session:
        action = record_action(session, board_id, NewAction(task, owners, due=due, asap=asap), by=None)
        if created is not None:
            action.created_at = dt.datetime.combine(created, dt.time(9))
        return action.number


def member(url: str, board_id: int, name: str) -> Owner:
    return Owner("member", name, ids(url, board_id)[name])


def all_members(url: str, board_id: int) -> Owner:
    with db.transaction(url) as session:
        group_id = session.scalar(select(Group.id).where(Group.board_id == board_id, Group.name == "all members"))
    return Owner("group", "all members", group_id)


def set_member(url: str, board_id: int, name: str, **values: Any) -> None:
    with db.transaction(url) as session:
        session.execute(update(Member).where(Member.board_id == board_id, Member.name == name).values(**values))


def digests_on(url: str, board_id: int, day: dt.date) -> dict[str, Digest]:
    with db.transaction(url) as session:
        return {d.member: d for d in compute_digests(session, board_id, day)}


def refs(views: Any) -> list[str]:
    return [v.ref for v in views]


# Working days ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("day", "working"),
    [
        (MONDAY, True),
        (SATURDAY, False),
        (dt.date(2015, 6, 28), False),
        (SPRING_BANK_HOLIDAY, False),
        (dt.date(2015, 5, 4), False),  # Early May bank holiday
        (dt.date(2015, 8, 31), False),  # Summer bank holiday
        (dt.date(2015, 12, 28), False),  # Boxing Day, observed on the Monday
        (dt.date(2015, 4, 3), False),  # Good Friday
        (dt.date(2015, 3, 17), True),  # St Patrick's Day is not a holiday in England and Wales
        (dt.date(2015, 11, 30), True),  # nor St Andrew's Day
    ],
)
def test_working_days_in_england_and_wales(day: dt.date, working: bool) -> None:
    assert is_working_day(day) is working


def test_weekly_means_the_first_working_day_of_the_week() -> None:
    assert sends_on(DigestFrequency.WEEKLY, MONDAY)
    assert not sends_on(DigestFrequency.WEEKLY, MONDAY + dt.timedelta(days=1))
    assert not sends_on(DigestFrequency.WEEKLY, SPRING_BANK_HOLIDAY)
    assert sends_on(DigestFrequency.WEEKLY, SPRING_BANK_HOLIDAY + dt.timedelta(days=1))  # after a bank holiday Monday
    assert not sends_on(DigestFrequency.OFF, MONDAY)
    assert next_send_day(DigestFrequency.DAILY, dt.date(2015, 5, 22)) == dt.date(2015, 5, 26)
    assert next_send_day(DigestFrequency.WEEKLY, MONDAY) == dt.date(2015, 7, 6)


# Member digests --------------------------------------------------------------------------------------------
def test_a_members_digest_lists_overdue_due_soon_and_old_asap_actions(database_url: str, board_id: int) -> None:
    viv = member(database_url, board_id, "Viv Townsend")
    overdue = record(database_url, board_id, "Send the chart", viv, due=dt.date(2015, 6, 26))
    today = record(database_url, board_id, "Circulate the presentation", viv, due=MONDAY)
    soon = record(database_url, board_id, "Draft the report", viv, due=MONDAY + dt.timedelta(days=6))
    record(database_url, board_id, "Plan the conference", viv, due=MONDAY + dt.timedelta(days=7))  # a week off
    old_asap = record(database_url, board_id, "Send the list", viv, asap=True, created=dt.date(2015, 6, 22))
    record(database_url, board_id, "Send the slides", viv, asap=True, created=dt.date(2015, 6, 23))  # < a week
    record(database_url, board_id, "No date", viv)
    done = record(database_url, board_id, "Already done", viv, due=dt.date(2015, 6, 1))
    with db.transaction(database_url) as session:
        complete_action(session, board_id, done, by=Person(viv.id or 0, viv.name), today=MONDAY)

    digests = digests_on(database_url, board_id, MONDAY)
    assert list(digests) == ["Viv Townsend"]  # nobody else owes anything: no message
    viv_digest = digests["Viv Townsend"]
    assert refs(viv_digest.overdue) == [f"A-{overdue}"]
    assert refs(viv_digest.due_soon) == [f"A-{today}", f"A-{soon}"]
    assert refs(viv_digest.due_today) == [f"A-{today}"]
    assert refs(viv_digest.asap) == [f"A-{old_asap}"]
    assert viv_digest.meeting is None
    assert digest_as_json(viv_digest) == {
        "member": "Viv Townsend",
        "overdue": [{"ref": f"A-{overdue}", "text": "Send the chart", "due": "2015-06-26"}],
        "due_soon": [
            {"ref": f"A-{today}", "text": "Circulate the presentation", "due": "2015-06-29"},
            {"ref": f"A-{soon}", "text": "Draft the report", "due": "2015-07-05"},
        ],
        "asap": [{"ref": f"A-{old_asap}", "text": "Send the list", "due": None}],
        "meeting": None,
    }


def test_group_and_agency_actions_reach_each_member_who_owes_them(database_url: str, board_id: int) -> None:
    appraisal = record(database_url, board_id, "Complete the appraisal", all_members(database_url, board_id),
                       due=dt.date(2015, 6, 30))  # fmt: skip
    with db.transaction(database_url) as session:
        police = session.scalar(
            select(Member.agency_id).where(Member.board_id == board_id, Member.name == "Sally Holmes")
        )
    s11 = record(database_url, board_id, "Return the S11 audit", Owner("agency", "West Midlands Police", police),
                 due=dt.date(2015, 7, 1))  # fmt: skip
    sally = ids(database_url, board_id)["Sally Holmes"]
    with db.transaction(database_url) as session:  # Sally has returned her appraisal: it is off her list
        complete_action(session, board_id, appraisal, by=Person(sally, "Sally Holmes"), today=MONDAY)

    digests = digests_on(database_url, board_id, MONDAY)
    assert len(digests) == 30
    assert refs(digests["Viv Townsend"].due_soon) == [f"A-{appraisal}"]
    assert refs(digests["Richard Fisher"].due_soon) == [f"A-{appraisal}", f"A-{s11}"]
    assert refs(digests["Sally Holmes"].due_soon) == [f"A-{s11}"]


def test_no_digests_at_weekends_or_on_bank_holidays(database_url: str, board_id: int) -> None:
    record(database_url, board_id, "Complete the appraisal", all_members(database_url, board_id),
           due=dt.date(2015, 5, 26))  # fmt: skip
    assert digests_on(database_url, board_id, SPRING_BANK_HOLIDAY) == {}
    assert digests_on(database_url, board_id, dt.date(2015, 5, 23)) == {}
    assert len(digests_on(database_url, board_id, dt.date(2015, 5, 26))) == 30


def test_weekly_members_hear_on_mondays_off_members_never(database_url: str, board_id: int) -> None:
    record(database_url, board_id, "Complete the appraisal", all_members(database_url, board_id),
           due=dt.date(2015, 7, 3))  # fmt: skip
    set_member(database_url, board_id, "Viv Townsend", digest=DigestFrequency.WEEKLY)
    set_member(database_url, board_id, "Tony Oakman", digest=DigestFrequency.OFF)
    monday = digests_on(database_url, board_id, MONDAY)
    tuesday = digests_on(database_url, board_id, MONDAY + dt.timedelta(days=1))
    assert "Viv Townsend" in monday and "Viv Townsend" not in tuesday
    assert "Tony Oakman" not in monday and "Tony Oakman" not in tuesday
    assert "Sally Holmes" in monday and "Sally Holmes" in tuesday


def test_members_on_leave_inactive_or_off_the_board_get_nothing(database_url: str, board_id: int) -> None:
    record(database_url, board_id, "Complete the appraisal", all_members(database_url, board_id),
           due=dt.date(2015, 7, 3))  # fmt: skip
    set_member(database_url, board_id, "Viv Townsend", away_until=MONDAY)
    set_member(database_url, board_id, "Tony Oakman", away_until=MONDAY - dt.timedelta(days=1))  # back today
    set_member(database_url, board_id, "Sally Holmes", active=False)
    set_member(database_url, board_id, "Roger Clayton", on_board=False)
    got = digests_on(database_url, board_id, MONDAY)
    assert "Viv Townsend" not in got and "Sally Holmes" not in got and "Roger Clayton" not in got
    assert "Tony Oakman" in got
    assert "Viv Townsend" in digests_on(database_url, board_id, MONDAY + dt.timedelta(days=1))


def test_a_week_before_a_board_meeting_everyone_is_asked_for_apologies(database_url: str, board_id: int) -> None:
    names = ids(database_url, board_id)
    viv = Owner("member", "Viv Townsend", names["Viv Townsend"])
    record(database_url, board_id, "Send the chart", viv)  # no date: only counted for the update request
    with db.transaction(database_url) as session:
        send_apologies(session, board_id, names["Tony Oakman"], dt.date(2015, 7, 10), representative="Claire Hill",
                       by=Person(names["Tony Oakman"], "Tony Oakman"), today=MONDAY)  # fmt: skip
    assert digests_on(database_url, board_id, dt.date(2015, 7, 2)) == {}
    notices = digests_on(database_url, board_id, dt.date(2015, 7, 3))  # board on Friday 10 July
    assert len(notices) == 30
    viv_notice = notices["Viv Townsend"].meeting
    assert viv_notice is not None
    assert (viv_notice.date, viv_notice.start, viv_notice.venue) == (dt.date(2015, 7, 10), dt.time(10), "Saltwells EDC")
    assert viv_notice.open_actions == 1 and not viv_notice.apologies_sent
    tony_notice = notices["Tony Oakman"].meeting
    assert tony_notice is not None and tony_notice.apologies_sent and tony_notice.representative == "Claire Hill"
    assert digest_as_json(notices["Viv Townsend"])["meeting"] == {
        "date": "2015-07-10", "start": "10:00", "end": "14:00", "venue": "Saltwells EDC"
    }  # fmt: skip
    assert digests_on(database_url, board_id, dt.date(2015, 7, 6)) == {}  # said once


def test_a_meeting_notice_due_on_a_bank_holiday_goes_out_the_working_day_before(
    database_url: str, board_id: int
) -> None:
    with db.transaction(database_url) as session:
        add_meeting(session, board_id, dt.date(2015, 6, 1), start=dt.time(10))  # a week after Spring Bank Holiday
    assert "Viv Townsend" in digests_on(database_url, board_id, dt.date(2015, 5, 22))
    assert digests_on(database_url, board_id, dt.date(2015, 5, 26)) == {}


# The manager's digest ---------------------------------------------------------------------------------------
def test_the_managers_digest(database_url: str, board_id: int) -> None:
    names = ids(database_url, board_id)
    now = dt.datetime(2015, 6, 29, 8, 30)
    viv = Owner("member", "Viv Townsend", names["Viv Townsend"])
    sally = Owner("member", "Sally Holmes", names["Sally Holmes"])
    old = record(database_url, board_id, "Old and overdue", sally, due=dt.date(2015, 6, 1), created=dt.date(2015, 5, 1))
    closed = record(database_url, board_id, "Closed yesterday", viv, created=dt.date(2015, 5, 1))
    new = record(database_url, board_id, "New yesterday", viv, due=dt.date(2015, 7, 3))
    with db.transaction(database_url) as session:
        session.execute(update(Action).where(Action.board_id == board_id, Action.number == new)
                        .values(created_at=dt.datetime(2015, 6, 28, 15)))  # fmt: skip
        complete_action(session, board_id, closed, by=Person(viv.id or 0, viv.name), today=MONDAY)
        session.execute(update(Assignment).where(Assignment.action_id == select(Action.id).where(
            Action.board_id == board_id, Action.number == closed).scalar_subquery())
            .values(updated_at=dt.datetime(2015, 6, 27, 12)))  # fmt: skip
        session.execute(update(Member).where(Member.id == names["Tony Oakman"]).values(away_until=dt.date(2015, 7, 3)))
        send_apologies(session, board_id, names["Tony Oakman"], dt.date(2015, 7, 10), representative=None,
                       by=Person(names["Tony Oakman"], "Tony Oakman"), today=MONDAY)  # fmt: skip
    with db.transaction(database_url) as session:
        digest = compute_manager_digest(session, board_id, now)
    assert digest is not None
    got = manager_digest_as_json(digest)
    assert [a["ref"] for a in got["new"]] == [f"A-{new}"]
    assert got["since"] == "2015-06-28T08:30"  # no manager digest sent yet: the last 24 hours
    assert [a["ref"] for a in got["closed"]] == []  # closed on Saturday 27 June
    assert got["overdue_by_agency"] == [{"agency": "West Midlands Police", "overdue": 1}]
    assert got["overdue_actions"] == 1 and got["open_actions"] == 2
    assert got["next_meeting"]["date"] == "2015-07-10"
    assert got["next_meeting"]["apologies"] == [{"member": "Tony Oakman", "agency": "DMBC",
                                                 "representative": None}]  # fmt: skip
    assert got["next_meeting"]["quorate"] is True
    assert got["away"] == [{"member": "Tony Oakman", "until": "2015-07-03"}]
    assert f"A-{old}" not in [a["ref"] for a in got["new"]]

    # The last manager digest sent sets "since": everything closed after it is listed.
    with db.transaction(database_url) as session:
        session.add(Delivery(board_id=board_id, key="manager_digest:2015-06-26:channel", kind="manager_digest",
                             status=DeliveryStatus.SENT, sent_at=dt.datetime(2015, 6, 26, 7, 31)))  # fmt: skip
    with db.transaction(database_url) as session:
        later = compute_manager_digest(session, board_id, now)
    assert later is not None
    assert later.since == dt.datetime(2015, 6, 26, 8, 31)  # board time (BST)
    assert refs(later.closed_actions) == [f"A-{closed}"]
    with db.transaction(database_url) as session:
        assert compute_manager_digest(session, board_id, dt.datetime(2015, 6, 27, 8, 30)) is None  # Saturday


def test_the_managers_digest_warns_when_the_meeting_may_be_inquorate(database_url: str, board_id: int) -> None:
    names = ids(database_url, board_id)
    with db.transaction(database_url) as session:
        for name in ("Sally Holmes", "Richard Fisher"):  # both police members send apologies, no representative
            send_apologies(session, board_id, names[name], dt.date(2015, 7, 10), representative=None,
                           by=Person(names[name], name), today=MONDAY)  # fmt: skip
    with db.transaction(database_url) as session:
        digest = compute_manager_digest(session, board_id, dt.datetime(2015, 6, 29, 8, 30))
    assert digest is not None and digest.quorum is not None
    assert not digest.quorum.quorate
    assert "police" in digest.quorum.describe()


# A fixed number of queries -------------------------------------------------------------------------------------
def _board_with_actions(url: str, name: str, owners: int) -> int:
    board = make_board(url, name)
    add_board_meetings(url, board)
    names = sorted(ids(url, board).items())[:owners]
    for index, (person, member_id) in enumerate(names):
        who = Owner("member", person, member_id)
        record(url, board, f"Task {index} overdue", who, due=dt.date(2015, 6, 1))
        record(url, board, f"Task {index} soon", who, due=dt.date(2015, 7, 1))
        record(url, board, f"Task {index} asap", who, asap=True, created=dt.date(2015, 5, 1))
        record(url, board, f"Task {index} shared", who, Owner("member", names[0][0], names[0][1]),
               due=dt.date(2015, 7, 2))  # fmt: skip
    record(url, board, "Everyone's appraisal", all_members(url, board), due=dt.date(2015, 7, 31))
    return board


def test_computing_digests_takes_the_same_queries_for_5_or_30_members(database_url: str) -> None:
    small = _board_with_actions(database_url, "Small board", 5)
    large = _board_with_actions(database_url, "Large board", 30)
    counts = []
    for board, expected in ((small, 5), (large, 30)):
        for day in (MONDAY, dt.date(2015, 7, 3)):  # with and without a meeting notice
            with db.transaction(database_url) as session, statements(database_url) as seen:
                got = compute_digests(session, board, day)
                manager = compute_manager_digest(session, board, dt.datetime.combine(day, dt.time(8, 30)))
            assert manager is not None
            assert len([d for d in got if d.overdue]) == expected
            counts.append((day, len(seen)))
    assert counts[:2] == counts[2:], counts
    assert max(n for _, n in counts) <= 25


# Leave ------------------------------------------------------------------------------------------------------
LEAVE_NOW = dt.datetime(2015, 5, 15, 9, 30)  # a Friday


@pytest.mark.parametrize(
    ("text", "until"),
    [
        ("I'm on leave until 1 June", dt.date(2015, 6, 1)),
        ("away until 12/06", dt.date(2015, 6, 12)),
        ("off until Monday", dt.date(2015, 5, 18)),
        ("back on 8 June", dt.date(2015, 6, 7)),
        ("on annual leave till the end of the month", dt.date(2015, 5, 31)),
        ("I’m on holiday until the 3rd", dt.date(2015, 6, 3)),
        ("OOO until Friday 22 May", dt.date(2015, 5, 22)),
        ("Out of the office, back Tuesday 26 May", dt.date(2015, 5, 25)),
        ("I'm on leave from today until 12/06, Claire Hill is covering", dt.date(2015, 6, 12)),
        ("report back to the board by 10 July", None),
        ("Viv to send the chart by Monday", None),
        ("I'm on leave", None),
        ("what do I owe?", None),
    ],
)
def test_parse_leave(text: str, until: dt.date | None) -> None:
    assert parse_leave(text, LEAVE_NOW) == until


def _unix(day: dt.date, hour: int) -> int:
    return int(dt.datetime.combine(day, dt.time(hour)).replace(tzinfo=dt.UTC).timestamp())


@pytest.mark.parametrize(
    ("text", "emoji", "expiration", "until"),
    [
        ("On leave", ":palm_tree:", _unix(dt.date(2015, 7, 6), 0), dt.date(2015, 7, 5)),  # clears at midnight (BST)
        ("Vacationing", ":palm_tree:", None, MONDAY),  # no expiry: today, checked again tomorrow
        ("", ":palm_tree:", 0, MONDAY),
        ("Annual leave until 3 July", "", 0, dt.date(2015, 7, 3)),
        ("OOO", ":no_entry:", _unix(dt.date(2015, 7, 3), 16), dt.date(2015, 7, 3)),
        ("Out sick", ":face_with_thermometer:", None, MONDAY),
        ("In a meeting", ":spiral_calendar_pad:", _unix(MONDAY, 11), None),
        ("Away from my desk", "", None, None),
        ("Working remotely", ":house_with_garden:", None, None),
        ("On leave", ":palm_tree:", _unix(dt.date(2015, 6, 26), 17), None),  # an old status that has run out
    ],
)
def test_a_slack_status_that_means_leave(text: str, emoji: str, expiration: int | None, until: dt.date | None) -> None:
    assert status_means_leave(text, emoji, expiration, MONDAY) == until


def test_set_leave_by_the_member_or_the_manager_only(database_url: str, board_id: int) -> None:
    names = ids(database_url, board_id)
    viv = Person(names["Viv Townsend"], "Viv Townsend")
    with db.transaction(database_url) as session:
        set_leave(session, board_id, viv.id, dt.date(2015, 7, 3), by=viv)
    with db.transaction(database_url) as session, pytest.raises(NotAllowed):
        set_leave(session, board_id, names["Tony Oakman"], dt.date(2015, 7, 3), by=viv)
    manager = Person(names["Martine McFadden"], "Martine McFadden", role=Role.MANAGER)
    with db.transaction(database_url) as session:
        set_leave(session, board_id, names["Tony Oakman"], dt.date(2015, 7, 1), by=manager)
        set_leave(session, board_id, viv.id, None, by=viv)  # back early
    with db.transaction(database_url) as session:
        rows = session.execute(select(Member.name, Member.away_until).where(Member.board_id == board_id))
        away = {name: until for name, until in rows}
        changes = session.execute(
            select(Event.change, Event.actor, Event.new)
            .where(Event.entity == "member", Event.change.in_(["leave", "back"]))
            .order_by(Event.id)
        ).all()
    assert away["Viv Townsend"] is None and away["Tony Oakman"] == dt.date(2015, 7, 1)
    assert [(c, a) for c, a, _ in changes] == [("leave", "Viv Townsend"), ("leave", "Martine McFadden"),
                                               ("back", "Viv Townsend")]  # fmt: skip
    assert changes[0][2] == {"away_until": "2015-07-03"}


# `digest preview` on the seed minutes --------------------------------------------------------------------------
def import_seed(url: str) -> None:
    """The seed roster and minutes, imported the way the business manager does it."""
    roster = shared_fixture("dscb-roster.csv")
    minutes = shared_fixture("dscb-minutes-2015-05-15.txt")
    for args in (("roster", "import", str(roster)), ("import-minutes", str(minutes))):
        done = dscb(*args, url=url)
        assert done.returncode == 0, done.stderr


def preview(url: str, *args: str) -> Any:
    result = CliRunner().invoke(digest_app, ["preview", *args], env={"DATABASE_URL": url, "DSCB_BOARD": ""})
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout) if "--json" in args else result.stdout


def test_preview_on_the_seed_minutes(database_url: str) -> None:
    import_seed(database_url)
    monday = preview(database_url, "--now", "2015-06-29T08:30", "--json")
    assert len(monday) == 30  # every member has their own share of the appraisal, except the one it goes to
    for entry in monday:
        appraisal = [a for a in entry["due_soon"] if "appraisal" in a["text"]]
        if entry["member"] == "Martine McFadden":  # "all members to complete and return to Martine McFadden"
            assert appraisal == [], entry
            continue
        assert len(appraisal) == 1 and appraisal[0]["due"] == "2015-06-30", entry
        assert set(entry) == {"member", "overdue", "due_soon", "asap", "meeting"}
    assert preview(database_url, "--now", "2015-06-27T08:30", "--json") == []  # Saturday
    assert preview(database_url, "--now", "2015-05-25T08:30", "--json") == []  # Spring Bank Holiday
    notice = preview(database_url, "--now", "2015-07-03T08:30", "--json")  # a week before the July board
    assert len(notice) == 30 and all(e["meeting"] and e["meeting"]["date"] == "2015-07-10" for e in notice)
    text = preview(database_url, "--now", "2015-06-29T08:30")
    assert "30 member digests" in text and "Manager's digest" in text
    with db.transaction(database_url) as session:
        assert session.scalars(select(Delivery)).all() == []  # a preview writes nothing
        assert session.scalar(select(Board.digest_time)) == dt.time(8, 30)
