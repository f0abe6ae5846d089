"""Teams end to end: activities POSTed over HTTP to the real Agents SDK application, replies recorded by the fake
Bot Connector, the board's record read back from the real database (SQLite and PostgreSQL)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from store import db
from store.models import Action, Board, ChatAddress, Member
from tests.conftest import count_rows
from tests.teams.conftest import OTHER_TENANT, USERS, TeamsBoard, buttons, card_text


def teams_id_of(url: str, name: str) -> str | None:
    with db.reading(url) as session:
        return session.scalars(select(Member.teams_user_id).where(Member.name == name)).one()


def test_a_member_is_linked_by_the_directory_email_and_answered(teams_board: TeamsBoard) -> None:
    posted = teams_board.say("viv", "what do I owe?")
    assert posted.status in (200, 202)
    [reply] = teams_board.replies()
    assert reply["conversation"]["id"] == "a:personal-viv"
    assert reply["replyToId"].startswith("act-")
    assert "Viv Townsend" in teams_board.last_text() or "You have" in teams_board.last_text()
    assert [c.path for c in teams_board.connector.lookups()] == ["/v3/conversations/a:personal-viv/members/29:viv"]
    assert teams_id_of(teams_board.database_url, "Viv Townsend") == USERS["viv"].aad
    assert count_rows(teams_board.database_url, ChatAddress) == (1,)
    teams_board.say("viv", "what do I owe?")  # known now: no second look-up, no second address
    assert len(teams_board.connector.lookups()) == 1
    assert count_rows(teams_board.database_url, ChatAddress) == (1,)


def test_a_display_name_is_never_an_identity(teams_board: TeamsBoard) -> None:
    before = count_rows(teams_board.database_url, Action, ChatAddress)
    teams_board.say("impostor", "what do I owe?")
    text = teams_board.last_text()
    assert "can't find you on the board's roster" in text and "Sally Holmes" not in text
    assert teams_id_of(teams_board.database_url, "Sally Holmes") is None
    teams_board.say("impostor", "Sally Holmes to send the audit by 30 June")
    assert count_rows(teams_board.database_url, Action, ChatAddress) == before


def test_another_tenant_gets_403_and_creates_nothing(teams_board: TeamsBoard) -> None:
    url = teams_board.database_url
    before = count_rows(url, Board, Member, Action, ChatAddress)
    posted = teams_board.post(teams_board.activity("viv", text="what do I owe?", tenant=OTHER_TENANT))
    assert posted.status == 403
    assert teams_board.connector.calls == []
    assert count_rows(url, Board, Member, Action, ChatAddress) == before
    assert teams_id_of(url, "Viv Townsend") is None


def test_bad_requests_are_refused_and_change_nothing(teams_board: TeamsBoard) -> None:
    url = teams_board.database_url
    before = count_rows(url, Action, ChatAddress)
    assert teams_board.post({}, raw=b"{not json").status == 400
    assert teams_board.post({}, raw=b"[]").status == 400
    assert teams_board.post({}, raw=b'{"type": "message"}').status == 403  # no tenant: not one this serves
    assert teams_board.post({}, raw=b"x" * 300_000).status == 413
    assert count_rows(url, Action, ChatAddress) == before


def test_recording_an_action_in_chat_stores_it_once(teams_board: TeamsBoard) -> None:
    url = teams_board.database_url
    before = count_rows(url, Action)[0]
    activity = teams_board.activity("viv", text="Tony Oakman to circulate the CSE presentation by 30 June")
    teams_board.post(activity)
    assert teams_board.last_text().startswith(f"Recorded A-{before + 1}")
    teams_board.post(activity)  # the Bot Connector delivers the same activity again
    assert count_rows(url, Action)[0] == before + 1
    with db.reading(url) as session:
        action = session.scalars(select(Action).order_by(Action.id.desc())).first()
        assert action is not None and action.text == "Circulate the CSE presentation"


def test_a_listing_is_a_card_whose_buttons_work_in_place(teams_board: TeamsBoard) -> None:
    url = teams_board.database_url
    teams_board.say("viv", "Viv Townsend to circulate the presentation by 30 June")
    ref = teams_board.last_text().split()[1].rstrip(":,.")
    number = int(ref.split("-")[1])
    teams_board.say("viv", "what do I owe?")
    card = teams_board.replies()[-1]["attachments"][0]["content"]
    verbs = {(b["verb"], b["data"].get("n")) for b in buttons(card)}
    assert {("done", number), ("change_date", number), ("add_update", number)} <= verbs

    moved = teams_board.click("viv", "change_date", {"n": number, "due": "2015-07-03"})
    assert moved.body["statusCode"] == 200 and moved.body["type"] == "application/vnd.microsoft.card.adaptive"
    assert "3 July" in card_text(moved.body["value"])
    noted = teams_board.click("viv", "add_update", {"n": number, "note": "slides sent to the chair"})
    assert noted.body["statusCode"] == 200 and f"Update added to {ref}" in card_text(noted.body["value"])
    closed = teams_board.click("viv", "done", {"n": number})
    assert closed.body["statusCode"] == 200 and ref in card_text(closed.body["value"])
    with db.reading(url) as session:
        action = session.scalars(select(Action).where(Action.number == number)).one()
        assert action.due is not None and action.due.isoformat() == "2015-07-03"
        assert all(a.status.value == "done" for a in action.assignments)


def test_a_click_with_data_the_card_never_carried_changes_nothing(teams_board: TeamsBoard) -> None:
    url = teams_board.database_url
    teams_board.say("viv", "Viv Townsend to circulate the presentation by 30 June")
    before = count_rows(url, Action)
    forged: list[tuple[str, dict[str, Any]]] = [
        ("done", {"n": "A-1; drop"}), ("change_date", {"n": 1, "due": "30/06/2015"}),
        ("add_update", {"n": 1, "note": ""}), ("choose", {"payload": "x"}), ("page", {"page": -1}),
    ]  # fmt: skip
    for verb, data in forged:
        answered = teams_board.click("viv", verb, data)  # Teams reads an invoke's outcome from its body
        assert answered.status == 200 and answered.body["statusCode"] == 400, (verb, answered)
    assert count_rows(url, Action) == before


def test_a_misspelt_name_is_asked_about_with_buttons(teams_board: TeamsBoard) -> None:
    teams_board.say("viv", "what does Tony Oakmen owe?")
    reply = teams_board.replies()[-1]
    card = reply["attachments"][0]["content"]
    assert "Tony Oakmen" in card_text(card) and "Tony Oakman" in card_text(card)
    [choice, *_] = [b for b in buttons(card) if b["verb"] == "choose"]
    picked = teams_board.click("viv", "choose", choice["data"])
    assert picked.body["statusCode"] == 200 and "Tony Oakman" in card_text(picked.body["value"])


def test_user_text_is_shown_as_written_never_as_markup(teams_board: TeamsBoard) -> None:
    teams_board.say("viv", "Viv Townsend to check [the form](https://evil.example) **now** by 30 June")
    teams_board.say("viv", "what do I owe?")
    text = card_text(teams_board.replies()[-1]["attachments"][0]["content"])
    assert r"\[the form\](https://evil.example)" in text and r"\*\*now\*\*" in text
    plain = [r for r in teams_board.replies() if r.get("text")]
    assert all(r.get("textFormat") == "plain" for r in plain)
