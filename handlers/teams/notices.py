"""How the outbox's notices read in Teams, as Adaptive Cards: a member's daily digest (each action with its buttons,
the meeting with "I can't attend"), the manager's digest (including who Teams cannot reach yet), new actions for
their owner, and alerts for the business manager."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.delivery.outbox import Alert, NewActions, Notice
from bot.replies import ActionView, format_day
from bot.reports.digest import Digest, ManagerDigest
from handlers.teams.cards import (
    CANT_ATTEND,
    Card,
    action_items,
    action_line,
    board_counts,
    card,
    execute,
    fitted,
    text_block,
)
from handlers.teams.markup import escape

LIST_LIMIT = 15  # lines per list in the manager's digest
DIGEST_ACTIONS = 10  # actions with buttons in a member's digest or a minutes import's notice (the rest: a count)


def notice_card(notice: Notice) -> tuple[str, Card]:
    """The notification line and the card for one notice."""
    content = notice.content
    if isinstance(content, Digest):
        return digest_line(content), digest_card(content, notice.day)
    if isinstance(content, NewActions):
        return new_actions_card(content, notice.day)
    if isinstance(content, Alert):
        return content.text[:200], card([text_block(escape(content.text))])
    return manager_line(content), manager_card(content)


def digest_line(digest: Digest) -> str:
    parts = []
    if digest.overdue:
        parts.append(f"{len(digest.overdue)} overdue")
    if digest.due_soon:
        parts.append(f"{len(digest.due_soon)} due in the next 7 days")
    if digest.asap:
        parts.append(f"{len(digest.asap)} asked for as soon as possible")
    if digest.meeting is not None and digest.today is not None:
        parts.append(f"the board meets on {format_day(digest.meeting.date, digest.today)}")
    return "Your board actions: " + ", ".join(parts) + "."


def digest_card(digest: Digest, today: dt.date) -> Card:
    """The member's digest: the lists with Done / Change date / Add update on each action, then the meeting."""
    return fitted(lambda limit: _digest_card(digest, today, limit))


def _digest_card(digest: Digest, today: dt.date, limit: int) -> Card:
    first = digest.member.split()[0] if digest.member.split() else ""
    body: list[dict[str, Any]] = [text_block(f"Hello {escape(first)}, here is what you owe the board today.")]
    due_today = [v for v in digest.due_soon if v.due == today]
    later = [v for v in digest.due_soon if v.due != today]
    lists = [("**Overdue**", digest.overdue), ("**Due today**", due_today), ("**Due in the next 7 days**", later),
             ("**Asked for as soon as possible, over a week ago**", digest.asap)]  # fmt: skip
    shown = total = 0
    for heading, views in lists:
        total += len(views)
        if views and shown < DIGEST_ACTIONS:
            body.append(text_block(heading, separator=True))
            for view in views[: DIGEST_ACTIONS - shown]:
                body.extend(action_items(view, today, limit))
                shown += 1
    if shown < total:
        body.append(text_block(f'…and {total - shown} more: send me "what do I owe?" to see them all.'))
    meeting = digest.meeting
    if meeting is not None:
        when = f"{meeting.date:%A} {meeting.date.day} {meeting.date:%B}"
        if meeting.start:
            when += f", {meeting.start:%H:%M}" + (f"–{meeting.end:%H:%M}" if meeting.end else "")
        if meeting.venue:
            when += f", {escape(meeting.venue)}"
        if meeting.apologies_sent:
            rep = f"; {escape(meeting.representative)} will attend for you" if meeting.representative else ""
            body.append(text_block(f"**The board meets in a week:** {when}. You have sent apologies{rep}.",
                                   separator=True))  # fmt: skip
        else:
            body.append(text_block(f"**The board meets in a week:** {when}. If you can't attend, please send "
                                   "apologies and name your representative.", separator=True))  # fmt: skip
            body.append({"type": "ActionSet", "actions": [
                execute("I can't attend", CANT_ATTEND, {"day": meeting.date.isoformat()})]})  # fmt: skip
    return card(body)


def new_actions_card(actions: NewActions, today: dt.date) -> tuple[str, Card]:
    views = actions.views
    if actions.from_minutes:

        def listing(limit: int) -> Card:
            body = [text_block(f"The minutes have been imported; you have {len(views)} new action(s):")]
            for view in views[:DIGEST_ACTIONS]:
                body.extend(action_items(view, today, limit))
            if len(views) > DIGEST_ACTIONS:
                body.append(text_block(f'…and {len(views) - DIGEST_ACTIONS} more: send me "what do I owe?".'))
            return card(body)

        return f"You have {len(views)} new action(s) from the minutes.", fitted(listing)
    view = views[0]
    return (f"You have a new action, {view.ref}.",
            card([text_block(f"You have a new action, **{view.ref}**:"), *action_items(view, today)]))  # fmt: skip


def manager_line(digest: ManagerDigest) -> str:
    return (f"Board digest: {len(digest.new_actions)} new, {len(digest.closed_actions)} closed, "
            f"{digest.counts.overdue_actions} overdue.")  # fmt: skip


def manager_card(digest: ManagerDigest) -> Card:
    """The business manager's digest: changes since the last one, the board's counts, the next meeting's apologies
    and quorum, who is away, and who Teams cannot reach yet (within Teams' size limit)."""
    return fitted(lambda limit: _manager_card(digest, limit))


def _manager_card(digest: ManagerDigest, limit: int) -> Card:
    today = digest.day
    since = f"{digest.since:%a} {digest.since.day} {digest.since:%B} {digest.since:%H:%M}"
    body: list[dict[str, Any]] = [
        text_block(f"Board digest, {today:%A} {today.day} {today:%B}", weight="Bolder", size="Medium"),
        text_block(_listing(f"**New since {since}:** {len(digest.new_actions)}", digest.new_actions, today, limit)),
        text_block(
            _listing(f"**Closed since {since}:** {len(digest.closed_actions)}", digest.closed_actions, today, limit)
        ),
        text_block(board_counts(digest.counts, LIST_LIMIT)),
    ]
    if digest.next_meeting is not None:
        meeting = digest.next_meeting
        lines = [f"**Next board meeting: {meeting.date:%A} {meeting.date.day} {meeting.date:%B}**"]
        lines.append(f"Apologies so far ({len(digest.apologies)}):" if digest.apologies else "No apologies so far.")
        for a in digest.apologies[: LIST_LIMIT * 2]:
            rep = f", represented by {escape(a.representative)}" if a.representative else ""
            lines.append(f"- {escape(a.member)}" + (f" ({escape(a.agency)})" if a.agency else "") + rep)
        if digest.quorum is not None:
            lines.append(("**Warning:** " if not digest.quorum.quorate else "") + escape(digest.quorum.describe()))
        body.append(text_block("\n\n".join(lines), separator=True))
    if digest.away:
        away = "\n".join(f"- {escape(a.member)} until {format_day(a.until, today)}" for a in digest.away[:LIST_LIMIT])
        body.append(text_block(f"**Away ({len(digest.away)}):**\n\n{away}", separator=True))
    if digest.unreachable:
        names = ", ".join(escape(n) for n in digest.unreachable[: LIST_LIMIT * 2])
        more = (
            f" and {len(digest.unreachable) - LIST_LIMIT * 2} more" if len(digest.unreachable) > LIST_LIMIT * 2 else ""
        )
        body.append(text_block(
            f"**Not reachable in Teams yet ({len(digest.unreachable)}):** {names}{more}. They have not opened a chat "
            "with the board assistant, so they were sent nothing today; ask them to install the app.",
            separator=True,
        ))  # fmt: skip
    return card(body)


def _listing(heading: str, views: list[ActionView], today: dt.date, limit: int) -> str:
    lines = [heading, *("- " + action_line(v, today, limit) for v in views[:LIST_LIMIT])]
    if len(views) > LIST_LIMIT:
        lines.append(f"…and {len(views) - LIST_LIMIT} more")
    return "\n".join(lines)
