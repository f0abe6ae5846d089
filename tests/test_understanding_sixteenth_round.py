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

ALL = [
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
]  # fmt: skip


@pytest.mark.parametrize(("text", "writer", "expected"), NOT_THESE, ids=[c[0][:40] for c in NOT_THESE])
def test_look_alikes_read_safely(snapshot: Snapshot, text: str, writer: str, expected: dict[str, Any]) -> None:
    check(parse(snapshot, text, writer), expected)
