"""Reading audit returns from chat: "S175: 64 of 114 complete, 24 not started", "WMP S11 submitted"."""

from __future__ import annotations

import re

from bot.directory import Person
from bot.understanding.interpretation import AuditReading
from bot.understanding.names import NameIndex
from bot.understanding.text import POSSESSIVE

_TYPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("S175", re.compile(r"\bS\.?\s?175s?\b|\bsec(?:t(?:ion)?)?\.?\s*175s?\b|\b(?:their|the|our|its)\s+175s?\b", re.I)),
    ("S11", re.compile(r"\bS\.?\s?11s?\b|\bsec(?:t(?:ion)?)?\.?\s*11s?\b", re.I)),
    ("CSE", re.compile(r"\bCSE\s+audits?\b|\bCSE\s+audit\s+panels?\b", re.I)),
    (
        "multi-agency",
        re.compile(r"\bmulti[- ]?agency\s+(?:\w+\s+)?audits?\b|\bthemed\s+(?:\w+\s+)?audits?\b", re.I),
    ),
    ("participation", re.compile(r"\bparticipation\s+audits?\b", re.I)),
)
_OF_TOTAL = re.compile(r"\b(\d{1,5})\s*(?:/|out of|of)\s*(?:the\s+)?(\d{1,5})\b", re.I)
_PERCENT_OF = re.compile(r"\b(\d{1,3})\s*%\s*of\s+(?:the\s+)?(\d{1,5})\b", re.I)
_PERCENT = re.compile(r"\b(\d{1,3})\s*%")
_COUNT_WORD = r"(?:schools?|audits?|returns?|agencies)?\s*"
_NOT_STARTED_COUNT = re.compile(
    rf"\b(\d{{1,5}})\s*{_COUNT_WORD}(?:still\s+)?(?:have\s+|has\s+)?(?:not|n't|haven't|hasn't)\s+(?:yet\s+)?"
    rf"(?:been\s+)?start",
    re.I,
)
_COMPLETED_COUNT = re.compile(
    rf"\b(\d{{1,5}})\s*(?:more\s+)?{_COUNT_WORD}(?:have\s+|has\s+)?(?:now\s+)?(?:been\s+)?"
    rf"(?:complete|completed|done|back|returned|received|in)\b",
    re.I,
)
_TOTAL = re.compile(r"\b(?:of|out of|all)\s+(?:the\s+)?(\d{1,5})\b", re.I)
_STATUS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "not_started",
        re.compile(
            r"\bnot\s+(?:yet\s+)?(?:been\s+)?started\b|\b(?:has|have)(?:n't| not)\s+(?:yet\s+)?(?:been\s+)?started\b",
            re.I,
        ),
    ),
    ("overdue", re.compile(r"\boverdue\b|\blate\b|\bpast (?:its|the) (?:due|deadline)", re.I)),
    (
        "in_progress",
        re.compile(
            r"\bin progress\b|\bunder ?way\b|\bstarted\b|\bhalf(?:-| )?(?:done|way)\b|"
            r"\bpart(?:ly|ially) (?:done|complete)|\bway through\b|\bworking on\b|\bnearly (?:done|complete)",
            re.I,
        ),
    ),
    (
        "complete",
        re.compile(
            r"\bcomplete(?:d)?\b|\bsubmitted\b|(?<!\bwell )\bdone\b|\bfinished\b|\breturned\b|\bsent\b|"
            r"\bsigned off\b|\b(?:is|as) in\b|\breceived\b|✅|✔",
            re.I,
        ),
    ),
)
_NOT_IN = re.compile(r"\b(?:not|n't|yet to|still waiting|awaiting|chasing)\b", re.I)
_SUBMITTED = re.compile(r"\b(?:submitted|sent|returned|handed in)\b", re.I)
_MIXED = re.compile(r"completed\s*/\s*not completed|complete\s*/\s*incomplete", re.I)
_OUR = re.compile(r"\b(?:our|my agency's|we)\b", re.I)


def audit_type(text: str) -> str | None:
    """The kind of audit a message is about, or None when it names none or several."""
    found = [name for name, pattern in _TYPES if pattern.search(text)]
    return found[0] if len(found) == 1 else None


def read_audit(text: str, names: NameIndex, writer: Person | None, *, question: bool) -> AuditReading | None:
    """The audit fields of a message about one audit type; None when it is not about exactly one."""
    kind = audit_type(text)
    if kind is None:
        return None
    subject, subject_id = _subject(text, kind, names, writer)
    completed, total, not_started = _counts(_without_audit_names(text))
    counted = completed is not None or not_started is not None
    status = None if counted or _MIXED.search(text) else _status(text, question=question)
    submitted = status == "complete" and bool(_SUBMITTED.search(text))
    return AuditReading(kind, subject, subject_id, status, completed, total, not_started, submitted)


def is_update(reading: AuditReading) -> bool:
    """Whether a statement carries news about the audit (a status or counts), not just mentions it."""
    return reading.status is not None or reading.completed is not None or reading.not_started is not None


def _subject(text: str, kind: str, names: NameIndex, writer: Person | None) -> tuple[str | None, int | None]:
    if kind in {"S175", "CSE", "participation", "multi-agency"}:
        return None, None
    words = re.findall(r"[A-Za-z&][\w&'’-]*", text)
    # The longest run of words that names an agency ("Dudley Group", "the police", "Public Health").
    for size in (5, 4, 3, 2, 1):
        for start in range(len(words) - size + 1):
            phrase = POSSESSIVE.sub("", " ".join(words[start : start + size]))
            agency = names.agency(phrase).agency
            if agency is not None:
                return agency.name, agency.id
    if writer is not None and writer.agency_id is not None and _OUR.search(text):
        return writer.agency, writer.agency_id
    return None, None


def _without_audit_names(text: str) -> str:
    """The text with "S11", "Section 175" and the like blanked, so their numbers are never counts."""
    for _, pattern in _TYPES[:2]:
        text = pattern.sub(" ", text)
    return text


def _counts(text: str) -> tuple[int | None, int | None, int | None]:
    completed = total = not_started = None
    percent = _PERCENT_OF.search(text)
    if percent:
        total = int(percent.group(2))
        shares = [int(p) for p in _PERCENT.findall(text)]
        after_first = text[percent.end() :]
        completed = round(total * shares[0] / 100)
        if len(shares) > 1 and re.search(r"not\s+(?:yet\s+)?(?:been\s+)?started", after_first, re.I):
            not_started = round(total * shares[1] / 100)
        return completed, total, not_started
    of_total = _OF_TOTAL.search(text)
    if of_total:  # "120 of 114" is kept as written: the update is then refused, not silently changed
        completed, total = int(of_total.group(1)), int(of_total.group(2))
    found = _NOT_STARTED_COUNT.search(text)
    if found:
        not_started = int(found.group(1))
    if completed is None:
        found = _COMPLETED_COUNT.search(text)
        if found:
            completed = int(found.group(1))
    if total is None:  # "71 have completed, of the 114", "24 schools not started out of 114"
        found = _TOTAL.search(text)
        counted = completed if completed is not None else not_started
        if found and counted is not None and int(found.group(1)) >= counted:
            total = int(found.group(1))
    return completed, total, not_started


def _status(text: str, *, question: bool) -> str | None:
    if question:
        return "not_started" if re.search(r"\bhaven't started\b|\bnot (?:yet )?started\b", text, re.I) else None
    for status, pattern in _STATUS:
        if pattern.search(text):
            if status == "complete" and _NOT_IN.search(text):
                return None  # "not received yet", "still waiting on the return": no news to record
            return status
    return None
