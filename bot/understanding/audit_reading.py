"""Reading audit returns from chat: "S175: 64 of 114 complete, 24 not started", "WMP S11 submitted"."""

from __future__ import annotations

import re

from bot.directory import Person, department_name
from bot.understanding.agencies import is_nhs_trust
from bot.understanding.interpretation import AuditReading
from bot.understanding.name_words import is_everyday_word
from bot.understanding.names import NameIndex
from bot.understanding.patterns import Pattern, guarded
from bot.understanding.text import POSSESSIVE

_TYPES: tuple[tuple[str, Pattern], ...] = (
    (
        "S175",
        guarded(
            r"\bS\.?\s?175s?\b|\bsec(?:t(?:ion)?)?\.?\s*175s?\b|\b(?:their|the|our|its|an?)\s+175s?\b|^175s?\b|\b175s\b|"
            r"\b175\s+(?:audits?|returns?|self[- ]assessments?)\b|"
            # "Halesowen College 175 in progress": the number after a school's name
            r"\b(?:college|school|primary|academy|high|infants|juniors|nursery)\s+175\b(?!\s+(?:pupils|children|staff))|"
            r"\bschools?['’]?\s+(?:safeguarding\s+)?audits?\b|"
            r"\bschools?\b[^.?!]{0,40}\btheir\s+(?:safeguarding\s+)?(?:audits?|self[- ]assessments?)\b"
            r"(?!\s+(?:packs?|forms?|templates?|tools?|guidance|training|letters?|deadlines?|dates?|links?|emails?|"
            r"reminders?|questions?))",
            re.I,
        ),
    ),
    ("S11", guarded(r"\bS\.?\s?11s?\b|\bsec(?:t(?:ion)?)?\.?\s*11s?\b", re.I)),
    ("CSE", guarded(r"\bCSE\s+audits?\b|\bCSE\s+audit\s+panels?\b", re.I)),
    (
        "multi-agency",
        guarded(r"\bmulti[- ]?agency\s+(?:\w+\s+)?audits?\b|\bthemed\s+(?:\w+\s+)?audits?\b", re.I),
    ),
    ("participation", guarded(r"\bparticipation\s+audits?\b", re.I)),
)
_OF_TOTAL = guarded(r"\b(\d{1,5})\s*(?:/|out of|of)\s*(?:the\s+)?(\d{1,5})\b", re.I)
_DATE_CUE = guarded(
    r"\b(?:by|due|before|on|until|till|from|for|after|deadline|w/?c|week commencing|end|date)\s+(?:the\s+)?$", re.I
)
_PERCENT_OF = guarded(r"\b(\d{1,3})\s*%\s*of\s+(?:the\s+)?(\d{1,5})\b", re.I)
_PERCENT = guarded(r"\b(\d{1,3})\s*%")
_COUNT_WORD = r"(?:schools?|audits?|returns?|agencies)?\s*"
_NOT_STARTED_COUNT = guarded(
    rf"\b(\d{{1,5}})\s*{_COUNT_WORD}(?:that\s+|which\s+|who\s+)?(?:still\s+)?(?:have\s+|has\s+)?"
    rf"(?:(?:not|n't|haven't|hasn't)\s+(?:yet\s+)?"
    rf"(?:been\s+)?|(?:yet|still)\s+to\s+)start",
    re.I,
)
# "114 schools, 80 done": a count of the whole, written before what is done.
_WHOLE = guarded(
    r"\b(\d{1,5})\s+(?:schools|agencies|returns|audits|settings)\b(?!\s+(?:have|has|are|were|not|still|now|"
    r"complete|completed|done|back|returned|received|in\b(?!\s+(?:total|all)\b)|that|which|who|yet))"
)
# "we're on standard 5 of 8", "section 3/7": a place in the audit, so progress rather than counts.
_POSITION = guarded(
    r"\b(?:standard|section|stage|step|part|question|page|chapter)\s+\d{1,3}\s*(?:/|of|out of)\s*\d", re.I
)
_COMPLETED_COUNT = guarded(
    rf"\b(\d{{1,5}})\s*(?:more\s+)?{_COUNT_WORD}(?:have\s+|has\s+)?(?:now\s+)?(?:been\s+)?"
    rf"(?:complete|completed|done|back|returned|received|in)\b(?!\s+(?:total|all)\b)",
    re.I,
)
_TOTAL = guarded(r"\b(?:of|out of|all)\s+(?:the\s+)?(\d{1,5})\b", re.I)
# "about 2/3 done": a share of one return, never counts of schools (nor a date)
_SHARE = r"\b(?:1/[234]|2/3|3/4)\s+(?:done|complete[d]?|through)\b"
_STATUS: tuple[tuple[str, Pattern], ...] = (
    (
        "not_started",
        guarded(
            r"\bnot\s+(?:yet\s+|even\s+)?(?:been\s+)?(?:started|begun|commenced)\b|"
            r"\b(?:has|have)(?:n['’]?t| not)\s+(?:yet\s+|even\s+|actually\s+)?(?:been\s+)?"
            r"(?:started|begun|commenced)\b|"
            r"\b(?:yet|still)\s+to\s+(?:start|begin|be started|be begun)\b|\bnot\s+(?:yet\s+)?(?:got\s+)?going\b|"
            # "we havent been able to start our s11", "haven't got round to the s11 yet"
            r"(?:\bnot|n['’]?t)\s+(?:yet\s+)?been\s+able\s+to\s+(?:start|begin)\b|"
            r"(?:\bnot|n['’]?t)\s+(?:yet\s+|even\s+)?(?:got|gotten|come)\s+(?:a)?round\s+to\b|"
            # "hasnt been touched yet", "not even opened the template"
            r"(?:\bnot|n['’]?t)\s+(?:yet\s+|even\s+)?(?:been\s+)?(?:touched|opened)\b",
            re.I,
        ),
    ),
    # "late", not "late nights" or "late notice": the return, not the hours put in
    (
        "overdue",
        guarded(
            r"\boverdue\b|(?<!\bit\swas\s)(?<!\bsorry\sits\s)(?<!\bsorry\sit['’]s\s)\blate\b"
            r"(?!\s+(?:nights?|evenings?|notice|shifts?|finish))|"  # never "(sorry) it was late": it is in
            r"\bpast (?:its|the) (?:due|deadline)",
            re.I,
        ),
    ),
    (
        "in_progress",
        guarded(
            r"\bin progress\b|\bunder ?way\b|\bstarted\b|\bhalf(?:-| )?(?:done|way)\b|"
            r"\b(?:is|are|still)\s+in\s+draft\b|"
            # "about two-thirds done", "80% complete", "three quarters of the way through": part of it
            r"\b(?:(?:a|one|two)[- ]?(?:thirds?|quarters?)|three[- ]?quarters|\d{1,2}\s?(?:%|per\s?cent))\s+"
            r"(?:done|complete[d]?|finished|through|of\s+the\s+way)\b|"
            r"\b(?:expect|hope|plan|aim)(?:ing)?\s+to\s+(?:finish|complete|submit|send)\b|"
            r"\bpart(?:ly|ially) (?:done|complete)|\bway through\b|\bworking on\b|\bnearly (?:done|complete)|"
            # "still being worked on", "ongoing", "in hand", "about half way through", "almost finished"
            r"\b(?:being|been)\s+worked\s+on\b|\bstill\s+(?:being\s+)?(?:worked on|working|going|ongoing|in hand)\b|"
            r"\bon-?going\b|\bin hand\b|\bpart(?:-| )?way\b|\b(?:almost|nearly)\s+(?:there|finished|through)\b|"
            r"\b(?:begun|commenced)\b|"
            # "have made a start on their 175 audit", "phase trust s11 being done this wk"
            r"\bmade\s+(?:a\s+|an\s+early\s+|a\s+good\s+)?start\b|"
            r"\bbeing\s+(?:done|completed|finished|filled in|written)\b|"
            # "the return is written but the principal still has to sign it off", "drafted, awaiting sign-off"
            r"\b(?:written|drafted|done)\s+but\s+(?:not|still|the\s+\w+\s+still|(?:he|she|they)\s+still|needs?|awaiting)\b|"
            r"\bstill\s+(?:has|have|needs?)\s+to\s+(?:be\s+)?(?:sign|signed|submit|submitted|approve|approved)\b|"
            # "draft done, with the ACC for sign off", "awaiting sign-off", "2/3 done"
            r"\bdraft\s+(?:done|complete[d]?|finished|written|ready)\b|\b(?:for|awaiting|needs?|pending)\s+(?:final\s+)?"
            rf"sign[\s-]?off\b|{_SHARE}|"
            # "ive chased the head, shes on it"
            r"\b(?:she|he|they)(?:'s|'re|\s+is|\s+are)\s+(?:now\s+)?on\s+(?:it|the\s+case)\b",
            re.I,
        ),
    ),
    (
        "complete",
        guarded(
            r"\bcomplete(?:d)?\b|\bsubmitted\b|(?<!\bwell )\bdone\b|\bfinished\b|\breturned\b|\bsent\b|"
            r"\bsigned off\b|\b(?:is|as|went|gone|has gone|been put|was put|came|has come|have come) in\b"
            r"(?!\s+(?:draft|progress|hand|preparation|review|development|the\s+works))|"  # never "is in draft"
            r"\breceived\b|"
            r"\barrived\b|✅|✔|\blanded\b|\bin\s+(?:my|our|the)\s+inbox\b|\bemailed\s+(?:\w+\s+){0,3}?over\b|"
            r"(?<!\bjust\s)(?<!\bI['’]m\s)(?<!\bim\s)(?<!\bbeen\s)\bback\s+(?:from|in)\b|\b(?:is|are|now)\s+back\b|"
            # "Netherton Park Primary s175 back today, all green": the return itself back (not sent back to them)
            r"\b(?:s\s?11|s\s?175|section\s+(?:11|175)|return|audit)\s+(?:just\s+)?back\b(?!\s+(?:to|with|for)\b)|"
            # "fire service S11 went back to Martine yesterday", "Wrens Nest Primary S175 came back today"
            r"\b(?:went|gone|has\s+gone|was\s+sent)\s+(?:back\s+)?(?:off\s+)?to\s+(?:martine|the\s+(?:board|manager|"
            r"business\s+manager|dscb))\b|\b(?:came|has\s+come|come)\s+back\b(?!\s+(?:with|to\s+us))|"
            r"\b(?:went|has\s+gone|gone)\s+off\b(?!\s+(?:to\s+(?!martine|the\s+board)|the\s+boil|track))|"  # "went off"
            r"(?<=\w)\s+(?:now\s+)?in\W*$",  # "S11 for housing in", "housing s11 now in 👍"
            re.I,
        ),
    ),
)
# "Priory Primary", "Old Park School", "St Mary's C of E Academy", "Dudley College": one school's own S175 return, by
# its name as written (capitalised words ending in a kind of school; not "All Primary schools").
_SCHOOL = guarded(
    r"\b(?P<name>(?!(?:All|The|Our|Their|Every|Each|Some|Any|Most|Many|No|Other|Remaining|Local|These|Those|Which|What|"
    r"How|Hi|Hello|Primary|Secondary|Special|Independent|Maintained|FE|Further|Dear|Morning|Just|Has|Have|Is|Are|"
    r"Was|Were|Did|Does|Do|Can|Could|Will|When|Where|Why|Who|Whether|If)\b)"
    r"(?:St\.?\s+|Saint\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|and|&|de|C of E|CofE|CE|RC)\s+)?[A-Z][\w'’-]*){0,4}?\s+"
    r"(?:Primary|Secondary|Junior|Juniors|Infant|Infants|Nursery|High|Grammar|Academy|College|Collegiate|School|"
    r"Sixth Form|"
    r"Pre-?[Ss]chool|Federation)(?:\s+(?:School|Academy|College))?)\b"
)
# "hob green primary", "DUDLEY COLLEGE": a school named in lower case (or capitals), one to three words before its kind.
_SCHOOL_TYPED = guarded(
    r"\b(?P<words>(?:[a-z][a-z'’-]*\s+){1,3})(?P<kind>primary|secondary|junior|infants?|nursery|high|grammar|academy|"
    r"college|school)\b(?!\s+(?:schools?|heads?|sector|phase|rep|reps|settings?)\b)",
    re.I,
)
# "Cotwall End primary", "Hob Green school": a school's capitalised name before its kind typed in lower case.
_SCHOOL_CAPITALISED = guarded(
    r"\b(?P<name>(?!(?:All|The|Our|Their|Every|Each|Some|Any|Most|Many|No|Other|Hi|Has|Have|Is|Are|Did|Can|Will|When|"
    r"Where|Which|What|How|I|We|Please|Just|Dear)\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:primary|secondary|"
    r"junior|infants?|nursery|high|academy|college|school))\b(?!\s+(?:schools?|heads?|sector|phase|reps?|settings?)\b)"
)
_SCHOOL_KIND = guarded(r"primary|secondary|junior|infants?|nursery|high|grammar|academy|college|school|special")
# "get it done", "to be completed by", "will submit": work still to do, whose words are not a status.
_FUTURE_DONE = guarded(
    r"\b(?:get|getting|have|having)\s+(?:it|this|that|them|(?:the|their|our|its|his|her)\s+[\w-]+)\s+"
    r"(?:done|completed|finished|submitted|returned|sent)\b|"
    r"\b(?:to|will|should|must|shall|would|need to)\s+be\s+(?:done|completed|finished|submitted|returned|sent)\b|"
    r"\b(?:will|shall|'ll)\s+(?:complete|finish|submit|return|send)\b|"
    r"\bto\s+(?:complete|finish|submit|return|send)\s+(?:it|this|that|the|their|our|its|his|her)\b",
    re.I,
)
# "Thank you Su for chasing it": thanks for the work, not news that the return is still awaited.
_THANKS_SENTENCE = guarded(
    r"(?:^|(?<=[.!?])\s+|\s[-–—]\s+|,\s+)(?:(?:many|big)\s+)?(?:thanks|thank\s+you|cheers)\b[^.!?]*", re.I
)
_NOT_IN = guarded(r"\b(?:not|n't|yet to|still waiting|awaiting|chasing)\b", re.I)
_SUBMITTED = guarded(r"\b(?:submitted|sent|returned|handed in)\b", re.I)
_MIXED = guarded(r"completed\s*/\s*not completed|complete\s*/\s*incomplete", re.I)
_INCREMENT = guarded(r"\b(?:another|a further|an extra)\s+$", re.I)
# "sent to the DSCB": who received it; not "where are we with the early years s11", which asks after it
_RECIPIENT = guarded(r"\b(?:to|into|(?<!\bwe )(?<!\bthings )(?<!\bgoing )with)(?:\s+the)?$", re.I)
_OUR = guarded(r"\b(?:our|my agency's|we)\b", re.I)
# "the Trust", "the council": a kind of agency, meaning the writer's own when their agency is of that kind.
_AGENCY_KIND = guarded(
    r"(?:\b(?:the|our)\s+|^)(?P<word>trust|council|authority|service|partnership|college|charity)\b", re.I
)
_WHERE_ARE_WE = guarded(
    r"\b(?:where|how) (?:are|were) we\b|\bwhere we (?:are|were|stand)\b", re.I
)  # "where are we with the S11s?": all


def school_named(text: str) -> str | None:
    """The school a message names ("Wrens Nest Primary", "St Thomas's C of E Primary School"), or None."""
    found = _SCHOOL.search(text) or _SCHOOL_CAPITALISED.search(text)
    return found["name"] if found else None


def audit_type(text: str) -> str | None:
    """The kind of audit a message is about, or None when it names none or several."""
    found = [name for name, pattern in _TYPES if pattern.search(text)]
    return found[0] if len(found) == 1 else None


_REMINDER = guarded(
    r"^\W*(?:(?:hi|hello|morning|afternoon|evening)(?:\s+(?:all|everyone))?\W+)?(?:just\s+)?(?:a\s+)?"
    r"(?:quick\s+|friendly\s+|gentle\s+|final\s+)?reminder\s+(?:that|to|about|for\s+(?:all|everyone))\b|"
    r"\bthanks?\s+(?:you\s+)?to\s+(?:everyone|all)\s+who\s+(?:has|have)\s+"
    r"(?:already\s+)?(?:sent|submitted|returned|done)\s+(?:theirs|their|it|them)\b",
    re.I,
)


def read_audit(text: str, names: NameIndex, writer: Person | None, *, question: bool) -> AuditReading | None:
    """The audit fields of a message about one audit type; None when it is not about exactly one."""
    kind = audit_type(text)
    if kind is None or (not question and _REMINDER.search(text)):
        return None  # "just a reminder that S11 returns are due …, thanks to everyone who has sent theirs in": to all
    head = _up_to_audit_sentence(text, kind)
    subject, subject_id = (None, None) if _ACROSS_AGENCIES.search(text) else _subject(head, kind, names, writer)
    if subject is None and _CLARIFIED.match(text[len(head) :]):  # "Has probation's S11 been done? I mean the CRC"
        subject, subject_id = _subject(text, kind, names, writer)
    position = _POSITION.search(text) or _SHARE_DONE.search(text)  # "about 2/3 done": a share of one return, not counts
    completed, total, not_started = (None, None, None) if position else _counts(_without_audit_names(text))
    counted = completed is not None or not_started is not None
    status = None if counted or _MIXED.search(text) else _status(text, question=question)
    share = _PERCENT.search(text)
    if not question and not counted and (position or (share and int(share[1]) < 100)) and status != "not_started":
        status = "in_progress"  # "about 70% done", "on standard 5 of 8": under way, not complete
    if not question and completed and total and completed < total and not_started is None and not _MIXED.search(text):
        status = "in_progress"  # "6 of the 8 standards done", "38 of 54 schools back": under way
    if not question and _material_only(text, kind):
        status = None  # "Marie has sent the S175 reminder to all heads": the reminder went, not a return
    submitted = status == "complete" and bool(_SUBMITTED.search(text))
    return AuditReading(kind, subject, subject_id, status, completed, total, not_started, submitted)


# "how many agencies have completed their Section 11 audits?": every return asked about, whoever writes
_ACROSS_AGENCIES = guarded(
    r"\bhow\s+many\s+(?:of\s+the\s+)?(?:agencies|partners|organi[sz]ations|schools|members)\b|"
    r"\b(?:which|what)\s+(?:agencies|partners|organi[sz]ations|schools)\b",
    re.I,
)
_SHARE_DONE = guarded(_SHARE, re.I)


def progress_status(clause: str) -> str | None:
    """ "in_progress" or "not_started" when a clause reports an audit under way or not begun ("they're about half
    way through", "not yet begun"); None for anything else (including "complete")."""
    status = _status(clause, question=False)
    return status if status in {"in_progress", "not_started"} else None


def is_update(reading: AuditReading) -> bool:
    """Whether a statement carries news about the audit (a status or counts), not just mentions it."""
    return reading.status is not None or reading.completed is not None or reading.not_started is not None


# What is sent about an audit, not the audit itself: "the S175 reminder", "the S11 template", "S11 training".
_MATERIAL = guarded(
    r"\s*(?:(?:return|audit|self[- ]assessment)s?\s+)?(?:packs?|forms?|templates?|tools?|toolkits?|guidance|training|"
    r"letters?|deadlines?|dates?|links?|emails?|reminders?|questions?|briefings?|sessions?|workshops?|webinars?|"
    r"chasers?|spreadsheets?|documents?|paperwork|invites?|invitations?)\b",
    re.I,
)


def _material_only(text: str, kind: str) -> bool:
    """Whether every mention of the audit names something sent about it ("the S175 reminder"), not the return."""
    mentions = list(dict(_TYPES)[kind].finditer(text))
    return bool(mentions) and all(_MATERIAL.match(text, m.end()) for m in mentions)


_CLARIFIED = guarded(r"\s*(?:I\s+mean|sorry|i\.?e\.?|that\s+is|meaning|as\s+in)\b", re.I)


def _up_to_audit_sentence(text: str, kind: str) -> str:
    """The text up to the end of the sentence that names the audit: whose return it is comes there or before
    ("Has the acute trust submitted its S11? … before the CCG's quality meeting": not the CCG's)."""
    pattern = dict(_TYPES)[kind]
    named = pattern.search(text)
    end = guarded(r"[.!?](?=\s|$)").search(text, named.end()) if named else None
    return text[: end.end()] if end else text


def _subject(text: str, kind: str, names: NameIndex, writer: Person | None) -> tuple[str | None, int | None]:
    if kind == "S175":
        school = _SCHOOL.search(text)
        school = school or _SCHOOL_CAPITALISED.search(text)  # "Cotwall End primary have sent their s175 in"
        return (school["name"], None) if school else (_school_typed(text), None)
    if kind in {"CSE", "participation", "multi-agency"}:
        return None, None
    words = re.findall(r"[A-Za-z&][\w&'’-]*", text)
    # The longest run of words that names an agency ("Dudley Group", "the police", "Public Health").
    for size in (5, 4, 3, 2, 1):
        for start in range(len(words) - size + 1):
            phrase = POSSESSIVE.sub("", " ".join(words[start : start + size]))
            match = names.agency(phrase)
            agency = match.agency
            if agency is None and writer is not None and writer.agency_id is not None:
                ours = [a for a in match.candidates if a.id == writer.agency_id and not a.department]
                agency = ours[0] if len(ours) == 1 else None  # "has probation sent its S11?" from the NPS: the NPS
            if agency is not None and not _RECIPIENT.search(" ".join(words[:start])):
                return agency.name, agency.id
    if writer is None or writer.agency_id is None or writer.agency is None:
        return None, None
    unit = department_name(writer.agency, writer.department)  # "our S11 is done" from Housing: DMBC – Housing's
    if _OUR.search(_WHERE_ARE_WE.sub(" ", text)):
        return unit, writer.agency_id
    kind_named = _AGENCY_KIND.search(text)  # "The Trust's S11 went in", written by a member of the Trust
    if kind_named is not None and (
        kind_named["word"].lower() in writer.agency.lower().split()
        or (kind_named["word"].lower() == "trust" and is_nhs_trust(writer.agency))  # "the Trust's S11", from BCPFT
    ):
        return unit, writer.agency_id
    return None, None


def _school_typed(text: str) -> str | None:
    """ "has hob green primary sent its s175": the school's name, capitalised, from the words before its kind that
    are no everyday word ("has", "all", "the"); None when no such word is there."""
    for found in _SCHOOL_TYPED.finditer(text if text.islower() or text.isupper() else text.lower()):
        words = found["words"].split()
        while words and _not_a_school_word(words[0]):
            words.pop(0)
        if words and not any(_not_a_school_word(w) for w in words):
            return " ".join(w.capitalize() for w in [*words, found["kind"]])
    return None


def _not_a_school_word(word: str) -> bool:
    """An everyday word or a kind of school ("has", "every", "secondary"), not part of one school's name ("old")."""
    lowered = word.lower()
    return lowered not in {"old", "new"} and (is_everyday_word(lowered) or _SCHOOL_KIND.fullmatch(lowered) is not None)


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
    of_total = next((f for f in _OF_TOTAL.finditer(text) if not _is_a_day(f, text)), None)
    if of_total:  # "120 of 114" is kept as written: the update is then refused, not silently changed
        completed, total = int(of_total.group(1)), int(of_total.group(2))
    found = _NOT_STARTED_COUNT.search(text)
    if found:
        not_started = int(found.group(1))
    if completed is None:  # "another 5 have returned, so that's 69 completed now": the running total
        counts = [f for f in _COMPLETED_COUNT.finditer(text) if not _INCREMENT.search(text, 0, f.start())]
        if counts:
            completed = int(counts[-1].group(1))
    if total is None:  # "71 have completed, of the 114", "24 schools not started out of 114"
        found = _TOTAL.search(text) or _WHOLE.search(text)
        counted = completed if completed is not None else not_started
        if found and counted is not None and int(found.group(1)) >= counted:
            total = int(found.group(1))
    return completed, total, not_started


def _is_a_day(fraction: re.Match[str], text: str) -> bool:
    """Whether "31/07" is a day and month, not "31 of 7": written with a slash, and zero-padded, after a date
    cue ("by 31/07", "due 5/6") or a day-month no count could be (the first number above the second)."""
    if "/" not in fraction[0]:
        return False
    day, month = fraction[1], fraction[2]
    if not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
        return False
    cue = _DATE_CUE.search(text, 0, fraction.start())
    return day.startswith("0") or month.startswith("0") or cue is not None or int(day) > int(month)


def _status(text: str, *, question: bool) -> str | None:
    if question:
        return "not_started" if re.search(r"\bhaven't started\b|\bnot (?:yet )?started\b", text, re.I) else None
    text = _FUTURE_DONE.sub(" ", text)  # "we'd like to get it done in 2 weeks": a plan, not news
    for status, pattern in _STATUS:
        if pattern.search(text):
            if status == "complete" and _NOT_IN.search(_THANKS_SENTENCE.sub(" ", text)):
                return None  # "not received yet", "still waiting on the return": no news to record
            return status
    return None


# "s11 summary pls", "S175 position please": a request for the audit's state, asked as a statement.
AUDIT_SUMMARY = guarded(
    r"^(?:the\s+)?(?:latest\s+)?(?:summary|overview|position|breakdown|status|update|progress|figures|numbers|stats)\s+"
    r"(?:on|of|for|with)\s+(?:the\s+|our\s+)?[\w.]{2,12}(?:\s+[\w.]{2,12})?"
    r"(?:\s+(?:please|pls|plz|thanks|ta|now|so far))*\W*$|"
    r"^(?:(?:the|our|latest)\s+)?[\w.]{2,12}\s+(?:summary|overview|position|breakdown|status|latest|figures|"
    r"update|progress|numbers|stats)(?:\s+(?:for|ahead\s+of|before)\s+(?:the\s+|our\s+|next\s+)?[\w'’ ]{1,25}?)?"
    r"(?:\s+(?:please|pls|plz|thanks|ta|now|so far))*\W*$",
    re.I,
)
# "can you mark the fire service S11 as in": a request to record news, not a question about the audit.
MARK_AUDIT = guarded(r"^(?:can|could|would) you (?:please )?(?:mark|log|record|put|show|update)\b", re.I)
