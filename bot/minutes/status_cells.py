"""The cells of an attendance table that say who was there, besides names: a list column of names under a
status-like head ("Attended"), a note that someone was not there ("Not represented – X: did not attend"), and the
status codes a key above the table explains ("D = apologies, deputy attended (named in Notes)") with the deputy
the notes name.
"""

from __future__ import annotations

import re

from bot.minutes.entries import _person, _starts_with_name
from bot.minutes.lines import _Line

_NOT_THERE = re.compile(
    r"^(?:not\s+represented|not\s+present|no\s+representative|did\s+not\s+attend)\s*[–—:-]?\s*"
    r"|[:;,–—-]?\s*\b(?:did\s+not\s+attend|no\s+apologies(?:\s+received)?|dna)\b[^()]*$"
    r"|\s+[–—-]\s+not\s+present\.?$",  # "Moira Flint – not present" in an "Apologies / not present" column
    re.I,
)


_APOLOGY_NOTE = re.compile(  # "– apologies", "(apologies)", "– apologies, rep by DI Ian Marsh"
    r"\s*(?:[–—:-]\s*|\(\s*)(?:(?:sent|gave|sends|tendered)\s+)?apolog(?:y|ies)(?:\s+(?:received|sent|given|noted))?\s*\)?\.?"
    r"(?=\s*(?:[,;]\s*(?:rep\b|represented|deputy|deputised|sub\b|substitute)|$))",
    re.I,
)
_BEHALF = re.compile(
    r"^(?:deputy|sub(?:stitute)?|deputised\s+by|rep(?:resented)?\s+by)\s*:?\s+(?P<named>\S.*)$"
    r"|^(?P<who>\S.*?)\s+(?:attending|attended|deputising|deputised|standing\s+in|came)\s+"
    r"(?:on\s+(?:her|his|their)\s+behalf|in\s+(?:her|his|their)\s+place|for\s+(?:her|him|them))\.?$"
    r"|^(?P<noted>\S.*?)\s*\((?:deputising|deputy|substitute|sub|standing\s+in)\)\.?$",  # "DCI Jo Roe (deputising)"
    re.I,
)


def entry_status(entry: str) -> tuple[str, str | None]:
    """An entry of a list column without its note of whether its person came: "absent" for one not there without
    apologies ("Not represented – Gareth Mellor (GM), Group Manager: did not attend, no apologies received"),
    "apologies" for one who sent them ("Gavin Stirling, Head of Housing – apologies"), else None."""
    sent = _APOLOGY_NOTE.sub("", entry)
    cut = _NOT_THERE.sub("", sent).strip(" ,;:–—-")
    if cut != sent.strip(" ,;:–—-"):
        return cut, "absent"
    return (sent, "apologies") if sent != entry else (entry, None)


def behalf_of(entry: str) -> str | None:
    """The deputy an entry names for the entry before it in the same cell ("Lorraine Abbott – apologies; Ruth
    Jessop attending on her behalf", "...; deputy: Sue Kaye"), or None when it is an entry of its own."""
    found = _BEHALF.match(entry.strip())
    if found is None:
        return None
    person = _person(found["named"] or found["who"] or found["noted"])
    return person.name if person is not None else None


def holds_names(lines: list[_Line], index: int, column: int) -> bool:
    """Whether a column headed like a status ("Attended") holds people's names, not marks: the list of those who
    came, beside "Apologies" and "Deputised by" columns."""
    cells = []
    for line in lines[index + 1 : index + 12]:
        if "\t" not in line.text:
            break
        values = line.text.split("\t")
        if column < len(values) and values[column].strip(" –—-"):
            cells.append(values[column].strip())
    named = [c for c in cells if _starts_with_name(c)]
    return len(named) >= 2 and 2 * len(named) > len(cells)


_KEY_PAIR = re.compile(r"\b(?P<code>[A-Z]{1,3})\s*=\s*(?P<meaning>.+?)(?=\s+\S{1,3}\s*=|$)")


def key_codes(lines: list[_Line], index: int, below: int | None = None) -> dict[str, str]:
    """The status codes a key line above an attendance table (or just below it, from ``below``) explains ("Key: P =
    present  A = apologies  D = apologies, deputy attended", "Key:  ✓ attended in person    T attended via Teams
    A apologies received"), each as its list ("deputy": apologies, a deputy came; "none": not a member then)."""
    codes: dict[str, str] = {}
    near = [*lines[max(0, index - 4) : index], *(lines[below : below + 4] if below is not None else [])]
    texts: list[str] = []
    for line in near:  # "... no apologies received IA" / "= in attendance": a pair wrapped at its "="
        if texts and line.text.strip().startswith("="):
            texts[-1] = f"{texts[-1]} {line.text.strip()}"
        else:
            texts.append(line.text.strip())
    for written in texts:
        keyed = re.match(r"^\s*key\s*[:–—-]?\s*", written, flags=re.I)
        text = written[keyed.end() :] if keyed else written
        text = re.sub(r"(?:^|(?<=\s))(\S{1,3})\s+[–—-]\s+(?=\S)", r"\1 = ", text)  # "P – present A – apologies"
        if "=" in text:
            pairs = [(p["code"], p["meaning"]) for p in _KEY_PAIR.finditer(text)]
        elif keyed:  # "✓ attended in person    T attended via Teams": a code, a space, its meaning, spaced apart
            pairs = [(m["code"], m["meaning"]) for m in _SPACED_PAIR.finditer(text)]
            if len(pairs) < 2:  # the spaces between pairs lost: "✓ present A apologies received D deputy attended"
                pairs = [(m["code"], m["meaning"]) for m in _RUN_PAIR.finditer(text)]
        else:
            pairs = []
        for code, meaning in pairs:
            kind = _kind_meant(meaning.lower())
            if kind is not None:
                codes[code.upper()] = kind
    return codes


_CODE = r"(?:[A-Z]{1,3}|[✓✔√✗✘])"
_RUN_PAIR = re.compile(rf"(?:^|(?<=\s))(?P<code>{_CODE})\s+(?P<meaning>[a-z].*?)(?=\s+{_CODE}\s+[a-z]|$)")
_SPACED_PAIR = re.compile(r"(?:^|\s{2,}|\t)(?P<code>\S{1,3})\s+(?P<meaning>\S(?:.*?\S)?)(?=\s{2,}|\t|$)")


_AS_DEPUTY = r"(?:attending|attended|present)\s+as\s+(?:a\s+)?(?:deputy|substitute)|deputy\s+for"


def _kind_meant(meaning: str) -> str | None:
    return (
        "present" if re.search(_AS_DEPUTY, meaning)
        and "apolog" not in meaning  # "D = attending as deputy for a Board member": the row came

        else "absent" if re.search(r"not represented|did not attend", meaning)  # "NR = not represented, no ..."
        else "deputy" if re.search(r"deput|substitut|represent", meaning)
        else "absent" if re.search(r"did not attend|not present|absent|no apolog", meaning)
        else "apologies" if "apolog" in meaning
        else "none" if re.search(r"not (?:a |yet )?(?:a )?member|vacant|vacancy", meaning)
        else "others" if re.search(r"in attendance|officer|guest|observer", meaning)
        else "present" if re.search(r"present|attended|teams|in person|virtual|remote", meaning)
        else None
    )  # fmt: skip


def deputy_in(cells: list[str], notes: int | None) -> str:
    """The deputy a row's notes name ("Represented by MACKIE, Owen (OM), Head of Service", "DI Lewis PRYCE (LP)")."""
    text = cells[notes] if notes is not None and notes < len(cells) else ""
    text = re.sub(  # "– Marcus Ilori ...", "(rep. by Kate Osei)", "; sub: Rachel Dunn"
        r"^[\s;,(–—-]*(?:(?:represented|rep\.?)\s+by|deputy\s*:?|deputised\s+by|sub(?:stitute)?\s*:?)?\s*", "",
        text.strip(), flags=re.I,
    ).rstrip(" )")  # fmt: skip
    text = re.sub(
        r",?\s*(?:(?:attended|attending)\s+in\s+(?:her|his|their)\s+place|deputised)\.?$", "", text, flags=re.I
    )
    if re.fullmatch(r"[A-Z][A-Za-z]{0,2}[A-Z]", text):
        return text  # "Represented by FL": initials another row gives
    person = _person(text)
    return person.name if person is not None else ""


def stands_for(cells: list[str], notes: int | None) -> str | None:
    """Whom a row's notes say its person stands in for ("Deputising for HP", "for D/Supt Pryor")."""
    text = cells[notes].strip() if notes is not None and notes < len(cells) else ""
    found = re.match(r"^(?:deputising|deputy|attending|substituting)?\s*for\s+(?P<who>\S.{0,60})$", text, re.I)
    return found["who"].strip(" .") if found else None


STATUS_CODES = {"p": "present", "present": "present", "y": "present", "yes": "present", "✓": "present",
                 "deputy": "apologies", "deputised": "apologies",  # a status word: apologies, a deputy came
                 "a": "apologies", "apologies": "apologies", "apols": "apologies", "x": "absent", "n": "absent",
                 "no": "absent", "absent": "absent", "dna": "absent", "not present": "absent"}  # fmt: skip


STANDS_IN = re.compile(
    r"\b(?:deputising|deputizing|attending|representing|standing\s+in|substituting)\s+for\s+(?P<for>.+)$", re.I
)


_STATUS_REP = re.compile(
    r"[–—-]?\s*\b(?:deputy|represented\s+by|rep(?:'d|’d|\.)?\s+by|rep(?:resentative)?|sent)\s*:?\s*(?P<rep>\S.*)$"
    r"|\s*[–—:,(-]\s*(?P<came>[A-Z][^–—]{2,120}?)\s+(?:attended|attending|deputised|deputising)"
    r"(?:\s+instead|\s+as\s+(?:a\s+)?(?:deputy|substitute))?\W*$",
    re.I,
)  # "Apologies – deputy: Sue Kaye (SK)", "Apologies – Ruth Ingham (RI), Safeguarding Lead Practitioner, attended"


def status_of(written: str) -> tuple[str | None, str]:
    """A status cell: its list ("P", "Yes", "Apologies", "–" for not present) and a named deputy, if any
    ("Apologies – deputy: Sue Kaye (SK)")."""
    code = re.sub(r"\s*\([^()]*\)", "", written).lower().strip(" .")  # "Present (Chair)"
    chaired = r"^(present|attended)\s*[–—,-]\s*(?:\w+\s+)?(?:co-?)?chair(?:man|person)?$"  # "Present – Chair"
    code = re.sub(chaired, r"\1", code)
    if STANDS_IN.search(code) or re.match(r"(?:in\s+attendance|attending)\b", code):  # "In attendance – minutes"
        return ("present" if code.startswith("present") else "others"), ""
    if re.fullmatch(r"did\s+not\s+attend|not\s+in\s+attendance|absent\b.*", code):
        return "absent", ""
    deputy = _STATUS_REP.search(written)
    if deputy is not None:
        code = written[: deputy.start()].lower().strip(" .–—-")
    kind = STATUS_CODES.get(code) or ("apologies" if code.startswith("apolog") else None)
    if kind is None and code in {"–", "—", "-"}:
        kind = "absent"
    if deputy is None or kind != "apologies":
        return kind, ""
    came = (deputy["rep"] or deputy["came"]).strip(" .")
    return kind, re.split(r",\s|\s[–—-]\s", came, maxsplit=1)[0]  # the name, without the deputy's post
