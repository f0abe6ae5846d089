"""Owner fields and dates of actions, as the minutes write them: an owner field whose parts name bodies ("Police /
CSC", "Police / Health / Probation"), initials that read as a title ("FR / ST"), and the later meetings the minutes
list, for an action due at "the September Board"; an "ACTION:" line the page's width broke, joined again.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from bot.minutes.lines import _Line
from bot.minutes.markers import _ACTION_MARK
from bot.minutes.people import person_name, strip_title
from bot.understanding.dates import find_dates
from bot.understanding.interpretation import Ambiguity, Owner
from bot.understanding.owners import OwnerResolver

DECISION_MARK = re.compile(r"(?<![\w@.])(?:Agreed|AGREED|Decision|DECISION|Decided|DECIDED|Resolved|RESOLVED)\s*:\s*")
# Due wording that may be a date the reader could not read ("by 31/02/2015", "by Septembr").
UNREAD_DUE = re.compile(
    r"\b(?:by|before|due(?:\s+(?:by|on))?|no later than|deadline:?)\s+(?:the\s+)?(?:end\s+of\s+)?"
    r"(?P<w>\d{1,2}(?:st|nd|rd|th)?(?:[/.-]\d{1,4}){0,2}(?:\s+[A-Za-z]{3,12})?|[A-Za-z]{3,12}(?:\s+\d{2,4})?)",
    re.I,
)
MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday",
)  # fmt: skip
# "all member agencies to ...", "before the panel meeting in July", "X to do Y": an action's subject and its dates.
ALL_OF_THEM = re.compile(r"^all\s+(?:member|partner|board)\s+(?:agencies|organisations)$", re.I)
BODY_MEETING = re.compile(r"\b(?:panel|sub-?group|group|committee|forum|network)\s+meeting\b", re.I)
SUBJECT = re.compile(r"^(?P<who>[^,.;:()]{2,60}?)\s+(?:to|will|should|must|are\s+to|is\s+to)\s+(?!be\b)[a-z]")
_FUTURE_MEETINGS = re.compile(
    r"^(?:(?:the\s+)?dates?\s+of\s+)?(?:future|further|forthcoming|remaining|later)\s+(?:board\s+)?meetings?"
    r"(?:\s+dates?)?\b|^(?:board\s+)?meeting\s+dates\s+(?:for|in)\s+\d{4}\b"
    r"|^(?:remaining|future|further|other)\s+(?:board\s+|meeting\s+)?dates\b",  # "Remaining dates for 2009: ..."
    re.I,
)


def future_meetings(lines: list[_Line], now: dt.datetime, board_dates: Sequence[dt.date]) -> list[dt.date]:
    """The board's later meetings the minutes list ("Future meetings in 2019: Tuesday 10 September and Tuesday
    10 December"): an action "for the September Board" is due at the one in September."""
    found: list[dt.date] = []
    for index, line in enumerate(lines):
        text = line.text.strip()
        if not _FUTURE_MEETINGS.match(text) or len(text) >= 400:
            continue
        dates = _later(text, now, board_dates)
        following = (other.text.strip() for other in lines[index + 1 : index + 12])
        for other in (t for t in following if t) if not dates else ():  # "Dates of future meetings" / a date a line
            some = _later(other, now, board_dates) if len(other) < 160 else []
            if not some:
                break
            dates += some[:1]
        found += dates
    return found


def _later(text: str, now: dt.datetime, board_dates: Sequence[dt.date]) -> list[dt.date]:
    return [d.date for d in find_dates(text, now, board_dates) if d.date is not None and d.date > now.date()]


def only_an_agency_after_someone(owners: Sequence[Owner], named: list[tuple[list[Owner], list[Ambiguity]]]) -> bool:
    """ "Helen Rudd, Ashgrove PCT": after a person, an agency is where they work, not another owner."""
    someone = any(o.kind in ("member", "unknown") for some, _ in named for o in some)
    return someone and len(owners) == 1 and owners[0].kind == "agency"


def untitled(who: str) -> str:
    """An owner field without a leading title ("Det Supt Kendrick"), unless what looked like one is initials that
    start a list ("FR / ST": Fiona Rudd, not Father)."""
    stripped = strip_title(who)
    return who.strip() if stripped[:1] in "/&+,;" or stripped.lower().startswith("and ") else stripped


# A sector written as an owner beside agencies ("Police / Health / Probation", "Housing and NFRS").
SECTOR = re.compile(
    r"(?i:health|housing|education|schools|probation|police|social\s+care|children'?s\s+(?:social\s+care|services)|"
    r"adult\s+social\s+care|public\s+health|fire|ambulance|youth\s+justice|youth\s+offending|early\s+help|"
    r"primary\s+care|mental\s+health|the\s+local\s+authority)"
)


def bodies_and_letters(parts: list[str], found: list[tuple[list[Owner], list[Ambiguity]]]) -> bool:
    """Whether the parts of an owner field that name nobody are capitals ("CSC", "SFRS") or a sector ("Health")
    and the others name organisations or bodies only: bodies the attendance did not spell out, kept as written."""
    known = [o for owners, unclear in found for o in owners if not unclear]
    missing = [p for p, (owners, unclear) in zip(parts, found, strict=True) if not owners and not unclear]
    return (
        bool(known and missing)
        and all(re.fullmatch(r"[A-Z]{3,6}", p) or SECTOR.fullmatch(p) for p in missing)
        and not any(unclear for _, unclear in found)
        and all(o.kind in ("agency", "group") or (o.kind == "unknown" and person_name(o.name) is None) for o in known)
    )


def merged(found: list[tuple[list[Owner], list[Ambiguity]]]) -> tuple[list[Owner], list[Ambiguity]]:
    owners: list[Owner] = []
    ambiguous: list[Ambiguity] = []
    for some, unclear in found:
        owners += [o for o in some if o not in owners]
        ambiguous += unclear
    return owners, ambiguous


def wrapped_marks_joined(lines: list[_Line]) -> list[_Line]:
    """The lines with an "ACTION:" line that a page's width broke mid-sentence joined to the lines it runs on to
    ("ACTION: FB/HT – Report back on the audit – end" / "Feb 2013.")."""
    out: list[_Line] = []
    for line in lines:
        text = line.text.strip()
        last = out[-1] if out else None
        if (
            last is not None
            and _ACTION_MARK.search(last.text)
            and not re.search(r"[.!?:;]$", last.text.strip())
            and text
            and "\t" not in line.text
            and "\t" not in last.text
            and not line.bulleted
            and line.item == last.item
            and not _ACTION_MARK.search(text)
            and not DECISION_MARK.search(text)
            and len(last.text) + len(text) < 600
        ):
            out[-1] = replace(last, text=f"{last.text.rstrip()} {text}")
            continue
        out.append(line)
    return out


_INITIALS_JOINS = r"\s*(?:,|/|&|\band\b|\bwith\b)\s*"
_INITIALS_LIST = re.compile(
    rf"[A-Z][A-Za-z]{{0,3}}[A-Z](?:{_INITIALS_JOINS}[A-Z][A-Za-z]{{0,3}}[A-Z])+"
)  # "KOM with LF"


def subject_owners(resolver: OwnerResolver, who: str) -> list[Owner]:
    """The owners a sentence's subject names ("All agencies", "The Chair and the Director of Children's Services"):
    the whole read as one, else each part joined by "and" or "with" read on its own (all of them, or none)."""
    named = resolver.phrase(who, allow_unknown=False)
    if named is not None and not named.ambiguous and named.owners:
        return list(named.owners)
    joins = _INITIALS_JOINS if _INITIALS_LIST.fullmatch(who.strip()) else r"\s+and\s+(?=the\s)|\s+with\s+"
    parts = [re.sub(r"^the\s+", "", p.strip(), flags=re.I) for p in re.split(joins, who.strip())]
    found = [resolver.phrase(p, allow_unknown=False) for p in parts] if len(parts) > 1 else []
    if not found or any(f is None or f.ambiguous or not f.owners for f in found):
        return []
    return [o for f in found if f is not None for o in f.owners]
