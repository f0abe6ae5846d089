"""Chat shorthand written out: text-speak digits and letters between words ("wont b able 2 make", "add 1 4 me"),
clipped words ("at the mo", "sub grp"), and a few ways of asking that say the same as a plainer one ("can the college
be actioned to run …": the college to run …). Part of :func:`bot.understanding.chat.plain_chat`."""

from __future__ import annotations

import re

from bot.understanding.patterns import guarded

__all__ = ["without_text_speak"]

# Text-speak digits and letters between words: "wont b able 2 make", "add 1 4 me 2 send the tool 2 martine".
_TAKES_TO = (
    "able|unable|going|want|wants|need|needs|have|has|got|trying|go|come|sent|send|email|it|them|me|him|her|you|us"
)
_PAST = {
    "logg": "logged",
    "putt": "put",
    "sett": "set",
    "mov": "moved",
    "chang": "changed",
    "clos": "closed",
    "dropp": "dropped",
}
# Away, as said after a name: "on (annual) leave", "on hols", "off sick til …", "out of the office"
_AWAY = (
    r"(?:on\s+)?(?:(?:annual|paternity|maternity|sick|study|compassionate|parental)\s+)?leave\b|(?:on\s+)?hols?\b|"
    r"on\s+holiday\b|away\s+(?:from|til|till|until|next|this|all)\b|"
    r"off\s+(?:sick\s+|work\s+)?(?:til|till|until|from|next|this|today|tomorrow|all)\b|out\s+of\s+(?:the\s+)?office\b"
)
_AFTER_TO = (
    "the|my|our|your|his|her|their|be|do|make|send|get|go|come|see|check|let|give|take|share|attend|chase|look|sort|"
    "put|add|draft|write|confirm|update|circulate|review|finish|martine|roger"
)
_NOT_A_NAME = r"(?!(?:it|that|this|he|she|there|who|everyone|the|a|an|my|our|your|I|we|you|they)\b)"
_TEXT_SPEAK = (
    (guarded(r"\b(add|log|have|another|new|stick|pop|put) 1(?= (?:[a-z]|4 ))", re.I), r"\1 one"),
    (guarded(r"(?<=[a-z] )4(?= (?:me|you|him|her|us|them|the|my|our)\b)", re.I), "for"),
    # "whats outstanding 4 marie", "anything overdue 4 housing": a list asked for someone
    (guarded(r"\b(outstanding|open|overdue|due|late|left|actions|anything) 4(?= (?!(?:jan|feb|mar|apr|may|"
                r"june?|july?|aug|sept?|oct|nov|dec|january|february|march|april|august|september|october|november|"
                r"december|days?|weeks?|wks?|months?|th)\b)[a-z])", re.I), r"\1 for"),
    # "will b there", "cant b at the panel" (not "nicki b off": an initial after a name)
    (guarded(r"\b(will|ill|i['’]ll|ll|can|could|should|would|to|may|might|must|not|wont|won't|cant|can't|shall|"
                r"gonna|wanna) b(?= (?:able|there|at|in|back|away|off|late|ok|done|fine|free|around)\b)", re.I),
     r"\1 be"),
    # "anything w bcpft on it?", "mtg w director": "with" (not "w/c")
    (guarded(r"\b(anything|everything|actions|action|stuff|items|ones|nothing) (?-i:w)(?= [a-z]{2,})", re.I),
     r"\1 with"),
    (guarded(rf"\b({_TAKES_TO}) 2(?= (?![a-z]+s\b|(?:more|extra|further|wks?)\b)[a-z])", re.I), r"\1 to"),
    (guarded(rf"(?<=[a-z] )2(?= (?:{_AFTER_TO})\b)", re.I), "to"),
    # "pls note im to send the stats to Pam by thurs", "I'm to feed back to the network": the writer will
    (guarded(r"\b(?:i['’]?m|i\s+am)\s+to\s+(?!blame\b|be\s+(?:honest|fair)\b)(?=[a-z]{2,})", re.I), "I will "),
    (guarded(r"\bsub\s*-?\s*grps?\b", re.I), "sub group"),  # "sub grp chairs to send their reports"
    (guarded(r"(?<=\w )grp(?=\s+(?:to|will|should|can|could|must|needs?|is|are|has|have)\b)", re.I), "group"),  # "QA …"
    (guarded(r"\bpolicy,?\s+procs\b", re.I), "policy procedures"),  # "the policy procs and practice lot"
    (guarded(r"\b(can|could|would)\s+yo(?=\s+[a-z])", re.I), r"\1 you"),  # "Can yo add mike g and helen …"
    # "Remind me and Karen Jackson to pull the data": an action for them both
    (guarded(r"^(?:please\s+|pls\s+)?remind\s+me\s*(?:and|&|\+)\s*(?=[A-Za-z][^,.;:!?]{0,40}?\s+to\s+[a-z])", re.I),
     "me and "),
    # "jass can u take an action to brief the chairs network": the one asked takes it on
    (guarded(r"^(?P<who>(?!(?:can|could|would|please|pls|you|u|i|we)\b)[A-Za-z][\w'’-]*(?:\s+[A-Za-z]\b)?),?\s+"
                r"(?:can|could|would)\s+(?:you|u)\s+(?:please\s+|pls\s+)?take\s+(?:on\s+)?(?:an?\s+|this\s+)?"
                r"(?:action|one)\s+to\s+(?=[a-z])", re.I), r"\g<who> to "),
    (guarded(r"^(?:adding|add(?:ing)?\s+in)\s+(?:one|an?\s+action|an?\s+new\s+one)\s+for\s+", re.I), "action for "),
    # "can the college be actioned to run …", "could Jo be given an action to send …": the one asked, then the work
    (guarded(r"(?:^|(?<=[,.;:!?]\s))(?:please\s+|pls\s+)?(?:can|could|would)\s+(?P<who>(?!(?:you|u|it|this|that)\b)[A-Za-z][\w'’&-]*"
                r"(?:\s+[A-Za-z][\w'’&-]*){0,3}?)\s+(?:please\s+)?be\s+(?:actioned|tasked|(?:given|set|allocated|"
                r"assigned)\s+(?:an?\s+|the\s+)?(?:action|task))\s+to\s+(?=[a-z])", re.I), r"\g<who> to "),
    # "can Su be down for the SCR learning briefing at the workshop?": put down for it, asked
    (guarded(r"^(?:please\s+|pls\s+)?(?:can|could)\s+(?P<who>(?!(?:you|u|it|this|that|I|we)\b)[A-Za-z][\w'’-]*"
                r"(?:\s+[A-Za-z][\w'’-]*)?)\s+be\s+(?:put\s+)?down\s+for\s+(?=(?:the|a|an)\s)", re.I),
     r"put \g<who> down for "),
    (guarded(r"^(?:please\s+|pls\s+)?(?:can|could)\s+I\s+be\s+(?:put\s+)?down\s+for\s+(?=(?:the|a|an)\s)", re.I),
     "put me down for "),
    # "could you let me have everything that is overdue across the board": everything overdue
    (guarded(r"\b(everything|anything|all|the\s+ones|any\s+actions|all\s+the\s+actions)\s+(?:that|which)\s*(?:is|are|['’]s|s)\s+"
                r"(?:still\s+|currently\s+|now\s+|actually\s+)?(?=(?:overdue|outstanding|open|late)\b)", re.I), r"\1 "),
    (guarded(r"\bat\s+the\s+mo\b", re.I), "at the moment"),  # "what does the workforce group have on at the mo"
    # "can you record an action on behalf of Tony: …": an action for him
    (guarded(r"\b(an?\s+(?:new\s+)?action)\s+on\s+behalf\s+of\s+(?=(?-i:[A-Z]))", re.I), r"\1 for "),
    # "he wants an action recording for Sally to …", "she wants A-5 moving to Sue": the action wanted recorded, moved
    (guarded(r"\b((?:want|wants|wanted|need|needs|needed|would\s+like|['’]d\s+like)\s+(?:an?\s+(?:new\s+)?action|one|"
             r"this|that|it|A-?\d{1,4})\s+)(record|add|logg|putt|sett|mov|chang|shift|push|extend|clos|dropp)ing\b"
             r"(?=\s+(?:(?:down|up|on|in|back|forward|off)\s+)?(?:for|against|to|till|until|by)\b)", re.I),
     lambda m: m[1] + _PAST.get(m[2].lower(), m[2] + "ed")),
    # "Jo's on leave til 8 June", "richard f - paternity leave from today, back 29 june": away (never "Jo's leave")
    (guarded(rf"\b((?-i:[A-Z])[a-z]+['’]s|[a-z]+\s+[a-z]\s+[–—-]|(?-i:[A-Z])[a-z]+\s+(?-i:[A-Z])[a-z]+\s+[–—-])\s+(?={_AWAY})",
             re.I), lambda m: re.sub(r"(?:['’]s|\s+[–—-])$", "", m[1]) + " is "),
    # "apols pls for Monday from Helen": the apologies, asked politely
    (guarded(r"\b(apolog(?:y|ies)|apols?)\s+(?:please|pls|plz)\s+(?=(?:for|from)\b)", re.I), r"\1 "),
    # "what's Steve Newbold got against his name?": what they have
    (guarded(r"\b(got|have|has)\s+(?:against|next\s+to|under)\s+(?:his|her|their)\s+names?\b", re.I), r"\1"),
    # "Remley asked me at the panel prep to log this for him": where or when asked, said between
    (guarded(r"\b(asked\s+me)\s+(?:at|in|after|during|on)\s+[^:.;!?,]{1,30}?\s+(?=to\s+[a-z])", re.I), r"\1 "),
    # "A-3: can we make it the workshop instead of Monday?": the meeting it is made for
    (guarded(r"\b(make\s+it)\s+(?=the\s+(?:(?:july|september|sept|next|audit)\s+)?(?:workshop|board|panel)\b)", re.I),
     r"\1 for "),
    # "jayne says sorry, cant make the 10th july": her sorry, her absence
    (guarded(r"^((?!(?:I|we)\b)[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?\s+(?:says|said|sends))\s+"
                r"(?:sorry|apologies|apols)\s*[,;:–—-]?\s*(?:but\s+)?"
                r"(?=(?:can['’]?t|cant|cannot|won['’]?t|wont|unable|isn['’]?t\s+able)\b)", re.I),
     r"\1 they "),
    # "show me what Sue's got open", "what's Nicki got at DCVS": what has Sue got, what has Nicki got
    (guarded(rf"\bwhat['’]s\s+{_NOT_A_NAME}(?P<who>[A-Za-z][\w-]*(?:\s+[A-Za-z]\b)?)\s+got\b", re.I),
     r"what has \g<who> got"),
    (guarded(rf"\bwhat\s+{_NOT_A_NAME}(?P<who>[A-Za-z][\w-]*(?:\s+[A-Za-z]\b)?)['’]s\s+got\b", re.I),
     r"what has \g<who> got"),
    # "I would like an action put on all members to …": an action on them
    (guarded(r"\b(an?\s+(?:new\s+)?action)\s+(?:put|placed|set|logged|added|assigned|recorded|raised)\s+(?=(?:on|against|for)\s)",
             re.I), r"\1 "),
    # "roger wants pams list", "whats on karens list": a name's list asked for, the apostrophe left out
    (guarded(r"\b((?:wants|want|needs|see|show\s+me|give\s+me|send\s+me|pull\s+up|what\s+are|what['’]?s\s+on)\s+)"
             r"(?!(?:his|hers|its|theirs|ours|yours|this|those|these|the|all|any|my|our|your)\b)([a-z]{2,}[^s\W'’])s\s+"
             r"(?=(?:list|actions|ones|stuff|tracker|to-?do(?:\s+list)?)\b)", re.I), r"\1\2's "),
    # "I'll not be at the September board", "we'll not make it": the same as "won't"
    (guarded(r"\b(I|we|they|she|he)(?:['’]ll|\s+will)\s+not\b(?!\s+only\b)", re.I), r"\1 won't"),
    # "eom june" typed before a month: "by the end of June"
    (guarded(r"\b(?:by\s+)?eom\s+(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)", re.I),
     "by the end of "),
)  # fmt: skip


def without_text_speak(text: str) -> str:
    """The text with its chat shorthand written out."""
    for pattern, word in _TEXT_SPEAK:
        text = pattern.sub(word, text)
    return text
