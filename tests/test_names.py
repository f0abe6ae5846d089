"""Name matching refuses to guess: variants match, typos only suggest, shared first names ask, strangers match
none."""

from __future__ import annotations

from typing import Any

import pytest

from bot.directory import load_directory
from bot.understanding.names import NameIndex, sounds_alike
from bot.understanding.owners import OwnerResolver
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
        ("Jane Sargeant", "Jayne Sargeant"),
        ("Viv", "Viv Townsend"),
        ("Tony", "Tony Oakman"),
        ("Oakman", "Tony Oakman"),
        ("Anthony Oakman", "Tony Oakman"),
        ("V Townsend", "Viv Townsend"),
        ("Rachel Doyle", "Rachael Doyle"),
        ("tony o", "Tony Oakman"),
        ("mike g", "Mike Galikowski"),
        ("sue v", "Su Vincent"),
    ],
)
def test_variants_find_the_member(names: NameIndex, written: str, member: str) -> None:
    match = names.person(written)
    assert match.member is not None, match
    assert match.member.name == member


@pytest.mark.parametrize(
    ("written", "suggested"),
    [
        ("Kate McConnel", "Kate McConnell"),
        ("Jayne Sargent", "Jayne Sargeant"),
        ("Zala Ibraheem", "Zala Ibrahim"),
        ("Tabitha Darman", "Tabetha Darman"),
        ("Tony Oakmen", "Tony Oakman"),
        ("Martine Macfadden", "Martine McFadden"),
        ("Richard Fischer", "Richard Fisher"),
        ("Tabitha", "Tabetha Darman"),
        ("Galikowsky", "Mike Galikowski"),
    ],
)
def test_typos_match_nobody_but_suggest_the_member(names: NameIndex, written: str, suggested: str) -> None:
    match = names.person(written)
    assert match.member is None and not match.candidates, match
    assert match.suggestions and match.suggestions[0].name == suggested


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
    assert match.member is None and not match.candidates and not match.suggestions


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


@pytest.mark.parametrize(("one", "other", "alike"), [("sue", "su", True), ("nicki", "nicola", False),
                                                      ("karen", "karin", True), ("jo", "joe", True)])  # fmt: skip
def test_names_that_sound_alike(one: str, other: str, alike: bool) -> None:
    assert sounds_alike(one, other) is alike


def owners_of(names: NameIndex, text: str, writer: str | None = None, *, subject: bool = False) -> dict[str, Any]:
    person = names.person(writer).member if writer else None
    found = OwnerResolver(names, person).single(text, subject=subject)
    if found is None:
        return {}
    return {
        "owners": [o.as_json() for o in found.owners],
        "ambiguous": [sorted(p.name for p in a.candidates) for a in found.ambiguous],
    }


@pytest.mark.parametrize(
    ("written", "member"),
    [("mike g", "Mike Galikowski"), ("tony o", "Tony Oakman"), ("nicola c", "Nicola Campbell"),
     ("kate mcconnell", "Kate McConnell"), ("sallys", "Sally Holmes"), ("fire service rep", "Julie Winpenny")],
)  # fmt: skip
def test_chat_case_and_shapes_find_the_member(names: NameIndex, written: str, member: str) -> None:
    assert owners_of(names, written)["owners"] == [{"kind": "member", "name": member}]


def test_a_lowercase_misspelling_only_suggests(names: NameIndex) -> None:
    assert owners_of(names, "jayne sergeant")["owners"] == [
        {"kind": "unknown", "name": "jayne sergeant", "suggestions": ["Jayne Sargeant"]}
    ]


def test_a_lowercase_stranger_is_someone_only_as_the_subject(names: NameIndex) -> None:
    assert owners_of(names, "anthea jones") == {}
    assert owners_of(names, "anthea jones", subject=True)["owners"] == [
        {"kind": "unknown", "name": "anthea jones", "suggestions": []}
    ]
    for everyday in ("social care", "happy", "really keen", "planning meeting", "the team"):
        assert owners_of(names, everyday, subject=True) == {}, everyday


@pytest.mark.parametrize(
    ("written", "candidates"),
    [("the police rep", ["Richard Fisher", "Sally Holmes"]), ("probation lead", ["Kate McConnell", "Viv Townsend"]),
     ("karens", ["Karen Jackson", "Karen Palk"])],
)  # fmt: skip
def test_several_members_fit_so_they_are_asked_about(names: NameIndex, written: str, candidates: list[str]) -> None:
    found = owners_of(names, written)
    assert found["owners"] == [] and found["ambiguous"] == [candidates]


@pytest.mark.parametrize(
    ("written", "writer", "member"),
    [("nicki", "Nicki Burrows", "Nicki Burrows"), ("nicki", "Roger Clayton", None), ("sue", "Sue Haywood", None)],
)
def test_the_writers_own_first_name_is_the_writer_unless_another_sounds_the_same(
    names: NameIndex, written: str, writer: str, member: str | None
) -> None:
    found = owners_of(names, written, writer)
    if member is None:
        assert found["owners"] == [] and len(found["ambiguous"]) == 1
    else:
        assert found["owners"] == [{"kind": "member", "name": member}]


@pytest.mark.parametrize("written", ["Probation", "probation", "the probation"])
def test_an_agency_word_that_fits_several_agencies_returns_them_all(names: NameIndex, written: str) -> None:
    match = names.agency(written)
    assert match.agency is None
    assert sorted(a.name for a in match.candidates) == ["National Probation Service", "Probation – CRC"]


@pytest.mark.parametrize(
    ("written", "agency"), [("probation crc", "Probation – CRC"), ("NPS", "National Probation Service")]
)
def test_a_fuller_agency_name_still_finds_one(names: NameIndex, written: str, agency: str) -> None:
    found = names.agency(written).agency
    assert found is not None and found.name == agency


def test_an_agency_ambiguity_offers_the_agencies_and_no_member(names: NameIndex) -> None:
    resolved = OwnerResolver(names, None).single("Probation")
    assert resolved is not None and not resolved.owners
    (ambiguity,) = resolved.ambiguous
    assert ambiguity.candidates == ()
    assert sorted(a.name for a in ambiguity.agencies) == ["National Probation Service", "Probation – CRC"]
    assert sorted(ambiguity.as_json()["candidates"]) == ["National Probation Service", "Probation – CRC"]


@pytest.mark.parametrize(
    ("written", "owner"),
    [("DI Fisher", "Richard Fisher"), ("karen from public health", "Karen Jackson"), ("Pams", "Pam Smith")],
)
def test_titles_agencies_and_bare_possessives_narrow_to_one_member(names: NameIndex, written: str, owner: str) -> None:
    resolved = OwnerResolver(names, None).single(written, subject=True)
    assert resolved is not None and [o.name for o in resolved.owners] == [owner]
