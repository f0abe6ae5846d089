"""The meeting's date, time, venue and title from the minutes' header, and the next meeting's block.

Dates are read as "15th May 2015", "May 15, 2015", "15/05/2015" or "2015-05-15"; a next meeting date without a year
is taken on or after the meeting's. A date that does not exist, or a meeting date without a year, is refused with
:class:`~bot.errors.InvalidInput`.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass

from bot.errors import InvalidInput
from bot.minutes.lines import _Line
from bot.minutes.markers import _FIELD, _LABEL, _NEXT_MEETING, ROW_REFERENCE
from bot.minutes.results import MeetingTime
from bot.understanding.dates import MONTH_WORDS, month_of
from bot.understanding.text import fold

# ----------------------------------------------------------------------------------------------------------
# Dates and times

_WEEKDAY_RE = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DATE_PATTERNS = (
    re.compile(rf"\b{_WEEKDAY_RE}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+(?P<m>{MONTH_WORDS})\b\.?,?"
               rf"(?:\s+(?P<y>\d{{4}})\b)?", re.I),
    re.compile(rf"\b{_WEEKDAY_RE}(?P<m>{MONTH_WORDS})\b\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b,?"
               rf"(?:\s+(?P<y>\d{{4}})\b)?", re.I),
    re.compile(r"(?<![\d.:/])(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>\d{4}|\d{2})(?![\d:/]|\.\d)"),
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"),
)  # fmt: skip
_TIME_RANGE = re.compile(
    r"(?<![\d.:/£])(?P<h1>\d{1,2})(?:[.:](?P<m1>\d{2}))?\s*(?P<a1>[ap]\.?m\b\.?)?\s*(?:–|—|-|to|until|till)\s*"
    r"(?P<h2>\d{1,2})(?:[.:](?P<m2>\d{2}))?\s*(?P<a2>[ap]\.?m\b\.?)?(?![\d%])",
    re.I,
)
_NOON = re.compile(r"\b12[.:]00\s*noon\b|\bnoon\b|\bmidday\b", re.I)
_TIME_ONE = re.compile(
    r"(?<![\d.:/£])(?:(?P<h>\d{1,2})[.:](?P<m>\d{2})\s*(?P<a>[ap]\.?m\b\.?)?|(?P<h2>\d{1,2})\s*(?P<a2>[ap]\.?m\b\.?))"
    r"(?![\d%])",
    re.I,
)


@dataclass(frozen=True, slots=True)
class _FoundDate:
    date: dt.date | None  # None when the year is missing and cannot be inferred
    wording: str
    span: tuple[int, int]


def _find_date(text: str, what: str, base: dt.date | None = None) -> _FoundDate | None:
    """The first full date in a text; a year-less one is taken on or after ``base``.

    Raises InvalidInput naming a date that does not exist ("31st February 2015").
    """
    best: re.Match[str] | None = None
    for pattern in _DATE_PATTERNS:
        found = pattern.search(text)
        if found and (best is None or found.start() < best.start()):
            best = found
    if best is None:
        return None
    wording = best[0].strip(" ,.")
    day, month_word, year_text = int(best["d"]), best["m"], best["y"]
    month = int(month_word) if month_word.isdigit() else month_of(month_word)
    span = (best.start(), best.end())
    if year_text is None:
        if base is None:
            return _FoundDate(None, wording, span)
        for year in (base.year, base.year + 1):
            try:
                day_found = dt.date(year, month, day)
            except ValueError:
                continue
            if day_found >= base:
                return _FoundDate(day_found, wording, span)
        raise InvalidInput(f"The {what} '{wording}' does not exist.")
    year = int(year_text) + (2000 if len(year_text) == 2 else 0)
    try:
        found_date = dt.date(year, month, day)
    except ValueError:
        raise InvalidInput(f"The {what} '{wording}' does not exist.") from None
    if not 1900 <= year <= 2100:
        raise InvalidInput(f"The {what} '{wording}' is not a plausible date.")
    return _FoundDate(found_date, wording, span)


def _clock(hour: str, minute: str | None, meridiem: str | None) -> dt.time | None:
    h, m = int(hour), int(minute or 0)
    half = (meridiem or "").lower()[:1]
    if half == "p" and h < 12:
        h += 12
    elif half == "a" and h == 12:
        h = 0
    if h > 23 or m > 59 or (half and int(hour) > 12):
        return None
    return dt.time(h, m)


def _find_times(text: str) -> tuple[dt.time | None, dt.time | None, tuple[int, int] | None]:
    """A start and end time ("9.30 am – 12.30 pm", "10:00 – 14:00", "9.00AM – 12.00NOON"), or a single start time."""
    text = _NOON.sub(lambda m: "12.00pm".ljust(len(m[0])), text)  # same length: spans stay true
    for found in _TIME_RANGE.finditer(text):
        if not (found["m1"] or found["a1"] or found["m2"] or found["a2"]):
            continue  # "0 – 25" is not a time
        end = _clock(found["h2"], found["m2"], found["a2"])
        start_meridiem = found["a1"]
        if start_meridiem is None and found["a2"] and found["a2"].lower().startswith("p") and end is not None:
            start_meridiem = "pm" if int(found["h1"]) + 12 <= end.hour and int(found["h1"]) < 12 else None
        start = _clock(found["h1"], found["m1"], start_meridiem)
        if start is not None and end is not None:
            return start, end, (found.start(), found.end())
    one = _TIME_ONE.search(text)
    if one:
        start = _clock(one["h"] or one["h2"], one["m"], one["a"] or one["a2"])
        if start is not None:
            return start, None, (one.start(), one.end())
    return None, None, None


# ----------------------------------------------------------------------------------------------------------
# The meeting, the next meeting and the title
_FIELD_KEYS = {
    "time": "time", "venue": "venue", "location": "venue", "place": "venue", "where": "venue",
    "subject": "title", "title": "title", "meeting": "title",
}  # fmt: skip
_VENUE_CUE = re.compile(
    r"^(?:(?:held\s+)?at|venue|location|place|where|in)\b\s*[:–—-]?\s*|^(?:date|time|from)\s*[:–—-]?\s*",
    re.I,
)


def _place(text: str) -> str | None:
    """What is left of a meeting line once its date and time are taken out: the venue."""
    pieces = []
    for piece in re.split(r"[,;\t]|\s[–—-]\s", text):
        piece = piece.strip(" .:–—-")
        while True:
            cut = _VENUE_CUE.sub("", piece, count=1).strip(" .:–—-")
            if cut == piece:
                break
            piece = cut
        if sum(c.isalpha() for c in piece) >= 3:
            pieces.append(piece)
    return ", ".join(pieces)[:200] or None


def _meeting_line(text: str, what: str, base: dt.date | None) -> tuple[_FoundDate | None, MeetingTime | None]:
    """A date, times and venue written on one line or a few joined lines."""
    found = _find_date(text, what, base)
    rest = text[: found.span[0]] + " , " + text[found.span[1] :] if found else text
    start, end, span = _find_times(rest)
    if span:
        rest = rest[: span[0]] + " , " + rest[span[1] :]
    if found is None or found.date is None:
        return found, None
    return found, MeetingTime(found.date, start, end, _place(rest))


def _next_meeting(lines: list[_Line], base: dt.date | None, used: set[int]) -> MeetingTime | None:
    """The "NEXT MEETING" block: a date line, a time line and "At <venue>", or all on one line."""
    for index, line in enumerate(lines):
        found = _next_meeting_words(line.text.strip()) if len(line.text) < 400 else None
        found = found or _LABELLED_NEXT.search(line.text)  # "... Civic Centre Next Board meeting: Tuesday 10 ..."
        if not found:
            continue
        parts = [found["rest"].replace("\t", " , ")] if found["rest"].strip() else []
        taken = [index]
        above = _WRAPPED_TITLE.match(lines[index - 1].text) if index and found.start() == 0 else None
        if above is not None:  # "10. Date and time of   Wednesday 15th April ..." / "next meeting   Civic Centre."
            parts, taken = [above["rest"], *parts], [index - 1, index]
        blanks = 0
        for later in range(index + 1, min(index + 12, len(lines))):
            text = lines[later].text.strip()
            if not text:
                blanks += 1
                if blanks > 2 or (parts and blanks > 1):
                    break
                continue
            text = re.sub(r"^\d{1,3}(?:\.\d{1,2})?\.?\t", "", text)  # "14.1<tab>Thursday 19th November 2009"
            if "\t" in text and not parts and not _has_date(text, base) and later == index + 1 + blanks:
                continue  # a table's heading repeated under the item ("Ref | Discussion | Action"): its row follows
            text = text.split("\t")[0].strip() if "\t" in text and not parts else text
            if len(text) > 100 and not parts:  # "Thursday 9th June 2022, 09:30 – 12:00, Teams (a face-to-face ..."
                text = re.split(r"\s*\(|(?<=[a-z])\.\s+(?=[A-Z])", text, maxsplit=1)[0]  # "... venue tbc. The ..."
            if len(text) > 100 or "\t" in text or _CLOSED.match(text) or not _meeting_part(text, base):
                break  # (not "The meeting closed at 4.40pm": when this one ended)
            if parts and _has_date(" ".join(parts), base) and _has_date(text, base):
                break  # a second date is something else ("Action log – ... 20 November 2019")
            parts.append(text)
            taken.append(later)
            if len(parts) >= 4:
                break
        _, meeting = _meeting_line(" , ".join(parts), "next meeting date", base)
        if meeting is not None:
            used.update(taken)
            return meeting
    return None


_REFERENCE = re.compile(rf"^{ROW_REFERENCE}\s+")
_WRAPPED_TITLE = re.compile(  # an item's title wrapped over its column, the date beside its first line
    r"^(?:\d{1,3}\.?\s+)?(?:date|time|venue)(?:\s+(?:and|&)\s+(?:date|time|venue))*\s+of(?:\s+the)?(?:\s{2,}|\t)(?P<rest>\S.*)$",
    re.I,
)
_CLOSED = re.compile(r"^(?:the\s+)?(?:meeting|board)\s+(?:closed|ended|finished)\b", re.I)
_LABELLED_NEXT = re.compile(  # "Next Board meeting: ..." inside a paragraph or a table cell, its colon written
    r"(?:^|[\s(;])(?:date\s+of\s+(?:the\s+)?)?next\s+(?:board\s+|[A-Z]{3,5}\s+)?meeting\s*:\s*(?P<rest>[^\t;]+)", re.I
)


_NEXT_HELD = re.compile(
    r"\bnext\s+(?:(?:board|ordinary|scheduled)\s+)?meeting\b(?:\s+of\s+the\s+\w+(?:\s+\w+)?)?\s+(?:will\s+|shall\s+|to\s+)?"
    r"be\s+held\s+on\s+(?P<rest>.+)$",
    re.I,
)
_NEXT_SAID = re.compile(  # notes written as chat: "Next one is Tues 11th Jan, 10am, Teams"
    r"^next\s+(?:one|meeting|session)\s+(?:is|will\s+be)\s+(?:on\s+)?(?P<rest>.+)$", re.I
)


def _next_meeting_words(text: str) -> re.Match[str] | None:
    """ "Date of next meeting: ..." at the start of a line, or of a table cell or the clause after "; " in it
    ("10.<tab>DATE OF NEXT MEETING; Tuesday 7 December 2010, 2.00pm"), with the rest of the row after it."""
    found = _NEXT_MEETING.match(text) or _NEXT_MEETING.match(_REFERENCE.sub("", text))  # "LSCB/09/28  DATE OF"
    if found is None and "\t" not in text:  # "RESOLVED – That the next meeting of the Board be held on ..."
        return _NEXT_HELD.search(text) or _NEXT_SAID.match(text)
    if found or "\t" not in text:
        return found
    for piece in re.finditer(r"(?:^|\t|;\s+)(?=\S)", text):
        if len(text[piece.end() :]) <= 30 and len([c for c in text[: piece.end()].split("\t") if c.strip()]) >= 3:
            continue  # "… | Dixon | Next Exec 30/06/23": an action's due date in a minute table's last cell
        rest = text[piece.end() :].replace("\t", " , ")
        found = _NEXT_MEETING.match(_REFERENCE.sub("", rest))
        if found:
            return found
    return None


def _has_date(text: str, base: dt.date | None) -> bool:
    try:
        return _find_date(text, "next meeting date", base) is not None
    except InvalidInput:
        return False


def _meeting_part(text: str, base: dt.date | None) -> bool:
    if _VENUE_CUE.match(text):
        return True
    try:
        return _find_date(text, "next meeting date", base) is not None or _find_times(text)[2] is not None
    except InvalidInput:
        return True  # read it, so that the date that does not exist is named


def _meeting(lines: list[_Line], used: set[int]) -> tuple[MeetingTime | None, str | None]:
    """The meeting's date, time and venue from the lines before the first agenda item, and its title."""
    header = [(i, line) for i, line in enumerate(lines) if line.item is None and i not in used]
    fields: dict[str, str] = {}
    for _, line in header:
        cells = [c.strip() for c in line.text.split("\t") if c.strip()]  # "Date:<tab><tab>9th July 2014"
        for number, cell in enumerate(cells):
            field = _FIELD.match(cell)
            if field is None and number + 1 < len(cells) and re.fullmatch(r"[A-Za-z ]{2,24}:?", cell):
                field = _FIELD.match(f"{cell.rstrip(':')}: {cells[number + 1]}")  # "Date<tab>12TH MARCH 2009"
            if field:
                key = _FIELD_KEYS.get(field["key"].lower(), "date")
                fields.setdefault(key, field["value"].strip())
    title = fields.get("title") or _first_heading([line for _, line in header])
    date_text = fields.get("date")
    found: _FoundDate | None = None
    if date_text is not None:
        found = _find_date(date_text, "meeting date")
    sent = _sent(header)
    if found is None and sent is not None:  # notes e-mailed after the meeting: its date, not the e-mail's
        found, date_text = _emailed(header, sent)
    if found is None:
        error: InvalidInput | None = None
        texts = [line.text for _, line in header if sent is None or not _MAIL_HEADER.match(line.text)]
        wrapped = [[a, f"{a.rstrip()} {b.strip()}"] if a.strip() else [a] for a, b in itertools.pairwise([*texts, ""])]
        for text in itertools.chain.from_iterable(wrapped):  # each line, then with the next: a title's date may wrap
            # ("... HELD ON TUESDAY 24 / NOVEMBER 2015", "held on 21 January / 2016"), before a later line's date
            if len(text) < 300 and not _FIELD.match(text.strip()):
                try:
                    found = _find_date(text, "meeting date")
                except InvalidInput as wrong:
                    error = error or wrong
                    continue
                if found is not None and found.date is not None:
                    date_text = text
                    break
        if (found is None or found.date is None) and error is not None:
            raise error
    if found is None or date_text is None:
        return None, title
    if found.date is None:
        raise InvalidInput(f"The meeting date '{found.wording}' has no year; write it in full, e.g. '15th May 2015'.")
    start, end, span = _find_times(fields.get("time", ""))
    if span is None:
        rest = date_text[: found.span[0]] + " " + date_text[found.span[1] :]
        start, end, _ = _find_times(rest)
    venue = fields.get("venue")
    return MeetingTime(found.date, start, end, venue.strip(" .")[:200] if venue else None), title


_MAIL_HEADER = re.compile(r"^\s*(?:from|sent|to|cc|bcc|date|importance|attachments?)\s*:", re.I)
_MAIL_KEYS = re.compile(r"^\s*(?P<key>from|sent|to|subject)\s*:\s*(?P<value>.*)$", re.I)


def _sent(header: list[tuple[int, _Line]]) -> dt.date | None:
    """The date an e-mail was sent, when the minutes are one (its "From:", "Sent:", "To:" lines at the top)."""
    fields: dict[str, str] = {}
    for _, line in header[:12]:
        found = _MAIL_KEYS.match(line.text.replace("\t", " "))
        if found:
            fields.setdefault(found["key"].lower(), found["value"])
    if not {"from", "sent"} <= fields.keys() or not {"to", "subject"} & fields.keys():
        return None
    try:
        when = _find_date(fields["sent"], "date sent")
    except InvalidInput:
        return None
    return when.date if when is not None else None


def _emailed(header: list[tuple[int, _Line]], sent: dt.date) -> tuple[_FoundDate | None, str | None]:
    """The meeting's date in e-mailed notes: the first date in the subject or the text that is not after the e-mail
    was sent ("Subject: QA sub-group 6 Feb - notes", "MHSCP EXECUTIVE - Tues 8 March 2022"), a year-less one in
    the year it was sent (or the year before)."""
    for _, line in header:
        text = line.text.replace("\t", " ")
        if _MAIL_HEADER.match(text) or len(text) > 400:
            continue
        try:
            found = _find_date(text, "meeting date")
        except InvalidInput:
            continue
        if found is None:
            continue
        day = found.date
        if day is None:  # "6 Feb": its latest day not after the e-mail
            latest = _find_date(text, "meeting date", sent - dt.timedelta(days=364))
            day = latest.date if latest is not None else None
        if day is not None and day <= sent:
            return _FoundDate(day, found.wording, found.span), text
    for _, line in header:  # "a quick note of Monday's sub-group", "yesterday's meeting": counted back from sending
        said = _DAY_BEFORE.search(line.text) if not _MAIL_HEADER.match(line.text) or line.text.lower().startswith(
            "subject") else None  # fmt: skip
        if said is None:
            continue
        word = said["day"].lower()
        back = 1 if word == "yesterday" else (sent.weekday() - _WEEKDAYS.index(word[:3])) % 7
        return _FoundDate(sent - dt.timedelta(days=back), said[0], said.span()), line.text
    return None, None


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY_BEFORE = re.compile(
    r"\b(?:(?:on|last)\s+)?(?P<day>monday|tuesday|wednesday|thursday|friday|yesterday)(?:['’]s)?\s+"
    r"(?:(?:[\w&-]+\s+){0,4})?(?:meeting|sub-?group|group|board|panel|exec(?:utive)?|forum|session|call)\b",
    re.I,
)


def _first_heading(lines: list[_Line]) -> str | None:
    for line in lines:
        text = line.text.strip()
        if not text or "\t" in text or len(text) > 120 or fold(text) in {"minutes", "draft minutes"}:
            continue
        if _FIELD.match(text) or _LABEL.match(text) or _NEXT_MEETING.match(text):
            continue
        return text
    return None
