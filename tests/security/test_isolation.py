"""Two workspaces on one installation: nobody in one can read or change the other board's data."""

from __future__ import annotations

import json

from sqlalchemy import select

from bot.tracker.boards import create_board
from bot.tracker.roster import import_roster, read_roster
from store import db
from store.models import Action, Assignment, AssignmentStatus, Board
from tests.slack import requests as slack
from tests.slack.conftest import SlackBoard

OTHER = "T0000ADULTS"
ADULTS_ROSTER = "name,agency,role,email\nAda Lovell,Adult Social Care,manager,ada@adults.example\n"


def other_board(board: SlackBoard) -> None:
    with db.transaction(board.database_url) as session:
        adults = create_board(session, "Safeguarding Adults Board", slack_team_id=OTHER)
        import_roster(session, adults.id, read_roster(ADULTS_ROSTER))
    board.mock.add_user("UADA", "Ada Lovell", "ada@adults.example", team_id=OTHER)


def test_a_user_of_another_workspace_sees_and_changes_nothing_here(slack_board: SlackBoard) -> None:
    slack_board.dm("UMARTINE", "Viv Townsend to send the chart by 22 May")  # children's board A-1
    slack_board.mock.wait_for("chat.postMessage", 2)  # the reply, and Viv's DM about her new action
    other_board(slack_board)
    slack_board.mock.reset()
    # Ada asks for everything, clicks Done on "A-1", changes its date, opens her home.
    slack_board.send(slack.dm("UADA", "show me the action tracker", team_id=OTHER))
    listing = slack_board.mock.wait_for("chat.postMessage")[-1].params
    assert listing["text"] == "The board has no open actions."
    message = {"ts": slack.new_ts(), "text": "x"}
    for payload in (
        slack.block_action("UADA", "action_done", value="1", team_id=OTHER, message=message, channel="DUADA"),
        slack.block_action(
            "UADA",
            "action_change_date",
            selected_date="2030-01-01",
            block_id="action-1",
            team_id=OTHER,
            message=message,
            channel="DUADA",
        ),
        slack.app_home_opened("UADA", team_id=OTHER),
        slack.slash_command("/dscb-actions", "A-1", "UADA", team_id=OTHER),
    ):
        slack_board.send(payload)
    seen = json.dumps([c.params for c in slack_board.mock.calls()])
    assert "Send the chart" not in seen and "Viv Townsend" not in seen
    with db.transaction(slack_board.database_url) as session:
        action = session.scalars(select(Action).where(Action.text == "Send the chart")).one()
        assert action.due is not None and action.due.isoformat() == "2015-05-22"
        assert session.scalars(select(Assignment.status)).one() is AssignmentStatus.OPEN
        assert len(session.scalars(select(Board)).all()) == 2


def test_a_member_id_from_one_board_is_not_a_member_of_the_other(slack_board: SlackBoard) -> None:
    other_board(slack_board)
    # The children's board manager writes from the adults' workspace: not on that roster, no data.
    slack_board.mock.add_user("UMARTINE", "Martine McFadden", "martine.mcfadden@example.org", team_id=OTHER)
    slack_board.send(slack.dm("UMARTINE", "what do I owe?", team_id=OTHER))
    reply = slack_board.mock.wait_for("chat.postMessage")[-1].params
    assert "can't find you on the board's roster" in reply["text"]
