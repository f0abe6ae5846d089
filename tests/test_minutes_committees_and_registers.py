"""Committee resolutions, registers and wrapped lists as other boards write them, read with no roster: clauses
numbered inside one resolution, posts asked to act, registers with the initials first and a column per list,
minute-table cells numbered "1) …; 2) …", rows carried forward, a present list wrapped as one paragraph. Each
class in invented forms."""

from __future__ import annotations

from bot.minutes.files import minutes_text
from bot.minutes.reader import Minutes, parse_minutes
from tests.minutes_reading import EMPTY, names, owners
from tests.minutes_samples.render import render

HEAD = "Fernley Safeguarding Adults Board\nMINUTES of a meeting held on Tuesday 17 July 2018 at 2.00 pm\n\n"
NEXT = "\nDate of next meeting: 16 October 2018\n"


def read(text: str) -> Minutes:
    return parse_minutes(HEAD + text + NEXT, EMPTY)


COMMITTEE = (
    "PRESENT:\n\nMs A Vale (Independent Chair)\nCouncillors Hugh Marsh and Nina Coll\n\n"
    "Partner members:\nMr T Ash (Head of Safeguarding and Quality, Adult Social Care)\n"
    "Ms R Penn (Designated Nurse, Fernley Integrated Care Board)\n"
    "Mr O Price (Station Manager, Fernley Fire and Rescue Service)\n"
    "Mrs K Hart (North Fernley Primary Care Trust)\nDI S Lowe (Fernley Police)\n\n"
    "ALSO IN ATTENDANCE:\n\nMr L Fox (Board Manager)\n\n"
)


def test_clauses_of_one_resolution_give_each_post_its_task_and_nothing_for_what_is_noted() -> None:
    minutes = read(
        COMMITTEE + "20. MINUTES\n\nRESOLVED – That the Minutes of the meeting of the Board held on 15 May 2018 be "
        "confirmed as a correct record.\n\n21. PERFORMANCE REPORT\n\nThe Board Manager presented the report.\n\n"
        "RESOLVED – That (1) the report be noted; and (2) the Head of Safeguarding and Quality arrange a audit of "
        "repeat concerns by 30 September 2018.\n\n22. PROVIDER CONCERNS\n\n"
        "RESOLVED – That (1) the revised procedure be approved; and\n"
        "(2) the North Fernley Primary Care Trust and Police representatives provide referral data for the next "
        "meeting.\n\n23. FIRE SAFETY\n\nRESOLVED – (1) That the presentation be noted.\n"
        "(2) That the Station Manager, Fernley Fire and Rescue Service, be requested to include scams advice in home "
        "safety visits.\n(3) That the Designated Nurse, Fernley Integrated Care Board, report on training to the "
        "meeting of the Board in March 2019.\n\n24. ANY OTHER BUSINESS\n\n"
        "(a) The Chair advised that this was Mr Ash's last meeting.\n"
    )
    assert names(minutes.attendees) == ["A Vale", "Hugh Marsh", "Nina Coll", "T Ash", "R Penn", "O Price", "K Hart",
                                        "S Lowe"]  # fmt: skip
    assert owners(minutes) == {
        "The Head of Safeguarding and Quality to arrange a audit of repeat concerns by 30 September 2018": (
            ["T Ash"], "2018-09-30"),
        "The North Fernley Primary Care Trust and Police representatives to provide referral data for the next "
        "meeting": (["North Fernley Primary Care Trust", "Fernley Police"], "2018-10-16"),
        "The Station Manager, Fernley Fire and Rescue Service to include scams advice in home safety visits": (
            ["O Price"], None),
        "The Designated Nurse, Fernley Integrated Care Board to report on training to the meeting of the Board in "
        "March 2019": (["R Penn"], "2019-03-31"),
    }  # fmt: skip


def test_a_register_with_the_initials_first_and_a_column_of_ticks_per_list() -> None:
    minutes = read(
        "Attendance Register\n\nP = present   A = apologies   DNA = did not attend\n\n"
        "Initials\tName\tDesignation / Agency\tP\tA\tDNA\n"
        "AV\tAnn Vale\tIndependent Chair\tX\t\t\n"
        "IC\tDCI Ian Clare\tPublic Protection, Fernley Police\t\tX; (rep. by AC)\t\n"
        "AC\tDI Amy Cole\tFernley Police – for DCI Clare\tX\t\t\n"
        "KH\tKay Hart\tFernley Homes\t\tX\t\n"
        "SR\tSam Reed\tFaith sector\t\t\tX\n"
        "\tIN ATTENDANCE\t\t\t\t\n"
        "LF\tLyn Fox\tBoard Manager\tX\t\t\n\n"
        "Item\tDiscussion\tAction\tLead\tDate\n"
        "1.\tWelcome; AV welcomed members.\t\t\t\n"
        "2.\tAudit; the audit was discussed.\tAudit returns to LF\tAC\t30.09.18\n"
    )
    assert names(minutes.attendees) == ["Ann Vale", "Amy Cole"]
    assert {p.name: p.representative for p in minutes.apologies} == {"Ian Clare": "Amy Cole", "Kay Hart": None}
    assert names(minutes.absent) == ["Sam Reed"]
    assert names(minutes.in_attendance) == ["Lyn Fox"]
    assert {p.name: p.initials for p in minutes.attendees} == {"Ann Vale": "AV", "Amy Cole": "AC"}
    assert owners(minutes) == {"Audit returns to LF": (["Amy Cole"], "2018-09-30")}


def test_a_register_headed_by_the_meetings_day_and_month_with_a_deputy_named_by_initials() -> None:
    minutes = read(
        "Attendance register\n\n"
        "Name\tInit.\tAgency / Role\t15/05\t17/07\n"
        "Ann Vale (Chair)\tAV\tIndependent Chair\tP\tP\n"
        "Kim Lewis\tKLe\tNamed Nurse, Fernley Trust\tP\tA\n"
        "Kath Lees\tKL\tNamed Nurse (Community), Fernley Trust – attending for KLe\tA\tP\n"
        "Tom Ash\tTA\tFernley Council\tP\tDNA\n\n"
        "1. Welcome\nAV welcomed members.\n"
    )
    assert names(minutes.attendees) == ["Ann Vale", "Kath Lees"]
    assert {p.name: (p.initials, p.representative) for p in minutes.apologies} == {"Kim Lewis": ("KLe", "Kath Lees")}
    assert names(minutes.absent) == ["Tom Ash"]


def test_a_minute_tables_cells_numbered_with_their_leads_and_dates_numbered_alike() -> None:
    minutes = read(
        "Present: Ann Vale (AV), Tom Ash (TA), Lyn Fox (LF)\n\n"
        "Item\tDiscussion\tAction(s)\tLead\tDue\n"
        "1. Minutes\tAgreed.\tc/f 05/18-02 – data report (carried forward)\tTA\tSept 18\n"
        "2. Audit\tThe audit was presented.\t1) Publish the audit summary; 2) Draft the improvement plan\t"
        "1) LF; 2) TA / AV\t1) 31/08/18; 2) next meeting\n"
        "3. Returns\tSection 11 returns are awaited.\tSection 11 returns – c/f from 15.05.18\tLF\tc/f\n"
        "4. Training\tThe offer was discussed.\tCirculate the training offer\tLF\tc/f\n"
    )
    assert owners(minutes) == {
        "Publish the audit summary": (["Lyn Fox"], "2018-08-31"),
        "Draft the improvement plan": (["Tom Ash", "Ann Vale"], "2018-10-16"),
    }


def test_councillors_named_together_and_a_present_list_wrapped_as_one_paragraph() -> None:
    minutes = read(
        "PRESENT:\n\nCouncillors Hugh Marsh and Nina Coll\n"
        "Councillor Jo Bell (Cabinet Member for Adults) and Councillor Sam Reed\n\n"
        "Ann Vale (Director of Adult Social Services, Fernley Borough Council), Tom Ash (Head of Safeguarding,\n"
        "Fernley Community Health NHS Trust), Rosa Penn (Deputy Chief Nurse, Fernley and District Hospitals NHS\n"
        "Foundation Trust), Owen Price (Chief Officer, Healthwatch Fernley) and Kay Hart (Group Manager, Fernley\n"
        "Fire and Rescue Service)\n\n1. APOLOGIES\n\nThere were none.\n"
    )
    assert names(minutes.attendees) == ["Hugh Marsh", "Nina Coll", "Jo Bell", "Sam Reed", "Ann Vale", "Tom Ash",
                                        "Rosa Penn", "Owen Price", "Kay Hart"]  # fmt: skip
    agency = {p.name: p.agency for p in minutes.attendees}["Rosa Penn"]
    assert agency == "Fernley and District Hospitals NHS Foundation Trust"


def test_one_person_a_line_is_never_read_as_a_wrapped_paragraph() -> None:
    minutes = read(
        "Present:\n\n"
        "Ann Vale (AV) – Chair, Director of Social Services, Fernley Borough Council\n"
        "Detective Superintendent Ian Clare (IC) – Fernley and District Constabulary\n"
        "Dr Rosa Penn (RP) – Designated Doctor, Fernley University Health Board\n"
        "Owen Price (OP) – Head of Safeguarding, Fernley University Health Board\n\n1. Welcome\nNoted.\n"
    )
    assert names(minutes.attendees) == ["Ann Vale", "Ian Clare", "Rosa Penn", "Owen Price"]


def test_a_pasted_columns_cell_wrapped_under_its_own_start_joins_its_row() -> None:
    minutes = read(
        "Present:\n"
        "Joan Ashby             Head of Midwifery,\n"
        "                       Fernley General\n"
        "                       Hospital (JA)\n"
        "Tom Ash                YOS Manager (TA)\n"
        "Kay Hart               Director of Children's\n"
        "                       Services, Fernley (KH)\n\n1. Welcome\nNoted.\n"
    )
    assert names(minutes.attendees) == ["Joan Ashby", "Tom Ash", "Kay Hart"]
    assert minutes.attendees[0].initials == "JA"


def test_a_pdf_glyph_mapped_to_no_character_reads_as_a_space() -> None:
    data, name = render({"file": "pdf", "blocks": [
        {"type": "paragraph", "text": "Fernley Safeguarding Adults Board\nMinutes of the meeting held on 17 July 2018"},
        {"type": "paragraph", "text": "41.\tAPOLOGIES FOR ABSENCE"},
    ]})  # fmt: skip
    text = minutes_text(data, name)
    assert "(cid:" not in text
    assert "41. APOLOGIES FOR ABSENCE" in " ".join(text.split())


def test_a_right_margin_of_action_notes_with_no_heading_over_it() -> None:
    margin = " " * 8
    minutes = read(
        "Present:\nAnn Vale (AV) – Chair\nTom Ash (TA) – Police\nLyn Fox (LF) – Board Manager\n\n"
        "1.   Audit\n"
        f"1.1  It was agreed that the audit report will be circulated to panel{margin}Action: LF\n"
        "     members by 24th August for comment.\n"
        f"1.2  The Board noted the dashboard. TA to review the referral data and{margin}Action: TA\n"
        "     bring a short paper to the next Board.\n"
        f"1.3  Action log: all actions are complete except the protocol, which{margin}c/f\n"
        "     is carried forward.\n"
        f"1.4  AV to write to the regional lead about the delay by end of July.{margin}Action: AV\n"
    )
    assert owners(minutes) == {
        "It was agreed that the audit report will be circulated to panel members by 24th August for comment": (
            ["Lyn Fox"], "2018-08-24"),
        "Review the referral data and bring a short paper to the next Board": (["Tom Ash"], "2018-10-16"),
        "Write to the regional lead about the delay by end of July": (["Ann Vale"], "2018-07-31"),
    }  # fmt: skip


def test_a_right_margin_headed_action_and_lead_gives_the_lead_and_the_date_of_the_short_action() -> None:
    def row(text: str, action: str = "", lead: str = "") -> str:
        return f"{text:<70}{action:<22}{lead}".rstrip() + "\n"

    minutes = read(
        "Present:\nAnn Vale (AV) – Chair\nTom Ash (TA) – Police\nLyn Fox (LF) – Board Manager\n\n"
        + row("", "Action", "Lead")
        + "1.   Neglect strategy\n"
        + row("1.1  The final strategy will be circulated to all partners", "Circulate strategy", "LF")
        + row("     by the end of the month.", "to partners 31/07/18")
        + row("1.2  Action log: action 3 was delayed by the data move.", "Action 3 c/f to Oct", "TA")
        + row("1.3  A follow-up audit will take place in six months.", "Re-audit Jan 19", "AV")
    )
    assert owners(minutes) == {
        "The final strategy will be circulated to all partners by the end of the month": (["Lyn Fox"], "2018-07-31"),
        "A follow-up audit will take place in six months": (["Ann Vale"], "2019-01-31"),
    }


def test_notes_emailed_after_the_meeting_take_its_date_not_the_emails() -> None:
    minutes = parse_minutes(
        "From: Fox, Lyn <lyn.fox@fernley.gov.uk>\nSent: 19 July 2018 16:42\nTo: Fernley QA sub-group\n"
        "Subject: QA sub-group 17 July - notes and actions\n\nHi all,\n\nNotes from Tuesday below.\n\n"
        "Who was there:\nAnn Vale (chair) - Fernley Council\nTom Ash - Fernley Police\n"
        "Lyn Fox - Board Manager (notes)\n\nDidn't make it / no apologies: Kay Hart (Fernley Homes)\n\n"
        "1. Audit\n- Audit report to the Board [LF, by 3/8]\n- Referral data to be checked [TA, end of August]\n\n"
        "Next Exec: Tues 16 October, 14:00\n",
        EMPTY,
    )
    assert minutes.meeting.date.isoformat() == "2018-07-17"
    assert names(minutes.attendees) == ["Ann Vale", "Tom Ash"]
    assert names(minutes.in_attendance) == ["Lyn Fox"]
    assert names(minutes.absent) == ["Kay Hart"]
    assert owners(minutes) == {
        "Audit report to the Board by 3/8": (["Lyn Fox"], "2018-08-03"),
        "Referral data to be checked by end of August": (["Tom Ash"], "2018-08-31"),
    }
    assert minutes.next_meeting is not None and minutes.next_meeting.date.isoformat() == "2018-10-16"


def test_a_key_of_initials_gives_owners_named_only_by_initials() -> None:
    minutes = read(
        "Present\n\nName\tTitle\tOrganisation\nAnn Vale\tIndependent Chair\tFernley SAB\n"
        "Tom Ash\tHead of Safeguarding\tFernley Council\nKay Hart\tDesignated Nurse\tFernley ICB\n\n"
        "Item\tSummary of discussion\tAgreed actions and owners\tTimescale\n"
        "1. Audit\tThe audit was presented.\tPublish the audit summary on the website (TA); Draft the improvement "
        "plan for the Board (KH with AV)\t31/08/18; 2 weeks\n"
        "2. Data\tNoted.\tNo new actions – log updated by TA\t–\n\n"
        "Abbreviations used: AV – Ann Vale; TA – Tom Ash; KH – Kay Hart.\n"
    )
    assert {p.name: p.initials for p in minutes.attendees} == {"Ann Vale": "AV", "Tom Ash": "TA", "Kay Hart": "KH"}
    assert owners(minutes) == {
        "Publish the audit summary on the website": (["Tom Ash"], "2018-08-31"),
        "Draft the improvement plan for the Board": (["Kay Hart", "Ann Vale"], "2018-07-31"),
    }


def test_minutes_naming_people_only_by_initials_in_a_key() -> None:
    minutes = read(
        "1. Welcome\nAV welcomed members. KL attended for TA.\n\n2. Audit\nACTION: KL to circulate the audit.\n\n"
        "Key to initials\n\nPresent\nAV      Independent Chair\nKL      Detective Inspector, Fernley Police\n"
        "        (for TA)\nICB     Integrated Care Board\n\n"
        "Apologies\nTA      Detective Superintendent, Fernley Police\n"
    )
    assert names(minutes.attendees) == ["AV", "KL"]
    assert {p.name: p.representative for p in minutes.apologies} == {"TA": "KL"}
    assert owners(minutes) == {"KL to circulate the audit": (["KL"], None)}


def test_tables_people_and_substitutes_written_in_other_ways() -> None:
    minutes = read(
        "Attendance\n\nPost\tPost holder\tOrganisation\tAttendance\n"
        "Independent Chair\tAnn Vale\tIndependent\tPresent\n"
        "Designated Nurse\tKay Hart\tFernley ICB\tPresent\n\n"
        "Present\tApologies\n"
        "Tom Ash (TA); Fernley Police\tA. Cowell; Fernley Homes\n"
        "Lyn Fox (LF); Fernley Council\n"
        "Rosa Penn (RP); Fernley Trust\n\n"
        "1. APOLOGIES\n\nApologies for absence were received from Mr B.\nLund (Fernley Trust) and Ms M. Vickery.\n\n"
        "Mrs K. Sayle attended as substitute for Mr Lund.\n"
    )
    assert names(minutes.attendees) == ["Ann Vale", "Kay Hart", "Tom Ash", "Lyn Fox", "Rosa Penn", "K. Sayle"]
    assert {p.name: p.role for p in minutes.attendees}["Kay Hart"] == "Designated Nurse"
    assert {p.name: p.representative for p in minutes.apologies} == {
        "A. Cowell": None, "B. Lund": "K. Sayle", "M. Vickery": None}  # fmt: skip


def test_a_log_pasted_a_cell_a_line_with_wrapped_actions_and_leads_across_a_page() -> None:
    minutes = read(
        "Present: Ann Vale (AV), Tom Ash (TA), Lyn Fox (LF), Kay Hart (KH)\n\n1. Audit\nDiscussed.\n\n"
        "ACTION SUMMARY\n\nRef\nAction\nLead\nDeadline\nStatus\n"
        "18/01\nPublish the audit\nsummary on the website\nLF\n31/08/18\nNew\n"
        "18/02\nDraft the neglect strategy for the\nBoard\nTA / Dr K\nHart\n14/09/18\nNew\n\n"
        "Fernley SAB minutes 17.07.18                                  Page 2 of 3\nOFFICIAL\n"
        "18/03\nWrite to the CCG about data\nAV\nNext meeting\nNew\n"
        "17/40\nReview the protocol\nKH\n31/05/18\nComplete\n"
    )
    assert owners(minutes) == {
        "Publish the audit summary on the website": (["Lyn Fox"], "2018-08-31"),
        "Draft the neglect strategy for the Board": (["Tom Ash", "Kay Hart"], "2018-09-14"),
        "Write to the CCG about data": (["Ann Vale"], "2018-10-16"),
    }


def test_a_decision_and_action_column_holding_the_text_and_action_lists_in_other_forms() -> None:
    minutes = read(
        "Present: Ann Vale (AV), Tom Ash (TA), Lyn Fox (LF)\n\n1. Audit\nDiscussed.\n\n"
        "Action(s):\n\n• Write to the NPS about attendance – AV by end of August\n• None new – log updated\n\n"
        "2. Log\n\nRef\tItem\tDecision / Action\tOwner\tDue\tStatus\n"
        "D18/01\t1\tDECISION: budget uplifted by 3%; reserves to be held at 10%\tBoard\t–\tAgreed\n"
        "A18/02\t1\tPublish the annual report on the website\tLF\t31 Aug 2018\tNew\n"
        "A18/03\t1\tConfirm contributions in writing\tTA\t30.09.18\tNew\n\n"
        "ACTIONS\n\nAction                                                    Who / when\n"
        "1   Send the audit summary to the Independent Chair          LF\n"
        "    for decision                                              24 Aug\n"
        "2   Confirm the disclosure position with the CPS              DS Ash\n"
        "                                                              30 Sep\n"
    )
    assert owners(minutes) == {
        "Write to the NPS about attendance by end of August": (["Ann Vale"], "2018-08-31"),
        "Publish the annual report on the website": (["Lyn Fox"], "2018-08-31"),
        "Confirm contributions in writing": (["Tom Ash"], "2018-09-30"),
        "Send the audit summary to the Independent Chair for decision": (["Lyn Fox"], "2018-08-24"),
        "Confirm the disclosure position with the CPS": (["Tom Ash"], "2018-09-30"),
    }


def test_apologies_from_several_with_their_deputies_and_one_who_sent_them() -> None:
    minutes = read(
        "Present: Ann Vale, Tom Ash, Dr Anil Patel, DCI Helen Moss\n\n1. Welcome\n\n"
        "Apologies were received from Mrs Jane Orr (Director of Nursing, CCG), with Dr Anil Patel attending for her; "
        "from Det Supt David Ransome (Police), with DCI Helen Moss attending on his behalf; and from Cllr Brian Todd "
        "(Lead Member). Mrs Gillian Pryce (Fernley Mental Health Trust) sent apologies.\n"
    )
    assert {p.name: p.representative for p in minutes.apologies} == {
        "Jane Orr": "Anil Patel", "David Ransome": "Helen Moss", "Brian Todd": None, "Gillian Pryce": None}  # fmt: skip


def test_a_board_started_from_its_minutes_is_named_without_the_protective_marking() -> None:
    from bot.minutes.board_start import board_name_in

    assert board_name_in("OFFICIAL\nUlnaby Safeguarding Children Partnership\nExecutive – Minutes\n") == (
        "Ulnaby Safeguarding Children Partnership"
    )
    marked = "OFFICIAL-SENSITIVE Fernley Safeguarding Adults Board\n"
    assert board_name_in(marked) == "Fernley Safeguarding Adults Board"
