"""The product as deployed: `dscb run --http` (gunicorn) in its own process, against a mock Slack Web API."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import DSCB, ROOT, add_board_meetings, make_board
from tests.slack import requests as slack
from tests.slack.conftest import SECRET
from tests.slack.mock_web_api import MockSlack
from tests.slack.served import serving


@pytest.fixture
def running_app(database_url: str, mock_slack: MockSlack, tmp_path: Path) -> Iterator[slack.HttpApp]:
    add_board_meetings(database_url, make_board(database_url))
    workers = "2" if database_url.startswith("postgresql") else "1"
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    env |= {"DATABASE_URL": database_url, "SLACK_SIGNING_SECRET": SECRET, "SLACK_BOT_TOKEN": "xoxb-test",
            "SLACK_API_URL": mock_slack.url, "PYTHONPATH": str(ROOT), "DSCB_DIGESTS": "off"}  # fmt: skip
    command = [*DSCB, "run", "--http", "--workers", workers]
    with serving(command, env, tmp_path / "server.log", cwd=tmp_path, wait=30) as (_, base):
        yield slack.HttpApp(base, SECRET, timeout=60)


def test_acceptance_over_http(running_app: slack.HttpApp, mock_slack: MockSlack) -> None:
    """A DM stored once though delivered twice, visible in the owner's /dscb-actions; forged and stale get 401."""
    payload = slack.dm("UMARTINE", "Action: Viv Townsend to send the chart by 22 May")
    assert running_app.send(payload).status == 200
    assert running_app.send(payload, retry_num=1).status == 200
    reply = mock_slack.wait_for("chat.postMessage")[0].params
    assert reply["text"].startswith("Recorded A-1 for Viv Townsend, due")
    viv = running_app.send(slack.slash_command("/dscb-actions", "", "UVIV"))
    assert viv.status == 200
    assert viv.text.startswith("{"), viv.text
    body = viv.json()
    assert body["text"] == "You have 1 open action:"
    assert json.dumps(body["blocks"]).count("Send the chart") == 1
    everything = running_app.send(slack.slash_command("/dscb-actions", "all", "UMARTINE")).json()
    assert everything["text"] == "The board has 1 open action:"  # the redelivery stored nothing
    body_text, kind = slack.dm("UMARTINE", "Viv Townsend to forge something")
    forged = slack.sign(body_text, "wrong-secret")
    assert running_app.post(body_text, kind, signed=False, headers=forged).status == 401
    assert running_app.post(body_text, kind, timestamp=int(time.time()) - 600).status == 401
    after = running_app.send(slack.slash_command("/dscb-actions", "all", "UMARTINE"))
    assert after.json()["text"] == "The board has 1 open action:", after.text


def _recorded(mock_slack: MockSlack) -> list[str]:
    """The replies that say an action was recorded (not the owners' notifications of a new action)."""
    texts = (call.params.get("text", "") for call in mock_slack.calls("chat.postMessage"))
    return [text for text in texts if text.startswith("Recorded A-")]


def test_forty_concurrent_dms_store_forty_actions_with_distinct_references(
    running_app: slack.HttpApp, mock_slack: MockSlack, database_url: str
) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from sqlalchemy import select

    from store import db
    from store.models import Action

    payloads = [slack.dm("UMARTINE", f"Viv Townsend to send report number {n} by 22 May") for n in range(40)]
    payloads += [slack.slash_command("/dscb-actions", "all", "UMARTINE") for _ in range(10)]
    with ThreadPoolExecutor(max_workers=20) as pool:
        statuses = list(pool.map(lambda p: running_app.send(p).status, payloads))
    assert statuses == [200] * 50
    # A message still queued when Slack is acknowledged is answered by its own message once saved. Each new action also
    # notifies its owner by chat.postMessage, so the forty replies are waited for by what they say, not by their count.
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(_recorded(mock_slack)) < 40:
        time.sleep(0.2)
    replies = mock_slack.calls("chat.postMessage")
    assert len(_recorded(mock_slack)) == 40, [call.params.get("text", "")[:40] for call in replies]
    assert not any("nothing was changed" in call.params.get("text", "") for call in replies)
    with db.transaction(database_url) as session:
        numbers = session.scalars(select(Action.number)).all()
        texts = set(session.scalars(select(Action.text)))
    assert len(numbers) == 40 and len(set(numbers)) == 40 and sorted(numbers) == list(range(1, 41))
    assert texts == {f"Send report number {n}" for n in range(40)}


def test_security_acceptance_over_http(running_app: slack.HttpApp, mock_slack: MockSlack, database_url: str) -> None:
    """Against `dscb run --http`: "<!channel>" never reaches Slack unescaped; a valid NHS number stores nothing;
    a 40,000-character message and a garbage payload leave it answering."""
    from sqlalchemy import func, select

    from store import db
    from store.models import Action

    running_app.send(slack.dm("UMARTINE", "Viv Townsend to tell <!channel> and <!here> about the chart by 22 May"))
    running_app.send(slack.dm("UMARTINE", "Viv Townsend to chase the referral for 943 476 5919 by Friday"))
    running_app.send(slack.dm("UMARTINE", "x" * 40_000))
    assert running_app.post("payload=%7Bgarbage", "application/x-www-form-urlencoded").status in (400, 401, 404)
    assert running_app.post("{not json", "application/json").status == 400
    alive = running_app.send(slack.slash_command("/dscb-actions", "all", "UMARTINE"))
    assert alive.status == 200 and alive.json()["text"] == "The board has 1 open action:"
    sent = mock_slack.wait_for("chat.postMessage", 3)
    everything = json.dumps([c.params for c in sent])
    assert "<!channel>" not in everything and "<!here>" not in everything
    assert any("NHS number" in c.params["text"] for c in sent)
    with db.transaction(database_url) as session:
        assert session.scalar(select(func.count()).select_from(Action)) == 1
