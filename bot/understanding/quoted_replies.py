"""A reply under a quoted message, read as the reply.

"> Jassi wrote: Tabetha, where are we with A-7? / Still waiting for comments from two of the GP practices" is an
update on A-7, not Jassi's question asked again: the quoted lines (each opening with ">") say only what the reply is
about. The reply is read alone, with what the quote names and the reply does not added to it: the action ("A-7 –
Still waiting for comments …"), the audit and its school ("Has it been sent in yet (Ridgewood High S175)?"), the
meeting apologies are for ("Apologies from me …, for 10 July"). A reply that takes on work the quote offers to anyone
("> Roger: who can get me the YOS numbers?" / "will do, today if poss") is an offer of that work
(``bot.understanding.thread_offers``). A reply that points back at the quote ("FW below – can this be logged?")
is read whole.
"""

from __future__ import annotations

import re

from bot.understanding.audit_reading import audit_type, school_named
from bot.understanding.bare_references import with_bare_reference
from bot.understanding.patterns import guarded
from bot.understanding.signatures import without_signature_block
from bot.understanding.thread_offers import taken_on

__all__ = ["without_item_numbers", "without_quote"]

_QUOTED_LINE = guarded(r"^\s*>")
_SIGNED_NAME = guarded(r"(?<=[.!?])\s+(?-i:[A-Z][a-z'’-]+)\s*$")
_FORWARD_LINE = guarded(r"^\s*(?:fwd?|fw|forwarded)\s*:?\s*$", re.I)
_NAME_LINE = guarded(r"^\s*(?-i:[A-Z][a-z'’-]+)(?:\s+(?-i:[A-Z])[a-z'’-]+){0,2}\s*[.,!x]?\s*$")
_POINTS_BACK = guarded(
    r"\b(?:below|above|fw|fwd|forwarded|forwarding)\b|\b(?:log|logged|add|added|record|recorded|note|put|action)\b"
    r"[^.?!]{0,30}\b(?:this|that|it|these|them)\b|\b(?:this|that|it)\b[^.?!]{0,20}\b(?:logged|added|recorded)\b",
    re.I,
)
_MONTHS = r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_MEETING = guarded(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?-i:[A-Z])?(?:{_MONTHS})[a-z]*\b|"
    r"\b(?:for|on)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b|\b(?:for|on)\s+(?:mon|monday|fri|friday)\b|"
    rf"\b(?:the\s+)?(?:(?:{_MONTHS})[a-z]*|monday['’]s|friday['’]s|next|audit)\s+(?:board|panel|workshop|meeting)\b|"
    r"\bthe\s+workshop\b",
    re.I,
)
_ABSENT = guarded(
    r"\bapolog|\bapols\b|\bcan['’]?t\s+(?:make|attend|come)|\bunable\s+to\s+(?:make|attend)|"
    r"\bwon['’]?t\s+be\s+(?:there|able)|\bcan['’]?t\s*(?:[,.;!–—-]|$)",  # "really sorry but I can't, …"
    re.I,
)
# "scrap that, holiday moved, ill be there", "actually I can come now": coming after all, to the quote's meeting
_COMING = guarded(
    r"\b(?:be\s+there|can\s+(?:come|make\s+it|attend)|will\s+(?:come|attend)|scrap\s+that|ignore\s+(?:that|my)|"
    r"after\s+all)\b",
    re.I,
)
_THANKS = guarded(r"^\W*(?:thanks|thank\s+you|cheers|ta|brilliant|great|lovely|perfect|fab|excellent)\b", re.I)
_STATUS = guarded(
    r"\b(?:started|begun|done|complete[d]?|finished|returned|submitted|sent|in\s+progress|under\s*way|half|"
    r"nearly|almost|waiting|drafted|not\s+yet)\b",
    re.I,
)
# "hows the fire s11 going?": whose return the quote asks about, in its words
_WHOSE_RETURN = guarded(r"\b(?:the\s+)?(?P<who>[a-z][\w&'’]*)['’]?s?\s+(?:s11|section\s*11)\b", re.I)
_REF = guarded(r"\b(?:A\s?-\s?|action\s+|#)(\d{1,4})\b", re.I)


_FOR_ON = guarded(r"^(?:for|on)\s+", re.I)
_NOT_WHOSE = frozenset({"the", "our", "your", "their", "his", "her", "my", "hows", "how", "has", "is", "this", "that"})


def _bare_number(quote: str) -> set[str]:
    """The one bare number a quoted question is about, standing where a reference stands ("any news on 32?", "is
    16 still needed?"); empty for a count ("did 3 of the 4 schools reply?") or when there is no question."""
    found = with_bare_reference(quote) if "?" in quote else None
    return {str(found[1])} if found else set()


# "6.2 Jo Forbes to circulate …", '"8.4 Mike G to present …"': a minute's item number before a line pasted from minutes
_ITEM_NUMBER = guarded(r"(?:^|(?<=[\"“‘'>]))([ \t]*)\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\.?[ \t]+(?=(?-i:[A-Z]))", re.M)


# "Roger asked me to add this one for him: "all members to send … by Friday"": the pasted line, quoted whole
_QUOTED_TASK = guarded(r"(?P<lead>[:–—-]\s*|\n\s*)[\"“”‘’'](?P<task>[^\"“”‘’\n]{8,}?)[\"“”‘’'](?P<end>\s*[.!]?\s*)$")

_SENT_BY = guarded(
    r"\bfrom\s+[A-Za-z]|['’]s\s+(?:email|e-mail|message|msg|text|note|reply)\b|\b(?:pasted|pasting|copied|copying|"
    r"forwarded|forwarding|fwd?|wrote|writes|says|said|sent|emailed|texted|messaged)\b",
    re.I,
)


def without_item_numbers(text: str) -> str:
    """The text as pasted without what wraps it: the minute numbers of lines from minutes ("6.2 Jo Forbes to circulate
    …" is "Jo Forbes to circulate …": a number there is neither an action's reference nor a date) and the quotation
    marks round a line pasted after a colon ("add this one: 'Pam to send the list by Friday'")."""
    quoted = _QUOTED_TASK.search(text)
    if quoted and not _SENT_BY.search(text[: quoted.start()]):  # never "From Su's email - '…'": whose words they are
        text = text[: quoted.start()] + quoted["lead"] + quoted["task"] + quoted["end"]
    return _ITEM_NUMBER.sub(r"\1", text)


def without_quote(text: str) -> str:
    """The reply in ``text`` without the quoted lines above or below it, led by what the quote is about; the text
    unchanged when it quotes nothing or is only a quote."""
    if ">" not in text:
        return text
    lines = text.split("\n")
    quoted = [line for line in lines if _QUOTED_LINE.match(line)]
    kept = [line for line in lines if not _QUOTED_LINE.match(line) and not _FORWARD_LINE.match(line)]  # "Fwd:" alone
    while kept and (not kept[-1].strip() or _NAME_LINE.match(kept[-1])):
        kept.pop()  # "Karen": the reply signed with a name alone
    reply = "\n".join(kept).strip()
    if not quoted or not reply:
        return text
    quote = " ".join(line.lstrip(" >") for line in quoted)
    offer = taken_on(quote, _SIGNED_NAME.sub("", without_signature_block(reply)))  # "yep CRC will cover it"
    if offer is not None:
        return offer  # (even "… - put them down for end of June?")
    if _POINTS_BACK.search(reply):
        return text  # "FW from Roger below - can this be logged against fire?": the quote is what is asked about
    refs = {m[1] for m in _REF.finditer(quote)} or _bare_number(quote)
    if len(refs) == 1 and not _REF.search(reply) and not _THANKS.match(reply):
        reply = f"A-{refs.pop()} – {reply}"
    reply = _SIGNED_NAME.sub("", without_signature_block(reply))  # "… that day. Remley": signed on the same line
    meeting = _MEETING.search(quote)
    if meeting and (_ABSENT.search(reply) or _COMING.search(reply)) and not _MEETING.search(reply):  # "Apologies"
        reply = f"{reply.rstrip(' .!')}, for {_FOR_ON.sub('', meeting[0])}"  # never in brackets: an aside
    kind = audit_type(quote)
    if (
        kind in ("S11", "S175") and audit_type(reply) is None and (reply.endswith("?") or _STATUS.search(reply))
    ):  # "(Wrens Nest Primary S175)": whose return, and which
        school = school_named(quote) if kind == "S175" and school_named(reply) is None else None
        whose = _WHOSE_RETURN.search(quote) if kind == "S11" else None
        if whose and whose["who"].lower() not in _NOT_WHOSE:
            school = whose["who"]  # "(fire S11)"
        context = f" ({school + ' ' if school else ''}{kind})"
        reply = reply[:-1] + context + "?" if reply.endswith("?") else reply + context
    return reply
