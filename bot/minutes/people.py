"""One attendance entry read as a person: whether the text is a person's name at all, and what comes with it.

Minutes list people as "Jane Roe (Police)", "Jane Roe – Designated Nurse, Northshire CCG", "Dr Jane Roe (JR)",
"C SMITH" or "Jane Roe, representing Probation". A person is only made from text that looks like a person's
name: two to five name words (an initial counts), no word that belongs to an organisation or a job ("Foundation
Trust", "Board)", "Item" are never people). Titles are dropped and upper-case names take ordinary capitals, so
that "DCI JANE ROE" and "Jane Roe" are the same member.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TITLES = re.compile(
    r"^(?:(?:d/(?:ch/)?(?:supt|insp|sgt|c?i)|cllr|councillor|dr|mr|mrs|ms|miss|mx|prof|professor|rev|revd|reverend|"
    r"sir|dame|lady|lord|dci|di|ds|dc|dsupt|det|detective|supt|superintendent|ch|chief|insp|inspector|sgt|"
    r"sergeant|pc|acc|cc|canon|father|fr|imam|rabbi|pastor|archdeacon|"
    r"stn\.?\s+mgr|grp\.?\s+mgr|sm|gm|wm|acfo|dcfo|cfo)\.?\s+)+",  # fire service ranks: "Stn Mgr", "SM", "GM"
    re.I,
)


# Words of organisations, jobs and minutes furniture: a name made of them is not a person's.
def words_of(text: str) -> frozenset[str]:
    """The distinct words of a text: a vocabulary written as prose."""
    return frozenset(text.split())


_NOT_NAME_WORDS = words_of(
    """
    trust foundation council board service services police nhs ccg group partnership team authority department
    directorate safeguarding children childrens children's adults adult health care hospital hospitals university
    college school schools academy probation cafcass housing fire rescue ambulance commissioning clinical borough
    county city metropolitan independent chair chairman chairperson manager officer director head lead nurse
    doctor designated named representative representing member members minutes item agenda action actions
    apologies apology present attendance vice deputy assistant mental community voluntary sector unit business
    social education public primary secondary lay advisor adviser governor governors ltd cic lscb lscbs lsab sab
    scb crc nps dwp and of for the on in at to by with from as also not none nil date time venue meeting page
    office centre center agency agencies organisation organization partner partners network forum panel sub
    subgroup sub-group committee executive strategic operational quality assurance performance review serious
    case audit audits report reports annual plan programme project trainer training coordinator co-ordinator
    administrator admin minute taker secretary clerk observer guest presenter consultant principal practitioner
    specialist senior junior interim acting commissioner inspectorate ofsted cqc wmp gmp met constabulary force
    division directorate district region regional national local west east north south midlands county-wide
    youth offending justice prison prisons court courts magistrates legal solicitor services' welfare support
    family families early help multi-agency mash lado reviewing iro designate corporate parenting commissioner
    healthcare primary-care pct mental-health gp gps dentist pharmacy paediatrician paediatric midwife midwifery
    visitor visiting drug alcohol substance misuse domestic violence abuse homeless homelessness registered
    charity charities church diocese faith mosque sport sports leisure library libraries transport
    people young person persons holder portfolio children's adults' carers carer users user residents
    homes mencap concern healthwatch barnardo's barnardos nspcc cvs uk age relate samaritans shelter refuge
    women's womens aid victim victims support mind scope sense turning point addaction
    chairs co-chairs vice-chairs joint churches together council's association associates trustees
    psychiatrist psychologist therapist counsellor surgeon physician paediatrics psychiatry child adult baby infant
    """
)
_ALSO_SURNAMES = words_of("west east north south head lead church court page case nurse temple")
_PARTICLES = frozenset({"de", "van", "von", "der", "den", "da", "le", "la", "du", "di", "del", "bin", "ap", "al"})
_NAME_WORD = re.compile(r"^[A-Z][A-Za-z]*(?:['-][A-Za-z]+)*$")
_INITIAL = re.compile(r"^[A-Z]\.?$|^(?:[A-Z]\.){2,3}$")
_VOWEL = re.compile(r"[AEIOUYaeiouy]")


@dataclass(frozen=True, slots=True)
class NamePart:
    """A person's name as the minutes write it, without its title, and the initials the minutes give them."""

    name: str
    initials: str | None = None


def strip_title(text: str) -> str:
    """ "Dr Jane Roe" -> "Jane Roe"; a title alone stays as written."""
    stripped = _TITLES.sub("", text.strip())
    return stripped if stripped.strip() else text.strip()


HONOURS = (  # letters after a name: honours, degrees, registrations
    r"(?:OBE|MBE|CBE|DBE|KBE|QPM|KPM|QFSM|DL|JP|FRCP|FRCPCH|FRCPsych|MRCGP|"
    r"MRCPCH|MBChB|MBBS|BSc|MSc|MA|BA|PhD|RGN|RMN|RN|RSCN|RHV|DipSW|CQSW)"
)
_HONOURS = re.compile(rf"(?:,?\s+{HONOURS})+$")


def person_name(text: str) -> NamePart | None:
    """The person's name in ``text`` when the text is one ("DCI JANE ROE (JR)"), else None."""
    text = text.strip(" \t;,.:–—-*•")
    initials = None
    note = re.search(r"\s*[(\[]\s*(?P<i>[A-Z][A-Za-z]{1,3})\s*[)\]]$|\s+[–—-]\s+(?P<d>[A-Z][A-Za-z]{1,3})$", text)
    if note:
        initials = note["i"] or note["d"]
        text = text[: note.start()].strip()
    text = _HONOURS.sub("", strip_title(text))  # "Prof. Gillian Stroud-Masters OBE": not part of her name
    words = text.replace("’", "'").split()
    if not 2 <= len(words) <= 5:
        return None
    for position, word in enumerate(words):
        lower = word.lower().strip(".,")
        surname = position == len(words) - 1 and position > 0 and lower in _ALSO_SURNAMES  # "Rebecca West"
        if lower in _NOT_NAME_WORDS and not _INITIAL.match(word) and not surname:
            return None
        if word in _PARTICLES and 0 < position < len(words) - 1:
            continue
        if _INITIAL.match(word):
            if position == len(words) - 1 and len(words) == 2 and not _INITIAL.match(words[0]):
                continue  # "Jane R": a surname's initial
            continue
        if not _NAME_WORD.match(word):
            return None
        if word.isupper() and not _VOWEL.search(word):
            return None  # "CCG", "NHS": an acronym, not a surname
    if all(_INITIAL.match(word) for word in words):
        return None
    name = " ".join(_ordinary_capitals(word) for word in words)
    if initials and not _initials_fit(initials, name):
        initials = None
    return NamePart(name, initials)


def _ordinary_capitals(word: str) -> str:
    """ "SMITH" -> "Smith", "MCDONALD" -> "McDonald", "O'BRIEN" -> "O'Brien"; mixed case stays."""
    if re.fullmatch(r"Ma?c[A-Z]{3,}", word):  # "McALLISTER"
        return word[: word.index("c") + 1] + word[word.index("c") + 1 :].capitalize()
    if len(word) < 2 or not word.isupper() or _INITIAL.match(word):
        return word
    lowered = "-".join(part.capitalize() for part in word.lower().split("-"))
    lowered = "'".join(part[:1].upper() + part[1:] for part in lowered.split("'"))
    if lowered.startswith("Mc") and len(lowered) > 2:
        lowered = "Mc" + lowered[2].upper() + lowered[3:]
    return lowered


def _initials_fit(initials: str, name: str) -> bool:
    """ "JR" for "Jane Roe", "JRR" for "Jane Ruth Roe", "JMcD"-like forms are not checked further."""
    capitals = "".join(c for c in initials if c.isupper())
    for letters in (
        "".join(w[0].upper() for w in name.split() if w[0].isalpha()),
        "".join(p[0].upper() for w in name.split() for p in w.split("-") if p[:1].isalpha()),  # "GLE": Lloyd-Evans
        "".join(p[0].upper() for w in name.split() for p in re.split(r"[-'’]", w) if p[:1].isalpha()),  # "BOK"
    ):
        if len(capitals) >= 2 and capitals[0] == letters[0] and capitals[-1] == letters[-1]:
            return initials.isupper() or len(capitals) == len(letters)  # "SKi": Simon Kirby where Sarah Kelly is "SK"
    return False


def initials_of(name: str) -> str:
    """ "Jane Roe" -> "JR"."""
    return "".join(w[0].upper() for w in name.split() if w[:1].isalpha())


def initials_forms(name: str) -> list[str]:
    """The ways a name's initials are written: "Kerry Osei-Mensah" -> ["KO", "KOM"]; "Jane Roe" -> ["JR"]."""
    hyphened = "".join(p[0].upper() for w in name.split() for p in w.split("-") if p[:1].isalpha())
    forms = [initials_of(name), hyphened]
    words = name.split()
    if len(words) >= 2 and (o := re.match(r"^([A-Z])[’']([A-Z])", words[-1])):  # "Keith O’Rourke": "KOR", "KO’R"
        first = "".join(w[0].upper() for w in words[:-1] if w[:1].isalpha())
        forms += [f"{first}{o[1]}{o[2]}", f"{first}{o[1]}’{o[2]}", f"{first}{o[1]}'{o[2]}"]
    if len(words) >= 2 and len(words[-1]) >= 3 and words[-1][1:2].islower():  # "Mark Tennant": "MTe" where MT is two
        forms.append(f"{initials_of(name)}{words[-1][1]}")
    return list(dict.fromkeys(forms))
