"""The rule for apologies: whose they are ("apologies from Viv", "Viv can't make it"), for which meeting, who
attends instead ("Jo Bloggs will attend"), and a withdrawn apology ("I can make it after all").

Part of the message reader (:mod:`bot.understanding.interpret`).
"""

from __future__ import annotations

import re

from bot.understanding.interpretation import Intent, Interpretation
from bot.understanding.meeting_words import meeting_meant
from bot.understanding.message_reader import _SELF_WORDS, _ReaderBase
from bot.understanding.owners import Resolution

_WITHDRAW = re.compile(
    r"\b(?:withdraw|cancel|scrap|ignore)\s+my\s+apolog|\bcan (?:now )?(?:make|attend|come)(?: it)? after all\b|"
    r"\bwill be (?:there|attending) after all\b",
    re.I,
)
_APOLOGY = re.compile(
    r"\bapolog(?:y|ies|ise|ize)\b|\bapols?\b|\bcan(?:'t|not| not) (?:make|attend|come|be there|join|be at|do)\b|"
    r"\bunable to (?:attend|make|come|be)\b|\bwon't (?:be (?:at|there|attending|able)|make)\b|"
    r"\bwill not be (?:at|there|attending|able)\b|\bnot (?:be )?able to (?:attend|make|come)\b|"
    r"\b(?:will|going to|have to|'ll) miss (?:the|this|next|[A-Z]\w+)\b",
    re.I,
)
_MEETING_WORDS = re.compile(
    r"\b(?:board|meeting|workshop|panel|dscb|lscb|today|tomorrow|there|next|jan|feb|mar|apr|may|jun|jul|aug|sep|"
    r"oct|nov|dec)\w*|\d",
    re.I,
)
_REPRESENTATIVE = re.compile(
    r"(?:(?:my |her |his |their )?(?:deputy|colleague|named representative|representative)\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
    r"(?:\s+(?:from|of)\s+(?:the\s+)?[\w&]+)?\s+"
    r"(?:will|is going to|can|to)\s+(?:come|attend|represent|deputise|deputize|stand in|cover|be there|go|sit in)\b",
)
_WRITER_STANDS_IN = re.compile(
    r"[,;]?\s*(?:(?:s?he|they)(?:'s| has| have|'ve) )?asked me to (?:cover|attend|represent|go|stand in|deputise)\b"
    r"(?: for (?:her|him|them))?",
    re.I,
)
_REPRESENTED_BY = re.compile(
    r"\b(?:represented by|rep(?:resentative)?:|deputy:|will send|sending)\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
)
_NO_REPRESENTATIVE = {
    "nobody",
    "no one",
    "noone",
    "none",
    "i",
    "she",
    "he",
    "they",
    "we",
    "someone",
    "somebody",
}
_APOLOGY_FROM = re.compile(
    r"\b(?:apolog(?:y|ies)\s+(?:from|–|-|—|:)|on behalf of)\s*(?P<who>.+?)(?:\s+for\b|\s*[,;.]|$)", re.I
)
_ADDRESSEE = re.compile(r"^@\w+(?:\s+\w+)?[,:]?\s+|^(?:hi|dear)\s+\w+[,:]\s*", re.I)
_APOLOGY_SUBJECT = re.compile(
    r"^(?:sorry,?\s+)?(?P<who>.+?)\s+(?:[–—-]\s+apolog|sends?\s+(?:(?:her|his|their)\s+)?apologies|"
    r"can(?:'t|not| not)\s|"
    r"won't\s|will not\s|is unable\s|are unable\s|unable\s|is not able\s|isn't able\s)",
    re.I,
)


class _ApologyRules(_ReaderBase):
    """Apologies, representatives and absentees."""

    def _apology(self) -> Interpretation | None:
        if _WITHDRAW.search(self.text):
            return Interpretation(
                Intent.APOLOGY,
                owners=self._writer_owners(),
                meeting=meeting_meant(self.text, self.now, self.names.directory),
                extra={"withdraw": True},
            )
        if not _APOLOGY.search(self.text) or not _MEETING_WORDS.search(self.text):
            return None
        if self.question and re.match(r"^(?:how|can|could|who|what)\b(?!['’]t)", self.text, re.I):
            return None
        representative, text = self._representative()
        owners = self._absentees(text)
        meeting = meeting_meant(text, self.now, self.names.directory)
        return Interpretation(
            Intent.APOLOGY,
            owners=tuple(owners.owners),
            ambiguous=tuple(owners.ambiguous),
            meeting=meeting,
            representative=representative,
        )

    def _representative(self) -> tuple[str | None, str]:
        """The named representative, and the text without that clause."""
        standing_in = _WRITER_STANDS_IN.search(self.text)
        if standing_in and self.writer:
            return self.writer.name, (self.text[: standing_in.start()] + self.text[standing_in.end() :]).strip(" ,;")
        text = re.sub(r"\s*\([^)]{0,60}\)", "", self.text)
        for pattern in (_REPRESENTED_BY, _REPRESENTATIVE):
            for found in pattern.finditer(text):
                name = found["name"].strip()
                if name.lower() in _NO_REPRESENTATIVE or name.split()[0].lower() in _NO_REPRESENTATIVE:
                    continue
                if self.writer and name in {"I", self.writer.first_name}:
                    continue
                member = self.names.person(name).member
                if member is not None:
                    name = member.name
                elif len(name.split()) < 2:
                    continue  # a lone word that is nobody on the roster ("Unable", "Cafcass")
                return name, (text[: found.start()] + text[found.end() :]).strip(" ,;–—-")
        return None, self.text

    def _absentees(self, text: str) -> Resolution:
        for pattern in (_APOLOGY_FROM, _APOLOGY_SUBJECT):
            found = pattern.search(text)
            if not found:
                continue
            who = re.sub(r"\s+(?:both|all|also|too|each)$", "", found["who"].strip(), flags=re.I)
            if who.lower() in {"me", "i", "my", "sorry", ""}:
                break
            owners = self.owners.phrase(who)
            if owners:
                return owners
            if pattern is _APOLOGY_SUBJECT and self.owners.single(who.split()[0]) is not None:
                return Resolution()  # someone named but not understood: ask rather than guess the writer
        unaddressed = _ADDRESSEE.sub("", text)
        if _SELF_WORDS.search(unaddressed):
            return Resolution(self._writer_owners_list())
        others = self._owners_named_in(unaddressed)
        if any(o.kind == "member" for o in others.owners) or others.ambiguous:
            return Resolution()  # another member is named: ask whose apologies these are rather than guess
        return Resolution(self._writer_owners_list())
