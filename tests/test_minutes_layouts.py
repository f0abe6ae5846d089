"""Minutes as other boards write them, read with no roster at all: attendance layouts, who is a person, action
tables, and owners named the way the attendance introduced them. Each class is tried in several invented forms."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.directory import Directory
from bot.minutes.people import person_name
from bot.minutes.reader import Minutes, parse_minutes
from bot.understanding.names import NameIndex

EMPTY = NameIndex(Directory(board_id=0, board_name="", version=0))


def read(text: str) -> Minutes:
    return parse_minutes(text, EMPTY)


def names(people: tuple[object, ...]) -> list[str]:
    return [p.name for p in people]  # type: ignore[attr-defined]


def owners(minutes: Minutes) -> list[tuple[str, list[str], str | None]]:
    return [(a.text, [o.name for o in a.owners], a.due.isoformat() if a.due else None) for a in minutes.actions]


# ----------------------------------------------------------------------------------------------------------
# Who is a person


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("DCI JANE ROE (JR)", "Jane Roe"),
        ("C SMITH", "C Smith"),
        ("Dr Anne-Marie Carey", "Anne-Marie Carey"),
        ("Cllr Brian O'Neill", "Brian O'Neill"),
        ("Det Supt Rob Kendrick", "Rob Kendrick"),
        ("Rebecca West", "Rebecca West"),
        ("Mayada AbuAffan", "Mayada AbuAffan"),
        ("Jo van der Berg", "Jo van der Berg"),
    ],
)
def test_names_of_people_are_people(written: str, name: str) -> None:
    found = person_name(written)
    assert found is not None and found.name == name


@pytest.mark.parametrize(
    "written",
    ["Foundation Trust", "Board)", "Item", "West Midlands Police", "NHS CCG", "Head of Service", "Young People",
     "Commissioning Group", "Children's Services", "Minutes", "Apologies"],
)  # fmt: skip
def test_fragments_organisations_and_jobs_are_never_people(written: str) -> None:
    assert person_name(written) is None


# ----------------------------------------------------------------------------------------------------------
# Attendance layouts

HEADER = "Northmoor Safeguarding Adults Board\nDate: 4th March 2014\n\n"


def test_row_headed_table_keeps_officers_and_absent_members_apart() -> None:
    minutes = read(
        HEADER + "Present\tAnna Kowalski (AK) – Independent Chair; Tom Reed (TR) – Director, Northmoor Council\n"
        "\tPaul Ibe – Northmoor CCG\n"
        "In attendance\tSian Lloyd – Board Manager; Ruth Hale – Minutes\n"
        "Apologies\tMark Dyer – Police (rep: Paul Ibe)\n"
        "Not present\tGail Short – Housing\n\n1. Welcome\nAction – TR: circulate the audit by 30 April 2014.\n"
    )
    assert names(minutes.attendees) == ["Anna Kowalski", "Tom Reed", "Paul Ibe"]
    assert names(minutes.in_attendance) == ["Sian Lloyd", "Ruth Hale"]
    assert names(minutes.apologies) == ["Mark Dyer"] and minutes.apologies[0].representative == "Paul Ibe"
    assert names(minutes.absent) == ["Gail Short"]
    assert owners(minutes) == [("circulate the audit by 30 April 2014", ["Tom Reed"], "2014-04-30")]


def test_column_headed_table_with_an_in_attendance_column() -> None:
    minutes = read(
        HEADER + "Members present\tApologies\tIn attendance\n"
        "Anna Kowalski, Independent Chair; Paul Ibe, Northmoor CCG\tMark Dyer, Police (rep: Paul Ibe)\t"
        "Sian Lloyd, Business Manager\n\n1. Welcome\nAction: Business Manager to book the venue.\n"
    )
    assert names(minutes.attendees) == ["Anna Kowalski", "Paul Ibe"]
    assert names(minutes.in_attendance) == ["Sian Lloyd"]
    assert minutes.apologies[0].representative == "Paul Ibe"
    assert owners(minutes)[0][1] == ["Sian Lloyd"]


def test_one_a_line_with_roles_and_agencies_wrapping_onto_the_next_line() -> None:
    minutes = read(
        HEADER + "Present:\n"
        "Graham Shaw – Director of Adult Social Care, Wexham Borough\nCouncil\n"
        "Helen Okafor – Designated Nurse, Wexham Clinical\nCommissioning Group\n"
        "DCI Tom Reilly – Public Protection, Thames Valley Police (representing\nSupt Andrew Fairley)\n"
        "Julia Tennant – Senior Probation Officer, National Probation Service (also\nrepresenting the CRC)\n\n"
        "Apologies:\nSupt Andrew Fairley – Thames Valley Police\n\n1. Welcome\nThe Chair welcomed members.\n"
    )
    assert names(minutes.attendees) == ["Graham Shaw", "Helen Okafor", "Tom Reilly", "Julia Tennant"]
    assert minutes.attendees[1].role == "Designated Nurse"
    assert minutes.attendees[1].agency == "Wexham Clinical Commissioning Group"
    assert minutes.apologies[0].representative == "Tom Reilly"  # "(representing X)" names X's representative


def test_upper_case_initial_and_surname_lists_in_columns() -> None:
    minutes = read(
        "MINUTES OF THE BOARD MEETING\nDate\tTHURSDAY 12TH MARCH 2009\nTime\t9.00AM – 12.00NOON\n\n"
        "PRESENT\n\nP HARGREAVES (Chair),\tM OKONKWO,\tD FENWICK,\nS BRADSHAW,\tJ ATKINSON\n\n"
        "APOLOGIES\n\nJ MIDGLEY,\tS KHAN,\n\nR ELLERBY\n\n1. WELCOME\n"
        "ACTION – M OKONKWO to circulate the revised terms of reference.\n"
    )
    assert minutes.meeting.date == dt.date(2009, 3, 12)
    assert (minutes.meeting.start, minutes.meeting.end) == (dt.time(9), dt.time(12))
    assert names(minutes.attendees) == ["P Hargreaves", "M Okonkwo", "D Fenwick", "S Bradshaw", "J Atkinson"]
    assert names(minutes.apologies) == ["J Midgley", "S Khan", "R Ellerby"]
    assert owners(minutes)[0][1] == ["M Okonkwo"]


def test_a_label_over_a_name_and_agency_table_with_wrapped_cells_and_page_furniture() -> None:
    minutes = read(
        "RESTRICTED\nMinutes of the meeting held on Wednesday 7th July 2010 at 2.00pm – 4.30pm\n\nPRESENT:\n"
        "Name\tDesignation\tAgency\nChristine Abbott\tIndependent Chair\tMarlow LSCB\n"
        "Tony Whelan\tDirector of Children's Services\tMarlow Borough\nCouncil\n"
        "Cllr Derek Standen\tPortfolio Holder, Children and\nYoung People\tMarlow Borough\nCouncil\n"
        "Page 1 of 4\nRESTRICTED\nIN ATTENDANCE:\nGail Prentice\tLSCB Manager\n\n1.\tWELCOME\nNoted.\n"
    )
    assert names(minutes.attendees) == ["Christine Abbott", "Tony Whelan", "Derek Standen"]
    assert names(minutes.in_attendance) == ["Gail Prentice"]


# ----------------------------------------------------------------------------------------------------------
# Action tables

PEOPLE = (
    "Date: 8th June 2011\n\nPresent: Judith Merrow (Chair), Keith Amberley (Director, Vale MBC), Andrew Lake "
    "(Head of Commissioning, Vale MBC), Wendy Padgett (Vale Hospitals NHS Trust), DI Ian Corrigan (Vale Police)\n\n"
)


@pytest.mark.parametrize(
    "heading",
    ["No.\tAction\tBy whom\tBy when", "Ref\tBy when\tAction required\tLead officer",
     "Action\tResponsible\tTimescale", "No.\tAgreed action\tOwner\tTarget date"],
)  # fmt: skip
def test_an_action_log_in_any_order_of_columns(heading: str) -> None:
    columns = heading.split("\t")
    rows = [
        {"action": "Circulate the revised procedures", "who": "Lake / Amberley", "when": "30th June 2011"},
        {"action": "Write to the Police about strategy meetings", "who": "Chair", "when": "ASAP"},
        {"action": "Provide training figures", "who": "Padgett", "when": "Next meeting"},
        {"action": "Noted", "who": "", "when": ""},
    ]
    lines = []
    for number, row in enumerate(rows, start=1):
        cells = []
        for column in columns:
            kind = column.lower()
            if "action" in kind:
                cells.append(row["action"])
            elif kind in {"no.", "ref"}:
                cells.append(str(number))
            elif "when" in kind or "time" in kind or "date" in kind:
                cells.append(row["when"])
            else:
                cells.append(row["who"])
        lines.append("\t".join(cells))
    minutes = read(PEOPLE + "1. Welcome\nApologies were noted.\n\n" + heading + "\n" + "\n".join(lines) + "\n"
                   "\nDate of next meeting: 14th September 2011\n")  # fmt: skip
    found = {text: (who, due) for text, who, due in owners(minutes)}
    assert found == {
        "Circulate the revised procedures": (["Andrew Lake", "Keith Amberley"], "2011-06-30"),
        "Write to the Police about strategy meetings": (["Judith Merrow"], None),
        "Provide training figures": (["Wendy Padgett"], "2011-09-14"),
    }
    assert [a.asap for a in minutes.actions if "Police" in a.text] == [True]


def test_an_action_column_inside_the_minute_table_with_two_actions_in_a_cell() -> None:
    minutes = read(
        PEOPLE + "Item\tDiscussion\tAction\tLead\tDate\n"
        "1. Welcome\tApologies were noted.\tNone\t\t\n"
        "2. Procedures\tThe procedures were rewritten.\tCirculate the procedures; Return comments\t"
        "Andrew Lake; All partners\t8 July 2011; 29 July 2011\n"
        "\tContinued discussion.\tShare the audit plan\tWI\tJuly\n"
    )
    assert owners(minutes) == [
        ("Circulate the procedures", ["Andrew Lake"], "2011-07-08"),
        ("Return comments", ["all members"], "2011-07-29"),
        ("Share the audit plan", [], "2011-07-31"),
    ]
    assert [a.item for a in minutes.actions] == ["2", "2", "2"]


def test_a_pasted_action_sheet_whose_cells_wrap_across_lines_and_pages() -> None:
    minutes = read(
        PEOPLE + "1. Welcome\nNoted.\n\nACTION SHEET\nNo.\tAction\tLead\tTarget date\n"
        "1\tReport on the impact of the reduction in Area\nBased Grant on early help\nservices\tK Amberley / A Lake\t"
        "Oct 2011\n\nVale LSCB – Minutes 08.06.11        Page 3 of 4\n\nRESTRICTED\n\n"
        "No.\tAction\tLead\tTarget date\n2\tExplain police attendance at initial\nchild protection conferences\t"
        "Police\tNext meeting\n\nDate of next meeting: 14th September 2011\n"
    )
    assert owners(minutes) == [
        ("Report on the impact of the reduction in Area Based Grant on early help services",
         ["Keith Amberley", "Andrew Lake"], "2011-10-31"),
        ("Explain police attendance at initial child protection conferences", ["Vale Police"], "2011-09-14"),
    ]  # fmt: skip


def test_initials_and_roles_the_attendance_defines_name_owners() -> None:
    minutes = read(
        "Date: 27.11.2014\n\nPresent\tAngela Jarvis (AJ) – Independent Chair; Sarah Kelly (SK) – Designated Nurse; "
        "Dr Simon Kirby (SKi) – Designated Doctor\nIn attendance\tLorna Pryce (LP) – LSCB Business Manager\n\n"
        "1. Health\nAction – SKi: review the rota.\nAction – LP / AJ: complete the self-assessment by 19.12.14.\n"
        "ACTION – Business Manager to update the tracker.\nAction – the Chair: write to the CCG.\n"
    )
    assert [who for _, who, _ in owners(minutes)] == [
        ["Simon Kirby"],
        ["Lorna Pryce", "Angela Jarvis"],
        ["Lorna Pryce"],
        ["Angela Jarvis"],
    ]
    assert not any("not on the roster" in w for w in minutes.warnings if "Kirby" in w)


@pytest.mark.parametrize(
    ("action", "fields"),
    [
        ("A3  Fire and Rescue Service to sign the agreement.", ["Lead: Craig Nesbitt   By: 30th April 2011"]),
        ("A3. Sign the information sharing agreement", ["Owner: Craig Nesbitt", "Due: 30/04/2011"]),
        ("Action: sign the information sharing agreement", ["Responsible: C Nesbitt", "Deadline: end of April 2011"]),
    ],
)
def test_an_action_with_its_owner_and_date_on_lines_of_their_own(action: str, fields: list[str]) -> None:
    minutes = read(
        "Date: 21st March 2011\n\nPresent: Margaret Ives (Chair), Craig Nesbitt (Fire and Rescue Service)\n\n"
        "1.  Information sharing\nThe agreement has been signed by all partners except the fire service.\n\n"
        + action
        + "\n"
        + "\n".join(f"    {f}" for f in fields)
        + "\n\n2.  Any other business\nNone.\n"
    )
    (found,) = minutes.actions
    assert [o.name for o in found.owners] == ["Craig Nesbitt"] and found.due == dt.date(2011, 4, 30)
    assert "agreement" in found.text and "Lead" not in found.text


def test_action_by_after_the_paragraph_names_the_owner_of_its_last_sentence() -> None:
    minutes = read(
        "Date: 12th June 2008\n\nPRESENT:\nMrs Beryl Ashworth\tStourley CVS\nMrs Linda Foley\tLSCB Manager\n\n"
        "1.\tMATTERS ARISING\n\nThe CVS had issued guidance to 86 groups. Mrs Ashworth will follow up the groups that "
        "have not responded and report back in September.\nAction by: B Ashworth\n\n"
        "2.\tPRIVATE FOSTERING\n\nThe Board agreed that an awareness campaign should run in the autumn.\n"
        "Action by: LSCB Manager – October 2008\n"
    )
    assert owners(minutes) == [
        ("Mrs Ashworth will follow up the groups that have not responded and report back in September",
         ["Beryl Ashworth"], "2008-09-30"),
        ("The Board agreed that an awareness campaign should run in the autumn by October 2008", ["Linda Foley"],
         "2008-10-31"),
    ]  # fmt: skip


def test_apologies_written_as_a_sentence_and_a_minute_table_with_only_an_action_by_column() -> None:
    minutes = read(
        "MINUTES of a meeting of the Safeguarding Adults Board held on Tuesday, 17 November 2009 at 10.00 a.m.\n\n"
        "Members:\n\nCouncillor P GRANT (Chair),\tJ ALDRIDGE,\tS BEVAN,\nM DAVIES,\tR KINSELLA\tand V STOKES.\n\n"
        "Minute\t\tAction by\n"
        "SAB/33/09\tAPOLOGIES; Apologies for absence were received from R HENSHAW, L O'NEILL and W YATES.\t\n"
        "SAB/37/09\tANNUAL REPORT; The Board considered the draft report. Ms Bevan asked that the report include a "
        "section on the PCT's team and agreed to provide the text.; RESOLVED – That an easy read version be "
        "produced.\tM Davies; S Bevan\n"
    )
    assert names(minutes.apologies) == ["R Henshaw", "L O'Neill", "W Yates"]
    assert names(minutes.attendees) == ["P Grant", "J Aldridge", "S Bevan", "M Davies", "R Kinsella", "V Stokes"]
    assert owners(minutes) == [
        ("an easy read version be produced", ["M Davies"], None),
        ("Ms Bevan asked that the report include a section on the PCT's team and agreed to provide the text",
         ["S Bevan"], None),
    ]  # fmt: skip


def test_lists_side_by_side_pasted_with_wrapped_cells() -> None:
    minutes = read(
        "Minutes of the meeting held on Monday 21st March 2011 at 10.00am\n\nPresent\tApologies\n"
        "Margaret Ives, Independent Chair\tCllr Derek Hume, Portfolio Holder Adult\n\tServices\n"
        "Ken Whitfield, Assistant Director Adult Social\tSupt Lisa Thorne, Northumbria Police\n"
        "Care, Penbury Borough Council\nBernadette Kaye, Safeguarding Adults Co-\tFrank Ogilvie, Care Trust\n"
        "ordinator, PBC\nDI Stuart Rowell, Northumbria Police\n(representing Supt Lisa Thorne)\n"
        "Helen Dobbs, Head of Safeguarding,\nPenbury NHS Foundation Trust\n\n1.  Welcome\nApologies as above.\n"
    )
    assert names(minutes.attendees) == [
        "Margaret Ives", "Ken Whitfield", "Bernadette Kaye", "Stuart Rowell", "Helen Dobbs"
    ]  # fmt: skip
    assert names(minutes.apologies) == ["Derek Hume", "Lisa Thorne", "Frank Ogilvie"]
    assert minutes.apologies[1].representative == "Stuart Rowell"
    assert minutes.attendees[2].role == "Safeguarding Adults Co-ordinator"


def test_a_minute_table_pasted_with_its_columns_as_runs_of_spaces() -> None:
    minutes = read(
        "MINUTES OF MEETING\nTuesday 5th July 2011\n\nPresent:\nNasreen Akhtar – Safeguarding Adults Manager\n"
        "Angela Firth – Assistant Director, Elmbury City Council\nFran Whiteley – SAB Co-ordinator\n\n"
        "No.     Item                                          Action                  By whom         By when\n\n"
        "1.      Welcome and apologies\n"
        "        The Chair welcomed members.\n\n"
        "2.      Performance report\n"
        "        Nasreen Akhtar presented the data. Members   Report\n"
        "        questioned the threshold.                     threshold analysis      N Akhtar        04/10/11\n\n"
        "        All out-of-area placements will be            List of all             Angela Firth    31st August\n"
        "        reviewed.                                     placements\n"
        "        A leaflet for families should be produced.\n"
        "                                                      Families leaflet        FW              September\n"
        "Elmbury SAB – Minutes 05.07.11                                              Page 1 of 3\n"
        "________________________________________________________________________________\n"
        "No.     Item                                          Action                  By whom         By when\n"
        "3.      Any other business                            Complete\n\n"
        "Date of next meeting: Tuesday 4th October 2011, 10.00am\n"
    )
    assert minutes.next_meeting is not None and minutes.next_meeting.date == dt.date(2011, 10, 4)
    assert owners(minutes) == [
        ("Report threshold analysis", ["Nasreen Akhtar"], "2011-10-04"),
        ("List of all placements", ["Angela Firth"], "2011-08-31"),
        ("Families leaflet", ["Fran Whiteley"], "2011-09-30"),
    ]
    assert [a.item for a in minutes.actions] == ["2", "2", "2"]


def test_owners_in_brackets_a_wrapped_apologies_line_and_the_next_meeting_in_a_table_row() -> None:
    minutes = read(
        "Minutes of the meeting held on Tuesday 18 March 2014\n\nPresent:\n\n"
        "• Janet Rourke (JR), Independent Chair\n• Graham Wilde (GW), Harwood Council\n"
        "• Yvonne Clegg (YC), Harwood Healthwatch\n• Tony Barraclough (TBa), Harwood Homes\n\n"
        "Apologies: Sarah Finch (Harwood Hospitals, represented\nby Graham Wilde), Paul Hendry (Probation)\n\n"
        "1. Reports\nACTION: Reports to be shared with Commissioning. [YC]\n"
        "ACTION: Comments on the draft protocol to JR by 11 April. [All]\n"
        "ACTION: Harwood Homes to nominate a lead officer. [TBa]\n\n"
        "Item\tMinute\tAction by\n10.\tDATE OF NEXT MEETING; Tuesday 13 May 2014, 1.30pm – 4pm\t\n"
    )
    assert names(minutes.attendees) == ["Janet Rourke", "Graham Wilde", "Yvonne Clegg", "Tony Barraclough"]
    assert names(minutes.apologies) == ["Sarah Finch", "Paul Hendry"]
    assert minutes.apologies[0].representative == "Graham Wilde"
    assert owners(minutes) == [
        ("Reports to be shared with Commissioning", ["Yvonne Clegg"], None),
        ("Comments on the draft protocol to JR by 11 April", ["all members"], "2014-04-11"),
        ("Harwood Homes to nominate a lead officer", ["Tony Barraclough"], None),
    ]
    assert minutes.next_meeting is not None and minutes.next_meeting.date == dt.date(2014, 5, 13)


def test_roles_cells_and_owner_fields_as_partnership_minutes_write_them() -> None:
    minutes = read(
        "Safeguarding Partnership Executive\nDate: 20 November 2019\n\nAttendees\nName\tRole\tOrganisation\n"
        "Helen Marsh\tIndependent Chair\tRibbleside Partnership\nNeil Ashdown\tHead of Early Help (for Anne "
        "Fairclough)\tRibbleside Council\nGemma Holt\tBusiness Support Officer (minutes)\tRibbleside Partnership\n"
        "\nAlso attending\nTom Eddison\tLocal Authority Designated Officer\tRibbleside Council\n\n"
        "Apologies\nAnne Fairclough\tDirector of Children's Services\tRibbleside Council\n\n"
        "1. Actions agreed:\n  • LADO to deliver a briefing to the Fire Service as soon as possible.\n"
        "  • Learning and Improvement sub-group to produce a 7-minute briefing.\n\n"
        "Date of next meeting: Wednesday 22 January 2020\n\n"
        "Ref\tAction\tOwner\tDue\tRAG\n"
        "SPE/19/45\tProvide a breakdown of contacts\tNeil Ashdown / Ribbleside Council\tNext SPE\tAmber\n"
    )
    assert names(minutes.attendees) == ["Helen Marsh", "Neil Ashdown"]
    assert names(minutes.in_attendance) == ["Tom Eddison", "Gemma Holt"]
    assert minutes.apologies[0].representative == "Neil Ashdown"
    assert owners(minutes) == [
        ("LADO to deliver a briefing to the Fire Service as soon as possible", ["Tom Eddison"], None),
        ("Learning and Improvement sub-group to produce a 7-minute briefing", ["Learning and Improvement sub-group"],
         None),
        ("Provide a breakdown of contacts", ["Neil Ashdown", "Ribbleside Council"], "2020-01-22"),
    ]  # fmt: skip


def test_a_status_column_an_action_responsibility_column_and_representatives_named_by_surname() -> None:
    minutes = read(
        "LOWMOOR SAFEGUARDING ADULTS BOARD – MINUTES OF THE MEETING HELD ON WEDNESDAY 16\nJUNE 2010\n\n"
        "Name\tOrganisation / role\tP/A\nMargaret Ellwood\tIndependent Chair\tP\n"
        "Supt Neil Harcourt\tWest Pennine Police\tA\n"
        "DI Karen Moss\tWest Pennine Police (representing Supt Harcourt)\tP\nIan Pogson\tFire & Rescue\tX\n"
        "In attendance\t\t\nTracey Dunmore\tAdult Protection Unit (minutes)\tP\n\n"
        "Apologies: Sue Lacey (Cafcass) and Carl Rees for item 7 onwards. Michelle Drury (Hospitals NHS Trust) "
        "was represented by Margaret Ellwood.\n\n"
        "Minute No.\tSubject and discussion\tAction / Responsibility\n"
        "31/10\tTRANSITIONS; A joint paper was presented.\tDraft a joint protocol; Responsibility: Moss / Chair; "
        "By: September 2010\n"
    )
    assert minutes.meeting.date == dt.date(2010, 6, 16)
    assert names(minutes.attendees) == ["Margaret Ellwood", "Karen Moss"]
    assert names(minutes.in_attendance) == ["Tracey Dunmore"] and names(minutes.absent) == ["Ian Pogson"]
    reps = {p.name: p.representative for p in minutes.apologies}
    assert reps["Neil Harcourt"] == "Karen Moss" and reps["Michelle Drury"] == "Margaret Ellwood"
    assert {"Sue Lacey", "Carl Rees"} <= set(reps)
    assert owners(minutes) == [("Draft a joint protocol", ["Karen Moss", "Margaret Ellwood"], "2010-09-30")]


def test_owners_read_through_names_the_attendance_never_gave_are_named_in_the_warnings() -> None:
    minutes = read(
        "Date: 5th July 2011\n\nPresent:\nFran Whiteley – SAB Co-ordinator\nTom Eddison – Local Authority Designated "
        "Officer\nJane Roe (JR) – Police\n\n1. Items\nActions agreed:\n  • LADO to deliver a briefing.\n\n"
        "Action\tBy whom\tBy when\nFamilies leaflet\tFW\tSeptember\nDraft the protocol\tJR\tOctober\n"
    )
    assert [who for _, who, _ in owners(minutes)] == [["Tom Eddison"], ["Fran Whiteley"], ["Jane Roe"]]
    guesses = [w for w in minutes.warnings if "not written in the attendance" in w]
    assert (
        len(guesses) == 2 and "'LADO' read as Tom Eddison" in guesses[0] and "'FW' read as Fran Whiteley" in guesses[1]
    )


def test_the_chair_is_the_boards_chair_and_co_chairs_are_each_owners() -> None:
    minutes = read(
        "Date: 17 October 2013\n\nMembers:\nProfessor Diane Whitlock (Independent Chair, WSCB) – Co-Chair\n"
        "Robert Farrant (Independent Chair, WSAB) – Co-Chair\nNadia Hussain (Chair of CDOP)\nJo Bloggs (Police)\n\n"
        "Action\tResponsibility\tBy\nWrite to all partner agencies\tCo-Chairs\t30 November 2013\n"
        "Review the CDOP report\tChair\tDecember 2013\n"
    )
    assert names(minutes.attendees) == ["Diane Whitlock", "Robert Farrant", "Nadia Hussain", "Jo Bloggs"]
    (letter, report) = minutes.actions
    assert [o.name for o in letter.owners] == ["Diane Whitlock", "Robert Farrant"]
    assert not report.owners and {p.name for p in report.ambiguous[0].candidates} == {
        "Diane Whitlock",
        "Robert Farrant",
    }


def test_columns_of_spaces_a_decisions_and_actions_table_a_vertical_log_and_a_membership_key() -> None:
    minutes = read(
        "KELSWORTH SAFEGUARDING ADULTS BOARD\nMINUTES OF THE MEETING HELD ON TUESDAY 24 JUNE 2008\n\nPRESENT:\n"
        "Mr Roger Tansley          Chair – Director of Community Services, Kelsworth County Council\n"
        "Dr Hugh Latimer           Consultant Psychiatrist, South Kelsworth Mental Health NHS\n"
        "                          Trust\n"
        "K BRENNAN,\tG PEARCE,\tE NAYLOR\n\n"
        "1. Decisions and actions\n#\tD / A\tSummary\tOwner\tDue\n1\tD\tMinutes approved.\t\t\n"
        "2\tA\tRe-circulate the checklist\tRT\t31/10/08\n\n"
        "Joint action log\nRef\nAction\nOwner\nDue\nJ1\nSet up a task and finish group and report back\nHL\n"
        "December 2008\nJ2\nCirculate the MARAC report\nKB\n30/09/2008\n\n"
        "Membership key\n\nName\tOrganisation / role\nKieran Brennan\tEducation Safeguarding Lead\n"
        "Gail Pearce\tCafcass\nEmma Naylor\tSecondary Head Teacher representative\n"
    )
    assert names(minutes.attendees) == [
        "Roger Tansley", "Hugh Latimer", "Kieran Brennan", "Gail Pearce", "Emma Naylor"
    ]  # fmt: skip
    assert minutes.attendees[1].agency == "South Kelsworth Mental Health NHS Trust"
    assert owners(minutes) == [
        ("Re-circulate the checklist", ["Roger Tansley"], "2008-10-31"),
        ("Set up a task and finish group and report back", ["Hugh Latimer"], "2008-12-31"),
        ("Circulate the MARAC report", ["Kieran Brennan"], "2008-09-30"),
    ]


def test_a_minute_table_pasted_with_each_cell_on_lines_of_its_own() -> None:
    """Copied out of a PDF: the heading's columns survive as runs of spaces, each row's cells come one after the
    other, wrapped; the action's narrow cell is short lines that end no sentence, then the lead, then the date."""
    minutes = read(
        "Kirkby Moor Safeguarding Adults Board\nDate: 3 March 2012\nPresent: Keith Amberley (Chair), Andrew Lake "
        "(Police)\n\nNo.    Minute                                         Action                    Lead        When\n"
        "1.\nApologies\nApologies were received and noted.\n"
        "2.\nHomes of concern\nThe Board heard that three homes were of concern to the\ncommissioners this quarter.\n"
        "Write to each provider\nabout its action plan\nK Amberley\n30.4.12\n"
        "3.\nPublic awareness\nThe police and the council will run a joint campaign in the\nspring.\n"
        "Draft the campaign\nleaflet with the\ncouncil\nAndrew Lake /\nComms team\n"
        "4.\nAny other business\nThere was none.\n\n"
        "Date of next meeting: 14 June 2012, 2pm\n"
    )
    assert owners(minutes) == [
        ("Write to each provider about its action plan", ["Keith Amberley"], "2012-04-30"),
        ("Draft the campaign leaflet with the council", ["Andrew Lake", "Comms team"], None),
    ]  # fmt: skip
    assert minutes.next_meeting is not None and minutes.next_meeting.date.isoformat() == "2012-06-14"


def _roll(text: str) -> tuple[list[str], list[str], list[str]]:
    minutes = read("Fernley Safeguarding Adults Board\nDate: 4 March 2013\n\n" + text + "\n\n1. Welcome\nNoted.\n")
    return names(minutes.attendees), names(minutes.apologies), names(minutes.absent)


def test_an_attendance_table_with_a_tick_in_each_list_column() -> None:
    present, apologies, absent = _roll(
        "Attendance\n\nName\tDesignation / Agency\tPresent\tApols\nMary Ashdown (MA)\tChair\t✓\t\n"
        "Cllr Ben Hollins (BH)\tLead Member\t\t✓\nOwen Tapp (OT)\tFire Service\t\t"
    )
    assert (present, apologies, absent) == (["Mary Ashdown"], ["Ben Hollins"], ["Owen Tapp"])


def test_a_status_table_with_the_agency_first_and_an_agencys_second_member_below_it() -> None:
    present, apologies, absent = _roll(
        "Agency\tName / role\tInit.\tP / A\nFernley Council\tRuth Kane; Director of Adult Services\tRK\tP\n"
        "\tLeo Dunn; Head of Safeguarding\tLD\tApologies – deputy: Ann Pike (AP)\nFernley Police\tDI Sam Rowe\tSR\t–"
    )
    assert (present, apologies, absent) == (["Ruth Kane", "Ann Pike"], ["Leo Dunn"], ["Sam Rowe"])  # Leo's deputy came


def test_attendance_written_role_first_one_to_a_paragraph_and_rows_led_by_initials() -> None:
    present, apologies, _ = _roll(
        "Board members present\n\nIndependent Chair – Gwen Lacey (GL)\n\nDesignated Nurse, Fernley CCG – Tom Ash (TA)"
        "\n\nApologies:\nKB\tKaren Blunt\tHead of Housing, Fernley\n\t\tCouncil\nDLa\tDerek Lamb\tProbation"
    )
    assert present == ["Gwen Lacey", "Tom Ash"] and apologies == ["Karen Blunt", "Derek Lamb"]


def test_people_listed_side_by_side_two_to_a_row_and_lists_by_sector() -> None:
    present, _, _ = _roll(
        "Present\n\nName\tOrganisation\tName\tOrganisation\nAmy Cole (AC)\tChair\tRaj Patel (RP)\tPolice\n"
        "Zoe Hart (ZH)\tCafcass"
    )
    assert present == ["Amy Cole", "Raj Patel", "Zoe Hart"]
    present, apologies, _ = _roll(
        "Attendance\n\nSector\tPresent\tApologies\nHealth\tDr Ian Moss (IM) – GP; Jo Reed (JR) – Nurse\tLee Bray\n"
        "Police\tDCI Ann Vale (AV)"
    )
    assert present == ["Ian Moss", "Jo Reed", "Ann Vale"] and apologies == ["Lee Bray"]


def test_actions_tagged_at_the_end_of_a_paragraph_or_with_their_owners_in_brackets() -> None:
    minutes = read(
        PEOPLE + "1. Neglect\nThe audit was discussed. KA to repeat the audit in the summer. [ACTION: KA, end of July]"
        "\n\n2. Training\nAttendance is low. The sub-group will review the offer (Action: Training Sub-group – "
        "September 2011).\n\n3. Website\nAction: Publish the approved minutes on the website (AL) – by 30 June\n"
    )
    assert sorted(owners(minutes)) == [
        ("Publish the approved minutes on the website by 30 June", ["Andrew Lake"], "2011-06-30"),
        ("Repeat the audit in the summer", ["Keith Amberley"], "2011-07-31"),
        ("The sub-group will review the offer", ["Training Sub-group"], "2011-09-30"),
    ]  # fmt: skip


def test_an_action_line_with_only_its_owners_and_date_takes_its_task_from_the_paragraph_above() -> None:
    minutes = read(
        PEOPLE + "3. Performance\n3.1 The re-referral rate is high. Members asked for an analysis by team.\n"
        "Action – KA/AL by 31/10\n\n4. Close\nNoted.\n"
    )
    assert owners(minutes) == [
        ("Members asked for an analysis by team by 31/10", ["Keith Amberley", "Andrew Lake"], "2011-10-31")
    ]


def test_a_minute_table_whose_action_cells_name_their_owner_and_date() -> None:
    minutes = read(
        PEOPLE + "No.\tItem / Notes\tAction\n1\tWelcome; apologies were noted.\tNoted\n"
        "2\tHousing protocol; the draft was discussed.\tKA to circulate the protocol – end of Nov; Agreed\n"
        "3\tTraining; the offer was agreed.\tAgreed.\n"
    )
    assert owners(minutes) == [("KA to circulate the protocol – end of Nov", ["Keith Amberley"], "2011-11-30")]


def test_an_action_marked_in_the_text_and_listed_again_in_the_action_log_is_one_action() -> None:
    minutes = read(
        PEOPLE + "1. Audit\nThe audit was discussed.\nAction: Keith Amberley to bring the audit plan to the next Board."
        "\n\n2. Close\nNoted.\n\nACTION LOG\nNo.\tAction\tBy whom\tBy when\n"
        "1\tBring the audit plan to the Board\tK Amberley\tNext meeting\n"
        "2\tCirculate the protocol\tA Lake\t30/06/11\n\nDate of next meeting: 14th September 2011\n"
    )
    assert sorted(owners(minutes)) == [
        ("Bring the audit plan to the Board", ["Keith Amberley"], "2011-09-14"),
        ("Circulate the protocol", ["Andrew Lake"], "2011-06-30"),
    ]
