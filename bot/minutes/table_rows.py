"""What one row of an action table says: its actions, read from its cells as the table's columns say.

An action column may hold the task alone, the task with its fields ("Action: ...; Owner: JB; Date: ..."), owners
and a date for each task ("Task.; LF – 28/02/2023"), a stack of references, owners, tasks and dates
(:mod:`bot.minutes.stacked_cell`), a whole action ("DS – briefing ... End Mar 18"), or only owners, whose task is
then the sentence of the minute beside it that names them (an "Action by" column).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.minutes.action_cell import carried_note, owners_only, owners_then_date, signed_actions, whole_action
from bot.minutes.markers import CARRIED_FORWARD, ROW_REFERENCE
from bot.minutes.owner_margin import names_in
from bot.minutes.stacked_cell import stacked_actions

_NOTHING = re.compile(
    r"^(?:none|nil|noted|n/?a|-+|–|—|no actions?|no further action|nfa|none required|complete[d]?|done|closed|"
    r"carried forward|for information|agreed|approved|accepted|\.)\.?$"
    r"|^no\s+(?:new\s+)?actions?\b(?:\s*[–—:;,-].*)?$"  # "No new actions – action log updated by KW"
    r"|^(?:action\s+[\w/.-]{1,10}\s*[–—:-]\s*)?see\s+(?:item|minute|agenda\s+item)\s+[\d.]{1,6}\.?$",  # "see item 6"
    re.I,
)


@dataclass(frozen=True, slots=True)
class TableAction:
    """One action read from a table: its item, what is to be done, who (as written) and when (as written)."""

    item: str | None
    task: str
    who: str | None
    when: str | None
    raised: str | None = None  # the meeting it was raised at, when a log says ("Date raised")
    beside: bool = False  # from an action column beside the minute's text, which an action log may list again
    reference: str | None = None  # its number on the log ("A18/06"), in the log's row or beside the minute


@dataclass(frozen=True, slots=True)
class _Columns:
    action: int  # -1: no action column; the task is the sentence of the row's text that names the owner
    who: int | None
    when: int | None
    number: int | None
    kind: int | None = None  # "D / A": a row marked D is a decision
    status: tuple[int, ...] = ()  # "Status", "RAG", "Update": a row carried forward or closed is an older action
    raised: int | None = None  # "Date raised": a row raised at an earlier meeting is an older action
    whole: bool = False  # "Action / Lead / Date": each cell writes who, what and when
    minute: bool = False  # a column of the minute's text beside the actions ("Notes", "Discussion"): not a log


_STATUS_LED = re.compile(
    rf"^(?:complete[d]?|closed|done|{CARRIED_FORWARD}|superseded|withdrawn)\b\s*(?:[–—:-]|\.|$)", re.I
)


_CARRIED_FROM = re.compile(  # "c/f 12/20-05 – …", "Section 11 returns – c/f from 12.05.10": an older action
    rf"^\(?{CARRIED_FORWARD}\b|\b[cb]/f\s+from\b|\((?:carried|brought)\s+forward\s+from\b", re.I
)
_CARRIED_ONLY = re.compile(rf"^\(?{CARRIED_FORWARD}\)?\.?$", re.I)
LEAD_ONLY = re.compile(r"^\s*lead\s*:\s*|\s*[/;,]?\s*support(?:ed\s+by)?\s*:.*$", re.I)  # the lead owns it
_DECIDED_ROW = re.compile(r"\b(?:agreed|noted|accepted|approved|endorsed|ratified|decision|decided)\b", re.I)
_DECIDED_WORD = re.compile(r"^(?:agreed|endorsed|noted|approved|accepted|ratified)\.?$", re.I)
_TASKISH = re.compile(  # "Elsworth Hospitals NHS FT to confirm ...": a subject of names alone, then "to" and a verb
    r"^(?:[A-Z][\w'’&().,-]*|and|&|of|the|for)(?:\s+(?:[A-Z][\w'’&().,-]*|and|&|of|the|for))*\s+to\s+(?!be\b)[a-z]{3,}"
)
_MARKED_IN = re.compile(r"(?:^|;\s+)actions?\s*[:–—-]", re.I)  # "...; Action: Rachel to circulate ..."


def _row_actions(cells: list[str], columns: _Columns, item: str | None) -> list[TableAction]:
    """The actions of one row; those of a minute table's action column are its minute's own (``beside``), which
    an action log may list again."""
    actions = _actions_of_row(cells, columns, item)
    if columns.minute:
        return [replace(a, beside=True) for a in actions]
    number = cells[columns.number].strip() if columns.number is not None and columns.number < len(cells) else ""
    return [replace(a, reference=a.reference or number or None) for a in actions]


def _actions_of_row(cells: list[str], columns: _Columns, item: str | None) -> list[TableAction]:
    def cell(column: int | None) -> str:
        return cells[column].strip() if column is not None and column < len(cells) else ""

    if columns.action < 0:
        return _derived(cells, columns, item)
    task = cell(columns.action)
    unowned = columns.who is not None and columns.when is not None and not clean(cell(columns.who)).strip("–—-")
    if unowned and not clean(cell(columns.when)).strip("–—-") and _DECIDED_ROW.search(task):
        return []  # "Scrutineer's report noted and all four recommendations accepted. | – | –": a decision
    task = "; ".join(_tasks_only(task.split("; ")))  # "DECISION: ...", "See ..."
    unmarked = re.sub(rf"\(\s*{CARRIED_FORWARD}\s*\)", "", task).strip()
    if unmarked != task and owners_only(unmarked):
        return []  # "LM/ID (c/f)": an older action's owners, carried forward
    lettered_owners = (lettered := _lettered(task)) is not None and all(
        owners_only(part.split("; ")[0]) for part in lettered.values()
    )  # "(a) SO; 31.03.10; (b) All agencies; April 2010": the tasks are the minute's "(a) ...", "(b) ..."
    unnumbered = "; ".join(p for p in task.split("; ") if not _LOG_REFERENCE.fullmatch(p.strip()))  # "MB; A18/06"
    if columns.who is None and (owners_only(unnumbered) or lettered_owners):  # "KH / BG GF | 31/03/16 26/04/16"
        return _derived(cells, replace(columns, action=-1, who=columns.action), item)
    pieces = task.split("; ")
    dated = (pieces[0], pieces[1]) if len(pieces) == 2 else owners_then_date(task) if "; " not in task else None
    dated = dated if dated and len(dated[1].split()) <= 4 and not _NOTHING.match(clean(dated[0])) else None
    marked = any(_MARKED_IN.search(c) for n, c in enumerate(cells) if n != columns.action)  # the text's own mark
    if (columns.who is None and columns.when is None and dated and not marked and owners_only(dated[0])
            and looks_like_when(dated[1])):  # fmt: skip
        alone = [*cells[: columns.action], dated[0], *cells[columns.action + 1 :]]  # "AP / TB / IK; 13.03.15"
        found = _derived(alone, replace(columns, action=-1, who=columns.action), item)
        return [replace(a, when=dated[1]) for a in found]
    stacked = task.split("; ")
    while len(stacked) > 2 and _DECIDED_WORD.match(stacked[0].strip()):
        stacked = stacked[1:]  # "Agreed; CA / MH; Dec 2012": the decision noted, then the action's owners and date
    if columns.who is None and columns.when is None and (stack := stacked_actions(stacked)) is not None:
        return _stacked_cell(cells, columns, item, stack)  # "2310-02; BP; 31/10/23", "RT; Gap analysis ...; 19/09/13"
    kind = cell(columns.kind).upper()
    if not task or _NOTHING.match(clean(task)) or (kind and not kind.startswith("A")):
        return []  # a "D" (decision) or "I" (information) row of a decision and action log
    if _STATUS_LED.match(task):  # "Complete – remove from log", "Carried forward – report to September Board"
        return []
    if columns.who is None and any(FIELD_LINE.match(p) for p in re.split(r";\s+", task)):
        inline = _inline(task, item)  # "Draft the protocol; Responsibility: Harker / Oates; By: February 2014"
        return [_told(a, cells, columns) for a in inline if not _REF_ONLY.match(a.task) or a.who]
    # "Action / Lead / Date": each cell "DS – briefing to all agencies End Mar 18"
    wholes = [whole_action(t) for t in task.split("; ") if not _NOTHING.match(clean(t))]
    if columns.whole and columns.who is None and columns.when is None and wholes and all(wholes):
        return [TableAction(item, clean(w[0]), w[1], w[2]) for w in wholes if w]
    if columns.whole and columns.who is None and columns.when is None and (signed := signed_actions(task.split("; "))):
        return [TableAction(item, clean(t), who, when) for t, who, when in signed]  # "Task.; LF – 28/02/2023"
    tasks = [t.strip() for t in task.split("; ") if t.strip() and not _NOTHING.match(t.strip())]
    if columns.whole and columns.who is None:  # "22/11-04 c/f to March 2023 (SP)": an older action's note
        tasks = [t for t in tasks if not carried_note(t)]
        if not tasks:
            return []
    tasks = [t for t in tasks if not _CARRIED_FROM.search(t)]  # "Section 11 returns – c/f from 12.05.10": older
    if not tasks or (len(tasks) == 1 and _CARRIED_ONLY.match(cell(columns.when))):
        return []  # "... | LS | c/f": an older action carried forward to this meeting
    whos = [LEAD_ONLY.sub("", w).strip() for w in cell(columns.who).split("; ")]  # "Lead: KD / Support: SO"
    whens = [w.strip() for w in cell(columns.when).split("; ")]
    if (lettered := _lettered(task)) is not None:  # "(a) Send ...; (b) Present ..." beside "(a) All members (b) RFH"
        by_who, by_when = _lettered(cell(columns.who)) or {}, _lettered(cell(columns.when)) or {}
        return [
            TableAction(
                item, clean(t), _or_none(by_who.get(n, cell(columns.who))), _or_none(by_when.get(n, cell(columns.when)))
            )
            for n, t in lettered.items()
        ]
    if len(tasks) > 1 and any(t[:1].islower() for t in tasks[1:]):  # "Circulate X; remind Y": one sentence
        tasks = [" and ".join(tasks)] if len(whos) == 1 and len(whens) == 1 else tasks
    if len(tasks) > 1 and len(whos) in (1, len(tasks)) and len(whens) in (1, len(tasks)):
        return [
            TableAction(item, clean(t), _or_none(whos[min(n, len(whos) - 1)]), _or_none(whens[min(n, len(whens) - 1)]))
            for n, t in enumerate(tasks)
        ]
    return [TableAction(item, clean(" ".join(tasks)), _or_none(cell(columns.who)), _or_none(cell(columns.when)))]


_LETTER = re.compile(r"(?:^|;?\s+)\(([a-h])\)\s*|(?:^|;\s+)\(?([1-9])\)\s*")


def _lettered(text: str) -> dict[str, str] | None:
    """The parts of a cell lettered "(a) ... (b) ..." or numbered "1) ...; 2) ...", by letter or number; None unless
    it starts with "(a)" or "1)"."""
    text = text.strip()
    marks = list(_LETTER.finditer(text))
    if not marks or marks[0].start() != 0 or (marks[0][1] or marks[0][2]) not in {"a", "1"}:
        return None
    ends = [m.start() for m in marks[1:]] + [len(text)]
    return {(m[1] or m[2]): text[m.end() : end].strip(" ;") for m, end in zip(marks, ends, strict=True)}


def _tasks_only(pieces: list[str]) -> list[str]:
    """A cell's pieces without decisions and references: "DECISION: contributions uplifted by 3%; reserves to be held
    at 10%" is one decision (a piece in lower case goes on with it)."""
    kept, deciding = [], False
    for piece in pieces:
        if _NOT_A_TASK.match(piece.strip()):
            deciding = bool(re.match(r"(?:decisions?|agreed|resolved|approved)\b", piece.strip(), re.I))
            continue
        if deciding and piece.strip()[:1].islower():
            continue  # the decision's sentence goes on after its semicolon
        deciding = False
        kept.append(piece)
    return kept


_NOT_A_TASK = re.compile(
    r"^(?:decisions?|agreed|noted|resolved|approved)\s*[:–—-]|^see\s+(?:appendix|item|annex|attached|below|above)\b",
    re.I,
)
_REF_ONLY = re.compile(rf"^(?:action\s+)?{ROW_REFERENCE}$", re.I)


def _told(action: TableAction, cells: list[str], columns: _Columns) -> TableAction:
    """An action whose cell gives only its reference and fields ("ACTION 22/01; Lead: SP / DN; Due: 31.03.22"):
    the task is the minute's sentence that names its owners, else the minute's last sentence."""
    if not _REF_ONLY.match(action.task) or not action.who:
        return action
    return replace(action, task=clean(_minute_sentence(cells, columns, action.who) or action.task), beside=True)


def _minute_sentence(cells: list[str], columns: _Columns, who: str, *, last: bool = True) -> str | None:
    """The sentence of a row's minute that names ``who`` (the last such), or with ``last`` the minute's last
    sentence when none does."""
    texts = [c for n, c in enumerate(cells) if n not in (columns.action, columns.number) and c.strip()]
    sentences = [s.strip() for s in SENTENCE.split(max(texts, key=len)) if len(s.split()) >= 4] if texts else []
    sentences = [s for s in sentences if not s.isupper()]
    about = [s for s in sentences if names_in(who, s)]
    return about[-1] if about else (sentences[-1] if last and sentences else None)


def _stacked_cell(
    cells: list[str], columns: _Columns, item: str | None, stack: list[tuple[str | None, str | None, str | None]]
) -> list[TableAction]:
    """The actions of a stacked action cell; one with no task of its own is the sentence of the minute that
    names its owners, or none (the action log names it)."""
    actions: list[TableAction] = []
    text = max((c for n, c in enumerate(cells) if n not in (columns.action, columns.number)), key=len, default="")
    tasks = [s.strip() for s in SENTENCE.split(text) if _TASKISH.match(s.strip()) and len(s.split()) >= 4]
    marked = any(_MARKED_IN.search(c) for n, c in enumerate(cells) if n != columns.action)
    for task, who, when in stack:
        if task is None and who:
            task = _minute_sentence(cells, columns, who, last=False)
        if task is None and who and len(stack) > 1 and not marked:  # "EHFT (KB); 31.12.12" beside "Elsworth ... to"
            task = next((s for s in tasks if all(clean(s) != a.task for a in actions)), None)
        if task:
            actions.append(TableAction(item, clean(task), who, when, beside=True))
    return actions


def _inline(cell: str, item: str | None) -> list[TableAction]:
    """The actions of a cell that writes each one's owner and date as fields: "Action: A; Owner: JB; Date: 31/8/12;
    Action: B; Owner: SY; Date: end of month" (a part that is no field starts the next action after a field, and
    one that starts with "Action:" or a reference and a dash always does: "23/10 – ...; 23/11 – ...; Due: ...")."""
    groups: list[tuple[list[str], dict[str, str]]] = []
    for part in re.split(r";\s+", cell):
        field = FIELD_LINE.match(part)
        if field is None or not groups:
            starts = re.match(rf"actions?\s*:|{ROW_REFERENCE}\s+[–—-]\s", part, re.I)  # "Action:", "23/11 – "
            if field is None and (not groups or groups[-1][1] or starts):
                groups.append(([part], {}))
            elif field is None:
                groups[-1][0].append(part)
            else:
                groups.append(([], {}))
        if field is not None:
            groups[-1][1].setdefault("when" if WHEN_KEYS.match(field["key"]) else "who", field["value"])
    actions = []
    for parts, fields in groups:
        task = clean("; ".join(parts))
        if task and not _NOTHING.match(task) and not carried_note(task):  # not "c/f 22/09-04 – Helen Marsh – ..."
            actions.append(TableAction(item, task, fields.get("who"), fields.get("when")))
    return actions


MONTHISH = re.compile(
    r"^(?:(?:by|end of|before)\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\.?(?:\s+\d{2,4})?$|^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$|^(?:next|following)\s+meeting$",
    re.I,
)


def looks_like_when(text: str) -> bool:
    """A tag's part after the owner that says when: a date, a month, a term, a meeting, "asap"."""
    words = text.strip().lower()
    return bool(
        MONTHISH.match(words)
        or re.search(r"\d", words)
        or re.search(
            r"\b(?:board|meeting|term|asap|soon|ongoing|week|month|year|quarter|spring|summer|autumn|"
            r"winter|christmas|easter|end\b)",
            words,
        )
    )


SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])|;\s+")
_RESOLVED = re.compile(r"^(?:\(\w{1,3}\)\s*)?(?:resolved|agreed)\b\s*[–—:-]?\s*(?:that\s+)?", re.I)


def _derived(cells: list[str], columns: _Columns, item: str | None) -> list[TableAction]:
    """Actions of a row with only an "Action by" cell: for each owner named there, the sentence of the row's text
    that names them (by surname), else the resolution, else the row's first sentence."""
    who_cell = cells[columns.who].strip() if columns.who is not None and columns.who < len(cells) else ""
    if not who_cell or _NOTHING.match(who_cell):
        return []
    texts = [c for n, c in enumerate(cells) if n not in (columns.who, columns.number, columns.when) and c.strip()]
    if not texts:
        return []
    text = max(texts, key=len)
    sentences = [s.strip() for s in SENTENCE.split(text) if len(s.split()) >= 4 and not s.isupper()]  # no title
    if (lettered := _lettered(who_cell)) is not None:  # "(a) SO; 31.03.10; (b) All agencies; April 2010"
        return _lettered_derived(lettered, text, item)
    owners = [w.strip() for w in re.split(r";\s*", who_cell) if w.strip() and not _NOTHING.match(w.strip())]
    references = [w for w in owners if _LOG_REFERENCE.fullmatch(w)]  # "RK; A18/08; GD / BG; A18/09": each's number
    owners = [w for w in owners if w not in references]
    if references and len(references) == len(owners) and columns.who is not None:
        named = [*cells[: columns.who], "; ".join(owners), *cells[columns.who + 1 :]]
        return [  # the log says each: a minute's own, numbered
            replace(action, reference=reference, beside=True)
            for action, reference in zip(_derived(named, columns, item), references, strict=False)
        ]
    if len(owners) == 1 and _INITIALS_GROUPS.fullmatch(owners[0]):  # "KH / BG GF": two actions' owners
        owners = [m[0] for m in _INITIALS_GROUP.finditer(owners[0])]
    stack = stacked_actions(owners)  # "MP; End Feb", "RO; 02.02.18; All members": owners each with their date
    if stack is not None and any(when for _, _, when in stack):
        pairs = [(who, when) for _, who, when in stack if who]
    else:
        pairs = [(w, None) for w in owners if not MONTHISH.match(w)]
        dated = next((w for w in owners if MONTHISH.match(w)), None)
        pairs = [(w, dated) for w, _ in pairs]
    if columns.when is not None and columns.when < len(cells) and cells[columns.when].strip():
        pairs = _each_dated(pairs, cells[columns.when].strip())
    actions: list[TableAction] = []
    tasks = [s for s in sentences if _TASKISH.match(s)]  # "Elsworth Hospitals NHS FT to confirm ...": in order
    for owner, when in pairs:
        about = [s for s in sentences if names_in(owner, s)]
        resolved = [_RESOLVED.sub("", s) for s in sentences if _RESOLVED.match(s)]
        unused = [s for s in tasks if all(s != a.task for a in actions)] if len(pairs) > 1 and not about else []
        task = (about or resolved or unused or sentences or [text])[-1 if about else 0]
        actions.append(TableAction(item, clean(task), owner, when))
    return actions


_LOG_REFERENCE = re.compile(r"[A-Z]{1,5}[/-]?\d{1,3}(?:[/.-]\d{1,4}){1,3}")  # "A18/06", never a date
_INITIALS_GROUP = re.compile(r"[A-Z][A-Za-z]{0,2}[A-Z](?:\s*/\s*[A-Z][A-Za-z]{0,2}[A-Z])*")
_INITIALS_GROUPS = re.compile(rf"{_INITIALS_GROUP.pattern}(?:\s+{_INITIALS_GROUP.pattern})+")
_WHEN_PIECE = re.compile(
    rf"(?:{CARRIED_FORWARD}\s+)?\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}|complete[d]?|closed|done|ongoing|asap|tbc",
    re.I,
)
_OLDER = re.compile(rf"^(?:complete[d]?|closed|done|{CARRIED_FORWARD})\b", re.I)


def _each_dated(pairs: list[tuple[str, str | None]], written: str) -> list[tuple[str, str | None]]:
    """Each owner with the date cell's date: its own when the cell holds one for each ("31/03/16 26/04/16" beside
    "KH / BG" and "GF"), an older action's note ("Complete", "c/f 26/04/16") leaving the owner out."""
    pieces = [m[0] for m in _WHEN_PIECE.finditer(written)]
    if len(pairs) < 2 or len(pieces) != len(pairs) or _WHEN_PIECE.sub("", written).strip(" ;,"):
        return [(who, written) for who, _ in pairs]
    return [(who, when) for (who, _), when in zip(pairs, pieces, strict=True) if not _OLDER.match(when)]


def _lettered_derived(lettered: dict[str, str], text: str, item: str | None) -> list[TableAction]:
    """The actions of a row whose owner cell letters its owners and dates, each the minute's sentence with the same
    letter ("(a) SO to finalise the plan ...")."""
    said = {m[1]: m[2].strip(" .") for m in re.finditer(r"(?:^|;\s+)\(([a-h])\)\s*([^;]+)", text)}
    actions = []
    for letter, written in lettered.items():
        parts = [p.strip() for p in written.split("; ") if p.strip()]
        when = next((p for p in parts[1:] if MONTHISH.match(p)), None)
        if parts and letter in said:
            actions.append(TableAction(item, clean(said[letter]), parts[0], when))
    return actions


def clean(task: str) -> str:
    """A task as listed: without a leading "Action:" ("Action 12:") and a closing full stop."""
    return re.sub(
        r"^(?:action(?:\s+[A-Z]{0,4}\d{1,3}(?:/\d{1,3})*)?\s*[:–—-]\s*)", "", task.strip(), flags=re.I
    ).rstrip(" .")


def _or_none(text: str) -> str | None:
    text = text.strip(" .;")
    return text or None if not _NOTHING.match(text) else None


# An owner or a date written as a field: "Lead: Craig Nesbitt   By: 30th April 2011".
FIELD_LINE = re.compile(
    r"(?P<key>lead(?:\s+officer)?|owner|responsible|responsibility|who|by\s+whom|action\s+by|by\s+when|by|"
    r"due(?:\s+date)?|"
    r"deadline|target(?:\s+date)?|timescale|date)\s*:\s*(?P<value>.+?)\s*(?=\|?\s+(?:lead|owner|by|due|deadline|"
    r"target|timescale|date|who|responsible)(?:\s+\w+)?\s*:|\|?\s*$)",  # "Owner: All partners | By: 31 October"
    re.I,
)
WHEN_KEYS = re.compile(r"^(?:by\s+when|by|due(?:\s+date)?|deadline|target(?:\s+date)?|timescale|date)$", re.I)


_MONTH_NUMBER = re.compile(
    r"^(?P<before>(?:by\s+|end\s+(?:of\s+)?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)"
    r"(?:\s+|(?P<joined>\s*[-’'/]\s*))(?P<n>\d{2})"  # "Dec 09", "Jan-24", "Sept '19"
    r"(?P<after>\s+(?:board|meeting|mtg))?$",  # "Jan 14 Board": January 2014's meeting
    re.I,
)


def month_year(when: str, year: int) -> str:
    """A due cell of a month and the two digits of the meeting's year or the next ("Dec 09" at an October 2009
    meeting, "Jan 15" at a 2014 one) as that month of that year, the way such cells are written in these logs;
    any other cell as it is ("Dec 14" in 2009 is 14 December)."""
    found = _MONTH_NUMBER.match(when.strip())
    if found is None or (not found["joined"] and int(found["n"]) not in {year % 100, (year + 1) % 100}):
        return when  # "Dec 14" in 2009 is 14 December; "Dec-14" is December 2014 whenever it is written
    return f"{found['before']} {year // 100}{found['n']}{found['after'] or ''}"


def _month_years(actions: list[TableAction], whens: list[str]) -> list[TableAction]:
    """A log whose dates are months with a two-digit number ("Sept 15", "Dec 15", "Mar 16", all one year or the
    next) writes the year: "Dec 15" is December 2015, not 15 December."""
    numbers = {int(m["n"]) for m in (_MONTH_NUMBER.match(w.strip()) for w in whens) if m}
    counted = sum(bool(_MONTH_NUMBER.match(w.strip())) for w in whens)
    if counted < 2 or not numbers or max(numbers) - min(numbers) > 1 or len(numbers) == counted:
        return actions
    out = []
    for action in actions:
        found = _MONTH_NUMBER.match((action.when or "").strip())
        out.append(replace(action, when=f"{found['before']} 20{found['n']}{found['after'] or ''}") if found else action)
    return out
