"""Understanding the thirty-ninth round's classes, most from sets written about apologies told as a story, others
away "too", new dates asked before the action, dictated references and work passed on: "Round-up of apologies for
the September board: Pam is on annual leave, Julie has an inspection …" is each of theirs (never the writer's);
"Helen also can't make it", "ditto remley", "Karen P can't come either" add them to the writer's apology; "would the
29th be ok for a-12?" moves A-12 (never only a look at it); "a 21 to go to end of june" is A-21 as a phone writes it;
"Pam asked if I could put an action in for her – …" is Pam's (never the writer's list); "Martine, could you pull off
Jo's open actions before I see her on Thursday?" is Jo's list (never an action of Martine's); "apols from tabbie …"
asks who tabbie is (never the writer's); "… Also did my apols for March ever get logged" leaves the action asked for
first; "I'll sit in for Julie at the panel on monday" is Julie's apology with the writer standing in; "lol no
worries, I'll chase him" records nothing.

Every case is invented here (not copied from a corpus), several to a class. A wrong owner is worse than a question:
the look-alikes check that a rule stays away from wordings that only look like its own.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.understanding.snapshot import Snapshot
from tests.conftest import seed_snapshot
from tests.understanding_cases import Case, M, agency, check, member, parse, unknown


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    return seed_snapshot(tmp_path_factory.mktemp("understanding-thirty-ninth-round"))


R = "Roger Clayton"  # the chair
T = "Tony Oakman"
# SEED_NOW is Friday 15 May 2015; boards 10 July and 11 September, the workshop 19 June, the audit panel Monday 18 May.
STORIES: list[Case] = [
    ("Round-up of apologies for the September board: Pam is on annual leave, Julie has an inspection and Remley is "
     "at a college event.", M,
     {"intent": "apology", "owners": [member("Pam Smith"), member("Julie Winpenny"), member("Remley Mann")],
      "meeting": "2015-09-11"}),  # had been the writer's
    ("Loads of apols coming in for Monday: Anne's at a conference, Richard is on leave and Jo has a tribunal", M,
     {"intent": "apology", "owners": [member("Anne Harris"), member("Richard Fisher"), member("Jo Forbes")],
      "meeting": "2015-05-18"}),  # had been nothing
    ("apols for the 10th from me - Mayada is away that week, Zala too", "Pam Smith",
     {"intent": "apology", "owners": [member("Pam Smith"), member("Mayada AbuAffan"), member("Zala Ibrahim")],
      "meeting": "2015-07-10"}),
    ("my apologies for the workshop: Tony is off, Chris as well", "Merlin Joseph",
     {"intent": "apology", "owners": [member("Merlin Joseph"), member("Tony Oakman"), member("Chris Ballinger")]}),
    ("Sorry to say two of us from the police can't come to the July board: Richard's on a course and I have a trial",
     "Sally Holmes",
     {"intent": "apology", "owners": [member("Richard Fisher"), member("Sally Holmes")], "meeting": "2015-07-10"}),
    ("fire apols for july board. Julie's on leave and i'm at the regional review too. Station manager Dean Pritchard "
     "will come instead", "Chris Ballinger",
     {"intent": "apology", "owners": [member("Julie Winpenny"), member("Chris Ballinger")]}),
    ("apologies for monday. Sally is going instead", "Richard Fisher",
     {"intent": "apology", "owners": [member("Richard Fisher")], "representative": "Sally Holmes"}),
    # look-alikes: the writer's plan after the list is never an apology of theirs; a count of apologies asks
    ("apologies for July: Mayada is off, I will chase the others", M,
     {"intent": "apology", "owners": [member("Mayada AbuAffan")]}),  # had been the writer's
    ("are we quorate for july? feels like lots of apols", M, {"intent": "meeting_info"}),
]  # fmt: skip

AWAY_TOO: list[Case] = [
    ("Hi Martine, apologies from me for the panel on Monday. Helen also can't make it, she's got a tribunal. Mike "
     "will be there though.", "Merlin Joseph",
     {"intent": "apology", "owners": [member("Merlin Joseph"), member("Helen Ellis")], "meeting": "2015-05-18"}),
    ("can't make the workshop sorry, Karen P can't come either", "Jassi Broadmeadow",
     {"intent": "apology", "owners": [member("Jassi Broadmeadow"), member("Karen Palk")]}),
    ("cant do monday. ditto remley, hes at an open evening", "Annette Callear",
     {"intent": "apology", "owners": [member("Annette Callear"), member("Remley Mann")]}),
    ("police apols for 10 july. same for Sally she said", "Richard Fisher",
     {"intent": "apology", "owners": [member("Richard Fisher"), member("Sally Holmes")]}),  # had been Sally's alone
    ("Apologies from me for the July board as I'm away. Also passing on apologies from Kate", "Viv Townsend",
     {"intent": "apology", "owners": [member("Viv Townsend"), member("Kate McConnell")]}),
    ("Apologies for the workshop please from Dave Porter (our trustee) and from me too", "Nicki Burrows",
     {"intent": "apology", "owners": [unknown("Dave Porter"), member("Nicki Burrows")]}),
    ("cant make the july board sorry, jo f also can't come. chris is going tho", T,
     {"intent": "apology", "owners": [member("Jo Forbes"), member("Tony Oakman")],
      "representative": "Chris Ballinger"}),
    ("cant do mon. helen can't make it either, she's on an interview panel", "Mike Galikowski",
     {"intent": "apology", "owners": [member("Helen Ellis"), member("Mike Galikowski")]}),
    ("I can't make the board, and neither can Merlin as he's presenting with me", "Jassi Broadmeadow",
     {"intent": "apology", "owners": [member("Merlin Joseph"), member("Jassi Broadmeadow")]}),
    ("Sorry Martine - Viv's been pulled into a MAPPA meeting on monday and I'm in court, so neither of us will get "
     "to the panel", "Kate McConnell",
     {"intent": "apology", "owners": [member("Kate McConnell"), member("Viv Townsend")], "meeting": "2015-05-18"}),
    ("neither of us can make the 18th - Helen has interviews and I'm at a conference", "Mike Galikowski",
     {"intent": "apology", "owners": [member("Mike Galikowski"), member("Helen Ellis")]}),  # had been nothing
    ("neither of us can do the 3rd draft", "Mike Galikowski", {"intent": "none"}),  # work, never a meeting
    ("Sending apologies for the workshop on behalf of Rachael, Marie and Annette", M,
     {"intent": "apology", "owners": [member("Rachael Doyle"), member("Marie Hunter"), member("Annette Callear")]}),
    ("good news, I can make the workshop after all. Julie too, her inspection moved", "Chris Ballinger",
     {"intent": "withdraw_apology", "owners": [member("Chris Ballinger"), member("Julie Winpenny")]}),
    ("Viv and Kate's training day has been cancelled so they can both make the july board, take their apols off",
     M, {"intent": "withdraw_apology", "owners": [member("Viv Townsend"), member("Kate McConnell")]}),
    ("the SCR sub has moved so Julie, Chris and Remley can all make the development day after all", M,
     {"intent": "withdraw_apology", "owners": [member("Julie Winpenny"), member("Chris Ballinger"),
                                               member("Remley Mann")], "meeting": "2015-06-19"}),
    ("CDOP got moved, so Karen J and I will both be at monday's panel. pls remove our apologies", "Mayada AbuAffan",
     {"intent": "withdraw_apology", "owners": [member("Karen Jackson"), member("Mayada AbuAffan")]}),
    ("please take Pam's apologies for July off as well as mine", "Zala Ibrahim",
     {"intent": "withdraw_apology", "owners": [member("Pam Smith"), member("Zala Ibrahim")]}),
    # look-alikes: whoever is coming or stands in is never away
    ("apols for july, I'm away - Pam will go too", "Zala Ibrahim",
     {"intent": "apology", "owners": [member("Zala Ibrahim")], "representative": "Pam Smith"}),
    ("cant do mon. helen is presenting too", "Mike Galikowski",
     {"intent": "apology", "owners": [member("Mike Galikowski")]}),
    ("Can't do Monday I'm afraid. Pam's on leave too so no health rep", "Zala Ibrahim",
     {"intent": "apology", "owners": [member("Zala Ibrahim")]}),  # a colleague's leave noted, never her apology
    ("cant do mon. helen is stuck on an interview panel too", M, {"intent": "apology", "owners": [member(M)]}),
    ("cafcass apols for july - nicola on leave and no one else free", M,
     {"intent": "apology", "owners": [member("Nicola Campbell")]}),
]  # fmt: skip

DATE_FIRST: list[Case] = [
    ("would the 29th be ok for a-12?", T, {"intent": "change_due", "due": "2015-05-29", "ref": "A-12"}),
    ("end of june for action 40? still waiting on the data", T,
     {"intent": "change_due", "due": "2015-06-30", "ref": "A-40"}),
    ("the workshop instead for #17?", T, {"intent": "change_due", "due": "2015-06-19", "ref": "A-17"}),
    ("Mid June - would that be acceptable for A-8?", T, {"intent": "change_due", "due": "2015-06-15", "ref": "A-8"}),
    ("tues 9th june ok for a-3? I'm at the SCR panel all next week", T,
     {"intent": "change_due", "due": "2015-06-09", "ref": "A-3"}),
    ("a-11 - by the 1st instead?", T, {"intent": "change_due", "due": "2015-06-01", "ref": "A-11"}),
    # look-alikes: questions about the action's date are a look at it
    ("is the 29th the deadline for a-12?", T, {"intent": "show_action", "ref": "A-12"}),
    ("was the 29th ok for a-12?", T, {"intent": "show_action", "ref": "A-12"}),
    ("any news for a-12?", T, {"intent": "show_action", "ref": "A-12"}),
]  # fmt: skip

OLD_DATES_AND_ASAP: list[Case] = [
    ("Jo to send the housing data - was due 30 april so asap now please", M,
     {"intent": "record_action", "owners": [member("Jo Forbes")], "due": None, "asap": True,
      "task": "Send the housing data"}),  # had been due 30 April, already past
    ("Viv to share the MAPPA figures, it was meant to be by 30 April so asap really", M,
     {"intent": "record_action", "due": None, "asap": True, "task": "Share the MAPPA figures"}),
    ("Chris B to get the MASH review to the chair asap and no later than the july board", M,
     {"intent": "record_action", "due": "2015-07-10", "asap": True, "task": "Get the MASH review to the chair"}),
    ("Pam to send the audit asap, by friday at the latest", M, {"due": "2015-05-22", "asap": True}),
    # look-alikes: a past date alone is still the one written (the conversation asks about it); "was" in the work
    ("Jo to send the housing data, was due 30 april", M, {"due": "2015-04-30", "task": "Send the housing data"}),
    ("Pam to check what was done in april by friday", M,
     {"due": "2015-05-22", "asap": False, "task": "Check what was done in april"}),
]  # fmt: skip

DICTATED: list[Case] = [
    ("a 21 to go to end of june please", T, {"intent": "change_due", "due": "2015-06-30", "ref": "A-21"}),
    ("who has a 44", T, {"intent": "show_action", "ref": "A-44"}),
    ("a 16 all done now thanks", T, {"intent": "complete_action", "ref": "A-16"}),
    ("a 33 the police have agreed the protocol", T, {"intent": "add_update", "ref": "A-33"}),
    ("the police section eleven went off this morning", "Sally Holmes",
     {"intent": "audit_update", "audit": {"type": "S11", "subject": "West Midlands Police", "status": "complete"}}),
    ("what does mayada abu a fan have open", "Karen Jackson",
     {"intent": "list_actions", "owners": [unknown("mayada abu a fan", "Mayada AbuAffan")]}),  # had been Mayada's
    ("apologies from mayada abu a fan for monday", "Karen Jackson",
     {"intent": "apology", "owners": [unknown("mayada abu a fan", "Mayada AbuAffan")]}),
    # look-alikes: a quantity is never a reference; a plan going off track is no return
    ("we need a 2 week extension on the audit", T, {"ref": None}),
    ("a 5 point plan for the board please", T, {"ref": None}),
    ("can I have a 10 minute slot at the board", T, {"ref": None}),
    ("the police s11 went off track", "Sally Holmes", {"intent": "none"}),
]  # fmt: skip

PASSED_ON: list[Case] = [
    ("Pam asked if I could put an action in for her - chase the GP leads for the audit by end of June",
     "Zala Ibrahim", {"intent": "record_action", "owners": [member("Pam Smith")], "due": "2015-06-30"}),
    ("helen asked me to log that she is going to review the missing protocol by the July board", T,
     {"intent": "record_action", "owners": [member("Helen Ellis")], "due": "2015-07-10"}),
    ("Roger asked me to record this for him: he'll write to the lead member before the September board", M,
     {"intent": "record_action", "owners": [member("Roger Clayton")]}),
    ("Pam asked what's outstanding for her and Zala - can you list them?", "Karen Jackson",
     {"intent": "list_actions", "owners": [member("Pam Smith"), member("Zala Ibrahim")]}),
    ("Jo's covering for me till mid June so can the new one go on her - housing audit of temporary placements, end "
     "of June", "Pam Smith", {"intent": "record_action", "owners": [member("Jo Forbes")], "due": "2015-06-30"}),
    ("I'm handing the CSE work to Sally when I leave in June, so please put this one on her rather than me: review "
     "of the CSE profile, end of June", "Richard Fisher",
     {"intent": "record_action", "owners": [member("Sally Holmes")], "due": "2015-06-30"}),
    ("Tabetha emailed asking me to add one for her - camhs waiting times to come back by end of next month", M,
     {"intent": "record_action", "owners": [member("Tabetha Darman")], "due": "2015-06-30"}),
    ("Viv asked me to pop this on the tracker for her - she's going to chase the MAPPA figures, mid june", M,
     {"intent": "record_action", "owners": [member("Viv Townsend")], "due": "2015-06-15"}),
    # look-alikes: two people named before "her" is asked; news of work done is not work to record
    ("Jo and Pam are both off in June so can the new one go on her - housing audit, end of June", M,
     {"owners": []}),
    ("Pam asked me to note that she has sent the data", T, {"intent": "none"}),
]  # fmt: skip

REASSIGNED: list[Case] = [
    ("jo f has taken over a-48 from chris", T, {"intent": "reassign", "owners": [member("Jo Forbes")], "ref": "A-48"}),
    ("I'm leaving at the end of the month - can a-7 go to my replacement Gemma Price? she starts in june",
     "Zala Ibrahim", {"intent": "reassign", "owners": [unknown("Gemma Price")], "ref": "A-7"}),  # had been a look
    ("Dear Martine,\n\nWith Jassi now covering the safeguarding unit, could action 17 be transferred from me to "
     "her?\n\nMany thanks,\nKaren Palk", "Karen Palk",
     {"intent": "reassign", "owners": [member("Jassi Broadmeadow")], "ref": "A-17"}),  # had been a look at A-17
    # look-alike: a phone picked up is no action taken over
    ("Jo has picked up the phone about a-48", T, {"intent": "none", "ref": "A-48"}),
]  # fmt: skip

NEWS_NOT_EDITS: list[Case] = [
    ("take off the police apols for monday, i'm back from the course in time", "Richard Fisher",
     {"intent": "withdraw_apology", "owners": [member("Richard Fisher")]}),  # had been an apology
    ("my apols for the workshop can go, I'm coming", "Richard Fisher",
     {"intent": "withdraw_apology", "owners": [member("Richard Fisher")]}),
    ("action 42 – the launch is postponed not cancelled, we're looking at autumn dates", T,
     {"intent": "add_update", "ref": "A-42"}),  # had been dropped
    ("action 26: met the police MASH lead tuesday, agreed the referral form changes", T,
     {"intent": "add_update", "ref": "A-26", "due": None}),  # had moved A-26 to Tuesday
    ("#44 half the youth centres done now", T, {"intent": "add_update", "ref": "A-44"}),  # had been closed
    ("Zala will carry on with A-31 from now on, can you change the owner from me to her", "Pam Smith",
     {"intent": "reassign", "owners": [member("Zala Ibrahim")], "ref": "A-31"}),  # had been a new action
    ("put one on me - chase the schools that havent started their s175, monday", "Marie Hunter",
     {"intent": "record_action", "owners": [member("Marie Hunter")], "due": "2015-05-18"}),  # had been an audit
    ("cheers, will chase mike about the YOS bit", "Richard Fisher", {"intent": "none"}),  # had been "cheers"'s
    ("Thanks Roger, I'll pick that up with Merlin offline.", "Richard Fisher", {"intent": "none"}),
    ("Roger has asked me to remind everyone that papers for the July board go out on 26 June", M,
     {"intent": "none"}),  # had been an action of the manager's
    # look-alikes: a date moved, an action dropped, a task to remind, apologies kept on record
    ("can we change a-26 to tuesday", T, {"intent": "change_due", "due": "2015-05-19", "ref": "A-26"}),
    ("scrap a-42, the launch was cancelled", T, {"intent": "drop_action", "ref": "A-42"}),
    ("Pam to remind everyone to send their S11 by friday", M,
     {"intent": "record_action", "owners": [member("Pam Smith")], "due": "2015-05-22"}),
    ("my apologies for the workshop can go on record", "Richard Fisher", {"intent": "apology"}),
]  # fmt: skip

LISTS: list[Case] = [
    ("Martine, could you pull off Jo's open actions before I see her on Thursday? Roger", R,
     {"intent": "list_actions", "owners": [member("Jo Forbes")]}),  # had been an action of Martine's
    ("Martine, can you print off the fire service actions before Tuesday", R,
     {"intent": "list_actions", "owners": [agency("West Midlands Fire Service")]}),
    ("could you pull together Mayada's open actions please", R,
     {"intent": "list_actions", "owners": [member("Mayada AbuAffan")]}),  # had been "together Mayada", asked
    # look-alike: work asked of the manager is hers
    ("Martine can you pull together the fire figures before tuesday", R,
     {"intent": "record_action", "owners": [member("Martine McFadden")]}),
]  # fmt: skip

APOLOGIES_ASKED_ABOUT: list[Case] = [
    ("also did my apologies for the workshop get recorded - just checking", "Tabetha Darman",
     {"intent": "meeting_info"}),
    ("did my apols for monday go through", "Tabetha Darman", {"intent": "meeting_info"}),
    ("could you add an action for Jo Forbes to bring the housing figures to the July board? Also did my apols for "
     "March ever get logged", "Tabetha Darman",
     {"intent": "record_action", "owners": [member("Jo Forbes")], "due": "2015-07-10"}),  # had been an apology
    ("apols from tabbie for the july board, she's sending her deputy Lisa Grainger", "Jassi Broadmeadow",
     {"intent": "apology", "owners": [unknown("tabbie")]}),  # had been the writer's
    ("apologies from Bob for monday", M, {"intent": "apology", "owners": [unknown("Bob")]}),
    ("Apologies from the CRC for July, nobody senior enough available", "Kate McConnell",
     {"intent": "apology", "owners": [agency("Probation – CRC")]}),  # had been the writer's
    ("Apologies from the CRC for July, nobody will be available", "Kate McConnell",
     {"intent": "apology", "owners": [agency("Probation – CRC")]}),
]  # fmt: skip

STANDING_IN_AND_AFTER_ALL: list[Case] = [
    ("I'll sit in for Julie at the panel on monday", "Chris Ballinger",
     {"intent": "apology", "owners": [member("Julie Winpenny")], "representative": "Chris Ballinger"}),
    ("I will cover for Pam at the September board", "Zala Ibrahim",
     {"intent": "apology", "owners": [member("Pam Smith")], "representative": "Zala Ibrahim"}),
    ("i can do the 10th july now, the inspection got moved", "Marie Hunter",
     {"intent": "withdraw_apology", "owners": [member("Marie Hunter")], "meeting": "2015-07-10"}),
    ("no worries, I'll chase her", "Marie Hunter", {"intent": "none"}),  # had been an action "Chase her"
    ("ok I'll sort it", "Marie Hunter", {"intent": "none"}),
    ("same for me and annette re the workshop 🙁", "Marie Hunter", {"intent": "none"}),  # had been an action
    # look-alikes: cover while someone is away, a draft to do, work with its own object
    ("I'll cover for Jo while she's on leave", "Karen Jackson", {"intent": "none"}),
    ("i can do the 3rd draft now", "Marie Hunter", {"intent": "record_action"}),
    ("I'll chase Jo for the figures by friday", "Marie Hunter",
     {"intent": "record_action", "owners": [member("Marie Hunter")], "due": "2015-05-22"}),
]  # fmt: skip

ALL = [
    *(("stories", *c) for c in STORIES),
    *(("away-too", *c) for c in AWAY_TOO),
    *(("date-first", *c) for c in DATE_FIRST),
    *(("old-dates-and-asap", *c) for c in OLD_DATES_AND_ASAP),
    *(("dictated", *c) for c in DICTATED),
    *(("passed-on", *c) for c in PASSED_ON),
    *(("reassigned", *c) for c in REASSIGNED),
    *(("news-not-edits", *c) for c in NEWS_NOT_EDITS),
    *(("lists", *c) for c in LISTS),
    *(("apologies-asked-about", *c) for c in APOLOGIES_ASKED_ABOUT),
    *(("standing-in-and-after-all", *c) for c in STANDING_IN_AND_AFTER_ALL),
]  # fmt: skip


@pytest.mark.parametrize(("group_", "text", "writer", "expected"), ALL, ids=[f"{c[0]}:{c[1][:40]}" for c in ALL])
def test_thirty_ninth_round_wording(
    snapshot: Snapshot, group_: str, text: str, writer: str, expected: dict[str, Any]
) -> None:
    check(parse(snapshot, text, writer), expected)


def test_others_away_too_are_never_the_one_standing_in(snapshot: Snapshot) -> None:
    """Whoever the message says will go in someone's place is never added as away, however "too" is said."""
    got = parse(snapshot, "apols for the workshop from me, Helen too - Mike will cover for both of us", "Jo Forbes")
    names = {o["name"] for o in got["owners"]}
    assert names == {"Jo Forbes", "Helen Ellis"} and got["representative"] == "Mike Galikowski", got


def test_a_name_added_as_away_too_that_nobody_holds_is_asked_about(snapshot: Snapshot) -> None:
    """A name the roster does not hold is an unknown owner (asked about), never dropped or guessed."""
    got = parse(snapshot, "can't do the july board sorry, Gary Lintern can't come either", "Tony Oakman")
    assert {(o["kind"], o["name"]) for o in got["owners"]} == {("member", "Tony Oakman"), ("unknown", "Gary Lintern")}
