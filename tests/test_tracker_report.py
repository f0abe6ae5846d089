"""The Action Tracker Review for the meeting pack: what it includes, how it groups, and its four formats."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bot.directory import Person
from bot.reports.tracker import (
    BETWEEN_MEETINGS,
    CSV_HEADER,
    TrackerReport,
    TrackerRow,
    build_report,
    render_csv,
    render_html,
    render_markdown,
    render_xlsx,
)
from bot.tracker.actions import NewAction, complete_action, record_action
from bot.tracker.meetings import add_meeting
from bot.understanding.interpretation import Owner, OwnerKind
from store import db
from store.models import Agency, Assignment, AssignmentStatus, Group, Meeting, MeetingKind, Member
from tests.conftest import add_board_meetings, make_board
from tests.conftest import statements as count_statements

BOARD = "Dudley Safeguarding Children Board"
TODAY = dt.date(2015, 7, 1)  # the pack for the 10 July board goes out
MAY = dt.date(2015, 5, 15)
MARCH = dt.date(2015, 3, 13)
HYPERLINK = '=HYPERLINK("http://example.org/x","Click")'
OUTSTANDING = (  # who has not returned the appraisal
    "Anne Harris", "Jo Forbes", "Helen Ellis", "Kate McConnell", "Marie Hunter", "Nicki Burrows", "Pam Smith",
    "Remley Mann", "Zala Ibrahim",
)  # fmt: skip


def person(session: Session, board_id: int, name: str) -> Person:
    m = session.scalars(select(Member).where(Member.board_id == board_id, Member.name == name)).one()
    return Person(m.id, m.name, agency_id=m.agency_id, role=m.role)


def owner(session: Session, board_id: int, kind: OwnerKind, name: str) -> Owner:
    model: Any = {"member": Member, "agency": Agency, "group": Group}[kind]
    return Owner(
        kind, name, session.scalars(select(model.id).where(model.board_id == board_id, model.name == name)).one()
    )


def meeting_id(session: Session, board_id: int, day: dt.date) -> int:
    return session.scalars(
        select(Meeting.id).where(Meeting.board_id == board_id, Meeting.date == day, Meeting.kind == MeetingKind.BOARD)
    ).one()


def close(session: Session, board_id: int, number: int, by: str, on: dt.datetime) -> None:
    """Close (the writer's share of) an action, as if on ``on`` (UTC)."""
    complete_action(session, board_id, number, by=person(session, board_id, by), today=on.date())
    session.execute(
        update(Assignment)
        .where(Assignment.status != AssignmentStatus.OPEN, Assignment.updated_at > dt.datetime(2020, 1, 1))
        .values(updated_at=on)
    )


@dataclass(frozen=True)
class Tracker:
    url: str
    board_id: int
    refs: dict[str, str]  # label -> ref


@pytest.fixture
def tracker(database_url: str, board_id: int) -> Tracker:
    """A realistic tracker: the 15 May board's items 2, 3, 5 and 12, one carried from March, one from chat."""
    refs: dict[str, str] = {}
    with db.transaction(database_url) as s:
        add_meeting(s, board_id, MAY, start=dt.time(10), end=dt.time(13), venue="Saltwells EDC")
        may, march = meeting_id(s, board_id, MAY), meeting_id(s, board_id, MARCH)

        def record(label: str, task: str, owners: tuple[Owner, ...], **fields: Any) -> int:
            action = record_action(s, board_id, NewAction(task=task, owners=owners, **fields), by=None)
            refs[label] = action.ref
            return action.number

        def member(name: str) -> Owner:
            return owner(s, board_id, "member", name)

        record("appraisal", "Complete and return the board member appraisal",
               (owner(s, board_id, "group", "all members"),), due=dt.date(2015, 7, 10), meeting_id=may,
               agenda_item="12")  # fmt: skip
        record("formula", HYPERLINK, (Owner("unknown", "Anne-Marie Carey"),), asap=True, meeting_id=may,
               agenda_item="5")  # fmt: skip
        police = owner(s, board_id, "agency", "West Midlands Police")
        record("s11", "Chase the outstanding Section 11 returns", (police,),
               due=dt.date(2015, 7, 31), meeting_id=may, agenda_item="3")  # fmt: skip
        record("overdue", "Presentation to be circulated to all members", (member("Viv Townsend"),),
               due=dt.date(2015, 5, 29), meeting_id=may, agenda_item="2")  # fmt: skip
        closed_since = record("closed since", "Send the MASH briefing to the Chair", (member("Tony Oakman"),),
                              due=dt.date(2015, 6, 5), meeting_id=may, agenda_item="2")  # fmt: skip
        closed_before = record("closed before", "Circulate the CSE strategy draft", (member("Su Vincent"),),
                               due=dt.date(2015, 3, 27), meeting_id=march, agenda_item="4")  # fmt: skip
        record("carried", "<script>alert(1)</script> Review the neglect strategy", (member("Jo Forbes"),),
               due=dt.date(2015, 4, 30), meeting_id=march, agenda_item="7")  # fmt: skip
        record("between", "Send the CAMHS waiting times to the board", (member("Su Vincent"), member("Pam Smith")),
               due=dt.date(2015, 9, 30), source_link="https://dscb.slack.com/archives/C0042/p1")  # fmt: skip

        close(s, board_id, closed_before, "Su Vincent", dt.datetime(2015, 3, 20, 11))
        close(s, board_id, closed_since, "Tony Oakman", dt.datetime(2015, 6, 1, 9))
        appraisal = int(refs["appraisal"].removeprefix("A-"))
        everyone = s.scalars(select(Member.name).where(Member.board_id == board_id)).all()
        returned = [name for name in everyone if name not in OUTSTANDING]
        assert len(returned) == 21
        for name in returned:
            close(s, board_id, appraisal, name, dt.datetime(2015, 6, 20, 15))
    return Tracker(database_url, board_id, refs)


def report_for(tracker: Tracker, meeting: dt.date | None = None, today: dt.date = TODAY) -> TrackerReport:
    with db.transaction(tracker.url) as session:
        return build_report(session, tracker.board_id, meeting=meeting, today=today)


def row(report: TrackerReport, ref: str) -> TrackerRow:
    return next(r for r in report.rows if r.ref == ref)


# Building ---------------------------------------------------------------------------------------------------
def test_the_report_is_for_the_next_board_and_counts_from_the_previous(tracker: Tracker) -> None:
    report = report_for(tracker)
    assert (report.board, report.meeting, report.previous, report.generated) == (
        BOARD, dt.date(2015, 7, 10), MAY, TODAY
    )  # fmt: skip
    after_the_calendar = report_for(tracker, today=dt.date(2015, 10, 1))
    assert (after_the_calendar.meeting, after_the_calendar.previous) == (dt.date(2015, 10, 1), dt.date(2015, 9, 11))
    explicit = report_for(tracker, meeting=dt.date(2015, 9, 11))
    assert explicit.previous == dt.date(2015, 7, 10)


def test_sections_follow_the_agenda_and_rows_their_refs(tracker: Tracker) -> None:
    report = report_for(tracker)
    refs = tracker.refs
    assert [(title, [r.ref for r in rows]) for title, rows in report.sections] == [
        ("Item 7 – from 13 March 2015", [refs["carried"]]),
        ("Item 2 – from 15 May 2015", [refs["overdue"], refs["closed since"]]),
        ("Item 3 – from 15 May 2015", [refs["s11"]]),
        ("Item 5 – from 15 May 2015", [refs["formula"]]),
        ("Item 12 – from 15 May 2015", [refs["appraisal"]]),
        (BETWEEN_MEETINGS, [refs["between"]]),
    ]
    assert refs["closed before"] not in {r.ref for r in report.rows}
    assert row(report, refs["overdue"]).origin == "Board 15 May 2015, item 2"
    assert row(report, refs["between"]).origin == "Slack"
    assert row(report, refs["between"]).owners == ("Su Vincent", "Pam Smith")
    assert row(report, refs["s11"]).owners == ("West Midlands Police",)
    assert row(report, refs["formula"]).owners == ("Anne-Marie Carey",)
    assert report.summary() == "7 actions: 6 open (2 overdue), 1 closed since 15 May 2015."


def test_closed_actions_carry_their_closing_date(tracker: Tracker) -> None:
    closed = row(report_for(tracker), tracker.refs["closed since"])
    assert (closed.status, closed.closed_on, closed.overdue) == ("done", dt.date(2015, 6, 1), False)
    # In September the June closure is history: only what is open or closed since 10 July is reviewed.
    september = report_for(tracker, meeting=dt.date(2015, 9, 11))
    assert tracker.refs["closed since"] not in {r.ref for r in september.rows}


def test_a_group_action_shows_the_group_once_with_who_is_outstanding(tracker: Tracker) -> None:
    appraisal = row(report_for(tracker), tracker.refs["appraisal"])
    assert appraisal.owners == ("all members",)
    assert appraisal.status == "open"
    outstanding = ", ".join(sorted(OUTSTANDING))
    assert appraisal.progress == f"all members: 21 of 30 done; outstanding: {outstanding}"


def test_long_outstanding_lists_are_cut_short(database_url: str, board_id: int) -> None:
    with db.transaction(database_url) as s:
        group = owner(s, board_id, "group", "all members")
        record_action(s, board_id, NewAction(task="Return the S11 self-assessment", owners=(group,)), by=None)
        report = build_report(s, board_id, meeting=None, today=TODAY)
    folded = report.rows[0].short_progress or ""  # as the html and Markdown show it
    assert folded.startswith("all members: 0 of 30 done; outstanding: Anne Harris, Annette Callear, ")
    assert folded.endswith(" and 15 more")
    assert folded.count(", ") == 14
    assert (report.rows[0].progress or "").count(", ") == 29  # csv and xlsx name everyone outstanding


def test_overdue_means_open_and_due_before_the_meeting(tracker: Tracker) -> None:
    report = report_for(tracker)
    overdue = {r.ref for r in report.rows if r.overdue}
    assert overdue == {tracker.refs["overdue"], tracker.refs["carried"]}
    assert not row(report, tracker.refs["appraisal"]).overdue  # due on the meeting day itself
    assert not row(report, tracker.refs["formula"]).overdue  # asap, no date


# Formats ----------------------------------------------------------------------------------------------------
def test_markdown_has_a_table_per_section(tracker: Tracker) -> None:
    text = render_markdown(report_for(tracker))
    assert BOARD in text
    assert "| Ref | Action | Owners | Due | Status | Latest update |" in text
    assert "|---|---|---|---|---|---|" in text
    assert text.index("### Item 2 – from 15 May 2015") < text.index("### Item 12 – from 15 May 2015")
    assert "\\<script\\>" in text
    assert f"| {tracker.refs['overdue']} | Presentation to be circulated to all members | Viv Townsend |" in text


def test_csv_has_a_header_and_defuses_formulas(tracker: Tracker) -> None:
    report = report_for(tracker)
    rows = list(csv.reader(io.StringIO(render_csv(report))))
    assert tuple(rows[0]) == CSV_HEADER
    records = [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]
    assert len(records) == len(report.rows)
    assert {r["Board"] for r in records} == {BOARD}
    by_ref = {r["Ref"]: r for r in records}
    assert by_ref[tracker.refs["formula"]]["Action"] == "'" + HYPERLINK
    assert by_ref[tracker.refs["overdue"]]["Overdue"] == "yes"
    assert by_ref[tracker.refs["overdue"]]["Due"] == "2015-05-29"
    assert by_ref[tracker.refs["closed since"]]["Closed on"] == "2015-06-01"
    assert by_ref[tracker.refs["appraisal"]]["Progress"].startswith("all members: 21 of 30 done; outstanding: ")


def test_xlsx_is_ready_to_filter_and_print(tracker: Tracker) -> None:
    workbook = openpyxl.load_workbook(io.BytesIO(render_xlsx(report_for(tracker))))
    sheet = workbook.active
    assert sheet is not None
    assert BOARD in str(sheet["A1"].value)
    assert "10 July 2015" in str(sheet["A1"].value)
    header = [c.value for c in sheet[3]]
    assert header[:4] == ["Section", "Ref", "Action", "Owners"]
    assert all(c.font.bold for c in sheet[3])
    assert sheet.freeze_panes == "A4"
    assert sheet.auto_filter.ref == f"A3:K{3 + 7}"
    assert all((sheet.column_dimensions[letter].width or 0) >= 8 for letter in "ABCDEFGHIJK")
    assert sheet.column_dimensions["C"].width > sheet.column_dimensions["B"].width
    rows = {r[1].value: r for r in sheet.iter_rows(min_row=4)}
    overdue = rows[tracker.refs["overdue"]]
    assert all(str(c.font.color.rgb).endswith("FF0000") for c in overdue)
    assert not any(str(getattr(c.font.color, "rgb", "")).endswith("FF0000") for c in rows[tracker.refs["s11"]])
    assert overdue[4].value == dt.datetime(2015, 5, 29)
    assert overdue[2].alignment.wrap_text
    formula = rows[tracker.refs["formula"]][2]
    assert (formula.value, formula.data_type) == (HYPERLINK, "s")


def test_xlsx_prints_a4_landscape_and_keeps_text_as_written() -> None:
    """What the writer guarantees whatever the data: the print setup, the styles, and text kept as text."""
    long = "x" * 40_000
    rows = (
        TrackerRow("A-1", "2", "  =SUM(A1:A2) \x01\x0b<&>", ("Viv Townsend",), dt.date(2015, 5, 29), False, "open",
                   True, "@cmd\nsecond line", None, "chat"),
        TrackerRow("A-2", None, long, (), None, True, "done", False, None, dt.date(2015, 6, 1), "Slack"),
    )  # fmt: skip
    report = TrackerReport(BOARD, dt.date(2015, 7, 10), MARCH, TODAY, (("Item 2 – from 13 March 2015", rows),))
    sheet = openpyxl.load_workbook(io.BytesIO(render_xlsx(report))).active
    assert sheet is not None
    assert sheet.title == "Tracker 10 Jul 2015"
    assert (sheet["A1"].font.b, sheet["A1"].font.sz) == (True, 14)
    assert sheet["A2"].font.i
    assert sheet["A2"].value == ("2 actions: 1 open (1 overdue), 1 closed since 13 March 2015. "
                                  "Generated 1 July 2015; previous board 13 March 2015.")  # fmt: skip
    assert all(c.fill.fill_type == "solid" and str(c.fill.fgColor.rgb).endswith("DDDDDD") for c in sheet[3])
    assert all(c.alignment.wrap_text and c.alignment.vertical == "top" for c in sheet[3])
    assert (sheet.page_setup.orientation, sheet.page_setup.paperSize) == ("landscape", 9)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.page_setup.fitToWidth in (None, 1)  # 1 is the default, and XlsxWriter leaves it out
    assert sheet.page_setup.fitToHeight == 0
    assert sheet.print_title_rows == "$3:$3"
    assert (sheet.freeze_panes, sheet.auto_filter.ref) == ("A4", "A3:K5")
    first, second = sheet[4], sheet[5]
    assert (first[2].value, first[2].data_type) == ("  =SUM(A1:A2) <&>", "s")  # control characters gone
    assert (first[7].value, first[7].data_type) == ("@cmd\nsecond line", "s")
    assert (first[4].value, first[4].number_format) == (dt.datetime(2015, 5, 29), "d mmm yyyy")
    assert (second[9].value, second[9].number_format) == (dt.datetime(2015, 6, 1), "d mmm yyyy")
    assert second[2].value == long[:32_767]
    assert [c.value for c in second][3:5] == ["no owner yet", "asap"]
    assert all(c.alignment.wrap_text and c.alignment.vertical == "top" for r in (first, second) for c in r)
    assert all(str(c.font.color.rgb).endswith("FF0000") for c in first)
    assert not any(str(getattr(c.font.color, "rgb", "")).endswith("FF0000") for c in second)
    assert sheet.column_dimensions["C"].width >= 60  # capped at 60 characters, plus the margin


def test_html_prints_on_a4_and_escapes_everything(tracker: Tracker) -> None:
    page = render_html(report_for(tracker))
    assert page.startswith("<!DOCTYPE html>")
    assert page.rstrip().endswith("</html>")
    assert "@page" in page
    assert "size: A4" in page
    assert "display: table-header-group" in page
    assert "page-break-inside: avoid" in page
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert all(ref in page for ref in tracker.refs.values() if ref != tracker.refs["closed before"])
    assert page.count("<thead>") == 6
    assert BOARD in page


def test_an_empty_tracker_still_renders(database_url: str, board_id: int) -> None:
    with db.transaction(database_url) as s:
        report = build_report(s, board_id, meeting=None, today=TODAY)
    assert report.sections == ()
    assert "no actions to review" in render_markdown(report)
    assert "no actions to review" in render_html(report)
    assert list(csv.reader(io.StringIO(render_csv(report)))) == [list(CSV_HEADER)]
    assert openpyxl.load_workbook(io.BytesIO(render_xlsx(report))).active is not None


# Queries ----------------------------------------------------------------------------------------------------
@pytest.fixture(name="statements")
def statements_fixture(database_url: str) -> Iterator[list[str]]:
    """Every SQL statement the engine runs while the fixture is active."""
    with count_statements(database_url) as seen:
        yield seen


def _fill(url: str, name: str, count: int) -> int:
    """A board with ``count`` actions of every kind of owner, some closed since the previous board."""
    board_id = make_board(url, name)
    add_board_meetings(url, board_id)
    with db.transaction(url) as s:
        march = meeting_id(s, board_id, MARCH)
        owners = (
            owner(s, board_id, "member", "Viv Townsend"),
            owner(s, board_id, "agency", "West Midlands Police"),
            owner(s, board_id, "group", "sub group chairs"),
            Owner("unknown", "Anne-Marie Carey"),
        )
        for n in range(count):
            chosen = (owner(s, board_id, "group", "all members"),) if n % 10 == 0 else (owners[n % 4],)
            action = record_action(
                s, board_id,
                NewAction(task=f"Task {n}", owners=chosen, due=MAY, meeting_id=march if n % 2 else None,
                          agenda_item=str(n % 7)),
                by=None,
            )  # fmt: skip
            if n % 3 == 0:
                close(s, board_id, action.number, "Martine McFadden", dt.datetime(2015, 6, 1))
    return board_id


def test_the_report_takes_the_same_number_of_statements_for_10_or_200_actions(
    database_url: str, statements: list[str]
) -> None:
    measured: dict[int, int] = {}
    for count in (10, 200):
        board_id = _fill(database_url, f"Board with {count} actions", count)
        statements.clear()
        with db.transaction(database_url) as session:
            report = build_report(session, board_id, meeting=None, today=TODAY)
        measured[count] = len(statements)
        assert len(report.rows) == count
        assert sum(len(r.owners) for r in report.rows) == count
    assert measured[10] == measured[200] <= 4, measured  # the board, its meetings, the actions (+ SQLite's BEGIN)
