"""The `dscb` command line, run as a new user would run it: the installed console script in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DEMO_ROSTER, ROOT

DSCB = [sys.executable, "-c", "from cli.main import main; main()"]


def dscb(*args: str, url: str, stdin: str = "", cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    env["DATABASE_URL"] = url
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [*DSCB, *args], input=stdin, capture_output=True, text=True, env=env, cwd=cwd or ROOT, timeout=60
    )


def test_roster_import_then_json_lists_every_member(database_url: str) -> None:
    first = dscb("roster", "import", str(DEMO_ROSTER), url=database_url)
    assert first.returncode == 0, first.stderr
    assert "30 added" in first.stdout
    again = dscb("roster", "import", str(DEMO_ROSTER), url=database_url)
    assert "0 added, 0 updated, 30 unchanged" in again.stdout
    listed = dscb("roster", "--json", url=database_url)
    members = json.loads(listed.stdout)
    assert len(members) == 30
    assert set(members[0]) >= {"name", "agency", "role", "email", "slack_user_id"}
    assert {m["name"] for m in members} >= {"Viv Townsend", "Mayada AbuAffan", "Kate McConnell"}


def test_meetings_add_and_list(database_url: str) -> None:
    dscb("roster", "import", str(DEMO_ROSTER), url=database_url)
    added = dscb(
        "meeting",
        "add",
        "2015-07-10",
        "--start",
        "10:00",
        "--end",
        "14:00",
        "--venue",
        "Saltwells EDC",
        url=database_url,
    )
    assert added.returncode == 0, added.stderr
    assert "Friday 10 July 2015, 10:00–14:00, Saltwells EDC" in added.stdout
    dscb("meeting", "add", "19/06/2015", "--kind", "workshop", url=database_url)
    listed = json.loads(dscb("meeting", "list", "--json", url=database_url).stdout)
    assert [(m["date"], m["kind"], m["start"]) for m in listed] == [
        ("2015-06-19", "workshop", None),
        ("2015-07-10", "board", "10:00"),
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["meeting", "add", "31/02/2015"], "'31/02/2015' is not a date"),
        (["meeting", "add", "2015-07-10", "--start", "25:00"], "'25:00' is not a time"),
        (["meeting", "add", "2015-07-10", "--kind", "party"], "Unknown meeting kind 'party'"),
        (
            ["meeting", "add", "2015-07-10", "--start", "14:00", "--end", "10:00"],
            "ends (10:00) before it starts",
        ),
        (["roster", "import", "/no/such/roster.csv"], "Cannot read /no/such/roster.csv"),
    ],
)
def test_bad_input_gets_one_clear_line(sqlite_url: str, args: list[str], message: str) -> None:
    result = dscb(*args, url=sqlite_url)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_unreachable_database_gives_one_line() -> None:
    result = dscb("roster", url="postgresql://nobody@127.0.0.1:1/none")
    assert result.returncode == 3
    assert result.stderr.startswith("dscb: cannot reach the database")
    assert len(result.stderr.strip().splitlines()) == 1


def test_console_piped_answers_help_and_exits_zero(sqlite_url: str) -> None:
    dscb("roster", "import", str(DEMO_ROSTER), url=sqlite_url)
    result = dscb("console", "--as", "Viv Townsend", "--now", "2015-05-15T09:30", url=sqlite_url, stdin="help\n")
    assert result.returncode == 0, result.stderr
    assert "Record an action" in result.stdout
    assert "what do I owe?" in result.stdout


def test_console_unknown_member_is_a_clear_message(sqlite_url: str) -> None:
    dscb("roster", "import", str(DEMO_ROSTER), url=sqlite_url)
    result = dscb("console", "--as", "Matt Smith", url=sqlite_url, stdin="help\n")
    assert result.returncode == 2
    assert "'Matt Smith' is not a member of this board" in result.stderr
    assert "Traceback" not in result.stderr


def test_app_without_slack_tokens_runs_the_console_on_the_demo_board(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_") and k != "DATABASE_URL"}
    env["PYTHONPATH"] = str(ROOT)
    result = subprocess.run(
        [sys.executable, str(ROOT / "app.py")],
        input="help\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "Record an action" in result.stdout
    assert (tmp_path / "dscb.db").exists()


def test_every_command_has_help() -> None:
    for args in (
        ["--help"],
        ["roster", "--help"],
        ["roster", "import", "--help"],
        ["meeting", "add", "--help"],
        ["meeting", "list", "--help"],
        ["console", "--help"],
        ["db", "upgrade", "--help"],
        ["run", "--help"],
    ):
        result = subprocess.run([*DSCB, *args], capture_output=True, text=True, cwd=ROOT, timeout=60)
        assert result.returncode == 0, (args, result.stderr)
        assert "Usage" in result.stdout


def test_history_shows_an_actions_life(sqlite_url: str) -> None:
    dscb("roster", "import", str(DEMO_ROSTER), url=sqlite_url)
    script = "Viv Townsend to send the chart by 22 May\n"
    dscb("console", "--as", "Martine McFadden", "--now", "2015-05-15T09:30", url=sqlite_url, stdin=script)
    dscb("console", "--as", "Viv Townsend", "--now", "2015-05-20T09:30", url=sqlite_url, stdin="A-1 done\n")
    life = json.loads(dscb("history", "A-1", "--json", url=sqlite_url).stdout)
    assert [(h["change"], h["who"]) for h in life["history"]] == [("recorded", "Martine McFadden"),
                                                                 ("done", "Viv Townsend")]  # fmt: skip
    assert life["status"] == "done"
    assert dscb("history", "A-99", url=sqlite_url).stderr.strip() == "dscb: There is no action A-99 on this board."
