"""The state of reading one message, and what several rules of the reader share.

The message, its writer, the time and the roster; whether it is a question or negated; its due-date wording
(read once); the writer as an owner; and the owners named anywhere in it. The rules themselves
(:mod:`~bot.understanding.intent_rules`, :mod:`~bot.understanding.action_rules`,
:mod:`~bot.understanding.apology_rules`) extend this class; :mod:`bot.understanding.interpret` puts them in order.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cached_property

from bot.directory import Person
from bot.understanding.agencies import KIND_WORDS
from bot.understanding.dates import DateMention, find_due
from bot.understanding.interpretation import Owner
from bot.understanding.name_words import is_everyday_word, looks_like_a_name
from bot.understanding.names import NameIndex
from bot.understanding.owners import OwnerResolver, Resolution
from bot.understanding.patterns import guarded
from bot.understanding.text import POSSESSIVE

_NEGATED = guarded(
    r"\b(?:isn't|is not|not yet|not been|hasn't|has not|haven't|have not|yet to|still waiting|not done)\b|"
    r"\bnot\s+(?:quite\s+|fully\s+|completely\s+|totally\s+)?(?:finished|complete[d]?|closed|signed\s+off)\b|"
    r"\bnever\s+(?:getting|going\s+to|gonna|gets?|be|been)\b|"  # "lol a-1 is never getting closed is it"
    # "a-27 won't get done, we've no capacity", "it cant be finished before july"
    r"\b(?:won['’]?t|will\s+not|can['’]?t|cannot|couldn['’]?t|didn['’]?t|not\s+going\s+to|not\s+gonna)\s+"
    r"(?:be\s+|get\s+)?(?:done|finished|completed?|ready|closed|signed\s+off|sorted)\b",
    re.I,
)
_AUDIT_QUESTION = guarded(
    r"^(?:how|which|what|what's|whats|where|is|are|has|have|any|who|when|can|could|would|do|does|did)\b(?!['’]t)"
    r"(?!\s+(?:to|got\s+to)\b)",  # "have to send apologies …": obliged, not asking
    re.I,
)
_THEIR = frozenset({"his", "her", "their", "its"})
_AM_I = guarded(r"^am\s+i\b", re.I)  # "am I down for anything"
_SELF_WORDS = guarded(r"\b(?:my|mine|I|I'm|am I|I've|have I|(?:still|sitting)\s+with\s+me)\b", re.I)
# "I chair", "to chair", "will chair": a word before "chair" that makes it what someone does
_DOERS = {"i", "i'll", "i’ll", "we", "to", "will", "ll", "can", "could", "she", "he", "they", "you", "also"}
_QUESTION_WORDS = {
    "i",
    "me",
    "my",
    "what",
    "who",
    "which",
    "show",
    "list",
    "all",
    "any",
    "the",
    "for",
    "board",
}


# "the full list of open actions", "I'd like to look over the whole tracker", "list the actions assigned to the
# QA group", "I'd like to check what's outstanding for the police": the tracker itself asked for, never an action.
WHOLE_LIST = guarded(
    r"\b(?:full|whole|complete|entire) (?:actions? )?(?:list|tracker|log)\b"
    r"(?!\s+(?:for|of)\s+(?!(?:me|us|the\s+board)\b))|"  # not "the full list for Tony"
    r"\blist of (?:all )?(?:the )?(?:open |outstanding )?actions\b|"
    r"(?:^|[.!?,]\s+|\b(?:you|u|to|please|pls)\s+)list\s+(?:all\s+)?(?:of\s+)?(?:the\s+|my\s+|our\s+|their\s+)?"
    r"(?:open\s+|outstanding\s+|overdue\s+|current\s+|live\s+)?(?:actions|ones)\b|"
    r"\b(?:I(?:'d|\s+would)\s+(?:like|love)|I\s+(?:want|wanted|need|needed))\s+to\s+(?:check|know|see|find\s+out)\s+"
    r"what(?:'s|\s+is|\s+are|\s+has|\s+have)?\s+(?:still\s+)?(?:outstanding|open|overdue|due|left)\b",
    re.I,
)
# "show me everything assigned to Sally", "can you pull up all of Jo's": a list asked for, never work to record.
SHOWN = guarded(
    r"^(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:please\s+|pls\s+)?(?:show|give|send|get|pull\s+up|bring\s+up)\s+"
    r"(?:me|us)?\s*(?:a\s+list\s+of\s+)?(?:everything|all|anything|the\s+(?:open\s+|outstanding\s+|overdue\s+)?actions|"
    r"what(?:['’]s|\s+is|\s+has\s+been)\s+(?:still\s+|currently\s+)?(?:assigned|allocated|given|with|open|outstanding|due|overdue)|"
    r"what\s+(?:[\w&'’-]+\s+){1,4}?(?:has|have|owes?|holds?)(?:\s+got)?\s+(?:open|outstanding|left|on))\b"
    r"(?!\s+(?:members|partners|agencies|schools)\b)",
    re.I,
)
# "... in a fortnight, ok?": a statement with a tag, not a question.
_TAG_QUESTION = guarded(r"[\s,]+(?:ok|okay)\s*\?+\s*$", re.I)


def is_question(text: str) -> bool:
    """Whether the text asks: it opens with a question word ("how", "is", "am I") or ends with "?"."""
    if _AUDIT_QUESTION.match(text) or _AM_I.match(text):
        return True
    return text.rstrip().endswith("?") and not _TAG_QUESTION.search(text)


# An agency called by what it is ("the college", "the hospital"): the writer's own when they work there.
_OWN_KIND = guarded(rf"(?:the\s+)?(?:{'|'.join(word.lower() for word in KIND_WORDS)})", re.I)
# "writing the chair's report this weekend": the chair's paper for the board, not whose actions are asked for.
_ROLES_PAPER = guarded(r"(?:the\s+)?(?:chair|vice[\s-]?chair|business\s+manager|manager)['’]s?", re.I)
_PAPER = guarded(r"report|paper|briefing|update|speech|slides|agenda|presentation|foreword|introduction")
_VERB_AFTER = guarded(r"is|are|was|were|has|have|had|will|would|can|could|should|needs?|to|and|or|did|does|s|\W.*")


class _ReaderBase:
    """One message being read, with the readings several rules ask for."""

    def __init__(self, text: str, writer: Person | None, now: dt.datetime, names: NameIndex) -> None:
        self.text = text
        self.writer = writer
        self.now = now
        self.names = names
        self.owners = OwnerResolver(names, writer)
        self.question = is_question(text)

    # Helpers ----------------------------------------------------------------------------------------------
    @cached_property
    def _due(self) -> DateMention | None:
        """The due-date wording in the message (read once: several rules ask)."""
        return find_due(self.text, self.now, self.names.directory.board_dates)

    def _one_named_in(self, text: str) -> Resolution:
        """The one member ``text`` names; nobody when it names none or several (then the assistant asks)."""
        named = self._owners_named_in(text)
        people = [o for o in named.owners if o.kind == "member"]
        return (
            Resolution(people) if len(people) == 1 and len(named.owners) == 1 and not named.ambiguous else Resolution()
        )

    def _owners_named_in(self, text: str) -> Resolution:
        """Members, agencies and groups named anywhere in a question, longest names first."""
        words = re.findall(r"[\w&][\w&'’-]*", text)
        taken = [False] * len(words)
        found = Resolution()
        for size in (4, 3, 2, 1):
            for start in range(len(words) - size + 1):
                if any(taken[start : start + size]):
                    continue
                phrase = POSSESSIVE.sub("", " ".join(words[start : start + size]))
                if phrase.lower() in _QUESTION_WORDS:
                    continue
                if size == 1 and phrase.lower() == "chair" and start and words[start - 1].lower() in _DOERS:
                    continue  # "before I chair the SCR sub": what the writer does, never the chair
                if size == 1 and phrase.islower() and start and words[start - 1].lower() in _THEIR:
                    continue  # "everything his directorate owns": whose unit (bot.understanding.units_of), not a name
                owner = self.owners.single(phrase, allow_unknown=False)
                if (
                    owner
                    and size > 1
                    and all(o.kind == "unknown" for o in owner.owners)
                    and self.names.is_exact_name(" ".join(words[start : start + size - 1]))
                ):
                    continue  # "Pam Smith too": a member's name and a word after it, never someone unknown
                after = words[start + 1] if size == 1 and start + 1 < len(words) and phrase == words[start] else ""
                if owner is not None and self._someone_elses_surname(after, owner):
                    continue  # "Pam Jones can't attend": someone else named Pam, never Pam Smith
                if owner is None and size == 1 and self._typed_possessive(phrase):  # "list the ccgs actions"
                    owner = self.owners.single(phrase[:-1], allow_unknown=False)
                if owner is not None and self.writers_own_kind(phrase, owner):
                    continue  # "I'll share the college's figures", written at the college: the writer's side
                after = words[start + size].lower() if start + size < len(words) else "."
                if owner is not None and _OWN_KIND.fullmatch(phrase) and not _VERB_AFTER.fullmatch(after):
                    continue  # "update the hospital pathway": what kind of pathway, not who
                if owner is not None and _ROLES_PAPER.fullmatch(words[start + size - 1]) and _PAPER.fullmatch(after):
                    continue
                writers = (o for o in owner.owners if o.kind == "member") if owner is not None else ()
                if owner is not None and not any(o.id == getattr(self.writer, "id", None) for o in writers):
                    found.add(owner)
                    taken[start : start + size] = [True] * size
        return found

    def _someone_elses_surname(self, word: str, found: Resolution) -> bool:
        """Whether ``word``, after a member's first name, is a surname that is not theirs ("Pam Jones")."""
        if not re.fullmatch(r"[A-Z][a-z'’-]{2,}", word) or is_everyday_word(word.lower()) or found.ambiguous:
            return False
        if len(found.owners) != 1 or found.owners[0].kind != "member":
            return False
        people = [p for p in self.names.directory.members if p.id == found.owners[0].id]
        return len(people) == 1 and word.lower() not in people[0].name.lower()

    def writers_own_kind(self, phrase: str, found: Resolution) -> bool:
        """Whether ``phrase`` calls the writer's own agency by what it is ("the college", written at the college)."""
        agency_id = self.writer.agency_id if self.writer else None
        ours = len(found.owners) == 1 and found.owners[0].kind == "agency" and found.owners[0].id == agency_id
        return ours and _OWN_KIND.fullmatch(phrase.strip()) is not None

    def _stranger_named(self, text: str) -> str | None:
        """A person's name the roster does not hold, written with capitals ("all the actions Dave Hughes has")."""
        words = text.split()
        for size in (3, 2):
            for start in range(len(words) - size + 1):
                phrase = " ".join(w.strip(",.;:!?()'’") for w in words[start : start + size])
                if any(is_everyday_word(w) for w in phrase.split()) or not looks_like_a_name(phrase):
                    continue
                if self.owners.single(phrase, allow_unknown=False) is None and not self.names.agency(phrase).candidates:
                    return phrase
        return None

    def _signed(self, who: str) -> bool:
        """Whether the words after a closing dash are the writer's own name: a signature ("ccg s11 complete - su")."""
        written = who.strip(" .!").casefold()
        return self.writer is not None and written in {self.writer.first_name.casefold(), self.writer.name.casefold()}

    def _typed_possessive(self, word: str) -> bool:
        """ "ccgs", "yoss", "sallys": a short agency name or a roster name with an "s" typed for "'s"."""
        stem = word[:-1]
        if not word.endswith("s") or len(stem) < 2 or self.names.is_known_word(word):
            return False
        return self.names.is_known_word(stem) or (len(stem) <= 5 and self.names.agency(stem).agency is not None)

    @cached_property
    def _negated(self) -> bool:
        """Whether the message says something is not (yet) done ("not yet", "hasn't", "still waiting")."""
        return _NEGATED.search(self.text) is not None

    def _writer_owners_list(self) -> list[Owner]:
        return [Owner("member", self.writer.name, self.writer.id)] if self.writer else []

    def _writer_owners(self) -> tuple[Owner, ...]:
        return tuple(self._writer_owners_list())
