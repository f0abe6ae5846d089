"""Understanding the thirty-sixth round's classes, most from sets written about lines pasted from other meetings,
salutations and sign-offs, relayed news, drops with their reasons, stand-ins and agencies: a greeting in lower case
("hi jo apologies …") or with a surname is who the message is written to, never whose it is; "Sorry Martine - can't
do …" is the writer's; "martine, the trust will …" and "Martine could you change the date on 37 …" are written to
her; "can you let the board know I'm off …" is the writer's own news (in a quote, its sender's); "add X as an action
for me" and "<the work>. Action for DMBC please" name their owners; a minute's item number ("6.2 Jo Forbes to …") is
neither a reference nor a date, members' initials in an owner's place are read as the one member who has them (and
confirmed first), an owner stated outright ("but change the owner to mike g") is the owner, and another body's
numbered action ("MAPPA SMB action 3") is never the board's A-3; a drop asked after its reason ("We've lost the
funding. Can A-5 be dropped?"); "what date the march board was" beside an audit word; nobody from an agency when its
member and her deputy are both away, and an agency "represented after all"; apologies "please from", "I'll be
missing", "won't get to", "I'm afraid <name> won't …"; a new stand-in for the writer's own apologies; "goes to Zala
from today", "add Anne as joint owner with me".

Every case is invented here (not copied from a corpus), several to a class. A wrong owner is worse than a question:
the look-alikes check that a rule stays away from wordings that only look like its own.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.understanding.snapshot import Snapshot
from tests.conftest import seed_snapshot
from tests.understanding_cases import Case, M, agency, check, member, parse


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    return seed_snapshot(tmp_path_factory.mktemp("understanding-thirty-sixth-round"))


R = "Roger Clayton"  # the chair
# SEED_NOW is Friday 15 May 2015; boards 10 July and 11 September, the workshop 19 June, the audit panel Monday 18 May.
SALUTATIONS: list[Case] = [
    ("hi jo apologies for the july board, Pam", "Pam Smith",
     {"intent": "apology", "owners": [member("Pam Smith")], "meeting": "2015-07-10"}),  # had been Jo's
    ("hey roger sorry cant make monday", "Viv Townsend",
     {"intent": "apology", "owners": [member("Viv Townsend")], "meeting": "2015-05-18"}),
    ("Hi Martine McFadden apologies for the July board", "Pam Smith",
     {"intent": "apology", "owners": [member("Pam Smith")]}),  # had been Martine's
    ("Sorry Martine - can't do the July board, it clashes with the chairs' network. Roger", R,
     {"intent": "apology", "owners": [member(R)], "meeting": "2015-07-10"}),  # had been Martine's
    ("sorry martine - cant make the workshop", R, {"intent": "apology", "owners": [member(R)]}),
    ("martine, the trust will do a refresher on the escalation policy by end of june. pam", "Pam Smith",
     {"intent": "record_action", "owners": [agency("Dudley Group NHS Foundation Trust")], "due": "2015-06-30"}),
    ("roger, I can't make the july board", "Pam Smith", {"intent": "apology", "owners": [member("Pam Smith")]}),
    ("Martine could you change the date on 37 to the end of next month", "Anne Harris",
     {"intent": "change_due", "ref": "A-37", "due": "2015-06-30"}),  # had been an action of Martine's
    # look-alikes: a second name that is the subject, someone else's absence after the greeting, a list of owners
    ("Hi Martine Sally sends apologies for July", "Pam Smith",
     {"intent": "apology", "owners": [member("Sally Holmes")]}),
    ("Sorry Pam – Jo can't make the workshop", R, {"intent": "apology", "owners": [member("Jo Forbes")]}),
    ("jo, pam and sally to draft the leaflet by friday", M,
     {"intent": "record_action", "owners": [member("Jo Forbes"), member("Pam Smith"), member("Sally Holmes")]}),
    ("Martine could you send the leaflet round by friday", "Anne Harris",
     {"intent": "record_action", "owners": [member(M)]}),  # work asked of her, not an edit
]  # fmt: skip
RELAYED: list[Case] = [
    ("Jassi can you let the board know I'm off from the 20th to the 29th", "Kate McConnell",
     {"intent": "leave", "away_until": "2015-05-29"}),  # had been an action of Jassi's
    ("Jo can you tell the tracker I can do the September board now, I'd sent apols", "Su Vincent",
     {"intent": "withdraw_apology", "owners": [member("Su Vincent")], "meeting": "2015-09-11"}),
    ("Zala, I won't get to the September board, can you let them know? Pam", "Pam Smith",
     {"intent": "apology", "owners": [member("Pam Smith")], "meeting": "2015-09-11"}),  # had been nothing
    ("Forwarded from Kate:\n\n'Jassi can you let the board know I'm off from the 20th to the 29th'",
     "Jassi Broadmeadow",
     {"intent": "leave", "owners": [member("Kate McConnell")]}),  # had been an action of Jassi's
    ("copied from an email to me:\n\n'Zala, I won't get to the September board, can you let them know? Pam'\n\nthere "
     "you go", "Zala Ibrahim", {"intent": "apology", "owners": [member("Pam Smith")]}),  # had been Zala's
    ("Text I got from Sally this morning, pasted:\n\n'Rich can you get the CSE problem profile added as an action for "
     "me, due end of June, I'm on a course til Tues'\n\nCan someone put that on for her?", "Richard Fisher",
     {"intent": "record_action", "owners": [member("Sally Holmes")], "due": "2015-06-30"}),  # had been his leave
    ("message that came in from Tony yesterday - 'please send my apologies for the July board'", M,
     {"intent": "apology", "owners": [member("Tony Oakman")], "meeting": "2015-07-10"}),
]  # fmt: skip
ASKED_AS_ACTION: list[Case] = [
    ("can you add the CSE problem profile as an action for me, due end of June", "Sally Holmes",
     {"intent": "record_action", "owners": [member("Sally Holmes")], "due": "2015-06-30"}),  # had asked whose
    ("could you get the refreshed leaflet added as an action for Jo, by friday", M,
     {"intent": "record_action", "owners": [member("Jo Forbes")], "due": "2015-05-22"}),
    ("please add the leaflet refresh as a new action for the police by friday", M,
     {"intent": "record_action", "owners": [agency("West Midlands Police")], "due": "2015-05-22"}),
    ("An action for Sally: review the CSE protocol by end of June. Put it against her.", M,
     {"intent": "record_action", "owners": [member("Sally Holmes")], "task": "Review the CSE protocol"}),
    ("Ofsted have asked for the board's audit schedule - can we make that an action for me, end of next week", M,
     {"intent": "record_action", "owners": [member(M)]}),  # had asked whose
    ("The council needs to respond to the Ofsted recommendations on the front door. Action for DMBC please, asap.", M,
     {"intent": "record_action", "owners": [agency("DMBC")], "asap": True}),
    ("Please add an action for me to refresh the CSE profile by end of June - I'm on leave till Tuesday",
     "Sally Holmes",
     {"intent": "record_action", "owners": [member("Sally Holmes")], "due": "2015-06-30"}),  # had been her leave
    ("Good morning all,\n\nFollowing yesterday's meeting, and as agreed by those present, could an action please be "
     "added for Jassi Broadmeadow to circulate the audit schedule by the end of June. I will pick up the other points "
     "separately.\n\nMany thanks,\nMartine", M,
     {"intent": "record_action", "owners": [member("Jassi Broadmeadow")], "due": "2015-06-30"}),  # had been hers
    ("Mike G to present the YOS analysis to the Board by end of June. Can we add it now?", M,
     {"intent": "record_action", "owners": [member("Mike Galikowski")], "due": "2015-06-30"}),
    ("Mike G to present the YOS analysis to the Board by end of June. can we get it on?", M,
     {"intent": "record_action", "owners": [member("Mike Galikowski")]}),
    # look-alike: leave with a note asked for is still leave
    ("on leave until 5 June, can you note that please", "Jo Forbes", {"intent": "leave", "away_until": "2015-06-05"}),
]  # fmt: skip
PASTED_MINUTES: list[Case] = [
    ('Can you add this from the VCSG minutes please:\n\n"6.2 Jo Forbes to circulate the revised protocol to all '
     'members by end of June."\n\nthanks M', M,
     {"intent": "record_action", "owners": [member("Jo Forbes")], "due": "2015-06-30"}),  # had been nothing
    ("From the minutes of 13 March (copied below) - this one never made it onto the tracker:\n\n'8.4 Mike G to "
     "present the YOS health needs analysis to the Board.'\n\nCan we add it now with a date of the July board?", M,
     {"intent": "record_action", "owners": [member("Mike Galikowski")], "due": "2015-07-10"}),  # had been a question
    ("pasting from the CDOP minutes:\nACTION: PS & ZI to liaise with the coroner\ncan this be added please, end of "
     "the month", M,
     {"intent": "record_action", "owners": [member("Pam Smith"), member("Zala Ibrahim")], "due": "2015-05-31",
      "guessed": True}),  # initials: read, then confirmed by the writer
    ("from the adults board minutes:\n\n8.1 Joint transitions protocol – AH and MJ – Sept Board\n\ncan it go on ours "
     "too please", M,
     {"intent": "record_action", "owners": [member("Anne Harris"), member("Merlin Joseph")], "guessed": True}),
    ("add this from the VCSG minutes but change the owner to mike g: '6.4 HE to review the youth offer for LAC'. end "
     "of june", "Helen Ellis", {"intent": "record_action", "owners": [member("Mike Galikowski")], "due": "2015-06-30"}),
    ("can you log this from the corporate parenting board: 'CB to report LAC health timeliness to DSCB' - owner "
     "should be Tony Oakmen tho, not me. end of June", "Chris Ballinger",
     {"intent": "record_action",
      "owners": [{"kind": "unknown", "name": "Tony Oakmen", "suggestions": ["Tony Oakman"]}]}),
    ("MAPPA SMB action 3 – 'confirm child safeguarding checks completed on all cases' – log it against probation "
     "pls, end of June", "Viv Townsend",
     {"intent": "record_action", "owners": [agency("National Probation Service")],
      "due": "2015-06-30"}),  # had closed A-3
    # look-alikes: initials two members share, a postscript, the board's own numbered action
    ("ACTION: SH to update the Board on hotspots - can you add, end of June", M, {"owners": []}),
    ("PS can you also send me the list", M, {"guessed": True}),
    ("DSCB action 3 is done", "Viv Townsend", {"intent": "complete_action", "ref": "A-3"}),
]  # fmt: skip
DROPS_AND_MEETINGS: list[Case] = [
    ("We've lost the funding. Can A-5 be dropped?", "Jo Forbes",
     {"intent": "drop_action", "ref": "A-5", "note": "We've lost the funding"}),  # had been shown
    ("is it ok to drop A-5 now the funding has gone?", "Jo Forbes",
     {"intent": "drop_action", "ref": "A-5", "note": "the funding has gone"}),
    ("The council pulled the project last week. Could we remove A-5 please", "Jo Forbes",
     {"intent": "drop_action", "ref": "A-5", "note": "The council pulled the project last week"}),
    ("Hope you had a good weekend. Can A-5 be dropped?", "Jo Forbes", {"intent": "drop_action", "note": None}),
    ("A-12: the hostel has shut, residents moved", "Jo Forbes", {"intent": "add_update", "ref": "A-12"}),
    ("remind me what date the march board was? need it for the s11", "Jo Forbes",
     {"intent": "meeting_info", "meeting": "2015-03-13"}),  # had been the audit's returns
    ("can you remind me what date the workshop is, want to put the s175 session in", "Jo Forbes",
     {"intent": "meeting_info", "meeting": "2015-06-19"}),
]  # fmt: skip
AGENCIES_AND_APOLOGIES: list[Case] = [
    ("no one from the CCG can make Monday's panel – Su and her deputy are both at NHS England that day", M,
     {"intent": "apology", "owners": [agency("Dudley CCG")], "meeting": "2015-05-18"}),  # had been Su's
    ("Housing won't be represented at the panel on Monday I'm afraid - Jo's on leave and her deputy is off sick.", M,
     {"intent": "apology", "owners": [agency("DMBC – Housing")]}),
    ("police apols for the july board - Sally's on a course. I'll be there anyway so I'll cover for both of us",
     "Richard Fisher", {"intent": "apology", "owners": [member("Sally Holmes")], "representative": "Richard Fisher"}),
    ("Police will be represented at the workshop after all", M,
     {"intent": "withdraw_apology", "owners": [agency("West Midlands Police")], "meeting": "2015-06-19"}),
    ("housing will be represented on monday after all, I've moved things round", "Jo Forbes",
     {"intent": "withdraw_apology", "owners": [agency("DMBC – Housing")]}),
    ("small change to my apols for the development day - Remley will cover instead of Annette", "Rachael Doyle",
     {"intent": "apology", "owners": [member("Rachael Doyle")], "representative": "Remley Mann"}),  # had been hers
    ("Apologies please from Pam Smith and Zala Ibrahim for the workshop — both are tied up with the inspection.", M,
     {"intent": "apology", "owners": [member("Pam Smith"), member("Zala Ibrahim")]}),
    ("Hi all, just to say I'll be missing the July board as I'm at the national lay members event.", "Karen Palk",
     {"intent": "apology", "owners": [member("Karen Palk")], "meeting": "2015-07-10"}),
    ("I won't get to the September board, sorry", "Pam Smith", {"intent": "apology", "owners": [member("Pam Smith")]}),
    ("Hi, I'm afraid Tony Oakmen won't make the July board", "Chris Ballinger",
     {"intent": "apology", "owners": [{"kind": "unknown", "name": "Tony Oakmen", "suggestions": ["Tony Oakman"]}]}),
    ("I'm afraid Tony Oakman won't make the July board", "Chris Ballinger",
     {"intent": "apology", "owners": [member("Tony Oakman")]}),  # had been Chris's
    ("can you undo the apology from Jo for monday? she's coming", "Merlin Joseph",
     {"intent": "withdraw_apology", "owners": [member("Jo Forbes")]}),  # had been Merlin's
    # look-alikes: the CCG's one member away, the writer's own, work the writer won't get to
    ("The CCG won't be represented at Monday's panel – Su is on leave.", M, {"owners": [member("Su Vincent")]}),
    ("I'm afraid I can't make the July board", "Chris Ballinger", {"owners": [member("Chris Ballinger")]}),
    ("undo my apology for monday", "Merlin Joseph",
     {"intent": "withdraw_apology", "owners": [member("Merlin Joseph")]}),
]  # fmt: skip
STAND_INS_AND_OWNERS: list[Case] = [
    ("Sally should be able to cover for me at the July board", "Richard Fisher",
     {"intent": "apology", "owners": [member("Richard Fisher")], "representative": "Sally Holmes"}),  # had been Sally's
    ("I have a clash with the chairs' network on the 10th July. Sally should be able to cover for the police.",
     "Richard Fisher", {"intent": "apology", "owners": [member("Richard Fisher")], "meeting": "2015-07-10",
                        "representative": "Sally Holmes"}),  # had been an action of Sally's
    ("Clash with Ofsted feedback for the July board, sorry. Jo should be able to cover for us.", "Chris Ballinger",
     {"intent": "apology", "owners": [member("Chris Ballinger")], "meeting": "2015-07-10"}),
    ("FW: apologies\n\nFrom: Sally Holmes\nTo: Martine McFadden\nSubject: Re: July board\n\nI have annual leave "
     "booked that week. Richard should be able to cover and will bring the police update.\nSally", M,
     {"intent": "apology", "owners": [member("Sally Holmes")], "meeting": "2015-07-10",
      "representative": "Richard Fisher"}),  # had been an action of Richard's
    ("Just heard nobody from YOS can make the July board – inspection prep. Apologies on their behalf", "Tony Oakman",
     {"intent": "apology", "owners": [agency("DMBC – YOS")]}),  # had been Tony's
    ("from the SCR sub notes (pasted):\n\"Viv to share the MAPPA briefing with the subgroup by 29 May\"\nthat should "
     "be me rather than Viv, she's asked me to pick it up", "Sally Holmes",
     {"intent": "record_action", "owners": [member("Sally Holmes")], "due": "2015-05-29"}),  # had been Viv's
    ("Item 6.2 from the MASH group: Police to provide monthly referral figures to the DSCB. Owner: RF. Can that go "
     "on the tracker please", M, {"intent": "record_action", "owners": [member("Richard Fisher")], "guessed": True}),
    ("a-17 should be against YOS not housing", "Pam Smith",
     {"intent": "reassign", "owners": [agency("DMBC – YOS")]}),  # had been someone called "against YOS"
    ("Could I have a list of all the open actions on the tracker please - the whole board, not just mine.", R,
     {"intent": "list_actions", "owners": []}),  # had been the chair's own list
    # look-alikes: a future clash of work, others' lists asked beside the writer's own
    ("the deadline might clash with the school holidays for the July return", "Pam Smith", {"intent": "none"}),
    ("can I see Sally's and Jo's, not just mine", R,
     {"intent": "list_actions", "owners": [member("Sally Holmes"), member("Jo Forbes")]}),
    ("could I have my list please", R, {"intent": "list_actions", "owners": [member(R)]}),
]  # fmt: skip
REASSIGNED: list[Case] = [
    ("a-41 goes to Zala from today", "Pam Smith", {"intent": "reassign", "owners": [member("Zala Ibrahim")]}),
    ("A-41 to go to Zala from today", "Pam Smith",
     {"intent": "reassign", "owners": [member("Zala Ibrahim")]}),  # had been a new date, today
    ("a-60 - please add Anne Harris as joint owner with me", "Pam Smith",
     {"intent": "reassign", "owners": [member("Pam Smith"), member("Anne Harris")]}),
]  # fmt: skip

ALL = [
    *(("salutations", *c) for c in SALUTATIONS),
    *(("relayed", *c) for c in RELAYED),
    *(("asked-as-action", *c) for c in ASKED_AS_ACTION),
    *(("pasted-minutes", *c) for c in PASTED_MINUTES),
    *(("drops-and-meetings", *c) for c in DROPS_AND_MEETINGS),
    *(("agencies-and-apologies", *c) for c in AGENCIES_AND_APOLOGIES),
    *(("stand-ins-and-owners", *c) for c in STAND_INS_AND_OWNERS),
    *(("reassigned", *c) for c in REASSIGNED),
]  # fmt: skip


@pytest.mark.parametrize(("group_", "text", "writer", "expected"), ALL, ids=[f"{c[0]}:{c[1][:40]}" for c in ALL])
def test_thirty_sixth_round_wording(
    snapshot: Snapshot, group_: str, text: str, writer: str, expected: dict[str, Any]
) -> None:
    check(parse(snapshot, text, writer), expected)


@pytest.mark.parametrize("text", ["I won't get to it till June", "a-12: I won't get to the report before the board"])
def test_work_not_got_to_is_never_an_apology(snapshot: Snapshot, text: str) -> None:
    """ "won't get to" work, even with a meeting named after it, is never an absence."""
    assert parse(snapshot, text, "Pam Smith")["intent"] != "apology"
