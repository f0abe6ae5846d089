"""An action told as part of a story, rewritten the way the rules read a request (tried only when the message as
written is not understood, and kept only when the rewrite is):

- "At yesterday's VCSG we talked a lot about … and in the end Jo said she'd find out …": from "Jo said she'd".
- "Jo mentioned afterwards that housing agreed to check …": from "housing agreed to".
- "We agreed on the planning call that I'd draft the programme": "I'll draft the programme".
- "Can you add something for Julie? She's going to check …": "Julie is going to check …".
- "… referral route. End of July is fine.": "… referral route by End of July".
- "By 26th June the trust need to update …": "the trust need to update … by 26th June".
- "Richard rang this morning, he's agreed to pull together …": "Richard has agreed to pull together …"; "jayne's been
  on the phone, can you put her down to send …": "can you put jayne down to send …".
- "Zala and I agreed at CDOP that she'll take the lead on …": "Zala will take the lead on …".
- "kate asked me to put on that the CRC will send …": "the CRC will send …".
- "I've taken an action from CDOP to write to …": "I'll write to …".
"""

from __future__ import annotations

import re

from bot.understanding.got_in_touch import told_plainly
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


_AND_I_AGREED = guarded(
    r"^(?P<who>(?!(?:we|you|they|he|she)\b)[A-Za-z][\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]*)?)\s+and\s+I\s+(?:have\s+|had\s+)?"
    r"(?:agreed|decided|arranged|sorted)\b[^.?!]{0,60}?(?:\bthat\s+|\s)"
    r"(?:she|he)(?:['’]ll|['’]d|\s+will|\s+would|\s+should|\s+is\s+going\s+to)\s+",
    re.I,
)
# "Zala said at CDOP that the hospital would check …", "Tabetha has agreed that BCPFT will lead …", "Viv asked me to
# add that she'll do …": what someone said another (or they themselves) will do
_SAID_WILL = guarded(
    # "mentioned at the vcs forum that phase will review …": the writer said it, someone else will do it
    rf"^(?:(?P<who>{_NAME})\s+|I\s+)?(?:has\s+|had\s+)?(?:said|agreed|confirmed|mentioned|told\s+(?:me|us)|let\s+(?:me|us)\s+know|"
    r"asked\s+(?:me|us)\s+to\s+(?:add|note|log|record|put\s+(?:on|down|in)))"
    r"(?:\s+(?:at|in|during|after)\s+[^,.;]{1,30}?)?(?:\s+(?:yesterday|today|this\s+morning|earlier))?\s+(?:that\s+)?"
    r"(?P<subj>(?!(?:I|we|you|it|this|that|there|they)\b)(?:the\s+)?[\w&'’-]+(?:\s+[\w&'’-]+)?)"
    r"(?:\s+(?:will|would|shall|is\s+going\s+to|are\s+going\s+to)|['’]ll|['’]d)\s+"
    # "Sally said she'd rather Richard presented", "… she'd probably need more time": a wish or a guess, no work
    r"(?!(?:rather|like|love|prefer|hope|probably|possibly|maybe|perhaps|not|never|be|have|need|want|think)\b)(?=[a-z])",
    re.I,
)
# "Rachael's asked if she can have an action to refresh …", "Jo would like an action to …": theirs, asked for
_WANTS_ONE = guarded(
    rf"^(?P<who>{_NAME})(?:['’]s|\s+has)?\s+(?:asked\s+(?:if|whether)\s+(?:she|he)\s+(?:can|could|might)\s+"
    r"(?:have|take|get|be\s+given)|wants|would\s+like|['’]d\s+like)\s+(?:an\s+action|a\s+task|one)\s+to\s+(?=[a-z])",
    re.I,
)
_SHE_WILL = guarded(r"^(?:she|he)(?:['’]ll|\s+will|['’]d|\s+would)\s+", re.I)
_PUT_ON_FOR = guarded(
    r"^[^.?!]{0,60}?\b(?:asked|wants|wanted)\s+(?:me|us)\s+to\s+(?:put\s+(?:on|down|in)|add|note|log|record|"
    r"(?:pop|stick)\s+(?:on|in))(?:\s+(?:here|the\s+tracker|to\s+the\s+tracker|on\s+the\s+tracker))?\s+that\s+",
    re.I,
)
_TAKEN_AN_ACTION = guarded(
    r"^I(?:['’]ve|\s+have)?\s+(?:taken|took|got)\s+(?:on\s+)?an\s+action\s+(?:(?:from|at|out\s+of|in)\s+[^,.;]{1,30}?\s+)?"
    r"to\s+(?=[a-z])",
    re.I,
)


def retold(message: str) -> str | None:
    """The message told as a request, or None when it is not a story the rewrites know."""
    text = told_plainly(message)
    agreed = _AND_I_AGREED.match(text)
    if agreed:
        text = f"{agreed['who']} will " + text[agreed.end() :]
    wants = _WANTS_ONE.match(text)
    if wants:
        text = f"{wants['who']} to " + text[wants.end() :]
    said = _SAID_WILL.match(text)
    if said:
        subject = said["who"] if said["subj"].lower() in {"she", "he"} else said["subj"]
        text = f"{subject} will " + text[said.end() :] if subject else text
    put_on = _PUT_ON_FOR.match(text)
    if put_on:  # "Pam has asked me to log that she'll lead on …": Pam will lead on …
        asker = re.match(rf"{_NAME}(?=['’]s\s|\s+(?:has|had|asked|wants|wanted)\b)", put_on[0])
        text = text[put_on.end() :]
        text = _SHE_WILL.sub(f"{asker[0]} will ", text, count=1) if asker else text
    taken = _TAKEN_AN_ACTION.match(text)
    if taken:
        text = "I'll " + text[taken.end() :]
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
