"""A learned second opinion on what a message asks, for messages no rule reads.

The rules (:mod:`bot.understanding.interpret`) read what members write with board-aware patterns and never guess.
Some messages fit no rule, though their intent is plain to a person ("july no can do, sally instead"). For those,
a small multinomial naive Bayes model, trained on the labelled development sets written by people who never saw
the code (``tests/corpus``, never the blind sets under ``bench/``), says which intent the words most resemble and
how sure it is. Its answer is only ever a guess: the conversation confirms it with the writer before anything is
stored or answered (:mod:`bot.understanding.guessing`).

Features are word unigrams and bigrams of the message as the rules see it, with the board's own names, action
references, numbers and dates folded to placeholders, so the model learns how requests are phrased, not who is on
the demo roster. The model is plain counts in JSON (``bot/data/intent-model.json``), rebuilt by
``python -m tests.corpus.train_intents`` and checked by the tests to be exactly what the development sets give.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from pathlib import Path

from bot.understanding.interpretation import Intent
from bot.understanding.patterns import guarded

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "intent-model.json"
MIN_FEATURE_COUNT = 2  # a feature seen once in all the training messages says nothing general
_REF = guarded(r"\b(?:a|action|item)\s*[-#.]?\s*\d{1,4}\b", re.I)
_NUMBER = guarded(r"\b\d+(?:st|nd|rd|th)?\b|\b\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\b", re.I)
_MONTH = guarded(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?)\b",
    re.I,
)
_WEEKDAY = guarded(r"\b(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?\b", re.I)
_WORD = guarded(r"[a-zζ]+(?:'[a-z]+)?|[?!]")


def features(text: str, is_name: Callable[[str], bool]) -> list[str]:
    """The message's words and word pairs, with references, numbers, months, weekdays and names as placeholders."""
    folded = text.lower().replace("’", "'")
    folded = _REF.sub(" ζref ", folded)
    folded = _MONTH.sub(" ζmonth ", _WEEKDAY.sub(" ζday ", _NUMBER.sub(" ζnum ", folded)))
    words = ["ζname" if w[0] != "ζ" and w.isalpha() and len(w) > 2 and is_name(w) else w for w in _WORD.findall(folded)]
    pairs = [f"{a} {b}" for a, b in zip(["^", *words], [*words, "$"], strict=True)]
    return sorted(set(words + pairs))


@dataclass(frozen=True, slots=True)
class IntentModel:
    """Multinomial naive Bayes over the features of each intent's training messages (each feature once a message)."""

    messages: dict[str, int]  # training messages per intent
    counts: dict[str, dict[str, int]]  # intent -> feature -> messages of that intent with the feature

    @classmethod
    def train(cls, examples: Iterable[tuple[list[str], str]]) -> IntentModel:
        """Counts from (features, intent) pairs; features seen fewer than MIN_FEATURE_COUNT times are dropped."""
        messages: Counter[str] = Counter()
        counts: defaultdict[str, Counter[str]] = defaultdict(Counter)
        for found, intent in examples:
            Intent(intent)  # an unknown label is an error in the training data
            messages[intent] += 1
            counts[intent].update(set(found))
        total: Counter[str] = Counter()
        for per_intent in counts.values():
            total.update(per_intent)
        kept = {f for f, n in total.items() if n >= MIN_FEATURE_COUNT}
        return cls(
            dict(sorted(messages.items())),
            {i: dict(sorted((f, n) for f, n in c.items() if f in kept)) for i, c in sorted(counts.items())},
        )

    def to_json(self) -> str:
        return json.dumps({"messages": self.messages, "counts": self.counts}, ensure_ascii=False, indent=0) + "\n"

    @classmethod
    def from_json(cls, text: str) -> IntentModel:
        data = json.loads(text)
        return cls(dict(data["messages"]), {i: dict(c) for i, c in data["counts"].items()})

    def scorer(self) -> IntentScorer:
        return IntentScorer(self)


class IntentScorer:
    """The model's log-probabilities, computed once, for scoring messages (add-one smoothing)."""

    def __init__(self, model: IntentModel) -> None:
        total = sum(model.messages.values())
        self._vocabulary = frozenset(f for c in model.counts.values() for f in c)
        size = len(self._vocabulary)
        self._prior = {i: math.log(n / total) for i, n in model.messages.items()}
        self._unseen: dict[str, float] = {}
        self._seen: dict[str, dict[str, float]] = {}
        for intent in model.messages:
            seen = model.counts.get(intent, {})
            whole = sum(seen.values()) + size
            self._unseen[intent] = math.log(1 / whole)
            self._seen[intent] = {f: math.log((n + 1) / whole) for f, n in seen.items()}

    def rank(self, found: Iterable[str]) -> list[tuple[float, Intent]]:
        """Every intent with its probability for these features, most likely first."""
        known = [f for f in set(found) if f in self._vocabulary]
        scores = {}
        for intent, prior in self._prior.items():
            seen, unseen = self._seen[intent], self._unseen[intent]
            scores[intent] = prior + sum(map(seen.get, known, repeat(unseen, len(known))))  # in order, as a loop would
        top = max(scores.values())
        weights = {i: math.exp(s - top) for i, s in scores.items()}
        whole = sum(weights.values())
        return sorted(((w / whole, Intent(i)) for i, w in weights.items()), key=lambda p: (-p[0], p[1].value))


@lru_cache(maxsize=1)
def shipped_scorer() -> IntentScorer | None:
    """The model shipped with the product, or None when its file is absent (then nothing is guessed)."""
    try:
        return IntentModel.from_json(MODEL_PATH.read_text(encoding="utf-8")).scorer()
    except FileNotFoundError:
        return None
