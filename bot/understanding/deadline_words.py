"""Wording that makes a plain date a deadline: a verdict after it ("the September board is realistic") or a
proposal before it ("could we put the 17th July?"). Read by the action rules' due date."""

from __future__ import annotations

import re

from bot.understanding.patterns import guarded

__all__ = [
    "DELIVERED_AT",
    "ENDS_MESSAGE",
    "MEETING_AFTER",
    "PAST_MEETING",
    "PROPOSED_BEFORE",
    "SPAN_ENDING",
    "VERDICT_AFTER",
]

# "the 19th June workshop might be a sensible deadline", "the September board is realistic": a date judged as a limit.
VERDICT_AFTER = guarded(
    r"(?:\s+(?:workshop|board|meeting|panel|one))?\s*,?\s+(?:(?:might|would|could|should|will|is|seems|sounds|feels)"
    r"(?:\s+be)?|be)\s+(?:(?:a|the|more|quite|very|most|probably|about|fairly)\s+)*(?:\w+\s+)?"
    r"(?:deadline|target|realistic|doable|achievable|reasonable|sensible|manageable|feasible|acceptable)\b",
    re.I,
)
# "could we put the 17th July?", "let's say 3 July", "aim for 26/6": a date proposed as the deadline.
PROPOSED_BEFORE = guarded(
    r"\b(?:(?:could|can|shall|should) (?:we|you) (?:please )?(?:put|say|make it|go for|pencil in|aim for|have)|"
    r"let'?s (?:say|aim for|go for|put)|(?:i'd|we'd) (?:say|suggest)|aim for|pencil in)\s+"
    r"(?:it\s+)?(?:as\s+|for\s+|down\s+for\s+)?(?:the\s+)?$",
    re.I,
)
# "... me n jo. 3 wks": a span of time as the last piece of a note, meaning within that time.
SPAN_ENDING = guarded(
    r"(?:^|[.,;:–—-]\s+)(?P<span>(?:a|one|two|three|four|five|six|\d{1,2})\s+(?:fortnight|weeks?|days?|months?)|"
    r"a fortnight)\s*[.!]?\s*$",
    re.I,
)
# "to present the options at the 19 June workshop", "bring it to the 10 July board": a dated meeting the work is
# delivered at (read before the date; the meeting word after it is MEETING_AFTER).
DELIVERED_AT = guarded(
    r"\b(?:present|presenting|bring|report|update|feed ?back|table|take|share|deliver|give|launch|circulate)\b"
    r"[^.;!?]*\b(?:at|to)\s+the\s+$",
    re.I,
)
MEETING_AFTER = guarded(r"\s+(?:workshop|board|meeting|panel|forum|session)\b", re.I)
# "she agreed at the workshop last month", "as discussed at the panel": a meeting that is past, not a deadline.
PAST_MEETING = guarded(
    r"\b(?:agreed|said|mentioned|discussed|decided|raised|offered|promised|confirmed|spoke|presented|met|was|were)"
    r"\s+(?:at|in|during)\s+the\s+(?:\w+\s+)?(?:workshop|panel|meeting|board)\b|"
    r"\b(?:workshop|panel|meeting|board)\s+(?:last\s+(?:week|month|year|time)|yesterday|earlier)\b",
    re.I,
)
# What may follow a bare date that ends the message: stops, and thanks or "please" ("close of play monday pls").
ENDS_MESSAGE = guarded(
    r"[\s.!?)]*(?:[\s,]*\b(?:please|pls|plz|thanks|thank you|thx|ta|cheers|many thanks)\b[\s.!?)]*)*"
    # "… next wk so can that go on the tracker pls": only the ask to record it after the date
    r"(?:[\s,.;–—-]*(?:so\s+)?(?:can|could|would)\s+(?:that|this|it|you|u)\s+(?:please\s+|pls\s+)?(?:go\s+on|be\s+added|"
    r"be\s+logged|add|log)\b[^.!?]{0,30}?[\s.!?)]*(?:\b(?:please|pls|thanks|ta|cheers)\b[\s.!?)]*)*)?$",
    re.I,
)
