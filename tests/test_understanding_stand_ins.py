"""Stand-ins named with a job title and the agency they stand in for, stand-ins "from our team", someone else's
apology withdrawn by the business manager, an audit update with the plan of whoever does the return, and terse
asks for an audit's status.

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
    return seed_snapshot(tmp_path_factory.mktemp("understanding-stand-ins"))


# SEED_NOW is Friday 15 May 2015; boards 10 July and 11 September, the workshop 19 June, the audit panel Monday 18 May.

# "station manager Paul Rees will attend for fire": the title is no part of the name, nor another owner.
TITLED: list[Case] = [
    ("Can't attend 10/7 - station manager Paul Rees will attend for fire", "Julie Winpenny",
     {"intent": "apology", "owners": [member("Julie Winpenny")], "meeting": "2015-07-10",
      "representative": "Paul Rees"}),
    ("apologies for the july board, Station Manager Dan Price will attend for WMFS", "Julie Winpenny",
     {"intent": "apology", "owners": [member("Julie Winpenny")], "meeting": "2015-07-10",
      "representative": "Dan Price"}),
    ("can't do the workshop, watch manager Lee Hart will cover for fire", "Julie Winpenny",
     {"intent": "apology", "owners": [member("Julie Winpenny")], "meeting": "2015-06-19",
      "representative": "Lee Hart"}),
    ("apols for monday's panel - DS Karen Holt will attend for police", "Richard Fisher",
     {"intent": "apology", "owners": [member("Richard Fisher")], "meeting": "2015-05-18",
      "representative": "Karen Holt"}),
    ("unable to attend 11/9, Inspector Sam Wood will attend for police", "Richard Fisher",
     {"intent": "apology", "owners": [member("Richard Fisher")], "meeting": "2015-09-11",
      "representative": "Sam Wood"}),
    ("cant make july, head of nursing Jane Cole will attend for the trust", "Pam Smith",
     {"intent": "apology", "owners": [member("Pam Smith")], "meeting": "2015-07-10", "representative": "Jane Cole"}),
    ("apologies for 10/7 - Cllr Ian Kettle will attend for the council", "Tony Oakman",
     {"intent": "apology", "owners": [member("Tony Oakman")], "meeting": "2015-07-10",
      "representative": "Ian Kettle"}),
    ("apologies from Julie Winpenny for July, station manager Paul Rees will attend for fire", M,
     {"intent": "apology", "owners": [member("Julie Winpenny")], "meeting": "2015-07-10",
      "representative": "Paul Rees"}),
]  # fmt: skip

# "Gemma from our team will come in my place": a colleague not on the roster, by first name.
FROM_OUR_TEAM: list[Case] = [
    ("apols for the workshop, Gemma from our team will come in my place", "Jo Forbes",
     {"intent": "apology", "owners": [member("Jo Forbes")], "meeting": "2015-06-19", "representative": "Gemma"}),
    ("apologies for july, Gemma from my team will attend", "Jo Forbes",
     {"intent": "apology", "owners": [member("Jo Forbes")], "meeting": "2015-07-10", "representative": "Gemma"}),
    ("can't make monday's panel, Lucy from the office will cover", "Helen Ellis",
     {"intent": "apology", "owners": [member("Helen Ellis")], "meeting": "2015-05-18", "representative": "Lucy"}),
    ("sorry cant do the sept board - becky from my team will come instead", "Pam Smith",
     {"intent": "apology", "owners": [member("Pam Smith")], "meeting": "2015-09-11", "representative": "Becky"}),
]  # fmt: skip

# "Richard Fisher can make Monday now, so Sally won't need to stand in": his apologies withdrawn, no stand-in.
OTHERS_WITHDRAWN: list[Case] = [
    ("Richard Fisher can make Monday now, so Sally won't need to stand in", M,
     {"intent": "withdraw_apology", "owners": [member("Richard Fisher")], "meeting": "2015-05-18",
      "representative": None}),
    ("Richard Fisher is free for the July board after all", M,
     {"intent": "withdraw_apology", "owners": [member("Richard Fisher")], "meeting": "2015-07-10"}),
    ("Tony Oakman can come on the 10th now so no need for Karen", M,
     {"intent": "withdraw_apology", "owners": [member("Tony Oakman")], "meeting": "2015-07-10",
      "representative": None}),
    ("Helen Ellis can make the workshop now so Lucy won't need to cover", M,
     {"intent": "withdraw_apology", "owners": [member("Helen Ellis")], "meeting": "2015-06-19"}),
    ("viv is free for monday's panel after all", M,
     {"intent": "withdraw_apology", "owners": [member("Viv Townsend")], "meeting": "2015-05-18"}),
    ("Karen Jackson is available for the workshop after all", M,
     {"intent": "withdraw_apology", "owners": [member("Karen Jackson")], "meeting": "2015-06-19"}),
]  # fmt: skip

_CAFCASS = {"type": "S11", "subject": "Cafcass", "status": "in_progress"}
# "Cafcass S11 is in progress, Nicola says she'll finish it next week": news of the return, not a new action.
AUDIT_WITH_PLAN: list[Case] = [
    ("Cafcass S11 is in progress, Nicola says she'll finish it next week", M,
     {"intent": "audit_update", "owners": [], "audit": _CAFCASS}),
    ("Cafcass S11 is in progress, Nicola is going to finish it next week", M,
     {"intent": "audit_update", "audit": _CAFCASS}),
    ("Housing S11 in progress - Jo says she will finish it by 5 June", M,
     {"intent": "audit_update", "audit": {"type": "S11", "subject": "DMBC – Housing", "status": "in_progress"}}),
    ("YOS section 11 is underway, Mike says he'll get it back to us next week", M,
     {"intent": "audit_update", "audit": {"type": "S11", "subject": "DMBC – YOS", "status": "in_progress"}}),
    ("CCG S11 is in progress, Su said she'd finish it by the end of the month", M,
     {"intent": "audit_update", "audit": {"type": "S11", "subject": "Dudley CCG", "status": "in_progress"}}),
]  # fmt: skip

# "status of the YOS section 11 pls": a terse ask, no question mark.
AUDIT_ASKED: list[Case] = [
    ("status of the YOS section 11 pls", M,
     {"intent": "audit_status", "audit": {"type": "S11", "subject": "DMBC – YOS"}}),
    ("where's the police s11 at", M,
     {"intent": "audit_status", "audit": {"type": "S11", "subject": "West Midlands Police"}}),
    ("update on the CCG's S11?", M, {"intent": "audit_status", "audit": {"type": "S11", "subject": "Dudley CCG"}}),
    ("status update on the cafcass S11 please", M,
     {"intent": "audit_status", "audit": {"type": "S11", "subject": "Cafcass"}}),
    ("progress on housing s11 pls", M,
     {"intent": "audit_status", "audit": {"type": "S11", "subject": "DMBC – Housing"}}),
    ("latest on the YOS section 11", M, {"intent": "audit_status", "audit": {"type": "S11", "subject": "DMBC – YOS"}}),
]  # fmt: skip

ALL: dict[str, list[Case]] = {
    "titled": TITLED,
    "our-team": FROM_OUR_TEAM,
    "withdrawn": OTHERS_WITHDRAWN,
    "audit-plan": AUDIT_WITH_PLAN,
    "audit-asked": AUDIT_ASKED,
}
CASES = [(name, *case) for name, cases in ALL.items() for case in cases]


@pytest.mark.parametrize(("group_", "text", "writer", "expected"), CASES, ids=[f"{c[0]}:{c[1][:40]}" for c in CASES])
def test_stand_in_wording(
    snapshot: Snapshot, group_: str, text: str, writer: str | None, expected: dict[str, Any]
) -> None:
    check(parse(snapshot, text, writer), expected)


@pytest.mark.parametrize(
    "text",
    [
        "jo can make a start on it now",  # work begun, no meeting
        "Richard can do the report now",
        "can Richard make Monday now?",  # asked, not told
    ],
)
def test_someone_free_for_other_things_withdraws_nothing(snapshot: Snapshot, text: str) -> None:
    assert parse(snapshot, text, M)["intent"] != "withdraw_apology"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Cafcass to finish their S11 by June", "record_action"),  # a request with a date stays an action
        ("update on the police S11: it's been submitted", "audit_update"),  # news, not an ask
    ],
)
def test_audit_news_and_requests_keep_their_reading(snapshot: Snapshot, text: str, intent: str) -> None:
    assert parse(snapshot, text, M)["intent"] == intent


@pytest.mark.parametrize(
    "text",
    [
        "apols for july, someone from our team will come",  # nobody named
        "apols for july, a watch manager will attend for fire",
    ],
)
def test_no_named_stand_in_is_invented(snapshot: Snapshot, text: str) -> None:
    got = parse(snapshot, text, "Julie Winpenny")
    assert got["intent"] == "apology" and got["representative"] is None, got
