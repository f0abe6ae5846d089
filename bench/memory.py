"""Peak memory of the running app, as deployed, with 100,000 actions on the board.

A SQLite file gets bench.data's board: the demo roster padded to 30 members and 100,000 open actions (Viv
Townsend, who asks, owns about 3,333). It is the database's only board and unclaimed, so the app links it to the
Slack workspace on first contact, as a single-workspace install does. The product runs as deployed, `dscb run
--http --workers 1` (gunicorn, one gthread worker) in its own process, against a mock Slack Web API, and is driven
with signed requests on loopback: 50 x `/dscb-actions`, 20 App Home opens, 20 "what do I owe?" DMs, 5 x
`/dscb-actions all` from the business manager, then one `/dscb-report xlsx` (the whole tracker as a spreadsheet,
uploaded to the mock). Peaks are VmHWM from /proc/PID/status of the gunicorn master and its worker, read after
start-up, after the requests and after the report; MB means MiB.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from bench.data import build_board, databases
from bench.report import Result, not_run
from tests.conftest import DSCB
from tests.slack import requests as slack
from tests.slack.mock_web_api import MockSlack
from tests.slack.served import serving

ROOT = Path(__file__).resolve().parent.parent
ACTIONS = 100_000
TARGET_MB = 200.0
SECRET = "bench-secret"
GROUP = "memory"
REPORT_TIMEOUT = 120  # seconds; the xlsx tracker of 100,000 actions takes a few seconds
VIV = ("UVIV", "Viv Townsend", "viv.townsend@example.org")
MARTINE = ("UMARTINE", "Martine McFadden", "martine.mcfadden@example.org")  # the business manager


def _status_kb(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise LookupError(f"no {field} for process {pid}")


def _children(pid: int) -> list[int]:
    return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def _peaks(master: int) -> dict[str, float]:
    """Peak RSS in MiB of the master and of its (only) worker, with the worker's pid."""
    workers = _children(master)
    if len(workers) != 1:
        raise RuntimeError(f"expected one gunicorn worker, found {workers}")
    return {"master": _status_kb(master, "VmHWM") / 1024, "worker": _status_kb(workers[0], "VmHWM") / 1024,
            "worker_rss": _status_kb(workers[0], "VmRSS") / 1024, "pid": workers[0]}  # fmt: skip


def _drive(http: slack.HttpApp, mock: MockSlack) -> None:
    viv, martine = VIV[0], MARTINE[0]
    payloads = [slack.slash_command("/dscb-actions", "", viv) for _ in range(50)]
    payloads += [slack.app_home_opened(viv) for _ in range(20)]
    payloads += [slack.dm(viv, "what do I owe?") for _ in range(20)]
    payloads += [slack.slash_command("/dscb-actions", "all", martine) for _ in range(5)]
    for payload in payloads:
        answer = http.send(payload)
        if answer.status != 200:
            raise RuntimeError(f"{answer.status}: {answer.text[:200]}")
    mock.wait_for("views.publish", 20, timeout=30)
    mock.wait_for("chat.postMessage", 20, timeout=30)


def _report(http: slack.HttpApp, mock: MockSlack) -> tuple[float, float]:
    """Seconds for `/dscb-report xlsx` until it is acknowledged, and until the file is uploaded."""
    start = time.perf_counter()
    answer = http.send(slack.slash_command("/dscb-report", "xlsx", VIV[0]))
    acknowledged = time.perf_counter() - start
    if answer.status != 200 or "Preparing" not in answer.text:
        raise RuntimeError(f"/dscb-report: {answer.status} {answer.text[:200]}")
    mock.wait_for("files.completeUploadExternal", timeout=REPORT_TIMEOUT)
    return acknowledged, time.perf_counter() - start


def run() -> list[Result]:
    if not Path("/proc/self/status").exists():
        return [not_run(GROUP, "worker peak RSS, 100,000 actions", "MB", TARGET_MB, "needs Linux /proc")]
    try:
        return _measure()
    except (RuntimeError, AssertionError, OSError) as error:  # the server did not start, answer or upload
        why = str(error).strip().splitlines()[-1][:120] if str(error).strip() else type(error).__name__
        return [not_run(GROUP, "worker peak RSS, 100,000 actions", "MB", TARGET_MB, why)]


def _measure() -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp, databases(Path(tmp), postgres=False) as urls, MockSlack() as mock:
        folder = Path(tmp)
        url = urls["sqlite"]
        build_board(url, actions=ACTIONS)
        for user in (VIV, MARTINE):
            mock.add_user(*user)
        env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_") and k != "DSCB_BOARD"}
        env |= {"DATABASE_URL": url, "SLACK_SIGNING_SECRET": SECRET, "SLACK_BOT_TOKEN": "xoxb-bench",
                "SLACK_API_URL": mock.url, "PYTHONPATH": str(ROOT), "DSCB_DIGESTS": "off",
                "LOG_LEVEL": "WARNING"}  # fmt: skip
        command = [*DSCB, "run", "--http", "--workers", "1"]
        with serving(command, env, folder / "server.log", cwd=folder) as (server, base):
            http = slack.HttpApp(base, SECRET, timeout=REPORT_TIMEOUT)
            idle = _peaks(server.pid)
            started = time.perf_counter()
            _drive(http, mock)
            requests_s = time.perf_counter() - started
            after = _peaks(server.pid)
            ack_s, report_s = _report(http, mock)
            final = _peaks(server.pid)
    if len({idle["pid"], after["pid"], final["pid"]}) != 1:
        raise RuntimeError("the gunicorn worker was replaced during the run; its peak is lost")
    return [
        Result(GROUP, "worker peak RSS, 100,000 actions", final["worker"], "MB", TARGET_MB,
               "VmHWM after the requests and /dscb-report"),
        Result(GROUP, "worker peak RSS after 95 requests, before /dscb-report", after["worker"], "MB", None,
               f"95 requests in {requests_s:.1f} s"),
        Result(GROUP, "worker RSS after start-up", idle["worker_rss"], "MB", None),
        Result(GROUP, "gunicorn master peak RSS", final["master"], "MB", None),
        Result(GROUP, "master + worker peak RSS", final["master"] + final["worker"], "MB", None,
               "pages shared since the fork counted twice"),
        Result(GROUP, "/dscb-report xlsx of 100,000 actions, acknowledged", ack_s * 1000, "ms", 3000.0,
               "Slack's limit for an acknowledgement"),
        Result(GROUP, "/dscb-report xlsx of 100,000 actions, until uploaded", report_s, "s", None,
               "built in the background"),
    ]  # fmt: skip
