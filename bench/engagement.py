"""The partner engagement report over five years of a board's history, and the tracker report that carries its last
12 months.

The board, generated into a SQLite file: bench.data's board (the demo roster: 30 members of 18 agencies; its
3,000 actions inserted in bulk) given five years of history. 30 board meetings (the second Friday of every other
month, January 2015 to November 2019), each with its attendance recorded: about three in four members present, one
in six sending apologies (half of them naming a representative, a colleague on the board or someone from outside)
and the rest absent. The actions are recorded across the five years, two in three at a board meeting (from its
minutes), the rest in chat between them, due two weeks to four months later; one in fifty is the whole board's
(a share for each member). Those older than three months are mostly closed, on time, late or dropped; the others
mostly open. A yearly S11 cycle (each statutory agency's return) and a yearly S175 cycle (60 schools), most
returns in.

Measured in process, as `dscb report engagement` runs them, on the day after the five years (today: 1 January
2020): ``compute_engagement`` for the whole five years (its statements too), then the report as html
(``page_html``, the four charts inline) and as pdf (``page_pdf``), each from the figures computed afresh; the
target is the whole report, figures and page, within 3 s. For information, the tracker report for the next meeting
pack with its 12 months of engagement (``build_report(engagement=True)``), as html and xlsx, and its statements.
Median of RUNS runs after a warm-up.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from bench.data import build_board, databases
from bench.report import Result
from bot.reports.engagement import compute_engagement
from bot.reports.engagement_model import Engagement
from bot.reports.engagement_render import page_html, page_pdf
from bot.reports.tracker import build_report, render_html, render_xlsx
from bot.tracker.audits import add_cycle
from store import db
from store.models import (
    Action,
    Assignment,
    AssignmentStatus,
    Attendance,
    AttendanceStatus,
    AuditReturn,
    AuditStatus,
    AuditType,
    Group,
    Meeting,
    MeetingKind,
    School,
)

GROUP = "engagement"
ACTIONS = 3_000
YEARS = range(2015, 2020)
START, TODAY = dt.date(2015, 1, 1), dt.date(2020, 1, 1)
SCHOOLS = 60
RUNS = 3
TARGET_S = 3.0
SEED = 20150101


def second_friday(year: int, month: int) -> dt.date:
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(4 - first.weekday()) % 7 + 7)


MEETINGS = tuple(second_friday(year, month) for year in YEARS for month in (1, 3, 5, 7, 9, 11))


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as folder, databases(Path(folder), postgres=False) as urls:
        url = urls["sqlite"]
        started = time.perf_counter()
        board_id = five_years(url)
        built = time.perf_counter() - started
        return _measure(url, board_id, built)


# The board --------------------------------------------------------------------------------------------------------
def five_years(url: str) -> int:
    """bench.data's board with five years of history (see the module's docstring); its id."""
    board = build_board(url, actions=ACTIONS, meetings=False)
    chance = random.Random(SEED)
    with db.transaction(url) as session:
        session.execute(insert(Meeting), [
            {"board_id": board.board_id, "kind": MeetingKind.BOARD, "date": day, "title": "", "start": dt.time(10),
             "end": dt.time(13), "venue": "Saltwells EDC"}
            for day in MEETINGS
        ])  # fmt: skip
        listed = session.execute(select(Meeting.date, Meeting.id).where(Meeting.board_id == board.board_id))
        meetings: dict[dt.date, int] = {day: meeting_id for day, meeting_id in listed}
        session.execute(insert(Attendance), _attendance(chance, meetings, board.member_ids))
        everyone = session.scalars(select(Group.id).where(Group.board_id == board.board_id,
                                                          Group.name == "all members")).one()  # fmt: skip
        actions = session.execute(
            select(Action.id, Action.number, Assignment.id, Assignment.member_id)
            .join(Assignment, Assignment.action_id == Action.id)
            .where(Action.board_id == board.board_id)
            .order_by(Action.number)
        ).all()
        changed, shares, added = [], [], []
        for action_id, number, share_id, member_id in actions:  # one share each, as built
            action, closing = _history(chance, number, meetings)
            changed.append({"id": action_id, **action})
            if number % 50 == 0:  # the whole board's: a share for each member, each closed in its own time
                shares.append({"id": share_id, "group_id": everyone, **closing()})
                added += [{"action_id": action_id, "member_id": other, "group_id": everyone, **closing()}
                          for other in board.member_ids if other != member_id]  # fmt: skip
            else:
                shares.append({"id": share_id, **closing()})
        session.execute(update(Action), changed)
        session.execute(update(Assignment), shares)
        session.execute(insert(Assignment), added)
        session.execute(insert(School), [{"board_id": board.board_id, "name": f"School {n:02d}", "phase": "primary"}
                                         for n in range(1, SCHOOLS + 1)])  # fmt: skip
        for year in YEARS:
            _audits(session, board.board_id, chance, year)
    return board.board_id


def _attendance(chance: random.Random, meetings: dict[dt.date, int], members: tuple[int, ...]) -> list[dict[str, Any]]:
    """Each meeting's roll: present, apologies (with a representative or not) or absent (no row)."""
    rows = []
    for day, meeting_id in meetings.items():
        for member in members:
            roll = chance.random()
            if roll >= 0.92:
                continue  # absent
            apologies = roll >= 0.76
            rows.append({
                "meeting_id": meeting_id, "member_id": member, "recorded_at": dt.datetime.combine(day, dt.time(15)),
                "status": AttendanceStatus.APOLOGIES if apologies else AttendanceStatus.PRESENT,
                "representative": chance.choice(("Mark Jones", "Sally Holmes", None, None)) if apologies else None,
            })  # fmt: skip
    return rows


def _history(
    chance: random.Random, number: int, meetings: dict[dt.date, int]
) -> tuple[dict[str, Any], Callable[[], dict[str, Any]]]:
    """When action ``number`` was recorded (at a meeting or between), its due date, and how each share closed."""
    days = (TODAY - START).days - 20
    recorded = START + dt.timedelta(days=days * (number - 1) // ACTIONS)
    at_meeting = max((d for d in meetings if d <= recorded), default=None)
    action: dict[str, Any] = {"meeting_id": None, "agenda_item": None}
    if at_meeting is not None and number % 3:
        recorded = at_meeting
        action = {"meeting_id": meetings[at_meeting], "agenda_item": str(2 + number % 9)}
    due = recorded + dt.timedelta(days=chance.randint(14, 120))
    action |= {"created_at": dt.datetime.combine(recorded, dt.time(11)), "due": due}
    settled = (TODAY - recorded).days > 90

    def closing() -> dict[str, Any]:  # one share's end, drawn afresh for each share
        roll = chance.random()
        if roll < (0.9 if settled else 0.35):
            late = roll < (0.25 if settled else 0.1)
            closed = due + dt.timedelta(days=chance.randint(1, 60) if late else -chance.randint(0, 10))
            closed = min(max(closed, recorded), TODAY - dt.timedelta(days=1))
            status = AssignmentStatus.DROPPED if roll > (0.86 if settled else 0.33) else AssignmentStatus.DONE
            return {"status": status, "updated_at": dt.datetime.combine(closed, dt.time(16))}
        return {"status": AssignmentStatus.OPEN, "updated_at": action["created_at"]}

    return action, closing


def _audits(session: Session, board_id: int, chance: random.Random, year: int) -> None:
    """The year's S11 and S175 cycles, most returns in."""
    for kind, issued, due in ((AuditType.S11, dt.date(year, 3, 1), dt.date(year, 6, 30)),
                              (AuditType.S175, dt.date(year, 9, 1), dt.date(year, 12, 1))):  # fmt: skip
        cycle = add_cycle(session, board_id, kind, str(year), issued=issued, due=due, by=None)
        returns = session.scalars(select(AuditReturn.id).where(AuditReturn.cycle_id == cycle.id)).all()
        statuses = (AuditStatus.COMPLETE, AuditStatus.SUBMITTED, AuditStatus.IN_PROGRESS, AuditStatus.NOT_STARTED)
        session.execute(update(AuditReturn), [
            {"id": r, "status": chance.choices(statuses, weights=(6, 2, 1, 1))[0]} for r in returns
        ])  # fmt: skip


# The measures -----------------------------------------------------------------------------------------------------
def _timed(work: Callable[[], object]) -> float:
    """Median seconds of RUNS calls, after a warm-up."""
    work()
    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        work()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def _measure(url: str, board_id: int, built: float) -> list[Result]:
    def figures() -> Engagement:
        with db.reading(url) as session:
            return compute_engagement(session, board_id, START, TODAY - dt.timedelta(days=1), TODAY)

    e = figures()
    with db.recorded_statements(url) as seen:
        figures()
    computing = _timed(figures)
    html_s, pdf_s = _timed(lambda: page_html(figures())), _timed(lambda: page_pdf(figures()))
    size = len(page_html(e).encode()) / 1000

    def tracker(render: Callable[[Any], object]) -> Callable[[], object]:
        def work() -> object:
            with db.reading(url) as session:
                report = build_report(session, board_id, meeting=None, today=TODAY, engagement=True)
            return render(report)

        return work

    with db.recorded_statements(url) as tracked:
        tracker(lambda report: report)()
    with db.reading(url) as session:
        rows = len(build_report(session, board_id, meeting=None, today=TODAY).rows)
    counts = (f"{len(e.meetings)} meetings, {len(e.agencies)} agencies, {sum(a.total for a in e.actions):,} agency "
              f"parts of actions, {len(e.audits)} audit cycles")  # fmt: skip
    last = TODAY - dt.timedelta(days=1)
    five = f"{START.day} {START:%b %Y} – {last.day} {last:%b %Y}"
    return [
        Result(GROUP, f"board generated: {ACTIONS:,} actions, {len(MEETINGS)} meetings, 5 years", built, "s",
               None, "SQLite file; bench.data's builder, then the history in bulk"),
        Result(GROUP, "compute_engagement, 5 years", computing * 1000, "ms", None, f"{five}: {counts}"),
        Result(GROUP, "statements per compute_engagement", len(seen), "stmts", None,
               "nine and SQLite's BEGIN, for any board"),
        Result(GROUP, "report, 5 years: figures + page_html", html_s, "s", TARGET_S,
               f"median of {RUNS}; {size:,.0f} kB of html, 4 charts inline"),
        Result(GROUP, "report, 5 years: figures + page_pdf", pdf_s, "s", TARGET_S, f"median of {RUNS}"),
        Result(GROUP, "tracker + its 12 months' engagement, html", _timed(tracker(render_html)), "s", None,
               f"{rows} actions for the next meeting; median of {RUNS}"),
        Result(GROUP, "tracker + its 12 months' engagement, xlsx", _timed(tracker(render_xlsx)), "s", None,
               "the Engagement sheet with 4 native charts"),
        Result(GROUP, "statements per tracker with its engagement", len(tracked), "stmts", None,
               "the tracker's 3 + compute_engagement's, and SQLite's BEGIN"),
    ]  # fmt: skip


if __name__ == "__main__":
    from bench.report import table

    print(table(run()))
