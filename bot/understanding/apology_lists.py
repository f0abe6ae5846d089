"""Several people's apologies in one list: "apols for mon: Tabetha (BCPFT), Nicki (DCVS)", "july board apols - pam,
zala, tabetha", "Apologies for the workshop:" over a bulleted list. Each one named is read on its own; a list with
anyone in it that names nobody is left to the other readings (then asked about, never guessed)."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.understanding.interpretation import Owner
from bot.understanding.name_words import OPENING_WORDS, is_everyday_word
from bot.understanding.names import names_someone
from bot.understanding.owners import OwnerResolver, Resolution
from bot.understanding.patterns import guarded
from bot.understanding.resolution import each
from bot.understanding.stand_ins import unlisted_name

__all__ = ["LISTED", "absentee", "apology_list", "someone_from", "theirs_named_before"]

# the apology heading, then the list after a colon, a spaced dash or a line break
_HEAD = guarded(
    r"^(?:[^\n:]{0,80}?[,.!?]\s*)?(?P<head>[^\n:,]{0,60}?\b(?:apolog(?:ies|y)|apols|(?:can['’]?t|cannot|won['’]?t)\s+"
    r"(?:come|make\s+it|attend|be\s+there))\b[^\n:,–—-]{0,60}?)"
    r"(?:\s+from(?:\s+the\s+following)?)?\s*(?::|\s[-–—]\s|\s*\n|"
    # "police apols for july board. Sally's on leave and i'm at the force review too": a sentence that lists them
    r"\.\s+(?=(?-i:[A-Z])[a-z]+(?:['’]s|\s+(?:is|has)\b)\s+(?:on|off|away|at|in|got|a)\b))\s*(?P<list>\S.*)$",
    re.I | re.S,
)
# "lots of apologies coming in for Monday: Anne is …": after the apology word, a list of those away
LISTED = guarded(r"[^\n:.?!]{0,60}?(?::|\s[-–—]\s)\s*(?-i:[A-Z])[a-z]", re.I)
_PARAGRAPH = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"(?<=[\w)])[.!]\s+(?!also\b|plus\b)", re.I)
_BULLET = re.compile(r"^\s*(?:[-•*·–]|\d+[.)])\s*")
_ITEM_SPLIT = re.compile(r"\s*(?:\n|[,;]|\.\s+(?=also\b|plus\b))\s*", re.I)
_LEAD = re.compile(r"^(?:also|plus|and|&)\s+", re.I)
# "merlin chairing", "Dean Pritchard attending instead": whoever goes in their place, read as the stand-in elsewhere
_STANDS_IN = guarded(
    r"\b(?:chairing|attending|to\s+attend|will\s+(?:attend|cover|deputise|go|come)|covering|deputising|instead|"
    r"in\s+(?:her|his|their|my)\s+place|on\s+(?:her|his|their|my)\s+behalf|sending)\b",
    re.I,
)
_ASIDE = re.compile(r"\s*\([^)]*\)")
_AND = re.compile(r"\s+(?:and|&|\+)\s+", re.I)
_NAMED_FIRST = re.compile(r"^[^()]{1,40}\([^)]*\)")
# words that end a list: thanks, a sign-off, or a sentence of its own ("No deputies I'm afraid")
_SAID = re.compile(r"\b(?:thanks|thank|cheers|regards|ta|many|I|we|no|not|none|nobody|sorry|afraid)\b|['’]", re.I)
_MINE = re.compile(r"\b(?:from|for)\s+(?:me|myself)\b|\bmy\s+(?:own\s+)?(?:apolog|apols)", re.I)
_I = re.compile(r"I|me|I['’]m|im|I\s+am", re.I)
_MY_PLAN = re.compile(r"I(?:['’]ll|\s+will|\s+shall|\s+can|\s+could|['’]d|\s+would)\s+(?!not|be\s+away)", re.I)
_OWN_SENTENCE = re.compile(r"(?:I|we)(?:['’](?:ll|m|ve|d)|\s+(?:will|am|have|shall|would|can))\b", re.I)
_STAND_IN_CUT = re.compile(r"\s+[-–—]\s+|:\s*")
# "Mayada is on annual leave", "Richard's off", "Julie has an inspection": the one away, then why
_WHY = guarded(
    r"(?:['’]s|\s+(?:is|are|has|have|had|was|were|will|won['’]?t|wont|can['’]?t|cant|cannot|couldn['’]?t|isn['’]?t|"
    r"off|away|on\s+leave|at|in)\b)(?=\s+\S)",
    re.I,
)
_PRONOUN = re.compile(r"I|we|they|he|she|it|this|that|there|everyone|all", re.I)
_TOO = re.compile(r"\s+(?:too|as\s+well|aswell|also|ditto)$", re.I)  # "Pam is away, Jo too"


def _masked(text: str) -> str:
    """The text with what is in brackets blanked out, so that a split never falls inside them ("(H&WB)")."""
    return re.sub(r"\([^)\n]*\)", lambda m: "(" + "x" * (len(m[0]) - 2) + ")", text)


def _items(written: str) -> list[str]:
    """The list's items, without bullets or a leading "also"."""
    written = _PARAGRAPH.split(written, maxsplit=1)[0]
    masked = _masked(written)
    end = _SENTENCE_END.search(masked)
    if end and "\n" not in masked[: end.start()]:  # "pam, zala. Thanks": a one-line list ends with its sentence
        written, masked = written[: end.start()], masked[: end.start()]
    items, start = [], 0
    for cut in _ITEM_SPLIT.finditer(masked):
        items.append(written[start : cut.start()])
        start = cut.end()
    items.append(written[start:])
    return [_LEAD.sub("", _BULLET.sub("", item)).strip(" .!") for item in items]


def absentee(item: str, owners: OwnerResolver) -> Resolution | None:
    """Whom one item names: a member, an agency, the writer, or a person not on the roster named in full."""
    item = _STAND_IN_CUT.split(item, maxsplit=1)[0]  # "Julie Winpenny (Fire) – Dean Pritchard will attend": Julie
    found = owners.phrase(item, allow_unknown=False, subject=True)
    if found:
        return found
    bare = _TOO.sub("", _ASIDE.sub("", item).strip())
    if bare != item.strip():
        return absentee(bare, owners)
    if unlisted_name(bare, owners) is not None:  # "Steve Newbold (West Mids Ambulance)", "Tony Oakmen": asked about
        return owners.phrase(bare, subject=True)
    parts = _AND.split(bare)
    if len(parts) > 1:  # "Tony Oakmen and Remley Mann": each on its own
        return each(parts, lambda part: absentee(part, owners))
    why = _WHY.search(bare)
    who = bare[: why.start()] if why is not None else ""
    if _I.fullmatch(who) and owners.writer is not None and not _MY_PLAN.match(bare):  # "… and I have the …"
        return Resolution([Owner("member", owners.writer.name, owners.writer.id)])
    if who and len(who.split()) <= 3 and not _PRONOUN.fullmatch(who):
        return absentee(who, owners)  # "Mayada is on annual leave": Mayada
    return None


def apology_list(text: str, owners: OwnerResolver) -> Resolution | None:
    """Everyone a list of apologies names, when it names two or more and each of them is read; else None."""
    found = _HEAD.match(text.strip())
    if found is None:
        return None
    named = Resolution()
    agencies_of: set[int] = set()  # "Kate McConnell, CRC": the agency she is from, never a second absentee
    count, ended = 0, False
    for item in _items(found["list"]):
        if item.lower() == "i":
            return None  # "apologies for July - I, …": a sentence the stand-in was taken out of, never a list
        if not item or (_STANDS_IN.search(_ASIDE.sub("", item)) and not _STAND_IN_CUT.search(item)):
            continue  # "merlin chairing": the stand-in, read as one elsewhere
        named_first = _NAMED_FIRST.match(item)  # "Annette Callear (Early Years) No deputies I'm afraid": the line
        one = absentee(item, owners)  # (or the name first, when the line runs on into the next)
        one = one or (absentee(named_first[0], owners) if named_first else None)
        if one is None:
            if (count >= 2 and _SAID.search(item)) or (count and _OWN_SENTENCE.match(item)):
                ended = True  # "…, Julie W. Thanks", "… no deputies I'm afraid", "…, I'll chase the rest": over
                break
            return None
        if named_first and item != named_first[0] and _SAID.search(item[named_first.end() :]):
            named.add(one)
            count += 1
            break
        if all(o.kind == "agency" and o.id in agencies_of for o in one.owners) and not one.ambiguous:
            continue
        for owner in one.owners:
            member = owners.names.directory.member(owner.id) if owner.kind == "member" and owner.id else None
            if member is not None and member.agency_id is not None:
                agencies_of.add(member.agency_id)
        named.add(one)
        count += 1
    if len(named.owners) + len(named.ambiguous) < (1 if ended else 2):
        return None
    writer = owners.writer
    if writer is not None and _MINE.search(found["head"]):  # "apols for the 10th from me - Pam is away, Zala too"
        named.owners.insert(0, Owner("member", writer.name, writer.id))
    return named


# "the SCR Sub will be at a learning review … so apols from all of them": whoever was named before, never the writer
_FROM_THEM = guarded(
    r"\b(?:apolog\w*|apols)\s+(?:from|for)\s+(?:all\s+(?:of\s+)?them|them(?:\s+all)?|both\s+of\s+them|"
    r"(?:the\s+(?:whole\s+)?lot|each)\s+of\s+them)\b|\btheir\s+(?:apolog\w*|apols)\b",
    re.I,
)


def theirs_named_before(text: str, owners: OwnerResolver, named_in: Callable[[str], Resolution]) -> Resolution | None:
    """Whose apologies "apols from all of them" sends: those named before it, when none is the writer (else nobody, to
    be asked); None when the apology is not sent for "them"."""
    them = _FROM_THEM.search(text)
    if them is None:
        return None
    named = named_in(text[: them.start()])
    writer = owners.writer
    mine = writer is not None and any(o.kind == "member" and o.id == writer.id for o in named.owners)
    return Resolution() if mine else named


def someone_from(who: str) -> bool:
    """Whether what "apologies from …" names is someone, if not understood: a person's name ("Dave Smith", "bob") or
    one word that is no everyday word ("tabbie", a nickname the roster does not hold)."""
    words = who.split()
    if names_someone(who):
        return True
    return len(words) == 1 and words[0].isalpha() and not (is_everyday_word(who) or who.lower() in OPENING_WORDS)
