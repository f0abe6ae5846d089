"""Fuzzy matching of written names to the board's members, agencies and groups.

The rule is to refuse to guess: a name that fits several members returns them all as candidates, and a name
that fits nobody well returns nobody, because a wrong owner is worse than a question.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.directory import AgencyInfo, Directory, GroupInfo, Person
from bot.understanding.agencies import acronym_forms, candidate_short_names, split_department
from bot.understanding.agency_typos import agency_words, typo_fixed
from bot.understanding.memo import kept
from bot.understanding.name_keys import POSSESSIVE_WORD, joined_possessive, loose_key, without_article, without_suffix
from bot.understanding.name_words import NAME_WORD, OPENING_WORDS, is_everyday_word
from bot.understanding.patterns import guarded
from bot.understanding.text import fold

# Common English forms of the same first name; two first names match when they share a set.
_NICKNAMES: tuple[frozenset[str], ...] = tuple(
    frozenset(group.split())
    for group in (
        "susan sue su suzanne susie suzy",
        "nicola nicky nicki nikki nicole",
        "nicholas nick nicky",
        "vivien vivienne vivian viv",
        "anthony antony tony",
        "michael mike mick",
        "christopher chris",
        "christine christina chris",
        "joanne joanna jo josephine",
        "katherine kate katie kath catherine cathy kathryn katharine",
        "rachael rachel rach",
        "elizabeth liz beth lizzie",
        "robert rob bob",
        "william will bill",
        "david dave",
        "james jim jimmy",
        "andrew andy",
        "stephen steven steve",
        "daniel dan danny",
        "thomas tom",
        "matthew matt",
        "jennifer jen jenny",
        "rebecca becky becca",
        "deborah debbie debra debs",
        "amanda mandy",
        "pamela pam",
        "valerie val",
        "jacqueline jackie jacqui",
        "margaret maggie peggy",
        "gillian gill jill",
        "alexander alexandra alex",
        "samuel samantha sam",
        "richard rich rick",
        "timothy tim",
        "patricia trish tricia pat",
        "jayne jane",
        "philip phillip phil",
        "jonathan jon",
        "benjamin ben",
        "edward ed eddie",
    )
)
# For each nickname word, the indices of the groups in _NICKNAMES that hold it.
_NICKNAME_GROUPS: dict[str, frozenset[int]] = {
    word: frozenset(i for i, group in enumerate(_NICKNAMES) if word in group) for word in frozenset().union(*_NICKNAMES)
}
_NO_GROUPS: frozenset[int] = frozenset()
# "Phase" for "Phase Trust (voluntary)": a charity or trust called by its own first word, written with a capital.
_OWN_NAME_WORD = guarded(r"(?-i:[A-Z])[a-z]{3,}")
_NAMED_BY_FIRST_WORD = guarded(r"[A-Z][a-z]{3,}\s+(?:Trust|Charity|Project)(?:\s*\([^)]*\))?")
_QUALIFIER = guarded(r"\s*\([^)]*\)")  # "(voluntary)" in an agency's name
# Short forms in agency names: "West Mids Fire" is West Midlands Fire Service.
_EACH = re.compile(r"(?:each|every)\s+(?:one\s+of\s+the\s+)?(?P<one>.+?)s?$")
_BARE_OWNED = re.compile(r"[a-z&]{2,6}s")
_GROUP_WORDS = re.compile(r"^(?:the\s+)?|\s+(?:sub\s*group|sub|group)$", re.I)
_INITIALS = re.compile(r"[A-Z]{2,4}")
_SHORT_FORMS = {"mids": "midlands", "svc": "service", "svcs": "services", "dept": "department", "cttee": "committee"}
_SHORT_WORDS = guarded(r"\b(?:" + "|".join(_SHORT_FORMS) + r")\b")
# A first name's first letters written as its short form: three or four letters, no month's or weekday's.
_SHORT_FIRST = guarded(
    r"(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|"
    r"sat|sun|ton)$)[a-z]{3,4}"
)
_FIRST_NAME_TYPO = 84  # fuzz.ratio for a mistyped first name (Tabitha / Tabetha)
_LAST_NAME_TYPO = 80  # fuzz.ratio for a mistyped surname (McConnel / McConnell, Ibraheem / Ibrahim)
_FULL_NAME_TYPO = 80  # fuzz.ratio for a mistyped full name (Tony Oakmen / Tony Oakman)


def same_first_name(written: str, first: str, *, typos: bool = False) -> bool:
    """Whether a written first name means the member's first name: equal, a nickname or an initial; with
    ``typos``, also a near spelling (which only ever makes a suggestion, never a match)."""
    if written == first:
        return True
    if not _NICKNAME_GROUPS.get(written, _NO_GROUPS).isdisjoint(_NICKNAME_GROUPS.get(first, _NO_GROUPS)):
        return True
    if len(written) == 1:
        return first.startswith(written)
    if not typos or len(written) < 4:
        return False
    ratio = fuzz.ratio(written, first)  # "Jassy" for Jassi, "Merlyn" for Merlin: near, and sounding the same
    if ratio >= _FIRST_NAME_TYPO or (ratio >= 75 and sounds_alike(written, first)):
        return True
    return written[0] == first[0] and OSA.distance(written, first) == 1  # "Zara" for Zala, "Jsasi": one slip


def is_first_name(word: str) -> bool:
    """Whether a word is a common first name or its short form ("will", "sue"), on the roster or not."""
    return fold(word) in _NICKNAME_GROUPS


def names_someone(who: str) -> bool:
    """Whether the subject of an absence names a person ("Dave", "Dave Smith", "bob"): one to three words, the first
    a common first name or every word capitalised, none an everyday or opening word."""
    words = who.split()
    if not 1 <= len(words) <= 3 or any(w.lower() in OPENING_WORDS or is_everyday_word(w) for w in words):
        return False
    return is_first_name(words[0]) or all(NAME_WORD.match(w) and not w.isupper() for w in words)


def stranger_named(subject: str) -> bool:
    """Whether the one capitalised word before "to <work>" names someone not on the roster ("Bev to run", "Will to")."""
    return " " not in (word := subject.strip()) and word[:1].isupper() and (names_someone(word) or is_first_name(word))


_SOUNDEX = str.maketrans("bfpvcgjkqsxzdtlmnr", "111122222222334556", "aeiouyhw")


def sounds_alike(one: str, other: str) -> bool:
    """Whether two names sound the same by Soundex ("Sue" and "Su" do; "Nicki" and "Nicola" do not)."""
    return bool(one and other) and _soundex(one) == _soundex(other)


def _soundex(name: str) -> str:
    """The Soundex code of a name: its first letter and the next three consonant sounds ("Nicola" N24)."""
    letters = "".join(c for c in name.lower() if c.isalpha())
    if not letters:
        return ""
    code, last = letters[0].upper(), letters[0].translate(_SOUNDEX) or ""
    for char in letters[1:]:
        digit = char.translate(_SOUNDEX)
        if digit and digit != last:
            code += digit
        if char not in "hw":
            last = digit
    return (code + "000")[:4]


@dataclass(frozen=True, slots=True)
class PersonMatch:
    """The member a name means, or the candidates when it could mean several, or neither; when neither, the
    members whose names it is a near spelling of (``suggestions``, best first), to be offered, never assumed."""

    member: Person | None = None
    candidates: tuple[Person, ...] = ()
    suggestions: tuple[Person, ...] = ()

    @property
    def ambiguous(self) -> bool:
        return self.member is None and len(self.candidates) > 1


@dataclass(frozen=True, slots=True)
class AgencyMatch:
    agency: AgencyInfo | None = None
    candidates: tuple[AgencyInfo, ...] = ()


# Titles and ranks written before a name in formal messages ("DS Holmes", "Cllr Smith", "Dr AbuAffan").
_TITLES = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "cllr", "councillor", "rev", "revd", "sir", "dame",
     "ds", "di", "dc", "dci", "dsi", "dsupt", "supt", "ch", "insp", "inspector", "sgt", "sergeant", "pc", "det"}
)  # fmt: skip


class NameIndex:
    """Lookups over one board's directory, built once per roster version."""

    def __init__(self, directory: Directory) -> None:
        self.directory = directory
        self._exact: dict[str, list[Person]] = defaultdict(list)
        self._by_last: dict[str, list[Person]] = defaultdict(list)
        self._by_first: dict[str, list[Person]] = defaultdict(list)
        for person in directory.members:
            for written in (person.name, *person.aliases):
                key = fold(written)
                if key and person not in self._exact[key]:
                    self._exact[key].append(person)
            words = fold(person.name).split()
            if not words:  # a stored name of no letters or digits (an odd import) is found by nothing
                continue
            self._by_first[words[0]].append(person)
            if len(words) > 1:
                self._by_last[words[-1]].append(person)
        self._last_names = list(self._by_last)
        self._first_starts: dict[str, list[str]] = defaultdict(list)  # "rog": ["roger"], for short first names
        for first in self._by_first:
            for size in (3, 4):
                if len(first) > size:
                    self._first_starts[first[:size]].append(first)
        self._full_names = [fold(p.name) for p in directory.members]
        # Every word of a nickname group that holds a member's first name ("Viv" when Vivien is a member).
        self._nickname_words: frozenset[str] = frozenset().union(
            *(group for group in _NICKNAMES if any(first in group for first in self._by_first))
        )
        self._agency_keys: dict[str, list[AgencyInfo]] = defaultdict(list)
        self._agencies = (*directory.agencies, *directory.departments)  # a department is named as its own owner
        for agency in self._agencies:
            plain = _QUALIFIER.sub("", agency.name).strip()  # "Phase Trust" for "Phase Trust (voluntary)"
            forms = (agency.name, *agency.short_names, plain, *sorted(acronym_forms(agency.name)))
            for written in dict.fromkeys(forms):
                if agency not in self._agency_keys[fold(written)]:
                    self._agency_keys[fold(written)].append(agency)
        self._agency_names = [fold(a.name) for a in self._agencies]
        self._agency_words = agency_words(self._agency_keys, (w for n in self._full_names for w in n.split()))
        # "comm safety": each name's words (a department's without its council), by their count and first letters
        self._word_starts: dict[tuple[int, str], list[tuple[AgencyInfo, tuple[str, ...]]]] = defaultdict(list)
        for agency in self._agencies:
            for form in {agency.name, split_department(agency.name)[1] or ""} - {""}:
                kept = tuple(w for w in fold(form).split() if any(c.isalnum() for c in w))
                if len(kept) >= 2:
                    self._word_starts[(len(kept), kept[0][:3])].append((agency, kept))
        # Words for a kind of agency that fit several of the board's ("Probation": the NPS and the CRC).
        self._shared_agency_keys: dict[str, list[AgencyInfo]] = defaultdict(list)
        for agency in directory.agencies:
            for written in candidate_short_names(agency.name):
                key = fold(written)
                if key not in self._agency_keys and agency not in self._shared_agency_keys[key]:
                    self._shared_agency_keys[key].append(agency)
        self._group_keys: dict[str, GroupInfo] = {}
        for group in directory.groups:
            for written in (group.name, *group.aliases):
                self._group_keys[fold(written)] = group
                self._group_keys.setdefault(joined_possessive(fold(written)), group)
                self._group_keys.setdefault(re.sub(r"\bsub ?group\b", "sub", fold(written)), group)  # "sub chairs"
                self._group_keys.setdefault(loose_key(fold(written)), group)  # "QA comms", "vulnerable kids group"
            words = fold(group.name).split()
            if "&" in words:  # "pp&p", "PP & P": the initials of "Policy, Procedures & Practice", with its "&"
                self._group_keys.setdefault(fold("".join(w if w == "&" else w[0] for w in words)), group)
                if len(words[0]) <= 3:  # "QA&C", "QA & C": "QA & Comms" with its first word whole
                    short = "".join(w if w == "&" or n == 0 else w[0] for n, w in enumerate(words))
                    self._group_keys.setdefault(fold(short), group)
                    self._group_keys.setdefault(fold(short.replace("&", " & ")), group)

    # People ---------------------------------------------------------------------------------------------
    def person(self, written: str) -> PersonMatch:
        """The member a written name means: exact names and aliases, a first name or a nickname with the exact
        surname or its initial, or a first name, nickname or surname alone. A misspelling matches nobody: its
        near names come back as ``suggestions``, because a wrong owner is worse than a question."""
        key = fold(written)
        words = key.split()
        if not words:
            return PersonMatch()
        if len(words) > 1 and words[0] in _TITLES:  # "DS Holmes", "Mr Ballinger", "Dr AbuAffan": the name after it
            return self.person(" ".join(words[1:]))
        exact = self._exact.get(key, [])
        if len(words) == 1:
            found = self._full_form_over_short(words[0], self._by_single_word(words[0]))
            if len(words[0]) == 1:  # "C to audit …": a letter alone names nobody for certain, whoever it may be
                return PersonMatch(suggestions=tuple(found))
            firsts = [fold(p.name).split()[0] for p in found]
            if (
                len(found) > 1
                and all(f.startswith(words[0]) and f != words[0] for f in firsts)
                and any(len(f) - len(words[0]) == 1 for f in firsts)
            ):  # "ann": a letter short of Anne, the start of Annette: a misspelling, both offered
                return PersonMatch(suggestions=tuple(sorted(found, key=lambda p: len(p.name.split()[0]))))
        elif len(exact) == 1:
            return PersonMatch(exact[0], (exact[0],))
        elif len(words[-1]) == 1:
            found = [p for p in self._by_single_word(words[0]) if fold(p.name).split()[-1].startswith(words[-1])]
        else:
            found = self._by_first_and_last(words[0], words[-1])
            if not found and len(words) == 2 and len(words[1]) <= 3 and not is_everyday_word(words[1]):
                # "kate mc", "sue hay": a first name and the first letters of the surname ("Marie Hunt" is asked)
                found = [p for p in self._by_single_word(words[0]) if _surname_begins(p, words[1])]
        if len(found) == 1:
            return PersonMatch(found[0], tuple(found))
        if found:
            return PersonMatch(None, tuple(found))
        return PersonMatch(suggestions=self.near(key))

    def spelling_variant(self, written: str, member: Person) -> bool:
        """Whether a written name is the member's first name spelt another way that sounds the same, alone or with
        their surname ("Rachel" or "Rachel Doyle" for Rachael Doyle, "Nikki Burrows" for Nicki Burrows): asked
        about in a message, not assumed. Short forms ("Mike Galikowski" for a Michael, "Tony O"), initials and
        aliases are not."""
        key = fold(written)
        words, own = key.split(), fold(member.name).split()
        if not words or len(own) < 2 or key in self._exact or len(words[0]) < 2:
            return False
        short = words[0].startswith(own[0]) or own[0].startswith(words[0])  # "Sue Vincent" for Su: a short form
        if len(words) == 1:  # "Rachel" alone for Rachael, "Merlyn" for Merlin: the first name spelt another way
            return not short and words[0] != own[0] and sounds_alike(words[0], own[0])
        initial = len(words) == 2 and len(words[1]) == 1 and own[-1].startswith(words[1])  # "Rachel D"
        return (words[-1] == own[-1] or initial) and not short and sounds_alike(words[0], own[0])

    def near(self, written: str) -> tuple[Person, ...]:
        """Members whose name the written one is a plausible misspelling of, best first (at most three)."""
        key = fold(written)
        words = key.split()
        if not words:
            return ()
        scored: dict[int, tuple[float, Person]] = {}

        def offer(score: float, person: Person) -> None:
            if person.id not in scored or scored[person.id][0] < score:
                scored[person.id] = (score, person)

        for _name, score, index in process.extract(
            key, self._full_names, scorer=fuzz.ratio, score_cutoff=_FULL_NAME_TYPO, limit=5
        ):
            offer(score, self.directory.members[index])
        if len(words) == 1 and len(words[0]) >= 4:
            for first in self._by_first:
                if same_first_name(words[0], first, typos=True):
                    for person in self._by_first[first]:
                        offer(fuzz.ratio(words[0], first), person)
            for surname, score, _ in process.extract(
                words[0], self._last_names, scorer=fuzz.ratio, score_cutoff=_LAST_NAME_TYPO, limit=3
            ):
                for person in self._by_last[surname]:
                    offer(score, person)
        elif len(words) > 1:
            for surname, score, _ in process.extract(
                words[-1], self._last_names, scorer=fuzz.ratio, score_cutoff=_LAST_NAME_TYPO, limit=5
            ):
                for person in self._by_last[surname]:
                    own = fold(person.name).split()[0]
                    if same_first_name(words[0], own, typos=True):
                        offer(score + 10, person)
                    elif surname == words[-1] and own[:2] == words[0][:2]:  # "Sarah Holmes": Sally Holmes, offered
                        offer(score, person)
        ranked = sorted(scored.values(), key=lambda item: (-item[0], item[1].name))
        return tuple(p for _, p in ranked[:3])

    def _by_single_word(self, word: str) -> list[Person]:
        found = [p for p in self._exact.get(word, [])]
        for first in self._by_first:
            if same_first_name(word, first):
                found.extend(p for p in self._by_first[first] if p not in found)
        found.extend(p for p in self._by_last.get(word, []) if p not in found)
        return found or self._by_short_first(word)

    def _by_short_first(self, word: str) -> list[Person]:
        """ "rog" for Roger, "tab" or "tabs" for Tabetha, "mart" for Martine: the first three or four letters of first
        names, when one of them is at least two letters longer (a letter short is a misspelling: "Ann" asks "Anne or
        Annette?"); never a month's or weekday's short form or an everyday word."""
        if word.endswith("s") and len(word) == 4 and not is_everyday_word(word):
            word = word[:-1]  # "tabs" for Tabetha, "babs": the short form with the fond "s"
        if not _SHORT_FIRST.fullmatch(word) or is_everyday_word(word):
            return []
        begun = self._first_starts.get(word, [])
        if not any(len(first) - len(word) >= 2 for first in begun):
            return []
        return [p for first in begun for p in self._by_first[first]]

    def _full_form_over_short(self, word: str, found: list[Person]) -> list[Person]:
        """ "Nicola" means Nicola Campbell, not also Nicki Burrows: a first name written in full that is exactly one
        member's is theirs when every other candidate's first name is only a shorter form of it that sounds
        different. A short form written ("Nicki", "Nicky") or names that sound alike ("Sue", "Su") fit them all:
        writers who know the board read "Nicki" both ways, so it is asked about."""
        exact = [p for p in found if fold(p.name).split()[0] == word]
        if len(found) < 2 or len(exact) != 1:
            return found
        for person in found:
            first = fold(person.name).split()[0]
            if person is not exact[0] and (len(first) >= len(word) or sounds_alike(first, word)):
                return found
        return exact

    def _by_first_and_last(self, first: str, last: str) -> list[Person]:
        """Members with this exact surname whose first name is the written one, a nickname of it or its initial."""
        found = [p for p in self._by_last.get(last, []) if same_first_name(first, fold(p.name).split()[0])]
        exact = [p for p in found if fold(p.name).split()[0] == first]
        return exact or found

    # Agencies and groups --------------------------------------------------------------------------------
    @kept
    def agency(self, written: str) -> AgencyMatch:
        """The agency a name or short name means ("WMP", "Police", "Public Health"), or the ``candidates`` when
        it fits several ("Probation" on a board with the NPS and a CRC)."""
        key = fold(written)
        found = self._agency_keys.get(key) or self._agency_keys.get(without_article(key), [])
        plain = POSSESSIVE_WORD.sub("", without_article(key))  # "children's safeguarding", "childrens ..."
        if not found and plain != without_article(key):
            found = self._agency_keys.get(plain, [])
        if not found:  # a kind of agency that fits several ("probation"), or one ("the hospital")
            shared = self._shared_agency_keys.get(without_article(key), [])
            found = shared if len(shared) > 1 or not is_everyday_word(key) or key.startswith("the ") else []
        if not found and len(key) >= 8:
            best = process.extractOne(key, self._agency_names, scorer=fuzz.ratio, score_cutoff=90)
            if best is not None:
                found = [self._agencies[best[2]]]
        short = without_article(_SHORT_WORDS.sub(lambda w: _SHORT_FORMS[w[0]], key))
        if not found and len(short.split()) >= 2:  # "West Mids Fire": the one agency whose name it begins
            begun = [a for a, name in zip(self._agencies, self._agency_names, strict=True)
                     if name == short or name.startswith(short + " ")]  # fmt: skip
            found = begun if len(begun) == 1 else []
        parts = short.split()
        if not found and len(parts) >= 2 and all(len(w) >= 3 for w in parts):  # "comm safety": words' starts
            starts = {a.id: a for a, named in self._word_starts.get((len(parts), parts[0][:3]), [])
                      if all(n.startswith(w) for w, n in zip(parts, named, strict=True))}  # fmt: skip
            found = list(starts.values()) if len(starts) == 1 else []
        lone = _OWN_NAME_WORD.fullmatch(written.strip()) and not is_everyday_word(written.strip())
        if not found and (lone or re.fullmatch(r"[a-z]{4,}", written.strip())):  # "Phase", "phase's list"
            begun = [
                a for a, name in zip(self._agencies, self._agency_names, strict=True) if name.startswith(f"{key} ")
            ]
            found = begun if len(begun) == 1 and _NAMED_BY_FIRST_WORD.fullmatch(begun[0].name) else []  # "Phase"
        shared = self._shared_agency_keys.get(without_article(key)[:-1], []) if key.endswith("s") else []
        if not found and len(shared) > 1:  # "probations actions": the possessive, without its apostrophe, of a kind
            return AgencyMatch(None, tuple(shared))
        if not found and (fixed := typo_fixed(key, self._agency_words)) is not None:
            return self.agency(fixed)  # "West Mids Polce", "Dudley Counsil": one slip from an agency's words
        return AgencyMatch(found[0], (found[0],)) if len(found) == 1 else AgencyMatch(None, tuple(found))

    @kept
    def group(self, written: str) -> GroupInfo | None:
        """The group a name means ("all members", "QA and Comms group", "the CDOP")."""
        key = without_article(fold(written))
        each = _EACH.match(key) if key.startswith(("each", "every")) else None  # "each sub group chair"
        plural = (f"{each['one']}s", f"all {each['one']}s") if each else ()
        owned = (key[:-1],) if _BARE_OWNED.fullmatch(key) else ()  # "PPPs actions": the possessive, bare
        for candidate in (key, without_suffix(key), joined_possessive(key), *plural, *owned, loose_key(key)):
            if candidate in self._group_keys:
                return self._group_keys[candidate]
        bare = without_suffix(loose_key(key))
        if bare != key and len(bare) >= 4:  # "the workforce group": the one group whose name starts that way
            keys = self._group_keys.items()
            starting = {g.id: g for k, g in keys if k.startswith(bare + " ") and g.kind == "sub-group"}
            if len(starting) == 1:
                return next(iter(starting.values()))
        initials = _GROUP_WORDS.sub("", written.strip())
        if _INITIALS.fullmatch(initials):  # "the QA chair", "QA sub": the one sub-group that name begins
            subs = [g for g in self.directory.groups if g.kind == "sub-group"]
            first = {g.id: g for g in subs if fold(g.name).split()[0] == fold(initials)}
            if len(first) == 1:
                return next(iter(first.values()))
        return self._group_by_word_starts(bare.split())

    def _group_by_word_starts(self, words: list[str]) -> GroupInfo | None:
        """ "the workforce dev group": the one sub-group whose name's words each begin with the written ones."""
        if len(words) < 2 or any(len(w) < 3 for w in words):
            return None
        found = {
            g.id: g
            for g in self.directory.groups
            if g.kind == "sub-group"
            and len(name := without_suffix(fold(g.name)).split()) == len(words)
            and all(n.startswith(w) for w, n in zip(words, name, strict=True))
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def exact_member(self, written: str) -> Person | None:
        """The one member whose name or alias is exactly ``written`` (letter case and accents aside)."""
        found = self._exact.get(fold(written), [])
        return found[0] if len(found) == 1 else None

    def is_exact_name(self, written: str) -> bool:
        """Whether the text is exactly a member's name or alias."""
        return bool(self._exact.get(fold(written)))

    def is_known_word(self, word: str) -> bool:
        """Whether a single word is a member's first name, surname or alias (used to spot names)."""
        key = fold(word)
        if key in self._by_first or key in self._by_last or key in self._exact:
            return True
        return key in self._nickname_words


def _surname_begins(person: Person, letters: str) -> bool:
    """Whether the member's surname begins with these letters and is at least two longer ("Man" for Mann is a
    misspelling, asked about)."""
    surname = fold(person.name).split()[-1]
    return surname.startswith(letters) and len(surname) - len(letters) >= 2
