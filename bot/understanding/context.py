"""Sentences of context around what a message asks, and what they point back at.

Members writing in Teams often say why before (or after) they ask: "Jo mentioned housing were behind on a couple
of things. What's outstanding for housing?", "Could you pull up what WMP still owe us? Richard has asked and I
don't have the tracker to hand." The people named in the context are not whose actions are asked about
(:func:`the_question` gives the question alone). The context may name a group the request then calls "the group",
"the sub group" or "the panel" ("I'm chairing CDOP on Wednesday. Is anything still open against the panel?");
:func:`with_group_named` writes the group's name in its place when one group, and only one, was named before.
"""

from __future__ import annotations

import re

from bot.directory import GroupInfo, Person
from bot.understanding.names import NameIndex
from bot.understanding.owners import OwnerResolver
from bot.understanding.patterns import guarded

__all__ = ["as_first_person", "question_sentence", "the_question", "with_group_named"]

_SENTENCE = guarded(r"(?<=[.!?])\s+")
# "I've just taken over as PPP chair from Tabetha — what actions does PPP hold?": the question after a dash, when it
# names whose list itself (never "sally's been asking - what's still open, hers …", "… – what do we have open?")
_DASHED_QUESTION = guarded(r"\s+[-–—]+\s+(?=(?i:what|which|who|how|does|do|has|have|is|are)\b)")
_POINTS_BACK = guarded(r"\b(?:she|he|they|her|hers|his|him|their|theirs|them|we|us|our|ours)\b", re.I)
# A sentence that adds to what is asked rather than saying why: "And Sally's.", "mine too", "the police ones".
_ADDS = guarded(
    r"^(?:and|also|plus|or|what about|how about|as well|same|including|not|but|I mean|i\.e)\b|"
    r"\b(?:ones|mine|as well|too|also)\b",
    re.I,
)
# The question points at someone named in the context: "What has she got open?".
_PERSON_POINTED = guarded(r"\b(?:she|he|they|her|his|him|their|them|theirs)\b", re.I)


def the_question(text: str) -> str | None:
    """The one question among several sentences whose others only say why, or None."""
    sentences: list[str] = []
    for sentence in (s.strip() for s in _SENTENCE.split(text) if s.strip()):
        if sentences and sentence.startswith("(") and sentence.rstrip(".!").endswith(")"):
            sentences[-1] += f" {sentence}"  # "what do we still owe? (fire)": the aside is the question's own
        else:
            sentences.append(sentence)
    if len(sentences) < 2:
        dashed = _DASHED_QUESTION.split(text.strip(), maxsplit=1)  # (never "workforce dev group - what's open?")
        told = len(dashed) == 2 and len(dashed[0].split()) >= 6 and dashed[1].endswith("?")
        return dashed[1] if told and not _POINTS_BACK.search(dashed[1]) else None
    asked = [s for s in sentences if s.endswith("?") or (s.endswith(")") and "?" in s)]
    if len(asked) != 1 or _PERSON_POINTED.search(asked[0]):
        return None
    if any(_ADDS.search(s) for s in sentences if s is not asked[0]):
        return None
    return asked[0]


def question_sentence(text: str) -> str | None:
    """The one sentence of several that ends with a question mark, whatever the others say; else None."""
    sentences = [s.strip() for s in _SENTENCE.split(text) if s.strip()]
    asked = [s for s in sentences if s.endswith("?")]
    return asked[0] if len(sentences) > 1 and len(asked) == 1 else None


# "the group", "the sub group", "the subgroup", "the panel": a group named earlier, called by what it is.
# "the group's actions" (not "the group's chair")
_GROUP_WORD = guarded(
    r"\bthe\s+(?P<word>sub[\s-]?group|group|panel)\b(?!['’]s\s+(?!(?:open\s+|outstanding\s+|overdue\s+)?"
    r"(?:actions?|list|ones)\b)|\s+(?:chairs?|members?|meeting))",
    re.I,
)
# A panel, by its name or an alias ("CDOP": the Child Death Overview Panel).
_PANEL = guarded(r"\bpanel\b", re.I)


def with_group_named(text: str, names: NameIndex) -> str:
    """The text with "the group" / "the sub group" / "the panel" written as the one group named before it."""
    found = list(_GROUP_WORD.finditer(text))
    if not found:
        return text
    out, last = [], 0
    for word in found:
        named = _groups_named(text[: word.start()], names)
        if len(named) == 1 and _fits(word["word"], named[0]):
            plain = [n for n in (named[0].name, *named[0].aliases) if "," not in n]  # no comma to split a clause
            out.append(text[last : word.start()] + (plain[0] if plain else named[0].name))
            last = word.end()
    return "".join(out) + text[last:]


def _fits(word: str, group: GroupInfo) -> bool:
    """Whether "panel" / "group" / "sub group" can be a name for this group."""
    panel = any(_PANEL.search(name) for name in (group.name, *group.aliases))
    return panel if word.lower() == "panel" else not panel


def _groups_named(text: str, names: NameIndex) -> list[GroupInfo]:
    """The roster's sub groups a text names."""
    words = re.findall(r"[\w&'’,-]+", text)
    taken = [False] * len(words)
    found: list[GroupInfo] = []
    for size in (5, 4, 3, 2, 1):
        for start in range(len(words) - size + 1):
            if any(taken[start : start + size]):
                continue
            phrase = " ".join(words[start : start + size]).strip(",")
            if phrase.lower() in {"all", "the", "board", "members", "group", "panel", "sub", "sub group"}:
                continue
            group = names.group(phrase)
            if group is not None and group.kind == "sub-group":
                if group not in found:
                    found.append(group)
                taken[start : start + size] = [True] * size
    return found


# "Su is off next week", "Marie's away till Friday": a sentence opening with a name and what they are.
_NAMED_IS = guarded(
    r"^(?i:(?:please\s+)?note(?:\s+that)?[,:]?\s+|(?:just\s+)?(?:to\s+)?let\s+you\s+know(?:\s+that)?,?\s+|fyi[,:]?\s+)?"
    r"(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)(?P<verb>['’]s|\s+is|\s+will\s+be|\s+['’]ll\s+be)\s+(?=[a-z])"
)
_FIRST_PERSON = {"'s": "I'm", "’s": "I'm", "is": "I'm", "will be": "I'll be", "'ll be": "I'll be", "’ll be": "I'll be"}


def as_first_person(text: str, writer: Person | None, names: NameIndex) -> str | None:
    """ "Su is off next week, back Tuesday 26th" written by Su: the writer's news of themselves in their own words
    ("I'm off next week, ..."), or None when the text does not open with the writer's own name."""
    found = _NAMED_IS.match(text)
    if found is None or writer is None:
        return None
    named = OwnerResolver(names, writer).single(found["who"], allow_unknown=False)
    if not named or named.ambiguous or [o.id for o in named.owners] != [writer.id]:
        return None
    verb = " ".join(found["verb"].split())
    return f"{_FIRST_PERSON[verb]} {text[found.end() :]}"
