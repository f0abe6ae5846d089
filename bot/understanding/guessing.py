"""A guessed reading for a message no rule reads: the learned model's intent, with fields read cautiously.

Only used when every rule has passed (:mod:`bot.understanding.interpret`). The model
(:mod:`bot.understanding.intent_model`) must be sure (``SURE``), and the message must carry what the intent needs
(a reference to edit, a date to move it to, an audit type); otherwise the message stays "not understood". Owners
come only from names the roster knows, never from a guess at a name: a name that fits nobody or several members
leaves the reading without a guess. The reading is marked ``guessed``: the conversation shows it and asks the
writer to confirm before it stores or answers anything (:mod:`bot.conversation.turn`).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from bot.understanding.audit_reading import read_audit
from bot.understanding.auto_replies import someone_elses_reply
from bot.understanding.dates import find_due, said_not
from bot.understanding.edit_words import REF
from bot.understanding.intent_model import features, shipped_scorer
from bot.understanding.interpretation import Intent, Interpretation, Owner
from bot.understanding.list_asides import MET_WITH
from bot.understanding.list_words import DONE_FOR_ME, PRONOUN_LIST
from bot.understanding.meeting_words import MEETING_REMARK, meeting_deadline, meeting_meant
from bot.understanding.message_reader import _ReaderBase
from bot.understanding.patterns import Pattern, guarded
from bot.understanding.person_words import FIRST_PERSON
from bot.understanding.question_words import BOARD_WIDE, SERVICE_ASKED
from bot.understanding.text import POSSESSIVE

SURE = 0.95  # the model's probability for its first intent before a guess is offered
_NAME_WORD = guarded(r"[\w&][\w&'’-]*")
# "the first phase", "a new phase": a word after a determiner is one of the sentence's, not a name
_DETERMINED = guarded(r"\b(?:the|a|an|first|second|third|next|last|final|this|that|each|every|one|new)\s+$", re.I)
_NOT_NAMES = {"i", "me", "my", "what", "who", "which", "show", "list", "all", "any", "the", "for", "board", "action"}
# Where an owner is written: "an action for Sally", "action: the police", "Sally to send", "CDOP will review".
_OWNER_BEFORE = guarded(r"\b(?:for|action|actions|owner|owners|on)\s*[:,–-]?\s*(?:the\s+)?$", re.I)
_OWNER_AFTER = guarded(
    r"\s*,?\s*(?:to(?!\s+(?:the|a|an|our|my|his|her|their|this|that|its)\b)|will|would|can|could|should|shall|must|"
    r"is to|are to|need to|needs to|is going to|are going to|has agreed|have agreed|agreed|offered|is happy|"
    r"are happy|happy|'ll|’ll|is taking|are taking)\b",
    re.I,
)
_NEW_OWNER_BEFORE = guarded(r"\b(?:to|by|for|over to|across to|on)\s+(?:the\s+)?$", re.I)
_WRITER_TAKES = guarded(
    r"\b(?:I'll|I will|I can|I'm going to|I am going to|I've agreed|I have agreed|I agreed|I'm happy to|"
    r"for me|(?<!asked )(?<!told )(?<!wants )(?<!wanted )(?<!reminded )me to|on me|my action)\b",
    re.I,
)
# Whose list: "for the police", "does Jo owe", "Jo's actions", "is CDOP behind".
_LIST_BEFORE = guarded(r"\b(?:for|does|do|has|have|is|are|did|against|on|of|with)\s+(?:the\s+)?$", re.I)
_LIST_AFTER = guarded(r"(?:'s|’s|s)?\s+(?:owe|owes|has|have|got|still|actions?|list|ones|is|are)\b", re.I)
_NOT_BY = guarded(
    r"(?:n['’]t|\bnot|\bnever)\s+(?:be\s+)?(?:\w+\s+){0,2}?(?:(?:by|for|before|in\s+time\s+for)\s+(?:the\s+)?)?$", re.I
)
_LIFE_EVENT = guarded(
    r"\b(?:retir(?:e|ing|ement)|stepping\s+down|moving\s+on|leaving\s+(?:the\s+(?:board|council|trust|force|service)|"
    r"my\s+(?:post|role|job))|new\s+(?:job|post|role)|maternity|farewell|goodbye)\b",
    re.I,
)
_WHY = guarded(r"\b(?:why|how\s+come|who\s+(?:gave|put|added|assigned|moved))\b", re.I)
_UNTIL = guarded(r"\s*(?:until|till|til)\b", re.I)
_JOINED = guarded(r"\s*(?:,|&|\+|\band\b|\bor\b|\bplus\b)\s*(?:the\s+)?", re.I)
_MY_LIST = guarded(
    r"\b(?:do I|have I|I owe|I've got|I have|am I|mine|on me|for me|against me|"
    r"my (?:actions|list|ones|open|outstanding|overdue))\b",
    re.I,
)
# "can A-9 come to me": the writer as the new owner (not "with the team rather than with me")
_ME = guarded(r"(?<!\bthan )(?<!\bnot )(?<!\bof )\b(?:to|with) me\b", re.I)
# A new action is asked for in so many words, or has a deadline: "log pls", "new one for me … by the 12th".
_RECORDING = guarded(r"\b(?:action|log|record|add|note|track|put (?:it |that |this )?down|task|new one)\b", re.I)
_LISTING = guarded(
    r"\b(?:owe[sd]?|open|outstanding|overdue|due|list|actions?|tracker|anything|got|left|pending|chase)\b", re.I
)
_MEETING_TALK = guarded(r"\b(?:board|meeting|agenda|papers|minutes|panel|workshop|venue|quorum)\b", re.I)
_ATTENDING = guarded(
    r"\b(?:I(?:'ll|’ll| will) be (?:at|there)|I can (?:make|come|attend)|I(?:'m| am) (?:coming|attending)|"
    r"see you (?:at|there))\b",
    re.I,
)
_SERVICE = guarded(r"\b(?:book|reserve|order|print|arrange|organise|organize)\b", re.I)  # not for the assistant
_OTHER_PEOPLE = guarded(r"\b(?:he|she|they|him|her|them|his|their)\b", re.I)
_SOMEONE_AWAY = guarded(r"\b(?:is|are|'s|’s)\s+(?:on|off|away|out)\b", re.I)  # "our data officer is on leave"


def guessed_reading(reader: _ReaderBase, refs: tuple[int, ...]) -> Interpretation | None:
    """The model's reading of a message the rules could not read, when it is sure and the message carries what
    that intent needs; None otherwise."""
    scorer = shipped_scorer()
    if scorer is None:
        return None
    probability, intent = scorer.rank(features(reader.text, reader.names.is_known_word))[0]
    if probability < SURE or intent is Intent.NONE:
        return None
    fill = _FILLERS.get(intent)
    found = fill(reader, refs) if fill is not None else Interpretation(intent)
    if found is None:
        return None
    return replace(found, refs=found.refs or refs, guessed=True)


@dataclass(frozen=True, slots=True)
class _Named:
    """An owner named in the message, and where."""

    owner: Owner
    start: int
    end: int


def _named_at(reader: _ReaderBase) -> list[_Named] | None:
    """Members, agencies and groups named with certainty, where each is written, longest names first; None when a
    name is ambiguous or unknown, so a guess never carries an unsure owner."""
    words = list(_NAME_WORD.finditer(reader.text))
    taken = [False] * len(words)
    found: list[_Named] = []
    for size in (4, 3, 2, 1):
        for first in range(len(words) - size + 1):
            if any(taken[first : first + size]):
                continue
            start, end = words[first].start(), words[first + size - 1].end()
            phrase = POSSESSIVE.sub("", reader.text[start:end])
            if phrase.lower() in _NOT_NAMES:
                continue
            resolved = reader.owners.single(phrase, allow_unknown=False)
            if resolved is None or reader.writers_own_kind(phrase, resolved):
                continue  # "I'll share the college's figures", written at the college: the writer's own
            determined = _DETERMINED.search(reader.text, 0, start) is not None
            agency = bool(resolved.owners) and resolved.owners[0].kind == "agency"
            if phrase.islower() and determined and agency:
                return None  # "the first phase to be done by June": a word that may be the sentence's, so unsure
            if resolved.ambiguous or any(o.kind == "unknown" for o in resolved.owners):
                return None
            seen = {n.owner for n in found}
            found += [_Named(o, start, end) for o in resolved.owners if o not in seen]
            taken[first : first + size] = [True] * size
    return found


def _placed(reader: _ReaderBase, before: Pattern, after: Pattern) -> list[Owner] | None:
    """The owners named where the wording makes them the ones meant: just after ``before`` or just before
    ``after`` ("an action for Sally", "Sally to send …"), and those joined to one ("for housing and yos"); None
    when any name is unsure."""
    named = _placed_at(reader, before, after)
    return None if named is None else [n.owner for n in named]


def _placed_at(reader: _ReaderBase, before: Pattern, after: Pattern, *, back: bool = False) -> list[_Named] | None:
    named = _named_at(reader)
    if named is None:
        return None
    named.sort(key=lambda n: n.start)
    placed = [n for n in named if before.search(reader.text[: n.start]) or after.match(reader.text[n.end :])]
    for n in [*named, *(reversed(named) if back else ())]:  # "the police, cafcass or crc": joined to a placed name
        between = (reader.text[p.end : n.start] or (reader.text[n.end : p.start] if back else "") for p in placed)
        if n not in placed and any(_JOINED.fullmatch(text) for text in between):  # back: "kate and viv got"
            placed.append(n)
    return sorted(placed, key=lambda n: n.start)


def _one_run(reader: _ReaderBase, named: list[_Named]) -> bool:
    """Whether the names are written together, joined by "and", "or", "&" or commas ("for cafcass and crc")."""
    return all(_JOINED.fullmatch(reader.text[a.end : b.start]) for a, b in itertools.pairwise(named))


def _others_named(reader: _ReaderBase, more_than: int = 0) -> bool:
    """Whether more than ``more_than`` owners besides the writer are named, or a name is unsure (then whose leave,
    apologies or action is meant is not certain)."""
    named = _named_at(reader)
    writer = getattr(reader.writer, "id", None)
    return named is None or sum(not (n.owner.kind == "member" and n.owner.id == writer) for n in named) > more_than


def _writer(reader: _ReaderBase, says: Pattern) -> tuple[Owner, ...]:
    """The writer, when the message says so in so many words (``says``), or writes their own name in full."""
    if reader.writer is None:
        return ()
    written = re.search(rf"\b{re.escape(reader.writer.name)}\b", reader.text, re.I) is not None
    return reader._writer_owners() if written or says.search(reader.text) else ()


def _record(reader: _ReaderBase, refs: tuple[int, ...]) -> Interpretation | None:
    """One owner, named where an owner is written ("Sally to …", "one for the police"), or the writer taking it
    on in so many words ("I'll", "for me"): a name mentioned anywhere else is context as often as an owner."""
    due = reader._due
    if _OTHER_PEOPLE.search(reader.text) or not (due or _RECORDING.search(reader.text)):
        return None  # "she'll send it": whose action is not written; news with no deadline: not an action
    if _LIFE_EVENT.search(reader.text):
        return None  # "I will be retiring at the end of September": news of the writer, not work owed
    placed = _placed(reader, _OWNER_BEFORE, _OWNER_AFTER)
    if placed is None or _others_named(reader, more_than=1):
        return None  # two or more named: which are owners and which context is not certain
    owners = tuple(placed) or _writer(reader, _WRITER_TAKES)
    if len(owners) != 1:
        return None
    return Interpretation(
        Intent.RECORD_ACTION, owners=owners, task=_task(reader.text), due=due.date if due else None,
        due_wording=due.wording if due else None, asap=bool(due and due.asap),
    )  # fmt: skip


def _task(text: str) -> str:
    """The message as the task, without a leading marker ("log pls -", "new one:")."""
    task = re.sub(r"^\W*(?:(?:new|add|log|action|note)\b[\w ]{0,20}?[:–-]\s*)", "", text.strip(), flags=re.I)
    return (task or text).strip()[:1_000]


def _list(reader: _ReaderBase, _: tuple[int, ...]) -> Interpretation | None:
    """Whose list is asked for: the one named where a list's owner is written ("for the police", "does Jo owe"),
    else the writer's when they say so ("do I", "my actions"), else the board's; it must talk of what is owed."""
    named = _placed_at(reader, _LIST_BEFORE, _LIST_AFTER, back=True)  # "what's kate and viv got": both lists
    placed = None if named is None else [n.owner for n in named]
    if placed is None or not _LISTING.search(reader.text) or PRONOUN_LIST.search(reader.text):
        return None
    if MET_WITH.search(reader.text) and not _MY_LIST.search(reader.text):  # "before my catch up with Jo …"
        return None
    if BOARD_WIDE.search(reader.text) and not _MY_LIST.search(reader.text):
        return Interpretation(Intent.LIST_ACTIONS)  # "overdue list for the chair pls, whole board": everyone's
    mine = _writer(reader, _MY_LIST) if not DONE_FOR_ME.search(reader.text) else ()  # "chase the CCG for me": a favour
    if placed and mine and tuple(placed) != mine:
        return None  # "a one-to-one with Tony … what's open against me": whose list is not certain
    owners = tuple(placed) or mine
    return (
        Interpretation(Intent.LIST_ACTIONS, owners=owners)
        if len(owners) <= 1 or _one_run(reader, named or [])
        else None
    )


def _with_ref(intent: Intent) -> Callable[[_ReaderBase, tuple[int, ...]], Interpretation | None]:
    def fill(reader: _ReaderBase, refs: tuple[int, ...]) -> Interpretation | None:
        return Interpretation(intent, refs=refs[:1]) if len(refs) == 1 else None

    return fill


def _after_ref(text: str) -> str | None:
    """What follows the one action reference: an update's words or a reason."""
    found = REF.search(text)
    if found is None:
        return None
    note = text[found.end() :].strip(" :;,.–—-")
    return note or None


def _noted(intent: Intent) -> Callable[[_ReaderBase, tuple[int, ...]], Interpretation | None]:
    def fill(reader: _ReaderBase, refs: tuple[int, ...]) -> Interpretation | None:
        note = _after_ref(reader.text)
        return Interpretation(intent, refs=refs, note=note) if len(refs) == 1 and note else None

    return fill


# A remark about an action is never guessed as its drop ("a-33 is a beast of an action isnt it 😅")
_REMARK = guarded(r"\b(?:isn['’]?t|isnt)\s+it\b|\bis\s+it\s+not\b|\b(?:lol|haha|hehe)\b|[😅😂🤣]", re.I)


def _dropped(reader: _ReaderBase, refs: tuple[int, ...]) -> Interpretation | None:
    return None if _REMARK.search(reader.text) else _noted(Intent.DROP_ACTION)(reader, refs)


def _change_due(reader: _ReaderBase, refs: tuple[int, ...]) -> Interpretation | None:
    due = reader._due
    if due is not None and said_not(reader.text, due):  # "… to the workshop rather than Monday's panel"
        due = meeting_deadline(reader.text, reader.now, reader.names.directory)
    if len(refs) != 1 or due is None or due.date is None:
        return None
    if _NOT_BY.search(reader.text[: due.span[0]]) and not _UNTIL.match(due.wording):
        return None  # "A-31 will not be ready by the 29th": the date it misses ("not till …" is the new one)
    return Interpretation(Intent.CHANGE_DUE, refs=refs, due=due.date, due_wording=due.wording)


_FROM_BEFORE = guarded(r"\bfrom\s+(?:the\s+)?$", re.I)


def _reassign(reader: _ReaderBase, refs: tuple[int, ...]) -> Interpretation | None:
    """The one new owner, written where a new owner is ("to Sally", "Sally to take it"), or "to me"."""
    placed = _placed(reader, _NEW_OWNER_BEFORE, _OWNER_AFTER)
    if len(refs) != 1 or placed is None or _others_named(reader, more_than=1) or _OTHER_PEOPLE.search(reader.text):
        return None  # "… to her": whose is not written
    if _WHY.search(reader.text):
        return None  # "A-60 - why has this come to me": asked how it came, not asked to move it
    named = _named_at(reader) or []
    writer = getattr(reader.writer, "id", None)
    others = [n for n in named if not (n.owner.kind == "member" and n.owner.id == writer)]
    if not placed and any(not _FROM_BEFORE.search(reader.text[: n.start]) for n in others):
        return None  # "… to me, not Sally": someone else named, whose it should be is not certain ("from Sally": hers)
    owners = tuple(placed) or _writer(reader, _ME)
    return Interpretation(Intent.REASSIGN, refs=refs, owners=owners) if len(owners) == 1 else None


# "might have to leave the workshop early", "I might not make July, will let you know": there for part of it, or not
# sure yet; no apology to send.
_NOT_YET_AWAY = guarded(
    r"\b(?:leave|go|head\s+off|slip\s+out|duck\s+out)\s+(?:the\s+\w+\s+)?early\b|\b(?:arrive|be|join|come|get\s+there|"
    r"turn\s+up)\s+(?:a\s+bit\s+|slightly\s+|a\s+little\s+)?late\b|\b(?:might|may|could)\s+not\s+(?:make|be\s+able|get\s+to|"
    r"attend)|\bnot\s+sure\s+(?:if|whether)\s+I\b|\b(?:will|I['’]ll)\s+(?:let\s+you\s+know|confirm)\b",
    re.I,
)

_GUEST_ASKED = guarded(
    r"^(?!.*\b(?:I|me|my|we|our)\b)(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?[^.!?]{0,40}?\s(?:to|will|can|could)\s+"
    r"(?:attend|come\s+to|present\s+(?:at|to)|join)\b",
    re.I,
)
# "the report won't make the July board", "the figures aren't going to be ready for monday": a thing late, nobody away
_THING_LATE = guarded(
    r"^(?:the|this|that|our|my|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?(?:data|figures|report|paper|papers|draft|return|"
    r"slides|information|info|numbers|stats|document|doc|policy|plan|leaflet|update|item|presentation)\s+(?:won['’]?t|"
    r"wont|will\s+not|can['’]?t|cannot|is\s+not|isn['’]?t|are\s+not|aren['’]?t)\b",
    re.I,
)
_SENT_OUT = guarded(r"\b(?:go(?:es)?|going|went|gone)\s+out\b|\bbe\s+(?:sent|circulated|published|issued)\b", re.I)


_THEY_NOT_I = guarded(
    r"\b(?:he|she|they)(?:['’](?:s|ll|re|d)|\s+(?:is|are|was|were|will|can|could|won['’]?t|can['’]?t|cannot|isn['’]?t|"
    r"has|had|might|may))\b",
    re.I,
)


def _attendance(intent: Intent) -> Callable[[_ReaderBase, tuple[int, ...]], Interpretation | None]:
    def fill(reader: _ReaderBase, _: tuple[int, ...]) -> Interpretation | None:
        if _others_named(reader) or reader.writer is None:
            return None  # someone else named: whose attendance is meant is not certain
        if _THEY_NOT_I.search(reader.text) and not FIRST_PERSON.search(reader.text):
            return None  # "she can make it now after all": someone else's, never the writer's by default
        if intent is Intent.APOLOGY and (_ATTENDING.search(reader.text) or _NOT_YET_AWAY.search(reader.text)):
            return None  # "apologies for the long message, I'll be at the workshop": coming, not sending apologies
        if intent is Intent.APOLOGY and _GUEST_ASKED.search(reader.text):
            return None  # "Dr Ahmed from the LMC to attend the july board re GP reports": a guest asked, nobody away
        if intent is Intent.APOLOGY and (_SENT_OUT.search(reader.text) or _THING_LATE.search(reader.text)):
            return None  # "the July board papers will go out on 26 June": the papers' day, not the writer away
        day = meeting_meant(reader.text, reader.now, reader.names.directory, default_next=False)
        if day is None or (intent is Intent.APOLOGY and day < reader.now.date()):
            return None  # "I missed the March board and never sent my apologies": a meeting past, nothing to send
        return Interpretation(intent, owners=reader._writer_owners(), meeting=day)

    return fill


def _audit(intent: Intent) -> Callable[[_ReaderBase, tuple[int, ...]], Interpretation | None]:
    def fill(reader: _ReaderBase, _: tuple[int, ...]) -> Interpretation | None:
        question = intent is Intent.AUDIT_STATUS
        audit = read_audit(reader.text, reader.names, reader.writer, question=question)
        if audit is None or (not question and audit.status is None and audit.completed is None):
            return None
        return Interpretation(intent, audit=audit)

    return fill


def _meeting(reader: _ReaderBase, _: tuple[int, ...]) -> Interpretation | None:
    """A meeting named or talked of ("the July board", "the agenda"); a room or the car park is not one."""
    if not _MEETING_TALK.search(reader.text) or _SERVICE.search(reader.text) or SERVICE_ASKED.search(reader.text):
        return None
    if MEETING_REMARK.search(reader.text) and "?" not in reader.text:  # "… are up on the website now": news
        return None
    return Interpretation(Intent.MEETING_INFO, meeting=meeting_meant(reader.text, reader.now, reader.names.directory))


def _leave(reader: _ReaderBase, _: tuple[int, ...]) -> Interpretation | None:
    due = find_due(reader.text, reader.now, reader.names.directory.board_dates, others_days=True)  # "… back on 1 June"
    if due is None or due.date is None or _others_named(reader):
        return None
    if _SOMEONE_AWAY.search(reader.text) or _OTHER_PEOPLE.search(reader.text) or someone_elses_reply(reader.text):
        return None  # someone else's leave is not the writer's ("she's off", "our analyst is away")
    back = re.search(r"\bback\b", reader.text[: due.span[0]], re.I) is not None
    until = due.date - dt.timedelta(days=1) if back else due.date
    return Interpretation(Intent.LEAVE, away_until=until) if until >= reader.now.date() else None  # "back … today"


_FILLERS: dict[Intent, Callable[[_ReaderBase, tuple[int, ...]], Interpretation | None]] = {
    Intent.RECORD_ACTION: _record,
    Intent.LIST_ACTIONS: _list,
    Intent.COMPLETE_ACTION: _with_ref(Intent.COMPLETE_ACTION),
    Intent.SHOW_ACTION: _with_ref(Intent.SHOW_ACTION),
    Intent.ADD_UPDATE: _noted(Intent.ADD_UPDATE),
    Intent.DROP_ACTION: _dropped,
    Intent.CHANGE_DUE: _change_due,
    Intent.REASSIGN: _reassign,
    Intent.APOLOGY: _attendance(Intent.APOLOGY),
    Intent.WITHDRAW_APOLOGY: _attendance(Intent.WITHDRAW_APOLOGY),
    Intent.AUDIT_UPDATE: _audit(Intent.AUDIT_UPDATE),
    Intent.AUDIT_STATUS: _audit(Intent.AUDIT_STATUS),
    Intent.MEETING_INFO: _meeting,
    Intent.LEAVE: _leave,
}
