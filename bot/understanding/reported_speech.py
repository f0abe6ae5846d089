"""Actions told rather than written as "X to do Y": reported, offered, agreed and passive commitments.

"it was agreed that Jo would pull together ...", "pam said shed send ...", "Su kindly offered to draft ...",
"I promised Roger that I would find out ...", "we, as the FE sector, will undertake ...", "Kate and I have
agreed between us that we will prepare ...", "the report will be presented by Mayada at the September board".
Each is rewritten into the plain "<owners> to <task>" the action rules read, or read as the writer's own task.
"""

from __future__ import annotations

import re

from bot.understanding.patterns import guarded

__all__ = ["asked_before", "own_commitment", "passive_assignment", "reported_assignment"]

_MODAL = r"(?:\s*(?:'d|’d|'ll|’ll)|\s+(?:would|will|shall|should|is going to|are going to))"
_PRONOUN_MODAL = (
    r"(?:(?:he|she|they|we)" + _MODAL + r"|(?:shed|hed|theyd|shell|theyll|itd|wed))"
)  # "she'd", "she would", "shed"
# "it was agreed that", "it has been decided that", "we agreed that", "it was suggested, and I agreed, that".
_AGREED_FRAME = guarded(
    r"(?:\b(?:it\s+(?:was|has been|had been|is|got)|we(?:\s+(?:have|had|all))?|I(?:['’]ve|\s+have)(?=\s+agreed\b)|"
    r"(?:the\s+)?(?:[\w'’&-]+\s+){0,3}?(?:board|group|panel|meeting|forum|network|committee|"
    # "CDOP agreed yesterday that …", "the SCR sub decided …": a sub-group or a meeting of the board
    r"sub[- ]?group|sub|cdop|vcsg|scr\s+sub|qa\s*(?:&|and)\s*comms|ppp|wdg|workshop|partnership|exec(?:utive)?|"
    r"task\s+and\s+finish\s+group|(?-i:[A-Z]{2,}[\w&]*)(?:\s+(?-i:[A-Z])\w+)?)"
    r"(?:\s+(?:has|have))?|"
    # "Roger, Martine and I", "Mayada and I"
    r"(?-i:[A-Z])[\w'’-]*(?:\s*,\s*(?-i:[A-Z])[\w'’-]*)*\s+and\s+I(?:\s+have)?)\s+"
    r"|^\W*|(?<=\s[-–—]\s))"  # "agreed at SCR Sub today that …", "Martine - agreed …": who agreed left out
    r"(?:agreed|decided|suggested|confirmed|resolved|proposed|(?<=we )said)"
    r"(?:\s+(?:yesterday|today|this\s+(?:morning|afternoon|week)|last\s+\w+|on\s+\w+day)(?=\s+that\b))?"
    # "we agreed at the pre-meet that Anne should …": a place or time said, then "that"
    r"(?:\s+(?:at|in|by|during|with|after)\s+[^,.;:!?]{1,40}?\s+that\s+|"
    r"(?:\s+(?:at|in|by|during|with|after)\s+[^,.;:!?]{1,40}?)?(?:\s*,\s*and\s+I\s+agreed\s*,)?\s+(?:that\s+)?)"
    r"(?!to\b|between\b|we\b)",  # "it was agreed Sally would ...": "that" left out
    re.I,
)
_FRAME_MODAL = guarded(r"\s+(?:would|will|shall|should|is to|are to|was to|were to|is going to|are going to)\s+", re.I)
# "<who> said she'd", "<who> has promised that he will", "<who> and I have agreed between us that we will".
_SAID = guarded(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:(?:very\s+)?kindly\s+)?"
    r"(?:said|says|promised|confirmed|mentioned|agreed|offered|indicated|told (?:me|us))"
    r"(?:\s+between\s+(?:us|them|themselves))?"
    r"(?:\s+(?:at|in|during|after)\s+(?:the\s+(?:end|start)\s+of\s+)?(?:the|this|today'?s|last|yesterday'?s|our)\s+"
    r"[\w'’-]+(?:\s+(?:meeting|board|panel))?)?"  # "said at the end of the meeting that she'd ..."
    r"\s*,?\s+(?:that\s+)?" + _PRONOUN_MODAL + r"\s+(?:(?:jointly|both|also)\s+)?",
    re.I,
)
_ONE_OF_US = guarded(r"\b(?:she|he)\b|\b(?:shed|hed|shell)\b", re.I)
_AND_I = guarded(r"\s+(?:and|&)\s+(?:I|me)$", re.I)
# "<who> kindly offered to", "<who> has volunteered to", "<who> promised to": an offer taken up.
_OFFERED = guarded(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:(?:very\s+)?kindly\s+)?(?:offered|volunteered|promised|undertook|undertaken|"
    r"committed|(?<=kindly )agreed)\s+to\s+(?!(?:help|support|assist)\b)",
    re.I,
)
# "<who> kindly offered to help me put together ...": the work is the writer's and theirs.
_HELP_ME = guarded(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:(?:very\s+)?kindly\s+)?(?:offered|volunteered|agreed|promised)\s+to\s+"
    r"(?:help|support|assist)\s+me\s+(?:to\s+|with\s+)?(?=[a-z])",
    re.I,
)
# The writer's own word: "I have said I would", "I promised Roger at the last meeting that I would", "I said I'd",
# "I've offered to", "we, as the FE sector, will".
_OWN = guarded(
    r"\b(?:I(?:\s+have|\s+had|'ve|’ve)?\s+(?:said|promised|agreed|told\s+\w+(?:\s+\w+)?|confirmed|offered|volunteered"
    r"|undertook|committed)(?:\s+[^.;!?]{1,60}?)??\s+(?:that\s+)?I(?:'d|’d|'ll|’ll|\s+would|\s+will|\s+shall)\s+"
    r"|I(?:\s+have|\s+had|'ve|’ve)?\s+(?:kindly\s+)?(?:offered|volunteered|promised|undertaken|undertook|committed|"
    r"agreed)"
    r"\s+to\s+(?!(?:help|support|assist)\b)"
    r"|\b(?:has|have|had)\s+asked\s+me\s+(?:if I (?:would|could)|to)\s+(?:take on an action to\s+)?"
    r"|\bI(?:'ve|’ve|\s+have|\s+was|\s+have\s+now)?\s+been\s+asked\s+to\s+(?!(?:say|tell|pass|let|send|give)\b)"
    r"(?:take on an action to\s+)?"
    r"|\bwe\s*,\s*as\s+(?:the\s+|a\s+|our\s+)?[\w &'-]{2,40}?\s*,\s*(?:will|would|shall|are going to)\s+"
    # "Happy to take on the MAPPA briefing, could I have until ...": an offer, opening the message
    r"|^(?:I['’]m\s+|I\s+am\s+|I['’]d\s+be\s+)?(?:more\s+than\s+|very\s+|really\s+|quite\s+)?(?:happy|willing|keen|glad)"
    r"\s+to\s+(?!(?:help|support|assist|be|attend|come|go|hear|say|report back|discuss|chat|talk)\b))"
    r"(?P<task>[^.;!?]+)",
    re.I,
)
_ASKED_TO_RECORD = guarded(
    r"\basked\s+(?:me|us)\s+to\s+(?:log|add|record|note|minute|enter|raise|put|pop|stick)\b",
    re.I,
)
_ASKING_TIME = guarded(r",\s+(?:could|can|would|may)\s+(?:I|we)\b", re.I)
# "<task> will be presented by <who> at ...": the doer after "by", the task what is done.
_PASSIVE = guarded(
    r"^(?P<thing>(?:the|a|an|our|this|that)\s+[^,.;]{2,80}?)\s+(?:will|would|should|shall|is to|are to)\s+be\s+"
    r"(?P<done>[a-z]+(?:ed|en|wn|ne|t))\s+by\s+(?P<who>[A-Za-z][\w'’-]*(?-i:\s+[A-Z][\w'’-]*)?)(?P<rest>[^.;!?]*)",
    re.I,
)


# "she'd like to thank ...", "he'd be late", "I said I would be there": a wish or a state, not work taken on.
_NOT_WORK = guarded(
    r"^(?:like|love|prefer|rather|hope|want|wish|be|been|have|think|imagine|guess|expect|probably|not|never|"
    r"come|attend|go|join|see|try|let (?:you|us|me) know|get back|send (?:\w+ )?apolog\w*|pass on|"
    # "… has kindly agreed to chair the meeting in my absence": a stand-in for the writer, never an action
    r"(?=[^.;!?]*\b(?:in\s+(?:my|our|his|her|their)\s+(?:place|absence|stead)|instead\s+of\s+(?:me|us)\b))|"
    r"keep an eye|look after|hold the fort|cover(?:\s+for)?\b(?!\s+the\s+cost)|"
    r"send (?:hers|his|theirs)|(?:check|find out|ask|know)\s+what\s+(?:I|we)\s+(?:still\s+)?(?:need|have|owe|must)|"
    r"the|a|an|this|that|it|these|those|my|our|your|"
    r"(?:find out|check|see|ask|know)\s+(?:what|which)(?:'s|’s|\s+is|\s+are)?\s+(?:still\s+)?"
    r"(?:outstanding|open|overdue|due|left|actions?|on the (?:tracker|list)))\b",
    re.I,
)


# "Public Health to share the assessment with the board. I've said I'll present it …": the action, said first.
_OPENS_WITH_ACTION = guarded(r"^(?-i:[A-Z])[\w&'’-]*(?:\s+[\w&'’-]+){0,4}?\s+to\s+[a-z]{3,}\b[^.!?]*[.!?]\s", re.I)


def own_commitment(text: str) -> str | None:
    """The task the writer says they have taken on ("I have said I would write up ..."), or None (also when the
    message opens with someone's action and the writer's part comes after it)."""
    found = _OWN.search(text)
    opening = _OPENS_WITH_ACTION.match(text)
    if found is not None and opening is not None and found.start() >= opening.end():
        return None
    task = _ASKING_TIME.split(found["task"])[0].strip() if found else ""  # "..., could I have until July?"
    if found is not None and _ASKED_TO_RECORD.search(found[0], 0, found.start("task") - found.start() + 40):
        return None  # "Jo has asked me to log the audit for her": a record asked for, never the writer's work
    if found is not None and asked_before(text, found.start(), task):
        return None  # "Can we add an action for the governors to …? I said at the panel I'd raise it": theirs, asked
    return task if task and not _NOT_WORK.match(task) else None


def asked_before(text: str, start: int, task: str) -> bool:
    """Whether the writer's own ``task``, said at ``start``, is only done to "it" after an action was asked for
    someone else ("… an action for Gill Brookes to send …? I'll mention it at the heads' briefing too")."""
    return bool(_PRONOUN_WORK.match(task) and _ACTION_ASKED_FOR.search(text, 0, start))


# Work done only to "it" after an action was asked for someone: the writer's part in asking, never the action
_PRONOUN_WORK = guarded(
    r"^(?:raise|mention|flag|put|add|log|bring|highlight|note|chase|share|take)(?:\s+(?:up|on|in|out|back))?\s+(?:it|this|that|them)\b",
    re.I,
)
_ACTION_ASKED_FOR = guarded(
    r"\b(?:add|log|record|put|raise|create|set\s+up|get)\s+(?:up\s+)?(?:an?\s+|one\s+)?(?:new\s+)?action\s+(?:for|against)\b|"
    r"^[^.!?]{2,60}?\s+to\s+[a-z]+\b[^.!?]*[.!?]\s",  # "the governors to review … by June? I said I'd raise it"
    re.I,
)


# "Pam said at QA that the hospital would audit …": who said it, never who does it (the one after "that" is).
_SAID_THAT = guarded(
    r"^(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+(?:has\s+|had\s+)?(?:said|says|mentioned|reported|confirmed|"
    r"told\s+(?:me|us)|tells\s+(?:me|us))(?:\s+(?:at|in|during|after|on)\s+[^,.;:!?]{1,40}?)?\s+that\s+"
    r"(?!(?:she|he|they|I|we|it|this|there)\b)",
    re.I,
)


# "The VCSG agreed that it will …", "the sub-group has agreed they would …": the body that agreed does the work
_ITSELF = guarded(r"\s*(?:it|they)\s*", re.I)
_AGENT = guarded(
    r"^[\s,]*(?P<agent>(?!(?:it|we|I)\s)[^.;:!?]+?)\s+(?:(?:has|have)\s+)?(?:agreed|decided|resolved|confirmed)\b", re.I
)


def _after_frame(text: str) -> tuple[str, str] | None:
    """The text before an agreement frame, and what was agreed ("Jo would pull together ...")."""
    frame = _AGREED_FRAME.search(text) or _SAID_THAT.match(text)
    if frame is None:
        return None
    return text[: frame.start()].rstrip(" ,"), text[frame.end() :]


def reported_assignment(text: str) -> tuple[str, int] | None:
    """The message with a reported or agreed commitment rewritten as "<who> to <task>", and where "<who>" ends;
    or None if it reports none."""
    framed = _after_frame(text)
    if framed is not None:
        before, agreed = framed
        modal = _FRAME_MODAL.search(agreed)
        if modal is not None and modal.start() <= 80 and not re.search(r"[.;!?]", agreed[: modal.start()]):
            lead = f"{before} - " if before else ""
            agent = _AGENT.match(text[len(before) :]) if _ITSELF.fullmatch(agreed[: modal.start()]) else None
            head = f"{lead}{agent['agent'] if agent else agreed[: modal.start()]}"  # "the group agreed it will …"
            task = agreed[modal.end() :]
            return (f"{head} to {task}", len(head)) if not _NOT_WORK.match(task) else None
    helping = _HELP_ME.search(text)
    if helping is not None and (helping[0].rstrip().endswith("with") or not _NOT_WORK.match(text[helping.end() :])):
        head = f"{text[: helping.start()]} and I"
        return f"{head} to {text[helping.end() :]}", len(head)
    said = _SAID.search(text) or _OFFERED.search(text)
    if said is None or _NOT_WORK.match(text[said.end() :]):
        return None
    head = text[: said.start()]
    if _ONE_OF_US.search(said[0]):  # "richard and i agreed he'd do …": Richard's, not the writer's too
        head = _AND_I.sub("", head)
    return f"{head} to {text[said.end() :]}", len(head)


def passive_assignment(text: str) -> tuple[str, str] | None:
    """ "it has been agreed that the report will be presented by Mayada at ...": (doer, task), or None."""
    framed = _after_frame(text)
    found = _PASSIVE.match(framed[1] if framed else text)
    if found is None:
        return None
    return found["who"], f"{found['thing']} to be {found['done']}{found['rest']}"
