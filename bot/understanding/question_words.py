"""The wording of questions asked politely or indirectly, and the further ways people ask whose actions are open.

"I was wondering whether ...", "could someone remind me where ...", "I'd like to check whether ...": a question
written as a statement. "show me everything Tony Oakman has open", "anything on DCVS?", "is the CCG on the hook
for anything?", "anything I'm supposed to be chasing Su about?": a list of someone's actions asked for. "what sort
of things can I ask you?": help. "Cheers for chasing A-26 for me": thanks, not a request. "who's sent apologies
for the 10th?", "were the march minutes sent round": who is coming to a meeting, or its papers, asked. "can you book
me a room": a service the assistant does not give. Read by :mod:`bot.understanding.intent_rules`."""

from __future__ import annotations

import re

from bot.understanding.patterns import guarded

_ASKER = r"(?:you|someone|somebody|anyone|anybody|one of you)"
# The polite or indirect opening of a question, then what is asked ("whether", "where", "anything", ...).
_INDIRECT = guarded(
    rf"\b(?:(?:can|could|would|will)\s+{_ASKER}\s+(?:please\s+|possibly\s+|kindly\s+|just\s+)*"
    r"(?:tell|remind|let|show|confirm|check|advise)|(?:please\s+)?remind\s+me|"
    r"(?:i(?:'m| am| was| were)|we(?:'re| are| were)|just)\s+(?:just\s+|all\s+)?wondering|(?:i|we)\s+wonder(?:ed)?|"
    r"i(?:'d| would)\s+(?:like|love|want)\s+to\s+(?:know|check|find out|see|ask|confirm)|"
    r"i\s+want\s+to\s+(?:check|know)|(?:and\s+)?need\s+to\s+(?:know|check|find\s+out)\s+(?=which|what|whether|if)|"
    r"do\s+you\s+(?:know|happen to know)|(?:please\s+)?let\s+me\s+know|(?:please\s+)?tell\s+me|any\s+idea|"
    r"be\s+so\s+kind\s+as\s+to\s+(?:remind|tell|let|show|confirm)|just\s+(?:checking|wanted\s+to\s+check)|"
    r"(?:can|could|may)\s+i\s+(?:just\s+)?(?:check|ask)|"
    r"(?:would|do)\s+you\s+mind\s+(?:letting|telling|reminding|checking|confirming|showing)|"
    r"i(?:'d|\s+would)\s+be\s+(?:grateful|glad|pleased)\s+(?:if|to\s+know)|"
    r"it\s+would\s+be\s+(?:really\s+)?(?:useful|helpful|good|great)\s+to\s+(?:see|know|have|get)|"
    r"(?:asked|wants|wanted|needs|would\s+like)\s+(?:(?:me|us)\s+)?to\s+(?:check|ask|find\s+out|confirm|know)|"
    r"(?:'s|\s+is|\s+was|\s+has\s+been)\s+asking|"
    r"(?:need|want|could\s+do\s+with|(?:'d|\s+would)\s+like)\s+(?:a|the)\s+(?:quick\s+)?(?:list|rundown|summary)\s+of)\b"
    r"[^.!?]{0,80}?\b(?:whether|if|where|when|what|which|who|whose|how|anything|any)\b",
    re.I,
)
_SENTENCE_OPENING = guarded(
    r"(?:^|[.!?]\s+)(?:(?:hello|hi|sorry|so|and|but|also|just|quick question|one more thing)[\s,.!-]+)*$", re.I
)

# "what sort of things can I ask you?", "what are you able to help with?", "what kind of stuff do you do?",
# "what commands does this thing understand?", "which words do you recognise?"
HELP_ASKED = guarded(
    # "Could you outline the commands available to board members?", "list the commands you accept"
    r"\b(?:outline|explain|list|show|tell\s+me|describe|remind\s+me\s+of)\s+(?:me\s+)?(?:all\s+)?(?:the\s+)?"
    r"(?:commands?|instructions|keywords|options)\b(?!\s+(?:for|on|about)\s+(?:A-|action))|"
    r"\b(?:what|which)\s+(?:commands?|instructions?|keywords?|phrases?|requests?|words?)\s+(?:(?:does|do|can|will|would)\s+)?"
    r"(?:you|u|this|it|this\s+(?:thing|bot|tool|assistant)|the\s+(?:bot|tool|assistant|tracker))\s+(?:actually\s+)?"
    r"(?:understands?|knows?|takes?|accepts?|recogni[sz]es?|responds?\s+to|supports?|works?\s+with|get)\b|"
    r"\b(?:what|which)\s+(?:commands?|keywords?)\s+(?:are\s+there|there\s+are|(?:can|could|should|do)\s+(?:i|we)\s+"
    r"(?:use|type|give))\b|"  # "can you explain what commands there are"
    r"\bwhat\s+(?:you(?:'re|\s+are)|u\s+are|this\s+(?:bot|thing|assistant)(?:'s|\s+is))\s+(?:actually\s+|really\s+)?"
    r"(?:able\s+to|here\s+to|meant\s+to|designed\s+to)\s+(?:help|assist|do)\b|"
    r"\bwhat\s+(?:sorts?|kinds?|types?)\s+of\s+(?:things?|stuff|questions?|requests?|commands?|messages?)\s+"
    r"(?:(?:can|could|should|do|may)\s+(?:i|we)\s+(?:ask|say|send|tell|type|use|get|request)|"
    r"(?:can|could|do)\s+you\s+(?:do|help|handle|understand|answer|deal with))\b|"
    r"\bwhat\s+(?:are|is)\s+(?:you|this bot|the bot|this assistant|the assistant)\s+(?:able|here|meant|designed)\s+"
    r"(?:to\s+(?:help|do|assist)|for)\b|"
    r"\bwhat\s+(?:can|could|do|will)\s+you\s+(?:help|assist)\s+(?:me\s+|us\s+|people\s+)?with\b|"
    r"\bwhat\s+(?:you|this bot|the bot|this assistant|the assistant)\s+(?:are\s+able\s+to|is\s+able\s+to|can|could)\s+"
    r"(?:help|assist)(?:\s+(?:me|us|people))?\s+with\b|"
    r"\bwhat\s+(?:you|this bot|the bot|this assistant|the assistant)\s+(?:are|is)\s+(?:able|here|meant|designed)\s+"
    r"(?:to\s+(?:help|do|assist)|for)\b|"
    r"\bwhat\s+(?:can|could)\s+(?:i|we)\s+(?:ask|use)\s+(?:you|u|this(?:\s+(?:bot|thing|assistant))?|the\s+(?:bot|assistant))\s+"
    r"(?:to\s+do|for)\b|"
    r"\bwhat\s+(?:am\s+I|are\s+we)\s+(?:able|allowed|meant|supposed)\s+to\s+(?:ask|say\s+to|tell)\s+"
    r"(?:you|this bot|the bot|the assistant)\b|"
    r"\b(?:explain|tell\s+me|describe)\s+what\s+(?:you|this bot|the bot|this assistant|the assistant)\s+"
    r"(?:can\s+|are\s+able\s+to\s+)?(?:do|does)\s*(?:[?.!]|$)",
    re.I,
)
# "Cheers for chasing A-26 for me", "Thank you Nicki for covering A-38": thanks for something done, asking nothing.
THANKS = guarded(
    r"^(?:(?:ok|okay|oh|lovely|great|brilliant|perfect|fab|amazing|super|wonderful|aw+|ah+)[\s,!.-]+)*"
    r"(?:(?:many|massive|big|huge|so)\s+)?(?:thanks|thank\s+you|thankyou|cheers|ta|(?:really\s+|much\s+)?"
    r"appreciated?|(?:really\s+|so\s+)?grateful)\b(?![^?]*\?)[^.!?]{0,40}?"
    r"(?:\bfor\s+(?:all\s+)?(?:your\s+help\s+)?(?:\w+ing|the|your)\b|\b(?:you|u)\s+\w+ing\b)",
    re.I,
)
# "overdue actions please", "all open actions pls": the list itself named, as a request.
NAMED_LIST = guarded(
    r"^(?:all\s+)?(?:the\s+)?(?:open|outstanding|overdue|current|live)\s+actions"
    r"(?:\s+(?:for|on|with|of)\s+[\w&' ]{1,30}?)?(?:\s+(?:please|list|so far|now|today|this week|at the moment))*"
    r"\s*(?:[-,.!?;:]|$)",
    re.I,
)

LIST_STATE = (
    r"(?:open|outstanding|left|due|overdue|on the go|on the tracker|on (?:the|their|his|her|its) (?:list|plate)|"
    r"between (?:them|us)|on)"  # "what does karen have on atm", "what do me and sally have between us"
)
AS_SPOKEN = (
    r"(?:\s+(?:please|at the moment|now|currently|still|again|then|there|for (?:the )?(?:board|dscb|lscb|tracker)|"
    r"for (?:us|me)|between (?:them|us)|each|both|between the (?:two|three|four) of (?:them|us)|"
    r"(?:ahead of|before) (?:our|the|my) (?:next )?(?:meeting|board|panel|workshop|catch[- ]?up)))*\s*(?:\?|$)"
)
# What a meeting question asks, when it is asked indirectly ("could someone remind me where the workshop is").
MEETING_ASKED = guarded(
    r"\b(?:where|when|what time|what day|which day|what date|which date|which room|"
    r"who(?:'s| is| are)? (?:coming|attending|going|invited|chairing)|still on|going ahead|still happening|"
    r"cancelled|postponed|moved|full day|half day|all day|how long|venue|starts?|finish(?:es)?)\b",
    re.I,
)
# "anything I'm supposed to be chasing Su Vincent about?", "what should I chase the police for": the one chased.
LIST_CHASED = guarded(
    r"\b(?:anything|what|which\s+actions?)\b[^?.!]{0,40}?\b(?:chas(?:e|ing)|nudg(?:e|ing)|hassl(?:e|ing)|"
    r"pester(?:ing)?|prod(?:ding)?|remind(?:ing)?|follow(?:ing)?\s+up\s+with)\s+(?P<who>[^?.,!;]+?)\s+"
    rf"(?:about|for|on|over){AS_SPOKEN}",
    re.I,
)
# The writer's own actions asked for: "which actions are down to me", "anything I still need to do".
LIST_SELF_ASKED = guarded(
    r"\b(?:which|what)\s+(?:ones|actions|bits)\s+(?:are|is)\s+(?:still\s+)?(?:mine|with\s+me|on\s+me)\b|"
    r"\b(?:down|assigned|allocated|given)\s+to\s+me\b|\bsitting\s+with\s+me\b|"
    r"\b(?:open|outstanding|overdue|logged|recorded|held)\s+(?:against|for|under)\s+me\b|"  # "actions open against me"
    r"\b(?:anything|what|everything)(?:\s+at\s+all)?(?:\s+that)?\s+I\s+(?:still\s+)?(?:need|have|ought|should|must|"
    r"am\s+(?:meant|supposed|expected)|'m\s+(?:meant|supposed|expected)|was\s+(?:meant|supposed)|"
    r"said\s+I(?:'d|\s+would))\s+(?:to\s+)?(?:be\s+)?(?:do|doing|done|finish|complete|action|sort|chase|send)\b|"
    # "what did I get actioned with?", "what have I been given?", "not sure I have any actions outstanding"
    r"\bwhat\s+(?:did|have|was|were)\s+I\s+(?:been\s+|get\s+|got\s+)?(?:actioned|given|assigned|allocated|landed|"
    r"lumbered|tasked)\b|\bI\s+(?:still\s+)?(?:have|'ve\s+got|have\s+got)\s+any(?:thing)?\s+(?:\w+\s+)?(?:actions?|"
    r"outstanding|open|overdue)\b|"
    r"\b(?:what|which(?:\s+actions|\s+ones)?)\s+am\s+I\s+(?:currently\s+|still\s+)?(?:holding|carrying|sitting\s+on)\b|"
    r"\b(?:actions|ones|anything)\s+I(?:\s+am|['’]m)\s+(?:currently\s+|still\s+)?(?:holding|carrying)\b",  # held
    re.I,
)
# "me and zala", "Karen and I": the writer named with someone else.
# "Do Mike and I have anything outstanding jointly?": the other one asked about with the writer.
AND_I = guarded(
    r"\b(?!(?:Do|Does|Did|Have|Has|Can|Could|What|Which|Are|Is|Will|Would|Should|Both|And|Me)\b)"
    r"(?P<who>(?-i:[A-Z])[\w'’-]*(?:\s+(?!and\b)[\w'’-]+)?)\s+(?:and|&)\s+(?:I|me|myself)\b"
)
WRITER_AND = guarded(
    r"\b(?:me|myself)\s+(?:and|or|&)\b|\b(?:and|&)\s+(?:me|myself|I)\b|\b(?:and|or|&)\s+(?:for|with)\s+(?:me|myself)\b",
    re.I,
)
_US = guarded(r"\b(?:us|our|we)\b", re.I)

# "what was a 23 again", "whats action 4 about": one action asked about, its number typed with a space.
SHOW_SPACED = guarded(
    r"^(?:what(?:'s|\s+is|\s+was|s)|remind\s+me\s+(?:what|of)|show(?:\s+me)?|pull\s+up|bring\s+up|look\s+up|"
    r"(?:the\s+)?details\s+(?:of|for|on))\s+(?:a|action)[\s-]?(\d{1,4})"
    r"(?:\s+(?:is|was|again|about|for|please|details|then))*\W*$",
    re.I,
)
# A request to see one action in full: "details of A-19 pls", "could you let me see the details?".
SHOW_DETAILS = guarded(  # "status of a-11 pls, Pam thinks it's been closed": how it stands, asked
    r"^(?:the\s+)?(?:full\s+|more\s+|latest\s+)?(?:details?|info|information|status)\s+(?:of|for|on|about)\b|"
    r"\b(?:let\s+me\s+(?:see|have|know)|(?:show|send|give|tell)\s+(?:me|us)|(?:can|could|may)\s+(?:i|we)\s+"
    r"(?:see|have|get)|remind\s+me\s+of)\s+(?:the\s+|its\s+)?(?:full\s+|more\s+|further\s+)?"
    r"(?:details|info|information|trail|audit\s+trail|history)\b|"
    # "need to see a-9 before the panel on monday": the action itself, to read
    r"^\W*(?:I\s+)?(?:need|want|would\s+like)\s+to\s+(?:see|look\s+at|read|check)\s+(?:action\s+)?A-?\d{1,4}\b|"
    # "A-66 - let me see it first", "let me have a look at A-66": the action, to read before anything else
    r"(?:^|[:,–—-]\s*)let\s+me\s+(?:see|have\s+a\s+(?:look|peek|read)\s+at|look\s+at|read)\s+"
    r"(?:it|that|this|that\s+one|this\s+one|(?:action\s+)?A-?\d{1,4})(?:\s+(?:first|please|pls))*\W*$",
    re.I,
)
# "not sure what it refers to", "what's that one about": what an action is, asked or wondered about.
# "what happened with a-5, it was due 30 April", "when was 12 last updated": how one action stands, asked (never with
# an edit asked after it: "where are we with A-5 - can we move it to June?")
STANDING_ASKED = guarded(
    r"^\W*(?:so\s+|hi\W+|morning\W+)?(?:what(?:['’]s|\s+has)?\s+happen(?:ed|ing)\s+(?:with|to|on|about)|"
    r"when\s+was\s+(?=(?:action\s+)?A-?\d{1,4}\s+last\s+(?:updated|changed|touched|looked\s+at)))\s+"
    r"(?:action\s+)?A-?\d{1,4}\b(?![^?]*\b(?:can|could|would|please|pls|move|push|extend|change|close|drop|mark|tick|"
    r"reassign|give)\b)|"
    # "… whether A-62 was ever closed. Could you show me where it's at?": how the one action stands, asked
    r"\b(?:show|tell)\s+(?:me|us)\s+where\s+(?:it|that|this|that\s+one|this\s+one)(?:['’]?s|\s+is)\s+(?:at|up\s+to)\b|"
    r"\b(?:show|tell)\s+(?:me|us)\s+(?:where|how)\s+(?:it|that|this|that\s+one|this\s+one)\s+stands\b",
    re.I,
)
SHOW_WHAT_IT_IS = guarded(
    r"\bwhat\s+(?:it|that|this|that\s+one|this\s+one|the\s+action|A-?\d{1,4})\s+(?:actually\s+)?(?:refers\s+to|"
    r"relates\s+to|is\s+about|'s\s+about|was\s+about|involves|means|covers|is\s+for|"
    r"(?:was|is)(?=\s*(?:[,.;!?]|$|\s+(?:again|exactly|even)\b)))\b",  # "can u tell me what a-35 was, ..."
    re.I,
)
_UNSURE = guarded(r"\b(?:not\s+(?:quite\s+)?sure|no\s+idea|don't\s+know|can't\s+remember|forg[eo]t(?:ten)?)\b", re.I)


def unsure(text: str) -> bool:
    """Whether the writer says they are unsure ("not quite sure", "can't remember", "I forget")."""
    return _UNSURE.search(text) is not None


def asks_indirectly(text: str, *, opening: bool = False) -> bool:
    """Whether the text asks something politely or indirectly ("could someone remind me where ..."); with
    ``opening``, only when the asking opens a sentence (not "I've sent it, let me know if ...")."""
    found = _INDIRECT.finditer(text)
    return any(not opening or _SENTENCE_OPENING.search(text, 0, f.start()) for f in found)


def speaks_for_us(text: str) -> bool:
    """Whether the writer speaks for their agency ("waiting for us", "our actions")."""
    return _US.search(text) is not None


# How the tracker is used, asked: "how does one record a new action here?", "could you explain how I add an action",
# "whats the format for moving a due date?", "what is this bot for?".
_HOW_VERB = (
    r"(?:us(?:e|ing)|record(?:ing)?|add(?:ing)?|log(?:ging)?|enter(?:ing)?|creat(?:e|ing)|rais(?:e|ing)|"
    r"put(?:ting)?\s+(?:in|on|down)|mark(?:ing)?|clos(?:e|ing)|updat(?:e|ing)|mov(?:e|ing)|chang(?:e|ing)|"
    r"reassign(?:ing)?|extend(?:ing)?|delet(?:e|ing)|remov(?:e|ing)|cancel(?:l?ing)?|withdraw(?:ing)?|send(?:ing)?|"
    r"giv(?:e|ing)|tell(?:ing)?|ask(?:ing)?|see|view(?:ing)?|list(?:ing)?|check(?:ing)?|not(?:e|ing)|set(?:ting)?|"
    r"let(?:ting)?\s+(?:you|u|the\s+bot)\s+know|notify(?:ing)?|inform(?:ing)?)"
)
_HOW_OBJECT = (
    r"(?:actions?|due\s+dates?|dates?|deadlines?|owners?|updates?|notes?|apolog\w*|tracker|bot|assistant|leave|"
    r"absences?|tasks?|items?|entr(?:y|ies)|reminders?|audits?|returns?|it|this|that|one|here|you)"
)
HELP_HOW = guarded(
    r"\bhow\s+(?:(?:do|does|can|could|should|would|might|must)\s+)?(?:i|we|one|you|people|members|someone|anyone)\s+"
    r"(?:(?:can|could|should|would|do|might|go\s+about|am\s+meant\s+to|are\s+meant\s+to|actually)\s+)*"
    rf"{_HOW_VERB}\b[^.?!]{{0,50}}?\b{_HOW_OBJECT}\b|"
    r"\b(?:explain|show\s+me|tell\s+me|remind\s+me|know|sure|idea|clue|figure\s+out|work\s+out|wondering|wondered)\s+"
    rf"how\s+to\s+{_HOW_VERB}\b[^.?!]{{0,50}}?\b{_HOW_OBJECT}\b|"
    r"\b(?:explain|show\s+me|tell\s+me|sure|idea|clue|wondering|wondered)\s+how\s+(?:this|it|the\s+bot|this\s+bot|"
    r"this\s+thing|the\s+tracker|the\s+assistant|things|everything|all\s+this)\s+works?\b|"
    # "how does the action tracker work?", "how do these things work"
    r"\bhow\s+(?:does|do)\s+(?:the\s+|this\s+|your\s+)?(?:action\s+)?(?:tracker|bot|assistant|it|this|this\s+thing|"
    r"this\s+app)\s+work\b|"
    r"\bwhat(?:'s|\s+is|s)?\s+the\s+(?:right\s+|correct\s+|proper\s+|usual\s+)?(?:format|syntax|command|wording|"
    r"phrasing|keyword|template)\s+(?:for|to|of|when)\b|"
    r"\bwhat\s+(?:format|syntax|command|wording|words?)\s+(?:do|should|can|would|must)\s+(?:i|we|you|one)\s+"
    r"(?:use|type|write|say|send)\b|"
    r"\bhow\s+(?:do|should|would|must)\s+(?:i|we|you|one)\s+(?:word|phrase|format)\b|"
    r"\bis\s+there\s+a\s+(?:format|syntax|command|template|set\s+wording)\s+(?:for|to)\b|"
    r"\bwhat(?:'s|\s+is)?\s+(?:this|the)\s+(?:bot|assistant|chat\s*bot|tool)\s+(?:actually\s+|really\s+)?"
    r"(?:for|about|meant\s+for)\b|"
    r"\bwhat\s+(?:this|the)\s+(?:bot|assistant|chat\s*bot|tool)\s+(?:is\s+)?(?:actually\s+|really\s+)?"
    r"(?:for|about|does)\b|"
    r"\bwhat\s+(?:you\s+are|you're)\s+(?:actually\s+|really\s+)?for\b|"
    r"\bwhat\s+(?:does|do)\s+(?:this|the)\s+(?:bot|assistant|chat\s*bot|tool)\s+(?:actually\s+|really\s+)?do\b|"
    rf"\bwhat\s+(?:do|should|would|must|can)\s+(?:i|we|you|one)\s+(?:type|write|say|put)\s+(?:in\s+)?"
    rf"(?:to|for|if|when)\s+(?:{_HOW_VERB})\b|"
    r"\bwhat(?:'s|\s+is)?\s+the\s+point\s+of\s+(?:this|the|you)\b(?:\s+(?:bot|assistant))?",
    re.I,
)
# "can we remove action 22", "Can action 17 be withdrawn": one action to change, not a list asked for.
EDIT_ASKED = guarded(
    r"\b(?:remov(?:e|ed)|delet(?:e|ed)|drop(?:ped)?|withdraw(?:n)?|scrap(?:ped)?|cancel(?:led)?|clos(?:e|ed)|"
    r"amend(?:ed)?|chang(?:e|ed)|mov(?:e|ed)|reassign(?:ed)?|extend(?:ed)?|push(?:ed)?\s+back|slip|"
    r"take\s+off|taken\s+off|come\s+off|switch(?:ed)?|swap(?:ped)?|transfer(?:red)?|(?:re)?allocat(?:e|ed))\b",
    re.I,
)
ONE_ACTION_NAMED = guarded(r"\b(?:A-?\s?\d{1,4}|action\s+(?:no\.?\s*|number\s+)?\d{1,4})\b", re.I)
# "across the board", "everyone", "the whole tracker": every owner's actions, not the writer's.
BOARD_WIDE = guarded(
    r"\bacross\s+the\s+(?:board|partnership|tracker|piece|whole\s+\w+)\b|\bboard[-\s]wide\b|\bwhole\sboard\b(?!\s(?:meeting|papers))|"
    r"\bacross\s+all\s+(?:the\s+)?(?:agencies|partners|organisations|organizations|members|owners)\b|"
    r"\ball\s+of\s+(?:it|them)\b|\bnot\s+(?:just|only)\s+(?:mine|me|my\s+own|ours)\b|"  # unless another is named
    # "list all overdue actions for me", "pull up the tracker for me": the whole list, fetched for the writer
    r"\b(?:list|show|send|give|pull\s+up|bring\s+up)\s+(?:me\s+)?(?:all\s+(?:the\s+)?(?:open\s+|outstanding\s+|overdue\s+)?"
    r"actions|the\s+(?:whole\s+|full\s+)?tracker)\b"
    r"(?=\s*(?:for\s+(?:me|us)\b|please\b|pls\b|thanks\b|[?.!,;]|$))|"
    r"\b(?:everyone|everybody|every\s+(?:member|agency|owner))(?:'s)?\b(?!\s+(?:at|in|from|on)\b)|"
    r"\b(?:the\s+)?whole\s+(?:board|tracker|partnership|list)\b|"
    # "every overdue action, whoever owns it", "regardless of who holds them": the board's, not the writer's
    r"\bwhoever(?:['’]s)?\s+(?:owns|holds|has|is\s+responsible|they\s+(?:are|belong))|\bwhoever['’]?s\s+they\s+are\b|"
    r"\b(?:regardless|irrespective)\s+of\s+(?:who|whose|owner)|\bno\s+matter\s+who(?:se)?\b|"
    r"\bevery\s+(?:single\s+)?(?:open\s+|outstanding\s+|overdue\s+|live\s+)?action\b",
    re.I,
)
# The writer as the one asking, not an owner: "can I see", "I'd like", "I was wondering".
ASKER_I = guarded(
    r"\b(?:can|could|may|might)\s+I\s+(?:please\s+|just\s+)?(?:see|have|get|check|ask|look|view)\b|"
    r"\bI(?:'d|\s+would)\s+(?:like|love)\b|\bI\s+(?:want|need|wanted|needed)\s+to\s+(?:see|know|check|look)\b|"
    r"\bI\s+(?:was\s+|am\s+|'m\s+)?wonder(?:ing|ed)\b|\b(?:am\s+I|I\s+am|I'm)\s+able\s+to\b",
    re.I,
)
# "Martine asked me to check -", "Tony wants us to find out": who asked the question, not whose actions.
_SOMEONE = r"[\w'’ -]{2,30}?"
REPORTED_ASKER = guarded(
    rf"^(?:(?:just\s+)?(?:asking|checking|enquiring)\s+(?:for|on\s+behalf\s+of)\s+{_SOMEONE}|"
    rf"on\s+{_SOMEONE}(?:'s|’s)\s+behalf|on\s+behalf\s+of\s+{_SOMEONE}|"
    rf"(?:a\s+)?(?:quick\s+)?(?:q|question|query)\s+from\s+{_SOMEONE})\s*[-–—:,]+\s*|"
    rf"^(?:i've|i\s+have|i\s+was|i've\s+just|i\s+have\s+just)\s+(?:been\s+)?asked\s+by\s+{_SOMEONE}\s+to\s+"
    r"(?:check|ask|find\s+out|see|confirm)\b\s*[-–—:,]*\s*|"
    rf"^{_SOMEONE}(?:'s|’s|\s+is|\s+was|\s+has\s+been)\s+asking\s+(?=what|which|whether|if|who|how|when|where|any)|"
    rf"^{_SOMEONE}\s+(?:has\s+|just\s+)?asked\s+(?:(?:me|us)\s+)?(?=(?:what|which|whether|if|who|how|when|where|any)\b)|"
    r"^(?:[\w'’-]+\s+){1,3}?(?:has\s+|had\s+|just\s+)?(?:asked|wants|wanted|needs|needed|would\s+like|"
    r"is\s+asking|was\s+asking)\s+(?:(?:me|us)\s+to\s+(?:check|ask|find\s+out|know|see|look|confirm)\b|"
    # "roger wants to know what cafcass have outstanding": the one asking, then the question
    r"to\s+(?:check|find\s+out|know|see)\b(?=\s+(?:what|which|whether|if|who|how|when|where|any)\b))"
    r"(?:\s+(?:for\s+(?:her|him|them)|on\s+(?:her|his|their)\s+behalf))?\s*[-–—:,]*\s*",
    re.I,
)
# "my list", "my to do list": the writer's own actions, asked for.
MY_LIST = guarded(r"\bmy\s+(?:list|to-?\s?do(?:\s+list)?|tracker|stuff)\b", re.I)
# "me or richard", "Sally and me": the writer named with someone else as the ones asked about.
WITH_WRITER = guarded(
    r"^(?:me|myself|I)(?:\s+personally)?\s+(?:and|or|&)\s+(?:for\s+|with\s+)?(?P<after>.+)$|"
    r"^(?P<before>.+?)\s+(?:and|or|&)\s+(?:for\s+|with\s+)?(?:me|myself|I)(?:\s+(?:personally|too|as\s+well))?$",
    re.I,
)
# "what's the status of a 8?", "where are we with a 12": one action, its number typed with a space, asked about.
SHOW_SPACED_ASKED = guarded(
    r"\b(?:status|progress|latest|update|news|position)\s+(?:of|on|with|for)\s+(?:a|action)\s?(\d{1,4})"
    r"(?:\s+(?:please|pls|again|then|now))*\s*(?:\?|$)|"
    r"\b(?:where\s+are\s+we|how(?:'s|\s+is|\s+are\s+we\s+getting\s+on|\s+are\s+things)(?:\s+it\s+going)?)\s+"
    r"(?:up\s+to\s+)?(?:with|on)\s+(?:a|action)\s?(\d{1,4})\s*(?:\?|$)",
    re.I,
)
# "open", "outstanding", "on the tracker": the state of actions asked about.
OPEN_STATE = guarded(rf"\b{LIST_STATE}\b", re.I)
# "what did I sign up for", "remind me what I said I'd do": the writer's own commitments asked about.
COMMITTED = guarded(
    r"\bwhat\s+(?:did\s+|have\s+|had\s+)?I\s+(?:(?:said|say)\s+I(?:'d|\s+would|\s+will)|"
    r"sign(?:ed)?\s+up\s+(?:for|to)|agree(?:d)?\s+to|volunteer(?:ed)?\s+(?:for|to)|t(?:ook|ake)\s+on|promise(?:d)?|"
    r"commit(?:ted)?\s+to|offer(?:ed)?\s+to)\b",
    re.I,
)
# "asked me to take on an action to ...", "an action for the police": an action being set, not a meeting question.
ACTION_TALK = guarded(
    r"\b(?:take\s+on|record|log|add|put\s+down|set|give\s+(?:me|us|him|her|them))\s+(?:an?\s+|the\s+|this\s+)?"
    r"(?:new\s+)?action\b|\ban?\s+(?:new\s+)?action\s+(?:to|for)\b|"
    # "Could you list the actions for Annette? We are co-presenting at the workshop": a list asked for first
    r"^(?:(?:please\s+)?(?:can|could|would)\s+you\s+(?:please\s+)?)?(?:list|show)\s+(?:me\s+)?(?:all\s+)?(?:the\s+)?"
    r"(?:open\s+|outstanding\s+)?actions\s+(?:for|of|on)\b",
    re.I,
)
# "can you book me a room for the team meeting?", "could someone order lunch for the workshop": a service asked of
# the assistant that it does not give (booking, ordering, arranging), not a question about a meeting.
_SERVICE_THING = (
    r"(?:(?:meeting|conference|training|bigger|larger|smaller|small|quiet|side|break-?out)\s+)?(?:room|venue|space)|"
    r"lunch|catering|refreshments|sandwiches|buffet|teas?|coffees?|parking(?:\s+spaces?)?|car\s+park|taxis?|"
    r"projector|screen|laptop|interpreter|hearing\s+loop|(?:teams|zoom)(?:\s+(?:link|call|meeting))?|"
    r"(?:conference\s+|video\s+)?call|(?:pre|post)-?\s?meeting|meeting\s+with|desk|hot\s?desk|minute-?taker"
)
SERVICE_ASKED = guarded(
    r"(?:^|[.!?,;:]\s+|\b(?:please|pls)\s+)(?:(?:can|could|would|will)\s+(?:you|u|someone|somebody|anyone|one\s+of\s+you)"
    r"\s+(?:be\s+able\s+to\s+)?|is\s+it\s+possible\s+to\s+|(?:i|we)\s+need\s+you\s+to\s+)?"
    r"(?:please\s+|pls\s+|possibly\s+|kindly\s+|just\s+|quickly\s+)*"
    r"(?:(?:book|reserve|hire|arrange|organi[sz]e|order|sort(?:\s+out)?|set\s+up)\s+(?:me|us|him|her|them|the\s+team)?"
    r"|(?:get|find)\s+(?:me|us|him|her|them|the\s+team))\s*(?:a|an|the|some|two|three|\d+)?\s*"
    rf"(?:(?-i:[A-Z])[\w'’-]+\s+)?(?:{_SERVICE_THING})\b",  # "book the Saltwells room"
    re.I,
)
# Who is coming to a meeting, asked: "who has sent apologies for the 10th?", "who's on the list for the 18th",
# "attendance list for september board", "are we quorate for july?", "how many have said they're coming?".
ATTENDANCE_ASKED = guarded(
    r"(?:\bwho|\b(?:which|what)\s+(?:agencies|members|people|partners|schools|organisations|services|colleagues))"
    r"(?:'s|s|\s+has|\s+have|\s+else\s+has)?\s+(?:already\s+|so\s+far\s+|actually\s+)?(?:sent|given|put\s+in|"
    r"offered|submitted|sent\s+in|emailed)\s+(?:(?:their|any|her|his|in)\s+)?(?:apolog\w*|apols?)\b|"
    r"\b(?:any(?:\s+more)?|how\s+many|many|lots\s+of|list\s+of)\s+(?:apolog\w*|apols?)\b(?!\s+(?:from\s+)?(?:me|I)\b)|"
    r"\b(?:apolog\w*|apols?)\s+(?:so\s+far|received|in\s+so\s+far|list)\b|"
    # "is Jo coming on the 18th or has she sent apols": whether someone is coming, asked
    r"^(?:is|are)\s+[\w'’ ]{1,30}?\s+(?:coming|attending|going)\b[^.!]{0,40}\bor\b|"
    # "Is Sally down as attending the workshop?": who is coming, asked
    r"^(?:is|are)\s+[\w'’ ]{1,30}?\s+(?:down|listed|booked|on\s+the\s+list)\s+(?:as\s+)?(?:attending|coming|going)\b|"
    # "Has Karen Jackson sent apologies for July?", "did tony send his apols for the workshop": asked, not sent
    r"^(?:(?:hi|hiya|morning|quick\s+q(?:uestion)?|just\s+checking)\W+)*(?:has|have|did)\s+"
    r"[\w'’&-]+(?:\s+[\w'’&-]+){0,4}?\s+(?:already\s+|actually\s+)?(?:sent|send|given|give|put\s+in|submitted|"
    r"submit|emailed|email)\s+(?:(?:their|any|her|his|in|my|our)\s+)?(?:apolog\w*|apols?)\b|"
    r"\bquorate\b|\bquorum\b|\battendance\s+(?:list|register|numbers|figures|sheet|so\s+far|looking|like)\b|"
    r"\b(?:list\s+of\s+)?attendees\b|"
    r"\bwho(?:'s|s|\s+is|\s+are)?\s+(?:on\s+the\s+(?:list|invite\s+list|attendance\s+list|guest\s+list|register)|"
    r"invited|attending|coming|going|expected|confirmed|booked\s+(?:on|in)|signed\s+up)\b|"
    r"\bhow\s+many\s+(?:people\s+|members\s+|of\s+us\s+)?(?:are\s+|have\s+|will\s+be\s+)?(?:coming|attending|"
    r"confirmed|booked|expected|going)\b",
    re.I,
)
# "list apologies for the July board pls", "show me the apols for monday": the apologies so far, asked for.
APOLOGIES_LISTED = guarded(
    r"^(?:(?:pls|please|can\s+you|could\s+you|can\s+I|could\s+I)\s+)?(?:please\s+)?(?:list|show(?:\s+me)?|send\s+me|"
    r"give\s+me|see|get\s+me|have)\s+(?:a\s+list\s+of\s+|the\s+|all\s+(?:the\s+)?|any\s+)?(?:apolog\w*|apols?)\b"
    r"(?!\s+(?:from\s+)?(?:me|I|my)\b)",
    re.I,
)
# A meeting's papers asked about or asked for: "were the minutes from march ever sent round", "could I have the
# agenda for the board", "would it be possible to have the details?", "what was agreed at the March board?".
PAPERS_OPENING = guarded(
    r"^(?:were|was|have|has|had|did|are|is)\s+(?:the\s+|our\s+)?(?:\w+(?:'s|s)?\s+)?(?:minutes|papers|agenda|"
    r"notes|slides|pack)\b|^(?:the\s+)?(?:attendance|attendee|invite|invitation|guest)\s+(?:list|register|numbers)\b|"
    r"^(?:the\s+|a\s+)?list\s+of\s+(?:attendees|invitees|who(?:'s|\s+is)\s+coming)\b",
    re.I,
)
PAPERS_ASKED = guarded(
    r"\b(?:have|get|see|send|let\s+me\s+(?:have|see))\s+(?:me\s+|us\s+)?(?:a\s+copy\s+of\s+)?(?:the\s+)?"
    r"(?:details|papers|pack|agenda|minutes|joining\s+(?:details|instructions)|invite|invitation)\b|"
    r"\bwhat\s+(?:was|were|got|did\s+(?:we|they|the\s+board))\s+(?:agreed|decided|discussed|agree|decide|discuss)\b",
    re.I,
)
# "my open ones thx", "list my outstanding bits": the writer's actions, called something other than actions.
MY_ONES = guarded(
    r"\bmy\s+(?:(?:open|outstanding|overdue|live|current|remaining|unfinished|pending)\s+)"
    r"(?:ones|items|tasks|bits|things|stuff)\b|\bmy\s+(?:tasks|items)\b",
    re.I,
)
# "anything due for me this month", "any actions for the police": a question opened with "anything", unmarked.
ANY_OPENING = guarded(r"^(?:is\s+there\s+)?(?:anything|any\s+(?:actions?|thing))\b", re.I)
# "a list of the actions sitting with the SCR Sub group", "list the actions assigned to the PPP group": whose.
ACTIONS_HELD = guarded(
    r"\bactions?\s+(?:that\s+are\s+|which\s+are\s+|are\s+|is\s+|currently\s+|still\s+)*(?:sitting|held|assigned|"
    r"allocated|"
    r"owned|open|outstanding|overdue|left|down)\s+(?:with|to|by|against|for)\s+(?P<who>[^?.,!;]+?)"
    r"(?:\s+(?:please|pls|at the moment|now|currently))*\s*"
    r"(?=[?.,!;]|$|\s+(?:would|will|could|might|is|if|when|as|so|before|ahead\s+of|in\s+time|thanks)\b)",
    re.I,
)
# "I'd like to go through them with Martine on Monday", "need it for the agenda pack": why a list is asked for,
# told after the question; whoever it names owns nothing.
CONTEXT_AFTER = guarded(
    r"^(?:I(?:'d|'m|'ll|'ve)?|we(?:'d|'re|'ll)?|need|want|trying|it's|its|this\s+is|thanks?|cheers)\b",
    re.I,
)

# "… what our group still has open – can you list them for me?": the list asked for is the one named before.
THEM_FOR_ME = guarded(
    r"\s*[-–—,;]\s*(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?(?:list|show|send|give|pull(?:\s+up)?|get|dig\s+out)"
    r"\s+(?:me\s+)?(?:them|those|these|it|that|this)(?:\s+(?:out|up|off|together))?(?:\s+for\s+me)?(?:\s+please)?\W*$",
    re.I,
)
# "what have I got open, and anything for zala?", "my list and what has Jo got": someone else's list asked for too.
ALSO_ASKED = guarded(
    r"[,;]?\s+and\s+(?:also\s+)?(?:anything|what(?:['’]s|\s+is|\s+about|\s+has|\s+does)?|whats)\s+"
    r"(?:(?:open\s+|outstanding\s+|due\s+)?(?:for|on|with)\s+)?(?P<who>[\w\s'’-]+?)"
    r"(?:\s+(?:got|owe|owes|have|has)(?:\s+(?:open|outstanding))?)?\s*\??$",
    re.I,
)
# "what does Dave still owe": Dave; "what's left on sallys list": sally.
WHO_TAIL = guarded(
    r"\s+(?:this|next)\s+(?:week|month)\b.*$|\s+(?:today|tomorrow)$|"  # "anything due for YOS this month?"
    r"\s+(?:before|by|ahead\s+of|for)\s+(?:the\s+)?(?:next\s+|july\s+|september\s+|sept?\s+)?(?:board|meeting|workshop|"
    r"panel|audit\s+panel)\b.*$|"  # "what's outstanding against me before the July board"
    r"\s+(?:before|ahead\s+of|prior\s+to|in\s+time\s+for|for)\s+(?:[\w'’]+\s+){0,3}?(?:meeting|catch[- ]?up|1[:-]1|"
    r"one[- ]to[- ]one|call|session|supervision)\b.*$|"  # "… for Nicola and Kate ahead of my meeting with Su"
    r"(?:\s+(?:still|now|currently|actually|really|even|too|also|as\s+well))+$|(?:['’]?s)?\s+(?:lists?|actions|ones)"
    r"(?:\s+at\s+the\s+moment)?$|"  # "… and cafcass too": whose, however it ends
    # "any actions for Barnardos still on there?", "anything for the CCG still open": how it stands, not whose
    r"\s+(?:still|currently)\s+(?:on\s+(?:there|the\s+(?:tracker|list|log))|open|outstanding|live|to\s+do|left)$",
    re.I,
)

# "help", "what can you do?", "how do I close an action?": help asked; "close off my action", "tick it off": a closing.
HELP = guarded(
    r"^[?!.\s]*(?:help|\?|commands|cmds|usage|what can you do|what do you do|what commands do you (?:understand|know)|"
    r"how do (?:i|you) .+|how does this work|what can i (?:ask|say)(?: you)?|what can i use (?:this|it|you) for)"
    r"(?:\s+(?:please|me|thanks))*\W*$",
    re.I,
)
CLOSE_CUES = guarded(  # never "… lovely to see so many actions from March finally closed!": glad, not asking
    r"^(?![\s\S]*\b(?:lovely|good|nice|great|brilliant)\s+to\s+see\b)[\s\S]*?(?:"
    r"\bclose (?:off )?(?:my|this|that|the|it)\b|\baction (?:complete|completed|done|closed)\b|"
    r"\b(?:can|could) be closed\b|\bcome off the (?:tracker|list)\b|"
    r"\bmark(?:ed)? (?:the |my |it |that |this )?.{0,80}?\bas (?:done|complete|completed|closed)\b|"
    r"\b(?:closing|closed)[.!]?\s*$|\baction(?:'s| is) (?:now )?(?:complete|done|closed)\b|"
    r"\btick (?:it|that|this)(?: one)? off\b|"
    r"\btake (?:it|that|this) off the (?:tracker|list)\b)",
    re.I,
)
# "I've already sent him the list, no need to do anything": the writer asks for nothing (not even a guess).
NOTHING_ASKED = guarded(r"\bno\s+need\s+to\s+do\s+anything\b|\bnothing\s+(?:for\s+you\s+)?to\s+do\b", re.I)


# "I'd suggest that the minutes are circulated", "A-19 should have gone to the printers by now": not done yet.
PROPOSED = guarded(
    r"\b(?:suggest|propose|recommend|ask)\s+that\b|\b(?:should|would|could|might|must|ought\s+to)(?:n['’]?t)?\s+have\b",
    re.I,
)


# "saw A-22 finally got closed, about time", "I see action 40 has been reassigned to me - that's fine": news of an
# edit someone else made, to be read, not made again.
# "Great to see so many of the police actions closed", "lovely to see …": gladness, nothing asked
GLAD_REMARK = guarded(r"^\W*(?:(?:so|really)\s+)?(?:great|good|nice|lovely|brilliant|fantastic)\s+to\s+see\b", re.I)
SEEN_EDITED = guarded(
    r"(?:\bI\s+(?:see|saw|notice|noticed|can\s+see)|(?<!please\s)\b(?:saw|seen|noticed|spotted)|\b(?:good|nice|great)\s+to\s+see|"
    # "pleased A-21 is finally closed", never "pleased to report A-14 is now complete" (a closing, said gladly)
    r"\b(?:glad|pleased)(?!\s+to\s+(?:say|report|confirm|let|tell|announce|advise|update))(?=\s+(?!to\b)))\b[^.!?]{0,50}?"
    r"\b(?:(?:got|has\s+been|have\s+been|was|were|is|are)\s+(?:now\s+|finally\s+|at\s+last\s+)?(?:marked\s+(?:as\s+)?)?"
    r"(?:closed|completed|done|signed\s+off|reassigned|moved|dropped|removed|extended)|"
    r"(?:has|have)\s+(?:now\s+)?(?:gone|moved)\s+(?:over\s+)?to)\b",  # "saw a-40 has gone to nicki, makes sense"
    re.I,
)
# "A-14 - thanks Richard, much appreciated": thanks, after an action's reference at most; nothing to record.
THANKS_NOTED = guarded(
    r"^\W*(?:A-?\d{1,4}\s*[-–—:,]?\s*)?(?:(?:brill|brilliant|great|lovely|perfect|fab|fabulous|ace|super|excellent)"
    r"\W*(?:\s+|$))?(?:(?:many|big|huge)\s+)?(?:thanks|thank\s+you|cheers|ta\b|$)|"  # "brill, thanks" to a closing
    # "re action 12 – yes saw Martine's email, thanks": the message about it seen, nothing more
    r"^\W*(?:A-?\d{1,4}\s*[-–—:,]?\s*)?(?:(?:yes|yep|ok|okay)\W+)?(?:I['’]ve\s+)?(?:saw|seen|got|received|read|noted)\s+"
    r"(?:it|that|this|(?:the|your|[\w'’]+['’]s)\s+(?:email|e-mail|message|note|reminder|chaser))\W*(?:thanks|cheers|ta)?\W*$",
    re.I,
)
NOT_JUST_MINE = guarded(r"\bnot\s+(?:just|only)\s+(?:mine|me|my\s+own|ours)\b", re.I)
# "Martine, ahead of Monday's panel, …": the meeting a question is asked for, opening it (not what it asks about).
FOR_A_MEETING = guarded(
    r"^(?:(?:hi\s+|hello\s+)?(?-i:[A-Z])[a-z]+,\s+)?"  # "Martine, ahead of Monday's panel, ...": written to her
    r"(?:before|ahead\s+of|in\s+time\s+for|for)\s+(?:the\s+|next\s+|this\s+|monday['’]s\s+|friday['’]s\s+)?"
    r"(?:[\w'’]+\s+){0,2}?(?:board|panel|meeting|workshop)(?:\s+meeting)?\s*,\s*|^(?:(?:hi\s+|hello\s+|dear\s+)?(?-i:[A-Z])[a-z]+,\s+)?(?:before|ahead\s+of|when)\s+I\s+(?:meet|see|chair|cover|stand\s+in|sit\s+in|deputi[sz]e|go\s+to|attend)\s+[^,.?!]{1,40},\s*|^I['’]?m\s+(?:standing\s+in|sitting\s+in|covering|chairing|deputi[sz]ing)\s+[^,.?!]{1,60},\s*",
    re.I,
)
