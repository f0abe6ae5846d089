"""Chat as members type it, made plain before the rules read it.

People write to the assistant the way they write to a colleague: "cant make july", "whens the next board",
"im away", "can u log that ill send it", "hi martine. ...", "... thanks!! 🙏", "apologys", "compleet". This module
restores the apostrophes of common contractions, spells out chat abbreviations, corrects misspellings of the
board's own vocabulary (never of names or task words), and cuts greetings, sign-offs and decorative emoji from
the ends of a message. It changes words, never their meaning; names are left to :mod:`bot.understanding.names`,
which asks rather than guesses.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from bot.understanding.action_numbers import with_action_numbers
from bot.understanding.action_requests import POSTED_FOR, WORK_VERB
from bot.understanding.bare_numbers import as_reference, more_references
from bot.understanding.date_typos import with_day_names_mended
from bot.understanding.dictation import as_typed
from bot.understanding.edit_words import REF_WORDING
from bot.understanding.got_in_touch import named_back
from bot.understanding.passed_on import as_passed_on
from bot.understanding.patterns import guarded
from bot.understanding.text_speak import without_text_speak

CONTRACTIONS = {
    "cant": "can't", "wont": "won't", "dont": "don't", "doesnt": "doesn't", "didnt": "didn't", "isnt": "isn't",
    "arent": "aren't", "wasnt": "wasn't", "werent": "weren't", "havent": "haven't", "hasnt": "hasn't",
    "hadnt": "hadn't", "couldnt": "couldn't", "wouldnt": "wouldn't", "shouldnt": "shouldn't", "mustnt": "mustn't",
    "im": "I'm", "ive": "I've", "whens": "when's", "whats": "what's", "wheres": "where's", "whos": "who's",
    "hows": "how's", "thats": "that's", "theres": "there's", "youre": "you're", "theyre": "they're",
    "weve": "we've", "theyve": "they've", "youve": "you've", "itll": "it'll", "shes": "she's", "hes": "he's",
    "u": "you", "ur": "your", "pls": "please", "plz": "please", "thx": "thanks", "ty": "thanks",
    "tmrw": "tomorrow", "tmr": "tomorrow", "tomoz": "tomorrow", "2moro": "tomorrow", "atm": "at the moment",
    "asap": "asap", "b4": "before", "wk": "week", "wks": "weeks", "hols": "holiday", "mins": "minutes",
    "wots": "what's", "wats": "what's", "wat": "what", "waht": "what", "wot": "what", "wht": "what",
    "whts": "what's", "hav": "have", "agian": "again",
    "teh": "the",
    "cn": "can", "sry": "sorry", "soz": "sorry", "startd": "started", "finishd": "finished",
    "mtg": "meeting", "mtgs": "meetings", "donw": "down", "dwon": "down", "upd": "update", "updt": "update",
    "shd": "should", "shld": "should", "shud": "should", "deets": "details", "cld": "could", "wld": "would",
    "mon": "Monday", "tues": "Tuesday", "weds": "Wednesday", "thurs": "Thursday", "msg": "message",
    "apols": "apologies", "apol": "apologies", "apologys": "apologies", "appols": "apologies",
    "nxt": "next", "tmw": "tomorrow", "yday": "yesterday", "wkshop": "workshop", "mtng": "meeting",
}  # fmt: skip
_WHOLE_WORD = r"(?<![\w'’@#-])({})(?![\w'’])"
_LONGEST_FIRST = sorted((w for w in CONTRACTIONS if len(w) > 1), key=len, reverse=True)
_CONTRACTION = guarded(_WHOLE_WORD.format("|".join(_LONGEST_FIRST)), re.I)
# One-letter words ("u") apart: a list holding one has no piece for the quick check to look for (and whole words
# never overlap, so two passes read as one)
_ONE_LETTER = guarded(_WHOLE_WORD.format("|".join(w for w in CONTRACTIONS if len(w) == 1)), re.I)
# "ill" is "I'll" where a verb follows it at the start of a clause ("ill send it", "- ill circulate").
_ILL = guarded(
    r"(?:^|(?<=[.!?,;:–—-]\s)|(?<=\band\s)|(?<=\bso\s)|(?<=\bthen\s))ill(?=\s+[a-z]+)(?!\s+(?:health|be\b(?!\s+(?:there|at|able|back|attending|coming|going|free|around|available)\b)))",
    re.I,
)
# "... need chasing ill chase them all", "... asap ill do it": "I'll" typed as "ill" mid-sentence, before a work verb.
_ILL_VERB = guarded(
    r"(?<=[a-z] )(?<!\bare )(?<!\bis )(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bvery )(?<!\btoo )(?<!\bfelt )"
    r"(?<!\bfeel )(?<!\bgot )(?<!\bfell )(?<!\bso )(?<!\boff )ill"
    r"(?= (?:do (?:it|that|this|them)|chase|send|circulate|sort|check|email|ring|call|look|pick|take|get|draft|write|"
    r"share|update|follow|book|arrange|contact|speak|bring|pull|put|forward|pass|ask|pop|drop|add|find|raise|read|review|"
    r"feed|prepare|provide|present|confirm|liaise|run|lead|cover|collate)\b)"
)
# "me n helen", "jo n sue": "n" between two words is "and".
_LONE_N = guarded(r"(?<=[a-z] )n(?= [a-z])", re.I)
# "shell go for me", "hell send it": "she'll" and "he'll" typed without the apostrophe, before a verb.
_SHELL = guarded(
    r"\b(s?he)ll(?=\s+(?:go|come|attend|cover|send|do|be|bring|circulate|email|sort|check|look|update|pick|"
    r"take|chase|share|draft|lead|join|ring|call|let|pop|present|represent|step|sit|stand)\b)",
    re.I,
)
# "A-6 ✅", "a12 ✔️👍": an action's reference with only a tick after it is the action done.
_TICKED = guarded(rf"^(\W*{REF_WORDING})\s*(?:[✅✔☑]\ufe0f?|👍)*[✅✔☑]\ufe0f?(?:\s*(?:[✅✔☑]\ufe0f?|👍))*\s*$", re.I)
_REF_LAST = guarded(r"^(?P<body>[^()\n]{3,120}?)\s*\((?P<ref>A-\d{1,4})\)\s*[.!]?$")
# "A 21 finished": an action's reference typed with a space, where a state or an edit follows it.
# Also after a sentence ("Finished. A 18 – data sent") or asked about ("what is A 33? Merlin mentioned it").
_SPACED_REF = guarded(
    r"(?:^|(?<=[.!?;]\s)|(?<=\bthink\s)|(?<=\breckon\s)|(?<=\bsure\s))A (\d{1,4})(?=\s*(?:[:–—-]|\s(?:done|finished|"
    r"complete|completed|closed|sorted|submitted|is|has|can|should|needs|details?|info|status|history|new|not|isn['’]?t|won['’]?t|"
    r"(?-i:[a-z]+)\s+(?:have|has)\b)\b|\s(?:all\s+done|another\s+(?:week|month|fortnight|\d)|more\s+time)\b|"
    r"\sto\s+(?:mon|tue|wed|thu|fri|end\s+of|next\s+week|w/?c)\w*\b))|"  # "a 60 to fri pls"
    r"(?<=\bwhat is )A (\d{1,4})(?=\s*(?:\?|$|\s(?:about|again)\b))|"
    r"(?<=\bwhat's )A (\d{1,4})(?=\s*(?:\?|$|\s(?:about|again)\b))|"
    r"(?<=\bwhats )A (\d{1,4})(?=\s*(?:\?|$|\s(?:about|again)\b))|"  # "whats a 23 about?", "think a 44 can go"
    r"(?<=^done )A (\d{1,4})(?=\W*$)",  # "done a 57 😀"
    re.I,
)
# "cancel a 4 - duplicate", "tick off a 31 for jo", "can we remove action 22 - ...": a reference typed as "a 4" or
# "action 22" straight after a word that edits an action (not "a 2 hour slot", "a 4 week delay").
_EDITED_NUMBER = guarded(
    r"\b((?:remove|drop|delete|cancel|scrap|withdraw|bin|ditch|strike|close|tick\s+off|tick|mark|sign\s+off|push|"
    r"move|extend|shift|reassign|give|update\s+on|can|could|should|would|re|pull\s+up|bring\s+up|look\s+up|"
    r"show\s+me|see|view)\s+(?:off\s+)?)(?:action|a)\s+(\d{1,3})\b"
    r"(?!\s*(?:/|%|[.:,]\d|(?:hours?|hrs?|minutes?|mins?|days?|weeks?|wks?|months?|years?|yrs?|pages?|people|times?|"
    r"way|star|point|per|x|or|and|of|more|other)\b|to\s+\d))",
    re.I,
)
# "reallocate 15 to Anne", "reassign 22 to housing", "update on 44 - data cleaned": a bare number straight after a
# word that only actions take (not "move 15 to June", "give 2 to Jo").
# A month or weekday, written in full or short ("mar", "march"; never "mart" or "Mayada").
_CALENDAR_WORD = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|weds|thu(?:rs?(?:day)?)?|fri(?:day)?|"
    r"sat(?:urday)?|sun(?:day)?)"
)
_BARE_NUMBER = guarded(
    r"\b((?:re-?assign|re-?allocate|allocate|transfer|hand\s+over)\s+)(?:no\.?\s*|number\s+)?(\d{1,3})"
    r"(?=\s+(?:over\s+|across\s+)?(?:to|onto)\s)|\b((?:update|progress|news|note)\s+(?:on|for)\s+|^update\s+)(\d{1,3})"
    r"(?=(?:\s+(?:pls|please))?\s*[-–—:]\s|\s+(?:from|for)\s+[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?\s*[-–—:])|"
    # "from karen j on 44 - analysis about half done", "sally says on 45 - …", "whens 18 due", "mark 11 as done"
    r"^((?:from\s+[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?|[A-Za-z][\w'’-]*(?:\s+[A-Za-z]\b)?\s+(?:says|said|reports))"
    r"\s+(?:on|re)\s+)(\d{1,3})(?=\s*[-–—:]\s)|"
    r"\b(when(?:['’]?s|\s+is)\s+)(\d{1,3})(?=\s+due\b)|\b(when\s+was\s+)(\d{1,3})(?=\s+last\s+(?:updated|changed)\b)|"
    r"\b(mark\s+)(\d{1,3})(?=\s+(?:as\s+)?(?:done|complete|completed|closed|finished)\b)|"
    r"^((?:done|completed?|finished|closed)\s+)(\d{1,3})(?=\s*[.!]*\s*$|\s*[-–—,:])|"
    # "sally's done 47", "jo has finished 12": a member's work done, by its number
    r"((?:['’]s|\s+has|\s+have)\s+(?:now\s+|just\s+|finally\s+)?(?:done|finished|completed|closed)\s+)(\d{1,3})"
    r"(?=\s*[.!]*\s*$|\s*[,;–—-])|"
    # "14 needs another wk pls", "27 -> 30/6 pls", "33 - met gp leads, 2 practices signed up so far"
    r"^()(\d{1,3})(?=\s+(?:needs?|wants?)\s+(?:another|an\s+extra|extra|more|a\s+further|a\s+couple\s+more)\b)|"
    r"^()(\d{1,3})(?=\s*(?:->|→)\s*\d{1,2}[/.]\d{1,2}\b)|"
    r"^()(\d{1,3})(?=\s+[-–—:]\s+(?!(?:people|schools|members|agencies|cases|returns|children|families|of)\b)[a-z]{3,})|"
    # "56 - 2 of our 3 offices briefed", "for 18: housing have …", "add to 68: …", "number 58 sorted"
    r"^()(\d{1,3})(?=\s+[-–—:]\s+\d{1,3}\s+(?:of|out\s+of)\s+(?:our\s+|the\s+|\d))|"
    r"^((?:for|re)\s+)(\d{1,3})(?=\s*[:–—]\s*[A-Za-z]|\s+-\s+[A-Za-z])|\b(add\s+(?:this\s+)?to\s+)(\d{1,3})(?=\s*[:–—-]\s)|"
    r"(?:^|(?<=\bthink\s)|(?<=\bbelieve\s)|(?<=\bguess\s))((?:number|no\.?)\s*)(\d{1,3})"
    r"(?=\s+(?:done|sorted|complete|completed|closed|finished|can|should|needs?)\b)|"
    # "no point keeping 37 open", "can we slide 27 by 10 days", "Sally's asked me to get 6 removed"
    r"\b(no\s+point\s+(?:in\s+)?keeping\s+)(\d{1,3})(?=\s+open\b)|"
    r"\b((?:can|could|shall)\s+(?:we|you|I)\s+(?:slide|slip|push|shift)\s+)(\d{1,3})(?=\s+(?:by|back|on|to)\b)|"
    r"\b(get\s+)(\d{1,3})(?=\s+(?:removed|dropped|deleted|closed|taken\s+off|moved|extended)\b)|"
    r"\b(got\s+)(\d{1,3})(?=\s+over\s+the\s+line\b)|"  # "finally got 62 over the line!!"
    # "wheres 24 at", "rich asked me to take over 31 while …", "handing 33 over to sue h", "agreed 48 should be hers"
    r"\b(where['’]?s\s+|where\s+is\s+)(\d{1,3})(?=\s+at\b)|"
    r"\b((?:take|taking|took|pick|picking)\s+(?:over|up)\s+)(\d{1,3})(?=\s*(?:[,;.]|$)|\s+(?:while|from|for|as|and)\b)|"
    r"\b((?:hand|handing|pass|passing)\s+)(\d{1,3})(?=\s+(?:over|on)\s+to\b)|\b(agreed\s+(?:that\s+)?)(\d{1,3})(?=\s+should\b)|"
    # "Jo asked me to put on 23 that …", "what did we say about no 61 at the march board"
    r"\b((?:put|add|note|log|record)\s+(?:on|against|to)\s+)(\d{1,3})(?=\s+that\b)|"
    r"\b((?:about|re)\s+(?:no\.?|number)\s*)(\d{1,3})\b(?!\s*(?:of|out\s+of|%|per\s*cent)\b)|"
    # "Kate is taking 40 over from me while I'm off"
    r"\b((?:take|taking|took|takes)\s+)(\d{1,3})(?=\s+(?:over|on)\s+(?:from|while|for)\b)|"
    # "was 23 ever closed?", "sally wants 35 dropping"
    r"\b((?:was|has|is)\s+)(\d{1,3})(?=\s+(?:ever\s+|already\s+|actually\s+)?(?:been\s+)?(?:closed|done|completed|finished)\b)|"
    r"\b((?:wants?|would\s+like)\s+)(\d{1,3})(?=\s+(?:dropping|removing|closing|deleting|scrapping|taking\s+off)\b)|"
    # "re 53, 12 families now in the pilot", "57 - 60% of staff trained so far"
    r"^(re\s+)(\d{1,3})(?=\s*,\s*\d)|^()(\d{1,3})(?=\s+[-–—:]\s+\d{1,3}\s*%)|"
    r"^(fyi\s+)(\d{1,3})(?=\s*[-–—:]\s)|"  # "fyi 49 – got the ONS figures, still need the local breakdown"
    # "Quick one on 16 – Karen P has reviewed the draft"
    r"^((?:a\s+)?quick\s+(?:one|note|update|word)\s+(?:on|re|for|about)\s+)(\d{1,3})(?=\s*[-–—:]\s)|"
    # "drop 55, Phase Trust's funding has ended", "scrap 12 - superseded": opening the message, then why
    r"^((?:(?:pls|please)\s+)?(?:drop|delete|remove|scrap|bin|withdraw|close)\s+)(\d{1,3})(?=\s*(?:,|;|:|\s[-–—]))|"
    # "can 23 slip to the july board", "could 14 move to June": a number that slips or moves
    r"^((?:can|could|may)\s+)(\d{1,3})(?=\s+(?:slip|move|go\s+back|be\s+(?:moved|pushed|put\s+back|extended|due))|"
    rf"\s+(?:go|come|be\s+(?:given|reassigned|passed))\s+(?:over\s+)?to\s+(?!(?:the\s+)?\d|(?:{_CALENDAR_WORD}|next|end|mid|tomorrow|tmrw|today)\b)[A-Za-z])|"
    # "drop 17 pls", "deets on 44 pls", "show 6", "any movement on 13?", "drop 14, no longer needed": a number alone
    # after a word that only actions take
    r"\b((?:drop|delete|remove|scrap|bin|cancel|kill(?:\s+off)?|close|deets\s+(?:on|for)|details\s+(?:on|for)|"
    r"history\s+(?:on|of|for)|show(?:\s+me)?|"
    r"pull\s+up|bring\s+up|look\s+up|any\s+(?:movement|news|progress|update)\s+on|finished|completed|done\s+with|"
    r"signed\s+off|ticked\s+off|tick\s+off|mark\s+off|close\s+off|sign\s+off)\s+)(?:no\.?\s*|number\s+)?(\d{1,3})"
    # "close 23 for Pam please", "pull up no 25 for me pls"
    r"(?=\s*(?:pls|please|thanks|ta|\?|!|\.|[^\w\s]+\s*$|$)|\s+for\s+(?!(?:now|the|a|an|me|us|ages|good)\b)[A-Za-z]|"
    r"\s+for\s+me\s*(?:pls|please|thanks|ta)?\s*(?:[?!.,;]|$)|"  # "pull up 39 for me", "… for me, cant remember …"
    r"\s+(?:yesterday|today|this\s+(?:morning|afternoon|week)|last\s+week)\b|"  # "karen j finished 58 yesterday"
    r",\s+(?:(?:it['’]?s|its)\s+)?(?:no\s+longer|not\s+needed|done|"
    r"complete|finished|duplicate|superseded|overtaken|the\s+\w+|an?\s+(?:dup|dupe|duplicate|repeat)\b))|"
    # "push 28 back a fortnight", "can Jo pick up 14?", "move 22 to housing" (not "move 15 to June"), "who's got 36",
    # "what was 40 again?", "33 isnt mine": a number where only an action fits
    r"\b((?:push|pull|bring)\s+)(\d{1,3})(?=\s+(?:back|forward|on)\b)|"
    r"\b((?:pick\s+up|take\s+on|take\s+over|own|who['’]?s\s+got|who\s+has\s+got|who\s+has)\s+)(\d{1,3})"
    r"(?=\s*(?:\?|instead\b|from\b|off\b|at\s+the\s+mo(?:ment)?\b|atm\b|now\b|pls\b|please\b|$))|"
    r"\b((?:move|hand|pass|switch|swap|shift|give)\s+(?:over\s+)?)(\d{1,3})(?=\s+(?:over\s+)?to\s+(?!(?:the\s+(?:end|start|beginning|middle|first|last|week|month|next|following|\d\w*|"
    r"(?:[\w'’]+\s+)?(?:board|meeting|workshop|panel))|a|an|next|end|mid|early|late|"
    rf"tomorrow|tmrw|today|tonight|{_CALENDAR_WORD}|"
    r"\d\w*)\b))|"
    r"\b((?:another|an\s+extra|extra|more|a\s+further)\s+(?:\w+\s+)?(?:weeks?|fortnight|days?|month)\s+(?:on|for)\s+)"
    r"(\d{1,3})(?=\s*(?:pls|please|thanks|\?|!|\.|,|$))|"  # "need another week on 17"
    r"\b(what\s+(?:was|is|'s)\s+)(\d{1,3})(?=\s+(?:again|about)\b)|\b(remind\s+me\s+what\s+)(\d{1,3})(?=\s+(?:is|was)\b)|\b((?:note|add)\s+(?:on|to)\s+)(\d{1,3})(?=\s+that\b)|"
    r"^()(\d{1,3})(?=\s+(?:isn['’]?t|is\s+not)\s+(?:mine|ours|me|us)\b)|"
    # "11 done", "14 complete thanks": the whole message, a number and its closing
    r"^()(\d{1,3})(?=\s+(?:is\s+)?(?:done|completed?|finished|closed|sorted)\W*(?:(?:thanks|ta|cheers)\W*)?$)|"
    # "re 24 half the schools have had the training", "Re 39: fire crews now have …": news on it
    r"^(re:?\s+|ref\s+)(\d{1,3})(?=\s*[-–—:,]?\s+(?!(?:hours?|hrs?|days?|weeks?|months?|years?|people|schools|"
    r"children|cases|families|of)\b)[a-z])|"
    # "I'm going to be late with 58", "has 30 been moved to July?"
    r"\b((?:late|behind)\s+(?:with|on)\s+)(\d{1,3})(?=\s*(?:[-–—,.:;?!]|$))|"
    r"^(has\s+)(\d{1,3})(?=\s+been\s+(?:moved|pushed|changed|closed|done|reassigned|dropped|extended)\b)|"
    # "no 19 finished, letters all sent", "no 35 complete": "no" for number, its dot left out
    r"^(?:no\s+)()(\d{1,3})(?=\s+(?:is\s+)?(?:done|completed?|finished|closed|sorted)\b)",
    re.I,
)


# "the development session", "the board away day": the board's own workshop (not a team's training day).
_DEVELOPMENT_DAY = guarded(
    r"(?<!workforce )(?<!staff )(?<!professional )(?<!training )(?:board\s+)?(?:(?:development|dev)\s+(?:session|day)|"
    r"away[\s-]?day)\b",
    re.I,
)
# "before mondays panel", "todays meeting": a day's meeting, its apostrophe left out.
_DAYS_OWN = guarded(
    r"\b((?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow)s\s+(?=(?:panel|board|meeting|workshop|session|"
    r"call|audit\s+panel)\b)",
    re.I,
)
# "extend no. 29 by 10 days", "bin no. 37 pls", "no. 18 completed": an action's number after "no." (not "no. of").
# "For action 19 – adult safeguarding have drafted …", "Re action 4:": an action named as what the message is about
_ACTION_LEAD = guarded(
    r"^((?:(?:hi|hello|dear)\s+\w+[,!]?\s+)?(?:for|re|on|regarding|against)\s+)action\s+(\d{1,4})\b", re.I
)
# "All members are asked to complete the S11 refresh by the July board": an action for them
_ASKED_TO_DO = guarded(
    r"\b(?:are|is)\s+(?:being\s+)?(?:asked|requested|invited|expected|required)\s+to\s+(?=[a-z])", re.I
)
_NUMBERED = guarded(
    r"(?<![\w.])(?:no\.\s?|number\s+(?=\d{1,3}\s+(?:is|was|has|can|should|needs|done|complete|completed|closed|"
    r"finished)\b)|(?<=\bit['’]s\s)number\s+(?=\d{1,3}\s*(?:[?.!,]|$))|(?<=\bits\s)number\s+(?=\d{1,3}\s*(?:[?.!,]|$))|"
    # "we've finished number 61 - …", "completed number 12": the action done, by its number
    r"(?<=\bfinished\s)number\s+|(?<=\bcompleted\s)number\s+|(?<=\bclosed\s)number\s+|(?<=\bdone\s)number\s+|"
    r"(?<=\bwhats\s)number\s+(?=\d{1,3}\s*\??$)|(?<=\bwhat['’]s\s)number\s+(?=\d{1,3}\s*\??$))"  # "whats number 70"
    r"(\d{1,3})\b(?!\s*(?:/|%|[.:,]\d|(?:schools?|agencies|members|people|returns?|cases|of)\b))",
    re.I,
)
# "for zala: pull the ED data before the July board": an action for Zala (not "for info: …", "for the record: …", nor
# "for Jo: A-21 - the protocol is with …": news of an action, for her).
_FOR_NAME_COLON = guarded(
    r"^for\s+(?=(?!(?:info|information|reference|the|your|you|all|everyone|noting|awareness|context|clarity|"
    r"action|me|us)\b)[A-Za-z][A-Za-z'’]*(?:\s+[A-Za-z][A-Za-z'’]*)?\s*:\s*(?!A-?\d|action\s+\d|\#\d)"
    r"(?!(?:what|which|who|whose|how|when|where|is|are|has|have|does|do|did|any|anything)\b)[a-z])",  # never a question
    re.I,
)
# "for remley: college to run a prevent session …", "please record for Helen: integrated youth services to …": posted
# for Remley, the work naming its own owner (the lead is left for the reader of who it was posted for)
_FOR_NAME_THEN_OWNER = guarded(
    rf"^{POSTED_FOR}for\s+(?!(?:info|information|reference|the|your|you|all|everyone|noting|awareness|context|clarity|"
    r"action|me|us)\b)[A-Za-z][A-Za-z'’]*(?:\s+(?!please\b|pls\b|as\b|at\b)[A-Za-z][A-Za-z'’]*)?(?:\s+(?:please|pls))?"
    r"(?:,?\s+(?:as\s+(?:she|he|they)\s+asked|at\s+(?:her|his|their)\s+request))?\s*:\s*(?=(?:the\s+)?[a-z][\w&'’-]*"
    r"(?:\s+(?!(?:is|are|was|were|has|have|needs?|wants?|going|plan|aim)\b)[\w&'’-]+){0,2}\s+to\s+"
    rf"{WORK_VERB.pattern.removeprefix('^')})",
    re.I,
)
_WHEN_PROPOSED = (
    r"(?P<when>(?:the\s+)?(?:end|mid|middle|beginning|start|close|cob|eom|first|last|w/?c|early|late|\d+(?:st|nd|rd|th)?|"
    r"(?:mon|tue|tues|wed|weds|thu|"
    r"thur|thurs|fri)(?:day)?|next|this|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|tomorrow|(?:july|september|next)\s+board|workshop|panel|"
    r"in\s+(?:a|an|one|two|three|four|six|\d{1,2})\s+(?:days?|weeks?|months?|fortnight))\b[^?]{0,30}?)\s*\?"
    r"(?:\s*(?:ta|thanks|thx|cheers|many\s+thanks)\b[^?]{0,20}|\s+(?-i:[A-Z][a-z]{1,14})|\s*\([^()?]{0,60}\))?\s*$"
)
# "end of june ok?", "tomorrow realistic?": a day put forward to be agreed
_WHEN_AGREED = _WHEN_PROPOSED.replace("when", "when4").replace(
    r"[^?]{0,30}?)", r"[^?]{0,30}?\s(?:ok|okay|alright|fine|realistic|too\s+late))"
)
# "Kate and I will draft the briefing - can we say end of June?", "fire to do a home safety briefing - in two
# weeks?": the work, then the day it is proposed for
_DATE_PROPOSED = guarded(
    r"^(?![^?]*\bA-?\d)(?P<work>[^?]+?)\s*[–—,;-]\s*(?:can|shall|could|should)\s+we\s+(?:say|go\s+with)\s+(?:for\s+)?"
    rf"{_WHEN_PROPOSED}|^(?![^?]*\bA-?\d)(?P<work2>[^?]+?\s(?:to|will)\s+[a-z][^?]+?)\s*[–—,;-]\s*(?:by\s+)?"
    rf"{_WHEN_PROPOSED.replace('when', 'when2')}|"
    # "… Say end of June?", "Leave it with me - is end of the month realistic?", "… shall we say first week of June?"
    r"^(?![^?]*\bA-?\d)(?P<work3>[^?]+?)\s*[.!–—,;-]\s*(?:(?:shall|can|could)\s+we\s+say|say)\s+(?:by\s+)?"
    rf"{_WHEN_PROPOSED.replace('when', 'when3')}|"
    # "put me down for the LADO training figures. end of june ok?": the day, asked to be agreed
    r"^(?![^?]*\bA-?\d)(?![^?]*\b(?:more\s+time|extension|extend|push|move)\b)(?P<work4>[^?]+?)\s*[.!–—,;-]\s*"
    r"(?:is\s+|by\s+)?"
    rf"{_WHEN_AGREED}",
    re.I,
)
# "Could you log that I'll be circulating the pathway? No rush, just when I get a chance.": no date, said after
_NO_RUSH = guarded(
    r"(?<=[.?!])\s+(?:there['’]?s\s+)?no\s+(?:rush|hurry)\s*[,.;–—-]?\s*(?:just\s+)?(?:when(?:ever)?\s+(?:I|you|we)\s+"
    r"(?:get|have|can)\b[^.?!\d]*|whenever\b[^.?!\d]*)?[.?!]*\s*$",
    re.I,
)
_GOT_IN_TOUCH = guarded(
    r"^(?P<who>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)\s+(?:rang|called|phoned|emailed|messaged|texted|"
    r"caught\s+me|was\s+in\s+touch|got\s+in\s+touch)(?:\s+(?:earlier|today|this\s+morning|yesterday))?\s+and\s+"
    r"(?=(?:has\s+)?asked\s+me\s+to\b)",
    re.I,
)
_DESCRIBED_REF = guarded(
    r"^(?:the|[A-Za-z]+['’]s)\s+(?:[\w'’&-]+\s+){0,3}?(?:action|one)\s+\((?P<ref>A-?\d{1,4})\)", re.I
)
# "can someone move 61 (the prevent training one) over to …", "A-61 (re the Prevent training) …": an aside naming it
_REF_ASIDE = guarded(r"(\b(?:A-?\d{1,4}|\d{1,3}))\s*\((?:the|re|re:|about|i\.?e\.?)\s[^()\d]{2,60}\)", re.I)
# "for A-60 on Pam's behalf: …", "A-60 on behalf of Pam: …": news of A-60, for Pam
_REF_ON_BEHALF = guarded(
    r"^(?:for\s+)?(?P<ref>A-?\d{1,4})\s+on\s+(?:behalf\s+of\s+(?P<who>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?)|"
    r"(?P<whose>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?)['’]s?\s+behalf)\s*(?=:)",
    re.I,
)
_FOR_THEN_REF = guarded(  # "for Jo: A-21 - …", "for Roger - A-10: …"
    r"^(?P<for>(?:for|on\s+behalf\s+of)\s+(?-i:[A-Z])[\w'’]*(?:\s+(?-i:[A-Z])[\w'’]*)?)\s*[:–—-]\s*"
    r"(?P<ref>A-?\d{1,4})\b\s*(?:[:–—-]\s*)?",
    re.I,
)
# "new one for Karen to circulate the summary by 5 June": an action for Karen.
_NEW_ONE_FOR = guarded(
    r"^(?:(?:pls|please)\s+)?(?:a\s+|another\s+)?new\s+one\s+for\s+"
    r"(?=(?:me|us|the\s+\w+|[A-Za-z][\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)\s+to\s+[a-z])",
    re.I,
)
# "add this to my actions: draft the leaflet", "could you add an action to my list to chase …": the writer's own.
_TO_MY_LIST = guarded(
    r"\b((?:add|put|pop|stick|log)\s+(?:this|it|that|one|an?\s+(?:new\s+)?action))\s+(?:on|onto|to|in)\s+my\s+"
    r"(?:list|actions|action\s+list|tracker|to-?do\s+list)\b",
    re.I,
)
# "get something on the tracker for Anne to …", "an action on the tracker for the police": an action for them.
_ON_THE_TRACKER_FOR = guarded(
    r"\b(?:something|one|an?\s+(?:new\s+)?action)\s+(?:on|onto|added\s+to)\s+(?:the\s+)?(?:tracker|log|action\s+log)\s+"
    r"(?=for\s+\S)",
    re.I,
)
# "is there anything with Jayne's name on it": anything for Jayne
_NAME_ON_IT = guarded(
    r"\bwith\s+(?P<who>(?!my\b|our\b)[A-Za-z][\w’-]*(?:\s+[A-Za-z][\w’-]*)?)['’]s?\s+names?\s+(?:on|against|next\s+to)\s+"
    r"(?:it|them)\b",
    re.I,
)
# "record the following after his meeting with the DCS yesterday: Tony to …": where it arose, before what it is
_FOLLOWING_FROM = guarded(
    r"\b((?:the\s+following|these|this\s+one|this)(?:\s+(?:actions?|items?|points?))?)\s+(?:after|from|following|at|"
    r"out\s+of|arising\s+from)\s+[^:;.?!\n]{1,80}?:",
    re.I,
)
# "please log the action for end of July", "add the action for the 12th": when it is due, not whose it is.
_LOGGED_FOR_A_DAY = guarded(
    r"\b((?:log|record|add|put|note|enter|pop|stick)\s+(?:the|this|that|an?)\s+action(?:\s+down)?)\s+"
    r"for\s+(?=(?:the\s+)?(?:(?:end|close|middle|mid|start|beginning|first\s+week|last\s+week)\s+of\b|"
    r"(?:mon|tues|wednes|thurs|fri)day\b|\d{1,2}(?:st|nd|rd|th)?\b|\d{1,2}/\d|"
    r"(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?)\b))",
    re.I,
)
# A phone's autocorrect and quick typing: "auction 57" is action 57; "a54 dun", "14 dunn" are done.
_AUTOCORRECTED = guarded(r"\b(auction|acton|actoin|aciton|acction)(?=\s+(?:no\.?\s*|#\s*)?\d)|(?<=\d\s)dunn?\b", re.I)
# "#19", "re #41", "Delete #11 - …": an action's number after a hash (not "#1 priority", "#dscb-general").
_HASH_NUMBER = guarded(
    r"(?<![\w&#])#\s?(\d{1,3})\b(?![.,/:]\d)(?!\s*(?:priority|priorities|on\s+(?:the|my|our)\s+list|in\s+the\b|spot)\b)",
    re.I,
)
_QUOTED_NUMBER = guarded(r"(?:^|(?<=\s))[\"“](\d{1,3})[\"”](?=[\s?.!,]|$)")
_LONE_I = guarded(r"(?<![\w'’-])i(?=(?:'|’|\s|$))")
# Words of the board's own vocabulary whose misspellings are corrected (a word of five letters or more, same
# first letter, close enough, and not itself a vocabulary word).
_VOCABULARY = (
    "apologies", "apology", "apologise", "workshop", "complete", "completed", "outstanding", "meeting",
    "tomorrow", "wednesday", "thursday", "saturday", "tuesday", "february", "september", "received",
    "circulate", "circulated", "overdue", "training", "safeguarding", "voluntary", "available", "figures",
    "reassign", "submitted", "returned", "progress", "attend", "office", "actions", "action", "monday", "friday",
)  # fmt: skip
_VOCABULARY_SET = frozenset(_VOCABULARY)
_TYPO_SCORE = 84
_WORD = guarded(r"[A-Za-z]{5,}")
_GREETING = guarded(
    r"^(?:(?:hi|hiya|hey|hello|morning|good morning|afternoon|good afternoon|evening|good evening|dear)"
    r"(?:\s+(?:all|everyone|team|folks|there|both|again|[A-Z][a-z]+|martine|roger))?\s*[,.!:;–—-]+\s*"
    r"|(?:hi|hiya|hey|hello|morning)\s+(?=[a-z])"
    r"|(?:it['’]?s\s+)?[A-Za-z][a-z]+(?:\s+(?:(?-i:[A-Z][a-z]*)|[a-z](?=\s+here\b)))?"  # "sue h here, …"
    r"(?:['’]s\s+(?:PA|EA|assistant|secretary|office))?"
    # "Tony here - ...", "Jayne here (Phase) - ...", "Roger's PA here - ..."
    r"\s+here(?:\s*\((?![^()]*['’]s\b)[^()]{1,30}\))?\s*[,.!:–—-]+\s*"
    # "Martine, Merlin has asked me to …": the one written to, before someone else's news (never "Pam, Jo and …")
    r"|(?-i:[A-Z][a-z]+)\s*,\s+(?=(?-i:[A-Z])[a-z]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:has|had|is|was|asked|says|said|"
    r"wants|sends|sent|rang|called|emailed|phoned|mentioned)\b)"
    r"|(?-i:[A-Z][a-z]+)\s*[:–—-]\s+(?=(?-i:I)(?:['’]|\s))"  # "Martine - I'm off 18th-22nd May": written to her
    # "yep, me and Jo will ...", "Thanks Jo! Can we add ...": a reply's opening word, before what it asks
    r"|(?:yep|yes|yeah|ok|okay|sure|will do|no problem|no worries|go on then|fine|that['’]?s fine|happy to help|"
    r"happy\s+to\s+take\s+(?:this|that|it)(?:\s+one)?(?=\s*[,.!:–—-]+\s*put\s+(?!me\b|us\b)))\s*[,.!:–—-]+\s*(?=\S)"
    # "yep ill do the housing stats …", "ok I'll take it": a reply's opening word, before the writer's offer
    r"|(?:yep|yes|yeah|ok|okay|sure)\s+(?=(?:i['’]?ll|ill|i\s+will|i\s+can|put\s+me|leave\s+it\s+with\s+me)\b)"
    r"|(?:many\s+)?(?:thanks|thank you|cheers)(?:\s+(?-i:[A-Z][a-z]+))?\s*[!.]+\s+(?=\S)"
    # "I hope you are keeping well.", "hope all good your end.", "I trust you are well.": a courtesy, before the ask
    r"|(?:I\s+)?(?:hope|trust)\s+(?:you(?:['’]re|\s+are)\s+(?:keeping\s+)?(?:well|ok|good)|you(?:['’]ve|\s+have)?\s+"
    r"(?:had|having)\s+a\s+(?:good|nice|lovely|great)\s+\w+|all(?:['’]s|\s+is)?\s+(?:good|well)(?:\s+(?:at\s+)?your\s+end)?"
    r"|this\s+finds\s+you\s+well)\s*[,.!]+\s*(?=\S))",
    re.I,
)
_SIGN_OFF = guarded(
    r"(?:[\s,.;:!–—-]+|^)(?:(?:many |massive |big )?thanks|thank you|ta|cheers|thx|much appreciated|x+|"
    r"thanks (?:so much|all|everyone|martine|again|in advance)|thank you (?:so much|all|martine))"
    r"[\s.!x]*$|"
    # "Thanks, Marie", "Kind regards, Marie", "Best wishes, Viv": a sign-off and the writer's first name.
    r"(?:[\s.;:!–—-]+|^)(?:(?:many |massive |big )?thanks|thank you(?: kindly)?|cheers|ta|thx|"
    r"(?:kind |best |warm )?regards|"
    r"best wishes|(?<=[.!;]\s)best|all the best|with thanks|many thanks|speak soon)[\s,]+(?-i:[A-Z][a-z]+)"
    r"(?:\s+(?-i:[A-Z][a-z'’-]+))?[\s.!x]*$|"  # "Best, Nicola", "Kind regards, Karen Palk"
    r"(?<=\?)\s+(?-i:[A-Z][a-z'’-]+)(?:\s+(?-i:[A-Z][a-z'’-]+))?[\s.!x]*$",  # "… sent theirs in yet? Karen": signed
    re.I,
)
# "… are now booked for 3 and 10 June. Is there anything else you need from me?": a closing courtesy
_COURTESY = guarded(
    r"(?<=[.!])\s+(?:is\s+there\s+|was\s+there\s+)?anything\s+else\s+(?:you\s+need|needed|required)(?:\s+from\s+me)?"
    r"[?.!\s]*$",
    re.I,
)
# Emoji that decorate rather than mean: a tick or a thumbs-up can mean "done", so they stay.
_DECORATION = guarded(
    "[\U0001f300-\U0001f44b\U0001f44e-\U0001f5ff\U0001f600-\U0001f64f\U0001f680-\U0001faff\u2600-\u26ff"
    "\u2700-\u2704\u2706-\u2713\u2715-\u2796\u2798-\u27bf\ufe0f]+"
)

_BETWEEN_CLAUSES = guarded(rf"(?<=[\w)])\s+(?:{_DECORATION.pattern})\s+(?=[\w(])")


def _proposed(found: re.Match[str]) -> str:
    """The work, then the day proposed for it, as one statement ("… - can we say end of June?": "… by end of June")."""
    work = next(found[g] for g in ("work", "work2", "work3", "work4") if found[g])
    when = next(found[g] for g in ("when", "when2", "when3", "when4") if found[g])
    when = re.sub(r"\s+(?:ok|okay|alright|fine|realistic|too\s+late)$", "", when.strip(), flags=re.I)
    return f"{work.rstrip(' .!')} by {when}"


def plain_chat(text: str) -> str:
    """The message with contractions, chat abbreviations and vocabulary misspellings restored, and greetings,
    sign-offs and decorative emoji cut from its ends (whitespace tidied; meaning unchanged)."""
    text = as_typed(text)  # dictated: "a twenty two", "section eleven", "the c c g"
    text = _AUTOCORRECTED.sub(lambda m: "action" if m[1] else "done", text)  # "auction 57 complete", "a54 dun"
    text = _SPACED_REF.sub(lambda m: f"A-{next(g for g in m.groups() if g)}", text)
    text = _HASH_NUMBER.sub(r"A-\1", re.sub(r"\baction\s+#\s?(?=\d)", "action ", text, flags=re.I))
    text = _QUOTED_NUMBER.sub(r"A-\1", text)  # '"14" can go back another week': a number quoted alone
    text = _REF_ASIDE.sub(r"\1", text)  # "move 61 (the prevent training one) over to comm safety": 61
    text = _TICKED.sub(r"\1 done", text)  # "A-14 ✅", "#14 ✅"
    text = _REF_LAST.sub(r"\g<ref> - \g<body>", text)  # "that one's Jo's not mine (A-23)": the reference first
    text = _FOR_THEN_REF.sub(r"\g<ref> \g<for> - ", text)  # "for Jo: A-21 - …": news of A-21, for Jo
    text = _REF_ON_BEHALF.sub(lambda m: f"{m['ref']} for {m['who'] or m['whose']}", text)  # "A-60 on Pam's behalf: …"
    text = _DESCRIBED_REF.sub(r"\g<ref>", text)  # "Anne's transitions action (a-43) should be Viv's now": A-43
    text = _GOT_IN_TOUCH.sub(r"\g<who> ", text)  # "Remley rang and asked me to log one for him: …": he asked
    text = as_passed_on(text)  # "Not me - Helen …", "she wants it noted that …", "… log the review as hers"
    text = named_back(text)  # "Tony rang - he's stuck at a DfE thing so sends apols": Tony's
    text = _EDITED_NUMBER.sub(r"\1A-\2", _NUMBERED.sub(r"A-\1", _ACTION_LEAD.sub(r"\1A-\2", text)))
    text = more_references(_BARE_NUMBER.sub(as_reference, text))
    text = _DATE_PROPOSED.sub(_proposed, _NO_RUSH.sub("", text))
    text = _LOGGED_FOR_A_DAY.sub(r"\1 by ", _ASKED_TO_DO.sub("to ", text))
    text = _FOLLOWING_FROM.sub(r"\1:", _TO_MY_LIST.sub(r"\1 for me", text))
    text = _NEW_ONE_FOR.sub("action for ", _FOR_NAME_COLON.sub("action for ", _FOR_NAME_THEN_OWNER.sub("", text)))
    text = _NAME_ON_IT.sub(r"for \g<who>", _ON_THE_TRACKER_FOR.sub("an action ", text))
    text = with_action_numbers(text)  # "action 44: first draft is done", "a-57 karen p says …": news of it
    text = without_text_speak(text)
    text = _BETWEEN_CLAUSES.sub("; ", text)  # "... for the alerts 😩 all members to ...": two clauses
    text = _DECORATION.sub(" ", text)
    text = _ONE_LETTER.sub(_contraction, _CONTRACTION.sub(_contraction, text))
    text = _ILL.sub("I'll", text)
    text = _ILL_VERB.sub("I'll", text)
    text = _LONE_I.sub("I", text)
    text = _LONE_N.sub("and", text)
    text = _SHELL.sub(r"\1'll", text)
    text = _DAYS_OWN.sub(r"\1's ", with_day_names_mended(_WORD.sub(_corrected, text)))
    text = _DEVELOPMENT_DAY.sub("workshop", text)  # "the development session": the board's workshop
    text = " ".join(text.split())
    text = _FOR_NAME_THEN_OWNER.sub("", without_greeting(text))  # "hi martine, for jo: housing to …"
    stripped = _COURTESY.sub("", _SIGN_OFF.sub("", text).strip()).strip()  # "… need from me? Helen": both
    return stripped if any(ch.isalnum() for ch in stripped) else text


def without_greeting(text: str) -> str:
    """The message without the greeting it opens with ("Hi, ", "hi martine, ", "Morning all! ")."""
    for _ in range(2):
        text = _GREETING.sub("", text, count=1)
    return text


def _contraction(found: re.Match[str]) -> str:
    word = found.group(1)
    out = CONTRACTIONS[word.lower()]
    return out[:1].upper() + out[1:] if word[:1].isupper() and word.lower() != "u" else out


def _corrected(found: re.Match[str]) -> str:
    word = found.group(0)
    fixed = _vocabulary_word(word.lower())
    if fixed is None:
        return word
    return fixed[:1].upper() + fixed[1:] if word[:1].isupper() else fixed


@lru_cache(maxsize=8192)
def _vocabulary_word(word: str) -> str | None:
    if word in _VOCABULARY_SET:
        return None
    best, score = None, 0.0
    for known in _VOCABULARY:
        if (
            known[0] != word[0]
            or abs(len(known) - len(word)) > 2
            or known.startswith(word[:-1])
            or word.startswith(known)
        ):
            continue  # another form of the word ("assigned", "completes"), not a misspelling
        ratio = fuzz.ratio(word, known)
        if ratio > score:
            best, score = known, ratio
    return best if score >= _TYPO_SCORE else None
