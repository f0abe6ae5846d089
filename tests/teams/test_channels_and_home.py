"""Teams beyond the personal chat: @mentions in a channel (an answer for one person goes to their personal chat),
installation (the home card, and the address kept for later messages) and the app's command list."""

from __future__ import annotations

import io
import json

from sqlalchemy import select

from store import db
from store.models import Attendance, AttendanceStatus, ChatAddress
from tests.conftest import count_rows
from tests.teams.conftest import BOT, TeamsBoard, buttons, card_text, said

CHANNEL = "19:board-channel@thread.tacv2"


def mention(board: TeamsBoard, who: str, text: str) -> None:
    tag = "<at>Board assistant</at>"
    entity = {"type": "mention", "text": tag, "mentioned": {"id": BOT, "name": "Board assistant"}}
    board.post(board.activity(who, conversation=CHANNEL, conversation_type="channel", text=f"{tag} {text}",
                              entities=[entity]))  # fmt: skip


def test_installing_shows_the_home_card_and_keeps_the_address(teams_board: TeamsBoard) -> None:
    installed = teams_board.activity("martine", kind="conversationUpdate", membersAdded=[{"id": BOT}])
    assert teams_board.post(installed).status in (200, 202)
    [welcome] = teams_board.replies("a:personal-martine")
    text = card_text(welcome["attachments"][0]["content"])
    assert "Your actions" in text and "Next board meeting" in text and "Friday 10 July 2015" in text
    assert "The board" in text  # the business manager sees the board's counts
    assert count_rows(teams_board.database_url, ChatAddress) == (1,)


def test_someone_else_joining_a_team_says_nothing(teams_board: TeamsBoard) -> None:
    joined = teams_board.activity("viv", kind="conversationUpdate", conversation=CHANNEL,
                                  conversation_type="channel", membersAdded=[{"id": "29:new-person"}])  # fmt: skip
    assert teams_board.post(joined).status in (200, 202)
    assert teams_board.replies() == [] and teams_board.connector.lookups() == []


def test_cant_attend_on_the_home_card_sends_apologies(teams_board: TeamsBoard) -> None:
    teams_board.say("viv", "home")
    card = teams_board.replies()[-1]["attachments"][0]["content"]
    [cant] = [b for b in buttons(card) if b["verb"] == "cant_attend"]
    answered = teams_board.click("viv", "cant_attend", cant["data"])
    assert answered.body["statusCode"] == 200 and "pologies" in card_text(answered.body["value"])
    with db.reading(teams_board.database_url) as session:
        statuses = session.scalars(select(Attendance.status)).all()
    assert statuses == [AttendanceStatus.APOLOGIES]


def test_a_mention_in_a_channel_is_answered_and_private_answers_go_to_the_personal_chat(
    teams_board: TeamsBoard,
) -> None:
    teams_board.say("viv", "Viv Townsend to circulate the presentation by 30 June")  # the personal chat exists
    mention(teams_board, "viv", "what do I owe?")
    in_channel = teams_board.replies(CHANNEL)
    personal = teams_board.replies("a:personal-viv")
    assert [said(r) for r in in_channel] == ["I've answered you in our personal chat, Viv."]
    assert "Circulate the presentation" in said(personal[-1])


def test_a_private_answer_without_a_personal_chat_asks_for_one(teams_board: TeamsBoard) -> None:
    mention(teams_board, "tony", "what do I owe?")
    [answer] = teams_board.replies(CHANNEL)
    assert said(answer) == "That answer is for you alone: please ask me in a personal chat with the board assistant."


def test_the_command_list_words_work(teams_board: TeamsBoard) -> None:
    teams_board.say("viv", "help")
    assert "what do I owe" in teams_board.last_text().lower() or "actions" in teams_board.last_text().lower()
    teams_board.say("viv", "minutes")
    assert "send me the minutes file" in teams_board.last_text()
    teams_board.say("viv", "apologies 10 July")
    assert "pologies" in teams_board.last_text() and "10 July" in teams_board.last_text()
    teams_board.say("viv", "apologies for the September board, Tony Oakman will come instead")
    assert "September" in teams_board.last_text()
    with db.reading(teams_board.database_url) as session:
        assert len(session.scalars(select(Attendance)).all()) == 2


def test_the_home_card_updates_my_agencys_audit_return_only(teams_board: TeamsBoard) -> None:
    from bot.tracker.audits import add_cycle
    from store.models import AuditReturn, AuditType

    with db.transaction(teams_board.database_url) as session:
        add_cycle(session, teams_board.board_id, AuditType.S11, "2015", issued=None, due=None, by=None)
        police = session.scalars(select(AuditReturn).where(AuditReturn.subject == "West Midlands Police")).one().id
    teams_board.say("sally", "home")
    card = teams_board.replies("a:personal-sally")[-1]["attachments"][0]["content"]
    assert "West Midlands Police" in card_text(card)
    [save] = [b for b in buttons(card) if b["verb"] == "audit_status"]
    assert save["data"] == {"n": police}
    saved = teams_board.click("sally", "audit_status", {**save["data"], "status": "in_progress"})
    assert "S11 2015 for West Midlands Police: in progress." in card_text(saved.body["value"])
    refused = teams_board.click("viv", "audit_status", {"n": police, "status": "complete"})
    assert card_text(refused.body["value"]).startswith("Only members of West Midlands Police")
    forged = teams_board.click("sally", "audit_status", {"n": police, "status": "approved"})
    assert forged.body["statusCode"] == 400
    with db.reading(teams_board.database_url) as session:
        assert session.get_one(AuditReturn, police).status.value == "in_progress"


def test_the_tracker_report_is_sent_as_a_file_after_consent(teams_board: TeamsBoard) -> None:
    from openpyxl import load_workbook

    teams_board.say("martine", "Viv Townsend to circulate the presentation by 30 June")
    teams_board.say("martine", "report")
    [consent] = teams_board.replies("a:personal-martine")[-1]["attachments"]
    assert consent["contentType"] == "application/vnd.microsoft.teams.card.file.consent"
    assert consent["name"].endswith(".xlsx") and consent["content"]["sizeInBytes"] > 1000
    upload = {"name": consent["name"], "uploadUrl": f"{teams_board.connector.url}/upload/{consent['name']}",
              "contentUrl": "https://contoso-my.sharepoint.com/personal/martine/tracker.xlsx", "uniqueId": "u-1",
              "fileType": "xlsx"}  # fmt: skip
    value = {"type": "fileUpload", "action": "accept", "context": consent["content"]["acceptContext"],
             "uploadInfo": upload}  # fmt: skip
    accepted = teams_board.post(teams_board.activity("martine", kind="invoke", name="fileConsent/invoke", value=value))
    assert accepted.status == 200
    workbook = teams_board.connector.uploaded[consent["name"]]
    cells = [str(c) for row in load_workbook(io.BytesIO(workbook)).worksheets[0].iter_rows(values_only=True)
             for c in row if c]  # fmt: skip
    assert "Viv Townsend" in " ".join(cells)
    shown = teams_board.replies("a:personal-martine")[-1]["attachments"][0]
    assert shown["contentType"] == "application/vnd.microsoft.teams.card.file.info"
    assert shown["contentUrl"] == upload["contentUrl"]


def test_a_declined_or_forged_consent_sends_nothing(teams_board: TeamsBoard) -> None:
    teams_board.say("martine", "report csv")
    declined = {"type": "fileUpload", "action": "decline", "context": {"kind": "csv"}}
    teams_board.post(teams_board.activity("martine", kind="invoke", name="fileConsent/invoke", value=declined))
    assert teams_board.last_text() == "All right, I haven't sent the action tracker."
    forged = {"type": "fileUpload", "action": "accept", "context": {"kind": "csv"},
              "uploadInfo": {"uploadUrl": "https://evil.example/upload", "name": "x.csv"}}  # fmt: skip
    answered = teams_board.post(teams_board.activity("martine", kind="invoke", name="fileConsent/invoke", value=forged))
    assert answered.status == 400 and teams_board.connector.uploaded == {}
    teams_board.say("martine", "report back on the CSE audit by 30 June")  # a message like any other, not the command
    assert "consent" not in json.dumps(teams_board.replies()[-1])


def test_the_home_card_shows_the_chart_inline_within_teams_limit(teams_board: TeamsBoard) -> None:
    import base64

    from PIL import Image

    from handlers.teams.cards import MAX_BYTES, size

    teams_board.say("martine", "Sally Holmes to send the police figures by 22 May")
    teams_board.say("martine", "home")
    card = teams_board.replies("a:personal-martine")[-1]["attachments"][0]["content"]
    [image] = [item for item in card["body"] if item["type"] == "Image"]
    assert image["url"].startswith("data:image/png;base64,") and size(card) <= MAX_BYTES
    picture = Image.open(io.BytesIO(base64.b64decode(image["url"].split(",", 1)[1])))
    assert picture.format == "PNG" and len(set(picture.convert("RGB").getdata())) > 8
    assert image["altText"] == "Open and overdue actions by agency. West Midlands Police: 1 open, 0 overdue."
    teams_board.say("viv", "home")  # Viv's agency (probation) owns nothing: no chart to show
    assert not [i for i in teams_board.replies("a:personal-viv")[-1]["attachments"][0]["content"]["body"]
                if i["type"] == "Image"]  # fmt: skip
