"""Whose list a question asks for when it names the holder in a looser frame than :mod:`list_words` reads: "list
all actions currently assigned to DS Holmes", "has Jo done all hers yet?", "what is Sue on the hook for", "which
actions has Ian Wilkes got", "Gary's open items pls" (read by
:mod:`bot.understanding.intent_rules` when the message asks)."""

from __future__ import annotations

import re

from bot.understanding.list_words import FOR_NOW
from bot.understanding.patterns import guarded
from bot.understanding.question_words import AS_SPOKEN, LIST_STATE

__all__ = ["LIST_WHO_MORE"]

# Whose actions are asked for, the person or agency in the group "who".
LIST_WHO_MORE = (
    # "list all actions currently assigned to DS Holmes and myself", "open actions belonging to the SCR Sub"
    guarded(
        r"\b(?:actions?|anything|everything|items?)\s+(?:(?:currently|still|now)\s+)?(?:assigned\s+to|owned\s+by|"
        r"belonging\s+to|held\s+by|allocated\s+to|sitting\s+with|against)\s+(?P<who>[^?.!;,]+?)"
        rf"(?:\s+(?:please|pls|thanks|{FOR_NOW}))?\s*(?:[?.!,;]|$)",
        re.I,
    ),
    # "has Jo done all hers yet?", "has the CCG finished all its actions?"
    guarded(
        r"^(?:and\s+)?has\s+(?P<who>[^?.,!;]+?)\s+(?:done|finished|completed|cleared|sorted)\s+(?:all\s+)?(?:of\s+)?"
        r"(?:hers|his|theirs|(?:her|his|their|its)\s+(?:actions|bits|ones|stuff))\b",
        re.I,
    ),
    # "show me what Zala and I have got on", "what is Sue Haywood behind on?"
    guarded(r"\bwhat\s+(?P<who>[^?.,!;]+?)\s+(?:has|have|['’]ve)\s+got\s+on\b", re.I),
    guarded(
        r"\bwhat(?:['’]s|\s+is|\s+are|\s+has|\s+have)\s+(?P<who>[^?.,!;]+?)\s+(?:got\s+)?(?:fallen\s+)?behind\s+(?:on|with)\b",
        re.I,
    ),
    # "show me everything Tony Oakman has open", "list all helen ellis and mike g have outstanding"
    guarded(
        rf"\b(?:everything|anything|all|whatever|what)(?:\s+(?:open\s+|outstanding\s+)?actions)?(?:\s+that)?\s+"
        rf"(?P<who>[^?.,!;]+?)\s+(?:still\s+)?"
        rf"(?:has|have|holds|hold)(?:\s+got)?\s+(?:still\s+)?{LIST_STATE}\b",
        re.I,
    ),
    # "can I get an update on everything the CCG is holding"
    guarded(
        r"\b(?:everything|anything|all|whatever)\s+(?:that\s+)?(?P<who>[^?.,!;]+?)\s+(?:is|are)\s+(?:still\s+)?holding\b",
        re.I,
    ),
    # "what does karen have", "what do the police have open"
    guarded(
        rf"\bwhat\s+(?:does|do)\s+(?P<who>[^?.,!;]+?)\s+(?:still\s+)?(?:have|hold)(?:\s+{LIST_STATE})?{AS_SPOKEN}", re.I
    ),
    # "adult safeguarding have anything open?", "the CCG got any actions left": "does" left out
    guarded(
        r"^(?P<who>(?!(?:I|we|you|do|does|did|has|have|had|what|who|is|are|any|anything|there)\b)[^?.,!;]{2,60}?)\s+"
        r"(?:still\s+)?(?:have|has|got)\s+(?:got\s+)?(?:anything|any\s+(?:open|outstanding|overdue|actions?))\b",
        re.I,
    ),
    # "a quick list of what Sally Holmes and Richard Fisher owe", "tell me what the police still owe": no "does"
    guarded(
        r"\b(?:what|everything|anything)\s+(?!(?:do|does|did|is|are|was|else|I|we)\b)(?P<who>[^?.,!;]+?)\s+(?:still\s+)?"
        r"owes?\b"
        r"(?!\s+(?:to|from)\b)",
        re.I,
    ),
    # "what have me and zala got outstanding"
    guarded(rf"\bwhat\s+(?:have|has)\s+(?P<who>[^?.,!;]+?)\s+(?:still\s+)?got(?:\s+{LIST_STATE})?\b", re.I),
    # "anything on DCVS?", "any actions with the police", "what's with housing at the moment"
    guarded(
        r"(?:^|[.!?]\s+|\band\s+)(?:is\s+there\s+)?(?:anything|any\s+actions?|what(?:'s|\s+is))\s+(?:still\s+)?"
        rf"(?:(?:open|outstanding|due|overdue|down|logged|sitting|sat|left)\s+)?(?:on|with|against|from|down to|for)\s+"
        rf"(?P<who>[^?.,!;]+?){AS_SPOKEN}",
        re.I,
    ),
    # "what's Jo Forbes working on", "what are dcvs doing at the moment"
    guarded(
        rf"\bwhat(?:'s|\s+is|\s+are)\s+(?P<who>[^?.,!;]+?)\s+(?:currently\s+|still\s+)?(?:working\s+on|doing){AS_SPOKEN}",
        re.I,
    ),
    # "remind me what the police are doing for the board", "tell me what Jo is working on"
    guarded(
        r"\bwhat\s+(?P<who>[^?.,!;]+?)(?:\s+(?:is|are|am)|'s|'re|'m)\s+(?:currently\s+|still\s+)?"
        r"(?:working\s+on|doing|holding|sitting\s+on)"  # "list what the SCR sub-group is holding"
        rf"{AS_SPOKEN}",
        re.I,
    ),
    # "what is the ccg sitting on", "what are the police holding"
    guarded(
        rf"\bwhat(?:'s|\s+is|\s+are)\s+(?P<who>[^?.,!;]+?)\s+(?:still\s+)?(?:sitting\s+on|holding){AS_SPOKEN}", re.I
    ),
    # "is the CCG on the hook for anything", "am I down for anything", "are the police signed up to anything"
    guarded(
        r"^(?:is|are|am)\s+(?P<who>[^?.,!;]+?)\s+(?:still\s+)?(?:on the hook|responsible|down|signed up|committed|"
        r"due|tasked|named)\s+(?:for|to|on)\s+(?:do(?:ing)?\s+)?(?:anything|any|something)\b",
        re.I,
    ),
    # "what is Sue on the hook for", "what are the police responsible for"
    guarded(
        r"\bwhat(?:'s|\s+is|\s+are|\s+am)\s+(?P<who>[^?.,!;]+?)\s+(?:still\s+)?(?:on the hook|responsible|down|"
        rf"signed up|committed|tasked)\s+(?:for|to){AS_SPOKEN}",
        re.I,
    ),
    # "whether probation has any actions still waiting", "if the police have anything outstanding"
    guarded(
        r"\b(?:whether|if)\s+(?P<who>[^?.,!;]+?)\s+(?:still\s+)?(?:has|have)\s+(?:got\s+)?any(?:thing)?"
        r"(?:\s+(?:open|outstanding|actions?|left|due|overdue|still|waiting|from))+\b",
        re.I,
    ),
    # "And housing - anything outstanding there?", "what about the police, anything open?"
    guarded(
        r"(?:^|[.!?]\s+)(?:and\s+|what\s+about\s+|how\s+about\s+)?(?P<who>[\w&'’ ]{2,40}?)\s*[-–:,]\s*"
        r"(?:is\s+there\s+)?(?:anything|any\s+actions?)\s+(?:still\s+)?(?:open|outstanding|due|overdue|left)\b",
        re.I,
    ),
    # "how many actions has Ian Wilkes got", "Gary's open items pls", "which ones are Tony's", "anything on Ian's
    # plate?", "is Ian behind on anything?": whoever is named, on the roster or not ("Ian - what's open?" asks Ian)
    guarded(
        r"\bhow\s+many\s+(?:open\s+|outstanding\s+|overdue\s+)?(?:actions|items|things)\s+(?:does|do|has|have)\s+"
        r"(?P<who>[^?.,!;]+?)\s+(?:still\s+)?(?:have|got)\b",
        re.I,
    ),
    guarded(
        r"^(?P<who>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)(?:'s|’s|s')\s+(?:open\s+|outstanding\s+|overdue\s+|"
        r"current\s+)?(?:items|actions|list|ones|bits|tasks)\b",
        re.I,
    ),
    guarded(r"\bwhich\s+(?:ones|actions)\s+(?:are|is)\s+(?P<who>[^?.,!;]+?)(?:'s|’s|s')(?=\s*[?.!]*$)", re.I),
    guarded(
        r"\b(?:anything|what(?:['’]s|s|\s+is))\s+(?:still\s+)?on\s+(?P<who>[^?.,!;]+?)(?:'s|’s|s')\s+plate\b", re.I
    ),
    guarded(r"^(?:is|are)\s+(?P<who>[^?.,!;]+?)\s+(?:still\s+)?behind\s+(?:on|with)\s+(?:anything|any)\b", re.I),
)
