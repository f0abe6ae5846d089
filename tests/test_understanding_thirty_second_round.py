"""Understanding the thirty-second round's classes, most from sets written about lists asked for on someone else's
behalf, people not on the roster beside the writer, agencies' apologies and leave, messages that could be read
several ways, messages passed on for someone, owners introduced by their post, and long emails: the list of the one
named first ("nicki wants her list b4 PPP": hers, a name not on the roster asked about) and the context after a list
request ("…, I'm meeting her and Jo about …") naming nobody whose list it is; "For Viv: what's still open …?" (a
question, never a new action); "he can't make Monday" with nobody named (asked, never the writer's) and "Merlin's PA
here - he …" (Merlin's); an email forwarded from someone not on the roster (its "I" never the writer, a member it
names theirs); an action named by its subject, passed on ("Tony's asked me to get the peer review response moved
back a month"); an owner written after their post ("the CSP manager, Steve Ward, to …"); "will both be missing on
the 10th" (away), "won't be represented" (the agency's), apologies sent to another board (nothing for this one);
"I've just returned from leave" (never a completion); "what am I holding?"; "… but the action is mine"; and a
reference put right as "sorry, A-14 not A-41".

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
    return seed_snapshot(tmp_path_factory.mktemp("understanding-thirty-second-round"))


# SEED_NOW is Friday 15 May 2015; boards 10 July and 11 September, the workshop 19 June, the audit panel Monday 18 May.
LISTS_FOR_OTHERS: list[Case] = [
    ("helen wants her list before the VCSG", M,
     {"intent": "list_actions", "owners": [member("Helen Ellis")]}),  # had been nothing
    ("can pam have her overdue ones ahead of the exec", M,
     {"intent": "list_actions", "owners": [member("Pam Smith")]}),
    ("sally asked me to pull her outstanding actions, she's at court all day", M,
     {"intent": "list_actions", "owners": [member("Sally Holmes")]}),
    ("can mike gallikowsky have his list before the YOS board", M,
     {"intent": "list_actions", "owners": [unknown("mike gallikowsky", "Mike Galikowski")]}),  # asked, never guessed
    ("can u pull Jo's actions, I'm seeing her and Sue Haywood tomorrow", M,
     {"intent": "list_actions", "owners": [member("Jo Forbes")]}),  # had been Jo's and Sue's
    ("could I have Viv's list, she's with Kate all day", M,
     {"intent": "list_actions", "owners": [member("Viv Townsend")]}),
    ("send merlin the CDOP actions please, he's seeing pam and zala about them tomorrow", M,
     {"intent": "list_actions", "owners": [group("CDOP")]}),
    ("For Tony: what's still open for the SCR sub? He's meeting Anne on Monday.", M,
     {"intent": "list_actions"}),  # had been a new action for Tony
    ("send me the list of overdue actions", "Pam Smith",
     {"intent": "list_actions", "owners": []}),  # had been someone called "list"
    ("In preparation for my meeting with the DCS, could you send me everything open on the board's tracker?",
     "Roger Clayton", {"intent": "list_actions", "owners": []}),  # had been Roger's own
    ("what am I holding at the moment?", "Kate McConnell",
     {"intent": "list_actions", "owners": [member("Kate McConnell")]}),
    ("I've just returned from leave - could you remind me which actions I'm currently holding?", "Zala Ibrahim",
     {"intent": "list_actions"}),  # had been a completion
    ("the police open actions please, sally's asking", M,
     {"intent": "list_actions", "owners": [agency("West Midlands Police")]}),  # had been nothing
    ("what's down against Phase? Jayne wants it before she meets Nicki", M,
     {"intent": "list_actions", "owners": [agency("Phase Trust (voluntary)")]}),
    ("can Viv have the CRC list? she's picking up some of Kate's bits", M,
     {"intent": "list_actions", "owners": [agency("Probation – CRC")]}),
    ("Pam asked me to get the QA & Comms list for her before the workshop", M,
     {"intent": "list_actions", "owners": [group("QA & Comms")]}),
    ("could you send me the open actions for Helen and for the Vulnerable Children's Strategic Group ahead of our "
     "planning day?", M, {"intent": "list_actions",
                          "owners": [member("Helen Ellis"), group("Vulnerable Children's Strategic Group")]}),
    ("what's still open for the board as a whole? want a feel before I see Tony", "Roger Clayton",
     {"intent": "list_actions", "owners": []}),  # had been the next meeting
    # look-alikes: whose list is the whole board's, or nobody's list at all
    ("roger wants the overdue list before the exec", M, {"intent": "list_actions", "owners": []}),
    ("what's overdue? Jo wants hers", M, {"intent": "list_actions"}),
    ("when's the next board?", "Roger Clayton", {"intent": "meeting_info"}),
    ("Jo wants her list of contacts updated on the website", M, {"intent": "none"}),
    ("what have I got open before my meeting with Tony?", "Jassi Broadmeadow",
     {"intent": "list_actions", "owners": [member("Jassi Broadmeadow")]}),
]  # fmt: skip
NOBODY_NAMED: list[Case] = [
    ("he can't make Monday", M, {"intent": "apology", "owners": []}),  # had been the writer's
    ("she won't be at the July board", "Pam Smith", {"intent": "apology", "owners": []}),
    ("Roger's PA here - he can't make the workshop", M,
     {"intent": "apology", "owners": [member("Roger Clayton")], "meeting": "2015-06-19"}),  # had been the writer's
    ("Tony's PA here, he sends apologies for the 10th", M, {"intent": "apology", "owners": [member("Tony Oakman")]}),
    ("---------- Forwarded message ----------\nFrom: YOS admin\nSubject: July board\n\nMike Galikowski is unable to "
     "attend the board on 10 July. No deputy is available.", M,
     {"intent": "apology", "owners": [member("Mike Galikowski")]}),  # had been the writer's
    ("FYI below\n---------- Forwarded message ----------\nFrom: Dave Jones\nSent: Monday\nSubject: DSCB\n\nI will "
     "send the figures by Friday.", M, {"intent": "record_action", "owners": []}),  # had been the writer's
    # look-alikes: the one named before "he", the writer's own words after an email
    ("Tony rang - he's stuck at a DfE thing on monday so sends apols", M,
     {"intent": "apology", "owners": [member("Tony Oakman")]}),
    ("Forwarding the below.\n\n-----\nFrom: DCI Mark Bevan\nTo: Richard Fisher\nSubject: July\n\nRich, you'll need to "
     "send apologies for the July board.\n-----\n\nSo apologies from me for July. Rich", "Richard Fisher",
     {"intent": "apology", "owners": [member("Richard Fisher")]}),
]  # fmt: skip
SUBJECT_PASSED_ON: list[Case] = [
    ("Jo's asked me to get the housing protocol moved back a fortnight", M,
     {"intent": "change_due", "ref": None, "shift_days": 14, "on_behalf_of": "Jo Forbes"}),  # had been nothing
    ("Tony asked me to let you know the peer review response is done", M,
     {"intent": "complete_action", "ref": None, "on_behalf_of": "Tony Oakman"}),
    ("Helen asked me to update the detached youth work stats: Q4 figures in, Q1 due July", M,
     {"intent": "add_update", "ref": None, "on_behalf_of": "Helen Ellis"}),
    ("what's happening with the young carers research?", "Jayne Sargeant", {"intent": "show_action", "ref": None}),
    ("the LADO leaflet - Tony wants it moved over to Jassi", M,
     {"intent": "reassign", "ref": None, "owners": [member("Jassi Broadmeadow")]}),
    ("the DBS checks project - move it back a month please", "Sue Haywood",
     {"intent": "change_due", "ref": None, "shift_days": 30}),
    ("can the parenting research go to Jayne and Nicki B jointly", M,
     {"intent": "reassign", "ref": None, "owners": [member("Jayne Sargeant"), member("Nicki Burrows")]}),
    ("Mayada wants the SUDI review one dropped - the regional CDOP is doing it now", M,
     {"intent": "drop_action", "ref": None, "note": "the regional CDOP is doing it now"}),  # had been a new action
    ("Tony asked me to take the peer review response off, the DfE have withdrawn the request", M,
     {"intent": "drop_action", "ref": None, "on_behalf_of": "Tony Oakman"}),
    ("the taxi licensing training - scrap it, the licensing team are doing their own", "Sue Haywood",
     {"intent": "drop_action", "ref": None, "note": "the licensing team are doing their own"}),  # had been news
    ("the CDOP annual report deadline needs to move to mid June as the national data is late", "Mayada AbuAffan",
     {"intent": "change_due", "ref": None, "due": "2015-06-15"}),
    ("the LADO leaflet can go to first week of June instead ta", M,
     {"intent": "change_due", "ref": None, "due": "2015-06-05"}),
    ("the DV pathway's gone round to everyone so that one's done", "Sue Haywood",
     {"intent": "complete_action", "ref": None}),
    ("Tony's asked what the latest is on the peer review response", M, {"intent": "show_action", "ref": None}),
    # look-alike: new work, never an edit
    ("Jayne to bring the young carers research to the July board", M,
     {"intent": "record_action", "owners": [member("Jayne Sargeant")]}),
]  # fmt: skip
OWNERS_BY_POST: list[Case] = [
    ("the CSP manager, Steve Ward, to send the DHR action plan to the SCR sub by friday", "Sue Haywood",
     {"intent": "record_action", "owners": [unknown("Steve Ward")], "due": "2015-05-22"}),  # had been nothing
    ("our PPU DI, Gary Moss, to review the CSE referrals by end of june", "Richard Fisher",
     {"intent": "record_action", "owners": [unknown("Gary Moss")], "due": "2015-06-30"}),
    ("action for our station manager Bill Hart to brief crews on CSE indicators by end of June", "Julie Winpenny",
     {"intent": "record_action", "owners": [unknown("Bill Hart")]}),  # had been nobody
    ("My team manager Lisa Gough will draft the transitions protocol, but the action is mine. End of June.",
     "Anne Harris", {"intent": "record_action", "owners": [member("Anne Harris")], "due": "2015-06-30"}),
    ("our named nurse Claire Beddows will do the ED audit but please put the action under me - due end of June",
     "Pam Smith", {"intent": "record_action", "owners": [member("Pam Smith")], "due": "2015-06-30"}),
    ("Will to update the board on the website refresh at the july board", M,
     {"intent": "record_action", "owners": [unknown("Will")], "due": "2015-07-10"}),  # had been nothing
    ("we'll check every care leaver in B&B has a named worker - housing, end of may", "Jo Forbes",
     {"intent": "record_action", "owners": [agency("DMBC – Housing")], "due": "2015-05-31"}),  # had been Jo's
    # look-alikes: a post the roster holds; a name that is the owner; a month, not a name
    ("May to June figures are in", M, {"intent": "none"}),
    ("the business manager to circulate the minutes by Friday", "Roger Clayton",
     {"intent": "record_action", "owners": [member("Martine McFadden")]}),
    ("Lisa Gough to draft the transitions protocol by end of June", "Anne Harris",
     {"intent": "record_action", "owners": [unknown("Lisa Gough")]}),
]  # fmt: skip
AWAY: list[Case] = [
    ("the CCG and the hospital will both be missing on the 10th, joint governance day", M,
     {"intent": "apology", "owners": [agency("Dudley CCG"), agency("Dudley Group NHS Foundation Trust")],
      "meeting": "2015-07-10"}),  # had been a new action due 10 June
    ("Pam will be missing from the July board", M, {"intent": "apology", "owners": [member("Pam Smith")]}),
    ("housing won't be represented on monday, sorry", "Jo Forbes",
     {"intent": "apology", "owners": [agency("DMBC – Housing")]}),  # had been the writer's alone
    ("just had a call - nobody from fire can get to the workshop", M,
     {"intent": "apology", "owners": [agency("West Midlands Fire Service")], "meeting": "2015-06-19"}),
    ("I've sent my apologies to the Sandwell board for Thursday - nothing needed here", "Viv Townsend",
     {"intent": "none"}),  # had been a completion
    ("apols for the adults board next week, nothing for Dudley", "Anne Harris", {"intent": "none"}),
    ("I've just returned from leave, what's overdue for me?", "Helen Ellis",
     {"intent": "list_actions", "owners": [member("Helen Ellis")]}),  # had been a completion
    ("For information, Jo Forbes is on annual leave and returns on Monday 1 June.", M,
     {"intent": "leave", "owners": [member("Jo Forbes")], "away_until": "2015-05-31"}),  # had been nothing
    ("can i log an action by just replying here or do i still have to email martine", "Zala Ibrahim",
     {"intent": "help"}),  # had been the business manager's list
    # look-alikes: this board's meetings, things missing, work sent
    ("apologies for the July board, I'm at the Sandwell board that day", "Viv Townsend",
     {"intent": "apology", "owners": [member("Viv Townsend")], "meeting": "2015-07-10"}),
    ("the leaflet will be missing from the pack", M, {"intent": "none"}),
    ("police apols for monday", "Richard Fisher", {"intent": "apology", "owners": [member("Richard Fisher")]}),
    ("I've sent the leaflet to the printers", "Nicola Campbell", {"intent": "complete_action"}),
]  # fmt: skip
MORE: list[Case] = [
    ("A-39: please reassign to the Policy, Procedures & Practice group as a whole", M,
     {"intent": "reassign", "ref": "A-39", "owners": [group("Policy, Procedures & Practice")]}),  # had been news
    ("Could action 30 be reassigned to the Policy, Procedures & Practice group? It's bigger than one person.", M,
     {"intent": "reassign", "ref": "A-30", "owners": [group("Policy, Procedures & Practice")]}),
    ("Re A-37: the fieldwork has finished and the findings are being written up. I expect to have a draft in June.",
     "Jassi Broadmeadow", {"intent": "add_update", "ref": "A-37"}),  # had been closed
    ("police to check whether the family had any call-outs before March", M,
     {"intent": "record_action", "due": None}),  # had been due 29 February 2016
    ("apols for July, I'm on a course. Get Sally to cover.", "Richard Fisher",
     {"intent": "apology", "representative": "Sally Holmes"}),  # had been someone called "Get Sally"
    ("a-61 half the watches done, rest by end of month", "Julie Winpenny",
     {"intent": "add_update", "ref": "A-61"}),  # had been closed
    # look-alikes: done, and what follows it; a limit after the question asked
    ("A-37 is done, the report is being circulated now", "Jassi Broadmeadow", {"intent": "complete_action"}),
    ("A-61 done - the rest of the team were briefed last week", "Julie Winpenny", {"intent": "complete_action"}),
    ("Sally to find out if the school had any concerns, before the July board", M,
     {"intent": "record_action", "due": "2015-07-10"}),
]  # fmt: skip
CORRECTED: list[Case] = [
    ("a-14 done. sorry, A-41 not A-14!", "Julie Winpenny", {"intent": "complete_action", "ref": "A-41"}),  # was A-14
    ("whats a-27.. sorry meant a-72", "Pam Smith", {"intent": "show_action", "ref": "A-72"}),
    # look-alike: nothing put right
    ("a-14 done, sorry it took so long", "Julie Winpenny", {"intent": "complete_action", "ref": "A-14"}),
]  # fmt: skip

ALL = [
    *(("lists", *c) for c in LISTS_FOR_OTHERS),
    *(("nobody-named", *c) for c in NOBODY_NAMED),
    *(("subject-passed-on", *c) for c in SUBJECT_PASSED_ON),
    *(("owners-by-post", *c) for c in OWNERS_BY_POST),
    *(("away", *c) for c in AWAY),
    *(("more", *c) for c in MORE),
    *(("corrected", *c) for c in CORRECTED),
]  # fmt: skip


@pytest.mark.parametrize(("group_", "text", "writer", "expected"), ALL, ids=[f"{c[0]}:{c[1][:40]}" for c in ALL])
def test_thirty_second_round_wording(
    snapshot: Snapshot, group_: str, text: str, writer: str, expected: dict[str, Any]
) -> None:
    check(parse(snapshot, text, writer), expected)
