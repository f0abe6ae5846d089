"""Understanding follow-ups after a board meeting: apologies passed on, someone else's change of plan, news an
agency asks to have recorded "for us", the reason a list is wanted, agreements reported without "that", groups
named in brackets, members disputing whose an action is, and dates that say when people talked, not when work is due.

Every case is invented here (not copied from a corpus), several to a class, so that a rule is held to the family of
wordings it covers. A wrong owner is worse than a question: where the owner cannot be told for sure, no member is
an owner (the assistant asks).
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.understanding.snapshot import Snapshot
from tests.conftest import seed_snapshot
from tests.understanding_cases import Case, M, agency, check, group, member, parse, unknown


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    return seed_snapshot(tmp_path_factory.mktemp("understanding-followups"))


# "Apologies received from X", "apologies have come in from X": X's apologies (asked about when not on the roster),
# never the writer's who passes them on.
APOLOGIES_PASSED_ON: list[Case] = [
    ("Apologies received from Dawn Pritchard for the workshop.", M,
     {"intent": "apology", "owners": [unknown("Dawn Pritchard")], "meeting": "2015-06-19"}),
    ("apologies have come in from Gareth Holt for the July board", M,
     {"intent": "apology", "owners": [unknown("Gareth Holt")], "meeting": "2015-07-10"}),
    ("Apologies also received from Viv Townsend for Monday's panel.", M,
     {"intent": "apology", "owners": [member("Viv Townsend")], "meeting": "2015-05-18"}),
    ("apologies sent through from Helen Ellis for 10 July", M,
     {"intent": "apology", "owners": [member("Helen Ellis")], "meeting": "2015-07-10"}),
]  # fmt: skip

# "Tony's diary has freed up, so he will be attending after all": the one named before the pronoun, never the writer.
SOMEONE_ELSE_COMING: list[Case] = [
    ("Jo's course got cancelled so she can make the board after all", M,
     {"intent": "withdraw_apology", "owners": [member("Jo Forbes")], "meeting": "2015-07-10"}),
    ("Mayada's clinic has moved, so she'll be at the workshop after all", M,
     {"intent": "withdraw_apology", "owners": [member("Mayada AbuAffan")], "meeting": "2015-06-19"}),
    ("Richard's hearing was adjourned, so he is coming to the July board after all", "Sally Holmes",
     {"intent": "withdraw_apology", "owners": [member("Richard Fisher")], "meeting": "2015-07-10"}),
    # two Karens: asked, never the writer
    ("Karen's leave has been rearranged so she will be able to make 10 July after all", M,
     {"intent": "withdraw_apology", "owners": [], "ambiguous": [("Karen", ["Karen Jackson", "Karen Palk"])]}),
    # nobody named: asked
    ("good news, the inspection was postponed so he is coming to the July board after all", M,
     {"intent": "withdraw_apology", "owners": []}),
    # the writer's own change of plan stays the writer's
    ("My training got moved so I can make the board after all", "Sally Holmes",
     {"intent": "withdraw_apology", "owners": [member("Sally Holmes")]}),
]  # fmt: skip

# "<agency> will ... Could you log that for us?": "us" is the organisation the statement names, not the writer too.
FOR_US_THE_AGENCY: list[Case] = [
    ("West Midlands Police will refresh the missing persons protocol by 30 June. Can you record it against us please?",
     "Richard Fisher", {"intent": "record_action", "owners": [agency("West Midlands Police")], "due": "2015-06-30"}),
    ("Hi, Public Health will pull together the teenage pregnancy figures before the July board - could you log it "
     "for us?", "Zala Ibrahim", {"owners": [agency("Office of Public Health")], "due": "2015-07-10"}),
    ("The CRC will audit ten cases with young carers. Put it down to us, by the end of August.", "Kate McConnell",
     {"owners": [agency("Probation – CRC")], "due": "2015-08-31"}),
    ("QA & Comms will redesign the newsletter over the summer. Could you log that for us?", "Jassi Broadmeadow",
     {"owners": [group("QA & Comms")]}),
    # people in the statement: "us" is them and the writer
    ("Richard and I will review the CSE profile by 12 June. Could you log that for the two of us?", "Sally Holmes",
     {"owners": [member("Sally Holmes"), member("Richard Fisher")], "due": "2015-06-12"}),
]  # fmt: skip

# "... what's overdue? Roger wants it for his catch-up": whoever the list is wanted for only says why.
LIST_WANTED_FOR: list[Case] = [
    ("Can you show me everything that's still open? Sally asked for it ahead of the exec meeting.", M,
     {"intent": "list_actions", "owners": []}),
    ("what's outstanding across the board? Jo needs it for her report to the chief exec.", "Pam Smith",
     {"intent": "list_actions", "owners": []}),
    ("Could I see the overdue ones please? Tony is putting together his quarterly summary.", M,
     {"intent": "list_actions", "owners": []}),
]  # fmt: skip

# "It was agreed Sally would ...", "it was decided the tool would be circulated by X": "that" left out.
AGREED_WITHOUT_THAT: list[Case] = [
    ("It was agreed Helen and Jassi would co-present the early help figures at the July board.", M,
     {"intent": "record_action", "owners": [member("Helen Ellis"), member("Jassi Broadmeadow")], "due": "2015-07-10"}),
    ("Just so it's on the tracker: it was decided Viv would chair the task and finish group until September.", M,
     {"owners": [member("Viv Townsend")], "due": "2015-09-30"}),
    ("Busy week! It was agreed the leaflet would be circulated by Zala before the end of June. Thanks, M", M,
     {"intent": "record_action", "owners": [member("Zala Ibrahim")], "due": "2015-06-30"}),
    ("Catching up on my notes from the panel. It was agreed the threshold guidance would be reviewed by Mike G by "
     "24 July. Could you pop that down as an action please?", M,
     {"intent": "record_action", "owners": [member("Mike Galikowski")], "due": "2015-07-24"}),
]  # fmt: skip

# "Jo's team (CDOP) to ...", "the sub group (QA & Comms) to ...": the group in brackets; and "X all to ...".
GROUP_IN_BRACKETS: list[Case] = [
    ("Jassi's sub group (QA & Comms) to refresh the audit schedule by end of July", M,
     {"intent": "record_action", "owners": [group("QA & Comms")], "due": "2015-07-31"}),
    ("the panel (CDOP) to publish its annual report before the September board", M,
     {"owners": [group("CDOP")], "due": "2015-09-11"}),
    ("Jo's team (CDOP) to circulate the safe sleep leaflet by 3 July", M,
     {"owners": [group("CDOP")], "due": "2015-07-03"}),
    ("Sub group chairs all to send me their risk registers by 12 June.", M,
     {"intent": "record_action", "owners": [group("sub group chairs")], "due": "2015-06-12"}),
]  # fmt: skip

# "A-12 isn't mine, it's the CCG's", "A-11 was meant for Karen J, not me": reassigned to the one said to own it.
DISPUTED_OWNER: list[Case] = [
    ("A-8 is not mine - it's Jo's", "Pam Smith", {"intent": "reassign", "ref": "A-8", "owners": [member("Jo Forbes")]}),
    ("A-19 isn't mine - it's Tony's really", "Viv Townsend",
     {"intent": "reassign", "ref": "A-19", "owners": [member("Tony Oakman")]}),
    ("Hi Martine, A-27 isn't ours, it's the police's - it should sit with them. Thanks", "Nicki Burrows",
     {"intent": "reassign", "ref": "A-27", "owners": [agency("West Midlands Police")]}),
    ("A-16 - not mine, it's one for public health", "Jo Forbes",
     {"intent": "reassign", "ref": "A-16", "owners": [agency("Office of Public Health")]}),
    ("A-19 was supposed to go to the police, not me", "Viv Townsend",
     {"intent": "reassign", "ref": "A-19", "owners": [agency("West Midlands Police")]}),
    ("I think A-23 was intended for Mike G rather than me. Can you swap it?", "Helen Ellis",
     {"intent": "reassign", "ref": "A-23", "owners": [member("Mike Galikowski")]}),
]  # fmt: skip

# "with a date of 31/07", "target of 3 July": a deadline cue; "Following our chat on Tuesday": when they talked.
DATES: list[Case] = [
    ("CDOP to review the sleep safe leaflet, with a target date of 14/08, thanks", M,
     {"owners": [group("CDOP")], "due": "2015-08-14"}),
    ("Please log one for Zala to update the JSNA chapter - target of 3 July. Cheers", M,
     {"owners": [member("Zala Ibrahim")], "due": "2015-07-03"}),
    ("Could you add one for Remley to update the induction pack, with a date of 21/08. Thanks Martine", M,
     {"owners": [member("Remley Mann")], "due": "2015-08-21"}),
    ("Further to our conversation on Wednesday, the police will refresh the missing from home protocol by the end "
     "of June. Can you record that against us?", "Richard Fisher",
     {"owners": [agency("West Midlands Police")], "due": "2015-06-30"}),
    ("Following the meeting on the 12th, CDOP will publish the annual report w/c 6 July. Could you log it for us?",
     "Jo Forbes", {"owners": [group("CDOP")], "due": "2015-07-06"}),
]  # fmt: skip

# "A-21 can be closed without it being completed": closed undone is dropped, with the reason.
CLOSED_UNDONE: list[Case] = [
    ("A-21 can be closed without it being completed, the audit has been scrapped nationally", "Jo Forbes",
     {"intent": "drop_action", "ref": "A-21", "note": "the audit has been scrapped nationally"}),
    ("A-9 to be closed without being actioned - the pilot was cancelled", "Helen Ellis",
     {"intent": "drop_action", "ref": "A-9", "note": "the pilot was cancelled"}),
]  # fmt: skip

ALL = {
    "apologies-passed-on": APOLOGIES_PASSED_ON,
    "someone-else-coming": SOMEONE_ELSE_COMING,
    "for-us-the-agency": FOR_US_THE_AGENCY,
    "list-wanted-for": LIST_WANTED_FOR,
    "agreed-without-that": AGREED_WITHOUT_THAT,
    "group-in-brackets": GROUP_IN_BRACKETS,
    "disputed-owner": DISPUTED_OWNER,
    "dates": DATES,
    "closed-undone": CLOSED_UNDONE,
}
CASES = [(name, *case) for name, cases in ALL.items() for case in cases]


@pytest.mark.parametrize(("group", "text", "writer", "expected"), CASES, ids=[f"{c[0]}:{c[1][:40]}" for c in CASES])
def test_follow_up_wording(
    snapshot: Snapshot, group: str, text: str, writer: str | None, expected: dict[str, Any]
) -> None:
    check(parse(snapshot, text, writer), expected)


# Whoever passes news on, says why a list is wanted, or is said not to own an action is never an owner.
@pytest.mark.parametrize(
    ("text", "writer", "never"),
    [
        ("Apologies received from Dawn Pritchard for the workshop.", M, M),
        ("Jo's course got cancelled so she can make the board after all", M, M),
        ("DCVS will run the safer recruitment course in July. Could you log that for us?", "Nicki Burrows",
         "Nicki Burrows"),
        ("Could I have a list of what's overdue? Roger wants it for the DCS.", M, "Roger Clayton"),
        ("A-8 isn't mine, it's the CCG's", "Pam Smith", "Pam Smith"),
    ],
)  # fmt: skip
def test_the_messenger_is_never_an_owner(snapshot: Snapshot, text: str, writer: str, never: str) -> None:
    got = parse(snapshot, text, writer)
    assert never not in [o["name"] for o in got["owners"]], got
