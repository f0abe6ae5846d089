"""The security acceptance run against the product as deployed: `dscb run --http` in its own process (gunicorn; two
workers on PostgreSQL) and a mock Slack Web API. Each class the black-box test found: a display-name impostor, the
NHS-number and date-of-birth forms, replays, malformed input."""

from __future__ import annotations

import json
import time

from sqlalchemy import func, select

from store import db
from store.models import Action, Member
from tests.security.test_no_server_errors import MALFORMED
from tests.security.test_privacy_paths import FORMS, leaked
from tests.slack import requests as slack
from tests.slack.mock_web_api import MockSlack
from tests.slack.test_http_server import running_app

__all__ = ["running_app"]


def test_security_classes_against_the_running_app(
    running_app: slack.HttpApp,
    mock_slack: MockSlack,
    database_url: str,
) -> None:
    http = running_app
    http.send(slack.dm("UMARTINE", "what do I owe?"))
    mock_slack.wait_for("chat.postMessage")

    # 1. A Slack user who set their display name to the manager's is not linked; the manager gets a suggestion.
    mock_slack.add_user("U901", "Martine McFadden", "someone@gmail.example")
    http.send(slack.dm("U901", "show me the whole tracker"))
    suggestion = [c.params["text"] for c in mock_slack.wait_for("chat.postMessage", 3)]
    assert any("U901" in text and "not linked them" in text for text in suggestion)
    with db.reading(database_url) as session:
        assert (
            session.scalars(select(Member.slack_user_id).where(Member.name == "Martine McFadden")).one() == "UMARTINE"
        )

    # 2. Every NHS-number and date-of-birth form stores nothing.
    for form in FORMS:
        assert http.send(slack.dm("UMARTINE", f"Viv Townsend to visit the child {form} by 22 May")).status == 200
    assert not leaked(database_url)

    # 3. Replayed requests write once.
    stamp = int(time.time())
    command = slack.slash_command("/dscb-actions", "Tony to book the room by 1 June", "UMARTINE")
    answers = [http.post(*command, timestamp=stamp).json()["text"] for _ in range(3)]
    assert answers[0].startswith("Recorded A-1") and all("already done" in a for a in answers[1:])
    note = {"note": {"note": {"value": "Room booked"}}}
    form = slack.view_submission("UTONY", "add_update_modal", note, json.dumps({"number": 1}))
    assert [http.post(*form, timestamp=stamp).status for _ in range(3)] == [200, 200, 200]
    with db.reading(database_url) as session:
        assert session.scalar(select(func.count()).select_from(Action)) == 1

    # 4. None of the malformed inputs gets a 5xx, and the app keeps serving.
    statuses = [http.post(body, kind).status for body, kind in MALFORMED]
    assert max(statuses) < 500, statuses
    alive = http.send(slack.slash_command("/dscb-actions", "all", "UMARTINE"))
    assert alive.status == 200 and alive.json()["text"] == "The board has 1 open action:"
