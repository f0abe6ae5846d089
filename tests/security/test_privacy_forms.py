"""The privacy guard catches NHS numbers and dates of birth however they are written, and passes tracker text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from bot.errors import PrivacyRefused
from bot.understanding import privacy
from bot.understanding.privacy import guard, identifying_details, valid_nhs_number
from bot.understanding.text import normalise
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

# Forms a blind measurement found missed, by class, with siblings of each.
DOB_CLASSES = {
    "spelled": [
        "D-O-B 12/12/2012",
        "D O B: 12/12/2012",
        "d.o.b 12/12/2012",
        "d.o.b. 12/12/2012",
        "D/O/B: 12/12/2012",
        "d-o-b: 12/12/2012",
        "D. O. B. 12/12/2012",
        "D - O - B 12/12/2012",
        "d.o/b 12/12/2012",
        "d_o_b 12/12/2012",
        "D\u2013O\u2013B 12/12/2012",
        "D.o.B 12/12/2012",
        "DOB- 12/12/2012",
        "dob=12/12/2012",
        "DOB:- 12 Dec 2012",
        "date_of_birth 12/12/2012",
        "DateOfBirth 12/12/2012",
        "birth: 12/12/2012",
    ],
    "plural": [
        "DOBs 01/02/2013 and 05/06/2015",
        "D.O.B.s: 01/02/2013, 05/06/2015",
        "DOB's: 01/02/2013",
        "DOB(s): 01/02/2013",
        "dates of birth: 03/04/2016 and 12/09/2018",
        "birth dates 03/04/2016, 12/09/2018",
        "birthdates: 2016-04-03 and 2018-09-12",
        "birthdays 3 April 2016 and 12 Sept 2018",
        "Kids' DOBs are 01/02/2013 and 05/06/2015",
        "Kids\u2019 DOB\u2019s are 01/02/2013 and 05/06/2015",
    ],
    "compact": [
        "DOB 20160403",
        "dob 03042016",
        "DOB 030416",
        "DOB: 29022016",
        "D.O.B. 20120229",
        "date of birth 311210",
        "born 20160403",
    ],
    "words between": [
        "DOB of the eldest is 21/07/2009",
        "date of birth for the youngest child: 1 March 2015",
        "born to the family last week, 09/06/2025",
        "born on or around 3rd May 2019",
        "DOB (the middle child) 4/5/2011",
        "birthday of the baby is the 1st of Feb 2010",
        "dates of birth of both girls: 03/04/2016 and 12/09/2018",
        "born at the hospital in March 2016",
        "DOB of mum's youngest - 01.02.2010",
    ],
    "bare b": [
        "b 14/06/2018 - nursery concerns",
        "child (b 01/02/2016)",
        "child (b. 01/02/2016)",
        "sibling, b 3 May 2019",
        "sibling; b 2016-02-01",
        "sibling - b 01/02/2016",
        "b. 01/02/2016",
    ],
    "year of birth": [
        "YOB 2014",
        "Y.O.B. 2014",
        "y/o/b: 2014",
        "year of birth: 2014",
        "year of birth is 2014",
        "years of birth 2014 and 2016",
        "YOB 12/12/2012",
        "born 2010",
    ],
    "look-alike": [
        "\u1d05OB 01/02/2010",  # small capital D
        "DO\u0299 01/02/2010",  # small capital B
        "D\u041eB 01/02/2010",  # Cyrillic O
        "D\u039f\u0392 01/02/2010",  # Greek O and B
        "D\u00d3B 01/02/2010",
        "D\u0301OB 01/02/2010",  # a combining accent
        "D\x01O\x01B 01/02/2010",  # control characters between the letters
        "date\x00of\x1fbirth 01/02/2010",
        "DOB\x7f01/02/2010",
        "DOB 01/02/\u0662\u0660\u0661\u0660",  # Arabic-Indic digits
        "DOB 01/02/\u0968\u0966\u0967\u0966",  # Devanagari digits
        "\u017fibling\u017f' birthday\u017f 01/02/2010",
        "b\u0131rthday 01/02/2010",
        "\U0001d403\U0001d40e\U0001d401 01/02/2010",  # mathematical bold
        "D\u2028O\u2028B 01/02/2010",
    ],
    "typed in a hurry": [
        "d.ob 3/4/15",
        "do.b 03/04/2015",
        "date of brith 3 April 2015",
        "date of birht: 03/04/2015",
        "brith date 03/04/2015",
        "bday 3/4/2015",
        "b-day is 03/04/2015",
        "b'day 3rd April 2015 - she turns 11",
    ],
    "date then born": [
        "03/04/2015 born - the youngest",
        "3 April 2015, born prematurely",
        "(2015-04-03) born at home",
    ],
}
# An NHS number with words between its groups, after "NHS number" on the same line.
NHS_SPLIT_BY_WORDS = [
    "NHS number 401 023 then 2137",
    "her nhs no. begins 401 023 and finishes 2137",
    "NHS # is 401-023 (then) 2137",
]
NOT_AN_NHS_NUMBER_AFTER_WORDS = [
    "NHS number queries to 0121 626 5000",  # a phone number: eleven digits
    "NHS number checks: 12 of 30 schools done by 1 June",
    "NHS Trust board 12 June, 10.00 till 2.00",
]
DOB_CLASS_CASES = [pytest.param(form, id=f"{kind}: {form!a}") for kind, forms in DOB_CLASSES.items() for form in forms]

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
    "b 2 of the plan",
    "Plan B for 2016/17",
    "Plan B 2015-16",
    "plan b, 2015-16 budget",
    "birthday drinks for Sue on 12 June",
    "Section 11 audit dates: 01/02/2016 and 05/06/2016",
    # "Born (out) of" is the idiom for where something came from, not a birth.
    "born out of the review dated 1 March 2015",
    "the group was born of the review; next meeting 1 March 2015",
    "Born in Bradford study update due 12 June 2016",
    "DOB field removed from the form. Review on 12/06/2016",
    "date of birth not recorded, referral 01/02/2016",
    "DOB 12345678",
    "DOB 99999999",
    "DOB 320116",
    "ref 20160403",
    "do b 12/12/2012",
    "to do: b) 01/02/2016",
    "Dobson's report 01/02/2016",
    "the stubborn 2015/16 backlog",
    "year of birth cohort analysis",
    "Plan B. 01/02/2016 deadline",
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


@pytest.mark.parametrize("text", NHS_SPLIT_BY_WORDS)
def test_nhs_numbers_split_by_words_after_nhs_number_are_refused(text: str) -> None:
    assert identifying_details(text) == "an NHS number"


@pytest.mark.parametrize("text", NOT_AN_NHS_NUMBER_AFTER_WORDS)
def test_other_numbers_after_nhs_number_are_not(text: str) -> None:
    assert identifying_details(text) is None


@pytest.mark.parametrize("form", DOB_CLASS_CASES)
def test_dates_of_birth_the_blind_measurement_found_missed_are_refused(form: str) -> None:
    assert identifying_details(f"Tony to check the plan for the child, {form}, at MASH") in DOB_FOUND
    assert identifying_details(form) in DOB_FOUND
    with pytest.raises(PrivacyRefused, match="a date of birth"):
        guard(form)


@pytest.mark.parametrize(
    "text", ["\u1d05OB", "\u017f", "D\x01O", "\u0663\u0664", "\uff24\uff2f\uff22", "caf\u00e9", "line\nbreak"]
)
def test_privacy_reads_text_as_understanding_does_and_more(text: str) -> None:
    assert privacy.normalise(text) == privacy.normalise(normalise(text))
    assert privacy.normalise(text).isascii()


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


def test_a_50kb_text_of_board_business_is_not_refused() -> None:
    """How fast such texts are checked is measured in bench/understanding.py (``make bench``), not here."""
    for text in fifty_kb_texts():
        assert identifying_details(text) is None


def fifty_kb_texts() -> list[str]:
    """Minutes prose, table-like figures and long runs of digit groups (none of them identifying), 50 kB each."""
    minutes = (TESTS / "fixtures" / "minutes" / "dudley-2015-07-10.md").read_text(encoding="utf-8")
    prose = (minutes * (50_000 // len(minutes) + 1))[:50_000]
    tables = ("S175 64 114 24 26 15.05.2015 10.00 - 0121 626 5000 \u200b" * 1_000)[:50_000]
    digits = ("3 1 4 1 5 9 2 6 5 3 " * 2_500)[:50_000]  # 25,000 one-digit groups, no run of ten of them valid
    return [prose, tables, digits]
