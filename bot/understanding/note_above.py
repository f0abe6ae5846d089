"""A writer's note above a message quoted or forwarded under it: "apols pls for Monday from Helen - her email
below", then "-----Original Message----- / From: Helen Ellis / … sorry, I'm stuck at the inspection feedback on
Monday … Helen"; "pls add as update to a-53 ↓", then "> Sue, the Q4 data is now with the analyst. Gary".

The note is the writer's request and is read first, its "she" and "her" being the sender's; the quoted message is
only what the note points at (the update's words, the action's task) or, when the note asks nothing of its own
("fyi ↓"), the sender's own message. The quote's "I", "me" and "my" are its sender's: never the writer's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from bot.directory import Person
from bot.understanding.interpretation import Intent, Interpretation, Owner
from bot.understanding.patterns import guarded
from bot.understanding.person_words import FIRST_PERSON
from bot.understanding.relayed import pasted_message

__all__ = ["QuotedBelow", "kept_from_writer", "quoted_below", "read_with_note_above"]

_QUOTED = guarded(r"^[ \t]*>")
_BANNER = guarded(
    r"^\s*(?:-{2,}\s*(?:forwarded(?:\s+message)?|original\s+message)\s*-{2,}|begin\s+forwarded\s+message\s*:?|"
    r"-{3,}\s*)$",
    re.I,
)
_HEADER = guarded(r"^\s*>?\s*(?P<field>from|sent|date|to|cc|subject)[ \t]*:[ \t]*(?P<value>.*)$", re.I)
_WROTE = guarded(r"^\s*(?:on\s+[^,]{1,40},\s*)?(?P<who>[A-Z][\w'’ -]{1,40}?)\s+wrote\s*:\s*", re.I)
# The quote's signature: a name or an initial after its last sentence ("… for comments. K", "Ta, Karen", "Gary (comm
# safety)"), perhaps after a sign-off.
_SIGNATURE = guarded(
    r"(?:^|[.!?,)]\s+|\n\s*)"
    r"(?:(?:(?:many\s+|kind\s+|best\s+)?(?:thanks|regards|wishes)|ta|cheers|best)[ \t]*[,.!]?\s+)?"
    r"(?P<who>(?-i:[A-Z])[a-z'’-]+(?:[ \t]+(?-i:[A-Z])[a-z'’-]*)?|(?-i:[A-Z]))(?:\s*\([^)]{1,30}\))?[\s.!]*$",
    re.I,
)
_NOT_A_SIGNATURE = guarded(r"(?:thanks|thank\s+you|ta|cheers|regards|best|done|agreed|noted|urgent|please)$", re.I)
# The note names the sender: "Karen J's note below", "fwd from helen", "see Jo's email", "below from Mayada".
_SENDER_IN_NOTE = guarded(
    r"\b(?P<a>(?-i:[A-Z])[a-z'’-]+(?:\s+(?-i:[A-Z])[a-z]*\.?)?)['’]s\s+(?:e-?mail|note|message|reply|text|ooo|"
    r"out\s+of\s+office)\b|\b(?:fwd|forwarded|forwarding|below|above|email|note)\s+from\s+(?P<b>[A-Za-z][a-z'’-]+"
    r"(?:\s+(?-i:[A-Z])[a-z]*\.?)?)",
    re.I,
)
# The note points at the quote for its words: "add this …", "… below", "↓", "see Rachael's email".
_POINTS_BELOW = guarded(r"\b(?:this|below|above|email|e-mail|note|message)\b|↓|⬇", re.I)
_ADDRESSEE = guarded(r"^\s*(?:(?:hi|hello|hiya|dear)\s+)?(?-i:[A-Z])[a-z'’-]+\s*[,:–—-]\s*", re.I)
_SENTENCE = guarded(r"^.+?[.!?](?=\s|$)", re.S)
# "she" and "her" in the note: the sender ("she's emailed below", "put her apols in", "log this one for her").
_SHE = guarded(r"\b(?:she|he)(?:['’]s|['’]ll|['’]d)?\b|\b(?:her|his|him)\b", re.I)
_EDITS = (Intent.COMPLETE_ACTION, Intent.DROP_ACTION, Intent.CHANGE_DUE, Intent.ADD_UPDATE)
_OWNED = (Intent.APOLOGY, Intent.WITHDRAW_APOLOGY, Intent.LEAVE, Intent.RECORD_ACTION, Intent.LIST_ACTIONS)


@dataclass(frozen=True, slots=True)
class QuotedBelow:
    """The writer's note, the message quoted under it (its lines without quote marks or headers) and its sender as
    written ("" when it does not say)."""

    note: str
    quote: str
    sender: str
    marked: bool  # quoted line by line ("> …"), not pasted with an email's header block
    first: bool  # the note is read first: it opens with no "Fwd from X:" lead


def quoted_below(text: str) -> QuotedBelow | None:
    """The note and the message quoted under it, or None when the text opens with no note of the writer's or the
    writer's own words follow the quote."""
    lines = text.strip().splitlines()
    start = next((i for i, line in enumerate(lines) if _opens_quote(lines, i)), None)
    if not start:
        return None
    quoted = lines[start:]
    if _QUOTED.match(quoted[0]) and any(line.strip() and not _QUOTED.match(line) for line in quoted):
        return None  # "> …" then the writer's reply: not a note above
    fields: dict[str, str] = {}
    body: list[str] = []
    for n, line in enumerate(quoted):
        plain = re.sub(r"^[ \t]*>[ \t]?", "", line)
        header = _HEADER.match(plain)
        if header and not body:
            fields.setdefault(header["field"].lower(), header["value"].strip())
        elif body and _BANNER.match(plain):
            if any(rest.strip() for rest in quoted[n + 1 :]):
                return None  # "-----" and the writer's own words after the email ("So apologies from me …")
            break
        elif not _BANNER.match(plain) and (plain.strip() or body):
            body.append(plain)
    quote = "\n".join(body).strip()
    wrote = _WROTE.match(quote)
    if wrote:
        quote = quote[wrote.end() :]
    note = " ".join(line.strip() for line in lines[:start] if line.strip() and not _BANNER.match(line))
    if not quote or not any(ch.isalpha() for ch in note):
        return None
    signed = _SIGNATURE.search(quote)
    signer = signed["who"] if signed and not _NOT_A_SIGNATURE.match(signed["who"]) else ""
    sender = fields.get("from") or (wrote["who"] if wrote else "") or signer
    if signed and signer:
        quote = quote[: signed.start()] + (signed[0][0] if signed[0][0] in ".!?" else "")
    sender = re.sub(r"<[^>]*>|\([^)]*\)", "", sender).strip()
    marked = bool(_QUOTED.match(quoted[0]))
    return QuotedBelow(note, quote.strip(), sender, marked=marked, first=pasted_message(text) is None)


def _opens_quote(lines: list[str], i: int) -> bool:
    """Whether line ``i`` opens the quoted message: a quote mark, a forward's banner or an email's header block."""
    line = lines[i]
    if _QUOTED.match(line) or (_BANNER.match(line) and line.strip() != "---"):
        return True
    following = lines[i + 1] if i + 1 < len(lines) else ""
    if line.strip() == "---":
        return bool(_HEADER.match(following))
    header = _HEADER.match(line)
    return bool(header and header["field"].lower() == "from" and _HEADER.match(following))


def _sender(below: QuotedBelow, member: Callable[[str], Person | None]) -> Person | None:
    """The one member who sent the quote: as its header, its "wrote:" line or its signature names them, or as the
    note does ("Karen J's note below" over a message signed "K")."""
    sent = member(below.sender) if below.sender else None  # "Helen Ellis", "Smith Pam", "Townsend, Viv"
    if sent is not None:
        return sent
    named = _SENDER_IN_NOTE.search(below.note)
    in_note = member(named["a"] or named["b"]) if named else None
    if in_note is None or not below.sender:
        return in_note
    return in_note if in_note.name.lower().startswith(below.sender.lower()) else None  # signed "K": Karen J


def _as_sender(note: str, sender: Person | None) -> str:
    """The note with its "she" and "her" written as the sender's name ("she'll be at the July board", "put her apols
    in", "log this one for her")."""
    if sender is None:
        return note
    name = sender.name

    def named(match: re.Match[str]) -> str:
        word = match[0].lower().replace("’", "'")
        if word in ("her", "his"):
            possessive = word == "his" or _OWNED_THING.match(note, match.end())
            return f"{name}'s" if possessive else name
        rest = {"'s": " has" if _PARTICIPLE.match(note, match.end()) else " is", "'ll": " will", "'d": " would"}
        return name + rest.get(word[len(word.split("'")[0]) :], "")

    return _SHE.sub(named, note)


_OWNED_THING = guarded(r"\s+(?!(?:in|on|at|to|for|and|by|from|with|about|know|that|if|a|an|the)\b)[a-z]", re.I)
_PARTICIPLE = guarded(r"\s+(?:\w+ed|been|got|sent|done|gone|written|given|taken)\b", re.I)


def read_with_note_above(
    below: QuotedBelow | None,
    writer: Person | None,
    read: Callable[[str, Person | None], Interpretation],
    member: Callable[[str], Person | None],
) -> Interpretation | None:
    """The reading of a note above a quoted message (see the module), or None when the note alone says nothing and
    the quote is no message of its own (or the note is not read first)."""
    if below is None or not below.first:
        return None
    sender = _sender(below, member)
    if sender is not None and writer is not None and sender.id == writer.id:
        return None
    mine = bool(FIRST_PERSON.search(below.note))
    note = _without_pointers(_as_sender(below.note, sender))
    alone, words = read(note, writer) if note else Interpretation(Intent.NONE), _first_sentence(below.quote)
    unowned = alone.intent is Intent.LIST_ACTIONS and not (alone.owners or alone.ambiguous)  # "FYI for the tracker"
    unowned = unowned or (alone.intent in _EDITS and not alone.refs)  # "can you mark it as done": which, below
    if (alone.intent is Intent.NONE or alone.guessed or unowned) and not below.marked:
        return None  # a pasted email under a note that asks nothing plain: read whole, as its sender's
    if alone.intent is Intent.NONE or alone.guessed or unowned:
        pointed = _POINTS_BELOW.search(below.note)
        joined = read(f"{note}: {words}", writer) if pointed and note else Interpretation(Intent.NONE)
        theirs = joined.intent in _EDITS or not FIRST_PERSON.search(words)  # never the quote's "I" as the writer
        if joined.intent is not Intent.NONE and not joined.guessed and theirs:  # "pls add as update to a-53 ↓"
            return _for_sender(joined, writer, sender, mine=mine)
        if _POINTS_BELOW.search(below.note) is None and len(below.note.split()) > 3:
            return None
        sent = read(below.quote, sender)  # "fyi ↓" over "Netherbrook Primary completed their S175 return today"
        unsaid = sent.intent in _OWNED and not (
            sent.owners or sent.ambiguous
        )  # "what have I got on?" from nobody known
        if sent.intent is Intent.NONE or sent.guessed or (sender is None and (sent.intent in _ABSENT or unsaid)):
            return None
        return _for_sender(sent, writer, sender, mine=False)
    if alone.intent in _ABSENT and sender is not None and not mine:
        sent = read(below.quote, sender)  # "please note the apologies below from the college" over Remley's email
        if sent.intent is alone.intent and [o.id for o in sent.owners if o.kind == "member"] == [sender.id]:
            return sent
    if alone.intent is Intent.ADD_UPDATE and _POINTS_BELOW.search(below.note):
        alone = replace(alone, note=words)  # "update for A-16 please, from Viv's email:": the quote's words
    elif alone.intent is Intent.DROP_ACTION and (not alone.note or _POINTS_BELOW.search(alone.note)):
        alone = replace(alone, note=words)  # "pls remove A-48 - see Rachael's email": why, in the email
    return _for_sender(alone, writer, sender, mine=mine)


_ABSENT = (Intent.APOLOGY, Intent.WITHDRAW_APOLOGY, Intent.LEAVE)
# The words that only point at the quote: "her email below", "see Jo's email", "forwarded below", "↓".
_POINTER = guarded(
    r"\b(?:e-?mail(?:ed)?|forward(?:ed|ing)?|fwd?|below|above|out\s+of\s+office|ooo|auto-?reply|note\s+from)\b|[↓⬇]",
    re.I,
)
_ASKS = guarded(
    r"\b(?:add|log|record|note|put|pop|set|drop|remove|delete|close|move|push|update|apols?|apolog\w*|list|send|"
    r"pull|leave|away|off|complete|done|closed)\b",
    re.I,
)
_CLAUSE = guarded(r"(\s+[–—-]+\s+|[,;]\s+|(?<=[.!?])\s+|\s*[()]\s*)")


def _without_pointers(note: str) -> str:
    """The note without the clauses that only point at the quote ("list for Sally Holmes pls - she's emailed below
    from her phone": the list asked for), and without "below" and the arrows in the rest."""
    parts = _CLAUSE.split(note)  # clause, separator, clause, …
    kept = []
    for i in range(0, len(parts), 2):
        clause = parts[i]
        if _POINTER.search(clause) and len(clause.split()) <= 6 and not _ASKS.search(clause):
            kept.append(re.sub(r"^.*?([.!?]*)\s*$", r"\1", clause, flags=re.S))  # "- forwarded below.": its stop
        elif clause.strip():
            kept.append((parts[i - 1] if i else "") + clause)
    rest = re.sub(r"([.!?])[.!?]+", r"\1", "".join(kept)).strip(" ,;–—-.!?:")
    return " ".join(re.sub(r"\b(?:below|above)\b|[↓⬇]", " ", rest, flags=re.I).split())


def _first_sentence(quote: str) -> str:
    """The quote's first sentence, without whom it is written to ("Sue, the Q4 data is now with the analyst.")."""
    body = _ADDRESSEE.sub("", quote.strip(), count=1)
    sentence = _SENTENCE.match(body)
    return " ".join((sentence[0] if sentence else body).split())


def _for_sender(found: Interpretation, writer: Person | None, sender: Person | None, *, mine: bool) -> Interpretation:
    """``found`` as done for the sender where it edits an action ("a-14 can be closed - see Jo's email": for Jo),
    and with the writer never an owner unless the note speaks of them."""
    if found.intent in _EDITS and sender is not None and found.on_behalf_of is None:
        return replace(found, on_behalf_of=Owner("member", sender.name, sender.id), owners=())
    if writer is None or mine or found.intent not in _OWNED:
        return found
    if found.owners or found.ambiguous or found.intent not in _ABSENT:
        return _without_writer(found, writer, sender)
    return replace(found, owners=(Owner("member", sender.name, sender.id),)) if sender else found


def _without_writer(found: Interpretation, writer: Person, sender: Person | None) -> Interpretation:
    """``found`` without the writer among its owners: the sender's instead for their own absence ("apols pls for
    Monday - her email below"), nobody's (asked) otherwise."""
    owners = [o for o in found.owners if (o.kind, o.id) != ("member", writer.id)]
    if len(owners) == len(found.owners):
        return found
    if sender is not None and not owners and found.intent in _ABSENT:
        owners = [Owner("member", sender.name, sender.id)]
    if not owners and not found.ambiguous and found.intent is not Intent.RECORD_ACTION:
        return Interpretation(Intent.NONE, refs=found.refs)  # whose absence or list, unknown: never the board's
    return replace(found, owners=tuple(owners))


def kept_from_writer(
    found: Interpretation, below: QuotedBelow, writer: Person | None, member: Callable[[str], Person | None]
) -> Interpretation:
    """The reading of a note above a pasted email, read whole, with the writer never an owner through the email's
    "I" and "my" (the note does not speak of the writer)."""
    sender = _sender(below, member)
    if writer is None or FIRST_PERSON.search(below.note) or found.intent not in _OWNED:
        return found
    return found if sender is not None and sender.id == writer.id else _without_writer(found, writer, sender)
