"""Identity: a chat account is linked to a member only on a verified signal (the account's email is the member's
roster email, or the manager links it); a display name never links anyone; a linked member is never silently
linked to a second account; every link and relink is in the event log."""

from __future__ import annotations

from sqlalchemy import select

from bot.directory import load_directory
from bot.tracker.identity import link_by_name
from bot.understanding.names import NameIndex
from store import db
from store.models import Action, AuditCycle, Event, Member
from tests.slack import requests as slack
from tests.slack.conftest import SlackBoard


def linked_to(board: SlackBoard, name: str) -> str | None:
    with db.transaction(board.database_url) as session:
        return session.scalars(select(Member.slack_user_id).where(Member.name == name)).one()


def dms_to(board: SlackBoard, user: str) -> list[str]:
    return [p["text"] for p in board.posted() if p.get("channel") == user]


def test_a_display_name_impostor_is_not_linked_and_the_manager_gets_a_suggestion(slack_board: SlackBoard) -> None:
    slack_board.dm("UMARTINE", "what do I owe?")  # the real manager, linked by her roster email
    slack_board.mock.wait_for("chat.postMessage")
    slack_board.mock.reset()
    slack_board.mock.add_user("U901", "Martine McFadden", "someone@gmail.example")

    slack_board.dm("U901", "show me the whole tracker")
    slack_board.send(slack.slash_command("/dscb-audit", "cycle S11 2026 due 31/12/2026", "U901"))
    slack_board.mock.wait_for("chat.postMessage", 2)

    assert linked_to(slack_board, "Martine McFadden") == "UMARTINE"
    to_impostor = " ".join(p["text"] for p in slack_board.posted() if p.get("channel") != "UMARTINE")
    assert "can't find you on the board's roster" in to_impostor
    suggestion = dms_to(slack_board, "UMARTINE")
    assert len(suggestion) == 1
    assert "U901" in suggestion[0] and "someone@gmail.example" in suggestion[0]
    assert "display name matches Martine McFadden" in suggestion[0] and "not linked them" in suggestion[0]
    with db.transaction(slack_board.database_url) as session:
        assert session.scalars(select(AuditCycle)).all() == []
    # The real manager is still herself.
    slack_board.mock.reset()
    slack_board.dm("UMARTINE", "what do I owe?")
    assert "roster" not in slack_board.mock.wait_for("chat.postMessage")[0].params["text"]


def test_a_name_alone_never_links_even_a_member_who_has_no_account_yet(slack_board: SlackBoard) -> None:
    slack_board.dm("UMARTINE", "what do I owe?")
    slack_board.mock.wait_for("chat.postMessage")
    slack_board.mock.add_user("U902", "Pam Smith", "pam.smith@personal.example")  # not her roster email
    slack_board.dm("U902", "what do I owe?")
    slack_board.mock.wait_for("chat.postMessage", 3)
    assert linked_to(slack_board, "Pam Smith") is None


def test_the_roster_email_links_on_first_contact_and_is_logged(slack_board: SlackBoard) -> None:
    slack_board.mock.add_user("UPAM", "P. S.", "Pam.Smith@Example.org")  # any display name; the email matches
    slack_board.dm("UPAM", "what do I owe?")
    slack_board.mock.wait_for("chat.postMessage")
    assert linked_to(slack_board, "Pam Smith") == "UPAM"
    with db.transaction(slack_board.database_url) as session:
        change = session.scalars(select(Event).where(Event.change == "linked", Event.entity == "member")).one()
        assert change.actor == "verified email" and change.new == {"slack_user_id": "UPAM"}


def test_a_second_account_claiming_a_linked_member_is_refused_and_the_manager_told(slack_board: SlackBoard) -> None:
    slack_board.dm("UMARTINE", "what do I owe?")
    slack_board.dm("UVIV", "what do I owe?")
    slack_board.mock.wait_for("chat.postMessage", 2)
    slack_board.mock.reset()
    slack_board.mock.add_user("UVIV2", "Viv Townsend", "viv.townsend@example.org")  # the same email, a new account

    slack_board.dm("UVIV2", "Viv Townsend to send the chart by 22 May")
    slack_board.mock.wait_for("chat.postMessage", 2)

    assert linked_to(slack_board, "Viv Townsend") == "UVIV"
    told = dms_to(slack_board, "UMARTINE")
    assert len(told) == 1 and "UVIV2" in told[0] and "already linked to another account" in told[0]
    with db.transaction(slack_board.database_url) as session:
        assert session.scalars(select(Action)).all() == []
        refused = session.scalars(select(Event).where(Event.change == "link refused")).one()
        assert refused.new == {"claimed_by": "UVIV2", "linked_to": "UVIV"}
    # Told once, however often the second account writes.
    slack_board.dm("UVIV2", "what do I owe?")
    slack_board.mock.wait_for("chat.postMessage", 3)
    assert len(dms_to(slack_board, "UMARTINE")) == 1


def test_only_the_manager_links_by_name_and_a_relink_is_in_the_event_log(slack_board: SlackBoard) -> None:
    slack_board.dm("UMARTINE", "what do I owe?")
    slack_board.dm("UVIV", "what do I owe?")
    slack_board.mock.wait_for("chat.postMessage", 2)
    slack_board.mock.add_user("UPAMNEW", "Pam", "pam@personal.example")
    slack_board.dm("UVIV", "link <@UPAMNEW> to Pam Smith")  # a member may not link anyone
    slack_board.mock.wait_for("chat.postMessage", 3)
    assert linked_to(slack_board, "Pam Smith") is None

    slack_board.dm("UMARTINE", "link <@UPAMOLD> to Pam Smith")
    slack_board.dm("UMARTINE", "link <@UPAMNEW> to Pam Smith")  # the manager relinks her: said, and logged below
    replies = [c.params["text"] for c in slack_board.mock.wait_for("chat.postMessage", 5)]
    assert "Linked that account to Pam Smith. It replaces their previous account (UPAMOLD)" in replies[-1]
    assert linked_to(slack_board, "Pam Smith") == "UPAMNEW"
    with db.transaction(slack_board.database_url) as session:  # the manager's explicit relink, as `dscb link` does
        names = NameIndex(load_directory(session, slack_board.board_id))
        link_by_name(session, slack_board.board_id, "UPAMWORK", "Pam Smith", names, actor="command line")
    assert linked_to(slack_board, "Pam Smith") == "UPAMWORK"
    with db.transaction(slack_board.database_url) as session:
        changes = session.scalars(
            select(Event).where(Event.entity == "member", Event.change.in_(["linked", "relinked"])).order_by(Event.id)
        ).all()
        pam = [(e.change, e.old, e.new, e.actor) for e in changes if e.new["slack_user_id"].startswith("UPAM")]
        assert pam == [
            ("linked", {"slack_user_id": None}, {"slack_user_id": "UPAMOLD"}, "Martine McFadden"),
            ("relinked", {"slack_user_id": "UPAMOLD"}, {"slack_user_id": "UPAMNEW"}, "Martine McFadden"),
            ("relinked", {"slack_user_id": "UPAMNEW"}, {"slack_user_id": "UPAMWORK"}, "command line"),
        ]
