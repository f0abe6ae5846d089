"""The writer's own words for themselves: one spelling of "I", "we" and "the two of us" for every rule that asks
whether a message speaks for its writer."""

from __future__ import annotations

import re

from bot.understanding.patterns import guarded

__all__ = ["BOTH_OF_US", "FIRST_PERSON", "FIRST_PERSON_OR_WE"]

_I = r"I|I['’](?:m|ll|ve|d)|im|me|my|mine|myself"
_WE = r"we|we['’](?:re|ll|ve|d)|us|our|ours|ourselves"
# the writer alone: "I'm off until the 5th", "im at the panel", "one for me"
FIRST_PERSON = guarded(rf"\b(?:{_I})\b", re.I)
# the writer or the team they write for: "we can make it now", "our apologies can come off"
FIRST_PERSON_OR_WE = guarded(rf"\b(?:{_I}|{_WE})\b", re.I)
# "for the two of us", "apologies from both of us": the writer and one other
BOTH_OF_US = r"(?:the\s+two\s+of\s+us|both\s+of\s+us|us\s+both|the\s+pair\s+of\s+us|us\s+two)"
