"""Understanding members new to the assistant: the request after an opening that only says how they feel about
asking ("Not sure if this is the right place but …", "Can I add an action? …", "I think I need to record that
…"), a first name spelt another way ("Rachel" for Rachael: asked about, never assumed), owners holding work
"jointly", "our group" (the group the writer chairs, else asked), a note to the chair signed by the writer, the
calendar asked about, an apology undone, an owner changed in so many words, and a reference followed by news.

Every case is invented here (not copied from a corpus), several to a class. The negative cases keep each rule away
from wordings that only look like its own: a wrong owner is worse than a question.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.understanding.snapshot import Snapshot
from tests.conftest import seed_snapshot
from tests.understanding_cases import Case, M, agency, check, group, member, parse, unknown


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    return seed_snapshot(tmp_path_factory.mktemp("understanding-newcomers"))


# SEED_NOW is Friday 15 May 2015; boards 10 July and 11 September, the workshop 19 June, the audit panel Monday 18 May.
VCSG = "Vulnerable Children's Strategic Group"

OPENINGS: list[Case] = [
    ("Can I add an action? Pam to refresh the bruising protocol, ideally by the July board.", "Zala Ibrahim",
     {"intent": "record_action", "owners": [member("Pam Smith")], "due": "2015-07-10"}),
    ("could I log something on the tracker? Housing to map the B&B placements by end of June", "Helen Ellis",
     {"intent": "record_action", "owners": [agency("DMBC – Housing")], "due": "2015-06-30"}),
    ("Is it possible to set an action for all members? Everyone to read the neglect strategy by 11 September",
     "Jassi Broadmeadow",
     {"intent": "record_action", "owners": [group("all members")], "due": "2015-09-11"}),
    ("Not sure if this is the right place but Viv to send round the MAPPA guidance by next Friday", "Kate McConnell",
     {"intent": "record_action", "owners": [member("Viv Townsend")], "due": "2015-05-22"}),
    ("Morning all, first time using this. I need to record that Julie will be checking the referral route by "
     "end of June", "Nicola Campbell",
     {"intent": "record_action", "owners": [member("Julie Winpenny")], "due": "2015-06-30"}),
    ("sorry, bit of a long one. I think I need to log that Sally is updating the CSE profile for the July board",
     "Richard Fisher", {"intent": "record_action", "owners": [member("Sally Holmes")], "due": "2015-07-10"}),
    ("Not sure how this works but for action 21: I spoke to the heads' forum and they are on board", "Marie Hunter",
     {"intent": "add_update", "ref": "A-21", "note": "I spoke to the heads' forum and they are on board"}),
    ("I think I need to change the date on action 9 – we agreed to bring it to the September board", M,
     {"intent": "change_due", "ref": "A-9", "due": "2015-09-11"}),
    ("Is it possible to delete action 27? It went on twice", M,
     {"intent": "drop_action", "ref": "A-27", "note": "It went on twice"}),
]  # fmt: skip

NAMES: list[Case] = [
    ("Can we add: Rachel to draft the training offer by 26 June", "Marie Hunter",
     {"intent": "record_action", "owners": [unknown("Rachel", "Rachael Doyle")], "due": "2015-06-26"}),
    ("Merlyn to chase the Ofsted plan by next Friday", "Tony Oakman",
     {"intent": "record_action", "owners": [unknown("Merlyn", "Merlin Joseph")], "due": "2015-05-22"}),
    ("Jassy + Martine to refresh the website by end of June", "Helen Ellis",
     {"intent": "record_action", "owners": [unknown("Jassy", "Jassi Broadmeadow"), member(M)],
      "due": "2015-06-30"}),
    ("Rachael to draft the training offer", "Marie Hunter",
     {"intent": "record_action", "owners": [member("Rachael Doyle")]}),
    ("put in an action for the police and YOS jointly to agree the diversion protocol by 3 July", "Helen Ellis",
     {"intent": "record_action", "owners": [agency("West Midlands Police"), agency("DMBC – YOS")],
      "due": "2015-07-03"}),
    ("Pam and Zala together to audit the bruising referrals by end of June", M,
     {"intent": "record_action", "owners": [member("Pam Smith"), member("Zala Ibrahim")], "due": "2015-06-30"}),
    ("what does our group have open?", "Merlin Joseph", {"intent": "list_actions", "owners": [group(VCSG)]}),
    ("our group to refresh the missing children protocol by the July board", "Mayada AbuAffan",
     {"intent": "record_action", "owners": [group("CDOP")], "due": "2015-07-10"}),
    ("Please change the owner of A-13 to Mayada and Karen J", M,
     {"intent": "reassign", "ref": "A-13", "owners": [member("Mayada AbuAffan"), member("Karen Jackson")]}),
    ("switch the lead on a4 over to the CCG please", M,
     {"intent": "reassign", "ref": "A-4", "owners": [agency("Dudley CCG")]}),
]  # fmt: skip

OTHERS: list[Case] = [
    ("Roger – apols for the September board, I'm at a conference. Remley", "Remley Mann",
     {"intent": "apology", "owners": [member("Remley Mann")], "meeting": "2015-09-11"}),
    ("Martine, apologies for the workshop please, clashes with inspection. Tabetha", "Tabetha Darman",
     {"intent": "apology", "owners": [member("Tabetha Darman")], "meeting": "2015-06-19"}),
    ("what meetings have we got coming up", "Annette Callear", {"intent": "meeting_info"}),
    ("any board dates in the diary?", "Remley Mann", {"intent": "meeting_info"}),
    ("Is it possible to undo the apology I sent for the workshop? Diary's changed", "Karen Jackson",
     {"intent": "withdraw_apology", "owners": [member("Karen Jackson")]}),
    ("action 10 - Cafcass have sent their comments, will finalise next week", "Nicola Campbell",
     {"intent": "add_update", "ref": "A-10", "note": "Cafcass have sent their comments, will finalise next week"}),
]  # fmt: skip

ALL: dict[str, list[Case]] = {"openings": OPENINGS, "names": NAMES, "others": OTHERS}
CASES = [(name, *case) for name, cases in ALL.items() for case in cases]


@pytest.mark.parametrize(("group_", "text", "writer", "expected"), CASES, ids=[f"{c[0]}:{c[1][:40]}" for c in CASES])
def test_newcomers_wording(snapshot: Snapshot, group_: str, text: str, writer: str | None,
                           expected: dict[str, Any]) -> None:  # fmt: skip
    check(parse(snapshot, text, writer), expected)


# Wordings that only look like the classes above.
def test_asking_how_stays_a_question_about_the_assistant(snapshot: Snapshot) -> None:
    for text in ("how do I add an update to an action?", "HOW DO I UPDATE AN ACTION", "how do i log an action"):
        assert parse(snapshot, text, "Jo Forbes")["intent"] == "help", text


def test_a_numbered_new_action_is_no_reference(snapshot: Snapshot) -> None:
    got = parse(snapshot, "Action 1: I'll circulate the plan by end of June", "Marie Hunter")
    assert (got["intent"], got["ref"], got["owners"]) == ("record_action", None, [member("Marie Hunter")])


def test_a_note_passed_on_by_the_manager_stays_whose_it_is(snapshot: Snapshot) -> None:
    """The manager passes on members' apologies: the name first is the apologiser's, whoever signs."""
    got = parse(snapshot, "Pam – apologies for the September board. Martine", M)
    assert got["owners"] == [member("Pam Smith")], got


def test_our_group_from_a_member_who_chairs_none_is_asked_about(snapshot: Snapshot) -> None:
    got = parse(snapshot, "our group to refresh the protocol by end of June", "Jo Forbes")
    assert [o["kind"] for o in got["owners"]] == ["unknown"], got


def test_a_full_first_name_spelt_as_the_roster_has_it_is_the_member(snapshot: Snapshot) -> None:
    for text, name in (("Merlin to chase it", "Merlin Joseph"), ("jassi to chase it", "Jassi Broadmeadow"),
                       ("mike g to chase it", "Mike Galikowski")):  # fmt: skip
        assert parse(snapshot, text, "Helen Ellis")["owners"] == [member(name)], text
