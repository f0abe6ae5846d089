"""Understanding members new to the assistant, and busy ones in threads: the request after an opening that only
says how they feel about asking ("Not sure if this is the right place but …", "Can I add an action? …", "I think I
need to record that …"), a first name spelt another way ("Rachel" for Rachael: asked about, never assumed), owners
holding work "jointly", "our group" (the group the writer chairs, else asked), a note to the chair signed by the
writer, the calendar asked about, an apology undone, an owner changed in so many words, news after a reference,
and the thread replies listed above THREADS.

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

# Busy members in threads: "eom june", "done and dusted", closing on someone's behalf,
# "mine and X's", a stand-in by first name and agency, a diary clash, leave with who covers, owners said against
# the old one, "moves to the chair of WDG", "whoever chairs the workforce group".
THREADS: list[Case] = [
    ("CDOP to refresh the safe sleep leaflet, eom june", "Mayada AbuAffan",
     {"intent": "record_action", "owners": [group("CDOP")], "due": "2015-06-30"}),
    ("a9 - extend to eom july pls", M, {"intent": "change_due", "ref": "A-9", "due": "2015-07-31"}),
    ("a12 – done and dusted, the leaflet went to print on Tuesday", "Zala Ibrahim",
     {"intent": "complete_action", "ref": "A-12"}),
    ("closing A-8 on behalf of Julie, she sent the figures yesterday", M,
     {"intent": "complete_action", "ref": "A-8", "on_behalf_of": "Julie Winpenny"}),
    ("Zala says a16 is done", M, {"intent": "complete_action", "ref": "A-16", "on_behalf_of": "Zala Ibrahim"}),
    ("show my overdue ones and jo's", "Helen Ellis",
     {"intent": "list_actions", "owners": [member("Helen Ellis"), member("Jo Forbes")]}),
    ("apols for the workshop please, Richard from the police will come in my place", "Sally Holmes",
     {"intent": "apology", "owners": [member("Sally Holmes")], "meeting": "2015-06-19",
      "representative": "Richard Fisher"}),
    ("so sorry, I've got a clash with the September board – Anne Harris has agreed to come instead", "Tony Oakman",
     {"intent": "apology", "owners": [member("Tony Oakman")], "meeting": "2015-09-11",
      "representative": "Anne Harris"}),
    ("ooo up to and incl Weds 3rd June - anything urgent to Pam", "Zala Ibrahim",
     {"intent": "leave", "away_until": "2015-06-03"}),
    ("on leave till 29 May, please contact Sally in my absence", "Richard Fisher",
     {"intent": "leave", "away_until": "2015-05-29"}),
    ("action 22 – can this be the CCG's rather than mine?", "Pam Smith",
     {"intent": "reassign", "ref": "A-22", "owners": [agency("Dudley CCG")]}),
    ("a17 – that one's mine not the police's", "Sally Holmes",
     {"intent": "reassign", "ref": "A-17", "owners": [member("Sally Holmes")]}),
    ("after the board A-30 moves to the chair of CDOP", M,
     {"intent": "reassign", "ref": "A-30", "owners": [member("Mayada AbuAffan")]}),
    ("whoever chairs the workforce group to draft the training calendar by 10 July", M,
     {"intent": "record_action", "owners": [member("Rachael Doyle")], "due": "2015-07-10"}),
    ("At the CDOP yesterday I was asked what our group still has open - can you list them for me?", "Mayada AbuAffan",
     {"intent": "list_actions", "owners": [group("CDOP")]}),
    ("Roger asked what the police still owe?", M,
     {"intent": "list_actions", "owners": [agency("West Midlands Police")]}),
    ("what does the workforce group owe?", M,
     {"intent": "list_actions", "owners": [group("Workforce Development Group")]}),
]  # fmt: skip

# An action told in a story: the last "X said she'd …", "agreed … that I'd …", "add something for X? She's going to
# …", a date given in a sentence of its own ("End of July is fine"), a date put first ("By 26th June the trust …").
STORIES: list[Case] = [
    ("At Tuesday's CDOP we went round the houses on safe sleep and in the end Zala said she'd draft a leaflet for "
     "GPs. No date was set.", "Mayada AbuAffan", {"intent": "record_action", "owners": [member("Zala Ibrahim")]}),
    ("Long discussion at the SCR sub about the learning events, and eventually Viv said she would pull together the "
     "probation lessons by the September board", "Su Vincent",
     {"intent": "record_action", "owners": [member("Viv Townsend")], "due": "2015-09-11"}),
    ("We agreed on the WDG call yesterday that I'd update the training matrix. Should have it by 12 June.",
     "Rachael Doyle", {"intent": "record_action", "owners": [member("Rachael Doyle")], "due": "2015-06-12"}),
    ("Could you log something for Kate? She's going to map the CRC caseloads against the MAPPA list. Mid June is "
     "fine.", "Viv Townsend", {"intent": "record_action", "owners": [member("Kate McConnell")]}),
    ("can you add an action for Remley? He'll speak to the FE safeguarding leads. End of June is fine", M,
     {"intent": "record_action", "owners": [member("Remley Mann")], "due": "2015-06-30"}),
    ("By 30th June housing need to share the temporary accommodation list", "Jo Forbes",
     {"intent": "record_action", "owners": [agency("DMBC – Housing")], "due": "2015-06-30"}),
    ("By Friday, Pam to send the bruising figures", M,
     {"intent": "record_action", "owners": [member("Pam Smith")], "due": "2015-05-22"}),
]  # fmt: skip

ALL: dict[str, list[Case]] = {
    "openings": OPENINGS, "names": NAMES, "others": OTHERS, "threads": THREADS, "stories": STORIES,
}  # fmt: skip
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


def test_thanks_and_dates_that_only_look_like_closing_or_a_clash(snapshot: Snapshot) -> None:
    assert parse(snapshot, "cheers for closing A-6 😊", "Su Vincent")["intent"] == "none"
    got = parse(snapshot, "A-33 closing date is 30 June", M)
    assert (got["intent"], got["due"]) == ("change_due", "2015-06-30"), got
    assert parse(snapshot, "the clash with the board date is a problem for the report", M)["intent"] != "apology"


def test_a_story_with_no_one_taking_anything_on_records_nothing(snapshot: Snapshot) -> None:
    for text in (
        "At the VCSG we talked a lot about missing children and in the end nothing was agreed.",
        "In the end Jo said she'd be late for the board",
        "We agreed at the panel that the audit went well.",
    ):
        assert parse(snapshot, text, "Helen Ellis")["intent"] != "record_action", text
