"""How boards write agency names: departments of the council, short names and the statutory sectors."""

from __future__ import annotations

import re

from bot.directory import AgencyInfo, without_qualifier
from bot.understanding.patterns import Pattern, guarded
from bot.understanding.text import fold
from store.models import Sector

# A council written as "DMBC – Housing" or "Health & Wellbeing DMBC": the agency is the council itself.
_COUNCIL_INITIALS = r"(?:[A-Z]{1,4}MBC|[A-Z]{1,4}CC|[A-Z]{1,4}BC)"
_COUNCIL = rf"(?:{_COUNCIL_INITIALS}|(?:[A-Z][a-z]+ )+(?:Metropolitan )?(?:Borough |City |County |District )?Council)"
_DEPT_AFTER = guarded(rf"^(?P<agency>{_COUNCIL})\s*[-–—:]\s*(?P<dept>.+)$")
# Only a council's initials follow its department ("Health & Wellbeing DMBC"): "Marlow Heath Borough Council" is whole.
_DEPT_BEFORE = guarded(rf"^(?P<dept>.+?)\s+(?P<agency>{_COUNCIL_INITIALS})$")

_SECTOR_WORDS: tuple[tuple[Sector, Pattern], ...] = (
    (Sector.POLICE, guarded(r"\bpolice\b|\bconstabulary\b", re.I)),
    (Sector.PROBATION, guarded(r"\bprobation\b|\bCRC\b|\bNPS\b", re.I)),
    (Sector.HEALTH, guarded(r"\bNHS\b|\bCCG\b|\bICB\b|\bhealth\b|\bhospital|(?:PFT|MHT)\b", re.I)),
    (Sector.LOCAL_AUTHORITY, guarded(rf"^{_COUNCIL}$|\bcouncil\b|\blocal authority\b")),
    (
        Sector.EDUCATION,
        guarded(r"\bschools?\b|\bFE\b|\bearly years\b|\bprimary\b|\bsecondary\b|\bcollege", re.I),
    ),
    (Sector.VOLUNTARY, guarded(r"\bvoluntary\b|CVS\b|\bcharity\b", re.I)),
)
# Sectors whose agencies have a Section 11 duty.
_STATUTORY_SECTORS = frozenset({Sector.LOCAL_AUTHORITY, Sector.POLICE, Sector.HEALTH, Sector.PROBATION})
# Agencies with a Section 11 duty that are not in the three quoracy sectors.
_OTHER_STATUTORY = guarded(r"\bcafcass\b|\bfire\b|\bYOS\b|\byouth offending\b", re.I)

# Words people use for a kind of agency; each becomes a short name of the one agency whose name has it.
# An agency called by its kind ("the hospital", "the college"): never the writer's own agency by that word alone
# (bot.understanding.message_reader).
HOSPITAL_WORDS = ("Hospital", "Hospitals")
COLLEGE_WORDS = ("College", "Colleges")
KIND_WORDS = HOSPITAL_WORDS + COLLEGE_WORDS
_KEYWORDS = ("Police", "Fire Service", "Fire", "Probation", "Public Health", "Cafcass", "Council")
_GENERIC = frozenset({"of", "the", "and", "for"})
# Services known by an acronym and by their words: an agency or department named one way is also named the other
# ("DMBC – YOS" is "youth offending"; a "Dudley Clinical Commissioning Group" is "the CCG").
_ACRONYMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("YOS", ("Youth Offending Service", "Youth Offending Team", "Youth Offending", "YOT")),
    ("YOT", ("Youth Offending Team", "Youth Offending Service", "Youth Offending", "YOS")),
    ("CCG", ("Clinical Commissioning Group",)),
    ("CRC", ("Community Rehabilitation Company",)),
    ("MASH", ("Multi Agency Safeguarding Hub", "Multi-Agency Safeguarding Hub")),
    ("CAMHS", ("Child and Adolescent Mental Health Services",)),
    ("HWB", ("Health & Wellbeing", "Health and Wellbeing", "H&WB")),
)
_TOO_COMMON = {"NHS", "UK"}
# Council services known by what they serve: a department whose name has the word is also called these ("DMBC –
# Children Safeguarding": "children's services"; "DMBC – Adult Safeguarding": "adult ss"; "Directorate of People": "the
# directorate"). Where two departments have the word, both are offered and the writer asked.
_SERVICE_NAMES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"\bchildren", ("Children's Services", "Childrens Services", "Children's Social Care", "Childrens Social Care",
                     "Children's Social Work", "CSC")),
    (r"\badults?\b", ("Adult Services", "Adults Services", "Adult Social Care", "Adult Social Services", "Adult SS",
                      "Adults", "ASC")),
    (r"\bhousing\b", ("Housing Options",)),
    (r"\bdirectorate\b", ("Directorate",)),
)  # fmt: skip


def acronym_forms(name: str) -> set[str]:
    """The other ways of writing a service the name holds by acronym or in words ("YOS": "youth offending"), and a
    directorate or department named the other way round ("Directorate of People": "the People Directorate")."""
    found: set[str] = set()
    of = re.search(r"\b(?P<kind>directorate|department)\s+(?:of|for)\s+(?P<what>[\w&' ]+)$", name, re.I)
    if of:
        found.add(f"{of['what']} {of['kind']}")
    for acronym, spelt in _ACRONYMS:
        if re.search(rf"\b{acronym}\b", name) or re.search(rf"\b{spelt[0]}\b", name, re.I):
            found.update((acronym, *spelt))
    department = split_department(name)[1] or ""
    for word, called in _SERVICE_NAMES:
        if department and re.search(word, department, re.I):
            found.update(called)
    return found


def split_department(text: str) -> tuple[str, str | None]:
    """``"DMBC – Housing"`` -> ``("DMBC", "Housing")``; agencies that are not the council stay whole."""
    text = " ".join(text.split())
    for pattern in (_DEPT_AFTER, _DEPT_BEFORE):
        found = pattern.match(text)
        if found:
            return found["agency"], found["dept"].strip()
    return text, None


# An NHS trust's name ("Dudley Group NHS Foundation Trust", "BCPFT"), not a charity called a trust.
_NHS_TRUST = guarded(r"\bNHS\b.*\btrust\b|\bfoundation\s+trust\b|(?-i:[A-Z]{0,5}FT)$", re.I)


def is_nhs_trust(name: str) -> bool:
    """Whether an agency is an NHS trust, the one a member of it means by "the trust"."""
    return _NHS_TRUST.search(name) is not None


# "the vol sector", "the voluntary and community sector", "third sector orgs": every voluntary agency on the board
_VOLUNTARY_SECTOR = guarded(
    r"^(?:the\s+)?(?:vol(?:untary)?|third|vcs|community\s+(?:and|&)\s+voluntary|voluntary\s+(?:and|&)\s+community)\s+"
    r"(?:sector|orgs|organi[sz]ations|agencies|partners)(?:\s+(?:orgs|organi[sz]ations|agencies|partners))?$",
    re.I,
)


def sector_meant(text: str, agencies: tuple[AgencyInfo, ...]) -> list[AgencyInfo]:
    """The agencies a sector named as a whole means ("the vol sector": DCVS and Phase), or none."""
    if not _VOLUNTARY_SECTOR.match(text.strip()):
        return []
    return [a for a in agencies if a.department is None and sector_of(a.name) is Sector.VOLUNTARY]


def sector_of(name: str) -> Sector:
    for sector, pattern in _SECTOR_WORDS:
        if pattern.search(name):
            return sector
    return Sector.OTHER


def is_statutory(name: str) -> bool:
    """Whether the agency has a Section 11 duty (and so is chased for S11 returns by default)."""
    return sector_of(name) in _STATUTORY_SECTORS or bool(_OTHER_STATUTORY.search(name))


def candidate_short_names(name: str) -> set[str]:
    """Names people may use for the agency: its initials, its capitalised abbreviations, its parts."""
    found: set[str] = set()
    words = [w for w in re.split(r"[\s()]+", name) if w]
    capitalised = [w for w in words if w[:1].isupper() and w.lower() not in _GENERIC]
    if len(capitalised) >= 3:
        found.add("".join(w[0] for w in capitalised))
    found.update(w for w in words if len(w) >= 2 and w.isupper() and w.isalpha() and w not in _TOO_COMMON)
    for part in re.split(r"\s[-–—]\s", name):
        if part != name:
            found.add(part.strip())
            found |= without_qualifier(part.strip())
    if " NHS " in f" {name} ":
        found.add(name.split(" NHS ")[0].strip())
    if name.lower().startswith("office of "):
        found.add(name[len("office of ") :])
    for keyword in _KEYWORDS:
        if re.search(rf"\b{re.escape(keyword)}\b", name, re.I):
            found.add(keyword)
    if re.search(r"PFT$|\bpartnership\b.*\btrust\b|\bmental health\b.*\btrust\b", name, re.I):
        # a partnership foundation trust: the mental health trust ("mental health open actions?")
        found.update({"Mental Health Trust", "MH Trust", "Mental Health"})
    elif is_nhs_trust(name):  # a hospitals' foundation trust: "the acute trust", "the hospital trust", "the hospital"
        found.update({"Acute Trust", "Hospital Trust", *HOSPITAL_WORDS})
    if re.search(r"\bFE\b|\bfurther education\b", name, re.I):  # the further education sector: "the college"
        found.update({*COLLEGE_WORDS, "FE College", "Further Education"})
    found |= acronym_forms(name)
    trust = re.fullmatch(r"(?P<initials>[A-Z]{3,5})FT", name)
    if trust:  # "BCPFT" is "BCP" in chat
        found.add(trust["initials"])
    if re.search(r"\bconstabulary\b", name, re.I):
        found.add("Police")
    if re.fullmatch(r"NHS(?: [A-Z][a-z]+)+", name) or re.search(r"\bprimary care trust\b", name, re.I):
        found.add("PCT")  # "NHS Marlow Heath" was the primary care trust's name
    if "NHS" in words and len([w for w in capitalised if w != "NHS"]) >= 3:
        found.add("".join(w[0] for w in capitalised if w != "NHS"))  # "Vale Hospitals NHS Foundation Trust": VHFT
    found.discard(name)
    return {f for f in found if f}


def short_names_for(names: list[str]) -> dict[str, list[str]]:
    """Short names for each agency of a board, keeping only those that point at exactly one agency."""
    candidates = {n: candidate_short_names(n) for n in names}
    counts: dict[str, int] = {}
    for shorts in candidates.values():
        for s in {fold(x) for x in shorts}:
            counts[s] = counts.get(s, 0) + 1
    taken = {fold(n) for n in names}
    result = {
        n: sorted(s for s in shorts if counts[fold(s)] == 1 and fold(s) not in taken)
        for n, shorts in candidates.items()
    }
    councils = [n for n in names if sector_of(n) is Sector.LOCAL_AUTHORITY]
    if len(councils) == 1:
        result[councils[0]] += ["Council", "Local Authority"]
    return result
