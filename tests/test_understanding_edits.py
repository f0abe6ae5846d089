"""Understanding edits to actions, apologies, leave and audit news: each rule with wordings of its own.

Every case is invented here (not copied from a corpus), several to a rule, so that a rule is held to the family of
wordings it covers: synonyms, word orders, with or without politeness, lower case, no apostrophes.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.understanding.snapshot import Snapshot
from tests.conftest import seed_snapshot
from tests.understanding_cases import Case, M, check, member, parse


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    return seed_snapshot(tmp_path_factory.mktemp("understanding-edits"))


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

# --- Round four (everyday-8 to -10): each class with invented wordings -------------------------------------------

# A message pasted or forwarded from a named member: its "I" is the sender's, never the writer's.
RELAYED_APOLOGY: list[Case] = [
    ("Pasting from Annette's email: \"Sorry, I won't be able to attend on 10th July.\"", M,
     {"intent": "apology", "owners": [member("Annette Callear")], "meeting": "2015-07-10"}),
    ("copying in Viv's message: 'I'm afraid I can't make the workshop, apologies'", M,
     {"intent": "apology", "owners": [member("Viv Townsend")], "meeting": "2015-06-19"}),
    ("fwd Tabetha's email: \"please accept my apologies for September\"", M,
     {"intent": "apology", "owners": [member("Tabetha Darman")], "meeting": "2015-09-11"}),
    ("Here's Remley's message: 'unfortunately I cant make the july board'", M,
     {"intent": "apology", "owners": [member("Remley Mann")], "meeting": "2015-07-10"}),
]  # fmt: skip
RELAYED_DONE: list[Case] = [
    ("Fwd from Zala: \"the audit summary went out this morning\" so that's A-12 done for her", M,
     {"intent": "complete_action", "ref": "A-12", "on_behalf_of": "Zala Ibrahim"}),
    ("From Mike Galikowski: 'the YOS figures are with the QA group now, A-4 can be closed'", M,
     {"intent": "complete_action", "ref": "A-4", "on_behalf_of": "Mike Galikowski"}),
    ("pasting Annette's email: \"I've circulated the leaflet to all settings\" - please tick off A-30", M,
     {"intent": "complete_action", "ref": "A-30", "on_behalf_of": "Annette Callear"}),
    ("message from jassi: 'sent the protocol round yesterday' - A-19 done for him", M,
     {"intent": "complete_action", "ref": "A-19", "on_behalf_of": "Jassi Broadmeadow"}),
]  # fmt: skip
# Done for someone, then a dash and why: the name ends at the dash.
DONE_FOR_DASH: list[Case] = [
    ("A-11 complete for Sally Holmes - she emailed it over", M,
     {"intent": "complete_action", "ref": "A-11", "on_behalf_of": "Sally Holmes"}),
    ("a-3 done for pam smith – sent yesterday", M,
     {"intent": "complete_action", "ref": "A-3", "on_behalf_of": "Pam Smith"}),
    ("tick A-26 off for Tony Oakman as he has sent the paper", M,
     {"intent": "complete_action", "ref": "A-26", "on_behalf_of": "Tony Oakman"}),
    ("A-8 finished for Karen Palk — she has circulated it", M,
     {"intent": "complete_action", "ref": "A-8", "on_behalf_of": "Karen Palk"}),
]  # fmt: skip
# A reference and a tick, nothing else: the action done.
TICKED: list[Case] = [
    ("A-13 ✅", "Jo Forbes", {"intent": "complete_action", "ref": "A-13"}),
    ("a7 ✅✅", "Jo Forbes", {"intent": "complete_action", "ref": "A-7"}),
    ("A-22 ✔️", "Jo Forbes", {"intent": "complete_action", "ref": "A-22"}),
    ("a-5 ✅ 👍", "Jo Forbes", {"intent": "complete_action", "ref": "A-5"}),
]
# News of the action that ends by saying it is done: closed, not an update.
NEWS_THEN_DONE: list[Case] = [
    ("Re A-14 - the leaflet went to the printers today so I think that one's done now", "Jo Forbes",
     {"intent": "complete_action", "ref": "A-14"}),
    ("A-9: spoke to the heads forum, they've all signed up, so that's complete", "Jo Forbes",
     {"intent": "complete_action", "ref": "A-9"}),
    ("on A-31 - report sent to Roger, I reckon this one is finished", "Jo Forbes",
     {"intent": "complete_action", "ref": "A-31"}),
    ("re a-6: data shared with the CCG yesterday so it can be closed", "Jo Forbes",
     {"intent": "complete_action", "ref": "A-6"}),
]  # fmt: skip
# "A-15 should be Sally not Richard": the new owner set against the old one.
SHOULD_BE_NOT: list[Case] = [
    ("A-7 should be Tony not Jo", M, {"intent": "reassign", "ref": "A-7", "owners": [member("Tony Oakman")]}),
    ("a-12 ought to be the CCG, not public health", M,
     {"intent": "reassign", "ref": "A-12", "owners": [{"kind": "agency", "name": "Dudley CCG"}]}),
    ("A-20 should really be Annette rather than Nicki", M,
     {"intent": "reassign", "ref": "A-20", "owners": [member("Annette Callear")]}),
    ("A-4 must be Kate McConnell now, not Viv", M,
     {"intent": "reassign", "ref": "A-4", "owners": [member("Kate McConnell")]}),
]  # fmt: skip
# How the action is to be held after the new owners ("jointly", "generally", "really"), and "owned jointly by".
HELD_HOW: list[Case] = [
    ("A-8 should sit with Tony Oakman and me jointly", "Jo Forbes",
     {"intent": "reassign", "ref": "A-8", "owners": [member("Tony Oakman"), member("Jo Forbes")]}),
    ("a-21 to be owned jointly by helen ellis and mike galikowski", M,
     {"intent": "reassign", "ref": "A-21", "owners": [member("Helen Ellis"), member("Mike Galikowski")]}),
    ("Could A-17 be given to the police generally, not to me personally?", "Sally Holmes",
     {"intent": "reassign", "ref": "A-17", "owners": [{"kind": "agency", "name": "West Midlands Police"}]}),
    ("A-2 should go to Cafcass really", M,
     {"intent": "reassign", "ref": "A-2", "owners": [{"kind": "agency", "name": "Cafcass"}]}),
    ("A-33 is now being led together by Zala Ibrahim", M,
     {"intent": "reassign", "ref": "A-33", "owners": [member("Zala Ibrahim")]}),
]  # fmt: skip
# "a 19", "action 3 -": a reference typed with a space or written out, after an edit word or before one.
SPACED_EDITS: list[Case] = [
    ("reassign a 22 to Sally", M, {"intent": "reassign", "ref": "A-22", "owners": [member("Sally Holmes")]}),
    ("move a 6 to the september board", "Jo Forbes", {"intent": "change_due", "ref": "A-6", "due": "2015-09-11"}),
    ("Action 12 - owner should be Cafcass now, not the CCG", M,
     {"intent": "reassign", "ref": "A-12", "owners": [{"kind": "agency", "name": "Cafcass"}]}),
    ("action 9 - done", "Jo Forbes", {"intent": "complete_action", "ref": "A-9"}),
    ("strike a 14 please", M, {"intent": "drop_action", "ref": "A-14"}),
]  # fmt: skip
# One action asked for to be seen: "pull up a 40", "the full wording of action 41", "a 27 details".
SHOW_ASKED: list[Case] = [
    ("could you bring up a 33 please", "Jo Forbes", {"intent": "show_action", "ref": "A-33"}),
    ("I'd like to read the exact wording of A-18 before the panel", "Jo Forbes",
     {"intent": "show_action", "ref": "A-18"}),
    ("a 9 details", "Jo Forbes", {"intent": "show_action", "ref": "A-9"}),
    ("pull up a 51 for me", "Jo Forbes", {"intent": "show_action", "ref": "A-51"}),
    ("I want to check the details of action 23, not sure what I agreed to", "Jo Forbes",
     {"intent": "show_action", "ref": "A-23"}),
]  # fmt: skip
# Dropping: "strike", a polite ask ("I wonder if ... could be dropped"), the reason first ("..., so"), a check after it.
DROP_MORE: list[Case] = [
    ("Strike A-11 off the list", M, {"intent": "drop_action", "ref": "A-11"}),
    ("The panel has been disbanded, so I wonder whether A-19 could be removed?", "Jo Forbes",
     {"intent": "drop_action", "ref": "A-19", "note": "The panel has been disbanded"}),
    ("I'd be grateful if A-3 could be withdrawn - the ICB is doing this work now. Hope that's ok", "Jo Forbes",
     {"intent": "drop_action", "ref": "A-3", "note": "the ICB is doing this work now"}),
    ("a-8 no longer required at all, bin it", "Jo Forbes",
     {"intent": "drop_action", "ref": "A-8", "note": "no longer required at all"}),
    ("please delete A-40 from the action log", M, {"intent": "drop_action", "ref": "A-40", "note": None}),
]  # fmt: skip
# "Sorry, I meant A-27, not A-72": the right reference, and what is asked of it.
CORRECTIONS: list[Case] = [
    ("sorry I meant A-13, not A-31 - can you show me that one", "Jo Forbes", {"intent": "show_action", "ref": "A-13"}),
    ("Oops, I meant A-8 not A-80, for that last update. A-8: the venue is booked.", "Jo Forbes",
     {"intent": "add_update", "ref": "A-8", "note": "the venue is booked."}),
    ("Sorry, I meant to remove A-21, not A-12 - A-12 is fine! A-21 has been superseded by the new policy.", M,
     {"intent": "drop_action", "ref": "A-21", "note": "superseded by the new policy"}),
    ("my mistake, I meant to push A-4, not A-40, back a week", "Jo Forbes",
     {"intent": "change_due", "ref": "A-4", "shift_days": 7}),
]  # fmt: skip
# Asking for an update to be added: "update a-50: ...", "add the following to", "I wonder if you could add ...".
UPDATE_ASKED: list[Case] = [
    ("update a-3: 4 of 9 settings visited", "Jo Forbes",
     {"intent": "add_update", "ref": "A-3", "note": "4 of 9 settings visited"}),
    ("Please add the following to A7: the survey closes on Friday.", "Jo Forbes",
     {"intent": "add_update", "ref": "A-7", "note": "the survey closes on Friday."}),
    ("I was wondering if you could add a note to A-15: Helen is chasing the figures.", "Jo Forbes",
     {"intent": "add_update", "ref": "A-15", "note": "Helen is chasing the figures."}),
    ("Can you add an update on A-2, please: first draft shared with Sally.", "Jo Forbes",
     {"intent": "add_update", "ref": "A-2", "note": "first draft shared with Sally."}),
]  # fmt: skip
# News whose date belongs to something else (a draft's due date, where the work goes next): an update.
NEWS_DATES: list[Case] = [
    ("A-6: analyst appointed, report due end of June", "Jo Forbes",
     {"intent": "add_update", "ref": "A-6", "note": "analyst appointed, report due end of June"}),
    ("For A-9: the protocol has been agreed and will go to QA in July.", "Jo Forbes",
     {"intent": "add_update", "ref": "A-9", "note": "the protocol has been agreed and will go to QA in July."}),
    ("a-12: survey closed, findings due 30/6", "Jo Forbes",
     {"intent": "add_update", "ref": "A-12", "note": "survey closed, findings due 30/6"}),
    ("A-4 - the leaflet has been printed and is going to go to the heads forum on 10 June", "Jo Forbes",
     {"intent": "add_update", "ref": "A-4"}),
]  # fmt: skip
# A new date asked as "can it be <date>", and the date after the word that moves it (an earlier one is the reason).
REDATE_MORE: list[Case] = [
    ("a-4 - can it be end of june instead", "Jo Forbes", {"intent": "change_due", "ref": "A-4", "due": "2015-06-30"}),
    ("A-19: could this be the first week of July?", "Jo Forbes",
     {"intent": "change_due", "ref": "A-19", "due": "2015-07-03"}),
    ("we won't have the figures until 1 june so can a-2 move to 12/06", "Jo Forbes",
     {"intent": "change_due", "ref": "A-2", "due": "2015-06-12"}),
    ("the analyst is off sick until next friday, so could A-5 go back to the 26th", "Jo Forbes",
     {"intent": "change_due", "ref": "A-5", "due": "2015-05-26"}),
]  # fmt: skip
# Leave: "may" in lower case as the month, a leave word then "back", and someone else's leave named by a role.
LEAVE_ROUND4: list[Case] = [
    ("on leave 26-29 may", "Jo Forbes", {"intent": "leave", "away_until": "2015-05-29"}),
    ("off until end of may, emails only if urgent", "Jo Forbes", {"intent": "leave", "away_until": "2015-05-31"}),
    ("holiday! back 1st june", "Jo Forbes", {"intent": "leave", "away_until": "2015-05-31"}),
    ("a/l: back on the 3rd", "Jo Forbes", {"intent": "leave", "away_until": "2015-06-02"}),
    ("our data officer is on leave until 1 june so A-5 will be late", "Jo Forbes", {"intent": "none"}),
]  # fmt: skip
# Withdrawing: "withdrawing my apology", "I'm able to attend", "the X meeting has moved", "I'll be at X now".
WITHDRAW_ROUND4: list[Case] = [
    ("The clash has gone - would you mind removing my apologies for July?", "Jo Forbes",
     {"intent": "withdraw_apology", "owners": [member("Jo Forbes")], "meeting": "2015-07-10"}),
    ("the court hearing has moved so I'm able to make the september board", "Jo Forbes",
     {"intent": "withdraw_apology", "owners": [member("Jo Forbes")], "meeting": "2015-09-11"}),
    ("I'll be at the workshop now - thought I was on leave but it's the week after", "Jo Forbes",
     {"intent": "withdraw_apology", "owners": [member("Jo Forbes")], "meeting": "2015-06-19"}),
    ("Our team meeting has been rearranged, so I am able to attend on 10 July", "Jo Forbes",
     {"intent": "withdraw_apology", "owners": [member("Jo Forbes")], "meeting": "2015-07-10"}),
]  # fmt: skip
# "withdraw apols for Tony Oakman": someone's apologies, named after the word; never the writer's.
WITHDRAW_FOR: list[Case] = [
    ("withdraw apologies for Sally Holmes - july board", M,
     {"intent": "withdraw_apology", "owners": [member("Sally Holmes")], "meeting": "2015-07-10"}),
    ("remove the apols from Nicola Campbell for the workshop", M,
     {"intent": "withdraw_apology", "owners": [member("Nicola Campbell")], "meeting": "2015-06-19"}),
    ("cancel apologies for Tony Oakmen, september", M,
     {"intent": "withdraw_apology",
      "owners": [{"kind": "unknown", "name": "Tony Oakmen", "suggestions": ["Tony Oakman"]}]}),
    ("strike the apologies of Helen Ellis for 10 July", M,
     {"intent": "withdraw_apology", "owners": [member("Helen Ellis")], "meeting": "2015-07-10"}),
]  # fmt: skip
# A stand-in asked for by name ("Martine can you chair it?") or named with a title ("dr ahmed", "DS Jane Cole").
STAND_INS: list[Case] = [
    ("I can't make the july board, Sally can you cover it?", "Richard Fisher",
     {"intent": "apology", "owners": [member("Richard Fisher")], "representative": "Sally Holmes"}),
    ("apologies for the workshop - helen would you mind standing in", "Mike Galikowski",
     {"intent": "apology", "owners": [member("Mike Galikowski")], "representative": "Helen Ellis"}),
    ("apols for september, mrs patel from the trust will attend", "Pam Smith",
     {"intent": "apology", "owners": [member("Pam Smith")], "representative": "mrs patel"}),
    ("Sorry, can't do 10 July. DC Amy Ward will attend in my place.", "Sally Holmes",
     {"intent": "apology", "owners": [member("Sally Holmes")], "representative": "Amy Ward"}),
]  # fmt: skip
# Apologies sent for someone by the writer or their office; and "it's <date> I can't make".
APOLOGY_FOR: list[Case] = [
    ("Tony Oakman has asked me to send his apologies for the workshop", M,
     {"intent": "apology", "owners": [member("Tony Oakman")], "meeting": "2015-06-19"}),
    ("Nicola Campbell's office has been in touch - she can't make the July board", M,
     {"intent": "apology", "owners": [member("Nicola Campbell")], "meeting": "2015-07-10"}),
    ("Sorry, I mixed them up: its the september board I cant make, not july", "Jo Forbes",
     {"intent": "apology", "owners": [member("Jo Forbes")], "meeting": "2015-09-11"}),
    ("Mayada has asked us to pass on her apologies for September", M,
     {"intent": "apology", "owners": [member("Mayada AbuAffan")], "meeting": "2015-09-11"}),
]  # fmt: skip
# One school's own S175 return, by its name; "made a start", "being done": under way.
SCHOOL_RETURNS: list[Case] = [
    ("St Mary's C of E Primary have submitted their S175", "Marie Hunter",
     {"intent": "audit_update",
      "audit": {"type": "S175", "subject": "St Mary's C of E Primary", "status": "complete"}}),
    ("Just to say Kingswinford Academy has made a start on its s175", "Marie Hunter",
     {"intent": "audit_update", "audit": {"type": "S175", "subject": "Kingswinford Academy", "status": "in_progress"}}),
    ("the S175 for Brierley Hill High School is in", "Marie Hunter",
     {"intent": "audit_update",
      "audit": {"type": "S175", "subject": "Brierley Hill High School", "status": "complete"}}),
    ("Thorns Infants hasn't started their 175 audit yet", "Marie Hunter",
     {"intent": "audit_update", "audit": {"type": "S175", "subject": "Thorns Infants", "status": "not_started"}}),
    ("Cafcass S11 being done this month", M, {"audit": {"type": "S11", "subject": "Cafcass", "status": "in_progress"}}),
]  # fmt: skip
# The writer's own agency's return sent ("we've sent our S11"), and a return "back from" an agency: audit news.
RETURN_SENT: list[Case] = [
    ("we've sent our s11 back to Martine this afternoon", "Richard Fisher",
     {"intent": "audit_update", "audit": {"type": "S11", "subject": "West Midlands Police", "status": "complete"}}),
    ("I have just submitted our S11 👍", "Nicola Campbell",
     {"intent": "audit_update", "audit": {"type": "S11", "subject": "Cafcass", "status": "complete"}}),
    ("S11 back from Cafcass 🎉", M,
     {"intent": "audit_update", "audit": {"type": "S11", "subject": "Cafcass", "status": "complete"}}),
    ("the fire service S11 is back in", M,
     {"intent": "audit_update",
      "audit": {"type": "S11", "subject": "West Midlands Fire Service", "status": "complete"}}),
]  # fmt: skip
# The writer's own action done, and the assistant asked to tick it off: "could you tick it off for me?".
CLOSE_MINE_ASKED: list[Case] = [
    ("I have finished my action on the MASH leaflet. Could you tick it off for me?", "Jo Forbes",
     {"intent": "complete_action", "owners": [member("Jo Forbes")]}),
    ("Finished my action about the housing figures - would you mind marking it as done?", "Jo Forbes",
     {"intent": "complete_action", "owners": [member("Jo Forbes")]}),
    ("I have now done my bit on the training dates. Can you close it off?", "Jo Forbes",
     {"intent": "complete_action", "owners": [member("Jo Forbes")]}),
    ("my action on the forum is finished, will you mark it complete", "Jo Forbes",
     {"intent": "complete_action", "owners": [member("Jo Forbes")]}),
]  # fmt: skip
# "A-40 → mid june": an arrow from the reference to a date moves the date (to a name, it reassigns).
ARROW_DATES: list[Case] = [
    ("A-12 → end of june", "Jo Forbes", {"intent": "change_due", "ref": "A-12", "due": "2015-06-30"}),
    ("a-3 -> 19/6", "Jo Forbes", {"intent": "change_due", "ref": "A-3", "due": "2015-06-19"}),
    ("A-27 => the september board please", "Jo Forbes", {"intent": "change_due", "ref": "A-27", "due": "2015-09-11"}),
    ("a9 → 1st july", "Jo Forbes", {"intent": "change_due", "ref": "A-9", "due": "2015-07-01"}),
]
# A return still to be done ("to be completed by", "should be done by", "get it done"): no status to record.
FUTURE_RETURNS: list[Case] = [
    ("Cafcass S11 to be completed by end of June", M, {"intent": "none"}),
    ("Police S11 should be done by Friday", M, {"intent": "none"}),
    ("the CCG hope to get their S11 submitted next week", M, {"intent": "none"}),
    ("Fire service S11 will be returned after half term", M, {"intent": "none"}),
]
# "move A-7 across to Tony": handed across to a named new owner.
ACROSS: list[Case] = [
    ("move A-7 across to Tony Oakman", M, {"intent": "reassign", "ref": "A-7", "owners": [member("Tony Oakman")]}),
    ("can a-16 be passed across to Remley", M,
     {"intent": "reassign", "ref": "A-16", "owners": [member("Remley Mann")]}),
    ("please hand A-4 across to the fire service", M,
     {"intent": "reassign", "ref": "A-4", "owners": [{"kind": "agency", "name": "West Midlands Fire Service"}]}),
    ("A-30 should be moved across to Zala Ibrahim", M,
     {"intent": "reassign", "ref": "A-30", "owners": [member("Zala Ibrahim")]}),
]  # fmt: skip

ROUND_FOUR = {
    "across": ACROSS,
    "future-returns": FUTURE_RETURNS,
    "arrow-dates": ARROW_DATES,
    "relayed-apology": RELAYED_APOLOGY,
    "relayed-done": RELAYED_DONE,
    "done-for-dash": DONE_FOR_DASH,
    "ticked": TICKED,
    "news-then-done": NEWS_THEN_DONE,
    "should-be-not": SHOULD_BE_NOT,
    "held-how": HELD_HOW,
    "spaced-edits": SPACED_EDITS,
    "show-asked": SHOW_ASKED,
    "drop-more": DROP_MORE,
    "corrections": CORRECTIONS,
    "update-asked": UPDATE_ASKED,
    "news-dates": NEWS_DATES,
    "redate-more": REDATE_MORE,
    "leave-round4": LEAVE_ROUND4,
    "withdraw-round4": WITHDRAW_ROUND4,
    "withdraw-for": WITHDRAW_FOR,
    "stand-ins": STAND_INS,
    "apology-for": APOLOGY_FOR,
    "school-returns": SCHOOL_RETURNS,
    "return-sent": RETURN_SENT,
    "close-mine-asked": CLOSE_MINE_ASKED,
}

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
    **ROUND_FOUR,
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


@pytest.mark.parametrize(
    "text",
    ["withdraw apologies for the July board", "please remove the apologies for september",
     "cancel my apologies for the workshop"],
)  # fmt: skip
def test_withdrawn_apologies_for_a_meeting_stay_the_writers(snapshot: Snapshot, text: str) -> None:
    assert parse(snapshot, text, "Jo Forbes")["owners"] == [member("Jo Forbes")]


# Apologies counted ("lots of apols", "loads of apologies") are talk about attendance, not apologies sent.
@pytest.mark.parametrize(
    "text",
    ["will we be quorate in september? there seem to be loads of apologies",
     "is the september board quorate? lots of apologies in",
     "quorate for the workshop? a lot of apols already",
     "Are there too many apologies for 10 July to go ahead?"],
)  # fmt: skip
def test_counted_apologies_are_not_sent(snapshot: Snapshot, text: str) -> None:
    assert parse(snapshot, text, "Jo Forbes")["intent"] != "apology"


# A return set to a status on request ("update ... to complete") is news, unlike one still to be done.
@pytest.mark.parametrize(
    "text",
    ["Could you update the S11 for Cafcass to complete please", "please mark the police S11 as submitted",
     "set the CCG S11 to complete, Su confirmed it today"],
)  # fmt: skip
def test_a_status_asked_for_is_recorded(snapshot: Snapshot, text: str) -> None:
    assert parse(snapshot, text, M)["audit"]["status"] == "complete"


# "him" or "her" as the new owner: never resolved to a member when several, or nobody, are named (asked instead);
# the one person named is offered for the writer to confirm, never recorded at once.
@pytest.mark.parametrize(
    "text",
    ["I spoke to Sally and Richard, A-5 should move over to her", "after talking to Karen, A-3 can go over to her",
     "please pass A-9 to him", "Viv has the contacts now so please move A-8 across to her"],
)  # fmt: skip
def test_a_pronoun_owner_is_never_guessed(snapshot: Snapshot, text: str) -> None:
    got = parse(snapshot, text, M)
    assert got["guessed"] or not [o for o in got["owners"] if o["kind"] == "member"]
