"""The manager's review of the actions read from minutes, as a CSV file: written, edited, read back.

``review_csv`` writes one row per action (item, action, owners, due, what to check); the manager corrects owners
and dates, deletes rows that are not actions and adds rows the reader missed; ``apply_review`` reads the edited
file back into the minutes' actions. Owners are names separated by ";" (a member, an agency, a group, "all
members"), read as the chat assistant reads them; a due date is a date ("2015-07-10", "10/07/2015", "10 July
2015"), "asap", or empty. A row that cannot be read is refused with its line number, and nothing is stored.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import replace

from bot.directory import Directory
from bot.errors import InvalidInput
from bot.minutes.known import as_written, names_with_minutes
from bot.minutes.results import Minutes, MinutesAction
from bot.understanding.dates import find_due
from bot.understanding.interpretation import Owner
from bot.understanding.names import NameIndex
from bot.understanding.owners import OwnerResolver
from bot.understanding.text import fold

COLUMNS = ("item", "action", "owners", "due", "check")
MAX_ROWS = 2_000


def review_csv(minutes: Minutes) -> str:
    """The proposed actions, one a row, with what the reader was unsure of in the last column."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    joining = {fold(p.name) for p in (*minutes.attendees, *minutes.apologies)}  # members once imported
    for action in minutes.actions:
        owners = [o.name for o in action.owners] + [a.text for a in action.ambiguous]
        due = action.due.isoformat() if action.due else "asap" if action.asap else ""
        checks = "; ".join(_checks(action, joining))
        writer.writerow([action.item or "", _safe(action.text), "; ".join(owners), due, checks])
    return out.getvalue()


def _checks(action: MinutesAction, joining: set[str]) -> list[str]:
    """What the manager should check in this row."""
    checks = [] if action.owners or action.ambiguous else ["no owner found"]
    checks += [f"{o.name} is not on the roster" for o in action.owners
               if o.kind == "unknown" and fold(o.name) not in joining]  # fmt: skip
    checks += [f"'{a.text}' could be {' or '.join([p.name for p in a.candidates] + [g.name for g in a.agencies])}"
               for a in action.ambiguous]  # fmt: skip
    if action.due is None and not action.asap and action.due_wording:
        checks.append(f"no date known for '{action.due_wording}'")
    return checks


def _safe(text: str) -> str:
    """A cell a spreadsheet will not run as a formula."""
    return f"'{text}" if text[:1] in ("=", "+", "-", "@") else text


def apply_review(minutes: Minutes, data: str, names: NameIndex) -> Minutes:
    """The minutes with their actions as the edited review file has them. Raises InvalidInput naming the line."""
    rows = list(csv.reader(io.StringIO(data.lstrip("\ufeff"))))
    if not rows or [c.strip().lower() for c in rows[0][: len(COLUMNS) - 1]] != list(COLUMNS[:-1]):
        raise InvalidInput(f"The review file must start with the heading row: {','.join(COLUMNS)}.")
    if len(rows) > MAX_ROWS:
        raise InvalidInput(f"The review file has more than {MAX_ROWS} rows.")
    resolver = OwnerResolver(names_with_minutes(names, [*minutes.attendees, *minutes.apologies,
                                                          *minutes.in_attendance]), None)  # fmt: skip
    now = dt.datetime.combine(minutes.meeting.date, dt.time(9))
    dates = [minutes.next_meeting.date] if minutes.next_meeting else []
    actions: list[MinutesAction] = []
    for line, row in enumerate(rows[1:], start=2):
        cells = [c.strip() for c in row] + [""] * len(COLUMNS)
        item, text, owners_text, due_text = cells[:4]
        if not any(cells[:4]):
            continue
        if not text:
            raise InvalidInput(f"Line {line}: the action is empty (delete the row to leave it out).")
        owners = _owners(owners_text, resolver, line)
        due, asap = _due(due_text, now, dates, line)
        actions.append(MinutesAction(item or None, text.lstrip("'"), tuple(owners), (), due, asap, due_text or None))
    return replace(minutes, actions=tuple(actions), warnings=())


def _owners(text: str, resolver: OwnerResolver, line: int) -> list[Owner]:
    owners: list[Owner] = []
    for written in (w.strip() for w in text.split(";")):
        if not written:
            continue
        found = resolver.phrase(written)
        if found is None or found.ambiguous:
            unclear = (
                " or ".join(
                    n for a in found.ambiguous for n in [*(p.name for p in a.candidates), *(g.name for g in a.agencies)]
                )
                if found
                else ""
            )
            hint = f" (could be {unclear})" if unclear else ""
            raise InvalidInput(f"Line {line}: I can't tell who '{written}' is{hint}; write their full name.")
        owners.extend(as_written(o) for o in found.owners if as_written(o) not in owners)
    return owners


def _due(text: str, now: dt.datetime, dates: list[dt.date], line: int) -> tuple[dt.date | None, bool]:
    if not text:
        return None, False
    if text.lower() in {"asap", "as soon as possible"}:
        return None, True
    try:
        return dt.date.fromisoformat(text), False
    except ValueError:
        pass
    found = find_due(f"by {text}", now, dates)
    if found is None or found.date is None:
        raise InvalidInput(f"Line {line}: I can't read the due date '{text}'; write it as 2015-07-10.")
    return found.date, found.asap


def apply_corrections(minutes: Minutes, corrections: dict[str, str], directory: Directory) -> Minutes:
    """The minutes with the owners and due dates corrected in a preview ("owner:N" -> a member's id, "due:N" ->
    an ISO date, N the action's place); a correction that names no member of the board, or no date, is refused."""
    actions = list(minutes.actions)
    for key, value in corrections.items():
        field_name, _, place = key.partition(":")
        if not place.isdigit() or int(place) >= len(actions) or field_name not in ("owner", "due"):
            raise InvalidInput("That correction is not for one of these minutes' actions.")
        action = actions[int(place)]
        if field_name == "owner":
            member = directory.member(int(value)) if value.isdigit() else None
            if member is None:
                raise InvalidInput("That owner is not a member of this board.")
            actions[int(place)] = replace(action, owners=(Owner("member", member.name, member.id),), ambiguous=())
        else:
            try:
                due = dt.date.fromisoformat(value)
            except ValueError:
                raise InvalidInput(f"I can't read the date {value[:20]!r}.") from None
            actions[int(place)] = replace(action, due=due, asap=False)
    return replace(minutes, actions=tuple(actions))
