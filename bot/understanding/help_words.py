"""Questions about the assistant itself, wherever they sit in a message: "how do I send apologies through here?",
"Is it possible to reassign one of my actions through you, or does that have to go through Martine?", "do you send
reminders before things are due?", "can I log an action for a whole sub group or does it have to be a named person?".
Read by :mod:`bot.understanding.intent_rules` and, before any preamble is cut, by :mod:`bot.understanding.interpret`.
"""

from __future__ import annotations

import re

from bot.understanding.patterns import guarded

__all__ = ["HELP_ANYWHERE", "message_parts"]

HELP_ANYWHERE = guarded(
    # "zala wants to know how she can see her own actions on here": how the tracker works, asked for someone
    r"\b(?:wants?|wanted|needs?|would\s+like)\s+to\s+know\s+how\s+(?:she|he|they|someone|people|members|everyone)\s+"
    r"(?:can|could|should|would|is\s+meant\s+to|are\s+meant\s+to)\s+(?:see|find|get|check|view|look\s+at|add|record|"
    r"send|update|close|use)\b|"
    # "is there a way to change who owns an action?", "can I update someone else's action or just my own?", "if only
    # my part of an action is done do i mark it complete or what": how the tracker works, asked (no action named)
    r"^(?![^?]*\b(?:A-?\d|action\s+\d|no\.?\s*\d))(?:[^?]*?\bis\s+there\s+(?:a|any)\s+way\s+(?:to|of|I\s+can|for\s+me\s+to)"
    r"\s+(?:change|swap|move|update|edit|close|delete|remove|undo)\b|[^?]*?\bcan\s+(?:i|we)\s+(?:update|edit|"
    r"change|close|move|reassign|tick\s+off|mark)\s+(?:someone\s+else['’]?s|other\s+people['’]?s|anyone\s+else['’]?s|"
    r"another\s+(?:member|person)['’]?s)\b|[^?.!]*?\b(?:do|should)\s+i\s+(?:mark|tick|close|record|log|put)\b"
    r"[^?.!]*\bor\s+(?:what|not|do\s+i)\b)|"
    # "can i send apologies thru this or do i still email martine?", "is this where I put apologies?": which channel
    r"\b(?:can|do|should|shall|could)\s+(?:i|we|people|members|everyone|they|colleagues|partners)\s+[^?]{0,40}?\b"
    r"(?:here|thru|through|via|to\s+you|with\s+you)\b"
    r"[^?]{0,40}?\bor\b[^?]*\?|\bor\s+(?:do|should|must)\s+(?:i|we)\s+(?:still\s+|just\s+)?(?:(?:have|need)\s+to\s+)?(?:email|e-mail|ring|phone|"
    r"message|tell|go\s+through|send\s+(?:it|them)\s+to)\s+(?:martine|roger|the\s+(?:business\s+)?manager|the\s+chair)\b|"
    r"\bis\s+(?:this|here)\s+(?:where|how)\s+(?:i|we|you)\s+(?:put|send|log|record|add|post|do)\b|"
    # "can i update actions by forwarding emails to you?", "can i update an action from teams or only slack?", "can i
    # just paste the minutes in here and you pick out the actions?", "can I ask this assistant to send me a weekly
    # summary …?", "does this bot update the tracker straight away …", "… how do i get it moved?": how it works
    r"\bcan\s+(?:i|we)\s+[^?]{0,40}?\bby\s+(?:forwarding|emailing|pasting|copying|sending)\b[^?]*\?|"
    r"\b(?:from|in|on|through|via)\s+(?:teams|slack|email|outlook)\s+or\s+(?:only\s+)?(?:teams|slack|email)\b|"
    r"\bcan\s+(?:i|we)\s+(?:just\s+)?(?:paste|forward|upload|copy)\b[^?]*\b(?:here|you)\b[^?]*\?|"
    r"\bcan\s+(?:i|we)\s+(?:ask|get|set\s+up|make)\s+(?:this\s+(?:bot|assistant|thing|tool)|the\s+(?:bot|assistant)|you)"
    r"\s+to\b[^?]*\?|\b(?:does|do|will)\s+(?:this|the)\s+(?:bot|assistant|thing|tool)\s+(?!know\b)[a-z]+|"
    r"\bhow\s+(?:do|can|should)\s+(?:i|we)\s+get\s+(?:it|an\s+action|one|them)\s+(?:moved|changed|removed|reassigned|"
    r"taken\s+off|closed)\b|"
    r"\bhow (?:do|can|should|would) (?:i|we) (?:use|record|send|add|mark|close|log|see|ask|update|tell|find|view|"
    r"look\s+up|reopen|re-open|attach|upload|delete|undo|"
    r"let\s+(?:it|you|the\s+bot)\s+know)\b|"
    # "I've been asked to keep the tracker up to date for Merlin – how do I do that?": the way asked, after the task
    r"(?:[–—,;:-]|\s)\s*how\s+(?:do|can|would|should|does)\s+(?:i|we|she|he|they)\s+(?:do|go\s+about)\s+"
    r"(?:that|this|it)\s*\?|"
    # "is it possible to record an action against a whole agency rather than a named person?": what it can hold
    r"\b(?:is\s+it\s+possible|can\s+(?:I|we|you))\s+(?:to\s+)?(?:record|log|add|set|assign|give|do)\s+(?:an?\s+)?actions?\s+"
    r"(?:against|to|for)\s+(?:an?|my|our)\s+(?:whole\s+)?(?:agency|group|team|organi[sz]ation|service|partnership|school)\b"
    r"(?![^?]*\bto\s+[a-z])[^?]{0,40}\?|"  # never "… for my team to review the policy by Friday?": asked for
    # "can i add actions or only martine", "Am I able to update Tony's actions through this, or does he have to do it
    # himself?", "can i update an action by replying here?": who may use it, and how
    r"\b(?:can|could|may)\s+(?:i|we)\s+(?:add|log|update|record)\s+actions\s+or\s+(?:only|just)\b|"
    r"\bor\s+does\s+(?:he|she|they)\s+(?:need|have)\s+to\s+do\s+it\s+(?:himself|herself|themselves)\b|"
    r"\b(?:by|just\s+by)\s+replying\s+(?:here|to\s+(?:you|this|the\s+\w+))\s*\?|"
    # "what commands does the tracker bot understand?", "what sort of things can I ask you to do?", "is there a way to
    # see the history on an action?", "what the different action statuses mean"
    r"\bwhat\s+(?:sort\s+of\s+|kind\s+of\s+)?(?:commands|things|stuff)\s+(?:can|could|does|do|will)\s+"
    r"(?:I|we|you|it|the\s+(?:tracker\s+)?bot|this(?:\s+bot)?)\b|"
    r"\bwhat\s+can\s+I\s+(?:actually\s+|really\s+)?ask\s+(?:you|it|the\s+bot|this)\s+(?:to\s+do|for)\b|"
    r"\bis\s+there\s+a\s+way\s+to\s+(?:see|check|view|find)\s+(?:the\s+)?(?:full\s+|whole\s+|complete\s+)?history\b|"
    # "can i give an action to another agency or only to people?", "If I post a school's S175 status here does it go on
    # the tracker?": what it takes and where it goes
    r"\bcan\s+(?:i|we)\s+(?:give|assign|set|allocate)\s+(?:an?\s+)?actions?\s+to\s+(?:another|an?|other)\s+(?:agency|"
    r"agencies|group|team|organi[sz]ation|service|person|people|member)\b[^?]*\bor\b[^?]*\?|"
    # "can I put an action on the tracker for someone outside the board …? or does it have to be a member": who for
    r"\b(?:can|could)\s+(?:i|we)\s+(?:put|add|log|set|record|give)\s+(?:an?\s+)?actions?\b[^?]{0,60}?\b(?:for|to)\s+"
    r"(?:someone|somebody|people|anyone|a\s+person)\s+(?:outside|not\s+on|who\s+(?:is|isn['’]?t|are|aren['’]?t))\b|"
    r"\bor\s+(?:does|do|must)\s+(?:it|they)\s+(?:have|need)\s+to\s+be\s+(?:a\s+)?(?:board\s+)?members?\b|"
    r"\bif\s+(?:i|we)\s+(?:post|put|send|add|write|type|log)\b[^?]{0,60}?\b(?:here|in\s+here|in\s+this\s+channel)\b"
    r"[^?]{0,30}?\b(?:does|will|would)\s+(?:it|that|they|this)\s+(?:go|get|show|appear|end\s+up|be\s+(?:added|recorded"
    r"|logged))\b|"
    # "is there a way to get notified when one of my actions changes?", "if someone's off sick can I move all their
    # actions to a colleague in one go?": what it can do
    r"\bis\s+there\s+(?:a|any)\s+way\s+(?:to|of|I\s+can|for\s+me\s+to)\s+(?:get|be)\s+(?:notified|told|alerted|"
    r"an?\s+(?:alert|email|notification|reminder))\b|"
    r"\bcan\s+(?:i|we)\s+(?:move|reassign|transfer|hand\s+over)\s+all\s+(?:of\s+)?(?:their|his|her|my|someone['’]s)\s+"
    r"actions\b[^?]*\?|"
    # "can i get my team to use this too or is it just board members": who may use it
    r"\bcan\s+(?:i|we)\s+get\s+(?:my|our)\s+(?:team|staff|colleagues|deputy|deputies|pa)\s+to\s+use\s+(?:this|it|the\s+"
    r"(?:bot|assistant|tracker))\b|\bor\s+is\s+it\s+(?:just|only)\s+(?:for\s+)?(?:board\s+members|members|the\s+board)\b|"
    # "can I update an action by email or only in here?": which channel
    r"\b(?:can|could|may|do|should)\s+(?:i|we)\s+[^?]{0,40}?\b(?:by|via|through|thru|over)\s+(?:e-?mail|teams|slack|phone|"
    r"text)\s+or\b[^?]*\?|"
    r"\bexplain\s+what\s+(?:the\s+)?(?:different\s+)?(?:action\s+)?(?:statuses|states|words|colours)\b|"
    # "can i see other peoples actions or just mine?", "Can I get reminders before my actions are due?", "what format do
    # action numbers need to be in, a-12 or just 12?"
    r"\bcan\s+(?:i|we)\s+see\s+(?:other\s+people['’]?s|everyone['’]?s|all\s+the)\s+actions\s+or\s+(?:just|only)\b|"
    r"\bcan\s+(?:i|we)\s+(?:get|have|set\s+up)\s+(?:a\s+)?reminders?\b(?!\s+to\s)[^?]{0,40}\?|"
    r"\bwhat\s+format\s+(?:do|does|should)\b|"
    # "do I need to send apologies for july?": whether and how to, asked of the assistant
    r"^\W*(?:do|should|must)\s+(?:i|we)\s+(?:still\s+)?(?:need\s+to|have\s+to)\s+send\s+(?:my\s+|our\s+)?(?:apolog\w*|apols)\b[^?]*\?|"
    # "can i refer to an action by what its about or do i need the number?"
    r"\bor\s+do\s+(?:i|we)\s+(?:need|have)\s+(?:to\s+(?:use|give|quote)\s+)?(?:the|its|a|an)\s+(?:number|ref|reference)\b|"
    # "can I attach a document to an action?", "can i use action numbers without the A- bit?"
    r"\bcan\s+(?:i|we|you)\s+(?:attach|upload|add)\s+(?:a\s+)?(?:document|file|doc|attachment|pdf|spreadsheet)s?\b|"
    r"\b(?:can|do|should)\s+(?:i|we)\s+(?:use|type|write|put)\s+(?:the\s+)?(?:action\s+)?numbers?\s+without\b|"
    # "does this bot know about the S11 returns or just actions?": what the assistant can do
    r"\b(?:does|can|will|could)\s+(?:this|the|it|you)(?:\s+(?:bot|thing|assistant|tool|app|system))?\s+(?:know\s+about|do|"
    r"handle|cover|track|deal\s+with|manage|see)\b[^?]{0,50}?\bor\s+(?:just|only)\b[^?]{0,30}\?|"
    # "what can i type in here to see my actions", "could someone explain how the action tracker works"
    r"\bwhat\s+(?:can|do|should)\s+(?:i|we)\s+(?:need\s+to\s+|have\s+to\s+)?(?:type|write|say|put)\b|"
    # "Do I type 'A-16' or just '16'?", "do i need to tell this thing when im on leave?"
    r"\b(?:do|should|can)\s+(?:i|we)\s+(?:just\s+)?(?:type|write|put|use|say)\b[^?]{0,40}?\bor\b[^?]*\?|"
    r"\bdo\s+(?:i|we)\s+just\s+(?:type|write|put)\b|"
    r"\bdo\s+(?:i|we)\s+(?:need|have)\s+to\s+(?:tell|let|inform|notify|update)\s+(?:this|the|you|it)\b|"
    r"\bexplain\s+how\s+(?:the|this)\s+(?:action\s+)?(?:tracker\s+bot|tracker|bot|assistant|system)\s+works\b|"
    # "how would I go about finding the actions that are mine?", "is there a way to add a note without closing it?"
    r"\bhow\s+(?:would|do|could|should|can)\s+(?:i|we)\s+go\s+about\s+(?:finding|seeing|getting|checking|recording|"
    r"adding|sending|marking|closing|updating|changing|logging|using)\b|\bis\s+there\s+a\s+way\s+(?:to|of|for\s+me\s+to)\s+"
    r"(?:add(?:ing)?|record(?:ing)?|mark(?:ing)?|clos(?:e|ing)|chang(?:e|ing)|updat(?:e|ing)|log(?:ging)?|send(?:ing)?|"
    r"attach(?:ing)?|upload(?:ing)?|reopen(?:ing)?|re-open(?:ing)?|undo(?:ing)?)\b|"
    # "can this assistant record actions on behalf of other members?": what the assistant can do, asked
    r"\bcan\s+(?:this|the|you)\s*(?:assistant|bot|tool|system|thing)?\s+(?:record|log|add|send|remind|show)\s+[^?]{0,60}?"
    r"\bon\s+behalf\s+of\b[^?]*\?|"
    # "can i add a note to an action without closing it", "if i move a date on one of mine does it tell anyone?"
    r"\bcan\s+(?:i|we)\s+(?:add|put|leave|write)\s+(?:a\s+)?(?:note|comment|update)\s+(?:to|on|against)\s+"
    r"(?:an?\s+)?action\b(?!\s*-?\s*\d)|"
    r"\bif\s+(?:i|we|someone)\s+\w+\b[^?]{0,60}?\b(?:does|will|would)\s+(?:it|that|the\s+bot|this|you)\s+"
    r"(?:tell|notify|let|email|remind|alert|update|message)\b|"
    # "I'm not very familiar with this system", "is it possible for a deputy to update actions on my behalf …?"
    r"\bnot\s+(?:very\s+|too\s+|really\s+)?familiar\s+with\s+(?:this|the)\s+(?:new\s+)?"
    r"(?:system|bot|tool|tracker|assistant)\b|"
    r"\bis\s+it\s+possible\s+for\s+(?:a|my|an|someone|somebody|another|other|colleagues|deputies|people)\b[^?]{0,30}?"
    r"\s+to\s+(?:update|log|record|add|send|close|mark|tick|change|move|see|post|use)\b|"
    r"\bwhat (?:else )?can (?:you|this bot|the bot|this thing|this assistant|it) (?:actually |really |even )?do\b|"
    # "let me know what you can do"
    r"\b(?:know|tell me|explain|show me)\s+what\s+(?:you|this|the|it)"
    r"(?:\s+(?:tracker\s+)?(?:bot|assistant|tracker|tool|thing))?\s+(?:can|could|will)\s+do\b|"
    # "Can I use the assistant to update her actions …?", "the correct way to tell the bot an action is finished"
    r"\b(?:can|could|may)\s+(?:i|we)\s+use\s+(?:the|this|you)(?:\s+(?:tracker\s+)?(?:bot|assistant|tracker))?\s+to\b|"
    r"\b(?:correct|right|best|proper|usual)\s+way\s+to\s+(?:tell|let|ask|get)\s+(?:you|(?:the|this)\s+(?:bot|assistant|"
    r"tracker))\b|"
    r"\bhow does (?:this|it|that|the bot|this thing|this bot|the tracker|the assistant) work\b|"
    # "Martine said I should use this for updates on my actions – how do I do that?"
    r"\buse\s+(?:this|you|the\s+(?:bot|assistant))\b[^?]{0,60}?\bhow\s+do\s+(?:I|we)\s+do\s+(?:that|this|it)\b|"
    # "how does the s11 tracking work on here", "can i hand an action over to someone else using this? how?", "can
    # you export the tracker to excel?": how the assistant itself works
    r"\bhow\s+does\s+(?:the\s+)?[\w ]{1,30}?\s+work\s+(?:on|in|with|through|via)\s+(?:here|this|you)\b|"
    r"\bhow\s+do\s+(?:I|we)\s+let\s+(?:the\s+(?:tracker|bot|assistant|system)|this|it|you)\s+know\b|"
    r"\b(?:can|could)\s+(?:i|we)\b[^?]{0,60}?\busing\s+(?:this|you|the\s+(?:bot|assistant))\s*\?|"
    r"\b(?:can|could)\s+(?:you|u|i|we)\s+(?:export|download|print)\b[^?]{0,40}?\b(?:excel|spreadsheet|pdf|csv|word)\b|"
    # "can you explain how I check my list?", "how to check whether a school has done its S175?", "can I update an
    # action by just typing here or do I need a form", "does this tell me when …", "can my PA use this?"
    r"\b(?:can|could|would)\s+(?:you|u|someone|somebody|anyone)\s+(?:please\s+)?(?:explain|tell\s+me|show\s+me)\s+how\s+(?:I|we|to)\b|"
    r"\bby\s+(?:just\s+)?typing\s+(?:here|in\s+here|it\s+here)\b|\bdo\s+I\s+need\s+(?:a|to\s+fill\s+in\s+a)\s+form\b|"
    r"^does\s+(?:this|it|the\s+(?:bot|assistant|tracker))\s+(?:tell|let|remind|notify|warn|alert|show)\b|"
    r"\bcan\s+my\s+(?:PA|EA|deputy|assistant|secretary)\s+(?:use|message|post|update|write)\b|"
    r"\bis\s+it\s+(?:ok|okay|alright|safe)\s+to\s+(?:put|post|share|type|include)\b|"
    # "can u do s11 stuff too?", "can i log s175 returns with you? how?", "is there a way to tell you about our
    # schools' Section 175 returns …?": what the assistant takes
    r"\bcan\s+(?:you|u)\s+(?:do|handle|deal\s+with|help\s+with|track|take)\s+(?:the\s+)?(?:s11|s175|section\s+1[17]5?|"
    r"audits?|apolog\w*|apols|leave)\b[^?]{0,20}\b(?:too|as\s+well|also)\b|"
    r"\bcan\s+(?:i|we)\s+\w+(?:\s+\w+){0,3}\s+(?:with|to|through)\s+(?:you|u)\s*\?\s*how\b|"
    r"\bis\s+there\s+(?:a|any)\s+way\s+(?:to|of)\s+(?:tell|let|update|send|give|log|record)(?:ing)?\s+(?:you|u|the\s+bot)\b|"
    r"\b(?:list of|what are the|any) commands\b|"
    # "do i have to type the full action number or will it get it", "could you explain what I can type to see his list"
    r"\bdo\s+(?:i|we)\s+(?:have|need)\s+to\s+(?:type|write|put|use|say|include|spell)\b[^?]{0,60}?\bor\b|"
    r"\b(?:explain|tell\s+me|show\s+me)\s+what\s+(?:I|we|they|he|she)\s+(?:can|should|need\s+to)\s+(?:type|write|say|put|"
    r"ask)\b|"
    # "can you record one action against two agencies at once?": what the tracker can hold
    r"\bcan\s+(?:you|u|i|we)\s+(?:record|log|add|put|assign|give|set)\s+(?:one|an?|the\s+same)\s+action\s+"
    r"(?:against|to|for)\s+(?:two|2|three|several|multiple|more\s+than\s+one)\b|"
    # "new to this" asks for help, unless a question follows it ("new to this. have I got any actions?")
    # "Martine tells me I can record apologies here. What's the right way to phrase it?"
    r"\bwhat['’]?s\s+the\s+(?:right|best|correct|proper)\s+way\s+to\s+(?:phrase|word|write|say|put)\b|"
    # "I'm still finding my feet with the tracker", "getting to grips with this"
    r"\b(?:new to|finding my feet with|getting (?:used to|to grips with)) (?:this|the bot|the tracker|the assistant)\b"
    r"(?![^.!?]*[.!?]\s+(?:have|has|do|am|what|any)\b[^?]*\?)|"
    r"\b(?:through|via) (?:you|this|the bot|here)\b.{0,30}\bhow\b|"
    r"\bhow\b.{0,30}\b(?:through|via) (?:you|this|the bot|here)\b|"
    r"\bcan i .{0,60}\b(?:on|via|through|thru) (?:here|this|the bot|you)\b|"
    # "Is there a way to send apologies for a colleague through here?", "is there a way to see actions for my whole
    # agency rather than just mine?": how, asked first
    r"^\W*(?:(?:hi|hello|hiya|morning)\W+)?is\s+there\s+(?:a|any)\s+way\s+(?:to|of|for\s+(?:me|us)\s+to)\b[^?]*?"
    r"\b(?:through|thru|via|rather\s+than|or\s+(?:only|just)|someone\s+else|other\s+people|a\s+colleague|my\s+whole|"
    r"for\s+others|without\s+(?:emailing|ringing|phoning|calling|asking|going\s+through))\b[^?]*\?|"
    # (never "is there a way to see what's overdue?": the list, asked)
    # "Can I log an action for someone in another agency?", "can I tick off actions for others or only my own?"
    r"^can\s+(?:i|we)\s+(?:log|add|record|tick\s+off|close|change|move|send)\s+(?:an?\s+)?(?:actions?|apolog\w*)\s+"
    r"(?:for|on\s+behalf\s+of)\s+(?:someone|somebody|anyone|other\s+people|others)\b|"
    r"\bor\s+only\s+(?:on\s+|for\s+|with\s+)?(?:my\s+own|mine)\b|"
    # "Is it possible to reassign one of my actions through you?", "do you send reminders before deadlines?",
    # "Can I ask you what a whole agency owes, or only individual people?": how the assistant works
    r"\bis\s+it\s+possible\s+(?:for\s+me\s+)?to\b.{0,60}\b(?:through|via|with|using)\s+(?:you|this|the\s+bot|here)\b|"
    r"\bdo(?:es)?\s+(?:you|it|the\s+(?:bot|assistant|tracker))\s+(?:automatically\s+|also\s+)?"
    r"(?:send|remind|notify|email|message|chase|alert|nudge)\b(?!\s+(?:me|us)\s+(?:my|the|a)\s+list)|"
    r"\bor\s+(?:just|only)\s+(?:individual|for\s+(?:individual|myself|me)|people|members)\b|"
    # "can I log an action for a whole sub group or does it have to be a named person?"
    r"^(?:\W*\w+\s+q\W+|[^?]{0,40}?\s)?(?:can|could|may|should|is\s+it\s+possible|do\s+you)\b[^?]{0,120}?"
    r"\bor\s+(?:does|do|must|should|will)\s+(?:[A-Za-z]+\s+){1,2}?(?:have|need)\s+to\s+(?:be|come|go|approve|agree|sign|do)\b|"
    # "Is there a way to get a weekly summary sent to me automatically?": how the assistant works, not a list now
    r"\b(?:is\s+there\s+(?:a|any)\s+way\s+(?:to|for|of|that)|is\s+it\s+possible\s+to\s+(?:have|get|receive))\b[^?]{0,80}?"
    r"\b(?:automatic(?:ally)?|(?:every|each)\s+(?:day|week|month|morning)|weekly|daily|monthly|regularly|reminders?|"
    r"sent\s+to\s+me|emailed)\b|"
    # "Does it understand dates like 'w/c 8th'?", "will it remember til september?": what the assistant takes in
    r"\b(?:does|do|will|would|can)\s+(?:it|you|u|this(?:\s+thing|\s+bot)?|the\s+(?:bot|assistant|tracker|system))\s+"
    r"(?:understand|remember(?!\s+to\b)|recognise|"
    r"recognize|cope\s+with|accept)\b|"
    # "I wonder if you could help me understand how to use the new tracker in Teams"
    r"\bhow\s+to\s+use\s+(?:the|this)\s+(?:new\s+)?(?:tracker|bot|assistant|tool)\b|"
    r"^can\s+(?:i|we)\s+(?:log|add|record|assign|give)\s+(?:an?\s+)?actions?\s+(?:to|for)\s+(?:a\s+whole|"
    r"an?\s+(?:whole\s+)?(?:sub[- ]?group|group|agency|team|organisation)|more\s+than\s+one|several|multiple)\b|"
    # "Does sending apologies here tell Martine?", "If I send my apologies through here, does Martine get them?": what
    # happens to what is sent this way
    r"\b(?:does|do|will|would|if\s+(?:i|we))\s+(?:sending|send|sent|posting|putting|apologies|apols|updates?)\b"
    r"[^?.]{0,40}?\b(?:here|through\s+(?:here|you|this|the\s+bot)|via\s+(?:you|here|this|the\s+bot)|this\s+way|on\s+here)"
    r"\b[^?.]{0,60}\?|"
    r"\b(?:apolog\w*|apols|updates?)\s+(?:sent|posted|given)\s+(?:here|through\s+(?:here|you)|via\s+(?:you|here)|"
    r"on\s+here)\b[^?.]{0,60}\?|"
    # "can you send me reminders when my actions are due, or do I have to keep checking myself?"
    r"\b(?:can|could|will|would)\s+(?:you|it|the\s+(?:bot|assistant))\s+(?:send|give|email|message)\s+(?:me\s+|us\s+)?"
    r"(?:a\s+|any\s+)?reminders?\b|\bor\s+do\s+(?:I|we)\s+(?:still\s+|just\s+)?(?:have|need)\s+to\s+(?:keep\s+)?(?:check|checking|chase|ask)\b(?!\s+(?:him|her|them|it)\b)|"
    # "do I have to put A- in front of the number or will you understand just the number?"
    r"\bwill\s+you\s+(?:understand|know|recognise|recognize|pick\s+(?:it|that)\s+up)\b|"
    r"\bdo\s+(?:I|we)\s+(?:have|need)\s+to\s+(?:put|type|write|use|include|add)\s+(?:A-|an?\s+A\b|the\s+(?:A|number|letter))|"
    r"\b(?:guide|instructions|manual|help page|documentation)\s+(?:anywhere\s+)?(?:to|for|on)\s+(?:using\s+)?"
    r"(?:the\s+|this\s+)?(?:tracker\s+|action\s+)?(?:bot|assistant|tracker|you)\b|"
    # "can i use this on my phone", "is there a way to see the whole tracker as a spreadsheet?", "can you set
    # reminders …?", "does it matter how I write the action number?", "what's the difference between adding an update
    # … and closing it?", "the right way to give an update …", "… so it stops chasing me?": how the assistant works
    r"\bcan\s+(?:i|we)\s+use\s+(?:this|you|it|the\s+(?:bot|assistant|tracker))\s+(?:on|from|in|with|via)\b|"
    r"\bcan\s+(?:i|we)\s+\w+(?:\s+\w+){0,2}\s+(?:from|on|via)\s+(?:my|a|the)\s+(?:phone|mobile|ipad|tablet|laptop)\b|"
    r"\bis\s+there\s+(?:a|any)\s+way\s+(?:to|of)\b[^?]{0,80}?\b(?:spreadsheet|excel|pdf|csv|download|export|print)\w*|"
    r"\b(?:can|could|will|do)\s+you\s+(?:set(?:\s+up)?|do)\s+reminders?\b|"
    r"\bdoes\s+it\s+matter\s+(?:how|what\s+(?:I|we)|which\s+way|if\s+(?:I|we)\s+(?:type|write|put|use|say))\b|\bwhat(?:['’]s|\s+is)\s+the\s+difference\s+between\s+"
    r"(?:adding|giving|posting|an?\s+update|updating|closing|dropping|completing|reassigning|ticking|marking)\b|"
    r"\b(?:correct|right|best|proper|usual)\s+way\s+to\s+(?:give|add|post|send|record|log|close|mark|update)\s+"
    r"(?:an?\s+|my\s+)?(?:update|action|note|progress|apolog\w*)|"
    r"\bso\s+(?:that\s+)?(?:it|you|the\s+(?:bot|assistant))\s+(?:stops|doesn['’]?t|won['’]?t|will\s+stop)\s+"
    r"(?:chasing|reminding|nagging|sending|messaging|emailing|pinging)\b|"
    # "Can this copy Tony in automatically …?", "can i get this thing to email me my actions every week?", "remind me
    # what I can ask this assistant": what the assistant itself can be made to do
    # "Could you explain what information you need when I log a new action?"
    r"\bexplain\s+what\s+(?:information|info|details)\s+(?:you|it|the\s+(?:bot|assistant))\s+(?:need|needs|want|wants)\b|"
    r"\bcan\s+(?:this|it|the\s+(?:bot|assistant|tracker|system))(?:\s+(?:thing|bot|assistant))?\s+(?:copy|cc|email|send|"
    r"notify|remind|tell|export|link|sync|forward)\b|\bcan\s+(?:i|we)\s+get\s+(?:this|the|it)(?:\s+(?:thing|bot|"
    r"assistant|tracker|system))?\s+to\s+|\bwhat\s+(?:I|we)\s+can\s+(?:ask|say\s+to|type\s+(?:to|into))\s+"
    r"(?:this|the|you|it)\b|"
    # "where do I start?", "how does this tracker thing work?", "and if so how?", "How would I set that up?", "can I
    # give an action to someone who isn't on the board?", "does this chase people when …": how it is used
    r"\bwhere\s+(?:do|should|would|can)\s+(?:i|we)\s+(?:start|begin)\b(?!\s+(?:with|on)\s+(?:A-?\d|action|it|that))|"
    r"\b(?:and\s+)?if\s+so,?\s+how\s*\?|"
    r"\bhow\s+does\s+(?:this|the)\s+(?:[\w-]+\s+){0,3}?(?:thing|bot|assistant|tracker|tool|system|app)\s+work\b|"
    r"\bhow\s+(?:would|do|can|could|should)\s+(?:i|we)\s+set\s+(?:that|this|it)\s+up\b|"
    r"\bcan\s+(?:i|we|you)\s+(?:give|assign|set|log|record|add)\s+(?:an?\s+)?actions?\s+(?:to|for|against)\s+"
    r"(?:someone|somebody|anyone|people|a\s+person)\s+(?:who|that|not|outside)\b|"
    r"^\W*(?:does|will|can)\s+this\s+(?:send|remind|notify|email|message|chase|alert|nudge)\b|"
    # "Can I add notes to an action in here?", "Can actions be deleted in here?", "Is it ok to just add actions straight
    # in here?", "what happens if I get the action number wrong?", "… by just typing the number?", "If I add an action
    # for someone else, do they get a notification …?": how the assistant is used, asked
    r"\b(?:can|could|may|should)\s+(?:i|we|actions?|apolog\w*|updates?|notes?)\s+(?:be\s+)?[\w'’]+(?:\s+[\w'’]+){0,4}?\s+"
    r"(?:(?:in|on|through|thru|via)\s+)?here\s*\?|\bis\s+it\s+(?:ok|okay|alright|fine)\s+to\s+(?:just\s+)?[a-z]+\b[^?]{0,40}?"
    r"\b(?:here|this\s+way|through\s+(?:you|this))\b|^\W*what\s+happens\s+if\s+(?:i|we|someone|somebody)\b|"
    r"\bby\s+(?:just\s+)?typing\b[^?]{0,40}\?|\b(?:do|does|will|would)\s+(?:they|he|she|people|members|everyone|the\s+owner)\s+"
    r"get\s+(?:a\s+|an\s+)?(?:notification|notified|alert|e-?mail|message|reminder|ping)\b",
    re.I,
)

_IF_SO = guarded(r"^(?:if\s+so|if\s+yes|in\s+which\s+case|assuming\s+so)\s*[,:]?\s*", re.I)  # "If so apols for …"
# Where a message's sentences and asides part: after a stop or question mark, or at a spaced dash.
_PARTS = guarded(r"(?<=[.?!])\s+|\s+[–—-]\s+|\n+")


def message_parts(message: str) -> list[str]:
    """A message's sentences and dashed asides, in order ("how do i change a due date? need a-53 to be the 1st"),
    without the lines it quotes."""
    parts = [_IF_SO.sub("", p.strip()) for p in _PARTS.split(message) if not p.lstrip().startswith(">")]  # not quoted
    return [p for p in parts if p]
