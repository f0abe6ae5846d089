"""More bare numbers read as actions' references, where the words around a number leave only an action: "item 18",
"is 37 still open", "17 finished too", "karen says 43's done", "cancel 51, public health have dropped it", "slip 24
to the september board", "put 46 with the fire service", "has anyone updated 58 since march?", "Kate's part of 38",
"finished 56 yesterday", "swap 18 from me to sally".

Read by :func:`bot.understanding.chat.plain_chat` after the readings of :mod:`bot.understanding.chat`; a number
that counts something ("part of 10 schools", "item 5: Jo to …" in minutes) is left alone.
"""

from __future__ import annotations

import re

from bot.understanding.patterns import guarded

_DONE_WORD = r"(?:done|finished|complete|completed|closed|sorted|signed\s+off)"
_COUNTED = (
    r"(?!\s*(?:/|%|[.:,]\d|-\d|(?:hours?|hrs?|minutes?|mins?|days?|weeks?|wks?|months?|years?|yrs?|pages?|people|"
    r"schools?|agencies|members|cases|children|families|times?|of)\b))"
)
_NUMBER_LEAD = (  # the words before "no 22" that leave it only an action's number: "need more time on no 22"
    r"(?:^|(?<=\bon\s)|(?<=\babout\s)|(?<=\bre\s)|(?<=\bfor\s)|(?<=\bwith\s)|(?<=\bagainst\s)|(?<=\bto\s)|"
    r"(?<=\bof\s)|(?<=\band\s)|(?<=\bme\s)|(?<=\bclose\s)|(?<=\bdrop\s)|(?<=\bis\s)|(?<=\bwas\s)|(?<=\bthat\s)|"
    r"(?<=\bshow\s)|(?<=\bmove\s)|(?<=\bpush\s)|(?<=\bslip\s)|(?<=\bcan\s)|(?<=\bcould\s)|(?<=\bwhats\s)|"
    r"(?<=\bwhat's\s)|(?<=[-–—:,(]\s))"
)
_MORE_NUMBERS = guarded(
    # "no 40 all sorted", "can you show me no 17", "no 35 to sue": "no" short for "number", never a count
    rf"{_NUMBER_LEAD}((?:no\.?|nr\.?|number)\s*)(\d{{1,3}})\b{_COUNTED}"
    r"(?!\s*(?:priority|priorities|fan|one\b|choice|reason|way|problem|issue|worries)\b)|"
    # "item 18 can we move it", "item 64?" (not an agenda's "Item 5: Jo to circulate …")
    rf"\b(item\s+(?:no\.?\s*)?)(\d{{1,3}})\b{_COUNTED}(?!\s*[:.]\s+(?-i:[A-Z]))"
    # never an agenda's "Item 5 - no actions arising, noted for information", "Item 4 – ACTION: Adult safeguarding to …"
    r"(?![^.!?]{0,40}\b(?:no\s+actions?|noted|for\s+(?:information|info|noting)|discussed|presented)\b)"
    r"(?!\s*[–—-]\s*(?:ACTION|Action)\b)|"
    # "is 37 still open", "was 12 closed?"
    rf"^((?:is|was)\s+)(\d{{1,3}})(?=\s+(?:still\s+)?(?:open|live|outstanding|overdue|on\s+the\s+tracker|{_DONE_WORD})\b)|"
    # "17 finished too btw", "thats 9 finished too"
    rf"^((?:that['’]?s\s+|thats\s+)?)(\d{{1,3}})(?=\s+(?:is\s+|now\s+)?{_DONE_WORD}\s+(?:too|as\s+well|also|now|btw)\b)|"
    # "karen says 43's done", "and 17's finished"
    rf"(?<![\w/.£$-])(?<!\bthe\s)()(\d{{1,3}})(?=['’]s\s+(?:now\s+|all\s+)?{_DONE_WORD}\b)|"
    # "can we cancel 51, public health have dropped the campaign"
    r"\b((?:cancel|drop|delete|remove|scrap|withdraw|bin|close)\s+)(\d{1,3})(?=\s*,\s+[A-Za-z])|"
    # "can we slip 24 to the september board"
    r"\b(slip\s+)(\d{1,3})(?=\s+(?:to|back|till|until|by|into)\b)|"
    # "put 46 with the fire service", "put 48 on fire please" (not "put 5 on the agenda")
    r"\b(put\s+)(\d{1,3})(?=\s+(?:with|under|against|onto)\s|\s+on\s+(?!(?:the\s+|a\s+|an\s+)?(?:agenda|hold|ice|list|"
    r"tracker|back\s*burner|record|file|system|website|table)\b)[A-Za-z])|"
    # "has anyone updated 58 since march?", "Did Kate ever update 38?"
    r"\b((?:updated?|updating)\s+)(\d{1,3})(?=\s*(?:\?|$)|\s+(?:since|recently|lately|yet|at\s+all)\b)|"
    # "Please close Kate's part of 38 – she sent the CRC figures"
    r"\b((?:part|bit|element|share|side)\s+of\s+)(\d{1,3})(?=\s*(?:[-–—,;.!?]|$)|\s+(?:as|for|please|pls|too|is\s+done)\b)|"
    # "finished 56 yesterday", "closed 12 this morning"
    rf"^({_DONE_WORD}\s+)(\d{{1,3}})(?=\s+(?:yesterday|today|this\s+(?:morning|afternoon|week)|last\s+week|earlier|"
    r"now|too)\b)|"
    # "mike g says 35 is done", "karen says 17 can be closed"
    rf"\b((?:says?|said|reckons|confirmed)\s+(?:that\s+)?)(\d{{1,3}})(?=\s+(?:is\s+|can\s+(?:now\s+)?be\s+|has\s+been\s+)?"
    rf"(?:{_DONE_WORD}|ticked\s+off)\b)|"
    # "what's 14 say again", "thx rich for sorting 22", "the update on 33 was v helpful"
    r"\b(what(?:['’]s|\s+does)\s+)(\d{1,3})(?=\s+say\b)|\b((?:for\s+)?sorting\s+)(\d{1,3})(?=\W*$|\s*[,.!👍])|"
    r"\b((?:update|news|progress)\s+on\s+)(\d{1,3})(?=\s+(?:was|is)\b)|"
    # "swap 18 from me to sally", "move 12 over from Jo to housing"
    r"\b((?:swap|switch|move|transfer|hand)\s+)(\d{1,3})(?=\s+(?:over\s+)?from\s+[A-Za-z])|"
    # "13 update - community safety have mapped …", "63 update: phase have run 2 of the 4 sessions"
    r"^()(?!175\b)(\d{1,3})(?=\s+(?:update|progress|news)\s*[-–—:]\s)|"  # never "175 update: 31 of 41 schools …"
    # "70 done, paper went yesterday", "13 done - police have the maps", "done 64 ✔"
    rf"^()(\d{{1,3}})(?=\s+(?:is\s+)?{_DONE_WORD}\s*[,;:–—-]\s*[a-z])|^((?:done|finished)\s+)(\d{{1,3}})(?=\W*$)|"
    # "take me off 22, mike g is picking it up", "give 12 back to marie", "put 44 back 3 weeks"
    r"\b(take\s+me\s+off\s+)(\d{1,3})\b(?!\s*(?:/|%|[.:]\d))|\b(give\s+)(\d{1,3})(?=\s+back\s+to\s+[A-Za-z])|"
    r"\b(put\s+)(\d{1,3})(?=\s+(?:back|forward)\s+(?:a|an|one|two|three|four|five|six|\d{1,2}|by|to|till|until)\b)|"
    # "is 9 mine or viv's", "is 15 with me or tony?", "is it me or pam on 27?", "did helen finish 8?"
    r"^(is\s+)(\d{1,3})(?=\s+(?:still\s+)?(?:mine|yours|ours|his|hers|theirs|with\s+(?:me|you|us)|on\s+me)\b)|"
    r"^(is\s+it\s+(?:me|mine)\s+or\s+[A-Za-z][\w'’]*(?:\s+[A-Za-z][\w'’]*)?\s+(?:on|for)\s+)(\d{1,3})(?=\s*\??\s*$)|"
    r"^((?:did|has)\s+[A-Za-z][\w'’]*(?:\s+[A-Za-z][\w'’]*)?\s+(?:finish(?:ed)?|complete[d]?|close[d]?|sort(?:ed)?|"
    r"update[d]?|do(?:ne)?)\s+)(\d{1,3})(?=\s*\??\s*$)|"
    # "I'll need till end of july for 64 now sorry", "can i have til 3/7 for 39": more time, then which
    r"\b((?:till|til|until)\s+[^,.;?!]{1,25}?\s+for\s+)(\d{1,3})(?=\s*(?:now|please|pls|sorry|thanks|ta|\?|!|\.|,|$))|"
    # "can 59 go to end of sept", "can we make 65 tues 26th instead"
    r"^((?:can|could)\s+)(\d{1,3})(?=\s+go\s+to\s+(?:the\s+)?(?:end|start|middle|mid|early|late|next|\d{1,2}(?:st|nd|rd|th)?\b|"
    r"(?:mon|tues|wednes|thurs|fri)day\b|(?:sept?|september|oct|october|june?|july?|aug|august)\b))|"
    r"\b((?:can|could)\s+(?:we|you|I)\s+make\s+)(\d{1,3})(?=\s+(?:(?:mon|tue|wed|thu|fri)\w*|the\s+\d|\d{1,2}(?:st|nd|rd|th)|"
    r"end\s+of|next)\b)|"
    # "44 has been delayed because of the split", "hi - 44 is slipping"
    r"^((?:hi|morning|hello)?\W*)(\d{1,3})(?=\s+(?:has\s+been|is\s+being|is|will\s+be)\s+(?:delayed|held\s+up|slipping|late)\b)|"
    # "whats 14 about", "what's 22 for again?"
    r"\b(what(?:['’]?s|\s+is|\s+was)\s+)(\d{1,3})(?=\s+(?:about|for|again)\b)|"
    # "whats 45 due?", "what does 69 actually need from phase?", "who asked for 23 again?"
    r"\b(what(?:['’]?s|\s+is)\s+)(\d{1,3})(?=\s+due\b)|\b(what\s+does\s+)(\d{1,3})(?=\s+(?:actually\s+)?(?:need|involve|"
    r"cover|mean|require)\b)|\b(who\s+asked\s+for\s+)(\d{1,3})(?=\s+(?:again|originally|in\s+the\s+first\s+place)\b)|"
    # "take 9 off me pls", "take 33 off me and give it to zara", "53 can go back to tabitha", "42 can come back to me"
    r"\b(take\s+)(\d{1,3})(?=\s+off\s+(?:me|us|my\s+(?:list|name|plate))\b)|"
    r"^((?:(?:hi|hello|morning|hiya|[a-z]+\s+here)\W+)?)(\d{1,3})(?=\s+(?:can|could|should)\s+(?:go|come)\s+(?:back\s+)?to\s+"
    r"(?:me|us|[A-Za-z]+)\b)|"
    # "end of march for 57 realistically", "w/c 8 june for 12 pls": the new date, then which
    r"^((?:(?:the\s+)?(?:end|middle|start|beginning)\s+of\s+\w+|w/c\s+\S+(?:\s+\w+)?|\d{1,2}[/.]\d{1,2})\s+for\s+)(\d{1,3})"
    r"(?=\s*(?:realistically|please|pls|instead|now|\?|!|\.|,|$))|"
    # "68 done on behalf of merlin", "12 closed for pam"
    rf"^()(\d{{1,3}})(?=\s+(?:is\s+)?{_DONE_WORD}\s+(?:on\s+behalf\s+of|for)\s+[A-Za-z])|"
    # "could you change the date on 37 to the end of next month": the date of action 37
    r"\b((?:change|move|amend|update|extend|push|alter)\s+the\s+(?:due\s+)?(?:date|deadline)\s+(?:on|for|of)\s+)(\d{1,3})"
    r"(?=\s+(?:to|till|until|back|forward)\b)|"
    # "move 65 to end of sept pls", "pls extend 23 to the last working day of july": a new date for it
    # (a number that could be a day of the month is not assumed: "move 15 to the end of June" may mean the 15th)
    r"\b((?:move|push|shift|extend|change|put)\s+)(3[2-9]|[4-9]\d|\d{3})(?=\s+(?:back\s+)?(?:to|till|until)\s+(?:the\s+)?(?:end|start|"
    r"middle|mid|beginning|last|first|next|w/c|\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}[/.]\d|(?:mon|tues|wednes|thurs|fri)day\b))|"
    # "cheers for chasing 18", "thanks all for the input on 31", "thank you martine for updating 66 for me"
    rf"\b((?:chasing|updating|closing|input\s+on|help\s+with|work\s+on)\s+)(\d{{1,3}})\b{_COUNTED}(?!\s*(?:st|nd|rd|th)\b)"
    r"(?=\s*(?:[,.!👍]|for\s+me|yesterday|today|martine|$|\s+(?:really|much|very|so|everyone|all|team)\b))|"
    # "great update on 31 👍", "cheers rich for the help on 14": thanks for the work on an action
    rf"\b((?:great|good|brilliant|fab|nice)\s+(?:work|update|job|progress)\s+on\s+|help\s+on\s+)(\d{{1,3}})\b{_COUNTED}"
    r"(?=\s*(?:[,.!👍🙏]|$|\s+(?:everyone|all|team|folks|guys|thanks|ta)\b))|"
    # "tick off 44 for me pls", "pls mark off 38 for me, done yesterday"
    r"\b((?:tick|mark|sign|close)\s+off\s+)(\d{1,3})(?=\s+for\s+me\b)|"
    # "please close 60 without doing it - …": closed, not done
    r"\b(close\s+)(\d{1,3})(?=\s+without\b)|"
    # "pls delete 29 dupe of 28", "drop 12 as its been superseded": opening an edit, then why
    r"\b((?:drop|delete|remove|scrap|bin|cancel)\s+)(\d{1,3})(?=\s+(?:dupe|duplicate|as\s+(?:it|its|it['’]s|we|the|this)|"
    r"because|cos|since|no\s+longer|not\s+needed|superseded)\b)|"
    # "who owns 12?", "who's doing 40"
    r"\b(who\s+(?:owns|holds|is\s+doing|is\s+on|['’]?s\s+doing)\s+)(\d{1,3})(?=\s*\?*\s*$)|"
    # "remind me wot 31 is", "what's the latest on 41?"
    r"\b((?:what|wot|wat)\s+)(\d{1,3})(?=\s+is\s*\??\s*$)|\b((?:latest|news|progress)\s+on\s+)(\d{1,3})(?=\s*\?+\s*$)|"
    # "Morning! 27 needs to slip a fortnight", "14 will have to move to july"
    r"^((?:(?:hi|hello|morning|hiya)\W+)?)(\d{1,3})(?=\s+(?:needs?\s+to|has\s+to|will\s+have\s+to|must)\s+(?:slip|move|go\s+back|"
    r"be\s+(?:pushed|moved|put\s+back|extended))\b)|"
    # "21 nearly there just waiting on sign off from tony", "update 41 chased the ccg again"
    r"^()(\d{1,3})(?=\s+(?:nearly|almost)\s+(?:there|done|finished)\b|\s+(?:still\s+)?(?:waiting|awaiting)\s+(?:on|for)\b)|"
    r"^((?:update|progress)\s+(?:on\s+|for\s+)?)(\d{1,3})(?=\s+(?-i:[a-z]+ed)\b)|"
    # "Sue H has done 44, she asked me to tick it off", "sally's finished 21"
    r"(?:\b(?:has|have|had)|['’]s)\s+((?:now\s+)?(?:done|finished|completed)\s+)(\d{1,3})\b(?=\s*(?:[,.!]|$))|"
    # "Pam asked me whether 12 is hers or Zala's", "what's happening with 16", "was 18 dropped or completed?"
    r"\b(whether\s+)(\d{1,3})(?=\s+is\s+(?:hers|his|mine|theirs|yours|ours|with)\b)|"
    r"\b(what(?:['’]s|s|\s+is)\s+happening\s+(?:with|on)\s+)(\d{1,3})(?=\s*\??\s*$)|"
    r"^((?:was|is|has)\s+)(\d{1,3})(?=\s+(?:been\s+)?(?:dropped|completed|closed|done|finished|moved|reassigned)\b[^?]*\?)",
    re.I,
)


_NUMBER_WORD = guarded(r"(?:item\s*)?(?:(?:no|nr|number)\.?)?", re.I)  # "item", "no.", "number": said by "A-"


def as_reference(found: re.Match[str]) -> str:
    """A bare number read as an action's reference, its lead kept ("drop 17" is "drop A-17", "item 18" is "A-18"):
    of a pattern whose groups come in pairs, the lead and the number, one pair matched."""
    lead, number = next((found[n] or "", found[n + 1]) for n in range(1, found.re.groups, 2) if found[n + 1])
    return f"{'' if _NUMBER_WORD.fullmatch(lead.strip()) else lead}A-{number}"


# A number of one to three digits standing alone: without one, no pattern above can match (a cheap gate first).
_BARE_DIGITS = guarded(r"(?<![\w/.£$-])\d{1,3}(?![\d/%])")


def more_references(text: str) -> str:
    """The text with each bare number that can only be an action written as its reference ("item 18" is A-18)."""
    return _MORE_NUMBERS.sub(as_reference, text) if _BARE_DIGITS.search(text) else text
