"""``python -m tests.minutes_samples [--dev | --blind | DIR ...]``: score the product's reading of sample minutes.

One line per document, then the totals. ``--dev`` (the default) reads tests/fixtures/boards, ``--blind``
bench/corpus/minutes-blind (scores only: never a sample's text), DIR a sample or a folder of samples.
``--explain`` (development samples only) lists, under each line, the names and actions it got wrong.
``--write DIR`` writes each development sample as the file a board would send (``<slug>.pdf``, ``.docx`` or
``.txt``), for ``dscb import-minutes DIR/<slug>.pdf --dry-run --json``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tests.minutes_samples.samples import BLIND_ROOTS, DEV, load_source, sample_dirs
from tests.minutes_samples.score import explain, line, score_sample, totals


def write(folder: Path) -> int:
    """The development samples as files, named for their sample."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in sample_dirs([DEV]):
        data, name = load_source(path)
        target = folder / f"{path.name}{Path(name).suffix}"
        target.write_bytes(data)
        print(target)
    return 0


def main(arguments: list[str]) -> int:
    if arguments[:1] == ["--write"] and len(arguments) == 2:
        return write(Path(arguments[1]))
    roots: list[Path] = []
    explaining = "--explain" in arguments
    arguments = [a for a in arguments if a != "--explain"]
    if explaining and "--blind" in arguments:
        print("--explain shows a sample's text: never for blind samples", file=sys.stderr)
        return 2
    for argument in arguments or ["--dev"]:
        if argument in {"-h", "--help"}:
            print(__doc__)
            return 0
        if argument == "--blind":
            roots += BLIND_ROOTS
        else:
            roots.append(DEV if argument == "--dev" else Path(argument))
    samples = sample_dirs(roots)
    if not samples:
        print(f"no samples in {', '.join(map(str, roots))}", file=sys.stderr)
        return 1
    scores = []
    for path in samples:
        score = score_sample(path)
        scores.append(score)
        print(line(score), flush=True)
        if explaining:
            print("\n".join(explain(path)), flush=True)
    print(line(totals(scores)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
