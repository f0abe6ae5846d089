"""Issue 18's acceptance, as a council's IT team would try it: `dscb run --teams --dev --port N` started as a real
process on a real database, a fake Bot Connector on loopback recording everything it sends, and `dscb digest send
--teams` reaching a member proactively, exactly once. Without --dev the token check is on."""

from __future__ import annotations

import os
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from store.models import Action
from tests.conftest import DEMO_ROSTER, DSCB, count_rows, dscb
from tests.teams.conftest import ANONYMOUS, TeamsBoard, buttons, card_text
from tests.teams.connector import FakeConnector

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def started(url: str, env: dict[str, str], *extra: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    process = subprocess.Popen(
        [*DSCB, "run", "--teams", "--port", str(port), *extra],
        cwd=ROOT, env={**os.environ, "DATABASE_URL": url, "DSCB_DIGESTS": "off", **env},
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            with urllib.request.urlopen(f"{base}/healthz", timeout=1) as answer:
                if answer.status == 200:
                    return process, base
        except OSError:
            if process.poll() is not None:
                raise AssertionError(process.stderr.read().decode() if process.stderr else "exited") from None
            time.sleep(0.1)
    process.kill()
    raise AssertionError("the Teams front end did not start")


@pytest.fixture
def running(database_url: str, connector: FakeConnector) -> Iterator[TeamsBoard]:
    assert dscb("roster", "import", str(DEMO_ROSTER), url=database_url).returncode == 0
    process, base = started(database_url, {}, "--dev")  # no tenant list: a local trial accepts any tenant
    try:
        yield TeamsBoard(connector, base, database_url, 1)
    finally:
        process.terminate()
        process.wait(10)


def test_a_week_in_teams_from_the_command_line(running: TeamsBoard, tmp_path: Path) -> None:
    url = running.database_url
    recorded = running.activity("martine", text="Action: Viv Townsend to send the chart by 22 May")
    assert running.post(recorded).status in (200, 202)
    assert running.post(recorded).status in (200, 202)  # the same activity id again: stored once
    assert count_rows(url, Action) == (1,)
    assert running.last_text().startswith("Recorded A-1 for Viv Townsend")

    running.say("viv", "what do I owe?")
    card = running.replies("a:personal-viv")[-1]["attachments"][0]["content"]
    assert "Send the chart" in card_text(card)
    [done] = [b for b in buttons(card) if b["verb"] == "done"]
    closed = running.click("viv", "done", done["data"])
    assert closed.body["statusCode"] == 200 and "A-1" in card_text(closed.body["value"])

    running.say("viv", "Action: Viv Townsend to circulate the minutes by 22 May")
    first = dscb("digest", "send", "--teams", "--dev", "--now", "2027-05-20T09:00", "--pace", "0", url=url)
    again = dscb("digest", "send", "--teams", "--dev", "--now", "2027-05-20T09:30", "--pace", "0", url=url)
    assert first.returncode == 0, first.stderr
    assert again.returncode == 0 and "already out" in again.stdout  # the board's day is done: nothing sent twice
    digests = [r for r in running.replies("a:personal-viv") if "Hello Viv" in card_text(r.get("attachments",
               [{}])[0].get("content", {}))]  # fmt: skip
    assert len(digests) == 1 and "Circulate the minutes" in card_text(digests[0]["attachments"][0]["content"])


def test_without_dev_the_token_check_is_on(database_url: str, connector: FakeConnector) -> None:
    production = {"CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTID": "5b1c6f0e-2d3a-4c4b-9e8f-7a6b5c4d3e2f",
                  "DSCB_TEAMS_TENANTS": "3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b"}  # fmt: skip
    process, base = started(database_url, production)
    try:
        board = TeamsBoard(connector, base, database_url, 1)
        assert board.say("viv", "what do I owe?").status == 401
        assert connector.calls == []
    finally:
        process.terminate()
        process.wait(10)


def test_anonymous_access_without_dev_is_refused_at_start(database_url: str) -> None:
    refused = subprocess.run(
        [*DSCB, "run", "--teams", "--port", str(free_port())],
        cwd=ROOT, env={**os.environ, "DATABASE_URL": database_url, **ANONYMOUS,
                       "DSCB_TEAMS_TENANTS": "3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b"},
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert refused.returncode == 2 and "--dev" in refused.stderr and "Traceback" not in refused.stderr


def test_a_tenant_naming_no_board_is_refused_at_start_and_makes_none(database_url: str) -> None:
    from store.models import Board

    assert dscb("roster", "import", str(DEMO_ROSTER), url=database_url).returncode == 0
    refused = subprocess.run(
        [*DSCB, "run", "--teams", "--port", str(free_port())],
        cwd=ROOT, env={**os.environ, "DATABASE_URL": database_url,
                       "CONNECTIONS__SERVICE_CONNECTION__SETTINGS__CLIENTID": "5b1c6f0e-2d3a-4c4b-9e8f-7a6b5c4d3e2f",
                       "DSCB_TEAMS_TENANTS": "3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b=Dudly Safeguarding Board"},
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert refused.returncode == 2 and "Dudly Safeguarding Board" in refused.stderr
    assert "Traceback" not in refused.stderr and count_rows(database_url, Board) == (1,)
