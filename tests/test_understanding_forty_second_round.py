"""Understanding the forty-second round's classes, most from sets written about forwarded emails, relayed requests,
holidays in text-speak and dates as meetings: a note above a quoted message is read first and the quote's "I" is
never the writer's ("apologies please for the workshop from Sally - her email below" over Sally's email is Sally's,
never the business manager's); who got in touch is whom an edit is for ("Had a call from Pam - a-14 can be dropped");
"a-33 not ours and not needed – that service moved to the council in March" drops A-33 (never a new date in 2016);
"… should be signed off by the end of the month" is news (never A-20 closed); "Tony asked me whether the fire
service S11 has gone in" asks (never records the return); "mike g - annual leave from monday, back 8 june" is Mike's
leave (never an action for him); "the summer board" is July's board.

Every case is invented here (not copied from a corpus), several to a class. A wrong owner is worse than a question:
the look-alikes check that a rule stays away from wordings that only look like its own.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.understanding.snapshot import Snapshot
from tests.conftest import seed_snapshot
from tests.understanding_cases import Case, M, agency, check, member, parse

HOSPITAL = "Dudley Group NHS Foundation Trust"


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    return seed_snapshot(tmp_path_factory.mktemp("understanding-forty-second-round"))


# SEED_NOW is Friday 15 May 2015; boards 10 July and 11 September, the workshop 19 June, the audit panel Monday 18 May.
NOTE_ABOVE: list[Case] = [
    (
        "apologies please for the workshop from Sally - her email below\n\n-----Original Message-----\n"
        "From: Sally Holmes\n"
        "Sent: 14 May 2015 09:12\n\nMartine, I'm at a training day on the 19th so can't come. Sally",
        M,
        {"intent": "apology", "owners": [member("Sally Holmes")], "meeting": "2015-06-19"},
    ),  # had been the writer's
    (
        "can I have Viv's list please - she's asked below\n\n> Martine, what's still open for me? On the train. Viv",
        M,
        {"intent": "list_actions", "owners": [member("Viv Townsend")]},
    ),  # had been the writer's own list
    (
        "Can you send me Karen's list - her email below\n\n> Martine, what have I got outstanding? Karen",
        M,
        {"intent": "list_actions", "owners": [], "ambiguous": [("Karen", ["Karen Jackson", "Karen Palk"])]},
    ),
    (
        "pls add as an update to a-31 ↓\n\n> Martine, the MAPPA briefing is written and with my manager. Viv",
        M,
        {"intent": "add_update", "ref": "A-31", "note": "the MAPPA briefing is written and with my manager."},
    ),
    (
        "fyi ↓\n\n> Annette, Cotwall End Primary have now completed their S175 return. Marie",
        "Annette Callear",
        {"intent": "audit_update", "audit": {"type": "S175", "status": "complete"}},
    ),
    (
        "Zala's meeting has moved so she'll be at the September board now - her note below\n\n> Pam, can you get my "
        "apologies taken off for September? Z",
        "Pam Smith",
        {"intent": "withdraw_apology", "owners": [member("Zala Ibrahim")], "meeting": "2015-09-11"},
    ),
    (
        "a-14 can be closed - see Jo's email below\n\n> Martine, the protocol was signed off at DMT yesterday. Jo",
        M,
        {"intent": "complete_action", "ref": "A-14", "on_behalf_of": "Jo Forbes"},
    ),
]
DROPPED_FIRST: list[Case] = [
    (
        "a-33 not ours and not needed – that service moved to the council in March",
        "Pam Smith",
        {"intent": "drop_action", "ref": "A-33"},
    ),  # had been a new date, 31 March 2016
    (
        "A-12 isn't needed, it was transferred to the CCG last year",
        "Jo Forbes",
        {"intent": "drop_action", "ref": "A-12"},
    ),
    (
        "a-33 not needed – the commissioning moved to the CCG",
        "Pam Smith",
        {"intent": "drop_action", "ref": "A-33"},
    ),  # had been given to the CCG
    # look-alike: not needed by the writer, and a move asked
    (
        "a-33 not needed by us - can it move to the CCG",
        "Pam Smith",
        {"intent": "reassign", "ref": "A-33", "owners": [agency("Dudley CCG")]},
    ),
]
NOT_DONE_YET: list[Case] = [
    (
        "a-20: the policy is with legal and should be signed off by the end of the month",
        "Jo Forbes",
        {"intent": "add_update", "ref": "A-20"},
    ),  # had been A-20 closed
    ("a-20 will be signed off at cabinet on 3 June", "Jo Forbes", {"intent": "add_update", "ref": "A-20"}),
    (
        "a-12: 9 of our 14 secondary schools have completed the refresher training",
        "Marie Hunter",
        {"intent": "add_update", "ref": "A-12"},
    ),
    # look-alike: signed off already
    ("A-20 was signed off yesterday", "Jo Forbes", {"intent": "complete_action", "ref": "A-20"}),
]
ASKED_WHETHER: list[Case] = [
    (
        "Tony asked me whether the fire service S11 has gone in",
        "Roger Clayton",
        {"intent": "audit_status", "audit": {"type": "S11", "subject": "West Midlands Fire Service"}},
    ),  # had recorded it
    (
        "Sue asked us whether the CCG S11 is complete",
        M,
        {"intent": "audit_status", "audit": {"type": "S11", "subject": "Dudley CCG"}},
    ),
]
RECORD_ASKED: list[Case] = [
    (
        "Jo wants an action recording for Helen to share the NEET figures by the 12th",
        M,
        {"intent": "record_action", "owners": [member("Helen Ellis")], "due": "2015-06-12"},
    ),  # had listed Helen's
    (
        "Sally wants an action adding for the police to review the missing protocol by end of June",
        M,
        {"intent": "record_action", "owners": [agency("West Midlands Police")], "due": "2015-06-30"},
    ),
    (
        "Helen to refresh the youth voice leaflet, nothing urgent",
        M,
        {"intent": "record_action", "owners": [member("Helen Ellis")], "asap": False, "due": None},
    ),  # had been asap
    (
        "Can you set this up as an action for the CCG, due end of June?",
        M,
        {"intent": "record_action", "owners": [agency("Dudley CCG")], "due": "2015-06-30"},
    ),
    (
        "can this go on as an action for YOS, by mid June",
        M,
        {"intent": "record_action", "owners": [agency("DMBC – YOS")], "due": "2015-06-15"},
    ),
    (
        "Roger would like an action logged for Sally - circulate the missing-from-home protocol by Friday",
        M,
        {
            "intent": "record_action",
            "owners": [member("Sally Holmes")],
            "task": "Circulate the missing-from-home protocol",
        },
    ),
    (
        "Item 6 – ACTION: the police to share the MFH data with the SCR sub – by 30/06",
        "Sally Holmes",
        {"intent": "record_action", "owners": [agency("West Midlands Police")], "due": "2015-06-30"},
    ),  # had moved A-6
]
LEAVE_NAMED: list[Case] = [
    (
        "mike g - annual leave from monday, back 8 june",
        M,
        {"intent": "leave", "owners": [member("Mike Galikowski")], "away_until": "2015-06-07"},
    ),  # had been an action
    (
        "fyi Sally's on leave til the 5th of June",
        M,
        {"intent": "leave", "owners": [member("Sally Holmes")], "away_until": "2015-06-05"},
    ),
    (
        "Jayne rang - she's off sick until next Friday",
        M,
        {"intent": "leave", "owners": [member("Jayne Sargeant")], "away_until": "2015-05-22"},
    ),
    # look-alike: the one spoken to, then the writer's own leave
    ("Martine - annual leave 1-12 June inclusive. Viv", "Viv Townsend", {"intent": "leave", "owners": []}),
]
MEETING_DATES: list[Case] = [
    (
        "Chris to bring the early help evaluation to the summer board",
        M,
        {"intent": "record_action", "owners": [member("Chris Ballinger")], "due": "2015-07-10"},
    ),
    ("can a-9 go to the autumn board?", "Jo Forbes", {"intent": "change_due", "ref": "A-9", "due": "2015-09-11"}),
    # look-alike: a report due out, not the action's date
    (
        "re a-17 the inspection report is due out in july, we'll finish after that",
        "Chris Ballinger",
        {"ref": "A-17", "due": None},
    ),
]
RELAYED: list[Case] = [
    (
        "Had a call from Pam - a-14 can be dropped, the pilot has ended",
        M,
        {"intent": "drop_action", "ref": "A-14", "on_behalf_of": "Pam Smith"},
    ),
    (
        "Email in from Nicola: could we log an action for Cafcass to share the audit findings by the end of June?",
        M,
        {"intent": "record_action", "owners": [agency("Cafcass")], "on_behalf_of": "Nicola Campbell"},
    ),
    (
        "Tony's PA rang: can A-36 move to the September board",
        M,
        {"intent": "change_due", "ref": "A-36", "due": "2015-09-11", "on_behalf_of": "Tony Oakman"},
    ),
    (
        "Jassi rang - she wants A-5 moving to Sue Haywood",
        M,
        {"intent": "reassign", "ref": "A-5", "owners": [member("Sue Haywood")]},
    ),
    (
        "apols pls for the workshop from Remley",
        M,
        {"intent": "apology", "owners": [member("Remley Mann")], "meeting": "2015-06-19"},
    ),
]
PUT_ON_ME_IN_ERROR: list[Case] = [
    (
        "a-21 put on me in error, its sallys really",
        "Richard Fisher",
        {"intent": "reassign", "ref": "A-21", "owners": [member("Sally Holmes")]},
    ),  # had been nothing read
    (
        "A-21 has been put against me but it's Jo's – housing lead on that one",
        "Mike Galikowski",
        {"intent": "reassign", "ref": "A-21", "owners": [member("Jo Forbes")]},
    ),
    # look-alike: given to the writer, and kept
    ("a-21 was put on me but it's done now", "Mike Galikowski", {"intent": "complete_action", "ref": "A-21"}),
]
HOW_IT_WORKS: list[Case] = [
    ("can i update my actions by forwarding an email to you?", "Jo Forbes", {"intent": "help"}),
    ("can I record apologies from Teams or only Slack?", "Jo Forbes", {"intent": "help"}),
    ("can we just paste the minutes in here and you find the actions?", M, {"intent": "help"}),
    ("Can I ask the bot to send me a weekly list of what's overdue?", "Jo Forbes", {"intent": "help"}),
]
WORDS_KEPT: list[Case] = [
    (
        "Update on A-30: the draft is with the panel for comments.",
        "Mayada AbuAffan",
        {"intent": "add_update", "note": "the draft is with the panel for comments."},
    ),  # had been "with CDOP"
]

ALL = [
    *(("note-above", *c) for c in NOTE_ABOVE),
    *(("dropped-first", *c) for c in DROPPED_FIRST),
    *(("not-done-yet", *c) for c in NOT_DONE_YET),
    *(("asked-whether", *c) for c in ASKED_WHETHER),
    *(("record-asked", *c) for c in RECORD_ASKED),
    *(("leave-named", *c) for c in LEAVE_NAMED),
    *(("meeting-dates", *c) for c in MEETING_DATES),
    *(("relayed", *c) for c in RELAYED),
    *(("put-on-me-in-error", *c) for c in PUT_ON_ME_IN_ERROR),
    *(("how-it-works", *c) for c in HOW_IT_WORKS),
    *(("words-kept", *c) for c in WORDS_KEPT),
]  # fmt: skip


@pytest.mark.parametrize(("group_", "text", "writer", "expected"), ALL, ids=[f"{c[0]}:{c[1][:40]}" for c in ALL])
def test_forty_second_round_wording(
    snapshot: Snapshot, group_: str, text: str, writer: str, expected: dict[str, Any]
) -> None:
    check(parse(snapshot, text, writer), expected)


def test_a_quoted_messages_i_is_never_the_writer(snapshot: Snapshot) -> None:
    """Whatever a note above a quoted message asks, the quote's "I" and "my" never make the writer an owner."""
    for note in ("apols for Monday - see below", "please note the below", "fyi below", "can you sort this"):
        got = parse(snapshot, f"{note}\n\n> Martine, I can't make Monday and my deputy is off too. Tony", M)
        assert all(o["name"] != M for o in got["owners"]), (note, got)


def test_a_season_with_no_board_is_never_another_date(snapshot: Snapshot) -> None:
    """ "the winter board", when the board holds none in winter, gives no date (never the next board's)."""
    got = parse(snapshot, "Chris to bring the early help evaluation to the winter board", M)
    assert got["due"] is None, got


def test_a_quoted_question_from_nobody_known_is_never_the_boards_list(snapshot: Snapshot) -> None:
    """ "what have I got on?" quoted from someone the roster does not know is nobody's list: never the writer's, never
    the whole board's."""
    got = parse(snapshot, "fyi below\n\n> Martine, what have I got on at the moment? ta", M)
    assert not (got["intent"] == "list_actions" and not got["owners"] and not got["ambiguous"]), got
    assert all(o["name"] != M for o in got["owners"]), got
