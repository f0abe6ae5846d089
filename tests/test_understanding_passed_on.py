"""Understanding work passed on and owners named loosely: requests someone else asked the writer to log ("Roger's
asked me to log one for Jo - …", "Tony asked that Merlin pick up …"), notes with the owner labelled ("owner = me,
due 31/7", "thats one for Jo and Mike"), services named in words or by acronym ("youth offending", "YOS"), a word
that fits two agencies written by a member of one of them, a team named by where it sits, a person named after
their post, several lists asked for at once, reassignments with the reason after a dash, and a reference written
"action 12" after "new date for".

Every case is invented here (not copied from a corpus), several to a class. A wrong owner is worse than a
question: the negative cases check that a rule stays away from wordings that only look like its own.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.understanding.snapshot import Snapshot
from tests.conftest import seed_snapshot
from tests.understanding_cases import Case, M, agency, check, group, member, parse, unknown


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    return seed_snapshot(tmp_path_factory.mktemp("understanding-passed-on"))


# SEED_NOW is Friday 15 May 2015; boards 10 July and 11 September, the workshop 19 June, the audit panel Monday 18 May.
YOS, CS = agency("DMBC – YOS"), agency("DMBC – Community Safety")

# Someone else asked for it: neither who asked nor the writer passing it on owns it.
PASSED_ON: list[Case] = [
    ("Roger's asked me to log one for Sally Holmes - review the CSE profile for the panel on monday pls", M,
     {"intent": "record_action", "owners": [member("Sally Holmes")], "due": "2015-05-18"}),
    ("Merlin has asked me to add this for Jo: the temporary accommodation figures by 5 June", "Chris Ballinger",
     {"intent": "record_action", "owners": [member("Jo Forbes")], "due": "2015-06-05"}),
    ("Tabetha asked me to flag this one - the youth offending team need to update their referral form by end of "
     "june", "Nicki Burrows", {"intent": "record_action", "owners": [YOS], "due": "2015-06-30"}),
    ("the chair asked me to put this on: Karen Palk to draft the lay member update for the July board", M,
     {"intent": "record_action", "owners": [member("Karen Palk")], "due": "2015-07-10"}),
    ("Tony asked that Anne pick up the adult safeguarding response by 26 June", M,
     {"intent": "record_action", "owners": [member("Anne Harris")], "due": "2015-06-26"}),
    ("Roger has asked that everyone reads the annual report and sends comments by the 12th of June", M,
     {"intent": "record_action", "owners": [group("all members")], "due": "2015-06-12"}),
    ("Roger would like Mayada to present the CDOP report at the September board", M,
     {"intent": "record_action", "owners": [member("Mayada AbuAffan")], "due": "2015-09-11"}),
    ("Can someone log: Zala to refresh the bruising protocol by Fri 12 June. cc Pam", "Pam Smith",
     {"intent": "record_action", "owners": [member("Zala Ibrahim")], "due": "2015-06-12"}),
    ("could somebody add - Viv to share the MAPPA guidance by end of June (cc Kate)", "Kate McConnell",
     {"intent": "record_action", "owners": [member("Viv Townsend")], "due": "2015-06-30"}),
    ("Remley to circulate the FE safeguarding survey by friday, cc Marie and Annette", M,
     {"intent": "record_action", "owners": [member("Remley Mann")], "due": "2015-05-22"}),
]  # fmt: skip

# The owner written as a field of the note, or after the work.
LABELLED: list[Case] = [
    ("action pls: private fostering leaflet reprinted. owner = me, due 26/6", "Nicola Campbell",
     {"intent": "record_action", "owners": [member("Nicola Campbell")], "due": "2015-06-26"}),
    ("new action: refresh the neglect toolkit, owner: PPP, due end of july", M,
     {"intent": "record_action", "owners": [group("Policy, Procedures & Practice")], "due": "2015-07-31"}),
    ("add action me - missing episodes data cleansed by 29/5", "Sally Holmes",
     {"intent": "record_action", "owners": [member("Sally Holmes")], "due": "2015-05-29"}),
    ("pls add: audit of return interviews - thats one for Helen and Mike. end of june", M,
     {"intent": "record_action", "owners": [member("Helen Ellis"), member("Mike Galikowski")], "due": "2015-06-30"}),
    ("to add: the faith groups mapping, it's one for DCVS. september board", "Jayne Sargeant",
     {"intent": "record_action", "owners": [agency("DCVS")], "due": "2015-09-11"}),
    ("one for the ASB team at community safety and for yos - joint letters to parents. september board", M,
     {"intent": "record_action", "owners": [CS, YOS], "due": "2015-09-11"}),
    ("could you put an action on for the workforce dev group - refresh the training offer by end of july", M,
     {"intent": "record_action", "owners": [group("Workforce Development Group")], "due": "2015-07-31"}),
]  # fmt: skip

# Services in words or by acronym, a word two agencies share written by a member of one, teams, posts, brackets.
NAMED_LOOSELY: list[Case] = [
    ("youth offending to send their HMIP plan by 5 june", M,
     {"intent": "record_action", "owners": [YOS], "due": "2015-06-05"}),
    ("what does the youth offending service still owe?", M, {"intent": "list_actions", "owners": [YOS]}),
    ("what's open for probation", "Kate McConnell",
     {"intent": "list_actions", "owners": [agency("Probation – CRC")]}),
    ("probation to send the MAPPA figures by friday", "Viv Townsend",
     {"intent": "record_action", "owners": [agency("National Probation Service")], "due": "2015-05-22"}),
    ("the data team in public health to send the JSNA extract by friday", M,
     {"intent": "record_action", "owners": [agency("Office of Public Health")], "due": "2015-05-22"}),
    ("please log an action for our school nurse Amy Clarke to run the drop ins by end of june", "Marie Hunter",
     {"intent": "record_action", "owners": [unknown("Amy Clarke")], "due": "2015-06-30"}),
    ("reassign A-19 to the CCG's designated nurse Priya Shah", "Su Vincent",
     {"intent": "reassign", "ref": "A-19", "owners": [unknown("Priya Shah")]}),
    ("an action for health and wellbeing (so me really) to refresh the JSNA chapter, july board", "Rachael Doyle",
     {"intent": "record_action", "owners": [member("Rachael Doyle")], "due": "2015-07-10"}),
    ("Could the CDOP chair and the SCR sub chair jointly write the learning note for the July board", "Roger Clayton",
     {"intent": "record_action", "owners": [member("Mayada AbuAffan"), member("Su Vincent")], "due": "2015-07-10"}),
    ("the workforce dev group to map the training gaps by end of june", M,
     {"intent": "record_action", "owners": [group("Workforce Development Group")], "due": "2015-06-30"}),
]  # fmt: skip

# Lists: the writer's and someone else's, possessives without the apostrophe.
LISTS: list[Case] = [
    ("what have I got open, and anything for zala?", "Pam Smith",
     {"intent": "list_actions", "owners": [member("Pam Smith"), member("Zala Ibrahim")]}),
    ("what do i owe and what's the fire service got", "Sally Holmes",
     {"intent": "list_actions", "owners": [member("Sally Holmes"), agency("West Midlands Fire Service")]}),
    ("whats left on sallys list?", "Roger Clayton", {"intent": "list_actions", "owners": [member("Sally Holmes")]}),
    ("what's on jo and mike's lists at the moment?", M,
     {"intent": "list_actions", "owners": [member("Jo Forbes"), member("Mike Galikowski")]}),
]  # fmt: skip

# Edits by reference with the reason after a dash, off one owner and onto another, and the last ask of two.
EDITS: list[Case] = [
    ("pls reassign action 7 to Sally H - she's taking over CSE from monday", M,
     {"intent": "reassign", "ref": "A-7", "owners": [member("Sally Holmes")]}),
    ("A-29 should go to Kate McConnell – it's a CRC case", "Viv Townsend",
     {"intent": "reassign", "ref": "A-29", "owners": [member("Kate McConnell")]}),
    ("can A-17 move off me and onto jo please", "Helen Ellis",
     {"intent": "reassign", "ref": "A-17", "owners": [member("Jo Forbes")]}),
    ("take A-21 off me and give it to the police", "Jo Forbes",
     {"intent": "reassign", "ref": "A-21", "owners": [agency("West Midlands Police")]}),
    ("A-46 really sits with YOS rather than me, could it go to Mike?", "Helen Ellis",
     {"intent": "reassign", "ref": "A-46", "owners": [member("Mike Galikowski")]}),
    ("new date for action 12 - fri 5 june", M, {"intent": "change_due", "ref": "A-12", "due": "2015-06-05"}),
    ("new deadline for action 30: end of july", M, {"intent": "change_due", "ref": "A-30", "due": "2015-07-31"}),
]  # fmt: skip

# Due dates: "urgent" as a marker, a bare span after a comma, the date settled on, a later sentence's own date.
DUES: list[Case] = [
    (
        "Urgent one - Sally and Richard to agree the MASH referral wording",
        M,
        {"intent": "record_action", "due": None, "asap": True},
    ),
    (
        "Add one for Zala: the CDOP notification backlog, urgent",
        "Pam Smith",
        {"intent": "record_action", "owners": [member("Zala Ibrahim")], "asap": True},
    ),
    ("URGENT: Jo to send the temporary accommodation list", M, {"intent": "record_action", "asap": True}),
    ("Jo to review the urgent referrals by friday", M, {"due": "2015-05-22", "asap": False}),
    ("Helen to send the NEET figures, 2 weeks pls", M, {"intent": "record_action", "due": "2015-05-29"}),
    ("Helen to review the referrals from the last 2 weeks", M, {"intent": "record_action", "due": None}),
    (
        "action for Chris to cost the training offer – I need it before the July board so say 3 July",
        "Roger Clayton",
        {"intent": "record_action", "owners": [member("Chris Ballinger")], "due": "2015-07-03"},
    ),
    (
        "Anne Harris to lead the adult transitions review, 31 July. Tony will check in with her in June.",
        M,
        {"intent": "record_action", "owners": [member("Anne Harris")], "due": "2015-07-31"},
    ),
    (
        "The CDOP needs to refresh its leaflet. Mayada will lead it. Needed by 26 June.",
        M,
        {"intent": "record_action", "due": "2015-06-26"},
    ),
]

# Work the writer's side takes on, asked for by the writer, or addressed to someone ("yourself").
OWN_WORK: list[Case] = [
    (
        "we'll get the missing episodes data over to Martine by wednesday",
        "Sally Holmes",
        {"intent": "record_action", "owners": [member("Sally Holmes")], "due": "2015-05-20"},
    ),
    (
        "we will share the crews' neglect checklist by end of june",
        "Julie Winpenny",
        {"intent": "record_action", "owners": [member("Julie Winpenny")], "due": "2015-06-30"},
    ),
    (
        "could I get an action logged: FE safeguarding audits to be shared with WDG. Aiming for the 10th July",
        "Remley Mann",
        {"intent": "record_action", "owners": [member("Remley Mann")], "due": "2015-07-10"},
    ),
    (
        "could I have an action added: Jo to send the hostel list by friday",
        "Chris Ballinger",
        {"intent": "record_action", "owners": [member("Jo Forbes")], "due": "2015-05-22"},
    ),
    (
        "Martine - can you log an action for yourself to circulate the new terms of reference by end of next week",
        "Roger Clayton",
        {"intent": "record_action", "owners": [member("Martine McFadden")], "due": "2015-05-22"},
    ),
    (
        "following on from Jo's email - can you put me and Sally down to co-deliver the CSE session (19 june)",
        "Richard Fisher",
        {"intent": "record_action", "owners": [member("Richard Fisher"), member("Sally Holmes")], "due": "2015-06-19"},
    ),
]

# Updates and ticks: whose news, who did it, and a plan that is no tick.
UPDATES: list[Case] = [
    (
        "A-29 update from Viv – data request submitted to the regional team",
        M,
        {"intent": "add_update", "ref": "A-29", "note": "data request submitted to the regional team"},
    ),
    (
        "Update on A-20 from Merlin: draft response with the DCS for sign off",
        M,
        {"intent": "add_update", "ref": "A-20", "note": "draft response with the DCS for sign off"},
    ),
    (
        "A-33 done by Mayada - close it please",
        M,
        {"intent": "complete_action", "ref": "A-33", "on_behalf_of": "Mayada AbuAffan"},
    ),
    (
        "A-2 can be closed, Jassi has delivered the learning brief",
        "Roger Clayton",
        {"intent": "complete_action", "ref": "A-2", "on_behalf_of": "Jassi Broadmeadow"},
    ),
    ("A-8 done (Pam Smith sent it round)", M, {"intent": "complete_action", "ref": "A-8", "on_behalf_of": "Pam Smith"}),
]

# Who owns it when others are named around it: second thoughts, support, copies, corrections and reports.
WHOSE: list[Case] = [
    (
        "Roger wants Sally to pull together the missing episodes data for the July board pls",
        M,
        {"intent": "record_action", "owners": [member("Sally Holmes")], "due": "2015-07-10"},
    ),
    (
        "pam asked me to put this on for her - audit the bruising protocol, end of june",
        "Zala Ibrahim",
        {"intent": "record_action", "owners": [member("Pam Smith")], "due": "2015-06-30"},
    ),
    (
        "Viv asked me to add one for her and Kate: a joint MAPPA briefing for the workshop",
        M,
        {"intent": "record_action", "owners": [member("Viv Townsend"), member("Kate McConnell")], "due": "2015-06-19"},
    ),
    (
        "I've been asked by Tony to put one on the VCSG: review the missing protocol by the sept board",
        M,
        {"intent": "record_action", "owners": [group("Vulnerable Children's Strategic Group")], "due": "2015-09-11"},
    ),
    (
        "Jo said Mike would send the YOS figures to all members by friday, can u log it",
        M,
        {"intent": "record_action", "owners": [member("Mike Galikowski")], "due": "2015-05-22"},
    ),
    (
        "on behalf of Karen Jackson - she'll refresh the teenage pregnancy data, end of june",
        "Mayada AbuAffan",
        {"intent": "record_action", "owners": [member("Karen Jackson")], "due": "2015-06-30"},
    ),
    (
        "Roger asked me to draft the annual report foreword, I'll have it done by 5 june",
        M,
        {"intent": "record_action", "owners": [member("Martine McFadden")], "due": "2015-06-05"},
    ),
    (
        "I said i'd do it but actually its Anne's area - Anne to check the transitions cases, end of june",
        "Tony Oakman",
        {"intent": "record_action", "owners": [member("Anne Harris")], "due": "2015-06-30"},
    ),
    (
        "Su's asked that Pam and Zala review the caseload - pam's leading, zala just needs copying in. end of june",
        "Mayada AbuAffan",
        {"intent": "record_action", "owners": [member("Pam Smith")], "due": "2015-06-30"},
    ),
    (
        "Tabetha will want to see it but the action's Nicki Burrows' - update the vol sector guidance by end of july",
        "Jassi Broadmeadow",
        {"intent": "record_action", "owners": [member("Nicki Burrows")], "due": "2015-07-31"},
    ),
    (
        "action: Jo with support from Chris to map the B&B placements, for the sept board",
        "Merlin Joseph",
        {"intent": "record_action", "owners": [member("Jo Forbes")], "due": "2015-09-11"},
    ),
    (
        "an action for Merlin Joseph, on behalf of the VCSG, to circulate the missing strategy by friday",
        "Karen Palk",
        {"intent": "record_action", "owners": [member("Merlin Joseph")], "due": "2015-05-22"},
    ),
    (
        "Could an action be added for the police, please, to explain at the next board why missing episodes are up?",
        "Karen Palk",
        {"intent": "record_action", "owners": [agency("West Midlands Police")], "due": "2015-07-10"},
    ),
    (
        "could I ask that an action is set for the WDG to confirm the workshop programme no later than Friday 5 June?",
        "Remley Mann",
        {"intent": "record_action", "owners": [group("Workforce Development Group")], "due": "2015-06-05"},
    ),
    (
        "new action pls: joint visits protocol signed off - me and Sally Holmes, 31 July",
        "Julie Winpenny",
        {"intent": "record_action", "owners": [member("Julie Winpenny"), member("Sally Holmes")], "due": "2015-07-31"},
    ),
]

# Context first, then whose it is and the work after a dash; agreements reported with who agreed; the passive.
CONTEXT_THEN_WORK: list[Case] = [
    (
        "Pam wanted this against Zala but Zala's on leave til june so put it on Pam - bruising audit by 12 june",
        "Mayada AbuAffan",
        {"intent": "record_action", "owners": [member("Pam Smith")], "due": "2015-06-12"},
    ),
    (
        "Richard will chair it but setting it up is on me - set up the CSE task group, first meeting w/c 1 june",
        "Sally Holmes",
        {"intent": "record_action", "owners": [member("Sally Holmes")], "due": "2015-06-01"},
    ),
    (
        "the heads will do their own, but this one's actually for Remley - FE colleges to self-assess by end of july",
        "Annette Callear",
        {"intent": "record_action", "owners": [member("Remley Mann")], "due": "2015-07-31"},
    ),
    (
        "Roger, Martine and I agreed at the pre-meet that Anne should lead on the transitions audit. for sept board",
        "Jassi Broadmeadow",
        {"intent": "record_action", "owners": [member("Anne Harris")], "due": "2015-09-11"},
    ),
    (
        "we agreed at the planning call that Jo would chase the housing returns by friday",
        "Chris Ballinger",
        {"intent": "record_action", "owners": [member("Jo Forbes")], "due": "2015-05-22"},
    ),
    (
        "pls add: the missing children report to be reviewed by Pam before the workshop",
        "Su Vincent",
        {"intent": "record_action", "owners": [member("Pam Smith")], "due": "2015-06-19"},
    ),
]

# Whose apology, leave, update or tick: an agency's member writing for it, someone else named first.
WHOSE_OTHER_INTENTS: list[Case] = [
    (
        "cafcass sends apologies for monday, no one available to cover",
        "Nicola Campbell",
        {"intent": "apology", "owners": [member("Nicola Campbell")], "meeting": "2015-05-18"},
    ),
    (
        "apols from the fire service for 19 june",
        "Julie Winpenny",
        {"intent": "apology", "owners": [member("Julie Winpenny")], "meeting": "2015-06-19"},
    ),
    (
        "the fire service can attend monday now",
        "Julie Winpenny",
        {"intent": "withdraw_apology", "owners": [member("Julie Winpenny")]},
    ),
    (
        "fyi roger is away till 29 may",
        M,
        {"intent": "leave", "owners": [member("Roger Clayton")], "away_until": "2015-05-29"},
    ),
    (
        "karen's on leave until the 12th of june",
        "Roger Clayton",
        {"intent": "leave", "owners": [], "ambiguous": [("karen", ["Karen Jackson", "Karen Palk"])]},
    ),
    ("A-45 from Jo to Mike pls", M, {"intent": "reassign", "ref": "A-45", "owners": [member("Mike Galikowski")]}),
    (
        "A-56 - me and Anne jointly now, not Viv, many thanks",
        "Su Vincent",
        {"intent": "reassign", "ref": "A-56", "owners": [member("Su Vincent"), member("Anne Harris")]},
    ),
    (
        "sally's closed off a12 - she's on leave so said i'd tell you",
        "Richard Fisher",
        {"intent": "complete_action", "ref": "A-12", "on_behalf_of": "Sally Holmes"},
    ),
    (
        "tony o says a26 is done, he sent me the report yesterday",
        "Jassi Broadmeadow",
        {"intent": "complete_action", "ref": "A-26", "on_behalf_of": "Tony Oakman"},
    ),
    (
        "update from Helen on A-34: youth voice survey has gone out to 6 schools",
        M,
        {"intent": "add_update", "ref": "A-34", "note": "youth voice survey has gone out to 6 schools"},
    ),
    (
        "Sally asked me to log this one: i'm to send the MASH stats over to Martine by friday",
        "Richard Fisher",
        {"intent": "record_action", "owners": [member("Richard Fisher")], "due": "2015-05-22"},
    ),
]

# Edits: mistakes corrected, someone taking it over, ticks for others, more time, closing without doing it.
EDITS_MORE: list[Case] = [
    (
        "A-30 was given to me by mistake, it's Helen's",
        "Mike Galikowski",
        {"intent": "reassign", "ref": "A-30", "owners": [member("Helen Ellis")]},
    ),
    (
        "Kate's taking A-43 over from Viv",
        M,
        {"intent": "reassign", "ref": "A-43", "owners": [member("Kate McConnell")]},
    ),
    (
        "A-25 - Roger's asked that Jassi picks this up from me",
        M,
        {"intent": "reassign", "ref": "A-25", "owners": [member("Jassi Broadmeadow")]},
    ),
    (
        "Richard asked me to close A-4 for him, he's in court all day",
        "Sally Holmes",
        {"intent": "complete_action", "ref": "A-4", "on_behalf_of": "Richard Fisher"},
    ),
    (
        "Jayne asked me to let you know her action A-9 is all finished",
        "Annette Callear",
        {"intent": "complete_action", "ref": "A-9", "on_behalf_of": "Jayne Sargeant"},
    ),
    (
        "Remley completed action 11 — i've seen the college audit myself",
        "Marie Hunter",
        {"intent": "complete_action", "ref": "A-11", "on_behalf_of": "Remley Mann"},
    ),
    (
        "can I have a bit longer on a-12? a week would do it",
        "Annette Callear",
        {"intent": "change_due", "ref": "A-12", "shift_days": 7},
    ),
    (
        "A-59 can be closed without action - the Family Justice Board is now leading on this",
        "Nicola Campbell",
        {"intent": "drop_action", "ref": "A-59", "note": "the Family Justice Board is now leading on this"},
    ),
    ("wht is a-13", "Kate McConnell", {"intent": "show_action", "ref": "A-13"}),
    ("Could you outline the commands available to board members, please?", "Remley Mann", {"intent": "help"}),
    (
        "Could you list the actions for Jo Forbes? We are co-presenting at the workshop",
        "Remley Mann",
        {"intent": "list_actions", "owners": [member("Jo Forbes")]},
    ),
]

ALL = {"passed on": PASSED_ON, "labelled": LABELLED, "named loosely": NAMED_LOOSELY, "lists": LISTS, "edits": EDITS,
       "dues": DUES, "own work": OWN_WORK, "updates": UPDATES, "whose": WHOSE, "edits more": EDITS_MORE,
       "context then work": CONTEXT_THEN_WORK, "whose other intents": WHOSE_OTHER_INTENTS}  # fmt: skip
CASES = [(name, *case) for name, cases in ALL.items() for case in cases]


@pytest.mark.parametrize(("group_", "text", "writer", "expected"), CASES, ids=[f"{c[0]}:{c[1][:40]}" for c in CASES])
def test_passed_on_wording(
    snapshot: Snapshot, group_: str, text: str, writer: str | None, expected: dict[str, Any]
) -> None:
    check(parse(snapshot, text, writer), expected)


# Wordings that only look like the classes above: who asked, who is copied in and the writer are never owners.
NOT_OWNERS: list[Case] = [
    ("Roger asked me to check what the police still owe", M, {"intent": "list_actions"}),
    ("Jo wants to send the plan round by friday", M, {"owners": []}),
    ("pls add jo - she's the new housing rep", M, {"owners": []}),
    ("we'll see how the survey goes", "Sally Holmes", {"intent": "none"}),
    ("we will discuss it at the board", "Sally Holmes", {"intent": "none"}),
    ("the meeting is off until june", M, {"intent": "none"}),
    ("Richard's on leave till 1 June fyi", "Sally Holmes", {"intent": "none"}),
    ("Richard's off until 1 June so can A-23 go to Sally in the meantime", M, {"intent": "reassign"}),
    ("apols from the police for monday", M, {"intent": "apology", "owners": [agency("West Midlands Police")]}),
    ("Martine asked me to check - what is overdue at the moment?", "Roger Clayton",
     {"intent": "list_actions", "owners": []}),
    ("Su Vincent has asked me to send her apologies for the July board.", M,
     {"intent": "apology", "owners": [member("Su Vincent")]}),
    ("Note on A-27: the young carers survey has gone out to 40 schools", "Jayne Sargeant",
     {"intent": "add_update", "ref": "A-27"}),
    ("Action for the police: Sally to lead, with Richard, on the CSE profile refresh. Target date 17 July.", M,
     {"intent": "record_action", "owners": [member("Sally Holmes"), member("Richard Fisher")]}),
    ("probation to send the S11 return by 31/07", "Jo Forbes",
     {"owners": [], "ambiguous": [("probation", ["National Probation Service", "Probation – CRC"])]}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "writer", "expected"), NOT_OWNERS, ids=[c[0][:40] for c in NOT_OWNERS])
def test_who_asked_or_is_copied_in_owns_nothing(
    snapshot: Snapshot, text: str, writer: str | None, expected: dict[str, Any]
) -> None:
    got = parse(snapshot, text, writer)
    check(got, expected)
    for name in ("Roger Clayton", "Martine McFadden", "Merlin Joseph", "Pam", "Kate McConnell"):
        assert all(o["name"] != name for o in got.get("owners", []) if o["kind"] == "member"), got


@pytest.mark.parametrize("text", ["A-5 done by friday hopefully", "A-6 done by the 12th", "A-7 finished by end of may"])
def test_done_by_a_date_is_a_plan_never_a_confident_tick(snapshot: Snapshot, text: str) -> None:
    """ "done by friday" is when it will be done: not understood, or at most a guess the writer must confirm."""
    got = parse(snapshot, text, M)
    assert got["intent"] != "complete_action" or got["guessed"], got
