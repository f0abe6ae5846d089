"""What a leave message adds about cover while the member is away ("… – anything urgent to Zala", "Sally is covering",
"ring Helen if anything urgent comes up"): never leave of its own, nor a request."""

from __future__ import annotations

import re

from bot.understanding.patterns import guarded

__all__ = ["COVER_ARRANGED", "COVER_NOTE", "without_cover_note"]

COVER_NOTE = guarded(
    r"\s*(?:[,;.!]|\s[–—-])\s*(?:for\s+)?(?:anything\s+urgent|(?:any\s+)?urgent\s+(?:[\w-]+\s+)?(?:queries|matters|stuff|"
    r"things|issues)|if\s+(?:anything|there['’]?s\s+anything)(?:['’]s|\s+is)?\s+urgent|"
    r"(?:please\s+)?contact|in\s+my\s+absence|cover\s+is|covering\s+for\s+me|"
    # "have fun without me", "see you all when I'm back": a farewell
    r"have\s+fun|don['’]?t\s+miss\s+me|see\s+(?:you|u|y['’]?all)\s+(?:all\s+)?(?:when|on|in|soon|after)|"
    # "zala covering", "Chris Ballinger will be deputising", "Sally's holding the fort"
    r"[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:(?:is|will\s+be)\s+|['’]s\s+)?(?:covering|deputi[sz]ing|standing\s+in|"
    r"holding\s+the\s+fort)\b|"
    # "Zala will pick up CDOP queries", "Sally is covering anything urgent"
    r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+(?:will|is\s+going\s+to|can|is)\s+(?:be\s+)?"
    r"(?:pick(?:ing)?\s+up|cover(?:ing)?|deal(?:ing)?\s+with|handl(?:e|ing)|field(?:ing)?|look(?:ing)?\s+after|"
    r"keep(?:ing)?\s+an\s+eye\s+on|mind(?:ing)?)|"  # "Jassi is keeping an eye on the tracker"
    # "Anne has my actions while I'm away", "Zala's got my stuff", "helen has the yos stuff"
    r"[A-Za-z][\w'’-]*(?:\s+(?:and\s+)?[A-Za-z][\w'’-]*)?(?:\s+ha(?:s|ve)|\s+ha(?:s|ve)\s+got|['’]s\s+got|"
    r"\s+will\s+have)\s+(?:my|the)\s+(?:[\w&-]+\s+)?(?:actions|stuff|work|queries|emails|bits|contact\s+details|number|"
    r"mobile|phone|details)|"
    # "so pls don't chase his actions", "no chasers to her til then", "please direct any queries to me", "any cdop
    # stuff to mayada": how to reach them or leave them be while away, never a request of its own
    r"(?:so\s+)?(?:please\s+|pls\s+)?(?:don['’]?t|do\s+not|no|hold\s+off)\s+(?:chas(?:e|ing|ers?)|reminders|nudges)|"
    # "so nothing to him before then please", "so nothing new for her till she's back"
    r"(?:so\s+)?(?:please\s+|pls\s+)?nothing\s+(?:new\s+)?(?:to|for)\s+(?:him|her|them)\s+(?:before|until|till|til)|"
    r"(?:so\s+)?(?:please\s+|pls\s+)?(?:direct|send|forward|pass)\s+(?:any\s+|all\s+)?(?:[\w&-]+\s+)?"
    r"(?:queries|questions|emails|stuff|things|bits)|"
    r"(?:so\s+)?(?:please\s+|pls\s+)?(?:direct|send|forward|pass)\s+anything\s+(?:urgent\s+)?(?:on\s+)?to\s|"
    r"(?:so\s+)?(?:any\s+|so\s+)(?:[\w&-]+\s+)?(?:stuff|queries|questions|things|bits|matters)\s+to\s+[\w'’-]+|"
    r"any\s+(?:probs|problems|issues|queries|questions)\s+(?:speak|talk|go|email|ring|call|contact)\s+(?:to\s+)?[\w'’-]+|"
    # "I'll forward anything urgent to him when he's back", "will save anything for her till she's back"
    r"(?:I['’]ll\s+|I\s+will\s+|will\s+)(?:forward|pass|send|save|hold|keep|put)\s+(?:on\s+)?(?:anything|everything|any\s+\w+)\b|"
    # "ring Helen if anything urgent comes up"
    r"(?:please\s+|pls\s+)?(?:ring|call|phone|email|text|try)\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:if|for|with)\s)"
    r"\b[^.!?]*[.!?]?\s*$",
    re.I,
)


def without_cover_note(text: str) -> str:
    """The message without what it says of cover while someone is away ("… - please direct any queries to me")."""
    return COVER_NOTE.sub("", text)


# "Jassi will pick up PPP in the meantime", "I'll cover VCSG business while Helen is off", "Sally is covering the CSE
# sub in his absence": who stands in while someone is away, said as it is arranged; news, never a new action (that is
# asked for: "Jassi to pick up the PPP audit", "can you log one for Jassi …").
COVER_ARRANGED = guarded(
    r"(?:\b(?:will|shall)|['’]ll|\bis\s+going\s+to|['’]s\s+going\s+to|\b(?:is|are|am)|['’](?:s|m|re))\s+(?:be\s+)?"
    r"(?:pick(?:ing)?\s+up|cover(?:ing)?|look(?:ing)?\s+after|hold(?:ing)?|deputi[sz](?:e|ing)|step(?:ping)?\s+in)\b"
    r"[^.!?]{0,60}?\b(?:in\s+the\s+meantime|meanwhile|in\s+(?:her|his|their|[\w'’-]+['’]s)\s+absence|"
    r"while\s+(?:she|he|they|[\w'’-]+)(?:\s+[\w'’-]+)?(?:['’]s|\s+is|\s+are|['’]re)\s+(?:away|off|out|on\s+(?:[a-z]+\s+)?leave)|"
    r"until\s+(?:she|he|they|[\w'’-]+)(?:['’]s|\s+is|\s+are|['’]re)\s+back)\b|"
    # "I'll forward anything urgent to him when he's back": kept for them until they return
    r"\b(?:anything|everything)\b[^.!?]{0,40}?\b(?:to|for)\s+(?:him|her|them)\s+(?:when|once|till|until)\s+(?:he|she|they)"
    r"(?:['’]s|['’]re|\s+is|\s+are|\s+gets?|\s+comes?)\s+back\b",
    re.I,
)
