"""Understanding the twenty-seventh round's classes: the manager asked to pull up the overdue list ("Martine, can you
pull up everything overdue … before I meet the DCS this afternoon?": a list, never an action of hers); an agency's
apologies that include the writer ("neither of us can make it … and I'm at …"); "sat with me"; "between us"; leave
back after a holiday ("back tues after the bank hol"), back the day the leave ends, a start and a length ("off from
3rd june for two weeks"), "not expected back before", "btw"; a new date written "A-15 - end of next week instead of
today"; "can we add that …"; an aside naming the action ("move 61 (the prevent training one) over to …"); help asked
by someone finding their feet; "all the subgroup chairs"; a list question with its reason after it; completions
passed on for someone ("…, Viv asked me to tell you", "finished off a-55 for Tony while he's away", "Roger confirmed
Sally completed A-11", "A-50 was completed by Karen J"); "for A-60 on Pam's behalf: …"; a stand-in named before their
post ("tom evans my deputy will come instead"); "Pam asked me to pop on here that …"; a forwarded "I'm off …" (the
sender's, never the writer's); remarks that are not meeting questions ("Monday's panel agenda looks busy!"), nor
completions ("well done everyone"), nor actions ("I'll read the papers over the weekend"); "won't be done today"
(late, never dropped); a drop because what it was for is gone ("the hostel it related to has shut"); news with the
next step ("now with NPS for signature"); "26 may" in lower case; "would sit better with Marie as …"; "what
happened with a-5"; someone invited, with the owner named after ("… – Martine to send the invite"); "Mike G asked me
to make sure this goes on: …"; "Dave won't need to come to July now, I'm free after all"; a date proposed before a
sign-off ("… can we say mid june? ta, Pam"); a past meeting named before the date ("… she promised at the march
board, end of the month"); a reassignment naming nobody ("could A-11 be put in his name": asked whom); and, from
the sets written to trap the reader, the writer's own work beside someone's sign-off, "please don't put it under me",
fewer owners after "actually make it just …", a stranger named nearer the pronoun, an agency that cannot send anyone,
a sub-group's apologies from its chair, remarks that are glad and ask nothing.

Every case is invented here (not copied from a corpus), several to a class. A wrong owner is worse than a question:
the look-alikes check that a rule stays away from wordings that only look like its own.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.understanding.snapshot import Snapshot
from tests.conftest import seed_snapshot
from tests.understanding_cases import Case, M, agency, check, group, member, parse, unknown

R = "Roger Clayton"


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    return seed_snapshot(tmp_path_factory.mktemp("understanding-twenty-seventh-round"))


# SEED_NOW is Friday 15 May 2015; boards 10 July and 11 September, the workshop 19 June, the audit panel Monday 18 May;
# the spring bank holiday is Monday 25 May.
LISTS: list[Case] = [
    ("Martine, can you pull up everything overdue on the tracker before I meet the DCS this afternoon?", R,
     {"intent": "list_actions", "owners": []}),  # had been an action of Martine's
    ("Martine could you pull up the overdue actions before my 2pm today", R, {"intent": "list_actions", "owners": []}),
    ("Martine, can you dig out everything that's still open before the exec this afternoon?", R,
     {"intent": "list_actions", "owners": []}),
    ("Jo, can you dig out the overdue figures for the CSE group by friday", R,
     {"intent": "record_action", "owners": [member("Jo Forbes")]}),  # look-alike: figures, not the tracker
    ("Can you tell me what actions are sat with me at the moment?", "Annette Callear",
     {"intent": "list_actions", "owners": [member("Annette Callear")]}),
    ("anything still sitting with me?", "Jo Forbes", {"intent": "list_actions", "owners": [member("Jo Forbes")]}),
    ("what do me and sally have between us", "Richard Fisher",
     {"intent": "list_actions", "owners": [member("Richard Fisher"), member("Sally Holmes")]}),
    ("VCSG open actions pls, chairing on tuesday", "Merlin Joseph",
     {"intent": "list_actions", "owners": [group("Vulnerable Children's Strategic Group")]}),
    ("police actions please - meeting the DCI later", M,
     {"intent": "list_actions", "owners": [agency("West Midlands Police")]}),
    ("cdop actions, for the panel", M, {"intent": "list_actions", "owners": [group("CDOP")]}),
]  # fmt: skip

APOLOGIES: list[Case] = [
    ("The trust sends apologies for Monday – neither of us can make it, Pam is on leave and I'm at the regional CDOP "
     "meeting.", "Zala Ibrahim",
     {"intent": "apology", "owners": [member("Pam Smith"), member("Zala Ibrahim")]}),  # had been Pam's only
    ("trust apologies for monday - pam is off and I'm on a course", "Zala Ibrahim",
     {"intent": "apology", "owners": [member("Pam Smith"), member("Zala Ibrahim")]}),
    ("the trust sends apols for monday, Pam is on leave", "Zala Ibrahim",
     {"intent": "apology", "owners": [member("Pam Smith")]}),  # look-alike: the writer is not away
    ("The trust sends apologies for Monday – Pam is on leave so I'll be there", "Zala Ibrahim",
     {"intent": "apology", "owners": [member("Pam Smith")]}),
    ("apols from me for the july board, tom evans my deputy will come instead", "Kate McConnell",
     {"intent": "apology", "owners": [member("Kate McConnell")], "representative": "Tom Evans",
      "meeting": "2015-07-10"}),
    ("apologies for monday, jan, our named nurse, will cover", "Pam Smith",
     {"intent": "apology", "owners": [member("Pam Smith")], "representative": "Jan"}),
    ("Dave won't need to come to July now, I'm free after all 👍", "Julie Winpenny",
     {"intent": "withdraw_apology", "owners": [member("Julie Winpenny")], "meeting": "2015-07-10"}),
    ("I'm free after all so Dave won't need to come to July", "Julie Winpenny",
     {"intent": "withdraw_apology", "owners": [member("Julie Winpenny")]}),
]  # fmt: skip

LEAVE: list[Case] = [
    ("away now, back tues after the bank hol", "Zala Ibrahim", {"intent": "leave", "away_until": "2015-05-25"}),
    ("i'm off from the 20th, back after the bank hol", "Zala Ibrahim", {"intent": "leave", "away_until": "2015-05-25"}),
    ("off next week, back after the bank holiday", "Jo Forbes", {"intent": "leave", "away_until": "2015-05-25"}),
    ("I start maternity leave at the end of June and I'm back after the summer, on 7 September", "Zala Ibrahim",
     {"intent": "leave", "away_until": "2015-09-06"}),  # look-alike: the day written says
    ("off now til weds, back in weds 20th", "Kate McConnell", {"intent": "leave", "away_until": "2015-05-19"}),
    ("on leave until 1 June, back 2 June", "Kate McConnell", {"intent": "leave", "away_until": "2015-06-01"}),
    ("I'm off from 3rd june for two weeks", "Viv Townsend", {"intent": "leave", "away_until": "2015-06-16"}),
    ("on leave for two weeks from 3 june", "Viv Townsend", {"intent": "leave", "away_until": "2015-06-16"}),
    ("I'm on leave from the 8th for a fortnight", "Viv Townsend", {"intent": "leave", "away_until": "2015-06-21"}),
    ("Mayada is away for a week from Monday", M,
     {"intent": "leave", "owners": [member("Mayada AbuAffan")], "away_until": "2015-05-24"}),
    ("Mayada is away for a week from Monday", "Jo Forbes", {"intent": "none"}),  # the manager's to note
    ("off all next week btw", "Chris Ballinger", {"intent": "leave", "away_until": "2015-05-22"}),
    ("FYI Tabetha is off sick and not expected back before 1 June", R,
     {"intent": "leave", "owners": [member("Tabetha Darman")], "away_until": "2015-05-31"}),
    ('fwd from Kate: "I\'m off from 3rd june for two weeks, can someone let the board know"', M,
     {"intent": "leave", "owners": [member("Kate McConnell")], "away_until": "2015-06-16"}),  # had been the writer's
    ('from Kate: "I\'m on leave until 12 June"', M,
     {"intent": "leave", "owners": [member("Kate McConnell")], "away_until": "2015-06-12"}),  # had been the writer's
]  # fmt: skip

ACTIONS: list[Case] = [
    ("Hiya! random one but can we add that comm safety will share the Prevent referral figures with the board by the "
     "1st? thanks 😊", "Sue Haywood",
     {"intent": "record_action", "owners": [agency("DMBC – Community Safety")], "due": "2015-06-01"}),
    ("could we note that housing will send the void figures by friday?", M,
     {"intent": "record_action", "owners": [agency("DMBC – Housing")]}),
    ("Martine, I'd like an action recorded for all the subgroup chairs to submit their annual reports by the end of "
     "June. Many thanks, Roger", R,
     {"intent": "record_action", "owners": [group("sub group chairs")], "due": "2015-06-30"}),
    ("all the members to submit their reports by the end of June", R,
     {"intent": "record_action", "owners": [group("all members")]}),
    ("Pam asked me to pop on here that she'll bring the maternity safeguarding audit to the July board", "Zala Ibrahim",
     {"intent": "record_action", "owners": [member("Pam Smith")], "due": "2015-07-10"}),
    ("Jo asked me to post here that she'll circulate the protocol by 12 June", M,
     {"intent": "record_action", "owners": [member("Jo Forbes")], "due": "2015-06-12"}),
    ("Linda Shaw from Ofsted to be invited to the September board – Martine to send the invite by end of June", R,
     {"intent": "record_action", "owners": [member(M)], "due": "2015-06-30"}),
    ("Jo to be asked to present at the July board - Pam to arrange", R,
     {"intent": "record_action", "owners": [member("Pam Smith")]}),
    ("Mike G asked me to make sure this goes on: YOS to share the reoffending data with the VCSG by 26 June", M,
     {"intent": "record_action", "owners": [agency("DMBC – YOS")], "on_behalf_of": "Mike Galikowski",
      "due": "2015-06-26"}),
    ("Hiya, Zala and myself will do a refresher on safe sleep messages for the midwives – can we say mid june? ta, Pam",
     "Pam Smith",
     {"intent": "record_action", "owners": [member("Zala Ibrahim"), member("Pam Smith")], "due": "2015-06-15"}),
    ("jo to send the housing figures she promised at the march board, end of the month pls", "Merlin Joseph",
     {"intent": "record_action", "owners": [member("Jo Forbes")], "due": "2015-05-31"}),
    ("jo to bring the figures to the next board", "Merlin Joseph",
     {"intent": "record_action", "owners": [member("Jo Forbes")], "due": "2015-07-10"}),
]  # fmt: skip

EDITS: list[Case] = [
    ("a-15 - end of next week instead of today pls", "Nicki Burrows",
     {"intent": "change_due", "ref": "A-15", "due": "2015-05-22"}),  # had been an update
    ("a 58 - for the workshop instead of monday please", "Rachael Doyle",
     {"intent": "change_due", "ref": "A-58", "due": "2015-06-19"}),
    ("A-12: next steps agreed instead of a full review", M, {"intent": "add_update", "ref": "A-12"}),  # look-alike
    ("can someone move 61 (the prevent training one) over to comm safety", "Tony Oakman",
     {"intent": "reassign", "ref": "A-61", "owners": [agency("DMBC – Community Safety")]}),
    ("A-4 (the audit one) - data requested from BI", M,
     {"intent": "add_update", "ref": "A-4", "note": "data requested from BI"}),
    ("Hi Martine, A-45 would sit better with Marie as it's about schools. Could you switch it over? Thanks",
     "Annette Callear", {"intent": "reassign", "ref": "A-45", "owners": [member("Marie Hunter")]}),
    ("A-45 would sit better with Marie because she leads on schools", "Annette Callear",
     {"intent": "reassign", "ref": "A-45", "owners": [member("Marie Hunter")]}),
    ("reassign A-3", M, {"intent": "reassign", "ref": "A-3", "owners": []}),  # had been nothing understood
    ("could A-11 be put in his name", M, {"intent": "reassign", "ref": "A-11", "owners": []}),  # had been shown
    ("can A-3 go to someone else", M, {"intent": "reassign", "ref": "A-3", "owners": []}),
    ("A-3 needs a new owner", M, {"intent": "reassign", "ref": "A-3", "owners": []}),
    ("give A-3 to her", M, {"intent": "reassign", "ref": "A-3", "owners": []}),
    ("reassign A-3 to Pam", M, {"intent": "reassign", "ref": "A-3", "owners": [member("Pam Smith")]}),  # look-alike
    ("move #2 to 26 may", "Kate McConnell", {"intent": "change_due", "ref": "A-2", "due": "2015-05-26"}),
    ("hi, a44 wont be done today, can we say tues 19th", "Zala Ibrahim",
     {"intent": "change_due", "ref": "A-44", "due": "2015-05-19"}),  # had been dropped
    ("a44 wont be happening now, funding gone", "Zala Ibrahim", {"intent": "drop_action", "ref": "A-44"}),
    ("can we close #53 off, the hostel it related to has shut", "Jo Forbes",
     {"intent": "drop_action", "ref": "A-53", "note": "the hostel it related to has shut"}),  # had been done
    ("close A-53, the service has been decommissioned", "Jo Forbes",
     {"intent": "drop_action", "ref": "A-53", "note": "the service has been decommissioned"}),
    ("A-12 done, the old unit has now closed down", "Jo Forbes", {"intent": "complete_action", "ref": "A-12"}),
    ("A-12: the hostel has shut, residents moved", "Jo Forbes", {"intent": "add_update", "ref": "A-12"}),
    ("a-56 data sharing agreement signed off by our legal team, now with NPS for signature", "Kate McConnell",
     {"intent": "add_update", "ref": "A-56",
      "note": "data sharing agreement signed off by our legal team, now with NPS for signature"}),  # had been done
    ("A-56 signed off by legal", "Kate McConnell", {"intent": "complete_action", "ref": "A-56"}),  # look-alike
    ("re 33 - met with the police analyst today, data should be ready by the 29th", "Mike Galikowski",
     {"intent": "add_update", "ref": "A-33"}),  # had been a new date
    ("A-33 should be ready by the 29th", "Mike Galikowski",
     {"intent": "change_due", "ref": "A-33", "due": "2015-05-29"}),
]  # fmt: skip

FOR_SOMEONE: list[Case] = [
    ("a-6 complete - Viv asked me to tell you, she's in court all day", "Kate McConnell",
     {"intent": "complete_action", "ref": "A-6", "on_behalf_of": "Viv Townsend"}),
    ("a-28 is done, richard asked me to let you know", "Sally Holmes",
     {"intent": "complete_action", "ref": "A-28", "on_behalf_of": "Richard Fisher"}),
    ("I've finished off a-55 for Tony while he's away", "Chris Ballinger",
     {"intent": "complete_action", "ref": "A-55", "on_behalf_of": "Tony Oakman"}),
    ("Roger confirmed Sally completed A-11 – the police briefing went out on Wednesday", M,
     {"intent": "complete_action", "ref": "A-11", "on_behalf_of": "Sally Holmes"}),  # had been Roger
    ("A-50 was completed by Karen J last week, she just hadn't told you", "Mayada AbuAffan",
     {"intent": "complete_action", "ref": "A-50", "on_behalf_of": "Karen Jackson"}),
    ("Pam says a3 is done", M, {"intent": "complete_action", "ref": "A-3", "on_behalf_of": "Pam Smith"}),
    ("for A-60 on Pam's behalf: named nurse training dates now confirmed", "Zala Ibrahim",
     {"intent": "add_update", "ref": "A-60", "on_behalf_of": "Pam Smith",
      "note": "named nurse training dates now confirmed"}),
    ("A-60 on behalf of Pam: named nurse training dates now confirmed", "Zala Ibrahim",
     {"intent": "add_update", "ref": "A-60", "on_behalf_of": "Pam Smith"}),
]  # fmt: skip

QUESTIONS: list[Case] = [
    ("what happened with a-5, it was due 30 April", R, {"intent": "show_action", "ref": "A-5"}),  # had moved it
    ("what's happening with a-5", R, {"intent": "show_action", "ref": "A-5"}),
    ("what happened with A-5 - can we move it to June?", R, {"intent": "change_due", "ref": "A-5"}),  # look-alike
    ("when was 12 last updated", "Jassi Broadmeadow", {"intent": "show_action", "ref": "A-12"}),
    ("Could someone explain how I report progress on our Section 11 through this?", "Chris Ballinger",
     {"intent": "help"}),
    ("Hello, I'm still finding my feet with the tracker – is there a guide to using it? Nicola", "Nicola Campbell",
     {"intent": "help"}),  # had been her list
    ("still getting to grips with the tracker. have I got any actions?", "Nicola Campbell",
     {"intent": "list_actions", "owners": [member("Nicola Campbell")]}),  # look-alike: asked after
]  # fmt: skip

REMARKS: list[Case] = [
    ("Monday's panel agenda looks busy!", "Anne Harris", {"intent": "none"}),  # had been a meeting question
    ("Morning all - minutes from the March board are up on the website now.", M, {"intent": "none"}),
    ("is the agenda for monday up on the website?", "Anne Harris", {"intent": "meeting_info"}),  # look-alike
    ("that's great news about the Ofsted feedback, well done everyone", "Tabetha Darman",
     {"intent": "none"}),  # had been a completion
    ("that's the audit done", "Tabetha Darman", {"intent": "complete_action"}),  # look-alike
    ("Thank you, Martine. I'll read the papers over the weekend.", "Karen Palk", {"intent": "none"}),
    ("I'll read the papers and send comments to Pam by friday", "Karen Palk",
     {"intent": "record_action", "owners": [member("Karen Palk")]}),  # look-alike: work after the reading
    ("I'll speak to Jo about the audit by friday", "Karen Palk",
     {"intent": "record_action", "owners": [member("Karen Palk")]}),
]  # fmt: skip

# The round's later sets: more of the same classes, and a few new ones.
LATER: list[Case] = [
    ("is there a way to put an update on an action without emailing martine?", "Zala Ibrahim",
     {"intent": "help"}),  # had been Martine's list
    ("Just to say the lay advisors' newsletter is out today - lovely to see so many actions from March finally "
     "closed!", "Karen Palk", {"intent": "none"}),  # had been a completion
    ("please close my action", "Karen Palk", {"intent": "complete_action"}),  # look-alike
    ("Re action A-32: we have now recruited two additional CSE champions within the YOS and both will complete the "
     "training in June.", "Mike Galikowski", {"intent": "add_update", "ref": "A-32"}),  # had been done
    ("A-32 now complete, thanks", "Mike Galikowski", {"intent": "complete_action", "ref": "A-32"}),  # look-alike
    ("A-42 - all done now", "Tony Oakman", {"intent": "complete_action", "ref": "A-42"}),  # had been an update
    ("A-42: all done apart from the proof read", "Tony Oakman", {"intent": "add_update", "ref": "A-42"}),
    ("a 28 another week pls", "Mike Galikowski", {"intent": "change_due", "ref": "A-28", "shift_days": 7}),
    ("a 53 all done 👍", "Anne Harris", {"intent": "complete_action", "ref": "A-53"}),
    ("a 2 week delay on the audit", "Anne Harris", {"intent": "none"}),  # look-alike: no reference
    ("pull up no 25 for me pls", "Sue Haywood", {"intent": "show_action", "ref": "A-25"}),  # had been her list
    ("scratch that, I am coming on the 10th", "Remley Mann",
     {"intent": "withdraw_apology", "owners": [member("Remley Mann")], "meeting": "2015-07-10"}),
    ("I'll be at monday's panel now so sally doesnt need to cover", "Richard Fisher",
     {"intent": "withdraw_apology", "owners": [member("Richard Fisher")], "meeting": "2015-05-18"}),
    ("Tony wants an action on himself to write to schools re the elective home education concerns. Today if poss pls",
     M, {"intent": "record_action", "owners": [member("Tony Oakman")]}),  # had been nobody's
    ("Jo rang - she wants an action on herself to chase the allocations policy wording with legal, asap please", M,
     {"intent": "record_action", "owners": [member("Jo Forbes")], "asap": True}),
    ("We need nicola from cafcass on the panel for Child F - can that be an action for her, asap?", "Su Vincent",
     {"intent": "record_action", "owners": [member("Nicola Campbell")],
      "task": "We need nicola from cafcass on the panel for Child F"}),
    ("Richard and Pam talked - can we get an action for her to circulate it?", M,
     {"intent": "record_action", "owners": []}),  # look-alike: two people named, so asked
    ("For your records, Karen Palk will be away until 12 June inclusive.", R,
     {"intent": "leave", "owners": [member("Karen Palk")], "away_until": "2015-06-12"}),
    ("note on 41 pls: the questionnaire went out to all heads, 9 back so far", "Marie Hunter",
     {"intent": "add_update", "ref": "A-41", "note": "the questionnaire went out to all heads, 9 back so far"}),
    ("#45 - could it be the workshop instead? want to present it there", "Rachael Doyle",
     {"intent": "change_due", "ref": "A-45", "due": "2015-06-19"}),
    ("Jo to be the workshop lead", M, {"intent": "record_action", "due": None}),  # look-alike: no date
]  # fmt: skip

# The round's last sets, written to trap a careless reader into the wrong person.
TRAPS: list[Case] = [
    ("one for me please: update the CDOP notification form, in two weeks. Mayada to sign off once done",
     "Zala Ibrahim", {"intent": "record_action", "owners": [member("Zala Ibrahim")], "due": "2015-05-29"}),
    ("Sally to lead on the CSE problem profile refresh, end of July. I'll be on leave for most of it so please don't "
     "put it under me", "Richard Fisher",
     {"intent": "record_action", "owners": [member("Sally Holmes")]}),  # had been the writer's
    ("Sally will draft it. please put it under me though", "Richard Fisher",
     {"intent": "record_action", "owners": [member("Richard Fisher")]}),  # look-alike
    ("Action: Zala and Pam between them to get me the trust's response urgently – actually make it just Zala, Pam's "
     "off", "Su Vincent", {"intent": "record_action", "owners": []}),  # had been both: now asked
    ("Pam to send the figures by Friday - actually make it Zala", "Su Vincent",
     {"intent": "record_action", "owners": [member("Zala Ibrahim")]}),
    ("Rachael wants someone from early years on the training pool. I've put Liz Carter forward – she's our "
     "safeguarding lead – could we note it as hers to confirm by the 1st?", "Annette Callear",
     {"intent": "record_action", "owners": []}),  # had been Rachael's: now asked
    ("I've put Liz Carter forward for the pool – could we note it as hers to confirm by the 1st?", "Annette Callear",
     {"intent": "record_action", "owners": [unknown("Liz Carter")]}),
    ("as lay advisor im happy to take on reviewing the wording of the public leaflet for the QA group - in 2 weeks "
     "ok?", "Karen Palk", {"intent": "record_action", "owners": [member("Karen Palk")]}),  # had been the group's
    ("sue h here, cant do the 10th july sorry, clashes with the CSP board", "Sue Haywood",
     {"intent": "apology", "owners": [member("Sue Haywood")], "meeting": "2015-07-10"}),
    ("Karen J - apologies for Monday's panel, Mayada will bring the PH return", "Karen Jackson",
     {"intent": "apology", "owners": [member("Karen Jackson")], "representative": "Mayada AbuAffan"}),
    ("I'm afraid I can't make the July board - I'm at a national conference that week. Helen Ellis will attend on "
     "behalf of the VCSG.", "Merlin Joseph",
     {"intent": "apology", "owners": [member("Merlin Joseph")], "representative": "Helen Ellis"}),  # had been the VCSG
    ("VCSG apologies for the July board", "Merlin Joseph",
     {"intent": "apology", "owners": [group("Vulnerable Children's Strategic Group")]}),  # look-alike: not said away
    ("fyi the college cant send anyone to the workshop, remley's on exam boards all that week", "Rachael Doyle",
     {"intent": "apology", "owners": [member("Remley Mann")]}),
    ("fyi the college cant send anyone to the workshop", "Rachael Doyle",
     {"intent": "apology", "owners": [agency("FE Representative")]}),  # had been the writer's own
    ("jayne sends apols for sept, i'll rep the voluntary sector", "Nicki Burrows",
     {"intent": "apology", "owners": [member("Jayne Sargeant")], "representative": "Nicki Burrows"}),
    ("a-12 new date end of may for jo", M, {"intent": "change_due", "ref": "A-12", "on_behalf_of": "Jo Forbes"}),
    ("can we give pam another month on a-23", "Zala Ibrahim",
     {"intent": "change_due", "ref": "A-23", "on_behalf_of": "Pam Smith"}),
    ("scrap a44 for Sue H, comm safety restructure means its not happening", M,
     {"intent": "drop_action", "ref": "A-44", "on_behalf_of": "Sue Haywood"}),
    ("Can you tell me which actions are with Gareth Evans? He's taking over from Chris in the autumn", "Merlin Joseph",
     {"intent": "list_actions", "owners": [unknown("Gareth Evans")]}),  # had been the whole board's
    ("which actions are with Chris?", "Merlin Joseph",
     {"intent": "list_actions", "owners": [member("Chris Ballinger")]}),
    ("haha cheers tony, will do", "Mike Galikowski", {"intent": "none"}),  # had been an action of "haha cheers tony"
    ("Martine tells me I can record apologies here. What's the right way to phrase it?", "Roger Clayton",
     {"intent": "help"}),  # had recorded his apologies
    ("is this where i send apols? cant make monday's panel", "Remley Mann",
     {"intent": "apology", "meeting": "2015-05-18"}),  # look-alike: the apology beside the question
    ("Great to see so many of the police actions closed — well done Richard and Sally", R,
     {"intent": "none"}),  # had been the police's list
    ("status of a-11 pls, Pam thinks it's been closed", "Zala Ibrahim",
     {"intent": "show_action", "ref": "A-11"}),  # had closed it
    ("Kate's update on A-27: CRC staff briefings are booked for June", "Viv Townsend",
     {"intent": "add_update", "ref": "A-27", "note": "CRC staff briefings are booked for June"}),  # had been an action
    ("A-4 half the governors have done the training now, rest booked for june", "Remley Mann",
     {"intent": "add_update", "ref": "A-4"}),  # had been done
    ("A-4 all the governors have done the training now", "Remley Mann", {"intent": "complete_action", "ref": "A-4"}),
    ("a-60 sent the draft leaflet to sue haywood for comments", "Julie Winpenny",
     {"intent": "add_update", "ref": "A-60"}),
    ("a-60 sent the leaflet to all schools", "Julie Winpenny", {"intent": "complete_action", "ref": "A-60"}),
    ("re 31 jassi sent me the sample, going through it with tony next week", "Chris Ballinger",
     {"intent": "add_update", "ref": "A-31"}),
    ("fire to roll out the home safety check referral form to all watches, first week of June. Ive spoken to Sue H "
     "about it but its ours", "Julie Winpenny",
     {"intent": "record_action", "owners": [agency("West Midlands Fire Service")], "due": "2015-06-05"}),
    ("a 60 to fri pls", "Julie Winpenny", {"intent": "change_due", "ref": "A-60", "due": "2015-05-22"}),
    ("a 2 to 3 hour session", "Julie Winpenny", {"intent": "none"}),  # look-alike: no reference
]  # fmt: skip

ALL = [
    *(("traps", *c) for c in TRAPS),
    *(("later", *c) for c in LATER),
    *(("lists", *c) for c in LISTS),
    *(("apologies", *c) for c in APOLOGIES),
    *(("leave", *c) for c in LEAVE),
    *(("actions", *c) for c in ACTIONS),
    *(("edits", *c) for c in EDITS),
    *(("for-someone", *c) for c in FOR_SOMEONE),
    *(("questions", *c) for c in QUESTIONS),
    *(("remarks", *c) for c in REMARKS),
]  # fmt: skip


@pytest.mark.parametrize(("group_", "text", "writer", "expected"), ALL, ids=[f"{c[0]}:{c[1][:40]}" for c in ALL])
def test_twenty_seventh_round_wording(
    snapshot: Snapshot, group_: str, text: str, writer: str, expected: dict[str, Any]
) -> None:
    check(parse(snapshot, text, writer), expected)


WORDS_WITH_THE_READER = ["Roger, I'll catch you before the July board about the Ofsted letter.",
                         "I'll speak to you about it tomorrow"]  # fmt: skip


@pytest.mark.parametrize("text", WORDS_WITH_THE_READER)
def test_a_word_with_the_reader_is_never_recorded_as_work(snapshot: Snapshot, text: str) -> None:
    """At most a guess the writer confirms: never an action recorded as it stands."""
    got = parse(snapshot, text, "Karen Palk")
    assert got["intent"] != "record_action" or got["guessed"], got


@pytest.mark.parametrize(
    "text", ["whats outstanding for dudley womens aid", "anything for barnardos?", "what's open for safeguarding?"]
)
def test_a_list_for_words_nobody_answers_to_is_asked_about(snapshot: Snapshot, text: str) -> None:
    """Never the whole board's list as it stands: the writer confirms it first (had been answered at once)."""
    got = parse(snapshot, text, M)
    assert got["intent"] == "list_actions" and got["owners"] == [] and got["guessed"], got


@pytest.mark.parametrize(
    "text", ["what's open for the police", "whats outstanding for review", "what's overdue for me"]
)
def test_a_list_for_someone_known_or_for_no_one_is_answered(snapshot: Snapshot, text: str) -> None:
    assert not parse(snapshot, text, M)["guessed"]
