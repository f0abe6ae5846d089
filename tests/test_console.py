"""The console, piped as a script would drive it: one message a line, answers in order, exit 0."""

from __future__ import annotations

from tests.corpus.score import prepare_board
from tests.test_cli import dscb

SCRIPT = """\
Viv Townsend to send the NPS structure chart by 22 May
what do I owe?
I've sent the NPS structure chart
what do I owe?
can't make 10 July, Claire Hill will come instead
Sue to update the board on the CAMHS letter
2
thanks all
"""


def test_piped_console_records_lists_completes_and_sends_apologies(sqlite_url: str) -> None:
    prepare_board(sqlite_url)
    result = dscb("console", "--as", "Viv Townsend", "--now", "2015-05-15T09:30", url=sqlite_url, stdin=SCRIPT)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Recorded A-1 for Viv Townsend, due Fri 22 May: Send the NPS structure chart"
    assert lines[1] == "You have 1 open action:"
    assert lines[2].startswith("  A-1  Send the NPS structure chart — Viv Townsend, due Fri 22 May")
    assert lines[3] == "A-1 is closed: Send the NPS structure chart"
    assert lines[4] == "You have no open actions."
    assert lines[5] == (
        "Apologies recorded for Viv Townsend for the board meeting on Friday 10 July; "
        "Claire Hill will attend as named representative."
    )
    assert lines[6] == "Which Sue do you mean: Su Vincent or Sue Haywood?"
    assert lines[7:10] == ["  1. Su Vincent (Dudley CCG)", "  2. Sue Haywood (DMBC)", "  3. Cancel"]
    assert lines[10] == "Recorded A-2 for Sue Haywood, no due date: Update the board on the CAMHS letter"
    assert lines[11].startswith("I'm not sure what you'd like me to do with that")
    listed = dscb("parse", "--as", "Sue Haywood", "--now", "2015-05-15T09:30", "--json", "what do I owe?",
                  url=sqlite_url)  # fmt: skip
    assert '"intent": "list_actions"' in listed.stdout
