"""A message written for a member by someone else, read in the member's own voice.

A PA or deputy typing in the member's chat writes of the member by name: "Hi, Tony would like a list of his
outstanding actions before the July board. Thanks, Lisa", "I'm emailing on behalf of Tony Oakman (I'm his PA). Tony
has asked me to log an action for himself: …", "Tony's Cabinet meeting has moved, so he can attend after all. Please
remove his apologies". The writer of record is the member, so the message is read as the member would have written
it ("I would like a list of my outstanding actions …"), never as someone else's list, action or apologies. Only a
message that shows it was typed for the member (their PA or assistant, "on behalf of", "Tony has asked me", signed
with another first name) is turned round: the member's name where it is the subject or owner of something, and the
pronouns of the first he or she after it; the PA's introduction of themselves is left out.
"""

from __future__ import annotations

import re

from bot.directory import Person
from bot.understanding.names import NameIndex
from bot.understanding.owners import OwnerResolver
from bot.understanding.patterns import guarded
from bot.understanding.preambles import TYPED_FOR

__all__ = ["ASKED_TO_SAY", "in_own_voice"]

# What follows the member's name when the message speaks of them: a verb, or "'s" and what is theirs.
_VERB = (
    r"has|had|is|was|would|will|wants|needs|asked|can|could|can['’]t|cannot|won['’]t|isn['’]t|returns|sends|"
    r"is\s+not|has\s+not|hasn['’]t"
)
_FIRST_PERSON = {
    "has": "have", "is": "am", "wants": "want", "needs": "need", "returns": "return", "sends": "send",
    "isn't": "am not", "isn’t": "am not", "is not": "am not", "hasn't": "haven't", "hasn’t": "haven't",
}  # fmt: skip
# "I'm Tony Oakman's PA.", "this is Linda, Tony's PA.", "(I'm his PA)", "I am emailing on Dr AbuAffan's behalf.":
# the one typing introducing themselves, which says nothing of what is asked.
_INTRODUCTION = guarded(
    r"\(?\b(?:I['’]?m|I\s+am|this\s+is\s+[A-Z][\w'’-]*,?)\s+(?:[\w'’. -]{1,40}?['’]s|his|her|their)\s+"
    r"(?:PA|EA|personal\s+assistant|executive\s+assistant|secretary)\b\)?[.,;]?|"
    r"\b(?:I['’]?m|I\s+am)\s+(?:emailing|writing|messaging|posting)\s+on\s+(?:behalf\s+of\s+[\w'’. -]{1,40}?|"
    r"[\w'’. -]{1,40}?['’]s\s+behalf)(?=\s*[(.,;])[.,;]?|"
    # "Lisa for Tony –", "Lorraine here on behalf of Roger:", "Hi it's Gill in Mayada's office -": who is typing
    rf"^\s*{TYPED_FOR}",
    re.I,
)
# "Tony has asked me to confirm that …", "Tony asked me to let you know …": what follows is his own news
ASKED_TO_SAY = r"(?:has\s+)?asked\s+me\s+to\s+(?:confirm|let\s+you\s+know|say|tell\s+you|pass\s+on)(?:\s+that)?\s+"
# "Tony has asked me to log an action …", "… to send an update on A-3: …": his own request
_ASKED_TO = r"(?:has\s+)?asked\s+me\s+to\s+(?:(?:send|give|pass\s+on)\s+(?:an?\s+)?(?=update\b))?"


def in_own_voice(text: str, writer: Person | None, names: NameIndex, typed: str = "") -> str:
    """The text with the writer, written of by name ("Tony would like his list"), in the first person ("I would
    like my list"), without the typist's own name before it ("Lisa for Tony –"); unchanged when the text does not
    speak of the writer by name or was not typed for them (``typed``: the message as typed, its signature too)."""
    if writer is None:
        return text
    typist = re.match(TYPED_FOR, text, re.I)  # "Lisa for Tony – update on A-16: …": Lisa typing in Tony's chat
    if typist and re.search(rf"\b{re.escape(writer.first_name)}\b", typist[0]):
        text = text[typist.end() :]
    spoken = _spoken_of(text, writer, names)
    if spoken is None or not _typed_for(typed or text, writer, spoken):
        return text
    name = spoken
    text = _INTRODUCTION.sub("", text)
    text = re.sub(rf"\b{name}\s+{ASKED_TO_SAY}", "", text)
    text = re.sub(rf"\b{name}\s+{_ASKED_TO}", "please ", text)
    text = re.sub(rf"\b{name}['’]s\s+(?=(?:on|off|away|not|going|back|been|unable|able|sorry)\b)", "I'm ", text)
    text = re.sub(rf"\b{name}['’]s\b", "my", text)
    text = re.sub(rf"\b{name}\s+(?:him|her)self\b", "me", text)  # "assigned to Roger himself"
    text = re.sub(rf"\b(to|for|with|from|by|on)\s+{name}\b", r"\1 me", text)
    text = re.sub(rf"\b{name}\s+({_VERB})\b", lambda m: "I " + _FIRST_PERSON.get(m[1].lower(), m[1]), text)
    he = re.search(r"\b(?:he|his|him|himself)\b", text, re.I)
    she = re.search(r"\b(?:she|her|herself)\b", text, re.I)
    if he and (not she or he.start() < she.start()):
        text = re.sub(r"\bhimself\b", "myself", re.sub(r"\bhim\b", "me", re.sub(r"\bhis\b", "my", text)))
        text = re.sub(rf"\bhe\s+({_VERB})\b", lambda m: "I " + _FIRST_PERSON.get(m[1].lower(), m[1]), text)
    elif she:
        text = re.sub(r"\bherself\b", "myself", re.sub(r"\bher\b(?=\s+[a-z])", "my", text))
        text = re.sub(r"\bher\b", "me", text)
        text = re.sub(rf"\bshe\s+({_VERB})\b", lambda m: "I " + _FIRST_PERSON.get(m[1].lower(), m[1]), text)
    return re.sub(r"[ \t]{2,}", " ", text).strip()


# Who typed it, when not the member: their PA or assistant ("Tony's PA", "PA to Tony Oakman", "(PA)"), someone writing
# on their behalf or asked by them, or a message signed with another first name ("Thanks, Lisa").
_HELPER = r"(?:PA|EA|personal\s+assistant|executive\s+assistant|secretary|assistant)"
_SIGNED = guarded(
    r"(?:thanks|thank\s+you|regards|best|cheers|wishes)\W*\s+(?P<sig>(?-i:[A-Z])[a-z]+)(?:\s+(?-i:[A-Z])[\w'’-]+)?\W*$",
    re.I,
)
_NAME_LAST = guarded(r"[.!?]\s+(?P<sig>(?-i:[A-Z])[a-z]+)\W*$")  # "… Gill won't need to come. Debbie"


def _typed_for(text: str, writer: Person, name: str) -> bool:
    """Whether the text was typed for the writer by someone else (see ``_HELPER``), or the writer asked them."""
    helped = (
        rf"\b{name}['’]s\s+{_HELPER}\b|\b{_HELPER}\s+(?:to|for)\s+(?:(?:Dr|Mr|Mrs|Ms)\.?\s+)?{name}\b|\(\s*{_HELPER}\s*\)|"
        rf"\bI['’]?m\s+(?:his|her)\s+{_HELPER}\b|\bon\s+behalf\s+of\s+{name}\b|\bon\s+{name}['’]s\s+behalf\b|"
        rf"\b{name}\s+(?:has\s+)?asked\s+me\b|^\s*{TYPED_FOR}"
    )
    if re.search(helped, text):
        return True
    signed = _SIGNED.search(text.strip()) or _NAME_LAST.search(text.strip())
    return signed is not None and signed["sig"] != writer.first_name


def _spoken_of(text: str, writer: Person, names: NameIndex) -> str | None:
    """The pattern of the writer's name as the text speaks of them (full or first name, then a verb or "'s"), when
    that name is the writer's alone."""
    full = re.escape(writer.name)
    first = re.escape(writer.first_name)
    for pattern in (full, first):
        found = guarded(rf"\b({pattern})(?=['’]s\b|\s+(?:{_VERB})\b)").search(text)
        if found is None:
            continue
        named = OwnerResolver(names, writer).single(found[1], allow_unknown=False)
        if named and not named.ambiguous and [o.id for o in named.owners] == [writer.id]:
            return rf"(?:{full}|{first})"
        own_first = found[1].lower() == writer.first_name.lower()  # "Su" in Su Vincent's chat, beside a Sue Haywood
        if own_first and named and any(writer.id in (p.id for p in a.candidates) for a in named.ambiguous):
            return rf"(?:{full}|{first})"
    return None
