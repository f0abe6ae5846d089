"""Understanding the thirty-third round's classes, most from sets written about lists asked for several owners at
once, actions named only by what they are about, absence in everyday words and long emails: a row of owners ("what's
open for me, viv and the police", "police, fire and the hospital - whats open", "mine n tabethas?") read whole, an
owner the board does not hold kept as a name the writer is told of, so a list asked for three never comes back as two;
an action named by its subject with "thing", "bit" or "stuff" ("push the CSE training bit to end of june") and the
frames around it ("… - make it end of next month", "… - can that go to Tony", "… -> Karen please", "remind me what …
says"); whose work it is ("Jo's housing data - she needs another week"); "off sick this week and next"; "A quick note
for the tracker: Karen J is on leave …" (Karen's, never the writer's); a list across the board "ahead of my 1:1 with
Tony" (the whole board's, never Tony's); "anything logged against Gill Hardy?" (a name not on the roster, asked
about); "Cafcass won't be represented – I'm on leave and our service manager is at court" (the agency's); "Please
pass on Rob Keane's apologies" (his, asked about, never the writer's); "add one for Roger – he wants Merlin and Tony to
present …" (theirs, for Roger); a plan said in passing ("Back from the conference … I'll circulate the slides") asked
about before it is recorded, and "no need to log it" nothing; "CRC not able to be represented" (the agency's); and a
writer's own apology with someone attending for the agency (never a withdrawal).

Every case is invented here (not copied from a corpus), several to a class. A wrong owner is worse than a question:
the look-alikes check that a rule stays away from wordings that only look like its own.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.understanding.snapshot import Snapshot
from tests.conftest import seed_snapshot
from tests.understanding_cases import Case, M, agency, check, group, member, parse, unknown


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    return seed_snapshot(tmp_path_factory.mktemp("understanding-thirty-third-round"))


# SEED_NOW is Friday 15 May 2015; boards 10 July and 11 September, the workshop 19 June, the audit panel Monday 18 May.
ROWS: list[Case] = [
    ("whats outstanding for me, jo and the fire service", "Sue Haywood",
     {"intent": "list_actions",
      "owners": [member("Sue Haywood"), member("Jo Forbes"), agency("West Midlands Fire Service")]}),  # had lost Jo
    ("housing, cafcass + the CCG - anything open?", M,
     {"intent": "list_actions", "owners": [agency("DMBC – Housing"), agency("Cafcass"), agency("Dudley CCG")]}),
    ("richard f, zala and helen e - what have they got between them", M,
     {"intent": "list_actions", "owners": [member("Richard Fisher"), member("Zala Ibrahim"), member("Helen Ellis")]}),
    ("what do remley, annette and the Stourbridge nursery forum still owe", M,
     {"intent": "list_actions", "owners": [member("Remley Mann"), member("Annette Callear"),
                                           unknown("the Stourbridge nursery forum")]}),  # not on the board: told so
    ("open actions for the YOS and for Sandwell youth offending team pls", M,
     {"intent": "list_actions", "owners": [agency("DMBC – YOS"), unknown("Sandwell youth offending team")]}),
    ("mine + viv's + the SCR sub's?", "Anne Harris",
     {"intent": "list_actions", "owners": [member("Anne Harris"), member("Viv Townsend"), group("SCR Sub")]}),
    ("mine n mayadas pls", "Karen Jackson",
     {"intent": "list_actions", "owners": [member("Karen Jackson"), member("Mayada AbuAffan")]}),  # had been nothing
    ("CDOP list and pam's too", M, {"intent": "list_actions", "owners": [group("CDOP"), member("Pam Smith")]}),
    ("whats open for me an rachel", "Richard Fisher",
     {"intent": "list_actions", "owners": [member("Richard Fisher"), unknown("rachel", "Rachael Doyle")]}),
    ("what's outstanding for public health and the police for Roger? he's seeing them both on Monday", M,
     {"intent": "list_actions", "owners": [agency("Office of Public Health"), agency("West Midlands Police")]}),
    ("anything open for the police and for Gary Hunt (Staffs CSE lead)?", M,
     {"intent": "list_actions", "owners": [agency("West Midlands Police"), unknown("Gary Hunt")]}),
    # look-alikes: one owner whose name holds "&", the karens asked about, nothing but thanks, no owner at all
    ("what's still open for QA & Comms?", M, {"intent": "list_actions", "owners": [group("QA & Comms")]}),
    ("karen's list and helen's please", M,
     {"intent": "list_actions", "owners": [member("Helen Ellis")],
      "ambiguous": [("karen", ["Karen Jackson", "Karen Palk"])]}),
    ("thanks and cheers", M, {"intent": "none"}),
    ("Sue and Jo's report went to the exec", M, {"intent": "none"}),
    ("what's due for the July board and the workshop?", M, {"intent": "list_actions", "owners": []}),
]  # fmt: skip
SUBJECT_WORDS: list[Case] = [
    ("push the neglect toolkit bit back to the end of june please", "Rachael Doyle",
     {"intent": "change_due", "due": "2015-06-30"}),
    ("leaflet translation thing - make it end of next month, the printers are behind", "Julie Winpenny",
     {"intent": "change_due", "due": "2015-06-30"}),
    ("the DBS audit action was due 30 april (sorry!) can we say mid june", "Jo Forbes",
     {"intent": "change_due", "due": "2015-06-15"}),  # the new date, never the old one
    ("can the missing children stuff be for the workshop rather than july?", "Richard Fisher",
     {"intent": "change_due", "due": "2015-06-19"}),
    ("the MASH review bit - can that go to Sally", "Richard Fisher",
     {"intent": "reassign", "owners": [member("Sally Holmes")]}),
    ("private fostering leaflet thing -> Jassi please", M,
     {"intent": "reassign", "owners": [member("Jassi Broadmeadow")]}),
    ("swap the school nursing audit over to Zala, Pam's off", M,
     {"intent": "reassign", "owners": [member("Zala Ibrahim")]}),
    ("remind me what the FGM training bit says exactly", "Pam Smith", {"intent": "show_action"}),
    ("you can tick off the parenting survey thing, results went to QA last week", "Nicki Burrows",
     {"intent": "complete_action"}),
    ("the safer recruitment stuff - all done and dusted", "Marie Hunter", {"intent": "complete_action"}),
    ("re the CSE awareness thing, 40 taxi drivers trained so far", "Sue Haywood",
     {"intent": "add_update", "note": "40 taxi drivers trained so far"}),
    ("A short update on the e-safety protocol: the draft is with the heads' forum for comment.", "Remley Mann",
     {"intent": "add_update", "note": "the draft is with the heads' forum for comment"}),
    ("the hate crime campaign work for schools: posters printed, going out next week", "Sue Haywood",
     {"intent": "add_update", "note": "posters printed, going out next week"}),
    # look-alikes: nothing done to any action
    ("the thing is, I'm not sure the survey helps", "Nicki Burrows", {"intent": "none"}),
    ("bit of a mad week with the inspection!", "Jassi Broadmeadow", {"intent": "none"}),
]  # fmt: skip
WHOSE_WORK: list[Case] = [
    ("Jo's housing data - she needs another fortnight", "Sue Haywood",
     {"intent": "change_due", "shift_days": 14, "on_behalf_of": "Jo Forbes"}),
    ("tabetha's supervision audit is finished, she asked me to let you know", "Nicki Burrows",
     {"intent": "complete_action", "on_behalf_of": "Tabetha Darman"}),
    ("the court skills thing is done - nicola sorted it yesterday", M,
     {"intent": "complete_action", "on_behalf_of": "Nicola Campbell"}),
    # look-alike: the member's news of their own, no piece of work named after it
    ("Jo's off sick today", "Sue Haywood", {"intent": "none"}),
]  # fmt: skip
AWAY: list[Case] = [
    ("pam's off sick this week and next", M,
     {"intent": "leave", "owners": [member("Pam Smith")], "away_until": "2015-05-22"}),  # had been nothing
    ("off this week and the next, back on the 26th", "Viv Townsend", {"intent": "leave", "away_until": "2015-05-25"}),
    ("I'm on leave this week and next", "Viv Townsend", {"intent": "leave", "away_until": "2015-05-22"}),
    ("A quick note for the tracker: Helen E is on leave until 5 June, so IYS queries to Chris please.", M,
     {"intent": "leave", "owners": [member("Helen Ellis")], "away_until": "2015-06-05"}),  # had been Martine's
    ("Brief note for the record: Tony is away until the 29th.", M,
     {"intent": "leave", "owners": [member("Tony Oakman")], "away_until": "2015-05-29"}),
    ("Note for the tracker: I'm on leave until 29 May", M,
     {"intent": "leave", "owners": [], "away_until": "2015-05-29"}),
    ("YOS won't be represented at the panel - I'm on a course and my deputy is off sick. Apologies.", "Mike Galikowski",
     {"intent": "apology", "owners": [agency("DMBC – YOS")]}),  # nobody from the service: the service's
    # look-alike: the writer away, nobody else said to be
    ("the college wont be represented on monday, im away that day", "Remley Mann",
     {"intent": "apology", "owners": [member("Remley Mann")]}),
]  # fmt: skip
MORE: list[Case] = [
    ("Could I see all the open actions across the board ahead of my 1:1 with Jassi? Thanks", "Roger Clayton",
     {"intent": "list_actions", "owners": []}),  # had been Jassi's
    ("can I see everything open across the board before my meeting with Chris", "Roger Clayton",
     {"intent": "list_actions", "owners": []}),
    ("what's open across the board for the police", M,
     {"intent": "list_actions", "owners": [agency("West Midlands Police")]}),
    ("Could you check whether anything is logged against Dawn Price? She covered for Annette in March.", M,
     {"intent": "list_actions", "owners": [unknown("Dawn Price")]}),  # had been Annette's
    ("is anything logged against Sally?", M, {"intent": "list_actions", "owners": [member("Sally Holmes")]}),
]  # fmt: skip
PASSED_ON: list[Case] = [
    ("Please pass on Dan Price's apologies for the panel, he's new at the CCG", M,
     {"intent": "apology", "owners": [unknown("Dan Price")], "meeting": "2015-05-18"}),  # had been the writer's
    ("please pass on richard's apologies for the workshop", M,
     {"intent": "apology", "owners": [member("Richard Fisher")], "meeting": "2015-06-19"}),
    ("please pass on bob's apologies for the workshop", M, {"intent": "apology", "owners": []}),  # asked whose
    ("Can you add one for Tony pls – he wants Sue H and Jo to map the refuge places by the July board", M,
     {"intent": "record_action", "owners": [member("Sue Haywood"), member("Jo Forbes")], "due": "2015-07-10",
      "on_behalf_of": "Tony Oakman"}),  # had been Tony's
    ("new action for Roger – Viv and the CRC to share the MAPPA figures before the September board", M,
     {"intent": "record_action", "owners": [member("Viv Townsend"), agency("Probation – CRC")]}),
    # look-alikes: my own apologies; an action for Roger to ask someone else
    ("monday's apologies from me please", M, {"intent": "apology", "owners": [member(M)]}),
    ("action for Roger: ask Jo to send the data by friday", M,
     {"intent": "record_action", "owners": [member("Roger Clayton")], "due": "2015-05-22"}),
]  # fmt: skip
IN_PASSING: list[Case] = [
    ("Back from the regional CSE conference, lots on online grooming. I'll circulate the slides once they arrive.",
     "Sally Holmes", {"intent": "record_action", "guessed": True}),  # had been recorded at once
    ("heads up – the workshop may move rooms. I'll confirm when I hear from facilities", M,
     {"intent": "record_action", "guessed": True}),
    ("I'll bring the mince pies to the September board 🙂", "Nicki Burrows",
     {"intent": "record_action", "guessed": True}),
    ("The DCS wants a note on the peer review – I'll sort it with Jassi myself, no need to log it.", "Tony Oakman",
     {"intent": "none"}),
    ("Sally to brief the neighbourhood teams, not one for the tracker though", M, {"intent": "none"}),
    # look-alikes: the writer's own work, said as such, is recorded at once
    ("I'll send the revised escalation policy by end of June", "Tabetha Darman",
     {"intent": "record_action", "guessed": False, "due": "2015-06-30"}),
    ("please add an action for me: I'll circulate the slides by Friday", "Sally Holmes",
     {"intent": "record_action", "guessed": False}),
]  # fmt: skip
APOLOGIES: list[Case] = [
    ("CRC not able to be represented at the July board", M,
     {"intent": "apology", "owners": [agency("Probation – CRC")]}),  # had been the writer's
    ("the CCG can't be represented at Monday's panel", M, {"intent": "apology", "owners": [agency("Dudley CCG")]}),
    ("Unfortunately I must send apologies for the July board as I'm on a course. Sally Holmes will attend for the "
     "police.", "Richard Fisher",
     {"intent": "apology", "owners": [member("Richard Fisher")], "representative": "Sally Holmes"}),  # not withdrawn
    ("nicky at court for the workshop, apols", M,
     {"intent": "apology", "owners": [], "ambiguous": [("nicky", ["Nicki Burrows", "Nicola Campbell"])]}),
    # look-alikes: an apology withdrawn; the writer's own terse apology
    ("I can make the July board now so please remove my apologies", "Richard Fisher",
     {"intent": "withdraw_apology", "owners": [member("Richard Fisher")]}),
    ("sorry can't make the workshop", M, {"intent": "apology", "owners": [member(M)]}),
    ("nicki will cover the panel on monday, can't make it", M, {"intent": "apology", "owners": []}),  # who is away?
    ("can't make monday, nicki will cover", M, {"intent": "apology", "owners": [member(M)]}),
    ("Before my 1:1 with Tony next week, could you pull together everything his directorate owns?", "Roger Clayton",
     {"intent": "list_actions", "owners": [agency("DMBC – Directorate of People")]}),
]  # fmt: skip

CORRECTED: list[Case] = [
    ("a-13 sorry i mean a-31 is done now", "Zala Ibrahim",
     {"intent": "complete_action", "ref": "A-31"}),  # had closed A-13
    ("a-7, sorry a-17 - 40 staff trained so far", "Annette Callear", {"intent": "add_update", "ref": "A-17"}),
    ("a-50 soz a-55 - take it off, the review was cancelled", "Richard Fisher",
     {"intent": "drop_action", "ref": "A-55"}),
    ("can i see 42, sorry 24", "Sally Holmes", {"intent": "show_action", "ref": "A-24"}),
    # look-alikes: a count after "sorry", a sorry with no second number
    ("a-12 sorry 30 settings still to do", "Annette Callear", {"ref": "A-12"}),
    ("a-14 done, sorry it took so long", "Julie Winpenny", {"intent": "complete_action", "ref": "A-14"}),
]  # fmt: skip

AUDITS: list[Case] = [
    ("Hob Green Primary have emailed their s175 over", M,
     {"intent": "audit_update", "audit": {"type": "S175", "status": "complete"}}),  # had been nothing
    ("fire s11 landed in my inbox this morning", M,
     {"intent": "audit_update",
      "audit": {"type": "S11", "subject": "West Midlands Fire Service", "status": "complete"}}),
    ("housing s11 hasnt been touched yet", "Jo Forbes",
     {"intent": "audit_update", "audit": {"type": "S11", "status": "not_started"}}),
    # look-alikes: delivering something is no drop; "landed" of anything else is no audit
    ("I'll drop the safe sleep leaflets off at the childrens centres tomorrow", "Mayada AbuAffan",
     {"intent": "record_action"}),  # had been a drop
    ("the new guidance landed on my desk today, will read it over the weekend", "Pam Smith", {"intent": "none"}),
]  # fmt: skip

ALL = [
    *(("rows", *c) for c in ROWS),
    *(("subject-words", *c) for c in SUBJECT_WORDS),
    *(("whose-work", *c) for c in WHOSE_WORK),
    *(("away", *c) for c in AWAY),
    *(("more", *c) for c in MORE),
    *(("passed-on", *c) for c in PASSED_ON),
    *(("in-passing", *c) for c in IN_PASSING),
    *(("apologies", *c) for c in APOLOGIES),
    *(("corrected", *c) for c in CORRECTED),
    *(("audits", *c) for c in AUDITS),
]  # fmt: skip


@pytest.mark.parametrize(("group_", "text", "writer", "expected"), ALL, ids=[f"{c[0]}:{c[1][:40]}" for c in ALL])
def test_thirty_third_round_wording(
    snapshot: Snapshot, group_: str, text: str, writer: str, expected: dict[str, Any]
) -> None:
    check(parse(snapshot, text, writer), expected)
