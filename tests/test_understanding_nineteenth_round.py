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
from tests.understanding_cases import Case, M, agency, check, member, parse

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
    ("move 22 to the 29th", M, {"ref": None}),  # perhaps the 22nd moved: never a reference assumed
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
ALL = [
    *(("bare-numbers", *c) for c in BARE_NUMBERS),
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
