"""Slack and Teams in one deployment, on one database: a member may use either, or both (one linked account per
platform), and each sees what the other did. Messages the assistant starts go out on each platform once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from store import db
from store.models import Action, AssignmentStatus, Member
from tests.slack.conftest import SlackBoard, mock_slack, slack_board  # noqa: F401  (the Slack app on this database)
from tests.teams.conftest import ANONYMOUS, USERS, TeamsBoard, buttons, serve
from tests.teams.connector import FakeConnector


@pytest.fixture
def both(slack_board: SlackBoard, connector: FakeConnector) -> Iterator[tuple[SlackBoard, TeamsBoard]]:  # noqa: F811
    served, app = serve(slack_board.database_url, ANONYMOUS)
    try:
        yield slack_board, TeamsBoard(connector, served.url, slack_board.database_url, slack_board.board_id, served,
                                      app)  # fmt: skip
    finally:
        served.stop()


def test_what_is_recorded_in_slack_is_done_in_teams(both: tuple[SlackBoard, TeamsBoard]) -> None:
    slack, teams = both
    slack.dm("UVIV", "Tony Oakman to circulate the presentation by 30 June")
    teams.say("tony", "what do I owe?")
    card = teams.replies("a:personal-tony")[-1]["attachments"][0]["content"]
    [done] = [b for b in buttons(card) if b["verb"] == "done"]
    assert teams.click("tony", "done", done["data"]).body["statusCode"] == 200
    slack.dm("UVIV", f"show A-{done['data']['n']}")
    assert any("done" in p["text"].lower() for p in slack.posted() if p["channel"].startswith("D"))
    with db.reading(slack.database_url) as session:
        action = session.scalars(select(Action)).one()
        assert [a.status for a in action.assignments] == [AssignmentStatus.DONE]


def test_a_member_on_both_platforms_is_one_member(both: tuple[SlackBoard, TeamsBoard]) -> None:
    slack, teams = both
    slack.dm("UVIV", "what do I owe?")
    teams.say("viv", "what do I owe?")
    with db.reading(slack.database_url) as session:
        viv = session.scalars(select(Member).where(Member.name == "Viv Townsend")).one()
        assert (viv.slack_user_id, viv.teams_user_id) == ("UVIV", USERS["viv"].aad)
        assert session.scalars(select(Member).where(Member.teams_user_id.is_not(None))).all() == [viv]
