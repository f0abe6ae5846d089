"""Corrections a writer makes while typing, applied before the rules read the message.

"can someone log an action for Richard – sorry, not Richard, it's me – to chase ...", "Sally, no wait, Pam to draft
...", "put that down for the September board – sorry, I meant the July board", "new date 3/7 please. Sorry, I meant
3/8". The corrected words take the place of the mistaken ones and the correction itself is cut, so every rule reads
what the writer meant. A name is put right only when the mistaken one is clear: named again ("not Richard"),
written just before the correction, or the only name before it. Otherwise the correction is cut and the reading is
marked ``owner_doubt``: the owners are then asked about, never guessed (a wrong owner is worse than a question).
References ("I meant A-27, not A-72") are left to the edit rules.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.understanding.dates import MONTH_WORDS, find_dates
from bot.understanding.owners import OwnerResolver
from bot.understanding.patterns import guarded

__all__ = ["Corrected", "corrected"]

_SORRY = r"(?:sorry|soz|oops|whoops|apologies|my mistake|my bad|correction)"
# "Richard – sorry, not Richard, it's me –": the mistaken words named again after "not", then the right ones.
_NOT_X_BUT_Y = guarded(
    rf"(?P<lead>\s*(?:[,(–—]|\s-)\s*){_SORRY}\W*\s*not\s+(?P<x>[^,;:()–—.!?]{{1,40}}?)\s*[,;:]?\s*"
    r"(?:(?:it['’]?s|it\s+is|it\s+should\s+be|(?:it\s+)?should\s+be|I\s+mean|I\s+meant|make\s+(?:that|it)|but|rather)"
    r"\s+)(?P<rest>.+)$",
    re.I | re.S,
)
# "Sally, no wait, Pam", "Friday – I mean Monday", "the 3rd... make that the 4th": the right words straight after.
_INLINE = guarded(
    r"(?P<lead>\s*(?:[,(–—]|\s-|\.\.\.|…|(?P<stop>[?!]))\s*)"
    rf"(?:(?:no|{_SORRY})\W*\s*)*(?:no\s+wait|wait\W*\s*no|wait|(?:hang|hold)\s+on|(?:or\s+)?rather|I\s+mean|I\s+meant|"
    r"make\s+(?:that|it)|"
    r"(?:scratch|scrap|strike|ignore|forget)\s+that|correction)\W*\s+(?P<rest>.+)$",
    re.I | re.S,
)
# "a-35 should be Kate's - sorry, Karen's", "give it to Kate, sorry, Karen Jackson": one name put right by another
# straight after a bare "sorry" (never "apologies", which may be the message's own)
_SORRY_NAME = guarded(
    r"(?P<lead>\s*(?:,|\s[–—-]|[–—])\s*)(?P<no>no\W*\s*)?(?:sorry|soz|oops|whoops|my\s+bad|my\s+mistake)(?:\W*\s*(?P<no2>no)\b)?\W*\s+"
    r"(?P<rest>\w.*)$",
    re.I | re.S,
)
# "... the September board. Sorry, I meant the July one": a correction of something earlier in the message.
_MEANT = guarded(
    rf"(?P<lead>(?:^|(?<=[.!?])\s+|\s*[–—]\s*|\s+-\s+|,\s+|\s*\(\s*|\s+(?={_SORRY}\W*\s*(?:I\s+)?meant\b)))"
    rf"(?:{_SORRY}|actually)\W*\s*"  # "… urgently – actually make it just Zala, Pam's off"
    r"(?:no\W*\s*)?(?:I\s+meant|I\s+mean|meant|it\s+should\s+(?:have\s+)?(?:said|been|be|read)|that\s+should\s+(?:have\s+)?"
    r"(?:said|been|be|read)|make\s+(?:that|it)(?:\s+(?:just|only))?)\W*\s+(?P<rest>.+)$",
    re.I | re.S,
)
# "Zala and Pam to reissue … by fri. not Pam actually, just me": fewer owners than written, asked about, never guessed
_NOT_X_JUST_Y = guarded(
    rf"(?P<lead>(?:^|(?<=[.!?])\s+|,\s+|\s[–—-]\s+))(?:(?:{_SORRY}|actually|oh|no)\W*\s*)*not\s+"
    r"(?P<x>[^,;:()–—.!?]{1,40}?)(?:\s+(?:actually|after\s+all))?\s*[,;:–—-]?\s*(?:just|only)\s+(?P<rest>.+)$",
    re.I | re.S,
)
_REF = guarded(r"^(?:action\s+)?A\s?-?\s?\d", re.I)
_SELF = guarded(r"^(?:me|myself)\b", re.I)
_CUE = guarded(r"^(?:by|before|for|due|on|in|until|till|to|at)\s+", re.I)
_MEETING_NOUN = guarded(r"\b(?:board|meeting|panel|workshop)\s*$", re.I)
_ONE = guarded(rf"^(?P<head>(?:the\s+)?(?:{MONTH_WORDS}|(?:mon|tues|wednes|thurs|fri)day|next))\s+one\b", re.I)
_SENTENCE_END = guarded(r"[.!?]+(?:\s+|$)")
# What continues the sentence after a corrected name or date: "..., to chase the report", "..., by Friday".
_GOES_ON = guarded(r"^,\s+(?:to|by|for|and|please|pls|due|re|about|on)\b", re.I)
_AND = guarded(r"\s*(?:and|&|\+)\s*", re.I)
_AND_BEFORE = guarded(r"\s*(?:and|&|\+)\s*$", re.I)
_SPLIT_WORDS = guarded(r"[\w&][\w&'’-]*")
_POSSESSIVE_END = guarded(r"\w['’]s$")
# "…, not Karen Palk", "… not karen p": the wrong one named again, cut with the correction
_NOT_AGAIN = guarded(r",?\s+not\s+[A-Za-z][\w'’-]*(?:\s+(?:(?-i:[A-Z])[\w'’-]*|[a-z]\b))?(?=\W|$)", re.I)
# What closes a correction: a dash or bracket, after a short aside on who is meant (", the public health one –")
_DASH_CLOSES = guarded(r"(?:,\s*[^,;:.!?()–—]{1,40}?)?\s*(?:[–—)]|\s-)\s*")
_NAME_ENDS = guarded(r"(?:['’]s)?(?:,?\s+not\s+[A-Za-z][\w'’-]*)?\W*", re.I)  # "Karen's", "Karen not Kate"


@dataclass(frozen=True, slots=True)
class Corrected:
    """The message as the writer meant it, and whether a corrected name could not be placed."""

    text: str
    owner_doubt: bool = False


@dataclass(frozen=True, slots=True)
class _Part:
    """Words the correction gives ("the July board", "me"): their kind, where they end in the text, and the words
    to put in the mistaken ones' place."""

    kind: str  # "date" or "owner"
    end: int
    words: str


# "tick off a21 sorry meant a12", "drop A-24 pls - soz, meant A-54": the reference put right where it was written.
_REF_MEANT = guarded(
    rf"\b(?P<wrong>A-?\d{{1,4}})\b(?P<between>[^.!?]*?)\s*[,;.…–—-]*\s*{_SORRY}\W*\s*(?:I\s+)?mean[t]?\s+"
    r"(?:action\s+)?(?P<right>A-?\d{1,4})\b\W*$|"
    # "a-41 done. sorry, A-14 not A-41!": the right one, then the wrong one again
    rf"\b(?P<wrong2>A-?\d{{1,4}})\b(?P<between2>[^.!?]*?)\s*[,;.…–—-]*\s*{_SORRY}\W*\s*(?:it['’]?s\s+|I\s+meant\s+)?"
    r"(?P<right2>A-?\d{1,4})\s*,?\s+not\s+(?P=wrong2)\b\W*$|"
    # "a-26 sorry i mean a-62 is complete now", "a-8, sorry a-18 - 60 settings …", "can i see 61, sorry 16": put right
    # straight after it was written
    rf"\b(?P<wrong3>(?:A-?)?\d{{1,4}})\s*[,;…–—-]*\s*{_SORRY}\W*\s*(?:I\s+)?(?:mean[t]?\s+)?(?:action\s+)?"
    r"(?P<right3>(?:A-?)?\d{1,4})\b(?!\s*(?:%|st|nd|rd|th|am|pm|mins?|minutes|hours|days|weeks|months|people|settings))",
    re.I,
)


# "What does Sue have outstanding - Sue Haywood I mean", "what does karen have open - i mean karen palk": a first name
# several members share, put right by one member's full name after the question.
_FULL_NAME_AFTER = guarded(
    r"^(?P<body>.*?\S)\s*(?:[,(–—]|\s-|(?P<stop>\.))\s*(?:(?:I\s+mean|i\.e\.?|that\s+is|that['’]?s)\s+)?"
    r"(?P<full>[A-Za-z][\w'’-]+\s+[A-Za-z][\w'’-]+)(?:\s+I\s+mean)?\s*\)?"
    r"(?:\s*,?\s*not\s+[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’.-]*)?)?\W*$",  # "…, not Sue H": the other one
    re.I | re.S,
)


def _named_in_full(text: str, owners: OwnerResolver) -> str:
    """The text with a shared first name replaced by the full name written after it to say which member."""
    found = _FULL_NAME_AFTER.match(text)
    member = owners.names.exact_member(found["full"]) if found else None
    if found is None or member is None:
        return text
    first = member.name.split()[0]
    shared = re.search(rf"\b{re.escape(first)}\b", found["body"], re.I)
    if shared is None or owners.names.person(shared[0]).member is not None:
        return text  # the first name alone is already theirs, or not written: nothing to put right
    if found["stop"] and not _NAME_ENDS.fullmatch(found["body"], shared.end()):
        return text  # after a full stop, only straight after the first name: "… sorry, Karen's. Karen Jackson."
    body = found["body"]
    return f"{body[: shared.start()]}{member.name}{body[shared.end() :]}"


def corrected(text: str, owners: OwnerResolver, now: dt.datetime, board_dates: Sequence[dt.date] = ()) -> Corrected:
    """The message with each self-correction applied (at most three), and whether a name was left in doubt."""
    text = _named_in_full(text, owners)
    ref = _REF_MEANT.search(text)
    if ref is not None:
        if ref["right3"]:
            text = f"{text[: ref.start()]}{ref['right3']}{text[ref.end() :]}"
        else:
            right, between = (ref["right"], ref["between"]) if ref["right"] else (ref["right2"], ref["between2"])
            text = f"{text[: ref.start()]}{right}{between}"
    doubt = False
    for _ in range(3):
        step = _one_correction(text, owners, now, board_dates)
        if step is None:
            break
        text, doubted = step
        doubt = doubt or doubted
    return Corrected(" ".join(text.split()), doubt)


def _one_correction(
    text: str, owners: OwnerResolver, now: dt.datetime, board_dates: Sequence[dt.date]
) -> tuple[str, bool] | None:
    for found in _NOT_X_BUT_Y.finditer(text):
        before = text[: found.start()]
        x = found["x"].strip()
        if not before.lower().rstrip(" ,").endswith(x.lower()):
            continue  # "with Sue Haywood, not Su – could you": an exclusion, not a correction
        right = _right_words(text, found.start("rest"), owners, now, board_dates)
        if right is None or right.kind != "owner":
            continue
        start = len(before.rstrip(" ,")) - len(x)
        return _replaced(text, start, start + len(x), right, found.start("lead"))
    for found in _NOT_X_JUST_Y.finditer(text):
        right = _right_words(text, found.start("rest"), owners, now, board_dates)
        named = [text[a:b].lower() for a, b in _owner_spans(text[: found.start("lead")], owners)]
        if right is None or right.kind != "owner" or found["x"].strip().lower() not in named:
            continue
        return text[: found.start("lead")] + _cut(text, found.start("lead"), right.end, sentence=True), True
    for found in _INLINE.finditer(text):
        if _REF.match(found["rest"]):
            continue
        right = _right_words(text, found.start("rest"), owners, now, board_dates)
        if right is None:
            continue
        wrong = _wrong_just_before(text, found.start("lead"), right, owners, now, board_dates)
        if wrong is None and found["stop"] and right.kind == "owner":  # "what's Sally got? wait no, Richard"
            wrong = _wrong_before(text, found.start("lead"), right, owners, now, board_dates)
        if wrong is not None:
            return _replaced(text, wrong[0], wrong[1], right, found.start("lead"))
    for found in _SORRY_NAME.finditer(text):
        right = _right_words(text, found.start("rest"), owners, now, board_dates)
        said_no = bool(found["no"] or found["no2"])  # "…, sorry no, Richard": put right, never the one spoken to
        if (
            right is None
            and (full := _first_name_completed(text, found.start("lead"), found.start("rest"))) is not None
        ):
            return _replaced(text, *full, found.start("lead"))
        if right is None or right.kind != "owner" or (_spoken_to(text, right) and not said_no):
            continue
        wrong = _wrong_just_before(text, found.start("lead"), right, owners, now, board_dates)
        if wrong is None and _POSSESSIVE_END.search(right.words):  # "Viv's actions - sorry, Tony's"
            whose = [
                s
                for s in _owner_spans(text[: found.start("lead")], owners)
                if _POSSESSIVE_END.search(text[s[0] : s[1]])
            ]
            wrong = whose[0] if len(whose) == 1 else None
        if wrong is not None:
            return _replaced(text, wrong[0], wrong[1], right, found.start("lead"))
    for found in _MEANT.finditer(text):
        if _REF.match(found["rest"]) or not text[: found.start("lead")].strip():
            continue  # "Sorry, I meant Jo Forbes, not Jo Ford, in my last message": another message put right
        head = text[: found.start("lead")]
        ref_only = _REF.match(head.strip(" #:–—-")) and len(head.split()) == 1
        if ref_only and re.search(r"\bshould\s+(?:have\s+)?be", found[0], re.I):
            continue  # "A-64 - correction, that should be Kate McConnell not Viv": the action's record put right
        right = _right_words(text, found.start("rest"), owners, now, board_dates)
        if right is None:
            continue
        wrong = _wrong_before(text, found.start("lead"), right, owners, now, board_dates)
        if re.search(r"\bmake\s+(?:that|it)\s+(?:just|only)\b", found[0], re.I):
            wrong = None  # "Zala and Pam … – actually make it just Zala": fewer owners, asked about, never guessed
        at = found.start("lead")
        opens = _opens_sentence(found["lead"]) and (at == 0 or text[at - 1] in ".!?")  # not "… Q4 sorry meant X"
        if wrong is None:
            cut = _cut(text, at, right.end, sentence=opens)
            return (text[:at] + cut, right.kind == "owner") if right.kind == "owner" else None
        return _replaced(text, wrong[0], wrong[1], right, at, sentence=opens)
    return None


# "Dave - sorry, Dave Hollis": a first name, then the full name (on the roster or not) put in its place
_LAST_WORD = guarded(r"[A-Za-z][\w'’-]*(?=\s*$)")
_FULL_NAME = guarded(r"(?P<first>(?-i:[A-Z])[a-z'’-]+)\s+(?-i:[A-Z])[a-z'’-]+(?:-(?-i:[A-Z])[a-z'’]+)?\b", re.I)


def _first_name_completed(text: str, lead: int, start: int) -> tuple[int, int, _Part] | None:
    """Where the first name just before "sorry" is, and the full name written after it to complete it ("Dave -
    sorry, Dave Hollis"), even one not on the roster (then asked about, never guessed)."""
    found = _FULL_NAME.match(text, start)
    first = _LAST_WORD.search(text, 0, lead)
    if found is None or first is None or first[0].lower() != found["first"].lower():
        return None
    return first.start(), first.end(), _Part("owner", found.end(), found[0])


def _spoken_to(text: str, right: _Part) -> bool:
    """Whether a first name alone closes the message after "sorry" ("A-3 to Jo, sorry, Pam"): the one spoken to, or
    the writer signing, as likely as a name put right; "…, sorry, Karen Jackson" and "…, sorry, Karen's" put right."""
    return (
        not text[right.end :].strip(" .!x")
        and len(right.words.split()) == 1
        and not _POSSESSIVE_END.search(right.words)
    )


def _opens_sentence(lead: str) -> bool:
    return not lead.strip()


def _right_words(
    text: str, start: int, owners: OwnerResolver, now: dt.datetime, board_dates: Sequence[dt.date]
) -> _Part | None:
    """The corrected words at ``start``: a date or meeting ("3/8", "the July board", "the July one"), or an owner
    ("me", "Pam", "the fire service")."""
    rest = text[start:]
    one = _ONE.match(rest)
    if one:  # "the July one": the kind of meeting is the mistaken one's, filled in by the caller
        return _Part("date", start + one.end(), one["head"] + " one")
    for mention in find_dates(rest, now, board_dates):
        if mention.span[0] == 0 and (mention.date is not None or mention.asap):
            return _Part("date", start + mention.span[1], mention.wording)
        break
    first = _owner_at(rest, owners)
    if first is None:
        return None
    joined = _AND.match(rest, first)  # "… – no, scrap that, Viv and me – …": the owners listed
    second = _owner_at(rest[joined.end() :], owners) if joined else None
    end = joined.end() + second if joined and second else first
    wrong_again = _NOT_AGAIN.match(rest, end)  # "I meant Karen not Kate": cut with it
    return _Part("owner", start + (wrong_again.end() if wrong_again else end), rest[:end])


def _owner_at(rest: str, owners: OwnerResolver) -> int | None:
    """Where the owner the text opens with ends ("me", "Pam", "the fire service"), or None."""
    if (word := _SELF.match(rest)) is not None:
        return word.end()
    words = list(_SPLIT_WORDS.finditer(rest))[:4]
    for size in range(len(words), 0, -1):
        if owners.single(rest[: words[size - 1].end()], allow_unknown=False):
            return words[size - 1].end()
    return None


def _wrong_just_before(
    text: str, end: int, right: _Part, owners: OwnerResolver, now: dt.datetime, board_dates: Sequence[dt.date]
) -> tuple[int, int] | None:
    """The mistaken words ending where the correction starts ("Sally" in "Sally, no wait, Pam")."""
    if right.kind == "date":
        mentions = [m for m in find_dates(text[:end], now, board_dates) if m.date is not None or m.asap]
        last = mentions[-1] if mentions else None
        return last.span if last is not None and not text[last.span[1] : end].strip() else None
    words = list(_SPLIT_WORDS.finditer(text, 0, end))[-4:]
    for index in range(len(words)):
        if text[words[-1].end() : end].strip():
            return None
        phrase = text[words[index].start() : words[-1].end()]
        if _SELF.fullmatch(phrase) or owners.single(phrase, allow_unknown=False):
            start = words[index].start()
            joined = _AND_BEFORE.search(text, 0, start) if _AND.search(right.words) else None
            listed = _owner_spans(text[: joined.start()], owners) if joined else []
            if joined and listed and listed[-1][1] == joined.start():  # "Anne and me – no, … Viv and me": the list
                start = listed[-1][0]
            return start, words[-1].end()
    return None


def _wrong_before(
    text: str, end: int, right: _Part, owners: OwnerResolver, now: dt.datetime, board_dates: Sequence[dt.date]
) -> tuple[int, int] | None:
    """The mistaken words earlier in the message: the last date or meeting before a corrected date; the only name
    before a corrected name (None when there are several, or none)."""
    if right.kind == "date":
        mentions = [m for m in find_dates(text[:end], now, board_dates) if m.date is not None or m.asap]
        return mentions[-1].span if mentions else None
    named = _owner_spans(text[:end], owners)
    if len(named) > 1:  # "Karen P to update the CDOP data set … sorry meant Karen J": the name it corrects
        first = right.words.split()[0].lower()
        named = [span for span in named if text[span[0] : span[1]].split()[0].lower() == first] or named
    return named[0] if len(named) == 1 else None


def _owner_spans(text: str, owners: OwnerResolver) -> list[tuple[int, int]]:
    """Where the text names owners (longest names first), "me" included, "I" not ("can I have ...")."""
    words = list(_SPLIT_WORDS.finditer(text))
    taken = [False] * len(words)
    spans: list[tuple[int, int]] = []
    for size in (4, 3, 2, 1):
        for start in range(len(words) - size + 1):
            if any(taken[start : start + size]):
                continue
            phrase = text[words[start].start() : words[start + size - 1].end()]
            if phrase.lower() in {"i", "the", "a", "an", "all", "any", "board"}:
                continue
            if _SELF.fullmatch(phrase) or owners.single(phrase, allow_unknown=False):
                spans.append((words[start].start(), words[start + size - 1].end()))
                taken[start : start + size] = [True] * size
    return sorted(spans)


def _replaced(text: str, start: int, end: int, right: _Part, lead: int, *, sentence: bool = False) -> tuple[str, bool]:
    """The text with the mistaken words (``start``–``end``) replaced by the right ones, and the correction (from
    ``lead``) cut: through its closing dash, or to the end of its sentence when it opens one or says why."""
    words = right.words
    wrong = text[start:end]
    if right.kind == "date":
        noun = _MEETING_NOUN.search(wrong)
        if words.endswith(" one"):
            words = words[: -len("one")] + (noun[0].strip() if noun else "one")
        cue = _CUE.match(wrong)
        if cue and not _CUE.match(words):
            words = cue[0] + words
    tail = _cut(text, lead, right.end, sentence=sentence)
    return text[:start] + words + text[end:lead] + tail, False


def _cut(text: str, lead: int, end: int, *, sentence: bool) -> str:
    """What follows a correction once it is cut (from ``lead`` to ``end``): the rest of the message, past a closing
    dash or bracket; without the rest of its sentence when the correction opens the sentence or what follows it
    only says why ("..., September is far too late")."""
    after = text[end:]
    if not sentence:
        dash = _DASH_CLOSES.match(after)  # "… – sorry, karen j, the public health one – circulate …": the aside too
        if dash:
            return " " + after[dash.end() :]
        if not after.startswith(",") or _GOES_ON.match(after):
            return after
    stop = _SENTENCE_END.search(text, end)
    if stop is None:
        return "" if sentence else "."
    return (" " if sentence else text[stop.start() : stop.end()].rstrip() + " ") + text[stop.end() :]
