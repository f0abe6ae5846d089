"""The privacy guard catches NHS numbers and dates of birth however they are written, and passes tracker text."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from bot import privacy
from bot.errors import PrivacyRefused
from bot.privacy import guard, identifying_details, valid_nhs_number
from tests.conftest import shared_fixture

TESTS = Path(__file__).resolve().parents[1]
DOB_FOUND = {"a date of birth", "a name and a date of birth"}
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
SEPARATORS = [" ", "\u00a0", "\u202f", "\u2009", "\t", ".", "/", "_", "-", "\u2013", "\u2010", "(", ")"]
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")

NHS_FORMS = [
    "943.476.5919",
    "943/476/5919",
    "943_476_5919",
    "(943) 476 5919",
    "(943)-476-5919",
    "NHS-9434765919",
    "NHS9434765919",
    "9434 765 919",
    "94 34 76 59 19",
    "9 4 3 4 7 6 5 9 1 9",
    "9434765919",
    "943 - 476 - 5919",
    "943\u00a0476\u00a05919",
    "943\u2013476\u20135919",
    "943.476 5919",
    "94347 65919",
    "9\u200b4\u200b3\u200b4\u200b7\u200b6\u200b5\u200b9\u200b1\u200b9",
    "943\u200c476\u200d5919",
    "9434\u20607659\ufeff19",
    "943\u00ad476\u00ad5919",
    "943 \u200b476 5919",
    "９４３４７６５９１９",
    "９４３ ４７６ ５９１９",
    "４０１０２３２１３７",
    "401.023.2137",
    "\u0669\u0664\u0663\u0664\u0667\u0666\u0665\u0669\u0661\u0669",  # Arabic-Indic digits
    # After "NHS", ten digits count whatever their check digit.
    "NHS 1234567890",
    "NHS no 123 456 7890",
    "NHS no. 123-456-7890",
    "NHS number: 123 456 7890",
    "nhs number is 1234567890",
    "NHS #1234567890",
    "NHS-9434765918",
]

DOB_FORMS = [
    "DOB: February 1, 2010",
    "d/o/b 01/02/2010",
    "(b. 01/02/2010)",
    "b.01/02/2010",
    "born on the 1st of February 2010",
    "birthday 01/02/2010",
    "DOB 01-Feb-2010",
    "born in February 2010",
    "date of birth 1.2.10",
    "D.O.B. 2010-02-01",
    "born 1 Feb 2010",
    "DOB - 1st Feb 10",
    "born Feb 2010",
    "born in 2010",
    "DOB 03/04/2012",
    "DoB:01/02/2010",
    "DOB01/02/2010",
    "dob 1/2/10",
    "D O B 01.02.2010",
    "d.o.b - 01 02 2010",
    "Date of Birth: 2010-02-01",
    "date-of-birth 01/02/2010",
    "Birth date: 1 February 2010",
    "birthdate 01/02/2010",
    "birth-date 2010/02/01",
    "DOB: 1st February, 2010",
    "DOB: Feb. 1st, 2010",
    "DOB: FEBRUARY 1 2010",
    "dob: sept 3rd 2011",
    "DOB 01/Feb/2010",
    "DOB 1 Feb '10",
    "DOB is 01/02/2010",
    "born 01/02/2010",
    "born on 1/2/2010",
    "born on Monday 1 February 2010",
    "born: 01.02.2010",
    "born (01/02/2010)",
    "born 2010-02-01",
    "born in Dec 2009",
    "born in 1999",
    "Jayden Smith, born 3 March 2012",
    "D\u200bO\u200bB 01/02/2010",
    "DOB ０１/０２/２０１０",
]

MUST_PASS = [
    "A-14 due 12/06/2027",
    "Viv Townsend to circulate the presentation by 22 May 2026",
    "call 01384 816000",
    "0121 626 5000",
    "01384816000",
    "Call 0121 496 0000 about the venue",
    "+44 1384 816000",
    "+44 (0)1384 816000",
    "07700 900123 / 07700 900124",
    "meeting on 15.05.2015 at 10.00",
    "meeting 15.05.2015 10.00 - 12.00",
    "15/05/15 10.30",
    "items 3, 4, 5, 6 and 7",
    "S175: 64 of 114 complete, 24 not started",
    "the board born out of the 2004 Act",
    "the partnership, born of the 2004 Act, meets on 12 May 2016",
    "case 2015/123",
    "ref 12345678",
    "next meeting 10 July 2015 at 9.30",
    "£1,234,567.89",
    "2015-2016",
    "2015-2016 78 cases",
    "2015/16 1234 contacts",
    "Option B. 01/02/2016 deadline",
    "Dobson to report by 01/02/2016",
    "to do by 12/06/2027",
    "DOB not to be recorded; due 12/06/2027",
    "Viv to send the chart by 22/05/2015",
    "Item 4.2: 2,345 contacts, 1,234 referrals",
    "Roger Clayton to chase the 2014/15 audit (A-7) by 1 June 2015",
]


def _check_digit(nine: str) -> int:
    """The modulus 11 check digit, written out independently of the module (10 means no valid number)."""
    return (11 - sum(int(d) * (10 - i) for i, d in enumerate(nine)) % 11) % 11


@pytest.mark.parametrize("form", NHS_FORMS)
def test_nhs_numbers_in_any_written_form_are_refused(form: str) -> None:
    assert identifying_details(f"Viv to chase the referral for {form} by Friday") == "an NHS number"
    assert identifying_details(form) == "an NHS number"


@pytest.mark.parametrize("form", DOB_FORMS)
def test_dates_of_birth_in_any_written_form_are_refused(form: str) -> None:
    assert identifying_details(f"Tony to check the plan for the child, {form}, at MASH") in DOB_FOUND
    assert identifying_details(form) in DOB_FOUND


@pytest.mark.parametrize("text", MUST_PASS)
def test_ordinary_tracker_text_is_not_refused(text: str) -> None:
    assert identifying_details(text) is None
    guard(text)


def test_guard_refuses_with_the_advice() -> None:
    with pytest.raises(PrivacyRefused, match="an NHS number"):
        guard("Chase 943.476.5919 today")
    with pytest.raises(PrivacyRefused, match="a date of birth"):
        guard("child d/o/b 01/02/2010")


def _flagged(texts: list[str]) -> list[tuple[str, str]]:
    return [(text[:120], found) for text in texts if (found := identifying_details(text))]


@pytest.mark.parametrize("path", sorted((TESTS / "corpus").glob("*.jsonl")), ids=lambda path: path.name)
def test_the_message_corpus_passes(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines if line.strip()]
    assert texts
    assert _flagged(texts) == []


@pytest.mark.parametrize("path", sorted((TESTS / "fixtures" / "minutes").iterdir()), ids=lambda path: path.name)
def test_the_minutes_fixtures_pass(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert _flagged([text, *text.splitlines()]) == []


def test_the_seed_minutes_pass() -> None:
    text = shared_fixture("dscb-minutes-2015-05-15.txt").read_text(encoding="utf-8")
    assert _flagged([text, *text.splitlines()]) == []


@st.composite
def rendered_nhs_numbers(draw: st.DrawFn) -> tuple[str, str]:
    """A valid NHS number, cut into random groups joined by random short runs of separators, perhaps with
    zero-width characters between digits, perhaps in fullwidth digits."""
    nine = draw(st.text("0123456789", min_size=9, max_size=9))
    check = _check_digit(nine)
    assume(check != 10 and len(set(nine + str(check))) > 1)
    number = nine + str(check)
    cuts = draw(st.sets(st.integers(1, 9)))
    rendered = number[0]
    for i, digit in enumerate(number[1:], start=1):
        if i in cuts:
            rendered += "".join(draw(st.lists(st.sampled_from(SEPARATORS), min_size=1, max_size=3)))
        rendered += "".join(draw(st.lists(st.sampled_from(ZERO_WIDTH), max_size=2))) + digit
    if draw(st.booleans()):
        rendered = rendered.translate(FULLWIDTH)
    return number, rendered


@settings(max_examples=400, deadline=None)
@given(rendered_nhs_numbers())
def test_any_rendering_of_a_valid_nhs_number_is_found(case: tuple[str, str]) -> None:
    number, rendered = case
    assert valid_nhs_number(number)
    # A rendering that reads as a calendar date or a year range ("15.05.2015 10.00", "2015-16") is read as one.
    assume(not privacy._DATE_OR_YEARS.search(privacy.normalise(rendered)))
    assert identifying_details(f"Viv to chase the referral for {rendered} by Friday") == "an NHS number"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text("0123456789", min_size=1, max_size=6), min_size=1, max_size=12))
def test_space_joined_digit_groups_are_refused_exactly_when_a_run_of_them_is_an_nhs_number(groups: list[str]) -> None:
    runs = ("".join(groups[i:j]) for i in range(len(groups)) for j in range(i + 1, len(groups) + 1))
    expected = any(len(run) == 10 and valid_nhs_number(run) for run in runs)
    assert (identifying_details("ref " + " ".join(groups)) == "an NHS number") == expected


def _fastest(text: str) -> float:
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        identifying_details(text)
        timings.append(time.perf_counter() - start)
    return min(timings)


def test_a_50kb_text_is_checked_quickly() -> None:
    minutes = (TESTS / "fixtures" / "minutes" / "dudley-2015-07-10.md").read_text(encoding="utf-8")
    prose = (minutes * (50_000 // len(minutes) + 1))[:50_000]
    assert identifying_details(prose) is None
    assert _fastest(prose) < 0.05
    tables = ("S175 64 114 24 26 15.05.2015 10.00 - 0121 626 5000 \u200b" * 1_000)[:50_000]
    assert identifying_details(tables) is None
    assert _fastest(tables) < 0.05
    digits = ("3 1 4 1 5 9 2 6 5 3 " * 2_500)[:50_000]  # 25,000 one-digit groups, no run of ten of them valid
    assert identifying_details(digits) is None
    assert _fastest(digits) < 0.05
