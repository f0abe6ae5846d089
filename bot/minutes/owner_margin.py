"""A narrow "Action" column pasted as text: the owner at the right-hand end of a minute's line, after a long run of
spaces ("... to be brought to the June meeting." / "                KM/JT").

Copied out of a PDF, a minute table whose last column holds only who is to act ("Item  Minute  Action by", or
"ACTION" alone over the right margin) arrives as the minute's lines with the owner at the column's place on the
line where the action is written, or on a line of its own under it. The heading gives the column; each owner is
taken off its line and its action is the sentence of the paragraph that names them, else the sentence the line
ends in (one that only says "This is to be provided ..." with the sentence before it), else a plain "X to ..."
sentence after it. That sentence is written again on a line of its own tagged with the owner ("... [Action:
KM/JT]"), the form :mod:`bot.minutes.action_fields` reads; the rest of the paragraph is left as it was.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from bot.minutes.markers import CARRIED_FORWARD

_CHUNK = re.compile(r"\S(?:.*?\S)??(?=\s{2,}|\s*$)")
_HEAD_CELL = re.compile(
    r"^(?:actions?|action\s+by|by\s+whom|who|lead|owner|responsible|action\s*/\s*(?:lead|owner))$", re.I
)
_MARKED = re.compile(r"^actions?\s*(?::|[–—]|-\s)", re.I)
_DATE_HEAD = re.compile(r"^(?:date|due(?:\s+date)?|by\s+when|when|target(?:\s+date)?|deadline|timescale)$", re.I)
_LEFT_HEAD = re.compile(
    r"^(?:item|no\.?|minute|minutes|discussion|notes?|agenda item|ref\.?|paragraph)(?:\s*/\s*(?:decisions?|notes?))?$",
    re.I,
)
_NOTHING = re.compile(
    r"^(?:noted|none|n/?a|nil|agreed|approved|(?:for\s+)?info(?:rmation)?|page\s+\d+\s+of\s+\d+|-+|–|—|"
    r"complete[d]?|closed|done|ongoing|withdrawn|superseded|actions?\s+(?:log|tracker))\.?$"  # an older action's status
    rf"|.*\b{CARRIED_FORWARD}\b",  # "LC – c/f", "RV (c/f)": carried forward from an earlier meeting, not new
    re.I,
)
_NUMBERED = re.compile(r"^\d{1,3}(?:\.\d{1,2})*[.)]\s|^\d{1,3}(?:\.\d{1,2})+\s")  # "4.", "2.3", "2.3.1)"
_ITEM = re.compile(r"^(?:\d{1,3}[.)]?|\d{1,3}/\d{1,3})\s")  # "4.  Safeguarding Adults ...", "10/17 ...": a title
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(])")
_PRONOUN = re.compile(r"^(?:this|it|these|they|that)\b", re.I)
_ACTIVE = re.compile(  # "CL to circulate the draft", "PT and NH will produce", "The Chair will write"
    r"^(?:the\s+)?[A-Z][\w'’&/-]*(?:\s+(?:and|&|[A-Z][\w'’&/-]*|sub-?group|panel|partners|agencies|members)){0,5}"
    r"\s+(?:to|will|agreed\s+to|are\s+to|is\s+to)\s+(?!be\b)[a-z]"
)
_WRAPPED = re.compile(r"(?:/|&|,|\band)$")  # an owner cell wrapped onto the next line: "Learning and"
_BODY_WORD = re.compile(r"^(?:sub-?group|group|panel|committee|team|partnership|forum|board|unit|service)s?$", re.I)
_HEAD_NOUN = re.compile(  # the second line of an owner cell naming a body's people: "Sub-group" / "chairs"
    r"^(?:chairs?|leads?|members|managers?|co-?ordinators?|representatives|reps)$", re.I
)
_MARGIN_NOTE = re.compile(r"^actions?\s*[:–—-]\s*[A-Z][\w/&,’' -]{0,30}$", re.I)  # "Action: KBe", "Action – PH/AT"
_SUMMARY_DATE = re.compile(  # the date at the end of a summary: "… 29/02/24", "– next mtg", "– end Mar", "Sept 24"
    r"(?:^|\s)(?:[–—-]\s*)?(?P<when>\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|(?:end\s+(?:of\s+)?)?[A-Z][a-z]{2,8}\.?\s+'?\d{2,4}"
    r"|end\s+(?:of\s+)?[A-Z][a-z]{2,8}|next\s+(?:mtg|meeting|board)|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8})\s*$"
)
_SUMMARY_HEAD = re.compile(r"^(?:actions?(?:\s+(?:agreed|required))?|summary)$", re.I)
_MIN_COLUMN = 40  # characters: where a margin column can start
_TOLERANCE = 4


@dataclass
class _Paragraph:
    lines: list[int] = field(default_factory=list)  # raw line indexes of its text
    texts: list[str] = field(default_factory=list)  # each line's text, the owner taken off
    owners: list[tuple[int, str]] = field(default_factory=list)  # (the text line it ends, the owner)
    taken: list[int] = field(default_factory=list)  # lines holding only an owner
    dues: dict[int, str] = field(default_factory=dict)  # an owner's date from a date column: owners' index -> date
    summaries: dict[int, str] = field(default_factory=dict)  # an owner's words in a summary column: index -> words


def _chunks(line: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in _CHUNK.finditer(line.expandtabs(8))]


def margin_heading(line: str) -> int | None:
    """Where the owner column starts, when ``line`` is its heading ("Item   Minute   Action by", "ACTION", or
    "Minute   Discussion   Action by   Date" with a date column after it)."""
    if "\t" in line or len(line) > 200:
        return None
    chunks = _chunks(line)
    if len(chunks) >= 2 and _DATE_HEAD.match(chunks[-1][1]) and _HEAD_CELL.match(chunks[-2][1]):
        chunks = chunks[:-1]
    if not chunks or chunks[-1][0] < _MIN_COLUMN or not _HEAD_CELL.match(chunks[-1][1]):
        return None
    if summary_heading(line) is not None:
        return chunks[-1][0]  # "Action   Lead" over the right margin: the lead's column
    return chunks[-1][0] if all(_LEFT_HEAD.match(text) for _, text in chunks[:-1]) else None


def summary_heading(line: str) -> int | None:
    """Where a column of short action summaries starts, when ``line`` heads the right margin with it and the lead
    beside it ("Action   Lead", nothing over the minute's own text); None otherwise."""
    chunks = _chunks(line) if "\t" not in line and len(line) <= 200 else []
    if len(chunks) == 2 and chunks[0][0] >= _MIN_COLUMN and _SUMMARY_HEAD.match(chunks[0][1]):
        return chunks[0][0] if _HEAD_CELL.match(chunks[1][1]) and not _SUMMARY_HEAD.match(chunks[1][1]) else None
    return None


def _summary_cut(line: str, begin: int | None, end: int) -> tuple[str, str]:
    """A line without what it writes in the summary column (from ``begin`` up to the lead's column ``end``), and
    that text."""
    if begin is None:
        return line, ""
    kept: list[tuple[int, str]] = []
    cut: list[tuple[int, str]] = []
    for start, text in _chunks(line):
        (cut if begin - _TOLERANCE <= start < end - _TOLERANCE else kept).append((start, text))
    out = ""
    for start, text in kept:
        out = f"{out}{' ' * max(start - len(out), 2 if out else 0)}{text}"
    return out, " ".join(text for _, text in cut)


def date_heading(line: str) -> int | None:
    """Where the date column after the owner column starts, when ``line`` is their heading ("Action by   Date")."""
    chunks = _chunks(line)
    return chunks[-1][0] if margin_heading(line) is not None and _DATE_HEAD.match(chunks[-1][1]) else None


def _date_cut(line: str, column: int | None) -> tuple[str, str | None]:
    """A line without the piece written in the date column, and that piece ("end of" / "April")."""
    chunks = _chunks(line)
    if column is None or not chunks or chunks[-1][0] < column - _TOLERANCE or len(chunks[-1][1]) > 20:
        return line, None
    if len(chunks) > 1 and chunks[-1][0] - (chunks[-2][0] + len(chunks[-2][1])) < 2:
        return line, None
    return line[: chunks[-1][0]].rstrip(), chunks[-1][1]


def owner_margin(raw: list[str]) -> list[str]:
    """``raw`` with each owner written in a right-hand action column moved to a tag after its action."""
    headed = next((n for n, line in enumerate(raw) if margin_heading(line) is not None), None)
    headless = _headless(raw) if headed is None else None
    if headed is not None:
        start, column = headed, margin_heading(raw[headed]) or 0
    elif headless is not None:
        start, column = headless
    else:
        return raw
    dates = date_heading(raw[start]) if headless is None else None
    summary = summary_heading(raw[start]) if headless is None else None
    repeated = Counter(line.strip() for line in raw if len(line.strip()) >= 12)
    paragraphs: list[_Paragraph] = []
    current: _Paragraph | None = None
    gap = False  # blank lines or page furniture since the last text
    headings = []  # the heading again on a new page: dropped
    last_owner_line = -1
    for index in range(start + 1, len(raw)):
        if margin_heading(raw[index]) is not None:
            headings.append(index)
        line = raw[index].expandtabs(8)
        if not line.strip() or "\t" in raw[index] or margin_heading(line) is not None or repeated[line.strip()] > 1:
            gap = gap or current is not None
            if "\t" in raw[index]:
                current = None
            continue
        line, due = _date_cut(line, dates)
        line, summarised = _summary_cut(line, summary, column)
        if not line.strip():  # only the summary column's words: the minute's action, said again in short
            if current is not None and current.owners and summarised:
                _add_summary(current, summarised)
            continue
        if re.search(rf"\b{CARRIED_FORWARD}\b", summarised, re.I):
            line = f"{line.rstrip()}  (c/f)"  # "Action 32 c/f to April   KP": an older action's lead
        if not line.strip():  # only a date: the rest of the date above ("end of" / "April")
            if current is not None and current.owners:
                last_due = len(current.owners) - 1
                current.dues[last_due] = f"{current.dues.get(last_due, '')} {due}".strip()
                current.taken.append(index)
            continue
        text, owner = _split(line, column)
        if not text:  # an owner on a line of its own: the line above is where its action ends
            if current is not None and current.lines and owner:
                last = current.owners[-1] if current.owners else None
                wrapped = last is not None and bool(
                    _WRAPPED.search(last[1])
                    or owner[:1].islower()
                    or _BODY_WORD.match(owner)
                    or dates is not None  # "SAB" / "Manager" beside a date column
                )
                if last is not None and wrapped and last_owner_line == index - 1:
                    current.owners[-1] = (last[0], f"{last[1]} {owner}")  # "Learning and" / "Development Sub-group"
                else:
                    current.owners.append((len(current.lines) - 1, owner))
                current.taken.append(index)
                last_owner_line = index
                _add_due(current, due)
            continue
        words = text.strip()
        runs_on = current is not None and gap and not re.search(r"[.!?:]$", current.texts[-1]) and words[:1].islower()
        if current is None or _NUMBERED.match(words) or (gap and not runs_on):
            current = _Paragraph()
            paragraphs.append(current)
        gap = False
        current.lines.append(index)
        current.texts.append(text)
        last = current.owners[-1] if current.owners else None
        wraps = last is not None and (dates is not None or re.search(r"(?:-|\ball)$", last[1], re.I))
        noun = owner is not None and bool(_HEAD_NOUN.match(owner))  # "SUB-GROUP" / "CHAIRS": one owner wrapped
        wraps = wraps or (last is not None and noun)
        if (
            owner
            and last is not None
            and wraps
            and last_owner_line == index - 1
            and (owner[:1].islower() or _HEAD_NOUN.match(owner))
        ):
            joined = f"{last[1]}{owner}" if last[1].endswith("-") else f"{last[1]} {owner}"
            current.owners[-1] = (last[0], joined)  # "All" / "partners" beside a date column, "QA sub-" / "group"
        elif owner:
            current.owners.append((len(current.lines) - 1, owner))
        last_owner_line = index if owner else last_owner_line
        _add_due(current, due)
        if summarised and current.owners:
            _add_summary(current, summarised)
    for paragraph in paragraphs:
        for key, words in paragraph.summaries.items():
            if key not in paragraph.dues and (when := _SUMMARY_DATE.search(words)):
                paragraph.dues[key] = when["when"]  # "Re-audit Sept 24", "plans to KP – 15/03": its date
        dated = [
            (n, f"{o}, {paragraph.dues[k]}" if k in paragraph.dues else o) for k, (n, o) in enumerate(paragraph.owners)
        ]
        paragraph.owners = _with_dues(dated)
    out: list[list[str]] = [[line] for line in raw]
    for paragraph in paragraphs:
        for index, text in zip(paragraph.lines, paragraph.texts, strict=True):
            out[index] = [text]  # the owner taken off (a "Noted" with it)
        for index in paragraph.taken:
            out[index] = []
    for index in headings:
        out[index] = []
    if headless is None and any(paragraph.owners for paragraph in paragraphs):
        out[start] = []  # the column's heading ("ACTION"): not an "Actions:" list

    for paragraph in paragraphs:
        if any(not _NOTHING.match(owner) for _, owner in paragraph.owners):
            for index in paragraph.lines:
                out[index] = []
            out[paragraph.lines[0]] = _tagged(paragraph)
    return [line for lines in out for line in lines]


def _headless(raw: list[str]) -> tuple[int, int] | None:
    """(the line before, the column) of a right-hand margin of "Action: KB" notes with no heading over it: three or
    more at the same place, each after a wide gap ("... will be circulated to panel        Action: KBe")."""
    places: list[tuple[int, int]] = []
    for index, line in enumerate(raw):
        chunks = _chunks(line) if "\t" not in line and len(line) < 200 else []
        if len(chunks) < 2 or chunks[-1][0] < _MIN_COLUMN or not _MARGIN_NOTE.match(chunks[-1][1]):
            continue
        if chunks[-1][0] - (chunks[-2][0] + len(chunks[-2][1])) >= 4:
            places.append((index, chunks[-1][0]))
    if not places:
        return None
    column = Counter(at for _, at in places).most_common(1)[0][0]
    near = [index for index, at in places if abs(at - column) <= _TOLERANCE]
    if len(near) < 3:
        return None
    start = near[0]
    while start > 0 and raw[start - 1].strip():
        start -= 1  # from the paragraph's first line
    return start - 1, column


def _add_summary(paragraph: _Paragraph, words: str) -> None:
    """Words of the summary column added to those of the paragraph's last owner."""
    key = len(paragraph.owners) - 1
    paragraph.summaries[key] = f"{paragraph.summaries.get(key, '')} {words}".strip()


def _add_due(paragraph: _Paragraph, due: str | None) -> None:
    """A date column's piece added to the date of the paragraph's last owner."""
    if due is not None and paragraph.owners:
        last = len(paragraph.owners) - 1
        paragraph.dues[last] = f"{paragraph.dues.get(last, '')} {due}".strip()


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_SEASON = r"(?:spring|summer|autumn|winter)"
# A due date written in the column under its owner: "4th May", "31.05.12", "June mtg", "End May", "Autumn term".
_WHEN_CELL = re.compile(
    r"^(?:(?:by|end(?:\s+of)?|before|early|mid|late|w/?c)\s+)?(?:the\s+)?(?:"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTH}(?:\s+\d{{2,4}})?(?:\s+(?:mtg|meeting|board))?"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|(?:next|following)\s+(?:mtg|meeting|board)"
    rf"|{_SEASON}(?:\s+(?:term|\d{{4}}))?|asap|ongoing|immediate(?:ly)?|tbc|q[1-4](?:\s+\d{{2,4}})?)$",
    re.I,
)


def _with_dues(owners: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A paragraph's column cells with an owner's wrapped end ("Police / Health" + "/ Probation") joined to it and
    the due date written under an owner ("LF" + "4th May", "End of summer" + "term") joined as "LF, 4th May"."""
    out: list[tuple[int, str]] = []
    dated: set[int] = set()  # the owners in out that have their date
    for line, written in owners:
        cell = re.sub(r"\bmtg\b", "meeting", written, flags=re.I)
        last = len(out) - 1
        if out and last not in dated and re.match(r"^[/&+]", cell) and not _NOTHING.match(out[last][1]):
            out[last] = (out[last][0], f"{out[last][1]} {cell}")  # the owner cell wrapped
        elif (
            out
            and last in dated
            and cell[:1].islower()
            and _WHEN_CELL.match(f"{out[last][1].rsplit(', ', 1)[1]} {cell}")
        ):
            out[last] = (out[last][0], f"{out[last][1]} {cell}")  # the date wrapped: "End of summer" + "term"
        elif out and last not in dated and _WHEN_CELL.match(cell) and not _NOTHING.match(out[last][1]):
            out[last] = (out[last][0], f"{out[last][1]}, {cell}")
            dated.add(last)
        elif out and last not in dated and cell[:1].islower() and not _NOTHING.match(cell):
            out[last] = (out[last][0], f"{out[last][1]} {cell}")  # "All member" + "agencies": the owner wrapped
        else:
            out.append((line, cell))
    return out


def _split(line: str, column: int) -> tuple[str, str | None]:
    """A line's text and the owner written in the column at its end (None when there is none)."""
    chunks = _chunks(line)
    begin, last = chunks[-1]
    if begin < column - _TOLERANCE or len(last) > 30 or len(last.split()) > 5:
        return line.rstrip(), None
    gap = begin - (chunks[-2][0] + len(chunks[-2][1])) if len(chunks) > 1 else 99
    tight = len(chunks) > 1 and abs(begin - column) <= _TOLERANCE and not re.search(r"[.!?:;,]$", chunks[-2][1])
    if gap < 3 and not (gap == 2 and tight):  # "... the project plan and  ME": the column where it starts
        return line.rstrip(), None
    return line[:begin].rstrip(), re.sub(r"^actions?\s*[:–—-]\s*", "", last, flags=re.I) or None  # "ACTION: JB"


def _tagged(paragraph: _Paragraph) -> list[str]:
    """The paragraph's lines with each owner's action written again on a line of its own, tagged with the owner."""
    indent = min(len(t) - len(t.lstrip()) for t in paragraph.texts)
    text, ends = "", []
    for number, line in enumerate(paragraph.texts):
        part = line.strip()
        following = paragraph.texts[number + 1].strip() if number + 1 < len(paragraph.texts) else ""
        title = number == 0 and bool(_ITEM.match(part)) and following[:1].isupper() and part[-1:] not in ".!?:,;"
        text = f"{text} {part}" if text else part
        ends.append(len(text))
        if title or part.endswith(":"):
            text += "\n"  # a numbered item's title, "Matters arising:": a sentence of its own
    spans = _spans(text)
    anchors = [_at(spans, ends[line] - 1) for line, _ in paragraph.owners]
    chosen: dict[tuple[int, int], list[str]] = {}
    for number, ((_, owner), anchor) in enumerate(zip(paragraph.owners, anchors, strict=True)):
        if _NOTHING.match(owner):
            continue
        low = anchors[number - 1] + 1 if number else 0
        high = anchors[number + 1] - 1 if number + 1 < len(anchors) else len(spans) - 1
        pick = _choose(text, spans, anchor, max(low, 0), max(high, anchor), owner)
        first = pick - 1 if pick > 0 and _PRONOUN.match(_said(text, spans[pick])) else pick
        chosen.setdefault((spans[first][0], spans[pick][1]), []).append(owner)
    out: list[str] = []
    cursor = 0
    for (begin, end), owners in sorted(chosen.items()):
        if begin < cursor:
            continue
        out.extend(_lines_of(text[cursor:begin], indent))
        out.append(" " * indent + f"{_said(text, (begin, end))} [Action: {' / '.join(dict.fromkeys(owners))}]")
        cursor = end
    out.extend(_lines_of(text[cursor:], indent))
    return out


def _spans(text: str) -> list[tuple[int, int]]:
    """The sentences of a paragraph as (start, end) offsets."""
    spans, begin = [], 0
    for found in re.finditer(rf"{_SENTENCE_END.pattern}|\n", text):
        if text[begin : found.start()].strip():
            spans.append((begin, found.start()))
        begin = found.end()
    if text[begin:].strip():
        spans.append((begin, len(text)))
    return spans or [(0, len(text))]


def _at(spans: list[tuple[int, int]], offset: int) -> int:
    return next((n for n, (_, end) in enumerate(spans) if offset < end), len(spans) - 1)


def _said(text: str, span: tuple[int, int]) -> str:
    return re.sub(r"\s+", " ", text[span[0] : span[1]]).strip()


def _choose(text: str, spans: list[tuple[int, int]], anchor: int, low: int, high: int, owner: str) -> int:
    """The sentence that is the owner's action: one that names them (saying what they will do, else the nearest
    to where the owner is written, after it before before it), else the one the owner's line ends in, unless that
    only says what will be done and a sentence after it says who does what."""
    if _MARKED.match(_said(text, spans[anchor])):  # "Action: Re-send the protocol ...": the minutes say which
        return anchor
    order: list[int] = [anchor, *range(anchor + 1, high + 1), *range(anchor - 1, low - 1, -1)]
    named: list[int] = [n for n in order if names_in(owner, _said(text, spans[n]))]
    if named:  # "SB said ..." / "AK and SB will take a paper ...": the one that says what they will do
        active: list[int] = [n for n in named if _ACTIVE.match(_said(text, spans[n]))]
        return (active or named)[0]
    if not _ACTIVE.match(_said(text, spans[anchor])):
        return next((n for n in range(anchor + 1, high + 1) if _ACTIVE.match(_said(text, spans[n]))), anchor)
    return anchor


def names_in(owner: str, sentence: str) -> bool:
    """Whether a sentence names one of an owner cell's owners ("GT/PS", "Jo Smith", "All agencies"): their
    initials as written, else their last word."""
    for part in re.split(r"\s*(?:/|&|,|\band\b)\s*", owner.strip()):
        last = part.split()[-1] if part.split() else ""
        if len(last) < 2:
            continue
        initials = bool(re.fullmatch(r"[A-Z][A-Za-z]{0,2}[A-Z]", last))
        if re.search(rf"(?<![\w-]){re.escape(last)}(?![\w-])", sentence, 0 if initials else re.I):
            return True
    return False


def _lines_of(text: str, indent: int) -> list[str]:
    return [" " * indent + part.strip() for part in text.split("\n") if part.strip()]
