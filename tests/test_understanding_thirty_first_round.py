"""Understanding the thirty-first round's classes, most from sets written about actions named by what they are about,
lists asked for on someone else's behalf, bodies and people not on the roster, leave and agencies' apologies, long
and mixed messages and the manager acting for others: an action named only by its subject, with no "action" or
"one" after it ("safe sleep leaflet is done!!", "can the training numbers audit slip a fortnight?", "who holds the GP
training audit now": the conversation asks which action, never guesses); doubt that an action is done ("I thought
we'd sorted it?") and counts of the way ("14 of the 20 nurseries have returned it so far") never close it; "drop-ins"
never drop one; an agency's apologies when none of it can come ("nobody free that day", "none of us can get there",
"cancel our apols"); the one who wants a list, named first ("roger wants the overdue list …"), never whose it is;
"show me what's assigned to Jo" (a list, never a new action for Jo); "… please, with dates" (the list asked for,
not a guess); "what's still with me" (the writer's); "roger's in spain til the end of the month" (his leave).

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
    return seed_snapshot(tmp_path_factory.mktemp("understanding-thirty-first-round"))


# SEED_NOW is Friday 15 May 2015; boards 10 July and 11 September, the workshop 19 June, the audit panel Monday 18 May.
SUBJECT_NAMED: list[Case] = [
    ("the neglect toolkit refresh is done now", "Annette Callear",
     {"intent": "complete_action", "ref": None, "owners": [member("Annette Callear")]}),  # had been nothing
    ("private fostering leaflet is finished, went out to schools yesterday 🎉", "Nicola Campbell",
     {"intent": "complete_action", "ref": None}),
    ("can the missing children protocol slip a week?", "Sally Holmes",
     {"intent": "change_due", "ref": None, "shift_days": 7}),
    ("push the early help audit back a fortnight please", "Tony Oakman",
     {"intent": "change_due", "ref": None, "shift_days": 14}),
    ("the bruising protocol - need another 3 weeks on that one, consultant sign-off is slow", "Pam Smith",
     {"intent": "change_due", "ref": None, "shift_days": 21}),
    ("could the dental neglect pathway be moved to the September board?", "Zala Ibrahim",
     {"intent": "change_due", "ref": None, "due": "2015-09-11"}),
    ("who holds the MASH staffing proposal now?", M, {"intent": "show_action", "ref": None}),
    ("is the CSE problem profile still open?", "Roger Clayton", {"intent": "show_action", "ref": None}),
    ("what's the latest on the dental neglect pathway?", "Roger Clayton", {"intent": "show_action", "ref": None}),
    ("please reassign the threshold document to Sue Haywood", M,
     {"intent": "reassign", "ref": None, "owners": [member("Sue Haywood")]}),
    ("can the CDOP data summary go to Zala instead of me", "Pam Smith",
     {"intent": "reassign", "ref": None, "owners": [member("Zala Ibrahim")]}),
    ("the parenting assessment audit should sit with QA & Comms, not just me", "Tabetha Darman",
     {"intent": "reassign", "ref": None, "owners": [group("QA & Comms")]}),
    ("the fire safety leaflet action should be julie's now", M,
     {"intent": "reassign", "ref": None, "owners": [member("Julie Winpenny")]}),
    ("drop the online safety survey - the school cluster pulled out", "Marie Hunter",
     {"intent": "drop_action", "ref": None, "note": "the school cluster pulled out"}),
    ("The youth voice survey won't go ahead now - no funding. Can you remove it please?", "Helen Ellis",
     {"intent": "drop_action", "ref": None, "note": "no funding."}),  # had been the whole board's list
    ("neglect toolkit refresh: 6 of the 9 agencies have sent comments so far", "Annette Callear",
     {"intent": "add_update", "ref": None, "note": "6 of the 9 agencies have sent comments so far"}),
    ("CSE problem profile - analyst has finished the data pull, draft next week", "Sally Holmes",
     {"intent": "add_update", "ref": None}),
    ("the missing children protocol won't be ready for Monday, can we move it to the July board", "Sally Holmes",
     {"intent": "change_due", "ref": None, "due": "2015-07-10"}),
    ("can we make the fire safety training due w/c 8 June instead", "Julie Winpenny",
     {"intent": "change_due", "ref": None, "due": "2015-06-08"}),
    ("can we bring the MASH staffing proposal forward to the 1st?", "Tony Oakman",
     {"intent": "change_due", "ref": None, "due": "2015-06-01"}),
    ("who's holding the dental neglect pathway these days?", M, {"intent": "show_action", "ref": None}),
    ("when's the early help audit due?", "Tony Oakman", {"intent": "show_action", "ref": None}),
    ("Tony wants to see where the early help strategy action is up to", M,
     {"intent": "show_action", "ref": None}),  # had been the whole board's list
    ("the CDOP data summary belongs to zala not me", "Pam Smith",
     {"intent": "reassign", "ref": None, "owners": [member("Zala Ibrahim")]}),
    ("the parenting assessment audit – hand it to QA & Comms rather than me", "Tabetha Darman",
     {"intent": "reassign", "ref": None, "owners": [group("QA & Comms")]}),
    ("the threshold leaflet repeat can come off – the region is doing one", M,
     {"intent": "drop_action", "ref": None, "note": "the region is doing one"}),
    ("Can we close the truancy figures action without doing it? The project was cancelled.", M,
     {"intent": "drop_action", "ref": None}),  # had been closed as done
    ("drop the FE prevent data action for Remley, the college reports it direct now", M,
     {"intent": "drop_action", "ref": None}),  # had been a new action
    ("sally's done the MFH return audit, can you mark it complete", "Richard Fisher",
     {"intent": "complete_action", "ref": None}),
    ("neglect briefing for the school nurses delivered this morning – done", "Jassi Broadmeadow",
     {"intent": "complete_action", "ref": None}),
    ("The CSE strategy chapter is now signed off – please close. Sally", "Sally Holmes",
     {"intent": "complete_action", "ref": None}),
    ("escalation leaflet: printed and going out with the heads' bulletin next week", "Tabetha Darman",
     {"intent": "add_update", "ref": None}),
    ("the housing protocol one can go to end of next month, Anne's still got comments", "Jo Forbes",
     {"intent": "change_due", "ref": None, "due": "2015-06-30"}),  # had been dropped
    ("the housing protocol one can go, the panel it fed has been disbanded", "Jo Forbes",
     {"intent": "drop_action", "ref": None}),
    ("the CSE profile action - can you put it with Sally instead", "Richard Fisher",
     {"intent": "reassign", "ref": None, "owners": [member("Sally Holmes")]}),  # had been news
    ("the neglect toolkit one - put it with me from now on, Annette's swamped", "Marie Hunter",
     {"intent": "reassign", "ref": None, "owners": [member("Marie Hunter")]}),
    # look-alikes: an audit return, a new action about a known subject, a subject with nothing said of it
    ("our section 11 audit is done", "Pam Smith", {"intent": "audit_update"}),
    ("the safeguarding training leaflet - Pam to get it printed by end of June", M,
     {"intent": "record_action", "owners": [member("Pam Smith")], "due": "2015-06-30"}),
    ("new action: the safe sleep leaflet to be translated by Pam by end of June", M,
     {"intent": "record_action", "owners": [member("Pam Smith")]}),
    ("the conference in Birmingham about the CSE problem profile was excellent", "Sally Holmes", {"intent": "none"}),
]  # fmt: skip
NOT_CLOSED: list[Case] = [
    ("I've had a reminder that A-12 is overdue but I thought we'd finished it? can you show me it", "Jo Forbes",
     {"intent": "show_action", "ref": "A-12"}),  # had closed it
    ("Got an overdue email for A-12 - I thought it was done? Could you pull it up", "Jo Forbes",
     {"intent": "show_action", "ref": "A-12"}),
    ("A-12 is finished, could you close it please", "Jo Forbes", {"intent": "complete_action", "ref": "A-12"}),
    ("a-31 - 9 of the 12 schools have returned their audits so far", "Marie Hunter",
     {"intent": "add_update", "ref": "A-31"}),  # had closed it
    ("thanks for the nudge! A-31: 5 of the 8 settings have sent the checklist back", "Annette Callear",
     {"intent": "add_update", "ref": "A-31"}),
    ("A-31 all 12 schools have returned the audit now, it's done", "Marie Hunter",
     {"intent": "complete_action", "ref": "A-31"}),
    ("A-27 - the leaflets are going out at the drop-ins this week", "Annette Callear",
     {"intent": "add_update", "ref": "A-27"}),  # had dropped it
    ("a-27: health visitors handing them out at the drop ins", "Annette Callear", {"intent": "add_update"}),
    ("A-27 can be dropped, the sessions stopped", "Annette Callear", {"intent": "drop_action", "ref": "A-27"}),
    ("for the midwives training needs analysis – survey has gone out, 40% response so far", "Zala Ibrahim",
     {"intent": "none"}),  # had closed the writer's action
    ("a-27 met the comms lead, leaflet draft due next week", "Annette Callear",
     {"intent": "add_update", "ref": "A-27"}),  # had moved its date
    ("A-12, can it be due 5 June?", "Jo Forbes", {"intent": "change_due", "ref": "A-12", "due": "2015-06-05"}),
    ("a-3 was due back in march oops, can we reset to end of may", "Jo Forbes",
     {"intent": "change_due", "ref": "A-3", "due": "2015-05-31"}),
]  # fmt: skip
AGENCY_APOLOGIES: list[Case] = [
    ("apologies from fire for the workshop, nobody free that day", "Julie Winpenny",
     {"intent": "apology", "owners": [agency("West Midlands Fire Service")], "meeting": "2015-06-19"}),
    ("cafcass apols for the july board - none of us can make it, all in court", "Nicola Campbell",
     {"intent": "apology", "owners": [agency("Cafcass")], "meeting": "2015-07-10"}),  # had been Nicola's
    ("the CCG will be at monday's panel after all, please cancel our apologies", "Su Vincent",
     {"intent": "withdraw_apology", "owners": [agency("Dudley CCG")], "meeting": "2015-05-18"}),
    # look-alikes: nobody to stand in is not nobody there; the writer's own
    ("cafcass sends apologies for the workshop, nobody available to cover", "Nicola Campbell",
     {"intent": "apology", "owners": [member("Nicola Campbell")]}),
    ("apols from me for the july board, no one free to stand in", "Julie Winpenny",
     {"intent": "apology", "owners": [member("Julie Winpenny")]}),
    ("I'll be at monday's panel after all, please cancel my apologies", "Su Vincent",
     {"intent": "withdraw_apology", "owners": [member("Su Vincent")]}),
]  # fmt: skip
LISTS: list[Case] = [
    ("Jo wants the overdue list before her 1:1 on Tuesday, can you send it", M,
     {"intent": "list_actions", "owners": []}),  # had been someone named "Jo wants the"
    ("Tabetha needs everything open for the CDOP before Monday - can you list it", M,
     {"intent": "list_actions", "owners": [group("CDOP")]}),  # had been Tabetha's
    ("Roger wants the police actions", M, {"intent": "list_actions", "owners": [agency("West Midlands Police")]}),
    ("Karen P wants to see what's on her list", M, {"intent": "list_actions", "owners": [member("Karen Palk")]}),
    ("Pam wants to know what she owes", M, {"intent": "list_actions", "owners": [member("Pam Smith")]}),
    ("show me what's assigned to Remley", M,
     {"intent": "list_actions", "owners": [member("Remley Mann")]}),  # had been a new action for Remley
    ("what's assigned to Gary Lineker?", M,
     {"intent": "list_actions", "owners": [unknown("Gary Lineker")]}),  # had been the whole board's
    ("show me what's assigned to Dan Price from the college? he says he has nothing", M,
     {"intent": "list_actions", "owners": [unknown("Dan Price")]}),  # had been the college's
    ("The VCSG's open actions please, with due dates", M,
     {"intent": "list_actions", "owners": [group("Vulnerable Children's Strategic Group")], "guessed": False}),
    ("what's open for housing, with owners please", M,
     {"intent": "list_actions", "owners": [agency("DMBC – Housing")], "guessed": False}),
    ("tony wants the overdue list for his 1:1 with roger", "Chris Ballinger",
     {"intent": "list_actions", "owners": []}),  # had been Roger's
    ("Gail Bradley (my manager) wants housing's list, can you pull it", "Jo Forbes",
     {"intent": "list_actions", "owners": [agency("DMBC – Housing")]}),  # had been the business manager's too
    ("Jayne asked me to check what's outstanding for Phase – she can't get on Slack today", "Nicki Burrows",
     {"intent": "list_actions", "owners": [agency("Phase Trust (voluntary)")]}),
    ("What do I need to type to send apologies? Kate", "Kate McConnell", {"intent": "help"}),  # had sent them
    ("can i refer to an action by what its about or do i need the number?", "Pam Smith", {"intent": "help"}),
    ("I'd like to know what's still sitting with me before I go on leave", "Jayne Sargeant",
     {"intent": "list_actions", "owners": [member("Jayne Sargeant")]}),
    ("Can an action go on for the police - review the missing from home protocol by the July board", M,
     {"intent": "record_action", "owners": [agency("West Midlands Police")], "due": "2015-07-10"}),  # had been a list
]  # fmt: skip
LEAVE: list[Case] = [
    ("Sally's in Portugal til the 5th of June", M,
     {"intent": "leave", "owners": [member("Sally Holmes")], "away_until": "2015-06-05"}),  # had been nothing
    ("fyi richard's in florida until 1 june", M,
     {"intent": "leave", "owners": [member("Richard Fisher")], "away_until": "2015-06-01"}),
    ("I'm in Cornwall until the 1st", "Jo Forbes", {"intent": "leave", "owners": [], "away_until": "2015-06-01"}),
    ("karen j's on leave until 5 june", M,
     {"intent": "leave", "owners": [member("Karen Jackson")], "away_until": "2015-06-05"}),
    # look-alikes: a place that is not where someone is
    ("the regional conference in Spain until Friday was really useful", "Sally Holmes", {"intent": "none"}),
]  # fmt: skip

ALL = [
    *(("subject-named", *c) for c in SUBJECT_NAMED),
    *(("not-closed", *c) for c in NOT_CLOSED),
    *(("agency-apologies", *c) for c in AGENCY_APOLOGIES),
    *(("lists", *c) for c in LISTS),
    *(("leave", *c) for c in LEAVE),
]  # fmt: skip


@pytest.mark.parametrize(("group_", "text", "writer", "expected"), ALL, ids=[f"{c[0]}:{c[1][:40]}" for c in ALL])
def test_thirty_first_round_wording(
    snapshot: Snapshot, group_: str, text: str, writer: str, expected: dict[str, Any]
) -> None:
    check(parse(snapshot, text, writer), expected)


@pytest.mark.parametrize(
    "text",
    ["safe sleep leaflet is done!!", "can the training numbers audit slip a fortnight?", "who holds the GP audit now"],
)
def test_an_action_named_by_its_subject_carries_the_subject_and_no_reference(snapshot: Snapshot, text: str) -> None:
    got = parse(snapshot, text, "Pam Smith")
    assert got["ref"] is None and got["task"], got
