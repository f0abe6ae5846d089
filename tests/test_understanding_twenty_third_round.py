"""Understanding the twenty-third round's classes: who asked for a new action or an edit ("Pam's asked me to log one
for her", "…, Jo's request", "Roger says drop A-7"); the manager spoken to before a subject of its own ("Martine,
police will …", "sorry martine wont be at …"); a surname's first letters only when short ("kate mc"; "Marie Hunt" is
asked about); apologies said in more ways ("no longer be able to attend", "Apologies to note for Monday please: …",
"both me and mike g out for …", "Both Tony and Chris send …") and stand-ins ("A colleague from BCPFT, Liz Moore, will
attend", "Su V will present the QA bit for me"); edits said in more ways ("belongs w the CRC", "to Nicky when she's
back", "… given the change in portfolio", "wont happen now - funding gone", "decided not to go ahead", "never getting
closed", a step closed while the work goes on); actions asked in more ways ("new action karen to …", "lets give helen
an action to …", "action from the chair's meeting for Tony O: …", "lynne (my deputy) to …", "Notes from my catch-up
with Su V: she'll …"); lists asked in more ways ("Jo Forbes' and Sue Haywood's lists please - …", "allocated to A, B
and C", "any sitting with …", "… at the mo", the voluntary sector); news of an action ("a-57 karen p says …", "Quick
one on 16 – …", "I think number 59 can be ticked off"); and the writer's plans for their own actions, never new ones.

Every case is invented here (not copied from a corpus), several to a class. A wrong owner is worse than a question:
the look-alikes check that a rule stays away from wordings that only look like its own.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.understanding.snapshot import Snapshot
from tests.conftest import seed_snapshot
from tests.understanding_cases import Case, M, agency, check, group, member, parse, unknown

KARENS = ["Karen Jackson", "Karen Palk"]


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    return seed_snapshot(tmp_path_factory.mktemp("understanding-twenty-third-round"))


# SEED_NOW is Friday 15 May 2015; boards 10 July and 11 September, the workshop 19 June, the audit panel Monday 18 May.
ASKED_BY: list[Case] = [
    ("Pam's asked me to log one for her: circulate the revised discharge letter by 5 June", M,
     {"intent": "record_action", "owners": [member("Pam Smith")], "due": "2015-06-05", "on_behalf_of": "Pam Smith"}),
    ("Tony has asked me to add an action for the council to refresh the early help offer by end of July", M,
     {"intent": "record_action", "owners": [agency("DMBC")], "on_behalf_of": "Tony Oakman"}),
    ("Roger asked me to record one: sub group chairs to send their work plans by the July board", M,
     {"intent": "record_action", "owners": [group("sub group chairs")], "on_behalf_of": "Roger Clayton"}),
    ("push a-14 back two weeks please, Jo's request", M,
     {"intent": "change_due", "ref": "A-14", "on_behalf_of": "Jo Forbes"}),
    ("move A-20 to the September board at Viv's request", M,
     {"intent": "change_due", "ref": "A-20", "due": "2015-09-11", "on_behalf_of": "Viv Townsend"}),
    ("Roger says drop A-7 - the national review has been shelved", M,
     {"intent": "drop_action", "ref": "A-7", "on_behalf_of": "Roger Clayton"}),
    ("update for a-30 from Zala: the ED audit tool is being piloted on two wards", M,
     {"intent": "add_update", "ref": "A-30", "on_behalf_of": "Zala Ibrahim"}),
    # look-alikes: a pronoun or a post asks nothing of anyone named, and the writer's own request is theirs
    ("she asked me to log one: Jo to send the housing figures by Friday", M,
     {"intent": "record_action", "owners": [member("Jo Forbes")], "on_behalf_of": None}),
    ("Tony's PA has asked me to put this on for him: Tony to brief the lead member by Friday", M,
     {"intent": "record_action", "owners": [member("Tony Oakman")], "on_behalf_of": None}),
    ("Sally asked me to send the figures to Jo by Friday", "Richard Fisher", {"on_behalf_of": None}),
]  # fmt: skip
SPOKEN_TO: list[Case] = [
    ("Martine, police will refresh the missing children profile by end of June.", "Richard Fisher",
     {"intent": "record_action", "owners": [agency("West Midlands Police")], "due": "2015-06-30"}),
    ("Martine, the council is going to review the protocol by July", "Tony Oakman",
     {"intent": "record_action", "owners": [agency("DMBC")]}),
    ("sorry martine wont be at the workshop, I'm on a course", "Helen Ellis",
     {"intent": "apology", "owners": [member("Helen Ellis")], "meeting": "2015-06-19"}),
    ("sorry martine cant make monday", "Jo Forbes", {"intent": "apology", "owners": [member("Jo Forbes")]}),
    ("Roger, the CCG will circulate the GP template by end of June", "Su Vincent",
     {"intent": "record_action", "owners": [agency("Dudley CCG")]}),
    ("thanks martine, police will send the figures friday", "Sally Holmes",
     {"intent": "record_action", "owners": [agency("West Midlands Police")]}),
    # look-alikes: a list with her in it takes an "and"; thanks that says what is showing asks nothing
    ("Martine, Jo and Pam to draft the leaflet by Friday", "Roger Clayton",
     {"intent": "record_action", "owners": [member("Martine McFadden"), member("Jo Forbes"), member("Pam Smith")]}),
    ("Martine, I will send the slides on Friday", "Richard Fisher",
     {"intent": "record_action", "owners": [member("Richard Fisher")]}),
    ("cheers martine, can see a-12 is showing as housing's now", "Jo Forbes", {"intent": "none"}),
]  # fmt: skip
SURNAMES: list[Case] = [
    ("could 47 be passed to Marie Hunt?", "Annette Callear",
     {"intent": "reassign", "ref": "A-47", "owners": [unknown("Marie Hunt", "Marie Hunter")]}),
    ("what does Richard Fish owe?", M,
     {"intent": "list_actions", "owners": [unknown("Richard Fish", "Richard Fisher")]}),
    # look-alikes: the first letters of a surname, as chat shortens it
    ("kate mc to send the CRC figures by friday", M, {"intent": "record_action", "owners": [member("Kate McConnell")]}),
    ("sue hay to chase the refuge data", M, {"intent": "record_action", "owners": [member("Sue Haywood")]}),
    ("what does Tony Oak owe?", M, {"intent": "list_actions", "owners": [member("Tony Oakman")]}),
]  # fmt: skip
APOLOGIES: list[Case] = [
    ("Morning. I will no longer be able to attend the audit panel on Monday, I'm needed in court.", "Sally Holmes",
     {"intent": "apology", "owners": [member("Sally Holmes")], "meeting": "2015-05-18"}),
    ("Apologies to note for the July board please: Viv Townsend, Kate McConnell and Jo Forbes. No deputies.", M,
     {"intent": "apology", "owners": [member("Viv Townsend"), member("Kate McConnell"), member("Jo Forbes")],
      "meeting": "2015-07-10"}),
    ("both me and zala out for the workshop, CQC visit", "Pam Smith",
     {"intent": "apology", "owners": [member("Pam Smith"), member("Zala Ibrahim")], "meeting": "2015-06-19"}),
    ("Both Viv and Kate send apologies for 10 July. Someone from the CRC will attend.", M,
     {"intent": "apology", "owners": [member("Viv Townsend"), member("Kate McConnell")], "meeting": "2015-07-10"}),
    ("Apologies for the July board please, I'm on leave. A colleague from the CCG, Amrit Sandhu, will attend in my "
     "place.", "Su Vincent", {"intent": "apology", "owners": [member("Su Vincent")], "representative": "Amrit Sandhu"}),
    ("apologies for Monday's panel all. Jo will present the housing bit for me.", "Sue Haywood",
     {"intent": "apology", "owners": [member("Sue Haywood")], "representative": "Jo Forbes"}),
    # look-alikes: papers going out on a day, and two people who are coming
    ("Just so you know, the September board papers will go out on 28 August as usual.", M, {"intent": "none"}),
    ("both me and zala will be at the workshop", "Pam Smith", {"intent": "none"}),
]  # fmt: skip
EDITS: list[Case] = [
    ("a-19 belongs w the CRC not NPS", "Viv Townsend",
     {"intent": "reassign", "ref": "A-19", "owners": [agency("Probation – CRC")]}),
    ("A-66 to Jo when she's back", M, {"intent": "reassign", "ref": "A-66", "owners": [member("Jo Forbes")]}),
    ("A-66 to Karen when she's back", M, {"intent": "reassign", "ref": "A-66", "ambiguous": [("Karen", KARENS)]}),
    ("please transfer A-4 from Merlin to Tony Oakman given the change in portfolio", "Roger Clayton",
     {"intent": "reassign", "ref": "A-4", "owners": [member("Tony Oakman")]}),
    ("a-37 wont happen now - the funding's gone", "Jayne Sargeant",
     {"intent": "drop_action", "ref": "A-37", "note": "the funding's gone"}),
    ("a-12 can be closed, the trust board decided not to go ahead with the pilot", "Pam Smith",
     {"intent": "drop_action", "ref": "A-12"}),
    ("Update: A-6 – consultation closed with 80 responses, analysis under way", "Rachael Doyle",
     {"intent": "add_update", "ref": "A-6"}),
    ("Update - A-6 finished, report to Martine", "Rachael Doyle", {"intent": "complete_action", "ref": "A-6"}),
    # look-alikes: a joke about an action, and a date it will not be done by
    ("lol a-1 is never getting closed is it", "Richard Fisher", {"intent": "none", "ref": "A-1"}),
    ("a-12 wont happen by friday", "Pam Smith", {"intent": "none", "ref": "A-12"}),
]  # fmt: skip
ACTIONS: list[Case] = [
    ("new action karen to pull the lay member feedback together for the july board", M,
     {"intent": "record_action", "owners": [], "ambiguous": [("karen", KARENS)], "due": "2015-07-10"}),
    ("lets give sally an action to map the missing episodes by ward", "Richard Fisher",
     {"intent": "record_action", "owners": [member("Sally Holmes")]}),
    ("action from the chair's catch-up for Jo F: present the housing audit at the September board", M,
     {"intent": "record_action", "owners": [member("Jo Forbes")], "due": "2015-09-11"}),
    ("Action please for the police to confirm the MASH staffing by end of June", "Roger Clayton",
     {"intent": "record_action", "owners": [agency("West Midlands Police")], "due": "2015-06-30"}),
    ("dave (my deputy) to send the fire data to martine by monday pls", "Julie Winpenny",
     {"intent": "record_action", "owners": [unknown("Dave")], "due": "2015-05-18"}),
    ("Notes from my chat with Jo F: she'll write to the housing providers in two weeks", M,
     {"intent": "record_action", "owners": [member("Jo Forbes")], "due": "2015-05-29"}),
    ("had a call with Tony, he's going to review the protocol by friday", M,
     {"intent": "record_action", "owners": [member("Tony Oakman")], "due": "2015-05-22"}),
    # look-alikes: an aside naming who it is keeps the name it helps to find; the writer's plans for their actions
    ("I'd like Karen (our lay advisor) to look over the leaflets by end of June", "Roger Clayton",
     {"intent": "record_action", "owners": [member("Karen Palk")]}),
    ("spoke to Jo - she'll be at the board", M, {"owners": []}),
    ("will get through my board actions next week", "Remley Mann", {"intent": "none"}),
]  # fmt: skip
LISTS: list[Case] = [
    ("Can I have Jo Forbes' and Sue Haywood's lists please - they want them before the VCSG", M,
     {"intent": "list_actions", "owners": [member("Jo Forbes"), member("Sue Haywood")]}),
    ("Can I have Jo Forbes' list please", M, {"intent": "list_actions", "owners": [member("Jo Forbes")]}),
    ("Ahead of my supervisions next week, could you send the list of actions allocated to Helen Ellis, Jo Forbes and "
     "Mike Galikowski?", "Merlin Joseph",
     {"intent": "list_actions", "owners": [member("Helen Ellis"), member("Jo Forbes"), member("Mike Galikowski")]}),
    ("what's sitting with PPP at the mo", M,
     {"intent": "list_actions", "owners": [group("Policy, Procedures & Practice")]}),
    ("could you list CDOP's open actions and any sitting with public health?", "Mayada AbuAffan",
     {"intent": "list_actions", "owners": [group("CDOP"), agency("Office of Public Health")]}),
    ("what does the vol sector owe?", M,
     {"intent": "list_actions", "owners": [agency("DCVS"), agency("Phase Trust (voluntary)")]}),
    ("can you pull up everything open for the whole board pls, doing the July papers", M,
     {"intent": "list_actions", "owners": []}),
    ("whats gill got? she took over from me", "Pam Smith", {"intent": "list_actions", "owners": [unknown("gill")]}),
    # look-alikes: the board's people as a whole, and thanks for closing many
    ("anything overdue for partners?", M, {"intent": "list_actions", "owners": []}),
    ("Good to see so many actions closed since March - well done all.", "Roger Clayton", {"intent": "none"}),
]  # fmt: skip
NEWS: list[Case] = [
    ("a-57 karen p says the lay member adverts went out today", M,
     {"intent": "add_update", "ref": "A-57", "on_behalf_of": "Karen Palk"}),
    ("a-22 jo says first meeting with the refuges done, next one 4 june", M,
     {"intent": "add_update", "ref": "A-22", "on_behalf_of": "Jo Forbes"}),
    ("Quick one on 16 – Karen P has read the draft and is happy with it", "Jassi Broadmeadow",
     {"intent": "add_update", "ref": "A-16"}),
    ("I think number 59 can be ticked off now – the agreement came back signed", "Nicola Campbell",
     {"intent": "complete_action", "ref": "A-59"}),
    ("who's got 19 at the mo?", M, {"intent": "show_action", "ref": "A-19"}),
    ("tabetha asked me to update a-55: camhs data is with the analyst, due next wk", "Nicki Burrows",
     {"intent": "add_update", "ref": "A-55", "on_behalf_of": "Tabetha Darman"}),
    # look-alike: news that it is done
    ("a-57 rich says it's done", M, {"intent": "complete_action", "ref": "A-57", "on_behalf_of": "Richard Fisher"}),
]  # fmt: skip
LATER: list[Case] = [
    # help beside what is asked to be done
    ("how do i change a due date? need a-53 to be the 1st not today", "Remley Mann",
     {"intent": "change_due", "ref": "A-53", "due": "2015-06-01"}),
    ("hi - is this where i send apols? cant make monday's panel, clashes with enrolment", "Remley Mann",
     {"intent": "apology", "owners": [member("Remley Mann")], "meeting": "2015-05-18"}),
    ("do i need to tell this thing when im on leave? im off all next week", "Remley Mann",
     {"intent": "leave", "away_until": "2015-05-22"}),
    ("a-60's finished - can I just mark it done myself or does martine have to do it?", "Remley Mann",
     {"intent": "complete_action", "ref": "A-60"}),
    ("What can you do? Martine said to ask you about my actions but I'm not sure how", "Annette Callear",
     {"intent": "help"}),
    ("Is there a guide to using this assistant? I need to log things for Tony.", M, {"intent": "help"}),
    # council services by what they serve, bodies by their initials
    ("children's services to send the CP plan numbers to Roger by 29 May", M,
     {"intent": "record_action", "owners": [agency("DMBC – Children Safeguarding")]}),
    ("log one for adults pls - review the transitions protocol by end of july", M,
     {"intent": "record_action", "owners": [agency("DMBC – Adult Safeguarding")]}),
    ("NSPCC to confirm the pilot numbers before the workshop", M,
     {"intent": "record_action", "owners": [unknown("NSPCC")], "due": "2015-06-19"}),
    ("CSE to be a standing item on the agenda", M, {"owners": []}),
    ("can A-12 go to Sally instead, Richard's moved to CID", M,
     {"intent": "reassign", "ref": "A-12", "owners": [member("Sally Holmes")]}),
    # drops, bare numbers, audits
    ("a-58 isn't happening - the trust has pulled the funding", "Pam Smith",
     {"intent": "drop_action", "ref": "A-58", "note": "the trust has pulled the funding"}),
    ("no point keeping 37 open, the new guidance supersedes it", M, {"intent": "drop_action", "ref": "A-37"}),
    ("can we slide 27 by 10 days", "Jo Forbes", {"intent": "change_due", "ref": "A-27", "shift_days": 10}),
    ("re 53, 12 families now in the pilot", "Jo Forbes", {"intent": "add_update", "ref": "A-53"}),
    ("cafcass s11 about 2/3 done", "Nicola Campbell",
     {"intent": "audit_update", "due": None, "audit": {"type": "S11", "status": "in_progress", "completed": None}}),
    ("police S11 - draft done, with the ACC for sign off", "Richard Fisher",
     {"intent": "audit_update", "audit": {"type": "S11", "status": "in_progress"}}),
    ("Halesowen College 175 in progress", "Remley Mann",
     {"intent": "audit_update", "audit": {"type": "S175", "subject": "Halesowen College", "status": "in_progress"}}),
    ("how many agencies have completed their Section 11 audits this year?", "Karen Palk",
     {"intent": "audit_status", "audit": {"type": "S11", "subject": None}}),
    # look-alikes: a count of people, a date written with a slash
    ("we have 175 schools in the borough", "Marie Hunter", {"intent": "none"}),
    ("A-4 due 2/6 please", "Jo Forbes", {"intent": "change_due", "ref": "A-4", "due": "2015-06-02"}),
]  # fmt: skip
ALL = [
    *(("asked-by", *c) for c in ASKED_BY),
    *(("spoken-to", *c) for c in SPOKEN_TO),
    *(("surnames", *c) for c in SURNAMES),
    *(("apologies", *c) for c in APOLOGIES),
    *(("edits", *c) for c in EDITS),
    *(("actions", *c) for c in ACTIONS),
    *(("lists", *c) for c in LISTS),
    *(("news", *c) for c in NEWS),
    *(("later", *c) for c in LATER),
]  # fmt: skip


@pytest.mark.parametrize(("group_", "text", "writer", "expected"), ALL, ids=[f"{c[0]}:{c[1][:40]}" for c in ALL])
def test_twenty_third_round_wording(
    snapshot: Snapshot, group_: str, text: str, writer: str, expected: dict[str, Any]
) -> None:
    check(parse(snapshot, text, writer), expected)
