"""A forwarded or pasted message, read as what it is for.

"Fwd from Roger: "Martine, can you let me know what the fire service still owe?" – so, what's open for the fire
service?": the writer asks a question of their own after the quote, so only that question is read (the quote is
why they ask; its "Martine" and "me" own nothing). "Fwd from Viv: "Kate has agreed to pick up A-44 from me."",
"Fwd from Tabetha re A-10: "First two sections redrafted"": the quote alone, with nothing asked after it, is read
as its sender's message ("me" is Viv) when the sender is one member. A quote followed by a request to record or
close it ("– could you log that for her") is left to the action and edit rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.directory import Person
from bot.understanding.absence_words import APOLOGY_SAID
from bot.understanding.edit_words import REF
from bot.understanding.interpretation import Ambiguity, Intent, Interpretation
from bot.understanding.names import NameIndex
from bot.understanding.owners import OwnerResolver, Resolution
from bot.understanding.patterns import guarded
from bot.understanding.person_words import FIRST_PERSON
from bot.understanding.relayed import pasted_message
from bot.understanding.text import fold

__all__ = [
    "SENDERS_EDITS",
    "Forwarded",
    "as_forwarded",
    "forwarded_email",
    "member_sending",
    "senders_reading",
    "written_to_writer",
]

# "– so, ...", "- and ...": the joining words before the writer's own request.
_JOIN = guarded(r"^[\s.,;:!–—-]*(?:(?:so|and|but|then|anyway|ok|okay)\b[\s,;:–—-]*)*", re.I)
# The writer's words point back at the quote: "log that for her", "is that right?", "can it be closed".
_POINTS_BACK = guarded(
    r"\b(?:that|this|it|these|those|her|him|his|them|their|she|he|they|above|below)\b|\bdone\b|\bclosed?\b", re.I
)
# The writer's words ask something of their own: a question, or a request to the assistant.
_OWN_ASK = guarded(
    r"\?\s*$|^(?:can|could|would|will|please|pls|show|list|what|when|where|who|which|how|is|are|any|anything)\b",
    re.I,
)


# The writer only agrees with the quote: "Yes please.", "fine by me", "ok thanks"
_AGREED = guarded(
    r"\W*(?:yes|yep|yeah|ok|okay|sure|great|brilliant|perfect|fine|agreed|lovely)(?:\s+(?:please|pls|thanks|thank\s+you|"
    r"ta|by\s+me|from\s+me|with\s+me))*\W*",
    re.I,
)
# The writer only passes the message on to be noted: "- pls note", "fyi", "for your records"
_NOTED = guarded(
    r"\W*(?:(?:please|pls|just)\s+)?(?:note|noted|fyi|for\s+(?:info|information|noting|your\s+(?:info|information|"
    r"records?)|the\s+record)|to\s+note)(?:\s+(?:please|pls|thanks|ta|thank\s+you))*\W*",
    re.I,
)
# The writer only passes the quoted question on: "– can you tell me pls", "any idea?", "do you know?"
_TELL_ME = guarded(
    r"\W*(?:(?:can|could)\s+(?:you|u|someone|anyone)\s+(?:please\s+|pls\s+)?(?:tell|let)\s+(?:me|us|him|her)(?:\s+know)?|"
    r"any\s+(?:idea|ideas|thoughts)|(?:does\s+)?(?:any(?:one|body)|you)\s+know|do\s+(?:you|u)\s+know|help)"
    r"(?:\s+(?:please|pls|thanks|ta))?\W*",
    re.I,
)


# An email's header block as pasted or forwarded ("From: Smith Pam" / "Sent: …" / "To: …" / "Subject: A-56"), each
# line perhaps quoted with "> "; its banner ("-----Original Message-----") is the writer's, before it.
_HEADER_LINE = guarded(r"^(?P<field>from|sent|date|to|cc|subject)[ \t]*:[ \t]*(?P<value>.*)$", re.I)
_BANNER_LINE = guarded(
    r"^\s*(?:-{2,}\s*(?:forwarded\s+message|original\s+message)\s*-{2,}|begin\s+forwarded\s+message\s*:?)\s*$", re.I
)
_RULE_LINE = guarded(r"^\s*[-_=]{3,}\s*$")
_QUOTE_MARK = guarded(r"^[ \t]*>[ \t]?", re.M)
# a cheap first look for a header line before the message is split
_FROM_LINE = guarded(r"(?:^|(?<=\r))[ \t]*(?:>[ \t]?)?[ \t]*from[ \t]*:", re.I | re.M)


@dataclass(frozen=True, slots=True)
class Forwarded:
    """The words to read and whose they are (the forwarded message's sender, or the writer)."""

    text: str
    writer: Person | None
    bare: bool = False  # forwarded with no words of the writer's own but its subject line ("FW: Workshop")
    sender_in_doubt: Ambiguity | None = None  # "Text from nic: '…'": Nicki or Nicola, asked (never the writer)


def as_forwarded(text: str, writer: Person | None, names: NameIndex) -> Forwarded | None:
    """What a forwarded message is read as (see the module), or None when the text is no forwarded message or
    the whole of it is to be read."""
    pasted = pasted_message(text)
    if pasted is None:
        return None
    joined = _JOIN.match(pasted.after)
    after = pasted.after[joined.end() :].strip() if joined else pasted.after
    if (
        (writer is not None and fold(after.strip(" .!")) == fold(writer.first_name))
        or _AGREED.fullmatch(after)
        or (
            _NOTED.fullmatch(after)  # "… - pls note": passed on, the message its sender's
        )
    ):
        after = ""  # '… "Has the council submitted its section 11 yet?"\n\nTony': signed; "Yes please.": agreed
    asked_on = not FIRST_PERSON.search(pasted.quote) and pasted.quote.rstrip().endswith("?")
    if asked_on and (not after or _TELL_ME.fullmatch(after)):
        return Forwarded(pasted.quote, writer)  # 'fwd from my director: "what does housing owe?" - any idea?'
    if after:
        if pasted.record_asked or _POINTS_BACK.search(after) or not _OWN_ASK.search(after):
            return None  # "– could you log that for her please", "– pls add": the quote is what is asked about
        return Forwarded(after, writer)
    named = _sender_named(pasted.sender, writer, names)
    sender = _member_of(named, names)
    if sender is None:  # "Text from nic: '…'": Nicki's or Nicola's, asked; nobody understood: the whole text read
        doubt = named.ambiguous[0] if named and len(named.ambiguous) == 1 and not named.owners else None
        return Forwarded(pasted.quote, None, sender_in_doubt=doubt) if doubt else None
    if writer is not None and sender.id == writer.id:
        return None
    quote = pasted.quote
    if pasted.about and not REF.search(quote):
        quote = f"{pasted.about}: {quote}"  # "Fwd from Tabetha re A-10: '...'": news of A-10
    return Forwarded(quote, sender)


def _sender_named(written: str, writer: Person | None, names: NameIndex) -> Resolution | None:
    """Whom a sender's name means on the roster (never a name not on it), or None."""
    return OwnerResolver(names, writer).phrase(written, allow_unknown=False, subject=True) if written else None


def _member_of(named: Resolution | None, names: NameIndex) -> Person | None:
    """The one member ``named`` is, or None (nobody, several, an agency)."""
    if not named or named.ambiguous or len(named.owners) != 1 or named.owners[0].kind != "member":
        return None
    return next((p for p in names.directory.members if p.id == named.owners[0].id), None)


def _one_member(written: str, writer: Person | None, names: NameIndex) -> Person | None:
    """The one member a sender's name means, or None (nobody, several, an agency)."""
    return _member_of(_sender_named(written, writer, names), names)


def forwarded_email(text: str, writer: Person | None, names: NameIndex) -> Forwarded | None:
    """An email pasted with its header block under the writer's note ("FYI – see below from Pam, can you log this
    one please / -----Original Message----- / From: Smith Pam / Sent: … / Subject: … / Hi Martine, … I will draft
    …"): its body read as its sender's words ("I" is Pam), when the sender is one member other than the writer and
    the note asks nothing of its own; from someone not on the roster ("From: CRC admin"), as nobody's ("I" is
    nobody known, "Kate McConnell is unable to attend" is Kate's). The sender may be written surname first ("Smith
    Pam", "Townsend, Viv"); a
    reference in the subject line ("Subject: A-56") is what the body is about."""
    if not _FROM_LINE.search(text):
        return None
    raw = text.splitlines()
    lines = [_QUOTE_MARK.sub("", line) for line in raw]
    start = next((i for i, line in enumerate(lines) if _is_from(lines, i)), None)
    if start is None:
        return None
    if _QUOTE_MARK.match(raw[start]):  # "> From: …": the quoted email ends where the quote does
        after = next((i for i in range(start, len(raw)) if raw[i].strip() and not _QUOTE_MARK.match(raw[i])), None)
        if after is not None:
            return None  # a reply under the quote: the writer's own words
    fields: dict[str, str] = {}
    end = start
    while end < len(lines) and (match := _HEADER_LINE.match(lines[end].strip())):
        fields.setdefault(match["field"].lower(), match["value"].strip())
        end += 1
    body_lines: list[str] = []
    for line in lines[end:]:
        if _BANNER_LINE.match(line) or (_HEADER_LINE.match(line.strip()) and line.strip().lower().startswith("from")):
            break  # an older email in the chain
        if _RULE_LINE.match(line):
            break  # "-----": the end of the pasted email, the writer's own words after it
        body_lines.append(line)
    body = "\n".join(body_lines).strip()
    note = " ".join(line for line in lines[:start] if not _BANNER_LINE.match(line)).strip()
    sender = member_sending(fields.get("from", ""), writer, names)  # None: from someone not on the roster ("CRC admin")
    if not body or (sender is not None and writer is not None and sender.id == writer.id):
        return None
    own_words = f"{note} {' '.join(lines[end + len(body_lines) + 1 :])}"  # the writer's, around the email
    if sender is None and (
        FIRST_PERSON.search(own_words) or member_sending(fields.get("to", ""), writer, names) == writer
    ):
        return None  # "… So apologies from me for July", "To: Richard Fisher": the writer speaks, or is spoken to
    if note and _OWN_ASK.search(note) and not _POINTS_BACK.search(note) and not _RECORD_WORDS.search(note):
        return None  # the writer's own question, the email only why they ask
    to = _BODY_ADDRESSEE.match(body)  # "Martine, the leaflet is at the printers": written to her, never an owner
    if to and fold(to["to"]) in fold(f"{fields.get('to', '')} {writer.name if writer else ''}").split():
        body = body[to.end() :]
    subject = fields.get("subject", "")
    about = REF.search(subject) or _ACTION_NUMBER.search(subject)  # "Subject: A-56", "Subject: RE: action 10"
    if about and not REF.search(body):
        number = "".join(ch for ch in about.group(0) if ch.isdigit())
        body = f"A-{number}: {body}"
    meeting = _MEETING_SUBJECT.search(subject)  # "Subject: Re: July board": the meeting the body's absence is from
    if meeting and not _MEETING_SUBJECT.search(body):
        said = "Apologies for" if APOLOGY_SAID.search(note) and not APOLOGY_SAID.search(body) else "Re"
        body = f"{said} the {meeting[0]}: {body}"  # "FW: apologies … Subject: July board … Richard should cover for us"
    own_lines = [*lines[:start], *lines[end + len(body_lines) + 1 :]]
    bare = all(
        not line.strip() or _BANNER_LINE.match(line) or _RULE_LINE.match(line) or _subject_only(line)
        for line in own_lines
    )
    return Forwarded(body, sender, bare=bare)


_MEETING_SUBJECT = guarded(
    r"\b(?:(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*\s+|(?:next|mon|fri)\w*['’]?s?\s+)?"
    r"(?:board|workshop|audit\s+panel|panel)\b",
    re.I,
)
# A forward's own subject line ("FW: Workshop", "Fwd: actions from DCS catch-up"): none of the writer's words.
_SUBJECT_ONLY = guarded(r"^\s*(?:fw|fwd|re|subject|forward(?:ed)?)\s*:.*$", re.I)
_ASKS_TO_RECORD = guarded(r"\b(?:log|add|record|note|put|please|pls|(?:can|could)\s+(?:you|u))\b", re.I)
# A message opening with who it is written to: "Martine, please …", "Hi Martine -", "Dear Martine" (lines joined).
_WRITTEN_TO = guarded(
    r"^\s*(?:(?:hi|hiya|hello|dear|(?:good\s+)?(?:morning|afternoon))[ \t]+)?(?P<to>(?-i:[A-Z])[a-z'’-]+)[ \t]*"
    r"(?:[,:–—-]|\r?\n)",
    re.I,
)
# Its last line, a signature: a sign-off and a name, or a name alone ("Thanks, Roger", "Roger", "Roger Clayton").
_SIGNED_LINE = guarded(
    r"(?:^|\n)[ \t]*(?:(?:(?:many\s+|kind\s+|best\s+)?(?:thanks|regards|wishes)|thank\s+you|cheers|ta|best)[ \t]*[,.!]?"
    r"[ \t]*\n?[ \t]*)?(?P<name>(?-i:[A-Z])[a-z'’-]+(?:[ \t]+(?-i:[A-Z])[\w'’-]+)?)[ \t.!]*$",
    re.I,
)


def written_to_writer(text: str, writer: Person | None, names: NameIndex) -> Forwarded | None:
    """A message pasted in by the one it was written to ("Martine, please send my apologies for the workshop.
    Merlin has agreed to chair.\nRoger", posted by Martine): nobody writes to themselves by name, so its "I" is who
    signed it (one member), or nobody known when it is unsigned or signed by someone not on the roster."""
    if writer is None or "\n" not in text.strip():
        return None
    opening = _WRITTEN_TO.match(text)
    if opening is None or fold(opening["to"]) != fold(writer.first_name):
        return None
    addressed = OwnerResolver(names, writer).single(opening["to"], allow_unknown=False)
    if (
        addressed is None
        or addressed.ambiguous
        or [(o.kind, o.id) for o in addressed.owners] != [("member", writer.id)]
    ):
        return None  # "Jo, …" from Jo Forbes when there are two Jos: not certainly written to her
    body = text[opening.end() :].strip()
    signed = _SIGNED_LINE.search(body)
    signer = _one_member(signed["name"], writer, names) if signed else None
    if signer is not None and signer.id == writer.id:
        return None
    return Forwarded(body[: signed.start()].strip() if signed else body, signer, bare=True)


_BODY_ADDRESSEE = guarded(r"^\s*(?:(?:hi|hello|hiya|dear)\s+)?(?P<to>(?-i:[A-Z])[a-z'’-]+)\s*[,:–—-]\s*", re.I)
_ACTION_NUMBER = guarded(r"\baction\s+(?:no\.?\s*)?\d{1,4}\b", re.I)
_RECORD_WORDS = guarded(r"\b(?:add|log|record|note|put|track(?:er)?|drop|change|move|update|apols?|apologies)\b", re.I)


def _subject_only(line: str) -> bool:
    """Whether a line above a forwarded email is only its subject ("FW: Workshop", "Re: apologies"), asking nothing
    of its own."""
    return _SUBJECT_ONLY.match(line) is not None and not (_OWN_ASK.search(line) or _ASKS_TO_RECORD.search(line))


def _is_from(lines: list[str], i: int) -> bool:
    """Whether line ``i`` opens a header block: "From: …" with another header line under it."""
    first = _HEADER_LINE.match(lines[i].strip())
    if first is None or first["field"].lower() != "from" or i + 1 >= len(lines):
        return False
    return _HEADER_LINE.match(lines[i + 1].strip()) is not None


def member_sending(written: str, writer: Person | None, names: NameIndex) -> Person | None:
    """The one member a header's "From:" names, as written or surname first ("Smith Pam", "Townsend, Viv")."""
    written = re.sub(r"<[^>]*>|\[[^]]*\]|\([^)]*\)", " ", written).strip()
    words = written.replace(",", " ").split()
    forms = [" ".join(words)]
    if len(words) == 2:
        forms.append(f"{words[1]} {words[0]}")
    return next(filter(None, (_one_member(form, writer, names) for form in forms if form)), None)


_SENDERS_OWN = (Intent.RECORD_ACTION, Intent.APOLOGY, Intent.WITHDRAW_APOLOGY, Intent.LEAVE)
# Edits a forwarded message makes on its sender's behalf ("isn't needed now", "that's done", "can it move to …").
SENDERS_EDITS = (Intent.COMPLETE_ACTION, Intent.DROP_ACTION, Intent.CHANGE_DUE, Intent.ADD_UPDATE)


def senders_reading(
    plain: Interpretation, sent: Interpretation, writer: Person | None, *, stranger: bool = False
) -> Interpretation:
    """Of a message with a pasted email, read as the writer's (``plain``) and with the email as its sender's
    (``sent``): the sender's reading where it says whose the work or the absence is and the plain one gave it to
    the writer, to nobody or to a name not on the roster; the sender's edit where the plain reading is the same
    edit (it adds for whom) or nothing; else the plain reading (the writer's note asks its own: "please log this as
    an action for the council"). From a ``stranger`` (a sender not on the roster), the sender's "I" is never the
    writer: their reading is kept where the plain one gave the absence or the work to the writer."""
    mine = writer is not None and all(
        o.kind == "unknown" or (o.kind, o.id) == ("member", writer.id) for o in plain.owners
    )
    said = sent.owners or sent.ambiguous or (stranger and plain.owners and mine)
    agrees = plain.intent is Intent.NONE or (plain.intent is sent.intent and (mine or not plain.owners))
    if sent.intent in _SENDERS_OWN and said and agrees:
        return sent
    if stranger and plain.intent in _SENDERS_OWN and plain.owners and mine:
        return replace(plain, owners=())  # "From: Dave Jones … I will send the figures": whose is asked
    same_edit = plain.intent is Intent.NONE or (plain.intent is sent.intent and plain.refs in ((), sent.refs))
    return sent if sent.intent in SENDERS_EDITS and sent.refs and same_edit else plain
