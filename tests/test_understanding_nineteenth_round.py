"""Understanding the nineteenth round's classes: a bare number where an action's reference stands ("need another
week on 5", "23 to the crc pls", "whos on 28") read as that reference only when it then reads as an edit; lists for
several agencies joined ("list for housing and yos"); a date written as missed ("won't be done by the 29th") never
taken as the new one, nor a date said not to be ("for the workshop, not the July board"); "12 months of data" is no
shift; news opened with "Regarding A-57, …" stays news; an S175 reminder is no return; apologies sent with no
meeting named ask which one; which channel to use asked ("can I send apologies through this or do I email
Martine?"); "a fortnight on Monday".

Every case is invented here (not copied from a corpus), several to a class. A wrong owner is worse than a question:
the look-alikes check that a rule stays away from wordings that only look like its own.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.understanding.bare_references import with_bare_reference
from bot.understanding.snapshot import Snapshot
from tests.conftest import seed_snapshot
from tests.understanding_cases import Case, M, agency, check, group, member, parse

R = "Roger Clayton"


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    return seed_snapshot(tmp_path_factory.mktemp("understanding-nineteenth-round"))


# SEED_NOW is Friday 15 May 2015; boards 10 July and 11 September, the workshop 19 June, the audit panel Monday 18 May.
BARE_NUMBERS: list[Case] = [
    ("could do with another fortnight on 7 sorry", "Jo Forbes", {"ref": "A-7", "shift_days": 14}),
    ("44 needs another week tbh", "Jo Forbes", {"intent": "change_due", "ref": "A-44", "shift_days": 7}),
    ("can 36 slide a month?", "Jo Forbes", {"intent": "change_due", "ref": "A-36", "shift_days": 30}),
    ("who's got 41 now", M, {"intent": "show_action", "ref": "A-41"}),
    ("wot is 12 about again", M, {"intent": "show_action", "ref": "A-12"}),
    ("16 complete. ta everyone", "Jo Forbes", {"intent": "complete_action", "ref": "A-16"}),
    ("right 38 is finished now, report sent", "Jo Forbes", {"intent": "complete_action", "ref": "A-38"}),
    ("19 to cafcass pls, nicola's team have it", M, {"intent": "reassign", "ref": "A-19",
                                                      "owners": [agency("Cafcass")]}),
    ("merlin wants 24 taking off, superseded by the new strategy", M, {"intent": "drop_action", "ref": "A-24"}),
    ("52: draft is with legal for comment", "Jo Forbes", {"intent": "add_update", "ref": "A-52",
                                                          "note": "draft is with legal for comment"}),
]  # fmt: skip
# A number that counts, dates, times or labels something stays a number.
NOT_REFERENCES: list[Case] = [
    ("12 done so far, 4 left", "Marie Hunter", {"intent": "none"}),
    ("28 done out of 40 schools", "Marie Hunter", {"intent": "none"}),
    ("can you book room 3 for the vcsg", M, {"intent": "none"}),
    ("we had 36 referrals last month", M, {"intent": "none"}),
    ("Can you note that Jo Forbes is off on leave until Wednesday 27 May?", "Pam Smith", {"ref": None}),
    ("move 22 to the 29th", M, {"guessed": True}),  # perhaps the 22nd moved: never a reference assumed
    ("can do 12", M, {"intent": "none"}),
    ("12 on the list now", M, {"owners": []}),  # never an unknown person called "12 on the"
]  # fmt: skip
LISTS: list[Case] = [
    ("list for housing and yos", "Jo Forbes", {"intent": "list_actions",
                                               "owners": [agency("DMBC – Housing"), agency("DMBC – YOS")]}),
    ("list for cafcass, crc and the police pls", M, {
        "owners": [agency("Cafcass"), agency("Probation – CRC"), agency("West Midlands Police")]}),
    ("pull up a-60 for me, roger wants the wording", M, {"intent": "show_action", "ref": "A-60"}),
    ("Could I have a list of the CDOP actions please, I want to go through them at our meeting on 2 June", M,
     {"intent": "list_actions"}),
]  # fmt: skip
DATES: list[Case] = [
    ("a-31 wont be done by the 29th, still waiting on the gp data", "Jo Forbes",
     {"intent": "add_update", "ref": "A-31"}),
    ("A-9 can't be finished by friday - the data is late", "Jo Forbes", {"intent": "add_update", "ref": "A-9"}),
    ("A-31 will not be ready by the 29th", "Jo Forbes", {"intent": "add_update", "due": None}),  # missed, not new
    ("Martine, A-38 won't be ready till w/c 22 june sorry", "Jo Forbes", {"intent": "change_due", "due": "2015-06-22"}),
    ("Roger here - A-16 should now be due for the workshop, not the July board", R,
     {"intent": "change_due", "due": "2015-06-19"}),
    ("move A-16 to the workshop instead of the july board", R, {"intent": "change_due", "due": "2015-06-19"}),
    ("A-8 - PPU have pulled 12 months of missing episodes, analysis under way.", "Richard Fisher",
     {"intent": "add_update", "shift_days": None}),
    ("A-26 - revised date 31 July please, we're waiting on the national guidance", "Helen Ellis",
     {"intent": "change_due", "due": "2015-07-31"}),
    ("can no. 44 be due a fortnight on monday instead", M, {"intent": "change_due", "due": "2015-06-01"}),
    ("rich to get the profile to the vcsg, fortnight today", M, {"due": "2015-05-29"}),
]  # fmt: skip
NEWS: list[Case] = [
    ("Regarding A-57, the data request has gone to all the neighbouring panels and we expect returns in August.",
     "Mayada AbuAffan", {"intent": "add_update", "ref": "A-57"}),
    ("With regard to action no. 47, the pathway has been shared with all practices. I will report the uptake "
     "figures at the September board.", "Su Vincent", {"intent": "add_update", "ref": "A-47"}),
    ("A-16 complete (finally!!) - the protocol was signed off at VCSG", "Helen Ellis",
     {"intent": "complete_action", "ref": "A-16"}),
    ("A-60 - who added this one and why is my name on it", "Helen Ellis", {"ref": "A-60", "note": None}),
    ("Marie has sent the S175 reminder to all heads", M, {"intent": "none"}),
    ("Dear colleagues, after 28 years I will be retiring at the end of September. Best wishes, Julie",
     "Julie Winpenny", {"intent": "none"}),
]  # fmt: skip
APOLOGIES_AND_HELP: list[Case] = [
    ("Please send my apologies, I have a strategy meeting that can't be moved.", "Anne Harris",
     {"intent": "apology", "owners": [member("Anne Harris")], "meeting": None}),  # which meeting is asked
    ("apologies from me please, I'm at a conference all day", "Anne Harris", {"intent": "apology", "meeting": None}),
    ("apols, I'm at a MAPPA meeting on the 19th", "Anne Harris", {"intent": "apology", "meeting": "2015-06-19"}),
    ("hi, can i send apologies thru this or do i still email martine?", "Jayne Sargeant", {"intent": "help"}),
    ("do I send apols here or to martine?", "Jayne Sargeant", {"intent": "help"}),
    ("is this where I put apologies?", "Jayne Sargeant", {"intent": "help"}),
    ("do I need to send apols on here if my deputy is going instead?", "Anne Harris", {"intent": "help"}),
]  # fmt: skip
OTHERS: list[Case] = [
    ("Fwd for the tracker pls\n\nFrom: Jo Forbes\nSent: 14 May 2015 17:02\nTo: Martine McFadden\nSubject: VCSG"
     "\n\nMartine - agreed at VCSG today that housing will refresh the homelessness protocol by the September "
     "board.\nJo", M, {"intent": "record_action", "owners": [agency("DMBC – Housing")]}),  # never Jo's own
    ("agreed at VCSG that Jo will review the protocol by end of june", M,
     {"owners": [member("Jo Forbes")], "due": "2015-06-30"}),
    ("a-7 Zala has done her bit for the trust, tick her off", M,
     {"intent": "complete_action", "on_behalf_of": "Zala Ibrahim"}),
    ("A-12: Jo Forbes has completed this, the protocol went to cabinet yesterday.", M,
     {"intent": "complete_action", "on_behalf_of": "Jo Forbes"}),
    ("> apols for the september board, on annual leave\n\nscrap that, holiday moved, ill be there. Richard",
     "Richard Fisher", {"intent": "withdraw_apology", "meeting": "2015-09-11"}),
    ("anita can make the dev day after all", M, {"meeting": "2015-06-19"}),
    ("Mayada has asked me to send her apologies for the panel as she's on a course. I'll attend on her behalf.",
     "Karen Jackson", {"owners": [member("Mayada AbuAffan")], "representative": "Karen Jackson"}),
    ("Sorry, I'm double booked for the july board. Could my deputy, Ruth Owen, attend instead?", "Anne Harris",
     {"intent": "apology", "representative": "Ruth Owen"}),
    ("whats on my list + whatever the fire service have outstanding", "Pam Smith",
     {"owners": [member("Pam Smith"), agency("West Midlands Fire Service")]}),
    ("what's on my list before my meeting with Jo and Sally?", "Pam Smith", {"owners": [member("Pam Smith")]}),
    ("pls log - QA & Comms to finish the dashboard for the july board. jassi is chairing the sign off mtg on 3 june",
     M, {"due": "2015-07-10"}),
    ("Helen Ellis and I will run the youth voice session on 18th June, could that go on as an action please?",
     "Mike Galikowski", {"due": "2015-06-18"}),  # the work's own day
    ("Martine - what's overdue across the board at the moment? I'd like to raise it on Monday. R", R,
     {"intent": "list_actions", "owners": []}),  # asked of Martine: never an action of hers
    ("send apols for Tony Oakmen pls - monday clashes with cabinet", "Jo Forbes",
     {"owners": [{"kind": "unknown", "name": "Tony Oakmen", "suggestions": ["Tony Oakman"]}]}),  # never the writer's
    ("Helen's asked me to send her apols for the workshop. I'm there anyway so I can cover IYS too",
     "Mike Galikowski", {"owners": [member("Helen Ellis")], "representative": "Mike Galikowski"}),
    ("Dear Martine, Tony has asked me to send his apologies for the Board on 10 July. Chris Ballinger will attend "
     "on his behalf. Kind regards, Maureen (PA)", "Tony Oakman",
     {"intent": "apology", "owners": [member("Tony Oakman")], "representative": "Chris Ballinger"}),
    ("Please reinstate Viv for the audit panel; her apologies were sent in error.", M,
     {"intent": "withdraw_apology", "owners": [member("Viv Townsend")]}),
    ("who owes what for the july board? need to start chasing monday", M, {"intent": "list_actions"}),
    ("have to send apologies for the july board, end of term chaos!", "Marie Hunter", {"intent": "apology"}),
    ("Martine, Tabetha tells me she cannot make the July Board. Please note her apologies.", R,
     {"owners": [member("Tabetha Darman")]}),
    ("Merlin has told me he cannot make the July board", R, {"owners": [member("Merlin Joseph")]}),
    ("For the record – Jo Forbes is on sick leave until 5 June", M,
     {"intent": "leave", "owners": [member("Jo Forbes")]}),
    ("A-34 wont be done by the 29th, realistically the 12th June", "Jo Forbes", {"due": "2015-06-12"}),
    ("a-12 wont be done by the 29th - will give a new date once rich gets back to me", "Jo Forbes",
     {"intent": "add_update", "due": None}),
    ("a month later for a-24 please", M, {"intent": "change_due", "shift_days": 30}),
    ("pls note im to send the child death stats to Pam by thurs", "Mayada AbuAffan",
     {"intent": "record_action", "owners": [member("Mayada AbuAffan")]}),
    ("sub grp chairs to send their highlight reports by 26 june pls", M, {"owners": [group("sub group chairs")]}),
    ("can a-40 go from helen to mike g pls", M, {"intent": "reassign", "owners": [member("Mike Galikowski")]}),
    ("a-54 to early years - Annette agreed at WDG", M, {"intent": "reassign", "owners": [agency("Early Years")]}),
    ("auction 57 complete, thanks all", "Jo Forbes", {"intent": "complete_action", "ref": "A-57"}),
    ("a54 dun", "Jo Forbes", {"intent": "complete_action", "ref": "A-54"}),
    ("Pam, Zala and me to map the ED pathway - by 19th june", "Su Vincent",
     {"owners": [member("Pam Smith"), member("Zala Ibrahim"), member("Su Vincent")]}),  # all three, never Pam alone
    ("please disregard Merlins earlier apologies for the July board", M,
     {"intent": "withdraw_apology", "owners": [member("Merlin Joseph")]}),  # never someone called "Merlins earlier"
    ("pls record: CDOP to finish the annual report for the july board, need it 1 july at the latest", M,
     {"due": "2015-07-01"}),
]  # fmt: skip
ALL = [
    *(("bare-numbers", *c) for c in BARE_NUMBERS),
    *(("others", *c) for c in OTHERS),
    *(("not-references", *c) for c in NOT_REFERENCES),
    *(("lists", *c) for c in LISTS),
    *(("dates", *c) for c in DATES),
    *(("news", *c) for c in NEWS),
    *(("apologies-help", *c) for c in APOLOGIES_AND_HELP),
]  # fmt: skip


@pytest.mark.parametrize(("group_", "text", "writer", "expected"), ALL, ids=[f"{c[0]}:{c[1][:40]}" for c in ALL])
def test_nineteenth_round_wording(
    snapshot: Snapshot, group_: str, text: str, writer: str, expected: dict[str, Any]
) -> None:
    check(parse(snapshot, text, writer), expected)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("need another week on 5 soz", ("need another week on A-5 soz", 5)),
        ("9 complete. thanks", ("A-9 complete. thanks", 9)),
        ("ok 49 is complete now", ("ok A-49 is complete now", 49)),
        ("3 done, 2 to go", None),  # a tally
        ("move 12 and 14 to june", None),  # two numbers: which is which is not certain
        ("A-4 and 6 are done", None),  # a reference written already
        ("see you at 10", None),
        ("the meeting is in room 4", None),
    ],
)
def test_a_bare_number_is_offered_as_a_reference_only_where_one_stands(text: str, read: Any) -> None:
    assert with_bare_reference(text) == read
