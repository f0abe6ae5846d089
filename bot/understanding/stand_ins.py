"""Stand-ins typed on a phone with an apology: "will send my vp gareth if hes free", "sending our named nurse jan",
"my colleague sarah mee will attend", "nicki burrows said shed cover vol sector", "jayne from phase trust said shell
rep the vol sector", and the writer standing in for someone else ("roger has sent apols for monday panel, ill chair").

A person named by their post ("my deputy head claire ashby") need not be on the roster: the name is kept, written
with capitals. A stand-in named without a post ("X said she'd cover") counts only when the roster knows them, or
when they come "from our team" ("Gemma from our team will come in my place"). A job title before a stand-in's name
("station manager Paul Rees", "Head of Nursing Jane Cole") is no part of the name.
Part of the apology rules (:mod:`bot.understanding.apology_rules`).
"""

from __future__ import annotations

import re

from bot.directory import Person
from bot.understanding.owners import OwnerResolver
from bot.understanding.patterns import guarded
from bot.understanding.person_words import FIRST_PERSON_OR_WE

__all__ = [
    "NO_REPRESENTATIVE",
    "REPRESENTATIVE",
    "REPRESENTATIVE_ASKED",
    "REPRESENTATIVE_CHAT",
    "REPRESENTED_BY",
    "STAND_IN_CHAT",
    "TAKE_THEIR_PART",
    "TITLE",
    "TITLED",
    "a_post_of_theirs",
    "goes_for_writer",
    "stand_in_named",
    "title_start",
    "unlisted_name",
    "untitled",
    "writer_stands_in",
]  # fmt: skip

# "pick up the CDOP items", "do the PPP slot for me", "open it": taking the absent member's part in the meeting
TAKE_THEIR_PART = (
    r"open it|pick up (?:the|my|our) [\w&' ]{0,20}?(?:items?|slot|session)|"
    r"(?:do|present|take|bring) (?:the|my|our) [\w&' ]{0,20}?(?:slot|session|items?|presentation|bit|update|paper|"
    r"return|report)|"  # "…, Mayada will bring the PH return"
    r"speak (?:to|on) (?:the|my|our) [\w&'’ ]{0,30}?(?:items?|paper|report|update|bit)"  # "speak to the CSE items"
)
_STAND_IN = (
    r"(?:come|attend|represent|deputise|deputize|stand in|step in|cover|be there|go|sit in|chair|rep|"
    rf"{TAKE_THEIR_PART})"
)
# The post a stand-in holds, as people type it after "my" or "our".
_POST = (
    r"(?:(?:new|acting|interim|senior)\s+)?(?:vp|vice\s+principal|dep|deputy(?:\s+head(?:\s*teacher)?|\s+manager)?|"
    r"assistant\s+head|head\s*teacher|named\s+(?:nurse|gp|doctor|lead)|designated\s+(?:nurse|doctor|lead|"
    r"safeguarding\s+lead)|dsl|colleague|(?:team|service|practice|business)\s+manager|manager|safeguarding\s+lead)"
)
_NAME = (
    r"(?P<name>(?!(?:of|for|the|an?|and|to|in|at|on)\b)[a-z][a-z'’-]+(?:\s+(?!(?:if|instead|to|in|as|who|from|for|will|can|is|and|but|so|when|now|should|"
    r"would|could|shall)\b)[a-z][a-z'’-]+)?)"
)
_OPENING = r"(?:^|[,.;!?–—]\s*|\s-\s+|\b(?:and|but|so)\s+)"
_NAME_ENDS = r"(?=\s*(?:[,.;!?]|$)|\s+(?:if|instead|in (?:my|his|her|their) place|to cover|for me|as|who|from|for)\b)"
_BY_POST = (
    # "will send my vp gareth if hes free", "sending our named nurse jan", "sending my deputy head claire ashby"
    guarded(rf"\b(?:send|sending)\s+(?:my|our)\s+{_POST}\s*,?\s+{_NAME}{_NAME_ENDS}", re.I),
    # "apols 10/7, sending dave from my team": a colleague by name, then where they work
    guarded(
        rf"\b(?:send|sending)\s+{_NAME}\s+from\s+(?:my|our)\s+(?:own\s+)?(?:[\w&'’-]+\s+){{0,3}}?"
        r"(?:team|office|service|department|dept|unit|practice)\b",
        re.I,
    ),
    # "my colleague sarah mee will attend", "our named nurse jan will cover"
    guarded(
        rf"{_OPENING}(?:my|our)\s+{_POST}\s*,?\s+{_NAME}\s+(?:will|can|is going to|to|is)\s+(?:now\s+)?"
        rf"{_STAND_IN}\b[^,;.!?]*",
        re.I,
    ),
    # "tom evans my deputy will come instead", "jan, our named nurse, will cover": the name, then the post
    guarded(
        rf"{_OPENING}{_NAME}\s*,?\s+(?:my|our)\s+{_POST}\s*,?\s+(?:will|can|is going to|to|is)\s+(?:now\s+)?"
        rf"{_STAND_IN}\b[^,;.!?]*",
        re.I,
    ),
)
# "nicki burrows said shed cover vol sector", "jayne from phase trust said shell rep the vol sector": a member who
# has said they will go, the contraction typed without its apostrophe.
_SAID_THEY_WILL = guarded(
    rf"{_OPENING}(?P<name>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)(?:\s+from\s+(?:the\s+)?[\w&'’ ]{{2,30}}?)?\s+"
    r"(?:has\s+)?(?:said|says|offered|agreed)\s+(?:that\s+)?(?:she|he|they)\s*(?:['’]?d|['’]?ll|ed|ell|\s+would|"
    rf"\s+will|\s+could|\s+can)\s+{_STAND_IN}\b[^,;.!?]*",
    re.I,
)
# "Karen Palk has my notes and will cover", "Jo's got the papers and can go": a member who will go, and why.
_AND_WILL = guarded(
    rf"{_OPENING}(?P<name>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)(?:['’]s|\s+has|\s+have)\s+(?:got\s+)?(?:my|the|our)\s+"
    rf"(?:notes|papers|brief|briefing|pack|slides|report)\s+and\s+(?:will|can|is going to)\s+{_STAND_IN}\b[^,;.!?]*",
    re.I,
)
# "Nicki Burrows knows the voluntary sector position and will come instead", "Viv has said she's happy to represent
# probation", "Remley has agreed to speak to the education items for me": a member who will go in the writer's place.
_WILL_GO_FOR_ME = guarded(
    rf"{_OPENING}(?P<name>[A-Za-z][\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)\s+(?:"
    rf"(?:[a-z'’]+\s+){{1,8}}?and\s+(?:will|can|is going to)\s+(?:now\s+)?{_STAND_IN}\s+"
    r"(?:instead|in\s+my\s+place|for\s+me)|"
    # "Zala will be going to the panel on monday instead of me": the meeting named between
    r"(?:will|['’]ll|is\s+going\s+to|is|can)\s+(?:now\s+)?(?:be\s+)?(?:going|go|attend(?:ing)?|com(?:e|ing)|sit(?:ting)?\s+in|"
    r"there)\b(?:\s+[\w'’-]+){0,6}?\s+(?:instead\s+of\s+me|in\s+my\s+place)\b|"
    r"(?:has\s+)?(?:said\s+(?:that\s+)?(?:she|he|they)(?:['’]s|\s+is|\s+are|['’]re|['’]d\s+be|\s+would\s+be)|is|has|"
    r"(?:has\s+)?kindly)\s+(?:happy|willing|agreed|offered|able)\s+to\s+"
    rf"(?:{_STAND_IN}|speak\s+(?:to|for)|present|take)\b)[^,;.!?]*",
    re.I,
)
# "Apols for Monday - I'll send Sue H instead": a member the writer sends in their place.
_I_WILL_SEND = guarded(
    rf"{_OPENING}I['’]?ll\s+send\s+(?P<name>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)\s+(?:instead|in\s+my\s+place|along)\b[^,;.!?]*",
    re.I,
)
# "roger has sent apols for monday panel, I'll chair": the writer stands in, the last words of the message.
_WRITER_STANDS_IN = guarded(
    r"(?:[,;.–—]\s*(?:so\s+|and\s+)?|\s+(?:so|and)\s+)I['’]ll\s+(?:chair|cover|deputise|deputize|stand in|step in)"
    r"(?:\s+(?:it|then|instead|for (?:him|her|them)))?\s*[.!]*$",
    re.I,
)
# "Gemma from our team will come in my place", "lucy from the office will cover": a colleague of the writer's.
_FROM_OUR_TEAM = guarded(
    rf"(?:{_OPENING}|\b(?:if|asked)\s+)(?P<name>[A-Za-z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)\s+from\s+(?:my|our|the)\s+"
    r"(?:own\s+)?(?:[\w&'’-]+\s+){0,3}?(?:team|office|service|department|dept|unit|practice)\s+"  # "the comms team"
    r"(?:(?:will|is going to|can|to|is|has agreed to|could)\s+(?:now\s+|kindly\s+)?"
    rf"{_STAND_IN}\b|(?:came|went|attended)\s+instead\b)[^,;.!?]*",
    re.I,
)
_NOBODY = {"someone", "somebody", "anyone", "anybody", "nobody", "colleague", "member", "one", "rep", "person", "staff"}
# A job title of one to three words written before a name: "station manager", "DS", "Head of Nursing", "Cllr".
_TITLE_HEAD = (
    r"(?:manager|commander|officer|inspector|insp|sergeant|sgt|superintendent|supt|constable|detective|nurse|doctor|"
    r"director|councillor|cllr|dr|ds|di|dci|dc|pc|pcso|prof|professor|mr|mrs|ms|miss)"
)
_TITLE_LEAD = (
    r"(?:station|watch|crew|group|area|borough|district|service|team|practice|business|safeguarding|detective|"
    r"chief|deputy|assistant|senior|acting|interim|named|designated|police|fire|ward|community)"
)
_TITLE_BEFORE = guarded(
    rf"(?:\b(?:{_TITLE_LEAD}\s+){{0,2}}{_TITLE_HEAD}|\bhead\s+of\s+[a-z]+(?:\s+services?)?)\.?\s*$", re.I
)
_TITLE_FIRST = guarded(rf"^(?:(?:{_TITLE_LEAD}|{_TITLE_HEAD})\.?\s+)+(?=[A-Za-z][\w'’-]*\s+[A-Za-z])", re.I)
# "roger has sent apols", "sally sends her apologies", "apologies from tony": someone else is away.
_THIRD_PERSON = guarded(
    r"\b(?:has|have|sends?|sent|he|she|they|his|her|their|from)\b|"
    # "Roger won't be able to make …": a member named, away
    r"\b(?-i:[A-Z])[a-z'’-]+\s+(?:won['’]?t|can['’]?t|cannot|is\s+unable|isn['’]?t\s+able|is\s+not\s+able)\b",
    re.I,
)


# "Sally will go to the panel on Monday for WMP as I'm on a course": a member going because the writer cannot.
_GOES_FOR_ME = guarded(
    # "Sally will go to the panel as I'm on a course", "Martine, Chris will chair the panel as I'm away"
    r"^(?:(?-i:[A-Z])[a-z]+\s*,\s*)?(?P<name>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)\s+"
    r"(?:will|is\s+going\s+to|can|is|to)\s+(?:now\s+)?"
    r"(?:go|going|attend|attending|come|coming|be\s+(?:at|there)|sit\s+in|cover|chair|chairing|deputi[sz]e|"
    r"stand\s+in)\b[^.!?]{0,60}?\s+"
    r"(?:as|because|since|while)\s+I(?:['’]m|\s+am|\s+can['’]?t|\s+cannot|\s+won['’]?t|\s+will\s+be|['’]ll\s+be|"
    r"\s+have\s+to|['’]ve\s+got)\b",
    re.I,
)


def goes_for_writer(text: str) -> str | None:
    """The name of a member going to a meeting because the writer cannot ("Sally will go to the panel as I'm on a
    course"), as written; None when the message says no such thing."""
    found = _GOES_FOR_ME.match(text)
    return found["name"] if found else None


def writer_stands_in(text: str) -> str | None:
    """The text without "..., I'll chair" when the writer stands in for someone else's apologies; else None."""
    found = _WRITER_STANDS_IN.search(text)
    before = text[: found.start()] if found else ""
    if found is None or FIRST_PERSON_OR_WE.search(before) or not _THIRD_PERSON.search(before):
        return None  # "sorry, I'm away, I'll chair next time" is the writer's own apology
    return text[: found.start()].strip(" ,;–—-")


def stand_in_named(text: str, owners: OwnerResolver, writer: Person | None) -> tuple[str, str] | None:
    """The stand-in named in ``text`` and the text without that clause, or None."""
    for pattern in _BY_POST:
        found = pattern.search(text)
        if found is None:
            continue
        named = _member(found["name"], owners, writer)
        if named == "":
            return None  # "sending my colleague karen": which Karen is asked, never guessed
        return named or _capitalised(found["name"]), _without(text, found)
    said = _SAID_THEY_WILL.search(text) or _AND_WILL.search(text) or _I_WILL_SEND.search(text)
    said = said or _WILL_GO_FOR_ME.search(text)
    named = _member(said["name"], owners, writer) if said else None
    if said and named:
        return named, _without(text, said)
    return _from_our_team(text, owners, writer)


def title_start(text: str, start: int) -> int:
    """Where a stand-in's name that begins at ``start`` really begins with its job title before it ("Can't attend -
    station manager Paul Rees will ...": the start of "station manager")."""
    title = _TITLE_BEFORE.search(text, 0, start)
    return title.start() if title else start


def untitled(name: str) -> str:
    """A stand-in's name without the job title taken into it ("Manager Dan Price": "Dan Price")."""
    return _TITLE_FIRST.sub("", name)


def _from_our_team(text: str, owners: OwnerResolver, writer: Person | None) -> tuple[str, str] | None:
    """ "Gemma from our team will come in my place": that colleague, a member of the writer's agency or as written."""
    found = _FROM_OUR_TEAM.search(text)
    if found is None or found["name"].split()[0].lower() in _NOBODY | {"i", "we", "she", "he", "they", "and", "but"}:
        return None
    named = owners.single(found["name"], allow_unknown=False)
    member = named.owners[0] if named and len(named.owners) == 1 and named.owners[0].kind == "member" else None
    person = next((p for p in owners.names.directory.members if member and p.id == member.id), None)
    same_agency = person is not None and writer is not None and person.agency_id == writer.agency_id
    colleague = person.name if person and same_agency and person != writer else _capitalised(found["name"])
    return colleague, _without(text, found)


# Words that open a capitalised phrase which is not a person's name ("Early Years", "Our Team").
_NOT_A_FIRST_NAME = {
    "the", "our", "my", "their", "police", "fire", "health", "housing", "early", "public", "adult", "adults",
    "children", "community", "sub", "board", "mental", "named", "head", "deputy", "station", "watch", "social",
    "youth", "safeguarding", "probation", "council", "school", "primary", "special", "lay", "independent",
}  # fmt: skip


def unlisted_name(words: str, owners: OwnerResolver) -> str | None:
    """A stand-in not on the roster, written as a person's first name and surname with capitals ("Mark Jones (DCVS)
    attending in my place", "I'll send Cathy Brennan, our S11 lead"): the name as written; None otherwise."""
    name = words.strip()
    if not re.fullmatch(r"[A-Z][a-z'’-]+\s+(?:Mc|Mac|O['’])?[A-Z][a-z'’-]+", name):
        return None
    if name.split()[0].lower() in _NOT_A_FIRST_NAME or owners.single(name, allow_unknown=False) is not None:
        return None
    return name


def _member(words: str, owners: OwnerResolver, writer: Person | None) -> str | None:
    """The member (never the writer) that exactly these words name; "" when they fit several; None for nobody."""
    named = owners.single(words, allow_unknown=False)
    if named and named.ambiguous and not named.owners:
        return ""
    if named and len(named.owners) == 1 and named.owners[0].kind == "member":
        owner = named.owners[0]
        return owner.name if writer is None or owner.id != writer.id else None
    return None


def _capitalised(name: str) -> str:
    return " ".join(word[:1].upper() + word[1:] for word in name.split())


def _without(text: str, found: re.Match[str]) -> str:
    return (text[: found.start()] + text[found.end() :]).strip(" ,;–—-")


# "dr ahmed from the ccg will attend", "DS Jane Cole will attend instead": a stand-in named with a title.
TITLED = guarded(
    r"\b(?P<name>(?:dr|mr|mrs|ms|miss|ds|di|dci|dc|pc|insp|inspector|cllr|councillor|prof)\.?\s+[A-Za-z][\w'’-]+"
    r"(?:\s+(?!(?:from|of|will|is|can|to|our|my)\b)[A-Za-z][\w'’-]+)?)(?:\s+(?:from|of)\s+(?:the\s+)?[\w&]+|"
    r",?\s+(?:our|my|their)(?:\s+[\w'’-]+){1,4}?,?|"  # "dr amit patel our named gp will come", "Mrs X, our DSL,"
    r",\s+(?:a|an|the|our|my|their)(?:\s+[\w'’-]+){1,8}?,)?\s+"  # "Mrs Okafor, a deputy head from one of our schools,"
    r"(?:will|is going to|can|to|is)\s+(?:come|attend|represent|deputise|deputize|stand in|cover|be there|go|sit in|"
    r"attending|coming)\b",
    re.I,
)
TITLE = guarded(r"^(?:dr|mr|mrs|ms|miss|ds|di|dci|dc|pc|insp|inspector|cllr|councillor|prof)\.?\s+(?=\S+\s+\S)", re.I)


# "sending sally holmes", "Jassi attending", "Martine, would you be kind enough to go in my stead?": a stand-in
# named in chat's lower case, a clause with just a name and what they do, or the person asked to go.
STAND_IN_CHAT = (
    guarded(
        r"\b(?:represented by|(?:I(?:'ll| will| am|'m)\s+)?(?:sending|send)|will send)\s+"
        r"(?P<name>[A-Za-z][\w-]+(?:\s+[A-Za-z][\w-]*)?)"
        r"(?=\s*(?:[,.;!?]|$|in my place|instead|to cover|for me|from)\b|\s*$)",  # "Sending Bev Lowe from housing"
        re.I,
    ),
    guarded(
        r"(?:^|[,;–—]\s*|\s-\s+|\b(?:and|but|so)\s+)(?P<name>(?!(?:will|can|could|would|shall|is|are|be)\b)"
        r"[A-Za-z][\w-]+(?:\s+(?!(?:going|coming|attending|covering|chairing)\b)[A-Za-z][\w-]*)?)"
        r"\s+(?:attending|covering|deputi[sz]ing|standing in|stepping in|"
        r"going instead|coming instead|chairing|"
        r"(?:coming|going) in (?:my|his|her|their) (?:place|stead)|instead(?=\s*(?:[.,;!?]|$)))\b",
        re.I,
    ),
    # "won't make the board on the 11th sept - can Zala go instead?": the one asked after, to go
    guarded(
        r"\b(?:can|could|may)\s+(?P<name>(?!(?:I|we|you|someone|somebody|anyone|one)\b)[A-Za-z][\w-]+"
        r"(?:\s+(?!(?:go|come|attend|cover)\b)[A-Za-z][\w-]*)?)\s+(?:go|come|attend|cover|stand\s+in|sit\s+in|deputi[sz]e)\s+"
        r"(?:instead|in\s+my\s+place|for\s+me|on\s+my\s+behalf)\b",
        re.I,
    ),
    guarded(
        r"(?:^|[.!?]\s+)(?P<name>[A-Za-z][\w-]+(?:\s+[A-Za-z][\w-]+)?)\s*,\s*(?:would|could|can|will)\s+you\b"
        r"[^.?!]{0,40}?\b(?:go|attend|cover|stand in|chair|deputi[sz]e|represent|come|step in)\b[^.?!]{0,30}?"
        r"(?:\bin my (?:place|stead|absence)|\bfor me|\binstead(?: of me)?|\bon my behalf)",
        re.I,
    ),
    # "Kate McConnell is going anyway so could she cover for us?": someone going already, asked to speak for us too
    guarded(
        r"(?:^|[.!?,;–—]\s*|\s-\s+)(?P<name>[A-Za-z][\w-]+(?:\s+[A-Za-z][\w-]+)?)\s+(?:is|['’]s|will\s+be)\s+"
        r"(?:going|attending|there|coming|at\s+it)\s+anyway\b[^.!?]{0,20}?\b(?:could|can|would|will)\s+(?:she|he)\s+"
        r"(?:cover|rep|represent|stand\s+in|speak|deputi[sz]e|sit\s+in)\b",
        re.I,
    ),
    # "..., Martine can you chair it?", "martine pls chair it", "Sally, would you mind covering": asked to stand in
    guarded(
        r"(?:^|[.!?,;–—]\s*|\s-\s+)(?P<name>[A-Za-z][\w-]+(?:\s+[A-Za-z][\w-]+)?)\s*,?\s*(?:(?:would|could|can|will)\s+"
        r"you(?:\s+please)?|please|pls|(?:would|do)\s+you\s+mind)\s+(?:\w+\s+){0,2}?(?:chair(?:ing)?|cover(?:ing)?|"
        r"deputi[sz](?:e|ing)|stand(?:ing)? in|step(?:ping)? in|sit(?:ting)? in)\b",
        re.I,
    ),
)


# A stand-in named with an apology, written with capitals ("Dave Turner from Dudley College will attend", "X, our DSL,
# will come"), in chat's lower case ("sally will come in my place", "viv's agreed to cover for me"; only a roster name
# counts), or after "represented by", "sending" ("she's sending a colleague - Dan Whitehouse").
_ATTENDS_FOR = (
    r"(?:come|coming|attend|attending|represent|representing|deputise|deputize|deputising|stand(?:ing)? in|cover|"
    rf"covering|be there|go|going|sit(?:ting)? in|step(?:ping)? in|lead|chair|rep|repping|{TAKE_THEIR_PART}|"
    r"pick\s+up\s+(?:anything|everything|whatever\s+comes\s+up)\s+for)"  # "Jassi will pick up anything for …"
)
REPRESENTATIVE = guarded(
    # "A colleague from BCPFT, Liz Moore, will attend in my place"
    r"(?:(?:my |her |his |their |our |a |an )?(?:deputy|colleague|named representative|representative)"
    r"(?:\s+from\s+(?:the\s+)?[\w&'’]+(?:\s+[\w&'’]+){0,3}?)?,?\s+)?"
    # "Deputy Head of Service Lisa Cartwright will attend": the title before the name
    r"(?:(?:(?:Deputy|Assistant|Acting|Interim|Senior)\s+)?(?:Head|Director|Manager|Lead)\s+of\s+[A-Z][\w&]+(?:\s+[A-Z][\w&]+)?"
    r"\s+(?=[A-Z][\w'’-]+\s+[A-Z]))?"
    r"(?P<name>(?!(?:Get|Ask|Have|Let|Tell|Please|Can|Could)\b)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
    # "X, our DSL,", "Darren Hale, senior probation officer,", "Dave Lowe our senior PO", "Claire from her team"
    r"(?:\s+(?:from|of)\s+(?:(?:the|her|his|their|our|my)\s+)?[\w&]+(?:\s+[\w&]+){0,3}?|"
    r",\s+(?:(?:our|my|their|the|a|an)\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,7}?,|,|\s+(?:our|my|their)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?)?"
    r"(?:\s+(?:will|is going to|can|to|(?:should|will|may|might)\s+be\s+able\s+to)\s+(?:come|attend|represent|deputise|"
    r"deputize|stand in|cover|be there|go|"
    r"sit in)\b|"
    # "her deputy Claire Hodgetts attending", "Amir Khan from PPU coming for police instead"
    r"\s+(?:attending|coming)(?=\s*(?:[,.;!]|$)|\s+(?:instead|in\s+(?:my|her|his|their)\s+place|for|on\s+behalf)\b))",
)
# The same in chat's lower case ("sally will come in my place", "sally's going instead", "richard is attending
# for WMP"): only a name of the roster counts.
REPRESENTATIVE_CHAT = guarded(
    r"(?P<name>\b(?!(?:happy|willing|able|pleased|glad|keen|free|available|get|ask|have|let|tell|please)\b)[A-Za-z][\w-]+"
    r"(?:\s+(?!(?:has|have|had|said|says|agreed|offered|kindly|very|from)\b)[A-Za-z][\w-]*)?)"
    r"(?:\s+from\s+(?P<place>(?:the\s+)?[\w&'’]+(?:\s+[\w&'’]+){0,3}?))?"  # "jane lowe from PPU will attend"
    r"(?:\s+(?:will|is going to|can|is|are|to|(?:should|will|may|might)\s+be\s+able\s+to)\s+|"
    r"'s\s+(?:(?:very\s+)?kindly\s+)?(?:agreed|offered|volunteered)\s+to\s+|'s\s+|"
    r"\s+(?:has\s+|have\s+)?(?:(?:very\s+)?kindly\s+)?(?:said|says|agreed|offered|volunteered|confirmed)\s+(?:that\s+)?"
    rf"(?:(?:she|he|they)\s*(?:'ll|'d|will|would|could|can|is able to)\s+|to\s+))(?:now\s+)?{_ATTENDS_FOR}\b[^,;.!?]*",
    re.I,
)
# "Could my deputy, Lorraine Hickman, attend instead?", "He has asked if Su Vincent could open the day instead", "I
# have asked that Chris attend on behalf of DMBC": a stand-in asked for, by name, to go instead.
REPRESENTATIVE_ASKED = guarded(
    r"(?:\b(?i:could|can|would|if|whether)|\b(?i:asked\s+(?:that|for)))\s+"
    r"(?:(?i:my|her|his|their)\s+(?i:deputy|colleague|named\s+representative),?\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),?\s+(?:could\s+|can\s+|would\s+|should\s+|to\s+)?"
    rf"(?:{_ATTENDS_FOR}|open\s+the\s+(?:day|session|meeting))\b[^?.!]*?"
    r"\b(?:instead|(?i:on\s+behalf\s+of|in\s+(?:his|her|their)\s+place))\b"
)
REPRESENTED_BY = guarded(
    r"(?:\b(?:represented by|(?:be|being)\s+covered by|rep(?:resentative)?:|deputy:|will send|sending)|['’]ll send|"
    r"\bsending\s+(?:a|her|his|their|my|our)\s+(?:colleague|deputy)\s*[-–—,:]?)\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})(?![\w'’-])"
    r"(?!(?:['’]s)?\s+(?i:apolog|apols|regrets))"  # "sending Pam Smith's apologies": hers, never her attending
)
NO_REPRESENTATIVE = {
    "nobody",
    "no one",
    "noone",
    "none",
    "i",
    "she",
    "he",
    "they",
    "we",
    "someone",
    "somebody",
}


_OWNED = guarded(r"(?:my|our|his|her|their)\s+", re.I)
_OWNED_BEFORE = guarded(r"\s*(?:my|our|his|her|their)\s+(?:[\w-]+\s+)?$", re.I)
_A_POST = guarded(r"(?:service\s+|business\s+|team\s+)?(?:manager|deputy|head|lead|director|chair|officer)", re.I)


def a_post_of_theirs(before: str, name: str) -> bool:
    """Whether a stand-in read as ``name`` is only a post of the writer's own side ("Our manager will attend", "my
    service manager will come"): nobody named, and never the board's business manager or chair."""
    owned = _OWNED.match(name)
    post = _A_POST.fullmatch(name[owned.end() :] if owned else name)
    alone = owned is not None and not before.strip()  # never "tom evans my deputy will come": Tom Evans
    return post is not None and (alone or _OWNED_BEFORE.match(before) is not None)
