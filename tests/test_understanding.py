"""Understanding messages: the issue's examples exactly, the labelled corpus, and any text never raising."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.understanding.interpretation import Intent
from bot.understanding.snapshot import Snapshot
from tests.conftest import SEED_NOW, seed_snapshot
from tests.corpus import score


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    return seed_snapshot(tmp_path_factory.mktemp("understanding"))


def parse(snapshot: Snapshot, text: str, writer: str | None = None, now: dt.datetime = SEED_NOW) -> dict[str, Any]:
    person = snapshot.person(writer) if writer else None
    return snapshot.interpret(text, person, now).as_json()


def member(name: str) -> dict[str, str]:
    return {"kind": "member", "name": name}


EXAMPLES: list[tuple[str, str | None, dict[str, Any]]] = [
    ("Action: Presentation to be circulated – Viv Townsend", None,
     {"intent": "record_action", "owners": [member("Viv Townsend")], "due": None}),
    ("all members to complete and return to Martine McFadden by end June 2015", None,
     {"intent": "record_action", "owners": [{"kind": "group", "name": "all members"}], "due": "2015-06-30"}),
    ("Su Vincent to share the CAMHS outcomes report before the next board", None,
     {"intent": "record_action", "owners": [member("Su Vincent")], "due": "2015-07-10"}),
    ("Nicky Campbell to circulate Cafcass guidance in a fortnight", None,
     {"intent": "record_action", "owners": [member("Nicola Campbell")], "due": "2015-05-29"}),
    ("Sue to update the board on the CAMHS letter", None,
     {"intent": "record_action", "owners": [],
      "ambiguous": [{"text": "Sue", "candidates": ["Su Vincent", "Sue Haywood"]}]}),
    ("Anne-Marie Carey to send the home treatment outcomes", None,
     {"intent": "record_action", "owners": [{"kind": "unknown", "name": "Anne-Marie Carey", "suggestions": []}]}),
    ("can't make 10 July, Claire Hill will come instead", "Viv Townsend",
     {"intent": "apology", "owners": [member("Viv Townsend")], "meeting": "2015-07-10",
      "representative": "Claire Hill"}),
    ("S175: 64 of 114 complete, 24 not started", None,
     {"intent": "audit_update", "audit": {"type": "S175", "subject": None, "status": None, "completed": 64,
                                          "total": 114, "not_started": 24}}),
    ("WMP S11 submitted", None,
     {"intent": "audit_update", "audit": {"type": "S11", "subject": "West Midlands Police", "status": "complete",
                                          "completed": None, "total": None, "not_started": None}}),
    ("what do I owe?", "Tony Oakman", {"intent": "list_actions", "owners": [member("Tony Oakman")]}),
    ("thanks everyone, see you in July", None, {"intent": "none", "owners": []}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "writer", "expected"), EXAMPLES, ids=[e[0][:40] for e in EXAMPLES])
def test_the_issue_examples_exactly(
    snapshot: Snapshot, text: str, writer: str | None, expected: dict[str, Any]
) -> None:
    got = parse(snapshot, text, writer)
    for key, value in expected.items():
        if key == "ambiguous":
            assert [{"text": a["text"], "candidates": sorted(a["candidates"])} for a in got[key]] == [
                {"text": a["text"], "candidates": sorted(a["candidates"])} for a in value
            ]
        else:
            assert got[key] == value, (key, got)


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "Action for Anne-Marie Carey: share the outcomes report",
            {"kind": "unknown", "name": "Anne-Marie Carey", "suggestions": []},
        ),
        ("Action for Tony Oakman – raise CAMHS at the CCG board", {"kind": "member", "name": "Tony Oakman"}),
    ],
)
def test_action_for_keeps_hyphenated_names_whole(snapshot: Snapshot, text: str, owner: dict[str, Any]) -> None:
    assert parse(snapshot, text)["owners"] == [owner]


def test_the_contract_has_every_field(snapshot: Snapshot) -> None:
    got = parse(snapshot, "Viv to send the chart by 22 May", "Tony Oakman")
    assert set(got) == {
        "intent",
        "owners",
        "ambiguous",
        "task",
        "due",
        "asap",
        "meeting",
        "representative",
        "audit",
        "away_until",
        "ref",
        "on_behalf_of",
        "note",
        "shift_days",
        "guessed",
    }
    assert got["guessed"] is False  # read by a rule
    assert got["task"] == "Send the chart"
    assert got["due"] == "2015-05-22"


# The corpus: accuracy per field may only go up. Figures at the time of writing are in the README.
FLOORS = {"intent": 0.98, "owners": 0.98, "due": 0.98, "meeting": 0.98, "representative": 0.98, "audit": 0.98}


@pytest.mark.parametrize("path", [score.CORPUS, score.HELDOUT, score.BLIND, score.EVERYDAY], ids=lambda p: p.stem)
def test_corpus_accuracy_and_no_wrong_member_owner(snapshot: Snapshot, path: Any) -> None:
    cases = score.load_corpus(path)
    assert len(cases) >= 100
    results = [parse(snapshot, c["text"], c["as"], dt.datetime.fromisoformat(c["now"])) for c in cases]
    result = score.score(cases, results)
    print("\n" + result.report())
    assert result.wrong_member_owners == []
    for name, floor in FLOORS.items():
        assert result.accuracy(name) >= floor, (
            name,
            result.report(),
            [m for m in result.misses if name in m],
        )


DEVELOPMENT_SETS = [score.EVERYDAY.with_name(f"everyday-{n}.jsonl") for n in range(2, 465)]
# Below the common floor where the labels break the board's conventions (docs/understanding.md): everyday-13 has two
# dates its labels garble; everyday-23 labels an agency named by its own member as the member, and gives leave owners;
# everyday-30 arrived at the end of the tenth round and was tuned on for part of it only (due dates in long messages
# whose action the rules do not read yet).
FLOOR_EXCEPTIONS = {
    "everyday-13": {"due": 0.93},
    "everyday-23": {"owners": 0.84},
    "everyday-30": {"due": 0.93},
    "everyday-35": {"due": 0.9},  # long messages: the request mid-story, tuned on for one round
    "everyday-40": {"due": 0.91},  # work asked of others every way: the rest unread (no owner is guessed)
    # The twelfth round's last three, tuned on for part of it: long Teams messages where most people named own
    # nothing, the least practised writers' phone and voice chat, and dates written every way around the July board.
    "everyday-43": {"due": 0.92},
    "everyday-44": {"due": 0.92},
    "everyday-45": {"due": 0.93},
    # The thirteenth round's six, tuned on for that round only: terse owner-heavy Slack, long Teams messages where
    # most people named own nothing, edits by bare numbers, phone and voice chat, newcomers, loosely named owners.
    "everyday-46": {"intent": 0.93, "owners": 0.89, "due": 0.92},
    "everyday-47": {"intent": 0.9, "owners": 0.84, "due": 0.91},
    "everyday-48": {"intent": 0.91, "due": 0.85},
    "everyday-49": {"intent": 0.94, "due": 0.9},
    "everyday-50": {"due": 0.93},
    "everyday-51": {"due": 0.93},
    # The fourteenth round's seven, tuned on for that round only: editing the tracker in everyday words (references
    # by description, dates every way) is the hardest.
    "everyday-58": {"intent": 0.89, "due": 0.86},  # "could the fire one be pushed back": no longer a new action
    # The fifteenth round's four, tuned on for that round only: long formal Teams messages and emails (dates in long
    # requests), terse phone Slack with nicknames, look-alikes, and members new to the board.
    "everyday-59": {"due": 0.9},
    # The sixteenth round's seven, tuned on for that round only: who owns the work (owners named by role, agency and
    # group, most people named owning nothing), apologies, leave and stand-ins (others' leave noted by members, which
    # only the manager and the chair may record), phone-typed Slack, long formal and relayed Teams messages.
    "everyday-66": {"intent": 0.91, "owners": 0.86, "due": 0.8},
    "everyday-67": {"due": 0.93},
    "everyday-68": {"intent": 0.93, "owners": 0.85, "due": 0.83},
    "everyday-69": {"owners": 0.88, "due": 0.89},  # people named who own nothing, arrived late in the round
    # The seventeenth round's six, tuned on for that round only: several people named of whom few own anything,
    # editing the tracker by bare numbers and descriptions, long formal Teams messages and emails, phone-typed Slack.
    "everyday-70": {"intent": 0.94, "owners": 0.87, "due": 0.93},
    "everyday-71": {"intent": 0.93, "owners": 0.89, "due": 0.92},
    "everyday-74": {"intent": 0.92, "owners": 0.89, "due": 0.93},
    "everyday-75": {"intent": 0.94, "due": 0.93},
    # The eighteenth round's last four arrived mid-round; the first of them, people writing for or about others
    # (forwarded emails, PAs, quoted replies, members noting others' leave, which only the manager and chair record).
    "everyday-82": {"intent": 0.91, "owners": 0.79, "due": 0.82},
    # The nineteenth round's four (terse Slack by bare numbers, the manager and chair acting for others, dates every
    # way), tuned on for that round only; the second and third below the floor on news passed on for others.
    "everyday-87": {"due": 0.89},
    "everyday-88": {"intent": 0.94, "owners": 0.85, "due": 0.88},
    "everyday-90": {"intent": 0.94, "owners": 0.87, "due": 0.86},  # people named who own nothing, stand-ins by rank
    "everyday-91": {"intent": 0.93},  # phone and dictated chat, arrived mid-round
    # The round's last two, arrived late: the fortnight before a board, and new actions whose owners and dates are
    # written every way (teams within agencies, people by role, several at once).
    "everyday-92": {"intent": 0.93, "due": 0.91},
    "everyday-93": {"owners": 0.87, "due": 0.89},
    # The twentieth round's five, tuned on for that round only: long formal messages and pasted emails (dates in
    # long requests), and agencies and groups written loosely ("comm safety", "phase", "us (fire)") asked about.
    "everyday-94": {"due": 0.91},
    "everyday-97": {"intent": 0.94, "owners": 0.88},
    "everyday-99": {"owners": 0.86, "due": 0.93},  # who owns it when most people named own nothing, arrived late
    # The twenty-first round's, tuned on for that round only: agencies, departments and groups named by a short word
    # (several fit more than one department, and are asked about), dates every way, long formal Teams messages and
    # pasted emails (the last two arriving during the round), phone-typed Slack.
    "everyday-100": {"intent": 0.91, "owners": 0.81, "due": 0.79},
    "everyday-102": {"due": 0.9},
    "everyday-104": {"intent": 0.91, "owners": 0.85, "due": 0.77},
    "everyday-105": {"intent": 0.94},
    # The twenty-second round's seven, tuned on for that round only: the manager and chair acting for others in long
    # formal messages and pasted emails (dates in long requests), Teams partners who address someone first.
    "everyday-106": {"due": 0.92},
    "everyday-108": {"due": 0.91},
    # The twenty-seventh round's last four, written to trap a careless reader into the wrong person (arrived late in
    # the round, tuned on for their wrong owners first): many ask new work in reported speech, its date in passing.
    "everyday-174": {"intent": 0.94, "due": 0.87},
    "everyday-176": {"due": 0.91},
    "everyday-177": {"due": 0.91},
    # The twenty-eighth round's sets written to relay what others said, and to ask about others loosely: many name a
    # date only in passing inside a story, or an agency the roster does not hold (asked about, never guessed).
    "everyday-184": {"due": 0.92},
    "everyday-189": {"due": 0.91},
    "everyday-192": {"due": 0.91},
    # The twenty-ninth round's set on who "we" are: outside bodies named loosely as owners ("barnardos said theyd run
    # …", "the Dudley SAB"), whose dates go unread while the owner is not understood.
    "everyday-200": {"due": 0.92},
    # The thirtieth round: actions named by what they are about, every edit so (a question, never a guess, for the
    # rest: "safe sleep leaflet - can we say first week of june now", "the audit of training numbers is finished").
    "everyday-205": {"intent": 0.94},
    # The thirty-third round: actions named only by what they are about, in the loosest words ("the stuff Jo was meant
    # to send", "that audit thing of mine"), and messages that only look like requests ("I'll bring biscuits"): the
    # rest asked about or offered for the writer to confirm, never guessed.
    "everyday-232": {"intent": 0.9, "due": 0.9},
    "everyday-240": {"intent": 0.94},
    # The thirty-sixth round's sets on lines pasted from other meetings' minutes and owners stated apart from the work
    # ("ACTION (CDOP 4.1): KJ to …", "owner = the CCG. commissioning intentions …"): initials two members share, owners
    # labelled after the work with nothing else asked, and dates in the columns of pasted action logs stay questions.
    "everyday-286": {"owners": 0.89, "due": 0.91},
    "everyday-293": {"due": 0.92},
    # The thirty-seventh round's sets on pasted content, long messages, two people away together and quoted tasks
    # ("fire + police apols for mon - me and richard f", "Apols for … - myself and Su V", "neither Chris nor I will be
    # at …", pasted emails that ask for an action in other words): the rest stay questions (no owner is guessed).
    "everyday-301": {"intent": 0.92, "owners": 0.89, "due": 0.89},
    "everyday-303": {"intent": 0.93, "due": 0.91},
    "everyday-308": {"intent": 0.93, "owners": 0.83},
    "everyday-309": {"due": 0.91},
    # The thirty-eighth round's set of new dates asked as questions with the reference after them ("would the 12th
    # work for #22?", "#21 - need the week after next for this one"): the rest stay a look at the action, asked.
    "everyday-323": {"due": 0.93},
    # The forty-third round's sets on people taking work on in the first person, the day asked as a question ("put me
    # down for …, end of june ok?", "Marie and I will do it jointly, hopefully by Friday"): the rest stay unread.
    "everyday-393": {"due": 0.92},
    "everyday-406": {"due": 0.92},
    # and the set on newcomers, whose first requests sit after an introduction ("Hi, I'm Debbie, Tony Oakman's new PA –
    # first time using this … Tony would like an action adding for himself: …"): unread, asked again.
    "everyday-413": {"due": 0.92},
    # The forty-fourth round's set on thread replies, where a quoted question asks who will take work on and the reply
    # only accepts it ("> who can get me the YOS numbers?\n\nwill do, today if poss"): unread, asked again.
    "everyday-428": {"due": 0.91},
    # The forty-fifth round's sets, tuned on for that round only: thread replies volunteering colleagues, other
    # agencies and groups (taking work on in more ways than the rules read: the rest unread, asked again), the day
    # asked for several actions at once, long formal emails, due dates written as offsets from events ("a week
    # after the workshop", "by half term"), and actions handed to people named earlier and called "her" or "him".
    "everyday-441": {"intent": 0.92, "owners": 0.85, "due": 0.76},
    "everyday-442": {"due": 0.92},
    "everyday-444": {"due": 0.92},
    "everyday-446": {"due": 0.92},
    "everyday-447": {"due": 0.8},
    "everyday-448": {"intent": 0.91, "owners": 0.82, "due": 0.83},
    # The forty-sixth round's set on self-corrections and names that are also words ("Will Hughes", "Will" alone,
    # "Mark Hill"): strangers named with a modal word are not yet read whole.
    "everyday-451": {"owners": 0.94},
    "everyday-453": {"due": 0.94},  # the same, with strangers named with their role beside dates for them
}


@pytest.mark.parametrize("path", DEVELOPMENT_SETS, ids=lambda p: p.stem)
def test_everyday_development_sets_and_no_wrong_member_owner(snapshot: Snapshot, path: Any) -> None:
    """The everyday sets written blind by others; owners below 100% where labels break board conventions."""
    if not path.exists():
        pytest.skip(f"{path.name} is absent")
    cases = score.load_corpus(path)
    results = [parse(snapshot, c["text"], c["as"], dt.datetime.fromisoformat(c["now"])) for c in cases]
    result = score.score(cases, results)
    assert result.wrong_member_owners == []
    floors = {"intent": 0.95, "owners": 0.9, "due": 0.94} | FLOOR_EXCEPTIONS.get(path.stem, {})
    for name, floor in floors.items():
        assert result.accuracy(name) >= floor, (name, result.report())


def _blind_figures(snapshot: Snapshot, path: Any) -> tuple[dict[str, float], int, str]:
    """A measured-only set's figures: accuracy per field, the count of wrong member owners and the report; never
    its messages or misses, so that a failing assertion cannot show them."""
    cases = score.load_corpus(path)
    results = [parse(snapshot, c["text"], c["as"], dt.datetime.fromisoformat(c["now"])) for c in cases]
    result = score.score(cases, results)
    print("\n" + result.report())
    return {name: result.accuracy(name) for name in score.FIELDS}, len(result.wrong_member_owners), result.report()


@dataclass(frozen=True)
class BlindFloors:
    """A measured-only set (docs/understanding.md): nobody who changes the rules reads it. Its figures may not fall
    below ``floors``, nor its wrong member owners (counted, never inspected) rise above ``wrong``."""

    path: Any
    floors: dict[str, float]
    wrong: int
    why: str


BLIND_SETS = [
    BlindFloors(score.everyday_blind(1), {"intent": 0.95, "owners": 0.92, "due": 0.97, "meeting": 1.0, "audit": 0.9,
                "ref": 1.0}, 0, "one wrong member owner before the last tuning round of its time, none after"),
    BlindFloors(score.everyday_blind(2), {"intent": 0.96, "owners": 0.95, "due": 0.96, "meeting": 0.91, "audit": 0.85,
                "ref": 1.0}, 0, "one wrong member owner when first measured, none since the eleventh round"),
    BlindFloors(score.everyday_blind(3), {"intent": 0.98, "owners": 0.95, "due": 1.0, "meeting": 1.0, "audit": 0.85,
                "ref": 0.97}, 0, "no wrong member owner on arrival"),
    BlindFloors(score.everyday_blind(4), {"intent": 0.99, "owners": 0.98, "due": 1.0, "meeting": 1.0, "audit": 0.84,
                "ref": 1.0}, 0, "one wrong member owner on arrival and at the end of its round, none after the 16th"),
    BlindFloors(score.everyday_blind(5), {"intent": 0.96, "owners": 0.93, "due": 0.95, "meeting": 1.0, "audit": 1.0,
                "ref": 1.0}, 0, "two wrong member owners on arrival, one after the 11th round, none after the 15th"),
    BlindFloors(score.everyday_blind(6), {"intent": 0.97, "owners": 0.96, "due": 0.95, "meeting": 1.0, "audit": 1.0,
                "ref": 1.0}, 0, "two wrong member owners on arrival, none at the end of its round"),
    BlindFloors(score.everyday_blind(7), {"intent": 0.98, "owners": 0.99, "due": 0.97, "meeting": 1.0, "audit": 0.95,
                "ref": 1.0}, 0, "no wrong member owner on arrival or at the end of its round"),
    BlindFloors(score.everyday_blind(8), {"intent": 0.98, "owners": 0.95, "due": 0.95, "meeting": 0.96, "audit": 1.0,
                "ref": 1.0}, 0, "no wrong member owner on arrival"),
    BlindFloors(score.everyday_blind(9), {"intent": 0.98, "owners": 0.94, "due": 0.97, "meeting": 0.96, "audit": 1.0,
                "ref": 1.0}, 1, "one wrong member owner on arrival"),
    BlindFloors(score.everyday_blind(10), {"intent": 0.98, "owners": 0.97, "due": 0.95, "meeting": 1.0, "audit": 1.0,
                "ref": 1.0}, 0, "no wrong member owner on arrival"),
    BlindFloors(score.everyday_blind(11), {"intent": 0.97, "owners": 0.92, "due": 0.96, "meeting": 0.94, "audit": 1.0,
                "ref": 1.0}, 1, "three wrong member owners on arrival (two messages); one since the 34th round"),
    BlindFloors(score.everyday_blind(12), {"intent": 0.99, "owners": 0.949, "due": 0.95, "meeting": 1.0, "audit": 1.0,
                "ref": 1.0}, 0, "no wrong member owner on arrival or at the end of its round"),
    BlindFloors(score.everyday_blind(13), {"intent": 0.97, "owners": 0.99, "due": 0.96}, 0,
                "two wrong member owners on arrival and at the end of its round, none after the twenty-first"),
    BlindFloors(score.everyday_blind(14), {"intent": 0.96, "owners": 0.94, "due": 0.93}, 1,
                "one wrong member owner on arrival (during the fourteenth round) and at its end"),
    BlindFloors(score.everyday_blind(15), {"intent": 0.96, "owners": 0.9, "due": 0.96}, 0,
                "no wrong member owner on arrival (the fifteenth round) or at its end"),
    BlindFloors(score.everyday_blind(16), {"intent": 0.97, "owners": 0.96, "due": 0.96}, 0,
                "no wrong member owner on arrival (late in the fifteenth round) or at its end"),
    BlindFloors(score.everyday_blind(17), {"intent": 0.96, "owners": 0.95, "due": 0.92}, 0,
                "one wrong member owner on arrival (the sixteenth round), none at its end"),
    BlindFloors(score.everyday_blind(18), {"intent": 0.96, "owners": 0.94, "due": 0.96}, 0,
                "two wrong member owners on arrival (during the sixteenth round); none since the 34th round"),
    BlindFloors(score.everyday_blind(19), {"intent": 0.96, "owners": 0.95, "due": 0.94}, 0,
                "no wrong member owner on arrival (the seventeenth round) or at its end"),
    BlindFloors(score.everyday_blind(20), {"intent": 0.95, "owners": 0.98, "due": 0.96}, 0,
                "one wrong member owner on arrival (during the seventeenth round), none at its end"),
    BlindFloors(score.everyday_blind(21), {"intent": 0.96, "owners": 0.93, "due": 0.95}, 0,
                "one wrong member owner on arrival (the eighteenth round), none at its end"),
    BlindFloors(score.everyday_blind(22), {"intent": 0.96, "owners": 0.96, "due": 0.99}, 0,
                "one wrong member owner on arrival (the eighteenth round); none since the 30th round"),
    BlindFloors(score.everyday_blind(23), {"intent": 0.97, "owners": 0.97, "due": 1.0}, 0,
                "one wrong member owner on arrival (during the eighteenth round), none at its end"),
    BlindFloors(score.everyday_blind(24), {"intent": 0.96, "owners": 0.96, "due": 0.96}, 1,
                "one wrong member owner on arrival (the nineteenth round) and at its end"),
    BlindFloors(score.everyday_blind(25), {"intent": 0.94, "owners": 0.94, "due": 0.95}, 0,
                "three wrong member owners on arrival (the nineteenth round) and at its end, two after the twentieth, "
                "one after the twenty-second, none since the 30th round; intent half a point down in the 31st, a "
                "message the rules read as nothing now guessed (and confirmed before anything is done) by the "
                "retrained model"),
    BlindFloors(score.everyday_blind(26), {"intent": 0.94, "owners": 0.9, "due": 0.89}, 1,
                "one wrong member owner on arrival (during the nineteenth round) and at its end"),
    BlindFloors(score.everyday_blind(27), {"intent": 0.97, "owners": 0.96, "due": 0.98}, 0,
                "no wrong member owner on arrival (the twentieth round) nor at its end"),
    BlindFloors(score.everyday_blind(28), {"intent": 0.97, "owners": 0.93, "due": 0.98}, 0,
                "no wrong member owner on arrival (the twentieth round) nor at its end"),
    BlindFloors(score.everyday_blind(29), {"intent": 0.98, "owners": 0.95, "due": 0.98}, 0,
                "two wrong member owners on arrival (during the twentieth round), one at its end, none after the "
                "twenty-third"),
    BlindFloors(score.everyday_blind(30), {"intent": 0.96, "owners": 0.95, "due": 0.95}, 0,
                "no wrong member owner on arrival (the twenty-first round) nor at its end"),
    BlindFloors(score.everyday_blind(31), {"intent": 0.96, "owners": 0.95, "due": 0.97}, 0,
                "no wrong member owner on arrival (the twenty-first round) nor at its end"),
    BlindFloors(score.everyday_blind(32), {"intent": 0.96, "owners": 0.96, "due": 0.97}, 0,
                "no wrong member owner on arrival (during the twenty-first round) nor at its end"),
    BlindFloors(score.everyday_blind(33), {"intent": 0.96, "owners": 0.96, "due": 0.98}, 0,
                "one wrong member owner on arrival (the twenty-second round), none at its end"),
    BlindFloors(score.everyday_blind(34), {"intent": 0.97, "owners": 0.94, "due": 0.98}, 0,
                "one wrong member owner on arrival (the twenty-second round), none at its end"),
    BlindFloors(score.everyday_blind(35), {"intent": 0.98, "owners": 0.96, "due": 0.98}, 0,
                "two wrong member owners on arrival (the twenty-second round); none since the 30th round"),
    BlindFloors(score.everyday_blind(36), {"intent": 0.97, "owners": 0.99, "due": 1.0}, 0,
                "no wrong member owner on arrival (late in the twenty-second round) nor at its end"),
    BlindFloors(score.everyday_blind(37), {"intent": 0.96, "owners": 0.919, "due": 0.98}, 0,
                "one wrong member owner on arrival (late in the twenty-second round), none at its end"),
    BlindFloors(score.everyday_blind(38), {"intent": 0.98, "owners": 0.97, "due": 1.0}, 0,
                "no wrong member owner on arrival (the twenty-third round) nor at its end"),
    BlindFloors(score.everyday_blind(39), {"intent": 0.97, "owners": 0.98, "due": 1.0}, 0,
                "no wrong member owner on arrival (the twenty-third round) nor at its end"),
    BlindFloors(score.everyday_blind(40), {"intent": 0.98, "owners": 0.95, "due": 0.95}, 0,
                "no wrong member owner on arrival (the twenty-third round) nor at its end"),
    BlindFloors(score.everyday_blind(41), {"intent": 0.97, "owners": 0.96, "due": 0.96}, 0,
                "no wrong member owner on arrival (during the twenty-third round)"),
    BlindFloors(score.everyday_blind(42), {"intent": 0.96, "owners": 0.94, "due": 0.93}, 0,
                "no wrong member owner on arrival (during the twenty-third round) nor at its end"),
    BlindFloors(score.everyday_blind(43), {"intent": 0.98, "owners": 0.97, "due": 0.96}, 0,
                "no wrong member owner on arrival (the twenty-fourth round)"),
    BlindFloors(score.everyday_blind(44), {"intent": 0.96, "owners": 0.96, "due": 0.96}, 1,
                "one wrong member owner on arrival (the twenty-fourth round)"),
    BlindFloors(score.everyday_blind(45), {"intent": 0.96, "owners": 0.97, "due": 0.96}, 0,
                "no wrong member owner on arrival (the twenty-fourth round)"),
    BlindFloors(score.everyday_blind(46), {"intent": 0.98, "owners": 0.96, "due": 0.96}, 0,
                "no wrong member owner on arrival (the twenty-fourth round)"),
    BlindFloors(score.everyday_blind(47), {"intent": 0.99, "owners": 0.97, "due": 0.98}, 0,
                "no wrong member owner on arrival (during the twenty-fourth round)"),
    BlindFloors(score.everyday_blind(48), {"intent": 0.96, "owners": 0.99, "due": 0.98}, 0,
                "no wrong member owner on arrival (during the twenty-fourth round)"),
    BlindFloors(score.everyday_blind(49), {"intent": 0.97, "owners": 0.92, "due": 0.98}, 0,
                "one wrong member owner on arrival (the twenty-fifth round); none since the 34th round"),
    BlindFloors(score.everyday_blind(50), {"intent": 0.98, "owners": 0.97, "due": 0.98}, 0,
                "no wrong member owner on arrival (the twenty-fifth round)"),
    BlindFloors(score.everyday_blind(51), {"intent": 0.98, "owners": 0.99, "due": 0.96}, 0,
                "no wrong member owner on arrival (the twenty-fifth round)"),
    BlindFloors(score.everyday_blind(52), {"intent": 0.98, "owners": 0.97, "due": 0.98}, 0,
                "no wrong member owner on arrival (during the twenty-fifth round)"),
    BlindFloors(score.everyday_blind(53), {"intent": 0.97, "owners": 0.96, "due": 0.96}, 0,
                "one wrong member owner on arrival (during the twenty-fifth round); none since the 34th round"),
    BlindFloors(score.everyday_blind(54), {"intent": 0.97, "owners": 0.95, "due": 0.96}, 0,
                "one wrong member owner on arrival (late in the twenty-fifth round); none since the 34th round"),
    BlindFloors(score.everyday_blind(55), {"intent": 0.98, "owners": 0.95, "due": 0.96}, 1,
                "one wrong member owner on arrival (late in the twenty-fifth round)"),
    BlindFloors(score.everyday_blind(56), {"intent": 0.97, "owners": 0.97, "due": 0.95}, 1,
                "one wrong member owner on arrival (during the twenty-sixth round)"),
    BlindFloors(score.everyday_blind(57), {"intent": 0.98, "owners": 0.95, "due": 0.98}, 1,
                "one wrong member owner on arrival (during the twenty-sixth round)"),
    BlindFloors(score.everyday_blind(58), {"intent": 0.98, "owners": 0.94, "due": 1.0}, 0,
                "one wrong member owner on arrival (during the twenty-sixth round); none since the 30th round"),
    BlindFloors(score.everyday_blind(59), {"intent": 0.99, "owners": 0.97, "due": 1.0}, 0,
                "every target met on arrival (during the twenty-sixth round)"),
    BlindFloors(score.everyday_blind(60), {"intent": 0.97, "owners": 0.98, "due": 0.98}, 0,
                "every target met on arrival (during the twenty-sixth round)"),
    BlindFloors(score.everyday_blind(61), {"intent": 0.98, "owners": 0.97, "due": 0.98}, 0,
                "two wrong member owners on arrival (during the twenty-sixth round); none since the 30th round"),
    BlindFloors(score.everyday_blind(62), {"intent": 0.99, "owners": 0.98, "due": 0.96}, 0,
                "every target met on arrival (during the twenty-sixth round)"),
    BlindFloors(score.everyday_blind(63), {"intent": 0.96, "owners": 0.98, "due": 0.95}, 0,
                "every target met on arrival (late in the twenty-sixth round)"),
    BlindFloors(score.everyday_blind(64), {"intent": 0.98, "owners": 0.98, "due": 0.98}, 0,
                "every target met on arrival (late in the twenty-sixth round)"),
    BlindFloors(score.everyday_blind(65), {"intent": 0.97, "owners": 0.96, "due": 1.0}, 0,
                "every target met on arrival (late in the twenty-sixth round)"),
    BlindFloors(score.everyday_blind(66), {"intent": 0.97, "owners": 0.97, "due": 0.9}, 0,
                "due dates 90.0 on arrival (late in the twenty-sixth round)"),
    BlindFloors(score.everyday_blind(67), {"intent": 0.96, "owners": 0.94, "due": 0.98}, 0,
                "owners 94.7 on arrival (late in the twenty-sixth round)"),
    BlindFloors(score.everyday_blind(68), {"intent": 0.98, "owners": 0.99, "due": 1.0}, 0,
                "every target met on arrival (late in the twenty-sixth round)"),
    # intent floor one point lower since the 30th round: a guess that gave a wrong owner now reads nothing
    BlindFloors(score.everyday_blind(69), {"intent": 0.95, "owners": 0.93, "due": 1.0}, 0,
                "one wrong member owner on arrival (late in the twenty-sixth round); none since the 30th round"),
    BlindFloors(score.everyday_blind(70), {"intent": 0.98, "owners": 0.98, "due": 0.98}, 0,
                "every target met on arrival (late in the twenty-sixth round)"),
    BlindFloors(score.everyday_blind(71), {"intent": 0.97, "owners": 0.94, "due": 0.98}, 1,
                "three wrong member owners on arrival (the twenty-seventh round); two since the 30th round, one since "
                "the 31st"),
    BlindFloors(score.everyday_blind(72), {"intent": 0.97, "owners": 0.94, "due": 0.96}, 0,
                "one wrong member owner on arrival (the twenty-seventh round), none since the twenty-ninth"),
    BlindFloors(score.everyday_blind(73), {"intent": 0.97, "owners": 0.97, "due": 0.95}, 0,
                "every target met on arrival (the twenty-seventh round)"),
    BlindFloors(score.everyday_blind(74), {"intent": 0.96, "owners": 0.94, "due": 0.95}, 0,
                "owners 94.6 on arrival (the twenty-seventh round)"),
    BlindFloors(score.everyday_blind(75), {"intent": 0.98, "owners": 0.94, "due": 0.98}, 0,
                "owners 94.6 on arrival (the twenty-seventh round)"),
    BlindFloors(score.everyday_blind(76), {"intent": 0.97, "owners": 0.96, "due": 0.98}, 0,
                "every target met on arrival (the twenty-seventh round)"),
    BlindFloors(score.everyday_blind(77), {"intent": 0.96, "owners": 0.97, "due": 0.98}, 0,
                "every target met on arrival (the twenty-seventh round)"),
    BlindFloors(score.everyday_blind(78), {"intent": 0.99, "owners": 0.97, "due": 0.98}, 0,
                "every target met on arrival (the twenty-seventh round)"),
    BlindFloors(score.everyday_blind(79), {"intent": 0.97, "owners": 0.96, "due": 0.96}, 1,
                "one wrong member owner on arrival (the twenty-seventh round)"),
    BlindFloors(score.everyday_blind(80), {"intent": 0.98, "owners": 0.98, "due": 0.96}, 0,
                "every target met on arrival (the twenty-seventh round)"),
    BlindFloors(score.everyday_blind(81), {"intent": 0.97, "owners": 0.96, "due": 0.98}, 0,
                "every target met on arrival (the twenty-seventh round)"),
    BlindFloors(score.everyday_blind(82), {"intent": 0.96, "owners": 0.97, "due": 0.96}, 0,
                "every target met on arrival (the twenty-seventh round)"),
    BlindFloors(score.everyday_blind(83), {"intent": 0.98, "owners": 0.95, "due": 0.98}, 0,
                "every target met on arrival (late in the twenty-seventh round)"),
    BlindFloors(score.everyday_blind(84), {"intent": 0.98, "owners": 0.97, "due": 0.98}, 0,
                "every target met on arrival (late in the twenty-seventh round)"),
    BlindFloors(score.everyday_blind(85), {"intent": 0.97, "owners": 0.95, "due": 0.95}, 1,
                "one wrong member owner on arrival (late in the twenty-seventh round)"),
    BlindFloors(score.everyday_blind(86), {"intent": 0.98, "owners": 0.99, "due": 1.0}, 0,
                "every target met on arrival (late in the twenty-seventh round)"),
    BlindFloors(score.everyday_blind(87), {"intent": 0.96, "owners": 0.97, "due": 0.95}, 0,
                "one wrong member owner on arrival (the twenty-eighth round), none since the twenty-ninth"),
    BlindFloors(score.everyday_blind(88), {"intent": 0.97, "owners": 0.98, "due": 0.96}, 0,
                "every target met on arrival (the twenty-eighth round)"),
    BlindFloors(score.everyday_blind(89), {"intent": 0.98, "owners": 0.99, "due": 0.98}, 0,
                "every target met on arrival (the twenty-eighth round)"),
    BlindFloors(score.everyday_blind(90), {"intent": 0.97, "owners": 0.97, "due": 0.98}, 1,
                "one wrong member owner on arrival (the twenty-eighth round)"),
    BlindFloors(score.everyday_blind(91), {"intent": 0.99, "owners": 0.99, "due": 0.96}, 0,
                "every target met on arrival (the twenty-eighth round)"),
    BlindFloors(score.everyday_blind(92), {"intent": 0.97, "owners": 0.94, "due": 0.93}, 0,
                "no wrong member owner on arrival (the twenty-eighth round)"),
    BlindFloors(score.everyday_blind(93), {"intent": 0.97, "owners": 0.98, "due": 0.98}, 0,
                "every target met on arrival (the twenty-eighth round)"),
    BlindFloors(score.everyday_blind(94), {"intent": 0.98, "owners": 0.96, "due": 1.0}, 0,
                "every target met on arrival (the twenty-eighth round)"),
    BlindFloors(score.everyday_blind(95), {"intent": 0.97, "owners": 0.98, "due": 0.98}, 0,
                "one wrong member owner on arrival (the twenty-eighth round); none since the 30th round"),
    BlindFloors(score.everyday_blind(96), {"intent": 0.98, "owners": 0.98, "due": 1.0}, 0,
                "every target met on arrival (the twenty-eighth round); one guess moved with the model retrained on "
                "the round's sets (99.1 to 98.6 on intents)"),
    BlindFloors(score.everyday_blind(97), {"intent": 0.96, "owners": 0.96, "due": 0.96}, 0,
                "every target met on arrival (the twenty-eighth round); one guess moved with the model retrained in "
                "the twenty-ninth (96.8 to 96.4 on intents)"),
    BlindFloors(score.everyday_blind(98), {"intent": 0.97, "owners": 0.95, "due": 1.0}, 0,
                "every target met on arrival (the twenty-eighth round)"),
    BlindFloors(score.everyday_blind(99), {"intent": 0.99, "owners": 0.99, "due": 1.0}, 0,
                "every target met on arrival (late in the twenty-eighth round)"),
    BlindFloors(score.everyday_blind(100), {"intent": 0.97, "owners": 0.96, "due": 1.0}, 0,
                "every target met on arrival (late in the twenty-eighth round)"),
    BlindFloors(score.everyday_blind(101), {"intent": 0.99, "owners": 0.98, "due": 0.98}, 1,
                "one wrong member owner on arrival (late in the twenty-eighth round)"),
    BlindFloors(score.everyday_blind(102), {"intent": 0.97, "owners": 0.95, "due": 0.95}, 0,
                "every target met on arrival (late in the twenty-eighth round)"),
    BlindFloors(score.everyday_blind(103), {"intent": 0.97, "owners": 0.98, "due": 0.98}, 0,
                "every target met on arrival (the twenty-ninth round)"),
    BlindFloors(score.everyday_blind(104), {"intent": 0.98, "owners": 0.96, "due": 0.96}, 0,
                "every target met on arrival (the twenty-ninth round)"),
    # intent floor one point lower since the 30th round: a guess that gave a wrong owner now reads nothing
    BlindFloors(score.everyday_blind(105), {"intent": 0.98, "owners": 0.98, "due": 0.98}, 0,
                "one wrong member owner on arrival (the twenty-ninth round); none since the 30th round"),
    BlindFloors(score.everyday_blind(106), {"intent": 0.97, "owners": 0.97, "due": 1.0}, 0,
                "every target met on arrival (late in the twenty-ninth round)"),
    BlindFloors(score.everyday_blind(107), {"intent": 0.98, "owners": 0.96, "due": 0.98}, 0,
                "every target met on arrival (late in the twenty-ninth round)"),
    BlindFloors(score.everyday_blind(108), {"intent": 0.97, "owners": 0.96, "due": 1.0}, 1,
                "one wrong member owner on arrival (late in the twenty-ninth round)"),
    BlindFloors(score.everyday_blind(109), {"intent": 0.99, "owners": 0.98, "due": 1.0}, 0,
                "every target met on arrival (the thirtieth round)"),
    BlindFloors(score.everyday_blind(110), {"intent": 0.97, "owners": 0.97, "due": 1.0}, 0,
                "every target met on arrival (the thirtieth round)"),
    BlindFloors(score.everyday_blind(111), {"intent": 0.98, "owners": 0.99, "due": 0.98}, 0,
                "every target met on arrival (the thirtieth round)"),
    BlindFloors(score.everyday_blind(112), {"intent": 0.99, "owners": 1.0, "due": 1.0}, 0,
                "every target met on arrival (the thirtieth round)"),
    BlindFloors(score.everyday_blind(113), {"intent": 0.97, "owners": 0.99, "due": 1.0}, 0,
                "every target met on arrival (the thirtieth round)"),
    BlindFloors(score.everyday_blind(114), {"intent": 0.98, "owners": 0.99, "due": 1.0}, 0,
                "every target met on arrival (the thirtieth round)"),
    BlindFloors(score.everyday_blind(115), {"intent": 0.98, "owners": 0.98, "due": 0.98}, 0,
                "every target met on arrival (the thirty-first round)"),
    BlindFloors(score.everyday_blind(116), {"intent": 0.97, "owners": 0.98, "due": 0.98}, 0,
                "every target met on arrival (the thirty-first round)"),
    BlindFloors(score.everyday_blind(117), {"intent": 1.0, "owners": 0.98, "due": 0.98}, 0,
                "every target met on arrival (late in the thirty-first round)"),
    BlindFloors(score.everyday_blind(118), {"intent": 0.99, "owners": 0.99, "due": 1.0}, 0,
                "every target met on arrival (late in the thirty-first round)"),
    BlindFloors(score.everyday_blind(119), {"intent": 0.98, "owners": 0.98, "due": 0.98}, 0,
                "every target met on arrival (late in the thirty-first round)"),
    BlindFloors(score.everyday_blind(120), {"intent": 0.98, "owners": 0.96, "due": 0.98}, 0,
                "every target met on arrival (late in the thirty-first round)"),
    BlindFloors(score.everyday_blind(121), {"intent": 0.99, "owners": 1.0, "due": 1.0}, 0,
                "every target met on arrival (early in the thirty-second round)"),
    BlindFloors(score.everyday_blind(122), {"intent": 0.98, "owners": 0.94, "due": 0.95}, 0,
                "owners below target on arrival (early in the thirty-second round)"),
    BlindFloors(score.everyday_blind(123), {"intent": 0.99, "owners": 0.97, "due": 1.0}, 1,
                "one wrong member owner on arrival (early in the thirty-second round)"),
    BlindFloors(score.everyday_blind(124), {"intent": 0.97, "owners": 0.93, "due": 0.95}, 2,
                "owners below target and two wrong member owners on arrival (early in the thirty-second round)"),
    BlindFloors(score.everyday_blind(125), {"intent": 0.98, "owners": 1.0, "due": 1.0}, 0,
                "every target met on arrival (early in the thirty-second round)"),
    BlindFloors(score.everyday_blind(126), {"intent": 0.98, "owners": 0.97, "due": 0.98}, 1,
                "one wrong member owner on arrival (early in the thirty-second round)"),
    BlindFloors(score.everyday_blind(127), {"intent": 0.99, "owners": 0.99, "due": 1.0}, 0,
                "every target met on arrival (early in the thirty-third round)"),
    BlindFloors(score.everyday_blind(128), {"intent": 0.98, "owners": 0.99, "due": 1.0}, 0,
                "every target met on arrival (early in the thirty-third round)"),
    BlindFloors(score.everyday_blind(129), {"intent": 0.99, "owners": 0.96, "due": 0.96}, 2,
                "two wrong member owners on arrival (early in the thirty-third round)"),
    BlindFloors(score.everyday_blind(130), {"intent": 0.98, "owners": 0.98, "due": 0.98}, 0,
                "every target met on arrival (early in the thirty-third round)"),
    BlindFloors(score.everyday_blind(131), {"intent": 0.98, "owners": 0.99, "due": 0.98}, 0,
                "every target met on arrival (early in the thirty-third round)"),
    BlindFloors(score.everyday_blind(132), {"intent": 0.98, "owners": 0.98, "due": 0.98}, 0,
                "every target met on arrival (early in the thirty-third round)"),
    BlindFloors(score.everyday_blind(133), {"intent": 0.98, "owners": 0.98, "due": 0.98}, 0,
                "every target met on arrival (late in the thirty-third round)"),
    BlindFloors(score.everyday_blind(134), {"intent": 0.98, "owners": 0.98, "due": 0.96}, 1,
                "one wrong member owner on arrival (late in the thirty-third round)"),
    BlindFloors(score.everyday_blind(135), {"intent": 0.98, "owners": 0.98, "due": 1.0}, 0,
                "every target met on arrival (late in the thirty-third round)"),
    BlindFloors(score.everyday_blind(136), {"intent": 0.97, "owners": 0.99, "due": 0.98}, 0,
                "every target met on arrival (early in the thirty-fourth round)"),
    BlindFloors(score.everyday_blind(137), {"intent": 0.97, "owners": 0.96, "due": 0.98}, 0,
                "two wrong member owners on arrival (early in the thirty-fourth round), none at its end"),
    BlindFloors(score.everyday_blind(138), {"intent": 0.97, "owners": 0.97, "due": 0.95}, 0,
                "every target met on arrival (early in the thirty-fourth round)"),
    BlindFloors(score.everyday_blind(139), {"intent": 0.98, "owners": 0.97, "due": 1.0}, 0,
                "every target met on arrival (mid-way through the thirty-fourth round)"),
    BlindFloors(score.everyday_blind(140), {"intent": 0.98, "owners": 0.98, "due": 1.0}, 0,
                "every target met on arrival (mid-way through the thirty-fourth round)"),
    BlindFloors(score.everyday_blind(141), {"intent": 0.98, "owners": 0.97, "due": 0.96}, 1,
                "one wrong member owner on arrival (mid-way through the thirty-fourth round)"),
    BlindFloors(score.everyday_blind(142), {"intent": 0.98, "owners": 0.98, "due": 1.0}, 0,
                "every target met on arrival (late in the thirty-fourth round)"),
    BlindFloors(score.everyday_blind(143), {"intent": 0.98, "owners": 0.99, "due": 0.98}, 0,
                "every target met on arrival (late in the thirty-fourth round)"),
    BlindFloors(score.everyday_blind(144), {"intent": 0.97, "owners": 0.98, "due": 0.96}, 0,
                "every target met on arrival (late in the thirty-fourth round)"),
    BlindFloors(score.everyday_blind(145), {"intent": 0.98, "owners": 0.98, "due": 0.98}, 0,
                "every target met on arrival (the thirty-fifth round)"),
    BlindFloors(score.everyday_blind(146), {"intent": 0.98, "owners": 0.98, "due": 0.98}, 0,
                "every target met on arrival (the thirty-fifth round)"),
    BlindFloors(score.everyday_blind(147), {"intent": 0.98, "owners": 0.98, "due": 1.0}, 0,
                "every target met on arrival (the thirty-fifth round)"),
    BlindFloors(score.everyday_blind(148), {"intent": 0.97, "owners": 0.98, "due": 0.95}, 0,
                "every target met on arrival (the thirty-fifth round)"),
    BlindFloors(score.everyday_blind(149), {"intent": 0.98, "owners": 0.98, "due": 0.98}, 0,
                "every target met on arrival (the thirty-fifth round)"),
    BlindFloors(score.everyday_blind(150), {"intent": 0.98, "owners": 0.97, "due": 0.96}, 0,
                "every target met on arrival (the thirty-fifth round)"),
    BlindFloors(score.everyday_blind(151), {"intent": 0.98, "owners": 0.98, "due": 0.98}, 1,
                "one wrong member owner on arrival (the thirty-fifth round)"),
    BlindFloors(score.everyday_blind(152), {"intent": 0.98, "owners": 0.97, "due": 0.98}, 0,
                "every target met on arrival (the thirty-fifth round)"),
    BlindFloors(score.everyday_blind(153), {"intent": 0.98, "owners": 0.96, "due": 1.0}, 0,
                "every target met on arrival (the thirty-fifth round)"),
    BlindFloors(score.everyday_blind(154), {"intent": 1.0, "owners": 1.0, "due": 0.98}, 0,
                "every target met on arrival (late in the thirty-fifth round)"),
    BlindFloors(score.everyday_blind(155), {"intent": 0.98, "owners": 0.98, "due": 1.0}, 0,
                "every target met on arrival (late in the thirty-fifth round)"),
    BlindFloors(score.everyday_blind(156), {"intent": 1.0, "owners": 0.99, "due": 1.0}, 0,
                "every target met on arrival (late in the thirty-fifth round)"),
    BlindFloors(score.everyday_blind(157), {"intent": 0.99, "owners": 0.99, "due": 0.96}, 1,
                "one wrong member owner on arrival (late in the thirty-fifth round)"),
    BlindFloors(score.everyday_blind(158), {"intent": 0.97, "owners": 0.98, "due": 0.98}, 0,
                "no wrong member owner on arrival (the thirty-sixth round)"),
    BlindFloors(score.everyday_blind(159), {"intent": 0.99, "owners": 0.96, "due": 1.0}, 0,
                "no wrong member owner on arrival (the thirty-sixth round)"),
    BlindFloors(score.everyday_blind(160), {"intent": 0.99, "owners": 0.99, "due": 0.98}, 0,
                "no wrong member owner on arrival (the thirty-sixth round)"),
    BlindFloors(score.everyday_blind(161), {"intent": 0.98, "owners": 0.95, "due": 0.96}, 0,
                "no wrong member owner on arrival (the thirty-sixth round)"),
    BlindFloors(score.everyday_blind(162), {"intent": 0.97, "owners": 0.98, "due": 0.96}, 0,
                "no wrong member owner on arrival (the thirty-sixth round)"),
    BlindFloors(score.everyday_blind(163), {"intent": 0.99, "owners": 0.97, "due": 0.98}, 0,
                "no wrong member owner on arrival (the thirty-sixth round)"),
    BlindFloors(score.everyday_blind(164), {"intent": 0.99, "owners": 0.97, "due": 0.98}, 0,
                "no wrong member owner on arrival (the thirty-sixth round)"),
    BlindFloors(score.everyday_blind(165), {"intent": 0.98, "owners": 1.0, "due": 1.0}, 0,
                "no wrong member owner on arrival (the thirty-sixth round)"),
    BlindFloors(score.everyday_blind(166), {"intent": 0.97, "owners": 0.98, "due": 0.96}, 0,
                "no wrong member owner on arrival (the thirty-sixth round)"),
    BlindFloors(score.everyday_blind(167), {"intent": 0.99, "owners": 0.99, "due": 0.98}, 0,
                "no wrong member owner on arrival (the thirty-seventh round)"),
    BlindFloors(score.everyday_blind(168), {"intent": 0.98, "owners": 0.97, "due": 1.0}, 0,
                "no wrong member owner on arrival (the thirty-seventh round)"),
    BlindFloors(score.everyday_blind(169), {"intent": 0.97, "owners": 0.95, "due": 1.0}, 1,
                "one wrong member owner on arrival (the thirty-seventh round)"),
    BlindFloors(score.everyday_blind(170), {"intent": 0.99, "owners": 0.97, "due": 1.0}, 1,
                "one wrong member owner on arrival (the thirty-seventh round)"),
    BlindFloors(score.everyday_blind(171), {"intent": 0.98, "owners": 0.98, "due": 0.98}, 0,
                "no wrong member owner on arrival (the thirty-seventh round)"),
    BlindFloors(score.everyday_blind(172), {"intent": 0.97, "owners": 0.95, "due": 0.96}, 2,
                "two wrong member owners on arrival (the thirty-seventh round)"),
    BlindFloors(score.everyday_blind(173), {"intent": 0.99, "owners": 0.98, "due": 0.95}, 0,
                "no wrong member owner on arrival (the thirty-seventh round)"),
    BlindFloors(score.everyday_blind(174), {"intent": 0.98, "owners": 1.0, "due": 1.0}, 0,
                "no wrong member owner on arrival (the thirty-seventh round)"),
    BlindFloors(score.everyday_blind(175), {"intent": 0.99, "owners": 0.99, "due": 1.0}, 0,
                "no wrong member owner on arrival (late in the thirty-seventh round)"),
    BlindFloors(score.everyday_blind(176), {"intent": 1.0, "owners": 0.98, "due": 1.0}, 0,
                "no wrong member owner on arrival (late in the thirty-seventh round)"),
    BlindFloors(score.everyday_blind(177), {"intent": 0.97, "owners": 0.97, "due": 1.0}, 0,
                "no wrong member owner on arrival (late in the thirty-seventh round)"),
    BlindFloors(score.everyday_blind(178), {"intent": 0.96, "owners": 0.96, "due": 0.98}, 0,
                "no wrong member owner on arrival (late in the thirty-seventh round)"),
    BlindFloors(score.everyday_blind(179), {"intent": 0.98, "owners": 0.98, "due": 0.98}, 0,
                "no wrong member owner on arrival (late in the thirty-seventh round)"),
    BlindFloors(score.everyday_blind(180), {"intent": 0.98, "owners": 0.97, "due": 1.0}, 0,
                "no wrong member owner on arrival (late in the thirty-seventh round)"),
    BlindFloors(score.everyday_blind(181), {"intent": 0.98, "owners": 0.99, "due": 1.0}, 0,
                "no wrong member owner on arrival (late in the thirty-seventh round)"),
    BlindFloors(score.everyday_blind(182), {"intent": 0.97, "owners": 0.97, "due": 0.95}, 1,
                "one wrong member owner on arrival (late in the thirty-seventh round)"),
    BlindFloors(score.everyday_blind(183), {"intent": 0.98, "owners": 0.97, "due": 0.95}, 1,
                "one wrong member owner on arrival (start of the thirty-eighth round)"),
    BlindFloors(score.everyday_blind(184), {"intent": 0.99, "owners": 0.99, "due": 1.0}, 0,
                "no wrong member owner on arrival (start of the thirty-eighth round)"),
    BlindFloors(score.everyday_blind(185), {"intent": 0.98, "owners": 0.98, "due": 1.0}, 0,
                "no wrong member owner on arrival (start of the thirty-eighth round)"),
    BlindFloors(score.everyday_blind(186), {"intent": 0.99, "owners": 0.98, "due": 0.98}, 0,
                "no wrong member owner on arrival (start of the thirty-eighth round)"),
    BlindFloors(score.everyday_blind(187), {"intent": 0.98, "owners": 0.98, "due": 0.98}, 1,
                "one wrong member owner on arrival (start of the thirty-eighth round)"),
    BlindFloors(score.everyday_blind(188), {"intent": 0.98, "owners": 0.99, "due": 1.0}, 0,
                "no wrong member owner on arrival (start of the thirty-eighth round)"),
    BlindFloors(score.everyday_blind(189), {"intent": 0.98, "owners": 0.96, "due": 0.96}, 1,
                "one wrong member owner on arrival (start of the thirty-eighth round)"),
    BlindFloors(score.everyday_blind(190), {"intent": 0.99, "owners": 1.0, "due": 1.0}, 0,
                "no wrong member owner on arrival (start of the thirty-eighth round)"),
    BlindFloors(score.everyday_blind(191), {"intent": 0.99, "owners": 0.99, "due": 0.98}, 0,
                "no wrong member owner on arrival (late in the thirty-eighth round)"),
    BlindFloors(score.everyday_blind(192), {"intent": 0.98, "owners": 0.97, "due": 0.98}, 0,
                "no wrong member owner on arrival (late in the thirty-eighth round)"),
    BlindFloors(score.everyday_blind(193), {"intent": 0.99, "owners": 0.98, "due": 1.0}, 0,
                "no wrong member owner on arrival (late in the thirty-eighth round)"),
    BlindFloors(score.everyday_blind(194), {"intent": 0.97, "owners": 0.97, "due": 0.98}, 0,
                "no wrong member owner on arrival (late in the thirty-eighth round)"),
    BlindFloors(score.everyday_blind(195), {"intent": 0.98, "owners": 0.96, "due": 0.98}, 1,
                "one wrong member owner on arrival (late in the thirty-eighth round)"),
    BlindFloors(score.everyday_blind(196), {"intent": 0.99, "owners": 0.98, "due": 1.0}, 0,
                "no wrong member owner on arrival (late in the thirty-eighth round)"),
    BlindFloors(score.everyday_blind(197), {"intent": 0.99, "owners": 0.99, "due": 0.96}, 0,
                "no wrong member owner on arrival (late in the thirty-eighth round)"),
    BlindFloors(score.everyday_blind(198), {"intent": 0.99, "owners": 0.98, "due": 1.0}, 0,
                "no wrong member owner on arrival (late in the thirty-eighth round)"),
    BlindFloors(score.everyday_blind(199), {"intent": 0.99, "owners": 0.99, "due": 1.0}, 0,
                "no wrong member owner on arrival (early in the thirty-ninth round)"),
    BlindFloors(score.everyday_blind(200), {"intent": 0.98, "owners": 0.98, "due": 0.96}, 0,
                "no wrong member owner on arrival (early in the thirty-ninth round)"),
    BlindFloors(score.everyday_blind(201), {"intent": 0.99, "owners": 0.99, "due": 1.0}, 0,
                "no wrong member owner on arrival (early in the thirty-ninth round)"),
    BlindFloors(score.everyday_blind(202), {"intent": 0.98, "owners": 0.95, "due": 0.98}, 0,
                "no wrong member owner on arrival (early in the thirty-ninth round)"),
    BlindFloors(score.everyday_blind(203), {"intent": 0.98, "owners": 0.99, "due": 0.98}, 0,
                "no wrong member owner on arrival (early in the thirty-ninth round)"),
    BlindFloors(score.everyday_blind(204), {"intent": 0.98, "owners": 0.99, "due": 0.98}, 0,
                "no wrong member owner on arrival (early in the thirty-ninth round)"),
    BlindFloors(score.everyday_blind(205), {"intent": 0.98, "owners": 0.98, "due": 1.0}, 0,
                "no wrong member owner on arrival (early in the thirty-ninth round)"),
    BlindFloors(score.everyday_blind(206), {"intent": 0.99, "owners": 0.98, "due": 0.98}, 0,
                "no wrong member owner on arrival (early in the thirty-ninth round)"),
    BlindFloors(score.everyday_blind(207), {"intent": 0.98, "owners": 0.95, "due": 1.0}, 1,
                "one wrong member owner on arrival (in the middle of the thirty-ninth round)"),
    BlindFloors(score.everyday_blind(208), {"intent": 0.99, "owners": 0.98, "due": 1.0}, 0,
                "no wrong member owner on arrival (in the middle of the thirty-ninth round)"),
    BlindFloors(score.everyday_blind(209), {"intent": 0.98, "owners": 0.99, "due": 0.95}, 0,
                "no wrong member owner on arrival (in the middle of the thirty-ninth round)"),
    BlindFloors(score.everyday_blind(210), {"intent": 0.99, "owners": 0.98, "due": 1.0}, 0,
                "no wrong member owner on arrival (in the middle of the thirty-ninth round)"),
    BlindFloors(score.everyday_blind(211), {"intent": 0.97, "owners": 0.98, "due": 0.98}, 0,
                "no wrong member owner on arrival (late in the thirty-ninth round)"),
    BlindFloors(score.everyday_blind(212), {"intent": 0.98, "owners": 0.97, "due": 0.96}, 0,
                "no wrong member owner on arrival (late in the thirty-ninth round)"),
    BlindFloors(score.everyday_blind(213), {"intent": 0.99, "owners": 0.99, "due": 0.98}, 0,
                "no wrong member owner on arrival (late in the thirty-ninth round)"),
    BlindFloors(score.everyday_blind(214), {"intent": 0.96, "owners": 0.97, "due": 0.98}, 0,
                "no wrong member owner on arrival (late in the thirty-ninth round)"),
    BlindFloors(score.everyday_blind(215), {"intent": 0.99, "owners": 0.99, "due": 1.0}, 0,
                "no wrong member owner on arrival (early in the fortieth round)"),
    BlindFloors(score.everyday_blind(216), {"intent": 0.97, "owners": 0.95, "due": 0.96}, 1,
                "1 wrong member owner on arrival (early in the fortieth round)"),
    BlindFloors(score.everyday_blind(217), {"intent": 0.96, "owners": 0.96, "due": 0.96}, 0,
                "no wrong member owner on arrival (early in the fortieth round)"),
    BlindFloors(score.everyday_blind(218), {"intent": 1.0, "owners": 1.0, "due": 1.0}, 0,
                "no wrong member owner on arrival (early in the fortieth round)"),
    BlindFloors(score.everyday_blind(219), {"intent": 0.98, "owners": 0.99, "due": 1.0}, 0,
                "no wrong member owner on arrival (early in the fortieth round)"),
    BlindFloors(score.everyday_blind(220), {"intent": 0.99, "owners": 0.96, "due": 0.98}, 0,
                "no wrong member owner on arrival (early in the fortieth round)"),
    BlindFloors(score.everyday_blind(221), {"intent": 0.97, "owners": 0.97, "due": 0.98}, 0,
                "no wrong member owner on arrival (early in the fortieth round)"),
    BlindFloors(score.everyday_blind(222), {"intent": 0.99, "owners": 0.95, "due": 1.0}, 0,
                "no wrong member owner on arrival (early in the fortieth round)"),
    BlindFloors(score.everyday_blind(223), {"intent": 0.97, "owners": 0.96, "due": 0.98}, 1,
                "1 wrong member owner on arrival (late in the fortieth round)"),
    BlindFloors(score.everyday_blind(224), {"intent": 0.99, "owners": 0.98, "due": 1.0}, 0,
                "no wrong member owner on arrival (late in the fortieth round)"),
    BlindFloors(score.everyday_blind(225), {"intent": 1.0, "owners": 1.0, "due": 1.0}, 0,
                "no wrong member owner on arrival (late in the fortieth round)"),
    BlindFloors(score.everyday_blind(226), {"intent": 0.99, "owners": 0.97, "due": 1.0}, 1,
                "1 wrong member owner on arrival (late in the fortieth round)"),
    BlindFloors(score.everyday_blind(227), {"intent": 0.98, "owners": 0.98, "due": 0.98}, 0,
                "no wrong member owner on arrival (last batch of the fortieth round)"),
    BlindFloors(score.everyday_blind(228), {"intent": 0.97, "owners": 0.97, "due": 0.96}, 0,
                "no wrong member owner on arrival (last batch of the fortieth round)"),
    BlindFloors(score.everyday_blind(229), {"intent": 0.99, "owners": 0.97, "due": 0.98}, 0,
                "no wrong member owner on arrival (last batch of the fortieth round)"),
    BlindFloors(score.everyday_blind(230), {"intent": 0.99, "owners": 0.98, "due": 1.0}, 0,
                "no wrong member owner on arrival (last batch of the fortieth round)"),
    BlindFloors(score.everyday_blind(231), {"intent": 0.99, "owners": 0.97, "due": 1.0}, 0,
                "no wrong member owner on arrival (early in the forty-first round)"),
    BlindFloors(score.everyday_blind(232), {"intent": 0.98, "owners": 0.97, "due": 0.98}, 0,
                "no wrong member owner on arrival (early in the forty-first round)"),
    BlindFloors(score.everyday_blind(233), {"intent": 0.98, "owners": 0.97, "due": 0.98}, 0,
                "no wrong member owner on arrival (early in the forty-first round)"),
    BlindFloors(score.everyday_blind(234), {"intent": 0.98, "owners": 0.94, "due": 0.96}, 0,
                "no wrong member owner on arrival (early in the forty-first round)"),
    BlindFloors(score.everyday_blind(235), {"intent": 0.99, "owners": 0.97, "due": 0.96}, 0,
                "no wrong member owner on arrival (mid forty-first round)"),
    BlindFloors(score.everyday_blind(236), {"intent": 0.97, "owners": 0.97, "due": 0.95}, 0,
                "no wrong member owner on arrival (mid forty-first round)"),
    BlindFloors(score.everyday_blind(237), {"intent": 0.99, "owners": 1.0, "due": 1.0}, 0,
                "no wrong member owner on arrival (mid forty-first round)"),
    BlindFloors(score.everyday_blind(238), {"intent": 0.98, "owners": 0.97, "due": 1.0}, 0,
                "no wrong member owner on arrival (late in the forty-first round)"),
    BlindFloors(score.everyday_blind(239), {"intent": 0.98, "owners": 0.96, "due": 1.0}, 0,
                "no wrong member owner on arrival (late in the forty-first round)"),
    BlindFloors(score.everyday_blind(240), {"intent": 0.99, "owners": 0.98, "due": 1.0}, 0,
                "no wrong member owner on arrival (late in the forty-first round)"),
    BlindFloors(score.everyday_blind(241), {"intent": 0.98, "owners": 0.99, "due": 0.98}, 0,
                "no wrong member owner on arrival (late in the forty-first round)"),
    BlindFloors(score.everyday_blind(242), {"intent": 0.99, "owners": 0.97, "due": 1.0}, 1,
                "1 wrong member owner on arrival (late in the forty-first round)"),
    BlindFloors(score.everyday_blind(243), {"intent": 0.99, "owners": 0.99, "due": 1.0}, 0,
                "no wrong member owner on arrival (late in the forty-first round)"),
    BlindFloors(score.everyday_blind(244), {"intent": 0.98, "owners": 0.99, "due": 0.98}, 0,
                "no wrong member owner on arrival (last batch of the forty-first round)"),
    BlindFloors(score.everyday_blind(245), {"intent": 0.99, "owners": 0.99, "due": 0.96}, 0,
                "no wrong member owner on arrival (last batch of the forty-first round)"),
    BlindFloors(score.everyday_blind(246), {"intent": 0.99, "owners": 1.0, "due": 1.0}, 0,
                "no wrong member owner on arrival (last batch of the forty-first round)"),
    BlindFloors(score.everyday_blind(247), {"intent": 0.99, "owners": 1.0, "due": 1.0}, 0,
                "no wrong member owner on arrival (first batch of the forty-second round)"),
    BlindFloors(score.everyday_blind(248), {"intent": 0.98, "owners": 0.99, "due": 0.98}, 0,
                "no wrong member owner on arrival (first batch of the forty-second round)"),
    BlindFloors(score.everyday_blind(249), {"intent": 0.99, "owners": 0.99, "due": 0.98}, 0,
                "no wrong member owner on arrival (first batch of the forty-second round)"),
    BlindFloors(score.everyday_blind(250), {"intent": 0.97, "owners": 0.98, "due": 0.96}, 0,
                "no wrong member owner on arrival (first batch of the forty-second round)"),
    BlindFloors(score.everyday_blind(251), {"intent": 0.98, "owners": 0.97, "due": 0.98}, 0,
                "no wrong member owner on arrival (second batch of the forty-second round)"),
    BlindFloors(score.everyday_blind(252), {"intent": 0.98, "owners": 0.98, "due": 0.98}, 0,
                "no wrong member owner on arrival (second batch of the forty-second round)"),
    BlindFloors(score.everyday_blind(253), {"intent": 0.99, "owners": 0.98, "due": 1.0}, 0,
                "no wrong member owner on arrival (second batch of the forty-second round)"),
    BlindFloors(score.everyday_blind(254), {"intent": 0.99, "owners": 1.0, "due": 1.0}, 0,
                "no wrong member owner on arrival (second batch of the forty-second round)"),
    BlindFloors(score.everyday_blind(255), {"intent": 0.99, "owners": 0.97, "due": 0.96}, 0,
                "no wrong member owner on arrival (third batch of the forty-second round)"),
    BlindFloors(score.everyday_blind(256), {"intent": 0.98, "owners": 0.96, "due": 1.0}, 0,
                "no wrong member owner on arrival (third batch of the forty-second round)"),
    BlindFloors(score.everyday_blind(257), {"intent": 0.99, "owners": 0.99, "due": 1.0}, 0,
                "no wrong member owner on arrival (third batch of the forty-second round)"),
    BlindFloors(score.everyday_blind(258), {"intent": 0.98, "owners": 0.99, "due": 0.98}, 0,
                "no wrong member owner on arrival (third batch of the forty-second round)"),
    BlindFloors(score.everyday_blind(259), {"intent": 0.98, "owners": 0.99, "due": 0.98}, 0,
                "no wrong member owner on arrival (last batch of the forty-second round)"),
    BlindFloors(score.everyday_blind(260), {"intent": 0.98, "owners": 0.97, "due": 0.96}, 0,
                "no wrong member owner on arrival (last batch of the forty-second round)"),
    BlindFloors(score.everyday_blind(261), {"intent": 1.0, "owners": 1.0, "due": 1.0}, 0,
                "no wrong member owner on arrival (last batch of the forty-second round)"),
    BlindFloors(score.everyday_blind(262), {"intent": 0.99, "owners": 0.99, "due": 1.0}, 0,
                "no wrong member owner on arrival (last batch of the forty-second round)"),
    BlindFloors(score.everyday_blind(263), {"intent": 0.99, "owners": 0.98, "due": 1.0}, 0,
                "no wrong member owner on arrival (first batch of the forty-third round)"),
    BlindFloors(score.everyday_blind(264), {"intent": 0.99, "owners": 0.99, "due": 1.0}, 0,
                "no wrong member owner on arrival (first batch of the forty-third round)"),
    BlindFloors(score.everyday_blind(265), {"intent": 0.97, "owners": 0.99, "due": 0.98}, 0,
                "no wrong member owner on arrival (first batch of the forty-third round)"),
    BlindFloors(score.everyday_blind(266), {"intent": 0.98, "owners": 0.99, "due": 0.96}, 0,
                "no wrong member owner on arrival (first batch of the forty-third round)"),
    BlindFloors(score.everyday_blind(267), {"intent": 0.98, "owners": 0.98, "due": 0.93}, 0,
                "no wrong member owner on arrival (first batch of the forty-third round)"),
    BlindFloors(score.everyday_blind(268), {"intent": 0.97, "owners": 0.99, "due": 0.98}, 0,
                "no wrong member owner on arrival (first batch of the forty-third round)"),
    BlindFloors(score.everyday_blind(269), {"intent": 0.98, "owners": 0.99, "due": 0.98}, 0,
                "no wrong member owner on arrival (first batch of the forty-third round)"),
    BlindFloors(score.everyday_blind(270), {"intent": 0.98, "owners": 0.98, "due": 0.98}, 0,
                "no wrong member owner on arrival (first batch of the forty-third round)"),
    BlindFloors(score.everyday_blind(271), {"intent": 0.98, "owners": 0.96, "due": 0.95}, 0,
                "no wrong member owner on arrival (second batch of the forty-third round)"),
    BlindFloors(score.everyday_blind(272), {"intent": 0.98, "owners": 0.99, "due": 1.0}, 1,
                "1 wrong member owner on arrival (second batch of the forty-third round)"),
    BlindFloors(score.everyday_blind(273), {"intent": 0.98, "owners": 0.96, "due": 0.98}, 0,
                "no wrong member owner on arrival (second batch of the forty-third round)"),
    BlindFloors(score.everyday_blind(274), {"intent": 0.98, "owners": 0.96, "due": 0.98}, 0,
                "no wrong member owner on arrival (second batch of the forty-third round)"),
    BlindFloors(score.everyday_blind(275), {"intent": 0.99, "owners": 0.97, "due": 0.98}, 0,
                "no wrong member owner on arrival (second batch of the forty-third round)"),
    BlindFloors(score.everyday_blind(276), {"intent": 0.96, "owners": 0.95, "due": 0.96}, 0,
                "no wrong member owner on arrival (second batch of the forty-third round)"),
    BlindFloors(score.everyday_blind(277), {"intent": 0.99, "owners": 1.0, "due": 0.98}, 0,
                "no wrong member owner on arrival (second batch of the forty-third round)"),
    BlindFloors(score.everyday_blind(278), {"intent": 0.99, "owners": 1.0, "due": 1.0}, 0,
                "no wrong member owner on arrival (second batch of the forty-third round)"),
    BlindFloors(score.everyday_blind(279), {"intent": 0.99, "owners": 1.0, "due": 0.98}, 0,
                "no wrong member owner on arrival (last batch of the forty-third round)"),
    BlindFloors(score.everyday_blind(280), {"intent": 0.99, "owners": 0.98, "due": 0.98}, 0,
                "no wrong member owner on arrival (last batch of the forty-third round)"),
    BlindFloors(score.everyday_blind(281), {"intent": 0.98, "owners": 0.96, "due": 0.98}, 0,
                "no wrong member owner on arrival (last batch of the forty-third round)"),
    BlindFloors(score.everyday_blind(282), {"intent": 1.0, "owners": 1.0, "due": 0.98}, 0,
                "no wrong member owner on arrival (last batch of the forty-third round)"),
    BlindFloors(score.everyday_blind(283), {"intent": 0.99, "owners": 1.0, "due": 1.0}, 0,
                "no wrong member owner on arrival (last batch of the forty-third round)"),
    BlindFloors(score.everyday_blind(284), {"intent": 0.99, "owners": 0.99, "due": 0.98}, 0,
                "no wrong member owner on arrival (last batch of the forty-third round)"),
    BlindFloors(score.everyday_blind(285), {"intent": 0.98, "owners": 0.99, "due": 0.95}, 0,
                "no wrong member owner on arrival (last batch of the forty-third round)"),
    BlindFloors(score.everyday_blind(286), {"intent": 0.96, "owners": 0.97, "due": 0.95}, 0,
                "no wrong member owner on arrival (last batch of the forty-third round)"),
    BlindFloors(score.everyday_blind(287), {"intent": 0.99, "owners": 0.99, "due": 1.0}, 0,
                "one wrong member owner on arrival (first batch of the forty-fourth round), none at its end"),
    BlindFloors(score.everyday_blind(288), {"intent": 0.96, "owners": 0.99, "due": 0.96}, 0,
                "no wrong member owner on arrival (first batch of the forty-fourth round)"),
    BlindFloors(score.everyday_blind(289), {"intent": 0.99, "owners": 0.99, "due": 1.0}, 0,
                "no wrong member owner on arrival (first batch of the forty-fourth round)"),
    BlindFloors(score.everyday_blind(290), {"intent": 0.99, "owners": 1.0, "due": 0.96}, 0,
                "no wrong member owner on arrival (first batch of the forty-fourth round)"),
    BlindFloors(score.everyday_blind(291), {"intent": 0.99, "owners": 0.99, "due": 1.0}, 0,
                "no wrong member owner on arrival (first batch of the forty-fourth round)"),
    BlindFloors(score.everyday_blind(292), {"intent": 0.98, "owners": 0.97, "due": 0.98}, 0,
                "no wrong member owner on arrival (first batch of the forty-fourth round)"),
    BlindFloors(score.everyday_blind(293), {"intent": 0.98, "owners": 0.98, "due": 0.96}, 0,
                "no wrong member owner on arrival (first batch of the forty-fourth round)"),
    BlindFloors(score.everyday_blind(294), {"intent": 0.99, "owners": 0.99, "due": 0.98}, 0,
                "no wrong member owner on arrival (first batch of the forty-fourth round)"),
    BlindFloors(score.everyday_blind(295), {"intent": 0.98, "owners": 0.96, "due": 1.0}, 0,
                "no wrong member owner on arrival (second batch of the forty-fourth round)"),
    BlindFloors(score.everyday_blind(296), {"intent": 0.99, "owners": 1.0, "due": 1.0}, 0,
                "no wrong member owner on arrival (second batch of the forty-fourth round)"),
    BlindFloors(score.everyday_blind(297), {"intent": 0.99, "owners": 0.98, "due": 1.0}, 0,
                "no wrong member owner on arrival (second batch of the forty-fourth round)"),
    BlindFloors(score.everyday_blind(298), {"intent": 0.99, "owners": 0.99, "due": 1.0}, 0,
                "no wrong member owner on arrival (second batch of the forty-fourth round)"),
    BlindFloors(score.everyday_blind(299), {"intent": 1.0, "owners": 0.99, "due": 1.0}, 0,
                "no wrong member owner on arrival (second batch of the forty-fourth round)"),
    BlindFloors(score.everyday_blind(300), {"intent": 0.98, "owners": 0.98, "due": 0.98}, 0,
                "no wrong member owner on arrival (second batch of the forty-fourth round)"),
    BlindFloors(score.everyday_blind(301), {"intent": 0.99, "owners": 0.99, "due": 1.0}, 0,
                "no wrong member owner on arrival (last batch of the forty-fourth round)"),
    BlindFloors(score.everyday_blind(302), {"intent": 0.98, "owners": 0.98, "due": 1.0}, 0,
                "no wrong member owner on arrival (last batch of the forty-fourth round)"),
    BlindFloors(score.everyday_blind(303), {"intent": 0.98, "owners": 0.97, "due": 1.0}, 0,
                "no wrong member owner on arrival (last batch of the forty-fourth round)"),
    BlindFloors(score.everyday_blind(304), {"intent": 0.98, "owners": 0.99, "due": 1.0}, 0,
                "no wrong member owner on arrival (last batch of the forty-fourth round)"),
    BlindFloors(score.everyday_blind(305), {"intent": 0.98, "owners": 0.98, "due": 0.96}, 0,
                "no wrong member owner on arrival (last batch of the forty-fourth round)"),
    BlindFloors(score.everyday_blind(306), {"intent": 0.98, "owners": 1.0, "due": 0.98}, 0,
                "no wrong member owner on arrival (last batch of the forty-fourth round)"),
    BlindFloors(score.everyday_blind(307), {"intent": 1.0, "owners": 0.99, "due": 1.0}, 0,
                "no wrong member owner on arrival (last batch of the forty-fourth round)"),
    BlindFloors(score.everyday_blind(308), {"intent": 0.98, "owners": 0.97, "due": 0.98}, 0,
                "no wrong member owner on arrival (last batch of the forty-fourth round)"),
    BlindFloors(score.everyday_blind(309), {"intent": 0.97, "owners": 0.96, "due": 0.93}, 0,
                "no wrong member owner on arrival (closing batch of the forty-fourth round)"),
    BlindFloors(score.everyday_blind(310), {"intent": 0.98, "owners": 0.97, "due": 1.0}, 0,
                "no wrong member owner on arrival (closing batch of the forty-fourth round)"),
    BlindFloors(score.everyday_blind(311), {"intent": 0.96, "owners": 0.95, "due": 0.98}, 0,
                "no wrong member owner on arrival (closing batch of the forty-fourth round)"),
    BlindFloors(score.everyday_blind(312), {"intent": 0.99, "owners": 1.0, "due": 1.0}, 0,
                "no wrong member owner on arrival (closing batch of the forty-fourth round)"),
    BlindFloors(score.everyday_blind(313), {"intent": 0.98, "owners": 0.99, "due": 0.98}, 0,
                "no wrong member owner on arrival (closing batch of the forty-fourth round)"),
    BlindFloors(score.everyday_blind(314), {"intent": 0.98, "owners": 0.97, "due": 1.0}, 0,
                "no wrong member owner on arrival (closing batch of the forty-fourth round)"),
    BlindFloors(score.everyday_blind(315), {"intent": 0.99, "owners": 0.97, "due": 0.98}, 0,
                "one wrong member owner on arrival (closing batch of the forty-fourth round), none at its end"),
    BlindFloors(score.everyday_blind(316), {"intent": 1.0, "owners": 0.99, "due": 1.0}, 0,
                "no wrong member owner on arrival (closing batch of the forty-fourth round)"),
    BlindFloors(score.everyday_blind(317), {"intent": 0.99, "owners": 0.99, "due": 0.98}, 0,
                "no wrong member owner on arrival (first batch of the forty-fifth round)"),
    BlindFloors(score.everyday_blind(318), {"intent": 0.97, "owners": 0.97, "due": 0.98}, 0,
                "no wrong member owner on arrival (first batch of the forty-fifth round)"),
    BlindFloors(score.everyday_blind(319), {"intent": 0.99, "owners": 0.99, "due": 1.0}, 0,
                "no wrong member owner on arrival (first batch of the forty-fifth round)"),
    BlindFloors(score.everyday_blind(320), {"intent": 0.99, "owners": 0.99, "due": 1.0}, 0,
                "no wrong member owner on arrival (first batch of the forty-fifth round)"),
    BlindFloors(score.everyday_blind(321), {"intent": 1.0, "owners": 0.99, "due": 1.0}, 0,
                "no wrong member owner on arrival (first batch of the forty-fifth round)"),
    BlindFloors(score.everyday_blind(322), {"intent": 0.97, "owners": 1.0, "due": 1.0}, 0,
                "no wrong member owner on arrival (first batch of the forty-fifth round)"),
    BlindFloors(score.everyday_blind(323), {"intent": 0.99, "owners": 0.99, "due": 1.0}, 0,
                "no wrong member owner on arrival (first batch of the forty-fifth round)"),
    BlindFloors(score.everyday_blind(324), {"intent": 0.98, "owners": 0.98, "due": 0.98}, 0,
                "one wrong member owner on arrival (first batch of the forty-fifth round), none at its end"),
    BlindFloors(score.everyday_blind(325), {"intent": 0.99, "owners": 1.0, "due": 1.0}, 0,
                "no wrong member owner on arrival (second batch of the forty-fifth round)"),
    BlindFloors(score.everyday_blind(326), {"intent": 0.99, "owners": 0.99, "due": 0.98}, 0,
                "no wrong member owner on arrival (second batch of the forty-fifth round)"),
    BlindFloors(score.everyday_blind(327), {"intent": 0.99, "owners": 1.0, "due": 0.98}, 0,
                "no wrong member owner on arrival (second batch of the forty-fifth round)"),
    BlindFloors(score.everyday_blind(328), {"intent": 0.99, "owners": 1.0, "due": 0.98}, 0,
                "no wrong member owner on arrival (second batch of the forty-fifth round)"),
    BlindFloors(score.everyday_blind(329), {"intent": 0.99, "owners": 0.98, "due": 1.0}, 0,
                "one wrong member owner on arrival (third batch of the forty-fifth round), none at its end"),
    BlindFloors(score.everyday_blind(330), {"intent": 1.0, "owners": 0.99, "due": 1.0}, 0,
                "no wrong member owner on arrival (third batch of the forty-fifth round)"),
    BlindFloors(score.everyday_blind(331), {"intent": 0.97, "owners": 1.0, "due": 1.0}, 0,
                "no wrong member owner on arrival (third batch of the forty-fifth round)"),
    BlindFloors(score.everyday_blind(332), {"intent": 0.99, "owners": 0.99, "due": 0.98}, 0,
                "no wrong member owner on arrival (third batch of the forty-fifth round)"),
    BlindFloors(score.everyday_blind(333), {"intent": 0.99, "owners": 1.0, "due": 1.0}, 0,
                "no wrong member owner on arrival (the forty-sixth round)"),
    BlindFloors(score.everyday_blind(334), {"intent": 0.98, "owners": 0.98, "due": 1.0}, 0,
                "no wrong member owner on arrival (the forty-sixth round)"),
    BlindFloors(score.everyday_blind(335), {"intent": 0.98, "owners": 0.98, "due": 0.96}, 0,
                "no wrong member owner on arrival (the forty-sixth round)"),
    BlindFloors(score.everyday_blind(336), {"intent": 0.98, "owners": 0.96, "due": 0.98}, 0,
                "one wrong member owner on arrival (the forty-sixth round), none at its end"),
    BlindFloors(score.everyday_blind(337), {"intent": 0.99, "owners": 0.97, "due": 0.98}, 0,
                "no wrong member owner on arrival (second batch of the forty-sixth round)"),
    BlindFloors(score.everyday_blind(338), {"intent": 0.98, "owners": 0.97, "due": 0.98}, 0,
                "no wrong member owner on arrival (second batch of the forty-sixth round)"),
    BlindFloors(score.everyday_blind(339), {"intent": 0.98, "owners": 0.99, "due": 0.95}, 0,
                "no wrong member owner on arrival (second batch of the forty-sixth round)"),
    BlindFloors(score.everyday_blind(340), {"intent": 0.99, "owners": 0.99, "due": 1.0}, 0,
                "no wrong member owner on arrival (second batch of the forty-sixth round)"),
    BlindFloors(score.everyday_blind(341), {"intent": 0.97, "owners": 1.0, "due": 0.98}, 0,
                "no wrong member owner on arrival (the forty-seventh round)"),
    BlindFloors(score.everyday_blind(342), {"intent": 0.99, "owners": 0.99, "due": 0.98}, 0,
                "no wrong member owner on arrival (the forty-seventh round)"),
    BlindFloors(score.everyday_blind(343), {"intent": 0.97, "owners": 0.99, "due": 0.98}, 0,
                "no wrong member owner on arrival (the forty-seventh round)"),
    BlindFloors(score.everyday_blind(344), {"intent": 1.0, "owners": 1.0, "due": 1.0}, 0,
                "no wrong member owner on arrival (the forty-seventh round)"),
    BlindFloors(score.everyday_blind(345), {"intent": 0.97, "owners": 0.97, "due": 0.96}, 0,
                "no wrong member owner on arrival (the forty-eighth round)"),
    BlindFloors(score.everyday_blind(346), {"intent": 0.99, "owners": 0.99, "due": 1.0}, 1,
                "one wrong member owner on arrival (the forty-eighth round) and at its end"),
    BlindFloors(score.everyday_blind(347), {"intent": 0.99, "owners": 1.0, "due": 1.0}, 0,
                "no wrong member owner on arrival (the forty-eighth round)"),
    BlindFloors(score.everyday_blind(348), {"intent": 0.99, "owners": 0.98, "due": 1.0}, 0,
                "no wrong member owner on arrival (the forty-eighth round)"),
    BlindFloors(score.everyday_blind(349), {"intent": 0.99, "owners": 0.98, "due": 1.0}, 0,
                "no wrong member owner on arrival (the forty-ninth round)"),
    BlindFloors(score.everyday_blind(350), {"intent": 0.97, "owners": 0.95, "due": 0.96}, 0,
                "no wrong member owner on arrival (the forty-ninth round)"),
    BlindFloors(score.everyday_blind(351), {"intent": 0.98, "owners": 0.99, "due": 0.98}, 0,
                "no wrong member owner on arrival (the forty-ninth round)"),
    BlindFloors(score.everyday_blind(352), {"intent": 0.99, "owners": 0.98, "due": 0.98}, 0,
                "no wrong member owner on arrival (the forty-ninth round)"),
    BlindFloors(score.everyday_blind(353), {"intent": 0.99, "owners": 0.99, "due": 1.0}, 0,
                "no wrong member owner on arrival (the fiftieth round)"),
    BlindFloors(score.everyday_blind(354), {"intent": 1.0, "owners": 0.97, "due": 0.98}, 0,
                "no wrong member owner on arrival (the fiftieth round)"),
    BlindFloors(score.everyday_blind(355), {"intent": 0.99, "owners": 0.99, "due": 1.0}, 0,
                "no wrong member owner on arrival (the fiftieth round)"),
    BlindFloors(score.everyday_blind(356), {"intent": 0.98, "owners": 0.99, "due": 1.0}, 0,
                "no wrong member owner on arrival (the fiftieth round)"),
]  # fmt: skip


def test_every_blind_everyday_set_has_its_floors() -> None:
    """A blind set added to bench/corpus is measured here too (and by ``python -m bench accuracy``)."""
    assert [blind.path for blind in BLIND_SETS] == [path for _, path in score.everyday_blind_sets()]


@pytest.mark.parametrize("blind", BLIND_SETS, ids=lambda b: b.path.stem)
def test_everyday_blind_sets_never_get_worse(snapshot: Snapshot, blind: BlindFloors) -> None:
    """Each blind everyday set keeps its figures and its count of wrong member owners (``BlindFloors.why``)."""
    figures, wrong, report = _blind_figures(snapshot, blind.path)
    assert wrong <= blind.wrong, (blind.why, report)
    for name, floor in blind.floors.items():
        assert figures[name] >= floor, (name, report)


FINAL_BLIND_FLOORS = {
    "intent": 0.91,
    "owners": 0.94,
    "due": 1.0,
    "meeting": 0.85,
    "representative": 0.9,
    "audit": 0.75,
}


def test_final_blind_set_never_gets_worse_and_names_no_wrong_owner(snapshot: Snapshot) -> None:
    """Measured only: nobody tunes rules against this set, so it estimates accuracy on new text."""
    if not score.FINAL_BLIND.exists():
        pytest.skip("bench/corpus/final-blind.jsonl is absent")
    figures, wrong, report = _blind_figures(snapshot, score.FINAL_BLIND)
    assert wrong == 0, report
    for name, floor in FINAL_BLIND_FLOORS.items():
        assert figures[name] >= floor, (name, report)


def test_dscb_parse_jsonl_answers_every_line_in_order(tmp_path: Any) -> None:
    url = f"sqlite:///{tmp_path / 'parse.db'}"
    score.prepare_board(url)
    cases = score.load_corpus()[:40]
    results = score.run_parse(url, cases)
    assert len(results) == len(cases)
    assert score.score(cases, results).accuracy("intent") >= FLOORS["intent"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=10_000))
def test_any_text_never_raises(snapshot: Snapshot, text: str) -> None:
    got = parse(snapshot, text, "Viv Townsend")
    json.dumps(got)


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(["Sue", "to", "by", "end", "June", "S11", "£250", "0 – 25", "A-12", "done", "apologies",
                         "all members", "WMP", "next board", "asap", "?", "Action:", "–", "114", "Su", "May"]),
        max_size=30,
    )
)  # fmt: skip
def test_board_vocabulary_in_any_order_never_raises(snapshot: Snapshot, words: list[str]) -> None:
    got = parse(snapshot, " ".join(words), "Martine McFadden")
    assert got["intent"] in {intent.value for intent in Intent}  # "A-12 to Sue" is a reassignment


def unknown(name: str, *suggestions: str) -> dict[str, Any]:
    return {"kind": "unknown", "name": name, "suggestions": list(suggestions)}


# Everyday chat wording (issue 15): each class of wording, in words of its own rather than the dev corpus'.
EVERYDAY: list[tuple[str, str, dict[str, Any]]] = [
    # Lowercase names: a roster name is looked up whatever its case; a stranger only as the opening subject.
    ("karen p to update the lay members forum by end of june", "Martine McFadden",
     {"intent": "record_action", "owners": [member("Karen Palk")], "due": "2015-06-30"}),
    ("zala and pam to draft the liaison protocol by end of june", "Su Vincent",
     {"owners": [member("Zala Ibrahim"), member("Pam Smith")]}),
    ("kate mcconnel to share the CRC figures by friday", "Martine McFadden",
     {"owners": [unknown("kate mcconnel", "Kate McConnell")]}),
    ("sarah jones will send the notes round next week", "Martine McFadden",
     {"intent": "record_action", "owners": [unknown("sarah jones")]}),
    ("dave from housing to send the figures by friday", "Martine McFadden", {"owners": [unknown("dave")]}),
    ("really happy to help with that", "Martine McFadden", {"intent": "none", "owners": []}),
    ("social workers to attend the training", "Martine McFadden", {"intent": "none", "owners": []}),
    # An agency's representative: its one member, else its members to choose from.
    ("cafcass rep to send the data by 12/06", "Martine McFadden", {"owners": [member("Nicola Campbell")]}),
    ("the probation rep to send the slides by friday", "Martine McFadden",
     {"owners": [], "ambiguous": [{"text": "the probation rep", "candidates": ["Kate McConnell", "Viv Townsend"]}]}),
    # The writer's own first name means the writer when the others only share it as a nickname.
    ("nicki to chase the schools by friday", "Nicki Burrows", {"owners": [member("Nicki Burrows")]}),
    ("nicki to chase the schools by friday", "Roger Clayton",
     {"owners": [], "ambiguous": [{"text": "nicki", "candidates": ["Nicki Burrows", "Nicola Campbell"]}]}),
    # The writer's own actions.
    ("can you put me down to chase the schools", "Richard Fisher",
     {"intent": "record_action", "owners": [member("Richard Fisher")]}),
    ("leave it with me - i'll get the figures to you by friday", "Richard Fisher",
     {"owners": [member("Richard Fisher")], "due": "2015-05-22"}),
    # coming to a meeting is no action of the writer's (a withdrawal the learned model may guess is asked, not done)
    ("Thanks Martine. I'll be there on the 10th", "Richard Fisher", {"task": None, "due": None}),
    ("pls could you note that i'll send the figures over by friday", "Richard Fisher",
     {"intent": "record_action", "owners": [member("Richard Fisher")]}),
    ("I'll pull the invite list together by friday, ok?", "Nicki Burrows",
     {"intent": "record_action", "owners": [member("Nicki Burrows")], "due": "2015-05-22"}),
    # Work shared "with" a member, unlike work sent to one; a task due at a meeting of another kind.
    ("Sally to work with Richard on the MASH staffing by end of june", "Martine McFadden",
     {"owners": [member("Sally Holmes"), member("Richard Fisher")]}),
    ("Jo to share the housing protocol with Anne by end of june", "Martine McFadden",
     {"owners": [member("Jo Forbes")]}),
    ("jo to bring the housing figures to the workshop", "Martine McFadden", {"due": "2015-06-19"}),
    ("Jo to send the invite to the panel members by friday", "Martine McFadden", {"due": "2015-05-22"}),
    # Apologies: lowercase representatives, absentees named in chat, withdrawn apologies.
    ("sorry, won't make the workshop. jo will go instead", "Richard Fisher",
     {"intent": "apology", "owners": [member("Richard Fisher")], "meeting": "2015-06-19",
      "representative": "Jo Forbes"}),
    ("apols for july, nicki will cover", "Richard Fisher",
     {"intent": "apology", "owners": [member("Richard Fisher")], "representative": None}),
    ("tabethas sent apologies for the july board", "Martine McFadden", {"owners": [member("Tabetha Darman")]}),
    ("apologies for the september board from anthea jones", "Martine McFadden",
     {"intent": "apology", "owners": [unknown("anthea jones")], "meeting": "2015-09-11"}),
    ("can i send apologies for september please", "Richard Fisher",
     {"intent": "apology", "owners": [member("Richard Fisher")], "meeting": "2015-09-11"}),
    ("i'm able to make july after all", "Richard Fisher",
     {"intent": "withdraw_apology", "owners": [member("Richard Fisher")], "meeting": "2015-07-10"}),
    ("mike g can make the workshop after all, please remove his apologies", "Martine McFadden",
     {"intent": "withdraw_apology", "owners": [member("Mike Galikowski")], "meeting": "2015-06-19"}),
    ("actually i can make the changes to the leaflet by july", "Richard Fisher", {"intent": "none"}),
    # Audits: chat's names for a return, a request to record news, a negated receipt.
    ("dmbc s11 received", "Martine McFadden",
     {"intent": "audit_update", "audit": {"type": "S11", "subject": "DMBC", "status": "complete", "completed": None,
                                          "total": None, "not_started": None}}),
    ("S11 return not received from the CCG yet", "Martine McFadden", {"intent": "none"}),
    ("where are we with the sec 11s", "Roger Clayton", {"intent": "audit_status"}),
    # Meetings asked about by month or kind.
    ("what's on the agenda for september?", "Martine McFadden", {"intent": "meeting_info", "meeting": "2015-09-11"}),
    ("is the workshop still going ahead?", "Martine McFadden", {"intent": "meeting_info", "meeting": "2015-06-19"}),
    ("will september be at saltwells?", "Martine McFadden", {"intent": "meeting_info", "meeting": "2015-09-11"}),
    # Listings.
    ("whats tony got", "Martine McFadden", {"intent": "list_actions", "owners": [member("Tony Oakman")]}),
    ("show me jos actions", "Martine McFadden", {"intent": "list_actions", "owners": [member("Jo Forbes")]}),
    ("whats on sallys list", "Richard Fisher", {"intent": "list_actions", "owners": [member("Sally Holmes")]}),
    ("anything on me?", "Richard Fisher", {"intent": "list_actions", "owners": [member("Richard Fisher")]}),
    ("what actions has anthea jones got", "Martine McFadden",
     {"intent": "list_actions", "owners": [unknown("anthea jones")]}),
    # By reference.
    ("A12 done", "Richard Fisher", {"intent": "complete_action", "ref": "A-12"}),
    ("print the agenda on A4 paper please", "Martine McFadden", {"ref": None}),
    ("A-20 - can it slip a week", "Richard Fisher", {"intent": "change_due", "shift_days": 7}),
    ("could A-9 be for the september board", "Richard Fisher", {"intent": "change_due", "due": "2015-09-11"}),
    ("A-14 should sit with the council not the police", "Martine McFadden",
     {"intent": "reassign", "owners": [{"kind": "agency", "name": "DMBC"}]}),
    ("move A-3 to anthea jones", "Martine McFadden", {"intent": "reassign", "owners": [unknown("anthea jones")]}),
    ("A-5 done, take it off the tracker", "Martine McFadden", {"intent": "complete_action", "ref": "A-5"}),
    ("please take A-4 off the tracker, the funding has gone", "Martine McFadden",
     {"intent": "drop_action", "ref": "A-4", "note": "the funding has gone"}),
    ("remove A-8 - same as A-2", "Martine McFadden", {"intent": "drop_action", "ref": "A-8", "note": "same as A-2"}),
    ("pam has sent the data over so A-6 can be closed on her behalf", "Martine McFadden",
     {"intent": "complete_action", "on_behalf_of": "Pam Smith"}),
    ("A-7 progress - 3 of 5 schools visited", "Marie Hunter",
     {"intent": "add_update", "note": "3 of 5 schools visited"}),
    # Leave in chat: the day before the one the writer is back.
    ("off next week, back on the 26th", "Richard Fisher", {"intent": "leave", "away_until": "2015-05-25"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "writer", "expected"), EVERYDAY, ids=[f"{e[0][:40]}|{e[1]}" for e in EVERYDAY])
def test_everyday_chat_wording(snapshot: Snapshot, text: str, writer: str, expected: dict[str, Any]) -> None:
    got = parse(snapshot, text, writer)
    for key, value in expected.items():
        if key == "ambiguous":
            assert [{"text": a["text"], "candidates": sorted(a["candidates"])} for a in got[key]] == value, got
        else:
            assert got[key] == value, (key, got)


# Everyday chat, second round: each class of wording the second and third dev corpora showed, in words of its own.
AGENCIES = ["National Probation Service", "Probation – CRC"]
EVERYDAY_2: list[tuple[str, str, dict[str, Any]]] = [
    # An agency word that fits several agencies: asked about, and its date never read as audit counts.
    ("Probation to send the S11 return by 31/07", "Martine McFadden",
     {"intent": "record_action", "owners": [], "ambiguous": [{"text": "Probation", "candidates": AGENCIES}],
      "due": "2015-07-31", "audit": None}),
    ("probation to confirm the CRC split by friday", "Martine McFadden",
     {"ambiguous": [{"text": "probation", "candidates": AGENCIES}]}),
    ("anything open for probation?", "Roger Clayton",
     {"intent": "list_actions", "ambiguous": [{"text": "probation", "candidates": AGENCIES}]}),
    ("S11 return from WMP due 30/06", "Martine McFadden", {"audit": None}),
    # "can <owner> <verb> ..." with a deadline: an action for them; without a real task it is no action.
    ("can Pam pull together the admissions figures for the July board please? thanks", "Martine McFadden",
     {"intent": "record_action", "owners": [member("Pam Smith")], "due": "2015-07-10"}),
    ("could Richard and Sally get the disruption figures to me by 5 June", "Martine McFadden",
     {"intent": "record_action", "owners": [member("Richard Fisher"), member("Sally Holmes")], "due": "2015-06-05"}),
    ("can Sally make the July board?", "Martine McFadden", {"intent": "none", "owners": []}),
    # Requests to record, however worded: the owners after "for", before "down", or in what follows.
    ("could you pop one on the tracker for Jo to refresh the housing protocol, end of june", "Martine McFadden",
     {"intent": "record_action", "owners": [member("Jo Forbes")], "due": "2015-06-30"}),
    ("can we get one down for the police to review the referral route by 12/06", "Martine McFadden",
     {"intent": "record_action", "owners": [{"kind": "agency", "name": "West Midlands Police"}], "due": "2015-06-12"}),
    ("can we put Mike down to chase the YOS figures", "Martine McFadden",
     {"intent": "record_action", "owners": [member("Mike Galikowski")]}),
    ("another one for me: book the venue for the practitioners forum by friday", "Nicki Burrows",
     {"intent": "record_action", "owners": [member("Nicki Burrows")], "due": "2015-05-22"}),
    ("could someone log that Jo is drafting the housing protocol for the september board", "Martine McFadden",
     {"intent": "record_action", "owners": [member("Jo Forbes")], "due": "2015-09-11"}),
    ("please give Anne an action to check the adult safeguarding data by end of june", "Martine McFadden",
     {"intent": "record_action", "owners": [member("Anne Harris")], "due": "2015-06-30"}),
    ("is it ok if I take an action to draft the newsletter piece? by 26/06", "Jayne Sargeant",
     {"intent": "record_action", "owners": [member("Jayne Sargeant")], "due": "2015-06-26"}),
    ("can you add Sally to the distribution list by friday", "Martine McFadden", {"intent": "none", "owners": []}),
    ("can we log an action to send Roger the MASH paper by friday", "Tony Oakman",
     {"intent": "record_action", "owners": [], "due": "2015-05-22"}),
    ("could you add one for me and Merlin around the MASH budget, 10/07", "Tony Oakman",
     {"intent": "record_action", "owners": [member("Tony Oakman"), member("Merlin Joseph")], "due": "2015-07-10"}),
    ("I said I'd look at the leaflet - can that go down as mine, due end of June?", "Pam Smith",
     {"intent": "record_action", "owners": [member("Pam Smith")], "due": "2015-06-30"}),
    ("action on me: slides for the workshop by friday", "Tony Oakman",
     {"intent": "record_action", "owners": [member("Tony Oakman")], "due": "2015-05-22"}),
    ("pls add -\n* refresh the neglect toolkit\n* jo + anne h\n* no date yet", "Martine McFadden",
     {"intent": "record_action", "owners": [member("Jo Forbes"), member("Anne Harris")], "due": None}),
    # Owner phrases: ranks and titles, a name narrowed by its agency, members named for an agency, "the other".
    ("DS Holmes to brief the CSE panel by friday", "Martine McFadden", {"owners": [member("Sally Holmes")]}),
    ("Dr Anthea Jones to send the paediatric figures by friday", "Martine McFadden",
     {"owners": [unknown("Anthea Jones")]}),
    ("karen from the lay advisor role to write it up by friday", "Martine McFadden",
     {"owners": [], "ambiguous": [{"text": "karen", "candidates": ["Karen Jackson", "Karen Palk"]}]}),
    ("karen from public health to send the JSNA data by friday", "Martine McFadden",
     {"owners": [member("Karen Jackson")]}),
    ("action for the council (jo and anne please) - housing audit by end of july", "Martine McFadden",
     {"owners": [member("Jo Forbes"), member("Anne Harris")]}),
    ("the other Karen and I to draft the annual report foreword by 10/07", "Karen Palk",
     {"owners": [member("Karen Jackson"), member("Karen Palk")]}),
    ("Sue (CCG) to send the commissioning plan by 12/06", "Martine McFadden", {"owners": [member("Su Vincent")]}),
    ("could you ask Mike to send the YOS figures by friday", "Martine McFadden",
     {"intent": "record_action", "owners": [member("Mike Galikowski")], "due": "2015-05-22"}),
    ("every member to return their declaration of interests by 30/06", "Martine McFadden",
     {"owners": [{"kind": "group", "name": "all members"}]}),
    ("Following the March board, Viv to bring back the probation figures by 26 June", "Roger Clayton",
     {"intent": "record_action", "owners": [member("Viv Townsend")], "due": "2015-06-26"}),
    ("Thanks for the update, Roger will be pleased", "Martine McFadden", {"intent": "none", "owners": []}),
    # Deadlines: a limit after the date, a span with "tops", a day after a named meeting, new over old dates.
    ("Jo to refresh the protocol, first week of july at the latest", "Martine McFadden", {"due": "2015-07-03"}),
    ("Sally to check the referrals, two weeks max", "Martine McFadden", {"due": "2015-05-29"}),
    ("all sub group chairs to send me a highlight report before the workshop on the 19th", "Roger Clayton",
     {"due": "2015-06-19"}),
    ("A-9 was due 29/05, can we make it 19/06 instead", "Martine McFadden",
     {"intent": "change_due", "due": "2015-06-19"}),
    ("A-9 - can it go to 26/06, the panel got cancelled", "Martine McFadden",
     {"intent": "change_due", "due": "2015-06-26"}),
    ("A-9 - deadline slipping by two weeks, sorry", "Martine McFadden", {"intent": "change_due", "shift_days": 14}),
    ("Following a chat with Jo yesterday, A-9 needs to move across to her", "Martine McFadden",
     {"due": None, "owners": [{"kind": "member", "name": "Jo Forbes"}]}),  # "her": the one person named
    # A second ask in the same message: the first is what the message is for.
    ("apologies for the september board - also is A-7 still mine?", "Richard Fisher",
     {"intent": "apology", "owners": [member("Richard Fisher")], "meeting": "2015-09-11", "ref": "A-7"}),
    # By reference: shown, updated, reassigned, dropped, closed for someone.
    ("bring up a-9 pls", "Martine McFadden", {"intent": "show_action", "ref": "A-9"}),
    ("A-9 - when is it due?", "Martine McFadden", {"intent": "show_action", "ref": "A-9"}),
    ("what's the status of action 12", "Martine McFadden", {"intent": "show_action", "ref": "A-12"}),
    ("On A-9: the schools have all been written to", "Martine McFadden",
     {"intent": "add_update", "note": "the schools have all been written to"}),
    ("could you add to A-9 that the letter went out today", "Martine McFadden",
     {"intent": "add_update", "note": "the letter went out today"}),
    ("A-9 heads have been emailed, two replies so far", "Marie Hunter",
     {"intent": "add_update", "note": "heads have been emailed, two replies so far"}),
    ("A-9: quick update - weve met the designated leads", "Marie Hunter",
     {"intent": "add_update", "note": "weve met the designated leads"}),
    ("A-9 should probably sit with Zala not me", "Pam Smith",
     {"intent": "reassign", "owners": [member("Zala Ibrahim")]}),
    ("a-9 -> jo", "Martine McFadden", {"intent": "reassign", "owners": [member("Jo Forbes")]}),
    ("A-9 is now with Ben Hart, our new practice lead", "Martine McFadden",
     {"intent": "reassign", "owners": [unknown("Ben Hart")]}),
    ("could A-9 be passed to our new lead, Ben Hart?", "Martine McFadden",
     {"intent": "reassign", "owners": [unknown("Ben Hart")]}),
    ("A-9: please add Sally alongside Richard", "Martine McFadden",
     {"intent": "reassign", "owners": [member("Richard Fisher"), member("Sally Holmes")]}),
    ("A-9 is no longer needed since the review was cancelled", "Martine McFadden",
     {"intent": "drop_action", "note": "the review was cancelled"}),  # the why, after "since" (as writers label it)
    ("A-9 has been superseded, please withdraw it", "Martine McFadden",
     {"intent": "drop_action", "note": "superseded"}),
    ("tick off A-9 on Tonys behalf", "Martine McFadden", {"intent": "complete_action", "on_behalf_of": "Tony Oakman"}),
    ("Zalas part of A-9 is done", "Martine McFadden", {"intent": "complete_action", "on_behalf_of": "Zala Ibrahim"}),
    ("A 9 done", "Pam Smith", {"intent": "complete_action", "ref": "A-9"}),
    # Text-speak.
    ("cn u add 1 4 me 2 chase the heads by 29/5", "Marie Hunter",
     {"intent": "record_action", "owners": [member("Marie Hunter")], "due": "2015-05-29"}),
    ("wont b able 2 make the workshop, sry", "Marie Hunter", {"intent": "apology", "meeting": "2015-06-19"}),
    # Apologies and withdrawn apologies.
    ("apols 19th", "Marie Hunter", {"intent": "apology", "meeting": "2015-06-19"}),
    ("not going to make it on the 11th, sorry", "Marie Hunter", {"intent": "apology", "meeting": "2015-09-11"}),
    ("cant do september sorry all, jo said shell go for me", "Anne Harris",
     {"intent": "apology", "owners": [member("Anne Harris")], "representative": "Jo Forbes"}),
    ("sorry can't make the workshop, mike g will be there anyway for the council", "Anne Harris",
     {"intent": "apology", "owners": [member("Anne Harris")], "representative": None}),
    ("Away the first week of June, but I can't do the July board either, apologies", "Anne Harris",
     {"intent": "apology", "meeting": "2015-07-10"}),
    ("I regret that I shall be unable to attend on 10 July.", "Roger Clayton",
     {"intent": "apology", "owners": [member("Roger Clayton")]}),
    ("could you record apologies from me for 11/09", "Roger Clayton",
     {"intent": "apology", "owners": [member("Roger Clayton")], "meeting": "2015-09-11"}),
    ("training got moved so I'll be at the July board after all, can you take me off the apologies?", "Pam Smith",
     {"intent": "withdraw_apology", "owners": [member("Pam Smith")], "meeting": "2015-07-10"}),
    ("ignore my msg about september, ill be there", "Pam Smith",
     {"intent": "withdraw_apology", "meeting": "2015-09-11"}),
    ("my apologies for the panel are withdrawn", "Pam Smith", {"intent": "withdraw_apology", "meeting": "2015-05-18"}),
    ("sorry, no longer coming to the workshop", "Anne Harris", {"intent": "apology", "meeting": "2015-06-19"}),
    ("can't make the 10th. jo to rep housing", "Anne Harris",
     {"intent": "apology", "owners": [member("Anne Harris")], "representative": "Jo Forbes"}),
    # Leave for a range of days: away to its last day.
    ("on leave 1-5 June", "Anne Harris", {"intent": "leave", "away_until": "2015-06-05"}),
    ("I'm on a/l 8th - 12th June", "Anne Harris", {"intent": "leave", "away_until": "2015-06-12"}),
    # More by reference.
    ("can jo and me both go on A-5", "Anne Harris",
     {"intent": "reassign", "owners": [member("Jo Forbes"), member("Anne Harris")]}),
    ("jo's finished her bit of A-5", "Anne Harris", {"intent": "complete_action", "on_behalf_of": "Jo Forbes"}),
    ("a-5 is now sitting with the CCG", "Anne Harris",
     {"intent": "reassign", "owners": [{"kind": "agency", "name": "Dudley CCG"}]}),
    # Listings, meetings, help, audits.
    ("could I have the whole tracker before Roger signs off the papers", "Tony Oakman",
     {"intent": "list_actions", "owners": []}),
    ("anything still open in my name?", "Tony Oakman", {"intent": "list_actions", "owners": [member("Tony Oakman")]}),
    ("does pam have anything outstanding", "Tony Oakman", {"intent": "list_actions", "owners": [member("Pam Smith")]}),
    ("what are the sub group chairs supposed to be doing?", "Tony Oakman",
     {"intent": "list_actions", "owners": [{"kind": "group", "name": "sub group chairs"}]}),
    ("whats on me n jo", "Tony Oakman", {"owners": [member("Tony Oakman"), member("Jo Forbes")]}),
    ("Has anyone got the CDOP slides? cant find mine", "Tony Oakman", {"intent": "none"}),
    ("is the 10/07 one a full day?", "Tony Oakman", {"intent": "meeting_info", "meeting": "2015-07-10"}),
    ("workshop friday - is it morning or afternoon", "Tony Oakman", {"intent": "meeting_info"}),
    ("when's the board after september?", "Tony Oakman", {"intent": "meeting_info", "meeting": None}),
    ("what can the bot actually do", "Tony Oakman", {"intent": "help"}),
    ("how does this thing work", "Tony Oakman", {"intent": "help"}),
    ("help pls", "Tony Oakman", {"intent": "help"}),
    ("is it possible to record apologies via the bot, and if so how?", "Tony Oakman", {"intent": "help"}),
    ("could you send me the minutes from march please", "Tony Oakman", {"meeting": "2015-03-13"}),
    ("anything from me needed before the board?", "Tony Oakman",
     {"intent": "list_actions", "owners": [member("Tony Oakman")]}),
    ("CCG s11 about 60% done", "Su Vincent", {"intent": "audit_update", "audit": {
        "type": "S11", "subject": "Dudley CCG", "status": "in_progress", "completed": None, "total": None,
        "not_started": None}}),
    ("S175: 120 schools, 90 done, 12 yet to start", "Martine McFadden", {"audit": {
        "type": "S175", "subject": None, "status": None, "completed": 90, "total": 120, "not_started": 12}}),
    ("s175 summary please", "Martine McFadden", {"intent": "audit_status"}),
    ("Fire have sent their S11 back, can you tick that off", "Martine McFadden",
     {"intent": "audit_update", "audit": {"type": "S11", "subject": "West Midlands Fire Service", "status": "complete",
                                          "completed": None, "total": None, "not_started": None}}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "writer", "expected"), EVERYDAY_2, ids=[f"{e[0][:40]}|{e[1]}" for e in EVERYDAY_2])
def test_everyday_chat_wording_second_round(
    snapshot: Snapshot, text: str, writer: str, expected: dict[str, Any]
) -> None:
    got = parse(snapshot, text, writer)
    for key, value in expected.items():
        if key == "ambiguous":
            assert [{"text": a["text"], "candidates": sorted(a["candidates"])} for a in got[key]] == value, got
        elif key == "owners":
            assert sorted(got[key], key=lambda o: o["name"]) == sorted(value, key=lambda o: o["name"]), got
        else:
            assert got[key] == value, (key, got)
