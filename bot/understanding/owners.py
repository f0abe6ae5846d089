"""Turning an owner phrase ("Sue and Tony", "the chair", "WMP", "all sub group chairs", "I") into owners."""

from __future__ import annotations

import re

from bot.directory import Person
from bot.understanding.agencies import is_nhs_trust, sector_meant
from bot.understanding.interpretation import Ambiguity, Owner
from bot.understanding.misheard import surname_misheard
from bot.understanding.name_words import (
    NAME_WORD,
    NOT_NAMES,
    OWNER_SPLIT,
    could_be_first_name,
    is_body_initials,
    is_unlisted_body,
    looks_like_a_name,
    lowercase_name_words,
    outer_parts,
)
from bot.understanding.names import NameIndex, is_first_name, names_someone, sounds_alike
from bot.understanding.patterns import Pattern, guarded
from bot.understanding.resolution import Resolution, each
from bot.understanding.role_named import POST_AND_NAME, POST_THEN_NAME, POST_WITH_NAME, UNLISTED_POST, named_with_role
from bot.understanding.text import POSSESSIVE, fold
from bot.understanding.units_of import agency_unit, someone_from, someone_there, unit_of, unlisted_team
from store.models import Role

__all__ = ["OwnerResolver", "Resolution", "looks_like_a_name"]

_PLUS = guarded(r"\s*\+\s*")
# OWNER_SPLIT, but keeping "&" and "/" inside a name ("QA & Comms", "Policy Procedures & Practice").
_SPLIT_KEEPING_NAMES = guarded(r"\s*,\s*(?:and\s+)?|\s+and\s+(?![Rr]escue\b)|\s*\+\s*|\s+plus\s+")
_QUALIFIED = guarded(r"^(?P<name>.+?)\s+(?:from|in|at|of|on)\s+(?:the\s+)?(?P<place>[\w&' -]+)$")
# A rank or title before a name: "DI Fisher", "PC Dean Whitehouse", "Cllr Jones", "Dr Patel".
_TITLE = guarded(
    r"^(?:DI|DS|DC|PC|PCSO|DCI|DCS|DSupt|Supt|Ch Supt|Insp|Inspector|Sgt|Sergeant|Dr|Cllr|Councillor|Mr|Mrs|Ms|Miss|"
    r"Prof|Professor)\.?\s+(?=[A-Z]|[a-z]+\s+[a-z]+\b)"  # "DS mark hollis": a name typed in lower case
)
_BARE_POSSESSIVE = guarded(r"^[A-Za-z][a-z]+s$")  # "sallys", "Pams": a possessive typed without its apostrophe
_POLITE = guarded(r"^(?:please|pls)\s+|\s+(?:please|pls)$", re.I)
# "the fire service as a whole rather than Julie", "Sue Haywood, not Su": whoever follows "rather than" or "not" is
# excluded, never an owner; "as a whole", "personally" say how the owners hold it.
_EXCLUDED = guarded(
    r"\s*,?\s+(?:(?:and|but)\s+)?(?:rather\s+than|instead\s+of|not|as\s+opposed\s+to|other\s+than|except(?:\s+for)?|"
    r"excluding|with\s+(?:the\s+)?(?:support|help)\s+(?:from|of)|supported\s+by|helped\s+by|on\s+behalf\s+of)\s+\S.*$|"
    r"\s+(?:as\s+a\s+whole|generally|personally|collectively|overall|itself|themselves|"
    r"as\s+an?\s+(?:agency|service|organi[sz]ation|team|whole))\s*$",
    re.I,
)
# "probation – the NPS side", "health, the CCG bit": one part of the owners named, read as "probation (NPS)".
_SIDE = guarded(
    r"^(?P<outer>[^()]+?)\s*(?:[–—,]|\s-)\s*(?:the\s+|just\s+the\s+|only\s+the\s+)?(?P<inner>[\w&'’ ]{2,40}?)\s+"
    r"(?:side|bit|part|end|arm|branch|one)$",
    re.I,
)
_PARENTHESES = guarded(r"\s*\([^)]*\)")
_AND_ME = guarded(r"^(?P<others>.+?)\s*(?:,?\s+and|&|\+)\s*(?:I|me|myself)$", re.I)
_SELF = {"i", "me", "myself", "i'll", "i will", "i'd", "mine", "my"}
_EVERYONE = guarded(
    r"^(?:any ?one|every ?one|all members?|any members?) who\b|^(?:everyone|everybody)$|"
    r"^(?:every ?one|every ?body|all members?)\s+(?:on|of)\s+(?:the\s+)?(?:board|dscb|lscb)$|"  # "everyone on it"
    r"^(?:every|each|all) (?:board )?members?$|^all (?:board )?(?:partners|partner agencies|agencies)$",
    re.I,
)
_INNER = guarded(r"\((?P<inner>[^)]{1,80})\)")
_NAMED_PERSON = guarded(r"(?-i:[A-Z])[a-z'’-]+\s+(?-i:[A-Z])[a-z'’-]+")  # "Dave Price"
_US = guarded(r"\s*(?:us|we|ourselves|our\s+(?:lot|team|service|agency))\s*", re.I)
_A_GROUP = guarded(r"\b(?:group|sub[\s-]?group|panel|committee|team)\s*\(", re.I)
_INNER_WORDS = guarded(
    r"\b(?:both|all|please|pls|i\.e\.?|ie|namely|that's|thats|that is|which is|who is|aka|just|really|only|"
    r"mainly|so|obvs|obviously|basically|essentially|well)\b|[!?]",
    re.I,
)
# "the two Karens", "both Sues", "all the Karens", "the Karens": every member of that first name; a number
# written ("two", "both") must be their number on the roster.
_NAMESAKES = (
    r"(?:the\s+(?P<count>two|2|three|3)|the\s+both|(?P<both>both)(?:\s+(?:of\s+)?the)?|all\s+the|the)"
    r"\s+(?P<name>[A-Za-z]{2,20}?)s"
)
_NAMESAKES_PHRASE = guarded(rf"^{_NAMESAKES}\W*$", re.I)
_NAMESAKES_WITHIN = guarded(rf"\b{_NAMESAKES}\b", re.I)
_THE_OTHER = guarded(r"^the other (?P<name>[A-Za-z][\w'’-]*)$", re.I)
_ROLES: tuple[tuple[Pattern, Role], ...] = (
    (guarded(r"^(?:the |our )?(?:independent )?chair(?:man|person)?(?: of the board)?$", re.I), Role.CHAIR),
    (
        guarded(r"^(?:the )?(?:board |business |dscb |lscb )?manager$|^our (?:board|business) manager$", re.I),
        Role.MANAGER,
    ),  # "our manager" is the writer's own line manager, not the board's
    (guarded(r"^(?:the |our )?lay (?:advisor|adviser|member)$", re.I), Role.LAY_ADVISOR),
)
_CHAIRS = guarded(r"^(?:the\s+|both\s+)?(?:co-?\s?chairs|chairs|joint chairs)$", re.I)
# "the CDOP chair", "chair of the SCR sub": whoever chairs that group (the roster's "chair:CDOP"), never the
# board's chair.
_GROUP_CHAIR = guarded(
    r"^(?:the\s+|our\s+)?(?P<group>.+?)(?:['’]s)?\s+(?:(?:co-?\s?)?chair(?:man|person|woman)?|lead)$|"  # "the WDG lead"
    r"^(?:the\s+)?(?:co-?\s?)?chair(?:man|person|woman)?\s+(?:of|for)\s+(?P<of>.+)$|"
    r"^(?:whoever|whomever|the\s+person\s+who|the\s+one\s+who)\s+chairs\s+(?:the\s+)?(?P<chairs>.+)$",
    re.I,
)
# "the trust", "our trust": an NHS trust (not a charity called a trust), "BCPFT", "Dudley Group NHS Foundation Trust".
_THE_TRUST = guarded(r"^(?:(?:the|our|my|their|your)\s+)?trust$", re.I)
# "fire service rep", "the police lead": the member (or members) who sit on the board for that agency.
# "the ASB team at community safety", "the data unit in public health": the agency or department the team is in.
_TEAM_IN = guarded(
    r"^(?:the\s+|our\s+)?(?:[\w&'’-]+\s+){0,3}(?:team|unit|hub|desk)\s+(?:at|in|within|of)\s+(?P<place>.+)$", re.I
)
_TEAM_WORD = guarded(
    r"\s+(?:team|unit|services?|department|dept|colleagues|lot|people|crew|settings|staff|office)$", re.I
)
_KIND_WORDS = frozenset({"service", "services", "team", "trust", "group", "board", "partnership", "council", "unit"})
_ALL_THE = guarded(r"^all\s+(?:of\s+)?the\s+", re.I)
_GROUP_MEMBERS = guarded(r"\s+(?:members|reps)$|^(?:all\s+|the\s+)?members\s+of\s+(?:the\s+)?", re.I)
_AGENCY_REP = guarded(
    r"^(?:the\s+|our\s+)?(?P<agency>.+?)\s+(?:rep|reps|representatives?|lead|manager|head\s+of\s+service)$", re.I
)


_OWN_GROUP = guarded(
    r"^(?:(?:our|my)\s+(?:sub[\s-]?)?group|the\s+(?:sub[\s-]?)?group\s+(?:that\s+)?I\s+(?:chair|lead|run))$", re.I
)  # "our group", "the sub group I chair"
_THE_LOT = guarded(
    r"^the\s+(?:(?:whole|entire)\s+(?P<all>\S.*?)(?:\s+(?:lot|crew|gang|bunch|folk))?|(?P<who>\S.*?)\s+(?:lot|crew|gang|bunch|folk))$",
    re.I,
)  # "the cdop lot", "the whole WDG"
_HELD_TOGETHER = guarded(r"(?<=\w)\s+(?:jointly|together|between\s+(?:them|us|the\s+two\s+of\s+(?:them|us))|"
                         r"permanently|temporarily|for\s+good|for\s+now|going\s+forward|from\s+now\s+on)"
                         r"(?:\s+(?:pls|please))?\s*$",
                            re.I)  # fmt: skip


class OwnerResolver:
    """Resolves owner phrases against one board's names, with the writer standing for 'I' and 'me'.

    ``subject`` marks a phrase in a clear subject place ("anthea jones to send ...", "what has trish curran
    got"): only there is a lowercase phrase that names nobody on the roster read as an unknown person.
    """

    def __init__(self, names: NameIndex, writer: Person | None) -> None:
        self.names = names
        self.writer = writer

    def phrase(self, text: str, *, allow_unknown: bool = True, subject: bool = False) -> Resolution | None:
        """All owners in a phrase, or None when the phrase is not (entirely) owners."""
        text = _SIDE.sub(r"\g<outer> (\g<inner>)", _EXCLUDED.sub("", _EXCLUDED.sub("", text)))
        text = _HELD_TOGETHER.sub("", text)  # "the police and YOS jointly": how they hold it, not who
        post = POST_AND_NAME.match(text.strip(" ,.;:–—-"))
        named = post["name"] or post["before"] if post else None
        described = (post["post"] or post["after"]).strip() if post else ""
        if post and (UNLISTED_POST.match(described) or POST_WITH_NAME.match(described)) and named:
            return self.phrase(named, allow_unknown=allow_unknown, subject=subject)  # "our named nurse, Gemma Price"
        post = POST_THEN_NAME.match(text.strip(" ,.;:–—-"))
        if post and (UNLISTED_POST.match(post["post"]) or POST_WITH_NAME.match(post["post"])):
            return self.phrase(post["name"], allow_unknown=allow_unknown, subject=subject)
        if (place := someone_from(text)) is not None:  # "someone from the police", "someone at Barnardo's"
            return someone_there(place, self.phrase(place, allow_unknown=False))
        inner = _INNER.search(text)
        parts = outer_parts(text) if inner else []
        whole = self.single(_PARENTHESES.sub("", text), allow_unknown=False) if len(parts) > 1 else None
        one_unit = whole is not None and len(whole.owners) == 1 and whole.owners[0].kind in ("agency", "group")
        if len(parts) > 1 and not one_unit:  # "community safety (me) and the fire service": each part, with its own
            return each(parts, lambda part: self.phrase(part, allow_unknown=allow_unknown, subject=subject))
        if inner and _US.fullmatch(_PARENTHESES.sub("", text)):  # "an action for us (fire)": the agency in brackets
            ours = self.phrase(inner["inner"], allow_unknown=False)
            return ours if ours and len(ours.owners) == 1 and ours.owners[0].kind in ("agency", "group") else None
        bare = _PARENTHESES.sub("", text).strip()  # "Dave Price (fire service rep)": him, not the fire service's rep
        stranger = inner and _NAMED_PERSON.fullmatch(bare) and not self.single(bare, allow_unknown=False)
        if inner and not stranger:  # "public health (me + mayada)", "the police (both richard and sally)": those named
            named = self.phrase(_INNER_WORDS.sub(" ", inner["inner"]), allow_unknown=False)
            if named and not named.ambiguous and all(o.kind == "member" for o in named.owners):
                return named
            if named and len(named.owners) == 1 and named.owners[0].kind == "group" and _A_GROUP.search(text):
                return named  # "Tabetha's group (PP&P)", "the sub group (CDOP)": the group in brackets
            outer = self.single(_PARENTHESES.sub("", text), allow_unknown=False, subject=subject)
            if outer and outer.ambiguous:  # "Sue (CCG)": the one of that agency
                agency = self.names.agency(inner["inner"]).agency
                if agency is not None and agency in outer.ambiguous[0].agencies:  # "probation (NPS)"
                    return Resolution([Owner.of_agency(agency)])
                return self._narrowed(outer, inner["inner"])
        text = _POLITE.sub("", _PARENTHESES.sub("", text).strip(" ,.;:–-\"'"))
        if not text or len(text) > 120:
            return None
        sector = sector_meant(text, self.names.directory.agencies)
        if sector:  # "the vol sector": its agencies, each
            return Resolution([Owner.of_agency(a) for a in sector])
        with_me = _AND_ME.match(text)
        if with_me and self.writer is not None:  # "Rob Pearson from the LADO team and I": not a team "and I"
            others = self.phrase(with_me["others"], allow_unknown=allow_unknown, subject=subject)
            if others:
                others.add(Resolution([self._writer_owner()]))
                return others
        whole = self.single(text, allow_unknown=allow_unknown, subject=subject)
        if whole is not None:
            return whole
        post = POST_AND_NAME.match(text.strip(" ,.;:–—-"))  # "Mark Stevens, housing options manager": the person
        if post and post["name"] and POST_WITH_NAME.match(post["name"].strip()) and names_someone(post["post"]):
            return self.phrase(post["post"], allow_unknown=allow_unknown, subject=subject)
        if "+" in text:  # "qa + comms": a group's name with its "&" typed "+"
            joined = self.single(_PLUS.sub(" & ", text), allow_unknown=False, subject=subject)
            if joined and not joined.ambiguous and all(o.kind == "group" for o in joined.owners):
                return joined
        parts = [p for p in OWNER_SPLIT.split(text) if p]
        if len(parts) < 2:
            return None
        wider = [p for p in _SPLIT_KEEPING_NAMES.split(text) if p]
        if 2 <= len(wider) < len(parts):  # "QA & Comms and Remley Mann", "SCR sub + QA&C": a name with "&" in it
            kept = each(wider, lambda part: self.single(part, allow_unknown=False, subject=subject))
            if kept is not None:
                return kept
        found = each(parts, lambda part: self.single(part, allow_unknown=allow_unknown, subject=subject))
        if found is None and 2 <= len(wider) < len(parts):
            return each(wider, lambda part: self.single(part, allow_unknown=allow_unknown, subject=subject))
        return found

    def single(self, text: str, *, allow_unknown: bool = True, subject: bool = False) -> Resolution | None:
        """One owner: the writer, a group, an agency or its representative, a role, a member or candidates, or
        an unknown person."""
        text = POSSESSIVE.sub("", text.strip(" ,.;:–-\"'"))
        title = _TITLE.match(text)
        if title:
            return self._titled(title[0], text[title.end() :], allow_unknown=allow_unknown, subject=subject)
        lowered = text.lower()
        if not text.split():  # nothing, or only white space such as U+3000 that strip(" ") keeps
            return None
        lot = _THE_LOT.match(text)  # "the cdop lot", "the whole CCG lot": the group or the agency
        found = self.single(lot["who"] or lot["all"], allow_unknown=False, subject=subject) if lot else None
        if found and all(o.kind in ("group", "agency") for o in found.owners):
            return found
        if lowered in _SELF:
            return Resolution([self._writer_owner()]) if self.writer else None
        unit = unit_of(text, self.names, self.writer)  # "Tony's directorate", "my lot": the agency, never the member
        unit = agency_unit(text, self.single) if unit is None else unit  # "the hospital's named nurse team"
        if unit is not None:
            return Resolution(unit or [Owner("unknown", text)])
        if _OWN_GROUP.match(text) and self.writer is not None:  # "our group": the one the writer chairs, or asked
            chaired = [g for g in self.names.directory.groups if g.chair_id == self.writer.id]
            if len(chaired) == 1:
                return Resolution([Owner("group", chaired[0].name, chaired[0].id)])
            return Resolution([Owner("unknown", text)])
        if _EVERYONE.search(text):
            group = self.names.group("all members")
            return Resolution([Owner("group", group.name, group.id)]) if group else None
        namesakes = _NAMESAKES_PHRASE.match(text)
        shared = self._namesakes(namesakes) if namesakes else None
        if shared:  # "the two Karens"; not "the YOS", whose "s" is no plural
            return shared
        held = named_with_role(text, lambda name: self.names.person(name).candidates)  # "karen the lay advisor"
        if held is not None:
            return Resolution([Owner("member", held.name, held.id)])
        other = _THE_OTHER.match(text)
        if other and self.writer is not None:  # "me and the other Karen", written by a Karen
            match = self.names.person(other["name"])
            others = [p for p in match.candidates if p != self.writer]
            if self.writer in match.candidates and len(others) == 1:
                return Resolution([Owner("member", others[0].name, others[0].id)])
        exact = self.names.exact_member(text)
        if exact is not None:  # a name or alias exactly as the roster (or the minutes' attendance) gives it
            return Resolution([Owner("member", exact.name, exact.id)])
        by_chair = self._group_chair(text)
        if by_chair is not None:
            return by_chair
        if _CHAIRS.match(text):  # "the co-chairs": every member who chairs the board, each an owner
            chairs = [p for p in self.names.directory.members if p.role is Role.CHAIR]
            return Resolution([Owner("member", p.name, p.id) for p in chairs]) if len(chairs) > 1 else None
        for pattern, role in _ROLES:
            if pattern.match(text):
                return self._holders(text, [p for p in self.names.directory.members if p.role is role])
        wordings = (text, _GROUP_MEMBERS.sub("", text), _ALL_THE.sub("all ", text))  # "VCSG members", "all the members"
        group = next((g for wording in wordings if (g := self.names.group(wording))), None)
        if group is not None:
            return Resolution([Owner("group", group.name, group.id)])
        agency_match = self.names.agency(text)
        if agency_match.agency is None and _TEAM_WORD.search(text):  # "IYS team", "the housing team": the unit
            agency_match = self.names.agency(_TEAM_WORD.sub("", text))
        if agency_match.agency is not None:
            agency = agency_match.agency
            return Resolution([Owner.of_agency(agency)])
        if agency_match.candidates and not self.names.person(text).candidates:  # "Probation": the NPS or the CRC?
            ours = [a for a in agency_match.candidates if a.id == getattr(self.writer, "agency_id", None)]
            if len(ours) == 1 and not ours[0].department:  # written by the CRC's member: the CRC
                return Resolution([Owner.of_agency(ours[0])])
            return Resolution(ambiguous=[Ambiguity(text, (), agency_match.candidates)])
        if _THE_TRUST.match(text):  # "the trust": the writer's own NHS trust, the board's only one, or asked
            return self._trust(text)
        team = _TEAM_IN.match(text)
        place = self.names.agency(team["place"]).agency if team else None
        if place is not None:
            return Resolution([Owner.of_agency(place)])
        representative = _AGENCY_REP.match(text)
        holders = self._members_of(representative["agency"]) if representative else []
        if holders:  # "the fire service rep", "the YOS manager": who sits on the board for it
            return self._holders(text, holders)
        if UNLISTED_POST.match(text) and (allow_unknown or subject):  # "the LADO to ...": asked about
            return Resolution([Owner("unknown", text)])
        if (allow_unknown or subject) and (unlisted := unlisted_team(text, self.names)):  # "the MASH team to …"
            return Resolution(unlisted)
        words = text.split()
        body = lowered.startswith("the ") and is_body_initials(text[4:])
        if allow_unknown and subject and body:  # "an action for the NSPCC to …"
            return Resolution([Owner("unknown", text[4:])])
        if lowered.split()[0] in NOT_NAMES and not self.names.is_exact_name(text):  # "A Perrin" is a name
            return None
        if self._bare_possessive(words):  # "karens sent her apologies", "mine and sallys", "whats on mike gs list"
            text = text[:-1]
            words = text.split()
        with_agency = self._named_with_agency(words) if len(words) > 2 else None
        if with_agency is not None:  # "jo forbes housing", "kate mcconnel crc": the person, of that agency
            return with_agency
        known_first = self.names.is_known_word(words[0])
        capitalised = all(NAME_WORD.match(w) or self.names.is_known_word(w) for w in words)
        lowercase = not capitalised and lowercase_name_words(words, first_known=known_first)
        if (misheard := surname_misheard(words, self.names)) is not None:  # "mayada abu a fan": asked about
            return Resolution([Owner("unknown", text, suggestions=(misheard,))])
        if len(words) > 4 or not (capitalised or (lowercase and (known_first or subject))):
            qualified = self._qualified(text, subject=subject)  # "karen from public health"
            if qualified is not None and not allow_unknown and any(o.kind == "unknown" for o in qualified.owners):
                return None
            if qualified is None and allow_unknown and subject and is_unlisted_body(text):
                return Resolution([Owner("unknown", text)])  # "the ambulance service to …": not on the board, asked
            return qualified
        match = self.names.person(text)
        if match.member is not None and self.names.spelling_variant(text, match.member):  # "Rachel" for Rachael
            return Resolution([Owner("unknown", text, suggestions=(match.member,))])
        if match.member is not None:
            return Resolution([Owner("member", match.member.name, match.member.id)])
        if match.ambiguous:
            own = self._writer_by_own_first_name(text, match.candidates)
            if own is not None:
                return Resolution([own])
            return Resolution(ambiguous=[Ambiguity(text, match.candidates)])
        if match.suggestions:  # a near spelling of a member's name: asked about, never assumed
            return Resolution([Owner("unknown", text, suggestions=match.suggestions)])
        verb_after = words[0][:1].isupper() and known_first and all(w.islower() for w in words[1:])  # "Richard moves"
        if allow_unknown and not verb_after and (looks_like_a_name(text) or (lowercase and subject and len(words) > 1)):
            return Resolution([Owner("unknown", text)])
        if allow_unknown and subject and is_body_initials(text):  # "NSPCC to confirm …": a body not on the board
            return Resolution([Owner("unknown", text)])
        return None

    @staticmethod
    def is_unlisted_post(text: str) -> bool:
        """Whether the phrase is only a post the roster does not list ("the LADO", "our new named nurse")."""
        return UNLISTED_POST.match(text.strip(" ,.;:–—-")) is not None

    def _trust(self, text: str) -> Resolution | None:
        trusts = tuple(a for a in self.names.directory.agencies if is_nhs_trust(a.name))
        own = [a for a in trusts if a.id == getattr(self.writer, "agency_id", None)]
        chosen = own or (list(trusts) if len(trusts) == 1 else [])
        if chosen:
            return Resolution([Owner.of_agency(chosen[0])])
        return Resolution(ambiguous=[Ambiguity(text, (), trusts)]) if trusts else None

    def _group_chair(self, text: str) -> Resolution | None:
        """ "the CDOP chair": the member who chairs that group; an unknown person when the roster names none."""
        found = _GROUP_CHAIR.match(text)
        group = self.names.group(found["group"] or found["of"] or found["chairs"]) if found else None
        if group is None or group.kind != "sub-group":  # "all members" and "sub group chairs" have no chair
            return None
        chair = next((p for p in self.names.directory.members if p.id == group.chair_id), None)
        return Resolution([Owner("member", chair.name, chair.id) if chair else Owner("unknown", text)])

    def _titled(self, title: str, name: str, *, allow_unknown: bool, subject: bool) -> Resolution | None:
        """ "DI Fisher", "Dr Anand": the member so named, or an unknown person called with the title kept."""
        found = self.single(name, allow_unknown=allow_unknown, subject=subject)
        words = name.split()
        if found is None and allow_unknown and len(words) >= 2 and lowercase_name_words(words, first_known=False):
            return Resolution([Owner("unknown", name)])  # "DS paul wright": the title says it is a person
        lone = found is None and allow_unknown and len(words) == 1 and NAME_WORD.match(words[0]) is not None
        if lone and words[0].lower() not in NOT_NAMES and not self.names.agency(words[0]).candidates:
            return Resolution([Owner("unknown", f"{title}{name}")])  # "Dr Anand to prepare a note"
        only = found.owners[0] if found and len(found.owners) == 1 else None
        if only and only.kind == "unknown" and not only.suggestions and len(only.name.split()) == 1:
            return Resolution([Owner("unknown", f"{title}{only.name}")])  # "Dr Anand from the CCG", not "Anand"
        return found

    def namesakes_within(self, text: str) -> Resolution | None:
        """The members a message names by their shared first name anywhere in it ("what do the two Karens owe")."""
        found = _NAMESAKES_WITHIN.search(text)
        return self._namesakes(found) if found else None

    def _namesakes(self, found: re.Match[str]) -> Resolution | None:
        """ "the two Karens": the members that first name means (nicknames and sound-alikes too: "both Sues"), at
        least two, and exactly as many as a number written ("two", "both")."""
        people = self.names.person(found["name"]).candidates
        count = found["count"] or found["both"]
        wanted = {"three": 3, "3": 3}.get(count.lower(), 2) if count else None
        if len(people) < 2 or (wanted is not None and len(people) != wanted):
            return None
        return Resolution([Owner("member", p.name, p.id) for p in people])

    def _bare_possessive(self, words: list[str]) -> bool:
        """Whether one word is a roster name with an "s" typed for "'s" ("sallys"), not a name ending in s; or a
        first name and an initial with it ("mike gs", "sue hs")."""
        if len(words) == 2 and re.fullmatch(r"[A-Za-z][sS]", words[1]) and self.names.is_known_word(words[0]):
            return True
        word = words[0]
        return (
            len(words) == 1
            and _BARE_POSSESSIVE.match(word) is not None
            and not self.names.is_known_word(word)
            and self.names.is_known_word(word[:-1])
        )

    def _named_with_agency(self, words: list[str]) -> Resolution | None:
        """A member (or a near spelling of one) named by two or more words, then that member's own agency."""
        for size in (1, 2, 3):
            place = " ".join(words[-size:])
            if len(words) - size < 2 or self.names.agency(place).agency is None:
                continue
            named = self.single(" ".join(words[:-size]), allow_unknown=False)
            owner = named.owners[0] if named and len(named.owners) == 1 and not named.ambiguous else None
            people = [p for p in self.names.directory.members if owner and owner.kind == "member" and p.id == owner.id]
            people += list(owner.suggestions[:1]) if owner and owner.kind == "unknown" else []
            if people and all(p.agency_id in self._agencies_called(place) for p in people):
                return named
        return None

    def _agencies_called(self, written: str) -> set[int]:
        """The agency a name means, or every agency whose name holds it ("probation": NPS and the CRC)."""
        written = re.sub(r"^(?:our|the|my|their|your)\s+", "", written.strip(), flags=re.I)  # "Karen (our lay advisor)"
        agency = self.names.agency(written).agency
        if agency is not None:
            return {agency.id}
        key = fold(written)
        if len(key) < 4 or key in NOT_NAMES or key in _KIND_WORDS:  # "service": a word of many agencies' names
            return set()
        return {a.id for a in self.names.directory.agencies if re.search(rf"\b{re.escape(key)}\b", fold(a.name))}

    def _members_of(self, written: str) -> list[Person]:
        """The members who sit for an agency, or for one department of it ("YOS": the YOS's, not the council's)."""
        unit = self.names.agency(re.sub(r"^(?:our|the|my|their|your)\s+", "", written.strip(), flags=re.I)).agency
        members = self.names.directory.members
        if unit is not None:
            return [p for p in members if unit.holds(p)]
        agencies = self._agencies_called(written)
        return [p for p in members if p.agency_id in agencies]

    def _holders(self, text: str, holders: list[Person]) -> Resolution | None:
        """The one member who holds a role or represents an agency, or the candidates when several do."""
        if len(holders) == 1:
            return Resolution([Owner("member", holders[0].name, holders[0].id)])
        return Resolution(ambiguous=[Ambiguity(text, tuple(holders))]) if holders else None

    def _writer_by_own_first_name(self, text: str, candidates: tuple[Person, ...]) -> Owner | None:
        """ "nicki to send ..." written by Nicki Burrows: the writer's own first name, exactly, means the writer
        when every other candidate only shares it as a nickname ("Nicola" for "nicki"), not as a name that sounds
        the same ("Su" for "Sue"): a wrong owner is worse than a question."""
        if self.writer is None or self.writer not in candidates:
            return None
        written = fold(text)
        if written != fold(self.writer.first_name):
            return None
        if any(sounds_alike(written, fold(p.first_name)) for p in candidates if p != self.writer):
            return None
        return self._writer_owner()

    def _qualified(self, text: str, *, subject: bool = False) -> Resolution | None:
        """ "Dave in comms", "Sam from the MASH project team", "karen from public health": a person named with
        where they work; a roster name that fits several members is narrowed to those of that agency."""
        found = _QUALIFIED.match(text)
        if not found or not found["name"].split() or re.search(r"\b(?-i:[A-Z])\s+of\s+(?-i:[A-Z])\b", text):
            return None  # "Halesowen C of E Primary": a school's name, never "Halesowen C" of somewhere
        joined = re.split(r"\s+(?:and|&|\+)\s+", found["place"])
        if len(joined) > 1 and self.single(joined[-1], allow_unknown=False) is not None:
            return None  # "helen from youth services and the police": two owners, read apart
        name = found["name"]
        words = name.split()
        first_name = self.names.is_known_word(words[0]) or is_first_name(words[0])
        plain = [w.lower() for w in words]
        if not lowercase_name_words(plain, first_known=first_name) or not (first_name or could_be_first_name(words[0])):
            return None  # "Following on from the March board": everyday words, not a name
        lowercase = (subject or first_name) and name.islower()
        if not NAME_WORD.match(words[0]) and not lowercase:
            return None
        known = self.single(name, allow_unknown=False)
        if known is not None:
            return self._narrowed(known, found["place"])
        if 1 <= len(words) <= 3 and (all(NAME_WORD.match(w) for w in words) or lowercase):
            return Resolution([Owner("unknown", name)])
        return None

    def _narrowed(self, known: Resolution, place: str) -> Resolution:
        """Candidates for a name narrowed to those of the agency named with it ("karen from public health")."""
        if known.owners or len(known.ambiguous) != 1 or not known.ambiguous[0].candidates:
            return known
        agencies = self._agencies_called(place)
        group = self.names.group(re.sub(r"^(?:the|our)\s+", "", place.strip(), flags=re.I))  # "Karen in CDOP"
        ambiguity = known.ambiguous[0]
        there = tuple(
            p for p in ambiguity.candidates if p.agency_id in agencies or (group and p.id in group.member_ids)
        )
        if len(there) == 1:
            return Resolution([Owner("member", there[0].name, there[0].id)])
        return Resolution(ambiguous=[Ambiguity(ambiguity.text, there)]) if there else known

    def _writer_owner(self) -> Owner:
        assert self.writer is not None
        return Owner("member", self.writer.name, self.writer.id)
