"""Others away too, told beside an apology: "apols for the 10th from me - Pam is away that week, Zala too", "Helen
also can't make it", "Anne Harris can't make it either", "ditto sally, shes on the PIP course", "same for Chris B",
"Also passing on apologies from Jayne", "… from Gareth Lloyd and from me too", "please remove Pam's apologies as well
as mine", "I can make monday after all. Sally too".

Each one so named is added to the apology (or to its withdrawal) beside whoever the message sends it for; never the
one standing in ("Helen will come and cover"), never anyone said to be coming ("Mike and Jo will both be there").
A name the roster does not hold is asked about, as everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.understanding.absence_words import ADDRESSEE
from bot.understanding.apology_lists import absentee
from bot.understanding.interpretation import Intent, Interpretation, Owner
from bot.understanding.owners import OwnerResolver, Resolution
from bot.understanding.patterns import guarded

__all__ = ["others_away_too", "without_others_too"]

_NOT_A_NAME = (
    r"(?!(?:I|we|you|he|she|they|it|this|that|there|everyone|everybody|all|both|the|and|also|plus|sorry|so|but|"
    r"ditto|same|apologies|apols|thanks|cheers|me|mine|my|our|us|neither|nor|not|no|one|nobody|none|who|which|"
    r"monday|tuesday|wednesday|thursday|friday|mon|tue|wed|thu|fri)\b)"
)
_WHO = rf"(?P<who>{_NOT_A_NAME}[A-Za-z][\w'’-]*(?:\s+{_NOT_A_NAME}(?:[A-Za-z]\b\.?|mc\b|(?-i:[A-Z])[\w'’-]+))?)"
_START = r"(?:^|[.,;:!?–—-]\s*|\b(?:and|so|plus|also|but)\s+)"
_AWAY = (
    r"(?:can['’]?t|cannot|can\s+not|won['’]?t|wont|isn['’]?t|is\s+not|not|unable|out|away|off|on\s+leave|sends?|"
    r"sending|(?:has|have)\s+(?:sent|to\s+send))\b"
)
# "Helen also can't make it", "mike g also out", "Merlin is also unable to attend"
_ALSO_AWAY = guarded(rf"{_START}{_WHO}(?:['’]s|\s+is|\s+has|\s+will)?\s+(?:also|too)\s+(?:be\s+)?{_AWAY}", re.I)
# "Anne Harris can't make it either", "Karen P can't come either"
_EITHER = guarded(
    rf"{_START}{_WHO}(?:['’]s|\s+is|\s+has|\s+will)?\s+(?:can['’]?t|cannot|won['’]?t|wont|isn['’]?t|is\s+not|"
    r"unable|not\s+able|(?:be\s+)?(?:away|off|out))\b[^.!?;,]{0,40}?\beither\b",
    re.I,
)
# "Pam is away that week, Zala too", "tony's away too", "Su as well"
_TOO = guarded(
    rf"{_START}{_WHO}(?:(?:['’]s|\s+is|\s+has)?\s+(?:away|off|out|on\s+leave)(?:\s+that\s+(?:day|week))?)?\s+"
    r"(?:too|as\s+well|aswell)\b(?=\s*(?:[,.;:!?–—-]|$|\s+(?:as|because|since|cos|she|he|her|his)\b))",
    re.I,
)
# "helen is stuck on a recruitment panel too", "Jo's on a course too": busy elsewhere as well
_BUSY_TOO = guarded(
    rf"{_START}{_WHO}(?:['’]s|\s+is|\s+has)\s+(?:also\s+)?(?=[^.,;:!?]{{0,40}}?\b(?:stuck|tied\s+up|booked|busy|court|"
    r"course|conference|training|holiday|leave|sick|ill|poorly|clash|inspection|hearing|panel)\b)[^.,;:!?]{1,50}?\s+"
    r"(?:too|as\s+well|aswell)\b",
    re.I,
)
# "ditto sally", "same for Chris Balinger", "same goes for Viv"
_DITTO = guarded(rf"\b(?:ditto(?:\s+for)?|same\s+(?:for|goes\s+for|with|applies\s+to))\s+{_WHO}", re.I)
# "Also passing on apologies from Jayne", "and apols from Viv"
_PASSED_ON = guarded(
    r"\b(?:also|and|plus)\s+(?:(?:passing\s+on|sending|forwarding|with|please\s+(?:add|record|note))\s+)?(?:the\s+)?"
    rf"(?:apolog\w*|apols)\s+(?:from|for|of)\s+{_WHO}",
    re.I,
)
# "Apologies for Monday please from Gareth Lloyd (our DCVS trustee) and from me too"
_FROM_BOTH = guarded(rf"\bfrom\s+{_WHO}\s*(?:\([^()]*\)\s*)?,?\s*and\s+(?:also\s+)?from\s+me\b", re.I)
# "I'm on for July and Sue sends apologies", "…, Richard sends his apols though": their own, sent by them
_SENDS = guarded(
    rf"{_START}{_WHO}\s+(?:also\s+)?(?:sends|sent|has\s+sent|is\s+sending|passes\s+on)\s+(?:(?:his|her|their)\s+)?"
    r"(?:apolog\w*|apols|regrets)\b",
    re.I,
)
_PATTERNS = (_ALSO_AWAY, _EITHER, _TOO, _BUSY_TOO, _DITTO, _PASSED_ON, _FROM_BOTH, _SENDS)
# "I'm on for July", "I'll be there": the writer comes, so the apology is only the others'
_I_COME = guarded(
    r"\bI(?:['’]m|\s+am)\s+(?:still\s+)?(?:on\s+for|coming|going(?!\s+to\s+(?:be|have|miss)\b)|attending|there)\b|"
    r"(?<!\bnor\s)(?<!\bneither\s)\bI(?:['’]ll|\s+will|\s+can)\s+(?:still\s+)?(?:be\s+there|make\s+it|come|attend)\b",
    re.I,
)
# "cant do the workshop sorry. ditto sally": the writer's own absence, said first
_I_AM_AWAY = guarded(
    r"^\W*(?:(?:sorry|hi|hiya|morning|afraid|unfortunately)\W+)*(?:I\s+|i\s+)?(?:can['’]?t|cannot|won['’]?t|wont|"
    r"can\s+not|am\s+not\s+able\s+to|(?:I['’]m|im|I\s+am)\s+(?:not\s+able\s+to|unable\s+to))\s+(?:make|do|come|"
    r"attend|be\s+(?:at|there))\b",
    re.I,
)
# "… and from me too", "Pam's apologies as well as mine", "same for me", "I can't either": the writer as well
_ME_TOO = guarded(
    r"\b(?:and\s+)?from\s+me\s+(?:too|as\s+well)\b|\bas\s+well\s+as\s+(?:mine|me|my\s+own)\b|\bsame\s+(?:for|goes\s+"
    r"for)\s+me\b|(?:^|[.,;:!?–—-]\s*|\band\s+)(?:I|me)\s+(?:too|as\s+well)\b|\bI\s+(?:can['’]?t|cannot|won['’]?t)\s+"
    r"(?:\w+\s+){0,3}?either\b",
    re.I,
)
# "Helen will come and cover", "Mike and Jo will both be there": coming, never away
_COMING = guarded(
    r"\b(?:will|['’]ll|can|is|are)\s+(?:now\s+|both\s+|also\s+)*(?:come|coming|attend|attending|go|going|be\s+there|"
    r"cover|covering|chair|chairing|deputi[sz]e|stand\s+in|sit\s+in)\b",
    re.I,
)


_STATES = (_ALSO_AWAY, _TOO, _BUSY_TOO)
_STATE = guarded(
    r"\b(?:away|off|out|leave|stuck|tied|booked|busy|course|conference|training|holiday|court|panel)\b", re.I
)
_NOT_COMING = guarded(r"\b(?:can['’]?t|cannot|can\s+not|won['’]?t|wont|isn['’]?t|not|unable)\b", re.I)
_NEITHER_OF_US = guarded(
    r"\b(?:neither|none)\s+of\s+us\b|\bboth\s+of\s+us\s+(?:are|will\s+be)\s+(?:away|out|off)\b", re.I
)
_CLAUSE_END = guarded(r"[,.;:!?–—]|\s-\s")


def _named(text: str) -> list[str]:
    """The names said to be away too, in order; never a colleague only said to be away or busy ("Tabetha's on leave
    too": noted, never their apology, as the board's convention has it)."""
    found: list[tuple[int, str]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            said = text[match.end("who") : match.end()]
            if pattern in _STATES and _STATE.search(said) and not _NOT_COMING.search(said):
                continue
            clause = _CLAUSE_END.search(text, match.end())
            coming = _COMING.search(text, match.end("who"), clause.start() if clause else len(text))
            if pattern in (_TOO, _BUSY_TOO, _DITTO) and coming:
                continue  # "Jo is coming too", "ditto Helen who will chair": never the one who comes
            found.append((match.start("who"), re.sub(r"['’]s$", "", match["who"])))
    return [name for _, name in sorted(found)]


def without_others_too(text: str) -> str:
    """The message without the clauses that name others away too ("police apols for 10 july. same for Sally"): what
    the rest says of whose apology it is, read before those others are added."""
    for pattern in _PATTERNS:
        text = pattern.sub(lambda found: found[0][: found.start("who") - found.start()], text)
    return text


def others_away_too(
    found: Interpretation, text: str, owners: OwnerResolver, named_in: Callable[[str], Resolution]
) -> Interpretation:
    """The apology (or its withdrawal) with everyone the message says is away too added to its owners (``named_in``:
    the owners a text names, for "neither of us" beside the one other member named)."""
    if found.intent not in (Intent.APOLOGY, Intent.WITHDRAW_APOLOGY):
        return found
    writer, added, ambiguous = owners.writer, list(found.owners), list(found.ambiguous)
    known = {(o.kind, o.id, o.name) for o in added}
    too: set[tuple[str, int | None, str]] = set()  # the owners the "too" clauses name
    for name in _named(text):
        named = absentee(name, owners)
        if named is None or any(o.name == found.representative for o in named.owners):
            continue
        too |= {(o.kind, o.id, o.name) for o in named.owners}
        for owner in named.owners:
            if owner.kind in ("member", "unknown") and (owner.kind, owner.id, owner.name) not in known:
                added.append(owner)
                known.add((owner.kind, owner.id, owner.name))
        ambiguous += [d for d in named.ambiguous if d not in ambiguous]
    if writer is not None and found.intent is Intent.APOLOGY and _NEITHER_OF_US.search(text):
        others = [
            o
            for o in named_in(ADDRESSEE.sub("", text)).owners
            if o.kind == "member" and o.id != writer.id and o.name != found.representative
        ]  # "Viv's had to go into a MAPPA meeting … and I'm in court, so neither of us will get to the panel"
        if len(others) == 1 and ("member", others[0].id, others[0].name) not in known:
            added.append(others[0])
            known.add(("member", others[0].id, others[0].name))
            too.add(("member", others[0].id, others[0].name))
    only_too = not found.ambiguous and all((o.kind, o.id, o.name) in too for o in found.owners)
    mine = _ME_TOO.search(text) or (only_too and _I_AM_AWAY.match(text))  # "can't do mon sorry, ditto remley"
    if writer is not None and mine and ("member", writer.id, writer.name) not in known:
        added.append(Owner("member", writer.name, writer.id))
    besides = len(added) > 1 or len(ambiguous) > len(found.ambiguous)  # someone else's apology told too
    coming = found.intent is Intent.APOLOGY and _I_COME.search(text)
    if writer is not None and besides and not mine and coming:
        added = [o for o in added if o.id != writer.id or o.kind != "member"]  # only the writer's, by default, before
    if tuple(added) == found.owners and len(ambiguous) == len(found.ambiguous):
        return found
    return replace(found, owners=tuple(added), ambiguous=tuple(ambiguous))
