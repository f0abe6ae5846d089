"""Faults: the database goes away and comes back; the user is told at once and the app recovers by itself.

PostgreSQL is reached through a TCP proxy on loopback that the test cuts and restores, so the server itself is
never stopped under the other tests running beside this one.
"""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from handlers.slack.answering import DATABASE_DOWN
from store import db
from store.models import Action
from tests.security.proxy import Proxy
from tests.slack import requests as slack
from tests.slack.conftest import SECRET
from tests.slack.mock_web_api import MockSlack


@pytest.mark.postgres
def test_database_outage_is_reported_at_once_and_recovered_from(
    via_proxy: tuple[Proxy, str, slack.HttpApp], mock_slack: MockSlack
) -> None:
    proxy, direct_url, http = via_proxy
    assert http.send(slack.dm("UMARTINE", "Viv Townsend to send the chart by 22 May")).status == 200
    proxy.cut()
    within_slacks_wait = slack.HttpApp(http.base_url, SECRET, http.path, timeout=3)  # Slack waits 3 s: slower fails
    answer = within_slacks_wait.send(
        slack.slash_command("/dscb-actions", "Tony to book the room by 1 June", "UMARTINE")
    )
    assert answer.status == 200 and DATABASE_DOWN in answer.text
    proxy.restore()
    again = http.send(slack.slash_command("/dscb-actions", "Tony to book the room by 1 June", "UMARTINE"))
    assert again.json()["text"].startswith("Recorded A-2 for Tony Oakman")
    with db.transaction(direct_url) as session:
        assert session.scalar(select(func.count()).select_from(Action)) == 2  # nothing lost, nothing doubled
