"""Block Kit built by pure functions: replies, action lists with buttons, the App Home and the modals.

Every piece of user text goes through ``markup.escape`` before it reaches mrkdwn.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from typing import Any

from bot.replies import ActionView, Correction, Option, Reply, format_day
from bot.reports.home import BoardCounts, Home
from handlers.slack.markup import BUTTON_VALUE_LIMIT, SECTION_LIMIT, clip, escape

Block = dict[str, Any]
MESSAGE_BLOCK_LIMIT = 50
SURFACE_BLOCK_LIMIT = 100  # App Home and modals
BLOCKS_PER_ACTION = 2
PAGE_SIZE = 20  # actions per message page: 2 blocks each, room left for the header and paging
HOME_ACTIONS = (SURFACE_BLOCK_LIMIT - 30) // BLOCKS_PER_ACTION  # room left for the meeting, audits and board

DONE = "action_done"
CHANGE_DATE = "action_change_date"
ADD_UPDATE = "action_add_update"
CHOOSE = "choose_option"
PAGE = "list_page"
FIX = "fix_minutes"  # a preview's owner and date fields: chosen, then sent with Confirm
CANT_ATTEND = "cant_attend"
AUDIT_STATUS = "audit_status"
AUDIT_STATUSES = (("not_started", "Not started"), ("in_progress", "In progress"), ("submitted", "Submitted"),
                  ("complete", "Complete"))  # fmt: skip
RECORD_MODAL = "record_action_modal"
UPDATE_MODAL = "add_update_modal"


def section(text: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": clip(text, SECTION_LIMIT)}}


def plain(text: str) -> dict[str, Any]:
    return {"type": "plain_text", "text": clip(text, 75), "emoji": True}


def button(text: str, action_id: str, value: str, style: str | None = None) -> Block:
    element: Block = {"type": "button", "text": plain(text), "action_id": action_id, "value": value}
    if style:
        element["style"] = style
    return element


def action_line(view: ActionView, today: dt.date) -> str:
    """'*A-14* Send the chart — Viv Townsend, due Fri 22 May :warning: overdue'."""
    owners = ", ".join(view.owners) or "no owner yet"
    flag = " :warning: *overdue*" if view.overdue else ""
    progress = f" ({view.progress})" if view.progress else ""
    return f"*{view.ref}* {escape(view.text)} — {escape(owners)}, {view.due_words(today)}{flag}{escape(progress)}"


def action_blocks(view: ActionView, today: dt.date) -> list[Block]:
    """One action: its line, and Done / Change date / Add update when it is open."""
    blocks = [section(action_line(view, today))]
    if view.status == "open":
        number = view.ref.split("-", 1)[1]
        picker: Block = {
            "type": "datepicker",
            "action_id": CHANGE_DATE,
            "placeholder": plain("Change date"),
        }
        if view.due:
            picker["initial_date"] = view.due.isoformat()
        blocks.append(
            {
                "type": "actions",
                "block_id": f"action-{number}",
                "elements": [button("Done", DONE, number, "primary"), picker, button("Add update", ADD_UPDATE, number)],
            }
        )
    return blocks


def reply_blocks(reply: Reply, today: dt.date, *, page: int = 0, query: str = "") -> list[Block]:
    """A reply as one message: its text, its actions (one page of them) and its options as buttons."""
    blocks: list[Block] = [section(escape(reply.text))] if reply.text else []
    views = list(reply.actions)
    if reply.listing is not None:  # already one page, from the database
        page, pages, shown, query = reply.listing.page, reply.listing.pages, views, reply.listing.query
    elif len(views) > PAGE_SIZE or page:
        pages = max(1, -(-len(views) // PAGE_SIZE))
        page = min(page, pages - 1)
        shown = views[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
    else:
        pages, shown = 1, views
    for view in shown:
        blocks.extend(action_blocks(view, today))
    if pages > 1:
        blocks.append(_pager(page, pages, query))
    blocks.extend(correction_blocks(reply.corrections))
    if reply.options:
        blocks.append({"type": "actions", "block_id": "options", "elements": [_option(o, i) for i, o in
                                                                              enumerate(reply.options)]})  # fmt: skip
    return blocks[:MESSAGE_BLOCK_LIMIT]


def correction_blocks(corrections: Sequence[Correction]) -> list[Block]:
    """Each action's owner (a select of the board's members) and due date (a date picker) under its label; what
    is chosen travels back with the Confirm button's click (Slack sends the message's state)."""
    rows: dict[str, list[Correction]] = {}
    for correction in corrections:
        rows.setdefault(correction.key.partition(":")[2], []).append(correction)
    out: list[Block] = []
    for place, fields in rows.items():
        elements: list[Block] = []
        for field in fields:
            action_id = f"{FIX}_{field.kind}_{place}"
            if field.kind == "owner" and field.choices:
                options = [{"text": plain(clip(label, 75)), "value": value} for value, label in field.choices]
                select: Block = {"type": "static_select", "action_id": action_id, "options": options,
                                 "placeholder": plain("Owner: as read")}  # fmt: skip
                chosen = [o for o in options if o["value"] == field.current]
                if chosen:
                    select["initial_option"] = chosen[0]
                elements.append(select)
            elif field.kind == "due":
                picker: Block = {"type": "datepicker", "action_id": action_id, "placeholder": plain("Due: as read")}
                if field.current:
                    picker["initial_date"] = field.current
                elements.append(picker)
        if elements:
            out.append({"type": "context", "elements": [{"type": "mrkdwn", "text": escape(fields[0].label)}]})
            out.append({"type": "actions", "block_id": f"{FIX}_{place}", "elements": elements})
    return out


def corrections_in(state: object) -> dict[str, str]:
    """What was chosen in a preview's correction fields, from a click's ``state.values``: {"owner:3": "12"}."""
    chosen: dict[str, str] = {}
    values = state.get("values") if isinstance(state, dict) else None
    for block in values.values() if isinstance(values, dict) else ():
        for action_id, value in block.items() if isinstance(block, dict) else ():
            found = re.fullmatch(rf"{FIX}_(owner|due)_(\d{{1,3}})", str(action_id))
            if not found or not isinstance(value, dict):
                continue
            picked = (value.get("selected_option") or {}).get("value") or value.get("selected_date")
            if isinstance(picked, str) and picked:
                chosen[f"{found[1]}:{found[2]}"] = picked[:40]
    return chosen


def _pager(page: int, pages: int, query: str) -> Block:
    elements = []
    if page > 0:
        elements.append(button("Previous", PAGE, json.dumps({"page": page - 1, "q": query[:500]})))
    if page < pages - 1:
        elements.append(button(f"Next ({page + 2} of {pages})", PAGE, json.dumps({"page": page + 1, "q": query[:500]})))
    return {"type": "actions", "block_id": "pager", "elements": elements}


def _option(option: Option, index: int) -> Block:
    value = json.dumps(option.payload, separators=(",", ":"))
    if len(value) > BUTTON_VALUE_LIMIT:
        value = json.dumps({**option.payload, "task": option.payload.get("task", "")[:500]}, separators=(",", ":"))
    style = "danger" if option.payload.get("op") == "cancel" else None
    element = button(option.label, CHOOSE, value, style)
    element["action_id"] = f"{CHOOSE}_{index}"
    return element


def fallback_text(reply: Reply) -> str:
    """The notification text Slack shows where blocks cannot be (escaped like the blocks)."""
    return clip(escape(reply.text or "Board assistant"), SECTION_LIMIT)


# App Home ------------------------------------------------------------------------------------------------
def home_view(home: Home, today: dt.date, chart: tuple[str, str] | None = None) -> Block:
    """The App Home; ``chart``: the Slack file id and alt text of the open and overdue actions by agency chart,
    shown with the board's counts (the managers) or after the member's actions."""
    blocks: list[Block] = [
        {"type": "header", "text": plain("Your actions")},
    ]
    if home.actions:
        total = len(home.actions) if home.open_total is None else home.open_total
        overdue = sum(v.overdue for v in home.actions) if home.open_total is None else home.overdue_total
        late = f", *{overdue}* overdue" if overdue else ""
        blocks.append(section(f"You have *{total}* open action{'s' if total != 1 else ''}{late}."))
        shown = home.actions[:HOME_ACTIONS]
        for view in shown:
            blocks.extend(action_blocks(view, today))
        if len(shown) < total:
            blocks.append(section(f"…and {total - len(shown)} more: use `/dscb-actions`."))
    else:
        blocks.append(section("You have no open actions."))
    blocks.append({"type": "divider"})
    blocks.append({"type": "header", "text": plain("Next board meeting")})
    meeting = home.next_meeting
    if meeting is None:
        blocks.append(section("No board meeting is in the calendar yet."))
    else:
        when = f"*{meeting.day_words}*{escape(meeting.time_and_place)}"
        if meeting.my_status == "apologies":
            rep = f"; {escape(meeting.representative)} will attend for you" if meeting.representative else ""
            blocks.append(section(f"{when}\nYou have sent apologies{rep}."))
        else:
            block = section(when)
            block["accessory"] = button("I can't attend", CANT_ATTEND, meeting.date.isoformat())
            blocks.append(block)
    if home.audits:
        blocks.append({"type": "divider"})
        blocks.append({"type": "header", "text": plain("Your agency's audit returns")})
        for line in home.audits[:10]:
            due = f", due {format_day(line.due, today)}" if line.due else ""
            flag = " :warning: *overdue*" if line.overdue else ""
            block = section(f"*{line.type} {escape(line.cycle)}* {escape(line.subject)}: "
                            f"{line.status.replace('_', ' ')}{due}{flag}")  # fmt: skip
            block["block_id"] = f"audit-{line.id}"
            block["accessory"] = {
                "type": "static_select",
                "action_id": AUDIT_STATUS,
                "placeholder": plain("Update"),
                "options": [{"text": plain(label), "value": value} for value, label in AUDIT_STATUSES],
            }
            blocks.append(block)
    if home.board is not None:
        blocks.append({"type": "divider"})
        blocks.append({"type": "header", "text": plain("The board")})
        blocks.append(board_counts_section(home.board))
    if chart is not None:
        file_id, alt = chart
        blocks.append({"type": "image", "slack_file": {"id": file_id}, "alt_text": clip(alt, 2000),
                       "title": plain("Open and overdue actions by agency")})  # fmt: skip
    return {"type": "home", "blocks": blocks[:SURFACE_BLOCK_LIMIT]}


def board_counts_section(counts: BoardCounts, agencies: int = 15) -> Block:
    """The board's open and overdue actions, overdue by agency (the first ``agencies``), and audits outstanding."""
    by_agency = "\n".join(f"• {escape(name)}: {n}" for name, n in counts.overdue_by_agency[:agencies])
    return section(
        f"*{counts.open_actions}* open actions, *{counts.overdue_actions}* overdue; "
        f"*{counts.audits_outstanding}* audit returns outstanding."
        + (f"\nOverdue by agency:\n{by_agency}" if by_agency else "")
    )


# Modals --------------------------------------------------------------------------------------------------
def record_modal(
    roster: Sequence[tuple[int, str]], *, text: str = "", owner_ids: Sequence[int] = (), due: dt.date | None = None,
    source_link: str | None = None,
) -> Block:  # fmt: skip
    """The "Record as action" / "New action" form: text, owners from the roster, an optional due date."""
    small = len(roster) <= 100
    options = roster_options(roster)
    owners: Block = {
        "type": "multi_static_select" if small else "multi_external_select",
        "action_id": "owners",
        "placeholder": plain("Choose owners"),
    }
    if small:
        owners["options"] = options
        wanted = {str(i) for i in owner_ids}
        chosen = [o for o in options if o["value"] in wanted]
        if chosen:
            owners["initial_options"] = chosen
    picker: Block = {"type": "datepicker", "action_id": "due", "placeholder": plain("No due date")}
    if due:
        picker["initial_date"] = due.isoformat()
    return {
        "type": "modal",
        "callback_id": RECORD_MODAL,
        "private_metadata": json.dumps({"source_link": source_link})[:3000],
        "title": plain("Record an action"),
        "submit": plain("Record"),
        "close": plain("Cancel"),
        "blocks": [
            {
                "type": "input",
                "block_id": "task",
                "label": plain("Action"),
                "element": {"type": "plain_text_input", "action_id": "task", "multiline": True,
                            "initial_value": text[:3000], "max_length": 1000},
            },
            {"type": "input", "block_id": "owners", "label": plain("Owners"), "element": owners},
            {"type": "input", "block_id": "due", "label": plain("Due"), "optional": True, "element": picker},
        ],
    }  # fmt: skip


def roster_options(roster: Sequence[tuple[int, str]], typed: str = "") -> list[dict[str, Any]]:
    """Select options for members, filtered by what was typed (external selects on large rosters)."""
    needle = typed.strip().lower()
    return [
        {"text": plain(name), "value": str(member_id)}
        for member_id, name in roster
        if not needle or needle in name.lower()
    ][:100]


def update_modal(number: int) -> Block:
    return {
        "type": "modal",
        "callback_id": UPDATE_MODAL,
        "private_metadata": json.dumps({"number": number}),
        "title": plain(f"Update on A-{number}"),
        "submit": plain("Add update"),
        "close": plain("Cancel"),
        "blocks": [
            {
                "type": "input",
                "block_id": "note",
                "label": plain("What has happened?"),
                "element": {"type": "plain_text_input", "action_id": "note", "multiline": True, "max_length": 1000},
            }
        ],
    }
