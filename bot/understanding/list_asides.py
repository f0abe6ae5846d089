"""People a list question names who are not whose list it asks for: the one met or spoken to ("a one-to-one with
Tony next week - what's overdue?", "… before I speak to Tony on Monday") and the one who asked for the list ("- pam
was asking"). Read by the list rules (:mod:`bot.understanding.intent_rules`, :mod:`bot.understanding.list_owners`).
"""

from __future__ import annotations

import re

from bot.understanding.patterns import guarded

__all__ = [
    "CLAUSE_JOINED",
    "MET_LATER",
    "MET_WITH",
    "MY_OCCASION",
    "POINTED_BACK",
    "PREPARED_FOR",
    "THEIR_MEETING_WITH",
    "WANTED_FIRST",
    "WHAT_THEY_HAVE",
    "WHO_WAS_ASKING",
]

# "in preparation for my meeting with the Chief Executive", "for my 1:1": the writer's occasion for asking, which
# never makes the list the writer's own
MY_OCCASION = guarded(
    r"\b(?:my|our)\s+(?:next\s+)?(?:meeting|(?:one|1)[\s-]?(?:to|2)[\s-]?(?:one|1)|1:1|121|catch[\s-]?up|supervision|call|"
    r"chat|briefing|session|appointment|diary|prep(?:aration)?|induction|handover|report|presentation|review|"
    r"discussion|conversation|agenda|notes)\b|"
    # "…, just want to check my own notes against it": why the list is wanted, never whose
    r"[,;–—-]\s*(?:just\s+|only\s+)?(?:I\s+)?(?:(?:want|need|trying|wanting|going|hoping)(?:ed)?\s+to|so\s+(?:that\s+)?I\s+can|"
    r"to)\s+[\w-]+\s+(?:my|our)\s+(?:own\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:against|with|off|on|in|from|to|into)\s+(?:it|them|that|this)\b",
    re.I,
)
# "I have a one-to-one with Tony next week - can you show me what's overdue?", "before my catch up with Jo": the one
# met, which says nothing of whose list is wanted.
MET_WITH = guarded(
    r"\b(?:(?:(?:one|1)[\s-]?(?:to|2)[\s-]?(?:one|1)|1\s?:\s?1|121|catch[\s-]?up|supervision|meeting|call|chat|session|"
    r"conversation|appointment)s?\s+with|meeting|seeing|speaking\s+to|talking\s+to|"
    r"(?:go|going|went)\s+through\s+(?:it|them|this|that|these|those|the\s+\w+)\s+with|"
    r"chas(?:e|ing)(?:\s+(?:them|it|these|those|up))*\s+with|"  # "… - chasing with Jo later": whom with
    # "I need it for my report to Martine", "I'm prepping for Monday with Jassi": who it is for, not whose
    r"(?:report|email|note|briefing|letter|update)\s+(?:to|for)|prep(?:ping|aring)?(?:\s+for\s+\w+)?\s+with)\s+(?!(?:(?:mon|tues|wednes|thurs|"
    r"fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|the|"
    r"next|this|on|at)\b)(?P<who>(?-i:[A-Z])[\w'’-]*"
    r"(?:\s+(?-i:[A-Z])[\w'’-]*)?)|"
    # "… - me and Sally are doing a joint review": who works on it with the writer, why the list is wanted
    r"[-–—,;]\s*(?:me|I)\s+(?:and|&|\+)\s+(?P<who2>[A-Za-z][\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)\s+(?:are|['’]re|will\s+be|"
    r"need|want|have)\b[^.?!]*",
    re.I,
)
# "Tony's asked what's outstanding for him before his 1:1 with Roger": the one someone else meets, never whose list
# it is nor whom "his" means (but "before my 1:1 with Tony … his directorate" means Tony's)
THEIR_MEETING_WITH = guarded(
    r"\b(?:his|her|their)\s+(?:(?:one|1)(?:[\s-]?(?:to|2)[\s-]?|[:\s-])(?:one|1)|121|catch[\s-]?up|supervision|meeting|"
    r"call|chat|session|appointment)s?\s+with\s+(?!(?:me|us|you)\b)[A-Za-z][\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?",
    re.I,
)
# "a list of everything overdue before I speak to Tony on Monday": the one the writer will see after (but "when I
# meet Jo can you show me her actions" asks for hers: read only where no "her", "him" or "their" points back).
MET_LATER = guarded(
    r"\b(?:before|after|when|once|until|ahead\s+of)\s+(?:I|we)(?:\s+next)?\s+(?:(?:speak|talk)\s+(?:to|with)|"
    r"meet(?:\s+with)?|see|catch\s+up\s+with)\s+(?P<who>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)",
    re.I,
)
POINTED_BACK = guarded(r"\b(?:him|her|his|hers|them|their|theirs)\b", re.I)
# "Sally mentioned that Rich from police still has …": who said so, before whose list it is
REPORTED_BY = guarded(
    r"\b(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+(?:mentioned|said|says|told\s+me|tells\s+me|reckons|thinks)"
    r"\s+(?:that\s+)?(?=\S)",
    re.I,
)

# "roger wants the overdue list before his 1:1 …", "Annette wants everything open for the workforce group": the one
# who wants it, first; never whose it is ("karen wants to see what's on her list")
_WANTED_FIRST = (
    r"^\W*(?:(?:hi|morning|hello)\W+)?[A-Za-z][\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?(?:\s*\([^()]{1,30}\))?\s+"
    r"(?:wants|needs|would\s+like|is\s+after|has\s+asked\s+for|asked\s+for)\s+(?:to\s+see\s+)?(?=(?:the|a|an|all|every|everything|what|anything)\b|"
    r"[\w&'’ -]{2,30}?['’]s\s+(?:list|actions|ones)\b)"  # "Gail Bradley (my manager) wants housing's list"
    r"(?![^.?!]*\b(?:(?:her|his|their)\s+(?:own\s+)?(?:list|actions?|ones|lot|stuff|bits|items)|hers|theirs|"
    r"for\s+(?:her|him|them)|he|she|they)\b)"
)
WANTED_FIRST = guarded(_WANTED_FIRST, re.I)

# Who wanted the list, after it: "- pam was asking", "(Roger wants to know)"; not whose list it is.
WHO_WAS_ASKING = guarded(
    r"\s*[-–—,;(]\s*[A-Za-z][\w'’-]*?(?:\s+[A-Za-z][\w'’-]*?)?(?:\s+(?:was|is|has\s+been|had\s+been)|['’]s)\s+asking\b.*$|"
    r"\s*[-–—,;(]\s*[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?\s+(?:wants|wanted|would\s+like)\s+to\s+know\b.*$|"
    # "send me the overdue list for Tony's briefing", "Jo and I are meeting tomorrow": whom it is for, whom the writer
    # meets; never whose list it is
    r"\bfor\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?['’]s\s+(?:briefing|meeting|induction|catch[\s-]?up|1:1|121|"
    r"one[\s-]to[\s-]one|supervision|visit|presentation|handover|session|pre-?meet(?:ing)?|agenda|report|papers)\b|"
    r"\b[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?\s+and\s+I\s+(?:are|have)\s+(?:meeting|catching\s+up|got\s+a\s+(?:1:1|121|"
    r"one[\s-]to[\s-]one|catch[\s-]?up|meeting))\b|"
    # "overdue actions please - Roger wants them", "everything open please, Tony's asked", "…, Sally's request", "…,
    # Tony wants to chase": who wants the list, after it; never whose it is (but "…, Jo wants hers")
    r"\s*[-–—,;(]\s*[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?(?:['’]s\s+(?:asked|request(?:ed)?|asking|after\s+(?:it|them))|"
    r"\s+(?:wants|needs|needed|wanted|has\s+asked|asked|is\s+asking|is\s+chasing|requested)(?:\s+(?:for\s+)?(?:it|them|this|"
    r"these|that)|\s+to\s+[a-z]+)?)\b(?![^.?!]*\b(?:her|hers|his|their|theirs)\b)[^.?!]*$|"
    # "send all the open actions to Jo", "send Jo the list of overdue actions": whom it goes to, never whose it is
    r"(?:(?<=actions)|(?<=list)|(?<=tracker))\s+(?:over\s+|across\s+)?to\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\b|"
    r"\b(?:send|forward|email|e-mail)\s+(?!(?:me|us|them|him|her|you|it|over)\b)[A-Za-z][\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+"
    r"(?=(?:the|a|all|every)\b[^.?!]*\b(?:list|tracker|actions)\b)(?![^.?!]*\b(?:her|his|their)\b)|"
    # "…, roger wants a printout for monday": who wants a copy, not whose list it is (but "… jo wants a copy of hers")
    r"\s*[-–—,;(]\s*[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?\s+(?:wants|wanted|would\s+like|needs|has\s+asked\s+for|"
    r"asked\s+for)\s+(?:a|an|the)\s+(?:print[\s-]?out|copy|hard\s+copy|paper\s+copy|list|summary|overview)\b"
    r"(?![^.?!]*\b(?:her|hers|his|their|theirs)\b).*$|"
    # "Roger wants to go through Karen's actions with her": the one who wants to look, not whose they are
    r"\b(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+(?:wants|wanted|would\s+like|needs|has\s+asked|asked)\s+to\s+"
    r"(?:go\s+(?:through|over)|look\s+(?:at|over|through)|see|review|check|run\s+through)\b|"
    rf"{_WANTED_FIRST}|"
    # "For Viv: what's still open against the SCR sub?": whom the answer is for (but "For Viv: what does she owe?")
    r"^\W*for\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s*:\s*(?=(?:what|which|who|how|is|are|has|have|does|do|"
    r"any|anything|can|could)\b)(?![^.?!]*\b(?:her|his|their|hers|theirs|she|he|they)\b)|"
    # "Roger has asked for a list of the CCG's outstanding actions": the one who asked for it
    r"^(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?(?:\s+(?:has|had)|['’]s)\s+(?:asked\s+(?:me\s+)?for|requested)\b",
    re.I,
)

# "can u show me all open actions pls, prepping for roger", "- getting ready for my 1:1 with Jo": whom the list is got
# ready for, after the question; never whose list it is.
PREPARED_FOR = guarded(
    r"\s*[-–—,;(]\s*(?:(?:I['’]?m|I\s+am|just|am)\s+)?(?:prep(?:ping|aring)?|getting\s+(?:ready|prepped))\s+for\s+"
    r"[^?]*$",
    re.I,
)
WHAT_THEY_HAVE = guarded(  # "… what Andy has …", "which actions are with Gareth Evans?": a stranger's, asked about
    r"\bwhat\s+(?P<who>(?-i:[A-Z])[a-z]+)\s+(?:has|owes|holds)\b|\b(?:are|is|sit|sits|sat|sitting)\s+with\s+"
    r"(?P<who2>(?-i:[A-Z])[a-z]+(?:\s+(?-i:[A-Z])[a-z'’-]+)?)\b",
    re.I,
)
# "… on monday and Tony will ask - which of mine are overdue?": after a join, a clause of its own, never a list's owner
CLAUSE_JOINED = guarded(
    r"\s*(?:the\s+)?[\w'’&-]+(?:\s+[\w'’&-]+)?\s+(?:will|would|['’]ll|is|has|wants?|asked|said|says|can|could|might|"
    r"may|needs?|is\s+going\s+to)\b",
    re.I,
)
