"""Understanding the twenty-ninth round's classes, most from sets written to take work on loosely, to pass on news,
and to ask about others: someone "happy to take the action on …" (theirs, however the taking is worded); the
writer's own agency named beside "we" ("probation - we'll take the MAPPA review", "we'll pick that up for police –
…", "cafcass can pick up the data request – we'll get it to Martine …": the agency's, never the writer's alone);
leave someone asked the writer to pass on (never the writer's leave); "he's" or "she's" never a stranger's name;
"permanently", "for good" never part of a name; a part ticked off for a first name two members share (asked, never
the writer's part instead); the work, then "can we give that to X?" (X's); "the chair's report" (a paper, not whose
list is asked for).

Every case is invented here (not copied from a corpus), several to a class. A wrong owner is worse than a question:
the look-alikes check that a rule stays away from wordings that only look like its own.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.understanding.snapshot import Snapshot
from tests.conftest import seed_snapshot
from tests.understanding_cases import Case, M, agency, check, group, member, parse, unknown


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    return seed_snapshot(tmp_path_factory.mktemp("understanding-twenty-ninth-round"))


# SEED_NOW is Friday 15 May 2015; boards 10 July and 11 September, the workshop 19 June, the audit panel Monday 18 May.
TAKEN_ON: list[Case] = [
    ("Rachael is happy to take the action on the neglect strategy", "Pam Smith",
     {"intent": "record_action", "owners": [member("Rachael Doyle")]}),  # had been nobody's
    ("Anne is happy to take the action on the transitions protocol – first draft to the September board", M,
     {"intent": "record_action", "owners": [member("Anne Harris")], "due": "2015-09-11"}),
    ("Kate mc will take the action on through-the-gate referrals, end of July", "Viv Townsend",
     {"intent": "record_action", "owners": [member("Kate McConnell")], "due": "2015-07-31"}),
    ("Jo's taking the action for the housing protocol", M,
     {"intent": "record_action", "owners": [member("Jo Forbes")]}),
    ("Remley agreed to pick up the action on the college's e-safety audit by the July board", M,
     {"intent": "record_action", "owners": [member("Remley Mann")], "due": "2015-07-10"}),
    ("Sally took the action on the missing children protocol at the board", M,
     {"intent": "record_action", "owners": [member("Sally Holmes")]}),
    ("I'm happy to take the action on the neglect strategy", "Pam Smith",
     {"intent": "record_action", "owners": [member("Pam Smith")]}),
    ("Hi all, following the PPP meeting I've agreed to take the action on rewriting the neglect toolkit guidance. "
     "I'm aiming to have it done for the workshop. Thanks, Nicki", "Nicki Burrows",
     {"intent": "record_action", "owners": [member("Nicki Burrows")], "due": "2015-06-19"}),  # had been nobody's
]  # fmt: skip
TAKEN_ON_LOOK_ALIKES = [
    "who is taking the action on the neglect strategy?",
    "is anyone happy to take the action on the neglect strategy?",
]
OWN_SIDE: list[Case] = [
    ("probation - we'll take the MAPPA review. can have something back to the scr sub by end of june", "Viv Townsend",
     {"intent": "record_action", "owners": [agency("National Probation Service")], "due": "2015-06-30"}),
    ("CRC: we will do the through the gate audit by the September board", "Kate McConnell",
     {"intent": "record_action", "owners": [agency("Probation – CRC")], "due": "2015-09-11"}),
    ("we'll pick that up for police – CSE problem profile refresh, by end of july", "Richard Fisher",
     {"intent": "record_action", "owners": [agency("West Midlands Police")], "due": "2015-07-31"}),  # had been his
    ("we'll take that one – early years will run the ofsted readiness session for nurseries. end of june",
     "Annette Callear",
     {"intent": "record_action", "owners": [agency("Early Years")], "due": "2015-06-30"}),  # had been hers
    ("cafcass can pick up the private law data request – we'll get it to Martine in two weeks", "Nicola Campbell",
     {"intent": "record_action", "owners": [agency("Cafcass")], "due": "2015-05-29"}),
    ("fire can do the home safety leaflet refresh, we'll aim to finish by end of june", "Julie Winpenny",
     {"intent": "record_action", "owners": [agency("West Midlands Fire Service")], "due": "2015-06-30"}),
    # another agency beside "we" is never the owner: the writer's side sends to it
    ("we'll send the figures to the police by friday", "Viv Townsend",
     {"intent": "record_action", "owners": [member("Viv Townsend")], "due": "2015-05-22"}),
]  # fmt: skip
OWN_SIDE_LOOK_ALIKES: list[tuple[str, str]] = [
    ("police can do the training - we'll help", "Nicola Campbell"),  # not the writer's agency: not read as theirs
    ("probation - we'll see", "Viv Townsend"),
]
RELAYED_LEAVE = [
    "Heads up - Pam's on leave from Tues so she's asked me to tell you she's away till the 1st",
    "Richard's off next week - he asked me to let you know he's back on the 26th",
    "Jo says to tell you she's away until 1 June",
]
NAMES: list[Case] = [
    ("Could you log an action for Richard please? He's agreed to bring the missing-from-home figures to July.", M,
     {"intent": "record_action"}),  # never a stranger called "He's"
    ("can a-3 move to kate mc permanently?", "Viv Townsend",
     {"intent": "reassign", "ref": "A-3", "owners": [member("Kate McConnell")]}),  # had been "kate mc permanently"
    ("can a-3 go to sally for good", "Richard Fisher",
     {"intent": "reassign", "ref": "A-3", "owners": [member("Sally Holmes")]}),
    ("Jo asked me to put on 23 that the B&B figures are with the housing manager for checking", "Merlin Joseph",
     {"intent": "add_update", "ref": "A-23", "on_behalf_of": "Jo Forbes"}),  # had been nothing
    ("what did we say about no 61 at the march board", "Annette Callear",
     {"intent": "show_action", "ref": "A-61"}),  # had been the March board's details
    ("anything about number 3 of the recommendations?", M, {"ref": None}),
    # how the tracker works, asked (no action named)
    ("is there a way to change who owns an action?", "Anne Harris", {"intent": "help"}),  # had been a list
    ("can I update someone else's action or just my own?", "Jo Forbes", {"intent": "help"}),
    ("if only my part of an action is done do i mark it complete or what", "Jo Forbes", {"intent": "help"}),  # done
    ("is there a way to move A-14 to July?", "Jo Forbes", {"intent": "change_due", "ref": "A-14"}),
    ("Kate is taking 40 over from me while I'm off", "Viv Townsend",
     {"intent": "reassign", "ref": "A-40", "owners": [member("Kate McConnell")]}),  # had been nothing
    ("a-3 to richard for now pls", "Sally Holmes",
     {"intent": "reassign", "ref": "A-3", "owners": [member("Richard Fisher")]}),
    ("add an action on housing and comm safety together pls – review of the DV refuge referral pathway, by the 1st",
     "Sue Haywood",
     {"intent": "record_action", "owners": [agency("DMBC – Housing"), agency("DMBC – Community Safety")]}),
]  # fmt: skip
PARTS: list[Case] = [
    ("Nicki's bit of 48 is done - the DBS guidance has gone out to the voluntary sector", M,
     {"intent": "complete_action", "ref": "A-48", "on_behalf_of": None,
      "ambiguous": [("Nicki", ["Nicki Burrows", "Nicola Campbell"])]}),  # had ticked off the writer's part
    ("a-48 done for Nicki", M,
     {"intent": "complete_action", "ref": "A-48", "on_behalf_of": None,
      "ambiguous": [("Nicki", ["Nicki Burrows", "Nicola Campbell"])]}),
    ("Karen's part of a-12 is done", M,
     {"intent": "complete_action", "ref": "A-12", "on_behalf_of": None,
      "ambiguous": [("Karen", ["Karen Jackson", "Karen Palk"])]}),
    ("Pam's part of a-48 is done", M,
     {"intent": "complete_action", "ref": "A-48", "on_behalf_of": "Pam Smith", "ambiguous": []}),
    ("Martine, Merlin tells me action 18 has now been completed.", "Roger Clayton",
     {"intent": "complete_action", "ref": "A-18", "on_behalf_of": "Merlin Joseph"}),  # had been the chair's part
    ("Hi Martine, Jo says a-7 is done", "Roger Clayton",
     {"intent": "complete_action", "ref": "A-7", "on_behalf_of": "Jo Forbes"}),
    # sent on, what comes back still awaited: progress, never closed
    ("on behalf of mike g - a-11 the YOS data's been sent to BI, waiting on the report", "Helen Ellis",
     {"intent": "add_update", "ref": "A-11", "on_behalf_of": "Mike Galikowski"}),  # had closed it
    ("a-9 the figures have gone over to public health and we're still waiting to hear", "Pam Smith",
     {"intent": "add_update", "ref": "A-9"}),
]  # fmt: skip
GIVEN_TO: list[Case] = [
    ("Sandra from the CCG says the GP audit tool needs piloting – can we give that to Su Vincent, end of June?", M,
     {"intent": "record_action", "owners": [member("Su Vincent")], "due": "2015-06-30"}),  # had been "Sandra"
    ("the leaflet needs redoing, can we give it to Jo by friday", M,
     {"intent": "record_action", "owners": [member("Jo Forbes")], "due": "2015-05-22"}),
    ("the CSE pathway wants refreshing - could you pass that to Sally?", "Richard Fisher",
     {"intent": "record_action", "owners": [member("Sally Holmes")]}),
]  # fmt: skip
LISTS: list[Case] = [
    ("can you give me everything that's overdue pls, writing the chair's report this weekend (joy)", M,
     {"intent": "list_actions", "owners": []}),  # had been the chair's list
    ("what's overdue? need it for the chair's briefing", M, {"intent": "list_actions", "owners": []}),
    ("what's on the chair's list", M, {"intent": "list_actions", "owners": [member("Roger Clayton")]}),
]  # fmt: skip
ATTENDANCE: list[Case] = [
    ("Nicola will have to miss Monday's panel, she's in court", "Jassi Broadmeadow",
     {"intent": "apology", "owners": [member("Nicola Campbell")], "meeting": "2015-05-18"}),  # had been nobody's
    ("Sally will miss the July board", M,
     {"intent": "apology", "owners": [member("Sally Holmes")], "meeting": "2015-07-10"}),
    ("me and annette are both out for the workshop sorry – ofsted week", "Marie Hunter",
     {"intent": "apology", "owners": [member("Marie Hunter"), member("Annette Callear")], "meeting": "2015-06-19"}),
    ("zala and me are both off for the board", "Pam Smith",
     {"intent": "apology", "owners": [member("Pam Smith"), member("Zala Ibrahim")], "meeting": "2015-07-10"}),
    ("mike g is back from his course early so he'll be at the panel on mon", "Helen Ellis",
     {"intent": "withdraw_apology", "owners": [member("Mike Galikowski")], "meeting": "2015-05-18"}),
    ("Kate's court case finished early so she'll be at Monday's panel herself", "Viv Townsend",
     {"intent": "withdraw_apology", "owners": [member("Kate McConnell")], "meeting": "2015-05-18"}),
]  # fmt: skip
# Sorry, thanks and lateness that send no apologies and record nothing for anyone
NOT_APOLOGIES: list[Case] = [
    ("Hi all, apologies for the radio silence – Ofsted at one school! Good news though: Netherton Park Primary have "
     "now returned their S175. Marie", "Marie Hunter",
     {"intent": "audit_update"}),  # had been her apologies for July
    ("apologies for the silence, a-4 is done", "Pam Smith", {"intent": "complete_action", "ref": "A-4"}),
    ("thanks for sorting my apols Martine 👍", "Remley Mann", {"intent": "none"}),
    ("cheers for passing on my apologies", "Remley Mann", {"intent": "none"}),
    ("Sally will miss the deadline for a-4", M, {"intent": "none", "owners": []}),  # late, not away, no new action
    ("the papers are both out for the board", M, {"intent": "none"}),
]  # fmt: skip
ASKED_TO_ADD: list[Case] = [
    ("Merlin to present the VCSG update at the July board - can you add that, Martine?", "Roger Clayton",
     {"intent": "record_action", "owners": [member("Merlin Joseph")], "due": "2015-07-10"}),  # had been the date
    ("Jo to redo the housing leaflet by Friday, could you log it, Martine?", "Roger Clayton",
     {"intent": "record_action", "owners": [member("Jo Forbes")], "due": "2015-05-22"}),
    ("Morning all! Bit of good news to brighten a grey Friday – re A-50, the sessions have been booked in for June.",
     "Jayne Sargeant", {"intent": "add_update", "ref": "A-50", "owners": []}),  # had been an action for "Bit"
    ("what's kate and viv got between them", M,
     {"intent": "list_actions", "owners": [member("Kate McConnell"), member("Viv Townsend")]}),  # Viv's alone
]  # fmt: skip
MORE: list[Case] = [
    # the writer's agency named after the work
    ("we'll do the child death data summary for the next board – public health that is, not CDOP", "Karen Jackson",
     {"intent": "record_action", "owners": [agency("Office of Public Health")], "due": "2015-07-10"}),
    ("we'll pull together the missing from home figures for the july board - police action pls", "Richard Fisher",
     {"intent": "record_action", "owners": [agency("West Midlands Police")], "due": "2015-07-10"}),
    ("early years can pick up the childminder safeguarding refresher - put us down for the workshop", "Annette Callear",
     {"intent": "record_action", "owners": [agency("Early Years")], "due": "2015-06-19"}),
    ("Apologies from the trust for the July board – Zala and I are both at the CQC feedback session that day.",
     "Pam Smith",
     {"intent": "apology", "owners": [member("Pam Smith"), member("Zala Ibrahim")], "meeting": "2015-07-10"}),
    ("the trust's apologies for the next board, no one can make it", "Tabetha Darman",
     {"intent": "apology", "owners": [agency("BCPFT")], "meeting": "2015-07-10"}),  # had been hers alone
    ("apologies from the trust for July", "Tabetha Darman",
     {"intent": "apology", "owners": [member("Tabetha Darman")], "meeting": "2015-07-10"}),
    # a preamble with an aside in brackets, then the work
    ("As discussed briefly at the end of the March board (apologies again for having to dash off!), the Directorate "
     "of People will produce a joint commissioning statement on early help. Could this be recorded with a due date "
     "of the September board?", "Tony Oakman",
     {"intent": "record_action", "owners": [agency("DMBC – Directorate of People")], "due": "2015-09-11"}),
    ("can you pull together what VCSG still owes for me?", "Merlin Joseph",
     {"intent": "list_actions", "owners": [group("Vulnerable Children's Strategic Group")]}),  # had added Merlin
    ("anything for me?", "Merlin Joseph", {"intent": "list_actions", "owners": [member("Merlin Joseph")]}),
    # taken back, however the meeting is named between
    ("Please take my apology for the 11 Sept board off the list – I'll be there.", "Tabetha Darman",
     {"intent": "withdraw_apology", "owners": [member("Tabetha Darman")], "meeting": "2015-09-11"}),  # had been sent
    ("I was going to send apols for monday but I've juggled things round so I'll be there as planned", "Anne Harris",
     {"intent": "none"}),
    ("probation not sending anyone to the panel", M, {"intent": "apology", "meeting": "2015-05-18"}),
    # done, with a date of something else, and "pushing it through"
    ("Hi Martine, Just to confirm A-38 is complete - the care leavers protocol went to Cabinet on Tuesday and was "
     "approved (thanks to Tony for pushing it through!). Best, Jo", "Jo Forbes",
     {"intent": "complete_action", "ref": "A-38"}),  # had moved it to Tuesday 19 May
    ("push A-38 through to Friday", M, {"intent": "change_due", "ref": "A-38", "due": "2015-05-22"}),
    ("Anne says re A-6: adult safeguarding have agreed to co-fund the transitions worker", M,
     {"intent": "add_update", "ref": "A-6", "on_behalf_of": "Anne Harris", "owners": []}),  # had been a new action
    # some of it still to come: news, never closed
    ("a-48 done, police bit still to do", "Nicki Burrows", {"intent": "add_update", "ref": "A-48"}),
    ("a-48 DCVS briefing out to all member orgs, police bit still to do", "Nicki Burrows",
     {"intent": "add_update", "ref": "A-48"}),
    ("action 40 - NPS have finished their part of the joint briefing, the CRC section follows next week",
     "Viv Townsend",
     {"intent": "add_update", "ref": "A-40"}),
    ("a-59 the schools side is done, passed over to Rachael for the workforce side", "Marie Hunter",
     {"intent": "add_update", "ref": "A-59"}),
    # the part done named as someone's: that part ticked off, whatever is still to do
    ("a-48 my part is done", "Nicki Burrows", {"intent": "complete_action", "ref": "A-48"}),
    ("a-48 our half's done - DCVS briefing out to all member orgs. police bit still to do", "Nicki Burrows",
     {"intent": "complete_action", "ref": "A-48"}),
    ("mike g's bit of a-26 done, jo still to do hers", M,
     {"intent": "complete_action", "ref": "A-26", "on_behalf_of": "Mike Galikowski"}),
    # a body not on the roster, first, before the work: asked about by name, never nobody's
    ("Safe and Sound to send over the CSE awareness session numbers by end of next week", "Sally Holmes",
     {"intent": "record_action", "owners": [unknown("Safe and Sound")], "due": "2015-05-22"}),  # had been nothing
    ("barnardos to send their CSE screening tool over to PPP before the workshop", "Tabetha Darman",
     {"intent": "record_action", "owners": [unknown("barnardos")], "due": "2015-06-19"}),
    ("someone to send the figures by friday", M, {"owners": []}),
    # attendance said loosely
    ("Annette's not going to make Monday's panel - she's got a nursery inspection.", "Jassi Broadmeadow",
     {"intent": "apology", "owners": [member("Annette Callear")], "meeting": "2015-05-18"}),  # had been nobody's
    ("no early years rep at monday's panel I'm afraid", "Marie Hunter",
     {"intent": "apology", "owners": [agency("Early Years")], "meeting": "2015-05-18"}),  # had been nothing
    ("Annette is poorly so no early years rep at monday's panel", "Marie Hunter",
     {"intent": "apology", "owners": [member("Annette Callear")], "meeting": "2015-05-18"}),
    ("good news, lisa won't need to cover september - I'm coming myself now", "Pam Smith",
     {"intent": "withdraw_apology", "owners": [member("Pam Smith")], "meeting": "2015-09-11"}),
    ("the report won't make the July board", "Jassi Broadmeadow", {"intent": "none"}),  # had been her apologies
    ("the report is not going to make the July board", "Jassi Broadmeadow", {"intent": "none"}),
    ("the figures aren't going to be ready for monday's panel", "Jassi Broadmeadow", {"intent": "none"}),
]  # fmt: skip
# "I'll …" that gives the tracker nothing
NOT_WORK = [
    "fyi we've got a new DI starting in public protection next month, I'll bring her along to the board to introduce",
    "Morning! Just back from the national LSCB conference – lots on MASH models, I'll bring my notes to the workshop",
    "sorry I missed the March board, I'll catch up on the minutes",
    "fyi karen j is off next week, I'll pick up any cdop queries",
    "Roger – sorry, I'm going to say no to chairing the task and finish group, my diary just won't stand it. Sally",
]

ALL = [
    *(("taken-on", *c) for c in TAKEN_ON),
    *(("own-side", *c) for c in OWN_SIDE),
    *(("names", *c) for c in NAMES),
    *(("parts", *c) for c in PARTS),
    *(("given-to", *c) for c in GIVEN_TO),
    *(("lists", *c) for c in LISTS),
    *(("attendance", *c) for c in ATTENDANCE),
    *(("not-apologies", *c) for c in NOT_APOLOGIES),
    *(("asked-to-add", *c) for c in ASKED_TO_ADD),
    *(("more", *c) for c in MORE),
]  # fmt: skip


@pytest.mark.parametrize(("group_", "text", "writer", "expected"), ALL, ids=[f"{c[0]}:{c[1][:40]}" for c in ALL])
def test_twenty_ninth_round_wording(
    snapshot: Snapshot, group_: str, text: str, writer: str, expected: dict[str, Any]
) -> None:
    check(parse(snapshot, text, writer), expected)


@pytest.mark.parametrize("text", TAKEN_ON_LOOK_ALIKES)
def test_asking_who_takes_an_action_names_no_member(snapshot: Snapshot, text: str) -> None:
    assert not [o for o in parse(snapshot, text, M)["owners"] if o["kind"] == "member"]


@pytest.mark.parametrize(("text", "writer"), OWN_SIDE_LOOK_ALIKES)
def test_we_beside_an_agency_not_the_writers_gives_it_nothing(snapshot: Snapshot, text: str, writer: str) -> None:
    got = parse(snapshot, text, writer)
    assert not [o for o in got["owners"] if o["kind"] == "agency"], got


@pytest.mark.parametrize("text", RELAYED_LEAVE)
def test_leave_passed_on_is_never_the_writers(snapshot: Snapshot, text: str) -> None:
    got = parse(snapshot, text, "Zala Ibrahim")
    assert not (got["intent"] == "leave" and not got["owners"]), got


def test_a_pronoun_is_never_a_strangers_name(snapshot: Snapshot) -> None:
    for text in ("He's to send the figures by Friday", "She's agreed to draft the leaflet by June"):
        assert not [o for o in parse(snapshot, text, M)["owners"] if o["kind"] == "unknown"], text


@pytest.mark.parametrize("text", NOT_WORK)
def test_saying_what_i_will_do_for_myself_records_nothing(snapshot: Snapshot, text: str) -> None:
    assert parse(snapshot, text, "Richard Fisher")["intent"] != "record_action"


def test_i_will_bring_the_figures_is_still_an_action(snapshot: Snapshot) -> None:
    got = parse(snapshot, "I'll bring the figures to the board", "Richard Fisher")
    check(got, {"intent": "record_action", "owners": [member("Richard Fisher")]})
