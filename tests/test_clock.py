"""One clock for everything a command stores: `--now` (a command's own, or `dscb --now` before any command) fixes
the time of events, records, done dates and apologies, not only "today"; on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import datetime as dt
import io

from sqlalchemy import select

from bot import clock
from store import db
from store.clock import utcnow
from store.models import Action, AssignmentStatus, Attendance, Event
from tests.conftest import count_rows, dscb

WEEK = (
    "Viv Townsend to send the chart by 22 May\n"
    "all members to return the appraisal to Martine by end June\n"
    "can't make 10 July, Claire Hill will come instead\n"
)


def test_the_clock_is_fixed_in_its_block_only_and_kept_as_utc() -> None:
    with clock.fixed_at(dt.datetime(2015, 5, 15, 9, 30)):  # British Summer Time: 08:30 UTC
        assert utcnow() == dt.datetime(2015, 5, 15, 8, 30)
        assert clock.local_now() == dt.datetime(2015, 5, 15, 9, 30) and clock.today() == dt.date(2015, 5, 15)
        with clock.fixed_at(dt.datetime(2015, 12, 1, 23, 30, tzinfo=dt.UTC)):  # an aware time, as it says
            assert clock.local_now() == dt.datetime(2015, 12, 1, 23, 30) and clock.is_fixed()
        assert utcnow() == dt.datetime(2015, 5, 15, 8, 30)
    assert not clock.is_fixed()
    assert abs(utcnow() - dt.datetime.now(dt.UTC).replace(tzinfo=None)) < dt.timedelta(minutes=5)


def test_a_simulated_week_stores_simulated_times_and_the_report_shows_them(database_url: str, board_id: int) -> None:
    url = database_url
    chat = dscb("console", "--as", "Tony Oakman", "--now", "2015-05-15T09:30", url=url, stdin=WEEK)
    assert chat.returncode == 0 and "Recorded A-1" in chat.stdout, chat.stdout + chat.stderr
    done = dscb("action", "A-1", "--done", "--as", "Viv Townsend", "--now", "2015-05-20T14:00", url=url)
    assert done.returncode == 0, done.stderr
    noted = dscb("--now", "2015-05-21T10:00", "action", "A-2", "--update", "form sent out", url=url)  # global --now
    assert noted.returncode == 0, noted.stderr
    may15, may20, may21 = dt.datetime(2015, 5, 15, 8, 30), dt.datetime(2015, 5, 20, 13), dt.datetime(2015, 5, 21, 9)
    with db.reading(url) as session:
        assert set(session.scalars(select(Action.created_at).where(Action.board_id == board_id))) == {may15}
        chart = session.scalars(select(Action).where(Action.board_id == board_id, Action.number == 1)).one()
        assert [(a.status, a.updated_at) for a in chart.assignments] == [(AssignmentStatus.DONE, may20)]
        assert set(session.scalars(select(Attendance.recorded_at))) == {may15}
        stamps = {
            (e.change, e.at) for e in session.scalars(select(Event).where(Event.entity.in_(("action", "attendance"))))
        }
    assert ("recorded", may15) in stamps and ("apologies", may15) in stamps
    assert ("done", may20) in stamps and ("update", may21) in stamps
    assert {at for _, at in stamps} == {may15, may20, may21}
    report = dscb("report", "tracker", "--format", "csv", "--now", "2015-05-21T10:00", url=url)
    assert report.returncode == 0, report.stderr
    rows = list(csv.reader(io.StringIO(report.stdout)))
    chart_row = next(r for r in rows if "A-1" in r)
    assert "2015-05-20" in chart_row, chart_row


def test_a_bad_now_is_one_clear_line_and_changes_nothing(sqlite_url: str) -> None:
    for args in (("--now", "next Tuesday", "roster"), ("action", "A-1", "--update", "x", "--now", "15/05/2015")):
        result = dscb(*args, url=sqlite_url)
        assert result.returncode == 2 and "is not an ISO date-time" in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
    assert count_rows(sqlite_url, Event) == (0,)
