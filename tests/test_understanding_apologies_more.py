"""Apologies reported by the business manager for a member away for a meeting, apologies passed on with the
writer's own, no stand-in when a member is there anyway, a stand-in named with title and post, politeness that is
no apology for a meeting, leave with a start and a return day, and audit news told as a statement or asked first.

Every case is invented here, several to a class; the negative cases check that each rule stays away from wordings
that only look like its own.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.understanding.snapshot import Snapshot
from tests.conftest import seed_snapshot
from tests.understanding_cases import Case, M, check, member, parse


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    return seed_snapshot(tmp_path_factory.mktemp("understanding-apologies-more"))


# SEED_NOW is Friday 15 May 2015; boards 10 July and 11 September, the workshop 19 June, the audit panel Monday 18 May.

# "Mayada is away for the workshop, Karen Jackson will come for public health": her apology, his stand-in.
AWAY_FOR: list[Case] = [
    ("Mayada is away for the workshop, Karen Jackson will come for public health", M,
     {"intent": "apology", "owners": [member("Mayada AbuAffan")], "meeting": "2015-06-19",
      "representative": "Karen Jackson"}),
    ("Richard is away for the July board, Sally Holmes will come for the police", M,
     {"intent": "apology", "owners": [member("Richard Fisher")], "meeting": "2015-07-10",
      "representative": "Sally Holmes"}),
    ("Jo Forbes is on leave for Monday's panel, Chris Ballinger will attend for housing", M,
     {"intent": "apology", "owners": [member("Jo Forbes")], "meeting": "2015-05-18",
      "representative": "Chris Ballinger"}),
    ("Pam is off for the september board - Zala Ibrahim will come instead", M,
     {"intent": "apology", "owners": [member("Pam Smith")], "meeting": "2015-09-11",
      "representative": "Zala Ibrahim"}),
    ("Tony Oakman is away for the July board, Jassi will attend in his place", M,
     {"intent": "apology", "owners": [member("Tony Oakman")], "meeting": "2015-07-10",
      "representative": "Jassi Broadmeadow"}),
    ("Sally is off for the July board so Richard Fisher will come", M,
     {"intent": "apology", "owners": [member("Sally Holmes")], "meeting": "2015-07-10",
      "representative": "Richard Fisher"}),
]  # fmt: skip

# "apologies for the July board, and Julie asked me to pass hers on too": both; "apologies for Viv Townsend": hers.
PASSED_ON: list[Case] = [
    ("apologies for the July board please, and Julie asked me to pass hers on too - neither of us can make it",
     "Kate McConnell",
     {"intent": "apology", "owners": [member("Kate McConnell"), member("Julie Winpenny")], "meeting": "2015-07-10"}),
    ("I can't make the september board and Zala asked me to pass on her apologies too", "Pam Smith",
     {"intent": "apology", "owners": [member("Pam Smith"), member("Zala Ibrahim")], "meeting": "2015-09-11"}),
    ("sorry, can't do the workshop, and Mike asked me to send his apologies too", "Helen Ellis",
     {"intent": "apology", "owners": [member("Helen Ellis"), member("Mike Galikowski")], "meeting": "2015-06-19"}),
    ("Please record apologies for Viv Townsend for Monday's panel - she asked me to pass it on as she has lost her "
     "phone.", "Nicola Campbell",
     {"intent": "apology", "owners": [member("Viv Townsend")], "meeting": "2015-05-18"}),
    ("Can you note apologies for Richard Fisher for the July board, he asked me to let you know", "Sally Holmes",
     {"intent": "apology", "owners": [member("Richard Fisher")], "meeting": "2015-07-10"}),
    ("apologies for Karen Jackson for the workshop please - she's on leave", "Mayada AbuAffan",
     {"intent": "apology", "owners": [member("Karen Jackson")], "meeting": "2015-06-19"}),
]  # fmt: skip

# "Jo will be there for housing anyway so no need for a sub": nobody stands in.
NO_SUB: list[Case] = [
    ("I can't make the panel. Jo will be there for housing anyway so no need for a sub", "Chris Ballinger",
     {"intent": "apology", "owners": [member("Chris Ballinger")], "meeting": "2015-05-18", "representative": None}),
    ("apologies for July - Sally Holmes will be there anyway for the police so no need for a stand in",
     "Richard Fisher",
     {"intent": "apology", "owners": [member("Richard Fisher")], "meeting": "2015-07-10", "representative": None}),
    ("sorry can't make the workshop, Karen Jackson is going anyway so no need to send anyone", "Mayada AbuAffan",
     {"intent": "apology", "owners": [member("Mayada AbuAffan")], "representative": None}),
    ("apols for the september board; Zala will attend anyway, so no sub needed", "Pam Smith",
     {"intent": "apology", "owners": [member("Pam Smith")], "meeting": "2015-09-11", "representative": None}),
    ("Can't do Monday's panel. No need for a deputy as Jassi will be there", "Tony Oakman",
     {"intent": "apology", "owners": [member("Tony Oakman")], "meeting": "2015-05-18", "representative": None}),
]  # fmt: skip

# "Mrs Lynne Carter, our Designated Safeguarding Lead, will attend in my place": the name without title or post.
APPOSITION: list[Case] = [
    ("Apologies for the July board. Mrs Lynne Carter, our Designated Safeguarding Lead, will attend in my place.",
     "Marie Hunter", {"intent": "apology", "owners": [member("Marie Hunter")], "representative": "Lynne Carter"}),
    ("Sorry I can't make Monday's panel - Mr Gary Bond, our Deputy Head, will attend instead", "Remley Mann",
     {"intent": "apology", "meeting": "2015-05-18", "representative": "Gary Bond"}),
    ("apologies for the workshop; Dr Amit Patel, our named GP, will come in my place", "Su Vincent",
     {"intent": "apology", "meeting": "2015-06-19", "representative": "Amit Patel"}),
    ("Unable to attend on 11 September. Ms Jane Cole, my deputy, will attend.", "Pam Smith",
     {"intent": "apology", "meeting": "2015-09-11", "representative": "Jane Cole"}),
    ("Apologies for the September board. Lynne Carter, our Designated Safeguarding Lead, will attend in my place.",
     "Marie Hunter", {"intent": "apology", "meeting": "2015-09-11", "representative": "Lynne Carter"}),
    ("can't make the July board, DI Sam Wood, our safeguarding lead, will attend", "Richard Fisher",
     {"intent": "apology", "owners": [member("Richard Fisher")], "representative": "Sam Wood"}),
]  # fmt: skip

# "Please note I will be on annual leave from Wednesday 20 May, returning on Tuesday 26 May": the day before.
LEAVE: list[Case] = [
    ("Please note I will be on annual leave from Wednesday 20 May, returning on Tuesday 26 May.", "Remley Mann",
     {"intent": "leave", "away_until": "2015-05-25"}),
    ("I'll be away from Tuesday 19 May returning Friday 22 May", "Pam Smith",
     {"intent": "leave", "away_until": "2015-05-21"}),
    ("Just to let you know I am on annual leave from 20th May and return on 26th May.", "Jo Forbes",
     {"intent": "leave", "away_until": "2015-05-25"}),
    ("FYI I will be on holiday from 27 May, returning to work on 3 June", "Tony Oakman",
     {"intent": "leave", "away_until": "2015-06-02"}),
    ("Please note that I am on leave from Thursday 21 May, returning Monday 1 June.", "Helen Ellis",
     {"intent": "leave", "away_until": "2015-05-31"}),
]  # fmt: skip


def _audit(kind: str, subject: str, status: str | None = None) -> dict[str, Any]:
    return {"type": kind, "subject": subject} | ({"status": status} if status else {})


# "I can confirm that Dudley College has completed its S175 return": news; "status of ...? X said ...": asked.
AUDITS: list[Case] = [
    ("I can confirm that Dudley College has now completed its Section 175 return.", M,
     {"intent": "audit_update", "audit": _audit("S175", "Dudley College", "complete")}),
    ("I can confirm Cafcass has completed its section 11 audit", M,
     {"intent": "audit_update", "audit": _audit("S11", "Cafcass", "complete")}),
    ("I can confirm that the police have now sent their S11 back", M,
     {"intent": "audit_update", "audit": _audit("S11", "West Midlands Police", "complete")}),
    ("Cotwall End primary have sent their s175 in", M,
     {"intent": "audit_update", "audit": _audit("S175", "Cotwall End primary", "complete")}),
    ("Hob Green primary has returned its s175", M,
     {"intent": "audit_update", "audit": _audit("S175", "Hob Green primary", "complete")}),
    ("where are we with the early years s11 on your system?", "Annette Callear",
     {"intent": "audit_status", "audit": _audit("S11", "Early Years")}),
    ("status of the Cafcass S11? Nicola said it was nearly there", M,
     {"intent": "audit_status", "audit": _audit("S11", "Cafcass")}),
    ("update on the police S11? Richard said it had gone in", M,
     {"intent": "audit_status", "audit": _audit("S11", "West Midlands Police")}),
    ("any news on the CCG S11? I heard it was nearly finished", M,
     {"intent": "audit_status", "audit": _audit("S11", "Dudley CCG")}),
]  # fmt: skip

ALL: dict[str, list[Case]] = {
    "away-for": AWAY_FOR,
    "passed-on": PASSED_ON,
    "no-sub": NO_SUB,
    "apposition": APPOSITION,
    "leave": LEAVE,
    "audits": AUDITS,
}
CASES = [(name, *case) for name, cases in ALL.items() for case in cases]


@pytest.mark.parametrize(("group_", "text", "writer", "expected"), CASES, ids=[f"{c[0]}:{c[1][:40]}" for c in CASES])
def test_apology_wording(
    snapshot: Snapshot, group_: str, text: str, writer: str | None, expected: dict[str, Any]
) -> None:
    check(parse(snapshot, text, writer), expected)


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        (
            "Dear all, apologies if this is not the correct way to do this. At the QA & Comms meeting on Wednesday it "
            "was agreed that the QA & Comms group would review the wording of the public leaflet on private fostering "
            "before it goes to print, by 12 June.",
            "Karen Palk",
        ),
        ("Sorry if this is the wrong place. Can Pam send the CDOP figures to the board by 5 June?", "Su Vincent"),
        (
            "Hi all, apologies for the long message. Following the panel meeting on Monday, Jo Forbes to circulate the "
            "housing protocol by 12 June.",
            "Jo Forbes",
        ),
        (
            "apologies if I'm doing this wrong, Jayne to share the vol sector training dates by end of May",
            "Nicki Burrows",
        ),
        ("Sorry for the delay in getting back, Tony Oakman to review the threshold document by 30 June", "Tony Oakman"),
    ],
)
def test_politeness_is_no_apology(snapshot: Snapshot, text: str, writer: str) -> None:
    got = parse(snapshot, text, writer)
    assert got["intent"] == "record_action", got


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # away, but for no meeting: no apology; from the business manager, Mayada's leave (a start and a length)
        ("Mayada is away for a week from Monday", "leave"),
        ("Is Mayada away for the workshop?", "meeting_info"),  # asked, not told
        ("who is away for the July board?", "meeting_info"),
        ("Cafcass to finish their S11 by June", "record_action"),  # a request stays an action
    ],
)
def test_lookalikes_keep_their_reading(snapshot: Snapshot, text: str, intent: str) -> None:
    assert parse(snapshot, text, M)["intent"] == intent


def test_an_apology_after_politeness_is_still_one(snapshot: Snapshot) -> None:
    got = parse(snapshot, "apologies if this is the wrong place, I can't make the July board", "Karen Palk")
    check(got, {"intent": "apology", "owners": [member("Karen Palk")], "meeting": "2015-07-10"})


def test_a_lone_passed_on_apology_keeps_the_writer_out(snapshot: Snapshot) -> None:
    got = parse(snapshot, "Zala asked me to pass on her apologies for the September board", "Pam Smith")
    check(got, {"intent": "apology", "owners": [member("Zala Ibrahim")]})
