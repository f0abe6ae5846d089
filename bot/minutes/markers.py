"""The line markers more than one part of the reader looks for, kept here so that the parts need not import each other.

Header fields ("Date:", "Venue:"), the next meeting line, attendance labels ("Present:", "Apologies:") and action
marks ("Action:", "Action for X:"): the meeting's title and an attendance list end where another part's line begins.
"""

from __future__ import annotations

import re

_FIELD = re.compile(
    r"^(?P<key>date(?:\s+(?:and|&)\s+time)?|meeting date|date of(?: the)? meeting|time|venue|location|place|where"
    r"|subject|title|meeting)\s*[:–—-]\s*(?P<value>\S.*)$",
    re.I,
)
_NEXT_MEETING = re.compile(
    r"^(?:(?:the\s+)?date\s+(?:(?:and|&)\s+time\s+)?of\s+(?:the\s+)?)?next\s+(?:board\s+|[A-Z]{3,5}\s+)?meeting\b"
    r"(?:\s+(?:date|will be(?: held)?(?: on)?|is))?\s*[:–—-]?\s*(?P<rest>.*)$",
    re.I,
)
_LABEL = re.compile(
    r"^(?P<label>present|attendees|attendance|in attendance|members present|also present|"
    r"apolog(?:y|ies)(?:\s+(?:were\s+)?(?:received|for absence))?(?:\s+from)?)\s*(?::|[–—-]\s|$|(?<=from)\s)"
    r"\s*(?P<rest>.*)$",
    re.I,
)
_ACTION_MARK = re.compile(
    r"(?<![\w@.])(?:ACTIONS?|Actions?)(?:\s+(?:for|FOR)\s+(?P<who>[^:\n]{1,80}?))?(?:\s*:|\s*[–—]|\s+-(?=\s))\s*"
)
