"""Someone who got in touch, and the "he" or "she" that then means them: "Richard rang this morning, he's agreed to
pull together …", "jayne's been on the phone, can you put her down to send …", "I spoke to Nicola this morning,
Cafcass will send …", "Tony rang - he's stuck at a DfE thing on monday so sends apols".

:func:`named_back` writes the name in the pronoun's place and keeps the rest (for every reading, so apologies and
requests passed on are the caller's); :func:`told_plainly` also drops who got in touch (for a message not understood
as written: "Cafcass will send …"). One person named, one pronoun just after: never a guess between two people.
"""

from __future__ import annotations

import re

from bot.understanding.patterns import guarded

__all__ = ["HEARSAY", "after_contact", "named_back", "told_plainly"]

_CONTACT = (
    r"(?:rang|rung|called|phoned|emailed|e-mailed|messaged|texted|replied|got\s+back\s+to\s+(?:me|us)|"
    r"(?:been|was)\s+(?:on\s+the\s+phone|in\s+touch)|got\s+in\s+touch|came\s+back\s+to\s+(?:me|us)|caught\s+me|"
    r"(?<=['’]s\s)(?:PA|EA|assistant|secretary|office)\s+here)"  # "Merlin's PA here - he can't make Monday"
)
_WHEN = r"(?:\s+(?:earlier|today|just\s+now|this\s+(?:morning|afternoon)|yesterday|last\s+night|after\s+the\s+\w+))?"
_GREETING = r"(?:(?:hi|hello|hiya|morning|afternoon|dear)\b[^,.!?:;–—-]{0,30}[,.!:;–—-]\s*)?"
_CONTACTED = guarded(
    # "Richard rang this morning, …", "jayne's been on the phone - …", "Hi Martine, Kate from CRC rang - …"
    rf"^{_GREETING}(?P<who>(?!(?:i|we|you|someone|somebody|they|it|this|that|the)\b)[A-Za-z][\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)"
    r"(?:\s+(?:from|at)\s+(?:the\s+)?[\w&'’-]+(?:\s+[\w&'’-]+){0,2}?)?(?:['’]s|\s+has|\s+had)?\s+(?:just\s+|also\s+)?"
    rf"{_CONTACT}\b(?P<between>[^.?!,;:]{{0,40}}?)(?P<sep>[,;:.!]+|\s[-–—])\s+(?:and\s+|so\s+)?|"
    # "I spoke to Nicola this morning, …", "I've just talked to Pam – …", "had a call with Viv, …"
    rf"^{_GREETING}(?:(?:I(?:['’]ve|\s+have)?\s+)?(?:just\s+)?(?:spoke|spoken|talked|chatted|caught\s+up)\s+(?:to|with)|"
    r"(?:I\s+)?had\s+a\s+(?:call|chat|word)\s+with|"
    # "Text from Jassi - she's off sick …", "voicemail from Tony: he can't …"
    r"(?P<note>(?:(?:an?|just\s+had\s+an?|(?:I['’]ve\s+)?got\s+an?)\s+)?(?:text|message|msg|email|e-mail|voicemail|call)"
    r"\s+from))\s+"
    r"(?P<whom>(?!(?:the|them|him|her)\b)[A-Za-z][\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)"
    # "… Steve Newbold at the regional LSCB network, …", "… Claire Hollins (head at Ridgewood) this morning, …"
    r"(?:\s+(?:from|at)\s+(?:the\s+)?[\w&'’-]+(?:\s+[\w&'’-]+){0,3}?)?(?:\s*\([^()]{1,40}\))?"
    rf"{_WHEN}(?P<sep2>\s*[,;:.!]+|\s[-–—])\s+(?:and\s+|so\s+)?",
    re.I,
)
# "Remley was asking what's on his list": whose list, asked by them
_ASKING = guarded(
    r"^(?P<who>(?!(?:i|we|you|someone|somebody|they|it|this|that|the)\b)[A-Za-z][\w-]+(?:\s+(?-i:[A-Z])[\w-]*)?)"
    r"(?:['’]s|\s+has)?\s+(?:was\s+asking|is\s+asking|asked(?:\s+me)?(?:\s+to\s+(?:check|find\s+out|see|look\s+up))?|wants\s+to\s+(?:know|see)|wanted\s+to\s+(?:know|see)|would\s+like\s+to\s+(?:know|see))\s+"
    r"(?=(?:what|which|if|whether|how)\b[^.?!]{0,30}?\b(?:his|her)\b|(?:what|if|whether)\s+(?:he|she)\b)",
    re.I,
)
# "Roger asked me where the housing S11 is": the question someone asked, passed on
_ASKED_ME = guarded(
    r"^(?!(?:i|we|you|someone|somebody|they|it|this|that|the)\b)[A-Za-z][\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+"
    r"(?:has\s+)?(?:asked\s+me|was\s+asking(?:\s+me)?|wants\s+to\s+know|wanted\s+to\s+know)\s+"
    r"(?=(?:where|what|which|when|how)\b(?![^.?!]{0,40}\b(?:his|her|he|she)\b))",
    re.I,
)
# "… if I could put an action in for her - …", "… for her and Zala": "her" as whom (Pam), else as whose (Pam's)
_HER_WHOM = (  # never "sit in for her", "cover for her": whose place, read by the apology rules
    r"(?:(?<=\bfor\s)(?<!\bin\sfor\s)(?<!\bcover\sfor\s)|(?<=\bto\s)|(?<=\bwith\s))her"
    r"(?=\s*(?:[^\w\s]|$)|\s+(?:and|or|at|on|in|by|please|pls|so|as)\b)"
)
_THEIRS = guarded(
    rf"\b(?:his|(?P<whom>{_HER_WHOM})|her|(?:(?<=what\s)|(?<=if\s)|(?<=whether\s))(?P<they>he|she))\b", re.I
)
_THEM = guarded(r"\b(?:him|her|them)\b", re.I)
# The pronoun that points back at them: "he'll", "she's agreed", "put her down"
_POINTS_BACK = guarded(
    r"\b(?P<pro>she|he)(?!\s+(?:wants|would\s+like|needs|asked)\b)(?:(?P<has>['’]s)(?=\s+(?:agreed|offered|said|volunteered|promised|been|got|taken|confirmed|"
    r"asked)\b)|(?P<verb>['’](?:ll|d|s)))?\b|\b(?:put|add|have|mark|log|note|stick|pop|record|give|get|ask)\s"
    r"(?P<obj>her|him)\b",
    re.I,
)
_ONLY_WHEN = guarded(rf"(?:\s+(?:me|us))?{_WHEN}", re.I)  # "rang me this morning", not "rang asking what …"
_EXPANDED = {"ll": " will", "d": " would", "s": " is"}
_OTHER_NAME = guarded(r"\b(?-i:[A-Z])[a-z]{2,}\b")


def _heard_from(text: str) -> str | None:
    """ "I have heard from Cafcass that they will not be represented …": "Cafcass will not be represented …"."""
    heard = _HEARD_FROM.match(text)
    return f"{heard['who']}{text[heard.end() :]}" if heard is not None else None


def _named(text: str, *, keep: bool) -> str:
    heard = _HEARD_THAT.match(text)  # "I gather Sue Haywood is on a DHR panel that day so she won't …": Sue
    if heard is not None:
        return text[heard.end() :]
    if (told := _heard_from(text)) is not None:
        return told
    contact = _CONTACTED.match(text)
    if contact is None:
        return text
    who = contact["who"] or contact["whom"]
    who = who[:1].upper() + who[1:]  # "jo rang - she wants …": "Jo wants …", a name as a name
    rest = text[contact.end() :]
    pronoun = _POINTS_BACK.search(rest)
    if pronoun is None or pronoun.start() > 40 or _OTHER_NAME.search(rest, 0, pronoun.start()):
        named = rest  # "…, Sally said she'd …": the pronoun is someone else's
    else:
        said = " has" if pronoun["has"] else _EXPANDED[pronoun["verb"][1:].lower()] if pronoun["verb"] else ""
        start, end = pronoun.span("obj") if pronoun["obj"] else pronoun.span()
        named = rest[:start] + who + said + rest[end:]
    if not keep or (contact["note"] and named is not rest):  # "Text from Jassi - she's off sick": in her name
        return named
    # "Kate from the CRC rang me - Dan Price will draft …": who got in touch, then what they said, as two sentences
    sep = contact.start("sep") if contact["sep"] else contact.start("sep2")
    dashed = text[sep:].lstrip()[:1] in {"-", "–", "—"} and _ONLY_WHEN.fullmatch(contact["between"] or "") is not None
    dashed = dashed and named[:1].isupper()  # "… rang me - Dan Price will draft …", not "… rang - she wants …"
    return f"{text[:sep].rstrip()}. {named}" if dashed else text[: contact.end()] + named


def named_back(text: str) -> str:
    """The message with the pronoun after "<who> rang, …" written as their name (who got in touch kept), and "his",
    "her", "he" or "she" after "<who> was asking …" as theirs ("Remley was asking what's on Remley's list", "Pam
    wants to know what Pam owes"); a question passed on
    as asked ("Roger asked me where the housing S11 is": "where the housing S11 is")."""
    asking = _ASKING.match(text)
    theirs = _THEIRS.search(text, asking.end()) if asking is not None else None
    if asking is not None and theirs is not None and not _THEM.search(text, asking.end(), theirs.start()):
        whose = asking["who"] if theirs["they"] or theirs["whom"] else f"{asking['who']}'s"  # "… what she owes"
        return f"{text[: theirs.start()]}{whose}{text[theirs.end() :]}"  # not "… for him before his 1:1"
    passed_on = _ASKED_ME.match(text)
    return text[passed_on.end() :] if passed_on is not None else _named(text, keep=True)


def told_plainly(text: str) -> str:
    """What was passed on after "<who> rang, …", the pronoun written as their name."""
    return _named(text, keep=False)


# "I gather", "I hear", "apparently": how the writer came to know, before the one named (never "I gather I'm …")
HEARSAY = r"(?:I\s+(?:gather|hear|understand|believe)|I['’]ve\s+(?:heard|been\s+told)|I['’]m\s+told|apparently)"
_HEARD_THAT = guarded(rf"^\W*{HEARSAY}(?:\s+that)?\s*,?\s+(?=(?-i:[A-Z])[a-z]+\b(?!['’]m\b))", re.I)
# "I have heard from Cafcass that they …", "I've just heard from Jo that she …": whom the news came from, then theirs
_HEARD_FROM = guarded(
    r"^\W*(?:I(?:['’]ve|\s+have)?\s+(?:just\s+)?(?:heard|had\s+word)\s+(?:back\s+)?from|I(?:['’]ve|\s+have)\s+been\s+told\s+by)\s+"
    r"(?P<who>(?:the\s+)?[\w&'’-]+(?:\s+[\w&'’-]+){0,2}?)\s+that\s+(?:they|she|he)\b",
    re.I,
)


def after_contact(text: str) -> str:
    """The words after "<who> rang - " when they are about them ("Jo rang - Jo is not well": "Jo is not well"; not
    "Tony rang - can you send apols for him"), or after "I gather" ("I gather Sue won't make …"); the text
    otherwise."""
    heard = _HEARD_THAT.match(text)  # "I gather Sue Haywood is on a DHR panel that day so she won't …": Sue
    if heard is not None:
        return text[heard.end() :]
    if (told := _heard_from(text)) is not None:
        return told
    contact = _CONTACTED.match(text)
    if contact is None:
        return text
    rest = text[contact.end() :]
    return rest if rest.lower().startswith((contact["who"] or contact["whom"]).lower() + " ") else text
