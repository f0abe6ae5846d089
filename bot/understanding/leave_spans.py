"""Leave written as a start and a length: "I'm off from 3rd june for two weeks", "on leave for a fortnight from the
8th", "off for a week from monday". The last day away is the start plus the length, less a day (two weeks from
Wednesday 3 June: until Tuesday 16 June); "off this week and next": to the end of next week. "Back from leave today"
ends no span at all. Read by
:mod:`bot.understanding.leave`."""

from __future__ import annotations

import datetime as dt
import re

from bot.understanding.date_words import _NUMBER_RE, _number
from bot.understanding.dates import DateMention
from bot.understanding.patterns import guarded

__all__ = ["AWAY_FROM", "BACK_NOW_DAY", "span_end", "weeks_written_out"]

# What a member comes back from: "back from leave", "back off my hols", "back from the conference"
AWAY_FROM = r"(?:leave|a/l|hols?|holidays?|sick(?:\s+leave)?|course|training|secondment|conference|break|travels?|trip)"
# "back in the office today", "back from leave today": the leave is over
BACK_NOW_DAY = guarded(
    rf"\s*(?:(?:from|off)\s+(?:my\s+|the\s+|a\s+)?(?:\w+\s+){{0,2}}?{AWAY_FROM}\s+|"
    r"(?:in\s+)?(?:the\s+)?(?:office|work)\s+)?(?:today|yesterday|this\s+morning)\b",
    re.I,
)
_LENGTH = guarded(
    rf"\bfor\s+(?:(?P<n>{_NUMBER_RE})\s+(?P<unit>days?|weeks?|fortnights?)|(?P<fortnight>a\s+fortnight))\b", re.I
)
_FROM = guarded(r"\b(?:from|starting(?:\s+(?:on|from))?|as\s+of|beginning|w/?c)\s*$", re.I)
_DAYS = {"d": 1, "w": 7, "f": 14}


def span_end(text: str, mentions: list[DateMention]) -> dt.date | None:
    """The last day away when the text gives the leave's first day ("from …") and its length, else None."""
    length = _LENGTH.search(text)
    if length is None:
        return None
    start = next((m.date for m in mentions if m.date is not None and _FROM.search(text, 0, m.span[0])), None)
    count = 1 if length["fortnight"] else _number(length["n"])
    if start is None or count is None or count > 60:
        return None
    unit = "f" if length["fortnight"] else length["unit"][0].lower()
    return start + dt.timedelta(days=count * _DAYS[unit] - 1)


# "off sick this week and next", "away this week and the next": the second week, written out as a date reads it
_AND_NEXT = guarded(r"\b(this\s+week\s+and\s+)(?:the\s+)?next\b(?!\s+(?:week|wk)\b)", re.I)


def weeks_written_out(text: str) -> str:
    """ "this week and next" as "this week and next week": "next" alone names no day."""
    return _AND_NEXT.sub(r"\1next week", text)
