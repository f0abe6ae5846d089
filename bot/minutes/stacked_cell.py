"""An action column whose cells stack each action's parts on lines of their own.

Beside the minute's text, a board's action column often holds, per action, its reference, its owners, the task
and the date, each on a line ("2310-02; BP; 31/10/23", "RT; Gap analysis of local procedures – report to Board;
19/09/13"), several actions to a cell, and notes on older actions among them ("Complete", "c/f from March").
:func:`stacked_actions` reads such a cell line by line: a reference or a second owner starts the next action,
a date ends one, a status note drops the action it belongs to. An action whose task is not in the cell (owners
and a date only) is the sentence of the minute that names them; when no sentence does, the task is left to the
action log, which names it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.minutes.action_cell import _owners_like, owners_then_date
from bot.minutes.markers import CARRIED_FORWARD, ROW_REFERENCE

_REF = re.compile(rf"^(?:action\s+)?(?:{ROW_REFERENCE}|[A-Z]{{0,6}}[/-]?\d{{1,4}}(?:[/.-]\d{{1,4}}){{1,3}})$", re.I)
_STATUS = re.compile(
    r"^(?:complete[d]?|closed|done|noted|agreed|approved|ongoing|superseded|withdrawn)\b"
    rf"|\b{CARRIED_FORWARD}\b",  # "c/f from March", "Action 41 c/f to April – see log"
    re.I,
)
_DATE = re.compile(
    r"^(?:by\s+|end\s+(?:of\s+)?|before\s+|w/c\s+)?(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|\d{1,2}(?:st|nd|rd|th)?\s+"
    r"[A-Za-z]{3,9}\.?(?:\s+\d{2,4})?|[A-Za-z]{3,9}\.?\s+\d{2,4}(?:\s+(?:mtg|meeting|board))?|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+(?:mtg|meeting|board|exec\w*))?|"
    r"next\s+(?:meeting|board|mtg)|(?:september|sept|january|march|june)\s+mtg|asap|ongoing|tbc|immediate(?:ly)?|"
    r"[A-Za-z]{3,9}\.?\s+(?-i:[A-Z]{2,5})|"  # "Dec SAB": the month's meeting of a body
    r"(?:end\s+of\s+)?(?:the\s+)?(?:summer\s+|autumn\s+|spring\s+)?term)$",
    re.I,
)
_CARRIED = re.compile(rf"\b{CARRIED_FORWARD}\b", re.I)
_OWNER_THEN_DATE = re.compile(r"^(?P<who>.+?)\s+(?P<when>\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|[A-Z][a-z]{2,8}\s+\d{2,4})$")


@dataclass
class _Group:
    owners: str | None = None
    task: str | None = None
    when: str | None = None
    old: bool = False
    parts: list[str] = field(default_factory=list)

    def empty(self) -> bool:
        return not self.parts


def stacked_actions(parts: list[str]) -> list[tuple[str | None, str | None, str | None]] | None:
    """(task or None, owners, date) of each action a stacked action cell holds, or None when the cell is not one:
    it must hold an owner or a date on a line of its own beside a reference, a task or another owner."""
    kinds = [_kind(p) for p in parts]
    if not any(k in {"owner", "date", "owner+date"} for k in kinds) or not any(
        k in {"ref", "owner", "owner+date"} for k in kinds
    ):
        return None
    if kinds.count("task") > max(1, sum(k in {"owner", "owner+date"} for k in kinds)):
        return None  # a paragraph of tasks, not a stack
    groups: list[_Group] = [_Group()]
    for part, kind in zip(parts, kinds, strict=True):
        current = groups[-1]
        starts = (
            (kind == "ref" and not current.empty())
            or (kind in {"owner", "owner+date"} and (current.owners is not None or current.when is not None))
            or (kind == "task" and (current.task is not None or current.when is not None))
            or (kind == "status" and not current.empty() and _owned_note(part))  # "SW – c/f July": SW's older action
        )
        if starts:
            groups.append(_Group())
            current = groups[-1]
        current.parts.append(part)
        if kind == "status":
            current.old = True
        elif kind == "owner":
            current.owners = part
        elif kind == "owner+date":
            current.owners, current.when = _owner_and_date(part) or (part, None)
        elif kind == "task":
            current.task = part
        elif kind == "date":
            current.when = part
    return [(g.task, g.owners, g.when) for g in groups if not g.old and (g.task or g.owners)]


def _owned_note(part: str) -> bool:
    """Whether a status note names its own owner first ("SW – c/f July", "MK – complete")."""
    split = owners_then_date(part.strip(" .;"))
    return split is not None and len(split[0].split()) <= 4 and _owners_like(split[0])


def _owner_and_date(text: str) -> tuple[str, str] | None:
    """A line of owners then their date: "RO / CW / SP 15/12/23", "KO – by 7/3/14", "SQ – next meeting"."""
    dashed = owners_then_date(text)
    if dashed and _DATE.match(dashed[1]):
        return dashed
    split = _OWNER_THEN_DATE.match(text)
    return (split["who"], split["when"]) if split else None


def _kind(part: str) -> str:
    text = part.strip(" .;")
    if not text:
        return "empty"
    if _STATUS.match(text) or _CARRIED.search(text):  # "Complete", "SW – c/f July": an older action's note
        return "status"
    if _DATE.match(text):  # "31/10/23" before a reference ("2310-02"), which it also looks like
        return "date"
    if _REF.match(text):
        return "ref"
    split = _owner_and_date(text)
    if split and len(split[0].split()) <= 4 and _owners_like(split[0]):
        return "owner+date"  # "RO / CW / SP 15/12/23", "All partners 31/01/24", "KO – by 7/3/14"
    if len(text.split()) <= 4 and _owners_like(text) and not re.search(r"\s(?:to|will)\s", f" {text} "):
        return "owner"
    return "task"
