"""Who a question about the tracker asks about: "what does Jo owe", "what's Sally still got open", "show me what
Zala and I have got on", "what is Sue Haywood behind on?", "anything open for the police?" (read by
:mod:`bot.understanding.intent_rules`)."""

from __future__ import annotations

import re

from bot.understanding.patterns import Pattern, guarded

__all__ = [
    "ADDRESSED",
    "ALSO_MINE",
    "ASIDE",
    "DONE_FOR_ME",
    "EVERYTHING",
    "FOLLOW_UP",
    "FOR_NOW",
    "FOR_WHOM",
    "HELD_BY_ME",
    "LIST_ANY",
    "LIST_CUE",
    "LIST_FILTER_TAIL",
    "LIST_SELF",
    "LIST_WHO",
    "MINE_SAID",
    "PRONOUN_LIST",
    "YOURS",
    "list_focus",
]

# "I'm covering for Sue Haywood … what actions she currently has outstanding?", "Jo is off - what does she owe?": the
# list of someone named before, by a pronoun (never the writer's, never the board's).
PRONOUN_LIST = guarded(
    r"\bwhat\s+(?:(?:open|outstanding|overdue)\s+)?(?:actions?\s+)?(?:(?:does|has|did|is)\s+(?:she|he)\s+(?:\w+\s+){0,2}"
    r"(?:owe|have|got|holding)|(?:she|he)\s+(?:\w+\s+){0,2}(?:owes|has\s+(?:\w+\s+)?(?:outstanding|open|left|overdue|"
    r"on|got)|holds))\b|\b(?:show|list|see|send|pull(?:\s+up)?|get|print|share)\s+(?:me\s+)?(?:her|his)\s+(?:(?:open|outstanding|overdue)\s+)?"
    r"(?:actions|list|ones)\b|"
    # "does she have anything outstanding?", "what's he got due this week", "what's outstanding on her name"
    r"\b(?:does|has|is)\s+(?:she|he|they)\s+(?:\w+\s+){0,2}(?:have|got|holding|owe)\s+(?:anything|any|much|something)\b|"
    r"\bwhat(?:['’]?s|\s+has|\s+have|\s+do|\s+does)\s+(?:she|he|they)\s+(?:still\s+)?(?:got|owe|have)\b|"
    r"\b(?:on|under|against)\s+(?:her|his)\s+name\b|\bwhat(?:['’]?s|\s+is)\s+(?:still\s+)?on\s+(?:her|his)\s+(?:list|plate)\b",
    re.I,
)

# "… at the mo", "… atm", "… currently": when, after whose list is asked
FOR_NOW = r"at\s+the\s+mo(?:ment)?|atm|now|currently|right\s+now|at\s+present"
LIST_WHO: tuple[Pattern, ...] = (
    # "what actions Gemma Price has", "the actions sitting with our public health colleagues": whose, told
    guarded(
        r"\bwhat\s+(?:(?:open|outstanding|overdue)\s+)?actions\s+(?P<who>(?!(?:are|is|does|do|has|have|I|we|you|still)\b)"
        r"[^,.;:!?]{2,40}?)\s+(?:still\s+|currently\s+)?(?:has|have|holds?|owns?|owes?)\b|"
        r"\bactions\s+(?:currently\s+|still\s+)?(?:sitting|held|lying|parked)\s+(?:with|on)\s+(?:our\s+|the\s+)?"
        r"(?P<who2>[^,.;:!?]{2,50}?)(?:\s+(?:colleagues|team|lot|folks))?"
        rf"(?:\s+(?:please|pls|{FOR_NOW})\b|[,.;:!?]|$)",
        re.I,
    ),
    # "what's still open on the all members actions?", "anything left of the CDOP ones": whose, before "actions"
    guarded(r"\b(?:on|of|in|from)\s+the\s+(?P<who>[\w&'’ -]{2,40}?)\s+(?:actions|ones|list)\b", re.I),
    # "a list of the actions West Midlands Police currently hold": the holder after the actions
    guarded(
        r"\b(?:the\s+)?actions\s+(?:that\s+)?(?P<who>(?!(?:that|which|are|is|I|we|you|still|currently)\b)[^,.;:!?]{2,50}?)"
        r"\s+(?:currently\s+|still\s+|now\s+)?(?:hold|holds|own|owns|ha(?:ve|s)\s+(?:open|outstanding))\b",
        re.I,
    ),
    guarded(r"\bwhat do(?:es)?\s+(?P<who>.+?)\s+owe\b", re.I),
    guarded(
        r"\bwhat(?:'s| is| has)\s+(?P<who>.+?)\s+(?:still\s+)?got(?:\s+(?:open|outstanding|on|left|due|atm|currently|"
        r"at\s+the\s+(?:mo|min|minute|moment)|(?:just|right)\s+now)\b|\s*\??$)",
        re.I,
    ),
    guarded(
        r"\bwhat(?:'s| is)\s+(?:still\s+)?(?:sitting|left|outstanding|open)\s+(?:with|on)\s+(?P<who>.+?)"
        rf"(?:\s+(?:{FOR_NOW}|still))?\s*\??$",
        re.I,
    ),
    guarded(
        r"\b(?:what|which) (?:open |outstanding |overdue )?actions (?:does|do|has|have) (?P<who>.+?) (?:have|got)\b",
        re.I,
    ),
    guarded(r"\bhas (?P<who>.+?) got any (?:open |outstanding )?actions\b", re.I),
    # "What is the mental health trust still to deliver?", "what are the sub group chairs still owing?"
    guarded(
        r"\bwhat\s+(?:is|are|['’]s)\s+(?P<who>.+?)\s+still\s+(?:to\s+(?:deliver|do|send|complete|finish)|owing)\b", re.I
    ),
    guarded(
        r"\b(?:does|do|has|have) (?P<who>.+?) (?:still )?(?:have|got) "
        r"(?:anything|any(?:thing)? (?:open|outstanding|due|left|actions))\b",
        re.I,
    ),
    guarded(
        r"\bwhat (?:are|is|should|do|does)\s+(?P<who>.+?)\s+(?:still\s+)?(?:meant|supposed|expected|due|needing|need)"
        r"\s+to\b",
        re.I,
    ),
    guarded(r"\bwhat(?:'s| is) on (?P<who>[\w'’ ]+?)(?:'s|’s)? (?:list|plate|to ?do list)\b", re.I),
    guarded(
        r"\b(?:actions?|anything|everything|what's|what is|whats|any(?:thing)?|any actions)\s+"
        r"(?:(?:are\s+|is\s+)?(?:still\s+)?(?:open|outstanding|overdue|due|on the tracker|left)\s+)?"
        r"(?:(?:this|next)\s+(?:week|month)\s+|(?:in\s+)?the\s+next\s+(?:week|fortnight|month)\s+)?for\s+(?P<who>.+?)"
        r"(?:\s+(?:please|pls|thanks))?\s*\??$",
        re.I,
    ),
    guarded(
        r"\b(?:show|list|see)(?: me)?(?: all)? (?!(?:all|any|every|my|open|outstanding|of|overdue|late)\b)"
        r"(?P<who>.+?)(?:'s|’s)? "
        r"(?:open |outstanding )?actions\b",
        re.I,
    ),
    # "Is anything still sitting open against CDOP?", "are there any actions left with housing"
    guarded(
        r"^(?:is|are)\s+(?:there\s+)?(?:anything|any(?:\s+actions?)?)\s+(?:still\s+)?(?:sitting\s+|left\s+)?"
        r"(?:open|outstanding|overdue|due|left|sitting)?\s*(?:with|on|against|for|from)\s+(?P<who>[^?.,!;]+?)"
        rf"(?:\s+(?:{FOR_NOW}|still))?\s*\??$",
        re.I,
    ),
)

_THEIRS = r"(?:lists?|actions|action\s+lists?|ones|bits|stuff|items|tasks)"
LIST_WHO = (
    *LIST_WHO,
    # "can you list what ann has please", "show me what the CCG has got open", "what's on the list for the acute trust"
    guarded(
        r"\b(?:list|show(?:\s+me)?|tell\s+me|send\s+me|give\s+me|pull\s+up|(?:can|could|may)\s+I\s+see)\s+what\s+"
        r"(?P<who>(?!(?:I|we|you)\b)"
        r"[\w&'’ -]{2,40}?)\s+(?:has|have|holds?|owes?)(?:\s+got)?(?:\s+(?:open|outstanding|left|on|due|overdue))?"
        r"(?:\s+(?:please|pls|thanks))?\s*[?.!]*$|"
        r"\bwhat(?:['’]s|\s+is|s)\s+on\s+(?:the\s+(?:list|tracker)\s+)?for\s+(?P<who2>[\w&'’ -]{2,40}?)\s*[?.!]*$|"
        # "a list of everything assigned to Tony Oakman ahead of the July board", "the actions assigned to Roger"
        r"\b(?:everything|anything|actions?|items|ones|what(?:['’]s|\s+is|\s+has\s+been|s)|whats)\s+"
        r"(?:(?:that\s+)?(?:is|are)\s+|currently\s+|still\s+)*(?:(?:assigned|allocated|given)\s+to|(?:logged|recorded)\s+"
        r"against)\s+(?P<who3>[\w&'’ -]{2,40}?)(?:\s+(?:himself|herself|themselves))?"
        r"(?=\s+(?:ahead|before|for|so|please|pls|thanks|on|at)\b|\s*[,.;!?]|\s*$)",
        re.I,
    ),
    # "give me Helen's list", "can I see the fire service's bits", "pull up Jo's ones"
    guarded(
        r"^(?:(?:please|pls)\s+)?(?:(?:can|could)\s+(?:I|you)\s+)?(?:give\s+me|show\s+me|send\s+me|pull(?:\s+up|\s+out|\s+off|\s+together)?|dig\s+out|(?:print|run)(?:\s+off)?|see|have|"
        rf"let\s+me\s+(?:see|have))\s+(?:the\s+)?(?P<who>[\w&'’ -]{{2,40}}?)(?:'s|’s|s')\s+"
        rf"(?:open\s+|outstanding\s+)?{_THEIRS}"
        # "… please - she asked for it before …": why, after the question
        r"(?:\s+(?:please|pls|thanks))?(?:\s*[?.!]*$|\s*(?:[-–—;]|[.!?])\s+(?!and\b|or\b)\S)",
        re.I,
    ),
    # "can I have the VCSG list please", "can i see the police actions": a group's or an agency's, no possessive
    guarded(
        r"^(?:(?:please|pls)\s+)?(?:(?:can|could|may)\s+(?:I|you)\s+)?(?:give\s+me|show\s+me|send\s+me|pull(?:\s+up|\s+out|\s+off|\s+together)|dig\s+out|print(?:\s+off)?|see|have|"
        r"let\s+me\s+(?:see|have))\s+the\s+(?!(?:list|lists|full|whole|complete|latest|current)\b)"
        r"(?P<who>[\w&'’-]+(?:\s+[\w&'’-]+){0,2}?)\s+(?:open\s+|outstanding\s+)?"
        r"(?:list|actions)(?:\s+(?:please|pls|thanks))?\s*[?.!]*$",
        re.I,
    ),
    # "overdue only please for Richard Fisher & Sally Holmes", "open ones for the CCG pls"
    guarded(
        r"^(?:overdue|outstanding|open|late)(?:\s+(?:ones|actions|items))?(?:\s+only)?(?:\s+(?:please|pls))?\s+for\s+"
        r"(?P<who>[^?.!]+?)(?:\s+(?:please|pls|thanks))?\s*[?.!]*$",
        re.I,
    ),
    # "which of Sally's are late", "which of the CCG's are still open?"
    guarded(
        r"\bwhich\s+of\s+(?:the\s+)?(?P<who>[\w&'’ -]{2,40}?)(?:'s|’s|s')\s+(?:ones\s+|actions\s+)?(?:are|is)\s+"
        r"(?:still\s+)?(?:late|overdue|open|outstanding|due|behind)\b",
        re.I,
    ),
    # "any update on the fire service's bits?", "status of Jo's actions", "is the police stuff on track"
    guarded(
        r"\b(?:update|news|progress|status|position)\s+(?:on|of|with)\s+(?:the\s+)?(?P<who>[\w&'’ -]{2,40}?)"
        rf"(?:'s|’s|s')?\s+{_THEIRS}\b",
        re.I,
    ),
    guarded(rf"^(?:is|are)\s+(?:the\s+)?(?P<who>[\w&'’ -]{{2,40}}?)(?:'s|’s|s')?\s+{_THEIRS}\s+on\s+track\b", re.I),
    # "where's Tabetha at with hers", "Jo's actions - where are we?"
    guarded(
        r"\bwhere(?:'s|\s+is|\s+are)\s+(?P<who>[\w&'’ -]{2,40}?)\s+(?:at|up\s+to)\s+with\s+(?:hers|his|theirs|"
        r"(?:her|his|their|its)\s+(?:actions|ones|bits|list))\b",
        re.I,
    ),
    guarded(
        rf"^(?P<who>[\w&'’ -]{{2,40}}?)(?:'s|’s|s')\s+{_THEIRS}\s*[-–—:,]+\s*"
        r"(?:where\s+are\s+we|how\s+are\s+we\s+doing|any\s+update|status|progress)\b",
        re.I,
    ),
)

_NAME = (
    r"[A-Za-z][\w'’&-]*(?:\s+(?!(?:still|now|yet|to|that|for|from|on|is|has|have|got|and)\b)[A-Za-z][\w'’&-]*){0,3}?"
)
# "anything I'm waiting on from Sally?", "what's Anne waiting on from Tony?", "what are we still chasing from
# children's safeguarding": who the work is awaited from owns it.
_AFTER_NAME = r"(?=\s*(?:[?.!,;]|$|\s+(?:that|which|re|about|for|on|before|by|yet|still|now|at)\b))"
_AWAITED_FROM = guarded(
    rf"\b(?:(?:waiting|waited|relying|depending)\s+(?:on|for)|chasing|need(?:ing|s)?|owed|expecting|due)\s+from\s+"
    rf"(?P<who>{_NAME}){_AFTER_NAME}",
    re.I,
)
# "what has Martine asked Pam to do that's still open": who was asked to do it owns it.
_ASKED_TO_DO = guarded(
    rf"\b(?:asked|told|wants|wanted|needs|expects)\s+(?P<who>{_NAME})\s+to\s+(?:do|deliver|sort|send)\b", re.I
)
# "… for Helen?", "… that Jassi is chasing", "… that Mayada needs for CDOP", "Su V asked me": who the work is for, or
# who wants to know, never whose list it is.
_NOT_THE_OWNER = guarded(
    r"(?<!\sor)(?<!\sand)\s+for\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?(?=\s*(?:yet)?\s*[?.!]*\s*$)|"
    r"\s+(?:that|which)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+(?:is\s+chasing|needs|wants|raised|asked\s+for|"
    r"is\s+waiting\s+(?:on|for)|has\s+asked\s+for|chased)\b[^?.!]*|"
    r"(?<=[?.!])\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+(?:asked|wants\s+to\s+know|has\s+asked)(?:\s+me)?\b[^?.!]*[.!]?",
    re.I,
)


_FOR_ME_AFTER_THEIRS = guarded(
    r"(?:(?<=actions)|(?<=list)|(?<=ones))\s+for\s+(?:me|us)(?=\s*(?:please|pls|thanks)?\s*[?.!]*\s*$)", re.I
)  # "Can you pull up Karen's actions for me": Karen's list, fetched for the writer


# "what's Julie got and what's Kate got?", "what does Jo owe and what does Pam owe": one question about both.
_ASKED_TWICE = guarded(
    r"(?P<first>\bwhat(?:'s|\s+is|\s+has|\s+does|\s+do)\s+[^?.,;]{1,30}?)\s+(?P<verb>got|owe|have)\s+and\s+"
    r"what(?:'s|\s+is|\s+has|\s+does|\s+do|\s+about)\s+(?P<second>[^?.,;]{1,30}?)(?:\s+(?P=verb))?\s*\?",
    re.I,
)


# "What's Jassi got outstanding? And Tabetha?": the second list asked by name alone.
_AND_THEM = guarded(
    r"(?P<first>\bwhat(?:'s|\s+is|\s+has|\s+does|\s+do)\s+[^?.,;]{1,30}?)\s+(?P<rest>(?:still\s+)?(?:got|owe|have)\b[^?]*)"
    r"\?\s+(?:and|also|plus|what\s+about|how\s+about)\s+(?P<second>[^?.!,]{2,40}?)\s*\?*$",
    re.I,
)


def list_focus(text: str) -> str | None:
    """A list question rewritten to name only whose actions it asks about ("what's Anne waiting on from Tony?":
    "what does Tony owe"; "what's Mike G still got to do for Helen?": without Helen; "what's Julie got and what's
    Kate got?": both at once); None when nothing changes."""
    twice = _ASKED_TWICE.search(text)
    if twice is not None:
        return f"{twice['first']} and {twice['second']} {twice['verb']}?"
    them = _AND_THEM.search(text)
    if them is not None:
        return f"{them['first']} and {them['second']} {them['rest']}?"
    awaited = _AWAITED_FROM.search(text) or _ASKED_TO_DO.search(text)
    if awaited is not None:
        return f"what does {awaited['who']} owe?"
    trimmed = _NOT_THE_OWNER.sub("", _FOR_ME_AFTER_THEIRS.sub("", text)).strip()
    return trimmed if trimmed and trimmed != text.strip() else None


# "@Martine whats overdue?", "Martine – just off the call, can you …?": asked of, not about (unless "you" is asked)
ADDRESSED = guarded(
    r"^(?:(?:hi|hiya|hey|hello|morning|thanks|cheers)\s+)?(?:@(?P<who>[\w.'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)\s*[,:–—-]?"
    r"\s+(?=\S)|(?P<named>(?-i:[A-Z])[a-z'’-]+(?:\s+"
    r"(?-i:[A-Z])[a-z'’-]*)?)\s*(?:,|\s[–—-])\s*(?=(?:(?:just|i['’]?m|i\s+am|quick|sorry|hope|following|after|before|"
    r"ahead)\b[^?.!,]{0,50},\s*)?(?:what|which|can|could|would|is|are|do|does|how|show|list|please)\b)|"
    r"(?P<called>(?-i:[A-Z][a-z'’-]+))\s+(?=(?:what|whats|which)\b))",  # "Pam whats overdue": asked of Pam
    re.I,
)
# "mike g - whats overdue", "the police - anything open": who, then a short question about their list
HEADED_ASK = guarded(
    r"^[^?.!\n]{2,40}?\s[–—-]+\s+(?:what(?:'s|s|\s+is)?|anything|any|which)\b(?:\s+[^\s?]+){0,5}\s*$", re.I
)
YOURS = guarded(
    r"\b(?:(?:have|do|did)\s+(?:you|u)|(?:you|u)\s+(?:still\s+)?(?:owe|got|have)|your\s+(?:actions|list))\b", re.I
)


# "everything that's overdue", "... for the police?", "dudley group as a whole", "and Tabetha?": how a list is asked.
EVERYTHING = guarded(
    r"^(?:everything|anything|all(?:\s+the)?(?:\s+actions)?)\s+(?:that(?:'s|\s+is)\s+|still\s+)?"
    r"(?:due|open|outstanding|overdue|late)\b",
    re.I,
)
# "... for the police?": whose actions, named last.
FOR_WHOM = guarded(
    r"\b(?:for|on|with|from|against)\s+(?P<who>[^?.,!;]+?)(?:\s+(?:please|pls|at the moment|now))*\s*\??$", re.I
)
ASIDE = guarded(
    r"\s*[,;]\s*|\s+(?:as a whole|not just|rather than|at the moment|please|pls)\b|\s+across\s+(?:the\s+)?(?:whole\s+)?"
    r"(?:force|service|trust|council|organi[sz]ation|agency|partnership|piece|patch|area|borough)\b",
    re.I,
)
FOLLOW_UP = guarded(
    r"^(?:and\s+)?(?:(?:what|how)\s+about\s+|and\s+)(?P<who>[^?.!,]{2,40}?)(?:\s+(?:then|too|as\s+well|please|pls))?\s*\?*$",
    re.I,
)


LIST_SELF = guarded(
    r"\bwhat do i owe\b|\bmy (?:open |outstanding |overdue )?actions\b|\bdo i have\b|\bi owe\b|"
    # "for me", but not fetched for the writer: "what VCSG still owes for me", "pull that list together for me"
    r"(?<!\bowes )(?<!\bowe )(?<!\btogether )(?<!\blist )(?<!\bthem )(?<!\bthat )(?<!\bthis )\bfor me\b|"
    r"(?:\bhave|['’]ve) i got\b|\bwhat(?:'s| is) on my\b|"
    r"\b(?:anything|any actions?|what(?:'s| is)?)\s+(?:still\s+)?on me\b|"
    r"\bwith my name (?:on|against)\b|\b(?:in|on|under|against) my name\b|\bon mine\b|"
    r"\banything (?:needed |wanted )?from me\b|"
    r"\b(?:I(?:['’]?m|\s+am)|am\s+I)\s+(?:down|signed\s+up|on\s+the\s+hook)\s+for\b|"
    r"\b(?:anything|any actions?)\s+(?:still\s+)?(?:open|outstanding|overdue|due|left)\s+"
    r"(?:on|from|with|against)\s+me\b|"
    # "could you tell me if there is anything I'm supposed to be doing?": the writer's own actions
    r"\b(?:anything|what)\s+(?:that\s+)?I(?:['’]?m|\s+am)\s+(?:supposed|meant|expected)\s+to\s+be\s+doing\b",
    re.I,
)

# "Roger, could you chase the CCG for me?", "can you check the CCG return for me?": a favour asked, never the writer's
# list ("can you check what's due for me?" still asks for it: no thing done before "for me")
DONE_FOR_ME = guarded(
    r"\b(?:could|can|would|will)\s+(?:you|u)\s+(?:please\s+|pls\s+|just\s+)?(?:chase|contact|ring|call|phone|e-?mail|ask|"
    r"arrange|book|draft|write|send|circulate|follow\s+up|cover|pick\s+up|take|sort|organi[sz]e|speak|raise|invite|"
    r"forward|check)\s+(?!what|whether|if|which|how|who|my|anything|any\b|for\s+me\b)[^?.!]{1,60}?\bfor me\b|"
    # "has Lee got any actions? he's covering for me at the july board": who stands in, never whose list
    r"\b(?:cover(?:s|ing)?|stand(?:s|ing)?\s+in|deputi[sz](?:es|e|ing)|sit(?:s|ting)?\s+in|fill(?:s|ing)?\s+in|"
    r"go(?:es|ing)?|attend(?:s|ing)?)\s+for\s+me\b",
    re.I,
)

ALSO_MINE = guarded(
    r"\b(?:mine|me|my (?:(?!(?:with|before|after|at|for)\b)\w+ ){0,2}(?!(?:with|before|after|at|for)\b)\w+)"
    r"(?: personally)? (?:and|or|&|plus) (?:for |with )?(?P<who>[\w\s'’-]+?)"
    r"(?:(?:'s|’s)?\s+(?:lists?|actions|ones|stuff|bits|lots?))?(?:\s+(?:still\s+)?(?:open|outstanding|overdue|left))?"
    r"(?:\s+(?:please|pls|thanks))?\s*(?:\?|\s[-–—]\s[^?]*)?$",  # "… and Sally's please - need them for SCR sub prep"
    re.I,
)

# "what's outstanding for DCVS and for me personally?", "with Cafcass or with me": theirs asked with the writer's.
ALSO_BEFORE_ME = guarded(
    r"\b(?:for|with|on)\s+(?P<who>[\w&'’ -]{2,40}?),?\s+(?:and|or|&)\s+(?:for\s+|with\s+)?(?:me|myself)\b", re.I
)

# "my list + whatever the police have", "my actions pls, n karen j's", "hows my list? and Jaynes": the writer's list
# joined to another's (whose, of those named and not met, is read by the caller).
MINE_AND_MORE = guarded(r"(?:\b(?:and|or|plus|n|also)\b|[+&])", re.I)

LIST_ANY = guarded(
    r"^what(?:'s| is) (?:still )?(?:due|open|outstanding|overdue)\b|^(?:is\s+)?anything\s+(?:running\s+)?late\b|"
    r"^what(?:'s| is)\s+(?:running\s+)?late\b|\bactions?\s+(?:are\s+|is\s+)?(?:running\s+)?late\b|"
    r"\boverdue actions\b|\baction tracker\b|"
    r"\bactions? (?:are |is )?(?:due|open|outstanding|overdue)\b|"
    r"\bwho (?:hasn't|has not|haven't|have not|still owes?)\b|\ball (?:the )?(?:open |outstanding )?actions\b|"
    r"^(?:show|list)(?: me)? (?:the )?(?:open |outstanding |overdue )?actions\b|"
    r"\b(?:full|whole|complete|entire) (?:list|tracker)\b|\banything (?:still )?(?:due|open|outstanding|overdue)\b|"
    r"\b(?:list|show)(?: me)? (?:everything|all|anything)\b|\beverything (?:that's |that is |still )?"
    r"(?:due|open|outstanding|overdue)\b",
    re.I,
)

LIST_CUE = guarded(
    r"\bow(?:es?|ing)\b|\bactions?\b|\btracker\b|\boutstanding\b|\boverdue\b|\bdown\sfor\b|\bon\smy\b|\bleft\s(?:for|to)\b|"
    r"\bto\sdo\b|\bstill\s(?:got|open)\b|\b(?:have|has)\s+(?:still\s+)?open\b|\bassigned\sto\b|(?:['’]s|\b(?!(?:this|his|its|us|apologies|members|attendees|papers|minutes)\s)\w+s)\s+list\b|\b(?:see|have|got)\sours\b|"
    r"\beverything\s+(?:[\w'’]+\s+){0,3}?(?:owns|holds)\b|\bwhat(?:['’]s|\s+is)\s+(?:still\s+|currently\s+)?(?:sitting\s+)?with\b",
    re.I,
)

# A deadline or a forum after a list question, which filters the list and names no owner.
LIST_FILTER_TAIL = guarded(
    r"\s+(?:due\s+)?(?:before|by|for|ahead\s+of|at)\s+(?:the\s+|next\s+|this\s+|(?:mon|tues|wednes|thurs|fri)day['’]?s\s+)?"
    r"(?:[\w&'’]+\s+){0,2}?(?:board|panel|meeting|workshop|sub|sub[- ]?group|group|week|month)\s*[?.!]*$|"
    # "… before july?", "… by friday", "… before the end of june": a date filters the list too
    r"\s+(?:due\s+)?(?:before|by|until|till)\s+(?:the\s+end\s+of\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
    r"dec)[a-z]*|(?:mon|tues|wednes|thurs|fri)(?:day)?|next\s+week|\d{1,2}(?:st|nd|rd|th)?(?:\s+[a-z]+)?|\d{1,2}/\d{1,2})"
    r"\s*[?.!]*$|"
    # "… before his 1:1 with Roger", "… ahead of my catch up with Jo": whom the list is for, not whose
    r"\s+(?:before|ahead\s+of|for)\s+(?:his|her|their|my|our|the)\s+(?:(?:one|1)(?:[\s-]?(?:to|2)[\s-]?|[:\s-])(?:one|1)|"
    r"121|catch[\s-]?up|supervision|meeting|call|chat|session)(?:\s+with\s+[\w'’ -]{1,40}?)?\s*[?.!]*$|"
    r"\s*,?\s+(?:with|incl(?:uding)?|and)\s+(?:the\s+|their\s+)?(?:due\s+)?(?:dates?|deadlines?|owners?|refs?|references?)"
    r"(?:\s+(?:please|pls|too|as\s+well))?\s*[?.!]*$",  # "CDOP's open actions please, with dates"
    re.I,
)

# The writer's own actions said outright, which a board-wide word ("every action") does not override.
MINE_SAID = guarded(  # "everything overdue, not just mine": everyone's; "could I have a list of …": asked, not held
    r"(?<!not just )(?<!not only )(?<!as well as )(?<!rather than )\b(?:my|mine|(?<!could\s)(?<!can\s)(?<!may\s)I\s+"
    r"(?:still\s+)?(?:owe|have|hold|own)|I['’]ve\s+got|me\s+and|and\s+me|myself)\b",
    re.I,
)


# "what have I got", "what do I owe", "am I down for": the writer's own actions asked about (not "do I need to chase").
HELD_BY_ME = guarded(
    r"\bwhat\s+I(?:['’]ve|\s+have)\s+(?:still\s+)?(?:got|outstanding|open|left|overdue|due|on)\b|\bwhat\s+I\s+(?:still\s+)?owe\b|"
    r"\b(?:which|what)\s+(?:actions?|ones)\s+I\s+(?:still\s+)?(?:have|hold|own|owe)\b|\bmine\b|"
    r"\bmy\s+(?:open\s+|outstanding\s+|overdue\s+)?(?:actions|list|ones)\b|\b(?:on|in|under|against)\s+my\s+name\b|"
    r"\bha(?:ve|s)\s+I\s+(?:still\s+)?got\b|\bdo\s+I\s+(?:still\s+)?(?:owe|have|hold)\b|"
    r"\bam\s+I\s+(?:down|on\s+the\s+hook|signed\s+up|responsible)\b|\bhave\s+I\s+(?:still\s+)?(?:left|outstanding|open)\b|"
    r"\b(?:if|whether)\s+I(?:['’]ve|\s+have)\s+(?:still\s+)?(?:got\s+)?(?:anything|any\s+(?:actions?|open|outstanding))\b|"
    # "what actions are sat with me at the moment?", "anything still sitting with me?"
    r"\b(?:are|is|still)\s+(?:still\s+)?(?:sat|sitting|stuck|parked|resting|lying)\s+with\s+me\b",
    re.I,
)

# "whats on marie hunters list", "sue haywoods actions": a name whose possessive lost its apostrophe, before a list.
LIST_OF = guarded(r"s\s+(?:list|actions|ones|stuff|bits|lot)\b", re.I)
# "I'd like to see every overdue action", "I need a list of …": a list asked for as a wish.
WANT_TO_SEE = guarded(
    r"\bI(?:['’]d|\s+would)\s+(?:like|love)\s+(?:to\s+(?:see|have|get)|a\s+(?:copy|list)|my\s+(?:list|actions))\b|"
    r"\bI\s+(?:want|need)\s+(?:to\s+see|a\s+(?:copy|list)|my\s+(?:list|actions))\b|"
    # "Roger has asked for a list of the CCG's outstanding actions before Monday": a list wanted, through the writer
    r"\b(?:has|have|had|['’]s)\s+(?:asked\s+(?:me\s+)?for|requested)\s+(?:a\s+(?:list|copy|note|summary)\s+of\s+)"
    r"(?=[^.?!]{0,40}\b(?:actions|list)\b)",
    re.I,
)
