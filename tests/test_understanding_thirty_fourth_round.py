"""Understanding the thirty-fourth round's classes, most from sets written about absence and coming back, ending
actions, lists of several owners and plans said in passing: someone else's leave passed on loosely by the chair or
the manager ("I'm told Jo is off sick, back on the 8th", "… back the 1st I think", "… on long-term sick until …",
"…, so please direct anything urgent to Pam"); an action's number written "no 40" ("no 40 all sorted", "need a
fortnight more on no 22"); a body said not to be represented wherever the message says so ("Just to flag the fire
service won't be represented …", "I'm afraid NPS won't be represented …"; the writer's own apology first stays
theirs); "nobody from the CRC is able to attend" (the agency); some of the work done is news, not completion ("half
the GP practices have now done the training"); a figure that "dropped to 3" is no drop; an action "coming back to the
July board" is no attendance; the tracker asked of the manager by name is a list, never an action of hers; a plan said
after news ("fyi …, I'll introduce her at the panel") offered before it is recorded, and "no need to put anything on
the tracker" nothing; how the assistant works asked in new words; "… Could you show me the full action?" after the
reference; "175 update: 31 of 41 schools back" (the audit, never action 175); stand-ins with a title or a description
("Deputy Head of Service Lisa Cartwright will attend", "Dave Lowe our senior PO will come instead"); a body not on the
roster in a list question ("any actions with healthwatch dudley?": named as not on the roster); "coming to
September" (that board).

Every case is invented here (not copied from a corpus), several to a class. A wrong owner is worse than a question:
the look-alikes check that a rule stays away from wordings that only look like its own.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.understanding.snapshot import Snapshot
from tests.conftest import seed_snapshot
from tests.understanding_cases import Case, M, agency, check, member, parse, unknown


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    return seed_snapshot(tmp_path_factory.mktemp("understanding-thirty-fourth-round"))


R = "Roger Clayton"  # the chair
# SEED_NOW is Friday 15 May 2015; boards 10 July and 11 September, the workshop 19 June, the audit panel Monday 18 May.
OTHERS_AWAY: list[Case] = [
    ("I'm told Tony Oakman is off sick, back on 3 June.", R,
     {"intent": "leave", "owners": [member("Tony Oakman")], "away_until": "2015-06-02"}),  # had been nothing
    ("ive heard zala's off sick - back on the 8th", M,
     {"intent": "leave", "owners": [member("Zala Ibrahim")], "away_until": "2015-06-07"}),
    ("remley is off sick, back the 1st i think", M,
     {"intent": "leave", "owners": [member("Remley Mann")], "away_until": "2015-05-31"}),  # the hedge had hidden it
    ("Helen Ellis will be on leave until 12 June, so please direct anything urgent to Merlin", R,
     {"intent": "leave", "owners": [member("Helen Ellis")], "away_until": "2015-06-12"}),
    ("Jo Forbes is on long-term sick until the end of July, please don't chase her in the meantime", M,
     {"intent": "leave", "owners": [member("Jo Forbes")], "away_until": "2015-07-31"}),
    ("I'm on long term sick until 30 June", "Anne Harris", {"intent": "leave", "away_until": "2015-06-30"}),
    # look-alikes: news of others to a member is no leave of theirs; a request after the leave is the request
    ("I'm told Tony Oakman is off sick, back on 3 June.", "Pam Smith", {"intent": "none"}),
    ("Helen is off until 12 June so can A-14 go to Merlin", M, {"intent": "reassign", "ref": "A-14"}),
]  # fmt: skip

NUMBERS: list[Case] = [
    ("no 33 all sorted now", "Pam Smith", {"intent": "complete_action", "ref": "A-33"}),  # had been nothing
    ("could I have another fortnight on no 12 please", "Pam Smith",
     {"intent": "change_due", "ref": "A-12", "shift_days": 14}),
    ("pls pull up no. 9 and its history", M, {"intent": "show_action", "ref": "A-9"}),
    ("No 27 - fire part done, waiting on the police bit", "Julie Winpenny", {"intent": "add_update", "ref": "A-27"}),
    ("number 41 to richard f please", M, {"intent": "reassign", "ref": "A-41", "owners": [member("Richard Fisher")]}),
    ("can no 14 go to Sally pls, she's leading on CSE now", M,
     {"intent": "reassign", "ref": "A-14", "owners": [member("Sally Holmes")]}),
    ("need to slip number 40 by three weeks, sorry", "Pam Smith", {"intent": "change_due", "ref": "A-40"}),
    ("whats no 25 about again", M, {"intent": "show_action", "ref": "A-25"}),
    # look-alikes: "no" before a count, a priority or a point is no action's number
    ("there's no 2 ways about it, the training has to happen", M, {"ref": None}),
    ("no point keeping 37 open, the new guidance covers it", M,
     {"intent": "drop_action", "ref": "A-37", "note": "the new guidance covers it"}),
    ("Sue Haywood asked me to note on 16 that the ASB briefing is booked", M,
     {"intent": "add_update", "ref": "A-16", "note": "the ASB briefing is booked"}),
]  # fmt: skip

NOT_REPRESENTED: list[Case] = [
    ("Just to let you know the fire service won't be represented at the audit panel, sorry", "Julie Winpenny",
     {"intent": "apology", "owners": [agency("West Midlands Fire Service")]}),  # had been Julie's own
    ("I'm afraid cafcass can't be represented at the workshop - we've a training day", "Nicola Campbell",
     {"intent": "apology", "owners": [agency("Cafcass")]}),
    ("Sorry, probation CRC won't be represented in July", M,
     {"intent": "apology", "owners": [agency("Probation – CRC")]}),
    ("Cafcass apologies for the workshop - nobody from Cafcass is able to attend", "Nicola Campbell",
     {"intent": "apology", "owners": [agency("Cafcass")]}),
    # look-alikes: the writer's own apology first is theirs; the writer away from their own agency is theirs
    ("Apologies for the July board please. Cafcass won't be represented this time.", "Nicola Campbell",
     {"intent": "apology", "owners": [member("Nicola Campbell")]}),
    ("I'm on leave so the fire service won't be represented at the workshop", "Julie Winpenny",
     {"intent": "apology", "owners": [member("Julie Winpenny")]}),
    ("nobody from the council can make the panel - merlin and chris are both at the inspection", "Jassi Broadmeadow",
     {"intent": "apology", "owners": [member("Merlin Joseph"), member("Chris Ballinger")]}),
]  # fmt: skip

PROGRESS: list[Case] = [
    ("a-10 half the school nurses have now done the level 3 training", "Su Vincent",
     {"intent": "add_update", "ref": "A-10"}),  # had been closed
    ("A-4 two of the secondary heads have done the briefing", "Anne Harris", {"intent": "add_update", "ref": "A-4"}),
    ("A-4 12 of our designated leads have completed it", "Anne Harris", {"intent": "add_update", "ref": "A-4"}),
    ("a-12: hostel referrals have dropped to 4 a month", "Jo Forbes", {"intent": "add_update", "ref": "A-12"}),
    # look-alikes: all of them done closes it; a drop said so is a drop; coming back to a board is attendance
    ("a-10 all the school nurses have done the training", "Su Vincent", {"intent": "complete_action", "ref": "A-10"}),
    ("a-12 dropped, the hostel closed", "Jo Forbes", {"intent": "drop_action", "ref": "A-12"}),
    ("I can come back to the July board after all", "Jo Forbes", {"intent": "withdraw_apology"}),
]  # fmt: skip

ASKED_OF_MANAGER: list[Case] = [
    ("Martine, could you let me have a list of all the open actions before our meeting on Tuesday? Roger", R,
     {"intent": "list_actions", "owners": []}),  # had been an action of Martine's
    ("Martine - can you send me a quick summary of what's overdue please", R, {"intent": "list_actions"}),
    # look-alike: a list of something else is work for her
    ("Martine, could you send me a list of the schools still to return their s175 by Friday", R,
     {"intent": "record_action", "owners": [member("Martine McFadden")]}),
]  # fmt: skip

IN_PASSING: list[Case] = [
    ("I'll ring the schools myself next week, no need to put anything on the tracker", "Marie Hunter",
     {"intent": "none"}),
    ("fyi our new named nurse starts on monday, I'll introduce her at the workshop", "Su Vincent",
     {"intent": "record_action", "guessed": True}),  # had been recorded at once
    ("Morning all, the Ofsted team want to meet a few of you next week. I'll send details separately", M,
     {"intent": "record_action", "guessed": True}),
    # look-alike: a plan with its date and nothing around it is recorded at once
    ("I'll send the neglect protocol to Pam by Friday", "Su Vincent",
     {"intent": "record_action", "guessed": False, "owners": [member("Su Vincent")]}),
]  # fmt: skip

HELP: list[Case] = [
    ("sorry not very techy - how would I go about seeing the actions that are mine?", "Karen Palk",
     {"intent": "help"}),
    ("Is there a way to change a due date without bothering Martine?", "Karen Palk", {"intent": "help"}),
    ("could somebody explain how this tracker bot works? new to the board", "Kate McConnell", {"intent": "help"}),
    # look-alike: a way to see someone's list is the list
    ("is there a way to see what zala owes", M, {"intent": "list_actions", "owners": [member("Zala Ibrahim")]}),
]  # fmt: skip

SHOWN: list[Case] = [
    ("Hi, A-31 came up at our team meeting. Could you show me the full action please?", "Nicola Campbell",
     {"intent": "show_action", "ref": "A-31"}),  # had been her list
    ("175 update: 29 of 41 schools returned now", "Marie Hunter",
     {"intent": "audit_update", "ref": None, "audit": {"type": "S175", "completed": 29, "total": 41}}),
    ("13 update - the maps have gone to the police", "Sue Haywood", {"intent": "add_update", "ref": "A-13"}),
]  # fmt: skip

STAND_INS: list[Case] = [
    ("Apologies for the July board from me. Deputy Head of Service Lisa Cartwright will attend.", "Merlin Joseph",
     {"intent": "apology", "representative": "Lisa Cartwright"}),  # had been "Deputy Head"
    ("cant make the workshop sorry, Dave Lowe our senior PO will come instead", "Viv Townsend",
     {"intent": "apology", "representative": "Dave Lowe"}),
    ("apols from tony o for july, his deputy Claire Hodgetts attending", M,
     {"intent": "apology", "owners": [member("Tony Oakman")], "representative": "Claire Hodgetts"}),
]  # fmt: skip

BODIES_ASKED: list[Case] = [
    ("any actions with healthwatch dudley?", M, {"intent": "list_actions", "owners": [unknown("healthwatch dudley")]}),
    ("what's open for healthwatch dudley?", M, {"intent": "list_actions", "owners": [], "guessed": True}),  # asked
    ("any actions sitting with barnardos?", M, {"intent": "list_actions", "owners": [unknown("barnardos")]}),
    ("show me what the NSPCC have open", M, {"intent": "list_actions", "owners": [unknown("NSPCC")]}),
    # look-alikes: a time or the board is no body; a member of the board is theirs
    ("what's open for this week?", M, {"intent": "list_actions", "owners": []}),
    ("any actions for the police?", M, {"intent": "list_actions", "owners": [agency("West Midlands Police")]}),
    ("kate mc is now coming to september, pls update", M,
     {"intent": "withdraw_apology", "owners": [member("Kate McConnell")], "meeting": "2015-09-11"}),
]  # fmt: skip

ROWS: list[Case] = [
    ("whats open for health & wellbeing and wfd?", R,
     {"intent": "list_actions", "owners": [agency("DMBC – Health & Wellbeing"), unknown("wfd")]}),  # wfd had been lost
    ("can I see ours and the crc's", "Viv Townsend",
     {"intent": "list_actions", "owners": [agency("National Probation Service"), agency("Probation – CRC")]}),
    ("whats open for me and tony asap", R, {"intent": "list_actions", "owners": [member(R), member("Tony Oakman")]}),
    ("do we have any actions for the NSPCC on there?", M, {"intent": "list_actions", "owners": [unknown("NSPCC")]}),
    ("what's open for YOS? oh and housing while you're at it", M,
     {"intent": "list_actions", "owners": [agency("DMBC – YOS"), agency("DMBC – Housing")]}),  # housing had been lost
    ("anything outstanding for fire? oh and the Prince's Trust too", M,
     {"intent": "list_actions", "owners": [agency("West Midlands Fire Service"), unknown("Prince's Trust")]}),
    ("anything outstanding for fire? and cafcass too", M,
     {"intent": "list_actions", "owners": [agency("West Midlands Fire Service"), agency("Cafcass")]}),
    ("whats outstanding for us?", "Viv Townsend",
     {"intent": "list_actions", "owners": [agency("National Probation Service")]}),  # had been nobody's
    # look-alikes: a clause after "and" names nobody's list; a chat word is no body; the manager's "us" is the board
    ("what's open for YOS? and when is the next board?", M, {"intent": "meeting_info"}),
    ("whats outstanding for us?", M, {"intent": "list_actions", "owners": []}),
    ("Morning! off to the panel on monday and Tony will ask - which of mine are overdue?", "Pam Smith",
     {"intent": "list_actions", "owners": [member("Pam Smith")]}),  # had been Tony's too
    ("whats open for me and tony tbh", R, {"intent": "list_actions", "owners": [member(R), member("Tony Oakman")]}),
]  # fmt: skip

MORE: list[Case] = [
    ("new action - Ruth Adey from Cafcass, the police and pam s to audit the DV flags, end of june pls", M,
     {"intent": "record_action",
      "owners": [unknown("Ruth Adey"), agency("West Midlands Police"), member("Pam Smith")]}),
    ("kill off 44, it's a dup of 43", M, {"intent": "drop_action", "ref": "A-44"}),  # had been nothing
    ("back on for 19th june", "Pam Smith", {"intent": "withdraw_apology", "meeting": "2015-06-19"}),  # had been leave
    ("I'm back in for monday's panel", "Pam Smith", {"intent": "withdraw_apology", "meeting": "2015-05-18"}),
    ("a-50 - I'm off sick at the moment so can we knock it back a fortnight", "Jo Forbes",
     {"intent": "change_due", "ref": "A-50", "shift_days": 14}),
    ("the fire service won't have anyone at the workshop im afraid", "Julie Winpenny",
     {"intent": "apology", "owners": [agency("West Midlands Fire Service")]}),  # had been Julie's own
    ("Good morning all, a reminder that the peer review is in the autumn. I will say more at the July board.", R,
     {"intent": "record_action", "guessed": True}),
    # look-alikes: back on a day is leave; the one named beside the agency's absence is theirs; the writer away, theirs
    ("back on 19th june", "Pam Smith", {"intent": "leave", "away_until": "2015-06-18"}),
    ("fire cant send anyone to the workshop, julies on leave that week", M,
     {"intent": "apology", "owners": [member("Julie Winpenny")]}),
    ("the fire service won't have anyone at the workshop, I'm on a course", "Julie Winpenny",
     {"intent": "apology", "owners": [member("Julie Winpenny")]}),
]  # fmt: skip

NOT_THE_NAMED: list[Case] = [
    # someone not on the roster, described by their agency's post, is never the agency's one member
    ("Can we add an action for Dave Price (Fire Service rep) to attend the next VCSG and present the figures",
     "Julie Winpenny", {"intent": "record_action", "owners": [unknown("Dave Price")]}),  # had been Julie's
    ("can i have an action please — Dave Lowe from the Police data team to send the figures to the september board",
     "Sally Holmes", {"intent": "record_action", "owners": [unknown("Dave Lowe")]}),  # had been Sally's
    ("sorry to be the bearer of bad news, Dave Smith can't attend the july board", "Pam Smith",
     {"intent": "apology", "owners": [unknown("Dave Smith")]}),  # had been Pam's own (her surname)
    ("Anne Harris and Tony to be copied in, but Pam to lead on the CSE work - end of july", M,
     {"intent": "record_action", "owners": [member("Pam Smith")], "due": "2015-07-31"}),  # had been Anne's and Tony's
    ("we tried, but the police to lead is not agreed", M, {"owners": []}),  # "but" opens work only after those told
    ("Martine – just off the board call, can you let me have a list of everything that is currently overdue? Roger", R,
     {"intent": "list_actions", "owners": []}),  # had been Martine's list
    ("Martine, can you send me what actions are due before the July board? We can go through them on Monday.", R,
     {"intent": "list_actions", "owners": []}),  # had been an action of Martine's
    ("Regrets from me for the workshop – prior commitment. Pam Smith will represent Cafcass.", "Nicola Campbell",
     {"intent": "apology", "owners": [member("Nicola Campbell")], "representative": "Pam Smith"}),  # had been an action
    # look-alikes: a member with a note in brackets is theirs; a member named in a sorry is theirs; support is work
    ("Public Health (me + mayada) to send the figures by june", "Julie Winpenny",
     {"intent": "record_action", "owners": [member("Julie Winpenny"), member("Mayada AbuAffan")]}),
    ("sorry, Tony Oakman can't attend the july board", "Pam Smith",
     {"intent": "apology", "owners": [member("Tony Oakman")]}),
    ("Anne and Richard to support the review by June", M,
     {"intent": "record_action", "owners": [member("Anne Harris"), member("Richard Fisher")]}),
    ("no regrets about the new protocol, it works", M, {"intent": "none"}),
]  # fmt: skip

ALL = [
    *(("others-away", *c) for c in OTHERS_AWAY),
    *(("numbers", *c) for c in NUMBERS),
    *(("not-represented", *c) for c in NOT_REPRESENTED),
    *(("progress", *c) for c in PROGRESS),
    *(("asked-of-manager", *c) for c in ASKED_OF_MANAGER),
    *(("in-passing", *c) for c in IN_PASSING),
    *(("help", *c) for c in HELP),
    *(("shown", *c) for c in SHOWN),
    *(("stand-ins", *c) for c in STAND_INS),
    *(("bodies-asked", *c) for c in BODIES_ASKED),
    *(("rows", *c) for c in ROWS),
    *(("more", *c) for c in MORE),
    *(("not-the-named", *c) for c in NOT_THE_NAMED),
]  # fmt: skip


@pytest.mark.parametrize(("group_", "text", "writer", "expected"), ALL, ids=[f"{c[0]}:{c[1][:40]}" for c in ALL])
def test_thirty_fourth_round_wording(
    snapshot: Snapshot, group_: str, text: str, writer: str, expected: dict[str, Any]
) -> None:
    check(parse(snapshot, text, writer), expected)


@pytest.mark.parametrize(
    "text",
    ["as agreed, a-21 is coming back to the july board so nothing more on it for now",
     "a-21 is coming back to the september board", "A-8 comes back to the workshop in June",
     "it's going back to the July board, so A-30 can wait"],
)  # fmt: skip
def test_an_action_coming_back_to_a_meeting_is_nobody_attending(snapshot: Snapshot, text: str) -> None:
    """An action's item returning to a meeting says nothing of anyone's attendance (whatever else it is read as)."""
    got = parse(snapshot, text, M)
    assert got["intent"] not in ("withdraw_apology", "apology"), got
