"""Loose ways of asking for an edit, offering work or giving news, written the way the rules read them before the chat
is made plain (:func:`bot.understanding.interpret.as_read`), so every rule reads the usual wording: "can the date on
a-16 be w/c 8 june" is "can A-16 be w/c 8 june"; "can you put Anne and Su V on a-47 jointly" is "A-47 to Anne and Su V
jointly"; "is a.40 still open", "pass a 23 to Sally", "the CCG should own 63 not us", "45: nps have agreed …", "so her
35 can go to July", "so 19 won't make it", "give 39 a fortnight more" name A-40, A-23, A-63, A-45, A-35, A-19, A-39;
"leave it with me and Sally, we'll get the data …" is "Sally and I will get the data …"; "moved over to me – Amrit
Sandhu – please" is moved to Amrit Sandhu; "Update for A-9 from Mike G (phoned): …", "Martine – for the tracker, A-2
from Chris: …", "FYI Merlin has …" and "off next week folks" lose their asides; "I can confirm the policy has been
signed off" is the news alone; "Karen J will go to the panel in place of Mayada" is Mayada's apologies, Karen J
attending instead; "represented by Dean Carter, our team manager" loses the post; "my colleague will come instead –
Leanne Moss" is Leanne Moss coming.
"""

from __future__ import annotations

import re

from bot.understanding.patterns import guarded

__all__ = ["as_usually_worded"]

# An action's number, never an audit's ("a 11", "her 175")
_NOT_AUDIT = r"(?!(?:11|175)\b)"
# "a-16", "action 16", "no. 16", "#16", or the number alone where only an action can be meant
_REF = r"(?:A\s?-\s?|action\s+|no\.?\s*|#)?(?P<n>\d{1,4})\b"
# "can the date on a-16 be w/c 8 june", "could the due date for action 9 be the 30th": the action's date
_DATE_ON = guarded(
    rf"\bthe\s+(?:due\s+|end\s+|target\s+)?date\s+(?:on|for|of)\s+{_REF}(?=\s+be\s+(?:w/?c\b|the\s|\d|end|mid|early|"
    r"start|first|last|next|mon|tue|wed|thu|fri|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))",
    re.I,
)  # never "could the due date for action 41 be revised to …": read as written
# "can you put Anne and Su V on a-47 jointly", "put Jo on A-3 instead please": who holds it from now
_PUT_ON = guarded(
    r"^\W*(?:(?:can|could|would)\s+(?:you|u)\s+(?:please\s+|pls\s+)?|please\s+|pls\s+)?put\s+"
    rf"(?P<who>(?!(?:it|this|that|them|me|us)\b)[A-Za-z][\w'’ &]{{0,40}}?)\s+on\s+{_REF}"
    r"(?P<how>\s+(?:jointly|together|instead))?(?:\s+(?:please|pls))?\s*[?.!]*\s*$",
    re.I,
)
# "is a.40 still open", "a.12 done": a reference written with a full stop
_DOTTED = guarded(r"\b[Aa]\.(\d{1,3})\b(?!\.\d)")
# "so A 21 is now complete", "pass a 23 to Sally", "a 23 → first week of june": a reference written with a space,
# where what follows is said of an action (never "a 23 page report", "a 5 to 10 minute slot", "owe us a 175?")
_SPACED = guarded(
    rf"(?:^|(?<=[\s(]))[Aa]\s{_NOT_AUDIT}(?P<n>\d{{1,3}})\b(?=\s*(?:→|->|=>|:(?!\d)|[,–—?]|$)|"
    r"\s+(?:is|isn['’]?t|has|was|can|could|should|needs?|done|complete|closed|due|off|belongs|from|for\s+(?:me|you|him|"
    r"her)|to\s+(?![\d\s]))\b)"
)
# "leave it with me and Sally, we'll …": the writer and the colleague named take it on together
_LEAVE_IT_WITH_US = guarded(
    r"^\W*leave\s+it\s+with\s+(?:me\s+and\s+(?P<who>[A-Za-z][\w'’]*(?:\s+[A-Za-z][\w'’]*)?)|"
    r"(?P<who2>[A-Za-z][\w'’]*(?:\s+[A-Za-z][\w'’]*)?)\s+and\s+me)\s*[,;:–—-]+\s*we(?:['’]ll|\s+will)\s+",
    re.I,
)

# "moved over to me – Amrit Sandhu – please", "to me (Amrit Sandhu)": the one "me" is, named beside it
_ME_NAMED = guarded(
    r"\b(?<=to\s)me\s*(?:[–—]|\s-|\(|,)\s*(?P<name>(?-i:[A-Z][a-z'’-]+)\s+(?-i:[A-Z][a-z'’-]+))"
    r"\s*(?:[–—)]|-\s|,|(?=\s*please\b|\s*$))"
)

# "Update for A-9 from Mike G (phoned): …", "quick update on A-55 for kate mc who's in court today - …": why the one
# named is not writing, an aside
_WHY_NOT_THEM = guarded(
    r"(?P<named>\b(?:from|for)\s+[A-Za-z][\w'’]*(?:\s+[A-Za-z][\w'’]*)?)(?:\s*\((?:phoned|rang|rung|called|texted|"
    r"emailed|by\s+(?:phone|email|text)|on\s+the\s+phone|via\s+(?:email|text|teams)|"
    r"(?:she|he|they)(?:['’]s|['’]re|\s+is|\s+are)\s+[^()]{1,30}|on\s+leave|off\s+sick|in\s+court|away)\)|"
    r",?\s+who(?:['’]s|\s+is)\s+[^:–—()]{1,40}?(?=\s*(?:[:–—]|\s-\s)))",
    re.I,
)
# "the CCG should own 63 not us": the number an action's, after the verb that holds it
_HELD_NUMBER = guarded(
    r"\b(?P<verb>own|owns|hold|holds|have|has)\s+(?P<n>\d{1,3})(?=\s+(?:not|instead|rather|now)\b)", re.I
)
# "so her 35 can go to the July board", "mayada's 27 - report gone to the printers": someone's action, by its number
_THEIR_NUMBER = guarded(
    rf"\b(?P<whose>her|his|their|my|our|(?-i:[A-Za-z])[a-z]+['’]s)\s+(?:no\.?\s*|#)?{_NOT_AUDIT}(?P<n>\d{{1,3}})\b(?!:\d)"
    r"(?=\s+(?:can|could|should|needs?|is|isn['’]?t|has|to|done|off)\b|\s*(?:[:–—→]|->|\s-\s))",
    re.I,
)
# "Zala's off sick so 19 won't make it – could it go to mid june?": an action by its number, said of as one
_NUMBER_SAID_OF = guarded(
    rf"\b(?P<lead>so|but)\s+{_NOT_AUDIT}(?P<n>\d{{1,3}})\s+(?=(?:won['’]?t|wont|can['’]?t|isn['’]?t|needs?\s+"
    r"(?:more|another|moving|to\s+move)|can\s+(?:go|move)|could\s+(?:go|move)|is\s+(?:done|finished|complete))\b)",
    re.I,
)
# "can we give 39 a fortnight more", "what does 61 actually say": the number where only an action fits
_NUMBER_IN_ASK = guarded(
    rf"\b(?P<lead>give|what\s+does|what\s+did)\s+{_NOT_AUDIT}(?P<n>\d{{1,3}})\s+(?=(?:(?:a|an|another|one|two|three|"
    r"an\s+extra|a\s+further)\s+(?:more\s+)?(?:week|fortnight|month)s?\b|(?:actually\s+|exactly\s+)?say\b))",
    re.I,
)
# "45: nps have agreed to share the risk data": a message opened by a number and a colon, then news
_NUMBER_FIRST = guarded(r"^\s*(?P<n>\d{1,3}):\s+(?=[a-z])")
# "Good morning, I can confirm the escalation policy has been signed off": news, never an action to confirm it
_CONFIRMING = guarded(
    r"^(?![^\n]*\b(?:A\s?-?\s?\d|action\s+\d|no\.?\s*\d|#\d))(?P<lead>.*?)\bI\s+can\s+(?:confirm|report)\s+(?:that\s+)?"
    r"(?=\S+(?:\s+\S+){0,6}?\s+(?:has|have|is|are|was|were)\s+(?:now\s+)?(?:been\s+)?\w+)",
    re.I,
)  # (a message naming its action reads "I can confirm …" as news of it already)

# "Martine – for the tracker, A-2 from Chris Ballinger: …": where the news is to go, before the action it is about
_FOR_THE_TRACKER = guarded(
    r"^\W*(?:(?-i:[A-Z])[a-z]+\s*[–—,:-]\s*)?(?:for\s+the\s+(?:tracker|record|log)|for\s+info(?:rmation)?|fyi)"
    r"\s*[,:–—-]\s*(?=(?:action\s+)?A\s?-?\s?\d)",
    re.I,
)


# "off all next week folks, …", "can't make the panel everyone": whom the message is to, said at the end of a clause
_AUDIENCE = guarded(
    r"(?<!\bto)(?<!\bfor)(?<!\bwith)(?<!\bfrom)(?<!\bof)(?<!\bby)(?<!\btell)(?<!\bemail)(?<!\bremind)(?<!\bask)"
    r"\s+(?:folks|guys|peeps)(?=\s*(?:[,.!;:–—]|\s-\s|$))",
    re.I,
)


_NAMED = r"(?!(?:me|us|him|her|them)\b)[A-Za-z][\w'’-]*(?:\s+(?!(?:to|at|for|in)\b)[A-Za-z][\w'’-]*)?"
# "Karen J will go to monday's panel in place of Mayada", "Public health will send karen j to the panel instead of
# Mayada": the one away sends apologies and the other goes instead
_IN_PLACE_OF = guarded(
    rf"^\W*(?:(?P<body>[\w&'’ ]{{2,40}}?)\s+(?:will|is\s+going\s+to|are\s+going\s+to|['’]ll)\s+send\s+"
    rf"(?P<sent>{_NAMED})|"
    rf"(?P<name>{_NAMED})\s+(?:will|['’]ll|is\s+going\s+to|can|is)\s+(?:now\s+)?(?:be\s+)?(?:go(?:ing)?|"
    r"attend(?:ing)?|com(?:e|ing)|sit(?:ting)?\s+in)\b)\s+(?:to\s+|at\s+)?"
    r"(?P<meeting>[^,.;!?]{0,30}?\b(?:board|panel|workshop|meeting|development\s+day|DSCB)\b[^,.;!?]{0,20}?)\s+"
    rf"(?:in\s+place\s+of|instead\s+of|on\s+behalf\s+of)\s+(?P<away>{_NAMED})\s*[.!]*$",
    re.I,
)


# "YOS will be represented by Dean Carter, our team manager", "my colleague will come instead – Leanne Moss, our
# volunteering lead": the stand-in's post, after their name
_STAND_IN_POST = guarded(
    r"(?P<keep>\b(?:represented\s+by|attend(?:ing)?\s+instead\s*[–—-]|come\s+instead\s*[–—-]|"
    r"will\s+(?:come|attend|cover)\s*[–—-])\s*(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)"
    r"\s*,\s*(?:our|my|their|the|a)\s+[\w &'’-]{2,40}?\s*[.!]*$",
    re.I,
)


# "my colleague from DCVS will come instead – Leanne Moss": the stand-in named after who they are
_COLLEAGUE_NAMED = guarded(
    r"\b(?:my|our)\s+(?:colleague|deputy|manager|team\s+manager|service\s+manager|lead)"
    r"(?:\s+from\s+[\w&'’ ]{2,30}?)?\s+"
    r"(?P<verb>will\s+(?:come|attend|go|cover)(?:\s+instead|\s+in\s+my\s+place)?)\s*[–—-]\s*"
    r"(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)\s*[.!]*$",
    re.I,
)
# "FYI Merlin has agreed to chair the VCSG …": a marker before the news, never part of a name (never "fyi 49 – …")
_FYI = guarded(r"^\W*(?:fyi|btw|fwiw)\b[\s,:;.!–—-]*(?=(?-i:[A-Z])[a-z])", re.I)


# "could you give me a picture of where we are with the S11 returns?": an update asked for, in other words
_PICTURE = guarded(
    r"\b(?P<lead>(?:give|send)\s+me)\s+(?:a|an)\s+(?:quick\s+|rough\s+|brief\s+)?(?:picture|idea|sense|overview|summary|"
    r"snapshot)\s+of\s+(?:where\s+we\s+are|how\s+we(?:['’]re|\s+are)\s+(?:doing|getting\s+on))\s+(?:with|on)\b",
    re.I,
)


# "VCSG actions - which ones are late?": whose list, then the question about it
_WHOSE_THEN_WHICH = guarded(
    r"^(?P<who>[\w&'’]+(?:\s+[\w&'’]+){0,3}?)\s+actions\s*[-–—:,]+\s*which\s+(?:ones\s+|of\s+them\s+)?(?P<rest>(?:are|is)\b)",
    re.I,
)
_A_REF = guarded(r"\bA-?\d", re.I)
# "… review the leaflet - could I have until the workshop?": the day asked for, as a due date
_UNTIL_ASKED = guarded(
    r"\s*[-–—,;]\s*(?:could|can)\s+I\s+have\s+(?:it\s+)?(?:until|till|til)\s+(?P<when>[^?]{2,40})\?\s*$", re.I
)


# "have I got anything left open or did rich close them all off?": who else may have acted, never whose list
_OR_DID_THEY = guarded(
    r"\s+or\s+(?:did|has|have)\s+[A-Za-z]+(?:\s+[A-Za-z]+)?\s+(?:close[d]?|tick(?:ed)?|move[d]?|clear(?:ed)?|take[n]?|"
    r"took)\s+(?:them|it|those|everything)(?:\s+(?:all\s+)?off)?(?=\s*\?)",
    re.I,
)


# "Logging this one at Anne's request: …": logged for Anne, at her request (who does the work is read after it)
_AT_THEIR_REQUEST = guarded(
    r"\b(?P<verb>(?:log|record|add|note|put)(?:ging|ing)?(?:\s+(?:this|that|it|one|this\s+one|that\s+one))?)\s+at\s+"
    r"(?P<who>[A-Za-z][\w'’-]*?(?:\s+(?-i:[A-Z])[\w'’-]*?)?)(?:['’]s|s['’])\s+request\b",
    re.I,
)


# "Let's invite the NSPCC to the workshop - Martine, could you sort that?": the one asked does the work said first
_WORK_THEN_ASKED = guarded(
    r"^(?:(?:let['’]?s|we\s+(?:should|need\s+to|ought\s+to)|(?:someone|somebody)\s+(?:should|needs\s+to))\s+)"
    r"(?P<work>[a-z][^?!]{8,200}?)\s*(?:\s[-–—]\s*|[.;:]\s+)(?P<who>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?),?\s+"
    r"(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+)?(?:sort|do|take|pick|arrange|organi[sz]e|handle|"
    r"action|own|lead\s+on|deal\s+with|look\s+into|follow)\b(?:\s+(?:that|this|it))?(?:\s+(?:on|up|out|please|pls))*"
    r"\s*\??\W*$",
    re.I,
)


# "show me mike g's", "can I see Pam's pls": someone's, with nothing after, is their list of actions
_WHOSE_ALONE = guarded(
    r"^(?P<lead>(?:(?:can|could)\s+(?:you|u|I)\s+)?(?:please\s+|pls\s+)?(?:show|send|give|get|let)\s+(?:me\s+)?(?:see\s+)?"
    r"|(?:can|could)\s+I\s+(?:see|have)\s+)(?P<who>(?!(?:it|this|that|the|a|an|my|our|your)\b)[A-Za-z][\w-]*"
    r"(?:\s+[A-Za-z][\w-]*)?)['’]s(?P<tail>(?:\s+(?:please|pls|plz|thanks|ta))?\W*)$",
    re.I,
)


# "Adding for Roger – he's asked Merlin to bring …": the one asked does the work, posted for the one who asked
_FOR_THEN_ASKED = guarded(
    r"^(?P<lead>(?:(?:adding|logging|posting|putting)\s+(?:this\s+|one\s+)?|(?:new\s+)?(?:one|action)\s+)?for\s+"
    r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s*(?:[:–—]|\s-)\s*)(?:he|she|they)(?:['’]s|\s+has|\s+have)?\s+asked\s+"
    r"(?P<who>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)\s+to\s+(?=[a-z])",
    re.I,
)
# "is there anything on here for Dawn Hill?": "on here" is the tracker
_ON_HERE = guarded(r"\b(anything|everything|what['’]?s|what\s+is|owt)\s+on\s+here\s+(?=for\s)", re.I)


def as_usually_worded(text: str) -> str:
    """The text with its loose edit or offer written the usual way (unchanged when it has none)."""
    asked = _WORK_THEN_ASKED.match(text)
    text = f"{asked['who']} to {asked['work']}" if asked else text
    text = _AT_THEIR_REQUEST.sub(r"\g<verb> for \g<who> at their request", text)
    text = _ME_NAMED.sub(r"\g<name> ", _SPACED.sub(r"A-\g<n>", _DOTTED.sub(r"A-\1", text)))
    text = _WHY_NOT_THEM.sub(r"\g<named>", _CONFIRMING.sub(r"\g<lead>", _FOR_THE_TRACKER.sub("", text)))
    text = _NUMBER_FIRST.sub(r"A-\g<n>: ", _HELD_NUMBER.sub(r"\g<verb> A-\g<n>", text))
    text = _STAND_IN_POST.sub(
        r"\g<keep>", _AUDIENCE.sub("", _FYI.sub("", _PICTURE.sub(r"\g<lead> an update on", text)))
    )
    text = _OR_DID_THEY.sub("", _COLLEAGUE_NAMED.sub(r"\g<name> \g<verb>", text))
    text = _WHOSE_THEN_WHICH.sub(r"which \g<who> actions \g<rest>", text)
    text = text if _A_REF.search(text) else _UNTIL_ASKED.sub(r" by \g<when>", text)  # (for an action: a new date)
    text = _NUMBER_IN_ASK.sub(r"\g<lead> A-\g<n> ", _NUMBER_SAID_OF.sub(r"\g<lead> A-\g<n> ", text))
    text = _THEIR_NUMBER.sub(r"\g<whose> A-\g<n>", _DATE_ON.sub(r"A-\g<n>", text))
    put = _PUT_ON.match(text)
    bare = put is not None and re.search(rf"\bon\s+{put['n']}\b", put[0]) is not None  # "… on 47": the number alone
    if put is not None and (put["how"] or not bare):  # "put Jo on 47 jointly", never "put the report on 2"
        text = f"A-{put['n']} to {put['who']}{put['how'] or ''}"
    instead = _IN_PLACE_OF.match(text)
    if instead is not None:
        goes = instead["name"] or instead["sent"]
        text = f"{instead['away']}'s apologies for {instead['meeting']} - {goes} will attend instead"
    text = _FOR_THEN_ASKED.sub(r"\g<lead>\g<who> to ", text)
    text = _ON_HERE.sub(r"\1 on the tracker ", _WHOSE_ALONE.sub(r"\g<lead>\g<who>'s actions\g<tail>", text))
    together = _LEAVE_IT_WITH_US.match(text)
    if together is not None:
        text = f"{together['who'] or together['who2']} and I will {text[together.end() :]}"
    return text
