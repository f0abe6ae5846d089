"""Understanding messages written the way members write in Teams: corrections made while typing, names excluded,
context sentences around the request, forwarded messages with a request of the writer's own, and polite requests
to record what came before.

Every case is invented here (not copied from a corpus), several to a class, so that a rule is held to the family of
wordings it covers. A wrong owner is worse than a question: where the owner cannot be told for sure, no member is
an owner (the assistant asks).
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.understanding.snapshot import Snapshot
from tests.conftest import seed_snapshot
from tests.understanding_cases import Case, M, agency, check, group, member, parse


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    return seed_snapshot(tmp_path_factory.mktemp("understanding-corrections"))


# "for Jo – sorry, not Jo, it's Pam – to ...", "Kate, no wait, Viv to ...", "... Sorry, I meant Sally.": the
# corrected name owns the action, never the mistaken one.
OWNER_CORRECTED: list[Case] = [
    ("please log an action for Jo – sorry, not Jo, it's Pam – to chase the GP letters by 5 June", M,
     {"intent": "record_action", "owners": [member("Pam Smith")], "due": "2015-06-05"}),
    ("can you add one for Tony, oops, not Tony, I mean Helen, to draft the transitions leaflet", M,
     {"intent": "record_action", "owners": [member("Helen Ellis")]}),
    ("log one for Mayada – sorry, not Mayada, it's me – to pull the infant mortality data", "Karen Jackson",
     {"intent": "record_action", "owners": [member("Karen Jackson")]}),
    ("Kate, no wait, Viv to circulate the MAPPA slides by Friday", M,
     {"owners": [member("Viv Townsend")], "due": "2015-05-22"}),
    ("action for Remley – I mean Marie – to send the survey to primaries by end of June", M,
     {"owners": [member("Marie Hunter")], "due": "2015-06-30"}),
    ("Nicola (sorry, I meant Zala) to share the ED figures by 12 June", M,
     {"owners": [member("Zala Ibrahim")], "due": "2015-06-12"}),
    ("could you record an action for me to update the CSE profile by 30/6? Sorry, I meant Sally.", "Richard Fisher",
     {"owners": [member("Sally Holmes")], "due": "2015-06-30"}),
    # a correction of an earlier message leaves this one's owners as written
    ("Sorry, I meant Sue Haywood, not Sue Hayward, earlier. The action is for Sue Haywood to map the referrals by "
     "12 June.", M, {"owners": [member("Sue Haywood")]}),
]  # fmt: skip

# "for the July board – sorry, I meant the September board", "new date 12/6. Sorry, I meant 19/6": the corrected
# date or meeting, never the mistaken one (nor one named in the reason after it).
DATE_CORRECTED: list[Case] = [
    ("Jo Forbes to bring the housing figures to the July board – sorry, I meant the September board, July is too "
     "soon.", M, {"owners": [member("Jo Forbes")], "due": "2015-09-11"}),
    ("A-12 – new date 12/6 please. Sorry, I meant 19/6, the data comes in on the 15th.", "Jo Forbes",
     {"intent": "change_due", "ref": "A-12", "due": "2015-06-19"}),
    ("Apologies from me for the July board. Sorry, I meant the September one – July is fine.", "Jo Forbes",
     {"intent": "apology", "owners": [member("Jo Forbes")], "meeting": "2015-09-11"}),
    ("Pam to circulate the pathway by Friday (sorry, I meant Monday)", M,
     {"owners": [member("Pam Smith")], "due": "2015-05-18"}),
    ("move A-8 to 3 July, no wait, 10 July", "Jo Forbes", {"intent": "change_due", "ref": "A-8", "due": "2015-07-10"}),
]  # fmt: skip

# "rather than Sally", "not Karen", "instead of Su", "the CRC side, not the NPS": whoever is excluded owns nothing.
EXCLUDED: list[Case] = [
    ("A-6 should go to the police as a whole rather than Sally.", M,
     {"intent": "reassign", "ref": "A-6", "owners": [agency("West Midlands Police")]}),
    ("A-9 to go to Public Health generally, not Karen", M,
     {"intent": "reassign", "owners": [agency("Office of Public Health")]}),
    ("can A-14 be owned by Cafcass rather than Nicola personally", M,
     {"intent": "reassign", "owners": [agency("Cafcass")]}),
    ("A-3 to go to Jassi rather than Tony", M, {"intent": "reassign", "owners": [member("Jassi Broadmeadow")]}),
    ("please give A-11 to the CCG instead of Su", M, {"intent": "reassign", "owners": [agency("Dudley CCG")]}),
    ("what's open for probation – the CRC side, not the NPS?", M,
     {"intent": "list_actions", "owners": [agency("Probation – CRC")]}),
    ("anything outstanding for the YOS?", M, {"intent": "list_actions", "owners": [agency("DMBC – YOS")]}),
]  # fmt: skip

# A question with a sentence saying why, before or after it: those the context names are not whose actions.
CONTEXT_QUESTION: list[Case] = [
    ("Could you show me what the fire service still owe? Julie asked and I'm not at my desk.", M,
     {"intent": "list_actions", "owners": [agency("West Midlands Fire Service")]}),
    ("What's outstanding for Cafcass? Nicola wants to know before the board and I said I'd check.", M,
     {"intent": "list_actions", "owners": [agency("Cafcass")]}),
    ("Tony said probation were behind. What's open for the NPS?", M,
     {"intent": "list_actions", "owners": [agency("National Probation Service")]}),
    ("What does Public Health still owe us? Karen Jackson and I are meeting tomorrow.", M,
     {"intent": "list_actions", "owners": [agency("Office of Public Health")]}),
]  # fmt: skip

# A forwarded message: the writer's own question after it is what is asked; with nothing after it, the quote is
# its sender's message ("me" is the sender); "log that for her" is the sender's action.
FORWARDED: list[Case] = [
    ('Fwd from Mayada: "Martine, could you tell me what CDOP still has open?" – so, what\'s outstanding for Cafcass?',
     M, {"intent": "list_actions", "owners": [agency("Cafcass")]}),
    ('Fwd from Tony: "Helen has agreed to take on A-21 from me."', M,
     {"intent": "reassign", "ref": "A-21", "owners": [member("Helen Ellis")]}),
    ('Fwd from Jassi re A-30: "Leaflet draft with the printers, proofs due next week."', M,
     {"intent": "add_update", "ref": "A-30", "note": "Leaflet draft with the printers, proofs due next week."}),
    ('Fwd from Chris: "Can we drop A-7? The funding bid was withdrawn."', M, {"intent": "drop_action", "ref": "A-7"}),
    ('Fwd from Remley: "Where is the September board being held?"', M,
     {"intent": "meeting_info", "meeting": "2015-09-11"}),
    ('Fwd from Helen: "A-19 is done now."', M,
     {"intent": "complete_action", "ref": "A-19", "on_behalf_of": "Helen Ellis"}),
    ('Fwd from Kate: "Happy to pull together the CRC caseload figures, could I have until 30 June?" – can you log '
     "that for her", M, {"intent": "record_action", "owners": [member("Kate McConnell")], "due": "2015-06-30"}),
]  # fmt: skip

# "the group", "the sub group", "the panel": the one group named before it.
GROUP_NAMED_BEFORE: list[Case] = [
    ("QA & Comms met this morning and the leaflet needs redoing. Can we put that down to the group for the "
     "September board?", M, {"intent": "record_action", "owners": [group("QA & Comms")], "due": "2015-09-11"}),
    ("I chaired the SCR Sub yesterday. Is anything still open against the sub group?", "Su Vincent",
     {"intent": "list_actions", "owners": [group("SCR Sub")]}),
    ("CDOP reviewed two cases last week. Could you log an action for the panel to write to the coroner by 30 June?",
     M, {"intent": "record_action", "owners": [group("CDOP")], "due": "2015-06-30"}),
    ("the Workforce Development Group met on Tuesday. Could you log an action for the sub group to refresh the "
     "induction pack by 31 July?", M, {"owners": [group("Workforce Development Group")], "due": "2015-07-31"}),
]  # fmt: skip

# Context first, then a polite request to record it for someone: "log that one for Karen Palk", "log it for me",
# "log it jointly against them", "put that on her", "Can I be down as owner along with Jo?".
RECORD_AFTER_CONTEXT: list[Case] = [
    ("The GP safeguarding leads list is out of date. Please log it for me, due 19/6.", "Su Vincent",
     {"intent": "record_action", "owners": [member("Su Vincent")], "due": "2015-06-19"}),
    ("We agreed at QA & Comms that the newsletter needs an article on neglect. Would you be able to log that one for "
     "Karen Palk, due 26 June?", M, {"intent": "record_action", "owners": [member("Karen Palk")], "due": "2015-06-26"}),
    ("Jo and Mike met the custody team yesterday. They've both agreed to redraft the joint protocol. Can we log it "
     "jointly against them for the end of June please?", M,
     {"intent": "record_action", "owners": [member("Jo Forbes"), member("Mike Galikowski")], "due": "2015-06-30"}),
    ("The primaries still need the e-safety pack. Annette has offered to send it out – could you put that on her for "
     "Friday?", M, {"intent": "record_action", "owners": [member("Annette Callear")], "due": "2015-05-22"}),
    ("Housing and YOS are going to look at 16-17 year olds in B&B together. Can I be down as owner along with Jo?",
     "Mike Galikowski", {"intent": "record_action", "owners": [member("Mike Galikowski"), member("Jo Forbes")]}),
    ("I met the heads on Monday. I've offered to redo the e-safety slides – could that go down as an action for me? "
     "No set date yet.", "Marie Hunter", {"intent": "record_action", "owners": [member("Marie Hunter")], "due": None}),
]  # fmt: skip

# The writer's own first name asks when another member's sounds the same ("Su will ..." written by Su Vincent:
# Sue Haywood too), the lead named after the work ("Viv
# will coordinate it"), a partner and the writer ("Gemma Price from the MASH and I").
WHO_DOES_IT: list[Case] = [
    ("Su will send the GP letter by Friday.", "Su Vincent",
     {"owners": [], "ambiguous": [("Su", ["Su Vincent", "Sue Haywood"])]}),
    ("Nicki will send the GP letter by Friday.", "Nicki Burrows", {"owners": [member("Nicki Burrows")]}),
    ("Su will send the GP letter by Friday.", "Sue Haywood",
     {"owners": [], "ambiguous": [("Su", ["Su Vincent", "Sue Haywood"])]}),
    ("The SCR Sub needs to finalise the learning briefing. Viv will coordinate it. Needed by 26 June.", M,
     {"owners": [member("Viv Townsend")], "due": "2015-06-26"}),
    ("Public Health to refresh the infant sleep leaflet by end of July. Karen Jackson will lead on it.", M,
     {"owners": [member("Karen Jackson")], "due": "2015-07-31"}),
    ("Housing needs to check the B&B placements by 12 June. Jo will pick it up.", M,
     {"owners": [member("Jo Forbes")], "due": "2015-06-12"}),
    ("CDOP needs to publish the annual report by 30 June. Karen will coordinate it.", M, {"owners": [group("CDOP")]}),
    ("Gemma Price from the MASH and I will review the referral form by 12 June.", "Jassi Broadmeadow",
     {"owners": [{"kind": "unknown", "name": "Gemma Price", "suggestions": []}, member("Jassi Broadmeadow")]}),
    ("West Mids Police to share the missing episodes data by 12 June", M, {"owners": [agency("West Midlands Police")]}),
    ("can we record an action for West Midlands Fire to deliver the safety visits briefing by end of June", M,
     {"owners": [agency("West Midlands Fire Service")]}),
    ("National Probation to send the MAPPA figures by 19 June", M, {"owners": [agency("National Probation Service")]}),
]  # fmt: skip

# Dates and meetings: "due 24/7" is a date (a 24/7 service is not); "one of the board meetings" is none of them.
DATES: list[Case] = [
    ("Sally to refresh the CSE profile, due 24/7", M, {"due": "2015-07-24"}),
    ("the MASH runs 24/7 now, Sally to update the flowchart by Friday", M, {"due": "2015-05-22"}),
    ("Jo can't make one of the board meetings in the autumn – she'll confirm which one", M,
     {"intent": "apology", "meeting": None}),
    ("what dates are the board meetings this year?", M, {"intent": "meeting_info", "meeting": None}),
]  # fmt: skip

# Lists asked in Teams' polite words.
LISTS: list[Case] = [
    ("Does Cafcass owe the board anything at the moment?", M,
     {"intent": "list_actions", "owners": [agency("Cafcass")]}),
    ("could you list everything that's gone past its due date?", M, {"intent": "list_actions", "owners": []}),
    ("Everything overdue please, whoever has it.", M, {"intent": "list_actions", "owners": []}),
    ("Can you show me what QA & Comms still has on its list?", M,
     {"intent": "list_actions", "owners": [group("QA & Comms")]}),
    ("Is anything still sitting open against the fire service?", M,
     {"intent": "list_actions", "owners": [agency("West Midlands Fire Service")]}),
    ("What does Anthea Jones still owe us?", M,
     {"intent": "list_actions", "owners": [{"kind": "unknown", "name": "Anthea Jones", "suggestions": []}]}),
]  # fmt: skip

# Edits by reference after context, with a full stop, as a note, or a reference typed with a space.
EDITS: list[Case] = [
    ("Sally is taking over A-28 from Richard while he's off.", M,
     {"intent": "reassign", "ref": "A-28", "owners": [member("Sally Holmes")]}),
    ("A-31 can go out to the end of June if that's ok", "Jo Forbes",
     {"intent": "change_due", "ref": "A-31", "due": "2015-06-30"}),
    ("Ticking off A-9 on Zala's behalf – she sent it last night.", M,
     {"intent": "complete_action", "ref": "A-9", "on_behalf_of": "Zala Ibrahim"}),
    ("A-15. Draft written, waiting for comments from the chair.", "Jo Forbes",
     {"intent": "add_update", "ref": "A-15", "note": "Draft written, waiting for comments from the chair."}),
    ("Just a note on A-12, Helen has two of the three returns, last one due Friday.", M,
     {"intent": "add_update", "ref": "A-12"}),
    ("Could you note against A-20 that the venue is now booked?", M,
     {"intent": "add_update", "ref": "A-20", "note": "the venue is now booked"}),
    ("Sorry for the silence. A-16 – met the LADO, draft protocol expected mid June.", "Jassi Broadmeadow",
     {"intent": "add_update", "ref": "A-16", "note": "met the LADO, draft protocol expected mid June."}),
    ("quick one – what is A 27? Jo mentioned it", M, {"intent": "show_action", "ref": "A-27"}),
    ("Can we close a-8 without doing it? Reason: the pilot was cancelled.", M,
     {"intent": "drop_action", "ref": "A-8", "note": "the pilot was cancelled"}),
    ("I think I've finished my part of the neglect toolkit – it went to the panel yesterday.", "Jo Forbes",
     {"intent": "complete_action"}),
]  # fmt: skip

# Audits, leave and apologies told in the third person or around a reason.
NEWS: list[Case] = [
    ("The Trust's S11 went in last week.", "Zala Ibrahim",
     {"intent": "audit_update", "audit": {"type": "S11", "subject": "Dudley Group NHS Foundation Trust",
                                          "status": "complete"}}),
    ("Has Old Park School's S175 come in yet?", M,
     {"intent": "audit_status", "audit": {"type": "S175", "subject": "Old Park School"}}),
    ("Jo is off next week, back Monday 25th.", "Jo Forbes", {"intent": "leave", "away_until": "2015-05-24"}),
    ("Pam is on leave until 12 June.", "Pam Smith", {"intent": "leave", "away_until": "2015-06-12"}),
    ("Marie's away until Friday 29 May.", "Marie Hunter", {"intent": "leave", "away_until": "2015-05-29"}),
    ("Pam is on leave until 12 June.", M,  # Pam's leave, for the business manager to note: never the writer's
     {"intent": "leave", "owners": [member("Pam Smith")], "away_until": "2015-06-12"}),
    ("Pam is on leave until 12 June.", "Zala Ibrahim", {"intent": "none"}),
    ("I'm out of school up to and including 5 June for Ofsted.", "Marie Hunter",
     {"intent": "leave", "away_until": "2015-06-05"}),
    ("Out of office from Monday, returning Thursday 28 May.", "Jo Forbes",
     {"intent": "leave", "away_until": "2015-05-27"}),
    ("Tony is at a conference on 10th July so can't come to the board.", M,
     {"intent": "apology", "owners": [member("Tony Oakman")], "meeting": "2015-07-10"}),
    ("Helen's on leave that week so she'll miss the workshop. Mike is going in her place.", M,
     {"intent": "apology", "owners": [member("Helen Ellis")], "representative": "Mike Galikowski"}),
    ("Jo's told me she can make the September board now, so she's no longer an apology.", M,
     {"intent": "withdraw_apology", "owners": [member("Jo Forbes")], "meeting": "2015-09-11"}),
]  # fmt: skip

ALL = {
    "owner-corrected": OWNER_CORRECTED,
    "date-corrected": DATE_CORRECTED,
    "excluded": EXCLUDED,
    "context-question": CONTEXT_QUESTION,
    "forwarded": FORWARDED,
    "group-named-before": GROUP_NAMED_BEFORE,
    "record-after-context": RECORD_AFTER_CONTEXT,
    "who-does-it": WHO_DOES_IT,
    "dates": DATES,
    "lists": LISTS,
    "edits": EDITS,
    "news": NEWS,
}
CASES = [(name, *case) for name, cases in ALL.items() for case in cases]


@pytest.mark.parametrize(("group", "text", "writer", "expected"), CASES, ids=[f"{c[0]}:{c[1][:40]}" for c in CASES])
def test_teams_wording(snapshot: Snapshot, group: str, text: str, writer: str | None, expected: dict[str, Any]) -> None:
    check(parse(snapshot, text, writer), expected)


# A corrected name whose mistaken one is unclear (two named before it), "him" after two people, "the group" after
# two groups: no member (nor group) is guessed; the assistant asks.
@pytest.mark.parametrize(
    "text",
    [
        "Jo and Mike to review the custody protocol by 19 June. Sorry, I meant Helen.",
        "Tony and Chris to present the early help figures at the July board. Sorry, I meant Jassi.",
        "Can you log one for Richard or Sally to check the arrest data by Friday? Sorry, I meant Pam.",
        "Tony and Chris spoke to the early help team. Could you put that on him for Friday?",
        "CDOP and the SCR Sub met jointly last week. Can we put that down to the group for the July board?",
    ],
)
def test_an_owner_in_doubt_is_never_guessed(snapshot: Snapshot, text: str) -> None:
    got = parse(snapshot, text, M)
    assert not [o for o in got["owners"] if o["kind"] in {"member", "group"}], got


# Whoever a correction, an exclusion, a context sentence or a forwarded message names as the wrong one is never
# an owner.
@pytest.mark.parametrize(
    ("text", "writer", "never"),
    [
        ("can someone log an action for Chris – sorry, not Chris, it's me – to update the map by 5 June", "Jo Forbes",
         "Chris Ballinger"),
        ("A-4 to the fire service as a whole rather than Julie please", M, "Julie Winpenny"),
        ("Could you pull up what Cafcass still owe us? Nicola has asked and I'm out today.", M, "Nicola Campbell"),
        ('Fwd from Roger: "Martine, can you let me see what housing owe?" – so, what\'s open for the police?', M,
         "Roger Clayton"),
        ('Fwd from Roger: "Martine, can you let me see what housing owe?" – so, what\'s open for the police?', M, M),
    ],
)  # fmt: skip
def test_the_one_put_right_is_never_an_owner(snapshot: Snapshot, text: str, writer: str, never: str) -> None:
    got = parse(snapshot, text, writer)
    assert never not in [o["name"] for o in got["owners"]], got
