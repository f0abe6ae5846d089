"""The words that give an action to someone else, by its reference: "reassign A-14 to Jo", "A-24 to be picked up
by Karen", "A-10 is with Nicola now", "put A-11 under PPP", "can Sally take A-9 off Richard", "A-12 isn't mine,
it's the CCG's".

Read by :mod:`bot.understanding.edit_rules`.
"""

from __future__ import annotations

import re

from bot.understanding.edit_words import REF, REF_WORDING
from bot.understanding.patterns import guarded

# "wrongly assigned to DCVS": given in error (the one named is who it must move from)
_MISTAKEN = r"\b(?:wrongly|incorrectly|mistakenly|accidentally|erroneously)"
_GIVEN = r"(?:given|assigned|allocated|put|logged)\s+(?:to|on|against|under)\s+[^,.;!?()]{1,40}?"
# Words after a new owner that say how the action is held, not who holds it ("jointly", "generally").
# "... to Viv for now", "... to me while she's on leave": for how long, after the new owner.
_WHILE = r"while|whilst|until|till|during|for\s+now|for\s+the\s+time\s+being"
# "… to Tony Oakman given the change in portfolio": why, after the new owner
_WHY = r"given|because|since|due\s+to|following|owing\s+to"
_AS_A_WHOLE = r"generally|personally|jointly|together|really|between (?:us|them|the two of us)|I think|rather than|not"
ASSIGN = guarded(
    # never "we reviewed the outstanding actions assigned to the group": which actions, not one moved
    r"\b(?<!\bactions\s)(?<!\btasks\s)(?<!\bitems\s)(?<!\bwrongly\s)(?<!\bincorrectly\s)(?<!\bmistakenly\s)"
    r"(?:(?:re-?assign(?:ed)?|assign(?:ed)?|(?:re-?)?allocate[ds]?|give|given|pass(?:ed)?|hand(?:ed)?(?:\s+over)?|"
    # never "Richard's moved to CID", "he has moved to PPU": a person gone elsewhere
    r"transfer(?:red)?|move(?<!['’]s\smove)(?<!\bhas\smove)(?<!\bhave\smove)(?<!\bhad\smove)[d]?|switch(?:ed)?|"
    r"swap(?:ped)?|put)\b"
    rf"(?:\s+(?:(?:action\s+)?{REF_WORDING}|it|this|that|this one|that one))?|"
    # "I'm handing A-55 over to Chris": the -ing form only with the action it moves
    r"(?:re-?assigning|assigning|allocating|giving|passing|handing|transferring|moving|switching)\s+"
    rf"(?:{REF_WORDING}|it|this|that|this one|that one)(?:\s+over)?|"
    # "A-34 – handing to Karen Jackson, she's picked up the data work": the action, then where it goes
    rf"{REF_WORDING}\s*[:,–—-]+\s*(?:I['’]m\s+|we['’]re\s+)?(?:handing|passing|transferring|switching)(?:\s+(?:it|this))?"
    r"(?:\s+over)?)"
    # "move A-17 off me and onto jo", "reassign A-37 jointly to Merlin and Jassi"
    r"(?:\s+(?:from|off)\s+[\w'’ ]{1,30}?(?:\s+and)?)?\s+(?:over\s+|across\s+|jointly\s+|together\s+|back\s+)?"
    r"(?:on\s+to|onto|to|on)\s+(?P<who>(?!(?:hold|ice|pause|track|the\s+back\s*burner)\b)"  # not "put on hold"
    r"(?![^,.;!?]{0,40}?\s(?:in\s+error|by\s+mistake|by\s+accident)\b).+?)"  # never "allocated to X in error"
    rf"(?:\s+(?:instead|please|pls|thanks|now|from now on|going forward|with immediate effect|{_WHILE}|{_AS_A_WHOLE}|"
    rf"{_WHY})\b|[.!?,;]|\s+(?:as|so|cos|coz)\b|"  # "… to Karen so the report isn't held up": why
    # "can A-31 move to me from Richard, he's on a course": who it comes from, named after the new owner
    r"\s+from\s+(?=(?-i:[A-Z])\w*(?:\s+(?-i:[A-Z])\w*)?\s*(?:[,.;!?]|$))|\s+[-–—]+\s|$)",
    re.I,
)
# "A-24 to be picked up by Karen rather than Mayada", "A-3 is now being led by the CCG": the new owner, passively.
ASSIGN_BY = guarded(
    r"\b(?:be|been|being|is|are|now)\s+(?:now\s+)?(?:(?:better|best|more appropriately|more sensibly)\s+)?"
    r"(?:picked up|taken (?:on|over)|owned|led(?: on)?|handled|covered|"
    r"looked after|reassigned|re-assigned)\s+(?:jointly\s+|together\s+|instead\s+|now\s+)?by\s+(?P<who>.+?)"
    r"(?:\s+(?:instead|rather than|not|please|pls|thanks|now|from now on|going forward|as|because|since|given)\b|"
    r"[.!?,;]|$)|"
    # "can A-12 be done by Sally instead": who does it now (never "done by Friday", never news that it is done)
    r"\bbe\s+(?:done|completed|delivered)\s+by\s+(?P<who2>[A-Za-z][\w'’ ]{0,40}?)\s+(?:instead|rather than)\b",
    re.I,
)
ASSIGN_GO = guarded(
    # "A-24 now with Jassi pls", "can A-35 (the reminders) come to me rather than Martine?": the new owner
    rf"^\W*{REF_WORDING}\s*(?:[:,–—-]\s*)?now\s+(?:with|over\s+to)\s+(?P<who12>[^,.;!?]+?)"
    r"(?:\s+(?:please|pls|instead|thanks))*\s*(?:[.!?,;]|$)|"
    # "A-36 is moving to Paul Jones, our new head of service, from June": the action itself, to its new owner
    rf"^\W*{REF_WORDING}\s*(?:[:,–—-]\s*)?(?:is|['’]s)\s+(?:now\s+)?(?:moving|passing|going\s+(?:over|across))\s+"
    r"(?:over\s+|across\s+)?to\s+(?P<who26>[A-Za-z][\w'’ &+]{0,40}?)"
    r"(?=\s+(?:please|pls|now|as|from|since|because|instead|thanks)\b|\s*[.!?,;–—]|\s+-\s|$)|"
    # "a-65 back to Viv now she's back": back to its owner (never "back to june", a date)
    rf"^\W*{REF_WORDING}\s*(?:[:,–—-]\s*)?back\s+to\s+(?!(?:the\s+)?(?:end|mid|start|beginning|next|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|w/?c|\d))(?P<who25>[A-Za-z][\w'’ &+]{0,40}?)"
    r"(?=\s+(?:please|pls|now|as|since|because|instead|thanks)\b|\s*[.!?,;–—]|\s+-\s|$)|"
    rf"^\W*{REF_WORDING}\s*(?:[:,–—-]\s*)?(?:is|['’]s)\s+(?:now\s+with\s+(?P<who16>[^,.;!?]+?)|with\s+"
    r"(?P<who17>[^,.;!?]+?)\s+now)(?:\s+(?:not|rather than|instead of)\s+[^,.;!?]+?)?(?:\s+(?:please|pls|thanks))*"
    r"\s*(?:[.!?,;]|$)|"
    rf"\b{REF_WORDING}\s*(?:\([^)]{{1,60}}\)\s*)?(?:can\s+|could\s+)?(?:come|comes)\s+(?:over\s+|across\s+|back\s+)?to\s+"
    r"(?P<who13>me|us|myself)\b|"
    # "A-7 sits more naturally with the VCSG than with him personally"
    r"\b(?:go|goes|belong|belongs|sit|sits|transfer|switch|moves|passes)\s+(?:over\s+|back\s+|(?:more\s+)?(?:naturally|"
    r"properly|logically)\s+)?(?:to|with|w/?(?=\s))\s+(?P<who>.+?)"
    rf"(?:\s+(?:instead|please|pls|thanks|now|as|than|from\s+(?:now|today|tomorrow|monday|next\s+week)|with\s+immediate\s+effect|"
    rf"going\s+forward|{_WHILE}|{_AS_A_WHOLE})\b|[.!?,;]|"
    r"\s+[-–—]+\s|$)|"
    # "A-14 - can Pam take this one on?", "could Sally pick it up", "Pam's picking this up"
    r"\b(?:can|could|would|will)\s+(?!(?:you|u|I|we|they|he|she|it|this|that)\b)(?P<who21>(?-i:[A-Z])[\w'’-]*(?:\s+"
    r"(?-i:[A-Z])[\w'’-]*)?)\s+(?:please\s+)?(?:take|pick|have)\s+(?:this|it|that)(?:\s+one)?(?:\s+(?:on|over|up))?\b|"
    r"^\W*A-?\d{1,4}\s*[-–—:,]?\s*(?P<who22>(?!(?:she|he|they|it|this|that|who|I)\b)[A-Za-z][\w'’-]*"
    r"(?:\s+(?!(?:is|now)\b)[A-Za-z][\w'’-]*)?)(?:['’]s|\s+is)\s+(?:now\s+)?(?:picking|taking)\s+(?:this|it|that)"
    r"(?:\s+one(?:\s+(?:up|on|over))?|\s+(?:up|on|over))\b|"  # "a-33 - nicola is taking this one"
    # "please change the owner of A-13 to Mayada and Karen J", "switch the lead on a4 over to the CCG"
    rf"\b(?:change|switch|update|amend|swap)\s+(?:the\s+)?(?:owner|owners|lead|ownership)\s+(?:of|on|for)\s+"
    rf"(?:{REF_WORDING}|it|this|that)\s+(?:over\s+)?to\s+(?P<who14>.+?)"
    rf"(?:\s+(?:instead|please|pls|thanks|now|{_AS_A_WHOLE})\b|[.!?,;]|$)|"
    r"\b(?:owner|lead)(?:\s*(?::|->|→)|\s+(?:is\s+now|now|should be))\s*(?P<who2>.+?)"
    r"(?:\s+(?:not|rather than|instead of|instead|now)\b|[.!?,;]|$)|"
    # "action 35 should be jointly owned by Helen Ellis and Mike Galikowski going forward"
    r"\b(?:should|will|can|could|needs?\s+to)\s+(?:now\s+)?be\s+(?:jointly\s+|now\s+)?(?:owned|held|led)\s+by\s+"
    r"(?P<who24>[A-Za-z][\w'’ &+-]{1,60}?)"
    r"(?:\s+(?:jointly|together|going\s+forward|from\s+now\s+on|instead|now|please|pls)\b|[.!?,;]|$)|"
    # "a-48 shd be Annete Callear", "A-12 should now be the CCG": the new owner alone after the reference
    rf"^\W*{REF_WORDING}\s+(?:should|needs?\s+to|ought\s+to)\s+(?:now\s+|really\s+)?be\s+(?P<who23>(?!(?:on|with|under|"
    r"done|finished|completed|closed|ready|due|for|late|overdue|urgent|fine|ok|okay|behind|still|going|being|not|now|in|"
    r"at|a|an|about|more|less|moved|pushed|dropped|extended|changed|back|sorted|signed|ticked|marked|put|updated|"
    r"reassigned|cancelled|deleted|removed|later|earlier|sooner|end|mid|early|by|before|after|\d)\b)"
    r"[A-Za-z][\w'’ &+-]{0,40}?)\s*(?:now|instead|please|pls)?\s*[.!]*$|"
    # "A-15 should be Sally not Richard", "a-7 ought to be the CCG, not public health": the new owner against the old
    rf"{REF_WORDING}\s+(?:(?:should|must|ought to|needs? to)\s+(?:really\s+|now\s+|actually\s+|probably\s+)?be|"
    # "A-21 is me and helen ellis now, not jassi", "a-32 is really childrens safeguarding not cafcass"
    r"is(?:\s+(?:now|really|actually))?|['’]s(?:\s+(?:now|really|actually))?)\s+"
    r"(?P<who11>(?!(?:on|with|under|done|finished|completed|closed|ready|due|for|late|overdue|urgent|fine|ok|okay|"
    r"behind|still|going|being|not|now|in|at|a|an|the\s+(?:same|one|bit|part)|about|more|less)\b)"
    r"[A-Za-z][\w'’ &+-]{0,40}?)"
    r"(?:\s+now)?,?\s+(?:not|rather than|instead of)\s+(?:with\s+)?[A-Za-z]|"
    # "could A-5 be put under Nicky's name", "put it down under the CCG's name"
    rf"\b(?:put|go|goes|be|sit)\s+(?:(?:{REF_WORDING}|it|this|that)\s+)?(?:down\s+)?under\s+"
    r"(?P<who10>[A-Za-z][\w'’ &+-]{0,40}?)(?:['’]s?|s['’])?\s+name\b|"
    rf"\bput\s+{REF_WORDING}\s+under\s+(?!.*\bname\b)(?P<who18>[A-Za-z][\w'’ &+-]{{0,40}}?)"
    r"(?:\s+(?:please|pls|instead|now))*\s*[.!?]*$|"
    r"\bis\s+(?:now|really|actually)(?:\s+(?:now|really|actually))?\s+(?P<who3>[A-Za-z][\w'’ -]+?)(?:'s|’s)\b|"
    # "#44 - can you put it with Mayada instead, I was only covering"
    rf"\b(?:put|leave)\s+(?:it|this|that|this\s+one|that\s+one|{REF_WORDING})\s+with\s+"
    r"(?P<who20>[A-Za-z][\w'’ &+-]{1,40}?)(?:\s+(?:instead|please|pls|now|from\s+now\s+on)\b|[.!?,;]|$)|"
    # "a-9 is really a CRC one - kate mc", "A-30's more of a housing action": whose kind of work it is
    rf"{REF_WORDING}(?:\s+is|['’]s)\s+(?:really|actually|more|probably|definitely)(?:\s+of)?\s+an?\s+"
    r"(?P<who19>[A-Za-z][\w&'’ -]{1,30}?)\s+(?:one|action|thing|job)\b|"
    r"\b(?:put|have|add)\s+(?P<who8>[\w'’ ]+?)\s+(?:both\s+|all\s+|jointly\s+)?on\s+(?:it|this|that)(?: one)?\b|"
    r"\b(?:should|could|can|must|needs? to)\s+(?:really\s+|probably\s+|now\s+|actually\s+)?(?:be|sit|go)\s+"
    # "A-28 should be on the police not the CCG", "… sit with Jo from now on", "… sit jointly with Anne and Viv"
    r"(?:jointly\s+)?(?:on|with|w/?(?=\s))\s+(?:both\s+)?(?P<who4>.+?)"  # "a-43 should be w the CCG not the trust"
    rf"(?:\s+(?:instead|please|pls|from\s+now|going\s+forward|for\s+now|now|as|rather\s+than|not|{_AS_A_WHOLE})\b|"
    r"[.!?,;]|$)|"
    rf"\b(?:can|could|should)\s+(?:it|this|that|this one|that one|{REF_WORDING})\s+be\s+(?!(?:put|placed|moved)\s)"
    r"(?P<who5>[^,.;!?]+?)(?:\s+(?:jointly|together|instead|now|please|pls))*"
    r"(?:\s+(?:rather than|instead of|not)\s+[^,.;!?]+?)?\s*[.!?]*$|"  # "can a-32 be zala and me jointly"
    # "a14 – that one's mine not the CCG's": the new owner said against the old, after the reference
    rf"^\W*{REF_WORDING}\s*[:,–—-]+\s*(?:(?:correction|sorry|oops)\s*[:,–—-]+\s*)?(?:that|this|it)(?:\s+one)?"
    r"(?:['’]s|\s+is|\s+should\s+be)\s+"
    r"(?:really\s+|actually\s+)?(?P<who15>[A-Za-z][\w'’ &+-]{0,40}?),?\s+(?:not|rather than|instead of)\s+[A-Za-z]|"
    rf"^(?:can|could|shall)\s+(?P<who9>[^?]+?)\s+(?:both\s+|all\s+)?(?:go|be put|be added)\s+(?:on|onto|to)\s+"
    rf"{REF_WORDING}|"  # "can kate and me both go on A-5"
    rf"^\W*{REF_WORDING}\s*(?:(?:over\s+)?to|[:,–—-]+\s*over\s+to|->|→|>)\s+"
    r"(?P<who6>(?!(?:go|move|pass|sit|be|transfer)\s)\S.*?)"  # "a-31 to YOS rather than me", "A-6 -> Mayada"
    r"(?:\s+(?:generally|instead|rather than|not|please|pls|now)\b|[.!?,;]|$|\s[–—-]\s|"  # "… - Annette agreed at WDG"
    r"\s+(?=(?:he|she|they)(?:['’]s|['’]re|\s+is|\s+are)\s|who\s)|"  # "... to DS mark hollis he's our new PPU lead"
    r"\s+(?=(?:when|once|after|as\s+soon\s+as)\s+(?:he|she|they)\b))",  # "A-66 to Nicky when she's back"
    re.I,
)
# More ways a new owner is named after the action: "A-2 new owner Sue", "A-6 - Chris is leaving the directorate so can
# it come to me", "A-17 was Jo's but Mike will take it now", "A-48 isnt CRC its NPS, please change to Viv".
ASSIGN_TAKEN_UP = guarded(
    # "A-31 was my predecessor's – it should be mine now": the writer's
    r"\b(?:it|this|that)(?:\s+one)?\s+(?:should|ought\s+to)\s+(?:really\s+|now\s+)?be\s+(?P<who9>mine)(?:\s+now)?\s*[.!]*$|"
    # "please put it in my name", "I'm happy to take A-64 over from her": the writer's
    rf"\bput\s+(?:it|this|that|this\s+one|{REF_WORDING})\s+(?:in|under|down\s+in)\s+(?P<who12>my)\s+name\b|"
    rf"\b(?P<who13>I)(?:['’]m|\s+am|['’]ll|\s+will|\s+can)\s+(?:happy\s+to\s+|glad\s+to\s+)?take\s+"
    rf"(?:it|this|that|this\s+one|{REF_WORDING})\s+(?:over|on)\b|"
    # "can we put the SCR sub group down as owner", "make it an all-members action": the new owners, named as such
    r"\b(?:put|have|list)\s+(?P<who7>[A-Za-z][\w'’ &+-]{0,40}?)\s+(?:down\s+)?as\s+(?:the\s+)?(?:new\s+)?"
    r"(?:owner|lead)\b|"
    rf"\bmake\s+(?:it|this|that|{REF_WORDING})\s+(?:an?\s+)?(?P<who8>[A-Za-z][\w'’ &+-]{{0,40}}?)\s+action\b|"
    # "A-26 - swap owner to Mike", "change the lead to the CCG please"
    r"\b(?:swap|change|switch|move|update)\s+(?:the\s+)?(?:owner|owners|lead|ownership)(?:\s+from\s+[\w'’ ]{1,30}?)?"
    r"\s+(?:over\s+)?to\s+"
    r"(?P<who6>[A-Za-z][\w'’ &+-]{0,40}?)(?:\s+(?:please|pls|thanks|now|instead)\b|[.!?,;]|$)|"
    r"\bnew\s+(?:owner|lead)\s*(?:is\s+|should\s+be\s+|[:=–—-]+\s*|->\s*|→\s*)?(?P<who>[A-Za-z][\w'’ &+-]{0,40}?)"
    r"(?:\s+(?:please|pls|thanks|now|instead)\b|[.!?,;]|\s*\(|$)|"
    r"\b(?:can|could)\s+(?:it|this|that)(?:\s+one)?\s+come\s+(?:over\s+|across\s+)?to\s+(?P<who2>me|us|myself)\b|"
    r"\b(?:but|so|and)\s+(?P<who3>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:will|['’]ll|is\s+going\s+to|can)\s+"
    r"(?:take|pick)\s+(?:it|this|that)(?:\s+one)?(?:\s+(?:on|over|up))?\s+(?:now|instead|from\s+here)\b|"
    rf"^\W*{REF_WORDING}\b.{{0,60}}?[,.;–—-]\s*(?:please\s+|pls\s+|can\s+you\s+|could\s+you\s+)?change\s+"
    r"(?:it\s+|the\s+owner\s+)?to\s+(?P<who4>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s*(?:please|pls|thanks)?\s*(?:[.!?]|$)|"
    # "A-15 - can all members own this one?", "put Kate McConnell down for this one": the new owners
    r"\b(?:can|could|should)\s+(?P<who10>(?!(?:we|you|I)\b)[A-Za-z][\w'’ &+-]{0,40}?)\s+(?:jointly\s+)?own\s+"
    r"(?:this|it|that)(?:\s+one)?\b|"
    r"\bput\s+(?P<who11>(?!(?:it|this|that|me\s+down\s+as)\b)[A-Za-z][\w'’ &+-]{0,40}?)\s+down\s+(?:for|on|against)\s+"
    r"(?:this|it|that)(?:\s+one)?\b|"
    # "A-3 is now with Jo", "it's sitting with the CCG" (not "A-3: draft is with Roger": the draft is, for checking)
    rf"(?:{REF_WORDING}|\b(?:it|this|that|this one|that one))\s*[:,–—-]?\s*(?:is\s+(?:now\s+)?(?:sitting\s+)?|"
    r"(?:now\s+)?sits\s+|sitting\s+)with\s+(?P<who5>(?:(?!\bbut\b)[^,.;!?])+?)(?:\s+(?:now|instead))?(?:[.!?,;]|$)",
    re.I,
)
# "could A-11 be shared between Viv and Kate", "split A-11 between Jo and Sue", "A-9 better with sally i think":
# new owners, by the way the work is to be shared or where it would sit better.
# "A-12 isn't mine, it's the CCG's", "a-29 - not housing's, it's one for the police", "A-11 was meant for Karen J, not
# me": the member disputes the owner and says whose it is.
ASSIGN_DISPUTED = guarded(
    r"\b(?:isn['’]?t|is\s+not|not)\s+(?:really\s+)?(?:mine|ours|me|us|(?:my|our)\s+(?:one|action)|for\s+(?:me|us)|"
    r"[\w'’ ]{1,40}?['’]s|[\w ]{1,40}?s['’])\s*(?:[,;:]|\s[–—-]+|"
    r"(?=\s+(?:it['’]s|its|it\s+is)\s[\w ]{1,30}?['’]?s\b(?!\s+\w)))\s*"  # "a-34 isnt mine its Annes"
    r"(?:it\s+is|it['’]s|its|that['’]s|thats|that\s+is|it\s+should\s+be|should\s+be)\s+"
    r"(?:really\s+)?(?:an?\s+[\w&]+\s+one,\s+)?"  # "not mine, that's a CCG one, Su Vincent's"
    r"(?:(?:one|an?\s+action)\s+)?(?:for\s+|with\s+|on\s+)?(?P<who>[^,.;!?()]+?)(?:['’]s)?"
    r"(?:\s+(?:really|instead|I think|surely))?(?:[.!?,;]|\s[–—-]|$)|"
    r"(?:\b(?:was|is|were)\s+(?:meant|intended|supposed)\s+(?:to\s+be\s+|to\s+go\s+)?(?:for|to)|"
    r"\bshould\s+have\s+(?:gone|been\s+(?:given|sent))\s+to)\s+"  # "A-19 should have gone to Mike, not to me"
    r"(?P<who2>[^,.;!?()]+?),?\s+(?:not|rather than|instead of)\s+(?:to\s+)?(?:me|us|myself|my\s+\w+|our\s+\w+)\b|"
    # "A-30 was given to me by mistake, it's Helen's", "a-15 put on me in error, its jos really", "A-10 has been put
    # against me but it's Sue H's": the mistake corrected
    r"\b(?:given|assigned|allocated|put|passed|handed)\s+(?:to|on|against)\s+(?:me|us)"
    r"(?:\s+(?:by\s+mistake|in\s+error|wrongly|by\s+accident)\s*(?:[,;:]|\s[–—-]+)|\s*,?\s+but)\s*(?:it\s+is|it['’]s|its)\s+(?:really\s+)?"
    r"(?P<who3>[^,.;!?()]+?)(?:['’]s)?(?:\s+(?:really|actually|I\s+think))?(?:[.!?,;]|\s[–—-]|$)|"
    # "43 isnt mine anymore, sally has it", "A-43 isn't mine - sally's got it now": who has it instead
    r"\b(?:isn['’]?t|is\s+not|not)\s+(?:mine|ours|with\s+me)(?:\s+any\s*more|\s+now)?\s*(?:[,;:]|\s[–—-]+)\s*"
    r"(?P<who5>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?)(?:\s+has|['’]s\s+got|\s+has\s+got|\s+is\s+doing|"
    r"['’]s\s+doing|\s+is\s+picking\s+(?:it\s+)?up)\s+(?:it|that|this)?(?:\s+(?:now|instead))?\s*(?:[.!?,;]|$)|"
    # "it's really one for Jayne at Phase", "A-1 is really one for Jayne, could you move it over?": whose it should be
    r"\b(?:is|it['’]s|its|it\s+is)\s+(?:really|actually|more)\s+(?:one|an?\s+action|a\s+job)\s+for\s+"
    r"(?P<who6>(?!me\b|us\b|the\s+(?:board|workshop|panel|meeting)\b)[^,.;!?()]+?)(?:[.!?,;]|\s[–—-]|$)|"
    # "A-30 is with Chris at the moment but really it's Tony's": who has it now, then whose it should be
    r"\b(?:is|['’]s)\s+(?:currently\s+|still\s+)?with\s+[^,.;!?]{1,40}?,?\s+but\s+(?:really|actually|by\s+rights)\s+"
    r"(?:it\s+is|it['’]s|its|it\s+should\s+be|should\s+be)\s+(?:with\s+)?(?P<who4>[^,.;!?()]+?)(?:['’]s)?(?:[.!?,;]|$)|"
    # "A-37 is down to me but it should be Sue H, …": the owner now, then whose it should be
    r"\b(?:down\s+to|on|against|with|under)\s+(?:me|us)\s*,?\s+but\s+(?:really\s+)?(?:it\s+)?should\s+(?:really\s+)?be\s+"
    r"(?:with\s+|on\s+)?(?P<who8>[^,.;!?()]+?)(?:['’]s)?(?:\s+(?:really|instead|I\s+think))?(?:[.!?,;]|\s[–—-]|$)|"
    # "A-30 wrongly assigned to DCVS, it's Phase's", "a-30 put on Jo by mistake - should be Pam": the mistake named,
    # then whose it is (never the one it was wrongly given to)
    rf"(?:{_MISTAKEN}\s+{_GIVEN}|{_GIVEN}\s+(?:by\s+mistake|in\s+error|wrongly|incorrectly|by\s+accident))"
    r"\s*(?:[,;:]|\s[–—-]+)\s*(?:but\s+)?(?:it\s+is|it['’]s|its|it\s+should\s+be|should\s+be|that\s+should\s+be)\s+"
    r"(?:really\s+)?(?P<who7>[^,.;!?()]+?)(?:['’]s)?(?:\s+(?:really|actually|I\s+think|instead))?(?:[.!?,;]|\s[–—-]|$)",
    re.I,
)
# "A-45 from Jo to Mike pls", "A-56 - me and Anne jointly now, not Viv": the new owners, the old one named too.
ASSIGN_FROM_TO = guarded(
    rf"\b{REF_WORDING}\s*[-–—:,]?\s*(?:(?:(?:(?:can|could|should|will|to|needs?\s+to|has\s+to|must)\s+)?"
    r"(?:go|move|pass|transfer|switch)|transfers|"
    r"moves|goes|passes|switches)\s+)?(?:from\s+[\w'’ ]{1,30}?\s+"
    r"(?:to|over\s+to)\s+(?P<who>[^,.;!?]+?)(?:\s+(?:jointly|together))?"
    r"(?:\s+now\s+(?:that\s+)?(?:she|he|they)(?:['’]s|\s+is|['’]re|\s+are)\s+back)?"  # "… to zala now she's back"
    r"(?:\s+(?:please|pls|thanks))?\s*(?:[.!?,;]|$)|(?P<who2>[^,.;!?]+?)\s+(?:jointly\s+|together\s+)?now\s*,?\s+"
    r"(?:not|rather\s+than|instead\s+of)\s+[\w'’ ]{1,30}?(?:[,.;!?]|\s+(?:many\s+)?thanks|$))",
    re.I,
)
ASSIGN_SHARED = guarded(
    r"\b(?:be\s+)?(?:(?:shared|split|divided|held jointly)\s+(?:between|across|among)|(?:shared|held jointly)\s+by)\s+"
    r"(?P<who>.+?)"  # never "data now split by LDU": how the data is cut
    r"(?:\s+(?:instead|please|pls|thanks|now|from now on|going forward|jointly)\b|[.!?,;]|$)|"
    rf"\b(?:share|split|divide)\s+(?:it|this|that|this one|that one|{REF_WORDING})\s+(?:between|across|among)\s+"
    r"(?P<who2>.+?)(?:\s+(?:instead|please|pls|thanks|now|jointly)\b|[.!?,;]|$)|"
    # "A-10 to be jointly owned by Viv and Kate McConnell please": who will hold it from now
    r"\b(?:to\s+be|should\s+be|can\s+be|could\s+be|is\s+now|now\s+to\s+be)\s+(?:jointly\s+)?(?:owned|held|led)\s+"
    r"(?:jointly\s+)?by\s+(?P<who5>.+?)(?:\s+(?:instead|please|pls|thanks|now|from now on|going forward)\b|[.!?,;]|$)|"
    # "A-11 - can Viv and Kate share this one now": the two who will hold it together
    r"\b(?:can|could)\s+(?P<who4>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?\s+(?:and|&)\s+[A-Za-z][\w'’-]*"
    rf"(?:\s+[A-Za-z][\w'’-]*)?)\s+(?:share|split)\s+(?:it|this|that|this one|that one|{REF_WORDING})\b|"
    r"\b(?:(?:would|might)\s+(?:be\s+|sit\s+)?|(?:is|sits|sit)\s+)?(?:better|best)\s+(?:placed\s+|sitting\s+|off\s+)?"
    r"(?:with|on|under)\s+(?P<who3>.+?)(?:\s+(?:I think|I reckon|I'd say|I feel|probably|perhaps|maybe|instead|"
    r"rather than|than|not|please|pls|now|to be honest|tbh|as|because|since|given)\b|[.!?,;]|$)",
    re.I,
)
# "give A-26 to Annette as well as me": a further owner named after the new one.
ALSO_OWNER = guarded(
    r"\s*(?:,\s*)?(?:as well as|alongside|together with|along with|in addition to|and also)\s+"
    r"(?P<also>[A-Za-z][\w'’ -]{0,40}?)\s*(?:[.!?,;]|please|pls|thanks|jointly|$)",
    re.I,
)
# "A-26: please add Helen alongside Jassi": a new owner who shares the action with one named as owning it.
ADD_OWNER = guarded(
    r"\b(?:add|include|put)\s+(?P<who>[A-Za-z][\w'’ -]{0,40}?)\s+(?:on\s+)?(?:alongside|as well as|together with|"
    r"in addition to|as\s+(?:a\s+)?(?:joint|co-?|second|additional)\s*(?:owner|lead)\s+(?:with|alongside))\s+"
    r"(?P<also>[A-Za-z][\w'’ -]{0,40}?)\s*(?:[.!?,;]|please|pls|thanks|$)",
    re.I,
)
# "Jo's got capacity now - can she have A-33?", "mike g's back, he'll take a-47 off me": the one named before
TAKEN_BY_PRONOUN = guarded(
    r"(?:[.!?;,]|\s[–—-])\s*(?:so\s+)?(?:(?:can|could)\s+(?P<who20>she|he)|(?P<who21>she|he)(?:['’]ll|\s+will|\s+can))\s+"
    rf"(?:have|take(?:\s+over|\s+on)?)\s+{REF_WORDING}(?!\s+(?:to|through|forward)\b)",  # never "pick up" (her own)
    re.I,
)
TAKES = guarded(
    r"^(?:(?:please\s+)?(?:can|could)\s+)?(?P<who>[A-Za-z][\w'’ &+-]{0,40}?)"
    r"(?:['’]ll|\s+(?:to|will|can|should|is going to|"
    r"(?:has|have|had)\s+(?:very\s+)?(?:kindly\s+)?(?:offered|agreed|volunteered)\s+to|(?:is|are)\s+(?:happy|keen|willing)\s+to)"
    r"|['’]s\s+(?:kindly\s+)?(?:agreed|offered|volunteered)\s+to)"  # "Helen's agreed to take on A-37"
    r"\s+"
    # never "I'll pick up action 22 with Su": talked over
    rf"(?:take over|pick up|take on|own|lead on|take|carry on with|continue with|look after)\s+{REF_WORDING}"
    r"(?!\s+(?:with|at|to)\s)|"
    # "Tony's taking A-41 off Chris", "Pam is picking up A-12": the new owner, taking it now
    rf"^(?P<who6>[A-Za-z][\w'’&-]*(?:\s+[A-Za-z][\w'’&-]*)?)(?:['’]s|\s+is)\s+(?:now\s+)?(?:taking|picking)\s+"
    rf"(?:over\s+|on\s+|up\s+)?{REF_WORDING}(?!\s+(?:to|through|forward)\b)|"
    # "can sally take A-9 off richard", "let sally have A-9", "give jo A-9": the new owner before the reference
    r"^(?:please\s+)?(?:(?:can|could)\s+(?!(?:I|we|you)\b)|let\s+)(?P<who2>[A-Za-z][\w'’ &+-]{0,60}?)\s+"
    rf"(?:take over|pick up|take on|have|take|lead on|own)\s+{REF_WORDING}|"
    rf"^(?P<who8>(?!(?:I|we|you|he|she|they)\b)[A-Za-z][\w'’ &+-]{{0,40}}?)\s+(?:can|could)\s+have\s+{REF_WORDING}"
    r"\s*(?:now|instead|then|please|pls)?\s*[.!?]*$|"  # "nicky can have a-26"
    rf"^(?:please\s+)?give\s+(?P<who4>[A-Za-z][\w'’ &+-]{{0,40}}?)\s+{REF_WORDING}"
    r"(?!\s+(?:a|an|another|more|\d|one|two))|"
    rf"{REF_WORDING}\s+(?:should|must|ought to)\s+(?:really\s+|probably\s+)?be\s+"
    r"(?P<who3>[A-Za-z][\w'’ -]{0,40}?)['’]s\b|"
    # "Karen Jackson is taking over A-17 from me", "Sally's picking up A-9"
    r"^(?:(?:so|and|fyi)\W+)?(?P<who7>[A-Za-z][\w'’ &+-]{0,40}?)(?:\s+(?:is|are|has|have)|['’]s)\s+(?:now\s+)?"
    r"(?:(?:taking over|picking up|taking on|leading on|taken over|picked up|taken on)\s+"
    rf"{REF_WORDING}|(?:taking|picking)\s+{REF_WORDING}\s+"
    r"(?:over|up|on)\b)|"  # "Kate's taking A-43 over from Viv"
    # "a26 nicki b to take this on now", "A-7 - Sally will pick it up": the new owner after the reference
    rf"^\W*{REF_WORDING}\s*[:,–—-]?\s+"
    # "A-25 - Roger's asked that Jassi picks this up from me": who was asked to take it
    r"(?:[A-Z][\w'’-]*(?:['’]s|\s+has)?\s+(?:asked|wants|would\s+like)\s+(?:that\s+|for\s+|if\s+|whether\s+)?)?"
    r"(?:(?:can|could)\s+(?!(?:I|we|you)\b))?"  # "A-19 - can Kate Mc and Viv take this on jointly please"
    r"(?P<who5>(?!(?:I|we|you|he|she|they|it|this|that|who)\b)[A-Za-z][\w'’ &+-]{0,40}?)"
    r"\s+(?:(?:to|will|can|could|should|is going to|(?:is|are)\s+(?:happy|keen|willing|going)\s+to)\s+)?(?:now\s+)?"
    r"(?:takes?\s+(?:it|this|that)(?:\s+one)?\s+(?:on|over)|picks?\s+(?:it|this|that)(?:\s+one)?\s+up|takes? over|"
    r"picks? up|takes? on|leads? on)\b",
    re.I,
)
# "can you put A-48 in Nicki Burrows' name", "put a37 against the VCSG instead of me", "A-10 should be Richard and
# Sally jointly now", "A-4 is mine now", "A-34 new owners: Pam, Zala": the new owners, named these ways.
ASSIGN_NAMED = guarded(
    rf"\bput\s+(?:{REF_WORDING}|it|this|that)(?:\s+one)?\s+(?:down\s+)?in(?:to)?\s+"
    r"(?P<who>[A-Za-z][\w'’ &+-]{0,40}?)['’]s?\s+name\b|"
    rf"\bput\s+(?:{REF_WORDING}|it|this|that)(?:\s+one)?\s+(?:down\s+)?against\s+(?P<who2>[A-Za-z][\w'’ &+-]{{0,40}}?)"
    r"(?:\s+(?:instead|please|pls|now|rather than|not)\b|[.!?,;]|$)|"
    rf"^\W*{REF_WORDING}\s*[:,–—-]?\s*(?:should|must|needs?\s+to|ought\s+to)\s+(?:really\s+)?be\s+"
    r"(?P<who3>(?!(?:done|finished|completed|closed|moved|dropped|extended|on|with|due|ready|in|at|by)\b)"
    r"[A-Za-z][\w'’ &+-]{0,50}?)\s+(?:jointly\s+|together\s+)?(?:now|instead|from\s+now\s+on|going\s+forward)\b|"
    rf"^\W*{REF_WORDING}\s*[:,–—-]?\s*(?:is|['’]s)\s+(?:now\s+)?(?P<who4>mine|ours|[A-Za-z][\w'’-]*['’]s)\s+now\b|"
    rf"^\W*{REF_WORDING}\s*[:,–—-]?\s*new\s+(?:owners|leads)\s*[:=–—-]*\s*(?P<who5>[A-Za-z][\w'’ &,-]{{0,60}}?)"
    r"\s*(?:please|pls|thanks)?\s*[.!?]*$|"
    # "a-29 should be with the wdg lead", "Could A-9 be placed under our business manager, please."
    rf"^\W*{REF_WORDING}\s*[:,–—-]?\s*(?:(?:this|it)\s+)?(?:should|must|needs?\s+to|ought\s+to)\s+(?:really\s+)?(?:be|sit)\s+"
    r"with\s+(?P<who6>[^,.;!?]+?)(?:\s+(?:now|instead|really|please|pls|thanks))*"
    r"(?:\s+(?:rather\s+than|not|instead\s+of)\s+(?:with\s+)?me(?:\s+personally)?)?\s*(?:[.!?,;]|$)|"
    rf"^\W*(?:can|could|should)\s+{REF_WORDING}\s+(?:be\s+)?(?:placed|put|sat|moved)\s+(?:under|with|against)\s+"
    r"(?P<who7>[^,.;!?]+?)(?:\s+(?:now|instead|please|pls|thanks))*\s*(?:[.!?,;]|$)|"
    # "a-60 is cafcass's, pls move off me": whose it is, then the ask to move it
    rf"^\W*{REF_WORDING}\s*(?:is|['’]s)\s+(?:really\s+|actually\s+)?(?P<who9>[\w&'’ -]{{2,30}}?)['’]s?\s*[,.;–—-]+\s*"
    r"(?:(?:pls|please|can\s+you|could\s+you)\s+)?(?:move|take|switch|put|get)\s+(?:it\s+)?off\s+(?:me|my\s+list)\b|"
    # "A-49 should be jointly owned by Marie Hunter and Annette Callear rather than me"
    rf"\b{REF_WORDING}\s*(?:should|must|needs?\s+to|can|could)\s+(?:now\s+|really\s+)?be\s+(?:jointly\s+)?"
    r"(?:owned|held|led)\s+by\s+(?P<who10>[^,.;!?]+?)(?:\s+(?:rather\s+than|instead\s+of|not)\s+[^,.;!?]+?)?"
    r"(?:\s+(?:please|pls|thanks))?\s*(?:[.!?,;]|$)|"
    # "take me off a-22, jo's picking it up": off the writer, onto the one taking it
    rf"\btake\s+me\s+off\s+{REF_WORDING}\s*[,;–—-]+\s*(?P<who11>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)(?:['’]s|\s+is)\s+"
    r"(?:picking|taking)\s+(?:it|this|that)\s+(?:up|on|over)\b|"
    # "take A-9 off me pls, its viv's now", "take A-9 off me – Jo has it": off the writer, onto whose it is now
    rf"\btake\s+{REF_WORDING}\s+off\s+(?:me|us|my\s+list)(?:\s+(?:pls|please))?\s*[,;–—-]+\s*(?:(?:it['’]?s|its)\s+"
    r"(?P<who12>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)['’]s|(?P<who13>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)"
    r"(?:\s+has|['’]s\s+got|\s+is\s+(?:picking|taking)\s+(?:it|this|that)\s+(?:up|on|over)))(?:\s+(?:it|now))*\b|"
    # "A-34 - Rachel Doyle pls": the reference, then only whose it should be
    rf"^\W*{REF_WORDING}\s*[-–—:]\s*(?P<who8>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){{0,2}})\s*(?:please|pls)\W*$|"
    # "A-29 is with the wrong Karen – should be Karen Jackson not Karen Palk"
    rf"^\W*{REF_WORDING}\b[^.?!]{{0,40}}?\s[–—-]\s*(?:it\s+)?should\s+(?:be|go\s+to|sit\s+with)\s+"
    r"(?P<who14>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?)\s+(?:not|rather\s+than|instead\s+of)\b|"
    # "a-47 - can both Zala and Pam have it pls, joint"
    rf"^\W*{REF_WORDING}\s*[:,–—-]?\s*(?:can|could)\s+(?:both\s+)?(?P<who15>[A-Za-z][\w'’ &+-]{{0,40}}?)\s+(?:both\s+)?"
    r"have\s+(?:it|this|that)(?:\s+one)?\b",
    re.I,
)


# "a-43: police plus YOS please", "a19 - hospital", "a-60 cafcass not me pls": the reference, then only whom.
_LISTED_REF = guarded(r"^\W*(?:action\s+|no\.?\s*|#)?a?-?\s*\d+\s*(?:[:=–—-]+>?|→|->)?\s*", re.I)
_LISTED_REASON = guarded(r",\s+|[.;!?](?:\s+|$)|\s+(?:as|since|because|cos|coz)\s+", re.I)
_LISTED_HOW = guarded(
    r"(?:[\s,]+(?:please|pls|plz|ta|thanks|thx|cheers|jointly|together|generally|collectively|instead|now|"
    r"going\s+forward|from\s+now(?:\s+on)?|not\s+me|rather\s+than\s+me|to\s+(?:own|hold|lead\s+on|take)"
    r"(?:\s+(?:it|this|collectively|jointly|now))*))+\s*$",
    re.I,
)
_LISTED_STATE = guarded(
    r"\b(?:done|complete[d]?|finished|closed|sorted|dropped|cancelled|ongoing|late|overdue)\b", re.I
)
_LISTED_JOIN = guarded(r"\s*(?:\bplus\b|\+|&(?=\s))\s*", re.I)


# Every wording of a new owner, in the order the rules try them
ASSIGNING = (
    ASSIGN_BY, ASSIGN, ASSIGN_GO, TAKEN_BY_PRONOUN, TAKES, ASSIGN_SHARED, ASSIGN_DISPUTED, ASSIGN_FROM_TO,
    ASSIGN_TAKEN_UP, ASSIGN_NAMED,
)  # fmt: skip


def listed_owners(text: str) -> str | None:
    """The owners written alone after an action's reference ("a-43: police plus YOS please": "police and YOS"),
    the reason after them aside ("a-3 – cafcass, they're running it now"); None when more than whom is written."""
    opening = _LISTED_REF.match(text)
    if opening is None or not REF.search(text, 0, opening.end()):
        return None
    who = _LISTED_REASON.split(text[opening.end() :], maxsplit=1)[0]
    who = _LISTED_JOIN.sub(" and ", _LISTED_HOW.sub("", who)).strip()
    if _LISTED_STATE.search(who):
        return None  # "a-22 complete (pam)", "a-22 (pam) done": closed (by her), never handed to her
    return who if who and len(who.split()) <= 6 else None


# "should be against YOS", "can a-7 go to my replacement Sarah Okafor?": words before the new owner's name
NOT_THE_NAME = guarded(
    r"^(?:against|under|in\s+the\s+name\s+of|(?:my|our)\s+(?:replacement|successor|new\s+(?:deputy|manager|lead)))\s+",
    re.I,
)
