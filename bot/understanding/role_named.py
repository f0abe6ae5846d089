"""Roles and posts written with or instead of a name. A first name several members share is told apart by the role
written with it ("karen the lay advisor", "Roger, our chair"): the roster's role is a verified signal, and a role
nobody of that name holds, or several do, tells nobody. A post the roster does not list ("the LADO") names nobody."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.directory import Person
from bot.understanding.agency_asides import with_agency_asides_read
from bot.understanding.names import NameIndex
from bot.understanding.patterns import guarded

__all__ = [
    "POST_AND_NAME", "POST_THEN_NAME", "POST_WITH_NAME", "UNLISTED_POST", "named_with_role", "written_whole",
]  # fmt: skip

_ROLE_WORDS = {
    "lay advisor": "lay advisor", "lay adviser": "lay advisor", "lay member": "lay advisor", "chair": "chair",
    "business manager": "manager", "board manager": "manager",
}  # fmt: skip
_NAME_AND_ROLE = guarded(
    rf"^(?P<name>[A-Za-z][\w'’-]*),?\s+(?:the|our)\s+(?P<role>{'|'.join(_ROLE_WORDS)})$", re.IGNORECASE
)


def named_with_role(text: str, candidates: Callable[[str], Sequence[Person]]) -> Person | None:
    """The one member of the name written who holds the role written with it; None otherwise."""
    found = _NAME_AND_ROLE.match(text)
    if found is None:
        return None
    role = _ROLE_WORDS[found["role"].lower()]
    holding = [p for p in candidates(found["name"]) if p.role.value == role]
    return holding[0] if len(holding) == 1 else None


# "the LADO", "our designated nurse", "the named GP": a post the roster does not list, so a person the assistant
# asks about (an unknown owner, as written), never a member guessed from it.
UNLISTED_POST = guarded(
    # "the CCG's designated nurse", "the college's new designated lead": a post of an agency, named with a person
    r"^(?:(?:the|our|your|their|a)\s+)?(?:(?!(?:s?he|it|that|there|who|what|where)['’])[\w&]+['’]s\s+)?"
    r"(?:new\s+|interim\s+|acting\s+|deputy\s+|local\s+)?(?:"
    r"LADO|IRO|DSL|DDSL|SENCO|PSW|"
    # "our DI", "the police DCI": a rank alone names nobody on the roster
    r"(?:police\s+)?(?-i:DI|DS|DCI|DCS|DC|PC|PCSO)|"
    # "the primary heads rep": a rep of something the roster does not name (a rep it names is its members)
    r"(?-i:[a-z]+)(?:\s+(?-i:[a-z]+)){0,2}\s+(?:rep|representative)|"
    r"(?:designated|named)\s+(?:safeguarding\s+)?(?:nurse|doctor|GP|midwife|paediatrician|professional|teacher|"
    r"person|lead|officer|senior\s+lead)|"
    r"(?:school|practice)\s+nurse|health\s+visitor|midwife|paediatrician|social\s+worker|"
    r"principal\s+social\s+worker|head\s?teacher|(?:deputy\s+)?head\s+of\s+(?:school|year)|"
    r"(?:team|service|practice|safeguarding|performance|data|training)\s+(?:manager|officer|coordinator|analyst)|"
    r"local\s+authority\s+designated\s+officer|independent\s+reviewing\s+officer|(?:[a-z]+\s+)?team\s+lead(?:er)?)$",
    re.I,
)
# "our new named nurse, Gemma Price", "Rob Kent, the LADO": the person, the post only saying who they are.
POST_AND_NAME = guarded(
    r"^(?:(?P<post>[^,–—]+?)\s*[,–—]\s*(?P<name>[^,–—]+)|(?P<before>[^,–—]+?)\s*[,–—]\s*(?P<after>[^,–—]+))$"
)
# "our school nurse Janet Cole", "the CCG's designated nurse Lisa Prince": the person, named after their post.
POST_THEN_NAME = guarded(
    r"^(?:(?:the|our|their|your)\s+)?(?:[\w&]+['’]s\s+)?(?P<post>.+?)\s+(?P<name>(?-i:[A-Z][a-z'’-]+)(?:\s+(?-i:[A-Z][a-z'’-]+)){1,2})$"
)
# "the CSP manager, Steve Ward", "our PPU DI, Gary Moss", "our station manager Bill Hart": any post, when a person's
# name is written with it (the name says who it is; the post only describes them)
_POST_NOUN = (
    r"(?:manager|officer|lead|co-?ordinator|advis[oe]r|nurse|doctor|GP|inspector|sergeant|superintendent|commander|"
    r"director|head|analyst|worker|practitioner|consultant|clinician|paediatrician|(?-i:DI|DS|DCI|DCS|DC|PC|PCSO)|"
    r"deputy|PA|assistant|administrator|specialist|supervisor|teacher|principal|SENCO|DSL|midwife|visitor)"
)
POST_WITH_NAME = guarded(
    r"^(?:(?:the|our|your|their|a|an)\s+)?(?:[\w&]+['’]s\s+)?(?:new\s+|interim\s+|acting\s+)?(?:[\w&/'’-]+\s+){0,3}?"
    rf"{_POST_NOUN}$",
    re.I,
)
# "our head of service Dawn Mills has asked me …", "our DSL Amy Cole sends her apologies", "my station manager Dave
# Ellery instead": the post before a full name who is away or stands in (never "our new service manager, Louise Kent,
# starts on 1 June": news of the post)
_POST_BEFORE_NAME = guarded(
    r"\b(?:our|my|the|their|his|her)\s+(?:new\s+|interim\s+|acting\s+)?"
    r"(?:(?!(?:our|my|the|their|his|her)\b)[\w&/'’]+(?:-[\w&/'’]+)*\s+){0,3}?"
    rf"(?:{_POST_NOUN}|head\s+of\s+[\w&]+)\s*,?\s+(?=(?-i:[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+)\s*,?\s+"
    r"(?:has\s+asked|asked|sends?|sent|can['’]?t|cannot|won['’]?t|will\s+not|is\s+unable|isn['’]?t\s+able|has\s+sent|"
    r"gives?|instead|in\s+my\s+place|on\s+my\s+behalf|"
    r"(?:will|to|can|could|would)\s+(?:attend|come|go|represent|deputise|cover|stand\s+in|sit\s+in))\b)",
    re.I,
)


def written_whole(text: str, names: NameIndex) -> str:
    """The text with each name read whole: the commas inside a group's or agency's own name left out ("reassign to the
    Policy, Procedures & Practice group": one owner, never a list cut at its comma), and a post written just before a
    person's full name left out, the name saying who it is ("our head of service Dawn Mills has asked me to send her
    apologies": Dawn Mills's, never the writer's), and a member's agency in brackets read with their name ("Nicola
    (Cafcass)": Nicola Campbell)."""
    units = [g.name for g in names.directory.groups] + [a.name for a in names.directory.agencies]
    for name in (u for u in units if "," in u):
        written = r"\s*,\s*".join(re.escape(part.strip()) for part in name.split(","))
        text = re.sub(written, name.replace(",", ""), text, flags=re.I)
    return _with_possessives_marked(with_agency_asides_read(_POST_BEFORE_NAME.sub("", text), names), names)


# "karen jacksons open actions?": a full name with "s" and no apostrophe, before what it owns
_UNMARKED_WHOSE = guarded(
    r"\b(?P<name>[A-Za-z][\w'’-]+\s+[A-Za-z][\w'’-]+)s\s+(?=(?:open\s+|outstanding\s+|overdue\s+|current\s+)?"
    r"(?:actions?|list|stuff|items|ones|bits)\b)",
    re.I,
)


def _with_possessives_marked(text: str, names: NameIndex) -> str:
    """A member's full name given its apostrophe where it owns what follows ("karen jacksons open actions": Karen
    Jackson's); a name merely misspelt with an "s" ("Anne Harriss to check …") is left for the owners to ask about."""
    return _UNMARKED_WHOSE.sub(
        lambda m: (
            f"{m['name']}'s " if names.exact_member(m["name"]) and not names.is_exact_name(m[0].strip()) else m[0]
        ),
        text,
    )
