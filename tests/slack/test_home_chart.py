"""The App Home's chart: open and overdue actions by agency, uploaded as a Slack file of the app's own (never at a
public URL) and shown as a ``slack_file`` image; drawn and uploaded again only when the figures change. The
managers see every agency; a member sees their own agency's line."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from PIL import Image
from sqlalchemy import update

from store import db
from store.models import Action
from tests.slack import requests as slack
from tests.slack.conftest import SlackBoard


def home_of(board: SlackBoard, user: str, count: int) -> dict[str, Any]:
    board.send(slack.app_home_opened(user))
    view: dict[str, Any] = board.mock.wait_for("views.publish", count)[-1].params["view"]
    return view


def images(view: dict[str, Any]) -> list[dict[str, Any]]:
    return [block for block in view["blocks"] if block["type"] == "image"]


def two_actions(board: SlackBoard) -> None:
    """Sally's (police) overdue by 15 May, Viv's (probation) not yet due."""
    board.dm("UMARTINE", "Sally Holmes to send the police figures by 22 May")
    board.dm("UMARTINE", "Viv Townsend to circulate the presentation by 30 June")
    with db.transaction(board.database_url) as session:
        session.execute(update(Action).where(Action.number == 1).values(due=dt.date(2015, 5, 1)))


def test_the_manager_sees_the_chart_as_a_slack_file_drawn_once_per_figures(slack_board: SlackBoard) -> None:
    two_actions(slack_board)
    [chart] = images(home_of(slack_board, "UMARTINE", 1))
    assert set(chart) == {"type", "slack_file", "alt_text", "title"} and "image_url" not in chart
    file_id = chart["slack_file"]["id"]
    png = slack_board.mock.uploads[file_id]
    picture = Image.open(io.BytesIO(png))
    assert picture.format == "PNG" and picture.width >= 300 and picture.height >= 150
    assert len(set(picture.convert("RGB").getdata())) > 8  # drawn, not a blank image
    assert "West Midlands Police: 1 open, 1 overdue" in chart["alt_text"]
    assert "National Probation Service: 1 open, 0 overdue" in chart["alt_text"]

    again = images(home_of(slack_board, "UMARTINE", 2))
    assert again[0]["slack_file"]["id"] == file_id and len(slack_board.mock.uploads) == 1  # the same figures
    slack_board.dm("UMARTINE", "Tony Oakman to book the room by 30 June")
    changed = images(home_of(slack_board, "UMARTINE", 3))
    assert changed[0]["slack_file"]["id"] != file_id and len(slack_board.mock.uploads) == 2


def test_a_member_sees_their_own_agencys_line_only(slack_board: SlackBoard) -> None:
    two_actions(slack_board)
    [chart] = images(home_of(slack_board, "USALLY", 1))
    assert chart["alt_text"] == "Open and overdue actions by agency. West Midlands Police: 1 open, 1 overdue."
