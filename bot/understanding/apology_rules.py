"""The rule for apologies: whose they are ("apologies from Viv", "Viv can't make it"), for which meeting, who
attends instead ("Jo Bloggs will attend", "sally's going instead"), and a withdrawn apology ("I can make it after
all", "tony o can make july after all, can you remove his apologies").

Part of the message reader (:mod:`bot.understanding.interpret`).
"""

from __future__ import annotations

import re

from bot.directory import MANAGERS
from bot.understanding.absence_words import (
    ADDRESSEE,
    APOLOGIES_NAMED,
    APOLOGIES_SENT,
    APOLOGY_SAID,
    APOLOGY_SEEN,
    APOLOGY_SUBJECT,
    AUDIT_SORRY,
    COUNTED,
    DAY_OR_MEETING,
    LATE,
    MAYBE_SENT,
    NAME_THEN_APOLOGIES,
    NAMING_NOBODY,
    NO_STAND_IN,
    NOT_ABSENCE,
    OTHER_BOARD,
    PAST_SENT,
    SENT_FOR,
    THANKED,
    THING_AWAY,
    TO_THEM,
    apologies_checked,
    passed_on,
    writer_there,
)
from bot.understanding.absentees import JOINT, UNREPRESENTED, agency_away, named_absentees, politely_of_another
from bot.understanding.apologies_from import body_apologies, from_whom
from bot.understanding.apology_lists import LISTED, apology_list, theirs_named_before
from bot.understanding.got_in_touch import after_contact
from bot.understanding.interpretation import Intent, Interpretation, Owner
from bot.understanding.meeting_words import meeting_meant
from bot.understanding.message_reader import _SELF_WORDS
from bot.understanding.names import names_someone
from bot.understanding.owners import Resolution
from bot.understanding.patterns import guarded
from bot.understanding.question_words import APOLOGIES_LISTED, ATTENDANCE_ASKED
from bot.understanding.relayed import relayed_from
from bot.understanding.stand_ins import (
    NO_REPRESENTATIVE,
    REPRESENTATIVE,
    REPRESENTATIVE_ASKED,
    REPRESENTATIVE_CHAT,
    REPRESENTED_BY,
    STAND_IN_CHAT,
    TITLE,
    TITLED,
    a_post_of_theirs,
    goes_for_writer,
    stand_in_named,
    title_start,
    unlisted_name,
    untitled,
    writer_stands_in,
)
from bot.understanding.withdrawn_rules import MEETING_WORDS, WRITER_WORDS, _WithdrawnRules
from bot.understanding.withdrawn_words import NAMED_THEN_PRONOUN

_SENTENCE_BREAK = guarded(r"[.!?]\s")
# "can I send my apologies for ...": a request to record them, not a question about how to.
_SENDING = guarded(
    r"^(?:can|could|may) (?:i|we) (?:please )?(?:send|give|offer|register|note|put in)\b|"
    r"^(?:can|could|would) you (?:please )?(?:record|note|log|add|put|send|register|take|pass on|mark)\b",
    re.I,
)
_AWAY_TOO = re.compile(r"\b(?:nor|neither)\s+[\w'’-]+(?:\s+[\w'’-]+)?$", re.I)  # "… nor Zala": away too
_CLAUSE_MARK = guarded(r"[,;.!?–—]")
_INDEFINITE = guarded(r"\s*(?:a|an|another|some|any|one of (?:my|our|the|his|her))\s", re.I)
# "I'll have to", "I am so sorry but I", "we will": the writer, however the sentence opens.
_WRITER_LEAD = guarded(
    r"^(?:.*\b(?:but|so|because|that|unfortunately|afraid),?\s+)?(?:I|I'll|I'd|I'm|I've|we|we'll|we'd|we're)"
    r"(?:\s+(?:will|would|shall|must|may|might|have|has|had|need|needs|got|like|want|to|just|also|sadly|"
    r"unfortunately|really|am|are|be|now|afraid|so|sorry|very))*$|^(?:I|I'll|I'm|I've|we|we're)\b[^.!?]*\sso$",
    re.I,
)
_WRITER_STANDS_IN = guarded(
    r"[,;]?\s*(?:(?:s?he|they)(?:'s| has| have|'ve) )?asked me to (?:cover|attend|represent|stand in|deputise|"
    r"go(?! to (?:a|an|another|my|our)\b))\b(?: for (?:her|him|them))?|"  # never "… to go to a budget thing instead"
    # "sally's on leave so she cant do the panel, i'll go instead": the writer stands in for the one named
    r"[,;]?\s*(?:so\s+|and\s+)?I['’]ll\s+(?:be\s+)?(?:go|going|attend|attending|cover|covering|come|coming|stand in|"
    r"standing in|deputise|deputising|do it)\s+"
    r"(?:instead|in (?:her|his|their) place|for (?:her|him|them|(?:the\s+)?(?!(?:the|a|an|it|this|that|next|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|board|meeting|panel|workshop|mon|tues|wednes|thurs|"
    r"fri)\w*\b)[\w&]+))\b(?!\s+(?:board|meeting|panel|workshop))",
    re.I,
)
# "Annette is on a course on 10th July so", "Jo's at court that day and": the one named, then why they are away.
_NAMED_AWAY = guarded(
    r"^(?P<who>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)(?:['’]s|\s+(?:is|was|will be|has been|has got|has))\s+"
    r"[^.!?]{0,60}?\s(?:so|and|which means|but)$",
    re.I,
)
_APOLOGY_FROM = guarded(
    # "Logging apologies: Tony Oakman for the July board": whose, after the colon
    r"\b(?:apolog(?:y|ies)|apols):\s*(?P<who3>[^,;.:]+?)(?:\s+for\b|\s*[,;.]|\s+[–—-]\s|$)|"
    # "apologies received from X", "apologies have also come in from X", "apols 10/7 from Bob": whose, after "from"
    r"\b(?:(?:apolog(?:y|ies)|apols)\s+(?:(?:received|noted|sent)\s+)?(?:(?:(?:for\s+[^,;.]{1,40}?|\d{1,2}/\d{1,2}(?:/\d\d){0,2})\s+)?(?:(?:have|has|been|also|now|"
    r"received|sent|come|came|in|noted|given|today|too|through|please|pls)\s+){0,4}from|–|-|—|:|"
    r"for\s+[^,;.:–—-]{1,40}?:)|on behalf of)\s*(?P<who>.+?)"
    r"(?:\s+for\b|\s*[,;.]|\s+[–—-]\s|$)|"
    # "apols me + tabetha for the wkshop": the writer and another, straight after the word
    r"^(?:apolog(?:y|ies)|apols)\s+(?P<who2>(?:me|myself)\s*(?:and|&|\+)\s*[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?)"
    r"(?=\s+for\b)",
    re.I,
)
_SPOKEN_TO = guarded(r"^(?-i:[A-Z])[a-z]+\s*,\s+(?=(?-i:[A-Z]))")
_ENDS_WITH_I = guarded(r"(?<![&+])(?<!\band)\s+I$")
_THEIRS = guarded(
    r"\b(?:his|her)\s+apolog|\b(?:he|she)(?:['’]s|\s+has)?\s+(?:asked|wants)\s+me\s+to\s+(?:send|pass|give|say|let)|"
    r"\b(?:apolog\w*|apols)\s+(?:from|for)\s+(?:him|her)\b",  # "mike g off on the 10th so apols from him for july"
    re.I,
)

_WHOLE_LOT = guarded(
    r"^(?:the\s+)?(?:whole|entire)\s+(?P<who>.+?)(?:\s+(?:lot|crew|team|gang|contingent|members))?$", re.I
)
_WHOSE_APOLOGIES = guarded(
    r"\b(?!(?:my|our|his|her|their|your|the|all|on|pass|send|please|pls|take|give|forward|with|for|from|and|also)\b)"
    r"(?P<who>[A-Za-z][\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)['’]s?\s+"
    r"apolog(?:ies|y)\b"
)
_LEAD_NAME = guarded(r"^\W*(?P<who>[A-Za-z][\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)(?=['’]s\b|\s)")
_FIRST_CLAUSE = guarded(r"[,;:.!?(–—]|\s-\s")
# "CCG not able to be represented", "just heard the CCG won't …": a body, then that it will not be there
_BODY_WORDS = r"(?P<who>[A-Za-z][\w&'’-]*(?:\s+[A-Za-z][\w&'’-]*)?)"
_NOT_THERE = r"\s+(?:won['’]?t|wont|can['’]?t|cant|cannot|can\s+not|not|unable|isn['’]?t|aren['’]?t)\b"
_BODY_FIRST = guarded(rf"^\W*(?:the\s+)?{_BODY_WORDS}{_NOT_THERE}", re.I)
_AGENCY_NOT = guarded(rf"{_BODY_WORDS}{_NOT_THERE}", re.I)
# "Just to flag the fire service won't be represented at the workshop": that body, wherever it is said
_BODY_UNREPRESENTED = guarded(
    rf"\b{_BODY_WORDS}\s+(?:won['’]?t|wont|will\s+not|can['’]?t|cant|cannot|(?:un|not\s+)able\s+to)\s+be\s+represented\b",
    re.I,
)
# "sorry to be the bearer of bad news, Dave Smith can't attend": a full name, then that they will not be there
_STRANGER_AWAY = guarded(
    r"(?:^|[,;.!–—-]\s*|\b(?:I['’]m\s+afraid|unfortunately|sadly|just\s+to\s+(?:say|let\s+you\s+know)(?:\s+that)?)\s+)"
    r"(?P<who>(?!(?:sorry|hi|hello|dear|morning|thanks|apologies|unfortunately|afraid)\b)"
    r"(?-i:[A-Z])[a-z'’-]+\s+(?-i:[A-Z])[a-z'’-]+)\s+(?:can['’]?t|cannot|won['’]?t|is\s+unable|"
    r"isn['’]?t\s+able|will\s+not\s+be\s+able)\b",
    re.I,
)
_AFRAID = guarded(r"^(?:(?:I['’]m|I\s+am)\s+(?:so\s+)?afraid|unfortunately|sadly)\s*,?\s+(?=(?-i:[A-Z])[a-z])", re.I)
# "Apologies for next board please. Cafcass will not be represented": the writer's own first
_OWN_APOLOGIES = guarded(r"^\W*(?:my\s+)?(?:apolog|apols?\b)", re.I)
_OPENING_WORDS = guarded(r"^\W*(?:the\s+)?(?P<words>[A-Za-z][\w&'’-]*(?:\s+[A-Za-z][\w&'’-]*){0,2})")
_NAME_FROM = guarded(r"\b[A-Za-z][\w'’-]*\s+(?:from|at)\s+(?:the\s+)?$", re.I)  # "Karen from public health"


class _ApologyRules(_WithdrawnRules):
    """Apologies, representatives and absentees."""

    def _apology(self) -> Interpretation | None:
        withdrawn = self._withdrawn()
        if withdrawn is not None:
            return withdrawn
        going = goes_for_writer(self.text)  # "Sally will go to the panel for WMP as I'm on a course"
        stand_in = self._member_named(going) if going and MEETING_WORDS.search(self.text) else None
        if stand_in and self.writer:
            meeting = meeting_meant(self.text, self.now, self.names.directory)
            return Interpretation(
                Intent.APOLOGY, owners=self._writer_owners(), meeting=meeting, representative=stand_in
            )
        away = agency_away(self.text, self.owners) if MEETING_WORDS.search(self.text) else None
        if away:  # "no one from fire can do the workshop sorry": the agency sends its apologies
            meeting = meeting_meant(self.text, self.now, self.names.directory)
            return away.reading(Intent.APOLOGY, meeting=meeting)
        if not any(self._absence(a) for a in APOLOGY_SAID.finditer(self.text)):
            return None  # "apologies for the long message": sorry, but not away
        if not MEETING_WORDS.search(self.text) and (self.question or not APOLOGIES_SENT.search(self.text)):
            return None  # "sorry can't make it": to what is not said; "send my apologies": which meeting is asked
        # "are the papers out for mondays panel yet?": asked of others or of things, never apologies sent
        asking = re.match(  # "do I need to send apologies for july?": whether to, asked
            r"^(?:how|can|could|who|what|(?:are|is)\s+(?:the|any|all)\b|(?:do|should|shall|must)\s+(?:I|we)\s+"
            r"(?:need\s+to\s+|have\s+to\s+|still\s+)?(?:send|give)\b)(?!['’]t)",
            self.text,
            re.I,
        )
        if APOLOGIES_LISTED.match(self.text):
            return None  # "list apologies for the July board pls": the meeting's apologies asked for
        if self.question and (asking or ATTENDANCE_ASKED.search(self.text)) and not _SENDING.match(self.text):
            return None  # "any apologies for the workshop yet?": a question about the meeting, not one sent
        if (checked := apologies_checked(self.text)) is not None:  # "did the march minutes record my apologies?"
            meeting = meeting_meant(self.text, self.now, self.names.directory)
            return Interpretation(Intent.MEETING_INFO, meeting=meeting) if checked else None  # later: the rest read
        representative, text = self._representative()
        representative = None if NO_STAND_IN.search(self.text) else representative  # "Jo will be there anyway"
        owners = self._absentees(text)
        writer = self.writer
        if writer is not None and representative == writer.name and any(o.id == writer.id for o in owners.owners):
            representative = None  # "can't make July, tony has asked me to go to a budget thing instead": away
        writer_goes = writer is not None and owners.owners and all(o.id != writer.id for o in owners.owners)
        if writer is not None and representative is None and writer_goes and writer_there(self.text, writer):
            representative = writer.name  # "Mayada has asked me to send her apologies … I'll attend on her behalf"
        named = self._owners_named_in(text) if not owners and representative else None
        opened = self._opened_by(ADDRESSEE.sub("", text))  # "Martine, I have a clash …": to Martine, not by her
        alone = (
            named is not None
            and not named.ambiguous
            and (opened is None or opened.owners == self._writer_owners_list())
        )
        if alone and named is not None and {o.name for o in named.owners} <= {representative}:
            owners = self._self_owners(text)  # "can't do the July board. Kate McConnell has agreed to represent us"
        word = APOLOGY_SAID.search(text)  # "Jo is on leave till 26 May so please take her apologies for Monday": Monday
        meeting = (
            meeting_meant(text[word.start() :], self.now, self.names.directory, default_next=False) if word else None
        )
        any_meeting = MEETING_WORDS.search(self.text) is not None  # else "send my apologies": which one is asked
        sentence = _apology_sentence(text if MEETING_WORDS.search(text) else self.text)  # or the stand-in's clause
        meeting = meeting or meeting_meant(sentence, self.now, self.names.directory, default_next=any_meeting)
        return owners.reading(Intent.APOLOGY, meeting=meeting, representative=representative)

    def _absence(self, found: re.Match[str]) -> bool:
        """Whether this apology word is for being away: not "apologies for the delay", not "it took longer than
        expected, apologies!", not "(I sent apologies)" about a meeting already past."""
        counted = COUNTED.search(self.text, 0, found.start()) and not LISTED.match(self.text, found.end())
        if NOT_ABSENCE.match(self.text, found.start()) or counted:  # "lots of apols coming in: Anne is …": a list
            return False  # "apologies for the delay"; "are we quorate? feels like lots of apols": a count
        if OTHER_BOARD.match(self.text, found.start()):
            return False  # "I've sent my apologies to the Wolverhampton board": another board's meeting
        if MAYBE_SENT.search(self.text):
            return False  # "might have to send apols, will confirm": not sent yet
        if AUDIT_SORRY.search(self.text, 0, found.start()):
            return False  # "CCG S11 - not begun, apologies": sorry about an audit
        sentence = max((m.end() for m in _SENTENCE_BREAK.finditer(self.text, 0, found.start())), default=0)
        if re.search(
            r"\b(?:if|unless|whether|in case)\s+(?!(?:I|we)\b)(?:[\w'’]+\s+){0,2}$",
            self.text[sentence : found.start()],
            re.I,
        ):
            return False  # "… reports are submitted even if they can't attend": a condition, nobody's absence
        if APOLOGY_SEEN.search(self.text, sentence, found.start()):
            return False  # "I see Pam's put apologies in for July": seen, not sent
        if THING_AWAY.search(self.text[sentence : found.start()]):
            return False  # "the data won't be there in time": a thing late, nobody away
        alone = re.match(r"\W*(?:$|[.!?])", self.text[found.end() :])  # "..., apologies!": a bare sorry
        if alone and LATE.search(self.text, sentence, found.start()):
            return False
        aside = self.text.rfind("(", 0, found.start())
        return not (aside >= 0 and ")" not in self.text[aside : found.start()] and
                    PAST_SENT.search(self.text, aside, found.start()))  # fmt: skip

    def _possessor(self, written: str) -> Resolution | None:
        """Whose apologies "karen jacksons" or "Tony's" names: the name with its possessive, typed or not."""
        bare = re.sub(r"['’]s?(?=\s+(?:and|&)\s|$)", "", written.strip())  # "Richard's and Sally's": both
        for form in (bare, bare[:-1] if bare.lower().endswith("s") else ""):  # "karen jacksons": Karen Jackson
            named = self.owners.phrase(form, allow_unknown=False, subject=True) if form else None
            if named and all(o.kind != "unknown" for o in named.owners):
                return named
        return self.owners.phrase(bare, subject=True)

    def _representative(self) -> tuple[str | None, str]:
        """The named representative, and the text without that clause."""
        standing_in = _WRITER_STANDS_IN.search(self.text)
        if standing_in and self.writer:
            return self.writer.name, (self.text[: standing_in.start()] + self.text[standing_in.end() :]).strip(" ,;")
        chairing = writer_stands_in(self.text)  # "roger has sent apols for monday panel, I'll chair"
        if chairing and self.writer:
            return self.writer.name, chairing
        text = re.sub(r"\s*\([^)]{0,60}\)", "", self.text)
        titled = TITLED.search(text)
        if titled and self.names.person(titled["name"]).member is None:  # "DS Jane Cole": Jane Cole, "dr ahmed"
            return TITLE.sub("", titled["name"]), _without(text, titled)
        for pattern in (REPRESENTED_BY, REPRESENTATIVE, REPRESENTATIVE_ASKED):
            for found in pattern.finditer(text):
                name = untitled(found["name"].strip())  # "Station Manager Dan Price": Dan Price
                nobody = name.lower() in NO_REPRESENTATIVE or name.split()[0].lower() in NO_REPRESENTATIVE
                if nobody or _AWAY_TOO.search(text, 0, found.end("name")):
                    continue
                if self.writer and name in {"I", self.writer.first_name}:
                    continue
                body = self.owners.phrase(name, allow_unknown=False)
                if body and all(o.kind in ("agency", "group") for o in body.owners):
                    continue  # "apols for monday, Early Years attending instead": a body, never a stand-in
                member = self.names.person(name).member
                if member is not None:
                    name = member.name
                elif len(name.split()) < 2:
                    continue  # a lone word that is nobody on the roster ("Unable", "Cafcass")
                return name, _without(text, found)
        unlisted: tuple[str | None, str] | None = None  # a stand-in not on the roster, by full name: kept if no member
        for pattern in (REPRESENTATIVE_CHAT, *STAND_IN_CHAT):
            for found in pattern.finditer(text):
                if _AWAY_TOO.search(text, 0, found.end("name")):
                    continue  # "neither myself nor Zala can attend": away too, never the stand-in
                clause = max((m.end() for m in _CLAUSE_MARK.finditer(text, 0, found.start("name"))), default=0)
                posted = a_post_of_theirs(text[clause : found.start("name")], found["name"])  # "Our manager will …"
                if posted or _INDEFINITE.match(text, clause, found.start("name")):  # "a watch manager will come"
                    return None, (text[:clause] + text[found.end() :]).strip(" ,;–—-")
                lead = _NAME_FROM.search(text, 0, found.start("name"))
                named = self._member_named(lead[0] + found["name"]) if lead else None
                start = title_start(text, lead.start() if lead and named is not None else found.start())
                place = found.groupdict().get("place")  # "Karen from public health": the Karen of that agency
                named = named if named is not None or not place else self._member_named(f"{found['name']} from {place}")
                named = named if named is not None else self._member_named(found["name"])
                if named == "" and not text[: found.start("name")].strip() and not _SELF_WORDS.search(self.text):
                    return None, self.text  # "Nicky …", opening it with no "I": who is away is asked, never the writer
                if named is not None:  # one member, or several ("nicki will cover"): not the absentee either way
                    anyway = NO_STAND_IN.search(found[0])  # "richard will be there anyway": no stand-in
                    return (None if anyway else named or None), (text[:start] + text[found.end() :]).strip(" ,;–—-")
                if unlisted is None and (written := unlisted_name(found["name"], self.owners)):
                    unlisted = written, (text[:start] + text[found.end() :]).strip(" ,;–—-")
        # "sending our named nurse jan"
        return stand_in_named(text, self.owners, self.writer) or unlisted or (None, self.text)

    def _member_named(self, written: str) -> str | None:
        """The member (never the writer) that the last one or two words of ``written`` name; "" when they fit
        several members; None when they name nobody (or the writer)."""
        words = written.split()
        whole = 3 <= len(words) <= 5 and re.search(r"^\S+(?:\s+\S+)?\s+(?:from|at|of)\s+\S", written, re.I)
        for size in (len(words), 2, 1) if whole else (2, 1):  # "Karen from public health": that agency's Karen
            if len(words) < size:
                continue
            named = self.owners.single(" ".join(words[-size:]), allow_unknown=False)
            if named and named.ambiguous and not named.owners:
                return ""
            if named and len(named.owners) == 1 and named.owners[0].kind == "member":
                owner = named.owners[0]
                return owner.name if self.writer is None or owner.id != self.writer.id else None
        return None

    def _absentees(self, text: str) -> Resolution:
        text = after_contact(ADDRESSEE.sub("", text))  # "Sorry Martine, I'm going to have to …": to Martine
        text = NAMING_NOBODY.sub(lambda m: (m["apologies"] + m["rest"]) if m["apologies"] else "", text, count=1)
        to = TO_THEM.match(text)
        named = self.names.person(to["to"]).member if to else None
        if to and named and named.role in MANAGERS and self.writer is not None and self.writer.role not in MANAGERS:
            text = text[to.end() :]  # "Roger — apologies for Monday's panel": Roger is who it is written to
        if (sent_by := body_apologies(text, self.owners)) is not None:
            return sent_by  # "pls send fire apologies for monday", "housing will have to send apologies": the agency's
        joint = JOINT.search(text)  # "me and richard both at court", "…, rich and me both on …": the writer and another
        written = (joint["who"] or joint["who2"] or joint["who3"] or joint["who4"]) if joint else ""
        other = self.owners.phrase(written, subject=True) if written else None
        if other and all(o.kind == "member" for o in other.owners):
            together = Resolution(self._writer_owners_list())
            together.add(other)
            return together
        if joint and (joint["who"] or joint["who2"]):
            return Resolution()  # opening the message, nobody understood: asked (said later, read by the rules below)
        listed = apology_list(text, self.owners)  # "apols for mon: Tabetha (BCPFT), Nicki (DCVS)": each of them
        if listed is not None:
            return listed
        passed = passed_on(text, self.owners, self._writer_owners_list())  # "and Julie asked me to pass hers on too"
        if passed is not None:
            return passed
        listed = named_absentees(text, self.owners, Resolution(self._writer_owners_list()))
        listed = listed or theirs_named_before(text, self.owners, self._owners_named_in)  # "… apols from all of them"
        if listed is not None:  # "apologies for Karen Palk and me", "apols for Zala and Pam for Monday"
            return listed
        theirs = _THEIRS.search(text)  # "Jo is on leave till 26 May so please take her apologies": the one named
        head = text[: theirs.start()] if theirs else ""
        spoken_to = _SPOKEN_TO.match(head)  # "Martine, Tabetha tells me she cannot make …": written to Martine
        before = self._owners_named_in(head[spoken_to.end() if spoken_to else 0 :]) if theirs else None
        if (
            before is not None
            and len(before.owners) == 1
            and not before.ambiguous
            and before.owners[0].kind == "member"
        ):
            return before
        unrepresented = not _OWN_APOLOGIES.match(text) and _BODY_UNREPRESENTED.search(text)  # "I'm afraid NPS won't …"
        for who in (unrepresented["who"], unrepresented["who"].split()[-1]) if unrepresented else ():
            body_named = self.owners.phrase(who, allow_unknown=False)
            if body_named and all(o.kind == "agency" for o in body_named.owners):
                return body_named
        for pattern in (APOLOGIES_NAMED, _APOLOGY_FROM, APOLOGY_SUBJECT):
            found = pattern.search(text)
            if not found:
                continue
            written = found["who"] or found.groupdict().get("who2") or found.groupdict().get("who3") or ""
            who = re.sub(r"\s+(?:both|all|also|too|each)$", "", written.strip(" ,"), flags=re.I)
            who = _AFRAID.sub("", who)  # "I'm afraid Tony Oakman won't make …": Tony's, never the writer's
            named_back = NAMED_THEN_PRONOUN.match(who)  # "Merlin has just told me that he": Merlin, said of him
            who = who if named_back else re.sub(r"^.*\b(?:that|(?:forgot|meant|wanted)\s+to\s+(?:say|mention|add))\s+|"
                         r"\s+(?:shall|will|would|may|might|must)(?:\s+be)?$|\s+(?:am|is|are)$", "", who,
                         flags=re.I)  # "I regret that I shall be unable to attend": I  # fmt: skip
            named_back = named_back or NAMED_THEN_PRONOUN.match(who)
            who = (named_back["who"] or named_back["who2"]) if named_back else who
            if who.lower() in WRITER_WORDS or _WRITER_LEAD.match(who) or _ENDS_WITH_I.search(who):
                return self._self_owners(text)  # "... not July - it's 11 September I can't make": the writer
            if who.lower() in {"sorry", ""}:
                break
            if who.lower() in {"he", "she"}:
                return Resolution()  # "he can't make Monday", with nobody named before it: asked, never the writer
            if who.lower() in {"all", "everyone", "everybody", "team", "folks", "guys", "sorry all", "hi all"}:
                return self._self_owners(text)  # "Sorry all, won't make 11 Sept board": said to everyone
            who = _WHOLE_LOT.sub(r"\g<who>", who)  # "apols from the whole CDOP lot": the group
            owners = self.owners.phrase(who, subject=pattern is not APOLOGY_SUBJECT or found.start("who") == 0)
            if owners:
                return owners
            after_from = pattern is _APOLOGY_FROM and re.search(r"\bfrom\s*$", text[: found.start("who")])
            if after_from and (sender := from_whom(who, self._owners_named_in, self.owners)) is not None:
                return sender  # "from tabbie": asked; "from the police safeguarding team": the police
            away = _NAMED_AWAY.match(found["who"].strip()) if pattern is APOLOGY_SUBJECT else None
            owners = self.owners.phrase(away["who"], allow_unknown=False, subject=True) if away else None
            if owners and all(o.kind == "member" for o in owners.owners):
                return owners  # "Annette is on a course on 10th July so can't come": Annette
            if pattern is APOLOGY_SUBJECT and self.owners.single(who.split()[0]) is not None:
                return Resolution()  # someone named but not understood: ask rather than guess the writer
            if pattern is APOLOGY_SUBJECT and found.start("who") == 0 and names_someone(who):
                return Resolution([Owner("unknown", who, suggestions=self.names.near(who))])  # "Dave can't make it"
        opening = NAME_THEN_APOLOGIES.match(text)  # "Sue Haywod apologies for the panel": hers, never the writer's
        known = self.owners.phrase(opening["who"], allow_unknown=False, subject=True) if opening else None
        opener = known or (self.owners.phrase(opening["who"], subject=True)
                           if opening and names_someone(opening["who"]) else None)  # fmt: skip
        if opener:
            return opener  # "karen p apols for the july board": Karen Palk
        whose = _WHOSE_APOLOGIES.search(text)  # "Please pass on Rob Keane's apologies for the workshop": his
        owners = (  # a name in lower case only when it is a member's ("pass on richard's apologies")
            (self._possessor(whose["who"]) if whose["who"][:1].isupper() else
             self.owners.phrase(whose["who"], allow_unknown=False, subject=True)) if whose else None
        )  # fmt: skip
        if owners and all(o.kind in ("member", "unknown") for o in owners.owners):
            return owners
        if whose and not owners and not DAY_OR_MEETING.match(whose["who"]):
            return Resolution()  # "pass on bob's apologies": someone not understood, asked about, never the writer
        unaddressed = THANKED.sub(" ", ADDRESSEE.sub("", text))  # "… And thank you Martine for chasing A-22"
        of_another = politely_of_another(unaddressed, self._owners_named_in)  # "Pam is off sick so … im afraid"
        if (_SELF_WORDS.search(unaddressed) and not of_another) or relayed_from(text):
            return self._self_owners(text)
        body = _BODY_FIRST.match(unaddressed)  # "CCG not able to be represented …" from the manager: never theirs
        named_first = self.owners.phrase(body["who"], allow_unknown=False) if body else None
        if named_first and all(o.kind == "agency" for o in named_first.owners):
            if UNREPRESENTED.search(text):
                return named_first  # "CCG not able to be represented …": nobody from it
            if not self._writers_own(named_first):
                return Resolution()
        led = self._opened_by(unaddressed)  # "Nicky … for the workshop": the one it opens with, never the writer
        if led is not None:
            return led
        if self._agency_first(unaddressed):
            return Resolution()  # an agency not the writer's opens the message, and no "I": whose apologies is asked
        stranger = _STRANGER_AWAY.search(unaddressed)  # "sorry to be the bearer of bad news, Dave Smith can't attend"
        known = self.owners.phrase(stranger["who"], allow_unknown=False) if stranger else None  # (or "Pam Jones")
        if stranger and not (known and (known.ambiguous or any(o.kind != "unknown" for o in known.owners))):
            return Resolution([Owner("unknown", stranger["who"], suggestions=self.names.near(stranger["who"]))])
        others = self._owners_named_in(unaddressed)
        if any(o.kind == "member" for o in others.owners) or others.ambiguous:
            return Resolution()  # another member is named: ask whose apologies these are rather than guess
        sent_for = SENT_FOR.search(unaddressed)  # "send apols for Jayne Sargant pls": someone not on the roster
        if sent_for is not None and names_someone(sent_for["who"]) and not DAY_OR_MEETING.match(sent_for["who"]):
            return Resolution([Owner("unknown", sent_for["who"], suggestions=self.names.near(sent_for["who"]))])
        return self._self_owners(text)

    def _opened_by(self, text: str) -> Resolution | None:
        """The member (or the members a name fits) a message opens with ("Nicky … for the workshop"), else None."""
        lead = _LEAD_NAME.match(text)
        led = self.owners.phrase(lead["who"], allow_unknown=False, subject=True) if lead else None
        return led if led and (led.ambiguous or all(o.kind == "member" for o in led.owners)) else None

    def _agency_first(self, text: str) -> bool:
        """Whether the message opens with an agency that is not the writer's ("CCG … for Monday's panel"), or its
        first clause says such an agency will not be there ("just heard the CCG won't …")."""
        words = _OPENING_WORDS.match(text)
        said_not = _AGENCY_NOT.search(_FIRST_CLAUSE.split(text, maxsplit=1)[0])
        for opening in ([" ".join(words["words"].split()[:n]) for n in (3, 2, 1)] if words else []) + (
            [said_not["who"], said_not["who"].split()[-1]] if said_not else []
        ):
            named = self.owners.phrase(opening, allow_unknown=False)
            if named:
                return all(o.kind == "agency" for o in named.owners) and not self._writers_own(named)
        return False

    def _writers_own(self, named: Resolution) -> bool:
        """Whether the agencies named are the writer's own (their apologies are then the writer's)."""
        writer = self.writer
        return writer is not None and all(o.id == writer.agency_id for o in named.owners)

    def _self_owners(self, text: str) -> Resolution:
        """Whom "I" and "my" mean: the writer, or the sender of a pasted message (asked when not understood)."""
        pasted = relayed_from(text)
        if pasted is None:
            return Resolution(self._writer_owners_list())
        named = self.owners.phrase(pasted, subject=True)
        return named if named else Resolution()


def _without(text: str, found: re.Match[str]) -> str:
    """The text without a stand-in's clause, and the job title before it ("station manager")."""
    return (text[: title_start(text, found.start())] + text[found.end() :]).strip(" ,;–—-")


def _apology_sentence(text: str) -> str:
    """The sentence that sends the apologies and names a meeting ("I'm on a course 8th-12th June but back for the
    workshop. I can't do the July board though, apologies": the July board), or the whole text."""
    sentences = [s for s in re.split(r"(?<=[.!?;])\s+", text) if s]
    if len(sentences) < 2:
        return text
    return next((s for s in sentences if APOLOGY_SAID.search(s) and MEETING_WORDS.search(s)), text)
