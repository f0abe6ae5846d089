"""The privacy guard: the tracker holds agencies' work, never details that identify a child.

Before an action, an update, a note or minutes are stored, the text is checked for an NHS number (ten digits
with a valid modulus 11 check digit, with or without spaces), a date of birth next to "DOB" or "born", and a
full name next to those. Such text is refused, privately, with advice on how to phrase it instead.
"""

from __future__ import annotations

import re

from bot.errors import PrivacyRefused

_NHS = re.compile(r"(?<![\d-])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\d-])")
_DATE = r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?\s+\d{2,4}|\d{4}-\d{2}-\d{2})"
_DOB = re.compile(rf"\b(?:d\.?\s?o\.?\s?b\.?|date of birth|born(?:\s+on)?)\s*[:=-]?\s*(?:is\s+)?{_DATE}", re.I)
_NAME_NEAR = re.compile(r"\b[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?\s+[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?\b")

ADVICE = (
    "I haven't stored that: it looks like it contains {what}. The tracker must never hold details that identify "
    "a child. Please write it again without them, and refer to the case by its reference (for example "
    '"case 2015/123") or by the agency that holds it.'
)


def valid_nhs_number(digits: str) -> bool:
    """The NHS modulus 11 check: weights 10 down to 2 on the first nine digits give the tenth."""
    if len(digits) != 10 or not digits.isdigit() or len(set(digits)) == 1:
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def identifying_details(text: str) -> str | None:
    """What in the text identifies a child (words for the refusal), or None when it is safe to store."""
    for match in _NHS.finditer(text):
        if valid_nhs_number("".join(match.groups())):
            return "an NHS number"
    dob = _DOB.search(text)
    if dob:
        nearby = text[max(0, dob.start() - 60) : dob.end() + 60]
        return "a name and a date of birth" if _NAME_NEAR.search(nearby) else "a date of birth"
    return None


def guard(text: str) -> None:
    """Refuse text that identifies a child (raises PrivacyRefused with the advice)."""
    found = identifying_details(text[:50_000])
    if found:
        raise PrivacyRefused(ADVICE.format(what=found))
