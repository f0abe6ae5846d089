"""Words passed on for someone, written the way the rules read them (part of
:func:`bot.understanding.chat.plain_chat`):

- "Not me - Helen can't make Monday": whose it is, put right first ("Helen can't make Monday").
- "Kate rang - she wants it noted that Dan Price will draft …": what is to be noted ("Dan Price will draft …").
- "Tabs has asked me to log the threshold document review as hers": an action for her, never the writer's
  ("… asked me to log an action for her: the threshold document review").
- "Richard's asked me to put him down as away …": his leave ("put Richard down as away …").
- "Jassi can you let the board know I'm off from the 20th", "I won't get to the board, can you let them know?": the
  writer's own news, asked to be passed on ("I'm off from the 20th"), never work for the one asked.
"""

from __future__ import annotations

import re

from bot.understanding.patterns import guarded

__all__ = ["as_passed_on"]

# "Tabs has asked me to log the threshold document review as hers": an action for her, not the writer's
_LOG_IT_FOR = guarded(
    r"\b(?P<ask>(?:asked|wants|would\s+like)\s+me\s+to\s+(?:log|add|record|put\s+down|put\s+in|(?:pop|stick)\s+(?:on|in)))\s+"
    r"(?!(?:an?\s+action|one|something|a\s+task|it|this|that|(?:a|an|the)\s+(?:note|update|comment|line))\b)"
    r"(?P<task>(?:(?!\bA-\d)[^.;!?,]){3,100}?)\s+(?:as|for|under|against)\s+"
    r"(?P<who>hers|his|theirs|her|him|them|(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)(?:\s+name)?\b",
    re.I,
)
# "she wants it noted that Dan Price will draft …": what is to be noted, whoever wants it
_NOTED_THAT = guarded(
    r"\b(?P<who>she|he|they|(?-i:[A-Z])[\w'’-]+)\s+(?:wants|would\s+like)\s+it\s+"
    r"(?:noted|recorded|logged|minuted)\s+that\s+"
    # "Jo wants it noted that she'll send …": Jo will send …
    r"(?:(?P<own>(?:she|he)(?:['’]ll|\s+will|['’]d|\s+would))\s+)?(?=\S)",
    re.I,
)
# "Not me - Helen can't make Monday": whose it is, put right before the rest is read
_NOT_ME_LEAD = guarded(
    r"^(?:no\W+)?not\s+me\s*[-–—,:;.!]+\s*(?=(?-i:[A-Z])|[a-z]+\s+(?:can|is|has|will|won|to)\b)", re.I
)
# "Not me - it's Helen who can't make Monday", "not me - it's sally who can now make july": theirs
_NOT_ME_ITS = guarded(
    r"^(?:no\W+)?not\s+me\s*[-–—,:;.!]+\s*it['’]?s\s+(?P<who>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?)\s+who\s+",
    re.I,
)
# "Richard's asked me to put him down as away - he's off until the 29th": his leave, put down for him
_PUT_AWAY = guarded(
    r"^(?P<who>(?!(?:I|we|you|he|she|they)\b)[A-Za-z][\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)(?:['’]s|\s+has)?\s+asked\s+"
    r"(?:me|us)\s+to\s+(?:put|mark|pop)\s+(?:him|her|them)\s+(?:down\s+)?as\s+(?=(?:away|off|on\s+leave)\b)",
    re.I,
)
# "Su would like an action adding for herself to circulate …", "rich wants an action in his name - review …", "she'd
# like an action in her name to …": an action the one named asked for, for themselves, passed on by the writer
_WANTS_ONE = guarded(
    r"\b(?P<who>she|he|(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?|(?-i:[a-z])[a-z]+(?=\s+(?:wants|would)\b))"
    r"(?:['’]d\s+like|\s+would\s+like|\s+wants|\s+wanted|(?:['’]s|\s+has)?\s+asked\s+for|"
    # "Pam asked if I can add one for her - …"
    r"(?:['’]s|\s+has)?\s+asked\s+(?:if|whether)\s+(?:I|we|you)\s+(?:can|could)\s+(?:add|log|record|put\s+(?:on|down)|pop\s+on))\s+"
    r"(?:an?\s+(?:new\s+)?action|one)(?:\s+(?:adding|added|logging|logged|putting\s+(?:on|down)|put\s+(?:on|down)|"
    r"recording|recorded))?\s+(?:for\s+(?P<self>her|him|them)(?:self|selves)?|in\s+(?P<name>her|his|their)\s+(?:own\s+)?"
    r"name)\s*(?:[:–—,-]+\s*(?:to\s+)?|\s+to\s+)(?=[a-z])",
    re.I,
)
# "Nicola C phoned – she'd like …", "Viv's been on the phone, she wants …": who "she" is
_CALLER = guarded(
    r"^\W*(?P<who>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)(?:['’]s|\s+has)?\s+(?:just\s+)?(?:been\s+on\s+the\s+"
    r"phone|rang|phoned|called|emailed|messaged|texted|been\s+in\s+touch|got\s+in\s+touch)\b",
)
_WHOM = {"hers": "her", "his": "him", "theirs": "them"}


def _logged_for(found: re.Match[str]) -> str:
    return f"{found['ask']} an action for {_WHOM.get(found['who'].lower(), found['who'])}: {found['task']}"


def _noted(found: re.Match[str]) -> str:
    theirs = found["own"] and found["who"].lower() not in {"she", "he", "they"}
    return f"{found['who']} will " if theirs else "" if not found["own"] else f"{found['own']} "


def _wants_one(text: str) -> str:
    """ "Su would like an action adding for herself to …" as "Su has asked me to log one for her: …"; a "she" as the
    caller named before it ("Nicola C phoned – she'd like …"), else left as written."""
    found = _WANTS_ONE.search(text)
    if found is None:
        return text
    who, before = found["who"], text[: found.start()]
    if who.lower() in ("she", "he"):
        caller = _CALLER.match(text, 0, found.start())
        if caller is None:
            return text
        who, before = caller["who"], ""  # the call itself says nothing more
    whom = {"his": "him", "their": "them"}.get((found["self"] or found["name"]).lower(), found["self"] or found["name"])
    return f"{before}{who} has asked me to log one for {whom.lower()}: {text[found.end() :]}"


# "Jassi can you let the board know (that) I'm …", "can you let Martine know the housing s11 is about half done", "Can
# you pass this on re action 25 - …": the news after it is what the message tells (never work for the one asked)
_PASS_IT_ON_LEAD = guarded(
    r"(?:^|(?<=['\"“‘])|(?<=:\s))(?:@?(?-i:[A-Z])[a-z'’-]+(?:\s+(?-i:[A-Z])[a-z'’-]*)?[,:]?\s+)?"
    r"(?:(?:can|could|would|will)\s+(?:you|u|someone)\s+|please\s+|pls\s+)(?:please\s+|pls\s+)?"
    r"(?:let\s+(?!(?:me|us)\b)(?:the\s+(?:board|tracker|team|panel|chair|group|manager)|[A-Za-z][a-z'’-]+)\s+know|"
    r"tell\s+(?:the\s+(?:board|tracker|team|panel|chair|group|manager)|them|everyone|everybody|(?-i:[A-Z])[a-z'’-]+)|"
    r"pass\s+(?:this|that|it)\s+on(?:\s+(?:re|about|for|on))?)\s+(?:that\s+)?"
    r"(?!(?:if|whether|when|what|where|who|how|why|which)\b)(?=\S)",
    re.I,
)
# "…, can you let them know?", "… - could you pass it on please": the news before it is the writer's own
_PASS_IT_ON_TAIL = guarded(
    r"[\s,;–—-]+(?:(?:can|could|would)\s+(?:you|u|someone)\s+(?:please\s+|pls\s+)?|please\s+|pls\s+)"
    r"(?:let\s+(?:them|everyone|everybody|the\s+(?:board|team|panel|chair))\s+know|pass\s+(?:it|that|this|them)\s+on|"
    r"tell\s+(?:them|everyone|the\s+(?:board|team|panel|chair)))(?:\s+(?:please|pls|thanks))?\s*[?!.]*(?=\s*(?:\w+\W*)?$)",
    re.I,
)


def as_passed_on(text: str) -> str:
    """The message with whose it is put right, the wish to have it noted cut, "log X as hers" read as hers, and an
    action someone wants for themselves as asked by them."""
    text = _PASS_IT_ON_LEAD.sub("", text)
    text = _PASS_IT_ON_TAIL.sub(".", text) if re.search(r"\bI\b|\bmy\b", text) else text
    text = _wants_one(_NOT_ME_LEAD.sub("", _NOT_ME_ITS.sub(r"\g<who> ", text)))
    text = _PUT_AWAY.sub(r"put \g<who> down as ", text)
    text = _NOTED_THAT.sub(_noted, text)
    return _LOG_IT_FOR.sub(_logged_for, text)
