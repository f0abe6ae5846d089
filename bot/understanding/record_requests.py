"""A request to record an action, however it is worded ("can u stick one on the tracker for Tony to ...", "log this one
for Richard - ...", "new one for me: ...", "can i have an action pls - ..."), and the look-alike that only asks ("I'd
like to know whether ..."); an action logged for someone, told after what they said ("for Helen please, she asked me
at VCSG: IYS to map …"). Read by the action rules (:mod:`bot.understanding.action_rules`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.understanding import action_requests as asks
from bot.understanding.patterns import guarded
from bot.understanding.resolution import Resolution

__all__ = [
    "AS_MINE",
    "FOR_ME_ASKED",
    "LOG_THAT",
    "LOG_THAT_WITHIN",
    "NEW_ONE",
    "NO_ACTION_FOR",
    "OWN_ACTIONS_WORKED",
    "RECORD_ASKED",
    "RECORD_REQUEST",
    "WANTS_TO_KNOW",
    "told_after",
]

# A request to record an action, however it is worded: "can u stick one on the tracker for Tony to ...", "can we
# get an action down for housing to ...", "log this one for Richard - ...", "pls add, police to ...", "can we put
# Karen down to look at ...", "new one for me: ...". What follows the request is read as "<owners> to <task>".
_RECORD_VERB = (
    r"(?:(?:can|could|would|will)\s+(?:you|u|we|I|someone|the\s+bot|this\s+bot)\s+(?:please\s+|pls\s+)?|please\s+|pls\s+|"
    r"just\s+)*"
    r"(?:log|record|note|add|put(?!\s+together)|stick|pop|get(?!\s+(?:together|back|in\s+touch|on\s+with|(?:a|the|my|an?\s+up\s+to\s+date)\s+(?:list|copy|summary|rundown|breakdown|print)))|raise|"
    r"create|open|make(?!\s+sure)|set up|set(?=\s+(?:this|that|it|one)\s+up\b)|chuck|bung|whack)\b|"
    # "Logging this for Su Vincent at her request – …", "just adding one for Viv: …": said as it is done
    r"(?:(?:I['’]m|I\s+am|am|just)\s+)*(?:logging|recording|adding|noting|putting|popping|sticking)"
    r"(?=\s+(?:this|that|one|an?|it)\b)|"
    # "can this go on as an action for the trust": asked in the passive, the thing first
    r"(?:can|could|would|will)(?=\s+(?:this|that|it)\s+go\s+(?:on|down|in)\s+as\s+an?\s+(?:new\s+)?action\b)|"
    r"(?:i\s+|i'd\s+)?(?:just\s+)?(?:wanted|want|would like|like|need|needed|wanna)\s+to\s+"
    r"(?:log|record|note|add|put)\b|"
    # "can i have an action pls - …", "I'd like an action adding for myself and Mayada: …": asked for
    r"(?:(?:can|could|may)\s+(?:I|we)\s+(?:please\s+|pls\s+)?(?:have|get)|(?:I['’]d|I\s+would|we['’]d|we\s+would)\s+like)"
    r"(?=\s+(?:(?:an?|another)\s+(?:new\s+|more\s+)?(?:action|one|item)|one|another)\b(?!\s+(?:of|more|too|as\s+well)\b))|"
    # "could an action please be recorded for the VCSG to …", "can an action go on for fire - …": asked in the passive
    r"(?:can|could|would|will)(?=\s+(?:an?|another)\s+(?:new\s+)?(?:action|one|item)\s+(?:please\s+|pls\s+)?(?:be\s+"
    r"(?:added|recorded|logged|put\s+(?:on|down)|created|raised|set\s+up|noted)|go\s+(?:on|down|in))\b)"
)
_RECORD_OBJECT = (
    r"(?:\s+(?:on(?:to)? (?:the|my) (?:tracker|list|log)|to (?:the|my) (?:tracker|list|log)|in the (?:tracker|log)|"
    r"as (?:an? )?(?:new )?(?:action|one)|this one|that one|down|up|in|on|it|this|that|these|one|another|a|an|new|"
    r"action|actions|item|task|note|entry|line|reminder|adding|added|recording|recorded|logging|logged|be|go|"
    r"pls|please)\b)*"
)
RECORD_REQUEST = guarded(
    rf"^(?:{asks.ADDRESSED})?(?:{_RECORD_VERB})(?P<object>{_RECORD_OBJECT})"
    r"(?:\s+(?:for|on|against)\s+(?P<who>[^:;,–—]+?)(?:\s+(?:please|pls))?(?P<asked>\s+(?:at\s+(?:her|his|their)\s+request|as\s+(?:she|he|they)\s+"
    r"asked|on\s+(?:her|his|their)\s+behalf))?(?=\s*[:;,–—-]|\.\s|\s+(?:to|that|who|re|regarding|about|around|on|concerning)\s)"
    r"|\s+(?P<down>[^:;,–—]+?)\s+down\s+(?:for|to|as)\b)?\s*(?:[:;,–—-]+\s*)?(?P<rest>.+)$",
    re.I,
)
# "can i have an action pls - …", "I'd like one adding: …": the writer asks for an action of their own
FOR_ME_ASKED = guarded(
    rf"^(?:{asks.ADDRESSED})?(?:(?:can|could|may)\s+I\s+(?:please\s+|pls\s+)?(?:have|get)|I['’]d\s+like|I\s+would\s+like)\s+"
    r"(?:(?:an?|another)\s+(?:new\s+|more\s+)?(?:action|one|item)|one|another)\b(?!\s+(?:of|more|too|as\s+well)\b)",
    re.I,
)
# "I'd like to know whether …", "I want to find out which …": the writer asks, never takes on an action
WANTS_TO_KNOW = guarded(
    r"^\W*(?:(?:good\s+)?(?:morning|afternoon)\W+(?:all\W+)?|hi\W+(?:all\W+)?)?"
    r"(?:(?:before|as|since|now)\s+(?:I|I['’]m)\s+[^,.!?]{1,40}?,?\s+)?"  # "before I go on leave I'd like to check …"
    r"I(?:['’]d|\s+would)?\s+(?:like|want|need)\s+to\s+"
    r"(?:know|find\s+out|understand|check|see|confirm|be\s+sure)\s+(?:whether|if|what|which|who|how|when|where)\b",
    re.I,
)
# "report publication date is now 3 June. no action for us, just fyi": nothing to record
NO_ACTION_FOR = guarded(
    r"\bno\s+(?:further\s+)?actions?\s+(?:needed\s+|required\s+|necessary\s+)?(?:for|from)\s+(?:us|me|you|anyone|"
    r"the\s+board|members)\b|\bno\s+(?:further\s+)?action\s+(?:is\s+)?(?:needed|required|necessary)\b",
    re.I,
)
NEW_ONE = guarded(r"^(?:(?:a|another|new|one more)\s+)+(?:one|action|item)\s+(?:for|on)\s+(?P<who>[^:;,–—-]+?)\s*"
                      r"(?:[:;,–—-]+\s*|\s(?:please|pls)\b[\s:;,–—-]*|(?<=\bme)\s+(?=[a-z])(?!(?:and|n|or|plus|with)\b))"
                      r"(?P<rest>.+)$",
                      re.I)  # fmt: skip  # "new one for me pls cse data by ward ...": dictated, no stop
# "I'll crack on with my actions after the bank holiday", "will get through my board actions next week": the writer's
# plan for the actions already tracked, never a new one
OWN_ACTIONS_WORKED = guarded(
    r"^(?:(?:I['’]ll|I\s+will|I['’]m\s+going\s+to|I\s+am\s+going\s+to|will|gonna|going\s+to)\s+)(?:\w+\s+){1,3}?"
    r"(?:with|on|through|to)\s+(?:all\s+)?(?:of\s+)?my\s+(?:(?:board|outstanding|open|remaining|other|tracker)\s+)*"
    r"(?:actions|list)\b(?![^.!?]*\bA-?\d)|"
    # "I'll pick up action 22 with Su when I see her", "I'll mention a-16 to the GPs": one already tracked
    r"(?:^|[.!?,;]\s+|\bso\s+)(?:I['’]ll|I\s+will|I['’]m\s+going\s+to|I\s+am\s+going\s+to)\s+(?:\w+\s+){0,3}?"
    r"(?:action\s+|A-)\d{1,4}\b",
    re.I,
)
# "can you log that …", "please add: …": a request to record what follows.
LOG_THAT = guarded(
    r"^(?:@?[A-Za-z]+,?\s+(?=can |could ))?(?:(?:can|could) (?:you|we) |please |pls )?(?:log|record|note|add)"
    r"(?: (?:that|an action|action))?(?: that)?\s*[:–—-]?\s+",
    re.I,
)
# "... can you add that I'll draft the agreement": what follows is the action, wherever the request starts.
LOG_THAT_WITHIN = guarded(
    r"\b(?:(?:can|could|would) (?:you|u|someone|we)|(?:you|someone) (?:can|could|would|might)) (?:please )?"
    r"(?:log|record|note|add)(?: it)? that\s+",
    re.I,
)


# "can u log one for me", "could that go on as an action please?": something to record, not a question.
RECORD_ASKED = guarded(
    r"\b(?:can|could|would|will)\s+(?:you|u|someone|somebody|we|the\s+bot|this\s+bot)\s+(?:please\s+|pls\s+|just\s+)?"
    r"(?:log|record|add|note|minute|create|raise|enter|pop|put\s+(?:down|in))\b|"
    # "Merlin, Tony O - could you jointly take an action to report back …": asked to take one on
    r"\b(?:can|could|would|will)\s+(?:you|u)\s+(?:both\s+|all\s+|jointly\s+|please\s+)*take\s+(?:on\s+)?an?\s+(?:new\s+)?action\b|"
    # "Put Kate and me down for the joint probation training — is mid june too late?": the writer takes it on
    r"\bput\s+(?:me|us|[A-Za-z][\w'’]*(?:\s+[A-Za-z][\w'’]*)?\s+(?:and|&|\+)\s+(?:me|myself))\s+down\s+for\b|"
    # "is it possible to get something on the tracker for Anne", "can we have one on the log for the police"
    r"\b(?:get|put|have|pop|stick)(?:p?ing|ting)?\s+(?:something|one|an?\s+(?:new\s+)?action|it|this|that)\s+(?:on|onto|down\s+on|in|"
    r"into|added\s+to)\s+(?:the\s+)?(?:tracker|log|action\s+(?:log|list|tracker))\b|"
    # "Can I take an action to write a one-pager on it?": the writer offers to take one on
    r"\b(?:can|could|may|shall)\s+(?:I|we)\s+(?:take|have|get)\s+(?:on\s+)?an?\s+(?:new\s+)?action\s+(?:to|on)\b|"
    # "Can you put one down for Martine?", "could you stick one on for the police"
    r"\b(?:can|could|would|will)\s+(?:you|u|someone|somebody|we)\s+(?:please\s+|pls\s+|just\s+)?"
    r"(?:put|stick|pop|get|set)\s+(?:one|it|this|that|an?\s+(?:new\s+)?action)\s+(?:down|on|in|up)\b|"
    r"(?:^|[.!?,:;-]\s*|\b(?:please|pls|just|to)\s+)(?:log|record|add|minute)\s+"
    r"(?:one|this|that|it|an?\s+(?:new\s+)?action|the\s+following)\b|"
    r"\bgo\s+(?:on|down|in)\s+(?:the\s+tracker\s+)?as\s+an?\s+(?:new\s+)?action\b|\bas\s+an?\s+(?:new\s+)?action\b|"
    # "Can that go on the tracker, due 19 June?", "could this be added to the log", "could the following be added …"
    r"\b(?:can|could|will|would|should)\s+(?:that|this|it|these|the\s+following)(?:\s+(?:one|actions?|items?))?\s+"
    r"(?:go|be\s+(?:put|added|logged|recorded|"
    r"entered))\s+(?:on(?:to)?|in(?:to)?|to|down\s+on)\s+(?:the\s+)?(?:tracker|log|action\s+log|action\s+list)\b",
    re.I,
)

# The writer's own, though others do it: "can that go down as mine", "… but the action is mine"
AS_MINE = guarded(
    r"\b(?:that|it|this)\s+(?:go|be put|be logged|be added|be noted|be recorded)\s+(?:down\s+|on\s+|in\s+)?"
    r"(?:as|against|under)\s+"
    r"(?:mine|me|my name)\b|(?<!\bdon['’]t\s)(?<!\bdont\s)(?<!\bnot\s)"  # never "please don't put it under me"
    r"\b(?:put|log|note|record|add|pop|stick)\s+(?:that|it|this|the\s+action)\s+(?:down\s+)?"
    r"(?:as|against|under|to|on)\s+(?:mine|me|my name)\b|"
    # "Lisa Gough will draft the protocol, but the action is mine": done by someone else, held by the writer
    r"(?:,\s*|\s+)but\s+(?:the\s+action|it)(?:\s+is|['’]s)\s+(?:still\s+)?mine\b",
    re.I,
)
# What the one an action is logged for said, then the action itself: "she caught me at the panel: Police to …"
_CONTEXT_FIRST = guarded(r"^(?P<context>[^:–—]{3,160}?)(?::\s+|\s[–—-]\s+)(?P<rest>\S.*)$", re.S)
_OWNED_SAID = guarded(r"\b(?:it['’]?s|it\s+is|as|is)\s+(?:hers|his|theirs|mine|ours)\b", re.I)  # "… it's hers: …"


def told_after(
    task: str, owner_and_task: Callable[[str], tuple[Resolution, str] | None]
) -> tuple[Resolution, str] | None:
    """The action told after what the one it is logged for said ("she asked me at VCSG: IYS to map …": the IYS's),
    when that says nothing of whose it is ("… but it's hers: IYS to …") and is no action of its own; else None."""
    later = _CONTEXT_FIRST.match(task)
    if later is None or len(later["context"].split()) < 2 or _OWNED_SAID.search(later["context"]):
        return None  # "for Richard please - police to share …": nothing said first, Richard's as asked
    if owner_and_task(later["context"]):
        return None
    told = owner_and_task(later["rest"])
    return told if told and told[0] and all(o.kind != "unknown" for o in told[0].owners) else None  # or "which?"
