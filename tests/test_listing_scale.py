"""Listing what someone owes: paged in SQL, so a request costs one statement at any board size."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import insert, select

from bot.directory import load_directory
from bot.reports.home import home_for
from bot.tracker import actions
from bot.understanding.interpretation import Owner
from store import db
from store.models import Action, Assignment, AssignmentStatus, Member
from tests.conftest import add_board_meetings, make_board, statements

TODAY = dt.date(2015, 6, 1)


def _fill(url: str, count: int) -> tuple[int, Member, list[int]]:
    """A board whose ``count`` actions go to the 30 members in turn, due over 120 days from 1 May (every
    seventh undated, every fifth done); returns it, Viv Townsend and the numbers of her open actions."""
    board_id = make_board(url)
    add_board_meetings(url, board_id)
    with db.transaction(url) as session:
        members = list(session.scalars(select(Member).where(Member.board_id == board_id).order_by(Member.id)))
        session.execute(insert(Action), [
            {"board_id": board_id, "number": n, "text": f"Task {n}", "asap": False,
             "due": dt.date(2015, 5, 1) + dt.timedelta(days=n % 120) if n % 7 else None}
            for n in range(1, count + 1)
        ])  # fmt: skip
        ids = session.execute(select(Action.id, Action.number).where(Action.board_id == board_id)).all()
        session.execute(insert(Assignment), [
            {"action_id": action_id, "member_id": members[number % 30].id,
             "status": AssignmentStatus.DONE if number % 5 == 0 else AssignmentStatus.OPEN}
            for action_id, number in ids
        ])  # fmt: skip
        at, viv = next((i, m) for i, m in enumerate(members) if m.name == "Viv Townsend")
        session.expunge(viv)
        return board_id, viv, [n for n in range(1, count + 1) if n % 30 == at and n % 5]


@pytest.mark.parametrize("count", [100, 3_000])
def test_a_page_takes_one_statement_and_matches_the_whole_listing(database_url: str, count: int) -> None:
    board_id, viv, owed = _fill(database_url, count)
    me = [Owner("member", viv.name, viv.id)]
    with db.transaction(database_url) as session:
        directory = load_directory(session, board_id)
        everything = actions.open_actions(session, board_id, owners=me, directory=directory, today=TODAY)
        with statements(database_url) as seen:
            page = actions.owed_page(session, board_id, owners=me, directory=directory, today=TODAY, offset=20,
                                     limit=20)  # fmt: skip
    assert len(seen) == (1 if page.offset == 20 else 3)  # past the end: nothing, the count, then the last page
    assert page.total == len(everything) == len(owed)
    assert page.overdue == sum(v.overdue for v in everything) > 0
    assert page.offset == (20 if len(owed) > 20 else 0)  # past the end: the last page
    assert page.views == tuple(everything[page.offset : page.offset + 20])
    dated = [v.due for v in everything if v.due]
    assert dated == sorted(dated) and everything[-1].due is None  # overdue first, then by date, undated last
    assert all(v.owners == ("Viv Townsend",) and v.status == "open" for v in page.views)


def test_a_page_past_the_end_is_the_last_page(database_url: str) -> None:
    board_id, viv, owed = _fill(database_url, 200)
    with db.transaction(database_url) as session:
        me = [Owner("member", viv.name, viv.id)]
        page = actions.owed_page(session, board_id, owners=me, today=TODAY, offset=400, limit=20)
    assert page.total == len(owed) == len(page.views) and page.offset == 0


@pytest.mark.parametrize("count", [100, 3_000])
def test_the_home_page_costs_the_same_at_any_size(database_url: str, count: int) -> None:
    board_id, viv, owed = _fill(database_url, count)
    with db.transaction(database_url) as session:
        directory = load_directory(session, board_id)
        person = directory.member(viv.id)
        assert person is not None
        with statements(database_url) as seen:
            home = home_for(session, board_id, person, directory, TODAY, limit=35)
    assert len(seen) == 4  # the page, the next meeting, its attendance, the agency's audit returns
    assert home.open_total == len(owed)
    assert len(home.actions) == min(35, home.open_total)
