"""The actions and decisions of the agenda items: owners and due dates as the chat assistant understands them.

Actions are marked "Action:", "ACTION –", "Action -", "Action for X:" or "ACTION (X):", or listed under an "Actions:"
heading; each is read through :func:`bot.understanding.interpret.interpret`. Things agreed, approved or signed off
are decisions, recorded but not tracked. Unclear owners and due dates become warnings for the board manager.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from bot.minutes.action_cell import owners_then_date
from bot.minutes.action_fields import meeting_month_end, own_meeting, when_words
from bot.minutes.action_owners import (
    ALL_OF_THEM,
    BODY_MEETING,
    DECISION_MARK,
    SUBJECT,
    future_meetings,
    subject_owners,
    untitled,
    wrapped_marks_joined,
)
from bot.minutes.action_warnings import action_warnings, shorten, unread_due
from bot.minutes.agreements import agreed, marked_after, resolutions
from bot.minutes.agreements import sentences as _sentences
from bot.minutes.known import as_written
from bot.minutes.lines import _Line
from bot.minutes.markers import (
    _ACTION_MARK,
    CARRIED_FORWARD,
    REVIEWED_ACTIONS,
    SUMMARY_OF_ACTIONS,
    without_reference,
)
from bot.minutes.owner_naming import _GROUPISH, _WHO_DATED, _Naming
from bot.minutes.people import strip_title
from bot.minutes.results import Decision, MinutesAction
from bot.minutes.table_rows import LEAD_ONLY, TableAction, looks_like_when, month_year
from bot.tracker.groups import recipients_in
from bot.understanding.date_words import MONTH_WORDS
from bot.understanding.dates import find_dates, find_due
from bot.understanding.interpret import interpret
from bot.understanding.interpretation import Owner
from bot.understanding.names import NameIndex
from bot.understanding.owners import OwnerResolver
from bot.understanding.text import fold

_ACTIONS_HEADING = re.compile(r"^(?:ACTIONS?|Actions?|ACTION\(S\)|Action\(s\))(?:\s+agreed)?\s*:?\s*$")
# A line that looks as if it holds an action the reader did not find: "ACTION" in capitals, or "Action" leading.
_SKIPPED_ACTION = re.compile(
    r"(?:\bACTIONS?\b|^Actions?\b)(?!\s+(?i:plans?|logs?|trackers?|sheets?|points? arising|review|update)\b)"
)
_OTHER_MEETING = re.compile(  # a meeting of another body in a month ("September Executive", "March PEG")
    r"(?:(?:by|before|for|at)\s+)?(?:the\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+"
    r"(?!(?:board|meeting|partnership|sab|lscb|scb|scp|lscp|tbc|tba|asap|onwards|latest|end)\b)"
    r"(?-i:[A-Z][A-Za-z]+|[A-Z]{2,6})(?:\s+(?:group|meeting|panel))?",
    re.I,
)
_DASHED_WHEN = re.compile(r"^(?P<task>.{8,}?)\s+[–—-]\s+(?P<when>[^–—]{2,40})$")
_ONLY_OWNERS = re.compile(r"^(?P<who>[^,.;:]{1,40}?)(?:\s+(?:by|[–—-])\s+(?P<when>[^,;]{2,30}))?$")
_BRACKETED_OWNER = re.compile(r"\.?\s*\[(?P<who>[^\[\]]{1,60})\]\s*\.?$")
_BODY_SUBJECT = re.compile(
    r"^(?P<who>[A-Z][\w&'’ ,/-]{1,60}?\b(?:sub-?group|group|panel|committee|partnership|forum|team|unit|network|"
    r"partners|partner\s+agencies|(?:group|panel|committee)\s+(?:chairs?|leads?|members)))"
    r"\s+(?:to|will|should|must)\s+\w",
    re.I,
)
_PASSIVE = re.compile(
    r"\b(?:to be|will be|would be|should be|must be|is to be|are to be)\s+(?:\w+\s+){0,4}?\w+(?:ed|en|t|up)\b", re.I
)
_LEAD = re.compile(r"^(?P<who>[^:;.!?–—]{2,60}?)\s*(?::|\s[–—-])\s+(?P<rest>\S.*)$")  # "Chair: ...", "R Baines – ..."
_TOPIC = re.compile(r"^(?P<topic>[^:.!?\t]{2,60}?)\s*:\s+(?=\S)")
_NOT_TOPICS = frozenset({"q", "a", "action", "actions", "agreed", "decision", "note", "notes", "comments"})
_FOLLOW_ON = re.compile(r"^(?:deadline|due|by|before|no later than|timescales?|target date|to be (?:done|comp"
                        r"leted|returned|submitted))\b", re.I)  # fmt: skip
_NOT_A_VERB_WORD = r"(?!(?:to|will|shall|should|must|needs?|is|are|be|can|could|would|may)\b)"
_DECISION = re.compile(
    r"^(?:it\s+was\s+|this\s+was\s+|these\s+were\s+)?(?:agreed|noted|approved|signed\s+off|endorsed|accepted|ratified"
    r"|decided|resolved|confirmed|supported)\b(?!\s+to\b)"
    rf"|^(?:{_NOT_A_VERB_WORD}[\w'’&.-]+\s+){{1,5}}(?:has\s+|have\s+|had\s+|was\s+|were\s+)?(?:formally\s+)?"
    r"(?:approved|agreed|signed\s+off|endorsed|accepted|ratified|decided|noted|resolved)\b(?!\s+to\b)",
    re.I,
)
_DECIDED_TASK = re.compile(
    r"\b(?:agreed|decided|resolved|noted)\s+that\b[^.]{0,200}?\b(?:will|to|should|must|shall)\s+\w", re.I
)
_AGREED_THAT = re.compile(r"^(?:it\s+was\s+|the\s+\w+\s+)?(?:agreed|decided|resolved|noted)\s+that\s+", re.I)
_TASK_LIMIT = 240
_OLD_ACTION_NOTE = re.compile(
    r"^(?:complete[d]?|closed|done|ongoing|on track|deferred|superseded|withdrawn)\b|\b(?:reported|confirmed|advised|"
    rf"noted)\s+that\b|\b(?:still\s+outstanding|{CARRIED_FORWARD}|remains?\s+open)\b",
    re.I,
)
_TO_DO_WORDS = re.compile(r"\b(?:to|will|should|must)\s+(?!be\s+(?:complete|closed))[a-z]{3,}")
_CARRIED_LEAD = re.compile(rf"^[^:()]{{0,40}}\(\s*{CARRIED_FORWARD}\b[^()]*\)\s*[:–—-]", re.I)
_CARRIED_BULLET = re.compile(rf"^(?:action\s+[\w/.-]{{1,12}}\s*)?\(?\s*{CARRIED_FORWARD}\b", re.I)  # "Action 3 (c/f"
_BRACKET_TAIL = re.compile(  # "Letter to National Panel setting out decision [JM, by 12/3]", "... [AW, 22/4]"
    r"^(?P<task>[^\[\]]{8,}?)\s*\[(?P<who>[^\[\],]{1,50}?)(?:,\s*(?P<when>[^\[\]]{2,30}?))?\s*\]\.?$"
)
_GROUP_WORDS = re.compile(r"\s+(?:involved|concerned|present)$", re.I)  # "all agencies involved": all agencies
_OWNER_DATE_TAIL = re.compile(r"^(?P<task>.{8,}?)\s*\((?P<who>[^()]{1,60}?)\s+[–—-]\s+(?P<when>[^()]{2,30})\)\.?$")
_MEETING_IN_MONTH = re.compile(
    rf"\b(?:meeting|board|executive|partnership)\b(?:\s+(?:of|meeting)(?:\s+the)?(?:\s+[A-Z][A-Za-z]+){{1,3}})?\s+"
    rf"(?:in|of)\s+(?:{MONTH_WORDS})\b\.?(?:\s+(?:19|20)\d{{2}})?",
    re.I,
)  # "the meeting of the Board in March 2016", "the Board meeting in June"
_RESOLVING = re.compile(r"^RESOLVED\s*[–—:-]?\s*(?:that\s+)?(?:$|\(\s*(?:1|a|i)\s*\))", re.I)  # clauses follow
_SUB_HEADING = re.compile(r"^(?:item\s+)?\d{1,3}(?:\.\d{1,2})?\.?\s*(?:[–—:-]\s*)?[A-Z][^.]{0,90}$")
_NO_ACTIONS = re.compile(r"^(?:no\s+(?:new\s+)?actions?|none|nil)(?:\s+new)?(?:\s+[–—-]\s+[^.]*)?\.?$", re.I)
_TASK_WHO_BY = re.compile(r"^(?P<task>.{8,}?)\s+[–—-]\s+(?P<who>[^–—,]{1,40}?)\s+by\s+(?P<when>[^–—]{2,40})$")
_TASK_THEN_OWNERS = re.compile(r"^(?P<task>.{8,}?)\s+[–—-]\s+(?P<who>[^–—,]{1,60})$")


def _tail(text: str, limit: int = _TASK_LIMIT) -> str:
    """The last sentences of a text, as many as fit in ``limit`` characters (at least one)."""
    sentences = _sentences(text)
    kept: list[str] = []
    for sentence in reversed(sentences):
        if kept and sum(len(s) + 1 for s in kept) + len(sentence) > limit:
            break
        kept.insert(0, sentence)
    return " ".join(kept)


@dataclass(slots=True)
class _Found:
    """One "Action:" in the text, before it is understood."""

    item: str | None
    text: str  # the action as it will be listed: topic, task, owner
    said: str  # what is read through interpret
    body: str  # what follows the marker
    who: str | None = None  # "Action for <who>:"
    bare: bool = False  # "Action: Anthea Jones." after the sentence that says what
    listed: bool = False  # a bullet of a "Summary of actions", which may say again what the text agreed
    inferred: bool = False  # read from the discussion, with no "Action" mark


class _Reader(_Naming):
    """Reads the actions and decisions of a set of minutes, against one board's names."""

    def __init__(
        self, names: NameIndex, now: dt.datetime, board_dates: Sequence[dt.date], joining: set[str] | None = None,
        guessed: dict[str, str] | None = None, own_name: str = "",
    ) -> None:  # fmt: skip
        self.names = names
        self.own_name = own_name  # the document's heading lines: "Partnership Executive Group – Minutes"
        self.joining = joining or set()  # people the import adds from the attendance: owners, not outsiders
        self.guessed = guessed or {}  # names only worked out ("FW"): an owner read through one is warned about
        self._guesses: list[str] = []
        self.now = now
        self.board_dates = board_dates
        self.resolver = OwnerResolver(names, None)
        self.found: list[_Found] = []
        self.decisions: list[Decision] = []
        self.warnings: list[str] = []

    # Finding ----------------------------------------------------------------------------------------------
    def read_items(self, lines: list[_Line]) -> None:
        """The actions marked in the minutes' text, and what a paragraph ends by recording as agreed without a
        mark when no marked action follows it in the item (each of those named in the warnings)."""
        self.board_dates = sorted({*self.board_dates, *future_meetings(lines, self.now, self.board_dates)})
        lines = wrapped_marks_joined(lines)
        previous: _Line | None = None
        listing: str | None = None  # the item of an "Actions:" heading whose bullets are actions
        heading = False  # the line just after "Action:" on a line of its own is an action, bulleted or not
        summary = False  # under "Summary of actions": every bullet is an action, whatever item title it is under
        last_item: str | None = None
        resolving = False  # under "RESOLVED –" on a line of its own: its "(1) That ..." clauses
        reviewing: str | None = None  # the item of a list of the last meeting's actions, reviewed
        final = lines[-1].item if lines else None
        for number, line in enumerate(lines):
            text = line.text.strip()
            if not text:
                continue
            if len(text) > 20_000:
                text = text[:20_000]
            if previous is not None and previous.item != line.item:
                previous = None
            row_above = number > 0 and "\t" in lines[number - 1].text and ":" not in text
            if _ACTIONS_HEADING.match(text) and not row_above:  # "ACTION" under a table row: its cell wrapped
                listing, heading, previous = line.item or "", True, None
                summary = summary or (line.item == final and number > len(lines) // 2)  # the meeting's, at its end
                continue
            reviewing = reviewing if line.bulleted and line.item == reviewing else None
            if reviewing is not None or REVIEWED_ACTIONS.search(text):  # "Actions from December:" over their news
                reviewing = line.item
                continue
            if SUMMARY_OF_ACTIONS.match(text):  # "Summary of actions": bullets under each item's title, to the end
                summary, listing, heading, previous = True, line.item or "", False, None
                continue
            titled = _SUB_HEADING.match(text) or (line.item is not None and line.item != last_item)
            last_item = line.item
            if summary and not line.bulleted and titled and not _NO_ACTIONS.match(text) and len(text) <= 100:
                continue  # "Item 3 – COVID-19: return to school": the title the next bullets are under
            summary = summary and (line.bulleted or bool(_NO_ACTIONS.match(text)))
            listing = line.item or "" if summary else listing
            if summary and _NO_ACTIONS.match(text):
                continue
            if listing is not None and (listing != (line.item or "") or not (line.bulleted or heading)):
                listing = None
            heading = False
            if listing is not None and _CARRIED_BULLET.match(text):
                continue  # "(c/f) Action 19/07: sign-off of the protocol – SBr, ...": an older action
            if listing is not None and not _ACTION_MARK.search(text) and not DECISION_MARK.search(text):
                dated = owners_then_date(text.rstrip(" ."), comma=True)  # "Produce a briefing – LC, 31 October"
                tail = _TASK_THEN_OWNERS.match(dated[0]) if dated and looks_like_when(dated[1]) else None
                by = _TASK_WHO_BY.match(text.rstrip(" .")) if not (dated and tail) else None
                if dated and tail and self._owners_like(tail["who"].strip()):
                    task = tail["task"] + when_words(dated[1])
                    self._marked(line.item, "", task, "", tail["who"].strip(), named=False)
                elif by and self._owners_like(by["who"].strip()):  # "Write to the NPS – GP by end of May"
                    self._marked(line.item, "", f"{by['task']} by {by['when']}", "", by["who"].strip(), named=False)
                else:
                    self._marked(line.item, "", text.rstrip(" ."), "", None)
                if summary and self.found:  # the summary restates the text's actions: paired with them, as a log is
                    self.found[-1].listed = True
                continue
            resolving = (resolving and line.item == last_item) or bool(_RESOLVING.match(text))
            if resolved := resolutions(text, resolving):  # "(2) That the Board Manager arrange ..."
                for who, body in resolved:
                    self.found.append(_Found(line.item, body[:1].upper() + body[1:], f"Action: {body}", body,
                                             self._known_parts(who)))  # fmt: skip
                continue
            tagged = _BRACKET_TAIL.match(text.strip()) if not _ACTION_MARK.search(text) else None
            tagged = tagged if tagged and (tagged["when"] or line.bulleted) else None  # not "Jo Bell, Chair [JB]"
            if tagged and self._owners_like(_GROUP_WORDS.sub("", tagged["who"]).strip()):  # "Task [JM, by 12/3]"
                when = re.sub(r"^to\s+", "by ", (tagged["when"] or "").strip(), flags=re.I)
                self._marked(line.item, "", f"{tagged['task'].rstrip(' .,;–—-')}{when_words(when)}", "",
                             _GROUP_WORDS.sub("", tagged["who"]).strip(), named=False)  # fmt: skip
                previous = line
                continue
            before = len(self.found) + len(self.decisions)
            self._block(line.item, text, previous)
            unmarked = len(self.found) + len(self.decisions) == before
            if unmarked and not marked_after(lines, number):  # "Trevor agreed to liaise with Brenda ...": no mark
                cells = [text] if "\t" not in text else [c for c in text.split("\t") if len(c.split()) >= 12]
                for said in (p for c in cells for p in re.split(r"(?<=[.!?])\s*;\s+", c)):
                    self._agreed(line.item, said)  # a minute table's discussion cell: each of its paragraphs
            none = re.search(r":\s*(?:none|nil|n/?a)\.?$", text, re.I)  # "Actions agreed: none."
            if len(self.found) + len(self.decisions) == before and _SKIPPED_ACTION.search(text) and not none:
                where = f"Item {line.item}" if line.item else "No agenda item"
                self.warnings.append(f"{where}: a line that mentions an action was not read as one: {shorten(text)}")
            previous = line

    def _block(self, item: str | None, text: str, previous: _Line | None) -> None:
        marks = sorted([*_ACTION_MARK.finditer(text), *DECISION_MARK.finditer(text)], key=lambda m: m.start())
        if not marks:
            return
        topic_match = _TOPIC.match(text)
        topic, topic_end = "", 0
        if topic_match and topic_match.end() <= marks[0].start() + 1:
            candidate = topic_match["topic"].strip()
            if candidate.lower() not in _NOT_TOPICS and len(candidate.split()) <= 8:
                topic, topic_end = candidate, topic_match.end()
        context = text[topic_end : marks[0].start()]
        if not context.strip() and previous is not None and not _ACTION_MARK.search(previous.text):
            context = previous.text.strip()
        for number, mark in enumerate(marks):
            if mark.re is _ACTION_MARK and mark["by"]:  # "Action by: Jo Bloggs" after the paragraph that says what
                said = _sentences(context.strip())
                dated = _WHO_DATED.match(mark["by"])
                when = f" by {mark['by'][len(dated['who']) :].strip(' ,–—-')}" if dated else ""
                if said:
                    self._marked(item, topic, said[-1].rstrip(".") + when, "", mark["by"], named=False)
                continue
            end = marks[number + 1].start() if number + 1 < len(marks) else len(text)
            sentences = _sentences(text[mark.end() : end].strip())
            if not sentences:
                continue
            body_parts = [sentences[0]]
            rest = sentences[1:]
            while rest and _FOLLOW_ON.match(rest[0]):
                body_parts.append(rest.pop(0))
            body = " ".join(body_parts).strip().rstrip(".").strip()
            if body and re.search(r"\d", mark[0]) and _OLD_ACTION_NOTE.search(body) and not _TO_DO_WORDS.search(body):
                body = ""  # "Action 4: complete; ...", "Action 6: JT reported it still outstanding": an older one
            described = mark.re is _ACTION_MARK and mark["paren"] and not self._owners_like(mark["paren"].strip())
            if body and described and re.search(r"\d", mark[0]):
                body = ""  # "Action 24/03/05 (revised Escalation Policy) – the subgroup has ...": an older one
            if body:
                if mark.re is DECISION_MARK:
                    self.decisions.append(Decision(item, _with_topic(topic, body)))
                else:
                    who, named = mark["who"], True
                    if mark.re is _ACTION_MARK and mark["initials"]:  # "ACTION JT/RB: report on exclusions ..."
                        who, named = mark["initials"], False
                    if mark.re is _ACTION_MARK and mark["paren"] and not described:  # "ACTION (PK/JA): Revise ..."
                        who, named = mark["paren"], False
                        dated = _DASHED_WHEN.match(body)  # "... – ward managers to send names to NF – December"
                        if dated and looks_like_when(dated["when"]):
                            body = dated["task"] + when_words(dated["when"].strip())
                    only = _ONLY_OWNERS.match(body) if who is None else None
                    only = only if only is not None and only["when"] else None  # no date: as "Action: X" below
                    said = _sentences(context.strip()) if only else []
                    if only and said and self._owners_like(only["who"]):  # "Action – CH/MY by Nov Board" after
                        when = f" by {only['when'].strip()}" if only["when"] else ""  # the paragraph that says what
                        self._marked(item, topic, said[-1].rstrip(".") + when, "", only["who"], named=False)
                        context = " ".join(rest)
                        continue
                    bracketed = _BRACKETED_OWNER.search(body) if who is None else None
                    if bracketed:  # "... by 11 April. [All]", "[GW/PC]": the owners in brackets at the end
                        who, body, named = bracketed["who"], body[: bracketed.start()].rstrip(" .;"), False
                    owned = self._bracketed_owner(body) if who is None and not bracketed else None
                    if owned:  # "Publish it (JW) – by 27 June", "Commission a reviewer (GC, 30 November 2023)"
                        who, body, named = owned[0], owned[1], False
                    lead = _LEAD.match(body) if who is None else None
                    if lead and (self.resolver.phrase(strip_title(lead["who"])) or _GROUPISH.search(lead["who"])):
                        who, body, named = lead["who"], lead["rest"], False  # "Action – TR: circulate ..."
                        dated = _DASHED_WHEN.match(body)  # "ACTION: FB/HT – Report back on the audit – end Feb 2013"
                        if dated and looks_like_when(dated["when"]):
                            body = dated["task"] + when_words(dated["when"].strip(" ."))
                    self._marked(item, topic, body, context, who, named=named)
            context = " ".join(rest)

    def _agreed(self, item: str | None, text: str) -> None:
        """What the paragraph ends by agreeing without an "Action" mark (:func:`~bot.minutes.agreements.agreed`),
        each named in the warnings for the manager to check."""
        for who, body in agreed(text, self.resolver, self.names):
            self.found.append(_Found(item, body[:1].upper() + body[1:], f"Action: {body}", body, who, inferred=True))
            self.warnings.append(f"{_where(item)}: read as an action from the discussion (no 'Action' mark): "
                                 f"{shorten(body)}")  # fmt: skip

    def _marked(
        self, item: str | None, topic: str, body: str, context: str, who: str | None, *, named: bool = True
    ) -> None:
        if _CARRIED_LEAD.match(body) or _NO_ACTIONS.match(body.strip()):
            return  # "CA (carried forward from 12.02.18): to complete …": an older action; "Actions: None new."
        if who is None and _DECISION.match(body) and not _DECIDED_TASK.search(body):
            self.decisions.append(Decision(item, _with_topic(topic, body)))
            return
        context = _tail(context.strip())
        tail = _OWNER_DATE_TAIL.match(body.strip()) if who is None else None
        if tail and looks_like_when(tail["when"]) and self._owners_like(tail["who"].strip()):
            who, named = tail["who"].strip(), False  # "Commission a reviewer (HD – 4 April 2025)": HD's, by that date
            body = f"{tail['task'].rstrip(' .,;')}{when_words(tail['when'].strip())}"
        elif who is None and (owned := self._bracketed_owner(body.strip())):
            who, body, named = owned[0], owned[1], False  # "1. Commission a reviewer (GC, 30 November 2023)"
        if who is not None:
            who = untitled(who)  # "Action – Det Supt Kendrick:" is Kendrick's
            text = f"{body} – {who.strip()}" if named else body  # "Action for X: ..." keeps X in the text
            self.found.append(_Found(item, _with_topic(topic, text), f"Action: {body}", body, who))
        elif context and len(body.split()) <= 6 and self.resolver.phrase(body):
            said = f"{context.rstrip(' .')}. Action: {body}"
            task = _with_topic(topic, f"{context.rstrip(' .')} – {body}")
            self.found.append(_Found(item, task, said, body, bare=True))
        else:
            said = f"Action: {_AGREED_THAT.sub('', body)}"  # "it was agreed that X will ..." is X's action
            self.found.append(_Found(item, _with_topic(topic, body), said, body))

    def tabled(self, action: TableAction) -> None:
        """An action from an action table: who and when come from their own cells."""
        dated = action.raised and re.search(r"\d\s*[/.-]\s*\d|\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3}", action.raised)
        raised = find_dates(action.raised or "", self.now, self.board_dates) if dated else []
        if raised and raised[0].date is not None and raised[0].date < self.now.date():
            return  # an older action still on the log ("Date raised 15/07/15"), not one of this meeting's
        due = when_words(month_year((action.when or "").strip(), self.now.year))
        when = (action.when or "").strip()
        if _OTHER_MEETING.fullmatch(when) and (month := own_meeting(when, self.own_name)):
            due = f" by the {month} meeting"  # "September Executive" in the Executive's own minutes: its September one
        elif _OTHER_MEETING.fullmatch(when):  # "September Executive" of another body: a date not known
            where = f"Item {action.item}" if action.item else "No agenda item"
            self.warnings.append(f"{where}: no date known for '{action.when}': {shorten(action.task)}")
            due = ""
        if action.who and not action.when and (parted := self._who_then_when(action.who)):
            action = replace(action, who=parted[0], when=parted[1])  # "Who / when": "FM" over "16 Oct" in one cell
            due = when_words(month_year(parted[1], self.now.year))
        who = untitled(LEAD_ONLY.sub("", action.who)) if action.who else None  # "Lead: KD / Support: SO": KD's
        owned = self._bracketed_owner(action.task) if who is None else None
        if owned:  # "Hold a provider workshop (NR / OP)": the owners in brackets at the task's end
            who, task = owned
            action = replace(action, task=task)
        action = replace(action, task=without_reference(action.task))  # "24/38  CA to circulate ...": CA's
        said = f"Action: {action.task}{due}"
        self.found.append(_Found(action.item, action.task, said, f"{action.task}{due}", who))

    # Understanding ----------------------------------------------------------------------------------------
    def understand(self, found: _Found) -> MinutesAction:
        self._guesses = []
        meaning = interpret(found.said, None, self.now, self.names, guess=False)  # minutes: the rules alone
        owners = list(meaning.owners)
        ambiguous = list(meaning.ambiguous)
        said = f" {fold(found.said)} "
        for alias, name in self.guessed.items():  # "LADO to deliver ...": read through a worked-out name
            if f" {alias} " in said and any(o.name == name for o in owners):
                self._guesses.append(f"'{alias.upper() if len(alias) <= 5 else alias}' read as {name}")
        if found.who is not None:
            owners, ambiguous = self._named(found.who)
        elif not owners and not ambiguous and (subject := _BODY_SUBJECT.match(without_reference(found.body))):
            owners, ambiguous = self._named(subject["who"])  # "Learning and Improvement sub-group to produce ..."
        elif not owners and not ambiguous and _PASSIVE.search(found.body):
            owners = self._agent(found.body)  # "... to be circulated by LB before the May Board"
        if found.who is None:  # an owner written in an owner field is one, whatever the task sends them
            owners = self._without_recipients(found, owners)
        if (
            not owners
            and not ambiguous
            and (subject := SUBJECT.match(_AGREED_THAT.sub("", without_reference(found.body))))
        ):
            who = ALL_OF_THEM.sub("all members", strip_title(subject["who"]))  # "all member agencies to return"
            owners = subject_owners(self.resolver, who) or owners  # "The Chair and the DCS to convene ..."
        owners = [as_written(o) for o in owners if not _NO_ONE.fullmatch(o.name)]  # "L" of "L&D": no one
        due, wording, asap = meaning.due, meaning.due_wording, meaning.asap
        at = found.body.find(wording) if due is not None and wording else -1
        dated = wording is not None and re.search(r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]|\d\s*[/.]\s*\d", wording)
        elsewhere = not dated and any(0 <= at - m.end() <= 12 for m in BODY_MEETING.finditer(found.body))
        if elsewhere:
            due = None  # "before the first panel meeting in July": another body's meeting, its date not known
        if wording and not asap:
            again = find_due(wording, self.now, self.board_dates)
            if again is not None and again.meeting and again.date is not None:
                due = again.date
        elif due is None and not asap:  # "for the May Board": a board meeting these minutes date
            again = find_due(found.body, self.now, self.board_dates)
            if again is not None and again.meeting and again.date in self.board_dates:
                due, wording = again.date, again.wording
        if due is not None and due < self.now.date():  # "the minutes of 18 September": no new action is due before
            self.warnings.append(f"{_where(found.item)}: '{wording}' is before the meeting, not read as the date due: "
                                 f"{shorten(found.text)}")  # fmt: skip
            due, wording = None, None
        if due is None and not wording and not asap and (held := _MEETING_IN_MONTH.search(found.body)):
            wording = held[0]  # "to the meeting of the Board in March 2016": no date the rules read, a month's meeting
        if (
            due is None
            and wording
            and not asap
            and not elsewhere
            and (due := meeting_month_end(wording, self.now.date()))
        ):
            self.warnings.append(f"{_where(found.item)}: '{wording}' read as the end of {due:%B %Y} (that meeting's "
                                 f"date is not in the minutes): {shorten(found.text)}")  # fmt: skip
        text = without_reference(found.text)  # "A13. Send comments ...": the tracker keeps the words alone
        action = MinutesAction(found.item, text, tuple(owners), tuple(ambiguous), due, asap, wording)
        self._warn(found, action)
        where = f"Item {action.item}" if action.item else "No agenda item"
        self.warnings.extend(f"{where}: {guess} (not written in the attendance): {shorten(found.text)}"
                             for guess in dict.fromkeys(self._guesses))  # fmt: skip
        return action

    def _without_recipients(self, found: _Found, owners: list[Owner]) -> list[Owner]:
        """The person things are returned or sent to is not an owner (unless the action starts with them); in a
        group action they get no share either (``bot.tracker.groups.not_sharing``, when it is recorded)."""
        recipients: set[str] = set()
        for written in recipients_in(found.body):
            resolved = self.resolver.phrase(written, allow_unknown=False)
            if resolved and not fold(found.body).startswith(fold(written)):
                recipients.update(o.name for o in resolved.owners)
        return [o for o in owners if o.name not in recipients]

    def _warn(self, found: _Found, action: MinutesAction) -> None:
        self.warnings.extend(
            action_warnings(
                action,
                shorten(found.text if found.bare else found.body),
                self.joining,
                lambda: unread_due(found.body, self.now, self.board_dates, self.names),
            )
        )


def _where(item: str | None) -> str:
    return f"Item {item}" if item else "No agenda item"


_NO_ONE = re.compile(r"\W*\w?\W*")  # an owner of one letter or none names nobody


def _with_topic(topic: str, text: str) -> str:
    text = text.strip()
    return f"{topic}: {text}" if topic else text
