"""Who an owner cell or an owner's words name: a person, several people, a body the board may not list yet, or a
person at a body ("CCG (Jo Baxter)", "ICB (RM) and Sandmere Partnership NHS FT (DF)", "Safeguarding Partners (ST
/ PH / LP)"), read the way the chat assistant reads owners and then part by part. A name only worked out (initials
not written in the attendance) is noted so that the preview can say so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.minutes.action_cell import tight_body
from bot.minutes.action_owners import SECTOR, bodies_and_letters, merged, only_an_agency_after_someone
from bot.minutes.people import strip_title
from bot.minutes.table_rows import looks_like_when
from bot.understanding.interpretation import Ambiguity, Owner
from bot.understanding.names import NameIndex
from bot.understanding.owners import OwnerResolver
from bot.understanding.resolution import Resolution
from bot.understanding.text import fold

_THEIR_PEOPLE = re.compile(r"\s+(?:representatives?|leads?|members?)$", re.I)
_GROUPISH = re.compile(  # an owner written as a body the board may not list: "Performance & QA sub-group"
    r"^(?-i:[A-Z])[\w&'’ ,/-]{1,60}\b(?:sub-?group|group|panel|committee|partnership|board|forum|team|services?|"
    r"partners|agencies|members|unit|network)$",
    re.I,
)
_WHO_PARTS = re.compile(r"\s*(?:/|&|\+|\band\b|\bwith\b|,|;|\(|\)|\s[–—-]\s)\s*")
_WHO_DATED = re.compile(
    r"^(?P<who>.+?)\s*(?:[–—-]|,)\s*(?:by\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
    r"oct|nov|dec)[a-z]*\.?(?:\s+\d{2,4})?$",
    re.I,
)
_NOTE_IN_WHO = re.compile(r"\s*\((?:item|minute)\s[^)]*\)|,\s*as\s+[^,;/()]+$", re.I)  # "CA, as SCR Sub-group Chair"
_BODY = re.compile(  # an owner that names an organisation or a body of people rather than a person
    r"\b(?:police|council|trust|ccg|nhs|pct|service|services|agencies|agency|partners|members|team|unit|board|"
    r"panel|group|sub-group|subgroup|committee|forum|constabulary|probation|cafcass|schools|providers|authority)\b",
    re.I,
)
_EVERY_BODY = re.compile(r"(?:each|every|all)\s+[\w\s]+|(?:[\w-]+\s+)?(?:agencies|partners|members)", re.I)
_PAREN_OWNER = re.compile(r"\s*\((?P<who>[^()]{1,60})\)\s*(?:[–—-]\s*(?P<when>[^()–—]{1,40}))?\s*\.?$")
_BARE_TITLE = re.compile(r"(?:DS|DI|DC|DCI|PC|Dr|Mr|Mrs|Ms|Cllr|Supt|Insp|Sgt)\.?")
_BY_WORD = re.compile(r"^by\s+", re.I)
_FIRE_AND_RESCUE = re.compile(r"\bfire\s*(?:&|and)\s*rescue\b", re.I)
_BRACKETED_PERSON = re.compile(r"[^()]+\([^()]+\)")  # "Housing (HB)"
_BODY_AND_PEOPLE = re.compile(r"(?P<body>[^()]+?)\s*\((?P<people>[^()]+[/,&][^()]+)\)")  # "Partners (ST / PH)"
_BY_AGENT = re.compile(r"\bby\s+(?:the\s+)?(?P<agent>[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|and|&)){0,4})")


def _one_known(read: Resolution | None) -> bool:
    """Whether an owner phrase was read as one person or body the minutes list, without doubt."""
    return read is not None and len(read.owners) == 1 and not read.ambiguous and read.owners[0].kind != "unknown"


class _Naming:
    """The owner-naming half of the minutes' action reader (:class:`bot.minutes.actions._Reader`)."""

    names: NameIndex
    resolver: OwnerResolver
    guessed: dict[str, str]
    _guesses: list[str]

    def _each_named(self, people: str) -> tuple[list[Owner], list[Ambiguity]] | None:
        """The owners of a list ("ST / PH / LP"), when each part names someone without doubt; else None."""
        named = [self._named(part) for part in re.split(r"\s*(?:/|,|&|\band\b)\s*", people.strip()) if part]
        return merged(named) if all(owners and not ambiguous for owners, ambiguous in named) else None

    def _named(self, who: str) -> tuple[list[Owner], list[Ambiguity]]:
        """The owners an owner field names ("Lead: X", "By whom", "Action by:"): read as chat reads owners, else
        part by part ("SCR sub-group (Chair – V Quinn)", "Police / VHFT"); a part that names a body the board
        may not list yet is kept as written, a part that names nobody is left out (and warned about)."""
        who = _NOTE_IN_WHO.sub("", who).strip(" ,;.–—-")
        if (bracketed := re.fullmatch(r"(?P<body>[^()]+?)\s*\((?P<person>[^()]+)\)", who)) and (
            someone := self._someone_at(bracketed["body"], bracketed["person"])
            or (
                (_GROUPISH.search(bracketed["person"]) or SECTOR.fullmatch(bracketed["person"].strip()))
                and self._someone_at(bracketed["person"], bracketed["body"])
            )
        ):
            return someone, []  # "CCG (Jo Baxter)", "Gemma Lyle (L&D Subgroup)": the person, not also their body
        bracketed_parts = re.split(r"(?<=\))\s*(?:,|\band\b|&|\bwith\b)\s*", who)
        if len(bracketed_parts) > 1 and all(_BRACKETED_PERSON.fullmatch(p) for p in bracketed_parts):
            found = [self._named(part) for part in bracketed_parts]  # "ICB (RM) and Sandmere Partnership NHS FT (DF)"
            if all(owners for owners, _ in found):
                return merged(found)
        if (listed := _BODY_AND_PEOPLE.fullmatch(who)) and (each := self._each_named(listed["people"])):
            return each  # "Safeguarding Partners (ST / PH / LP)": the people the bracket names
        if (described := re.fullmatch(r"(?P<person>[^,()/;]+),\s*(?P<what>[^,()/;]+)", who)) and (
            someone := self._someone_at(described["what"], described["person"])
        ):
            return someone, []  # "Lee Harrop, Trentshire Fire and Rescue Service", "Andrew Colclough, DASS"
        parts = [p.strip(" ,;.–—-") for p in self._split(r"\s*(?:/|;|\+|&)\s*", who) if p.strip(" ,;.–—-")]
        if _GROUPISH.search(who) and re.search(r"&|\band\b", who):
            parts = self._with_bodies(who)  # "Angela Rourke and the Quality Assurance & Performance sub-group"
        if len(parts) == 1 and len(joint := self._split(r"\s+with\s+", who)) == 2 and all(joint):
            parts = [p.strip(" ,;.–—-") for p in joint]  # "SB (Housing) with Kenwick Fire & Rescue Service"
        if len(parts) > 1:  # "FW / Elmbury Mencap": each part is an owner, read on its own
            found = [self._named(part) for part in parts]
            if all(owners or ambiguous for owners, ambiguous in found):
                return merged(found)
            if not _GROUPISH.search(who) and bodies_and_letters(parts, found):  # "Police / CSC": another body
                return merged([f if f[0] else ([Owner("unknown", p)], []) for p, f in zip(parts, found, strict=True)])
        resolved = None if tight_body(who) else self.resolver.phrase(who)  # "L&D Sub-group": not L and D
        if resolved is None and re.fullmatch(r"[A-Z]{2,4}", who):  # "ME" read by chat as the writer: initials here
            member = self.names.person(who).member
            if member is not None and who in member.aliases:
                return [Owner("member", member.name, member.id)], []
        if resolved is None and (dated := _WHO_DATED.match(who)):  # "LSCB Manager – October 2008"
            return self._named(dated["who"])
        if resolved is None and (within := self._agency_within(who)) is not None:
            return [within], []  # "Fire & Rescue": the one listed agency whose name holds those words
        if resolved is not None:
            self._note_guess(who, resolved.owners)
            owners = list(resolved.owners)
            where = who.rsplit(",", 1)[-1] if "," in who else ""
            at = self.resolver.phrase(where) if where.strip() else None  # "Head of Adult Safeguarding, ACC"
            if at is not None and only_an_agency_after_someone(
                at.owners, [([o for o in owners if o.kind != "agency"], [])]
            ):
                owners = [o for o in owners if o not in at.owners]
            return owners, list(resolved.ambiguous)
        if stacked := self._stacked(who):  # "Westshire Police Westshire CVS Community Safety Partnership": a cell's
            return merged([self._named(p) for p in stacked])  # lines, an owner each, joined by the page
        if _GROUPISH.search(who) or SECTOR.fullmatch(who):  # "Performance & QA sub-group", "Health": a body
            return [Owner("unknown", who)], []
        named: list[tuple[list[Owner], list[Ambiguity]]] = []
        pieces = self._split(f"({_WHO_PARTS.pattern})", who)
        for part, separator in zip(pieces[::2], ["", *pieces[1::2]], strict=False):
            part = part.strip(" ,;.–—-")
            if not part or (part.lower() in {"chair", "lead"} and named):
                continue
            if tight_body(part):  # "L&D Sub-Group – Lorraine Tebbutt": the sub-group as written, then its lead
                named.append(([Owner("unknown", part)], []))
                continue
            one = self.resolver.phrase(strip_title(part))
            if one is not None:
                self._note_guess(part, one.owners)
                if "," in separator and only_an_agency_after_someone(one.owners, named):
                    continue  # "Director of Adult Social Care, ACC": the director, not also the council
                named.append((list(one.owners), list(one.ambiguous)))
            elif _GROUPISH.search(part) or _BODY.search(part):
                named.append(([Owner("unknown", part)], []))  # as written; the import warns it is not known
        return merged(named)

    def _stacked(self, who: str) -> list[str]:
        """The owners of words that name no one as a whole but, read from the start, one body or person the minutes
        list after another, the last perhaps a body they do not ("Westshire Police Westshire CVS Community Safety
        Partnership": owners a line each in a cell, the lines joined); else none."""
        words = who.split()
        for size in range(len(words) - 1, 1, -1) if len(words) <= 16 else ():
            head, rest = " ".join(words[:size]), " ".join(words[size:])
            known = self.resolver.phrase(head, allow_unknown=False)
            if known is None or not _one_known(known) or fold(known.owners[0].name) != fold(head):
                continue
            alone = self.resolver.phrase(rest, allow_unknown=False)
            if _one_known(alone):
                return [head, rest]
            if more := self._stacked(rest):
                return [head, *more]
            if len(rest.split()) >= 2 and _GROUPISH.search(rest):
                return [head, rest]
        return []

    def _known_parts(self, who: str) -> str:
        """The owners of a resolution's subject ("the Head of Safeguarding (Adults) and the Designated Nurse"): each
        part that names someone the minutes list without doubt, or a body as written ("the Engagement Subgroup"),
        joined by " / "; a post the minutes do not tie to anyone is left out (the import warns there is no owner)."""
        kept = []
        for part in re.split(r",?\s+and\s+(?=the\s)", who):
            part = re.sub(r"^the\s+", "", part.strip(), flags=re.I)
            post, comma, body = part.partition(", ")  # "the Deputy Chief Nurse, Pellowby CCG": a post at an agency
            if comma and _one_known(self.resolver.phrase(f"{post} ({body.strip(' ,')})", allow_unknown=False)):
                part = f"{post} ({body.strip(' ,')})"
            named = self.resolver.phrase(strip_title(part), allow_unknown=False)
            if _one_known(named) or _GROUPISH.search(part) or _EVERY_BODY.fullmatch(part):
                kept.append(part)
            elif len(part.split()) >= 3 and _one_known(self.resolver.phrase(part.split()[-1], allow_unknown=False)):
                kept.append(part.split()[-1])  # "Station Manager Ollerton": a post, then the surname
            elif len(bodies := self._bodies(part)) > 1:
                kept.extend(bodies)  # "the Primary Care Trust and Police representatives": each agency
        return " / ".join(kept)

    def _bracketed_owner(self, body: str) -> tuple[str, str] | None:
        """(owners, the task with its date in words) of a task ending with its owners in brackets, perhaps with a
        date after them or inside ("Publish it (JW) – by 27 June", "Commission a reviewer (GC, 30 November 2023)");
        None when the brackets hold anything else ("Sally Holmes (Police)": a name, its agency)."""
        owned = _PAREN_OWNER.search(body)
        if owned is None or len(body[: owned.start()].split()) < 4:
            return None
        who, when = owned["who"].strip(), (owned["when"] or "").strip(" .")
        head, comma, tail = who.rpartition(", ")
        undated = re.fullmatch(r"ongoing|tb[ca]|asap|as soon as possible|n/?a", tail.strip(" ."), re.I)
        if not self._owners_like(who) and comma and not when and (looks_like_when(_BY_WORD.sub("", tail)) or undated):
            who, when = head, tail  # "(JH / DW, 3/11/23)"
        if not self._owners_like(who):
            return None
        due = _BY_WORD.sub("", when)
        return who, body[: owned.start()].rstrip(" .;") + (f" by {due}" if due else "")

    def _owners_like(self, written: str) -> bool:
        """Whether a bracket at an action's end names its owners: initials, names or groups the reader knows."""
        parts = [p.strip() for p in re.split(r"\s*(?:,|/|&|\band\b|\bwith\b)\s*", written) if p.strip()]
        return bool(parts) and all(
            len(p.split()) <= 5 and not re.search(r"\s(?:to|will|would|should)\s", f" {p} ")  # not a sentence
            and not (_BARE_TITLE.fullmatch(p) and not self.resolver.phrase(p))  # "DS" of "DS Aspinall": a rank
            and (re.fullmatch(r"[A-Z][A-Za-z]{0,2}[A-Z]?", p) or self.resolver.phrase(strip_title(p))
                 or _GROUPISH.search(p))
            for p in parts
        )  # fmt: skip

    def _who_then_when(self, cell: str) -> tuple[str, str] | None:
        """(owners, date) of a cell that writes the owners and then the date with no mark between ("FM 16 Oct", "PW by
        23/10/20", "All panel members 23.10.20", "PW next panel"); None when no ending reads as a date."""
        words = cell.split()
        for size in range(1, min(4, len(words) - 1) + 1):  # the shortest date that leaves owners before it
            head, tail = " ".join(words[:-size]), " ".join(words[-size:])
            dated = looks_like_when(tail) or re.fullmatch(r"next\s+(?:panel|meeting|board|group|exec)", tail, re.I)
            if dated and self._owners_like(head):
                return head, tail
        return None

    def _agency_within(self, written: str) -> Owner | None:
        """The one listed agency whose name holds ``written``'s words, two or more of them, in order ("Fire &
        Rescue" in "Thornshire Fire & Rescue Service"); None for none or several."""
        words = fold(written.replace("&", " and ")).split()
        if len(words) < 2 or len(words) > 5:
            return None
        key = f" {' '.join(words)} "
        found = [a for a in self.names.directory.agencies if key in f" {fold(a.name.replace('&', ' and '))} "]
        return Owner("agency", found[0].name, found[0].id) if len({a.name for a in found}) == 1 else None

    def _bodies(self, part: str) -> list[str]:
        """The agencies (or people) of "X, Y and Z representatives", each named as the minutes list it; [] unless
        every one is."""
        named = [self._agency_named(b) for b in re.split(r",\s*|\s+and\s+", _THEIR_PEOPLE.sub("", part))]
        return [b for b in named if b] if all(named) else []

    def _agency_named(self, written: str) -> str | None:
        """``written`` when it names one person or body the minutes list, or the one listed agency whose name ends
        with it ("Primary Care Trust" for "North Tarrington Primary Care Trust"); else None."""
        if _one_known(self.resolver.phrase(written, allow_unknown=False)):
            return written
        tail = f" {written.strip().lower()}"
        found = [a.name for a in self.names.directory.agencies if a.name.lower().endswith(tail)]
        return found[0] if len(found) == 1 else None

    def _split(self, separators: str, who: str) -> list[str]:
        """``re.split`` of an owner field, except inside a body's name that has "&" or "and" in it ("Kenwick & Dunmore
        Police", "Fire and Rescue Service"): the agencies the minutes list, and any fire and rescue service."""
        held = [(m.start(), m.end()) for m in _FIRE_AND_RESCUE.finditer(who)]
        folded = who.lower()
        for agency in self.names.directory.agencies:
            name = agency.name.lower()
            if ("&" in name or " and " in name) and (at := folded.find(name)) >= 0:
                held.append((at, at + len(name)))
        if not held:
            return re.split(separators, who)
        out, begin, groups = [], 0, re.compile(separators).groups
        for found in re.finditer(separators, who):
            if any(a < found.end() and found.start() < b for a, b in held):
                continue
            out.append(who[begin : found.start()])
            out.extend(found.groups()[:groups])
            begin = found.end()
        return [*out, who[begin:]]

    def _someone_at(self, body: str, person: str) -> list[Owner]:
        """The person of "Agency (Person)" when the brackets name one person and what is before them an agency, a
        body, nothing the minutes list, or the same person's post ("Andrew Colclough, DASS")."""
        named = self.resolver.phrase(strip_title(person.strip()), allow_unknown=False)
        if named is None or named.ambiguous or len(named.owners) != 1 or named.owners[0].kind != "member":
            return []
        where = self.resolver.phrase(body.strip(), allow_unknown=False)
        if where is None or all(o.kind in ("agency", "group") for o in where.owners):
            return list(named.owners)
        return list(named.owners) if list(where.owners) == list(named.owners) else []

    def _with_bodies(self, who: str) -> list[str]:
        """The owners of an owner field that names a body whose name has "&" or "and" in it: the parts, with the
        parts before a body's last word that name no one joined to it again ("Learning and Development sub-group")."""
        pieces = self._split(r"(\s*(?:/|;|\+|&|\band\b)\s*)", who)
        parts, separators = [pieces[0]], []
        for separator, piece in zip(pieces[1::2], pieces[2::2], strict=True):
            separators.append(separator)
            parts.append(piece)
        for index in range(len(parts) - 1, 0, -1):
            joined = f"{parts[index - 1]}{separators[index - 1]}{parts[index]}"
            alone = self.resolver.phrase(strip_title(parts[index - 1].strip()), allow_unknown=False)
            tight = separators[index - 1] == "&" or len(parts[index - 1].strip()) < 2  # "L&I sub-group": one name
            alone = alone if alone is not None and alone.owners and not alone.ambiguous and not tight else None
            if re.search(r"&|and", separators[index - 1]) and _GROUPISH.search(parts[index]) and not alone:
                parts[index - 1 : index + 1] = [joined]
                del separators[index - 1]
        return [re.sub(r"^the\s+", "", p.strip(" ,;.–—-"), flags=re.I) for p in parts if p.strip(" ,;.–—-")]

    def _agent(self, body: str) -> list[Owner]:
        """Who a passive action names as doing it ("to be circulated by Jo", "set up and maintained by the
        Business Manager"): the first "by X" that is someone, not a date."""
        for found in _BY_AGENT.finditer(body):
            words = found["agent"].split()
            for size in range(len(words), 0, -1):  # "by LB before the May Board": the longest that is someone
                named = self.resolver.phrase(" ".join(words[:size]), allow_unknown=False)
                if named is not None and named.owners and not named.ambiguous:
                    self._note_guess(" ".join(words[:size]), named.owners)
                    return list(named.owners)
        return []

    def _note_guess(self, written: str, owners: Sequence[Owner]) -> None:
        name = self.guessed.get(fold(strip_title(written)))
        if name is not None and any(o.name == name for o in owners):
            self._guesses.append(f"'{written.strip()}' read as {name}")
