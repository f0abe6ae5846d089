"""The tracker report's partner engagement summary, on both databases: the 12 months up to the report's day as
`compute_engagement` gives them, in the html (a section of its own from a new printed page, the four charts inline,
each with its caption) and in the xlsx (a sheet "Engagement" of the figures, the captions and native Excel charts of
its cells); Markdown and CSV as they were; the statements it adds, as many for any size of board.

The board's half year: the demo roster and calendar (board meetings on 13 March and 10 July 2015; 11 September is
still to come), attendance recorded at both (a member sends apologies for July in chat, with a representative;
another without), actions recorded and closed in chat (one late, one on time, one overdue, one not yet due), and an
S11 cycle with two returns in. The council is then renamed to a name that would be a formula in a spreadsheet and
markup in a page. The report is made on 1 August 2015.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
import re
import shutil
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import insert, select, update

from bot import clock
from bot.reports.engagement import compute_engagement
from bot.reports.engagement_charts import NAMES, TITLES
from bot.reports.engagement_model import Engagement
from bot.reports.engagement_render import NOTHING
from bot.reports.tracker import (
    ENGAGED_FORMATS,
    FORMATS,
    TrackerReport,
    build_report,
    engagement_period,
    render,
    render_csv,
    render_html,
    render_markdown,
    render_xlsx,
)
from bot.tracker.audits import add_cycle
from store import db
from store.models import (
    Agency,
    Attendance,
    AttendanceStatus,
    AuditStatus,
    AuditType,
    Meeting,
    MeetingKind,
    Member,
)
from tests.conftest import add_board_meetings, make_board, statements
from tests.engagement_cases import MANAGER, recorded, s11, say

TODAY = dt.date(2015, 8, 1)
PERIOD = (dt.date(2014, 8, 2), TODAY)
ABSENT = {"Julie Winpenny", "Remley Mann"}  # at neither meeting
AWAY_IN_JULY = {"Viv Townsend": "Mark Jones", "Kate McConnell": None}  # apologies in chat: (representative)
COUNCIL = '=DMBC <Council> & "Partners"'  # the local authority, first in every table and caption
KINDS = {"attendance": ("bar", "stacked"), "actions": ("bar", "stacked"), "audits": ("bar", "clustered"),
         "trend": ("line", "standard")}  # fmt: skip
SERIES = {"attendance": (1, 2, 3, 4), "actions": (1, 2, 3, 4), "audits": (4,), "trend": (1, 2)}  # charted columns
DATA_URI = re.compile(r'<img src="data:image/png;base64,([A-Za-z0-9+/=]+)" alt="([^"]*)">')


def present_at(url: str, board_id: int, day: dt.date, away: set[str]) -> None:
    """Attendance as the minutes record it: everyone on the roll present but ``away``."""
    with db.transaction(url) as session:
        meeting = session.scalars(select(Meeting.id).where(Meeting.board_id == board_id, Meeting.date == day,
                                                           Meeting.kind == MeetingKind.BOARD)).one()  # fmt: skip
        members = session.execute(select(Member.id, Member.name).where(Member.board_id == board_id)).all()
        session.execute(insert(Attendance), [
            {"meeting_id": meeting, "member_id": member, "status": AttendanceStatus.PRESENT,
             "recorded_at": dt.datetime.combine(day, dt.time(15))}
            for member, name in members if name not in away
        ])  # fmt: skip


@pytest.fixture
def board(database_url: str) -> tuple[str, int]:
    return database_url, history(database_url)


def history(url: str) -> int:
    """The board's half year (see the module's docstring); its id."""
    board_id = make_board(url)
    add_board_meetings(url, board_id)
    mash = recorded(say(url, board_id, "Tony Oakman", "Tony Oakman to circulate the MASH proposal by 10 March",
                        "2015-03-02T10:00"))  # fmt: skip
    present_at(url, board_id, dt.date(2015, 3, 13), ABSENT)
    assert "closed" in say(url, board_id, "Tony Oakman", f"{mash} done", "2015-03-20T11:00")  # late
    profile = recorded(say(url, board_id, MANAGER, "Sally Holmes to send the CSE problem profile to QA & Comms by "
                           "5 June", "2015-05-18T09:00"))  # fmt: skip
    recorded(say(url, board_id, MANAGER, "Su Vincent to circulate the CAMHS report by 12 June", "2015-05-18T09:05"))
    recorded(say(url, board_id, MANAGER, "Pam Smith to review the CDOP annual report by 30 September",
                 "2015-05-19T09:05"))  # fmt: skip
    assert "closed" in say(url, board_id, "Sally Holmes", f"{profile} done", "2015-06-03T15:00")  # on time
    with clock.fixed_at(dt.datetime(2015, 6, 1, 9, 30)), db.transaction(url) as session:
        add_cycle(session, board_id, AuditType.S11, "2015", issued=dt.date(2015, 6, 1), due=dt.date(2015, 6, 30),
                  by=None)  # fmt: skip
    s11(url, board_id, "West Midlands Police", AuditStatus.SUBMITTED, "2015-06-20T10:00")
    s11(url, board_id, "DMBC", AuditStatus.COMPLETE, "2015-06-25T10:00")
    for who, representative in AWAY_IN_JULY.items():
        text = "apologies for the July board" + (f", {representative} will attend for me" if representative else "")
        assert say(url, board_id, who, text, "2015-07-01T09:00").startswith("Apologies recorded")
    present_at(url, board_id, dt.date(2015, 7, 10), ABSENT | set(AWAY_IN_JULY))
    with db.transaction(url) as session:
        session.execute(update(Agency).where(Agency.board_id == board_id, Agency.name == "DMBC").values(name=COUNCIL))
    return board_id


def report_of(url: str, board_id: int, *, engagement: bool = True) -> TrackerReport:
    with db.reading(url) as session:
        return build_report(session, board_id, meeting=None, today=TODAY, engagement=engagement)


def expected(url: str, board_id: int) -> Engagement:
    with db.reading(url) as session:
        return compute_engagement(session, board_id, *PERIOD, TODAY)


def tables(sheet: Worksheet) -> dict[str, tuple[Any, tuple[Any, ...], list[tuple[Any, ...]]]]:
    """Each chart's block of the sheet: (its caption, its header, its rows), found by its title in column A."""
    values = list(sheet.iter_rows(values_only=True))
    found = {}
    for name in NAMES:
        start = next(n for n, row in enumerate(values) if row[0] == TITLES[name])
        caption, header = values[start + 1][0], values[start + 2]
        width = sum(cell is not None for cell in header)
        rows = []
        for row in values[start + 3 :]:
            if row[0] is None:
                break
            rows.append(tuple(row[:width]))
        found[name] = (caption, tuple(header[:width]), rows)
    return found


def day_time(day: dt.date | None) -> dt.datetime | None:
    return dt.datetime.combine(day, dt.time()) if day else None


def test_the_xlsx_has_an_engagement_sheet_of_the_figures_with_native_charts(board: tuple[str, int]) -> None:
    url, board_id = board
    report, e = report_of(url, board_id), expected(url, board_id)
    assert engagement_period(TODAY) == PERIOD
    assert report.engagement == e
    assert e.meetings == (dt.date(2015, 3, 13), dt.date(2015, 7, 10))
    assert all(e.attendance) and any(a.represented for a in e.attendance) and any(a.apologies for a in e.attendance)
    assert {"on_time", "late", "open", "overdue"} == {f for f in ("on_time", "late", "open", "overdue")
                                                      if any(getattr(a, f) for a in e.actions)}  # fmt: skip
    content = render_xlsx(report)
    workbook = openpyxl.load_workbook(io.BytesIO(content))
    assert workbook.sheetnames[1:] == ["Engagement"]
    sheet = workbook["Engagement"]
    assert isinstance(sheet, Worksheet)
    assert sheet["A1"].value == "Dudley Safeguarding Children Board – partner engagement"
    assert sheet["A2"].value == "The 12 months from 2 August 2014 to 1 August 2015: 2 board meetings held."
    found = tables(sheet)
    for name in NAMES:
        assert found[name][0] == getattr(e.captions, name), name
    assert e.agencies[0] == COUNCIL and e.captions.attendance.startswith(COUNCIL)
    texts = [c for c in sheet["A"] if isinstance(c.value, str)]
    assert texts and all(c.data_type == "s" for c in texts)  # text, never a formula
    assert found["attendance"][1] == ("Agency", "Attended", "Represented", "Apologies sent", "Absent", "Meetings")
    assert found["attendance"][2] == [(a.agency, a.attended, a.represented, a.apologies, a.absent, a.meetings)
                                      for a in e.attendance]  # fmt: skip
    assert found["actions"][2] == [(a.agency, a.on_time, a.late, a.open, a.overdue, a.median_days) for a in e.actions]
    assert [row[0] for row in found["attendance"][2]] == [row[0] for row in found["actions"][2]] == list(e.agencies)
    assert found["audits"][2] == [(f"{a.type} {a.cycle}", day_time(a.due), a.complete, a.total, a.percent)
                                  for a in e.audits]  # fmt: skip
    assert found["audits"][2] == [("S11 2015", dt.datetime(2015, 6, 30), 2, 10, 20.0)]
    assert found["trend"][2] == [(day_time(p.day), p.open, p.overdue) for p in e.trend]
    assert len(found["trend"][2]) == 2

    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        charts = sorted(n for n in archive.namelist() if re.fullmatch(r"xl/charts/chart\d+\.xml", n))
        xml = [archive.read(n).decode() for n in charts]
    assert len(sheet._charts) == len(xml) == 4  # type: ignore[attr-defined]  # openpyxl reads the charts back
    for chart, name in zip(xml, NAMES, strict=True):  # each chart beside its table, drawn from the table's cells
        assert f"<a:t>{TITLES[name]}</a:t>" in chart
        kind = re.search(r'<c:(bar|line)Chart>.*?<c:grouping val="(\w+)"', chart)
        assert kind is not None and kind.groups() == KINDS[name], name
        rows = found[name][2]
        categories = set(re.findall(r"<c:cat><c:\w+><c:f>Engagement!([$A-Z0-9:]+)</c:f>", chart))
        assert [cells(sheet, ref) for ref in categories] == [[row[0] for row in rows]]
        values = re.findall(r"<c:val><c:numRef><c:f>Engagement!([$A-Z0-9:]+)</c:f><c:numCache>(.*?)</c:numCache>",
                            chart)  # fmt: skip
        assert [cells(sheet, ref) for ref, _ in values] == [[row[c] for row in rows] for c in SERIES[name]], name
        for ref, cache in values:  # the figures cached in the chart are the cells' too
            assert cells(sheet, ref) == [float(v) if "." in v else int(v) for v in re.findall(r"<c:v>([^<]*)<", cache)]


def cells(sheet: Worksheet, ref: str) -> list[Any]:
    """The values of a one-column range such as $B$7:$B$24 (or one cell)."""
    found = sheet[ref.replace("$", "")]
    return [row[0].value for row in found] if isinstance(found, tuple) else [found.value]


def test_the_html_ends_with_the_engagement_charts_and_their_captions(board: tuple[str, int]) -> None:
    url, board_id = board
    report, e = report_of(url, board_id), expected(url, board_id)
    page = render_html(report)
    section = page.index('<section class="engagement"')
    assert page.rindex("</table>") < section < page.index("</body>")
    assert '<h2 id="engagement-heading">Partner engagement</h2>' in page
    assert "The 12 months from 2 August 2014 to 1 August 2015: 2 board meetings held." in page
    assert "section.engagement { break-before: page; page-break-before: always; }" in page
    images = DATA_URI.findall(page[section:])
    assert [alt.split(",")[0] for _, alt in images] == [TITLES[name] for name in NAMES]
    assert all(base64.b64decode(data).startswith(b"\x89PNG\r\n\x1a\n") for data, _ in images)
    for name in NAMES:  # each caption word for word, escaped, under its chart
        caption = html.escape(getattr(e.captions, name), quote=True)
        assert page.count(f"<figcaption>{caption}</figcaption>") == 1, name
    assert page.index(f"<figcaption>{html.escape(e.captions.trend, quote=True)}") > page.rindex("data:image/png")
    assert COUNCIL in e.captions.attendance and "<Council>" not in page


def test_markdown_and_csv_stay_as_they_were_and_the_default_leaves_it_out(board: tuple[str, int]) -> None:
    url, board_id = board
    report, plain = report_of(url, board_id), report_of(url, board_id, engagement=False)
    assert plain.engagement is None and replace(report, engagement=None) == plain
    assert render_markdown(report) == render_markdown(plain) and render_csv(report) == render_csv(plain)
    assert "Partner engagement" not in render_markdown(report) + render_csv(report)
    assert "<section" not in render_html(plain) and "data:image" not in render_html(plain)
    assert openpyxl.load_workbook(io.BytesIO(render_xlsx(plain))).sheetnames == ["Tracker 11 Sep 2015"]
    assert set(ENGAGED_FORMATS) <= set(FORMATS)
    assert isinstance(render(report, "xlsx"), bytes)


def test_the_engagement_adds_a_fixed_number_of_statements(board: tuple[str, int]) -> None:
    url, board_id = board
    counted = {}
    for engagement in (False, True):
        with statements(url) as seen:
            report_of(url, board_id, engagement=engagement)
        counted[engagement] = len(seen)
    for n in range(40):  # more actions, of more owners: the same statements
        say(url, board_id, MANAGER, f"Tony Oakman and Su Vincent to send return {n} by 20 July", "2015-07-02T09:00")
    with statements(url) as seen:
        report_of(url, board_id)
    assert counted[False] <= 4  # the tracker's own: the board, its meetings, the actions (+ SQLite's BEGIN)
    assert len(seen) == counted[True] <= counted[False] + 9, (counted, len(seen))  # compute_engagement: nine at most


def test_a_board_with_nothing_to_show_says_so(database_url: str) -> None:
    board_id = make_board(database_url)
    report = report_of(database_url, board_id)
    assert report.engagement is not None and report.engagement.empty
    page = render_html(report)
    assert f"<p>{html.escape(NOTHING)}</p>" in page and "data:image/png" not in page
    content = render_xlsx(report)
    sheet = openpyxl.load_workbook(io.BytesIO(content))["Engagement"]
    assert sheet["A4"].value == NOTHING
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        assert not [n for n in archive.namelist() if n.startswith("xl/charts/")]


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")
def test_the_section_prints_from_a_new_a4_page_after_the_tracker(board: tuple[str, int], tmp_path: Path) -> None:
    """In headless Chromium: the tracker's rows as before, then the section from the next page, every page A4
    portrait, each chart whole on one page with its caption."""
    from tests.test_report_browser import A4_POINTS, pdf_pages, print_pdf, report, with_markers

    url, board_id = board
    tracker = replace(report(12), engagement=expected(url, board_id))
    page, row_cells = with_markers(render_html(tracker))
    count = 0

    def mark(found: re.Match[str]) -> str:  # a figure's top and its caption's end, as rows are marked
        nonlocal count
        count += 1
        ref = 9000 + count
        return (f'<figure class="chart"><a id="top-A-{ref}" href="#end-A-{ref}-1">\u200b</a>{found[1]}'
                f'<a id="end-A-{ref}-1" href="#top-A-{ref}">\u200b</a></figcaption>')  # fmt: skip

    page = re.sub(r'<figure class="chart">(.*?)</figcaption>', mark, page, flags=re.S)
    assert count == 4
    sizes, found = pdf_pages(print_pdf(page, tmp_path, "engagement"))
    assert all(abs(w - A4_POINTS[0]) < 2 and abs(h - A4_POINTS[1]) < 2 for w, h in sizes), sizes
    rows = [found[f"top-{row.ref}"] for row in tracker.rows]
    assert all(found[f"end-{row.ref}-{c}"] == found[f"top-{row.ref}"] for row in tracker.rows
               for c in range(1, row_cells[row.ref] + 1))  # fmt: skip
    charts = [(found[f"top-A-{9000 + n}"], found[f"end-A-{9000 + n}-1"]) for n in range(1, 5)]
    assert charts[0][0] == max(rows) + 1  # the section starts on the page after the tracker's last row
    assert all(top == end for top, end in charts)  # no chart parted from its caption
    assert len(sizes) == charts[-1][1] + 1
