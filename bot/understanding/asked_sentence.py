"""The sentence that asks, in a message that opens with its story: "Following a conversation with Su yesterday,
we're going to need health input on the ABE training. Can you put down that Su Vincent will identify a health lead by
5 June?", "The participation group have asked to present. Can you log for IYS to arrange it for the September
board? I'll speak to Roger about the agenda."

When the whole message reads as nothing, the reader tries the sentence that asks to record something, then that
sentence with the one before it (which the ask may point back at: "I've asked Dave to send the criteria. Could you
log it as his action, by 12/06."), then the message from the asking sentence on. A sentence that only names the
owner ("Action for QA & Comms please, by 31/7.") labels the sentence before it as the work (``labelled_ask``).
A closing sentence written as an action, owner first, after sentences that only tell what happened ("Jo and I spoke
after the panel prep. mike g to share the yos data with VCSG before the july board"), is read alone
(``owner_first_windows``).
"""

from __future__ import annotations

import re

from bot.understanding.patterns import guarded

__all__ = ["asked_windows", "labelled_ask", "owner_first_windows"]

_SENTENCES = guarded(r"(?<=[.!?])\s+(?=\S)|\s*\n+\s*")
# A sentence that asks for something to be put on the tracker, however politely it opens.
_ASKS = guarded(
    r"^(?:(?:so|and|but|then)\s+)?(?:(?:can|could|would|will)\s+(?:you|u|we|someone|somebody|that|this|it|I)\b|"
    r"please\b|pls\b|I(?:['’]d|\s+would)\s+(?:like|be\s+grateful)|is\s+it\s+possible|would\s+it\s+be\s+possible|"
    r"(?:an?\s+)?(?:new\s+)?action\s+(?:for|on|against)\b|may\s+I\b|put\s+(?:me|us)\s+down\b)",  # "put me down to …"
    re.I,
)
_TO_RECORD = guarded(
    r"\b(?:put|log|logged|record|recorded|add|added|note|noted|minute|capture|track|tracker|action|down|"
    r"go\s+on|set\s+up|raise)\b",
    re.I,
)


def asked_windows(message: str) -> list[str]:
    """The parts of ``message`` to read in turn, around its first sentence (after the first) that asks for something
    to be recorded; empty when no later sentence asks."""
    sentences = [s for s in _SENTENCES.split(message.strip()) if s]
    for at, sentence in enumerate(sentences):
        if at == 0 or not (_ASKS.match(sentence) and _TO_RECORD.search(sentence)):
            continue
        windows = [sentence, " ".join(sentences[at - 1 : at + 1]), " ".join(sentences[at:])]
        return list(dict.fromkeys(windows))
    return []


# "Action for QA & Comms please, by 31/7.", "an action for the police pls": the owner, and perhaps when, alone.
_OWNER_ONLY = guarded(
    r"^(?:(?:so\s+)?(?:an?\s+|new\s+)?action\s+(?:for|on|against|to)\s+)(?P<who>[^,.;:!?]{2,50}?)"
    r"(?:\s+(?:please|pls))?(?:\s*,?\s*(?P<when>(?:by|for|before)\s+[^.!?]+?))?"
    r"(?:\s*,?\s*(?:date|deadline|due\s+date)\s+(?:tbc|tbd|to\s+be\s+confirmed))?\s*[.!]?$",
    re.I,
)


# "For the tracker: …", "One point I would like added to the tracker: …": the work to record comes next
_FOR_THE_TRACKER = guarded(
    r"\b(?:for|added\s+to|add\s+to|on|onto)\s+the\s+(?:tracker|action\s+log|actions?\s+list)\s*[:–—-]\s*(?=\S)", re.I
)


def labelled_ask(message: str) -> str | None:
    """ "<the work>. Action for QA & Comms please, by 31/7. <more>": the work labelled with its owner and date
    ("Action for QA & Comms: <the work> by 31/7"); "For the tracker: Tony to bring …. <more>": that sentence; or
    None."""
    cue = _FOR_THE_TRACKER.search(message)  # "For the tracker: Tony Oakman to bring …. I will pick up …": the first
    first = _SENTENCES.split(message[cue.end() :].strip(), maxsplit=1)[0] if cue else ""
    if _OWNER_FIRST.match(first):
        return first
    sentences = [s for s in _SENTENCES.split(message.strip()) if s]
    for at, sentence in enumerate(sentences[1:], start=1):
        found = _OWNER_ONLY.match(sentence)
        if found is not None:
            work = sentences[at - 1].rstrip(" .!")
            when = f" {found['when']}" if found["when"] else ""
            return f"Action for {found['who']}: {work}{when}"
    return None


# "mike g to share …", "everyone to complete …", "housing and the CCG to …": a sentence that opens with its owner
_OWNER_FIRST = guarded(
    r"^(?!(?:I|we|you|it|this|that|there|he|she|they)\b)[\w@&'’ -]{2,60}?\s+to\s+"
    r"(?!(?:attend|go|come|cover|chair|stand|sit|deputi[sz]e|represent|be\b|have\b))[a-z]+\b[^?]*$",
    re.I,
)
# Sentences before it about being away, or asking something themselves: the later one is no new action
_NOT_CONTEXT = guarded(
    r"\bapolog|\bapols\b|\bcan['’]?t\s+(?:make|attend|come)|\b(?:leave|away|off)\b|\?|\b(?:can|could|would)\s+(?:you|u)\b",
    re.I,
)


def owner_first_windows(message: str) -> list[str]:
    """The closing sentence when it is written as an action, owner first ("<context>. mike g to share the data
    before the july board"), after sentences that only tell what happened; empty otherwise."""
    sentences = [s for s in _SENTENCES.split(message.strip()) if s]
    last = len(sentences) - 1
    opens = last > 0 and _OWNER_FIRST.match(sentences[last]) and not _NOT_CONTEXT.search(" ".join(sentences[:last]))
    return [sentences[last]] if opens else []
