"""An email-style signature block at the end of a message, cut before the message is read; and a letter's opening
salutation set off from what follows.

Formal Teams messages and pasted emails end with a sign-off on its own line and the writer's details under it:

    Kind regards,
    Richard

    DI Richard Fisher | Public Protection Unit | West Midlands Police
    07700 900 412

None of it is part of the request (an update's note, a task, a reason), and the names and agencies in it are the
writer's own, never an owner. What is cut: a sign-off line ("Kind regards,", "Thanks", "Best wishes, Viv") and the
short lines after it, and trailing contact lines ("… | West Midlands Police", a phone number, an email address). A
postscript ("PS can you also …"), a question, an action's reference or work ("Jo to send …") after the sign-off, or
a line too long for a signature, keeps everything.

The salutation ("Hi Martine" on a line of its own, or run into the request: "Hi Martine apologies for monday") is
ended with a comma, so the one written to is never read as the subject of what follows.
"""

from __future__ import annotations

import re

from bot.directory import Person
from bot.understanding.names import NameIndex
from bot.understanding.patterns import guarded

__all__ = ["with_salutation_set_off", "without_signature_block", "without_signed_name"]

_SIGN_OFF_LINE = guarded(
    r"^\s*(?:(?:with\s+)?(?:kind(?:est)?|best|warm(?:est)?|many)\s+(?:regards|wishes|thanks)|regards|best\s+wishes|"
    r"(?:many\s+)?thanks(?:\s+(?:again|all|so\s+much|in\s+advance))?|thank\s+you(?:\s+(?:all|kindly|so\s+much))?|"
    r"with\s+thanks|cheers|ta|best|all\s+the\s+best|speak\s+soon|yours(?:\s+sincerely|\s+faithfully)?)"
    r"\b[\s,.!]*(?:(?<=[\s,.!])(?-i:[A-Z][a-z'’-]+(?:\s+[A-Z][\w'’-]+)?))?[\s.!x]*$",
    re.I,
)
_CONTACT_LINE = guarded(
    r"\|\s*\S|\b0\d{2,4}\s?\d{3}\s?\d{3,4}\b|\+44\s?\d|\b[\w.+-]+@[\w-]+\.[\w.]+\b|^\s*(?:tel|mob|mobile|phone|t|m)\s*[:.]",
    re.I,
)
# A postscript, a question, an action's reference, or work ("Jo to send the report"): not a signature
_KEEPS = guarded(r"^\s*p\.?\s?s\b|\?|\bA-\d|(?<!PA )(?<!EA )(?<!assistant )\bto\s+(?-i:[a-z])", re.I)
# A line with a name alone ("Jo Forbes", "DI Richard Fisher"), and a post or an organisation under it ("Housing
# Options Manager, DMBC – Housing", "Chair, SCR Sub"): a signature without a sign-off.
_NAME_ONLY = guarded(
    r"^\s*(?:(?:DI|DS|DCI|Dr|Mr|Mrs|Ms|Cllr)\.?\s+)?(?-i:[A-Z][a-z'’-]+)(?:\s+(?-i:[A-Z])[\w'’-]+){1,2}\s*$"
)
_POST_LINE = guarded(
    r"\b(?:manager|head|director|lead|officer|chair|nurse|doctor|advis[eo]r|co-?ordinator|representative|rep|"
    r"principal|inspector|commander|consultant|chief|executive|deputy|assistant|PA|DMBC|council|trust|service|police|"
    r"CCG|NHS|probation|cafcass|school|college|board|unit|team|sub)\b",
    re.I,
)
_LONGEST_LINE = 8  # words in a signature's line ("Head of Safeguarding, Dudley Group NHS Foundation Trust")
_MOST_LINES = 6  # a sign-off's name, title, team, agency and contact lines


def _without_name_and_post(lines: list[str]) -> list[str]:
    """The lines without a trailing name line and the post or organisation lines under it (at most three)."""
    for index in range(len(lines) - 1, max(0, len(lines) - 5), -1):
        if not _NAME_ONLY.match(lines[index]):
            continue
        after = [line for line in lines[index + 1 :] if line.strip()]
        if after and all(_POST_LINE.search(line) and len(line.split()) <= _LONGEST_LINE for line in after):
            kept = lines[:index]
            return kept if any(any(ch.isalnum() for ch in line) for line in kept) else lines
        return lines
    return lines


# A letter's opening line: a greeting and who it is to ("Hi Martine", "Dear Roger,"), or a first name alone with a
# blank line under it ("Martine\n\nplease send …").
_SALUTATION_LINE = guarded(
    r"^(?P<to>[ \t]*(?:(?:hi|hiya|hey|hello|dear|(?:good\s+)?(?:morning|afternoon|evening))[ \t]+(?-i:[A-Z])[\w'’-]+"
    r"(?:[ \t]+(?-i:[A-Z])[\w'’-]+)?|(?-i:[A-Z][a-z'’-]+)(?=[ \t]*\r?\n[ \t]*\r?\n)))[ \t]*(?=\r?\n)",
    re.I,
)


# What opens a request or an apology after a salutation: never part of the name greeted ("Hi Martine Apologies …")
_OPENING = (
    r"(?:apolog\w*|apols?|sorry|can|could|would|will|please|pls|just|quick|thanks|thank|re|unfortunately|sadly|"
    r"afraid|i|im|i'm|i’m|we|action|update)\b"
)
# A greeting and who it is to, run into what follows: "Hi Martine apologies for monday", "Morning all apols for …",
# "Hi Martine McFadden apologies …" (a second name only before what opens the request: "Hi Martine Sally sends …"
# greets Martine); a name in lower case only so ("hi jo apologies …", "hey pam can you …").
_SALUTATION_RUN_ON = guarded(
    r"^(?P<to>\s*(?:hi|hiya|hey|hello|dear|(?:good\s+)?(?:morning|afternoon|evening))\s+"
    r"(?!(?:can|could|would|will|please|pls|just|quick|is|are|do|does|did|has|have|any|what|when|where|who|how|I|we|"
    r"you)\b)(?:(?:(?-i:[A-Z])[\w'’-]*|all|everyone|team|both)(?:\s+(?!" + _OPENING + r")(?-i:[A-Z])[\w'’-]+"
    r"(?=\s+" + _OPENING + r"))?|(?-i:[a-z][a-z'’-]+)(?=\s+" + _OPENING + r")))"
    r"(?=\s+(?:[a-z]|I\b|(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+here\b))",  # "Hi Martine Jo Forbes here, …"
    re.I,
)


def with_salutation_set_off(text: str) -> str:
    """The message with its opening salutation ended by a comma ("Hi Martine\n\nApologies from me …" is "Hi
    Martine,\n\nApologies …", "Hi Martine apologies for monday" is "Hi Martine, apologies …"), so that the one
    written to is never read as the subject of what follows ("Martine Apologies from me")."""
    if "\n" in text and _SALUTATION_LINE.match(text):
        return _SALUTATION_LINE.sub(r"\g<to>,", text, count=1)
    return _SALUTATION_RUN_ON.sub(r"\g<to>,", text, count=1)


def without_signature_block(text: str) -> str:
    """The message without its sign-off line and the signature under it, or without trailing contact lines."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    for index in range(len(lines) - 1, 0, -1):
        if not _SIGN_OFF_LINE.match(lines[index]):
            continue
        after = [line for line in lines[index + 1 :] if line.strip()]
        if len(after) <= _MOST_LINES and not any(
            _KEEPS.search(line) or len(line.split()) > _LONGEST_LINE for line in after
        ):
            lines = lines[:index]
        break
    while len(lines) > 1 and (not lines[-1].strip() or _CONTACT_LINE.search(lines[-1])):
        lines.pop()  # "DI Richard Fisher | West Midlands Police", "07700 900 412"
    lines = _without_name_and_post(lines)
    kept = "\n".join(lines).rstrip()
    return kept if any(ch.isalnum() for ch in kept) else text


def without_signed_name(message: str, writer: Person | None, names: NameIndex) -> str:
    """The message without the writer's own name signed at its end, after a stop or on a line of its own ("… urgent.
    Tony", "… by 12 june. ta, sally", "… anything else you need from me?\nHelen"), or after a comma when no other
    member has that first name ("apologies Monday, Sue" by Sue: hers; by one of two Karens, "…, Karen" may be the
    other, spoken to)."""
    if writer is None:
        return message
    first, *rest = writer.name.split()
    if not rest:
        return message
    last = rf"(?:\s+{re.escape(rest[-1])}|\s+{re.escape(rest[-1][0])}\.?)?"  # "… Karen P"
    thanks = r"(?:(?:ta|thanks|thx|cheers|many\s+thanks|thank\s+you)[\s,]+)?"  # "… by 12 june. ta, sally"
    if guarded(re.escape(first), re.I).search(message) is None:
        return message  # the first name is not written: nothing signed
    alone = not any(p.first_name.lower() == first.lower() for p in names.directory.members if p.id != writer.id)
    comma = r"|\s*,\s+" if alone else ""
    signed = rf"(?:(?P<end>[.!?])\s+|\s*\n\s*|\s+[–—-]\s+{comma}){thanks}{re.escape(first)}{last}[\s.!x]*$"
    found = guarded(signed, re.I).search(message)  # the name is a piece the check looks for first
    return message[: found.start()] + (found["end"] or "") if found else message  # "… from me?\nHelen": signed
