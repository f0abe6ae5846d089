"""Actions whose owner and date are written as fields or tags around the sentence that says what: an action line
("A3 ...", "Action: ...") or a box ("ACTION QAP/18/21", the task, "Lead: KD   Target date: 31 August 2018") with
field lines after it, a paragraph that ends with its fields ("... Lead: Priya Nandha. Due: w/c 5 October.", "...
(Lead: X; Due: Y)"), a tag at a paragraph's end ("[ACTION: LD/KB, end of March]"), a closing summary, one a line
("Summary of actions", "1. DO – circulate the dashboard – immediate"), and an owner column beside the minute's
paragraphs (:mod:`bot.minutes.action_column`). Each is handed on as a :class:`TableAction`: who and when as written.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from bot.minutes.action_cell import owners_then_date
from bot.minutes.action_column import owner_column
from bot.minutes.lines import _Line
from bot.minutes.markers import SUMMARY_OF_ACTIONS
from bot.minutes.table_rows import FIELD_LINE, SENTENCE, WHEN_KEYS, TableAction, clean, looks_like_when
from bot.understanding.date_words import MONTH_NUMBERS, MONTH_WORDS

# Actions numbered in the text ("A3  Fire and Rescue Service to sign the agreement."), or marked "Action:", with
# their owner and date on field lines of their own ("Lead: Craig Nesbitt   By: 30th April 2011").
_NUMBERED_ACTION = re.compile(r"^(?:A|AP|Action\s*(?:No\.?\s*)?)(?P<n>\d{1,3})[.:)]?\s+(?P<task>\S.{4,})$")
_MARKED_ACTION = re.compile(r"^(?:ACTIONS?|Actions?)\s*(?::|[–—]|-(?=\s))\s*(?P<task>\S.{4,})$")


def action_blocks(lines: list[_Line], skip: set[int]) -> tuple[list[TableAction], set[int]]:
    """Actions whose owner (and date) follow on field lines: the action line, then "Lead: ..." / "By: ..."."""
    actions: list[TableAction] = []
    taken: set[int] = set()
    for index, line in enumerate(lines):
        if index in skip or index in taken:
            continue
        text = line.text.strip()
        tagged = _tagged(text, line.item)
        if tagged is not None:  # "... KB to bring the plan to the next meeting. [ACTION: KB, next Board]"
            actions.append(tagged)
            taken.add(index)
            continue
        beside = owner_column(lines, index, skip | taken)
        if beside is not None:  # "Action" over a borderless column that holds only the owner
            found, used = beside
            actions.extend(found)
            taken.update(used)
            continue
        listed = _summary(lines, index, skip)
        if listed is not None:  # "Summary of actions", then "1. DO – circulate the dashboard – immediate"
            found, used = listed
            actions.extend(found)
            taken.update(used)
            continue
        fielded = _fielded(lines, index, skip)
        if fielded is not None:  # "WSCP/20/32 – Circulate the data. Lead: Priya Nandha. Due: w/c 5 October."
            action, used = fielded
            actions.append(action)
            taken.update(used)
            continue
        boxed = _boxed(lines, index, skip | taken)
        if boxed is not None:  # "ACTION QAP/18/21", "KD to add ...", "Lead: KD<tab>Target date: 31 August 2018"
            action, used = boxed
            actions.append(action)
            taken.update(used)
            continue
        card = _CARD.match(text)  # "ACTION 11/23<tab>Send the amendments ...", "Lead<tab>NG", "Target date<tab>..."
        start = card or _NUMBERED_ACTION.match(text) or _MARKED_ACTION.match(text)
        if start is None or ("\t" in text and card is None):
            continue
        who = when = None
        row = index + 1
        while row < len(lines) and row - index <= 3:
            fields = list(FIELD_LINE.finditer(_CARD_FIELD.sub(r"\g<key>: ", lines[row].text.strip())))
            if not fields or fields[0].start() != 0:
                break
            for field in fields:
                if WHEN_KEYS.match(field["key"]):
                    when = when or field["value"].strip(" .")
                else:
                    who = who or field["value"].strip(" .")
            taken.add(row)
            row += 1
        if who is None and when is None:
            continue
        taken.add(index)
        actions.append(TableAction(line.item, start["task"].strip().rstrip("."), who, when))
    return actions, taken


_CARD = re.compile(
    r"^(?:ACTIONS?|Actions?)(?:\s+(?:no\.?\s*)?[A-Z]{0,8}[/-]?\d[\w/.-]{0,14})?\s*:?\t(?P<task>\S.{4,})$"
)
_CARD_FIELD = re.compile(  # a card's field row: "Lead<tab>NG (Board Manager)", "Target date<tab>30/11/11"
    r"^(?P<key>lead(?:\s+officer)?|owner|responsible|by\s+whom|action\s+by|by\s+when|due(?:\s+date)?|deadline|"
    r"target(?:\s+date)?|timescale)\s*:?\t",
    re.I,
)
_ASAP_WORDS = re.compile(r"^(?:asap|as soon as possible|immediately|immediate|urgent(?:ly)?|now)\.?$", re.I)
_NO_DATE_WORDS = re.compile(
    r"^(?:ongoing|on-going|tbc|tba|to be (?:confirmed|agreed)|n/?a|continuous|various)\.?$", re.I
)
_BOX_START = re.compile(r"^(?:ACTIONS?|Actions?)(?:\s+(?:no\.?\s*)?[A-Z]{0,8}[/-]?\d[\w/.-]{0,14})?\s*[:.]?$")
_BOX_TASK = re.compile(
    r"^(?:ACTIONS?|Actions?)\s+(?:no\.?\s*)?[A-Z]{0,8}[/-]?\d[\w/.-]{0,14}\s*[:.–—-]\s*(?P<task>\S.*)$"
)
_HEADING = re.compile(r"^(?:ACTIONS?|Actions?)(?:\s+agreed)?\s*:?$")
_WHO_KEY = re.compile(r"^(?:lead(?:\s+officer)?|owner|responsible|responsibility|who|by\s+whom|action\s+by)$", re.I)
_INLINE_WHO = re.compile(  # "... to partners. Lead: X. Due: Y.", "... to partners (Lead: X; Due: Y)."
    r"(?:(?<=[.;])\s+|\s*(?P<paren>\())(?:lead(?:\s+officer)?|owner|responsible|responsibility|by\s+whom|action\s+by)"
    r"\s*:\s*",
    re.I,
)
_KEY_AT_END = re.compile(
    r"(?:^|\s)(?:lead|owner|responsible|responsibility|due|deadline|target date|by when|by)\s*:$", re.I
)
_LEADING_REF = re.compile(r"^(?:[A-Z]{1,8}[/-]?\d{1,4}(?:[/.-]\d{1,4}){0,3}|\d{1,3}[.)]?)\s*(?:[–—:-]\s*)?(?=\S)")
_ENDS_SENTENCE = re.compile(r"[.!?:]$")


_NUMBERED = re.compile(r"^\d{1,3}[.)]?\t\s*")
_ITEM_CITED = re.compile(r"^\((?:item|minute|min\.?)\s+(?P<item>\d{1,3}(?:\.\d{1,2})?)\)\s*", re.I)
_DASHED = re.compile(r"\s+[–—]\s+|\s+-\s+")
_OWNERS = re.compile(  # "DO", "Mr Okafor / RB", "Health partners", "Business Manager", "All partners"
    r"^(?:(?:Mr|Mrs|Ms|Dr|Cllr|DCI|DI|Supt)\.?\s+)?[A-Z][\w'’.&-]*(?:(?:\s*(?:/|&|,)\s*|\s+and\s+|\s+)"
    r"(?:[A-Z][\w'’.&-]*|partners|members|agencies|sub-?group|group|team|lead|manager))*"
    r"(?:\s*\([A-Z][^()]{1,40}\))?$"  # "Vale MBC (Keith Amberley)"
)
_COLON_LED = re.compile(r"^(?P<who>[^:]{2,40}?)\s*:\s+(?P<task>\S.{8,})$")
_BRACKETED = re.compile(r"^(?P<task>.{8,}?)\s*\((?P<who>[^()]{1,40})\)$")
_UNDATED = re.compile(r"^(?:tbc|tba|ongoing|on-going|immediate(?:ly)?|asap|n/?a)\.?$", re.I)


def _summary(lines: list[_Line], index: int, skip: set[int]) -> tuple[list[TableAction], set[int]] | None:
    """The actions listed under a "Summary of actions" heading, one a line: "DO – circulate the dashboard –
    immediate" or "Circulate the dashboard – DO – immediate" (owners first or second, the date last)."""
    if not SUMMARY_OF_ACTIONS.match(lines[index].text.strip()):
        return None
    actions: list[TableAction] = []
    used = {index}
    row = index
    while row + 1 < len(lines):
        row += 1
        text = _NUMBERED.sub("", lines[row].text.strip())  # "1.<tab>(Item 3) Collier – ...": a Word list's number
        if row in skip or "\t" in text:
            break
        if not text:
            continue
        numbered = _NUMBER_SPACE.match(text)
        if numbered:  # "1. (Item 3) CCG to report ... individual" and its wrapped line: one action
            text = text[numbered.end() :]
            while row + 1 < len(lines) and _wrapped_on(lines[row + 1].text, row + 1, skip):
                row += 1
                used.add(row)
                text = f"{text} {lines[row].text.strip()}"
        item, cited = lines[row].item, _ITEM_CITED.match(text)
        if cited:  # "(Item 3) Collier – agree the date – by 22 November": the item the action came from
            item, text = cited["item"], text[cited.end() :]
        action = _summary_line(_LEADING_REF.sub("", text), item)
        listed = numbered or cited or lines[row].bulleted  # one of a numbered or bulleted list
        if action is None and listed and _SUBJECT_TO.match(text):
            action = TableAction(item, clean(text), None, None)  # "Board Manager to draft ... by 28 June": read whole
        if action is None:
            break
        actions.append(action)
        used.add(row)
    return (actions, used) if actions else None


_NUMBER_SPACE = re.compile(r"^\d{1,3}[.)]\s+(?=\S)")
_SUBJECT_TO = re.compile(r"^(?:\(\w[^()]{0,20}\)\s*)?[A-Z][^.;:]{1,80}?\s+to\s+(?:be\s+)?[a-z]{3,}")


def _wrapped_on(text: str, row: int, skip: set[int]) -> bool:
    """Whether a line carries on the numbered action above it: text that starts no new number or heading."""
    text = text.strip()
    return (
        bool(text)
        and row not in skip
        and "\t" not in text
        and not _NUMBER_SPACE.match(text)
        and (text[:1].islower() or text[:1].isdigit() or not _ENDS_SENTENCE.search(text) or len(text.split()) <= 6)
        and not SUMMARY_OF_ACTIONS.match(text)
    )


def _summary_line(text: str, item: str | None) -> TableAction | None:
    """One line of an action summary, or None when it is not "owners – task – date", "task – owners – date" or
    "task (owners) – date"."""
    parts = [p.strip(" .;") for p in _DASHED.split(text) if p.strip(" .;")]
    dated = len(parts) >= 2 and bool(_UNDATED.match(parts[-1]) or looks_like_when(parts[-1]))
    when = parts.pop() if dated and (len(parts) >= 3 or _BRACKETED.match(parts[0])) else None
    bracket = _BRACKETED.match(" – ".join(parts))
    if len(parts) >= 2 and len(parts[0].split()) <= 6 and _OWNERS.match(parts[0]):
        who, task = parts[0], " – ".join(parts[1:])
    elif len(parts) >= 2 and len(parts[-1].split()) <= 6 and _OWNERS.match(parts[-1]):
        who, task = parts[-1], " – ".join(parts[:-1])
    elif bracket and _OWNERS.match(bracket["who"].strip()):
        who, task = bracket["who"].strip(), bracket["task"]  # "Circulate the dashboard (DO) – immediate"
    elif (led := _COLON_LED.match(" – ".join(parts))) and _OWNERS.match(led["who"]):
        who, task = led["who"], led["task"]  # "AL: circulate the policy by 30 June", "WP: review it – May"
        if when is None and len(parts) == 2 and (_UNDATED.match(parts[1]) or looks_like_when(parts[1])):
            task, when = led["task"][: -len(parts[1])].rstrip(" –"), parts[1]
    else:
        return None
    return TableAction(item, clean(task[:1].upper() + task[1:]), who, when)


def _owner_and_date(text: str) -> tuple[str | None, str | None]:
    """The owner and the date of field text ("Lead: KD<tab>Target date: 31 August 2018")."""
    who = when = None
    for field in FIELD_LINE.finditer(text):
        value = field["value"].strip(" .;,\t")
        if value.endswith(")") and value.count(")") > value.count("("):
            value = value[:-1].strip(" .;,")  # "(Lead: X; Due: Y)"
        if WHEN_KEYS.match(field["key"]):
            when = when or value or None
        elif _WHO_KEY.match(field["key"]):
            who = who or value or None
    return who, when


def _fielded(lines: list[_Line], index: int, skip: set[int]) -> tuple[TableAction, set[int]] | None:
    """A paragraph that says what and then gives its owner and date as fields, "... Lead: X. Due: Y.", its lines
    wrapped where a field begins or after a field's name; the "Actions:" heading above it is taken with it."""
    text = lines[index].text.strip()
    used = {index}
    while (following := index + len(used)) < len(lines) and following not in skip:
        more = lines[following].text.strip()
        if not more or "\t" in more or not (_KEY_AT_END.search(text) or (FIELD_LINE.match(more) and
                                                                       _INLINE_WHO.search(text))):  # fmt: skip
            break
        text = f"{text} {more}"
        used.add(following)
    found = _INLINE_WHO.search(text)
    if found is None or "\t" in text:
        return None
    if found["paren"] and not re.fullmatch(r"\([^()]*\)\s*\.?", text[found.start() :].strip()):
        return None  # "(Lead: X)" in the middle of a sentence
    who, when = _owner_and_date(text[found.start() :].strip(" ()."))
    task = _LEADING_REF.sub("", text[: found.start()].strip())
    if who is None or (when is None and not found["paren"]) or len(task.split()) < 3:
        return None
    above = next((n for n in range(index - 1, max(index - 4, -1), -1) if lines[n].text.strip()), None)
    if above is not None and above not in skip and _HEADING.match(lines[above].text.strip()):
        used.add(above)
    return TableAction(lines[index].item, clean(task), who, when), used


def _boxed(lines: list[_Line], index: int, skip: set[int]) -> tuple[TableAction, set[int]] | None:
    """A field line ("Lead: KD<tab>Target date: 31 August 2018") under the lines that say what, up to the end of
    the sentence before them or an "ACTION QAP/18/21" line (taken with them); the owner and date both given, or the
    action so marked."""
    text = lines[index].text.strip()
    first = FIELD_LINE.match(text)
    if first is None or not _WHO_KEY.match(first["key"]):
        return None
    who, when = _owner_and_date(text)
    below = index + 1
    while below < min(index + 3, len(lines)) and below not in skip and FIELD_LINE.match(lines[below].text.strip()):
        more = _owner_and_date(lines[below].text.strip())  # "Lead: KD" / "Target date: 31 August 2018"
        who, when, below = who or more[0], when or more[1], below + 1
    rows: list[int] = []
    marked = None
    row = index - 1
    while row >= 0 and len(rows) < 4 and row not in skip:
        above = lines[row].text.strip()
        if not above or "\t" in above or lines[row].item != lines[index].item:
            break
        if _BOX_START.match(above) or _BOX_TASK.match(above):
            marked = row  # "ACTION QAP/18/21", or "ACTION QAP/18/21: KD to add ..."
            break
        if rows and _ENDS_SENTENCE.search(above):
            break
        rows.insert(0, row)
        row -= 1
    boxed = _BOX_TASK.match(lines[marked].text.strip()) if marked is not None else None
    task = " ".join([*([boxed["task"]] if boxed else []), *(lines[n].text.strip() for n in rows)])
    if who is None or (when is None and marked is None) or len(task.split()) < 4:
        return None
    used = {*range(index, below), *rows, *([marked] if marked is not None else [])}
    return TableAction(lines[index].item, clean(task), who, when), used


# An action tagged at the end of the paragraph that says what: "[ACTION: LD/KB, end of March]", "(Action: Training
# Sub-group – January 2012)". The owner comes first in the tag, the date after a comma or a dash.
_TAG = re.compile(
    r"^(?P<before>.*\S)\s*[\[(]\s*actions?\s*(?::|[–—]|-(?=\s))\s*(?P<tag>[^\[\]()]{1,120})[\])]\s*\.?\s*$", re.I
)
_PRONOUN = re.compile(r"^(?:this|it|these|they|that)\s", re.I)
_PARAGRAPH_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,2}){0,2}\.?\s+(?=\S)")
_OTHER_TAG = re.compile(r"\s*\[(?:decision|noted|agreed|information)\]\s*", re.I)


def _tagged(text: str, item: str | None) -> TableAction | None:
    """An action tagged at the end of its paragraph: the sentence before the tag says what, the tag who and when."""
    found = _TAG.match(text) if len(text) < 5000 else None
    if found is None:
        return _bracketed(text, item)
    tag = found["tag"].strip(" .;")
    split = owners_then_date(tag, comma=True)
    who, when = split if split and looks_like_when(split[1]) else (tag, None)
    return _tag_action(found["before"], who, when, item)


_BARE_TAG = re.compile(r"^(?P<before>.*\S)\s*\((?P<who>[^()–—]{1,80}?)\s+[–—-]\s+(?P<when>[^()–—]{2,40})\)\s*\.?\s*$")
_TO_DO = re.compile(r"\bto\s+(?:be\s+)?[a-z]{3,}")


def _bracketed(text: str, item: str | None) -> TableAction | None:
    """An action whose paragraph ends with its owner and date in brackets, no "Action" word: "SW to prepare a
    self-assessment ... (SW – 27th February 2015)". The sentence must ask someone to do something ("to
    prepare"), the bracket name owners and then a date."""
    found = _BARE_TAG.match(text) if len(text) < 5000 else None
    if found is None or not looks_like_when(found["when"]) or not _TO_DO.search(found["before"]):
        return None
    who = found["who"].strip(" ,;")
    if len(who.split()) > 8 or not who[:1].isupper():
        return None
    return _tag_action(found["before"], who, found["when"].strip(" ."), item)


def _tag_action(before_tag: str, who: str, when: str | None, item: str | None) -> TableAction | None:
    """The action of a paragraph tagged with its owners (and date): the last sentence before the tag."""
    before = _OTHER_TAG.sub(" ", before_tag).strip()
    sentences = [s for s in SENTENCE.split(before) if s.strip()]
    if not sentences or not who.strip():
        return None
    task = sentences[-1].strip()
    if len(sentences) > 1 and _PRONOUN.match(task):  # "... for the Association. This is to be provided for June."
        task = f"{sentences[-2].strip()} {task}"
    task = _PARAGRAPH_NUMBER.sub("", task)
    subject = re.match(rf"^(?:the\s+)?{re.escape(who.strip())}\s+(?:to|will|would|agreed\s+to)\s+(?P<rest>\S.*)$",
                       task, re.I)  # fmt: skip
    if subject is not None:  # "KB to bring the plan ..." with KB the tag's owner: "Bring the plan ..."
        task = subject["rest"][:1].upper() + subject["rest"][1:]
    return TableAction(item, clean(task), who.strip(), when)


def when_words(when: str) -> str:
    """A due date written in a cell of its own ("30 June", "next Board", "ASAP") as words to end the task with."""
    if _ASAP_WORDS.match(when):
        return " as soon as possible"
    if not when or _NO_DATE_WORDS.match(when):
        return ""
    if re.fullmatch(r"\d{1,2}\s+(?:days?|weeks?|months?)", when, re.I):
        return f" within {when}"  # "2 weeks": from the meeting
    if re.match(r"^(?:by|before|for|at|the)\b", when, re.I):
        return f" {when}"
    if re.match(r"^end\b", when, re.I):  # "end of August" after a task that names months ("during April and May")
        return f" by {when}"
    if re.search(r"\bnext\b.{0,20}\b(?:meeting|board)\b", when, re.I):
        return " by the next meeting"  # "next joint meeting", "before next Board"
    if re.search(r"\b(?:meeting|board)\b", when, re.I):
        return f" by the {when}"
    if re.fullmatch(r"next\s+(?:[A-Z]{2,6}|partnership|executive|session|sab|lscb)", when, re.I):
        return " by the next meeting"  # "Next SPE": the board's next meeting
    return f" by {when}"


_MEETING_MONTH = re.compile(rf"\b(?P<month>{MONTH_WORDS})\b\.?(?:\s+(?P<year>(?:19|20)\d{{2}}))?", re.I)
_MEETING_WORD = re.compile(r"\b(?:board|meeting|executive|partnership|committee)\b", re.I)


def meeting_month_end(wording: str, meeting: dt.date) -> dt.date | None:
    """The last day of the month that due wording names for a meeting the minutes give no date for ("to the Board in
    September 2013", "for the March Board"): it is due that month. None without a meeting and one month named, or for
    the meeting's own month without a year (this meeting's, or next year's)."""
    months = list(_MEETING_MONTH.finditer(wording))
    if len(months) != 1 or not _MEETING_WORD.search(wording):
        return None
    month = MONTH_NUMBERS[months[0]["month"][:3].lower()]
    if months[0]["year"]:
        year = int(months[0]["year"])
    elif month == meeting.month:
        return None
    else:
        year = meeting.year if month > meeting.month else meeting.year + 1
    end = dt.date(year, month, calendar.monthrange(year, month)[1])
    return end if end > meeting else None


def own_meeting(when: str, own_name: str) -> str | None:
    """The month of a due cell that names a meeting of the body whose minutes these are ("September Executive" in the
    minutes of the "Partnership Executive Group", "June PB" in the "Partnership Board"'s): that month's meeting. None
    for another body's ("March PEG" in a Board's minutes)."""
    found = re.match(
        rf"^(?:(?:by|before|for|at)\s+)?(?:the\s+)?(?P<month>{MONTH_WORDS})[a-z]*\.?\s+(?P<body>\S.*)$", when, re.I
    )
    if found is None:
        return None
    body = re.sub(r"\s+(?:group|meeting|panel)$", "", found["body"].strip(), flags=re.I)
    words = re.findall(r"[A-Za-z]+", own_name)
    capitals = [w for w in words if w[:1].isupper() and w.lower() not in {"of", "and", "the", "minutes"}]
    runs = {"".join(w[0] for w in capitals[i:j]).upper() for i in range(len(capitals))
            for j in range(i + 2, min(i + 5, len(capitals)) + 1)}  # fmt: skip
    mine = body.lower() in {w.lower() for w in words} or (body.isupper() and body in runs)
    return found["month"] if mine else None
