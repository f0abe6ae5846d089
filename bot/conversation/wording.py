"""How the use cases word their answers: joined names, whose actions, a meeting, the minutes preview, and the
words that list the same actions again on a listing's other pages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.directory import MeetingInfo, Person
from bot.replies import Correction, Option, Reply, format_day
from bot.understanding.interpretation import Interpretation, Owner
from store.models import Action, Meeting

if TYPE_CHECKING:  # the minutes reader (python-docx and all) is loaded by whoever reads minutes
    from bot.minutes.reader import Minutes


CORRECTABLE = 20  # actions whose owner and date can be corrected in the preview itself (a message's room)


NOT_UNDERSTOOD = (
    "I'm not sure what you'd like me to do with that, so I've not recorded anything. "
    'Write "help" to see what I understand.'
)


def minutes_preview(
    found: Minutes, writer_id: int, source: str, today: dt.date, new_people: Sequence[str] = (),
    members: Sequence[Person] = (),
) -> Reply:  # fmt: skip
    lines = [
        f"Minutes of the meeting on {found.meeting.date:%A} {found.meeting.date.day} {found.meeting.date:%B %Y}: "
        f"{len(found.attendees)} attendees, {len(found.apologies)} apologies, {len(found.actions)} actions, "
        f"{len(found.decisions)} decisions."
    ]
    if found.next_meeting is not None:
        lines.append(
            f"Next meeting: {found.next_meeting.date:%A} {found.next_meeting.date.day} {found.next_meeting.date:%B %Y}."
        )
    for action in found.actions:
        owners = ", ".join(o.name for o in action.owners) or "no owner"
        due = f"due {format_day(action.due, today)}" if action.due else ("asap" if action.asap else "no date")
        lines.append(f"• item {action.item or '?'}: {action.text} — {owners}; {due}")
    lines.extend(f"⚠ {warning}" for warning in found.warnings)
    if new_people:
        lines.append(f"New to the roster, added as members from the attendance ({len(new_people)}): "
                     f"{joined(list(new_people))}.")  # fmt: skip
    lines.append("Other owners not on the roster are recorded by name; ambiguous names are left for you to assign.")
    options = (
        Option("Confirm import", {"op": "import_minutes", "writer": writer_id, "source": source}),
        Option("Cancel", {"op": "cancel", "writer": writer_id}),
    )
    corrections = _corrections(found, members)
    if corrections:
        more = len(found.actions) > CORRECTABLE
        first = f" (the first {CORRECTABLE} actions; for more, use dscb import-minutes --review)" if more else ""
        lines.append(f"Correct an owner or a date below before confirming{first}.")
    return Reply("\n".join(lines), options=options, private=True, corrections=corrections)


def _corrections(found: Minutes, members: Sequence[Person]) -> tuple[Correction, ...]:
    """An owner and a due date to correct for each of the first actions; owners chosen from the board's members."""
    if not members:
        return ()
    choices = tuple((str(m.id), m.name) for m in sorted(members, key=lambda m: m.name))[:100]
    out: list[Correction] = []
    for number, action in enumerate(found.actions[:CORRECTABLE]):
        label = f"Item {action.item or '?'}: {action.text}"[:70]
        ids = [o.id for o in action.owners if o.kind == "member" and o.id is not None and o.id > 0]
        owner = str(ids[0]) if len(ids) == 1 and len(action.owners) == 1 else None
        out.append(Correction(f"owner:{number}", label, "owner", owner, choices))
        out.append(Correction(f"due:{number}", label, "due", action.due.isoformat() if action.due else None))
    return tuple(out)


def listing_query(meaning: Interpretation, writer: Person) -> str:
    """Words that make ``Turn.query`` list the same actions again (for a listing's other pages)."""
    if not meaning.owners:
        return "overdue" if meaning.overdue_only else "all"
    mine = meaning.owners == (Owner("member", writer.name, writer.id),)
    names = "" if mine else ", ".join(owner.name for owner in meaning.owners)
    return f"overdue {names or writer.name}" if meaning.overdue_only else names


def member_ids(action: Action) -> list[int]:
    return sorted({a.member_id for a in action.assignments if a.member_id is not None})


def with_article(name: str) -> str:
    """ "a Tony Oakmen", "an ann": the name as something not known, with its article."""
    return f"{'an' if name[:1].lower() in 'aeiou' else 'a'} {name}"


def joined(items: Sequence[str], word: str = "and") -> str:
    """'Pam Smith', 'Pam Smith and Su Vincent', 'Karen Jackson, Karen Palk or Kate McConnell'."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {word} " + items[-1]


def whose(owners: tuple[Owner, ...], writer: Person) -> str:
    if not owners:
        return "The board has"
    if len(owners) == 1 and owners[0].kind == "member" and owners[0].id == writer.id:
        return "You have"
    return joined([o.name for o in owners]) + (" has" if len(owners) == 1 else " have")


def meeting_words(meeting: Meeting | MeetingInfo, today: dt.date | None = None) -> str:
    """'board meeting on Friday 10 July', with the year when it is not ``today``'s."""
    year = f" {meeting.date.year}" if today is not None and meeting.date.year != today.year else ""
    return f"{meeting.kind.value} meeting on {meeting.date:%A} {meeting.date.day} {meeting.date:%B}{year}"
