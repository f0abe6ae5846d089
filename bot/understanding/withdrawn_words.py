"""The words of an apology withdrawn: "please withdraw my apologies", "undo the apology I sent", "take Tony's
apols off", "I can make it after all", "she's no longer an apology", and someone else free after all ("Richard Fisher
can make Monday now, so Sally won't need to stand in") (read by :mod:`bot.understanding.apology_rules`).
"""

from __future__ import annotations

import re

__all__ = ["WITHDRAW", "now_attending"]

WITHDRAW = re.compile(
    r"\b(?:withdraw(?:ing)?|cancel(?:l?ing)?|scrap(?:ping)?|scratch(?:ing)?|ignor(?:e|ing)|disregard(?:ing)?|forget|"
    r"remov(?:e|ing)|delet(?:e|ing)|retract(?:ing)?|strik(?:e|ing)|undo(?:ing)?)\s+"
    r"(?:my|his|her|their)\s+(?:earlier\s+|previous\s+)?apolog|"
    r"\btake\s+(?:my|his|her|their)\s+apolog\w*\s+(?:off|back|away|out)\b|"
    # "take karen jacksons apols off", "cross Tony's apologies off": anyone's apologies taken off
    r"\b(?:take|cross|strike|scrub)\s+(?:[\w'’-]+\s+){0,3}?apolog\w*\s+(?:off|out)\b|"
    r"\b(?:I['’]m|I am|we['’]re|we are)\s+back\s+on\s+for\b|\bback\s+on\s+for\s+me\b|"  # "I'm back on for 10 July"
    r"\bcan (?:now )?(?:make|attend|come|be at|be there)\b[^.!?]{0,40}?\bafter all\b|"
    r"\b(?:will be|(?:I|he|she|they)['’]ll be|shall be|am|I'm) (?:now )?"
    r"(?:there|attending|coming|at|able to (?:make|attend|come))\b"
    r"[^.!?]{0,40}?\bafter all\b|"
    r"\b(?:is|are|['’]s|['’]re)\s+(?:now\s+)?(?:coming|attending|able to (?:make|attend|come))\b[^.!?]{0,40}?"
    # "karen jackson is coming after all", "richard's attending the july board after all"
    r"\bafter all\b(?!\s+(?:the|that|this|those|these|my|our|his|her|their|its)\b)|"
    # "Tony Oakman's apologies for the 10th July can be removed", "please remove Cafcass apologies"
    r"\bapolog\w*\b[^.!?,;]{0,40}?\b(?:can|could|should|to|may)\s+(?:now\s+)?be\s+(?:removed|withdrawn|taken off|"
    r"deleted|cancelled|canceled|struck off|scrapped|crossed off)\b|"
    r"\b(?:remove|withdraw|delete|scrap|strike|cancel|undo|reverse|retract)\s+(?:the\s+)?(?:[\w'’]+\s+){0,2}apolog|"
    r"\b(?:take|remove|strike|cross)\s+(?:me|him|her|them)\s+off\s+(?:the\s+)?apolog|"
    r"\bapolog\w*\s+(?:(?:now|are|is)\s+)?(?:withdrawn|cancelled|retracted)\b|\bun-?apologi[sz]e\b|"
    r"\bno\s+longer\s+(?:an?\s+)?apolog\w*\b|"  # "so she's no longer an apology"
    r"\bapolog\w*\b[^.!?,;]{0,40}?\b(?:withdrawn|retracted)\b",
    re.I,
)

# "Richard Fisher can make Monday now", "Tony is free for the July board after all", "viv can come on the 10th now so
# no need for Karen": someone named, at a meeting after all.
_NOW_ATTENDING = re.compile(
    r"^(?:(?:actually|good news|great|ok|okay|so|update|fyi|just to say|just so you know)\b[\s,!.:–—-]*)*"
    r"(?P<who>(?!(?:I|we|he|she|they|it|you|someone|anyone|everyone|nobody)\b)[A-Za-z][\w'’-]*"
    r"(?:\s+(?!(?:can|is|are|will|now)\b)[A-Za-z][\w'’-]*){0,2}?)\s+"
    r"(?:can\s+(?:now\s+)?(?:make|attend|come|do|be\s+at|be\s+there)|(?:is|['’]s)\s+(?:now\s+)?(?:free|available)\s+"
    r"(?:for|on|to\s+(?:come|attend))|(?:is|['’]s)\s+(?:now\s+)?(?:coming|attending|able\s+to\s+(?:make|attend|come)))\b"
    r"(?P<rest>[^.!?]*)",
    re.I,
)
_MEETING = re.compile(
    r"^\s*it\b|\b(?:board|meeting|workshop|panel|dscb|lscb|(?:mon|tues|wednes|thurs|fri)day|jan|feb|mar|apr|may|jun|jul|"
    r"aug|sep|oct|nov|dec)\w*|\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}/\d{1,2}\b",
    re.I,
)
_NOW = re.compile(
    r"\b(?:now|after all|again)\b|\bno\s+(?:longer\s+)?need\b|\b(?:won['’]?t|wont|doesn['’]?t|doesnt|don['’]?t|"
    r"will not|does not)\s+(?:need|have)\s+to\b|\bnot\s+needed\b",
    re.I,
)


def now_attending(text: str) -> str | None:
    """Who is named as able to come to a meeting after all ("Richard Fisher can make Monday now"), or None."""
    found = _NOW_ATTENDING.match(text)
    if found is None or text.rstrip().endswith("?"):
        return None
    ahead = re.split(r"[,;]|\s[–—-]\s|\bso\b|\band\b", found["rest"], maxsplit=1)[0]
    meeting = len(ahead.split()) <= 6 and _MEETING.search(ahead)  # "can make it now", not "can make a start on it"
    return found["who"] if meeting and _NOW.search(found["rest"]) else None
