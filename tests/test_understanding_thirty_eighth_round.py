"""Understanding the thirty-eighth round's classes, most from sets written about lists of apologies, people away
together, stand-ins asked of the writer, tasks introduced for someone else, lists asked of someone by name, dates said
in chat and edits by number: "apols for mon: Tabetha (BCPFT), Nicki (DCVS)" is both of theirs (never the first
alone); "the SCR Sub will be at a review … so apols from all of them" is the group's (never the writer's); "Tony's
asked me to go to monday's panel instead of him" is Tony's apology with the writer standing in; "Mayada and myself
will both be at …" and "neither myself nor Zala can attend" are both people's (Zala never the stand-in); "add this
one for Roger: housing to check …" is housing's, for Roger; "what does CDOP have open, Mayada?" asks Mayada, never
about her; "overdue ones for all members please, I'll do the chasing" is the list, the plan only what it is for;
"… for my meeting with Merlin" names nobody's list; "by half term" is the Friday before it; "sign off meeting got
cancelled" is why an action is late, never a drop; "can I update an action by email or only in here?" asks how;
"remove apols for anne h, mayada and remley" withdraws all three; "nobody from YOS, Housing or Comm Safety at the July
board" is each agency's; "I shall not be at …, and neither will Tony" is both of theirs.

Every case is invented here (not copied from a corpus), several to a class. A wrong owner is worse than a question:
the look-alikes check that a rule stays away from wordings that only look like its own.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bot.understanding.snapshot import Snapshot
from tests.conftest import seed_snapshot
from tests.understanding_cases import Case, M, agency, check, group, member, parse, unknown


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    return seed_snapshot(tmp_path_factory.mktemp("understanding-thirty-eighth-round"))


R = "Roger Clayton"  # the chair
# SEED_NOW is Friday 15 May 2015; boards 10 July and 11 September, the workshop 19 June, the audit panel Monday 18 May.
APOLOGY_LISTS: list[Case] = [
    ("apols for mon: Tabetha (BCPFT), Nicki (DCVS)", M,
     {"intent": "apology", "owners": [member("Tabetha Darman"), member("Nicki Burrows")],
      "meeting": "2015-05-18"}),  # had been Tabetha's alone
    ("workshop apols: kate mc, viv t & remley", M,
     {"intent": "apology", "owners": [member("Kate McConnell"), member("Viv Townsend"), member("Remley Mann")],
      "meeting": "2015-06-19"}),
    ("september board apols - pam, zala, tabetha", M,
     {"intent": "apology", "owners": [member("Pam Smith"), member("Zala Ibrahim"), member("Tabetha Darman")],
      "meeting": "2015-09-11"}),
    ("Apologies for the board on 10 July from the following:\n\n- Julie Winpenny (Fire)\n- Annette Callear "
     "(Early Years)\n- Jayne Sargeant (Phase)\n\nRegards,\nRoger", R,
     {"intent": "apology", "owners": [member("Julie Winpenny"), member("Annette Callear"), member("Jayne Sargeant")],
      "meeting": "2015-07-10"}),
    ("Apologies for the workshop:\n- Cafcass (nobody free)\n- Viv Townsend, NPS\n- Helen (DCVS)", M,
     {"intent": "apology", "owners": [agency("Cafcass"), member("Viv Townsend"), member("Helen Ellis")]}),
    ("July board apologies: Mayada (OPH), Gary Lintern (Ambulance), Su V", M,
     {"intent": "apology", "owners": [member("Mayada AbuAffan"), unknown("Gary Lintern"), member("Su Vincent")]}),
    ("Apologies for Monday — Tony Oakmen and Remley Mann", M,
     {"intent": "apology", "owners": [unknown("Tony Oakmen", "Tony Oakman"), member("Remley Mann")]}),
    ("apols for the panel: jo f (housing), mike g (YOS). no deputies I'm afraid", M,
     {"intent": "apology", "owners": [member("Jo Forbes"), member("Mike Galikowski")]}),
    # look-alikes: the writer's own apology and a stand-in after the dash, one name alone
    ("apols for the july board - I'm at a conference, Pam will go", "Zala Ibrahim",
     {"intent": "apology", "owners": [member("Zala Ibrahim")], "representative": "Pam Smith"}),
    ("apols for monday: Pam Smith", M, {"intent": "apology", "owners": [member("Pam Smith")]}),
]  # fmt: skip

THEM: list[Case] = [
    ("the SCR Sub will be at a learning review on friday so apols from all of them for the workshop", "Viv Townsend",
     {"intent": "apology", "owners": [group("SCR Sub")], "meeting": "2015-06-19"}),  # had been the writer's
    ("CDOP will all be at the regional event so apols from all of them for monday", "Anne Harris",
     {"intent": "apology", "owners": [group("CDOP")], "meeting": "2015-05-18"}),
    ("Pam and Jo are both on leave so please send their apologies for monday", M,
     {"intent": "apology", "owners": [member("Pam Smith"), member("Jo Forbes")]}),  # had been asked
    # look-alikes: the one who asked to record them is not away; a place named is not away either
    ("Remley and Marie are both away for the september board — Roger asked me to record their apologies", M,
     {"intent": "apology", "owners": [member("Remley Mann"), member("Marie Hunter")]}),
    ("Sue H and Jo both can't make the workshop, it clashes with the housing summit. Can you note their apologies?", M,
     {"intent": "apology", "owners": [member("Sue Haywood"), member("Jo Forbes")]}),
]  # fmt: skip

IN_THEIR_PLACE: list[Case] = [
    ("Tony's asked me to go to monday's panel instead of him, he's got the Ofsted feedback", "Chris Ballinger",
     {"intent": "apology", "owners": [member("Tony Oakman")], "meeting": "2015-05-18",
      "representative": "Chris Ballinger"}),  # had been nothing
    ("Richard wants me to sit in for him at the workshop", "Sally Holmes",
     {"intent": "apology", "owners": [member("Richard Fisher")], "representative": "Sally Holmes"}),
    ("Mayada's asked if I can sit in for her at the panel on monday, so please put her down as apols with me going "
     "instead", "Karen Jackson",
     {"intent": "apology", "owners": [member("Mayada AbuAffan")], "meeting": "2015-05-18",
      "representative": "Karen Jackson"}),  # had been the writer's
    ("I've been asked to cover for Pam at the July board, she's away that week", "Zala Ibrahim",
     {"intent": "apology", "owners": [member("Pam Smith")], "meeting": "2015-07-10",
      "representative": "Zala Ibrahim"}),
    ("Pam asked me to sit in for Jo at the panel", "Zala Ibrahim",
     {"intent": "apology", "owners": [member("Jo Forbes")], "representative": "Zala Ibrahim"}),
    # look-alikes: work asked of the writer, covering at another body's meeting before a list asked, the writer away
    ("Pam asked me to go to the panel and present the data", "Zala Ibrahim", {"intent": "none"}),
    ("Morning, I'm covering for DI Andy Price at the MASH meeting with Jo on Tuesday. Can you tell me what Andy has "
     "on the tracker?", "Sally Holmes", {"intent": "list_actions", "owners": [unknown("Andy Price")]}),
    ("can't make the july board, tony has asked me to go to a budget thing instead", "Chris Ballinger",
     {"intent": "apology", "representative": None}),
]  # fmt: skip

TOGETHER: list[Case] = [
    ("Mayada and myself will both be at the regional CDOP on Monday so apologies for the panel", "Karen Jackson",
     {"intent": "apology", "owners": [member("Karen Jackson"), member("Mayada AbuAffan")]}),  # had been asked
    ("Sorry - both Annette and me have a clash with the development day. Rachael", "Rachael Doyle",
     {"intent": "apology", "owners": [member("Rachael Doyle"), member("Annette Callear")],
      "meeting": "2015-06-19"}),
    ("Thanks for the invite. Unfortunately neither myself nor Zala can attend the workshop on 19 June.", "Pam Smith",
     {"intent": "apology", "owners": [member("Pam Smith"), member("Zala Ibrahim")],
      "representative": None}),  # Zala had been the stand-in
    ("neither Chris nor I will be at the July board", "Tony Oakman",
     {"intent": "apology", "owners": [member("Tony Oakman"), member("Chris Ballinger")]}),  # had been nothing
    # look-alike: the one named goes for the writer
    ("can't make july - Zala can attend for me", "Pam Smith",
     {"intent": "apology", "owners": [member("Pam Smith")], "representative": "Zala Ibrahim"}),
]  # fmt: skip

WITHDRAWN: list[Case] = [
    ("Tony and I will both attend the September board after all; please remove our apologies.", R,
     {"intent": "withdraw_apology", "owners": [member(R), member("Tony Oakman")]}),  # had been the chair's alone
    ("Chris and I are now free for the workshop on the 19th, so our apologies can be withdrawn.", "Tony Oakman",
     {"intent": "withdraw_apology", "owners": [member("Tony Oakman"), member("Chris Ballinger")]}),
    ("scrap that, marie and i can do the july board now - take our apols off pls", "Annette Callear",
     {"intent": "withdraw_apology", "owners": [member("Annette Callear"), member("Marie Hunter")]}),
    ("remove apols for anne h, mayada and remley for monday - all three are coming now", M,
     {"intent": "withdraw_apology", "owners": [member("Anne Harris"), member("Mayada AbuAffan"),
                                               member("Remley Mann")]}),  # had been Anne's alone
    ("Please withdraw the apologies for Kate McConnell and Viv Townsend for the September board", M,
     {"intent": "withdraw_apology", "owners": [member("Kate McConnell"), member("Viv Townsend")]}),  # had been asked
    ("Good news - the operation has been stood down, so please take Richard's and Sally's apologies off for the "
     "July board.", M,
     {"intent": "withdraw_apology", "owners": [member("Richard Fisher"), member("Sally Holmes")]}),
    ("Remley is feeling better and will be at the panel on monday - please remove their apols", M,
     {"intent": "withdraw_apology", "owners": [member("Remley Mann")]}),
    # look-alikes: one named after the word, one possessive, a body's "their" (asked, never guessed)
    ("withdraw apols for Tony Oakman - monday panel", M,
     {"intent": "withdraw_apology", "owners": [member("Tony Oakman")]}),
    ("take karen jacksons apols off", M, {"intent": "withdraw_apology", "owners": [member("Karen Jackson")]}),
    ("the police have cancelled the op, remove their apols for july", M, {"intent": "withdraw_apology", "owners": []}),
]  # fmt: skip

NOBODY_FROM: list[Case] = [
    ("cant do 10th July, no one else from crc is free either", "Kate McConnell",
     {"intent": "apology", "owners": [agency("Probation – CRC")], "meeting": "2015-07-10"}),  # had been Kate's
    ("nobody from YOS, Housing or Comm Safety at the July board I'm afraid", "Merlin Joseph",
     {"intent": "apology", "owners": [agency("DMBC – YOS"), agency("DMBC – Housing"),
                                      agency("DMBC – Community Safety")]}),  # had been nothing
    ("nobody from housing or fire can make the workshop unfortunately", M,
     {"intent": "apology", "owners": [agency("DMBC – Housing"), agency("West Midlands Fire Service")]}),
    ("I'm afraid I shall not be at the September board, and neither will Tony. Merlin has agreed to chair in my "
     "absence.", R,
     {"intent": "apology", "owners": [member(R), member("Tony Oakman")],
      "representative": "Merlin Joseph"}),  # had been an action of Merlin's
    ("I can't make monday, nor can Jo", "Pam Smith",
     {"intent": "apology", "owners": [member("Pam Smith"), member("Jo Forbes")]}),
    ("Trust apologies for the July board please - no one from our safeguarding team free that day", "Tabetha Darman",
     {"intent": "apology", "owners": [agency("BCPFT")]}),  # had been the writer's
    # look-alikes: nobody free to stand in, the agency's apologies from its member with nobody else named
    ("apologies for the july board - nobody from CRC is available to cover", "Kate McConnell",
     {"intent": "apology", "owners": [member("Kate McConnell")]}),
    ("Trust apologies for the July board please", "Tabetha Darman",
     {"intent": "apology", "owners": [member("Tabetha Darman")]}),
]  # fmt: skip

FOR_SOMEONE: list[Case] = [
    ("add this one for Roger: housing to check every placement has a named lead, by end of June", M,
     {"intent": "record_action", "owners": [agency("DMBC – Housing")], "due": "2015-06-30",
      "on_behalf_of": R}),  # had been the chair's
    ("add this for Roger - police to share the CSE data by end of june", M,
     {"intent": "record_action", "owners": [agency("West Midlands Police")], "on_behalf_of": R}),
    # look-alikes: asked for a member of the body named, who answers for it
    ("action for jo f - housing to map the placements by july", M,
     {"intent": "record_action", "owners": [member("Jo Forbes")]}),
    ("action for richard - police to share the data by july", M,
     {"intent": "record_action", "owners": [member("Richard Fisher")]}),
]  # fmt: skip

LISTS: list[Case] = [
    ("whats outstanding for me, Roger?", "Pam Smith",
     {"intent": "list_actions", "owners": [member("Pam Smith")]}),  # had added Roger
    ("what does CDOP have open at the moment, Mayada?", "Pam Smith",
     {"intent": "list_actions", "owners": [group("CDOP")]}),  # had added Mayada
    ("overdue ones for all members please, i'll do the chasing", M,
     {"intent": "list_actions", "owners": [group("all members")]}),  # had been an action "Do the chasing"
    ("overdue ones for the police please, i'll chase them", M,
     {"intent": "list_actions", "owners": [agency("West Midlands Police")]}),
    ("send list of open actions across the whole board please, for my meeting with Merlin", R,
     {"intent": "list_actions", "owners": []}),  # had been the chair's own list
    ("please list every open action on the board for my review with Tony", R,
     {"intent": "list_actions", "owners": []}),  # had been Tony's
    ("Before I chair the SCR sub next week, could you send me the sub group's open actions?", "Anne Harris",
     {"intent": "list_actions", "owners": [group("SCR Sub")]}),  # had added the chair
    ("before I cover for Jo at the panel, what does housing have open?", "Anne Harris",
     {"intent": "list_actions", "owners": [agency("DMBC – Housing")]}),  # had been the panel's details
    # look-alikes: a list of several, a plan to record, a board-wide list for a body, the chair's own
    ("what's open for me, viv and the police", "Pam Smith",
     {"intent": "list_actions", "owners": [member("Pam Smith"), member("Viv Townsend"),
                                           agency("West Midlands Police")]}),
    ("note for the tracker: I'll draft the CSE comms plan w/ karen p, end of next month", "Pam Smith",
     {"intent": "record_action", "owners": [member("Pam Smith")], "due": "2015-06-30"}),
    ("what does the chair have open?", "Anne Harris", {"intent": "list_actions", "owners": [member(R)]}),
    ("what's open across the board for the police", R,
     {"intent": "list_actions", "owners": [agency("West Midlands Police")]}),
    ("Could I see all the open actions across the board ahead of my 1:1 with Tony? Thanks", R,
     {"intent": "list_actions", "owners": []}),
]  # fmt: skip

DATES_AND_EDITS: list[Case] = [
    ("Marie to remind the primary heads about the s175 deadline by half term", M,
     {"intent": "record_action", "due": "2015-05-22"}),  # had no date
    ("Could A-33 move to half term? Heads are snowed under with SATs.", "Marie Hunter",
     {"intent": "change_due", "ref": "A-33", "due": "2015-05-22"}),
    ("Marie to send the audit tool round before the october half term", M,
     {"intent": "record_action", "due": "2015-10-23"}),
    ("first thing monday - rich to send the CSE problem profile round to panel members", "Sally Holmes",
     {"intent": "record_action", "owners": [member("Richard Fisher")], "due": "2015-05-18"}),
    ("a-2 went past its 30 april date, sign off meeting got cancelled - end of the month ok?", "Pam Smith",
     {"intent": "change_due", "ref": "A-2", "due": "2015-05-31"}),  # had been dropped
    ("re action 44 - the data won't be validated until the provider's return comes in, so realistically end of next "
     "week rather than today. Thanks, Pam", "Pam Smith",
     {"intent": "change_due", "ref": "A-44", "due": "2015-05-22"}),
    ("Sally's finished action 14 - she asked me to let you know", "Richard Fisher",
     {"intent": "complete_action", "ref": "A-14", "on_behalf_of": "Sally Holmes"}),  # had been Sally's list
    ("Halesowen C of E Primary have started their s175, should be in by half term", "Marie Hunter",
     {"intent": "audit_update", "audit": {"type": "S175", "subject": "Halesowen C of E Primary",
                                          "status": "in_progress"}}),  # had been an action of "Halesowen C"
    ("a-68 would 10 june work? the college inset day was cancelled", "Remley Mann",
     {"intent": "change_due", "ref": "A-68", "due": "2015-06-10"}),  # had been dropped
    ("a-14 end of the month ok? the landlord forum got cancelled so i havent had the chance to raise it", "Jo Forbes",
     {"intent": "change_due", "ref": "A-14", "due": "2015-05-31"}),  # had been dropped
    ("hi, would in two weeks be ok for a-48? the managers network was cancelled this month", "Annette Callear",
     {"intent": "change_due", "ref": "A-48", "due": "2015-05-29"}),
    ("any chance action 26 could be end of next month? heads conference is off till june", "Marie Hunter",
     {"intent": "change_due", "ref": "A-26", "due": "2015-06-30"}),
    # look-alikes: the action itself called off, a drop asked after an event called off, news of one; "half term"
    # said without a date meant
    ("a-14 was cancelled by the board", M, {"intent": "drop_action", "ref": "A-14"}),
    ("can a-4 be cancelled? the funding's gone", M, {"intent": "drop_action", "ref": "A-4"}),
    ("the training was cancelled so A-4 can be dropped", M, {"intent": "drop_action", "ref": "A-4"}),
    ("A-9: the launch event was cancelled", M, {"intent": "add_update", "ref": "A-9"}),
    ("half term is a busy time", "Marie Hunter", {"intent": "none"}),
]  # fmt: skip

ASKED_HOW_OR_NOTHING: list[Case] = [
    ("can I update an action by email or only in here?", "Julie Winpenny", {"intent": "help"}),  # had been a list
    ("is there a way to see the full history of an action?", "Julie Winpenny", {"intent": "help"}),
    ("rich says he'll pick up the CSE data thing himself, no need to log anything", "Sally Holmes",
     {"intent": "none"}),  # had been an action of Richard's
]  # fmt: skip

ALL = [
    *(("apology-lists", *c) for c in APOLOGY_LISTS),
    *(("them", *c) for c in THEM),
    *(("in-their-place", *c) for c in IN_THEIR_PLACE),
    *(("together", *c) for c in TOGETHER),
    *(("withdrawn", *c) for c in WITHDRAWN),
    *(("nobody-from", *c) for c in NOBODY_FROM),
    *(("for-someone", *c) for c in FOR_SOMEONE),
    *(("lists", *c) for c in LISTS),
    *(("dates-and-edits", *c) for c in DATES_AND_EDITS),
    *(("asked-how-or-nothing", *c) for c in ASKED_HOW_OR_NOTHING),
]  # fmt: skip


@pytest.mark.parametrize(("group_", "text", "writer", "expected"), ALL, ids=[f"{c[0]}:{c[1][:40]}" for c in ALL])
def test_thirty_eighth_round_wording(
    snapshot: Snapshot, group_: str, text: str, writer: str, expected: dict[str, Any]
) -> None:
    check(parse(snapshot, text, writer), expected)


@pytest.mark.parametrize("season", ["may", "october", "feb"])
def test_half_term_is_the_friday_before_it_begins(snapshot: Snapshot, season: str) -> None:
    """England's usual half terms (the week of the late May bank holiday, the last week of October, the third week
    of February): "by <season> half term" is the working day before the week begins, never inside it."""
    due = parse(snapshot, f"Pam to send the audit by {season} half term", M)["due"]
    assert due is not None and dt.date.fromisoformat(due).weekday() == 4, due


def test_a_list_of_apologies_with_a_name_nobody_holds_never_drops_it_silently(snapshot: Snapshot) -> None:
    """Every name of a list is read: one not on the roster is asked about, never left out or guessed."""
    got = parse(snapshot, "apols for july: Pam Smith, Zala Ibrahim, Gary Lintern", M)
    assert {o["name"] for o in got["owners"]} == {"Pam Smith", "Zala Ibrahim", "Gary Lintern"}, got
