"""Name matching refuses to guess: variants and typos match, shared first names ask, strangers match none."""

from __future__ import annotations

import pytest

from bot.directory import load_directory
from bot.understanding.names import NameIndex
from store import db
from tests.conftest import make_board


@pytest.fixture(scope="module")
def names(tmp_path_factory: pytest.TempPathFactory) -> NameIndex:
    url = f"sqlite:///{tmp_path_factory.mktemp('names') / 'names.db'}"
    db.upgrade(url)
    board_id = make_board(url)
    with db.transaction(url) as session:
        return NameIndex(load_directory(session, board_id))


@pytest.mark.parametrize(
    ("written", "member"),
    [
        ("Su Vincent", "Su Vincent"),
        ("Sue Vincent", "Su Vincent"),
        ("Nicola Campbell", "Nicola Campbell"),
        ("Nicky Campbell", "Nicola Campbell"),
        ("Mayada Abuaffan", "Mayada AbuAffan"),
        ("MAYADA ABUAFFAN", "Mayada AbuAffan"),
        ("Kate McConnel", "Kate McConnell"),
        ("Jayne Sargent", "Jayne Sargeant"),
        ("Jane Sargeant", "Jayne Sargeant"),
        ("Zala Ibraheem", "Zala Ibrahim"),
        ("Tabitha Darman", "Tabetha Darman"),
        ("Viv", "Viv Townsend"),
        ("Tony", "Tony Oakman"),
        ("Oakman", "Tony Oakman"),
        ("Anthony Oakman", "Tony Oakman"),
        ("V Townsend", "Viv Townsend"),
        ("Rachel Doyle", "Rachael Doyle"),
    ],
)
def test_variants_and_typos_find_the_member(names: NameIndex, written: str, member: str) -> None:
    match = names.person(written)
    assert match.member is not None, match
    assert match.member.name == member


@pytest.mark.parametrize(
    ("written", "candidates"),
    [
        ("Sue", {"Su Vincent", "Sue Haywood"}),
        ("Karen", {"Karen Palk", "Karen Jackson"}),
    ],
)
def test_shared_first_names_return_the_candidates(names: NameIndex, written: str, candidates: set[str]) -> None:
    match = names.person(written)
    assert match.member is None
    assert match.ambiguous
    assert {p.name for p in match.candidates} == candidates


@pytest.mark.parametrize("written", ["Matt Smith", "Anne-Marie Carey", "Anthea Jones", "Trish Curran", "Bob", ""])
def test_people_not_on_the_roster_match_nobody(names: NameIndex, written: str) -> None:
    match = names.person(written)
    assert match.member is None and not match.candidates


@pytest.mark.parametrize(
    ("written", "agency"),
    [
        ("WMP", "West Midlands Police"),
        ("Police", "West Midlands Police"),
        ("the police", "West Midlands Police"),
        ("Public Health", "Office of Public Health"),
        ("NPS", "National Probation Service"),
        ("CRC", "Probation – CRC"),
        ("Cafcass", "Cafcass"),
        ("CCG", "Dudley CCG"),
        ("Dudley Group", "Dudley Group NHS Foundation Trust"),
        ("the council", "DMBC"),
        ("West Midland Police", "West Midlands Police"),
    ],
)
def test_agencies_by_name_and_short_name(names: NameIndex, written: str, agency: str) -> None:
    match = names.agency(written)
    assert match.agency is not None, written
    assert match.agency.name == agency


@pytest.mark.parametrize(
    ("written", "group"),
    [
        ("all members", "all members"),
        ("All Members", "all members"),
        ("all sub group chairs", "sub group chairs"),
        ("QA & Comms group", "QA & Comms"),
        ("QA and Comms group", "QA & Comms"),
        ("Quality Assurance & Communications group", "QA & Comms"),
        ("the CDOP", "CDOP"),
    ],
)
def test_groups_by_name_and_alias(names: NameIndex, written: str, group: str) -> None:
    found = names.group(written)
    assert found is not None and found.name == group


def test_a_large_roster_still_refuses_to_guess(names: NameIndex) -> None:
    assert names.person("Probation").member is None
