"""How the outbox's notices read on Slack: the daily digests (a member's, the manager's), new actions for their
owner, and alerts for the business manager, as Block Kit."""

from __future__ import annotations

import datetime as dt
import logging

from bot.delivery.outbox import Alert, NewActions
from bot.replies import ActionView, format_day
from bot.reports.digest import Digest, ManagerDigest
from handlers.slack.blocks import (
    CANT_ATTEND,
    MESSAGE_BLOCK_LIMIT,
    Block,
    action_blocks,
    action_line,
    board_counts_section,
    button,
    section,
)
from handlers.slack.markup import SECTION_LIMIT, clip, escape

log = logging.getLogger(__name__)

LIST_LIMIT = 15  # lines per list in the manager's digest


def digest_text(digest: Digest) -> str:
    """The notification line: '2 overdue, 3 due in the next 7 days (1 today), the board meets on Fri 10 July'."""
    parts = []
    if digest.overdue:
        parts.append(f"{len(digest.overdue)} overdue")
    if digest.due_soon:
        today = len(digest.due_today)
        parts.append(f"{len(digest.due_soon)} due in the next 7 days" + (f" ({today} today)" if today else ""))
    if digest.asap:
        parts.append(f"{len(digest.asap)} asked for as soon as possible")
    if digest.meeting is not None and digest.today is not None:
        parts.append(f"the board meets on {format_day(digest.meeting.date, digest.today)}")
    return "Your board actions: " + ", ".join(parts) + "."


def digest_blocks(digest: Digest, today: dt.date) -> list[Block]:
    """The member's digest: the lists with Done / Change date / Add update on each action, then the meeting."""
    first = escape(digest.member.split()[0]) if digest.member.split() else ""
    blocks: list[Block] = [section(f"Hello {first}, here is what you owe the board today.")]
    due_today = [v for v in digest.due_soon if v.due == today]
    later = [v for v in digest.due_soon if v.due != today]
    lists = [
        (":warning: *Overdue*", digest.overdue),
        (":bell: *Due today*", due_today),
        ("*Due in the next 7 days*", later),
        ("*Asked for as soon as possible, over a week ago*", digest.asap),
    ]
    reserved = 3 if digest.meeting is not None else 1  # the meeting notice, and a "more" line
    shown = 0
    total = sum(len(views) for _, views in lists)
    for heading, views in lists:
        if not views:
            continue
        if len(blocks) + 1 + 2 > MESSAGE_BLOCK_LIMIT - reserved:
            break
        blocks.append(section(heading))
        for view in views:
            if len(blocks) + 2 > MESSAGE_BLOCK_LIMIT - reserved:
                break
            blocks.extend(action_blocks(view, today))
            shown += 1
    if shown < total:
        blocks.append(section(f"…and {total - shown} more: use `/dscb-actions` to see them all."))
    if digest.meeting is not None:
        blocks.append({"type": "divider"})
        blocks.append(_meeting_notice(digest, today))
    return blocks[:MESSAGE_BLOCK_LIMIT]


def _meeting_notice(digest: Digest, today: dt.date) -> Block:
    meeting = digest.meeting
    assert meeting is not None
    when = f"{meeting.date:%A} {meeting.date.day} {meeting.date:%B}"
    if meeting.start:
        when += f", {meeting.start:%H:%M}" + (f"–{meeting.end:%H:%M}" if meeting.end else "")
    if meeting.venue:
        when += f", {escape(meeting.venue)}"
    updates = (
        f" Please add an update to each of your {meeting.open_actions} open actions before then (the *Add update* "
        "button, or `/dscb-actions`)."
        if meeting.open_actions
        else ""
    )
    if meeting.apologies_sent:
        rep = f"; {escape(meeting.representative)} will attend for you" if meeting.representative else ""
        return section(f"*The board meets in a week:* {when}.\nYou have sent apologies{rep}.{updates}")
    block = section(
        f"*The board meets in a week:* {when}.\nIf you can't attend, please send apologies and name your "
        f"representative.{updates}"
    )
    block["accessory"] = button("I can't attend", CANT_ATTEND, meeting.date.isoformat())
    return block


def manager_text(digest: ManagerDigest) -> str:
    return (
        f"Board digest: {len(digest.new_actions)} new, {len(digest.closed_actions)} closed, "
        f"{digest.counts.overdue_actions} overdue, {digest.counts.audits_outstanding} audit returns outstanding."
    )


def manager_blocks(digest: ManagerDigest) -> list[Block]:
    """The business manager's digest: changes since the last one, overdue by agency, audits, apologies, who is away."""
    today = digest.day
    since = f"{digest.since:%a} {digest.since.day} {digest.since:%B} {digest.since:%H:%M}"
    blocks: list[Block] = [
        {"type": "header", "text": {"type": "plain_text", "text": f"Board digest, {today:%A} {today.day} {today:%B}"}}
    ]
    blocks.append(section(_listing(f"*New since {since}:* {len(digest.new_actions)}", digest.new_actions, today)))
    blocks.append(section(_listing(f"*Closed since {since}:* {len(digest.closed_actions)}", digest.closed_actions,
                                   today)))  # fmt: skip
    blocks.append(board_counts_section(digest.counts, LIST_LIMIT))
    if digest.next_meeting is not None:
        meeting = digest.next_meeting
        lines = [f"*Next board meeting: {meeting.date:%A} {meeting.date.day} {meeting.date:%B}*"]
        if digest.apologies:
            lines.append(f"Apologies so far ({len(digest.apologies)}):")
            for a in digest.apologies[: LIST_LIMIT * 2]:
                agency = f" ({escape(a.agency)})" if a.agency else ""
                rep = f", represented by {escape(a.representative)}" if a.representative else ""
                lines.append(f"• {escape(a.member)}{agency}{rep}")
        else:
            lines.append("No apologies so far.")
        if digest.quorum is not None:
            flag = "" if digest.quorum.quorate else ":warning: "
            lines.append(f"{flag}{escape(digest.quorum.describe()).capitalize()}.")
        blocks.append(section("\n".join(lines)))
    if digest.away:
        away = "\n".join(f"• {escape(a.member)} until {format_day(a.until, today)}" for a in digest.away[:LIST_LIMIT])
        more = f"\n…and {len(digest.away) - LIST_LIMIT} more" if len(digest.away) > LIST_LIMIT else ""
        blocks.append(section(f"*Away ({len(digest.away)}):*\n{away}{more}"))
    return blocks[:MESSAGE_BLOCK_LIMIT]


def _listing(heading: str, views: list[ActionView], today: dt.date) -> str:
    lines = [heading]
    for view in views[:LIST_LIMIT]:
        lines.append("• " + clip(action_line(view, today), 300))
    if len(views) > LIST_LIMIT:
        lines.append(f"…and {len(views) - LIST_LIMIT} more")
    return clip("\n".join(lines), SECTION_LIMIT)


def new_actions_message(actions: NewActions, today: dt.date) -> tuple[str, list[Block]]:
    """A new action for its owner, or every action a minutes import gave them."""
    views = actions.views
    if actions.from_minutes:
        blocks = [section(f"The minutes have been imported; you have {len(views)} new action(s):")]
        for view in views[: (MESSAGE_BLOCK_LIMIT - 1) // 2]:
            blocks.extend(action_blocks(view, today))
        return f"You have {len(views)} new action(s) from the minutes.", blocks
    view = views[0]
    blocks = [section(f"You have a new action, *{view.ref}*:"), *action_blocks(view, today)]
    return f"You have a new action, {view.ref}: {escape(view.text)}", blocks


def alert_message(alert: Alert) -> tuple[str, list[Block]]:
    return escape(alert.text), []
