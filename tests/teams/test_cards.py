"""Teams' Adaptive Cards are built by pure functions: tested directly, without mocks, against Teams' limits (the card
schema, the 28 KB message, one page of actions with its pager) and its card Markdown, which user text must never
reach unescaped."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.delivery.outbox import Alert, NewActions, Notice
from bot.replies import ActionView, Correction, Listing, Option, Reply
from bot.reports.digest import ApologyLine, AwayLine, Digest, ManagerDigest, MeetingNotice
from bot.reports.home import AuditLine, BoardCounts, Home, NextMeeting
from bot.tracker.attendance import Quorum
from handlers.teams import cards, notices
from handlers.teams.markup import TEXT_LIMIT, clip, escape

TODAY = dt.date(2015, 5, 15)
MESSAGE_LIMIT = 28 * 1024  # Teams' limit on one message, in bytes of UTF-8 JSON
SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
LONG = ("Circulate the revised multi-agency escalation policy to every partner agency and report back. " * 11)[:1000]
# User text carrying every piece of card Markdown: emphasis, a link, code, strike-through, backslashes, list lines.
HOSTILE = "**bold** _x_ [a](http://x) `code` ~gone~ C:\\board\\minutes\\\n- item\n1. first\n+ plus\n  - indented"
ORDINARY = "A-14 due 30.06.2015 (DMBC), £1,000 e.g. 2015-16 CSE/CSA no. 3 +44 1384 812345 50% Q&A"


def view(n: int, text: str = "Send the chart", **fields: Any) -> ActionView:
    values: dict[str, Any] = {"owners": ("Viv Townsend",), "due": dt.date(2015, 5, 22), "asap": False,
                              "status": "open"}  # fmt: skip
    values.update(fields)
    return ActionView(f"A-{n}", text, **values)


def views(count: int, text: str = "Send the chart", *, first: int = 1, **fields: Any) -> tuple[ActionView, ...]:
    return tuple(view(n, text, **fields) for n in range(first, first + count))


def nodes(found: Any) -> Iterator[dict[str, Any]]:
    """Every object in a card, depth first (the cards shown by ``Action.ShowCard`` included)."""
    if isinstance(found, dict):
        yield found
        for value in found.values():
            yield from nodes(value)
    elif isinstance(found, list):
        for value in found:
            yield from nodes(value)


def texts(card: cards.Card) -> list[str]:
    return [str(node["text"]) for node in nodes(card) if node.get("type") == "TextBlock"]


def executes(card: cards.Card) -> list[dict[str, Any]]:
    return [node for node in nodes(card) if node.get("type") == "Action.Execute"]


def shown_refs(card: cards.Card) -> list[str]:
    """The actions a card lists, in order (each action's line starts with its bold reference)."""
    return [m[1] for m in (re.match(r"\*\*(A-\d+)\*\*", t) for t in texts(card)) if m]


def pager(card: cards.Card) -> list[tuple[str, dict[str, Any]]]:
    return [(b["title"], b["data"]) for b in card.get("actions", []) if b.get("verb") == cards.PAGE]


def size(card: cards.Card) -> int:
    return len(json.dumps(card, ensure_ascii=False).encode("utf-8"))


def assert_valid(card: cards.Card) -> None:
    """An Adaptive Card Teams accepts: version 1.5 with its schema, every button an ``Action.Execute`` of a known
    verb carrying plain JSON, every nested card a card, under the 28 KB message limit."""
    assert card["type"] == "AdaptiveCard" and card["version"] == "1.5" and card["$schema"] == SCHEMA
    assert card["body"], "a card with an empty body"
    for node in nodes(card):
        if node.get("type") == "Action.ShowCard":
            assert node["card"]["type"] == "AdaptiveCard" and node["card"]["version"] == "1.5"
    for button in executes(card):
        assert button["verb"] in cards.VERBS, button
        assert isinstance(button["data"], dict)
        assert json.loads(json.dumps(button["data"], allow_nan=False)) == button["data"]
        assert 0 < len(button["title"]) <= 60
    assert all(isinstance(t, str) and len(t) <= TEXT_LIMIT for t in texts(card))
    assert size(card) <= MESSAGE_LIMIT, size(card)


# The card's Markdown as Teams reads it --------------------------------------------------------------------------
MARKUP = frozenset("\\`*_[]~")  # emphasis, code, links, strike-through and the escape itself
_MARKER = re.compile(r"[ \t]*([-+*]|\d{1,9}\.)(?=[ \t\r\n])")  # a list item, at a line's start


def read(text: str) -> list[tuple[str, bool]]:
    """A TextBlock's text as Markdown reads it: each character shown, and whether a backslash escaped it."""
    shown: list[tuple[str, bool]] = []
    i = 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            shown.append((text[i + 1], True))
            i += 2
        else:
            shown.append((text[i], False))
            i += 1
    return shown


def unescape(text: str) -> str:
    return "".join(char for char, _ in read(text))


def exposed(text: str, user: str) -> list[str]:
    """Where ``user`` text, shown in a TextBlock's ``text``, would be read as markup: a special character without its
    escape, or a list marker at a line's start (a line starts after a line feed or a carriage return, as in
    CommonMark and the Adaptive Cards documentation). Empty when every occurrence is shown as written."""
    chars = read(text)
    shown = "".join(char for char, _ in chars)
    found: list[str] = []
    for match in re.finditer(re.escape(user), shown):
        for i in range(match.start(), match.end()):
            char, escaped = chars[i]
            if char in MARKUP and not escaped:
                found.append(f"{char!r} at {i}")
            marker = _MARKER.match(shown, i) if i == 0 or shown[i - 1] in "\r\n" else None
            if marker is not None and marker.end(1) <= match.end() and not chars[marker.end(1) - 1][1]:
                found.append(f"list marker {marker[1]!r} at {i}")
    return found


def showing(card: cards.Card, user: str) -> list[str]:
    """The card's TextBlocks that show ``user`` text as written (once Markdown's escapes are read)."""
    return [t for t in texts(card) if user in unescape(t)]


def test_the_checker_finds_markup_and_accepts_escaped_text() -> None:
    assert exposed("**A-1** _late_", "_late_") == ["'_' at 8", "'_' at 13"]
    assert exposed("a\n- b", "- b") == ["list marker '-' at 2"]
    assert exposed("a\n1. b", "1. b") == ["list marker '1.' at 2"]
    assert exposed("trailing \\", "\\") == ["'\\\\' at 9"]
    assert exposed("**A-1** \\_late\\_", "_late_") == []
    assert exposed("a\n\\- b\n1\\. c", "- b\n1. c") == []


# Every card, valid ------------------------------------------------------------------------------------------------
MEETING = NextMeeting(dt.date(2015, 7, 10), "board", dt.time(10), dt.time(14), "Saltwells EDC", None, None)
COUNTS = BoardCounts(199, 3, tuple((f"Agency {n}", 20 - n) for n in range(20)), 4)
AUDITS = tuple(AuditLine(n, "s11", "2015", f"Section 11 return {n}", "not_started", dt.date(2015, 6, 30), n % 2 == 0)
               for n in range(12))  # fmt: skip
WEEK_AHEAD = MeetingNotice(dt.date(2015, 5, 22), dt.time(10), dt.time(14), "Saltwells EDC")


def member_digest(count: int, text: str = "Send the chart", *, member: str = "Viv Townsend") -> Digest:
    """A member's digest: ``count`` overdue actions, two due today, two later, one asked for as soon as possible."""
    return Digest(
        1, member, list(views(count, text, overdue=True, due=dt.date(2015, 5, 1))),
        list(views(2, text, first=count + 1, due=TODAY)) + list(views(2, text, first=count + 3)),
        list(views(1, text, first=count + 5, due=None, asap=True)), WEEK_AHEAD, today=TODAY,
    )  # fmt: skip


def manager_digest(count: int, text: str = "Send the chart", *, unreachable: int = 40) -> ManagerDigest:
    quorum = Quorum(dt.date(2015, 7, 10), 30, 12, 16, ("police",))
    return ManagerDigest(
        TODAY, dt.datetime(2015, 5, 14, 9), list(views(count, text)), list(views(count, text, status="done")),
        COUNTS, MeetingNotice(dt.date(2015, 7, 10), dt.time(10), None, None),
        [ApologyLine(f"Member {n}", "Dudley MBC", "Deputy") for n in range(40)], quorum,
        [AwayLine(f"Member {n}", dt.date(2015, 6, 1)) for n in range(20)], [f"Member {n}" for n in range(unreachable)],
    )  # fmt: skip


def minutes_preview(actions: int, members: int = 30) -> Reply:
    """A minutes preview as the core makes it: Confirm and Cancel, and each action's owner (a choice of the board's
    members) and due date to correct."""
    choices = tuple((str(n), f"Member Number {n}") for n in range(1, members + 1))
    corrections: list[Correction] = []
    for n in range(actions):
        label = f"Item {n + 3}: Circulate the revised escalation policy to all partner agencies"[:70]
        corrections += [Correction(f"owner:{n}", label, "owner", "3", choices),
                        Correction(f"due:{n}", label, "due", "2015-06-30")]  # fmt: skip
    text = "Minutes of the board, Friday 15 May 2015: 28 present, " + f"{actions} actions." + " Owners as read." * 40
    return Reply(text, options=OPTIONS, private=True, corrections=tuple(corrections))


def notice(content: Digest | ManagerDigest | NewActions | Alert) -> tuple[str, cards.Card]:
    return notices.notice_card(Notice("key", "kind", TODAY, 1, None, content))


OPTIONS = (Option("Su Vincent", {"op": "record", "writer": 1, "owners": [3]}), Option("Cancel", {"op": "cancel"}))
CARDS: dict[str, Callable[[], cards.Card]] = {
    "reply, no actions": lambda: cards.reply_card(Reply("Nothing is open."), TODAY),
    "reply, 1 action": lambda: cards.reply_card(Reply("You have 1 open action:", actions=views(1)), TODAY),
    "reply, 10 actions": lambda: cards.reply_card(Reply("You have 10:", actions=views(10)), TODAY),
    "reply, 11 actions": lambda: cards.reply_card(Reply("You have 11:", actions=views(11)), TODAY, query="mine"),
    "reply, 100 actions": lambda: cards.reply_card(Reply("You have 100:", actions=views(100)), TODAY, page=4),
    "reply, options": lambda: cards.reply_card(Reply("Which Sue?", options=OPTIONS), TODAY),
    "reply, listing": lambda: cards.reply_card(
        Reply("All open, 31-40 of 95:", actions=views(10, first=31), listing=Listing(95, 30, 10, "all open")), TODAY
    ),
    "reply, minutes preview": lambda: cards.reply_card(minutes_preview(12), TODAY),
    "home, member": lambda: cards.home_card(Home("Viv Townsend", views(3), MEETING, AUDITS), TODAY),
    "home, manager": lambda: cards.home_card(
        Home("Martine McFadden", views(10), MEETING, board=COUNTS, open_total=40, overdue_total=7), TODAY
    ),
    "member digest, many actions": lambda: notice(member_digest(30))[1],
    "manager digest, unreachable members": lambda: notice(manager_digest(30))[1],
    "new action": lambda: notice(NewActions(views(1)))[1],
    "new actions from the minutes": lambda: notice(NewActions(views(12), from_minutes=True))[1],
    "alert": lambda: notice(Alert("The board on Fri 10 July may not be quorate: police not represented."))[1],
}


@pytest.mark.parametrize("name", CARDS)
def test_every_card_is_a_valid_adaptive_card(name: str) -> None:
    assert_valid(CARDS[name]())


def test_every_verb_a_card_offers_is_one_the_app_handles() -> None:
    offered = {button["verb"] for build in CARDS.values() for button in executes(build())}
    assert offered == set(cards.VERBS)


# Pages --------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("count", "page", "refs", "buttons"),
    [
        (0, 0, [], []),
        (1, 0, ["A-1"], []),
        (10, 0, [f"A-{n}" for n in range(1, 11)], []),
        (11, 0, [f"A-{n}" for n in range(1, 11)], [("Next (2 of 2)", 1)]),
        (11, 1, ["A-11"], [("Previous", 0)]),
        (100, 0, [f"A-{n}" for n in range(1, 11)], [("Next (2 of 10)", 1)]),
        (100, 4, [f"A-{n}" for n in range(41, 51)], [("Previous", 3), ("Next (6 of 10)", 5)]),
        (100, 9, [f"A-{n}" for n in range(91, 101)], [("Previous", 8)]),
        (100, 50, [f"A-{n}" for n in range(91, 101)], [("Previous", 8)]),  # past the end: the last page
        (100, -3, [f"A-{n}" for n in range(1, 11)], [("Next (2 of 10)", 1)]),
    ],
)
def test_one_page_holds_at_most_page_size_actions_and_offers_its_neighbours(
    count: int, page: int, refs: list[str], buttons: list[tuple[str, int]]
) -> None:
    card = cards.reply_card(Reply(f"You have {count}:", actions=views(count)), TODAY, page=page, query="mine")
    assert shown_refs(card) == refs and len(refs) <= cards.PAGE_SIZE
    assert pager(card) == [(title, {"page": to, "q": "mine"}) for title, to in buttons]
    assert ("actions" in card) == bool(buttons)
    assert_valid(card)


def test_a_listing_from_the_database_is_one_page_with_its_own_query() -> None:
    listing = Listing(95, 30, 10, "all open " + "x" * 600)
    reply = Reply("All open actions:", actions=views(10, first=31), listing=listing)
    card = cards.reply_card(reply, TODAY, page=7, query="ignored")
    assert shown_refs(card) == [f"A-{n}" for n in range(31, 41)]
    query = listing.query[:500]
    assert pager(card) == [("Previous", {"page": 2, "q": query}), ("Next (5 of 10)", {"page": 4, "q": query})]
    last = cards.reply_card(Reply("", actions=views(5, first=91), listing=Listing(95, 90, 10, "all open")), TODAY)
    assert pager(last) == [("Previous", {"page": 8, "q": "all open"})]


def test_options_are_numbered_buttons_carrying_their_payload_before_the_pager() -> None:
    reply = Reply("Which Sue?", actions=views(11), options=OPTIONS)
    buttons = cards.reply_card(reply, TODAY)["actions"]
    assert [b["title"] for b in buttons] == ["1. Su Vincent", "2. Cancel", "Next (2 of 2)"]
    assert [b["data"] for b in buttons[:2]] == [{"payload": o.payload} for o in OPTIONS]
    assert [b.get("style") for b in buttons] == [None, "destructive", None]
    long = cards.reply_card(Reply("Which?", options=(Option("x" * 300, {"op": "pick"}),)), TODAY)
    assert len(long["actions"][0]["title"]) == 60


def test_an_open_action_carries_done_change_date_and_add_update() -> None:
    [line, action_set] = cards.action_items(view(7), TODAY)
    assert line["type"] == "TextBlock" and line["text"].startswith("**A-7** Send the chart — Viv Townsend, due")
    done, change, update = action_set["actions"]
    assert (done["verb"], done["data"], done["style"]) == (cards.DONE, {"n": 7}, "positive")
    assert change["card"]["body"][0] == {"type": "Input.Date", "id": "due", "label": "New due date",
                                         "isRequired": True, "value": "2015-05-22"}  # fmt: skip
    assert [(b["verb"], b["data"]) for b in executes(change)] == [(cards.CHANGE_DATE, {"n": 7})]
    assert update["card"]["body"][0]["maxLength"] == 1000
    assert [(b["verb"], b["data"]) for b in executes(update)] == [(cards.ADD_UPDATE, {"n": 7})]
    undated = cards.action_items(view(8, due=None, asap=True), TODAY)[1]["actions"][1]["card"]["body"][0]
    assert "value" not in undated


def test_closed_actions_get_no_buttons() -> None:
    shown = (view(1), view(2, status="done"), view(3, status="cancelled"), view(4))
    for card in (cards.reply_card(Reply("Yours:", actions=shown), TODAY),
                 cards.home_card(Home("Viv Townsend", shown, None), TODAY),
                 notice(NewActions(shown, from_minutes=True))[1]):  # fmt: skip
        assert shown_refs(card) == ["A-1", "A-2", "A-3", "A-4"]
        numbered = {b["data"]["n"] for b in executes(card) if "n" in b["data"]}
        assert numbered == {1, 4}
        assert sum(node.get("type") == "ActionSet" for node in nodes(card)) == 2
    assert cards.action_items(view(5, status="done"), TODAY)[1:] == []


# The home card ----------------------------------------------------------------------------------------------------
def test_a_members_home_card_has_their_actions_the_meeting_and_their_audits() -> None:
    home = Home("Viv Townsend", (view(1, overdue=True, due=dt.date(2015, 5, 1)), view(2), view(3)), MEETING, AUDITS)
    card = cards.home_card(home, TODAY)
    said = "\n".join(texts(card))
    assert "You have **3** open actions, **1** overdue." in said and "· **overdue**" in said
    assert "**Friday 10 July 2015**, 10:00–14:00, Saltwells EDC" in said
    assert said.count("**s11 2015**") == cards.HOME_AUDITS == 5  # five audit returns of twelve, then a count
    assert '…and 7 more: send me "audit status".' in said
    assert "The board" not in said
    assert [(b["verb"], b["data"]) for b in executes(card) if b["verb"] in (cards.CANT_ATTEND, cards.HOME)] == [
        (cards.CANT_ATTEND, {"day": "2015-07-10"}), (cards.HOME, {})]  # fmt: skip


def test_a_home_card_with_nothing_open_and_no_meeting() -> None:
    card = cards.home_card(Home("Viv Townsend", (), None), TODAY)
    assert texts(card) == ["Your actions", "You have no open actions.", "Next board meeting",
                           "No board meeting is in the calendar yet."]  # fmt: skip
    assert [b["verb"] for b in executes(card)] == [cards.HOME]


def test_apologies_sent_show_the_representative_and_no_button() -> None:
    meeting = NextMeeting(dt.date(2015, 7, 10), "board", None, None, None, "apologies", "Sam Jones")
    card = cards.home_card(Home("Viv Townsend", (), meeting), TODAY)
    assert "You have sent apologies; Sam Jones will attend for you." in "\n".join(texts(card))
    assert cards.CANT_ATTEND not in {b["verb"] for b in executes(card)}


def test_the_managers_home_card_has_the_boards_counts_and_points_to_the_rest() -> None:
    card = cards.home_card(Home("Martine McFadden", views(10), MEETING, board=COUNTS, open_total=40,
                                overdue_total=7), TODAY)  # fmt: skip
    said = texts(card)
    assert "You have **40** open actions, **7** overdue." in said
    assert '…and 30 more: send me "what do I owe?".' in said
    assert len(shown_refs(card)) == cards.HOME_ACTIONS
    [counts] = [t for t in said if t.startswith("**199** open actions")]
    assert counts.startswith("**199** open actions, **3** overdue; **4** audit returns outstanding.")
    assert "- Agency 0: 20" in counts and "- Agency 14: 6" in counts and "Agency 15" not in counts


# Notices ------------------------------------------------------------------------------------------------------
HEADINGS = ("**Overdue**", "**Due today**", "**Due in the next 7 days**",
            "**Asked for as soon as possible, over a week ago**")  # fmt: skip


def test_a_member_digest_lists_ten_actions_and_points_to_the_rest() -> None:
    line, card = notice(member_digest(30))
    assert line == (
        "Your board actions: 30 overdue, 4 due in the next 7 days, 1 asked for as soon as possible, "
        "the board meets on Fri 22 May."
    )
    said = texts(card)
    assert said[0] == "Hello Viv, here is what you owe the board today."
    assert len(shown_refs(card)) == notices.DIGEST_ACTIONS == 10
    assert "**Overdue**" in said and "**Due today**" not in said  # the ten are all overdue
    assert '…and 25 more: send me "what do I owe?" to see them all.' in said
    assert {b["verb"] for b in executes(card)} >= {cards.DONE, cards.CANT_ATTEND}
    few = texts(notice(member_digest(1))[1])
    assert [t for t in few if t in HEADINGS] == list(HEADINGS)


def test_a_manager_digest_names_thirty_unreachable_members_and_counts_the_rest() -> None:
    line, card = notice(manager_digest(30))
    assert line == "Board digest: 30 new, 30 closed, 3 overdue."
    [unreachable] = [t for t in texts(card) if t.startswith("**Not reachable in Teams yet (40):**")]
    assert "Member 29" in unreachable and "Member 30" not in unreachable and " and 10 more." in unreachable
    [new] = [t for t in texts(card) if t.startswith("**New since Thu 14 May 09:00:** 30")]
    assert new.count("\n- **A-") == notices.LIST_LIMIT and new.endswith("…and 15 more")
    assert "**Warning:** " in "\n".join(texts(card))  # twelve of thirty: not quorate
    assert executes(card) == []  # a report: nothing to click
    few = "\n".join(texts(notice(manager_digest(2, unreachable=3))[1]))
    assert "**Not reachable in Teams yet (3):** Member 0, Member 1, Member 2. They" in few


def test_new_actions_and_alerts() -> None:
    line, card = notice(NewActions(views(1, first=7)))
    assert line == "You have a new action, A-7." and texts(card)[0] == "You have a new action, **A-7**:"
    assert [b["data"] for b in executes(card) if b["verb"] == cards.DONE] == [{"n": 7}]
    line, card = notice(NewActions(views(3), from_minutes=True))
    assert line == "You have 3 new action(s) from the minutes." and shown_refs(card) == ["A-1", "A-2", "A-3"]
    line, card = notice(Alert("x" * 300))
    assert line == "x" * 200 and texts(card) == ["x" * 300]


def test_the_minutes_new_actions_card_says_how_many_it_does_not_list() -> None:
    _, card = notice(NewActions(views(25), from_minutes=True))
    assert len(shown_refs(card)) == notices.DIGEST_ACTIONS == 10
    assert any("15 more" in t for t in texts(card))


# Teams' 28 KB message limit -------------------------------------------------------------------------------------
def long_cards(text: str) -> dict[str, Callable[[], cards.Card]]:
    """Each card built from 100 actions (or as many as it shows) of ``text``."""
    many = views(100, text, owners=("Viv Townsend", "Tony Oakman"), progress="21 of 30 done")
    return {
        "reply, first page": lambda: cards.reply_card(Reply("You have 100 open actions:", actions=many), TODAY),
        "reply, last page": lambda: cards.reply_card(Reply("You have 100:", actions=many), TODAY, page=9),
        "reply, listing": lambda: cards.reply_card(
            Reply("All open:", actions=many[:10], listing=Listing(100, 50, 10, "all open")), TODAY
        ),
        "home, member": lambda: cards.home_card(Home("Viv Townsend", many, MEETING, AUDITS[:3]), TODAY),
        "home, member with ten audit returns": lambda: cards.home_card(Home("Viv", many, MEETING, AUDITS), TODAY),
        "home, manager": lambda: cards.home_card(Home("Martine McFadden", many, MEETING, board=COUNTS), TODAY),
        "member digest": lambda: notice(member_digest(95, text))[1],
        "manager digest": lambda: notice(manager_digest(100, text, unreachable=100))[1],
        "new action": lambda: notice(NewActions(many[:1]))[1],
        "new actions from the minutes": lambda: notice(NewActions(many, from_minutes=True))[1],
        "alert": lambda: notice(Alert(text))[1],
    }


@pytest.mark.parametrize("name", list(long_cards(LONG)))
def test_a_card_of_100_actions_of_1000_characters_stays_under_28_kb(name: str) -> None:
    card = long_cards(LONG)[name]()
    assert size(card) <= MESSAGE_LIMIT, f"{size(card)} bytes"


def test_a_minutes_preview_for_a_board_of_30_offers_every_correction_that_fits() -> None:
    card = cards.reply_card(minutes_preview(12), TODAY)
    assert len([i for i in nodes(card) if i.get("type") == "Input.ChoiceSet"]) == 12
    assert size(card) <= MESSAGE_LIMIT and cards.LATER not in texts(card)


def test_a_minutes_preview_too_large_for_one_card_says_how_the_rest_are_changed() -> None:
    card = cards.reply_card(minutes_preview(20), TODAY)
    offered = [i["id"] for i in nodes(card) if i.get("type") == "Input.ChoiceSet"]
    assert 12 <= len(offered) < 20 and offered == [f"owner:{n}" for n in range(len(offered))]
    assert size(card) <= MESSAGE_LIMIT, f"{size(card)} bytes"
    assert texts(card)[-1] == cards.LATER


@pytest.mark.parametrize("text", ["_" * 1000, "議事録の行動" * 167], ids=["underscores", "three-byte"])
def test_a_page_of_1000_character_texts_stays_under_28_kb_whatever_the_characters(text: str) -> None:
    card = cards.reply_card(Reply("You have 100 open actions:", actions=views(100, text[:1000])), TODAY)
    assert size(card) <= MESSAGE_LIMIT, f"{size(card)} bytes"


@pytest.mark.parametrize("text", ["_" * 300, "議事録" * 100, "😀" * 300], ids=["underscores", "three-byte", "emoji"])
def test_a_page_of_300_character_texts_of_any_characters_stays_under_28_kb(text: str) -> None:
    card = cards.reply_card(Reply("You have 100 open actions:", actions=views(100, text)), TODAY)
    assert size(card) <= MESSAGE_LIMIT, f"{size(card)} bytes"


# User text, escaped -----------------------------------------------------------------------------------------------
RAW_MARKUP = (
    "**bold**",
    " _x_",
    "[a](http://x)",
    "`code`",
    "~gone~",
    "C:\\board",
    "\n- item",
    "\n1. first",
    "\n+ plus",
)


def hostile_cards() -> dict[str, tuple[cards.Card, int]]:
    """Cards with HOSTILE text in every field a person or a roster can fill, and how many TextBlocks show it."""
    action = view(1, HOSTILE, owners=(HOSTILE,), progress=HOSTILE)
    asap = view(2, HOSTILE, owners=("Viv Townsend",), due=None, asap=True)
    meeting = NextMeeting(dt.date(2015, 7, 10), "board", dt.time(10), None, HOSTILE, "apologies", HOSTILE)
    audit = AuditLine(1, "s11", HOSTILE, HOSTILE, "in_progress", None, False)
    counts = BoardCounts(3, 1, ((HOSTILE, 1),), 0)
    owner = Correction("owner:0", HOSTILE, "owner", None, (("1", HOSTILE),))
    corrections = (owner, Correction("due:0", HOSTILE, "due"))
    week = MeetingNotice(dt.date(2015, 5, 22), None, None, HOSTILE, apologies_sent=True, representative=HOSTILE)
    digest = Digest(1, HOSTILE, [action], [], [asap], week, today=TODAY)
    manager = ManagerDigest(TODAY, dt.datetime(2015, 5, 14, 9), [action], [view(3, HOSTILE, status="done")], counts,
                            MeetingNotice(dt.date(2015, 7, 10), None, None, None),
                            [ApologyLine(HOSTILE, HOSTILE, HOSTILE)], None, [AwayLine(HOSTILE, TODAY)],
                            [HOSTILE])  # fmt: skip
    return {
        "reply": (cards.reply_card(Reply(HOSTILE, actions=(action,)), TODAY), 2),
        "home": (cards.home_card(Home(HOSTILE, (action,), meeting, (audit,), counts), TODAY), 4),
        "member digest": (notice(digest)[1], 3),
        "manager digest": (notice(manager)[1], 6),
        "new action": (notice(NewActions((action,)))[1], 1),
        "new actions from the minutes": (notice(NewActions((action, asap), from_minutes=True))[1], 2),
        "alert": (notice(Alert(HOSTILE))[1], 1),
        "minutes preview": (cards.reply_card(Reply(HOSTILE, options=OPTIONS, corrections=corrections), TODAY), 2),
    }


@pytest.mark.parametrize("name", hostile_cards())
def test_user_text_never_reaches_a_text_block_unescaped(name: str) -> None:
    card, blocks = hostile_cards()[name]
    showing_it = showing(card, HOSTILE)
    assert len(showing_it) == blocks
    assert [exposed(text, HOSTILE) for text in showing_it] == [[]] * blocks
    for raw in texts(card):
        assert not [piece for piece in RAW_MARKUP if piece in raw], raw
    assert_valid(card)


def test_a_members_first_name_is_escaped_in_the_digest_greeting() -> None:
    card = notice(Digest(1, "_Viv_ Townsend", [view(1)], [], [], None, today=TODAY))[1]
    assert texts(card)[0] == "Hello \\_Viv\\_, here is what you owe the board today."


def test_ordinary_text_is_shown_unchanged() -> None:
    assert escape(ORDINARY) == ORDINARY
    lines = "30.06.2015 review\n2015-16 plan\n(DMBC) to reply\n-5 degrees\n1.5 million"
    assert escape(lines) == lines
    card = cards.reply_card(Reply(ORDINARY, actions=(view(14, ORDINARY, owners=("Dudley MBC (DMBC)",)),)), TODAY)
    assert texts(card)[0] == ORDINARY
    assert f"**A-14** {ORDINARY} — Dudley MBC (DMBC), due" in texts(card)[1]


def test_escape_marks_what_card_markdown_would_read() -> None:
    assert (
        escape("**bold** _x_ [a](http://x) `c` ~s~ \\")
        == "\\*\\*bold\\*\\* \\_x\\_ \\[a\\](http://x) \\`c\\` \\~s\\~ \\\\"
    )
    assert escape("- a\n1. b\n  + c\n10. d") == "\\- a\n1\\. b\n  \\+ c\n10\\. d"
    assert escape("a - b, 1. c") == "a - b, 1. c"  # a marker only at a line's start


def test_a_list_marker_after_a_carriage_return_is_escaped() -> None:
    text = "Agenda\r- item\r1. first"  # a lone CR starts a line too: it is shown as a line break, the markers as typed
    assert escape(text) == "Agenda\n\\- item\n1\\. first"


# Properties of escape and clip ------------------------------------------------------------------------------------
MARKDOWN_HEAVY = st.text(st.one_of(st.sampled_from(list("\\`*_[]~-+.0123456789 \t\n")), st.characters()), max_size=200)


def lines(text: str) -> str:
    """Text with its line breaks as Teams shows them: a CR, or CR LF, is a line break like LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


@given(MARKDOWN_HEAVY)
def test_escape_is_undone_by_reading_the_escapes(text: str) -> None:
    assert unescape(escape(text)) == lines(text)


@given(MARKDOWN_HEAVY)
def test_escaped_text_exposes_no_markup(text: str) -> None:
    assert exposed(escape(text), lines(text)) == []


@given(MARKDOWN_HEAVY, st.integers(min_value=1, max_value=250))
def test_clip_keeps_escaped_text_within_its_limit_and_its_escapes_whole(text: str, limit: int) -> None:
    escaped = escape(text)
    clipped = clip(escaped, limit)
    assert len(clipped) <= limit
    if len(escaped) <= limit:
        assert clipped == escaped
        return
    assert clipped.endswith("…")
    kept = clipped[:-1]
    assert (len(kept) - len(kept.rstrip("\\"))) % 2 == 0, "a dangling escape"
    assert lines(text).startswith(unescape(kept))
    assert len(kept) >= limit - 2  # at most the one escape's backslash given up


def test_clip_examples() -> None:
    assert clip("x" * 10, 5) == "xxxx…"
    assert clip("abc\\*def", 5) == "abc…"  # not "abc\…", which would escape the ellipsis
    assert clip("ab\\\\cdef", 5) == "ab\\\\…"  # an escaped backslash is whole
    assert clip("short", 5) == "short"
