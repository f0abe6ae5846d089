"""Understanding the fifteenth round's classes: lists never the whole board's when someone is named (two people at
once, a terse list for a name not found, a possessive typed without its apostrophe, who a list is for), the whole
board's asked every way ("not just mine", "all of it", "the tracker for me"), first names cut short ("rog", "tab",
"kate mc"), a first name several members share put right by the full name after it, unknown first names in apologies
(never the writer's apologies), leave that misses a board meeting read as the apology it is, apologies for another
body's meeting never kept against the board's, edits that were read as other edits (a note asked for, a drop's reason,
work gone out, "can it go to her", "has A-30 been moved?"), bare numbers in more edits, eod tomorrow, a meeting's month,
part-done audits, help about what happens to what is sent here, social notes and signatures.

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
    return seed_snapshot(tmp_path_factory.mktemp("understanding-fifteenth-round"))


# SEED_NOW is Friday 15 May 2015; boards 10 July and 11 September, the workshop 19 June, the audit panel Monday 18 May.
NAMED_LISTS: list[Case] = [
    ("could you list what Helen Ellis and Mike Galikowski have open before my supervision with Merlin?", R,
     {"intent": "list_actions", "owners": [member("Helen Ellis"), member("Mike Galikowski")]}),
    ("what do Viv and Kate have open between them", M,
     {"intent": "list_actions", "owners": [member("Viv Townsend"), member("Kate McConnell")]}),
    ("what do Richard and Sally each have outstanding", M,
     {"owners": [member("Richard Fisher"), member("Sally Holmes")]}),
    ("bcpft open actions?", M, {"intent": "list_actions", "owners": [agency("BCPFT")]}),
    ("mental health open actions", M, {"owners": [agency("BCPFT")]}),
    ("barnardos open actions?", M, {"intent": "list_actions", "owners": [unknown("barnardos")]}),
    ("Early Help actions please", M, {"intent": "list_actions", "owners": [unknown("Early Help")]}),
    ("list the yoss actions", M, {"owners": [agency("DMBC – YOS")]}),
    ("whats on jo forbes list", M, {"owners": [member("Jo Forbes")]}),
    ("what's left on helen elliss list", M, {"intent": "list_actions"}),  # a misspelling is never assumed
    ("what's outstanding for the CCG and for me?", "Su Vincent",
     {"owners": [member("Su Vincent"), agency("Dudley CCG")]}),
    ("which actions are with me or with the fire service?", "Julie Winpenny",
     {"owners": [member("Julie Winpenny"), agency("West Midlands Fire Service")]}),
    ("I need to see what Helen has outstanding", R, {"intent": "list_actions", "owners": [member("Helen Ellis")]}),
    ("Could you show me all the actions Dave Hughes has?", R,
     {"intent": "list_actions", "owners": [unknown("Dave Hughes")]}),
    ("I'd like to see the full list for Jim Patel", R, {"intent": "list_actions", "owners": [unknown("Jim Patel")]}),
]  # fmt: skip

BOARD_LISTS: list[Case] = [
    ("Please send me everything overdue, not just mine", "Jo Forbes", {"intent": "list_actions", "owners": []}),
    ("what's open - all of it please", "Jo Forbes", {"intent": "list_actions", "owners": []}),
    ("show all the open actions for me", "Jo Forbes", {"intent": "list_actions", "owners": []}),
    ("bring up the whole tracker for me please", "Jo Forbes", {"intent": "list_actions", "owners": []}),
    ("what's overdue across all agencies? it's for my update to Roger", M,
     {"intent": "list_actions", "owners": []}),
    ("everything open please, I'm prepping for Tuesday with Tony", M, {"intent": "list_actions", "owners": []}),
    ("I'd like to see every open action, whoever has it", R, {"intent": "list_actions", "owners": []}),
    ("what does housing have open, not just me", "Jo Forbes", {"owners": [agency("DMBC – Housing")]}),
]  # fmt: skip

SHORT_NAMES: list[Case] = [
    ("rog to write to the lead member about the budget", M,
     {"intent": "record_action", "owners": [member("Roger Clayton")]}),
    ("give 12 to tab", M, {"intent": "reassign", "ref": "A-12", "owners": [member("Tabetha Darman")]}),
    ("rem to check the FE safeguarding leads by mid June", M, {"owners": [member("Remley Mann")]}),
    ("whats mart got open", R, {"intent": "list_actions", "owners": [member("Martine McFadden")]}),
    ("kate mc to send the CRC figures by Friday", M, {"owners": [member("Kate McConnell")], "due": "2015-05-22"}),
    ("what has sue hay got open", M, {"owners": [member("Sue Haywood")]}),
    ("nic to circulate the guidance by 5 June", M,
     {"owners": [], "ambiguous": [("nic", ["Nicki Burrows", "Nicola Campbell"])]}),
    ("What does Karen have open - Karen Jackson I mean", R, {"owners": [member("Karen Jackson")]}),
    ("what does sue have outstanding (Su Vincent)", R, {"owners": [member("Su Vincent")]}),
]  # fmt: skip

APOLOGIES: list[Case] = [
    ("Gary can't make Monday's panel", M, {"intent": "apology", "owners": [unknown("Gary")]}),
    ("bob sends apols for the july board", M, {"intent": "apology", "owners": [unknown("bob")]}),
    ("Dave Smith won't be at the workshop", M, {"intent": "apology", "owners": [unknown("Dave Smith")]}),
    ("rog sends apols for the panel", M, {"intent": "apology", "owners": [member("Roger Clayton")],
                                          "meeting": "2015-05-18"}),
    ("I'm on leave 6-17 July so won't make the board", "Pam Smith",
     {"intent": "apology", "owners": [member("Pam Smith")], "meeting": "2015-07-10"}),
    ("away till 20 June so I'll miss the workshop, sorry", "Pam Smith",
     {"intent": "apology", "meeting": "2015-06-19"}),
    ("apologies - I'll miss the CDOP meeting on Thursday", "Pam Smith", {"intent": "apology", "meeting": None}),
    ("can't make the VCSG meeting next week, sorry", "Mike Galikowski", {"intent": "apology", "meeting": None}),
    ("I'm at a MARAC meeting on 10 July so apologies", "Sally Holmes",
     {"intent": "apology", "meeting": "2015-07-10"}),  # another body's meeting is only why
    ("I sent apologies for the panel but I'm free now so I'll come", "Jo Forbes",
     {"intent": "withdraw_apology", "meeting": "2015-05-18"}),
    ("Got back from the conference early so I'll attend on 19 June after all", "Jo Forbes",
     {"intent": "withdraw_apology", "meeting": "2015-06-19"}),
]  # fmt: skip

EDITS: list[Case] = [
    ("Jo asked me to add a note to A-20: the figures are delayed by the system change, expected mid-June", M,
     {"intent": "add_update", "ref": "A-20"}),
    ("Just to update on A-8 - Pam has written the draft and sent it to me to check", "Zala Ibrahim",
     {"intent": "add_update", "ref": "A-8"}),
    ("A-15 – figures pulled, just needs a check before it goes to Roger", "Jo Forbes",
     {"intent": "add_update", "ref": "A-15"}),
    ("a-9 is really a housing one - jo forbes", M, {"intent": "reassign", "owners": [member("Jo Forbes")]}),
    ("A-30's more of a police action", M, {"intent": "reassign", "owners": [agency("West Midlands Police")]}),
    ("put 14 under the CDOP chair", M, {"intent": "reassign", "ref": "A-14", "owners": [member("Mayada AbuAffan")]}),
    ("no. 22 - over to sally, cc richard", M,
     {"intent": "reassign", "ref": "A-22", "owners": [member("Sally Holmes")]}),
    ("A-12: can this be pulled forward to the panel please", M, {"intent": "change_due", "due": "2015-05-18"}),
    ("Action 19 is complete – all the schools have had the letter. Thanks", "Marie Hunter",
     {"intent": "complete_action", "ref": "A-19"}),
    ("A-6 ✅ thanks all", "Jo Forbes", {"intent": "complete_action", "ref": "A-6"}),
    ("the new leaflet has gone out to every GP practice, which was A-33, so it can come off the list", "Su Vincent",
     {"intent": "complete_action", "ref": "A-33"}),
    ("drop no. 40, Roger said at the board it would go to the VCSG anyway", M,
     {"intent": "drop_action", "ref": "A-40"}),
    ("I'm leaving in June so can't finish A-27. Gemma Price is taking over my role – can it go to her?", "Helen Ellis",
     {"intent": "reassign", "ref": "A-27", "owners": [unknown("Gemma Price")]}),
    ("Can action 31 move to the September board? Karen", "Karen Palk", {"intent": "change_due", "due": "2015-09-11"}),
    ("has A-30 been moved to July?", "Nicola Campbell", {"intent": "show_action", "ref": "A-30"}),
    ("was A-11 given to Jo?", "Nicola Campbell", {"intent": "show_action", "ref": "A-11"}),
    ("did a-12 get closed in the end?", "Nicola Campbell", {"intent": "show_action", "ref": "A-12"}),
    ("A-31 - can I have till end of June? our analyst is off until the 8th", "Sally Holmes",
     {"intent": "change_due", "ref": "A-31", "due": "2015-06-30"}),
    ("Could the housing one be pushed back to July? We're short staffed", "Jo Forbes",
     {"intent": "none"}),  # an action described: never a new action for housing
]  # fmt: skip

BARE_NUMBERS: list[Case] = [
    ("19 done 🎉", "Jo Forbes", {"intent": "complete_action", "ref": "A-19"}),
    ("move 21 to mart", R, {"intent": "reassign", "ref": "A-21", "owners": [member("Martine McFadden")]}),
    ("move 21 to Mayada", R, {"intent": "reassign", "ref": "A-21", "owners": [member("Mayada AbuAffan")]}),
    ("re 33 two of the three practices have signed up", "Su Vincent", {"intent": "add_update", "ref": "A-33"}),
    ("Re 40: crews now carry the flowchart", "Julie Winpenny", {"intent": "add_update", "ref": "A-40"}),
    ("kill off 17 please, no longer needed", M, {"intent": "drop_action", "ref": "A-17"}),
    ("please cancel 23, the pilot has been withdrawn", M, {"intent": "drop_action", "ref": "A-23"}),
    ("I'm going to be late with 44 - end of next week ok?", "Jo Forbes",
     {"intent": "change_due", "ref": "A-44", "due": "2015-05-22"}),
    ("has 30 been moved?", "Jo Forbes", {"intent": "show_action", "ref": "A-30"}),
    ("Can 5 be due at the workshop instead", "Jo Forbes", {"intent": "change_due", "ref": "A-5", "due": "2015-06-19"}),
]  # fmt: skip

DATES_AND_AUDITS: list[Case] = [
    ("Jo to send the figures by eod tmrw", M, {"due": "2015-05-16"}),
    ("Jo to send the figures by cob tomorrow", M, {"due": "2015-05-16"}),
    ("Jo to send the protocol to Pam by end of nxt wk", M, {"due": "2015-05-22"}),
    ("Jo to present the protocol at the workshop in June", M, {"due": "2015-06-19"}),
    ("Jo to take the figures to the panel in May", M, {"due": "2015-05-18"}),
    ("Our business manager to send the programme a week before the workshop", R,
     {"owners": [member("Martine McFadden")], "due": "2015-06-12"}),
    ("housing s11 about two-thirds done, I expect to finish it next week", "Jo Forbes",
     {"intent": "audit_update", "audit": {"status": "in_progress"}}),
    ("our s11 is 80% complete", "Julie Winpenny", {"intent": "audit_update", "audit": {"status": "in_progress"}}),
    ("fire s11 complete - julie", "Julie Winpenny", {"intent": "audit_update", "audit": {"status": "complete"}}),
]  # fmt: skip

HELP_AND_CHAT: list[Case] = [
    ("Does sending apologies here tell Martine?", "Jo Forbes", {"intent": "help"}),
    ("If I post my apologies through here will Roger see them?", "Jo Forbes", {"intent": "help"}),
    ("can you send me reminders before my actions are due, or do I have to keep checking?", "Jo Forbes",
     {"intent": "help"}),
    ("Pam – great to see you yesterday, let's catch up over coffee next week", "Zala Ibrahim", {"intent": "none"}),
    ("Tony is on leave until 1 June. Chris Ballinger will be deputising.", M,
     {"intent": "leave", "owners": [member("Tony Oakman")], "away_until": "2015-06-01"}),  # never Chris's action
    ("Please note that Jo will be on leave from 25 May, returning on 8 June.", "Jo Forbes",
     {"intent": "leave", "away_until": "2015-06-07"}),
    ("on leave 26 May to 5 June, zala covering", "Pam Smith", {"intent": "leave", "away_until": "2015-06-05"}),
    ("annual leave from 1 June to 12 June inclusive. For anything urgent please contact Sally.", "Richard Fisher",
     {"intent": "leave", "away_until": "2015-06-12"}),
    ("Martine, ahead of Monday's panel, what's the police got open?", R,
     {"intent": "list_actions", "owners": [agency("West Midlands Police")]}),
]  # fmt: skip

ALL = [
    *(("named-lists", *c) for c in NAMED_LISTS),
    *(("board-lists", *c) for c in BOARD_LISTS),
    *(("short-names", *c) for c in SHORT_NAMES),
    *(("apologies", *c) for c in APOLOGIES),
    *(("edits", *c) for c in EDITS),
    *(("numbers", *c) for c in BARE_NUMBERS),
    *(("dates-audits", *c) for c in DATES_AND_AUDITS),
    *(("help-chat", *c) for c in HELP_AND_CHAT),
]


@pytest.mark.parametrize(("group_", "text", "writer", "expected"), ALL, ids=[f"{c[0]}:{c[1][:40]}" for c in ALL])
def test_fifteenth_round_wording(
    snapshot: Snapshot, group_: str, text: str, writer: str, expected: dict[str, Any]
) -> None:
    check(parse(snapshot, text, writer), expected)


# Look-alikes: wordings near the classes above that must keep their own reading.
NOT_THESE: list[Case] = [
    ("Anne to link in with the adults board by 10 July", M, {"owners": [member("Anne Harris")]}),  # her name in full
    ("ann to check the adult MASH flowchart", M,  # a letter short of Anne: a misspelling, both offered
     {"owners": [unknown("ann", "Anne Harris", "Annette Callear")], "ambiguous": []}),
    ("Remley Man to check the colleges by Friday", M, {"owners": [unknown("Remley Man", "Remley Mann")]}),
    ("Merlin Josephs to write to the heads by 5 June", M, {"owners": [unknown("Merlin Josephs", "Merlin Joseph")]}),
    ("move 15 to march", M, {"guessed": True}),  # a month, never an owner
    ("our manager is on leave", "Sally Holmes", {"owners": []}),  # the writer's own manager, not the board's
    ("A-40 to our manager", "Sally Holmes", {"owners": []}),
    ("back from leave on 1 June, I'll be at the workshop", "Jo Forbes", {"intent": "leave"}),
    ("on leave till 1 June", "Jo Forbes", {"intent": "leave", "away_until": "2015-06-01"}),
    ("I'm at a CDOP meeting on 19 June so can't make the workshop", "Karen Jackson",
     {"intent": "apology", "meeting": "2015-06-19"}),
    ("Chris to cover the YOS audit while Tony is away", M,
     {"intent": "record_action", "owners": [member("Chris Ballinger")]}),  # covering work: an action
    ("A-30 has been moved to July", "Jo Forbes", {"intent": "change_due"}),  # said, not asked
    ("Jo to send it by eod friday", M, {"due": "2015-05-22"}),  # said on a Friday: next Friday, as "by Friday" is
    ("re 24 hour cover, can we discuss", M, {"intent": "none"}),  # a number of hours, not an action
    ("list my overdue actions", "Jo Forbes", {"owners": [member("Jo Forbes")]}),
    ("show me all my actions", "Jo Forbes", {"owners": [member("Jo Forbes")]}),
    ("list all the actions owned by the SCR Sub", M, {"owners": [group("SCR Sub")]}),
    ("whats open for the police? not just mine, Sally wants the whole force list", "Richard Fisher",
     {"owners": [agency("West Midlands Police")]}),
    ("can you send me a reminder about A-4 on Monday", "Jo Forbes", {"intent": "help"}),
    ("sending apologies here for the July board - on leave", "Jo Forbes", {"intent": "apology"}),
    ("update on A-10: leaflet done and sent to print", "Mayada AbuAffan", {"intent": "add_update"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "writer", "expected"), NOT_THESE, ids=[c[0][:40] for c in NOT_THESE])
def test_look_alikes_read_safely(snapshot: Snapshot, text: str, writer: str, expected: dict[str, Any]) -> None:
    check(parse(snapshot, text, writer), expected)
