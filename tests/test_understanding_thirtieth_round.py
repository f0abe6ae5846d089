"""Understanding the thirtieth round's classes, most from sets written about bodies not on the roster, actions named by
what they are about, attendance and leave, several people at once, questions about others, long messages, audits and
the manager acting for others: leave with no last day ("until further notice", "from the end of May": asked, never a
day guessed); a body not on the roster beside a member agency ("Public Health and the Health Visiting service will
…": the agency and the body, asked about by name); a case name ("Child F") never an owner; "which actions are with
the NSPCC?" (the body asked about, never the whole board's list); who said it ("Pam said at QA that the hospital
would audit …": the hospital's); the business manager spoken to first ("Martine, one for Jassi …": never hers);
"what's been done on it?" (asked, never done); "Helen has kindly agreed to cover the YOS items" (a stand-in, never
an action); an action named by what it is about, with news, a drop or a new date; a due day just past ("by 8 May",
written on 15 May: that day, which the conversation asks about, never next May's).

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
    return seed_snapshot(tmp_path_factory.mktemp("understanding-thirtieth-round"))


# SEED_NOW is Friday 15 May 2015; boards 10 July and 11 September, the workshop 19 June, the audit panel Monday 18 May.
OPEN_LEAVE: list[Case] = [
    ("I'm on leave from 1 June", "Jo Forbes", {"intent": "leave", "owners": [], "away_until": None}),  # had been 1 June
    ("ooo until further notice - family emergency, Sally has my stuff", "Richard Fisher",
     {"intent": "leave", "owners": [], "away_until": None}),  # had been nothing
    ("I'm off sick, not sure when I'll be back", "Pam Smith", {"intent": "leave", "away_until": None}),
    ("I'm starting maternity leave at the end of the month", "Zala Ibrahim", {"intent": "leave", "away_until": None}),
    ("Please note Jo Forbes is on maternity leave from the end of May until further notice; Sue Haywood will cover "
     "housing items.", M,
     {"intent": "leave", "owners": [member("Jo Forbes")], "away_until": None}),  # had been Sue's action
    ("Tony is on long-term sick leave for the foreseeable", "Roger Clayton",
     {"intent": "leave", "owners": [member("Tony Oakman")], "away_until": None}),
    # a last day given still counts
    ("I'm on leave from 1 June until 12 June", "Jo Forbes", {"intent": "leave", "away_until": "2015-06-12"}),
    ("fyi I'm off from wed to fri next week", "Jo Forbes", {"intent": "leave", "away_until": "2015-05-22"}),
    ("I'm seconded to the regional team until the end of June so will be largely unavailable", "Richard Fisher",
     {"intent": "leave", "away_until": "2015-06-30"}),
    ("Please note Richard is seconded to the regional team until 31 July", "Roger Clayton",
     {"intent": "leave", "owners": [member("Richard Fisher")], "away_until": "2015-07-31"}),  # never Roger's
    ("I'm off all next week, ring Sally if anything urgent comes up", "Richard Fisher",
     {"intent": "leave", "away_until": "2015-05-22"}),  # had been nothing
    ("Off all next week - half term with the kids. Anything urgent to Chris please.", "Jo Forbes",
     {"intent": "leave", "away_until": "2015-05-22"}),
    # leave labelled with another member's name, no word of "I": theirs, never the writer's
    ("Annual leave: Jo Forbes until 5 June", M,
     {"intent": "leave", "owners": [member("Jo Forbes")], "away_until": "2015-06-05"}),  # had been the manager's
    ("Jo Forbes - annual leave until 5 June", M, {"intent": "leave", "owners": [member("Jo Forbes")]}),
    ("Away until 5 June - Jo Forbes", M, {"intent": "leave", "owners": [member("Jo Forbes")]}),
    ("Jo Forbes - annual leave until 5 June", "Sally Holmes", {"intent": "none"}),  # news from a member
    ("ooo until 5 June - contact Jo Forbes", M, {"intent": "leave", "owners": [], "away_until": "2015-06-05"}),
    ("Martine - on leave until 5 June", "Sally Holmes", {"intent": "leave", "owners": [], "away_until": "2015-06-05"}),
    ("Away until 5 June - Jo Forbes", "Jo Forbes", {"intent": "leave", "owners": [], "away_until": "2015-06-05"}),
    # the leave only why an edit is asked
    ("As I'm away until 5 June, please could A-44 be moved to w/c 8 June.", "Rachael Doyle",
     {"intent": "change_due", "ref": "A-44", "due": "2015-06-08"}),  # had been her leave
]  # fmt: skip
BODIES: list[Case] = [
    ("the Health Visiting service will produce the safer sleep leaflet by end of June", "Mayada AbuAffan",
     {"intent": "record_action", "owners": [unknown("Health Visiting service")], "due": "2015-06-30"}),
    ("Public Health and the Health Visiting service will jointly produce the safer sleep leaflet by end of June",
     "Mayada AbuAffan",
     {"intent": "record_action", "owners": [agency("Office of Public Health"), unknown("Health Visiting service")]}),
    ("fire and trading standards to put together a joint home safety plan by end of may", M,
     {"intent": "record_action", "owners": [agency("West Midlands Fire Service"), unknown("trading standards")]}),
    ("Action pls: the PCC's office to confirm funding for the ISVA post", M,
     {"intent": "record_action", "owners": [unknown("PCC's office")]}),
    ("The Healthy Child Programme team to update their pathway by July", M,
     {"intent": "record_action", "owners": [unknown("Healthy Child Programme team")], "due": "2015-07-31"}),
    ("Early Years and the Children's Centres to roll out the neglect tool by end of June", "Annette Callear",
     {"intent": "record_action", "owners": [agency("Early Years"), unknown("Children's Centres")]}),
    # not bodies: the roster's own, a word before, or who said it
    ("Urgent - fire service to confirm which schools have had the sessions", M,
     {"intent": "record_action", "owners": [agency("West Midlands Fire Service")]}),
    ("Mike said the YOS team will do the custody audit by the end of June, can you log it?", M,
     {"intent": "record_action", "owners": [agency("DMBC – YOS")], "due": "2015-06-30"}),
    ("Pam said at QA that the hospital would audit the safeguarding flags in A&E - can that go on as an action for "
     "them, by the July board?", M,
     {"intent": "record_action", "owners": [agency("Dudley Group NHS Foundation Trust")], "due": "2015-07-10"}),
    ("Richard said at the exec that Sally would refresh the CSE profile by July", M,
     {"intent": "record_action", "owners": [member("Sally Holmes")], "due": "2015-07-31"}),  # never Richard's
    ("Pam said she would audit the flags by July", M, {"intent": "record_action", "owners": [member("Pam Smith")]}),
]  # fmt: skip
BODY_LISTS: list[Case] = [
    ("which actions are with the NSPCC?", M, {"intent": "list_actions", "owners": [unknown("NSPCC")]}),  # had been all
    ("whats barnardos got outstanding", M, {"intent": "list_actions", "owners": [unknown("barnardos")]}),
    ("which actions are with the police?", M, {"intent": "list_actions", "owners": [agency("West Midlands Police")]}),
    ("which actions are with Sally?", M, {"intent": "list_actions", "owners": [member("Sally Holmes")]}),
    ("what's everyone got outstanding", M, {"intent": "list_actions", "owners": []}),
    # who wants a copy, after the question: never whose list it is
    ("everything that's open for the board please, roger wants a printout for monday", M,
     {"intent": "list_actions", "owners": []}),  # had been Roger's list
    ("what's overdue for the CCG - Pam wants a copy", M,
     {"intent": "list_actions", "owners": [agency("Dudley CCG")]}),
]  # fmt: skip
SPOKEN_TO: list[Case] = [
    ("Martine, one for Jassi please – the quarterly performance report to come to QA & Comms by the 1st.",
     "Roger Clayton",
     {"intent": "record_action", "owners": [member("Jassi Broadmeadow")], "due": "2015-06-01"}),  # had been hers
    ("Martine, one for Jassy please – the quarterly performance report by the 1st. Roger", "Roger Clayton",
     {"intent": "record_action", "owners": [unknown("Jassy", "Jassi Broadmeadow")]}),
    ("Martine, new action for Pam: audit the flags by July", "Roger Clayton",
     {"intent": "record_action", "owners": [member("Pam Smith")]}),
    ("Jo, Sally - CSE audit by July", M,
     {"intent": "record_action", "owners": [member("Jo Forbes"), member("Sally Holmes")]}),  # a list, not spoken to
]  # fmt: skip
DONE_ASKED: list[Case] = [
    ("Hi, could you tell me who holds A-50 now and what's been done on it? Thanks", M,
     {"intent": "show_action", "ref": "A-50"}),  # had closed it
    ("show me the history of A-33 – Roger wants to know who's done what", M,
     {"intent": "show_action", "ref": "A-33"}),  # had closed it
    ("Update for A-60 from Kate McConnell (she asked me to add it): CRC caseload check done for two of the three "
     "teams.", M,
     {"intent": "add_update", "ref": "A-60", "on_behalf_of": "Kate McConnell"}),  # had closed it
    ("A-50 done", "Anne Harris", {"intent": "complete_action", "ref": "A-50"}),
    ("A-33 is done for all of the teams", "Anne Harris", {"intent": "complete_action", "ref": "A-33"}),
]  # fmt: skip
COVER: list[Case] = [
    ("FW: apologies\n\n-----\nFrom: Galikowski Mike\nSent: 14 May 2015 17:42\nTo: McFadden Martine\nSubject: Sept "
     "board\n\nMartine, I'm on leave for the September board so please send my apols. Helen Ellis has kindly agreed "
     "to cover the YOS items. Mike", M,
     {"intent": "apology", "owners": [member("Mike Galikowski")], "meeting": "2015-09-11",
      "representative": "Helen Ellis"}),  # had been Helen's action
    ("Sue Haywood will cover housing items at the board", M, {"intent": "none"}),
]  # fmt: skip
DESCRIBED: list[Case] = [
    ("re the safe sleep leaflet, printer says it'll be ready tuesday", "Mayada AbuAffan",
     {"intent": "add_update", "ref": None, "task": "safe sleep leaflet",
      "note": "printer says it'll be ready tuesday"}),
    ("update on the DV pathway map: first draft done, Jo's checking the housing bit", "Sue Haywood",
     {"intent": "add_update", "ref": None, "note": "first draft done, Jo's checking the housing bit"}),
    ("the level 3 training one - 11 of our 19 staff done, rest booked on the june course", "Viv Townsend",
     {"intent": "add_update", "ref": None, "note": "11 of our 19 staff done, rest booked on the june course"}),
    ("the one about the board newsletter can go, we're not doing a newsletter any more", M,
     {"intent": "drop_action", "ref": None, "note": "we're not doing a newsletter any more"}),
    ("scrap the parenting sessions one, funding's gone", M,
     {"intent": "drop_action", "ref": None, "note": "funding's gone"}),
    ("the fire one can come off now - done elsewhere", M, {"intent": "drop_action", "note": "done elsewhere"}),
    ("drop the newsletter action as it's been discontinued", M,
     {"intent": "drop_action", "note": "it's been discontinued"}),
    ("can the threshold doc one slip a week?", "Tabetha Darman",
     {"intent": "change_due", "ref": None, "shift_days": 7}),
    ("temp accommodation notification one is sorted", "Jo Forbes", {"intent": "complete_action", "ref": None}),
    ("The safer sleep briefing has gone out to every setting, so the early years action can come off the list.",
     "Annette Callear", {"intent": "complete_action"}),  # done, not dropped
    # look-alikes: "one" and "on the …" that name no action
    ("Urgent one - Jassi and Tabetha to agree the wording of the escalation policy", M,
     {"intent": "record_action", "owners": [member("Jassi Broadmeadow"), member("Tabetha Darman")]}),
    ("ignore that last one, wrong chat", M, {"intent": "none"}),
    ("on the train, will look properly tmrw", M, {"intent": "none"}),
    ("re the board, I can't make it", "Jo Forbes", {"intent": "apology", "owners": [member("Jo Forbes")]}),
    ("Update on the 175s: 24 of the 30 primary and special returns are in now", M, {"intent": "audit_update"}),
]  # fmt: skip
JUST_PAST: list[Case] = [
    ("Viv to circulate the briefing note by 8 May (I know that's gone)", M,
     {"intent": "record_action", "due": "2015-05-08"}),  # had been 8 May 2016
    ("jo forbes to get me the numbers on families in B&Bs by 1st May", "Anne Harris", {"due": "2015-05-01"}),
    ("Viv to circulate the note by 1 April", M, {"due": "2016-04-01"}),  # further back: next year's
    ("Viv to circulate the note by 20 May", M, {"due": "2015-05-20"}),
    ("Viv to circulate the note by the early May bank holiday", M, {"due": "2016-05-02"}),  # a holiday: the next
]  # fmt: skip
WITHDRAWN: list[Case] = [
    ("ignore the apols for Sally, she's free after all", "Viv Townsend",
     {"intent": "withdraw_apology", "owners": [member("Sally Holmes")]}),  # had been the writer's
    ("the apologies I sent for Sally can come off", "Viv Townsend",
     {"intent": "withdraw_apology", "owners": [member("Sally Holmes")]}),
    ("please withdraw apologies on behalf of Kate McConnell for Monday", "Viv Townsend",
     {"intent": "withdraw_apology", "owners": [member("Kate McConnell")], "meeting": "2015-05-18"}),
    ("Sally: apologies withdrawn, plans changed", M,
     {"intent": "withdraw_apology", "owners": [member("Sally Holmes")]}),
    ("Sally now free - withdraw apols", M, {"intent": "withdraw_apology", "owners": [member("Sally Holmes")]}),
    ("Sally and Jo: apologies withdrawn", M, {"intent": "withdraw_apology", "owners": []}),  # whose: asked
    ("Withdraw apologies - Sally's course moved so Jo doesn't need to go", M,
     {"intent": "withdraw_apology", "owners": [member("Sally Holmes")]}),  # Jo only stood in
    # the writer's own, however little they say of "I"
    ("please ignore my apologies from earlier, I can make it", "Tabetha Darman",
     {"intent": "withdraw_apology", "owners": [member("Tabetha Darman")]}),
    ("can make monday now, zala neednt come", "Tabetha Darman",
     {"intent": "withdraw_apology", "owners": [member("Tabetha Darman")], "meeting": "2015-05-18"}),
    ("can make the july board after all, dont need mike to cover", "Tabetha Darman",
     {"intent": "withdraw_apology", "owners": [member("Tabetha Darman")], "meeting": "2015-07-10"}),
]  # fmt: skip
OPENING: list[Case] = [
    ("can I have an action please: barnardos to share their toolkit with schools", "Pam Smith",
     {"intent": "record_action", "owners": [unknown("barnardos")]}),  # had been the writer's
    ("can you log one for me - the Health Visiting service to update the pathway", "Pam Smith",
     {"intent": "record_action", "owners": [unknown("Health Visiting service")]}),
    ("Can I get an action down please - maternity services will audit the flags", "Pam Smith",
     {"intent": "record_action", "owners": [unknown("maternity services")]}),
    ("can I have an action - our safeguarding team to refresh the guidance by July", "Pam Smith",
     {"intent": "record_action", "owners": [agency("Dudley Group NHS Foundation Trust")], "due": "2015-07-31"}),
    ("log one for me pls - the CCG to confirm the figures", "Pam Smith",
     {"intent": "record_action", "owners": [agency("Dudley CCG")]}),
    ("can you log one for me - I need to update the pathway", "Pam Smith",
     {"intent": "record_action", "owners": [member("Pam Smith")]}),
    ("can you log one for me - someone to cover the panel", "Pam Smith",
     {"intent": "record_action", "owners": [member("Pam Smith")]}),
    # "us", "the two of us", the group, in the passive
    ("action for us: deep dive on CP plans over 2 years, ready for the September board", "Jassi Broadmeadow",
     {"intent": "record_action", "owners": [agency("DMBC – Children Safeguarding")], "due": "2015-09-11"}),
    ("action for us at the trust - re-audit of attendance at strategy meetings, end of next month", "Tabetha Darman",
     {"intent": "record_action", "owners": [agency("BCPFT")], "due": "2015-06-30"}),
    ("Jo asked me to get an action down for the two of us - joint housing protocol, end of July", "Sue Haywood",
     {"intent": "record_action", "owners": [member("Jo Forbes"), member("Sue Haywood")], "due": "2015-07-31"}),
    ("could an action please be recorded for the VCSG to produce a report for the September board?", "Merlin Joseph",
     {"intent": "record_action", "owners": [group("Vulnerable Children's Strategic Group")], "due": "2015-09-11"}),
    ("could an action be recorded for the group to produce a report for the September board?", "Merlin Joseph",
     {"intent": "record_action", "owners": [], "due": "2015-09-11"}),  # whose: asked (had been a list)
    # offers
    ("i dont mind pulling together the CSE numbers for the july board if nobody else is keen", "Sally Holmes",
     {"intent": "record_action", "owners": [member("Sally Holmes")], "due": "2015-07-10"}),
    ("marie and i can pick up the school exclusions question between us if helens team cant. say end of june",
     "Annette Callear",
     {"intent": "record_action", "owners": [member("Marie Hunter"), member("Annette Callear")], "due": "2015-06-30"}),
    ("I don't mind the weather", "Sally Holmes", {"intent": "none"}),
]  # fmt: skip
MORE: list[Case] = [
    ("Can Sally take over the CSE profile action? I'm moving across to the MASH", "Richard Fisher",
     {"intent": "reassign", "ref": None, "owners": [member("Sally Holmes")]}),  # had been a new action for Sally
    ("can the level 3 training one go to NPS instead of us, its their staff", "Viv Townsend",
     {"intent": "reassign", "owners": [agency("National Probation Service")]}),
    ("who's got the GP training figures action and when is it due?", "Su Vincent",
     {"intent": "show_action", "ref": None}),  # had been the whole board's list
    ("whats sue got at the moment", M,
     {"intent": "list_actions", "ambiguous": [("sue", ["Su Vincent", "Sue Haywood"])]}),
    ("everything overdue please, Jo and I are meeting tomorrow", M, {"intent": "list_actions", "owners": []}),
    ("send me the overdue list for Tony's briefing", M, {"intent": "list_actions", "owners": []}),
    ("overdue actions please - Roger wants them", M, {"intent": "list_actions", "owners": []}),  # had been Roger's
    ("Everything open please, Tony's asked", M, {"intent": "list_actions", "owners": []}),
    ("can you send all the open actions to Jo please", M, {"intent": "list_actions", "owners": []}),
    ("what does Jo owe - Jo wants her list", M, {"intent": "list_actions", "owners": [member("Jo Forbes")]}),
    ("show me the actions assigned to Jo", M,
     {"intent": "list_actions", "owners": [member("Jo Forbes")]}),  # had been a new action for Jo
    ("FYI Mayada and Karen J are both at a conference and then on leave, back 8 June", M,
     {"intent": "leave", "owners": [member("Mayada AbuAffan"), member("Karen Jackson")], "away_until": "2015-06-07"}),
    ("Please move Pam's A-46 to the workshop, she asked me this morning", M,
     {"intent": "change_due", "ref": "A-46", "due": "2015-06-19", "on_behalf_of": "Pam Smith"}),
    ("A-14 - Chris did it on my behalf last week, can you close", M, {"intent": "complete_action", "ref": "A-14"}),
    ("A-14 - data still missing, can you close the gap with BI", M, {"intent": "add_update", "ref": "A-14"}),
    ("going to pick up the bruising protocol action with Tabetha next week, nothing to change yet", "Pam Smith",
     {"intent": "none"}),  # had moved its date
    ("We have agreed to close the bruising protocol action without further work, as the regional procedures now "
     "cover it.", "Tabetha Darman", {"intent": "drop_action", "note": "the regional procedures now cover it."}),
]  # fmt: skip
CASE_NAMES = [
    "Child F to be discussed at the SCR sub",
    "Family B to be referred to early help by Friday",
    "We had a lad (Child F) through one of the youth centres last week. So I'm going to run a joint briefing for youth "
    "workers on the missing protocol, w/c 8 June.",
    "Text from Su - apologies for the July board, she's at a conference that day.",
]

ALL = [
    *(("open-leave", *c) for c in OPEN_LEAVE),
    *(("bodies", *c) for c in BODIES),
    *(("body-lists", *c) for c in BODY_LISTS),
    *(("spoken-to", *c) for c in SPOKEN_TO),
    *(("done-asked", *c) for c in DONE_ASKED),
    *(("cover", *c) for c in COVER),
    *(("described", *c) for c in DESCRIBED),
    *(("just-past", *c) for c in JUST_PAST),
    *(("withdrawn", *c) for c in WITHDRAWN),
    *(("opening", *c) for c in OPENING),
    *(("more", *c) for c in MORE),
]  # fmt: skip


@pytest.mark.parametrize(("group_", "text", "writer", "expected"), ALL, ids=[f"{c[0]}:{c[1][:40]}" for c in ALL])
def test_thirtieth_round_wording(
    snapshot: Snapshot, group_: str, text: str, writer: str, expected: dict[str, Any]
) -> None:
    check(parse(snapshot, text, writer), expected)


@pytest.mark.parametrize("text", CASE_NAMES)
def test_a_case_name_is_never_an_owner(snapshot: Snapshot, text: str) -> None:
    got = parse(snapshot, text, "Helen Ellis")
    assert not [o for o in got["owners"] if o["kind"] == "unknown"], got


@pytest.mark.parametrize("text", ["Leave - Jo until 5 June", "AL - Jo Forbes, 1-5 June"])
def test_leave_noted_as_a_dashed_label_is_never_an_action(snapshot: Snapshot, text: str) -> None:
    assert parse(snapshot, text, M)["intent"] != "record_action"


@pytest.mark.parametrize("text", ["our team to review the policy", "the safeguarding team to review the policy"])
def test_a_team_of_everyday_words_is_not_a_body_off_the_roster(snapshot: Snapshot, text: str) -> None:
    got = parse(snapshot, text, "Mayada AbuAffan")
    assert not [o for o in got["owners"] if o["kind"] == "unknown"], got


def test_someone_elses_attendance_said_with_a_pronoun_is_never_the_writers(snapshot: Snapshot) -> None:
    for text in ("she can make it now after all", "he'll be there on monday after all"):
        got = parse(snapshot, text, M)
        assert not [o for o in got["owners"] if o.get("name") == M], got


def test_someone_off_sick_with_no_word_of_how_long_is_only_news(snapshot: Snapshot) -> None:
    check(parse(snapshot, "Jo is off sick", M), {"intent": "none"})


def test_a_group_named_before_its_news_is_still_a_group(snapshot: Snapshot) -> None:
    got = parse(snapshot, "can you show me the VCSG's open actions please", M)
    check(got, {"intent": "list_actions", "owners": [group("Vulnerable Children's Strategic Group")]})
