"""Asking the assistant (or the board) to give someone an action, in words the other request rules miss.

"could we have mike g look at ...", "can we get Sally to ...", "Can we action Public Health to ...",
"can u add me an action to ...", "following on, could Jayne pick up ...". Each pattern yields the words that
may name the owners and the task after them; the action rules resolve the owners.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.understanding.interpretation import Owner
from bot.understanding.patterns import guarded

__all__ = [
    "ACTION_AS_VERB",
    "ACTION_FOR_ABOUT",
    "ACTION_IS_FOR",
    "ACTION_IS_THEIRS",
    "ADDRESSED",
    "AGREED_TO",
    "ASIDE_FIRST",
    "BEING",
    "CAN_OWNER",
    "COME_AND",
    "DATE_ASKED",
    "GRATEFUL_IF",
    "HAVE_SOMEONE",
    "INVITED_THEN_OWNER",
    "KNOW_WHAT",
    "LIST_ASKED",
    "LIST_SIGNED",
    "ME_AN_ACTION",
    "ME_FOR_THAT",
    "MODAL",
    "NEED_SOMEONE",
    "NOT_AN_OWNER",
    "NOT_A_TASK",
    "NOT_WORK",
    "OFFERED_THEN_ASKED",
    "OWNER_OCCASION",
    "POSTED_FOR",
    "PUT_ME_DOWN",
    "RECORD_TAIL",
    "REMIND_ME",
    "REQUEST_START",
    "REST_LEAD",
    "SAME_WORK",
    "SOCIAL",
    "SPOKEN_TO",
    "SUPPORTING",
    "TAKE_ACTION",
    "TELL_ME",
    "WANTING",
    "WONDERING",
    "WORK_VERB",
    "added_as",
    "clause_starts",
    "signed_by_writer",
]

# "I've agreed to attend a sample of …" (not "I have agreed to the minutes", "I've offered to attend instead")
AGREED_TO = (
    r"i(?:'ve|\s+have)\s+(?:agreed|offered|volunteered)\s+to(?=\s+(?!(?:the|a|an|this|that|it|them|come|go|be\s+there|"
    r"stand\s+in|cover|sit\s+in|deputi[sz]e|attend\s+(?:instead|for|in|on))\b))"
)
# The start of a request to the reader: "pls log ...", "can you add ...", "could u note ...".
REQUEST_START = (
    r"(?:please|pls|plz|(?:can|could|would|will)\s+(?:you|u|someone|somebody)|log|record|note|add|put|stick|pop)\b"
)
# What follows a name that is spoken to, not an owner: "Martine - I shall write ...", "Sally - can you ...".
SPOKEN_TO = guarded(
    rf"^(?:i|i'll|i'm|i've|i'd|we|we'll|we're|you|u|hope|thanks|thank|sorry|just|{REQUEST_START})\b", re.I
)
# "Martine - pls log one for me ...", "Hi Martine, can you ...", "@martine: please add ...": the person spoken to,
# named before the request; never the action's owner.
ADDRESSED = (
    r"(?:(?:hi|hello|hiya|hey|morning|afternoon|dear)\s+)?@?[A-Za-z][\w'’-]*\s*(?:,|:|[–—-])?\s+"
    rf"(?={REQUEST_START})"
)

# "action for me and Pam re the joint training plan": the owners, then the task after "re" (no colon or dash).
ACTION_FOR_ABOUT = guarded(
    r"^\s*action (?:for|on)\s+(?P<who>[^:;,.]+?)\s+(?:re|regarding|about|around|concerning)\s+(?P<task>.+)$", re.I
)
# "action for me from fridays board: ...", "action for Sally after the panel -": where the action came from, after
# its owners.
OWNER_OCCASION = guarded(r"\s+(?:from|after|following|at|out of)\s+.*$", re.I)
# "..., could that go on as an action please?", ". can you log that for us?", ". Could you add it?", "- maybe just put
# it on with no date for now?": a request to record what came before.
RECORD_TAIL = guarded(
    r"(?:^|[,.;!]['’\"”]?\s+|\s[–—-]\s+|\s+(?=(?:so\s+)?(?:pls|please|(?:can|could)\s+(?:u|you))\s+(?:add|log|record|note)\b"
    r"(?:\s+(?:it|that|this))?(?:\s+(?:pls|please|thanks|ta|cheers))*\s*[?!.]*\s*$))"  # "… by 12/6 pls add"
    r"(?:(?:(?:so\s+)?(?:can|could|would|will)\s+(?:that|this|it|these|you|u|someone|we)\s+|would\s+you\s+mind\s+)"
    r"(?:please\s+|pls\s+)?(?:go|be|get|log|add|record|note|put|pop|stick|take)(?:p?ing|ging|ting)?\b[^.!?]*?"
    r"\b(?:action|actions|tracker|log|list|down|logged|added|recorded|noted)\b|(?:pls|please)\s+(?:log|add|record|note)"
    # "Could that go on please?", "can this go in too": the tracker understood
    r"\b|(?:so\s+)?(?:can|could|would|will)\s+(?:that|this|it)\s+(?:please\s+|pls\s+)?go\s+(?:on|in)"
    r"(?=(?:\s+(?:please|pls|too|as well|then|for [^.!?]{1,30}))*\s*[?!.]*\s*$)"
    r"\b|(?:(?:so|maybe|just|and|then)\s+)*(?:(?:can|could|would|will)\s+(?:you|u|someone|we)\s+)?(?:please\s+|pls\s+)?"
    r"(?:just\s+)?(?:add|log|record|note|put|pop|stick|chuck|bung|get(?=\s+\w+(?:\s+one)?\s+on\b))\s+"
    r"(?:it|that|this)(?:\s+one)?"
    r"(?=(?:\s+(?:on|in|down|up|for now|now|with no (?:date|deadline)|without (?:a )?(?:date|deadline)|"
    r"for [^.!?]{1,30}|"
    r"with\s+a\s+(?:due\s+)?date\s+of\s+[^.!?]{1,30}|"
    r"please|pls|thanks|too|as well|then|really)|,\s*(?-i:[A-Z])[a-z]+)*\s*[?!.]*\s*$)|"  # "…, Martine?"
    # "… report to QA & Comms in two weeks. Martine can you add?": the manager asked to record what came before
    r"(?:(?-i:[A-Z])[a-z]+,?\s+)?(?:can|could|would)\s+(?:you|u)\s+(?:please\s+|pls\s+)?(?:add|log|record|note)"
    r"(?=\s*(?:please|pls)?\s*[?!.]*\s*$)|"
    r"(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:please\s+|pls\s+)?(?:put|pop|stick|pencil|sign|mark)\s+(?:us|me|them)\s+"
    r"(?:down|in)\b(?=(?:\s+(?:for [^.!?]{1,30}|please|pls|then))*\s*[?!.]*\s*$))[^.!?]*[?!.\s]*$",
    re.I,
)
# "..., so put me down for that please", "could you add me as doing it?", "mark me as the lead on this": what came
# before is the writer's action.
ME_FOR_THAT = guarded(
    r"\b(?:put|pop|stick|add|mark|sign|note|log|record)\s+me\s+(?:down\s+|up\s+)?(?:for|as|on|against)\s+"
    r"(?:(?:doing|leading|owning|taking|the lead (?:on|for)|lead (?:on|for)|responsible for)\s+)?(?:that|it|this)\b",
    re.I,
)
# What is left of a last clause that only asks about the date: "tuesday 30th june?", "could it be by <date> please?",
# "would <date> be an acceptable deadline?".
DATE_ASKED = guarded(
    r"^(?:(?:could|can|would|shall)\s+(?:it|that|this|we|i)\s+(?:be|say|make it|go for|have)\s*(?:by|for|on)?|"
    r"(?:would|will|is|could)\s+(?:the\s+)?\s*(?:be\s+)?(?:an?\s+)?(?:ok|okay|alright|acceptable|reasonable|realistic|"
    r"fine|good)?\s*(?:deadline|date|target)?)?\s*(?:please|pls)?\s*$"
)
# "can we action Public Health to share ...", "pls action housing to ...": "action" used as a verb.
ACTION_AS_VERB = guarded(
    r"^(?:(?:please|pls)\s+)?(?:(?:can|could|would|shall)\s+(?:we|you|I)\s+(?:please\s+|pls\s+)?)?(?:please\s+|pls\s+)?"
    r"action\s+(?P<who>(?!(?:this|that|it|these|those|my|our|on|for|to|point|item|log|list|tracker)\b)[^:;,.?]+?)"
    r"\s+(?:to|with)\s+(?P<task>.+)$",
    re.I,
)
# "could we have mike g look at ...", "can we get Sally to draft ...", "could you ask Tony to ...": the owners,
# then the task, in the words after the request (split by the action rules).
HAVE_SOMEONE = guarded(
    r"^(?:(?:please|pls)\s+)?(?:can|could|would|shall|should)\s+(?:we|you|I)\s+(?:please\s+|pls\s+)?"
    r"(?P<verb>have|get|ask)\s+(?P<rest>.+?)[?!.]*$",
    re.I,
)
# "can u add me an action to ...", "please give me one to ...", "set me a new action re ...".
ME_AN_ACTION = guarded(
    r"^(?:(?:can|could|would)\s+(?:you|someone|somebody)\s+)?(?:please\s+|pls\s+)?(?:add|put|give|set|log|assign|"
    r"allocate|pop|stick)\s+(?:down\s+)?me\s+(?:down\s+)?(?:(?:for|with)\s+)?(?:an?|another|one more|a new)\s+"
    r"(?:new\s+)?(?:action|one|item|task)\s+(?:to|for|on|re|about)\s+(?P<task>.+?)\??$",
    re.I,
)
# What leads the task after a recording request's owners: "... for Sue to ...", "... for me an action to ...".
REST_LEAD = guarded(
    r"^(?:(?:an?|another|one|the)\s+(?:new\s+)?(?:action|one|item|task)\s+)?"
    r"(?:to|that|who|which|should|will|is to|needs to|for|re|regarding|about|around|on|concerning)\s+",
    re.I,
)
# "please record for Helen: …", "can you log this for Jo - …": the asking before whom an action is posted for (never
# "an action for Jo: …", which says whose it is)
POSTED_FOR = (
    r"(?:(?:(?:please|pls|can\s+you|could\s+you|would\s+you)\s+)?(?:(?:record|log|add)(?:\s+(?:this|one|it))?|"
    r"(?:(?:I['’]m|just)\s+)?(?:recording|logging|adding)(?:\s+(?:this\s+one|this|one|it))?|"  # "Adding one for Su"
    r"(?:put|pop|stick)(?:\s+(?:this|one|it))?\s+(?:on|down|in))\s+(?:please\s+)?)?"
)
# The first word of a task someone is asked to do: "look at", "prepare", "pull together", "sort".
WORK_VERB = guarded(
    r"^(?:look|prepare|draft|write|send|circulate|pull|put|review|update|check|find|share|present|bring|lead|"
    r"chase|contact|speak|talk|liaise|arrange|organi[sz]e|sort|map|produce|compile|collate|summari[sz]e|provide|"
    r"confirm|follow|pick|take|report|run|deliver|develop|agree|raise|email|e-mail|ring|phone|scope|explore|"
    r"consider|investigate|audit|survey|co-?ordinate|complete|feed|cover|attend|go through|read|analyse|analyze|"
    r"set up|write up|draw up|work|pull together|put together|give|get|do|finali[sz]e|sign off|submit|return|"
    r"amend|revise|refresh|test|evaluate|visit|meet|book|invite|nominate|identify|recruit|train|brief|dig|"
    r"double-check|cost|plan|design|source|obtain|request|ask|collect|gather|pull|add|publish|launch|promote|"
    r"publici[sz]e|own|roll\s+out|embed|implement|establish|co-?host|"
    r"re-?(?:do|write|issue|send|draft|run|circulate|audit)|cascade|respond|finish|comment|advise|inform|notify|"
    r"ensure|monitor|"
    # "come to VCSG with the 16-17 data": bring it
    r"come\s+(?:(?:back|along)\s+)?to\s+(?:the\s+)?[\w&'’ -]{1,30}?\s+with\s+(?:the|a|an|some|their|his|her|its))\b",
    re.I,
)
# "can i have an action to ...", "is it ok if I take an action to ...", "could the fire service rep take an action
# on ...", "please give Martine an action to ...", "could an action be recorded against the WDG: ...".
TAKE_ACTION = guarded(
    # "Hi all, following the PPP meeting I've agreed to take the action on rewriting …": the writer's, after a preamble
    r"^.*?\b(?P<who7>I)(?:['’]ve|\s+have)?\s+(?:agreed|offered|volunteered)\s+to\s+(?:take|pick\s+up)\s+(?:on\s+)?"
    r"the\s+action\s+(?:on|for|re|about)\s+(?P<task7>.+)$|"
    r"^(?:(?:is it|would it be|would that be) (?:ok|okay|alright|fine) if\s+|(?:please|pls)\s+)?"
    r"(?:(?:can|could|may|shall|will|would|should)\s+)?(?P<who>I|we|[\w'’ &+-]{2,60}?)(?:['’](?:m|s|ll|re|ve))?\s+"
    r"(?:please\s+)?(?:(?:will|would|can|is|are|am|has|have|was|kindly)\s+)?(?:(?:happy|keen|willing|glad|going|agreed|offered|"
    r"volunteered|pleased)\s+to\s+)?"  # "Rachael is happy to take the action on …", "Jo's taking the action for …"
    r"(?:have|take|get|take on|pick up|taking|took|picking up|picked up|takes|picks up)\s+"
    r"(?:an?|the|another|this)\s+(?:new\s+)?action\s+(?:to|on|for|re|about)\s+"
    r"(?P<task>.+)$|"
    r"^(?:(?:can|could|would|shall)\s+(?:you|we)\s+|let['’]?s\s+)?(?:please\s+|pls\s+)?(?:give|get|assign|allocate|set)\s+(?P<who2>.+?)\s+"
    r"(?:an?|another|the)\s+(?:new\s+)?action\s+(?:to|on|for|re|about)\s+(?P<task2>.+)$|"
    r"^(?:(?:can|could|would|should|please)\s+)?(?:an?|this|that)\s+(?:new\s+)?action\s+be\s+(?:recorded|logged|added|"
    r"put|set|noted)\s+(?:against|for|to|on)\s+(?P<who3>[^:;–—]+?)\s*[:;–—-]+\s*(?P<task3>.+)$|"
    r"^(?:(?:can|could|would)\s+you\s+)?(?:please\s+|pls\s+)?(?:ask|get)\s+(?P<who4>.+?)\s+to\s+(?P<task4>.+)$|"
    r"^(?:(?:can|could|would|should|shall)\s+)?(?:an?|this|that)\s+(?:new\s+)?action\s+(?:please\s+|pls\s+)?"
    r"(?:go|be given|be assigned|be allocated)\s+to\s+(?P<who5>[^:;,–—]+?)\s+(?:to|re|about|on)\s+(?P<task5>.+)$|"
    # "… the GP audit tool needs piloting – can we give that to Su Vincent, end of June?": the work, then its owner
    r"^(?P<task6>.+?)\s*[-–—,.;:]+\s*(?:so\s+)?(?:can|could|shall|should)\s+(?:we|you|I)\s+(?:please\s+)?"
    r"(?:give|pass|assign|hand|allocate)\s+(?:that|it|this)(?:\s+one)?\s+(?:over\s+)?to\s+(?P<who6>[^,?.!;]+?)"
    r"(?:\s*[,;][^?]*|\s+(?:by|before|for)\s[^?]*)?[?.!]*$",
    re.I,
)  # "could an action go to martine to set up ..."
# "can Pam pull together the figures for the July board?", "pls can Sue pick up the review with me by Friday".
CAN_OWNER = guarded(r"^(?:(?:please|pls)\s+)?(?:can|could|would|will)\s+(?P<rest>.+?)[?!.]*$", re.I)
# "put me down for the audit plan", "can you put me down to look at the leaflet": the writer's action.
PUT_ME_DOWN = guarded(
    r"^(?:(?:can|could|would) you\s+)?(?:please\s+)?(?:put|pop|stick|add|sign|mark) me (?:down|up)?\s*(?:for|to)\s+"
    r"(?P<task>.+?)\??$",
    re.I,
)
# "I was wondering whether the QA group could pick up the audit work?": the owners asked, then the task.
WONDERING = guarded(
    r"\b(?:wondering|wonder|wondered)\s+(?:whether|if)\s+(?P<who>[^,.;?]{2,60}?)\s+(?:could|can|might|would)\s+"
    r"(?:(?:please|possibly|maybe|perhaps)\s+)?(?P<task>[^?]+)",
    re.I,
)
# "I should be grateful if Mr Galikowski would prepare a report ...": a formal request of the one named.
GRATEFUL_IF = guarded(
    r"\b(?:grateful|obliged|appreciate\s+it|thankful)\s+if\s+(?P<who>[^,.;?]{2,60}?)\s+(?:would|could|might|can)\s+"
    r"(?:(?:please|kindly|possibly)\s+)?(?P<task>[^?.!]+)",
    re.I,
)
# "i think we need Tony Oakman to bring a paper ...", "I'd like Sally to pull together ...": someone wanted for work.
NEED_SOMEONE = guarded(
    r"(?:\b(?:we|i|he|she|they|roger|the\s+chair)(?:['’](?:d|ll)|\s+(?:will|would|really|also|do|still))?\s+"
    r"(?:need|want|like)|\b(?:he|she|they|roger|the\s+chair)\s+(?:wants|needs)|"  # "he'd like public health to ..."
    r"(?:^|[.!?;]\s+|,\s+)(?:(?:really|also|just|still)\s+)?need)\s+"  # "... need tony and jo to get back to me"
    r"(?P<rest>(?!to\b|a\b|an\b|some\b|more\b)[A-Za-z].+?)[?!.]*$",
    re.I,
)
# "could I ask that West Midlands Police provide their chronology ...", "I propose that Jo should update …": the one
# asked, then the work (no "to").
ASKED_THAT = guarded(
    r"\b(?:(?:could|can|may|might)\s+I|I(?:\s+would|'d)?(?:\s+(?:like|want)\s+to)?)\s+(?:ask|propose|suggest|recommend)"
    r"\s+that\s+(?P<rest>[A-Za-z].+?)[?!.]*$",  # "I would like to propose that Ms Darman leads …"
    re.I,
)
# "I need to know what the police owe", "... which actions Public Health holds": a list asked for, no work; "the
# chair will be asking about police actions", "I should be grateful if …": asking, not doing.
KNOW_WHAT = guarded(
    r"^(?:(?:know|find out|check|see)\s+(?:what|which)\b[^.!?]{0,60}?\b(?:owes?|holds?|actions|outstanding|overdue|"
    r"(?:has|have|got)\s+(?:open|left|due))\b|be\s+(?:asking|"
    r"wanting\s+to\s+know|keen\s+to\s+(?:know|hear)|grateful|obliged|pleased|glad|delighted)\b)",
    re.I,
)
# "Tabetha will want to see it": a wish, not work taken on.
WANTING = guarded(r"(?:want|wants|wish|hope|expect|like)\b", re.I)
# "The action is for Jo Forbes to confirm ...": the owners named as the action's, then the task.
ACTION_IS_FOR = guarded(
    r"\b(?:the|this|that)\s+action(?:\s+(?:that\s+)?(?:came|comes|coming)\s+out\s+of\s+(?:it|that|this|the\s+\w+)|"
    r"\s+(?:agreed|arising)(?:\s+(?:at|from)\s+(?:it|that|this|the\s+\w+))?)?\s+(?:is|should be|will be|needs to be)\s+"
    r"for\s+(?P<who>[^,.;:!?]{1,60}?)\s+to\s+"
    r"(?P<task>[a-z].+)$",
    re.I,
)
# "... but the action is Sally's - check it's been cascaded": the owners named as the action's, the task after.
ACTION_IS_THEIRS = guarded(
    r"\b(?:the|this|that)\s+action(?:\s+(?:is|sits|should sit|belongs|should be)|['’]s)\s+(?:with\s+|to\s+)?"
    r"(?P<who>[^,.;:!?–—]{1,60}?)(?:'s|’s|(?<=s)['’])(?:\s+(?:really|though|now))?\s*(?:[–—:]|\s-+)\s*"
    r"(?P<task>(?!(?:not|and|but|so|thanks|thank|cheers|sorry)\b)[a-z].+)$",
    re.I,
)
# Where a request may start inside a message: its start, a new sentence, or after a comma ("Following on, could
# Jayne pick up ...").
_CLAUSE = guarded(r"[.!?;]\s+|,\s+|\s[–—-]\s+")


def clause_starts(text: str) -> list[str]:
    """The message from its start, and from each sentence or clause start on."""
    return [text] + [text[m.end() :] for m in _CLAUSE.finditer(text)]


# What the writer says they will do that is no piece of work: "I'll be there", "I'll check what's still open", "I'll
# log one for Jo" (recording it is the assistant's part).
NOT_A_TASK = guarded(
    r"^(?:be|have|see|try|let\s+(?:you|[A-Za-z]+|him|her|them|everyone|the\s+\w+)\s+know|get back to you|"
    # "I'll bring her along to the board to introduce", "I'll catch up on the minutes", "I'll pick up any cdop queries
    # while she's off", "I'm going to say no to chairing …": no work for the tracker
    r"bring\s+(?:him|her|them)\s+along\b|bring\s+(?:my|some|the)\s+notes\b|catch\s+up\s+(?:on|with)\s+(?:the\s+)?"
    r"(?:minutes|papers|notes|pack|recording|slides)\b|pick\s+up\s+any\s+(?:[\w&'’-]+\s+){0,3}?(?:queries|questions|"
    r"calls|emails|enquiries|referrals)\b|say\s+no\b|decline\b|turn\s+(?:it|this|that)\s+down\b|"
    # "I'll read the papers over the weekend", "Roger, I'll catch you before the July board about …": no board work
    r"read\s+(?:through\s+)?(?:the|my)\s+(?:papers|pack|agenda|minutes)(?=\s*(?:[,.;!?]|$|\s+(?:over|at|on|before|"
    r"tonight|this|tomorrow|first)\b))|(?:catch|see)\s+(?:you|u)\b|(?:speak|talk|chat)\s+(?:to|with)\s+(?:you|u)\b|"
    # "Viv - I'll check. what actions does the crc have open": a reply, then the question
    r"(?:check|look|ask|find\s+out|have\s+a\s+look)(?:\s+and\s+(?:get\s+back|let\s+you\s+know))?(?=\s*(?:[.!]|$))|"
    # "I'll look at that over the weekend", "I'll have a look at it tomorrow": a reply about something unsaid
    r"(?:look\s+(?:at|into)|have\s+a\s+(?:look|think)\s+(?:at|about)|check|think\s+about|read)\s+(?:that|it|this|them)"
    r"(?:\s+(?:over\s+the\s+weekend|tomorrow|tonight|later|next\s+week|on\s+\w+day|first\s+thing|asap|today))?\W*$|"
    r"(?:check|find out|see|know|look at|go through|review)\s+(?:what(?:'s|\s+is|\s+are)?|which|all)\s+"
    r"(?:still\s+|(?:the\s+)?actions?\s+(?:are\s+|is\s+)?(?:still\s+)?)?"
    r"(?:outstanding|open|overdue|left|due|on the (?:tracker|list|log))|"
    r"(?:know|find out|check|see)\s+(?:what|which)\b[^.!?]{0,60}?\b(?:owes?|holds?|actions)\b|"
    r"(?:check|see|look at|go through|review)\s+(?:my|our|the|all the|all)\s+(?:open\s+|outstanding\s+|overdue\s+)?"
    r"actions|"
    # "Chris has asked me to check with you", "… to ask you whether …": the message itself, not work to track
    r"(?:check|confirm|clarify|query|raise\s+(?:this|it)|ask|remind|email|message|contact|ping|update|tell|"
    r"pass\s+(?:this|it)\s+on\s+to)\s+(?:(?:this|it|that)\s+)?(?:with\s+)?you\b"
    r"(?=\s*(?:[.!?,;]|$|(?:and|about|whether|if|what|which|re|on|that)\b))|"
    # "Karen J has asked me to tick off 21", "… to close A-4 for her": an edit of the tracker, never new work
    r"(?:tick\s+off|close(?:\s+off)?|mark|sign\s+off|complete|update|move|drop|remove|extend|reassign)\s+"
    r"(?:(?:action|no\.?|number)\s*)?\#?(?:A\s?-?\s?)?\d{1,3}(?=\s*(?:$|[,.;:!?–—-]|(?:as|for|off|now|please|pls|"
    r"done|complete|to|after|afterwards|later|then|when|once|tomorrow|next|on)\b))|"  # "I'll update A-8 after"
    # "Roger has asked me to log one for Jo re …": recording it is the assistant's part, never the writer's work
    r"(?:log|add|record|raise|flag|put\s+(?:down|on|in))\s+(?:one|an?\s+(?:new\s+)?action|this\s+one|that\s+one)|"
    r"(?:log|record)\s+(?:it|this|that)|"
    # "asked me to log the housing figures for Jo": an action about Jo's work, not the writer's
    r"(?:log|record)\s+(?:the|an?|this|that)\b[^.!?]{0,60}?\s+(?:for|against)\s+(?-i:[A-Z])\w*|"
    # "I would like to thank everyone for …", "I'll say well done to all": thanks and praise, never work
    r"(?:thank|congratulate|welcome|praise|commend|acknowledge)\s+(?:everyone|every\s*body|all|you|the|colleagues|"
    r"partners|members)|say\s+(?:a\s+(?:big\s+)?)?(?:thank\s+you|well\s+done|thanks))\b",
    re.I,
)


# A part beside the work, not the work: "… . Anne and Richard to be consulted", "… . Karen Palk to observe".
# "Pam will be off sick for a while", "Jo will be chairing CDOP": how someone will be, not work taken on.
BEING = guarded(
    r"be\s+(?:off|away|out\s+of|on\s+(?:leave|holiday|annual\s+leave|a\s+course|sick|maternity|secondment)|attending|"
    r"at\s+(?:the|tomorrow|monday|tuesday|wednesday|thursday|friday)|there|in\s+attendance|joining|chairing|late|"
    r"unavailable|absent|sick|back|around|available|free|pleased|happy|delighted|glad|interested)\b|"
    r"now\s+(?:attend|come|make\s+it|be\s+(?:at|there|attending|coming|able\s+to))\b|"  # "she will now attend"
    # "Sally Holmes will pick up anything urgent", "Anne will cover for me": cover while someone is away
    r"(?:pick(?:ing)?\s+up|cover(?:ing)?|deal(?:ing)?\s+with|handl(?:e|ing)|field(?:ing)?|look(?:ing)?\s+after)\s+"
    r"(?:(?:anything|any(?:\s+\w+)?|all)\s+)?(?:urgent\b|(?:my|his|her|their)\s+(?:actions|stuff|work|queries|emails|inbox|"
    r"calls)\b)|(?:cover(?:ing)?|stand(?:ing)?\s+in|deputi[sz](?:e|ing))\s+(?:for\s+(?:me|him|her|them)|while|whilst|"
    r"in\s+my\s+absence)\b|"
    # "Helen has kindly agreed to cover the YOS items", "Sue will cover housing items": a meeting's items, not work
    r"cover(?:ing)?\s+(?:the\s+|my\s+|his\s+|her\s+|their\s+|our\s+)?(?:[\w&-]+\s+){0,2}(?:items?|agenda|slot|bits)\b|"
    # "Jassi, Merlin and Tony will be the main points of contact": a part people have, not work
    r"be\s+(?:the\s+|our\s+|your\s+)?(?:main\s+|first\s+|key\s+|single\s+|named\s+)?(?:points?|persons?|people)\s+of\s+"
    r"contact\b|"
    # "Mayada has agreed to pass it on": the message carried to whoever does the work, not the work
    r"pass\s+(?:it|this|that|them|the\s+(?:message|request|action))\s+(?:on|along|over)\b|"
    # "Jassi can you call me about the strategy meeting": a personal ask of the one spoken to, not board work
    r"(?:call|ring|phone|email|e-mail|text|message|ping|get\s+back\s+to|catch\s+up\s+with)\s+me\b|"
    r"give\s+me\s+a\s+(?:call|ring|bell|shout|buzz)\b",
    re.I,
)
SUPPORTING = guarded(
    r"(?:be\s+(?:consulted|copied(?:\s+in)?|cc['’]?d|kept\s+(?:informed|updated|in\s+the\s+loop)|informed|involved|told|"
    r"updated|sighted)|observe|sign\s+(?:it|them|this|that)\s+off|sense-?check|comment(?:\s+on\s+(?:it|them))?|"
    r"support|help)\b",
    re.I,
)
# "remind me to chase the CCG", "note to self: …", "to do - …": the writer's own
REMIND_ME = guarded(
    r"^(?:please |pls )?(?:remind me to|note to self|reminder to self|to ?do)\s*[:–—-]?\s*(?P<task>.+)$", re.I
)
# "Linda Shaw from Ofsted to be invited to the September board – Martine to send the invite": the one invited is
# not the owner when a later clause names who does it.
INVITED_THEN_OWNER = guarded(
    r"be\s+(?:invited|asked|approached|contacted|written\s+to|emailed)\b[^;–—]{0,80}?(?:\s[–—-]+\s|;\s*)"
    r"[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?\s+(?:to|will)\s+[a-z]",
    re.I,
)
NOT_AN_OWNER = guarded(r"^(?:will|shall|can|may|must|should|would|could|might)\b", re.I)
# "overdue list pls - Sally", "open actions? - Jo": a list asked for and signed, never work for whoever signed it.
LIST_SIGNED = guarded(
    r"^(?:(?:the|an?|my|full|whole)\s+)*(?:overdue|open|outstanding|late|current|latest)\s+(?:list|actions|ones|items)\b|"
    r"^(?:list|tracker|everything)\s+(?:of\s+)?(?:overdue|open|outstanding)?",
    re.I,
)
# "Martine - can you pull together what I owe before Monday?": a list asked for, not work for the one asked.
LIST_ASKED = guarded(
    r"\bwhat\s+(?:I|we|[A-Z]\w+)\s+(?:still\s+)?owes?\b|\b(?:my|our)\s+(?:open\s+|outstanding\s+)?actions\b|"
    # "Martine, could you let me have Tony's outstanding actions …", "… send me the police's open actions by Tuesday"
    r"(?:\b(?:me|us)\s+(?:have\s+|see\s+)?|\b(?:(?:pull|dig|call|print|run)\s+(?:up|out|off)|pull\s+together)\s+)"
    r"(?:a\s+(?:list|copy)\s+of\s+)?(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?['’]s?|his|her|their|the\s+[\w'’-]+(?:\s+[\w'’-]+)?)"
    r"\s+(?:(?:open|outstanding|overdue|current|live)\s+)*(?:actions|list)\b|"
    # "Martine, can you pull up everything overdue on the tracker before I meet the DCS this afternoon?"
    # "Martine, could you let me have everything that is overdue across the board before Monday's panel?"
    r"\b(?:(?:pull|dig|bring|call|print)\s+(?:up|out|off)|let\s+(?:me|us)\s+have|(?:send|give|get|e-?mail|forward)\s+"
    r"(?:me|us))\s+(?:for\s+me\s+)?(?:(?:everything|anything|what['’]?s)"
    r"(?:\s+(?:that['’]?s|thats|which\s+is|is|still|currently))*\s+(?:overdue|open|outstanding|late)\b|"
    r"(?:all\s+)?the\s+(?:(?:overdue|open|outstanding|late)\s+)+(?:actions|items|ones)\b)"
)


# What is not work after an owner: "Jo to be …", "Tony to attend", "Sally to send her apologies".
NOT_WORK = guarded(
    r"^(?:be|have|see|view|make it|make the|"
    r"come(?!\s+(?:(?:in|along|over|out)\s+)?(?:and\s+|to\s+)?(?:talk|speak|present|run|deliver|train|brief)\b)"
    r"(?![^,.;:!?]{0,40}?\bwith\s+(?:the|a|an|some|their|his|her|its)\s)|"  # "come to VCSG with the data": work
    r"attend|join|get to|get there|do we|do you|you|we|I|it|this|that|"
    r"there|the|a|an|my|me|someone|anyone|somebody|anybody|send (?:her |his |their |my )?apolog\w*|make)\b",
    re.I,
)
# "… that Jo should update …": the modal between the owner and the work.
ASIDE_FIRST = guarded(r"^(?:(?:please|pls|thanks|ta)\b)?\s*[-–—:,]+\s*", re.I)  # "… please — Dave …"
# "NSPCC to come and present …", "NSPCC to be asked to present …": the work after the way it is asked of them
COME_AND = guarded(r"^(?:come\s+(?:and|to)|be\s+asked\s+to|be\s+invited\s+to)\s+(?=[a-z])", re.I)
MODAL = guarded(
    # "… that Rachael, as chair of the WDG, brings …": the aside saying who they are goes with the modal
    r"\s*,\s+as\s+(?:the\s+|our\s+|their\s+)?(?:[\w&'’-]+\s+){0,3}?(?:chair|lead|head|manager|rep|representative|member|"
    r"nurse|officer)\b[^,;.]{0,60},\s+|"
    r"\s+(?:should|shall|will|would|could|must|might)\s+(?:be\s+able\s+to\s+)?",
    re.I,
)

# "Karen – lovely to see you at the conference yesterday, let's catch up over coffee next week": a social note.
SOCIAL = guarded(
    r"\b(?:lovely|great|nice|good)\s+to\s+(?:see|meet|catch\s+up\s+with)\s+you\b|"
    r"\blet['’]?s\s+(?:catch\s+up|meet\s+up|grab|have\s+(?:a\s+)?(?:coffee|cuppa|drink|chat))\b",
    re.I,
)

# "log one for me pls - the CCG to confirm …": the owner the request's task opens with.
OWNER_OPENS = guarded(r"(?P<who>(?:the\s+)?[\w&'’ -]{2,40}?)\s+to\s+(?=[a-z])")
# "Annette and Marie said they'd help but it's mine: FE transition template by end of June": the writer's.
MINE_THEN_TASK = guarded(
    r"\b(?:it['’]?s|this\s+one['’]?s|this\s+is)\s+mine\s*[:–—]\s*(?P<task>\S.+)$|"
    # "can we put the neglect toolkit relaunch down as mine, by the 30th?": the work named, the writer's
    r"\b(?:can|could)\s+(?:we|you|u|I)\s+(?:please\s+|pls\s+)?(?:put|log|note|record|add|pop|stick|have)\s+"
    r"(?P<task2>(?!(?:it|that|this|one)\s)[^,;?]{3,120}?)\s+(?:down\s+)?(?:as|against|under)\s+(?:mine|me|my\s+name|"
    r"my\s+(?:action|one))\b",
    re.I,
)


def signed_by_writer(text: str, piece: str, owners: Sequence[Owner], writer_id: int | None) -> bool:
    """Whether the last piece of a dashed note, ending the message, is the writer's own name signed ("reminder that
    S11 returns are due by 30 June - Martine", written by Martine), not "me" (which owns it)."""
    mine = writer_id is not None and [(o.kind, o.id) for o in owners] == [("member", writer_id)]
    last = text.rstrip(" .!").endswith(piece.strip())
    return mine and last and re.fullmatch(r"\s*(?:me|myself|I|mine)\s*", piece, re.I) is None


# "Jassi can you call me about …", "Martine, could you let me know where we are with the S175s?": asked of them
TELL_ME = guarded(
    r"(?:let\s+me\s+know|tell\s+me|remind\s+me|update\s+me|confirm)\s+(?:where|what|how|who|when|if|whether)\b|"
    r"(?:give|send)\s+me\s+(?:a\s+(?:quick\s+|brief\s+)?|an\s+)?update\s+on\s+(?:the\s+)?(?:s(?:ection\s*)?\s?(?:11|175)|audit)",
    re.I,
)  # "could you give me an update on the Section 11 returns? I'd like to report …": asked about, not work
# "aim to have this with you", "get it to you": the work the sentence before set, delivered, never new work (never
# "Tony asked housing to do a piece … I'll own it": the writer takes on what was only reported)
SAME_WORK = guarded(
    r"^(?:(?:aim|try|hope|expect)\s+to\s+)?(?:have|get|send|pass|let\s+you\s+have)\s+(?:this|it|that|them)\s*"
    r"(?:(?:with|to|over\s+to|back\s+to)\s+(?:you|u)\b|$|\s+(?:in\s+time|by|before)\b)",
    re.I,
)
# "Dave Parsons from the NSPCC is happy to speak at the development day - Jassi to invite him …": an offer, then the
# action asked of a member because of it
OFFERED_THEN_ASKED = guarded(
    r"^[^.;–—]{3,120}?\s(?:is|are|['’]s)\s+(?:happy|willing|keen|delighted|pleased|glad)\s+to\s+[^.;–—]+?"
    r"(?:\s[-–—]\s+|[.;]\s+)(?P<rest>[A-Za-z][\w'’]*(?:\s+[A-Za-z][\w'’]*)?\s+to\s+[a-z].*)$",
    re.I | re.S,
)
# "any action for Jo?", "is there an action against the police?": what comes before "action for" when a list is asked.
ASKED_HEAD = guarded(
    r"^(?:any|anything|is\s+there\s+(?:an?|any)|are\s+there\s+any|do\s+(?:we|they)\s+have\s+an?)$", re.I
)
# "… about the CSE actions — can you show me what Richard has open?": a list asked for.
SHOWN_ASKED = guarded(r"\b(?:show|list|tell)\s+(?:me|us)?\s*(?:what|which|everything|all)\b", re.I)


# "can you add the CSE problem profile as an", "could you get the leaflet added as a new": the work, before "action for"
_ADDED_AS = guarded(
    r"^(?:.*?\b(?:can|could|would|will)\s+(?:you|u|someone|somebody)\s+(?:please\s+|pls\s+)?|please\s+|pls\s+)?"
    r"(?:add|get|put|log|record|pop|stick|note)\s+(?P<task>(?!(?:that|this|it|one)\b)\S.*?)\s+"
    r"(?:(?:added|logged|put\s+(?:down|on)|noted|recorded)\s+)?(?:on\s+)?as\s+an?(?:\s+new)?$",
    re.I,
)
# "Steve Newbold has asked for the audit schedule - can we make that an": the work said first, then made an action
_MADE_AN = guarded(
    r"^(?P<task>\S.{10,}?)[\s,.;!–—-]+(?:(?:so\s+)?(?:can|could|would)\s+(?:we|you|u|someone)\s+)?(?:please\s+|pls\s+)?"
    r"(?:make|turn|have|put|log|record|add)\s+(?:that|this|it)\s+(?:in(?:to)?\s+|down\s+as\s+|as\s+)?an?(?:\s+new)?$",
    re.I,
)
_WHO_ENDS = guarded(r"\s*[,;(]\s*|\s+(?:by|due|before|from|for\s+the|please|pls|thanks)\b", re.I)
# What may follow the owners in "<the work>. Action for DMBC please, asap.": courtesy and when, nothing more
_ONLY_WHEN = guarded(r"^(?:[\s,.;!]|please|pls|thanks|asap|urgently|(?:by|due|before)\s+[^.!?]{1,30})*$", re.I)


def added_as(before: str, rest: str) -> tuple[str, str] | None:
    """The work and the owners' words of "can you add the CSE problem profile as an action for me, due end of June",
    "… the audit schedule - can we make that an action for me, end of next week" and "<the work>. Action for DMBC
    please, asap." (``before``: the text before "action for"; ``rest``: after it), or None."""
    who = _WHO_ENDS.split(rest.strip(), maxsplit=1)[0]
    head = before.strip(" .;:–—-")
    found = _ADDED_AS.match(head) or _MADE_AN.match(head)
    if (
        found is None
        and re.search(r"[.!]\s*$", before)
        and len(head.split()) >= 4
        and _ONLY_WHEN.match(rest[len(who) :])
    ):
        return head, who.strip()  # "The council needs to respond to the Ofsted recommendations. Action for DMBC please"
    return (found["task"].strip(" ,;–—-"), who.strip()) if found and who.strip() else None
