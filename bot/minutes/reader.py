"""Reading a board's minutes into a structure: the meeting, who came, who sent apologies, actions and decisions.

Minutes arrive as Word exports (.txt with tab-separated tables and HTML fragments), Markdown, HTML or .docx,
in several layouts: an "Attendees / Agency / Apologies / Agency" table or "Present:" and "Apologies:" lists;
agenda items numbered "2.<tab>", "Item 3 –" or "## 4."; actions marked "Action:", "ACTION –", "Action -" or
"Action for X:". :func:`minutes_text` turns a file into plain text (paragraph, list and table breaks kept,
table cells tab-separated); :func:`parse_minutes` reads that text. Each action is read through
:func:`bot.understanding.interpret.interpret`, so owners and due dates agree with what the chat assistant understands.
People are kept as the minutes write them: matching them to the roster is the importer's job.

This module composes the parts: :mod:`~bot.minutes.files` (files to text), :mod:`~bot.minutes.lines` (lines and
agenda items), :mod:`~bot.minutes.meeting` (the meeting and the next meeting), :mod:`~bot.minutes.attendance`
(present and apologies), :mod:`~bot.minutes.actions` (actions and decisions) and :mod:`~bot.minutes.results`
(the types returned).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from bot.errors import InvalidInput
from bot.minutes.action_fields import action_blocks
from bot.minutes.action_owners import future_meetings
from bot.minutes.action_tables import action_tables
from bot.minutes.actions import _Reader
from bot.minutes.attendance import _attendance
from bot.minutes.files import MAX_MINUTES_BYTES, minutes_text
from bot.minutes.known import guessed_names, names_with_minutes
from bot.minutes.lines import _lines
from bot.minutes.meeting import _meeting, _next_meeting
from bot.minutes.results import Decision, MeetingTime, Minutes, MinutesAction, Person, minutes_as_json
from bot.understanding.names import NameIndex
from bot.understanding.text import fold, normalise

__all__ = [
    "MAX_MINUTES_BYTES",
    "Decision",
    "MeetingTime",
    "Minutes",
    "MinutesAction",
    "Person",
    "minutes_as_json",
    "minutes_text",
    "parse_minutes",
]


def parse_minutes(text: str, names: NameIndex, board_dates: Sequence[dt.date] = ()) -> Minutes:
    """Read minutes: the meeting, the next meeting, attendance, actions (owners, due dates), decisions, warnings.

    The text is read normalised (:func:`bot.understanding.text.normalise`): look-alike letters ("ſeptember") read
    as ASCII.

    Raises InvalidInput when the text has no meeting date, or neither an attendance list nor actions, and when
    a meeting date does not exist.
    """
    lines = _lines(normalise(text))
    used: set[int] = set()
    first = _meeting(lines, used=set())  # its date is the base for a year-less next meeting date
    next_meeting = _next_meeting(lines, first[0].date if first[0] else None, used)
    # Read again without the next meeting's lines, unless none were taken (the same reading).
    meeting, title = _meeting(lines, used) if used else first
    if meeting is None:
        raise InvalidInput(
            "This doesn't look like board minutes: I couldn't find the meeting date "
            "(a line such as 'Date: 15th May 2015')."
        )
    roll = _attendance(lines, used, month=meeting.date.month, text_of_all=text)
    present, apologies = roll.present, roll.apologies
    away = {p.name for p in (*roll.apologies, *roll.absent)}
    names = names_with_minutes(names, roll.everyone(), away)  # owners named as the attendance introduced them
    now = dt.datetime.combine(meeting.date, dt.time(9))
    dates = sorted({*names.directory.board_dates, *board_dates, *([next_meeting.date] if next_meeting else [])})
    dates = sorted({*dates, *future_meetings(lines, now, dates)})  # "Dates of future meetings", the next one's too
    heading = " ".join([line.text for line in lines if line.text.strip()][:3])  # whose minutes: "... Executive Group"
    reader = _Reader(names, now, dates, joining={fold(p.name) for p in (*present, *apologies)},
                     guessed=guessed_names(roll.everyone(), away), own_name=heading)  # fmt: skip
    tabled, taken = action_tables(lines)
    from_tables = {id(action) for action in tabled if not action.beside}  # an action log's or summary's rows
    logged = {fold(a.reference) for a in tabled if not a.beside and a.reference}
    tabled = [a for a in tabled if not (a.beside and a.reference and fold(a.reference) in logged)]  # "RK; A18/08"
    blocks, block_lines = action_blocks(lines, used | taken)
    tabled += blocks
    taken |= block_lines
    reader.read_items([line for index, line in enumerate(lines) if index not in used and index not in taken])
    for action in (a for a in tabled if a.beside):  # the minute table's own actions: as marked in the text
        reader.tabled(action)
    in_text = len(reader.found)
    logs = 0  # the rows of a log or summary read as this meeting's actions
    for action in (a for a in tabled if not a.beside):
        before = len(reader.found)
        reader.tabled(action)
        logs += id(action) in from_tables and len(reader.found) > before
    if not present and not apologies and not reader.found:
        raise InvalidInput(
            "This doesn't look like board minutes: I found no attendance list (Present / Apologies) and no actions."
        )
    read = [reader.understand(found) for found in reader.found]
    listed = [action for action, found in zip(read[:in_text], reader.found, strict=False) if found.listed]
    gathered = len(listed) >= 2 or logs >= 2  # the meeting's actions listed in one place: none inferred besides
    said = [
        action
        for action, found in zip(read[:in_text], reader.found, strict=False)
        if not found.listed and not (gathered and found.inferred)
    ]
    actions = tuple(_logged_once(said, [*listed, *read[in_text:]]))  # a summary's bullets and the log: one each
    return Minutes(
        meeting=meeting,
        next_meeting=next_meeting,
        attendees=tuple(present),
        apologies=tuple(apologies),
        actions=actions,
        decisions=tuple(reader.decisions),
        warnings=tuple(reader.warnings),
        title=title,
        in_attendance=tuple(roll.others),
        absent=tuple(roll.absent),
    )


def _logged_once(in_text: list[MinutesAction], logged: list[MinutesAction]) -> list[MinutesAction]:
    """The actions, each once: an action the minutes' text marks and their action log lists again is the log's
    row. The two are paired one to one, most alike first, when their words are much the same (the log often
    shortens them: "Circulate sanitised profile") and they share an owner or a date, or one of them names no
    owner. The log's row keeps its date; it takes the text's owners when it names none, or only names the
    text's owners read as one ("Nadia Sorensen Tom Eckersley")."""
    from rapidfuzz import fuzz

    def alike(said: MinutesAction, row: MinutesAction) -> float:
        score = fuzz.token_set_ratio(said.text.lower(), row.text.lower())
        if score < _SAME_WORDS:
            return 0.0
        if not said.owners or not row.owners or (said.due is not None and said.due == row.due):
            return score
        return score if _owner_words(said) & _owner_words(row) else 0.0

    pairs = sorted(
        ((alike(said, row), s, r) for s, said in enumerate(in_text) for r, row in enumerate(logged)), reverse=True
    )
    taken_text: set[int] = set()
    taken_row: set[int] = set()
    rows = list(logged)
    for score, s, r in pairs:
        if score <= 0 or s in taken_text or r in taken_row:
            continue
        taken_text.add(s)
        taken_row.add(r)
        said, row = in_text[s], logged[r]
        if said.owners and (not row.owners or _run_together(row, said)):
            rows[r] = replace(row, owners=said.owners, ambiguous=said.ambiguous)
    return [*(said for s, said in enumerate(in_text) if s not in taken_text), *rows]


_SAME_WORDS = 60  # how alike (0-100, rapidfuzz token set ratio) an action's two wordings are at least


def _owner_words(action: MinutesAction) -> set[str]:
    """The words of an action's owners' names ("lorraine", "tebbutt", "sub-group")."""
    return {w for o in action.owners for w in fold(o.name).split() if len(w) >= 3}


def _run_together(row: MinutesAction, said: MinutesAction) -> bool:
    """Whether the log's owners are the text's owners with their names run together: an owner the roster does
    not hold whose words are all the text's owners' words."""
    unknown = [o for o in row.owners if o.kind == "unknown"]
    return bool(unknown) and len(said.owners) > len(row.owners) and _owner_words(row) <= _owner_words(said)
