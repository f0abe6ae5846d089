"""One cell that holds a whole action: who, what and when ("DS – 7 minute briefing on audit findings to all
agencies End Mar 18", "CM / AR / JT to draft outline proposal – May Board").

A minute table whose right-hand column is headed "Action / Lead / Date" writes the three in one cell: the owner
first (before a dash, or before "to"), the task, and the date last (after a dash, or on the cell's last line, so
joined to the task with only a space).
"""

from __future__ import annotations

import re

from bot.minutes.markers import CARRIED_FORWARD

_OWNERS = re.compile(  # "DS", "JT / MC", "All agencies", "L&D Sub-group", "Police"
    r"^(?:(?:Mr|Mrs|Ms|Dr|Cllr|DCI|DI|Supt)\.?\s+)?[A-Z][\w'’.&-]*(?:(?:\s*(?:/|&|,)\s*|\s+and\s+|\s+)"
    r"(?:[A-Z][\w'’.&-]*|partners|members|agencies|sub-?group|group|team|lead|manager))*$"
)
_DASH = re.compile(r"\s+[–—]\s+|\s+-\s+")
_LAST_DASH = re.compile(r"^(?P<task>.{12,}?)\s+[–—-]\s+(?P<who>[^–—]{1,40})$")
_TO = re.compile(r"^(?P<who>[^–—]{1,50}?)\s+to\s+(?P<task>[a-z].*)$")
_DATE_END = re.compile(
    r"(?:\s+[–—-])?\s+(?P<when>(?:by\s+)?\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|(?:(?:by|end(?:\s+of)?|before)\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{2,4}"
    r"|(?:(?:by|before)\s+)?(?:the\s+)?(?:next|following)\s+(?:meeting|board)"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+(?:board|meeting)"
    r"|ongoing|on-going|asap|immediate(?:ly)?|tbc)\.?$",
    re.I,
)


def whole_action(cell: str) -> tuple[str, str, str | None] | None:
    """(task, owners as written, date as written or None) of a cell that writes all three, or None."""
    text = re.sub(r"^\(?[a-h1-9]\)\s+", "", cell.strip(" .;"))  # "b) Final plan to be presented – RS – next Board"
    when = None
    dated = _DATE_END.search(text)
    if dated and dated.start() > 0:
        when, text = dated["when"], text[: dated.start()].rstrip(" –—-;,")
    parts = _DASH.split(text, maxsplit=1)
    if len(parts) == 2 and len(parts[0].split()) <= 6 and _OWNERS.match(parts[0].strip()):
        who, task = parts[0].strip(), parts[1].strip()
    elif (to := _TO.match(text)) and len(to["who"].split()) <= 6 and _OWNERS.match(to["who"].strip()):
        who, task = to["who"].strip(), to["task"].strip()
    elif (last := _LAST_DASH.match(text)) and len(last["who"].split()) <= 4 and _OWNERS.match(last["who"]):
        task, who = last["task"].strip(), last["who"].strip()  # "Share the report with the family – RS – 9 March"
    else:
        return None
    if len(task.split()) < 2:
        return None
    return task[:1].upper() + task[1:], who, when


_DASHED = re.compile(r"^(?P<who>[^–—]{1,60}?)\s+[–—-]\s+(?P<when>[^–—]{2,40})$")  # "PC / JF – Fri 3rd Feb"
_DASHED_OR_COMMA = re.compile(r"^(?P<who>.+?)\s*(?:,|\s[–—-]\s)\s*(?P<when>[^,–—]{2,40})$")  # "LC, 31 Oct"


def owners_then_date(text: str, *, comma: bool = False) -> tuple[str, str] | None:
    """("owners", "date") as written of text that ends its owners with a dash (or, with ``comma``, a comma too)
    and then gives a date: "PC / JF – Fri 3rd Feb", "LC, 31 October". Only the shape is checked: the caller
    judges whether the parts read as owners and as a date. None when the text is not so written."""
    split = (_DASHED_OR_COMMA if comma else _DASHED).match(text.strip())
    return (split["who"].strip(), split["when"].strip(" .")) if split else None


_WHENISH = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:meeting|board|exec\w*|asap|ongoing|"
    r"on-going|immediate(?:ly)?|tbc|week|month|quarter|term|spring|summer|autumn|winter)\b",
    re.I,
)
_CARRIED = re.compile(rf"\b(?:{CARRIED_FORWARD}|closed|complete[d]?)\b", re.I)


def signed_actions(parts: list[str]) -> list[tuple[str, str, str]] | None:
    """(task, owners, date) of a cell that writes each task and then its owners and date on a line of their own
    ("Circulate the protocol.; LF – 28/02/2023; Police and ICB to confirm ...; PC / JF – Fri 3rd Feb"); a line
    carried forward from an earlier meeting is left out. None when the cell is not written so."""
    found: list[tuple[str, str, str]] = []
    task: str | None = None
    for part in (p.strip(" ;") for p in parts):
        signed = owners_then_date(part)
        if signed and task is not None and _owners_like(signed[0]) and _WHENISH.search(signed[1]):
            found.append((task, *signed))
            task = None
        elif carried_note(part):
            task = None  # "22/11-04 c/f to March 2023 (SP)": an older action's note
        elif task is None and len(part.split()) >= 3:
            task = part.rstrip(" .")
        else:
            return None
    return found if found and task is None else None


def owners_only(cell: str) -> bool:
    """Whether an action cell names only owners, each part of it ("JC", "PW/GF", "RT; DH", "All agencies"): the
    action is then in the minute beside it."""
    parts = [p.strip(" .,") for p in re.split(r";\s*", cell) if p.strip(" .,")]
    return bool(parts) and all(
        len(re.findall(r"[^\s/&+,]+", p)) <= 4 and _owners_like(p) and not _TO.match(p) for p in parts
    )  # "AP / TB / IK": three owners, the slashes no words


def carried_note(part: str) -> bool:
    """Whether a line of an action cell only notes an older action carried forward or closed ("22/11-04 c/f to
    March 2023 (SP)")."""
    return bool(_CARRIED.search(part)) and len(part.split()) <= 8


def _owners_like(who: str) -> bool:
    """Owners as a cell signs them: "LF", "PC / JF", "All partners", "Severnmoor Constabulary (PC)"."""
    who = re.sub(r"\s*\([A-Z]{2,4}\)$", "", who.strip())
    return len(who.split()) <= 6 and bool(_OWNERS.match(who))


_TIGHT = re.compile(r"(?<![\w&])[A-Z]{1,3}&[A-Z]{1,3}(?![\w&])")
_BODY_END = re.compile(r"\b(?:sub-?group|group|panel|committee|forum|team|network)$", re.I)


def tight_body(who: str) -> bool:
    """Whether an owner is a body named with letters joined by "&" ("L&D Sub-group", "P&QA group"): one name,
    not L and D."""
    who = re.sub(r"\s*\([^()]*\)$", "", who.strip())  # "L&D Sub-Group (Lorraine Tebbutt)": the body, then its lead
    return bool(_TIGHT.search(who) and _BODY_END.search(who) and not re.search(r"/|;|\band\b", who))
