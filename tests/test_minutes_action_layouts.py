"""Actions as other boards write them, read with no roster at all: owners in brackets after "ACTION", a closing
summary list, fields after the task, one-cell boxes, fields in a table cell, logs that carry older actions, and an
owner column beside the minute's paragraphs (in a table, or pasted as text with the owner at the line's end)."""

from __future__ import annotations

import pytest

from bot.minutes.markers import without_reference
from bot.minutes.reader import Minutes, parse_minutes
from tests.minutes_reading import EMPTY, owners

PEOPLE = (
    "Date: 8th June 2011\n\nPresent: Judith Merrow (Chair), Keith Amberley (Director, Vale MBC), Andrew Lake "
    "(Head of Commissioning, Vale MBC), Wendy Padgett (Vale Hospitals NHS Trust), DI Ian Corrigan (Vale Police)\n\n"
)
NEXT = "\nDate of next meeting: 14th September 2011\n"


def read(text: str) -> Minutes:
    return parse_minutes(text, EMPTY)


def test_action_with_its_owners_in_brackets_and_the_date_after_a_dash() -> None:
    minutes = read(
        PEOPLE + "1. Training\nThe Board discussed on-site training.\n"
        "ACTION (AL/WP): Arrange on-site sessions for ward staff – ward managers to send names to AL – July.\n\n"
        "ACTION (KA): Report the figures to the Board by 30.06.11.\n" + NEXT
    )
    assert owners(minutes) == {
        "Arrange on-site sessions for ward staff – ward managers to send names to AL by July": (
            ["Andrew Lake", "Wendy Padgett"],
            "2011-07-31",
        ),
        "Report the figures to the Board by 30.06.11": (["Keith Amberley"], "2011-06-30"),
    }


def test_a_closing_summary_of_actions_with_owners_first_and_the_date_last() -> None:
    minutes = read(
        PEOPLE + "1. Welcome\nApologies were noted.\n\nSummary of actions\n\n"
        "1.  KA – circulate the revised procedures to all partner\n    agencies – 30 June\n"
        "2.  Vale Police – review the referral pathway – next Board\n"
        "3.  WP / Andrew Lake – write to the providers – TBC\n" + NEXT
    )
    assert owners(minutes) == {
        "Circulate the revised procedures to all partner agencies": (["Keith Amberley"], "2011-06-30"),
        "Review the referral pathway": (["Vale Police"], "2011-09-14"),
        "Write to the providers": (["Wendy Padgett", "Andrew Lake"], None),
    }


def test_actions_under_a_heading_with_their_fields_after_the_task_wrapped_anywhere() -> None:
    minutes = read(
        PEOPLE + "1. Training\nThe programme moved online.\n\nActions:\n\n"
        "VB/11/04 – Evaluate the online programme and report to the Board. Lead:\n"
        "Andrew Lake and the Learning & Development sub-group. Due: for the September meeting.\n\n"
        "VB/11/05 – Circulate the policy to partners. Lead: Wendy Padgett. Due:\nASAP.\n\n"
        "Keith Amberley noted that the venue will change.\n" + NEXT
    )
    assert owners(minutes) == {
        "Evaluate the online programme and report to the Board": (
            ["Andrew Lake", "Learning & Development sub-group"],
            "2011-09-14",
        ),
        "Circulate the policy to partners": (["Wendy Padgett"], None),
    }


def test_actions_in_boxes_with_their_lead_and_target_date_under_them() -> None:
    minutes = read(
        PEOPLE + "1. Data\nMembers asked for the figures by team.\n\nACTION VB/11/21\n"
        "KA to add a breakdown of referrals by team to the dataset and circulate the revised\n"
        "dashboard to members.\nLead: KA\tTarget date: 31 August 2011\n\n"
        "DECISION: The Board endorsed the audit report.\nAL / WP to produce a short briefing on the audit.\n"
        "Lead: AL / WP\tTarget date: End of September 2011\n" + NEXT
    )
    assert owners(minutes) == {
        "KA to add a breakdown of referrals by team to the dataset and circulate the revised dashboard to members": (
            ["Keith Amberley"],
            "2011-08-31",
        ),
        "AL / WP to produce a short briefing on the audit": (["Andrew Lake", "Wendy Padgett"], "2011-09-30"),
    }


def test_a_minute_table_whose_action_cell_holds_several_actions_with_owner_and_date_fields() -> None:
    minutes = read(
        PEOPLE + "Minute\tDiscussion\tAction / Owner / Date\n"
        "11/01\tWelcome; Apologies were noted.\tAction: None\n"
        "11/02\tProcedures; The procedures were rewritten.\tAction: Circulate the procedures; Owner: AL/WP; "
        "Date: 30/6/11; Action: Nominate staff for training; Owner: Chair; Date: Sept 2011\n" + NEXT
    )
    assert owners(minutes) == {
        "Circulate the procedures": (["Andrew Lake", "Wendy Padgett"], "2011-06-30"),
        "Nominate staff for training": (["Judith Merrow"], "2011-09-30"),
    }


def test_an_action_log_that_carries_older_actions_keeps_only_this_meetings() -> None:
    minutes = read(
        PEOPLE + "1. Welcome\nApologies were noted.\n\nAppendix A – Action log\n"
        "Ref\tDate raised\tAction\tResponsible\tDue\tStatus\n"
        "11/02\t10/03/11\tReview the threshold document\tA Lake\tMar 11\tClosed\n"
        "11/05\t10/03/11\tReport on the backlog\tK Amberley\tApr 11\tOpen\n"
        "11/08\t08/06/11\tCirculate the draft plan\tW Padgett\tDec 11\tOpen\n"
        "11/09\t08/06/11\tReturn comments on the plan\tA Lake\tJun 11\tOpen\n" + NEXT
    )
    assert owners(minutes) == {
        "Circulate the draft plan": (["Wendy Padgett"], "2011-12-31"),
        "Return comments on the plan": (["Andrew Lake"], "2011-06-30"),
    }


def test_a_status_column_marking_actions_carried_forward() -> None:
    minutes = read(
        PEOPLE + "1. Welcome\nApologies were noted.\n\nOwner\tTarget date\tAction\tStatus\tRef\n"
        "AL\t08.03.11\tProvide the data\tAMBER – C/F\t10/33 (C/F)\n"
        "WP\t30.06.11\tPublish the policy\tNEW\t11/01\n" + NEXT
    )
    assert owners(minutes) == {"Publish the policy": (["Wendy Padgett"], "2011-06-30")}


def test_an_owner_column_beside_numbered_paragraphs_read_from_a_pdf() -> None:
    minutes = read(
        PEOPLE + "Action\n\n1. WELCOME\n1.1 The Chair welcomed everyone.\n\n"
        "2.1 Members discussed the funding of the Board at length.\t\n"
        "2.2 It was agreed that KA and AL would prepare a paper on the options for the September meeting.\tKA/AL\n"
        "2.3 WP said that the data was not recorded. WP will include it in the report to the next meeting.\tWP\n"
        "2.4 The Board noted the update and agreed no further action was needed.\tNoted\n" + NEXT
    )
    assert owners(minutes) == {
        "It was agreed that KA and AL would prepare a paper on the options for the September meeting": (
            ["Keith Amberley", "Andrew Lake"],
            "2011-09-14",
        ),
        "WP will include it in the report to the next meeting": (["Wendy Padgett"], "2011-09-14"),
    }


def test_owners_pasted_at_the_end_of_the_lines_of_a_narrow_action_column() -> None:
    column = " " * 78
    minutes = read(
        PEOPLE + f"Item   Minute{' ' * 64}Action by\n\n"
        "1.     Procedures\n"
        "       AL presented the revised procedures. The draft will go to the July\n"
        f"       meeting for approval.{' ' * 52}All\n"
        "       All partners to send their comments by 30th June.\n"
        "       KA and WP to meet the providers to agree a protocol, to be brought to\n"
        "       the September meeting.\n"
        f"{column}KA/WP\n"
        "       DI Corrigan asked for the figures by district so that the Police can\n"
        f"       target its work. This is to be provided for the next meeting.{' ' * 9}AL\n"
        f"       The Board noted the report.{' ' * 44}Noted\n" + NEXT
    )
    found = owners(minutes)
    assert found["All partners to send their comments by 30th June"] == (["all members"], "2011-06-30")
    assert found["KA and WP to meet the providers to agree a protocol, to be brought to the September meeting"] == (
        ["Keith Amberley", "Wendy Padgett"],
        "2011-09-14",
    )
    assert found[
        "DI Corrigan asked for the figures by district so that the Police can target its work. This is to be "
        "provided for the next meeting"
    ] == (["Andrew Lake"], "2011-09-14")
    assert len(found) == 3


def test_a_summary_with_the_owners_in_brackets_or_last() -> None:
    minutes = read(
        PEOPLE + "1. Welcome\nApologies were noted.\n\nActions agreed at this meeting:\n"
        "• Circulate the dashboard to members (KA) – immediate\n• Review the pathway (WP) – 30 June\n"
        "• Write to the Trust – Chair\n" + NEXT
    )
    assert owners(minutes) == {
        "Circulate the dashboard to members": (["Keith Amberley"], None),
        "Review the pathway": (["Wendy Padgett"], "2011-06-30"),
        "Write to the Trust": (["Judith Merrow"], None),
    }
    assert [a.asap for a in minutes.actions] == [True, False, False]


def test_a_box_with_its_task_on_the_action_line_and_each_field_on_a_line_of_its_own() -> None:
    minutes = read(
        PEOPLE + "1. Welcome\nNoted.\n\nACTION VB/11/02: KA to circulate the revised plan to all members\n"
        "before the summer.\nLead: KA\nTarget date: 30 June 2011\n\nMembers discussed the audit.\n"
        "WP to write to the providers about the audit.\nOwner: WP\nBy: September Executive\n" + NEXT
    )
    assert owners(minutes) == {
        "KA to circulate the revised plan to all members before the summer": (["Keith Amberley"], "2011-06-30"),
        "WP to write to the providers about the audit": (["Wendy Padgett"], None),  # a meeting of unknown date
    }
    assert any("no date known for 'September Executive'" in w for w in minutes.warnings)


def test_fields_in_brackets_after_the_task_and_an_owner_named_with_where_they_work() -> None:
    minutes = read(
        PEOPLE + "1. Policy\nThe policy was discussed.\n"
        "Action: Circulate the policy to partners (Lead: Andrew Lake; Due: 30 June 2011).\n\n"
        "Summary of actions\nVale MBC (Keith Amberley): review the pathway – next meeting\n" + NEXT
    )
    assert owners(minutes) == {
        "Circulate the policy to partners": (["Andrew Lake"], "2011-06-30"),
        "Review the pathway": (["Keith Amberley"], "2011-09-14"),
    }


def test_an_owner_column_with_the_due_date_under_the_owner_and_cells_wrapped() -> None:
    def row(text: str, cell: str = "") -> str:
        return f"      {text:<66}{cell}".rstrip() + "\n"

    minutes = read(
        PEOPLE + f"{' ' * 72}ACTION\n"
        "1.    TRAINING\n\n"
        + row("1.1   KA reported on the courses. KA will circulate the revised", "KA")
        + row("      programme to all partner agencies.", "30th June")
        + "\n"
        + row("1.2   Partners are to confirm what staffing they can commit to", "Vale Police")
        + row("      the hub from October, and the audit follows.", "/ Health")
        + row("", "End July")
        + "\n"
        + row("1.3   WP and AL will follow up the outstanding returns with the", "WP / AL")
        + row("      providers.", "End of summer")
        + row("", "term")
        + "\n"
        + row("1.4   The budget was discussed.", "Agreed")
        + NEXT
    )
    assert owners(minutes) == {
        "Circulate the revised programme to all partner agencies": (["Keith Amberley"], "2011-06-30"),
        "Partners are to confirm what staffing they can commit to the hub from October, and the audit follows": (
            ["Vale Police", "Health"],
            "2011-07-31",
        ),
        "WP and AL will follow up the outstanding returns with the providers": (["Wendy Padgett", "Andrew Lake"], None),
    }


def test_an_owner_in_the_column_two_spaces_after_the_text_and_initials_that_spell_a_word() -> None:
    minutes = read(
        "Date: 8th June 2011\n\nPresent:\nMark Ellis (ME) Director, Vale MBC\nWendy Padgett (WP) Vale Hospitals\n\n"
        f"{' ' * 72}ACTION\n"
        "1.    HUB\n\n"
        "1.1   The plan was presented. ME will circulate the project plan and  ME\n"
        f"      the draft agreement to all members.{' ' * 33}18.06.11\n" + NEXT
    )
    assert owners(minutes) == {
        "Circulate the project plan and the draft agreement to all members": (["Mark Ellis"], "2011-06-18")
    }


def test_a_log_with_heading_rows_across_it_and_older_actions_under_their_own_heading() -> None:
    minutes = read(
        PEOPLE + "1. Welcome\nNoted.\n\nAction Log\n\nRef\tMin.\tAction\tOwner\tDue\tStatus\n"
        "New actions – 8 June 2011\n"
        "11/01\t1\tCirculate the guidance; remind the providers of the pathway\tAL\t30/06/11\tNew\n"
        "11/02\t1\tWrite to the housing providers; Confirm the budget with partners\tKA; WP\tJuly 2011\tNew\n"
        "11/03\t1\tReconcile the missing data\tVale Police / CSC\tNext meeting\tNew\n"
        "Open actions from previous meetings\n"
        "10/38\t9/03/11 – 5\tRevise the threshold document\tKA\tMay 2011\tOpen – deferred\n" + NEXT
    )
    assert owners(minutes) == {
        "Circulate the guidance and remind the providers of the pathway": (["Andrew Lake"], "2011-06-30"),
        "Write to the housing providers": (["Keith Amberley"], "2011-07-31"),
        "Confirm the budget with partners": (["Wendy Padgett"], "2011-07-31"),
        "Reconcile the missing data": (["Vale Police", "CSC"], "2011-09-14"),
    }


def test_owners_in_a_log_that_read_as_a_title_or_a_group_with_an_ampersand() -> None:
    minutes = read(
        "Date: 8th June 2011\n\nPresent:\nFrances Rowe (FR) Head of Education\nSimon Tate (ST) Headteacher\n"
        "Lucy Ives (LI) Vale MBC\n\n1. Training\nNoted.\n\n"
        "No.\tAction\tOwner\tDue\n1\tRemind schools of the offer\tFR / ST\t30/06/11\n"
        "2\tEvaluate the training\tL&D sub-group\t30/07/11\n" + NEXT
    )
    assert owners(minutes) == {
        "Remind schools of the offer": (["Frances Rowe", "Simon Tate"], "2011-06-30"),
        "Evaluate the training": (["L&D sub-group"], "2011-07-30"),
    }


def test_an_action_for_a_month_s_board_among_the_future_meetings_listed() -> None:
    minutes = read(
        PEOPLE + "1. Policy\nAction: KA to bring a briefing paper to the November Board.\n\n"
        "Date of next meeting: 14th September 2011\n\n"
        "Future meetings in 2011: Wednesday 9 November and Wednesday 14 December.\n"
    )
    assert owners(minutes) == {"KA to bring a briefing paper to the November Board": (["Keith Amberley"], "2011-11-09")}


def test_an_action_by_column_and_a_date_column_pasted_as_text_with_their_cells_wrapped() -> None:
    def row(text: str, who: str = "", when: str = "") -> str:
        return f"{text:<60}{who:<12}{when}".rstrip() + "\n"

    minutes = read(
        "Date: 8th June 2011\n\nPresent:\nKA      Keith Amberley    Director, Vale MBC\n"
        "WP      Wendy Padgett     SAB Development Manager\nAL      Andrew Lake       Vale Police\n\n"
        + row("Minute   Discussion", "Action by", "Date")
        + "\n"
        + row("11/01    Training")
        + row("         AL reported on the courses delivered this year.")
        + row("         Action: Re-send the training data request to", "KA", "end of")
        + row("         partners.", "", "July")
        + "\n"
        + row("11/02    Annual report")
        + row("         Action: All partners to return their figures.", "All", "30.6.11")
        + row("", "partners")
        + row("         Action: Draft the annual report.", "SAB", "next")
        + row("", "Manager", "Board")
        + NEXT
    )
    assert owners(minutes) == {
        "Re-send the training data request to partners": (["Keith Amberley"], "2011-07-31"),
        "All partners to return their figures": (["all members"], "2011-06-30"),
        "Draft the annual report": (["Wendy Padgett"], "2011-09-14"),
    }


def test_an_action_line_broken_by_the_page_width_with_its_date_after_a_dash() -> None:
    minutes = read(
        PEOPLE + "1. Audit\nThe audit was discussed.\n\n"
        "ACTION: KA/WP – Report back on the audit of training compliance in GP practices – end\nJuly 2011.\n\n"
        "ACTION: Vale Police – Confirm the arrangements for attendance at strategy meetings out of hours\n"
        "– by next meeting.\n\n"
        "Action: all member agencies to return their training forms to\nAndrew Lake by the end of August.\n\n"
        "Action: DI Corrigan to nominate a representative to the review\npanel before the first panel meeting "
        "in July.\n" + NEXT
    )
    assert owners(minutes) == {
        "Report back on the audit of training compliance in GP practices by end July 2011": (
            ["Keith Amberley", "Wendy Padgett"],
            "2011-07-31",
        ),
        "Confirm the arrangements for attendance at strategy meetings out of hours by next meeting": (
            ["Vale Police"],
            "2011-09-14",
        ),
        "all member agencies to return their training forms to Andrew Lake by the end of August": (
            ["all members"],
            "2011-08-31",
        ),
        "DI Corrigan to nominate a representative to the review panel before the first panel meeting in July": (
            ["Ian Corrigan"],
            None,
        ),
    }


def test_an_action_for_a_month_s_board_among_future_meeting_dates_one_a_line() -> None:
    minutes = read(
        PEOPLE + "1. Policy\nAction: KA to bring a briefing paper to the December Board.\n\n"
        "Dates of future meetings\nWednesday 14th September 2011, 10am\nWednesday 7th December 2011, 10am\n"
    )
    assert owners(minutes) == {"KA to bring a briefing paper to the December Board": (["Keith Amberley"], "2011-12-07")}


def test_a_log_pasted_with_its_wrapped_cells_on_lines_of_their_own_and_a_page_footer() -> None:
    minutes = read(
        PEOPLE + "1. Welcome\nNoted.\n\nACTION LOG\n\nNo.\tOwner\tAction\tTarget date\tProgress\n"
        "A1\tKA\tAmend the minutes of the last meeting\t30/06/11\n\t\tand re-circulate\n"
        "A2\tHealth\tProvide assurance that all placements have been\tJuly 2011\n\t\treviewed\n"
        "Vale SAB – Minutes 08.06.11\t\t\tPage 1 of 2\n"
        "A3\tPerformance\tReview the dashboard to include outcome and\tNext meeting\n"
        "\tSub-group\tsatisfaction measures\n" + NEXT
    )
    assert owners(minutes) == {
        "Amend the minutes of the last meeting and re-circulate": (["Keith Amberley"], "2011-06-30"),
        "Provide assurance that all placements have been reviewed": (["Health"], "2011-07-31"),
        "Review the dashboard to include outcome and satisfaction measures": (["Performance Sub-group"], "2011-09-14"),
    }


def test_numbered_action_marks_and_a_timescale_sentence_after_the_task() -> None:
    minutes = read(
        PEOPLE + "1. Winter plan\nThe Board discussed the plan.\n\n"
        "ACTION 11/04: KA to circulate the winter plan to all partners by 30 June 2011.\n\n"
        "ACTION: Wendy Padgett to audit the discharge letters. Timescale: 31 August 2011.\n" + NEXT
    )
    assert owners(minutes) == {
        "KA to circulate the winter plan to all partners by 30 June 2011": (["Keith Amberley"], "2011-06-30"),
        "Wendy Padgett to audit the discharge letters. Timescale: 31 August 2011": (
            ["Wendy Padgett"],
            "2011-08-31",
        ),
    }


def test_a_numbered_word_list_of_actions_arising_each_citing_its_item() -> None:
    minutes = read(
        PEOPLE + "1. Finance\nThe budget was noted.\n\nActions arising from this meeting\n\n"
        "1.\t(Item 1) Amberley – confirm the council's contribution for next year – by 31 July 2011.\n\n"
        "2.\t(Item 4) Lake / Padgett – review the joint commissioning plan – Sept 2011.\n" + NEXT
    )
    found = {
        a.text: (a.item, [o.name for o in a.owners], a.due.isoformat() if a.due else None) for a in minutes.actions
    }
    assert found == {
        "Confirm the council's contribution for next year": ("1", ["Keith Amberley"], "2011-07-31"),
        "Review the joint commissioning plan": ("4", ["Andrew Lake", "Wendy Padgett"], "2011-09-30"),
    }


def test_an_action_lead_date_column_pasted_as_text_beside_the_minutes() -> None:
    minutes = read(
        PEOPLE + "No.   Item / Minute                                            Action / Lead / Date\n\n"
        "1.    Hospital discharge\n"
        "      WP reported on delayed discharges from the wards over      WP – audit of\n"
        "      the winter. The Board asked for an audit of the cases.     discharge letters\n"
        "                                                                 Sept 11\n"
        "      IC noted the police figures.\n"
        "                                                                 P&QA Sub-group –\n"
        "                                                                 review the data\n"
        "                                                                 Oct 11\n\n"
        "2.    Any other business\n"
        "      None.                                                      Noted\n" + NEXT
    )
    assert owners(minutes) == {
        "Audit of discharge letters": (["Wendy Padgett"], "2011-09-30"),
        "Review the data": (["P&QA Sub-group"], "2011-10-31"),
    }


def test_owners_named_by_their_roles_and_their_agencies_as_the_attendance_writes_them() -> None:
    minutes = read(
        "Date: 8th June 2011\n\nPresent:\nJudith Merrow – Independent Chair\n"
        "Omar Hale – Head of Safeguarding & Quality Assurance, Vale MBC\n"
        "Rosa Pike – Director of Children's Services, Vale MBC\n"
        "DI Ian Corrigan – Public Protection Unit, Vale Police\nAnn Dale – Manager, Healthwatch Vale\n\n"
        "1. Business\nThe plan was noted.\n\n"
        "Action: The Chair and the Director of Children's Services to meet the partners by 30 June 2011.\n\n"
        "Action: Head of Safeguarding & QA to add the measures to the dashboard by 31 July 2011.\n\n"
        "Action: Police and Healthwatch to run a joint briefing by 31 August 2011.\n" + NEXT
    )
    assert sorted(o for o, _ in owners(minutes).values()) == [
        ["Judith Merrow", "Rosa Pike"],
        ["Omar Hale"],
        ["Vale Police", "Healthwatch Vale"],
    ]


def test_a_log_of_actions_carried_forward_under_its_heading_is_not_this_meeting_s() -> None:
    minutes = read(
        PEOPLE + "1. Finance\nThe budget was noted.\n\nActions carried forward from previous meetings\n\n"
        "Ref\tAction\tLead\tStatus\n10/07\tRefresh the threshold document\tAL\tOpen – awaiting sign-off\n" + NEXT
    )
    assert minutes.actions == ()


def test_an_owner_margin_whose_owner_wraps_after_a_hyphen_and_an_info_note() -> None:
    minutes = read(
        PEOPLE + "ITEM                                                                          ACTION\n\n"
        "1.   Performance\n"
        "     The dashboard was presented and the figures were noted by members.        Info\n\n"
        "2.   Neglect\n"
        "     It was agreed that the Quality Assurance sub-group would audit the        QA sub-\n"
        "     neglect cases and report to the Board in September 2011.                  group\n"
        "                                                                               Sept 2011\n\n"
        "3.   Section 11\n"
        "     All agencies to return their section 11 audits to the Business            All\n"
        "     Manager by 31 July 2011.                                                  agencies\n" + NEXT
    )
    assert sorted((o, d) for o, d in owners(minutes).values()) == [
        (["QA sub-group"], "2011-09-30"),
        (["all members"], "2011-07-31"),
    ]


def test_a_month_and_the_meetings_two_digit_year_in_a_due_cell_is_that_month() -> None:
    """ "Dec 11" at a June 2011 meeting and "Jan 12" (the next year) are months; "Jul 20" is 20 July."""
    minutes = read(
        PEOPLE + "Action log\nNo.\tAction\tBy whom\tBy when\n"
        "1\tCirculate the revised procedures\tKA\tDec 11\n"
        "2\tReview the referral pathway\tIan Corrigan\tJan 12\n"
        "3\tWrite to the providers\tWP\tJul 20\n" + NEXT
    )
    assert [due for _, due in owners(minutes).values()] == ["2011-12-31", "2012-01-31", "2011-07-20"]


def test_numbered_action_points_after_the_minutes_read_each_sentence_for_its_owner_and_date() -> None:
    """ "ACTION POINTS – date" over a numbered list of "(Item n) X to do Y by date": each line an action, its owner a
    role the attendance gives ("Head of Commissioning"; "DASS" for a Director of Adult Social Services)."""
    minutes = read(
        "Date: 8th June 2011\n\nPresent: Judith Merrow (Chair), Keith Amberley (Director of Adult Social Services, "
        "Vale MBC), Andrew Lake (Head of Commissioning and Contracts, Vale MBC), DI Ian Corrigan (Vale Police)\n\n"
        "1. Welcome\nNoted.\n\nACTION POINTS – 8th June 2011\n\n"
        "1. (Item 3) Head of Commissioning to report progress on the provider reviews to the\nnext meeting.\n"
        "2. (Item 4) DASS to bring a paper on the Care Bill to the Board by 30/07/11.\n"
        "3. (Item 4) Vale Police to confirm a single point of contact – end of July 2011.\n\n"
        "Outstanding actions from previous meetings\n\n"
        "09.03.11 (4) – DoLS data to be included in the report – KA – COMPLETE\n" + NEXT
    )
    assert owners(minutes) == {
        "Head of Commissioning to report progress on the provider reviews to the next meeting": (
            ["Andrew Lake"],
            "2011-09-14",
        ),
        "DASS to bring a paper on the Care Bill to the Board by 30/07/11": (["Keith Amberley"], "2011-07-30"),
        "Vale Police to confirm a single point of contact – end of July 2011": (["Vale Police"], "2011-07-31"),
    }


def test_an_action_cell_of_tasks_each_signed_with_its_owner_and_date_on_the_next_line() -> None:
    minutes = read(
        PEOPLE + "Item\tDiscussion\tAction / Lead / By when\n"
        "1.\tTraining; The programme was discussed.\tCirculate the training calendar.; AL – 28/06/2011; Vale Police "
        "and the CCG to confirm their leads.; IC / WP – Fri 1st July\n"
        "2.\tAction log; Reviewed.\t10/03-04 c/f to July 2011 (KA)\n" + NEXT
    )
    assert owners(minutes) == {
        "Circulate the training calendar": (["Andrew Lake"], "2011-06-28"),
        "Vale Police and the CCG to confirm their leads": (["Ian Corrigan", "Wendy Padgett"], "2011-07-01"),
    }


def test_a_paragraph_that_ends_with_its_owner_and_date_in_brackets_is_an_action() -> None:
    """No "Action" word: the bracket names the owner and a date, and the sentence asks someone to do something;
    a bracket after a report ("(see item 5 – appendix)") is no action."""
    minutes = read(
        PEOPLE + "1. Training\nAL to prepare a self-assessment against the framework and circulate a draft. "
        "(AL – 27th June 2011)\n\nThe Board noted the report on training uptake (see item 5 – appendix).\n"
        "Vale Police to share the draft problem profile with the sub-group. (IC, as CSE lead – next meeting)\n" + NEXT
    )
    assert owners(minutes) == {
        "Prepare a self-assessment against the framework and circulate a draft": (["Andrew Lake"], "2011-06-27"),
        "Vale Police to share the draft problem profile with the sub-group": (["Ian Corrigan"], "2011-09-14"),
    }


def test_a_decision_and_action_log_reads_only_its_action_rows() -> None:
    minutes = read(
        PEOPLE + "Ref\tAgenda item\tSummary, decision or action\tType\tOwner\tDeadline\n"
        "1\tWelcome\tThe Chair welcomed members.\tI\t\t\n"
        "D11-01\tMinutes\tThe minutes were agreed.\tD\tChair\t08/06/11\n"
        "A11-02\tTraining\tCirculate the training calendar to members\tA\tAL\t30/06/11\n" + NEXT
    )
    assert owners(minutes) == {"Circulate the training calendar to members": (["Andrew Lake"], "2011-06-30")}


def test_an_action_column_of_initials_only_takes_the_sentence_of_the_minute_that_names_them() -> None:
    """The minute's own heading is no action, and a date before the meeting (the last minutes') is not when the
    action is due."""
    minutes = read(
        PEOPLE + "Item\tDiscussion\tAction\n"
        "1.\tMINUTES OF THE MEETING HELD ON 9TH MARCH 2011; Agreed, subject to KA amending the title at item 5."
        "\tKA\n"
        "2.\tTRAINING UPDATE; The programme was noted. AL will circulate the revised calendar by 30th June."
        "\tAL\n" + NEXT
    )
    found = owners(minutes)
    assert [(o, due) for o, due in found.values()] == [(["Keith Amberley"], None), (["Andrew Lake"], "2011-06-30")]
    assert not any(text.isupper() for text in found)


def test_what_a_paragraph_ends_by_agreeing_is_an_action_when_no_marked_action_follows() -> None:
    """Minutes that record agreements in prose: each is read (and named in the warnings for the manager to
    check); an agreement restated by a marked action later in the item is left to the mark, and a sentence
    that points to the action log is read there."""
    minutes = read(
        PEOPLE + "1. Training\nThe uptake figures were discussed. Wendy Padgett agreed to circulate the dates of "
        "the 2011 courses to all partner agencies by 31st July.\n\n"
        "2. Budget\nIt was agreed that Keith Amberley would write to the chief executives about contributions.\n\n"
        "3. Audit\nAndrew Lake agreed to report the audit findings.\nACTION: AL to report the audit findings to the "
        "September Board.\n\n4. Any other business\nIC to confirm a name (Action 11/04).\n" + NEXT
    )
    assert owners(minutes) == {
        "Wendy Padgett to circulate the dates of the 2011 courses to all partner agencies by 31st July": (
            ["Wendy Padgett"],
            "2011-07-31",
        ),
        "Keith Amberley to write to the chief executives about contributions": (["Keith Amberley"], None),
        "AL to report the audit findings to the September Board": (["Andrew Lake"], "2011-09-14"),
    }
    assert sum("from the discussion" in w for w in minutes.warnings) == 2


def test_an_action_column_that_stacks_reference_owner_task_and_date_on_lines_of_their_own() -> None:
    """Several actions to a cell; a task-less one ("2311-02; WP; 31/10/11") is the minute's sentence naming its
    owner; an older action's note ("Complete", "c/f from March") drops what belongs to it."""
    minutes = read(
        PEOPLE + "No.\tItem\tAction\n"
        "1.\tTraining; The programme was agreed.\tAL; Circulate the training calendar to members; 30/06/11; "
        "KA / IC; Report the audit findings to the Board; Sept 2011\n"
        "2.\tHospital audit; The audit was presented. WP will share the ward findings with the sub-group."
        "\t2311-02; WP; 31/10/11\n"
        "3.\tAction log; Reviewed.\tComplete; AL; c/f from March; KA; 31/07/11\n" + NEXT
    )
    assert owners(minutes) == {
        "Circulate the training calendar to members": (["Andrew Lake"], "2011-06-30"),
        "Report the audit findings to the Board": (["Keith Amberley", "Ian Corrigan"], "2011-09-30"),
        "WP will share the ward findings with the sub-group": (["Wendy Padgett"], "2011-10-31"),
    }


def test_actions_agreed_bullets_that_end_with_owner_and_date_wrapped_onto_a_dash_line() -> None:
    minutes = read(
        PEOPLE + "1. Review\nThe report was received.\n\nActions agreed:\n"
        "• Each partner agency to confirm to the Business Manager the named owner of its single-agency action plan\n"
        "– All members, 18 October 2011\n\n"
        "• Produce a seven-minute briefing on the learning from the review – AL, 31 October\n\n"
        "• (c/f) Action 11/07: sign-off of the revised protocol – KA, 12 December 2011\n" + NEXT
    )
    assert owners(minutes) == {
        "Each partner agency to confirm to the Business Manager the named owner of its single-agency action plan by "
        "18 October 2011": (["all members"], "2011-10-18"),
        "Produce a seven-minute briefing on the learning from the review by 31 October": (
            ["Andrew Lake"],
            "2011-10-31",
        ),
    }


def test_an_owner_cell_naming_a_person_with_their_agency_post_or_body_is_the_person() -> None:
    """ "Name, Agency", "Name, POST" and "Name (Body)" name one owner, never an organisation split at its "and"."""
    minutes = read(
        "Date: 8th June 2011\n\nPresent: Judith Merrow (Chair), Keith Amberley (Director of Adult Social Services, "
        "Vale MBC), Lee Harrop (Group Manager, Vale Fire and Rescue Service), Wendy Padgett (Chair, Learning and "
        "Development Subgroup)\n\n1. Welcome\nNoted.\n\nAction log\nNo.\tAction\tBy whom\tBy when\n"
        "1\tProvide data on home fire safety visits\tLee Harrop, Vale Fire and Rescue Service\t30/06/11\n"
        "2\tReport on the DoLS backlog\tKeith Amberley, DASS\t31/07/11\n"
        "3\tProduce a seven-minute briefing\tWendy Padgett (Learning and Development Subgroup)\t31/08/11\n" + NEXT
    )
    assert [found for found, _ in owners(minutes).values()] == [["Lee Harrop"], ["Keith Amberley"], ["Wendy Padgett"]]


def test_a_minute_table_with_an_unheaded_minute_column_and_owner_cells_wrapped_onto_lines_of_their_own() -> None:
    """ "Item | | Action" with the minute's column unheaded; an owner cell's second line ("All agencies") alone under
    its row is that cell's, and a heading row "Open actions from previous meetings" is not."""
    minutes = read(
        PEOPLE + "Item\t\tAction\n"
        "1.\tTRAINING\t\n"
        "1.1\tAL to circulate the revised calendar to all members by 30th June.\tAL\n"
        "1.2\tEach agency to confirm its training lead to the Business Manager by 15th July.\tKA\n"
        "All agencies\n"
        "1.3\tThe Board noted the report.\t\n" + NEXT
    )
    read_as = sorted(([o.name for o in a.owners], a.text) for a in minutes.actions)
    assert read_as == [
        (["Andrew Lake"], "AL to circulate the revised calendar to all members by 30th June"),
        (["Keith Amberley"], "Each agency to confirm its training lead to the Business Manager by 15th July"),
        (["all members"], "Each agency to confirm its training lead to the Business Manager by 15th July"),
    ]


def test_a_task_is_kept_without_the_reference_written_before_it() -> None:
    minutes = read(
        PEOPLE + "4. Audit\n4.1 The Board discussed the audit.\n"
        "4.4 Each agency to complete the self-assessment by 31 July 2011. ACTION: ALL\n\n"
        "Action log\nRef\tAction\tLead\tDate\nVB2\tVB2. Circulate the protocol to partners\tKA\t30 June 2011\n" + NEXT
    )
    assert owners(minutes) == {
        "Each agency to complete the self-assessment by 31 July 2011 – ALL": (["all members"], "2011-07-31"),
        "Circulate the protocol to partners": (["Keith Amberley"], "2011-06-30"),
    }


@pytest.mark.parametrize(
    ("task", "kept"),
    [
        ("A13. Send comments on the draft strategy", "Send comments on the draft strategy"),
        ("WSCP/20/41 – Evaluate the training programme", "Evaluate the training programme"),
        ("3.2 (Min 5.1) Private fostering leaflets", "(Min 5.1) Private fostering leaflets"),
        ("2) The Chair to write to the Trust", "The Chair to write to the Trust"),
        ("7 minute briefing on the audit", "7 minute briefing on the audit"),
        ("Q3 dataset to the Board", "Q3 dataset to the Board"),
        ("3.5 million contacts to be analysed", "3.5 million contacts to be analysed"),
        ("212 CAFs to be reviewed", "212 CAFs to be reviewed"),
    ],
)
def test_only_a_reference_is_taken_off_the_front_of_a_task(task: str, kept: str) -> None:
    assert without_reference(task) == kept


def test_an_action_owner_due_column_with_several_numbered_actions_to_a_cell() -> None:
    minutes = read(
        PEOPLE + "Minutes\nNo.\tItem / discussion\tAction – owner – due\n"
        "1\tTraining; The Board discussed the programme.\t11/06 – KA to circulate the programme.; Due: 30/06/11\n"
        "2\tAudit; The audit was noted.\t11/07 – All partners to return the audit to AL by 24/06/11.; "
        "11/08 – WP (Vale Hospitals) to collate the health returns.; Due: July 2011\n"
        "3\tBudget; Contributions were discussed.\t11/09 – Statutory partners to confirm their contributions.; "
        "Due: 31/07/11\n" + NEXT
    )
    assert owners(minutes) == {
        "KA to circulate the programme": (["Keith Amberley"], "2011-06-30"),
        "All partners to return the audit to AL by 24/06/11": (["all members"], "2011-06-24"),
        "WP (Vale Hospitals) to collate the health returns": (["Wendy Padgett"], "2011-07-31"),
        "Statutory partners to confirm their contributions": (["Statutory partners"], "2011-07-31"),
    }


def test_owners_joined_with_with_and_a_group_naming_its_people_in_brackets() -> None:
    minutes = read(
        "Date: 8th June 2011\n\nPresent: Judith Merrow (Chair), Vale LSCB; DI Kerry Osei-Mensah, Vale Police; "
        "Andrew Lake, Vale MBC; Wendy Padgett, Vale Hospitals NHS Trust\n\n"
        "Action log\nRef\tOwner\tAction\tDue by\tStatus\n"
        "11/03\tAL\tReview the threshold document\tMay 11\tCarried forward\n"
        "11/04\tWP\tAudit of referrals\tApril 11\tOngoing\n"
        "11/10\tKOM with AL and WP\tBring a draft exploitation protocol\t30/09/11\tNew\n"
        "11/11\tStatutory partners (JM / AL / KOM)\tSign off the annual report\t31/07/11\tNew\n"
        "11/12\tSub-group chairs\tSend contributions to the annual report\t15/07/11\tNew\n" + NEXT
    )
    assert owners(minutes) == {
        "Bring a draft exploitation protocol": (["Kerry Osei-Mensah", "Andrew Lake", "Wendy Padgett"], "2011-09-30"),
        "Sign off the annual report": (["Judith Merrow", "Andrew Lake", "Kerry Osei-Mensah"], "2011-07-31"),
        "Send contributions to the annual report": (["Sub-group chairs"], "2011-07-15"),
    }


def test_a_running_head_between_pasted_pages_is_not_part_of_a_table() -> None:
    head = "Vale LSCB – Board Minutes 08.06.11                                   DRAFT – for approval 14.09.11\n"
    minutes = read(
        head
        + "\n"
        + PEOPLE
        + "No.     Item / Discussion                               Action                  Lead     By when\n\n"
        "1.      Training                                        Circulate the           KA       30 June\n"
        "        The Board discussed the programme.              programme\n\n"
        "                                                                     Page 1 of 3\n\n" + head + "\n"
        "2.      Audit                                           Report the audit        AL       July 2011\n"
        "        The audit was noted.                            findings\n\n"
        "                                                                     Page 2 of 3\n\n" + head + "\n"
        "3.      Any other business                              None\n" + NEXT
    )
    assert owners(minutes) == {
        "Circulate the programme": (["Keith Amberley"], "2011-06-30"),
        "Report the audit findings": (["Andrew Lake"], "2011-07-31"),
    }
    assert minutes.meeting.date.isoformat() == "2011-06-08"


def test_lettered_actions_paired_with_their_lettered_owners_and_dates() -> None:
    minutes = read(
        PEOPLE + "No.\tItem\tDiscussion\tAction\tLead\tDeadline\n"
        "4\tAnnual report\tThe draft was circulated.\t(a) Send comments on the draft to AL; (b) Present the report "
        "to the Health and Wellbeing Board\t(a) All members (b) KA\t(a) ASAP; (b) July 2011\n" + NEXT
    )
    assert owners(minutes) == {
        "Send comments on the draft to AL": (["all members"], None),
        "Present the report to the Health and Wellbeing Board": (["Keith Amberley"], "2011-07-31"),
    }


def test_an_action_by_and_date_column_with_older_actions_noted_among_the_owners() -> None:
    minutes = read(
        PEOPLE + "Minute\tItem / discussion\tAction by / date\n"
        "11/03; Matters arising\tThe minutes were agreed.; ACTION: KA to amend the minutes and recirculate.; "
        "IC to report to the July Board.\tKA; 30/06/11; IC – c/f July; Complete\n"
        "11/04; Audit\tThe audit was discussed.; ACTION: AL and WP to present the findings.\tAL / WP; Sept 2011\n"
        + NEXT
    )
    assert owners(minutes) == {
        "KA to amend the minutes and recirculate": (["Keith Amberley"], "2011-06-30"),
        "AL and WP to present the findings": (["Andrew Lake", "Wendy Padgett"], "2011-09-30"),
    }


def test_a_pasted_summary_of_actions_with_rows_a_cell_a_line_and_older_ones_under_a_heading() -> None:
    minutes = read(
        PEOPLE + "SUMMARY OF ACTIONS\n\n"
        "No.    Action                                       Lead        By when\n"
        "1      Circulate the revised procedures to all      KA          30.06.11\n"
        "       partner agencies\n"
        "2\nReport the audit findings to the Board\nAL\nSeptember meeting\n"
        "3      Review the referral pathway                  WP          July 2011\n\n"
        "ACTIONS CARRIED FORWARD FROM PREVIOUS MEETINGS\n"
        "11/02  Refresh the neglect strategy                 AL          June 2011 – c/f\n" + NEXT
    )
    assert owners(minutes) == {
        "Circulate the revised procedures to all partner agencies": (["Keith Amberley"], "2011-06-30"),
        "Report the audit findings to the Board": (["Andrew Lake"], "2011-09-14"),
        "Review the referral pathway": (["Wendy Padgett"], "2011-07-31"),
    }


def test_an_older_action_described_in_brackets_after_its_number_is_not_a_new_one() -> None:
    minutes = read(
        PEOPLE + "2. Matters arising\nAction 11/03/05 (revised escalation policy) – the sub-group has completed the "
        "revision but the meeting was cancelled, so it has not been signed off.\n"
        "ACTION (KA): Circulate the revised escalation policy for sign-off by 30 June 2011.\n" + NEXT
    )
    assert owners(minutes) == {
        "Circulate the revised escalation policy for sign-off by 30 June 2011": (["Keith Amberley"], "2011-06-30")
    }


def test_the_next_meeting_found_however_it_is_written_and_actions_due_at_it() -> None:
    body = (
        PEOPLE.replace("Date: 8th June 2011\n\n", "Vale LSCB – minutes of the meeting held on 8th June\n2011\n\n")
        + "2. Minutes of 9 March 2011\nAgreed.\n3. Training\nACTION: KA to report back to the next meeting.\n"
        "ACTION: AL to bring the audit to the December Board.\n"
    )
    endings = {
        "heading and a numbered row": "11. DATE OF NEXT MEETING\n11.1\tWednesday 14th September 2011, 2pm\n",
        "future meetings listed": "11. Dates of future meetings\nWednesday 14 September 2011, 10:00, Council Chamber\n"
        "Wednesday 14 December 2011, 10:00, Council Chamber\n",
        "inside a paragraph": "11. Any other business\nNone. Next Board meeting: Wednesday 14 September 2011, 2pm, "
        "County Hall. Board development day: Wednesday 14 December 2011.\n",
        "a joint heading with a sentence after": "11. Next joint meeting\nWednesday 14th September 2011, 10:00–13:00, "
        "venue tbc. The separate boards meet in December as scheduled.\n",
    }
    for how, ending in endings.items():
        minutes = read(body + ending)
        assert minutes.meeting.date.isoformat() == "2011-06-08", how
        assert minutes.next_meeting is not None and minutes.next_meeting.date.isoformat() == "2011-09-14", how
        assert owners(minutes)["KA to report back to the next meeting"] == (["Keith Amberley"], "2011-09-14"), how
    listed = owners(read(body + endings["future meetings listed"]))
    assert listed["AL to bring the audit to the December Board"] == (["Andrew Lake"], "2011-12-14")


def test_a_fire_and_rescue_service_is_one_owner() -> None:
    minutes = read(
        PEOPLE.replace(
            "DI Ian Corrigan (Vale Police)", "DI Ian Corrigan (Vale Police), Jo Roe (Vale Fire and Rescue Service)"
        )
        + "1. Audits\nACTION: AL and Vale Fire and Rescue Service to submit the outstanding "
        "returns by 14 October 2011.\n" + NEXT
    )
    found = owners(minutes)
    [(who, due)] = found.values()
    assert due == "2011-10-14" and "Vale Fire and Rescue Service" in who
    assert not any(w in {"Vale Fire", "Rescue Service"} for w in who)  # never the service cut in two


def test_a_summary_pasted_a_cell_a_line_whose_action_cell_wraps() -> None:
    minutes = read(
        PEOPLE + "Summary of actions\nNo.\nAction\nLead\nTimescale\n"
        "11/12\nIssue the contribution invoices to partner agencies\nKA\n30/06/11\n"
        "11/13\nComplete chronologies for the review and return them to the Business\nManager\nAll agencies\n"
        "24/06/11\n11/14\nCirculate the draft terms of reference\nAL\nw/c 13th June\n" + NEXT
    )
    assert owners(minutes) == {
        "Issue the contribution invoices to partner agencies": (["Keith Amberley"], "2011-06-30"),
        "Complete chronologies for the review and return them to the Business Manager": (["all members"], "2011-06-24"),
        "Circulate the draft terms of reference": (["Andrew Lake"], "2011-06-13"),
    }
