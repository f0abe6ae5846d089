"""An action told as part of a story, rewritten the way the rules read a request (tried only when the message as
written is not understood, and kept only when the rewrite is):

- "At yesterday's VCSG we talked a lot about … and in the end Jo said she'd find out …": from "Jo said she'd".
- "Jo mentioned afterwards that housing agreed to check …": from "housing agreed to".
- "We agreed on the planning call that I'd draft the programme": "I'll draft the programme".
- "Can you add something for Julie? She's going to check …": "Julie is going to check …".
- "… referral route. End of July is fine.": "… referral route by End of July".
- "By 26th June the trust need to update …": "the trust need to update … by 26th June".
"""

from __future__ import annotations

import re

from bot.understanding.patterns import guarded

__all__ = ["retold"]

_NAME = r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?"
# The last "<Name> said she'd …" after a story ("… and in the end Jo said she'd find out …").
_TELLER = guarded(
    rf"(?:[,;]\s+|\b(?:and|then|so|but)\s+|\b(?:in\s+the\s+end|eventually|finally|at\s+the\s+end),?\s+)"
    rf"(?={_NAME}\s+(?:said|agreed|offered|volunteered|promised)\s+(?:(?:she|he|they)['’]d|(?:she|he|they)\s+would|"
    r"to)\b)",
    re.I,
)
# "Jo Forbes mentioned afterwards that housing agreed to check …": what was agreed, after who passed it on.
_SAID_THAT = guarded(
    r"\b(?:mentioned|said|told\s+(?:me|us)|confirmed|let\s+(?:me|us)\s+know)(?:\s+(?:afterwards|later|after|"
    r"yesterday|today|this\s+morning))?\s+that\s+(?=(?:the\s+)?[\w&'’-]+(?:\s+[\w&'’-]+)?\s+(?:had\s+|have\s+|has\s+)?"
    r"(?:agreed|offered|volunteered|promised)\s+to\b)",
    re.I,
)
_MY_PART = guarded(
    r"^.*?\b(?:agreed|said|decided|confirmed|offered)\b[^.?!]{0,80}?\bthat\s+I['’]d\s+"
    r"(?!(?:like|love|prefer|rather|hope|appreciate|be\s+grateful|welcome)\b)",
    re.I,
)
_FOR_THEM = guarded(
    rf"^.*?\b(?:add|log|record|put\s+(?:in|on|down)|note)\s+(?:something|an\s+action|one|a\s+task|an\s+item)\s+for\s+"
    rf"(?P<who>{_NAME})\s*\?+\s+(?:she|he|they)(?:['’]s|\s+is|\s+are|['’]re|['’]ll|\s+will)\s+(?P<how>going\s+to\s+)?",
    re.I,
)
_DATE_IS_FINE = guarded(
    r"[.!]\s+(?P<when>(?:the\s+)?(?:end\s+of\s+\w+|\w+\s+board|next\s+\w+|\d{1,2}(?:st|nd|rd|th)?\s+\w+|"
    r"\w+day(?:\s+week)?|(?:early|mid|late)\s+\w+))\s+(?:is|would\s+be|should\s+be)\s+(?:fine|ok|okay|good|great|"
    r"plenty|enough|realistic)\W*$",
    re.I,
)
_FRONTED_DATE = guarded(
    r"^by\s+(?P<when>(?:the\s+)?(?:end\s+of\s+\w+|\w+\s+board|next\s+\w+|\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+\w+|"
    r"\w+day))\s*,?\s+(?P<rest>(?:the|our|all|every|each|(?-i:[A-Z]))\S*\s.+)$",
    re.I,
)


def retold(message: str) -> str | None:
    """The message told as a request, or None when it is not a story the rewrites know."""
    text = message
    tellers = list(_TELLER.finditer(text)) or list(_SAID_THAT.finditer(text))
    if tellers:
        text = text[tellers[-1].end() :]
    mine = _MY_PART.match(text)
    if mine:
        text = "I'll " + text[mine.end() :]
    them = _FOR_THEM.match(text)
    if them:
        text = f"{them['who']} {'is going to' if them['how'] else 'will'} " + text[them.end() :]
    fine = _DATE_IS_FINE.search(text)
    if fine:
        text = text[: fine.start()] + f" by {fine['when']}"
    fronted = _FRONTED_DATE.match(text)
    if fronted:
        text = f"{fronted['rest'].rstrip(' .')} by {fronted['when']}"
    return text if text != message else None
