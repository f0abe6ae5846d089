"""The words of messages about one action by its reference: the reference itself ("A-14", "a11"), moving its date
("push A-14 back two weeks", "can A-33 be for the July board"), giving it to someone ("A-28 should be on the
police"), dropping it ("A-10 isn't needed anymore"), updating it ("A-6 note: ...") and closing it ("for him"). Read
by :mod:`bot.understanding.edit_rules`."""

from __future__ import annotations

import re

from bot.understanding.patterns import guarded

# An action's reference: "A-14", "A - 14", or "a14" (the letter right before at most four digits).
_PAPER = r"(?!\s*(?:paper|size|sheets?|format|posters?|landscape|portrait|pages?|envelopes?)\b)"  # "print on A4"
REF_WORDING = rf"A(?:\s?-\s?(?=\d)|(?=\d{{1,4}}\b{_PAPER}))\d{{1,6}}\b"
# "a-9 is really a CRC one": a message that opens with an action's reference is about that action.
REF_FIRST = guarded(rf"^\W*(?:(?:fyi|re|ref|on|update(?:\s+on)?|news\s+on)\W*\s+)?(?:action\s+|#)?{REF_WORDING}", re.I)
REF_NUMBER = rf"A(?:\s?-\s?(?=\d)|(?=\d{{1,4}}\b{_PAPER}))(\d{{1,6}})\b"  # the same, capturing the number
REF = guarded(rf"\b{REF_NUMBER}", re.I)
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14, "fifteen": 15, "twenty": 20,
            "thirty": 30, "couple of": 2}  # fmt: skip
_UNITS = {"day": 1, "week": 7, "fortnight": 14, "month": 30}
_NUMBER_WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty"
_AMOUNT = rf"(?P<n>\d{{1,2}}|an?|{_NUMBER_WORDS}|(?:a\s+)?couple of)\s+(?:more\s+|extra\s+|further\s+)?"
_UNIT = r"(?P<unit>days?|weeks?|fortnights?|months?)"
_SHIFT = (
    guarded(
        r"\b(?:push(?:ed|ing)?|move[ds]?|moving|put|shift(?:ed|ing)?|slip(?:ped|ping|s)?|slid(?:e|es|ing)?|defer(?:red)?|"
        r"delay(?:ed|ing)?|extend(?:ed|ing)?|kick(?:ed)?|knock(?:ed)?"
        r"|bring|brought|pull(?:ed)?|go(?:es)?|went)\b[^.?!]{0,40}?\b(?P<way>back|on|out|forward|forwards|in)?\s*"
        r"(?:by\s+)?"
        + _AMOUNT + _UNIT,
        re.I,
    ),
    # "A-12 back 2 wks pls": the way and the amount straight after the reference, no verb
    guarded(rf"\b{REF_WORDING}\s*[:,–—-]?\s*(?P<way>back|forward|out)\s+(?:by\s+)?" + _AMOUNT + _UNIT, re.I),
    guarded(rf"\b(?:another|extra|a further|further)\s+(?:(?P<n>\d{{1,2}}|{_NUMBER_WORDS}|couple of)\s+)?" + _UNIT,
               re.I),
    guarded(rf"(?<![-#])\b(?P<n>\d{{1,2}}|an?|{_NUMBER_WORDS}|couple of)\s+(?:more|extra|further)\s+" + _UNIT, re.I),
    guarded(rf"(?:(?<![-#])\b(?P<n>\d{{1,2}}|an?|{_NUMBER_WORDS}|couple of)\s+|\b(?=(?:week|fortnight|month)\s))"
            + _UNIT + r"\s+(?:more|extra|longer)\b", re.I),  # "could do with a fortnight more", "a-5 fortnight more"
    guarded(rf"(?<![-#])\b(?P<n>\d{{1,2}}|an?|{_NUMBER_WORDS}|couple of)\s+" + _UNIT
               + rf"\s+later\s+(?:for|on)\s+{REF_WORDING}", re.I),  # "a month later for a-24 please"
    # "can I have a fortnight's extension?", "a two-week extension", "an extension of a month": time added
    guarded(rf"(?<![-#])\b(?P<n>\d{{1,2}}|an?|{_NUMBER_WORDS}|couple of)(?:\s+|-)" + _UNIT
               + r"(?:['’]s?)?\s+(?:extension|delay)\b", re.I),
    guarded(r"\bextension\s+of\s+" + _AMOUNT + _UNIT, re.I),
    # "can I have a bit longer on a-12? a week would do it": more time asked for, then how much
    guarded(r"\b(?:a\s+bit|a\s+little|some)\s+(?:longer|more\s+time)\b[^.!]{0,40}?[?.,;–—-]\s*"
               rf"(?P<n>\d{{1,2}}|an?|{_NUMBER_WORDS}|couple of)\s+" + _UNIT +
               r"\s+(?:would|will|should)\s+(?:do(?:\s+it)?|be\s+(?:enough|fine|plenty|ok|great))\b", re.I),
)  # fmt: skip
_AMOUNT_OF = guarded(  # "12 months of missing episodes"; "to a week after the workshop": a day, not a move
    r"\s+(?:of|worth)\b|['’]s?\s+(?:worth|data|figures|records)\b|\s+(?:after|before)\s+(?:the|\w+day['’]?s)\s", re.I
)
_FORWARD = guarded(r"\b(?:forward|forwards|bring|brought|earlier|sooner|pull(?:ed)?)\b", re.I)
_ARROW_DATE = (  # "sally's a-30 → 10/7/15 pls": a new date after an arrow
    rf"\b{REF_WORDING}\s*(?:->|→|=>)\s*(?=\d|(?:the\s+)?(?:end|mid|w/?c|next|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
    r"workshop|panel|board)\w*\b)"
)
_NOT_A_NOUN = r"(?<!\bthe\s)(?<!\bform\s)(?<!\bthese\s)(?<!\bany\s)"  # "agreed the referral form changes": no move
REDATE = guarded(
    rf"{_ARROW_DATE}|"
    rf"\bmoving\s+(?={REF_WORDING}|it\b|this\b|that\b)|\b{REF_WORDING}\s*[:,–—-]?\s*(?:back|forward|out)\s+(?:by\s+)?"
    rf"(?:\d|an?\s|{_NUMBER_WORDS}|couple)|"
    # "can we set a-55 to the 1st instead": the day it is set to
    rf"\bset\s+{REF_WORDING}\s+(?:due\s+)?(?:to|for)\s+(?=(?:the\s+)?(?:\d|mon|tue|wed|thu|fri|end\b|mid\b|early\b|next\b))|"
    # "need a-53 to be the 1st not today": the day it should be
    rf"\b(?:need|want|would\s+like|like)\s+{REF_WORDING}\s+to\s+be\s+(?=(?:on\s+|due\s+)?(?:the\s+)?(?:\d|mon|tue|wed|thu|"
    r"fri|end\b|mid\b|early\b|next\b))|"
    r"\bneeds?\s+moving\b|\b(?:push(?:ed|ing)?(?!\s+(?:it\s+|this\s+|that\s+|them\s+)?through\b)|move[ds]?(?!\s+(?:in|into|out|on|over\s+to\s+the\s+new|offices|buildings|house|premises)\b)|put(?!\s+(?:an?\s+|the\s+)?(?:update|note|comment|line)|\s+on\b)|shift(?:ed|ing)?|bump(?:ed)?|shunt(?:ed)?|"
    rf"{_NOT_A_NOUN}chang(?:e[d]?|ing)|extend(?:ed|ing)?|defer(?:red|ring)?|"
    r"(?<!the )(?<!a )(?<!slight )(?<!small )(?<!minor )delay(?:ed|ing)?|re-?date[ds]?|aim\s+for|went\s+past"
    r"|reschedule[ds]?|pull(?:ed)?\s+forward|amend(?:ed)?|slip(?:ped)?|knock(?:ed)?(?=\s+(?:it|this|that|A-?\d+)\s+back))\b|"
    r"\b(?:new|revised|amended|updated|later|realistic|likely) (?:due |target |end |completion )?date\b|"
    # "bring A-9 forward", "brought back to July" (not "will bring to panel on monday": where the work goes)
    rf"\b(?:bring|brought)\s+(?:(?:it|this|that|this one|that one|{REF_WORDING})\s+)?"
    r"(?:forward|forwards|back|earlier)\b|\b(?:come|comes|came|coming)\s+(?:forward|forwards)\s+(?:to|till|until)\b|"
    r"\b(?:due date|deadline|target date)\b|\b(?:closing|end) date (?:is|should be|to be|now)\b|"
    # "wont be done by the 29th, realistically the 12th June", "mid june more realistic"
    r"(?:(?<=,\s)|(?<=[-–—:]\s)|(?<=\bso\s))realistically\b|\bmore\s+realistic\b|"
    r"\b(?:now|to be) due\b|\bdue (?!out\b)(?:on|by)?\b|\b(?:be|running|going)\s+(?:a\s+bit\s+)?late\s+(?:with|on)\b|"
    r"(?<!n't )(?<!n’t )(?<!not )(?<!never )\bbe (?:for|due|done by|ready by|ready for)\b|"
    r"\b(?:go|goes|slip|slide)\s+(?:back\s+|out\s+)?(?:till|until)\b|"
    r"\b(?:slip|slide)\s+(?:back\s+|out\s+)?to\b|\b(?:go|goes)\s+(?:back|out)\s+to\b|"
    # "can A-9 go to end of June" (not "the strategy goes to cabinet on 2 June": where the work goes)
    r"\b(?:go|goes)\s+to\s+(?!(?:their|his|her|its)\s)(?=(?:the\s+)?(?:w/?c\b|end|eo[dwm]|cob|close|start|beginning|middle|"
    r"mid|first|last|next|after|before|tomorrow|tmrw|\d|jan|feb|"
    r"mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|(?:\w+\s+)?(?:board|panel|workshop|meeting))\w*\b)|"
    rf"\bmake (?:it|that|this|{REF_WORDING})(?: one)?\b|\b(?:can|could|shall) we say\b|\bslipp(?:ing|ed)\b|"
    # "a-27 - can it be end of the month instead": a date straight after "can it be"
    rf"(?:\b(?:can|could|shall)\s+(?:it|this|that|this\sone|that\sone|{REF_WORDING})|{REF_WORDING}\s+(?:can|could)(?=\s+be\s+(?!\w+(?:ed|en)\b)))\s+be\s+"
    r"(?:(?:a\s+bit\s+)?later|pushed\s+back|moved)?\s*[-–—,:]?\s*"
    r"(?=(?:the\s+)?(?:w/?c\b|end|start|beginning|middle|mid|first|last|next|after|before|\d|jan|feb|mar|apr|may|jun|"
    r"jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|(?:\w+\s+)?(?:board|workshop|panel)\b)\w*\b)|"
    # "A-31 — before the July board is more realistic", "end of June would work better", "a-68 would 10 june work?"
    r"\b(?:is|would\s+be|['’]d\s+be|seems)\s+(?:more\s+realistic|more\s+achievable|better)\b|\bwork\s+better\b|"
    r"\bwould\s+(?:[\w'’/-]+\s+){1,4}?(?:work|be\s+(?:ok|okay|alright|all\s+right|fine))\b|\b(?:ok|okay|alright)\s*\?|"
    # "need a bit longer on A-50 — end of the month ok?", "need a bit more time on action 26 - by the 1st?"
    r"\b(?:need|needs|want|wants|have)\s+(?:a\s+bit\s+|a\s+little\s+|a\s+few\s+days\s+|some\s+)?"
    r"(?:longer|more\s+time)\b|"
    # "Give Tabetha until 3 July on A-25"
    r"\bextension\b|\bgive\s+(?-i:[A-Z])\w+(?:\s+(?-i:[A-Z])\w+)?\s+(?:until|till|til)\b|"
    rf"\bgive\s+{REF_WORDING}\s+(?:till|until|til|to)\b|"  # "can we give a-16 till end of next week"
    r"\b(?:need|needs|needed|want|wants|have|get|give (?:me|us|him|her|them))\s+(?:it\s+|this\s+|that\s+|"
    r"(?:a bit\s+|a little\s+|some\s+)?(?:more|longer|extra)(?:\s+time)?,?\s+)?"
    r"(?:till|until|til|'til)\b|"  # "need till June", "I need a bit longer, till 12/06"
    rf"^\W*{REF_WORDING}\s+(?:to|till|until)\b|"  # "A-25 to first week of June"
    rf"^\W*(?:(?:can|could)\s+)?{REF_WORDING}\s+(?:be\s+)?by\s+(?=[^?.!]*\binstead\b)|"  # "a-52 by the 12th instead?"
    # "a-15 - end of next week instead of today pls", "a 58 - for the workshop instead of monday please"
    rf"^\W*{REF_WORDING}(?:\s*[:,–—-]+\s*|\s+)(?:(?:by|for|to|on)\s+)?(?=(?:the\s+)?(?:w/?c\b|end|start|beginning|mid|first|last|"
    r"next|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|(?:\w+\s+)?(?:board|panel|workshop))"
    r"[^?.!]{0,40}?\binstead\s+of\b)|"
    # "a-19 should be 3 july not 3 june", "a 27 needs to be fri 29th": a date straight after "should be"
    rf"^\W*{REF_WORDING}\s+(?:should|must|needs?\s+to|has\s+to|ought\s+to)\s+(?:really\s+|now\s+)?be\s+(?:by\s+|on\s+)?"
    r"(?=(?:the\s+)?(?:(?:end|start|beginning|middle|mid|first|last|next|\d|mon|tue|wed|thu|fri)\w*|jan(?:uary)?|"
    r"feb(?:ruary)?|march|april|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b)|"
    rf"^\W*{REF_WORDING}\s*(?:->|→|=>)",  # "A-40 → mid june"
    re.I,
)
# "update on A-11 - ... draft profile due back end of month": news of the action, its dates news without a move word.
UPDATE_OPENING = guarded(
    # "Kate's update on A-27: CRC staff briefings are booked for June"
    r"^\W*(?:just\s+)?(?:to\s+)?(?:(?:an?\s+|[A-Za-z][\w'’-]*['’]s\s+)?(?:(?:quick|brief|short|small|little|latest|"
    r"progress)\s+)?(?:update|progress|news|note)\s+(?:for\s+[a-z][\w'’-]*\s+(?=on\b))?"  # "update for helen on a-64"
    rf"(?:on|for|re|to|about)\s+(?:action\s+)?{REF_WORDING}|"
    rf"{REF_WORDING}\s*(?:[:,–—-]\s*)?(?:(?:quick|brief|short|small|little|latest)\s+)?(?:update|progress|news)\b|"
    rf"update\s*(?:[:–—-]\s*)?(?:on\s+)?{REF_WORDING}|"
    # "tabetha asked me to update a-55: camhs data is with the analyst, due next wk": the news, whatever it dates
    rf"[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?\s+(?:has\s+)?asked\s+me\s+to\s+update\s+{REF_WORDING}\s*:|"
    # "Please add a note to A-10: …", "could you add an update on A-4 - …"
    rf"(?:(?:please|pls|can\s+you|could\s+you)\s+)?add\s+(?:an?\s+)?(?:note|update|comment)\s+(?:to|on|against)\s+{REF_WORDING})",
    re.I,
)
STRONG_REDATE = guarded(
    rf"{_ARROW_DATE}|"
    r"\b(?:push(?:ed)?|move[ds]?|shift(?:ed)?|extend(?:ed)?|extension|defer(?:red)?|"
    # "change it to 3 July", "a date change for A-4": the date changed, never something else ("the policy change goes
    # to cabinet on 24 June", "the home office changed the guidance in april")
    r"change[ds]?(?=\s+(?:it|this|that|them|the\s+(?:date|deadline|due|target|timescale)|(?:its|their|my)\s+"
    r"(?:date|deadline|due)|to|till|until|from|A-?\d|action|no\.?|\#?\d|\w+['’]s\s+(?:date|deadline))\b)|date\s+change|"
    r"(?<!the )(?<!a )(?<!slight )(?<!small )(?<!minor )delay(?:ed)?|re-?date[ds]?|reschedule[ds]?|bring|brought|"
    r"pull(?:ed)?\s+forward|"
    r"(?<!been )(?<!was )(?<!were )(?<!is )amend(?:ed)?|slip(?:ped)?|(?<!with a )deadline|"
    r"(?:new|revised|amended|updated|later|realistic|likely) (?:due |target |end |completion )?date|"
    r"now due|(?:can|could|shall)\s+we\s+make\s+it|"  # "A-3: can we make it the workshop instead of Monday?"
    r"(?:due|target) date (?:should|needs to|has to|must|ought to) be|(?:due|target) date (?:is )?now|"
    # "A-31 — before the July board is more realistic", "end of June would work better"
    r"(?:is|would\s+be|['’]d\s+be|seems)\s+(?:more\s+realistic|more\s+achievable|(?:a\s+)?better\s+(?:date|bet|fit)|"
    r"better)|works?\s+better|would\s+work\s+better|realistically(?=[^.!?]{3,30}\brather\s+than\b))\b",
    re.I,
)
# "so that's one off my list!": the action done
OFF_MY_LIST = r"\b(?:that['’]?s|thats|that\s+is)\s+(?:one|another|that)\s+off\s+(?:my|the|our)\s+(?:list|plate)\b"
DONE = guarded(
    rf"{OFF_MY_LIST}|"
    r"\b(?:(?<!\bwell )done|(?<!\bwill )(?<!\bto )(?<!\bshould )(?<!\bwould )complete[d]?|"  # not "will complete it"
    r"closed?(?!\s+of\s+(?:play|business|day)\b)|"
    r"(?<!\bfor )(?<!['’]s )(?<!\bis )(?<!\bare )closing(?!\s+(?:date|down|remarks|report))|finished|"
    r"tick(?:ed|ing)?(?: it| her| him| them)?(?: off)?|sorted|signed off|(?<=been )discharged|"
    r"can be closed|returned|submitted|sent|circulated|(?:has|have)\s+(?:now\s+)?(?:gone|been)\s+out|"
    r"(?:is|are|been)\s+(?:now\s+)?(?:published|live|launched|rolled\s+out))\b"
    # "A-5 done by friday hopefully": a plan, not done
    r"(?!\s+by\s+(?:(?:the\s+)?(?:end|\d{1,2}(?:st|nd|rd|th)?\b)|next|this|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|"
    r"may\b|jun|jul|aug|sep|oct|nov|dec|tomorrow|tmrw|eod|eow|eom|close))|✅|✔|"
    r"^\W*A-?\d{1,4}\W*nothing\s+(?:more|else|further)\s+(?:to\s+do|needed|required)\b|"
    # "a-64 - job done 👍", "Finally got A-13 over the line 🎉", "I did manage to finish action 39"
    r"(?<!\bhow\s)(?<!\bto\s)\bjob\s+done\b(?!\s+by)|\b(?:got|gotten)\s+(?:it|this|that|A-?\d{1,4})\s+over\s+the\s+line\b|\b(?:did|I)\s+(?:manage|managed)\s+to\s+(?:finish|complete|close|get\s+(?:it|this|that)\s+done)\b",
    re.I,
)
FOR = guarded(
    r"\b(?:for|on behalf of)\s+(?P<who>[A-Za-z][\w'’ -]{0,40}?)\s*(?:[.!?,;]|please|pls|thanks|$|"
    r"(?<=\s)[–—-]\s|\s(?:as|because|since|who|now|she|he|they)\b)|"  # "A-9 done for Jo Forbes - she sent it"
    r"\bon\s+(?P<who2>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?)\s+behalf\b",  # "on Pam's behalf", "on Pams behalf"
    re.I,
)
# "mark A-17 complete for him", "can be closed on her behalf": the member who did it, named earlier.
FOR_THEM = guarded(
    r"\bfor (?:him|her|them)\b|\bon (?:his|her|their) behalf\b|\b(?:his|her|their) (?:action|part|bit|share)\b|"
    r"\btick (?:him|her|them) off\b",  # "A-52: Pam's done her part, tick her off"
    re.I,
)
DOER = guarded(
    r"^(?P<who>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)??)\s+(?:has|have|had|'s|sent|did|done|finished|completed|"
    r"circulated|emailed|returned|submitted|confirmed|says|said|told|tells|asked|phoned|rang|called|messaged|texted|"
    r"wrote|got\s+in\s+touch)\b",
    re.I,
)
# "Julie's action A-22 was the protocol ... please mark that one complete": whose action it is, named first.
WHOSE_ACTION = guarded(
    rf"^(?P<who>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)['’]s\s+(?:action\s+|one\s+)?(?:\({REF_WORDING}\)|{REF_WORDING})",
    re.I,
)
# "closing A-2 for Dudley Group (Zala sent it over)", "A-2 closed - Zala did it": who did the work, in an aside.
DOER_ASIDE = guarded(
    r"(?:\(|[,;]\s*|\s[–—-]\s+)(?P<who>[A-Za-z][\w'’-]*(?:\s+(?!(?:has|had|now|just|already)\b)[A-Za-z][\w'’-]*)?)"
    r"\s+(?:has\s+|had\s+|'s\s+)?"
    r"(?:now\s+|just\s+|already\s+)?(?:sent|did|done|finished|completed|returned|submitted|emailed|circulated|"
    r"provided|shared|forwarded|delivered|presented|produced|written|drafted)\b|"
    # "A-33 done by Mayada - close it please": who did it, after the tick
    r"\b(?:done|completed|finished|sorted|delivered)\s+by\s+(?P<by>[A-Za-z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
    r"(?=\s*(?:[,;.!]|\s[–—-]\s|$))",
    re.I,
)
# "ive done my action on gp leads, can that come off now", "data sent - close mine off": the writer's own, unnamed
CLOSE_MINE = guarded(
    r"\b(?:close|tick|cross|take|mark|sign)\s+(?:off\s+)?(?:mine|my (?:one|action|bit|part|item))(?:\s+off)?\b|"
    r"\b(?:can|could|shall|should)\s+(?:that|it|this|mine|my (?:one|action|bit|part|item))\s+(?:now\s+)?"
    r"(?:come off|be (?:taken|ticked|crossed|signed) off|be closed(?: off)?|be marked (?:as )?(?:done|complete))\b|"
    # "could you tick it off for me?", "would you mind marking it complete?": asked of the assistant
    r"\b(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:mind\s+)?(?:tick|cross|mark|sign|close)(?:ing)?\s+(?:it|that|"
    r"this)\s+(?:off|as\s+(?:done|complete[d]?|closed)|complete[d]?|done|closed)\b",
    re.I,
)
FIRST_PERSON = guarded(r"\b(?:I|I've|I'm|I'd|my|mine|we|we've|our)\b", re.I)
# "A-10 isn't needed, so can it come off?", "... can you close it?": a request, though it ends with "?".
POLITE_REQUEST = guarded(
    r"(?:^|[.!?,;]\s*|\s[-–—]+\s*|\bso\s+)(?:can|could|would) (?:you|it|we|this|that)\b|^please\b|"
    # "so I wonder if A-5 could be dropped?", "would it be possible to cancel A-47?", "is it ok to drop A-5 …?"
    r"\b(?:wonder(?:ing)?|was wondering)\s+(?:if|whether)\b|\bwould it be possible\b|\bI['’]d be grateful if\b|"
    r"^is\s+it\s+(?:ok|okay|alright|all\s+right|fine)\s+(?:if\s+(?:I|we)|to)\b|^is\s+it\s+possible\s+to\b|"
    # "can A-17 be withdrawn?", "We've lost the funding. Can A-5 be dropped?"
    rf"(?:^|[.!?]\s+)(?:can|could|would)\s+(?:action\s+)?{REF_WORDING}\s+(?:now\s+|please\s+)?(?:be|come)\b",
    re.I,
)
# Refs named in a drop's reason or an update ("duplicate of A-17", "superseded by A-3"), not being edited.
OTHER_REF = guarded(
    rf"\b(?:of|by|with|into|as|see|than|from|under|duplicates?|duplicating|repeats|replicates|overlaps|mirrors|"
    rf"supersedes|replaces)\s+{REF_WORDING}",
    re.I,
)
THEIR_PART = guarded(
    r"(?P<who>[A-Za-z][\w'’ -]{0,40}?)(?:'s|’s|s')\s+(?:part|bit|share|return|one)\b|"
    r"(?P<who3>\b[A-Za-z][\w-]{1,30}s)\s+(?:part|bit|share)\b|"  # "Jassis part of A-26": no apostrophe
    r"^(?P<who2>[A-Za-z][\w'’ -]{0,40}?)(?:\s+(?:has|have|'s)|['’]s)\s+(?:now\s+|just\s+|already\s+)?"
    r"(?:done|completed|returned|sent|submitted|finished|circulated|shared|emailed|provided|delivered)\b",
    re.I,
)
# "Anne says re A-6: …", "Zala says re a-40 …": whose news, before the reference it is about
_SAYS_RE = (
    r"(?:[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?\s+(?:says|said|reports|tells\s+me|has\s+confirmed)\s+"
    r"(?=(?:re|on|about)\b))?"
)
# "A-10: Su Vincent has completed this, the return went in yesterday": who did it, after the reference.
NAMED_DID_IT = guarded(
    r"^(?P<who>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)\s+(?:has|have)\s+(?:now\s+|just\s+)?"
    r"(?:completed|finished|done)\s+(?:this|it|that)(?:\s+one)?\b",
    re.I,
)
NEGATED_DONE = guarded(r"\b(?:not|n't|yet to|still waiting|nearly|almost|partly|half)\b", re.I)
UPDATE_LEAD = guarded(
    rf"^\W*(?:\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\s*[-–—:]\s*)?{_SAYS_RE}"  # "15/05 - A-11: ..."
    # "Passing on from Sally - a-14: …": whose news, before the reference
    r"(?:(?:passing|passed)\s+(?:this\s+)?on\s+from\s+[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?\s*[-–—:,]\s*)?"
    r"(?:(?:just\s+|here(?:'s|s| is)\s+|this is\s+)?(?:an?\s+|[A-Za-z][\w'’-]*['’]s\s+)?(?:bit of an?\s+)?"  # "Kate's"
    r"(?:(?:quick|brief|short|small|little|latest|progress)\s+)?(?:update|progress|news|note)\s+"
    r"(?:from\s+[A-Za-z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+)?"  # "update from Helen on A-34: …"
    r"(?:on|for|re|to|about)\s+(?:action\s+|the\s+[\w&'’/ -]{1,40}?\s+(?:action|one)\s*\(\s*)?|re:?\s+|ref:?\s+|"
    r"(?:just\s+)?(?:a\s+)?quick\s+one\s+(?:on|re|about|for)\s+(?:action\s+)?|"  # "quick one on action 20 - …"
    r"(?:for|on|about)\s+|fyi\s*[:,]?\s+)?"  # "Update on the S11 toolkit action — …", "fyi 49 – got …"
    rf"{REF_WORDING}\)?\s*(?:(?:(?:quick|brief|short|small|little|latest)\s+)?(?:update|progress|prog|note|news)\b)?"
    r"(?:\s+(?:from|for)\s+[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?(?=\s*[:\-–—]))?"  # "A-29 update from Viv – …"
    r"(?:\s*,?\s*(?:if I may|if (?:that's|that is) (?:ok|okay|alright|all right)|for the tracker|"
    r"for (?:your|the) records?|please|pls))?"
    r"\s*(?:[:\-–—,;>]|->|→|\.(?=\s+[A-Z]))\s*(?P<note>.+)$",
    re.I,
)
UPDATE_VERB = guarded(
    r"^\W*(?:[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?\s+(?:has\s+|had\s+)?asked\s+me\s+to\s+)?"  # "Sally asked me to …"
    r"(?:(?:I\s+)?(?:wonder|was wondering)\s+if\s+)?(?:(?:can|could|would) (?:you|I|we)\s+|(?:you|I|we)\s+"
    r"(?:can|could|would)\s+)?(?:please\s+|pls\s+)?"  # "pls add this as an update to a-53: …"
    r"(?:add\s+(?:(?:an?\s+)?(?:update|note|comment|line)\s+|the following\s+|this\s+)?"
    r"(?:as\s+(?:an?\s+)?update\s+)?(?:to|on)|"
    r"(?:put|post|pop|stick)\s+(?:(?:an?\s+)?(?:update|note|comment|line)\s+|this\s+|that\s+)?(?:on|to|against)|"
    rf"update(?:\s+on)?|note\s+(?:on|against))\s+(?:action\s+)?{REF_WORDING}"
    # "add a note to A-39 while he's away: …", "… for him as he's tied up: …": why, before the news
    r"(?:\s+(?:for\s+(?:him|her|them)|while\s+|as\s+(?:he|she|they)\b)[^:;?]{0,50}?(?=\s*:))?"
    r"\s*,?\s*(?:please\b|pls\b)?\s*(?:[?:\-–—,;]|->|→|saying|that)?\s*(?P<note>.+)$",
    re.I,
)
# "re A-35 survey is live": the reference after "re" or "ref", and the news after it.
_REF_FIRST = rf"^\W*{_SAYS_RE}(?:(?:re|ref|on|about)\b\s*:?\s*)?{REF_WORDING}"
# "A-14 colleges have been emailed, 3 replies so far": news of the action written straight after its reference.
UPDATE_NEWS = guarded(
    rf"{_REF_FIRST}\s+(?P<note>[a-z][^?]*?\b(?:(?:has|have|had|is|are|was|were)\s+(?:now\s+|just\s+|all\s+)?"
    r"(?:been\s+)?\w+(?:ed|en)\b|so far|under ?way|in progress)[^?]*)$",
    re.I,
)
# "a-22 draft written, with jo for checking", "A-28 meeting booked w/ probation 27/5": a thing and what has
# happened to it, straight after the reference (read as news unless the news is that it is done).
UPDATE_BRIEF = guarded(
    rf"{_REF_FIRST}\s+(?P<note>(?!(?:is|are|was|were|has|have|had|can|could|should|would|will|to|please|now|"
    r"not|still|been|being|just)\b)[a-z][\w'’/-]*(?:\s+[a-z][\w'’/-]*){0,3}\s+"
    r"(?:\w{2,}ed|written|drawn up|begun|under ?way|in hand|in progress|on track|underway|done|complete|finished|"
    r"ready|gone|held|met|seen|taken|given)\b[^?]*)$",
    re.I,
)
# "neglect toolkit first draft done", "phase one complete": a part of the work done, news rather than the action.
PART_DONE = guarded(
    # "A-61 is nearly done, just need to proof read it", "done apart from the proof read": not done yet
    r"\b(?:nearly|almost|mostly|largely|not\s+quite|practically|virtually|all\s+but)\s+(?:done|complete[d]?|finished)\b|\bhalf\s*way\s+(?:there|through)\b|"
    # "done 14 of the 20 school visits", "6 of 8 done", "half the watches done, rest by …", "sent half the figures"
    r"\b(?:done|completed|finished)\s+\d+\s+(?:of|out\s+of)\s+(?:the\s+)?\d+\b|"
    # "check done for two of the three teams"
    r"\b(?:done|completed|finished)\s+(?:for|in|with|at|by)\s+(?:\d+|one|two|three|four|five|six|half|some|most)\s+"
    r"(?:of|out\s+of)\s+(?:the\s+)?\w+|"
    r"\b(?<!-)(?:(?:\d+|some|most)\s+(?:of\s+)?(?:the\s+)?(?:[a-z]+\s+){1,3}(?:done|finished)\b(?=[^.?!]*\brest\b)|half\s+(?:of\s+)?(?:the\s+)?(?:[a-z]+\s+){1,3}(?:done|finished)\b)|"
    r"\b\d+\s+(?:of|out\s+of)\s+(?:the\s+)?\d+(?:\s+[a-z]+){0,3}\s+(?:done|complete[d]?|finished|delivered|held|run|received)\b|\b(?:sent|done|delivered|provided|returned|submitted|had)\s+(?:about\s+|roughly\s+)?half\s+(?:of\s+)?(?:the|their|its|our)\b|"
    # "survey has gone out, 40% response so far", "14 of the 20 nurseries have returned the checklist so far": some
    r"\bso\s+far\b(?!\s+as\b)(?![^.?!]*\b(?:all|everything)\s+(?:done|complete[d]?|finished)\b)|"
    # "22 of our 31 schools confirm …", "14 of the 20 nurseries have returned the checklist": some, not all
    r"\b(?P<part>\d+)\s+(?:of|out\s+of)\s+(?:the\s+|our\s+|their\s+|its\s+)?(?!(?P=part)\b)\d+\b|"
    # "fire have done 12 joint visits since april": a count of the work so far, not the action done
    r"\b(?:have|has|['’]ve)\s+(?:now\s+|already\s+)?(?:done|completed|delivered|held|run|trained)\s+"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\s+(?!of\b|out\s+of\b)[a-z]|"
    r"\b(?:done|complete[d]?|finished)\s+in\s+part\b|"  # "A-53 has been completed in part - two sessions left"
    # "cafcass have sent their bit over to viv": one partner's share of it, not the action ("Pam has done her bit":
    # her part of it, ticked off)
    r"\b(?:sent|submitted|returned|provided)\s+(?:in\s+|over\s+)?(?:their|its)\s+"
    r"(?:bit|part|section|piece|share|element|contribution|input)\b|"
    # "crc briefing done at 2 of 3 offices": done, but at some of them
    r"\b(?:done|completed|finished|held|delivered)\s+(?:at|in|with|for|to|across|by)\s+\d+\s+(?:of|out\s+of)\s+(?:the\s+)?\d+\b|"
    # "analysis about half done", "60% complete", "partly finished": part of the way
    r"\b(?:(?:about|roughly|around|over|under|just\s+over|just\s+under)\s+)?(?:half|partly|partially|\d{1,2}\s*%|"
    r"a\s+third|a\s+quarter|two\s+thirds|three\s+quarters)(?:\s+(?:of\s+(?:it|the\s+\w+)|way))?\s+"
    r"(?:done|complete[d]?|finished|through)\b|"
    r"\b(?:done|complete[d]?|finished)\s+(?:apart\s+from|except(?:\s+for)?|bar|but\s+for|other\s+than|save\s+for)\s|"
    # "a-13 cdop data request sent to the region, awaiting reply": asked of others, the answer still to come
    r"\b(?:request|query|questions?|chaser|letter|email|e-mail)\s+(?:has\s+been\s+|was\s+|now\s+)?(?:sent|gone|emailed)\b"
    r"[^.;?!]{0,60}?[,;–—-]?\s+(?:now\s+|just\s+|still\s+)?(?:awaiting|waiting\s+(?:for|on|to\s+hear)|pending)\b|"
    # "our half's done … police bit still to do", "NPS have finished their part, the CRC section follows next week",
    # "my part is done, passed over to Rachael for the workforce side": some of it still to come
    # (not where the part done is named as someone's: "My part of A-12 is done … Police still to do theirs" ticks off
    # the writer's part; "mike g's bit of a-26 done, jo still to do hers" Mike's)
    r"^(?![\s\S]*\b(?:my|our|[A-Za-z]+['’]s?)\s+(?:part|bit|half|share)\b)[\s\S]*?(?:"
    r"\b(?:still\s+to\s+(?:do|come|be\s+done)|follows?\s+(?:next|later|in|on|after)\b)|"
    r"\b(?:passed|handed|gone)\s+(?:over\s+|on\s+)?to\s+[\w'’ ]{1,20}?\s+for\s+(?:the\s+)?[\w-]+\s+"
    r"(?:side|part|bit|section)\b)|"
    # "the YOS data's been sent to BI, waiting on the report": sent on, what comes back still awaited
    r"\b(?:sent|gone|passed|submitted)\s+(?:over\s+|off\s+|on\s+)?to\s+[\w&'’ ]{1,30}?\s*[,;–—-]?\s+(?:now\s+|just\s+|"
    r"still\s+|and\s+(?:now\s+|still\s+)?|but\s+(?:still\s+)?)?(?:awaiting|waiting\s+(?:for|on|to\s+hear))\b|"
    # "A-4 half the governors have done the training now, rest booked for june": some of the way
    r"\b(?:half|some|most|a\s+few|(?:\d{1,3}|two|three|four|five|six)(?=\s+of\b))\s+(?:of\s+)?(?:the\s+|our\s+)?"
    r"(?:[\w-]+\s+){1,3}?(?:have|has)\s+(?:now\s+)?(?:done|completed|had)\b|"
    r"\b(?:the\s+)?(?:rest|remainder)\s+(?:(?:are|is)\s+)?(?:booked|scheduled|planned|to\s+follow)\b|"
    # "a-60 sent the draft leaflet to sue haywood for comments", "… sent me the sample, going through it with tony"
    r"\bsent\s+(?:the|a|our|my)\s+(?:[\w-]+\s+)?draft\b[^.;!?]{0,60}?\bfor\s+(?:comments?|review|feedback|checking)\b|"
    r"[,;–—-]\s*(?:now\s+)?going\s+through\s+(?:it|them)\b|"
    # "the draft protocol has gone to legal for comments": out for others to look at, not finished
    r"\b(?:gone|went|sent|out)\s+(?:out\s+)?to\s+[\w&'’ ]{1,30}?\s+for\s+(?:their\s+)?"
    r"(?:comments?|review|feedback|checking|approval|consultation|sign[\s-]?off)\b|"
    # "a-56 data sharing agreement signed off by our legal team, now with NPS for signature": the next step under way
    r"[,;–—-]\s*(?:and\s+)?(?:now|currently|it['’]?s\s+now)\s+(?:with|at|sitting\s+with)\s+[\w&'’ ]{1,40}?\s+for\s+"
    r"(?:(?:their|its|final)\s+)?(?:signature|signing|sign[\s-]?off|approval|comments?|review|ratification|agreement)\b|"
    # "the feedback form is done, just needs formatting"
    r"\b(?:done|complete[d]?|finished|signed\s+off),?\s+(?:just|but|only)\s+(?:needs?|needing|waiting|awaiting|to\s+be)\b|"
    r"\b(?:(?:(?:first|initial|rough|early|second|1st|2nd|working)\s+drafts?|drafts?(?:\s+(?:version|[a-z]+))?)"
    r"(?:\s+(?:of|for)\s+(?:the\s+|our\s+|my\s+)?[\w'’&-]+(?:\s+[\w'’&-]+){0,3}?)?|"
    r"(?:part|phase|stage|step)\s+(?:one|two|1|2|i)|(?:scoping|consultation|pilot|survey)(?:\s+\w+)?|"
    r"(?:first|second|1st|2nd|initial|opening)\s+(?:round|wave|batch|tranche|session)(?:\s+of\s+[\w'’-]+(?:\s+[\w'’-]+)?)?)\s+"
    r"(?:is\s+|are\s+|has\s+been\s+|now\s+)?(?:done|complete[d]?|finished|written|ready|signed off)\b|"
    # "a-8 draft sent to the college leads for comments": a draft out for comment, the work not yet done
    r"\bdrafts?\s+(?:version\s+)?(?:is\s+|has\s+been\s+|now\s+)?(?:sent|circulated|shared|out)\s+(?:to|for|round|around)\b|"
    # "a-35 survey closed with 212 responses, analysing now": the next stage under way
    r"[,;–—-]\s*(?:now\s+)?(?:analysing|analyzing|writing\s+(?:it\s+)?up|collating|drafting\s+the\s+report)(?:\s+(?:now|them|it))?"
    r"\s*[.!]*$|"
    # "prevent training done for 60 staff, 20 left to do": some of it still to do
    r"\b\d+\s+(?:more\s+)?(?:left|remaining|still)\s+to\s+(?:do|go|train|visit|complete|finish)\b|\b\d+\s+(?:still\s+)?to\s+go\b|"
    # "we've finished the first round of consultation but there's a second in June"
    r"\b(?:finished|completed|done)\s+(?:the\s+|our\s+)?(?:first|second|1st|2nd|initial|opening)\s+"
    r"(?:round|wave|batch|tranche|draft|phase|stage|part)\b",
    re.I,
)
# "A33 waiting on analyst, should have something by the 29th", "a-7 still awaiting the figures": news of where
# the action stands, straight after its reference.
# "won't be done", "can't be finished", "isn't going to be ready": a date to be missed follows.
MISSED = (
    r"(?:(?:won['’]?t|wont|will\s+not|can['’]?t|cannot|can\s+not|isn['’]?t\s+going\s+to|is\s+not\s+going\s+to)\s+"
    r"(?:be\s+(?:done|ready|finished|completed?)|make\s+it|hit\s+it|meet\s+it)|"
    r"(?:going\s+to\s+)?struggl(?:e|ing)\s+(?:with|to\s+(?:do|finish|get))\b[^.;!?–—]{0,40}?)"
)  # "I'm going to struggle with A-29 by the July board", "A-3 won't make it by Friday": the date missed
LATE_NEWS = rf"{MISSED}\s+(?:by|for|before|in\s+time)"
UPDATE_STANDING = guarded(
    rf"{_REF_FIRST}\s*[:,-]?\s+(?P<note>(?:still\s+|currently\s+)?(?:waiting|awaiting|pending|on hold|"
    r"chasing|held up|stuck|(?:nearly|almost|getting)\s+there|on track|progressing|moving|"
    r"(?:a\s+)?(?:slight|small|minor|short|bit\s+of\s+a)\s+delay|"  # "a-55 slight delay, the survey link broke"
    # "A-9 can't be finished by friday - the data is late": late, and why (a new date only when one follows)
    rf"{LATE_NEWS})\b[^?]*)$",
    re.I,
)
# "I've finished A-5, the report is with Roger now": the writer's own action done (what follows is where it went).
WRITER_DONE = guarded(
    rf"^\W*(?:I['’]ve|I have|I|we['’]ve|we have)\s+(?:now\s+|just\s+|finally\s+)?(?:finished|completed|done)\s+"
    rf"(?:action\s+)?{REF_WORDING}",
    re.I,
)
# "For A-45: the briefing has been drafted and will go to the SCR Sub in June", "a-14: analyst assigned, draft due
# end of month": a date that belongs to the news (where the work goes next, a part's own due date), not a new date.
NEWS_DATE = guarded(
    r"\b(?:has|have|had)\s+(?:now\s+|just\s+)?(?:been\s+)?\w+(?:ed|en|wn)\b.*\b(?:will|is going to|to)\s+(?:then\s+)?"
    r"(?:go|come|be presented|be taken|be reported)\s+to\b|"
    r"(?:[,;]\s*|\band\s+)(?:the\s+|a\s+|our\s+|my\s+|their\s+)?(?!(?:it|this|that|now|new|action|all|which)\b)[a-z]+"
    r"(?:\s+(?!(?:be|it|now|is|are|was|can|could|should|will)\b)[a-z]+)?\s+(?:(?:is|are)\s+)?due\b|"  # "…, draft due …"
    # "met with the police analyst today, data should be ready by the 29th": the data's date, not the action's
    r"(?:[,;]\s*|\band\s+)(?:the\s+|our\s+|their\s+)?(?!(?:it|this|that|now|new|action|all|which|i|we)\b)[a-z]+"
    r"\s+(?:should|will|would|ought\s+to)\s+be\s+(?:ready|back|available|with\s+us)\s+(?:by|for|on)\b|"
    r"\bdue\s+back\b",  # "MAPPA figures are with the analyst, due back next week": they come back, the action stays
    re.I,
)
# "flowcharts printed, they go out next week", "the VCSG had a first look at it on Wednesday": news first, so a date
# after it is the news's own (where the work goes next), not a new due date.
NEWS_FIRST = guarded(
    r"^(?:(?:the|our|my|a|an)\s+)?[\w&'’-]+(?:\s+[\w&'’-]+){0,4}?\s+(?:(?:has|have|had|was|were|is|are)\s+(?:now\s+|just\s+)?"
    r"(?:been\s+)?)?(?:\w{3,}ed|printed|sent|written|done|drafted|agreed|finished|completed|met|went|had|"
    r"gone|seen|held|begun|run)\b",
    re.I,
)


# "housing allocations policy change goes to cabinet on 24 June": where something the action made goes next, and
# when (never the action itself: "it goes to the September board", "… go to the July board now").
NEWS_GOES = guarded(
    r"^(?!(?:it|this|that|which|these|those|we|i|one)\b)(?:(?:the|our|my|a|an)\s+)?[\w&'’-]+(?:\s+[\w&'’-]+){0,5}?\s+"
    r"(?:goes|is\s+going|will\s+go|comes|is\s+coming|will\s+come|is\s+being\s+taken|will\s+be\s+taken)\s+(?:to|before)\s+"
    r"(?!(?:the\s+)?(?:next|july|sept\w*|september|[a-z]+\s+board|board)\b)",
    re.I,
)


def dated_news(note: str) -> bool:
    """Whether a date in this news of an action is the news's own ("… her report is due July", "flowcharts printed,
    they go out next week", "the policy change goes to cabinet on 24 June"), not a new due date for the action."""
    return NEWS_DATE.search(note) is not None or NEWS_FIRST.match(note) is not None or NEWS_GOES.match(note) is not None


# "... so I think that one's complete now": news that ends by saying the action is done.
CLOSING_NOTE = guarded(
    rf"{OFF_MY_LIST}|"
    r"^(?:the\s+)?[\w&'’ ]{1,30}?\s+one\s+(?:is|['’]s|has\s+been)\s+(?:now\s+)?(?:complete[d]?|done|finished|sorted)\b|"
    rf"\b(?:so\s+)?(?:I think\s+|I reckon\s+|I believe\s+)?(?:that(?:\s+one)?|this(?:\s+one)?|it|{REF_WORDING})"
    r"(?:['’]s|\s+is|\s+can\s+(?:now\s+)?be|\s+(?:has\s+)?been)\s+(?:now\s+)?(?:marked\s+(?:as\s+)?)?(?:complete[d]?|done|finished|"
    r"closed(?:\s+off)?|sorted|ticked off|signed off)\b(?!\s+(?:by|when|once|after|until)\b)|"
    r"^(?:can|could)\s+(?:now\s+)?be\s+(?:marked\s+(?:as\s+)?)?(?:closed(?:\s+off)?|ticked\s+off|signed\s+off|"
    r"complete[d]?|done)\b|"  # "A-2 can be closed, …"
    r"^nothing\s+(?:more|else|further)\s+(?:to\s+do|needed|required|outstanding)\b|"  # "A-12 - nothing more to do"
    # "A-14 - Chris did it on my behalf last week, can you close": a close asked at the end
    r"[,.;–—-]\s*(?:so\s+)?(?:can|could)\s+(?:you|u)\s+(?:please\s+|pls\s+)?close(?:\s+(?:it|that|this)(?:\s+one)?)?"
    r"(?:\s+(?:off|down))?(?:\s+(?:please|pls))?\W*$|"
    # "A-42 - all done now", "a-9: fully complete at last"
    r"^(?:it['’]?s\s+|that['’]?s\s+)?(?:all|now|fully)\s+(?:done|complete[d]?|finished|sorted)"
    r"(?:\s+(?:now|at\s+last|finally))?\W*$|"
    r"^(?:is|has\s+been)\s+(?:now\s+)?(?:complete[d]?|done|finished)\s*[.!]|"  # "Action 20 is complete. The …"
    # "so I'm happy for that one to be marked complete", "That's it finished as far as we're concerned"
    r"\bhappy\s+for\s+(?:it|that|this)(?:\s+one)?\s+to\s+be\s+(?:marked\s+(?:as\s+)?)?(?:complete[d]?|closed|done|"
    r"signed\s+off|ticked\s+off)\b|\bthat['’]s\s+(?:it|that)\s+(?:finished|done|complete[d]?)\b|"
    # "A-25 - Sally's part is done, she's sent the figures": one member's part of the action done
    r"^(?:(?-i:[A-Z])[\w'’-]*['’]s|his|her|their|my|our)\s+(?:part|bit|bits|share|section|contribution)\s+"
    r"(?:is\s+|has\s+been\s+)?(?:now\s+|all\s+)?(?:done|complete[d]?|finished)\b|"
    # "A-14 - the leaflet is now done": the whole news is that the thing is done
    r"^(?:the\s+|our\s+|my\s+)?[\w&'’-]+(?:\s+[\w&'’-]+){0,3}\s+(?:is|are|has\s+been|have\s+been)\s+"
    r"(?:now\s+|all\s+|finally\s+)?(?:complete[d]?|done|finished)\W*$|"
    # "policy now on the website, can close", "all sent – you can close it off now": news, then closing asked
    r"(?:^|[,;.–—-]\s*)(?:so\s+)?(?:(?:you|we)\s+)?(?:can|could)\s+(?:be\s+closed|close)(?:\s+(?:it|this|that)(?:\s+one)?)?"
    r"(?:\s+off)?(?:\s+(?:now|please|pls|thanks))*\W*$",
    re.I,
)
# "A-22: met Carey, her report is due July": someone else's date, given as news of the action.
THEIR_DUE = guarded(r"\b(?:his|her|their|the)\s+(?:[\w'’-]+\s+){0,2}(?:is|are|was|were)\s+due\b", re.I)
ASKING = guarded(
    r"\b(?:what(?:'s|s| is)?\s+(?:happening|happened|going on|the (?:latest|status|position|story))|"
    r"where (?:are|is|'re) (?:we|it)|where['’]?s (?:it|this|that)(?: one)? (?:up to|at)|any (?:news|update|progress)|"
    r"status of|how(?:'s| is) .{0,20}going|"
    r"is (?!(?:now|all|finally|also|just|basically|pretty much|more or less|largely|mostly)\b)\S.{0,11}done|"
    r"(?:if|whether) \S+(?: \S+){0,2} is (?:\w+ )?done|"
    r"remind me|what(?: was| is|'s|s) (?:that|this|it)(?: one)?|what (?:was|is|'s)|status|"
    r"what(?:'s| is) the (?:due )?date|due date|when(?:'s| is) (?:it|that|this) due|"
    r"(?:deets|details|info)\s+(?:on|for|about)|whose\s+is|who(?:'s|\s+is|s)\s+(?:got|on|doing)|"
    # "#7 - who's it with", "who has it now", "who owns it": asked who holds it
    r"\bwho(?:['’]s|\s+is|s|\s+has|\s+owns|\s+holds)\s+(?:it|this|that|got\s+it|this\s+one|that\s+one)\b|"
    # "Roger wants to know the latest on A-16", "Anne asked me to check what A-41 actually says"
    r"(?:know|check|find out|see)\s+(?:the\s+latest|what\s+\S+(?:\s+\w+)?\s+(?:actually\s+)?"
    r"(?:says|is about|covers)))\b",
    re.I,
)


def shift_days(text: str) -> int | None:
    """Days a message moves a due date by ("push back two weeks": 14, "bring forward a week": -7), or None."""
    for pattern in _SHIFT:
        found = pattern.search(text)
        if not found or _AMOUNT_OF.match(text, found.end()):
            continue  # "PPU have pulled 12 months of missing episodes": an amount of something, not of time
        n_text = (found.groupdict().get("n") or "1").lower()
        n = int(n_text) if n_text.isdigit() else _NUMBERS.get(" ".join(n_text.split()).removeprefix("a "), 1)
        unit = found["unit"].lower().rstrip("s")
        days = n * _UNITS[unit]
        way = (found.groupdict().get("way") or "").lower()
        forward = way in {"forward", "forwards", "in"} or (not way and _FORWARD.search(found.group(0)) is not None)
        return -days if forward else days
    return None
