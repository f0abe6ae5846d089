"""Scoring the product's reading of sample minutes against their answer keys.

Each sample is read as the product reads an upload (:func:`~bot.minutes.files.minutes_text`, then
:func:`~bot.minutes.reader.parse_minutes` with an empty roster) and compared: attendees, apologies and
representatives (found and right / expected, plus wrongly listed), actions fully right (found actions matched to
expected ones by text similarity, optimal one-to-one; fully right = owners and due date right), people invented
(names listed that are no one in the document) and whether the document was refused. Scores only: no text of a
sample is ever part of a score, so blind samples can be measured.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from tests.minutes_samples.samples import load_sample

MATCH_AT_LEAST = 45.0  # an expected and a found action this similar (0-100) may be the same action
_TITLES = re.compile(
    r"^(?:(?:d/(?:ch/)?(?:supt|insp|sgt)|dr|cllr|councillor|mr|mrs|ms|miss|mx|prof|professor|rev|revd|canon|fr|sir|dame|det|"
    r"detective|ch|chief|supt|"
    r"superintendent|dci|dsupt|insp|inspector|sgt|cmdr|stn\.?\s+mgr|grp\.?\s+mgr|sm|gm|wm|"
    r"(?:station|group|watch|crew)\s+manager)\.?\s+(?=\S+\s+\S)"
    r"|(?:di|ds|dc|pc|ci|acc|dcc)\.?\s+(?=\S+\s+\S))+",  # "DS Jo Bell", but "DS" and "Di Smith" are names
    re.I,
)
_NOT_PEOPLE = re.compile(  # groups, agencies and roles ("the Chair"): not a person made up
    r"\b(?:all|members|agencies|partners|board|group|sub-?group|panel|forum|everyone|chair|vice-chair|manager|"
    r"officer|director|lead|head|co-?ordinator|secretary|team|services?|council|police|trust|ccg|nhs|agency|unit|"
    r"managers|officers|directors|leads|heads|chairs|co-?ordinators)\b",  # "Business Managers": a role, plural
    re.I,
)


_LETTERS_AFTER = re.compile(  # the scorer's own list, kept apart from the product's
    r"(?:,?\s+(?:OBE|MBE|CBE|DBE|KBE|QPM|KPM|QFSM|DL|JP|FRCP|FRCPCH|FRCPsych|MRCGP|MRCPCH|MBChB|MBBS|BSc|MSc|MA|BA|"
    r"PhD|RGN|RMN|RN|RSCN|RHV|DipSW|CQSW))+$"
)


def name_key(name: str) -> str:
    """A name compared: lower case, titles, honours and punctuation gone ("Dr. C SMITH OBE" -> "c smith")."""
    text = re.sub(r"[.,;:()\[\]\"']", " ", name.strip().replace("’", "'")).strip()  # "O’Rourke" as "O'Rourke"
    text = _TITLES.sub("", re.sub(r"\s+", " ", text))
    text = _LETTERS_AFTER.sub("", text)  # "OBE", "RGN", "MBChB": not part of the name
    return re.sub(r"\s+", " ", text).lower()


def _tally(found: Iterable[str], expected: Iterable[str]) -> dict[str, int]:
    found_keys = {name_key(n) for n in found if n and name_key(n)}
    expected_keys = {name_key(n) for n in expected if name_key(n)}
    return {
        "right": len(found_keys & expected_keys),
        "expected": len(expected_keys),
        "wrong": len(found_keys - expected_keys),
    }


def assignment(scores: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """The one-to-one pairing of rows with columns of largest total score (Hungarian method), as (row, column)."""
    rows, columns = len(scores), len(scores[0]) if scores else 0
    size = max(rows, columns)
    if not size:
        return []
    top = max((v for row in scores for v in row), default=0.0)
    cost = [[top - scores[i][j] if i < rows and j < columns else top for j in range(size)] for i in range(size)]
    u, v, way, match = [0.0] * (size + 1), [0.0] * (size + 1), [0] * (size + 1), [0] * (size + 1)
    for i in range(1, size + 1):
        match[0], column = i, 0
        least, used = [float("inf")] * (size + 1), [False] * (size + 1)
        while match[column]:
            used[column] = True
            row, delta, chosen = match[column], float("inf"), 0
            for j in range(1, size + 1):
                if not used[j]:
                    current = cost[row - 1][j - 1] - u[row] - v[j]
                    if current < least[j]:
                        least[j], way[j] = current, column
                    if least[j] < delta:
                        delta, chosen = least[j], j
            for j in range(size + 1):
                if used[j]:
                    u[match[j]] += delta
                    v[j] -= delta
                else:
                    least[j] -= delta
            column = chosen
        while column:
            previous = way[column]
            match[column] = match[previous]
            column = previous
    pairs = [(match[j] - 1, j - 1) for j in range(1, size + 1) if match[j]]
    return sorted((i, j) for i, j in pairs if i < rows and j < columns)


# The whole board, however a board writes it ("All partners", "all partner agencies", "All members"): one group.
_EVERYONE = re.compile(
    r"^all (?:board )?(?:members|partners|(?:partner |member )?(?:agencies|organisations|organizations))$"
)


def owner_key(name: str) -> str:
    """An owner compared: as ``name_key``, with every way of writing the whole board as one."""
    key = name_key(name)
    return "all members" if _EVERYONE.match(key) else key


def owners_right(found: Sequence[str], expected: Sequence[Sequence[str]]) -> bool:
    """Every expected owner (a list of alternatives) is one found owner, and no owner is extra."""
    if len(found) != len(expected):
        return False
    keys = [owner_key(n) for n in found]
    options = [{owner_key(a) for a in alternatives} for alternatives in expected]
    taken: dict[int, int] = {}  # found owner -> expected owner (Kuhn's augmenting paths)

    def place(owner: int, seen: set[int]) -> bool:
        for index, key in enumerate(keys):
            if key in options[owner] and index not in seen:
                seen.add(index)
                if index not in taken or place(taken[index], seen):
                    taken[index] = owner
                    return True
        return False

    return all(place(owner, set()) for owner in range(len(options)))


def _actions(found: list[dict[str, Any]], expected: list[dict[str, Any]]) -> dict[str, int]:
    scores = [
        [float(fuzz.token_set_ratio(str(e.get("text", "")).lower(), str(f.get("text", "")).lower())) for f in found]
        for e in expected
    ]
    right = matched = 0
    for e_index, f_index in assignment(scores) if found and expected else []:
        if scores[e_index][f_index] < MATCH_AT_LEAST:
            continue
        matched += 1
        action, answer = found[f_index], expected[e_index]
        owners = [str(o.get("name", "")) for o in action.get("owners", [])]
        if owners_right(owners, answer.get("owners", [])) and action.get("due") == answer.get("due"):
            right += 1
    return {"right": right, "expected": len(expected), "found": len(found), "matched": matched}


def _person_keys(expected: dict[str, Any]) -> tuple[set[str], set[str]]:
    """The document's people (full names, surnames and initials) and the owners' non-person names (agencies,
    groups)."""
    people: set[str] = set()
    for name, about in (expected.get("people") or {}).items():
        key = name_key(name)
        people |= {key, key.split()[-1] if key else ""}
        if isinstance(about, dict) and about.get("initials"):
            people.add(str(about["initials"]).lower())
    others = {
        name_key(a) for action in expected.get("actions", []) for owner in action.get("owners", []) for a in owner
    }
    return people - {""}, others


def _invented(result: dict[str, Any], expected: dict[str, Any]) -> int:
    people, others = _person_keys(expected)
    names = [p.get("name", "") for p in result.get("attendees", [])]
    for apology in result.get("apologies", []):
        names += [apology.get("name", ""), apology.get("representative") or ""]
    owners = [o for action in result.get("actions", []) for o in action.get("owners", [])]
    names += [o.get("name", "") for o in owners if o.get("kind") in {"member", "unknown"}]
    invented = set()
    for name in names:
        key = name_key(str(name))
        if not key or key in people or key in others or _NOT_PEOPLE.search(key):
            continue
        words = key.split()
        if len(words) > 1 and (" ".join(words[-2:]) in people or any(p.endswith(" " + words[-1]) for p in people)):
            continue  # a known person written otherwise ("J Smith", "Jo Smith")
        invented.add(key)
    return len(invented)


def score_text(text: str, expected: dict[str, Any]) -> dict[str, Any]:
    """The scores of the product's reading of ``text`` against ``expected``."""
    from bot.directory import Directory
    from bot.errors import InvalidInput
    from bot.minutes.reader import parse_minutes
    from bot.minutes.results import minutes_as_json
    from bot.understanding.names import NameIndex

    try:
        result = minutes_as_json(parse_minutes(text, NameIndex(Directory(board_id=0, board_name="", version=0))))
    except InvalidInput as error:
        return {"refused": str(error)}
    return score_result(result, expected)


def score_result(result: dict[str, Any], expected: dict[str, Any]) -> dict[str, Any]:
    """The scores of one reading (``minutes_as_json``'s form) against its answer key."""
    apologies = result.get("apologies", [])
    found_reps = {
        (name_key(a.get("name", "")), name_key(a["representative"])) for a in apologies if a.get("representative")
    }
    expected_reps = {(name_key(k), name_key(v)) for k, v in (expected.get("representatives") or {}).items()}
    return {
        "refused": None,
        "attendees": _tally((p.get("name", "") for p in result.get("attendees", [])), expected.get("attendees", [])),
        "apologies": _tally((a.get("name", "") for a in apologies), expected.get("apologies", [])),
        "representatives": {
            "right": len(found_reps & expected_reps),
            "expected": len(expected_reps),
            "wrong": len(found_reps - expected_reps),
        },
        "actions": _actions(list(result.get("actions", [])), list(expected.get("actions", []))),
        "invented": _invented(result, expected),
        "dates": {  # the meeting's date and the next meeting's, each right (1) or not (0)
            "meeting": int((result.get("meeting") or {}).get("date") == (expected.get("meeting") or {}).get("date")),
            "next": int(
                (result.get("next_meeting") or {}).get("date") == (expected.get("next_meeting") or {}).get("date")
            ),
        },
    }


def score_sample(path: Path) -> dict[str, Any]:
    """One sample's scores (see :func:`score_result`), its name and kind; a refusal is ``refused: message``."""
    from bot.errors import InvalidInput
    from bot.minutes.files import minutes_text

    data, filename, expected = load_sample(path)
    head = {"sample": path.name, "kind": filename.rsplit(".", 1)[-1]}
    try:
        text = minutes_text(data, filename)
    except InvalidInput as error:
        return head | {"refused": str(error)}
    try:
        return head | score_text(text, expected)
    except Exception as error:  # the product failing on a sample is a score, not a crash of the scorer
        return head | {"refused": f"crashed: {type(error).__name__}"}


_PARTS = ("attendees", "apologies", "representatives")


def totals(scores: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The sums over samples (a refused sample counts its expected items as missed)."""
    total: dict[str, Any] = {"samples": len(scores), "refused": sum(bool(s.get("refused")) for s in scores)}
    for part in _PARTS:
        total[part] = {k: sum(s.get(part, {}).get(k, 0) for s in scores) for k in ("right", "expected", "wrong")}
    total["actions"] = {k: sum(s.get("actions", {}).get(k, 0) for s in scores) for k in ("right", "expected", "found")}
    total["invented"] = sum(s.get("invented", 0) for s in scores)
    total["dates"] = {k: sum(s.get("dates", {}).get(k, 0) for s in scores) for k in ("meeting", "next")}
    return total


def line(score: dict[str, Any], width: int = 34) -> str:
    """One sample's (or the totals') scores on one line."""
    name = str(score.get("sample", "total"))[:width]
    if score.get("refused") and "attendees" not in score:
        return f"{name:<{width}} {score.get('kind', ''):<4} refused: {str(score['refused'])[:160]}"
    parts = [f"{name:<{width}} {score.get('kind', ''):<4}"]
    for part, label in zip(_PARTS, ("att", "apol", "rep"), strict=True):
        s = score[part]
        parts.append(f"{label} {s['right']:>3}/{s['expected']:<3} +{s['wrong']:<3}")
    a = score["actions"]
    parts.append(f"actions {a['right']:>3}/{a['expected']:<3} (found {a['found']})")
    parts.append(f"invented {score['invented']}")
    if "samples" in score:
        parts.append(f"refused {score['refused']}/{score['samples']}")
        parts.append(f"dates {score['dates']['meeting']}/{score['samples']} next {score['dates']['next']}")
    elif score.get("dates") and not all(score["dates"].values()):
        parts.append("meeting date WRONG" if not score["dates"]["meeting"] else "next meeting WRONG")
    return "  ".join(parts)


def explain(path: Path) -> list[str]:
    """What a development sample's reading got wrong, name by name (never for blind samples: it shows their text)."""
    from bot.directory import Directory
    from bot.errors import InvalidInput
    from bot.minutes.files import minutes_text
    from bot.minutes.reader import parse_minutes
    from bot.minutes.results import minutes_as_json
    from bot.understanding.names import NameIndex
    from tests.minutes_samples.samples import BLIND_ROOTS

    if any(root.resolve() in path.resolve().parents for root in BLIND_ROOTS):
        raise ValueError("blind samples are scored, never explained")
    data, filename, expected = load_sample(path)
    try:
        text = minutes_text(data, filename)
        result = minutes_as_json(parse_minutes(text, NameIndex(Directory(board_id=0, board_name="", version=0))))
    except InvalidInput as error:
        return [f"  refused: {error}"]
    out: list[str] = []
    for part, names in (
        ("attendees", [p.get("name", "") for p in result.get("attendees", [])]),
        ("apologies", [a.get("name", "") for a in result.get("apologies", [])]),
    ):
        found, wanted = {name_key(n): n for n in names}, {name_key(n): n for n in expected.get(part, [])}
        out += [f"  {part} missed: {wanted[k]}" for k in wanted.keys() - found.keys()]
        out += [f"  {part} wrong: {found[k]}" for k in found.keys() - wanted.keys()]
    reps = {(a.get("name"), a.get("representative")) for a in result.get("apologies", []) if a.get("representative")}
    out += [f"  representatives found: {sorted(reps)} expected: {expected.get('representatives')}"]
    found_actions, wanted_actions = list(result.get("actions", [])), list(expected.get("actions", []))
    scores = [[float(fuzz.token_set_ratio(str(e.get("text", "")).lower(), str(f.get("text", "")).lower()))
               for f in found_actions] for e in wanted_actions]  # fmt: skip
    paired = {e: f for e, f in assignment(scores) if scores[e][f] >= MATCH_AT_LEAST} if found_actions else {}
    for e_index, answer in enumerate(wanted_actions):
        if e_index not in paired:
            out.append(f"  action unmatched: {answer.get('key')}: {str(answer.get('text'))[:70]}")
            continue
        action = found_actions[paired[e_index]]
        owners = [str(o.get("name", "")) for o in action.get("owners", [])]
        if not owners_right(owners, answer.get("owners", [])) or action.get("due") != answer.get("due"):
            out.append(f"  action {answer.get('key')}: owners {owners} due {action.get('due')}; "
                       f"expected {answer.get('owners')} due {answer.get('due')}")  # fmt: skip
    extra = set(range(len(found_actions))) - set(paired.values())
    out += [f"  action extra: {str(found_actions[i].get('text'))[:80]}" for i in sorted(extra)]
    return out
