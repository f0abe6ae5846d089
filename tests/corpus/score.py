"""Score interpretations against the labelled corpus: accuracy per field and wrong member owners.

Run it against the real command: ``python -m tests.corpus.score`` sets up a scratch board with the corpus'
roster and meetings, pipes the corpus through ``dscb parse --jsonl`` and prints the report.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parent / "messages.jsonl"
HELDOUT = CORPUS.with_name("heldout.jsonl")
BLIND = CORPUS.with_name("blind.jsonl")
ROOT = CORPUS.parent.parent.parent
FINAL_BLIND = ROOT / "bench" / "corpus" / "final-blind.jsonl"  # measured only, never tuned against
BOARD_MEETINGS = ("2015-03-13", "2015-07-10", "2015-09-11")
OTHER_MEETINGS = (("2015-06-19", "workshop"), ("2015-05-18", "audit panel"))  # named in the seed minutes
EVERYDAY = ROOT / "tests" / "corpus" / "everyday.jsonl"  # chat as members write it, written blind (issue 15)
EVERYDAY_BLIND = ROOT / "bench" / "corpus" / "everyday-blind.jsonl"  # measured only, never tuned against
FIELDS = (
    "intent", "owners", "due", "meeting", "representative", "audit", "ref", "on_behalf_of", "note", "away_until",
)  # fmt: skip


def load_corpus(path: Path = CORPUS) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@dataclass
class Score:
    right: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)
    wrong_member_owners: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def accuracy(self, name: str) -> float:
        return self.right[name] / self.total[name] if self.total[name] else 1.0

    def report(self) -> str:
        lines = [
            f"{name:<15} {self.right[name]:>4}/{self.total[name]:<4} {self.accuracy(name):7.1%}" for name in FIELDS
        ]
        lines.append(f"wrong member owners: {len(self.wrong_member_owners)}")
        return "\n".join(lines)


def _unit(name: str) -> str:
    """An agency or one department of it, however the dash or the order is written ("DMBC - Community Safety",
    "Health & Wellbeing DMBC" are "DMBC – Community Safety", "DMBC – Health & Wellbeing"), with or without "the"."""
    from bot.understanding.agencies import split_department

    agency, department = split_department(re.sub(r"^the\s+", "", name, flags=re.I))  # "The Sutton School"
    return f"{agency} – {department}" if department else agency


def _owner_key(owner: dict[str, Any]) -> tuple[str, str]:
    return (owner["kind"], _unit(owner["name"]) if owner["kind"] == "agency" else owner["name"])


_TITLE = re.compile(
    r"^(?:dr|ds|di|dci|dc|dsupt|pc|sgt|sergeant|inspector|insp|ch\s+insp|supt|station\s+(?:manager|commander)|"
    r"group\s+manager|mr|mrs|ms|miss|prof|professor|cllr|councillor)\.?\s+(?=\S+\s+\S)",
)


def _unknown_name(name: str) -> str:
    """An unknown owner's name without where they work or their title: "Dave from housing options" and "Dave" are
    one person, as are "DS Kerry Nash" and "Kerry Nash" (some writers label the place or the rank with the name,
    others not; the reading is the same)."""
    return _TITLE.sub("", re.split(r"\s+(?:from|in|at|of)\s+", name.lower().strip(), maxsplit=1)[0])


def _owner_set(owners: list[dict[str, Any]]) -> set[tuple[str, str]]:
    """Owners as (kind, name); an unknown name is compared without case, and with its first suggestion when the
    label gives one (the member the assistant should offer)."""
    found = set()
    for o in owners:
        if o["kind"] == "unknown":
            first = (o.get("suggestions") or [""])[0]
            found.add(("unknown", f"{_unknown_name(o['name'])}|{first}"))
        else:
            found.add(_owner_key(o))
    return found


def _same_owners(got: list[dict[str, Any]], expected: list[dict[str, Any]]) -> bool:
    """Equal owner sets, where an unknown owner labelled with suggestions must be offered the first of them."""
    if len(got) != len(expected):
        return False
    wanted = _owner_set(expected)
    for o in got:
        if o["kind"] != "unknown":
            if _owner_key(o) not in wanted:
                return False
            continue
        label = next(
            (e for e in expected if e["kind"] == "unknown" and _unknown_name(e["name"]) == _unknown_name(o["name"])),
            None,
        )
        if label is None:
            return False
        first = (label.get("suggestions") or [None])[0]
        if first is not None and first not in o.get("suggestions", []):
            return False
    return True


def _words(text: object) -> str:
    return " ".join(str(text or "").lower().strip(" .!").split())


# "rich says the data is with legal": whose news it is (the label's on_behalf_of), said before the news itself. Some
# writers label the note with it, some without; the reading is the same.
_NEWS_OF = re.compile(
    r"^[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?\s+(?:says|said|reports|reckons|confirms|tells\s+me|told\s+me|"
    r"(?:has\s+)?asked\s+me\s+to\s+(?:say|let\s+you\s+know))(?:\s+that)?\s+"
)


def _news(text: object) -> str:
    return _NEWS_OF.sub("", _words(text))


def _name_of(label: object) -> object:
    """A member labelled as an owner object ({"kind": "member", "name": ...}) or as the name alone."""
    return label["name"] if isinstance(label, dict) else label


def _audit_word(value: object) -> str:
    """An audit label's words; a return "submitted" is the contract's "complete" (the record keeps which)."""
    words = _words(value).replace("_", " ")
    return "complete" if words == "submitted" else words


def _ambiguity_set(items: list[dict[str, Any]]) -> set[tuple[str, frozenset[str]]]:
    """The names asked about, as written but for a possessive ending ("karens list": "karens" or "karen")."""
    return {(re.sub(r"(?:['’]s|['’]|s)$", "", a["text"].lower()), frozenset(a["candidates"])) for a in items}


def score(cases: list[dict[str, Any]], results: list[dict[str, Any]]) -> Score:
    """Compare each result with its case's expectations, field by field."""
    result = Score()
    for case, got in zip(cases, results, strict=True):
        expect = case["expect"]
        checks: dict[str, bool] = {}
        checks["intent"] = got.get("intent") == expect["intent"]
        if "owners" in expect:
            same = _same_owners(got.get("owners", []), expect["owners"])
            if "ambiguous" in expect:
                same = same and _ambiguity_set(got.get("ambiguous", [])) == _ambiguity_set(expect["ambiguous"])
            checks["owners"] = same
            allowed = {o["name"] for o in expect["owners"] if o["kind"] == "member"}
            allowed |= {c for a in expect.get("ambiguous", []) for c in a["candidates"]}
            for owner in got.get("owners", []):
                if owner["kind"] == "member" and owner["name"] not in allowed:
                    result.wrong_member_owners.append(f"{case['id']}: {owner['name']}")
            writers_leave = got.get("intent") == "leave" and not got.get("owners") and not got.get("ambiguous")
            if writers_leave and expect["owners"] and case["as"] not in allowed:  # leave with no owner is the writer's
                result.wrong_member_owners.append(f"{case['id']}: {case['as']} (their own leave)")
        if "due" in expect:
            checks["due"] = got.get("due") == expect["due"] and got.get("asap") == expect.get("asap", got.get("asap"))
        for name in ("meeting", "ref", "on_behalf_of", "away_until"):
            if name in expect:
                checks[name] = got.get(name) == _name_of(expect[name])
        if "representative" in expect:  # a stand-in not on the roster is compared as an unknown owner's name is
            want = _name_of(expect["representative"])
            checks["representative"] = _unknown_name(str(got.get("representative"))) == _unknown_name(str(want))
        if "shift_days" in expect and "due" in checks:
            checks["due"] = checks["due"] and got.get("shift_days") == expect["shift_days"]
        if "note" in expect:  # the update or the reason, as written: compared without case or end punctuation
            checks["note"] = _news(got.get("note")) == _news(expect["note"])
        if "audit" in expect:
            audit = got.get("audit") or {}
            checks["audit"] = all(
                _audit_word(_unit(str(audit.get(k))) if k == "subject" and audit.get(k) else audit.get(k))
                == _audit_word(_unit(str(v)) if k == "subject" and v else v)
                for k, v in expect["audit"].items()
            )
        for name, ok in checks.items():
            result.total[name] += 1
            result.right[name] += ok
            if not ok:
                result.misses.append(f"{case['id']} [{name}] {case['text']!r} -> {json.dumps(got, ensure_ascii=False)}")
    return result


def run_parse(database_url: str, cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Pipe the cases through `dscb parse --jsonl` and read one JSON object per case."""
    lines = "".join(json.dumps({"text": c["text"], "as": c["as"], "now": c["now"]}) + "\n" for c in cases)
    env = {**os.environ, "DATABASE_URL": database_url, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", "from cli.main import main; main()", "parse", "--jsonl"],
        input=lines,
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=300,
    )
    return [json.loads(line) for line in done.stdout.splitlines()]


def prepare_board(database_url: str) -> None:
    """The corpus' board: the demo roster (the seed minutes' 30 members) and its three board meetings."""
    env = {**os.environ, "DATABASE_URL": database_url, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-c", "from cli.main import main; main()"]
    roster = ROOT / "bot" / "data" / "demo-roster.csv"
    subprocess.run([*command, "roster", "import", str(roster)], env=env, check=True, capture_output=True)
    for day in BOARD_MEETINGS:
        subprocess.run([*command, "meeting", "add", day], env=env, check=True, capture_output=True)
    for day, kind in OTHER_MEETINGS:
        subprocess.run([*command, "meeting", "add", day, "--kind", kind], env=env, check=True, capture_output=True)


def everyday_blind(number: int) -> Path:
    """The blind everyday set by the ``number``-th writer (1: the first, everyday-blind.jsonl)."""
    return EVERYDAY_BLIND if number == 1 else EVERYDAY_BLIND.with_name(f"everyday-blind-{number}.jsonl")


def everyday_blind_sets() -> list[tuple[int, Path]]:
    """Every blind everyday set (measured only, each by a further writer), numbered in the order they arrived."""
    numbers = [1] + [int(p.stem.rsplit("-", 1)[1]) for p in EVERYDAY_BLIND.parent.glob("everyday-blind-*.jsonl")]
    return [(n, everyday_blind(n)) for n in sorted(numbers)]


def development_sets() -> list[Path]:
    """Every labelled set under tests/corpus (the ones rules may be tuned on), in a stable order."""
    return sorted(CORPUS.parent.glob("*.jsonl"), key=lambda p: (len(p.stem), p.stem))


def score_development() -> int:
    """One line per development set (one scratch board, one parse run): the figures to compare before/after."""
    per_set = {path.stem: load_corpus(path) for path in development_sets()}
    cases = [case for group in per_set.values() for case in group]
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/corpus.db"
        prepare_board(url)
        results = iter(run_parse(url, cases))
    print(f"{'set':<13} {'n':>4} {'intent':>7} {'owners':>7} {'due':>7} {'other':>7} wrong")
    for name, group in per_set.items():
        result = score(group, [next(results) for _ in group])
        others = [f for f in FIELDS if f not in ("intent", "owners", "due")]
        other = sum(result.right[f] for f in others) / max(1, sum(result.total[f] for f in others))
        figures = " ".join(f"{result.accuracy(f):7.1%}" for f in ("intent", "owners", "due"))
        print(f"{name:<13} {len(group):>4} {figures} {other:7.1%} {len(result.wrong_member_owners):>5}")
    return 0


def main() -> int:
    if "--dev" in sys.argv:
        return score_development()
    sets = {"--heldout": HELDOUT, "--blind": BLIND, "--final-blind": FINAL_BLIND, "--everyday": EVERYDAY}
    sets |= {f"--everyday-blind{'' if n == 1 else f'-{n}'}": path for n, path in everyday_blind_sets()}
    extra = {a: ROOT / "tests" / "corpus" / f"{a[2:]}.jsonl" for a in sys.argv if a.startswith("--everyday-")}
    sets |= {a: p for a, p in extra.items() if p.exists()}  # --everyday-2, --everyday-3: more development sets
    path = next((sets[a] for a in sys.argv if a in sets), CORPUS)
    cases = load_corpus(path)
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/corpus.db"
        prepare_board(url)
        result = score(cases, run_parse(url, cases))
    blind = path.parent == FINAL_BLIND.parent  # measured only: its misses are never shown
    if "-v" in sys.argv and not blind:
        print("\n".join(result.misses))
    print(f"{len(cases)} messages")
    print(result.report())
    for wrong in [] if blind else result.wrong_member_owners:
        print("  wrong owner:", wrong)
    return 0


if __name__ == "__main__":
    sys.exit(main())
