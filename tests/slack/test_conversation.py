"""Direct messages and @mentions, end to end: signed requests in, Web API calls out, rows in the database."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import func, select

from bot.conversation.assistant import ROSTER_CHANGED
from bot.tracker.leaving import erase_member
from store import db
from store.models import Action, Assignment, Member
from tests.slack import requests as slack
from tests.slack.conftest import SlackBoard


def count_actions(board: SlackBoard) -> int:
    with db.transaction(board.database_url) as session:
        return session.scalar(select(func.count()).select_from(Action)) or 0


def test_a_dm_records_an_action_once_even_when_delivered_twice(slack_board: SlackBoard) -> None:
    payload = slack.dm("UMARTINE", "Action: Viv Townsend to send the chart by 22 May")
    first = slack_board.send(payload)
    again = slack_board.send(payload, retry_num=1)
    assert (first.status, again.status) == (200, 200)
    assert count_actions(slack_board) == 1
    replies = [p for p in slack_board.posted() if p["channel"].startswith("D") and "Recorded" in p["text"]]
    assert len(replies) == 1
    assert replies[0]["text"].startswith("Recorded A-1 for Viv Townsend, due Fri 22 May")
    assert replies[0]["thread_ts"]  # answered in the thread of the message
    viv_dm = slack_board.mock.wait_for("chat.postMessage", count=2)[-1].params
    assert viv_dm["channel"] == "UVIV"
    assert "You have a new action, A-1" in viv_dm["text"]


def test_first_contact_links_the_member_by_email(slack_board: SlackBoard) -> None:
    slack_board.dm("UTONY", "what do I owe?")
    with db.transaction(slack_board.database_url) as session:
        tony = session.scalars(select(Member).where(Member.name == "Tony Oakman")).one()
        assert tony.slack_user_id == "UTONY"
    assert slack_board.posted()[-1]["text"] == "You have no open actions."


def test_someone_not_on_the_roster_gets_no_board_data_and_the_manager_is_told_once(slack_board: SlackBoard) -> None:
    slack_board.dm("UMARTINE", "Viv Townsend to send the chart by 22 May")  # links Martine, the manager
    slack_board.mock.reset()
    slack_board.dm("USTRANGER", "what does Viv owe?")
    slack_board.dm("USTRANGER", "show all actions")
    to_stranger = [p for p in slack_board.posted() if p["channel"].startswith("DUSTRANGER")]
    assert len(to_stranger) == 2
    assert all("can't find you on the board's roster" in p["text"] for p in to_stranger)
    assert all("chart" not in json.dumps(p) for p in to_stranger)
    to_manager = [p for p in slack_board.posted() if p["channel"] == "UMARTINE"]
    assert len(to_manager) == 1
    assert "dscb link USTRANGER" in to_manager[0]["text"]


def test_chatter_edits_bots_and_channel_messages_are_ignored(slack_board: SlackBoard) -> None:
    channel_chatter = {"type": "message", "channel": "C0001", "channel_type": "channel", "user": "UVIV",
                       "text": "Viv Townsend to send the chart by 22 May", "ts": slack.new_ts()}  # fmt: skip
    edit = {**channel_chatter, "channel_type": "im", "channel": "DUVIV", "subtype": "message_changed"}
    bot = {**channel_chatter, "channel_type": "im", "channel": "DUVIV", "bot_id": "BOTHER", "user": "UOTHERBOT"}
    for event in (channel_chatter, edit, bot):
        assert slack_board.send(slack.event(event)).status == 200
    assert count_actions(slack_board) == 0
    assert slack_board.posted() == []


def test_a_mention_in_a_channel_replies_in_the_thread_and_keeps_personal_answers_private(
    slack_board: SlackBoard,
) -> None:
    slack_board.send(slack.mention("UROGER", "<@UBOT> Tony to raise the funding gap by the September board", "C0042"))
    public = slack_board.posted()[-1]
    assert public["channel"] == "C0042" and public["thread_ts"]
    assert public["text"].startswith("Recorded A-1 for Tony Oakman, due Fri 11 September")
    slack_board.send(slack.mention("UROGER", "<@UBOT> what does Tony owe?", "C0042"))
    private = slack_board.mock.wait_for("chat.postEphemeral")[-1].params
    assert private["user"] == "UROGER" and private["channel"] == "C0042"
    assert "A-1" in json.dumps(private["blocks"])


def test_mentions_of_members_are_read_as_their_names(slack_board: SlackBoard) -> None:
    slack_board.dm("UVIV", "hello")  # links Viv
    slack_board.dm("UMARTINE", "<@UVIV> to circulate the presentation asap")
    reply = next(p for p in slack_board.posted() if p["channel"] == "DUMARTINE")
    assert reply["text"].startswith("Recorded A-1 for Viv Townsend, as soon as possible")


def test_typed_markup_never_pings(slack_board: SlackBoard) -> None:
    slack_board.dm("UMARTINE", "Viv Townsend to tell &lt;!channel&gt; and <!here> about the chart by 22 May")
    reply = next(p for p in slack_board.posted() if "Recorded" in p["text"])
    rendered = json.dumps(reply)
    for markup in ("<!channel>", "<!here>", "<@"):
        assert markup not in rendered
    assert "&lt;!channel&gt;" in rendered


def test_ambiguous_owner_gets_buttons_and_nothing_is_stored_until_one_is_chosen(slack_board: SlackBoard) -> None:
    slack_board.dm("UROGER", "Sue to update the board on the CAMHS letter")
    question = slack_board.posted()[-1]
    assert question["text"] == "Which Sue do you mean: Su Vincent or Sue Haywood?"
    buttons = question["blocks"][-1]["elements"]
    assert [b["text"]["text"] for b in buttons] == ["Su Vincent (Dudley CCG)", "Sue Haywood (DMBC)", "Cancel"]
    assert count_actions(slack_board) == 0
    click = slack.block_action("UROGER", buttons[1]["action_id"], value=buttons[1]["value"], channel="DUROGER",
                               message=question, response_url_base=slack_board.mock.response_url_base)  # fmt: skip
    assert slack_board.send(click).status == 200
    answer = slack_board.mock.wait_for("response_url")[-1].params
    assert answer["text"].startswith("Recorded A-1 for Sue Haywood")
    assert answer["replace_original"] in (True, "true")
    with db.transaction(slack_board.database_url) as session:
        owner = session.scalar(select(Member.name).join(Assignment, Assignment.member_id == Member.id))
    assert owner == "Sue Haywood"


def test_a_misspelt_name_gets_buttons_and_a_typed_answer_settles_it(slack_board: SlackBoard) -> None:
    slack_board.dm("UROGER", "Tony Oakmen to chase the CAMHS letter by Friday")
    question = slack_board.posted()[-1]
    assert question["text"] == "I don't know a Tony Oakmen on the board's roster — did you mean Tony Oakman?"
    buttons = question["blocks"][-1]["elements"]
    assert [b["text"]["text"] for b in buttons] == [
        "Tony Oakman (DMBC)", "Record Tony Oakmen as an external owner", "Cancel",
    ]  # fmt: skip
    assert count_actions(slack_board) == 0
    slack_board.dm("UROGER", "yes")  # typed, not clicked: the assistant kept the question
    assert slack_board.posted()[-1]["text"].startswith("Recorded A-1 for Tony Oakman, due Fri 22 May")
    slack_board.dm("UROGER", "yes")  # answered already: read as a message of its own, nothing recorded
    assert count_actions(slack_board) == 1


def test_a_forged_button_payload_for_another_writer_changes_nothing(slack_board: SlackBoard) -> None:
    slack_board.dm("UROGER", "Sue to update the board on the CAMHS letter")
    question = slack_board.posted()[-1]
    value = question["blocks"][-1]["elements"][0]["value"]
    click = slack.block_action("UVIV", "choose_option_0", value=value, channel="DUVIV", message=question,
                               response_url_base=slack_board.mock.response_url_base)  # fmt: skip
    slack_board.send(click)
    assert slack_board.mock.wait_for("response_url")[-1].params["text"] == "That question was asked of someone else."
    assert count_actions(slack_board) == 0


def test_a_failed_reply_loses_nothing(slack_board: SlackBoard) -> None:
    slack_board.mock.fail("chat.postMessage", times=10, status=500)
    assert slack_board.dm("UMARTINE", "Viv Townsend to send the chart by 22 May").status == 200
    assert count_actions(slack_board) == 1


def test_the_manager_links_someone_in_slack_and_members_may_not(slack_board: SlackBoard) -> None:
    slack_board.dm("USTRANGER", "hello")
    slack_board.dm("UVIV", "link <@USTRANGER> to Remley Mann")
    assert slack_board.posted()[-1]["text"] == "Only the business manager or the chair can link people to the roster."
    slack_board.dm("UMARTINE", "link <@USTRANGER> to Remley Mann")
    assert slack_board.posted()[-1]["text"] == "Linked that account to Remley Mann."
    slack_board.dm("USTRANGER", "what do I owe?")
    assert slack_board.posted()[-1]["text"] == "You have no open actions."


def test_a_member_erased_by_another_process_is_not_served_from_the_remembered_roster(
    slack_board: SlackBoard,
) -> None:
    slack_board.dm("UVIV", "what do I owe?")  # links Viv; this app now remembers UVIV as Viv Townsend
    assert slack_board.posted()[-1]["text"] == "You have no open actions."
    with db.transaction(slack_board.database_url) as session:  # `dscb erase-member`, run elsewhere
        viv = session.scalars(select(Member).where(Member.name == "Viv Townsend")).one()
        erase_member(session, slack_board.board_id, viv.id, actor="test", day=dt.date(2015, 5, 20))
    slack_board.dm("UVIV", "Action: Viv Townsend to send the chart by 22 May")
    assert slack_board.posted()[-1]["text"] == ROSTER_CHANGED
    assert count_actions(slack_board) == 0
    slack_board.dm("UVIV", "what do I owe?")  # the roster now read afresh: UVIV is nobody on it
    assert "can't find you on the board's roster" in slack_board.posted()[-1]["text"]


def test_an_erased_member_opening_the_home_page_sees_no_board_data(slack_board: SlackBoard) -> None:
    slack_board.dm("UVIV", "what do I owe?")
    with db.transaction(slack_board.database_url) as session:
        viv = session.scalars(select(Member).where(Member.name == "Viv Townsend")).one()
        erase_member(session, slack_board.board_id, viv.id, actor="test", day=dt.date(2015, 5, 20))
    slack_board.send(slack.app_home_opened("UVIV"))
    home = slack_board.mock.wait_for("views.publish")[-1].params["view"]
    assert home["blocks"] == [{"type": "section", "text": {"type": "mrkdwn", "text": ROSTER_CHANGED}}]
