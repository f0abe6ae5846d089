"""More of the ways boards write attendance and actions, read with no roster: a joint board's register that says
which board each member sits on, short lists that end as sentences do, logs that mark this meeting's rows "New"
among rows with other statuses. Each class in invented forms."""

from __future__ import annotations

from bot.directory import Directory
from bot.minutes.reader import Minutes, parse_minutes
from bot.understanding.names import NameIndex

EMPTY = NameIndex(Directory(board_id=0, board_name="", version=0))
HEAD = "Fernley Safeguarding Children Board and Safeguarding Adults Board\nTuesday 17 July 2018, 10.00 – 13.00\n\n"
NEXT = "\nDate of next meeting: 16 October 2018\n"


def read(text: str) -> Minutes:
    return parse_minutes(HEAD + text + NEXT, EMPTY)


def names(people: tuple[object, ...]) -> list[str]:
    return [p.name for p in people]  # type: ignore[attr-defined]


def owners(minutes: Minutes) -> dict[str, tuple[list[str], str | None]]:
    return {a.text: ([o.name for o in a.owners], a.due.isoformat() if a.due else None) for a in minutes.actions}


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
