"""Messages relayed from someone else: "From Viv: '...'", "Fwd from Tabetha: "..."", "Pasting from Anne's email:
"..."", "here's Richard's message: ...". The "I" and "my" of the pasted words are its sender's, not the writer's.

``relayed_from`` names the sender, for :mod:`bot.understanding.apology_rules` (whose apologies a pasted message
sends) and :mod:`bot.understanding.edit_rules` (whose part of an action a forwarded message says is done);
``pasted_message`` also gives the quoted words and whether the writer asks for them to be recorded ("- pls add"),
for :mod:`bot.understanding.asked_actions`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.understanding.patterns import guarded

__all__ = ["Pasted", "pasted_message", "relayed_from", "with_sender_named", "without_header_dates"]

_RELAY_VERB = (
    r"(?:fwd?|forwarded|forwarding|pasting|pasted|copying|copied|passing on|relaying|here(?:['’]s|\s+is)|"
    r"this is|just had|just got|got|received|(?:please\s+|pls\s+)?see\s+below|below\s+is)"
)
_MESSAGE = r"(?:message|msg|email|e-mail|text|note|reply|teams message|slack message)"
_NAME = r"[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2}?"
_RELAYED = guarded(
    # "From Viv:", "Fwd from Tabetha:", "pasting from Anne's email:", "message from Tony Oakman:"
    rf"^(?:{_RELAY_VERB}\s*:?\s*(?:in\s+|on\s+|an?\s+|the\s+)?)?(?:{_MESSAGE}\s+)?"
    r"(?:from|forwarded from|on behalf of)\s+"
    rf"(?P<who>{_NAME})(?:['’]s|s['’])?(?:\s+{_MESSAGE})?\s*:\s*\S|"
    # "Anne's email:", "here's Richard's message:", "fwd Tabetha's email:"
    rf"^(?:{_RELAY_VERB}\s*:?\s*(?:in\s+|on\s+)?)?(?P<who2>{_NAME})(?:['’]s|s['’])\s+{_MESSAGE}\s*:\s*\S",
    re.I,
)
_NOT_A_NAME = frozenset({"me", "my", "the", "a", "an", "our", "your", "his", "her", "their", "them", "him", "us",
                         "yesterday", "today", "earlier", "last", "this", "monday", "tuesday", "wednesday",
                         "thursday", "friday"})  # fmt: skip
_POSSESSIVE_END = guarded(r"(?:['’]s|s['’])$", re.I)


# An email forwarded with its header block: "---------- Forwarded message ---------- From: Nicola Campbell Sent: …"
_EMAIL_HEADER = guarded(
    r"(?:(?:-{2,}\s*(?:forwarded\s+message|original\s+message)\s*-{2,}|begin\s+forwarded\s+message\s*:?)\s*|"
    r"(?:^|(?<=[\s.:!]))(?=from\s*:\s*[A-Z][^\n]{0,80}?\s(?:sent|date|to|subject)\s*:))"
    r"from\s*:\s*(?P<who>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})\s*(?:<[^>]*>\s*)?(?:sent|date|to|subject)\s*:",
    re.I,
)


_BANNER = guarded(
    r"^\s*(?:-{2,}\s*(?:forwarded\s+message|original\s+message)\s*-{2,}|begin\s+forwarded\s+message\s*:?)\s*$",
    re.I | re.M,
)
# "From: Richard Fisher" on its own line with "Sent:" or "To:" under it: an email's header without a banner
_FROM_LINE = guarded(r"^[ \t>]*from[ \t]*:[^\n]*\n(?=[ \t>]*(?:sent|date|to)[ \t]*:)", re.I | re.M)  # "> From:" too
_DATED_HEADER = guarded(r"^[ \t>]*(?:sent|date|to|cc)[ \t]*:[^\n]*\n?", re.I | re.M)


def without_header_dates(text: str) -> str:
    """A forwarded email without its "Sent:", "Date:", "To:" and "Cc:" header lines: when it was sent is no date
    the message means ("Sent: 14 May 2015" is not the meeting Nicola sends apologies for)."""
    banner = _BANNER.search(text) or _FROM_LINE.search(text)
    if banner is None:
        return text
    return text[: banner.end()] + _DATED_HEADER.sub("", text[banner.end() :], count=4)


def relayed_from(text: str) -> str | None:
    """The name (as written) of the person whose message ``text`` pastes or forwards, or None."""
    found = _RELAYED.match(text) or _EMAIL_HEADER.search(text)
    who = found and (found["who"] or found.groupdict().get("who2"))
    if not who or who.split()[0].lower() in _NOT_A_NAME:
        return None
    return _POSSESSIVE_END.sub("", who)


# "Pasting from Roger's email:", "Fwd from Tabetha:", "copied from an email from Jo:", "pasted from email:".
_LEAD = guarded(
    r"^(?:fwd?\s*:?\s*|(?:(?:i'm|i am|just)\s+)?(?:pasting|pasted|copying|copied|forwarding|forwarded|quoting|"
    r"passing on|(?:please\s+|pls\s+)?see\s+below|below\s+is)(?:\s+(?:in|this|below|on))?\s*)"
    r"(?:(?:from|of|for)\s+(?P<source>[^:\"“]{1,60}?)(?:\s+(?:as|because|since|while|who)\b[^:\"“–—]{0,80}?)?)?"
    r"(?:\s*:|(?<=\w)\s+[–—-])\s*|"  # "fwd from roger - nps to …", "forwarding for Viv who is out – '…'"
    # "Posting this for Roger as he's having trouble logging into Teams:": typed in for its sender
    r"^(?:(?:i['’]m|i am|just)\s+)?(?:posting|sending|putting|sharing|adding|typing)\s+(?:this|the following|below)?"
    r"\s*(?:in\s+|up\s+|on\s+)?(?:for|on\s+behalf\s+of)\s+(?P<typed_for>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)"
    r"(?:\s+(?:as|because|since|while|who)\b[^:\"“]{0,80}?)?\s*:\s*|"
    # 'from Kate: "I\'m on leave until 12 June"', 'email from Viv - "…"': a quote, and whose it is
    r"^(?:(?:(?:an?\s+)?(?:email|e-mail|message|msg|text|note|auto-?reply|automatic\s+reply|"
    r"out[- ]of[- ]office(?:\s+reply)?|ooo|reply)\s+)?from\s+"
    r"(?P<quoted_from>[A-Za-z][\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)|"  # 'Kate mc emailed: "I can make …"': hers
    r"(?P<quoted_by>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?)\s+(?:emailed|texted|messaged|wrote)(?:\s+(?:me|us))?|"
    # 'Su V's text: "put me down to …"': hers
    r"(?P<quoted_whose>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)['’]s\s+(?:email|e-mail|message|msg|text|note|reply|"
    r"whatsapp|voicemail))"
    r"\s*[:–—-]\s*(?=[\"“'‘])|"
    # "Text I got from Sally this morning, pasted:", "email that came in from Jo yesterday -"
    r"^(?:(?:an?|the|this)\s+)?(?:email|e-mail|message|msg|text|note|whatsapp)\s+(?:(?:I|we)\s+(?:got|had|received)|"
    r"(?:that\s+)?(?:came\s+in|received))\s+from\s+(?P<got_from>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)"
    r"(?:\s+(?:this\s+morning|today|yesterday|earlier|last\s+night|just\s+now))?(?:\s*,?\s*(?:pasted|copied|below|"
    r"forwarded)(?:\s+(?:in|below))?)?\s*[:–—-]\s*",
    re.I,
)
# "Roger's email", "an email from Roger", "Anne", "email", "Sally's message to me": the sender in the source.
_SOURCE = guarded(
    r"^(?:(?:an?|the|her|his|their)\s+)?(?:(?:email|e-mail|message|msg|text|note|reply)\s+(?:from|by)\s+)?"
    r"(?P<who>.*?)(?:['’]s?)?(?:\s+(?:email|e-mail|message|msg|text|note|reply)(?:\s+to\s+\w+)?)?$",
    re.I,
)
_QUOTE_MARK = guarded(r"^[ \t]*>[ \t]?", re.M)
_NOT_A_SENDER = guarded(r"^(?:email|e-mail|message|msg|text|note|reply|an?|the|)(?:\s+(?:to|for)\s+(?:me|us))?$", re.I)
# The quote and what follows it: "'...' - pls add", "“...” can you add that one".
_QUOTED = guarded(
    r"^(?:[\"“](?P<double>.+?)[\"”]|['‘](?P<single>.+?)['’](?=[\s\-–—,.!?]|$))(?P<after>.*)$",
    re.S,
)
# What follows the quote when it asks for an action to be recorded: "- can you add that one", "pls log".
# The letter around the quoted words: "Hi Martine, as agreed", "Dear all -", "Regards, Richard", "Thanks, Jo x".
_GREETING = guarded(
    r"^(?:(?:hi|hello|hiya|dear|morning|good morning|afternoon)(?:\s+[A-Za-z]+)?\s*[,!.–—-]?\s+)?"
    r"(?:(?:as (?:agreed|discussed|promised|requested)|further to (?:our|the|my) [\w' ]{1,30}?)\s*[,.–—-]?\s+)?",
    re.I,
)
_SIGN_OFF = guarded(
    r"[\s.,!]*(?:(?:kind |best |warm )?regards|thanks|many thanks|best wishes|cheers|best)\s*,?\s*[A-Za-z]*\W*$", re.I
)
_SIGNER = guarded(
    r"(?:(?:kind |best |warm )?regards|many thanks|thanks|best wishes|cheers)\s*,?\s*(?P<who>(?-i:[A-Z])[a-z'’-]+)\W*$",
    re.I,
)
# A first name alone after the last sentence: the sender's signature (never "Done", "Agreed", "Urgent").
_SIGNED = guarded(r"(?<=[.!?])\s+(?!(?:Done|Agreed|Urgent|Complete|Completed|Sorted|Noted)\b)(?P<who>[A-Z][a-z]+)\W*$")
# "Fwd from Tabetha re A-10:": the action the forwarded words are about, named after their sender.
_ABOUT = guarded(r"\s+(?:re|about|regarding|on|for)\s*:?\s+(?P<ref>A\s?-?\s?\d{1,4})\s*$", re.I)
_RECORD_ASKED = guarded(r"\b(?:add|log|record|note|put|pop|stick|action)\b", re.I)


@dataclass(frozen=True, slots=True)
class Pasted:
    """A pasted message: who sent it (as written; "" when not said), the quoted words, and whether the writer
    asks for it to be recorded as an action."""

    sender: str
    quote: str
    record_asked: bool
    after: str = ""  # the writer's own words after the quote ("– so, what's open for the fire service?")
    about: str = ""  # the action the lead names ("Fwd from Tabetha re A-10:")


def pasted_message(text: str) -> Pasted | None:
    """The pasted message in ``text``, or None when the text does not open as one."""
    lead = _LEAD.match(text)
    if lead is None:
        return None
    rest = _QUOTE_MARK.sub("", text[lead.end() :]).strip()  # "Forwarding from Kate:\n\n> could you …": its lines
    quoted = _QUOTED.match(rest)
    quote, after = ((quoted["double"] or quoted["single"]), quoted["after"]) if quoted else (rest, "")
    if not quote.strip():
        return None
    source = (
        lead["source"] or lead["typed_for"] or lead["quoted_from"] or lead["quoted_by"] or lead["quoted_whose"]
        or lead["got_from"] or ""
    )  # fmt: skip
    source = source.strip()
    about = _ABOUT.search(source)
    source = source[: about.start()] if about else source
    who = _SOURCE.match(source)
    sender = who["who"].strip() if who else ""
    sender = "" if _NOT_A_SENDER.match(sender) else sender
    quote = _SIGN_OFF.sub("", _GREETING.sub("", quote.strip()))
    quote = _SIGNED.sub("", quote)  # "… Please add it to the tracker. Roger": signed
    asked = _RECORD_ASKED.search(after) is not None
    return Pasted(sender, quote.strip(), asked, after.strip(), about["ref"] if about else "")


def with_sender_named(text: str) -> str:
    """A forwarded message whose lead names no sender, led by the name it is signed with ("Fwd: > Please send my
    apologies … Regards, Julie" reads "Fwd from Julie: …"): its "I" and "my" are the signer's, never the writer's."""
    lead = _LEAD.match(text)
    if lead is None or any(lead[g] for g in ("typed_for", "quoted_from", "quoted_by", "quoted_whose", "got_from")):
        return text
    source = _SOURCE.match((lead["source"] or "").strip())
    if source is not None and not _NOT_A_SENDER.match(source["who"]):
        return text  # "Pasting from Roger's email:": named
    signer = _SIGNER.search(text.strip())
    if signer is None:  # "copied from an email to me: 'Zala, I won't get to the September board … Pam'": signed
        rest = _QUOTE_MARK.sub("", text[lead.end() :]).strip()
        quoted = _QUOTED.match(rest)
        signer = _SIGNED.search((quoted["double"] or quoted["single"]).strip()) if quoted else None
    return f"Fwd from {signer['who']}: {text[lead.end() :]}" if signer else text
