"""Understanding the sixteenth round's classes: questions about whether something was done or recorded are never the
edit or the apology itself (state questions, wishes and regrets, "did the minutes record my apologies?"), bare numbers
where only an action fits ("item 18", "is 37 still open", "43's done", "slip 24 to …", "part of 38"), stand-ins not on
the roster kept by name, the owner a recording request's task names, a group's lead, a directorate named either way,
help about using the assistant, the writer's leave over a month, a week commencing or two months, leave logged for
someone else, apologies for other bodies' boards, the old deadline named before the new, a drop asked for that is no
new date, and a short form a letter short of a member's name offered as a misspelling.

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
    return seed_snapshot(tmp_path_factory.mktemp("understanding-sixteenth-round"))


# SEED_NOW is Friday 15 May 2015; boards 10 July and 11 September, the workshop 19 June, the audit panel Monday 18 May.
ASKED_NOT_DONE: list[Case] = [
    (
        "I was wondering whether A-12 had been signed off in March or is it still live?",
        R,
        {"intent": "show_action", "ref": "A-12"},
    ),
    (
        "can you check if A-20 has been closed? I sent the report last week",
        "Jo Forbes",
        {"intent": "show_action", "ref": "A-20"},
    ),
    ("A-8 was a great piece of work, wish we'd done it sooner", "Jo Forbes", {"intent": "none", "ref": "A-8"}),
    (
        "the board said the review would be done by the peer team instead, so A-31 can come off",
        M,
        {"intent": "drop_action", "ref": "A-31"},
    ),
    (
        "have my apologies for the workshop been recorded? I emailed Martine",
        "Pam Smith",
        {"intent": "meeting_info", "meeting": "2015-06-19"},
    ),
    (
        "did the minutes of the March board include my apologies? I was at court",
        "Sally Holmes",
        {"intent": "meeting_info", "meeting": "2015-03-13"},
    ),
    (
        "Hello - I was wondering whether the Cafcass section 11 shows as complete? We returned it in April.",
        "Nicola Campbell",
        {"intent": "audit_status", "audit": {"type": "S11", "subject": "Cafcass"}},
    ),
    (
        "just checking if I've got anything open - I don't think so but Roger mentioned me at the board",
        "Remley Mann",
        {"intent": "list_actions", "owners": [member("Remley Mann")]},
    ),
    ("whats mine", "Zala Ibrahim", {"intent": "list_actions", "owners": [member("Zala Ibrahim")]}),
]
BARE_NUMBERS: list[Case] = [
    ("item 22 can it go back to the september board", M, {"intent": "change_due", "ref": "A-22", "due": "2015-09-11"}),
    ("item 41?", M, {"intent": "show_action", "ref": "A-41"}),
    ("is 26 still open", "Jo Forbes", {"intent": "show_action", "ref": "A-26"}),
    ("19 done too btw", "Jo Forbes", {"intent": "complete_action", "ref": "A-19"}),
    ("helen says 33's finished", M, {"intent": "complete_action", "ref": "A-33"}),
    ("could we cancel 44, the inspection has been called off", M, {"intent": "drop_action", "ref": "A-44"}),
    ("can we slip 12 to the end of june", "Jo Forbes", {"intent": "change_due", "ref": "A-12", "due": "2015-06-30"}),
    (
        "put 17 with the police please",
        M,
        {"intent": "reassign", "ref": "A-17", "owners": [agency("West Midlands Police")]},
    ),
    ("has anyone updated 52 lately?", M, {"intent": "show_action", "ref": "A-52"}),
    ("swap 9 from me to zala", "Pam Smith", {"intent": "reassign", "ref": "A-9", "owners": [member("Zala Ibrahim")]}),
]
OWNERS: list[Case] = [
    (
        "A-14 is with Jo at the moment but really it's Sue Haywood's. Could you change it?",
        M,
        {"intent": "reassign", "owners": [member("Sue Haywood")]},
    ),
    (
        "can you log one for me - the police to share the CSE problem profile by 12 June",
        "Richard Fisher",
        {"intent": "record_action", "owners": [agency("West Midlands Police")], "due": "2015-06-12"},
    ),
    (
        "the CDOP lead to circulate the safe sleep audit by the workshop",
        M,
        {"intent": "record_action", "owners": [member("Mayada AbuAffan")], "due": "2015-06-19"},
    ),
    ("a-30 should be with the scr sub lead", M, {"intent": "reassign", "owners": [member("Su Vincent")]}),
    (
        "Could A-6 be placed under our business manager please",
        R,
        {"intent": "reassign", "owners": [member("Martine McFadden")]},
    ),
    ("a-40 can go from tony to chris now he's back", M, {"intent": "reassign", "owners": [member("Chris Ballinger")]}),
    ("A-18 - Sally Holmes please", M, {"intent": "reassign", "owners": [member("Sally Holmes")]}),
    (
        "people directorate to send the early help figures by 5 June",
        M,
        {"intent": "record_action", "owners": [agency("DMBC – Directorate of People")]},
    ),
    (
        "what has the acute trust got open?",
        M,
        {"intent": "list_actions", "owners": [agency("Dudley Group NHS Foundation Trust")]},
    ),
    (
        "Gemma to draft the parenting leaflet by 26 June",
        M,
        {"intent": "record_action", "owners": [unknown("Gemma")], "due": "2015-06-26"},
    ),
    (
        "the named GP to talk to practices, but reports are needed even if they can't attend conferences. end of June",
        M,
        {"intent": "record_action"},
    ),
    ("ann to update the early years leaflet by 3/7", M, {"owners": [unknown("ann", "Anne Harris", "Annette Callear")]}),
    ("can you list what Pam has please", M, {"intent": "list_actions", "owners": [member("Pam Smith")]}),
]
APOLOGIES_AND_LEAVE: list[Case] = [
    (
        "apols for the workshop - Dan Rowe from our safeguarding team will come instead",
        "Jo Forbes",
        {"intent": "apology", "representative": "Dan Rowe"},
    ),
    (
        "sorry, can't do the July board. I'll send Gemma Price, our deputy, who knows the work",
        "Pam Smith",
        {"intent": "apology", "representative": "Gemma Price"},
    ),
    (
        "can't make the September board - could Zala go instead?",
        "Pam Smith",
        {"intent": "apology", "owners": [member("Pam Smith")], "representative": "Zala Ibrahim"},
    ),
    (
        "apologies for the July board: Viv Townsend and Kate McConnell",
        M,
        {"intent": "apology", "owners": [member("Viv Townsend"), member("Kate McConnell")]},
    ),
    ("forgot to say Jayne sends apologies for Monday too", M, {"owners": [member("Jayne Sargeant")]}),
    (
        "apologies for the Health and Wellbeing Board on Thursday please",
        "Rachael Doyle",
        {"intent": "apology", "meeting": None},
    ),
    (
        "Roger can chair the panel on Monday after all",
        M,
        {"intent": "withdraw_apology", "owners": [member("Roger Clayton")], "meeting": "2015-05-18"},
    ),
    ("I'm on leave the whole of August", "Jo Forbes", {"intent": "leave", "away_until": "2015-08-31"}),
    ("a/l w/c 8 June", "Jo Forbes", {"intent": "leave", "away_until": "2015-06-12"}),
    ("Martine, fyi I'm on leave 29th June to 3rd July", "Jo Forbes", {"intent": "leave", "away_until": "2015-07-03"}),
    (
        "can you log leave for Zala - she's off 1-5 June",
        M,
        {"intent": "leave", "owners": [member("Zala Ibrahim")], "away_until": "2015-06-05"},
    ),
    ("can you log leave for Zala - she's off 1-5 June", "Pam Smith", {"intent": "none"}),  # a member: news only
]
EDITS_AND_HELP: list[Case] = [
    (
        "Sorry for the delay with A-3 - the draft is with legal, expect it back w/c 1 June",
        "Jo Forbes",
        {"intent": "add_update", "ref": "A-3"},
    ),
    (
        "A-7: the deadline of 29 May won't happen. Can we make it 12 June?",
        "Jo Forbes",
        {"intent": "change_due", "due": "2015-06-12"},
    ),
    (
        "A-9 won't be ready by Monday - can it move to 5 June?",
        "Jo Forbes",
        {"intent": "change_due", "due": "2015-06-05"},
    ),
    (
        "A-15 - the venue has cancelled on us. New date TBC but say end of July for now",
        "Jo Forbes",
        {"intent": "change_due", "due": "2015-07-31"},
    ),
    ("a-4 - audit done, 2 gaps found, will bring to the panel on monday", "Jo Forbes", {"intent": "add_update"}),
    ("can i use this on my ipad?", "Jo Forbes", {"intent": "help"}),
    ("is there a way to download the tracker as a spreadsheet?", "Jo Forbes", {"intent": "help"}),
    ("does it matter how I write the reference?", "Jo Forbes", {"intent": "help"}),
    ("what's the difference between dropping an action and closing it?", "Jo Forbes", {"intent": "help"}),
]

# Long and relayed messages, phone shorthand, and questions inside statements (the round's later sets).
RELAYED_AND_TERSE: list[Case] = [
    (
        "Hi, Carol here. Tony would like to know whether A-19 has been closed yet. Thanks",
        "Tony Oakman",
        {"intent": "show_action", "ref": "A-19"},
    ),
    (
        "Roger would like to know what time the panel starts and whether the papers have gone out. Linda",
        R,
        {"intent": "meeting_info"},
    ),
    (
        "Hi, PA for Tony. Has the Directorate of People finished its S11 yet? He's seeing Roger on Monday.",
        "Tony Oakman",
        {"intent": "audit_status", "audit": {"type": "S11", "subject": "DMBC – Directorate of People"}},
    ),
    (
        "Hi, fire S11 - not started yet I'm afraid, it's on my list for next week. Julie",
        "Julie Winpenny",
        {"intent": "audit_update", "audit": {"status": "not_started"}},
    ),
    (
        "Dear Martine, please move A-30 to the September board as the regional figures won't be out until August.",
        M,
        {"intent": "change_due", "due": "2015-09-11"},
    ),
    (
        "we agree A-23 can't be done by the end of this month - could we move it to 26 June?",
        "Jo Forbes",
        {"intent": "change_due", "due": "2015-06-26"},
    ),
    (
        "A-12 needs moving to the September board please - the restructure won't be done in time for July",
        M,
        {"intent": "change_due", "due": "2015-09-11"},
    ),
    (
        "At VCSG Merlin asked that housing and YOS jointly map the offer. Could this be logged as an action for both "
        "services?",
        "Helen Ellis",
        {"intent": "record_action", "owners": [agency("DMBC – Housing"), agency("DMBC – YOS")]},
    ),
    (
        "I'm covering for DI Andy Price on Tuesday. Can you tell me what Andy has open so I'm not caught out?",
        "Sally Holmes",
        {"intent": "list_actions", "owners": [unknown("Andy Price")]},
    ),
    (
        "Roger wants to go through Pam's actions with her next week - could you pull them off for me?",
        M,
        {"intent": "list_actions", "owners": [member("Pam Smith")]},
    ),
    (
        "Roger would like a list of everything assigned to Jo Forbes ahead of the July board",
        M,
        {"intent": "list_actions", "owners": [member("Jo Forbes")]},
    ),
    (
        "Sally asked me to update the tracker while she's away - A-22 is done, the data went to Su",
        "Richard Fisher",
        {"intent": "complete_action", "ref": "A-22", "on_behalf_of": "Sally Holmes"},
    ),
    (
        "I spoke to Annette this morning and she confirmed A-29 is complete",
        "Rachael Doyle",
        {"intent": "complete_action", "on_behalf_of": "Annette Callear"},
    ),
    (
        "Tony rang with an update on A-15 - the dashboard is in testing",
        M,
        {"intent": "add_update", "on_behalf_of": "Tony Oakman"},
    ),
    (
        "we met Steve Marsh from the LADO service. Can you record an action for Steve to send the flowchart by 29 May?",
        M,
        {"intent": "record_action", "owners": [unknown("Steve Marsh")]},
    ),
    (
        "A-49 should be jointly owned by Marie Hunter and Annette Callear rather than me",
        "Rachael Doyle",
        {"intent": "reassign", "owners": [member("Marie Hunter"), member("Annette Callear")]},
    ),
    (
        "please disregard Tony's apologies for the workshop - his meeting has moved",
        M,
        {"intent": "withdraw_apology", "owners": [member("Tony Oakman")]},
    ),
    ("pls take me off the list for the workshop, can't go now", "Pam Smith", {"intent": "apology"}),
    (
        "jo's back for the workshop, remove her apols pls",
        "Sue Haywood",
        {"intent": "withdraw_apology", "owners": [member("Jo Forbes")]},
    ),
    ("can make monday now, zala neednt come", "Pam Smith", {"intent": "withdraw_apology", "meeting": "2015-05-18"}),
    ("rog sends apols for the panel, merlin chairing", M, {"representative": "Merlin Joseph"}),
    ("mike g says 35 is done", "Helen Ellis", {"intent": "complete_action", "ref": "A-35"}),
    ("what's 14 say again", "Helen Ellis", {"intent": "show_action", "ref": "A-14"}),
    ("a-9 - briefing done at 2 of 3 offices", "Kate McConnell", {"intent": "add_update"}),
    ("a-60 is cafcass's, pls move off me", "Helen Ellis", {"intent": "reassign", "owners": [agency("Cafcass")]}),
    ("anything w bcpft on it?", M, {"intent": "list_actions", "owners": [agency("BCPFT")]}),
    ("can i update actions from my phone?", "Jo Forbes", {"intent": "help"}),
]

ALL = [
    *(("relayed-terse", *c) for c in RELAYED_AND_TERSE),
    *(("asked-not-done", *c) for c in ASKED_NOT_DONE),
    *(("numbers", *c) for c in BARE_NUMBERS),
    *(("owners", *c) for c in OWNERS),
    *(("apologies-leave", *c) for c in APOLOGIES_AND_LEAVE),
    *(("edits-help", *c) for c in EDITS_AND_HELP),
]  # fmt: skip


@pytest.mark.parametrize(("group_", "text", "writer", "expected"), ALL, ids=[f"{c[0]}:{c[1][:40]}" for c in ALL])
def test_sixteenth_round_wording(
    snapshot: Snapshot, group_: str, text: str, writer: str, expected: dict[str, Any]
) -> None:
    check(parse(snapshot, text, writer), expected)


# Look-alikes: wordings near the classes above that must keep their own reading.
NOT_THESE: list[Case] = [
    ("A-5 is done, could you close it", "Jo Forbes", {"intent": "complete_action", "ref": "A-5"}),
    ("A-5 will be done by the end of the month", "Jo Forbes", {"intent": "change_due"}),  # not done yet
    ("Item 5: Jo to circulate the paper by Friday", M, {"intent": "record_action", "ref": None}),  # an agenda item
    ("put 5 on the agenda for July", M, {"ref": None}),
    ("part of 10 schools have returned it", M, {"ref": None}),
    ("Welcome to the board Zala and Remley!", M, {"intent": "none"}),  # a greeting, never an unknown owner
    ("Could we withdraw A-21? The training will be covered by Ofsted instead.", M, {"intent": "drop_action"}),
    ("What's the difference between a CIN plan and a CP plan?", "Karen Palk", {"intent": "none"}),
    ("is it possible to move the date on A-44 to w/c 8 June? Mayada's away so it won't get signed off", "Karen Palk",
     {"intent": "change_due", "due": "2015-06-08"}),
    ("Sorry if this isn't the right way to do it - DCVS to run two briefings before the end of July", "Nicki Burrows",
     {"intent": "record_action", "owners": [agency("DCVS")]}),
    ("is it too late to send apologies for monday?", "Jo Forbes", {"intent": "apology"}),
    ("sorry if I can't make monday I'll send Sally", "Richard Fisher", {"intent": "apology"}),
    ("apologies for the July board, Sally attending in my place", "Richard Fisher",
     {"representative": "Sally Holmes"}),
    ("apols for monday, Early Years attending instead", "Annette Callear", {"representative": None}),
    ("can A-33 go to 03/07 - the forum got cancelled", "Jo Forbes", {"intent": "change_due", "due": "2015-07-03"}),
    ("the police lead to send the figures by friday", M,
     {"owners": [], "ambiguous": [("the police lead", ["Richard Fisher", "Sally Holmes"])]}),
    ("what has sue got", M, {"ambiguous": [("sue", ["Su Vincent", "Sue Haywood"])]}),  # a shared name: asked
    ("nicki to send the figures", M, {"ambiguous": [("nicki", ["Nicki Burrows", "Nicola Campbell"])]}),
    ("when are the papers going out for the July board?", M, {"intent": "meeting_info"}),  # papers, not people
    ("the leaflet can't go to print before the July board", M, {"intent": "none"}),
    ("Julie W and Richard to run the arson briefing on 8/6", M,
     {"owners": [member("Julie Winpenny"), member("Richard Fisher")]}),  # an initial, never "with"
    ("Between lessons - can you add one for me to chase the S175 returns by 19th June?", "Marie Hunter",
     {"intent": "record_action"}),  # a request in a question is no audit question
    ("I'm meeting Pam tomorrow, can you tell me what I have open so I'm ready?", "Sally Holmes",
     {"owners": [member("Sally Holmes")]}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "writer", "expected"), NOT_THESE, ids=[c[0][:40] for c in NOT_THESE])
def test_look_alikes_read_safely(snapshot: Snapshot, text: str, writer: str, expected: dict[str, Any]) -> None:
    check(parse(snapshot, text, writer), expected)
