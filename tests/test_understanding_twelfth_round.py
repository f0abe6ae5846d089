"""Understanding the twelfth round's classes: work asked of a named person with "please" and no date ("Martine
please send round the ToR"), told rather than asked ("Pam, get the data to me by Friday"), asked of agencies without
a date ("could housing and fire look at …?"), wished by someone else ("he'd like public health to …", "could I ask that
WMP provide …"), day and month names mistyped ("monady", "jnue", "Jly"), a first name one letter out offered ("Zara":
Zala Ibrahim?), a department without its qualifier ("youth services") and a trust without "FT" ("BCP"), reassignments
in chat wording ("A-10 is with Nicola now", "put A-11 under PPP", "reallocate 15 to Anne", "I'll take A-29 off Jassi's
hands", "hand all my actions to Sally while I'm away"), a list asked of the one spoken to ("@Martine whats
overdue?"), "show me everything assigned to Sally", part done is news ("nearly done"), an apology or a stand-in no
longer needed, edits made for whoever asked ("on Zala's behalf"), "please note I will be on leave …", the month's
board named beside "this morning", "when did the board last meet?", "action against X to …", "next week if poss";
news passed on for someone ("Remley asked me to let you know he'll …"), dictated punctuation ("comma", "full stop",
"action a dash nine"), formal requests ("I should be grateful if Mr Galikowski would …"), and dates written loosely
("end of w/c 6 July", "mid-July (Fri 17th)", "by the board", "was due 29 May - push it back two weeks").

Every case is invented here (not copied from a corpus), several to a class. A wrong owner is worse than a
question: the negative cases check that a rule stays away from wordings that only look like its own.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.understanding.date_typos import with_day_names_mended
from bot.understanding.snapshot import Snapshot
from tests.conftest import seed_snapshot
from tests.understanding_cases import Case, M, agency, check, group, member, parse, unknown

R = "Roger Clayton"


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    return seed_snapshot(tmp_path_factory.mktemp("understanding-twelfth-round"))


# SEED_NOW is Friday 15 May 2015; boards 10 July and 11 September, the workshop 19 June, the audit panel Monday 18 May.
ASKED_BY_NAME: list[Case] = [
    ("Tabetha please redo the referral flowchart", R,
     {"intent": "record_action", "owners": [member("Tabetha Darman")], "due": None}),
    ("Urgent: Pam please get the bruising protocol out to the GPs.", R,
     {"intent": "record_action", "owners": [member("Pam Smith")], "asap": True}),
    ("Reminder - jo pls chase the B&B figures", M, {"intent": "record_action", "owners": [member("Jo Forbes")]}),
    ("Helen, draft the youth forum summary by 5 June", R,
     {"intent": "record_action", "owners": [member("Helen Ellis")], "due": "2015-06-05"}),
    ("new action: Remley circulate the FE audit results by Friday", M,
     {"intent": "record_action", "owners": [member("Remley Mann")], "due": "2015-05-22"}),
    ("could Cafcass and the police look at the joint protocol?", R,
     {"intent": "record_action", "owners": [agency("Cafcass"), agency("West Midlands Police")]}),
    ("Viv, please could you and Kate share the MAPPA figures, due 26th June", M,
     {"intent": "record_action", "owners": [member("Viv Townsend"), member("Kate McConnell")], "due": "2015-06-26"}),
    ("Anne and Jo - can you two map the joint cases by end of June?", M,
     {"intent": "record_action", "owners": [member("Anne Harris"), member("Jo Forbes")], "due": "2015-06-30"}),
    ("Spoke to Roger - he'd like housing to pull together the B&B numbers before Monday's panel", M,
     {"intent": "record_action", "owners": [agency("DMBC – Housing")], "due": "2015-05-18"}),
    ("Morning all. Could I ask that Cafcass provide their case summary by 29 May. Thanks, Roger", R,
     {"intent": "record_action", "owners": [agency("Cafcass")], "due": "2015-05-29"}),
    ("Can I have an action against the CCG to review the GP training offer - end of July", M,
     {"intent": "record_action", "owners": [agency("Dudley CCG")], "due": "2015-07-31"}),
    ("can the fire service do a leaflet drop on the estates? next week if poss", M,
     {"intent": "record_action", "owners": [agency("West Midlands Fire Service")], "due": "2015-05-22"}),
]  # fmt: skip

MISTYPED_DAYS: list[Case] = [
    ("apols for monady", "Jo Forbes", {"intent": "apology", "meeting": "2015-05-18"}),
    ("Jo to send the figures by thrusday", M, {"intent": "record_action", "due": "2015-05-21"}),
    ("Pam to finish the audit by end of jnue", M, {"due": "2015-06-30"}),
    ("all members to read the thresholds doc before the 10 Jly board", M, {"due": "2015-07-10"}),
    ("Mike to chase the YOS data by tuseday", M, {"due": "2015-05-19"}),
]  # fmt: skip

NAMES_AND_UNITS: list[Case] = [
    ("Zara to update the CDOP database by 12 June", M,
     {"intent": "record_action", "owners": [{"kind": "unknown", "name": "Zara", "suggestions": ["Zala Ibrahim"]}]}),
    ("what does Tabitha owe?", M,
     {"intent": "list_actions", "owners": [{"kind": "unknown", "name": "Tabitha", "suggestions": ["Tabetha Darman"]}]}),
    ("youth services to run the consultation by 11 Sept", M,
     {"owners": [agency("DMBC – Integrated Youth Services")], "due": "2015-09-11"}),
    ("Youth Service to send the session dates by Friday", M, {"owners": [agency("DMBC – Integrated Youth Services")]}),
    ("adult safeguarding and youth services to review the transitions protocol by 31 July", M,
     {"owners": [agency("DMBC – Adult Safeguarding"), agency("DMBC – Integrated Youth Services")]}),
    ("BCP to share the CAMHS waiting times by end of June", M, {"owners": [agency("BCPFT")], "due": "2015-06-30"}),
    ("Early Years settings to push the safe sleep messages by end of June", M, {"owners": [agency("Early Years")]}),
]  # fmt: skip

REASSIGNED: list[Case] = [
    ("a-10 is with Nicola now not me", "Tabetha Darman",
     {"intent": "reassign", "ref": "A-10", "owners": [member("Nicola Campbell")]}),
    ("A-33 is now with the CCG", M, {"intent": "reassign", "ref": "A-33", "owners": [agency("Dudley CCG")]}),
    ("A-16 is really Kate's now, can you move it?", M,
     {"intent": "reassign", "ref": "A-16", "owners": [member("Kate McConnell")]}),
    ("put A-11 under PPP please", M,
     {"intent": "reassign", "ref": "A-11", "owners": [group("Policy, Procedures & Practice")]}),
    ("reallocate 15 to Anne", M, {"intent": "reassign", "ref": "A-15", "owners": [member("Anne Harris")]}),
    ("reassign 22 to housing", M, {"intent": "reassign", "ref": "A-22", "owners": [agency("DMBC – Housing")]}),
    ("Kate has left the CRC so A-28 needs to go to Viv for now", M,
     {"intent": "reassign", "ref": "A-28", "owners": [member("Viv Townsend")]}),
    ("pls move A-45 from Sally to me while she's on leave", "Richard Fisher",
     {"intent": "reassign", "ref": "A-45", "owners": [member("Richard Fisher")]}),
    ("I'll take A-29 off Jassi's hands", "Anne Harris",
     {"intent": "reassign", "ref": "A-29", "owners": [member("Anne Harris")]}),
    ("can you hand all my actions to Sally while I'm on secondment", "Richard Fisher",
     {"intent": "reassign", "owners": [member("Sally Holmes")], "ref": None}),
    ("update on 44 - data cleaned, analysis underway", "Pam Smith",
     {"intent": "add_update", "ref": "A-44", "note": "data cleaned, analysis underway"}),
]  # fmt: skip

LISTS: list[Case] = [
    ("@Martine whats overdue?", "Merlin Joseph", {"intent": "list_actions", "owners": []}),
    ("@Martine what's outstanding for VCSG?", "Jo Forbes",
     {"intent": "list_actions", "owners": [group("Vulnerable Children's Strategic Group")]}),
    ("@Jo what have you got outstanding?", M, {"intent": "list_actions", "owners": [member("Jo Forbes")]}),
    ("Jassi, what's overdue?", R, {"intent": "list_actions", "owners": []}),
    ("Martine, what is Sue Haywood behind on?", R, {"intent": "list_actions", "owners": [member("Sue Haywood")]}),
    ("show me everything assigned to Richard", M, {"intent": "list_actions", "owners": [member("Richard Fisher")]}),
    ("any action for the police?", M, {"intent": "list_actions", "owners": [agency("West Midlands Police")]}),
    ("is there an action against Jo?", M, {"intent": "list_actions", "owners": [member("Jo Forbes")]}),
    ("Could you show me everything the CCG still owes the board, please?", R,
     {"intent": "list_actions", "owners": [agency("Dudley CCG")]}),
]  # fmt: skip

NOT_DONE_YET: list[Case] = [
    ("A-61 is nearly done, just need to proof read it", "Annette Callear",
     {"intent": "add_update", "ref": "A-61", "note": "nearly done, just need to proof read it"}),
    ("A-8 almost done", "Jo Forbes", {"intent": "add_update", "ref": "A-8"}),
    ("A-12 is done apart from the sign off", "Pam Smith", {"intent": "add_update", "ref": "A-12"}),
]  # fmt: skip

NO_LONGER_NEEDED: list[Case] = [
    ("Julie W doesnt need apols for 10 July any more, her course got cancelled", M,
     {"intent": "withdraw_apology", "owners": [member("Julie Winpenny")], "meeting": "2015-07-10"}),
    ("I'll be at the workshop on the 19th myself so Remley doesnt need to go in my place", "Marie Hunter",
     {"intent": "withdraw_apology", "owners": [member("Marie Hunter")], "meeting": "2015-06-19"}),
    ("no need for Sally to cover Monday, I'm coming myself", "Richard Fisher",
     {"intent": "withdraw_apology", "owners": [member("Richard Fisher")], "meeting": "2015-05-18"}),
    ("Richard is back for July now so Sally won't need to cover", M,
     {"intent": "withdraw_apology", "owners": [member("Richard Fisher")], "meeting": "2015-07-10"}),
    ("Hi, I sent apologies for the workshop but I'll now be attending in person - please update the list.",
     "Remley Mann", {"intent": "withdraw_apology", "owners": [member("Remley Mann")], "meeting": "2015-06-19"}),
    ("can you take Nicola Campbell off the apols list for july please, her event's been cancelled", M,
     {"intent": "withdraw_apology", "owners": [member("Nicola Campbell")], "meeting": "2015-07-10"}),
    ("Sally and I are meeting Richard on Tuesday about the CSE actions — can you show me what Richard has open?",
     "Jassi Broadmeadow", {"intent": "list_actions", "owners": [member("Richard Fisher")]}),
    ("the chair's apols for the audit panel can come off, he's moved his other meeting", M,
     {"intent": "withdraw_apology", "owners": [member("Roger Clayton")], "meeting": "2015-05-18"}),
    ("Morning - I'm back from the course early so I can attend Monday's audit panel. Please cancel my apologies.",
     "Kate McConnell", {"intent": "withdraw_apology", "owners": [member("Kate McConnell")]}),
    ("Can I log an action for someone in another agency?", "Sue Haywood", {"intent": "help"}),
    ("Can I tick off actions for other people with this or only my own?", M, {"intent": "help"}),
    ("a-52 karen says feedback form is done, just needs formatting", "Jayne Sargeant",
     {"intent": "add_update", "ref": "A-52"}),
]  # fmt: skip

FOR_WHOEVER_ASKED: list[Case] = [
    ("change due date on A-38 to 26th June on Zalas behalf", M,
     {"intent": "change_due", "ref": "A-38", "due": "2015-06-26", "on_behalf_of": "Zala Ibrahim"}),
    ("Mayada asked me to move A-44 to the 3rd of July", M,
     {"intent": "change_due", "ref": "A-44", "due": "2015-07-03", "on_behalf_of": "Mayada AbuAffan"}),
    ("Please reassign A-4 from Chris Ballinger to Tony Oakman. Chris has asked me to do this.", M,
     {"intent": "reassign", "owners": [member("Tony Oakman")], "on_behalf_of": "Chris Ballinger"}),
    ("re A-12 — Julie says fire have done the first 10 visits", M,
     {"intent": "add_update", "ref": "A-12", "on_behalf_of": "Julie Winpenny"}),
]  # fmt: skip

LEAVE_AND_MEETINGS: list[Case] = [
    ("Please note I will be on annual leave from 1st to 12th June inclusive. Regards, Roger Clayton", R,
     {"intent": "leave", "away_until": "2015-06-12"}),
    ("Hi, heads up I'm on leave Weds 20th to Fri 29th May. Anne has my actions while I'm away", "Jassi Broadmeadow",
     {"intent": "leave", "away_until": "2015-05-29"}),
    ("apologies for the september board from Remley - he emailed me this morning", M,
     {"intent": "apology", "owners": [member("Remley Mann")], "meeting": "2015-09-11"}),
    ("when did the board last meet?", "Jo Forbes", {"intent": "meeting_info", "meeting": "2015-03-13"}),
]  # fmt: skip

PASSED_ON: list[Case] = [
    ("Hi all, Helen asked me to let you know she'll send the youth forum summary to VCSG by 5 June. Ta, Merlin",
     "Merlin Joseph", {"intent": "record_action", "owners": [member("Helen Ellis")], "due": "2015-06-05",
                       "on_behalf_of": "Helen Ellis"}),
    ("Richard asked me to let you know that he and Sally will review the CSE referrals by 19 June.", M,
     {"intent": "record_action", "owners": [member("Richard Fisher"), member("Sally Holmes")]}),
    ("Hi, Viv asked me to let you know she's on leave for the next two weeks, back on Monday 1 June.", M,
     {"intent": "leave", "owners": [member("Viv Townsend")], "away_until": "2015-05-31"}),
    ("Jassi asked me to let you know she can't make Monday", "Karen Palk",
     {"intent": "apology", "owners": [member("Jassi Broadmeadow")], "meeting": "2015-05-18"}),
    ("For the record, Jassi Broadmeadow is on extended leave until the end of July; Martine will pick up QA & Comms "
     "queries in the meantime.", R, {"intent": "leave", "owners": [member("Jassi Broadmeadow")],
                                     "away_until": "2015-07-31"}),
]  # fmt: skip

DICTATED: list[Case] = [
    ("action a dash 31 is complete full stop", "Remley Mann", {"intent": "complete_action", "ref": "A-31"}),
    ("Please delete action a dash 22 comma it was superseded by the new procedure full stop", M,
     {"intent": "drop_action", "ref": "A-22", "note": "it was superseded by the new procedure"}),
    ("Can you move action a dash nine to the end of July please", M,
     {"intent": "change_due", "ref": "A-9", "due": "2015-07-31"}),
    ("Action for community safety comma update the prevent pathway by the end of the month full stop", M,
     {"intent": "record_action", "owners": [agency("DMBC – Community Safety")], "due": "2015-05-31"}),
]  # fmt: skip

FORMAL_AND_LONG: list[Case] = [
    ("Dear all, I should be grateful if Mr Galikowski would prepare a report on the YOS audit for the board on "
     "11 September. Ms Ellis may wish to contribute. Roger Clayton", R,
     {"intent": "record_action", "owners": [member("Mike Galikowski")], "due": "2015-09-11"}),
    ("Good morning, before I go on leave I'd like to know what I still owe the board, so I can hand things over "
     "to Sally. Many thanks, Richard", "Richard Fisher",
     {"intent": "list_actions", "owners": [member("Richard Fisher")]}),
    ("I need to know what the police owe", "Mayada AbuAffan",
     {"intent": "list_actions", "owners": [agency("West Midlands Police")]}),
    ("Apologies for Monday please. And thank you Martine for chasing A-22 for me", "Tony Oakman",
     {"intent": "apology", "owners": [member("Tony Oakman")], "meeting": "2015-05-18"}),
    ("sorry Roger cant make 10 july clash with ofsted feedback", "Merlin Joseph",
     {"intent": "apology", "owners": [member("Merlin Joseph")], "meeting": "2015-07-10"}),
    ("Please record my apologies for the board on 10 July. My deputy, Gary Shaw, will attend.", "Tony Oakman",
     {"intent": "apology", "representative": "Gary Shaw"}),
    ("has Jo done all hers yet?", M, {"intent": "list_actions", "owners": [member("Jo Forbes")]}),
    ("what is Dave Price still working on for us?", M,
     {"intent": "list_actions", "owners": [{"kind": "unknown", "name": "Dave Price", "suggestions": []}]}),
    ("Rachel D to pull together the WDG evaluation before the workshop", "Marie Hunter",
     {"owners": [{"kind": "unknown", "name": "Rachel D", "suggestions": ["Rachael Doyle"]}], "due": "2015-06-19"}),
]  # fmt: skip

DATES_WRITTEN: list[Case] = [
    ("A-12 back 2 wks pls", M, {"intent": "change_due", "ref": "A-12", "shift_days": 14}),
    ("A-19 was due 29 May - could we push it back two weeks?", M,
     {"intent": "change_due", "ref": "A-19", "shift_days": 14, "due": "2015-06-12"}),
    ("new date for A-22 please: end of w/c 6 july", M, {"intent": "change_due", "ref": "A-22", "due": "2015-07-10"}),
    ("Karen J to draft the CDOP newsletter piece by mid-July (Fri 17th)", M, {"due": "2015-07-17"}),
    ("I'll send Roger the draft annual report by the board", M, {"intent": "record_action", "due": "2015-07-10"}),
    ("Sue H to circulate the DV data before mondays panel", M, {"due": "2015-05-18"}),
    ("sorry folks cant make the one in june, clashes with our AGM", "Jayne Sargeant",
     {"intent": "apology", "meeting": "2015-06-19"}),
    ("did we ever get a date for the board after the summer?", M, {"intent": "meeting_info", "meeting": "2015-09-11"}),
]  # fmt: skip

TERSE_AND_LONG: list[Case] = [
    ("Following our conversation with Helen and Jo, the youth offending service will deliver a session on county "
     "lines to the housing officers before the September board. Thanks, Mike", "Mike Galikowski",
     {"intent": "record_action", "owners": [agency("DMBC – YOS")], "due": "2015-09-11"}),
    ("For the record: following my discussion with Merlin and Tony, the business manager will prepare the annual "
     "report timetable by 22 May. Roger", R,
     {"intent": "record_action", "owners": [member("Martine McFadden")], "due": "2015-05-22"}),
    ("I'll be out of the office 26 May to 5 June inclusive. Merlin and Chris have my contact details for anything "
     "urgent. Tony", "Tony Oakman", {"intent": "leave", "away_until": "2015-06-05"}),
    ("Hi, Roger wants to know the latest on A-16 before he meets Tony on Monday. Could you pull it up?", M,
     {"intent": "show_action", "ref": "A-16"}),
    ("Hi, can you get rid of A-60? It was logged twice by mistake.", "Sally Holmes",
     {"intent": "drop_action", "ref": "A-60"}),
    ("deets on 44 pls", M, {"intent": "show_action", "ref": "A-44"}),
    ("whose is A-28, Mike thinks its Helens", M, {"intent": "show_action", "ref": "A-28"}),
    ("drop 17 pls", M, {"intent": "drop_action", "ref": "A-17"}),
    ("A 37 new date twelfth of June", M, {"intent": "change_due", "ref": "A-37", "due": "2015-06-12"}),
    ("no.13 - end of sept pls", M, {"intent": "change_due", "ref": "A-13", "due": "2015-09-30"}),
    ("cmds?", M, {"intent": "help"}),
    ("Tony's taking A-41 off Chris", M, {"intent": "reassign", "ref": "A-41", "owners": [member("Tony Oakman")]}),
    ("a-6 - move to Jonny Price the new DCVS manager", M,
     {"intent": "reassign", "ref": "A-6", "owners": [{"kind": "unknown", "name": "Jonny Price", "suggestions": []}]}),
    ("urgent action for the CCG get the designated doctor cover sorted", M,
     {"intent": "record_action", "owners": [agency("Dudley CCG")], "asap": True}),
    ("action for me look into the private fostering numbers", "Tony Oakman",
     {"intent": "record_action", "owners": [member("Tony Oakman")]}),
    ("workshop 19th cant come. apols. Karen P", "Karen Palk",
     {"intent": "apology", "owners": [member("Karen Palk")], "meeting": "2015-06-19"}),
    ("Hi, I've just joined the board from Cafcass. Could you let me know what you can do - for example can I log "
     "actions and send apologies through you? Thanks, Nicola", "Nicola Campbell", {"intent": "help"}),
    ("Hi, Jassi asked me to find out what's still open for QA & Comms ahead of our next meeting. Thanks, Karen",
     "Karen Palk", {"intent": "list_actions", "owners": [group("QA & Comms")]}),
    ("Hi - Sally asked me to add an action for herself: speak to the custody sergeants by 12 June. Thanks",
     "Richard Fisher", {"intent": "record_action", "owners": [member("Sally Holmes")], "due": "2015-06-12"}),
    ("Hello all, quick one on behalf of Nicola Campbell: Cafcass will send the board its data by 31 May. Thanks", M,
     {"intent": "record_action", "owners": [agency("Cafcass")], "on_behalf_of": "Nicola Campbell"}),
]  # fmt: skip

CLASSES = {
    "asked by name": ASKED_BY_NAME, "mistyped days": MISTYPED_DAYS, "names and units": NAMES_AND_UNITS,
    "reassigned": REASSIGNED, "lists": LISTS, "not done yet": NOT_DONE_YET, "no longer needed": NO_LONGER_NEEDED,
    "for whoever asked": FOR_WHOEVER_ASKED, "leave and meetings": LEAVE_AND_MEETINGS, "passed on": PASSED_ON,
    "dictated": DICTATED, "formal and long": FORMAL_AND_LONG, "dates written": DATES_WRITTEN,
    "terse and long": TERSE_AND_LONG,
}  # fmt: skip
ALL = [(name, *case) for name, cases in CLASSES.items() for case in cases]


@pytest.mark.parametrize(("group_", "text", "writer", "expected"), ALL, ids=[f"{c[0]}:{c[1][:40]}" for c in ALL])
def test_twelfth_round_wording(
    snapshot: Snapshot, group_: str, text: str, writer: str | None, expected: dict[str, Any]
) -> None:
    check(parse(snapshot, text, writer), expected)


# Wordings that only look like the rules above: each must keep away from a confident wrong reading.
NOT_THESE: list[tuple[str, str, dict[str, Any]]] = [
    ("Jo do you have the figures for Friday?", M, {"intent": "none"}),  # a question to Jo, not work for her
    ("Jo sent the figures on Friday", M, {"intent": "none"}),
    ("can Su make it on the 10th?", M, {"intent": "none"}),
    ("move 15 to June", M, {"guessed": True}),  # a bare number only after words that move an owner
    ("can you put A-7 under sally holmes name", M, {"intent": "reassign", "owners": [member("Sally Holmes")]}),
    ("Pam doesn't need to go to the workshop", M, {"intent": "none"}),  # whose apology: nobody's named
    ("A-61 done", "Annette Callear", {"intent": "complete_action", "ref": "A-61"}),
    ("please note Jo to send the report by Friday", M, {"intent": "record_action", "owners": [member("Jo Forbes")]}),
    ("A-44 to Tony please", M, {"intent": "reassign", "on_behalf_of": None}),
    ("Marc to send it by Friday", M, {"owners": [unknown("Marc")]}),  # no roster name: asked about, nobody assumed
    ("what does Nicki owe?", M, {"owners": []}),  # Nicki or Nicola: asked, never matched by a slip
    ("Hi, Jassi asked me to let the bot know she's on leave until 5 June. Thanks, Karen", "Karen Palk",
     {"intent": "none"}),  # someone else's leave, passed on by a member: never the writer's own
    ("Nicki Burrows asked me to pass on her apologies for Monday, she's got the DCVS AGM", M,
     {"intent": "apology", "owners": [member("Nicki Burrows")]}),
    ("Jo to report to the board", M, {"due": None}),  # where the work goes, not when
    ("the colon cancer screening leaflet", M, {"intent": "none"}),
    ("Jo to bring the mondays figures", M, {"due": None}),
    ("A-14 was a really good piece of work, well done Mike and the YOS team", "Tony Oakman",
     {"intent": "none"}),  # praise, never a closing
    ("Pam is taking A-12 to the board", M, {"intent": "none"}),  # presenting it, not taking it over
    ("A-12 - 3 schools replied", M, {"intent": "add_update"}),  # a number in the news is no date
    ("A-14 - tuesday's meeting went well", M, {"intent": "add_update"}),
    ("might have to leave the workshop early for the school run", "Marie Hunter", {"intent": "none"}),
    ("I might not make July, will let you know nearer the time", "Julie Winpenny", {"intent": "none"}),
    ("can you book the Saltwells room for the sept board", M, {"intent": "none"}),  # a service, not a question
    ("is Jo coming on the 18th or has she sent apols", "Chris Ballinger", {"intent": "meeting_info"}),  # asked
    ("Richard asked what the police owe - I've already sent him the list, no need to do anything", M,
     {"intent": "none"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "writer", "expected"), NOT_THESE, ids=[c[0][:40] for c in NOT_THESE])
def test_look_alikes_read_safely(snapshot: Snapshot, text: str, writer: str, expected: dict[str, Any]) -> None:
    check(parse(snapshot, text, writer), expected)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("monady", "monday"), ("Thrusday", "Thursday"), ("jnue", "june"), ("Jly", "July"), ("wednsday", "wednesday"),
     ("septmber", "september"), ("tuesdsy", "tuesday")],
)  # fmt: skip
def test_a_mistyped_day_or_month_is_read_as_it(typed: str, meant: str) -> None:
    assert with_day_names_mended(f"by {typed} please") == f"by {meant} please"


@pytest.mark.parametrize(
    "word", ["jul", "Jun", "weds", "thurs", "sept", "mar", "Mandy", "Frida", "march", "Mondays", "mat", "Marc", "arch"]
)
def test_words_near_a_day_name_stay_as_written(word: str) -> None:
    assert with_day_names_mended(f"{word} to send it") == f"{word} to send it"
