"""Work someone else asked for, passed on by the writer: "Roger's asked me to log one for Richard Fisher - pull
the data …", "Mike G asked me to flag this one - the YOS needs to send …", "Tony asked that Merlin pick up the
response by 30 June", "Roger's asked that everyone reviews the plan by 5th June", "Roger would like Jo to …",
"Can someone log: Chris B to produce … cc Merlin".

Who asked is never the owner, and neither is the writer who passes it on: the message says who the work is for.
``as_requested`` rewrites such a message as the request itself ("Richard Fisher: pull the data …", "Merlin to pick
up …"), for the reader to try before the whole message; None when the message is not one.
"""

from __future__ import annotations

import re

from bot.understanding.action_requests import WORK_VERB
from bot.understanding.labelled_notes import given_then_work
from bot.understanding.patterns import guarded
from bot.understanding.person_words import BOTH_OF_US

__all__ = ["as_requested"]

_WHO = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
_ASKER = rf"(?:{_WHO}|the\s+chair|our\s+chair|the\s+board)(?:['’]s|\s+has|\s+had)?"
_POSSESSIVE_OR_HAS = guarded(r"(?:['’]s|\s+has|\s+had|\s+(?:e-?mailed|rang|phoned|messaged|texted))$", re.I)
_PRONOUN = guarded(r"\b(?:her|him|them)\b", re.I)
_RECORD = (
    r"(?:log|add|record|note|flag|raise|enter|put\s+(?:in|on|down)|pass\s+on|put|get|pop)"
    r"(?:\s+(?:this|that|it|one|an?\s+(?:new\s+)?action|the\s+following|something))?(?:\s+(?:one|in|on|up|down))?"
    r"(?:\s+(?:on|to)\s+the\s+(?:tracker|list|log))?"  # "Su asked me to pop this on the tracker for her - …"
)
_BOTH_OF_US = guarded(rf"^{BOTH_OF_US}$", re.I)
# "Roger's asked me to log one for Richard Fisher - …", "Mike G asked me to flag this one - …"
_ASKED_ME_TO_RECORD = guarded(
    rf"^(?:(?P<asker>{_ASKER})\s+(?:(?:(?:(?:e-?mailed|rang|phoned|messaged|texted)\s+)?asking|asked|requested|wants|"
    r"wanted|would\s+like)\s+(?:me|us)\s+to|"
    # "Pam asked if I could put an action in for her – …"
    r"asked\s+(?:if|whether)\s+(?:I|we)\s+(?:could|can|would|might)(?:\s+be\s+able\s+to)?)|"
    r"I(?:['’]ve|\s+have)?\s+been\s+asked(?:\s+by\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+to)\s+"
    rf"{_RECORD}(?:\s+(?:for|against|on)\s+(?P<who>(?!A\s?-\s?\d|that\b)[^.!?:;–—-]{{1,60}}?))?"
    r"(?:\s*(?:[:–—-]+|\.|,)\s*|\s+(?P<to>to)\s+(?=[a-z]))(?P<rest>\S.*)$",  # "… log one for Jo to pull together …"
    re.I | re.S,
)
# "new action pls: fire service + police joint arson/CSE briefing note, due 19/06", "yos + police joint cse mapping,
# first wk of june pls": joint work, its owners first (with a date; never news: "… joint visits went well")
_JOINT_WORK = guarded(
    r"^(?:(?:new\s+)?action(?:\s+(?:pls|please))?\s*[:–—-]\s*)?"
    # never "Viv and Kate to produce a joint briefing …": the owners and their verb already said
    r"(?P<who>[\w'’ ]{2,30}?\s*(?:\+|&|\band\b)\s*[\w'’ ]{2,30}?)(?<!\ba)(?<!\ban)(?<!\bthe)\s+"
    r"joint\s+(?P<rest>(?![^.?!]*\b(?:went|was|were|is|are|has|have|had)\b)[^.?!]*?\b(?:due|by|w/?c|first\s+w(?:ee)?k|"
    r"end\s+of|next\s+w(?:ee)?k|\d{1,2}/\d{1,2})\b.*)$",
    re.I | re.S,
)
# "Roger would like an action logged for public health: …": the one who wants it, the owner, then the work
_ACTION_WANTED = guarded(
    rf"^(?P<asker>{_ASKER})\s+(?:would\s+like|wants|wanted|(?:has\s+)?asked\s+for)\s+an?\s+(?:new\s+)?action\s+"
    r"(?:(?:to\s+be\s+)?(?:logged|added|recorded|put\s+down|set\s+up|raised)\s+)?(?:for|against|on)\s+"
    r"(?P<who>[^:;–—]{1,40}?)\s*(?:[:;–—]|(?<=\s)-|-(?=\s))\s*(?P<rest>\S.*)$",  # never "missing-from-home"
    re.I | re.S,
)
# "Tony wants an action on himself to write to schools …": the one who wants it
_ACTION_ON_SELF = guarded(
    rf"^(?P<asker>{_ASKER})\s+(?:wants|wanted|would\s+like|(?:has\s+)?asked\s+for)\s+an?\s+(?:new\s+)?action\s+"
    r"(?:on|for|against)\s+(?:him|her|them)sel(?:f|ves)\s+to\s+(?P<rest>\S.*)$",
    re.I | re.S,
)
# "Tabetha's asked me to put her down for updating the escalation policy": the one who asked, for that work
_PUT_THEM_DOWN = guarded(
    rf"^(?P<asker>{_ASKER})\s+(?:asked|requested|wants|wanted|would\s+like)\s+(?:me|us)\s+to\s+put\s+(?:her|him|them)\s+"
    r"(?:down\s+)?(?:for|to)\s+(?P<rest>\S.*)$",
    re.I | re.S,
)
# "can you put down that Helen E is doing the youth voice session …", "can someone log that I'm doing the neglect
# toolkit briefing …?": the one named (or the writer) is doing it
_LOG_THAT_DOING = guarded(
    r"^(?:(?:can|could|would)\s+(?:you|u|someone|somebody|one\s+of\s+you)\s+(?:please\s+|pls\s+)?|(?:please|pls)\s+)"
    r"(?:put\s+down|log|note|record|add|minute)\s+that\s+(?P<who>(?!(?:she|he|they|it|this|there|we)\b)[A-Za-z][\w'’-]*"
    r"(?:\s+(?!(?:is|are|am)\b)[A-Za-z][\w'’-]*)?)(?:['’]s|['’]m|\s+is|\s+are|\s+am)\s+(?P<verb>doing|taking\s+on|leading\s+on)\s+"
    r"(?P<rest>[^?]+?)\s*\??\s*(?P<after>(?<=\?)\s*\S.*)?$",
    re.I | re.S,
)
# "Sally said Richard would circulate the flowchart by friday, can u log it": the work someone reported.
_SAID_WOULD = guarded(
    rf"^{_WHO}\s+(?:said|says|mentioned|told\s+me|confirmed)\s+(?:that\s+)?(?P<who>(?!(?:she|he|they|I|we|it)\b){_WHO})"
    r"\s+(?:would|will|['’]d|['’]ll|is\s+going\s+to|was\s+going\s+to)\s+(?P<rest>\S.+)$",
    re.S,
)
_RECORD_TAIL = guarded(
    r"[,;.–—-]+\s*(?:(?:can|could)\s+(?:you|u)\s+)?(?:pls\s+|please\s+)?(?:log|add|record|note)\s+(?:it|that|this)\W*$",
    re.I,
)
# "on behalf of Viv - she'll brief the SCR sub …": the work of the one the writer speaks for.
_ON_BEHALF = guarded(
    rf"^(?:(?i:on\s+behalf\s+of|for))\s+(?P<who>{_WHO})\s*[-–—:,]+\s*(?i:she|he|they)(?:['’]ll|\s+will|['’]s\s+going\s+to|"
    r"\s+is\s+going\s+to)\s+(?P<rest>\S.+)$",
    re.S,
)
# "Karen asked me to draft the newsletter piece, I'll have it done by 5 june": work the writer was asked to do.
_ASKED_ME_TO_WORK = guarded(
    rf"^{_WHO}(?:['’]s|\s+has)?\s+(?:asked|wants|wanted)\s+me\s+to\s+(?P<task>(?!apolog|send\s+(?:her|his|their)\s+apolog)"
    r"[^,;.–—]+?)\s*[,;.–—-]+\s*(?:and\s+|so\s+)?I['’]ll\s+(?:have\s+it\s+(?:done|ready|finished|with\s+you)|"
    r"get\s+it\s+(?:done|to\s+you|back\s+to\s+you)|do\s+it|send\s+it(?:\s+round)?)\b(?P<when>.*)$",
    re.I | re.S,
)
# "helen asked me to log that she is going to audit …", "Roger's asked me to log this for him: he will meet …": the
# work of the one who asked, in their own words
_LOG_THAT_THEY = guarded(
    rf"^(?P<asker>{_WHO})(?:['’]s|\s+has)?\s+asked\s+(?:me|us)\s+to\s+{_RECORD}(?:\s+(?:for|on)\s+(?:her|him|them))?"
    r"(?:\s+that\s+|\s*[:–—-]+\s*)(?:she|he|they)(?:['’]s|['’]re|\s+is|\s+are)?\s*(?:going\s+to|will|['’]ll|"
    r"(?<=['’])ll)\s+(?P<rest>\S.*)$",
    re.I | re.S,
)
# "Zala's covering for me till mid June so can the new one go on her - safeguarding supervision audit …", "… please put
# this one on her rather than me: review of …": new work, for the one named before
_PUT_ON_THEM = guarded(
    r"\b(?:(?:can|could)\s+(?:the\s+new\s+one|this\s+one|this|it|the\s+new\s+action)\s+(?:go|be\s+(?:put|logged|added))|"
    r"(?:please\s+|pls\s+)?(?:put|log|add|pop)\s+(?:the\s+new\s+one|this\s+one|this|it))\s+(?:on|to|against|under)\s+"
    r"(?:her|him|them)(?:\s+(?:rather\s+than|instead\s+of)\s+me|\s+instead)?\s*[:–—-]+\s*(?P<rest>\S.*)$",
    re.I | re.S,
)
_CAPITALISED = guarded(r"\b(?!(?:I|I['’]m|I['’]ll|I['’]ve)\b)(?-i:[A-Z])[a-z]+(?=['’]s\b|\b)")
_NOT_PEOPLE = guarded(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri)[a-z]*|hi|hello|so|and|but", re.I
)
# "Tony asked that Merlin pick up …", "Roger's asked for Jo to …", "Roger would like everyone to review …"
_ASKED_THAT = guarded(
    rf"^(?:{_ASKER}\s+(?:asked|requested|suggested|wants|wanted|would\s+like|would\s+prefer)|"
    r"(?:I|we)\s+(?:want|need|would\s+like|['’]d\s+like))\s+"  # "I want the Fire Service, Cafcass and … to confirm"
    # never "Roger has asked that A-34 be closed as … the Ofsted review": an edit of an action asked, not work
    r"(?:(?:that|for|if)\s+)?(?P<who>(?!(?:me|us|you|I|we|to|it|this|that)\b)(?![^.!?:;]{0,40}?\bA-\d)[^.!?:;]{1,60}?)\s+"
    r"(?:(?:each|all|both)\s+)?(?:to\s+|(?:could|would|can|will)\s+)?"
    r"(?P<verb>pick|pull|put|sort|speak|talk|find|work|pass|take|lead|send|share|review|draft|write|circulate|update|prepare|produce|present|bring|look|"
    r"check|chase|confirm|complete|do|provide|arrange|contact|liaise|meet|report|agree|ask|set|map|audit|run|"
    r"develop|deliver|feed|get|give|organise|organize|refresh|revise|read|respond|collate|compile|attend|"
    r"consider|explore|identify|ensure|make|include|add|invite|follow|co-ordinate|coordinate)(?P<ending>s|es)?\b"
    r"(?P<rest>.*)$",
    re.I | re.S,
)
# "Can someone log:", "could somebody add this:", "someone pls record:"
_SOMEONE_LOG = guarded(
    rf"^(?:(?:can|could|would)\s+)?(?:some\s?one|some\s?body|any\s?one)\s+(?:please\s+|pls\s+)?{_RECORD}"
    r"\s*(?:please|pls)?\s*[:–—-]+\s*(?P<rest>\S.*)$",
    re.I | re.S,
)
# "FW from Roger below - can this be logged against fire pls? > Julie, could fire service colleagues look at …":
# the owner the writer names for what follows (or what the forwarded text asks).
_LOGGED_AGAINST = guarded(
    r"^(?:[^?]{0,80}?(?:[-–—:]|\bbelow)\s+)?(?:can|could|would\s+you|please)\s+(?:this|that|it)\s+(?:one\s+)?(?:be\s+)?"
    r"(?:logged|added|recorded|put\s+(?:down|on))\s+(?:against|for|on|under|to)\s+(?P<who>[^?.:;,–—>-]{2,40}?)\s*"
    r"(?:please|pls)?\s*[?.:–—-]+\s*>?\s*(?:[A-Z][a-z]+,\s+)?(?P<rest>\S.*?)"
    r"(?:(?<=[?.!])\s+[A-Z][a-z]+)?\s*$",  # "… by end of June? Roger": the sign-off
    re.I | re.S,
)
# "could I get an action logged: FE policies to be shared with QA & Comms": an action the writer asks for themself.
_MINE_LOGGED = guarded(
    r"^(?:(?:can|could|may)\s+I\s+(?:get|have|please\s+have)|I['’]?d\s+like)\s+(?:an?\s+|one\s+|another\s+)?"
    r"(?:new\s+)?action\s+(?:logged|added|recorded|noted|put\s+(?:on|down|in)|set\s+up)(?:\s+(?:please|pls))?"
    r"\s*[:–—-]+\s*(?P<rest>\S.*)$",
    re.I | re.S,
)
# "put one on me - chase the schools that havent started their s175, monday": an action the writer asks for themself
_PUT_ON_ME = guarded(
    r"^\W*(?:please\s+|pls\s+)?(?:put|pop|stick|log|add)\s+(?:one|an?\s+(?:new\s+)?action|this(?:\s+one)?|it)\s+"
    r"(?:on|down\s+for|down\s+to|against)\s+me(?:\s+(?:please|pls))?\s*[:–—-]+\s*(?P<rest>\S.*)$",
    re.I | re.S,
)
# "Martine - can you log an action for yourself to …": "yourself" is the one the message is addressed to.
_YOURSELF = guarded(
    r"^(?:(?i:hi|hello|hiya|morning|dear)\s+)?(?P<to>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s*[,:–—-]+\s*"
    r"(?P<rest>.*\byourself\b.*)$",
    re.S,
)
_OWNER_FIRST = guarded(r"^[\w&'’ -]{1,40}?\s+(?:to|will|is going to|are going to|'ll)\s+(?!be\b)", re.I)
# "could I ask that an action is set for the WDG to confirm …", "Could an action please be placed with Public Health
# to produce …", "Could an action be added for the police, please, to explain …": the owners, then the work.
_ACTION_PLACED = guarded(
    r"^(?:please\s+|pls\s+)?(?:(?:can|could|would|may)\s+(?:I\s+ask\s+(?:that|if|whether)\s+|we\s+(?:have|get|log|add|record|raise)\s+|"
    r"you\s+(?:please\s+)?"
    r"(?:set|add|log|create|raise)\s+)?)?an?\s+(?:new\s+)?action\s+(?:please\s+)?(?:(?:is|be)\s+)?"
    r"(?:set(?:\s+up)?|placed|added|recorded|logged|created|raised|put(?:\s+down)?|go(?:\s+(?:on|down|in))?)?\s*"
    r"(?:please\s+)?"
    r"(?:for|with|against|on)\s+(?P<who>[^,?.;:]{2,60}?)(?:\s*,\s*(?:please|pls)\s*,?)?\s+to\s+(?P<rest>[a-z].+)$",
    re.I | re.S,
)
# "… by Fri 5 June. cc Merlin", "(cc Jo and Sally)": who is copied in is never an owner.
_COPIED = guarded(
    r"[\s.;,]*\(?\s*\bcc(?:['’]?(?:ing|d|ed))?\s*:?\s+[A-Z][\w'’-]*(?:\s*(?:,|and|&)?\s*[A-Z][\w'’-]*){0,3}\s*\)?[.!]?\s*$|"
    # "… in time for the July board. I have copied Jo F in": who is copied in, a sentence of its own
    r"(?<=[.!])\s+I(?:['’]ve|\s+have)\s+(?:also\s+)?copied\s+(?:in\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:\s+in)?[.!]?\s*$",
    re.I,
)


# "I said i'd do it but actually its Chris's area - Chris to look at …": the writer's second thought is the request.
_SECOND_THOUGHT = guarded(
    r"^.{3,160}?\b(?:but|though|although)\s+(?:actually|on\s+second\s+thoughts?|thinking\s+about\s+it)\b[^–—:]{0,80}?"
    r"(?:\s[-–—]+\s|:\s)(?P<rest>\S.+)$",
    re.I | re.S,
)
# "I said I'd do the DV stats but Jo's actually got the data so it should be hers. Due 5 June": the work given over.
_SHOULD_BE_THEIRS = guarded(
    r"^(?:.{0,60}?[-–—:,.]\s+)?I\s+(?:said|thought)\s+I['’]?d\s+(?P<task>[^,.;]{3,120}?)\s*,?\s+but\s+(?P<why>[^.;]{3,120}?)"
    r",?\s+so\s+(?:it|this|that)(?:\s+one)?\s+(?:should|ought\s+to|needs\s+to)\s+(?:really\s+)?(?:be|go\s+to|sit\s+with)\s+"
    r"(?P<who>hers|his|theirs|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)(?:['’]s)?\b(?P<rest>.*)$",
    re.S,
)
# "Jo was going to do the housing input but Mike will pick it up now. Can we log it for end of June?": the new owner.
_WAS_GOING_TO = guarded(
    r"^(?P<old>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:was|were)\s+(?:going|meant|supposed)\s+to\s+(?P<task>[^,.;]{3,120}?)"
    r",?\s+but\s+(?P<new>(?!(?:she|he|they|I|we|it)\b)[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:will|['’]ll|is\s+going\s+to|can)\s+"
    r"(?:now\s+)?(?:pick\s+it\s+up|take\s+it\s+(?:on|over)|take\s+it|do\s+it|lead\s+(?:on\s+)?it|cover\s+it)"
    r"(?:\s+(?:now|instead))?(?P<rest>.*)$",
    re.S,
)
# "Richard asked for this one but it's mine: review police attendance …": the writer's own, whoever asked.
_ASKED_BUT_MINE = guarded(
    r"^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:asked|wanted|requested)\s+(?:for\s+)?(?:this|it)(?:\s+one)?,?\s+but\s+"
    r"(?:it['’]s|it\s+is)\s+(?:mine|my\s+action|on\s+me)\s*[:–—-]+\s*(?P<rest>\S.*)$",
    re.S | re.I,
)
_LOG_IT = guarded(r"^[.,;]?\s*(?:can|could)\s+(?:we|you)\s+(?:log|add|record)\s+it", re.I)
_NAMED_IN = guarded(r"\b(?P<who>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?:['’]s\b|\s+(?:has|is|was|knows|holds|does)\b)")
# "- pam's leading, zala just needs copying in": who is only copied in is no owner of the work.
_ONLY_COPIED = guarded(
    r"[,;.–—-]\s*(?:and\s+)?(?P<who>[A-Za-z][\w'’-]*)\s+(?:just\s+|only\s+)?(?:needs|wants|to\s+be|is|will\s+be)\s+"
    r"(?:just\s+)?(?:copying|copied|cc['’]?d|kept)\s+in\b[^.;]*",
    re.I,
)


# "Su Vincent asked me to add to A-27 that the GP newsletter has gone to print": the edit itself.
_ASKED_ME_TO_EDIT = guarded(
    r"^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+(?:has\s+)?asked\s+me\s+to\s+"
    r"(?P<rest>(?:add|note|put|update)\b.{0,40}?\b(?i:A)-?\d.*)$",
    re.S,
)


# "… I would be grateful if an action could be recorded for Helen Ellis to produce a short paper …": the request.
_GRATEFUL_IF = guarded(
    r"\b(?:grateful|appreciate\s+it|be\s+great|helpful)\s+if\s+(?:you\s+could\s+(?:record|add|log|set\s+up)\s+)?an?\s+"
    r"(?:new\s+)?action\s+(?:could|can|might|would)?\s*(?:be\s+)?(?:recorded|added|logged|set(?:\s+up)?|created|raised|"
    r"put\s+down)?\s*(?:for|against|with)\s+(?P<who>[^,?.;:]{2,60}?)\s+to\s+(?P<rest>[a-z].+)$",
    re.I | re.S,
)


# "For me: update the DV pathway …", "… That's me. Due by 3/7", "That's me doing it, deadline 19th June": the writer's.
_FOR_ME = guarded(  # "for me: …", "one for me please: …"
    r"^(?:(?:an?\s+(?:new\s+)?action|(?:a\s+new\s+|another\s+)?one)\s+)?for\s+me(?:\s+(?:please|pls))?\s*[:–—-]+\s*"
    r"(?P<rest>\S.*)$",
    re.I | re.S,
)
_THATS_ME = guarded(
    r"(?:(?<=[.!,;])|\s[–—-])\s*(?:and\s+)?(?:that['’]?s|that\s+is|this\s+is|it['’]?s)\s+(?:(?:going\s+to\s+be\s+)?me|on\s+me|mine)"
    r"(?:\s+doing\s+it|\s+btw)?\s*(?:[.!,;]|\s[–—-]|$)",
    re.I,
)


# "Jayne and I agreed she'll do the faith groups briefing": the one the pronoun names.
_WE_AGREED = guarded(
    r"\b(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+and\s+I\s+(?:have\s+)?(?:agreed|decided)\s+(?:that\s+)?(?:she|he|they)"
    r"(?:['’]ll|\s+will|\s+would|['’]d)\s+(?P<rest>\S.*)$",
    re.S,
)
# "… and I said I'd help but really its hers so can you put it down for her": only helping, the work is theirs.
_ONLY_HELPING = guarded(
    r"\s*(?:,\s*)?(?:and\s+)?I\s+(?:said|offered)\s+I['’]?d\s+(?:help|support)\b[^.?!]*?\bbut\s+(?:really|actually)\s+"
    r"(?:it['’]?s|its)\s+(?:hers|his|theirs)\b(?:\s+so\s+(?:can|could)\s+you\s+put\s+it\s+(?:down\s+)?(?:for|on)\s+"
    r"(?:her|him|them))?",
    re.I,
)


_SAID_SHE_WOULD = guarded(
    r"\b(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:said|says|offered|agreed)\s+(?:that\s+)?(?:she|he|they)"
    r"(?:['’]d|\s+would|\s+will|['’]ll)\s+(?P<rest>\S.*)$",
    re.S,
)


# "Action for me please (just me, not the trust as a whole) – …", "an action for the FE sector (i.e. me, as FE rep) to
# survey …": the writer, whatever the owner was first called.
_IT_IS_ME = guarded(
    r"\bfor\s+(?:[^()]{1,40}?)\s*\(\s*(?:i\.?\s?e\.?,?\s+|just\s+|that['’]?s\s+|meaning\s+)me\b(?![^()]*(?:\+|&|\band\b))[^()]{0,60}\)",
    re.I,
)


def as_requested(message: str) -> str | None:
    """The request a message passes on, as if asked directly; None when it passes none on."""
    text = _COPIED.sub("", message)
    if _IT_IS_ME.search(text):
        return _IT_IS_ME.sub("for me", text, count=1)
    agreed = _WE_AGREED.search(text)
    if agreed is not None:
        return f"{agreed['who']} will {agreed['rest']}"
    if _ONLY_HELPING.search(text):
        rest = _ONLY_HELPING.sub("", text)
        said = _SAID_SHE_WOULD.search(rest)  # "… Nicki Burrows said she would do the leaflet …": Nicki's
        return f"{said['who']} will {said['rest']}" if said else rest
    mine = _FOR_ME.match(text)
    if mine is not None:
        return f"An action for me: {mine['rest']}"
    thats_me = _THATS_ME.search(text)
    if thats_me is not None and "?" not in text and not re.search(r"\bA-?\d", text, re.I):  # the work, then whose
        return f"An action for me: {text[: thats_me.start()].strip()} {text[thats_me.end() :].strip()}".strip()
    grateful = _GRATEFUL_IF.search(text)
    if grateful is not None:
        return f"{grateful['who']} to {grateful['rest']}"
    edit = _ASKED_ME_TO_EDIT.match(text)
    if edit is not None:
        return edit["rest"]
    second = _SECOND_THOUGHT.match(text)
    if second is not None:
        return second["rest"]
    given = _given_over(text)
    if given is not None:
        return given
    joint = _JOINT_WORK.match(text)
    if joint is not None:  # "fire service + police joint arson/CSE briefing note, due 19/06": both of theirs
        return f"{joint['who']} to produce a joint {joint['rest']}"
    wanted = _ACTION_ON_SELF.match(text)
    if wanted is not None:  # "Tony wants an action on himself to write to schools …"
        return f"An action for {_POSSESSIVE_OR_HAS.sub('', wanted['asker'])}: {wanted['rest']}"
    wanted = _ACTION_WANTED.match(text)
    if wanted is not None:  # "Roger would like an action logged for public health: refresh of the JSNA chapter …"
        return f"An action for {wanted['who']}: {wanted['rest']}"
    put = _PUT_THEM_DOWN.match(text)
    if put is not None:  # "Tabetha's asked me to put her down for updating the escalation policy, end of June"
        return f"An action for {_POSSESSIVE_OR_HAS.sub('', put['asker'])}: {put['rest']}"
    found = _PUT_ON_THEM.search(text)
    named = {w for w in _CAPITALISED.findall(text[: found.start()]) if not _NOT_PEOPLE.fullmatch(w)} if found else set()
    if found is not None and len(named) == 1:  # "Zala's covering for me … so can the new one go on her - …": Zala's
        return found["rest"] if _names_its_owner(found["rest"]) else f"An action for {named.pop()}: {found['rest']}"
    found = _LOG_THAT_DOING.match(text)
    if found is not None:  # "can you put down that Helen E is doing the youth voice session …": Helen's
        who = "me" if found["who"].lower() == "i" else found["who"]  # "log that I'm doing …": the "'m" is the verb
        verb = {"doing": "do", "taking": "take on", "leading": "lead on"}[found["verb"].split()[0].lower()]
        after = f", {found['after'].strip()}" if found["after"] else ""  # "…? end of june should be fine"
        return f"An action for {who}: {verb} {found['rest']}{after}"
    found = _LOG_THAT_THEY.match(text)
    if found is not None:  # "helen asked me to log that she is going to audit …": Helen's
        return f"{_POSSESSIVE_OR_HAS.sub('', found['asker'])} to {found['rest']}"
    found = _ASKED_ME_TO_RECORD.match(text)
    if found is not None:  # "jo asked me to put this on for her": "her" is who asked
        asker = _POSSESSIVE_OR_HAS.sub("", found["asker"]) if found["asker"] else ""
        who = _PRONOUN.sub(asker, (found["who"] or "").strip()) if asker else (found["who"] or "").strip()
        who = _BOTH_OF_US.sub(f"{asker} and me", who) if asker else who  # "… for the two of us": the asker and I
        rest = re.sub(r"^(?:I['’]m|I\s+am)\s+to\s+", "I'll ", found["rest"], flags=re.I)  # "…: i'm to send …"
        if found["to"]:
            return f"{who} to {rest}" if who else None
        if asker and _PRONOUN.fullmatch((found["who"] or "").strip()) and _names_its_owner(rest):
            return rest  # "Jo asked me to log this for her: housing to review …": housing's, logged for Jo
        return f"An action for {who}: {rest}" if who else rest
    given = given_then_work(text)  # "Richard will chair it but setting it up is on me - set up the group"
    if given is not None:
        return given
    found = _SAID_WOULD.match(text)
    if found is not None:  # "Sally said Richard would circulate …, can u log it"
        return f"{found['who']} will {_RECORD_TAIL.sub('', found['rest'])}"
    found = _ON_BEHALF.match(text)
    if found is not None:  # "on behalf of Viv - she'll brief the SCR sub …"
        return f"{found['who']} will {found['rest']}"
    found = _ASKED_ME_TO_WORK.match(text)
    if found is not None and WORK_VERB.match(found["task"]):  # "Karen asked me to draft it, I'll have it done by …"
        return f"I'll {found['task']}{found['when']}"
    found = _ASKED_THAT.match(text)
    if found is not None:
        who, rest = found["who"], found["rest"]
        copied = _ONLY_COPIED.search(rest)
        if copied is not None:  # "Pam and Zala look at … - pam's leading, zala just needs copying in": Pam
            kept = re.sub(
                rf"(?:\s*(?:,|and|&)\s*)?\b{re.escape(copied['who'])}\b(?:\s*(?:,|and|&))?", " ", who, flags=re.I
            )
            who, rest = " ".join(kept.split()), rest[: copied.start()] + rest[copied.end() :]
        return f"{who} to {found['verb']}{rest}"
    found = _ACTION_PLACED.match(text)
    if found is not None:
        return f"{found['who']} to {re.sub(r'[?]+', '.', found['rest'], count=1)}"  # the request's "?", not a question
    found = _LOGGED_AGAINST.match(text)
    if found is not None:  # the quoted ask as the work, the owner the writer names
        work = re.sub(
            r"^(?:could|can|would|will)\s+[\w ]{1,40}?\s+(?=(?:look|review|check|send|share|draft|"
            r"produce|provide|update|pull|run|lead|report)\b)",
            "",
            found["rest"],
            flags=re.I,
        )
        return f"An action for {found['who']}: {work.rstrip(' ?')}"
    found = _YOURSELF.match(text)
    if found is not None:
        return re.sub(r"\byourself\b", found["to"], found["rest"])
    found = _MINE_LOGGED.match(text) or _PUT_ON_ME.match(text)
    if found is not None:  # the work's owners when it names them ("Jo to …"), else the writer's
        return found["rest"] if _OWNER_FIRST.match(found["rest"]) else f"An action for me: {found['rest']}"
    found = _SOMEONE_LOG.match(text)
    if found is not None:
        return found["rest"]
    return text if text != message else None


# "housing to review …", "the CCG will send …": whose the work is, then a verb of work
_OWNER_THEN_WORK = guarded(
    r"^(?!(?:an?|some|any)\s)[\w&'’ -]{1,40}?\s+(?:to|will|is\s+going\s+to|are\s+going\s+to|['’]ll)\s+"
    rf"(?={WORK_VERB.pattern.removeprefix('^')})",
    re.I,
)


def _names_its_owner(work: str) -> bool:
    """Whether the work passed on opens with whose it is ("housing to review …"), not with what to do ("review the
    placements …") nor with the thing to be done ("a response to the Ofsted recommendations", "cdop data to the
    board")."""
    return _OWNER_THEN_WORK.match(work) is not None and WORK_VERB.match(work) is None


def _given_over(text: str) -> str | None:
    """ "I said I'd do X but Jo's got the data so it should be hers": X as Jo's (the one named in the reason when
    the new owner is a pronoun); "Jo was going to do X but Mike will pick it up now": Mike's; "Richard asked for this
    one but it's mine: X": the writer's. None when it is not one of these shapes or nobody is named."""
    taken = _WAS_GOING_TO.match(text)
    if taken is not None:
        rest = _LOG_IT.sub("", taken["rest"])
        return f"{taken['new']} to {taken['task']}{rest.rstrip(' ?') if rest != taken['rest'] else rest}"
    mine = _ASKED_BUT_MINE.match(text)
    if mine is not None:
        return f"An action for me: {mine['rest']}"
    found = _SHOULD_BE_THEIRS.match(text)
    if found is None:
        return None
    who = found["who"]
    if who.lower() in {"hers", "his", "theirs"}:
        named = _NAMED_IN.search(found["why"])
        if named is None:
            return None
        who = named["who"]
    return f"{who} to {found['task']}{found['rest']}"
