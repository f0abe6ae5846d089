"""`dscb action REF`: re-dating, updates, owners, done (for a member), dropping with a reason, run as a user runs
it (the real command in a subprocess) on SQLite and PostgreSQL; each change shows in `dscb history` and the
tracker report, and anything refused changes nothing."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
from typing import Any

import pytest
from sqlalchemy import select

from bot.tracker.actions import NewAction, record_action
from bot.understanding.interpretation import Owner
from store import db
from store.models import Action, Assignment, Event, Group, Member
from tests.conftest import count_rows, dscb

NOW = "2015-05-15T09:30"  # the seed minutes' meeting, a Friday; the next board is 10 July 2015
CHART, APPRAISAL, CAMHS, VENUE = "A-1", "A-2", "A-3", "A-4"


@pytest.fixture
def url(database_url: str, board_id: int) -> str:
    """The seed board with four actions: Viv's chart (A-1), the appraisal all members owe (A-2), CAMHS waiting
    times owed by Pam Smith and Su Vincent (A-3), and a venue nobody owns yet (A-4)."""
    with db.transaction(database_url) as s:

        def member(name: str) -> Owner:
            found = s.scalars(select(Member.id).where(Member.board_id == board_id, Member.name == name)).one()
            return Owner("member", name, found)

        everyone = s.scalars(select(Group.id).where(Group.board_id == board_id, Group.name == "all members")).one()
        for task, owners, due in (
            ("Send the chart to the board", (member("Viv Townsend"),), dt.date(2015, 5, 22)),
            ("Return the board member appraisal", (Owner("group", "all members", everyone),), dt.date(2015, 7, 10)),
            ("Send the CAMHS waiting times", (member("Pam Smith"), member("Su Vincent")), dt.date(2015, 6, 30)),
            ("Find a venue for the conference", (), None),
        ):
            record_action(s, board_id, NewAction(task=task, owners=owners, due=due), by=None)
    return database_url


def action(*args: str, url: str, now: str = NOW) -> subprocess.CompletedProcess[str]:
    return dscb("action", *args, "--now", now, url=url)


def life(ref: str, url: str) -> dict[str, Any]:
    """`dscb history REF --json`."""
    shown = dscb("history", ref, "--json", url=url)
    assert shown.returncode == 0, shown.stderr
    return dict(json.loads(shown.stdout))


def changes(ref: str, url: str) -> list[tuple[str, str | None]]:
    return [(h["change"], h["who"]) for h in life(ref, url)["history"]]


def listed(url: str) -> dict[str, dict[str, Any]]:
    """`dscb actions --status all --json`, by reference."""
    shown = dscb("actions", "--status", "all", "--json", "--now", NOW, url=url)
    assert shown.returncode == 0, shown.stderr
    return {a["ref"]: a for a in json.loads(shown.stdout)}


def refused(result: subprocess.CompletedProcess[str], message: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def state(url: str) -> tuple[object, ...]:
    """Everything an edit could change, read from the database: the events, and every action and share."""
    with db.reading(url) as s:
        actions = s.execute(select(Action.number, Action.due, Action.asap).order_by(Action.number)).all()
        shares = s.execute(select(Assignment.id, Assignment.status, Assignment.updated_at).order_by(Assignment.id))
        return count_rows(url, Event), tuple(actions), tuple(shares.all())


def unchanged(url: str, before: tuple[object, ...]) -> None:
    assert state(url) == before


# Each option ------------------------------------------------------------------------------------------------
def test_due_takes_the_dates_the_assistant_reads(url: str) -> None:
    moved = action(CHART, "--due", "26/06", url=url)
    assert moved.returncode == 0, moved.stderr
    assert moved.stdout.splitlines()[0] == (
        "A-1: Send the chart to the board (open) – Viv Townsend; due Fri 26 June"
    )  # fmt: skip
    assert "(was due Fri 22 May)" in moved.stdout
    assert action("a1", "--due", "the July board", url=url).returncode == 0
    assert listed(url)[CHART]["due"] == "2015-07-10"
    history = life(CHART, url)["history"]
    assert [(h["change"], h["who"], h["new"]) for h in history[1:]] == [
        ("re-dated", "Martine McFadden", {"due": "2015-06-26"}),
        ("re-dated", "Martine McFadden", {"due": "2015-07-10"}),
    ]
    text = dscb("history", "1", "--now", NOW, url=url).stdout
    assert "15 May: Martine McFadden moved the due date from 22 May to 26 June" in text
    assert "15 May: Martine McFadden moved the due date from 26 June to 10 July" in text
    before = state(url)
    refused(action(CHART, "--due", "when it's ready", url=url), '--due "when it\'s ready" is not a date I can read')
    unchanged(url, before)


def test_an_update_is_kept_in_the_history(url: str) -> None:
    updated = action("1", "--update", "  Chart drafted,   with the police figures ", "--as", "Viv Townsend", url=url)
    assert updated.returncode == 0, updated.stderr
    assert "Update recorded: Chart drafted, with the police figures" in updated.stdout
    entry = life(CHART, url)["history"][-1]
    assert (entry["change"], entry["who"], entry["new"]) == (
        "update", "Viv Townsend", {"note": "Chart drafted, with the police figures"}
    )  # fmt: skip
    assert "Viv Townsend: Chart drafted, with the police figures" in dscb("history", CHART, url=url).stdout


def test_an_update_passed_on_for_a_member_is_kept_as_theirs(url: str) -> None:
    updated = action("1", "--update", "police figures added", "--for", "Viv Townsend", url=url)  # by the manager
    assert updated.returncode == 0, updated.stderr
    assert "Update recorded (from Viv Townsend): police figures added" in updated.stdout
    entry = life(CHART, url)["history"][-1]
    assert entry["new"] == {"note": "police figures added", "for": "Viv Townsend"}
    assert "(from Viv Townsend): police figures added" in dscb("history", CHART, url=url).stdout
    before = state(url)
    refused(action(CHART, "--for", "Viv Townsend", url=url), "--for NAME goes with --done")
    unchanged(url, before)


def test_assign_gives_new_owners_or_a_first_owner(url: str) -> None:
    moved = action(CHART, "--assign", "Pam", "--assign", "Su Vincent", url=url)
    assert moved.returncode == 0, moved.stderr
    assert "Now owned by Pam Smith and Su Vincent (was Viv Townsend)." in moved.stdout
    first = action(VENUE, "--assign", "West Midlands Police", "--as", "Viv Townsend", url=url)
    assert first.returncode == 0, first.stderr  # nobody owns it yet, so any member may give it an owner
    after = listed(url)
    assert after[CHART]["owners"] == ["Pam Smith", "Su Vincent"]
    assert after[VENUE]["owners"] == ["West Midlands Police"]
    assert life(CHART, url)["history"][-1]["new"] == {"owners": ["Pam Smith", "Su Vincent"]}
    text = dscb("history", VENUE, url=url).stdout
    assert "Viv Townsend gave it to West Midlands Police" in text
    # Viv no longer owns A-1, so it is not hers to change.
    refused(action(CHART, "--update", "sent", "--as", "Viv Townsend", url=url), "Only the owners of A-1")


@pytest.mark.parametrize(
    ("names", "message"),
    [
        (["Karen"], "--assign 'Karen' could be Karen Jackson or Karen Palk; give the full name."),
        (["Matt Smith"], "--assign 'Matt Smith' isn't on the board's roster"),
        (["Pam Smith", "Matt Smith"], "--assign 'Matt Smith' isn't on the board's roster"),
    ],
)
def test_an_unknown_or_ambiguous_owner_changes_nothing(url: str, names: list[str], message: str) -> None:
    before = state(url)
    assign = [arg for name in names for arg in ("--assign", name)]
    refused(action(CHART, "--update", "handing over", *assign, url=url), message)
    unchanged(url, before)
    assert changes(CHART, url) == [("recorded", None)]


def test_done_by_an_owner_and_for_a_member(url: str) -> None:
    mine = action(CAMHS, "--done", "--as", "Su Vincent", url=url)
    assert mine.returncode == 0, mine.stderr
    assert "Marked Su Vincent's part done." in mine.stdout
    assert listed(url)[CAMHS]["status"] == "open"  # Pam's part is still open
    for_pam = action(CAMHS, "--done", "--for", "Pam Smith", "--json", url=url)
    assert for_pam.returncode == 0, for_pam.stderr
    shown = json.loads(for_pam.stdout)
    assert (shown["ref"], shown["status"], shown["by"]) == (CAMHS, "done", "Martine McFadden")
    assert shown["changes"] == ["Marked Pam Smith's part done. The action is closed."]
    last = life(CAMHS, url)["history"][-1]
    assert (last["change"], last["who"], last["new"]["for"]) == ("done", "Martine McFadden", "Pam Smith")
    assert "Martine McFadden marked Pam Smith's part done" in dscb("history", CAMHS, url=url).stdout


def test_done_for_one_member_of_a_group(url: str) -> None:
    ticked = action("A2", "--done", "--for", "Zala", url=url)
    assert ticked.returncode == 0, ticked.stderr
    assert "Marked Zala Ibrahim's part done (all members: 1 of 30 done)." in ticked.stdout
    assert "all members: 1 of 30 done" in ticked.stdout.splitlines()[0]
    before = state(url)
    refused(action(APPRAISAL, "--done", "--for", "Zala Ibrahim", url=url), "Zala Ibrahim has no open part in A-2.")
    refused(action(CHART, "--done", "--for", "Pam Smith", url=url), "Pam Smith has no open part in A-1.")
    unchanged(url, before)


def test_done_for_someone_else_is_for_the_manager_and_chair_only(url: str) -> None:
    before = state(url)
    refused(
        action(CAMHS, "--done", "--for", "Pam Smith", "--as", "Su Vincent", url=url),
        "Only the business manager or the chair can mark someone else's part of A-3 as done",
    )
    unchanged(url, before)
    chair = action(CAMHS, "--done", "--for", "Pam Smith", "--as", "Roger Clayton", url=url)
    assert chair.returncode == 0, chair.stderr
    assert life(CAMHS, url)["history"][-1]["who"] == "Roger Clayton"


def test_drop_needs_a_reason_and_shows_in_history_and_report(url: str) -> None:
    before = state(url)
    refused(action(CAMHS, "--drop", "  ", url=url), "Why is A-3 being dropped? Please give the reason")
    missing = dscb("action", CAMHS, "--drop", url=url)
    assert missing.returncode == 2 and "Traceback" not in missing.stderr
    assert "requires an argument" in missing.stderr
    refused(action(CAMHS, "--drop", "child DOB 12/03/2009", url=url), "I haven't stored that")
    unchanged(url, before)

    dropped = action(CAMHS, "--drop", "Superseded by the CAMHS review", "--as", "Pam Smith", url=url)
    assert dropped.returncode == 0, dropped.stderr
    assert dropped.stdout.splitlines() == [
        "A-3: Send the CAMHS waiting times (dropped) – Pam Smith and Su Vincent; due Tue 30 June",
        "  Dropped: Superseded by the CAMHS review",
    ]
    last = life(CAMHS, url)["history"][-1]
    assert (last["change"], last["who"], last["new"]) == (
        "dropped", "Pam Smith", {"reason": "Superseded by the CAMHS review"}
    )  # fmt: skip
    assert "dropped by Pam Smith: Superseded by the CAMHS review" in dscb("history", CAMHS, url=url).stdout
    refused(action(CAMHS, "--drop", "again", url=url), "A-3 is already dropped")
    again = action(CAMHS, "--done", url=url)  # nothing open: said, and not an error
    assert (again.returncode, again.stdout.splitlines()[-1]) == (0, "  Nothing to mark done: A-3 is already dropped.")
    report = dscb("report", "tracker", "--now", "2015-07-01T09:00", url=url)
    assert report.returncode == 0, report.stderr
    row = next(line for line in report.stdout.splitlines() if line.startswith("| A-3 |"))
    assert "*Dropped: Superseded by the CAMHS review*" in row
    assert "| Dropped " in row
    table = dscb("report", "tracker", "--format", "csv", "--now", "2015-07-01T09:00", url=url).stdout
    rows = {r["Ref"]: r for r in csv.DictReader(io.StringIO(table))}
    assert (rows[CAMHS]["Status"], rows[CAMHS]["Note"]) == ("dropped", "Dropped: Superseded by the CAMHS review")
    assert rows[CHART]["Note"] == ""


def test_dropping_what_is_left_of_a_group_action(url: str) -> None:
    assert action(APPRAISAL, "--done", "--for", "Pam Smith", url=url).returncode == 0
    dropped = action(APPRAISAL, "--drop", "Replaced by the online survey", url=url)
    assert dropped.returncode == 0, dropped.stderr
    table = dscb("report", "tracker", "--format", "csv", "--now", "2015-07-01T09:00", url=url).stdout
    row = {r["Ref"]: r for r in csv.DictReader(io.StringIO(table))}[APPRAISAL]
    assert row["Progress"] == "all members: 1 of 1 done (29 dropped)"
    assert row["Note"] == "The rest dropped: Replaced by the online survey"
    assert [h["change"] for h in life(APPRAISAL, url)["history"]] == ["recorded", "done", "dropped"]


# Together, and refused --------------------------------------------------------------------------------------
def test_options_together_apply_in_order_in_one_transaction(url: str) -> None:
    both = action(CHART, "--drop", "No longer needed", "--due", "26/06", "--update", "Figures late", "--assign",
                  "Jo Forbes", "--done", url=url)  # fmt: skip
    assert both.returncode == 2  # done closes it, so there is nothing left to drop: all of it is refused
    assert "A-1 is already done, so it cannot be dropped." in both.stderr
    assert changes(CHART, url) == [("recorded", None)]
    together = action(CHART, "--done", "--due", "26/06", "--update", "Figures late", "--assign", "Jo Forbes",
                      url=url)  # fmt: skip
    assert together.returncode == 0, together.stderr
    assert together.stdout.splitlines() == [
        "A-1: Send the chart to the board (done) – Jo Forbes; due Fri 26 June",
        "  Due Fri 26 June (was due Fri 22 May).",
        "  Update recorded: Figures late",
        "  Now owned by Jo Forbes (was Viv Townsend).",
        "  Marked done. The action is closed.",
    ]
    assert [change for change, _ in changes(CHART, url)] == ["recorded", "re-dated", "update", "reassigned", "done"]


def test_a_member_cannot_change_someone_elses_action(url: str) -> None:
    before = state(url)
    for args in (["--due", "26/06"], ["--update", "Sent"], ["--assign", "Viv Townsend"], ["--drop", "Not ours"],
                 ["--done"]):  # fmt: skip
        refused(action(CAMHS, *args, "--as", "Viv Townsend", url=url), "A-3")
    refused(
        action(CAMHS, "--update", "Sent", "--as", "Viv Townsend", url=url),
        "Only the owners of A-3, the business manager or the chair can add updates.",
    )
    unchanged(url, before)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["Z-9", "--done"], "'Z-9' is not an action reference such as A-12."),
        (["A-99", "--done"], "There is no action A-99 on this board."),
        (["99", "--update", "x"], "There is no action A-99 on this board."),
        (["A-1", "--for", "Pam Smith"], "--for NAME goes with --done"),
        (["A-1", "--done", "--as", "Matt Smith"], "'Matt Smith' is not a member of this board."),
        (["A-1", "--done", "--for", "Karen"], "--for 'Karen' could be Karen Jackson or Karen Palk"),
        (["A-1", "--due", "26/06", "--now", "yesterday"], "--now 'yesterday' is not an ISO date-time"),
    ],
)
def test_bad_references_and_names_are_one_clear_line(url: str, args: list[str], message: str) -> None:
    before = state(url)
    refused(dscb("action", *args, url=url), message)
    unchanged(url, before)


def test_no_option_shows_the_action(url: str) -> None:
    shown = action(APPRAISAL, url=url)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.splitlines() == [
        "A-2: Return the board member appraisal (open) – all members; due Fri 10 July; all members: 0 of 30 done",
        "  Nothing changed: give --due, --update, --assign, --done or --drop.",
    ]
