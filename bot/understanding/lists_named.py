"""Several owners a list question names in a row: "what's open for me, viv and the police", "police, fire and the
hospital - whats open", "what do kate mc, viv and the probation hostel in wolverhampton have", "mine + pam's +
cdop's?". Each is read on its own; one the board does not hold is kept as a name the writer is told is not on it,
so a list asked for three never comes back as two. Read by :mod:`bot.understanding.interpret`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.directory import Person
from bot.understanding.interpretation import Intent, Interpretation, Owner
from bot.understanding.name_words import is_everyday_word
from bot.understanding.names import is_first_name
from bot.understanding.patterns import guarded
from bot.understanding.resolution import Resolution
from bot.understanding.unnamed_owners import names_an_owner

__all__ = ["enumerated", "owners_in_a_row", "with_owners_in_a_row"]

_JOIN = r"(?:\s*,\s*(?:and\s+|&\s*|\+\s*)?(?:for\s+)?|\s*[+&]\s*|\s+(?:and|an|n|plus)\s+(?:for\s+)?)"
# where a row is cut into owners: never at "&", which names hold too ("QA & Comms")
_SPLIT = guarded(r"\s*,\s*(?:and\s+|\+\s*)?(?:for\s+)?|\s*\+\s*|\s+(?:and|an|n|plus)\s+(?:for\s+)?", re.I)
_AMPERSAND = guarded(r"\s*&\s*")
_ASIDE = guarded(r"\s*\([^()]*\)")  # "Dave Lowe (staffs police)": who they are, aside
_RECIPIENT = guarded(r"\s+(?:for|ahead\s+of|before)\s+.*$", re.I)  # "the CCG for Roger": whom the list is for
_STOP = (
    r"(?=\s*(?:[?.!]|$|[-–—:]\s|,\s*(?:they|he|she|it|as|so|ta|thanks|cheers|before|please|pls|i|we|need)\b|"
    r"\s+(?:please|pls|plz|before|so|as|ahead|by|thanks|thx|ta|asap|atm|tbh|btw|now|today|too|at\s+the\s+moment|between|"
    r"for\s+(?:the\s+)?(?:board|meeting|panel|"
    r"july|september|monday|tuesday|wednesday|thursday|friday))\b))"
)
# one owner's words: never across a dash ("Roger, Martine – before Monday could I see …") nor the question's own
_ITEM = r"(?:(?!\s[-–—]\s|\b(?:open|outstanding|overdue|for|what|whats|which)\b)[^?.!,:;–—])+?"
_ITEMS = rf"(?P<list>{_ITEM}(?:{_JOIN}{_ITEM})+)"
_IN_A_ROW = (
    # "whats open for me an hellen", "What is outstanding for children's safeguarding, the IRO service and …"
    guarded(
        r"\b(?:open|outstanding|overdue|left|owed|owing|due|actions?|ones|items|list|everything|anything|summary)\s+"
        rf"(?:(?:still\s+)?(?:open|outstanding|overdue|left)\s+)?(?:for|of|against)\s+{_ITEMS}{_STOP}",
        re.I,
    ),
    # "what do kate mc, viv and the probation hostel in wolverhampton have", "what have mike and yos still got open"
    guarded(rf"^what\s+(?:do|does|have|has)\s+{_ITEMS}\s+(?:still\s+)?(?:have|got|owe|hold|left)\b", re.I),
    # "can i see mine and jo's open actions pls", "send me Viv's and the CRC's lists"
    guarded(
        rf"\b(?:see|have|get|show\s+me|send\s+me|pull(?:\s+up)?)\s+{_ITEMS}\s+(?:(?:open|outstanding|overdue|current)\s+)?"
        r"(?:actions|lists?|ones|items)\b",
        re.I,
    ),
    # "can I see ours and the crc's", "could we have mine and tony's": whose, written with "'s"
    guarded(
        rf"^(?:can|could|may)\s+(?:i|we)\s+(?:see|have|get)\s+(?P<list>{_ITEM}['’]s(?:{_JOIN}{_ITEM})+|"
        rf"{_ITEM}(?:{_JOIN}{_ITEM})*{_JOIN}{_ITEM}['’]s)\s*(?:please|pls)?\s*[?.!]*$",
        re.I,
    ),
    # "police, fire and the hospital - whats open", "SCR Sub + Viv + anne - open items?", "yos and mine whats open"
    guarded(
        rf"^(?!(?:what|which|any|can|could|please|pls|show|list|send|give)\b){_ITEMS}\s*(?:[-–—:,]\s*|\s+)"
        r"(?:what(?:['’]?s|\s+is|\s+are|\s+(?:have|do|does|has)\s+(?:we|they|you|he|she|them)\b)|"
        r"(?:any(?:thing)?\s+)?(?:still\s+)?(?:open|outstanding|overdue)|actions?|lists?)\b",
        re.I,
    ),
)
# "mine + pam's + cdop's?", "karen's list and mayada's pls", "mine n tabethas?": nothing but whose lists
_WORD = r"(?!(?:what|whats|which|who|any|open|outstanding|overdue|still)\b)[\w'’]+"
_A_FEW = rf"{_WORD}(?:\s+{_WORD}){{0,4}}?"
_WHOSE_ONLY = guarded(
    r"^(?!(?:what|which|who|any|anything|can|could|is|are|do|does|has|have|show|list|send|give|open|outstanding|"
    r"please|pls)\b)"
    rf"(?P<list>{_A_FEW}(?:{_JOIN}{_A_FEW})+)(?:\s+(?:please|pls|plz|thanks|thx|ta|too))*\s*[?.!]*$",
    re.I,
)
_CHAT_WORDS = frozenset(
    ("atm", "pls", "plz", "tbh", "fyi", "imo", "thx", "ta", "ty", "too", "btw", "yet", "asap", "eod")
)
_WHOSE_MARK = guarded(r"['’]s\b|s['’]|\b(?:mine|list|actions|ones)\b", re.I)
_WHERE = guarded(r"\s+(?:in|at|from)\s+\w+(?:\s+\w+)?$", re.I)  # "the probation hostel in wolverhampton"
_OURS = guarded(r"ours|us|our\s+(?:lot|ones|team|agency|side|list|actions)", re.I)
_WRITER = guarded(r"(?:me|mine|myself|my\s+(?:list|own|ones|actions)|i)", re.I)
_TAIL = r"(?:['’]s|s['’])?\s+(?:list|actions|ones)$"  # "cdop's list", "the West Mids PCC office list"
_LIST_TAIL = guarded(_TAIL, re.I)
_LIST_WORD = guarded(rf"{_TAIL}|^the\s+", re.I)
# What a body the board does not hold is called: "halesowen college", "the family court", "sandwell youth service"
_A_BODY = guarded(
    r"\b(?:college|school|academy|surgery|practice|court|service|trust|team|hospital|council|group|forum|society|"
    r"charity|centres?|project|office|unit|partnership|hostel|aid|mind|barnardo['’]?s|nspcc|ofsted)$",
    re.I,
)


def with_owners_in_a_row(
    found: Interpretation,
    message: str,
    resolve: Callable[[str], Resolution | None],
    writer: Callable[[], list[Owner]],
    near: Callable[[str], tuple[Person, ...]],
) -> Interpretation:
    """A list question's reading with every owner it names in a row, in place of those read before (a row read whole
    leaves none out, and reads nothing else as an owner); a message that is nothing but whose lists ("mine n
    tabethas?"), read as that list question."""
    if found.intent not in (Intent.LIST_ACTIONS, Intent.NONE):
        return found
    words = owners_in_a_row(message)
    row = enumerated(words[0], resolve, writer(), near, bodies_only=words[1]) if words else None
    if row is None:
        return found
    owners, ambiguous = tuple(row.owners), tuple(row.ambiguous)  # every owner it names: nothing else read as one
    if found.intent is Intent.NONE:
        return Interpretation(Intent.LIST_ACTIONS, owners=owners, ambiguous=ambiguous)
    return replace(found, owners=owners, ambiguous=ambiguous, guessed=False)


def owners_in_a_row(text: str) -> tuple[str, bool] | None:
    """The words of several owners a list question names in a row ("me, viv and the police", "mine + pam's +
    cdop's?"), and whether the message is nothing but them (then an owner the board does not hold is only a body
    named by what it is); None when it names none so."""
    whose = _WHOSE_ONLY.match(text.strip())
    if whose and len(text.split()) <= 12 and _WHOSE_MARK.search(text):
        return whose["list"], True
    for pattern in _IN_A_ROW:
        found = pattern.search(text)
        if found:
            return found["list"], False
    return None


def enumerated(
    words: str,
    resolve: Callable[[str], Resolution | None],
    writer: list[Owner],
    near: Callable[[str], tuple[Person, ...]],
    *,
    bodies_only: bool = False,
) -> Resolution | None:
    """Each owner of ``words`` read on its own (``resolve``: roster owners only); the writer for "me" or "mine"; a
    body or a name the board does not hold as an unknown owner. None unless every one is read, one at least is on the
    roster (then the words are surely owners) and there are several; ``bodies_only``: the one not held must be named
    by what it is ("the West Mids PCC office")."""
    whole = resolve(words)
    if whole is not None:  # "QA and Comms", "the policy procedures and practice group": one owner, its "and" too
        return whole if len(whole.owners) + len(whole.ambiguous) > 1 else None
    row = Resolution()
    on_roster = False  # or every one a body named by what it is ("the nursery forum and halesowen college")
    bodies = True
    parts = [_ASIDE.sub("", p).strip() for p in _SPLIT.split(words) if p and p.strip()]
    if any(len(part.split()) > 7 for part in parts):
        return None  # a clause, not an owner
    for part in parts:
        found = Resolution(list(writer)) if _WRITER.fullmatch(part) else _read_part(part, resolve)
        found = resolve("our agency") if _OURS.fullmatch(part) else found  # "ours and the crc's": the writer's
        if found is not None:
            row.add(found)
            on_roster = True
        elif _unheld(name := _LIST_TAIL.sub("", _RECIPIENT.sub("", part)), near, bodies_only=bodies_only):
            bodies = bodies and _A_BODY.search(_WHERE.sub("", name)) is not None
            row.add(Resolution([Owner("unknown", name, suggestions=near(name))]))
        else:
            return None
    return row if (on_roster or bodies) and len(row.owners) + len(row.ambiguous) > 1 else None


def _read_part(part: str, resolve: Callable[[str], Resolution | None]) -> Resolution | None:
    """One owner of a row on the roster: as written, without "list" ("cdop's list"), without whom it is for ("the
    CCG for Roger"), or each side of an "&" that is no part of a name ("police & fire")."""
    for words in (part, _LIST_WORD.sub("", part), _RECIPIENT.sub("", part)):
        found = resolve(words) if words else None
        if found is not None:
            return found
    sides = [resolve(side) for side in _AMPERSAND.split(part)] if "&" in part else []
    if not sides or not all(sides):
        return None
    both = Resolution()
    for side in sides:
        if side is not None:
            both.add(side)
    return both


_ASKS = re.compile(r"(?:can|could|would|will|may|please|pls|do|does|did|is|are)\b", re.I)


def _unheld(part: str, near: Callable[[str], tuple[Person, ...]], *, bodies_only: bool = False) -> bool:
    """Whether words in a row of owners name one the board does not hold: a body by what it is (where it is aside:
    "the probation hostel in wolverhampton"), a capitalised name, a first name, or a misspelt member ("hellen")."""
    words = part.split()
    if len(words) > 7 or any(ch.isdigit() for ch in part) or _ASKS.match(part):
        return False  # "Martine, can you print off the fire service actions": a question, never an owner
    if _A_BODY.search(_WHERE.sub("", part)):
        return True
    if bodies_only:
        return False
    short = len(words) == 1 and 2 <= len(part) <= 5 and part.isalpha() and part.lower() not in _CHAT_WORDS
    if short and not is_everyday_word(part.lower()):
        return True  # "health & wellbeing and wfd": a body's letters
    return names_an_owner(part) and bool(any(w[:1].isupper() for w in words) or is_first_name(words[0]) or near(part))
