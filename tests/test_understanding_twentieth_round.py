"""Understanding the twentieth round's classes: an email pasted with its header block read as its sender's words
("From: Smith Pam" written surname first, the writer's note only asking for it to be logged); a list's owner beside
the reason it is asked ("prepping for roger", "I'm preparing a briefing. what's currently open for Merlin?",
"what do we still owe? (fire)"); whose word a request is on ("per Richard,"); a PA's own name before the member's
message ("Lisa for Tony –"); news whose date is where the work goes next ("goes to cabinet on 24 June"); cover while
away, a personal ask and a message to the assistant itself never taken for board work; how-to questions; a bare
number after an edit's verb ("extend 13 by a week", "need 2 more wks on 15"); an extension asked for by length; "can
A-44 go" as a drop; "can't make it" with no meeting named (asked which).

Every case is invented here (not copied from a corpus), several to a class. A wrong owner is worse than a question:
the look-alikes check that a rule stays away from wordings that only look like its own.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.understanding.snapshot import Snapshot
from tests.conftest import seed_snapshot
from tests.understanding_cases import Case, M, agency, check, member, parse, unknown

R = "Roger Clayton"


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    return seed_snapshot(tmp_path_factory.mktemp("understanding-twentieth-round"))


# SEED_NOW is Friday 15 May 2015; boards 10 July and 11 September, the workshop 19 June, the audit panel Monday 18 May.
EMAILS: list[Case] = [
    ("pls add this one\n\n-----Original Message-----\nFrom: Fisher Richard\nSent: 14 May 2015 10:02\nTo: McFadden "
     "Martine\nSubject: MASH data\n\nMartine, I will pull the MASH referral figures together by 12 June.\nRichard", M,
     {"intent": "record_action", "owners": [member("Richard Fisher")], "due": "2015-06-12"}),
    ("see below - can you note it\n\nFrom: Holmes, Sally\nSent: 14 May 2015 08:15\nTo: McFadden, Martine\n"
     "Subject: Monday\n\nHi Martine, I'm on a course on Monday so won't make the panel. Sally", M,
     {"intent": "apology", "owners": [member("Sally Holmes")], "meeting": "2015-05-18"}),
    ("Fwd below, please drop it\n\nFrom: Jo Forbes\nSent: 13 May 2015 16:40\nTo: Martine McFadden\nSubject: A-22\n\n"
     "The housing protocol review isn't needed now, the new allocations policy covers it.", M,
     {"intent": "drop_action", "ref": "A-22", "on_behalf_of": "Jo Forbes"}),
    # the writer's own request, the email only the background to it
    ("please log an action for the council to confirm interim LADO cover, asap.\n\n-----Original Message-----\n"
     "From: Chris Ballinger\nSent: 14 May 2015 16:02\nTo: Roger Clayton\nSubject: LADO\n\nRoger - the LADO post is "
     "vacant from next week. Chris", R, {"intent": "record_action", "asap": True}),
    # a reply under a quoted email: the words after the quote are the writer's own
    ("> From: Martine McFadden\n> Sent: 14 May 2015 11:02\n> Can someone pick up the training calendar?\n\n"
     "I'll get it out by mid June.", "Rachael Doyle",
     {"intent": "record_action", "owners": [member("Rachael Doyle")], "due": "2015-06-15"}),
]  # fmt: skip
LISTS: list[Case] = [
    ("can u show me all open actions pls, prepping for roger", M, {"intent": "list_actions", "owners": []}),
    ("show me jo's actions, prepping for her 1:1", M, {"intent": "list_actions", "owners": [member("Jo Forbes")]}),
    ("I'm preparing a briefing for Tony. what actions are currently open for Merlin Joseph?", "Jassi Broadmeadow",
     {"intent": "list_actions", "owners": [member("Merlin Joseph")]}),
    ("I'm preparing a briefing. what have I still got open?", "Jassi Broadmeadow",
     {"intent": "list_actions", "owners": [member("Jassi Broadmeadow")]}),  # look-alike: the writer's own, asked
    ("whats Martine waiting on from me", "Jo Forbes", {"intent": "list_actions", "owners": [member("Jo Forbes")]}),
    ("please log an action for us (fire) to roll out the referral pathway by end of July", "Julie Winpenny",
     {"intent": "record_action", "owners": [agency("West Midlands Fire Service")], "due": "2015-07-31"}),
    ("what do we still owe? (fire)", "Julie Winpenny",
     {"intent": "list_actions", "owners": [agency("West Midlands Fire Service")]}),
    ("anything on jass's list thats overdue?", M, {"intent": "list_actions", "owners": [member("Jassi Broadmeadow")]}),
    ("anything on bob's list thats overdue?", M, {"intent": "list_actions", "owners": [unknown("bob")]}),  # not all
    ("can u list all of Mike G's actions, Helen's asking what he's still got", M,
     {"intent": "list_actions", "owners": [member("Mike Galikowski")]}),
    ("Before my 1:1 with Tony next week, could you pull together everything his directorate owns on the tracker?", R,
     {"intent": "list_actions", "owners": [agency("DMBC – Directorate of People")]}),
    ("what's on tony's list? his team want it", R, {"intent": "list_actions", "owners": [member("Tony Oakman")]}),
    ("whats outstanding for housing that Jassi is chasing", "Merlin Joseph",
     {"intent": "list_actions", "owners": [agency("DMBC – Housing")]}),
    # asking the assistant itself is no work for the writer
    ("Chris has asked me to check with you. Could you tell me what actions are open for Merlin Joseph?",
     "Jassi Broadmeadow", {"intent": "list_actions", "owners": [member("Merlin Joseph")]}),
]  # fmt: skip
WHOSE_WORDS: list[Case] = [
    ("Martine, Su Vincent and Viv have both sent their apologies for the July board - could you record them?", R,
     {"intent": "apology", "owners": [member("Su Vincent"), member("Viv Townsend")]}),  # Martine is spoken to
    ("Martine, Jo and Pam to draft the leaflet by June", R,
     {"owners": [member("Martine McFadden"), member("Jo Forbes"), member("Pam Smith")]}),  # look-alike: three named
    ("Martine, Chris will chair the panel as I'm away", R,
     {"intent": "apology", "owners": [member("Roger Clayton")], "representative": "Chris Ballinger"}),
    ("Chris to chair the panel on Monday as I'm away", R,
     {"intent": "apology", "meeting": "2015-05-18", "representative": "Chris Ballinger"}),
    ("Please add an action for Cafcass: we will share the case themes with PPP by 12 June.", "Nicola Campbell",
     {"intent": "record_action", "owners": [agency("Cafcass")]}),
    ("Action for the police: Sally to lead the review by June", M, {"owners": [member("Sally Holmes")]}),
    ("I'd like an action for public health to produce a JSNA chapter by the September board. Mayada has agreed to "
     "pass it on.", R, {"intent": "record_action", "owners": [agency("Office of Public Health")]}),
    ("per Richard, police to share the MASH stats by the July board", M,
     {"intent": "record_action", "owners": [agency("West Midlands Police")], "due": "2015-07-10"}),
    ("as per Jassi - Helen to look at the NEET data before the workshop", M,
     {"intent": "record_action", "owners": [member("Helen Ellis")], "due": "2015-06-19"}),
    ("Jo to send 10 per school by 30/6", M, {"owners": [member("Jo Forbes")], "due": "2015-06-30"}),  # look-alike
    ("Lisa for Tony - update on action 16: the draft strategy is with heads of service", "Tony Oakman",
     {"intent": "add_update", "ref": "A-16", "note": "the draft strategy is with heads of service"}),
    ("Lisa for Tony – Tony is on leave from today, back on Monday 1 June.", "Tony Oakman",
     {"intent": "leave", "away_until": "2015-05-31"}),
    ("Gill for Mayada: Mayada's meeting was cancelled so she will be at the panel on Monday after all.",
     "Mayada AbuAffan", {"intent": "withdraw_apology", "owners": [member("Mayada AbuAffan")]}),
    # look-alike: an imperative before "for <name> –" says whose the work is
    ("Log for Helen Ellis - the detached youth work map by 26 June", M,
     {"intent": "record_action", "due": "2015-06-26"}),
]  # fmt: skip
NOT_WORK: list[Case] = [
    ("Hi all, I'm on annual leave next week. Sally Holmes will pick up anything urgent for the police.",
     "Richard Fisher", {"intent": "leave", "away_until": "2015-05-22"}),
    ("Sally to pick up the CSE audit by end of June", "Richard Fisher",
     {"intent": "record_action", "owners": [member("Sally Holmes")]}),  # look-alike: work picked up
    ("Jassi can you call me about the strategy meeting on the 3rd", "Merlin Joseph", {"intent": "none"}),
    ("Jassi can you send the audit report to Roger by the 3rd", "Merlin Joseph",
     {"intent": "record_action", "owners": [member("Jassi Broadmeadow")], "guessed": False}),
    ("Jassi, Merlin and Tony will be the main points of contact while Ofsted are in", M, {"intent": "none"}),
    ("reminder that S11 returns are due by 30 June - Martine", M, {"intent": "none"}),  # signed, never hers
    ("GP leads audit - me, end of Aug", M, {"intent": "record_action", "owners": [member(M)]}),  # look-alikes
    ("options paper - Martine, end of June", M, {"intent": "record_action", "owners": [member(M)]}),
    ("Marie Hunter and I were wondering whether the papers for the July board have gone out yet", "Remley Mann",
     {"intent": "meeting_info"}),  # asked, never said done
    ("can people update their own actions in here or do they need to email me?", M, {"intent": "help"}),
    ("do i have to type the full action number or will it get it", "Jo Forbes", {"intent": "help"}),
    ("can you record one action against two agencies at once?", "Jo Forbes", {"intent": "help"}),
    ("Could you explain what I can type to see his list?", "Tony Oakman", {"intent": "help"}),
    ("can you log one action for housing and YOS: review the protocol by end of June", M,
     {"intent": "record_action", "owners": [agency("DMBC – Housing"), agency("DMBC – YOS")]}),  # look-alike
]  # fmt: skip
EDITS: list[Case] = [
    ("A-33: housing allocations policy change goes to cabinet on 24 June", M, {"intent": "add_update", "ref": "A-33"}),
    ("A-33: the report is going to scrutiny on 3 July", M, {"intent": "add_update", "ref": "A-33"}),
    ("A-33 change to 3 July", M, {"intent": "change_due", "due": "2015-07-03"}),  # look-alike: the date changed
    ("can we change the date of A-4 to 3 July", M, {"intent": "change_due", "due": "2015-07-03"}),
    ("take action 50 off the list, the home office changed the guidance in april so it's not needed", M,
     {"intent": "drop_action", "ref": "A-50"}),
    ("need 2 more wks on 15", "Jo Forbes", {"intent": "change_due", "ref": "A-15", "shift_days": 14}),
    ("extend 13 by a week, sorry!!", "Jo Forbes", {"intent": "change_due", "ref": "A-13", "shift_days": 7}),
    ("push 8 back a fortnight", "Jo Forbes", {"intent": "change_due", "ref": "A-8", "shift_days": 14}),
    ("police part of 14 complete", "Richard Fisher", {"intent": "complete_action", "ref": "A-14"}),
    ("we need 12 by friday", "Jo Forbes", {"intent": "none"}),  # look-alike: a count
    ("need 2 more weeks for 3 schools", "Marie Hunter", {"intent": "none"}),  # look-alike: two counts
    ("A-9 - can I have a fortnight's extension?", "Jo Forbes", {"intent": "change_due", "shift_days": 14}),
    ("#9 - an extension of a month please", "Jo Forbes", {"intent": "change_due", "ref": "A-9", "shift_days": 30}),
    ("the 2 week extension worked well", "Jo Forbes", {"intent": "none"}),  # look-alike: nothing named
    ("can 44 go, CCG commissioning have pulled the service", M,
     {"intent": "drop_action", "ref": "A-44", "note": "CCG commissioning have pulled the service"}),
    ("can A-44 go now?", M, {"intent": "drop_action", "ref": "A-44", "note": None}),
    ("can A-44 go to the CCG?", M, {"intent": "reassign", "owners": [agency("Dudley CCG")]}),  # look-alike
    ("can A-44 go back a week?", M, {"intent": "change_due", "shift_days": 7}),  # look-alike
    ("a-43 should be with Jo not Sue", M, {"intent": "reassign", "owners": [member("Jo Forbes")]}),
    ("I'll close A-8 once the policy is signed off", "Tabetha Darman", {"guessed": True}),  # asked, not closed
    ("I'll update A-8 tomorrow", "Tabetha Darman", {"task": None}),  # never a new action "update A-8"
    ("A-8 done, I'll close the file when I'm back", "Tabetha Darman", {"intent": "complete_action", "guessed": False}),
    ("a-43 needs to go from Chris to Tony, Chris has moved on", M,
     {"intent": "reassign", "owners": [member("Tony Oakman")]}),
    ("Karen J has asked me to tick off 21, she's sent the data over", M,
     {"intent": "complete_action", "ref": "A-21", "on_behalf_of": "Karen Jackson"}),  # never the manager's new work
    ("Roger asked me to mark 14 as done", M, {"intent": "complete_action", "ref": "A-14"}),
    ("a 45 - can it go to the sept board instead, the data won't be out til august", M,
     {"intent": "change_due", "ref": "A-45", "due": "2015-09-11"}),  # the reason's month is not the new date
    ("A-45: data won't be out til august", M, {"intent": "add_update", "ref": "A-45"}),
]  # fmt: skip
APOLOGIES: list[Case] = [
    ("Helen's asked me to send apols for the july board. Mike will come for IYS and YOS", "Merlin Joseph",
     {"intent": "apology", "owners": [member("Helen Ellis")], "representative": "Mike Galikowski"}),
    ("Pam asked me to send apologies from both of us for Monday", "Merlin Joseph",
     {"owners": [member("Pam Smith"), member("Merlin Joseph")]}),  # look-alike: both
    ("Martine, please note that Jassi is on leave until 12 June. Merlin is covering QA & Comms.", R,
     {"intent": "leave", "owners": [member("Jassi Broadmeadow")], "away_until": "2015-06-12"}),
    ("martine noting sally h off sick, back 1 June", M,
     {"intent": "leave", "owners": [member("Sally Holmes")], "away_until": "2015-05-31"}),
    ("please note Jassi is on leave until 12 June", "Jo Forbes", {"intent": "none"}),  # only the manager and chair
    ("su v back in for the sept board", M,
     {"intent": "withdraw_apology", "owners": [member("Su Vincent")], "meeting": "2015-09-11"}),
    ("im back in for the july board", "Jo Forbes", {"intent": "withdraw_apology", "owners": [member("Jo Forbes")]}),
    ("jo is back on 1 june", M, {"intent": "none"}),  # look-alike: back from leave, no meeting
    ("sorry, probation won't have anyone at the july board - I'm on a course", "Viv Townsend",
     {"intent": "apology", "owners": [member("Viv Townsend")], "meeting": "2015-07-10"}),
    ("me n Zala both out monday, the trust will send Dr Patel instead", "Pam Smith",
     {"intent": "apology", "owners": [member("Pam Smith"), member("Zala Ibrahim")], "meeting": "2015-05-18"}),
    # never the writer's own apologies: the agency's, none of whose people will be there
    ("nobody from NPS can make the july board", M,
     {"intent": "apology", "owners": [agency("National Probation Service")], "meeting": "2015-07-10"}),
    ("I'll go to the panel instead of Zala", "Pam Smith",
     {"intent": "apology", "owners": [member("Zala Ibrahim")], "representative": "Pam Smith"}),  # not Pam's action
    ("I'll do the audit instead of Zala by June", "Pam Smith",
     {"intent": "record_action", "owners": [member("Pam Smith")]}),  # look-alike: work taken on
    ("we won't have anyone at the school that week", "Marie Hunter", {"intent": "none"}),  # look-alike
    ("sorry, cant make it this time. apols", "Jo Forbes",
     {"intent": "apology", "owners": [member("Jo Forbes")], "meeting": None}),
    ("cant make it sorry, clashes w the ofsted feedback", "Jo Forbes", {"intent": "apology", "meeting": None}),
    ("sorry I can't attend", "Jo Forbes", {"intent": "apology", "meeting": None}),
    ("i cant make it any clearer", "Jo Forbes", {"intent": "none"}),  # look-alikes: no meeting missed
    ("I can't make it to the shops", "Jo Forbes", {"intent": "none"}),
    ("sorry cant make it?", "Jo Forbes", {"intent": "none"}),
]  # fmt: skip
ALL = [
    *(("emails", *c) for c in EMAILS),
    *(("lists", *c) for c in LISTS),
    *(("whose-words", *c) for c in WHOSE_WORDS),
    *(("not-work", *c) for c in NOT_WORK),
    *(("edits", *c) for c in EDITS),
    *(("apologies", *c) for c in APOLOGIES),
]  # fmt: skip


@pytest.mark.parametrize(("group_", "text", "writer", "expected"), ALL, ids=[f"{c[0]}:{c[1][:40]}" for c in ALL])
def test_twentieth_round_wording(
    snapshot: Snapshot, group_: str, text: str, writer: str, expected: dict[str, Any]
) -> None:
    check(parse(snapshot, text, writer), expected)
