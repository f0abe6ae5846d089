"""Words of an absence that the apology rules (:mod:`bot.understanding.apology_rules`) read besides "apologies":
someone away for a meeting ("Mayada is away for the workshop"), an apology passed on with the writer's own ("and
Julie asked me to pass hers on too"), sorry for something else ("apologies for the long message", "sorry this is
late"), apologies counted or already sent, whose apologies are recorded ("apologies for Viv Townsend for Monday's
panel"), and a member who will be there anyway, so that nobody stands in ("Jo will be there anyway so no need for
a sub").
"""

from __future__ import annotations

import re

from bot.directory import Person
from bot.understanding.interpretation import Owner
from bot.understanding.owners import OwnerResolver, Resolution
from bot.understanding.patterns import guarded

__all__ = [
    "ADDRESSEE",
    "APOLOGIES_NAMED",
    "APOLOGY_SAID",
    "APOLOGY_SUBJECT",
    "AUDIT_SORRY",
    "AWAY_FOR",
    "COUNTED",
    "LATE",
    "MAYBE_SENT",
    "NAME_THEN_APOLOGIES",
    "NAMING_NOBODY",
    "NOBODY_SENT",
    "NOT_ABSENCE",
    "NO_STAND_IN",
    "PAST_SENT",
    "TAKES_THEIR_PLACE",
    "THANKED",
    "THING_AWAY",
    "TO_THEM",
    "passed_on",
    "writer_there",
]

# "apologies for the long message", "apologies for the delay in replying": sorry for something other than absence.
NOT_ABSENCE = guarded(
    r"(?:apolog(?:y|ies|ise|ize)|apols?)\s+if\s+(?:this|I|I'm|it|that|you)\b|"  # "apologies if this is not the way"
    # "she's on a course today so can't do it herself": a task done for her, nobody away from a meeting
    r"(?:can['’]?t|cannot|can\s+not|unable\s+to)\s+do\s+(?:it|this|that)\s+(?:her|him|them|my|our|your)sel(?:f|ves)\b|"
    # "(apologies again for having to dash off!)", "apologies for missing the last one": a meeting already past
    r"(?:apolog(?:y|ies|ise|ize)|apols?)\s+(?:again\s+)?(?:for|about)\s+(?:having\s+to\s+)?(?:(?:dash|rush|leav|run|duck|"
    r"slip|head)\w*\s+(?:off|out|away|early)|missing\s+(?:the\s+)?(?:last|previous)\b)|"
    r"(?:apolog(?:y|ies|ise|ize)|apols?)\s+(?:for|about|in advance for)\s+"
    r"(?:the\s+|my\s+|this\s+|any\s+|all\s+(?:the\s+)?)?"
    r"(?:(?:very\s+|rather\s+|really\s+)?(?:long|late|slow|delayed|lengthy|short|multiple|double|repeated)\s+)?"
    r"(?:message|msg|email|e-mail|post|reply|response|delay|confusion|essay|ramble|rambling|length|typos?|spam|"
    r"bother|trouble|inconvenience|chasing|nagging|notice|mix-?up|error|mistake|questions?|(?:radio\s+)?silence|"
    r"quiet|lateness|wait|not\s+(?:replying|responding|getting\s+back))\b|"
    r"\bcan['’]?t\s+come\s+(?:soon|quick|fast)\s+enough\b",  # "half term in a week, can't come soon enough"
    re.I,
)
# "might have to send apols, will confirm": apologies not sent yet
MAYBE_SENT = guarded(
    r"\b(?:(?:might|may|could)\s+(?:well\s+)?(?:have\s+to\s+|need\s+to\s+)?|(?:was|were)\s+(?:going|about|planning)\s+to\s+|"
    r"(?:had\s+)?(?:nearly|almost)\s+|"  # "I missed the March board and never sent apologies": none were sent
    r"(?:never|forgot\s+to|didn['’]?t|did\s+not)\s+(?:get\s+round\s+to\s+)?)(?:send|give|sent|gave)\s+"
    r"(?:my\s+|our\s+|any\s+)?(?:apolog\w*|apols)\b",
    re.I,
)
# "CCG S11 - not begun, apologies, will be on it next week": sorry about an audit's progress, no meeting missed
AUDIT_SORRY = guarded(
    r"\b(?:s\.?\s?11|s\.?\s?175|section\s+1(?:1|75))\b[^.?!]{0,40}?\b(?:not\s+(?:begun|started|done|finished)|late|"
    r"behind|delayed)\b[^.?!]{0,20}?$",
    re.I,
)
# "it took longer than expected, apologies!", "sorry this is late, apologies": sorry for lateness, not absence.
LATE = guarded(r"\b(?:took|taken|taking)\s+(?:a\s+bit\s+|a\s+lot\s+|much\s+)?longer\b|\b(?:is|was|been|being)\s+"
                   r"(?:a\s+bit\s+|so\s+|very\s+)?late\b|\bdelay(?:ed)?\b", re.I)  # fmt: skip
# "lots of apols", "how many apologies so far": apologies counted, not sent.
COUNTED = guarded(
    r"\b(?:lots of|a lot of|loads of|plenty of|many|several|how many|a number of|the number of|too many|few|fewer|"
    r"more|no)\s+(?:more\s+)?$|"
    # "we have 12 schools and 3 won't make it", "two of them can't come": a count of others, never the writer
    r"(?<![\w/:.-])\d{1,3}\s+(?:of\s+(?:them|those|the\s+\w+)\s+)?$|"
    r"\b(?:two|three|four|five|some|most|half|a\s+few|a\s+couple)\s+of\s+(?:them|those|the\s+\w+)\s+$|"
    # "thanks for sorting my apols Martine": thanks for apologies already dealt with, none sent now
    r"\b(?:thanks|thank\s+you|thx|cheers|ta)\s+(?:for|4)\s+(?:sorting|sending|passing\s+on|logging|recording|noting|"
    r"adding|putting\s+in|doing|dealing\s+with)\s+(?:out\s+)?(?:my|our|the)\s+$",
    re.I,
)
# "(I sent apologies)": apologies already sent, told in an aside.
PAST_SENT = guarded(r"\b(?:I|we|she|he|they)\s+(?:had\s+|'d\s+)?(?:sent|gave|offered)\b", re.I)
# "Apologies for Monday. And thank you Martine for chasing A-22": a sentence of thanks names nobody away.
THANKED = guarded(r"(?:^|(?<=[.!?])\s+)(?:and\s+)?(?:(?:many|big)\s+)?(?:thanks|thank\s+you|cheers|ta)\b[^.!?]*", re.I)
_MEETING_AHEAD = (
    r"(?=(?:(?:the|next|this|that)\s+)*(?:(?:mon|tues|wednes|thurs|fri)day['’]?s?\s+|[a-z]+\s+)?"
    r"(?:board|meeting|workshop|panel|audit\s+panel|dscb|lscb)\b|"
    r"(?:the\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
)
# "Mayada is away for the workshop", "Jo's on leave for Monday's panel", "Pam will be off for the September board".
AWAY_FOR = (
    r"(?:\s+(?:is|are|am|will\s+(?:also\s+)?be|has\s+to\s+be)|['’][sm]|['’]ll\s+be|(?=\s+both\s))\s+(?:also\s+|both\s+)?"
    r"(?:away|off|on\s+(?:annual\s+|study\s+|sick\s+)?leave|on\s+holiday|(?:in|at)\s+court|on\s+a\s+course|"
    r"at\s+a\s+conference)\s+(?:for|on|at|during)\s+" + _MEETING_AHEAD
)
# "Please record apologies for Viv Townsend for Monday's panel": whose apologies, then the meeting.
_APOLOGIES_FOR = guarded(
    r"\bapolog(?:y|ies)\s+for\s+(?:the\s+)?(?P<who>(?!(?:the|my|me|this|that|next|our|all|any|monday|tuesday|wednesday|"
    r"thursday|friday|today|tomorrow|it)\b)[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?)\s+(?:for|at|on)\s+"
    rf"(?:{_MEETING_AHEAD}|(?=(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\b|(?:mon|tues|wednes|thurs|fri)day\b))",
    re.I,
)
# "and Julie asked me to pass hers on too", "Zala asked me to send her apologies as well": another's apology passed on.
_PASSED_ON = guarded(
    r"(?:^|[,;.!?–—-]\s*|\b(?:and|also|plus)\s+)(?P<who>(?!(?:and|also|plus|she|he|they)\b)[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?)\s+"
    r"(?:has\s+|had\s+|also\s+)*asked\s+(?:me|us)\s+to\s+(?:pass|send|give|forward|add|record|register)\s+"
    r"(?:on\s+)?(?:hers|his|theirs|(?:her|his|their)\s+(?:apolog\w*|apols?))",
    re.I,
)
# "too", "as well", "neither of us can make it": the writer is away as well as the one passed on.
_BOTH = guarded(r"\b(?:too|as\s+well|also|neither\s+of\s+us|both\s+of\s+us|we\s+both|we\s+are\s+both)\b", re.I)
# "Tony's asked me to go to monday's panel instead of him", "Richard wants me to sit in for him at the workshop", "I've
# been asked to cover for Pam at the July board", "I'm covering for Jo at the panel": the writer goes in their place
_GO_IN_PLACE = r"(?:go|attend|come|cover|chair|sit\s+in|stand\s+in|deputi[sz]e|represent)"
# at one of the board's meetings (never "the MASH meeting"), no question after it ("…, could you send me his list?")
_AT_A_MEETING = r"(?=[^.!?]{0,60}\b(?:board|panel|workshop|development\s+day|dscb)\b)(?![^?]*\?)"
TAKES_THEIR_PLACE = (
    r"(?:^|[-–—:,.;]\s*|\bso\s+)(?P<asker>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?)(?:['’]s|\s+has|\s+had)?\s+"
    r"(?:asked\s+(?:me|if\s+I\s+(?:can|could)|whether\s+I\s+(?:can|could))|wants\s+me|would\s+like\s+me)\s+(?:to\s+)?"
    rf"{_GO_IN_PLACE}\b{_AT_A_MEETING}(?=[^.!?]{{0,60}}?\b(?:for\s+(?:him|her|them|(?P<for>(?-i:[A-Z])[\w'’-]*))|"
    r"instead|in\s+(?:his|her|their)\s+place|on\s+(?:his|her|their)\s+behalf)\b)|"
    r"\bI(?:(?:['’]ve\s+been|\s+have\s+been|['’]m|\s+am|['’]ll\s+be|\s+will\s+be)\s+(?:asked\s+to\s+"
    rf"{_GO_IN_PLACE}|covering|sitting\s+in|standing\s+in|deputi[sz]ing|going)|"
    # "I'll sit in for Mayada at the panel on monday", "I will cover for Pam at the July board"
    r"(?:['’]ll|\s+will|\s+can)\s+(?:sit\s+in|stand\s+in|cover|deputi[sz]e))\s+(?:for|instead\s+of|in\s+place\s+of)\s+"
    rf"(?P<who>[A-Za-z][\w'’-]*(?:\s+(?!at\b|on\b|for\b)[A-Za-z][\w'’-]*)?){_AT_A_MEETING}"
)
# "I'll attend on her behalf", "I'm there anyway so I can cover": the writer goes (in the place of the one away).
INSTEAD_OF = r"\b(?:instead\s+of|in\s+place\s+of)\s+"  # "… instead of Zala": whose place is taken
_IN_PLACE_OF = (
    rf"\s+(?:go|attend|come|cover|chair|sit\s+in|stand\s+in|deputi[sz]e)\b[^.!?]{{0,40}}?{INSTEAD_OF}(?=(?-i:[A-Z]))"
)
WRITER_THERE = guarded(
    r"\bI(?:['’]m|\s+am|\s+will\s+be|['’]ll\s+be)\s+(?:there|going|attending)\b|"
    r"\bI(?:\s+(?:can|will)|['’]ll)\s+(?:cover|attend|go\s+(?:instead|for)|represent|rep|stand\s+in|deputise|deputize)\b|"
    # "I'll go to the panel instead of Zala": the writer in someone's place
    rf"\bI(?:\s+(?:can|will)|['’]ll){_IN_PLACE_OF}|{TAKES_THEIR_PLACE}",
    re.I,
)


def writer_there(text: str, writer: Person) -> bool:
    """Whether the writer says they will go, as "I" or by their own name ("Police apologies for July - Richard is on
    leave that week, Sally will attend", from Sally; "…, karen j will come", from Karen Jackson)."""
    last = writer.name.split()[-1]
    name = rf"{re.escape(writer.first_name)}(?:\s+{re.escape(last[:1])}\.?|\s+{re.escape(last)})?"
    own = rf"\b{name}(?:\s+(?:will|can|is\s+going\s+to)|['’]ll)\s+(?:attend|go|come|be\s+there|cover|stand\s+in)\b"
    return WRITER_THERE.search(text) is not None or re.search(own, text, re.I) is not None


# "Jo will be there anyway so no need for a sub", "no need for a deputy": a member there anyway, nobody stands in.
NO_STAND_IN = guarded(
    # "Kate is going anyway so could she cover for us?": going already, and asked to stand in too
    r"\banyway\b(?![^.!?]*\b(?:she|he)\s+(?:cover|rep|represent|stand|speak|sit))|"
    r"\bno\s+need\s+(?:for\s+(?:a\s+|any\s+)?|to\s+send\s+(?:a\s+)?)(?:sub|substitute|deputy|stand[- ]?in|"
    r"cover|rep|replacement|anyone|anybody|someone)\b|\bno\s+(?:sub|deputy|stand[- ]?in|cover)\s+(?:needed|required)\b",
    re.I,
)


def passed_on(text: str, owners: OwnerResolver, writer: list[Owner]) -> Resolution | None:
    """The members whose apologies the writer records or passes on ("apologies for Viv Townsend for Monday's
    panel"), with the ``writer`` too when their own go with them ("and Julie asked me to pass hers on too"); None
    when the message names nobody so, or names someone the roster does not know."""
    found = _PASSED_ON.search(text)
    both = found is not None and bool(_BOTH.search(text, found.end()) or _BOTH.search(text, 0, found.start()))
    both = both and not WRITER_THERE.search(text)  # "… I'm there anyway so I can cover IYS too": the writer goes
    named = found if both else _APOLOGIES_FOR.search(text)
    if named is None:
        return None
    who = owners.phrase(named["who"], allow_unknown=False, subject=True)
    if who and who.owners and not both and all(o.kind == "agency" for o in who.owners):
        return who  # "can you send apologies for fire for monday": the service's (its member's own, if nobody said)
    if not who or not who.owners or any(o.kind != "member" for o in who.owners):
        return None
    together = Resolution(list(writer) if both else [])
    together.add(who)
    return together


# "Apologies so far for the July board: Richard Fisher, Helen Ellis and Kate McConnell": the list after the colon.
APOLOGIES_NAMED = guarded(
    r"^(?:(?:pls|please)\s+note\s+)?(?:apologies|apols)\s+(?:so\s+far\s+|received\s+|noted\s+)?for\s+[^,;.:]{1,40}?:\s*"
    r"(?P<who>[^.;!?()]+?)\s*(?:\([^)]*\))?\s*(?:[.!]?$|[.!]\s+\S.*$)",  # "… Annette Callear. None of them …"
    re.I | re.S,
)


# Not after "are", "been", "sent" …: "the papers are both out for the July board" are things sent out, not people.
_NOT_SENT = "".join(
    rf"(?<!\b{w}\s)" for w in ("is", "are", "was", "were", "been", "gone", "going", "went", "sent", "both")
)

# Words that send apologies for a meeting: "apols", "can't make", "a clash with the July board", "Helen will cover
# for me at the workshop".
# "probation won't have anyone at the july board", "the hospital can't send anyone to monday's panel": nobody sent
NOBODY_SENT = (
    r"\b(?:(?:won['’]?t|wont|will\s+not|can['’]?t|cant|cannot)\s+(?:have|send)|(?:not|n['’]t)\s+sending)\s+"
    r"(?:anyone|anybody|someone|a\s+rep\w*)\s+"
    r"(?:at|for|to)\s+"
)
APOLOGY_SAID = guarded(
    rf"{TAKES_THEIR_PLACE}|"
    # "Viv's at MAPPA and I'm in court, so neither of us will get to the panel"
    r"\b(?:neither|none)\s+of\s+us\s+(?:can|could|will|is\s+able\s+to|are\s+able\s+to)\s+(?:make|attend|come|do|be\s+(?:at|there)|"
    r"get\s+(?:to|there))\b(?=[^.!?]{0,40}\b(?:board|panel|workshop|meeting|mtg|mon|tue|wed|thu|fri|\d{1,2}(?:st|nd|rd|th)?\b(?!\s+draft)))|"
    r"\bapolog(?:y|ies|ise|ize)\b|\bapols?\b|\bneither\b[^.!?]{1,40}?\bnor\b[^.!?]{1,20}?\b(?:can\s+(?:make|attend|come|do)|"
    r"will\s+be\s+(?:at|there|attending|able)|(?:is|are)\s+(?:able|coming|going|attending))\b|"
    # "Regrets from me for the workshop", "sending my regrets for Monday": apologies, formally
    r"^\W*(?:my\s+|our\s+)?regrets\s+(?:from|for)\b|\b(?:send(?:ing|s)?|offer(?:ing|s)?|with)\s+(?:my\s+|our\s+)?regrets\b|"
    # "Helen Ellis will cover for me at the workshop": someone goes in the writer's place
    r"\b(?:cover|stand\s+in|deputise|deputize|go|attend|come)\s+(?:for\s+me|in\s+my\s+place|on\s+my\s+behalf)\b"
    r"(?=[^.!?]{0,30}\b(?:board|panel|workshop|meeting|mtg)\b)|"
    # "Zala will be going to the panel on monday instead of me": the meeting named between
    r"\b(?=[^.!?]{0,60}\b(?:board|panel|workshop|meeting|mtg|mon|monday|tues?|tuesday|wed|wednesday|thu|thursday|fri|"
    r"friday)\b)(?:go(?:ing)?|attend(?:ing)?|com(?:e|ing)|be\s+there|sit(?:ting)?\s+in)\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:instead\s+of\s+me|in\s+my\s+place)\b|"
    # "I'm away on Monday. Sally to attend in my place": the day named before the one standing in
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri)(?:day)?\b[^?]{0,60}?\b(?:cover|stand\s+in|deputise|deputize|go|attend|"
    r"come)\s+(?:for\s+me|in\s+my\s+place|on\s+my\s+behalf)\b|"
    r"\bcan(?:'t|not| not) (?:make|attend|come|be there|join|be at|do|chair|"
    r"go(?!\s+(?:ahead|forward|further|on|back|out|live|any|to\s+print)))\b|\bcount me out\b|"
    # "I'm double booked for the september board"
    r"\bdouble[- ]?booked\s+(?:for|on|with)\s+(?=(?:the\s+|next\s+|this\s+|\w+['’]s\s+)*(?:[a-z]+\s+)?"
    r"(?:board|meeting|workshop|panel)\b)|"
    r"\bunable to (?:attend|make|come|be|chair)\b|\bwon't (?:be (?:at|there|attending|able)|make)\b|"
    # "I won't get to the September board" (never "won't get to it till June": the work)
    r"\b(?:won't|can't|cannot|can\s+not)\s+(?:get|make\s+it)\s+(?:along\s+)?to\s+(?=(?:the\s+|next\s+|this\s+|\w+['’]s\s+)*"
    r"(?:[a-z]+\s+)?(?:board|meeting|workshop|panel|mtg)\b)|"
    r"\b(?:will|shall) not be (?:at|there|attending|able)\b|\bshan['’]?t be (?:at|there|attending|able)\b|"
    r"\bnot (?:be |going to be )?able to (?:attend|make|come|be\s+(?:at|there)\b)\b|"
    # "Away for the september board; Viv will chair": the writer away, the "I'm" left out
    rf"(?:^|[.!?;]\s+)\W*(?:away|on\s+(?:annual\s+)?leave|on\s+holiday)\s+(?:for|on|at)\s+{_MEETING_AHEAD}|"
    # "the CCG and the hospital will both be missing on the 10th": away from a meeting
    r"\b(?:will|['’]ll)\s+(?:both\s+|all\s+|also\s+)?be\s+(?:missing|absent)\s+(?:from|on|at|for)\b|"
    # "I'll be missing the July board as I'm at …"
    r"\b(?:will|['’]ll|am|['’]m)\s+(?:both\s+|all\s+|also\s+)?(?:be\s+)?missing\s+(?=(?:the\s+|next\s+|this\s+|\w+['’]s\s+)*"
    r"(?:[a-z]+\s+)?(?:board|meeting|workshop|panel|mtg)\b)|"
    r"\b(?:will|going to|have to|'ll|['’]ll) miss (?!(?:the|this|that|its|our|my|their)\s+(?:deadline|date|target|"
    r"due\s+date|cut-?off|window|boat|point)\b)(?:the|this|next|[A-Z]\w+|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\b|"
    r"(?:mon|tues|wednes|thurs|fri)day|(?:june|july|sept(?:ember)?)(?:['’]s)?\s+(?:board|panel|meeting))\b|"
    r"\bnot (?:going to|gonna) (?:make|attend|be (?:at|there)|come|get to)\b|\bno can do\b|"
    r"\b(?:no longer|not) (?:coming|attending)\b|\bno longer (?:be )?able to (?:attend|make|come|be (?:at|there))\b|"
    # "me and annette are both out for the workshop": people, the writer among them
    r"\b(?:(?:me|I)\s+(?:and|&|\+|n)\s+[a-z]+(?:\s+[a-z]+)?|[a-z]+(?:\s+[a-z]+)?\s+(?:and|&|\+|n)\s+(?:me|I))\s+"
    r"(?:are|r)\s+both\s+(?:out|off|away)\s+for\b|"
    # "me n zala both out for mon's panel" (never "the papers are both out for the board": things sent out)
    rf"\b(?=both\s|out\s){_NOT_SENT}(?:both\s+)?out\s+for\s+(?:the\s+|this\s+|next\s+|\w+['’]?s\s+)?(?:board|panel|workshop)\b|"
    # "viv + kate mc both out for sept board": people out for a month's board (not "papers out for the July board")
    rf"\b(?=both\s|me\s|I|we){_NOT_SENT}(?:both|me|I['’]?m|I\s+am|we['’]re|we\s+are)\s+out\s+for\s+(?:the\s+|this\s+|next\s+)?[a-z]{{3,9}}\s+"
    r"(?:board|panel|workshop)\b|"
    # "merlin + tony both out on 11 sept", "me n Zala both out monday": two people away on a day
    # "annette and marie both off to a heads conference on the 19th": what takes them, then the day
    rf"\b(?=both\s){_NOT_SENT}both\s+(?:out|off|away)\s+(?:(?:to|at)\s+[^.!?,]{{1,40}}?\s+)?(?:(?:on|for)\s+)?(?:the\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\b|"
    r"(?:mon|tue|wed|thu|fri)\w*)|"
    # "probation won't have anyone at the july board", "… won't be represented at the panel"
    # "the hospital can't send anyone to monday's panel"
    rf"{NOBODY_SENT}(?=(?:the\s+|next\s+|this\s+|\w+['’]s\s+)*(?:[a-z]+\s+)?(?:board|meeting|workshop|panel)\b)|"
    r"\b(?:won['’]?t|will\s+not|can['’]?t|cannot|(?:won['’]?t\s+be\s+|(?:is|are)\s+)?(?:un|not\s+)able\s+to)\s+be\s+represented\b|"
    rf"\bI(?:\s+(?:can|will)|['’]ll){_IN_PLACE_OF}|"  # "I'll go to the panel instead of Zala": Zala's apologies
    # "both me and zala off for the audit panel"
    r"\b(?:both|me|I['’]?m|I\s+am|we['’]re|we\s+are|and\s+[A-Za-z]+)\s+off\s+for\s+(?:the\s+|this\s+|next\s+|"
    r"\w+['’]?s\s+)?(?:audit\s+)?(?:board|panel|workshop)\b|"
    # "Mayada is away for the workshop", "Jo is on leave for Monday's panel": away for a meeting, not for a while
    rf"{AWAY_FOR}|"
    # "I've got a clash with the July board", "there's a clash with the workshop"
    r"\b(?:(?:I['’]ve|I have|I)\s+(?:got\s+)?|there['’]s\s+|I['’]m\s+double[- ]booked\s+)?a\s+clash\s+with\s+"
    r"(?=(?:the\s+|next\s+|this\s+)*(?:[A-Z][a-z]+(?:['’]s)?\s+)?(?:board|meeting|workshop|panel|dscb)\b)|"
    # "I have a clash with the chairs' network on the 10th July", "clash with Ofsted feedback for the July board"
    r"\b(?:a\s+)?clash\s+with\s+[^.!?]{1,60}?\s+(?:on|for)\s+(?=(?:the\s+|next\s+|this\s+|\w+['’]s\s+)*"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\b|(?:mon|tue|wed|thu|fri)\w*\b|(?:[a-z]+\s+)?(?:board|meeting|workshop|panel)\b))|"
    # "I have a MAPPA meeting that clashes with the July board": the writer's own engagement clashes
    r"\b(?:I|my)\b[^.!?]{0,80}?\b(?:clash(?:es)?|conflicts?)\s+with\s+"
    r"(?=(?:the\s+|next\s+|this\s+)*(?:[A-Z][a-z]+(?:['’]s)?\s+)?(?:board|meeting|workshop|panel|dscb)\b)|"
    # "sorry for july - Dr Ahmed will attend", "so sorry about the workshop": sorry for a meeting, not for a delay
    r"(?:^|[.!?]\s+)(?:so\s+|very\s+|really\s+)?sorry\s+(?:but\s+)?(?:for|about)\s+(?:the\s+|next\s+|this\s+)*"
    r"(?:board|meeting|workshop|audit\s+panel|panel|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|"
    r"dec(?:ember)?|\d{1,2}(?:st|nd|rd|th)?)\b(?!['’])",
    re.I,
)

# "I've sent my apologies to the Wolverhampton board", "apols for the adults board on Thursday": another board's
# meeting, nothing for this board
OTHER_BOARD = guarded(
    r"(?:apolog\w*|apols)\s+(?:to|for|at)\s+(?:the\s+|their\s+)?(?:(?!(?:dudley|dscb|jan|feb|mar|apr|may|jun|jul|aug|sep|"
    r"oct|nov|dec|mon|tue|wed|thu|fri|next|this|board|panel|workshop|audit|development)\w*\b)(?-i:[A-Z])[\w&'’-]+"
    r"(?:\s+(?-i:[A-Z])[\w&'’-]+){0,2}|adults?['’]?(?:\s+safeguarding)?)\s+(?:board|LSCB|SCB|SAB|partnership)\b",
    re.I,
)
# "did the march minutes record my apologies?", "have my apols for Monday been received?": whether they were noted
APOLOGY_CHECKED = guarded(
    r"^\W*(?:did|have|has|were|was)\b[^.?!]{0,60}?\b(?:apolog\w*|apols)\b[^.?!]{0,40}?\?|"
    r"^\W*(?:did|have|has|were|was)\b[^.?!]{0,60}?\b(?:record(?:ed)?|note[d]?|receive[d]?|minute[d]?|log(?:ged)?|"
    r"include[d]?|register(?:ed)?|get|got)\b[^.?!]{0,30}?\b(?:apolog\w*|apols)\b[^.?!]{0,40}?\?|"
    # "also did my apologies for March ever get recorded - just curious": whether they reached the record, no "?"
    r"^\W*(?:(?:also|and|oh|btw|just\s+checking|quick\s+q(?:uestion)?)\W+)*(?:did|have|has|were|was)\s+(?:my|our|his|"
    r"her|their|[A-Z][\w'’-]*['’]s)\s+(?:apologies|apols|apology)\b[^.!?]{0,60}?\b(?:get|go|gone|got|come|came|"
    r"received|recorded|logged|noted|minuted|through|arrived?)\b(?![^.!?]*\b(?:if\s+not|otherwise)\b)",
    re.I,
)

_SENTENCE_END = guarded(r"(?<=[.?!])\s+")


def apologies_checked(text: str) -> bool | None:
    """Whether the message asks if apologies reached the record: True when it opens so ("did the march minutes record
    my apologies? I was off sick"), False when only a later sentence does ("could you add an action for Nicola …?
    Also did my apologies for March ever get recorded": the rest is what is asked), None when it does not."""
    if APOLOGY_CHECKED.match(text):
        return True
    later = _SENTENCE_END.split(text)[1:]
    return False if any(APOLOGY_CHECKED.match(sentence) for sentence in later) else None


# "@Martine ", "Sorry Martine, ": the one an apology is written to, not whose it is
ADDRESSEE = guarded(
    r"^@\w+(?:\s+\w+)?[,:]?\s+|^(?:hi|dear|(?:so\s+)?sorry|morning|hello)\s+\w+(?:[,:]|\s+[–—-]+\s)\s*", re.I
)  # "Sorry Martine - can't do the July board"
NAME_THEN_APOLOGIES = guarded(
    r"^(?P<who>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2})\s+(?:apologies|apols)\b", re.I
)  # "Sue Haywod apologies for the panel"
# "Please send my apologies", "apologies from me please", "I'm going to have to send apologies": apologies sent,
# in so many words, though no meeting is named (the writer is then asked which).
APOLOGIES_SENT = guarded(
    r"\b(?:send|sending|take|record|note|accept|log|put\s+in|pass\s+on)\s+(?:my|our)\s+(?:apolog\w*|apols)\b|"
    r"\b(?:send|sending)\s+(?:apolog\w*|apols)\b|\b(?:apolog\w*|apols)\s+from\s+(?:me|us|myself)\b|"
    r"^(?:apolog\w*|apols)\s+(?:please|pls|from\s+me)\b|[.!]\s*(?:apolog\w*|apols)\W*$|"  # "… this time. apols"
    # "cant make it sorry, clashes w the ofsted feedback", "sorry I can't attend": the writer away from the meeting
    # in hand, which is asked (never "can't make it any clearer", "can't make it to the shops")
    # "sorry wont make it, on a course", "I'm sorry, I won't be able to make it.", "not going to be able to make it"
    r"(?:^|[.!,;]\s*)(?:(?:I['’]m\s+)?(?:sorry|soz|apols|unfortunately|afraid)[,!.]?\s+)?(?:I\s+|I['’]m\s+afraid\s+I\s+)?"
    r"(?:can(?:['’]t|not|t)|(?:won['’]?t|wont|will\s+not)(?:\s+be\s+able\s+to)?|(?:I['’]m\s+|I\s+am\s+)?(?:not\s+going\s+to\s+be\s+"
    r"able\s+to|unable\s+to))\s+(?:make\s+it|attend|make\s+this\s+one|be\s+there)\b(?:\s+(?:this\s+time|sorry|now|after\s+all))*"
    r"(?=\s*(?:[.!,;–—-]|$|sorry\b|(?:as|because|due|I['’]ve|I\s+have|got|clash)\b))",
    re.I,
)
# "Chris Ballinger will attend on his behalf": a stand-in, not someone coming after all.
IN_THEIR_PLACE = guarded(r"\b(?:on\s+(?:his|her|their|my)\s+behalf|in\s+(?:his|her|their|my)\s+place)\b", re.I)
# A day, a month or a meeting after "apols for": not a person.
DAY_OR_MEETING = guarded(
    r"(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|next|this|board|panel|workshop)",
    re.I,
)
# "send apols for Jayne Sargant pls", "apologies on behalf of Bob Smith": sent for someone named as a person.
SENT_FOR = guarded(
    r"\b(?:apolog\w*|apols)\s+(?:for|from|on\s+behalf\s+of)\s+"
    r"(?P<who>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)\b",
    re.I,
)
# "Apologies to note for Monday please: Viv, Kate and Annette", "Both Tony and Chris send apologies": words around
# the names that name nobody
NAMING_NOBODY = guarded(
    r"^(?P<apologies>apolog\w*|apols)\s+to\s+(?:note|record|log|add)\b(?P<rest>[^:]{0,40}?)(?:\s+(?:please|pls))?(?=\s*:)|"
    r"^both\s+(?=[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?\s+(?:and|&|\+)\s+(?!(?:me|I)\b))",
    re.I,
)
# "Roger — apologies for Monday's panel": the chair or manager the message is written to, by someone else
TO_THEM = guarded(
    r"^(?:(?P<sorry>(?:so\s+)?sorry\s+)(?=\w+\s)|apols\s+|apologies\s+)?(?P<to>(?-i:[A-Z])\w+(?:\s+(?-i:[A-Z])\w+)?|"
    # "sorry Martine can't make it" is written to her; "Roger can't make the board" is Roger's own absence
    r"(?<=sorry\s)\w+)\s*(?:[–—,-]+\s+|(?(sorry)(?<=\w)\s+(?=can['’]?t|cannot|won['’]?t|unable)|(?!)))"
    r"(?=apol|sorry|can['’]?t|cannot|won['’]?t|unable)",
    re.I,
)

# "Viv can't make the July board", "Jo sends her apologies", "Mayada is away for the workshop": whose apologies, the
# subject before the words of absence (read by the apology rules).
APOLOGY_SUBJECT = guarded(
    r"^(?:(?:sorry|fyi|heads\s+up|just\s+so\s+you\s+know)\s*[,:;–—-]?\s+)?"  # "fyi the college cant send anyone …"
    r"(?P<who>.+?)(?:['’]s\s+(?:office|pa|secretary|assistant|team)\s+(?:has|have)\s+(?:been in touch|"
    r"called|rung|phoned|emailed|let (?:me|us) know)\b[^.!?]{0,10}?\b(?:he|she|they)\s+(?:won't|will not|can't|cannot|"
    r"is unable|isn't able)|\s+(?:[–—-]\s+apolog|"
    r"(?:sends?|sending)\s+(?:(?:her|his|their)\s+)?(?:apologies|apols|apologys)|"
    r"(?:has |have )?(?:(?:both|also|already|all)\s+)?sent\s+(?:(?:her|his|their)\s+)?apologies|"
    # "Pam asked me to let you know she won't make the July board"
    r"(?:has |have )?asked (?:me|us) to (?:let you know|tell you|say)(?: that)? (?:he|she|they) "
    r"(?=won't|will not|can't|cannot|is unable|isn't able)|"
    # "Su Vincent has asked me to send her apologies", "DI Fisher's office has been in touch - he won't be at"
    r"(?:has |have )?(?:(?:both|all|also) )?asked (?:me|us) to (?:send|pass on|give|offer|forward|register) "
    r"(?:(?:her|his|their) apolog|(?:on )?(?:apolog|apols?\b))|"  # "Rich and Sally both asked me to send apols"
    # "so he'll miss", "Nicola will have to miss Monday's panel" (never "miss the deadline": late, not away)
    r"can(?:'t|’t|not| not|t)\s|(?:(?:he|she|they)(?:['’]ll|\s+will)\s+|will\s+|(?:has|have)\s+to\s+)"
    r"(?:have\s+to\s+)?miss\s(?!(?:the|this|that|its|our|my|their)\s+(?:deadline|date|target|due\s+date)\b)|"
    r"won(?:'t|’t|t)\s|will not\s|is unable\s|are unable\s|unable\s|is not able\s|isn't able\s|"
    r"(?:will|['’]ll)\s+(?:both\s+|all\s+|also\s+)?be\s+(?:missing|absent)\s+(?=from|on|at|for)|"
    # "Annette is not going to make Monday's panel", "Annette's not going to make it"
    r"(?:(?:is|are)\s+|(?<=['’]s\s))not\s+(?:going\s+to|gonna)\s+(?:make|attend|be\s+(?:at|there)|get\s+to)\b|"
    rf"(?:isn['’]?t|aren['’]?t)\s+(?:going\s+to|gonna)\s+(?:make|attend|be\s+(?:at|there)|get\s+to)\b)|(?={AWAY_FOR})|"
    r"(?=\s+(?:are\s+)?both\s+(?:out|off|away)\s+(?:to|at|on|for)\b)|"  # "annette and marie both off to a course …"
    # "Roger has got a clash with the LGA on the 19th so apols for the workshop": theirs, said after why
    r"(?<=\sso)(?=\s+(?:apologies|apols)\s+(?:for|to)\b))",
    re.I,
)

# "the data won't be there in time", "the report can't be there by Monday": a thing's absence, not a person's
THING_AWAY = guarded(
    r"(?:^|\b(?:the|this|that|our|my|their|his|her)\s+)(?:[\w'’-]+\s+)?(?:data|figures|report|paper|papers|draft|return|"
    r"slides|information|info|numbers|stats|document|doc|policy|plan|leaflet|it|this|that)(?:\s+(?:is|are))?\s*$",
    re.I,
)


# "I see Pam's put apologies in for July, shame as her item is on the agenda": apologies seen, already sent
APOLOGY_SEEN = guarded(
    r"(?:\bI\s+(?:see|saw|notice|noticed|can\s+see)|\b(?:noticed|spotted))\s+(?:that\s+)?(?!I\b|I['’])"
    r"[\w'’ ]{1,30}?(?:['’]s|\s+has|\s+have)\s+(?:already\s+)?(?:put|sent|given|submitted)\b",
    re.I,
)
