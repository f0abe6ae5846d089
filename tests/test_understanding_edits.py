"""Understanding edits to actions, apologies, leave and audit news: each rule with wordings of its own.

Every case is invented here (not copied from a corpus), several to a rule, so that a rule is held to the family of
wordings it covers: synonyms, word orders, with or without politeness, lower case, no apostrophes.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bot.understanding.snapshot import Snapshot
from tests.conftest import SEED_NOW, seed_snapshot


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    return seed_snapshot(tmp_path_factory.mktemp("understanding-edits"))


def parse(snapshot: Snapshot, text: str, writer: str | None = None, now: dt.datetime = SEED_NOW) -> dict[str, Any]:
    person = snapshot.person(writer) if writer else None
    return snapshot.interpret(text, person, now).as_json()


def member(name: str) -> dict[str, str]:
    return {"kind": "member", "name": name}


def check(got: dict[str, Any], expected: dict[str, Any]) -> None:
    for key, value in expected.items():
        if key == "audit":
            assert {k: got["audit"][k] for k in value} == value, got
        elif key == "owners":
            assert sorted(got["owners"], key=lambda o: o["name"]) == sorted(value, key=lambda o: o["name"]), got
        elif key == "ambiguous":
            assert [(a["text"], sorted(a["candidates"])) for a in got["ambiguous"]] == value, got
        else:
            assert got[key] == value, (key, got)


Case = tuple[str, str | None, dict[str, Any]]


def _ids(cases: list[Case]) -> list[str]:
    return [c[0][:50] for c in cases]


# A shift written as a number word up to thirty ("by ten days", "twelve more days").
SHIFTS: list[Case] = [
    ("could you push A-4 back by eight days", "Jo Forbes", {"intent": "change_due", "ref": "A-4", "shift_days": 8}),
    ("A-6 needs another twelve days", "Jo Forbes", {"intent": "change_due", "ref": "A-6", "shift_days": 12}),
    ("extend A-3 by seven days please", "Jo Forbes", {"intent": "change_due", "ref": "A-3", "shift_days": 7}),
    ("give a-12 ten more days", "Jo Forbes", {"intent": "change_due", "ref": "A-12", "shift_days": 10}),
    ("push a-9 back a couple of weeks", "Jo Forbes", {"intent": "change_due", "ref": "A-9", "shift_days": 14}),
    ("A-9 - could do with a fortnight more", "Jo Forbes", {"intent": "change_due", "ref": "A-9", "shift_days": 14}),
    ("A-4 will take a week longer", "Jo Forbes", {"intent": "change_due", "ref": "A-4", "shift_days": 7}),
]

# "need till", "can I have until", "an extension to": a new date asked for.
NEED_UNTIL: list[Case] = [
    ("A-3 - will need until 30/6", "Jo Forbes", {"intent": "change_due", "ref": "A-3", "due": "2015-06-30"}),
    ("a-5 need till the july board", "Jo Forbes", {"intent": "change_due", "ref": "A-5", "due": "2015-07-10"}),
    ("can I have till end of june for A-7", "Jo Forbes", {"intent": "change_due", "ref": "A-7", "due": "2015-06-30"}),
    ("A-8: I need a bit longer, till 12/06 please", "Jo Forbes",
     {"intent": "change_due", "ref": "A-8", "due": "2015-06-12"}),
    ("could I get an extension on A-2 to the end of June", "Jo Forbes",
     {"intent": "change_due", "ref": "A-2", "due": "2015-06-30"}),
]  # fmt: skip

# Of dates in two sentences, the one in the sentence that moves the date; the other is the reason.
CUE_SENTENCE: list[Case] = [
    ("move A-5 to the september board. we wont have the figures before 1 august", "Jo Forbes",
     {"intent": "change_due", "ref": "A-5", "due": "2015-09-11"}),
    ("push A-7 to end of july. the panel doesn't meet until 15 july", "Jo Forbes",
     {"intent": "change_due", "ref": "A-7", "due": "2015-07-31"}),
    ("A-4 new date the september board; the data isn't ready till 1 august", "Jo Forbes",
     {"intent": "change_due", "ref": "A-4", "due": "2015-09-11"}),
    ("can A-9 be due 30/06 please. Richard is away until 10/06", "Jo Forbes",
     {"intent": "change_due", "ref": "A-9", "due": "2015-06-30"}),
]  # fmt: skip

# An update that mentions a date ("due back end of june") is news, unless a word moves the date.
UPDATE_WITH_DATE: list[Case] = [
    ("update on A-4 - spoke to the leads, report due back end of june", "Jo Forbes",
     {"intent": "add_update", "ref": "A-4", "note": "spoke to the leads, report due back end of june"}),
    ("A-6 update: survey sent, responses due by 12/06", "Jo Forbes",
     {"intent": "add_update", "ref": "A-6", "note": "survey sent, responses due by 12/06"}),
    ("quick update on A-2: draft due with jo on friday", "Jo Forbes",
     {"intent": "add_update", "ref": "A-2", "note": "draft due with jo on friday"}),
    ("progress on A-3 - figures due from BI next week", "Jo Forbes",
     {"intent": "add_update", "ref": "A-3", "note": "figures due from BI next week"}),
    ("update on A-5: please move the due date to 30 june", "Jo Forbes",
     {"intent": "change_due", "ref": "A-5", "due": "2015-06-30"}),
]  # fmt: skip

# "a little update for A-19 if I may: ...", and news written straight after the reference ("draft written").
UPDATES: list[Case] = [
    ("just a quick update on A-4, if that's ok - the leaflet is at the printers", "Jo Forbes",
     {"intent": "add_update", "ref": "A-4", "note": "the leaflet is at the printers"}),
    ("here's an update on A-7: we have met the schools", "Jo Forbes",
     {"intent": "add_update", "ref": "A-7", "note": "we have met the schools"}),
    ("Bit of an update on A-3 for the tracker: two replies in", "Jo Forbes",
     {"intent": "add_update", "ref": "A-3", "note": "two replies in"}),
    ("a small update for A-12 if I may - the venue is booked. Kind regards, Jo", "Jo Forbes",
     {"intent": "add_update", "ref": "A-12", "note": "the venue is booked"}),
    ("a-7 first draft shared with the chair for comments", "Jo Forbes",
     {"intent": "add_update", "ref": "A-7", "note": "first draft shared with the chair for comments"}),
    ("A-7 questionnaire drafted and with Jo", "Sue Haywood",
     {"intent": "add_update", "ref": "A-7", "note": "questionnaire drafted and with Jo"}),
    ("A-4 venue booked for the 3rd", "Jo Forbes",
     {"intent": "add_update", "ref": "A-4", "note": "venue booked for the 3rd"}),
    ("A-9 - nine schools have replied so far 👍", "Jo Forbes",
     {"intent": "add_update", "ref": "A-9", "note": "nine schools have replied so far 👍"}),
    ("A-5 letters sent to all heads", "Jo Forbes", {"intent": "complete_action", "ref": "A-5"}),
]  # fmt: skip

# New owners by sharing ("split between"), by where it sits better, every member of a first name, and a further
# owner ("as well as me").
REASSIGN: list[Case] = [
    ("split A-4 between jo and helen please", "Martine McFadden",
     {"intent": "reassign", "ref": "A-4", "owners": [member("Jo Forbes"), member("Helen Ellis")]}),
    ("could A-6 be shared between Richard and Sally?", "Martine McFadden",
     {"intent": "reassign", "ref": "A-6", "owners": [member("Richard Fisher"), member("Sally Holmes")]}),
    ("A-4 would sit better with the police tbh", "Martine McFadden",
     {"intent": "reassign", "ref": "A-4", "owners": [{"kind": "agency", "name": "West Midlands Police"}]}),
    ("A-2 better with mayada i reckon, can you change it", "Martine McFadden",
     {"intent": "reassign", "ref": "A-2", "owners": [member("Mayada AbuAffan")]}),
    ("pass A-4 to both Sues", "Martine McFadden",
     {"intent": "reassign", "ref": "A-4", "owners": [member("Su Vincent"), member("Sue Haywood")]}),
    ("reassign A-3 to the two Karens please", "Martine McFadden",
     {"intent": "reassign", "ref": "A-3", "owners": [member("Karen Palk"), member("Karen Jackson")]}),
    ("hand A-4 over to Karen Palk, together with Jo", "Martine McFadden",
     {"intent": "reassign", "ref": "A-4", "owners": [member("Karen Palk"), member("Jo Forbes")]}),
    ("can A-4 go to Richard alongside Sally", "Martine McFadden",
     {"intent": "reassign", "ref": "A-4", "owners": [member("Richard Fisher"), member("Sally Holmes")]}),
    ("give A-8 to Helen as well as me", "Jo Forbes",
     {"intent": "reassign", "ref": "A-8", "owners": [member("Helen Ellis"), member("Jo Forbes")]}),
    ("move A-5 to our new named nurse, Gemma Price? she starts monday", "Martine McFadden",
     {"intent": "reassign", "ref": "A-5", "owners": [{"kind": "unknown", "name": "Gemma Price", "suggestions": []}]}),
    ("A-4 is going better with the new data", "Martine McFadden", {"intent": "none"}),
    ("let sally have A-9", "Martine McFadden",
     {"intent": "reassign", "ref": "A-9", "owners": [member("Sally Holmes")]}),
    ("can sally take A-9 off richard", "Martine McFadden",
     {"intent": "reassign", "ref": "A-9", "owners": [member("Sally Holmes")]}),
    ("give jo A-9 please", "Martine McFadden", {"intent": "reassign", "ref": "A-9", "owners": [member("Jo Forbes")]}),
    ("A-9 should really be richard's", "Martine McFadden",
     {"intent": "reassign", "ref": "A-9", "owners": [member("Richard Fisher")]}),
    ("A-9 needs to move from me to Jo", "Martine McFadden",
     {"intent": "reassign", "ref": "A-9", "owners": [member("Jo Forbes")]}),
    ("could Richard chase A-9", "Martine McFadden", {"intent": "show_action", "owners": []}),
]  # fmt: skip

# The passive: "to be picked up by", "is now being led by", "will be covered by".
PASSIVE_REASSIGN: list[Case] = [
    ("A-24 to be picked up by Karen Palk rather than Mayada", "Martine McFadden",
     {"intent": "reassign", "ref": "A-24", "owners": [member("Karen Palk")]}),
    ("A-3 is now being led by the CCG", "Martine McFadden",
     {"intent": "reassign", "ref": "A-3", "owners": [{"kind": "agency", "name": "Dudley CCG"}]}),
    ("A-7 will be covered by Sally from now on", "Martine McFadden",
     {"intent": "reassign", "ref": "A-7", "owners": [member("Sally Holmes")]}),
    ("A-12 is being handled by public health now", "Martine McFadden",
     {"intent": "reassign", "ref": "A-12", "owners": [{"kind": "agency", "name": "Office of Public Health"}]}),
]  # fmt: skip

# Dropping: "can go" with its reason, a reason naming another action, and words that are not the reason.
DROPS: list[Case] = [
    ("a-14 can go now - we covered it at the last board", "Martine McFadden",
     {"intent": "drop_action", "ref": "A-14", "note": "we covered it at the last board"}),
    ("i think A-6 can probably go, it repeats A-2", "Martine McFadden",
     {"intent": "drop_action", "ref": "A-6", "note": "it repeats A-2"}),
    ("remove A-8 from the list please; it duplicates A-3.", "Martine McFadden",
     {"intent": "drop_action", "ref": "A-8", "note": "it duplicates A-3"}),
    ("kill off a-11 pls", "Martine McFadden", {"intent": "drop_action", "ref": "A-11", "note": None}),
    ("delete A-5 now, as the CCG has taken it on", "Martine McFadden",
     {"intent": "drop_action", "ref": "A-5", "note": "the CCG has taken it on"}),
    ("A-14 can go to Sally", "Martine McFadden", {"intent": "reassign", "ref": "A-14"}),
    ("A-14 can go back to the july board", "Martine McFadden", {"intent": "change_due", "due": "2015-07-10"}),
]  # fmt: skip

# The writer's own action done and closed, without its reference; and closing for someone else.
COMPLETIONS: list[Case] = [
    ("finished my bit on the CAMHS letter, please tick mine off", "Su Vincent",
     {"intent": "complete_action", "ref": None, "owners": [member("Su Vincent")]}),
    ("Ive sent the figures, can that come off now", "Su Vincent", {"intent": "complete_action", "ref": None}),
    ("leaflets done - you can close mine off", "Su Vincent", {"intent": "complete_action", "ref": None}),
    ("we've done our action on the audit tool, could it come off?", "Su Vincent",
     {"intent": "complete_action", "ref": None}),
    ("I haven't done my action yet, can that come off", "Su Vincent", {"intent": "none"}),
    ("Richard has sent his figures, can that come off", "Su Vincent", {"intent": "none"}),
    ("A-4: complete, done on Pam Smith's behalf", "Martine McFadden",
     {"intent": "complete_action", "ref": "A-4", "on_behalf_of": "Pam Smith"}),
    ("A-3 done (Karen Palk sent it over)", "Martine McFadden",
     {"intent": "complete_action", "ref": "A-3", "on_behalf_of": "Karen Palk"}),
    ("A-7 closed - Sally did it", "Martine McFadden",
     {"intent": "complete_action", "ref": "A-7", "on_behalf_of": "Sally Holmes"}),
    ("closing A-2 for the police (Richard sent it over)", "Martine McFadden",
     {"intent": "complete_action", "ref": "A-2", "on_behalf_of": "Richard Fisher"}),
]  # fmt: skip

# Withdrawn apologies: a plan changed, "ignore my earlier message", someone's apologies "can be removed".
WITHDRAWALS: list[Case] = [
    ("My course has been cancelled, so I shall be at the board on 10 July after all.", "Jo Forbes",
     {"intent": "withdraw_apology", "owners": [member("Jo Forbes")], "meeting": "2015-07-10"}),
    ("training cancelled so ill be at the july board", "Jo Forbes",
     {"intent": "withdraw_apology", "owners": [member("Jo Forbes")], "meeting": "2015-07-10"}),
    ("panel - i can come now, ignore earlier message", "Jo Forbes",
     {"intent": "withdraw_apology", "owners": [member("Jo Forbes")], "meeting": "2015-05-18"}),
    ("Helen Ellis's apologies for the July board can be removed", "Martine McFadden",
     {"intent": "withdraw_apology", "owners": [member("Helen Ellis")], "meeting": "2015-07-10"}),
    ("please remove Richard's apologies for july", "Martine McFadden",
     {"intent": "withdraw_apology", "owners": [member("Richard Fisher")], "meeting": "2015-07-10"}),
    ("Update: I can make the workshop now, please remove Housing apologies", "Jo Forbes",
     {"intent": "withdraw_apology", "owners": [member("Jo Forbes")], "meeting": "2015-06-19"}),
    ("actually I can come now", "Jo Forbes",
     {"intent": "withdraw_apology", "owners": [member("Jo Forbes")], "meeting": "2015-07-10"}),
    ("can make weds after all", "Jo Forbes", {"intent": "withdraw_apology", "owners": [member("Jo Forbes")]}),
    ("can make mon after all", "Jo Forbes", {"intent": "withdraw_apology", "meeting": "2015-05-18"}),
    ("my hospital appointment got moved so I can make the workshop", "Jo Forbes",
     {"intent": "withdraw_apology", "owners": [member("Jo Forbes")], "meeting": "2015-06-19"}),
]  # fmt: skip

# Apologies: stand-ins who agreed or offered, sent, named in a clause, or asked; and nobody named.
APOLOGIES: list[Case] = [
    ("cant make the july board. Merlin has kindly agreed to chair in my absence", "Roger Clayton",
     {"intent": "apology", "owners": [member("Roger Clayton")], "representative": "Merlin Joseph"}),
    ("So sorry, I cannot come on the 10th July. Sally has offered to attend for the police", "Richard Fisher",
     {"intent": "apology", "owners": [member("Richard Fisher")], "representative": "Sally Holmes"}),
    ("apologies for the workshop, sending jassi broadmeadow", "Tony Oakman",
     {"intent": "apology", "owners": [member("Tony Oakman")], "representative": "Jassi Broadmeadow"}),
    ("Merlin sends apologies for the July board, Chris attending", "Martine McFadden",
     {"intent": "apology", "owners": [member("Merlin Joseph")], "representative": "Chris Ballinger"}),
    ("Martine, could you go to the July board in my place? I can't make it", "Roger Clayton",
     {"intent": "apology", "owners": [member("Roger Clayton")], "representative": "Martine McFadden"}),
    ("I'll have to send my apologies for the July board I'm afraid", "Jo Forbes",
     {"intent": "apology", "owners": [member("Jo Forbes")]}),
    ("I am so sorry but I won't be able to attend the workshop", "Jo Forbes",
     {"intent": "apology", "owners": [member("Jo Forbes")], "meeting": "2015-06-19"}),
    ("cant make july, a colleague will attend", "Julie Winpenny",
     {"intent": "apology", "owners": [member("Julie Winpenny")], "representative": None}),
    ("apologies for the july board, a manager from the team will come", "Julie Winpenny",
     {"intent": "apology", "owners": [member("Julie Winpenny")], "representative": None}),
    ("apologies for the long message, I will be at the workshop", "Jo Forbes", {"intent": "none"}),
    ("sorry for the delay in replying - apologies for the July board from me", "Jo Forbes",
     {"intent": "apology", "owners": [member("Jo Forbes")], "meeting": "2015-07-10"}),
]  # fmt: skip

# A pasted message ("From Viv: '...'"): its "I" and "my" are its sender's, not the writer's.
PASTED: list[Case] = [
    ("Message from Tony Oakman: 'I can't make the July board, sorry'", "Martine McFadden",
     {"intent": "apology", "owners": [member("Tony Oakman")], "meeting": "2015-07-10"}),
    ("fwd from Richard: 'my apologies for the audit panel on Monday'", "Martine McFadden",
     {"intent": "apology", "owners": [member("Richard Fisher")], "meeting": "2015-05-18"}),
    ("From Helen: 'Please accept my apologies for the workshop.' can you note that", "Martine McFadden",
     {"intent": "apology", "owners": [member("Helen Ellis")], "meeting": "2015-06-19"}),
    ("From Sue: 'apologies for July'", "Martine McFadden",
     {"intent": "apology", "owners": [], "ambiguous": [("Sue", ["Su Vincent", "Sue Haywood"])]}),
]  # fmt: skip

# Leave: a bare day of the month after "until", "not back until" (back that day), and someone else's leave.
LEAVE: list[Case] = [
    ("on leave til 3rd", "Jo Forbes", {"intent": "leave", "away_until": "2015-06-03"}),
    ("away until 20th", "Jo Forbes", {"intent": "leave", "away_until": "2015-05-20"}),
    ("a/l till 2nd", "Jo Forbes", {"intent": "leave", "away_until": "2015-06-02"}),
    ("off sick, not back until monday", "Jo Forbes", {"intent": "leave", "away_until": "2015-05-17"}),
    ("I'm away next week and won't be back in the office till Tuesday 2nd June", "Jo Forbes",
     {"intent": "leave", "away_until": "2015-06-01"}),
    ("Richard is away until 10/06", "Jo Forbes", {"intent": "none"}),
    ("she's on leave till the 3rd", "Jo Forbes", {"intent": "none"}),
]  # fmt: skip

# Audit news: under way or not begun, however written, and counts written with "in total" or "that haven't".
AUDITS: list[Case] = [
    ("fire service S11 is still being worked on", "Martine McFadden",
     {"intent": "audit_update", "audit": {"subject": "West Midlands Fire Service", "status": "in_progress"}}),
    ("WMP are still working on their S11", "Martine McFadden",
     {"intent": "audit_update", "audit": {"subject": "West Midlands Police", "status": "in_progress"}}),
    ("the fire service S11 hasn't begun yet", "Martine McFadden",
     {"intent": "audit_update", "audit": {"subject": "West Midlands Fire Service", "status": "not_started"}}),
    ("Cafcass S11 - not yet begun", "Martine McFadden",
     {"intent": "audit_update", "audit": {"subject": "Cafcass", "status": "not_started"}}),
    ("the police need to do their S11 - they're nearly there", "Martine McFadden",
     {"intent": "audit_update", "audit": {"subject": "West Midlands Police", "status": "in_progress"}}),
    ("Cafcass to finish their S11 by end of June, they're half way through", "Martine McFadden",
     {"intent": "record_action"}),
    ("Cafcass to get their S11 started", "Martine McFadden", {"intent": "record_action"}),
    ("s175: 40 done, 10 not started, 90 schools in total", "Martine McFadden",
     {"intent": "audit_update", "audit": {"completed": 40, "not_started": 10, "total": 90}}),
    ("S175 update: 50 schools completed now, still 7 that haven't started", "Martine McFadden",
     {"intent": "audit_update", "audit": {"completed": 50, "not_started": 7, "total": None}}),
]  # fmt: skip

# A reference typed "a 4" or "action 22" straight after a word that edits an action.
SPACED_REFS: list[Case] = [
    (
        "please cancel a 6 - it duplicates A-2",
        "Jo Forbes",
        {"intent": "drop_action", "ref": "A-6", "note": "it duplicates A-2"},
    ),
    ("could a 9 slip a week please", "Jo Forbes", {"intent": "change_due", "ref": "A-9", "shift_days": 7}),
    (
        "tick off a 12 for richard fisher, he sent it over",
        "Jo Forbes",
        {"intent": "complete_action", "ref": "A-12", "on_behalf_of": "Richard Fisher"},
    ),
    (
        "we can remove action 14 - the review was scrapped",
        "Jo Forbes",
        {"intent": "drop_action", "ref": "A-14", "note": "the review was scrapped"},
    ),
    ("a 7 needs another week", "Jo Forbes", {"intent": "change_due", "ref": "A-7", "shift_days": 7}),
]
# Leave told with "and back", a course, the last day off, or a range of numeric dates; "back on for" a meeting
# is attending, not leave.
LEAVE_MORE: list[Case] = [
    (
        "I'm off from Tuesday and back in the office on 3 June",
        "Jo Forbes",
        {"intent": "leave", "away_until": "2015-06-02"},
    ),
    (
        "fyi I'll be on leave from monday and back on the 1st of June",
        "Jo Forbes",
        {"intent": "leave", "away_until": "2015-05-31"},
    ),
    ("on a training course, back at work weds 27th may", "Jo Forbes", {"intent": "leave", "away_until": "2015-05-26"}),
    ("on a/l next week, back 2 june", "Jo Forbes", {"intent": "leave", "away_until": "2015-06-01"}),
    ("holiday - my last day off is 5 june", "Jo Forbes", {"intent": "leave", "away_until": "2015-06-05"}),
    ("annual leave, last day of leave will be 3 june", "Jo Forbes", {"intent": "leave", "away_until": "2015-06-03"}),
    ("leave 1/6 - 5/6", "Jo Forbes", {"intent": "leave", "away_until": "2015-06-05"}),
    ("on leave 26/5 to 29/5 inclusive", "Jo Forbes", {"intent": "leave", "away_until": "2015-05-29"}),
    (
        "I'm back on for the july board, sally still can't",
        "Jo Forbes",
        {"intent": "withdraw_apology", "owners": [member("Jo Forbes")], "meeting": "2015-07-10"},
    ),
]
# A drop asked in one sentence with its reason in the next; "taken off"; an aside's closing bracket.
DROP_REASONS: list[Case] = [
    (
        "Can A-8 be withdrawn please? The funding for it has ended.",
        "Jo Forbes",
        {"intent": "drop_action", "ref": "A-8", "note": "The funding for it has ended"},
    ),
    (
        "A-8 can come off the list. It has been overtaken by the new strategy.",
        "Jo Forbes",
        {"intent": "drop_action", "ref": "A-8", "note": "It has been overtaken by the new strategy"},
    ),
    (
        "I think a-8 can be taken off the tracker altogether. The work moved to the CSE group.",
        "Jo Forbes",
        {"intent": "drop_action", "ref": "A-8", "note": "The work moved to the CSE group"},
    ),
    (
        "could action 8 be removed please? nobody needs it now that the forum has closed.",
        "Jo Forbes",
        {"intent": "drop_action", "ref": "A-8", "note": "nobody needs it now that the forum has closed"},
    ),
    (
        "scrap A-8 (Richard says it duplicates the audit)",
        "Jo Forbes",
        {"intent": "drop_action", "ref": "A-8", "note": "Richard says it duplicates the audit"},
    ),
]
# Someone else's apologies taken off, or someone else coming after all: theirs, never the writer's.
WITHDRAW_OTHERS: list[Case] = [
    (
        "take karen jacksons apols off for july, she's coming herself",
        "Jo Forbes",
        {"intent": "withdraw_apology", "owners": [member("Karen Jackson")], "meeting": "2015-07-10"},
    ),
    (
        "can you remove tony oakmans apologies for the workshop please",
        "Jo Forbes",
        {"intent": "withdraw_apology", "owners": [member("Tony Oakman")], "meeting": "2015-06-19"},
    ),
    (
        "please take Richard's apologies off for 10 july",
        "Jo Forbes",
        {"intent": "withdraw_apology", "owners": [member("Richard Fisher")], "meeting": "2015-07-10"},
    ),
    (
        "cross helen ellis's apologies off for july",
        "Jo Forbes",
        {"intent": "withdraw_apology", "owners": [member("Helen Ellis")], "meeting": "2015-07-10"},
    ),
    (
        "karen jackson is coming to the july board after all",
        "Jo Forbes",
        {"intent": "withdraw_apology", "owners": [member("Karen Jackson")], "meeting": "2015-07-10"},
    ),
    (
        "Tony Oakman is now attending on the 10th after all",
        "Jo Forbes",
        {"intent": "withdraw_apology", "owners": [member("Tony Oakman")], "meeting": "2015-07-10"},
    ),
]
# "me and richard both ...": the writer and the other, absent together.
JOINT_APOLOGIES: list[Case] = [
    (
        "me and richard both at a conference on 10 july so apologies from both of us",
        "Jo Forbes",
        {"intent": "apology", "owners": [member("Jo Forbes"), member("Richard Fisher")]},
    ),
    (
        "Helen Ellis and I are both away for the workshop, apologies",
        "Jo Forbes",
        {"intent": "apology", "owners": [member("Jo Forbes"), member("Helen Ellis")]},
    ),
    (
        "me n tony cant make july sorry",
        "Jo Forbes",
        {"intent": "apology", "owners": [member("Jo Forbes"), member("Tony Oakman")]},
    ),
    (
        "me & sally holmes won't make the july board",
        "Jo Forbes",
        {"intent": "apology", "owners": [member("Jo Forbes"), member("Sally Holmes")]},
    ),
]
# Sorry for being late, or apologies already sent in an aside: not apologies for a meeting.
NOT_APOLOGIES = [
    "the CCG S11 was sent to Martine this morning, it took longer than we hoped, apologies",
    "S11 submitted for the CCG - sorry it is so late, apologies!",
    "I missed the board (I sent apologies) but please log me to send the leaflet by end of June",
    "I wasn't at the meeting (we had sent our apologies) so can you add an action for me to ring the school by 30/06",
    "the figures went over this morning - it was a bit late, apologies.",
]


@pytest.mark.parametrize("text", NOT_APOLOGIES)
def test_sorry_for_lateness_or_apologies_already_sent_are_no_apology(snapshot: Snapshot, text: str) -> None:
    assert parse(snapshot, text, "Jo Forbes")["intent"] != "apology"


# The new owner as "better owned by", "under X's name", "owner now X not Y", "has offered to take over".
REASSIGN_MORE: list[Case] = [
    (
        "A-7 would be better owned by Richard Fisher as it's policing",
        "Jo Forbes",
        {"intent": "reassign", "ref": "A-7", "owners": [member("Richard Fisher")]},
    ),
    (
        "a-7 is best handled by sally holmes because of the MASH link",
        "Jo Forbes",
        {"intent": "reassign", "ref": "A-7", "owners": [member("Sally Holmes")]},
    ),
    (
        "could a-7 be put under Richard's name please",
        "Jo Forbes",
        {"intent": "reassign", "ref": "A-7", "owners": [member("Richard Fisher")]},
    ),
    (
        "can you put A-7 under sally holmes name",
        "Jo Forbes",
        {"intent": "reassign", "ref": "A-7", "owners": [member("Sally Holmes")]},
    ),
    (
        "A-9 owner now Richard not Sally",
        "Jo Forbes",
        {"intent": "reassign", "ref": "A-9", "owners": [member("Richard Fisher")]},
    ),
    (
        "Richard Fisher has kindly offered to take over a-9 from me",
        "Jo Forbes",
        {"intent": "reassign", "ref": "A-9", "owners": [member("Richard Fisher")]},
    ),
    (
        "sally has agreed to pick up A-4",
        "Jo Forbes",
        {"intent": "reassign", "ref": "A-4", "owners": [member("Sally Holmes")]},
    ),
    (
        "Tony Oakman is happy to take on a-4",
        "Jo Forbes",
        {"intent": "reassign", "ref": "A-4", "owners": [member("Tony Oakman")]},
    ),
]
# The writer's own action done, and where its work went: done, not handed over.
WRITER_DONE_CASES: list[Case] = [
    ("I've finished a-6, the report is with Richard now", "Jo Forbes", {"intent": "complete_action", "ref": "A-6"}),
    ("I have completed A-6 - it's sitting with sally now", "Jo Forbes", {"intent": "complete_action", "ref": "A-6"}),
    ("ive done a-6, the leaflet is with the printers now", "Jo Forbes", {"intent": "complete_action", "ref": "A-6"}),
    ("I've now finished action 6, the draft is with Tony", "Jo Forbes", {"intent": "complete_action", "ref": "A-6"}),
]
# News of where an action stands, or of someone else's date: an update, not a new due date.
STANDING: list[Case] = [
    (
        "A-6: spoke to Sally, her draft is due end of June",
        "Jo Forbes",
        {"intent": "add_update", "ref": "A-6", "note": "spoke to Sally, her draft is due end of June"},
    ),
    (
        "A-6 - met the school, their plan is due in July",
        "Jo Forbes",
        {"intent": "add_update", "ref": "A-6", "note": "met the school, their plan is due in July"},
    ),
    (
        "A-6 still waiting on the data team, hope to have it next week",
        "Jo Forbes",
        {"intent": "add_update", "ref": "A-6", "note": "still waiting on the data team, hope to have it next week"},
    ),
    (
        "a-6 awaiting sign off from the CCG",
        "Jo Forbes",
        {"intent": "add_update", "ref": "A-6", "note": "awaiting sign off from the CCG"},
    ),
    (
        "A6 on hold until the new manager starts",
        "Jo Forbes",
        {"intent": "add_update", "ref": "A-6", "note": "on hold until the new manager starts"},
    ),
]

ALL = {
    "shift": SHIFTS,
    "need-until": NEED_UNTIL,
    "cue-sentence": CUE_SENTENCE,
    "update-with-date": UPDATE_WITH_DATE,
    "update": UPDATES,
    "reassign": REASSIGN,
    "passive-reassign": PASSIVE_REASSIGN,
    "drop": DROPS,
    "complete": COMPLETIONS,
    "withdraw": WITHDRAWALS,
    "apology": APOLOGIES,
    "pasted": PASTED,
    "leave": LEAVE,
    "audit": AUDITS,
    "spaced-ref": SPACED_REFS,
    "leave-more": LEAVE_MORE,
    "drop-reason": DROP_REASONS,
    "withdraw-others": WITHDRAW_OTHERS,
    "joint-apology": JOINT_APOLOGIES,
    "reassign-more": REASSIGN_MORE,
    "writer-done": WRITER_DONE_CASES,
    "standing": STANDING,
}
CASES = [(group, *case) for group, cases in ALL.items() for case in cases]


@pytest.mark.parametrize(("group", "text", "writer", "expected"), CASES, ids=[f"{c[0]}:{c[1][:40]}" for c in CASES])
def test_edit_wording(snapshot: Snapshot, group: str, text: str, writer: str | None, expected: dict[str, Any]) -> None:
    check(parse(snapshot, text, writer), expected)


@pytest.mark.parametrize(
    "text",
    [
        "the july board has been rescheduled, I'll make sure everyone knows",
        "I'll come back to you about the cancelled training session next week",
        "the workshop was postponed so I can attend to the housing figures",
        "the panel got moved and I will make a note of the new date",
    ],
)
def test_a_change_of_plan_without_attending_is_no_withdrawal(snapshot: Snapshot, text: str) -> None:
    assert parse(snapshot, text, "Jo Forbes")["intent"] != "withdraw_apology"
