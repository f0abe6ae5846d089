"""Understanding the thirteenth round's classes: what the news follows, written before it ("After the panel prep
this week, the QA group will …", "Off the back of them I'll do …"), work the writer has agreed or offered to do ("I've
agreed to attend a sample of conferences …"), the action that came out of a meeting ("The action that came out of it is
for Jo to …"), an agency asked for someone ("police pls can someone get …"), how someone will be, which is no work
("Pam will be off sick for a while", "Jo will be chairing CDOP"), a list asked by a pronoun for someone named before
("I'm covering for Sue … what she has outstanding"), never for someone only met ("a one-to-one with Tony … what's
overdue?"), work proposed for someone ("I would like to propose that Ms Darman leads …"), and an action that "should
have gone to" someone else; an action's bare number where only an action fits ("show 6", "11 done", "drop 14, no
longer needed", "can Jo pick up 14?", "move 22 to housing"), new owners named in more ways ("swap the owner from me to
…", "can tony o own #2", "put the SCR sub group down as owner", "make it an all-members action") and an apology
withdrawn for someone by "her" ("Pam can make July after all, take her off the apologies").

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
    return seed_snapshot(tmp_path_factory.mktemp("understanding-thirteenth-round"))


# SEED_NOW is Friday 15 May 2015; boards 10 July and 11 September, the workshop 19 June, the audit panel Monday 18 May.
WHAT_IT_FOLLOWS: list[Case] = [
    ("After the panel prep this week, the QA & Comms group will produce a summary of the findings for the July board. "
     "Jassi chairs it and Karen P and Pam are members. Thanks", M,
     {"intent": "record_action", "owners": [group("QA & Comms")], "due": "2015-07-10"}),
    ("Thanks Jo for the figures, really helpful. Off the back of them I'll write a briefing note for the July board.",
     "Merlin Joseph", {"intent": "record_action", "owners": [member("Merlin Joseph")], "due": "2015-07-10"}),
    ("In light of the review, the police will refresh the CSE guidance by end of June", R,
     {"intent": "record_action", "owners": [agency("West Midlands Police")], "due": "2015-06-30"}),
    ("Arising from the SCR, housing will audit their referrals by the september board", R,
     {"intent": "record_action", "owners": [agency("DMBC – Housing")], "due": "2015-09-11"}),
    ("As a result of the audit, Cafcass to send the board their case sample by 29 May", M,
     {"intent": "record_action", "owners": [agency("Cafcass")], "due": "2015-05-29"}),
    ("On the back of that we'll run two more sessions before the workshop", "Remley Mann",
     {"intent": "record_action", "owners": [member("Remley Mann")], "due": "2015-06-19"}),
]  # fmt: skip

AGREED_AND_OFFERED: list[Case] = [
    ("Just a note from the lay advisors' catch-up with Roger. I've agreed to sit in on a sample of child protection "
     "conferences and feed back to QA & Comms by the end of July. Martine is arranging the dates.", "Karen Palk",
     {"intent": "record_action", "owners": [member("Karen Palk")], "due": "2015-07-31"}),
    ("ive offered to do the s11 briefing for DCVS members by 12 june", "Nicki Burrows",
     {"intent": "record_action", "owners": [member("Nicki Burrows")], "due": "2015-06-12"}),
    ("I have volunteered to draft the neglect leaflet, end of June", "Annette Callear",
     {"intent": "record_action", "owners": [member("Annette Callear")], "due": "2015-06-30"}),
]  # fmt: skip

CAME_OUT_OF_IT: list[Case] = [
    ("At the VCSG yesterday Helen, Mike and I discussed the missing data at length. The action that came out of it is "
     "for Jo to map the emergency placements, by the July board. Helen and Mike are just being kept informed.",
     "Merlin Joseph", {"intent": "record_action", "owners": [member("Jo Forbes")], "due": "2015-07-10"}),
    ("the action agreed is for Sally to check the custody figures by friday", R,
     {"intent": "record_action", "owners": [member("Sally Holmes")], "due": "2015-05-22"}),
    ("The action arising from that is for the CCG to write to the practices by 5 June", M,
     {"intent": "record_action", "owners": [agency("Dudley CCG")], "due": "2015-06-05"}),
]  # fmt: skip

AGENCY_ASKED: list[Case] = [
    ("police pls can someone get the updated CSE referral number to martine asap", "Jassi Broadmeadow",
     {"intent": "record_action", "owners": [agency("West Midlands Police")], "asap": True}),
    ("housing please could someone send me the B&B figures by friday", "Merlin Joseph",
     {"intent": "record_action", "owners": [agency("DMBC – Housing")], "due": "2015-05-22"}),
    ("Cafcass pls could one of you share the case audit before the workshop", M,
     {"intent": "record_action", "owners": [agency("Cafcass")], "due": "2015-06-19"}),
]  # fmt: skip

WHOSE_LIST: list[Case] = [
    ("I'm covering for Sue Haywood while she's on leave. Could you tell me what actions she currently has outstanding "
     "so that nothing slips? Thanks, Merlin", "Merlin Joseph",
     {"intent": "list_actions", "owners": [member("Sue Haywood")]}),
    ("Jo is off next week. what does she owe?", M, {"intent": "list_actions", "owners": [member("Jo Forbes")]}),
    ("Pam's off next week - can you show me her actions?", R,
     {"intent": "list_actions", "owners": [member("Pam Smith")]}),
    ("Good morning Martine, I'm preparing for a one-to-one with Tony next week and it would be useful to see what "
     "actions are currently open against me on the tracker. Many thanks, Chris", "Chris Ballinger",
     {"intent": "list_actions", "owners": [member("Chris Ballinger")]}),
    ("it would be helpful to know what the police still owe", R,
     {"intent": "list_actions", "owners": [agency("West Midlands Police")]}),
]  # fmt: skip

PROPOSED: list[Case] = [
    ("Dear Martine, I would like to propose that Ms Darman leads a review of the escalation policy, with a draft by 30 "
     "June. Best regards, Karen Palk", "Karen Palk",
     {"intent": "record_action", "owners": [member("Tabetha Darman")], "due": "2015-06-30"}),
    ("I'd recommend that Jo should update the protocol by end of june", R,
     {"intent": "record_action", "owners": [member("Jo Forbes")], "due": "2015-06-30"}),
    ("Could I suggest that housing look at this by the July board", R,
     {"intent": "record_action", "owners": [agency("DMBC – Housing")], "due": "2015-07-10"}),
]  # fmt: skip

SHOULD_HAVE_GONE: list[Case] = [
    ("Dear Martine, Apologies for the confusion at the board. A-19 should have gone to Mike Galikowski and Helen "
     "Ellis, not to me. Kind regards, Jo", "Jo Forbes",
     {"intent": "reassign", "ref": "A-19", "owners": [member("Mike Galikowski"), member("Helen Ellis")]}),
    ("A-21 should have gone to the police not us", "Jo Forbes",
     {"intent": "reassign", "ref": "A-21", "owners": [agency("West Midlands Police")]}),
]  # fmt: skip

BARE_NUMBERS: list[Case] = [
    ("show 6", M, {"intent": "show_action", "ref": "A-6"}),
    ("any movement on 13?", R, {"intent": "show_action", "ref": "A-13"}),
    ("who's got 36 at the moment?", R, {"intent": "show_action", "ref": "A-36"}),
    ("what was 40 again? Merlin mentioned it at the VCSG", R, {"intent": "show_action", "ref": "A-40"}),
    ("drop 14, no longer needed", M, {"intent": "drop_action", "ref": "A-14", "note": "no longer needed"}),
    ("11 done", "Jo Forbes", {"intent": "complete_action", "ref": "A-11"}),
    ("finished 36 👍", "Jo Forbes", {"intent": "complete_action", "ref": "A-36"}),
    ("Jo asked me to push 28 back a fortnight, she's on an inspection all next week", M,
     {"intent": "change_due", "ref": "A-28", "shift_days": 14}),
    ("can Jo pick up 14? she's much closer to it than I am", "Anne Harris",
     {"intent": "reassign", "ref": "A-14", "owners": [member("Jo Forbes")]}),
    ("move 18 to Zala pls, she's the named nurse lead now", M,
     {"intent": "reassign", "ref": "A-18", "owners": [member("Zala Ibrahim")]}),
    ("move 22 to housing pls", M, {"intent": "reassign", "ref": "A-22", "owners": [agency("DMBC – Housing")]}),
    ("33 isnt mine, its the CCG's", "Anne Harris",
     {"intent": "reassign", "ref": "A-33", "owners": [agency("Dudley CCG")]}),
    ("Sue Haywood asked me to note on 16 that the ASB briefing is booked for 3 June", M,
     {"intent": "add_update", "ref": "A-16", "on_behalf_of": "Sue Haywood"}),
]  # fmt: skip

NEW_OWNERS_NAMED: list[Case] = [
    ("A-15: swap the owner from me to Sally Homes", "Richard Fisher",
     {"intent": "reassign", "ref": "A-15", "owners": [{"kind": "unknown", "name": "Sally Homes",
                                                       "suggestions": ["Sally Holmes"]}]}),
    ("can tony o own #2 instead of me? it needs director sign-off anyway", "Chris Ballinger",
     {"intent": "reassign", "ref": "A-2", "owners": [member("Tony Oakman")]}),
    ("can Rachael and the workforce development group take a-39? Marie suggested it", M,
     {"intent": "reassign", "ref": "A-39", "owners": [member("Rachael Doyle"), group("Workforce Development Group")]}),
    ("A-14 isn't mine, it should be Jo's - housing are leading on the tenancy bit", "Sue Haywood",
     {"intent": "reassign", "ref": "A-14", "owners": [member("Jo Forbes")]}),
    ("A-26 new owner: Dave Price (he's the new housing options manager, starting Monday)", M,
     {"intent": "reassign", "ref": "A-26", "owners": [{"kind": "unknown", "name": "Dave Price", "suggestions": []}]}),
    ("action 41 - can we put the SCR sub group down as owner, I'll still chase it", "Su Vincent",
     {"intent": "reassign", "ref": "A-41", "owners": [group("SCR Sub")]}),
    ("A-29 is really one for all partners, not just DCVS – can you make it an all-members action?", "Nicki Burrows",
     {"intent": "reassign", "ref": "A-29", "owners": [group("all members")]}),
]  # fmt: skip

THEIR_APOLOGY_WITHDRAWN: list[Case] = [
    ("Pam can make the july board after all, take her off the apologies", M,
     {"intent": "withdraw_apology", "owners": [member("Pam Smith")], "meeting": "2015-07-10"}),
    ("Zala's training got cancelled so she can do the workshop 19/6 - please take her off apols", M,
     {"intent": "withdraw_apology", "owners": [member("Zala Ibrahim")], "meeting": "2015-06-19"}),
    ("Helen's coming to the workshop now so take her off the apologies, Mike G told me", M,
     {"intent": "withdraw_apology", "owners": [member("Helen Ellis")], "meeting": "2015-06-19"}),
]  # fmt: skip

WITH_THE_WRITER: list[Case] = [
    ("I'm afraid both Zala and I will be unable to attend the July board due to an inspection. Dr Ahmed will attend "
     "for the trust.", "Pam Smith",
     {"intent": "apology", "owners": [member("Pam Smith"), member("Zala Ibrahim")], "meeting": "2015-07-10"}),
    ("Kate and I can't make monday", "Viv Townsend",
     {"intent": "apology", "owners": [member("Viv Townsend"), member("Kate McConnell")], "meeting": "2015-05-18"}),
    ("the inspection has moved, so Zala and I will both be at the July board. Please take our apologies off.",
     "Pam Smith", {"intent": "withdraw_apology", "owners": [member("Pam Smith"), member("Zala Ibrahim")]}),
    ("Hi Martine, Do Mike and I have anything outstanding jointly? Thanks, Jo", "Jo Forbes",
     {"intent": "list_actions", "owners": [member("Jo Forbes"), member("Mike Galikowski")]}),
]  # fmt: skip

NAMED_BEFORE: list[Case] = [
    ("Tony's meeting with the Chief Executive has been moved, so he can now attend Monday's audit panel. Could you "
     "withdraw his apologies?", "Jassi Broadmeadow",
     {"intent": "withdraw_apology", "owners": [member("Tony Oakman")], "meeting": "2015-05-18"}),
    ("Could you please send me a list of the actions West Midlands Police currently hold, including any overdue?",
     "Sally Holmes", {"intent": "list_actions", "owners": [agency("West Midlands Police")]}),
    ("which actions does the CCG hold?", R, {"intent": "list_actions", "owners": [agency("Dudley CCG")]}),
    ("As chair of PPP I'd like to see which of the group's actions are overdue before our next meeting.",
     "Tabetha Darman", {"intent": "list_actions", "owners": [group("Policy, Procedures & Practice")]}),
]  # fmt: skip

TYPED_ON_A_PHONE: list[Case] = [
    ("can action 9 be done by Fridsy", "Jo Forbes", {"intent": "change_due", "ref": "A-9", "due": "2015-05-22"}),
    ("ill send the cafcass figures over tmrw morning", "Nicola Campbell",
     {"intent": "record_action", "owners": [member("Nicola Campbell")], "due": "2015-05-16"}),
    ("ill ring the LADO today re the allegation", "Jassi Broadmeadow",
     {"intent": "record_action", "owners": [member("Jassi Broadmeadow")], "due": "2015-05-15"}),
    ("jassi to reply to ofsted re the inspection letter urgent 🚨", M,
     {"intent": "record_action", "owners": [member("Jassi Broadmeadow")], "asap": True}),
    ("need another week on 17", "Jo Forbes", {"intent": "change_due", "ref": "A-17", "shift_days": 7}),
    ("spoke to pam earlier and the police are going to audit the ED referrals by 12/6 pls add", M,
     {"intent": "record_action", "owners": [agency("West Midlands Police")], "due": "2015-06-12"}),
    ("just come out of vcsg and sue h is going to get the partnership sign off before end of month can u add that "
     "thanks", "Merlin Joseph", {"intent": "record_action", "owners": [member("Sue Haywood")], "due": "2015-05-31"}),
    ("yos are going to do joint mapping next wk so can that go on the tracker pls", "Merlin Joseph",
     {"intent": "record_action", "owners": [agency("DMBC – YOS")], "due": "2015-05-22"}),
]  # fmt: skip

TOLD_APART: list[Case] = [
    ("Karen in CDOP to pull the SUDI cases by end of June", "Mayada AbuAffan",
     {"intent": "record_action", "owners": [member("Karen Jackson")], "due": "2015-06-30"}),
    ("Could you record apologies for Sue from the VCSG for the 19th June workshop? She's asked me to let you know.",
     "Merlin Joseph", {"intent": "apology", "owners": [member("Sue Haywood")], "meeting": "2015-06-19"}),
    ("Sue from the VCSG to brief the ASB officers by friday", M,
     {"intent": "record_action", "owners": [member("Sue Haywood")]}),
    ("can karen the lay advisor sit on the audit panel and feed back by mon", M,
     {"intent": "record_action", "owners": [member("Karen Palk")], "due": "2015-05-18"}),
    ("karen our lay adviser to check the leaflet", M, {"intent": "record_action", "owners": [member("Karen Palk")]}),
]  # fmt: skip

MORE_OWNERS_READ: list[Case] = [
    ("can you pull up adult services' actions", R,
     {"intent": "list_actions", "owners": [agency("DMBC – Adult Safeguarding")]}),
    ("adult social care to check the transitions protocol – for the July board", R,
     {"intent": "record_action", "owners": [agency("DMBC – Adult Safeguarding")], "due": "2015-07-10"}),
    ("Can you tell me what actions Gemma Price has? She's our housing options lead", "Jo Forbes",
     {"intent": "list_actions", "owners": [{"kind": "unknown", "name": "Gemma Price", "suggestions": []}]}),
    ("Could you list the actions sitting with our public health colleagues please?", "Mayada AbuAffan",
     {"intent": "list_actions", "owners": [agency("Office of Public Health")]}),
    ("What's still open on the all members actions? I want to nag people at the July board", M,
     {"intent": "list_actions", "owners": [group("all members")]}),
    ("anything left of the CDOP ones?", R, {"intent": "list_actions", "owners": [group("CDOP")]}),
    ("Martine, could you put Zala down as apologies for the July board? She's on nights that week.", "Pam Smith",
     {"intent": "apology", "owners": [member("Zala Ibrahim")], "meeting": "2015-07-10"}),
    ("A-31 was my predecessor's – it should be mine now", "Nicola Campbell",
     {"intent": "reassign", "ref": "A-31", "owners": [member("Nicola Campbell")]}),
]  # fmt: skip

LEAVE_RECORDED_FOR: list[Case] = [
    ("Martine: Karen Palk is away until 3 June, please log it", M,
     {"intent": "leave", "owners": [member("Karen Palk")], "away_until": "2015-06-03"}),
    ("Martine here – please record that Marie Hunter is on leave until 5 June", M,
     {"intent": "leave", "owners": [member("Marie Hunter")], "away_until": "2015-06-05"}),
    ("Martine: please log Tony Oakman on leave until Friday 29 May", M,
     {"intent": "leave", "owners": [member("Tony Oakman")], "away_until": "2015-05-29"}),
    ("Can you note that Jo Forbes is off on leave until Wednesday 27 May? She asked me to put it on the tracker.", M,
     {"intent": "leave", "owners": [member("Jo Forbes")], "away_until": "2015-05-27"}),
]  # fmt: skip

HELP_AND_ATTENDANCE: list[Case] = [
    ("Good morning, I've just been added to this channel. Could someone explain what this assistant can do for me as "
     "a board member? Thanks, Kate", "Kate McConnell", {"intent": "help"}),
    ("Hi, I'm covering for Jo while she is on leave. Can I use the assistant to update her actions on her behalf, and "
     "how would I do that? Thanks, Helen", "Helen Ellis", {"intent": "help"}),
    ("Hi all, Apologies for the basic question – what's the correct way to tell the bot an action is finished?",
     "Zala Ibrahim", {"intent": "help"}),
    ("Is there a guide anywhere for using the tracker assistant in Teams?", "Chris Ballinger", {"intent": "help"}),
    ("Dear Martine, I sent apologies for the workshop on 19 June, but my diary has changed and I can now attend.",
     "Anne Harris", {"intent": "withdraw_apology", "owners": [member("Anne Harris")], "meeting": "2015-06-19"}),
    ("Julie Winpenny's course has been cancelled and she will now attend the July board. Please update the "
     "apologies list.", M,
     {"intent": "withdraw_apology", "owners": [member("Julie Winpenny")], "meeting": "2015-07-10"}),
    ("Dear Martine, I hope you're well. On A-3, the Cafcass data request has gone to our national team and I'm told "
     "it should be back within a fortnight. Best, Nicola", "Nicola Campbell",
     {"intent": "add_update", "ref": "A-3"}),
]  # fmt: skip

CLASSES = {
    "what it follows": WHAT_IT_FOLLOWS, "agreed and offered": AGREED_AND_OFFERED, "came out of it": CAME_OUT_OF_IT,
    "agency asked": AGENCY_ASKED, "whose list": WHOSE_LIST, "proposed": PROPOSED, "should have gone": SHOULD_HAVE_GONE,
    "bare numbers": BARE_NUMBERS, "new owners named": NEW_OWNERS_NAMED,
    "their apology withdrawn": THEIR_APOLOGY_WITHDRAWN, "with the writer": WITH_THE_WRITER,
    "named before": NAMED_BEFORE, "typed on a phone": TYPED_ON_A_PHONE, "told apart": TOLD_APART,
    "more owners read": MORE_OWNERS_READ, "leave recorded for": LEAVE_RECORDED_FOR,
    "help and attendance": HELP_AND_ATTENDANCE,
}  # fmt: skip
ALL = [(name, *case) for name, cases in CLASSES.items() for case in cases]


@pytest.mark.parametrize(("group_", "text", "writer", "expected"), ALL, ids=[f"{c[0]}:{c[1][:40]}" for c in ALL])
def test_thirteenth_round_wording(
    snapshot: Snapshot, group_: str, text: str, writer: str | None, expected: dict[str, Any]
) -> None:
    check(parse(snapshot, text, writer), expected)


# Wordings that only look like the rules above: each must keep away from a confident wrong reading.
NOT_THESE: list[tuple[str, str, dict[str, Any]]] = [
    ("Pam will be off sick for a while", M, {"intent": "none"}),  # how she will be, not work
    ("Following the panel, Pam will be off sick for a while", M, {"intent": "none"}),
    ("Jo will be chairing the VCSG from now on", M, {"intent": "none"}),
    ("Sally will be attending on behalf of the police", R, {"intent": "none"}),
    ("After the board, Roger will be pleased with the figures", M, {"intent": "none"}),
    ("Following the panel, Pam will be on leave till june", "Jo Forbes", {"intent": "none"}),  # never Jo's leave
    ("Following the panel, Pam will be on leave till june", M,
     {"intent": "leave", "owners": [member("Pam Smith")]}),  # the manager records it for her
    ("I have agreed to the minutes", "Tony Oakman", {"intent": "none"}),
    ("I've agreed to attend instead of Pam on monday", "Zala Ibrahim", {"owners": []}),  # a stand-in, not work
    ("what does he owe", M, {"intent": "none"}),  # nobody named before the pronoun: asked, not the board's list
    ("Tony and Jo are off - what has she got open?", M, {"intent": "none"}),
    ("Jo said she has sent the figures", M, {"intent": "none"}),
    ("I have a one-to-one with Tony next week - can you show me what's overdue?", "Chris Ballinger",
     {"intent": "none"}),  # Tony is met, not asked about
    ("I'm meeting Tony next week and it would be useful to see what's overdue", "Chris Ballinger", {"intent": "none"}),
    ("need to know whats open for early yrs b4 my team mtg mon", "Annette Callear",
     {"intent": "list_actions", "owners": [agency("Early Years")]}),  # a meeting on Monday is nobody met
    ("I'd suggest that the minutes are circulated", "Karen Palk", {"intent": "none"}),  # a suggestion, not done
    ("A-19 should have gone to the printers by now", "Jo Forbes", {"owners": []}),  # late, not done
    ("I suggest that we move the meeting", "Karen Palk", {"owners": []}),
    ("move 15 to June", M, {"guessed": True}),  # a day of the month moved, perhaps: never a reference guessed
    ("move 22 to the 29th", M, {"guessed": True}),
    ("11 done, 4 to go", M, {"ref": None}),  # counting, not closing
    ("show 6 schools", M, {"ref": None}),
    ("drop 14 people off the list", M, {"ref": None}),
    ("make A-3 a priority action", M, {"intent": "none"}),  # no owner in it
    ("take her off the apologies", M, {"owners": []}),  # nobody named: asked
    ("Tony and Jo's meetings moved, so he can attend now. Could you withdraw his apologies?", M,
     {"owners": []}),  # two named before "he": asked
    ("I can't make monday", "Pam Smith", {"owners": [member("Pam Smith")]}),
    ("I chair PPP - the group's chair is away", "Tabetha Darman", {"intent": "none"}),
    ("jassi to reply to the letter, not urgent", M, {"asap": False}),
    ("I'll bring tomorrow's papers", "Jo Forbes", {"due": None}),
    ("we talked about cse and yos n community safety are going to do joint mapping", "Merlin Joseph",
     {"owners": []}),  # the two joined by "and", never the second alone
    ("I met Joanne and Pam is going to map the cases by friday", M, {"intent": "none"}),  # who met, who maps: asked
    ("another week for 3 people", M, {"ref": None}),
    # "QA" is the one sub-group whose name begins so (QA & Comms), and Karen Palk the one Karen in it
    ("Karen from QA to check the leaflet by friday", M, {"owners": [{"kind": "member", "name": "Karen Palk"}]}),
    ("Karen from QB to check the leaflet by friday", M, {"owners": []}),  # no roster group called that: asked
    ("karen the chair to check the leaflet", M, {"owners": []}),  # neither Karen chairs: asked
    ("please log Tony Oakman on leave until Friday 29 May", "Jo Forbes", {"intent": "none"}),  # a member: news
    ("Can you note that Jo Forbes is off on leave until Wednesday 27 May?", "Pam Smith", {"intent": "none"}),
    ("Martine: I'm on leave until 5 June", "Jo Forbes", {"intent": "leave", "owners": []}),  # the writer's own
    ("Pam whats overdue", "Jassi Broadmeadow", {"intent": "list_actions", "owners": []}),  # asked of Pam
    ("Pam what have you got overdue", "Jassi Broadmeadow", {"intent": "list_actions", "owners": [member("Pam Smith")]}),
    ("Cafcass whats overdue", M, {"intent": "list_actions", "owners": [agency("Cafcass")]}),  # no one spoken to
    ("overdue list pls - Sally", M, {"owners": []}),  # a list asked for and signed: never Sally's action
    ("open actions? - Jo", M, {"owners": []}),
    ("Dear Martine, Can you show me A-6? Nicola thinks it may already have been closed. Kind regards, Zala",
     "Zala Ibrahim", {"intent": "show_action", "ref": "A-6"}),  # shown, never closed
    ("Before I complete A-39 I'd like to check the exact wording of the action. Could you show it to me?",
     "Remley Mann", {"owners": []}),  # not done yet: never a closing
    ("what's the best way to get the housing figures to Jo?", M, {"intent": "none"}),  # not about the assistant
    ("I'm told the figures should be back within a fortnight", "Nicola Campbell", {"intent": "none"}),  # not leave
    ("Julie Winpenny will now attend the July board", M,
     {"intent": "withdraw_apology", "owners": [member("Julie Winpenny")]}),  # coming after all: never an action
    ("Richard will draft the CSE profile by 12 June and share it with Sally", M,
     {"owners": [member("Richard Fisher")]}),  # Sally is who it goes to, not who drafts it
    ("Helen to run the youth forum session by end of June, with Mike attending", M,
     {"owners": [member("Helen Ellis")]}),  # Mike is there, not running it
    ("Sally to draft the profile and then work with Richard on the actions", M,
     {"owners": [member("Sally Holmes"), member("Richard Fisher")]}),  # working with: both
    ("the fire service will do joint home visits with housing where there are kids in the property", M,
     {"owners": [agency("West Midlands Fire Service"), agency("DMBC – Housing")]}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "writer", "expected"), NOT_THESE, ids=[c[0][:40] for c in NOT_THESE])
def test_look_alikes_read_safely(snapshot: Snapshot, text: str, writer: str, expected: dict[str, Any]) -> None:
    check(parse(snapshot, text, writer), expected)
