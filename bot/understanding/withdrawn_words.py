"""The words of an apology withdrawn: "please withdraw my apologies", "undo the apology I sent", "take Tony's
apols off", "I can make it after all", "she's no longer an apology", and someone else free after all ("Richard Fisher
can make Monday now, so Sally won't need to stand in") (read by :mod:`bot.understanding.apology_rules`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.understanding.dates import MONTH_WORDS
from bot.understanding.patterns import guarded

__all__ = [
    "AS_CAN_I",
    "CAN_ATTEND",
    "CHANGE_OF_PLAN",
    "NAMED_THEN_PRONOUN",
    "PLAN_CHANGED",
    "PRONOUN_ATTENDS",
    "STAND_IN_RELEASED",
    "THIRD_PERSON_APOLOGY",
    "WILL_ATTEND",
    "WITHDRAW",
    "WITHDRAW_FOR",
    "WITHDRAW_OTHER",
    "WITHDRAW_SUBJECT",
    "now_attending",
    "released",
]

# "im free monday after all so jo doesnt need to come for me", "Sally won't be needed": the stand-in released
STAND_IN_RELEASED = guarded(
    r"\b(?:doesn['’]?t|does\s+not|don['’]?t|dont|doesnt|won['’]?t|wont|will\s+not)\s+(?:now\s+)?need\s+to\s+(?:come|go|attend|"
    r"cover|stand\s+in|chair|deputi[sz]e)\b|\bwon['’]?t\s+be\s+needed\b|\bno\s+(?:longer\s+)?need\s+for\s+\w+\s+to\b|"
    # "back in for mondays panel 👍 jo can stay at her desk": the one who would have come, stood down
    r"\bcan\s+(?:stay\s+(?:at\s+(?:her|his|their)\s+desk|put)|stand\s+down)\b|\b(?:is|are)\s+(?:off\s+the\s+hook|stood\s+down)\b",
    re.I,
)
WITHDRAW = guarded(
    r"\b(?:withdraw(?:ing)?|cancell?(?:l?ing)?|scrap(?:ping)?|scratch(?:ing)?|ignor(?:e|ing)|disregard(?:ing)?|forget|"
    r"remov(?:e|ing)|delet(?:e|ing)|retract(?:ing)?|strik(?:e|ing)|undo(?:ing)?|un-?send(?:ing)?|bin|ditch)\s+"
    r"(?:my|his|her|their|our|(?:the\s+)?[A-Za-z][\w-]*['’]s|the\s+[A-Za-z][\w&-]*)(?:\s+(?:and|&)\s+(?:my|his|her|their|[A-Za-z][\w-]*['’]s))?\s+"
    r"(?:earlier\s+|previous\s+)?apolog|"  # "scratch Viv's and my apologies for Monday"
    r"\btake\s+(?:my|his|her|their)\s+apolog\w*\s+(?:(?:for|to)\s+[^.!?–—]{1,40}?\s+)?(?:off|back|away|out)\b|"
    r"\btake\s+(?:off|back|away|out)\s+(?:my|his|her|their)\s+(?:earlier\s+)?apolog|"  # "please take off my apologies"
    # "take karen jacksons apols off", "cross Tony's apologies off": anyone's apologies taken off
    r"\b(?:take|cross|strike|scrub)\s+(?:[\w'’-]+\s+){0,3}?apolog\w*\s+(?:for\s+(?:[\w'’-]+\s+){1,3}?)?(?:off|out)\b|"
    # "take Nicola Campbell off the apols list", "remove me from the apologies": off the list of apologies
    r"\b(?:take|cross|strike|scrub|remove)\s+(?:[\w'’-]+\s+){1,3}?(?:off|from)\s+(?:the\s+)?apol\w*\b|"
    # "no longer need to send apols for july, court date moved", "don't need to send my apologies after all"
    r"(?:^\W*|\bI\s+)(?:no\s+longer|(?:do\s+not|don['’]?t|dont)\s+(?:now\s+)?)\s*need\s+(?:to\s+)?(?:send|give|"
    r"put\s+in)\s+(?:my\s+)?apol|\bno\s+longer\s+need\s+(?:my|our|the)\s+apol|"  # "hiya, no longer need my apols"
    # "Update - Mike can attend now so pls remove": coming after all, the apologies to come off
    r"\b(?:can|will|is\s+able\s+to)\s+(?:now\s+)?(?:attend|come|make\s+it)\s+(?:now\s+|after\s+all\s+)?(?:so\s+)?"
    r"(?:please\s+|pls\s+)?(?:remove|delete|withdraw|cancel|take\s+(?:it|them|that)\s+off)\b|"
    # "my apologies for Monday can be disregarded", "Jo's apols for July can be ignored now": taken back
    r"\b(?:my|his|her|their|[A-Za-z][\w-]*['’]s)\s+apol\w*\b[^.!?]{0,40}?\s(?:can|should)\s+(?:now\s+)?be\s+"
    r"(?:disregarded|ignored|withdrawn|cancelled|canceled|removed|deleted|scrapped)\b|"
    # "her apologies were sent in error", "please reinstate Viv for the audit panel": apologies never meant
    r"\bapol\w*\b[^.!?]{0,40}?\s(?:were|was|had\s+been|have\s+been)\s+(?:sent|given|recorded|logged)\s+"
    r"(?:in\s+error|by\s+mistake)\b|"
    r"\breinstate\s+(?:[\w'’-]+\s+){1,2}?(?:for|at|on|as\s+(?:attending|coming|present))\b|"
    r"\bput\s+(?:[\w'’-]+\s+){1,2}?back\s+(?:in|on|down)\s+for\b|"
    r"\bun-?apol\w*\b|"  # "un-apol me for the workshop": the apology taken back
    # "restore Julie to the attendance list; her apologies no longer stand"
    r"\b(?:restore|reinstate|add|put)\s+(?:[\w'’-]+\s+){1,2}?(?:back\s+)?(?:to|on(?:to)?)\s+the\s+(?:attendance|attendees?)\s+"
    r"list\b|\bapol\w*(?:\s+(?:for|from)\s+[^.!?–—-]{1,30}?)?\s+no\s+longer\s+stands?\b|"
    # "the chair's apols for the audit panel can come off": the apologies taken off
    r"\bapol\w*\b[^.!?]{0,40}?\b(?:can|could|should)\s+(?:now\s+)?come\s+off\b|"
    # "I sent apologies for the workshop but I'll now be attending in person"
    r"\b(?:I['’]ll|I\s+will|I\s+can|I['’]m|I\s+am)\s+now\s+(?:be\s+)?(?:attending|coming|there|able\s+to\s+(?:attend|come|make)|"
    r"attend|come|make\s+it)\b|"  # "… but my diary has changed and I can now attend"
    r"\b(?:I['’]m|I am|we['’]re|we are)\s+back\s+on\s+for\b|\bback\s+on\s+for\s+me\b|"  # "I'm back on for 10 July"
    r"\bput\s+me\s+back\s+(?:in|on|down)\s+for\b|\bcount\s+me\s+(?:back\s+)?in(?:\s+for\b(?![^,.;!?]*\b(?:planning|"
    r"prep|preparation|organising|organizing|work|task|review|audit|refresh|redesign|group|sub[- ]?group|project)\b)|"
    r"\W*$)|"  # never "count me in for the thresholds workshop planning": work taken on
    # "lisa won't need to cover september - I'm coming myself now": the stand-in stood down, the writer there
    r"\bI['’]?m\s+coming\s+(?:myself|in\s+person)\s+(?:now|after\s+all)\b|\bI['’]?ll\s+(?:come|be\s+there|attend)\s+"
    r"(?:myself|in\s+person)\s+(?:now|after\s+all)\b|"  # (never "Sally's on leave. I'll attend myself": in her place)
    # "Merlin no longer needs to cover for me at the workshop": stood down, the writer there after all
    r"\bno\s+longer\s+needs?\s+to\s+(?:come|go|attend|cover|stand\s+in|chair|deputi[sz]e|sit\s+in)\s+for\s+me\b|"
    # "my flight's been moved so I'll chair it myself after all", "I'll chair the workshop myself after all"
    r"\bI['’]?ll\s+(?:chair|present|open|lead)\s+(?:it|the\s+\w+|[\w']+\s+\w+)?\s*(?:myself|in\s+person)\s+after\s+all\b|"
    r"\b(?:no\s+longer|not)\s+(?:sending|giving|putting\s+in)\s+(?:my\s+|our\s+)?apolog|"  # "not sending apols now"
    r"\b(?:can|(?:is|are|am|['’]s|['’]re|['’]m)\s+going\s+to) (?:now )?(?:make|attend|come|be at|be there)\b"
    r"[^.!?]{0,40}?\bafter all\b|"
    r"\b(?:will be|(?:I|he|she|they)['’]ll be|shall be|am|I'm) (?:now )?"
    r"(?:there|attending|coming|at|able to (?:make|attend|come))\b"
    r"[^.!?]{0,40}?\bafter all\b|"
    r"\b(?:is|are|['’]s|['’]re)\s+(?:now\s+)?(?:coming|attending|able to (?:make|attend|come))\b[^.!?]{0,40}?"
    # "karen jackson is coming after all", "richard's attending the july board after all"
    r"\bafter all\b(?!\s+(?:the|that|this|those|these|my|our|his|her|their|its)\b)|"
    # "Tony Oakman's apologies for the 10th July can be removed", "please remove Cafcass apologies"
    r"\bapolog\w*\b[^.!?,;]{0,40}?\b(?:can|could|should|to|may)\s+(?:now\s+)?be\s+(?:removed|withdrawn|taken off|"
    r"deleted|cancelled|canceled|struck off|scrapped|crossed off)\b|"
    r"\b(?:remove|withdraw|delete|scrap|strike|cancell?|undo|reverse|retract|disregard|ignore|take\s+off)\s+(?:the\s+)?"
    r"(?:[\w'’]+\s+){0,2}apol(?:og|s\b)|"
    # "my apols for the workshop can go, I'm coming" (never "… can go on record")
    r"\bapol(?:og\w*|s)\b[^.!?,;]{0,40}?\b(?:can|could)\s+(?:now\s+)?(?:go(?!\s+(?:on|in|to|through|ahead|out))|"
    r"come\s+off|be\s+ignored)\b|"
    r"\b(?:take|remove|strike|cross)\s+(?:me|him|her|them)\s+off\s+(?:the\s+)?apolog|"
    r"\bapolog\w*\s+(?:(?:now|are|is)\s+)?(?:withdrawn|cancelled|retracted)\b|\bun-?apologi[sz]e\b|"
    r"\bno\s+longer\s+(?:an?\s+)?apolog\w*\b|"  # "so she's no longer an apology"
    # "I sent my apologies for the development day last week, but … I am now free. Please could you remove them?"
    r"\b(?:I|we)\s+(?:sent|gave|put\s+in)\s+(?:(?:my|our)\s+)?apol\w*\b[^?]{0,200}?\b(?:remove|withdraw|cancel|scrap|delete|"
    r"disregard|ignore|take\s+off)\s+(?:them|those|it)\b|"
    r"\bapolog\w*\b[^.!?,;]{0,40}?\b(?:withdrawn|retracted)\b",
    re.I,
)

# "Richard Fisher can make Monday now", "Tony is free for the July board after all", "viv can come on the 10th now so
# no need for Karen": someone named, at a meeting after all.
_NOW_ATTENDING = guarded(
    r"^(?:(?:actually|good news|great|ok|okay|so|update|fyi|just to say|just so you know)\b[\s,!.:–—-]*)*"
    r"(?P<who>(?!(?:I|we|he|she|they|it|you|someone|anyone|everyone|nobody)\b)[A-Za-z][\w'’-]*"
    r"(?:\s+(?!(?:can|is|are|will|now)\b)[A-Za-z][\w'’-]*){0,2}?)\s+"
    r"(?:can\s+(?:now\s+)?(?:make|attend|come|do|be\s+at|be\s+there|chair)|(?:is|['’]s)\s+(?:now\s+)?(?:free|available)\s+"
    r"(?:for|on|to\s+(?:come|attend))|(?:is|['’]s)\s+(?:now\s+)?(?:coming|attending|able\s+to\s+(?:make|attend|come)))\b"
    r"(?P<rest>[^.!?]*)",
    re.I,
)
_MEETING = guarded(
    r"^\s*it\b|\b(?:board|meeting|workshop|panel|dscb|lscb|(?:mon|tues|wednes|thurs|fri)day|jan|feb|mar|apr|may|jun|jul|"
    r"aug|sep|oct|nov|dec)\w*|\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}/\d{1,2}\b",
    re.I,
)
_NOW = guarded(
    r"\b(?:now|after all|again)\b|\bno\s+(?:longer\s+)?need\b|\b(?:won['’]?t|wont|doesn['’]?t|doesnt|don['’]?t|"
    r"will not|does not)\s+(?:need|have)\s+to\b|\bnot\s+needed\b",
    re.I,
)


# "jo's back for the workshop, remove apols pls": back in time for a meeting
_BACK_FOR = guarded(
    r"^(?P<who>(?!(?:I|we|he|she|they|it)\b)[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)(?:['’]s|\s+is)\s+back\s+"
    r"(?:in\s+time\s+)?(?=for\b)(?P<rest>[^.!?]*)",
    re.I,
)

# "mike g is back from his course early so he'll be at the panel on mon", "Kate's court case finished early so she'll
# be at Monday's panel herself": what kept them away is over, so they will be there
# "Kate's court case collapsed so she's back on for monday", "Jo rang, her hearing settled so she's coming monday"
_FREED = guarded(
    r"^(?P<who>(?!(?:I|we|he|she|they|it)\b)[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)(?:(?:['’]s|\s+is|\s+has)\s+|"
    r"\s+(?:rang|called|phoned|emailed|texted|messaged)(?:\s+(?:me|us))?\s*[,:;–—-]?\s+(?:(?:to\s+say\s+)?(?:her|his|their)\s+)?)"
    r"(?:back\b|[^.!?,]{0,40}?\b(?:finished|ended|cancelled|canceled|moved|adjourned|postponed|called\s+off|collapsed|"
    r"settled|fell\s+through|vacated))"
    r"[^.!?]{0,40}?\b(?:so|and)\s+(?:says\s+)?(?:(?:he|she|they|(?P=who))\s*(?:['’]ll|will|can)\s+(?:now\s+)?"
    r"(?:be\s+(?:at|there)|make|attend|come\s+to)|(?:he|she|they|(?P=who))(?:['’]s|['’]re|\s+is|\s+are)\s+(?:now\s+)?"
    r"(?:coming|attending|back\s+(?:on|in)\s+for))\b(?P<rest>[^.!?]*)",
    re.I,
)


# "her court case settled so Jo is coming monday" (as "Jo rang, …, so she's coming" is read): named after the news
_FREED_THEN_NAMED = guarded(
    r"^(?:(?:her|his|their)\s+)?[^.!?,]{0,40}?\b(?:finished|ended|cancelled|canceled|moved|adjourned|postponed|"
    r"called\s+off|collapsed|settled|fell\s+through|vacated)\b[^.!?]{0,30}?\bso\s+"
    r"(?P<who>(?!(?:I|we|he|she|they|it)\b)[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)\s+(?:is|will|can)\s+(?:now\s+)?"
    r"(?:be\s+(?:at|there)|make|attend|come\s+to|coming|attending|back\s+(?:on|in)\s+for)\b(?P<rest>[^.!?]*)",
    re.I,
)


def now_attending(text: str) -> str | None:
    """Who is named as able to come to a meeting after all ("Richard Fisher can make Monday now"), or None."""
    found = _NOW_ATTENDING.match(text) or _BACK_FOR.match(text) or _FREED.match(text) or _FREED_THEN_NAMED.match(text)
    if found is None or text.rstrip().endswith("?"):
        return None
    ahead = re.split(r"[,;]|\s[–—-]\s|\bso\b|\band\b", found["rest"], maxsplit=1)[0]
    meeting = len(ahead.split()) <= 6 and _MEETING.search(ahead)  # "can make it now", not "can make a start on it"
    told = found.re in (_BACK_FOR.compiled, _FREED.compiled, _FREED_THEN_NAMED.compiled)  # at it, with no "now"
    return found["who"] if meeting and (told or _NOW.search(found["rest"])) else None


# "actually I can make the 11th", "I can come on the 10th now": the writer will be there after all.
_MEETING_NAME = (
    rf"(?:the\s+)?(?:(?:{MONTH_WORDS}|next)\s+)?(?:board|meeting|workshop|panel|audit panel|dscb|lscb|"
    r"(?:mon|tues|wednes|thurs|fri)day(?:'s)?(?:\s+(?:one|meeting|panel|audit panel|workshop))?)"
)
CAN_ATTEND = guarded(
    r"^(?:(?:actually|good news|update|fyi|ok|okay|so|great news|(?:scrap|scratch|ignore|forget) that)\b[\s,:;!.–—-]*|"
    r"re:?\s+my\s+apolog\w*\s+for\s+[^–—:-]{1,40}?\s*[–—:-]\s*|"  # "re my apologies for the panel on the 18th - …"
    rf"{_MEETING_NAME}\s*(?:[-–—:,]|\s-)\s*)*(?:(?:i|we)\s+(?:can|could|will be able to)|^can|"
    # "im free monday after all", "scratch that, I am coming on the 10th"
    r"(?:i['’]m|i\s+am|we['’]re|we\s+are)(?=\s+(?:now\s+)?(?:free|coming|attending)\b))\s+(?:now\s+)?"
    r"(?:make|attend|come|be there|be at|free|coming|attending|chair)\b"
    r"(?:(?=[^.!?]{0,25}?\b(?:it|there|board|meeting|workshop|panel|dscb|"
    rf"lscb|{MONTH_WORDS}|\d{{1,2}}(?:st|nd|rd|th)|\d{{1,2}}/\d{{1,2}}|(?:mon|tues|wednes|thurs|fri)day)\b)|"
    r"(?=(?:\s+(?:now|after all|too|then))?\W*$)|(?<=\S)(?=(?:\s+now)?\s*[,;–—-]))",
    re.I,
)
# "ignore my sorry for 10/7, I'll be there", "not on the course any more so I'll be at the panel myself".
WILL_ATTEND = guarded(
    r"\b(?:I'll|I will|I shall|I can|we'll|we will|we can|I'm|I am)\s+(?:(?:now|definitely|still|both)\s+){0,2}"
    r"(?:be\s+(?:at|there|attending|coming)|(?:be\s+)?able to (?:make|attend|come|chair)|free\s+(?:for|on)\b|"
    r"make\s+(?:it|the|this|that|[a-z]+day|mon|tues?|weds?|thurs?|fri|\d)|attend(?!\s+to\b)|back\s+(?:in|on)\s+for|"
    r"come(?!\s+(?:back|up|across|over|round|to you|and)\b))\b",
    re.I,
)
PLAN_CHANGED = guarded(
    # "… so no need for Viv to stand in"
    r"\bno\s+need\s+for\s+[\w'’ ]{1,30}?\s+to\s+(?:stand\s+in|cover|come|attend|go|deputise)\b|"
    r"\bback\s+(?:in|on)\s+for\b|"  # "su v back in for the sept board": out, and now in again
    r"\b(?:after all|any ?more|no longer|(?:ignore|disregard|forget)\s+my\b|(?:got|been|was)\s+(?:moved|cancelled)|"
    r"not needed now|\b(?:free|available)\s+now\b|\bnow\s+(?:free|available)\b|"  # "but I'm free now so I'll come"
    # "leave cancelled lol so ill be at the july board", "he's rearranged his diary", "ignore earlier msg"
    r"\b(?:leave|holiday|course|training|conference|appointment|clash|trip|flight|hearing|court|visit|inspection|"
    r"other (?:meeting|commitment)|commitment|plans?|diary|it|meeting)\s+(?:has\s+|have\s+|had\s+|is\s+|was\s+|got\s+|"
    r"been\s+)*"
    r"(?:cancelled|canceled|postponed|called off|moved|rearranged|rescheduled|freed up|cleared)\b|"
    r"\b(?:I've|I have|I|he's|she's|they've|he has|she has|they have)\s+(?:now\s+)?"
    r"(?:rearranged|moved|cancelled|changed)\b|"
    r"(?:ignore|disregard|forget)\s+(?:my\s+|the\s+)?(?:earlier|previous|last|other)\s+(?:msg|message|email|e-mail|post|one)|"
    # "thought I had a conference but it's the week after", "turns out the course is in June"
    r"\bthought I (?:had|was)\b|\bturns out\b|"
    r"\b(?:feeling|feels|is|are|much)\s+(?:much\s+|a\s+lot\s+)?better\b|\brecovered\b)",  # "jassi's feeling better"
    re.I,
)
# "take karen jacksons apols off", "please remove Tony's apologies": whose apologies, named after the verb.
WITHDRAW_OTHER = guarded(  # "…, so please take Richard's and Sally's apologies off": said after the news too
    r"(?:^(?:(?:hi|hello|dear)\s+\w+\s*,\s*)?|[.;!?]\s+|,\s+so\s+|\bso\s+)"
    r"(?:(?:please|pls|can you|could you|would you)\s+)?(?:please\s+)?"
    r"(?:take|remove|withdraw|delete|scrap|cancel|strike|cross|scrub|disregard|ignore|undo|reverse|rescind)\s+(?:off\s+)?"
    r"(?P<who>(?!(?:my|our|his|her|their|him|them|those|these|the|off|it|both|all)\b)[A-Za-z][\w'’-]*"
    r"(?:\s+[A-Za-z][\w'’-]*){0,2}?)"
    r"(?:\s+(?:earlier|previous|original|recent))?\s+apolog",  # "disregard Tonys earlier apologies": Tony's
    re.I,
)
# "withdraw apols for Tony Oakman - monday panel", "remove the apologies from Cafcass": whose, after the word.
WITHDRAW_FOR = guarded(
    r"\b(?:withdraw|remove|cancel|delete|scrap|strike|retract|take off|ignore|disregard|undo|reverse|rescind)\s+"
    r"(?:the\s+|those\s+)?apol\w*\s+(?:(?:I|we)\s+(?:sent|gave|put\s+in|logged)(?:\s+in)?\s+)?(?:for|from|of|on\s+behalf\s+of)\s+"
    r"(?P<who>(?!(?:the|my|this|that|next|today|tomorrow|yesterday|earlier|before|last|monday|tuesday|wednesday|"
    r"thursday|friday)\b)[A-Za-z][\w'’-]*"  # "… for anne h, mayada and remley for monday": each of them
    r"(?:(?:\s+|\s*,\s*|\s+(?:and|&)\s+)(?!(?:for|at|on|from|please|pls|the|next|this|she|he|they|we|it|I|who|as|so|"
    r"jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|"
    r"dec(?:ember)?|mon(?:day)?|tues?(?:day)?|wed(?:nesday)?|thu(?:rs)?(?:day)?|fri(?:day)?)\b)[A-Za-z][\w'’-]*){0,7})"
    r"\s*(?:[-–—,;.:!]|\s+(?:for|at|on|from|please|pls)\b|$)|"
    # "take Nicola Campbell off the apols list", "remove me from the apologies": whose, before the list
    r"\b(?:take|cross|strike|scrub|remove)\s+(?!(?:my|his|her|their)\s+name\b)(?P<who2>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2}?)\s+(?:off|from)\s+"
    r"(?:the\s+)?apol|"
    # "the apologies I sent for Sally can come off": whose, after who sent them
    r"\bapol\w*\s+(?:I|we)\s+(?:sent|gave|put\s+in|logged)(?:\s+in)?\s+(?:for|on\s+behalf\s+of)\s+"
    r"(?P<who4>(?!(?:the|my|this|that|next|monday|tuesday|wednesday|thursday|friday)\b)[A-Za-z][\w'’-]*"
    r"(?:\s+(?-i:[A-Z])[\w'’-]*)?)\b|"
    # "please reinstate Merlin for Monday's panel", "put Jo back in for the board": whose, before the meeting
    r"\b(?:reinstate|put)\s+(?P<who3>(?!(?:me|us|myself)\b)[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?)"
    r"\s+(?:back\s+(?:in|on|down)\s+)?(?:for|at|on)\b",
    re.I,
)
CHANGE_OF_PLAN = guarded(
    r"\b(?:after all|actually|now|no longer|(?:doesn't|don't|won't) need|(?:scrap|scratch|ignore|forget) that)\b", re.I
)
WITHDRAW_SUBJECT = guarded(
    r"^(?:(?:actually|good news|great|ok|so|update|fyi|(?:scrap|scratch|ignore|forget) that)\b[\s,!.]*)?"
    r"(?P<who>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}?)\s+"
    r"(?:can (?:now )?(?:both )?(?:make|attend|come|chair)|is (?:now )?(?:coming|attending|able to)|"
    r"will (?:now )?be (?:there|attending|able to|represented|at (?:the|next|this|[a-z]+day['’]s)))\b|"
    r"^(?P<who2>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)['’]s\s+(?:now\s+)?(?:coming|attending|able to)\b|"
    # "Tony Oakman's apologies for the 10th July can be removed", "please remove Tony's apologies"
    r"^(?:(?:please|pls|can you|could you)\s+)?(?:(?:remove|withdraw|delete|scrap|scratch|cancel|ignore|forget)\s+)?"
    r"(?P<who3>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?)['’]s?\s+apolog|"
    # "Jo and Sue H no longer sending apols for the workshop", "Jo is no longer sending apologies"
    r"^(?P<who4>(?!(?:I|we|I'm|I am)\b)[A-Za-z][\w'’-]*(?:\s+(?:and\s+|&\s+)?[A-Za-z][\w'’-]*){0,4}?)\s+"
    r"(?:(?:is|are)\s+)?(?:no\s+longer|not)\s+(?:sending|giving|putting\s+in)\s+(?:(?:her|his|their)\s+)?apol|"
    # "please withdraw the apologies for mayada for the July board": whose, after the apologies
    r"^(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:remove|withdraw|delete|scrap|cancel|take\s+off|undo|reverse|rescind)\s+"
    r"(?:the\s+)?(?:apolog\w*|apols)\s+(?:for|from)\s+(?P<who5>(?!(?:mon|tue|wed|thu|fri)\w*\b)(?!(?:the|my|me|this|that|next|our|all|"
    r"any|it|jan|january|feb|february|march|april|may|june|july|aug|august|sept?|september|oct|october|nov|november|dec|"
    r"december|board|panel|workshop|meeting|today|tomorrow)\b)[A-Za-z][\w'’-]*(?:\s+(?!for\b|at\b|on\b)[A-Za-z][\w'’-]*)?)(?=\s+(?:for|at|on)\b|\s*(?:[,.;!?–—-]|$))",
    re.I,
)
# "Tony's diary has freed up, so he will be attending after all": someone else, named before the pronoun.
PRONOUN_ATTENDS = guarded(
    r"^(?P<lead>[^.!?]{0,60}?\b(?:he|she|they))(?:\s+(?:can|will|is|are)|['’](?:s|ll|re))\s+(?:now\s+)?"
    r"(?:be\s+)?(?:able\s+to\s+)?(?:make|attend|come|coming|attending|there|at|do\s+(?:the|monday|friday|it))\b",
    re.I,
)


# "sally's on leave so she", "mayada says she": the one named, and the pronoun that stands for them after.
NAMED_THEN_PRONOUN = guarded(
    r"^(?P<who>[A-Za-z][\w-]*(?:\s+(?!(?:is|has|says|said|tells|told|confirmed|reckons|rang|called|emailed|phoned|"
    r"texted)\b)[A-Za-z][\w-]*)?)(?:['’]s\s|\s+(?:is|has|says|said|tells me|told me|confirmed|reckons|rang|called|"
    r"emailed|phoned|texted)\b)[^.!?]{0,40}?\b(?:she|he|they)$|"
    r"^(?P<who2>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)\s+(?:says|said|tells me|told me|has said|confirmed|reckons)"
    r"(?:\s+that)?\s+(?:she|he|they)$",
    re.I,
)
# "Karen J can make 11 Sept after all, as can I": the writer too; "remove his apologies": someone else's.
AS_CAN_I = guarded(r"\b(?:as\s+can\s+I|and\s+so\s+can\s+I|(?:and\s+)?me\s+too|so\s+will\s+I|as\s+will\s+I)\b", re.I)
THIRD_PERSON_APOLOGY = guarded(
    r"\b(?:his|her|(?P<their>their))\s+(?:earlier\s+|previous\s+)?apol|"
    r"\b(?:take|strike|cross|scrub|remove)\s+(?:him|her)\s+off\s+(?:the\s+)?(?:apolog|apols)",  # "take her off apols"
    re.I,
)


# "so Remley doesnt need to go in my place", "no need for Sally to cover Monday, I'm coming myself", "Richard is back
# for July now so Sally won't need to cover": the stand-in not needed, so whoever they stood in for is coming.
_NAME = r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?"
_STAND_IN_FREED = guarded(
    rf"\b(?:no\s+(?:longer\s+)?need\s+for\s+{_NAME}\s+to\s+|{_NAME}\s+(?:won['’]?t|wont|doesn['’]?t|doesnt|does\s+not|"
    r"will\s+not|no\s+longer\s+needs?)\s+(?:need\s+to\s+)?)(?:cover|go|attend|come|stand\s+in|sit\s+in|deputi[sz]e)\b",
)
_MINE = guarded(  # "… in my place", "Dave won't need to come to July now, I'm free after all"
    r"\b(?:in\s+my\s+place|for\s+me|I['’]m\s+coming|I['’]ll\s+be\s+(?:there|at)|myself|"
    r"(?:I['’]?m|I\s+am)\s+(?:now\s+)?(?:free|available|around)|I\s+can\s+(?:now\s+)?(?:make|come|attend))\b",
    re.I,
)
# "Julie W doesnt need apols for 10 July any more": someone's apologies no longer needed.
_NOT_NEEDED = guarded(
    rf"^(?P<who>{_NAME})\s+(?:doesn['’]?t|doesnt|does\s+not|won['’]?t|wont|no\s+longer)\s+(?:need|needs)\s+"
    r"(?:to\s+(?:send|give)\s+)?(?:(?:his|her|their|any)\s+)?(?:apologies|apols|apology)\b"
)


@dataclass(frozen=True, slots=True)
class Released:
    """An apology no longer needed: whose, when the message names them (``who``), or the writer's (``mine``);
    ``at`` is where the words say so (anyone named before it is the one coming)."""

    who: str | None
    mine: bool
    at: int


def released(text: str) -> Released | None:
    """Whose apology is withdrawn because a stand-in or the apology itself is no longer needed, or None."""
    named = _NOT_NEEDED.match(text)
    if named is not None:
        return Released(named["who"], mine=False, at=0)
    freed = _STAND_IN_FREED.search(text)
    if freed is None or text.rstrip().endswith("?"):
        return None
    return Released(None, mine=_MINE.search(text) is not None, at=freed.start())
