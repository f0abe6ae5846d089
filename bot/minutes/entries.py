"""One attendance entry read as a person: "Jane Roe (JR) – Designated Nurse, Northshire CCG (representing Tom
Smith)", "C SMITH", a table row's name and role cells; and how a line of a list parts into entries.

The name must be a person's (:func:`bot.minutes.people.person_name`); what follows it is split into a role (a
job: "Head of Safeguarding") and an agency ("Northshire CCG"); notes of representation, initials and the items
someone attended for are read off it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from bot.minutes.lines import _BULLET
from bot.minutes.people import NamePart, _initials_fit, person_name, strip_title
from bot.minutes.results import Person
from bot.understanding.text import fold

_REPRESENTED = re.compile(
    r"(?:[,;]\s*)?(?:[–—-]\s*)?(?:\(\s*)?(?:\b(?:was|were|is)\s+)?(?:represented\s+by|deputised\s+by|deputized\s+by|covered\s+by|"
    r"rep(?:resentative)?\s*[:–—-]|representative\s+(?=[A-Z])|rep\.?\s+by|deputy\s*[:–—-]|sub(?:stitute)?\s*[:–—-]|"
    r"deputi[sz]ing\s*[:–—-]|sent\s*[:–—-]|for\s+whom\s+(?=[^()\n]{1,80}?\s+(?:attended|deputised)\b)|"
    r"(?:(?<=\s)[–—-]\s*|(?<=\())(?=[^()\n–—]{1,80}?\s+(?:attended|attending|deputised|deputising)\b(?!\s+for\b)))"
    r"\s*(?P<rep>[^()\n]{1,80}?)(?:\s+(?:attended|attending|deputised|deputising)"
    r"(?:\s+instead|\s+on\s+(?:his|her|their)\s+behalf|\s+in\s+(?:his|her|their)\s+place|"
    r"\s+as\s+(?:a\s+)?(?:substitute|deputy))?)?"
    r"(?:\s*\([^()\n]{1,80}\))?\s*\)?\s*[.;,]?\s*$",  # "represented by Sian Morley (SM)", "... (Housing Manager)"
    re.I,
)

_FOR = (  # "(deputising for DCI Rowe)", "(rep for Vicky Harland)"
    r"(?:representing|on behalf of|deputising for|deputy for|rep(?:resentative)?\.?\s+for"
    r"|sub(?:stitut(?:e|ing)|\.)?\s+for|standing\s+in\s+for|rep\.(?!\s*by\b)|for)"
)  # "(deputising for DCI Rowe)"
_REPRESENTING = re.compile(  # "(deputising for DCI Rowe)", "... – for Dr Crask", "Head of X, for ACC Birtles"
    rf"(?:\(\s*(?:also\s+)?{_FOR}\s+"
    r"|\b(?:also\s+)?(?:(?:attending|deputising|present)\s+)?(?:representing|on behalf of)\s+"
    r"|\s[–—-]\s*(?:deputising\s+|sub(?:stitut(?:e|ing))?\.?\s+|rep\.?\s+)?for\s+"
    r"|,?\s(?:attended|attending|deputised|deputising|substituted|substituting|standing\s+in)\s+for\s+"
    r"|(?<=\))\s+for\s+(?=[A-Z])"  # "Moxham, DI Karen (Weaver Vale Constabulary) for Featherstone, DCI Gareth"
    r"|,\s*for\s+(?=(?:Mrs?|Ms|Dr|Cllr|A?CC|DCC|Supt|Det|DCI|DI|Prof|Rev)\.?\s|[A-Z][a-z]+\s+[A-Z][a-z]))"
    r"(?!(?:item|items|minute|agenda|part)\b)(?P<whom>[^()\n]{2,100}?)(?:\s*\([^()\n]{1,40}\))?\s*\)?$",
    re.I,
)

_REPRESENTING_BRACKETED = re.compile(
    rf"\(\s*(?:also\s+)?{_FOR}[;:,]?\s+(?!(?:item|items|minute|agenda|part)\b)"
    r"(?P<whom>[^()\n]{2,100}?)\s*\)",
    re.I,
)

_REPRESENTING_AT_END = re.compile(  # "... Unit – representing Det Supt K Lyall", "... – deputising for Dr Crask"
    r"(?:[;,]\s*|\s[–—-]\s*)(?:also\s+)?(?:representing|on behalf of|(?:deputising|attending|standing\s+in)\s+for"
    r"|deputy for|substitute for)\s+"
    r"(?!(?:item|items|minute|agenda|part)\b)(?P<whom>[^()\n;,]{2,60}?)\s*\.?$",
    re.I,
)

_ROLE_WORDS = re.compile(
    r"\b(?:chair|chairman|chairperson|manager|director|officer|head|lead|nurse|doctor|designated|named|advis[eo]r|"
    r"governor|inspector|superintendent|consultant|principal|co-?ordinator|commissioner|administrator|secretary|"
    r"minute taker|minutes|clerk|practitioner|specialist|member|representative|headteacher|dci|detective|"
    r"paediatrician|lado|cabinet|portfolio|vice|commander|constable|sergeant|councillor|executive|matron|midwife|"
    r"worker|deputy|assistant|associate|gp|adviser|coordinator|minute-taker|ceo|dcs|das|dass|reviewer|author|analyst)\b",
    re.I,
)

# A name written surname first in capitals, then the forename(s): "DESAI, Meera", "Cllr MENSAH, Kwame (KM)".
_SURNAME_COMMA = re.compile(
    r"^(?P<surname>(?:(?:Da|De|Van|Von|Le|La|Di|Del|Du)\s+)?[A-Z][A-Za-z'’]+(?:-[A-Z][A-Za-z'’]+)?),\s+"
    r"(?P<title>(?:(?:Prof|Dr|Cllr|Revd?|DCI|DI|DS|Supt|Det\s+Supt|Insp|Mr|Mrs|Ms|Miss)\.?\s+)*)(?P<first>[A-Z][a-z]+)\b"
)


def name_first(entry: str) -> str:
    """An entry written surname first where the minutes say so ("Member (surname, forename)"): "Featherstone, DCI
    Gareth (Chair)" -> "DCI Gareth Featherstone (Chair)"; any other entry as it is."""
    found = _SURNAME_COMMA.match(entry.strip())
    if found is None or _ROLE_WORDS.search(found["first"]) or found["first"].lower() in {"chief", "deputy", "senior"}:
        return entry  # "Cardew, Chief Nurse": a name and a post
    return f"{found['title']}{found['first']} {found['surname']}{entry.strip()[found.end() :]}"


_SURNAME_FIRST = re.compile(
    r"^(?P<title>(?:(?:Cllr|Dr|Mr|Mrs|Ms|Miss|Prof|Rev|DCI|DI|DS|Supt|Det\s+Supt|Insp)\.?\s+)?)"
    r"(?P<surname>[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)?),\s+(?P<first>[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?)"
    r"(?=\s*(?:\(|;|,|$|\s[–—-]\s))"
)
_CHAIR_NOTE = re.compile(r"\s*\((?P<chair>(?:independent\s+|co-?)?chair(?:man|person)?)\)", re.I)
_ITEM_WORDS = (  # "for item 5 only", "items 1–6", "left after item 6"
    r"(?:(?:for|from|left\s+after|joined\s+(?:at|for))\s+|attending\s+for\s+)?(?:agenda\s+)?(?:items?|minutes?|min\.?)\s+"
    r"\d[\d.,&\s–—-]*?(?:and\s+\d+\s*)?(?:only|onwards)?"
)
_ITEM_NOTE = re.compile(  # when someone was there, not who they are: "(item 5 only)", "(left 15:20)", ", items 1–6"
    rf"\s*\(\s*{_ITEM_WORDS}\s*\)|\s*\((?:(?:left|arrived|joined|departed|late)\b|(?:from|until)\s+\d)[^()]*\)"
    rf"|\s*(?:[–—-]\s*|,\s*)?{_ITEM_WORDS}(?=\s*(?:[),;]|$))|\s+[–—-]\s+(?:left|arrived|joined|departed)\b[^;()]*$",
    re.I,
)


def _without_item_notes(text: str) -> str:
    """Text without its notes of when someone was there; twice, for "(from 14:10, item 4)"."""
    return _ITEM_NOTE.sub("", _ITEM_NOTE.sub("", text))


_INITIAL_SURNAME = re.compile(r"^\s*(?:[A-Z][a-z]{0,4}\.?\s+)?[A-Z]\.?\s+[A-Z][A-Z'’-]+\b")  # "C SMITH", "Dr Y NAIDOO"

_COMMA_LIST = re.compile(r"[,;]")

_AND_LIST = re.compile(r"[,;]|\s+and\s+|\s{3,}")

_NOT_PEOPLE = frozenset({"none", "nil", "n/a", "na", "no apologies", "none received", "nobody", "-"})


_LEAD_IN = re.compile(
    r"^(?:and|&)\s+|^apolog(?:y|ies)(?:\s+for\s+absence)?\s+(?:were|was|had\s+been|have\s+been)\s+"
    r"(?:received|submitted|given|sent|noted)\s+from\s+",
    re.I,
)


def _person(entry: str, representative: str | None = None) -> Person | None:
    """ "Name (Agency)", "Name – Role, Agency", "Name, Agency", "Name (JR)" or "Name", with a representative note;
    None unless the name is a person's."""
    entry = _without_item_notes(_BULLET.sub("", entry.strip())).strip(" ;,.")  # "(item 5 only)": when, not who
    entry = _LEAD_IN.sub("", entry)  # "and Mark JESSOP", "Apologies for absence were received from Supt D ROURKE"
    entry += ")" * max(0, entry.count("(") - entry.count(")"))  # "(Head of X – for item 3)" kept whole
    entry = _initials_first(entry)  # "Becky Lund – Deputy Named Nurse, on behalf of Grace Mutasa (BL)"
    entry = _SURNAME_FIRST.sub(r"\g<title>\g<first> \g<surname>", entry)  # "DESAI, Meera (MD)": Meera DESAI
    turned = _role_first(entry) if person_name(_name_and_rest(entry)[0]) is None else None
    if turned is not None:  # "Designated Nurse, Wrenstead CCG – Deborah Pickles (DP)": the name first
        entry = f"{turned[0]} – {turned[1]}"
    rep = _REPRESENTED.search(entry)
    if rep:
        representative = rep["rep"].strip(" .;,()–—-") or None
        entry = entry[: rep.start()].strip(" ;,.–—-")
        if entry.count("(") > entry.count(")"):
            entry += ")"
    on_behalf = None
    inside = _REPRESENTING_BRACKETED.search(entry)
    representing = inside or _REPRESENTING.search(entry)
    if representing and representing.start() > 0:
        on_behalf = representing["whom"].strip(" .;,")
        if inside:  # "(on behalf of DCI Lorraine Hext), Hertfordshire Constabulary": the rest stays
            entry = f"{entry[: inside.start()]} {entry[inside.end() :]}".strip(" ;,.–—-")
        else:
            entry = entry[: representing.start()].strip(" ;,.–—-(")
            entry += ")" * max(0, entry.count("(") - entry.count(")"))  # "Jo Ash (PCT, representing X)"
    chairs = _CHAIR_NOTE.search(entry)  # "Richard Lomas, Director, ACC (Chair)": the role that counts
    if chairs:
        entry = f"{entry[: chairs.start()]} {entry[chairs.end() :]}".strip(" ,;")
    name, rest = _name_and_rest(entry)
    found = person_name(name)
    post = _post_before(name) if found is None else None
    if post is not None:  # "Station Manager Gary Pound": the post written before the name
        noted = person_name(f"{post[0].name} ({rest})") if re.fullmatch(r"[A-Z][A-Za-z]{1,3}", rest) else None
        if noted is not None and noted.initials:  # "Station Manager Steve Calvert (SC)": his initials
            post, rest = (noted, post[1]), ""
        found, rest = post[0], f"{post[1]}, {rest}" if rest else post[1]
    if found is None or fold(found.name) in _NOT_PEOPLE:
        return None
    role, agency = _role_and_agency(rest)
    if agency:  # "Brantwood Community Health Services (BCHS)": the name; its initials are found from it
        agency = re.sub(r"\s*\([A-Z]{2,6}\)$", "", agency) or agency
    if chairs:
        role = f"{chairs['chair']}, {role}" if role else chairs["chair"]
    on_behalf = name_first(on_behalf) if on_behalf else on_behalf  # "for Featherstone, DCI Gareth"
    whom = _someone(re.split(r",|\s[–—-]\s|\s*\(", on_behalf)[0]) if on_behalf else None  # "Carol Jenner, Head of X"
    if on_behalf and whom is None and re.fullmatch(r"[A-Z][A-Z][A-Za-z]{0,2}|[A-Z][a-z]?[A-Z][a-z]?", on_behalf):
        whom = on_behalf  # "attending for JAl": the initials of the member they came for, linked later
    elif on_behalf and whom is None and re.match(r"the\s+[A-Za-z]", on_behalf):
        whom = on_behalf  # "(deputy for the Chief Nurse)": the post of the member they came for
    elif on_behalf and whom is None:
        agency = agency or on_behalf  # "(representing Probation)": the agency they came for
    if representative and not re.fullmatch(r"[A-Z][A-Za-z]{0,2}[A-Z]", representative):  # "APJ": linked later
        representative = _someone(re.split(r",\s|\s[–—-]\s", representative)[0])  # "the CCG" names no one
    return Person(found.name, agency, representative, role=role, initials=found.initials,
                  representing=whom)  # fmt: skip


_LAST_INITIALS = re.compile(r"\s*\((?P<initials>[A-Z][A-Za-z]{0,3}[A-Z])\)$")


def _initials_first(entry: str) -> str:
    """An entry whose initials close it, after the role ("Rachel Kimbrough – Director (Chair) (RK)"), written
    with them after the name, where the rest of the reading looks for them; any other entry as it is."""
    last = _LAST_INITIALS.search(entry)
    if last is None or last.start() == 0:
        return entry
    head = entry[: last.start()]
    name, rest = _name_and_rest(head)
    found = person_name(f"{name} ({last['initials']})") if rest else None
    if found is None or not found.initials:
        return entry
    if head.startswith(name):  # the rest as written, brackets and all: "(rep. Det Supt Hargreaves)"
        return f"{name} ({last['initials']}){head[len(name) :]}"
    return f"{name} ({last['initials']}) – {rest}"


def _post_before(text: str) -> tuple[NamePart, str] | None:
    """A name written after its post with nothing between ("Station Manager Gary Pound", "Chief Executive Jane
    Roe"): the name and the post; None unless what comes first is a job and what comes last a person's name."""
    words = text.split()
    for size in (2, 3):
        head = " ".join(words[:-size])
        if len(words) - size < 1 or not _ROLE_WORDS.fullmatch(words[-size - 1]) or _ORGANISATION.search(head):
            continue
        found = person_name(" ".join(words[-size:]))
        if found is not None and _is_role(head):
            return found, head
    return None


def _someone(text: str) -> str | None:
    """A person named in a note: a full name, or a title and surname ("Supt Harcourt" -> "Harcourt", matched to
    the attendance by surname later); None for anything else ("the CCG")."""
    named = person_name(text)
    if named is not None:
        return named.name
    bare = strip_title(text.strip(" .;,()"))
    titled = bare != text.strip(" .;,()")
    return bare if titled and re.fullmatch(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?", bare) else None


def _name_and_rest(entry: str) -> tuple[str, str]:
    """Split an entry into the name and what follows it (agency, role), by brackets, a dash or a comma."""
    initials = re.match(r"^(?P<n>[^()]{1,80}?\s*\(\s*[A-Z][A-Za-z]{1,3}\s*\))\s*(?P<rest>.*)$", entry)
    found = person_name(initials["n"]) if initials else None
    if initials and found is not None and found.initials:  # "(JR)" fits Jane Roe; "(DSCB)" is her agency
        rest = initials["rest"].strip(" ,;–—-")
        return initials["n"], rest.strip("()") if rest.startswith("(") and rest.endswith(")") else rest
    bracket = re.match(r"^(?P<n>[^()]{1,80}?)\s*\((?P<rest>[^\n]{0,160})\)\s*[.;,]?$", entry)
    if bracket and not re.search(r",\s|\s[–—-]\s|\t", bracket["n"]):
        return bracket["n"], bracket["rest"]
    opened = re.match(r"^(?P<n>[^()]{1,80}?)\s*\((?P<inner>[^()]{0,160})\)\s*[,;–—-]?\s*(?P<after>.*)$", entry)
    if opened and not re.search(r",\s|\s[–—-]\s|\t", opened["n"]) and person_name(opened["n"]):
        return opened["n"], ", ".join(p for p in (opened["inner"], opened["after"]) if p.strip())  # "X (Chair) – Co"
    dash = re.search(r"\s[–—-]\s|\t|,\s", entry)
    if dash and dash[0].startswith(","):
        return entry[: dash.start()], entry[dash.end() :]
    if dash:
        head, tail = entry[: dash.start()], entry[dash.end() :]
        initials_tail = re.match(r"^(?P<i>[A-Z]{2,4})\b\s*(?:[,–—-]\s*)?(?P<rest>.*)$", tail)
        fits = person_name(f"{head} ({initials_tail['i']})") if initials_tail else None
        if initials_tail and fits is not None and fits.initials:  # "Jane Roe – JR, Police"
            return f"{head} ({initials_tail['i']})", initials_tail["rest"]
        return head, tail
    return entry, ""


def _role_and_agency(rest: str) -> tuple[str | None, str | None]:
    """ "Designated Nurse, Northshire CCG" -> (role, agency): the leading parts that name a job are the role
    ("Chair, Cabinet Member for Adult Services"), the rest the agency ("DMBC – Directorate of People")."""
    rest = _without_item_notes(rest).strip(" ;,.–—-")  # "(item 5 only)", "– for item 3": when, not who
    if rest.startswith("(") and rest.endswith(")") and rest.count("(") == 1:
        rest = rest[1:-1]
    if not rest:
        return None, None
    cuts = [0, *(m.end() for m in re.finditer(r",\s*|\s[–—-]\s", rest)), len(rest) + 1]
    parts = [rest[a:b].strip(" ,;–—-") for a, b in itertools.pairwise(cuts)]
    roles = 0
    while roles < len(parts) and _is_role(parts[roles]):
        roles += 1
    if roles == 0:
        trailing = [p for p in parts if _is_role(p)]
        if len(parts) == 2 and trailing == parts[1:]:  # "Northshire CCG, Designated Nurse"
            return parts[1], parts[0]
        pieces = [p.strip() for p in rest.split(",")]
        bodies = [p for p in pieces if _ORGANISATION.search(p)]
        if len(pieces) > 1 and len(bodies) == 1:  # "West Midlands Police, Public Protection": the police
            return None, bodies[0]
        return None, rest
    role = rest[: cuts[roles] if roles < len(parts) else len(rest)].strip(" ,;–—-")
    agency = rest[cuts[roles] :].strip(" ,;–—-") if roles < len(parts) else ""
    return role or None, agency or None


_ORGANISATION = re.compile(
    r"\b(?:police|constabulary|council|trust|ccg|nhs|pct|cafcass|probation|service|commission|authority|college|"
    r"school|homes|association|hospital|university)\b",
    re.I,
)


def _is_role(part: str) -> bool:
    """A job: it ends with what the person is ("Safeguarding Adults Board Manager"), or names one and no
    organisation ("Head of Safeguarding", "Cabinet Member for Adult Services")."""
    words = re.sub(r"\s*\([^()]*\)$", "", part).split()
    if not words:
        return False
    if _ROLE_WORDS.fullmatch(words[-1]) or _ROLE_WORDS.match(part):
        return True
    return bool(_ROLE_WORDS.search(part)) and not re.search(
        r"\b(?:trust|council|police|ccg|nhs|constabulary|commission|cafcass|probation service)\b", part, re.I
    )


_AND_AFTER_BRACKET = re.compile(r"(?<=\))\s+and\s+(?=[A-Z])")


_PLURAL_TITLE = re.compile(r"^(?P<title>councillors|cllrs\.?)\s+(?P<rest>[A-Z].*\S)$", re.I)
_ONE_TITLE = {"councillors": "Councillor", "cllrs": "Cllr", "cllrs.": "Cllr"}


def _split_entries(text: str, inline: bool) -> list[str]:
    """Entries of a list on one line: "A (X), B (Y) and C (Z)", "A, X; B, Y", "C SMITH,   R JONES," or "A, B and
    C" after a label."""
    plural = _PLURAL_TITLE.match(text.strip())
    if plural and not re.search(r"[();]", text):  # "Councillors Harold Pybus and Sandra Keel": the title on each
        title = _ONE_TITLE[plural["title"].lower()]
        return [f"{title} {n.strip()}" for n in re.split(r",\s*|\s+and\s+", plural["rest"])]
    if inline and re.search(r"(?<=[a-z)])\.\s+(?=[A-Z])", text):  # "... for item 7. Michelle Drury was represented"
        return [e for part in re.split(r"(?<=[a-z)])\.\s+(?=[A-Z])", text) for e in _split_entries(part, inline)]
    if ";" in text:  # "A, Agency; B, Agency": the semicolons part people, and "B (Agency) and C (Agency)" at the end
        pieces = [p for part in _split_outside_parentheses(text, re.compile(";"))
                  for p in _split_outside_parentheses(part, _AND_AFTER_BRACKET)]  # fmt: skip
        pieces = [q for p in pieces for q in _titled_people(p)]
    elif "(" in text:
        pieces = _split_outside_parentheses(text, _AND_LIST if inline else _COMMA_LIST)
    elif inline or re.search(r",\s*\S[^,]*,", text) or re.search(r"\S\s{3,}\S", text):
        pieces = _AND_LIST.split(text)
    else:
        pieces = [text]
    named = [p for p in pieces if p.strip()]
    if (
        not inline
        and ";" not in text
        and len(named) > 1
        and not (
            all(_starts_with_name(p) for p in named)
            and (len(named) >= 3 or all(_INITIAL_SURNAME.match(p) for p in named))
        )
    ):
        pieces = [text]  # "Jane Roe (JR), Harwood Homes": one person and where they are from
    if not inline and "(" in text:  # "Councillor J Everard (Cabinet Member) and Councillor T Nuttall": two people
        pieces = [q for p in pieces for q in _and_someone(p)]
    merged: list[str] = []
    for piece in (p.strip() for p in pieces):
        if not piece:
            continue
        if merged and _REPRESENTED.match(", " + piece):
            merged[-1] += ", " + piece
        else:
            merged.append(piece)
    return merged


def _and_someone(piece: str) -> list[str]:
    """A piece cut where "and" after a bracket starts another person's name; the piece whole otherwise."""
    parts = _split_outside_parentheses(piece, _AND_AFTER_BRACKET)
    return parts if len(parts) > 1 and all(_starts_with_name(p) for p in parts[1:]) else [piece]


def _titled_people(piece: str) -> list[str]:
    """ "Councillor A (Chair), Councillor B, Councillor C (Council)" between semicolons: a person each, when every
    part after the first starts with a title; else the piece whole."""
    parts = _split_outside_parentheses(piece, re.compile(r",\s+"))
    if len(parts) > 1 and all(_TITLED.match(p.strip()) and _starts_with_name(p) for p in parts[1:]):
        return parts
    return [piece]


_TITLED = re.compile(
    r"^(?:councillor|cllr|dr|mr|mrs|ms|miss|prof|rev|revd|dci|di|ds|supt|det|detective)\.?\s+[A-Z]", re.I
)


def _split_outside_parentheses(text: str, separator: re.Pattern[str]) -> list[str]:
    depth, depths = 0, []
    for char in text:
        depths.append(depth)
        depth = max(0, depth + (char == "(") - (char == ")"))
    pieces, begin = [], 0
    for found in separator.finditer(text):
        if depths[found.start()] == 0:
            pieces.append(text[begin : found.start()])
            begin = found.end()
    pieces.append(text[begin:])
    return pieces


_UNIT = re.compile(  # a part of an agency, written after a name in the agency's row: the person's post there
    r"\b(?:team|unit|department|directorate|division|public\s+protection|mash|prevention|offender\s+management)\b", re.I
)


def _with_cells(name: str, agency: str, rep: str, post: str | None = None) -> Person | None:
    """The person of a table row: the name cell, the agency cell (a role before the agency read off it) and a
    representative's cell; ``post`` is a role cell of its own, kept whole. A note of whom someone stands for, or
    who stands for them, is read from the role or the agency cell."""
    representative = rep.strip(" .") or None
    named = _person(representative) if representative and ("," in representative or " – " in representative) else None
    representative = named.name if named is not None else representative  # "Louise Copley, Named Nurse"
    cells = [post or "", agency]
    for number, cell in enumerate(cells):
        behalf = _REPRESENTING_BRACKETED.search(cell) or _REPRESENTING_AT_END.search(cell)
        if behalf:  # "Head of Early Help (for Anne Fairclough)", "... – representing Det Supt K Lyall" in the role cell
            name = f"{name} (representing {behalf['whom'].strip(' .;,')})"
            cell = f"{cell[: behalf.start()]} {cell[behalf.end() :]}".strip(" ;,–—-")
        note = _REPRESENTED.search(cell)
        if note:
            representative = representative or note["rep"].strip(" .;,()–—-") or None
            cell = cell[: note.start()]
        cells[number] = cell
    post, agency = cells
    person = _person(name, representative)
    if person is not None and person.agency and not person.role and _UNIT.search(person.agency) and agency.strip():
        return replace(person, agency=agency.strip(" ;,.–—-"), role=person.agency)  # "DI Joe Lark, Public Protection"
    if person is None or person.agency is not None:
        return person
    if post is not None and post.strip(" ;,.–—-"):
        written = agency.strip(" ;,.–—-") or None
        role = re.sub(r"\s{2,}", " ", _without_item_notes(post)).strip(" ;,.–—-") or None
        return Person(person.name, written, person.representative, _roles(person.role, role), person.initials,
                      person.representing)  # fmt: skip
    if agency.strip(" ;,."):
        role, written = _role_and_agency(agency)  # the post written before the name comes first in the role
        role = _roles(person.role, role)
        person = Person(person.name, written, person.representative, role, person.initials, person.representing)
    return person


def _roles(first: str | None, second: str | None) -> str | None:
    """Two roles written for one person as one: "Station Manager" and "Community Safety" joined; "Chair" and
    "Independent Chair" are the longer one."""
    if not first or not second:
        return first or second
    if fold(first) in fold(second) or fold(second) in fold(first):
        return max(first, second, key=len)
    return f"{first}, {second}"


def _balanced(cells: list[str]) -> list[str]:
    """Cells with a bracket opened in one and closed in the next joined again: "A COOKE (representing | D PARRY),"."""
    out: list[str] = []
    for cell in cells:
        if out and out[-1].count("(") > out[-1].count(")"):
            out[-1] = f"{out[-1]} {cell}"
        else:
            out.append(cell)
    return out


def _is_name_list(text: str) -> bool:
    """A paragraph that lists people: at least three entries, nearly all starting with a name."""
    pieces = _split_entries(text, inline=True)
    return len(pieces) >= 3 and sum(_starts_with_name(p) for p in pieces) >= 0.7 * len(pieces)


def _role_first(entry: str) -> tuple[str, str] | None:
    """An entry written role first, the name after the last dash or in brackets at the end: (the name with its
    initials, the role and agency); None unless that is a person's name."""
    bracketed = re.fullmatch(r"(?P<head>[^()]{3,}?)\s*\((?P<name>[^()]+)\)", entry.strip())
    if bracketed and person_name(bracketed["name"]) is not None and person_name(bracketed["head"]) is None:
        return bracketed["name"].strip(), bracketed["head"].strip(" ,")  # "Head of Virtual School, CBC (G Pilling)"
    head, dash, tail = entry.rpartition(" – ") if " – " in entry else entry.rpartition(" - ")
    if not dash or not head.strip() or person_name(re.split(r"\s*\(", tail.strip(), maxsplit=1)[0]) is None:
        return None
    return tail.strip(), head.strip()


def ends_with_name(text: str) -> bool:
    """Whether a line is an entry written role first: "Independent Chair – Julia Ackroyd (JA)"."""
    return "\t" not in text and _role_first(text.strip()) is not None


def _starts_with_name(text: str) -> bool:
    """Whether a line begins with a person's name (before a bracket, dash, comma or tab), its post written before
    it or not."""
    if (plural := _PLURAL_TITLE.match(text.strip())) is not None:  # "Councillors Harold Pybus and Sandra Keel"
        return person_name(re.split(r",\s*|\s+and\s+", plural["rest"])[0]) is not None
    head = re.split(r"\s*[(\t,;]|\s[–—-]\s", text.strip(), maxsplit=1)[0]  # "Paul Whitcombe; Headteacher, ..."
    named = person_name(head)
    initials = re.match(rf"^{re.escape(head)}\s*\((?P<i>[A-Z]{{2,4}})\)", text.strip())
    if named is not None and initials and not _initials_fit(initials["i"], named.name):
        return False  # "Langley Moor (RA)": the end of an agency wrapped under its person's line
    if named is not None or re.match(r"^[A-Z]\.?\s+[A-Z]{2,}", text.strip()):
        return True
    return _post_before(head) is not None  # "Group Manager Phil Kettering (PK) – Fire and Rescue Service"
