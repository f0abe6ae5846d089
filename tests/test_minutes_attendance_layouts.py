"""Attendance as more boards write it, read with no roster: run-on paragraphs wrapped anywhere, roster tables
with the post first, people grouped under their agency or sector, deputies in status and "Represented by"
cells. Each class in invented forms; nothing that is not a person's name in an attendance context is a person."""

from __future__ import annotations

from bot.minutes.reader import Minutes, parse_minutes
from tests.minutes_reading import EMPTY, names


def read(text: str) -> Minutes:
    return parse_minutes(
        "Fernley Safeguarding Adults Board\nDate: 4 March 2013\n\n" + text + "\n\n1. Welcome\nNoted.\n", EMPTY
    )


def deputies(minutes: Minutes) -> dict[str, str | None]:
    return {p.name: p.representative for p in minutes.apologies if p.representative}


def test_a_run_on_members_paragraph_wrapped_mid_name_and_before_a_dash() -> None:
    minutes = read(
        "Members: Cllr Ann Vale (Chair) – Cabinet Member for Adults, Fernley County Council; Tom Ash – Director of\n"
        "Adult Services, Fernley County Council; Rosa Penn – Head of Quality, Fernley County Council; Ian\n"
        "Clare – Safeguarding Lead, Fernley PCT; Inspector Joe Lark – Public Protection, Fernley Police; Amy Cole\n"
        "– Area Manager, Fernley Probation Area; Sam Reed – Chief Officer, Age UK Fernley (representing DCI Ben\n"
        "Moss); Kay Hart – Development Worker, Fernley Carers.\n\n"
        "Officers: Lyn Fox – Safeguarding Co-ordinator; Meg Hale – Democratic Services Officer (minutes).\n\n"
        "Apologies: DCI Ben Moss (Fernley Police); Cllr Roy Dunn (Fernley County Council)."
    )
    assert names(minutes.attendees) == [
        "Ann Vale", "Tom Ash", "Rosa Penn", "Ian Clare", "Joe Lark", "Amy Cole", "Sam Reed", "Kay Hart",
    ]  # fmt: skip
    assert minutes.attendees[5].role == "Area Manager"
    assert names(minutes.in_attendance) == ["Lyn Fox", "Meg Hale"]
    assert names(minutes.apologies) == ["Ben Moss", "Roy Dunn"] and deputies(minutes) == {"Ben Moss": "Sam Reed"}


def test_apologies_under_their_label_as_a_paragraph_wrapped_anywhere() -> None:
    minutes = read(
        "Present:\nJo Bell (JB)   Independent Chair\n\n"
        "Apologies:\n"
        "Ruth Kenyon (Director of Adult Services, Fernley Council) – Tom Ash attending;\n"
        "Dina Cole (Director of Nursing, Fernley Hospitals NHS Trust); Supt Ray Ince\n"
        "(Fernley Police); Mary Adams (Fernley Mencap); Dr Owen\n"
        "Pryor (Clinical Director, Fernley CCG)"
    )
    assert names(minutes.apologies) == ["Ruth Kenyon", "Dina Cole", "Ray Ince", "Mary Adams", "Owen Pryor"]
    assert deputies(minutes) == {"Ruth Kenyon": "Tom Ash"}


def test_a_roster_table_with_the_post_first_and_a_deputy_in_the_attendance_cell() -> None:
    minutes = read(
        "Membership\tName\tAttendance\n"
        "Independent Chair\tGwen Lacey (GL)\tPresent\n"
        "Head of Early Help, Fernley Council\tOwen Lloyd-Evans (OLE)\tApologies\n"
        "Head of Learning, Fernley Council\tPost vacant\t–\n"
        "Head of Safeguarding, Fernley NHS Trust\tPaul Rowe (PR)\tApologies – Rita Ives (RI), Lead Nurse, attended\n"
        "Service Manager, Cafcass\tBeth Kirk (BK)\tNot present\n\n"
        "Supporting the Board / in attendance\n\n"
        "Alison Crewe (AC)\tBusiness Manager\nRae Dunn (RD)\tBusiness Support Officer (minutes)"
    )
    assert names(minutes.attendees) == ["Gwen Lacey", "Rita Ives"]
    assert names(minutes.apologies) == ["Owen Lloyd-Evans", "Paul Rowe"] and deputies(minutes) == {
        "Paul Rowe": "Rita Ives"
    }
    assert minutes.apologies[0].initials == "OLE" and minutes.apologies[0].role == "Head of Early Help"
    assert names(minutes.absent) == ["Beth Kirk"]
    assert names(minutes.in_attendance) == ["Alison Crewe", "Rae Dunn"]


def test_people_grouped_under_sector_and_agency_headings() -> None:
    minutes = read(
        "Present\n\nStatutory safeguarding partners\n\nFernley Borough Council\n\n"
        "Ann Holt (Chair)\tDirector of Children's Services\nSteve Marr\tAssistant Director\n"
        "NHS Fernley Clinical Commissioning Group\t\nJo Bax\tDesignated Nurse\n"
        "Relevant agencies\t\nClaire Den\tHead of Safeguarding, Fernley Hospitals NHS Foundation Trust\n\n"
        "Apologies\n\nDet Ch Supt Lorna Bride\tFernley Police (DCI Carr attending)\n"
        "Not present\n\nMarc Oye\tPrincipal, Fernley Academy"
    )
    assert names(minutes.attendees) == ["Ann Holt", "Steve Marr", "Jo Bax", "Claire Den"]
    assert names(minutes.apologies) == ["Lorna Bride"] and names(minutes.absent) == ["Marc Oye"]


def test_one_paragraph_per_agency_with_a_post_before_a_name_and_a_deputy_for_someone() -> None:
    minutes = read(
        "Present\n\nIndependent Chair: Roger Lind\n\n"
        "Fernley Borough Council: Cllr Derek Amos (Cabinet Member, Adults); Angela Ford\n"
        "(Director of Adult Social Services); Paul Whit (Head of Quality)\n\n"
        "Fernley Police: DI Claire Hebb (Head of Public Protection) – for Det Supt Lee Mars\n\n"
        "Fernley Fire & Rescue Service: Station Manager Gary Pond\n\n"
        "Apologies\n\nDet Supt Lee Mars (Fernley Police); Hazel Prent (Chief Nurse, NHS Fernley CCG)"
    )
    assert names(minutes.attendees) == ["Roger Lind", "Derek Amos", "Angela Ford", "Paul Whit", "Claire Hebb",
                                        "Gary Pond"]  # fmt: skip
    assert minutes.attendees[0].role == "Independent Chair"
    assert minutes.attendees[1].agency == "Fernley Borough Council"
    assert (minutes.attendees[5].role, minutes.attendees[5].agency) == (
        "Station Manager",
        "Fernley Fire & Rescue Service",
    )
    assert deputies(minutes) == {"Lee Mars": "Claire Hebb"}


def test_an_attendee_table_with_an_apologies_row_and_a_deputy_on_behalf_of_someone() -> None:
    minutes = read(
        "Attendee\tRepresenting\nRosa Hale (Chair) (RH)\tIndependent Chair\n"
        "DCI Lorna Mack (LM)\tFernley Police – Public Protection (on behalf of Det Supt Carl Wint)\n"
        "Jan Olle (JO)\tFernley District Council – Housing (on behalf of the district councils)\n"
        "APOLOGIES\t\nDet Supt Carl Wint\tFernley Police\nHelen Voy\tFernley County Council"
    )
    assert names(minutes.attendees) == ["Rosa Hale", "Lorna Mack", "Jan Olle"]
    assert names(minutes.apologies) == ["Carl Wint", "Helen Voy"] and deputies(minutes) == {"Carl Wint": "Lorna Mack"}


def test_a_list_head_further_down_a_column_of_lists_side_by_side() -> None:
    minutes = read(
        "Present\tApologies\nAnn Olroyd (AO) – Chair\tGraham Tull – Fernley District Council\n"
        "Phil Ash (PA) – Director\tSandra White – Fernley LINk\nRuth Emm (RE) – Fernley Trust\tNot present:\n"
        "Anil Bhat (AB) – Fernley Mental Health Trust\tBill Shear – Fernley Ambulance Service\n"
        "Linda Farr (LF) – Housing (for Graham Tull)\t"
    )
    assert names(minutes.attendees) == ["Ann Olroyd", "Phil Ash", "Ruth Emm", "Anil Bhat", "Linda Farr"]
    assert names(minutes.apologies) == ["Graham Tull", "Sandra White"] and names(minutes.absent) == ["Bill Shear"]


def test_names_and_agencies_in_parallel_lists_and_a_represented_by_column() -> None:
    minutes = read(
        "PRESENT:\tP WAIN; D ASHE; K VARL\tIndependent Chair; Fernley Council; Age Concern Fernley\n"
        "APOLOGIES:\tH GREEN; V DOBB\tFernley Council; Age Concern Fernley (rep: K VARL attended)"
    )
    assert names(minutes.attendees) == ["P Wain", "D Ashe", "K Varl"]
    assert deputies(minutes) == {"V Dobb": "K Varl"} and minutes.apologies[0].agency == "Fernley Council"
    minutes = read(
        "Present\n\nJo Bell\tChair\nSam Iqb\tNamed Nurse, Fernley CCG\n\n"
        "Apologies\n\nName\tOrganisation\tRepresented by\nDr Rae Moss\tDesignated Doctor, Fernley CCG\tSam Iqb\n"
        "Gail Turn\tProbation\t–\nMike Fent\tFernley CRC\tNo deputy"
    )
    assert names(minutes.apologies) == ["Rae Moss", "Gail Turn", "Mike Fent"]
    assert deputies(minutes) == {"Rae Moss": "Sam Iqb"}


def test_headings_and_labelled_lines_that_name_no_one_make_no_one() -> None:
    minutes = read(
        "Present\n\nRelevant agencies\n\nJo Bell\tChair\n\nFernley Police: not represented\n\n"
        "Key partners: the council, the police and the CCG\n\nAnn Vale\tNurse\n\n"
        "Apologies:\nThe Board noted that apologies had been received from several partner agencies and that the\n"
        "meeting was quorate; Strategic Partners\n"
    )
    assert names(minutes.attendees) == ["Jo Bell"]
    assert not minutes.apologies and not minutes.in_attendance and not minutes.absent


def test_an_agency_then_a_dash_and_its_people_and_a_deputy_in_brackets_in_the_status_cell() -> None:
    minutes = read(
        "Present:\nFernley Council – Jane Roe (Director), Tom Smith (Head of Service)\nFernley Police – DI Ann Lee\n\n"
        "Role\tName\tAttendance\nCCG\tKim Fox\tApologies (Bob Hill attended)\nFire\tSue Day\tApologies"
    )
    assert names(minutes.attendees) == ["Jane Roe", "Tom Smith", "Ann Lee", "Bob Hill"]
    assert minutes.attendees[1].agency == "Fernley Council"
    assert names(minutes.apologies) == ["Kim Fox", "Sue Day"] and deputies(minutes) == {"Kim Fox": "Bob Hill"}


def test_a_page_contents_list_under_an_attendance_heading_makes_no_one() -> None:
    minutes = read(
        "On this page\nAttendance\n1. Welcome and apologies\n2. Minutes and action log\n3. Prevent Duty Refresh\n"
        "4. Winter Pressures\n5. Any other business\nDate of next meeting\n\n"
        "Attendance\nPresent\nJo Bell (JB) – Independent Chair\nTom Ash (TA) – Director, Fernley Council\n\n"
        "Apologies\nAnn Vale – Fernley Police"
    )
    assert names(minutes.attendees) == ["Jo Bell", "Tom Ash"]
    assert names(minutes.apologies) == ["Ann Vale"] and not minutes.in_attendance
    minutes = read(  # most entries no one, but the one person named with an agency is one
        "Present\nJo Bell (JB) – Chair\n\n"
        "Apologies\nFernley Police – no representative\nFernley Probation – vacant\nKim Fox (Fernley CCG)\n"
    )
    assert names(minutes.apologies) == ["Kim Fox"]


def test_a_contents_list_of_titles_that_read_like_names_makes_no_one_when_they_are_the_items() -> None:
    minutes = parse_minutes(
        "Fernley Safeguarding Adults Board\nDate: 4 March 2013\n\nOn this page\nAttendance\n1. Prevent Duty\n"
        "2. Winter Pressures\n3. Any other business\n\nAttendance\nPresent\nJo Bell (JB) – Independent Chair\n"
        "Tom Ash (TA) – Director, Fernley Council\n\nApologies\nAnn Vale – Fernley Police\n\n"
        "1. Prevent Duty\nThe Board noted the refresh.\n\n2. Winter Pressures\nNoted.\n\n"
        "3. Any other business\nNone.\n",
        EMPTY,
    )
    assert names(minutes.attendees) == ["Jo Bell", "Tom Ash"] and names(minutes.apologies) == ["Ann Vale"]


def test_a_post_written_before_the_name_starts_a_line_of_its_own() -> None:
    minutes = read(
        "Present\nJo Bell (JB) – Safeguarding Lead, Fernley Partnership NHS Foundation Trust\n"
        "Watch Manager Dan Pike (DP) – Fernley Fire and Rescue Service\nTom Ash (TA) – Director, Fernley Council\n\n"
        "Apologies\nAnn Vale – Fernley Police"
    )
    assert names(minutes.attendees) == ["Jo Bell", "Dan Pike", "Tom Ash"]
    assert minutes.attendees[0].agency == "Fernley Partnership NHS Foundation Trust"
    pike = next(p for p in minutes.attendees if p.name == "Dan Pike")
    assert pike.role == "Watch Manager" and pike.initials == "DP" and pike.agency == "Fernley Fire and Rescue Service"


def test_a_status_table_with_initials_role_and_agency_columns_and_deputies_in_the_role_cell() -> None:
    minutes = read(
        "Attendance\n\nName\tInit.\tRole\tOrganisation\tAttendance\n"
        "Jo Bell\tJB\tIndependent Chair\tFernley LSCB\tPresent\n"
        "DCI Ann Vale\tAV\tHead of Public Protection\tFernley Police\tApologies\n"
        "Insp Ray Ince\tRI\tHub Manager (for DCI Vale)\tFernley Police\tPresent\n"
        "Kim Fox\tKF\tAssociate Director\tFernley Partnership NHS Trust\tApologies\n"
        "Sue Day\tSD\tNamed Nurse (for Kim Fox)\tFernley Partnership NHS Trust\tPresent\n"
        "Watch Manager Dan Pike\tDP\tCommunity Safety\tFernley Fire & Rescue Service\tNot present\n"
        "Meg Hale\tMH\tLay Member\t–\tPresent\n\n"
        "In attendance\n\nName\tInit.\tRole\tItem\nLyn Fox\tLF\tBusiness Manager, LSCB\tAll\n"
        "Dr Owen Pryor\tOP\tIndependent Reviewer\tItem 4"
    )
    assert names(minutes.attendees) == ["Jo Bell", "Ray Ince", "Sue Day", "Meg Hale"]
    bell = minutes.attendees[0]
    assert (bell.initials, bell.role, bell.agency) == ("JB", "Independent Chair", "Fernley LSCB")
    assert (minutes.attendees[1].role, minutes.attendees[1].agency) == ("Hub Manager", "Fernley Police")
    assert minutes.attendees[3].agency is None and minutes.attendees[3].role == "Lay Member"
    assert deputies(minutes) == {"Ann Vale": "Ray Ince", "Kim Fox": "Sue Day"}
    assert names(minutes.absent) == ["Dan Pike"] and minutes.absent[0].agency == "Fernley Fire & Rescue Service"
    assert names(minutes.in_attendance) == ["Lyn Fox", "Owen Pryor"] and minutes.in_attendance[1].initials == "OP"


def test_a_wrapped_item_note_is_not_an_item_heading_and_a_wrapped_comma_parts_role_and_agency() -> None:
    minutes = read(
        "Present:\nJo Bell (JB)\tIndependent Chair\nKim Fox (KF)\tHead of Early Intervention Services,\n"
        "Fernley Council\n\nIn attendance:\nLyn Fox (LF)\tService Manager, Fernley Council (for\nitem 6)\n"
        "Meg Hale\tAdministrator (minutes)\n\nApologies:\nAnn Vale (Fernley Police)"
    )
    assert names(minutes.attendees) == ["Jo Bell", "Kim Fox"]
    assert (minutes.attendees[1].role, minutes.attendees[1].agency) == ("Head of Early Intervention Services",
                                                                         "Fernley Council")  # fmt: skip
    assert names(minutes.in_attendance) == ["Lyn Fox", "Meg Hale"] and minutes.in_attendance[0].agency == (
        "Fernley Council"
    )
    assert names(minutes.apologies) == ["Ann Vale"]


def test_initials_in_the_last_cell_of_a_row_are_the_persons_not_an_agency() -> None:
    minutes = read(
        "Present:\nJo Bell\tIndependent Chair\tJB\nKim Fox\tDirector of Adult Services\tFernley Council\tKF\n\n"
        "Apologies:\nAnn Vale (Fernley Police)"
    )
    assert [(p.name, p.initials, p.role, p.agency) for p in minutes.attendees] == [
        ("Jo Bell", "JB", "Independent Chair", None),
        ("Kim Fox", "KF", "Director of Adult Services", "Fernley Council"),
    ]


def everyone(minutes: Minutes) -> set[str]:
    return {p.name for group in (minutes.attendees, minutes.apologies, minutes.in_attendance, minutes.absent)
            for p in group}  # fmt: skip


def test_a_status_table_split_into_sections_with_worded_statuses_invents_no_one() -> None:
    minutes = read(
        "Name\tRole\tOrganisation\tAttendance\nStatutory Partners\n"
        "Jo Bell\tDirector\tFernley Council\tPresent (Chair)\n"
        "Dr Ann Vale\tChief Nurse\tFernley CCG\tApologies\n"
        "Kim Fox\tNamed Nurse\tFernley CCG\tPresent – deputising for Dr Ann Vale\n"
        "Wider Partners\nRay Ince\tService Manager\tFernley Youth Service\tDid not attend\n"
        "Sue Day\tLay Member\t–\tPresent\nSupport Team\n"
        "Lyn Fox\tBusiness Officer\tFernley Partnership\tIn attendance – minutes"
    )
    assert names(minutes.attendees) == ["Jo Bell", "Kim Fox", "Sue Day"]
    assert deputies(minutes) == {"Ann Vale": "Kim Fox"}
    assert names(minutes.absent) == ["Ray Ince"] and names(minutes.in_attendance) == ["Lyn Fox"]
    assert everyone(minutes) == {"Jo Bell", "Ann Vale", "Kim Fox", "Ray Ince", "Sue Day", "Lyn Fox"}


def test_two_column_lists_written_post_first_and_a_deputy_for_a_post_invent_no_one() -> None:
    minutes = read(
        "Members present\n\nIndependent Chair\tJo Bell\n"
        "Head of Quality, Fernley Hospital (deputy for the Chief Nurse)\tKim Fox\n"
        "Detective Inspector, Fernley Police\tDI Ray Ince\n\nAlso in attendance\n\nBoard Manager\tLyn Fox\n\n"
        "Apologies\n\nChief Nurse, Fernley Hospital\tAnn Vale\nService Manager, Trading Standards\tSue Day"
    )
    assert names(minutes.attendees) == ["Jo Bell", "Kim Fox", "Ray Ince"]
    assert minutes.attendees[2].agency == "Fernley Police"
    assert names(minutes.in_attendance) == ["Lyn Fox"] and names(minutes.apologies) == ["Ann Vale", "Sue Day"]
    assert deputies(minutes) == {"Ann Vale": "Kim Fox"}
    assert everyone(minutes) == {"Jo Bell", "Kim Fox", "Ray Ince", "Lyn Fox", "Ann Vale", "Sue Day"}


def test_lists_side_by_side_in_columns_of_spaces_are_read_one_after_the_other() -> None:
    minutes = read(
        "PRESENT                                      APOLOGIES\n"
        "Jo Bell (JB)       Independent Chair         Cllr Ann Vale       Lead Member, Adult\n"
        "Kim Fox (KF)       Director of Adult                             Services\n"
        "                   Services                  Sue Day             Fernley Ambulance\n"
        "Ray Ince (RI)      Fernley Police                                Service\n"
        "Meg Hale (MH)      Fernley Council –         NOT PRESENT\n"
        "                   for Sue Day               Tom Ash             Fernley College"
    )
    assert names(minutes.attendees) == ["Jo Bell", "Kim Fox", "Ray Ince", "Meg Hale"]
    assert names(minutes.apologies) == ["Ann Vale", "Sue Day"] and names(minutes.absent) == ["Tom Ash"]
    assert deputies(minutes) == {"Sue Day": "Meg Hale"}


def test_an_agency_row_head_naming_guests_or_in_attendance_keeps_its_people_out_of_the_members() -> None:
    minutes = read(
        "Attendance\n\nOrganisation\tPresent\tApologies\n"
        "Fernley Council\tJo Bell (JB), Director\tAnn Vale, Head of Service\n"
        "Business Unit (in attendance)\tLyn Fox (LF), Board Manager\t\nGuest\tDr Owen Pryor, reviewer (item 4)\t"
    )
    assert names(minutes.attendees) == ["Jo Bell"] and names(minutes.apologies) == ["Ann Vale"]
    assert names(minutes.in_attendance) == ["Lyn Fox", "Owen Pryor"]
    assert minutes.in_attendance[0].agency == "Business Unit"


def test_a_pdf_cell_of_two_people_with_initials_keeps_them_apart_when_the_first_line_is_full() -> None:
    from bot.minutes.files import minutes_text
    from tests.minutes_samples.render import render

    cell = "Ann Vale-Hartley (AVH), Principal Social Worker\nRay Ince (RI), Assistant Director"
    rows = [["Organisation", "Present", "Apologies"], ["Fernley Council", cell, "Sue Day, Director"]]
    for width in (38, 44, 50):
        source = {"file": "pdf", "blocks": [{"type": "table", "rows": rows, "widths": [30, width, 100 - width - 30],
                                             "header_rows": 1}]}  # fmt: skip
        text = minutes_text(*render(source))
        assert "Fernley Council\t" + cell.replace("\n", "; ") + "\tSue Day, Director" in text.splitlines(), text


def test_one_row_per_agency_with_columns_of_who_came_who_sent_apologies_and_who_deputised() -> None:
    """ "Attended" over names is a list, not a status column; a deputy's cell gives their name, then their post;
    "Not represented – X: did not attend" is someone not present, not a member who came."""
    minutes = read(
        "Attendance\n\nPartner agency\tAttended\tApologies\tDeputised by\n"
        "Fernley County Council\tAnn Vale (AV); Director of Adult Services – Chair; Tom Ash (TA); Head of "
        "Safeguarding\t–\t–\n"
        "Fernley Police\t–\tSupt Jo Reed (JR); Head of Public Protection\tDI Sam Hart (SH); Public Protection Unit\n"
        "Fernley Fire and Rescue Service\tNot represented – Ray Cole (RC), Group Manager: did not attend, no "
        "apologies received\t–\t–\n"
        "Fernley CCG\tDr Mina Shah (MS); Designated Doctor\tLiz Ford (LF); Designated Nurse\tNone\n"
    )
    assert names(minutes.attendees) == ["Ann Vale", "Tom Ash", "Mina Shah", "Sam Hart"]
    assert names(minutes.apologies) == ["Jo Reed", "Liz Ford"]
    assert deputies(minutes) == {"Jo Reed": "Sam Hart"}
    assert names(minutes.absent) == ["Ray Cole"]


def test_an_attendance_table_pasted_as_space_columns_keeps_each_cell_whole() -> None:
    """Columns of spaces with wrapped cells: the title is the role, commas and all, beside the organisation."""
    minutes = read(
        "PRESENT\n\n"
        "Name                Title                          Organisation                Initials\n"
        "Cllr Ann Vale       Cabinet Member, Adult Social   Fernley County Council      AV\n"
        "                    Care and Health\n"
        "Tom Ash             Detective Chief Inspector,     Fernley Police              TA\n"
        "                    Public Protection\n"
        "Mina Shah           Designated Nurse               NHS Fernley Clinical        MS\n"
        "                                                   Commissioning Group\n"
        "\nAPOLOGIES\nJo Reed (Fernley Police)\n"
    )
    read_as = {p.name: (p.role, p.agency, p.initials) for p in minutes.attendees}
    assert read_as == {
        "Ann Vale": ("Cabinet Member, Adult Social Care and Health", "Fernley County Council", "AV"),
        "Tom Ash": ("Detective Chief Inspector, Public Protection", "Fernley Police", "TA"),
        "Mina Shah": ("Designated Nurse", "NHS Fernley Clinical Commissioning Group", "MS"),
    }


def test_present_and_apologies_side_by_side_each_with_an_unheaded_column_beside_it() -> None:
    minutes = read(
        "Present\t\tApologies\t\n"
        "Ann Vale (AV)\tIndependent Chair\tSupt Jo Reed\tFernley Police – DI Sam Hart attending\n"
        "Tom Ash (TA)\tDirector of Adult Services, Fernley Council\tLiz Ford\tDesignated Nurse, Fernley CCG\n"
        "Mina Shah (MS)\tHead of Safeguarding, Fernley Hospitals NHS Trust\t\t\n"
    )
    assert names(minutes.attendees)[:3] == ["Ann Vale", "Tom Ash", "Mina Shah"]
    assert names(minutes.apologies) == ["Jo Reed", "Liz Ford"]
    assert deputies(minutes) == {"Jo Reed": "Sam Hart"}


def test_a_status_table_whose_codes_a_key_above_it_explains_and_names_written_surname_first() -> None:
    """ "D = apologies, deputy attended (named in Notes)": the member sent apologies and the deputy in the notes
    came; "OKAFOR, Rebecca (RO)" is Rebecca Okafor; "A = apologies – = not present" keeps the two apart."""
    minutes = read(
        "1. Attendance\n\nKey: P = present   A = apologies   D = apologies, deputy attended (named in Notes)   X = did "
        "not attend\n\nAgency / service\tBoard member\tAtt.\tNotes\n"
        "Independent Chair\tVALE, Ann (AV)\tP\tChair\n"
        "Fernley Police\tOKAFOR, Rebecca (RO); Detective Superintendent\tD\tRepresented by HART, Sam (SH), Public "
        "Protection Unit\n"
        "Fernley CCG\tFORD, Liz (LF); Designated Nurse\tA\t\n"
        "Fernley College\tASH, Tom (TA); Principal\tX\t\n"
    )
    assert names(minutes.attendees) == ["Ann Vale", "Sam Hart"]
    assert names(minutes.apologies) == ["Rebecca Okafor", "Liz Ford"]
    assert deputies(minutes) == {"Rebecca Okafor": "Sam Hart"}
    assert names(minutes.absent) == ["Tom Ash"]


def test_fire_service_ranks_before_a_name_are_titles() -> None:
    minutes = read(
        "Present: SM Neil Ashcroft (NA), Fernley Fire and Rescue Service; Stn Mgr Ian Stock, Fernley Fire and "
        "Rescue Service; Ann Vale (Chair)\n\nApologies: GM Gary Thorn (Fernley Fire and Rescue Service)\n"
    )
    assert names(minutes.attendees) == ["Neil Ashcroft", "Ian Stock", "Ann Vale"]
    assert names(minutes.apologies) == ["Gary Thorn"]


def test_a_deputy_whose_role_cell_ends_by_naming_whom_they_stand_for_in_any_short_form() -> None:
    """ "– representing Det Supt K Lyall", "(for D Pryce)", "– deputising for Det Supt Reed": each the one
    member sending apologies with that surname (and initial)."""
    minutes = read(
        "Present\n\nName\tInit.\tRole\tOrganisation\n"
        "DCI Sam Hart\tSH\tPublic Protection Unit – representing Det Supt K Lyall\tFernley Police\n"
        "Liz Ford\tLF\tNamed Nurse; (for D Pryce)\tFernley Hospitals NHS Trust\n"
        "Tom Ash\tTA\tDeputy Director – deputising for Dr Reed\tFernley CCG\n\n"
        "Apologies\n\nName\tInit.\tRole\tOrganisation\n"
        "Det Supt Karen Lyall\tKL\tHead of Public Protection\tFernley Police\n"
        "Deborah Pryce\tDP\tChief Nurse\tFernley Hospitals NHS Trust\n"
        "Dr Jo Reed\tJR\tDirector of Nursing\tFernley CCG\n"
    )
    assert deputies(minutes) == {"Karen Lyall": "Sam Hart", "Deborah Pryce": "Liz Ford", "Jo Reed": "Tom Ash"}
    assert [p.role for p in minutes.attendees] == ["Public Protection Unit", "Named Nurse", "Deputy Director"]


def test_agency_rows_with_several_people_to_a_cell_and_their_notes() -> None:
    minutes = read(
        "Attendance\n"
        "Organisation\tAttending\tApologies / not present\n"
        "Fernley Council\tTom Ash, Director of Adult Services; Rosa Penn, Head of Quality (left after item 4)\t"
        "Amy Cole, Assistant Director – apologies; Kay Hart attending on her behalf\n"
        "Fernley Police\tDI Joe Lark, Public Protection (from 10:40, item 3)\tSupt Ben Moss – apologies\n"
        "Fernley Fire and Rescue\t\tGroup Manager Ian Clare – not present\n"
        "Age UK Fernley\tKay Hart, Development Worker\t\n"
    )
    assert names(minutes.attendees) == ["Tom Ash", "Rosa Penn", "Joe Lark", "Kay Hart"]
    assert names(minutes.apologies) == ["Amy Cole", "Ben Moss"]
    assert names(minutes.absent) == ["Ian Clare"]
    assert deputies(minutes) == {"Amy Cole": "Kay Hart"}
    roles = {p.name: (p.role, p.agency) for p in (*minutes.attendees, *minutes.apologies)}
    assert roles["Rosa Penn"] == ("Head of Quality", "Fernley Council")  # when she left is not her role
    assert roles["Joe Lark"] == ("Public Protection", "Fernley Police")  # the row's agency, his team the role
    assert roles["Amy Cole"] == ("Assistant Director", "Fernley Council")


def test_a_year_register_with_a_deputy_and_notes_column_headed_with_the_date() -> None:
    minutes = read(
        "Attendance register 2013\n"
        "Name\tAgency / role\t03.12.12\t04.03.13\tDeputy / notes (04.03.13)\n"
        "Tom Ash\tDirector, Fernley Council\tP\tP\t\n"
        "Amy Cole\tHead of Safeguarding, Fernley PCT\tP\tD\tSam Reed, Named Nurse\n"
        "Ian Clare\tFernley Police\tA\tA\t\n"
        "Lyn Fox\tBusiness Manager\tO\tO\t\n"
        "Key: P = present A = apologies D = apologies, deputy attended (named) O = officer / in attendance\n"
    )
    assert names(minutes.attendees) == ["Tom Ash", "Sam Reed"]
    assert names(minutes.apologies) == ["Amy Cole", "Ian Clare"]
    assert names(minutes.in_attendance) == ["Lyn Fox"]
    assert deputies(minutes) == {"Amy Cole": "Sam Reed"}


def test_a_register_pasted_as_space_columns_with_the_deputy_wrapped_under_the_code() -> None:
    minutes = read(
        "Key:  P = Present    A = Apologies    D = Apologies – deputy attended (named)\n\n"
        "Name                    Designation                Agency                   04.03.13\n"
        "Tom Ash                 Director of Adult          Fernley County           P\n"
        "                        Services                   Council\n"
        "Amy Cole                Head of Safeguarding       Fernley PCT              D\n"
        "                                                                            Sam Reed, Named\n"
        "                                                                            Nurse\n"
        "Rev Canon Ian Clare     Faith representative                                P\n"
        "Joe Lark                Inspector                  Fernley Police           A\n"
    )
    assert names(minutes.attendees) == ["Tom Ash", "Ian Clare", "Sam Reed"]
    assert names(minutes.apologies) == ["Amy Cole", "Joe Lark"]
    assert deputies(minutes) == {"Amy Cole": "Sam Reed"}


def test_initials_after_the_role_and_deputies_written_for_whom_they_came() -> None:
    minutes = read(
        "Partner agency\tAttended\tApologies\n"
        "Fernley Council\tTom Ash – Director of Adult Services (Chair) (TA)\t\n"
        "Fernley Police\tDI Joe Lark – Public Protection, for Supt Moss (JL)\tSupt Ben Moss\n"
        "Fernley PCT\tSam Reed, Named Nurse (rep for Amy Cole); Ian Clare, GP Lead (sub: Rosa Penn)\t"
        "Amy Cole, Head of Safeguarding; Rosa Penn, Designated Doctor\n"
        "Fernley Probation\t\tLyn Fox – DI Kay Hart-Lowe attending on her behalf\n"
        "Fernley Probation\tDI Kay Hart-Lowe, Offender Management\t\n"
    )
    people = {p.name: p for p in minutes.attendees}
    assert people["Tom Ash"].initials == "TA" and people["Tom Ash"].role == "Chair, Director of Adult Services"
    assert people["Joe Lark"].initials == "JL"
    assert deputies(minutes) == {
        "Ben Moss": "Joe Lark", "Amy Cole": "Sam Reed", "Rosa Penn": "Ian Clare", "Lyn Fox": "Kay Hart-Lowe",
    }  # fmt: skip


def test_a_label_with_a_note_in_brackets_starts_its_list() -> None:
    minutes = read(
        "Present: Tom Ash (Chair), Fernley County Council; Amy Cole, Fernley PCT\n\n"
        "Also attending (not Board members): Lyn Fox, Business Manager; Meg Hale, Support Officer (minutes)\n"
    )
    assert names(minutes.attendees) == ["Tom Ash", "Amy Cole"]
    assert names(minutes.in_attendance) == ["Lyn Fox", "Meg Hale"]


def test_one_column_of_representatives_whose_notes_say_who_sent_apologies() -> None:
    minutes = read(
        "Agency / sector\tRepresentatives\n"
        "Fernley County Council\tTom Ash (TA), Director of Adult Services; Rosa Penn, Head of Quality – apologies\n"
        "Fernley Police\tSupt Ben Moss, Head of Public Protection – apologies, rep by DI Joe Lark (JL)\n"
        "Fernley PCT\tSam Reed (SR), Deputy Chief Nurse, for Amy Cole, Chief Nurse\n"
        "Fernley Probation\tIan Clare, Head of LDU – not present\n"
        "In attendance (not Board members)\tLyn Fox (LF), Business Manager; Meg Hale, Administrator – minutes\n"
    )
    assert names(minutes.attendees) == ["Tom Ash", "Sam Reed", "Joe Lark"]
    assert names(minutes.apologies) == ["Rosa Penn", "Ben Moss", "Amy Cole"]
    assert names(minutes.absent) == ["Ian Clare"]
    assert names(minutes.in_attendance) == ["Lyn Fox", "Meg Hale"]
    assert deputies(minutes) == {"Ben Moss": "Joe Lark", "Amy Cole": "Sam Reed"}


def test_a_year_register_headed_by_month_with_deputies_listed_under_it() -> None:
    minutes = read(
        "Key: P = present A = apologies D = apologies, deputy attended (named below) N = not present\n"
        "Name\tOrganisation\tBoard role\tJun 12\tSep 12\tDec 12\t04.03.13\n"
        "Tom Ash\tFernley County Council\tDirector of Adult Services\tP\tP\tA\tD\n"
        "Amy Cole\tFernley PCT\tChief Nurse\tP\tA\tP\tP\n"
        "Ian Clare\tFernley Police\tHead of Public Protection\tP\tP\tP\tN\n\n"
        "Deputies attending on 04.03.13:\nRosa Penn, Assistant Director, Fernley County Council (for Tom Ash)\n"
    )
    assert names(minutes.attendees) == ["Amy Cole", "Rosa Penn"]
    assert names(minutes.apologies) == ["Tom Ash"]
    assert names(minutes.absent) == ["Ian Clare"]
    assert deputies(minutes) == {"Tom Ash": "Rosa Penn"}


def test_an_apologies_paragraph_under_its_label_that_repeats_the_sentence() -> None:
    minutes = read(
        "Present: Tom Ash, Fernley County Council; Amy Cole, Fernley PCT\n\nAPOLOGIES:\n\n"
        "Apologies for absence were received from Supt Ben MOSS, Fernley Police; Rosa PENN, Head of Quality,\n"
        "Fernley County Council; and Ian CLARE, Trading Standards Manager, Fernley County Council.\n"
    )
    assert [n.lower() for n in names(minutes.apologies)] == ["ben moss", "rosa penn", "ian clare"]


def test_a_register_whose_deputy_rows_stand_in_for_a_member_and_a_key_wrapped_at_its_pair() -> None:
    minutes = read(
        "Name\tInitials\tDesignation\tAgency\tAttendance\n"
        "Tom Ash\tTA\tDirector of Adult Services\tFernley County Council\tP\n"
        "DS Joe Lark\tJL\tPublic Protection Unit (for DCI Moss)\tFernley Police\tD\n"
        "Sam Reed\tSR\tNamed Nurse\tFernley PCT\tD – for AC\n"
        "Amy Cole\tAC\tChief Nurse\tFernley PCT\tA\n"
        "Ben Moss\tBM\tDetective Chief Inspector\tFernley Police\tA\n"
        "Lyn Fox\tLF\tBusiness Manager\tFernley SAB\tIA\n\n"
        "Key: P = present A = apologies received D = deputy attending N = not present IA\n"
        "= in attendance (not a Board member)\n"
    )
    assert names(minutes.attendees) == ["Tom Ash", "Joe Lark", "Sam Reed"]
    assert names(minutes.apologies) == ["Amy Cole", "Ben Moss"]
    assert names(minutes.in_attendance) == ["Lyn Fox"]
    assert deputies(minutes) == {"Amy Cole": "Sam Reed", "Ben Moss": "Joe Lark"}


def test_deputies_written_after_the_code_in_every_way_and_a_key_without_its_spaces() -> None:
    minutes = read(
        "Organisation\tBoard member\t✓ / A / D / X\tDeputy / notes\n"
        "Fernley County Council\tTom Ash – Director of Adult Services\t✓\t\n"
        "Fernley County Council\tRosa Penn – Head of Quality\tD – Kay Hart, Service Manager, deputised\t\n"
        "Fernley PCT\tAmy Cole – Chief Nurse\tD (rep. by Sam Reed)\t\n"
        "Fernley Police\tBen Moss – Superintendent\tD; sub: Joe Lark, Inspector\t\n"
        "Fernley Probation\tIan Clare – Head of LDU\tX\t\n"
        "Key: ✓ present A apologies received D apologies – deputy attended X not present (no apologies)\n"
    )
    assert names(minutes.attendees) == ["Tom Ash", "Kay Hart", "Sam Reed", "Joe Lark"]
    assert names(minutes.absent) == ["Ian Clare"]
    assert deputies(minutes) == {"Rosa Penn": "Kay Hart", "Amy Cole": "Sam Reed", "Ben Moss": "Joe Lark"}


def test_a_wrapped_agency_ending_in_its_persons_initials_is_not_a_person() -> None:
    minutes = read(
        "Present\nTom Ash – Director of Adult Services, Fernley County\nCouncil (TA)\n"
        "Ruth Adeyemi – Chief Officer, Patient Voice\nLangley Moor (RA)\n"
        "Bernadette O'Kane (BOK) – Chief Nurse, Fernley PCT\n"
        "Dr Helen Stroud OBE MBChB – Designated Doctor, Fernley PCT (HS)\n"
    )
    assert names(minutes.attendees) == ["Tom Ash", "Ruth Adeyemi", "Bernadette O'Kane", "Helen Stroud"]


def test_people_under_long_agency_headings_with_blank_lines_between() -> None:
    minutes = read(
        "PRESENT\n\nChair\n\nTom Ash – Independent Chair (TA)\n\n"
        "Fernley County Council – Children and Younger Adults Directorate\n\n"
        "Rosa Penn, Strategic Director (RP)\nKay Hart, Head of Service – for Amy Cole (KH)\n\n"
        "Fernley Police\n\nDI Joe Lark, Public Protection Unit (JL)\n\n"
        "APOLOGIES\n\nAmy Cole (Fernley County Council); Ben Moss (Fernley Police)\n"
    )
    assert names(minutes.attendees) == ["Tom Ash", "Rosa Penn", "Kay Hart", "Joe Lark"]
    assert deputies(minutes) == {"Amy Cole": "Kay Hart"}


def test_a_table_of_deputies_and_whom_they_attended_for() -> None:
    minutes = read(
        "Key: P = present A = apologies D = apologies – deputy attended (see Deputies below)\n"
        "Name\tOrganisation\t04.03.13\n"
        "Tom Ash\tFernley County Council\tP\nAmy Cole\tFernley PCT\tD\nBen Moss\tFernley Police\tD\n\n"
        "Deputies\n"
        "Deputy\tRole / organisation\tAttending for\n"
        "Sam Reed\tNamed Nurse, Fernley PCT\tAmy Cole\n"
        "Joe Lark\tInspector, Fernley Police\tSupt Ben Moss\n"
    )
    assert names(minutes.attendees) == ["Tom Ash", "Sam Reed", "Joe Lark"]
    assert deputies(minutes) == {"Amy Cole": "Sam Reed", "Ben Moss": "Joe Lark"}


def test_a_deputies_list_names_the_member_and_who_came_and_roles_written_before_a_bracketed_name() -> None:
    minutes = read(
        "Attendance\n\nPresent: Tom Ash, Director of Adult Services, Fernley County Council (Chair; Board lead); "
        "Designated Nurse Safeguarding Adults, Fernley PCT (Sunita Varma); Kay Hart, Family Court Adviser, attending "
        "on behalf of Carol Whitby (Cafcass).\n\n"
        "Deputies: Supt Ben Moss, Fernley Police – sub: DI Joe Lark; Amy Cole, Fernley PCT – rep by Sam Reed, "
        "Clinical Lead.\n\nApologies: Carol Whitby (Cafcass); Supt Ben Moss (Fernley Police); "
        "Amy Cole (Fernley PCT)\n\n"
        "3. Rapid Review – Child P\nThe review was presented.\n"
    )
    assert names(minutes.attendees) == ["Tom Ash", "Sunita Varma", "Kay Hart", "Joe Lark", "Sam Reed"]
    assert names(minutes.apologies) == ["Ben Moss", "Amy Cole", "Carol Whitby"]
    assert deputies(minutes) == {"Ben Moss": "Joe Lark", "Amy Cole": "Sam Reed", "Carol Whitby": "Kay Hart"}


def test_deputies_written_as_sentences_after_a_dated_label_and_register_notes_saying_for_whom() -> None:
    minutes = read(
        "Key: P = present A = apologies D = deputy attending\n"
        "Name\tAgency\tRole\tAttendance\tNotes\n"
        "Tom Ash\tFernley County Council\tDirector\tP\t\n"
        "Rosa Penn\tFernley County Council\tHead of Quality\tA\tKay Hart deputising\n"
        "Kay Hart\tFernley County Council\tService Manager\tD\tfor R. Penn\n"
        "Amy Cole\tFernley PCT\tChief Nurse\tA\t\n"
        "Ben Moss\tFernley Police\tSuperintendent\tA\t\n\n"
        "Deputies 04/03/13: Sam Reed, Named Nurse, attended for Amy Cole (Chief Nurse). Insp. Joe Lark, Public "
        "Protection Unit, Fernley Police – sub for Supt Ben Moss. Both members had sent apologies.\n"
    )
    assert names(minutes.attendees) == ["Tom Ash", "Kay Hart", "Sam Reed", "Joe Lark"]
    assert deputies(minutes) == {"Rosa Penn": "Kay Hart", "Amy Cole": "Sam Reed", "Ben Moss": "Joe Lark"}


def test_a_register_written_surname_first_with_status_words_and_deputies_below() -> None:
    minutes = read(
        "Chair:\tProfessor Ann Vale, Independent Chair\n\n"
        "Member (surname, forename)\tAgency / role\t21 Mar\t04.03.13\n"
        "Vale, Prof. Ann (Chair)\tIndependent Chair\tPresent\tPresent\n"
        "Moss, DCI Ben\tFernley Police\tPresent\tDeputy\n"
        "Da Costa, Luis\tFernley Fire and Rescue Service\tApologies\tPresent\n"
        "McAteer, Siobhan\tFernley Hospitals NHS Trust\tPresent\tApologies\n"
        "Hart, Kay\tLay member\tPresent\tAbsent\n\n"
        "Key: Present – attended; Apologies – apologies received; Deputy – a nominated deputy attended (named "
        "below)\n\n"
        "Deputies at this meeting:\nLark, DI Joe (Fernley Police) for Moss, DCI Ben\n"
    )
    assert names(minutes.attendees) == ["Ann Vale", "Luis Da Costa", "Joe Lark"]
    assert names(minutes.apologies) == ["Ben Moss", "Siobhan McAteer"]
    assert names(minutes.absent) == ["Kay Hart"]
    assert deputies(minutes) == {"Ben Moss": "Joe Lark"}


def test_attendance_pasted_as_space_columns_by_sector_with_several_people_a_cell() -> None:
    minutes = read(
        "Chair: Ann Vale (AV), Independent Chair\n\n"
        "Sector / organisation          Present                                    Apologies (and deputy, where "
        "sent)\n\n"
        "LOCAL AUTHORITY\n"
        "Fernley County Council         Tom Ash (TA) – Director of Adult\n"
        "                               Social Care\n"
        "                               Rosa Penn (RP) – Head of\n"
        "                               Safeguarding\n\n"
        "POLICE\n"
        "Fernley Police                                                            Supt Ben Moss – Head of Public\n"
        "                                                                          Protection; deputy: DI\n"
        "                                                                          Joe Lark (JL), PPU\n\n"
        "HEALTH\n"
        "Fernley PCT                    Amy Cole (AC) – Chief Nurse\n"
    )
    assert names(minutes.attendees) == ["Ann Vale", "Tom Ash", "Rosa Penn", "Amy Cole", "Joe Lark"]
    assert names(minutes.apologies) == ["Ben Moss"]
    assert deputies(minutes) == {"Ben Moss": "Joe Lark"}
