"""Adaptive Cards built by pure functions: a reply (its text, its actions with Done / Change date / Add update, its
numbered choices and pages) and the personal home card. Every button is an ``Action.Execute`` whose ``verb`` names
what it does and whose ``data`` carries only numbers and the core's own payloads; a click's answer replaces the card
in place. User text goes through ``markup.escape`` before it reaches a card.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
from collections.abc import Callable, Sequence
from typing import Any

from bot.replies import ActionView, Correction, Option, Reply, format_day
from bot.reports.home import BoardCounts, Home
from handlers.teams.markup import clip, escape

Card = dict[str, Any]
CONTENT_TYPE = "application/vnd.microsoft.card.adaptive"
VERSION = "1.5"
PAGE_SIZE = 10  # actions on one card: each carries its buttons, and a card stays well under Teams' 28 KB
HOME_ACTIONS = 10
HOME_AUDITS = 5
MAX_BYTES = 26 * 1024  # Teams refuses a message over 28 KB: the card, with room for the activity around it
TEXT_LIMITS = (300, 120, 50)  # an action's text on a card: shortened further only when a card would not fit

DONE = "done"
CHANGE_DATE = "change_date"
ADD_UPDATE = "add_update"
CHOOSE = "choose"
PAGE = "page"
CANT_ATTEND = "cant_attend"
AUDIT_STATUS = "audit_status"
HOME = "home"
VERBS = (DONE, CHANGE_DATE, ADD_UPDATE, CHOOSE, PAGE, CANT_ATTEND, AUDIT_STATUS, HOME)
AUDIT_STATUSES = (("not_started", "Not started"), ("in_progress", "In progress"), ("submitted", "Submitted"),
                  ("complete", "Complete"))  # fmt: skip


def card(body: list[dict[str, Any]], actions: list[dict[str, Any]] | None = None) -> Card:
    built: Card = {"type": "AdaptiveCard", "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
                   "version": VERSION, "body": body}  # fmt: skip
    if actions:
        built["actions"] = actions
    return built


def text_block(text: str, **style: Any) -> dict[str, Any]:
    """A block of already-escaped text."""
    return {"type": "TextBlock", "text": clip(text), "wrap": True, **style}


def execute(title: str, verb: str, data: dict[str, Any], *, style: str | None = None) -> dict[str, Any]:
    action: dict[str, Any] = {"type": "Action.Execute", "title": clip(title, 60), "verb": verb, "data": data}
    if style:
        action["style"] = style
    return action


def size(built: Card) -> int:
    """A card's size as Teams counts it, bytes of UTF-8 JSON (with the spaces a serialiser may put in)."""
    return len(json.dumps(built, ensure_ascii=False).encode())


def fitted(build: Callable[[int], Card]) -> Card:
    """The card built with the longest action texts that keep it within ``MAX_BYTES``."""
    for limit in TEXT_LIMITS:
        built = build(limit)
        if size(built) <= MAX_BYTES:
            break
    return built


def action_line(view: ActionView, today: dt.date, limit: int = TEXT_LIMITS[0]) -> str:
    """'**A-14** Send the chart — Viv Townsend, due Fri 22 May · **overdue**'."""
    owners = clip(", ".join(view.owners), 200) or "no owner yet"
    flag = " · **overdue**" if view.overdue else ""
    progress = f" ({escape(view.progress)})" if view.progress else ""
    return (
        f"**{view.ref}** {escape(clip(view.text, limit))} — {escape(owners)}, {view.due_words(today)}{flag}{progress}"
    )


def action_items(view: ActionView, today: dt.date, limit: int = TEXT_LIMITS[0]) -> list[dict[str, Any]]:
    """One action: its line and, when open, Done, Change date (a date input) and Add update (a text input)."""
    items: list[dict[str, Any]] = [text_block(action_line(view, today, limit), separator=True)]
    if view.status != "open":
        return items
    number = int(view.ref.split("-", 1)[1])
    date_input: dict[str, Any] = {"type": "Input.Date", "id": "due", "label": "New due date", "isRequired": True}
    if view.due:
        date_input["value"] = view.due.isoformat()
    note_input = {"type": "Input.Text", "id": "note", "label": "Update", "isMultiline": True, "maxLength": 1000,
                  "isRequired": True, "placeholder": "e.g. data requested from BI"}  # fmt: skip
    change = card([date_input], [execute("Save date", CHANGE_DATE, {"n": number})])
    update = card([note_input], [execute("Save update", ADD_UPDATE, {"n": number})])
    buttons = [
        execute("Done", DONE, {"n": number}, style="positive"),
        {"type": "Action.ShowCard", "title": "Change date", "card": change},
        {"type": "Action.ShowCard", "title": "Add update", "card": update},
    ]
    items.append({"type": "ActionSet", "actions": buttons})
    return items


def reply_card(reply: Reply, today: dt.date, *, page: int = 0, query: str = "") -> Card:
    """A reply as one card: its text, one page of its actions, its pages and its options as buttons (within
    Teams' size limit)."""
    return fitted(lambda limit: _reply_card(reply, today, page, query, limit))


def _reply_card(reply: Reply, today: dt.date, page: int, query: str, limit: int) -> Card:
    body: list[dict[str, Any]] = [text_block(escape(reply.text))] if reply.text else []
    views = list(reply.actions)
    if reply.listing is not None:  # already one page, from the database
        page, pages, shown, query = reply.listing.page, reply.listing.pages, views, reply.listing.query
    else:
        pages = max(1, -(-len(views) // PAGE_SIZE))
        page = min(max(page, 0), pages - 1)
        shown = views[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
    for view in shown:
        body.extend(action_items(view, today, limit))
    buttons = [_option(option, index) for index, option in enumerate(reply.options)]
    if pages > 1:
        if page > 0:
            buttons.append(execute("Previous", PAGE, {"page": page - 1, "q": query[:500]}))
        if page < pages - 1:
            buttons.append(execute(f"Next ({page + 2} of {pages})", PAGE, {"page": page + 1, "q": query[:500]}))
    built = card(body or [text_block("Done.")], buttons)
    built["body"].extend(correction_inputs(reply.corrections, MAX_BYTES - size(built)))
    return built


LATER = ("The owners and dates of the remaining actions can be changed once they are imported (for example "
         '"assign A-12 to Jo Forbes", "move A-12 to 30/06").')  # fmt: skip


def correction_inputs(corrections: Sequence[Correction], budget: int = MAX_BYTES) -> list[dict[str, Any]]:
    """Each action's owner (a choice of the board's members) and due date under its label, as inputs whose values
    travel back with the Confirm button's data (ids "owner:3", "due:3"); as many actions as ``budget`` bytes
    hold, then a line saying how the rest are changed after the import."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for field in corrections:
        group = groups.setdefault(field.key.partition(":")[2], [])
        if not group:
            group.append(text_block(escape(field.label), isSubtle=True, separator=True))
        group.extend(_correction_input(field))
    note = text_block(LATER, isSubtle=True, separator=True)
    room = budget - size(note) - 8
    out: list[dict[str, Any]] = []
    for group in groups.values():
        room -= sum(size(item) + 1 for item in group)
        if room < 0:
            return [*out, note]
        out.extend(group)
    return out


def _correction_input(field: Correction) -> list[dict[str, Any]]:
    if field.kind == "owner" and field.choices:
        choice: dict[str, Any] = {"type": "Input.ChoiceSet", "id": field.key, "label": "Owner", "style": "compact",
                                  "choices": [{"title": clip(label, 100), "value": value}
                                              for value, label in field.choices]}  # fmt: skip
        if field.current:
            choice["value"] = field.current
        return [choice]
    if field.kind == "due":
        due: dict[str, Any] = {"type": "Input.Date", "id": field.key, "label": "Due"}
        if field.current:
            due["value"] = field.current
        return [due]
    return []


def corrections_in(data: dict[str, Any]) -> dict[str, str]:
    """What was chosen in a preview's correction inputs, from a click's data: {"owner:3": "12", "due:3": "…"}."""
    chosen: dict[str, str] = {}
    for key, value in data.items():
        if isinstance(key, str) and re.fullmatch(r"(?:owner|due):\d{1,3}", key) and isinstance(value, str) and value:
            chosen[key] = value[:40]
    return chosen


def _option(option: Option, index: int) -> dict[str, Any]:
    """A numbered choice; its payload is the core's own (plain JSON) and comes back unchanged."""
    style = "destructive" if option.payload.get("op") == "cancel" else None
    return execute(f"{index + 1}. {option.label}", CHOOSE, {"payload": option.payload}, style=style)


def needs_card(reply: Reply) -> bool:
    """Whether a reply needs a card (buttons or actions), or is said as a plain message."""
    return bool(reply.actions or reply.options or reply.corrections)


def home_card(home: Home, today: dt.date, chart: tuple[bytes, str] | None = None) -> Card:
    """The personal home card: my actions, the next board meeting with "I can't attend", my agency's audit
    returns, and for the business manager and chair the board's counts (within Teams' size limit). ``chart``: the
    open and overdue actions by agency chart (PNG, alt text), shown inline when the card still fits."""
    built = fitted(lambda limit: _home_card(home, today, limit))
    if chart is not None:
        png, alt = chart
        image = {"type": "Image", "url": "data:image/png;base64," + base64.b64encode(png).decode(),
                 "altText": clip(alt, 1000), "size": "Stretch"}  # fmt: skip
        if size(built) + size(image) + 2 <= MAX_BYTES:  # never a card Teams would refuse: the numbers stay
            built["body"].append(image)
    return built


def _home_card(home: Home, today: dt.date, limit: int) -> Card:
    body: list[dict[str, Any]] = [text_block("Your actions", weight="Bolder", size="Medium")]
    total = len(home.actions) if home.open_total is None else home.open_total
    if total:
        overdue = sum(v.overdue for v in home.actions) if home.open_total is None else home.overdue_total
        late = f", **{overdue}** overdue" if overdue else ""
        body.append(text_block(f"You have **{total}** open action{'s' if total != 1 else ''}{late}."))
        shown = home.actions[:HOME_ACTIONS]
        for view in shown:
            body.extend(action_items(view, today, limit))
        if len(shown) < total:
            body.append(text_block(f'…and {total - len(shown)} more: send me "what do I owe?".'))
    else:
        body.append(text_block("You have no open actions."))
    body.append(text_block("Next board meeting", weight="Bolder", size="Medium", separator=True))
    meeting = home.next_meeting
    if meeting is None:
        body.append(text_block("No board meeting is in the calendar yet."))
    else:
        when = f"**{meeting.day_words}**{escape(meeting.time_and_place)}"
        if meeting.my_status == "apologies":
            rep = f"; {escape(meeting.representative)} will attend for you" if meeting.representative else ""
            body.append(text_block(f"{when}\n\nYou have sent apologies{rep}."))
        else:
            body.append(text_block(when))
            body.append({"type": "ActionSet", "actions": [
                execute("I can't attend", CANT_ATTEND, {"day": meeting.date.isoformat()})]})  # fmt: skip
    if home.audits:
        body.append(text_block("Your agency's audit returns", weight="Bolder", size="Medium", separator=True))
        for line in home.audits[:HOME_AUDITS]:
            due = f", due {format_day(line.due, today)}" if line.due else ""
            flag = " · **overdue**" if line.overdue else ""
            body.append(text_block(f"**{line.type} {escape(line.cycle)}** {escape(line.subject)}: "
                                   f"{line.status.replace('_', ' ')}{due}{flag}"))  # fmt: skip
            status = {"type": "Input.ChoiceSet", "id": "status", "style": "compact", "value": line.status,
                      "choices": [{"title": label, "value": value} for value, label in AUDIT_STATUSES]}  # fmt: skip
            update = card([status], [execute("Save", AUDIT_STATUS, {"n": line.id})])
            body.append(
                {"type": "ActionSet", "actions": [{"type": "Action.ShowCard", "title": "Update", "card": update}]}
            )
    if len(home.audits) > HOME_AUDITS:
        body.append(text_block(f'…and {len(home.audits) - HOME_AUDITS} more: send me "audit status".'))
    if home.board is not None:
        body.append(text_block("The board", weight="Bolder", size="Medium", separator=True))
        body.append(text_block(board_counts(home.board)))
    return card(body, [execute("Refresh", HOME, {})])


def board_counts(counts: BoardCounts, agencies: int = 15) -> str:
    by_agency = "\n".join(f"- {escape(name)}: {n}" for name, n in counts.overdue_by_agency[:agencies])
    return (
        f"**{counts.open_actions}** open actions, **{counts.overdue_actions}** overdue; "
        f"**{counts.audits_outstanding}** audit returns outstanding."
        + (f"\n\nOverdue by agency:\n\n{by_agency}" if by_agency else "")
    )
