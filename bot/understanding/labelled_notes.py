"""New actions typed as a note with their owner labelled rather than written first: "action pls: e-safety self
assessment to be completed. owner = me, due 31/7", "add action me - CDOP backlog cleared by 29/5", "pls add: review
of return interviews - thats one for Jo and Mike. end of june", "one for the ASB team and for yos - look at the
warning letters".

``as_owner_first`` rewrites such a note as "<owners> to <work> …", the shape the action rules read, for the reader
to try before the whole message; None when the message is not one. The owners are still resolved by the rules,
from the roster only.
"""

from __future__ import annotations

import re

from bot.understanding.patterns import guarded

__all__ = ["as_owner_first", "given_then_work"]

_MARKER = (
    r"(?:(?:new\s+)?action(?:\s+(?:pls|please|for\s+the\s+tracker))?|(?:pls\s+|please\s+)?(?:add|log|note|record)"
    r"(?:\s+(?:this|one|an?\s+action|pls|please))?|new\s+one|to\s+add|for\s+the\s+tracker)"
)
# "owner = me", "owner: Jo and Mike", "lead - the CCG": the owner written as a field of the note.
_OWNER_FIELD = guarded(
    r"(?:^|[.,;]\s*|\s+[-–—]\s+|\s+)(?:owners?|lead|who)\s*(?:=|:|[-–—]|is)\s*(?P<who>[^,.;()]+?)\s*(?=[,.;()]|$)", re.I
)
# "add action me - …", "new action Jo and Sally: …": the owners straight after the marker, then the work.
_OWNERS_AFTER_MARKER = guarded(
    r"^(?:(?:pls\s+|please\s+)?(?:add|log|new)\s+(?:an?\s+|new\s+)?action|action)\s*(?:for\s+)?"
    r"(?P<who>me|myself|us|[\w&'’ ]{2,40}?)\s*(?:[-–—:]+)\s*"
    r"(?P<task>(?!(?:she|he|they|it|this|that|who|which|is|was)\b)\S.+)$",
    re.I | re.S,
)
# "pls add: <work> - thats one for Jo and Mike. end of june": the work, then whose it is.
_ONE_FOR_AFTER = guarded(
    rf"^(?:{_MARKER}\s*[:–—-]+\s*)?(?P<task>\S.+?)\s*[-–—,.;]+\s*(?:that['’]?s|that\s+is|it['’]?s|its|this\s+is)\s+"
    r"(?:one|an?\s+action|a\s+job|one\s+of\s+the\s+actions)\s+for\s+(?P<who>[^.,;!?]+?)(?P<rest>\s*[.,;!?].*)?$",
    re.I | re.S,
)
# "one for the ASB team and for yos - look at …": "one for" the owners, a stop, then the work.
_ONE_FOR_FIRST = guarded(
    r"^(?:(?:pls\s+|please\s+)?(?:(?:can|could|would)\s+(?:you|we|someone)\s+(?:please\s+|pls\s+)?)?"
    r"(?:put|add|log|record|note|pop|stick|set\s+up)\s+)?"
    r"(?:(?:new\s+|another\s+)?one|an?\s+(?:new\s+)?action)(?:\s+(?:on|in|down))?\s+for\s+"
    r"(?P<who>[^:–—.!?]{2,80}?)\s*(?:[:–—]|\s-)\s*"
    r"(?P<task>\S.+)$",
    re.I | re.S,
)
# "new action pls: joint visits protocol signed off - me and Richard Fisher, 31 July": the work, then its owners.
_OWNERS_AFTER_TASK = guarded(
    rf"^{_MARKER}\s*[:–—]+\s*(?P<task>\S.+?)\s+[-–—]+\s+(?P<who>[^,.;:–—-]{{2,60}}?)\s*(?P<rest>[,.;].*)?$",
    re.I | re.S,
)
# "… so put it on Zala - CDOP reconciliation by 12 june", "… but setting it up is on me - set up the T&F group",
# "… this one's actually for Remley - …": whose it is said last in the context, then the work after a dash.
_GIVEN_THEN_WORK = guarded(
    r"^(?P<context>.+?)\b(?:put\s+(?:it|this|that)(?:\s+one)?\s+(?:on|against|down\s+to)|give\s+(?:it|this|that)(?:\s+one)?\s+"
    r"to|(?:it|this|that)(?:\s+one)?(?:['’]s|\s+is)\s+(?:actually\s+|really\s+)?(?:on|for)|is\s+on)\s+"
    # never "Sally is on maternity leave until … - Richard is covering": away, not given the work
    r"(?!(?:(?:annual|maternity|mat|sick|paternity|study|parental|extended)\s+)?(?:leave|holiday|hols|a/l)\b|"
    r"(?:a\s+)?(?:course|training|secondment)\b)"
    r"(?P<who>(?!for\b)[^-–—,.;:]{1,40}?)(?:\s+(?:instead|then|please|pls))?\s+[-–—]+\s+(?P<task>\S.+)$",
    re.I | re.S,
)
# "pls add: Sally's report to be reviewed by Pam before the workshop": the work, and who does it, in the passive.
_PASSIVE_BY = guarded(
    rf"^(?:{_MARKER}\s*[:–—-]+\s*)?(?P<task>\S.+?\s+to\s+be\s+\w+ed)\s+by\s+(?P<who>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)"
    r"(?P<rest>\s.*)?$",
    re.I | re.S,
)
# "review the escalation policy (Tabetha) by end of June": the owner in brackets after the work.
_BRACKETED_OWNER = guarded(
    rf"^(?:{_MARKER}\s*[:–—-]+\s*)?(?![^()]*\s[-–—]\s)(?P<task>[a-z][^()]{{3,80}}?)\s*\((?P<who>(?-i:[A-Z])[\w'’&-]*(?:\s+(?-i:[A-Z])[\w'’&-]*)?)\)"
    r"(?P<rest>[^()]*)$",
    re.I | re.S,
)
# "escalation policy - over to Tabetha, end of June", "new action re the policy - owner Tabetha - due 30/6"
_HANDED_TO = guarded(
    r"^(?:(?:new\s+)?action\s+(?:re|about|on)\s+)?(?P<task>\S.+?)\s*[-–—,]+\s*(?:over\s+to|owner:?)\s+"
    r"(?P<who>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)(?P<rest>\s*[-–—,.;].*)?$",
    re.I | re.S,
)
_FOR_AGAIN = guarded(r"\s+(?:and|&)\s+(?:for|with)\s+", re.I)  # "the ASB team and for yos": both owners
_MARKER_OPENING = guarded(rf"^{_MARKER}\s*[:–—-]+\s*", re.I)


def as_owner_first(message: str) -> str | None:
    """The note as "<owners> to <work>", when its owners are labelled or named after its marker; else None."""
    field = _OWNER_FIELD.search(message)
    if field is not None and _MARKER_OPENING.match(message):
        rest = (message[: field.start()] + message[field.end() :]).strip(" ,.;")
        task = _MARKER_OPENING.sub("", rest, count=1)
        return f"{field['who']} to {task}"
    after = _ONE_FOR_AFTER.match(message)
    if after is not None:
        return f"{_owners(after['who'])} to {after['task']}{after['rest'] or ''}"
    first = _ONE_FOR_FIRST.match(message)
    if first is not None:
        return f"{_owners(first['who'])} to {first['task']}"
    passive = _PASSIVE_BY.match(message)
    if passive is not None:
        return f"An action for {passive['who']}: {passive['task']}{passive['rest'] or ''}"
    after_task = _OWNERS_AFTER_TASK.match(message)
    if after_task is not None:
        return f"{_owners(after_task['who'])} to {after_task['task']}{after_task['rest'] or ''}"
    marked = _OWNERS_AFTER_MARKER.match(message)
    if marked is not None:
        return f"{marked['who']} to {marked['task']}"
    given = _BRACKETED_OWNER.match(message) or _HANDED_TO.match(message)
    if given is not None:
        return f"Action for {given['who']}: {given['task']}{given['rest'] or ''}"
    return None


def given_then_work(message: str) -> str | None:
    """ "… so put it on Zala - the reconciliation by 12 june" as "Zala to the reconciliation by 12 june"; else None.
    Read before the whole message: the context before it names people who do not own the work."""
    given = _GIVEN_THEN_WORK.match(message)
    return f"{given['who']} to {given['task']}" if given is not None else None


def _owners(written: str) -> str:
    return _FOR_AGAIN.sub(" and ", written.strip())
