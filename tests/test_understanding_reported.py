"""Recording actions told in other words: reported, agreed, offered and passive commitments, requests to the
assistant, owners in brackets or named by agency, and note fragments. The variants are invented, not copied."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bot.understanding.snapshot import Snapshot
from tests.conftest import SEED_NOW, seed_snapshot

# SEED_NOW is Friday 15 May 2015; board meetings on 10 July and 11 September, a workshop on 19 June.


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    return seed_snapshot(tmp_path_factory.mktemp("reported"))


def parse(snapshot: Snapshot, text: str, writer: str | None = None, now: dt.datetime = SEED_NOW) -> dict[str, Any]:
    person = snapshot.person(writer) if writer else None
    return snapshot.interpret(text, person, now).as_json()


def owners(found: dict[str, Any]) -> list[str]:
    return sorted(o["name"] for o in found["owners"])


def check(found: dict[str, Any], names: list[str], due: str | None = None) -> None:
    assert found["intent"] == "record_action", found
    assert owners(found) == sorted(names), found
    if due is not None:
        assert found["due"] == due, found


@pytest.mark.parametrize(
    ("text", "names", "due"),
    [
        ("Catch up notes - it was agreed that Tony Oakman would draft the neglect strategy by 12 June", ["Tony Oakman"],
         "2015-06-12"),
        ("it has been decided that sally will refresh the missing children protocol, end of june", ["Sally Holmes"],
         "2015-06-30"),
        ("At the panel we agreed that Helen Ellis should scope the youth offer by the july board", ["Helen Ellis"],
         "2015-07-10"),
        ("It was confirmed that all members would return their S11s by 30/6", ["all members"], "2015-06-30"),
        ("It was agreed that Jassi would pull together the LADO figures within 3 weeks", ["Jassi Broadmeadow"],
         "2015-06-05"),
    ],
)  # fmt: skip
def test_agreed_that(snapshot: Snapshot, text: str, names: list[str], due: str) -> None:
    check(parse(snapshot, text, "Martine McFadden"), names, due)


@pytest.mark.parametrize(
    ("text", "names", "due"),
    [
        ("tony said hed chase the school nurses by friday", ["Tony Oakman"], "2015-05-22"),
        ("Zala Ibrahim said she would circulate the training figures by 5 June", ["Zala Ibrahim"], "2015-06-05"),
        ("Helen has promised that she'll send round the youth survey by end of june", ["Helen Ellis"], "2015-06-30"),
        ("Julie from the fire service said she'd look into the home visits data, asap", ["Julie Winpenny"], None),
        ("Merlin Joseph and I have agreed between us that we will jointly write the MASH review by 26/6",
         ["Merlin Joseph", "Roger Clayton"], "2015-06-26"),
    ],
)  # fmt: skip
def test_reported_speech(snapshot: Snapshot, text: str, names: list[str], due: str | None) -> None:
    check(parse(snapshot, text, "Roger Clayton"), names, due)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Anne Harris kindly offered to draft the adult safeguarding paragraph, by end of june", ["Anne Harris"]),
        ("jassi has volunteered to chair the neglect task and finish group", ["Jassi Broadmeadow"]),
        ("Tabetha Darman very kindly offered to sit in on the audit panel", ["Tabetha Darman"]),
        ("Richard promised to get the CSE figures to me by 1 June", ["Richard Fisher"]),
        ("Merlin undertook to review the MASH terms of reference before the july board", ["Merlin Joseph"]),
    ],
)
def test_offered_to(snapshot: Snapshot, text: str, names: list[str]) -> None:
    check(parse(snapshot, text, "Martine McFadden"), names)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Hi all, just so it's on the tracker, I have said I would look at the CP conference figures by 12 June",
         "2015-06-12"),
        ("Morning. I promised Martine last week that I'd write up the neglect pilot. end of june is realistic",
         "2015-06-30"),
        ("I told the chair I would pull the LADO data together, by 5/6 if possible", "2015-06-05"),
        ("Just to say I've volunteered to coordinate the audit returns, by the july board", "2015-07-10"),
        ("I have been asked to say that we, as the health sector, will review our S11 actions by 31 July",
         "2015-07-31"),
    ],
)  # fmt: skip
def test_own_commitment(snapshot: Snapshot, text: str, due: str) -> None:
    check(parse(snapshot, text, "Tabetha Darman"), ["Tabetha Darman"], due)


@pytest.mark.parametrize(
    ("text", "names", "due"),
    [
        ("It has been agreed that the neglect strategy will be presented by Tony Oakman at the july board",
         ["Tony Oakman"], "2015-07-10"),
        ("It was agreed that the LADO report would be written by Jassi by 26 June", ["Jassi Broadmeadow"],
         "2015-06-26"),
        ("the CSE profile will be refreshed by Sally Holmes before the September board", ["Sally Holmes"],
         "2015-09-11"),
        ("We agreed that the audit summary is to be circulated by Martine, end of june", ["Martine McFadden"],
         "2015-06-30"),
    ],
)  # fmt: skip
def test_passive_by(snapshot: Snapshot, text: str, names: list[str], due: str) -> None:
    check(parse(snapshot, text, "Roger Clayton"), names, due)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("helen and jassi between them to sort the youth survey by 3 June", ["Helen Ellis", "Jassi Broadmeadow"]),
        ("Tony and Merlin together to review the early help offer by end of june", ["Merlin Joseph", "Tony Oakman"]),
        ("Anne Harris and Pam Smith between themselves to agree the transitions protocol",
         ["Anne Harris", "Pam Smith"]),
        ("julie and richard between them to map the arson referrals", ["Julie Winpenny", "Richard Fisher"]),
    ],
)  # fmt: skip
def test_between_them(snapshot: Snapshot, text: str, names: list[str]) -> None:
    check(parse(snapshot, text, "Martine McFadden"), names)


@pytest.mark.parametrize(
    ("text", "writer", "names"),
    [
        ("action on the fire service rep (that's me) - review the home visits leaflet", "Julie Winpenny",
         ["Julie Winpenny"]),
        ("could someone log an action for early years (just me!) to survey nurseries by 26/6", "Annette Callear",
         ["Annette Callear"]),
        ("pls add: the fire service (me) and the police to plan the arson week by end of july", "Julie Winpenny",
         ["Julie Winpenny", "West Midlands Police"]),
        ("log: the CCG and probation (CRC) to agree the health checks pathway by 3 July", "Martine McFadden",
         ["Dudley CCG", "Probation – CRC"]),
        ("DCVS (thats me) to map the faith groups, end of june", "Nicki Burrows", ["Nicki Burrows"]),
    ],
)  # fmt: skip
def test_owners_in_brackets(snapshot: Snapshot, text: str, writer: str, names: list[str]) -> None:
    check(parse(snapshot, text, writer), names)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("someone from the police and the fire service to review the arson data by 3 June",
         ["West Midlands Fire Service", "West Midlands Police"]),
        ("quick one - someone from Cafcass to send the court figures, asap", ["Cafcass"]),
        ("a rep from the CCG and Dudley Group to agree the LAC health checks by end of june",
         ["Dudley CCG", "Dudley Group NHS Foundation Trust"]),
        ("somebody from DCVS to share the voluntary sector survey by 19/6", ["DCVS"]),
    ],
)  # fmt: skip
def test_someone_from_agencies(snapshot: Snapshot, text: str, names: list[str]) -> None:
    check(parse(snapshot, text, "Martine McFadden"), names)


@pytest.mark.parametrize(
    "text",
    [
        "can you add one for the two Karens to review the lay induction, end of june",
        "both Karens to look at the public health leaflet by 5 June",
        "pls log: the 2 Karens to draft the lay member role description",
        "Could the two Karens pick up the participation survey by the july board",
    ],
)
def test_namesakes(snapshot: Snapshot, text: str) -> None:
    check(parse(snapshot, text, "Martine McFadden"), ["Karen Jackson", "Karen Palk"])


@pytest.mark.parametrize(
    "text",
    [
        "Dr Patel to write up the FGM audit by 26 June",
        "Can we have Dr Patel from the CCG draft the FGM note before the july board",
        "Dr Patel from Dudley Group to share the FGM figures, end of june",
        "could we get Dr Patel to review the FGM pathway by 3 July",
    ],
)
def test_titled_stranger(snapshot: Snapshot, text: str) -> None:
    found = parse(snapshot, text, "Roger Clayton")
    assert found["intent"] == "record_action", found
    assert [(o["kind"], o["name"]) for o in found["owners"]] == [("unknown", "Dr Patel")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Can we action Cafcass to share the court timeliness data by end of june", ["Cafcass"]),
        ("Morning! could we action the police to send the missing episodes, asap", ["West Midlands Police"]),
        ("pls action housing to review the care leaver nominations by 3 July", ["DMBC"]),
        ("Hi. Can you action Tony Oakman with pulling the early help figures together by 12/6", ["Tony Oakman"]),
    ],
)
def test_action_as_a_verb(snapshot: Snapshot, text: str, names: list[str]) -> None:
    check(parse(snapshot, text, "Martine McFadden"), names)


@pytest.mark.parametrize(
    ("text", "names", "due"),
    [
        ("could we have merlin check the MASH timeliness before the july board", ["Merlin Joseph"], "2015-07-10"),
        ("Can we get Anne Harris to review the transitions cases by 12/6", ["Anne Harris"], "2015-06-12"),
        ("can we have julie look at the home fire visits", ["Julie Winpenny"], None),
        ("could you ask Jassi to draft the LADO summary by end of june", ["Jassi Broadmeadow"], "2015-06-30"),
        ("Thanks to Pam Smith for the slides. Following on, could Tabetha update the CAMHS pathway, say by 5 June",
         ["Tabetha Darman"], "2015-06-05"),
    ],
)  # fmt: skip
def test_have_someone_do(snapshot: Snapshot, text: str, names: list[str], due: str | None) -> None:
    check(parse(snapshot, text, "Roger Clayton"), names, due)


@pytest.mark.parametrize(
    "text",
    [
        "can you add me an action to refresh the neglect toolkit by 3 July",
        "pls give me a new action to chase the GP returns, asap",
        "could you set me an action re the CP conference audit by end of june",
        "add me another one to look at the LADO data pls",
    ],
)
def test_me_an_action(snapshot: Snapshot, text: str) -> None:
    check(parse(snapshot, text, "Anne Harris"), ["Anne Harris"])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("could we get a note on the tracker for Merlin to chase the MASH audit, by 26/06", ["Merlin Joseph"]),
        ("can you put a reminder on the list for Pam to send the midwifery data by 5 June", ["Pam Smith"]),
        ("Could we add an entry for Julie Winpenny to review the arson leaflet, end of june", ["Julie Winpenny"]),
        ("can we get a note down for jassi to update the LADO policy by 3 July", ["Jassi Broadmeadow"]),
    ],
)
def test_note_on_the_tracker(snapshot: Snapshot, text: str, names: list[str]) -> None:
    check(parse(snapshot, text, "Martine McFadden"), names)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Action for the police: Richard to draft the CSE profile, with Sally, by 17 July",
         ["Richard Fisher", "Sally Holmes"]),
        ("Action for housing - Jo Forbes to review the nominations by end of june", ["Jo Forbes"]),
        ("action for public health: Karen Jackson to refresh the obesity data by 26/6", ["Karen Jackson"]),
        ("Action for the CCG: Su Vincent to share the GP returns by 3 July", ["Su Vincent"]),
    ],
)  # fmt: skip
def test_members_named_in_an_agency_action(snapshot: Snapshot, text: str, names: list[str]) -> None:
    check(parse(snapshot, text, "Roger Clayton"), names)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Tony Oakman to draft the early help paper. I think the 19th June workshop would be a sensible target",
         "2015-06-19"),
        ("Sally to refresh the CSE profile. The September board seems realistic", "2015-09-11"),
        ("Jassi to send the LADO report; could we put the 26th June please", "2015-06-26"),
        ("Merlin to look at the MASH figures, let's say 3 July, cheers", "2015-07-03"),
    ],
)  # fmt: skip
def test_deadline_judged_or_proposed(snapshot: Snapshot, text: str, due: str) -> None:
    assert parse(snapshot, text, "Roger Clayton")["due"] == due


@pytest.mark.parametrize(
    ("text", "writer", "names", "due"),
    [
        ("lado annual report. me and jassi. 2 wks", "Anne Harris", ["Anne Harris", "Jassi Broadmeadow"], "2015-05-29"),
        ("neglect toolkit refresh. tony + merlin. end of june", "Roger Clayton", ["Merlin Joseph", "Tony Oakman"],
         "2015-06-30"),
        ("new one. police - missing episodes return review. by 3 July", "Sally Holmes", ["West Midlands Police"],
         "2015-07-03"),
        ("new item. cafcass - court delay figures. end of july", "Martine McFadden", ["Cafcass"], "2015-07-31"),
    ],
)  # fmt: skip
def test_note_fragments(snapshot: Snapshot, text: str, writer: str, names: list[str], due: str) -> None:
    check(parse(snapshot, text, writer), names, due)


@pytest.mark.parametrize(
    "text",
    [
        "Sally said she'd be late to the board",
        "Roger said he'd like to thank everyone for coming",
        "it was agreed that the minutes were accurate",
        "It was agreed that Tony would come instead",
        "could we have Sally attend instead",
        "can we get an update from Sally by Friday",
        "could we have Sally's report before the july board",
        "thanks all. see you in 2 weeks",
        "Great meeting. Thanks Sally. 10 July",
        "I said I would be there",
    ],
)
def test_not_an_action(snapshot: Snapshot, text: str) -> None:
    found = parse(snapshot, text, "Marie Hunter")
    assert found["intent"] != "record_action" or not found["owners"], found


@pytest.mark.parametrize(
    ("text", "writer", "names", "due"),
    [
        ("it was agreed at the panel that jassi will refresh the LADO leaflet, september board", "Roger Clayton",
         ["Jassi Broadmeadow"], "2015-09-11"),
        ("Just flagging that I have agreed to review the DoLS figures by the july board", "Anne Harris",
         ["Anne Harris"], "2015-07-10"),
        ("Pam kindly agreed to find out the midwifery numbers", "Roger Clayton", ["Pam Smith"], None),
        ("pls add an action for Helen and Jassi between them to map the youth offer, 2 wks", "Roger Clayton",
         ["Helen Ellis", "Jassi Broadmeadow"], "2015-05-29"),
        ("can you put me down for an action to ring the GP practices", "Anne Harris", ["Anne Harris"], None),
    ],
)  # fmt: skip
def test_more_wordings(snapshot: Snapshot, text: str, writer: str, names: list[str], due: str | None) -> None:
    found = parse(snapshot, text, writer)
    check(found, names, due)
    assert not found["task"].lower().startswith("an action"), found


@pytest.mark.parametrize(
    "text",
    ["I agreed to the minutes", "Sally has agreed to a review of the CSE data", "we agreed that the minutes were fine",
     "Tony said he'd rather wait for the july board"],
)  # fmt: skip
def test_agreement_without_work(snapshot: Snapshot, text: str) -> None:
    assert parse(snapshot, text, "Anne Harris")["intent"] != "record_action"


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Sally - pls log one for me: chase the school nurses about the LADO training. next friday.", "2015-05-22"),
        ("Hi Sally, can you add one for me - review the neglect toolkit by end of june", "2015-06-30"),
        ("sally, could u log an action for me: ring the GP practices, 5 June", "2015-06-05"),
        ("@Sally please record one against me - draft the private fostering leaflet, end of july", "2015-07-31"),
        ("Sally: pls add one for me, to map the youth offer by 12/6", "2015-06-12"),
    ],
)  # fmt: skip
def test_person_spoken_to_is_not_the_owner(snapshot: Snapshot, text: str, due: str) -> None:
    check(parse(snapshot, text, "Tony Oakman"), ["Tony Oakman"], due)


@pytest.mark.parametrize(
    "text",
    ["Sally - I shall write to the head teachers myself about the audit. Aim for 1 June.",
     "Martine - we'll pull the CSE figures together, end of june",
     "Helen - thanks, I will send the slides round by friday",
     "Richard - just to say I'll draft the arson leaflet, end of june"],
)  # fmt: skip
def test_a_name_before_a_dash_and_a_sentence_is_spoken_to(snapshot: Snapshot, text: str) -> None:
    found = parse(snapshot, text, "Tony Oakman")
    assert {o["name"] for o in found["owners"]} <= {"Tony Oakman"}, found


@pytest.mark.parametrize(
    ("text", "written", "member"),
    [
        ("Rachel Doyle to update the board on the H&WB strategy by end of june", "Rachel Doyle", "Rachael Doyle"),
        ("Nikki Burrows to chase the voluntary sector returns, 12 June", "Nikki Burrows", "Nicki Burrows"),
        ("nicky burrows to send round the forum notes by friday", "nicky burrows", "Nicki Burrows"),
        ("Jane Sargeant to draft the young carers leaflet before the july board", "Jane Sargeant", "Jayne Sargeant"),
        ("Tabitha Darman to circulate the training figures by 5/6", "Tabitha Darman", "Tabetha Darman"),
    ],
)  # fmt: skip
def test_a_first_name_spelt_another_way_is_asked_about(
    snapshot: Snapshot, text: str, written: str, member: str
) -> None:
    found = parse(snapshot, text, "Martine McFadden")
    assert found["intent"] == "record_action", found
    assert found["owners"] == [{"kind": "unknown", "name": written, "suggestions": [member]}], found


@pytest.mark.parametrize(
    ("text", "member"),
    [
        ("Michael Galikowski to send the YOS dashboard by friday", "Mike Galikowski"),
        ("mike g to send the YOS dashboard by friday", "Mike Galikowski"),
        ("Anthony Oakman to draft the MASH paper by friday", "Tony Oakman"),
        ("tony o to draft the MASH paper by friday", "Tony Oakman"),
        ("sue v to chase the CCG by friday", "Su Vincent"),
        ("Sue Vincent to chase the CCG by friday", "Su Vincent"),
        ("Nicky Campbell to circulate the Cafcass note by friday", "Nicola Campbell"),
    ],
)  # fmt: skip
def test_short_forms_still_match(snapshot: Snapshot, text: str, member: str) -> None:
    check(parse(snapshot, text, "Martine McFadden"), [member])


@pytest.mark.parametrize(
    "text",
    ["action for the vulnerable childrens strategic group - review the private fostering data",
     "vulnerable childrens strategic group to look at the fostering figures by end of july",
     "action for vulnerable childrens strategic group: map the fostering notifications",
     "Action for the Vulnerable Childrens Strategic Group - check the fostering leaflet, no deadline"],
)  # fmt: skip
def test_group_possessive_typed_without_apostrophe(snapshot: Snapshot, text: str) -> None:
    check(parse(snapshot, text, "Karen Palk"), ["Vulnerable Children's Strategic Group"])


@pytest.mark.parametrize(
    ("text", "names", "due"),
    [
        ("action for me from the panel: refresh the neglect toolkit by end of july", ["Pam Smith"], "2015-07-31"),
        ("action for Richard after todays meeting - chase the arson data by friday", ["Richard Fisher"],
         "2015-05-22"),
        ("action for me and Helen Ellis re the youth survey, end of june", ["Helen Ellis", "Pam Smith"],
         "2015-06-30"),
        ("action on sally and me regarding the CSE profile refresh, by 30 june", ["Pam Smith", "Sally Holmes"],
         "2015-06-30"),
        ("can u log one for me pls. neglect pilot evaluation with the CCG, end of july", ["Pam Smith"],
         "2015-07-31"),
    ],
)  # fmt: skip
def test_action_for_owners_then_occasion_or_topic(snapshot: Snapshot, text: str, names: list[str], due: str) -> None:
    check(parse(snapshot, text, "Pam Smith"), names, due)


@pytest.mark.parametrize(
    ("text", "names", "due"),
    [
        ("LADO figures refresh - me, end of june", ["Su Vincent"], "2015-06-30"),
        ("CAMHS tier 4 paper to board - me - before the july board", ["Su Vincent"], "2015-07-10"),
        ("Action Helen Ellis - youth offer mapping, in 3 wks", ["Helen Ellis"], "2015-06-05"),
        ("neglect toolkit launch – sally + me – by 26 june", ["Sally Holmes", "Su Vincent"], "2015-06-26"),
        ("private fostering leaflet - Richard Fisher, end of july", ["Richard Fisher"], "2015-07-31"),
    ],
)  # fmt: skip
def test_dashed_notes(snapshot: Snapshot, text: str, names: list[str], due: str) -> None:
    check(parse(snapshot, text, "Su Vincent"), names, due)


@pytest.mark.parametrize(
    ("text", "names", "due"),
    [
        ("Jo Forbes said at the meeting she would send the B&B numbers by the end of the month", ["Jo Forbes"],
         "2015-05-31"),
        ("helen said in the panel that she'd draft the youth survey, end of june", ["Helen Ellis"], "2015-06-30"),
        ("Tony said after the board he would chase the GP leads by friday", ["Tony Oakman"], "2015-05-22"),
        ("Richard mentioned at yesterday's meeting, that he will map the arson referrals by 12/6",
         ["Richard Fisher"], "2015-06-12"),
    ],
)  # fmt: skip
def test_said_at_a_meeting(snapshot: Snapshot, text: str, names: list[str], due: str) -> None:
    check(parse(snapshot, text, "Karen Palk"), names, due)


@pytest.mark.parametrize(
    ("text", "names", "due"),
    [
        ("Helen Ellis and I will run the youth voice session on 18th June, could that go on as an action please?",
         ["Helen Ellis", "Karen Palk"], "2015-06-18"),
        ("hiya, sally and i said we'd do the CSE briefing for schools. friday 26th june?",
         ["Karen Palk", "Sally Holmes"], "2015-06-26"),
        ("Tony will draft the MASH paper by end of june - can you log that as an action?", ["Tony Oakman"],
         "2015-06-30"),
        ("I will chase the GP returns by 12 June, can that be added to the tracker?", ["Karen Palk"], "2015-06-12"),
        ("I would be grateful if you could record that I will send the audit summary to Martine by 5 June.",
         ["Karen Palk"], "2015-06-05"),
    ],
)  # fmt: skip
def test_statement_with_a_request_to_record_it(snapshot: Snapshot, text: str, names: list[str], due: str) -> None:
    found = parse(snapshot, text, "Karen Palk")
    check(found, names, due)
    assert "action" not in found["task"].lower() and "tracker" not in found["task"].lower(), found


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Hiya, DCVS will be running the faith groups survey and I'm leading it, so put me down for that, 26th June",
         "2015-06-26"),
        ("the police are refreshing the missing protocol - could you add me as doing it? end of june", "2015-06-30"),
        ("Early help audit of the YOS cases, mark me as the lead on this please, by 12/6", "2015-06-12"),
        ("the CCG want a CAMHS dashboard and I've said yes, so pop me down for it. by the july board", "2015-07-10"),
    ],
)  # fmt: skip
def test_me_for_what_came_before(snapshot: Snapshot, text: str, due: str) -> None:
    check(parse(snapshot, text, "Jayne Sargeant"), ["Jayne Sargeant"], due)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Helen Ellis to present the youth offer at the 19 June workshop", "2015-06-19"),
        ("Sally Holmes to bring the CSE profile to the 10 July board", "2015-07-10"),
        ("Tony Oakman to report back on the MASH at the 19th June workshop", "2015-06-19"),
        ("Richard Fisher to feed back the arson figures at the 11 September board", "2015-09-11"),
    ],
)  # fmt: skip
def test_work_delivered_at_a_dated_meeting(snapshot: Snapshot, text: str, due: str) -> None:
    check(parse(snapshot, text, "Martine McFadden"), [text.split(" to ")[0]], due)


@pytest.mark.parametrize(
    "text",
    ["Helen Ellis to send the schools the CAMHS referral route, she agreed at the workshop last month",
     "Sally Holmes to share the missing children data, as discussed at the panel",
     "Tony Oakman to draft the MASH options note - he offered at the workshop last week",
     "Richard Fisher to circulate the arson leaflet, we decided in the panel earlier"],
)  # fmt: skip
def test_a_past_meeting_is_no_deadline(snapshot: Snapshot, text: str) -> None:
    found = parse(snapshot, text, "Martine McFadden")
    check(found, [text.split(" to ")[0]])
    assert found["due"] is None, found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Sally Holmes kindly offered to help me put together the CSE section of the annual report, end of july",
         ["Karen Palk", "Sally Holmes"]),
        ("Richard has volunteered to help me pull together the arson figures by 12 June",
         ["Karen Palk", "Richard Fisher"]),
        ("Tony very kindly offered to help me with the MASH options note", ["Karen Palk", "Tony Oakman"]),
        ("I wonder if someone could note that Helen Ellis offered to run a youth voice session for members?",
         ["Helen Ellis"]),
        ("could u note that julie from the fire service offered to do the home safety talk, end of june",
         ["Julie Winpenny"]),
    ],
)  # fmt: skip
def test_offers_of_help_and_notes_of_offers(snapshot: Snapshot, text: str, names: list[str]) -> None:
    check(parse(snapshot, text, "Karen Palk"), names)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("I was wondering whether the Vulnerable Childrens Strategic Group could pick up the fostering leaflet?",
         ["Vulnerable Children's Strategic Group"]),
        ("I wonder if Sally could look at the missing episodes data by end of june?", ["Sally Holmes"]),
        ("just wondering whether the police could review the CSE protocol", ["West Midlands Police"]),
        ("Hi, I wondered if Helen Ellis might pull together the youth voice findings?", ["Helen Ellis"]),
    ],
)  # fmt: skip
def test_wondering_whether_someone_could(snapshot: Snapshot, text: str, names: list[str]) -> None:
    check(parse(snapshot, text, "Nicki Burrows"), names)


@pytest.mark.parametrize(
    "text",
    ["I was wondering if I could be there?", "I wonder whether we could have the minutes earlier?",
     "wondering if anyone could tell me where the meeting is", "I wondered if Sally could be there too?"],
)  # fmt: skip
def test_wondering_without_work_is_no_action(snapshot: Snapshot, text: str) -> None:
    found = parse(snapshot, text, "Nicki Burrows")
    assert found["intent"] != "record_action" or not found["owners"], found


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Roger has asked me to pull together the neglect audit findings by friday", "2015-05-22"),
        ("Hello, Martine has asked me to take on an action to share the early years checklist with the WDG. "
         "I'm happy to do that, could it be by the end of June please?", "2015-06-30"),
        ("I've been asked to draft the private fostering leaflet, end of june", "2015-06-30"),
        ("the chair had asked me to map the early help referrals. can we say 12 June?", "2015-06-12"),
    ],
)  # fmt: skip
def test_asked_to_take_something_on(snapshot: Snapshot, text: str, due: str) -> None:
    check(parse(snapshot, text, "Annette Callear"), ["Annette Callear"], due)


@pytest.mark.parametrize(
    "text",
    ["tony has asked me to send his apologies", "I have been asked to pass on Sally's thanks to everyone",
     "Roger has asked me to let you know the venue has changed", "I've been asked to say the minutes are out"],
)  # fmt: skip
def test_asked_to_pass_something_on_is_no_action(snapshot: Snapshot, text: str) -> None:
    assert parse(snapshot, text, "Annette Callear")["intent"] != "record_action"


@pytest.mark.parametrize(
    "text",
    ["Su has asked me to find out what's still outstanding", "Roger has asked me to check which actions are overdue",
     "I've been asked to see what is still open on the tracker", "Martine had asked me to find out what's due"],
)  # fmt: skip
def test_asked_to_find_out_about_the_tracker_is_no_action(snapshot: Snapshot, text: str) -> None:
    assert parse(snapshot, text, "Annette Callear")["intent"] != "record_action"
