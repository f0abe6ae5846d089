"""The tracker report for the meeting pack, from the real minutes through the `dscb` command, on both databases:
agenda titles and the board's name in the headings, the latest update, current owners only after a reassign
(report, `dscb actions`, digests; the history keeps the earlier ones), dropped actions not open, outstanding people
complete in csv and xlsx, "no owner yet", and `dscb import-minutes --dry-run` listing the actions it found."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from bot.minutes.agenda import agenda_titles
from bot.reports.digest import _views
from bot.tracker import actions as tracker
from store import db
from store.models import Action
from tests.conftest import add_board_meetings, dscb, make_board, shared_fixture
from tests.test_tracker_report import owner, person

BOARD = "Dudley Safeguarding Children Board"
NOW = "2015-07-01T09:00"  # the pack for the 10 July board goes out
TODAY = dt.date(2015, 7, 1)
MAY_END = dt.date(2015, 5, 29)
MINUTES = "dscb-minutes-2015-05-15.txt"


@dataclass(frozen=True)
class Pack:
    url: str
    refs: dict[str, str]  # label -> ref
    folder: Path


def ok(*args: str, url: str) -> str:
    done = dscb(*args, url=url)
    assert done.returncode == 0, done.stderr + done.stdout
    return done.stdout


def ref_of(listed: list[dict[str, Any]], words: str) -> str:
    """The one action whose text holds ``words``."""
    found = [a["ref"] for a in listed if words in a["text"]]
    assert len(found) == 1, (words, found)
    return str(found[0])


@pytest.fixture
def pack(database_url: str, tmp_path: Path) -> Pack:
    """The 15 May minutes imported with `dscb`, then a month of changes as `dscb action` makes them."""
    board_id = make_board(database_url, BOARD)
    add_board_meetings(database_url, board_id)
    ok("import-minutes", str(shared_fixture(MINUTES)), url=database_url)
    with db.transaction(database_url) as s:
        listed = [{"ref": a.ref, "text": a.text} for a in s.scalars(select(Action))]
        refs = {
            "unowned": ref_of(listed, "agenda item for DSCB after tabled"),
            "presentation": ref_of(listed, "Presentation to be circulated"),
            "police": ref_of(listed, "analysis specific to Dudley"),
            "appraisal": ref_of(listed, "Annual appraisal"),
            "page 9": ref_of(listed, "complete Page 9"),
        }
        number = {label: int(ref.removeprefix("A-")) for label, ref in refs.items()}
        manager, pam = person(s, board_id, "Martine McFadden"), person(s, board_id, "Pam Smith")
        tracker.reassign(s, board_id, number["presentation"], [owner(s, board_id, "member", "Pam Smith")],
                         by=manager, today=MAY_END)  # fmt: skip
        tracker.change_due(s, board_id, number["presentation"], dt.date(2015, 6, 20), by=manager, today=MAY_END)
        tracker.add_note(s, board_id, number["presentation"], "slides sent to the manager", by=pam, today=MAY_END)
        tracker.reassign(s, board_id, number["police"], [owner(s, board_id, "member", "Richard Fisher")],
                         by=manager, today=MAY_END)  # fmt: skip
        tracker.drop_action(s, board_id, number["police"], "duplicate of the S11 audit action", by=manager,
                            today=MAY_END)  # fmt: skip
        tracker.complete_action(s, board_id, number["page 9"], by=pam, today=MAY_END)
        tracker.drop_action(s, board_id, number["page 9"], "duplicate of the appraisal", by=manager, today=MAY_END)
        tony = person(s, board_id, "Tony Oakman")
        tracker.complete_action(s, board_id, number["appraisal"], by=tony, today=MAY_END)
    return Pack(database_url, refs, tmp_path)


def markdown_row(text: str, ref: str) -> list[str]:
    line = next(line for line in text.splitlines() if line.startswith(f"| {ref} |"))
    return [cell.strip() for cell in line.strip("| ").split(" | ")]


Rows = dict[str, dict[str, str]]


def csv_rows(text: str) -> Rows:
    return {r["Ref"]: r for r in csv.DictReader(io.StringIO(text))}


def xlsx_rows(path: Path) -> dict[str, dict[str, Any]]:
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    header = [c.value for c in sheet[3]]
    return {str(r[1].value): dict(zip(header, (c.value for c in r), strict=True)) for r in sheet.iter_rows(min_row=4)}


def html_row(page: str, ref: str) -> list[str]:
    found = re.search(rf"<tr[^>]*><td>{re.escape(ref)}</td>(.*?)</tr>", page)
    assert found, ref
    return [re.sub(r"<[^>]+>", " ", cell).strip() for cell in re.findall(r"<td[^>]*>(.*?)</td>", found[1])]


def formats(pack: Pack) -> tuple[str, Rows, dict[str, dict[str, Any]], str]:
    md = ok("report", "tracker", "--now", NOW, url=pack.url)
    table = csv_rows(ok("report", "tracker", "--format", "csv", "--now", NOW, url=pack.url))
    xlsx = pack.folder / "tracker.xlsx"
    ok("report", "tracker", "--format", "xlsx", "--output", str(xlsx), "--now", NOW, url=pack.url)
    page = ok("report", "tracker", "--format", "html", "--now", NOW, url=pack.url)
    return md, table, xlsx_rows(xlsx), page


def test_every_view_agrees_on_titles_owners_updates_and_what_is_open(pack: Pack) -> None:
    """One board month (each `dscb` run takes seconds on a busy machine): the formats, then the other views."""
    md, table, sheet, page = formats(pack)
    check_formats(pack, md, table, sheet, page)
    check_outstanding(pack, md, table, sheet, page)
    check_other_views(pack)


def check_formats(pack: Pack, md: str, table: Rows, sheet: dict[str, dict[str, Any]], page: str) -> None:
    refs = pack.refs
    # The board's name, and each section's agenda item with its title.
    assert md.startswith(f"# {BOARD}\n")
    assert f"<h1>{BOARD}</h1>" in page
    assert "### Item 3 – Ofsted Preparation (from 15 May 2015)" in md
    assert "<h3>Item 7 – DSCB Audit Activity (from 15 May 2015)</h3>" in page
    assert {r["Board"] for r in table.values()} == {BOARD}
    assert any(str(r["Section"]).startswith("Item 2 – Action Tracker Review") for r in sheet.values())

    # Reassigned: the current owner only, everywhere; with the newest update and its date.
    talk = refs["presentation"]
    assert markdown_row(md, talk)[2] == "Pam Smith"
    assert markdown_row(md, talk)[5].endswith(": slides sent to the manager")
    assert table[talk]["Owners"] == "Pam Smith"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}: slides sent to the manager", table[talk]["Latest update"])
    assert sheet[talk]["Owners"] == "Pam Smith"
    assert str(sheet[talk]["Latest update"]).endswith(": slides sent to the manager")
    assert html_row(page, talk)[1] == "Pam Smith"
    assert html_row(page, talk)[4].endswith(": slides sent to the manager")
    assert "Viv Townsend" not in markdown_row(md, talk)[2] + table[talk]["Owners"] + str(sheet[talk]["Owners"])

    # Reassigned, then dropped: its last owner only, and dropped, not open.
    police = refs["police"]
    assert (table[police]["Owners"], table[police]["Status"]) == ("Richard Fisher", "dropped")
    assert (sheet[police]["Owners"], sheet[police]["Status"]) == ("Richard Fisher", "dropped")
    assert markdown_row(md, police)[4].startswith("Dropped")
    # A duplicate dropped after one member's part was done: closed (done, the rest dropped), not open.
    page9 = refs["page 9"]
    assert table[page9]["Status"] == sheet[page9]["Status"] == "done"
    assert table[page9]["Note"] == "The rest dropped: duplicate of the appraisal"
    opened = sum(r["Status"] == "open" for r in table.values())
    assert f"{len(table)} actions: {opened} open" in md
    assert opened == sum(r["Status"] == "open" for r in sheet.values())

    # Without an owner: "no owner yet" in every format.
    unowned = refs["unowned"]
    assert markdown_row(md, unowned)[2] == table[unowned]["Owners"] == sheet[unowned]["Owners"] == "no owner yet"
    assert html_row(page, unowned)[1] == "no owner yet"


def check_outstanding(pack: Pack, md: str, table: Rows, sheet: dict[str, dict[str, Any]], page: str) -> None:
    """Outstanding people are complete in csv and xlsx; the html and Markdown fold them, saying how many."""
    appraisal = pack.refs["appraisal"]
    progress = table[appraisal]["Progress"]
    found = re.fullmatch(r"all members: (\d+) of (\d+) done; outstanding: (.*)", progress)
    assert found, progress
    done, shared, names = int(found[1]), int(found[2]), found[3].split(", ")
    assert done == 1 and len(names) == shared - done > 15 and "more" not in progress
    assert "Tony Oakman" not in names and "Anne Harris" in names
    assert sheet[appraisal]["Progress and notes"] == progress
    folded = f"outstanding: {', '.join(names[:15])} and {len(names) - 15} more"
    assert folded in html_row(page, appraisal)[0]
    assert folded in markdown_row(md, appraisal)[1]


def check_other_views(pack: Pack) -> None:
    """`dscb actions` and the digests show the current owners; the history keeps the earlier ones."""
    refs = pack.refs
    listed = {a["ref"]: a for a in json.loads(ok("actions", "--status", "all", "--json", url=pack.url))}
    assert listed[refs["presentation"]]["owners"] == ["Pam Smith"]
    assert (listed[refs["police"]]["owners"], listed[refs["police"]]["status"]) == (["Richard Fisher"], "dropped")
    assert listed[refs["page 9"]]["status"] == "done"
    still_open = ok("actions", "--now", NOW, url=pack.url)
    assert refs["page 9"] not in still_open.split() and refs["police"] not in still_open.split()
    unowned = next(line for line in still_open.splitlines() if line.startswith(f"{refs['unowned']} "))
    assert "no owner yet:" in unowned
    mine = json.loads(ok("actions", "--owner", "Viv Townsend", "--json", url=pack.url))
    assert refs["presentation"] not in {a["ref"] for a in mine}

    with db.reading(pack.url) as session:
        views = {v.ref: v for v in _views(session, select(Action.id), TODAY)}
    assert views[refs["presentation"]].owners == ("Pam Smith",)
    assert views[refs["police"]].owners == ("Richard Fisher",)
    assert views[refs["police"]].status == "dropped"

    history = ok("history", refs["presentation"], url=pack.url)
    assert "Viv Townsend" in history and "Pam Smith" in history


def test_a_dry_run_lists_the_actions_and_warnings_name_the_agenda_item(database_url: str) -> None:
    board_id = make_board(database_url, BOARD)
    add_board_meetings(database_url, board_id)
    shown = ok("import-minutes", str(shared_fixture(MINUTES)), "--dry-run", url=database_url)
    assert "Dry run: nothing was stored." in shown
    assert "A-?" not in shown
    assert re.search(r"^  Item 12: Presentation to be circulated – Viv Townsend – Viv Townsend; no due date$", shown,
                     re.M)  # fmt: skip
    assert re.search(r"^  Item 2: .*agenda item for DSCB.* – no owner yet; no due date$", shown, re.M)
    assert re.search(r"^  warning: Item 2: no owner: ", shown, re.M)
    listed = [line for line in shown.splitlines() if re.match(r"  (Item \S+|No agenda item): ", line)]
    found = re.search(r"(\d+) actions", shown)
    assert found and len(listed) == int(found[1]) > 10
    with db.reading(database_url) as session:
        assert session.scalars(select(Action.id)).first() is None
    imported = ok("import-minutes", str(shared_fixture(MINUTES)), url=database_url)
    assert "A-?" not in imported


def test_agenda_titles_come_from_the_item_headings() -> None:
    assert agenda_titles("## 4. Section 11 audit\ntext\n## 5. **CSE** update\n") == {
        "4": "Section 11 audit", "5": "CSE update",
    }  # fmt: skip
    assert agenda_titles("Item 3 – Ofsted preparation\nAction: Pam.\nItem 4: Section 11 audit\n") == {
        "3": "Ofsted preparation", "4": "Section 11 audit",
    }  # fmt: skip
    long = "4.\t<p><u>" + "Word " * 40 + "</u></p> <p>The board discussed it.</p>"
    title = agenda_titles(long)["4"]
    assert title.endswith("…") and len(title) <= 81 and "discussed" not in title
    assert agenda_titles("No items here at all.") == {}
