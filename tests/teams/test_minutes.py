"""Minutes sent as a file in a Teams personal chat: the preview card (meeting, attendance, every action with its
owner and date as inputs to correct), Confirm imports them with the corrections, and only Teams' own download
links are followed."""

from __future__ import annotations

from sqlalchemy import select

from store import db
from store.models import Action, Assignment, Attendance
from tests.conftest import count_rows, shared_fixture
from tests.teams.conftest import TeamsBoard, buttons, card_text

FILE_INFO = "application/vnd.microsoft.teams.file.download.info"


def send_file(board: TeamsBoard, who: str, name: str, url: str) -> None:
    attachment = {"contentType": FILE_INFO, "name": name, "contentUrl": url,
                  "content": {"downloadUrl": url, "uniqueId": "f-1", "fileType": name.rsplit(".", 1)[-1]}}  # fmt: skip
    board.post(board.activity(who, text="", attachments=[attachment]))


def test_minutes_sent_as_a_file_are_previewed_then_imported_with_corrections(teams_board: TeamsBoard) -> None:
    url = teams_board.database_url
    minutes = shared_fixture("dscb-minutes-2015-05-15.txt")
    teams_board.connector.files["minutes.txt"] = minutes.read_bytes()
    send_file(teams_board, "martine", "minutes.txt", f"{teams_board.connector.url}/files/minutes.txt")
    preview = teams_board.replies("a:personal-martine")[-1]["attachments"][0]["content"]
    assert "Friday 15 May 2015" in card_text(preview) or "15 May 2015" in card_text(preview)
    assert count_rows(url, Action, Attendance) == (0, 0)  # a preview stores nothing
    inputs = [item for item in preview["body"] if item.get("type") in ("Input.ChoiceSet", "Input.Date")]
    owner = next(item for item in inputs if item["id"].startswith("owner:"))
    karen = next(c["value"] for c in owner["choices"] if c["title"].startswith("Karen Palk"))
    assert owner.get("value") != karen  # a real correction: not the owner as read
    [confirm] = [b for b in buttons(preview) if b["verb"] == "choose" and b["data"]["payload"]["op"] != "cancel"]
    imported = teams_board.click("martine", "choose", {**confirm["data"], owner["id"]: karen})
    assert imported.body["statusCode"] == 200 and "Imported" in card_text(imported.body["value"])
    actions, attendance = count_rows(url, Action, Attendance)
    assert actions >= 10 and attendance >= 25
    place = int(owner["id"].split(":")[1])  # the preview's actions in order, from 0: A-1 is the first imported
    with db.reading(url) as session:
        owners = session.scalars(select(Assignment.member_id).join(Action).where(Action.number == place + 1)).all()
    assert owners == [int(karen)]


def test_a_link_that_is_not_teams_own_is_not_followed(teams_board: TeamsBoard) -> None:
    send_file(teams_board, "martine", "minutes.txt", "https://evil.example/minutes.txt")
    assert "SharePoint" in teams_board.last_text()
    assert count_rows(teams_board.database_url, Action, Attendance) == (0, 0)
    send_file(teams_board, "martine", "minutes.txt", f"{teams_board.connector.url}/files/missing.txt")
    assert "couldn't download" in teams_board.last_text()
