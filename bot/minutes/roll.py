"""One meeting's attendance as the reader collects it (:class:`Roll`), and the links between its people made once
every list is read: a name written in full elsewhere in the minutes, a deputy and the member they came for (by
name, surname, initials or post), a deputy named only on an apology, who came, and the header's chair.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from bot.minutes.entries import _person, name_first
from bot.minutes.lines import _Line
from bot.minutes.people import _initials_fit, person_name, strip_title
from bot.minutes.results import Person
from bot.understanding.text import fold


@dataclass
class Roll:
    """The attendance of one meeting as written: members present, apologies, others there, members absent."""

    present: list[Person] = field(default_factory=list)
    apologies: list[Person] = field(default_factory=list)
    others: list[Person] = field(default_factory=list)
    absent: list[Person] = field(default_factory=list)

    def add(self, kind: str, people: list[Person]) -> None:
        getattr(self, kind).extend(people)

    def everyone(self) -> list[Person]:
        return [*self.present, *self.apologies, *self.others, *self.absent]


def _full_names(roll: Roll, text: str) -> None:
    """ "B O'NEILL" listed, "Brendan O'Neill" written elsewhere in the same minutes (a membership key, the
    discussion): the one full name with that initial and surname is the person's name."""
    for kind in ("present", "apologies", "others", "absent"):
        people = getattr(roll, kind)
        for number, person in enumerate(people):
            words = person.name.split()
            if len(words) != 2 or len(words[0].rstrip(".")) != 1:
                continue
            initial, surname = words[0][0], words[1]
            pattern = rf"\b(({initial}[a-z]+(?:-[A-Z][a-z]+)?)\s+{re.escape(surname)})\b"
            matches = re.finditer(pattern, text, re.I if surname.isupper() else 0)
            found = {m[1] for m in matches if m[2][1:].islower() and strip_title(f"{m[2]} x") == f"{m[2]} x"}
            full = {f"{m.split()[0]} {surname}" for m in found}
            if len(full) == 1:
                people[number] = replace(person, name=full.pop())
    for number, person in enumerate(roll.apologies):
        if person.representative and len(person.representative.split()[0]) == 1:  # "rep: T HOLLIS"
            surname = fold(person.representative).split()[-1]
            named = [p.name for p in roll.present if fold(p.name).split()[-1] == surname]
            if len(named) == 1:
                roll.apologies[number] = replace(person, representative=named[0])


def _link_representing(roll: Roll) -> None:
    """ "Tom Smith (representing Jane Roe)" present: Tom is Jane's named representative on her apology (and Jane,
    named in full and listed nowhere else, sent apologies). A note
    that names only a surname ("(representing Supt Harcourt)", "(DCI Maddox attending)") is the one person of
    that surname in the list it points at."""
    for number, person in enumerate(roll.present):  # "Fiona Grice (sub: Joanna Blaikie)" among those present
        if person.representative is not None and person.representing is None:
            roll.present[number] = person = replace(person, representative=None, representing=person.representative)
        if person.representing is None:
            continue
        absent = _by_name(roll.apologies, person.representing) or _by_post(roll.apologies, person.representing)
        if absent is not None and absent.representative is None:
            for number, listed in enumerate(roll.apologies):  # an apology written twice (list and sentence)
                if fold(listed.name) == fold(absent.name):
                    roll.apologies[number] = replace(listed, representative=person.name)
        named = person_name(person.representing) if absent is None else None
        full = named is not None and re.fullmatch(r"[A-Z][a-z]+(?:[ '’-][A-Za-z'’-]+)+", named.name) is not None
        if named is not None and full and _by_name(roll.everyone(), named.name) is None:
            roll.apologies.append(Person(named.name, person.agency, representative=person.name))  # "for Jill Cardew"
    present = {fold(p.name) for p in roll.present}
    for number, absent in enumerate(roll.apologies):
        if absent.representative and " " not in absent.representative:
            stands_in = _by_name(roll.present, absent.representative)
            roll.apologies[number] = replace(absent, representative=stands_in.name if stands_in else None)
        elif absent.representative and fold(absent.representative) not in present:  # "rep. T Aspinall"
            stands_in = _by_name(roll.present, absent.representative)
            roll.apologies[number] = replace(
                absent, representative=stands_in.name if stands_in else absent.representative
            )


def _by_post(people: list[Person], written: str) -> Person | None:
    """The one person in ``people`` who holds the post written ("the Chief Nurse"), with the same agency if the
    post names one."""
    post = re.match(r"the\s+(?P<post>.+)$", written.strip(), re.I)
    if post is None:
        return None
    key = fold(post["post"])
    found = [p for p in people if p.role and (fold(p.role) == key or fold(p.role).split(", ")[0] == key)]
    return found[0] if len(found) == 1 else None


def _deputies_present(roll: Roll) -> None:
    """A deputy named only on the apology they stand in for ("Anthony Reeve (deputising: Lynne Grady)", "Apologies
    – Ruth Ingham (RI) attended") came to the meeting: a member present, for the absent member's agency."""
    listed = {fold(p.name) for p in roll.everyone()}
    for absent in roll.apologies:
        deputy = person_name(absent.representative) if absent.representative else None
        if deputy is not None and fold(deputy.name) not in listed:
            listed.add(fold(deputy.name))
            roll.present.append(Person(deputy.name, absent.agency, initials=deputy.initials))


def _by_name(people: list[Person], written: str) -> Person | None:
    """The person a full name, a lone surname or an initial and surname means in ``people`` (one only), titles
    and all ("Det Supt Lyle", "D Pryce", "DCI Rachel Morrow")."""
    bare = strip_title(name_first(written.strip(" .;,()")))  # "Featherstone, DCI Gareth" too
    key = fold(bare)
    words = key.split()
    if not words:
        return None
    found = [p for p in people if fold(p.name) == key] or (  # a lone surname, "Osei-Mensah" too
        [p for p in people if f" {fold(p.name)}".endswith(f" {key}")] if len(bare.split()) == 1 else []
    )
    if not found and re.fullmatch(r"[A-Z][A-Z][A-Za-z]{0,2}|[A-Z][a-z]?[A-Z][a-z]?", written.strip()):  # "HP", "JAl"
        found = [p for p in people if p.initials == written.strip()]
    if not found and len(words) == 2 and len(words[0].rstrip(".")) == 1:  # "K Lyall": her initial and surname
        found = [p for p in people if fold(p.name).split()[-1] == words[1] and fold(p.name)[:1] == words[0][:1]]
    return found[0] if len({fold(p.name) for p in found}) == 1 else None


_CHAIR_FIELD = re.compile(r"^chair(?:ed\s+by)?\s*[:\t–—-]\s*(?P<who>\S.{2,120})$", re.I)


def _chair_present(roll: Roll, lines: list[_Line]) -> None:
    """The person a header's "Chair:" field names chaired the meeting: present, when no list names them."""
    for line in lines[:40]:
        if line.item is not None:
            break
        field = _CHAIR_FIELD.match(line.text.strip())
        chair = _person(field["who"].replace("\t", " ")) if field else None
        if chair is not None and not any(fold(p.name) == fold(chair.name) for p in roll.everyone()):
            roll.present.insert(0, chair)
            return


def _deputies(rest: str, below: list[_Line], listed: list[Person], roll: Roll) -> list[Person]:
    """The deputies of a "Deputies:" list, and the members it names as having sent them (added to the
    apologies): entries after the label ("Mark Treadwell – sub: Craig Halloran; ..."), sentences ("Mel Armitage ...
    attended for Jacqui Sugden (DCS). Insp. Ravi Chaudhry ... – sub for ..."), or lines written surname first
    ("Moxham, DI Karen (Police) for Featherstone, DCI Gareth")."""
    if rest.strip() and ";" not in rest:
        run_on = " ".join([rest, *(line.text.strip() for line in below)])
        sentences = re.split(r"(?<=[a-z)])\.\s+(?=[A-Z])", run_on)
        listed = [p for p in (_person(s) for s in sentences) if p is not None] or listed
    if not listed:
        written = [line.text.strip() for line in below if line.text.strip()]
        listed = [p for p in (_person(name_first(t)) for t in written) if p is not None]
    roll.add("apologies", [p for p in listed if p.representative])  # the member: their deputy came
    return [p for p in listed if not p.representative]  # the deputies: "Leanne Foster (for Martin Greaves)"


_KEY_LABEL = re.compile(
    r"^(?:key\s+to\s+(?:the\s+)?initials|abbreviations(?:\s+used)?|initials(?:\s+used)?)\s*[:–—-]?\s*(?P<rest>.*)$",
    re.I,
)
_KEY_ENTRY = re.compile(
    r"^(?P<initials>[A-Z][A-Za-z'’]{1,3})\s*(?:[–—=:-]|\t)\s*(?P<name>[A-Z][^,;()\t]+?)\s*(?:[,(\t].*)?$"
)


def _initials_key(roll: Roll, lines: list[_Line]) -> None:
    """A key of initials ("Abbreviations used: KW – Kirsty Wenlock; NR – Nadia Rahman"): each person it names in
    full, listed without initials, has those (when they fit the name)."""
    for index, line in enumerate(lines):
        found = _KEY_LABEL.match(line.text.strip())
        if found is None:
            continue
        texts = [found["rest"]]
        for below in lines[index + 1 : index + 40]:
            if not below.text.strip() and len(texts) > 1:
                break
            texts.append(below.text)
        for entry in (e.strip() for text in texts for e in text.split(";")):
            keyed = _KEY_ENTRY.match(entry)
            if keyed is None or not _initials_fit(keyed["initials"], keyed["name"]):
                continue
            for kind in ("present", "apologies", "others", "absent"):
                people = getattr(roll, kind)
                for number, person in enumerate(people):
                    if person.initials is None and fold(person.name) == fold(strip_title(keyed["name"])):
                        people[number] = replace(person, initials=keyed["initials"])


_NAME_WORDS = r"(?:(?:[A-Z]\.|(?:Mr|Mrs|Ms|Dr)\.?|[A-Z][\w'’-]+)\s+){%d,5}[A-Z][\w'’-]+"  # "Mrs K. Sayle"
_SUBSTITUTE = re.compile(
    rf"(?P<deputy>{_NAME_WORDS % 1})(?:,\s+[^,.;()]{{2,60}},)?\s+(?:attended|was\s+present|deputised|was\s+attending)"
    r"(?:\s+as\s+(?:a\s+)?(?:substitute|deputy|representative))?\s+(?:for|on\s+behalf\s+of|in\s+place\s+of)\s+"
    rf"(?P<member>{_NAME_WORDS % 0})"
)


def _substitutions(roll: Roll, lines: list[_Line]) -> None:
    """ "Detective Inspector R. Pyle attended as substitute for Detective Superintendent Cowell and Mrs K. Sayle
    attended on behalf of Mr Lund": each member named who sent apologies has that deputy as their representative."""
    text = " ".join(line.text.strip() for line in lines if line.text.strip())
    for found in _SUBSTITUTE.finditer(text):
        member = _by_name(roll.apologies, found["member"])
        deputy = person_name(found["deputy"])
        if member is None or deputy is None or member.representative is not None:
            continue
        for number, listed in enumerate(roll.apologies):
            if listed is member:
                roll.apologies[number] = replace(listed, representative=deputy.name)
        if _by_name(roll.everyone(), deputy.name) is None:  # "Janet Holroyd, Named Nurse, attended on behalf of …"
            roll.present.append(Person(deputy.name, representing=member.name))
