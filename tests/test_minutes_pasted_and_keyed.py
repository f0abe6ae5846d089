"""Minutes as other boards write and paste them, read with no roster: tables whose heading lost its gaps in the
copy, rows short of their blank first cell, cells wrapped onto lines of their own, web tables copied as " | ",
lists of who came written in initials and keyed by a table, status columns named by their codes, action cells
written "task – owner – date", owner cells beside a date column or carrying the log's numbers, e-mailed notes
with "->" actions, and the last meeting's actions listed for review. Each class in invented forms."""

from __future__ import annotations

from bot.minutes.reader import Minutes, parse_minutes
from tests.minutes_reading import EMPTY, names, owners

HEAD = "Marlcote Safeguarding Children Partnership\nMinutes of the meeting held on Wednesday 9 October 2019\n\n"
NEXT = "\nDate of next meeting: 11 December 2019\n"


def read(text: str, head: str = HEAD) -> Minutes:
    return parse_minutes(head + text + NEXT, EMPTY)


def representatives(minutes: Minutes) -> dict[str, str | None]:
    return {p.name: p.representative for p in minutes.apologies}


def test_a_pasted_attendance_table_whose_heading_lost_its_gaps_and_whose_cells_wrapped() -> None:
    minutes = read(
        "Agency Name Post Initials\n"
        "Marlcote Council   Ruth Okoro   Director of Children’s   RO\n"
        "Services\n"
        "   Tom Vance   Head of Early Help   TV\n"
        "Marlshire Police   DI Ana Ruiz   Public Protection   AR\n"
        "(for Supt P Gale)\n"
        "Marlcote Hospitals NHS   Dr Ben Hale   Named Doctor   BH\n"
        "Foundation Trust\n\n"
        "Apologies\nSupt Peter Gale, Marlshire Police\n\n1. Welcome\nNoted.\n"
    )
    assert names(minutes.attendees) == ["Ruth Okoro", "Tom Vance", "Ana Ruiz", "Ben Hale"]
    assert representatives(minutes) == {"Peter Gale": "Ana Ruiz"}


def test_a_pasted_log_whose_heading_lost_its_gaps_keeps_each_rows_cells() -> None:
    minutes = read(
        "Present: Ruth Okoro (RO), Council; Tom Vance (TV), Council; Ana Ruiz (AR), Police\n\n"
        "1. Welcome\nNoted.\n\nACTION LOG\nRef Item Action Lead Due Status\n"
        "Actions from this meeting\n"
        "19/10/01 2 Circulate the revised threshold guidance to all   RO   31.10.19   New\n"
        "partner agencies\n"
        "19/10/02 3 Return the audit tool to the   All   29.11.19   New\n"
        "Business Unit   agencies\n"
        "19/10/03 4 Joint report on missing children to   AR / TV   11.12.19   New\n"
        "the Board\n"
        "Actions from previous meetings\n"
        "19/07/04 5 Refresh the escalation policy   TV   30.09.19   Complete\n"
    )
    assert owners(minutes) == {
        "Circulate the revised threshold guidance to all partner agencies": (["Ruth Okoro"], "2019-10-31"),
        "Return the audit tool to the Business Unit": (["all members"], "2019-11-29"),
        "Joint report on missing children to the Board": (["Ana Ruiz", "Tom Vance"], "2019-12-11"),
    }


def test_owners_in_the_margin_after_a_full_stop_and_a_sentence_wrapped_before_them() -> None:
    minutes = read(
        "Present: Ruth Okoro (RO), Council; Tom Vance (TV), Council\n\n"
        "1. Early help\nTV reported on the early help offer.\n"
        "TV to confirm that the outstanding training places are filled and report to\n"
        "the Training Sub-group by 15 November 2019.   TV\n"
    )
    assert owners(minutes) == {
        "TV to confirm that the outstanding training places are filled and report to the Training Sub-group "
        "by 15 November 2019": (["Tom Vance"], "2019-11-15")
    }


def test_a_web_table_copied_with_bars_between_its_cells() -> None:
    minutes = read(
        "Attendance\nName | Role | Agency\nRuth Okoro | Director | Marlcote Council\n"
        "Ana Ruiz | Detective Inspector (representing Peter Gale) | Marlshire Police\n"
        "In attendance |  | \nJo Pike | Partnership Manager | Business Unit\n\n"
        "Apologies\nName | Role | Agency\nPeter Gale | Superintendent | Marlshire Police\n"
        "Did not attend |  | \nSam Reed | Manager | Cafcass\n\n1. Welcome\nNoted.\n"
    )
    assert names(minutes.attendees) == ["Ruth Okoro", "Ana Ruiz"]
    assert names(minutes.in_attendance) == ["Jo Pike"]
    assert names(minutes.absent) == ["Sam Reed"]
    assert representatives(minutes) == {"Peter Gale": "Ana Ruiz"}


def test_lists_of_initials_keyed_by_a_table_at_the_end_and_the_key_is_not_who_came() -> None:
    minutes = read(
        "Present: RO (Chair), TV, AR (for PG)\nIn attendance: JP (notes)\nApologies: PG, SR\nNot present: BH\n\n"
        "1. Welcome\nNoted.\n\nKey to initials\n\nInitials\tName\tRole\tOrganisation\n"
        "AR\tDI Ana Ruiz\tPublic Protection\tMarlshire Police\nBH\tDr Ben Hale\tNamed Doctor\tMarlcote Hospitals\n"
        "JP\tJo Pike\tPartnership Manager\tBusiness Unit\nPG\tSupt Peter Gale\tArea Commander\tMarlshire Police\n"
        "RO\tRuth Okoro\tDirector\tMarlcote Council\nSR\tSam Reed\tService Manager\tCafcass\n"
        "TV\tTom Vance\tHead of Early Help\tMarlcote Council\n"
    )
    assert names(minutes.attendees) == ["Ruth Okoro", "Tom Vance", "Ana Ruiz"]
    assert names(minutes.in_attendance) == ["Jo Pike"]
    assert names(minutes.absent) == ["Ben Hale"]
    assert representatives(minutes) == {"Peter Gale": "Ana Ruiz", "Sam Reed": None}


def test_a_status_column_named_by_its_codes_and_notes_of_apologies_inside_an_agencys_cell() -> None:
    coded = read(
        "Attendance\n\nOrganisation\tRepresentative\tAttended (Y/N/Apols)\nCouncil\tRuth Okoro (RO)\tY\n"
        "Police\tSupt Peter Gale\tApols\nPolice\tDI Ana Ruiz (deputy for Supt Gale)\tY\nCafcass\tSam Reed\tN\n\n"
        "1. Welcome\nNoted.\n"
    )
    assert names(coded.attendees) == ["Ruth Okoro", "Ana Ruiz"]
    assert names(coded.absent) == ["Sam Reed"]
    assert representatives(coded) == {"Peter Gale": "Ana Ruiz"}
    noted = read(
        "Attendance\n\nSafeguarding partner\tAttendees\n"
        "Marlcote Council\tRuth Okoro, Director; Cllr Jan Moss, Lead Member – sent apologies\n"
        "Marlshire Police\tSupt Peter Gale – sent apologies; DI Ana Ruiz (deputising)\n"
        "Partnership Business Unit\tJo Pike, Partnership Manager\n\n1. Welcome\nNoted.\n"
    )
    assert names(noted.attendees) == ["Ruth Okoro", "Ana Ruiz"]
    assert names(noted.in_attendance) == ["Jo Pike"]
    assert representatives(noted) == {"Jan Moss": None, "Peter Gale": "Ana Ruiz"}


def test_a_status_key_whose_deputy_code_marks_the_deputys_own_row() -> None:
    minutes = read(
        "Key: P = Present A = Apologies D = Deputy attending for a member\n\n"
        "Name\tRole\tOrganisation\tStatus\tNotes\nRuth Okoro\tDirector\tCouncil\tP\t\n"
        "Supt Peter Gale\tArea Commander\tPolice\tA\tDeputy attended – AR\n"
        "DI Ana Ruiz\tPublic Protection\tPolice\tD\tFor Supt Gale\n\n1. Welcome\nNoted.\n"
    )
    assert names(minutes.attendees) == ["Ruth Okoro", "Ana Ruiz"]
    assert representatives(minutes) == {"Peter Gale": "Ana Ruiz"}


def test_apologies_and_deputies_over_a_table_of_deputies_with_their_posts() -> None:
    minutes = read(
        "Members present\n\nName\tAgency / Role\nRuth Okoro (Chair)\tDirector, Council\n\n"
        "Apologies and deputies\n\nName\tAgency\tDeputy attending\n"
        "Peter Gale\tPolice\tAna Ruiz, Detective Inspector\nSam Reed\tCafcass\tNone sent\n\n1. Welcome\nNoted.\n"
    )
    assert names(minutes.attendees) == ["Ruth Okoro", "Ana Ruiz"]
    assert representatives(minutes) == {"Peter Gale": "Ana Ruiz", "Sam Reed": None}


def test_sentences_of_apologies_said_twice_on_a_line_with_who_came_for_whom() -> None:
    minutes = read(
        "Present\nRuth Okoro, Director\nDI Ana Ruiz, Police\nJo Pike, Designated Nurse\n\n1. Welcome\n"
        "Apologies were received from Supt Peter Gale (Police), for whom DI Ana Ruiz attended, and from Kay Lunn, "
        "Chief Nurse, who was represented by Jo Pike. Apologies were also received from Sam Reed (Cafcass) and "
        "Lee Dent (Probation); neither sent a deputy.\n"
    )
    assert representatives(minutes) == {"Peter Gale": "Ana Ruiz", "Kay Lunn": "Jo Pike", "Sam Reed": None,
                                        "Lee Dent": None}  # fmt: skip


def test_action_cells_written_task_then_owner_then_date_and_lettered() -> None:
    minutes = read(
        "Present: Ruth Okoro (RO), Council; Tom Vance (TV), Council; Ana Ruiz (AR), Police\n\n"
        "No.\tMinute\tAction – by whom – by when\n"
        "1.\tWelcome; RO welcomed members.\tNoted\n"
        "2.\tMatters arising; Action 4: complete.\tAction 4 closed; Action 9 – see item 3\n"
        "3.\tAudit; TV presented the audit.\ta) Share the audit with schools – TV – 8 November 2019; "
        "b) Draft a neglect protocol for consultation – AR / TV – end of January 2020\n"
        "4.\tPlan; Members commented.\tAgreed; a) Publish the plan on the website – RO – before the next Board\n"
    )
    assert owners(minutes) == {
        "Share the audit with schools": (["Tom Vance"], "2019-11-08"),
        "Draft a neglect protocol for consultation": (["Ana Ruiz", "Tom Vance"], "2020-01-31"),
        "Publish the plan on the website": (["Ruth Okoro"], "2019-12-11"),
    }


def test_owner_cells_beside_a_date_column_with_two_actions_and_older_notes() -> None:
    minutes = read(
        "Present:\tRuth Okoro (RO)\tChair\n\tTom Vance (TV)\tHead of Early Help\n\tAna Ruiz (AR)\tPolice\n\n"
        "Item\t\tAction\tBy\n"
        "1.\tMatters arising; RO had circulated the report. AR advised the audit is delayed.\tRO; AR\t"
        "Complete c/f 11/12/19\n"
        "2.\tData; TV and AR to analyse re-referrals for themes. RO to provide the school figures.\tTV / AR RO\t"
        "30/11/19 11/12/19\n"
    )
    assert owners(minutes) == {
        "TV and AR to analyse re-referrals for themes": (["Tom Vance", "Ana Ruiz"], "2019-11-30"),
        "RO to provide the school figures": (["Ruth Okoro"], "2019-12-11"),
    }


def test_a_minute_tables_owner_cells_carry_the_logs_numbers_and_are_read_once() -> None:
    minutes = read(
        "Present: Ruth Okoro (RO), Council; Tom Vance (TV), Council\n\n"
        "No.\tItem\tDiscussion / Decision\tAction\n"
        "1\tWelcome\tRO welcomed members and agreed to write to the fire service.\tRO; M19/06\n"
        "2\tAudit\tTV presented the audit. TV will share it with schools.\tTV; M19/07\n\n"
        "Appendix A – Action log\n\nRef\tAction\tLead\tDue\tStatus\n"
        "M19/06\tWrite to the Chief Fire Officer about attendance\tRO\t31/10/19\tNew\n"
        "M19/07\tShare the audit findings with schools\tTV\t29/11/19\tNew\n"
    )
    assert owners(minutes) == {
        "Write to the Chief Fire Officer about attendance": (["Ruth Okoro"], "2019-10-31"),
        "Share the audit findings with schools": (["Tom Vance"], "2019-11-29"),
    }


def test_a_decisions_log_row_with_no_owner_and_no_date_is_a_decision() -> None:
    minutes = read(
        "Present: Ruth Okoro (RO), Council; Tom Vance (TV), Council\n\n1. Welcome\nNoted.\n\n"
        "Decisions and actions log\n\nRef\tItem\tDecision / action\tLead\tBy when\n"
        "19/07\t2\tNotes of the last meeting agreed as an accurate record.\t–\t–\n"
        "19/08\t3\tReport noted and all four recommendations accepted.\t–\t–\n"
        "19/09\t4\tDraft the revised arrangements\tTV\t30/11/19\n"
    )
    assert owners(minutes) == {"Draft the revised arrangements": (["Tom Vance"], "2019-11-30")}


def test_e_mailed_notes_with_arrow_actions_and_the_last_meetings_actions_reviewed() -> None:
    minutes = parse_minutes(
        "From: Jo Pike\nSent: 11 October 2019 09:12\nSubject: Exec notes\n\n"
        "Marlcote Safeguarding Children Partnership\nExecutive – Wednesday 9 October 2019\n\n"
        "Present: Ruth Okoro (Director), Tom Vance (Early Help), Ana Ruiz (Police)\n"
        "Also there: Jo Pike (Partnership Manager)\n\n"
        "1. Last meeting\nNotes agreed. Actions from September:\n"
        "- Ruth to update the guidance - done.\n- Ana to check attendance figures - still outstanding.\n\n"
        "2. Scrutiny\nRuth fed back from the scrutineer.\n-> Jo to send round the scrutiny plan by Fri 18th Oct\n"
        "-> Tom and Ana to agree a front door proposal, bring back to next exec\n",
        EMPTY,
    )
    assert names(minutes.in_attendance) == ["Jo Pike"]
    assert owners(minutes) == {
        "Jo to send round the scrutiny plan by Fri 18th Oct": (["Jo Pike"], "2019-10-18"),
        "Tom and Ana to agree a front door proposal, bring back to next exec": (["Tom Vance", "Ana Ruiz"], None),
    }


def test_an_actions_list_at_the_end_gathers_the_meetings_actions_and_nothing_inferred_is_added() -> None:
    minutes = parse_minutes(
        "Marlcote Learning from Practice group\nNotes of the meeting on Tuesday 4 February 2025\n\n"
        "Attended:\nRuth Okoro - Designated Nurse (Chair)\nTom Vance - Early Help\n"
        "Jo Pike - Learning Officer (notes)\n\nApols: Ana Ruiz (Police)\n\n"
        "1. Audit\nTom presented the audit findings. Tom to take the findings to the DSL network.\n\n"
        "ACTIONS\n1. Tom: share the audit findings at the DSL network meeting (by 13 March)\n"
        "2. Jo: draft the briefing and circulate it to the group (by 21 Feb)\n\n"
        "Next meeting: Tuesday 1 April 2025\n",
        EMPTY,
    )
    assert names(minutes.attendees) == ["Ruth Okoro", "Tom Vance"]
    assert names(minutes.in_attendance) == ["Jo Pike"]
    assert names(minutes.apologies) == ["Ana Ruiz"]
    assert {text: when for text, (_, when) in owners(minutes).items()} == {
        "Tom: share the audit findings at the DSL network meeting (by 13 March)": "2025-03-13",
        "Jo: draft the briefing and circulate it to the group (by 21 Feb)": "2025-02-21",
    }


def test_two_people_a_row_whose_posts_read_like_names_and_a_panel_members_label() -> None:
    minutes = read(
        "Panel members\n\nDr Ruth Okoro\tChair – Public Health\tTom Vance\tService Manager, Council\n"
        "Kay Lunn\tBereavement Nurse, Hospitals Trust\tSiobhan O'Hare\tNamed Nurse, Hospitals Trust\n\n"
        "1. Welcome\nNoted.\n"
    )
    assert names(minutes.attendees) == ["Ruth Okoro", "Tom Vance", "Kay Lunn", "Siobhan O'Hare"]


def test_names_in_columns_with_a_surname_that_is_also_a_post_word_and_a_note_closed_below() -> None:
    minutes = read(
        "Present:\nRuth Okoro (Chair)        Tom Vance                 DI Ana Ruiz\n"
        "Joe Lamb                  Mark Senior               Kay Lunn\n"
        "Jo Pike (for              Lee Dent\nPeter Gale)\n\nApologies: Peter Gale\n\n1. Welcome\nNoted.\n"
    )
    assert names(minutes.attendees) == [
        "Ruth Okoro", "Tom Vance", "Ana Ruiz", "Joe Lamb", "Mark Senior", "Kay Lunn", "Jo Pike", "Lee Dent"
    ]  # fmt: skip
    assert representatives(minutes) == {"Peter Gale": "Jo Pike"}


def test_a_paragraphs_number_three_spaces_before_its_text_is_no_table_cell() -> None:
    minutes = read(
        "Present: Ruth Okoro (RO), Council\n\n5. Early help\n"
        "5.1   ACTION RO: circulate the revised guidance to all schools for consultation\n"
        "      by the end of October.\n"
    )
    assert owners(minutes) == {
        "circulate the revised guidance to all schools for consultation by the end of October": (
            ["Ruth Okoro"],
            "2019-10-31",
        )
    }


def test_apologies_in_two_columns_of_names_and_a_deputy_named_with_their_post_after_the_sentence() -> None:
    columns = read(
        "Present: Ruth Okoro, Council; Jo Pike, Trust\n\nApologies:\nTom Vance                 Sam Reed\n"
        "Dr Lee Dent               Cllr Kay Lunn\nPeter Gale\n\n1. Welcome\nNoted.\n"
    )
    assert names(columns.apologies) == ["Tom Vance", "Sam Reed", "Lee Dent", "Kay Lunn", "Peter Gale"]
    said = read(
        "Present\nRuth Okoro\tCouncil\nAna Ruiz\tPolice\n\n1. Welcome\nApologies were received from Supt Peter "
        "Gale (Police) and Kay Lunn (Chief Nurse, Hospitals Trust). Jo Pike, Named Nurse, attended on behalf of "
        "Kay Lunn.\n"
    )
    assert names(said.attendees) == ["Ruth Okoro", "Ana Ruiz", "Jo Pike"]
    assert representatives(said) == {"Peter Gale": None, "Kay Lunn": "Jo Pike"}


def test_a_bare_deputy_code_on_the_deputys_own_row_named_by_the_member_they_came_for() -> None:
    minutes = read(
        "Key: P = present; A = apologies; D = deputy; N = not present\n\n"
        "Name\tRole / organisation\tInitials\tAttendance\nRuth Okoro\tDirector, Council\tRO\tP\n"
        "Det Supt Ian Brack\tPublic Protection, Police\tIB\tA – DCI Cardew deputising\n"
        "DCI Lena Cardew\tPublic Protection, Police\tLC\tD\n"
        "Kay Lunn\tChief Nurse, ICB\tKL\tA – rep. T Aspinall\nTom Aspinall\tDesignated Nurse, ICB\tTA\tD\n\n"
        "1. Welcome\nNoted.\n"
    )
    assert names(minutes.attendees) == ["Ruth Okoro", "Lena Cardew", "Tom Aspinall"]
    assert representatives(minutes) == {"Ian Brack": "Lena Cardew", "Kay Lunn": "Tom Aspinall"}


def test_a_pasted_table_with_the_agency_first_its_rows_under_a_blank_agency_and_cells_wrapped() -> None:
    minutes = read(
        "Agency                     Name                    Designation                          Initials\n"
        "Orrin Council              Ruth Okoro              Director of Children's Services      RO\n"
        "                           Tom Vance               Director of Adult Social Services    TV\n"
        "Orrin Police               DI Ana Ruiz             Public Protection Unit (deputising   AR\n"
        "                                                   for Supt Peter Gale)\n"
        "Orrin Clinical             Jo Pike                 Designated Nurse                     JP\n"
        "Commissioning Group\n"
        "                           Dr Lee Dent             Designated Doctor                    LD\n\n"
        "Apologies\nSupt Peter Gale (Orrin Police)\n\n1. Welcome\nNoted.\n"
    )
    assert names(minutes.attendees) == ["Ruth Okoro", "Tom Vance", "Ana Ruiz", "Jo Pike", "Lee Dent"]
    assert representatives(minutes) == {"Peter Gale": "Ana Ruiz"}


def test_a_board_started_from_minutes_is_named_for_a_joint_board_or_a_partnership_of_that_name() -> None:
    from bot.minutes.board_start import board_name_in

    assert (
        board_name_in("Orrin Fen Joint Safeguarding Board\n(Children and Adults)\n")
        == "Orrin Fen Joint Safeguarding Board"
    )
    assert (
        board_name_in("OFFICIAL\nMarlcote Safeguarding Partnership\nExecutive") == "Marlcote Safeguarding Partnership"
    )
