"""Who a question about the tracker asks about: "what does Jo owe", "what's Sally still got open", "show me what
Zala and I have got on", "what is Sue Haywood behind on?", "anything open for the police?" (read by
:mod:`bot.understanding.intent_rules`)."""

from __future__ import annotations

import re

from bot.understanding.question_words import AS_SPOKEN, LIST_STATE

__all__ = ["LIST_WHO", "LIST_WHO_MORE"]

LIST_WHO = (
    re.compile(r"\bwhat do(?:es)?\s+(?P<who>.+?)\s+owe\b", re.I),
    re.compile(
        r"\bwhat(?:'s| is| has)\s+(?P<who>.+?)\s+(?:still\s+)?got(?:\s+(?:open|outstanding|on|left|due)\b|\s*\??$)",
        re.I,
    ),
    re.compile(
        r"\bwhat(?:'s| is)\s+(?:still\s+)?(?:sitting|left|outstanding|open)\s+(?:with|on)\s+(?P<who>.+?)"
        r"(?:\s+(?:at the moment|now|currently|still))?\s*\??$",
        re.I,
    ),
    re.compile(
        r"\bwhat (?:open |outstanding |overdue )?actions (?:does|do|has|have) (?P<who>.+?) (?:have|got)\b",
        re.I,
    ),
    re.compile(r"\bhas (?P<who>.+?) got any (?:open |outstanding )?actions\b", re.I),
    re.compile(
        r"\b(?:does|do|has|have) (?P<who>.+?) (?:still )?(?:have|got) "
        r"(?:anything|any(?:thing)? (?:open|outstanding|due|left|actions))\b",
        re.I,
    ),
    re.compile(
        r"\bwhat (?:are|is|should|do|does)\s+(?P<who>.+?)\s+(?:still\s+)?(?:meant|supposed|expected|due|needing|need)"
        r"\s+to\b",
        re.I,
    ),
    re.compile(r"\bwhat(?:'s| is) on (?P<who>[\w'’ ]+?)(?:'s|’s)? (?:list|plate|to ?do list)\b", re.I),
    re.compile(
        r"\b(?:actions?|anything|everything|what's|what is|whats|any(?:thing)?|any actions)\s+"
        r"(?:(?:still\s+)?(?:open|outstanding|overdue|due|on the tracker|left)\s+)?"
        r"(?:(?:this|next)\s+(?:week|month)\s+|(?:in\s+)?the\s+next\s+(?:week|fortnight|month)\s+)?for\s+(?P<who>.+?)"
        r"(?:\s+(?:please|pls|thanks))?\s*\??$",
        re.I,
    ),
    re.compile(r"\b(?:show|list|see)(?: me)?(?: all)? (?P<who>.+?)(?:'s|’s)? (?:open |outstanding )?actions\b", re.I),
    # "Is anything still sitting open against CDOP?", "are there any actions left with housing"
    re.compile(
        r"^(?:is|are)\s+(?:there\s+)?(?:anything|any(?:\s+actions?)?)\s+(?:still\s+)?(?:sitting\s+|left\s+)?"
        r"(?:open|outstanding|overdue|due|left|sitting)?\s*(?:with|on|against|for|from)\s+(?P<who>[^?.,!;]+?)"
        r"(?:\s+(?:at the moment|now|currently|still))?\s*\??$",
        re.I,
    ),
)

# Whose actions are asked for, the person or agency in the group "who".
LIST_WHO_MORE = (
    # "show me what Zala and I have got on", "what is Sue Haywood behind on?"
    re.compile(r"\bwhat\s+(?P<who>[^?.,!;]+?)\s+(?:has|have|['’]ve)\s+got\s+on\b", re.I),
    re.compile(
        r"\bwhat(?:['’]s|\s+is|\s+are|\s+has|\s+have)\s+(?P<who>[^?.,!;]+?)\s+(?:got\s+)?(?:fallen\s+)?behind\s+(?:on|with)\b",
        re.I,
    ),
    # "show me everything Tony Oakman has open", "list all helen ellis and mike g have outstanding"
    re.compile(
        rf"\b(?:everything|anything|all|whatever|what)(?:\s+(?:open\s+|outstanding\s+)?actions)?(?:\s+that)?\s+"
        rf"(?P<who>[^?.,!;]+?)\s+(?:still\s+)?"
        rf"(?:has|have|holds|hold)(?:\s+got)?\s+(?:still\s+)?{LIST_STATE}\b",
        re.I,
    ),
    # "what does karen have", "what do the police have open"
    re.compile(
        rf"\bwhat\s+(?:does|do)\s+(?P<who>[^?.,!;]+?)\s+(?:still\s+)?(?:have|hold)(?:\s+{LIST_STATE})?{AS_SPOKEN}", re.I
    ),
    # "adult safeguarding have anything open?", "the CCG got any actions left": "does" left out
    re.compile(
        r"^(?P<who>(?!(?:I|we|you|do|does|did|has|have|had|what|who|is|are|any|anything|there)\b)[^?.,!;]{2,60}?)\s+"
        r"(?:still\s+)?(?:have|has|got)\s+(?:got\s+)?(?:anything|any\s+(?:open|outstanding|overdue|actions?))\b",
        re.I,
    ),
    # "what have me and zala got outstanding"
    re.compile(rf"\bwhat\s+(?:have|has)\s+(?P<who>[^?.,!;]+?)\s+(?:still\s+)?got(?:\s+{LIST_STATE})?\b", re.I),
    # "anything on DCVS?", "any actions with the police", "what's with housing at the moment"
    re.compile(
        r"(?:^|[.!?]\s+|\band\s+)(?:is\s+there\s+)?(?:anything|any\s+actions?|what(?:'s|\s+is))\s+(?:still\s+)?"
        rf"(?:open\s+|outstanding\s+|due\s+|overdue\s+)?(?:on|with|against|from|down to|for)\s+(?P<who>[^?.,!;]+?)"
        rf"{AS_SPOKEN}",
        re.I,
    ),
    # "what's Jo Forbes working on", "what are dcvs doing at the moment"
    re.compile(
        rf"\bwhat(?:'s|\s+is|\s+are)\s+(?P<who>[^?.,!;]+?)\s+(?:currently\s+|still\s+)?(?:working\s+on|doing){AS_SPOKEN}",
        re.I,
    ),
    # "remind me what the police are doing for the board", "tell me what Jo is working on"
    re.compile(
        r"\bwhat\s+(?P<who>[^?.,!;]+?)(?:\s+(?:is|are|am)|'s|'re|'m)\s+(?:currently\s+|still\s+)?"
        r"(?:working\s+on|doing|holding|sitting\s+on)"  # "list what the SCR sub-group is holding"
        rf"{AS_SPOKEN}",
        re.I,
    ),
    # "what is the ccg sitting on", "what are the police holding"
    re.compile(
        rf"\bwhat(?:'s|\s+is|\s+are)\s+(?P<who>[^?.,!;]+?)\s+(?:still\s+)?(?:sitting\s+on|holding){AS_SPOKEN}", re.I
    ),
    # "is the CCG on the hook for anything", "am I down for anything", "are the police signed up to anything"
    re.compile(
        r"^(?:is|are|am)\s+(?P<who>[^?.,!;]+?)\s+(?:still\s+)?(?:on the hook|responsible|down|signed up|committed|"
        r"due|tasked|named)\s+(?:for|to|on)\s+(?:do(?:ing)?\s+)?(?:anything|any|something)\b",
        re.I,
    ),
    # "what is Sue on the hook for", "what are the police responsible for"
    re.compile(
        r"\bwhat\s+(?:is|are|am)\s+(?P<who>[^?.,!;]+?)\s+(?:still\s+)?(?:on the hook|responsible|down|signed up|"
        rf"committed|tasked)\s+(?:for|to){AS_SPOKEN}",
        re.I,
    ),
    # "whether probation has any actions still waiting", "if the police have anything outstanding"
    re.compile(
        r"\b(?:whether|if)\s+(?P<who>[^?.,!;]+?)\s+(?:still\s+)?(?:has|have)\s+(?:got\s+)?any(?:thing)?"
        r"(?:\s+(?:open|outstanding|actions?|left|due|overdue|still|waiting|from))+\b",
        re.I,
    ),
    # "And housing - anything outstanding there?", "what about the police, anything open?"
    re.compile(
        r"(?:^|[.!?]\s+)(?:and\s+|what\s+about\s+|how\s+about\s+)?(?P<who>[\w&'’ ]{2,40}?)\s*[-–:,]\s*"
        r"(?:is\s+there\s+)?(?:anything|any\s+actions?)\s+(?:still\s+)?(?:open|outstanding|due|overdue|left)\b",
        re.I,
    ),
)
