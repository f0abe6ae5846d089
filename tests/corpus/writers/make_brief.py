"""Render the corpus writers' brief: brief.md, then the roster, agencies, groups and a few labelled examples.

``python -m tests.corpus.writers.make_brief OUT.md --seed 7`` writes one writer's brief. Each writer of a new
labelled set reads only that file (never the code), so the set measures wording the rules were not tuned on.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
ROSTER = ROOT / "bot" / "data" / "demo-roster.csv"
CORPUS = ROOT / "tests" / "corpus"
EXAMPLE_SETS = range(40, 100)  # development sets the examples are drawn from
EXTRA_GROUPS = ("all members", "sub group chairs")


def roster_section() -> str:
    """The roster as a table, then the agencies and the groups spelled as labels must spell them."""
    with ROSTER.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    lines = ["## The roster (30 members)", "", "| name | agency | role | groups |", "|---|---|---|---|"]
    groups: set[str] = set(EXTRA_GROUPS)
    for row in rows:
        mine = [g.removeprefix("chair:") for g in row["groups"].split(";") if g]
        groups.update(mine)
        chaired = [g.removeprefix("chair:") + " (chair)" for g in row["groups"].split(";") if g.startswith("chair:")]
        shown = chaired + [g for g in mine if g + " (chair)" not in chaired]
        lines.append(f"| {row['name']} | {row['agency']} | {row['role']} | {', '.join(shown)} |")
    agencies = sorted({row["agency"] for row in rows})
    lines += ["", "Agencies (label spelling): " + "; ".join(agencies) + ".", ""]
    lines += ["Groups (label spelling): " + "; ".join(sorted(groups)) + ".", ""]
    return "\n".join(lines)


def examples_section(seed: int, per_intent: int = 6) -> str:
    """A few labelled lines per intent from the development sets, chosen by the seed."""
    by_intent: dict[str, list[dict[str, object]]] = defaultdict(list)
    for number in EXAMPLE_SETS:
        path = CORPUS / f"everyday-{number}.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                by_intent[case["expect"]["intent"]].append(case)
    pick = random.Random(seed)
    lines = ["## Examples (the format and labels; write your own wording, never these)", "", "```"]
    for intent in sorted(by_intent):
        for case in pick.sample(by_intent[intent], min(per_intent, len(by_intent[intent]))):
            shown = {k: case[k] for k in ("text", "as", "expect")}
            lines.append(json.dumps(shown, ensure_ascii=False))
    lines += ["```", ""]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    text = (HERE / "brief.md").read_text(encoding="utf-8")
    args.out.write_text(f"{text}\n{roster_section()}\n{examples_section(args.seed)}", encoding="utf-8")


if __name__ == "__main__":
    main()
