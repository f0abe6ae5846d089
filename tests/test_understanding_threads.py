"""Understanding busy Slack threads: @mentions, requests to the one spoken to and someone with them, work
delegated to a role instead of a name ("the CDOP chair", "the LADO"), "or" between the people a question asks
about, and someone said to be doing the work by a date.

Every case is invented here (not copied from a corpus), several to a class, so that a rule is held to the family of
wordings it covers. A wrong owner is worse than a question: a post the roster does not list ("the IRO") is an
unknown owner the assistant asks about, never a member guessed from it, and a group's chair is never the board's.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.understanding.snapshot import Snapshot
from tests.conftest import seed_snapshot
from tests.understanding_cases import Case, M, agency, check, member, parse, unknown


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    return seed_snapshot(tmp_path_factory.mktemp("understanding-threads"))


# "the CDOP chair", "chair of the SCR sub": whoever the roster says chairs that group ("chair:CDOP"), never the
# board's own chair; "the chair" alone is still the board's.
GROUP_CHAIR: list[Case] = [
    ("what has the WDG chair still got open?", "Zala Ibrahim",
     {"intent": "list_actions", "owners": [member("Rachael Doyle")]}),
    ("does the chair of the SCR sub have anything outstanding", "Viv Townsend",
     {"intent": "list_actions", "owners": [member("Su Vincent")]}),
    ("the CDOP chair to circulate the annual report to partners by 24 July", M,
     {"intent": "record_action", "owners": [member("Mayada AbuAffan")], "due": "2015-07-24"}),
    ("QA and Comms chair to sign off the newsletter by the end of next week", "Karen Palk",
     {"intent": "record_action", "owners": [member("Jassi Broadmeadow")], "due": "2015-05-22"}),
    ("anything overdue for the VCSG chair?", "Anne Harris",
     {"intent": "list_actions", "owners": [member("Merlin Joseph")]}),
    ("the chair to write to the regional lead by 12 June", M,
     {"intent": "record_action", "owners": [member("Roger Clayton")], "due": "2015-06-12"}),
    ("the chair of the board to open the conference on 3 July", M, {"owners": [member("Roger Clayton")]}),
]  # fmt: skip

# "the LADO", "our designated nurse", "the named GP": posts the roster does not list, asked about as written.
UNLISTED_POST: list[Case] = [
    ("the IRO to send the looked-after review dates to Cafcass by 19 June", "Nicola Campbell",
     {"intent": "record_action", "owners": [unknown("the IRO")], "due": "2015-06-19"}),
    ("could our named GP refresh the practice safeguarding leaflet asap", "Su Vincent",
     {"intent": "record_action", "owners": [unknown("our named GP")], "asap": True}),
    ("The designated doctor to review the SUDI pathway by end of July", "Pam Smith",
     {"intent": "record_action", "owners": [unknown("The designated doctor")], "due": "2015-07-31"}),
    ("the LADO to update the allegations data for the September board", "Marie Hunter",
     {"intent": "record_action", "owners": [unknown("the LADO")], "due": "2015-09-11"}),
    ("does the designated nurse have anything open?", "Zala Ibrahim",
     {"intent": "list_actions", "owners": [unknown("the designated nurse")]}),
    ("what has the LADO still got outstanding", M, {"intent": "list_actions", "owners": [unknown("the LADO")]}),
    # the person a post is followed by is the owner, the post only says who they are
    ("Can A-21 be handed over to our new designated nurse, Priya Shah?", M,
     {"intent": "reassign", "owners": [unknown("Priya Shah")], "ref": "A-21"}),
    ("the IRO, Dan Whitely, to send the case list by 26 June", M,
     {"intent": "record_action", "owners": [unknown("Dan Whitely")], "due": "2015-06-26"}),
    # a post something is sent to is never an owner
    ("Helen to send the referral flowchart to the LADO by 5 June", M,
     {"intent": "record_action", "owners": [member("Helen Ellis")], "due": "2015-06-05"}),
]  # fmt: skip

# "@Remley could you and Annette sort ...": the one spoken to and the other named, both owners.
YOU_AND_OTHERS: list[Case] = [
    ("@Helen could you and Jo pull the care leavers figures together by 19 June?", M,
     {"intent": "record_action", "owners": [member("Helen Ellis"), member("Jo Forbes")], "due": "2015-06-19"}),
    ("Viv, can you and Kate draft the MAPPA briefing? next Friday is fine", "Sally Holmes",
     {"intent": "record_action", "owners": [member("Viv Townsend"), member("Kate McConnell")],
      "due": "2015-05-22"}),
    ("@Zala would you and the police review the ED attendances by end of June", M,
     {"owners": [member("Zala Ibrahim"), agency("West Midlands Police")], "due": "2015-06-30"}),
    ("@Jayne could you and Karen update the voluntary sector guide by 31 July?", M,
     {"owners": [member("Jayne Sargeant")], "ambiguous": [("Karen", ["Karen Jackson", "Karen Palk"])]}),
    ("@Tony can you and Tony Oakmen check the transitions data by 3 July", M,
     {"owners": [member("Tony Oakman"),
                 {"kind": "unknown", "name": "Tony Oakmen", "suggestions": ["Tony Oakman"]}]}),
]  # fmt: skip

# "@Pam pls take the audit – Zala's tied up so not her this time. 31/7": the one spoken to, never the one the
# reason names.
PLEASE_ASK: list[Case] = [
    ("@Chris pls take the early help audit – Tony's on leave so not him this time. 17/7", "Jassi Broadmeadow",
     {"intent": "record_action", "owners": [member("Chris Ballinger")], "due": "2015-07-17"}),
    ("@Julie please send the fire safety checklist to schools, Remley asked for it. by 12 June", M,
     {"intent": "record_action", "owners": [member("Julie Winpenny")], "due": "2015-06-12"}),
    ("Anne, pls draft the adult transitions note by end of June", M,
     {"intent": "record_action", "owners": [member("Anne Harris")], "due": "2015-06-30"}),
    ("Housing pls review the tenancy sustainment protocol by 24 July", M,
     {"intent": "record_action", "owners": [agency("DMBC – Housing")], "due": "2015-07-24"}),
    ("@Kate please chase the CRC figures – Viv's got the NPS side covered. 26/6", M,
     {"intent": "record_action", "owners": [member("Kate McConnell")], "due": "2015-06-26"}),
]  # fmt: skip

# "anything open for Jo or for Sue H?": "or" between the people a question asks about asks for both lists.
EITHER_LIST: list[Case] = [
    ("anything outstanding for Viv or for Kate?", M,
     {"intent": "list_actions", "owners": [member("Viv Townsend"), member("Kate McConnell")]}),
    ("does Anne or Chris have anything open", M,
     {"intent": "list_actions", "owners": [member("Anne Harris"), member("Chris Ballinger")]}),
    ("what does Julie or Remley owe?", M,
     {"intent": "list_actions", "owners": [member("Julie Winpenny"), member("Remley Mann")]}),
    ("anything open for the police or for Cafcass?", M,
     {"intent": "list_actions", "owners": [agency("West Midlands Police"), agency("Cafcass")]}),
    ("anything open for Helen or Karen?", M,
     {"intent": "list_actions", "owners": [member("Helen Ellis")],
      "ambiguous": [("Karen", ["Karen Jackson", "Karen Palk"])]}),
]  # fmt: skip

# "Sharon from the school nursing team is doing the briefing, by 12 June": the one doing it owns the action.
TAKEN_ON: list[Case] = [
    ("Priya from the health visiting team is doing the parent leaflet, by 26 June", "Zala Ibrahim",
     {"intent": "record_action", "owners": [unknown("Priya")], "due": "2015-06-26"}),
    ("Anne's drafting the adult safeguarding interface paper, by end of July", M,
     {"intent": "record_action", "owners": [member("Anne Harris")], "due": "2015-07-31"}),
    ("Chris and Tony are pulling together the early help figures for the July board", M,
     {"intent": "record_action", "owners": [member("Chris Ballinger"), member("Tony Oakman")],
      "due": "2015-07-10"}),
    ("the fire service are updating the home safety referral form by 19 June", M,
     {"intent": "record_action", "owners": [agency("West Midlands Fire Service")], "due": "2015-06-19"}),
]  # fmt: skip

ALL = {
    "group-chair": GROUP_CHAIR,
    "unlisted-post": UNLISTED_POST,
    "you-and-others": YOU_AND_OTHERS,
    "please-ask": PLEASE_ASK,
    "either-list": EITHER_LIST,
    "taken-on": TAKEN_ON,
}
CASES = [(name, *case) for name, cases in ALL.items() for case in cases]


@pytest.mark.parametrize(("group", "text", "writer", "expected"), CASES, ids=[f"{c[0]}:{c[1][:40]}" for c in CASES])
def test_thread_wording(
    snapshot: Snapshot, group: str, text: str, writer: str | None, expected: dict[str, Any]
) -> None:
    check(parse(snapshot, text, writer), expected)


# A group's chair is never the board's chair; the one a reason names is never an owner; someone said to be doing
# something with no deadline is news, not an action.
@pytest.mark.parametrize(
    ("text", "never"),
    [
        ("what does the CDOP chair still have open", "Roger Clayton"),
        ("the WDG chair to send the training calendar by 30 June", "Roger Clayton"),
        ("@Pam pls take the bruising audit – Zala's tied up with CDOP so not her this time. 24/7", "Zala Ibrahim"),
        ("@Jo please draft the homelessness leaflet – Helen's away. by 26 June", "Helen Ellis"),
    ],
)
def test_the_one_not_meant_is_never_an_owner(snapshot: Snapshot, text: str, never: str) -> None:
    got = parse(snapshot, text, M)
    assert never not in [o["name"] for o in got["owners"]], got


@pytest.mark.parametrize(
    "text",
    [
        "Sally is doing the briefing for heads today",
        "Jo is running the housing session this morning",
        "is Richard doing the CSE briefing by 12 June?",
    ],
)
def test_work_in_hand_without_a_deadline_is_no_action(snapshot: Snapshot, text: str) -> None:
    assert parse(snapshot, text, M)["intent"] != "record_action"
