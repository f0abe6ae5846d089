"""Understanding chat typed on a phone: requests that name the owners straight after "can", "need" or "add", spaced
references after "think" or "whats", terse reassignments, questions about one's own actions and about the
assistant, stand-ins named by their post or typed without apostrophes, group initials with "&", and phone due
forms ("end of may", "eow next wk", "two weeks today", "next fri not today").

Every case is invented here (not copied from a corpus), several to a class, so that each rule is held to the family
of wordings it covers. A wrong owner is worse than a question: the negative cases check that a rule stays away from
wordings that only look like its own.
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.understanding.snapshot import Snapshot
from tests.conftest import seed_snapshot
from tests.understanding_cases import Case, M, agency, check, group, member, parse, unknown


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    return seed_snapshot(tmp_path_factory.mktemp("understanding-phone"))


# SEED_NOW is Friday 15 May 2015; boards 10 July and 11 September, the workshop 19 June, the audit panel Monday 18 May.

# "by end of may" in lower case, "eow next wk", "a week today", and the date said not to be ("not the 3rd").
PHONE_DATES: list[Case] = [
    ("helen to refresh the missing protocol by end of may", "Jo Forbes",
     {"intent": "record_action", "owners": [member("Helen Ellis")], "due": "2015-05-31"}),
    ("jo forbes to send the tenancy list eow next wk", "Martine McFadden",
     {"intent": "record_action", "owners": [member("Jo Forbes")], "due": "2015-05-22"}),
    ("viv to circulate the MAPPA note a week today", "Kate McConnell",
     {"intent": "record_action", "owners": [member("Viv Townsend")], "due": "2015-05-22"}),
    ("action me + pam smith: bruising audit summary, three weeks today", "Zala Ibrahim",
     {"intent": "record_action", "owners": [member("Zala Ibrahim"), member("Pam Smith")], "due": "2015-06-05"}),
    ("a-19 should be 3 july not 3 june", "Martine McFadden",
     {"intent": "change_due", "guessed": False, "ref": "A-19", "due": "2015-07-03"}),
    ("can a-8 move to 12 june instead of 5 june", "Martine McFadden",
     {"intent": "change_due", "guessed": False, "ref": "A-8", "due": "2015-06-12"}),
    ("a-30 must be by 26 june, not the 19th", "Martine McFadden",
     {"intent": "change_due", "guessed": False, "ref": "A-30", "due": "2015-06-26"}),
    ("a 27 needs to be fri 29th not tomorrow", "Marie Hunter",
     {"intent": "change_due", "guessed": False, "ref": "A-27", "due": "2015-05-29"}),
]  # fmt: skip

# "can X pls pick up ...", "need X and Y to ...", "could an action go to X to ...", "can someone from Y come and ...":
# the owners asked, a near spelling asked about, never the verb taken into a stranger's name.
ASKED_OF: list[Case] = [
    ("can mike galikowsky pls look at the gangs matrix, by end of june", "Sally Holmes",
     {"intent": "record_action", "owners": [unknown("mike galikowsky", "Mike Galikowski")], "due": "2015-06-30"}),
    ("can Tony Oakmen draft the MASH note by end of may", "Richard Fisher",
     {"intent": "record_action", "owners": [unknown("Tony Oakmen", "Tony Oakman")], "due": "2015-05-31"}),
    ("can Rachel Doyle put together the training offer by end of june", "Remley Mann",
     {"intent": "record_action", "owners": [unknown("Rachel Doyle", "Rachael Doyle")], "due": "2015-06-30"}),
    ("can jassi pls pull together the escalation audit, eow next wk", "Su Vincent",
     {"intent": "record_action", "owners": [member("Jassi Broadmeadow")], "due": "2015-05-22"}),
    ("quick one. need mayada and karen jackson to send me the CDOP data by end of june", "Pam Smith",
     {"intent": "record_action", "owners": [member("Mayada AbuAffan"), member("Karen Jackson")], "due": "2015-06-30"}),
    ("need viv to confirm the probation lead for the workshop", "Kate McConnell",
     {"intent": "record_action", "owners": [member("Viv Townsend")]}),
    ("could an action go to tabetha to update the pathway, end of june", "Nicki Burrows",
     {"intent": "record_action", "owners": [member("Tabetha Darman")], "due": "2015-06-30"}),
    ("can an action go to the police to check the missing list asap", "Jo Forbes",
     {"intent": "record_action", "owners": [agency("West Midlands Police")], "asap": True}),
    ("can someone from housing come and talk to the heads about temp accommodation, by end of june", "Marie Hunter",
     {"intent": "record_action", "owners": [agency("DMBC – Housing")], "due": "2015-06-30"}),
    ("can someone from the fire service come in and speak to year 9 asap", "Marie Hunter",
     {"intent": "record_action", "owners": [agency("West Midlands Fire Service")], "asap": True}),
]  # fmt: skip

# "pls add me and X - task", "pls add me and X for reviewing ...", after a greeting or an introduction too.
ADDED_OWNERS: list[Case] = [
    ("pls add me and helen ellis - youth offer mapping, by end of july", "Annette Callear",
     {"intent": "record_action", "owners": [member("Annette Callear"), member("Helen Ellis")], "due": "2015-07-31"}),
    ("morning all, jo here, can u add me and mike g: panel terms of reference by 30/6", "Jo Forbes",
     {"intent": "record_action", "owners": [member("Jo Forbes"), member("Mike Galikowski")], "due": "2015-06-30"}),
    ("pls add viv and kate mcconnell for updating the MAPPA leaflet by the sept board", "Martine McFadden",
     {"intent": "record_action", "owners": [member("Viv Townsend"), member("Kate McConnell")], "due": "2015-09-11"}),
]  # fmt: skip

# "was meant to be sending ..., can that go on as an action": the one the statement names, a near spelling asked.
MEANT_TO: list[Case] = [
    ("sally was supposed to be chasing the CSE figures, could that go on as an action please", "Richard Fisher",
     {"intent": "record_action", "owners": [member("Sally Holmes")]}),
    ("karen jacksen was meant to be sending the JSNA extract, can that go on as an action for end of june", M,
     {"intent": "record_action", "owners": [unknown("karen jacksen", "Karen Jackson")], "due": "2015-06-30"}),
]  # fmt: skip

# "think a 12 can be closed", "whats a 31 about", "tell me what a-9 was", "a-4 shd be X not me", "is really X not Y".
EDITS: list[Case] = [
    ("think a 12 can be closed now", "Jo Forbes", {"intent": "complete_action", "ref": "A-12"}),
    ("i reckon a 7 is done, the leaflet went out", "Pam Smith", {"intent": "complete_action", "ref": "A-7"}),
    ("whats a 31 about? not seen it before", "Remley Mann", {"intent": "show_action", "ref": "A-31"}),
    ("could you tell me what a-9 is, it came up in my digest", "Nicola Campbell",
     {"intent": "show_action", "ref": "A-9"}),
    ("a-4 shd be sally not me, shes got the data", "Richard Fisher",
     {"intent": "reassign", "ref": "A-4", "owners": [member("Sally Holmes")]}),
    ("a-16 is really the police not housing", "Jo Forbes",
     {"intent": "reassign", "ref": "A-16", "owners": [agency("West Midlands Police")]}),
    ("a-40 is actually public health not the ccg, can it move", "Su Vincent",
     {"intent": "reassign", "ref": "A-40", "owners": [agency("Office of Public Health")]}),
]  # fmt: skip

# "what did I get actioned with?", "have I got any actions?" after "new to this", "not sure I have any open", the
# assistant itself asked about, a group by its initials, a marked list asked about.
QUESTIONS: list[Case] = [
    ("off on leave last board, what was i given?", "Helen Ellis",
     {"intent": "list_actions", "owners": [member("Helen Ellis")]}),
    ("what have i been actioned with since march", "Anne Harris",
     {"intent": "list_actions", "owners": [member("Anne Harris")]}),
    ("hiya, new to this. have i got anything open?", "Zala Ibrahim",
     {"intent": "list_actions", "owners": [member("Zala Ibrahim")]}),
    ("not sure i have any actions open, could you check for me", "Chris Ballinger",
     {"intent": "list_actions", "owners": [member("Chris Ballinger")]}),
    ("what can i ask this thing to do", "Remley Mann", {"intent": "help"}),
    ("what can I use the bot for?", "Remley Mann", {"intent": "help"}),
    ("hi, new to this bot", "Remley Mann", {"intent": "help"}),
    ("what has pp&p got open?", "Karen Palk",
     {"intent": "list_actions", "owners": [group("Policy, Procedures & Practice")]}),
    ("PP & P - anything overdue?", "Nicki Burrows",
     {"intent": "list_actions", "owners": [group("Policy, Procedures & Practice")]}),
    ("cdop actions - what's still open?", "Mayada AbuAffan", {"intent": "list_actions"}),
]  # fmt: skip

# Stand-ins named by their post ("sending our DSL priya": written with capitals), a member who "said shed cover", the
# writer chairing; a title before the name (kept as typed, without the title, as before) with the post after it.
STAND_INS: list[Case] = [
    ("cant do the workshop, sending our dsl priya instead", "Marie Hunter",
     {"intent": "apology", "owners": [member("Marie Hunter")], "representative": "Priya"}),
    ("apols for july board. will send my deputy manager tom hart if thats ok", "Jo Forbes",
     {"intent": "apology", "owners": [member("Jo Forbes")], "representative": "Tom Hart"}),
    ("cant make monday, my colleague dev singh will cover", "Viv Townsend",
     {"intent": "apology", "owners": [member("Viv Townsend")], "representative": "Dev Singh"}),
    ("wont make the sept board, sorry. zala said shed go for the trust", "Pam Smith",
     {"intent": "apology", "owners": [member("Pam Smith")], "representative": "Zala Ibrahim"}),
    ("apols for july, mike g from yos said hell rep youth justice", "Helen Ellis",
     {"intent": "apology", "owners": [member("Helen Ellis")], "representative": "Mike Galikowski"}),
    ("sorry, cant do the workshop. dr sam price our designated doctor will attend", "Su Vincent",
     {"intent": "apology", "owners": [member("Su Vincent")], "representative": "sam price"}),
    ("apols for monday, di kay ward will cover", "Richard Fisher",
     {"intent": "apology", "owners": [member("Richard Fisher")], "representative": "kay ward"}),
    ("tony has sent apologies for the workshop, ill cover", "Martine McFadden",
     {"intent": "apology", "owners": [member("Tony Oakman")], "representative": "Martine McFadden"}),
]  # fmt: skip

# "everyone on the board", "<name> <their agency>", "back 26th", "shes on it".
OTHERS: list[Case] = [
    ("action for everybody on the board - read the new threshold doc, end of june", "Martine McFadden",
     {"intent": "record_action", "owners": [group("all members")], "due": "2015-06-30"}),
    ("action for sally holmes wmp to check the CAIU rota, by friday", "Martine McFadden",
     {"intent": "record_action", "owners": [member("Sally Holmes")], "due": "2015-05-22"}),
    ("action for nicola campbel cafcass to share the court data, by end of june", "Martine McFadden",
     {"intent": "record_action", "owners": [unknown("nicola campbel", "Nicola Campbell")], "due": "2015-06-30"}),
    ("karen from public health and the ccg to look at the obesity data by friday", "Sally Holmes",
     {"intent": "record_action", "owners": [member("Karen Jackson"), agency("Dudley CCG")], "due": "2015-05-22"}),
    ("dave from health and wellbeing to send the data by friday", "Sally Holmes",
     {"intent": "record_action", "owners": [unknown("dave")], "due": "2015-05-22"}),
    ("off all next week, back 26th", "Sally Holmes", {"intent": "leave", "away_until": "2015-05-25"}),
    ("at court till wednesday", "Richard Fisher", {"intent": "leave", "away_until": "2015-05-20"}),
    ("in court on 10 july so cant make the board", "Richard Fisher",
     {"intent": "apology", "owners": [member("Richard Fisher")], "meeting": "2015-07-10"}),
    ("clearing up - a-9 went to the april panel, sally sent it, can you close it for her", "Martine McFadden",
     {"intent": "complete_action", "ref": "A-9", "on_behalf_of": "Sally Holmes"}),
    ("a-14 sorted, karen confirmed, tick it off for her", "Martine McFadden",
     {"intent": "complete_action", "ref": "A-14", "on_behalf_of": None}),  # which Karen: never guessed
    ("priory primary s175 not in yet but the head says shes on it", "Marie Hunter",
     {"intent": "audit_update", "audit": {"type": "S175", "subject": "Priory Primary", "status": "in_progress"}}),
]  # fmt: skip

ALL = {
    "phone-dates": PHONE_DATES,
    "asked-of": ASKED_OF,
    "added-owners": ADDED_OWNERS,
    "meant-to": MEANT_TO,
    "edits": EDITS,
    "questions": QUESTIONS,
    "stand-ins": STAND_INS,
    "others": OTHERS,
}
CASES = [(name, *case) for name, cases in ALL.items() for case in cases]


@pytest.mark.parametrize(("group_", "text", "writer", "expected"), CASES, ids=[f"{c[0]}:{c[1][:40]}" for c in CASES])
def test_phone_wording(
    snapshot: Snapshot, group_: str, text: str, writer: str | None, expected: dict[str, Any]
) -> None:
    check(parse(snapshot, text, writer), expected)


# Wordings that only look like the classes above: no date, no action, no owner, no stand-in, no reference.
NOT_DUE = ["all 5 may attend the workshop", "you may want to see the minutes"]
NOT_ACTIONS = [
    "need to send the figures over by friday",
    "need a lift to the board in july",
    "can sally come to the board on 10 july",
    "can someone from housing come along, by friday",
    "i think a 4 week delay is fine",
    "pls add jo - she's the new housing rep",  # someone added to a list, no work
]
NOT_LEAVE = ["richard is in court all next week, back 26th", "the court date is back on for the 26th"]
NOT_REASSIGNED = ["a-12 is really late not early", "a-9 is actually fine now, not urgent"]


@pytest.mark.parametrize("text", NOT_DUE)
def test_a_lower_case_may_alone_is_no_month(snapshot: Snapshot, text: str) -> None:
    assert parse(snapshot, text, "Jo Forbes")["due"] is None


@pytest.mark.parametrize("text", NOT_ACTIONS)
def test_requests_that_are_no_work_record_nothing(snapshot: Snapshot, text: str) -> None:
    got = parse(snapshot, text, "Su Vincent")
    assert got["intent"] != "record_action" and got["ref"] is None, got


@pytest.mark.parametrize("text", NOT_LEAVE)
def test_someone_elses_court_is_no_leave(snapshot: Snapshot, text: str) -> None:
    assert parse(snapshot, text, "Sally Holmes")["intent"] != "leave"


@pytest.mark.parametrize("text", NOT_REASSIGNED)
def test_a_state_after_is_really_names_no_owner(snapshot: Snapshot, text: str) -> None:
    assert parse(snapshot, text, "Richard Fisher")["intent"] != "reassign"


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        ("apols for july, sending my colleague karen", "Jo Forbes"),  # two Karens: asked, never guessed
        ("cant do the board, sorry, ill chair", "Martine McFadden"),  # the writer's own apology
        ("apols for july, ill chair the next one", "Martine McFadden"),
    ],
)
def test_no_stand_in_is_guessed(snapshot: Snapshot, text: str, writer: str) -> None:
    got = parse(snapshot, text, writer)
    assert got["intent"] == "apology" and got["representative"] is None, got


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("action for jo forbes police to send the list by 10 june", "Jo Forbes"),  # not her agency: asked
        ("action for richard fisher cafcass to check the rota by friday", "Richard Fisher"),
        ("can rachel doyle pick up the training offer by end of june", "Rachael Doyle"),  # a near spelling: asked
    ],
)
def test_a_name_that_does_not_fit_is_never_the_member(snapshot: Snapshot, text: str, wrong: str) -> None:
    got = parse(snapshot, text, "Martine McFadden")
    assert all(o["name"] != wrong for o in got["owners"] if o["kind"] == "member"), got
    assert all(not o["name"].lower().endswith(" pick") for o in got["owners"]), got


def test_someone_elses_question_is_not_the_writers_list(snapshot: Snapshot) -> None:
    got = parse(snapshot, "what was sally given?", "Helen Ellis")
    assert {"kind": "member", "name": "Helen Ellis"} not in got["owners"], got


def test_a_new_action_after_a_marker_is_still_recorded(snapshot: Snapshot) -> None:
    check(
        parse(snapshot, "actions - tony to send the figures by friday", "Martine McFadden"),
        {"intent": "record_action", "owners": [member("Tony Oakman")], "due": "2015-05-22"},
    )
