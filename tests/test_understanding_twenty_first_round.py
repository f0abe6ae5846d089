"""Understanding the twenty-first round's classes: a member spoken to first ("Remley – saw your message. everyone to
complete …") never taken for the owner of what follows; a closing sentence written owner first after a story; agencies
named loosely ("comm safety", "phase", "the hospital", "the college", "probations", "PPPs", "sub chairs") and never
the writer's own by its kind ("the college", written at the college); an action's reference followed only by whom
("a-43: police plus YOS please"); apologies reinstated for someone named; a quoted question's bare number, day and
return carried to the reply under it; leave dates in brackets and ranges of days with no month; whom the manager edits
for, however placed; bare numbers after a member's name or a greeting; questions about how the assistant takes things.

Every case is invented here (not copied from a corpus), several to a class. A wrong owner is worse than a question:
the look-alikes check that a rule stays away from wordings that only look like its own.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.understanding.snapshot import Snapshot
from tests.conftest import seed_snapshot
from tests.understanding_cases import Case, M, agency, check, group, member, parse

R = "Roger Clayton"
HOSPITAL = "Dudley Group NHS Foundation Trust"


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    return seed_snapshot(tmp_path_factory.mktemp("understanding-twenty-first-round"))


# SEED_NOW is Friday 15 May 2015; boards 10 July and 11 September, the workshop 19 June, the audit panel Monday 18 May.
SPOKEN_TO: list[Case] = [
    ("Remley – saw your message. everyone to finish the online module before the workshop pls", M,
     {"intent": "record_action", "owners": [group("all members")], "due": "2015-06-19"}),
    ("Martine – Jo and I spoke after the panel prep. mike g to share the yos data with VCSG before the july board", R,
     {"intent": "record_action", "owners": [member("Mike Galikowski")], "due": "2015-07-10"}),
    ("@Pam – not one for you, dont worry. zala to run the CDOP data cleanse by end of next week", M,
     {"intent": "record_action", "owners": [member("Zala Ibrahim")], "due": "2015-05-22"}),
    ("thanks pam 👍 and what about the police, anything outstanding for them?", M,
     {"intent": "list_actions", "owners": [agency("West Midlands Police")]}),
    ("Roger – Jo asked if 44 could go to end of june, housing are mid restructure", M,
     {"intent": "change_due", "ref": "A-44", "due": "2015-06-30", "on_behalf_of": "Jo Forbes"}),
    ("Martine – Tony asked me to tell you a-8 is done, the paper went to cabinet", "Chris Ballinger",
     {"intent": "complete_action", "ref": "A-8", "on_behalf_of": "Tony Oakman"}),
    # look-alikes: the one spoken to is asked to do it, or the message is written the minutes' way
    ("Pam – can you send the leaflet round by friday", M,
     {"intent": "record_action", "owners": [member("Pam Smith")], "due": "2015-05-22"}),
    ("Pam – send the leaflet round by friday pls", M,
     {"intent": "record_action", "owners": [member("Pam Smith")], "due": "2015-05-22"}),
    ("Pam – to send the leaflet round by friday", M,
     {"intent": "record_action", "owners": [member("Pam Smith")], "due": "2015-05-22"}),
    ("zala - health visitor training numbers to me by eod friday", M,
     {"intent": "record_action", "owners": [member("Zala Ibrahim")], "due": "2015-05-22"}),
    ("Annette Callear - apologies for next board, rep: Linda Price (Early Years)", M,
     {"intent": "apology", "owners": [member("Annette Callear")], "meeting": "2015-07-10"}),
    ("Roger – Jo said the figures are late again", M, {"intent": "none"}),  # never Roger's action
    ("thanks viv, update on a-12 logged 👍", M, {"intent": "none"}),  # an acknowledgement, not an update
]  # fmt: skip
OWNER_FIRST: list[Case] = [
    ("Jo and I met the housing leads this morning. sue h to map the ASB hotspots by end of june", M,
     {"intent": "record_action", "owners": [member("Sue Haywood")], "due": "2015-06-30"}),
    ("saw your note. the CCG to circulate the GP template before the july board", M,
     {"intent": "record_action", "owners": [agency("Dudley CCG")], "due": "2015-07-10"}),
    # look-alikes: the writer's own offer; a stand-in; a sentence that is not the last
    ("Has anyone got a copy of the new flowchart? Happy to share ours if not.", "Tabetha Darman",
     {"intent": "none"}),
    ("Sorry, I'm away on Monday. Sally to attend in my place", "Richard Fisher",
     {"intent": "apology", "owners": [member("Richard Fisher")], "meeting": "2015-05-18"}),
]  # fmt: skip
AGENCIES: list[Case] = [
    ("comm safety actions?", M, {"intent": "list_actions", "owners": [agency("DMBC – Community Safety")]}),
    ("comm safety to map the CSE hotspots against the licensing data by end of june", M,
     {"intent": "record_action", "owners": [agency("DMBC – Community Safety")], "due": "2015-06-30"}),
    ("whats phase got open", M, {"intent": "list_actions", "owners": [agency("Phase Trust (voluntary)")]}),
    ("phase to run two more parent workshops before the end of july", M,
     {"intent": "record_action", "owners": [agency("Phase Trust (voluntary)")], "due": "2015-07-31"}),
    ("has the hospital sent its S11 yet", M, {"intent": "audit_status", "audit": {"type": "S11", "subject": HOSPITAL}}),
    ("whats the hospital got on the tracker", M, {"intent": "list_actions", "owners": [agency(HOSPITAL)]}),
    ("what does the college owe at the mo", M, {"intent": "list_actions", "owners": [agency("FE Representative")]}),
    ("show me probations actions pls", M,
     {"intent": "list_actions", "ambiguous": [("probation", ["National Probation Service", "Probation – CRC"])]}),
    ("can i see PPPs actions", M, {"intent": "list_actions", "owners": [group("Policy, Procedures & Practice")]}),
    ("what are the sub chairs sitting on? want to chase before july", M,
     {"intent": "list_actions", "owners": [group("sub group chairs")]}),
    # look-alikes: the writer's own by its kind; a kind of something else; a person's possessive
    ("can someone add that ill share the college prevent training stats with WDG for the july board", "Remley Mann",
     {"intent": "record_action", "owners": [member("Remley Mann")], "due": "2015-07-10"}),
    ("Pam and Zala have agreed to update the hospital pathway. Can we log it against them for end of July?", M,
     {"intent": "record_action", "owners": [member("Pam Smith"), member("Zala Ibrahim")], "due": "2015-07-31"}),
    ("can you list Richard from the polices actions pls", M,
     {"intent": "list_actions", "owners": [member("Richard Fisher")]}),
    ("the next phase of the review to be agreed by june", M, {"owners": []}),
]  # fmt: skip
LISTED: list[Case] = [
    ("a-43: police plus YOS please", M,
     {"intent": "reassign", "ref": "A-43", "owners": [agency("West Midlands Police"), agency("DMBC – YOS")]}),
    ("a-44: CCG + public health jointly", M,
     {"intent": "reassign", "ref": "A-44", "owners": [agency("Dudley CCG"), agency("Office of Public Health")]}),
    ("a-60 cafcass not me pls", "Jo Forbes", {"intent": "reassign", "ref": "A-60", "owners": [agency("Cafcass")]}),
    ("A-12 - PPP to own this now", M,
     {"intent": "reassign", "ref": "A-12", "owners": [group("Policy, Procedures & Practice")]}),
    ("a-41: the council generally", M, {"intent": "reassign", "ref": "A-41", "owners": [agency("DMBC")]}),
    # look-alikes: news after the reference, or its source
    ("a-43: chased again", M, {"intent": "add_update", "ref": "A-43"}),
    ("a-43: police chased again", M, {"intent": "add_update", "ref": "A-43"}),
    ("A-12 Sally has the data now", M, {"intent": "add_update", "ref": "A-12"}),
    ("a-9 kate mc - crc briefing done at 2 of 3 offices", M, {"ref": "A-9", "owners": []}),
]  # fmt: skip
REINSTATED: list[Case] = [
    ("Please reinstate Merlin for Monday's panel, his other meeting has been cancelled", R,
     {"intent": "withdraw_apology", "owners": [member("Merlin Joseph")], "meeting": "2015-05-18"}),
    ("put Jo back in for the july board please", M,
     {"intent": "withdraw_apology", "owners": [member("Jo Forbes")], "meeting": "2015-07-10"}),
    ("put me back in for monday", "Jo Forbes",
     {"intent": "withdraw_apology", "owners": [member("Jo Forbes")], "meeting": "2015-05-18"}),
    ("56 should really be the hospital's not mine, ok to move it over?", "Zala Ibrahim",
     {"intent": "reassign", "ref": "A-56", "owners": [agency(HOSPITAL)]}),
    ("pam – 56 should really be the hospital's not mine, ok to move it over?", "Zala Ibrahim",
     {"intent": "reassign", "ref": "A-56", "owners": [agency(HOSPITAL)]}),
]  # fmt: skip
QUOTED: list[Case] = [
    ("> any news on 19?\nstill waiting on the analysts, chased again today", "Sally Holmes",
     {"intent": "add_update", "ref": "A-19"}),
    ("> is 23 still needed?\nno, drop it - the new protocol covers it", M, {"intent": "drop_action", "ref": "A-23"}),
    ("> who should own 31 now Jo's moved teams?\ngive it to sue h", M,
     {"intent": "reassign", "ref": "A-31", "owners": [member("Sue Haywood")]}),
    ("> can 26 still make the july board?\nno sorry, can we move it to the september board", "Jo Forbes",
     {"intent": "change_due", "ref": "A-26", "due": "2015-09-11"}),
    ("> hows the fire s11 going?\nnearly there, just waiting on the training figures", "Julie Winpenny",
     {"intent": "audit_update", "audit": {"type": "S11", "subject": "West Midlands Fire Service"}}),
    ("> can everyone confirm attendance for monday\nsorry, cant make it – kate will cover for probation",
     "Viv Townsend", {"intent": "apology", "meeting": "2015-05-18", "representative": "Kate McConnell"}),
    # look-alikes: a count in the question; a thank-you
    ("> did 3 of the 4 schools reply?\nyes all in now", M, {"ref": None}),
    ("> did you get my 2 emails?\nyes thanks", M, {"intent": "none"}),
]  # fmt: skip
LEAVE: list[Case] = [
    ("I'm off (26th-29th May). Merlin's covering anything urgent", "Jassi Broadmeadow",
     {"intent": "leave", "away_until": "2015-05-29"}),
    ("im off (8th-12th june). Marie said shed keep an eye on WDG stuff", "Rachael Doyle",
     {"intent": "leave", "away_until": "2015-06-12"}),
    ("on leave 18th-29th", "Jo Forbes", {"intent": "leave", "away_until": "2015-05-29"}),
    ("off 28th-3rd, back on the 4th", "Jo Forbes", {"intent": "leave", "away_until": "2015-06-03"}),
    ("off til after the bank hol, back tues 26th", "Jo Forbes", {"intent": "leave", "away_until": "2015-05-25"}),
    ("away til after half term - back in school mon 1st june", "Marie Hunter",
     {"intent": "leave", "away_until": "2015-05-31"}),
    # look-alike: a range that is no one's leave
    ("the audit runs 18th-29th, can schools send returns before then", M, {"intent": "none"}),
]  # fmt: skip
EDITED_FOR: list[Case] = [
    ("A-45 from rich: still waiting on the force policy team", M,
     {"intent": "add_update", "ref": "A-45", "on_behalf_of": "Richard Fisher"}),
    ("update on 28 from tony o: draft with legal, back next wk", M,
     {"intent": "add_update", "ref": "A-28", "on_behalf_of": "Tony Oakman"}),
    ("moving 26 to end of june for jo, shes short staffed", M,
     {"intent": "change_due", "ref": "A-26", "due": "2015-06-30", "on_behalf_of": "Jo Forbes"}),
    ("a-5 - Jo rang, can it move to the tues after the bank hol", M,
     {"intent": "change_due", "ref": "A-5", "due": "2015-05-26", "on_behalf_of": "Jo Forbes"}),
    ("Please move A-2 to before the September board; Tony Oakman has asked for more time. Roger", R,
     {"intent": "change_due", "ref": "A-2", "due": "2015-09-11", "on_behalf_of": "Tony Oakman"}),
    ("push sally's a-52 back a week, she's in court", M,
     {"intent": "change_due", "ref": "A-52", "shift_days": 7, "on_behalf_of": "Sally Holmes"}),
    # look-alike: "for" a meeting, not a person
    ("moving 26 to end of june for the panel, it meets then", M,
     {"intent": "change_due", "ref": "A-26", "on_behalf_of": None}),
]  # fmt: skip
BARE: list[Case] = [
    ("Martine – 38 can go, the national guidance replaced it", "Jo Forbes", {"intent": "drop_action", "ref": "A-38"}),
    ("Mike – saw your note. can we give 48 another week? the data isnt back", "Jo Forbes",
     {"intent": "change_due", "ref": "A-48", "shift_days": 7}),
    ("give 33 another week pls", "Jo Forbes", {"intent": "change_due", "ref": "A-33", "shift_days": 7}),
    ("sent the GP audit to QA & comms, thats 27 done", "Su Vincent", {"intent": "complete_action", "ref": "A-27"}),
    # look-alikes: a count; a name before a count
    ("can we give 48 families another chance to reply", "Jo Forbes", {"ref": None}),
    ("Martine – 38 people came to the event", "Jo Forbes", {"ref": None}),
]  # fmt: skip
HELP: list[Case] = [
    ("Does it understand dates like 'w/c 8th' or do I need to put 08/06/15?", "Jo Forbes", {"intent": "help"}),
    ("if i send apols for the sept board now will it remember til september?", "Jo Forbes", {"intent": "help"}),
    ("Is it possible to have a summary of overdue actions sent to me each week?", "Jo Forbes", {"intent": "help"}),
    ("I wonder if you could help me understand how to use the new tracker", "Marie Hunter", {"intent": "help"}),
    # look-alike: a question for someone about a meeting
    ("Rachael, do you know what time the workshop finishes on the 19th?", "Remley Mann", {"intent": "meeting_info"}),
]  # fmt: skip
ALL = [
    *(("spoken-to", *c) for c in SPOKEN_TO),
    *(("owner-first", *c) for c in OWNER_FIRST),
    *(("agencies", *c) for c in AGENCIES),
    *(("listed", *c) for c in LISTED),
    *(("reinstated", *c) for c in REINSTATED),
    *(("quoted", *c) for c in QUOTED),
    *(("leave", *c) for c in LEAVE),
    *(("edited-for", *c) for c in EDITED_FOR),
    *(("bare", *c) for c in BARE),
    *(("help", *c) for c in HELP),
]  # fmt: skip


@pytest.mark.parametrize(("group_", "text", "writer", "expected"), ALL, ids=[f"{c[0]}:{c[1][:40]}" for c in ALL])
def test_twenty_first_round_wording(
    snapshot: Snapshot, group_: str, text: str, writer: str, expected: dict[str, Any]
) -> None:
    check(parse(snapshot, text, writer), expected)
