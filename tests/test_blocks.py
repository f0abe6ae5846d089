"""Block Kit builders are pure functions: tested directly, with Slack's limits and escaping."""

from __future__ import annotations

import datetime as dt
import json

from bot.replies import ActionView, Option, Reply
from bot.reports.home import BoardCounts, Home, NextMeeting
from handlers.slack import blocks
from handlers.slack.markup import clip, escape

TODAY = dt.date(2015, 5, 15)


def view(n: int, text: str = "Send the chart", **kw: object) -> ActionView:
    fields: dict[str, object] = {
        "owners": ("Viv Townsend",),
        "due": dt.date(2015, 5, 22),
        "asap": False,
        "status": "open",
    }
    fields.update(kw)
    return ActionView(f"A-{n}", text, **fields)  # type: ignore[arg-type]


def all_text(found: object) -> str:
    return json.dumps(found, ensure_ascii=False)


def test_user_text_is_escaped_so_nothing_pings() -> None:
    reply = Reply("Recorded", actions=(view(1, "tell <!channel> & <@U123> about <https://x.test|this>"),))
    rendered = all_text(blocks.reply_blocks(reply, TODAY))
    assert "<!channel>" not in rendered and "<@U123>" not in rendered
    assert "&lt;!channel&gt; &amp; &lt;@U123&gt;" in rendered


def test_escape_and_clip() -> None:
    assert escape("a < b & c > d") == "a &lt; b &amp; c &gt; d"
    assert clip("x" * 10, 5) == "xxxx…"
    assert clip("abc &amp; def", 7) == "abc …"  # never cuts an entity in half


def test_open_actions_carry_done_change_date_and_add_update() -> None:
    found = blocks.action_blocks(view(7), TODAY)
    elements = found[1]["elements"]
    assert [e["action_id"] for e in elements] == [blocks.DONE, blocks.CHANGE_DATE, blocks.ADD_UPDATE]
    assert elements[0]["value"] == "7"
    assert elements[1]["initial_date"] == "2015-05-22"
    assert blocks.action_blocks(view(8, status="done"), TODAY)[1:] == []


def test_overdue_is_flagged() -> None:
    line = blocks.action_line(view(3, overdue=True, due=dt.date(2015, 5, 1)), TODAY)
    assert ":warning: *overdue*" in line


def test_long_lists_are_paginated_within_the_50_block_limit() -> None:
    reply = Reply("You have 45 open actions:", actions=tuple(view(n) for n in range(1, 46)))
    first = blocks.reply_blocks(reply, TODAY, query="all")
    assert len(first) <= blocks.MESSAGE_BLOCK_LIMIT
    pager = first[-1]
    assert pager["block_id"] == "pager"
    assert json.loads(pager["elements"][0]["value"]) == {"page": 1, "q": "all"}
    last = blocks.reply_blocks(reply, TODAY, page=2, query="all")
    shown = [b["text"]["text"] for b in last if b["type"] == "section"][1:]
    assert [s.split()[0] for s in shown] == ["*A-41*", "*A-42*", "*A-43*", "*A-44*", "*A-45*"]
    assert len(last) <= blocks.MESSAGE_BLOCK_LIMIT


def test_sections_stay_under_3000_characters() -> None:
    found = blocks.reply_blocks(Reply("x" * 5000, actions=(view(1, "y" * 4000),)), TODAY)
    assert all(len(b["text"]["text"]) <= 3000 for b in found if b["type"] == "section")


def test_options_become_buttons_carrying_their_payload() -> None:
    reply = Reply("Which Sue?", options=(Option("Su Vincent", {"op": "record", "writer": 1}),
                                         Option("Cancel", {"op": "cancel", "writer": 1})))  # fmt: skip
    buttons = blocks.reply_blocks(reply, TODAY)[-1]["elements"]
    assert [json.loads(b["value"]) for b in buttons] == [{"op": "record", "writer": 1}, {"op": "cancel", "writer": 1}]
    assert buttons[1]["style"] == "danger"
    assert all(len(b["value"]) <= 2000 for b in buttons)


def test_home_fits_in_100_blocks_however_many_actions() -> None:
    home = Home(
        "Viv Townsend",
        tuple(view(n) for n in range(1, 200)),
        NextMeeting(dt.date(2015, 7, 10), "board", dt.time(10), dt.time(14), "Saltwells <EDC>", None, None),
        board=BoardCounts(199, 3, (("West Midlands Police", 2),), 4),
    )
    page = blocks.home_view(home, TODAY)
    assert page["type"] == "home"
    assert len(page["blocks"]) <= blocks.SURFACE_BLOCK_LIMIT
    text = all_text(page)
    assert "Saltwells &lt;EDC&gt;" in text
    assert "more: use `/dscb-actions`" in text
    assert blocks.CANT_ATTEND in text
    assert "*199* open actions, *3* overdue" in text


def test_record_modal_prefills_owners_and_date() -> None:
    modal = blocks.record_modal([(1, "Viv Townsend"), (2, "Tony Oakman")], text="Send the chart", owner_ids=[2],
                                due=dt.date(2015, 5, 22))  # fmt: skip
    owners = modal["blocks"][1]["element"]
    assert owners["type"] == "multi_static_select"
    assert [o["value"] for o in owners["initial_options"]] == ["2"]
    assert modal["blocks"][2]["element"]["initial_date"] == "2015-05-22"
    big = blocks.record_modal([(n, f"Member {n}") for n in range(150)])
    assert big["blocks"][1]["element"]["type"] == "multi_external_select"
    assert len(blocks.roster_options([(n, f"Member {n}") for n in range(150)], "member 14")) == 11
