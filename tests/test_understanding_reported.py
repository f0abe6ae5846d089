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
        ("pls action housing to review the care leaver nominations by 3 July", ["DMBC – Housing"]),
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


def check_owners(found: dict[str, Any], names: list[str], due: str | None, ambiguous: list[str] | None) -> None:
    """The action, its owners, any one name asked about ("Karen": which one?) and its due date."""
    check(found, names, due)
    assert sorted(a["text"] for a in found["ambiguous"]) == sorted(ambiguous or []), found


# A statement of work, then a request to record it for someone the request names: the writer ("for me"), a
# member, agency or group, or people the statement named ("for her", "for both of them", "for the two of us").
@pytest.mark.parametrize(
    ("writer", "text", "names", "due", "ambiguous"),
    [
        ("Helen Ellis", "I'll draft the early help leaflet by 19 June. Could that be logged as an action for me "
         "please?", ["Helen Ellis"], "2015-06-19", None),
        ("Julie Winpenny", "Hiya, I promised Sally I'd send over the arson referral figures. Would you mind putting it "
         "down as an action for me, end of the month?", ["Julie Winpenny"], "2015-05-31", None),
        ("Martine McFadden", "Tony has kindly agreed to chair the neglect task group. Would it be possible to put that "
         "on as an action for him by the end of July?", ["Tony Oakman"], "2015-07-31", None),
        ("Kate McConnell", "Viv Townsend and I will look at the MAPPA referral data. Can you record that as a joint "
         "action for both of us, due 3 July?", ["Kate McConnell", "Viv Townsend"], "2015-07-03", None),
        ("Martine McFadden", "Remley Mann and Annette Callear have offered to map the college safeguarding leads. "
         "Would you mind noting that as an action for the two of them, by 12 June?",
         ["Annette Callear", "Remley Mann"], "2015-06-12", None),
        ("Roger Clayton", "The fire service are going to refresh the home safety leaflet. Could you add that as an "
         "action for West Midlands Fire Service please, end of June?", ["West Midlands Fire Service"], "2015-06-30",
         None),
        ("Su Vincent", "It would help if CDOP looked again at the safe sleeping leaflet. Please could you log it as an "
         "action for CDOP for the September board?", ["CDOP"], "2015-09-11", None),
        ("Mayada AbuAffan", "Our team is keen to host the self-harm workshop. Would you record that against the Office "
         "of Public Health, with a deadline of 28 August?", ["Office of Public Health"], "2015-08-28", None),
        ("Martine McFadden", "Morning. Karen said at the panel that she would gather the lay feedback. Can you put it "
         "on as an action for her by 26 June?", [], "2015-06-26", ["Karen"]),
        ("Tabetha Darman", "I'm going to check the CAMHS transition cases. Is it possible to record that as an action "
         "for me, due 8 July?", ["Tabetha Darman"], "2015-07-08", None),
    ],
)  # fmt: skip
def test_statement_then_recorded_as_an_action_for_someone(
    snapshot: Snapshot, writer: str, text: str, names: list[str], due: str, ambiguous: list[str] | None
) -> None:
    check_owners(parse(snapshot, text, writer), names, due, ambiguous)


@pytest.mark.parametrize(
    "text",
    [
        "Jo and Sally talked about the housing pathway. Could you log that as an action for her by Friday?",
        "Pam mentioned Zala's maternity audit. Would you put it down as an action for him, end of June?",
        "Has it been logged as an action for me?",
    ],
)
def test_an_unclear_pronoun_or_a_question_names_no_owner(snapshot: Snapshot, text: str) -> None:
    found = parse(snapshot, text, "Martine McFadden")
    assert found["intent"] != "record_action" or not found["owners"], found


# A request naming the owners and then the task: "could an action be noted for X to ...".
@pytest.mark.parametrize(
    ("writer", "text", "names", "due"),
    [
        ("Roger Clayton", "Could an action be logged for Merlin Joseph to update the MASH dashboard by 26 June?",
         ["Merlin Joseph"], "2015-06-26"),
        ("Jassi Broadmeadow", "Hi. I'd like an action noted for me to review the LADO figures before the July board.",
         ["Jassi Broadmeadow"], "2015-07-10"),
        ("Martine McFadden", "Please can an action be recorded against Jo Forbes to circulate the housing protocol, "
         "end of June", ["Jo Forbes"], "2015-06-30"),
        ("Karen Palk", "Could I ask that an action be added for Tabetha Darman to send the CAMHS waiting list data by "
         "5 June? Thank you", ["Tabetha Darman"], "2015-06-05"),
    ],
)  # fmt: skip
def test_an_action_asked_for_someone_to_do_something(
    snapshot: Snapshot, writer: str, text: str, names: list[str], due: str
) -> None:
    check(parse(snapshot, text, writer), names, due)


# A bare date ends the message but for thanks or "please": "..., close of play monday pls".
@pytest.mark.parametrize(
    ("writer", "text", "due"),
    [
        ("Jo Forbes", "put me down to review the hostel placements, close of play friday pls", "2015-05-22"),
        ("Su Vincent", "i will chase the GP safeguarding leads, 12 june please", "2015-06-12"),
        ("Richard Fisher", "me to update the missing from home figures - 3 july pls ta", "2015-07-03"),
        ("Helen Ellis", "can you add one for me to send the youth survey to schools, Tuesday 2 June please!",
         "2015-06-02"),
    ],
)  # fmt: skip
def test_a_date_ending_the_message_before_thanks(snapshot: Snapshot, writer: str, text: str, due: str) -> None:
    check(parse(snapshot, text, writer), [writer], due)


# A marker, the owners, then the task after a comma, colon or dash: "new action me + Sally, ...", "action CDOP: ...".
@pytest.mark.parametrize(
    ("writer", "text", "names", "due"),
    [
        ("Sally Holmes", "new action me + Richard, missing episodes deep dive, w/c 22 June", ["Richard Fisher",
         "Sally Holmes"], "2015-06-22"),
        ("Martine McFadden", "action - Tabetha and Pam, joint CAMHS transitions audit, end of august please",
         ["Pam Smith", "Tabetha Darman"], "2015-08-31"),
        ("Roger Clayton", "action SCR Sub: publish the learning brief, by 30 June", ["SCR Sub"], "2015-06-30"),
        ("Viv Townsend", "action me: MAPPA briefing for the heads forum asap", ["Viv Townsend"], None),
        ("Martine McFadden", "add: Helen Ellis & Mike Galikowski - youth justice board paper, due 14 aug",
         ["Helen Ellis", "Mike Galikowski"], "2015-08-14"),
        ("Roger Clayton", "another one: the police, refresh the CSE problem profile, end of july",
         ["West Midlands Police"], "2015-07-31"),
    ],
)  # fmt: skip
def test_marker_then_owners_then_task(
    snapshot: Snapshot, writer: str, text: str, names: list[str], due: str | None
) -> None:
    check(parse(snapshot, text, writer), names, due)


@pytest.mark.parametrize(
    "text",
    ["action plan: review the CSE strategy", "action tracker - can you send it round", "add: the minutes, end of june",
     "action point, thanks for this"],
)  # fmt: skip
def test_a_marker_before_no_owner_names_no_owner(snapshot: Snapshot, text: str) -> None:
    found = parse(snapshot, text, "Martine McFadden")
    assert found["intent"] != "record_action" or not found["owners"], found


# A group whose name holds "&", named with others: "QA & Comms and Remley Mann".
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("QA & Comms and Jo Forbes - housing section of the annual report by 26 june", ["Jo Forbes", "QA & Comms"]),
        ("Policy Procedures & Practice and Tony to refresh the threshold guidance by 31/7",
         ["Policy, Procedures & Practice", "Tony Oakman"]),
        ("Sally and QA & Comms - CSE awareness week comms plan, end of june", ["QA & Comms", "Sally Holmes"]),
        ("QA & Comms plus Annette Callear to write the early years bulletin by 10 july",
         ["Annette Callear", "QA & Comms"]),
    ],
)  # fmt: skip
def test_a_group_named_with_an_ampersand_among_owners(snapshot: Snapshot, text: str, names: list[str]) -> None:
    check(parse(snapshot, text, "Martine McFadden"), names)


# A first name written in full that is one member's ("Nicola") is theirs, though a short form ("Nicki") of it is
# another's; a short form, or names that sound alike ("Sue", "Su"), still ask.
@pytest.mark.parametrize(
    ("text", "names", "asked"),
    [
        ("Nicola to send the Cafcass practice note by 12 june", ["Nicola Campbell"], []),
        ("action for nicola: private law data for the board, end of july", ["Nicola Campbell"], []),
        ("can we log one for Nicola and Jo - joint briefing on private fostering by 3 july",
         ["Jo Forbes", "Nicola Campbell"], []),
        ("Nicola will share the section 7 figures with QA & Comms by 26/6", ["Nicola Campbell"], []),
        ("nicki to send the forum dates by 5 june", [], ["nicki"]),
        ("Nicky to chase the vol sector returns by friday", [], ["Nicky"]),
        ("Sue to send the commissioning notes by friday", [], ["Sue"]),
    ],
)  # fmt: skip
def test_a_full_first_name_over_a_short_form(snapshot: Snapshot, text: str, names: list[str], asked: list[str]) -> None:
    check_owners(parse(snapshot, text, "Martine McFadden"), names, None, asked)


# The writer's own word, then a short request to record it: "Could you add it?", "just pop it on for now?".
@pytest.mark.parametrize(
    ("writer", "text", "due"),
    [
        ("Tabetha Darman", "I've said I'll pull the CAMHS referral data together for the QA group. I can get it done "
         "by 12 June. Could you add it?", "2015-06-12"),
        ("Jayne Sargeant", "I promised I'd contact the faith groups about the safer recruitment leaflet - no fixed "
         "date yet, maybe just pop it on for now?", None),
        ("Mike Galikowski", "Following the YOS inspection, I'll take an action to refresh the out of court disposals "
         "guidance. Can you log it for the end of July please?", "2015-07-31"),
        ("Zala Ibrahim", "I'll look into the maternity referral backlog by 3 July - can u stick it on?", "2015-07-03"),
    ],
)  # fmt: skip
def test_own_word_then_a_short_request_to_record_it(snapshot: Snapshot, writer: str, text: str, due: str) -> None:
    check(parse(snapshot, text, writer), [writer], due)


@pytest.mark.parametrize(
    "text",
    ["I've finished the leaflet. Could you add it to the papers for July?", "could you put it in the minutes?",
     "The agenda is out. Can you stick it on the website?"],
)  # fmt: skip
def test_a_request_to_put_something_elsewhere_is_no_action(snapshot: Snapshot, text: str) -> None:
    found = parse(snapshot, text, "Marie Hunter")
    assert found["intent"] != "record_action" or not found["owners"], found


# A pasted or forwarded message: its "I" is its sender's, never the writer's; a request after it asks to record it.
@pytest.mark.parametrize(
    ("text", "names", "due", "ambiguous"),
    [
        ('Pasting from Tony\'s email: "Could we ask the SCR Sub to publish the learning brief by 26/6?" - can you add '
         "that", ["SCR Sub"], "2015-06-26", None),
        ("copied from an email from Jo Forbes: 'I'll chase the hostel placements by friday' - pls log it",
         ["Jo Forbes"], "2015-05-22", None),
        ("pasted from email: 'Dear Martine, as discussed Helen Ellis will refresh the youth offer by 3 July. Kind "
         "regards, Mike' - can you add", ["Helen Ellis"], "2015-07-03", None),
        ('Fwd from Sally Holmes: "I\'m going to pull the CSE figures together by 12 June"', ["Sally Holmes"],
         "2015-06-12", None),
        ("Fwd from Karen: 'I will chase the hostels by friday' - pls add", [], "2015-05-22", ["Karen"]),
        ("pasted from email: 'I will send the S11 figures by 5 June' - pls add", [], "2015-06-05", None),
    ],
)  # fmt: skip
def test_a_pasted_message_is_its_senders(
    snapshot: Snapshot, text: str, names: list[str], due: str, ambiguous: list[str] | None
) -> None:
    check_owners(parse(snapshot, text, "Martine McFadden"), names, due, ambiguous)


# An agency's statement, then "put us down for <date>?": the statement is the action, the date its due date.
@pytest.mark.parametrize(
    ("writer", "text", "names", "due"),
    [
        ("Julie Winpenny", "fire service will run a safety talk at the parents evening. put us down for end of june?",
         ["West Midlands Fire Service"], "2015-06-30"),
        ("Tabetha Darman", "BCPFT will share the CAMHS pathway with schools. put us down for end of july?", ["BCPFT"],
         "2015-07-31"),
        ("Viv Townsend", "National Probation Service to brief the heads on MAPPA. pencil us in for the september "
         "board?", ["National Probation Service"], "2015-09-11"),
        ("Richard Fisher", "Sally will pull the missing episodes data together - put me down for 26 June then?",
         ["Sally Holmes"], "2015-06-26"),
    ],
)  # fmt: skip
def test_statement_then_put_us_down_for_a_date(
    snapshot: Snapshot, writer: str, text: str, names: list[str], due: str
) -> None:
    check(parse(snapshot, text, writer), names, due)


# The writer wanting to add an action for themselves: "just wanted to add one for myself - to ...".
@pytest.mark.parametrize(
    ("writer", "text", "due"),
    [
        ("Annette Callear", "morning, just wanted to add one for myself - to ring the childminders about the audit. "
         "end of july is fine", "2015-07-31"),
        ("Marie Hunter", "I want to log one for me: remind heads about the S175 return by 19 june", "2015-06-19"),
        ("Remley Mann", "just wanted to log one for me - chase the college DSLs about the prevent training, 5 June is "
         "fine", "2015-06-05"),
        ("Karen Palk", "i would like to add one for me: to read the SCR draft before the july board", "2015-07-10"),
    ],
)  # fmt: skip
def test_wanting_to_add_one_for_myself(snapshot: Snapshot, writer: str, text: str, due: str) -> None:
    check(parse(snapshot, text, writer), [writer], due)


# The owner stated as the action's, whoever else is mentioned: "but the action is Sally's - ...", "The action is for
# Jo Forbes to ...".
@pytest.mark.parametrize(
    ("text", "names", "due"),
    [
        ("Dave Price from comms will design it but the action is Karen Jackson's - get the leaflet printed by 12 June",
         ["Karen Jackson"], "2015-06-12"),
        ("Sorry, typo earlier. The action is for Tony Oakman to review the MASH staffing, by 26 June.", ["Tony Oakman"],
         "2015-06-26"),
        ("Pat from the CCG is gathering the data, but this action is Su Vincent's: send it to QA & Comms by 3 july",
         ["Su Vincent"], "2015-07-03"),
        ("Just to be clear, the action is for the police to update the CSE profile by end of june",
         ["West Midlands Police"], "2015-06-30"),
    ],
)  # fmt: skip
def test_the_action_is_someones(snapshot: Snapshot, text: str, names: list[str], due: str) -> None:
    check(parse(snapshot, text, "Martine McFadden"), names, due)


@pytest.mark.parametrize("text", ["that action is Tony's, not mine", "the action is Jo's - not sure she knows"])
def test_saying_whose_an_action_is_without_a_task_is_no_action(snapshot: Snapshot, text: str) -> None:
    found = parse(snapshot, text, "Martine McFadden")
    assert found["intent"] != "record_action" or not found["owners"], found


# The writer's own task, then the date asked as a question: "Would close of play Monday be an acceptable deadline?".
@pytest.mark.parametrize(
    ("writer", "text", "due"),
    [
        ("Kate McConnell", "I would like to take an action to brief the CRC managers on the threshold document. Would "
         "12 June be an acceptable deadline?", "2015-06-12"),
        ("Viv Townsend", "I'll draft the MAPPA note for heads. Would 26 June be ok?", "2015-06-26"),
        ("Zala Ibrahim", "I will check the maternity referral figures. Would close of play Tuesday be a realistic "
         "date?", "2015-05-19"),
        ("Helen Ellis", "I'm going to write up the youth voice findings. Is end of July an ok deadline?", "2015-07-31"),
    ],
)  # fmt: skip
def test_own_task_then_the_date_asked(snapshot: Snapshot, writer: str, text: str, due: str) -> None:
    check(parse(snapshot, text, writer), [writer], due)


# Someone wanted for work: "i think we need Tony Oakman to bring a paper to the july board", "I'd like Sally to ...".
@pytest.mark.parametrize(
    ("text", "names", "due"),
    [
        ("given the capacity issues raised at the board i think we need Jo Forbes to bring a housing paper to the july "
         "board", ["Jo Forbes"], "2015-07-10"),
        ("I'd like Sally to pull together the CSE figures by friday", ["Sally Holmes"], "2015-05-22"),
        ("we will need Mike Galikowski to review the YOS data before the september board", ["Mike Galikowski"],
         "2015-09-11"),
        ("Thinking about the inspection, we really need the police to update the missing protocol by end of june",
         ["West Midlands Police"], "2015-06-30"),
    ],
)  # fmt: skip
def test_someone_needed_for_work(snapshot: Snapshot, text: str, names: list[str], due: str) -> None:
    check(parse(snapshot, text, "Roger Clayton"), names, due)


@pytest.mark.parametrize(
    "text", ["we need the minutes to be out sooner", "we'd like Jo to attend", "I would like to see my actions"]
)
def test_needing_something_else_is_no_action_for_anyone(snapshot: Snapshot, text: str) -> None:
    found = parse(snapshot, text, "Roger Clayton")
    assert found["intent"] != "record_action" or not found["owners"], found


# An agency whose roster name carries a qualifier in brackets is found without it ("Phase Trust (voluntary)").
@pytest.mark.parametrize(
    "text",
    ["phase trust to share the youth mentoring pathway by 30 june", "Phase Trust will run the faith groups session "
     "by 3 july", "action for phase trust: safer recruitment leaflet, end of june",
     "can u log one for Phase Trust - mentoring referral audit by 12 june"],
)  # fmt: skip
def test_an_agency_named_without_its_qualifier(snapshot: Snapshot, text: str) -> None:
    check(parse(snapshot, text, "Jayne Sargeant"), ["Phase Trust (voluntary)"])


# A look at the tracker is not the writer's task: "I'd like to check what's outstanding for the police".
@pytest.mark.parametrize(
    "text",
    ["Good morning. I'd like to check what's outstanding for West Midlands Police, please.",
     "I'll check what is still open for the fire service", "I'd like to go through all the open actions with Sally",
     "I'll check which actions are still open for the police"],
)  # fmt: skip
def test_a_look_at_the_tracker_is_not_the_writers_action(snapshot: Snapshot, text: str) -> None:
    found = parse(snapshot, text, "Richard Fisher")
    assert found["intent"] != "record_action", found


# A department named with a possessive, typed with or without its apostrophe: "children's safeguarding (DMBC)"; the
# department owns it, not the whole council.
@pytest.mark.parametrize(
    "text",
    ["action for children's safeguarding (DMBC) - revise the LADO leaflet asap",
     "childrens safeguarding to revise the LADO leaflet by 12 june",
     "Children’s Safeguarding will refresh the thresholds by end of june",
     "can u log one for childrens safeguarding - audit the CP plans by 3 july"],
)  # fmt: skip
def test_a_department_named_with_a_possessive(snapshot: Snapshot, text: str) -> None:
    check(parse(snapshot, text, "Jassi Broadmeadow"), ["DMBC – Children Safeguarding"])
