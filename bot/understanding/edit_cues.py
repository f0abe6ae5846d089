"""The cues the edit rules read beside an action's reference: whose news an update passes on ("update on a22 from
Jo: …"), who says an action is done ("Pam says a3 is done", "tick off action 31 - Mayada confirmed …"), a tick asked
for, the date an action is moved to, a drop's reason written before the ask, and "done" opening a note."""

from __future__ import annotations

import datetime as dt
import re

from bot.directory import Directory
from bot.understanding.dates import DateMention, find_due
from bot.understanding.edit_words import REF_WORDING
from bot.understanding.meeting_words import meeting_deadline
from bot.understanding.patterns import guarded
from bot.understanding.record_requests import RECORD_ASKED
from bot.understanding.withdrawn_words import WITHDRAW

__all__ = [
    "ACTION_UPDATE",
    "ADD_NOTE_TO",
    "AGREED_AFTER",
    "ASKED_BY",
    "ASKED_IF_EDITED",
    "ASKED_TO_RECORD",
    "CLOSE_PROPOSED",
    "CONFIRMED_AFTER",
    "DONE_FIRST",
    "KIND_THEN_NAME",
    "MOVED_TO",
    "NEWS_FROM",
    "NEW_NOT_EDIT",
    "NOT_WORK_SENT",
    "NOT_YET_DONE",
    "ON_ITS_WAY",
    "REASON_BEFORE",
    "REPORTED_DONE",
    "SAID_DONE",
    "STILL_ASKED",
    "STILL_NEEDS",
    "THING_CLOSED",
    "TICK_ASKED",
    "UPDATE_FOR",
    "asks_otherwise",
    "date_alone",
]

# The member an edit is made for: "Mayada asked me to move A-44 to 3 July", "change A-38 to 26 June on Zalas behalf",
# "Please reassign A-44 from Chris to Tony. Chris has asked me to do this."
ASKED_BY = guarded(
    # "Mayada asked me to move A-44", "Zala has asked for A-37 to be dropped", "Merlin's asked that it is withdrawn"
    r"(?:^|[.!?]\s+|,\s+)(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+"
    r"(?i:(?:has\s+|had\s+)?asked\s+me\s+to|(?:has\s+|had\s+|['’]s\s+)?asked\s+(?:for|that))\b|"
    r"\b(?i:on)\s+(?P<who2>[A-Za-z][\w'’-]*?(?:\s+[A-Z][\w'’-]*?)?)(?:['’]s|s['’]?)\s+(?i:behalf)\b|"
    r"\b(?i:on\s+behalf\s+of)\s+(?P<who3>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)|"
    # "Logging at Sue H's request: …", "for Pam at her request: …", "For Richard, at his request (…): …"
    r"\b(?i:at)\s+(?P<who5>[A-Za-z][\w'’-]*?(?:\s+[A-Z][\w'’-]*?)?)(?:['’]s|s['’])\s+(?i:request)\b|"
    r"\b(?i:for)\s+(?P<who6>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?),?\s+(?i:at\s+(?:her|his|their)\s+request)\b|"
    # "after speaking with Karen Palk … her action A-52 is complete", "I spoke to Annette and she confirmed A-29 is …"
    r"\b(?i:spoke|speaking|spoken|talked|talking)\s+(?i:to|with)\s+(?P<who4>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\b"
    r"(?=[^.!?]{0,80}?\b(?i:she|he|her|his)\b)"
)
# The member who asked for a new action to be recorded: "Roger's asked me to log this one: Jassi to …", "Jassi asked me
# to log one for her - …", "Rich asked me to add an action for police and YOS to …" (a pronoun or "Tony's PA" is nobody)
ASKED_TO_RECORD = guarded(
    r"(?:^|[.!?,;:–—-]\s*|\n)\s*(?P<who>[A-Za-z][\w’'-]*(?-i:\s+[A-Z][\w'’-]*|\s+(?!me\b)[a-z]{1,2}(?=\s))?)"
    r"(?:['’]s|\s+has|\s+had)?\s+asked\s+me\s+"  # "Kate mc has asked me to add one - …"
    r"to\s+(?:log|add|record|put|pop|stick|note|raise|enter|input|set\s+up|create|flag|"
    r"get\s+(?:this|it|one|that)\s+(?:on|onto|in|into|down)\b|"
    # "Mike G asked me to make sure this goes on: YOS to …"
    r"make\s+sure\s+(?:this|it|that)\s+(?:goes|gets)\s+(?:on|onto|in|down)\b)\b",
    re.I,
)
# Whose news an update passes on: "update on a22 from Jo: …", "A-29 update from Viv – …", "Update A-44, on behalf of
# Tabetha: …", "Zala asked me to pass on an update on A-29: …".
NEWS_FROM = guarded(
    r"^\W*(?:(?P<asker>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?i:(?:has\s+)?asked\s+me\s+to\s+(?:pass\s+on|add|share|update|put|post|note|stick|pop)\s+"
    r"(?:(?:an?\s+|this\s+|her\s+|his\s+|their\s+)?(?:update|news|progress|note)|"
    r"(?:(?:this|that|the\s+following)\s+)?(?:(?:to|on|against|for|re|about)\s+)?(?:action\s+)?A-?\d+))"
    r"\b|"
    r"(?:(?i:re)\s+)?(?P<first>(?i:A)-?\d{1,4})\s*(?:\s(?i:update|news))?\s*[-–—:]+\s*(?P<who2>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+"
    r"(?i:says|said|reports|tells\s+me|has\s+confirmed)\b|"  # "#31 update - Sally says the data request has gone"
    # "from karen j on 44 - analysis about half done", "Zala says re a-40 its with the trust board"
    r"(?i:from|for)\s+(?P<who3>[A-Za-z][\w'’-]*(?:\s+[A-Za-z](?:[\w'’-]*)?)?)\s+(?i:on|re|about)\s+(?i:A)-?\d|"
    # "Passing on from Sally - a-14: …"
    r"(?i:passing|passed)\s+(?i:this\s+)?(?i:on)\s+(?i:from)\s+(?P<who5>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?)\s*[-–—:,]|"
    r"(?P<who4>[A-Za-z][\w'’-]*(?:\s+[A-Za-z](?:[\w'’-]*)?)?)\s+(?i:says|said|reports|tells\s+me)\s+(?i:re|on|about|for)\s+(?i:A)-?\d|"
    r".{0,40}?\b(?i:update|news|progress|note)\b[^:;–—]{0,30}?(?i:\bfrom|\bfor|\bon\s+behalf\s+of)\s+"
    r"(?P<who>(?!(?i:a)-?\d)[A-Za-z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|[a-z]\b))?)"
    r"(?=\s*(?:\([^()]{1,60}\)\s*)?(?:[:;,–—-]|on\b|re\b|for\b|about\b|A-?\d))|"  # "… from Jassi (she's in court):"
    # "A-45 from rich: still waiting on the force policy team"
    r"(?i:A)-?\d{1,4}\s+(?i:from)\s+(?P<who6>[A-Za-z][\w'’-]*(?:\s+[A-Za-z]\b)?)\s*[:–—-])",
)
# "Tony rang with an update on A-15", "Nicki passed on an update on A-35", "on behalf of Tony — A-16: …": whose news.
NEWS_RELAYED = guarded(
    r"\b(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?i:rang|called|phoned|emailed|messaged|(?:has\s+)?passed\s+on)"
    r"\s+(?i:me\s+)?(?i:with\s+)?(?i:an?\s+)?(?i:update|news|progress)\b|"
    r"\b(?i:on\s+behalf\s+of)\s+(?P<who2>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s*[-–—:,]+\s*(?i:A)-?\d|"
    # "following my conversation with Pam this morning, she asked me to pass on an update on A-28"
    r"\b(?i:with)\s+(?P<who3>[A-Z][\w'’-]*)\b[^.!?]{0,30}?,\s+(?i:she|he)\s+(?i:(?:has\s+)?asked\s+me\s+to\s+pass\s+on)\b"
)
# "The review it relates to has been stood down, so I wonder if A-5 could be dropped?": the reason given first.
REASON_BEFORE = guarded(
    r"^(?P<reason>[^.!?]{12,}?),?\s+(?:and\s+)?(?:so|therefore|hence)\s+|"
    # "A-29 - Richard says we don't need this now the profile's published, pls remove": the reason, then the ask
    r"^\W*A-?\d{1,4}\s*[:–—-]+\s*(?P<reason2>[^.!?]{12,}?)[,;.]?\s+(?:please|pls|so\s+(?:please\s+|pls\s+)?|can\s+you\s+)\s*$",
    re.I,
)
# "Update on the S11 toolkit action — 11 agencies have logged in": news of an action, whatever it mentions
ACTION_UPDATE = guarded(r"^\W*(?:a\s+)?(?:quick\s+)?update\s+(?:on|for|re|against)\b[^.?!]{0,60}?\bA-\d", re.I)
DONE_FIRST = guarded(
    r"^(?:(?:yes|yep|yeah|yup)\W+)?(?:(?:is|has\s+been|was)\s+)?(?:all\s+|now\s+|finally\s+)?(?:done|completed?|finished|sorted|closed)"
    r"(?:\s+and\s+dusted|\s+now|\s+at\s+last|"
    r"\s+finally)?(?:\s+(?:for|on\s+behalf\s+of)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?(?:\s*\([^()]{1,30}\))?"
    r"\s*(?:[,;.!]|\s[–—-]\s)|"  # "complete (finally!!) - the protocol was signed off": an aside after it
    # "finished and sent to Martine", "complete and circulated to all members": done, and where it went
    r"^(?:all\s+|now\s+)?(?:done|completed?|finished)\s+and\s+(?:sent|circulated|submitted|shared|published|signed\s+off|"
    r"uploaded|emailed|passed)\b",
    re.I,
)
REPORTED_DONE = guarded(
    r"^(?P<who>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?)\s+(?:says|said|has said|tells me|told me|confirmed|"
    r"has confirmed|confirms|let me know|mentioned|"
    r"(?:has\s+|['’]s\s+)?asked\s+me\s+to\s+(?:let\s+you\s+know|tell\s+you|say|pass\s+on|mark|close|tick\s+off|"
    r"sign\s+off)(?:\s+that)?|"
    rf"(?:has\s+|['’]s\s+)?(?:completed|finished|done|delivered|closed(?:\s+off)?)\s+(?=(?:action\s+)?(?i:{REF_WORDING})))\b"
)  # "Pam says a3 is done", "Remley completed action 11", "sally's closed off a12" (the name must be a member)
# "Pls tick off action 31 - Mayada confirmed the CDOP report has gone to Tony": who says it is done, after the ask.
CONFIRMED_AFTER = guarded(
    rf"{REF_WORDING}(?:\s+(?:is\s+)?(?:done|finished|complete|completed|closed))?\s*(?:please|pls)?\s*(?:[,;:]|\s[–—-])\s*"
    r"(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+"
    r"(?:has\s+)?(?:confirmed|says|said|tells\s+me|told\s+me|let\s+me\s+know|"
    r"asked\s+me\s+to\s+(?:let\s+you\s+know|tell\s+you|say|pass\s+(?:it\s+)?on))\b"
)
TICK_ASKED = guarded(
    r"(?<!\bwill\s)(?<!['’]ll\s)(?<!\bto\s)\btick\s+(?:(?:him|her|them|it|that|this)(?:\s+one)?\s+)?off\b|"
    r"\bmark\s+(?:it|that|her|him|them)\b",
    re.I,
)
MOVED_TO = guarded(
    r"\b(?:to|till|until|be|make\s+it)\s+(?:the\s+)?$|"
    r"\b(?:new|revised|amended)\s+(?:due\s+|target\s+)?date\s*(?:[:–—-]|is|now|of)?\s*(?:the\s+)?$",  # "new date 5/6"
    re.I,
)


# "Before I complete A-39 I'd like to check the wording", "Nicola thinks it may already have been closed": the closing
# still to come, or only supposed, never news that it is done.
# "a-24 tony's signed off the draft, just needs the data annex now": more still to come
STILL_NEEDS = guarded(
    r"\b(?:just|only|still)\s+(?:needs?|requires?|waiting\s+(?:on|for)|awaiting)\b|"
    # "signed off by QA&C, launch pending": a step still to come
    r"(?<!\bno\s)(?<!\bnot\s)(?<!\blonger\s)(?<!\bnothing\s)\bpending\b|"
    # "first cut of the data is done, just validating the outcomes field now": a stage done, the rest under way
    r"\b(?:first|initial|rough)\s+(?:cut|draft|version|pass|stage|phase)\b[^.!?]{0,40}?\b(?:done|complete[d]?|finished|"
    r"ready)\b|\b(?:just|still|now)\s+(?:validating|checking|finalising|finalizing|proofing|proof-?reading|testing)\b|"
    # "public health still to comment", "YOS yet to sign": someone's part still to come
    r"\b(?:still|yet)\s+to\s+(?:be\s+)?(?!(?:be|do|say|add|confirm)\b)[a-z]{3,}\b|"
    r"\b(?:just|only)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:left|to\s+go|remaining)\b|"  # "just the commentary left"
    # "data cleansing finished, report being drafted": the next step under way
    r"\b(?:being|now\s+being)\s+(?:drafted|written(?:\s+up)?|typed\s+up|finali[sz]ed|prepared|pulled\s+together|compiled|"
    r"analysed|analyzed|checked|reviewed|signed\s+off)\b|"
    # "DCS has signed off the restructure, goes to cabinet in june": the next step, to come
    r"\b(?:goes|will\s+go|is\s+due\s+to\s+go)\s+to\s+(?:the\s+)?[\w&-]+(?:\s+[\w&-]+)?\s+(?:in|on|next|this)\s+\w|"
    # "a-2 is nearly there, HR have sent the figures": close, not done
    r"\b(?:nearly|almost|not\s+quite|getting)\s+(?:there|done|finished|complete[d]?|ready)\b|"
    # "YOS have sent the data to Helen, she's checking it": someone now at work on it
    r"\b(?:she|he|they|we|I)(?:['’](?:s|re|m)|\s+(?:is|are|am))\s+(?:now\s+)?(?:checking|reviewing|going\s+through|"
    r"looking\s+(?:at|over|through)|reading|analysing|analyzing|working\s+(?:on|through))\s+(?:it|them|this|that)\b|"
    # "60% of settings have done the e-learning now", "about 70% done": a share of it
    r"\b\d{1,2}\s?(?:%|per\s?cent)\s+(?:of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?(?:have|has|are|is)?\s*"
    r"(?:now\s+)?(?:done|completed|finished|trained)\b",
    re.I,
)
# "the consultation closed yesterday, 23 responses": a thing with a closing date closed, never the action itself
THING_CLOSED = guarded(
    r"\b(?:consultation|survey|window|applications?|bids?|tender|registration|nominations?|questionnaire|poll|"
    r"bookings?)\s+(?:has\s+|have\s+)?(?:now\s+|just\s+|finally\s+)?closed\b",
    re.I,
)
NOT_YET_DONE = guarded(
    r"\b(?:won['’]?t|wont|will\s+not)\s+be\s+(?:done|finished|completed)\b|"  # "a-60 wont be done - funding pulled"
    r"\b(?:before|once|when|after|until|so\s+(?:that\s+)?(?:I|we)\s+can)\s+(?:I|we)?\s*(?:can\s+)?(?:complete|close|finish|"
    r"sign\s+off|tick\s+off|mark)\b|\b(?:may|might|could|probably|possibly)\s+(?:already\s+)?(?:have\s+been|be)\s+"
    r"(?:closed|completed|done|finished|ticked\s+off|signed\s+off)\b|\bthinks?\s+(?:it|that|this)\s+(?:may|might)\b|"
    # "Pam thought it was closed at the March board", "I assumed that had been done": a belief, never a closing
    r"\b(?:thought|think|thinks|believed|assumed|reckoned|was\s+told|heard)\s+(?:that\s+)?(?:it|this|that|they|A-?\d+)"
    r"(?:['’]d|\s+was|\s+were|\s+had|\s+has)\s+(?:already\s+)?(?:been\s+)?(?:closed|completed|done|finished|ticked\s+off)\b|"
    # "wish we'd done it years ago", "should have been done in March": done only in a wish or a regret
    r"\b(?:wish|if\s+only)\s+(?:we|I|they|he|she|you)(?:['’]d|\s+had)\s+(?:\w+\s+)?(?:done|finished|completed)\b|"
    r"\b(?:should|could|would|might)(?:['’]ve|\s+have)\s+(?:\w+\s+)?(?:been\s+)?(?:done|finished|completed|closed)\b|"
    # "who holds A-50 and what's been done on it?", "Roger wants to know who's done what": what was done, asked
    r"\b(?:what|who)(?:['’]s|\s+has|\s+have|\s+had)?\s+(?:been\s+|already\s+|actually\s+)*done\b|"
    # "… would be done by the LGA peer review instead": done only in the future
    r"\b(?:would|will|should|shall|to)\s+be\s+done\b|"
    # "with finance and should be signed off next week": signed off only in the future
    r"\b(?:would|will|shall)\s+(?:hopefully\s+|then\s+)?be\s+(?:signed\s+off|completed|finished|approved|agreed)\b|"
    r"\bshould\s+(?:hopefully\s+)?be\s+(?:signed\s+off|completed|finished|approved|agreed)\s+(?:by|next|this|on|in|at|"
    r"before|after|once|when|tomorrow|soon|shortly)\b|"
    # "I'll close A-8 once the policy is signed off": closed only when something else has happened
    r"\b(?:I['’]ll|I\s+will|we['’]ll|we\s+will|will|can)\s+(?:then\s+)?(?:close|tick\s+off|sign\s+off|mark|complete)\b"
    r"[^.!?]{0,40}?\b(?:once|when|after|as\s+soon\s+as|if)\b|"
    # "now in draft and will be circulated next week": done only in the future
    r"\bin\s+draft\b[^.?!]{0,40}?\b(?:will|to)\s+be\s+(?:circulated|sent|shared|published|signed\s+off)\b|"
    # "I've had an email saying I'm overdue on A-55 but I thought we'd sorted it?": done only as the writer supposed
    r"\bI\s+thought\s+(?:that\s+)?(?:we|it|this|that|they|[A-Z][a-z]+)(?:['’]d|\s+had|\s+was|\s+were|['’]s)\s+"
    r"(?:already\s+|all\s+)?(?:been\s+)?(?:sorted|done|closed|finished|completed?|ticked\s+off|signed\s+off)\b[^.!]*\?|"
    # "I was wondering whether A-61 had been signed off …": whether it is done, asked
    r"\b(?:whether|if)\b[^.?!]{0,60}?\b(?:has|had|have|was|were|is|are)\s+(?:now\s+|already\s+|actually\s+|ever\s+)*"
    r"(?:been\s+)?(?:signed\s+off|closed|done|completed?|finished|ticked\s+off)\b|"
    # "survey closed with 214 responses, analysis under way": a step closed, the work itself still going
    r"\b(?:analysis|work|writing|drafting|review|report|write[\s-]?up|evaluation)\s+(?:now\s+|is\s+|still\s+)*"
    r"(?:under\s*way|ongoing|in\s+progress|started)\b|\b(?:writing|typing|drafting)\s+(?:it\s+|them\s+)?up\s+now\b|"
    # "the fieldwork has finished and the findings are being written up. I expect to have a draft in June"
    r"\b(?:is|are)\s+(?:now\s+|still\s+)?being\s+(?:written\s+up|drafted|finali[sz]ed|analysed|analyzed|collated|"
    r"reviewed|worked\s+on|completed)\b|\bI\s+(?:expect|hope|aim|plan)\s+to\s+have\b",
    re.I,
)

# "new action for the trust, not a change to A-12: …": a new action that names an old one only to say it is new.
NEW_NOT_EDIT = guarded(
    r"^\W*(?:a\s+)?(?:new|another|separate|fresh|extra)\s+action\b[^.!?]{0,60}?\bnot\b|"
    # "Old action was Chris's (A-11, closed in March) but the work carries on - new action for Jo Forbes: refresh …"
    r"\bnew\s+action\s+(?:for|on)\s+[A-Za-z][\w'’ ]{0,30}?:\s*\S",
    re.I,
)

# "Passing on Richard's update for A-14: … due back 29 May": an update given, whose dates are news.
UPDATE_FOR = guarded(r"\b(?:update|news|progress)\s+(?:for|on|re|to)\s+(?:action\s+)?A-?\d{1,4}\s*:", re.I)
# "Kate asked me to add a note to A-40: … delayed …, should be with SCR Sub by mid-June": a note, whatever it says.
ADD_NOTE_TO = guarded(
    # "Sally asked me to add this to a-6: the MASH audit has been rescheduled …": news for it, whatever it dates
    r"\b(?:add|put)\s+(?:(?:an?\s+)?(?:note|update|comment)|this|the\s+following)\s+(?:to|on|against)\s+(?:action\s+)?"
    r"A-?\d{1,4}\b",
    re.I,
)

# "… that post no longer exists. Merlin has agreed.", "… Zala and Karen were in agreement": who agreed, not why.
AGREED_AFTER = guarded(
    r"(?<=[.!?])\s+(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:\s+(?:and|&)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?)\s+"
    r"(?:has\s+|have\s+|had\s+)?(?:agreed|signed\s+(?:it|this)\s+off|(?:is|are|was|were)\s+(?:aware|in\s+agreement|"
    r"happy\s+with\s+(?:this|that|it)))\s*[.!]?\s*$"
)


# "Just to update on action 10 - … sent it to me for comment": only these words say an action is closed.
SAID_DONE = guarded(r"\b(?:done|complete[d]?|closed?|finished|signed\s+off|ticked\s+off|sorted)\b|✅|✔", re.I)
# "… just needs checking before it goes to Viv": where the work goes next, not a new owner.
ON_ITS_WAY = guarded(r"\b(?:before|once|when|after|until|till|and\s+then|then)\s+(?:it|this|that|they)\s*$", re.I)
# "a-9 is really a CRC one - kate mc": the member named after the kind of work.
KIND_THEN_NAME = guarded(r"(?:\s+(?:really|tbh))?\s*(?:[–—-]+|,)\s*(?P<who>[^.,;!?]{2,30}?)\s*[.!?]*$")
_WHERE_IT_STANDS = r"(?:mine|yours|ours|his|hers|theirs|with\b|on\b|open|live|outstanding|there|active|showing)"
# "has A-30 been moved to July?", "was A-30 reassigned to Jo?", "did a-12 get closed?": whether it was, asked.
ASKED_IF_EDITED = guarded(
    r"^\W*(?:(?:has|have|was|were|did|is)\s+|"
    # "viv's asking if a-43 got closed", "Jo wants to know whether A-9 has been moved": a question passed on (never
    # "… if A-9 was done - it was, please close it": closed as well)
    r"(?:[A-Za-z][\w'’]*(?:\s+[A-Za-z][\w'’]*)?\s+)?(?:(?:is|was|has\s+been|['’]s)\s+)?(?:asking|asked|wants\s+to\s+know|"
    r"wanted\s+to\s+know|wondering|wondered|checking)\s+(?:me\s+|us\s+)?(?:if|whether)\s+"
    r"(?![^.?!]*?[.!;,–—-]\s*(?:(?:yes|yep|it\s+(?:has|is|was)|please|pls|so)\W*\s*)*(?:close|tick|mark|sign)\b))"
    r"(?:action\s+)?A-\d{1,4}\s+(?:(?:has|have|was|is)\s+)?(?:already\s+|now\s+|ever\s+)?(?:been\s+|got\s+|get\s+)?"
    r"(?:moved|pushed|changed|reassigned|passed|given|transferred|closed|dropped|extended|put|updated|done|completed|"
    r"signed\s+off|ticked\s+off|withdrawn|deleted|removed|go(?:ne)?\s+(?:over\s+)?to)\b|"
    # "is A-19 still mine or did it go to mike": where it stands, asked
    rf"^\W*(?:is|was)\s+(?:action\s+)?A-\d{{1,4}}\s+still\s+{_WHERE_IT_STANDS}",
    re.I,
)
# "I was wondering whether A-59 is still on the list? I asked for it to be taken off …": where it stands, asked
STILL_ASKED = guarded(rf"\b(?:whether|if)\s+(?:action\s+)?A-\d{{1,4}}\s+(?:is|was)\s+still\s+{_WHERE_IT_STANDS}", re.I)
# "so I think A-57 can be ticked off?": the writer proposes closing it, asked only for politeness.
CLOSE_PROPOSED = guarded(
    r"\b(?:I\s+think|I\s+believe|I\s+reckon|so)\b[^?]{0,60}?\bcan\s+(?:now\s+)?be\s+(?:marked|ticked|closed|signed)\b"
    r"(?![^?]*\b(?:yet|or\s+(?:is|not|are|do|does|should)|still)\b)|"
    # "Can I tick off A-6? The consultation closed last night": asked to close it, done
    r"^\W*(?:can|could|may)\s+(?:I|we)\s+(?:now\s+)?(?:tick\s+off|mark\s+off|close(?:\s+off)?|sign\s+off)\s+(?:action\s+)?A-?\d(?![^?]*\bor\b)",
    re.I,
)
# "I've sent it to Jo", "circulated to all members ✅", "the papers have gone out": the writer's action done.
# After "I've sent", "I've returned": never "… from leave", "… my apologies to …" (back at work, away from a meeting)
NOT_WORK_SENT = (  # nor "… in the shared drive": "shared" naming a place
    r"(?!\s+(?:from|back|to\s+work|home|drive|folder|area|space|site|calendar|mailbox|inbox|"
    r"(?:(?:my|our|her|his|their)\s+)?(?:apolog\w*|apols))\b)"
)
COMPLETED_STATEMENT = guarded(
    r"^(?:finished|done|completed|sent|circulated|submitted|returned|"
    r"forwarded(?!\s*:|\s+(?:from|message|msg|email|e-mail)\b))\b|"  # never "Forwarded from Pam: …", a header
    r"^(?:i've|i have|we've|we have|that's|that is|this is|it's|all)\b.*\b(?:(?<!well )(?<!nicely )done|circulated|"
    r"submitted|sent|forwarded|shared|returned|completed|finished|gone|cascaded|drafted|written|emailed|distributed|posted|"
    r"provided|raised|uploaded|published|delivered|presented|closed)\b"
    rf"{NOT_WORK_SENT}|"
    r"\b(?:circulated|submitted|forwarded|shared|returned|completed|finished|cascaded|distributed|uploaded|"
    r"published|delivered|signed and returned)\b(?:\s+(?:to|with)\s+[\w\s&'’-]+)?"
    r"(?:[\s,.!]*(?:please\s+tick\s+it\s+off|"
    r"✅|👍|✔️?|done)?)*[\s.!]*$|\bhas gone (?:to|out)\b|\bhave gone (?:to|out)\b|\bplease tick it off\b|"
    r"\bthat's (?:one|another one|that one|this one|that|it|mine|my (?:one|bit|part|action)) (?:done|sorted|complete|"
    r"finished)\b",
    re.I,
)


def asks_otherwise(text: str) -> bool:
    """Whether a message naming no action asks for something else than an edit: "Sally's course finished so she'll
    be at the panel - take her apols off", "can we log an action for …? Happy to close the old one"."""
    return WITHDRAW.search(text) is not None or RECORD_ASKED.search(text) is not None


# "no.13 - end of sept pls", "a-11 - by the 1st instead": a date alone after the action
_DATE_ONLY = guarded(
    r"^\W*A-?\d{1,4}(?:\s*[:,–—-]+\s*|\s+(?=by\s))(?:new\s+(?:due\s+)?date\s*[:–—-]?\s*|now\s+|due\s+)?(?P<rest>.+?)"
    r"(?:\s*(?:pls|please|thanks|instead|now))*[\s.!?]*$",  # "a-29 - by the workshop now pls"
    re.I,
)
# "would the 26th be ok for a-31?", "First week of June - would that be acceptable for A-9?", "the september board
# for A-63 instead? july is too tight": a date alone before the action, asked for
_DATE_FIRST = guarded(
    r"^\W*(?:(?:would|could|can|will|shall)\s+)?(?:(?:we\s+)?(?:say|make\s+it)\s+)?(?P<rest>[^?.!]+?)\s*(?:[-–—,]\s*)?"
    r"(?:(?:would|could|will)\s+(?:that|this|it)\s+)?(?:(?:be\s+)?(?:ok|okay|alright|all\s+right|acceptable|fine|possible|"
    rf"better)|work|instead|do)?\s+(?:for|on)\s+(?:action\s+|#)?{REF_WORDING}\s*"
    r"(?:(?:instead|please|pls|then)?\s*\?|instead\s*[.!]?\s*$)",  # "could we say the workshop for A-18 instead"
    re.I,
)


def date_alone(text: str, due: DateMention | None, now: dt.datetime, directory: Directory) -> DateMention | None:
    """The new date when the message is only that for its one action, after the reference or asked before it
    (``due``: the message's due date, if any, else the words before the reference read as one)."""
    only = _DATE_ONLY.match(text) or _DATE_FIRST.match(text)
    if only is not None and due is None:  # "would the 26th be ok …", "the workshop instead for A-17?": as a deadline
        said = f"by {only['rest']}"
        due = find_due(said, now, directory.board_dates) or meeting_deadline(said, now, directory)
    if only is None or due is None:
        return None
    wording = re.sub(r"^by\s+", "", due.wording, flags=re.I)
    left = re.sub(rf"^(?:by\s+|the\s+)*{re.escape(wording)}", "", only["rest"], flags=re.I)
    return None if left.strip(" ,.;:-") else due
