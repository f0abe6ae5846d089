"""Train the learned intent model (bot/data/intent-model.json) on the labelled development sets.

``python -m tests.corpus.train_intents [--out PATH]``. Only the sets under tests/corpus are read (written by people
who never saw the code, and tuned on); the blind sets under bench/corpus are never trained on, so they keep
measuring new text. The tests check that the shipped model is exactly what this gives.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from bot.understanding.intent_model import MODEL_PATH, IntentModel, features
from bot.understanding.interpret import as_read
from bot.understanding.names import NameIndex
from tests.conftest import seed_snapshot
from tests.corpus.score import ROOT, development_sets, load_corpus


def training_sets() -> list[Path]:
    """Every labelled development set; never a blind one."""
    found = development_sets()
    blind = ROOT / "bench"
    assert not any(blind in path.parents for path in found), "a blind set must never be trained on"
    return found


def train(names: NameIndex) -> IntentModel:
    """The model from every development message, its text read as the rules read it."""
    examples = [
        (features(as_read(case["text"]), names.is_known_word), case["expect"]["intent"])
        for path in training_sets()
        for case in load_corpus(path)
    ]
    return IntentModel.train(examples)


def main() -> int:
    out = Path(sys.argv[sys.argv.index("--out") + 1]) if "--out" in sys.argv else MODEL_PATH
    with tempfile.TemporaryDirectory() as folder:
        model = train(seed_snapshot(Path(folder)).names)
    out.write_text(model.to_json(), encoding="utf-8")
    vocabulary = {f for c in model.counts.values() for f in c}
    print(f"{out}: {sum(model.messages.values())} messages, {len(vocabulary)} features")
    return 0


if __name__ == "__main__":
    sys.exit(main())
