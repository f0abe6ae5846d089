"""No child-identifying detail is stored by any path: every form of NHS number and date of birth the black-box test
found stored is refused through DMs, mentions, every slash command, both forms, a button's value, imported minutes,
a roster CSV and an imported board. Whatever the path, the whole database is searched afterwards."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from bot.tracker.stored_text import IDENTIFIERS
from store import db
from store.models import Base
from tests.slack import requests as slack
from tests.slack.conftest import SlackBoard
from tests.test_cli import dscb

NHS_FORMS = [
    "943.476.5919",
    "943/476/5919",
    "943_476_5919",
    "(943) 476 5919",
    "NHS-9434765919",
    "9434 765 919",
    "94 34 76 59 19",
    "9 4 3 4 7 6 5 9 1 9",
    "943\u200b476\u200b5919",
    "９４３ ４７６ ５９１９",
    "943-476-5919",
]
DOB_FORMS = [
    "DOB: February 1, 2010",
    "d/o/b 01/02/2010",
    "(b. 01/02/2010)",
    "born on the 1st of February 2010",
    "birthday 01/02/2010",
    "DOB 01-Feb-2010",
    "born in February 2010",
]
FORMS = NHS_FORMS + DOB_FORMS


def stored(url: str) -> str:
    """Everything people could have written, in every table of the database, as one text (timestamps and
    platform ids such as trigger ids, which hold any run of digits, left out)."""
    with db.reading(url) as session:
        return json.dumps(
            [
                [list(row) for row in session.execute(select(*(c for c in table.c if c.name not in IDENTIFIERS)))]
                for table in Base.metadata.sorted_tables
            ],
            default=lambda value: "" if isinstance(value, dt.datetime | dt.time) else str(value),
            ensure_ascii=False,
        )


def leaked(url: str) -> bool:
    found = stored(url)
    return any(marker in found for marker in ("5919", "５９１９", "765 919", "59 19", "9 1 9", "2010"))


def record_modal(user: str, task: str) -> tuple[str, str]:
    values = {"task": {"task": {"value": task}}, "owners": {"owners": {"selected_options": [{"value": "1"}]}}}
    return slack.view_submission(user, "record_action_modal", values, "{}")


def update_modal(user: str, note: str) -> tuple[str, str]:
    return slack.view_submission(
        user, "add_update_modal", {"note": {"note": {"value": note}}}, json.dumps({"number": 1})
    )


def choice(user: str, name: str) -> tuple[str, str]:
    owner = {"kind": "unknown", "name": name, "id": None}
    value = {"op": "record", "writer": 22, "task": "Visit the family", "owners": [owner], "pending": []}
    return slack.block_action(user, "choose_option_0", value=json.dumps(value), message={"ts": "1"}, channel="D1")


SLACK_PATHS: dict[str, Any] = {
    "dm": lambda f: slack.dm("UMARTINE", f"Viv Townsend to visit the child {f} by 22 May"),
    "mention": lambda f: slack.mention("UMARTINE", f"<@UBOT> Viv Townsend to visit the child {f} by 22 May"),
    "/dscb-actions": lambda f: slack.slash_command("/dscb-actions", f"Viv Townsend to see child {f}", "UMARTINE"),
    "/dscb-apologies": lambda f: slack.slash_command("/dscb-apologies", f"Claire Hill {f}", "UMARTINE"),
    "/dscb-audit": lambda f: slack.slash_command("/dscb-audit", f"DSCB S11 submitted {f}", "UMARTINE"),
    "record form": lambda f: record_modal("UMARTINE", f"Visit the child {f}"),
    "update form": lambda f: update_modal("UMARTINE", f"Visited the child {f}"),
    "button value": lambda f: choice("UMARTINE", f"Baby Smith {f}"),
    "leave": lambda f: slack.dm("UMARTINE", f"I'm on leave until 12 June, re child {f}"),
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("path", list(SLACK_PATHS))
def test_no_slack_path_stores_an_identifier(slack_board: SlackBoard, path: str, form: str) -> None:
    slack_board.dm("UMARTINE", "Viv Townsend to send the chart by 22 May")  # A-1, for the update form
    slack_board.mock.wait_for("chat.postMessage")
    assert slack_board.send(SLACK_PATHS[path](form)).status == 200
    assert not leaked(slack_board.database_url)


MINUTES = """Dudley Safeguarding Children Board
Minutes of the meeting held on Friday 15 May 2015
Present: Roger Clayton (Chair), Martine McFadden (DSCB)
1. Case review
Action: Viv Townsend to follow up the child {form} by 30 June 2015
"""


@pytest.mark.parametrize("form", [NHS_FORMS[0], NHS_FORMS[3], DOB_FORMS[0], DOB_FORMS[3]])
def test_imported_minutes_roster_and_board_store_no_identifier(database_url: str, tmp_path: Path, form: str) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "name,agency,role,email\nMartine McFadden,DSCB,manager,m@example.org\n"
        f'Viv Townsend,National Probation Service,member,v@example.org\n"Pat {form}",Police,member,p@example.org\n'
    )
    dscb("roster", "import", str(roster), url=database_url)
    assert not leaked(database_url)
    roster.write_text("name,agency,role,email\nMartine McFadden,DSCB,manager,m@example.org\n"
                      "Viv Townsend,National Probation Service,member,v@example.org\n")  # fmt: skip
    assert dscb("roster", "import", str(roster), url=database_url).returncode == 0
    minutes = tmp_path / "minutes.txt"
    minutes.write_text(MINUTES.format(form=form))
    dscb("import-minutes", str(minutes), url=database_url)
    assert not leaked(database_url)
    export = tmp_path / "board.json"
    assert dscb("export", "--output", str(export), url=database_url).returncode == 0
    board = json.loads(export.read_text())
    _plant(board, f"Visit the child {form}")
    export.write_text(json.dumps(board))
    with db.transaction(database_url) as session:
        for table in reversed(Base.metadata.sorted_tables):
            session.execute(text(f'DELETE FROM "{table.name}"'))
    dscb("import-board", str(export), url=database_url)
    assert not leaked(database_url)


def _plant(board: dict[str, Any], words: str) -> None:
    """Put ``words`` in the first text field of every list of records in an exported board."""
    for value in board.values():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            for key in ("text", "name", "note", "representative"):
                if key in value[0] and isinstance(value[0][key], str):
                    value[0][key] = words
                    break
        elif isinstance(value, dict):
            _plant(value, words)
