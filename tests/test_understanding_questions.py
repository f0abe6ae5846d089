"""Understanding questions: lists of actions, one action's details, meetings, audits, help, and thanks that ask
for nothing, in the many ways members word them (polite, indirect, lowercase, without apostrophes)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bot.understanding.question_words import asks_indirectly
from bot.understanding.snapshot import Snapshot
from tests.conftest import SEED_NOW, seed_snapshot


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    return seed_snapshot(tmp_path_factory.mktemp("questions"))


def parse(snapshot: Snapshot, text: str, writer: str | None = None, now: dt.datetime = SEED_NOW) -> dict[str, Any]:
    person = snapshot.person(writer) if writer else None
    return snapshot.interpret(text, person, now).as_json()


def owners(got: dict[str, Any]) -> list[tuple[str, str]]:
    return sorted((o["kind"], o["name"]) for o in got["owners"])


def member(*names: str) -> list[tuple[str, str]]:
    return sorted(("member", n) for n in names)


@pytest.mark.parametrize(
    "text",
    [
        "what kind of things can you do?",
        "Hi, what types of questions can I ask?",
        "what sorts of things can you help with",
        "could you tell me what you can help me with",
        "what are you here for?",
        "what is this bot able to do",
        "Hello, I'm new here. Could you explain what you do?",
        "I'm not sure how this works - what kinds of requests can I send?",
        "sorry, what am I able to ask you?",
        "what are we allowed to say to the bot",
    ],
)
def test_help_asked_in_other_words(snapshot: Snapshot, text: str) -> None:
    assert parse(snapshot, text, "Remley Mann")["intent"] == "help"


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("Many thanks for sending A-12 round", "A-12"),
        ("thank you jo for picking up A-4 for me!", "A-4"),
        ("ta for doing A-7 for me", "A-7"),
        ("thanks so much Helen for doing A-3 for me", "A-3"),
        ("Thank you for sorting A-11 for me last week x", "A-11"),
        ("Appreciate you chasing A-9 for me Martine", "A-9"),
        ("Lovely, thanks for sorting A-3 for me", "A-3"),
        ("Brilliant, thank you for updating A-14 for me!", "A-14"),
    ],
)
def test_thanks_naming_an_action_ask_for_nothing(snapshot: Snapshot, text: str, ref: str) -> None:
    got = parse(snapshot, text, "Jayne Sargeant")
    assert (got["intent"], got["ref"]) == ("none", ref)


def test_thanks_then_a_question_is_still_the_question(snapshot: Snapshot) -> None:
    got = parse(snapshot, "thank you! is there anything else on my list?", "Jayne Sargeant")
    assert got["intent"] == "list_actions" and owners(got) == member("Jayne Sargeant")


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("details for A-4 please", "A-4"),
        ("a-19 details pls", "A-19"),
        ("info on A-7 please", "A-7"),
        ("can I see the full details of A-12?", "A-12"),
        ("A-12 - could you show me the details", "A-12"),
        ("Sorry to bother you, but could you send me the details for A-21 when you get a moment? Thanks", "A-21"),
        ("not sure what A-5 refers to, can you help?", "A-5"),
        ("Could you remind me what A-8 is about?", "A-8"),
        ("whats a 14 about", "A-14"),
        ("what's action 9 again", "A-9"),
        ("pull up a 19", "A-19"),
        ("show me a 7 please", "A-7"),
        ("what was a 23 then", "A-23"),
        ("remind me what a 30 was", "A-30"),
    ],
)
def test_one_actions_details_asked_for(snapshot: Snapshot, text: str, ref: str) -> None:
    got = parse(snapshot, text, "Pam Smith")
    assert (got["intent"], got["ref"]) == ("show_action", ref)


def test_details_sent_is_not_a_request_to_see_them(snapshot: Snapshot) -> None:
    assert parse(snapshot, "I've sent the details of A-19 to Jo", "Pam Smith")["intent"] != "show_action"
    assert parse(snapshot, "A-12: details circulated to the group", "Pam Smith")["intent"] != "show_action"


@pytest.mark.parametrize(
    ("text", "meeting"),
    [
        ("is the workshop wednesday or friday?", "2015-06-19"),
        ("is the board on thursday or friday", "2015-07-10"),
        ("which day is the audit panel", "2015-05-18"),
        ("who is coming to the workshop?", "2015-06-19"),
        ("whos attending the board on 10 july", "2015-07-10"),
        ("Could you let me know where the July board is being held please", "2015-07-10"),
        ("I was wondering when the next board meeting is", "2015-07-10"),
        ("just wondering what time the workshop starts", "2015-06-19"),
        ("remind me what time the panel starts pls", "2015-05-18"),
        ("Good afternoon, please could someone tell me where the September board is? Thank you", "2015-09-11"),
        ("Hello, I just wanted to check what time the board starts on 10 July, thanks", "2015-07-10"),
        ("whos chairing the board in july", "2015-07-10"),
        ("do you know if the workshop is still going ahead", "2015-06-19"),
        ("I was wondering whether the July board is a full day", "2015-07-10"),
        ("who is presenting at the workshop?", "2015-06-19"),
    ],
)
def test_meeting_questions_asked_indirectly(snapshot: Snapshot, text: str, meeting: str) -> None:
    got = parse(snapshot, text, "Su Vincent")
    assert (got["intent"], got["meeting"]) == ("meeting_info", meeting)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I was wondering how the S11 audits are going", "S11"),
        ("could you let me know whether the schools audits are all back", "S175"),
        ("any news on the schools audit?", "S175"),
        ("Hello, do you know if the section 11 returns have all come in now? Thanks", "S11"),
        ("could you possibly tell me whether the S11 audit for Dudley Group has been received?", "S11"),
        ("S11 update please", "S11"),
        ("s175 progress pls", "S175"),
    ],
)
def test_audit_questions_asked_indirectly(snapshot: Snapshot, text: str, kind: str) -> None:
    got = parse(snapshot, text, "Annette Callear")
    assert got["intent"] == "audit_status" and got["audit"]["type"] == kind and got["audit"]["status"] is None


@pytest.mark.parametrize(
    "text", ["where are we with the S11s?", "how are we doing on section 11s", "where are we on S11?"]
)
def test_where_are_we_asks_about_the_whole_audit(snapshot: Snapshot, text: str) -> None:
    got = parse(snapshot, text, "Remley Mann")
    assert got["intent"] == "audit_status" and got["audit"]["subject"] is None


def test_schools_audit_news_is_an_update(snapshot: Snapshot) -> None:
    got = parse(snapshot, "school audit: 40 of 114 done", "Annette Callear")
    assert got["intent"] == "audit_update" and (got["audit"]["type"], got["audit"]["completed"]) == ("S175", 40)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("show me everything Helen Ellis has outstanding", member("Helen Ellis")),
        ("can you list all Jo Forbes has open", member("Jo Forbes")),
        ("could you pull together everything Jo Forbes still has open please", member("Jo Forbes")),
        ("please list everything tony oakman and su vincent have open", member("Tony Oakman", "Su Vincent")),
        ("what does Su Vincent have", member("Su Vincent")),
        ("what does the police have on the tracker?", [("agency", "West Midlands Police")]),
        ("what do public health have outstanding", [("agency", "Office of Public Health")]),
        ("anything with the police?", [("agency", "West Midlands Police")]),
        ("any actions on Helen Ellis?", member("Helen Ellis")),
        ("anything from Cafcass at the moment?", [("agency", "Cafcass")]),
        ("is Helen Ellis down for anything?", member("Helen Ellis")),
        ("are the police responsible for anything before september?", [("agency", "West Midlands Police")]),
        ("And the police - anything open?", [("agency", "West Midlands Police")]),
        ("what about public health, anything outstanding?", [("agency", "Office of Public Health")]),
        ("Hello, could you tell me if Cafcass have any actions outstanding? Thanks", [("agency", "Cafcass")]),
        ("what have the two Karens got", member("Karen Jackson", "Karen Palk")),
        ("which actions are on both Sues", member("Su Vincent", "Sue Haywood")),
        ("what's Jo Forbes working on", member("Jo Forbes")),
        ("what are dcvs doing at the moment", [("agency", "DCVS")]),
        ("Could you remind me what the police are doing for the board", [("agency", "West Midlands Police")]),
    ],
)
def test_someones_actions_asked_for(snapshot: Snapshot, text: str, expected: list[tuple[str, str]]) -> None:
    got = parse(snapshot, text, "Roger Clayton")
    assert got["intent"] == "list_actions" and owners(got) == expected, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("anything I should be nudging Jo Forbes about?", member("Jo Forbes")),
        ("what am I meant to be chasing the CCG for?", [("agency", "Dudley CCG")]),
        ("have I got anything I should be chasing Helen Ellis for", member("Helen Ellis")),
        ("is there anything im supposed to be following up with cafcass on", [("agency", "Cafcass")]),
    ],
)
def test_the_one_chased_owns_the_actions(snapshot: Snapshot, text: str, expected: list[tuple[str, str]]) -> None:
    got = parse(snapshot, text, "Roger Clayton")
    assert got["intent"] == "list_actions" and owners(got) == expected, got


@pytest.mark.parametrize(
    "text",
    [
        "am I on the hook for anything",
        "am i due to do anything for the board",
        "is there anything I still need to do?",
        "Could you remind me which actions are assigned to me",
        "Good afternoon, I was just wondering whether there are any actions with my name against them. Thank you",
        "Hello Martine, would you mind letting me know if I have any actions outstanding? Kind regards, Sally",
        "Dear Martine, I'd be grateful if you could tell me what I am supposed to be doing for the board.",
        "remind me what Im doing for the board pls",
        "Could you remind me what I am working on",
    ],
)
def test_the_writers_own_actions_asked_for(snapshot: Snapshot, text: str) -> None:
    got = parse(snapshot, text, "Sally Holmes")
    assert got["intent"] == "list_actions" and owners(got) == member("Sally Holmes"), got


def test_a_shared_agency_name_means_the_writers_own_when_they_say_us(snapshot: Snapshot) -> None:
    got = parse(snapshot, "could you let me know if probation have anything outstanding for us", "Viv Townsend")
    assert got["intent"] == "list_actions" and owners(got) == [("agency", "National Probation Service")]


def test_an_ambiguous_first_name_is_asked_about(snapshot: Snapshot) -> None:
    got = parse(snapshot, "what is Sue on the hook for", "Roger Clayton")
    assert got["intent"] == "list_actions" and got["owners"] == []
    assert [sorted(a["candidates"]) for a in got["ambiguous"]] == [["Su Vincent", "Sue Haywood"]]


@pytest.mark.parametrize("text", ["outstanding actions please", "open actions pls", "all overdue actions please"])
def test_the_list_itself_named_as_a_request(snapshot: Snapshot, text: str) -> None:
    got = parse(snapshot, text, "Martine McFadden")
    assert got["intent"] == "list_actions" and got["owners"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("could someone remind me where the panel is", True),
        ("I was wondering whether the S11s are in", True),
        ("Would you mind letting me know if I have anything", True),
        ("I've sent our S11 back, let me know if you need anything else", True),
        ("Jo to send the figures by Friday", False),
        ("I'll remind Jo about the figures", False),
    ],
)
def test_asking_indirectly(text: str, expected: bool) -> None:
    assert asks_indirectly(text) is expected


def test_asking_indirectly_as_an_opening() -> None:
    assert asks_indirectly("Hello. I was wondering whether the S11s are in", opening=True)
    assert not asks_indirectly("I've sent our S11 back, let me know if you need anything else", opening=True)


@pytest.mark.parametrize(
    "text",
    [
        "How does one add a new action?",
        "how would I go about moving a deadline?",
        "Could you explain how we close an action once it's finished?",
        "can you tell me how to record apologies for a meeting",
        "how should people update their actions here",
        "whats the format for reassigning an action?",
        "what's the correct syntax to change a due date",
        "is there a command for sending apologies?",
        "what do I type to add an action",
        "what is this bot for?",
        "hello, could you tell me what this bot is for",
        "what does the bot actually do?",
        "whats the point of this bot",
    ],
)
def test_how_the_tracker_is_used_is_help(snapshot: Snapshot, text: str) -> None:
    assert parse(snapshot, text, "Remley Mann")["intent"] == "help"


@pytest.mark.parametrize(
    "text",
    [
        "can you log that I will explain how to add actions at the induction session",
        "please record that Jo will show new members how to update their actions, by end of June",
    ],
)
def test_a_request_to_record_how_to_is_not_help(snapshot: Snapshot, text: str) -> None:
    assert parse(snapshot, text, "Remley Mann")["intent"] != "help"


@pytest.mark.parametrize(
    "text",
    [
        "Can I see everything that's open across the board",
        "could i have everything still outstanding across the partnership please",
        "what has everyone got open?",
        "whats everybody still got outstanding",
        "I'd like to see the whole tracker before the panel",
        "what does everybody have overdue?",
        "could I have the whole tracker before Helen Ellis signs off the papers",
        "can i see what everyone has open before Jo Forbes's panel",
    ],
)
def test_board_wide_questions_name_no_owner(snapshot: Snapshot, text: str) -> None:
    got = parse(snapshot, text, "Tony Oakman")
    assert got["intent"] == "list_actions" and got["owners"] == [] and got["ambiguous"] == [], got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Martine asked me to check - what is overdue at the moment?", []),
        ("Su has asked me to find out what's still outstanding", []),
        ("jo wants me to check: anything overdue?", []),
        ("Helen Ellis asked us to check what the police have open", [("agency", "West Midlands Police")]),
        ("Martine asked me to check what I still need to do", member("Roger Clayton")),
    ],
)
def test_the_one_who_asked_the_question_owns_nothing(
    snapshot: Snapshot, text: str, expected: list[tuple[str, str]]
) -> None:
    got = parse(snapshot, text, "Roger Clayton")
    assert got["intent"] == "list_actions" and owners(got) == expected, got


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("anything outstanding on me or jo forbes?", "Jo Forbes"),
        ("what's open for Helen Ellis and me", "Helen Ellis"),
        ("any actions due from me or tony oakman", "Tony Oakman"),
        ("anything still open with me and Su Vincent?", "Su Vincent"),
    ],
)
def test_the_writer_and_someone_else_asked_about(snapshot: Snapshot, text: str, other: str) -> None:
    got = parse(snapshot, text, "Sally Holmes")
    assert got["intent"] == "list_actions" and owners(got) == member("Sally Holmes", other), got


@pytest.mark.parametrize(
    "text", ["my list", "My list please", "my to do list?", "show my list", "anything due from me"]
)
def test_the_writers_list_asked_for_tersely(snapshot: Snapshot, text: str) -> None:
    got = parse(snapshot, text, "Sally Holmes")
    assert got["intent"] == "list_actions" and owners(got) == member("Sally Holmes"), got


@pytest.mark.parametrize(
    "text",
    [
        "can u log one for me pls - refresh the training offer, no date yet",
        "could you add an action for me please: update the website",
        "Jo and I will run the forum, could that go on as an action please?",
        "can we remove action 22 - no longer needed",
        "Can action 9 be withdrawn please? It no longer applies.",
    ],
)
def test_requests_to_record_or_change_are_not_lists(snapshot: Snapshot, text: str) -> None:
    assert parse(snapshot, text, "Sally Holmes")["intent"] != "list_actions"


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("what's the status of a 8?", "A-8"),
        ("whats the latest on a 14", "A-14"),
        ("where are we with a 3?", "A-3"),
        ("any progress on action 21?", "A-21"),
        ("how are we getting on with a 5?", "A-5"),
    ],
)
def test_one_action_asked_about_with_a_spaced_number(snapshot: Snapshot, text: str, ref: str) -> None:
    got = parse(snapshot, text, "Marie Hunter")
    assert (got["intent"], got["ref"]) == ("show_action", ref)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("what % of 175s are done", "S175"),
        ("how many 175s are back?", "S175"),
        ("how many 175 returns have come in", "S175"),
        ("s175 summary for the July board pls", "S175"),
        ("S11 figures for the panel please", "S11"),
        ("s11 position ahead of monday", "S11"),
    ],
)
def test_audit_questions_in_short(snapshot: Snapshot, text: str, kind: str) -> None:
    got = parse(snapshot, text, "Martine McFadden")
    assert got["intent"] == "audit_status" and got["audit"]["type"] == kind, got


@pytest.mark.parametrize(
    "text",
    [
        "when do we next meet?",
        "where does the board meet",
        "is there a board this month?",
        "who's chairing in july?",
        "Martine asked me to check when the july board is",
    ],
)
def test_meeting_questions_without_the_usual_words(snapshot: Snapshot, text: str) -> None:
    assert parse(snapshot, text, "Sally Holmes")["intent"] == "meeting_info"


@pytest.mark.parametrize(
    "text", ["anything late?", "what's running late", "which actions are running late?", "is anything late"]
)
def test_late_means_overdue(snapshot: Snapshot, text: str) -> None:
    got = snapshot.interpret(text, snapshot.person("Karen Palk"), SEED_NOW)
    assert got.intent.value == "list_actions" and got.overdue_only and not got.owners


@pytest.mark.parametrize("text", ["sorry I'm running late", "I'll be late tomorrow", "late start for me today"])
def test_running_late_is_not_a_list(snapshot: Snapshot, text: str) -> None:
    assert parse(snapshot, text, "Karen Palk")["intent"] != "list_actions"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("what is the ccg sitting on", [("agency", "Dudley CCG")]),
        ("what's Jo Forbes still sitting on?", member("Jo Forbes")),
        ("what are the police holding at the moment", [("agency", "West Midlands Police")]),
        ("what is Helen Ellis sitting on now", member("Helen Ellis")),
    ],
)
def test_what_someone_is_sitting_on(snapshot: Snapshot, text: str, expected: list[tuple[str, str]]) -> None:
    got = parse(snapshot, text, "Karen Palk")
    assert got["intent"] == "list_actions" and owners(got) == expected, got


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("how many schools have done their audit?", "S175"),
        ("which schools haven't returned their safeguarding audit yet", "S175"),
        ("Did cafcass ever send their s11", "S11"),
        ("did the police get their S11 in?", "S11"),
        ("Martine asked me to check how many S11s are in", "S11"),
        ("Su wants me to find out how the 175s are going", "S175"),
        ("progress on section 11s please", "S11"),
        ("update on the s175s?", "S175"),
    ],
)
def test_audit_questions_in_other_words(snapshot: Snapshot, text: str, kind: str) -> None:
    got = parse(snapshot, text, "Karen Palk")
    assert got["intent"] == "audit_status" and got["audit"]["type"] == kind, got


def test_schools_sent_audit_packs_is_no_audit_news(snapshot: Snapshot) -> None:
    assert parse(snapshot, "Schools have all been sent their audit packs", "Karen Palk")["intent"] == "none"


@pytest.mark.parametrize(
    "text",
    [
        "Hello, I'm new to the board - could someone explain how this works? Thanks",
        "sorry if this is a daft question but how do I let you know I've finished an action?",
        "not sure how to use this - any tips?",
        "no idea how to update an action, help!",
        "I was wondering how the bot works",
    ],
)
def test_how_it_works_asked_in_passing_is_help(snapshot: Snapshot, text: str) -> None:
    assert parse(snapshot, text, "Jayne Sargeant")["intent"] == "help"


def test_showing_someone_how_to_is_an_action_not_help(snapshot: Snapshot) -> None:
    assert parse(snapshot, "Jo to show new members how to update their actions by July", "Sally Holmes")["intent"] != (
        "help"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Can you remind me what I said I'd do at the last meeting?",
        "what did I sign up for at the last board?",
        "what did i agree to at the july board",
        "remind me what I volunteered for at the panel",
        "what have I promised to do?",
    ],
)
def test_the_writers_commitments_asked_about(snapshot: Snapshot, text: str) -> None:
    got = parse(snapshot, text, "Jayne Sargeant")
    assert got["intent"] == "list_actions" and owners(got) == member("Jayne Sargeant"), got


@pytest.mark.parametrize(
    "text",
    [
        "asking for Martine - what's overdue?",
        "on Martine's behalf, what's still open?",
        "Su's asking what is overdue",
        "quick q from Tony: anything outstanding?",
        "I've been asked by Su Vincent to check what's open",
        "checking on behalf of Jo Forbes: anything overdue?",
    ],
)
def test_the_one_a_question_is_asked_for_owns_nothing(snapshot: Snapshot, text: str) -> None:
    got = parse(snapshot, text, "Roger Clayton")
    assert got["intent"] == "list_actions" and got["owners"] == [] and got["ambiguous"] == [], got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("what's open across the board for the police", [("agency", "West Midlands Police")]),
        ("asking for Tony - what does the CCG have open?", [("agency", "Dudley CCG")]),
        ("can I see everything still open across the board for Jo Forbes", member("Jo Forbes")),
        ("on Su's behalf: what has Helen Ellis got outstanding?", member("Helen Ellis")),
    ],
)
def test_an_owner_named_with_a_board_wide_or_reported_ask(
    snapshot: Snapshot, text: str, expected: list[tuple[str, str]]
) -> None:
    got = parse(snapshot, text, "Roger Clayton")
    assert got["intent"] == "list_actions" and owners(got) == expected, got


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("Jo's asking when the july board is", "meeting_info"),
        ("Su is asking whether the S11s are in", "audit_status"),
        ("Helen was asking where the audit panel is", "meeting_info"),
        ("Tony has been asking how many 175s are back", "audit_status"),
    ],
)
def test_a_question_passed_on(snapshot: Snapshot, text: str, intent: str) -> None:
    assert parse(snapshot, text, "Roger Clayton")["intent"] == intent


@pytest.mark.parametrize(
    "text",
    [
        "I missed the meeting but Jo asked me to take on an action to update the leaflet, by end of June?",
        "at the board today we agreed an action for the police to review the protocol - can that go on?",
        "can you add an action from the july meeting for me, by the end of july?",
        "Tony said at the panel he'd give me an action to chase the figures, is that right?",
    ],
)
def test_an_action_being_set_at_a_meeting_is_not_a_meeting_question(snapshot: Snapshot, text: str) -> None:
    assert parse(snapshot, text, "Annette Callear")["intent"] != "meeting_info"


# everyday-8 to -10 round: questions -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "which commands do you recognise?",
        "what words does the bot understand",
        "What instructions will this assistant accept?",
        "what commands can i use",
        "so what keywords does this tool know?",
    ],
)
def test_the_commands_it_understands_asked_is_help(snapshot: Snapshot, text: str) -> None:
    assert parse(snapshot, text, "Merlin Joseph")["intent"] == "help"


@pytest.mark.parametrize(
    "text",
    [
        "Hi, I'm new. I wonder if you could tell me what you're able to help with?",
        "could you explain what you're here to help with please",
        "not sure what this thing's meant to do?",
        "I'd love to know what you're actually able to do",
    ],
)
def test_what_the_assistant_is_able_to_do_asked_is_help(snapshot: Snapshot, text: str) -> None:
    assert parse(snapshot, text, "Zala Ibrahim")["intent"] == "help"


@pytest.mark.parametrize(
    "text",
    [
        "could you book me a meeting room for the MASH team meeting on Tuesday?",
        "can someone order lunch for the workshop please",
        "pls can u sort parking for the july board?",
        "could you arrange a projector for the board on the 10th?",
        "Is it possible to reserve a bigger room for the September board?",
    ],
)
def test_a_service_asked_of_the_assistant_is_not_a_meeting_question(snapshot: Snapshot, text: str) -> None:
    assert parse(snapshot, text, "Tabetha Darman")["intent"] == "none"


@pytest.mark.parametrize(
    ("text", "meeting"),
    [
        ("who's given apologies for the 11th so far? want to know if we're quorate", "2015-09-11"),
        ("how many apols have we had for the july board?", "2015-07-10"),
        ("will we be quorate on the 10th?", "2015-07-10"),
        ("attendance list for the workshop pls", "2015-06-19"),
        ("who is on the invite list for the 18th", "2015-05-18"),
        ("whos coming on the 19th", "2015-06-19"),
        ("Who has sent in apologies for September?", "2015-09-11"),
        ("list of attendees for the 18th pls", "2015-05-18"),
    ],
)
def test_who_is_coming_to_a_meeting_named_by_its_day(snapshot: Snapshot, text: str, meeting: str) -> None:
    got = parse(snapshot, text, "Roger Clayton")
    assert (got["intent"], got["meeting"]) == ("meeting_info", meeting)


@pytest.mark.parametrize(
    ("text", "meeting"),
    [
        ("I wonder if you could send me the papers for the September board.", "2015-09-11"),
        ("Nothing has come through for the july meeting yet. Could I have the details?", "2015-07-10"),
        ("I couldn't make the March board - could you tell me what was decided?", "2015-03-13"),
        ("was the agenda for july ever circulated", "2015-07-10"),
        ("were the march minutes ever sent round", "2015-03-13"),
    ],
)
def test_a_meetings_papers_asked_for_or_about(snapshot: Snapshot, text: str, meeting: str) -> None:
    got = parse(snapshot, text, "Karen Palk")
    assert (got["intent"], got["meeting"]) == ("meeting_info", meeting)


@pytest.mark.parametrize(
    "text",
    ["who's on the list for the police", "whos coming", "I'll send the attendance figures to the board by July"],
)
def test_attendance_words_without_a_meeting_asked_are_no_meeting_question(snapshot: Snapshot, text: str) -> None:
    assert parse(snapshot, text, "Roger Clayton")["intent"] != "meeting_info"


@pytest.mark.parametrize(
    "text",
    [
        "my live items please",
        "can u show my open items",
        "show my pending tasks thx",
        "hi, could you list my remaining tasks",
        "my open ones?",
    ],
)
def test_the_writers_actions_called_ones_or_items(snapshot: Snapshot, text: str) -> None:
    got = parse(snapshot, text, "Helen Ellis")
    assert got["intent"] == "list_actions" and owners(got) == member("Helen Ellis")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("anything due for me this month", member("Kate McConnell")),
        ("anything on me for june", member("Kate McConnell")),
        ("anything needed from me this week", member("Kate McConnell")),
        ("anything due from me before half term", member("Kate McConnell")),
    ],
)
def test_a_list_asked_with_anything_and_no_question_mark(
    snapshot: Snapshot, text: str, expected: list[tuple[str, str]]
) -> None:
    got = parse(snapshot, text, "Kate McConnell")
    assert got["intent"] == "list_actions" and owners(got) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CDOP list pls", [("group", "CDOP")]),
        ("police ones please", [("agency", "West Midlands Police")]),
        ("Sally Holmes list pls", member("Sally Holmes")),
        ("the ccg list thanks", [("agency", "Dudley CCG")]),
        ("Jim Patel's actions?", [("unknown", "Jim Patel")]),
    ],
)
def test_one_owners_list_asked_in_a_few_words(snapshot: Snapshot, text: str, expected: list[tuple[str, str]]) -> None:
    got = parse(snapshot, text, "Martine McFadden")
    assert got["intent"] == "list_actions" and owners(got) == expected


@pytest.mark.parametrize("text", ["full list pls", "attendance list please", "new actions", "mailing list please"])
def test_a_few_words_naming_no_owner_name_nobody(snapshot: Snapshot, text: str) -> None:
    assert parse(snapshot, text, "Martine McFadden")["owners"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'd be grateful for a list of the actions assigned to QA & Comms, when you have a moment.", "QA & Comms"),
        ("I'd be grateful for a list of the actions owned by the WDG", "Workforce Development Group"),
        ("a list of the actions held by the SCR Sub group would be helpful, thanks", "SCR Sub"),
        ("Hello, please list all the open actions allocated to CDOP.", "CDOP"),
    ],
)
def test_the_actions_held_by_a_group_asked_for(snapshot: Snapshot, text: str, expected: str) -> None:
    got = parse(snapshot, text, "Roger Clayton")
    assert (got["intent"], [o["name"] for o in got["owners"]]) == ("list_actions", [expected])


@pytest.mark.parametrize(
    "text",
    [
        "Could you pull together all the open actions? I'd like to go through them with Martine on Monday.",
        "can you send me the overdue ones? need to discuss them with Sally Holmes tomorrow",
        "which ones are overdue? I'm seeing Sally Holmes later.",
        "please show me every open action. I am prepping for my catch-up with Richard",
    ],
)
def test_a_person_named_after_a_list_question_owns_nothing(snapshot: Snapshot, text: str) -> None:
    got = parse(snapshot, text, "Roger Clayton")
    assert (got["intent"], got["owners"]) == ("list_actions", [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Good morning. I'd like to check what's outstanding for West Midlands Police across the force, please.",
            [("agency", "West Midlands Police")],
        ),
        ("I'd like to know what's outstanding for the police across the force", [("agency", "West Midlands Police")]),
        ("I'd like to find out what's left for Nicola Campbell", member("Nicola Campbell")),
        ("I need to check what's left for CDOP", [("group", "CDOP")]),
    ],
)
def test_a_list_wanted_in_the_first_person_is_not_the_writers_action(
    snapshot: Snapshot, text: str, expected: list[tuple[str, str]]
) -> None:
    got = parse(snapshot, text, "Richard Fisher")
    assert got["intent"] == "list_actions" and owners(got) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "meeting"),
    [
        ("any apologies for the workshop yet?", "2015-06-19"),
        ("have there been many apols for the september board?", "2015-09-11"),
        ("any more apologies for the 10th?", "2015-07-10"),
        ("Who else has sent apologies for July?", "2015-07-10"),
    ],
)
def test_asking_about_apologies_sends_none(snapshot: Snapshot, text: str, meeting: str) -> None:
    """A question about who has sent apologies is about the meeting: the writer sends none (no owner at all)."""
    got = parse(snapshot, text, "Pam Smith")
    assert (got["intent"], got["owners"], got["meeting"]) == ("meeting_info", [], meeting)


@pytest.mark.parametrize("text", ["can I send my apologies for the 10th?", "could you send my apols for july?"])
def test_asking_to_send_ones_own_apologies_still_sends_them(snapshot: Snapshot, text: str) -> None:
    got = parse(snapshot, text, "Pam Smith")
    assert (got["intent"], got["owners"]) == ("apology", [{"kind": "member", "name": "Pam Smith"}])
