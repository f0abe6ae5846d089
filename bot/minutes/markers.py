"""The line markers more than one part of the reader looks for, kept here so that the parts need not import each other.

Header fields ("Date:", "Venue:"), the next meeting line, attendance labels ("Present:", "Apologies:") and action
marks ("Action:", "Action for X:"): the meeting's title and an attendance list end where another part's line begins.
"""

from __future__ import annotations

import re

# A row's or a minute's reference: "SAB/36/09", "A12", "3.2", "10."
# An older action's note that it goes on from an earlier meeting: "c/f", "b/f", "carried forward", "brought forward".
CARRIED_FORWARD = r"(?:c/f|b/f|carried\s*forward|brought\s*forward)"
ROW_REFERENCE = r"[A-Z]{0,5}[/-]?\d{1,3}(?:[/.-]\d{1,4}){0,3}[.)]?"
# A task's own reference before its words: "A13. Send ...", "4.4 Each agency ...", "WSCP/20/41 – Evaluate ...",
# "23/11 – Co-ordinate ..."; never the task's first words ("7 minute briefing", "Q3 dataset", "3.5 million").
_LEADING_REFERENCE = re.compile(
    r"^(?:[A-Z]{1,5}\d{1,3}[.):]|\d{1,3}(?:\.\d{1,2}){1,2}\.?|\d{1,3}[.)]"
    r"|(?:[A-Z]{1,6}\d{0,4}|\d{1,4})(?:/\d{1,4}){1,3}(?:\s*[–—:-]|(?=\s+[A-Z][A-Za-z]{0,3}\s)))\s+"
    r"(?=[A-Z(])"
)


def without_reference(task: str) -> str:
    """A task without the row's or paragraph's reference written before it."""
    return _LEADING_REFERENCE.sub("", task, count=1)


_FIELD = re.compile(
    r"^(?P<key>date(?:\s+(?:and|&)\s+time)?|meeting date|date of(?: the)? meeting|time|venue|location|place|where"
    r"|subject|title|meeting)\s*[:–—-]\s*(?P<value>\S.*)$",
    re.I,
)
_NEXT_MEETING = re.compile(
    r"^(?:(?:(?:the\s+)?dates?\s+(?:(?:and|&)\s+times?\s+)?of\s+(?:the\s+)?)?(?:next|future|forthcoming)\s+"
    r"(?:board\s+|joint\s+|[A-Z]{3,5}\s+)?(?:meetings?|panel|exec(?:utive)?|sub-?group|committee)\b"
    r"(?:\s+(?:date|will be(?: held)?(?: on)?|is))?"
    r"|(?:board\s+)?meeting\s+dates(?:\s+(?:for|in))?\s+\d{4}(?:/\d{2,4})?"  # "Meeting dates 2020": the first to come
    r"|next\s+(?:exec(?:utive)?|board|sub-?group|group|panel|committee|partnership(?:\s+board)?)(?=\s*[:–—-]))"
    r"\s*[:–—-]?\s*(?P<rest>.*)$",
    re.I,
)
_LABEL = re.compile(
    r"^(?P<label>present|attendees|attendance|in attendance|also in attendance|"
    r"also present|also there|those present|"
    r"(?:(?:board|panel|group|sub-?group|committee|executive|partnership|core|voting)\s+)?"
    r"members(?:\s+(?:present|attending))?|officers(?: in attendance)?|officers present|guests?|"
    r"also attending|attending|attended|in attendance for items?|advis[eo]rs?|professional advis[eo]rs?|"
    r"deputi(?:es|sing)(?:\s+(?:attending|present|at\s+this\s+meeting))?(?:\s+on\s+[^:\n]{1,20}|"
    r"\s+\d{1,2}[./]\d{1,2}[./]\d{2,4})?|substitutes|"
    r"observers?|not present|absent|not in attendance|members not present|absent without apologies|did not attend|"
    r"who was there|who attended|did(?:n[’']t| not) make it|"
    r"apols?|apolog(?:y|ies)(?:\s+(?:were\s+)?(?:received|for absence))?(?:\s+from)?"
    r"(?:\s+(?:and|&)\s+(?:deputies|substitutes|representation|deputies\s+attending))?)"
    r"(?:\s*/\s*[^:/\n]{2,40}?(?=\s*:))?"  # a label in a second language: "Present / Yn bresennol:"
    r"(?:\s*\([^()\n]{2,40}\)(?=\s*(?::|$)))?"  # a note on the list: "Also attending (not Board members):"
    r"\s*(?::|[–—-]\s|$|(?<=from)\s)\s*(?P<rest>.*)$",
    re.I,
)
"""An attendance label; what kind of list it starts is :func:`label_kind`'s answer."""
_OTHERS = re.compile(
    r"^(?:in attendance|also in attendance|also present|also there|also attending|officers|guests?|observers?|"
    r"(?:professional\s+)?advis[eo]rs?)",
    re.I,
)
# "Apologies for absence were received from R HENSHAW, L O'NEILL and W YATES." in the text of an item.
# A full stop that ends a sentence: not an initial's ("A. Cowell", "Mr B.") nor a title's ("Dr. Lund").
SENTENCE_STOP = r"(?<!\b[A-Z])(?<!\bM[rs])(?<!\bMrs)(?<!\bDr)\."
APOLOGIES_SENTENCE = re.compile(
    r"\bapolog(?:y|ies)(?:\s+for\s+absence)?\s+(?:were|was|had\s+been|have\s+been)(?:\s+also)?\s+(?:received|submitted|"
    r"given|sent|noted)\s+from\s+(?P<rest>(?:[^.;\n]|(?<=\b[A-Z])\.|;(?=\s*(?:and\s+)?from\s)|"  # "A. Cowell", "; from"
    r"(?<=\bMr)\.|(?<=\bMrs)\.|(?<=\bMs)\.|(?<=\bDr)\.){3,600}?)"
    rf"(?:{SENTENCE_STOP}(?:\s|$)|;|$)",
    re.I,
)
# "Mrs Gillian Pryce (Sutwell Heath Mental Health Trust) sent apologies": one person's, said of them.
SENT_APOLOGIES = re.compile(
    r"(?:^|(?<=[.;]\s))(?P<who>(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Prof)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}"
    r"(?:\s*\([^()]{1,80}\))?)\s+(?:had\s+)?(?:sent|gave|tendered|offered)\s+(?:(?:her|his|their)\s+)?apologies\b"
)
_ABSENT = re.compile(
    r"^(?:not present|absent|not in attendance|members not present|did not attend|did(?:n[’']t| not) make it)", re.I
)


def label_kind(label: str) -> str:
    """ "present", "apologies", "others" (officers, minute takers, guests: not members present) or "absent"."""
    if label.lower().startswith("apol"):
        return "apologies"
    if _ABSENT.match(label):
        return "absent"
    return "others" if _OTHERS.match(label) else "present"


_ACTION_MARK = re.compile(
    # "ACTION 17/09:", "ACTION 87:"
    r"(?<![\w@.])(?:ACTIONS?|Actions?)(?:\s+[A-Z]{0,4}\d{1,3}(?:[/.]\d{1,4}){0,2}(?=\s*[:(–—]))?"
    r"(?:\s+(?:for|FOR|by|BY)\s+(?P<who>[^:\n]{1,80}?)"
    r"|\s+(?!(?:PLAN|LOG|LOGS|POINT|POINTS|NOTE|NOTES|NO|REF|Plan|Log|Point|Points|Note|Notes|No|Ref)\b)"
    r"(?P<initials>[A-Z][A-Za-z]{1,3}(?:\s*[/&,]\s*[A-Z][A-Za-z]{1,3}){0,4})(?=\s*:)"  # "ACTION RB:"
    r"|\s*\((?!(?i:item|minute|see|ref|no\.?|\d))(?P<paren>[^()\n:]{1,60})\))?(?:\s*:|\s*[–—]|\s+-(?=\s))\s*"
    r"|(?<![\w@.])(?:ACTION|Action)\s+(?:by|BY)\s*:\s*(?P<by>[^\n]{1,80}?)\s*$"
    r"|^(?:NEXT STEPS?|Next steps?|ACTION POINTS?|Action points?|FOLLOW[- ]UP|Follow[- ]up)\s*(?::|[–—]|-(?=\s))\s*"
)

# A heading over the meeting's actions gathered in one place ("Summary of actions", "Action points agreed – 3 May
# 2016", "New actions agreed at this meeting").
SUMMARY_OF_ACTIONS = re.compile(
    r"^(?:summary\s+of\s+(?:the\s+)?(?:new\s+|agreed\s+)?actions?(?:\s+agreed)?|actions?\s+summary|(?:schedule|list|table)"
    r"\s+of\s+(?:new\s+)?actions|(?:new\s+)?actions?\s+(?:agreed|arising)\s+(?:at|from)\s+(?:this|the)\s+meeting|"
    r"new\s+actions|action\s+points(?:\s+(?:agreed|arising))?(?:\s*[–—-]\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\s+\d{4}|"
    r"[\d/.]{6,10}))?)\s*:?$",
    re.I,
)

# A line ending by heading a list of the last meeting's actions reviewed: "Notes agreed. Actions from December:",
# "Actions from the previous meeting:", "Update on actions from 3 Dec:".
REVIEWED_ACTIONS = re.compile(
    r"\bactions?\s+(?:from|of|arising\s+from)\s+(?:the\s+)?(?:last|previous|prior|earlier|"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{2,4})?|"
    r"\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)(?:\s+(?:meeting|mtg|board|group|panel))?\s*:\s*$",
    re.I,
)
