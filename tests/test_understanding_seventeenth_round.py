"""Understanding the seventeenth round's classes: several members absent in one sentence ("neither … nor …",
"… both out for …", "both X and I will need to send apologies", "X asked me to send apologies from both of us",
"apols for me AND sally") and a fond short form of a first name ("tabs").

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
    return seed_snapshot(tmp_path_factory.mktemp("understanding-seventeenth-round"))


# SEED_NOW is Friday 15 May 2015; boards 10 July and 11 September, the workshop 19 June, the audit panel Monday 18 May.
TOGETHER_ABSENT: list[Case] = [
    (
        "neither jo nor helen can make the workshop",
        M,
        {"intent": "apology", "owners": [member("Jo Forbes"), member("Helen Ellis")], "meeting": "2015-06-19"},
    ),
    (
        "Health apols for monday - neither Pam nor Zala is able to attend",
        M,
        {"intent": "apology", "owners": [member("Pam Smith"), member("Zala Ibrahim")], "meeting": "2015-05-18"},
    ),
    (
        "remley + annette both out for july board, ofsted",
        M,
        {"intent": "apology", "owners": [member("Remley Mann"), member("Annette Callear")], "meeting": "2015-07-10"},
    ),
    (
        "I'm afraid both Sue H and I will need to send apologies for the September board",
        "Jo Forbes",
        {"intent": "apology", "owners": [member("Sue Haywood"), member("Jo Forbes")], "meeting": "2015-09-11"},
    ),
    (
        "Karen Palk asked me to send apologies from both of us for the July board, we're at the LSAB",
        "Roger Clayton",
        {"intent": "apology", "owners": [member("Karen Palk"), member("Roger Clayton")], "meeting": "2015-07-10"},
    ),
    (
        "apols for me AND viv for the panel monday",
        "Kate McConnell",
        {"intent": "apology", "owners": [member("Kate McConnell"), member("Viv Townsend")]},
    ),
    ("Merlin and I are both sending apologies for Monday", "Tony Oakman",
     {"intent": "apology", "owners": [member("Merlin Joseph"), member("Tony Oakman")]}),
    ("mike g off on the 10th so apols from him for july. i'll cover yos", "Helen Ellis",
     {"intent": "apology", "owners": [member("Mike Galikowski")], "meeting": "2015-07-10"}),
    ("rich is on a course mon so apols from him pls (im coming anyway)", "Sally Holmes",
     {"intent": "apology", "owners": [member("Richard Fisher")], "meeting": "2015-05-18"}),
    ("apols from the whole QA & Comms lot for the workshop, they're at a conference", M,
     {"intent": "apology", "owners": [group("QA & Comms")], "meeting": "2015-06-19"}),
    ("apologies from the police rep for monday", M,
     {"intent": "apology", "owners": [], "ambiguous": [("the police rep", ["Richard Fisher", "Sally Holmes"])]}),
    ("jo + sue h both out on 11 sept (ofsted). i'll go for DMBC", "Chris Ballinger",
     {"intent": "apology", "owners": [member("Jo Forbes"), member("Sue Haywood")], "meeting": "2015-09-11",
      "representative": "Chris Ballinger"}),
]  # fmt: skip

SHORT_FORMS: list[Case] = [
    ("tabs to send the PPP minutes round by friday", M,
     {"intent": "record_action", "owners": [member("Tabetha Darman")], "due": "2015-05-22"}),
    ("what does tabs have open?", M, {"intent": "list_actions", "owners": [member("Tabetha Darman")]}),
]  # fmt: skip

# A formal message's sign-off and the signature under it are the writer's, never a note, a task or an owner.
SIGNED: list[Case] = [
    ("Good morning,\n\nA-12 is no longer needed, as the work has moved to the regional hub. Please remove it.\n\n"
     "Kind regards,\nSally\n\nDI Sally Holmes | Public Protection Unit | West Midlands Police\n0121 626 5000",
     "Sally Holmes", {"intent": "drop_action", "ref": "A-12"}),
    ("Hi Martine\n\nProgress on action 40 - two of the three sessions have run.\n\nCheers\nJulie\n\n"
     "Julie Winpenny | West Midlands Fire Service", "Julie Winpenny",
     {"intent": "add_update", "ref": "A-40", "note": "two of the three sessions have run."}),
    ("Hi,\nJo mentioned afterwards that housing agreed to audit the temporary accommodation placements - can that go "
     "down against housing please, by the end of next month?\nThanks\nKate\nKate McConnell, Probation - CRC",
     "Kate McConnell", {"intent": "record_action", "owners": [agency("DMBC – Housing")], "due": "2015-06-30"}),
    ("hi martine, from the CSE subgroup this morning - can we add one for mike g to send the YOS figures over to me "
     "by 12 june. ta, sally", "Sally Holmes",
     {"intent": "record_action", "owners": [member("Mike Galikowski")], "due": "2015-06-12"}),
    ("Dear Martine,\n\nI would like to present the DSCB actions held by Zala and myself next week. Could you "
     "provide a list?\n\nKind regards,\nPam Smith\nHead of Safeguarding", "Pam Smith",
     {"intent": "list_actions", "owners": [member("Pam Smith"), member("Zala Ibrahim")]}),
    ("could you let me have a list of everything that is overdue before I speak to Tony on Monday? Many thanks, Roger",
     R, {"intent": "list_actions", "owners": []}),  # the one spoken to is not whose list
]  # fmt: skip

# Bare numbers where only an action fits, and edits written the way the tracker's users write them.
NUMBERS_AND_EDITS: list[Case] = [
    ("take me off 31, annette is picking it up now", "Marie Hunter",
     {"intent": "reassign", "ref": "A-31", "owners": [member("Annette Callear")]}),
    ("put 27 back 2 weeks please", "Jo Forbes", {"intent": "change_due", "ref": "A-27", "shift_days": 14}),
    ("19 update - two of the three GP clusters have had the briefing", "Su Vincent",
     {"intent": "add_update", "ref": "A-19", "note": "two of the three GP clusters have had the briefing"}),
    ("is 15 mine or merlin's?", "Tony Oakman", {"intent": "show_action", "ref": "A-15"}),
    ("is it me or zala on 41?", "Pam Smith", {"intent": "show_action", "ref": "A-41"}),
    ("did sally finish 12?", "Richard Fisher", {"intent": "show_action", "ref": "A-12"}),
    ("I'll need till end of june for 33 now sorry", "Jo Forbes",
     {"intent": "change_due", "ref": "A-33", "due": "2015-06-30"}),
    ("can 26 go to end of july, the data isn't ready", "Helen Ellis",
     {"intent": "change_due", "ref": "A-26", "due": "2015-07-31"}),
    ("52 done, letters went out yesterday", "Jayne Sargeant", {"intent": "complete_action", "ref": "A-52"}),
    ("whats 45 due?", "Anne Harris", {"intent": "show_action", "ref": "A-45"}),
    ("what does 61 actually need from us?", "Nicki Burrows", {"intent": "show_action", "ref": "A-61"}),
    ("give 12 back to marie, it's not FE after all", "Remley Mann",
     {"intent": "reassign", "ref": "A-12", "owners": [member("Marie Hunter")]}),
    ("take 9 off me pls, its viv's now", "Kate McConnell",
     {"intent": "reassign", "ref": "A-9", "owners": [member("Viv Townsend")]}),
    ("43 isnt mine anymore, sally has it", "Richard Fisher",
     {"intent": "reassign", "ref": "A-43", "owners": [member("Sally Holmes")]}),
    ("rich here, 42 can come back to me now im back", "Richard Fisher",
     {"intent": "reassign", "ref": "A-42", "owners": [member("Richard Fisher")]}),
    ("end of march for 57 realistically", "Julie Winpenny",
     {"intent": "change_due", "ref": "A-57", "due": "2016-03-31"}),
    ("68 done on behalf of merlin", M, {"intent": "complete_action", "ref": "A-68", "on_behalf_of": "Merlin Joseph"}),
    ("Item 4: please remove. Superseded by the new procedures.", R, {"intent": "drop_action", "ref": "A-4"}),
    ("can you give 38 to the cafcass service manager rather than me – its Lisa Tranter", "Nicola Campbell",
     {"intent": "reassign", "owners": [unknown("Lisa Tranter")]}),
    ("cheers for chasing 18 martine, much appreciated", "Jayne Sargeant", {"intent": "none", "ref": "A-18"}),
    # for whom the business manager edits
    ("drop 69 for tony - the directorate is doing it via the improvement board", M,
     {"intent": "drop_action", "on_behalf_of": "Tony Oakman",
      "note": "the directorate is doing it via the improvement board"}),
    ("a-25 for mayada: cdop annual report drafted", M,
     {"intent": "add_update", "on_behalf_of": "Mayada AbuAffan", "note": "cdop annual report drafted"}),
    ("a-43 shift 10 days pls, sally asked", M, {"intent": "change_due", "on_behalf_of": "Sally Holmes"}),
    ("a-8 done for rog", M, {"intent": "complete_action", "on_behalf_of": "Roger Clayton"}),
    ("a-23 rich says the scr chronology is with legal", M, {"intent": "add_update", "on_behalf_of": "Richard Fisher"}),
    ("is 47 still mine?", "Jo Forbes", {"intent": "show_action", "ref": "A-47"}),
    ("anne h has asked for a-65 to go to 30th june", M,
     {"intent": "change_due", "on_behalf_of": "Anne Harris", "due": "2015-06-30"}),
]  # fmt: skip

# Dates as people write them around a new action or a new date.
DATES: list[Case] = [
    ("Ahead of Monday's panel, please record an action for Jo Forbes: a housing options paper, for the July board.",
     R, {"intent": "record_action", "owners": [member("Jo Forbes")], "due": "2015-07-10"}),
    ("please log for Helen to sign off the youth offer by close of play on Monday 1 June", M,
     {"due": "2015-06-01"}),
    ("can A-19 move to close of play on Friday 26 June please", M, {"intent": "change_due", "due": "2015-06-26"}),
    ("log WMP to refresh the CSE problem profile, before the august bank hol", M, {"due": "2015-08-28"}),
    ("the DCVS bulletin out to all groups before the bank holiday weekend - log for me pls", "Nicki Burrows",
     {"due": "2015-05-22"}),
    ("log for me pls - the S175 launch letter to all heads, by good friday next year", "Marie Hunter",
     {"due": "2016-03-25"}),
    ("a-2 to christmas eve, no point pretending otherwise", R, {"intent": "change_due", "due": "2015-12-24"}),
    ("a-24 to the board after next pls", "Merlin Joseph", {"intent": "change_due", "due": "2015-09-11"}),
    ("a-54 new due 20th next month", "Mayada AbuAffan", {"intent": "change_due", "due": "2015-06-20"}),
    ("a-60 out a week pls, watch manager off sick", "Julie Winpenny", {"intent": "change_due", "shift_days": 7}),
    ("sally's a-30 → 10/7/15 pls, she's on a course 13-15 july anyway", "Richard Fisher",
     {"intent": "change_due", "due": "2015-07-10"}),
    ("move 65 to end of sept pls", "Remley Mann", {"intent": "change_due", "ref": "A-65", "due": "2015-09-30"}),
    ("pls extend 43 to the last working day of july", "Sue Haywood",
     {"intent": "change_due", "ref": "A-43", "due": "2015-07-31"}),
    ("Please add an action for Tony to confirm the partners' budget by the end of the calendar year", R,
     {"due": "2015-12-31"}),
    ("Good morning, at the SCR Sub we agreed that A-41 would go to the next board rather than to the panel on Monday."
     " Could the due date be changed?", "Richard Fisher", {"intent": "change_due", "due": "2015-07-10"}),
    ("off 13-15 july on the yr 6 residential, back thurs", "Marie Hunter",
     {"intent": "leave", "away_until": "2015-07-15"}),
    ("on leave next week, back tues", "Marie Hunter", {"intent": "leave", "away_until": "2015-05-25"}),
    ("apologies for the September board. Mrs Okafor, a deputy head from one of our special schools, will attend in my"
     " place.", "Marie Hunter", {"intent": "apology", "representative": "Mrs Okafor"}),
    # an action asked for, for the writer
    ("can i have an action pls - the DCVS e-bulletin out to all groups by the end of the month", "Nicki Burrows",
     {"intent": "record_action", "owners": [member("Nicki Burrows")], "due": "2015-05-31"}),
    ("can I have one pls - lay review of the parents' leaflet, the fourth of september", "Karen Palk",
     {"intent": "record_action", "owners": [member("Karen Palk")], "due": "2015-09-04",
      "task": "Lay review of the parents' leaflet"}),
    ("I'd like an action adding for myself and Mayada: a review of CDOP modifiable factors, by the end of July",
     "Karen Jackson", {"intent": "record_action", "owners": [member("Karen Jackson"), member("Mayada AbuAffan")]}),
]  # fmt: skip

# Questions about an action or a list, never an edit or a new action.
QUESTIONS: list[Case] = [
    ("Hi, I was wondering whether A-59 is still on the list? I asked for it to be taken off a while ago.",
     "Nicola Campbell", {"intent": "show_action", "ref": "A-59"}),
    ("is A-19 still mine or did it go to mike", "Helen Ellis", {"intent": "show_action", "ref": "A-19"}),
    ("did A-19 go to mike?", "Helen Ellis", {"intent": "show_action", "ref": "A-19"}),
    ("Good morning all. I'd like to know whether every agency has now returned its Section 11. Regards, Roger", R,
     {"intent": "audit_status"}),
    ("whats 14 about", "Sally Holmes", {"intent": "show_action", "ref": "A-14"}),
    ("can i see what viv has", "Kate McConnell", {"intent": "list_actions", "owners": [member("Viv Townsend")]}),
    ("what's on for FE?", "Remley Mann", {"intent": "list_actions", "owners": [agency("FE Representative")]}),
    ("anything for housing + yos before july?", "Jassi Broadmeadow",
     {"intent": "list_actions", "owners": [agency("DMBC – Housing"), agency("DMBC – YOS")]}),
]  # fmt: skip

ALL = [
    *(("together", *c) for c in TOGETHER_ABSENT),
    *(("short-forms", *c) for c in SHORT_FORMS),
    *(("signed", *c) for c in SIGNED),
    *(("numbers-edits", *c) for c in NUMBERS_AND_EDITS),
    *(("dates", *c) for c in DATES),
    *(("questions", *c) for c in QUESTIONS),
]  # fmt: skip


@pytest.mark.parametrize(("group_", "text", "writer", "expected"), ALL, ids=[f"{c[0]}:{c[1][:40]}" for c in ALL])
def test_seventeenth_round_wording(
    snapshot: Snapshot, group_: str, text: str, writer: str, expected: dict[str, Any]
) -> None:
    check(parse(snapshot, text, writer), expected)


# Look-alikes: wordings near the classes above that must keep their own reading.
NOT_THESE: list[Case] = [
    ("the papers are both out for the July board now", M, {"owners": []}),  # papers, never people
    ("neither option is workable, can we talk at the panel", M, {"intent": "none"}),
    ("Jo asked me to send the apologies list round", "Sue Haywood", {"owners": []}),  # no apologies from Jo
    ("mars to do it", M, {"owners": []}),  # a word, never a member
    ("can someone keep tabs on the S11 returns", M, {"owners": []}),  # a word, never Tabetha
    ("where is the July board being held?", M, {"intent": "meeting_info", "meeting": "2015-07-10"}),
    ("the leaflets are both out on monday", M, {"intent": "none"}),  # things, never people away
    ("Thanks\nTabetha", "Tabetha Darman", {"intent": "none"}),
    ("take A-9 off me please", "Kate McConnell", {"intent": "none"}),  # never a drop; whose next is not said
    ("take A-9 off the tracker", M, {"intent": "drop_action"}),
    ("A-2 to the fire service as a whole rather than Julie", M,
     {"intent": "reassign", "owners": [agency("West Midlands Fire Service")]}),
    ("A-12 for the July board: figures in", M, {"on_behalf_of": None}),
    ("can we have 3 more copies of the leaflet by friday", M, {"ref": None}),
    ("put 5 back on the agenda for July", M, {"ref": None}),
    ("thanks for chasing 12 schools for me", M, {"ref": None}),
    ("did sally finish 12 reports?", M, {"ref": None}),
    ("can I have one of the leaflets please", "Karen Palk", {"intent": "none"}),
    ("can I have a copy of the minutes", "Karen Palk", {"owners": [], "ref": None}),  # the minutes, never an action
    ("sorry, I'm not available on Monday for the panel", "Jo Forbes", {"intent": "apology", "meeting": "2015-05-18"}),
    ("Sally to review it, we'll discuss it at the audit panel Monday but it's not due til end of June", M,
     {"due": "2015-06-30"}),
    ("Jo to present at the 19 June workshop", M, {"due": "2015-06-19"}),
    ("move 10 to the afternoon", M, {"intent": "none"}),
    ("move 15 to march", M, {"guessed": True}),  # a number and a month alone: not sure enough
    ("A-19 is still with me, can it go to mike", "Helen Ellis",
     {"intent": "reassign", "owners": [member("Mike Galikowski")]}),
    ("I'd like to check whether Jo can do it", M, {"intent": "none"}),
    ("Jo to check whether the schools have returned their S175s by Friday", M,
     {"intent": "record_action", "owners": [member("Jo Forbes")]}),
    ("can I get an update on everything the CCG is holding", R, {"intent": "list_actions"}),
    ("scrap no. 17, the chair said at the March board it would go to PPP", M, {"intent": "drop_action"}),
    ("A-13: legal have said we can't share at that level", M, {"on_behalf_of": None}),
    ("what does Tony have open? I'm seeing him monday", M, {"owners": [member("Tony Oakman")]}),
    ("A-14 update:\n\nsee the thread | the figures are in the shared drive", "Richard Fisher",
     {"intent": "add_update", "ref": "A-14"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "writer", "expected"), NOT_THESE, ids=[c[0][:40] for c in NOT_THESE])
def test_look_alikes_read_safely(snapshot: Snapshot, text: str, writer: str, expected: dict[str, Any]) -> None:
    check(parse(snapshot, text, writer), expected)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "A-40: shared with PPP.\n\nKind regards,\nTabetha\n\nTabetha Darman | BCPFT | 01384 000 000",
            "A-40: shared with PPP.",
        ),
        ("Hello\n\nKind regards,\nCarol Price\nPA to Tony Oakman", "Hello"),
        ("Hi all\nThanks\nJo to send the housing report by friday", None),  # work after "Thanks": never a signature
        ("A-12 done.\nThanks\nPS can you also close A-13?", None),  # a postscript keeps everything
        ("Thanks\nTabetha", None),  # nothing but the sign-off: left as written
    ],
)
def test_a_signature_block_is_cut_and_nothing_else(text: str, kept: str | None) -> None:
    from bot.understanding.signatures import without_signature_block

    assert without_signature_block(text) == (text if kept is None else kept)
