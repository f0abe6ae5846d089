"""Understanding phone and voice-dictated chat: spoken numbers and letters, spoken dates, terse leave, progress notes
and edits on a reference without their usual words, note-style new actions, and terse apologies.

Every case is invented here (not copied from a corpus), several to a class, so that each rule is held to the family
of wordings it covers. A wrong owner is worse than a question: the negative cases check that a rule stays away from
wordings that only look like its own.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.understanding.dictation import as_typed
from bot.understanding.snapshot import Snapshot
from tests.conftest import seed_snapshot
from tests.understanding_cases import Case, agency, check, member, parse, unknown


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    return seed_snapshot(tmp_path_factory.mktemp("understanding-dictation"))


# SEED_NOW is Friday 15 May 2015; boards 10 July and 11 September, the workshop 19 June, the audit panel Monday 18 May.

# "action thirty one", "a fifteen is done", "could a twenty four go to ...": an action's number spoken.
SPOKEN_REFS: list[Case] = [
    ("can action thirty one be moved to the fourth of september", "Jo Forbes",
     {"intent": "change_due", "ref": "A-31", "due": "2015-09-04"}),
    ("a fifteen is done", "Sally Holmes", {"intent": "complete_action", "ref": "A-15"}),
    ("a thirty seven is now finished", "Sally Holmes", {"intent": "complete_action", "ref": "A-37"}),
    ("could a twenty four go to karen jackson instead of me", "Mayada AbuAffan",
     {"intent": "reassign", "ref": "A-24", "owners": [member("Karen Jackson")]}),
    ("update on a forty three the survey has gone out to all heads", "Marie Hunter",
     {"intent": "add_update", "ref": "A-43", "note": "the survey has gone out to all heads"}),
    ("show me action twelve", "Jo Forbes", {"intent": "show_action", "ref": "A-12"}),
    ("pull up action thirty nine", "Jo Forbes", {"intent": "show_action", "ref": "A-39"}),
    ("please drop action twenty eight it's been overtaken by the peer review", "Pam Smith",
     {"intent": "drop_action", "ref": "A-28", "note": "it's been overtaken by the peer review"}),
    ("please change the due date for a seventeen to the twenty third of july", "Jo Forbes",
     {"intent": "change_due", "ref": "A-17", "due": "2015-07-23"}),
]  # fmt: skip

# A spoken number that is a quantity is no reference.
NOT_REFS = [
    "we need a twenty minute slot on the agenda",
    "a thirty page report is too long for the board",
    "can we book a forty five minute call",
]

# "section eleven", "s one seven five", "the c c g", "the d c v s": audits and initials spoken.
SPOKEN_AUDITS_AND_INITIALS: list[Case] = [
    ("the police section eleven is nearly done", "Richard Fisher",
     {"intent": "audit_update", "audit": {"type": "S11", "subject": "West Midlands Police", "status": "in_progress"}}),
    ("has public health done their section eleven", "Martine McFadden",
     {"intent": "audit_status", "audit": {"type": "S11", "subject": "Office of Public Health"}}),
    ("how are we doing with s one seven five", "Martine McFadden",
     {"intent": "audit_status", "audit": {"type": "S175"}}),
    ("what's open for the c c g", "Martine McFadden", {"intent": "list_actions", "owners": [agency("Dudley CCG")]}),
    ("anything outstanding for the d c v s", "Martine McFadden",
     {"intent": "list_actions", "owners": [agency("DCVS")]}),
    ("update on a-14 the protocol has gone to the l s c b", "Su Vincent",
     {"intent": "add_update", "ref": "A-14", "note": "the protocol has gone to the l s c b"}),
]  # fmt: skip

# "the twenty third of july", "on the tenth of july": a day spoken before its month.
SPOKEN_DAYS: list[Case] = [
    ("apols for the board on the tenth of july, at court", "Richard Fisher",
     {"intent": "apology", "owners": [member("Richard Fisher")], "meeting": "2015-07-10"}),
    ("apologies for the eleventh of september board please", "Viv Townsend",
     {"intent": "apology", "owners": [member("Viv Townsend")], "meeting": "2015-09-11"}),
    ("move a-8 to the thirtieth of june", "Jo Forbes", {"intent": "change_due", "ref": "A-8", "due": "2015-06-30"}),
]  # fmt: skip

# Leave written tersely: leave words and then only its days, a range without its month, "back" right before its day,
# capitals ("AL"); away_until is the last day away.
TERSE_LEAVE: list[Case] = [
    ("off sick today", "Helen Ellis", {"intent": "leave", "away_until": "2015-05-15"}),
    ("off sick today and tomorrow", "Helen Ellis", {"intent": "leave", "away_until": "2015-05-16"}),
    ("on a/l wednesday and thursday", "Helen Ellis", {"intent": "leave", "away_until": "2015-05-21"}),
    ("on hols 1st to the 5th", "Helen Ellis", {"intent": "leave", "away_until": "2015-06-05"}),
    ("AL TILL FRIDAY", "Helen Ellis", {"intent": "leave", "away_until": "2015-05-22"}),
    ("A/L FROM MONDAY, BACK 1/6", "Helen Ellis", {"intent": "leave", "away_until": "2015-05-31"}),
    ("leave w/c 22 june, back the 29th", "Helen Ellis", {"intent": "leave", "away_until": "2015-06-28"}),
    ("off from weds back on mon 25th", "Helen Ellis", {"intent": "leave", "away_until": "2015-05-24"}),
    ("away next week back in the office mon 25th", "Helen Ellis", {"intent": "leave", "away_until": "2015-05-24"}),
]

# Someone else's leave, or "off" that is no leave.
NOT_LEAVE = [
    "sally is off sick today and monday",
    "off to the police hq today",
    "off the back of the review we need a new action",
]

# News of an action after its reference, without "update": "action 41 - met the heads", "re a-18 leaflet is ...".
PROGRESS_NOTES: list[Case] = [
    ("action 41 - met the heads, data due end of june", "Marie Hunter",
     {"intent": "add_update", "ref": "A-41", "note": "met the heads, data due end of june"}),
    ("action 7 - chased the ccg again", "Marie Hunter",
     {"intent": "add_update", "ref": "A-7", "note": "chased the ccg again"}),
    ("re a-18 leaflet is at the printers, proofs so far look fine", "Marie Hunter",
     {"intent": "add_update", "ref": "A-18", "note": "leaflet is at the printers, proofs so far look fine"}),
    ("a-22 nearly there, just waiting on the legal sign off", "Marie Hunter",
     {"intent": "add_update", "ref": "A-22", "note": "nearly there, just waiting on the legal sign off"}),
    ("a-9 almost there waiting on finance", "Marie Hunter",
     {"intent": "add_update", "ref": "A-9", "note": "almost there waiting on finance"}),
    ("a-33 first draft finished, going to the qa group in june", "Marie Hunter",
     {"intent": "add_update", "ref": "A-33", "note": "first draft finished, going to the qa group in june"}),
    ("a-12 phase one complete, phase two starts in july", "Marie Hunter",
     {"intent": "add_update", "ref": "A-12", "note": "phase one complete, phase two starts in july"}),
    ("a-15 done", "Marie Hunter", {"intent": "complete_action", "ref": "A-15"}),
]  # fmt: skip

# New owners written after the reference: "A-30 is sally and me now, not richard", "a-44 helen ellis to take this on".
REASSIGNED: list[Case] = [
    ("A-30 is sally and me now, not richard", "Richard Fisher",
     {"intent": "reassign", "ref": "A-30", "owners": [member("Sally Holmes"), member("Richard Fisher")]}),
    ("a-5 is the ccg now not public health", "Richard Fisher",
     {"intent": "reassign", "ref": "A-5", "owners": [agency("Dudley CCG")]}),
    ("a-44 helen ellis to take this on now", "Jo Forbes",
     {"intent": "reassign", "ref": "A-44", "owners": [member("Helen Ellis")]}),
    ("a-2 mike g to pick it up from here", "Jo Forbes",
     {"intent": "reassign", "ref": "A-2", "owners": [member("Mike Galikowski")]}),
    ("A-17 to DC sarah blake she's the new CSE lead", "Richard Fisher",
     {"intent": "reassign", "ref": "A-17", "owners": [unknown("sarah blake")]}),
    ("can a-6 go to the police as an agency, richard is moving on", "Jo Forbes",
     {"intent": "reassign", "ref": "A-6", "owners": [agency("West Midlands Police")]}),
]  # fmt: skip

# "is" after a reference, then a state, names no new owner.
NOT_REASSIGNED = ["a-11 is late", "a-11 is overdue, not urgent though"]

# Closed without doing it, or "not relevant any more": dropped, with the reason.
DROPPED: list[Case] = [
    ("can we close a-27 without doing it, the project was cancelled", "Jo Forbes",
     {"intent": "drop_action", "ref": "A-27", "note": "the project was cancelled"}),
    ("close a-9 as not needed please", "Jo Forbes", {"intent": "drop_action", "ref": "A-9"}),
    ("a-38 not relevant any more: service decommissioned", "Jo Forbes",
     {"intent": "drop_action", "ref": "A-38", "note": "service decommissioned"}),
    ("remove action nineteen the funding has gone", "Pam Smith",
     {"intent": "drop_action", "ref": "A-19", "note": "the funding has gone"}),
]  # fmt: skip

# New actions noted in one run: a marker without a stop, a group's name before "action", pieces after "log pls -",
# the writer taking the work on ("... ill do it"), "<agency> happy to ...".
NOTED_ACTIONS: list[Case] = [
    ("new one for me pls gp training slides to the workshop by the 5th", "Su Vincent",
     {"intent": "record_action", "owners": [member("Su Vincent")], "due": "2015-06-05"}),
    ("new one for sally please refresh the cse profile by end of june", "Su Vincent",
     {"intent": "record_action", "owners": [member("Sally Holmes")], "due": "2015-06-30"}),
    ("new one for me and pam please the audit plan by end of june", "Su Vincent",
     {"intent": "record_action", "owners": [member("Su Vincent"), member("Pam Smith")], "due": "2015-06-30"}),
    ("log pls - child death review leaflet, me and mayada, by 26 june", "Zala Ibrahim",
     {"intent": "record_action", "owners": [member("Zala Ibrahim"), member("Mayada AbuAffan")],
      "task": "Child death review leaflet", "due": "2015-06-26"}),
    ("add: ward level data for the scr sub, richard + sally, by 10/7", "Su Vincent",
     {"intent": "record_action", "owners": [member("Richard Fisher"), member("Sally Holmes")], "due": "2015-07-10"}),
    ("cdop action mayada to refresh the parent leaflet end of june", "Su Vincent",
     {"intent": "record_action", "owners": [member("Mayada AbuAffan")], "due": "2015-06-30"}),
    ("qa action karen palk to test the feedback form by friday", "Su Vincent",
     {"intent": "record_action", "owners": [member("Karen Palk")], "due": "2015-05-22"}),
    ("action tony oakman bring the directorate figures to the july board", "Su Vincent",
     {"intent": "record_action", "owners": [member("Tony Oakman")], "due": "2015-07-10"}),
    ("action sally holmes check the missing episodes data by the 12th", "Sally Holmes",
     {"intent": "record_action", "owners": [member("Sally Holmes")], "due": "2015-06-12"}),
    ("SCR sub - viv and anne to draft the learning brief by end of july", "Su Vincent",
     {"intent": "record_action", "owners": [member("Viv Townsend"), member("Anne Harris")], "due": "2015-07-31"}),
    ("poster for the workshop needs printing asap ill do it", "Jayne Sargeant",
     {"intent": "record_action", "owners": [member("Jayne Sargeant")], "asap": True,
      "task": "Poster for the workshop needs printing"}),
    ("the leaflet needs reprinting, I'll sort it", "Jayne Sargeant",
     {"intent": "record_action", "owners": [member("Jayne Sargeant")], "task": "The leaflet needs reprinting"}),
    ("the heads need a reminder about training ill email them all by friday", "Marie Hunter",
     {"intent": "record_action", "owners": [member("Marie Hunter")], "due": "2015-05-22"}),
    ("cafcass happy to share their audit findings with the board", "Nicola Campbell",
     {"intent": "record_action", "owners": [agency("Cafcass")]}),
    ("the fire service keen to lead the water safety campaign by july", "Julie Winpenny",
     {"intent": "record_action", "owners": [agency("West Midlands Fire Service")], "due": "2015-07-31"}),
    ("qa&comms to agree the audit schedule by 10/7", "Jassi Broadmeadow",
     {"intent": "record_action", "owners": [{"kind": "group", "name": "QA & Comms"}], "due": "2015-07-10"}),
]  # fmt: skip

# Strangers and misspellings after "action for", titles and "X from Y": asked about, never a member assumed.
STRANGERS: list[Case] = [
    ("action for tony oakmen - bring the figures to july board", "Martine McFadden",
     {"intent": "record_action", "owners": [unknown("tony oakmen", "Tony Oakman")], "due": "2015-07-10"}),
    ("can we give jane cole from the hospice an action to share their policy by 30/6", "Martine McFadden",
     {"intent": "record_action", "owners": [unknown("jane cole")], "due": "2015-06-30"}),
    ("action for DS paul ryder to brief the panel", "Richard Fisher",
     {"intent": "record_action", "owners": [unknown("paul ryder")]}),
]  # fmt: skip

# No action: a state, not work; context that only ends "to me".
NOT_ACTIONS = [
    "action plan for the s11 needs redoing by friday",
    "ill be late",
    "I'm happy to help",
    "fyi helen on leave next week so vcsg stuff to me",
    "richard wants to see the figures by friday",
    "jo says ill chase them all by friday",
]

# Apologies and withdrawals written tersely: "no can do", "X instead", "scrap that I CAN make ...", "diary cleared so
# ill be at ...", "back on for me"; someone else's leave with the writer going instead.
TERSE_APOLOGIES: list[Case] = [
    ("sept board no can do, viv instead", "Kate McConnell",
     {"intent": "apology", "owners": [member("Kate McConnell")], "meeting": "2015-09-11",
      "representative": "Viv Townsend"}),
    ("sept board no can do", "Kate McConnell",
     {"intent": "apology", "owners": [member("Kate McConnell")], "meeting": "2015-09-11"}),
    ("scrap that i CAN make the workshop", "Jayne Sargeant",
     {"intent": "withdraw_apology", "owners": [member("Jayne Sargeant")], "meeting": "2015-06-19"}),
    ("ignore that, i can make july after all", "Jayne Sargeant",
     {"intent": "withdraw_apology", "owners": [member("Jayne Sargeant")], "meeting": "2015-07-10"}),
    ("diary cleared so ill be at the audit panel now", "Kate McConnell",
     {"intent": "withdraw_apology", "owners": [member("Kate McConnell")], "meeting": "2015-05-18"}),
    ("september board back on for me", "Annette Callear",
     {"intent": "withdraw_apology", "owners": [member("Annette Callear")], "meeting": "2015-09-11"}),
    ("viv's on leave so she cant do the workshop, i'll go instead", "Kate McConnell",
     {"intent": "apology", "owners": [member("Viv Townsend")], "meeting": "2015-06-19",
      "representative": "Kate McConnell"}),
    ("karen jackson says she can come on 10 july after all", "Martine McFadden",
     {"intent": "withdraw_apology", "owners": [member("Karen Jackson")], "meeting": "2015-07-10"}),
    ("cafe cass apols for the july board", "Nicola Campbell",
     {"intent": "apology", "owners": [member("Nicola Campbell")], "meeting": "2015-07-10"}),
]  # fmt: skip

# Questions and other edits in the same chat: "what actions are open for X", "tony wants to know what X have
# outstanding", "explain what commands there are", a month after "move ... to", "for pam she sent it".
OTHERS: list[Case] = [
    ("what actions are open for cafcass", "Martine McFadden",
     {"intent": "list_actions", "owners": [agency("Cafcass")]}),
    ("what actions are overdue for the police", "Martine McFadden",
     {"intent": "list_actions", "owners": [agency("West Midlands Police")]}),
    ("tony wants to know what the ccg have outstanding", "Martine McFadden",
     {"intent": "list_actions", "owners": [agency("Dudley CCG")]}),
    ("roger wants to know what carcass have outstanding", "Martine McFadden",
     {"intent": "list_actions", "owners": [agency("Cafcass")]}),
    ("can you explain what commands there are", "Zala Ibrahim", {"intent": "help"}),
    ("can a-21 move to october", "Jo Forbes", {"intent": "change_due", "ref": "A-21", "due": "2015-10-31"}),
    ("push a-21 to july please", "Jo Forbes", {"intent": "change_due", "ref": "A-21", "due": "2015-07-31"}),
    ("can u tick off action 9 for pam she sent it last night", "Roger Clayton",
     {"intent": "complete_action", "ref": "A-9", "on_behalf_of": "Pam Smith"}),
]  # fmt: skip

# One school's S175 return, its name typed in lower case or capitals.
SCHOOLS: list[Case] = [
    ("has saltwells primary sent its s175 yet", "Marie Hunter",
     {"intent": "audit_status", "audit": {"type": "S175", "subject": "Saltwells Primary"}}),
    ("netherton park primary s175 in progress", "Marie Hunter",
     {"intent": "audit_update",
      "audit": {"type": "S175", "subject": "Netherton Park Primary", "status": "in_progress"}}),
    ("ALDERSLEY HIGH S175 DONE", "Marie Hunter",
     {"intent": "audit_update", "audit": {"type": "S175", "subject": "Aldersley High", "status": "complete"}}),
    ("all primary schools have done their s175", "Marie Hunter",
     {"intent": "audit_update", "audit": {"type": "S175", "subject": None, "status": "complete"}}),
    ("the heads at every secondary school have done their s175", "Marie Hunter",
     {"intent": "audit_update", "audit": {"type": "S175", "subject": None}}),
]  # fmt: skip

ALL = {
    "spoken-refs": SPOKEN_REFS,
    "spoken-audits": SPOKEN_AUDITS_AND_INITIALS,
    "spoken-days": SPOKEN_DAYS,
    "terse-leave": TERSE_LEAVE,
    "progress-notes": PROGRESS_NOTES,
    "reassigned": REASSIGNED,
    "dropped": DROPPED,
    "noted-actions": NOTED_ACTIONS,
    "strangers": STRANGERS,
    "terse-apologies": TERSE_APOLOGIES,
    "others": OTHERS,
    "schools": SCHOOLS,
}
CASES = [(group, *case) for group, cases in ALL.items() for case in cases]


@pytest.mark.parametrize(("group", "text", "writer", "expected"), CASES, ids=[f"{c[0]}:{c[1][:40]}" for c in CASES])
def test_dictated_wording(
    snapshot: Snapshot, group: str, text: str, writer: str | None, expected: dict[str, Any]
) -> None:
    check(parse(snapshot, text, writer), expected)


@pytest.mark.parametrize("text", NOT_REFS)
def test_a_spoken_quantity_is_no_reference(snapshot: Snapshot, text: str) -> None:
    got = parse(snapshot, text, "Jo Forbes")
    assert got["ref"] is None and got["intent"] != "show_action", got


@pytest.mark.parametrize("text", NOT_LEAVE)
def test_someone_elses_leave_or_off_is_no_leave(snapshot: Snapshot, text: str) -> None:
    assert parse(snapshot, text, "Helen Ellis")["intent"] != "leave"


@pytest.mark.parametrize("text", NOT_REASSIGNED)
def test_a_state_after_is_names_no_owner(snapshot: Snapshot, text: str) -> None:
    assert parse(snapshot, text, "Richard Fisher")["intent"] != "reassign"


@pytest.mark.parametrize("text", NOT_ACTIONS)
def test_notes_that_are_no_work_record_nothing(snapshot: Snapshot, text: str) -> None:
    assert parse(snapshot, text, "Su Vincent")["intent"] != "record_action"


@pytest.mark.parametrize(
    ("spoken", "typed"),
    [
        ("can action twenty two be moved", "can action 22 be moved"),
        ("a forty one is done", "A-41 is done"),
        ("show me a thirty", "show me A-30"),
        ("the s c r sub group", "the SCR sub group"),
        ("s one seventy five returns", "S175 returns"),
        ("section one one", "section 11"),
        ("the twenty first of july", "the 21st of july"),
        ("a one off payment", "a one off payment"),
        ("that's eleven people", "that's eleven people"),
        ("x x x", "x x x"),
    ],
)
def test_spoken_forms_as_typed(spoken: str, typed: str) -> None:
    assert as_typed(spoken) == typed
