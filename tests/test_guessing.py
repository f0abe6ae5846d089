"""The learned second opinion: the shipped model is what the development sets give (never a blind set), it is
only asked when no rule reads a message, its reading carries only owners the roster knows for certain, and the
conversation confirms it with the writer before anything is stored. Both databases for the conversation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.conversation.assistant import Assistant
from bot.understanding import guessing
from bot.understanding.intent_model import MODEL_PATH, IntentModel, features, shipped_scorer
from bot.understanding.interpret import as_read
from bot.understanding.interpretation import Intent
from bot.understanding.snapshot import Snapshot
from store.models import Action, Attendance, Event
from tests.conftest import SEED_NOW, seed_snapshot
from tests.corpus.score import ROOT
from tests.corpus.train_intents import train, training_sets
from tests.test_assistant import count, say

LATER = SEED_NOW + dt.timedelta(minutes=1)
NOW = dt.datetime(2015, 5, 15, 9, 30)


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    return seed_snapshot(tmp_path_factory.mktemp("guessing"))


class _Sure:
    """A stand-in model that is sure of one intent, so the rules around the model are tested on their own."""

    def __init__(self, intent: Intent, probability: float = 0.99) -> None:
        self.intent, self.probability = intent, probability

    def rank(self, found: Iterable[str]) -> list[tuple[float, Intent]]:
        return [(self.probability, self.intent)]


@pytest.fixture
def model_says(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    def set_intent(intent: Intent, probability: float = 0.99) -> None:
        monkeypatch.setattr(guessing, "shipped_scorer", lambda: _Sure(intent, probability))

    yield set_intent


def parse(snapshot: Snapshot, text: str, writer: str = "Martine McFadden") -> dict[str, Any]:
    return snapshot.interpret(text, snapshot.person(writer), NOW).as_json()


# The shipped model ------------------------------------------------------------------------------------------
def test_the_shipped_model_is_exactly_what_the_development_sets_give(snapshot: Snapshot) -> None:
    assert MODEL_PATH.read_text(encoding="utf-8") == train(snapshot.names).to_json()


def test_no_blind_set_is_ever_trained_on() -> None:
    sets = training_sets()
    assert len(sets) >= 12
    assert all((ROOT / "bench") not in path.parents for path in sets)
    assert all(path.parent == ROOT / "tests" / "corpus" for path in sets)


def test_names_references_numbers_and_dates_are_placeholders(snapshot: Snapshot) -> None:
    one = features(as_read("a-31 with sally holmes by 12/6, 40 done"), snapshot.names.is_known_word)
    other = features(as_read("A-7 with tony oakman by 3/7, 12 done"), snapshot.names.is_known_word)
    assert one == other
    assert "ζref" in one and "ζname" in one and "ζnum" in one and "sally" not in one


def test_the_shipped_model_reads_how_requests_are_phrased(snapshot: Snapshot) -> None:
    scorer = shipped_scorer()
    assert scorer is not None
    for text, intent in [
        ("a-52 nearly there, just waiting on sign off from the service manager", Intent.ADD_UPDATE),
        ("hols from tuesday back in on the 8th", Intent.LEAVE),
        ("whens the next board", Intent.MEETING_INFO),
        ("what have I got open", Intent.LIST_ACTIONS),
    ]:
        assert scorer.rank(features(as_read(text), snapshot.names.is_known_word))[0][1] is intent, text


def test_training_counts_each_feature_once_a_message_and_drops_rare_ones() -> None:
    model = IntentModel.train([(["a", "a", "b"], "help"), (["a", "c"], "help"), (["c"], "none")])
    assert model.messages == {"help": 2, "none": 1}
    assert model.counts == {"help": {"a": 2, "c": 1}, "none": {"c": 1}}  # "b" seen once: dropped
    assert IntentModel.from_json(model.to_json()) == model
    with pytest.raises(ValueError):
        IntentModel.train([(["a"], "not an intent")])


# Only when no rule reads it, and only certain owners --------------------------------------------------------
def test_a_message_a_rule_reads_is_never_guessed(snapshot: Snapshot, model_says: Any) -> None:
    model_says(Intent.LEAVE)
    got = parse(snapshot, "Viv Townsend to circulate the presentation by end June")
    assert got["intent"] == "record_action" and got["guessed"] is False


def test_an_unsure_model_or_a_guess_of_nothing_leaves_it_not_understood(snapshot: Snapshot, model_says: Any) -> None:
    model_says(Intent.ADD_UPDATE, 0.6)
    assert parse(snapshot, "a-31 zebra crossing lollipop")["intent"] == "none"
    model_says(Intent.NONE)
    assert parse(snapshot, "a-31 zebra crossing lollipop")["intent"] == "none"


def test_a_guess_needs_what_its_intent_needs(snapshot: Snapshot, model_says: Any) -> None:
    model_says(Intent.ADD_UPDATE)
    got = parse(snapshot, "a-31 zebra crossing lollipop")
    assert (got["intent"], got["ref"], got["note"]) == ("add_update", "A-31", "zebra crossing lollipop")
    assert got["guessed"] is True
    assert parse(snapshot, "zebra crossing lollipop")["intent"] == "none"  # no reference to update
    model_says(Intent.CHANGE_DUE)
    assert parse(snapshot, "a-31 zebra crossing lollipop")["intent"] == "none"  # no date to move it to
    model_says(Intent.AUDIT_UPDATE)
    assert parse(snapshot, "zebra crossing lollipop")["intent"] == "none"  # no audit named


def test_a_guessed_action_has_one_certain_owner_or_none_at_all(snapshot: Snapshot, model_says: Any) -> None:
    model_says(Intent.RECORD_ACTION)
    got = parse(snapshot, "zebra crossing survey for sally holmes 30/6")
    assert got["owners"] == [{"kind": "member", "name": "Sally Holmes"}] and got["due"] == "2015-06-30"
    assert got["guessed"] is True
    assert parse(snapshot, "zebra crossing survey, I'll take it 30/6")["owners"] == [
        {"kind": "member", "name": "Martine McFadden"}
    ]
    for unsure in [
        "zebra crossing survey for karen 30/6",  # two Karens
        "zebra crossing survey for tony oakmen 30/6",  # a misspelling
        "zebra crossing survey for sally holmes, for viv townsend 30/6",  # two owners: asked by the rules, not guessed
        "zebra crossing survey, she said 30/6",  # whose is not written
        "zebra crossing survey, sally holmes mentioned it 30/6",  # a name written where no owner is
        "zebra crossing survey, my team 30/6",  # the writer, but not taking it on
        "zebra crossing survey for sally holmes",  # neither a deadline nor asked for as an action
    ]:
        assert parse(snapshot, unsure)["intent"] == "none", unsure


def test_someone_elses_leave_or_apologies_are_never_guessed_as_the_writers(snapshot: Snapshot, model_says: Any) -> None:
    model_says(Intent.LEAVE)
    assert parse(snapshot, "sally holmes zebra til 29/5")["intent"] == "none"
    assert parse(snapshot, "zebra crossing til 29/5")["away_until"] == "2015-05-29"
    got = parse(snapshot, "zebra crossing, back on 1 june")  # back on the 1st: away until the day before
    assert got["intent"] == "leave" and got["away_until"] == "2015-05-31" and got["guessed"] is True
    model_says(Intent.APOLOGY)
    assert parse(snapshot, "zebra crossing sally holmes july board")["intent"] == "none"
    assert parse(snapshot, "zebra crossing lollipop")["intent"] == "none"  # no meeting named
    got = parse(snapshot, "zebra crossing the july board", writer="Viv Townsend")
    assert got["owners"] == [{"kind": "member", "name": "Viv Townsend"}] and got["meeting"] == "2015-07-10"


# The conversation confirms it -------------------------------------------------------------------------------
@pytest.fixture
def assistant(database_url: str, board_id: int) -> Assistant:
    return Assistant(database_url, board_id)


def test_a_guessed_action_is_asked_about_and_stored_only_on_yes(assistant: Assistant, model_says: Any) -> None:
    model_says(Intent.RECORD_ACTION)
    events = count(assistant, Event)
    asked = say(assistant, "Martine McFadden", "zebra crossing survey for sally holmes 30/6")
    assert asked.text == (
        "I'm not sure I've understood. Do you want me to record an action for Sally Holmes: "
        '"zebra crossing survey for sally holmes 30/6", due Tue 30 June?'
    )
    assert [o.label for o in asked.options] == ["Yes", "No"]
    assert count(assistant, Action) == 0 and count(assistant, Event) == events
    recorded = say(assistant, "Martine McFadden", "yes", LATER)
    assert recorded.text.startswith("Recorded A-1 for Sally Holmes, due Tue 30 June")
    assert count(assistant, Action) == 1


def test_no_to_a_guess_changes_nothing(assistant: Assistant, model_says: Any) -> None:
    model_says(Intent.APOLOGY)
    asked = say(assistant, "Viv Townsend", "zebra crossing the july board")
    assert asked.text == (
        "I'm not sure I've understood. Do you want me to send your apologies for the meeting on Fri 10 July?"
    )
    answered = say(assistant, "Viv Townsend", "no", LATER)
    assert answered.text == "OK, I've not recorded anything."
    assert count(assistant, Attendance) == 0


def test_a_confirmed_guess_keeps_the_rights_of_a_rule_reading(assistant: Assistant, model_says: Any) -> None:
    say(assistant, "Martine McFadden", "Viv Townsend to circulate the presentation by end June")
    model_says(Intent.DROP_ACTION)
    asked = say(assistant, "Pam Smith", "a-1 zebra crossing lollipop", LATER)
    assert asked.text == (
        "I'm not sure I've understood. Do you want me to drop A-1, giving the reason \"zebra crossing lollipop\"?"
    )
    refused = say(assistant, "Pam Smith", "yes", LATER + dt.timedelta(minutes=1))
    assert "A-1" in refused.text and "Dropped" not in refused.text  # only its owners, the manager or the chair
    assert say(assistant, "Viv Townsend", "what do I owe?", LATER).actions[0].ref == "A-1"


def test_with_no_model_shipped_nothing_is_guessed(snapshot: Snapshot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("bot.understanding.intent_model.MODEL_PATH", Path("/nonexistent/intent-model.json"))
    shipped_scorer.cache_clear()
    try:
        monkeypatch.setattr(guessing, "shipped_scorer", shipped_scorer)
        assert shipped_scorer() is None
        assert parse(snapshot, "a-31 nearly there just waiting on sign off")["guessed"] is False
    finally:
        shipped_scorer.cache_clear()


def test_a_guessed_list_is_of_whoever_is_named_as_its_owner_else_the_writer_who_says_so(
    snapshot: Snapshot, model_says: Any
) -> None:
    model_says(Intent.LIST_ACTIONS)
    assert parse(snapshot, "zebra crossing, anything open for the police")["owners"] == [
        {"kind": "agency", "name": "West Midlands Police"}
    ]
    assert parse(snapshot, "zebra crossing, anything open, viv mentioned it")["owners"] == []  # the board's
    assert parse(snapshot, "zebra crossing, anything open on me")["owners"] == [
        {"kind": "member", "name": "Martine McFadden"}
    ]
    assert parse(snapshot, "zebra crossing lollipop for the police")["intent"] == "none"  # nothing owed talked of


def test_wording_that_says_otherwise_stops_a_guess(snapshot: Snapshot, model_says: Any) -> None:
    """Each guard is a class: coming rather than sending apologies, a service asked of the assistant, an object
    rather than an owner, someone else's leave, two people named."""
    model_says(Intent.APOLOGY)
    assert parse(snapshot, "sorry for the essay, I'll be at the july board")["intent"] == "none"
    assert parse(snapshot, "zebra crossing the july board")["intent"] == "apology"
    model_says(Intent.MEETING_INFO)
    assert parse(snapshot, "zebra crossing, pls book the big room, july board")["intent"] == "none"
    assert parse(snapshot, "zebra crossing the july board")["intent"] == "meeting_info"
    model_says(Intent.RECORD_ACTION)
    assert parse(snapshot, "pls put viv townsend on the circulation list by friday")["intent"] == "none"
    assert parse(snapshot, "can you add Sally Holmes to the distribution list by friday")["intent"] == "none"
    assert parse(snapshot, "Viv Townsend and the police met, zebra crossing for sally holmes 30/6")["intent"] == "none"
    model_says(Intent.LEAVE)
    assert parse(snapshot, "our analyst is off until 1 june")["intent"] == "none"
    assert parse(snapshot, "she's away till 1 june")["intent"] == "none"
