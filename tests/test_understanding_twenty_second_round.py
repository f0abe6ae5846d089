"""Understanding the twenty-second round's classes: a meeting's details asked of someone ("Martine – could you
confirm what time the board starts?") never recorded as their action; the writer's first name signed on a line of its
own and a closing courtesy ("Is there anything else you need from me?"); how-to questions; forwarded and quoted words
whose "I" is their sender's ("See below from Nicola:", "Fwd: … Regards, Julie", "fwd from roger - …"); where the
request arose before what it is ("record the following after his meeting with the DCS: …"); news heard from someone
("I've had a call from the CCG – Su Vincent sends …", "I've had an email from Jo. She can't make Monday"); a stand-in
asked for ("I have asked that Chris attend on behalf of DMBC"); an agency's apologies naming its member, written by
another of its members; the manager spoken to before the writer's own news ("Martine, I can do Monday now"); whose
list a pronoun means ("Tony's asked what he owes before his 1:1 with Roger"); others' leave for a whole week, told of
themselves, or passed on by a member (news, never the writer's leave); bare numbers before a note ("56 - 2 of our 3
offices briefed", "for 18: …", "number 58 sorted"); a list question naming agencies after a description.

Every case is invented here (not copied from a corpus), several to a class. A wrong owner is worse than a question:
the look-alikes check that a rule stays away from wordings that only look like its own.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.understanding.snapshot import Snapshot
from tests.conftest import seed_snapshot
from tests.understanding_cases import Case, M, agency, check, group, member, parse

R = "Roger Clayton"
HOSPITAL = "Dudley Group NHS Foundation Trust"


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    return seed_snapshot(tmp_path_factory.mktemp("understanding-twenty-second-round"))


# SEED_NOW is Friday 15 May 2015; boards 10 July and 11 September, the workshop 19 June, the audit panel Monday 18 May.
DETAILS: list[Case] = [
    ("Martine – could you confirm what time the board starts on 10 July?", "Tony Oakman",
     {"intent": "meeting_info", "meeting": "2015-07-10"}),
    ("Pam, could you remind me of the venue for the workshop? I've lost the email", "Zala Ibrahim",
     {"intent": "meeting_info", "meeting": "2015-06-19"}),
    ("Jo - can you tell me where Monday's panel is being held", "Sue Haywood",
     {"intent": "meeting_info", "meeting": "2015-05-18"}),
    # look-alikes: work asked of someone about a meeting
    ("Pam, could you confirm the venue for the workshop with the council by Friday?", M,
     {"intent": "record_action", "owners": [member("Pam Smith")], "due": "2015-05-22"}),
    ("Pam could you send the leaflet round before the july board", M,
     {"intent": "record_action", "owners": [member("Pam Smith")], "due": "2015-07-10"}),
]  # fmt: skip
SIGNED: list[Case] = [
    ("Martine – on A-18, the sessions are booked for 3 and 10 June. Is there anything else you need from me?\nHelen",
     "Helen Ellis", {"intent": "add_update", "ref": "A-18"}),
    ("a-9 figures are with BI now. anything else you need from me?", "Sally Holmes",
     {"intent": "add_update", "ref": "A-9"}),
    ("Could you move A-12 to the end of June please?\nJo", "Jo Forbes",
     {"intent": "change_due", "ref": "A-12", "due": "2015-06-30"}),
    # look-alikes: a reply thanked by name, and a question on its own
    ("A-14 - thanks Sally, much appreciated", M, {"intent": "none", "ref": "A-14"}),
    ("is there anything you need from me?", "Helen Ellis",
     {"intent": "list_actions", "owners": [member("Helen Ellis")]}),
]  # fmt: skip
HELP: list[Case] = [
    ("Martine – I'm not very familiar with this system. How do I let it know an action is finished?", "Tony Oakman",
     {"intent": "help"}),
    ("Is it possible for my deputy to update actions on my behalf while I'm away?", "Julie Winpenny",
     {"intent": "help"}),
    ("can i add a note to an action without closing it?", "Anne Harris", {"intent": "help"}),
    ("if i move a date on one of mine will it tell anyone", "Jo Forbes", {"intent": "help"}),
    ("what can i type in here to see my actions", "Jo Forbes", {"intent": "help"}),
    ("Hello, I'm new to the Board. Could someone explain how the action tracker works?", "Jayne Sargeant",
     {"intent": "help"}),
    # look-alikes: a note for a numbered action, and the writer's own list
    ("what can I see on my list?", "Karen Palk", {"intent": "list_actions", "owners": [member("Karen Palk")]}),
    ("can i add a note to A-14: data requested from BI", "Jo Forbes",
     {"intent": "add_update", "ref": "A-14", "note": "data requested from BI"}),
]  # fmt: skip
RELAYED: list[Case] = [
    ("See below from Merlin:\n\n> The exec moved, so I can make Monday after all. Take my apologies off.\n\nM", M,
     {"intent": "withdraw_apology", "owners": [member("Merlin Joseph")], "meeting": "2015-05-18"}),
    ("Fwd:\n> Please send my apologies for the September board, I'm at a conference. Kind regards, Anne", M,
     {"intent": "apology", "owners": [member("Anne Harris")], "meeting": "2015-09-11"}),
    ("Forwarding from Viv:\n\n> Martine – could you pop an action on for the NPS to brief the SCR Sub on MAPPA?", M,
     {"intent": "record_action", "owners": [agency("National Probation Service")]}),
    ("fwd from roger - cafcass to share the private law data before the september board", M,
     {"intent": "record_action", "owners": [agency("Cafcass")], "due": "2015-09-11"}),
    ("Fwd:\n> Please send my apologies for Monday. Regards, Jo\n\nJo's apols for Monday", M,
     {"intent": "apology", "owners": [member("Jo Forbes")], "meeting": "2015-05-18"}),
    # look-alike: the writer forwards nothing and signs her own
    ("please send my apologies for Monday. Thanks, Pam", "Pam Smith",
     {"intent": "apology", "owners": [member("Pam Smith")], "meeting": "2015-05-18"}),
]  # fmt: skip
ARISEN: list[Case] = [
    ("Roger has asked me to record the following after his meeting with the DCS yesterday: Tony and Chris to present "
     "the early help report to the September board.", M,
     {"intent": "record_action", "owners": [member("Tony Oakman"), member("Chris Ballinger")], "due": "2015-09-11"}),
    ("I've been asked to log the following from the exec: housing to map the hostel places by end of June", M,
     {"intent": "record_action", "owners": [agency("DMBC – Housing")], "due": "2015-06-30"}),
    ("pls add this one from the SCR sub: Viv to circulate the briefing by friday", M,
     {"intent": "record_action", "owners": [member("Viv Townsend")], "due": "2015-05-22"}),
]  # fmt: skip
HEARD: list[Case] = [
    ("I've had a call from the CCG – Su Vincent sends her apologies for the workshop, she's presenting elsewhere", R,
     {"intent": "apology", "owners": [member("Su Vincent")], "meeting": "2015-06-19"}),
    ("I've had an email from Jo. She can't make Monday", R,
     {"intent": "apology", "owners": [member("Jo Forbes")], "meeting": "2015-05-18"}),
    ("just had a call from pam - she cant make the july board", M,
     {"intent": "apology", "owners": [member("Pam Smith")], "meeting": "2015-07-10"}),
    # look-alike: the writer's own apologies after the news
    ("I've had a call from the school, so I can't make Monday now", "Marie Hunter",
     {"intent": "apology", "owners": [member("Marie Hunter")], "meeting": "2015-05-18"}),
]  # fmt: skip
STAND_IN: list[Case] = [
    ("Merlin has just told me that he cannot attend the September board. I have asked that Chris attend on behalf of "
     "DMBC.", R, {"intent": "apology", "owners": [member("Merlin Joseph")], "meeting": "2015-09-11",
                  "representative": "Chris Ballinger"}),
    ("Tony can't make the July board. I've asked for Chris to attend in his place.", R,
     {"intent": "apology", "owners": [member("Tony Oakman")], "meeting": "2015-07-10",
      "representative": "Chris Ballinger"}),
    ("Police apologies for the July board - Sally's on annual leave. I'll attend myself.", "Richard Fisher",
     {"intent": "apology", "owners": [member("Sally Holmes")], "meeting": "2015-07-10",
      "representative": "Richard Fisher"}),
    # look-alike: the agency's apologies with nobody named are the writer's
    ("police apols for monday", "Richard Fisher",
     {"intent": "apology", "owners": [member("Richard Fisher")], "meeting": "2015-05-18"}),
    ("I regret that I shall be unable to attend the July board", R,
     {"intent": "apology", "owners": [member(R)], "meeting": "2015-07-10"}),
]  # fmt: skip
SPOKEN_TO: list[Case] = [
    ("Thanks Zala – Martine, I can do Monday now so Zala doesn't need to attend, please cancel my apols.", "Pam Smith",
     {"intent": "withdraw_apology", "owners": [member("Pam Smith")], "meeting": "2015-05-18"}),
    ("Martine, I can make the workshop after all, please take my apologies off", "Jo Forbes",
     {"intent": "withdraw_apology", "owners": [member("Jo Forbes")], "meeting": "2015-06-19"}),
    # look-alike: a list of names, the manager's among them
    ("Martine, Jo and Pam to draft the leaflet by the workshop", R,
     {"intent": "record_action", "owners": [member(M), member("Jo Forbes"), member("Pam Smith")]}),
]  # fmt: skip
PRONOUN_LIST: list[Case] = [
    ("Tony's asked what's outstanding for him before his 1:1 with Roger – can you pull his list?", M,
     {"intent": "list_actions", "owners": [member("Tony Oakman")]}),
    ("Jassi has asked what she owes before her catch up with Merlin", M,
     {"intent": "list_actions", "owners": [member("Jassi Broadmeadow")]}),
    ("can you pull Tony's list before his 1:1 with Roger", M,
     {"intent": "list_actions", "owners": [member("Tony Oakman")]}),
    # look-alikes: the one the writer meets is the one "he" means
    ("I'm meeting Merlin on Tuesday - what does he have open?", M,
     {"intent": "list_actions", "owners": [member("Merlin Joseph")]}),
    ("Before my 1:1 with Tony next week, could you pull together everything his directorate owns?", M,
     {"intent": "list_actions", "owners": [agency("DMBC – Directorate of People")]}),
    ("Morning! Before I start chasing people, can you give me the whole board's list, overdue ones first please?", M,
     {"intent": "list_actions", "owners": []}),
]  # fmt: skip
LEAVE: list[Case] = [
    ("Please note that Merlin is on leave all of next week.", R,
     {"intent": "leave", "owners": [member("Merlin Joseph")], "away_until": "2015-05-22"}),
    ("fyi tony o off all next wk", M,
     {"intent": "leave", "owners": [member("Tony Oakman")], "away_until": "2015-05-22"}),
    ("Richard is off all next week on a course", M,
     {"intent": "leave", "owners": [member("Richard Fisher")], "away_until": "2015-05-22"}),
    ("Martine, Merlin tells me he is on sick leave until the end of the month, please note it.", R,
     {"intent": "leave", "owners": [member("Merlin Joseph")], "away_until": "2015-05-31"}),
    ("Martine, just so you have it: Tony will be on leave until 12 June, Chris is covering.", R,
     {"intent": "leave", "owners": [member("Tony Oakman")], "away_until": "2015-06-12"}),
    # look-alikes: passed on by a member, it is news, never the writer's leave; the writer's own stays theirs
    ("sally asked me to tell u shes off till 1st june", "Richard Fisher", {"intent": "none"}),
    ("Kate's asked me to let everyone know she's off until 8 June", "Viv Townsend", {"intent": "none"}),
    ("I'm on leave all of next week.", "Jo Forbes", {"intent": "leave", "away_until": "2015-05-22"}),
]  # fmt: skip
BARE: list[Case] = [
    ("56 - 2 of our 3 probation offices briefed", "Viv Townsend",
     {"intent": "add_update", "ref": "A-56", "note": "2 of our 3 probation offices briefed"}),
    ("14 - 20 of 30 cases screened, rest after half term", "Mike Galikowski", {"intent": "add_update", "ref": "A-14"}),
    ("for 18: housing have found 6 families, visits booked", "Jo Forbes", {"intent": "add_update", "ref": "A-18"}),
    ("Sally asked me to add to 68: the profile is with the analysts", "Richard Fisher",
     {"intent": "add_update", "ref": "A-68", "on_behalf_of": "Sally Holmes"}),
    ("number 58 sorted", "Helen Ellis", {"intent": "complete_action", "ref": "A-58"}),
    # look-alikes: numbers that are not actions
    ("for 2 weeks: nothing from the schools", "Marie Hunter", {"intent": "none"}),
]  # fmt: skip
NAMED_LISTS: list[Case] = [
    ("Could you list the overdue actions for the health agencies — the CCG and the hospital.", R,
     {"intent": "list_actions", "owners": [agency("Dudley CCG"), agency(HOSPITAL)]}),
    ("list for Dave Whitehouse please", M, {"intent": "list_actions", "owners": [
        {"kind": "unknown", "name": "Dave Whitehouse", "suggestions": []}]}),
    ("open actions for jayne sargant pls", M, {"intent": "list_actions", "owners": [
        {"kind": "unknown", "name": "jayne sargant", "suggestions": ["Jayne Sargeant"]}]}),
    ("list for jo pls", M, {"intent": "list_actions", "owners": [member("Jo Forbes")]}),
    # look-alike: one asked on someone's behalf is not whose list it is
    ("Martine asked me to check - what is overdue at the moment?", R, {"intent": "list_actions", "owners": []}),
    ("Could I see the full list of open actions please, before Martine sends the papers out", R,
     {"intent": "list_actions", "owners": []}),
]  # fmt: skip
ASKED_EDITS: list[Case] = [
    ("I think action 49 is no longer needed now the role has changed – please could you remove it?", "Karen Palk",
     {"intent": "drop_action", "ref": "A-49"}),
    ("Could you change A-47 to Viv Townsend please?", "Anne Harris",
     {"intent": "reassign", "ref": "A-47", "owners": [member("Viv Townsend")]}),
    ("Hi Martine, A-53 is down to me but it's the NPS's lead really – could it go to them? Thanks Kate",
     "Kate McConnell", {"intent": "reassign", "ref": "A-53", "owners": [agency("National Probation Service")]}),
    ("Martine, please could you mark my action A-24 as complete?", "Merlin Joseph",
     {"intent": "complete_action", "ref": "A-24"}),
    ("a-65 back to Viv now she's back", "Kate McConnell",
     {"intent": "reassign", "ref": "A-65", "owners": [member("Viv Townsend")]}),
    ("a-55 should be police + yos jointly, not just me", "Mike Galikowski",
     {"intent": "reassign", "ref": "A-55", "owners": [agency("West Midlands Police"), agency("DMBC – YOS")]}),
    ("can u change it to mike g and helen for a-34, theyre running it jointly now", M,
     {"intent": "reassign", "ref": "A-34", "owners": [member("Mike Galikowski"), member("Helen Ellis")]}),
    ("Jo is picking up the hostel work now - could a-26 go to her?", "Chris Ballinger",
     {"intent": "reassign", "ref": "A-26", "owners": [member("Jo Forbes")]}),
    ("the CCG are leading on the GP side now, could A-60 go to them?", "Pam Smith",
     {"intent": "reassign", "ref": "A-60", "owners": [agency("Dudley CCG")]}),
    ("NPS has handed the audit to the regional team, so could action 37 be closed as no longer required?",
     "Viv Townsend", {"intent": "drop_action", "ref": "A-37"}),
    ("Is it possible to mark A-48 as done? The leaflet has been printed.", "Karen Palk",
     {"intent": "complete_action", "ref": "A-48"}),
    # look-alikes: a new day, two people "her" could mean, and a question to see the action
    ("could a-26 go to the end of june?", "Jo Forbes", {"intent": "change_due", "ref": "A-26", "due": "2015-06-30"}),
    ("Jo and Pam are on it now - could a-26 go to her?", "Chris Ballinger",
     {"intent": "reassign", "ref": "A-26", "owners": [], "ambiguous": [("her", ["Jo Forbes", "Pam Smith"])]}),  # which?
    ("Could you change A-47 to the end of June please?", "Anne Harris",
     {"intent": "change_due", "ref": "A-47", "due": "2015-06-30"}),
    ("can you show me A-47 please?", "Anne Harris", {"intent": "show_action", "ref": "A-47"}),
    ("A-53 is with the NPS now – could you check it's still on track?", "Kate McConnell",
     {"intent": "show_action", "ref": "A-53"}),
]  # fmt: skip
MORE_LISTS: list[Case] = [
    ("Could you list the QA & Comms actions and anything assigned to Karen Palk, please?", M,
     {"intent": "list_actions", "owners": [group("QA & Comms"), member("Karen Palk")]}),
    ("Would you send me a list of the actions allocated to Cafcass, and to me personally?", "Nicola Campbell",
     {"intent": "list_actions", "owners": [agency("Cafcass"), member("Nicola Campbell")]}),
    ("what does the hospital have outstanding? And could you include anything that's just mine?", "Pam Smith",
     {"intent": "list_actions", "owners": [agency(HOSPITAL), member("Pam Smith")]}),
    ("Can you list everything Karen J and I still have?", "Mayada AbuAffan",
     {"intent": "list_actions", "owners": [member("Karen Jackson"), member("Mayada AbuAffan")]}),
    ("what's on Jo's list and mine?", "Sue Haywood",
     {"intent": "list_actions", "owners": [member("Jo Forbes"), member("Sue Haywood")]}),
    ("qa + comms outstanding actions?", "Jassi Broadmeadow",
     {"intent": "list_actions", "owners": [group("QA & Comms")]}),
    ("bcpft + ppp actions pls", "Tabetha Darman",
     {"intent": "list_actions", "owners": [agency("BCPFT"), group("Policy, Procedures & Practice")]}),
    # look-alikes: thanks for the writer's own, and a name that fits two
    ("what does Jo have? thanks for sorting mine", "Sue Haywood",
     {"intent": "list_actions", "owners": [member("Jo Forbes")]}),
    ("Could you list the CDOP actions and anything assigned to Karen, please?", M,
     {"intent": "list_actions", "owners": [group("CDOP")], "ambiguous": [("Karen", ["Karen Jackson", "Karen Palk"])]}),
]  # fmt: skip
ALL = [
    *(("details", *c) for c in DETAILS),
    *(("signed", *c) for c in SIGNED),
    *(("help", *c) for c in HELP),
    *(("relayed", *c) for c in RELAYED),
    *(("arisen", *c) for c in ARISEN),
    *(("heard", *c) for c in HEARD),
    *(("stand-in", *c) for c in STAND_IN),
    *(("spoken-to", *c) for c in SPOKEN_TO),
    *(("pronoun-list", *c) for c in PRONOUN_LIST),
    *(("leave", *c) for c in LEAVE),
    *(("bare", *c) for c in BARE),
    *(("named-lists", *c) for c in NAMED_LISTS),
    *(("asked-edits", *c) for c in ASKED_EDITS),
    *(("more-lists", *c) for c in MORE_LISTS),
]  # fmt: skip


@pytest.mark.parametrize(("group_", "text", "writer", "expected"), ALL, ids=[f"{c[0]}:{c[1][:40]}" for c in ALL])
def test_twenty_second_round_wording(
    snapshot: Snapshot, group_: str, text: str, writer: str, expected: dict[str, Any]
) -> None:
    check(parse(snapshot, text, writer), expected)
