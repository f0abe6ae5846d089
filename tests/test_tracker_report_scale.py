"""The tracker report at scale: the same few statements for 50 or 2,000 actions, plain rows not ORM objects, and
every action in its place in the report and the spreadsheet."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from typing import Any

import openpyxl
from sqlalchemy import event, insert, select

from bot.reports.tracker import BETWEEN_MEETINGS, CSV_HEADER, TrackerReport, build_report, render_csv, render_xlsx
from store import db
from store.models import Action, Agency, Assignment, AssignmentStatus, Group, Meeting, MeetingKind, Member
from tests.conftest import add_board_meetings, make_board, statements

TODAY = dt.date(2015, 7, 1)  # the report is for the 10 July board; the previous one was on 13 March
LATE = dt.date(2015, 5, 29)  # before the meeting: overdue while open
LATER = dt.date(2015, 7, 31)
DONE_AT = dt.datetime(2015, 6, 1, 10)  # closed since the previous board: reviewed
DONE_BEFORE = dt.datetime(2015, 3, 1, 10)  # closed before it: history, not reviewed
DONE_IN_GROUP = 10  # the first ten members (by id) have done their share of each group action
SECTIONS = [
    "Item 2 – from 13 March 2015",
    "Item 10 – from 13 March 2015",
    "Item AOB – from the CSE audit panel of 18 May 2015",
    "From the Workshop of 19 June 2015",
    BETWEEN_MEETINGS,
]


def kind(number: int) -> str:
    """Who owes action ``number``, and how it stands."""
    return ("group", "member", "agency", "outsider done", "closed before", "nobody")[number % 6]


def section(number: int) -> str:
    """Where action ``number`` came from."""
    if number % 4 == 0:
        return SECTIONS[0] if number % 8 == 0 else SECTIONS[1]
    return {1: SECTIONS[3], 2: SECTIONS[4], 3: SECTIONS[2]}[number % 4]


def origin(number: int) -> str:
    """The origin column of action ``number``."""
    if section(number) == BETWEEN_MEETINGS:
        return "Slack" if number % 8 == 2 else "chat"
    return {
        SECTIONS[0]: "Board 13 March 2015, item 2", SECTIONS[1]: "Board 13 March 2015, item 10",
        SECTIONS[2]: "CSE audit panel 18 May 2015, item AOB", SECTIONS[3]: "Workshop 19 June 2015",
    }[section(number)]  # fmt: skip


@dataclass(frozen=True)
class Board:
    board_id: int
    members: list[str]  # by id


def fill(url: str, name: str, count: int) -> Board:
    """A board with ``count`` actions in bulk: every kind of owner, origin and status, in a fixed pattern."""
    board_id = make_board(url, name)
    add_board_meetings(url, board_id)
    with db.transaction(url) as s:
        members = s.execute(select(Member.id, Member.name).where(Member.board_id == board_id).order_by(Member.id))
        member_ids, names = zip(*members, strict=True)
        viv, tony = (names.index(n) for n in ("Viv Townsend", "Tony Oakman"))
        police = s.scalars(select(Agency.id).where(Agency.board_id == board_id, Agency.name == "West Midlands Police"))
        everyone = s.scalars(select(Group.id).where(Group.board_id == board_id, Group.name == "all members"))
        police_id, group_id = police.one(), everyone.one()
        meetings = {
            (k, d): i
            for i, k, d in s.execute(select(Meeting.id, Meeting.kind, Meeting.date).where(Meeting.board_id == board_id))
        }
        march = meetings[MeetingKind.BOARD, dt.date(2015, 3, 13)]
        panel = meetings[MeetingKind.AUDIT_PANEL, dt.date(2015, 5, 18)]
        workshop = meetings[MeetingKind.WORKSHOP, dt.date(2015, 6, 19)]

        def came_from(number: int) -> dict[str, Any]:
            if number % 4 == 0:
                return {"meeting_id": march, "agenda_item": "Item 2" if number % 8 == 0 else "10"}
            return (
                {},
                {"meeting_id": workshop},
                {"source_link": "https://dscb.slack.com/archives/C1/p1" if number % 8 == 2 else None},
                {"meeting_id": panel, "agenda_item": " AOB "},
            )[number % 4]

        s.execute(insert(Action), [
            {"board_id": board_id, "number": n, "text": f"Scale action {n}", "asap": kind(n) == "nobody",
             "due": {"member": LATE, "agency": LATER}.get(kind(n))} | came_from(n)
            for n in range(1, count + 1)
        ])  # fmt: skip
        shares: list[dict[str, Any]] = []
        for action_id, n in s.execute(select(Action.id, Action.number).where(Action.board_id == board_id)):
            share = {"action_id": action_id, "status": AssignmentStatus.OPEN, "updated_at": DONE_AT}
            done = share | {"status": AssignmentStatus.DONE}
            match kind(n):
                case "group":
                    shares += [(done if i < DONE_IN_GROUP else share) | {"member_id": m, "group_id": group_id}
                               for i, m in enumerate(member_ids)]  # fmt: skip
                case "member":
                    shares.append(share | {"member_id": member_ids[viv]})
                case "agency":
                    shares.append(share | {"agency_id": police_id})
                case "outsider done":
                    shares.append(done | {"external_name": "Anne-Marie Carey"})
                case "closed before":
                    shares.append(done | {"member_id": member_ids[tony], "updated_at": DONE_BEFORE})
        s.execute(insert(Assignment), shares)
    return Board(board_id, list(names))


def check(report: TrackerReport, board: Board, count: int) -> None:
    """The report holds every action of the pattern, in its section and order, as it should read."""
    reviewed = [n for n in range(1, count + 1) if kind(n) != "closed before"]
    assert [title for title, _ in report.sections] == SECTIONS
    for title, rows in report.sections:
        assert [r.ref for r in rows] == [f"A-{n}" for n in reviewed if section(n) == title], title
    by_kind = {kind(int(r.ref[2:])): r for r in report.rows}  # the last action of each kind
    outstanding = sorted(board.members[DONE_IN_GROUP:], key=str.casefold)
    group = by_kind["group"]
    assert (group.owners, group.status, group.overdue) == (("all members",), "open", False)
    assert group.short_progress == (f"all members: {DONE_IN_GROUP} of {len(board.members)} done; outstanding: "
                                    f"{', '.join(outstanding[:15])} and {len(outstanding) - 15} more")  # fmt: skip
    assert group.progress == (f"all members: {DONE_IN_GROUP} of {len(board.members)} done; outstanding: "
                              f"{', '.join(outstanding)}")  # fmt: skip
    member = by_kind["member"]
    assert (member.owners, member.overdue, member.due) == (("Viv Townsend",), True, LATE)
    assert (by_kind["agency"].owners, by_kind["agency"].overdue) == (("West Midlands Police",), False)
    done = by_kind["outsider done"]
    assert (done.owners, done.status, done.closed_on) == (("Anne-Marie Carey",), "done", DONE_AT.date())
    assert (by_kind["nobody"].owners, by_kind["nobody"].status, by_kind["nobody"].asap) == ((), "open", True)
    assert "closed before" not in by_kind
    assert [r.origin for r in report.rows] == [origin(int(r.ref[2:])) for r in report.rows]
    assert {r.origin for r in report.rows} >= {"Slack", "chat"}
    kinds = [kind(n) for n in reviewed]
    closed, late = kinds.count("outsider done"), kinds.count("member")
    assert report.summary() == (
        f"{len(reviewed)} actions: {len(reviewed) - closed} open ({late} overdue), {closed} closed since 13 March 2015."
    )


def test_the_report_takes_the_same_statements_for_50_or_2000_actions(database_url: str) -> None:
    measured: dict[int, int] = {}
    loaded: list[object] = []  # ORM objects loaded into the report's session
    for count in (50, 2_000):
        board = fill(database_url, f"Board of {count} actions", count)
        with statements(database_url) as seen, db.transaction(database_url) as session:
            event.listen(session, "loaded_as_persistent", lambda _session, instance: loaded.append(instance))
            report = build_report(session, board.board_id, meeting=None, today=TODAY)
        measured[count] = len(seen)
        assert loaded == []  # plain rows: not one ORM object
        check(report, board, count)
    assert measured[50] == measured[2_000] <= 4, measured  # the board, its meetings, the actions (+ SQLite's BEGIN)


def test_the_spreadsheet_and_csv_of_2000_actions_have_every_row(sqlite_url: str) -> None:
    board = fill(sqlite_url, "Board of 2,000 actions", 2_000)
    with db.transaction(sqlite_url) as session:
        report = build_report(session, board.board_id, meeting=None, today=TODAY)
    sheet = openpyxl.load_workbook(io.BytesIO(render_xlsx(report))).active
    assert sheet is not None
    rows = list(sheet.iter_rows(min_row=4))
    assert [(r[0].value, r[1].value) for r in rows] == [(title, r.ref) for title, found in report.sections
                                                         for r in found]  # fmt: skip
    assert sheet.auto_filter.ref == f"A3:K{3 + len(report.rows)}"
    overdue = [r for r in rows if r[6].value == "yes"]
    assert len(overdue) == sum(r.overdue for r in report.rows) > 0
    assert all(str(c.font.color.rgb).endswith("FF0000") and c.alignment.wrap_text for r in overdue for c in r)
    assert all(c.alignment.wrap_text for r in rows for c in r)
    assert not any(str(getattr(c.font.color, "rgb", "")).endswith("FF0000") for r in rows if r[6].value != "yes"
                   for c in r)  # fmt: skip
    by_ref = {r[1].value: r for r in rows}
    assert [c.value for c in by_ref["A-1"]] == [
        SECTIONS[3],
        "A-1",
        "Scale action 1",
        "Viv Townsend",
        dt.datetime(2015, 5, 29),
        "open",
        "yes",
        None,
        None,
        None,
        "Workshop 19 June 2015",
    ]
    assert by_ref["A-3"][9].value == dt.datetime(2015, 6, 1)  # closed on
    table = list(csv.reader(io.StringIO(render_csv(report))))
    assert tuple(table[0]) == CSV_HEADER
    assert [line[3] for line in table[1:]] == [r.ref for r in report.rows]
