"""More of the ways boards write attendance and actions, read with no roster: a joint board's register that says
which board each member sits on, short lists that end as sentences do, logs that mark this meeting's rows "New"
among rows with other statuses. Each class in invented forms."""

from __future__ import annotations

from bot.minutes.reader import Minutes, parse_minutes
from tests.minutes_reading import EMPTY, names, owners

HEAD = "Fernley Safeguarding Children Board and Safeguarding Adults Board\nTuesday 17 July 2018, 10.00 – 13.00\n\n"
NEXT = "\nDate of next meeting: 16 October 2018\n"


def read(text: str) -> Minutes:
    return parse_minutes(HEAD + text + NEXT, EMPTY)


def test_a_joint_register_with_a_column_saying_which_board_each_member_sits_on() -> None:
    minutes = read(
        "Attendance register\n"
        "Key: P = present; A = apologies; D = deputy attended; N = not present\n"
        "Name\tOrganisation / role\tBoard\t17 Jul 18\n"
        "Ann Vale (AV)\tIndependent Chair\tLSCB / SAB\tP\n"
        "Tom Ash (TA)\tDirector of Adult Social Care\tSAB\tA – represented by Rosa Penn, Head of Safeguarding\n"
        "Supt Ian Clare (IC)\tFernley Police\tLSCB / SAB\tD – DCI Amy Cole\n"
        "Kay Hart (KH)\tLead Member\tLSCB\tN\n"
        "Sam Reed\tLay member\tSAB\tP\n\n"
        "1. Welcome\nAV welcomed members.\n"
    )
    assert names(minutes.attendees) == ["Ann Vale", "Sam Reed", "Rosa Penn", "Amy Cole"]
    assert {p.name: p.representative for p in minutes.apologies} == {"Tom Ash": "Rosa Penn", "Ian Clare": "Amy Cole"}
    assert names(minutes.absent) == ["Kay Hart"]


def test_two_people_in_attendance_on_one_line_that_ends_with_a_full_stop() -> None:
    minutes = read(
        "Present:\n\nAnn Vale (Independent Chair); Tom Ash (Director of Adult Services, Fernley Council)\n\n"
        "In attendance:\n\nLyn Fox (SAB Business Manager); Owen Price (Public Health, Fernley Council).\n\n"
        "Apologies:\n\nKay Hart (Fernley Housing Trust)\n\n1. Welcome\nNoted.\n"
    )
    assert names(minutes.attendees) == ["Ann Vale", "Tom Ash"]
    assert names(minutes.in_attendance) == ["Lyn Fox", "Owen Price"]


def test_a_log_marking_this_meetings_rows_new_among_rows_outstanding_or_not_received() -> None:
    minutes = read(
        "Present: Ann Vale (AV), Tom Ash (TA), Lyn Fox (LF)\n\n"
        "1. Welcome\nNoted.\n\nAction log\n"
        "Owner(s)\tAction required\tTarget date\tStatus / update\tRef\n"
        "TA\tDraft a joint transitions protocol\tNext meeting\tNEW\tJB18/07-1\n"
        "LF\tReview the information sharing agreement\tDec 2018\tNEW\tJB18/07-2\n"
        "AV\tProvide home education figures\tJuly 2018\tNot received – carried to October\tJB18/04-2\n"
        "TA\tConfirm the probation representative\t17/07/18\tOutstanding. Chair to write\tJB18/04-4\n"
        "LF\tDraft the joint annual report\tSept 2018\tIn progress – on track\tJB18/01-6\n"
    )
    assert owners(minutes) == {
        "Draft a joint transitions protocol": (["Tom Ash"], "2018-10-16"),
        "Review the information sharing agreement": (["Lyn Fox"], "2018-12-31"),
    }


def test_owners_a_line_each_in_a_log_cell_joined_into_one_line() -> None:
    minutes = read(
        "Present: Ann Vale (AV), Independent Chair; DCI Amy Cole (AC), Fernley Police; Kay Hart (KH), Chief Officer, "
        "Fernley CVS\n\n1. Welcome\nNoted.\n\nAction log\n"
        "Owner(s)\tAction required\tTarget date\tStatus\n"
        "Fernley Police Fernley CVS Community Safety Partnership\tMap where young people are at risk of exploitation"
        "\tDec 2018\tNEW\n"
        "Fernley Police Fernley CVS\tShare the map with members\tDec 2018\tNEW\n"
        "Fernley Youth Offending Service\tReview the referral route\tDec 2018\tNEW\n"
    )
    assert owners(minutes) == {
        "Map where young people are at risk of exploitation": (
            ["Fernley Police", "Fernley CVS", "Community Safety Partnership"],
            "2018-12-31",
        ),
        "Share the map with members": (["Fernley Police", "Fernley CVS"], "2018-12-31"),
        "Review the referral route": (["Fernley Youth Offending Service"], "2018-12-31"),
    }


def test_a_minute_table_whose_first_heading_spans_the_number_and_the_text_and_a_summary_told_by_minute_refs() -> None:
    minutes = read(
        "Present: Ann Vale (AV), Chair; Keith Ash (KA), Co-ordinator\n\n"
        "Minute\tAction\n"
        "10/19\tAPOLOGIES; The Chair welcomed members.\n"
        "10/20\tMINUTES; Agreed as a correct record.\n"
        "10/21\tTRAINING; The report was discussed.; ACTION: All agencies to send their training figures to KA.\t"
        "All agencies; 14th August\n"
        "10/22\tSERIOUS CASE REVIEW; The Board agreed to commission a review.; ACTION: KA to identify an author.\t"
        "KA; 7th August\n"
        "10/23\tANY OTHER BUSINESS; None.\n\n"
        "SUMMARY OF ACTIONS\n\nOutstanding actions, including those carried forward from previous meetings.\n\n"
        "Target date\tResponsible\tAction\tMin. ref\n"
        "31st May\tAV\tObtain responses from the remaining banks\t10/07\n"
        "14th August\tAll agencies\tSend training figures to KA\t10/21\n"
        "7th August\tKA\tIdentify an independent author\t10/22\n"
    )
    assert owners(minutes) == {
        "Send training figures to KA": (["all members"], "2018-08-14"),
        "Identify an independent author": (["Keith Ash"], "2018-08-07"),
    }


def test_a_tick_register_with_a_deputy_column_for_those_who_sent_apologies() -> None:
    minutes = read(
        "Membership and attendance\n"
        "Member\tRole\tAgency\tPresent\tApologies\tDeputy\n"
        "Ann Vale (AV)\tIndependent Chair\tFernley LSCB\t✓\t\t\n"
        "Tom Ash (TA)\tDirector of Children's Services\tFernley Council\t\t✓\tRosa Penn (RP), Head of Safeguarding\n"
        "Det Supt Ian Clare (IC)\tHead of Public Protection\tFernley Police\t\t✓\tDCI Amy Cole (AC)\n"
        "Kay Hart (KH)\tPrincipal\tFernley College\t\t\t\n"
        "Sam Reed (SR)\tChief Officer\tFernley CVS\t\t✓\t–\n\n"
        "1. Welcome\nNoted.\n"
    )
    assert names(minutes.attendees) == ["Ann Vale", "Rosa Penn", "Amy Cole"]
    assert {p.name: p.representative for p in minutes.apologies} == {
        "Tom Ash": "Rosa Penn", "Ian Clare": "Amy Cole", "Sam Reed": None,
    }  # fmt: skip
    assert names(minutes.absent) == ["Kay Hart"]


def test_an_action_for_a_named_months_board_whose_date_is_not_given_is_due_by_that_months_end() -> None:
    minutes = read(
        "Present: Ann Vale (AV), Chair; Tom Ash (TA), Business Manager\n\n1. Performance\n"
        "ACTION: TA to report the analysis to the Board in November 2018.\n"
        "ACTION: AV to bring the audit to the February Board.\n"
        "ACTION: TA to report to the July Board.\n"
    )
    assert owners(minutes) == {
        "TA to report the analysis to the Board in November 2018": (["Tom Ash"], "2018-11-30"),
        "AV to bring the audit to the February Board": (["Ann Vale"], "2019-02-28"),
        "TA to report to the July Board": (["Tom Ash"], None),  # this meeting's own month: which July is not said
    }
    assert any("read as the end of November 2018" in w for w in minutes.warnings)


def test_a_pasted_minute_table_with_titles_beside_the_text_and_owners_and_dates_in_a_narrow_column() -> None:
    body = (
        "Present: Ann Vale (AV), Chair; Tom Ash (TA), Business Manager; Rosa Penn (RP), Police; Kay Hart (KH), Health\n"
        "\n"
        "ITEM                     DISCUSSION                                                   ACTION\n\n"
        "1. Welcome,              AV welcomed members and introductions were made. Apologies\n"
        "introductions and        were noted as above.\n"
        "apologies\n\n"
        "2. Minutes of the last   The minutes were agreed as a correct record.\n"
        "meeting and matters      Item 8 – protocol with schools: still being finalised.       RP (c/f)\n"
        "arising\n\n"
        "3. National              AV summarised the letter from the Secretary of State.\n"
        "developments             It was agreed that a briefing paper setting out the          TA\n"
        "                         implications would be prepared for the next Board.           next Board\n\n"
        "4. Section 11 audit      Completed audits are to be returned to TA by Friday 14th     All member\n"
        "                         September.                                                   agencies\n"
        "                                                                                      14.09.18\n\n"
        "5. Date and time of      Tuesday 16th October 2018, 9.30 am, Council Chamber,\n"
        "next meeting             Fernley Civic Centre.\n\n"
        "                         Remaining dates for 2018 (all 9.30 am): 11th December.\n"
    )
    minutes = parse_minutes(HEAD + body, EMPTY)
    assert minutes.next_meeting is not None and minutes.next_meeting.date.isoformat() == "2018-10-16"
    assert [([o.name for o in a.owners], str(a.due)) for a in minutes.actions] == [
        (["Tom Ash"], "2018-10-16"),  # the briefing paper, "for the next Board"; not the older "RP (c/f)"
        (["All member agencies"], "2018-09-14"),
    ]
    assert "briefing paper" in minutes.actions[0].text and "returned to TA" in minutes.actions[1].text


def test_undertakings_in_a_minute_tables_discussion_cells_without_an_action_mark() -> None:
    minutes = read(
        "Present: Ann Vale (AV), Chair; Lyn Webb (LW), Council; Mike Dean (MD), Police; Sue Dale (SD), Council\n\n"
        "Minute\tSubject\tNotes\n"
        "12/16\tSerious Case Review\tLW presented the draft summary of the review to members.; Members discussed the "
        "timing of publication at some length.; It was agreed that LW would send the final draft summary to the "
        "author for her comments; LW to have done this by 13th August 2018.; It was also agreed that AV would write "
        "to the chair of the Health and Wellbeing Board to share the learning.\n"
        "12/17\tPerformance\tSD presented the quarterly report. The police data had not been included this quarter."
        "; MD will ensure that the police data is sent to SD by 4th September 2018.; The Board will consider the "
        "dataset again at its next meeting in the new format.\n"
        "12/18\tPolicy\tThe policy was approved by the Board and will take effect from September.; ACTION: All "
        "members to cascade the policy within their agencies.\n"
    )
    assert owners(minutes) == {
        "LW to send the final draft summary to the author for her comments; LW to have done this by 13th August 2018": (
            ["Lyn Webb"],
            "2018-08-13",
        ),
        "AV to write to the chair of the Health and Wellbeing Board to share the learning": (["Ann Vale"], None),
        "MD to ensure that the police data is sent to SD by 4th September 2018": (["Mike Dean"], "2018-09-04"),
        "All members to cascade the policy within their agencies": (["all members"], None),
    }


def test_a_list_of_initials_and_names_with_a_blank_line_between_entries() -> None:
    minutes = read(
        "Members present\n\nHB\tHilary Brennan\tIndependent Chair\nMO\tMartin Oduya\tDirector, Fernley Council\n\n"
        "Deputising\n\nSM\tDI Sian Marwood\tFernley Police – for Det Supt Andrew Keel\n\n"
        "TH\tTracey Holt\tNamed Nurse, Fernley Care NHS Foundation Trust – for Neil Ashdown\n\n"
        "Apologies\n\nAK\tDet Supt Andrew Keel\tHead of Public Protection, Fernley Police\n\n"
        "NA\tNeil Ashdown\tAssociate Director of Nursing\n\nKW\tKaren Whitlock\tDirector of Nursing, Fernley CCG\n\n"
        "FG\tFiona Gale\tLay Member\n\n1. Welcome\nNoted.\n"
    )
    assert names(minutes.attendees) == ["Hilary Brennan", "Martin Oduya", "Sian Marwood", "Tracey Holt"]
    assert names(minutes.apologies) == ["Andrew Keel", "Neil Ashdown", "Karen Whitlock", "Fiona Gale"]
    assert {p.name: p.representative for p in minutes.apologies if p.representative} == {
        "Andrew Keel": "Sian Marwood", "Neil Ashdown": "Tracey Holt",
    }  # fmt: skip


def test_a_yearly_register_with_a_nominated_deputy_column_and_log_months_written_with_two_digits() -> None:
    minutes = read(
        "Key: P = present A = apologies D = apologies sent, nominated deputy attended X = did not attend\n\n"
        "Organisation\tMember\tNominated deputy\t17.04.18\t10.07.18\t17.07.18\n"
        "Independent Chair\tBrian Holt\t–\tP\tP\tP\n"
        "Fernley Council\tJudith Orme, Director of Adult Social Care\tMark Field, Assistant Director\tP\tA\tD\n"
        "Fernley Police\tDet Supt Ian Cowan, Head of Public Protection\tDI Jo Baxter, PPU\tD\tA\tP\n"
        "Fernley Homes\tSharon Pike, Director of Housing\t–\tP\tA\tA\n"
        "Age UK Fernley\tTony Marsh, Chief Executive\t–\tP\tX\tX\n\n"
        "No.\tItem and discussion\tAgreed action\tLead\tBy when\n"
        "1\tWelcome; BH welcomed members.\t–\t\t\n"
        "2\tBudget; The budget was discussed.\tBring the budget to the October meeting.\tBH\tOct 18 Board\n"
        "3\tAudit; The audit was discussed.\tReport the audit findings.\tJO\tNov 18\n"
        "4\tTraining; The report was noted.\tCirculate the training plan.\tBH\tDec 18\n"
    )
    assert names(minutes.attendees) == ["Brian Holt", "Ian Cowan", "Mark Field"]
    assert {p.name: p.representative for p in minutes.apologies} == {
        "Judith Orme": "Mark Field", "Sharon Pike": None,
    }  # fmt: skip
    assert [(a.text, str(a.due)) for a in minutes.actions] == [
        ("Bring the budget to the October meeting", "2018-10-16"),
        ("Report the audit findings", "2018-11-30"),
        ("Circulate the training plan", "2018-12-31"),
    ]


def test_the_next_meeting_is_the_first_of_the_years_meeting_dates() -> None:
    body = (
        "Present: Ann Vale (AV), Chair\n\n1. Welcome\nNoted.\n\n11. Meeting dates 2019\n"
        "All meetings 2.00pm – 4.00pm, Room 3, Lune House:\nTuesday 12 February 2019\nTuesday 14 May 2019\n"
    )
    minutes = parse_minutes(HEAD + body, EMPTY)
    assert minutes.next_meeting is not None and minutes.next_meeting.date.isoformat() == "2019-02-12"
    assert minutes.next_meeting.start is not None and minutes.next_meeting.start.isoformat() == "14:00:00"


def test_a_summary_of_actions_with_bullets_under_each_items_title_said_once() -> None:
    minutes = read(
        "Present: Frances Tyldesley, Education; Bernadette Cole, Business Manager; Declan Shaw, Council\n\n"
        "3. Recovery\nMembers discussed attendance. Frances agreed to circulate the weekly attendance dashboard to "
        "partners every fortnight.\n\n"
        "Summary of actions\n\nItem 2 – Minutes and action log\n\n"
        "• Action 33 (carried forward from July): Declan to confirm the health contribution – December meeting.\n\n"
        "Item 3 – Recovery\n\n"
        "• Frances to circulate the weekly school attendance dashboard to partners every fortnight – ongoing,\n"
        "autumn term.\n"
        "• All partners to send a short written update on their recovery plans to Bernadette – by 16/08/18.\n\n"
        "Item 4 – Rapid reviews\n\n"
        "• Declan to circulate a 7-minute briefing on the learning from the rapid review – next meeting.\n\n"
        "Item 5 – Any other business\n\n• No actions.\n"
    )
    assert owners(minutes) == {
        "Frances to circulate the weekly school attendance dashboard to partners every fortnight – ongoing, autumn "
        "term": (["Frances Tyldesley"], None),
        "All partners to send a short written update on their recovery plans to Bernadette – by 16/08/18": (
            ["all members"],
            "2018-08-16",
        ),
        "Declan to circulate a 7-minute briefing on the learning from the rapid review – next meeting": (
            ["Declan Shaw"],
            "2018-10-16",
        ),
    }


def test_action_cards_of_three_rows_and_owners_whose_agency_has_an_ampersand() -> None:
    minutes = read(
        "Present: Nina Gold (NG), Board Manager; Sheila Barr (SB), Housing; DI Helen Sowerby (HS), Kenwick & Dunmore "
        "Police; Group Manager Ray Ince (RI), Kenwick Fire & Rescue Service\n\n4. Annual report\nDiscussed.\n\n"
        "ACTION 11/23\tFinal amendments and agency contributions to be sent to NG.\n"
        "Lead\tAll Board members\nTarget date\tFriday 7 September 2018\n\n"
        "ACTION 11/25\tDevelop a multi-agency action plan in response to the review.\n"
        "Lead\tNG and DI Sowerby (Kenwick & Dunmore Police)\nTarget date\tNext Board\n\n"
        "ACTION 11/27\tDraft a self-neglect and hoarding protocol for consultation.\n"
        "Lead\tSB (Housing) with Kenwick Fire & Rescue Service\nTarget date\tDecember 2018\n"
    )
    assert owners(minutes) == {
        "Final amendments and agency contributions to be sent to NG": (["all members"], "2018-09-07"),
        "Develop a multi-agency action plan in response to the review": (["Nina Gold", "Helen Sowerby"], "2018-10-16"),
        "Draft a self-neglect and hoarding protocol for consultation": (
            ["Sheila Barr", "Kenwick Fire & Rescue Service"],
            "2018-12-31",
        ),
    }


def test_committee_minutes_with_one_member_a_line_apologies_in_a_minute_and_resolutions() -> None:
    minutes = read(
        "PRESENT:\tProfessor Ann Vale – Independent Chair (in the Chair)\n\n"
        "Councillor Tom Ash – Cabinet Member for Adults, Fernley Borough Council\n\n"
        "Rosa Penn – Head of Safeguarding and Quality Assurance, Fernley Borough\nCouncil\n\n"
        "Detective Chief Inspector Amy Cole – Public Protection Unit, Fernley Police\n(Substitute)\n\n"
        "Station Manager Dean Orr – Prevention, Fernley Fire and Rescue\nService\n\n"
        "OFFICERS IN\tLyn Fox – Safeguarding Adults Board Manager\nATTENDANCE:\n\n"
        "Meg Hale – Democratic Services Officer\n\n"
        "41. APOLOGIES FOR ABSENCE AND SUBSTITUTIONS\n\n"
        "Apologies for absence were received from Detective Superintendent Neil Barr (Fernley Police), for whom\n"
        "Detective Chief Inspector Amy Cole attended as substitute; Councillor Margaret Yates (Fernley Borough\n"
        "Council) and Gill Fair (Chair, Fernley Care Providers).\n\n"
        "42. ANNUAL REPORT\n\nThe report was presented.\n\nRESOLVED –\n(1) That the Annual Report be approved.\n"
        "(2) That the Safeguarding Adults Board Manager arrange publication of the report by 31st August, 2018.\n"
        "(3) That partner agencies promote the report within their own organisations.\n"
        "(4) That Station Manager Orr circulate the referral form to Board members.\n"
        "(5) That the Board accepts the recommendations.\n\n"
        "43. PERFORMANCE\n\nRESOLVED – That the dashboard be noted.\n"
    )
    assert names(minutes.attendees) == ["Ann Vale", "Tom Ash", "Rosa Penn", "Amy Cole", "Dean Orr"]
    assert names(minutes.in_attendance) == ["Lyn Fox", "Meg Hale"]
    assert {p.name: p.representative for p in minutes.apologies} == {
        "Neil Barr": "Amy Cole", "Margaret Yates": None, "Gill Fair": None,
    }  # fmt: skip
    assert [([o.name for o in a.owners], str(a.due)) for a in minutes.actions] == [
        (["Lyn Fox"], "2018-08-31"),
        (["partner agencies"], "None"),
        (["Dean Orr"], "None"),
    ]


def test_a_register_and_a_minute_table_pasted_as_space_columns_with_owner_and_date_columns() -> None:
    body = (
        "ATTENDANCE REGISTER\n\n"
        "Name                  Designation                          Agency                  Init.  17/07/18\n"
        "Ann Vale              Independent Chair                    Fernley LSCB            AV     P\n"
        "Julia Bell            Director of Children's Services      Fernley Council         JB     P\n"
        "Pat Wells             Head of Safeguarding & Specialist    Fernley Council         PW     P\n"
        "                      Services\n"
        "Kay Hart              Named Nurse                          Fernley Hospital        KH     A\n\n"
        "Key: P = present   A = apologies received   N = not present\n\n"
        "Item   Discussion / Decision                                           Action / Lead          By when\n\n"
        "1.     Welcome\n\n       AV welcomed members.\n\n"
        "2.     Munro Review\n\n"
        "       JB and PW to bring a paper to the next Board setting out the    ACTION: JB / PW        16.10.18\n"
        "       local implications of the review.\n\n"
        "       Each agency to nominate a named training champion and send the  ACTION: All Board      31.08.18\n"
        "       name to AV by the end of August.                                members\n"
    )
    minutes = parse_minutes(HEAD + body, EMPTY)
    assert names(minutes.attendees) == ["Ann Vale", "Julia Bell", "Pat Wells"]
    assert names(minutes.apologies) == ["Kay Hart"]
    assert [([o.name for o in a.owners], str(a.due)) for a in minutes.actions] == [
        (["Julia Bell", "Pat Wells"], "2018-10-16"),
        (["all members"], "2018-08-31"),
    ]


def test_undertakings_written_anywhere_in_a_discussion_paragraph() -> None:
    minutes = read(
        "Present: Lorna Hart (LH), Business Manager; Simon Gale (SG), Director; Tom Reed (TR), Fire; Kay Ince (KI), "
        "Housing; Beth Moss (BM), Healthwatch\n\n"
        "3. Annual report\nThe Board approved the report. Partners were asked to send any final amendments to Lorna "
        "by Friday 28 September. Lorna will then arrange for the report to be published on the website. The report "
        "was welcomed.\n\n"
        "Alison asked Simon to take the report to the Health and Wellbeing Board in November, which he agreed to do.\n"
        "\n4. Review\n4.4 KI and BM will jointly prepare a draft action plan for the Board. Members thanked them.\n\n"
        "4.5 By the next meeting, LH is to produce an overview report of the returns. The Board noted the update.\n\n"
        "5. Any other business\nPauline asked about carers. Lorna said she would include a carers' feature in the "
        "December newsletter. This was agreed, and TR will add fire safety to the training calendar. Kay will "
        "become the Board's housing lead.\n"
    )
    assert {a.text: [o.name for o in a.owners] for a in minutes.actions} == {
        "All members to send any final amendments to Lorna by Friday 28 September": ["all members"],
        "Lorna to arrange for the report to be published on the website": ["Lorna Hart"],
        "Simon to take the report to the Health and Wellbeing Board in November": ["Simon Gale"],
        "KI and BM to prepare a draft action plan for the Board": ["Kay Ince", "Beth Moss"],
        "LH to produce an overview report of the returns by the next meeting": ["Lorna Hart"],
        "Lorna to include a carers' feature in the December newsletter": ["Lorna Hart"],
        "TR to add fire safety to the training calendar": ["Tom Reed"],
    }


def test_a_tracker_with_each_owners_initials_in_their_agencys_column() -> None:
    minutes = read(
        "Present: Deb Hurst (DH), LVC Adults; Mark Hale (MH), LVC Children; Paul Webb (PW), Police; Zoe Parr (ZP), "
        "Business Unit\n\n1. Welcome\nNoted.\n\n10. Joint action tracker\n"
        "Ref\tAction\tLVC Adults\tLVC Children\tCCG\tPolice\tOther\tDue\tStatus\n"
        "\tBROUGHT FORWARD FROM 25 JANUARY 2018\t\t\t\t\t\t\t\n"
        "J18/03\tUpdate the transitions protocol\tDH\tMH\t\t\t\t31.03.18\tA – with legal services\n"
        "\tAGREED AT THIS MEETING\t\t\t\t\t\t\t\n"
        "J18/11\tRefresh the exploitation strategy\tDH\tMH\t\tPW\t\tSep-18\tNew\n"
        "J18/12\tIssue the combined self-assessment tool\t\t\t\t\tZP\t30.09.18\tNew\n"
    )
    assert owners(minutes) == {
        "Refresh the exploitation strategy": (["Deb Hurst", "Mark Hale", "Paul Webb"], "2018-09-30"),
        "Issue the combined self-assessment tool": (["Zoe Parr"], "2018-09-30"),
    }


def test_status_cells_naming_a_deputy_and_an_action_column_of_owners_and_a_date() -> None:
    minutes = read(
        "Attendance Register\nName\tDesignation\tAgency\tAttendance\n"
        "Ann Vale\tIndependent Chair\tFernley LSCB\tP\n"
        "Neil Thwaite\tDirector of Children's Services\tFernley Council\tA – Gemma Roscoe, Head of Safeguarding & "
        "QA, attended as deputy\n"
        "Phil Corless\tHead of Safeguarding\tFernley Hospitals NHS Trust\tA – rep'd by Lisa Merrow, Named Nurse\n"
        "Andrew Pendle\tHead of Probation Delivery Unit\tProbation Service\tP\n"
        "Tessa Blair\tService Manager\tCafcass\tA\n"
        "Ian Kent\tHead of Youth Offending Service\tFernley Council\tN\n\n"
        "Key: P = present; A = apologies; N = not present\n\n"
        "Item\tDiscussion\tAction\n"
        "7. Section 11 audit\tAV reported that 14 of 17 agencies have returned the self-assessment.; Outstanding "
        "returns to be sent to AV by Friday 14 September.\tAP / TB / IK; 14.09.18\n"
    )
    assert names(minutes.attendees) == ["Ann Vale", "Andrew Pendle", "Gemma Roscoe", "Lisa Merrow"]
    assert {p.name: p.representative for p in minutes.apologies} == {
        "Neil Thwaite": "Gemma Roscoe", "Phil Corless": "Lisa Merrow", "Tessa Blair": None,
    }  # fmt: skip
    assert [([o.name for o in a.owners], str(a.due)) for a in minutes.actions] == [
        (["Andrew Pendle", "Tessa Blair", "Ian Kent"], "2018-09-14")
    ]


def test_a_log_with_lead_and_support_owners_restating_a_minute_tables_actions() -> None:
    minutes = read(
        "Present: Kay Dunn (KD), Director; Sam Oakes (SO), Council; Ann Cole (AC), Business Manager\n\n"
        "Item\tMinute\tAction by\n"
        "3\t3.1 KD presented the final report.; KD, with support from SO, to bring a paper to the next Board.\tKD\n"
        "4\t4.1 AC to publish the annual report on the website by the end of August.\tAC\n\n"
        "Action log\nRef\tRaised\tAction\tLead / Support\tDue\tStatus\n"
        "11/16\t12.05.18\tAgree the approach to the review\tLead: SO / Support: KD\tJuly 2018\tSuperseded. Close\n"
        "11/21\t17.07.18\tBring a paper to the next Board\tLead: KD / Support: SO\tBy next Board\tNew\n"
        "11/24\t17.07.18\tPublish the annual report on the website\tLead: AC / Support: TL\tEnd August\tNew\n"
    )
    assert owners(minutes) == {
        "Bring a paper to the next Board": (["Kay Dunn"], "2018-10-16"),
        "Publish the annual report on the website": (["Ann Cole"], "2018-08-31"),
    }


def test_an_action_line_ending_with_its_owners_and_date_in_brackets_wrapped_over_lines() -> None:
    minutes = read(
        "Present: Helen Duck (HD), Business Manager; Louise Tenn (LT), Council\n\n3. Review\nDiscussed.\n\n"
        "     ACTION: Commission an independent reviewer for the Child N review (HD – 4 September 2018).\n\n"
        "     ACTION: Develop a plan for involving children in setting the priorities,\n"
        "     working with the Youth Council (LT / Participation Team – 30 November 2018).\n"
    )
    assert owners(minutes) == {
        "Commission an independent reviewer for the Child N review by 4 September 2018": (["Helen Duck"], "2018-09-04"),
        "Develop a plan for involving children in setting the priorities, working with the Youth Council by 30 "
        "November 2018": (["Louise Tenn", "Participation Team"], "2018-11-30"),
    }


def test_a_log_whose_new_rows_end_with_empty_cells_and_references_with_a_space() -> None:
    minutes = read(
        "Present: Fay Lee (FL), Chair; Tom Gray (TG), Police; Hana Kirk (HK), Business Manager\n\n"
        "1. Welcome\nNoted.\n\nAction Log\nRef\tMeeting\tOwner\tDue\tAction\tRAG\tUpdate\n"
        "SPE 18/44\t14.03.18\tHK\t31/05/18\tCirculate the escalation policy\tGreen\tCirculated. Close.\n"
        "SPE 18/51\t17.07.18\tFL, TG\t31/08/18\tProvide a joint response to the scrutineer\t\t\n"
        "SPE 18/52\t17.07.18\tHK\tSep-18\tArrange two learning events on the review\t\t\n"
        "SPE 18/53\t17.07.18\tTG\tASAP\tCirculate the Operation Encompass data to members\t\t\n"
    )
    assert owners(minutes) == {
        "Provide a joint response to the scrutineer": (["Fay Lee", "Tom Gray"], "2018-08-31"),
        "Arrange two learning events on the review": (["Hana Kirk"], "2018-09-30"),
        "Circulate the Operation Encompass data to members": (["Tom Gray"], None),
    }


def test_an_action_column_of_owner_and_date_pairs_after_a_decision_word() -> None:
    minutes = read(
        "Present: Helen Tate (HT), Council; Jo Odd (JO), Police; Kim Bell (KB), Fernley Hospitals NHS FT; Colin Ash "
        "(CA), Council; Mary Holt (MH), Chair\n\n"
        "Item\tMinute\tAction\n"
        "5. Review\tHT presented the overview report to members.; HT and JO to monitor the single-agency action plans "
        "and report progress in January.; Fernley Hospitals NHS FT to confirm that all ward staff have completed "
        "refresher training.\tHT / JO; 10.01.19; FHFT (KB); 31.12.18\n"
        "8. Budget\tCA presented the budget report for the year.; CA and MH will meet the Police and Crime "
        "Commissioner to discuss the police contribution.\tAgreed; CA / MH; Dec 2018\n"
    )
    assert owners(minutes) == {
        "HT and JO to monitor the single-agency action plans and report progress in January": (
            ["Helen Tate", "Jo Odd"],
            "2019-01-10",
        ),
        "Fernley Hospitals NHS FT to confirm that all ward staff have completed refresher training": (
            ["Kim Bell"],
            "2018-12-31",
        ),
        "CA and MH will meet the Police and Crime Commissioner to discuss the police contribution": (
            ["Colin Ash", "Mary Holt"],
            "2018-12-31",
        ),
    }


def test_log_due_cells_written_as_a_month_and_two_digits_with_a_hyphen() -> None:
    minutes = read(
        "Present: Amy Hall (AH), Council; Gary Penn (GP), Probation\n\n1. Welcome\nNoted.\n\nAction log\n"
        "Owner\tAction\tRef\tRaised\tDue\tStatus\n"
        "AH\tCirculate the 2019 training calendar via the newsletter\tA18/47\t17/07/18\tJan-19\tNew\n"
        "GP\tShare the probation transition plan with the Board\tA18/48\t17/07/18\tSep-18\tNew\n"
        "GP\tConfirm the probation representative\tA18/31\t12/03/18\tDec-17\tComplete\n"
    )
    assert owners(minutes) == {
        "Circulate the 2019 training calendar via the newsletter": (["Amy Hall"], "2019-01-31"),
        "Share the probation transition plan with the Board": (["Gary Penn"], "2018-09-30"),
    }


def test_initials_of_o_surnames_and_with_a_surnames_second_letter() -> None:
    minutes = read(
        "Present: Keith O’Rourke, Probation; Tessa O'Driscoll, Schools; Mark Tennant, Council; Mary Tait, Health\n\n"
        "1. Item\nACTION: KO’R to confirm the name of the new representative.\n"
        "ACTION: TOD to pilot the tool with schools.\nACTION: MTe to present the strategy.\n"
        "ACTION: MT to present the plan.\n"
    )
    assert {a.text: [o.name for o in a.owners] for a in minutes.actions} == {
        "KO’R to confirm the name of the new representative": ["Keith O'Rourke"],
        "TOD to pilot the tool with schools": ["Tessa O'Driscoll"],
        "MTe to present the strategy": ["Mark Tennant"],
        "MT to present the plan": [],  # Mark Tennant or Mary Tait: not guessed
    }
    assert any("'MTE' read as Mark Tennant" in w for w in minutes.warnings)


def test_action_marks_with_the_owners_initials_before_the_colon() -> None:
    minutes = read(
        "Present: Rob Bell (RB), Council; Jan Tate (JT), Schools\n\n5. Continuum of Need\n"
        "5.1   ACTION RB: circulate the revised Continuum of Need to all schools for consultation\n"
        "      by the end of August.\n5.2   RB explained the document.\n\n8. Any other business\n"
        "8.1   JT raised exclusions. ACTION JT/RB: report on exclusions of children with a social worker by\n"
        "      30 September.\nACTION PLAN: agreed.\n"
    )
    assert owners(minutes) == {
        "circulate the revised Continuum of Need to all schools for consultation by the end of August": (
            ["Rob Bell"],
            "2018-08-31",
        ),
        "report on exclusions of children with a social worker by 30 September": (
            ["Jan Tate", "Rob Bell"],
            "2018-09-30",
        ),
    }


def test_a_due_cell_naming_this_bodys_own_meeting_by_its_name_or_initials() -> None:
    body = (
        "Partnership Executive Group – Minutes\nDate: 20 June 2023\n\nPresent: Mark Jewell (MJ), Schools; Cara Nance "
        "(CN), Council\n\n1. Welcome\nNoted.\n\nAction log\nRef\tAction\tOwner\tDue\n"
        "23-05\tIdentify two headteachers to join the subgroups\tMJ / CN\tSeptember Executive\n"
        "23-06\tPresent the audit\tCN\tDecember PEG\n"
        "23-07\tAsk the police for their data\tMJ\tOctober Panel\n"
        "\nDate of next meeting: 19 September 2023\n"
    )
    minutes = parse_minutes("Fernley Safeguarding Children Partnership\n" + body, EMPTY)
    assert owners(minutes) == {
        "Identify two headteachers to join the subgroups": (["Mark Jewell", "Cara Nance"], "2023-09-19"),
        "Present the audit": (["Cara Nance"], "2023-12-31"),  # the December PEG: its date not given, that month
        "Ask the police for their data": (["Mark Jewell"], None),  # another body's panel: a date not known
    }


def test_a_board_started_from_minutes_makes_only_its_own_chair_the_chair() -> None:
    from bot.minutes.board_start import first_members
    from store.models import Role

    minutes = read(
        "Present: Elaine Scar – Independent Chair (in the Chair); Tom Ash – Director, Fernley Council\n\n"
        "Apologies: Gill Fair (Chair, Fernley Care Providers' Association); Ray Hill (Chair, Fernley Healthwatch); "
        "Ann Lee (Chair of the Board)\n\n1. Welcome\nNoted.\n"
    )
    roles = {person.name: role for person, role in first_members(minutes)}
    assert roles["Elaine Scar"] is Role.CHAIR and roles["Ann Lee"] is Role.CHAIR
    assert roles["Gill Fair"] is Role.MEMBER and roles["Ray Hill"] is Role.MEMBER and roles["Tom Ash"] is Role.MEMBER
