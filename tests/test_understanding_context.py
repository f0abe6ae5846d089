"""Understanding Teams messages that hand work over, say why before they ask, or answer something unseen.

The writer handing work over or recording it for someone ("I'll leave it with the QA group", "posting for Jo: she
will ..."), context before the request ("Roger mentioned the audit at the board. Sally, can you ..."), replies to
an earlier message ("same for housing pls", "yep, me and Karen J will ..."), work put against its owners ("stick it
against Tony", "put it down to Lisa Ward"), "the trust", a post named by a police rank ("our DI"), a reference now
with someone ("A-24 now with Jassi"), and joint work ("joint visits with housing").

Every case is invented here (not copied from a corpus), several to a class, with cases that must not change. A
wrong owner is worse than a question: the writer who hands work over is never its owner, and a pronoun that could
point at several people, or at none, is asked about.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.understanding.snapshot import Snapshot
from tests.conftest import seed_snapshot
from tests.understanding_cases import Case, M, agency, check, group, member, parse, unknown


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    return seed_snapshot(tmp_path_factory.mktemp("understanding-context"))


# "I'll leave it with the QA group to draft", "I'm handing this one over to the police": whoever it goes to owns
# it; "X has asked me to put this on for him: <action>": the action after the colon. Never the writer.
HANDED_OVER: list[Case] = [
    ("We talked about the neglect toolkit at length. I'll leave it with the PPP group to refresh – end of September",
     "Jassi Broadmeadow",
     {"intent": "record_action", "owners": [group("Policy, Procedures & Practice")], "due": "2015-09-30"}),
    ("I'll pass this one to Helen to pick up, by 26 June", M,
     {"intent": "record_action", "owners": [member("Helen Ellis")], "due": "2015-06-26"}),
    ("ok I will hand it over to the fire service then, end of July", "Sue Haywood",
     {"intent": "record_action", "owners": [agency("West Midlands Fire Service")], "due": "2015-07-31"}),
    ("Mayada's office asked me to put this on for her: public health will refresh the JSNA chapter by 31 July", M,
     {"intent": "record_action", "owners": [agency("Office of Public Health")], "due": "2015-07-31"}),
    ("I'll log this for Remley: update the FE safeguarding audit tool by 10 July", M,
     {"intent": "record_action", "owners": [member("Remley Mann")], "due": "2015-07-10"}),
    # whom it is left with is not understood: asked, never the writer
    ("I'll leave it with them to sort by end of June", M, {"intent": "record_action", "owners": []}),
]  # fmt: skip

# "On behalf of Anne, who can't log in: she and Helen will ...": the words passed on are that person's.
PASSED_ON: list[Case] = [
    ("On behalf of Zala Ibrahim, whose laptop has died: she and Pam will audit the ED attendances by 3 July", M,
     {"intent": "record_action", "owners": [member("Zala Ibrahim"), member("Pam Smith")], "due": "2015-07-03"}),
    ("Posting for Julie Winpenny: I'll circulate the home fire safety leaflet by 12 June", M,
     {"intent": "record_action", "owners": [member("Julie Winpenny")], "due": "2015-06-12"}),
    ("on behalf of Chris: he will chase the MASH figures by the end of next week", M,
     {"intent": "record_action", "owners": [member("Chris Ballinger")], "due": "2015-05-22"}),
]  # fmt: skip

# Context first, then the request: the request's owners, the statement's work and date.
CONTEXT_FIRST: list[Case] = [
    ("The audit came up at the board. Viv – could you look at the breach data before the July board?", M,
     {"intent": "record_action", "owners": [member("Viv Townsend")], "due": "2015-07-10"}),
    ("Roger raised the CSE profile again yesterday and wants an update. Sally, can you send the summary by 5 June?", M,
     {"intent": "record_action", "owners": [member("Sally Holmes")], "due": "2015-06-05"}),
    ("Helen from YOS has said she'll pull the reoffending data for the panel on Monday. Could that go on please?",
     "Roger Clayton",
     {"intent": "record_action", "owners": [member("Helen Ellis")], "due": "2015-05-18"}),
    ("Jo said at the end of the board that she would chase the voids data by 12 June. can u add it for her", M,
     {"intent": "record_action", "owners": [member("Jo Forbes")], "due": "2015-06-12"}),
    ("Karen said at the end of the meeting that she'd check the leaflet by the 5th. Can you add that for her?", M,
     {"intent": "record_action", "owners": [], "ambiguous": [("Karen", ["Karen Jackson", "Karen Palk"])],
      "due": "2015-06-05"}),
    # a name the request leaves open ("the trust") is the one the statement gave
    ("After the CAMHS discussion, the mental health trust will review the transition pathway. Can we log that for "
     "the trust please?", M, {"intent": "record_action", "owners": [agency("BCPFT")]}),
    ("Karen Jackson will refresh the child death data pack by end of June. Could that go on as an action for Karen?",
     M, {"intent": "record_action", "owners": [member("Karen Jackson")], "due": "2015-06-30"}),
    # "him" / "her": the one person named before; a misspelt name is asked about
    ("Richard Fishar from the police says the profile is nearly done. Can we get an action for him to circulate it?",
     "Roger Clayton",
     {"intent": "record_action", "owners": [unknown("Richard Fishar", "Richard Fisher")]}),
    ("The CSE lead – I think it's DS Barker – will brief the heads at the workshop. Can you log it against him?", M,
     {"intent": "record_action", "owners": [unknown("DS Barker")], "due": "2015-06-19"}),
    # the members who said they would sort it, not the agencies the context names
    ("From the SCR sub: the police and the CCG need to agree a flagging protocol. Sally and Su V said they'd sort it "
     "between them, end of July.", M,
     {"intent": "record_action", "owners": [member("Sally Holmes"), member("Su Vincent")], "due": "2015-07-31"}),
]  # fmt: skip

# A reply to something not in the message: the owners it names; the work is asked for by the conversation.
REPLIES: list[Case] = [
    ("same for the police pls", M, {"intent": "record_action", "owners": [agency("West Midlands Police")]}),
    ("and the same for Cafcass please", M, {"intent": "record_action", "owners": [agency("Cafcass")]}),
    ("ditto for Remley", M, {"intent": "record_action", "owners": [member("Remley Mann")]}),
    ("yep, me and Sally will do the CSE briefing for heads, for the workshop", "Richard Fisher",
     {"intent": "record_action", "owners": [member("Richard Fisher"), member("Sally Holmes")],
      "due": "2015-06-19"}),
    ("Thanks Viv! Can we add one for Kate to share the CRC caseload figures, no rush", M,
     {"intent": "record_action", "owners": [member("Kate McConnell")]}),
    ("ok, a-12 done", "Jo Forbes", {"intent": "complete_action", "ref": "A-12"}),
]  # fmt: skip

# "stick it against X", "put <work> down to X", "put X down for <work>", "<Name> here - <request>".
PUT_AGAINST: list[Case] = [
    ("sounds good - stick it against Jassi and QA & Comms", "Martine McFadden",
     {"intent": "record_action", "owners": [member("Jassi Broadmeadow"), group("QA & Comms")]}),
    ("the GP audit - put it down to Dr Mehta, she's covering the named GP post", "Su Vincent",
     {"intent": "record_action", "owners": [unknown("Dr Mehta")]}),
    ("could you put the MARAC review down to me and Mike G, end of August", "Sue Haywood",
     {"intent": "record_action", "owners": [member("Sue Haywood"), member("Mike Galikowski")],
      "due": "2015-08-31"}),
    ("Jo here - put housing and the fire service down for the hoarding protocol, by 24 July", "Jo Forbes",
     {"intent": "record_action", "owners": [agency("DMBC – Housing"), agency("West Midlands Fire Service")],
      "due": "2015-07-24"}),
    ("put our DS down for the missing children briefing at the workshop", "Sally Holmes",
     {"intent": "record_action", "owners": [unknown("our DS")], "due": "2015-06-19"}),
]  # fmt: skip

# "the trust": the writer's own NHS trust; otherwise which one is asked. "X have anything open?" names X.
AGENCIES: list[Case] = [
    ("the trust will audit the safeguarding supervision records by end of July", "Zala Ibrahim",
     {"intent": "record_action", "owners": [agency("Dudley Group NHS Foundation Trust")], "due": "2015-07-31"}),
    ("the trust to review the discharge policy by 26 June", M,
     {"intent": "record_action", "owners": [],
      "ambiguous": [("the trust", ["BCPFT", "Dudley Group NHS Foundation Trust"])]}),
    ("what does the mental health trust have open?", M, {"intent": "list_actions", "owners": [agency("BCPFT")]}),
    ("community safety have anything open?", M,
     {"intent": "list_actions", "owners": [agency("DMBC – Community Safety")]}),
    ("the YOS got any actions left?", M, {"intent": "list_actions", "owners": [agency("DMBC – YOS")]}),
    # a charity called a trust is never "the trust"
    ("the Phase Trust to update the volunteers' guide by 5 June", M,
     {"intent": "record_action", "owners": [agency("Phase Trust (voluntary)")]}),
]  # fmt: skip

# "A-24 now with Jassi", "can A-35 come to me": a reassignment; an update on a reference stays an update.
NOW_WITH: list[Case] = [
    ("A-31 now with Anne pls", M, {"intent": "reassign", "ref": "A-31", "owners": [member("Anne Harris")]}),
    ("a7 now with the CCG", M, {"intent": "reassign", "ref": "A-7", "owners": [agency("Dudley CCG")]}),
    ("can A-12 (the MASH audit) come to me instead of Jo?", "Chris Ballinger",
     {"intent": "reassign", "ref": "A-12", "owners": [member("Chris Ballinger")]}),
    ("A-16: draft now with legal for sign off", M, {"intent": "add_update", "ref": "A-16"}),
]  # fmt: skip

# Joint work: "with X" shares it when the work is said to be joint, or its verb is working together (lead, work,
# look into, pull together); "to be with X" is where it goes, not who does it; "do it with X" is the writer's, X helps
# (owning it is never put on someone who has not taken it on).
JOINT: list[Case] = [
    ("I'll do the carers' leaflet with Annette, by the workshop", "Marie Hunter",
     {"intent": "record_action", "owners": [member("Marie Hunter")], "due": "2015-06-19"}),
    ("Annette and I will do the carers' leaflet together, by the workshop", "Marie Hunter",
     {"intent": "record_action", "owners": [member("Marie Hunter"), member("Annette Callear")],
      "due": "2015-06-19"}),
    ("the police will run joint visits with the YOS on the estate by end of June", M,
     {"intent": "record_action", "owners": [agency("West Midlands Police"), agency("DMBC – YOS")]}),
    ("Sally to review the referral form with the police by 19 June", M,
     {"intent": "record_action", "owners": [member("Sally Holmes")]}),
    ("I'll do a short note on the audit, needs to be with Roger by 3 June", "Anne Harris",
     {"intent": "record_action", "owners": [member("Anne Harris")], "due": "2015-06-03"}),
]  # fmt: skip

# "Karen (our lay advisor)": the one of that name the brackets place; a place that fits no Karen still asks.
NARROWED: list[Case] = [
    ("could Karen (our lay advisor) read the draft newsletter by 12 June?", M,
     {"owners": [member("Karen Palk")]}),
    ("Karen (our public health lead) to send the data by 5 June", M,
     {"owners": [], "ambiguous": [("Karen", ["Karen Jackson", "Karen Palk"])]}),
]  # fmt: skip

# Edits and questions in everyday words: "can close" after news, whose action is ticked off, a reason given as
# "with the note:", "what X is holding", "sorry for <meeting>".
EVERYDAY_EDITS: list[Case] = [
    ("A-17 - leaflet now printed and out in GP surgeries, can close", "Su Vincent",
     {"intent": "complete_action", "ref": "A-17"}),
    ("a-30 all letters sent, you can close it off now", M, {"intent": "complete_action", "ref": "A-30"}),
    ("A-30 - letters drafted, can close once they're signed", M, {"intent": "add_update", "ref": "A-30"}),
    ("Remley's action A-41 was the FE audit tool. He says it's been rolled out, so please mark it done.",
     "Roger Clayton", {"intent": "complete_action", "ref": "A-41", "on_behalf_of": "Remley Mann"}),
    ("Please scrap A-28 with the reason: merged into the neglect strategy work", M,
     {"intent": "drop_action", "ref": "A-28", "note": "merged into the neglect strategy work"}),
    ("can you show me what the CDOP is holding? Mayada and I are meeting on Monday", M,
     {"intent": "list_actions", "owners": [group("CDOP")]}),
    ("so sorry about the workshop - Amrit from our team will come instead", "Nicola Campbell",
     {"intent": "apology", "owners": [member("Nicola Campbell")], "meeting": "2015-06-19"}),
    ("sorry for the slow reply, A-12 is done", "Jo Forbes", {"intent": "complete_action", "ref": "A-12"}),
]  # fmt: skip

# Names the roster only nearly has are asked about, offering who they are near; a rep of something the roster
# does not name is asked about as written, a rep it names is its member.
ASKED_ABOUT: list[Case] = [
    ("can u put Sian Vincent down for the GP training refresh", M,
     {"intent": "record_action", "owners": [unknown("Sian Vincent", "Su Vincent")]}),
    ("add one for the secondary heads rep to chase the S175 returns by next Friday", M,
     {"intent": "record_action", "owners": [unknown("the secondary heads rep")], "due": "2015-05-22"}),
    ("the fire service rep to circulate the checklist by 5 June", M,
     {"intent": "record_action", "owners": [member("Julie Winpenny")], "due": "2015-06-05"}),
]  # fmt: skip

ALL = {
    "handed-over": HANDED_OVER,
    "passed-on": PASSED_ON,
    "context-first": CONTEXT_FIRST,
    "replies": REPLIES,
    "put-against": PUT_AGAINST,
    "agencies": AGENCIES,
    "now-with": NOW_WITH,
    "joint": JOINT,
    "narrowed": NARROWED,
    "everyday-edits": EVERYDAY_EDITS,
    "asked-about": ASKED_ABOUT,
}
CASES = [(name, *case) for name, cases in ALL.items() for case in cases]


@pytest.mark.parametrize(("group", "text", "writer", "expected"), CASES, ids=[f"{c[0]}:{c[1][:40]}" for c in CASES])
def test_context_wording(
    snapshot: Snapshot, group: str, text: str, writer: str | None, expected: dict[str, Any]
) -> None:
    check(parse(snapshot, text, writer), expected)


# The writer who hands work over, or records it for someone else, is never its owner.
@pytest.mark.parametrize(
    "text",
    [
        "I'll leave it with Jo to draft, by 26 June",
        "I'm going to pass that to the CCG to pick up – end of July",
        "Su's PA asked me to put this on for her: the CCG will review the GP training data by 10 July",
        "On behalf of Tony Oakman: I'll refresh the early help dashboard by 10 July",
        "I'll leave this one with them, end of June",
    ],
)
def test_the_writer_handing_over_is_never_the_owner(snapshot: Snapshot, text: str) -> None:
    got = parse(snapshot, text, M)
    assert M not in [o["name"] for o in got["owners"]], got


# Work of the writer's own stays theirs: sending something to someone is not handing the work over.
@pytest.mark.parametrize(
    "text",
    [
        "I'll send the report to Jo by end of June",
        "I will give the presentation at the workshop",
        "I'll pass on the figures to the CCG by 5 June",
    ],
)
def test_the_writers_own_work_stays_theirs(snapshot: Snapshot, text: str) -> None:
    got = parse(snapshot, text, M)
    assert got["intent"] == "record_action" and [o["name"] for o in got["owners"]] == [M], got


# "him" or "her" after context naming two people, or none: nobody is guessed.
@pytest.mark.parametrize(
    "text",
    [
        "Jo and Sally mentioned the profile. Can we get an action for her to circulate it?",
        "The police will review the CSE data by end of June. Can you log it against him?",
    ],
)
def test_a_pronoun_that_points_at_several_or_none_is_asked(snapshot: Snapshot, text: str) -> None:
    got = parse(snapshot, text, M)
    assert not [o for o in got["owners"] if o["kind"] == "member"], got


# A "thanks" or a "yes" alone is still chatter, and "put it down for <a meeting>" names no owner.
@pytest.mark.parametrize("text", ["Thanks Jo!", "yep", "ok, thanks", "Cheers Sally. Great work on the audit"])
def test_replies_that_ask_nothing_are_chatter(snapshot: Snapshot, text: str) -> None:
    assert parse(snapshot, text, M)["intent"] == "none"


def test_put_it_down_for_a_meeting_names_no_owner(snapshot: Snapshot) -> None:
    got = parse(snapshot, "the neglect paper - can you put it down for the July board", M)
    assert not got["owners"], got
