"""A department of an agency as an action's owner ("YOS to share the data", "what does housing owe?"): recorded
against that department, listed for it, for the council as a whole and for the department's own members (not
for the council's other departments), reassigned in chat and on the command line, and named in the tracker
report; on SQLite and PostgreSQL, driven through the console and the CLI as a user drives them."""

from __future__ import annotations

import json

from tests.conftest import dscb
from tests.corpus.score import prepare_board

NOW = "2015-05-15T09:30"  # the seed minutes' meeting; the next board is 10 July 2015
MANAGER = "Martine McFadden"
RECORD = """\
YOS to share the reoffending data by 26 June
housing to review the temp accommodation checks by 30 June
the council to nominate a safeguarding lead per directorate by 31 July
"""


def console(url: str, who: str, script: str) -> list[str]:
    result = dscb("console", "--as", who, "--now", NOW, url=url, stdin=script)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_a_department_owns_what_it_is_given_and_answers_for_it(database_url: str) -> None:
    prepare_board(database_url)
    recorded = console(database_url, MANAGER, RECORD)
    assert recorded == [
        "Recorded A-1 for DMBC – YOS, due Fri 26 June: Share the reoffending data",
        "Recorded A-2 for DMBC – Housing, due Tue 30 June: Review the temp accommodation checks",
        "Recorded A-3 for DMBC, due Fri 31 July: Nominate a safeguarding lead per directorate",
    ]
    lines = console(database_url, MANAGER, "what does YOS owe?\nwhat does DMBC owe?\nwhat does housing owe?\n")
    assert lines[0] == "DMBC – YOS has 1 open action:"
    assert lines[1].startswith("  A-1  Share the reoffending data — DMBC – YOS")
    assert lines[2] == "DMBC has 3 open actions:"  # the council answers for every department's
    assert [line.split()[0] for line in lines[3:6]] == ["A-1", "A-2", "A-3"]
    assert lines[6] == "DMBC – Housing has 1 open action:"
    assert lines[7].startswith("  A-2  Review the temp accommodation checks — DMBC – Housing")
    # A member of the YOS owes the YOS's and the whole council's, never housing's.
    mine = console(database_url, "Mike Galikowski", "what do I owe?\n")
    assert mine[0] == "You have 2 open actions:"
    assert [line.split()[0] for line in mine[1:]] == ["A-1", "A-3"]
    # A member of the council with no department owes only the whole council's.
    assert console(database_url, "Merlin Joseph", "what do I owe?\n")[:2] == [
        "You have 1 open action:",
        "  A-3  Nominate a safeguarding lead per directorate — DMBC, due Fri 31 July",
    ]


def test_a_department_is_given_an_action_in_chat_and_on_the_command_line(database_url: str) -> None:
    prepare_board(database_url)
    console(database_url, MANAGER, RECORD)
    assert console(database_url, MANAGER, "A-2 over to YOS\nwhat does housing owe?\n") == [
        "A-2 now belongs to DMBC – YOS.",
        "DMBC – Housing has no open actions.",
    ]
    moved = dscb("action", "A-3", "--assign", "Community Safety", "--now", NOW, url=database_url)
    assert moved.returncode == 0, moved.stderr
    assert "Now owned by DMBC – Community Safety (was DMBC)." in moved.stdout
    history = json.loads(dscb("history", "A-3", "--json", url=database_url).stdout)
    assert history["history"][-1]["change"] == "reassigned"
    report = dscb("report", "tracker", "--now", NOW, url=database_url)
    assert report.returncode == 0, report.stderr
    rows = {line.split(" | ")[0].strip("| "): line.split(" | ")[2] for line in report.stdout.splitlines()
            if line.startswith("| A-")}  # fmt: skip
    assert rows == {"A-1": "DMBC – YOS", "A-2": "DMBC – YOS", "A-3": "DMBC – Community Safety"}


def test_the_parse_contract_names_the_department(sqlite_url: str) -> None:
    prepare_board(sqlite_url)
    for text, owners in (
        ("IYS to deliver the CSE awareness sessions by 17 July", ["DMBC – Integrated Youth Services"]),
        (
            "Community safety and the police to review the MARAC data",
            ["DMBC – Community Safety", "West Midlands Police"],
        ),
        ("Health & Wellbeing to confirm the e-learning funding", ["DMBC – Health & Wellbeing"]),
        ("the council to nominate a lead per directorate", ["DMBC"]),
    ):
        shown = dscb("parse", "--as", MANAGER, "--now", NOW, "--json", text, url=sqlite_url)
        assert shown.returncode == 0, shown.stderr
        found = json.loads(shown.stdout)
        assert sorted(o["name"] for o in found["owners"]) == sorted(owners), (text, found)
        assert {o["kind"] for o in found["owners"]} == {"agency"}, found
