"""Understanding the tenth round's classes: an action's number after a hash ("#19"), the new date among two dates,
new owners said in passing ("A-2 new owner Sue", "Jo's but Mike will take it now"), work given over ("I said I'd do X
but Jo's got the data so it should be hers"), requests to log work for someone ("Roger's asked me to log one for Jo to
…"), updates passed on from a member, ticks reported by who confirmed them, withdrawals and questions about
apologies, self-corrections without punctuation ("sorry meant Karen J"), "by 22nd", lists by group or with the writer,
the writer's own unit's audit, an agency's manager, someone else's leave never taken for the writer's, apologies for
lists of people, who is coming after all, whose list a question asks for, titles before a surname, and edits of an
action named by what it is about.

Every case is invented here (not copied from a corpus), several to a class. A wrong owner is worse than a
question: the negative cases check that a rule stays away from wordings that only look like its own.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.understanding.snapshot import Snapshot
from tests.conftest import seed_snapshot
from tests.understanding_cases import Case, M, agency, check, group, member, parse

R = "Roger Clayton"


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    return seed_snapshot(tmp_path_factory.mktemp("understanding-tenth-round"))


# SEED_NOW is Friday 15 May 2015; boards 10 July and 11 September, the workshop 19 June, the audit panel Monday 18 May.
HASH_REFS: list[Case] = [
    ("please scrap #27 - the review was cancelled", M,
     {"intent": "drop_action", "ref": "A-27", "note": "the review was cancelled"}),
    ("#33 sorted", "Jo Forbes", {"intent": "complete_action", "ref": "A-33"}),
    ("what's #8 about?", "Pam Smith", {"intent": "show_action", "ref": "A-8"}),
    ("push #12 back a week", M, {"intent": "change_due", "ref": "A-12", "shift_days": 7}),
    ("action #40 done", "Viv Townsend", {"intent": "complete_action", "ref": "A-40"}),
    ("give #5 to Helen Ellis", M, {"intent": "reassign", "ref": "A-5", "owners": [member("Helen Ellis")]}),
]  # fmt: skip

NEW_DATES: list[Case] = [
    ("could we move #14 to the 5th please, the data team meeting is on the 4th", "Su Vincent",
     {"intent": "change_due", "ref": "A-14", "due": "2015-06-05"}),
    ("can A-9 be w/c 8 June instead", "Marie Hunter", {"intent": "change_due", "ref": "A-9", "due": "2015-06-08"}),
    ("A-9 - not friday, the due date should be 12 June", "Marie Hunter",
     {"intent": "change_due", "ref": "A-9", "due": "2015-06-12"}),
    ("A-21 - move to before the workshop please", "Helen Ellis",
     {"intent": "change_due", "ref": "A-21", "due": "2015-06-19"}),
    ("Jo to send the leaflet by 29th", M, {"intent": "record_action", "owners": [member("Jo Forbes")],
                                            "due": "2015-05-29"}),
    ("can u add one for me - the missing data, due 3rd", "Sally Holmes",
     {"intent": "record_action", "owners": [member("Sally Holmes")], "due": "2015-06-03"}),
    ("log one for me to get the ISA signed, today if possible", "Chris Ballinger",
     {"intent": "record_action", "owners": [member("Chris Ballinger")], "due": None, "asap": True}),
]  # fmt: skip

NEW_OWNERS: list[Case] = [
    ("A-31 new owner Karen", M, {"intent": "reassign", "ref": "A-31", "owners": [],
                                 "ambiguous": [("Karen", ["Karen Jackson", "Karen Palk"])]}),
    ("A-31 new lead: Public Health", M, {"intent": "reassign", "ref": "A-31",
                                          "owners": [agency("Office of Public Health")]}),
    ("A-8 was Sue H's but Anne will take it on now", M,
     {"intent": "reassign", "ref": "A-8", "owners": [member("Anne Harris")]}),
    ("A-19 - Merlin's moving teams so can it come to me", "Tony Oakman",
     {"intent": "reassign", "ref": "A-19", "owners": [member("Tony Oakman")]}),
    ("A-22 isnt the fire service's its public health, please change to Mayada", "Julie Winpenny",
     {"intent": "reassign", "ref": "A-22", "owners": [member("Mayada AbuAffan")]}),
    ("re A-40 - not mine, that's a housing one, Jo Forbes's", "Anne Harris",
     {"intent": "reassign", "ref": "A-40", "owners": [member("Jo Forbes")]}),
    ("could A-6 be done by Remley instead", "Marie Hunter",
     {"intent": "reassign", "ref": "A-6", "owners": [member("Remley Mann")]}),
    ("A-6: the letter is with Merlin for sign off", "Tony Oakman",
     {"intent": "add_update", "ref": "A-6", "note": "the letter is with Merlin for sign off"}),
    ("A-6 is with Merlin now", M, {"intent": "reassign", "ref": "A-6", "owners": [member("Merlin Joseph")]}),
]  # fmt: skip

GIVEN_OVER: list[Case] = [
    ("I said I'd do the GP audit but Jo's got the contacts so it should be hers, by 26 June", "Pam Smith",
     {"intent": "record_action", "owners": [member("Jo Forbes")], "due": "2015-06-26"}),
    ("Helen was going to draft the youth voice survey but Mike will pick it up now, end of June", M,
     {"intent": "record_action", "owners": [member("Mike Galikowski")], "due": "2015-06-30"}),
    ("Tony asked for this one but it's mine: refresh the MASH threshold document, due 12th", "Jassi Broadmeadow",
     {"intent": "record_action", "owners": [member("Jassi Broadmeadow")], "due": "2015-06-12"}),
    ("Merlin has asked me to log one for Anne to check the transitions cases by 30 June", M,
     {"intent": "record_action", "owners": [member("Anne Harris")], "due": "2015-06-30"}),
    ("Roger asked me to add an action for the police to refresh the CSE profile by end of July", M,
     {"intent": "record_action", "owners": [agency("West Midlands Police")], "due": "2015-07-31"}),
    ("Anne's going to pull the adult transitions figures together by the 12th", M,
     {"intent": "record_action", "owners": [member("Anne Harris")], "due": "2015-06-12"}),
    ("Action on me: DV pathway refresh by end of June. Tony to approve.", "Sue Haywood",
     {"intent": "record_action", "owners": [member("Sue Haywood")], "due": "2015-06-30"}),
    ("Action for Public Health: school nurses to finish the audit by 31 July. I'll chase them.", "Karen Jackson",
     {"intent": "record_action", "owners": [agency("Office of Public Health")], "due": "2015-07-31"}),
    ("for Tony Oakmen - the directorate's S11 plan by end of june", M,
     {"intent": "record_action", "owners": [{"kind": "unknown", "name": "Tony Oakmen",
                                            "suggestions": ["Tony Oakman"]}], "due": "2015-06-30"}),
    ("the YOS manager to share the custody figures by the July board", R,
     {"intent": "record_action", "owners": [member("Mike Galikowski")], "due": "2015-07-10"}),
    ("the fire service rep to send the home safety data by friday", R,
     {"intent": "record_action", "owners": [member("Julie Winpenny")], "due": "2015-05-22"}),
    ("Action: WDG members to each nominate a trainer by 5 June", "Rachael Doyle",
     {"intent": "record_action", "owners": [group("Workforce Development Group")], "due": "2015-06-05"}),
]  # fmt: skip

PASSED_ON_NEWS: list[Case] = [
    ("update on a14 from Viv: the MAPPA data has gone to the analyst", M,
     {"intent": "add_update", "ref": "A-14", "note": "the MAPPA data has gone to the analyst",
      "on_behalf_of": "Viv Townsend"}),
    ("Update A-30, on behalf of Nicola: the Cafcass figures are in the draft", M,
     {"intent": "add_update", "ref": "A-30", "note": "the Cafcass figures are in the draft",
      "on_behalf_of": "Nicola Campbell"}),
    ("note on A-12 from Julie: home safety visits booked for June", M,
     {"intent": "add_update", "ref": "A-12", "on_behalf_of": "Julie Winpenny"}),
    ("please tick off A-16 - Helen confirmed the survey has closed", R,
     {"intent": "complete_action", "ref": "A-16", "on_behalf_of": "Helen Ellis"}),
    ("Annette asked me to let you know A-26 is done", "Marie Hunter",
     {"intent": "complete_action", "ref": "A-26", "on_behalf_of": "Annette Callear"}),
    ("A-44: Zala's done her part, tick her off", M,
     {"intent": "complete_action", "ref": "A-44", "on_behalf_of": "Zala Ibrahim"}),
    ("A-44: Sue's done her part, tick her off", M,
     {"intent": "complete_action", "ref": "A-44", "ambiguous": [("Sue", ["Su Vincent", "Sue Haywood"])]}),
    ("A-3 - Merlin says we don't need it now the policy has changed, please remove", M,
     {"intent": "drop_action", "ref": "A-3", "note": "Merlin says we don't need it now the policy has changed"}),
    ("take off action 9 please, it duplicates A-10", M,
     {"intent": "drop_action", "ref": "A-9", "note": "it duplicates A-10"}),
    ("a19 letters gone to the heads", "Marie Hunter",
     {"intent": "add_update", "ref": "A-19", "note": "letters gone to the heads"}),
]  # fmt: skip

APOLOGIES: list[Case] = [
    ("turns out I can make the workshop after all so please take my apologies off", "Jo Forbes",
     {"intent": "withdraw_apology", "owners": [member("Jo Forbes")], "meeting": "2015-06-19"}),
    ("Tony's diary cleared so he can do the panel on monday now - take his apologies off", M,
     {"intent": "withdraw_apology", "owners": [member("Tony Oakman")], "meeting": "2015-05-18"}),
    ("I'm no longer sending my apologies for September", "Kate McConnell",
     {"intent": "withdraw_apology", "owners": [member("Kate McConnell")], "meeting": "2015-09-11"}),
    ("Has Mayada sent her apologies for the workshop?", M, {"intent": "meeting_info", "meeting": "2015-06-19"}),
    ("did the police send apologies for monday", R, {"intent": "meeting_info", "meeting": "2015-05-18"}),
    ("list the apologies for September pls", M, {"intent": "meeting_info", "meeting": "2015-09-11"}),
    ("please log apologies for Remley Mann and me for the July board", "Marie Hunter",
     {"intent": "apology", "owners": [member("Remley Mann"), member("Marie Hunter")], "meeting": "2015-07-10"}),
    ("Viv can't make the July board so I'll be attending for probation", "Kate McConnell",
     {"intent": "apology", "owners": [member("Viv Townsend")], "meeting": "2015-07-10",
      "representative": "Kate McConnell"}),
]  # fmt: skip

CORRECTED: list[Case] = [
    ("pls add: Sally to refresh the CSE profile sorry meant Richard, due 30/6", M,
     {"intent": "record_action", "owners": [member("Richard Fisher")], "due": "2015-06-30"}),
    ("Karen J to send the CDOP figures to PPP sorry meant Karen P, by 12 June", M,
     {"intent": "record_action", "owners": [member("Karen Palk")], "due": "2015-06-12"}),
    ("close a31 soz meant a13", "Jo Forbes", {"intent": "complete_action", "ref": "A-13"}),
    ("drop a40 please sorry I meant a-4", M, {"intent": "drop_action", "ref": "A-4"}),
]  # fmt: skip

LISTS_AND_AUDITS: list[Case] = [
    ("show me what Remley and I have got on", "Marie Hunter",
     {"intent": "list_actions", "owners": [member("Remley Mann"), member("Marie Hunter")]}),
    ("what is Chris Ballinger behind on?", R, {"intent": "list_actions", "owners": [member("Chris Ballinger")]}),
    ("sub group chairs actions overdue?", R, {"intent": "list_actions", "owners": [group("sub group chairs")]}),
    ("ppp actions due this month?", "Tabetha Darman",
     {"intent": "list_actions", "owners": [group("Policy, Procedures & Practice")]}),
    ("what's outstanding against me before the September board?", "Remley Mann",
     {"intent": "list_actions", "owners": [member("Remley Mann")]}),
    ("our s11 has gone in", "Sue Haywood",
     {"intent": "audit_update", "audit": {"type": "S11", "subject": "DMBC – Community Safety", "status": "complete"}}),
    ("Trust's S11 is nearly finished", "Tabetha Darman",
     {"intent": "audit_update", "audit": {"type": "S11", "subject": "BCPFT", "status": "in_progress"}}),
    ("has probation sent its S11 yet?", "Kate McConnell",
     {"intent": "audit_status", "audit": {"type": "S11", "subject": "Probation – CRC"}}),
    ("S11 for youth offending in", M,
     {"intent": "audit_update", "audit": {"type": "S11", "subject": "DMBC – YOS", "status": "complete"}}),
    ("wots #30", "Nicki Burrows", {"intent": "show_action", "ref": "A-30"}),
]  # fmt: skip

LATER_CLASSES: list[Case] = [
    # apologies for a list of people; who is coming after all
    ("apologies for the workshop from me and Jo Forbes - both at a housing inspection", "Anne Harris",
     {"intent": "apology", "owners": [member("Anne Harris"), member("Jo Forbes")], "meeting": "2015-06-19"}),
    ("could you record apologies for Remley and Annette for September please", M,
     {"intent": "apology", "owners": [member("Remley Mann"), member("Annette Callear")], "meeting": "2015-09-11"}),
    ("viv townsent's apologies for monday pls", M,
     {"intent": "apology", "owners": [{"kind": "unknown", "name": "viv townsent", "suggestions": ["Viv Townsend"]}],
      "meeting": "2015-05-18"}),
    ("Both Sally and I are on a course on the 10th July, so apologies from the police", "Richard Fisher",
     {"intent": "apology", "owners": [member("Richard Fisher"), member("Sally Holmes")], "meeting": "2015-07-10"}),
    ("Jo is off sick so please take her apologies for Monday", "Sue Haywood",
     {"intent": "apology", "owners": [member("Jo Forbes")], "meeting": "2015-05-18"}),
    ("Mike will cover for me at the audit panel, I'm in court", "Helen Ellis",
     {"intent": "apology", "owners": [member("Helen Ellis")], "meeting": "2015-05-18",
      "representative": "Mike Galikowski"}),
    ("Remley will be at the September board after all, please don't record apologies for him", M,
     {"intent": "withdraw_apology", "owners": [member("Remley Mann")], "meeting": "2015-09-11"}),
    ("Both Tony and Chris can come to the workshop now - the cabinet meeting moved", M,
     {"intent": "withdraw_apology", "owners": [member("Tony Oakman"), member("Chris Ballinger")],
      "meeting": "2015-06-19"}),
    ("Did Nicola send apologies for the workshop?", M, {"intent": "meeting_info", "meeting": "2015-06-19"}),
    ("Sorry all, can't make July", "Annette Callear",
     {"intent": "apology", "owners": [member("Annette Callear")], "meeting": "2015-07-10"}),
    # whose list a question asks for
    ("what's Merlin waiting on from Helen?", M, {"intent": "list_actions", "owners": [member("Helen Ellis")]}),
    ("what has Roger asked Jassi to do that's still open", M,
     {"intent": "list_actions", "owners": [member("Jassi Broadmeadow")]}),
    ("what's Sally still got to do for Richard?", M, {"intent": "list_actions", "owners": [member("Sally Holmes")]}),
    ("anything outstanding for housing that Tony needs before July?", M,
     {"intent": "list_actions", "owners": [agency("DMBC – Housing")]}),
    ("please list all actions currently assigned to DI Fisher and myself", "Sally Holmes",
     {"intent": "list_actions", "owners": [member("Richard Fisher"), member("Sally Holmes")]}),
    ("what is Mrs Callear behind on?", R, {"intent": "list_actions", "owners": [member("Annette Callear")]}),
    # others' leave is news; the writer's own, formally
    ("fyi Merlin Joseph is on leave until 29 May", "Jo Forbes", {"intent": "none"}),
    ("Please note I shall be on annual leave from 1 June, returning to work on Monday 8 June.", "Viv Townsend",
     {"intent": "leave", "away_until": "2015-06-07"}),
    # the owner named for a forwarded ask; a request written formally
    ("FW from Merlin below - can this be logged against housing please?\n\n> Jo, could housing look at the "
     "B&B placements and report back by the July board? Merlin", "Jo Forbes",
     {"intent": "record_action", "owners": [agency("DMBC – Housing")], "due": "2015-07-10"}),
    ("Good afternoon. I would be grateful if an action could be recorded for Sally Holmes to brief the panel on "
     "Operation Sentinel by 12 June. Many thanks", "Richard Fisher",
     {"intent": "record_action", "owners": [member("Sally Holmes")], "due": "2015-06-12"}),
    # parts beside the work; the writer's own; who does it instead; who agreed to take it
    ("For me: refresh the bruising protocol. Zala and Pam to be consulted. by 12 June", "Su Vincent",
     {"intent": "record_action", "owners": [member("Su Vincent")], "due": "2015-06-12"}),
    ("Can you add one for us - YOS team to run two victim awareness sessions before the workshop. Helen Ellis to "
     "observe", "Mike Galikowski", {"intent": "record_action", "owners": [agency("DMBC – YOS")], "due": "2015-06-19"}),
    ("Karen Jackson asked the lay advisors to review the leaflet. That's me. Due by 3/7", "Karen Palk",
     {"intent": "record_action", "owners": [member("Karen Palk")], "due": "2015-07-03"}),
    ("Sally is on leave till the 26th so Richard Fisher will do the MASH figures instead", R,
     {"intent": "record_action", "owners": [member("Richard Fisher")]}),
    ("Zala's agreed to take on A-44, she knows the data", "Pam Smith",
     {"intent": "reassign", "ref": "A-44", "owners": [member("Zala Ibrahim")]}),
    ("Jo and Mike are both away at a conference till Weds 20th", M,
     {"intent": "leave", "owners": [member("Jo Forbes"), member("Mike Galikowski")], "away_until": "2015-05-20"}),
    ("we haven't started our s11 yet, sorry - will get going next week", "Nicki Burrows",
     {"intent": "audit_update", "audit": {"type": "S11", "subject": "DCVS", "status": "not_started"}}),
    ("which ones are still mine? I thought A-9 moved to Jo", "Sally Holmes", {"intent": "list_actions"}),
    # the round's last sets: references at the end, news passed on, apologies written to the chair
    ("that one's Sally's not mine (A-14)", "Richard Fisher",
     {"intent": "reassign", "ref": "A-14", "owners": [member("Sally Holmes")]}),
    ("a-9 by the 26th instead?", "Jo Forbes", {"intent": "change_due", "ref": "A-9", "due": "2015-05-26"}),
    ("#12 update - Zala says the audit tool is with the analysts", "Pam Smith",
     {"intent": "add_update", "ref": "A-12", "on_behalf_of": "Zala Ibrahim"}),
    ("Roger - apologies for the July board, I'm on leave", "Helen Ellis",
     {"intent": "apology", "owners": [member("Helen Ellis")], "meeting": "2015-07-10"}),
    ("Neither Remley nor I can make the workshop, sorry", "Marie Hunter",
     {"intent": "apology", "owners": [member("Remley Mann"), member("Marie Hunter")], "meeting": "2015-06-19"}),
    ("Can you pull up Sue's actions for me", M, {"intent": "list_actions", "owners": [],
                                                 "ambiguous": [("Sue", ["Su Vincent", "Sue Haywood"])]}),
    ("Mike and I agreed he'll do the custody data by end of June", "Helen Ellis",
     {"intent": "record_action", "owners": [member("Mike Galikowski")], "due": "2015-06-30"}),
    ("Kate has her own action for the CRC; probation will brief the MARAC leads by 19 June", "Viv Townsend",
     {"intent": "record_action", "owners": [agency("National Probation Service")], "due": "2015-06-19"}),
    ("I'm free for the July board now so no need for Sally to stand in", "Richard Fisher",
     {"intent": "withdraw_apology", "owners": [member("Richard Fisher")], "meeting": "2015-07-10"}),
    ("Dear Martine,\n\nJust to let you know that Jassi Broadmeadow is on leave until Friday 29 May.\n\nKind regards,\n"
     "Roger", R, {"intent": "leave", "owners": [member("Jassi Broadmeadow")], "away_until": "2015-05-29"}),
    ("Re: September board - apologies from me and from Jo Forbes", "Anne Harris",
     {"intent": "apology", "owners": [member("Anne Harris"), member("Jo Forbes")], "meeting": "2015-09-11"}),
    ("An action for me please (just me, not Cafcass as a whole) - update the private law data note by 12 June",
     "Nicola Campbell", {"intent": "record_action", "owners": [member("Nicola Campbell")], "due": "2015-06-12"}),
    ("an action for the lay advisors (i.e. me) to review the website by end of June", "Karen Palk",
     {"intent": "record_action", "owners": [member("Karen Palk")], "due": "2015-06-30"}),
    # an action named by what it is about: read without a reference, for the conversation to ask which
    ("Please tick off the FGM leaflet action, it went out on Monday", "Su Vincent",
     {"intent": "complete_action", "ref": None}),
    ("Could you move the deadline on the neglect toolkit action to end of July?", "Tabetha Darman",
     {"intent": "change_due", "ref": None, "due": "2015-07-31"}),
    ("Please transfer the MASH audit action to Jassi Broadmeadow", M,
     {"intent": "reassign", "ref": None, "owners": [member("Jassi Broadmeadow")]}),
]  # fmt: skip

CASES = [
    (name, *case)
    for name, cases in (
        ("hash", HASH_REFS), ("dates", NEW_DATES), ("owners", NEW_OWNERS), ("given", GIVEN_OVER),
        ("news", PASSED_ON_NEWS), ("apologies", APOLOGIES), ("corrected", CORRECTED), ("lists", LISTS_AND_AUDITS),
        ("later", LATER_CLASSES),
    )
    for case in cases
]  # fmt: skip


@pytest.mark.parametrize(("group_", "text", "writer", "expected"), CASES, ids=[f"{c[0]}:{c[1][:40]}" for c in CASES])
def test_tenth_round_wording(
    snapshot: Snapshot, group_: str, text: str, writer: str | None, expected: dict[str, Any]
) -> None:
    check(parse(snapshot, text, writer), expected)


# Wordings that only look like the rules above: each must keep away from a confident wrong reading.
NOT_THESE: list[tuple[str, str, dict[str, Any]]] = [
    ("this is my #1 priority this week", "Jo Forbes", {"ref": None}),
    ("meet on the 2nd floor at 10", "Jo Forbes", {"due": None}),
    ("A-52: draft done, I'll tick it off next week", "Pam Smith", {"intent": "add_update"}),
    ("Roger has asked me to log the housing figures for Jo by end of June", M, {}),
    ("Jassi off sick till end of next week fyi", "Sally Holmes", {"intent": "none"}),
    ("Annual leave until 5 June", "Sally Holmes", {"intent": "leave", "owners": [], "away_until": "2015-06-05"}),
    ("have I sent my apologies for July?", "Pam Smith", {"intent": "meeting_info"}),
    ("Sally off sick till friday", "Pam Smith", {"intent": "none"}),  # someone else's leave, from a member: news
    ("Just to let you know that Mayada is on leave until 5 June", "Pam Smith", {"intent": "none"}),
    ("jo can make a start on it now", M, {"intent": "none"}),
    ("Jo will cover for me on the duty rota next week", "Sally Holmes", {"intent": "none"}),
    ("the report is late so Roger Clayton will be annoyed", M, {"intent": "none"}),
    (
        "Viv here - yes, NPS will pick up the info sharing action, Kate's team will feed in. Say 26 June?",
        "Viv Townsend",
        {},
    ),
    (
        "In my capacity as chair I would like an action recorded for Cllr Jones to sign off the foreword",
        R,
        {"intent": "record_action", "owners": [{"kind": "unknown", "name": "Cllr Jones", "suggestions": []}]},
    ),
]


@pytest.mark.parametrize(("text", "writer", "expected"), NOT_THESE, ids=[c[0][:40] for c in NOT_THESE])
def test_look_alikes_read_safely(snapshot: Snapshot, text: str, writer: str, expected: dict[str, Any]) -> None:
    got = parse(snapshot, text, writer)
    check(got, expected)
    if text.startswith("Roger has asked me to log"):  # the writer is never the owner of logging it
        assert all(o["name"] != M for o in got["owners"]), got
    if text.startswith("Viv here"):  # a statement ending in a question about a date lists nobody's actions
        assert got["intent"] != "list_actions" and all(o["name"] != "Kate McConnell" for o in got["owners"]), got
