"""What a member new to the assistant writes before the request itself: "Not sure if this is the right place
but …", "Hi all, first time using this.", "Sorry, bit of a long one.", "Can I add an action? Jayne to map …",
"Is it possible to set an action for all board members? Everyone to read …", "I think I need to record that …".

The opening says how the writer feels about asking, not what they ask; read with it, "Can I add an action?" is a
question about the writer, and "I need to record that Kate will …" makes the writer its owner. The reader reads
the message without the opening, and keeps that reading only when it understands the rest (else the whole).
"""

from __future__ import annotations

import re

from bot.directory import MANAGERS, Person
from bot.understanding.names import NameIndex
from bot.understanding.patterns import guarded
from bot.understanding.text import fold
from store.models import Role

__all__ = [
    "TYPED_FOR",
    "spoken_to_first",
    "without_owner_aside",
    "without_preamble",
    "without_salutation",
    "without_vocative",
]

_END = r"\s*(?:[,.!:;?–—-]+\s*|\s+but\s+|\s+so\s+)"
_UNSURE = (
    r"(?:(?:I'm\s+|I\s+am\s+)?(?:not\s+sure|unsure)\s+(?:if|whether|how|where)\s+(?:this|I|to)\b[^.?!,]{0,60}?"
    r"(?:right\s+place|works?|do\s+this|goes|(?:the\s+)?right\s+way|ask|post\s+this|put\s+this)(?:\s+(?:for\s+this|"
    r"yet|here|properly))?)"
)
_NEW = (
    r"(?:(?:this\s+is\s+)?(?:my\s+)?first\s+time\s+(?:using|trying)\s+(?:this|the\s+(?:bot|assistant|tracker))"
    r"(?:\s+(?:bot|thing|assistant))?|(?:I'm|I\s+am)\s+(?:new\s+to\s+(?:this|the\s+\w+)|still\s+getting\s+used\s+to"
    r"\s+(?:this|it))|sorry,?\s+(?:a\s+)?(?:bit\s+of\s+a\s+|rather\s+a\s+)?long\s+one|sorry\s+if\s+this\s+is\s+"
    r"(?:the\s+wrong\s+place|a\s+(?:silly|daft)\s+question)|(?:please\s+)?bear\s+with\s+me|apologies\s+if\s+I'm\s+"
    r"doing\s+this\s+wrong|(?:a\s+)?quick\s+one|sorry\s+to\s+(?:bother|trouble|pester)\s+you(?:\s+again)?|"
    r"sorry\s+to\s+be\s+(?:a\s+|such\s+a\s+)?(?:pain|nuisance)(?:\s+again)?|"
    r"(?:I\s+)?hope\s+(?:you(?:'re|\s+are)\s+(?:well|ok|okay)|all(?:'s|\s+is)\s+well|you\s+(?:had|have\s+had)\s+a\s+good\s+"
    r"(?:week|weekend|break|holiday)))"
)
# "apologies if this is not the correct way to do this", "sorry if this is the wrong place", "apologies for the long
# message", "sorry for the delay in replying": sorry for the asking, not apologies for a meeting.
_SORRY = (
    r"(?:(?:my\s+)?(?:apolog(?:ies|ise|ize)|apols|sorry)\s+(?:if\s+(?:this|I|I'm|it|that)\b[^.!?]{0,80}?|"
    r"(?:for|about)\s+(?:the|my|this)\s+(?:(?:very\s+|rather\s+)?(?:long|lengthy|late|slow|delayed)\s+"
    r"(?:message|email|e-mail|post|reply|response)|delay(?:\s+in\s+(?:replying|responding|getting\s+back))?)"
    r"(?=\s*[.!]\s+[A-Z])))"  # the long message's sorry only as a sentence of its own
)
# "Can I add an action?", "Is it possible to set an action for all board members?", "could I log something?"
_MAY_I = (
    r"(?:(?:can|could|may)\s+(?:I|we|you)|is\s+it\s+possible\s+to|I'd\s+like\s+to|I\s+want\s+to)\s+"
    r"(?:add|log|record|set(?:\s+up)?|put\s+in|put\s+on|create|enter|raise)\s+(?:an?\s+|another\s+|one\s+more\s+)?"
    r"(?:new\s+)?(?:action|task|something|one)(?:\s+(?:on|to|onto|in)\s+the\s+(?:tracker|list|log|system))?"
    r"(?:\s+for\s+(?:(?!\bto\s+[a-z])[^?.!]){1,60})?\s*\?+"  # not "… for Jo to circulate X?": that is the request
)
# "could the following be added to the tracker please: …", "can these go on the log -": the asking, then the actions
_ADDED_BELOW = (
    r"(?:(?:could|can|would)\s+(?:the\s+following|this|these)(?:\s+(?:actions?|items?|ones?))?\s+(?:please\s+)?"
    r"(?:be\s+(?:added|logged|recorded|put|entered)|go)\s+(?:(?:on|to|onto|in|into)\s+(?:the\s+)?(?:tracker|log|action\s+"
    r"(?:log|list|tracker)|list)\s*)?(?:please\s*)?\??\s*[:–—-]\s*)"
)
# "following on from Nicki's email -", "further to our call,", "as discussed at the panel,": what the request follows.
_FOLLOWING = (
    r"(?:(?:following(?:\s+(?:on\s+)?from)?|further\s+to|as\s+per|in\s+line\s+with|re)\s+[^,.;:!?–—-]{1,60}?"
    r"(?:email|e-mail|message|msg|chat|call|conversation|discussion|catch[- ]?up|meeting|note|request)|"
    r"as\s+(?:discussed|agreed|promised|mentioned)(?:\s+(?:briefly|just|earlier|today|yesterday))?"
    r"(?:\s+(?:at|in|on|with|yesterday|earlier)[^,.;:!?–—(-]{0,40})?(?:\s*\([^()]{1,80}\))?|"  # "(… dash off!)"
    # "per Richard,", "as per Jassi -", "according to Sally:": whose word the request is on, not whose work it is
    r"(?:as\s+per|per|according\s+to)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+|"
    # "Replying to Jassi's msg - yes", "re your question, yes": what the message answers
    r"(?:replying|in\s+reply|responding)\s+to\s+[^,.;:!?–—-]{1,60}?(?:msg|message|question|digest|reminder|post|"
    r"email|thread)s?(?:\s+(?:from|of)\s+[^,.;:!?–—-]{1,30})?|"
    # "from the CSE subgroup this morning -", "out of yesterday's panel:": where the request comes from
    r"(?:from|out\s+of)\s+(?:the|today['’]s|yesterday['’]s|this\s+morning['’]s|our|last\s+week['’]s)\s+[^,.;:!?–—-]{0,40}?"
    r"(?:sub[\s-]?group|group|board|panel|meeting|workshop|forum|network|call|session|huddle|catch[- ]?up)"
    r"(?:\s+(?:this\s+morning|this\s+afternoon|today|yesterday|earlier|last\s+week|on\s+\w+day))?)"
)
# "Please note I will be on leave ...", "heads up I'm off ...", "fyi - I won't be ...": telling, before the writer's
# own news (only then: "please note Jo to send ..." is read whole).
_NOTICE = (
    r"(?:please\s+note|(?:just\s+)?(?:to\s+)?let\s+you\s+know|fyi|for\s+(?:your\s+)?info(?:rmation)?|(?:just\s+a\s+)?"
    r"heads[\s-]+up|"  # "as lay advisor im happy to take on …": the writer's role, then their own news
    r"as\s+(?:the\s+|a\s+|your\s+|our\s+)?(?:[\w'’-]+\s+){0,2}?(?:advisor|adviser|chair|rep|representative|lead|"
    r"manager|member|head|dsl))(?:\s*[,.!:;–—-]+\s*|\s+(?:that\s+)?)(?=(?:I|I'm|I'll|Im|we|we're|my)\b)"
)
# "Following our conversation with Helen and Jo, the youth offending service will …", "For the record: following my
# discussion with Merlin and Tony, the business manager will …": whom the writer talked to, before the news itself.
_TALKED_FIRST = (
    r"(?:for\s+the\s+record\s*[:,–—-]?\s*)?(?:following|after|further\s+to|off\s+the\s+back\s+of)\s+"
    r"(?:(?:a|an|my|our|the|your)\s+)?(?:[\w'’-]+\s+){0,3}(?:conversation|discussion|chat|call|catch[- ]?up|meeting|"
    r"email|talk)s?\s+(?:with|between|about)\s+[^,.;:!?]{2,80},\s*|"
    # "after talking to Pam this morning can we get Zala to …": who was spoken to first, then the ask
    r"(?:(?-i:[A-Z])[a-z]+\s*,\s*)?(?:after|following|having)\s+(?:talking|speaking|chatting|spoken|talked)\s+(?:to|with)\s+"
    r"[A-Za-z][\w'’-]*"
    r"(?:\s+(?-i:[A-Z])[\w'’-]*)?(?:\s+(?:this\s+(?:morning|afternoon)|today|yesterday|earlier))?\s*,?\s*"
    r"(?=(?:can|could|would|will|we|I|please|pls)\b)"
)
# "Lisa for Tony –", "Lorraine here on behalf of Roger:", "Hi it's Gill in Mayada's office -": the one typing, for
# the member whose chat it is (never "Actions for Tony:", which says whose the work is).
TYPED_FOR = (
    r"(?:(?:hi|hello|morning)[\s,!]+)?(?:it['’]s\s+|this\s+is\s+)?(?!(?:actions?|updates?|apologies|apols|list|one|"
    r"new|tasks?|items?|notes?|minutes|agenda|papers|request|reminder|question|urgent|quick|log|add|record|put|pop|"
    r"raise|set|create|enter|please|pls|thanks|just|also|and|one|another|next|same)\b)(?-i:[A-Z])[a-z]+"
    r"\s+(?:here\s+)?(?:(?:for|on\s+behalf\s+of)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?|"
    r"(?:in|from)\s+(?-i:[A-Z])[\w'’-]+['’]s\s+office)\s*[–—:,-]\s*"
)
# "following on from the CSE discussion yesterday could you add …": the request itself follows with no stop
_THEN_ASKS = (
    r"(?:\s+(?:yesterday|today|earlier|this\s+(?:morning|afternoon)|last\s+week))?\s+"
    r"(?=(?:could|can|would)\s+(?:you|u|someone|we)\s|(?:please|pls|plz)\s+[a-z])"
)
# "just passing on - CRC apologies for Monday, …": news passed on, read as it is
_PASSING_ON = r"(?:just\s+)?(?:passing|relaying)\s+(?:this\s+|it\s+)?on\s*[,.!:;–—-]+\s*"
_OPENING = guarded(
    rf"^(?:(?:(?:dear|hi|hello)\s+)?(?:all|everyone|team)\b[\s,.!;]*)?(?:(?:hi|hello|morning|afternoon)\b[\s,.!;]*"
    rf"(?={_NOTICE}))?(?:(?:{_UNSURE}|{_NEW}|{_SORRY}|{_FOLLOWING})"
    rf"(?:{_END}|{_THEN_ASKS})|{_MAY_I}\s+|{_ADDED_BELOW}|{_NOTICE}|{_TALKED_FIRST}|{_PASSING_ON})+"
    r"(?:(?:yes|yep|sure|no\s+problem)\b[\s,!.]*)?",  # "Replying to Jassi's msg - yes …"
    re.I,
)
# "I think I need to record that …", "I just need to log …": the writer asks for a record, not for work.
_NEED_TO = guarded(
    r"^(?:so\s+)?(?:I\s+(?:think\s+I\s+|just\s+|probably\s+)?(?:need|have|want|'d\s+like)\s+to|"
    r"is\s+it\s+possible\s+to)\s+"
    r"(?=(?:record|log|add|put\s+in|note|enter|change|move|update|close|drop|delete|remove|reassign|mark|tick)\b)",
    re.I,
)


# "action from the chair's meeting for Tony O: …", "Action please for the trust to …", "an action please for all
# members: …": where the action arose, or the please, between "action" and whose it is
_ACTION_ASIDE = guarded(
    r"^(?P<lead>(?:[A-Z][a-z]+,\s+)?(?:(?:an?|one|new|another)\s+)?action)\s+(?:(?:please|pls)\s+|(?:from|after|following|"
    r"out\s+of|arising\s+from)\s+(?:the\s+|this\s+|today['’]?s\s+|yesterday['’]?s\s+|his\s+|her\s+|my\s+|our\s+)?"
    r"[\w'’ &-]{2,40}?\s+)+(?=for\s)",
    re.I,
)
# "lynne (my deputy) to send …", "an action down for Dean Pritchard (head at one of our special schools, he's leading on
# this) to write up …": who the owner is, said between the owner and the work
_OWNER_ASIDE = guarded(
    r"(?<=[A-Za-z])\s*\((?!a-?\d)(?:my|our|the|his|her|their|head|new|lead|a|an)\b[^()]{1,100}\)(?=\s+to\s+[a-z])", re.I
)
# "Notes from my catch-up with Su V: she'll write to GP practices …", "Spoke to Jo - she will send …": the one spoken
# with takes the work on, said of her or him
_SPOKEN_WITH_THEN_THEY = guarded(
    r"^(?:(?:notes?|update|news)\s+(?:from|after)\s+)?(?:I\s+|I['’]ve\s+|I\s+have\s+|I\s+had\s+|had\s+|just\s+)*(?:(?:my|a|the|our)\s+)?"
    r"(?:spoke|spoken|talked|caught\s+up|catch[\s-]?up|call|chat|meeting|met)\s+(?:(?:to|with)\s+)?"
    r"(?P<who>[A-Za-z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s*(?:[:,–—-]+\s*|\s+and\s+)(?:she|he)"
    r"(?:(?P<will>['’]ll)(?=\s)|(?=\s+will\s|\s+is\s+going\s+to\s)|(?P<is>['’]s)(?=\s+going\s+to\s))",
    re.I,
)
# "After the panel prep this week, the QA group will …", "… really helpful. Off the back of them I'll do …": what
# the news follows, at a sentence's start, before whoever will do the work.
_FOLLOWS = guarded(
    r"(?:^|(?<=[.!?])\s+)(?:(?:after|following|further\s+to|in\s+light\s+of|arising\s+from|as\s+a\s+result\s+of|"
    r"in\s+response\s+to|(?:off|on)\s+the\s+back\s+of)\s+[^,.;:!?]{1,80},\s*|(?:off|on)\s+the\s+back\s+of\s+"
    r"(?:that|this|them|it|those)\s+)(?=[^,.;:!?]{1,60}?(?:\bwill\b|['’]ll\b|\bto\s+[a-z]))",
    re.I,
)


# "my manager Lorraine has asked me to add: Early Years to report on …": someone's request to record, then the action.
_ASKED_TO_ADD = guarded(
    r"^[^.!?:]{1,60}?\b(?:has|have|had)\s+asked\s+(?:me|us)\s+to\s+(?:add|log|record|put\s+(?:on|down|in))"
    r"(?:\s+(?:this|the\s+following|an?\s+action|one))?\s*[:–—-]\s*(?=\S)|"
    # "Recording on behalf of Viv Townsend, who has asked me to post while she's on a course: NPS to provide …"
    r"^[^.!?:]{1,60}?\bwho\s+(?:has\s+|had\s+)?asked\s+(?:me|us)\s+to\s+(?:add|log|record|post|put|pop|stick)\b"
    r"[^.!?:]{0,40}:\s*(?=\S)",
    re.I,
)


# "I've had a call from the CCG – Su Vincent sends her apologies …": how the news came, before whose it is (never
# "… from Jo. She can't make Monday", where the news needs the one it came from)
_HEARD = (
    r"^(?:(?:I['’]ve|I\s+have|I|just)\s+)?(?:just\s+)?(?:had|got|received)\s+(?:a|an)\s+(?:quick\s+)?(?:call|phone\s*call|"
    r"ring|email|e-mail|message|text|note)\s+from\s+"
)
_HEARD_FROM = guarded(
    rf"{_HEARD}[^,.;:!?–—]{{1,50}}?\s*[,.;:!–—-]+\s*(?!(?:she|he|they|her|his|their|it|this|that)\b)(?=\S)", re.I
)
# "I've had an email from Jo. She can't make Monday", "had a call from pam - shes off": the news is of the one it
# came from
_HEARD_FROM_THEM = guarded(
    rf"{_HEARD}(?!the\b)(?P<who>[A-Za-z][a-z'’-]+(?:\s+(?-i:[A-Z])[a-z'’-]+)?)\s*[,.;:!–—-]+\s*"
    r"(?:(?:she|he|they)['’]s\b|(?P<pronoun>she|he|they)\b)",
    re.I,
)


def without_owner_aside(message: str) -> str | None:
    """The message without who its owner is, said between the owner and the work ("lynne (my deputy) to send …"), or
    None when it has no such aside. Read only when the whole message is not understood: "Karen (our lay advisor) to
    …" is understood with it."""
    rest = _OWNER_ASIDE.sub("", message, count=1)
    return rest[:1].upper() + rest[1:] if rest != message else None  # the aside says a person is named: "Lynne"


def without_preamble(message: str) -> str | None:
    """The message without the opening that only says how the writer feels about asking, or None when it has
    none (or nothing is left after it)."""
    rest = _HEARD_FROM_THEM.sub(
        lambda m: m["who"] + ("" if m["pronoun"] else " is"), _OPENING.sub("", message, count=1)
    )
    rest = _ASKED_TO_ADD.sub("", _HEARD_FROM.sub("", rest, count=1), count=1)
    rest = _NEED_TO.sub("", rest, count=1)
    rest = _FOLLOWS.sub(lambda m: " " if m.start() else "", rest)
    rest = _ACTION_ASIDE.sub(lambda m: m["lead"] + " ", rest, count=1)
    rest = _SPOKEN_WITH_THEN_THEY.sub(
        lambda m: m["who"] + (" will" if m["will"] else " is" if m["is"] else ""), rest, count=1
    )
    if rest == message or not any(ch.isalnum() for ch in rest):
        return None
    return rest[:1].upper() + rest[1:]


# "Roger – apols for July, clashes with our Ofsted feedback. Tabetha": a note to the chair, signed by the writer.
_LETTER = guarded(
    r"^(?P<to>[A-Z][a-z]+)(?:\s+[A-Z][a-z'’-]+)?\s*[,:–—-]\s*(?P<body>.+?)[\s.,;!–—-]+(?P<signed>[A-Z][a-z]+)[.!]?$"
)


def without_salutation(message: str, writer: Person | None, names: NameIndex) -> str | None:
    """A note written to the chair or the business manager and signed with the writer's own first name, without
    the salutation and the signature (the chair named first is who it is for, not whose it is); else None.
    Only for a writer who is neither, since they are the ones who pass on others' notes."""
    found = _LETTER.match(message)
    if found is None or writer is None or writer.role in (Role.CHAIR, Role.MANAGER):
        return None
    if fold(found["signed"]) != fold(writer.name).split()[0]:
        return None
    addressed = [p for p in names.person(found["to"]).candidates if p.role in (Role.CHAIR, Role.MANAGER)]
    return found["body"] if addressed and writer not in addressed else None


# "Martine, Su Vincent and Viv have both sent their apologies … could you record them?": the one spoken to, first.
_VOCATIVE = guarded(
    r"^(?:(?P<greeting>(?i:hi|hiya|hello|morning|afternoon|thanks|thank\s+you|cheers|ta))\s+)?"
    # "martine, the trust will …" (lower case too), "Martine could you change the date on 37 …" (no comma)
    r"(?P<to>[A-Za-z][a-z]+)(?:\s*,\s+|\s+(?=(?i:could|can|would|will)\s+(?i:you|u)\b|(?i:can|could|may)\s+(?i:I|we)\s))"
    r"(?P<body>\S.+)$",
    re.S,
)
_ASKS_YOU = guarded(
    r"\b(?:(?:could|can|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+)?|please\s+|pls\s+)(?:record|log|note|add|put|take|"
    r"cancel|remove|withdraw|change|move|mark|update|close)\b|"
    r"^I(?:['’](?:m|ve|ll|d))?\s+(?!and\b|&)|"  # "Martine, I can do Monday now …": the writer speaks to her
    r"^(?:(?:a\s+)?new\s+|another\s+|one\s+more\s+)?(?:one|action)\s+(?:for|on|against)\s+|"  # "Martine, one for Jo …"
    # "Martine, Rachael's off until 12 June …": someone else's leave, told to her
    r"^(?!(?:I|we|you|u|it|this|that|there|he|she|they)\b)[A-Za-z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:['’]s|\s+is|\s+will\s+be|"
    r"\s+(?:starts|begins|goes))\s+(?:now\s+)?(?:(?:signed\s+)?off|away|out\s+of\s+(?:the\s+)?office|on\s+(?:[a-z]+\s+)?leave|"
    r"(?:[a-z]+\s+)?leave)\b|"
    # "Martine, police will refresh the CSE problem profile …": a subject of its own, never a list with her (that
    # takes an "and": "Martine, Jo and Pam to draft the leaflet")
    r"^(?!(?:[\w'’-]+\s+){0,4}?(?:and|&|\+|n|you|u|we|I|me)\s)(?:[\w'’-]+\s+){0,3}?[\w'’-]+(?:\s+(?:will|shall|(?:are|is)\s+"
    r"going\s+to)\s+|['’]ll\s+|\s+(?:to|needs?\s+to)\s+)(?!be\b|the\b|a\b|an\b|my\b|our\b|your\b|it\b|this\b|that\b)[a-z]+",
    re.I,
)


_I_FIRST = guarded(r"^I(?:['’](?:m|ve|ll|d))?\s+(?!and\b|&)")


# "what do I still have on the tracker from March, Martine? Julie": the one asked, named after the question
_ASKED_THEN_NAMED = guarded(
    r"^(?P<body>[^?]*[a-z0-9)]),\s+(?P<to>[A-Za-z][a-z]+)(?:\s+(?-i:[A-Z])[a-z'’-]+)?\s*(?P<rest>\?.*)$", re.S
)
_FIRST_PERSON = guarded(r"\b(?:I|I['’]m|I['’]ve|me|my|we|our|us)\b", re.I)


# "Roger, Jo and Pam to draft …": the name opens a list of names, never one spoken to
# (or an action's reference: "Martine, A-38 won't be ready till w/c 22 june" is news of it, read whole)
_LIST_GOES_ON = guarded(
    r"^(?:[\w'’-]+\s+){0,2}?(?:and|&|\+|n)\s|^[\w'’-]+(?:\s+[\w'’-]+)?\s*,|^(?:a|#|action)\s?-?\s?\d", re.I
)
# "martine can I have an action to review …": the writer's own, asked of the one spoken to
_ASKS_FOR_ME = guarded(r"^(?:can|could|may)\s+I\s+(?:please\s+)?(?:have|get|take|add|log|put|record)\b", re.I)
# "Martine could you list the SCR sub actions …", "Roger, can you show me …": a list asked of the one spoken to
_LIST_ASKED_OF_YOU = guarded(
    r"^(?:could|can|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+)?(?:list|show\s+me|let\s+me\s+see)\b",
    re.I,
)


def without_vocative(message: str, writer: Person | None, names: NameIndex) -> str | None:
    """The message without the name of the one it is written to, when that name is never whose the message is:
    "… on the tracker from March, Martine?" (named after the question); "Martine, Su Vincent and Viv have both sent
    their apologies … could you record them?", "thanks martine, police will send …" (the business manager's or the
    chair's name, then a request to record or what someone else will do); "Roger, Nic can't make the July board"
    (news told to them); "Martine could you list the SCR sub actions …" (a list asked of them); "jassi can I have an
    action to …" (the writer's own, asked of anyone). Else None: the writer's own name, or a list that takes an "and"
    ("Martine, Jo and Pam to draft the leaflet" stays three names)."""
    asked = _ASKED_THEN_NAMED.match(message)
    if asked and writer is not None and not re.search(r"\b(?:and|&|or|for|with|from|to)\s*$", asked["body"], re.I):
        anyone = names.person(asked["to"]).candidates  # "… on the tracker, Martine?": asked of her, never about her
        plain = (
            _FIRST_PERSON.search(asked["body"]) or (anyone and anyone[0].role in MANAGERS) or "," not in asked["body"]
        )
        if anyone and writer not in anyone and plain:  # "what does CDOP have open, Mayada?": asked of her
            return asked["body"] + asked["rest"]
    found = _VOCATIVE.match(message)
    if found is None or writer is None:
        return None
    body, anyone = found["body"], names.person(found["to"]).candidates
    one = anyone[0] if len(anyone) == 1 and anyone[0].id != writer.id else None
    told = "," in message[found.end("to") : found.start("body")] and not found["greeting"]  # "Roger, Nic can't …"
    told = (
        told and not _LIST_GOES_ON.match(body) and not re.match(r"(?:could|can|would|will)\s+(?:you|u)\b", body, re.I)
    )
    if one and (_ASKS_FOR_ME.match(body) or (one.role in MANAGERS and (told or _LIST_ASKED_OF_YOU.match(body)))):
        return body
    if not _ASKS_YOU.search(body):
        return None
    if _I_FIRST.match(body) and anyone and all(p.id != writer.id for p in anyone):
        return body  # "Pam, I can't make the workshop …": written to Pam, whoever she is
    spoken_to = [p for p in anyone if p.role in MANAGERS]
    return body if len(spoken_to) == 1 and spoken_to[0].id != writer.id else None


# "Remley – saw your message. everyone to …", "@Pam – not one for you, …", "@jo can housing …", "thanks pam 👍 and
# what about the hospital …": a member spoken to first, and what the message then says.
_SPOKEN_TO = guarded(
    r"^(?:(?P<thanks>(?i:thanks|thank\s+you|ta|cheers))\s+|(?P<at>@))?(?P<to>[A-Za-z][a-z'’]+(?:\s+[A-Z][a-z'’-]*)?)"
    r"(?:\s*[–—:-]\s+|(?(at)\s+|(?(thanks)\s*[^\w\s]*\s*and\s+|(?!))))(?P<body>\S.*)$",
    re.S,
)
# The one spoken to is asked ("Pam – can you send …", "Jo – to send …", "@Jo what have you got outstanding?"): the
# whole message says whose it is.
_ASKED_OF_YOU = guarded(
    r"^to\s|\b(?:can|could|would|will|have|has|are|do|did)\s+(?:you|u)\b|\b(?:you|u)\s+to\s+\w|\bfor\s+(?:you|u)\s+to\b|"
    r"\byour\s+action\b",
    re.I,
)


def spoken_to_first(message: str, writer: Person | None, names: NameIndex) -> tuple[str, frozenset[int]] | None:
    """What a message says after the member it speaks to first ("Remley – saw your message. everyone to complete
    the module …": everyone's action, never Remley's), and who that may be, when nothing in it asks the one spoken
    to to do it; else None."""
    found = _SPOKEN_TO.match(message.strip())
    if found is None or _ASKED_OF_YOU.search(found["body"]):
        return None
    spoken_to = names.person(found["to"]).candidates
    if not spoken_to or (writer is not None and any(p.id == writer.id for p in spoken_to)):
        return None
    return found["body"], frozenset(p.id for p in spoken_to)
